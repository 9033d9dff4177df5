"""The order of a page's articles from the order their blocks were read in
(:mod:`cntextclean.page.article_order`)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from cntextclean.page.article_order import MAX_ARTICLES, order_by_votes, read_votes


def _overruled(order: list[int], votes: dict[tuple[int, int], int]) -> int:
    at = {v: k for k, v in enumerate(order)}
    return sum(c for (a, b), c in votes.items() if at[a] > at[b])


def test_left_column_read_whole_before_the_right():
    """tesseract on a two-column page (dev_040): the left column's articles 0 1 2 3 read top
    to bottom, then the right column's 0 4 1 5 2 3; the page reads 0 4 1 5 2 3."""
    seq = [0, 0, 1, 1, 1, 2, 2, 3, 3, 0, 0, 4, 4, 1, 1, 5, 5, 2, 2, 3]
    assert order_by_votes(6, read_votes(seq)) == [0, 4, 1, 5, 2, 3]


def test_reading_that_agrees_with_the_assembled_order_keeps_it():
    assert order_by_votes(4, read_votes([0, 1, 1, 2, 3])) == [0, 1, 2, 3]
    assert order_by_votes(3, {}) == [0, 1, 2]
    # a tie (one vote each way) keeps the assembled order
    assert order_by_votes(2, read_votes([0, 1, 0])) == [0, 1]
    assert order_by_votes(2, read_votes([1, 0, 1])) == [0, 1]


def test_too_many_articles_keep_their_order():
    n = MAX_ARTICLES + 1
    assert order_by_votes(n, read_votes(list(reversed(range(n))))) == list(range(n))


@given(st.lists(st.integers(0, 5), max_size=40))
def test_the_order_goes_against_the_fewest_votes(seq):
    """Any reading: the order is a permutation, no other permutation overrules fewer votes,
    and among those that tie it is the nearest the assembled order (lexicographically)."""
    n = max(seq, default=-1) + 1
    votes = read_votes(seq)
    order = order_by_votes(n, votes)
    assert sorted(order) == list(range(n))
    best = min((_overruled(list(p), votes), list(p)) for p in itertools.permutations(range(n)))
    assert (_overruled(order, votes), order) == best
