"""Character classes shared by every cleaner.

One place answers "is this a Chinese character?", "is this whitespace?" and names the
classes of characters a cleaner may declare it deletes (see :mod:`cntextclean.pipeline`).
All predicates are total: any one-character string in, ``bool`` out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Ranges of Han ideographs (unified, extensions, compatibility) and the radical blocks that
# PDF extractors emit in their place.
_HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # URO
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2EBEF),  # Extensions C-F, I
    (0x2F800, 0x2FA1F),  # compatibility supplement
    (0x30000, 0x323AF),  # Extensions G-H
)
_RADICAL_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2EFF),  # CJK radicals supplement
    (0x2F00, 0x2FDF),  # Kangxi radicals
)

#: Characters that end a Chinese sentence (a paragraph may end after them).
SENTENCE_END = frozenset("。！？…!?；」』”’）)】》")
#: The marks of Chinese running text, as a regex class body (``-`` free): CJK_PUNCT without
#: 〔〕 and ～.
TEXT_PUNCT_CLASS = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·"
#: Full-width Chinese punctuation marks (GB/T 15834) that stay full-width in Chinese context.
CJK_PUNCT = frozenset(TEXT_PUNCT_CLASS + "〔〕～")


def is_han(ch: str) -> bool:
    """True for a Han ideograph (any CJK unified or compatibility block)."""
    cp = ord(ch[0]) if ch else -1
    for lo, hi in _HAN_RANGES:
        if lo <= cp <= hi:
            return True
    return ch == "〇"


def han_count(text: str) -> int:
    """How many Han ideographs ``text`` holds (:func:`is_han`).

    >>> han_count("１６００名科学家 say")
    4
    """
    return sum(1 for ch in text if is_han(ch))


_SPACE_RE = re.compile(r"\s+")


def drop_space(text: str) -> str:
    """``text`` without its whitespace (extraction and OCR set spaces and line breaks inside
    words; tests of a line's characters look past them).

    >>> drop_space("新华社 北京\\n１月５日电")
    '新华社北京１月５日电'
    """
    return _SPACE_RE.sub("", text)


def is_radical(ch: str) -> bool:
    """True for a Kangxi radical or CJK radicals-supplement code point (PDF extraction debris)."""
    cp = ord(ch[0]) if ch else -1
    return any(lo <= cp <= hi for lo, hi in _RADICAL_RANGES)


def is_cjk(ch: str) -> bool:
    """True for Han, radicals, kana, bopomofo, and CJK/full-width punctuation."""
    if not ch:
        return False
    if is_han(ch) or is_radical(ch):
        return True
    cp = ord(ch[0])
    return (
        0x3000 <= cp <= 0x303F  # CJK symbols and punctuation
        or 0x3040 <= cp <= 0x30FF  # kana
        or 0x3100 <= cp <= 0x312F  # bopomofo
        or 0xFF00 <= cp <= 0xFF0F  # full-width punctuation block start
        or 0xFF1A <= cp <= 0xFF20
        or 0xFF3B <= cp <= 0xFF40
        or 0xFF5B <= cp <= 0xFF65
        or ch in CJK_PUNCT
    )


def is_space(ch: str) -> bool:
    """True for any Unicode whitespace, including the ideographic space U+3000."""
    return ch.isspace() or ch in "\u200b\ufeff"


def is_control(ch: str) -> bool:
    """True for C0/C1 controls (other than whitespace), lone surrogates and unassigned code points."""
    if not ch or ch.isspace():
        return False
    return unicodedata.category(ch[0]) in ("Cc", "Cs", "Cn", "Co")


def is_format(ch: str) -> bool:
    """True for invisible format characters: zero-width spaces and joiners, BOM, bidi marks."""
    return bool(ch) and unicodedata.category(ch[0]) == "Cf"


def is_punct(ch: str) -> bool:
    """True for punctuation and symbols, ASCII or not."""
    return bool(ch) and unicodedata.category(ch[0])[0] in ("P", "S")


def is_latin_or_digit(ch: str) -> bool:
    """True for ASCII letters and digits and their full-width forms."""
    if not ch:
        return False
    c = ch[0]
    if "0" <= c <= "9" or "a" <= c <= "z" or "A" <= c <= "Z":
        return True
    cp = ord(c)
    return 0xFF10 <= cp <= 0xFF19 or 0xFF21 <= cp <= 0xFF3A or 0xFF41 <= cp <= 0xFF5A


def _any(ch: str) -> bool:
    return True


#: The classes a cleaner may declare in ``removes=``. Each maps to the predicate that the
#: declared-deletion audit (tests/test_properties.py) applies to every character whose count
#: a cleaner lowered.
REMOVABLE: dict[str, Callable[[str], bool]] = {
    "whitespace": is_space,
    "control": is_control,
    "format": is_format,
    "punctuation": is_punct,
    "latin": is_latin_or_digit,
    "radical": is_radical,
    # replacements of characters by other characters of the same kind
    "han": is_han,
    "cjk": is_cjk,
    # cleaners that may remove any character, in spans they name (mojibake, furniture lines)
    "any": _any,
}


def removable(classes: tuple[str, ...]) -> Callable[[str], bool]:
    """The predicate "this character may be removed" for a tuple of declared class names."""
    preds = [REMOVABLE[c] for c in classes]
    return lambda ch: any(p(ch) for p in preds)


# --- Regex class bodies and BMP sets for the fast paths ---------------------------------------
# Each class exists as a string to splice into a regex ``[...]`` and, where a cleaner tests
# single characters, as a predicate backed by a frozenset of its BMP members (a set lookup,
# no range scan per character). ``""`` (no character: a line's start or end) is in no class.

Ranges = tuple[tuple[int, int], ...]

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
#: what is_han or is_radical accepts
_HAN_OR_RADICAL_RANGES: Ranges = (*_HAN_RANGES, (0x3007, 0x3007), *_RADICAL_RANGES)


def _class(ranges: Ranges) -> str:
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


def _set(ranges: Ranges) -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


#: Han ideographs (every block, 〇) and the radical blocks: ``is_han or is_radical`` as a class body
HAN_CLASS = _class(_HAN_OR_RADICAL_RANGES)
_HAN_BMP_RANGES: Ranges = tuple(r for r in _HAN_RANGES if r[1] <= 0xFFFF)
#: Han ideographs of the Basic Multilingual Plane only (Extension A, URO, compatibility; no 〇)
HAN_BMP_CLASS = _class(_HAN_BMP_RANGES)
#: the radical blocks (Kangxi radicals, CJK radicals supplement): ``is_radical`` as a class body
RADICAL_CLASS = _class(_RADICAL_RANGES)
#: kana and bopomofo
KANA_CLASS = _class(_KANA_RANGES)
#: CJK punctuation: CJK symbols block (not U+3000), full-width/vertical/small forms, and the
#: marks GB/T 15834 writes with general-punctuation code points (— … ·); not ＂＇
CJK_PUNCT_CLASS = _class(_CJK_PUNCT_RANGES)
#: the same without the full-width parentheses （）
CJK_PUNCT_NO_PARENS_CLASS = _class(tuple(r for r in _CJK_PUNCT_RANGES if r != (0xFF08, 0xFF09)))
#: quote characters, straight and curly, ASCII and full-width (also a class body)
QUOTES = "\"'\u201c\u201d\u2018\u2019\uff02\uff07"
#: wide and fixed-width spaces (ideographic, NBSP, U+2000-U+200A, U+202F, U+205F), class body
WIDE_SPACE_CLASS = "\u3000\u00a0\u2000-\u200a\u202f\u205f"
#: horizontal whitespace (not line or page breaks), class body
HSPACE_CLASS = " \t" + WIDE_SPACE_CLASS
#: the characters of HSPACE_CLASS
HSPACE_CHARS = frozenset(" \t\u3000\u00a0\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B))))
#: ASCII and full-width letters and digits, and the underscore
ALNUM_CLASS = _class(_ALNUM_RANGES)

_QUOTE_SET = frozenset(QUOTES)
_HANLIKE_SET = _set(tuple(r for r in _HAN_OR_RADICAL_RANGES + _KANA_RANGES if r[1] <= 0xFFFF))
_CTX_SET = (_HANLIKE_SET | _set(_CJK_PUNCT_RANGES)) - _QUOTE_SET
_ALNUM_SET = _set(_ALNUM_RANGES)
_HAN_BMP_SET = _set(_HAN_BMP_RANGES)


def is_hanlike(ch: str) -> bool:
    """Han ideograph, radical, kana or bopomofo (no punctuation); one character or ``""``."""
    return ch in _HANLIKE_SET or (ch > "\uffff" and len(ch) == 1 and is_han(ch))


def is_chinese_context(ch: str) -> bool:
    """Han, radical, kana, or CJK punctuation (not quotes, not spaces); one character or ``""``."""
    return ch in _CTX_SET or (ch > "\uffff" and len(ch) == 1 and is_han(ch))


def is_alnum(ch: str) -> bool:
    """ASCII or full-width letter or digit, or underscore."""
    return ch in _ALNUM_SET


def is_han_bmp(ch: str) -> bool:
    """True for a Han ideograph of :data:`HAN_BMP_CLASS` (the first character of ``ch``)."""
    return bool(ch) and ch[0] in _HAN_BMP_SET
