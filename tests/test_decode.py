"""decode(): BOMs, UTF-8/16/32, GBK/GB18030, Big5, HZ, mixed lines, forced codecs, snippets."""

from __future__ import annotations

import codecs
import json

import pytest
from benchmarks.detect_snippets import ENCODINGS, LEGACY, snippets

from cntextclean import decode as api_decode
from cntextclean.cli import main
from cntextclean.encoding.detect import Decoded, decode, looks_binary

from .conftest import DATA, GOLD

ZHS = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
ZHTW = (DATA / "encoding" / "us_constitution_zhs.s2tw.txt").read_text(encoding="utf-8")
SAMPLE = "统筹发展和安全，推进高水平对外开放。2023年GDP增长5.2%"


def test_api_delegates() -> None:
    assert api_decode(SAMPLE.encode("gbk")) == decode(SAMPLE.encode("gbk"))


# --- whole documents -------------------------------------------------------------------------


@pytest.mark.parametrize("enc", ["utf-8", "gbk", "gb18030", "utf-16-le", "utf-16-be",
                                 "utf-32-le", "utf-32-be"])
def test_gold_documents_in_every_encoding(enc: str) -> None:
    for text in ZHS:
        res = decode(text.encode(enc))
        assert res.text == text
        assert res.encoding in ({"gbk", "gb18030"} if enc.startswith("gb") else {enc})
        assert res.confidence > 0.9
        assert res.line_encodings == ()


@pytest.mark.parametrize("enc", ["big5", "cp950", "big5hkscs"])
def test_big5_document(enc: str) -> None:
    res = decode(ZHTW.encode(enc))
    assert res.text == ZHTW
    assert res.encoding in {"big5", "cp950", "big5hkscs"}
    assert ZHTW.encode(enc).decode(res.encoding) == ZHTW


def test_hkscs_characters_are_labelled_big5hkscs() -> None:
    text = "我哋喺香港搭𨋢去睇戲，啲人好多，佢話唔該晒。"  # Cantonese characters outside Big5
    res = decode(text.encode("big5hkscs"))
    assert (res.text, res.encoding) == (text, "big5hkscs")


def test_gb18030_only_characters_are_labelled_gb18030() -> None:
    text = "欧元符号€和扩展字𠀀（CJK Ext B）都在文本里"
    res = decode(text.encode("gb18030"))
    assert (res.text, res.encoding) == (text, "gb18030")
    assert decode(SAMPLE.encode("gb18030")).encoding == "gbk"  # GBK decodes the same bytes


@pytest.mark.parametrize(("bom_codec", "enc", "name"), [
    ("utf-8-sig", "utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16", "utf-16"),
    ("utf-16-be", None, "utf-16"),
    ("utf-32", "utf-32", "utf-32"),
    ("utf-32-be", None, "utf-32"),
])
def test_boms(bom_codec: str, enc: str | None, name: str) -> None:
    if enc is None:
        bom = codecs.BOM_UTF16_BE if "16" in bom_codec else codecs.BOM_UTF32_BE
        data = bom + SAMPLE.encode(bom_codec)
    else:
        data = SAMPLE.encode(enc)
    res = decode(data)
    assert res == Decoded(SAMPLE, name, 1.0)
    assert data.decode(res.encoding) == SAMPLE


def test_utf16_without_bom_pure_chinese_no_nuls() -> None:
    text = "坚持以人民为中心的发展思想"
    for enc in ("utf-16-le", "utf-16-be"):
        data = text.encode(enc)
        assert b"\x00" not in data
        assert decode(data).text == text


@pytest.mark.parametrize(("text", "enc"), [("席位在第六年年終", "utf-16-le"),
                                         ("利堅合眾國總統。", "utf-16-le"),
                                         # a tab (the low byte of 有) and \x01 \x02 \x11 (of 、 。 我):
                                         # hypothesis found it read as ASCII
                                         ("为、大有作为。我", "utf-16-le")])
