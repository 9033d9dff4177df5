"""Page furniture: what a page prints around the articles and what is not body text.

Running headers and footers (``人民日报　1998年1月16日　星期五　第5版``, ``第3版``, a page
number, the paper's name alone), mailbox and editor footers (``本版投稿邮箱…``, ``责任编辑：…``),
lines repeated at the top or bottom of every PDF page, and photo captions
(``…（新华社记者某某摄）``, ``（保定市行政审批局供图）``). Section labels are not furniture here
(see :func:`looks_like_section_label`): the page family decides what to do with them.

The rules are patterns over one line's text, never lists of strings seen on a page.

>>> is_furniture_line("人民日报　1998年1月16日　星期五　第5版")
True
>>> is_furniture_line("第 3 版")
True
>>> is_furniture_line("岁末年初，日本政局最引人注目的动向是第二大党新进党的解体。")
False
>>> is_caption("图为治理后的府南河（周筱华摄）")
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = [
    "CAPTION_NUMBER",
    "ends_with_credit",
    "is_caption",
    "is_furniture_line",
    "is_page_number",
    "looks_like_section_label",
    "norm_key",
    "repeated_lines",
]

_D = r"[0-9０-９]"
_CN_NUM = r"[0-9０-９一二三四五六七八九十〇零]"
# a digit as OCR misreads it in a running header (``1998年]月3日``, ``第?版``): only where the
# rest of the line is a header's shape
_OCR_D = r"[0-9０-９lI|\]\[?？]"
_WS = r"[\s\u3000]*"

# a date with a weekday or an edition number: the running header of a newspaper page
_DATE = re.compile(rf"{_D}{{2,4}}{_WS}年{_WS}{_OCR_D}{{1,2}}{_WS}月{_WS}{_OCR_D}{{1,2}}{_WS}日")
_WEEKDAY = re.compile(r"(星期|周|礼拜)[一二三四五六日天]")
_EDITION = re.compile(rf"第{_WS}(?:{_CN_NUM}|{_OCR_D}){{1,3}}{_WS}(版|页|期)")
_EDITION_ALONE = re.compile(
    rf"^[\s\u3000]*(第{_WS}(?:{_CN_NUM}|{_OCR_D}){{1,3}}{_WS}(版|页)|{_CN_NUM}{{1,3}}{_WS}版)[\s\u3000]*$"
)
_PAGE_NUMBER = re.compile(rf"^[\s\u3000]*[-—–－·•\s]*{_D}{{1,4}}[-—–－·•\s]*$|^[\s\u3000]*[-—]\s*{_D}{{1,4}}\s*[-—][\s\u3000]*$")
_PAGE_OF = re.compile(rf"^[\s\u3000]*(第{_WS}{_D}{{1,4}}{_WS}页|{_D}{{1,4}}\s*/\s*{_D}{{1,4}}|[Pp]age\s*{_D}{{1,4}})[\s\u3000]*$")
_PAPER_NAME = re.compile(r"^[\s\u3000]*[\u4e00-\u9fff]{1,6}(日报|晚报|时报|商报|早报|周报|晨报|导报|青年报|法制报|经济报)[\s\u3000]*$")
_MAILBOX = re.compile(r"(投稿|联系|电子)?邮箱|[Ee]-?mail|电子信箱|投稿信箱")
_EDITOR = re.compile(r"^[\s\u3000]*(本版)?(责任编辑|责编|编辑|美编|美术编辑|版式设计|版式|校对|制图|组版|统筹)[\s\u3000]*[：:]")
# captions: a parenthesised photographer / source credit at the end, or 图为…
_CREDIT = re.compile(
    r"[（(][^（()）\n]{0,40}(摄|供图|制图|图片|图文|绘|资料图|资料照片|照片|摄影|图)[）)][\s\u3000]*$"
)
#: a caption's number (``3、``, ``２．``)
CAPTION_NUMBER = rf"{_D}{{1,2}}[、.．]"
_CAPTION_START = re.compile(rf"^[\s\u3000]*({CAPTION_NUMBER}\s*)?(图为|图片为|上图|下图|左图|右图|图一|图二|照片为)")

_SENTENCE_PUNCT = re.compile(r"[，。！？；]")
_EMAIL = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+")
_KEY_DROP = re.compile(r"[\s\u3000]+")


def norm_key(line: str) -> str:
    """A line with all whitespace removed (to compare furniture across pages and flavours)."""
    return _KEY_DROP.sub("", line)


def is_furniture_line(line: str) -> bool:
    """Is this one printed line page furniture (header, footer, page number, mailbox...)?"""
    s = line.strip()
    if not s or len(s) > 80:
        return False
    if _EDITION_ALONE.match(s) or _PAGE_NUMBER.match(s) or _PAGE_OF.match(s):
        return True
    if _PAPER_NAME.match(s):
        return True
    compact = norm_key(s)
    if _DATE.search(s) and len(compact) <= 40 and not _SENTENCE_PUNCT.search(s):
        if _WEEKDAY.search(s) or _EDITION.search(s):
            return True
        # the date alone on a line (a header split into its parts)
        if _DATE.sub("", compact) == "":
            return True
    if _EDITION.search(s) and len(compact) <= 30 and not _SENTENCE_PUNCT.search(s) and _WEEKDAY.search(s):
        return True
    if _MAILBOX.search(s) and ("@" in s or "＠" in s or len(compact) <= 60):
        return True
    if "@" in s and _EMAIL.search(s) and len(compact) <= 60:
        return True
    return bool(_EDITOR.match(s) and len(compact) <= 40)


def is_page_number(line: str) -> bool:
    """Is this line a bare page number (``12``, ``- 3 -``, ``１１１４``)? (Where it stands
    decides whether it is one: :func:`is_furniture_line` takes every such line.)

    >>> is_page_number("- 3 -"), is_page_number("１１１４"), is_page_number("１１１４亿元")
    (True, True, False)
    """
    return bool(_PAGE_NUMBER.match(line))


def ends_with_credit(line: str) -> bool:
    """Does ``line`` end with a photo or source credit (``…（新华社记者蔡志培摄）``), the end of a
    caption (:func:`is_caption`'s first test, on one printed line)?

    >>> ends_with_credit("杭州的日本游客与市民一起打年糕。（新华社记者蔡志培摄）"), ends_with_credit("（本报北京１月５日电）")
    (True, False)
    """
    return _CREDIT.search(norm_key(line)) is not None


def is_caption(text: str) -> bool:
    """Is this (rejoined) paragraph a photo caption?

    A caption ends with a parenthesised photographer or source credit (``（新华社记者某某摄）``,
    ``（保定市行政审批局供图）``) and is not long, or starts like one (``图为…``). Whitespace
    does not count: a justified line's letter-spacing (``２ 、 图 为 西 非``) is the same caption
    as the rejoined paragraph without it, so the decision is the same on a second reading.

    >>> is_caption("２ 、 图 为 西 非 开 发 银 行 。"), is_caption("２、图为西非开发银行。")
    (True, True)
    """
    s = norm_key(text)
    if not s or len(s) > 200:
        return False
    if _CREDIT.search(s):
        return True
    return bool(_CAPTION_START.match(s) and len(s) <= 120)


def looks_like_section_label(line: str) -> bool:
    """A short label line without punctuation (``动态``, ``城市看点``, ``国际``).

    Only the shape is tested; whether a short line is a label or a headline fragment depends on
    its neighbours, which the segmenter checks.
    """
    s = norm_key(line)
    if not 2 <= len(s) <= 6:
        return False
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def repeated_lines(pages: Sequence[Sequence[str]], *, zone: int = 4) -> set[str]:
    """Keys (:func:`norm_key`) of lines printed at the top or bottom of two or more pages.

    Only the first and last ``zone`` non-empty lines of each page are considered, and only
    lines without sentence punctuation (running headers repeat; body text does not).
    """
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        nonempty = [ln for ln in lines if ln.strip()]
        zone_lines = nonempty[:zone] + nonempty[-zone:]
        keys = set()
        for ln in zone_lines:
            k = norm_key(ln)
            if 2 <= len(k) <= 40 and not _SENTENCE_PUNCT.search(k):
                keys.add(k)
        seen.update(keys)
    return {k for k, n in seen.items() if n >= 2}
