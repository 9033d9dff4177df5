"""The middle dot ``·`` (U+00B7) between Hanzi.

Names and titles (``尼赫鲁·甘地``, ``亲清直通车·政企恳谈会``) are written with U+00B7 in Chinese;
extractions and input methods give the katakana middle dot ``・`` (U+30FB), its half-width form
``･``, the bullet ``•``, the hyphenation point ``‧``, ``∙`` or ``⋅``, and OCR reads a plain
``.`` (``拉蒙.劳达雷``). Between two Hanzi (spaces on either side allowed) they become ``·``;
a bullet at the start of a line stays a bullet. A ``.`` between Hanzi counts too (spaces
around it allowed: OCR reads ``贝·布托`` as ``贝. 布托``); Chinese never ends a sentence with an
ASCII ``.``, so ``他走了. 我来了`` (typed text) also gets ``·``, the price of the OCR case.
"""

from __future__ import annotations

import re

from ..charclass import HAN_CLASS as HAN
from ..charclass import HSPACE_CLASS as HSPACE
from ..pipeline import cleaner

_DOTS = "\u30fb\uff65\u2022\u2027\u2219\u22c5"
_DOT = re.compile(f"([{HAN}][{HSPACE}]*)[{_DOTS}](?=[{HSPACE}]*[{HAN}])")
_ANY_DOT = re.compile(f"[{_DOTS}]")
#: a full stop between Hanzi (spaces around it allowed: OCR reads 贝·布托 as "贝. 布托")
_PERIOD = re.compile(f"([{HAN}][{HSPACE}]*)\\.(?=[{HSPACE}]*[{HAN}])")


@cleaner(
    name="normalize_middle_dot",
    family="typography",
    summary="・ • ‧ and a . between Hanzi to the middle dot · (U+00B7).",
    example=("亲清直通车・政企恳谈会", "亲清直通车·政企恳谈会"),
    removes=("punctuation",),
)
def normalize_middle_dot(text: str) -> str:
    """Middle-dot look-alikes between Hanzi to ``·``.

    >>> normalize_middle_dot("亲清直通车・政企恳谈会, 拉蒙.劳达雷, • 要点")
    '亲清直通车·政企恳谈会, 拉蒙·劳达雷, • 要点'
    """
    if _ANY_DOT.search(text):
        text = _DOT.sub("\\1·", text)
    if "." in text:
        text = _PERIOD.sub("\\1·", text)
    return text
