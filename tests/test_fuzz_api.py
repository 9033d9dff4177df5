"""Fuzzing the public API with hostile text and bytes: nothing crashes, nothing is lost.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (default, fast) and ``HYPOTHESIS_PROFILE=deep``
(100,000 examples per property: ``HYPOTHESIS_PROFILE=deep python -m pytest tests/test_fuzz_api.py``).
"""

from __future__ import annotations

import codecs
import functools
import os
import tempfile
from pathlib import Path

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

#: under the deep profile every property runs the profile's count (100,000), not its CI budget
DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
#: when set (deep runs), each property appends its running example count to this file
PROGRESS = os.environ.get("CNTEXTCLEAN_FUZZ_PROGRESS")


def budget(n: int) -> settings:
    """``settings(max_examples=n)`` for CI; the loaded profile's count under the deep profile."""
    return settings(max_examples=settings.default.max_examples if DEEP else n)


def counted(fn):
    """Count examples of a deep run into $CNTEXTCLEAN_FUZZ_PROGRESS (every 1000 and at 100k)."""
    if not PROGRESS:
        return fn
    calls = [0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        if calls[0] % 1000 == 0:
            with open(PROGRESS, "a", encoding="utf-8") as f:
                f.write(f"{fn.__name__} {calls[0]}\n")
        return fn(*args, **kwargs)
    return wrapper


BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                        codecs.BOM_UTF32_LE])


@budget(80)
@given(s=st.one_of(text, lines), opts=OPTIONS)
@counted
def test_clean_is_total_and_idempotent(s, opts):
    once = cntextclean.clean(s, **opts)
    assert isinstance(once, str)
    if opts["layout"] == "plain":
        assert cntextclean.clean(once, **opts) == once


@budget(80)
@given(s=lines, opts=OPTIONS)
@counted
def test_explain_agrees_with_clean(s, opts):
    res = cntextclean.clean(s, explain=True, **opts)
    assert res.text == cntextclean.clean(s, **opts)


@budget(150)
@given(data=st.binary(max_size=400), bom=BOMS)
@counted
def test_decode_is_total(data, bom):
    d = cntextclean.decode(bom + data)
    assert isinstance(d.text, str) and 0.0 <= d.confidence <= 1.0
    codecs.lookup(d.encoding)


@budget(80)
@given(s=st.one_of(text, lines))
@counted
def test_fix_encoding_and_damage_are_total(s):
    assert isinstance(cntextclean.fix_encoding(s), str)
    for d in cntextclean.find_damage(s):
        assert 0 <= d.start <= d.end <= len(s)


@budget(60)
@given(s=st.one_of(text, lines),
       config=st.sampled_from(["s2t", "t2s", "s2tw", "tw2sp", "s2hk", "t2jp", "jp2t", "hk2s"]))
@counted
def test_convert_is_total(s, config):
    assert isinstance(cntextclean.convert(s, config), str)


@budget(60)
@given(s=st.one_of(text, lines))
@counted
def test_strip_pinyin_and_detect_script_are_total(s):
    assert isinstance(cntextclean.strip_pinyin(s), str)
    assert cntextclean.detect_script(s) in ("simplified", "traditional", "mixed", "none")


@budget(40)
@given(s=lines)
@counted
def test_split_articles_is_total(s):
    page = cntextclean.split_articles(s)
    d = page.to_dict()
    assert set(d) >= {"page_id", "articles", "furniture", "fragments"}


@budget(25)
@given(data=st.binary(max_size=300))
@counted
def test_cli_never_crashes_on_bytes(data):
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        f = d / "in.txt"
        f.write_bytes(data)
        assert main(["clean", str(f), "-o", str(d / "out.txt")]) in (0, 2)
        assert sorted(p.name for p in d.iterdir()) in (["in.txt"], ["in.txt", "out.txt"])


# --- regressions found by the deep run -----------------------------------------------------


def test_clean_idempotent_nbsp_before_c1_controls():
    """Deep run, test_clean_is_total_and_idempotent after ~15,000 examples: fix_encoding read
    '\xa0\x9f\x9f' as 'ŸŸ', normalize_width made the U+00A0 a space, and a second pass read
    ' ŸŸ' as GBK '煙' (fixed in the encoding family by 0c69250)."""
    s = "0\xa0\x9f\x9f"
    once = cntextclean.clean(s, layout="plain")
    assert cntextclean.clean(once, layout="plain") == once


# deep run, second pass of test_clean_is_total_and_idempotent (~9,700 examples in):
# fix_encoding left '½A\xa0¶®' (U+00A0 is no GBK byte), normalize_width made it a space, and a
# second clean read '½A ¶®' as GBK. fix_encoding now decides the same on both spellings.
def test_clean_idempotent_nbsp_inside_latin1_mojibake():
    s = "½A\xa0¶®"
    once = cntextclean.clean(s, layout="plain")
    assert cntextclean.clean(once, layout="plain") == once


def test_clean_idempotent_colon_before_straight_quote_ocr():
    # CI-profile finding: ocr_cjk_punctuation saw ':' before a straight '"' on the first run and
    # before the curly '“' that pair_quotes made of it on the second, and decided differently
    s = ':"0\x81@ÂÛ'
    once = cntextclean.clean(s, ocr=True, layout="plain")
    assert cntextclean.clean(once, ocr=True, layout="plain") == once


def test_clean_idempotent_colon_after_straight_quote_ocr():
    s = '0":0\x81@ÂÛ'
    once = cntextclean.clean(s, ocr=True, layout="plain")
    assert cntextclean.clean(once, ocr=True, layout="plain") == once


def test_clean_idempotent_half_width_mark_before_full_width_ocr():
    # ':' became '：' in the typography stage, which ocr_double_punct then dropped on a second run
    for s in (":、", "好:、", "，:x", ",，"):
        once = cntextclean.clean(s, ocr=True, layout="plain")
        assert cntextclean.clean(once, ocr=True, layout="plain") == once, s


def test_clean_idempotent_quote_made_curly_completes_mojibake():
    # deep run (~77,000 examples in): pair_quotes made '"' a '“', and 'Â“' is a cp1252 mojibake
    # pair to the repair stage on a second run; the pipeline now re-checks its result with it
    s = 'Â"·'
    once = cntextclean.clean(s, layout="plain")
    assert cntextclean.clean(once, layout="plain") == once
