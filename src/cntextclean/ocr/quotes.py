"""Quotation marks that OCR misreads: ASCII ``"``, a ``“`` where ``”`` belongs, and a wide gap
(a two-part headline's or a running head's ideographic space) read as ``”``.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..pipeline import cleaner

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


@cleaner(
    name="ocr_quotes",
    family="ocr",
    summary="A “ read where a closing quote belongs (Chinese before, a sentence mark after) -> ”.",
    example=("中国最终选择了这条发展的道路“。", "中国最终选择了这条发展的道路”。"),
    removes=("punctuation",),
)
def ocr_quotes(text: str) -> str:
    """``“`` between a Chinese character and ``，。；：、！？）`` closes a quote: it becomes ``”``.

    ASCII ``"`` are left to the typography step ``pair_quotes``, which pairs them over a whole
    paragraph (a line of OCR or PDF output does not show which side a quote is on).

    >>> ocr_quotes("走向“两难问题“。")
    '走向“两难问题”。'
    """
    if "“" not in text:
        return text
    return _WRONG_OPEN.sub("”", text)
