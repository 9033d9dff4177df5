"""Continuation links: which block continues a paragraph that another block leaves unfinished.

Column and page breaks cut paragraphs; extraction can put the rest several blocks later (or
earlier). A block that ends mid-sentence (no sentence-final mark, or a full last line) is a
*left* end; a block that starts mid-sentence (not indented, starting with a character that
cannot open a paragraph) is a *right* end. :func:`link_score` weighs the evidence for one pair
(punctuation, the shared character model's :func:`~cntextclean.plausibility.join_score` over the
seam, quote and bracket balance, line width, distance in extraction order), and
:func:`find_links` picks the links globally with :func:`~cntextclean.page.assign.best_pairs`:
every left end continues in at most one right end and vice versa, and a pair is only taken when
its evidence is positive (above the pieces' ``link_floor``). On a PDF page the seam's word
evidence (:func:`pdf_word_evidence`) and the kinds of character that meet there
(:func:`typographic_seam`: a number cut at a line end) weigh in too. OCR text, which the engine
reads column by column, takes an order-preserving matching instead (:func:`monotone_pairs`), with
its own word evidence. What finds no partner stays truncated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..charclass import HAN_BMP_CLASS
from ..layout.lines import (
    DIGITS,
    NO_LINE_START,
    NUMBER_UNITS,
    han_4grams,
    han_ngrams,
    is_list_item,
    is_salutation,
)
from ..plausibility import join_score
from .assign import best_pairs
from .joinscore import head, segment_logp, tail, word_join_score
from .roles import closes_article, ends_sentence, is_dateline, is_editor_note

__all__ = [
    "Link", "enumeration_seam", "find_links", "han_3grams", "link_ends", "link_score", "monotone_pairs", "pdf_seam",
    "pdf_word_evidence", "reporting_seam", "seam_recurs", "typographic_seam", "widths_differ",
]

_OPEN_Q = "“‘「『（《(["
#: discourse openers that begin a paragraph: ``据统计，`` ``近年来，`` ``此外，`` ``2023年以来，``
_OPENER_RE = re.compile(
    r"^(?:据[\u4e00-\u9fff]{1,4}|近[\u4e00-\u9fff]{1,3}来|此外|同时|目前|其次|另外|首先|最后|"
    r"[0-9０-９]{2,4}年(?:以来|[0-9０-９]{1,2}月)?|[\u4e00-\u9fff]{1,3}以来)[，,]"
)
_CLOSE_Q = "”’」』）》)]"


@dataclass(frozen=True)
class Link:
    """Block ``left`` continues in block ``right`` (indices into the body blocks given)."""

    left: int
    right: int
    score: float


@dataclass(frozen=True)
class Piece:
    """What the continuation scorer needs to know about a body block."""

    text: str
    pos: int  # position in extraction order (among body blocks)
    #: position in extraction order among all blocks, and how many headlines/bylines precede it
    index: int = 0
    heads_before: int = 0
    #: the block follows a headline or byline directly (an article's first paragraph)
    after_head: bool = False
    #: ... a byline (between a headline and its first paragraph: never a continuation)
    after_byline: bool = False
    #: a heading-like block that may be a paragraph's first line: it can only be continued
    left_only: bool = False
    #: the first body text of the page, above every article: often the rest of a paragraph
    #: that a column or page break cut
    page_top: bool = False
    #: the extractor keeps a column's lines together and prints them as set (PyMuPDF): a short
    #: last line truly ends the text
    exact_widths: bool = False
    #: the first body block of a later page, starting mid-sentence: the rest of a paragraph
    #: that the page break cut, whose page printed other articles' headlines after it
    new_page: bool = False
    #: the block follows the end of an article (author note, sign-off): it opens the next one
    after_close: bool = False
    #: how many article ends (author notes, sign-offs) precede the block
    closes_before: int = 0
    #: printed lines in the block (a run of one-line blocks may interleave columns)
    n_lines: int = 0
    #: the distance (in body blocks) at which this block's continuation is expected: 2 when
    #: the extraction interleaves two columns line by line (see :func:`interleave_strides`)
    stride: int = 1
    starts_paragraph: bool = True
    ends_paragraph: bool = True
    line_width: int = 0
    #: True when the layout step had real evidence for starts_paragraph (indent, width)
    start_known: bool = False
    #: the evidence a link into or out of this block must exceed (0: any positive evidence).
    #: OCR text sets it higher: its seams are read with misread characters, and its page
    #: segmentation merges and cuts blocks, so weak evidence links unrelated text
    link_floor: float = 0.0
    #: the text is OCR output (a headline between two of its pieces says less, see
    #: :data:`HEAD_BETWEEN_OCR`)
    ocr: bool = False
    #: the block is several printed lines, the first well short of its column: a wrapped
    #: headline (a paragraph's lines fill their column but the last), never a paragraph's start
    #: (so is a headline line printed inside another article's paragraph)
    wrapped_short: bool = False
    #: the block's lines were threaded back into their column on firm evidence (two rows or
    #: more holding every column, :class:`~cntextclean.layout.rows.Threaded`): no interleave
    threaded: bool = False
    #: the extractor printed each column's lines together, in reading order (PyMuPDF,
    #: ``pdftotext -layout`` once its columns are cut apart): it never interleaves columns
    in_columns: bool = False
    #: more evidence for a link to the block read right after this one than :func:`link_score`'s
    #: own (whatever the ``stride``), where the extraction flows (see
    #: ``page.split.FLOWING_ORDER_EVIDENCE``)
    order_evidence: float = 0.0


@lru_cache(maxsize=4096)
def _open_quote_balance(text: str) -> int:
    """Unclosed opening quotes/brackets at the end of ``text`` (ASCII ``"`` by parity)."""
    depth = 0
    for ch in text:
        if ch in _OPEN_Q:
            depth += 1
        elif ch in _CLOSE_Q and depth > 0:
            depth -= 1
    if text.count('"') % 2 == 1:
        depth += 1
    return depth


@lru_cache(maxsize=4096)
def _closes_soon(text: str) -> bool:
    """Does ``text`` close a quote within its first few characters (``性”更高``)?"""
    for ch in text[:6]:
        if ch in _OPEN_Q:
            return False
        if ch in _CLOSE_Q:
            return True
    return False


@lru_cache(maxsize=4096)
def _closes_first(text: str) -> bool:
    """Does ``text`` close a quote or bracket before it opens one?"""
    for ch in text[:80]:
        if ch in _OPEN_Q:
            return False
        if ch in _CLOSE_Q:
            return True
    return False


#: how strongly a block asks to be continued that ends a sentence where its paragraph need not
#: end (a printed line filling its column, at a column's foot): no evidence either way, the
#: seam and the continuation's start decide. 0.3 before: the weak links it let through ran
#: across articles (dev_027 ``…免收手续费等。`` + ``俄罗斯中央银行行长…``); 0.0 gives articles
#: cer pdftotext dev 0.2681 -> 0.2676, variants 0.3214 -> 0.3188, pair_f1 0.797 -> 0.799,
#: 0.748 -> 0.750; links (fp) dev 172 -> 170, variants 273 -> 270 (-0.3 the same; -layout,
#: pdfminer articles and the OCR flavours unchanged). Measured with the blocks that end their
#: extraction group with a full line open (``page.split._open_at_break``); without them 0.0
#: alone gives dev 0.2699 -> 0.2693, variants 0.3291 -> 0.3299
OPEN_SENTENCE_END = 0.0


def left_strength(p: Piece) -> float:
    """How strongly a block asks to be continued (> 0: it is cut; 0: its end says nothing; < 0:
    it likely ends its paragraph; -9: it cannot be continued)."""
    t = p.text.rstrip()
    if len(t.replace(" ", "")) < 3 or is_salutation(t):
        return -9.0  # a stray character or two (OCR debris), a salutation (``同志们：``) continues nothing
    if p.left_only:
        # a heading-like line: not ending a sentence is normal for a headline
        return -0.5 if not ends_sentence(t) else -9.0
    if not ends_sentence(t):
        if p.ends_paragraph and p.start_known and p.exact_widths and p.n_lines <= 2 and _opens_item(t):
            # a numbered sub-head that ends short of its column (``三、要解放思想，激发推动振兴
            # 发展内生动力``): its text is whole (a sub-head cut by a column break fills its line)
            return -9.0
        # a short last line ends a paragraph even where punctuation is missing (OCR)
        return 1.0 if (p.ends_paragraph and p.start_known) else 2.0
    if not p.ends_paragraph:
        return OPEN_SENTENCE_END
    return -9.0


#: evidence against a continuation from a block that visibly starts a paragraph (indent)
RIGHT_KNOWN_START = -3.0
#: ... from a block that starts a paragraph by default (no indent seen, no width evidence):
#: weaker, but a continuation needs the seam's own evidence (punctuation, the character
#: model, quotes) to outweigh it; -1.5 (was -0.6) stops runs of unrelated blocks from
#: chaining (seeds 002-004 pair_f1 0.980 -> 1.000, seed 004 CER 0.045 -> 0.003; OCR tess300
#: pair_f1 0.818 -> 0.853)
RIGHT_UNKNOWN_START = -1.5
#: ... from a block of one short line (under half the column) that ends a sentence, with no
#: indent seen: mostly a paragraph's last line cut off by a column break (``决。`` ``访问。``),
#: seldom a paragraph of its own (dev, such blocks located in the gold: pdftotext 94
#: continuations to 6 paragraph starts, pdfminer 68 to 5). Links tp/fp pdftotext 382/201 ->
#: 393/200, pdfminer 302/163 -> 303/164; 0.5 finds more on pdftotext but adds wrong links on
#: ``-layout`` (its fp 11 -> 16)
RIGHT_SHORT_LINE = -0.5


def right_strength(p: Piece) -> float:
    """How strongly a block looks like the continuation of something (start mid-sentence)."""
    t = p.text.lstrip()
    if not t or p.left_only or len(t.replace(" ", "")) < 2:
        return -9.0
    if t[0] in NO_LINE_START:  # cannot open a paragraph: the block continues something
        return 2.5
    if is_dateline(t) or is_salutation(t) or is_editor_note(t):
        return -6.0  # a dateline, a salutation or an editor's note (``编者按：``) opens a text
    if p.page_top:
        return 1.0
    if _OPENER_RE.match(t):
        return min(RIGHT_KNOWN_START, -1.5)
    if not p.starts_paragraph:
        return 1.5 if p.start_known else 0.5
    if p.start_known:
        return RIGHT_KNOWN_START
    if p.n_lines == 1 and p.line_width and 2 * len(t.rstrip()) < p.line_width and ends_sentence(t):
        return RIGHT_SHORT_LINE
    return RIGHT_UNKNOWN_START


def seam_recurs(left: str, right: str, grams: frozenset[str], n: int = 4) -> bool:
    """Does an ``n``-character phrase spanning the seam (``促改“三`` + ``管齐下”`` =
    ``三管齐下``) occur elsewhere on the page (a headline, another paragraph)? ``grams``: the
    page's phrases of that length (:func:`han_4grams`, :func:`han_3grams`).

    >>> seam_recurs("促改“三", "管齐下”，督促", han_4grams("大庆萨尔图：“三管齐下”为优化营商环境"))
    True
    >>> seam_recurs("以色列国防部长莫迪", "凯７日晚在接受", han_3grams(["莫迪凯说"]), 3)
    True
    >>> seam_recurs("以色列国防部长莫迪", "沉默，参与", han_3grams(["莫迪凯说"]), 3)
    False
    """
    if not grams:
        return False
    a, b = left.rstrip()[-(n - 1) :], right.lstrip()[: n - 1]
    for i in range(len(a)):
        probe = a[i:] + b[: n - (len(a) - i)]
        if len(probe) == n and probe in grams:
            return True
    return False


#: characters too common to make a three-character phrase telling (``的发展`` recurs anywhere)
_FUNCTION_CHARS = frozenset("的了是在和与及对为有也而就都不这那个之以其于")
#: evidence for a continuation when a three-character phrase across the seam recurs in the
#: page's text: a name or term cut by the seam (``以色列国防部长莫迪`` / ``凯７日晚…``, and
#: ``莫迪凯说`` further on). Dev links tp/fp pdftotext 394/200 -> 396/199, pdfminer 310/154 ->
#: 314/150; articles cer pdftotext 0.291 -> 0.288, variants 0.365 -> 0.352 (3.0: 0.356, with
#: OCR variant headlines worse)
TRIGRAM_RECURS = 1.5


def han_3grams(texts: Sequence[str]) -> frozenset[str]:
    """The three-Han-character phrases of ``texts`` that hold no function character
    (:data:`_FUNCTION_CHARS`): the page's vocabulary of names and terms.

    >>> sorted(han_3grams(["莫迪凯说，", "的发展"]))
    ['莫迪凯', '迪凯说']
    """
    return han_ngrams(texts, 3, _FUNCTION_CHARS)


#: evidence against a continuation when a headline or byline stands between the two pieces
#: (it may be the article's own, extracted late: seed 004 needs a link across one)
HEAD_BETWEEN = 1.5
#: ... but not on an OCR page (its pieces say ``ocr``): an OCR engine that reads a page
#: whose columns line up one whole column after the other reads the lower bands' headlines
#: between a column's foot and the next column's head, where the paragraph goes on. Measured
#: (dev and 37 variant pages, tess150 / tess300): pair_f1 dev 0.872 -> 0.875, 0.863 -> 0.868,
#: variants 0.792 -> 0.806, 0.862 -> 0.874; byline_em 0.763 -> 0.789, 0.605 -> 0.632, 0.600,
#: 0.629 -> 0.657 (21 page runs gain, 12 lose). On PDF extractions it costs (dev pdftotext
#: pair 0.807 -> 0.779, pdfminer 0.833 -> 0.819): they keep it.
HEAD_BETWEEN_OCR = 0.0

#: continuations farther apart than this (in body blocks) are not considered
_MAX_DISTANCE = 60


def link_score(left: Piece, right: Piece, page: frozenset[str] = frozenset()) -> float:
    """Evidence (in rough nats) that ``right`` continues ``left``; > 0 means link.

    ``page`` holds the 4-grams of the rest of the page (:func:`han_4grams`): a phrase across
    the seam that recurs there is strong evidence for the join.
    """
    a = left_strength(left)
    if a <= -9.0 or abs(right.pos - left.pos) > _MAX_DISTANCE:
        return -9.0
    return _link_score(left, right, page, a, right_strength(right))


#: an enumeration that opens a sentence: ``一是`` ``二是`` ... (``其一``)
_ENUM_RE = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,])")


