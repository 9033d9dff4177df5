"""Properties of the encoding repairs: total, idempotent, clean text is a fixed point."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cntextclean.encoding.damage import KINDS, find_damage
from cntextclean.encoding.mojibake import fix_encoding
from cntextclean.encoding.shifted import fix_shifted_bytes

from .conftest import all_gold_paragraphs
from .strategies import chinese, lines, text

GOLD = all_gold_paragraphs()

#: mojibake of real sentences in every class the module handles, and bits of it
_SENTS = [p for p in GOLD if 8 <= len(p) <= 80][:60]


def _damage(s: str, real: str, wrong: str, errors: str) -> str:
    try:
        return s.encode(real).decode(wrong, errors)
    except UnicodeError:
        return s


mojibake = st.builds(
    _damage,
    st.sampled_from(_SENTS),
    st.sampled_from(["utf-8", "gbk", "big5"]),
    st.sampled_from(["latin-1", "gbk", "gb18030", "big5", "cp1252"]),
    st.sampled_from(["replace", "ignore"]),
)
mixed = st.lists(st.one_of(mojibake, text, chinese, st.sampled_from(_SENTS)), max_size=4).map("".join)


@settings(max_examples=60)
@given(s=st.one_of(text, lines, chinese, mojibake, mixed))
def test_fix_encoding_total_and_idempotent(s):
    once = fix_encoding(s)
    assert isinstance(once, str)
    assert fix_encoding(once) == once


@settings(max_examples=40)
@given(s=st.lists(st.sampled_from(GOLD), min_size=1, max_size=3).map("\n".join))
def test_clean_text_is_a_fixed_point(s):
    assert fix_encoding(s) == s
    assert fix_shifted_bytes(s) == s


_SHIFTED_BITS = st.sampled_from(
    ["?", "?xùn)", "|", ",F", "(dāng)", "?,", "胬斫", "嵉刈", "??", "/p>", "推動", "東北", "，"]
)


@settings(max_examples=60)
@given(
    s=st.one_of(
        text,
        lines,
        st.lists(st.one_of(_SHIFTED_BITS, st.sampled_from(_SENTS), chinese), max_size=6).map("".join),
    )
)
def test_fix_shifted_bytes_total_and_idempotent(s):
    once = fix_shifted_bytes(s)
    assert isinstance(once, str)
    assert fix_shifted_bytes(once) == once
    assert once.count("\n") == s.count("\n")  # line-preserving


@settings(max_examples=60)
@given(s=st.one_of(text, lines, mixed))
def test_find_damage_total_and_consistent(s):
    found = find_damage(s)
    last = -1
    for d in found:
        assert d.kind in KINDS
        assert 0 <= d.start < d.end <= len(s)
        assert s[d.start : d.end] == d.snippet
        assert d.start >= last  # in order, not overlapping
        last = d.end
