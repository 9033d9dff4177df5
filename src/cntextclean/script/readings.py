"""The pinyin readings of Han characters: one shipped table, loaded once, for every user.

``data/script/pinyin_readings.txt.gz`` (built from pypinyin's data by
``tools/build_pinyin_readings.py``) has one line per toned reading as pypinyin spells it
(``zhì``, ``lüè``) with the characters that have it, in code-point order. ``strip_pinyin``
derives a toneless view of it; the encoding family's shifted-byte repair a GBK view.

>>> "質" in pinyin_readings()["zhì"], "質" in pinyin_readings()["zhī"]
(True, False)
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

__all__ = ["pinyin_readings"]


@functools.cache
def pinyin_readings() -> dict[str, str]:
    """Toned reading -> the characters that have it."""
    ref = resources.files("cntextclean").joinpath("data/script/pinyin_readings.txt.gz")
    out: dict[str, str] = {}
    for line in gzip.decompress(ref.read_bytes()).decode("utf-8").splitlines():
        reading, _, chars = line.partition("\t")
        out[reading] = chars
    return out
