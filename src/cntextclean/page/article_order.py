"""The order of a page's articles, from the order its blocks were read in.

An extraction reads a page column by column; a newspaper page is read band by band, each
band's columns in turn (an article cut at a column's foot goes on at the next column's head).
An OCR engine whose page segmentation finds one gutter down the whole page reads the left
column from top to bottom before the right one: the articles of the lower bands come before
those that the upper band's right column holds.

Either way, an article read right after another one in the same column is below it, later in
the page's reading order. Each step from one article's block to another's is a vote that the
first comes before the second; the steps where the reading jumps from a column's foot to the
next column's head vote the other way, and they close cycles. The order that goes against the
fewest votes (ties: the order the articles were assembled in) is the page's.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

__all__ = ["order_by_votes", "read_votes"]

#: more articles than this are left in their assembled order (the search is 2^n)
MAX_ARTICLES = 14


def read_votes(owner_seq: Sequence[int]) -> dict[tuple[int, int], int]:
    """Votes ``(a, b) -> count`` from the owners of the blocks in reading order (articles'
    indices; blocks of no article already left out): each step from an article's block to
    another article's block is a vote that the first comes first.

    >>> sorted(read_votes([0, 0, 1, 1, 0, 2]).items())
    [((0, 1), 1), ((0, 2), 1), ((1, 0), 1)]
    """
    votes: dict[tuple[int, int], int] = {}
    for a, b in pairwise(owner_seq):
        if a != b:
            votes[a, b] = votes.get((a, b), 0) + 1
    return votes


def order_by_votes(n: int, votes: dict[tuple[int, int], int]) -> list[int]:
    """The order of ``n`` articles (indices in their assembled order) that goes against the
    fewest votes; among equals, the one nearest the assembled order (lexicographically
    smallest). More than :data:`MAX_ARTICLES` articles keep their order.

    The left column read whole before the right (dev_040): 0 1 2 3 down the left, 0 4 1 5 2 3
    down the right; only the jump from 3 back to 0 is overruled.

    >>> order_by_votes(6, read_votes([0, 1, 2, 3, 0, 4, 1, 5, 2, 3]))
    [0, 4, 1, 5, 2, 3]
    """
    if n <= 1 or n > MAX_ARTICLES or all(a < b for a, b in votes):
        return list(range(n))  # (no vote against the assembled order: it overrules none)
    into = [0] * n  # into[v]: bitmask of the articles u with votes u -> v
    against = [[0] * n for _ in range(n)]
    for (a, b), c in votes.items():
        against[b][a] += c  # placing b before a goes against these votes
        into[b] |= 1 << a
    full = (1 << n) - 1
    # best[s]: fewest votes overruled ordering the set s of articles still to place
    best = [0] * (1 << n)
    for s in range(1, full + 1):
        cost = None
        m = s
        while m:
            v = (m & -m).bit_length() - 1
            m &= m - 1
            rest = s & ~(1 << v)
            c = best[rest] + _cost(v, rest, into, against)
            if cost is None or c < cost:
                cost = c
        best[s] = cost or 0
    out: list[int] = []
    s = full
    while s:
        for v in range(n):
            if s >> v & 1:
                rest = s & ~(1 << v)
                if best[rest] + _cost(v, rest, into, against) == best[s]:
                    out.append(v)
                    s = rest
                    break
    return out


def _cost(v: int, rest: int, into: list[int], against: list[list[int]]) -> int:
    """Votes overruled by placing ``v`` before every article of ``rest``."""
    m = into[v] & rest
    c = 0
    while m:
        u = (m & -m).bit_length() - 1
        m &= m - 1
        c += against[v][u]
    return c
