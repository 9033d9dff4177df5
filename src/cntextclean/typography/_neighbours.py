"""Neighbour look-ups for the typography cleaners: the nearest character on the same line.

The character classes themselves live in :mod:`cntextclean.charclass`. Straight and curly
quotes are not Chinese context: the look-ups skip them (and spaces), so a decision does not
depend on whether ``pair_quotes`` already ran. ``""`` = no character (a line's start or end).
"""

from __future__ import annotations

from ..charclass import HSPACE_CHARS, QUOTES

#: what the context look-ups skip by default: spaces and quotes
SKIP = HSPACE_CHARS | frozenset(QUOTES)


def left_char(text: str, i: int, skip: frozenset[str] = SKIP) -> str:
    """The nearest character before index ``i`` on the same line not in ``skip`` ("" if none)."""
    while i > 0:
        ch = text[i - 1]
        if ch == "\n":
            return ""
        if ch not in skip:
            return ch
        i -= 1
    return ""


def right_char(text: str, i: int, skip: frozenset[str] = SKIP) -> str:
    """The nearest character at or after index ``i`` on the same line not in ``skip``."""
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            return ""
        if ch not in skip:
            return ch
        i += 1
    return ""
