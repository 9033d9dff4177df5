"""Character classes and neighbour look-ups shared by the typography cleaners.

Each class exists twice: as a string to splice into a regex ``[...]`` and as a predicate for
one character (``""`` = no character: the start or end of a line). The predicates use
frozensets for the Basic Multilingual Plane (a set lookup, no regex call per character).
"Chinese context" (:func:`is_ctx`) is a Han ideograph, a radical, kana/bopomofo, or CJK
punctuation; straight and curly quotes are not context: the neighbour look-ups skip them, so a
decision does not depend on whether ``pair_quotes`` already ran.
"""

from __future__ import annotations

Ranges = tuple[tuple[int, int], ...]

_HAN_RANGES: Ranges = (
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x3007, 0x3007),
    (0x2E80, 0x2EFF), (0x2F00, 0x2FDF),  # radicals (PDF fonts emit them for ideographs)
    (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF), (0x2F800, 0x2FA1F), (0x30000, 0x323AF),
)  # fmt: skip
_KANA_RANGES: Ranges = ((0x3040, 0x30FF), (0x3100, 0x312F), (0x31A0, 0x31BF), (0x31F0, 0x31FF))
_CJK_PUNCT_RANGES: Ranges = (
    (0x3001, 0x303F), (0xFE10, 0xFE1F), (0xFE30, 0xFE6F),
    (0xFF01, 0xFF01), (0xFF03, 0xFF06), (0xFF08, 0xFF09), (0xFF0A, 0xFF0F),  # not ＂＇
    (0xFF1A, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF65),
    (0x2014, 0x2014), (0x2026, 0x2026), (0x00B7, 0x00B7), (0x2E3A, 0x2E3B),
)  # fmt: skip
_ALNUM_RANGES: Ranges = (
    (0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0x5F, 0x5F),
    (0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A),
)  # fmt: skip


def _class(ranges: Ranges) -> str:
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


def _set(ranges: Ranges) -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


#: Han ideographs (unified, extensions, compatibility), 〇, and the radical blocks
HAN = _class(_HAN_RANGES)
#: kana and bopomofo
KANA = _class(_KANA_RANGES)
#: CJK punctuation: CJK symbols block (not U+3000), full-width/vertical/small forms, and the
#: marks GB/T 15834 writes with general-punctuation code points (— … ·)
CJK_PUNCT = _class(_CJK_PUNCT_RANGES)
#: the same without the full-width parentheses （）
CJK_PUNCT_NO_PARENS = _class(tuple(r for r in _CJK_PUNCT_RANGES if r != (0xFF08, 0xFF09)))
#: quote characters (transparent for context decisions)
QUOTES = "\"'\u201c\u201d\u2018\u2019\uff02\uff07"
#: horizontal whitespace (not line or page breaks)
HSPACE = " \t\u3000\u00a0\u2000-\u200a\u202f\u205f"
#: ASCII and full-width letters and digits, and the underscore
ALNUM = _class(_ALNUM_RANGES)

_QUOTE_SET = frozenset(QUOTES)
#: the characters of HSPACE
HSPACE_CHARS = " \t\u3000\u00a0\u202f\u205f" + "".join(chr(c) for c in range(0x2000, 0x200B))
_SPACE_SET = frozenset(HSPACE_CHARS)
_HANLIKE_SET = _set(tuple(r for r in _HAN_RANGES + _KANA_RANGES if r[1] <= 0xFFFF))
_CTX_SET = (_HANLIKE_SET | _set(_CJK_PUNCT_RANGES)) - _QUOTE_SET
_ALNUM_SET = _set(_ALNUM_RANGES)
_ASTRAL_HAN = tuple(r for r in _HAN_RANGES if r[0] > 0xFFFF)

#: what the context look-ups skip by default: spaces and quotes
SKIP = _SPACE_SET | _QUOTE_SET


def _astral_han(ch: str) -> bool:
    if len(ch) != 1:
        return False
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ASTRAL_HAN)


def is_ctx(ch: str) -> bool:
    """Chinese context: Han, radical, kana, or CJK punctuation (not quotes, not spaces)."""
    return ch in _CTX_SET or (ch > "\uffff" and _astral_han(ch))


def is_hanlike(ch: str) -> bool:
    """Han ideograph, radical, kana or bopomofo (no punctuation)."""
    return ch in _HANLIKE_SET or (ch > "\uffff" and _astral_han(ch))


def is_alnum(ch: str) -> bool:
    """ASCII or full-width letter or digit, or underscore."""
    return ch in _ALNUM_SET


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
