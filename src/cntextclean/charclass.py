"""Character classes shared by every cleaner.

One place answers "is this a Chinese character?", "is this whitespace?" and names the
classes of characters a cleaner may declare it deletes (see :mod:`cntextclean.pipeline`).
All predicates are total: any one-character string in, ``bool`` out.
"""

from __future__ import annotations

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
#: Full-width Chinese punctuation marks (GB/T 15834) that stay full-width in Chinese context.
CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—·～")


def is_han(ch: str) -> bool:
    """True for a Han ideograph (any CJK unified or compatibility block)."""
    cp = ord(ch[0]) if ch else -1
    for lo, hi in _HAN_RANGES:
        if lo <= cp <= hi:
            return True
    return ch == "〇"


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
