"""Read pdfminer pages' text boxes back into column streams.

pdfminer.six (default ``LAParams``) cuts a page into text boxes, each one or a few printed lines
of one column, and prints them in the order of its hierarchical box grouping: boxes of
neighbouring columns that sit at the same height come one after the other, so a page reads
``A1 B1 A2 B2 …`` over stretches, one column alone over others, a headline or a caption between
them. Rejoining such text as it comes gives one paragraph per box, in the wrong order.

:func:`restack` sorts the boxes of each page into *streams* (the boxes of one column, top to
bottom) by a beam search over the extraction order: each box goes on one of the open streams or
opens a new one. The choice is scored by the seam it makes with the stream's last line (a line
that ends no sentence goes on in the box that continues it: the character model's
``join_score``, a word across the seam, a phrase across it that recurs on the page, a number
cut at the line end going on with a digit or a measure word, a box opening with ``，。、”``;
against a box opening as a paragraph's first line (two characters short of the column), a
headline or a dateline; a paragraph's last line is followed by a first line, a headline or a
byline), by the stream reading on at the stride it was last reached at
(k columns interleaved: every k-th box), by the stride of the page's local rhythm where the
one-line boxes around it read on every k-th box for some k from 2 to 8 (:func:`_local_periods`),
by the rhythm of the boxes before it, and by what
opening a stream and crossing a headline cost. Headlines and bylines open streams. Each stream
is printed as one block of lines (a column, as pdftotext prints it), streams in the order of
their first box.

What stands over an article is read with it: a headline's stream goes on with the dateline
(``新华社北京1月12日电``) or byline under it before any other box that could open a paragraph,
though the extractor may give a few boxes of the neighbouring column first, and any other box
costs more the farther it comes after the headline (in a page read ``A1 B1 A2 B2``, the box
right after a headline is its column's first line; column B's first line, a paragraph's first
line too, comes next). A dateline opens an article: it goes on from a headline or a byline,
otherwise it opens a stream rather than continue a column whose paragraph ended. A box
holding a headline line over a byline or dateline line is cut between them; a headline wraps
over up to four lines in a narrow column and may end with ``》`` or ``”``. Page furniture
holds no stream open.

Measured on the dev bench (``tools/score_articles.py bench pdfminer``, cer / headline_em /
byline_em / pair_f1): pdfminer 0.538 / 0.704 / 0.842 / 0.744 in extraction order, 0.379 /
0.704 / 0.816 / 0.736 with the first version of the search (which put headlines on the wrong
column's stream), 0.330 / 0.775 / 0.842 / 0.778 now; on the variant bench (other fonts, sizes,
column counts) 0.576 / 0.624 / 0.771 / 0.624, 0.510 / 0.541 / 0.657 / 0.642, 0.494 / 0.650 /
0.771 / 0.675; with the local rhythm (session 8) dev 0.318 / 0.811 / 0.842 / 0.799, variants
0.445 / 0.707 / 0.771 / 0.710; with the rhythm read between headlines (session 9) dev 0.303 /
0.817 / 0.816 / 0.809, variants 0.422 / 0.682 / 0.771 / 0.745. Stream links against the gold
order (``tools/pdfminer_restack.py``): dev P 0.918 R 0.891, variants P 0.747 R 0.735; with the
local rhythm read over a few rows around each box, a line not read on in a column of another
width and a recurring phrase at any split (session 33) dev 0.951 / 0.921, variants 0.934 / 0.908.

:func:`~cntextclean.layout.segment.segment` calls it for pages it detects as pdfminer output.
It only rearranges lines: the multiset of characters is unchanged, and the search keeps at most
``_BEAM`` hypotheses of at most ``_MAX_STREAMS`` streams per box (one more than the columns of a
longer rhythm where one is found; time linear in the boxes).

>>> a = ["经济发展的新形势要求我们进一步", "加强基础设施建设，推动区域协调", "发展，让更多群众共享改革成果。"]
>>> b = ["这次会议认真研究部署了明年的重", "点工作，要求各地区各部门切实抓", "好落实，确保取得实际效果。"]
>>> print(restack("\\n\\n".join(x for pair in zip(a, b) for x in pair)))
经济发展的新形势要求我们进一步
加强基础设施建设，推动区域协调
发展，让更多群众共享改革成果。
<BLANKLINE>
这次会议认真研究部署了明年的重
点工作，要求各地区各部门切实抓
好落实，确保取得实际效果。
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..charclass import drop_space, han_count
from ..plausibility import join_score
from .furniture import is_caption, is_furniture_line
from .lines import (
    CLAUSE_MARK,
    DATELINE_START,
    HEAD_GAP,
    NO_LINE_START,
    blank_blocks,
    clause_free,
    ends_sentence,
    han_ngrams,
    is_byline,
    is_salutation,
    word_cut,
)
from .width import printed_width, typical_width

__all__ = ["restack"]

#: what no headline ends with: an ellipsis, a closing bracket (an author's note, a credit)
_NOT_HEAD_END = frozenset("…).）")
#: lines of a headline box (a headline wraps in a narrow column)
_HEAD_LINES = 4
#: a line of its own wider than its column's lines by more than this (printed width, half-width
#: units) is set across columns where no other line of the page is that wide (see
#: :func:`_prepare`; 1 and 3 give the same outputs on every bench, 5 changes three other-text
#: pages fewer: new text pdfminer 0.3093 -> 0.3135, held-out 0.3513 -> 0.3518)
_WIDE_HEAD = 3
#: ... and two lines' printed widths this close (half-width units) are one width
_SAME_WIDTH = 3
#: boxes before a headline-like line among which a cut word that goes on in it is looked for:
#: a column's line cut inside a word (:func:`~.lines.word_cut`, ``…在当前严峻形势下加`` /
#: ``强阿拉伯团结…``) makes the short line its paragraph's, no headline (which would also stop the
#: columns' rhythm). Session 33, stream links P / R: held-out other text 0.974 / 0.933 -> 0.976 /
#: 0.937, other text 0.980 / 0.943 -> 0.981 / 0.945, dev and variants +2 and +5 links; articles
#: cer pdfminer other text 0.3250 / 0.3973 / 0.3360 / 0.4340 -> 0.3168 / 0.3739 / 0.3247 / 0.4220,
#: plain pdftotext other text 0.3 % lower on three sets; dev pdfminer 0.2727 -> 0.2749 and
#: variants 0.3421 -> 0.3431 (one page each, dev_002 and dev_032-c6: the line is right, the
#: paragraphs around it come in another order)
_HEAD_CUT_REACH = 8

#: a page with fewer boxes than this is left as it is
_MIN_BOXES = 6
#: ... and so is a page where fewer of the lines than this share fill the column (lines that
#: are whole paragraphs: the seeds 0.07-0.16; pdfminer pages of the dev and variant benches
#: 0.36 and more)
_MIN_FULL = 0.25
#: streams open at once (columns read side by side); opening one more retires the oldest
_MAX_STREAMS = 4
#: hypotheses kept at each box
_BEAM = 128
#: ... on a page of at most this many boxes divided by ``_BEAM`` (the dev pages have at most
#: 307, the variant pages as many); a longer page (no newspaper page: an adversarial text) gets
#: a narrower beam, never narrower than ``_MIN_BEAM``, so that the time stays linear and small
_BUDGET = 64_000
_MIN_BEAM = 4
#: what opening a stream costs (nats of seam evidence)
_NEW_STREAM = 0.5
#: a box that keeps to the rhythm (switching stream after a switch, staying after a stay)
_RHYTHM = 1.0
#: a stream goes on within a few boxes (the other columns' boxes of one row between); each box
#: farther costs this much
_NEAR = 4
_FAR = 0.2
#: a stream reading on at the gap it was last reached at (k columns interleaved: every k-th box)
_STRIDE = 1.0
#: a headline followed by what opens an article (its other lines, a byline, a first line)
_AFTER_HEAD = 4.0
#: a headline box after a headline box (the headlines of neighbouring columns, or a two-part
#: headline)
_HEAD_HEAD = 0.0
#: a headline-like box at most this wide is a section label (four characters)
_LABEL = 8
#: what each box between a headline (or byline) and the next box of its stream costs
_HEAD_FAR = 1.0
#: a headline's byline or dateline, over any other box opening a paragraph
_OPENER = 2.0
#: a dateline after a paragraph's end (not under a headline or byline)
_DATELINE_AFTER_BODY = -2.0
#: a stream going on past a headline
_ACROSS = 3.0
#: weight of the character model's seam evidence
_JOIN_WEIGHT = 0.6
#: weight and cap of the word evidence across a seam (a word of the word list spanning it)
_WORD_WEIGHT = 0.3
_WORD_CAP = 8.0
#: a phrase across the seam that occurs elsewhere on the page: four characters, any split
#: (:func:`~cntextclean.page.continuation.seam_recurs`: ``完成省`` + ``柴节煤灶``, since session 33;
#: before, two on each side only) ...
_RECUR = 3.0
#: ... or three, no function character among them (a name: ``莫迪`` + ``凯``; session 33, stream
#: links dev tp / fp 2930 / 133 -> 2933 / 130, variants 2812 / 179 -> 2818 / 173 on the
#: session's own count; 0.75 fewer, 3.0 about the same)
_RECUR3 = 1.5
#: boxes on each side whose lines give a box's column width
_WINDOW = 8
#: display width of a paragraph's indent (two characters)
_INDENT = 4


#: what a line that goes on costs after a line that goes on in a column of another width: the
#: next line fills its column (ends no sentence) and the two widths differ by more than
#: :data:`_WIDTH_RATIO` of the wider (a wide column's line read on in a narrow one's: other text
#: dev_009-t4, ``…与国`` + ``内空间遥感…`` then ``监委按照…``, a line of the narrow column beside
#: it). Stream links other text 0.976 / 0.948 -> 0.977 / 0.949 (dev and variants the same); the
#: test page's headline ``南宁良庆…`` kept. (2.0, 8.0 and a ratio of 0.25 or 0.15 read fewer links
#: right; without "fills its column" a numbered section heading, ``一、要充分认识…``, went astray)
_WIDTH_CHANGE = 4.0
_WIDTH_RATIO = 0.35


def _other_width(a: int, b: int) -> bool:
    """Are ``a`` and ``b`` (printed widths of two lines that go on) the widths of two columns?"""
    return abs(a - b) > _WIDTH_RATIO * max(a, b)


def _narrow(line: str) -> int:
    """Half-width letters and digits: a width normalisation that ran before may have made
    printed full-width ones half-width (each may have been one more column wide)."""
    return sum(1 for c in line if c.isascii() and (c.isalnum() or c in "%.,:;+-~/"))


@dataclass(frozen=True)
class _Box:
    lines: tuple[str, ...]
    first: str
    last: str
    first_w: int
    last_w: int
    first_n: int
    last_n: int
    furniture: bool
    head: bool
    byline: bool = False
    #: the box opens with a dateline (``新华社北京1月12日电``): an article's first paragraph
    dateline: bool = False
    #: the printed width of a column line around the box (its neighbours' typical width)
    col: int = 0


def _is_head(text: str) -> bool:
    """A headline-like line: no clause punctuation but a headline's colon after a place or a
    topic (:func:`~.lines.clause_free`: ``大庆萨尔图：“三管齐下”为优化营商环境“护航”``), no
    ellipsis or bracket closing it (a headline may end with a closing title mark or quote:
    ``聚焦《虎踞钟山》``). (With the colon read as a headline's, other-text pdfminer pages,
    rounds 1-6, cer / headline_em / byline_em / pair_f1: 0.3594 / 0.716 / 0.787 / 0.718 ->
    0.3547 / 0.751 / 0.812 / 0.745, 0.3888 / 0.678 / 0.763 / 0.735 -> 0.3776 / 0.713 / 0.801 /
    0.751, 0.3632 / 0.713 / 0.731 / 0.747 -> 0.3513 / 0.746 / 0.761 / 0.762; plain pdftotext
    pages read as pdfminer boxes gain too, other text rounds 1-4 headline_em 0.740 / 0.737 ->
    0.746 / 0.749; dev unchanged, variant pdftotext cer 0.3083 -> 0.3091.)"""
    t = drop_space(text)
    return bool(t) and clause_free(t) and t[-1] not in _NOT_HEAD_END


#: a part of a two-part headline printed on one line: four or more characters
_HEAD_PART = 4


def _two_part_head(line: str) -> bool:
    """A line of two headline parts a gap apart (``伊拉克禁止核查小组执行任务 安南规劝巴格达不要
    激化矛盾``): a column's line holds no such gap (a letter-spaced line's parts are one
    character each), so it is a headline even where it is no wider than a column."""
    parts = line.split()
    return (len(parts) == 2 and bool(HEAD_GAP.search(line))
            and all(han_count(x) >= _HEAD_PART for x in parts))


def _is_dateline(text: str) -> bool:
    """Does the line open with a dateline (spaces of a justified line ignored)?"""
    return bool(DATELINE_START.match(drop_space(text)))


def _caption_box(lines: Sequence[str]) -> bool:
    """A box of a photo caption's lines, its credit closing it (``…进口。（新华社记者黄文摄）``):
    no column's text. (A caption of one line, read among one-line boxes of columns printed line
    by line, keeps its place in their rhythm: it is read as any box there.)"""
    return len(lines) >= 2 and is_caption("".join(lines))


def _make(lines: list[str]) -> _Box:
    first, last = lines[0].strip(), lines[-1].strip()
    # (a photo caption, its credit closing it, is no column's text either: a body stream that
    # took it would read its lines into a paragraph, and the paragraph would go as a caption;
    # pdfminer articles cer dev 0.2649 -> 0.2619, variants 0.3206 -> 0.3198, other text
    # 0.3053 / 0.3527 / 0.3148 / 0.4079 -> 0.3050 / 0.3521 / 0.3137 / 0.4097)
    furn = all(is_furniture_line(ln) for ln in lines) or _caption_box(lines)
    byline = len(lines) <= 2 and is_byline(first)
    # (a speech's salutation, ``同志们：``, opens its article's text as a dateline does)
    dateline = _is_dateline(first) or (len(lines) == 1 and is_salutation(first))
    return _Box(tuple(lines), first, last, printed_width(first), printed_width(last), _narrow(first), _narrow(last), furn,
                head=(len(lines) <= _HEAD_LINES and all(_is_head(ln) for ln in lines) and not byline
                      and not dateline),
                byline=byline, dateline=dateline)


class _Seams:
    """Seam scores between boxes of one page (cached)."""

    def __init__(self, boxes: Sequence[_Box]) -> None:
        from ..page.continuation import (  # (page imports layout)
            han_3grams,
            seam_recurs,
            typographic_seam,
        )
        from ..page.joinscore import word_join_score

        self.word_join_score = word_join_score
        self.seam_recurs = seam_recurs
        self.typographic_seam = typographic_seam
        self.boxes = boxes
        self.cache: dict[tuple[int, int], float] = {}
        lines = [drop_space(ln) for b in boxes for ln in b.lines]
        self.grams = han_ngrams(lines, 4)
        self.trigrams = han_3grams(lines)

    def seam(self, left: str, right: str) -> float:
        """The text evidence that ``right`` goes on from ``left``: the character model, a word
        across the seam, a phrase across it that recurs on the page (``肝胆`` + ``外科``)."""
        js = max(min(join_score(left, right), 5.0), -5.0)
        s = _JOIN_WEIGHT * js + _WORD_WEIGHT * min(self.word_join_score(left, right), _WORD_CAP)
        left, right = drop_space(left), drop_space(right)
        # (a number cut at the line end goes on with a digit or a measure word: ``１５时４０`` +
        # ``分，…``, where the character model, Han pairs only, says nothing)
        # (on the edge characters folded: pdfminer prints radicals' code points, ``８`` + ``⽇电``)
        s += self.typographic_seam(unicodedata.normalize("NFKC", left[-2:]), unicodedata.normalize("NFKC", right[:1]))
        if self.seam_recurs(left, right, self.grams):
            s += _RECUR
        elif self.seam_recurs(left, right, self.trigrams, 3):
            s += _RECUR3
        return s

    @staticmethod
    def full_first(b: _Box) -> bool:
        return b.first_w + b.first_n >= b.col - 2

    @staticmethod
    def full_last(b: _Box) -> bool:
        return b.last_w + b.last_n >= b.col - 2

    @staticmethod
    def first_shape(b: _Box) -> bool:
        """Does the box open with a paragraph's first line (indent dropped)?"""
        w = b.first_w + b.first_n
        return b.col - _INDENT - 3 <= w <= b.col - _INDENT + 1

    def opens(self, b: _Box) -> bool:
        """Does the box open something (a paragraph, an article)?"""
        one_par = len(b.lines) == 1 and ends_sentence(b.first) and not self.full_first(b)
        return (b.head or is_byline(b.first) or b.dateline or self.first_shape(b)
                or b.furniture or one_par)

    def score(self, i: int, j: int) -> float:
        key = (i, j)
        s = self.cache.get(key)
        if s is None:
            a = self.boxes[i]
            s = self._score(a, self.boxes[j], j - i)
            if a.head or a.byline:
                # what stands over an article is followed by the article's first box: the
                # boxes in between belong to other columns
                s -= _HEAD_FAR * (j - i - 1)
            self.cache[key] = s
        return s

    def _score(self, a: _Box, b: _Box, gap: int) -> float:
        if b.furniture or a.furniture:
            return -9.0
        last, first = a.last, b.first
        no_start = first[:1] in NO_LINE_START
        if b.head and not a.head:
            return -9.0  # a headline opens a stream: its article's lines read on from it
        if a.byline or (b.byline and not a.head):
            # a byline goes on from its headline only, and ends its stream: the article's first
            # paragraph opens one of its own (letting the paragraph go on from the byline, an
            # opening line or a dateline after it: articles cer dev plain pdftotext / pdfminer
            # 0.1416 / 0.2240 -> 0.1517 / 0.2292, set A 0.2921 / 0.3021 -> 0.2961 / 0.3140,
            # though bylines gain on other text, session 41)
            return -9.0
        if a.head and len(a.lines) == 1 and a.first_w <= _LABEL:
            # a section label (``国际``) stands over a headline, or alone
            return _HEAD_HEAD if b.head else -9.0
        if a.head:
            # after a headline: its other lines, a subtitle, a byline, the first paragraph
            if no_start or not self.opens(b):
                return -9.0
            # two headline boxes: mostly the headlines of neighbouring columns (a headline's
            # lines sit close: one box)
            if b.byline or b.dateline:
                # a headline's byline or dateline: under it, though the extractor may give
                # boxes of other columns first
                return _AFTER_HEAD + _OPENER + _HEAD_FAR * (gap - 1)
            return _HEAD_HEAD if b.head else _AFTER_HEAD
        if not ends_sentence(last):
            if self.full_last(a) or len(a.lines) == 1:
                s = 1.0 + self.seam(last, first)
                if (_other_width(a.last_w + a.last_n, b.first_w + b.first_n) and self.full_first(b)
                        and not ends_sentence(first)):
                    s -= _WIDTH_CHANGE
                if no_start:
                    s += 2.0
                elif b.head:
                    return -9.0  # a headline never goes on from a cut line
                elif b.dateline or is_byline(first):
                    s -= 4.0
                elif self.first_shape(b):
                    s -= 3.5
                return s
            # a short line ending no sentence: a heading, a list, a label
            return 0.0 if self.opens(b) else -1.0
        if no_start:
            return 1.5 if first[:1] in "”’」』）)" else -4.0
        if not self.full_last(a):
            # a paragraph's last line
            if b.dateline:
                return _DATELINE_AFTER_BODY  # a dateline opens an article: under its headline
            if self.opens(b):
                return 1.0
            return -1.5 if self.full_first(b) else 0.0
        # a full line that ends a sentence: the paragraph may end or go on
        if b.dateline:
            return _DATELINE_AFTER_BODY
        return 0.5 if self.opens(b) else 0.3


