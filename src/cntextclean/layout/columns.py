"""``pdftotext -layout`` text: split lines that hold several columns side by side back into
column streams.

``-layout`` prints every row of the page as one line, each column's text at its horizontal
position, the columns separated by runs of spaces. Positions are character cells of
pdftotext's grid: a CJK character takes one cell like an ASCII one, and text with many
half-width characters pushes the next column a cell or two to the right. So the geometry is
read from the cells where text starts after a run of spaces, clustered over the page:

1. every line is cut into segments at its column gaps: a run of two or more spaces, or one
   space where rows nearby start text at the same cell (pdftotext pushes a column right only
   until one space separates it from its left neighbour), or one space between two runs of
   CJK body text in a row next to rows of several columns (the first lines of neighbouring
   columns share a baseline and are printed as one text line wherever they sit) -
   :func:`_page_segments`;
2. the start cells of segments that follow a gap, clustered, give the column starts
   (clusters supported by several lines; a cluster is one column, indented first lines
   included: a start a few cells right of a column's start whose lines go on below at that
   column's start is its indented first lines, not a column, and so is a start a few cells
   right of another that no row uses together with it: the column set further right on
   some rows);
3. each segment goes to the column whose start it follows, and a segment right of another
   to a later column than that one's; a line whose one segment crosses the start of a
   column that its neighbours use spans the page (a headline), and a line that the first
   column alone holds between rows of several columns starts a new band (a headline, with
   the lines of one piece under it: kicker, subtitle, byline) - unless it is a body line
   (as wide as the column's lines, clause punctuation), or it finishes a word that its
   column's line above cut (its paragraph's last line), or the other columns' body text
   flows on beside it (a headline set in the first column); a row of two short pieces
   without clause punctuation over body rows is a two-part headline (one line), and a
   headline with its byline on the same row gives two lines; a byline under the headlines
   that open a band stays in that band;
4. the page is read band by band, each band column by column.

Within a column a row without text is a vertical gap (an article or paragraph boundary).

pdftotext's grid is not the page's: a column sits a few cells further right on rows where
its left neighbour has ended, and lines in a larger type take one cell a character, so the
rows under a large headline are shifted and its lines interleave with the other columns'
rows (or come after the byline or first body line under them). So a column's start is read
from the rows around each line (an indent is a start right of its neighbours' that ends
where they do), a line starting past the end of its column's lines is the next column's
(set left of that column's start, as its lines are on the rows around or the rest of its
row), a headline's lines after gaps join it (every line but the last as long as the
first), its last characters glued to the dateline under it, or finishing a word it cut
(alone on the row under it or before the byline), go back to it, a line printed after the
byline or first body line under a headline goes back above them, a column never beside
another below the next column's rows is read after that column, and a column's last line
that is neither full nor a sentence's end under a full line is a headline at its foot.
Where the columns' baselines stop lining up (five or six columns, a headline mid-column),
pdftotext prints a run of rows for each column in turn, each run right of the one before (a
staircase): each run goes to the column its start says, in the same band, and a full line
ending no sentence before such runs has no gap after it (its paragraph goes on).

>>> rows = ["  甲乙丙丁戊己庚辛   子丑寅卯辰巳午未",
...         "甲乙丙丁戊己庚辛壬   子丑寅卯辰巳午未",
...         "甲乙丙丁戊。      子丑寅卯辰。",
...         "  甲乙丙丁戊己庚辛     子丑寅卯辰巳",
...         "甲乙丙丁戊己庚辛壬   子丑寅卯辰巳午未"]
>>> split_columns(rows)
[[['  甲乙丙丁戊己庚辛', '甲乙丙丁戊己庚辛壬', '甲乙丙丁戊。', '  甲乙丙丁戊己庚辛', '甲乙丙丁戊己庚辛壬'], ['子丑寅卯辰巳午未', '子丑寅卯辰巳午未', '子丑寅卯辰。', '   子丑寅卯辰巳', '子丑寅卯辰巳午未']]]

Columns one space apart, their first lines merged into the first row:

>>> rows = [" 本报北京电记者某某报道：甲乙 丙丁戊己庚辛，壬癸子丑",
...         "丙丁戊己庚辛壬癸子丑寅卯 甲乙丙丁戊己庚辛壬癸子丑",
...         "甲乙丙丁戊己，庚辛壬癸子 丙丁戊己庚辛壬癸子丑寅卯",
...         "丙丁戊己庚辛壬癸子丑寅卯 甲乙丙丁戊己庚辛壬癸子丑"]
>>> [[col[0] for col in band] for band in split_columns(rows)]
[['本报北京电记者某某报道：甲乙', '丙丁戊己庚辛，壬癸子丑']]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..outlets import BYLINE_MARKERS, DATELINE_LEAD, OUTLET_RE
from .lines import (
    BRACKETED,
    clause_free,
    cut_word_rest,
    ends_sentence,
    is_byline,
    is_salutation,
    names_only,
    opens_salutation,
    opens_subtitle,
    titles_then_name,
    word_cut,
)
from .width import display_width, typical_width

__all__ = ["Segment", "column_starts", "has_column_runs", "split_columns"]

_GAP = re.compile(r" {2,}")
_INNER_RUN = re.compile(r"\S {3,}\S")


@dataclass
class Segment:
    start: int  #: first cell
    end: int  #: one past the last cell
    text: str
    first: bool  #: first segment of its line


_TOKEN = re.compile(r"\S+")
#: rows above and below whose column starts vouch for a one-space gap
_SUPPORT_ROWS = 4


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_CLAUSE = re.compile(r"[，。；：？！、]")


def _body_pair(left: str, right: str) -> bool:
    """Two runs of CJK body text one space apart: the first printed lines of neighbouring
    columns, which pdftotext merges into one text line (same baseline) wherever they happen
    to sit. Headline gaps, bylines and dates have no clause punctuation; body lines do."""
    left = left.rstrip()
    right = right.split(" ", 1)[0]
    if not left or not right or _is_word(left[-1]) or left[-1].isspace():
        return False
    if not _cjkish(left[-1]) or not (_cjkish(right[0]) or right[0].isdigit()):
        return False
    tail = left[-40:]
    if len(tail) < 6 or len(right) < 6:
        return False
    # (a headline's colon after the place name that opens it, ``湘潭：优化营商环境``, is no
    # clause punctuation of body text: :func:`.lines.clause_free`)
    return not clause_free(tail) or bool(_CLAUSE.search(right))


#: a line starting with this many spaces: a column's line printed right of empty columns
#: (``-layout`` only: no line of the other extractions, OCR or the seeds starts so far in)
_DEEP_INDENT = 8


def _multi_near(toks: list[list[tuple[int, int]]], r: int) -> bool:
    """Does the next (or previous) row with text hold several runs of text, or one that starts
    far right (a column's text beside empty columns: ``国际`` over a headline of the third)?"""
    for step in (1, -1):
        k = r + step
        while 0 <= k < len(toks) and not toks[k]:
            k += step
        if 0 <= k < len(toks) and (len(toks[k]) >= 2 or toks[k][0][0] >= _DEEP_INDENT):
            return True
    return False


def _page_segments(lines: Sequence[str]) -> list[list[Segment]]:
    """Every row cut into segments at its column gaps.

    A run of two or more spaces is a gap. pdftotext pushes a column right only until one
    space separates it from the widest text on its left, so neighbouring columns are often
    one space apart: a single space is a gap too when the text after it starts where rows
    nearby (a few above and below) also start text after a space (a column start, give or
    take an indent or a push of a cell or two). A single space between two Latin letters or
    digits needs more rows to vouch for it; one between two single characters is a
    letter-spaced line's (a short line justified to its column, ``县 固 定 资 产``), no gap.

    The first printed lines of neighbouring columns share a baseline, and pdftotext merges
    them into one text line one space apart wherever they sit. So, in a row next to rows of
    several columns, a single space between CJK characters is also a gap when the text
    before it is as wide as a line of the columns nearby and the text after it starts near a
    column start of the rows nearby or is as wide too (a two-part headline in a large type
    across two columns, ``全市解放思想优化环境 加快高质量发展研``, has a first half as wide as a
    column line and a short second half far left of the next column), or when the text on
    either side is body text (clause punctuation: headline gaps, bylines and dates have none).
    """
    toks = [[(m.start(), m.end()) for m in _TOKEN.finditer(ln)] for ln in lines]
    starts: list[set[int]] = []
    for row in toks:
        st: set[int] = set()
        for j, (a, _b) in enumerate(row):
            if j > 0 or a >= 6:
                st.add(a)
        starts.append(st)
    n = len(lines)
    byline = _byline_rows(lines, toks)
    in_byline = _byline_pieces(lines, toks)
    # pass 1: runs of spaces and single spaces at column starts
    cuts: list[list[bool]] = []
    for r, row in enumerate(toks):
        line = lines[r]
        cut = [False] * len(row)
        for j in range(1, len(row)):
            a = row[j][0]
            if a - row[j - 1][1] >= 2:
                cut[j] = True
                continue
            if byline[r] or in_byline[r][j] or _letter_spaced(row, j):
                continue
            need = 3 if (_is_word(line[a - 2]) and _is_word(line[a])) else 2
            support = 0
            for rr in range(max(0, r - _SUPPORT_ROWS), min(n, r + _SUPPORT_ROWS + 1)):
                if rr != r and any(abs(p - a) <= 2 for p in starts[rr]):
                    support += 1
                    if support >= need:
                        cut[j] = True
                        break
        cuts.append(cut)
    # the width of the column lines around each row (rows cut into two or more segments)
    spans: list[list[int]] = []
    for r, row in enumerate(toks):
        sp: list[int] = []
        if sum(cuts[r]) >= 1:
            a = row[0][0]
            for j in range(1, len(row) + 1):
                if j == len(row) or cuts[r][j]:
                    sp.append(_span(lines[r][a:row[j - 1][1]]))
                    if j < len(row):
                        a = row[j][0]
        spans.append(sp)
    # pass 2: merged first lines
    for r, row in enumerate(toks):
        line = lines[r]
        if len(row) < 2 or byline[r] or not _multi_near(toks, r):
            continue
        width = 0
        a0 = row[0][0]
        for j in range(1, len(row)):
            a = row[j][0]
            if cuts[r][j]:
                a0 = a
                continue
            if in_byline[r][j] or not _cjk_gap(line, a) or _letter_spaced(row, j):
                continue
            if not width:
                near = [w for rr in range(max(0, r - 8), min(n, r + 9)) if rr != r for w in spans[rr]]
                width = typical_width(near, min_support=3) or -1
            left = line[a0:a - 1]
            right = line[a:row[j][1]]
            if (width > 0 and width - 8 <= _span(left) <= width + 2 and len(right) >= 2
                    and (_at_column(a, a0, starts, r) or _span(_GAP.split(line[a:], 1)[0]) >= width - 4)) \
                    or _body_pair(left, line[a:]):
                cuts[r][j] = True
                a0 = a
    out: list[list[Segment]] = []
    for r, row in enumerate(toks):
        line = lines[r]
        segs: list[Segment] = []
        if row:
            a = row[0][0]
            for j in range(1, len(row) + 1):
                if j == len(row) or cuts[r][j]:
                    b = row[j - 1][1]
                    segs.append(Segment(a, b, line[a:b], not segs))
                    if j < len(row):
                        a = row[j][0]
        out.append(segs)
    return out


def _at_column(a: int, a0: int, starts: list[set[int]], r: int) -> bool:
    """Does text starting at cell ``a`` (after text from ``a0``) sit at or right of a column
    start that rows nearby use? The second part of a headline in a large type starts well
    short of the next column."""
    near = [p for rr in range(max(0, r - 8), min(len(starts), r + 9)) if rr != r
            for p in starts[rr] if p > a0 + 2]
    return not near or a >= min(near) - 2


def _letter_spaced(row: list[tuple[int, int]], j: int) -> bool:
    """Is the single space before token ``j`` of a row one of a letter-spaced line's (a short
    line justified to its column's width, ``县 固 定 资 产 投 资``): one character on each side?"""
    return row[j - 1][1] - row[j - 1][0] == 1 and row[j][1] - row[j][0] == 1


def _byline_rows(lines: Sequence[str], toks: list[list[tuple[int, int]]]) -> list[bool]:
    """Rows whose text is one byline (``■ 本报驻德国记者 江建国``) and nothing else: its
    single spaces are not column gaps, however column starts fall in narrow columns."""
    out = []
    for line, row in zip(lines, toks, strict=True):
        text = line[row[0][0]:row[-1][1]] if row else ""
        out.append(bool(text) and not _GAP.search(text) and (
            (display_width(text) <= 40 and not _CLAUSE.search(text) and bool(_BYLINE.match(text)))
            or is_byline(text)))  # (titles and a name: ``…管委会主任、绍兴市越城区委书记 徐军``)
    return out


#: a byline naming its writers: ``新华社记者 某某 某某`` (names of one to four characters)
_NAMED_BYLINE = re.compile(r"^\S{0,12}(?:记者|通讯员|评论员)\s*\S{1,4}(?:\s+\S{1,4})*$")


def _byline_pieces(lines: Sequence[str], toks: list[list[tuple[int, int]]]) -> list[list[bool]]:
    """For each token of each row: does the single space before it fall inside a byline
    that shares its row with other text (a headline at the left margin, the byline set
    right, runs of spaces apart)? A column start under a name in a narrow column is no
    column gap there. The piece (tokens between runs of two or more spaces) must name its
    writers: a role word, then names of at most four characters, an optional byline mark
    before - a merged first line of body text after a byline has a longer run of text -, or
    names alone (``孙贻国 胡天生``: other-text -layout byline_em 0.942 -> 0.947, fresh rounds
    0.930 -> 0.935)."""
    out: list[list[bool]] = []
    for line, row in zip(lines, toks, strict=True):
        flags = [False] * len(row)
        j = 0
        while j < len(row):
            k = j + 1
            while k < len(row) and row[k][0] - row[k - 1][1] < 2:
                k += 1
            if k - j >= 2:
                text = line[row[j][0]:row[k - 1][1]]
                bare = text.lstrip(BYLINE_MARKERS + " ")
                if display_width(text) <= 40 and not _CLAUSE.search(text) and (
                        _NAMED_BYLINE.match(bare) or names_only(bare)):
                    for t in range(j + 1, k):
                        flags[t] = True
            j = k
        out.append(flags)
    return out


def _span(s: str) -> int:
    """Display width, half-width letters and digits counted full-width (they may have been)."""
    return display_width(s) + sum(1 for c in s if _is_word(c) or c in "%.,:;+-~/")


def _cjk_gap(line: str, a: int) -> bool:
    """Is the single space before ``line[a]`` between a CJK character and CJK text or a digit?"""
    left, right = line[a - 2], line[a]
    if _is_word(left):
        return _cjkish(right)
    return _cjkish(left) and (_cjkish(right) or right.isdigit())


def _cjkish(ch: str) -> bool:
    return ord(ch) >= 0x2E80 or ch in "“”‘’…—·（）(《"


#: a run of spaces between two runs of text four characters long or more (columns of text, not
#: a table's short cells)
_TEXT_GAP = re.compile(r"\S{4} {3,}\S{4}")


def has_column_runs(lines: Sequence[str]) -> bool:
    """Do several lines hold text, a run of three or more spaces, then more text? (On 15% of
    the lines; or on fewer where several lines also start far right of the margin, a column's
    lines beside empty columns: a page of several pages whose other pages are set in one wide
    column, or whose columns pdftotext printed one space apart.)"""
    n = sum(1 for ln in lines if ln.strip())
    runs = sum(1 for ln in lines if _INNER_RUN.search(ln.strip()))
    if runs < 3:
        return False
    if runs >= 0.15 * n:
        return True
    # (text runs between columns: four characters or more on either side of the gap; a
    # table's cells, ``姓名      年龄``, are no columns of text)
    wide = sum(1 for ln in lines if _TEXT_GAP.search(ln.strip()))
    if wide < 3:
        return False
    deep = sum(1 for ln in lines if ln.strip() and len(ln) - len(ln.lstrip(" ")) >= _DEEP_INDENT)
    if deep < 5 or wide + deep < 0.05 * n:
        return False
    # (and rows of printed lines: most end mid-sentence, as a document's paragraphs do not)
    return sum(1 for ln in lines if ln.strip() and not ends_sentence(ln)) >= 0.5 * n


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
    return _merge_drifts(_drop_indents(sorted(set(starts)), rows), rows)


#: two column starts at most this far apart are one column set further right on some rows,
#: unless some row has text at both (session 34: 7 cells, then 8 - variants -layout cer 0.0112
#: -> 0.0047, dev_004-hl2 456 -> 0 and dev_011-c5 70 -> 0, a column set eight cells right
#: under a wider one; other text 0.0399 / 0.0282 / 0.0432 / 0.0256 -> 0.0393 / 0.0276 / 0.0431 /
#: 0.0276, fresh dev_016-t6 399 -> 1172; 10 gave the same variants, other text 0.0394 / 0.0269
#: / 0.0441 / 0.0270)
_DRIFT_CELLS = 8


def _merge_drifts(starts: list[int], rows: Sequence[list[Segment]]) -> list[int]:
    """Drop a column start a few cells right of another that no row uses together with it:
    the same column, which pdftotext sets a few cells further right on some rows (a wider
    line of the column on its left pushes it, or a letter-spaced one), not a column of its
    own (which split the band's text into one more column than it has)."""
    out = starts[:1]
    for c in starts[1:]:
        b = out[-1]
        if 0 < b and c - b <= _DRIFT_CELLS and not any(
                any(b - 1 <= s.start <= b + 2 for s in segs) and any(c - 1 <= s.start <= c + 2 for s in segs)
                for segs in rows):
            continue
        out.append(c)
    return out


#: a paragraph's first-line indent (two characters, pushed a cell or two) spans at most
#: this many cells of pdftotext's grid; no column is this narrow
_INDENT_CELLS = 6


def _drop_indents(starts: list[int], rows: Sequence[list[Segment]]) -> list[int]:
    """Drop a column start that is the indented first lines of the column on its left: a
    few cells right of that column's start, where the lines under its lines start back at
    that column's start (the lines under a column's lines start where they do)."""
    out = starts[:1]
    for c in starts[1:]:
        b = out[-1]
        if 0 < c - b <= _INDENT_CELLS and _indent_votes(b, c, rows) > 0:
            continue
        out.append(c)
    return out


def _indent_votes(b: int, c: int, rows: Sequence[list[Segment]]) -> int:
    """Lines starting at ``c`` whose next line of the same column starts back at ``b``,
    less those whose next line starts at ``c`` too."""
    votes = 0
    for r, segs in enumerate(rows):
        for s in segs:
            if not c <= s.start <= c + 2:
                continue
            for nxt in rows[r + 1 : r + 4]:
                below = [t.start for t in nxt if b - 1 <= t.start <= c + 2]
                if below:
                    votes += 1 if below[0] < c - 1 else -1
                    break
    return votes


def _cluster_start(cluster: list[int], pos: Counter[int], need: int) -> list[int]:
    support = sum(pos[p] for p in cluster)
    if support < need or max(pos[p] for p in cluster) < 2:
        # a column's lines start at the same cell on many rows; starts scattered one row
        # each (a running head, the second part of a headline) chain into no column
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
    rows = _page_segments(lines)
    _band_rows_under_headline(rows)
    starts = column_starts(rows)
    _join_dangling_heads(rows)
    _join_two_part_headlines(rows, starts)
    # the cells a full line of each column takes (rows of several columns): pdftotext
    # pushes some lines of a column right by a few cells, so a line starting right of its
    # column's lines is indented only when it ends where they do, not past them
    seg_widths: dict[int, list[int]] = {}
    for segs in rows:
        if len(segs) >= 2:
            for s in segs:
                seg_widths.setdefault(_column_of(s.start, starts), []).append(s.end - s.start)
    full = {k: typical_width(w, min_width=4) for k, w in seg_widths.items()}
    # a column never beside another on a row (set apart, as a headline's column under a
    # larger type): its lines are as wide as the other columns' lines
    known = sorted(w for w in full.values() if w)
    for k in range(len(starts)):
        if not full.get(k) and known:
            full[k] = known[len(known) // 2]
    # per row: {column: (indent, text)}
    def assign(moved: dict[tuple[int, int], int]) -> list[list[int]]:
        out: list[list[int]] = []
        for i, segs in enumerate(rows):
            row_ks: list[int] = []
            prev_k = -1
            for j, s in enumerate(segs):
                k = moved.get((i, j), _column_of(s.start, starts))
                if k <= prev_k and prev_k + 1 < len(starts):
                    # a segment right of another in the same column: the first lines of
                    # neighbouring columns merged into one text line (they share a
                    # baseline) sit left of their column: each is the next column's -
                    # unless the segment after it starts in that next column: then it is
                    # the second part of a headline in its left neighbour's column (``走特色
                    # 之路 为高质量发`` beside the next column's ``作为全省唯一的…``)
                    after = (moved.get((i, j + 1), _column_of(segs[j + 1].start, starts))
                             if j + 1 < len(segs) else -1)
                    short = s.end - s.start <= 0.6 * full.get(prev_k, 0)
                    k = prev_k if after == prev_k + 1 and short and _heading_piece(s.text) else prev_k + 1
                prev_k = k
                row_ks.append(k)
            out.append(row_ks)
        return out

    ks = assign({})
    # a segment starting where its column's full lines end is no line of that column (an
    # indent or a push is a few cells) but the next column's, set left of its start where
    # that column's lines start on rows nearby too, or where the segment after it on its
    # row starts in that column as well (the row's columns all set left: pdftotext does so
    # on rows where the column on its left is empty); it ends inside that column (a running
    # head or a centred line across the page runs on past it)
    moved: dict[tuple[int, int], int] = {}
    for i, segs in enumerate(rows):
        for j, s in enumerate(segs):
            k = ks[i][j]
            if not (k + 1 < len(starts) and full.get(k, 0) and s.start >= starts[k] + full[k] - 1
                    and (k + 2 >= len(starts) or s.end < starts[k + 2])):
                continue
            shifted = j + 1 < len(segs) and _column_of(segs[j + 1].start, starts) == k + 1
            if shifted or any(kk == k + 1 and abs(t.start - s.start) <= 1
                              for r in range(max(0, i - _SUPPORT_ROWS), min(len(rows), i + _SUPPORT_ROWS + 1))
                              if r != i for t, kk in zip(rows[r], ks[r], strict=True)):
                moved[(i, j)] = k + 1
    if moved:
        ks = assign(moved)

    def local_base(i: int, k: int) -> int:
        """Where column ``k``'s lines start on the rows around row ``i``: pdftotext sets
        a column a few cells further right where its left neighbour is wide or absent. The
        column's lines on the rows right above and below say it (an indented line's
        neighbours are not both indented); else the start most rows around use."""
        adjacent = [s.start for j in (i - 1, i + 1) if 0 <= j < len(rows)
                    for s, kk in zip(rows[j], ks[j], strict=True) if kk == k]
        if adjacent:
            return min(adjacent)
        near = Counter(s.start for j in range(max(0, i - 3), min(len(rows), i + 4)) if j != i
                       for s, kk in zip(rows[j], ks[j], strict=True) if kk == k)
        if not near:
            return starts[k]
        return min(near, key=lambda p: (-near[p], p))

    placed: list[dict[int, tuple[int, str]]] = []
    spans: list[bool] = []
    for i, segs in enumerate(rows):
        cols: dict[int, tuple[int, str]] = {}
        prev_end = -10
        spanning = False
        for s, k in zip(segs, ks[i], strict=True):
            base = local_base(i, k)
            indent = s.start - base if (s.start - base >= 2 and s.start - prev_end >= 4) else 0
            if indent and full.get(k, 0) and s.end > base + full[k] + 1 and s.end - s.start >= full[k] - 2:
                indent = 0  # a full line pushed right (it ends past its column's lines), not indented
            # (a line of text - clause punctuation - crosses into the next column only past
            # where that column's lines start on the rows around it: pdftotext sets a column a
            # few cells left or right on some rows, and a caption or body line wider than its
            # column's lines but short of the next column's text is no headline across them;
            # a headline is measured against the column's start)
            nxt_k = k + 1
            if nxt_k < len(starts) and s.end > (
                starts[nxt_k] if clause_free(s.text) else max(starts[nxt_k], local_base(i, nxt_k))
            ) and not (full.get(k, 0) and s.end - s.start <= full[k] + 1):
                # wider than a line of its column, past the next column's start (a line of
                # its column pushed right by a few cells is no wider than its lines)
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

    def next_text_row(i: int) -> int | None:
        """The next row with text, within two rows."""
        return next((j for j in range(i + 1, min(len(placed), i + 3)) if placed[j]), None)

    def indented_under(i: int, k: int) -> bool:
        """Does column ``k`` of the next row with text (within two) hold an indented line (a
        paragraph's first line)?"""
        nxt = next_text_row(i)
        return nxt is not None and k in placed[nxt] and placed[nxt][k][0] >= 2

    def byline_under(i: int) -> bool:
        """Is the next row with text a byline alone on its row (or a byline of names only,
        ``殷荣林``, with rows of several columns right under it: a section label, ``国际``, is
        over a headline)?"""
        nxt = next_text_row(i)
        if nxt is None or len(rows[nxt]) != 1:
            return False
        text = rows[nxt][0].text
        if _is_byline_row(text):
            return True
        body = next_text_row(nxt)
        return body is not None and len(placed[body]) >= 2 and names_only(text)

    def centred_over(i: int, k: int) -> bool:
        """Is the next row with text (within two) a byline at the first column, or a row of
        several columns whose first column opens a paragraph (indented, or with a dateline:
        ``新华社安曼１月３日电`` one cell in) and whose column ``k`` goes on?"""
        nxt = next_text_row(i)
        under = placed[nxt or i]
        opens = indented_under(i, 0) or (nxt is not None and 0 in under and bool(_DATELINE.match(under[0][1].strip())))
        return (byline_under(i) and 0 in under) or (len(under) >= 2 and k in under and opens)

    def subtitle_under(i: int) -> bool:
        """Is the next row with text a subtitle (``——…``) alone on its row, in the first
        column?"""
        nxt = next_text_row(i)
        return nxt is not None and len(rows[nxt]) == 1 and 0 in placed[nxt] and opens_subtitle(rows[nxt][0].text)

    def next_multi(i: int) -> bool:
        """Is one of the next three rows with text (single rows skipped: a byline under
        a headline) a row of several columns?"""
        seen = 0
        for j in range(i + 1, len(placed)):
            if placed[j]:
                if len(placed[j]) >= 2:
                    return True
                seen += 1
                if seen >= 3:
                    break
        return False

    # the printed width of each column's lines (cells from the column start, rows of
    # several columns)
    col_widths: dict[int, Counter[int]] = {}
    for segs, cols in zip(rows, placed, strict=True):
        if len(cols) >= 2:
            for s in segs:
                k = _column_of(s.start, starts)
                col_widths.setdefault(k, Counter())[s.end - starts[k]] += 1
    line_width = {k: typical_width(w.elements(), min_width=4) for k, w in col_widths.items()}

    def body_line(i: int) -> bool:
        """Is row ``i``'s one segment a line of body text of its column: as wide as the
        column's lines, with clause punctuation (a headline has none, but for a colon after
        its first words, :func:`~.lines.clause_free`, and rarely fills the column exactly)?"""
        (s,) = rows[i]
        k = _column_of(s.start, starts)
        w = line_width.get(k, 0)
        if not (bool(w) and w - 2 <= s.end - starts[k] <= w + 1 and not clause_free(s.text)):
            return False
        # a line that ends no sentence goes on in its column's next line: when that line
        # is indented (a paragraph's first line), this one is no paragraph's line but a
        # headline as wide as the column (``…已证实一人死亡，三十多人受伤``)
        return _ends_body(s.text) or not indented_under(i, k)

    def cut_above(i: int, txt: str) -> bool:
        """Does the first column's line on the row right above end cutting a word that this
        row's line goes on with (``…在镇街试点设立城运中心，推`` / ``动形成跨领域、跨层级的
        数智治理调度``, :func:`~.lines.word_cut`)? Then the line is that paragraph's, no
        headline."""
        # (the rows right above may hold another column's headline alone, which pdftotext
        # printed on rows of its own between the first column's lines: ``…年通货膨`` / ``越共
        # 发表八届四中全会`` / ``决议`` / ``胀率和物价上涨指数…``)
        j = next((j for j in range(i - 1, max(-1, i - 4), -1) if 0 in placed[j] or len(placed[j]) != 1), None)
        if j is None or 0 not in placed[j]:
            return False
        above = placed[j][0][1]
        return bool(_CLAUSE.search(above)) and not _ends_body(above) and word_cut(above, txt)

    def flows_past(i: int) -> bool:
        """Do rows after row ``i`` hold body text of other columns only, before the first
        column has text again? Or is row ``i`` a byline alone on its row that another column's
        paragraph runs across (:func:`runs_across`)?"""
        if (_is_byline_row(rows[i][0].text) or _names_row(rows[i][0].text)) and runs_across(i):
            # (a headline and its byline set in the first column, the other columns' text
            # going on beside them: the byline's row is empty beside it only because pdftotext
            # puts it on a row of its own. Other-text pages, -layout, cer held 0.0354 -> 0.0322,
            # fresh 0.0381 -> 0.0328, other 0.0462 -> 0.0447; dev and variants unchanged)
            return True
        for j in range(i + 1, min(len(placed), i + 8)):
            if not placed[j]:
                continue
            if 0 in placed[j]:
                return False
            if any(len(s.text) >= 6 and _CLAUSE.search(s.text) for s in rows[j]):
                return True
        return False

    def runs_across(i: int) -> bool:
        """Does another column's paragraph go on across row ``i``: its line on the row above
        prints clause punctuation and ends no sentence, and that column has text on the row
        below (``…立足资源禀赋，打造“牵一发动全身”的`` / byline / ``富民产业。…``)?"""
        if i == 0 or i + 1 >= len(placed):
            return False
        for k, (_ind, txt) in placed[i - 1].items():
            if k == 0 or k not in placed[i + 1]:
                continue
            if _CLAUSE.search(txt) and not _ends_body(txt) and len(txt.strip()) >= 6:
                return True
        return False

    head_by = {i for i, segs in enumerate(rows) if _headline_and_byline(segs)}
    bands: list[list[list[str]]] = []
    current: dict[int, list[str]] = {}

    rows_in: dict[int, list[int]] = {}  # the rows of each column of the current band

    def flush() -> None:
        if current:
            for k in sorted(current):
                # a column alone on each of its rows in the band, all after the last row of
                # the column right of it: that column's lower part, set left of it
                # (pdftotext shifts the rows under a headline in a larger type)
                if (k + 1 in current and rows_in.get(k) and rows_in.get(k + 1)
                        and min(rows_in[k]) > max(rows_in[k + 1])
                        and all(len(placed[r]) == 1 for r in rows_in[k])):
                    current[k + 1] = [*current[k + 1], "", *current.pop(k)]
            for k in current:
                _cut_heading_at_end(current[k], full.get(k, 0))
            first = current[min(current)]
            if (len(first) >= 2 and first[1] == "" and _heading_piece(first[0]) and not _BYLINE.match(first[0].strip())
                    and len(bands) >= 2 and _is_line_band(bands[-1]) and _BYLINE.match(bands[-1][0][0].strip())
                    and _is_line_band(bands[-2]) and _heading_piece(bands[-2][0][0])):
                # the headline's second line on the row of the next article's headline,
                # printed after its byline: above the byline
                bands.insert(len(bands) - 1, [[first[0]]])
                del first[:2]
            _headline_into_column(bands, [current[k] for k in sorted(current)])
            band_keys[len(bands)] = sorted(current)
            bands.append([current[k] for k in sorted(current)])
            current.clear()
        rows_in.clear()
        soft.clear()

    prev_row: set[int] = set()
    after_separator = False
    line_col: dict[int, int] = {}  # band of one line -> its column
    band_keys: dict[int, list[int]] = {}  # band of columns -> the columns it holds
    carried: tuple[int, str] | None = None  # a column's first line, printed above a headline line
    soft: set[int] = set()  # columns whose last gap marks another column going on beside them
    blank: set[int] = set()  # columns whose last gap is an empty row across the page
    for i, cols in enumerate(placed):
        if not cols:
            prev_row = set()
            soft.clear()  # an empty row across the page: a vertical gap in every column
            for k in current:
                if current[k] and current[k][-1] != "":
                    current[k].append("")
                    blank.add(k)
            continue
        separator = False
        if len(cols) == 1:
            (k, (ind, txt)), = cols.items()
            if spans[i]:
                act = active_near(i)
                seg_end = rows[i][0].end
                separator = any(rows[i][0].start + 2 < starts[c] < seg_end for c in act)
            elif (k == 0 and ind == 0 and next_multi(i) and not _ends_body(txt) and not body_line(i)
                    and not cut_above(i, txt)):
                prev_multi = any(len(placed[j]) >= 2 for j in range(max(0, i - 2), i))
                separator = not prev_multi or len(txt) <= 0.8 * max(1, starts[1] if len(starts) > 1 else 40)
                # the first column had ended on the row before while others went on: text
                # there now, with every column going on below, starts a new band (a headline)
                separator = separator or (i > 0 and bool(placed[i - 1]) and 0 not in placed[i - 1])
                # after an empty row across the page, a line without clause punctuation
                # over rows of several columns is a headline
                separator = separator or (i > 0 and not placed[i - 1] and clause_free(txt))
                # wider than the first column's lines, without clause punctuation: a
                # headline (a body line never runs past its column)
                w0 = line_width.get(0, 0)
                separator = separator or (bool(w0) and rows[i][0].end - starts[0] > w0 + 1 and clause_free(txt))
                # alone on its row between rows of several columns, short of the first
                # column's lines, without clause punctuation and not ending a paragraph: a
                # headline in a larger type than the body, whose characters are as many as
                # a narrow column's (five or six columns a page)
                separator = separator or (
                    prev_multi and bool(w0) and rows[i][0].end - starts[0] < w0 - 1 and clause_free(txt))
                # alone on its row without clause punctuation, right over a byline alone on
                # its row (``瑞安市委书记 麻胜聪``, or names only, ``殷荣林``, over the columns):
                # a headline, however wide
                separator = separator or (clause_free(txt) and byline_under(i))
                # but body text of other columns beside the line's first column, under
                # it before the first column goes on: those columns flow past a headline
                # set in the first column
                separator = separator and not flows_past(i)
            elif (k == 0 and ind == 0 and i > 0 and len(placed[i - 1]) >= 2 and clause_free(txt)
                    and not _ends_body(txt) and not _BYLINE.match(txt.strip()) and subtitle_under(i)):
                # alone on its row under rows of several columns, without clause punctuation,
                # over a subtitle (``攻坚克难 善作善成`` / ``——县（市、区）委书记工作交流会
                # 发言摘要`` / an editor's note): a headline opening a band of its own, though the
                # rows under it hold one column (a package's header and its note)
                separator = True
            elif (k != 0 and i > 0 and not placed[i - 1] and clause_free(txt) and not _ends_body(txt)
                    and not _BYLINE.match(txt.strip())
                    and centred_over(i, k)):
                # after an empty row across the page, a line without clause punctuation set
                # over a later column, right over a byline at the first column (variant
                # dev_009-hlc, ``省长的问候``: set A -layout headline_em 0.975 -> 0.981), or over
                # a row where the first column opens a paragraph and the column it stands over
                # goes on (set B dev_030-b, ``美国经济增速将放缓``: set B -layout cer 0.0714 ->
                # 0.0595): a headline centred over its article's columns, not a line of the
                # column it stands over
                separator = True
            elif (k == 0 and ind == 0 and i > 0 and not placed[i - 1] and len(current) >= 2
                    and not _CLAUSE.search(txt) and not _ends_body(txt) and not _BYLINE.match(txt.strip())
                    and indented_under(i, 0)):
                # after an empty row across the page, under a band of several columns, a line
                # without clause punctuation over a paragraph's indented first line in the
                # first column is a headline there, though the columns under it are one
                # (the others' text under its article's rows is a picture's, or none)
                separator = True
        if (not separator and len(cols) == 1 and not current and len(bands) >= 2 and _is_line_band(bands[-1])
                and _is_line_band(bands[-2]) and _is_byline_row(bands[-1][0][0])
                and _heading_piece(bands[-2][0][0]) and _heading_piece(txt) and next_multi(i)):
            # a headline's last line, set in (a two- or three-part headline's last part),
            # printed after the byline under the headline's first line: it goes back above
            # the byline (``狠抓产业项目  做强重大平台`` / byline / ``  走好智造强区之路``)
            separator = True
        if separator and current and _BYLINE.match(txt.strip()) and all(len(v) <= 3 for v in current.values()):
            # a byline under the headlines that open this band (side by side, over their
            # articles' columns) stays in the band, in its column
            separator = False
        if (separator and len(cols) == 1 and k == 0 and ind == 0 and len(current) >= 2
                and i > 0 and bool(placed[i - 1])  # (no empty row across the page above it)
                and _headline_only(current.get(0, []))
                and _heading_piece(txt) and not _BYLINE.match(txt.strip())):
            # a headline in the first column, wrapped, beside the other columns' text (their
            # headlines, or their body): it goes on here (``解放思想推动高质量发展大讨论动员部署``
            # / ``会议讲话稿``, ``成都新都“三`` / ``个重塑”提升`` / ``公益服务效能``), in the
            # band, not as a band of its own read after the other columns
            separator = False
        if not separator and len(cols) == 1 and not current and after_separator and next_multi(i):
            # a byline or subtitle line under a headline, before the columns
            separator = True
        after_separator = separator
        if carried and (separator or i in head_by):
            # another line across the page before the columns: the carried line is a
            # band of its own, where it was printed
            bands.append([[carried[1]]])
            carried = None
        if i in head_by:
            # a headline with its byline set on the same row, right-aligned
            flush()
            a, b = rows[i]
            bands.append([[a.text]])
            bands.append([[b.text]])
            prev_row = set()
            after_separator = True
            continue
        if separator:
            flush()
            (k, (ind, txt)), = cols.items()
            above = _column_above(bands, band_keys, line_col.get(len(bands) - 1, 0), full)
            if (above is not None and _heading_piece(bands[-2][0][0]) and not _BYLINE.match(txt.strip())
                    and _heading_piece(txt) and next_multi(i)):
                # a headline's lines across the page with a line between them that goes on
                # from the column above the headline (printed on the row of the headline's
                # second line): that line goes back to its column, the headline's lines meet
                while above and above[-1] == "":
                    above.pop()
                above.append(bands.pop()[0][0])
                line_col.pop(len(bands), None)
                bands.append([[" " * ind + txt]])
            elif (len(bands) >= 2 and _is_line_band(bands[-1]) and _is_line_band(bands[-2])
                    and _heading_piece(bands[-2][0][0])
                    and (not _heading_piece(bands[-1][0][0]) or (rows[i][0].start >= 2 and _names_row(bands[-1][0][0])))
                    and not _BYLINE.match(txt.strip()) and _heading_piece(txt) and next_multi(i)):
                # a headline's second line printed after the row under the headline (its
                # byline, or the first line of the column under it, came first): it goes
                # right under the first line; a line of body text goes to its column (a
                # byline of names only reads as a heading piece: taken where the second line
                # is set in, ``数智赋能`` / ``宋红敏`` / ``     保定打造服务周到便利高效政务环境``,
                # the two parts then one line with its gap)
                under = bands[-1][0][0]
                first_part = bands[-2][0][0].rstrip()
                if first_part.endswith(("：", ":")):
                    # (a first part ending in a colon, ``大庆萨尔图：``, reads on into the
                    # second: one line, which no later step reads as a paragraph's end)
                    bands[-2] = [[first_part + txt.strip()]]
                elif _is_byline_row(under):
                    bands.insert(len(bands) - 1, [[" " * ind + txt]])
                elif _names_row(under):
                    # (one line with its gap: the short first part is no section label)
                    bands[-2] = [[first_part + " " + txt.strip()]]
                else:
                    bands[-1] = [[" " * ind + txt]]
                    carried = (line_col.get(len(bands) - 1, 0), under)
            else:
                bands.append([[" " * ind + txt]])
            line_col[len(bands) - 1] = k
            prev_row = set()
            continue
        # a column that has text in this band but not on this row: a vertical gap, when
        # another column goes on from the row before (rows that alternate between columns
        # are lines of columns whose baselines do not line up, around a figure)
        prev_cols = prev_row
        if any(c in prev_cols for c in cols):
            for k in current:
                if k not in cols and current[k] and current[k][-1] != "":
                    current[k].append("")
                    soft.add(k)
        prev_row = set(cols)
        if carried:
            # (in its column, whether or not this row holds text there: never lost)
            current.setdefault(carried[0], []).insert(0, carried[1])
        carried = None
        for k, (ind, txt) in cols.items():
            col = current.setdefault(k, [])
            if k in soft and len(col) >= 2 and col[-1] == "" and rows_in.get(k) and _runs_on(col[-2], full.get(k, 0)) \
                    and _staircase_between(placed[rows_in[k][-1] + 1 : i], k):
                # a staircase: the columns' baselines stopped lining up, and pdftotext
                # printed a run of rows for each column in turn, left to right; a full
                # line that ends no sentence goes on in its column's next line
                col.pop()
            elif k in blank and len(col) >= 2 and col[-1] == "" and _runs_on(col[-2], full.get(k, 0)) \
                    and _goes_on_in(txt, full.get(k, 0)):
                # an empty row across the page inside a paragraph (the rows of another column
                # in a larger type or wider spacing push every column down a row): a full
                # line that ends no sentence goes on in its column's next body line
                col.pop()
            soft.discard(k)
            blank.discard(k)
            col.append(" " * ind + txt)
            rows_in.setdefault(k, []).append(i)
    flush()
    _salutation_tails(bands)
    # drop trailing gap markers
    trimmed = [[_trim(col) for col in band] for band in bands]
    grams = _column_phrases(trimmed)
    return [[_join_headline_lines(col, grams) for col in band] for band in trimmed]


#: the most rows of a band's last lines that pdftotext prints under a large type's headline row
_ROWS_UNDER_HEAD = 2
#: the cells a column's line may stand off the column start of the row it continues
_ALIGN_CELLS = 2


def _band_rows_under_headline(rows: list[list[Segment]]) -> None:
    """A headline row in a large type whose line box reaches up into the band over it:
    pdftotext prints the band's last row or two under the headline (``格鲁吉亚总统警告说将武力
    解决阿布哈兹冲突`` / ``企业名典》光盘，   药管理局和中国贸 …``, the columns of the report over
    it going on). Those rows go back under the band, and the headline down to the rows under
    it, the empty rows between. Taken: one line alone on its row without clause punctuation,
    after empty rows, under a band of several columns of body text; under it one or two rows,
    then an empty row, each of their lines starting where a line of the band's last rows
    starts (a column going on, the first column among them), none at the first column's
    indent (an article's first row opens a paragraph); after the empty rows a byline or a
    paragraph's indented first line in the first column (the headline's report)."""
    i = 1
    while i < len(rows) - 1:
        segs = rows[i]
        if not (len(segs) == 1 and not rows[i - 1] and clause_free(segs[0].text) and not _ends_body(segs[0].text)
                and not _BYLINE.match(segs[0].text.strip())):
            i += 1
            continue
        above = i - 1
        while above >= 0 and not rows[above]:
            above -= 1
        end = i + 1
        while end < len(rows) and rows[end] and end - i <= _ROWS_UNDER_HEAD:
            end += 1
        under = rows[i + 1 : end]
        if (above < 0 or len(rows[above]) < 2 or not any(_CLAUSE.search(s.text) for s in rows[above])
                or not under or end - i - 1 > _ROWS_UNDER_HEAD or end >= len(rows) or rows[end]):
            i += 1
            continue
        # (the band's last rows: a column that ended a row earlier goes on under the headline
        # too, ``旦、以色列和巴勒斯坦…`` under ``以撤军仍无具体方案``)
        ref = sorted({s.start for row in rows[max(0, above - _ROWS_UNDER_HEAD) : above + 1] for s in row})
        aligned = all(any(abs(s.start - r) <= _ALIGN_CELLS for r in ref) for row in under for s in row)
        first = ref[0]
        opens = any(_ALIGN_CELLS <= s.start - first <= _INDENT_CELLS and (len(ref) < 2 or s.start < ref[1])
                    for s in under[0])
        # (the first column goes on under it too: a headline's wrapped line at the first
        # column with another column's lines beside it is no such row, ``坚持首善标准 在服务…``
        # / ``亚运中展现西湖担当`` beside ``墙。北仑划小作战网格``)
        goes_on = any(abs(s.start - first) <= _ALIGN_CELLS for row in under for s in row)
        if not aligned or opens or not goes_on:
            i += 1
            continue
        nxt = end
        while nxt < len(rows) and not rows[nxt]:
            nxt += 1
        # (and the rows after the gap open the headline's report: a byline, or a paragraph's
        # indented first line in the first column)
        below = rows[nxt] if nxt < len(rows) else []
        if not below or not (_is_byline_row(below[0].text)
                             or _ALIGN_CELLS <= below[0].start - first <= _INDENT_CELLS):
            i += 1
            continue
        rows[above + 1 : nxt] = [*under, *rows[above + 1 : i], *rows[end:nxt], segs]
        i = nxt + 1


def _body_width(col: list[str]) -> int:
    """A column's measure: its widest line of body text (clause punctuation)."""
    return max((len(x.strip()) for x in col if _CLAUSE.search(x)), default=0)


def _column_phrases(bands: list[list[list[str]]]) -> frozenset[str]:
    """The phrases of the page's body text (names and terms, :func:`han_3grams`), read from its
    columns' runs of body lines joined, so that a word a line end cut is one phrase. Only body
    lines (clause punctuation, or as wide as the column's widest such line): a headline's
    lines and the byline under it would vouch for their own seams."""
    from ..page.continuation import han_3grams  # (lazy: the page family imports this one)

    texts: list[str] = []
    for band in bands:
        for col in band:
            body_w = _body_width(col)
            run: list[str] = []
            for x in [*col, ""]:
                t = x.strip()
                if t and (_CLAUSE.search(t) or len(t) >= body_w - 1 >= 8):
                    run.append(t)
                elif run:
                    texts.append("".join(run))
                    run = []
    return han_3grams(texts)


def _salutation_tails(bands: list[list[list[str]]]) -> None:
    """A headline alone on its band whose line ends cutting a word, over a band whose first
    column opens with that word's rest glued to a speech's salutation (``全市解放思想推动高质量
    发展大讨论会议讲`` / ``话稿同志们：``): the rest goes back to the headline."""
    for b in range(len(bands) - 1):
        if not _is_line_band(bands[b]) or not bands[b + 1] or not bands[b + 1][0]:
            continue
        head = bands[b][0][0].rstrip()
        if not _heading_piece(head):
            continue
        col = bands[b + 1][0]
        first = next((i for i, x in enumerate(col) if x.strip()), None)
        if first is None:
            continue
        line = col[first].strip()
        rest = cut_word_rest(head, line, opens_salutation, most=3)
        if rest:
            bands[b][0][0] = head + rest
            col[first] = "  " + line[len(rest) :]


def _cut_heading_at_end(col: list[str], full: int) -> None:
    """A column's last line that neither fills the column nor ends a sentence, under a full
    line that does not end one either, is no line of that paragraph (a paragraph's line is
    full, or its last one, which ends a sentence): it is a headline set at the foot of the
    column (its article goes on in the next column or page). A gap goes before it. Not where it
    goes on with a word the line above cut (``…极大地提升了城市影响`` / ``力和美``): the last line
    of a paragraph printed cut off."""
    n = len(col)
    while n and col[n - 1] == "":
        n -= 1
    if n < 2 or not full or col[n - 2] == "":
        return
    last, above = col[n - 1], col[n - 2]
    if (_heading_piece(last) and not _BYLINE.match(last.strip()) and len(last.strip()) <= full - 3
            and len(above.rstrip()) >= full - 1 and not _ends_body(above) and not word_cut(above, last)):
        col.insert(n - 1, "")


def _headline_into_column(bands: list[list[list[str]]], cols: list[list[str]]) -> None:
    """A headline line set off the page's left margin (a headline over a column further
    right: pdftotext prints it alone on its row, at a cell that is none of the columns'),
    over a band of columns of which exactly one opens with a shorter heading line before a
    gap or a dateline: that line is the headline's last line, and the headline goes to the
    top of that column (not onto the headline lines printed above it)."""
    if len(cols) < 2 or not bands or not _is_line_band(bands[-1]):
        return
    line = bands[-1][0][0]
    head = line.strip()
    if len(line) - len(line.lstrip(" ")) < _INDENT_CELLS or not _run_line(head) or " " in head:
        return
    opening = [c for c in cols if c and _run_line(c[0].strip()) and " " not in c[0].strip()]
    if len(opening) != 1:
        return
    col = opening[0]
    first = col[0].strip()
    nxt = next((ln for ln in col[1:] if ln), "")
    if len(first) >= len(head) or not (len(col) == 1 or col[1] == "" or _DATELINE.match(nxt.strip())):
        return
    bands.pop()
    col.insert(0, head)


def _column_above(bands: list[list[list[str]]], band_keys: dict[int, list[int]], k: int,
                  full: dict[int, int]) -> list[str] | None:
    """The last band's one line, under a band of one line, under a band of columns: when it
    goes on from column ``k`` of that band (the column's last line runs on, and the line is
    no indented first line, no byline, and as wide as the column's lines or the last line of
    a paragraph), that column's lines; else None."""
    if len(bands) < 3 or not (_is_line_band(bands[-1]) and _is_line_band(bands[-2])) or len(bands[-3]) < 2:
        return None
    keys = band_keys.get(len(bands) - 3, [])
    w = full.get(k, 0)
    if k not in keys or not w:
        return None
    col = bands[-3][keys.index(k)]
    last = next((ln for ln in reversed(col) if ln), "")
    line = bands[-1][0][0]
    if (not last or line.startswith(" ") or _BYLINE.match(line.strip())
            or len(last.rstrip()) < w - 1 or _ends_body(last)  # (an indented line: its indent counts)
            or not (len(line.strip()) >= w - 2 or _ends_body(line)) or len(line.strip()) > w + 1):
        return None
    return col


def _staircase_between(between: Sequence[dict[int, tuple[int, str]]], k: int) -> bool:
    """Are the rows ``between`` two lines of column ``k`` runs of the columns left of it,
    one column a row, each run right of the one before (a staircase), and nothing else?"""
    seen: list[int] = []
    for cols in between:
        if len(cols) > 1:
            return False
        seen.extend(cols)
    return bool(seen) and all(c < k for c in seen) and seen == sorted(seen)


def _goes_on_in(line: str, full: int) -> bool:
    """Can ``line`` be the next line of a paragraph whose line before it ran on: a full
    line with clause punctuation, or a shorter one that ends the paragraph (a sentence's
    end)? A headline (no clause punctuation; as wide as a column when set across one) or a
    byline is neither."""
    t = line.strip()
    if not t or _BYLINE.match(t):
        return False
    return (bool(full) and len(t) >= full - 1 and bool(_CLAUSE.search(t))) or _ends_body(t)


def _runs_on(line: str, full: int) -> bool:
    """Does a column's line run on into its next line: as wide as the column's full lines,
    and ending no sentence?"""
    t = line.strip()
    return bool(full) and len(t) >= full - 1 and not _ends_body(t)


def _join_headline_lines(col: list[str], grams: frozenset[str] = frozenset()) -> list[str]:
    """A headline's lines set in a large type have a row or more of the other columns'
    text between them, so a column reads headline line, gap, line, gap, ... last line.

    A heading line opening its piece (or under a section label; no spaces, which running
    heads, bylines and two-part headlines have) starts a run; the next heading line, after
    one gap or none, goes on in the run when the line before it is full: the type is larger
    than the body's, and a wrapped headline fills each of its lines, so every line but the
    last holds as many characters as the first (a cell either way), and none more. A line
    of the run may hold one space (a two-part headline's gap wrapped inside it); none is a
    byline or starts with a subtitle dash, and all are clearly shorter than the column's
    body lines. The gaps inside a run go. Then the headline's last characters printed on
    the row of the dateline that opens its body (``项 本报昆明１月３日电``) go back to it
    (:func:`_split_glued_tail`), and so do the one or two characters after a full last line
    that finish a word it cut (:func:`lines.word_cut`, or a phrase across the cut that the
    page's columns hold, ``grams``), alone on their row or before the byline
    (:func:`_word_tail`)."""
    body_w = _body_width(col)
    j = 0
    while j < len(col):
        head = col[j].strip()
        if not (head and (j == 0 or col[j - 1] == "" or _heading_piece(col[j - 1]))
                and len(head) >= 4 and _run_line(head) and (not body_w or len(head) <= body_w - 3)):
            j += 1
            continue
        if " " in head:
            # a two-part headline's row (or a line of one): no run, its tail may be glued
            _word_tail(col, j, len(head), grams)
            _split_glued_tail(col, j, len(head))
            j += 1
            continue
        measure = len(head)
        k = j  # the run's last line
        while True:
            if abs(len(col[k].strip()) - measure) > 1:
                break  # a short line ends the headline
            nxt = _next_row(col, k)
            if nxt >= len(col):
                break
            cand = col[nxt].strip()
            if not (cand and _run_line(cand) and len(cand) <= measure + 1
                    and (" " not in cand or abs(len(cand) - measure) <= 1)):
                break
            del col[k + 1 : nxt]
            k += 1
        _word_tail(col, k, measure, grams)
        _split_glued_tail(col, k, measure)
        j = k + 1
    return col


def _titled_byline(text: str) -> bool:
    """A byline that says so: a reporter's (``本报记者 邢成敏``, a byline marker) or titles ending
    in a role word before the name (``景宁畲族自治县委书记 王世强``), not merely two short
    pieces (``大平台 走好``, a headline's wrapped line)."""
    t = text.strip()
    if _BYLINE.match(t):
        return True
    titles, _, name = t.rpartition(" ")
    return bool(titles) and titles_then_name(titles, name)


def _word_tail(col: list[str], k: int, measure: int, grams: frozenset[str]) -> None:
    """Line ``k`` of ``col`` ends a headline run whose lines hold ``measure`` characters. When
    it is full and the row after it (a gap between or none) opens with one or two Han
    characters that finish a word it cut, alone on the row or glued to a byline (``发展未来
    产业要有长效机`` / ``制``; ``建设共富新畲`` / ``乡景宁畲族自治县委书记 王世强``), they go
    back to it (:func:`~.lines.cut_word_rest`): a word cut by the line end is
    :func:`lines.word_cut` or a phrase across the cut that the page holds elsewhere (``新畲乡``
    in ``grams``)."""
    from ..page.continuation import seam_recurs  # (lazy: the page family imports this one)

    head = col[k].strip()
    if abs(len(head) - measure) > 1 or measure < 4:
        return
    nxt = _next_row(col, k)
    if nxt >= len(col):
        return
    piece = cut_word_rest(head, col[nxt], lambda rest: not rest.strip() or _titled_byline(rest),
                          joins=lambda left, right: word_cut(left, right) or seam_recurs(left, right, grams, 3))
    if piece:
        col[k] = col[k].rstrip() + piece
        rest = col[nxt].strip()[len(piece):].strip()
        if rest:
            col[nxt] = rest
        else:
            del col[nxt]


def _next_row(col: list[str], k: int) -> int:
    """The index of the line after line ``k`` of ``col`` across at most one empty row."""
    nxt = k + 1
    if nxt < len(col) and col[nxt] == "":
        nxt += 1
    return nxt


def _run_line(t: str) -> bool:
    """A line that may be one of a headline's wrapped lines (see :func:`_join_headline_lines`)."""
    return _heading_piece(t) and not _BYLINE.match(t) and t[0] not in "—－-" and t.count(" ") <= 1


#: a dateline opening a paragraph (``本报昆明１月３日电``, ``据新华社北京１月５日电``)
_DATELINE = re.compile(DATELINE_LEAD)
#: a few characters without clause punctuation (a closing quote or bracket may end them),
#: then (one space or none) such a dateline
_GLUED_TAIL = re.compile(rf"^([^\s，。；！？,;!?、：:（(“‘「『《]{{1,8}}?) ?({_DATELINE.pattern}.*)$")


def _split_glued_tail(col: list[str], k: int, measure: int) -> None:
    """Line ``k`` of ``col`` ends a headline run whose lines hold ``measure`` characters.
    When it is full, the line after it (a gap between or none) may start with the
    headline's last characters: pdftotext printed them on the row of the dateline that
    opens the body, glued to it or one space apart (``元本报北京１月８日讯记者…``). At most
    ``measure`` characters (a line of the headline) before a dateline: they go to the
    headline, the dateline starts the body's first paragraph."""
    if abs(len(col[k].strip()) - measure) > 1:
        return
    nxt = _next_row(col, k)
    if nxt >= len(col):
        return
    line = col[nxt].strip()
    m = _GLUED_TAIL.match(line)
    if not m or _DATELINE.match(line) or len(m.group(1)) > measure or _HEAD_LEAD.match(line):
        return
    col[k + 1 : nxt + 1] = [m.group(1), "  " + m.group(2)]


#: not in a headline part: sentence and clause marks (a headline may hold ``：`` ``、``)
#: the most characters a line of a narrow column holds (five or six columns a page)
_NARROW_COLUMN = 12
#: the widest gap (cells) between a two-part headline's pieces that never is a column gap
#: when every gap between the page's columns is wider (two spaces: the pieces' own gap)
_HEAD_GAP_CELLS = 3
#: a headline piece this much wider than the columns' lines is set across columns
_ACROSS_MARGIN = 2
_NOT_HEAD = re.compile(r"[，。；！？,;!?]")
_HEAD_LEAD = re.compile(rf"^(?:据)?(?:{OUTLET_RE})|^[{BYLINE_MARKERS}]")


def _join_two_part_headlines(rows: list[list[Segment]], starts: list[int]) -> None:
    """A row of two short pieces without clause punctuation over rows of body text in
    several columns is a two-part headline (its gap is a run of spaces like a column gap):
    one segment, which spans the columns under it. The pieces are shorter than a line of
    the columns (headline type is larger; a body line fills its column) - or no wider than
    one when the second starts inside a column, off its start and indent -, neither opens
    with a dateline or a byline mark or is wholly in brackets (a note, ``（载《经济日报》）``:
    other-text -layout rounds 3-4 cer 0.0380 -> 0.0355), neither is a byline
    (two columns' bylines on one row, ``瑞安市委书记 麻胜聪    嘉兴市南湖区委书记 邵潘锋``:
    other-text -layout byline_em 0.932 -> 0.942) or a speech's salutation (``同志们：``, the
    first line of a column beside another column's headline), and the row above is not the
    page's first. A byline alone on its row may stand between the headline and the body rows;
    a subtitle alone on the row under the pieces makes them a headline whatever follows."""
    widths = [s.end - s.start for segs in rows if len(segs) >= 2 for s in segs]
    line_w = typical_width(widths, min_width=4)
    if not line_w:
        return
    # a piece is shorter than the columns' lines (80 %); in narrow columns (twelve characters
    # or fewer) 80 % asks a piece to be three characters short of a line, and two are enough
    # there (variant dev_002-c6: nine-character pieces over eleven-character columns; in wider
    # columns two lines of body text without clause punctuation would pass: the doctest above)
    longest = max(0.8 * line_w, line_w - 2) if line_w <= _NARROW_COLUMN else 0.8 * line_w
    first = next((i for i, segs in enumerate(rows) if segs), -1)
    # the narrowest gap between two columns' body lines (rows with clause punctuation)
    gaps = [b.start - a.end for segs in rows if len(segs) >= 2 and _CLAUSE.search(segs[0].text)
            for a, b in pairwise(segs)]
    col_gap = min(gaps) if len(gaps) >= 3 else 0
    for i, segs in enumerate(rows):
        if len(segs) != 2 or i == first:
            continue
        a, b = segs
        a_col, b_col = _column_of(a.start, starts), _column_of(b.start, starts)
        # the second piece starting inside a column, further from its start than an
        # indent, is no line of that column: the pieces may then be as wide as its lines
        # (a headline in a type only a little larger than the body's)
        inside = b.start - starts[b_col] > _INDENT_CELLS
        # (a gap narrower than any gap between the columns' lines, the second piece starting
        # at no column: one headline whatever follows, ``推动生态工业大攀登  跑出…``, though a
        # line the extraction put under it stands alone on its row; its pieces may then be as
        # wide as a column's lines too: ``欧洲十九国巴黎 签约克隆人明令禁止``, centred over
        # columns ten characters wide, its gap one space)
        narrow = (b.start - a.end <= _HEAD_GAP_CELLS and b.start - a.end < col_gap
                  and all(abs(b.start - c) > 2 for c in starts[1:]))
        # (each piece wider than any column's line: no column prints it, a headline set across
        # the columns does, ``难忘南极风雪夜——致中国 科学院武汉分院副院长吕纯操`` over columns
        # eight characters wide)
        across = all(s.end - s.start > line_w + _ACROSS_MARGIN for s in segs)
        if not all(len(s.text.strip()) >= 4
                   and (across or s.end - s.start <= (line_w if inside or narrow else longest))
                   and not _NOT_HEAD.search(s.text) and not _HEAD_LEAD.match(s.text.strip())
                   and not _is_byline_row(s.text) and not BRACKETED.match(s.text)
                   and not is_salutation(s.text)
                   for s in segs):
            continue
        if i > 0 and any(_line_goes_on(t, s, line_w) for t in rows[i - 1] for s in segs):
            # (a piece under a body line of its column that goes on, ``…财政收入、`` /
            # ``外贸出口等主要经济指标居山区县前``: that paragraph's next line, and so is a piece
            # under ``作为全省唯一的畲族自治县，我``)
            continue
        if not across and a_col != b_col and 0 < a.start - starts[a_col] <= 2 and 0 < b.start - starts[b_col] <= 2:
            # (each piece set in from its own column's start by a first line's indent: two
            # columns' subheadings side by side, ``  “一个平台”构建…   “一套机制”推动…``; a
            # headline is not indented. Other-text -layout rounds 5-6 cer 0.0437 -> 0.0419,
            # pair 0.924 -> 0.928, the other sets the same)
            continue
        # (a byline alone on its row under the headline is skipped, ``本报记者 邢成敏``, and so
        # is the headline's last part printed on a row of its own, ``走好智造强区之路``)
        nxt = next((r for r in rows[i + 1 : i + 4]
                    if r and not (len(r) == 1 and (_is_byline_row(r[0].text) or _heading_piece(r[0].text)))), [])
        # (a subtitle alone on the row under it, ``——县（市、区）委书记工作交流会发言摘要``:
        # a headline's, whatever the rows under that hold - a package's editor's note)
        sub = next((r for r in rows[i + 1 : i + 3] if r), [])
        subtitled = len(sub) == 1 and opens_subtitle(sub[0].text) and sub[0].start <= a.start + 2
        # (a line of prose under both pieces, from the first's start past the second's end: an
        # article set across the columns under its headline, ``坚定扛起使命担当 奋力描绘共同富裕
        # 新图景`` / byline / ``  南湖区始终坚定扛起红船起航地的使命担当，紧紧围绕…``)
        spanned = (len(nxt) == 1 and nxt[0].start <= a.start + _INDENT_CELLS and nxt[0].end >= b.end
                   and _CLAUSE.search(nxt[0].text) is not None)
        if (not narrow and not subtitled and not spanned
                and (len(nxt) < 2 or not any(_CLAUSE.search(t.text) for t in nxt))):
            continue
        # (the second piece at the very start of a column, a whole column's start in the gap
        # between the pieces: two headlines, each over its own columns, ``发展未来产业要有长效机制``
        # over two columns and ``攻坚克难 善作善成`` over the third. Other-text -layout rounds
        # 5-6 headline_em 0.831 -> 0.838, no other figure changes)
        if not narrow and b.start == starts[b_col] and b_col - a_col >= 2:
            continue
        rows[i] = [_joined(a, b, first=True)]


def _joined(a: Segment, b: Segment, *, first: bool) -> Segment:
    """Two pieces of one row as one segment, the gap between them kept (at least a space)."""
    return Segment(a.start, b.end, a.text + " " * max(1, b.start - a.end) + b.text, first)


#: a headline piece that cannot end there: it stops on a dash, or on a dash and the one word
#: that opens an interview's or a visit's title (``扩大合作共同发展——访`` / ``拉丁美洲议会副议长本西德``)
_DANGLING_HEAD = re.compile(r"(?:—|-{2}|─)+[\u4e00-\u9fff]?$")


def _join_dangling_heads(rows: list[list[Segment]]) -> None:
    """A heading piece that stops on a dash (``扩大合作共同发展——访``) goes on in the piece
    right of it on its row (``拉丁美洲议会副议长本西德``), wherever the column gap put the pieces
    (a row may hold a third piece, another column's headline): one segment. Both are heading
    pieces (no clause punctuation, ``、`` included, no dateline or byline lead): a body line
    that ends in a dash, ``与国内空间遥感大数据服务商——``, has a neighbour that prints some
    (``“天上看、地上查、网上管”的立``)."""
    for i, segs in enumerate(rows):
        k = 0
        while k < len(segs) - 1:
            a, b = segs[k], segs[k + 1]
            if (_DANGLING_HEAD.search(a.text.strip()) and len(a.text.strip()) >= 4
                    and _heading_piece(a.text) and _heading_piece(b.text) and len(b.text.strip()) >= 2
                    and not _CLAUSE.search(a.text + b.text) and not _is_byline_row(b.text)):
                segs[k : k + 2] = [_joined(a, b, first=a.first)]
                continue
            k += 1
        rows[i] = segs


def _line_goes_on(above: Segment, seg: Segment, line_w: int) -> bool:
    """Is ``above`` (a segment of the row above) a body line that ``seg`` goes on: both about
    as wide as a column's line, ``above`` with clause punctuation and ending no sentence,
    starting within a few cells of ``seg``?"""
    return (abs(above.start - seg.start) <= _INDENT_CELLS and above.end - above.start >= line_w - 3
            and seg.end - seg.start >= line_w - 3
            and bool(_CLAUSE.search(above.text)) and not _ends_body(above.text))


_BYLINE = re.compile(rf"^[{BYLINE_MARKERS}]\s*\S|^\S{{0,12}}(?:记者|通讯员|评论员)\s*\S{{1,4}}(?:\s+\S{{1,4}})*$")


def _is_byline_row(text: str) -> bool:
    """A byline alone on its row: marked, role words and names, or titles and a name
    (``绍兴滨海新区管委会主任、绍兴市越城区委书记 徐军``)."""
    t = text.strip()
    return bool(_BYLINE.match(t)) or is_byline(t)


def _names_row(text: str) -> bool:
    """A row of personal names only (``宋红敏``, ``孙贻国 胡天生``): a byline without role words."""
    t = text.strip()
    return len(t) <= 16 and names_only(t)


def _headline_and_byline(segs: list[Segment]) -> bool:
    """A headline and, on the same row, its byline: two pieces, the first at the left
    margin without clause punctuation, the second a short byline (``□本报记者 某某``)."""
    if len(segs) != 2:
        return False
    a, b = segs
    head, by = a.text.strip(), b.text.strip()
    return (a.start <= 2 and len(head) >= 2 and not _NOT_HEAD.search(head) and not _HEAD_LEAD.match(head)
            and not _ends_body(head) and len(by) <= 24 and not _CLAUSE.search(by) and bool(_BYLINE.match(by)))


def _headline_only(col: list[str]) -> bool:
    """Does column ``col`` hold one to three lines of a heading and nothing else (no clause
    punctuation, its last line a heading's)?"""
    text = [t for t in col if t.strip()]
    return 1 <= len(text) <= 3 and not any(_CLAUSE.search(t) for t in text) and _heading_piece(text[-1])


def _is_line_band(band: list[list[str]]) -> bool:
    """A band of one line (a headline, byline or subtitle row between bands of columns)."""
    return len(band) == 1 and len(band[0]) == 1


def _heading_piece(text: str) -> bool:
    """Could ``text`` be a line of a heading: no clause punctuation, no sentence end, no
    dateline or byline lead?"""
    t = text.strip()
    return len(t) >= 2 and not _NOT_HEAD.search(t) and not _HEAD_LEAD.match(t) and not _ends_body(t)


def _ends_body(text: str) -> bool:
    """Does a line end the way a paragraph's last line does? A closing quote or title mark
    after no sentence-final mark (``购物中心像『围城』``) ends a headline, not a sentence."""
    s = text.rstrip()
    if s.endswith(("：", ":")) and not _CLAUSE.search(s[:-1]) and not is_salutation(s):
        # (a headline's first part ending in a colon, ``大庆萨尔图：``, ends no paragraph)
        return False
    return ends_sentence(s) and (s[-1] not in "」』”’》" or (len(s) > 1 and s[-2] in "。！？…!?"))


def _trim(col: list[str]) -> list[str]:
    while col and col[-1] == "":
        col.pop()
    while col and col[0] == "":
        col.pop(0)
    return col
