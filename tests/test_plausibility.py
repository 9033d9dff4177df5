"""The character model: clean Chinese beats its mojibake, Traditional ~ Simplified, totality."""

from __future__ import annotations

import itertools
import math
import pickle
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cntextclean import plausibility as P

from .conftest import DATA, all_gold_paragraphs

ENC = DATA / "encoding"
ZHS = (ENC / "us_constitution_zhs.txt").read_text(encoding="utf-8")
ZHT = (ENC / "us_constitution_zhs.s2t.txt").read_text(encoding="utf-8")
ZHTW = (ENC / "us_constitution_zhs.s2tw.txt").read_text(encoding="utf-8")  # all in Big5


def _paragraphs(min_han: int = 8) -> list[str]:
    paras = all_gold_paragraphs() + [ln for ln in ZHS.splitlines() if ln.strip()]
    return [p for p in paras if sum(P._is_han(c) for c in p) >= min_han]


def _trad_lines(text: str = ZHT) -> list[str]:
    return [ln for ln in text.splitlines() if sum(P._is_han(c) for c in ln) >= 8]


# --- clean text beats its mojibake ---------------------------------------------------------


@pytest.mark.parametrize("wrong", ["gbk", "gb18030", "big5", "latin-1", "cp1252", "shift_jis"])
def test_utf8_read_as_other_codec_scores_lower(wrong: str) -> None:
    paras = _paragraphs()
    assert len(paras) > 100
    worse = [p for p in paras
             if P.score(p) - P.score(p.encode("utf-8").decode(wrong, errors="replace")) < 2.0]
    assert not worse, worse[:3]


@pytest.mark.parametrize(("enc", "wrong"), [("gbk", "big5"), ("gbk", "latin-1"), ("gbk", "cp1252"),
                                             ("gb18030", "utf-8")])
def test_gbk_read_as_other_codec_scores_lower(enc: str, wrong: str) -> None:
    bad = []
    for p in _paragraphs():
        m = p.encode(enc).decode(wrong, errors="replace")
        if P.score(p) - P.score(m) < 1.0:
            bad.append((p, m))
    assert not bad, bad[:3]


@pytest.mark.parametrize("wrong", ["gbk", "gb18030", "latin-1", "utf-8"])
def test_big5_read_as_other_codec_scores_lower(wrong: str) -> None:
    lines = _trad_lines(ZHTW)
    assert len(lines) > 40
    bad = []
    for t in lines:
        m = t.encode("big5").decode(wrong, errors="replace")
        if P.score(t) - P.score(m) < 1.0:
            bad.append((t, m))
    assert not bad, bad[:3]


def test_clean_text_scores_in_the_chinese_range() -> None:
    scores = [P.score(p) for p in _paragraphs(min_han=20)]
    assert min(scores) > -8.0
    assert -6.5 < sum(scores) / len(scores) < -4.0


def test_mojibake_classes_score_badly() -> None:
    clean = "我们要坚持以人民为中心的发展思想"
    assert P.score(clean) > -6
    for bad in (
        clean.encode("utf-8").decode("latin-1"),  # æˆ'ä»¬...
        clean.encode("utf-8").decode("gbk", errors="replace"),  # 鎴戜滑...
        "锟斤拷锟斤拷锟斤拷",  # not mojibake, but not prose either
        "\ufffd\ufffd\ufffd",
        "\ue000\ue001\ue002",
        "┃┗┛┏┓━━",
        "ｱｲｳｴｵ",
    ):
        assert P.score(bad) < P.score(clean) - 3, bad


# --- Traditional and full-width fold -------------------------------------------------------


def test_traditional_scores_like_simplified() -> None:
    s_lines = [ln for ln in ZHS.splitlines() if sum(P._is_han(c) for c in ln) >= 8]
    for trad in (ZHT, ZHTW):
        t_lines = _trad_lines(trad)
        assert len(s_lines) == len(t_lines) > 40
        diffs = [abs(P.score(s) - P.score(t)) for s, t in zip(s_lines, t_lines)]
        assert max(diffs) < 0.3
        assert sum(diffs) / len(diffs) < 0.05


def test_fold() -> None:
    assert P.fold("臺灣的ＡＢＣ　１２３") == "台湾的ABC 123"
    assert P.score("ＡＢＣ１２３") == P.score("ABC123")
    assert P.char_logp("國") == P.char_logp("国")
    assert P.bigram_logp("中", "國") == P.bigram_logp("中", "国")


