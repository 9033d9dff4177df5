"""Byline markers that OCR reads as characters: ``□`` as ``口``, ``■`` as ``国``/``图``/``昌``.

A newspaper byline line starts with a box (``□本报驻日本记者　张国成``); tesseract reads the box
as a look-alike character and the gap between role and name as ``”``, ``。`` or (chi_tra)
``、``. Only lines shaped like a byline are touched: the marker, an optional gap, then a
reporter's role (``本报…记者``, ``新华社记者``, ``本报评论员``) and names, or (aggressive step) names
alone after a marker and a space.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..charclass import HAN_BMP_CLASS as HAN
from ..pipeline import cleaner

_MARK = {"口": "□", "国": "■", "图": "■", "昌": "■", "回": "■", "□": "□", "■": "■"}
_ROLE = r"(?:本报|新华社|人民日报|中新社|经济日报|光明日报|特约|通讯员)"
_ROLE_END = r"(?:记者|评论员|通讯员|特约撰稿人|摄影|撰稿|电)"
_NAME_PART = rf"[{HAN}]{{1,12}}"
#: what the engine reads for the gap between a byline's role and its names (a quote, a full
#: stop; chi_tra an enumeration comma or a comma)
_GAP_MARKS = "”“。、，"
# between role and names (may be missing), and between two names (a space, ``、``, or a quote or
# full stop read for the gap; never empty, so that a run of Han splits one way only)
_SEP0 = rf"[ \t]*[{_GAP_MARKS}]{{0,2}}[ \t]*"
_SEP = r"(?:[ \t]+[”“。、]{0,2}[ \t]*|[”“。、]{1,2}[ \t]*)"
# marker, optional gap (space or a quote/stop read for it), role, names; no sentence marks
_ROLE_LINE = re.compile(
    rf"^(?P<ind>[ \t]*)(?P<mark>[口国图回□■]|昌(?=[ \t]))(?P<gap>[ \t]*[”“。]{{0,2}}[ \t]*)"
    rf"(?P<role>{_ROLE}[{HAN}]{{0,12}}?{_ROLE_END})"
    rf"(?P<names>{_SEP0}{_NAME_PART}(?:{_SEP}{_NAME_PART}){{0,5}})?(?P<trail>[ \t]*)$",
    re.M,
)
# no marker: role, a quote or a full stop read for the gap, then two to five short names
_BARE_LINE = re.compile(
    rf"^(?P<ind>[ \t]*)(?P<role>{_ROLE}[{HAN}]{{0,12}}?(?:记者|评论员|通讯员))"
    rf"(?P<names>[ \t]*[”“。]{{1,2}}[ \t]*[{HAN}]{{2,4}}(?:{_SEP}[{HAN}]{{2,4}}){{0,4}})(?P<trail>[ \t]*)$",
    re.M,
)
_DROP_GAP_MARKS = str.maketrans("", "", "”“。")
# a quote or a full stop that the engine read for the gap between role and name, or two names
_GAP = re.compile(rf"(?<=[{HAN}])[ \t]*[{_GAP_MARKS}]{{1,2}}[ \t]*(?=[{HAN}])")
_LEAD = re.compile(rf"^[ \t{_GAP_MARKS}]+")


def _names(names: str) -> str:
    """The names after a role: one space before them, debris between them read as a space."""
    return " " + _GAP.sub(" ", _LEAD.sub("", names))


def _role_line(m: re.Match[str]) -> str:
    mark, gap, names = m.group("mark"), m.group("gap"), m.group("names") or ""
    gap_fixed = gap.translate(_DROP_GAP_MARKS)
    debris = gap_fixed != gap or any(c in names for c in _GAP_MARKS)
    if mark in "□■" and not debris:
        return m.group(0)  # a printed marker and no OCR gap debris: nothing to repair
    fixed = _names(names) if names else ""
    return f"{m.group('ind')}{_MARK[mark]}{gap_fixed}{m.group('role')}{fixed}{m.group('trail')}"


# a byline wrapped in a narrow column: marker, gap, the role's first part at the line end, and
# the next line opening with the role's rest and names (``国 本报驻加拿大记`` / ``者 邹德浩``,
# ``口本报驻罗马尼亚`` / ``记者 梁晓华``)
_WRAPPED_ROLE = re.compile(
    rf"^(?P<ind>[ \t]*)(?P<mark>[口国图回]|昌(?=[ \t]))(?P<gap>[ \t]*[”“。]{{0,2}}[ \t]*)"
    rf"(?P<role>{_ROLE}[{HAN}]{{0,12}})[ \t]*$(?P<nl>\n)(?P<next>[ \t]*[{HAN}]{{1,3}}(?=[ \t]|$))",
    re.M,
)
#: the role read whole across the two lines ...
_WHOLE_ROLE = re.compile(rf"{_ROLE}[{HAN}]{{0,12}}?{_ROLE_END}$")
#: ... and not whole on the first already (the one-line rule's)
_ROLE_END_AT = re.compile(rf"{_ROLE_END}$")


def _wrapped_role(m: re.Match[str]) -> str:
    """The marker of a byline wrapped over two lines, where the role reads whole across them
    (what the next line opens with finishes it: ``记`` + ``者``)."""
    if _ROLE_END_AT.search(m.group("role")) or not _WHOLE_ROLE.match(m.group("role") + m.group("next").strip()):
        return m.group(0)  # (a whole role on the first line is the one-line rule's; no role across: no byline)
    gap = m.group("gap").translate(_DROP_GAP_MARKS)
    return f"{m.group('ind')}{_MARK[m.group('mark')]}{gap}{m.group('role')}{m.group('nl')}{m.group('next')}"


def _bare_line(m: re.Match[str]) -> str:
    return f"{m.group('ind')}{m.group('role')}{_names(m.group('names'))}{m.group('trail')}"


@cleaner(
    name="ocr_byline_marker",
    family="ocr",
    summary="A byline's box read as 口/国/图, its role/name gap as ”/。 ('口本报记者”刘杰') -> '□本报记者 刘杰'.",
    example=("口本报驻俄罗斯记者”刘刚", "□本报驻俄罗斯记者 刘刚"),
    removes=("han", "punctuation", "whitespace"),
)
def ocr_byline_marker(text: str) -> str:
    """Restore the marker of a byline line (marker + role + names) and its role/name gap.

    >>> ocr_byline_marker("国 本报驻加拿大记者 邹德浩\\n口本报记者”刘杰\\n□ 本报评论员\\n国家建材局局长")
    '■ 本报驻加拿大记者 邹德浩\\n□本报记者 刘杰\\n□ 本报评论员\\n国家建材局局长'
    >>> ocr_byline_marker("本报驻美国记者。 李云飞\\n图 本报记者王晓东\\n口本报驻日本记者、张国成")
    '本报驻美国记者 李云飞\\n■ 本报记者 王晓东\\n□本报驻日本记者 张国成'
    >>> ocr_byline_marker("国 本报驻加拿大记\\n者 邹德浩\\n口本报驻罗马尼亚\\n记者 梁晓华")
    '■ 本报驻加拿大记\\n者 邹德浩\\n□本报驻罗马尼亚\\n记者 梁晓华'
    """
    if any(c in text for c in "口国图昌回□■"):
        text = _ROLE_LINE.sub(_role_line, text)
        text = _WRAPPED_ROLE.sub(_wrapped_role, text)
    if any(c in text for c in "”“。"):
        text = _BARE_LINE.sub(_bare_line, text)
    return text


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



# --- the surname of a reporter's name in a byline -----------------------------------------------

#: a look-alike must be at least this similar (x 1000) to stand in for a misread surname
MIN_SIM_SURNAME = 800
#: of two look-alike surnames as similar, the one taken must be this much more common (nats)
SURNAME_MARGIN = 1.0

_BYLINE_NAMES = re.compile(
    rf"^(?P<head>[ \t]*(?:[□■][ \t]*)?{_ROLE}[{HAN}]{{0,12}}?(?:记者|评论员|通讯员|摄影) +)"
    rf"(?P<names>[{HAN}]{{2,4}}(?:(?: +|、)[{HAN}]{{2,4}}){{0,5}})(?P<trail>[ \t]*)$",
    re.M,
)
_NAME = re.compile(rf"[{HAN}]{{2,4}}")


@cache
def surnames() -> frozenset[str]:
    """First characters of common Chinese surnames (``data/ocr/surnames.txt``)."""
    ref = resources.files("cntextclean").joinpath("data/ocr/surnames.txt")
    try:
        raw = ref.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w[0] for ln in raw.splitlines() if not ln.startswith("#") for w in ln.split())


@cache
def _surname_for(ch: str) -> str:
    from .. import plausibility as P
    from .confusions import lookalikes

    known = surnames()
    if ch in known:
        return ch
    best = sorted(((s, P.char_logp(c), c) for c, s in lookalikes().get(ch, ())
                   if s >= MIN_SIM_SURNAME and c in known), reverse=True)
    if not best:
        return ch
    if len(best) > 1 and best[1][0] == best[0][0] and best[0][1] - best[1][1] < SURNAME_MARGIN:
        return ch  # two surnames as alike and about as common: no evidence for either
    return best[0][2]


def _fix_names(m: re.Match[str]) -> str:
    names = _NAME.sub(lambda n: _surname_for(n.group(0)[0]) + n.group(0)[1:], m.group("names"))
    return f"{m.group('head')}{names}{m.group('trail')}"


@cleaner(
    name="ocr_byline_surname",
    family="ocr",
    summary="A reporter's surname misread as a look-alike that is no surname ('本报记者 间晓明') -> '本报记者 阎晓明'.",
    example=("■ 本报记者 间晓明", "■ 本报记者 阎晓明"),
    removes=("han",),
)
def ocr_byline_surname(text: str) -> str:
    """In a byline line (role, a space, names), a name whose first character is no common surname
    takes the surname among that character's closest look-alikes (``威`` -> ``戚``, ``间`` -> ``阎``).

    >>> ocr_byline_surname("□本报记者 间晓明 王刚\\n本报记者 欧阳明\\n间或有雨")
    '□本报记者 阎晓明 王刚\\n本报记者 欧阳明\\n间或有雨'
    """
    if "记者" not in text and "评论员" not in text and "通讯员" not in text and "摄影" not in text:
        return text
    return _BYLINE_NAMES.sub(_fix_names, text)