@lru_cache(maxsize=8192)
def _cut_end(text: str) -> str:
    """How ``text`` ends where it does not end a sentence: ``"colon"`` (``…深化：``), ``"cut"``
    (mid-way, ``…提供有力的学``), else ``""``."""
    t = text.rstrip()
    if not t or ends_sentence(t):
        return ""
    return "colon" if t[-1] in "：:" else "cut"


@lru_cache(maxsize=8192)
def _opens_item(text: str) -> bool:
    """Does ``text`` open with an enumeration (``一是``, ``（一）``, ``1.``)?"""
    r = text.lstrip()
    return bool(_ENUM_RE.match(r) or is_list_item(r))


@lru_cache(maxsize=8192)
def _opens_sentence(text: str) -> bool:
    """Does ``text`` open with a discourse opener (``此外，``) or an enumeration?"""
    return _opens_item(text) or bool(_OPENER_RE.match(text.lstrip()))


@lru_cache(maxsize=8192)
def _is_signoff(text: str) -> bool:
    """Is ``text`` an article's sign-off on its own (``（本报加拉加斯１月１３日电）``)?"""
    t = text.strip()
    return t[:1] in "（(" and closes_article(t)


def _no_continuation(left: Piece, right: Piece) -> bool:
    """What can never go on from ``left`` into ``right``. A sentence cut mid-way never goes on
    with a sign-off (``…中国现行的`` / ``（本报加拉加斯１月１３日电）``, OCR dev_006) or with
    what opens a sentence: a discourse opener (``此外，`` ``据统计，``) or an enumeration
    (seed 004: ``…提供有力的学`` / ``此外，会上启动了…`` is a paragraph cut off in the source, not
    one paragraph). After a colon an enumeration may go on the list it introduces, except
    where nothing says whether the block starts a paragraph (text set one paragraph per line,
    seed 002 ``…深化：`` / ``一是由实践到理论…``): then the item is a paragraph of its own."""
    end = _cut_end(left.text)
    if end == "cut":
        return _opens_sentence(right.text) or _is_signoff(right.text)
    if end == "colon":
        return right.starts_paragraph and not right.start_known and _opens_item(right.text)
    return False


