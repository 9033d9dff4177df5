"""The byte-level span finder of the mojibake repair (encoding/_codecs.py) and the pre-screen
that limits it to the parts of a line worth a look: they must find exactly what the plain
per-character definition finds (the fast paths are only faster)."""

from __future__ import annotations

import bisect
import json
import random

import pytest

from cntextclean.encoding import _codecs
from cntextclean.encoding._codecs import SLOPPY_1252, encodable_class, valid_spans
from cntextclean.encoding.mojibake import (
    TRANSFORMS,
    _look_ranges,
    _needs_look,
    _span_candidates,
    fix_encoding,
)

from .conftest import DATA

CODECS = ["latin-1", SLOPPY_1252, "gbk", "gb18030", "big5"]


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeError:
        return False
    return True


# --- the definition, one character at a time -------------------------------------------------


def _ref_runs(line: str, wrong: str) -> list[tuple[int, list[bytes]]]:
    runs: list[tuple[int, list[bytes]]] = []
    cur: list[bytes] = []
    start = 0
    for i, ch in enumerate(line):
        try:
            b = ch.encode(wrong)
        except UnicodeError:
            if cur:
                runs.append((start, cur))
            cur = []
            continue
        if not cur:
            start = i
        cur.append(b)
    if cur:
        runs.append((start, cur))
    return runs


def _ref_pieces(data: bytes, real: str) -> list[tuple[int, int]]:
    pieces, pos, seg_start, seg = [], 0, 0, False
    for ch in data.decode(real, "surrogateescape"):
        if "\udc80" <= ch <= "\udcff":
            if seg:
                pieces.append((seg_start, pos))
                seg = False
            pos += 1
            continue
        if not seg:
            seg_start, seg = pos, True
        pos += len(ch.encode(real))
    if seg:
        pieces.append((seg_start, pos))
    return pieces


def _ref_valid_spans(line: str, wrong: str, real: str) -> list[tuple[int, int, str]]:
    out = []
    for start, chars in _ref_runs(line, wrong):
        if all(len(b) == 1 and b[0] < 0x80 for b in chars):
            continue
        data = b"".join(chars)
        offs = [0]
        for b in chars:
            offs.append(offs[-1] + len(b))
        for bs, be in _ref_pieces(data, real):
            cs = bisect.bisect_left(offs, bs)
            ce = bisect.bisect_right(offs, be) - 1
            span = None
            for a, b in ((cs + i, ce - j) for i in range(3) for j in range(3)):
                if a < b:
                    try:
                        span = a, b, data[offs[a] : offs[b]].decode(real)
                        break
                    except UnicodeError:
                        continue
            if span is None:
                continue
            cs, ce, rep = span
            orig = line[start + cs : start + ce]
            while orig and rep and orig[0] == rep[0] and orig[0] < "\x80":
                orig, rep, cs = orig[1:], rep[1:], cs + 1
            while orig and rep and orig[-1] == rep[-1] and orig[-1] < "\x80":
                orig, rep, ce = orig[:-1], rep[:-1], ce - 1
            if orig and orig != rep and any(c >= "\x80" for c in orig):
                out.append((start + cs, start + ce, rep))
    return out


# --- tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", CODECS)
def test_encodable_class_is_every_bmp_character_the_codec_encodes(codec):
    import re

    pat = re.compile(f"[{encodable_class(codec)}]")
    for c in range(0x10000):
        assert bool(pat.match(chr(c))) == _encodes(chr(c), codec), (codec, hex(c))


@pytest.mark.parametrize("codec", CODECS)
def test_characters_outside_the_bmp(codec):
    runs = _codecs._run_pattern(codec)
    for c in [*range(0x10000, 0x110000, 257), 0x1F600, 0x20000, 0x2A6D6, 0x10FFFF]:
        ch = chr(c)
        assert bool(runs.fullmatch(ch)) == _encodes(ch, codec), (codec, hex(c))


