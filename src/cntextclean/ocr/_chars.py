"""Character-class fragments shared by the OCR cleaners (regex class bodies, sets).

Kept in one place so that every OCR rule agrees on what "Chinese context" means.
"""

from __future__ import annotations

#: Han ideographs (Extension A, URO, compatibility) as a regex class body.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Full-width Chinese punctuation that a Chinese sentence uses (class body, ``-`` free).
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·"
#: Punctuation after which no space belongs in Chinese text.
NO_SPACE_AFTER = "，。、；：？！（《「『【“）》」』】”"
#: Punctuation before which no space belongs in Chinese text.
NO_SPACE_BEFORE = "，。、；：？！）》」』】”"
#: Horizontal whitespace that OCR inserts (never a line break).
HSPACE = " \t\u3000"
#: A line that holds Han characters: the OCR rules only act on such lines.
HAN_LINE = f"[{HAN}]"


def is_han(ch: str) -> bool:
    """True for a Han ideograph of the ranges in :data:`HAN`."""
    if not ch:
        return False
    c = ord(ch[0])
    return 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF
