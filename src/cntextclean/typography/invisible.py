"""Invisible characters: controls, zero-width and format characters, BOMs, lone surrogates.

Extractors, web pages and byte-level damage leave characters that print as nothing but break
matching, counting and segmentation. ``strip_invisible`` removes them and normalises every line
break to ``\\n`` (so the later steps see one kind of line). Kept: ``\\n``, ``\\t`` and the form
feed ``\\f`` (page separator of ``pdftotext``), U+FFFD (damage that :func:`find_damage` reports),
private-use characters (PDF fonts map real glyphs there), and a zero-width joiner between two
pictographs (it builds one emoji out of several).
"""

from __future__ import annotations

import re

from ..pipeline import cleaner


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # C0 controls except \t \n \f; DEL; C1 controls
    for cp in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(cp) not in "\t\n\f":
            table[cp] = None
    # every other code point that str.splitlines() treats as a line break becomes "\n"
    for ch in "\r\x0b\x1c\x1d\x1e\x85\u2028\u2029":
        table[ord(ch)] = "\n"
    # lone surrogates
    for cp in range(0xD800, 0xE000):
        table[cp] = None
    # invisible format characters (Cf), but not the visible Arabic/Syriac/Kaithi number signs
    for lo, hi in (
        (0x00AD, 0x00AD),  # soft hyphen
        (0x061C, 0x061C),  # Arabic letter mark
        (0x180E, 0x180E),  # Mongolian vowel separator
        (0x200B, 0x200C),  # zero-width space, non-joiner (U+200D ZWJ: see below)
        (0x200E, 0x200F),  # LRM, RLM
        (0x202A, 0x202E),  # bidi embeddings and overrides
        (0x2060, 0x2064),  # word joiner, invisible operators
        (0x2066, 0x206F),  # bidi isolates, deprecated format characters
        (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
        (0xFFF9, 0xFFFB),  # interlinear annotation
        (0x1BCA0, 0x1BCA3),  # shorthand format controls
        (0x1D173, 0x1D17A),  # musical format controls
        (0xE0001, 0xE0001),  # language tag
        (0xE0020, 0xE007F),  # tag characters
    ):
        for cp in range(lo, hi + 1):
            table[cp] = None
    return table


_TABLE = _build_table()
_PICTO = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u21ff\u2300-\u23ff\u24c2\u25a0-\u27bf"
    "\u2934\u2935\u2b00-\u2bff\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001faff"
)
#: a ZWJ not between two pictographs (emoji sequences keep theirs)
_STRAY_ZWJ = re.compile(f"(?<![{_PICTO}])\u200d|\u200d(?![{_PICTO}])")


@cleaner(
    name="strip_invisible",
    family="typography",
    summary="Remove control, zero-width and format characters and lone surrogates; one kind of line break.",
    example=("民营\u200b企业\ufeff家\x00", "民营企业家"),
    removes=("control", "format", "whitespace"),
)
def strip_invisible(text: str) -> str:
    """Remove invisible characters; ``\\r\\n``, ``\\r`` and other line separators become ``\\n``.

    >>> strip_invisible("民营\\u200b企业\\ufeff家\\x00")
    '民营企业家'
    >>> strip_invisible("第一行\\r\\n第二行\\r第三行\\f第4页")
    '第一行\\n第二行\\n第三行\\x0c第4页'
    """
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    text = text.translate(_TABLE)
    if "\u200d" in text:
        text = _STRAY_ZWJ.sub("", text)
    return text
