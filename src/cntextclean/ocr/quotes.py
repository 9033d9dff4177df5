"""Quotation marks that OCR misreads: ASCII ``"``, a ``“`` where ``”`` belongs, and a wide gap
(a two-part headline's or a running head's ideographic space) read as ``”``.
"""

from __future__ import annotations

import re

from ..pipeline import cleaner
from ._chars import HAN

_WINDOW = 300  # how far back on the line quotes are counted (keeps the steps linear)

# ``人民日报 ”1998年`` / ``第八届世界 ”游泳锦标赛``: a space, then a closing quote that nothing
# opened, then text: the engine read the gap as a quote.
_GAP = re.compile(rf"(?<=[{HAN}\d])[ \t]+[”“](?=[{HAN}\d])|(?<=\d日)[”“](?=星期)")


def _open_quotes_before(s: str, i: int) -> int:
    lo = max(s.rfind("\n", max(0, i - _WINDOW), i) + 1, i - _WINDOW, 0)
    seg = s[lo:i]
    # ASCII quotes alternate: an odd number of them leaves one open
    return seg.count("“") - seg.count("”") + seg.count('"') % 2


def _gap(m: re.Match[str]) -> str:
    if m.group(0)[-1] == "”" and m.group(0)[0] in " \t" and _open_quotes_before(m.string, m.start()) > 0:
        return m.group(0)  # a real closing quote after an OCR space
    return " "


@cleaner(
    name="ocr_gap_quote",
    family="ocr",
    summary="A wide gap read as a quote ('世界 ”游泳', '6日”星期二') -> one space.",
    example=("第八届世界 ”游泳锦标赛开幕", "第八届世界 游泳锦标赛开幕"),
    removes=("punctuation", "whitespace"),
)
def ocr_gap_quote(text: str) -> str:
    """Turn a quote that stands for a gap (space before it, nothing opened) into a space.

    >>> ocr_gap_quote("人民日报 ”1998年1月6日”星期二")
    '人民日报 1998年1月6日 星期二'
    >>> ocr_gap_quote("以“自由党 ”为首")
    '以“自由党 ”为首'
    """
    if "”" not in text and "“" not in text:
        return text
    return _GAP.sub(_gap, text)


# ``“`` between Chinese and a sentence mark closes a quote: ``的道路“。``
_WRONG_OPEN = re.compile(rf"(?<=[{HAN}])“(?=[，。；：、！？）])")
# an ASCII double quote: its side is given by its neighbours, else by the count on its line
_ASCII = re.compile('"')
_CLOSE_AFTER = frozenset("，。；：、！？）)》…—")
_OPEN_BEFORE = frozenset("：，。；（！？、《")


def _ascii(m: re.Match[str]) -> str:
    s, i = m.string, m.start()
    prev = s[i - 1] if i else "\n"
    nxt = s[i + 1] if i + 1 < len(s) else "\n"
    cn_prev = bool(re.match(f"[{HAN}\\d”]", prev))
    cn_next = bool(re.match(f"[{HAN}\\d“]", nxt))
    if cn_prev and (nxt in _CLOSE_AFTER or nxt.isspace()):
        return "”"
    if (prev.isspace() or prev in _OPEN_BEFORE) and cn_next:
        return "“"
    if cn_prev and cn_next:
        return "”" if _open_quotes_before(s, i) > 0 else "“"
    return '"'


@cleaner(
    name="ocr_quotes",
    family="ocr",
    summary="ASCII \" and misplaced “ in Chinese text -> the quote its neighbours call for.",
    example=('政党补助金"，所以', "政党补助金”，所以"),
    removes=("punctuation",),
)
def ocr_quotes(text: str) -> str:
    """Choose ``“``/``”`` for ASCII quotes beside Chinese; ``“`` before ``。，`` closes.

    >>> ocr_quotes('新年度的“政党补助金"，所以原新进党 "改革俱乐部" 走向“两难问题“。')
    '新年度的“政党补助金”，所以原新进党 “改革俱乐部” 走向“两难问题”。'
    >>> ocr_quotes('He said "yes".')
    'He said "yes".'
    """
    if '"' in text:
        text = _ASCII.sub(_ascii, text)
    if "“" in text:
        text = _WRONG_OPEN.sub("”", text)
    return text
