"""A small assignment solver: the best one-to-one pairing on a score matrix (Hungarian method).

The page family decides several things *globally* rather than greedily: which block continues
which (a paragraph cut at a column break), which orphan headline belongs to which headless
article, which byline to which article. Each is a maximum-weight bipartite matching where a
pair may also stay unmatched; :func:`best_pairs` solves it exactly in O(n²m).

>>> best_pairs([[3.0, 1.0], [2.9, 0.5]])   # not greedy: 3.0 first would lose
[(0, 1), (1, 0)]
>>> best_pairs([[3.0, -1.0], [2.0, -5.0]])   # row 1 is better left alone
[(0, 0)]
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["best_pairs", "min_cost_assignment"]

_INF = float("inf")


def min_cost_assignment(cost: Sequence[Sequence[float]]) -> list[int]:
    """For an n×m cost matrix with n <= m, the column of each row in a min-cost assignment.

    Classic Hungarian algorithm with potentials (Kuhn-Munkres / Jonker-Volgenant form).

    >>> min_cost_assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])
    [1, 0, 2]
    """
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    if m < n:
        raise ValueError("min_cost_assignment needs at least as many columns as rows")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row (1-based) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [_INF] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            row = cost[i0 - 1]
            ui0 = u[i0]
            delta = _INF
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            out[p[j] - 1] = j - 1
    return out


def best_pairs(score: Sequence[Sequence[float]], *, floor: float = 0.0) -> list[tuple[int, int]]:
    """Pairs ``(row, col)`` of a one-to-one matching maximising the total score.

    A pair scoring ``<= floor`` is never taken: leaving a row or column unmatched is worth
    ``floor``. Rows and columns may differ in number; ties break towards lower indices.
    """
    n = len(score)
    if n == 0:
        return []
    m = len(score[0]) if n else 0
    if m == 0:
        return []
    # gain of each pair over staying unmatched; clipped at 0 = "unmatched is as good"
    gain = [[max(float(s) - floor, 0.0) for s in row] for row in score]
    # tiny index-dependent epsilon makes the optimum unique, hence deterministic
    eps = 1e-9
    if n <= m:
        cost = [[-g + eps * (i + j) for j, g in enumerate(row)] for i, row in enumerate(gain)]
        cols = min_cost_assignment(cost)
        pairs = [(i, j) for i, j in enumerate(cols)]
    else:
        cost_t = [[-gain[i][j] + eps * (i + j) for i in range(n)] for j in range(m)]
        rows = min_cost_assignment(cost_t)
        pairs = [(i, j) for j, i in enumerate(rows)]
    return sorted((i, j) for i, j in pairs if gain[i][j] > 0.0)
