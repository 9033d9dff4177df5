"""Word evidence across a seam: does a word of the word list span the join of two blocks?

The character model's :func:`~cntextclean.plausibility.join_score` sees only the two characters
that meet at a seam. This module looks at a few characters on each side: the last ``k`` Han
characters of the left block (its *tail*) and the first ``k`` of the right block (its *head*) are
segmented into words with the word unigram model of :mod:`cntextclean.encoding._words` (best
segmentation, Viterbi; a character no word covers costs its character-model log-probability plus
:data:`UNKNOWN_PENALTY`). :func:`word_join_score` is

    best(tail + head) - best(tail) - best(head)

in nats: how much better the two read as one text than as two with a word boundary forced at the
seam. It is never negative (the forced segmentation is one of the joined text's segmentations)
and it is 0.0 when no word spans the seam or when either side of the seam is not Han (the text
ends with punctuation, a digit...). A word cut by the seam (``高质量发`` + ``展理念``) gives a
large value; two texts that merely sit side by side give 0.0.

Part of the link score of :mod:`~cntextclean.page.continuation`: on OCR pages (weight 0.3) and,
since session 8, on PDF pages (:func:`~cntextclean.page.continuation.pdf_word_evidence`, weight
0.5, none where both characters at the seam are common one-character words); ``tools/join_ranking.py``
and ``tools/link_accuracy.py`` measure it.

Pure and total: any strings in, a float out; tails, heads and scores are cached, since the
page family scores every candidate pair.

>>> word_join_score("推动高质量发", "展理念") > 5.0 > word_join_score("推动高质量发", "月十日") == 0.0
True
>>> word_join_score("他说。", "展开") == word_join_score("", "展开") == 0.0
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import plausibility
from ..charclass import HAN_BMP_CLASS, drop_space, is_han_bmp
from ..encoding import _words

__all__ = ["UNKNOWN_PENALTY", "K", "head", "reads_as_words", "segment_logp", "tail", "word_join_score"]

#: characters taken on each side of the seam (words are at most 4 long: 4 covers every word
#: that spans the seam; more context lets the segmentation of the rest settle)
K = 5
#: extra cost (nats) of a character that no word of the list covers (a single character that
#: is a word of its own has a word log-probability; one that is not is an unlikely segment)
UNKNOWN_PENALTY = 4.0

_HAN_RUN = re.compile(f"[{HAN_BMP_CLASS}]+")


@lru_cache(maxsize=8192)
def tail(text: str, k: int = K) -> str:
    """The last ``k`` characters of ``text`` (whitespace removed) up to the first non-Han one
    from the end: ``""`` when the text ends with punctuation.

    >>> tail("国家统计局 今天发\\n布了"), tail("他说。")
    ('今天发布了', '')
    """
    t = drop_space(text[-4 * k - 8 :])
    out = []
    for ch in reversed(t):
        if len(out) >= k or not is_han_bmp(ch):
            break
        out.append(ch)
    return "".join(reversed(out))


@lru_cache(maxsize=8192)
def head(text: str, k: int = K) -> str:
    """The first ``k`` characters of ``text`` (whitespace removed) up to the first non-Han one.

    >>> head("展理念，推动"), head("“展")
    ('展理念', '')
    """
    t = drop_space(text[: 4 * k + 8])
    out = []
    for ch in t:
        if len(out) >= k or not is_han_bmp(ch):
            break
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1 << 15)
def segment_logp(text: str) -> float:
    """Log-probability (nats) of the best segmentation of Han ``text`` into words of the list.

    >>> segment_logp("") == 0.0 and segment_logp("发展") > segment_logp("发") + segment_logp("展")
    True
    """
    n = len(text)
    best = [0.0] + [-1e18] * n
    for i in range(n):
        b = best[i]
        # a character on its own: its word log-probability, else the character model's
        one = _words.logp(text[i])
        one = one if one is not None else plausibility.char_logp(text[i]) - UNKNOWN_PENALTY
        if b + one > best[i + 1]:
            best[i + 1] = b + one
        for j in range(i + 2, min(n, i + _words.MAX_LEN) + 1):
            lp = _words.logp(text[i:j])
            if lp is not None and b + lp > best[j]:
                best[j] = b + lp
    return best[n]


@lru_cache(maxsize=1 << 15)
def _pair_score(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return max(segment_logp(a + b) - segment_logp(a) - segment_logp(b), 0.0)


def word_join_score(left: str, right: str, k: int = K) -> float:
    """Nats by which a word spanning the seam makes ``left + right`` read better than the two
    apart (see the module docstring); 0.0 when no word spans it or a side is not Han."""
    return _pair_score(tail(left, k), head(right, k))


@lru_cache(maxsize=4096)
def reads_as_words(text: str) -> bool:
    """Does every run of Han characters in ``text`` split into words of two characters or more
    of the word list (a section label such as ``社会`` or ``读者来信``, not the cut-off end of a
    paragraph such as ``动破解问``)? False for text without Han.

    >>> reads_as_words("社会"), reads_as_words("读者来信"), reads_as_words("动破解问")
    (True, True, False)
    """
    runs = _HAN_RUN.findall(text)
    if not runs:
        return False
    for run in runs:
        n = len(run)
        ok = [True] + [False] * n
        for j in range(2, n + 1):
            ok[j] = any(ok[i] and _words.logp(run[i:j]) is not None for i in range(max(0, j - _words.MAX_LEN), j - 1))
        if not ok[n]:
            return False
    return True
