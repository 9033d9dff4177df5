"""fix_encoding (and the shifted-byte repair) on 10 MB of clean text, next to ftfy.fix_encoding.

    python -m pytest benchmarks/bench_fix_encoding.py --benchmark-json=fix_encoding.json
    python benchmarks/ratios.py fix_encoding.json

Clean text is the common case in a corpus: the repairs must cost little when there is nothing
to repair (lines without any sign of mojibake are skipped by one regular-expression search).
"""

from __future__ import annotations

import ftfy

from cntextclean.encoding.mojibake import fix_encoding
from cntextclean.encoding.shifted import fix_shifted_bytes


def bench_fix_encoding_clean_10mb_cntextclean(benchmark, text_10mb):
    fix_encoding("预热")  # load the character model outside the measurement
    benchmark.group = "fix_encoding-clean-10mb"
    out = benchmark.pedantic(fix_encoding, args=(text_10mb,), rounds=1, iterations=1)
    assert out == text_10mb


def bench_fix_encoding_clean_10mb_ftfy(benchmark, text_10mb):
    benchmark.group = "fix_encoding-clean-10mb"
    benchmark.pedantic(ftfy.fix_encoding, args=(text_10mb,), rounds=1, iterations=1)


def bench_fix_shifted_bytes_clean_10mb_cntextclean(benchmark, text_10mb):
    benchmark.group = "fix_shifted_bytes-clean-10mb"
    out = benchmark.pedantic(fix_shifted_bytes, args=(text_10mb,), rounds=1, iterations=1)
    assert out == text_10mb
