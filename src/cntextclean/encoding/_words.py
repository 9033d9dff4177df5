"""A Chinese word list with frequencies, for the lost-byte inference of :mod:`.lossy`.

``data/plausibility/words.txt.gz`` (built by ``tools/build_wordlist.py`` from the Chinese word
frequencies of ``wordfreq``, CC BY-SA 4.0, like the character model) holds about 90,000 words of
1 to 4 Han characters with their log-probability as a word. Words are looked up after the
character model's fold (Traditional to Simplified), so Traditional text finds them too.

>>> logp("复议") > logp("复") + logp("被")      # 如经复议后 / 如经复被后
True
>>> logp("被长") is None and is_prefix("议") and not is_prefix("议长会")
True
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
from importlib import resources

from .. import plausibility

__all__ = ["MAX_LEN", "is_prefix", "logp"]

#: Longest word in the list (characters).
MAX_LEN = 4

_LOCK = threading.Lock()


@functools.cache
def _table() -> tuple[dict[str, float], frozenset[str]]:
    with _LOCK:
        ref = resources.files("cntextclean").joinpath("data/plausibility/words.txt.gz")
        lines = gzip.decompress(ref.read_bytes()).decode("utf-8").split("\n")
        head = json.loads(lines[0])
        if head.get("format") != "cntextclean-words-1":
            raise RuntimeError(f"unknown word list format {head.get('format')!r}")
        scale = float(head["scale"])
        words: dict[str, float] = {}
        for line in lines[1:]:
            if not line:
                continue
            q, _, ws = line.partition("\t")
            v = -int(q) / scale
            for w in ws.split(" "):
                words.setdefault(w, v)
        prefixes = frozenset(w[:k] for w in words for k in range(1, len(w)))
        return words, prefixes


@functools.lru_cache(maxsize=1 << 16)
def logp(word: str) -> float | None:
    """Log-probability (nats) of ``word`` as a word, or None when it is not in the list."""
    return _table()[0].get(plausibility.fold(word))


@functools.lru_cache(maxsize=1 << 16)
def is_prefix(text: str) -> bool:
    """Is ``text`` the beginning of a longer word of the list?"""
    return plausibility.fold(text) in _table()[1]
