"""Regex character classes and neighbour look-ups shared by the typography cleaners.

The classes are strings to splice into ``[...]``; the predicates answer for one character
(``""`` = no character: the start or end of a line). "Chinese context" (:data:`CTX`) is a Han
ideograph, a radical, kana/bopomofo, or CJK punctuation; straight and curly quotes are not
context: the neighbour look-ups skip them, so a decision does not depend on whether
``pair_quotes`` already ran.
"""

from __future__ import annotations

import re

#: Han ideographs (unified, extensions, compatibility), 〇, and the radical blocks.
HAN = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007"
    "\U00020000-\U0002a6df\U0002a700-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af"
    "\u2e80-\u2eff\u2f00-\u2fdf"
)
#: kana and bopomofo
KANA = "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u31f0-\u31ff"
#: CJK punctuation: CJK symbols block (not U+3000), full-width/vertical/small forms, and the
#: marks GB/T 15834 writes with general-punctuation code points.
CJK_PUNCT = (
    "\u3001-\u303f\ufe10-\ufe1f\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2014\u2026\u00b7\u2e3a\u2e3b"
)
#: quote characters (transparent for context decisions)
QUOTES = "\"'\u201c\u201d\u2018\u2019\uff02\uff07"
#: horizontal whitespace (not line or page breaks)
HSPACE = " \t\u3000\u00a0\u2000-\u200a\u202f\u205f"
#: ASCII and full-width letters and digits
ALNUM = "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"

_CTX_RE = re.compile(f"[{HAN}{KANA}{CJK_PUNCT}]")
_HANLIKE_RE = re.compile(f"[{HAN}{KANA}]")
_ALNUM_RE = re.compile(f"[{ALNUM}_]")
_QUOTE_SET = frozenset("\"'\u201c\u201d\u2018\u2019\uff02\uff07")
_SPACE_SET = frozenset(" \t\u3000\u00a0\u202f\u205f" + "".join(chr(c) for c in range(0x2000, 0x200B)))

#: what the context look-ups skip by default: spaces and quotes
SKIP = _SPACE_SET | _QUOTE_SET


def is_ctx(ch: str) -> bool:
    """Chinese context: Han, radical, kana, or CJK punctuation (quotes included by class)."""
    return bool(ch) and ch not in _QUOTE_SET and _CTX_RE.match(ch) is not None


def is_hanlike(ch: str) -> bool:
    """Han ideograph, radical, kana or bopomofo (no punctuation)."""
    return bool(ch) and _HANLIKE_RE.match(ch) is not None


def is_alnum(ch: str) -> bool:
    """ASCII or full-width letter or digit, or underscore."""
    return bool(ch) and _ALNUM_RE.match(ch) is not None


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
