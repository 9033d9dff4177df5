"""Pages an OCR engine read row by row across narrow columns, put back into columns.

On a page of many narrow columns set close together (six or seven columns of seven or eight
characters), tesseract's page segmentation may fail to see the gutters and read each printed
row across the whole page: one output line holds the lines of all the columns at that height,
a space or a run of spaces between them::

    海水环绕的海    全市按人口平均教    口市教育局的同志              应届高中毕业会考    性摄影比赛，就拿
    南岛，建省十年教    育经费高达4 0 0     告诉记者，建省以              合格率达到9 1      回2 1 人全 银、

Read as it comes, every paragraph is cut into pieces of eight characters mixed with six other
articles. :func:`ocr_row_columns` finds such *bands* of rows and prints them column by column
(each column one block of lines, top to bottom), so that the layout stage reads them as it
reads any narrow-column page.

Cells: a line's words (runs of non-space characters) are put together into cells no wider than
the column (the page's most common width of a word of Chinese text in such rows, ``W``
characters), where the gap between them is a single space: tesseract also spaces out the digits
and the stray marks of one column's line (``育经费高达4 0 0``), and a column's line never holds
more than ``W`` characters. A run of digits across a single space, or a word of marks alone
(``。。``, what a column rule is read as), stays with the cell before it.

A row is a line of three cells or more, at least three of them (and all but one) as wide as a
column; a band is a run of four rows or more, with the blank lines and the lines of two cells
between them (a row where most columns are blank: under a picture, at an article's end). Each
cell of a row that holds every column goes in its column; in a row with fewer cells, the
cells go in the columns that their places in the row suggest (the row's width is spread
evenly over its columns: a cell starts near ``pitch * column``, a long run of spaces standing
for a blank column), the seam with the line above in each column weighing in (the shared
character model's :func:`~cntextclean.plausibility.join_score`).

Measured (``tools/score_articles.py``, articles cer / pair_f1): on the eight OCR pages of set B of
the variant bench (``tools/make_variant_bench.py --set b --ocr``: four to seven columns, other
fonts) the cleaner rewrites bands on five tess150 and two tess300 pages: tess150 0.5744 / 0.828
-> 0.3891 / 0.838, tess300 0.4752 / 0.786 -> 0.3956 / 0.789 (dev_024-b: 3247 -> 816 and 3438
-> 1677 edits; headline_em 0.375 -> 0.325 and 0.300 -> 0.250: two pages lose a headline, one
gains one). On those layouts filled with the seeds' articles (22 pages,
``tools/make_text_variants.py``'s ``make_page`` on set B's HTML): tess150 0.4609 / 0.633 ->
0.3431 / 0.650, tess300 0.4304 / 0.647 -> 0.3557 / 0.672; 16 outputs rewritten, 15 better, one
11 edits worse. ``clean --ocr`` (``tools/score_bench.py --bench … --split ocr --ocr``) on set B's
OCR pages: cer 0.584 -> 0.397 (tess150), 0.480 -> 0.404 (tess300). It rewrites nothing on the
dev bench's, the Traditional or set A's OCR pages, nor on the seeds. Only whitespace changes: the words keep their order inside each cell, the
lines their characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..charclass import han_count
from ..pipeline import cleaner
from ..plausibility import join_score
from .lines import ends_sentence
from .width import char_width

__all__ = ["ocr_row_columns"]

_WORD = re.compile(r"\S+")
#: a line with two inner gaps or more (a row: the quick test before any work)
_GAPPED = re.compile(r"\S\s+\S+\s+\S")
#: a word of marks alone (``。。``, ``、``; ``\w`` holds the Han characters): the tail of the
#: cell before it
_MARKS_ONLY = re.compile(r"^\W+$")
_NUM_END = re.compile(r"[0-9.%．]$")
_NUM_START = re.compile(r"^[0-9.%．]")

#: the narrowest column (characters) read this way, and the widest
_MIN_W = 4
_MAX_W = 20
#: a word as wide as ``W - _SHORT`` to ``W + _LONG`` characters is a column's full line
_SHORT = 2
_LONG = 1
#: rows a band needs, and the columns it may hold (a wider row is no row of columns)
_MIN_ROWS = 4
_MAX_COLUMNS = 9
#: how much the seam with the column's line above weighs against the place in the row
_SEAM = 0.3
_SEAM_CAP = 4.0


@dataclass
class _Cell:
    text: str
    pos: float  # where it starts in the row (characters; a space counts half)
    size: float  # its width (characters)


def _size(word: str) -> float:
    """A word's width in characters: Chinese characters, letters and digits (a full-width digit
    printed, read as an ASCII one) count one, other marks half their display width
    (:func:`~.width.char_width`: ``。`` one, ``,`` and ``“`` half)."""
    return sum(1.0 if ch.isalnum() else char_width(ch) / 2 for ch in word)


def _cells(line: str, width: int) -> list[_Cell]:
    """The line's cells (see the module docstring); ``width`` 0: marks and digits only."""
    out: list[_Cell] = []
    pos = 0.0
    end = 0
    for m in _WORD.finditer(line):
        word, gap = m.group(), m.start() - end
        end = m.end()
        size = _size(word)
        if out and gap <= 1:
            last = out[-1]
            marks = _MARKS_ONLY.match(word) is not None
            if (marks or (_NUM_END.search(last.text) and _NUM_START.match(word))
                    or (width and last.size + size <= width + _LONG)):
                last.text += " " + word
                # (marks alone are debris as often as the line's own marks: half their width;
                # all of it or none of it read within 0.01 cer of this on set B's OCR pages)
                last.size += size / 2 if marks else size
                pos += gap / 2 + size
                continue
        pos += gap / 2
        out.append(_Cell(word, pos, size))
        pos += size
    return out


