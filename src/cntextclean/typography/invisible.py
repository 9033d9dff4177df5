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

#: line separators other than "\n" (str.splitlines() breaks there): each becomes "\n"
_BREAKS = "\r\x0b\x1c\x1d\x1e\x85\u2028\u2029"
#: removed: C0 controls but \t \n \f and the breaks; DEL; C1 controls; lone surrogates;
#: invisible format characters (Cf) - not the visible Arabic/Syriac/Kaithi number signs, and
#: not U+200D ZWJ, which _STRAY_ZWJ handles
_DELETE = (
    "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"
    "\ud800-\udfff"
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c"  # zero-width space, non-joiner
    "\u200e\u200f"  # LRM, RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u206f"  # bidi isolates, deprecated format characters
    "\ufeff"  # BOM / zero-width no-break space
    "\ufff9-\ufffb"  # interlinear annotation
    "\U0001bca0-\U0001bca3"  # shorthand format controls
    "\U0001d173-\U0001d17a"  # musical format controls
    "\U000e0001\U000e0020-\U000e007f"  # language tag, tag characters
)
_DELETE_RE = re.compile(f"[{_DELETE}]+")
_BREAK_TABLE = str.maketrans(dict.fromkeys(_BREAKS, "\n"))
_BREAK_RE = re.compile(f"[{_BREAKS}]")
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
    text = _DELETE_RE.sub("", text)
    if _BREAK_RE.search(text):
        text = text.translate(_BREAK_TABLE)
    if "\u200d" in text:
        text = _STRAY_ZWJ.sub("", text)
    return text
