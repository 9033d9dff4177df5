"""Acceptance 2 of issue 2: typography decisions on seeds 002-004 against the gold.

Runs only the typography cleaners (REPAIR_TYPOGRAPHY + TYPOGRAPHY + PLAIN_ONLY of
``cntextclean.presets``) on each seed line, aligns every cleaned line with the gold paragraph
that holds it (by its sequence of Hanzi, ``一`` treated as a wildcard because the gold has
``—`` where the OCR read ``一``), joins the lines of one gold paragraph in gold order (the
oracle line rejoin), and diffs the result with the gold paragraph character by character.

Every punctuation mark and space of the aligned seed lines is a decision; a residual difference
is classified as

* ``rejoin``    - at a seam between two seed lines (a column break: issue 5, line rejoin);
  a quote in a line with an odd number of quotes (a quotation cut by a column break) counts
  here too: only the re-joined paragraph can pair it;
* ``ocr-dash``  - ``一`` read for ``—`` (issue 6, OCR);
* ``editor-note`` - ``编者按：`` written with a space in print (issue 7, package header);
* ``punct``, ``space``, ``quote``, ``other`` - typography residuals (this issue).

Lines that align with no body paragraph (headlines, bylines, labels, captions, footers) are
not body text and are counted separately. Usage::

    python tools/measure_typography.py [--show N] [SEED_STEM ...]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from cntextclean import presets
from cntextclean.charclass import HAN_BMP_CLASS
from cntextclean.pipeline import Pipeline
from cntextclean.typography.spacing import collapse_gap

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEFAULT_SEEDS = ["002_dbb4db9899fb893c", "003_6406bc7cfce8b36c", "004_2a0d0da5d2c1eea9"]

_HAN = re.compile(f"[{HAN_BMP_CLASS}]")


def typography_pipeline() -> Pipeline:
    return Pipeline([*presets.REPAIR_TYPOGRAPHY, *presets.TYPOGRAPHY, *presets.PLAIN_ONLY])


def skeleton(s: str) -> tuple[str, list[int]]:
    """The Hanzi of ``s`` (without 一) and their positions in ``s``."""
    chars, pos = [], []
    for i, ch in enumerate(s):
        if ch != "一" and _HAN.match(ch):
            chars.append(ch)
            pos.append(i)
    return "".join(chars), pos


def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def classify(a: str, b: str, seam: bool, context: str = "", odd_quotes: bool = False) -> str:
    if seam:
        return "rejoin"
    if b == "：" and context.endswith("编者按"):
        return "editor-note"
    if "一" in a and "—" in b:
        return "ocr-dash"
    both = a + b
    if both and all(c.isspace() for c in both):
        return "space"
    if any(c in "\"'“”‘’" for c in both):
        # a line with an odd number of quotes is part of a quotation cut by a column break:
        # only the re-joined paragraph can pair it
        return "rejoin" if odd_quotes else "quote"
    if all(is_punct(c) or c.isspace() for c in both):
        return "punct"
    return "other"


def measure(stem: str, pipe: Pipeline, show: int) -> dict[str, object]:
    seed = (DATA / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    gold = json.loads((DATA / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    paras: list[str] = [p for a in gold["articles"] for p in a["paragraphs"]]
    skels = [skeleton(p)[0] for p in paras]

    labels = {x for a in gold["articles"] for x in (a["headline"], a["subtitle"], a["byline"], a["section"]) if x}
    labels |= set(gold.get("furniture", [])) | set(gold.get("fragments", []))
    labels = {re.sub(r"\s", "", x) for x in labels}
    lines = [ln for ln in seed.split("\n") if ln.strip()]
    placed: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    not_body: list[str] = []
    decisions = 0
    for raw in lines:
        cleaned = pipe(raw)
        sk = skeleton(cleaned)[0]
        hit = None
        if len(sk) >= 2 and re.sub(r"\s", "", cleaned) not in labels:
            for k, ps in enumerate(skels):
                at = ps.find(sk)
                if at >= 0:
                    hit = (k, at)
                    break
        if hit is None:
            not_body.append(raw)
            continue
        decisions += sum(1 for c in raw if is_punct(c) or c.isspace())
        placed[hit[0]].append((hit[1], raw, cleaned))

    residual: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    uncovered = 0
    for k, items in placed.items():
        items.sort()
        joined, seams, owner = "", [], []
        for n, (_, _, cleaned) in enumerate(items):
            if joined:
                seams.append(len(joined))
            joined += cleaned
            owner += [n] * len(cleaned)
        gold_p = paras[k]
        sm = difflib.SequenceMatcher(None, joined, gold_p, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                continue
            a, b = joined[i1:i2], gold_p[j1:j2]
            seam = any(i1 - 1 <= s <= i2 + 1 for s in seams)
            # a gold stretch with Hanzi that no seed line gave: text from a line that did not
            # align (e.g. split between byline and paragraph): not a typography decision
            if tag in ("insert", "replace") and skeleton(b)[0] and not skeleton(a)[0]:
                uncovered += len(b)
                continue
            line = items[owner[min(i1, len(owner) - 1)]][2] if owner else ""
            odd = len(items) > 1 and sum(line.count(q) for q in "“”\"") % 2 == 1
            cls = classify(a, b, seam, joined[:i1], odd)
            residual[cls] += 1
            if len(examples[cls]) < show:
                examples[cls].append(f"{joined[max(0, i1 - 6):i2 + 6]!r} -> {gold_p[max(0, j1 - 6):j2 + 6]!r}")
    # headlines (not body): the line-preserving typography steps, then the headline gap rule
    head_pipe = Pipeline([*presets.REPAIR_TYPOGRAPHY, *presets.TYPOGRAPHY])
    heads = {re.sub(r"\s", "", a["headline"]): a["headline"] for a in gold["articles"] if a["headline"]}
    head_diffs = []
    head_n = 0
    for raw in not_body:
        want = heads.get(re.sub(r"\s", "", head_pipe(raw)))
        if want is None:
            continue
        head_n += 1
        got = collapse_gap(head_pipe(raw)).strip()
        if got != want:
            head_diffs.append(f"{got!r} != gold {want!r}")
    return {
        "headlines": head_n,
        "headline_diffs": head_diffs,
        "stem": stem,
        "lines": len(lines),
        "body_lines": len(lines) - len(not_body),
        "not_body": not_body,
        "decisions": decisions,
        "residual": dict(residual),
        "examples": examples,
        "uncovered_gold_chars": uncovered,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stems", nargs="*", default=DEFAULT_SEEDS)
    ap.add_argument("--show", type=int, default=5, help="examples per class")
    args = ap.parse_args(argv)
    pipe = typography_pipeline()
    print("pipeline:", " -> ".join(pipe.names))
    total: Counter[str] = Counter()
    for stem in args.stems:
        r = measure(stem, pipe, args.show)
        res = r["residual"]
        assert isinstance(res, dict)
        total.update(res)
        print(f"\n== {stem}: {r['body_lines']}/{r['lines']} seed lines in body paragraphs, "
              f"{r['decisions']} punctuation/space decisions; residual differences: "
              f"{sum(res.values())} {dict(sorted(res.items()))}")
        for cls, exs in sorted(r["examples"].items()):  # type: ignore[union-attr]
            for e in exs:
                print(f"   [{cls}] {e}")
        print(f"   not body ({len(r['not_body'])}): "  # type: ignore[arg-type]
              + " | ".join(s[:24] for s in r["not_body"]))  # type: ignore[union-attr]
        print(f"   headlines (typography + collapse_gap): {r['headlines'] - len(r['headline_diffs'])}"  # type: ignore[operator]
              f"/{r['headlines']} equal to gold")
        for d in r["headline_diffs"]:  # type: ignore[union-attr]
            print(f"   [headline] {d}")
        if r["uncovered_gold_chars"]:
            print(f"   gold chars from unaligned lines (not compared): {r['uncovered_gold_chars']}")
    later = {"rejoin", "ocr-dash", "editor-note"}
    mine = {k: v for k, v in total.items() if k not in later}
    print(f"\nTOTAL residual by class: {dict(sorted(total.items()))}")
    print(f"typography residuals (this issue): {sum(mine.values())}; "
          f"later issues: rejoin (issue 5) {total['rejoin']}, OCR 一→— (issue 6) {total['ocr-dash']}, "
          f"editor's note colon (issue 7) {total['editor-note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