def _column_width(lines: Sequence[str]) -> int | None:
    """The most common width of a cell of Chinese text among lines of three cells or more."""
    sizes: Counter[int] = Counter()
    for ln in lines:
        if not _GAPPED.search(ln):
            continue
        cells = _cells(ln, 0)
        if len(cells) < 3:
            continue
        for c in cells:
            if _MIN_W <= c.size <= _MAX_W and han_count(c.text) >= 0.7 * c.size:
                sizes[round(c.size)] += 1
    return sizes.most_common(1)[0][0] if sizes else None


def _is_row(cells: Sequence[_Cell], width: int) -> bool:
    full = sum(1 for c in cells if width - _SHORT <= c.size <= width + _LONG)
    return len(cells) >= 3 and full >= 3 and full >= len(cells) - 1


def _place(row: Sequence[_Cell], k: int, pitch: float, tails: Sequence[str | None]) -> tuple[int, ...]:
    """The columns of a row's cells (in order), by their places and the seams above them: the
    assignment of least cost, found column by column (each cell's cost in each column is
    worked out once)."""
    m = len(row)
    if m == k:
        return tuple(range(k))
    cost = [[abs(c.pos / pitch - j) for j in range(k)] for c in row]
    for j, tail in enumerate(tails):
        if tail is not None and not ends_sentence(tail):
            for i, c in enumerate(row):
                cost[i][j] -= _SEAM * max(min(join_score(tail, c.text), _SEAM_CAP), -_SEAM_CAP)
    inf = float("inf")
    # best[i][j]: the least cost of cells 0..i with cell i in column j; back[i][j]: cell i-1's column
    best = [[inf] * k for _ in range(m)]
    back = [[-1] * k for _ in range(m)]
    for j in range(k - m + 1):
        best[0][j] = cost[0][j]
    for i in range(1, m):
        for j in range(i, k - m + i + 1):
            prev = min(range(i - 1, j), key=lambda p: best[i - 1][p])
            best[i][j] = best[i - 1][prev] + cost[i][j]
            back[i][j] = prev
    j = min(range(m - 1, k), key=lambda p: best[m - 1][p])
    cols = [j]
    for i in range(m - 1, 0, -1):
        j = back[i][j]
        cols.append(j)
    return tuple(reversed(cols))


