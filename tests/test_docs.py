"""Documentation: the cleaner catalogue is generated from the registry and the site builds strictly."""

from __future__ import annotations

import doctest
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
#: every page of the site that holds a ``>>>`` Python session (the catalogue's examples run from
#: the cleaners' docstrings instead)
DOCTEST_PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")
                       if ">>> " in p.read_text(encoding="utf-8"))


def test_catalogue_is_up_to_date():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_catalogue.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None,
                    reason="mkdocs is not installed (pip install '.[docs]')")
def test_mkdocs_build_strict(tmp_path):
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                        str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (tmp_path / "site" / "cleaners" / "index.html").exists()


def test_doc_pages_with_sessions_exist():
    # the how-to pages and the format page carry Python sessions; losing them all would silently
    # turn the doctest below into a test of nothing
    assert {"format.md", "howto/gbk-site-dump.md", "howto/jsonl-corpus.md"} <= set(DOCTEST_PAGES)


@pytest.mark.parametrize("page", DOCTEST_PAGES)
def test_doc_page_sessions_run(page):
    """Every ``>>>`` session in docs/ runs and prints what the page says it prints."""
    res = doctest.testfile(str(DOCS / page), module_relative=False, report=True, verbose=False,
                           optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS,
                           encoding="utf-8")
    assert res.attempted > 0
    assert res.failed == 0, f"{res.failed} of {res.attempted} examples in docs/{page} failed (see stdout)"
