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
    python tools/link_calibration.py pdfminer --bench ../shared/bench --bench /tmp/variant_bench  # pooled
    python tools/link_calibration.py pdftotext --table                        # score bins too
    python tools/link_calibration.py pdftotext --features --json /tmp/fit_FLAVOUR.json   # the score's features too

``--bench`` may be given several times: the folders' pages are fitted together.

``--features`` adds the features the score is made of (the seam's evidence of each kind, the
blocks' roles, the quotes, the widths: :data:`FEATURES`) to the utility, each as an indicator or
its value: a feature's weight (in score units) is what the score misses for it, beside what it
already gives. A weight far from 0 names a term of ``continuation._link_score`` or ``pdf_seam``
that is off. ``--ridge`` (default 1) keeps the weight of a feature that separates its few pairs
finite; ``--json`` writes the weights (score units) for a later run to read.

Session 46 (HEAD b6f7a32, plain pdftotext, other text only: the seeds' articles in the dev layouts,
``/tmp/tv_other``, ``tv_held``, ``tv_new`` of ``make_text_variants.py``, 2660 left ends), in score
units: a paragraph's visible start +1.81 and default start +1.61 (they count that much too
much against a link), an article's end between the pieces +1.46 and right before the
continuation +2.72, a block after an article's end -1.38 (its +1.0 is wrong), a recurring
4-gram -1.61, a recurring 3-gram +0.72, the character model's seam +0.46 per 5 units of
``join_score``, a quote left open +0.92, a continuation that closes a quote first -1.42, a
headline between +0.89, the stride +2.46, distance -2.26 at 11 blocks on; pdfminer the same
signs (its visible start +1.93). Added to the scores of those extractions (a floor of 1.5), they
lower plain pdftotext's articles cer on 7 of 10 sets (other text held out from the fit: in the
dev layouts 0.2456 -> 0.2156, in set B's 0.6647 -> 0.5900; dev 0.1355 -> 0.1362, set B 0.4612 ->
0.4700), but six or seven tests' true weak links break (a report's day and its verb of saying, a
name that recurs on the page, a dateline read on into the next block...): not shipped
(``docs/howto/newspaper-page.md``, session 46).

Needs numpy (not a dependency of the library). Session 45 (the weights of
``page.split.FLOWING_LINK_FLOOR`` and ``FLOWING_ORDER_EVIDENCE``, fitted before they were set, at
f2bbae8): on dev + set A + set B layouts, plain pdftotext next +0.25, back -0.75, "no link" 2.09; pdfminer +1.27, -0.14, 2.16;
other text in the dev layouts +1.62 / -0.74 / 3.45 and +0.76 / -0.64 / 2.93.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from gold_blocks import DEV, gold_link, gold_pages, locate

import cntextclean.page.order as order
from cntextclean import split_articles
from cntextclean.page import continuation
from cntextclean.page.continuation import Piece
from cntextclean.page.roles import ends_sentence
from cntextclean.plausibility import join_score

_BINS = (-9.0, -2.0, 0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 99.0)


