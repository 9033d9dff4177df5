"""Properties of decode(): total on any bytes, round trip of real Chinese text, deterministic."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from cntextclean.encoding.detect import Decoded, decode, looks_binary

from .conftest import DATA, GOLD

ZHS = "\n".join(p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt")))
ZHTW = (DATA / "encoding" / "us_constitution_zhs.s2tw.txt").read_text(encoding="utf-8")


def _check(res: Decoded, data: bytes) -> None:
    assert isinstance(res, Decoded)
    assert isinstance(res.text, str)
    assert 0.0 <= res.confidence <= 1.0
    codecs.lookup(res.encoding)  # a real Python codec name
    if not res.line_encodings:
        # one codec for the whole document: it reproduces the text exactly
        assert data.decode(res.encoding) == res.text
    else:
        assert res.encoding == res.line_encodings[0]
        for c in res.line_encodings:
            codecs.lookup(c)


@given(st.binary(max_size=300))
def test_total_on_arbitrary_bytes(data: bytes) -> None:
    res = decode(data)
    _check(res, data)
    assert decode(data) == res  # deterministic
    assert isinstance(looks_binary(data), bool)


@given(st.lists(st.sampled_from([b"\x00", b"\n", b"~{", b"~}", b"\xff\xfe", b"\xef\xbb\xbf",
                                 b"\xe4\xb8", b"\xad", b"\xa1", b"\x81\x30", b"\x81\x30\x81\x30",
                                 b"a", b"\xc8\xfd", b"\r\n", b"\xfe\xff"]), max_size=40))
def test_total_on_tricky_byte_soup(parts: list[bytes]) -> None:
    data = b"".join(parts)
    _check(decode(data), data)


# real Chinese text: a slice of the gold texts (Simplified) or of the constitution (Taiwan
# Traditional, for Big5), with at least 6 Han characters
def _slice(src: str) -> st.SearchStrategy[str]:
    def pick(t: tuple[int, int]) -> str:
        start, n = t
        return src[start : start + n]

    return (
        st.tuples(st.integers(0, len(src) - 1), st.integers(8, 120))
        .map(pick)
        .filter(lambda s: sum("\u4e00" <= c <= "\u9fff" for c in s) >= 6)
    )


@given(_slice(ZHS), st.sampled_from(["utf-8", "gbk", "gb18030", "utf-16-le", "utf-16-be",
                                      "utf-16", "utf-32", "utf-8-sig"]))
def test_round_trip_simplified(text: str, enc: str) -> None:
    data = text.encode(enc)
    res = decode(data)
    assert res.text == text
    assert data.decode(res.encoding) == text
    assert decode(data) == res


@given(_slice(ZHTW), st.sampled_from(["big5", "cp950", "utf-8", "utf-16-le"]))
def test_round_trip_traditional(text: str, enc: str) -> None:
    data = text.encode(enc)
    res = decode(data)
    assert res.text == text
    assert data.decode(res.encoding) == text


@given(st.text(max_size=200), st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-32"]))
def test_forced_codec_round_trips_any_text(text: str, enc: str) -> None:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:  # lone surrogates
        return
    # a forced codec decodes exactly; only a UTF-8 BOM at the very start is dropped
    expect = text[1:] if enc == "utf-8" and text.startswith("\ufeff") else text
    assert decode(data, encoding=enc).text == expect
