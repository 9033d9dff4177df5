"""UTF-8 read as GBK/GB18030 with replacement characters: infer the lost bytes.

When UTF-8 bytes are decoded as GBK with ``errors="replace"``, every byte that cannot start a
valid GBK pair becomes one U+FFFD and is lost. Encoding the text back to GBK gives the UTF-8
bytes with holes, one byte per U+FFFD. Each hole sits inside a UTF-8 sequence whose other bytes
survived, so only a few characters fit (64 when a continuation byte is lost, a handful when a
lead byte is), fewer still because the decoder lost the byte: with the byte after it, it did not
form a valid pair. A joint search over the whole span chooses among them with two models: the
character bigram model (:mod:`cntextclean.plausibility`) and a word unigram model over the
span's best segmentation into words of a list (:mod:`._words`), plus a few priors (units after
Arabic numbers; the punctuation that ends a line, with cues for ``？！：``).

Measured on the mojibake test set (``benchmarks/mojibake_rates.py``): exact restoration of
UTF-8 read as GBK with replacement characters 81.3%, as GB18030 91.3% (a sentence each).

>>> s = "我们的祖国是花园，花园的花朵真鲜艳"
>>> broken = s.encode("utf-8").decode("gbk", "replace")
>>> "\\ufffd" in broken
True
>>> infer_spans(broken, "gbk")[0][2] == s
True
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from . import _lm, _words
from ._codecs import WILD

#: Lead bytes a lost first byte of a 3-byte UTF-8 sequence may have had (CJK, punctuation).
_LEADS = (0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF)
_CONTS = tuple(range(0x80, 0xC0))
#: At most this many candidates per position (the most frequent characters are kept).
_MAX_CANDIDATES = 64

Slot = tuple[int, int, tuple[str, ...]]  # (first char index, end char index, candidates)


@functools.lru_cache(maxsize=1 << 16)
def _ok(ch: str) -> bool:
    return unicodedata.category(ch) not in ("Cn", "Co", "Cs", "Cc", "Cf")


@functools.lru_cache(maxsize=1 << 18)
def _lost(x: int, y: int | None, wrong: str) -> bool:
    """Could byte ``x`` have been lost by ``wrong`` when byte ``y`` followed it?

    The decoder drops a byte that cannot start a character with its successor: ``x y`` must
    not decode as one character (``y`` unknown: anything goes).
    """
    if y is None or y == WILD:
        return True
    try:
        return len(bytes((x, y)).decode(wrong)) != 1
    except UnicodeError:
        return True


def _expand(
    tmpl: list[int], nexts: tuple[int | None, ...], wrong: str
) -> tuple[tuple[str, float], ...]:
    """Every valid character whose UTF-8 bytes match ``tmpl`` (``WILD`` = any byte);
    ``nexts[i]`` is the byte that followed position ``i`` in the damaged stream."""
    return _expand_cached(tuple(tmpl), nexts, wrong)


#: Cost of a candidate whose lost byte would in fact have formed a valid pair with the next
#: byte (possible only where the damaged span ends: the next byte was not part of it).
_VIOLATION_COST = -4.0


@functools.lru_cache(maxsize=65536)
def _expand_cached(
    tmpl: tuple[int, ...], nexts: tuple[int | None, ...], wrong: str
) -> tuple[tuple[str, float], ...]:
    wild = [i for i, x in enumerate(tmpl) if x == WILD]
    out = []
    for combo, ch in _decodings(tmpl):
        bad = 0
        for i in wild:
            inside = i + 1 < len(tmpl)
            y = combo[i + 1] if inside else nexts[i]
            if not _lost(combo[i], y, wrong):
                if inside:
                    break  # certain: the pair would have decoded
                bad += 1  # the next character may not have been part of the damage
        else:
            out.append((ch, bad * _VIOLATION_COST))
    if len(out) > _MAX_CANDIDATES:
        out.sort(key=lambda c: _lm.char_logp(c[0]) + c[1], reverse=True)
        out = out[:_MAX_CANDIDATES]
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _decodings(tmpl: tuple[int, ...]) -> tuple[tuple[tuple[int, ...], str], ...]:
    """Every filling of the lost bytes of ``tmpl`` (in order) that decodes as UTF-8 to one
    valid character: (bytes, character)."""
    opts: list[tuple[int, ...]] = []
    for i, x in enumerate(tmpl):
        if x != WILD:
            opts.append((x,))
        else:
            opts.append(_LEADS if i == 0 else _CONTS)
    out = []
    for combo in itertools.product(*opts):
        try:
            ch = bytes(combo).decode("utf-8")
        except UnicodeError:
            continue
        if len(ch) != 1 or not _ok(ch):
            continue
        out.append((combo, ch))
    return tuple(out)


def _seq_len(b: int) -> int:
    if b < 0x80:
        return 1
    if 0xC2 <= b <= 0xDF:
        return 2
    if 0xE0 <= b <= 0xEF:
        return 3
    if 0xF0 <= b <= 0xF4:
        return 4
    return 0


def _parse(
    data: list[int], bounds: dict[int, int], wrong: str
) -> list[list[tuple[int, int, tuple[str, ...]]]]:
    """Runs of UTF-8 characters (byte start, byte end, candidates) starting on char boundaries."""
    runs: list[list[tuple[int, int, tuple[str, ...]]]] = []
    cur: list[tuple[int, int, tuple[str, ...]]] = []
    p, n = 0, len(data)
    while p < n:
        x = data[p]
        ln = 3 if x == WILD else _seq_len(x)
        cands: tuple[tuple[str, float], ...] = ()
        if ln and p + ln <= n:
            tmpl = data[p : p + ln]
            if all(t == WILD or 0x80 <= t <= 0xBF for t in tmpl[1:]):
                nexts = tuple(
                    (data[p + k + 1] if p + k + 1 < n else None) if t == WILD else None
                    for k, t in enumerate(tmpl)
                )
                cands = _expand(tmpl, nexts, wrong)
        if cands:
            cur.append((p, p + ln, cands))
            p += ln
            continue
        if cur:
            runs.append(cur)
            cur = []
        p += 1
        while p < n and p not in bounds:
            p += 1
    if cur:
        runs.append(cur)
    return runs


#: Cost of whitespace inferred for a lost byte (the model scores whitespace as free).
_SPACE_COST = -14.0
#: Cost of a character of the other script (Traditional in Simplified text and vice versa).
_SCRIPT_COST = -1.0


#: Punctuation a lost byte most likely belonged to; other non-Han symbols cost extra.
_PUNCT_PRIOR = {c: 0.0 for c in "，。"} | {c: -0.5 for c in "、；：？！“”（）《》"} | {
    c: -1.5 for c in "‘’【】—…·「」『』〔〕～"
}
_RARE_SYMBOL_COST = -4.0

_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: Characters that follow an Arabic number: units of time, counting and measure words.
_AFTER_NUMBER = frozenset("年月日号时点分秒个万亿千百元角岁次名人家项件台辆米吨斤里倍度届期条位种批所")
_NUMBER_AFTER_NUMBER = frozenset("一二三四五六七八九十零〇两")
#: Bonus for a unit right after an Arabic digit, and cost of a Chinese numeral there.
_UNIT_BONUS = 2.5
_NUMERAL_COST = -3.0


@functools.lru_cache(maxsize=1 << 18)
def _cost(prev: str, c: str, trad: bool) -> float:
    """log P(c | prev) for a character inferred for a lost byte."""
    if c.isspace():
        return _SPACE_COST
    # after anything but a Han character a word begins
    v = _lm.bigram_logp(prev, c) if _lm.is_han(prev) else _lm.word_start_logp(c)
    if c >= "\u2000" and not _lm.is_han(c):
        v += _PUNCT_PRIOR.get(c, _RARE_SYMBOL_COST - (2.0 if "\uff10" <= c <= "\uff5e" else 0.0))
    if _lm.is_traditional(c) != trad and (_lm.is_traditional(c) or _lm.is_simplified(c)):
        v += _SCRIPT_COST
    if prev in _DIGITS:
        if c in _AFTER_NUMBER:
            v += _UNIT_BONUS
        elif c in _NUMBER_AFTER_NUMBER:
            v += _NUMERAL_COST
    return v


#: Weight of the word model (segmentation into words of the list) next to the character bigrams.
_WORD_WEIGHT = 0.5
#: A Han character that is not a word of the list, as a one-character word: its character
#: log-probability minus this.
_NOT_A_WORD = 6.0
#: Weight of the character bigrams inside a word of the list (the word model already vouches
#: for them).
_INNER = 0.5


@functools.lru_cache(maxsize=1 << 16)
def _single(c: str, trad: bool) -> float:
    """Word-model cost of ``c`` as a word of its own."""
    if _lm.is_han(c):
        v = _words.logp(c)
        return v if v is not None else _lm.char_logp(c) - _NOT_A_WORD
    return _cost("", c, trad)


Cands = tuple[tuple[str, float], ...]


def _words_at(cand: list[Cands], j: int, trad: bool) -> list[tuple[str, float]]:
    """Every word (with its cost: candidate penalties + weighted word cost) that can start at
    position ``j``: each single candidate, and the words of the list spelled by candidates of
    ``j``, ``j + 1``... (up to :data:`_words.MAX_LEN` characters)."""
    out = [(c, pen + _WORD_WEIGHT * _single(c, trad)) for c, pen in cand[j]]
    frontier = [(c, pen) for c, pen in cand[j] if _lm.is_han(c) and _words.is_prefix(c)]
    k = j + 1
    while frontier and k < len(cand):
        nxt = []
        for s, pen in frontier:
            for c, p2 in cand[k]:
                if not _lm.is_han(c):
                    continue
                t = s + c
                w = _words.logp(t)
                if w is not None:
                    out.append((t, pen + p2 + _WORD_WEIGHT * w))
                if len(t) < _words.MAX_LEN and _words.is_prefix(t):
                    nxt.append((t, pen + p2))
        frontier = nxt
        k += 1
    return out


def _viterbi(slots: list[Cands], left: str, right: str, trad: bool) -> str:
    """Best reading of the slots between the context strings ``left`` and ``right``.

    The score of a reading is its character bigram log-probability plus, weighted, its best
    segmentation into words of the list (a word unigram model): a joint dynamic programme over
    (position, last non-space character), whose transitions are words.
    """
    cand: list[Cands] = [((c, 0.0),) for c in left] + list(slots) + [((c, 0.0),) for c in right]
    n = len(cand)
    # states[i]: last non-space character -> (score, back pointer (j, prev key, word))
    states: list[dict[str, tuple[float, tuple[int, str, str] | None]]] = [{} for _ in range(n + 1)]
    states[0][""] = (0.0, None)
    for j in range(n):
        here = states[j]
        if not here:
            continue
        for w, wc in _words_at(cand, j, trad):
            inner = _INNER * sum(_cost(w[k - 1], w[k], trad) for k in range(1, len(w)))
            tgt = states[j + len(w)]
            space = w.isspace()
            for p, (sc, _) in here.items():
                v = sc + wc + _cost(p, w[0], trad) + inner
                key = p if space else w[-1]
                old = tgt.get(key)
                if old is None or v > old[0]:
                    tgt[key] = (v, (j, p, w))
    final = states[n]
    if right:
        key = max(final, key=lambda k: final[k][0])
        return _trace(states, n, key)[len(left) : n - len(right)]
    best = max(
        final, key=lambda k: final[k][0] + _end_prior(_trace(states, n, k)[len(left) :])
    )
    return _trace(states, n, best)[len(left) :]


def _trace(states: list[dict[str, tuple[float, tuple[int, str, str] | None]]], i: int, key: str) -> str:
    parts = []
    back = states[i][key][1]
    while back is not None:
        j, p, w = back
        parts.append(w)
        back = states[j][p][1]
    return "".join(reversed(parts))


#: At the end of a line: sentence-final punctuation is likelier than a comma, and an opening
#: bracket or quote is very unlikely.
_END_PRIOR = {"；": 0.0, "！": -0.5, "？": -0.5, "：": -1.0, "，": -1.5, "、": -2.0} | {
    c: -4.0 for c in "（《“‘【「『〔"
}
#: ... a closing bracket needs an opening one before it in the line.
_CLOSING = {"）": "（", "》": "《", "”": "“", "’": "‘", "】": "【", "」": "「", "』": "『", "〕": "〔"}
#: Cues in the last clause for a question mark, an exclamation mark, a colon (strong: a final
#: particle or word; then question words anywhere in the clause: the everyday ones mostly ask,
#: the formal ones 如何 是否... as often head an indirect question in a statement).
_CUE_QUESTION = re.compile("(?:吗|呢|么|吧)$")
_CUE_QUESTION_WORD = re.compile("什么|怎么|为什么|谁|哪|几|多少|难道")
_CUE_QUESTION_WEAK = re.compile("是否|何时|如何|为何|何处")
_CUE_EXCLAIM = re.compile("(?:啊|呀|啦|哇|哦)$|多么|太.{1,4}了$")
_CUE_COLON = re.compile("(?:说|道|曰|指出|表示|强调|认为|称|问|答|如下|以下|们|例如|包括)$|下列|如下")
_CUE_BONUS = 2.0
_WORD_BONUS = 1.0
_WEAK_BONUS = 0.4
_CLAUSE = re.compile("[，。；！？：,.;!?:]")


def _end_prior(text: str) -> float:
    """Prior of the last character of a line that ends in an inferred character."""
    if not text:
        return 0.0
    c = text[-1]
    if c in _CLOSING:
        return 0.0 if text.rfind(_CLOSING[c]) > text.rfind(c, 0, len(text) - 1) else -4.0
    v = _END_PRIOR.get(c, 0.0)
    if c in "？！：":
        clause = _CLAUSE.split(text[:-1])[-1]
        cue = {"？": _CUE_QUESTION, "！": _CUE_EXCLAIM, "：": _CUE_COLON}[c]
        if cue.search(clause):
            v += _CUE_BONUS
        elif c == "？" and _CUE_QUESTION_WORD.search(clause):
            v += _WORD_BONUS
        elif c == "？" and _CUE_QUESTION_WEAK.search(clause):
            v += _WEAK_BONUS
    return v


#: Characters of context on either side of a run (words may cross its ends).
_CONTEXT = 3
#: Longest run (characters) the search takes on.
_MAX_RUN = 2000


def _inside(run: list[tuple[int, int, Cands]]) -> list[Cands]:
    """The slots' candidates; where the byte after a lost byte belongs to the next slot of
    the run, a candidate that would have formed a valid pair with it is impossible (the decoder
    would not have lost the byte), unless nothing else is left."""
    out = []
    for k, (_, end, cands) in enumerate(run):
        if k + 1 < len(run) and run[k + 1][0] == end:
            ok = tuple(c for c in cands if c[1] == 0.0)
            cands = ok or cands
        out.append(cands)
    return out


def _clean_tail(
    run: list[tuple[int, int, Cands]], data: list[int], char_at: dict[int, int], line: str
) -> list[tuple[int, int, Cands]]:
    """The run without its end after the last lost byte when the line's own characters there
    read better than their UTF-8 decoding: clean text after a damaged phrase, whose GBK bytes
    happen to be valid UTF-8 (``实施`` as ``ʵʩ``). The lost byte then ends the damage, so the
    byte that followed it is unknown: its candidates lose their pair penalty."""
    last = max(k for k, (a, b, _) in enumerate(run) if WILD in data[a:b])
    k = next((k for k in range(last, len(run) - 1) if run[k][1] in char_at), None)
    if k is None:
        return run
    cut, end = char_at[run[k][1]], char_at[run[-1][1]]
    decoded = "".join(cands[0][0] for _, _, cands in run[k + 1 :])
    if _lm.logprob(decoded) > _lm.logprob(line[cut:end]):
        return run
    a, b, cands = run[k]
    return [*run[:k], (a, b, tuple((c, 0.0) for c, _ in cands) if k == last else cands)]


def infer_spans(line: str, wrong: str) -> list[tuple[int, int, str]]:
    """Repairs ``(start, end, text)`` for spans of ``line`` that are UTF-8 read as ``wrong``
    with lost bytes (each U+FFFD one byte). Only spans containing a U+FFFD are returned."""
    if "\ufffd" not in line:
        return []
    return list(_infer_spans(line, wrong))


@functools.lru_cache(maxsize=512)
def _infer_spans(line: str, wrong: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`infer_spans`, memoised (the line repair asks for the spans of a line whole,
    then span by span)."""
    data: list[int] = []
    char_at: dict[int, int] = {}  # byte offset of a char boundary -> char index
    for i, ch in enumerate(line):
        char_at[len(data)] = i
        if ch == "\ufffd":
            data.append(WILD)
            continue
        try:
            data.extend(ch.encode(wrong))
        except UnicodeError:
            data.extend(b"\x00\xff")  # unencodable: an impossible UTF-8 byte breaks the run
    char_at[len(data)] = len(line)
    out: list[tuple[int, int, str]] = []
    for whole in _parse(data, char_at, wrong):
        # trim slots until both ends sit on character boundaries of the line
        while whole and whole[-1][1] not in char_at:
            whole = whole[:-1]
        if not whole:
            continue
        bs, be = whole[0][0], whole[-1][1]
        if WILD not in data[bs:be]:
            continue
        whole = _clean_tail(whole, data, char_at, line)
        for run in _pieces(whole, char_at):
            bs, be = run[0][0], run[-1][1]
            if bs in char_at and be in char_at and WILD in data[bs:be]:
                out.extend(_infer_run(run, line, char_at))
    return tuple(out)


def _pieces(
    run: list[tuple[int, int, Cands]], char_at: dict[int, int]
) -> list[list[tuple[int, int, Cands]]]:
    """``run`` cut into pieces of at most about :data:`_MAX_RUN` slots, at character
    boundaries of the line (a very long damaged line is searched piece by piece)."""
    out = []
    start = 0
    while start < len(run):
        end = min(start + _MAX_RUN, len(run))
        while end < len(run) and end > start + 1 and run[end - 1][1] not in char_at:
            end -= 1
        out.append(run[start:end])
        start = end
    return out


def _infer_run(
    run: list[tuple[int, int, Cands]], line: str, char_at: dict[int, int]
) -> list[tuple[int, int, str]]:
    """The repair of one run (or piece) whose ends sit on character boundaries of the line."""
    cs, ce = char_at[run[0][0]], char_at[run[-1][1]]
    left = line[:cs].rstrip()[-_CONTEXT:]
    right = line[ce:].lstrip()[:_CONTEXT]
    trad = _lm.traditional_context("".join(c[0][0] for _, _, c in run if len(c) == 1))
    rep = _viterbi(_inside(run), left, right, trad)
    return [(cs, ce, rep)] if rep != line[cs:ce] else []
