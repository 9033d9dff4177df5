"""Adversarial inputs: every cleaner runs in (near) linear time, no catastrophic backtracking."""

from __future__ import annotations

import time

import pytest

from cntextclean import presets  # noqa: F401  (registers every family)
from cntextclean.pipeline import REGISTRY


def _inputs(n: int) -> dict[str, str]:
    return {
        "one-line": ("中国人民日报的，记者 报道,了是在 abc 123 " * (n // 24 + 1))[:n],
        "punct": ("，" * n),
        "ascii-punct": ("," * (n // 2)) + ("." * (n // 2)),
        "quotes": ('"' * (n // 2)) + ("“" * (n // 2)),
        "nested": ("（" * (n // 2)) + ("）" * (n // 2)),
        "spaces": ("中 " * (n // 2)),
        "short-lines": ("中国人民\n" * (n // 5)),
        "dashes": ("一" * n),
        "pinyin-like": ("高(gāo)" * (n // 7)),
    }


SMALL, LARGE = 20_000, 200_000
CAP = 20.0  # seconds for the large input: generous for slow shared CI machines


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_linear_time(name):
    c = REGISTRY[name]
    small, large = _inputs(SMALL), _inputs(LARGE)
    for kind in small:
        t0 = time.perf_counter()
        c(small[kind])
        t_small = time.perf_counter() - t0
        t0 = time.perf_counter()
        c(large[kind])
        t_large = time.perf_counter() - t0
        assert t_large < CAP, f"{name} on {kind}: {t_large:.1f}s for {LARGE} chars"
        # 10x the input may cost at most ~30x the time (timer noise on tiny runs allowed)
        assert t_large < max(30 * t_small, 0.5), (
            f"{name} on {kind}: {t_small:.3f}s -> {t_large:.3f}s for 10x the input: superlinear"
        )
