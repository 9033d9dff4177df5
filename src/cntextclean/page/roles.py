"""Block roles on a newspaper page: what each block of a page extraction *is*.

Roles (the ``ROLE_*`` constants): headline, kicker, subtitle, byline, dateline (a body
paragraph that opens with ``新华社北京１月５日电`` / ``本报讯``: still body text), body,
author note (``（作者单位系…）``), section label (``动态``), editor's note (``编者按``, the
package header's first paragraph), caption, furniture (running headers, page numbers,
mailbox footers), continuation note (``（转第二版）``), fragment.

:func:`text_role` looks at one block's text alone; :func:`assign_roles` adds the context
(a short heading run before a headline is a section label, a name right under a headline is a
byline...).

>>> text_role("□ 本报记者 邢成敏")
'byline'
>>> text_role("（作者单位系湖州学院）")
'author_note'
>>> text_role("人民日报　1998年1月6日　星期二　第3版")
'furniture'
>>> text_role("湘潭：优化营商环境 培育“百强”民企")
'heading'
>>> text_role("新华社北京１月５日电　记者从…获悉，今年全国…。")
'body'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..charclass import drop_space, han_count
from ..layout.furniture import looks_like_section_label
from ..layout.lines import (
    CLAUSE_MARK,
    HEAD_GAP,
    close_letter_spacing,
    closes_bracket_first,
    is_cut_dateline,
    names_only,
    opens_subtitle,
    titles_then_name,
)
from ..ocr.markers import surnames
from ..outlets import BYLINE_MARKERS, OUTLET_RE
from .joinscore import word_join_score

__all__ = [
    "ROLE_AUTHOR_NOTE",
    "ROLE_BODY",
    "ROLE_BYLINE",
    "ROLE_CAPTION",
    "ROLE_CONTINUATION",
    "ROLE_EDITOR_NOTE",
    "ROLE_FRAGMENT",
    "ROLE_FURNITURE",
    "ROLE_HEADING",
    "ROLE_HEADLINE",
    "ROLE_KICKER",
    "ROLE_SECTION",
    "ROLE_SUBTITLE",
    "assign_roles",
    "closes_article",
    "ends_article",
    "ends_sentence",
    "is_dateline",
    "is_editor_note",
    "is_heading_like",
    "is_open_author_note",
    "is_whole_headline",
    "text_role",
]

ROLE_HEADLINE = "headline"
ROLE_KICKER = "kicker"
ROLE_SUBTITLE = "subtitle"
ROLE_BYLINE = "byline"
ROLE_BODY = "body"
ROLE_AUTHOR_NOTE = "author_note"
ROLE_SECTION = "section"
ROLE_EDITOR_NOTE = "editor_note"
ROLE_CAPTION = "caption"
ROLE_FURNITURE = "furniture"
ROLE_CONTINUATION = "continuation_note"
ROLE_FRAGMENT = "fragment"
#: a heading-like block whose exact role (headline, subtitle, section...) needs context
ROLE_HEADING = "heading"

_WS = r"[\s\u3000]"
_NUM = r"[0-9０-９一二三四五六七八九十百]+"

#: a running header's gap (OCR reads a wide one as a quote: ``人民日报”1998年1月9日``) and its
#: edition number (OCR reads a digit it cannot as ``?``: ``第?版``)
_HWS = r"[\s\u3000”“]"
_ED = rf"(?:{_NUM}|[?？])"
#: running headers and footers: masthead + date + page, ``第3版``, bare page numbers
_FURNITURE_RES = (
    re.compile(rf"^\S{{0,8}}报{_HWS}*\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:{_HWS}*星期.)?(?:{_HWS}*第{_ED}版)?{_WS}*$"),
    re.compile(rf"^\d{{4}}年\d{{1,2}}月\d{{1,2}}日{_HWS}*(?:星期.)?(?:{_HWS}*第{_ED}版)?{_WS}*$"),
    re.compile(rf"^第{_ED}版(?:{_WS}*\S{{1,6}})?$"),
    re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$"),
    re.compile(r"^\S{0,10}(?:投稿)?邮箱[:：]"),
    re.compile(r"^本版(?:责编|编辑|主编|投稿|美编|校对)"),
    re.compile(r"^(?:责任编辑|责编|版式设计|美术编辑)[:：\s]"),
    re.compile(r"^[-–—]\s*目[录錄]\s*$"),
    # the weekday of a running header cut into its parts (``pdftotext -layout``: the header
    # over a narrow-column page's continuation, ``星期四`` in a column of its own)
    re.compile(r"^(?:星期|礼拜)[一二三四五六日天]$"),
)
#: a masthead line alone (``人民日报``) is furniture only in the first lines of a page (and the
#: first page's reading order starts at it, :func:`~cntextclean.page.split._masthead_first`)
MASTHEAD_RE = re.compile(r"^\S{1,6}(?:日报|晚报|时报|报)$")

_CAPTION_RES = (
    re.compile(r"[（(][^（）()]{0,40}(?:摄|供图|制图|绘|图片由[^）)]*提供|资料图片|图)[）)]\s*$"),
    re.compile(r"^图为[:：]?"),
    # ``图为…`` opening a later sentence, and no credit anywhere: a caption whose credit the
    # OCR engine lost (``…欢度新年之急。图为县人大领导在…``); a body paragraph never says so.
    # (With a credit inside, text after the credit is another block's: not all caption.)
    re.compile(r"^(?!.*摄\s*[）)]).*[。！？]\s*图为", re.S),
    re.compile(rf"^(?:{OUTLET_RE})(?:记者|通讯员)\S{{1,12}}摄\s*$"),
    # a credit whose closing or opening parenthesis the OCR engine lost, after a sentence
    # end: ``…迎接新年。（新华社记者陈天湖摄``, ``…增添了几分暖意。 新华社记者刘宇摄)``
    re.compile(rf"[。！？]{_WS}*[（(](?:{OUTLET_RE})?(?:记者|通讯员)[^（）()。，\s]{{1,12}}摄{_WS}*$"),
    re.compile(rf"[。！？]{_WS}*(?:{OUTLET_RE})?(?:记者|通讯员)[^（）()。，\s]{{1,12}}摄[）)]{_WS}*$"),
)
_CONTINUATION_RE = re.compile(rf"^[（(]?(?:转|接|下转|上接)(?:第?{_NUM}版|{_NUM}版)[）)]?$")
#: a continuation note at the end of a body block, e.g. ``…工作。（转第二版）``
CONTINUATION_TAIL_RE = re.compile(rf"[（(](?:转|接|下转|上接)第?{_NUM}版[）)]\s*$")

#: the words that open an author note about its writer (``（作者单位系…``, ``（本文作者…``)
_AUTHOR_IS = r"作者(?:单位)?(?:系|为|是|单位)|本文作者"
#: an author or source note in its brackets (``（作者单位系湖州学院）``, ``（载《经济日报》）``)
_NOTE = rf"[（(](?:{_AUTHOR_IS}|载《|原载|来源[:：]|摘自|据《)[^（）()]{{0,80}}[）)]"
_AUTHOR_NOTE_RE = re.compile(rf"^{_NOTE}$")
#: ... printed at the end of the article's last paragraph, after its last sentence
_TRAILING_NOTE_RE = re.compile(rf"[。！？…”」]{_NOTE}$")
#: ... whose closing bracket an OCR engine lost, alone on its lines
_OPEN_AUTHOR_NOTE_RE = re.compile(rf"^[（(](?:{_AUTHOR_IS})[^（）()]{{1,40}}$")
_EDITOR_NOTE_RE = re.compile(rf"^(?:编者按|编者的话|编后|编者){_WS}*[:：]?")

#: dateline lead-ins: ``新华社北京１月５日电`` ``据新华社…电`` ``本报讯`` ``本报北京１月５日讯``
_DATELINE_RE = re.compile(
    rf"^(?:据|【)?(?:{OUTLET_RE})"
    rf"(?:讯|[^\s，。]{{0,16}}?(?:电|讯)|{_WS}*记者[^\s，。]{{1,12}}报道)"
)

#: how far a dateline reaches into its paragraph (``据新华社华盛顿１月５日电（记者翟景升）``
#: and some letter-spacing)
_DATELINE_LOOK = 64

_MARKERS = BYLINE_MARKERS
_BYLINE_MARKER_RE = re.compile(rf"^[{_MARKERS}]")
#: a byline's role words: ``本报记者`` ``本报驻加拿大记者`` ``新华社记者`` ``本报评论员`` ``特约记者``
_BYLINE_ROLE_RE = re.compile(
    rf"^(?:{OUTLET_RE}|特约|实习)?(?:驻\S{{1,8}})?"
    r"(?:记者|评论员|通讯员|特约评论员|撰稿人|观察员|特派记者)"
)
_BARE_ROLE_RE = re.compile(r"记者|评论员|通讯员|特约评论员|撰稿人|观察员|特派记者")
_ROLE_END_RE = re.compile(r"(?:记者|评论员|通讯员|撰稿人|观察员|书记|主任|局长|市长|县长|区长)$")
#: ``杭州市西湖区委书记 高国飞``: an office title, a gap, a 2-4 character name
_TITLE_NAME_RE = re.compile(
    rf"^\S{{2,30}}(?:书记|主任|局长|市长|县长|区长|省长|主席|部长|厅长|院长|校长|理事长|"
    rf"董事长|总经理|委员|常委|秘书长|总监|教授|研究员|主编|社长|会长|镇长|乡长|处长){_WS}+"
    rf"[\u4e00-\u9fff](?:{_WS}?[\u4e00-\u9fff]){{1,3}}$"
)
#: one to three personal names (2-4 Han each, possibly padded ``徐 军``) and nothing else
_NAMES_RE = re.compile(
    rf"^[\u4e00-\u9fff]{{1,3}}(?:{_WS}{{1,3}}[\u4e00-\u9fff]{{1,3}}){{0,4}}$"
)

#: word evidence that a heading-like line as wide as its column reads on into the next block
#: (it is then a paragraph's first line: ``“月球勘探者”的使命预计将持续一`` / ``年，然后…``, 3.0)
_WORD_ON_FULL = 3.0
#: word evidence (:func:`~cntextclean.page.joinscore.word_join_score`) that a short heading
#: reads on into the heading under it (a label never does: 0 for ``动态`` / ``国际`` over a headline)
_WORD_INTO_HEADLINE = 2.0
#: the fewest characters of a short heading line that a heading line of its length over or
#: under it makes a wrapped headline's line rather than a section label
_WRAPPED_LABEL_MIN = 5
#: the longest line taken for the headline above a byline (see :func:`assign_roles`)
_HEAD_ABOVE_BYLINE = 30
_CLAUSE_RE = re.compile(r"[，。；：！？,;!?]")

_SENT_END = "。！？!?…；;"
_CLOSERS = "”’」』）)】》〕\"'"
_MID_PUNCT_RE = re.compile(r"[，。；,;]")


def ends_sentence(text: str) -> bool:
    """Does ``text`` end a sentence (``。！？…；`` possibly followed by closing quotes/brackets)?

    >>> ends_sentence("他说：“好。”")
    True
    >>> ends_sentence("为每一家")
    False
    >>> ends_sentence("实施重点扶持。（邢燕翔）")
    True
    """
    t = text.rstrip()
    # the pattern is anchored at the end and at most 32 characters long: look only there
    m = _TRAILING_PAREN_RE.search(t, max(0, len(t) - 32))
    if m and m.start() == 0 and closes_article(t):
        return True
    if m and m.start() > 0:
        t = t[: m.start()].rstrip()
    t = t.rstrip(_CLOSERS)  # (one pass: slicing a character off at a time is quadratic)
    return bool(t) and t[-1] in _SENT_END


#: a closing attribution: ``（邢燕翔）`` ``（本报东京１月６日电）`` ``（新华社记者…）``
_TRAILING_PAREN_RE = re.compile(r"[（(][^（）()]{1,30}[）)]$")
_SIGNOFF_RE = re.compile(
    r"(?:^|[。！？…”」])[（(](?:[\u4e00-\u9fff·]{2,4}(?:[、，\s][\u4e00-\u9fff·]{2,4}){0,3}|"
    rf"(?:{OUTLET_RE}|据)[^（）()]{{0,20}}(?:电|报道|讯)|[^（）()]{{0,12}}供稿)[）)]$"
)


def closes_article(text: str) -> bool:
    """Does a paragraph end its article (a sign-off such as ``（邢燕翔）`` or ``（本报东京１月６日电）``)?

    >>> closes_article("实施重点扶持。（邢燕翔）")
    True
    >>> closes_article("成立了地方政府（社区）")
    False
    >>> closes_article("（本报约翰内斯堡１月６日电）")
    True

    An author note printed on the paragraph's last line (PyMuPDF joins the lines of a block)
    ends the article as one on a line of its own does:

    >>> closes_article("因此科学系统的机制建设非常重要。（作者单位系长兴县委党校）")
    True
    """
    t = text.rstrip()
    return bool(_SIGNOFF_RE.search(t) or _TRAILING_NOTE_RE.search(t))


def is_open_author_note(text: str) -> bool:
    """An author note about its writer whose closing bracket was lost (OCR: ``（作者单位系湖州学院``).

    >>> is_open_author_note("（作者单位系湖州学院"), is_open_author_note("（作者单位系湖州学院）")
    (True, False)
    """
    return bool(_OPEN_AUTHOR_NOTE_RE.match(drop_space(text)))


def ends_article(text: str) -> bool:
    """Does a block end its article: a sign-off (:func:`closes_article`) or an author note
    (``（作者单位系湖州学院）``, ``（载《经济日报》）``)?

    >>> ends_article("（作者单位系湖州学院）"), ends_article("（本报东京１月６日电）"), ends_article("他说。")
    (True, True, False)
    """
    return closes_article(text) or bool(_AUTHOR_NOTE_RE.match(text.strip()))


def is_dateline(text: str) -> bool:
    """Does a body paragraph open with a news dateline (``新华社北京１月５日电``, ``本报讯``)?

    >>> is_dateline("本报讯 记者王晓涛报道 近日，在四川省达州市…")
    True
    >>> is_dateline("据新华社华盛顿１月５日电（记者翟景升）过去一年里…")
    True
    >>> is_dateline("本报记者近日走访了…")
    False

    A narrow column's justified first line may be letter-spaced (``本 报 北京１月１５日讯``,
    pdfminer ``新 华 社北 京 1 月 15 日 电``): a space between two Han characters or digits is
    looked past.

    >>> is_dateline("新 华 社北京１月１５日电国务院副总理…")
    True
    """
    return bool(_DATELINE_RE.match(close_letter_spacing(text.lstrip()[:_DATELINE_LOOK], digits=True)))


def is_furniture(text: str) -> bool:
    t = text.strip()
    return any(r.search(t) for r in _FURNITURE_RES)


def is_caption(text: str) -> bool:
    t = text.strip()
    if len(t) > 120:
        return False
    return any(r.search(t) for r in _CAPTION_RES)


def is_byline(text: str) -> bool:
    """A byline line: a marker (``□``), role words (``本报记者``), or ``title name``.

    >>> is_byline("绍兴滨海新区管委会主任、绍兴市越城区委书记 徐 军")
    True
    >>> is_byline("□ 周 博 王许兵 冯勤哲")
    True
    >>> is_byline("本报记者近日走访了一家企业。")
    False
    """
    t = text.strip()
    if not t or len(t) > 60 or _MID_PUNCT_RE.search(t) or ends_sentence(t):
        return False
    if _BYLINE_MARKER_RE.match(t):
        rest = t[1:].strip()
        return bool(rest) and len(rest) <= 40 and han_count(rest) >= 2
    m = _BYLINE_ROLE_RE.match(t)
    if m and len(t) <= 40:
        if is_dateline(t):
            return False
        rest = t[m.end():].strip()
        # a bare role word (no outlet, no posting) opens many body lines (``记者的住地…``): a
        # byline's role word is followed by names only (or by nothing: names on the next line)
        bare = _BARE_ROLE_RE.fullmatch(m.group(0)) is not None
        return not bare or not rest or bool(_NAMES_RE.match(rest))
    return bool(_TITLE_NAME_RE.match(t))


#: the word evidence (nats, :func:`~cntextclean.page.joinscore.word_join_score`) across a
#: headline's line end that makes a name-like line under it the headline's wrapped tail
_WRAPPED_WORD = 4.0


def is_name_line(text: str) -> bool:
    """One to five short Han names alone on a line (a byline when it sits under a headline)."""
    t = text.strip()
    return len(t) <= 24 and bool(_NAMES_RE.match(t)) and 2 <= han_count(t) <= 16


def is_editor_note(text: str) -> bool:
    """Does ``text`` open with an editor's note's label (``编者按：``, ``编者的话``, ``编后``)?

    >>> is_editor_note("编者按：营商环境是区域经济发展的晴雨表"), is_editor_note("编辑部")
    (True, False)
    """
    return _EDITOR_NOTE_RE.match(text.strip()) is not None


#: how much better (nats) the seam between a heading line's neighbours reads than either seam
#: through the line, for the line to be a headline read inside their paragraph
_INSIDE_MARGIN = 1.0


def _read_inside(texts: Sequence[str], i: int) -> bool:
    """Is block ``i``, one line without clause marks between a body block that ends no sentence
    and the next, a headline read inside their paragraph: the paragraph reads on from the one
    into the other clearly better than through it (``…文化艺术节的２`` / ``本报珍藏版在意首发`` /
    ``０００多名华侨…``: a number goes on across it)?"""
    from .continuation import pdf_seam  # (lazy: continuation imports this module)

    if i == 0 or "\n" in texts[i].strip() or CLAUSE_MARK.search(texts[i]):
        return False
    before, line, after = texts[i - 1].strip(), texts[i].strip(), texts[i + 1].strip()
    if not before or ends_sentence(before):
        return False
    direct = pdf_seam(before, after)
    return direct - max(pdf_seam(before, line), pdf_seam(line, after)) >= _INSIDE_MARGIN


def is_whole_headline(text: str) -> bool:
    """Long enough to be a headline of its own (seven or more Han characters), not the short
    tail of a wrapped one.

    >>> is_whole_headline("云南全面完成党报党刊发行任务"), is_whole_headline("失人头")
    (True, False)
    """
    return han_count(text) >= 7


def is_heading_like(text: str) -> bool:
    """A headline-like block: short, no comma or full stop inside, no sentence end."""
    t = text.strip()
    if not t or len(t) > 40:
        return False
    if _MID_PUNCT_RE.search(t) or ends_sentence(t):
        return False
    if t.endswith(("：", ":", "、")) or is_dateline(t) or is_cut_dateline(t):
        return False
    if t[0] in "（(" and t[-1] in "）)":
        return False
    if t[-1] in "“‘「『（《(—" or t.count("“") > t.count("”") or t.count("《") != t.count("》"):
        return False
    return han_count(t) >= 2


def text_role(text: str) -> str:
    """The role of a block judged from its text alone (``heading`` when context must decide)."""
    t = text.strip()
    if not t:
        return ROLE_FURNITURE
    if is_furniture(t):
        return ROLE_FURNITURE
    if _CONTINUATION_RE.match(t):
        return ROLE_CONTINUATION
    if is_caption(t) and not is_dateline(t):
        return ROLE_CAPTION
    if _AUTHOR_NOTE_RE.match(t):
        return ROLE_AUTHOR_NOTE
    if _EDITOR_NOTE_RE.match(t):
        return ROLE_EDITOR_NOTE  # the label alone (``编者按``) or with its text
    if opens_subtitle(t) and is_heading_like(t.lstrip("—－-─")):
        return ROLE_SUBTITLE
    if is_byline(t):
        return ROLE_BYLINE
    if is_heading_like(t):
        return ROLE_HEADING
    return ROLE_BODY


def assign_roles(
    texts: Sequence[str],
    *,
    hints: Sequence[str | None] | None = None,
    starts: Sequence[bool] | None = None,
    full_line: Sequence[bool] | None = None,
    mid_paragraph: Sequence[bool] | None = None,
    column_line: Sequence[bool] | None = None,
    short_labels: bool = True,
    inside: Sequence[bool] | None = None,
) -> list[str]:
    """Roles of a page's blocks in extraction order, using their neighbours.

    ``hints`` are roles the layout step already knows (``"furniture"``), or None; ``starts``
    says whether each block starts a paragraph (layout evidence); ``full_line`` whether a
    block is one printed line as wide as its column; ``mid_paragraph`` whether the layout
    step found evidence that a body block does *not* start a paragraph (its first printed
    line fills its column: a line in the body font, never a headline); ``column_line``
    narrows ``full_line`` to lines no wider than their column (default: ``full_line``);
    ``short_labels``: a two-character heading among body text is a section label (not for
    OCR text, whose page segmentation cuts headlines into such pieces); ``inside``: whether the
    layout step found a heading printed inside another article's paragraph (a short line
    without punctuation between two lines of it: never that paragraph's line).

    * a heading followed (next block) by another heading, and short (<= 6 characters) or
      repeated on the page, is a section label;
    * a name-only line right after a headline is a byline;
    * a masthead (``人民日报``) among the first blocks is furniture;
    * a heading-like block that runs on into the next block (which starts mid-sentence, or
      the two read as one text across the seam) is the first line of a body paragraph.

    >>> assign_roles(["动态", "宣汉指数发布", "本报讯 记者王晓涛报道 近日，…。"])
    ['section', 'heading', 'body']
    >>> assign_roles(["创新构建城乡互动的治理共同体", "殷荣林", "基层是社会的细胞。"])
    ['heading', 'byline', 'body']
    """
    roles = [text_role(t) for t in texts]
    if hints:
        for i, h in enumerate(hints):
            if h == ROLE_FURNITURE:
                roles[i] = ROLE_FURNITURE
            elif h == ROLE_SUBTITLE and roles[i] == ROLE_HEADING:
                roles[i] = ROLE_SUBTITLE
            elif h == ROLE_BYLINE and roles[i] == ROLE_HEADING and " " in texts[i].strip() and is_name_line(texts[i]):
                # names the layout read as a byline (under a headline, over its body), two or
                # more with a space between (one name alone may be a headline's piece)
                roles[i] = ROLE_BYLINE
            elif (h == ROLE_HEADLINE and roles[i] == ROLE_BODY and i + 1 < len(texts) and is_dateline(texts[i + 1])
                  and "\n" not in texts[i].strip() and not ends_sentence(texts[i].strip())):
                # a line the layout sets across columns, over a dateline, is its headline
                # whatever punctuation it holds (``…已证实一人死亡，三十多人受伤``)
                roles[i] = ROLE_HEADING
    n = len(texts)
    if hints and mid_paragraph:
        # a printed line as wide as its column in the body font, inside a paragraph, is no
        # headline whatever its punctuation (``中共中央政治局委员、书记处书``): a headline is
        # set larger (fewer characters per line) or across columns (then the layout says so)
        # Only inside a run of such lines (the next block goes on mid-paragraph too, and is
        # no dateline), and without the gap of a two-part headline: a headline in the body's
        # size that happens to fill its column stands alone or over its dateline. Not a line
        # the paragraph reads past (:func:`_read_inside`): a headline read inside it.
        for i in range(n - 1):
            if (roles[i] == ROLE_HEADING and hints[i] == ROLE_BODY and mid_paragraph[i]
                    and mid_paragraph[i + 1] and not is_dateline(texts[i + 1])
                    and " " not in texts[i].strip() and "\u3000" not in texts[i]
                    and not (i > 0 and roles[i - 1] == ROLE_BODY and roles[i + 1] == ROLE_BODY
                             and _read_inside(texts, i))):
                roles[i] = ROLE_BODY
    stripped = [t.strip() for t in texts]
    # a short line without a sentence end right above a byline is its headline, whatever it
    # holds (OCR misreads a headline's quotes and brackets as digits and letters: ``请“门神4``)
    for i in range(n - 1):
        if roles[i] != ROLE_BODY or "\n" in stripped[i] or len(stripped[i]) > _HEAD_ABOVE_BYLINE:
            continue
        if ends_sentence(stripped[i]) or _CLAUSE_RE.search(stripped[i]) or is_dateline(stripped[i]):
            continue
        j = i + 1
        while j < n and roles[j] in (ROLE_FURNITURE, ROLE_CAPTION):
            j += 1
        if j < n and roles[j] == ROLE_BYLINE:
            roles[i] = ROLE_HEADING
    head_tails: set[int] = set()
    if not short_labels:
        # OCR text: a short line ending no sentence right above a short heading piece that
        # stands right above a dateline is that headline's first part, though the engine
        # read a comma into it (``丹麦可恶贼三伸恶，手美人鱼又`` / ``失人头`` / ``据新华社…电``);
        # a piece that may be a name (a surname first) may be its byline instead: left alone
        names = surnames()
        for i in range(n - 2):
            t = stripped[i]
            if (roles[i] == ROLE_BODY and "\n" not in t and 4 <= len(t) <= _HEAD_ABOVE_BYLINE
                    and not ends_sentence(t) and len(_CLAUSE_RE.findall(t)) <= 1 and not is_dateline(t)
                    and roles[i + 1] == ROLE_HEADING and len(stripped[i + 1]) <= 6
                    and stripped[i + 1][:1] not in names
                    and roles[i + 2] == ROLE_BODY and is_dateline(stripped[i + 2])):
                roles[i] = ROLE_HEADING
                head_tails.add(i + 1)
    counts: dict[str, int] = {}
    for t, r in zip(stripped, roles, strict=True):
        if r == ROLE_HEADING:
            counts[t] = counts.get(t, 0) + 1

    def next_content(i: int) -> int:
        j = i + 1
        while j < n and roles[j] in (ROLE_FURNITURE, ROLE_CAPTION, ROLE_CONTINUATION):
            j += 1
        return j

    def prev_index(i: int) -> int:
        """The block read last before block ``i`` past furniture, captions and continuation
        notes (-1 where none)."""
        k = i - 1
        while k >= 0 and roles[k] in (ROLE_FURNITURE, ROLE_CAPTION, ROLE_CONTINUATION):
            k -= 1
        return k

    def prev_content(i: int) -> str | None:
        k = prev_index(i)
        return roles[k] if k >= 0 else None

    def same_over(i: int) -> bool:
        """Is block ``i`` under a heading line of its very length (a wrapped headline's lines)?"""
        k = prev_index(i)
        return k >= 0 and roles[k] == ROLE_HEADING and len(stripped[k]) == len(stripped[i])

    def reads_on_from_heading(i: int) -> bool:
        """Does block ``i`` finish a word that the heading line above it cut (``特称这是最`` /
        ``后机会``: the last line of a headline wrapped in a narrow column, no section label)?"""
        k = prev_index(i)
        return (k >= 0 and roles[k] == ROLE_HEADING
                and word_join_score(stripped[k], stripped[i]) >= _WORD_INTO_HEADLINE)

    def after_note(i: int) -> bool:
        """Does block ``i`` follow a package's editor's note (its paragraphs, nothing else)?"""
        k = i - 1
        while k >= 0 and roles[k] in (ROLE_FURNITURE, ROLE_CAPTION, ROLE_CONTINUATION, ROLE_BODY):
            k -= 1
        return k >= 0 and roles[k] == ROLE_EDITOR_NOTE and len(stripped[k]) > 6

    for i in range(n):
        r = roles[i]
        t = stripped[i]
        if r == ROLE_HEADING and i < 3 and MASTHEAD_RE.match(t) and len(t) <= 6:
            roles[i] = ROLE_FURNITURE
            continue
        if r == ROLE_HEADING:
            j = next_content(i)
            nxt = roles[j] if j < n else None
            short = len(t) <= 6
            if (short and nxt == ROLE_HEADING and short_labels and names_only(t)
                    # (not a headline's first line whose word the heading under it finishes:
                    # ``乔石会`` / ``见爱沙尼亚议长``)
                    and word_join_score(t, stripped[j]) < _WORD_INTO_HEADLINE):
                # a name alone over a headline is its byline, read before it (pdfminer:
                # ``殷荣林`` / ``创新构建城乡互动的治理共同体``), not a section label
                roles[i] = ROLE_BYLINE
            elif (short or counts.get(t, 0) > 1) and nxt in (ROLE_HEADING, ROLE_SUBTITLE) and (
                    # not OCR: a label is Han characters alone (``环境“护航”`` is a headline's
                    # tail; the rest of a bracketed text cut off, ``日电）``, is none either: set
                    # aside), never a second one under a label, and a package's items have none
                    # (a short line over the first item's headline is its first part,
                    # ``数智赋能`` / ``保定打造…``)
                    (looks_like_section_label(t) or closes_bracket_first(t))
                    and prev_content(i) != ROLE_SECTION and not after_note(i)
                    # (five characters or more over a heading line of its very length, or a
                    # shorter one: a headline wrapped in a narrow column, ``埃及挪威对`` /
                    # ``中东和平前`` / ``景悲观``, ``街头沙箱防`` / ``路滑``)
                    and not (len(t) >= _WRAPPED_LABEL_MIN and (len(stripped[j]) <= len(t) or same_over(i)))
                    if short_labels
                    else counts.get(t, 0) > 1 or prev_content(i) not in (ROLE_HEADING, ROLE_SUBTITLE)
            ) and word_join_score(t, stripped[j]) < _WORD_INTO_HEADLINE and not reads_on_from_heading(i):
                # (a word read on into the heading under it, ``温家宝会见西`` / ``班牙客人``: the
                # first line of a wrapped headline, not a label)
                # (OCR text: a short piece between two heading pieces is the middle of a
                # headline that the page segmentation cut into three, ``阿拉伯内政部长理事会`` /
                # ``声明呼吁`` / ``加强打击恐怖犯罪``, not a section label)
                roles[i] = ROLE_SECTION
            elif counts.get(t, 0) > 1 and short:
                roles[i] = ROLE_SECTION
            elif (short_labels and len(t) <= 2 and han_count(t) == len(t)
                  and prev_content(i) not in (ROLE_HEADING, ROLE_SUBTITLE)):
                # a two-character heading among body text (``国际``, ``文化``) is the page's
                # section label, not a headline (under a heading it is a wrapped headline's tail)
                roles[i] = ROLE_SECTION
    # a "subtitle" (``——…``) that follows no heading is a list item of the body
    for i in range(n):
        if roles[i] == ROLE_SUBTITLE:
            k = i - 1
            while k >= 0 and roles[k] in (ROLE_FURNITURE, ROLE_CAPTION):
                k -= 1
            if k < 0 or roles[k] not in (ROLE_HEADING, ROLE_SUBTITLE, ROLE_SECTION):
                roles[i] = ROLE_BODY
    # the text right after an editor's-note label is the note, whatever it looks like
    for i in range(n - 1):
        if roles[i] == ROLE_EDITOR_NOTE and len(stripped[i]) <= 6 and roles[i + 1] in (ROLE_HEADING, ROLE_SECTION):
            roles[i + 1] = ROLE_BODY
    # a "heading" that is really the first line of a paragraph cut off by the extraction
    from ..plausibility import join_score

    for i in range(n - 1):
        if roles[i] != ROLE_HEADING or (inside is not None and inside[i]):
            continue  # (a short line between a paragraph's full lines reads on into none)
        j = i + 1
        if roles[j] != ROLE_BODY:
            continue
        if is_dateline(stripped[j]):
            continue
        full = full_line is not None and full_line[i]
        after_byline = i > 0 and roles[i - 1] == ROLE_BYLINE
        js = join_score(stripped[i], stripped[j])
        runs_on = starts is not None and not starts[j] and js >= 2.5
        # (a full line whose last word reads on into the next: ``…的使命预计将持续一`` / ``年，…``)
        word_on = full and word_join_score(stripped[i], stripped[j]) >= _WORD_ON_FULL
        if runs_on or (full and js >= 2.5) or word_on or (after_byline and js >= 1.0):
            roles[i] = ROLE_BODY
    # a full printed line among full printed body lines (columns read line by line) is body
    if full_line is not None:
        for i in range(1, n - 1):
            if (roles[i] == ROLE_HEADING and full_line[i] and full_line[i - 1] and full_line[i + 1]
                    and roles[i - 1] == ROLE_BODY and roles[i + 1] == ROLE_BODY
                    and not is_dateline(stripped[i + 1]) and not HEAD_GAP.search(stripped[i])):
                # (not over a dateline, nor with the gap of a two-part headline: a headline)
                roles[i] = ROLE_BODY
        # columns read line by line (row by row across the columns): the neighbours of a body
        # line are the lines of the other columns, full printed lines too, though not always
        # next to it (a column's short last line, a stray heading in between). A full line with
        # full single lines on both sides within a row's reach is body; a headline stands
        # between multi-line paragraphs or over its own article's lines, not inside such a run.
        reach = 4
        col = column_line if column_line is not None else full_line
        for i in range(1, n - 1):
            if full_line is None or roles[i] != ROLE_HEADING or not col[i] or HEAD_GAP.search(stripped[i]):
                continue
            if is_dateline(stripped[i + 1]):
                continue
            before = sum(1 for k in range(max(0, i - reach), i) if full_line[k] and roles[k] != ROLE_FURNITURE)
            after = sum(1 for k in range(i + 1, min(n, i + 1 + reach)) if full_line[k] and roles[k] != ROLE_FURNITURE)
            if before >= 2 and after >= 2:
                roles[i] = ROLE_BODY
    # one name alone between body blocks (pdfminer reads a byline's box after the first
    # paragraphs of its article, ``殷荣林``) is the byline of the article above it, where that
    # article's headline has none: a name is no headline, nor a section label (``孙俨``; a
    # label, ``国际`` ``文化`` ``金融``, is no name of a common surname)
    for i in range(1, n - 1):
        if (roles[i] in (ROLE_HEADING, ROLE_SECTION) and short_labels and 2 <= len(stripped[i]) <= 3
                and names_only(stripped[i])
                and roles[i - 1] == ROLE_BODY and roles[i + 1] == ROLE_BODY):
            k = i - 1
            while k >= 0 and roles[k] not in (ROLE_HEADING, ROLE_BYLINE, ROLE_SUBTITLE):
                k -= 1
            if k >= 0 and roles[k] == ROLE_HEADING:
                roles[i] = ROLE_BYLINE
    # a name-only line right after a headline (or after its subtitle) is a byline
    for i in range(1, n):
        if roles[i] in (ROLE_HEADING, ROLE_BODY) and is_name_line(stripped[i]) and i not in head_tails:
            k = i - 1
            while k >= 0 and roles[k] in (ROLE_FURNITURE, ROLE_CAPTION):
                k -= 1
            followed_by_byline = i + 1 < n and roles[i + 1] == ROLE_BYLINE
            # (under a page's running header, ``国际`` is the next page's section label)
            # (not under the first page's own header, split around the page's first headline:
            # ``数智赋能 保定…`` / ``第9版`` / ``宋红敏`` is that headline's byline)
            page_top = (ROLE_FURNITURE in roles[k + 1 : i] and len(stripped[i]) <= 4
                        and any(r != ROLE_FURNITURE for r in roles[:k]))
            if (page_top and k >= 0 and roles[k] in (ROLE_HEADING, ROLE_SUBTITLE)
                    and looks_like_section_label(stripped[i]) and not names_only(stripped[i])):
                # (a name is no label: it stays the byline of the headline read before the
                # header, ``创新构建城乡互动的治理共同体`` / header / ``殷荣林``; fresh other text
                # PyMuPDF cer / byline 0.0030 / 0.982 -> 0.0024 / 0.986, -layout byline 0.945 ->
                # 0.950, plain pdftotext pair 0.741 -> 0.748; other-text pdfminer dev_008-t0
                # +89 edits, a subheading read apart there as the byline changed its article)
                roles[i] = ROLE_SECTION
                continue
            if (k >= 0 and roles[k] in (ROLE_HEADING, ROLE_SUBTITLE) and len(stripped[i]) < len(stripped[k])
                    and not followed_by_byline
                    # (not the headline's wrapped tail: a word across the line end, ``…做客中`` /
                    # ``国使馆``, reads the two lines as one)
                    and word_join_score(stripped[k], stripped[i]) < _WRAPPED_WORD
                    and names_only(stripped[i])):
                roles[i] = ROLE_BYLINE
        # the names of a byline whose role words the extraction put on a line of their own
        if roles[i] in (ROLE_HEADING, ROLE_BODY, ROLE_SECTION, ROLE_BYLINE) and is_name_line(stripped[i]):
            if roles[i - 1] == ROLE_BYLINE and _ROLE_END_RE.search(stripped[i - 1]):
                roles[i] = ROLE_BYLINE
            elif (roles[i - 1] in (ROLE_HEADING, ROLE_BODY) and "\n" not in stripped[i - 1]
                    and not is_byline(stripped[i - 1]) and titles_then_name(stripped[i - 1], stripped[i])):
                # offices alone on a line (a narrow column wrapped the byline before its name,
                # ``宁波市委常委、北仑区委书记`` / ``潘银浩``) under a headline: the byline's lines
                k = i - 2
                while k >= 0 and roles[k] in (ROLE_FURNITURE, ROLE_CAPTION):
                    k -= 1
                if k >= 0 and roles[k] in (ROLE_HEADING, ROLE_SUBTITLE):
                    roles[i - 1] = roles[i] = ROLE_BYLINE
    return roles
