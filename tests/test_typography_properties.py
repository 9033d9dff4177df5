"""Properties of every typography cleaner (hypothesis) and adversarial linear-time checks.

* total: any ``str`` in (lone surrogates, NUL, controls, emoji, CJK, full-width forms, long
  lines) gives a ``str`` out;
* idempotent: ``f(f(x)) == f(x)``;
* deletes only what it declares (the multiset of characters before/after);
* line-preserving: the number of line breaks (as ``str.splitlines`` sees them) never changes; the TYPOGRAPHY-stage
  steps keep each line's leading indentation;
* never loses a Han character;
* linear time: a 1 MB line and 10^6 repeated punctuation marks take well under two seconds.
"""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cntextclean import Pipeline, presets
from cntextclean.charclass import is_han, removable
from cntextclean.pipeline import REGISTRY

from .conftest import seed_text
from .strategies import INTERESTING

TYPO = sorted(n for n, c in REGISTRY.items() if c.family == "typography")
#: steps of the TYPOGRAPHY stage: they must keep leading indentation
INDENT_KEEPING = [n for n in presets.TYPOGRAPHY if n in TYPO]

# --- strategies --------------------------------------------------------------------------------

TYPO_CHARS = (
    INTERESTING
    + "——--－－──―…...。。。・•‧·**##  \u3000\u2003\u00a0"
    + "１２ＡＢ％＋－／＝～．＂＇（）：，"
    + "⼈⺠⽇⻓⼾⻅"
    + "“”‘’\"'\"'()()"
    + "xX***@:/.wh"
)
typo_char = st.sampled_from(TYPO_CHARS)
anything = st.characters(codec=None, exclude_categories=())
typo_text = st.text(st.one_of(typo_char, typo_char, typo_char, anything), max_size=200)
typo_lines = st.lists(typo_text, max_size=8).map("\n".join)
#: Chinese-like lines with the marks the cleaners decide about
chinese_marks = st.lists(
    st.text(st.sampled_from("中国人民日报一是的 ,:;?!()\"'.…。，“”-—・*#\u3000１Ａ12ab@/"), max_size=60),
    max_size=6,
).map("\n".join)
#: a long line (up to a few thousand characters) built from repeated pieces
long_line = st.builds(lambda s, n: (s * n)[:5000], typo_text.filter(bool), st.integers(1, 200))
inputs = st.one_of(typo_text, typo_lines, chinese_marks, long_line)


def undeclared(name: str, before: str, after: str) -> dict[str, int]:
    may = removable(REGISTRY[name].removes)
    lost = Counter(before) - Counter(after)
    return {ch: n for ch, n in lost.items() if not may(ch)}


def lost_han(before: str, after: str) -> dict[str, int]:
    lost = Counter(before) - Counter(after)
    return {ch: n for ch, n in lost.items() if is_han(ch)}


_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def line_breaks(s: str) -> int:
    """Line boundaries as str.splitlines() sees them (\r\n counts once)."""
    return len(_BREAK.findall(s))


_INDENT = re.compile("^[ \t\u3000\u00a0\u2000-\u200a\u202f\u205f]*")


@pytest.mark.parametrize("name", TYPO)
@settings(max_examples=150)
@given(s=inputs)
def test_total_idempotent_declared_and_han_safe(name, s):
    f = REGISTRY[name]
    once = f(s)
    assert isinstance(once, str)
    assert f(once) == once, (s, once, f(once))
    assert not undeclared(name, s, once)
    assert not lost_han(s, once)
    assert line_breaks(once) == line_breaks(s)


@pytest.mark.parametrize("name", INDENT_KEEPING)
@settings(max_examples=100)
@given(s=st.one_of(typo_lines, chinese_marks))
def test_typography_stage_keeps_lines_and_indentation(name, s):
    s = REGISTRY["strip_invisible"](s)  # one kind of line break, as the REPAIR stage leaves it
    out = REGISTRY[name](s)
    before, after = s.split("\n"), out.split("\n")
    assert len(before) == len(after)
    for b, a in zip(before, after, strict=True):
        if a.strip():  # a line that keeps content keeps its indentation
            assert _INDENT.match(a).group() == _INDENT.match(b).group(), (b, a)


