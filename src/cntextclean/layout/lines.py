"""Printed lines: the evidence a line gives about paragraph boundaries, and joining lines.

A page extraction breaks a paragraph at every printed line end. Whether two consecutive lines
belong to one paragraph is decided from evidence (see :func:`breaks_between`):

* the line before ends a sentence (``。！？…”）`` and friends) and is short for its column;
* the line after is indented (spaces, ideographic spaces), or starts a list item (``一、``,
  ``（一）``, ``1.``), or is a first line shortened by an indent the extractor dropped;
* a line that fills its column and does not end a sentence continues on the next line.

>>> join_lines(["岁末年初，日本政局最引人注目的动", "向是第二大党"])
'岁末年初，日本政局最引人注目的动向是第二大党'
>>> join_lines(["the PDF", "extraction"])
'the PDF extraction'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

from ..charclass import HAN_BMP_CLASS, drop_space, is_cjk, is_han
from ..encoding import _words
from ..outlets import BYLINE_ROLES, DATELINE_LEAD, OUTLET_RE
from .width import display_width, leading_width

__all__ = [
    "CLAUSE_MARK",
    "COMMON_WORD",
    "DIGITS",
    "HEAD_GAP",
    "NUMBER_UNITS",
    "Line",
    "blank_blocks",
    "breaks_between",
    "clause_free",
    "close_letter_spacing",
    "cut_word_rest",
    "ends_sentence",
    "han_4grams",
    "han_ngrams",
    "is_byline",
    "is_cut_dateline",
    "is_head_colon_part",
    "is_letter_spaced",
    "is_list_item",
    "join_lines",
    "join_pair",
    "label_in_text",
    "names_only",
    "narrow_printed_wide",
    "opens_salutation",
    "opens_subtitle",
    "titles_then_name",
    "word_cut",
]

#: characters after which a paragraph may end
_END = frozenset("。！？…!?；」』”’）)】》.:：")
_STRONG_END = frozenset("。！？…!?")
_LIST = re.compile(
    r"^[\s\u3000]*("
    r"[一二三四五六七八九十]{1,3}[、．.]"
    r"|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]"
    r"|[0-9０-９]{1,2}[、．.](?![0-9０-９])"
    r"|[①②③④⑤⑥⑦⑧⑨⑩]"
    r"|第[一二三四五六七八九十]{1,3}[，、,是]"
    r"|首先[，,]|其次[，,]|再次[，,]|最后[，,]"
    r"|[■●◆▲★☆○□]"
    r"|——"
    r")"
)
_BYLINE_MARK = re.compile(r"^[\s\u3000]*[□■●◆▲★☆]")
_BYLINE_ROLE = re.compile(f"({'|'.join(BYLINE_ROLES)})")
_CLAUSE_PUNCT = re.compile(r"[，。！？；：,;!?]")
_NOT_IN_BYLINE = re.compile(r"[（）()〈〉《》【】“”‘’\"'、·]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
#: a dateline printed on a line of its own: the paragraph goes on after it
_DATELINE = re.compile(
    rf"^[\s\u3000]*(据)?(?:{OUTLET_RE})[^，。！？]{{0,30}}(电|讯|报道)([（(][^）)]{{0,30}}[）)])?[：:]?[\s\u3000]*$"
)


#: signs measured narrow that a CJK font may print full-width (quotes, dashes, ellipses)
_MAYBE_WIDE = frozenset("%.,:;+-~/“”‘’—…·")
#: clause punctuation: a line holding none is a headline, byline or label more than body text
CLAUSE_MARK = re.compile(r"[，。！？；,;!?、：:]")
#: a headline's colon after a place or a topic (``青岛崂山：以政策之“优”扬发展之“势”``,
#: ``１９９７：竞技场``), not after a verb of saying (``他说：“…``)
_HEAD_COLON_LEAD = r"[^，。！？；,;!?、：:\s]{2,8}(?<![说道称问答示为调出绍布露])[：:]"
_HEAD_COLON = re.compile(rf"^{_HEAD_COLON_LEAD}(?=\S)")
#: ... standing alone: the headline's first part, printed on a line of its own (``大庆萨尔图：``)
_HEAD_COLON_PART = re.compile(rf"^{_HEAD_COLON_LEAD}$")


def is_head_colon_part(text: str) -> bool:
    """Is ``text`` a headline's first part alone, its place or topic before the colon
    (``大庆萨尔图：``)? A salutation (``同志们：``) and a lead-in to speech (``他指出：``) are not.

    >>> is_head_colon_part("大庆萨尔图："), is_head_colon_part("同志们："), is_head_colon_part("他指出：")
    (True, False, False)
    """
    t = text.strip()
    return bool(_HEAD_COLON_PART.match(t)) and not is_salutation(t)


def clause_free(text: str) -> bool:
    """No clause punctuation (:data:`CLAUSE_MARK`) in ``text`` but for a headline's colon after
    its first few characters: ``大庆萨尔图：“三管齐下”为优化`` is clause-free, ``同志们：`` (a
    salutation ends with its colon), ``他指出：“展望`` and ``据统计，近三年来`` are not."""
    t = text.strip()
    m = _HEAD_COLON.match(t)
    return not CLAUSE_MARK.search(t[m.end():] if m else t)


#: the gap of a two-part headline or sub-head, ``全国公安边防会议提出 建设海上“110”``,
#: ``“一套机制” 推动服务质效稳提升`` (ASCII quotes too: the layout step sees the raw text)
HEAD_GAP = re.compile(r"[\u4e00-\u9fff”》」』\"][ \u3000]+[\u4e00-\u9fff“《「『\"]")
#: a line wholly in brackets: a note (``（载《经济日报》）``, ``（作者单位系…）``), a credit or a
#: sign-off, never a headline's line or part
BRACKETED = re.compile(r"^\s*[（(][^（）()]*[）)]\s*$")
#: characters that cannot open a printed line of a paragraph: the line continues another
NO_LINE_START = frozenset("，。、；：？！）》”’」』〉】…,.;:!?)]%")


#: a body paragraph opening with a dateline (``新华社北京１月５日电``), leading whitespace allowed
DATELINE_START = re.compile(rf"^[\s\u3000]*{DATELINE_LEAD}")
#: a dateline's first words cut at the line end: ``据`` and an outlet, or an outlet and a date's
#: number (``新华社耶路撒冷１月８``)
_CUT_DATELINE = re.compile(rf"^[\s\u3000]*(?:据(?:{OUTLET_RE})|(?:{OUTLET_RE})\S{{0,14}}[0-9０-９](?:日)?$)")


def is_cut_dateline(text: str) -> bool:
    """Is ``text`` a dateline's first words, cut before its ``电`` (no headline reads so)?

    >>> is_cut_dateline("据新华社耶路撒冷１月８"), is_cut_dateline("新华社耶路撒冷１月８"), is_cut_dateline("新华社维也纳1月9日")
    (True, True, True)
    >>> is_cut_dateline("新华社发表评论员文章"), is_cut_dateline("伊朗大雪崩死亡数十")
    (False, False)
    """
    # (a date with its year is a running header's, ``人民日报1998年1月9日``: a dateline prints none)
    return bool(_CUT_DATELINE.match(text)) and "年" not in text

#: ASCII and full-width digits
DIGITS = frozenset("0123456789０１２３４５６７８９")
#: what follows a number in Chinese text: units and measure words (``1908件`` ``12月``
#: ``3.5亿`` ``10美元``) and the percent sign; a line that starts with one goes on with the
#: number the line above it ends with
NUMBER_UNITS = frozenset(
    "年月日时点分秒个名人件次家种项位元角亿万千百十多余来公米吨岁天周倍届辆台条座所部本期版号层"
    "架艘只头批度克斤亩户块张场轮票股枚例起处间笔美英港欧法马卢比国代世%％"
)

#: a subtitle's opening dash (``——县（市、区）委书记…``), as printers set it: an em dash (one or
#: two), a doubled full-width hyphen or two ASCII hyphens, a box-drawing rule
SUBTITLE_DASH = re.compile(r"^[\s\u3000]*(?:—|－|──|--)")


def opens_subtitle(text: str) -> bool:
    """Does a line open with a subtitle's dash?

    >>> opens_subtitle("——县（市、区）委书记工作交流会发言摘要"), opens_subtitle("－－访拉美议会副议长"), opens_subtitle("一、要")
    (True, True, False)
    """
    return SUBTITLE_DASH.match(text) is not None


def han_ngrams(texts: Iterable[str], n: int, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """Every run of ``n`` Han characters in ``texts``, none of them in ``skip`` (the phrases of
    a page: a phrase across a seam that recurs on the page is evidence for the join).

    >>> sorted(han_ngrams(["莫迪凯说，", "的发展"], 3, skip=frozenset("的")))
    ['莫迪凯', '迪凯说']
    """
    out = set()
    for text in texts:
        run = 0
        for k, ch in enumerate(text):
            run = run + 1 if "\u4e00" <= ch <= "\u9fff" and ch not in skip else 0
            if run >= n:
                out.add(text[k - n + 1 : k + 1])
    return frozenset(out)


def han_4grams(text: str) -> frozenset[str]:
    """Every run of four Han characters in ``text`` (:func:`han_ngrams`).

    >>> sorted(han_4grams("三管齐下，为优化"))
    ['三管齐下']
    """
    return han_ngrams((text,), 4)


def text_span(text: str) -> int:
    """The widest ``text`` may have been printed: its display width with every half-width
    letter, digit and sign counted full-width (see :attr:`Line.span`).

    >>> text_span("２０１．６５亿元") == text_span("201.65亿元")
    True
    """
    return display_width(text) + sum(1 for c in text if (c.isascii() and c.isalnum()) or c in _MAYBE_WIDE)


#: one printed line with a space between every two characters, eight characters or more
_LETTER_SPACED = re.compile(r"(?:\S )+\S")
_LETTER_SPACED_MIN = 8


#: a single space between two Han characters (with digits: or digits), a justified line's
#: letter-spacing
_SPACED_HAN = re.compile(f"(?<=[{HAN_BMP_CLASS}]) (?=[{HAN_BMP_CLASS}])")
_SPACED_HAN_DIGIT = re.compile(f"(?<=[{HAN_BMP_CLASS}0-9０-９]) (?=[{HAN_BMP_CLASS}0-9０-９])")


def close_letter_spacing(text: str, *, digits: bool = False) -> str:
    """``text`` without the letter-spacing that stretched a narrow column's justified line: a
    single space between two Han characters goes (with ``digits``, between digits too, as
    pdfminer spaces them); a wider gap stays.

    >>> close_letter_spacing("本 报 北京 1 月 1 5日 讯"), close_letter_spacing("新 华 社北 京 1 月 15 日 电", digits=True)
    ('本报北京 1 月 1 5日讯', '新华社北京1月15日电')
    """
    return (_SPACED_HAN_DIGIT if digits else _SPACED_HAN).sub("", text)


def is_letter_spaced(text: str, least: int = _LETTER_SPACED_MIN) -> bool:
    """Is ``text`` a printed line with a space between every two of its characters (``least``
    or more, eight by default): the letter-spacing that stretched a justified line to its
    column's width, which pdfminer prints (``电 影 表 演 艺 术 家 孙 道 临``)?

    >>> is_letter_spaced("电 影 表 演 艺 术 家 孙 道 临"), is_letter_spaced("推广特区基本法 香港成立督导委员会")
    (True, False)
    """
    return len(text) >= 2 * least - 1 and bool(_LETTER_SPACED.fullmatch(text))


def blank_blocks(lines: list[str]) -> list[list[str]]:
    """The runs of non-blank lines between blank ones (an extractor's blocks).

    >>> blank_blocks(["甲", "乙", "", " ", "丙"])
    [['甲', '乙'], ['丙']]
    """
    blocks: list[list[str]] = [[]]
    for raw in lines:
        if raw.strip():
            blocks[-1].append(raw)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


@dataclass
class Line:
    """One printed line of a column stream."""

    text: str  #: stripped text, inner space runs collapsed to one space
    raw: str  #: as extracted (without the line break)
    width: int  #: display width of ``text``
    indent: int  #: display width of the leading whitespace of ``raw``
    #: half-width letters, digits and signs: each may have been printed full-width before a
    #: width normalisation, so the printed width lies between ``width`` and ``width + narrow``
    narrow: int = 0
    page: int = 0
    column: int | None = None
    #: number of the extraction block (blank-line / page / column delimited run) it belongs to
    group: int = 0
    #: True when a blank line, a page break or a column change precedes this line
    gap_before: bool = False
    features: dict[str, object] = field(default_factory=dict)

    @classmethod
    def make(cls, raw: str, **kw: object) -> Line:
        text = _SPACES.sub(" ", raw).strip()
        width = display_width(text)
        return cls(text=text, raw=raw, width=width, indent=leading_width(raw),
                   narrow=text_span(text) - width, **kw)  # type: ignore[arg-type]

    @property
    def span(self) -> int:
        """The widest the line may have been printed (narrow characters counted full-width)."""
        return self.width + self.narrow


#: the word evidence (nats, :func:`~cntextclean.page.joinscore.word_join_score`) across a line
#: end that makes the line under a paragraph's line its rest, not a headline: a word cut by
#: the line end (``…全面振兴全方`` / ``位振兴作出人大新贡献`` 14.5, ``…提升了城`` / ``市影响力和美``
#: 9.5); a headline under a column's cut last line reads on no word (0.0 on the dev pages)
WORD_INTO_LINE = 5.0


def word_cut(above: str, below: str) -> bool:
    """Does line ``below`` go on with a word that line ``above`` cut at its end
    (:data:`WORD_INTO_LINE`)? Then it is that line's paragraph's rest, not a headline."""
    from ..page.joinscore import word_join_score  # (lazy: the page family imports this one)

    return word_join_score(above.strip(), below.strip()) >= WORD_INTO_LINE


def ends_sentence(text: str) -> bool:
    """Does the text end where a paragraph may end (sentence-final mark or closing bracket)?"""
    s = text.rstrip()
    return bool(s) and s[-1] in _END


def ends_strongly(text: str) -> bool:
    s = text.rstrip()
    return bool(s) and (s[-1] in _STRONG_END or (s[-1] in "”’」』）)" and len(s) > 1 and s[-2] in _STRONG_END))


#: a speech's salutation on a line of its own (``同志们：`` ``各位代表、同志们：``
#: ``尊敬的各位来宾：``): a paragraph of its own, which opens a speech and goes on nowhere
_ADDRESSEES = "同志|朋友|同学|代表|委员|女士|先生|来宾|老师|家人|嘉宾"
_ADDRESSEE = (rf"(?:尊敬的|亲爱的)?(?:[{HAN_BMP_CLASS}]{{0,8}}(?:{_ADDRESSEES})们"
              rf"|各位[{HAN_BMP_CLASS}]{{1,8}})")
_SALUTATION = re.compile(rf"^{_ADDRESSEE}(?:[、，,和及与]{_ADDRESSEE})*[：:]$")
#: ... from its first character: the addressees with no other word before them
_SALUTATION_START = re.compile(rf"^(?:尊敬的|亲爱的)?(?:(?:{_ADDRESSEES})们|各位)")


def is_salutation(text: str) -> bool:
    """Is ``text`` a speech's salutation alone (``同志们：``, ``各位代表、同志们：``)?

    >>> is_salutation("同志们："), is_salutation("女士们、先生们："), is_salutation("主要差距是：")
    (True, True, False)
    """
    return bool(_SALUTATION.match(text.strip()))


def opens_salutation(text: str) -> bool:
    """Is ``text`` a salutation from its first character on (no other word before the
    addressees, which :func:`is_salutation` allows)?

    >>> opens_salutation("同志们："), opens_salutation("话稿同志们："), is_salutation("话稿同志们：")
    (True, False, True)
    """
    t = text.strip()
    return _SALUTATION_START.match(t) is not None and is_salutation(t)


def cut_word_rest(head: str, line: str, rest_ok: Callable[[str], bool], most: int = 2,
                  joins: Callable[[str, str], bool] | None = None) -> str:
    """The one to ``most`` Han characters that open ``line`` and finish the word that line
    ``head`` cut at its end (:func:`word_cut`, or ``joins`` where given), where the rest of
    ``line`` passes ``rest_ok`` (a byline, a salutation; the rest may be empty where
    ``rest_ok("")`` holds); ``""`` where there are none.

    >>> cut_word_rest("全市解放思想推动高质量发展大讨论会议讲", "话稿同志们：", opens_salutation, most=3)
    '话稿'
    """
    t = line.strip()
    cut = joins or word_cut
    for k in range(1, most + 1):
        if len(t) >= k and all(is_han(c) for c in t[:k]) and rest_ok(t[k:]) and cut(head, t[:k]):
            return t[:k]
    return ""


#: the end of a byline's titles (``宁波市委常委、北仑区委书记``): one of the byline role words
_TITLE_END = re.compile(f"(?:{'|'.join(BYLINE_ROLES)})$")


def titles_then_name(titles: str, name: str) -> bool:
    """Do ``titles``, ending with a role word or an office, and ``name`` make a byline with a
    space between them (``宁波市委常委、北仑区委书记`` + ``潘银浩``, ``武义县委书记`` + ``帅朝晖``)?

    >>> titles_then_name("宁波市委常委、北仑区委书记", "潘银浩"), titles_then_name("释放最大治理效能", "潘银浩")
    (True, False)
    """
    t = titles.strip()
    return _TITLE_END.search(t) is not None and is_byline(t + " " + name.strip())


def is_list_item(text: str) -> bool:
    """Does the line start a list item or a marked item (``一、`` ``（一）`` ``1.`` ``■``)?"""
    return bool(_LIST.match(text))


def is_byline(text: str) -> bool:
    """A byline line: a marker (``□`` ``■``) or a short role + name line without punctuation
    (titles one after the other, ``、`` between them).

    >>> is_byline("北仑区委书记 潘银浩"), is_byline("宁波市委常委、北仑区委书记 潘银浩")
    (True, True)
    >>> is_byline("新华社北京、上海电 记者"), is_byline("——— 山西"), is_byline("孙贻国 胡天生")
    (False, False, True)
    """
    s = text.strip()
    if not s or len(s) > 40:
        return False
    if _BYLINE_MARK.match(s):
        return not _CLAUSE_PUNCT.search(s[1:]) or len(s) <= 30
    if _CLAUSE_PUNCT.search(s):
        return False
    # role words followed by a space and a name, or a run of short names separated by spaces
    if " " in s or "\u3000" in s:
        parts = s.split()
        titles = parts[0].split("、")
        if (len(parts) == 2 and 2 <= len(titles) <= 3 and len(s) <= 32 and 2 <= len(parts[1]) <= 4
                and all(2 <= len(t) <= 12 and not _NOT_IN_BYLINE.search(t) for t in titles)
                and _BYLINE_ROLE.search(titles[-1])):
            return True  # titles, then the name: ``宁波市委常委、北仑区委书记 潘银浩``
        if len(s) > 24 or len(parts[0]) > 12 or _NOT_IN_BYLINE.search(parts[0]):
            return False  # a dateline or a sentence with a stray space, not role + name
        if _BYLINE_ROLE.search(parts[0]) and all(len(p) <= 4 for p in parts[1:]):
            return True
        if len(parts) >= 2 and all(2 <= len(p) <= 3 and all(map(is_han, p)) for p in parts):
            return True  # (names: Han characters, not ``———`` of a dash set apart, ``——— 山西``)
    return False


def _joint(left: str, right: str) -> str:
    """The separator between two joined pieces: nothing next to CJK, one space between words."""
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if is_cjk(a) or is_cjk(b):
        return ""
    if a == "-" and len(left) > 1 and left[-2].isalpha() and b.isalpha():
        return ""  # a hyphen at a line end: keep the hyphen, no space
    if a.isspace() or b.isspace():
        return ""
    if (a.isdigit() or a in ".,:%") and (b.isdigit() or b in ".,:%"):
        return ""  # a number broken at a line end (full-width digits made half-width)
    tail = left[-12:]
    if sum(1 for c in tail if c.isascii() and c.isalpha()) * 2 < len(tail):
        return ""  # a Latin fragment inside CJK text
    return " "


def join_pair(left: str, right: str) -> str:
    """Join two pieces of one paragraph (see :func:`_joint`)."""
    return left + _joint(left, right) + right


def join_lines(lines: list[str]) -> str:
    """Join the printed lines of one paragraph."""
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        out = join_pair(out, ln) if out else ln
    return out


_OPEN_BRACKETS = "（(〔［["
_CLOSE_BRACKETS = "）)〕］]"


def opens_bracket_last(text: str) -> bool:
    """Does ``text`` leave a bracket open (``（作者系保定市政协副主席、保定``)?

    >>> opens_bracket_last("（作者系保定市政协副主席、保定"), opens_bracket_last("（记者 王刚）")
    (True, False)
    """
    depth = 0
    for c in text:
        if c in _OPEN_BRACKETS:
            depth += 1
        elif c in _CLOSE_BRACKETS and depth:
            depth -= 1
    return depth > 0


def closes_bracket_first(text: str) -> bool:
    """Does ``text`` close a bracket that it did not open (``市行政审批局局长）``): the rest of a
    bracketed text that a line end cut?

    >>> closes_bracket_first("市行政审批局局长）"), closes_bracket_first("（一）思想观念新")
    (True, False)
    """
    for c in text:
        if c in _OPEN_BRACKETS:
            return False
        if c in _CLOSE_BRACKETS:
            return True
    return False


def breaks_between(
    a: Line, b: Line, width: int, *, indent_base: int = 0, next_b: Line | None = None, a_first: bool = False,
    wide_narrow: bool | None = None,
) -> bool:
    """Does a paragraph end between line ``a`` and the next line ``b`` of the same stream?

    ``width`` is the typical printed width of the column (0 when unknown), ``indent_base`` the
    column's left margin in ``b``'s raw line, ``next_b`` the line after ``b`` (or None),
    ``a_first`` whether ``a`` is the first line of its paragraph (an indented first line is
    short by the indent the extractor may have dropped). ``wide_narrow``: were the half-width
    letters and digits printed full-width on this page (:func:`narrow_printed_wide`; None when
    unknown: a line's printed width is then anywhere between ``width`` and ``span``).
    """
    if b.indent - indent_base >= 2 or b.raw.lstrip(" ").startswith("\u3000"):
        return True
    if opens_bracket_last(a.text) and closes_bracket_first(b.text):
        return False  # a bracketed note cut by a line end (``（作者系…、保定`` / ``市行政审批局局长）``)
    ends = ends_sentence(a.text)
    if is_list_item(b.text) and (ends or a.text.endswith(("：", ":"))):
        return True
    if _DATELINE.match(a.text) and not is_list_item(b.text):
        return False
    if width <= 0:
        # no geometry: only punctuation speaks
        return ends_strongly(a.text)
    full_a = a.span >= width - 3 or (a_first and not ends and a.span >= width - 7)
    if a_first and ends and width - 7 <= a.span <= width - 2 and b.span >= width - 2 and not is_list_item(b.text):
        # a first line short by the indent the extractor dropped that happens to end a
        # sentence, followed by a line filling the column (no first line: it is not indented)
        return False
    if not full_a:
        if not ends and wide_narrow is False and _breaks_before_word(a, b, width):
            return False
        # a short line ends its paragraph; without a sentence end a line a little short of
        # full is ragged (unjustified) text going on
        return True
    if not ends:
        return False
    # a full line that ends a sentence: a paragraph ends here when the next line looks like a
    # first line whose indent the extractor dropped (about two characters short of full)
    if next_b is None or next_b.gap_before or ends_sentence(b.text):
        return False
    # the printed width: counted full-width where the page prints its digits so; otherwise
    # both readings must agree (a half-width reading that breaks where the full-width one
    # does not broke paragraphs of the held-out pages as often as it mended them)
    lo = b.span if wide_narrow else b.width
    return width - 7 <= lo and b.span <= width - 3


#: a run of half-width letters and digits that a line end does not cut (``174.4``, ``2022``,
#: ``LNG``)
_LEAD_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%/~\-]*")


def _breaks_before_word(a: Line, b: Line, width: int) -> bool:
    """Did line ``a`` end short only because the word that opens ``b`` (half-width letters
    or digits, which a line end does not cut) did not fit after it? Then ``a`` is a full line
    of a paragraph that goes on (``…今年1~9月自立项到取得施工许可证平均用时`` /
    ``174.4天，比2022年减少76.1天。``), not a paragraph's last line. Only where the page
    printed its letters and digits half-width: a line end may cut full-width digits
    (``…截至１９９７年１２月３`` / ``１日…``)."""
    m = _LEAD_WORD.match(b.text)
    return m is not None and width - a.span < display_width(m.group()) + 2


def narrow_printed_wide(lines: Sequence[Line], widths: Sequence[int]) -> bool | None:
    """Were the half-width letters and digits of these lines printed full-width (a width
    normalisation ran after extraction)? The lines that go on (no sentence end, the next line
    of their group right under them) and hold two or more (and no other narrow sign: quotes
    are printed either way) vote: each is as wide as its column (``widths``, 0 when unknown)
    one way or the other. None when fewer than three vote or the vote is tied.

    A full line ``…经济趋向稳`` printed with ``１９９６`` full-width measures 60 with
    ``1996`` (the column: 70); counted full-width it fills the column, so a line as short by
    the same digits is a first line short by the indent the extractor dropped.
    """
    wide = narrow = 0
    for k, ln in enumerate(lines[:-1]):
        col, nxt = widths[k], lines[k + 1]
        if ln.narrow < 2 or not col or ln.width > col + 1:
            continue  # (a wider line is no column line either way)
        if ln.features.get("furniture") or ends_sentence(ln.text) or nxt.gap_before or nxt.group != ln.group:
            continue  # (only a line that goes on is full)
        if sum(c.isascii() and c.isalnum() for c in ln.text) != ln.narrow:
            continue  # (a quote or a dash is printed full-width either way)
        d_wide, d_narrow = abs(ln.span - col), abs(ln.width - col)
        wide += d_wide < d_narrow and d_wide <= 2
        narrow += d_narrow < d_wide and d_narrow <= 2
    if wide + narrow < 3 or wide == narrow:
        return None
    return wide > narrow


#: a byline of names only: one to four names of two or three Han characters (``孙俨``,
#: ``孙贻国 胡天生``), a space between two names
_NAME_LIST = re.compile(rf"^[{HAN_BMP_CLASS}]{{2,3}}(?:[ \u3000]+[{HAN_BMP_CLASS}]{{2,3}}){{0,3}}$")


#: a word of the word list more frequent than this (log-probability, nats) is no name:
#: ``商船`` -13.0, ``白菜`` -12.75; names in the list are rarer (``王刚`` -14.25)
COMMON_WORD = -13.5


def names_only(text: str) -> bool:
    """Does ``text`` read as a byline of names only (``孙俨``, ``孙贻国 胡天生``)? One to four
    names of two or three Han characters, each led by a common surname; a single name is no
    common word (``商船``, ``文化``: ``商`` and ``文`` are surnames too).

    >>> names_only("孙贻国 胡天生"), names_only("殷荣林"), names_only("商船"), names_only("国际")
    (True, True, False, False)
    """
    from ..ocr.markers import surnames  # (lazy: the OCR family imports the layout family)

    t = text.strip()
    if not _NAME_LIST.match(t):
        return False
    known = surnames()
    names = t.split()
    if not all(name[0] in known for name in names):
        return False
    return len(names) > 1 or (_words.logp(t) or -99.0) <= COMMON_WORD


#: the text under a label that :func:`label_in_text` reads: the first this many body blocks ...
_LABEL_BODIES = 2
#: ... among this many blocks after the label
_LABEL_REACH = 5


def label_in_text(label: str, following: Iterable[tuple[str, str]]) -> bool:
    """Does a short line read as a section label (four or more characters) occur in the text
    under it? ``following``: ``(role, text)`` of the blocks after it, in order; the first two
    body blocks among the next five are read. A rubric (``城市看点``) is not printed in its
    articles; a two-part headline's first half is often a phrase of its own article
    (``数智赋能`` / ``保定打造…`` over ``…坚持创新引领、数智赋能、机制保障…``). Two-character
    labels (``国际`` ``经济``) are common words: never.

    >>> label_in_text("数智赋能", [("byline", "宋红敏"), ("body", "河北省保定市…坚持创新引领、数智 赋能、")])
    True
    >>> label_in_text("城市看点", [("body", "本报讯 记者王晓涛报道")]), label_in_text("经济", [("body", "经济发展")])
    (False, False)
    """
    key = drop_space(label)
    if len(key) < 4:
        return False
    bodies = [text for role, text in islice(following, _LABEL_REACH) if role == "body"][:_LABEL_BODIES]
    return any(key in drop_space(t) for t in bodies)