def widths_differ(left: Piece, right: Piece) -> bool:
    """Were the two pieces printed in columns of different widths (two characters or more
    apart, both known)? A paragraph seldom goes on in a column of another width.

    >>> widths_differ(Piece("甲", 0, line_width=20), Piece("乙", 1, line_width=13))
    True
    >>> widths_differ(Piece("甲", 0, line_width=20), Piece("乙", 1, line_width=0))
    False
    """
    return bool(left.line_width and right.line_width and abs(left.line_width - right.line_width) >= 2)


def _link_score(left: Piece, right: Piece, page: frozenset[str], a: float, b: float) -> float:
    """:func:`link_score` with the two pieces' strengths given (``a`` > -9, within distance)."""
    if _no_continuation(left, right):
        return -9.0
    d = right.pos - left.pos
    s = a + b
    if d == 1:
        s += left.order_evidence
    if d == left.stride:
        s += 1.5
    elif d > 0:
        s += max(0.6 - 0.15 * (abs(d - left.stride)), -1.5)
    elif not right.page_top:
        s += max(-0.8 + 0.1 * d, -3.5)
    if left.after_close and d > 0:
        s += 1.0
    if right.after_close:
        s -= 2.5  # an article ended just before it: it opens the next one
    elif right.closes_before != left.closes_before:
        s -= 2.0  # an article ends between them
    own_line = left.left_only and right.index == left.index + 1
    if d > 0 and right.heads_before > left.heads_before + (1 if own_line else 0) and not right.new_page:
        s -= HEAD_BETWEEN_OCR if left.ocr else HEAD_BETWEEN  # a headline or byline stands between them
    if right.after_byline:
        s -= 2.5
    elif right.after_head and not own_line and not right.page_top:
        s -= 1.5 if right.starts_paragraph else 0.3
    js = join_score(left.text, right.text)
    s += 0.35 * max(min(js, 5.0), -5.0)
    open_left = _open_quote_balance(left.text) > 0
    if open_left and _closes_soon(right.text):
        s += 2.5
    elif open_left and _closes_first(right.text):
        s += 1.2
    elif open_left:
        # the quote left open must close in the continuation, soon if only a word is quoted
        opener = max(left.text.rfind(q) for q in _OPEN_Q + '"')
        tail = left.text[opener + 1 :]
        speech = left.text[max(opener - 1, 0) : opener] in ("：", ":")  # a quoted speech runs on
        if len(tail) <= 6 and not speech and not any(c in _CLOSE_Q for c in right.text[:12]):
            s -= 4.0
        elif (right.ends_paragraph and ends_sentence(right.text)) or right.n_lines != 1 or any(
                c in _OPEN_Q for c in right.text):
            s -= 2.0  # the continuation ends, or opens another quote, with this one still open
        else:
            s -= 0.5  # one printed line: the quote may close on a later line
    elif _closes_first(right.text):
        s -= 0.8
    if seam_recurs(left.text, right.text, page):
        s += 3.0
    if widths_differ(left, right):
        s -= 1.5
    return s


