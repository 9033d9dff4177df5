"""How plausible is a string as Chinese text? A compact character unigram/bigram model.

Shared by encoding repair (which of several decodings is Chinese?), OCR confusion correction and
reading-order joins. Scores are natural-log probabilities (nats); higher is more plausible.

The model (``data/plausibility/charmodel.bin``, built by ``tools/build_charmodel.py`` from the
Chinese word frequencies of ``wordfreq``, CC BY-SA 4.0) has, for every Han character it knows,
a unigram log-probability, and for pairs of Han characters a bigram log-probability
``log P(b|a)`` that treats text as a stream of words: within-word pairs come from the word list,
pairs across a word boundary from how often ``a`` ends a word and ``b`` starts one.

Before lookup the text is *folded*: Traditional characters to Simplified (OpenCC's
``TSCharacters``, first candidate), full-width ASCII forms to ASCII and the ideographic space to a
space. So Traditional text scores as well as Simplified, and ``ＡＢＣ１２３`` as ``ABC123``.

Cost of each character (the log-probability it contributes), after folding:

- whitespace: ``0.0`` and not counted (``score`` averages over the other characters); bigrams
  do not cross it;
- a Han character the model knows: its unigram log-probability, or ``log P(b|a)`` when it follows
  another Han character directly;
- a Han character the model does not know (rare Hanzi, typical of mojibake): :data:`OOV_HAN`;
- ASCII letters, digits and punctuation, common CJK and general punctuation, number forms,
  circled numbers: :data:`NEUTRAL` (about the mean cost of a Chinese character, so mixed
  Chinese/Latin text is neither rewarded nor punished);
- pinyin letters with tone marks (``ā á ǎ à ü``...): :data:`PINYIN`;
- other symbols (emoji...), Greek, Cyrillic: :data:`SYMBOL`;
- kana, hangul, bopomofo, radicals, box drawing, half-width katakana, IPA and other scripts:
  :data:`FOREIGN`;
- Latin-1 and Latin Extended letters and Latin-1 symbols (``Ã ¤ ¸ æ``: UTF-8 read as Latin-1 or
  cp1252): :data:`LATIN_MOJIBAKE`;
- controls, U+FFFD, private use, surrogates and unassigned code points: :data:`BROKEN`.

>>> score("我们的祖国是花园") > score("鎴戜滑鐨勭鍥芥槸鑺卞洯")   # vs. its UTF-8-as-GBK mojibake
True
>>> abs(score("這是繁體中文") - score("这是繁体中文")) < 1e-9
True
>>> join_score("全面建设社会主", "义现代化国家") > 0 > join_score("全面建设社会主", "月十日")
True
"""

from __future__ import annotations

import gzip
import json
import operator
import re
import struct
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat

__all__ = [
    "BROKEN",
    "FOREIGN",
    "LATIN_MOJIBAKE",
    "NEUTRAL",
    "OOV_HAN",
    "PINYIN",
    "SYMBOL",
    "BigramRow",
    "bigram_logp",
    "char_logp",
    "fold",
    "join_score",
    "logprob",
    "logprob_count",
    "score",
    "unigram_score",
    "word_start_logp",
]

#: Cost of ASCII letters/digits/punctuation and common CJK punctuation (about the mean cost of a
#: Chinese character under the model).
NEUTRAL = -6.6
#: Cost of a Han character the model does not know.
OOV_HAN = -16.0
#: Cost of a pinyin letter with a tone mark.
PINYIN = -9.0
#: Cost of other symbols (emoji...), Greek and Cyrillic letters.
SYMBOL = -10.0
#: Cost of kana, hangul, bopomofo, radicals, box drawing and scripts other than Han and Latin.
FOREIGN = -13.0
#: Cost of Latin-1 / Latin Extended letters and Latin-1 symbols (``Ã¤¸æ``).
LATIN_MOJIBAKE = -15.0
#: Cost of controls, U+FFFD, private use, surrogates and unassigned code points.
BROKEN = -20.0

_HAN_CLASS = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef"
    "\U0002f800-\U0002fa1f\U00030000-\U000323af\u3007"
)
_HAN_RUN = re.compile(f"[{_HAN_CLASS}]{{2,}}")
_HAN_ONE = re.compile(f"[{_HAN_CLASS}]")
_WS = re.compile(r"[\s\u200b\ufeff]")

