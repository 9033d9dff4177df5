"""Look-alike character confusions: ``渥太华`` read as ``混太华``, ``未来`` as ``末来``.

Candidates come from a look-alike table (``data/ocr/lookalikes.txt``, built by
``tools/build_lookalikes.py`` from glyph similarity across typefaces and from tesseract's own
confusions on rendered synthetic text); a candidate replaces the character only where the
evidence is strong:

* ``ocr_lookalikes`` - the shared plausibility model (:mod:`cntextclean.plausibility`) finds the
  candidate far more plausible between the same neighbours (a log-probability gain of
  :data:`CONTEXT_GAIN` nats or more), or the candidate also makes a word of the word list
  where the character read makes none, and the two gains together reach :data:`WORD_GAIN`
  (``表示奈问`` -> ``表示慰问``, ``鸦省无声`` -> ``鸦雀无声``: the characters around a misread one
  are often a word's other half, which the two-character model sees only one pair of);
* ``ocr_consistency`` - the document itself writes the word the other way several times
  (a name spelt one way nine times and another way once): the rare form becomes the frequent
  one when the two differ by one look-alike character.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

from .. import plausibility as P
from ..charclass import HAN_BMP_CLASS as HAN
from ..charclass import is_han_bmp as _is_han
from ..encoding import _words
from ..pipeline import cleaner

#: log-probability gain (nats) a look-alike must bring between the same neighbours
CONTEXT_GAIN = 4.0
#: ... or, with the word evidence (the best segmentation of the characters around it into words
#: of the list, :data:`WORD_SPAN` on each side), this much together. Judged against the gold
#: (``clean --ocr`` output of the dev pages, each changed line against its gold paragraph):
#: tess150 lines better / worse 20 / 2, tess300 32 / 2 at 11.0 (18 / 1, 28 / 1 at 12.0; 6 / 0,
#: 12 / 0 at 8.0 with the word evidence weighed half); on every gold paragraph of the dev
#: pages and the seeds fed in as clean text it changes 2 characters of 120,937 (a name,
#: ``莱莉`` -> ``茉莉``, and ``爬不回站区`` -> ``爬不网站区``). ``clean --ocr`` cer (``tools/score_ocr.py``)
#: tess150 0.1404 -> 0.1401, tess300 0.1565 -> 0.1561, dev_trad 0.2566 -> 0.2545 and 0.2444 ->
#: 0.2425; articles cer dev, the variant and the text-variant OCR pages a little lower, none higher
WORD_GAIN = 11.0
#: the most the word evidence counts for (nats; a candidate whose two bigrams fall short of
#: :data:`WORD_GAIN` by more is not segmented: the step stays about as fast as without it)
WORD_CAP = 16.0
#: Han characters taken on each side of the character for the word evidence
WORD_SPAN = 3
#: a character whose two bigrams with its neighbours cost less than this (nats) is not looked at
SUSPICIOUS = -12.0
#: a candidate pays (1000 - similarity) / SIM_PENALTY nats: less alike, more evidence needed
SIM_PENALTY = 50.0
#: a candidate from the glyph table must be at least this similar (x 1000) for ``ocr_lookalikes``
MIN_SIM_CONTEXT = 700
#: ... and for ``ocr_consistency``, where the document is the evidence
MIN_SIM_CONSISTENCY = 550
#: the frequent form must occur this often, and this many times more often than the rare one
CONSISTENT_MIN = 3
CONSISTENT_RATIO = 3
#: ... and the frequent form must also read better between the same neighbours (nats)
CONSISTENT_GAIN = 2.0

_HAN_CHAR = re.compile(f"[{HAN}]")


@cache
def lookalikes() -> dict[str, tuple[tuple[str, int], ...]]:
    """``read -> ((true, similarity x 1000 or 1000 for attested OCR confusions), ...)``."""
    ref = resources.files("cntextclean").joinpath("data/ocr/lookalikes.txt")
    table: dict[str, tuple[tuple[str, int], ...]] = {}
    try:
        raw = ref.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return table
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        head, *rest = line.split("\t")
        cands = []
        for item in rest:
            ch, _, sim = item.partition(" ")
            if ch and sim.isdigit():
                cands.append((ch, int(sim)))
        if cands:
            table[head] = tuple(cands)
    return table


@cache
def _candidates(ch: str, min_sim: int) -> tuple[tuple[str, int], ...]:
    return tuple((c, s) for c, s in lookalikes().get(ch, ()) if s >= min_sim)


@lru_cache(maxsize=300_000)
def _bigram(a: str, b: str) -> float:
    return P.bigram_logp(a, b)


@cache
def _traditional_only(ch: str) -> bool:
    """A character the plausibility model folds to another one (Traditional-only form)."""
    return P.fold(ch) != ch


class _Around:
    """The word evidence for the character of ``chars`` at ``i``: how much better the Han text
    around it (:data:`WORD_SPAN` characters each side) segments into words of the list with a
    candidate in its place than as read (nats)."""

    def __init__(self, chars: list[str], i: int) -> None:
        lo = i
        while lo > 0 and i - lo < WORD_SPAN and _is_han(chars[lo - 1]):
            lo -= 1
        hi = i + 1
        while hi < len(chars) and hi - i <= WORD_SPAN and _is_han(chars[hi]):
            hi += 1
        self.left, self.read, self.right = "".join(chars[lo:i]), chars[i], "".join(chars[i + 1 : hi])

    def gain(self, cand: str) -> float:
        if not self._in_word(cand):
            return 0.0  # (no word of the list holds the candidate here: no evidence)
        return _segment_logp(self.left + cand + self.right) - _segment_logp(self.left + self.read + self.right)

    def _in_word(self, cand: str) -> bool:
        """Does a word of the list (two characters or more) hold ``cand`` at its place?"""
        text, at, longest = self.left + cand + self.right, len(self.left), _words.MAX_LEN
        for a in range(max(0, at - longest + 1), at + 1):
            for b in range(max(at + 1, a + 2), min(len(text), a + longest) + 1):
                if _words.logp(text[a:b]) is not None:
                    return True
        return False


@lru_cache(maxsize=100_000)
def _segment_logp(text: str) -> float:
    from ..page.joinscore import segment_logp  # (the page family imports this one)

    return segment_logp(text)


def _context_fix(line: str) -> str:

    # Traditional-only candidates only on a line that is itself written in Traditional
    trad_line = sum(1 for ch in line if _is_han(ch) and _traditional_only(ch)) >= 2
    chars = list(line)
    n = len(chars)
    todo = set(range(n))
    rounds = 0
    while todo and rounds < 4:
        rounds += 1
        changed: set[int] = set()
        for i in sorted(todo):
            c = chars[i]
            cands = _candidates(c, MIN_SIM_CONTEXT) if _is_han(c) else []
            if not cands:
                continue
            prev = chars[i - 1] if i and _is_han(chars[i - 1]) else ""
            nxt = chars[i + 1] if i + 1 < n and _is_han(chars[i + 1]) else ""
            if not prev or not nxt:
                continue  # both neighbours are needed as evidence
            base = _bigram(prev, c) + _bigram(c, nxt)
            if base > SUSPICIOUS:
                continue  # the character fits its neighbours: nothing to look at
            best, gain = c, 0.0
            words = _Around(chars, i)
            for cand, sim in cands:
                if not trad_line and _traditional_only(cand):
                    continue
                g = _bigram(prev, cand) + _bigram(cand, nxt) - base
                g -= (1000 - sim) / SIM_PENALTY
                if g < CONTEXT_GAIN:
                    if g + WORD_CAP < WORD_GAIN:
                        continue  # (no word can make up for it)
                    g += min(words.gain(cand), WORD_CAP)
                    if g < WORD_GAIN:
                        continue
                if g > gain:
                    best, gain = cand, g
            if best != c:
                chars[i] = best
                changed.update((i - 1, i + 1))
        todo = {k for k in changed if 0 <= k < n}
    return "".join(chars)


@cleaner(
    name="ocr_lookalikes",
    family="ocr",
    summary="A look-alike character far less plausible than its twin between the same neighbours.",
    example=("他对末来充满信心", "他对未来充满信心"),
    removes=("han",),
)
def ocr_lookalikes(text: str) -> str:
    """Replace a Han character by a glyph look-alike when the plausibility model finds the
    look-alike overwhelmingly more likely between the same two Chinese neighbours.

    >>> ocr_lookalikes("我们要展望末来")
    '我们要展望未来'
    """
    if not lookalikes():
        return text
    return "\n".join(_context_fix(line) if _HAN_CHAR.search(line) else line for line in text.split("\n"))


def _han_ngrams(flat: str, han: list[bool], n: int) -> Counter[str]:
    out: Counter[str] = Counter()
    run = 0
    for i, h in enumerate(han):
        run = run + 1 if h else 0
        if run >= n:
            out[flat[i - n + 1 : i + 1]] += 1
    return out


@cache
def _consistency_candidates(ch: str) -> frozenset[str]:
    return frozenset(x for x, _ in _candidates(ch, MIN_SIM_CONSISTENCY) if not _traditional_only(x) or _traditional_only(ch))


@cleaner(
    name="ocr_consistency",
    family="ocr",
    summary="A word written once with one look-alike character, several times without -> the frequent form.",
    example=("渥太华市\n渥太华地区\n渥太华市民\n混太华的冬天", "渥太华市\n渥太华地区\n渥太华市民\n渥太华的冬天"),
    removes=("han",),
    page_context=True,
)
def ocr_consistency(text: str) -> str:
    """Within the text given, a three-character Han sequence seen once whose look-alike variant
    is seen at least three times (and three times as often) takes the frequent form.

    >>> ocr_consistency("渥太华市\\n渥太华地区\\n在渥太华\\n混太华的冬天")
    '渥太华市\\n渥太华地区\\n在渥太华\\n渥太华的冬天'
    """
    if not lookalikes() or len(text) < 12:
        return text
    # Han characters with whitespace removed (OCR breaks words across lines and spaces)
    pos = [i for i, c in enumerate(text) if not c.isspace()]
    flat = "".join(text[i] for i in pos)
    han = [_is_han(c) for c in flat]
    tri = _han_ngrams(flat, han, 3)
    if not tri or max(tri.values()) < CONSISTENT_MIN:
        return text
    # frequent trigrams by their other two characters: (left part, right part) -> [(char, count)]
    holes: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for g, k in tri.items():
        if k >= CONSISTENT_MIN:
            for j in range(3):
                holes.setdefault((g[:j], g[j + 1 :]), []).append((g[j], k))
    table = lookalikes()
    out = list(text)
    nflat = len(flat)
    for i, c in enumerate(flat):
        if not han[i] or c not in table:
            continue
        best: tuple[str, int] | None = None
        for start in range(max(0, i - 2), min(i, nflat - 3) + 1):
            gram = flat[start : start + 3]
            if tri.get(gram, 0) != 1:
                continue  # only a form seen once is suspect
            k = i - start
            for cand, kv in holes.get((gram[:k], gram[k + 1 :]), ()):
                if kv >= CONSISTENT_RATIO and (best is None or kv > best[1]) and cand in _consistency_candidates(c):
                    best = (cand, kv)
        if best is not None and _local_gain(flat, i, best[0]) >= CONSISTENT_GAIN:
            out[pos[i]] = best[0]
    return "".join(out)


def _local_gain(flat: str, i: int, cand: str) -> float:
    """How much more plausible ``cand`` is than ``flat[i]`` next to its Han neighbours (nats)."""
    c = flat[i]
    prev = flat[i - 1] if i and _is_han(flat[i - 1]) else ""
    nxt = flat[i + 1] if i + 1 < len(flat) and _is_han(flat[i + 1]) else ""
    gain = 0.0
    if prev:
        gain += P.bigram_logp(prev, cand) - P.bigram_logp(prev, c)
    if nxt:
        gain += P.bigram_logp(cand, nxt) - P.bigram_logp(c, nxt)
    return gain
