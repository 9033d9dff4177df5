"""The conversion cleaners of the ``CONVERT`` stage (``clean(text, to=...)``).

>>> from cntextclean.pipeline import get_cleaner
>>> get_cleaner("to_simplified")("後來他們發現了乾隆的頭髮")
'后来他们发现了乾隆的头发'

Each runs OpenCC-exact :func:`~cntextclean.script.opencc.convert` with the config of its
``to=`` value, with two differences a cleaner needs:

* a NUL never ends the text (OpenCC's segmenting configs drop the rest of a segment after a
  NUL): the text is converted piece by piece between NULs, which are kept;
* the result is a fixed point: OpenCC is not idempotent in rare cases (``溫昇豪`` -> ``温昇豪``
  -> ``温升豪``: a phrase keeps a character the character table would convert), so the
  conversion is repeated (at most 3 more times) until it no longer changes the text.
"""

from __future__ import annotations

from collections.abc import Callable

from ..pipeline import cleaner
from .opencc import get_converter

__all__ = ["to_hk", "to_simplified", "to_traditional", "to_tw"]

_MAX_EXTRA_PASSES = 3


def _convert_clean(text: str, config: str) -> str:
    conv = get_converter(config).convert
    if "\0" in text:
        return "\0".join(_convert_clean(p, config) for p in text.split("\0"))
    out = conv(text)
    for _ in range(_MAX_EXTRA_PASSES):
        if out == text:
            break
        text, out = out, conv(out)
    return out


def _convert_cleaner(
    name: str, config: str, summary: str, example: tuple[str, str], doc: str
) -> Callable[[str], str]:
    """Register and return the cleaner ``name``: :func:`_convert_clean` with ``config``."""

    def convert_to(text: str) -> str:
        return _convert_clean(text, config)

    convert_to.__name__ = convert_to.__qualname__ = name
    convert_to.__doc__ = doc
    return cleaner(
        name=name, family="script", summary=summary, example=example, removes=("han", "cjk")
    )(convert_to)


to_simplified = _convert_cleaner(
    "to_simplified",
    "t2s",
    "Convert to Simplified Chinese (OpenCC t2s).",
    ("後來他們發現了乾隆的頭髮", "后来他们发现了乾隆的头发"),
    """OpenCC ``t2s``: ``"漢字轉換"`` -> ``"汉字转换"``.""",
)
to_traditional = _convert_cleaner(
    "to_traditional",
    "s2t",
    "Convert to Traditional Chinese, OpenCC standard (OpenCC s2t).",
    ("干炒牛河", "乾炒牛河"),
    """OpenCC ``s2t``: ``"汉字转换"`` -> ``"漢字轉換"``.""",
)
to_tw = _convert_cleaner(
    "to_tw",
    "s2tw",
    "Convert to Traditional Chinese, Taiwan standard (OpenCC s2tw).",
    ("鼠标里面的硅二极管坏了", "鼠標裡面的硅二極管壞了"),
    """OpenCC ``s2tw``: ``"里面"`` -> ``"裡面"``.""",
)
to_hk = _convert_cleaner(
    "to_hk",
    "s2hk",
    "Convert to Traditional Chinese, Hong Kong standard (OpenCC s2hk).",
    ("汉字转换", "漢字轉換"),
    """OpenCC ``s2hk``: ``"汉字"`` -> ``"漢字"``.""",
)
