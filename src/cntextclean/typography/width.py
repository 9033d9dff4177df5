"""Character width: full-width ASCII forms and wide spaces become their half-width forms.

GB/T 15834 writes Chinese punctuation full-width, everything else (letters, digits, ``%`` ``+``
``-`` ``/`` ``=`` ``~`` ``.``) half-width: ``１２ＡＢ％`` becomes ``12AB%``. The seven marks that
are Chinese punctuation in their full-width form stay as they are: ``！（），：；？``; straight
full-width quotes ``＂＇`` become ASCII quotes (``pair_quotes`` turns them into ``“”‘’``), and the
half-width katakana-block punctuation ``｡｢｣､`` becomes ``。「」、``.

Spaces: the ideographic space U+3000 and the other wide or fixed spaces (NBSP, U+2000-U+200A,
U+202F, U+205F) become one ASCII space inside a line. At the start of a line they are kept as
they are: a run of them there is a paragraph indent, which the layout step reads.
"""

from __future__ import annotations

import re

from ..charclass import WIDE_SPACE_CLASS as _WIDE_SPACES
from ..pipeline import cleaner

#: full-width forms that are Chinese punctuation and stay full-width
KEEP_FULLWIDTH = "！（），：；？"



def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII forms
        if chr(cp) not in KEEP_FULLWIDTH:
            table[cp] = chr(cp - 0xFEE0)
    table.update({0xFF5F: "⦅", 0xFF60: "⦆"})  # full-width white parentheses
    table.update({ord("｡"): "。", ord("｢"): "「", ord("｣"): "」", ord("､"): "、"})
    # full-width signs: ￠￡￢￣￤￥￦
    for src, dst in zip("￠￡￢￣￤￥￦", "¢£¬¯¦¥₩", strict=True):
        table[ord(src)] = dst
    return table


_TABLE = _build_table()
_FULLWIDTH = re.compile(f"[{''.join(re.escape(chr(c)) for c in _TABLE)}]")
#: a line's leading run of spaces (kept), or one wide space inside the line
_SPACE = re.compile(f"(?m)^[ \\t{_WIDE_SPACES}]+|[{_WIDE_SPACES}]")
_HAS_WIDE_SPACE = re.compile(f"[{_WIDE_SPACES}]")


def _space(m: re.Match[str]) -> str:
    s = m.group()
    if len(s) > 1 or m.start() == 0 or m.string[m.start() - 1] == "\n":
        return s  # leading indentation
    return " "


@cleaner(
    name="normalize_width",
    family="typography",
    summary="Full-width letters, digits, symbols and wide spaces to half-width; keep Chinese punctuation.",
    example=("增长１２．５％，ＧＤＰ　总量", "增长12.5%，GDP 总量"),
    removes=("latin", "punctuation", "whitespace"),
)
def normalize_width(text: str) -> str:
    """Full-width forms to half-width, Chinese punctuation kept; wide spaces inside a line to " ".

    >>> normalize_width("增长１２．５％，ＧＤＰ　总量")
    '增长12.5%，GDP 总量'
    >>> normalize_width("\\u3000\\u3000第一段（１）")
    '\\u3000\\u3000第一段（1）'
    """
    if _FULLWIDTH.search(text):
        text = text.translate(_TABLE)
    if _HAS_WIDE_SPACE.search(text):
        text = _SPACE.sub(_space, text)
    return text
