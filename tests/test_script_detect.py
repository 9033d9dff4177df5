"""detect_script and the conversion cleaners of the CONVERT stage."""

from __future__ import annotations

import pytest

from cntextclean import clean, convert, detect_script, presets
from cntextclean.pipeline import get_cleaner
from cntextclean.script.detect import script_evidence

from .conftest import SEED_IDS, gold_text, seed_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们发展经济", "simplified"),
        ("我們發展經濟", "traditional"),
        ("我们發展", "mixed"),
        ("Hello 中文", "none"),
        ("", "none"),
        ("乾隆皇后", "none"),  # only characters both scripts write
        ("後來", "traditional"),
        ("\ud800\x00", "none"),
    ],
)
def test_detect_script_examples(text, expected):
    assert detect_script(text) == expected


@pytest.mark.parametrize("stem", SEED_IDS)
def test_gold_is_simplified_and_its_traditional_conversions_are_traditional(stem):
    gold = gold_text(stem)
    assert detect_script(gold) == "simplified"
    for cfg in ("s2t", "s2tw", "s2hk", "s2twp"):
        assert detect_script(convert(gold, cfg)) == "traditional"


def test_seed_001_is_traditional_despite_site_leftovers():
    # the site left 干部/什么/于 and some Simplified characters in place: still Traditional
    s, t = script_evidence(seed_text("001_56eaf6b6971f04cf"))
    assert s > 0 and t > 20 * s
    assert detect_script(seed_text("001_56eaf6b6971f04cf")) == "traditional"


def test_a_few_stray_characters_do_not_make_a_text_mixed():
    text = convert(gold_text(SEED_IDS[1]), "s2t") + "这个"
    assert detect_script(text) == "traditional"


def test_to_mapping_matches_the_contract():
    assert presets.TO_CONFIG == {"none": None, "simplified": "t2s", "traditional": "s2t", "tw": "s2tw", "hk": "s2hk"}
    assert presets.CONVERT_STEP == {
        "simplified": "to_simplified",
        "traditional": "to_traditional",
        "tw": "to_tw",
        "hk": "to_hk",
    }
    assert "strip_pinyin" in presets.REPAIR_SCRIPT


@pytest.mark.parametrize(("to", "cfg"), [("simplified", "t2s"), ("traditional", "s2t"), ("tw", "s2tw"), ("hk", "s2hk")])
def test_conversion_cleaners_are_opencc(to, cfg):
    c = get_cleaner(presets.CONVERT_STEP[to])
    assert c.family == "script" and set(c.removes) == {"han", "cjk"}
    text = gold_text(SEED_IDS[2]) if cfg.startswith("s") else convert(gold_text(SEED_IDS[2]), "s2t")
    once = convert(text, cfg)
    out = c(text)
    assert c(out) == out
    # the cleaner is OpenCC iterated to a fixed point: it differs from one OpenCC pass only
    # where a second pass still changes the text (s2t: 單體制造業 -> 單體製造業)
    assert out == once or convert(once, cfg) != once
    differ = sum(1 for a, b in zip(out, once) if a != b)
    assert len(out) == len(once) and differ <= len(text) // 1000


def test_conversion_cleaners_keep_nul_and_reach_a_fixed_point():
    to_tw = get_cleaner("to_tw")
    assert to_tw("汉\x00字") == "漢\x00字"  # OpenCC s2tw itself would stop at the NUL
    assert convert("汉\x00字", "s2tw") == "漢"
    to_s = get_cleaner("to_simplified")
    assert convert(convert("溫昇豪", "t2s"), "t2s") != convert("溫昇豪", "t2s")  # OpenCC
    assert to_s(to_s("溫昇豪")) == to_s("溫昇豪")


def test_clean_to_simplified_on_seed_001_removes_pinyin_and_converts():
    out = clean("推動高質(zhì)量發(fā)展", to="simplified")
    assert out == "推动高质量发展"
    assert clean("推动高质量发展", to="none") == "推动高质量发展"
