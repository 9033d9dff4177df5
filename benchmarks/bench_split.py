"""Pages per second for ``split_articles`` on the development benchmark (issue 7).

    python -m pytest benchmarks/bench_split.py --benchmark-json=split.json

One round splits every dev page of one input flavour (40 pages; pages/s = 40 / mean). Without
../shared/bench the seeds 002-004 stand in.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import cntextclean

from .conftest import DATA, SMOKE

SHARED = Path(os.environ.get("CNTEXTCLEAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEV = SHARED / "bench" / "dev"
FLAVOURS = ["pymupdf", "pdftotext", "pdftotext-layout", "pdfminer", "tess300"]


def _pages(flavour: str) -> list[str]:
    files = sorted(DEV.glob(f"*.{flavour}.txt")) if DEV.is_dir() else []
    if not files:
        files = sorted((DATA / "seeds").glob("00[234]_*.txt"))
    if SMOKE:
        files = files[:2]
    return [f.read_text(encoding="utf-8") for f in files]


def _split_all(pages: list[str], ocr: bool) -> int:
    n = 0
    for text in pages:
        n += len(cntextclean.split_articles(text, ocr=ocr).articles)
    return n


@pytest.mark.parametrize("flavour", FLAVOURS)
def bench_split_pages(benchmark, flavour):
    pages = _pages(flavour)
    benchmark.group = "split-pages"
    benchmark.extra_info["pages"] = len(pages)
    articles = benchmark.pedantic(_split_all, args=(pages, flavour.startswith("tess")),
                                  rounds=1 if SMOKE else 3, iterations=1)
    assert articles >= len(pages)
    benchmark.extra_info["pages_per_second"] = len(pages) / benchmark.stats["mean"] if benchmark.stats else None
