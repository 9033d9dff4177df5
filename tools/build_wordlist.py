#!/usr/bin/env python3
"""Build the Chinese word list of :mod:`cntextclean.encoding._words` (``data/plausibility/words.txt.gz``).

Source: the Chinese word frequencies of the ``wordfreq`` package (``large`` list; data under
CC BY-SA 4.0, https://github.com/rspeer/wordfreq), the same source as the character model
(``tools/build_charmodel.py``). ``wordfreq`` is a build-time tool only.

Kept: the :data:`TOP` most frequent entries of the list that are made of 1 to :data:`MAX_LEN`
Han characters, with their frequency as a log-probability quantised to 1/:data:`SCALE` nat.

Format (gzip, UTF-8): a JSON header line ``{"format": "cntextclean-words-1", "scale": ...}``, then
one line per quantised value, ``<-round(ln f * scale)>\\t<word> <word> ...``.

usage: python tools/build_wordlist.py [--out src/cntextclean/data/plausibility/words.txt.gz]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import math
from importlib.metadata import version
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "cntextclean" / "data" / "plausibility" / "words.txt.gz"

TOP = 100_000  # entries of wordfreq's list looked at (most frequent first)
MAX_LEN = 4
SCALE = 4


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x323AF or ch == "〇"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    freqs = wordfreq.get_frequency_dict("zh", wordlist="large")
    groups: dict[int, list[str]] = collections.defaultdict(list)
    for i, (w, f) in enumerate(freqs.items()):
        if i >= TOP:
            break
        if 1 <= len(w) <= MAX_LEN and all(is_han(c) for c in w) and f > 0:
            groups[round(-math.log(f) * SCALE)].append(w)
    head = {"format": "cntextclean-words-1", "scale": SCALE, "source": f"wordfreq {version('wordfreq')} large_zh"}
    lines = [json.dumps(head)] + [f"{q}\t{' '.join(ws)}" for q, ws in sorted(groups.items())]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    n = sum(len(ws) for ws in groups.values())
    print(f"wrote {n} words to {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
