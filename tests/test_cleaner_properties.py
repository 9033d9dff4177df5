"""Properties every registered cleaner must have: total, idempotent, deleting only what it declares.

The declared-deletion audit: a character whose count a cleaner lowered must belong to one of the
classes in its ``removes`` declaration (a replacement counts as a deletion of the old character).
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest
from hypothesis import given, settings

from cntextclean import presets  # noqa: F401  (registers every family)
from cntextclean.charclass import removable
from cntextclean.page import cleaners as _page_cleaners  # noqa: F401  (page_* cleaners, lazily registered)
from cntextclean.pipeline import REGISTRY

from .conftest import SEED_IDS, seed_text
from .conftest import bench_dir as _bench_dir
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


def test_registry_includes_the_page_family():
    assert {"page_layout", "page_layout_keep_furniture"} <= set(CLEANERS)


#: bench pages per input flavour: each flavour gets its own pages (flavour k: pages k, k+10, ...)
BENCH_STRIDE = 10


@functools.cache
def _bench_inputs() -> tuple[tuple[str, str], ...]:
    """(name, text) of the bench inputs the audit reads: every flavour of extraction and OCR
    (dev and, when present, dev_trad), a different set of pages for each flavour."""
    out: list[tuple[str, str]] = []
    for d in (_bench_dir(), _bench_dir().parent / "dev_trad"):
        if not d.is_dir():
            continue
        pages = sorted({p.name.split(".", 1)[0] for p in d.glob("*.txt")})
        flavours = sorted({p.name.split(".", 1)[1] for p in d.glob("*.txt")})
        for k, flavour in enumerate(flavours):
            for page in pages[k % BENCH_STRIDE % len(pages) :: BENCH_STRIDE]:
                f = d / f"{page}.{flavour}"
                if f.exists():
                    out.append((f.name, f.read_text(encoding="utf-8")))
    return tuple(out)


def test_bench_audit_covers_every_flavour():
    names = [n for n, _ in _bench_inputs()]
    flavours = {n.split(".", 1)[1] for n in names}
    assert {"pdftotext.txt", "pdftotext-layout.txt", "pdfminer.txt", "pymupdf.txt", "tess150.txt",
            "tess300.txt"} <= flavours
    assert len({n.split(".", 1)[0] for n in names}) >= 10  # many pages, not one page six ways


@pytest.mark.parametrize("name", CLEANERS)
def test_declared_deletions_on_bench(name):
    """The audit on the bench: each cleaner alone on real extraction and OCR output."""
    c = REGISTRY[name]
    for fname, s in _bench_inputs():
        bad = undeclared_deletions(name, s, c(s))
        assert not bad, f"{name} on {fname} deleted undeclared characters {bad}"
