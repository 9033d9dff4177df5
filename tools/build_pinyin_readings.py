"""Build ``src/cntextclean/data/script/pinyin_readings.txt.gz`` from pypinyin's character data.

The table lists, for every toneless pinyin syllable (``ü`` written ``v``), the Han characters
that have it as a reading: one line ``syllable<TAB>characters``. ``strip_pinyin`` uses it to
check that a parenthesised syllable is a reading of the character before it.

Source: ``pypinyin.pinyin_dict`` (pypinyin, MIT licence; its data comes from the
``pinyin-data`` project, MIT). Run: ``python tools/build_pinyin_readings.py`` (needs pypinyin).
"""

from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

from pypinyin import pinyin_dict

OUT = Path(__file__).resolve().parents[1] / "src/cntextclean/data/script/pinyin_readings.txt.gz"


def toneless(syllable: str) -> str:
    s = unicodedata.normalize("NFD", syllable.strip().lower())
    s = "".join(c for c in s if not unicodedata.combining(c) or c == "\u0308")
    s = s.replace("u\u0308", "v").replace("ü", "v")
    return unicodedata.normalize("NFC", s)


def main() -> None:
    by_syl: dict[str, set[str]] = {}
    for cp, readings in pinyin_dict.pinyin_dict.items():
        ch = chr(cp)
        for r in readings.split(","):
            t = toneless(r)
            if t and t.isascii() and t.isalpha():
                by_syl.setdefault(t, set()).add(ch)
    lines = [f"{syl}\t{''.join(sorted(chars))}" for syl, chars in sorted(by_syl.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write(data)
    print(f"{len(by_syl)} syllables, {sum(map(len, by_syl.values()))} readings -> {OUT}")


if __name__ == "__main__":
    main()