def test_utf16_whose_bytes_are_all_ascii(text: str, enc: str) -> None:
    data = text.encode(enc)
    assert data.isascii()  # '-^MO(W,{...' and ')R\x05X\x08T...'
    assert decode(data).text == text
    assert decode(b"software").encoding == decode(b"zzzz").encoding == "ascii"
    assert decode(b"log line\x1b[31m red\x1b[0m done").encoding == "ascii"  # terminal colours


@pytest.mark.parametrize("text", ["今天天气很好😀我们去公园玩吧", "欧元€和𠀀字", "粤语𨋢字𠮶𠯠"])
@pytest.mark.parametrize("enc", ["gb18030", "utf-8", "utf-16-le", "utf-16-be"])
def test_characters_beyond_the_bmp(text: str, enc: str) -> None:
    assert decode(text.encode(enc)).text == text  # surrogate pairs in UTF-16, 4-byte GB18030


def test_ascii_hz_empty() -> None:
    assert decode(b"hello, world\n") == Decoded("hello, world\n", "ascii", 1.0)
    assert decode(b"") == Decoded("", "utf-8", 1.0)
    hz = "中华人民共和国成立了".encode("hz")
    assert decode(hz).text == "中华人民共和国成立了"
    assert decode(hz).encoding == "hz"
    # ASCII that happens to contain "~{" is not HZ when the HZ reading is gibberish
    assert decode(b"a ~{!!~} b").encoding == "ascii"


def test_decode_refuses_str() -> None:
    with pytest.raises(TypeError, match="takes bytes"):
        decode("中文")  # type: ignore[arg-type]


def test_decode_accepts_bytes_like() -> None:
    data = SAMPLE.encode("gbk")
    assert decode(bytearray(data)).text == SAMPLE
    assert decode(memoryview(data)).text == SAMPLE


def test_long_document_beyond_the_prefix() -> None:
    text = "\n".join(ZHS) * 6  # > 32 KB prefix; GBK throughout
    res = decode(text.encode("gbk"))
    assert res.text == text and res.encoding == "gbk"


# --- mixed documents -------------------------------------------------------------------------


def test_lines_in_different_encodings() -> None:
    lines = [ln for ln in ZHS[1].splitlines() if len(ln) > 20][:6]
    encs = ["utf-8", "gbk", "utf-8", "gbk", "gbk", "utf-8"]
    data = b"".join(ln.encode(e) + b"\n" for ln, e in zip(lines, encs))
    res = decode(data)
    assert res.text == "".join(ln + "\n" for ln in lines)
    assert set(res.line_encodings) == {"utf-8", "gbk"}
    assert res.encoding in res.line_encodings
    assert res.confidence < 1.0


def test_one_utf8_line_in_a_gbk_document() -> None:
    lines = [ln for ln in ZHS[0].splitlines() if len(ln) > 20][:10]
    data = b"".join(ln.encode("utf-8" if i == 4 else "gbk") + b"\n" for i, ln in enumerate(lines))
    res = decode(data)
    assert res.text == "".join(ln + "\n" for ln in lines)
    assert res.encoding == "gbk"
    assert res.line_encodings == ("gbk", "utf-8")


def test_gbk_and_big5_lines() -> None:
    zhs = [ln for ln in ZHS[2].splitlines() if len(ln) > 20][:4]
    zht = [ln for ln in ZHTW.splitlines() if len(ln) > 20][:3]
    data = b"".join(ln.encode("gbk") + b"\n" for ln in zhs) + b"".join(
        ln.encode("big5") + b"\n" for ln in zht)
    res = decode(data)
    assert res.text == "".join(ln + "\n" for ln in zhs + zht)
    assert set(res.line_encodings) == {"gbk", "big5"}