_PINYIN_LETTERS = frozenset(
    "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿÀÁÈÉÌÍÒÓÙÚÜĀĒĪŌŪǍĚǏǑǓ"
)
_NEUTRAL_EXTRA = frozenset("·×÷°±§¨￥￠￡№℃℉‰※〇■□▲△◆◇○●◎★☆→←↑↓√∶∵∴∞≈≠≤≥")
_WS_SET = frozenset("\u200b\ufeff")


def _class_cost(ch: str) -> float:
    """Cost of a character the model has no probability for (see the module docstring)."""
    if ch.isspace() or ch in _WS_SET:
        return 0.0
    cp = ord(ch)
    if _HAN_ONE.match(ch):
        return OOV_HAN
    if cp < 0x7F:
        return NEUTRAL if cp >= 0x20 else BROKEN
    if ch in _NEUTRAL_EXTRA:
        return NEUTRAL
    if ch in _PINYIN_LETTERS:
        return PINYIN
    if cp <= 0x9F or cp == 0xFFFD or 0xD800 <= cp <= 0xDFFF:
        return BROKEN
    if cp <= 0x24F:
        return LATIN_MOJIBAKE
    if (
        0x2010 <= cp <= 0x206F  # general punctuation
        or 0x2150 <= cp <= 0x218F  # number forms (Roman numerals)
        or 0x2460 <= cp <= 0x24FF  # circled numbers
        or 0x3000 <= cp <= 0x303F  # CJK symbols and punctuation
        or 0x3200 <= cp <= 0x32FF  # enclosed CJK (㈠)
        or 0xFE50 <= cp <= 0xFE6F  # small forms
        or 0xFF01 <= cp <= 0xFF60  # full-width (left after folding: none)
        or 0xFFE0 <= cp <= 0xFFE6
    ):
        return NEUTRAL
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cc", "Cs"):
        return BROKEN
    if cat == "Cf":
        return FOREIGN
    if 0x0370 <= cp <= 0x04FF:
        return SYMBOL
    if cat[0] in ("S", "P", "N"):
        return SYMBOL
    return FOREIGN


class _Costs(dict):
    """char -> unigram cost; unknown characters get their class cost (cached for the BMP)."""

    def __missing__(self, ch: str) -> float:
        v = _class_cost(ch)
        if ord(ch) < 0x10000:
            self[ch] = v
        return v


class _Zero(dict):
    """A table whose missing keys read as 0.0 without being inserted."""

    def __missing__(self, key: str) -> float:
        return 0.0


@dataclass(frozen=True)
class _Model:
    fold: dict[int, str]  # the whole fold (Traditional, full-width, U+3000)
    ts: dict[int, str]  # Traditional -> Simplified only
    trad: re.Pattern[str]  # any character that ``ts`` maps
    # the per-character tables hold the folded characters' values under the unfolded
    # characters too, so that text needs folding only for the pair corrections
    costs: _Costs  # char -> cost (unigram log-prob for Han the model knows)
    known: frozenset[str]
    g: _Zero  # a -> log share of a's occurrences that end a word (clipped)
    h: _Zero  # b -> log (P(b starts a word) / P(b)) (clipped)
    corr: dict[str, float]  # "ab" (Simplified) -> log P(b|a) - (uni(b) + g(a) + h(b))
    oov: float
    neutral: float


_LOCK = threading.Lock()


@cache
def _model() -> _Model:
    with _LOCK:
        return _load()


