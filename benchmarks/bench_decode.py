"""decode() on whole files next to chardet.detect + bytes.decode and charset-normalizer.

Files: the four seeds (tests/data/seeds, ~120 KB of text together) encoded as GBK, Big5 (their
Taiwan-form conversion) and UTF-8 (characters a codec cannot represent dropped), and the same text repeated
to ~1 MB. Every benchmark also checks that the text came back exactly.

    python -m pytest benchmarks/bench_decode.py --benchmark-json=decode.json
    python benchmarks/ratios.py decode.json
"""

from __future__ import annotations

import functools

import chardet
import pytest

from cntextclean.encoding.detect import decode

from .conftest import DATA, SMOKE


@functools.cache
def _text(script: str) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "seeds").glob("*.txt")))
    if script == "zht":
        try:
            import opencc

            text = opencc.OpenCC("s2tw").convert(text)
        except ImportError:  # pragma: no cover - the bench extra installs it
            pass
    return text[:5000] if SMOKE else text


def _file(enc: str, size: str) -> tuple[bytes, str]:
    text = _text("zht" if enc == "big5" else "zhs")
    text = text.encode(enc, errors="ignore").decode(enc)  # drop what the codec cannot hold
    if size == "1mb" and not SMOKE:
        text = text * (1_000_000 // len(text.encode(enc)) + 1)
    return text.encode(enc), text


def _chardet_decode(data: bytes) -> str:
    return data.decode(chardet.detect(data)["encoding"])


def _charset_normalizer_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    return str(from_bytes(data).best())


ENCS = ["gbk", "big5", "utf-8"]
SIZES = ["seeds", "1mb"]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("enc", ENCS)
def bench_decode_cntextclean(benchmark, enc, size):
    data, text = _file(enc, size)
    benchmark.group = f"decode-{enc}-{size}"
    res = benchmark.pedantic(decode, args=(data,), rounds=5 if size == "seeds" else 2, iterations=1)
    assert res.text == text


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("enc", ENCS)
def bench_decode_chardet(benchmark, enc, size):
    data, text = _file(enc, size)
    benchmark.group = f"decode-{enc}-{size}"
    got = benchmark.pedantic(_chardet_decode, args=(data,), rounds=5 if size == "seeds" else 2,
                             iterations=1)
    assert got == text


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("enc", ENCS)
def bench_decode_charset_normalizer(benchmark, enc, size):
    pytest.importorskip("charset_normalizer")
    data = _file(enc, size)[0]
    benchmark.group = f"decode-{enc}-{size}"
    benchmark.pedantic(_charset_normalizer_decode, args=(data,),
                       rounds=3 if size == "seeds" else 1, iterations=1)
