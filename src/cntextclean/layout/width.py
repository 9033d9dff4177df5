"""Display width of printed lines: a CJK (East Asian wide/full-width) character takes two
columns, everything else one.

A printed line of a justified column holds a fixed width, not a fixed number of characters:
``１９９６年`` (full-width digits) and ``1996年`` (ASCII digits) fill different amounts of it.
Every width comparison of the layout family uses :func:`display_width`.

>>> display_width("新华社北京")
10
>>> display_width("1998年")
6
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["char_width", "display_width", "leading_width", "printed_width", "typical_width"]

#: marks a CJK font sets a full em wide, though Unicode calls their width ambiguous
EM_MARKS = frozenset("“”‘’")


@lru_cache(maxsize=8192)
def char_width(ch: str) -> int:
    """2 for East Asian wide/full-width characters (and radicals), 0 for controls, else 1
    (ambiguous-width ``“”…—`` count 1: PDF fonts set them proportional)."""
    cp = ord(ch)
    if cp < 0x2000:
        return 0 if cp < 0x20 else 1
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("W", "F"):
        return 2
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 1


@lru_cache(maxsize=32768)
def display_width(s: str) -> int:
    """Sum of :func:`char_width` over ``s`` (tabs count 1). Cached: the segmenter measures
    each printed line several times."""
    if s.isascii():
        if s.isprintable():
            return len(s)
        return sum(1 for c in s if c >= " " or c == "\t")
    return sum(map(char_width, s))


def printed_width(s: str) -> int:
    """The width ``s`` takes in a CJK font: :func:`display_width` without its whitespace (a
    justified line's letter-spacing), with the quotes in :data:`EM_MARKS` counted a full em.

    >>> printed_width("“新 华”") == display_width("新华") + 4
    True
    """
    t = "".join(s.split())
    return display_width(t) + sum(1 for c in t if c in EM_MARKS)


def leading_width(s: str) -> int:
    """Display width of the leading whitespace of ``s`` (the ideographic space counts 2)."""
    n = 0
    for c in s:
        if c == "\u3000":
            n += 2
        elif c in " \t\u00a0":
            n += 1
        else:
            break
    return n


def typical_width(widths: Iterable[int], *, min_width: int = 8, min_support: int = 3) -> int:
    """The printed line width of a run of lines: the width most full lines share.

    Widths within two columns below a value count for it (unjustified text and mixed
    half-width characters make full lines a little uneven); among the best-supported values
    the largest wins. Returns 0 when fewer than ``min_support`` lines agree.

    >>> typical_width([36, 36, 35, 36, 12, 32, 36, 20])
    36
    >>> typical_width([10, 40])
    0
    """
    counts = Counter(w for w in widths if w >= min_width)
    if not counts:
        return 0
    best_v, best_s = 0, 0
    for v in counts:
        s = counts[v] + counts.get(v - 1, 0) + counts.get(v - 2, 0)
        if s > best_s or (s == best_s and v > best_v):
            best_v, best_s = v, s
    if best_s < min_support:
        return 0
    # the widest width that still has real support (full lines are the widest common ones)
    top = best_v
    for v in sorted(counts, reverse=True):
        if v <= best_v:
            break
        if v <= best_v + 3 and counts[v] * 3 >= best_s:
            top = v
            break
    return top