# --- the pieces agree with each other ------------------------------------------------------


def test_logprob_is_the_sum_of_bigram_costs() -> None:
    text = "坚持以人民为中心"
    expect = P.char_logp(text[0]) + sum(P.bigram_logp(a, b) for a, b in itertools.pairwise(text))
    assert math.isclose(P.logprob(text), expect, abs_tol=1e-9)


@pytest.mark.parametrize(("left", "right"), [("推动高质量发", "展"), ("人民", "日报"),
                                             ("中国", "abc"), ("我们。", "他们"), ("共产 ", " 党")])
def test_join_score_is_the_gain_of_joining(left: str, right: str) -> None:
    lj = left.rstrip() + right.lstrip()
    expect = P.logprob(lj) - P.logprob(left.rstrip()) - P.logprob(right.lstrip())
    assert math.isclose(P.join_score(left, right), expect, abs_tol=1e-9)


def test_join_score_prefers_the_true_continuation() -> None:
    # the true next line of a gold paragraph vs. a line from elsewhere, cut mid-word
    assert P.join_score("经济社会发", "展取得新成就") > P.join_score("经济社会发", "界")
    for left, good, bad in [("保持经济稳", "定", "党"), ("改革开", "放", "书"), ("习近", "平", "界")]:
        assert P.join_score(left, good) > 2 > 0 > P.join_score(left, bad)


def test_bigram_beats_unigram_in_words() -> None:
    assert P.bigram_logp("发", "展") > P.char_logp("展")
    assert P.bigram_logp("展", "发") < P.bigram_logp("发", "展")


def test_whitespace_is_not_counted() -> None:
    assert P.score("中国 人民") == pytest.approx(
        (P.logprob("中国") + P.logprob("人民")) / 4)
    assert P.score("") == P.NEUTRAL == P.score(" \n\t　")
    assert P.logprob("") == 0.0


# --- totality, determinism, picklability, threads, speed -----------------------------------


odd_text = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=60)


@given(odd_text, odd_text)
def test_total_on_any_string(a: str, b: str) -> None:
    for v in (P.score(a), P.logprob(a), P.char_logp(a), P.bigram_logp(a, b), P.join_score(a, b)):
        assert isinstance(v, float)
        assert math.isfinite(v)
    assert P.score(a) == P.score(a)


def test_odd_strings() -> None:
    for s in ("\x00", "\ud800", "a\udfffb", "😀" * 5, "𠀀𪚥", "\u200b\ufeff", "〇"):
        assert math.isfinite(P.score(s))
    assert P.char_logp("") == 0.0
    assert P.bigram_logp("中", "") == 0.0


def test_picklable_and_thread_safe() -> None:
    f = pickle.loads(pickle.dumps(P.score))
    paras = _paragraphs()[:200]
    expect = [P.score(p) for p in paras]
    assert [f(p) for p in paras] == expect
    with ThreadPoolExecutor(4) as ex:
        assert list(ex.map(P.score, paras)) == expect


def test_fast_enough() -> None:
    text = "\n".join(_paragraphs())
    text = text * (1_000_000 // len(text.encode()) + 1)  # >= 1 MB of UTF-8
    P.score("预热")
    t = time.perf_counter()
    P.score(text)
    # ~0.15 s per MB on an idle core; the bound only guards against super-linear slowdowns on a
    # loaded CI machine
    assert time.perf_counter() - t < 6.0


def test_data_is_compact() -> None:
    p = Path(P.__file__).parent / "data" / "plausibility" / "charmodel.bin"
    assert p.stat().st_size < 3_000_000


_FOLDABLE = "".join(sorted(set(ZHT) | set("薴苧苎臺灣ＡＢＣ１２３　，。") | set(ZHS[:3000])))


@given(st.text(st.sampled_from(_FOLDABLE), max_size=40))
def test_scores_do_not_depend_on_folding(text: str) -> None:
    # the tables hold folded values under unfolded characters: folding first changes nothing
    assert math.isclose(P.logprob(text), P.logprob(P.fold(text)), abs_tol=1e-9)
    assert P.fold(P.fold(text)) == P.fold(text)
