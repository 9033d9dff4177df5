"""Lines of OCR debris: what the engine read in a picture, a rule or a box (``E3``, ``TUo``,
``33   YY   TY   YY   |``) on a Chinese page.

A Chinese newspaper page has no printed line made of a few Latin letters and no Chinese
character; tesseract prints one wherever it tries to read a photograph, a rule or a frame, and
sometimes for a character set so large or so faint that it falls apart (``元。`` read as
``TUo``). Such a line, left in place, cuts a headline in two (``1 6 0 0名科学家在“国际海洋`` /
``33 YY TY YY |`` / ``年”呼吁保护海洋免遭人类破坏``) or prints as a paragraph of noise.

This is not a cleaner of the OCR family (those keep every line, for the layout stage): the
page analysis calls :func:`split_debris_lines` on OCR text before it segments the page, and
sets the lines aside with the page furniture (nothing is lost: ``split`` lists them there,
``clean --keep-furniture`` prints them).

Measured on the dev and variant OCR pages (tess150, tess300, chi_tra): 24 lines of the kind,
none in any gold text, seed or document of this project.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..charclass import drop_space, han_count
from ..encoding import _words

__all__ = ["is_debris_heading", "is_debris_line", "split_debris_lines"]

# a Chinese character other than ``一`` (which a rule or a dash is read as)
_HAN_NOT_RULE = re.compile(rf"(?!一)[{HAN}]")
_LETTER = re.compile(r"[A-Za-z]")
# what debris among a few Chinese characters holds: a letter, a bar, a slash
_LETTER_OR_BAR = re.compile(r"[A-Za-z|/\\]")
# a rule read as dashes
_RULE = re.compile(r"一+")
#: two Chinese characters standing apart (``足 纪``): pieces of a picture or of broken type
_LONE_PAIR = re.compile(rf"[{HAN}][ \u3000]+[{HAN}]")
# what a line of real Latin text holds: a word of four letters, an address, a time, a
# decimal, a number with its unit (``300kg``)
_REAL = re.compile(r"[A-Za-z]{4,}|[@:/]|\w\.\w|\d{2,}[A-Za-z]")


def is_debris_line(line: str) -> bool:
    """Is ``line`` a line of OCR debris: Latin letters (three at most in a row), digits and marks,
    no Chinese character (but ``一``, a rule's reading), nothing a real Latin line holds?
    (A line that is only a short acronym, ``WTO``, is taken too: it is set aside with the
    furniture, not lost.)

    >>> [is_debris_line(s) for s in ("E3", "TUo", "33    YY  TY   YY  |", "MT   《  一vv", "|")]
    [True, True, True, True, True]
    >>> [is_debris_line(s) for s in ("WTO", "新华社", "Email: a@b.cn", "52%", "| --- |", "APEC", "")]
    [True, False, False, False, False, False, False]
    """
    s = line.strip()
    if not s:
        return False
    if s == "|":
        return True  # a rule read as a bar
    if _HAN_NOT_RULE.search(s) or not _LETTER.search(s):
        return False
    return not _REAL.search(s)


def split_debris_lines(text: str) -> tuple[str, list[str]]:
    """``text`` without its debris lines (each removed with its line break, so that the lines
    around it meet as they were printed), and the removed lines, stripped.

    >>> split_debris_lines("1 6 0 0名科学家在“国际海洋\\n33   YY  TY  |\\n年”呼吁保护海洋\\n")
    ('1 6 0 0名科学家在“国际海洋\\n年”呼吁保护海洋\\n', ['33   YY  TY  |'])
    """
    if not _LETTER.search(text) and "|" not in text:
        return text, []
    kept: list[str] = []
    dropped: list[str] = []
    for line in text.splitlines(keepends=True):
        if is_debris_line(line):
            dropped.append(line.strip())
        else:
            kept.append(line)
    if not dropped:
        return text, []
    return "".join(kept), dropped


def is_debris_heading(text: str) -> bool:
    """Is ``text`` (a block the page analysis took for a heading) debris rather than a
    headline: Latin letters, a bar or a slash among at most two Chinese characters (a broken
    character, ``年。`` read as ``年 o``), dashes only (a rule), one Chinese character alone, or
    two standing apart that make no word (``足 纪``; ``国 际`` is a letter-spaced label)?
    No headline of the dev, variant or seed gold is any of these.

    >>> [is_debris_heading(s) for s in ("士/木o", "年 o", "司面|", "一一", "器", "足 纪")]
    [True, True, True, True, True, True]
    >>> [is_debris_heading(s) for s in ("那曲", "动态", "WTO会议开幕", "3日电）", "一", "国 际")]
    [False, False, False, False, True, False]
    """
    t = drop_space(text)
    han = han_count(t)
    if _LONE_PAIR.fullmatch(text.strip()) and _words.logp(t) is None:  # (logp folds Traditional itself)
        return True
    return (han <= 2 and _LETTER_OR_BAR.search(t) is not None) or _RULE.fullmatch(t) is not None or (
        han == 1 and len(t) == 1)
