"""Adversarial inputs: every cleaner runs in (near) linear time, no catastrophic backtracking."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

import cntextclean
from cntextclean import presets  # noqa: F401  (registers every family)
from cntextclean.page import cleaners as _page_cleaners  # noqa: F401  (page_* cleaners, lazily registered)
from cntextclean.pipeline import REGISTRY

from .conftest import SEED_IDS, seed_text


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


def _seconds(c, text: str) -> float:
    t0 = time.perf_counter()
    c(text)
    return time.perf_counter() - t0


SMALL, LARGE = 20_000, 200_000
CAP = 20.0  # seconds for the large input: generous for slow shared CI machines


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_linear_time(name):
    c = REGISTRY[name]
    small, large = _inputs(SMALL), _inputs(LARGE)
    for kind in small:
        t_small = min(_seconds(c, small[kind]) for _ in range(2))
        t_large = _seconds(c, large[kind])
        if t_large >= max(30 * t_small, 0.5):  # one more try: a busy machine's pause is not superlinear
            t_large = min(t_large, _seconds(c, large[kind]))
        assert t_large < CAP, f"{name} on {kind}: {t_large:.1f}s for {LARGE} chars"
        # 10x the input may cost at most ~30x the time (timer noise on tiny runs allowed)
        assert t_large < max(30 * t_small, 0.5), (
            f"{name} on {kind}: {t_small:.3f}s -> {t_large:.3f}s for 10x the input: superlinear"
        )


# --- whole-pipeline sizes (tools/adversarial_sizes.py measures them with memory) -------------

MB = 1 << 20
K, M = 10**5, 10**6


def _one_line(n_bytes: int) -> str:
    """``n_bytes`` of real damaged text (the seeds) with every line break made a space."""
    seeds = "".join(seed_text(s) for s in SEED_IDS).replace("\n", " ")
    data = (seeds * (n_bytes // len(seeds.encode("utf-8")) + 1)).encode("utf-8")[:n_bytes]
    return data.decode("utf-8", "ignore")


HOSTILE = {
    "1e6 ，": lambda: "，" * M,
    "1e6 mixed punctuation": lambda: ("，。！？、；：.,!?;:…—" * (M // 14 + 1))[:M],
    "1e5 nested （）": lambda: "（" * K + "中" + "）" * K,
    "1e5 nested “” 「」": lambda: "“" * K + "「" * K + "中" + "」" * K + "”" * K,
    '1e5 nested () ""': lambda: "(" * K + '"' * K + "中" + '"' * K + ")" * K,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_clean_on_hostile_sizes(name):
    s = HOSTILE[name]()
    t0 = time.perf_counter()
    out = cntextclean.clean(s)
    elapsed = time.perf_counter() - t0
    assert elapsed < 60, f"clean() took {elapsed:.1f}s on {name}"
    assert out.count("中") == s.count("中")  # the text inside survives
    assert len(out) >= len(s) // 3  # punctuation is normalised, not dropped wholesale


def test_clean_on_a_long_line():
    """A quarter megabyte without a line break (the 1 MB case costs ~25 s of CPU: measured by
    tools/adversarial_sizes.py, with its peak memory, not run in the suite)."""
    s = _one_line(MB // 4)
    t0 = time.perf_counter()
    out = cntextclean.clean(s, layout="plain")
    elapsed = time.perf_counter() - t0
    assert elapsed < 300, f"clean() took {elapsed:.1f}s on 256 KiB without a newline"
    han = sum(1 for c in s if "\u4e00" <= c <= "\u9fff")
    assert sum(1 for c in out if "\u4e00" <= c <= "\u9fff") >= 0.95 * han


@pytest.mark.parametrize("name", ["1e6 mixed punctuation", "1e5 nested “” 「」"])
def test_cli_on_hostile_sizes_time_and_memory(tmp_path, name):
    src = tmp_path / "in.txt"
    src.write_text(HOSTILE[name](), encoding="utf-8")
    out = tmp_path / "out.txt"
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "cntextclean", "clean", str(src), "-o", str(out)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 0, p.stderr.read()
    assert elapsed < 120
    assert usage.ru_maxrss < 400 * 1024, f"peak RSS {usage.ru_maxrss // 1024} MiB"  # KiB on Linux
    assert out.stat().st_size >= src.stat().st_size // 2