#: strides looked for where k columns are read line by line, one box per line (2 to 8 columns)
_PERIODS = range(2, 9)
#: one-line boxes on each side of a box whose seams decide its local stride. Narrow: a page's
#: columns are read line by line over a few rows only (under a headline the first lines of two
#: columns come in turn, then one column's boxes a dozen at a time), and a window reaching into
#: a one-column run lets stride 1 win over the interleaved rows (dev_038: ``矗立`` +
#: ``的大型壁毯``, the next column's first line, for ``矗立`` + ``起一座``). Stream links
#: (``tools/pdfminer_restack.py``, P / R) at 24 -> 6 (with the margin below 0.5 -> 0.25, and
#: :data:`_WIDTH_CHANGE`, :data:`_RECUR3` of the same session): dev 0.937 / 0.908 -> 0.951 /
#: 0.921, variants 0.900 / 0.881 -> 0.934 / 0.908, other text (rounds 0-1) 0.970 / 0.945 ->
#: 0.977 / 0.950; articles cer pdfminer dev 0.2725 -> 0.2731, variants 0.3613 -> 0.3424, other
#: text 0.3544 / 0.3854 / 0.3473 / 0.4336 -> 0.3252 / 0.3973 / 0.3360 / 0.4341; the plain
#: pdftotext pages read as pdfminer boxes: dev 0.1722 -> 0.1689, variants 0.3091 -> 0.3085,
#: other text 0.2827 / 0.2509 / 0.3186 / 0.2725 -> 0.2780 / 0.2502 / 0.3138 / 0.2727. The
#: window alone: dev pdftotext 0.1792 (dev_009: four columns ending at different heights, where
#: it finds stride 3 over rows that still read at 4). (Windows of 16, 12, 8 lie between; 5, 7,
#: 10, or a minimum of 4 or 8 seams read about as many links right or fewer; a window that keeps
#: its width at a headline by reaching further on the other side, or the wide window first and
#: the narrow one where it finds no stride: fewer links, worse articles)
_PERIOD_WINDOW = 6
#: a stride is the local rhythm where its seams read better, on average, than those of every
#: other stride (stride 1 included) by this much (nats), over at least _PERIOD_MIN seams (8
#: before the window stopped at headlines, session 9; a window between two headlines holds
#: fewer seams: 6 gains a little on the variants, dev articles cer 0.3044 -> 0.3033, variants
#: 0.4248 -> 0.4217; 4 and 5 the same as 8 on dev, 0.4239 on the variants). 0.25 since session
#: 33, with the narrow window (lines read on, P / R, dev and variants: 0.5 0.954 / 0.895 and
#: 0.931 / 0.871, 0.25 0.957 / 0.898 and 0.938 / 0.878; 0.0 and 0.1 about as 0.25, 1.0 worse).
#: 0.1 since session 38, with :data:`_PERIOD_BONUS` 1.5 -> 2.0 (below)
_PERIOD_MARGIN = 0.1
_PERIOD_MIN = 6
#: what a box going on at its local rhythm's stride gains. 2.0 since session 38, with the
#: margin 0.25 -> 0.1: set B of the variant bench (four to seven columns printed line by line)
#: needs the rhythm to weigh more against seams of five to seven characters. Articles cer
#: (``tools/score_articles.py``), pdfminer / plain pdftotext: dev 0.2511 / 0.1439 -> 0.2283 /
#: 0.1441 (pdfminer pair 0.876 -> 0.893), set A 0.3124 / 0.2960 -> 0.2990 / 0.2945, set B
#: 0.3047 / 0.4865 -> 0.2998 / 0.4844, held-out other text pdfminer 0.3496 -> 0.3377; worse:
#: other text rounds 0-1 pdfminer 0.3057 -> 0.3140, fresh plain pdftotext 0.2382 -> 0.2405;
#: edits of both flavours over the seven older sets 1108441 -> 1103832, over set B 85830 ->
#: 84359. (Bonus 2.5: 1115552 and 85001; bonus alone at 2.0, margin 0.25: fewer links on dev)
_PERIOD_BONUS = 2.0

