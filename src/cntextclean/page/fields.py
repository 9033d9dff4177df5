"""Text of an article's fields, cleaned per role as the gold conventions say.

* body paragraphs lose every space between CJK characters and between CJK and Latin/digits
  (a space survives only between two Latin letters or digits);
* a headline keeps one ASCII space where a two-part headline has a gap;
* a byline loses its marker (``□■``), two-character names are un-padded (``徐 军`` -> ``徐军``)
  and one space separates the role from the name and the names from each other.

>>> clean_byline("□ 周 博 王许兵 冯勤哲")
'周博 王许兵 冯勤哲'
>>> clean_byline("绍兴市越城区委书记　徐 军")
'绍兴市越城区委书记 徐军'
>>> clean_headline("湘潭：优化营商环境　 培育“百强”民企")
'湘潭：优化营商环境 培育“百强”民企'
>>> clean_body("构建亲清政商关系是营造良好政 治生态、 优化 App 上 2023 年")
'构建亲清政商关系是营造良好政治生态、优化App上2023年'
>>> join_pieces(["实现市、区县两级联动，以及各", "部门联动。"])
'实现市、区县两级联动，以及各部门联动。'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..outlets import BYLINE_MARKERS
from ..typography.spacing import remove_cjk_spaces

__all__ = ["clean_body", "clean_byline", "clean_headline", "join_pieces"]

_SPACE_RE = re.compile(r"[ \t\u3000\u00a0\u2002-\u200a]+")
_MARKERS_RE = re.compile(f"[{BYLINE_MARKERS}]")
_LATIN_NUM = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
_DIGIT = re.compile(r"[0-9０-９]")


def _keep_space(prev: str, nxt: str) -> bool:
    return bool(prev and nxt and _LATIN_NUM.match(prev) and _LATIN_NUM.match(nxt))


#: a digit alone between spaces beside another digit: a number letter-spaced with its line
#: (pdfminer prints the spacing that justified the line, ``期 增 加 ８ ８ ． ４ 亿 元``)
_SPACED_DIGIT = re.compile(r"(?<!\S)([0-9０-９]) (?=[0-9０-９])|(?<=[0-9０-９]) ([0-9０-９])(?!\S)")


def clean_body(text: str) -> str:
    """A body paragraph: no spaces except between two Latin letters or digits (not between
    the digits of a letter-spaced number).

    >>> clean_body("期 增 加 ８ ８ ． ４ 亿 元 ， 增 长 2023 2024")
    '期增加８８．４亿元，增长2023 2024'
    """
    t = remove_cjk_spaces(_SPACED_DIGIT.sub(lambda m: m.group(1) or m.group(2), text.strip()))
    out = []
    pos = 0
    for m in _SPACE_RE.finditer(t):
        out.append(t[pos : m.start()])
        prev = t[m.start() - 1] if m.start() else ""
        nxt = t[m.end()] if m.end() < len(t) else ""
        if _keep_space(prev, nxt):
            out.append(" ")
        pos = m.end()
    out.append(t[pos:])
    return "".join(out)


def clean_headline(text: str) -> str:
    """A headline: runs of spaces collapse to one ASCII space; ends trimmed.

    (A gap that OCR read as a quote, ``数十”秘鲁``, is the OCR family's ``ocr_gap_quote``.)
    """
    return _SPACE_RE.sub(" ", text).strip()


def clean_byline(text: str) -> str:
    """A byline: no markers, padded two-character names joined, one space between tokens."""
    t = _MARKERS_RE.sub(" ", text)
    tokens = [x for x in _SPACE_RE.split(t.strip()) if x]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # a name padded to the width of a three-character name: "徐 军" / "周 博"
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            out.append(tok + tokens[i + 1])
            i += 2
            continue
        out.append(tok)
        i += 1
    return " ".join(out)


def join_pieces(pieces: Iterable[str]) -> str:
    """Join the blocks of one paragraph (a column break is not a space; nor is it inside a
    number that the break cut, ``到1`` / ``996年底``, as the line joiner reads a line end).

    >>> join_pieces(["去年底已达18", "0亿美元。"]), join_pieces(["the Belt and", "Road"])
    ('去年底已达180亿美元。', 'the Belt and Road')
    """
    out = ""
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        if out and _keep_space(out[-1], p[0]) and not (_DIGIT.match(out[-1]) and _DIGIT.match(p[0])):
            out += " "
        out += p
    return out