#: the features ``--features`` fits beside the score, by name (an indicator is 1.0 or 0.0): the
#: value for the pair ``p`` -> ``q``, ``d`` blocks apart in extraction order, the page's Han
#: 4-grams and 3-grams given (what ``continuation.find_links`` builds)
FEATURES: dict[str, Callable[[Piece, Piece, int, frozenset[str], frozenset[str]], float]] = {
    # the continuation sits at the piece's stride above 1 (columns read line by line alternately)
    "stride": lambda p, q, d, g4, g3: float(d == p.stride and d != 1),
    # how far later the continuation is read (0 for the next block, 1 from 11 blocks on)
    "far": lambda p, q, d, g4, g3: min(max(d - 1, 0), 10) / 10,
    # the character model's seam evidence, clipped to +-5, over 5
    "join": lambda p, q, d, g4, g3: max(min(join_score(p.text, q.text), 5.0), -5.0) / 5,
    "word": lambda p, q, d, g4, g3: continuation.pdf_word_evidence(p.text, q.text),
    "typo": lambda p, q, d, g4, g3: continuation.typographic_seam(p.text, q.text),
    "report": lambda p, q, d, g4, g3: float(continuation.reporting_seam(p.text, q.text) > 0),
    "enum": lambda p, q, d, g4, g3: float(continuation.enumeration_seam(p.text, q.text) > 0),
    "recur4": lambda p, q, d, g4, g3: float(continuation.seam_recurs(p.text, q.text, g4)),
    "recur3": lambda p, q, d, g4, g3: float(continuation.seam_recurs(p.text, q.text, g3, 3)),
    "left_open_end": lambda p, q, d, g4, g3: float(ends_sentence(p.text)),
    "left_colon": lambda p, q, d, g4, g3: float(p.text.rstrip()[-1:] in "：:"),
    "left_one_line": lambda p, q, d, g4, g3: float(p.n_lines == 1),
    "right_known_start": lambda p, q, d, g4, g3: float(q.starts_paragraph and q.start_known),
    "right_unknown_start": lambda p, q, d, g4, g3: float(q.starts_paragraph and not q.start_known),
    "right_one_line": lambda p, q, d, g4, g3: float(q.n_lines == 1),
    "right_ends_para": lambda p, q, d, g4, g3: float(q.ends_paragraph and ends_sentence(q.text)),
    "after_close": lambda p, q, d, g4, g3: float(p.after_close and d > 0),
    "right_after_close": lambda p, q, d, g4, g3: float(q.after_close),
    "close_between": lambda p, q, d, g4, g3: float(q.closes_before != p.closes_before and not q.after_close),
    "head_between": lambda p, q, d, g4, g3: float(d > 0 and q.heads_before > p.heads_before),
    "right_after_head": lambda p, q, d, g4, g3: float(q.after_head and not q.after_byline),
    "open_quote": lambda p, q, d, g4, g3: float(continuation._open_quote_balance(p.text) > 0),
    "closes_first": lambda p, q, d, g4, g3: float(continuation._closes_first(q.text)),
    "width_mismatch": lambda p, q, d, g4, g3: float(continuation.widths_differ(p, q)),
    "page_top": lambda p, q, d, g4, g3: float(q.page_top),
}


def candidates(dev: Path, flavour: str, features: bool = False) -> list[dict]:
    """Every candidate pair of every page of ``flavour`` in ``dev``, judged against the gold
    (with the :data:`FEATURES` of each pair where ``features``)."""
    seen: dict[str, object] = {}
    real_pairs, real_links = continuation.best_pairs, order.find_links

    def pairs_spy(matrix, floor=0.0):
        seen["matrix"] = matrix
        return real_pairs(matrix, floor=floor)

    def links_spy(pieces, context="", **kw):
        links = real_links(pieces, context, **kw)
        seen["pieces"] = list(pieces)
        seen["context"] = context
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
            if features:
                strides = continuation.interleave_strides(pieces)
                pieces = [replace(p, stride=st) for p, st in zip(pieces, strides, strict=True)]
                g4 = continuation.han_4grams(seen["context"])
                g3 = continuation.han_3grams([seen["context"], *(p.text for p in pieces)])
            for a, i in enumerate(lefts):
                for b, j in enumerate(rights):
                    s = matrix[a][b]
                    if s <= -9.0:
                        continue
                    wi, wj = where[i], where[j]
                    right = None if wi is None or wj is None else gold_link(wi, wj)
                    d = pieces[j].pos - pieces[i].pos
                    row = {"page": pid, "left": i, "d": d, "score": s, "right": right}
                    if features:
                        row["x"] = [f(pieces[i], pieces[j], d, g4, g3) for f in FEATURES.values()]
                    rows.append(row)
    finally:
        continuation.best_pairs, order.find_links = real_pairs, real_links
    return rows


