#!/usr/bin/env python3
"""Score the OCR family on the development benchmark (issue 6 acceptance).

* ``clean(text, ocr=True)`` on ``dev/*.tess150.txt`` and ``*.tess300.txt`` scored with
  ``score.py dev PRED --fold-width --drop-heads`` (through ``tools/score_bench.py``), next to the
  raw input's figures: cer, cer_sorted (the part of cer that is reading order), ws_cjk;
* the same on ``dev_trad`` with ``to="simplified"`` against the Simplified gold;
* per-class counts of the OCR fixes (``explain=True``: changes per OCR step);
* false positives: edits of the default-on and the ``ocr=True`` OCR steps on every gold
  paragraph fed in as clean text.

    python tools/score_ocr.py [--no-trad] [--no-fp] [--out DIR] [--ws-lines]

``--ws-lines`` lists the lines the scorer counts in ``ws_cjk`` (on dev: byline lines whose name
the engine misread, so that ``--drop-heads`` keeps them, with CONTRACT's space between role and
name).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import score_bench  # noqa: E402

from cntextclean import clean, presets  # noqa: E402
from cntextclean.pipeline import Pipeline  # noqa: E402

FLAVOURS = ("tess150", "tess300")


class _Args(argparse.Namespace):
    """Options for ``score_bench.run``; an option it learns later reads as off."""

    def __getattr__(self, name: str) -> bool:
        if name.startswith("__"):
            raise AttributeError(name)
        return False


def raw_scores(gold: Path, flavour: str) -> dict:
    cmd = [sys.executable, str(gold.parent / "score.py"), str(gold), str(gold), "--fold-width",
           "--drop-heads", "--pred-ext", f".{flavour}.txt"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    return json.loads([ln for ln in out.splitlines() if ln.startswith("{")][-1])


def fix_counts(gold: Path, flavour: str, to: str) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    ocr_steps = set(presets.OCR_SAFE) | set(presets.OCR_AGGRESSIVE)
    for f in sorted(gold.glob(f"*.{flavour}.txt")):
        ex = clean(f.read_text(encoding="utf-8"), ocr=True, to=to, layout="plain", explain=True)
        counts.update(c.step for c in ex.changes if c.step in ocr_steps)
    return counts


def false_positives() -> tuple[int, int, int, list[tuple[str, str]]]:
    sys.path.insert(0, str(ROOT))
    from rapidfuzz.distance import Levenshtein
    from tests.conftest import all_gold_paragraphs

    paras = all_gold_paragraphs()
    safe = Pipeline(presets.OCR_SAFE)
    aggr = Pipeline(presets.OCR_SAFE + presets.OCR_AGGRESSIVE)
    total = sum(map(len, paras))
    safe_edits = sum(Levenshtein.distance(p, safe(p)) for p in paras)
    changes = []
    aggr_edits = 0
    for p in paras:
        q = aggr(p)
        if q != p:
            aggr_edits += Levenshtein.distance(p, q)
            for op in Levenshtein.opcodes(p, q):
                if op.tag != "equal":
                    a, b = op.src_start, op.src_end
                    changes.append((p[max(0, a - 8) : b + 8], q[max(0, op.dest_start - 8) : op.dest_end + 8]))
    return total, safe_edits, aggr_edits, changes


def ws_cjk_lines(gold: Path, pred: Path) -> list[tuple[str, str]]:
    """The predicted lines that ``score.py --drop-heads`` counts in ``ws_cjk`` (a whitespace
    run between two CJK characters), with their page ids: the scorer's own head dropping and
    pattern, imported from the bench's ``score.py``."""
    sys.path.insert(0, str(gold.parent))
    import score  # the bench's scorer

    found = []
    for gf in sorted(gold.glob("*.json")):
        path = pred / f"{gf.stem}.txt"
        if not path.exists():
            continue
        g = json.loads(gf.read_text(encoding="utf-8"))
        heads = set()
        for ga in g.get("articles", []):
            r = ga.get("rendered") or {}
            for x in (ga.get("headline"), ga.get("subtitle"), ga.get("byline"), ga.get("section"),
                      r.get("headline"), r.get("byline")):
                if x:
                    heads.add(score.norm_by(score.fold(x)))
        arts, _ = score.load_pred(str(path))
        for art in arts:
            for q in art["paragraphs"]:
                if score.norm_by(q) not in heads and score.WS_CJK.search(q):
                    found.append((gf.stem, q[:60]))
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--layout", default="auto", choices=["auto", "page", "plain"])
    ap.add_argument("--no-trad", action="store_true")
    ap.add_argument("--no-fp", action="store_true")
    ap.add_argument("--no-counts", action="store_true")
    ap.add_argument("--ws-lines", action="store_true", help="list the lines counted in ws_cjk")
    a = ap.parse_args(argv)
    runs = [("dev", "none")] + ([] if a.no_trad else [("dev_trad", "simplified")])
    args = _Args(layout=a.layout, ocr=True, to="none", keep_furniture=False, per_page=False,
                 verbose=False)
    print("| split | input | cer | cer_sorted | order share | ws_cjk | raw cer | raw cer_sorted | raw ws_cjk | cer drop |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        base = a.out or Path(tmp)
        for split, to in runs:
            gold = a.bench / split
            if not gold.is_dir():
                continue
            args.to = to
            for fl in FLAVOURS:
                try:
                    m = score_bench.run(fl, gold, base / split / fl, args)
                except NotImplementedError as e:
                    print(f"| {split} | {fl} | not available: {e} |")
                    continue
                r = raw_scores(gold, fl)
                share = (m["cer"] - m["cer_sorted"]) / m["cer"] if m["cer"] else 0.0
                drop = 1 - m["cer"] / r["cer"]
                print(f"| {split} | {fl} | {m['cer']:.4f} | {m['cer_sorted']:.4f} | {share:.0%} | {m['ws_cjk']} "
                      f"| {r['cer']:.4f} | {r['cer_sorted']:.4f} | {r['ws_cjk']} | {drop:.0%} |")
                if a.ws_lines:
                    for pid, line in ws_cjk_lines(gold, base / split / fl):
                        print(f"|   | ws_cjk: {pid} | {line} |")
    if not a.no_counts:
        print("\nOCR fixes per class (changes made by each OCR step, layout=plain):")
        for split, to in runs:
            gold = a.bench / split
            if not gold.is_dir():
                continue
            for fl in FLAVOURS:
                try:
                    c = fix_counts(gold, fl, to)
                except NotImplementedError:
                    continue
                print(f"  {split}/{fl}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    if not a.no_fp:
        total, se, ae, changes = false_positives()
        print(f"\nfalse positives on {total} clean gold characters: OCR_SAFE {se} edits, "
              f"OCR_SAFE+OCR_AGGRESSIVE {ae} edits ({ae * 10000 / total:.2f} per 10,000)")
        for before, after in changes:
            print(f"  {before!r} -> {after!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
