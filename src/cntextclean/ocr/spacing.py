"""Spaces that OCR puts inside numbers and between digits, Chinese and punctuation.

tesseract reads each full-width digit of a Chinese page as its own word, so ``１９９８年``
comes out as ``1 9 9 8 年`` and ``０．４％`` as ``0 .4 %``; it also pads punctuation
(``。 2 2 6 名``, ``低得多， “蜗牛”``). Chinese text has no space between Chinese and digits
and none next to full-width punctuation (gold/README.md), so these spaces are damage.

Spaces between two Chinese characters are not touched here: a two-part headline or a byline
keeps a meaningful gap there, and the typography (plain text) and page (per role) families
decide about them.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..charclass import TEXT_PUNCT_CLASS as CJK_PUNCT
from ..pipeline import cleaner

# --- safe: runs of single digits separated by single spaces, touching Chinese -------------
# ``1 9 9 8 年`` / ``在 2 2 6 名`` never occur in clean text: a number written digit, space,
# digit, space, digit next to a Chinese character is OCR output.
_SPACED_RUN = re.compile(
    rf"(?P<l>[{HAN}{CJK_PUNCT}] ?)?(?<![\d.,])(?P<run>\d(?: \d){{2,}})(?![\d])(?P<r> ?[{HAN}{CJK_PUNCT}%])?"
)


def _join_run(m: re.Match[str]) -> str:
    left, right = m.group("l"), m.group("r")
    if left is None and right is None:
        return m.group(0)
    run = m.group("run").replace(" ", "")
    return (left or "").rstrip(" ") + run + (right or "").lstrip(" ")


@cleaner(
    name="ocr_spaced_digits",
    family="ocr",
    summary="Join OCR-spaced digit runs next to Chinese: '1 9 9 8 年' -> '1998年'.",
    example=("新进党在 1 9 9 6 年秋", "新进党在1996年秋"),
    removes=("whitespace",),
)
def ocr_spaced_digits(text: str) -> str:
    """Join runs of three or more single digits separated by single spaces that touch Chinese.

    >>> ocr_spaced_digits("新进党在 1 9 9 6 年秋举行的大选")
    '新进党在1996年秋举行的大选'
    >>> ocr_spaced_digits("version 1 2 3")
    'version 1 2 3'
    """
    if " " not in text:
        return text
    return _SPACED_RUN.sub(_join_run, text)


# --- aggressive: every space between a digit and a digit, Chinese or number punctuation ----
_NUMERIC_NEIGHBOUR = rf"[\d{HAN}{CJK_PUNCT}%.]"
_DIGIT_GAP = re.compile(rf"(?<={_NUMERIC_NEIGHBOUR})[ \t]+(?={_NUMERIC_NEIGHBOUR})")
_LINE_WITH_HAN = re.compile(rf"[^\n]*[{HAN}][^\n]*")


def _digit_gap(m: re.Match[str]) -> str:
    s = m.string
    a, b = s[m.start() - 1], s[m.end()]
    if a.isdigit() and a.isascii():
        # digit + space + digit / Chinese / % / . / punctuation
        return ""
    if b.isdigit() and b.isascii():
        return ""
    if b == "%" and a in ".":
        return ""
    return m.group(0)


def _fix_digit_line(m: re.Match[str]) -> str:
    return _DIGIT_GAP.sub(_digit_gap, m.group(0))


@cleaner(
    name="ocr_number_spacing",
    family="ocr",
    summary="Remove spaces inside numbers and between digits and Chinese on Chinese lines.",
    example=("增长了0 .4 %，去年1 2月1 8日", "增长了0.4%，去年12月18日"),
    removes=("whitespace",),
)
def ocr_number_spacing(text: str) -> str:
    """Remove spaces between a digit and a digit, Chinese character, ``%``, ``.`` or punctuation.

    Only on lines that hold Chinese; leading indentation and spaces between Latin words stay.

    >>> ocr_number_spacing("去年1 2月2 7日正式宣布，增长了 3 %")
    '去年12月27日正式宣布，增长了3%'
    >>> ocr_number_spacing("Windows 98 and 2 000")
    'Windows 98 and 2 000'
    """
    if " " not in text and "\t" not in text:
        return text
    return _LINE_WITH_HAN.sub(_fix_digit_line, text)


# --- aggressive: spaces next to full-width punctuation -------------------------------------
#: punctuation after which no space belongs in Chinese text
NO_SPACE_AFTER = "，。、；：？！（《「『【“）》」』】”"
#: punctuation before which no space belongs in Chinese text
NO_SPACE_BEFORE = "，。、；：？！）》」』】”"
_PUNCT_GAP = re.compile(
    rf"(?<=[{re.escape(NO_SPACE_AFTER)}])[ \t]+(?=\S)|(?<=\S)[ \t]+(?=[{re.escape(NO_SPACE_BEFORE)}])"
    rf"|(?<=[{HAN}\d])[ \t]+(?=（)"
)


def _fix_punct_line(m: re.Match[str]) -> str:
    return _PUNCT_GAP.sub("", m.group(0))


@cleaner(
    name="ocr_punct_spacing",
    family="ocr",
    summary="Remove spaces OCR puts after or before full-width punctuation on Chinese lines.",
    example=("了变化。 虽然自由党 ，成为", "了变化。虽然自由党，成为"),
    removes=("whitespace",),
)
def ocr_punct_spacing(text: str) -> str:
    """Remove spaces after ``，。、；：？！（《“`` and before ``，。、；：？！）》”`` inside a line,
    and before a ``（`` that follows Chinese or a digit (``1月9日电 （记者``).

    >>> ocr_punct_spacing("他说， “我已经到了。 ”")
    '他说，“我已经到了。”'
    """
    if " " not in text and "\t" not in text:
        return text
    return _LINE_WITH_HAN.sub(_fix_punct_line, text)
