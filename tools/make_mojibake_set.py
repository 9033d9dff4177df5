"""Build the mojibake test set ``tests/data/mojibake/cases.jsonl`` (see its README.md).

Clean source text (never People's Daily 1998):

- the gold paragraphs of the four development seeds (``tests/data/gold/*.json``: 2023 Chinese
  newspaper and speech text, with Latin words, digits and full-width punctuation);
- OpenCC's test document ``us_constitution_zhs.txt`` (Simplified) and its ``s2t`` golden
  conversion (Traditional), from ``../shared/opencc-testcases/golden`` (Apache-2.0);
- a few hand-written sentences with rare characters, Latin words and digits (below).

Every case is one JSON line ``{"class", "damaged", "original"}``: ``original`` is a clause, a
sentence or a short paragraph of the source, ``damaged`` what a wrong decoding made of it. The
Big5 classes use Traditional text (the s2t constitution and the seeds' gold run through OpenCC
``s2t``, official ``opencc`` package). Deterministic: ``random.Random(20231122)``.

Not generated: UTF-8 read as Big5 and Big5 read as GBK with a strict decode (Big5 has no
trail bytes 0x80-0xA0 and GBK has no Big5 lead bytes 0xAA-0xAF/0xF8-0xF9: almost no real
sentence survives those strict decodes); Big5 read as GB18030 covers the second.

Run: ``/work/venv/bin/python tools/make_mojibake_set.py`` (about 10 s).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (sloppy-windows-1252)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "tests" / "data" / "mojibake" / "cases.jsonl"
PER_CLASS = 150

#: Hand-written clean sentences: rare characters, Latin words, digits, full-width punctuation.
EXTRA = [
    "朱镕基在会上讲话，强调要把“三农”问题放在首位。",
    "这家App的日活跃用户超过3000万，同比增长15.6%。",
    "喆喆和赟赟去了𠮷野家，点了两份牛丼饭。",
    "他用Python 3.11写了一个脚本，处理了2TB的数据。",
    "会议定于2023年11月22日（星期三）上午9:30召开。",
    "犇犇说：“这个方案的ROI不高，再想想。”",
    "浙江省湖州市南浔区的頔塘故道，河水清澈见底。",
    "GDP增速达到5.2%，CPI同比上涨0.2%，PPI下降3.0%。",
]

SENT_END = re.compile(r"(?<=[。！？；])")
CLAUSE_END = re.compile(r"(?<=[，。！？；：])")


def _paragraphs() -> tuple[list[str], list[str]]:
    """(Simplified paragraphs, Traditional paragraphs)."""
    simp: list[str] = []
    for f in sorted((ROOT / "tests" / "data" / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for a in d["articles"]:
            simp.extend(p for p in a["paragraphs"] if p.strip())
    golden = SHARED / "opencc-testcases" / "golden"
    cons = (golden / "us_constitution_zhs.txt").read_text(encoding="utf-8").splitlines()
    simp.extend(line.strip() for line in cons if len(line.strip()) >= 8)
    simp.extend(EXTRA)
    from opencc import OpenCC

    s2t = OpenCC("s2t")
    trad = [s2t.convert(p) for p in simp]
    return simp, trad


def _units(paras: list[str], kind: str) -> list[str]:
    out: list[str] = []
    for p in paras:
        if kind == "paragraph":
            if len(p) <= 300:
                out.append(p)
            continue
        pat = SENT_END if kind == "sentence" else CLAUSE_END
        out.extend(u for u in pat.split(p) if len(u) >= 4)
    return out


def _mis(real: str, wrong: str, errors: str = "strict") -> Callable[[str], str | None]:
    def f(s: str) -> str | None:
        try:
            return s.encode(real).decode(wrong, errors)
        except UnicodeError:
            return None

    return f


def _then(*fs: Callable[[str], str | None]) -> Callable[[str], str | None]:
    def f(s: str) -> str | None:
        for g in fs:
            r = g(s)
            if r is None:
                return None
            s = r
        return s

    return f


def _lossy(real: str, wrong: str) -> Callable[[str], str | None]:
    g = _mis(real, wrong, "replace")

    def f(s: str) -> str | None:
        r = g(s)
        return r if r is not None and "\ufffd" in r else None

    return f


def _in_clean(inner: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """Damage one sentence of a paragraph (a bad phrase inside clean text)."""

    def f(p: str) -> str | None:
        parts = [u for u in SENT_END.split(p) if u]
        if len(parts) < 2:
            return None
        k = len(p) % len(parts)
        r = inner(parts[k])
        if r is None:
            return None
        parts[k] = r
        return "".join(parts)

    return f


C1252 = "sloppy-windows-1252"

# class -> (script, unit, damage function). "reversible" classes are the strict ones.
CLASSES: dict[str, tuple[str, str, Callable[[str], str | None]]] = {
    "clean": ("simp", "paragraph", lambda s: s),
    "clean-traditional": ("trad", "paragraph", lambda s: s),
    "utf8-as-latin1": ("simp", "sentence", _mis("utf-8", "latin-1")),
    "utf8-as-cp1252": ("simp", "sentence", _mis("utf-8", C1252)),
    "utf8-as-gbk": ("simp", "clause", _mis("utf-8", "gbk")),
    "utf8-as-gb18030": ("simp", "clause", _mis("utf-8", "gb18030")),
    "gbk-as-latin1": ("simp", "sentence", _mis("gbk", "latin-1")),
    "gbk-as-cp1252": ("simp", "sentence", _mis("gbk", C1252)),
    "big5-as-latin1": ("trad", "sentence", _mis("big5", "latin-1")),
    "big5-as-cp1252": ("trad", "sentence", _mis("big5", C1252)),
    "gbk-as-big5": ("simp", "sentence", _mis("gbk", "big5")),
    "big5-as-gb18030": ("trad", "sentence", _mis("big5", "gb18030")),
    "double-utf8-as-cp1252": ("simp", "sentence", _then(_mis("utf-8", C1252), _mis("utf-8", C1252))),
    "double-gbk-as-latin1-utf8-as-cp1252": (
        "simp", "sentence", _then(_mis("gbk", "latin-1"), _mis("utf-8", C1252))),
    "double-utf8-as-cp1252-utf8-as-gbk": (
        "simp", "clause", _then(_mis("utf-8", C1252), _mis("utf-8", "gbk"))),
    "double-utf8-as-gb18030": ("simp", "clause", _then(_mis("utf-8", "gb18030"), _mis("utf-8", "gb18030"))),
    "utf8-as-gbk-replace": ("simp", "sentence", _lossy("utf-8", "gbk")),
    "utf8-as-gb18030-replace": ("simp", "sentence", _lossy("utf-8", "gb18030")),
    "span-utf8-as-gbk-replace": ("simp", "paragraph", _in_clean(_lossy("utf-8", "gbk"))),
    "span-gbk-as-latin1": ("simp", "paragraph", _in_clean(_mis("gbk", "latin-1"))),
    "span-utf8-as-cp1252": ("simp", "paragraph", _in_clean(_mis("utf-8", C1252))),
    "span-gbk-as-big5": ("simp", "paragraph", _in_clean(_mis("gbk", "big5"))),
}


def main() -> int:
    rng = random.Random(20231122)
    simp, trad = _paragraphs()
    pools = {
        (script, unit): _units(simp if script == "simp" else trad, unit)
        for script, unit, _ in CLASSES.values()
    }
    rows = []
    for name, (script, unit, damage) in CLASSES.items():
        pool = list(dict.fromkeys(pools[(script, unit)]))
        rng.shuffle(pool)
        n = 0
        for orig in pool:
            bad = damage(orig)
            if bad is None or (bad == orig) != name.startswith("clean"):
                continue
            rows.append({"class": name, "damaged": bad, "original": orig})
            n += 1
            if n >= PER_CLASS:
                break
        print(f"{name:40s} {n:4d} cases (pool {len(pool)})", file=sys.stderr)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