def _load() -> _Model:
    ref = resources.files("cntextclean").joinpath("data/plausibility/charmodel.bin")
    raw = gzip.decompress(ref.read_bytes())
    nl = raw.index(b"\n")
    head = json.loads(raw[:nl])
    if head.get("format") != "cntextclean-charmodel-1":
        raise RuntimeError(f"unknown character model format {head.get('format')!r}")
    scale = float(head["scale"])
    parts: list[bytes] = []
    pos = nl + 1
    for n in head["sections"]:
        parts.append(raw[pos : pos + n])
        pos += n
    s_chars, s_uni, s_g, s_h, s_pairs, s_corr, s_fsrc, s_fdst = parts
    chars = s_chars.decode("utf-8")
    n = len(chars)
    uni = [-v / scale for v in struct.unpack(f"<{n}H", s_uni)]
    g = [-v / scale for v in struct.unpack(f"<{n}H", s_g)]
    h = [v / scale for v in struct.unpack(f"<{n}h", s_h)]
    ptext = s_pairs.decode("utf-8")
    keys = [ptext[i : i + 2] for i in range(0, len(ptext), 2)]
    # a few hundred distinct quantised values: share their float objects (saves ~4 MB)
    steps: dict[int, float] = {}
    corr = [steps.setdefault(v, v / scale) for v in struct.unpack(f"<{len(keys)}h", s_corr)]
    fsrc, fdst = s_fsrc.decode("utf-8"), s_fdst.decode("utf-8")
    ts: dict[int, str] = {ord(a): b for a, b in zip(fsrc, fdst, strict=True)}
    for k, v in ts.items():  # resolve chains (A -> B -> C gives A -> C), once, in the table
        seen = {k}
        while ord(v) in ts and ord(v) not in seen:
            seen.add(ord(v))
            v = ts[ord(v)]
        ts[k] = v
    fold = dict(ts)
    fold.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
    fold[0x3000] = " "
    costs = _Costs(zip(chars, uni, strict=True))
    gz = _Zero(zip(chars, g, strict=True))
    hz = _Zero(zip(chars, h, strict=True))
    for src, dst in fold.items():
        a = chr(src)
        costs[a] = costs[dst]
        gz[a], hz[a] = gz[dst], hz[dst]  # 0.0 when the folded character is unknown
    trad = re.compile("[" + re.escape(fsrc) + "]")
    return _Model(
        fold=fold,
        ts=ts,
        trad=trad,
        costs=costs,
        known=frozenset(chars),
        g=gz,
        h=hz,
        corr=dict(zip(keys, corr, strict=True)),
        oov=float(head["oov"]),
        neutral=float(head["neutral"]),
    )


def fold(text: str) -> str:
    """The text as the model sees it: Simplified, full-width ASCII folded, U+3000 as a space.

    >>> fold("臺灣ＡＢＣ１２３")
    '台湾ABC123'
    """
    return text.translate(_model().fold)


def _total(t: str, m: _Model) -> float:
    """Total log-probability of text ``t`` (folded or not: the tables know both forms)."""
    total = sum(map(m.costs.__getitem__, t), 0.0)
    runs = _HAN_RUN.findall(t)
    if runs:
        left = "".join([r[:-1] for r in runs])
        right = "".join([r[1:] for r in runs])
        total += sum(map(m.g.__getitem__, left))
        total += sum(map(m.h.__getitem__, right))
        if m.trad.search(t):
            left, right = left.translate(m.ts), right.translate(m.ts)
        total += sum(map(m.corr.get, map(operator.add, left, right), repeat(0.0)))
    return total


def logprob(text: str) -> float:
    """Total log-probability (nats) of ``text``: the sum of its characters' costs.

    >>> logprob("") == 0.0
    True
    """
    return _total(text, _model())


def logprob_count(text: str) -> tuple[float, int]:
    """``(logprob(text), number of non-whitespace characters)`` in one pass; ``score`` is their
    ratio (callers that need both avoid scoring twice).

    >>> logprob_count(" ") == (0.0, 0)
    True
    """
    return _total(text, _model()), len(text) - len(_WS.findall(text))


def unigram_score(text: str) -> float:
    """Like :func:`score` with unigram costs only (no bigrams): about four times faster, for
    screening large texts (is this line made of rare characters?).

    >>> unigram_score("经济社会发展") > -8.5 > unigram_score("缁忔祹绀句細鍙戝睍")
    True
    """
    n = len(text) - len(_WS.findall(text))
    if n <= 0:
        return NEUTRAL
    return sum(map(_model().costs.__getitem__, text), 0.0) / n


def score(text: str) -> float:
    """Mean log-probability per non-whitespace character; higher = more plausible Chinese.

    Clean Chinese prose scores about -5 to -7; mojibake about -10 to -16. A string with no
    non-whitespace character scores :data:`NEUTRAL`.

    >>> score("经济社会发展") > score("缁忔祹绀句細鍙戝睍")
    True
    """
    n = len(text) - len(_WS.findall(text))
    if n <= 0:
        return NEUTRAL
    return _total(text, _model()) / n


