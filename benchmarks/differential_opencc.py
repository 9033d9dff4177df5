"""Large differential run against official OpenCC 1.4.2 (the CI test is a small version).

    python benchmarks/differential_opencc.py [--mb 1] [--adversarial 3000] [--seed 0]

Real text, about ``--mb`` MB of UTF-8 per script: Simplified = the gold texts, seeds 002-004
and the bench page extractions (../shared/bench/dev/*.txt when present); Traditional = seed 001,
the bench's Traditional-printed extractions (dev_trad) and official s2tw/s2hk conversions of
the Simplified text. Every config runs on both. Then ``--adversarial`` random strings per config:
dictionary keys and values cut at random places, IDS operators, compatibility ideographs,
variation selectors, NULs. Prints the mismatch count per config; exit status 1 on any mismatch.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import BENCH, SEED_IDS, all_gold_paragraphs, seed_text  # noqa: E402
from tests.test_opencc_differential import _adversarial, dict_pool  # noqa: E402

from cntextclean.script.opencc import CONFIG_NAMES, Converter  # noqa: E402


def real_texts(mb: float, official) -> dict[str, str]:
    limit = int(mb * 1_000_000)
    simp = ["\n".join(all_gold_paragraphs())] + [seed_text(s) for s in SEED_IDS[1:]]
    if (BENCH / "dev").is_dir():
        simp += [p.read_text(encoding="utf-8") for p in sorted((BENCH / "dev").glob("*.txt"))]
    trad = [seed_text(SEED_IDS[0])]
    if (BENCH / "dev_trad").is_dir():
        trad += [p.read_text(encoding="utf-8") for p in sorted((BENCH / "dev_trad").glob("*.txt"))]
    s = "\n".join(simp)
    t = "\n".join(trad)
    if len(t.encode()) < limit:
        t += "\n" + official.OpenCC("s2tw").convert(s[: limit // 6]) + official.OpenCC("s2hk").convert(s[limit // 6 : limit // 3])

    def cut(x: str) -> str:
        b = x.encode()[:limit]
        return b.decode("utf-8", "ignore")

    return {"simplified": cut(s), "traditional": cut(t)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--adversarial", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    import opencc

    if importlib.util.find_spec("opencc.clib") is None:
        print("needs the official opencc binding", file=sys.stderr)
        return 2
    from cntextclean.script import opencc as ours

    # CNTEXTCLEAN_PURE_PYTHON=1 checks the pure-Python path instead of the C accelerator
    print("path:", "C accelerator" if ours.ACCELERATED else "pure Python")
    texts = real_texts(a.mb, opencc)
    for k, v in texts.items():
        print(f"{k}: {len(v)} chars, {len(v.encode())} bytes")
    pool = dict_pool()
    rng = random.Random(a.seed)
    total_bad = 0
    for cfg in CONFIG_NAMES:
        conv, off = Converter(cfg), opencc.OpenCC(cfg)
        assert conv.runtime.accelerated is ours.ACCELERATED
        t0 = time.time()
        real_bad = [k for k, v in texts.items() if conv.convert(v) != off.convert(v)]
        adv_bad = 0
        for _ in range(a.adversarial):
            s = _adversarial(rng, pool, rng.randint(1, 60)).replace("\ud800", "")
            if conv.convert(s) != off.convert(s):
                adv_bad += 1
        total_bad += len(real_bad) + adv_bad
        print(f"{cfg}: real text mismatches {real_bad or 'none'}; adversarial {adv_bad}/{a.adversarial} "
              f"({time.time() - t0:.1f}s)", flush=True)
    print("TOTAL mismatches:", total_bad)
    return 1 if total_bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
