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


@cleaner(
    name="to_simplified",
    family="script",
    summary="Convert to Simplified Chinese (OpenCC t2s).",
    example=("後來他們發現了乾隆的頭髮", "后来他们发现了乾隆的头发"),
    removes=("han", "cjk"),
)
def to_simplified(text: str) -> str:
    """OpenCC ``t2s``: ``"漢字轉換"`` -> ``"汉字转换"``."""
    return _convert_clean(text, "t2s")


@cleaner(
    name="to_traditional",
    family="script",
    summary="Convert to Traditional Chinese, OpenCC standard (OpenCC s2t).",
    example=("干炒牛河", "乾炒牛河"),
    removes=("han", "cjk"),
)
def to_traditional(text: str) -> str:
    """OpenCC ``s2t``: ``"汉字转换"`` -> ``"漢字轉換"``."""
    return _convert_clean(text, "s2t")


@cleaner(
    name="to_tw",
    family="script",
    summary="Convert to Traditional Chinese, Taiwan standard (OpenCC s2tw).",
    example=("鼠标里面的硅二极管坏了", "鼠標裡面的硅二極管壞了"),
    removes=("han", "cjk"),
)
def to_tw(text: str) -> str:
    """OpenCC ``s2tw``: ``"里面"`` -> ``"裡面"``."""
    return _convert_clean(text, "s2tw")


@cleaner(
    name="to_hk",
    family="script",
    summary="Convert to Traditional Chinese, Hong Kong standard (OpenCC s2hk).",
    example=("汉字转换", "漢字轉換"),
    removes=("han", "cjk"),
)
def to_hk(text: str) -> str:
    """OpenCC ``s2hk``: ``"汉字"`` -> ``"漢字"``."""
    return _convert_clean(text, "s2hk")
