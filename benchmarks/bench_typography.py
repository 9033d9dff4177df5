"""The typography pipeline on ~1 MB of seed text (the damaged inputs, repeated) and each
typography cleaner alone on the adversarial inputs of issue 2 (1 MB single line, 10^6 repeated
punctuation marks): throughput and linear time.

    python -m pytest benchmarks/bench_typography.py --benchmark-json=typography.json
"""

from __future__ import annotations

import pytest

from cntextclean import Pipeline, presets
from cntextclean.pipeline import REGISTRY

from .conftest import DATA, SMOKE

SIZE = 20_000 if SMOKE else 1_000_000
TYPO = sorted(n for n, c in REGISTRY.items() if c.family == "typography")
PIPE = Pipeline([*presets.REPAIR_TYPOGRAPHY, *presets.TYPOGRAPHY, *presets.PLAIN_ONLY])


def seed_corpus(size: int) -> str:
    """About ``size`` characters of the damaged seeds 002-004 (PDF/markdown extractions)."""
    base = "\n".join((DATA / "seeds" / f"{s}.txt").read_text(encoding="utf-8")
                     for s in ("002_dbb4db9899fb893c", "003_6406bc7cfce8b36c", "004_2a0d0da5d2c1eea9"))
    return ((base + "\n") * (size // len(base) + 1))[:size]


ADVERSARIAL = {
    "one-line": lambda: seed_corpus(SIZE).replace("\n", " "),
    "commas": lambda: "," * SIZE,
    "hanzi-comma": lambda: "中," * (SIZE // 2),
    "parens": lambda: "(" * SIZE,
    "paren-hanzi": lambda: "(中" * (SIZE // 2),
    "quotes": lambda: '中"' * (SIZE // 2),
    "bold": lambda: "**a" * (SIZE // 3),
    "dashes": lambda: "--中" * (SIZE // 3),
    "spaces": lambda: "中 " * (SIZE // 2),
}


def bench_typography_pipeline_1mb(benchmark):
    text = seed_corpus(SIZE)
    benchmark.group = "typography-pipeline"
    out = benchmark.pedantic(PIPE, args=(text,), rounds=3, iterations=1)
    assert len(out) > SIZE // 2


@pytest.mark.parametrize("case", sorted(ADVERSARIAL))
@pytest.mark.parametrize("name", TYPO)
def bench_typography_adversarial(benchmark, name, case):
    text = ADVERSARIAL[case]()
    benchmark.group = f"typography-adversarial-{case}"
    benchmark.pedantic(REGISTRY[name], args=(text,), rounds=1, iterations=1)
