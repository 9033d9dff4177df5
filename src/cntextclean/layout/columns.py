"""``pdftotext -layout`` text: split lines that hold several columns side by side back into
column streams.

``-layout`` prints every row of the page as one line, each column's text at its horizontal
position, the columns separated by runs of spaces. Positions are character cells of
pdftotext's grid: a CJK character takes one cell like an ASCII one, and text with many
half-width characters pushes the next column a cell or two to the right. So the geometry is
read from the cells where text starts after a run of spaces, clustered over the page:

1. every line is cut at runs of two or more spaces into segments;
2. the start cells of segments that follow such a run, clustered, give the column starts
   (clusters supported by several lines; a cluster is one column, indented first lines
   included);
3. each segment goes to the column whose start it follows; a line whose one segment crosses
   the start of a column that its neighbours use spans the page (a headline): it ends a band;
4. the page is read band by band, each band column by column.

Within a column a row without text is a vertical gap (an article or paragraph boundary).

>>> rows = ["  甲乙丙丁戊己庚辛   子丑寅卯辰巳午未",
...         "甲乙丙丁戊己庚辛壬   子丑寅卯辰巳午未",
...         "甲乙丙丁戊。      子丑寅卯辰。",
...         "  甲乙丙丁戊己庚辛     子丑寅卯辰巳",
...         "甲乙丙丁戊己庚辛壬   子丑寅卯辰巳午未"]
>>> split_columns(rows)
[[['  甲乙丙丁戊己庚辛', '甲乙丙丁戊己庚辛壬', '甲乙丙丁戊。', '  甲乙丙丁戊己庚辛', '甲乙丙丁戊己庚辛壬'], ['子丑寅卯辰巳午未', '子丑寅卯辰巳午未', '子丑寅卯辰。', '   子丑寅卯辰巳', '子丑寅卯辰巳午未']]]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .lines import ends_sentence

__all__ = ["Segment", "column_starts", "has_column_runs", "split_columns"]

_GAP = re.compile(r" {2,}")
_SEG = re.compile(r"\S(?:.*?\S)?(?= {2,}|$)")
_INNER_RUN = re.compile(r"\S {3,}\S")


@dataclass
class Segment:
    start: int  #: first cell
    end: int  #: one past the last cell
    text: str
    first: bool  #: first segment of its line


def _segments(line: str) -> list[Segment]:
    out: list[Segment] = []
    for m in _SEG.finditer(line):
        out.append(Segment(m.start(), m.end(), m.group(0), not out))
    return out


def has_column_runs(lines: Sequence[str]) -> bool:
    """Do several lines hold text, a run of three or more spaces, then more text?"""
    n = sum(1 for ln in lines if ln.strip())
    runs = sum(1 for ln in lines if _INNER_RUN.search(ln.strip()))
    return runs >= 3 and runs >= 0.15 * n


def column_starts(rows: Sequence[list[Segment]]) -> list[int]:
    """The start cells of the columns of a page (always including 0)."""
    pos: Counter[int] = Counter()
    for segs in rows:
        for s in segs:
            if not s.first or s.start >= 6:
                pos[s.start] += 1
    n_rows = sum(1 for segs in rows if segs)
    need = max(3, int(0.04 * n_rows))
    starts = [0]
    cluster: list[int] = []
    for p in sorted(pos):
        if cluster and p - cluster[-1] > 3:
            starts.extend(_cluster_start(cluster, pos, need))
            cluster = []
        cluster.append(p)
    if cluster:
        starts.extend(_cluster_start(cluster, pos, need))
    return sorted(set(starts))


def _cluster_start(cluster: list[int], pos: Counter[int], need: int) -> list[int]:
    support = sum(pos[p] for p in cluster)
    if support < need:
        return []
    # the column's base cell: the leftmost well-used start (indented lines start two cells
    # further, lines pushed by half-width text one or two cells further)
    best = min(p for p in cluster if pos[p] >= max(2, 0.15 * support) or p == max(cluster, key=pos.__getitem__))
    return [best] if best > 3 else []


def _column_of(start: int, starts: list[int]) -> int:
    k = 0
    for i, c in enumerate(starts):
        if c <= start + 2:
            k = i
    return k


def split_columns(lines: Sequence[str]) -> list[list[list[str]]]:
    """One page's ``-layout`` lines -> bands -> columns -> lines (``""`` marks a vertical gap).

    Each returned line keeps its indent relative to its column start (as spaces).
    """
    rows = [_segments(ln) for ln in lines]
    starts = column_starts(rows)
    # per row: {column: (indent, text)}
    placed: list[dict[int, tuple[int, str]]] = []
    spans: list[bool] = []
    for segs in rows:
        cols: dict[int, tuple[int, str]] = {}
        prev_end = -10
        spanning = False
        for s in segs:
            k = _column_of(s.start, starts)
            base = starts[k]
            indent = s.start - base if (s.start - base >= 2 and s.start - prev_end >= 4) else 0
            if k + 1 < len(starts) and s.end > starts[k + 1] + 1:
                spanning = True
            if k in cols:
                ind, txt = cols[k]
                cols[k] = (ind, txt + " " + s.text)
            else:
                cols[k] = (indent, s.text)
            prev_end = s.end
        placed.append(cols)
        spans.append(spanning and len(segs) == 1)

    def active_near(i: int) -> set[int]:
        act: set[int] = set()
        for j in range(max(0, i - 3), min(len(placed), i + 4)):
            if j != i and len(placed[j]) >= 2:
                act.update(placed[j])
        return act

    def next_multi(i: int) -> bool:
        for j in range(i + 1, min(len(placed), i + 4)):
            if placed[j]:
                return len(placed[j]) >= 2
        return False

    bands: list[list[list[str]]] = []
    current: dict[int, list[str]] = {}

    def flush() -> None:
        if current:
            bands.append([current[k] for k in sorted(current)])
            current.clear()

    for i, cols in enumerate(placed):
        if not cols:
            for k in current:
                if current[k] and current[k][-1] != "":
                    current[k].append("")
            continue
        separator = False
        if len(cols) == 1:
            (k, (ind, txt)), = cols.items()
            if spans[i]:
                act = active_near(i)
                seg_end = rows[i][0].end
                separator = any(starts[c] > rows[i][0].start + 2 and starts[c] < seg_end - 1 for c in act)
            elif k == 0 and ind == 0 and next_multi(i) and not ends_sentence(txt):
                prev_multi = any(len(placed[j]) >= 2 for j in range(max(0, i - 2), i))
                separator = not prev_multi or len(txt) <= 0.8 * max(1, starts[1] if len(starts) > 1 else 40)
        if separator:
            flush()
            (k, (ind, txt)), = cols.items()
            bands.append([[" " * ind + txt]])
            continue
        # a column that has text in this band but not on this row: a vertical gap
        for k in current:
            if k not in cols and current[k] and current[k][-1] != "":
                current[k].append("")
        for k, (ind, txt) in cols.items():
            current.setdefault(k, []).append(" " * ind + txt)
    flush()
    # drop trailing gap markers
    return [[[*_trim(col)] for col in band] for band in bands]


def _trim(col: list[str]) -> list[str]:
    while col and col[-1] == "":
        col.pop()
    while col and col[0] == "":
        col.pop(0)
    return col
