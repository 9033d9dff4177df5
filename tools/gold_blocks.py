"""Body blocks located in the dev gold: what ``tools/link_accuracy.py``,
``tools/join_ranking.py`` and ``tools/link_calibration.py`` judge continuation links by.

A block is located where its text (NFKC, without whitespace) occurs exactly once in one gold
paragraph; a gold link is a pair of located blocks in one paragraph where the second starts
where the first ends (within ``slack`` characters).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

#: the dev bench folder beside the project (``../shared/bench/dev``)
DEV = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"
_WS = re.compile(r"\s+")

#: where a block stands in the gold: (paragraph, start, end), or None
Where = tuple[int, int, int] | None


def norm(s: str) -> str:
    """``s`` as the gold is compared: NFKC, no whitespace."""
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def gold_paragraphs(dev: Path, page_id: str) -> list[str]:
    """Every paragraph of the page's gold articles, normalised (:func:`norm`)."""
    gold = json.loads((dev / f"{page_id}.json").read_text(encoding="utf-8"))
    return [norm(p) for a in gold["articles"] for p in a["paragraphs"]]


def locate(text: str, paras: Sequence[str]) -> Where:
    """Where ``text`` occurs exactly once in one of ``paras``."""
    t = norm(text)
    hit = next(((k, para.index(t)) for k, para in enumerate(paras) if t and para.count(t) == 1), None)
    return None if hit is None else (hit[0], hit[1], hit[1] + len(t))


def gold_link(a: Where, b: Where, slack: int = 0) -> bool:
    """Does the block at ``b`` continue the block at ``a`` in the gold?"""
    return bool(a and b) and a[0] == b[0] and abs(b[1] - a[2]) <= slack


def gold_pages(dev: Path, flavour: str) -> Iterator[tuple[str, str, list[str]]]:
    """Each page of ``flavour`` in ``dev``: its id, its extracted text and its gold paragraphs."""
    for f in sorted(dev.glob(f"*.{flavour}.txt")):
        pid = f.name.split(".")[0]
        yield pid, f.read_text(encoding="utf-8"), gold_paragraphs(dev, pid)
