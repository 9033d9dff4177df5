#!/usr/bin/env python3
"""Build ``src/cntextclean/data/ocr/lookalikes.txt``: glyph-similar pairs of common Han characters.

Method (general glyph similarity, no text corpus): the most frequent Han characters known to the
plausibility model (``cntextclean.plausibility``, built from wordfreq) are rendered in four
common Chinese typefaces of different design (Noto Sans CJK SC, Noto Serif CJK SC, AR PL UMing,
WenQuanYi Zen Hei) at the same size and position in the em box; each rendering is reduced to a
small grey-level grid, slightly blurred, and compared by cosine similarity. The similarity of a
pair is its mean over the typefaces, so a pair only counts when the glyphs look alike in every
style (a shared component in the same place, one stroke more or less). For every character the
closest ``--k`` others above ``--min-sim`` are kept.

Output, one line per character: ``字<TAB>候1 sim1<TAB>候2 sim2 ...`` (similarities x 1000).

Needs Pillow and numpy and the Debian packages fonts-noto-cjk, fonts-arphic-uming,
fonts-wqy-zenhei (build time only; the library reads the text file).

    python tools/build_tesseract_confusions.py --pages 12 --out /tmp/tesseract_confusions.tsv
    python tools/build_lookalikes.py --chars 5000 --k 10 --min-sim 0.6 \
        --tesseract /tmp/tesseract_confusions.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FONTS = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # index 2: SC
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
]
SIZE = 64
GRID = 20


def common_chars(n: int) -> list[str]:
    from cntextclean import plausibility as P

    m = P._model()
    han = [c for c in m.known if "\u4e00" <= c <= "\u9fff"]
    han.sort(key=lambda c: -m.costs[c])
    return han[:n]


def render(chars: list[str], path: str, index: int) -> np.ndarray:
    font = ImageFont.truetype(path, SIZE, index=index)
    out = np.zeros((len(chars), GRID * GRID), dtype=np.float32)
    for i, ch in enumerate(chars):
        img = Image.new("L", (SIZE, SIZE), 0)
        ImageDraw.Draw(img).text((0, 0), ch, fill=255, font=font, anchor="lt")
        # same em box for every character: position in the box is kept
        img = img.filter(ImageFilter.GaussianBlur(1.5)).resize((GRID, GRID), Image.BILINEAR)
        v = np.asarray(img, dtype=np.float32).ravel()
        v -= v.mean()
        norm = np.linalg.norm(v)
        out[i] = v / norm if norm else v
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--min-sim", type=float, default=0.80)
    ap.add_argument("--out", type=Path, default=ROOT / "src/cntextclean/data/ocr/lookalikes.txt")
    ap.add_argument("--tesseract", type=Path, default=None,
                    help="TSV of tools/build_tesseract_confusions.py: attested pairs are added")
    ap.add_argument("--min-count", type=int, default=1, help="attested pairs: minimum count")
    ap.add_argument("--tesseract-trad", type=Path, default=None,
                    help="the same for chi_tra on Traditional text: pairs are added as read and "
                         "after OpenCC t2s (what the OCR steps see after to=simplified)")
    a = ap.parse_args(argv)
    chars = common_chars(a.chars)
    pairs: list[tuple[str, str, int]] = []
    if a.tesseract:
        from cntextclean import plausibility as P

        known = P._model().known
        for row in a.tesseract.read_text(encoding="utf-8").splitlines():
            r, t, n, _total = row.split("\t")
            if int(n) >= a.min_count and r in known and t in known:
                pairs.append((r, t, int(n)))
    if a.tesseract_trad:
        import opencc

        t2s = opencc.OpenCC("t2s")
        for row in a.tesseract_trad.read_text(encoding="utf-8").splitlines():
            r, t, n, _total = row.split("\t")
            if int(n) < a.min_count:
                continue
            pairs.append((r, t, int(n)))
            rs, ts = t2s.convert(r), t2s.convert(t)
            if (rs, ts) != (r, t) and rs != ts:
                pairs.append((rs, ts, int(n)))
    if pairs:
        merged: dict[tuple[str, str], int] = {}
        for r, t, n in pairs:
            merged[(r, t)] = merged.get((r, t), 0) + n
        pairs = [(r, t, n) for (r, t), n in merged.items()]
        extra = sorted({c for r, t, _ in pairs for c in (r, t)} - set(chars))
        chars += extra
    sim = None
    for path, idx in FONTS:
        vec = render(chars, path, idx)
        s = vec @ vec.T
        sim = s if sim is None else sim + s
    sim /= len(FONTS)
    np.fill_diagonal(sim, -1.0)
    index = {c: i for i, c in enumerate(chars)}
    attested: dict[str, dict[str, int]] = {}
    for r, t, n in pairs:
        attested.setdefault(r, {})[t] = n
    lines = []
    n_att = 0
    for i, ch in enumerate(chars):
        order = np.argsort(-sim[i])[: a.k]
        cands = {chars[j]: round(float(sim[i, j]) * 1000) for j in order if sim[i, j] >= a.min_sim}
        for t, n in attested.get(ch, {}).items():
            # tesseract was seen reading t as ch: 700 / 800 / 900 for 1 / 2 / 3+ sightings
            cands[t] = max(cands.get(t, 0), 600 + 100 * min(n, 3), round(float(sim[i, index[t]]) * 1000))
            n_att += 1
        if cands:
            items = sorted(cands.items(), key=lambda kv: -kv[1])
            lines.append(ch + "\t" + "\t".join(f"{c} {v}" for c, v in items))
    print(f"{n_att} attested OCR confusions merged")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Glyph-similar pairs of common Han characters (tools/build_lookalikes.py):\n"
        f"# mean cosine similarity of renderings in {len(FONTS)} typefaces, top {a.k} >= {a.min_sim};\n"
        "# pairs tesseract was seen confusing on synthetic text score 700/800/900 (1/2/3+ times)\n"
    )
    a.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters with look-alikes -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
