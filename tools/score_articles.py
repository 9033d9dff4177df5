"""Run ``split_articles`` on page extractions and score them with the bench scorer.

Usage::

    python tools/score_articles.py seeds            # tests/data/seeds 002-004 vs tests/data/gold
    python tools/score_articles.py bench pymupdf    # ../shared/bench/dev/*.pymupdf.txt vs dev gold
    python tools/score_articles.py bench all        # every input flavour, one table each
    python tools/score_articles.py bench all --bench /tmp/variant_bench   # another bench folder
                                                    # (tools/make_variant_bench.py), --split ocr
    python tools/score_articles.py bench tess150 --split dev_trad --to simplified
                                                    # Traditional pages against the Simplified gold

Predictions go to ``/tmp/cntextclean_articles_<checkout>/<name>/<page_id>.json`` (``<checkout>``: the
name of this repository's folder, so that runs from several worktrees at once do not overwrite
each other's predictions; ``--out DIR`` chooses another folder); the scorer is
``../shared/bench/score.py GOLD PRED --track articles --fold-width``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import score_bench  # tools/: the scorer call is shared

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "bench" / "score.py"
FLAVOURS = ["pdftotext", "pdftotext-layout", "pdfminer", "pymupdf", "tess150", "tess300"]


def run(inputs: list[Path], out: Path, *, ocr: bool = False, debug: bool = False, to: str = "none") -> float:
    from cntextclean import split_articles

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    t0 = time.perf_counter()
    for f in inputs:
        page_id = f.name.split(".", 1)[0]
        page = split_articles(f.read_text(encoding="utf-8"), page_id=page_id, ocr=ocr, to=to)
        (out / f"{page_id}.json").write_text(
            json.dumps(page.to_dict(debug=debug), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return time.perf_counter() - t0


def score(gold: Path, pred: Path, extra: list[str], scorer: Path = SCORER) -> dict:
    return score_bench.score(gold, pred, "--track", "articles", "--fold-width", *extra, scorer=scorer, echo=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["seeds", "bench"])
    ap.add_argument("flavour", nargs="?", default="pymupdf")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--debug", action="store_true")
    ap.add_argument("--out", type=Path, help="prediction folder (default /tmp/cntextclean_articles_<checkout>)")
    ap.add_argument("--bench", type=Path, default=SHARED / "bench",
                    help="bench folder (default ../shared/bench; its score.py is used when it has one)")
    ap.add_argument("--split", default="dev", help="gold folder inside the bench (dev)")
    ap.add_argument("--to", default="none", help="script conversion first (simplified for dev_trad)")
    args = ap.parse_args()
    extra = ["--per-page"] if args.per_page else []
    base = args.out or Path(f"/tmp/cntextclean_articles_{ROOT.name}")
    if args.what == "seeds":
        seeds = sorted((ROOT / "tests" / "data" / "seeds").glob("00[234]_*.txt"))
        pred = base / "seeds"
        secs = run(seeds, pred, debug=args.debug)
        print(f"{len(seeds)} pages in {secs:.2f} s")
        gold = base / "seeds_gold"
        gold.mkdir(parents=True, exist_ok=True)
        for f in seeds:
            g = ROOT / "tests" / "data" / "gold" / f"{f.stem}.json"
            (gold / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
        score(gold, pred, extra)
        return 0
    dev = args.bench / args.split
    scorer = args.bench / "score.py" if (args.bench / "score.py").is_file() else SCORER
    if args.bench != SHARED / "bench" or args.split != "dev":
        base = base / f"{args.bench.name}_{args.split}"
    flavours = FLAVOURS if args.flavour == "all" else [args.flavour]
    for fl in flavours:
        inputs = sorted(dev.glob(f"*.{fl}.txt"))
        if not inputs:
            print(f"== {fl}: no inputs in {dev}")
            continue
        pred = base / fl
        secs = run(inputs, pred, ocr=fl.startswith("tess"), debug=args.debug, to=args.to)
        print(f"== {fl}: {len(inputs)} pages in {secs:.2f} s ({len(inputs) / secs:.1f} pages/s)")
        score(dev, pred, extra, scorer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
