"""Rows an OCR engine read straight across ruled columns, put back into their columns.

Where a page prints rules between its columns, tesseract may take a few printed lines of
neighbouring columns as one row and read the rule as a bar::

    惯于造声势、上镜头，热衷于五 | 众关心的热点问题，往往关系人 | 散，秩序不乱，工作正常运转，
    花八门的评选、应接不暇的应 | 民群众的根本利益，影响群众的 | 党风廉政建设要建立责任制，一

Read as lines, each row glues three columns' text together. A run of such rows is a small
table: the k-th piece of each row is a printed line of the k-th column. This step cuts the
rows at their bars (and at wide gaps, where the engine missed a rule between two of the row's
pieces) and writes each column's pieces as a block of its own, blank lines around, column by
column, where the rows stood; the page analysis then links the blocks like any other.

A row is a line with a bar between two pieces of column text (six Han characters or more
each): bars in a headline's noise (``】 | 王 | 】``) or beside one short word are no rows. A
row with fewer pieces than the run's widest one fills its first columns.

>>> print(split_ruled_rows("正文。\\n惯于造声势、上镜头，热衷 | 众关心的热点问题，往往关\\n花八门的评选、应接不暇的 | 民群众的根本利益，影响群\\n下文。"))
正文。
<BLANKLINE>
惯于造声势、上镜头，热衷
花八门的评选、应接不暇的
<BLANKLINE>
众关心的热点问题，往往关
民群众的根本利益，影响群
<BLANKLINE>
下文。
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..charclass import HAN_BMP_CLASS as HAN

__all__ = ["split_ruled_rows"]

#: a column rule read as a bar, or a wide gap (where the engine missed the rule)
_SEP = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*|[ \t\u3000]{3,}")
_HAN = re.compile(f"[{HAN}]")
#: Han characters a piece needs to count as a column's printed line
MIN_PIECE_HAN = 6


def _pieces(line: str) -> list[str] | None:
    """The column pieces of a ruled row, or None when ``line`` is no such row."""
    if "|" not in line:
        return None
    parts = [p.strip() for p in _SEP.split(line.strip())]
    bars = line.strip().split("|")
    # a bar with column text on both sides
    ruled = any(
        _column_text(_SEP.split(a.strip())[-1]) and _column_text(_SEP.split(b.strip())[0])
        for a, b in pairwise(bars)
    )
    return parts if ruled else None


def _column_text(piece: str) -> bool:
    return len(_HAN.findall(piece)) >= MIN_PIECE_HAN


def split_ruled_rows(text: str) -> str:
    """``text`` with every run of ruled rows written column by column (see the module
    docstring). Total and idempotent: text without such rows comes back unchanged."""
    if not isinstance(text, str) or "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        first = _pieces(lines[i])
        if first is None:
            out.append(lines[i])
            i += 1
            continue
        rows = [first]
        j = i + 1
        while j < len(lines):
            nxt = _pieces(lines[j])
            if nxt is None:
                break
            rows.append(nxt)
            j += 1
        width = max(len(r) for r in rows)
        for c in range(width):
            col = [r[c] for r in rows if c < len(r) and r[c]]
            if col:
                if out and out[-1].strip():
                    out.append("")
                out.extend(col)
                out.append("")
        if j < len(lines) and not lines[j].strip() and out and not out[-1].strip():
            out.pop()  # (the blank line after the run is already there)
        changed = True
        i = j
    return "\n".join(out) if changed else text
