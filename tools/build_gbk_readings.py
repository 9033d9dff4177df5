"""Build ``src/cntextclean/data/encoding/gbk_readings.txt.gz``: toned pinyin -> GBK characters.

Used by :mod:`cntextclean.encoding.shifted`: a site that inserted ``(pinyin)`` after the GBK code
of annotated characters, without respecting character boundaries, tells us the reading of the
byte pair in front of every inserted annotation; the table turns that reading into the few byte
pairs it can stand for.

Source: the character readings of ``pypinyin`` (``pypinyin.pinyin_dict``, MIT licence; compiled
by the pypinyin project from Unihan and other dictionaries). Only characters GBK can encode are
kept. One line per reading: ``reading<TAB>characters``.

Run: ``/work/venv/bin/python tools/build_gbk_readings.py``
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

from pypinyin.pinyin_dict import pinyin_dict

OUT = Path(__file__).resolve().parents[1] / "src" / "cntextclean" / "data" / "encoding" / "gbk_readings.txt.gz"


def main() -> None:
    by_reading: dict[str, list[str]] = defaultdict(list)
    for cp, readings in sorted(pinyin_dict.items()):
        ch = chr(cp)
        try:
            if len(ch.encode("gbk")) != 2:
                continue
        except UnicodeError:
            continue
        for r in dict.fromkeys(readings.split(",")):
            if r:
                by_reading[r].append(ch)
    lines = [f"{r}\t{''.join(chs)}" for r, chs in sorted(by_reading.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(lines)} readings, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
