"""find_damage and ``cntextclean check``: lossy damage is reported, never invented."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from cntextclean import clean
from cntextclean import find_damage as api_find_damage
from cntextclean.cli import main
from cntextclean.encoding.damage import Damage, find_damage

from .conftest import SEED_IDS, all_gold_paragraphs, seed_text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(d.kind, d.snippet) for d in find_damage(text)]


def test_damage_is_a_frozen_dataclass():
    d = Damage("kunkao", 0, 3, "锟斤拷")
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.kind = "x"  # type: ignore[misc]
    assert d.to_dict() == {"kind": "kunkao", "start": 0, "end": 3, "snippet": "锟斤拷"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题锟斤拷锟斤拷正文", [("kunkao", "锟斤拷锟斤拷")]),
        # UTF-8 of two U+FFFD read as GBK: the classic
        ("\ufffd\ufffd".encode().decode("gbk"), [("kunkao", "锟斤拷")]),
        ("变量值烫烫烫烫烫烫结束", [("tangtang", "烫烫烫烫烫烫")]),
        ("屯屯屯屯", [("tangtang", "屯屯屯屯")]),
        ("我们\ufffd\ufffd的祖国", [("replacement-char", "\ufffd\ufffd")]),
        ("这是???的问题", [("question-marks", "???")]),
        ("??年??月??日发布", [("question-marks", "??"), ("question-marks", "??"), ("question-marks", "??")]),
        # UTF-8 read as cp1252 with two bytes lost: the rest is repaired, the lost part reported
        ("报道称æˆ‘ä»š„ç¥–å›½æ˜¯èŠ±å›\xad今天", [("mojibake", "„")]),
    ],
)
def test_kinds(text, expected):
    assert kinds(text) == expected
    for d in find_damage(text):
        assert text[d.start : d.end] == d.snippet


@pytest.mark.parametrize(
    "text",
    [
        "这是一段干净的中文。",
        "为什么?因为我们相信。",  # one ASCII question mark is a question mark
        "真的吗??",
        "他说“……”——好吧",
        "朱镕基和喆喆去了𠮷野家。",
        "Pokémon 和 café",
        "烫一下再吃",
        "Is it OK???",
    ],
)
def test_clean_text_has_no_damage(text):
    assert find_damage(text) == []


def test_repairable_mojibake_is_not_reported():
    # fix_encoding repairs these: they are not lost
    assert find_damage("ÖÐ»ª·ÉÐÐ") == []
    assert find_damage("我们".encode().decode("gbk")) == []
    assert find_damage("推動?xùn)|北振興") == []


def test_unrepairable_rare_hanzi_run():
    # UTF-8 read as GBK, then cut in the middle of every character: no decoding gives Chinese
    s = "今天" + "鍙戦鍐呭鐨勫彂閫佷笉" + "结束"
    found = find_damage(s)
    assert [d.kind for d in found] == ["mojibake"]
    assert found[0].start >= 2 and found[0].end <= len(s) - 2


def test_offsets_count_characters_across_lines():
    s = "第一行\n第二行锟斤拷\n\ufffd"
    assert [(d.kind, d.start, d.end) for d in find_damage(s)] == [
        ("kunkao", 7, 10),
        ("replacement-char", 11, 12),
    ]


def test_gold_and_seeds_have_no_damage():
    assert [p for p in all_gold_paragraphs() if find_damage(p)] == []
    for stem in SEED_IDS:
        assert find_damage(seed_text(stem)) == [], stem


def test_api_and_pipeline_leave_damage_in_place():
    s = "标题锟斤拷正文\ufffd结束??年"
    assert api_find_damage(s) == find_damage(s)
    out = clean(s)
    # still there after the default pipeline (typography writes ?? next to Hanzi as ？？)
    assert [d.kind for d in find_damage(out)] == [d.kind for d in find_damage(s)]


def test_cli_check(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("第一章锟斤拷内容\n好\ufffd\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("干净的中文。\n", encoding="utf-8")
    assert main(["check", str(good)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(bad), str(good)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{bad}:3-6: kunkao: 锟斤拷", f"{bad}:10-11: replacement-char: \ufffd"]
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert main(["check", str(tmp_path)]) == 2


def test_cli_check_reads_gbk(tmp_path, capsys):
    f = tmp_path / "gbk.txt"
    f.write_bytes("这份文件是用GBK编码保存的，其中有坏字锟斤拷和问号？？".encode("gbk"))
    assert main(["check", str(f)]) == 1
    assert "kunkao: 锟斤拷" in capsys.readouterr().out


def test_cli_check_subprocess(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("烫烫烫烫\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "cntextclean", "check", str(f)],
                       capture_output=True, timeout=300)
    assert r.returncode == 1
    assert r.stdout.decode("utf-8").strip() == f"{f}:0-4: tangtang: 烫烫烫烫"
