"""Brackets that OCR misreads: ``（`` as ``《〈`` / ``【〈`` / ``〈`` / ``《``, and ASCII parentheses.

tesseract chi_sim has no stable reading of the full-width opening parenthesis: on the dev pages
``（记者翟景升）`` comes out as ``《〈记者恰景升)``, ``【〈记者``, ``〈记者``, ``《记者…)``. The
closing one survives as ``)``. An opening bracket (or a cluster of them) whose bracket is
closed by ``)``/``）`` - not by its own partner - was a ``（``.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..charclass import TEXT_PUNCT_CLASS as CJK_PUNCT
from ..pipeline import cleaner

_OPENERS = "《〈【(（［[「"
_PARTNER = {"《": "》", "〈": "〉", "【": "】", "(": ")", "（": "）", "［": "］", "[": "]", "「": "」"}
_CLUSTER = re.compile(r"[《〈【(（［\[「]{1,3}")
_CLOSERS = re.compile(r"[》〉】)）］\]」\n]")


_WINDOW = 200  # how far a bracket's partner is looked for (keeps the step linear)


def _fix_cluster(m: re.Match[str]) -> str:
    cluster = m.group(0)
    if not any(c in "《〈【" for c in cluster):
        return cluster
    s, i, j = m.string, m.start(), m.end()
    close = _CLOSERS.search(s, j, j + _WINDOW)
    closer = close.group(0) if close else "\n"
    if closer in ")）":
        inner = s[j : close.start()] if close else ""
        if any(c in inner for c in "(（《〈【"):
            return cluster  # the parenthesis closes a bracket opened inside
        return "（"
    if closer != "\n":
        return cluster  # closed by its partner (or another bracket): a real title
    if len(cluster) >= 2 and len(set(cluster)) == len(cluster) and ("〈" in cluster or "【" in cluster):
        return "（"  # a mixed cluster such as 【《〈 left open at the line end
    if cluster == "〈":
        line_start = max(s.rfind("\n", max(0, i - _WINDOW), i) + 1, i - _WINDOW)
        before = s[line_start:i]
        if before.count("《") <= before.count("》"):
            return "（"  # a lone 〈 outside any 《…》 title: a misread （ whose line ends
    return cluster


@cleaner(
    name="ocr_brackets",
    family="ocr",
    summary="An opening （ misread as 《〈 / 【〈 / 〈 / 《 (closed by ')') -> （.",
    example=("突尼斯1月5日电【《〈记者刘上阳)", "突尼斯1月5日电（记者刘上阳)"),
    removes=("punctuation",),
)
def ocr_brackets(text: str) -> str:
    """Repair misread opening parentheses; titles ``《…》`` and ``〈…〉`` closed by their partner stay.

    >>> ocr_brackets("华盛顿1月5日电《〈记者恰景升) 过去一年里，读《人民日报》")
    '华盛顿1月5日电（记者恰景升) 过去一年里，读《人民日报》'
    >>> ocr_brackets("5日电〈记者周锡生) 美国，《〈资本论〉导读》")
    '5日电（记者周锡生) 美国，《〈资本论〉导读》'
    """
    # a repaired bracket can free another (``《)〈``): repeat until nothing changes; every
    # round only turns 《〈【 into （, so it ends
    for _ in range(8):
        if not any(c in text for c in "《〈【"):
            return text
        fixed = _CLUSTER.sub(_fix_cluster, text)
        if fixed == text:
            return text
        text = fixed
    return text


_HAN_OR_PUNCT = f"[{HAN}{CJK_PUNCT}]"
_ASCII_OPEN = re.compile(rf"[ \t]*\((?:[ \t]*\()*[ \t]*(?={_HAN_OR_PUNCT})")
_ASCII_CLOSE = re.compile(rf"(?<={_HAN_OR_PUNCT})[ \t]*\)(?:[ \t]*\))*")
_GAP_AFTER_CLOSE = re.compile(rf"）[ \t]+(?={_HAN_OR_PUNCT})")


def _open(m: re.Match[str]) -> str:
    s, i = m.string, m.start()
    lead = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip(" \t"))]
    n = m.group(0).count("(")
    if i == 0 or s[i - 1] == "\n":
        return lead + "（" * n
    return "（" * n


@cleaner(
    name="ocr_parentheses",
    family="ocr",
    summary="ASCII ( ) around Chinese -> （ ）, without the spaces OCR puts around them.",
    example=("5日电 (记者翟景升) 过去一年里", "5日电（记者翟景升）过去一年里"),
    removes=("punctuation", "whitespace"),
)
def ocr_parentheses(text: str) -> str:
    """``(`` before Chinese and ``)`` after Chinese become full-width; their padding goes.

    >>> ocr_parentheses("(本报东京1月6日电)")
    '（本报东京1月6日电）'
    >>> ocr_parentheses("f(x) = (a+b)")
    'f(x) = (a+b)'
    """
    if "(" not in text and ")" not in text:
        return text
    text = _ASCII_OPEN.sub(_open, text)
    text = _ASCII_CLOSE.sub(lambda m: "）" * m.group(0).count(")"), text)
    return _GAP_AFTER_CLOSE.sub("）", text)
