"""Records per second for ``clean`` on a corpus of unique clean records (the common case of a
corpus user: millions of news records, almost all clean).

    python -m pytest benchmarks/bench_corpus.py --benchmark-json=corpus.json
    python benchmarks/ratios.py corpus.json

The records are every distinct paragraph, headline and byline of the gold texts
(tests/data/gold, and ../shared/bench/dev when present), the OpenCC test sentences and the
originals of the mojibake test set: about 3000 records, 0.6 MB. Every record is distinct, so
the per-line memo of ``fix_encoding`` does not hide the cost of lines with clusters of rare
characters (names), which the repeated text of bench_pipeline.py does. One round cleans
every record once, in a process whose memos are cleared first; records/s = records / mean.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import ftfy
import pytest
from tests.conftest import opencc_testcases

import cntextclean
from cntextclean.encoding import _lm, lossy, mojibake

from .conftest import DATA, SMOKE

SHARED = Path(os.environ.get("CNTEXTCLEAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEV = SHARED / "bench" / "dev"


def _records() -> list[str]:
    out: dict[str, None] = {}  # distinct, in a fixed order
    golds = sorted((DATA / "gold").glob("*.json")) + (sorted(DEV.glob("*.json")) if DEV.is_dir() else [])
    for f in golds:
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for text in [a.get("headline"), a.get("subtitle"), a.get("byline"), *a["paragraphs"]]:
                if text:
                    out[text.strip()] = None
    for c in opencc_testcases():
        out[c["input"].strip()] = None
        for v in c["expected"].values():
            out[v.strip()] = None
    for line in (DATA / "mojibake" / "cases.jsonl").read_text(encoding="utf-8").split("\n"):
        if line:
            out[json.loads(line)["original"].strip()] = None
    recs = [r for r in out if r]
    return recs[:200] if SMOKE else recs


@pytest.fixture(scope="module")
def records() -> list[str]:
    return _records()


def _clear() -> None:
    mojibake.fix_line.cache_clear()
    mojibake._chain.cache_clear()
    lossy._infer_spans.cache_clear()
    _lm.score.cache_clear()


IMPLEMENTATIONS = {
    "cntextclean": cntextclean.clean,
    "cntextclean_fix_encoding": mojibake.fix_encoding,
    "ftfy_fix_text": ftfy.fix_text,
}


@pytest.mark.parametrize("impl", sorted(IMPLEMENTATIONS))
def bench_corpus_records(benchmark, records, impl):
    fn = IMPLEMENTATIONS[impl]
    cntextclean.clean("预热 ÖÐ»ª 骉羴鱻")  # load the models outside the measurement
    benchmark.group = f"corpus-records-{len(records)}"
    benchmark.extra_info["records"] = len(records)
    benchmark.extra_info["bytes"] = sum(len(r.encode("utf-8")) for r in records)

    def run() -> int:
        return sum(fn(r) != r for r in records)

    benchmark.pedantic(run, setup=_clear, rounds=1, iterations=1)
