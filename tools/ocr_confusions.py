#!/usr/bin/env python3
"""Catalogue the real confusions of OCR output against the bench gold.

Every OCR line is located in the page's gold text (headlines, bylines, paragraphs and furniture,
full-width forms folded as ``score.py --fold-width`` does) with a fuzzy partial alignment, then
aligned character by character; every non-equal edit is counted by kind (whitespace, punctuation,
digit, Han look-alike, ...), with examples in context. Used to decide which OCR fixes matter; the
cleaners are never given dev strings.

usage: python tools/ocr_confusions.py [BENCH_DIR] [--input tess150,tess300] [--top 40] [--pred CMD]
       --clean  align the output of ``cntextclean.clean(text, ocr=True, layout="plain")`` instead
                (what is left after the OCR cleaners)
       --ocr-steps  align the output of the OCR steps alone (what they leave)
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

_KEEP = set("！（），：；？")
FOLD = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if chr(c) not in _KEEP}
FOLD.update({c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)})


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def kind(c: str) -> str:
    if c == "":
        return "-"
    if c.isspace():
        return "ws"
    if is_han(c):
        return "han"
    if c.isdigit() and c.isascii():
        return "dig"
    if c.isascii() and c.isalpha():
        return "lat"
    if c.isascii():
        return "asc"
    return "sym"


def gold_text(d: dict) -> str:
    parts = []
    for a in d["articles"]:
        r = a.get("rendered") or {}
        for k in ("headline", "subtitle"):
            if a.get(k):
                parts.append(a[k])
        if r.get("byline"):
            parts.append(r["byline"])
        parts.extend(a["paragraphs"])
    parts.extend(d.get("furniture") or [])
    return "\n".join(parts).translate(FOLD)


def classify(o: str, g: str, left: str, right: str) -> str:
    if o.strip() == "" and g == "":
        lk, rk = kind(left[-1:] or " "), kind(right[:1] or " ")
        return f"space:{lk}_{rk}"
    if g == "" :
        return "extra:" + ("+".join(sorted({kind(c) for c in o})))
    if o == "":
        return "missing:" + ("+".join(sorted({kind(c) for c in g})))
    ko = "+".join(sorted({kind(c) for c in o}))
    kg = "+".join(sorted({kind(c) for c in g}))
    return f"sub:{ko}>{kg}"


def align_page(ocr: str, gold: str, edits: collections.Counter, examples: dict, stats: dict) -> None:
    gflat = gold
    for line in ocr.splitlines():
        s = line.strip()
        if len(re.sub(r"\s", "", s)) < 3:
            continue
        al = fuzz.partial_ratio_alignment(s, gflat)
        if al is None or al.score < 60:
            stats["unaligned_lines"] += 1
            continue
        ds, de = al.dest_start, al.dest_end
        # widen a little so that insertions at the ends are seen
        ds2, de2 = max(0, ds - 2), min(len(gflat), de + 2)
        g = gflat[ds2:de2]
        ops = Levenshtein.opcodes(s, g)
        # trim the widening: drop leading/trailing inserts
        ops = list(ops)
        while ops and ops[0].tag == "insert":
            ops.pop(0)
        while ops and ops[-1].tag == "insert":
            ops.pop()
        stats["lines"] += 1
        for op in ops:
            if op.tag == "equal":
                stats["equal_chars"] += op.src_end - op.src_start
                continue
            o = s[op.src_start:op.src_end]
            gg = g[op.dest_start:op.dest_end]
            if "\n" in gg:
                gg = gg.replace("\n", "")
                if not gg and not o.strip():
                    continue
            left = s[max(0, op.src_start - 4):op.src_start]
            right = s[op.src_end:op.src_end + 4]
            cls = classify(o, gg, left, right)
            key = (cls, o if not o.isspace() else "␠", gg)
            edits[key] += 1
            stats["edit_chars"] += max(len(o), len(gg))
            ex = examples.setdefault(key, [])
            if len(ex) < 3:
                ex.append(f"{left}[{o}>{gg}]{right}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bench", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/bench/dev"))
    ap.add_argument("--input", default="tess150,tess300")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--by-class", action="store_true", help="print totals per class only")
    ap.add_argument("--clean", action="store_true", help="align clean(text, ocr=True) output instead")
    ap.add_argument("--ocr-steps", action="store_true", help="align the output of the OCR steps alone")
    ap.add_argument("--to", default="none")
    ap.add_argument("--filter", default="", help="only classes starting with this")
    a = ap.parse_args(argv)
    bench = Path(a.bench)
    edits: collections.Counter = collections.Counter()
    examples: dict = {}
    stats: collections.Counter = collections.Counter()
    clean = None
    if a.clean:
        from cntextclean import clean as _clean

        clean = _clean
    if a.ocr_steps:
        from cntextclean import presets
        from cntextclean.pipeline import Pipeline

        pipe = Pipeline(presets.OCR_SAFE + presets.OCR_AGGRESSIVE)
    for gpath in sorted(bench.glob("*.json")):
        if "." in gpath.name[:-5]:
            continue
        gold = gold_text(json.loads(gpath.read_text(encoding="utf-8")))
        for inp in a.input.split(","):
            p = bench / f"{gpath.stem}.{inp}.txt"
            if not p.exists():
                continue
            text = p.read_text(encoding="utf-8")
            if clean is not None:
                text = clean(text, ocr=True, layout="plain", to=a.to)
            elif a.ocr_steps:
                text = pipe(text)
            align_page(text.translate(FOLD), gold, edits, examples, stats)
    print(f"lines aligned {stats['lines']}, unaligned {stats['unaligned_lines']}, "
          f"equal chars {stats['equal_chars']}, edit chars {stats['edit_chars']}")
    per_class: collections.Counter = collections.Counter()
    for (cls, _o, _g), n in edits.items():
        per_class[cls.split(":")[0] + ":" + cls.split(":")[1]] += n
    print("\n== per class ==")
    for cls, n in per_class.most_common():
        if cls.startswith(a.filter):
            print(f"{n:6d}  {cls}")
    if a.by_class:
        return
    print("\n== top edits ==")
    shown = 0
    for (cls, o, g), n in edits.most_common():
        if not cls.startswith(a.filter):
            continue
        print(f"{n:5d}  {cls:22s} {o!s:>6} -> {g!s:<6}  " + "  ".join(examples[(cls, o, g)]))
        shown += 1
        if shown >= a.top:
            break


if __name__ == "__main__":
    main()
