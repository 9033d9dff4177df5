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
sentence; columns that shared a baseline keep sharing it (same leading), a piece is no
wider than its column's lines. A beam search over the rows weighs the assignments of all rows
at once.

Only seams with real evidence are kept: each column is cut into blocks wherever a piece does
not clearly read on from the line above it, and the page analysis links those blocks as it
links any others. What threading adds is the order: the blocks come column by column (each
column top to bottom), the order in which the columns are read, instead of row by row. A row
holding only a headline-like piece (short, no clause punctuation: a headline or byline across
the columns) keeps its place between the rows above and below it.

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
from .lines import CLAUSE_MARK, NO_LINE_START, ends_sentence
from .width import display_width

__all__ = ["thread_rows"]
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
#: what it costs to split columns that shared a baseline, or to put columns last seen on
#: different rows on one row (dev articles cer 0.298 at 0.0, 0.294 at 1.5, 0.299 at 3.0, in an
#: earlier configuration)
_PHASE = 1.5
#: what starting a column costs (a piece read on from a column already started is likelier)
_NEW_COLUMN = 0.5
#: evidence from a paragraph's first line (short of a full line by the dropped indent): it
#: follows a line that ends a sentence, not a full line left open. Dev pdftotext, lines put
#: one under the other in a column that read on in the gold: 665 of 802 at 0.0, 682 at 1.0,
#: 699 at 2.0, 700 at 3.0 (variants 578, 595, 597, 597); articles cer 0.2878 at 0.0, 0.2855
#: at 1.0, 0.2807 at 2.0, 0.2814 at 3.0 (variants 0.3516, 0.3461, 0.3471, 0.3471)
_INDENT = 2.0
#: a headline-like piece is shorter than a full line by more than this: a paragraph's first
#: line (indent dropped, a character or two pushed on) is short by up to four characters
_HEAD_SHORT = 8
#: what a line costs per line its column is ahead of the shortest (columns fill evenly;
#: variant pdftotext pair_f1 0.704 at 0.0, 0.728 at 0.1)
_BALANCE = 0.1


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
        if display_width(tail) < full - 4:
            s -= 1.0  # a short line left open: a headline fragment more than a body line
        return s
    return -3.0 if head in NO_LINE_START else 0.3


@lru_cache(maxsize=65536)
def _indent(tail: str | None, piece: str, full: int) -> float:
    """Evidence for the column from a paragraph's first line, which pdftotext prints without
    its two-character indent: short of a full line by about that much, and no sentence ends
    in it. It follows a line that ends a sentence, not a full line left open. (Evidence for
    the column only: whether the two lines join into one block is :func:`_seam`'s say.)"""
    if tail is None or not (full - 6 <= display_width(piece) <= full - 3) or ends_sentence(piece):
        return 0.0
    if ends_sentence(tail):
        return _INDENT
    return -_INDENT if display_width(tail) >= full - 4 else 0.0


def _phase_cost(cols: Sequence[int], last: Sequence[int]) -> float:
    """Columns whose lines shared a baseline keep sharing it until a gap shifts one: a row
    that holds part of such a group, or columns last seen on different rows, is less likely.
    ``last``: the row each column was last seen on (-1: not yet)."""
    seen = {last[c] for c in cols if last[c] >= 0}
    cost = _PHASE if len(seen) > 1 else 0.0
    for x in seen:
        if any(last[c] == x and c not in cols for c in range(len(last))):
            cost += _PHASE
    return cost


def thread_rows(rows: Sequence[Sequence[str]], full: int) -> list[list[str]]:
    """Rows of side-by-side pieces -> blocks of lines in column order (see the module docstring).

    ``rows``: each row's pieces, left to right; ``full``: the display width of a full line of
    one column. Every piece ends up in exactly one block (a row too wide for every column is
    first split at the spaces inside its pieces, see :func:`_fit`), and every block's lines
    are in row order.
    """
    out: list[list[str]] = []
    stretch: list[Sequence[str]] = []
    for r in rows:
        if len(r) == 1 and _heading_like(r[0], full):
            out.extend(_thread(stretch, full))
            stretch = []
            out.append([r[0]])
        elif r:
            stretch.append(r)
    out.extend(_thread(stretch, full))
    return out


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


#: a beam state: score, each column's last line, the row it was on, its number of lines, and
#: the placements: (this row's (piece, column, seam evidence) tuples, the previous placements)
_State = tuple[float, tuple[str | None, ...], tuple[int, ...], tuple[int, ...], tuple[object, ...]]


def _thread(rows: Sequence[Sequence[str]], full: int) -> list[list[str]]:
    """Thread one stretch of rows (no headline row inside)."""
    k = max((len(r) for r in rows), default=0)
    if k <= 1:
        return [list(r) for r in rows]
    if k > _MAX_COLUMNS:
        return [[x] for r in rows for x in r]  # no page has that many: every piece alone
    # each column's width, from the rows that hold every column
    widths = [0] * k
    for r in rows:
        if len(r) == k:
            for c, x in enumerate(r):
                widths[c] = max(widths[c], display_width(x))
    limit = [(w or full) + 3 for w in widths]
    rows = [_fit(r, limit) for r in rows]
    beam: list[_State] = [(0.0, (None,) * k, (-1,) * k, (0,) * k, ())]
    for ri, r in enumerate(rows):
        nxt: list[_State] = []
        spans = [display_width(x) for x in r]
        for score, tails, last, counts, placed in beam:
            low = min(counts)
            for cols in combinations(range(k), len(r)):
                if any(spans[pi] > limit[c] for pi, c in enumerate(cols)):
                    continue
                s = score - _phase_cost(cols, last)
                new_tails, new_last, new_counts = list(tails), list(last), list(counts)
                here = []
                for pi, c in enumerate(cols):
                    e = _seam(tails[c], r[pi], full)
                    s += e + _indent(tails[c], r[pi], full) - _BALANCE * (counts[c] - low)
                    new_tails[c], new_last[c] = r[pi], ri
                    new_counts[c] += 1
                    here.append((pi, c, e))
                nxt.append((s, tuple(new_tails), tuple(new_last), tuple(new_counts), (tuple(here), placed)))
        if not nxt:
            # no assignment fits (a piece wider than every column): its pieces stand alone
            nxt = [(st[0], st[1], st[2], st[3], (tuple((pi, -1, 0.0) for pi in range(len(r))), st[4]))
                   for st in beam]
        nxt.sort(key=lambda st: -st[0])  # stable: ties keep the first (leftmost) assignment
        beam = nxt[:_BEAM]
    # unwind the best state's placements, first row first
    per_row: list[tuple[tuple[int, int, float], ...]] = []
    node = beam[0][4]
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
        if _heading_like(piece, full):
            columns[c].append([piece])  # a headline or byline fragment: a block of its own
            open_block[c] = None
        elif cur is None or e < (_CERTAIN_JOIN if certain else _JOIN_AT):
            open_block[c] = [piece]
            columns[c].append(open_block[c])
        else:
            cur.append(piece)
    return [b for col in columns for b in col] + alone