def test_utf8_pieces_are_the_decoders():
    rng = random.Random(7)
    alphabet = [*range(0x20, 0x30), *range(0x80, 0x100)]
    texts = ["我们的祖国是花园，ABC１２３。", "約翰·拉特利奇在橋梁工地上", "ÖÐ»ª·ÉÐÐ"]
    blobs = [t.encode(c, "ignore") for t in texts for c in ("utf-8", "gbk", "big5", "latin-1")]
    blobs += [bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    blobs += [b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"\xc0\xaf", b"\xf0\x9f\x98"]
    for data in blobs:
        assert _codecs._pieces(data, "utf-8") == _ref_pieces(data, "utf-8"), data


def _sample_lines() -> list[str]:
    rows = [json.loads(x) for x in (DATA / "mojibake" / "cases.jsonl").read_text("utf-8").split("\n") if x]
    rng = random.Random(3)
    rows = rng.sample(rows, 120)
    lines = [r["damaged"] for r in rows] + [r["original"] for r in rows[:40]]
    lines += [
        "据外电报道，韓德爾、韋瓦第、泰勒曼在亞塞拜然的巴庫演出 😀 ＡＢＣ",
        "骉羴鱻麤 ÖÐ»ª 龘靐齉 x",
        "",
        "abc",
    ]
    return lines


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return _sample_lines()


def test_valid_spans_equal_the_definition(lines):
    for line in lines:
        for _, wrong, real in TRANSFORMS:
            assert valid_spans(line, wrong, real) == _ref_valid_spans(line, wrong, real), (
                line, wrong, real)


def test_valid_spans_within_keeps_every_span_worth_a_look(lines):
    for line in lines:
        within = _look_ranges(line)
        for _, wrong, real in TRANSFORMS:
            want = [s for s in _ref_valid_spans(line, wrong, real) if _needs_look(line[s[0] : s[1]])]
            got = [s for s in valid_spans(line, wrong, real, within) if _needs_look(line[s[0] : s[1]])]
            assert got == want, (line, wrong, real)


def test_look_ranges_are_what_needs_look_sees(lines):
    rng = random.Random(5)
    for line in lines:
        ranges = _look_ranges(line)
        assert ranges == sorted(ranges)
        for _ in range(30):
            i = rng.randint(0, len(line))
            j = rng.randint(i, len(line))
            inside = any(i <= a and b <= j for a, b in ranges)
            assert inside == _needs_look(line[i:j]), (line, i, j)


def test_clean_line_with_a_cluster_of_rare_characters():
    # names of rare characters pass the pre-screen: the span search looks, and keeps the text
    line = "本报讯记者禚蘧、亓官翾翾报道：赟珺璆鸾在骉羴鱻麤之间。"
    assert _needs_look(line)
    assert fix_encoding(line) == line
    assert all(_needs_look(line[a:b]) or b - a < 2 for a, b, _ in _span_candidates(line))


def test_bigram_row_is_bigram_logp():
    from cntextclean.encoding import _lm

    chars = [*"的一是中国人们花园祖國華東訓条例，。？！“”（）《》 　\tＡＢ１２abc12龘骉\ufffd\ue000·—…", ""]
    row = _lm.BigramRow(chars)
    for a in ["", "中", "國", "花", "，", "A", "Ａ", " ", "龘", "\ufffd", "的"]:
        assert row.logps(a) == [_lm.bigram_logp(a, b) for b in chars], a


def test_shifted_cost_rows_are_costs():
    from cntextclean.encoding import shifted

    opts = shifted._char_options("W", "T", None, False)
    assert len(opts) > 100
    opts = (*opts, (b"\xa3\xac", "，"), (b"\xa1\xa1", "\u3000"), (b"\xa3\xa1", "！"), (b"\xa3\xc1", "Ａ"))
    for trad in (False, True):
        for prev in ["", "中", "國", "，", "a", "龘"]:
            want = [shifted._cost(prev, c, trad) for _, c in opts]
            assert shifted._costs(prev, opts, trad) == want
            ks = [0, 3, 17, len(opts) - 4, len(opts) - 3, len(opts) - 2, len(opts) - 1]
            assert shifted._costs_at(prev, opts, trad, ks) == [want[k] for k in ks]
