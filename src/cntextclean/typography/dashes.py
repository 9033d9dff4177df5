"""Dashes: the Chinese dash ``——`` (破折号) written with other characters.

* Everywhere: the horizontal bar ``―`` (U+2015, which pdfminer and Big5 text use for the em
  dash) and the small em dash ``﹘`` become ``—``; the two- and three-em dashes ``⸺`` ``⸻``
  become ``——`` and ``———``.
* In Chinese context: a run of two or more hyphens, minus signs, en dashes or box-drawing lines
  (``--``, ``－－``, ``──``, ``–––``) becomes ``——``. Chinese context = the nearest character on
  either side (skipping spaces, quotes and punctuation such as ``,`` ``(``) is Chinese, and not
  both are Latin letters or digits.

Runs made only of ``—`` are left as printed: ``—`` is the GB/T 15834 connecting dash
(``监测—核查—处置``, ``1961—1992``), ``——`` the dash, and ``———`` occurs in print too. A run
that mixes ``—`` with other dash characters is left alone as well. ``一`` read for a dash by OCR
is the OCR family's business.
"""

from __future__ import annotations

import re

from ..charclass import is_alnum
from ..charclass import is_chinese_context as is_ctx
from ..pipeline import cleaner
from ._neighbours import SKIP, left_char, right_char

_TABLE = str.maketrans({"―": "—", "﹘": "—", "⸺": "——", "⸻": "———"})
#: dash characters other than the em dash
_OTHER = "\\-\u2010\u2011\u2012\u2013\u2212\u2500\u2501\uff0d\ufe63"
_RUN = re.compile(f"(?<![{_OTHER}—])[{_OTHER}]{{2,}}(?![{_OTHER}—])")
_SPECIAL = re.compile("[―﹘⸺⸻]")
_PAIR = re.compile(f"[{_OTHER}][{_OTHER}]")
_SKIP = SKIP | frozenset(",:;?!.()，：；？！．（）…")


def _run(m: re.Match[str]) -> str:
    text = m.string
    before = left_char(text, m.start(), _SKIP)
    after = right_char(text, m.end(), _SKIP)
    if is_alnum(before) and is_alnum(after):
        return m.group()
    if is_ctx(before) or is_ctx(after):
        return "——"
    return m.group()


@cleaner(
    name="normalize_dashes",
    family="typography",
    summary="Dash runs (--, ──, －－) in Chinese context to ——; ― to —.",
    example=("攻坚克难--县(市、区)委书记", "攻坚克难——县(市、区)委书记"),
    removes=("punctuation",),
)
def normalize_dashes(text: str) -> str:
    """Dash runs in Chinese context become ``——``; runs of ``—`` stay as printed.

    >>> normalize_dashes("攻坚克难--县委书记, 俄通社―塔斯社, ──完")
    '攻坚克难——县委书记, 俄通社—塔斯社, ——完'
    >>> normalize_dashes("i-- and a--b, 监测—核查, ———加强")
    'i-- and a--b, 监测—核查, ———加强'
    """
    if _SPECIAL.search(text):
        text = text.translate(_TABLE)
    if _PAIR.search(text) is None:
        return text
    return _RUN.sub(_run, text)