def _one(ch: str) -> str:
    return ch[:1].translate(_model().fold)


def char_logp(ch: str) -> float:
    """Unigram log-probability (or class cost) of one character; ``""`` gives 0.0, and of a
    longer string only the first character counts.

    >>> char_logp("的") > char_logp("龘") > char_logp("\\ufffd")
    True
    """
    if not ch:
        return 0.0
    return _model().costs[_one(ch)]


def _is_han(c: str) -> bool:
    return bool(c) and _HAN_ONE.match(c) is not None


def bigram_logp(a: str, b: str) -> float:
    """``log P(b | a)``: the cost of ``b`` right after ``a`` (first characters of each).

    When ``a`` or ``b`` is not a Han character this is ``char_logp(b)`` (no context).

    >>> bigram_logp("中", "国") > char_logp("国") > bigram_logp("国", "中")
    True
    """
    m = _model()
    a, b = _one(a), _one(b)
    if not b:
        return 0.0
    cb = m.costs[b]
    if not (_is_han(a) and _is_han(b)):
        return cb
    return cb + m.g[a] + m.h[b] + m.corr.get(a + b, 0.0)


class BigramRow:
    """:func:`bigram_logp` ``(a, b)`` for many ``b`` at once: the per-character lookups of the
    ``b`` are done once, then each ``a`` costs one pass (the searches score a few hundred
    candidate characters after each of many contexts). The numbers are those of
    :func:`bigram_logp` beside it, the same arithmetic in the same order
    (``tests/test_codecs_spans.py`` compares them); the repairs of :mod:`cntextclean.encoding`
    use it."""

    __slots__ = ("_items", "_model")

    def __init__(self, chars: Sequence[str]) -> None:
        m = _model()
        self._model = m
        items = []
        for c in chars:
            b = _one(c)
            if not b:
                items.append((b, 0.0, None))
            elif _is_han(b):
                items.append((b, m.costs[b], m.h[b]))
            else:
                items.append((b, m.costs[b], None))  # no context
        self._items = items

    def logps(self, a: str) -> list[float]:
        """``[bigram_logp(a, b) for b in chars]``."""
        m = self._model
        a = _one(a)
        if not _is_han(a):
            return [cb for _, cb, _ in self._items]
        ga, corr = m.g[a], m.corr
        return [
            cb if hb is None else cb + ga + hb + corr.get(a + b, 0.0) for b, cb, hb in self._items
        ]

    def logps_at(self, a: str, ks: Iterable[int]) -> list[float]:
        """``[bigram_logp(a, chars[k]) for k in ks]``."""
        items = self._items
        a = _one(a)
        if not _is_han(a):
            return [items[k][1] for k in ks]
        m = self._model
        ga, corr = m.g[a], m.corr
        out = []
        for k in ks:
            b, cb, hb = items[k]
            out.append(cb if hb is None else cb + ga + hb + corr.get(a + b, 0.0))
        return out


def word_start_logp(ch: str) -> float:
    """Cost of ``ch`` where a word must begin (at the start of a text, after punctuation): its
    unigram log-probability corrected by how much likelier it is to start a word than to occur
    at all; for a character that is not Han, :func:`char_logp`.

    >>> word_start_logp("一") > word_start_logp("个")    # 一是… / 个是…
    True
    """
    if not ch:
        return 0.0
    m = _model()
    b = _one(ch)
    return m.costs[b] + (m.h[b] if _is_han(b) else 0.0)


def join_score(left: str, right: str) -> float:
    """How much more plausible ``left + right`` is as one text than as two (nats).

    Equal to ``logprob(left + right) - logprob(left) - logprob(right)`` after whitespace at the
    seam is removed: the pointwise mutual information of the two characters that meet. Positive
    means ``right`` continues ``left`` better than chance; 0.0 when either side of the seam is
    not a Han character (no evidence either way).

    >>> join_score("推动高质量发", "展") > join_score("推动高质量发", "布")
    True
    """
    a = left.rstrip()[-1:]
    b = right.lstrip()[:1]
    if not (a and b):
        return 0.0
    a, b = _one(a), _one(b)
    if not (_is_han(a) and _is_han(b)):
        return 0.0
    m = _model()
    return m.g[a] + m.h[b] + m.corr.get(a + b, 0.0)