def test_long_big5_paragraph_in_a_large_gbk_document() -> None:
    # the per-line screen samples long lines: one long Big5 paragraph among hundreds of GBK
    # lines is still found (GB18030 reads the whole document, the Big5 bytes as rare
    # characters and private use; only the screen sends the paragraph to the contest)
    zhs = [ln for t in ZHS for ln in t.splitlines() if len(ln) > 20]
    big5 = "".join(ln for ln in ZHTW.splitlines() if len(ln) > 20)[:600]
    lines = zhs * 3
    lines[len(lines) // 3 : len(lines) // 3] = [big5]
    data = b"".join(ln.encode("big5" if ln is big5 else "gbk") + b"\n" for ln in lines)
    res = decode(data)
    assert len(data) > 100_000 and len(big5) == 600
    assert res.text == "".join(ln + "\n" for ln in lines)
    assert res.encoding == "gbk" and res.line_encodings == ("gbk", "big5")


def test_clean_gbk_document_is_not_split() -> None:
    data = "\n".join(ZHS).encode("gbk")
    assert decode(data).line_encodings == ()


# --- forced codecs ---------------------------------------------------------------------------


def test_forced_encoding() -> None:
    data = SAMPLE.encode("gbk")
    assert decode(data, encoding="GBK") == Decoded(SAMPLE, "gbk", 1.0)
    assert decode(codecs.BOM_UTF8 + b"abc", encoding="utf-8").text == "abc"
    assert decode(codecs.BOM_UTF16_LE + "中".encode("utf-16-le"), encoding="utf-16-le").text == "中"


def test_forced_unknown_codec() -> None:
    with pytest.raises(ValueError, match="unknown encoding 'no-such-codec'"):
        decode(b"abc", encoding="no-such-codec")


def test_forced_invalid_bytes_raise_no_silent_loss() -> None:
    with pytest.raises(UnicodeDecodeError, match="not valid utf-8"):
        decode(SAMPLE.encode("gbk"), encoding="utf-8")


# --- binary and damaged input ----------------------------------------------------------------


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\xff\xd8\xff\xe0",
    b"GIF89a\x01\x00", b"PK\x03\x04\x14\x00", b"\x7fELF\x02\x01\x01", b"abc\x00\x00\x01\x02def",
    bytes(range(256)) * 8,  # NULs in one byte column only, like UTF-16, but controls when read
])
def test_looks_binary(data: bytes) -> None:
    assert looks_binary(data)
    res = decode(data)  # never raises; a best effort
    assert isinstance(res.text, str)
    assert 0.0 <= res.confidence <= 1.0


@pytest.mark.parametrize("enc", ["utf-8", "gbk", "big5", "utf-16-le", "utf-16-be", "utf-16",
                                 "utf-32", "utf-32-le"])
def test_text_does_not_look_binary(enc: str) -> None:
    text = "中文 text 123\n" * 3 if enc != "big5" else "中文 text 123\n"
    assert not looks_binary(text.encode(enc))