def fit(rows: list[dict], features: bool = False, ridge: float = 0.0):
    """The conditional logit's weights (beta, next, back, none, then each of :data:`FEATURES`
    where ``features``) and the left ends fitted. ``ridge``: an L2 penalty on the features'
    weights (a feature that separates its few pairs perfectly gets a finite weight)."""
    import numpy as np

    groups: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["page"], r["left"])].append(r)
    feats, gid, chosen = [], [], []
    extra = len(FEATURES) if features else 0
    n = 0
    for cands in groups.values():
        if any(r["right"] is None for r in cands):
            continue  # a candidate that cannot be judged: the left end's choice is unknown
        for r in cands:
            feats.append([min(r["score"], 10.0), r["d"] == 1, r["d"] < 0, 0.0, *(r["x"] if features else ())])
            gid.append(n)
            chosen.append(float(r["right"]))
        feats.append([0.0, 0.0, 0.0, 1.0] + [0.0] * extra)  # "no link"
        gid.append(n)
        chosen.append(0.0 if any(r["right"] for r in cands) else 1.0)
        n += 1
    if not n:
        return None, 0
    x, g, y = np.array(feats, float), np.array(gid), np.array(chosen)
    starts = np.r_[0, np.flatnonzero(np.diff(g)) + 1]
    pen = np.r_[np.zeros(4), np.full(extra, ridge)]  # (beta, next, back and none are not penalised)

    def nll(w):
        u = x @ w
        e = np.exp(u - np.maximum.reduceat(u, starts)[g])
        p = e / np.add.reduceat(e, starts)[g]
        return -(np.log(np.maximum(p, 1e-300)) * y).sum() + 0.5 * (pen * w * w).sum(), p

    w = np.zeros(x.shape[1])
    w[0] = 1.0
    for _ in range(200):
        f, p = nll(w)
        grad = x.T @ (p - y) + pen * w
        mean = np.add.reduceat(x * p[:, None], starts)
        hess = (x * p[:, None]).T @ x - mean.T @ mean + np.diag(pen)
        step = np.linalg.solve(hess + 1e-6 * np.eye(len(w)), grad)
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
    ap.add_argument("--bench", type=Path, action="append",
                    help="bench folder holding dev/ (default ../shared/bench); several are fitted together")
    ap.add_argument("--table", action="store_true", help="share of right pairs by score bin and direction")
    ap.add_argument("--features", action="store_true", help="fit the score's features too (FEATURES)")
    ap.add_argument("--ridge", type=float, default=1.0, help="L2 penalty on the features' weights (default 1)")
    ap.add_argument("--json", type=Path, help="write the weights in score units here (FLAVOUR in the name is replaced)")
    args = ap.parse_args()
    devs = [b / "dev" for b in args.bench] if args.bench else [DEV]
    for flavour in args.flavours:
        rows = []
        for dev in devs:
            rows += [{**r, "page": (str(dev), r["page"])} for r in candidates(dev, flavour, args.features)]
        judged = [r for r in rows if r["right"] is not None]
        print(f"{flavour}: {len(rows)} candidate pairs, {len(judged)} judged")
        if args.table:
            for name, keep in (("next", lambda d: d == 1), ("later", lambda d: d > 1), ("earlier", lambda d: d < 0)):
                for lo, hi in itertools.pairwise(_BINS):
                    part = [r for r in judged if keep(r["d"]) and lo <= r["score"] < hi]
                    if part:
                        right = sum(r["right"] for r in part)
                        print(f"  {name:7s} [{lo:5.1f}, {hi:5.1f}) {len(part):7d} pairs, {right:5d} right ({right / len(part):.3f})")
        w, n = fit(rows, args.features, args.ridge)
        if w is None:
            print("  no left end to fit")
            continue
        beta, nxt, back, none = w[:4]
        print(f"  {n} left ends: beta {beta:.2f}; in score units: next {nxt / beta:+.2f}, "
              f"back {back / beta:+.2f}, no link {none / beta:.2f}")
        if args.json:
            out = {"flavour": flavour, "left_ends": n, "beta": beta, "next": nxt / beta, "back": back / beta,
                   "no_link": none / beta, "features": {k: w[4 + i] / beta for i, k in enumerate(FEATURES)}
                   if args.features else {}}
            Path(str(args.json).replace("FLAVOUR", flavour)).write_text(json.dumps(out, indent=1), encoding="utf-8")
        if args.features:
            x = [r["x"] for r in judged]
            for k, name in enumerate(FEATURES):
                on = sum(1 for v in x if v[k])
                print(f"    {name:20s} {w[4 + k] / beta:+6.2f}   (non-zero in {on} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
