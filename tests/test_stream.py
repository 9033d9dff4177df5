"""Streaming `clean`: window by window, output identical to the in-memory result."""

from __future__ import annotations

import pytest

from cntextclean.cli import main
from cntextclean.stream import windows

from .conftest import GOLD


def corpus_text() -> str:
    # ordinary documents (not page extractions): gold paragraphs with damage put back in
    paras = []
    for f in sorted(GOLD.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            paras.append(line.replace("，", ",", 2).replace("的", "的 ", 1))
    doc = "\n".join(paras)
    return "\n\n".join([doc] * 12)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_streaming_equals_in_memory(tmp_path, encoding):
    text = corpus_text()
    src = tmp_path / "big.txt"
    src.write_bytes(text.encode(encoding))
    whole = tmp_path / "whole.txt"
    streamed = tmp_path / "streamed.txt"
    assert main(["clean", str(src), "-o", str(whole), "--layout", "plain"]) == 0
    assert main(["clean", str(src), "-o", str(streamed), "--layout", "plain",
                 "--stream-threshold", "1000"]) == 0
    assert streamed.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_windows_split_at_paragraphs_and_lose_nothing(monkeypatch):
    import cntextclean.stream as stream

    monkeypatch.setattr(stream, "WINDOW", 50)
    monkeypatch.setattr(stream, "MAX_WINDOW", 400)
    text = ("第一段内容。\n第二行。\n\n" * 30) + "\f" + ("x" * 1000) + "\n末尾"
    chunks = (text[i : i + 37] for i in range(0, len(text), 37))
    pieces = list(windows(chunks))
    assert "".join(b + s for b, s in pieces) == text
    assert all(len(b) <= 400 + 37 for b, _ in pieces)
    assert len(pieces) > 3


def test_streaming_survives_a_damaged_block(tmp_path):
    # one block in another encoding far into a large GBK file: detected alone, nothing lost
    good = ("营造良好政治生态，优化营商环境。\n" * 40000).encode("gbk")
    odd = "繁體中文的一行，換了編碼。\n".encode("big5")
    src = tmp_path / "mixed.txt"
    src.write_bytes(good + odd + good)
    out = tmp_path / "out.txt"
    assert main(["clean", str(src), "-o", str(out), "--layout", "plain",
                 "--stream-threshold", "1000"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "繁體中文的一行，換了編碼。" in text
    assert text.count("营造良好政治生态，优化营商环境。") == 80000
