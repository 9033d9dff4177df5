"""Build ``src/cntextclean/data/script/pinyin_readings.txt.gz`` from pypinyin's character data.

One line per toned reading as pypinyin spells it: ``reading<TAB>characters`` (characters in
code-point order). Read by :mod:`cntextclean.script.readings`; ``strip_pinyin`` uses its
toneless view (is a parenthesised syllable a reading of the character before it?), the
encoding family's shifted-byte repair its GBK view (which byte pairs can stand for an inserted
reading?).

Source: ``pypinyin.pinyin_dict`` (pypinyin, MIT licence; its data comes from the
``pinyin-data`` project, MIT). Run: ``python tools/build_pinyin_readings.py`` (needs pypinyin).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from pypinyin.pinyin_dict import pinyin_dict

OUT = Path(__file__).resolve().parents[1] / "src/cntextclean/data/script/pinyin_readings.txt.gz"


def main() -> None:
    by_reading: dict[str, list[str]] = {}
    for cp, readings in sorted(pinyin_dict.items()):
        for r in dict.fromkeys(readings.split(",")):
            if r:
                by_reading.setdefault(r, []).append(chr(cp))
    lines = [f"{r}\t{''.join(chars)}" for r, chars in sorted(by_reading.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(lines)} readings, {sum(map(len, by_reading.values()))} pairs, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
