"""Does a join score pick the right continuation? Ranking accuracy on the dev pages' link candidates.

For each dev page the body blocks that ``split_articles`` hands to
:func:`cntextclean.page.continuation.find_links` are captured (as in ``tools/link_accuracy.py``),
each located in the gold paragraphs; a gold link is a pair of blocks where the second starts
where the first ends in the same paragraph. For every left end (a block ``find_links`` would
try to continue) that has a gold continuation, the candidates are the right ends ``find_links``
considers; a scorer is *right* on that left end when the gold block scores strictly highest (a
tie of ``t`` blocks at the top counts ``1/t``). Reported per scorer:

- ``js``: the character model's seam score alone (``plausibility.join_score``);
- ``wj``: the word model's seam score alone (``page.joinscore.word_join_score``);
- ``js+wW``: the two combined, ``js + W * wj``;
- ``full``: the whole ``continuation._link_score`` without its word term, if it has one
  (``WORD_JOIN_WEIGHT * min(wj, WORD_JOIN_CAP)`` where the right block starts mid-sentence);
- ``full+bB``: that link score plus ``B * min(wj, 8)`` on every candidate;
- ``full+gB``: ... only where the right block looks like a continuation (right strength > 0);
- ``full+xB``: ... only the part of ``wj`` beyond the character model's ``js`` (if positive);
- ``full:js+wW``: the link score with its seam term taken from ``js + W * wj`` (clipped).

``all`` counts every left end with a gold continuation; ``far`` only those whose continuation
is not the next block (distance other than the stride); a gold continuation that is no
candidate at all counts as wrong for every scorer ("gold not a candidate").

Ranking is not linking: the links are chosen by an assignment over all pairs with a floor at
0, so check a change with ``tools/link_accuracy.py`` and ``tools/score_articles.py`` too.

Usage::

    python tools/join_ranking.py                       # the five flavours of the brief
    python tools/join_ranking.py tess150 tess300 -k 4  # other flavours, another context width
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from gold_blocks import DEV, gold_link, gold_pages, locate

import cntextclean.page.order as order
from cntextclean import split_articles
from cntextclean.page import continuation as C
from cntextclean.page.joinscore import word_join_score
from cntextclean.plausibility import join_score

FLAVOURS = ["pdftotext", "pdfminer", "pdftotext-layout", "tess150", "tess300"]
_WEIGHT = getattr(C, "WORD_JOIN_WEIGHT", 0.0)
_CAP = getattr(C, "WORD_JOIN_CAP", 8.0)


def collect(flavour: str) -> list[dict]:
    """Per left end with a gold continuation: the candidates' features and which one is gold."""
    seen: dict[str, object] = {}
    real = order.find_links

    def spy(pieces, context="", **kw):
        seen["pieces"], seen["context"] = list(pieces), context
        return real(pieces, context, **kw)

    order.find_links = spy
    cases: list[dict] = []
    try:
        for pid, text, paras in gold_pages(DEV, flavour):
            seen.clear()
            split_articles(text, page_id=pid, ocr=flavour.startswith("tess"))
            pieces = seen.get("pieces", [])
            if not pieces:
                continue
            cases.extend(_page_cases(pieces, str(seen.get("context", "")), paras))
    finally:
        order.find_links = real
    return cases


