"""Properties every registered cleaner must have: total, idempotent, deleting only what it declares.

The declared-deletion audit: a character whose count a cleaner lowered must belong to one of the
classes in its ``removes`` declaration (a replacement counts as a deletion of the old character).
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings

from cntextclean import presets  # noqa: F401  (registers every family)
from cntextclean.charclass import removable
from cntextclean.pipeline import REGISTRY

from .conftest import SEED_IDS, seed_text
from .strategies import chinese, lines, text

CLEANERS = sorted(REGISTRY)


def undeclared_deletions(name: str, before: str, after: str) -> dict[str, int]:
    c = REGISTRY[name]
    may = removable(c.removes)
    lost = Counter(before) - Counter(after)
    return {ch: n for ch, n in lost.items() if not may(ch)}


def _check(name: str, s: str) -> None:
    c = REGISTRY[name]
    once = c(s)
    assert isinstance(once, str)
    assert c(once) == once
    assert not undeclared_deletions(name, s, once)


@pytest.mark.parametrize("name", CLEANERS)
@settings(max_examples=60)
@given(s=text)
def test_total_and_idempotent_on_odd_text(name, s):
    _check(name, s)


@pytest.mark.parametrize("name", CLEANERS)
@settings(max_examples=40)
@given(s=lines)
def test_total_and_idempotent_on_lines(name, s):
    _check(name, s)


@pytest.mark.parametrize("name", CLEANERS)
@settings(max_examples=40)
@given(s=chinese)
def test_idempotent_on_chinese(name, s):
    _check(name, s)


@pytest.mark.parametrize("stem", SEED_IDS)
@pytest.mark.parametrize("name", CLEANERS)
def test_declared_deletions_on_seeds(name, stem):
    """The audit on real damaged text: every deleted character is of a declared class."""
    s = seed_text(stem)
    c = REGISTRY[name]
    out = c(s)
    assert not undeclared_deletions(name, s, out)
    assert c(out) == out, f"{name} is not idempotent on seed {stem}"