#: weight and cap (nats) of the seam's word evidence (:func:`~cntextclean.page.joinscore.word_join_score`)
#: in the links of an OCR page
WORD_WEIGHT = 0.3
WORD_CAP = 8.0

#: what directly follows a number: measure words and units (``1908件`` ``12月`` ``3.5亿``) and
#: the punctuation that ends or separates numbers (``9·1%``: a middle dot as decimal point); a
#: number cut at a line end reads on into one of these (or a digit)
_AFTER_NUMBER = NUMBER_UNITS | frozenset(".．·、，。；：）)—-~～")


def typographic_seam(left: str, right: str) -> float:
    """Evidence (nats) from the kinds of character that meet at a seam, where the character
    model (Han pairs only) has none: a number cut at a line end goes on with a digit or a
    measure word (``12月3`` + ``1日``, ``仅1908`` + ``件``), hardly with other text; a decimal
    point wants its digits; an enumeration of numbers (``5、10、``) goes on with a number.
    0.0 where the kinds say nothing (Han or punctuation on either side, a number after text).

    >>> typographic_seam("截至1997年12月3", "1日，") > 0 > typographic_seam("这个厂建于197", "裂缝的楼前")
    True
    >>> typographic_seam("有5、10、", "50、100") > 0 > typographic_seam("以及1、", "先为其办理")
    True
    >>> typographic_seam("发展经济", "1998年") == typographic_seam("他说，", "我们") == 0.0
    True
    """
    t = left.rstrip()
    r = right.lstrip()
    if not t or not r:
        return 0.0
    a, b = t[-1], r[0]
    before = t[-2:-1]
    if a in DIGITS:
        if b in DIGITS:
            return 1.5
        return 0.5 if b in _AFTER_NUMBER else -3.0
    if a in ".．·" and before in DIGITS:  # 10. + 3% (the middle dot is a decimal point too)
        return 1.5 if b in DIGITS else -1.5
    if a == "、" and before in DIGITS:  # 5、10、 + 50、100
        return 1.5 if b in DIGITS else -1.0
    return 0.0