def _columns(band: Sequence[Sequence[_Cell]]) -> list[list[str]] | None:
    """A band's rows -> its columns' lines (None: no band of columns after all)."""
    k = max(len(r) for r in band)
    if k > _MAX_COLUMNS:
        return None
    whole = [r for r in band if len(r) == k]
    pitch = sum((r[-1].pos - r[0].pos) / (k - 1) for r in whole) / len(whole)
    if pitch <= 0:
        return None
    tails: list[str | None] = [None] * k
    cols: list[list[str]] = [[] for _ in range(k)]
    for r in band:
        for c, j in zip(r, _place(r, k, pitch, tails), strict=True):
            cols[j].append(c.text)
            tails[j] = c.text
    return [c for c in cols if c]


def _reflow_page(page: str) -> str:
    lines = page.split("\n")
    if sum(1 for ln in lines if _GAPPED.search(ln)) < _MIN_ROWS:
        return page
    width = _column_width(lines)
    if width is None:
        return page
    cells = [_cells(ln, width) for ln in lines]
    rows = [_is_row(c, width) for c in cells]
    if sum(rows) < _MIN_ROWS:
        return page
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not rows[i]:
            out.append(lines[i])
            i += 1
            continue
        # the band: rows, blank lines and lines of two cells, up to its last non-blank line
        j = last = i
        while j < len(lines) and (rows[j] or not lines[j].strip() or len(cells[j]) >= 2):
            if lines[j].strip():
                last = j
            j += 1
        band = [cells[n] for n in range(i, last + 1) if lines[n].strip()]
        columns = _columns(band) if sum(rows[i : last + 1]) >= _MIN_ROWS else None
        if columns is None:
            out.extend(lines[i : last + 1])
        else:
            if out and out[-1].strip():
                out.append("")
            out.append("\n\n".join("\n".join(c) for c in columns))
            if last + 1 < len(lines) and lines[last + 1].strip():
                out.append("")
        i = last + 1
    return "\n".join(out)


@cleaner(
    name="ocr_row_columns",
    family="layout",
    page_context=True,
    summary="Put an OCR page read row by row across narrow columns back into columns.",
    example=(
        "甲一二三四五六七 乙一二三四五六七 丙一二三四五六七\n甲八九十百千万亿 乙八九十百千万亿 丙八九十百千万亿\n"
        "甲天地玄黄宇宙洪 乙天地玄黄宇宙洪 丙天地玄黄宇宙洪\n甲荒日月盈昃辰宿 乙荒日月盈昃辰宿 丙荒日月盈昃辰宿",
        "甲一二三四五六七\n甲八九十百千万亿\n甲天地玄黄宇宙洪\n甲荒日月盈昃辰宿\n\n乙一二三四五六七\n乙八九十百千万亿\n"
        "乙天地玄黄宇宙洪\n乙荒日月盈昃辰宿\n\n丙一二三四五六七\n丙八九十百千万亿\n丙天地玄黄宇宙洪\n丙荒日月盈昃辰宿",
    ),
    removes=("whitespace",),
)
def ocr_row_columns(text: str) -> str:
    """Rows of several narrow columns (an OCR engine that read across the gutters) printed
    column by column, each column a block of lines (see the module docstring). Other lines
    stay as they are; only whitespace changes.

    >>> rows = ["海水环绕的海 全市按人口平均教 口市教育局的同志",
    ...         "南岛，建省十年教 育经费高达4 0 0 告诉记者，建省以",
    ...         "育面貌发生了喜人 元，居全国省会城 来，海口市新建教",
    ...         "的变化。海南作为 市前列，“八五” 职工住房面积达1"]
    >>> print(ocr_row_columns("\\n".join(rows)))
    海水环绕的海
    南岛，建省十年教
    育面貌发生了喜人
    的变化。海南作为
    <BLANKLINE>
    全市按人口平均教
    育经费高达4 0 0
    元，居全国省会城
    市前列，“八五”
    <BLANKLINE>
    口市教育局的同志
    告诉记者，建省以
    来，海口市新建教
    职工住房面积达1
    """
    if not isinstance(text, str) or "\n" not in text or " " not in text:
        return text
    return "\f".join(_reflow(p) for p in text.split("\f"))


def _reflow(page: str) -> str:
    """:func:`_reflow_page` until nothing changes: the column width is the page's, and once a
    band is printed as columns the rows left may show another (each round takes four rows at
    least, so the rounds end)."""
    while True:
        out = _reflow_page(page)
        if out == page:
            return out
        page = out