@settings(max_examples=100)
@given(s=inputs)
def test_typography_pipeline_is_idempotent(s):
    pipe = Pipeline([*presets.REPAIR_TYPOGRAPHY, *presets.TYPOGRAPHY, *presets.PLAIN_ONLY])
    once = pipe(s)
    assert pipe(once) == once


@settings(max_examples=60)
@given(s=st.sampled_from(["002_dbb4db9899fb893c", "003_6406bc7cfce8b36c", "004_2a0d0da5d2c1eea9"]),
       start=st.integers(0, 4000), size=st.integers(1, 400))
def test_properties_on_slices_of_real_text(s, start, size):
    text = seed_text(s)[start : start + size]
    for name in TYPO:
        f = REGISTRY[name]
        once = f(text)
        assert f(once) == once, name
        assert not undeclared(name, text, once), name
        assert not lost_han(text, once), name


def test_specific_odd_inputs():
    odd = ["", "\ud800", "\udfff\ud800", "\x00" * 5, "\n" * 3, "\r\n\r", "😀\u200d👍🏻", "中\x00文",
           "**", "****", "##", "# ", "(", ")", ")(", '"', "'", "…", "——", "－－", "\u3000", "・"]
    for name in TYPO:
        f = REGISTRY[name]
        for s in odd:
            out = f(s)
            assert isinstance(out, str) and f(out) == out, (name, s)


# --- adversarial inputs: linear time ------------------------------------------------------------

N = 10**6
ADVERSARIAL = {
    "1MB line of seed text": lambda: (seed_text("002_dbb4db9899fb893c").replace("\n", " ") * 40)[:N],
    "commas": lambda: "," * N,
    "Hanzi+comma": lambda: "中," * (N // 2),
    "open parens": lambda: "(" * N,
    "close parens": lambda: ")" * N,
    "paren+Hanzi": lambda: "(中" * (N // 2),
    "straight quotes": lambda: '"' * N,
    "Hanzi+quote": lambda: '中"' * (N // 2),
    "asterisks": lambda: "*" * N,
    "bold markers": lambda: "**a" * (N // 3),
    "hashes": lambda: "## " * (N // 3),
    "hyphens": lambda: "-" * N,
    "dash runs": lambda: "--中" * (N // 3),
    "dots": lambda: "." * N,
    "middle dots": lambda: "中・" * (N // 2),
    "spaces": lambda: " " * N,
    "Hanzi+space": lambda: "中 " * (N // 2),
    "ideographic spaces": lambda: "a\u3000" * (N // 2),
    "space+quote": lambda: "中 “" * (N // 3),
    "zero-width joiners": lambda: "\u200d" * N,
    "e-mail-ish": lambda: "a@" * (N // 2),
}
#: seconds per cleaner and input on an idle machine (typical: well under 0.5 s); on a loaded
#: machine the budget grows with the time of a reference loop of 10^6 Python steps (~0.05 s
#: idle), so the check stays about linear time, not about the neighbours' load
LIMIT = 2.0


def _budget() -> float:
    t = time.perf_counter()
    x = 0
    for i in range(N):
        x += i
    return max(LIMIT, 40 * (time.perf_counter() - t))


@pytest.mark.parametrize("case", sorted(ADVERSARIAL))
def test_adversarial_inputs_run_in_linear_time(case):
    text = ADVERSARIAL[case]()
    slow = {}
    for name in TYPO:
        t = time.perf_counter()
        REGISTRY[name](text)
        dt = time.perf_counter() - t
        if dt > LIMIT:
            budget = _budget()
            if dt > budget:
                slow[name] = (round(dt, 2), round(budget, 2))
    assert not slow, slow