#: a hypothesis's state: the open streams' last boxes, their gaps, whether the last box switched
_State = tuple[tuple[int, ...], tuple[int, ...], bool]


def _local_periods(boxes: Sequence[_Box], seams: _Seams) -> list[int]:
    """Each box's local rhythm: the stride k (2 to 8) at which the one-line boxes around it read
    on, where k columns are printed line by line (column 1 line 1, column 2 line 1, ...); 1
    where no stride stands out.

    The seams of every one-line box with the one-line box k later are averaged over a window of
    boxes around each box, between the headlines before and after it; the stride whose average
    beats every other stride's (stride 1 included) by ``_PERIOD_MARGIN`` is that box's rhythm.
    The column count itself is never assumed: any count from 2 to 8 is found the same way.
    """
    n = len(boxes)
    one = [len(b.lines) == 1 and not (b.head or b.furniture or b.byline) for b in boxes]
    if sum(one) < 2 * _PERIOD_MIN:
        return [1] * n
    ks = (1, *_PERIODS)
    # the headlines before and after each box (box index; -1 and n where there is none)
    prev_head, next_head = [-1] * n, [n] * n
    for j in range(1, n):
        prev_head[j] = j - 1 if boxes[j - 1].head else prev_head[j - 1]
    for j in range(n - 2, -1, -1):
        next_head[j] = j + 1 if boxes[j + 1].head else next_head[j + 1]
    # prefix sums of each stride's clipped seam scores (and counts) over the boxes
    sums: dict[int, list[float]] = {}
    cnts: dict[int, list[int]] = {}
    for k in ks:
        acc, cnt = [0.0], [0]
        for j in range(n):
            # (no seam across a headline: the columns under it are read anew)
            ok = one[j] and j + k < n and one[j + k] and next_head[j] > j + k
            acc.append(acc[-1] + (max(seams.score(j, j + k), -5.0) if ok else 0.0))
            cnt.append(cnt[-1] + (1 if ok else 0))
        sums[k], cnts[k] = acc, cnt
    out = [1] * n
    for j in range(n):
        if not one[j]:
            continue
        # the window stops at the headlines around the box: the columns read line by line above
        # a headline are not those under it (dev_010 of the variant bench: two columns
        # alternate box by box over an article's headline, then each column's boxes come
        # one after the other under it; the stride 2 read on past it put the second column's
        # lines after the first's). Dev pdfminer articles cer 0.3128 -> 0.3044, variants
        # 0.4471 -> 0.4248 (headline_em 0.669 -> 0.682, pair_f1 0.704 -> 0.744; dev byline_em
        # 0.868 -> 0.816, two bylines of 38); the window alone (seams across a headline still
        # counted) 0.3050 / 0.4254
        lo = max(prev_head[j] + 1, j - _PERIOD_WINDOW)
        hi = min(next_head[j], j + _PERIOD_WINDOW + 1)
        means = {}
        for k in ks:
            c = cnts[k][hi] - cnts[k][lo]
            if c >= _PERIOD_MIN:
                means[k] = (sums[k][hi] - sums[k][lo]) / c
        if len(means) < 2:
            continue
        best = max(means, key=lambda k: means[k])
        if best > 1 and all(means[best] - v >= _PERIOD_MARGIN for k, v in means.items() if k != best):
            out[j] = best
    return out