#: weight of the seam's word evidence in the links of a PDF page (pdftotext, pdfminer...), where
#: the character model sees only the two characters that meet: a word cut by the seam
#: (``应优`` + ``先为其``) tells the true rest from the next block that merely starts mid-sentence.
#: Dev links (tp/fp) pdftotext 359/216 -> 382/201, pdfminer 256/206 -> 287/180; variant bench
#: 398/363 -> 465/309, 288/317 -> 353/260 (0.8 gains a little more on pdfminer, loses pdftotext)
PDF_WORD_WEIGHT = 0.5
#: a character whose log-probability as a one-character word is above this (nats: ``各`` -8.25,
#: ``自`` -7.75) is a common word on its own; see :func:`pdf_word_evidence`
COMMON_WORD_LOGP = -8.5


def pdf_word_evidence(left: str, right: str) -> float:
    """The seam's word evidence (:func:`~cntextclean.page.joinscore.word_join_score`) weighted
    for a PDF page, and none where both characters that meet are common words on their own: a
    word there (``以及各`` + ``自去年6月…`` = ``各自``) is as likely two words meeting by chance,
    while a word cut by a line end mostly leaves a character that is rare alone (``优`` + ``先``,
    ``发`` + ``展``). (Seed 002: ``…以及各`` took ``自去年6月…``, a paragraph of its own.)

    >>> pdf_word_evidence("工商部门应优", "先为其办理营业执照") > 2.0
    True
    >>> pdf_word_evidence("实现两级联动，以及各", "自去年6月启动以来") == pdf_word_evidence("他说。", "先") == 0.0
    True
    """
    t, h = tail(left), head(right)
    if not t or not h or min(segment_logp(t[-1]), segment_logp(h[0])) > COMMON_WORD_LOGP:
        return 0.0
    return PDF_WORD_WEIGHT * min(word_join_score(left, right), WORD_CAP)


#: what a change of stride inside a run of one-line blocks costs (nats of seam evidence)
_STRIDE_SWITCH = 4.0
#: a stride above 1 must read better than stride 1 by this much per seam (0.4 before full
#: lines that end a sentence could go on: dev link recall pdfminer 0.819 -> 0.831, pdftotext
#: 0.824 -> 0.846 with 0.0)
_STRIDE_MARGIN = 0.0


#: ... in a run of several-line fragments (pdfminer reads a band of the page across its columns,
#: box by box): their seams are fewer and the stride of a stretch rests on them alone. Dev links
#: (tp/fp) pdfminer 287/180 -> 302/163, variants 353/260 -> 366/249 (0.0 and 1.0 the same on dev;
#: pdftotext and -layout unchanged)
_FRAGMENT_MARGIN = 0.5
#: what a stride costs that points a cut piece at a paragraph's visible first line (indented,
#: or short by the indent the extractor dropped): ``-layout`` pieces of parallel numbered
#: paragraphs, each cut at a column's foot with its rest the next piece, read at stride 2
_VISIBLE_START = 1.0
#: the shortest run whose strides are decided (shorter ones keep stride 1)
_MIN_RUN = 6


