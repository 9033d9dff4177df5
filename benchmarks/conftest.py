"""Benchmarks (pytest-benchmark): ``python -m pytest benchmarks`` runs them; CI runs a smoke pass
with ``--benchmark-disable``. Each group holds our implementation and its peers on the same input;
``python benchmarks/ratios.py RESULT.json`` prints the throughput ratios."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
#: in the CI smoke run (--benchmark-disable) inputs are small
SMOKE = os.environ.get("CNTEXTCLEAN_BENCH_SMOKE") == "1"


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Time the benchmarks in one process: the test suite's options spread tests over every core
    (pytest-xdist's ``-n auto``), where timings would share the machine. ``-n N`` given on the
    command line is kept."""
    if not hasattr(config.option, "numprocesses"):
        return  # pytest-xdist not installed
    given = config.invocation_params.args
    if not any(a.startswith(("-n", "--numprocesses")) for a in given):
        config.option.numprocesses = 0


def corpus(size: int) -> str:
    """About ``size`` characters of real Chinese text (the gold texts, repeated)."""
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "gold").glob("*.txt")))
    reps = size // len(base) + 1
    return (base + "\n") * reps if size > len(base) else base[:size]


@pytest.fixture(scope="session")
def text_1mb() -> str:
    return corpus(20_000 if SMOKE else 1_000_000)


@pytest.fixture(scope="session")
def text_10mb() -> str:
    return corpus(20_000 if SMOKE else 10_000_000)