def test_damaged_bytes_get_replacement_characters_and_low_confidence() -> None:
    good = ZHS[0][:300].encode("gbk")
    data = good[:101] + b"\xff\xff" + good[101:]  # 0xFF is never valid in GBK, Big5 or UTF-8
    res = decode(data)
    assert "\ufffd" in res.text
    assert (res.encoding, res.line_encodings) == ("gbk", ("gbk",))
    assert res.confidence < 0.5
    # a long document with one bad byte: every other line is intact
    doc = "\n".join(ZHS)
    raw = bytearray(doc.encode("gbk"))
    raw[len(raw) // 2] = 0xFF
    res = decode(bytes(raw))
    assert res.encoding == "gbk"
    bad = [i for i, (a, b) in enumerate(zip(res.text.split("\n"), doc.split("\n"))) if a != b]
    assert len(bad) == 1
    assert res.text.replace("\ufffd", "").startswith(ZHS[0][:40])


# --- short snippets (issue 3, acceptance 2; the full run is benchmarks/detect_snippets.py) ---


@pytest.mark.parametrize("size", [20, 50, 200])
@pytest.mark.parametrize("name", list(ENCODINGS))
def test_snippets(name: str, size: int) -> None:
    per = 120 if name in LEGACY and size == 20 else 40
    snips = list(snippets(name, size, per))
    assert len(snips) == per
    got = [decode(b).text for _, b in snips]
    wrong = [(t, g) for (t, _), g in zip(snips, got) if g != t]
    assert not wrong, wrong[:3]


# --- CLI -------------------------------------------------------------------------------------


def test_cli_detect(tmp_path, capsys) -> None:
    a = tmp_path / "a.txt"
    a.write_bytes(ZHS[1].encode("gbk"))
    b = tmp_path / "b.txt"
    b.write_bytes(ZHTW.encode("big5"))
    assert main(["detect", str(a), str(b)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [ln.split("\t")[:2] for ln in out] == [[str(a), "gbk"], [str(b), "big5"]]
    assert all(0.9 < float(ln.split("\t")[2]) <= 1.0 for ln in out)
    assert main(["detect", "--json", str(a)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got[0]["file"] == str(a) and got[0]["encoding"] == "gbk"
    assert set(got[0]) >= {"file", "encoding", "confidence"}


@pytest.mark.parametrize("bad", ["missing", "dir"])
def test_cli_detect_bad_input(tmp_path, capsys, bad: str) -> None:
    path = tmp_path / "nope.txt" if bad == "missing" else tmp_path
    assert main(["detect", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err


def test_cli_detect_binary_and_mixed(tmp_path, capsys) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    good = tmp_path / "mixed.txt"
    lines = [ln for ln in ZHS[0].splitlines() if len(ln) > 20][:4]
    good.write_bytes(b"".join(ln.encode("utf-8" if i % 2 else "gbk") + b"\n"
                              for i, ln in enumerate(lines)))
    assert main(["detect", "--json", str(pdf), str(good)]) == 2  # the PDF is refused...
    cap = capsys.readouterr()
    assert "binary" in cap.err and cap.err.count("\n") == 1
    rows = json.loads(cap.out)  # ...and the text file is still reported
    assert [r["file"] for r in rows] == [str(good)]
    assert set(rows[0]["line_encodings"]) == {"gbk", "utf-8"}


def test_damaged_files_with_a_bom() -> None:
    text = ZHS[1][:400]
    u8 = codecs.BOM_UTF8 + text.encode("utf-8")
    res = decode(u8[:200] + b"\xff" + u8[200:])  # one bad byte in a UTF-8 file with a BOM
    assert res.encoding == "utf-8" and res.line_encodings
    assert "\ufffd" in res.text and not res.text.startswith("\ufeff")
    assert res.text.replace("\ufffd", "")[:50] == text[:50]
    u16 = text.encode("utf-16")[:-1]  # truncated in the middle of the last code unit
    res = decode(u16)
    assert (res.encoding, res.line_encodings) == ("utf-16", ("utf-16",))
    assert res.text == text[:-1] + "\ufffd"


@pytest.mark.parametrize(("text", "enc"), [
    ("日本語のテキストです。ひらがなとカタカナと漢字が含まれています。東京都に住んでいます。", "euc-jp"),
    ("日本語のテキストです。ひらがなとカタカナと漢字が含まれています。東京都に住んでいます。", "shift_jis"),
    ("한국어 텍스트입니다. 이것은 테스트 문장이며 한글이 포함되어 있습니다. 서울에 살고 있습니다.", "euc-kr"),
    ("Это русский текст. Он содержит кириллицу и проверяет определение кодировки.", "koi8-r"),
])
def test_non_chinese_text_goes_to_chardets_answer(text: str, enc: str) -> None:
    # no Chinese reading is plausible: chardet's confident answer stands
    assert decode(text.encode(enc)).text == text
