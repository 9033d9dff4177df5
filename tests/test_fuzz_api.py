"""Fuzzing the public API with hostile text and bytes: nothing crashes, nothing is lost.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (default, fast) and ``HYPOTHESIS_PROFILE=deep``
(100,000 examples per property: ``HYPOTHESIS_PROFILE=deep python -m pytest tests/test_fuzz_api.py``).
"""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

import cntextclean
from cntextclean.cli import main

from .strategies import lines, text

OPTIONS = st.fixed_dictionaries({
    "to": st.sampled_from(["none", "simplified", "traditional", "tw", "hk"]),
    "ocr": st.booleans(),
    "layout": st.sampled_from(["auto", "page", "plain"]),
})

BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                        codecs.BOM_UTF32_LE])


@settings(max_examples=80)
@given(s=st.one_of(text, lines), opts=OPTIONS)
def test_clean_is_total_and_idempotent(s, opts):
    once = cntextclean.clean(s, **opts)
    assert isinstance(once, str)
    if opts["layout"] == "plain":
        assert cntextclean.clean(once, **opts) == once


@settings(max_examples=80)
@given(s=lines, opts=OPTIONS)
def test_explain_agrees_with_clean(s, opts):
    res = cntextclean.clean(s, explain=True, **opts)
    assert res.text == cntextclean.clean(s, **opts)


@settings(max_examples=150)
@given(data=st.binary(max_size=400), bom=BOMS)
def test_decode_is_total(data, bom):
    d = cntextclean.decode(bom + data)
    assert isinstance(d.text, str) and 0.0 <= d.confidence <= 1.0
    codecs.lookup(d.encoding)


@settings(max_examples=80)
@given(s=st.one_of(text, lines))
def test_fix_encoding_and_damage_are_total(s):
    assert isinstance(cntextclean.fix_encoding(s), str)
    for d in cntextclean.find_damage(s):
        assert 0 <= d.start <= d.end <= len(s)


@settings(max_examples=60)
@given(s=st.one_of(text, lines),
       config=st.sampled_from(["s2t", "t2s", "s2tw", "tw2sp", "s2hk", "t2jp", "jp2t", "hk2s"]))
def test_convert_is_total(s, config):
    assert isinstance(cntextclean.convert(s, config), str)


@settings(max_examples=60)
@given(s=st.one_of(text, lines))
def test_strip_pinyin_and_detect_script_are_total(s):
    assert isinstance(cntextclean.strip_pinyin(s), str)
    assert cntextclean.detect_script(s) in ("simplified", "traditional", "mixed", "none")


@settings(max_examples=40)
@given(s=lines)
def test_split_articles_is_total(s):
    page = cntextclean.split_articles(s)
    d = page.to_dict()
    assert set(d) >= {"page_id", "articles", "furniture", "fragments"}


@settings(max_examples=25)
@given(data=st.binary(max_size=300))
def test_cli_never_crashes_on_bytes(tmp_path_factory, data):
    d = tmp_path_factory.mktemp("fuzz")
    f = d / "in.txt"
    f.write_bytes(data)
    assert main(["clean", str(f), "-o", str(d / "out.txt")]) in (0, 2)
