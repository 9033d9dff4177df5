"""OpenCC conversion throughput: ours vs official OpenCC 1.4.2 vs opencc-python-reimplemented.

One benchmark group per (config, size): ``ours``, ``official`` (the ``bench`` extra) and
``reimpl`` (``opencc-python-reimplemented``, which installs a module named ``opencc`` too, so it
is loaded from its own directory under another name: ``pip install --target /tmp/opencc_reimpl
opencc-python-reimplemented``, or set ``OPENCC_REIMPL_DIR``; skipped when absent; it lacks 6 of
the 16 configs). Texts are built at run time from committed files: Simplified = the gold texts
and the OpenCC golden input; Traditional = seed 001 (site-converted) and the OpenCC golden
outputs; each repeated to 1 MB or 10 MB of UTF-8 (the s2* configs get Simplified input, the
others Traditional). Ours runs on the C accelerator when it is built (recorded in each of our
benchmarks' ``extra_info["opencc_path"]``); ``CNTEXTCLEAN_PURE_PYTHON=1`` benchmarks the
pure-Python path instead.

    python -m pytest benchmarks/bench_convert.py --benchmark-json=convert.json
    python benchmarks/ratios.py convert.json
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
import time
from pathlib import Path

import pytest

from cntextclean.script.opencc import CONFIG_NAMES, Converter

from .conftest import DATA, SMOKE

REIMPL_DIR = Path(os.environ.get("OPENCC_REIMPL_DIR", "/tmp/opencc_reimpl"))
SIZES = {"1MB": 20_000 if SMOKE else 1_000_000, "10MB": 20_000 if SMOKE else 10_000_000}
#: configs benchmarked at 10 MB (all at 1 MB); CNTEXTCLEAN_BENCH_ALL10=1 for all 16
CONFIGS_10MB = CONFIG_NAMES if os.environ.get("CNTEXTCLEAN_BENCH_ALL10") else ("t2s", "s2t", "s2twp", "tw2sp")


def _official():
    try:
        import opencc
    except ImportError:
        return None
    if importlib.util.find_spec("opencc.clib") is None:
        return None  # that is opencc-python-reimplemented, not the official binding
    return opencc


def _reimpl():
    init = REIMPL_DIR / "opencc" / "__init__.py"
    if not init.is_file():
        return None
    spec = importlib.util.spec_from_file_location(
        "opencc_reimpl", init, submodule_search_locations=[str(init.parent)]
    )
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["opencc_reimpl"] = mod
    spec.loader.exec_module(mod)
    return mod


OFFICIAL = _official()
REIMPL = _reimpl()


@functools.cache
def _text(script: str, size: int) -> str:
    oc = DATA / "opencc"
    if script == "simplified":
        parts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "gold").glob("*.txt"))]
        parts.append((oc / "us_constitution_zhs.txt").read_text(encoding="utf-8"))
    else:
        parts = [(DATA / "seeds" / "001_56eaf6b6971f04cf.txt").read_text(encoding="utf-8")]
        parts += [(oc / f"us_constitution_zhs.{c}.txt").read_text(encoding="utf-8") for c in ("s2t", "s2tw", "s2hk")]
    base = "\n".join(parts) + "\n"
    reps = size // len(base.encode("utf-8")) + 1
    return base * reps


def text_for(cfg: str, size: int) -> str:
    return _text("simplified" if cfg.startswith("s2") else "traditional", size)


CASES = [(c, s) for s in SIZES for c in CONFIG_NAMES if s == "1MB" or c in CONFIGS_10MB]


@pytest.mark.parametrize("impl", ["ours", "official", "reimpl"])
@pytest.mark.parametrize(("cfg", "size"), CASES)
def test_convert(benchmark, cfg, size, impl):
    text = text_for(cfg, SIZES[size])
    if impl == "ours":
        conv = Converter(cfg).load()
        fn = conv.convert
        # which path ran (CNTEXTCLEAN_PURE_PYTHON=1 benchmarks the pure-Python one)
        benchmark.extra_info["opencc_path"] = (
            "C accelerator" if conv.runtime.accelerated else "pure Python"
        )
    elif impl == "official":
        if OFFICIAL is None:
            pytest.skip("official opencc (the bench extra) is not installed")
        fn = OFFICIAL.OpenCC(cfg).convert
    else:
        if REIMPL is None:
            pytest.skip(f"opencc-python-reimplemented is not in {REIMPL_DIR}")
        try:
            fn = REIMPL.OpenCC(cfg).convert
        except Exception:
            pytest.skip(f"opencc-python-reimplemented has no {cfg}")
    benchmark.group = f"convert {cfg} {size}"
    benchmark.extra_info["chars"] = len(text)
    rounds = 1 if (size == "10MB" or impl == "reimpl") else 3
    benchmark.pedantic(fn, args=(text,), rounds=rounds, iterations=1, warmup_rounds=0)


@pytest.mark.parametrize("cfg", CONFIG_NAMES)
def test_load_time_warm(cfg):
    """A config loads from the table cache in under 50 ms (the tables are built once)."""
    Converter(cfg).load()  # builds and caches the tables if needed
    from cntextclean.script import _accel, _tables, opencc

    elapsed = float("inf")
    for _ in range(3):  # the best of three: one load can meet a garbage collection
        _tables._loaded.clear()
        _accel._loaded.clear()
        opencc._runtime.cache_clear()
        t = time.perf_counter()
        Converter(cfg).load()
        elapsed = min(elapsed, time.perf_counter() - t)
    path = "C accelerator" if opencc.ACCELERATED else "pure Python"
    print(f"\n{cfg}: warm load {elapsed * 1000:.1f} ms (best of 3, {path})")
    assert elapsed < (0.5 if SMOKE else 0.05) or os.environ.get("CI_SLOW_MACHINE")