def interleave_strides(pieces: Sequence[Piece]) -> list[int]:
    """For each piece, the stride at which its continuation is expected (1 to 4).

    ``pdftotext`` and ``pdfminer`` sometimes read two to four columns line by line,
    alternately: a run of one-line blocks A1 B1 A2 B2... A run may also hold stretches of
    different strides (one column read on its own, then two interleaved). Each piece's stride
    is decided by a Viterbi pass over the run: a piece scores its stride by how well its text
    reads on into the piece that far ahead (the character model's :func:`join_score`; a stride
    above 1 pays :data:`_STRIDE_MARGIN`), and changing stride between neighbours costs
    :data:`_STRIDE_SWITCH`, so a stretch changes stride only where many seams agree.

    ``pdfminer`` also reads a band of the page across its columns, a box of several lines from
    each: A1 B1 C1 D1 A2 B2... where every box is a fragment of a paragraph (it ends or starts
    mid-sentence). A run of such several-line fragments gets the same pass (a stride above 1
    paying :data:`_FRAGMENT_MARGIN`); whole paragraphs break the run, and an extraction that
    prints each column whole (``-layout``, ``pymupdf``: :attr:`Piece.in_columns`) has no such runs.
    """
    strides = [1] * len(pieces)
    for one_line, margin in ((True, _STRIDE_MARGIN), (False, _FRAGMENT_MARGIN)):
        k = 0
        while k < len(pieces):
            if not _in_run(pieces[k], one_line):
                k += 1
                continue
            end = k
            while end < len(pieces) and _in_run(pieces[end], one_line):
                end += 1
            if end - k >= _MIN_RUN:
                strides[k:end] = _run_strides(pieces[k:end], margin)
            k = end
    return strides


def _in_run(p: Piece, one_line: bool) -> bool:
    """Does ``p`` belong in a run of one-line pieces (``one_line``) or of several-line fragments?"""
    if one_line:
        # (lines that the rows' threading put back in their columns on firm evidence are read
        # in column order already: no stride between them. Plain pdftotext articles cer / pair:
        # dev 0.1523 / 0.868 -> 0.1509 / 0.868, variants 0.3002 / 0.827 -> 0.2975 / 0.826, other
        # text 0.2441 / 0.2290 / 0.2938 / 0.2441 -> 0.2441 / 0.2254 / 0.2943 / 0.2435, pair
        # 0.751 / 0.761 / 0.688 / 0.738 -> 0.755 / 0.761 / 0.690 / 0.741. For every threaded
        # line, the firm ones and the others: pair 0.761 -> 0.756 held out, 0.688 -> 0.683 new)
        return p.n_lines == 1 and not p.threaded
    return p.n_lines != 1 and not p.in_columns and (not ends_sentence(p.text) or right_strength(p) > 0)


def _run_strides(run: Sequence[Piece], margin: float = _STRIDE_MARGIN) -> list[int]:
    """The best stride sequence for a run of pieces (see :func:`interleave_strides`); a stride
    above 1 pays ``margin`` per seam."""
    options = (1, 2, 3, 4)
    n = len(run)
    open_end = [not ends_sentence(p.text) for p in run]
    open_start = [right_strength(p) > 0 for p in run]
    visible_start = [right_strength(p) <= RIGHT_KNOWN_START for p in run]

    def emit(i: int, st: int) -> float:
        if i + st < n and open_end[i] and visible_start[i + st]:
            # a cut paragraph does not go on in a paragraph's visible first line: no stride
            # points there (else a stride that skips a seam of weak evidence wins)
            return -_VISIBLE_START
        if i + st >= n or not open_end[i] or not open_start[i + st]:
            return 0.0
        return max(min(join_score(run[i].text, run[i + st].text), 5.0), -5.0) - (margin if st > 1 else 0.0)

    best = [emit(0, st) for st in options]
    back: list[list[int]] = []
    for i in range(1, n):
        row = []
        cur = []
        for a, st in enumerate(options):
            prev = max(range(len(options)), key=lambda b, a=a: (best[b] - (0.0 if b == a else _STRIDE_SWITCH), b == a))
            row.append(prev)
            cur.append(best[prev] - (0.0 if prev == a else _STRIDE_SWITCH) + emit(i, st))
        back.append(row)
        best = cur
    a = max(range(len(options)), key=lambda b: (best[b], -b))
    out = [options[a]]
    for row in reversed(back):
        a = row[a]
        out.append(options[a])
    return out[::-1]


def _ocr_seam(left: str, right: str) -> float:
    """The text evidence an OCR link adds to :func:`link_score`: a word spanning the seam."""
    return WORD_WEIGHT * min(word_join_score(left, right), WORD_CAP)


def pdf_seam(left: str, right: str) -> float:
    """The text evidence a PDF link adds to :func:`link_score`: the kinds of character that
    meet (:func:`typographic_seam`) and a word spanning the seam (:func:`pdf_word_evidence`)."""
    return (typographic_seam(left, right) + pdf_word_evidence(left, right) + reporting_seam(left, right)
            + enumeration_seam(left, right))


