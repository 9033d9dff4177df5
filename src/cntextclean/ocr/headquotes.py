"""The corner quotes ``『』`` of a headline, as OCR misreads them.

Chinese newspapers quote inside a headline with corner brackets (``『丹参滴丸』在美国进入临床
试验``); set large and bold, tesseract reads the opening one as ``[``, ``【`` or ``“`` and the
closing one as ``4``, ``J4`` or ``！`` (dev tess150/tess300: ``[丹参滴丸4在美国…``,
``实施【六个一百J4工程``, ``购物中心像『围城！``). Only a pair is repaired: an opening reading
with no partner of its own (no ``]``/``】``/``”`` closes it), one to twelve Han characters,
then a closing reading (``4``/``J4``; ``！`` only after a ``『`` read right, as a ``“加油！``
that lost its ``”`` is no pair), with Han text or the line's end after it. A ``4`` that is a number
(``4比1``: a digit next to it, or no opening reading before it) is left alone. A function the
page analysis calls on OCR headlines, not a registered cleaner (it needs the role).

>>> fix_corner_quotes("[丹参滴丸4在美国进入临床试验")
'『丹参滴丸』在美国进入临床试验'
>>> fix_corner_quotes("中国女排4比1胜日本")
'中国女排4比1胜日本'
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN

__all__ = ["fix_corner_quotes"]

_PAIR = re.compile(
    rf"(?:(?<=[{HAN}])|^)(?:[\[【“『]([{HAN}]{{1,12}})J?4|『([{HAN}]{{1,12}})！)(?=[{HAN}]|$)"
)


def fix_corner_quotes(head: str) -> str:
    """``head`` (an OCR headline or subtitle) with misread ``『…』`` pairs repaired (see the
    module docstring). Total; only the two marks of a pair change."""
    if not isinstance(head, str) or not head:
        return head
    return _PAIR.sub(lambda m: f"『{m.group(1) or m.group(2)}』", head)
