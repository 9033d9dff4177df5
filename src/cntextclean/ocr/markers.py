"""Byline markers that OCR reads as characters: ``□`` as ``口``, ``■`` as ``国``/``图``/``昌``.

A newspaper byline line starts with a box (``□本报驻日本记者　张国成``); tesseract reads the box
as a look-alike character and the gap between role and name as ``”`` or ``。``. Only lines
shaped like a byline are touched: the marker, an optional gap, then a reporter's role
(``本报…记者``, ``新华社记者``, ``本报评论员``) and names, or (aggressive step) names alone after
a marker and a space.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..pipeline import cleaner

_MARK = {"口": "□", "国": "■", "图": "■", "昌": "■", "回": "■", "□": "□", "■": "■"}
_ROLE = r"(?:本报|新华社|人民日报|中新社|经济日报|光明日报|特约|通讯员)"
_NAME_PART = rf"[{HAN}]{{1,12}}"
# marker, optional gap (space or a quote/stop read for it), role ... names; no sentence marks
_ROLE_LINE = re.compile(
    rf"^(?P<ind>[ \t]*)(?P<mark>[口国图回□■]|昌(?=[ \t]))(?P<gap>[ \t]*[”“。]{{0,2}}[ \t]*)"
    rf"(?P<rest>{_ROLE}[{HAN}]*(?:记者|评论员|通讯员|特约撰稿人|摄影|撰稿|电)"
    rf"(?:[ \t]*[”“。]{{0,2}}[ \t]*{_NAME_PART}(?:[ \t]*[、 ][ \t]*{_NAME_PART}){{0,5}})?)(?P<trail>[ \t]*)$",
    re.M,
)
_DROP_GAP_MARKS = str.maketrans("", "", "”“。")
# a quote or a full stop that the engine read for the gap between role and name
_GAP = re.compile(rf"(?<=[{HAN}])[ \t]*[”“。]{{1,2}}[ \t]*(?=[{HAN}])")


def _role_line(m: re.Match[str]) -> str:
    mark, gap, rest = m.group("mark"), m.group("gap"), m.group("rest")
    fixed = _GAP.sub(" ", rest)
    gap_fixed = gap.translate(_DROP_GAP_MARKS)
    if mark in "□■" and fixed == rest and gap_fixed == gap:
        return m.group(0)  # a printed marker and no OCR gap debris: nothing to repair
    return f"{m.group('ind')}{_MARK[mark]}{gap_fixed}{fixed}{m.group('trail')}"


@cleaner(
    name="ocr_byline_marker",
    family="ocr",
    summary="A byline's box read as 口/国/图 ('口本报记者”刘杰') -> '□本报记者 刘杰'.",
    example=("口本报驻俄罗斯记者”刘刚", "□本报驻俄罗斯记者 刘刚"),
    removes=("han", "punctuation", "whitespace"),
)
def ocr_byline_marker(text: str) -> str:
    """Restore the marker of a byline line (marker + role + names) and its role/name gap.

    >>> ocr_byline_marker("国 本报驻加拿大记者 邹德浩\\n口本报记者”刘杰\\n□ 本报评论员\\n国家建材局局长")
    '■ 本报驻加拿大记者 邹德浩\\n□本报记者 刘杰\\n□ 本报评论员\\n国家建材局局长'
    """
    if not any(c in text for c in "口国图昌回□■"):
        return text
    return _ROLE_LINE.sub(_role_line, text)


# aggressive: a marker, a space, then two to five short names and nothing else
_NAME_LINE = re.compile(
    rf"^(?P<ind>[ \t]*)(?P<mark>[口国图])[ \t]+(?P<rest>[{HAN}]{{2,4}}(?:[ \t]+[{HAN}]{{1,4}}){{0,5}})[ \t]*$",
    re.M,
)


def _name_line(m: re.Match[str]) -> str:
    return f"{m.group('ind')}{_MARK[m.group('mark')]}{m.group('rest')}"


@cleaner(
    name="ocr_name_marker",
    family="ocr",
    summary="A marker read as 口/国/图 before a line of names only ('口 宋红敏') -> '□宋红敏'.",
    example=("口 宋红敏", "□宋红敏"),
    removes=("han", "whitespace"),
)
def ocr_name_marker(text: str) -> str:
    """``口 孙贻国 胡天生`` -> ``□孙贻国 胡天生``: a marker, a space and names alone on a line.

    >>> ocr_name_marker("口 孙贻国 胡天生\\n口，放置了许多")
    '□孙贻国 胡天生\\n口，放置了许多'
    """
    if not any(c in text for c in "口国图"):
        return text
    return _NAME_LINE.sub(_name_line, text)
