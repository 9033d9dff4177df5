#!/usr/bin/env python3
"""What the ``clean --ocr`` error is made of, besides reading order (issue 6).

Reads ``clean`` predictions (``PRED/<page_id>.txt``, as ``tools/score_bench.py --out`` writes
them) and scores them as ``score.py --fold-width --drop-heads`` does; then removes reading
order at clause granularity (each predicted line cut after ``。！？；，、：``, pieces shorter than
8 characters kept with their neighbour, each piece placed at the fuzzy position of its first 30
characters in the gold body, the pieces sorted) and classes every edit that is left:

* ``line:head_misread``     - a line (< 50% aligned) close to a gold headline / subtitle /
  byline / section label of the page, which ``--drop-heads`` could not drop (OCR misread it,
  or it is cut or glued to something else);
* ``line:furniture``        - a line close to the page's furniture (running header, caption);
* ``line:body_dup``         - a line whose text the gold body holds (a piece placed twice);
* ``line:garbage``          - any other line (noise read across columns, rules, figure boxes);
* ``missing_run:in_raw`` / ``missing_run:not_in_raw`` - 6+ gold characters with nothing
  aligned, which the raw OCR input holds (fuzzily) or not (the OCR engine never read them);
  ``lost`` counts the in_raw runs that the prediction holds nowhere (text dropped);
* ``sub:A>B``, ``ins_char:A``, ``missing_char:A`` - single characters (A, B: han, punct,
  digit, latin, space, other) substituted, extra, or missing.

``order`` = cer - cer after the clause sort: what reading order (and wrongly joined paragraphs)
cost.

    python tools/score_bench.py tess150 tess300 --ocr --out /tmp/pred
    python tools/ocr_residual.py /tmp/pred/tess150 --flavour tess150 [-v]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"

_HAN = re.compile(r"[\u3400-\u9fff]")
_CLAUSE = re.compile(r"(?<=[。！？；，、：])")
_WS = re.compile(r"\s+")


def _scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.FOLD_WIDTH = True
    return mod


def char_class(c: str) -> str:
    if c.isspace():
        return "space"
    if _HAN.match(c):
        return "han"
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "latin"
    if unicodedata.category(c)[0] in "PS":
        return "punct"
    return "other"


def clauses(line: str, minlen: int = 8) -> list[str]:
    out: list[str] = []
    for p in (x for x in _CLAUSE.split(line) if x):
        if out and len(out[-1]) < minlen:
            out[-1] += p
        else:
            out.append(p)
    if len(out) > 1 and len(out[-1]) < minlen:
        last = out.pop()
        out[-1] += last
    return out


def page_classes(sc, gold: dict, lines: list[str], raw: str, stats: Counter, verbose: bool,
                 chars: Counter | None = None) -> None:
    """Class the edits of one page into ``stats`` (and the Han characters extra or substituted,
    as ``+X`` / ``X>Y``, into ``chars``)."""
    chars = Counter() if chars is None else chars
    for ga in gold["articles"]:
        for k in ("headline", "subtitle", "byline"):
            ga[k] = sc.fold(ga.get(k))
        ga["paragraphs"] = [sc.fold(x) for x in ga["paragraphs"]]
    heads: list[str] = []
    for ga in gold["articles"]:
        r = ga.get("rendered") or {}
        for x in (ga.get("headline"), ga.get("subtitle"), ga.get("byline"), ga.get("section"),
                  r.get("headline"), r.get("byline")):
            if x:
                heads.append(sc.norm_by(sc.fold(x)))
    furn = [sc.norm_by(sc.fold(f)) for f in gold.get("furniture", [])]
    lines = [sc.fold(ln.strip()) for ln in lines if ln.strip()]
    # (what the prediction holds, head lines too: text is lost only if it is nowhere)
    flat_pred = _WS.sub("", "".join(lines))
    head_set = set(heads)
    lines = [ln for ln in lines if sc.norm_by(ln) not in head_set]
    gbody = "".join(p for a in gold["articles"] for p in a["paragraphs"])
    raw = _WS.sub("", sc.fold(raw))
    stats["gold"] += len(gbody)
    stats["dist"] += Levenshtein.distance("".join(lines), gbody)
    pieces: list[list] = []
    for li, ln in enumerate(lines):
        for c in clauses(ln):
            t = _WS.sub("", c)
            pos = None
            if len(t) >= 4:
                al = fuzz.partial_ratio_alignment(t[:30], gbody)
                pos = al.dest_start if al and al.score >= 60 else len(gbody) + 1
            pieces.append([pos, len(pieces), c, li])
    prev = 0
    for p in pieces:  # a short piece stays after the one before it
        if p[0] is None:
            p[0] = prev
        prev = p[0]
    pieces.sort(key=lambda p: (p[0], p[1]))
    pred = "".join(p[2] for p in pieces)
    src = [p[3] for p in pieces for _ in p[2]]
    ops = Levenshtein.opcodes(pred, gbody)
    stats["dist_sorted"] += Levenshtein.distance(pred, gbody)
    equal: Counter[int] = Counter()
    for op in ops:
        if op.tag == "equal":
            for i in range(op.src_start, op.src_end):
                equal[src[i]] += 1
    line_class: dict[int, str] = {}
    for li, ln in enumerate(lines):
        if not ln or equal[li] / len(ln) >= 0.5:
            continue
        n = sc.norm_by(ln)
        h = max((fuzz.ratio(n, x) for x in heads), default=0)
        h2 = max((fuzz.partial_ratio(n, x) for x in heads if len(x) >= 2), default=0) if len(n) >= 2 else 0
        f = max((fuzz.ratio(n, x) for x in furn), default=0)
        f2 = max((fuzz.partial_ratio(n, x) for x in furn), default=0) if len(n) >= 3 else 0
        if h >= 50 or (h2 >= 80 and len(n) <= 40):
            k = "line:head_misread"
        elif f >= 50 or f2 >= 80:
            k = "line:furniture"
        elif len(n) >= 6 and fuzz.partial_ratio(n, gbody) >= 70:
            k = "line:body_dup"
        else:
            k = "line:garbage"
        line_class[li] = k
        if verbose:
            print(f"  [{k}] {ln}")
    for op in ops:
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal":
            continue
        if tag == "delete":
            for i in range(i1, i2):
                stats[line_class.get(src[i]) or "ins_char:" + char_class(pred[i])] += 1
                if src[i] not in line_class and _HAN.match(pred[i]):
                    chars["+" + pred[i]] += 1
        elif tag == "insert":
            run = gbody[j1:j2]
            if len(run) >= 6:
                in_raw = len(run) < 400 and fuzz.partial_ratio(run, raw) >= 80
                k = "missing_run:" + ("in_raw" if in_raw else "not_in_raw")
                stats[k] += len(run)
                if in_raw and fuzz.partial_ratio(run, flat_pred) < 80:
                    stats["lost"] += len(run)
                    print(f"  [lost] {run}")
                if verbose:
                    print(f"  [{k}] {run}")
            else:
                for c in run:
                    stats["missing_char:" + char_class(c)] += 1
        else:
            for k in range(max(i2 - i1, j2 - j1)):
                a = pred[i1 + k] if i1 + k < i2 else ""
                b = gbody[j1 + k] if j1 + k < j2 else ""
                if a and src[i1 + k] in line_class:
                    stats[line_class[src[i1 + k]]] += 1
                elif a and b:
                    stats[f"sub:{char_class(a)}>{char_class(b)}"] += 1
                    chars[f"{a}>{b}"] += 1
                elif a:
                    stats["ins_char:" + char_class(a)] += 1
                else:
                    stats["missing_char:" + char_class(b)] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path, help="folder of <page_id>.txt clean outputs")
    ap.add_argument("--flavour", required=True, help="the input flavour (raw input: <page_id>.<flavour>.txt)")
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--split", default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every classed line and missing run")
    args = ap.parse_args(argv)
    sc = _scorer(args.bench)
    gold_dir = args.bench / args.split
    stats: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for g in sorted(gold_dir.glob("*.json")):
        pid = g.stem
        if "." in pid:
            continue
        pred = args.pred / f"{pid}.txt"
        raw = gold_dir / f"{pid}.{args.flavour}.txt"
        if args.verbose:
            print(pid)
        page_classes(sc, json.loads(g.read_text(encoding="utf-8")),
                     pred.read_text(encoding="utf-8").splitlines() if pred.exists() else [],
                     raw.read_text(encoding="utf-8") if raw.exists() else "", stats, args.verbose, chars)
    n = stats.pop("gold")
    dist, dist_sorted, lost = stats.pop("dist"), stats.pop("dist_sorted"), stats.pop("lost", 0)
    print(f"{args.flavour}: gold chars {n}, cer {dist / n:.4f}, after the clause sort {dist_sorted / n:.4f}, "
          f"order {(dist - dist_sorted) / n:.4f}; in_raw runs held nowhere in the prediction: {lost}")
    print("| class | chars | cer share |\n|---|---|---|")
    for k, v in stats.most_common():
        print(f"| {k} | {v} | {v / n:.4f} |")
    print("extra Han characters:", " ".join(f"{k[1:]} {v}" for k, v in chars.most_common() if k[0] == "+" and v > 2))
    print("substitutions (read>gold):", " ".join(f"{k} {v}" for k, v in chars.most_common(40) if k[0] != "+"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
