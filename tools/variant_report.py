#!/usr/bin/env python3
"""Score the variant bench (tools/make_variant_bench.py) per variation, next to the same source
pages on dev: how well the page work generalises to layouts dev does not have.

For every flavour, runs ``clean`` (as tools/score_bench.py does) and ``split_articles`` (as
tools/score_articles.py does) on the variant pages *and* on their dev source pages, then scores
groups of pages with the bench scorer: all pages, per axis (columns / font / size / page / style /
combo), per column count and per body font. ``dev-src`` rows are the same groups' source pages
on dev, so a drop is the variation's doing, not the text's.

    python tools/variant_report.py                              # /tmp/variant_bench, PDF flavours
    python tools/variant_report.py --split ocr tess150 tess300  # the OCR subset
    python tools/variant_report.py pymupdf --worst 8            # + the pages that lose most

Prints markdown tables; ``--json FILE`` also writes every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import score_bench  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench"
CLEAN_KEYS = ["cer", "cer_sorted", "ws_cjk_per_kchar", "para_f1"]
ART_KEYS = ["cer", "headline_em", "byline_em", "pair_f1"]


def predict(inputs: dict[str, Path], out: Path, flavour: str) -> None:
    """``clean`` predictions (``out/clean/<id>.txt``) and ``split_articles`` ones (``out/art/<id>.json``)."""
    import cntextclean
    from cntextclean import split_articles

    (out / "clean").mkdir(parents=True, exist_ok=True)
    (out / "art").mkdir(parents=True, exist_ok=True)
    for pid, f in inputs.items():
        text = f.read_text(encoding="utf-8")
        (out / "clean" / f"{pid}.txt").write_text(cntextclean.clean(text, layout="auto"), encoding="utf-8")
        page = split_articles(text, page_id=pid, ocr=flavour.startswith("tess"))
        (out / "art" / f"{pid}.json").write_text(json.dumps(page.to_dict(), ensure_ascii=False), encoding="utf-8")


def group_score(golds: dict[str, Path], pred: Path, scorer: Path, articles: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        for pid, g in golds.items():
            (Path(tmp) / f"{pid}.json").symlink_to(g)
        opts = ["--track", "articles", "--fold-width"] if articles else ["--fold-width", "--drop-heads"]
        return score_bench.score(Path(tmp), pred, *opts, scorer=scorer)


def per_page(golds: dict[str, Path], pred: Path, scorer: Path, articles: bool) -> dict[str, dict]:
    return {pid: group_score({pid: g}, pred, scorer, articles) for pid, g in golds.items()}


def fmt(v: object) -> str:
    return f"{v:.3f}" if isinstance(v, float) else ("-" if v is None else str(v))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("flavours", nargs="*", default=["pdftotext", "pdftotext-layout", "pdfminer", "pymupdf"])
    ap.add_argument("--variants", type=Path, default=Path("/tmp/variant_bench"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--bench", type=Path, default=BENCH, help="the dev bench (source pages)")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages that lose most against their source")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    index = json.loads((args.variants / "variants.json").read_text(encoding="utf-8"))
    vdir, ddir = args.variants / args.split, args.bench / "dev"
    pages = sorted(p.name[:-5] for p in vdir.glob("*.json") if "." not in p.name[:-5])
    scorer = args.bench / "score.py"
    groups: dict[str, list[str]] = defaultdict(list)
    for pid in pages:
        r = index[pid]
        groups["all"].append(pid)
        groups[f"axis={r['axis']}"].append(pid)
        if r["axis"] in ("columns", "combo"):
            groups[f"columns={r['columns']}"].append(pid)
        if "body_font" in r["changes"]:
            groups[f"font={r['body_font']}"].append(pid)
        groups[f"mode={r['mode']}"].append(pid)
    results: dict = {}
    for fl in args.flavours:
        with tempfile.TemporaryDirectory() as tmp:
            vpred, dpred = Path(tmp) / "v", Path(tmp) / "d"
            predict({p: vdir / f"{p}.{fl}.txt" for p in pages}, vpred, fl)
            srcs = sorted({index[p]["source"] for p in pages})
            predict({s: ddir / f"{s}.{fl}.txt" for s in srcs}, dpred, fl)
            res = {}
            for g, pids in groups.items():
                vg = {p: vdir / f"{p}.json" for p in pids}
                dg = {index[p]["source"]: ddir / f"{index[p]['source']}.json" for p in pids}
                res[g] = {
                    "n": len(pids),
                    "var_clean": group_score(vg, vpred / "clean", scorer, False),
                    "dev_clean": group_score(dg, dpred / "clean", scorer, False),
                    "var_art": group_score(vg, vpred / "art", scorer, True),
                    "dev_art": group_score(dg, dpred / "art", scorer, True),
                }
            if args.worst:
                pv_c = per_page({p: vdir / f"{p}.json" for p in pages}, vpred / "clean", scorer, False)
                pv_a = per_page({p: vdir / f"{p}.json" for p in pages}, vpred / "art", scorer, True)
                pd_c = per_page({s: ddir / f"{s}.json" for s in srcs}, dpred / "clean", scorer, False)
                pd_a = per_page({s: ddir / f"{s}.json" for s in srcs}, dpred / "art", scorer, True)
                res["_pages"] = {p: {"var_clean": pv_c[p], "var_art": pv_a[p], "dev_clean": pd_c[index[p]["source"]],
                                     "dev_art": pd_a[index[p]["source"]]} for p in pages}
        results[fl] = res
        print(f"\n### {fl} ({args.split}: {len(pages)} variant pages; dev-src = their source pages on dev)\n")
        print("| group | n | clean cer | cer_sorted | ws/1k | para_f1 | art cer | headline_em | byline_em | pair_f1 |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for g, r in res.items():
            if g.startswith("_"):
                continue
            for side in ("var", "dev"):
                c, a = r[f"{side}_clean"], r[f"{side}_art"]
                label = g if side == "var" else "  dev-src"
                cells = [fmt(c.get(k)) for k in CLEAN_KEYS] + [fmt(a.get(k)) for k in ART_KEYS]
                print(f"| {label} | {r['n']} | " + " | ".join(cells) + " |")
        if args.worst:
            rows = []
            for p, r in res["_pages"].items():
                d_art = (r["var_art"].get("cer", 0) - r["dev_art"].get("cer", 0))
                d_pair = (r["dev_art"].get("pair_f1", 0) - r["var_art"].get("pair_f1", 0))
                d_clean = (r["var_clean"].get("cer", 0) - r["dev_clean"].get("cer", 0))
                rows.append((max(d_art, d_clean) + d_pair, p, r, d_clean, d_art, d_pair))
            rows.sort(reverse=True)
            print(f"\nworst {args.worst} ({fl}): page | clean cer var/dev | art cer var/dev | pair_f1 var/dev | "
                  "headline_em var/dev | byline_em var/dev")
            for _, p, r, *_d in rows[: args.worst]:
                vc, dc, va, da = r["var_clean"], r["dev_clean"], r["var_art"], r["dev_art"]
                print(f"  {p:20s} {fmt(vc.get('cer'))}/{fmt(dc.get('cer'))} | {fmt(va.get('cer'))}/{fmt(da.get('cer'))} | "
                      f"{fmt(va.get('pair_f1'))}/{fmt(da.get('pair_f1'))} | {fmt(va.get('headline_em'))}/"
                      f"{fmt(da.get('headline_em'))} | {fmt(va.get('byline_em'))}/{fmt(da.get('byline_em'))}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
