"""Continuation-link accuracy of ``split_articles`` against the dev gold.

Each body block is located in the gold paragraphs (its text found exactly once); a gold link
is a pair of blocks where the second starts where the first ends in the same paragraph. The
links the page family chose are compared with them: precision/recall per page and in total,
and with ``-v`` (or a single page) every false and missed link with its score and stride.

Usage::

    python tools/link_accuracy.py pdfminer            # all dev pages of that flavour
    python tools/link_accuracy.py pdftotext dev_016   # one page, links listed
    python tools/link_accuracy.py pdfminer --bench /tmp/variant_bench   # another bench folder
    python tools/link_accuracy.py tess150 --fuzzy   # OCR: blocks located approximately

``--fuzzy`` (OCR text, whose misread characters keep most blocks from being found exactly):
a block not found exactly is located by its best approximate match in one gold paragraph
(rapidfuzz alignment, score 80 or more, blocks of six characters or more); a gold link then
allows the second block to start within three characters of where the first ends. Links
with a block that cannot be located are left out of the count (``unjudged``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gold_blocks import DEV, gold_link, gold_paragraphs, locate, norm

import cntextclean.page.order as order
from cntextclean import split_articles
from cntextclean.page import continuation


def _fuzzy_locate(t: str, paras: list[str]) -> tuple[int, int, int] | None:
    """Where text ``t`` (misread) best matches a gold paragraph: (paragraph, start, end)."""
    from rapidfuzz import fuzz

    if len(t) < 6:
        return None
    best = None
    for k, para in enumerate(paras):
        al = fuzz.partial_ratio_alignment(t, para)
        if al is not None and al.score >= 80 and (best is None or al.score > best[0]):
            best = (al.score, k, al.dest_start, al.dest_end)
    return None if best is None else best[1:]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("flavour")
    ap.add_argument("pages", nargs="*")
    ap.add_argument("-v", "--verbose", action="count", default=0, help="-v: false and missed links; -vv: true links too")
    ap.add_argument("--bench", type=Path, help="bench folder holding dev/ (default ../shared/bench)")
    ap.add_argument("--fuzzy", action="store_true", help="locate blocks approximately (OCR text)")
    args = ap.parse_args()
    dev = args.bench / "dev" if args.bench else DEV
    seen: dict[str, object] = {}
    real = order.find_links

    def spy(pieces, context="", **kw):
        links = real(pieces, context, **kw)
        seen["pieces"], seen["links"] = list(pieces), links
        seen["strides"] = continuation.interleave_strides(pieces)
        return links

    order.find_links = spy
    pages = args.pages or sorted(p.name.split(".")[0] for p in dev.glob(f"*.{args.flavour}.txt"))
    tot = {"tp": 0, "fp": 0, "fn": 0}
    for pid in pages:
        paras = gold_paragraphs(dev, pid)
        seen.clear()
        split_articles((dev / f"{pid}.{args.flavour}.txt").read_text(encoding="utf-8"), page_id=pid,
                       ocr=args.flavour.startswith("tess"))
        pieces = seen.get("pieces", [])
        where = []
        for p in pieces:
            hit = locate(p.text, paras)
            if hit is None and args.fuzzy:
                hit = _fuzzy_locate(norm(p.text), paras)
            where.append(hit)
        slack = 3 if args.fuzzy else 0
        true = {(i, j) for i, a in enumerate(where) for j, b in enumerate(where)
                if i != j and gold_link(a, b, slack)}
        got = {(lk.left, lk.right): lk.score for lk in seen.get("links", [])}
        if args.fuzzy:
            unjudged = {k for k in got if where[k[0]] is None or where[k[1]] is None}
            tot["unjudged"] = tot.get("unjudged", 0) + len(unjudged)
            got = {k: v for k, v in got.items() if k not in unjudged}
        tp, fp, fn = len(true & set(got)), len(set(got) - true), len(true - set(got))
        for k, v in (("tp", tp), ("fp", fp), ("fn", fn)):
            tot[k] += v
        lost = sum(1 for w in where if w is None)
        print(f"{pid} tp={tp} fp={fp} fn={fn} unlocated={lost}/{len(pieces)}")
        if args.verbose or len(pages) == 1:
            strides = seen.get("strides", [])
            for i, j in sorted(set(got) - true):
                print(f"  FP {i}->{j} {got[(i, j)]:.2f} stride={strides[i]} | {pieces[i].text[-12:]} || {pieces[j].text[:12]}")
            if args.verbose > 1:
                for i, j in sorted(set(got) & true):
                    print(f"  TP {i}->{j} {got[(i, j)]:.2f} stride={strides[i]} | {pieces[i].text[-12:]} || {pieces[j].text[:12]}")
            for i, j in sorted(true - set(got)):
                sc = continuation.link_score(pieces[i], pieces[j])
                print(f"  FN {i}->{j} {sc:.2f} stride={strides[i]} d={j - i} | {pieces[i].text[-12:]} || {pieces[j].text[:12]}")
    p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
    r = tot["tp"] / max(1, tot["tp"] + tot["fn"])
    print(f"total {tot} P={p:.3f} R={r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
