"""The middle dot ``·`` (U+00B7) between Hanzi.

Names and titles (``尼赫鲁·甘地``, ``亲清直通车·政企恳谈会``) are written with U+00B7 in Chinese;
extractions and input methods give the katakana middle dot ``・`` (U+30FB), its half-width form
``･``, the bullet ``•``, the hyphenation point ``‧``, ``∙`` or ``⋅``, and OCR reads a plain
``.`` (``拉蒙.劳达雷``). Between two Hanzi (a space on either side allowed) they become ``·``;
a bullet at the start of a line stays a bullet, and a ``.`` only counts when it touches Hanzi
on both sides.
"""

from __future__ import annotations

import re

from ..pipeline import cleaner
from ._chars import HAN

_DOTS = "\u30fb\uff65\u2022\u2027\u2219\u22c5"
_DOT = re.compile(
    f"[{_DOTS}](?:(?<=[{HAN}].)|(?<=[{HAN}] .))(?= ?[{HAN}])|\\.(?<=[{HAN}]\\.)(?=[{HAN}])"
)


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
    return _DOT.sub("·", text)
