"""The word evidence across a seam (page.joinscore) on real newspaper column breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cntextclean.page.joinscore import head, segment_logp, tail, word_join_score
from cntextclean.plausibility import join_score

# column breaks of a news report (cut inside a word) and a block that starts elsewhere
_CUTS = [
    ("新进党在热烈的气氛和贝多", "芬第九交响曲的乐曲声中宣告成立", "位日本前首相，而且还有"),
    ("那时的情景人们记忆犹", "新。那时，新进党内不仅包括", "月6日星期二"),
    ("全面建设社会主", "义现代化国家", "月十日上午"),
]


def test_a_word_cut_by_the_seam_beats_an_unrelated_block() -> None:
    for left, right, other in _CUTS:
        assert word_join_score(left, right) > word_join_score(left, other) + 5.0, (left, right, other)


def test_sees_more_than_the_two_characters_at_the_seam() -> None:
    # 贝多|芬: a three-character name; the pair 多芬 alone says less than the whole word
    assert word_join_score("和贝多", "芬第九") > join_score("和贝多", "芬第九")
    # the tail reaches back over line breaks and spaces
    assert tail("和贝\n多") == "和贝多" and head(" 芬第\n九交响曲") == "芬第九交响"


def test_no_evidence_across_punctuation_or_non_han() -> None:
    assert word_join_score("他说。", "展开了") == 0.0
    assert word_join_score("增长了12", "展开了") == 0.0
    assert word_join_score("推动高质量发", "“展") == 0.0
    assert word_join_score("", "") == 0.0


def test_segmentation_prefers_words() -> None:
    assert segment_logp("交响曲") > segment_logp("交") + segment_logp("响") + segment_logp("曲")


@given(st.text(max_size=30), st.text(max_size=30))
def test_total_and_never_negative(left: str, right: str) -> None:
    v = word_join_score(left, right)
    assert isinstance(v, float) and v >= 0.0
