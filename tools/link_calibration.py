"""How well the continuation scores of ``split_articles`` are calibrated, per left end.

For every page of a bench folder and flavour, every candidate pair the link matching weighs
(``page.assign.best_pairs``' score matrix, as ``page.continuation.find_links`` builds it) is
judged against the gold the way ``tools/link_accuracy.py`` judges links (each body block
located once in a gold paragraph; a pair is right where the second block starts where the
first ends). Left ends whose candidates can all be judged are then fitted as a choice among
their candidates and "no link" (a conditional logit, Newton's method): utility
``beta * score + next * [the block read right after] + back * [a block read before]`` for a
candidate, ``none`` for no link. The fit reads in score units: how much more the next block
is worth than its score says, and the floor a link must exceed to beat "no link".

Usage::

    python tools/link_calibration.py pdftotext pdfminer                       # dev
    python tools/link_calibration.py pdfminer --bench /tmp/variant_bench      # another bench folder
    python tools/link_calibration.py pdftotext --table                        # score bins too

Needs numpy (not a dependency of the library). Session 45 (the weights of
``page.split.FLOWING_LINK_FLOOR`` and ``FLOWING_ORDER_EVIDENCE``, fitted before they were set, at
f2bbae8): on dev + set A + set B layouts, plain pdftotext next +0.25, back -0.75, "no link" 2.09; pdfminer +1.27, -0.14, 2.16;
other text in the dev layouts +1.62 / -0.74 / 3.45 and +0.76 / -0.64 / 2.93.
"""

from __future__ import annotations

import argparse
import itertools
from collections import defaultdict
from pathlib import Path

from gold_blocks import DEV, gold_link, gold_pages, locate

import cntextclean.page.order as order
from cntextclean import split_articles
from cntextclean.page import continuation

_BINS = (-9.0, -2.0, 0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 99.0)


def candidates(dev: Path, flavour: str) -> list[dict]:
    """Every candidate pair of every page of ``flavour`` in ``dev``, judged against the gold."""
    seen: dict[str, object] = {}
    real_pairs, real_links = continuation.best_pairs, order.find_links

    def pairs_spy(matrix, floor=0.0):
        seen["matrix"] = matrix
        return real_pairs(matrix, floor=floor)

    def links_spy(pieces, context="", **kw):
        links = real_links(pieces, context, **kw)
        seen["pieces"] = list(pieces)
        return links

    continuation.best_pairs, order.find_links = pairs_spy, links_spy
    rows: list[dict] = []
    try:
        for pid, text, paras in gold_pages(dev, flavour):
            seen.clear()
            split_articles(text, page_id=pid, ocr=flavour.startswith("tess"))
            if "matrix" not in seen or "pieces" not in seen:
                continue  # no links weighed (or an OCR page: its matching is another)
            pieces = seen["pieces"]
            lefts, rights = continuation.link_ends([continuation.left_strength(p) for p in pieces],
                                                   [continuation.right_strength(p) for p in pieces])
            matrix = seen["matrix"]
            if len(matrix) != len(lefts) or (matrix and len(matrix[0]) != len(rights)):
                raise RuntimeError(f"{pid}: the score matrix is not {len(lefts)} x {len(rights)} link ends")
            where = [locate(p.text, paras) for p in pieces]
            for a, i in enumerate(lefts):
                for b, j in enumerate(rights):
                    s = matrix[a][b]
                    if s <= -9.0:
                        continue
                    wi, wj = where[i], where[j]
                    right = None if wi is None or wj is None else gold_link(wi, wj)
                    rows.append({"page": pid, "left": i, "d": pieces[j].pos - pieces[i].pos, "score": s, "right": right})
    finally:
        continuation.best_pairs, order.find_links = real_pairs, real_links
    return rows


def fit(rows: list[dict]):
    """The conditional logit's weights (beta, next, back, none) and the left ends fitted."""
    import numpy as np

    groups: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["page"], r["left"])].append(r)
    feats, gid, chosen = [], [], []
    n = 0
    for cands in groups.values():
        if any(r["right"] is None for r in cands):
            continue  # a candidate that cannot be judged: the left end's choice is unknown
        for r in cands:
            feats.append([min(r["score"], 10.0), r["d"] == 1, r["d"] < 0, 0.0])
            gid.append(n)
            chosen.append(float(r["right"]))
        feats.append([0.0, 0.0, 0.0, 1.0])  # "no link"
        gid.append(n)
        chosen.append(0.0 if any(r["right"] for r in cands) else 1.0)
        n += 1
    if not n:
        return None, 0
    x, g, y = np.array(feats, float), np.array(gid), np.array(chosen)
    starts = np.r_[0, np.flatnonzero(np.diff(g)) + 1]

    def nll(w):
        u = x @ w
        e = np.exp(u - np.maximum.reduceat(u, starts)[g])
        p = e / np.add.reduceat(e, starts)[g]
        return -(np.log(np.maximum(p, 1e-300)) * y).sum(), p

    w = np.array([1.0, 0.0, 0.0, 0.0])
    for _ in range(200):
        f, p = nll(w)
        grad = x.T @ (p - y)
        mean = np.add.reduceat(x * p[:, None], starts)
        hess = (x * p[:, None]).T @ x - mean.T @ mean
        step = np.linalg.solve(hess + 1e-6 * np.eye(4), grad)
        lam = 1.0
        while lam > 1e-6 and nll(w - lam * step)[0] > f:
            lam /= 2
        w = w - lam * step
        if np.abs(grad).max() < 1e-6:
            break
    return w, n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("flavours", nargs="+")
    ap.add_argument("--bench", type=Path, help="bench folder holding dev/ (default ../shared/bench)")
    ap.add_argument("--table", action="store_true", help="share of right pairs by score bin and direction")
    args = ap.parse_args()
    dev = args.bench / "dev" if args.bench else DEV
    for flavour in args.flavours:
        rows = candidates(dev, flavour)
        judged = [r for r in rows if r["right"] is not None]
        print(f"{flavour}: {len(rows)} candidate pairs, {len(judged)} judged")
        if args.table:
            for name, keep in (("next", lambda d: d == 1), ("later", lambda d: d > 1), ("earlier", lambda d: d < 0)):
                for lo, hi in itertools.pairwise(_BINS):
                    part = [r for r in judged if keep(r["d"]) and lo <= r["score"] < hi]
                    if part:
                        right = sum(r["right"] for r in part)
                        print(f"  {name:7s} [{lo:5.1f}, {hi:5.1f}) {len(part):7d} pairs, {right:5d} right ({right / len(part):.3f})")
        w, n = fit(rows)
        if w is None:
            print("  no left end to fit")
            continue
        beta, nxt, back, none = w
        print(f"  {n} left ends: beta {beta:.2f}; in score units: next {nxt / beta:+.2f}, "
              f"back {back / beta:+.2f}, no link {none / beta:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
