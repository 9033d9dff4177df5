"""The cleaner model: registry, Pipeline composition, explain mode, pickling, presets."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cntextclean
from cntextclean import Pipeline, presets
from cntextclean.pipeline import REGISTRY, Change, Cleaner, cleaner, diff_changes, get_cleaner


def test_every_default_step_is_registered():
    for kw in ({}, {"ocr": True}, {"page": True}, {"page": True, "keep_furniture": True}):
        for name in presets.step_names(**kw):
            assert get_cleaner(name).name == name, f"{name} is in the default pipeline but not registered"


def test_every_cleaner_is_found_by_name_in_a_fresh_process():
    """``get_cleaner``, ``Pipeline([...])`` and ``cntextclean list`` know the page family's
    cleaners without anything else imported first (they were missing from the list)."""
    import subprocess
    import sys

    code = (
        "from cntextclean import Pipeline\n"
        "from cntextclean.pipeline import get_cleaner\n"
        "assert get_cleaner('page_text').name == 'page_text'\n"
        "print(Pipeline(['page_text_keep_furniture'])('人民日报\\n\\n标题\\n\\n正文。\\n').strip())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "正文。" in out.stdout
    listed = subprocess.run([sys.executable, "-m", "cntextclean", "list"], capture_output=True, text=True, check=True)
    names = {line.split()[0] for line in listed.stdout.splitlines() if line and not line[0].isspace()}
    assert {"page_text", "page_text_keep_furniture"} <= names


def test_every_cleaner_declares_what_it_needs():
    for c in REGISTRY.values():
        assert c.summary and len(c.summary) < 120, c.name
        assert c.doc, f"{c.name} has no docstring"
        before, after = c.example
        assert before != after, f"{c.name}: its example shows no change"


def test_every_cleaner_example_holds():
    for c in REGISTRY.values():
        before, after = c.example
        assert c(before) == after, c.name


def test_pipeline_composes_in_order():
    calls = []

    def a(t: str) -> str:
        calls.append("a")
        return t + "a"

    def b(t: str) -> str:
        calls.append("b")
        return t + "b"

    p = Pipeline([a, b])
    assert p("x") == "xab"
    assert calls == ["a", "b"]
    assert p.names == ["a", "b"]
    assert p.without("a")("x") == "xb"


def test_unknown_step_is_a_clear_error():
    with pytest.raises(KeyError, match="no cleaner named 'nope'"):
        Pipeline(["nope"])


def test_registering_twice_is_refused():
    @cleaner(name="_test_twice", summary="x", example=("a", "b"))
    def f(t: str) -> str:
        return t

    with pytest.raises(ValueError, match="already registered"):

        @cleaner(name="_test_twice", summary="x", example=("a", "b"))
        def g(t: str) -> str:
            return t

    del REGISTRY["_test_twice"]


def test_unknown_character_class_is_refused():
    with pytest.raises(ValueError, match="unknown character classes"):
        cleaner(name="_bad", summary="x", example=("a", "b"), removes=("letters",))


def test_cleaners_and_pipelines_pickle_by_name():
    p = presets.default_pipeline()
    q = pickle.loads(pickle.dumps(p))
    assert q == p
    for c in REGISTRY.values():
        assert pickle.loads(pickle.dumps(c)) is c
    assert isinstance(get_cleaner(p.names[0]), Cleaner)


def test_diff_changes_spans_refer_to_the_input():
    before = "第一行 甲,乙\n第二行不变\n第三行 丙"
    after = "第一行甲，乙\n第二行不变\n第三行丙"
    changes = diff_changes("s", before, after)
    assert changes, "a change must be reported"
    # applying the changes to the input, back to front, gives the output
    text = before
    for c in sorted(changes, key=lambda c: c.start, reverse=True):
        assert text[c.start : c.end] == c.before
        text = text[: c.start] + c.after + text[c.end :]
    assert text == after


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="甲乙丙 ,，\n", max_size=8), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.text(alphabet="甲乙丁 ，\n", max_size=3)), max_size=6),
)
def test_diff_changes_replay_to_the_output(lines, edits):
    before = "\n".join(lines)
    after = list(lines)
    for i, new in edits:  # edit some lines, keeping or changing the number of lines
        after[i % len(after)] = new
    after_text = "\n".join(after)
    text = before
    for c in sorted(diff_changes("s", before, after_text), key=lambda c: c.start, reverse=True):
        assert text[c.start : c.end] == c.before
        text = text[: c.start] + c.after + text[c.end :]
    assert text == after_text


def test_diff_changes_is_fast_on_a_large_page():
    import time

    before = "\n".join(f"第{i}行 内容,内容" for i in range(20000))
    after = before.replace(" ", "").replace(",", "，")
    t = time.perf_counter()
    changes = diff_changes("s", before, after)
    assert time.perf_counter() - t < 5
    assert changes


def test_explain_reports_step_and_spans():
    res = cntextclean.clean("营造良好政 治生态,优化营商环境", explain=True)
    assert res.text == cntextclean.clean("营造良好政 治生态,优化营商环境")
    steps = {c.step for c in res.changes}
    assert steps, "explain must report the changes"
    assert all(isinstance(c, Change) and c.step in REGISTRY for c in res.changes)
    assert sum(res.counts().values()) == len(res.changes)


def test_clean_rejects_bytes_and_bad_options():
    with pytest.raises(TypeError, match="decode"):
        cntextclean.clean(b"abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        cntextclean.clean("abc", layout="columns")
    with pytest.raises(ValueError):
        cntextclean.clean("abc", to="klingon")


def test_steps_and_skip():
    text = "价格:１２元"
    assert cntextclean.clean(text, steps=["normalize_width"]) == "价格:12元"
    full = cntextclean.clean(text)
    assert full == "价格：12元"
    assert cntextclean.clean(text, skip=["normalize_width"]) == "价格：１２元"


def test_anchor_diff_reconstructs_large_regions():
    from cntextclean.pipeline import _anchor_changes

    from .conftest import seed_text

    before = seed_text("004_2a0d0da5d2c1eea9") * 3
    after = cntextclean.clean(before)
    changes = _anchor_changes("s", before, after, 0)
    text = before
    for c in sorted(changes, key=lambda c: c.start, reverse=True):
        assert text[c.start : c.end] == c.before
        text = text[: c.start] + c.after + text[c.end :]
    assert text == after
    # fine-grained: most changes are a character or two, not whole paragraphs
    small = sum(1 for c in changes if len(c.before) <= 3 and len(c.after) <= 3)
    assert small > 0.8 * len(changes)
