"""The default pipeline next to ftfy.fix_text, on clean and on damaged text (1 MB and 10 MB).

    python -m pytest benchmarks/bench_pipeline.py --benchmark-json=pipeline.json
    python benchmarks/ratios.py pipeline.json
"""

from __future__ import annotations

import functools

import ftfy
import pytest

import cntextclean

IMPLEMENTATIONS = {
    "cntextclean": functools.partial(cntextclean.clean, layout="plain"),
    "ftfy_fix_text": ftfy.fix_text,
}


def damaged(text: str) -> str:
    # extraction-style damage: half-width punctuation, spaces inside Chinese, full-width digits
    return text.replace("，", ",").replace("：", ":").replace("的", "的 ").replace("1", "１")


@pytest.mark.parametrize("impl", sorted(IMPLEMENTATIONS))
@pytest.mark.parametrize("size", ["1mb", "10mb"])
@pytest.mark.parametrize("kind", ["clean", "damaged"])
def bench_default_clean(benchmark, request, impl, size, kind):
    text = request.getfixturevalue(f"text_{size}")
    if kind == "damaged":
        text = damaged(text)
    benchmark.group = f"pipeline-{kind}-{size}"
    benchmark.pedantic(IMPLEMENTATIONS[impl], args=(text,), rounds=3 if size == "1mb" else 1,
                       iterations=1)