def _page_cases(pieces: list, context: str, paras: list[str]) -> list[dict]:
    where = [locate(p.text, paras) for p in pieces]
    gold = {i: j for i, a in enumerate(where) for j, b in enumerate(where) if i != j and gold_link(a, b)}
    strides = C.interleave_strides(pieces)
    pieces = [replace(p, stride=st) if st != 1 else p for p, st in zip(pieces, strides, strict=True)]
    ls = [C.left_strength(p) for p in pieces]
    rs = [C.right_strength(p) for p in pieces]
    _, rights = C.link_ends(ls, rs)
    grams = C.han_4grams(context)
    out = []
    for i, g in gold.items():
        if ls[i] <= -9.0:
            continue  # not a left end: find_links never tries to continue it
        cands = [j for j in rights if j != i and abs(pieces[j].pos - pieces[i].pos) <= C._MAX_DISTANCE]
        rows = []
        for j in cands:
            wj = word_join_score(pieces[i].text, pieces[j].text)
            full = C._link_score(pieces[i], pieces[j], grams, ls[i], rs[j])
            rows.append({
                "j": j,
                # the link score without its word term (if it has one), to add it back below
                "full": full - (_WEIGHT * min(wj, _CAP) if rs[j] > 0.0 else 0.0),
                "rs": rs[j],
                "js": join_score(pieces[i].text, pieces[j].text),
                "wj": wj,
                "left": pieces[i].text, "right": pieces[j].text,
            })
        out.append({"gold": g, "far": (pieces[g].pos - pieces[i].pos) != pieces[i].stride,
                    "rows": rows, "in": g in cands})
    return out


def accuracy(cases: list[dict], key, far_only: bool = False) -> tuple[float, int]:
    """Share of left ends (with the gold among the candidates or not) whose gold ranks first."""
    hits, n = 0.0, 0
    for c in cases:
        if far_only and not c["far"]:
            continue
        n += 1
        if not c["in"]:
            continue
        sc = {r["j"]: key(r) for r in c["rows"]}
        top = max(sc.values())
        if sc[c["gold"]] >= top - 1e-9:
            hits += 1.0 / sum(1 for v in sc.values() if v >= top - 1e-9)
    return (hits / n if n else 0.0), n


def _rescore(cases: list[dict], k: int) -> None:
    for c in cases:
        for r in c["rows"]:
            r["wj"] = word_join_score(r["left"], r["right"], k)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("flavours", nargs="*", default=FLAVOURS)
    ap.add_argument("-k", type=int, nargs="*", default=[3, 5], help="context widths to compare")
    args = ap.parse_args()
    def clip(x: float) -> float:
        return max(min(x, 5.0), -5.0)

    scorers = {
        "js": lambda r: r["js"],
        "wj": lambda r: r["wj"],
        **{f"js+w{w}": (lambda r, w=w: r["js"] + w * r["wj"]) for w in (0.25, 0.5, 1.0)},
        "full": lambda r: r["full"],
        **{f"full+b{b}": (lambda r, b=b: r["full"] + b * min(r["wj"], _CAP)) for b in (0.1, 0.2, 0.3, 0.35, 0.5)},
        # ... only where the right block looks like a continuation (right_strength > 0)
        **{f"full+g{b}": (lambda r, b=b: r["full"] + (b * min(r["wj"], _CAP) if r["rs"] > 0 else 0.0))
           for b in (0.2, 0.3, 0.5)},
        # only what the word model adds beyond the character model's own pair evidence
        **{f"full+x{b}": (lambda r, b=b: r["full"] + b * min(max(r["wj"] - max(r["js"], 0.0), 0.0), _CAP))
           for b in (0.2, 0.3, 0.5)},
        # the full score with its seam term taken from the combination instead of js alone
        **{f"full:js+w{w}": (lambda r, w=w: r["full"] - 0.35 * clip(r["js"]) + 0.35 * clip(r["js"] + w * r["wj"]))
           for w in (0.25, 0.5)},
    }
    for flavour in args.flavours:
        cases = collect(flavour)
        miss = sum(1 for c in cases if not c["in"])
        for k in args.k:
            _rescore(cases, k)
            print(f"== {flavour} k={k}: {len(cases)} left ends with a gold continuation "
                  f"({sum(c['far'] for c in cases)} far), gold not a candidate: {miss}")
            for name, key in scorers.items():
                a, n = accuracy(cases, key)
                af, nf = accuracy(cases, key, far_only=True)
                print(f"  {name:14s} all {a:.3f} (n={n})  far {af:.3f} (n={nf})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
