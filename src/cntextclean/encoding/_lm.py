"""Memoised access to the shared Chinese character model (:mod:`cntextclean.plausibility`).

The repairs only need three numbers: the mean log-probability per character of a string, the
log-probability of one character, and of a character after another. This module caches the
per-character lookups (the beam searches repeat them) and a few derived tables (the set of
"common" characters, the script sets).
"""

from __future__ import annotations

import functools

from .. import plausibility
from ..charclass import is_han
from ..plausibility import BigramRow

__all__ = [
    "BigramRow",
    "bigram_logp",
    "char_logp",
    "common_han",
    "common_threshold",
    "is_han",
    "is_simplified",
    "is_traditional",
    "logprob",
    "score",
    "traditional_context",
    "word_start_logp",
]


@functools.lru_cache(maxsize=4096)
def score(text: str) -> float:
    """Mean log-probability per character (higher = more plausible Chinese); memoised (the
    repairs judge the same strings again: the same reading from two codecs, a line and its
    candidates)."""
    return float(plausibility.score(text)) if text else 0.0


@functools.lru_cache(maxsize=1 << 16)
def char_logp(ch: str) -> float:
    return float(plausibility.char_logp(ch))


@functools.lru_cache(maxsize=1 << 18)
def bigram_logp(a: str, b: str) -> float:
    """log P(b | a)."""
    return float(plausibility.bigram_logp(a, b))


@functools.lru_cache(maxsize=1 << 16)
def word_start_logp(ch: str) -> float:
    """log P(ch) where a word must begin (start of text, after punctuation or a digit)."""
    return float(plausibility.word_start_logp(ch))


@functools.cache
def common_threshold() -> float:
    """Unigram log-probability above which a character counts as common (about 4000 chars)."""
    ranked = sorted((char_logp(c) for c in _gb2312_level1()), reverse=True)
    return ranked[min(len(ranked) - 1, 3000)]


@functools.cache
def common_han() -> str:
    """The common Han characters of the URO (unigram log-probability at least
    :func:`common_threshold`), in code point order."""
    thr = common_threshold()
    return "".join(chr(c) for c in range(0x4E00, 0xA000) if char_logp(chr(c)) >= thr)


@functools.cache
def _gb2312_level1() -> tuple[str, ...]:
    out = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                out.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeError:
                pass
    return tuple(out)


@functools.cache
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only characters, their Simplified forms) as the model's folding sees them."""
    src = "".join(chr(c) for c in range(0x3400, 0xA000))
    dst = plausibility.fold(src)
    trad = frozenset(a for a, b in zip(src, dst, strict=True) if a != b)
    simp = frozenset(b for a, b in zip(src, dst, strict=True) if a != b) - trad
    return trad, simp


def is_traditional(ch: str) -> bool:
    return ch in _script_sets()[0]


def is_simplified(ch: str) -> bool:
    return ch in _script_sets()[1]


def traditional_context(text: str) -> bool:
    """More Traditional-only than Simplified-only characters in ``text``?"""
    trad, simp = _script_sets()
    t = sum(1 for c in text if c in trad)
    s = sum(1 for c in text if c in simp)
    return t > s


def logprob(text: str) -> float:
    """Total log-probability of ``text``."""
    return float(plausibility.logprob(text)) if text else 0.0
