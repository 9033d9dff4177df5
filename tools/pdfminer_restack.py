"""Evaluate the pdfminer box restacking (:mod:`cntextclean.layout.restack`) against the gold.

:func:`cntextclean.layout.restack.restack` sorts a pdfminer page's text boxes into column
streams; ``layout.segment`` calls it for pages ``detect_flavour`` calls ``pdfminer`` (on dev,
three pdftotext pages too). This script measures the stream links it makes against the gold's
order: box j directly after box i in the gold text (j later in the extraction), for the boxes
whose text occurs once in the gold body. Article scores are ``tools/score_articles.py``'s.

Usage (from the repository root, ``PYTHONPATH=src``)::

    python tools/pdfminer_restack.py [--flavour pdfminer] [--bench DIR] [--all] [PAGE...]   # per page
    (with PAGE ids: every false and missed link with its score and the text at the seam;
    ``--all``: also the pages ``detect_flavour`` reads otherwise, which ``segment`` does not
    restack: pdfminer pages of multi-line boxes it calls ``pdftotext``, nine of the forty dev
    pages)
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

from cntextclean.layout import restack as R
from cntextclean.layout.detect import detect_flavour

DEV = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"
_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def _gold_body(page_json: Path) -> str:
    gold = json.loads(page_json.read_text(encoding="utf-8"))
    out = []
    for a in gold["articles"]:
        out += [_norm(a[k]) for k in ("headline", "subtitle", "byline") if a.get(k)]
        out += [_norm(p) for p in a["paragraphs"]]
    return "".join(out)


def _eval_links(bench: Path, flavour: str, pages: list[str], every: bool = False) -> None:
    from cntextclean.page.split import _pre_layout

    pre = _pre_layout("none", False)
    tot = [0, 0, 0]
    for f in sorted(bench.glob(f"*.{flavour}.txt")):
        pid = f.name.split(".")[0]
        if pages and pid not in pages:
            continue
        body = _gold_body(bench / f"{pid}.json")
        text = pre(f.read_text(encoding="utf-8"))
        if not every and detect_flavour(text) != "pdfminer":
            continue
        tp = fp = fn = 0
        for page in text.split("\f"):
            found = R._streams(page)
            if found is None:
                continue
            boxes, stream, seams = found
            pred, last = set(), {}
            for j, s in enumerate(stream):
                if s in last:
                    pred.add((last[s], j))
                last[s] = j
            locs = []
            for b in boxes:
                t = _norm("".join(b.lines))
                locs.append((body.index(t), body.index(t) + len(t)) if t and body.count(t) == 1 else None)
            gold = set()
            for i, a in enumerate(locs):
                nxt = next((j for j in range(i + 1, len(locs)) if a and locs[j] and locs[j][0] == a[1]), None)
                if nxt is not None:
                    gold.add((i, nxt))
            known = {i for i, loc in enumerate(locs) if loc}
            pred = {p for p in pred if p[0] in known and p[1] in known}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
            if pages:
                for i, j in sorted(pred - gold):
                    print(f"  FP {i}->{j} {seams.score(i, j):+.1f} | {boxes[i].last[-12:]} || {boxes[j].first[:12]}")
                for i, j in sorted(gold - pred):
                    print(f"  FN {i}->{j} {seams.score(i, j):+.1f} | {boxes[i].last[-12:]} || {boxes[j].first[:12]}")
        print(pid, tp, fp, fn)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
    tp, fp, fn = tot
    print(f"total tp={tp} fp={fp} fn={fn} P={tp / max(1, tp + fp):.3f} R={tp / max(1, tp + fn):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="*")
    ap.add_argument("--flavour", default="pdfminer")
    ap.add_argument("--bench", type=Path, default=DEV)
    ap.add_argument("--all", action="store_true", help="also the pages not detected as pdfminer output")
    args = ap.parse_args()
    _eval_links(args.bench, args.flavour, args.pages, args.all)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