def _entry_rank(kv: tuple[_State, tuple[float, int, int]]) -> float:
    """Beam entries rank by score, best first (ties in the order they were reached)."""
    return -kv[1][0]


def _link_base(boxes: Sequence[_Box], seams: _Seams, period: Sequence[int], i: int, j: int, across: int) -> float:
    """The score of box ``j`` going on from box ``i`` in its stream (all but rhythm, stride)."""
    base = seams.score(i, j) - _FAR * max(j - i - _NEAR, 0)
    if i < across and not boxes[i].head:
        base -= _ACROSS
    elif period[i] > 1 and period[i] == j - i:
        base += _PERIOD_BONUS  # (not past a headline: its columns start anew)
    return base


def _decode(boxes: Sequence[_Box], seams: _Seams) -> list[int]:
    """The stream of each box (ids in order of the streams' first boxes).

    A hypothesis is the open streams' last boxes (ascending, so the box just placed is the
    last one), the gap (in boxes) at which each was reached (0: it opened the stream) and
    whether the last box switched streams; one hypothesis per such state is kept, the
    ``_BEAM`` best at each box.
    """
    width = min(_BEAM, max(_MIN_BEAM, _BUDGET // len(boxes)))
    period = _local_periods(boxes, seams)
    # (k columns read line by line, and the stream of what stands above or beside them)
    max_streams = max(_MAX_STREAMS, max(period) + 1)
    # a box in the first row of a rhythm (no box of that rhythm one stride back) opens a column
    first_row = [k > 1 and (j < k or period[j - k] != k) for j, k in enumerate(period)]
    # each beam entry: (score, last boxes, gaps, switched); steps[j][k] = (index of the
    # entry at box j - 1 it came from, the box it followed in its stream or -1)
    beam: list[tuple[float, tuple[int, ...], tuple[int, ...], bool]] = [(0.0, (0,), (0,), False)]
    steps: list[list[tuple[int, int]]] = [[(-1, -1)]]
    # the last headline before each box: the boxes after it are printed under it (or beside
    # it), so a column above it reads on past it only where the seams insist
    across = -1
    for j in range(1, len(boxes)):
        if boxes[j - 1].head:
            across = j - 1
        if boxes[j].furniture:
            # page furniture stands alone and holds no column open
            steps.append([(k, -1) for k in range(len(beam))])
            continue
        link: dict[int, float] = {}  # the score of box j going on from box i (all but rhythm, stride)
        new_cost = 0.0 if boxes[j - 1].furniture else _NEW_STREAM
        opened = -new_cost + (_PERIOD_BONUS if first_row[j] else 0.0)
        best: dict[_State, tuple[float, int, int]] = {}
        get = best.get  # (the inner loop runs up to beam x streams times per box: no calls)
        for parent, (hs, last, gaps, prev_switch) in enumerate(beam):
            top = len(last) - 1  # the slot of the last box placed (j - 1 unless furniture)
            for slot, i in enumerate(last):
                base = link.get(i)
                if base is None:
                    base = link[i] = _link_base(boxes, seams, period, i, j, across)
                switch = slot != top
                sc = hs + base + (_RHYTHM if switch == prev_switch else 0.0)
                if gaps[slot] == j - i:
                    sc += _STRIDE  # the stream reads on at its stride
                # (the rows of a column start under its headline and byline)
                gap = 0 if boxes[i].head or boxes[i].byline else j - i
                key = ((*last[:slot], *last[slot + 1 :], j), (*gaps[:slot], *gaps[slot + 1 :], gap), switch)
                old = get(key)
                if old is None or sc > old[0]:
                    best[key] = (sc, parent, i)  # the best way into each state
            # a new stream (the oldest retires when too many are open)
            keep = 1 if len(last) >= max_streams else 0
            key = ((*last[keep:], j), (*gaps[keep:], 0), True)
            sc = hs + opened
            old = get(key)
            if old is None or sc > old[0]:
                best[key] = (sc, parent, -1)
        ranked = sorted(best.items(), key=_entry_rank)[:width]
        beam = [(v[0], k[0], k[1], k[2]) for k, v in ranked]
        steps.append([(v[1], v[2]) for _, v in ranked])
    # walk back: each box's predecessor in its stream (-1: it opens a stream)
    pred = [-1] * len(boxes)
    k = 0
    for j in range(len(boxes) - 1, 0, -1):
        k, pred[j] = steps[j][k]
    stream = [0] * len(boxes)
    n = 0
    for j, p in enumerate(pred):
        if p < 0:
            stream[j] = n
            n += 1
        else:
            stream[j] = stream[p]
    return stream


def _digits_were_wide(boxes: Sequence[_Box]) -> bool:
    """Were the half-width letters and digits printed full-width? Lines that go on (no
    sentence end) and hold some are as wide as the column when each counts double."""
    wide = narrow = 0
    for b in boxes:
        for ln in b.lines:
            n = _narrow(ln)
            if not n or ends_sentence(ln):
                continue
            w = printed_width(ln)
            if w <= b.col + 1:  # (a wider line is no column line either way)
                wide += abs(w + n - b.col) < abs(w - b.col)
                narrow += abs(w - b.col) < abs(w + n - b.col)
    return wide > narrow


#: a line ending on the date's first digits (``…１月１``, ``…１月``)
_DATE_CUT = re.compile(r"[0-9０-９]月?$")


def _cut_dateline(text: str) -> bool:
    """A dateline cut at its line's end before its ``电``, in a narrow column: the agency, the
    place and the date's first digits (``新华社华盛顿１月１`` / ``３日电（记者…``), which the rest
    of the date and ``电`` make a dateline. Read as a dateline, the headline over it stays a
    headline: pdfminer articles cer, variants 0.3412 -> 0.3210, their OCR subset's pdfminer pages
    0.3339 -> 0.2719 (six narrow columns); nothing else changes."""
    t = drop_space(text)
    return _DATE_CUT.search(t) is not None and _is_dateline(t + "日电")


def _opens_article(line: str) -> bool:
    """A byline, a dateline (or one cut at the line's end) or a speech's salutation
    (``同志们：``): what a headline stands over.

    >>> _opens_article("新华社华盛顿1月1"), _opens_article("新华社北京１月１４"), _opens_article("北京1月1")
    (True, True, False)
    """
    return is_byline(line) or _is_dateline(line) or is_salutation(line) or _cut_dateline(line)


def _running_line(line: str) -> bool:
    """A running head or folio line (:func:`.furniture.is_furniture_line`) that holds more than
    digits."""
    return is_furniture_line(line) and not drop_space(line).isdigit()


def _split_box(lines: list[str], col: int, *, plain_pdftotext: bool = False) -> list[list[str]]:
    """A box's lines, cut where one line does not read on into the next as lines of one
    column do (an extractor that groups lines of several columns or sizes into one block):
    a headline-like line over a column line, a byline or a dateline, a full line that ends no
    sentence over a paragraph's first line. ``plain_pdftotext``: the boxes are plain
    pdftotext's, whose paragraph first lines (their indent dropped) stand in their boxes: a
    headline-like line of a first line's width over a full line is no headline there."""
    out = [[lines[0]]]
    running = [_running_line(ln) for ln in lines]
    for k, (a, b) in enumerate(pairwise(lines)):
        wa, wb = printed_width(a) + _narrow(a), printed_width(b) + _narrow(b)
        full_a = wa >= col - 2
        over = _is_head(a) and not is_byline(a) and (is_byline(b) or _is_dateline(b))
        # (plain pdftotext's narrow columns: ``前中国游泳队总教练陈运鹏此次`` / ``作为考察团成员来到
        # 珀斯观赛，他还``, a paragraph's first line without a clause mark. Plain pdftotext articles
        # cer dev 0.1416 -> 0.1378, set A 0.2921 -> 0.2867, set B 0.4861 -> 0.4875; on pdfminer's
        # boxes it reads worse: set A 0.3017 -> 0.3055, its OCR subset 0.2469 -> 0.2643)
        first_a = plain_pdftotext and col - _INDENT - 3 <= wa <= col - _INDENT + 1 and wb >= col - 2
        # (a running head or folio read into one box with the text under or over it: ``人民日报``
        # / ``国际``, the masthead over the page's section label, which then stood for a headline;
        # not a line of digits alone, a number of a headline wrapped in a narrow column: ``全年增收``
        # / ``１１１４`` / ``亿元``)
        furn = running[k] != running[k + 1]
        # (a headline-like line wider than the column is set across columns: a headline over
        # the column's first line, ``山西查处腐败分子一批群众反映强烈的重点案件公开处理`` / ``据介绍，…``)
        cut = furn or over or (_is_head(a) and not first_a and (not full_a or wa > col + 2 * _WIDE_HEAD) and wb >= col - 8) or (
            full_a and not ends_sentence(a) and col - _INDENT - 3 <= wb <= col - _INDENT + 1)
        if cut:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _prepare(raw: list[list[str]], *, plain_pdftotext: bool = False) -> tuple[list[_Box], _Seams | None]:
    """The page's boxes and their seam scorer (None: no column width to go by)."""
    boxes = [_make(b) for b in raw]
    widths = [[printed_width(ln) for ln in b.lines] if not b.furniture else [] for b in boxes]
    col = typical_width(w for ws in widths for w in ws)
    every = [w for ws in widths for w in ws]
    if not col or sum(col - 4 <= w <= col + 1 for w in every) < _MIN_FULL * len(every):
        # no column width, or few lines fill it: paragraphs a line each, not printed lines
        return boxes, None
    raw = [part for b in raw for part in ([b] if _caption_box(b) else _split_box(b, col, plain_pdftotext=plain_pdftotext))]
    boxes = [_make(b) for b in raw]
    widths = [[printed_width(ln) for ln in b.lines] if not b.furniture else [] for b in boxes]
    # each box's column width: the typical width of the lines of its neighbours (a page may
    # hold columns of several widths)
    local = []
    for k in range(len(boxes)):
        near = [w for ws in widths[max(0, k - _WINDOW) : k + _WINDOW + 1] for w in ws]
        local.append(typical_width(near, min_support=4) or col)
    boxes = [replace(b, col=c) for b, c in zip(boxes, local, strict=True)]
    # a line of about the column's width is body text, punctuation or not (a wider one is
    # set across columns: a headline)
    # (unless a byline or a dateline follows it); a box of several lines is a headline only
    # where none of them fills the column
    nxt = [next((c.first for c in boxes[k + 1 :] if not c.furniture), "") for k in range(len(boxes))]
    boxes = [replace(b, head=False)
             if b.head and ((len(b.lines) == 1 and b.col - 8 <= b.first_w + b.first_n <= b.col + 4
                             and not _opens_article(nxt[k]) and not _two_part_head(b.first))
                            or (len(b.lines) > 1 and any(b.col - 3 <= printed_width(ln) <= b.col + 2 for ln in b.lines)))
             else b
             for k, b in enumerate(boxes)]
    # a short line that goes on with a word a column's line cut shortly before it is that
    # line's paragraph's rest (``…化工产业高质量发`` / ``展提供有力的学``), not a headline
    # (a line wider than its column is set across columns: no column line's rest, whatever
    # word the character model reads across, ``…代总理洪成南`` + ``美声称不排除单独对伊采取行动``:
    # ``南美``; with the cut dateline above, variants 0.3210 -> 0.3206, other text three sets
    # 0.0001-0.001 lower)
    boxes = [replace(b, head=False)
             if b.head and len(b.lines) == 1 and b.first_w <= b.col + 4
             and any(not a.head and not a.furniture and not ends_sentence(a.last) and word_cut(a.last, b.first)
                     for a in boxes[max(0, k - _HEAD_CUT_REACH) : k])
             else b
             for k, b in enumerate(boxes)]
    # a line of its own wider than its column, one clause mark at most and no sentence end, whose
    # width no other line of the page shares (headlines aside): a headline set across the
    # columns, its two parts a comma apart (``港岛一商住大厦发生大火已证实一人死亡，三十多人受伤``),
    # not a column's line that a stream may read on into (before, ``…开始演唱艺术生涯，以`` took
    # it, and the report under it went into that article). A wide column's lines share their
    # width. Articles cer / pair, pdfminer: dev 0.2619 / 0.875 -> 0.2609 / 0.876 (headline 0.905
    # -> 0.911), other text 0.3050 / 0.3521 / 0.3137 / 0.4097 -> 0.3049 / 0.3513 / 0.3093 /
    # 0.4095 (pair 0.779 / 0.763 / 0.786 / 0.717 -> 0.779 / 0.767 / 0.804 / 0.717), variants
    # unchanged; eight pages changed, none worse (without the width test: variants 0.3198 ->
    # 0.3179 but byline 0.943 -> 0.914, lines of a wide report among narrow columns taken)
    widths_seen = Counter(printed_width(ln) for b in boxes if not b.furniture and not b.head for ln in b.lines)
    boxes = [replace(b, head=True)
             if not b.head and not b.furniture and not b.byline and not b.dateline and len(b.lines) == 1
             and b.first_w > b.col + _WIDE_HEAD and not ends_sentence(b.first)
             and len(CLAUSE_MARK.findall(b.first)) <= 1
             and sum(widths_seen[w] for w in range(b.first_w - _SAME_WIDTH, b.first_w + _SAME_WIDTH + 1)) <= 1
             else b for b in boxes]
    if not _digits_were_wide(boxes):
        boxes = [replace(b, first_n=0, last_n=0) for b in boxes]
    return boxes, _Seams(boxes)


def _streams(page: str, *, plain_pdftotext: bool = False) -> tuple[list[_Box], list[int], _Seams] | None:
    """One page's boxes, the stream of each (:func:`_decode`) and their seam scorer; None for
    a page left as it is (too few boxes, or no column width to go by)."""
    raw = blank_blocks(page.split("\n"))
    if len(raw) < _MIN_BOXES:
        return None
    boxes, seams = _prepare(raw, plain_pdftotext=plain_pdftotext)
    if seams is None:
        return None
    return boxes, _decode(boxes, seams), seams


def _restack_page(page: str, plain_pdftotext: bool = False) -> str:
    found = _streams(page, plain_pdftotext=plain_pdftotext)
    if found is None:
        return page
    boxes, stream, _ = found
    out: list[list[str]] = [[] for _ in range(max(stream) + 1)]
    for b, s in zip(boxes, stream, strict=True):
        out[s].extend(b.lines)
    lead = page[: len(page) - len(page.lstrip("\n"))]
    tail = page[len(page.rstrip("\n")) :]
    return lead + "\n\n".join("\n".join(s) for s in out if s) + tail


def restack(text: str, *, plain_pdftotext: bool = False) -> str:
    """The pdfminer page text with its boxes sorted into column streams (see the module
    docstring), each stream one blank-line block. Total: any str in, the same lines out.
    ``plain_pdftotext``: the boxes are plain pdftotext's (see :func:`_split_box`)."""
    if not isinstance(text, str) or not text.strip():
        return text
    return "\f".join(_restack_page(p, plain_pdftotext) for p in text.split("\f"))
