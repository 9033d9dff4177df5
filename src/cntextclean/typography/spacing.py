"""Spaces around Chinese text.

Chinese is written without spaces: none between two CJK characters and none between CJK and
Latin letters, digits or symbols (``12345热线``, ``南太湖App上``, ``比2022年``, ``平台+上级``); a
space survives only where neither side is CJK (between two Latin words or numbers). Quotes are
transparent: ``到 “亲清`` and ``评议” 进行`` lose the space, ``Hello “world”`` keeps it. Extractions put a space at every printed line end or
between the characters of a spaced-out name (``政 治生态``, ``徐 军``).

* :func:`remove_cjk_spaces` - the body rule: every run of horizontal whitespace inside a line
  with a CJK character on one side is removed, and so is a paragraph indent
  before CJK text (the two ideographic spaces that start a Chinese paragraph). Indentation before
  Latin text (code, English lists) and spaces between Latin words stay.
* :func:`collapse_gap` - the headline/byline rule: such a run becomes one ASCII space (a
  two-part headline keeps its gap, ``本报记者 邢成敏``); the ends of the text are not touched.
* ``cjk_spacing`` - the registered cleaner: :func:`remove_cjk_spaces`, in the ``PLAIN_ONLY``
  stage (plain text, one paragraph per line); page extractions get the two functions per role
  from the layout family instead.
"""

from __future__ import annotations

import re

from ..charclass import CJK_PUNCT_CLASS as CJK_PUNCT
from ..charclass import HAN_BMP_CLASS as HAN_BMP
from ..charclass import HAN_CLASS as HAN
from ..charclass import HSPACE_CLASS as HSPACE
from ..charclass import KANA_CLASS as KANA
from ..charclass import QUOTES
from ..charclass import is_chinese_context as _is_cjk
from ..outlets import BYLINE_ROLES
from ..pipeline import cleaner
from ._neighbours import left_char, right_char

_CJK = f"{HAN}{KANA}{CJK_PUNCT}"
#: a run of spaces with CJK on one side and neither a quote nor a line end on the other
# (the patterns start with the space they remove and look behind it: a fast scan for spaces)
_BETWEEN = re.compile(
    f"[{HSPACE}](?:(?<=[{_CJK}].)[{HSPACE}]*(?=[^\\s{QUOTES}])"
    f"|(?<=[^\\s{QUOTES}].)[{HSPACE}]*(?=[{_CJK}]))"
)
#: a run of spaces with a quote on one side: judged by the nearest non-space, non-quote
#: characters (``到 “亲清`` and ``评议” 进行`` lose the space, ``Hello “world”`` keeps it)
_AT_QUOTE = re.compile(f"(?<=[{QUOTES}])[{HSPACE}]+|(?<![{HSPACE}])[{HSPACE}]+(?=[{QUOTES}])")
_HAS_QUOTE = re.compile(f"[{QUOTES}]")
_CJK_QUOTE = re.compile(
    f"[{HSPACE}](?:(?<=[{_CJK}].)[{HSPACE}]*(?=[{QUOTES}])|(?<=[{QUOTES}].)[{HSPACE}]*(?=[{_CJK}]))"
)
_INDENT = re.compile(f"(?m)^[{HSPACE}]+(?=[{QUOTES}]?[{_CJK}])")
_GAP = re.compile(
    f"[{HSPACE}](?:(?<=[{_CJK}].)[{HSPACE}]*(?=[^\\s])|(?<=[^\\s].)[{HSPACE}]*(?=[{_CJK}]))"
)


def _at_quote(m: re.Match[str]) -> str:
    text = m.string
    if m.start() == 0 or text[m.start() - 1] == "\n":
        return m.group()  # indentation: _INDENT decides
    before = left_char(text, m.start())
    after = right_char(text, m.end())
    if _is_cjk(before) or _is_cjk(after):
        return ""
    return m.group()


def remove_cjk_spaces(text: str) -> str:
    """Remove spaces between CJK characters, between CJK and Latin/digits, and CJK indents.

    >>> remove_cjk_spaces("营造良好政 治生态 12345 热线 南太湖 App 上 平台+ 上级; Hello world")
    '营造良好政治生态12345热线南太湖App上平台+上级; Hello world'
    >>> remove_cjk_spaces('到 “亲清直通车” 一开始, Hello “world” 你好')
    '到“亲清直通车”一开始, Hello “world”你好'
    >>> remove_cjk_spaces("\\u3000\\u3000第一段\\n    x = 1")
    '第一段\\n    x = 1'
    """
    text = _BETWEEN.sub("", text)
    if _HAS_QUOTE.search(text):
        # CJK right beside the run decides at once; the rest look past the quotes
        text = _CJK_QUOTE.sub("", text)
        text = _AT_QUOTE.sub(_at_quote, text)
    return _INDENT.sub("", text)


def collapse_gap(text: str) -> str:
    """Each run of spaces next to CJK text becomes one ASCII space (headlines, bylines).

    >>> collapse_gap("坚持首善标准\\u3000\\u3000在服务保障亚运中展现西湖担当")
    '坚持首善标准 在服务保障亚运中展现西湖担当'
    >>> collapse_gap("本报记者  邢成敏")
    '本报记者 邢成敏'
    """
    return _GAP.sub(" ", text)