#: the evidence (nats) of a seam inside a list of short items (see :func:`enumeration_seam`).
#: 2.0 (was 1.5) since the flowing extractions' link to the next block weighs more
#: (``page.split.FLOWING_ORDER_EVIDENCE``): dev_016 plain pdftotext's list (``…海关、广电、`` /
#: ``文化、渔政、…``) lost its rest by 0.16 nats to a dateline read right before that rest
ENUMERATION_SEAM = 2.0
#: a text that ends inside a list of short items (``出版、公安、海关、广电、``)
_ENUM_END = re.compile(f"、[{HAN_BMP_CLASS}]{{1,4}}、$")
#: a text that opens with a short item of a list (``文化、渔政、…``, ``会展等领域``)
_ENUM_START = re.compile(f"[{HAN_BMP_CLASS}]{{1,4}}(?:、|等|和|及|与)")


def enumeration_seam(left: str, right: str) -> float:
    """Evidence that a seam falls inside a list of short items: a text that ends on an item and
    its ``、`` after another (``…海关、广电、``) goes on with the next item (``文化、渔政、工商等部门…``,
    ``会展等领域…``), which the character model does not see across the seam. :data:`ENUMERATION_SEAM`
    where both sides read so, else 0.0. Plain pdftotext articles cer / headline_em: dev 0.1454 /
    0.858 -> 0.1447 / 0.870, variants 0.2975 / 0.771 -> 0.2978 / 0.777 (pair 0.826 -> 0.828),
    other text 0.2441 / 0.2254 / 0.2943 / 0.2435 -> 0.2402 / 0.2254 / 0.2943 / 0.2432;
    continuation links (``tools/link_accuracy.py``) one more right on dev and on the variants,
    none lost; pdfminer unchanged.

    >>> enumeration_seam("出版、公安、海关、广电、", "文化、渔政、工商等部门通") > 0
    True
    >>> enumeration_seam("出版、公安、海关、广电、", "中国人民解放军总参谋长") == enumeration_seam("他说，", "文化、") == 0.0
    True
    """
    if _ENUM_END.search(left.rstrip()) and _ENUM_START.match(right.lstrip()):
        return ENUMERATION_SEAM
    return 0.0


#: the evidence (nats) of a seam between a date and a verb of saying (see :func:`reporting_seam`)
REPORTING_SEAM = 1.5
#: a text that ends with the day of a report (``穆萨１０日``, ``今天``)
_DATE_END = re.compile(r"(?:[0-9０-９]日|今天|昨天|今日|昨日|日前|近日|当天|当日)$")
#: a text that opens with a verb of saying
_SAID_START = re.compile(r"(?:说|表示|指出|宣布|称|强调|透露|告诉|认为|发表|重申|声称)")


def reporting_seam(left: str, right: str) -> float:
    """Evidence that a seam falls between the day of a report and its verb of saying: news text
    says who said what on which day (``埃及外长穆萨１０日`` / ``说，他和挪威外交大臣…``); the character
    model reads nothing across ``日`` + ``说``, and a line that merely starts with ``说，`` after
    another line (``…在西岸`` / ``说，``) had the better seam by chance. :data:`REPORTING_SEAM`
    where the left text ends with a day (``１０日``, ``今天``) and the right opens with a verb of
    saying, else 0.0. Dev plain pdftotext articles cer 0.1509 -> 0.1454 (dev_026, the one page
    it changes), pdfminer and every other bench the same (3.0: variant pdfminer 0.3198 -> 0.3205).

    >>> reporting_seam("埃及外长穆萨１０日", "说，他和挪威外交大臣") > 0 == reporting_seam("在西岸", "说，")
    True
    """
    return REPORTING_SEAM if _DATE_END.search(left.rstrip()) and _SAID_START.match(right.lstrip()) else 0.0


def link_ends(ls: Sequence[float], rs: Sequence[float]) -> tuple[list[int], list[int]]:
    """The pieces :func:`find_links` weighs, from their :func:`left_strength` ``ls`` and
    :func:`right_strength` ``rs``: the left ends (that can be continued: above -9) and the
    right ends (that can continue one: above -6, not a dateline, salutation or editor's note).

    >>> link_ends([2.0, -9.0, 1.0], [-6.0, 1.5, -1.5])
    ([0, 2], [1, 2])
    """
    return [i for i, a in enumerate(ls) if a > -9.0], [j for j, b in enumerate(rs) if b > -6.0]


