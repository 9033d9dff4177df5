"""Rows that hold several columns one space apart, threaded back into columns.

``pdftotext`` (without ``-layout``) prints the lines of neighbouring columns that share a
baseline as one row, one space apart. Where the columns' baselines drift apart (a headline, a
paragraph gap, a picture in one column) a row holds fewer pieces, and which column each piece
belongs to is no longer given by its place in the row::

    零下近３０摄氏度的严寒中，中 组组长、国家经贸委副主任张志 心。牧民索朗说：“有了中央的关
    央慰问组的到来，为灾区送来了 刚和西藏自治区区委副书记丹增 心，有各级领导在我们中间，我
    春天般的温暖。
    一起走进牧民朗穷的帐篷里。朗 们就有了主心骨，再大的灾难我

:func:`thread_rows` gives every piece a column, keeping each row's pieces in left-to-right
order, so that the columns read on: a line cut mid-sentence continues in the next piece of its
column (the shared character model's :func:`~cntextclean.plausibility.join_score` over the
seam), a piece that cannot open a line (``，`` ``。`` ...) follows a line left open, a
paragraph's first line (short by the indent pdftotext drops) follows a line that ends a
sentence, a piece is no wider than its column's lines. A beam search over the rows weighs the
assignments of all rows at once.

What pdftotext does with the rows is the model: the columns' lines sit on one grid of
baselines, and each baseline comes out as one or more rows, left to right; a row holds
neighbouring columns (pdftotext joins two lines of one baseline only where one ends at its
column's edge and the next starts at its column's edge), and a new row on the same baseline
starts right of the one before (after a paragraph's short last line, or before a first line's
indent). So each row either goes on the baseline of the row before it, further right, or opens
the next baseline; a baseline closed with a column left empty whose last line ends no sentence
costs :data:`_GAP` (a column does not stop mid-sentence for a line; it may stop after a
sentence, at an article's end), and so does such a column at the stretch's end.

Drift: where two columns' baselines are offset by less than a line (a column set a little
higher after a headline or a picture), pdftotext prints each line on a row of its own, in the
order of height: the higher column's line first, even where it is the right one. A row alone
may so go on the baseline of the row before it but left of it, at :data:`_DRIFT` the first time
in a stretch and at no cost after that: the columns keep their offset, and the lines of the
higher one keep coming first (``…国务院总理李鹏今天下午在人民大会堂会见`` of the right column
before ``十多年的探索和实践，…`` of the left one, row after row).

Only seams with real evidence are kept: each column is cut into blocks wherever a piece does
not clearly read on from the line above it, and the page analysis links those blocks as it
links any others. What threading adds is the order: the blocks come column by column (each
column top to bottom), the order in which the columns are read, instead of row by row. A row
holding only a headline-like piece (short, no clause punctuation: a headline or byline across
the columns; or the first row, over a row of several columns, as wide as a column's line: a
headline in a larger type over narrow columns) keeps its place between the rows above and
below it, unless it is the rest of a headline whose first line shared the row above it with
another column's line: then it goes on that line.

>>> rows = [["零下近３０摄氏度的严寒中，中", "组组长、国家经贸委副主任张志"],
...         ["央慰问组的到来，为灾区送来了", "刚和西藏自治区区委副书记丹增"],
...         ["春天般的温暖。"]]
>>> for block in thread_rows(rows, 28): print(block)
['零下近３０摄氏度的严寒中，中', '央慰问组的到来，为灾区送来了']
['春天般的温暖。']
['组组长、国家经贸委副主任张志', '刚和西藏自治区区委副书记丹增']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations

from ..plausibility import join_score
from .lines import CLAUSE_MARK, DATELINE_START, NO_LINE_START, ends_sentence
from .width import display_width

__all__ = ["Threaded", "thread_rows"]
#: more pieces on a row than this are no columns (and would make the search slow)
_MAX_COLUMNS = 6
#: how many partial assignments the beam search keeps
_BEAM = 24
#: a seam with less evidence does not join two pieces into one block (the page analysis may
#: still link them). Dev pdftotext, threading on: 1.0 gives clean cer_sorted 0.027 (0.022 with
#: no threading; issue #5 asks <= 0.03) and articles cer 0.315; 0.0 gives 0.046 and 0.299
_JOIN_AT = 1.0
#: ... and between two rows in a row that hold the same columns, where the column is as good
#: as certain (dev pdftotext articles headline_em 0.645 -> 0.663, whole gold paragraphs 497 -> 502)
_CERTAIN_JOIN = -2.5
#: what starting a column costs (a piece read on from a column already started is likelier)
_NEW_COLUMN = 0.5
#: what a baseline costs per column it leaves empty after a line that ends no sentence (dev
#: pdftotext, neighbouring threaded lines that read on in the gold text: 1,436 of 1,836 with
#: the model this replaced, which kept columns that had shared a baseline together and the
#: columns' line counts even, 1,574 with the grid at 3.0; articles cer 0.2230 -> 0.1955, other
#: layouts 0.3069 -> 0.3060, other text 0.3111 -> 0.2987 and 0.2769 -> 0.2715 held out; 2.0 and
#: 1.0 read on less, dev cer 0.2050 and 0.2098 without the end-of-stretch cost)
_GAP = 3.0
#: what a lone row costs put on the baseline of the row before it but left of it (see "Drift"
#: in the module docstring) the first time in a stretch; after that such a row costs nothing
#: more (the columns keep their offset). Plain pdftotext articles cer, none -> 4.0: dev 0.1591
#: -> 0.1523 (pair 0.860 -> 0.868), variants 0.3001 -> 0.3000, other text 0.2445 / 0.2300 /
#: 0.2946 / 0.2446 -> 0.2440 / 0.2291 / 0.2938 / 0.2441. At 2.0 (dev 0.1552; other text
#: 0.2480 / 0.2302) and 3.0 a weak seam swaps a caption's line into the other column; a cost
#: that stays (4.0 every time: dev 0.1593) keeps the drifted columns apart only at the first
#: rows; 6.0 gives dev 0.1523, other text 0.2427 / 0.2287 / 0.2934 / 0.2451
_DRIFT = 4.0
#: evidence that a line goes on from one that left a bracket open, where it closes it within
#: its first characters (a sign-off cut at a line's end; such a line is no headline fragment
#: either). Plain pdftotext articles (cer / headline): dev 0.1955 / 0.858 -> 0.1954 / 0.864,
#: held-out other text 0.2715 / 0.678 -> 0.2701 / 0.680, other text the same, other layouts
#: 0.3060 -> 0.3116 (dev_032-c6, where the sign-off now ends its article and the page's
#: scrambled reports after it are read in another order)
_BRACKET = 3.0
#: ... closing it within this many characters
_BRACKET_REACH = 12
#: ... and from a dateline's first line, where it completes the dateline (dev_036: plain
#: pdftotext articles dev cer / headline / pair 0.1954 / 0.864 / 0.853 -> 0.1950 / 0.870 /
#: 0.865; the other-layout and other-text pages unchanged)
_DATELINE = 3.0
#: what a row costs on the baseline of the row before it where pdftotext would have joined the
#: two (the row before ends on a line that fills its column, this one starts on the next column
#: with no first line's indent): other layouts' plain pdftotext articles cer 0.3124 at 0.0,
#: 0.3052 at 2.0 (dev the same)
_MERGE = 2.0
#: evidence from a paragraph's first line (short of a full line by the dropped indent): it
#: follows a line that ends a sentence, not a full line left open. Dev pdftotext, lines put
#: one under the other in a column that read on in the gold: 665 of 802 at 0.0, 682 at 1.0,
#: 699 at 2.0, 700 at 3.0 (variants 578, 595, 597, 597); articles cer 0.2878 at 0.0, 0.2855
#: at 1.0, 0.2807 at 2.0, 0.2814 at 3.0 (variants 0.3516, 0.3461, 0.3471, 0.3471)
_INDENT = 2.0
#: a headline-like piece is shorter than a full line by more than this: a paragraph's first
#: line (indent dropped, a character or two pushed on) is short by up to four characters
_HEAD_SHORT = 8


def _heading_like(piece: str, full: int) -> bool:
    """A short piece without clause punctuation: a headline fragment or a byline."""
    return display_width(piece) < full - _HEAD_SHORT and not CLAUSE_MARK.search(piece)


@lru_cache(maxsize=65536)
def _seam(tail: str | None, piece: str, full: int) -> float:
    """Evidence that ``piece`` is the next printed line after ``tail`` in one column."""
    if tail is None:
        return -_NEW_COLUMN
    head = piece.lstrip()[:1]
    if not ends_sentence(tail):
        s = max(min(join_score(tail, piece), 4.0), -4.0)
        if head in NO_LINE_START:
            s += 2.0
        if _closes_bracket(tail, piece):
            s += _BRACKET
        if _completes_dateline(tail, piece):
            s += _DATELINE
        elif DATELINE_START.match(piece) and display_width(tail) >= full - 4 and not tail.rstrip().endswith("据"):
            # a full line left open does not go on with a dateline: the dateline opens an article
            # (other layouts' plain pdftotext articles cer 0.3137 -> 0.3085; dev, other text the same)
            s -= _DATELINE
        if display_width(tail) < full - 4:
            s -= 1.0  # a short line left open: a headline fragment more than a body line
        return s
    return -3.0 if head in NO_LINE_START else 0.3


def _completes_dateline(tail: str, piece: str) -> bool:
    """Does ``piece`` complete the dateline that ``tail`` opens (``新华社耶路撒冷１月８日`` /
    ``电（记者…``)?"""
    t = tail.strip()
    return DATELINE_START.match(t) is None and DATELINE_START.match(t + piece.strip()) is not None


def _closes_bracket(tail: str, piece: str) -> bool:
    """Does ``piece`` close, early on, a bracket that ``tail`` left open (a sign-off cut at a
    line's end: ``…外部边界。（本报波恩`` / ``１月１３日电）``)?"""
    return tail.count("（") > tail.count("）") and "）" in piece[:_BRACKET_REACH]


def _first_line(piece: str, width: int) -> bool:
    """A paragraph's first line, printed without its indent in a column ``width`` wide."""
    return width - 6 <= display_width(piece) <= width - 3 and not ends_sentence(piece)


@lru_cache(maxsize=65536)
def _indent(tail: str | None, piece: str, full: int) -> float:
    """Evidence for the column from a paragraph's first line, which pdftotext prints without
    its two-character indent: short of a full line by about that much, and no sentence ends
    in it. It follows a line that ends a sentence, not a full line left open. (Evidence for
    the column only: whether the two lines join into one block is :func:`_seam`'s say.)"""
    if tail is None or not _first_line(piece, full):
        return 0.0
    if ends_sentence(tail):
        return _INDENT
    return -_INDENT if display_width(tail) >= full - 4 else 0.0


def thread_rows(rows: Sequence[Sequence[str]], full: int) -> list[list[str]]:
    """Rows of side-by-side pieces -> blocks of lines in column order (see the module docstring).

    ``rows``: each row's pieces, left to right; ``full``: the display width of a full line of
    one column. Every piece ends up in exactly one block (a row too wide for every column is
    first split at the spaces inside its pieces, see :func:`_fit`), and every block's lines
    are in row order.
    """
    out: list[list[str]] = []
    stretch: list[Sequence[str]] = []
    for k, r in enumerate(rows):
        if len(r) == 1 and (_heading_like(r[0], full) or (k == 0 and _top_heading(r[0], rows, full))):
            threaded = _thread(stretch, full)
            # (the rest of a headline whose first line shared the row above with another
            # column's line goes on that headline: ``《虎踞钟山》剧组人员座谈表示弘扬 岁月的…`` /
            # ``主旋律再创新精品``; dev plain pdftotext headline_em 0.870 -> 0.876)
            home = _heading_home(stretch, threaded, full)
            if home is not None:
                home.append(r[0])
            out.extend(threaded)
            stretch = []
            if home is None:
                out.append([r[0]])
        elif r:
            stretch.append(r)
    out.extend(_thread(stretch, full))
    return out


def _top_heading(piece: str, rows: Sequence[Sequence[str]], full: int) -> bool:
    """A piece alone on the first of the rows, over a row of several columns, with no clause
    punctuation and no sentence end, no dateline, and no wider than a column's line: a headline
    set over the columns (``朝代总理表示深切同情`` over three narrow columns, in a larger type:
    as wide as their lines in characters), not one of their lines."""
    return (len(rows) > 1 and len(rows[1]) >= 2 and not CLAUSE_MARK.search(piece) and not ends_sentence(piece)
            and not DATELINE_START.match(piece) and display_width(piece) <= full)


def _heading_home(stretch: Sequence[Sequence[str]], threaded: list[list[str]], full: int) -> list[str] | None:
    """The block of the threaded ``stretch`` that a lone headline-like row under it goes on:
    the headline-like first piece of the stretch's last row, where that row held several
    pieces and the piece is a block of its own."""
    if not stretch or len(stretch[-1]) < 2 or not _heading_like(stretch[-1][0], full):
        return None
    return next((b for b in threaded if b == [stretch[-1][0]]), None)


_SPACES = re.compile(r" +")


def _fits(spans: Sequence[int], limit: Sequence[int]) -> bool:
    """Can pieces this wide go into the columns, in order, each no wider than its column?"""
    return any(all(spans[pi] <= limit[c] for pi, c in enumerate(cols))
               for cols in combinations(range(len(limit)), len(spans)))


def _fit(row: Sequence[str], limit: Sequence[int]) -> Sequence[str]:
    """A row none of whose assignments fits (a piece wider than every column) split at the
    spaces inside its pieces, when that makes it fit: pdftotext's one space between columns
    is not cut by the side gap pattern next to a half-width character (``增长了16. 民经济``),
    nor within rows not much wider than one line (``记者从今天在北 定。``)."""
    if len(row) > len(limit) or _fits([display_width(x) for x in row], limit):
        return row
    split = [y for x in row for y in _SPACES.split(x) if y]
    if len(split) <= len(limit) and _fits([display_width(x) for x in split], limit):
        return split
    return row


#: where the rows stand on the grid of baselines: the columns the current baseline holds so far
#: and the columns begun in the stretch (bit masks), the column the row before ends on if its
#: last line fills that column (else -1), and whether a row has drifted in the stretch
_Grid = tuple[int, int, int, bool]
#: a beam state: score, each column's last line, the baseline grid, and the placements: (this
#: row's (piece, column, seam evidence) tuples, the previous placements)
_State = tuple[float, tuple[str | None, ...], _Grid, tuple[object, ...]]


def _left_open(tails: Sequence[str | None], mask: int) -> int:
    """How many of the columns in ``mask`` end on a line that ends no sentence."""
    return sum(1 for c, t in enumerate(tails) if mask >> c & 1 and t is not None and not ends_sentence(t))


def _thread(rows: Sequence[Sequence[str]], full: int) -> list[list[str]]:
    """Thread one stretch of rows (no headline row inside)."""
    k = max((len(r) for r in rows), default=0)
    if k <= 1:
        return [list(r) for r in rows]
    if k > _MAX_COLUMNS:
        return [[x] for r in rows for x in r]  # no page has that many: every piece alone
    # each column's width, from the rows that hold every column
    widths = [0] * k
    whole = 0
    for r in rows:
        if len(r) == k:
            whole += 1
            for c, x in enumerate(r):
                widths[c] = max(widths[c], display_width(x))
    if whole < 2:
        # one row holding every column tells little: a paragraph's short last line in it
        # (``控能力。``) is no column's width, and a column that narrow would take no full line
        # of the rows above it (the first row's three columns, under a first line of the left
        # one set a little higher, went on the three leftmost). Plain pdftotext articles cer:
        # dev 0.1680 -> 0.1591, variants 0.3011 -> 0.2946, other text 0.2463 / 0.2302 / 0.2959
        # / 0.2474 -> 0.2451 / 0.2301 / 0.2945 / 0.2446 (with two such rows too: variants
        # 0.2965, other text 0.2474; only for a column narrower than a full line: dev 0.1628)
        widths = [max(w, full) for w in widths]
    limit = [(w or full) + 3 for w in widths]
    width = [w or full for w in widths]
    rows = [_fit(r, limit) for r in rows]
    beam: list[_State] = [(0.0, (None,) * k, (0, 0, -1, False), ())]
    for r in rows:
        nxt = _grid_step(beam, r, limit, width, k)
        if not nxt:
            # no assignment fits (a piece wider than every column): its pieces stand alone
            nxt = [(st[0], st[1], st[2], (tuple((pi, -1, 0.0) for pi in range(len(r))), st[3])) for st in beam]
        nxt.sort(key=lambda st: -st[0])  # stable: ties keep the first (leftmost) assignment
        beam = nxt[:_BEAM]
    # the last baseline: a column it leaves open costs as in the stretch
    beam.sort(key=lambda st: -(st[0] - _GAP * _left_open(st[1], st[2][1] & ~st[2][0])))
    # unwind the best state's placements, first row first
    per_row: list[tuple[tuple[int, int, float], ...]] = []
    node = beam[0][3]
    while node:
        here, node = node  # type: ignore[misc]
        per_row.append(here)
    per_row.reverse()
    placements = [(ri, pi, c, e) for ri, here in enumerate(per_row) for pi, c, e in here]
    columns: list[list[list[str]]] = [[] for _ in range(k)]
    alone: list[list[str]] = []
    open_block: list[list[str] | None] = [None] * k
    prev_row = [-9] * k
    row_cols: dict[int, set[int]] = {}
    for ri, _, c, _ in placements:
        row_cols.setdefault(ri, set()).add(c)
    for ri, pi, c, e in placements:
        piece = rows[ri][pi]
        if c < 0:
            alone.append([piece])
            continue
        cur = open_block[c]
        # two rows in a row that hold the same columns (every column, or a group that shares
        # a baseline): the piece's column is as good as certain, and so is the seam unless
        # its text says otherwise
        certain = prev_row[c] == ri - 1 and len(rows[ri]) >= 2 and row_cols[ri] == row_cols[ri - 1]
        prev_row[c] = ri
        if _heading_like(piece, full) and not (cur and _closes_bracket(cur[-1], piece)):
            columns[c].append([piece])  # a headline or byline fragment: a block of its own
            open_block[c] = None
        elif cur is None or e < (_CERTAIN_JOIN if certain else _JOIN_AT):
            open_block[c] = [piece]
            columns[c].append(open_block[c])
        else:
            cur.append(piece)
    out = [b for col in columns for b in col] + alone
    if whole >= 2:
        return [Threaded(b) for b in out]
    return out


class Threaded(list):  # type: ignore[type-arg]
    """A block of lines that :func:`thread_rows` put in column order on firm evidence (a stretch
    with two rows or more holding every column, which give the columns' widths): the page
    analysis reads such lines as a column's, one under the other, and looks for no line-by-line
    interleave among them (:func:`~cntextclean.page.continuation.interleave_strides`)."""


def _grid_step(beam: Sequence[_State], r: Sequence[str], limit: Sequence[int], width: Sequence[int],
               k: int) -> list[_State]:
    """Every way of placing row ``r`` after each state of ``beam`` (the best of those that
    leave the same state): on neighbouring columns, on the current baseline further right or
    on the next one (see the module docstring). The order of the result follows the beam's
    (best state first), then the columns from the left, for ties."""
    n = len(r)
    spans = [display_width(x) for x in r]
    starts = []
    for start in range(k - n + 1):
        if all(spans[pi] <= limit[start + pi] for pi in range(n)):
            # pdftotext joins two lines of one baseline where the first fills its column and
            # the second starts at its column's edge (no paragraph's first line)
            ends_full = start + n - 1 if spans[-1] >= width[start + n - 1] - 2 else -1
            starts.append((start, ((1 << n) - 1) << start, _first_line(r[0], width[start]), ends_full))
    best: dict[tuple[tuple[str | None, ...], _Grid], _State] = {}
    for score, tails, (held, begun, full_before, drifted), placed in beam:
        last = held.bit_length() - 1  # the current baseline's rightmost column so far (-1: none)
        closing = _GAP * _left_open(tails, begun & ~held)  # what opening the next baseline costs
        for start, mask, indented, ends_full in starts:
            s = score
            new_tails = list(tails)
            here = []
            for pi in range(n):
                c = start + pi
                e = _seam(tails[c], r[pi], width[c])
                s += e + _indent(tails[c], r[pi], width[c])
                new_tails[c] = r[pi]
                here.append((pi, c, e))
            key_tails = tuple(new_tails)
            # the same baseline further right (first: of two equal readings, the one with fewer
            # baselines), or the next baseline, the one closed leaving its empty columns behind
            options = []
            if start > last:
                joined = full_before >= 0 and start == full_before + 1 and not indented
                options.append((s - (_MERGE if joined else 0.0), (held | mask, begun | mask, ends_full, drifted)))
            options.append((s - closing, (mask, begun | mask, ends_full, drifted)))
            if n == 1 and held and start < (held & -held).bit_length() - 1:
                # drift: a lone row left of every column of the baseline so far goes on it
                options.append((s - (0.0 if drifted else _DRIFT), (held | mask, begun | mask, ends_full, True)))
            for sc, grid in options:
                key = (key_tails, grid)
                if key not in best or best[key][0] < sc:
                    best[key] = (sc, key_tails, grid, (tuple(here), placed))
    return list(best.values())
