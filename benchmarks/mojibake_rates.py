"""Exact-restoration rate per damage class: ``fix_encoding`` next to ``ftfy.fix_encoding``.

    /work/venv/bin/python benchmarks/mojibake_rates.py [tests/data/mojibake/cases.jsonl]

A case counts as restored when the output equals the original exactly; for the ``clean``
classes, when the text comes back unchanged. The test set and its classes are described in
``tests/data/mojibake/README.md`` (built by ``tools/make_mojibake_set.py``).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import ftfy

from cntextclean.encoding.mojibake import fix_encoding

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "mojibake" / "cases.jsonl"


def load(path: Path = CASES) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def rates(
    cases: list[dict[str, str]], fix: Callable[[str], str]
) -> dict[str, tuple[int, int]]:
    """class -> (restored, total)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in cases:
        r = out[c["class"]]
        r[1] += 1
        r[0] += fix(c["damaged"]) == c["original"]
    return {k: (v[0], v[1]) for k, v in out.items()}


def main(argv: list[str]) -> int:
    cases = load(Path(argv[0])) if argv else load()
    t = time.perf_counter()
    ours = rates(cases, fix_encoding)
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    theirs = rates(cases, ftfy.fix_encoding)
    t_ftfy = time.perf_counter() - t
    print(f"{'class':40s} {'cases':>5s} {'cntextclean':>12s} {'ftfy':>8s}")
    for k in ours:
        ok, n = ours[k]
        ok2, _ = theirs[k]
        print(f"{k:40s} {n:5d} {100 * ok / n:11.1f}% {100 * ok2 / n:7.1f}%")
    print(f"time: cntextclean {t_ours:.2f} s, ftfy {t_ftfy:.2f} s for {len(cases)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
