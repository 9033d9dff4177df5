#!/usr/bin/env python3
"""Collect tesseract's own Han look-alike confusions on synthetic, non-newspaper text.

Pseudo-text is made of Chinese words drawn from ``wordfreq`` (frequency-flattened so that the
~5000 most common characters all occur several times; no newspaper text), rendered with Pillow
in four common typefaces at two sizes (about 150 and 300 dpi for 10.5 pt), read back with
tesseract ``-l chi_sim --psm 6``, and aligned line by line with the source. Every
one-character Han-for-Han substitution is counted as ``read -> true``.

Output (``--out``, TSV): ``read<TAB>true<TAB>count<TAB>true_total`` where ``true_total`` is how
often ``true`` was rendered (so a rate can be computed). ``tools/build_lookalikes.py`` merges it
with the glyph-similarity pairs.

Needs Pillow, wordfreq, rapidfuzz and the Debian packages tesseract-ocr, tesseract-ocr-chi-sim,
fonts-noto-cjk, fonts-arphic-uming, fonts-wqy-zenhei (build time only).
"""

from __future__ import annotations

import argparse
import collections
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from build_lookalikes import FONTS  # noqa: E402

COLS, ROWS = 24, 36


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def make_lines(n_lines: int, n_chars: int, seed: int) -> list[str]:
    import wordfreq

    rnd = random.Random(seed)
    fd = wordfreq.get_frequency_dict("zh")
    words = [w for w in sorted(fd, key=fd.__getitem__, reverse=True)[:60000] if all(is_han(c) for c in w)]
    freqs = [fd[w] ** 0.35 for w in words]
    # characters to cover: the most common n_chars
    cf: collections.Counter = collections.Counter()
    for w, f in zip(words, freqs, strict=True):
        for c in w:
            cf[c] += f
    target = [c for c, _ in cf.most_common(n_chars)]
    by_char: dict[str, list[str]] = collections.defaultdict(list)
    for w in words:
        for c in set(w):
            if len(by_char[c]) < 12:
                by_char[c].append(w)
    seen: collections.Counter = collections.Counter()
    lines = []
    for i in range(n_lines):
        line = ""
        while len(line) < COLS:
            if i % 2 and target:
                c = min(rnd.sample(target, 20), key=lambda ch: seen[ch])
                w = rnd.choice(by_char[c]) if by_char[c] else c
            else:
                w = rnd.choices(words, weights=freqs, k=1)[0]
            line += w
            if rnd.random() < 0.12:
                line += rnd.choice("，。、")
        line = line[:COLS]
        seen.update(line)
        lines.append(line)
    return lines


def render(lines: list[str], font_path: str, index: int, px: int, out: Path) -> None:
    font = ImageFont.truetype(font_path, px, index=index)
    lead = int(px * 1.6)
    img = Image.new("L", (COLS * px + 2 * px, len(lines) * lead + 2 * px), 255)
    d = ImageDraw.Draw(img)
    for k, line in enumerate(lines):
        d.text((px, px + k * lead), line, fill=0, font=font)
    img.save(out)


def ocr(path: Path, lang: str) -> str:
    r = subprocess.run(["tesseract", str(path), "stdout", "-l", lang, "--psm", "6"],
                       capture_output=True, text=True, check=False)
    return r.stdout


def align(src: list[str], got: str, subs: collections.Counter, total: collections.Counter) -> None:
    out_lines = [ln.replace(" ", "") for ln in got.splitlines() if ln.strip()]
    for s in src:
        total.update(c for c in s if is_han(c))
    # match each OCR line to the source line it reads (the closest one)
    for o in out_lines:
        best = min(src, key=lambda s: Levenshtein.normalized_distance(o, s))
        if Levenshtein.normalized_distance(o, best) > 0.5:
            continue
        for op in Levenshtein.opcodes(o, best):
            if op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start:
                for k in range(op.src_end - op.src_start):
                    a, b = o[op.src_start + k], best[op.dest_start + k]
                    if is_han(a) and is_han(b):
                        subs[(a, b)] += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=10, help="pages per font and size")
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--sizes", default="22,44")
    ap.add_argument("--lang", default="chi_sim")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--s2t", action="store_true",
                    help="print the pseudo-text in Traditional characters (OpenCC s2t); use with --lang chi_tra")
    ap.add_argument("--out", type=Path, default=ROOT / "tools/data/tesseract_confusions.tsv")
    a = ap.parse_args(argv)
    subs: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    jobs = []
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for fi, (fp, idx) in enumerate(FONTS):
            for px in map(int, a.sizes.split(",")):
                for p in range(a.pages):
                    lines = make_lines(ROWS, a.chars, seed=1000 * fi + 100 * px + p)
                    if a.s2t:
                        import opencc

                        conv = opencc.OpenCC("s2t")
                        lines = [conv.convert(ln) for ln in lines]
                    path = Path(tmp) / f"p{n}.png"
                    render(lines, fp, idx, px, path)
                    jobs.append((lines, path))
                    n += 1
        with ThreadPoolExecutor(a.jobs) as ex:
            outs = list(ex.map(lambda j: ocr(j[1], a.lang), jobs))
        for (lines, _), got in zip(jobs, outs, strict=True):
            align(lines, got, subs, total)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as f:
        for (r, t), c in subs.most_common():
            f.write(f"{r}\t{t}\t{c}\t{total[t]}\n")
    print(f"{len(jobs)} pages, {sum(total.values())} Han rendered, {sum(subs.values())} Han-for-Han "
          f"substitutions in {len(subs)} pairs -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
