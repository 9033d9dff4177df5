#!/usr/bin/env python3
"""Score ``cntextclean.clean`` on the development benchmark, per input flavour.

For every flavour asked (default: all six), runs ``clean(text, layout="auto")`` (plus
``--ocr``/``--to``) on ``BENCH/dev/*.<flavour>.txt``, writes ``<page_id>.txt`` into a
temporary (or ``--out``) directory and runs ``score.py GOLD PRED --fold-width --drop-heads``,
then prints one table row per flavour next to the raw baseline of the bench README.

    python tools/score_bench.py                       # all flavours
    python tools/score_bench.py pymupdf pdftotext --per-page
    python tools/score_bench.py tess150 --ocr --out /tmp/pred
    python tools/score_bench.py --rejoin              # pre-layout stages + rejoin_lines only

Needs ``../shared/bench`` (or ``--bench DIR``) and rapidfuzz (score.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import cntextclean  # noqa: E402
from cntextclean import presets  # noqa: E402

FLAVOURS = ["pdftotext", "pdftotext-layout", "pdfminer", "pymupdf", "tess150", "tess300"]
#: raw baselines (bench README: each input line a paragraph, --fold-width --drop-heads)
BASELINE = {
    "pdftotext": (0.465, 0.190, 6.608, 0.196),
    "pdftotext-layout": (1.012, 0.966, 32.035, 0.148),
    "pdfminer": (0.707, 0.054, 14.963, 0.154),
    "pymupdf": (0.033, 0.040, 0.984, 0.252),
    "tess150": (0.262, 0.122, 3.011, 0.219),
    "tess300": (0.265, 0.133, 3.316, 0.219),
}


#: pre-layout texts per (flavour file, options): repeated runs of --rejoin re-use them
_PRE: dict[tuple[str, bool, str], str] = {}


def _rejoin_only(text: str, args: argparse.Namespace, key: str) -> str:
    """The pre-layout stages, then the layout family's own ``rejoin_lines`` explicitly (whatever
    ``presets.LAYOUT`` currently holds), on the text ``layout="auto"`` would treat as a page."""
    page = args.layout == "page" or (args.layout == "auto" and presets.looks_like_page(text))
    if not page:
        return _clean(text, args)
    layout_names = set(presets.LAYOUT) | set(presets.LAYOUT_KEEP_FURNITURE)
    pre = [n for n in presets.step_names(to=args.to, ocr=args.ocr, page=True) if n not in layout_names]
    ck = (key, args.ocr, args.to)
    if ck not in _PRE:
        _PRE[ck] = cntextclean.clean(text, steps=pre)
    step = "rejoin_lines_keep_furniture" if args.keep_furniture else "rejoin_lines"
    return cntextclean.clean(_PRE[ck], steps=[step])


def _clean(text: str, args: argparse.Namespace) -> str:
    return cntextclean.clean(text, layout=args.layout, ocr=args.ocr, to=args.to, keep_furniture=args.keep_furniture)


def score(gold: Path, pred: Path, *options: str, scorer: Path | None = None, echo: bool = False) -> dict:
    """Run the bench's ``score.py GOLD PRED OPTIONS`` (``scorer``, default ``GOLD/../score.py``)
    and return its summary: the last JSON line of its output, ``{}`` when there is none.
    ``echo``: print its output, and its errors when it fails."""
    cmd = [sys.executable, str(scorer or gold.parent / "score.py"), str(gold), str(pred), *options]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if echo:
        print(res.stdout.rstrip())
        if res.returncode:
            print(res.stderr, file=sys.stderr)
    last = [ln for ln in res.stdout.splitlines() if ln.startswith("{")]
    return json.loads(last[-1]) if last else {}


def run(flavour: str, gold: Path, out: Path, args: argparse.Namespace) -> dict[str, float]:
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(gold.glob(f"*.{flavour}.txt"))
    t0 = time.perf_counter()
    for f in files:
        page_id = f.name.split(".")[0]
        text = f.read_text(encoding="utf-8")
        res_text = _rejoin_only(text, args, str(f)) if args.rejoin else _clean(text, args)
        (out / f"{page_id}.txt").write_text(res_text, encoding="utf-8")
    dt = time.perf_counter() - t0
    options = ["--fold-width", "--drop-heads"] + (["--per-page"] if args.per_page else [])
    metrics = score(gold, out, *options, echo=args.per_page or args.verbose)
    metrics["_pages"] = len(files)
    metrics["_seconds"] = dt
    return metrics


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("flavours", nargs="*", default=FLAVOURS, help="input flavours (default: all)")
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench", help="bench folder")
    ap.add_argument("--split", default="dev", help="gold folder inside the bench (dev)")
    ap.add_argument("--out", type=Path, help="write predictions here (default: a temp dir)")
    ap.add_argument("--ocr", action="store_true")
    ap.add_argument("--to", default="none")
    ap.add_argument("--layout", default="auto", choices=["auto", "page", "plain"])
    ap.add_argument("--keep-furniture", action="store_true")
    ap.add_argument("--rejoin", action="store_true",
                    help="run the pre-layout stages + rejoin_lines explicitly (the layout family's step, "
                         "whatever presets.LAYOUT holds)")
    ap.add_argument("--per-page", action="store_true", help="print score.py's per-page table")
    ap.add_argument("-v", "--verbose", action="store_true", help="print score.py's output")
    args = ap.parse_args(argv)
    gold = args.bench / args.split
    if not gold.is_dir():
        print(f"no benchmark at {gold}", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = args.out or Path(tmp)
        for fl in args.flavours:
            m = run(fl, gold, base / fl, args)
            rows.append((fl, m))
    keys = ["cer", "cer_sorted", "ws_cjk_per_kchar", "para_f1"]
    print(f"| input | {' | '.join(keys)} | raw baseline ({' / '.join(keys)}) | pages | s/page |")
    print("|---|" + "---|" * (len(keys) + 3))
    for fl, m in rows:
        vals = [m.get(k) for k in keys]
        cells = [f"{v:.3f}" if isinstance(v, (int, float)) else "?" for v in vals]
        base_row = BASELINE.get(fl)
        base_s = " / ".join(f"{b:.3f}" for b in base_row) if base_row else "-"
        ws = m.get("ws_cjk")
        sp = m["_seconds"] / max(1, m["_pages"])
        print(f"| {fl} | {' | '.join(cells)} | {base_s} | {m['_pages']} | {sp:.3f} |" + (f"  ws_cjk={ws}" if ws else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