def find_links(pieces: Sequence[Piece], page: str = "", *, monotone: bool = False) -> list[Link]:
    """The continuation links among ``pieces`` (body blocks in extraction order), chosen globally.

    ``page``: the page's other text (headlines...), where phrases across a seam may recur.
    ``monotone``: the extraction read the page column by column (OCR): every continuation
    comes later than its cut and the links keep the cuts' order (:func:`monotone_pairs`).
    """
    strides = interleave_strides(pieces)
    if any(st != 1 for st in strides):
        pieces = [replace(p, stride=st) if st != 1 else p for p, st in zip(pieces, strides, strict=True)]
    ls = [left_strength(p) for p in pieces]
    rs = [right_strength(p) for p in pieces]
    lefts, rights = link_ends(ls, rs)
    if not lefts or not rights:
        return []
    grams = han_4grams(page)
    trigrams = han_3grams([page, *(p.text for p in pieces)])
    floor = max((p.link_floor for p in pieces), default=0.0)
    # OCR page segmentation reads the page column by column (tesseract: each column top to
    # bottom, the columns left to right), so a paragraph cut at a column's foot continues in
    # the next column, later in the text, and the continuations of two cuts come in the order
    # of the cuts: the links are an order-preserving matching. The seam's word evidence (a word
    # spanning it) weighs in too: OCR drops the punctuation that would otherwise tell a
    # sentence's end from a cut. A seam with little evidence is as often wrong as right there:
    # an OCR link needs the pieces' ``link_floor`` (page.split sets it for OCR text).
    # PDF text keeps its digits and punctuation: the kinds of character that meet at the seam
    # (a number cut at a line end) weigh in (OCR misreads digits: not there), and a word cut by
    # the seam (:func:`pdf_word_evidence`). Measured on dev links (tools/link_accuracy.py,
    # tp/fp): typography pdftotext 349/223 -> 359/216, pdfminer 249/212 -> 256/206, -layout
    # 251/15 -> 253/15; then words 382/201 and 287/180
    seam = _ocr_seam if monotone else pdf_seam

    def score(i: int, j: int) -> float:
        if i == j or abs(pieces[j].pos - pieces[i].pos) > _MAX_DISTANCE:
            return -9.0
        # (each piece's strengths once, not once per pair: the figures link_score computes)
        s = _link_score(pieces[i], pieces[j], grams, ls[i], rs[j])
        if s <= -9.0:
            return s
        s += seam(pieces[i].text, pieces[j].text)
        if seam_recurs(pieces[i].text, pieces[j].text, trigrams, 3):
            s += TRIGRAM_RECURS
        return -9.0 if monotone and s < floor else s

    matrix = [[score(i, j) for j in rights] for i in lefts]
    if monotone:
        pairs = monotone_pairs(matrix, [pieces[i].pos for i in lefts], [pieces[j].pos for j in rights])
    else:
        pairs = best_pairs(matrix, floor=floor)
    links = [Link(lefts[a], rights[b], matrix[a][b]) for a, b in pairs]
    return _break_cycles(links)


def monotone_pairs(score: Sequence[Sequence[float]], lpos: Sequence[int], rpos: Sequence[int]) -> list[tuple[int, int]]:
    """The order-preserving matching of most total score (positive pairs only).

    ``score[a][b]``: evidence that left ``a`` (at position ``lpos[a]``) continues in right
    ``b`` (at ``rpos[b]``); lefts and rights are each in extraction order. A left takes a
    right only if the right comes later, and of two links the earlier left has the earlier
    right (no crossing, no nesting). Dynamic programming, O(lefts x rights).

    >>> monotone_pairs([[2.0, 3.0], [5.0, -1.0]], [0, 1], [2, 3])
    [(1, 0)]
    >>> monotone_pairs([[2.0, 1.0], [5.0, 4.0]], [0, 1], [2, 3])
    [(0, 0), (1, 1)]
    """
    na, nb = len(score), len(score[0]) if score else 0
    dp = [[0.0] * (nb + 1) for _ in range(na + 1)]
    for a in range(1, na + 1):
        row, prev = dp[a], dp[a - 1]
        sa = score[a - 1]
        for b in range(1, nb + 1):
            best = max(prev[b], row[b - 1])
            s = sa[b - 1]
            if s > 0 and rpos[b - 1] > lpos[a - 1] and prev[b - 1] + s > best:
                best = prev[b - 1] + s
            row[b] = best
    out = []
    a, b = na, nb
    while a > 0 and b > 0:
        if dp[a][b] == dp[a - 1][b]:
            a -= 1
        elif dp[a][b] == dp[a][b - 1]:
            b -= 1
        else:
            out.append((a - 1, b - 1))
            a -= 1
            b -= 1
    return out[::-1]


def _break_cycles(links: list[Link]) -> list[Link]:
    """Drop the weakest link of any cycle (a chain must have a head)."""
    nxt = {lk.left: lk for lk in links}
    dropped: set[tuple[int, int]] = set()
    for start in list(nxt):
        seen: list[Link] = []
        cur = start
        visited = set()
        while cur in nxt and cur not in visited:
            visited.add(cur)
            lk = nxt[cur]
            if (lk.left, lk.right) in dropped:
                break
            seen.append(lk)
            cur = lk.right
        if cur == start and seen:
            weakest = min(seen, key=lambda x: (x.score, x.left))
            dropped.add((weakest.left, weakest.right))
            del nxt[weakest.left]
    return sorted((lk for lk in links if (lk.left, lk.right) not in dropped), key=lambda x: x.left)


def chains(n: int, links: Sequence[Link]) -> list[list[int]]:
    """Blocks 0..n-1 grouped into chains (head first), ordered by their heads' positions.

    >>> chains(4, [Link(0, 2, 1.0)])
    [[0, 2], [1], [3]]
    """
    nxt = {lk.left: lk.right for lk in links}
    has_prev = {lk.right for lk in links}
    out = []
    for i in range(n):
        if i in has_prev:
            continue
        c = [i]
        while c[-1] in nxt and len(c) <= n:
            c.append(nxt[c[-1]])
        out.append(c)
    return out
