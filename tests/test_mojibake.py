"""fix_encoding on the mojibake test set (tests/data/mojibake, built by tools/make_mojibake_set.py)
and on clean text (issue 3, acceptance 1 and 4)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import ftfy
import pytest

from cntextclean import fix_encoding as api_fix_encoding
from cntextclean.encoding.mojibake import fix_encoding

from .conftest import DATA, all_gold_paragraphs

CASES = DATA / "mojibake" / "cases.jsonl"

#: Strict round trips and their double layers: the target is >= 99% exact restoration.
REVERSIBLE = [
    "utf8-as-latin1",
    "utf8-as-cp1252",
    "utf8-as-gbk",
    "utf8-as-gb18030",
    "gbk-as-latin1",
    "gbk-as-cp1252",
    "big5-as-latin1",
    "big5-as-cp1252",
    "gbk-as-big5",
    "big5-as-gb18030",
    "double-utf8-as-cp1252",
    "double-gbk-as-latin1-utf8-as-cp1252",
    "double-utf8-as-cp1252-utf8-as-gbk",
    "double-utf8-as-gb18030",
]


def _load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


#: Cases per class the tests run (the first ones; benchmarks/mojibake_rates.py runs all 150).
PER_CLASS = 100


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[str, str, str]]]:
    """class -> [(damaged, original, fix_encoding(damaged))]"""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for c in _load(CASES):
        rows = out[c["class"]]
        if len(rows) < PER_CLASS:
            rows.append((c["damaged"], c["original"], fix_encoding(c["damaged"])))
    return out


def _rate(rows: list[tuple[str, str, str]]) -> float:
    return sum(r == o for _, o, r in rows) / len(rows)


def test_case_file_has_every_class(results):
    assert set(REVERSIBLE) <= set(results)
    assert all(len(results[k]) >= 30 for k in REVERSIBLE)
    # every damaged text really is damaged, every clean one clean
    for k, rows in results.items():
        assert all((d == o) == k.startswith("clean") for d, o, _ in rows), k


@pytest.mark.parametrize("cls", REVERSIBLE)
def test_reversible_class_restored(results, cls):
    assert _rate(results[cls]) >= 0.99, cls


@pytest.mark.parametrize("cls", ["clean", "clean-traditional"])
def test_clean_text_never_changed(results, cls):
    assert all(r == d for d, _, r in results[cls])


def test_lossy_gb18030_with_replacement_characters(results):
    assert _rate(results["utf8-as-gb18030-replace"]) >= 0.80


def test_lossy_gbk_with_replacement_characters_target():
    # acceptance 1 on the whole class (150 cases; measured 80.0%)
    rows = [c for c in _load(CASES) if c["class"] == "utf8-as-gbk-replace"]
    assert len(rows) >= 150
    ok = sum(fix_encoding(c["damaged"]) == c["original"] for c in rows)
    assert ok / len(rows) >= 0.80


def test_lossy_span_inside_clean_paragraph(results):
    # a lossy sentence inside a clean paragraph (measured 56.6% on all 129 cases)
    assert _rate(results["span-utf8-as-gbk-replace"]) >= 0.50


def test_lossy_gbk_with_replacement_characters_floor(results):
    # regression floor for the measured rate, and every repair keeps the length and removes
    # every U+FFFD
    rows = results["utf8-as-gbk-replace"]
    assert _rate(rows) >= 0.60
    assert all("\ufffd" not in r and len(r) == len(o) for _, o, r in rows)


@pytest.mark.parametrize(
    ("cls", "floor"),
    [("span-gbk-as-latin1", 0.97), ("span-utf8-as-cp1252", 0.97), ("span-gbk-as-big5", 0.75)],
)
def test_damaged_sentence_inside_clean_paragraph(results, cls, floor):
    assert _rate(results[cls]) >= floor


def test_ftfy_alone_restores_no_chinese_codec_class(results):
    # the reason this module exists: ftfy only knows the Latin-1/cp1252 family
    for cls in ("utf8-as-gbk", "gbk-as-latin1", "gbk-as-big5"):
        assert all(ftfy.fix_encoding(d) != o for d, o, _ in results[cls][:20])


def test_gold_paragraphs_unchanged():
    # acceptance 4: every gold paragraph of the seeds (and of ../shared/bench/dev when present)
    paras = all_gold_paragraphs()
    assert len(paras) > 100
    changed = [p for p in paras if fix_encoding(p) != p]
    assert changed == []


def test_ftfy_config_leaves_clean_chinese_alone():
    paras = all_gold_paragraphs()[:300]
    assert all(ftfy.fix_encoding(p) == p for p in paras)


def test_seeds_unchanged():
    for f in sorted((DATA / "seeds").glob("*.txt")):
        t = f.read_text(encoding="utf-8")
        assert fix_encoding(t) == t, f.name


@pytest.mark.parametrize(
    ("damaged", "original"),
    [
        ("ÖÐ»ª·ÉÐÐ", "中华飞行"),  # GBK read as Latin-1
        ("ä¸\xadæ–‡", "中文"),  # UTF-8 read as cp1252
        ("鎴戜滑鐨勭�栧浗鏄�鑺卞洯", "我们的祖国是花园"),  # UTF-8 read as GBK, 2 bytes lost
        ("他说：扂蠅腔逌弊竭藝璨。对吧", "他说：我们的祖国很美丽。对吧"),  # GBK phrase read as Big5
        ("第一行正常\n¸ÒÏë¸ÒÊÔ", "第一行正常\n敢想敢试"),  # one bad line
    ],
)
def test_examples(damaged, original):
    assert fix_encoding(damaged) == original
    assert api_fix_encoding(damaged) == original


def test_latin_words_and_rare_characters_untouched():
    for s in [
        "Pokémon 和 café 都是外来词，naïve 也是。",
        "朱镕基和喆喆去了𠮷野家。",
        "ÀÁÂ 是拉丁字母。",
        "温度是25°C±2°，价格￥30。",
        "Ångström 单位",
    ]:
        assert fix_encoding(s) == s
