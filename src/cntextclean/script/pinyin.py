"""Strip ``(pinyin)`` reading annotations that some sites insert after Han characters.

>>> strip_pinyin("高質(zhì)量發(fā)展")
'高質量發展'
>>> strip_pinyin("國內生產總值（GDP）增長(2023)，App（一）")
'國內生產總值（GDP）增長(2023)，App（一）'

An annotation is removed only when it directly follows a Han character, is one lowercase
syllable (tone marks, a tone number 1-5 or no tone; ``ü`` also as ``v`` or ``u:``) in ASCII or
full-width parentheses, and that syllable is a reading of the character before it (the
toneless view of :func:`~cntextclean.script.readings.pinyin_readings`, pypinyin's data). So ``設(she)`` loses its annotation but ``我們(she)``,
``（GDP）``, ``(App)``, ``（一）`` and ``(2023)`` stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..pipeline import cleaner
from .readings import pinyin_readings

__all__ = ["is_reading", "strip_pinyin"]

# lowercase pinyin letters, precomposed tone-marked vowels, ü/ê and combining tone marks
_SYL = "[a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300\u0301\u0304\u030c\u0308]{1,7}(?::)?[1-5]?"
_ONE = "[(（][ \t]?" + _SYL + "[ \t]?[)）]"
# a Han character followed by one or more annotations (all are checked, in order)
_RUN_RE = re.compile(
    "([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f])((?:" + _ONE + ")+)"
)
_ONE_RE = re.compile(_ONE)


@lru_cache(maxsize=1)
def _readings() -> dict[str, frozenset[str]]:
    """Toneless syllable (ü as v) -> the characters that have it as a reading."""
    out: dict[str, set[str]] = {}
    for reading, chars in pinyin_readings().items():
        t, _ = _toneless(reading)
        if t.isascii() and t.isalpha():
            out.setdefault(t, set()).update(chars)
    return {t: frozenset(chars) for t, chars in out.items()}


def _toneless(syllable: str) -> tuple[str, bool]:
    """(toneless spelling with ü as v, whether a tone was written)."""
    s = unicodedata.normalize("NFD", syllable.strip(" \t()（）"))
    toned = False
    if s and s[-1] in "12345":
        toned = s[-1] != "5"
        s = s[:-1]
    out = []
    for c in s:
        if c == "\u0308":  # diaeresis: u + ¨ = ü
            if out and out[-1] == "u":
                out[-1] = "v"
            continue
        if unicodedata.combining(c):
            toned = True
            continue
        out.append(c)
    return "".join(out).replace("u:", "v").replace(":", ""), toned


def is_reading(char: str, syllable: str) -> bool:
    """Is ``syllable`` (any tone notation) a reading of the Han character ``char``?

    >>> is_reading("質", "zhì"), is_reading("質", "zhi4"), is_reading("們", "she")
    (True, True, False)
    """
    t, _ = _toneless(syllable)
    if not t or not t.isascii() or not t.isalpha():
        return False
    table = _readings()
    cands = [t]
    if t in ("lue", "nue", "lu", "nu"):
        cands.append(t.replace("u", "v"))
    return any(char in table.get(c, ()) for c in cands)


def _strip_run(m: re.Match[str]) -> str:
    han, run = m.group(1), m.group(2)
    pos = 0
    for one in _ONE_RE.finditer(run):
        if not is_reading(han, one.group(0)):
            break
        pos = one.end()
    return han + run[pos:]


@cleaner(
    name="strip_pinyin",
    family="script",
    summary="Remove (pinyin) reading annotations after Han characters.",
    example=("高質(zhì)量發(fā)展", "高質量發展"),
    # whole annotation spans it identifies: parentheses, ASCII and tone-marked letters,
    # combining tone marks, digits, spaces ("latin" covers ASCII letters only)
    removes=("any",),
)
def strip_pinyin(text: str) -> str:
    """Remove ``(zhì)``-style annotations that are a reading of the Han character before them.

    >>> strip_pinyin("推動高質(zhì)量發(fā)展（GDP）")
    '推動高質量發展（GDP）'
    """
    if "(" not in text and "（" not in text:
        return text
    return _RUN_RE.sub(_strip_run, text)