@cleaner(
    name="cjk_spacing",
    family="typography",
    summary="Remove spaces between CJK characters and between CJK and Latin/digits (plain text).",
    example=("营造良好政 治生态 12345 热线", "营造良好政治生态12345热线"),
    removes=("whitespace",),
)
def cjk_spacing(text: str) -> str:
    """Remove spaces between CJK characters and between CJK and Latin/digits; CJK indents too.

    A line that is a byline as ``clean`` prints one (a role ending in a role word, then names
    of one to four characters, each after one ASCII space) keeps its spaces, and so does a
    two-part headline as ``clean`` prints one (the first line of a paragraph group, short, no
    sentence end, one space between two parts of two or more Chinese characters each):
    cleaning the output of ``clean`` again must not change it. A bare role word (``记者``) with
    nothing before it needs names that start with a common surname.

    >>> cjk_spacing("南太湖 App 上建立 市级恳谈会")
    '南太湖App上建立市级恳谈会'
    >>> cjk_spacing("本报记者 何伟 余继军\\n记者 走访了 三个村")
    '本报记者 何伟 余继军\\n记者走访了三个村'
    >>> cjk_spacing("攻坚克难 善作善成\\n会议指出，要 坚持问题导向。\\n\\n政 治生态\\n正文。")
    '攻坚克难 善作善成\\n会议指出，要坚持问题导向。\\n\\n政治生态\\n正文。'
    """
    return keep_lines(text, close_headline_gaps=False)


def keep_lines(text: str, *, close_headline_gaps: bool) -> str:
    """:func:`cjk_spacing`'s body: spaces removed next to CJK text, except in the lines that
    keep them (bylines, and two-part headlines unless ``close_headline_gaps``)."""
    if " " not in text:
        return remove_cjk_spaces(text)
    kept = [m for m in _ANY_BYLINE_LINE.finditer(text) if is_byline_line(m.group())]
    if not close_headline_gaps:
        kept += [m for m in _HEADLINE_GAP_LINE.finditer(text) if _is_headline_gap_line(m.group())]
        kept.sort(key=lambda m: m.start())
    if not kept:
        return remove_cjk_spaces(text)
    out: list[str] = []
    pos = 0
    for m in kept:
        if m.start() < pos:
            continue
        out.append(remove_cjk_spaces(text[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(remove_cjk_spaces(text[pos:]))
    return "".join(out)


#: a two-part headline as ``clean`` prints it: the first line of a group of lines (after a
#: blank line or at the start), followed by another line, one ASCII space between two parts
_HEADLINE_GAP_LINE = re.compile(r"(?:(?<=\n\n)|\A)[^\s]{2,} [^\s]{2,}(?=\n[^\n])")
#: the most characters of a headline line kept with its gap (the longest two-part headline of
#: the dev and seed gold has 28)
_HEADLINE_MAX = 32
_HEAD_SIDE = re.compile(f"[{HAN_BMP}{CJK_PUNCT}{QUOTES}]")
#: a line that ends in a clause or sentence mark is running text, not a headline
_RUNNING_END = re.compile(r"[。！？；，、：…,.!?;:]$")


def _is_headline_gap_line(line: str) -> bool:
    """Is ``line`` (one space inside) a two-part headline: short, no sentence end, Chinese on
    both sides of the gap, two or more Han characters in each part?"""
    if len(line) > _HEADLINE_MAX or _RUNNING_END.search(line):
        return False
    left, right = line.split(" ")
    if not (_HEAD_SIDE.match(left[-1]) and _HEAD_SIDE.match(right[0])):
        return False
    return len(_HAN_RE.findall(left)) >= 2 and len(_HAN_RE.findall(right)) >= 2


_HAN_RE = re.compile(f"[{HAN_BMP}]")


#: a byline line as the layout family prints it: ``本报驻日本记者 张国成``, ``本报记者 何伟 余继军``,
#: ``宁波市委常委、北仑区委书记 潘银浩`` (a role ending in one of :data:`~cntextclean.outlets.BYLINE_ROLES`)
_ROLE_AND_NAMES = (
    rf"(?P<pre>[{HAN_BMP}、]{{0,30}}?)(?:{'|'.join(BYLINE_ROLES)})(?P<names>(?: [{HAN_BMP}·]{{1,4}}){{1,6}})"
)
#: a byline of names alone: ``周博 王许兵 冯勤哲``
_NAMES_ONLY = rf"[{HAN_BMP}]{{2,3}}(?: [{HAN_BMP}]{{2,3}}){{1,5}}"
_BYLINE_LINE = re.compile(_ROLE_AND_NAMES)
_NAMES_LINE = re.compile(_NAMES_ONLY)
#: either, as a whole line of a text (a candidate for :func:`is_byline_line`)
_ANY_BYLINE_LINE = re.compile(rf"(?m)^(?:{_ROLE_AND_NAMES}|{_NAMES_ONLY})$")


def is_byline_line(line: str) -> bool:
    """Is ``line`` a byline as ``clean`` prints one, whose spaces are kept? An outlet or office
    before the role word (``本报记者``, ``区委书记``), or else names that start with a surname
    (``记者 张三``, ``周博 王许兵``; not ``记者 走访了 三个村``).

    >>> is_byline_line("本报驻日本记者 张国成"), is_byline_line("周博 王许兵 冯勤哲")
    (True, True)
    >>> is_byline_line("百J4 工程"), is_byline_line("记者 走访了 三个村"), is_byline_line("攻坚克难 善作善成")
    (False, False, False)
    """
    m = _BYLINE_LINE.fullmatch(line)
    if m is not None:
        if len(m.group("pre")) >= 2:
            return True
        names = m.group("names")
    elif _NAMES_LINE.fullmatch(line) is not None:
        names = line
    else:
        return False
    from ..ocr.markers import surnames  # lazy: the OCR family imports this one

    known = surnames()
    return all(name[0] in known for name in names.split())
