"""GBK text decoded one byte out of step: repair of byte-level insertions (seed 001's damage).

A site held its text as GBK bytes and inserted ``(pinyin)`` after the two-byte code of annotated
characters, also where that code straddles two real characters (``推動東北`` =
``CD C6 84 D3 96 7C B1 B1`` contains ``D3 96`` = 訓, so ``(xùn)`` went between the bytes of 東).
The byte left in front of the insertion has no partner: the decoder printed ``?`` (and usually
swallowed the ``(``), and the text after it was read one byte out of step until an ASCII byte
re-synchronised it: rare characters made of the odd-offset pairs, ASCII letters that are trail
bytes (``|`` of 東 = ``96 7C``), pairs in GBK's user-defined area dropped. A second pass had
replaced full-width ``，？`` by ASCII, also across character boundaries (``。現`` =
``A1 A3 AC 46`` became ``A1 , 46`` = ``?,F``).

Repair, per damaged spot (a ``?`` glued to Chinese text and to pinyin, trail letters or rare
characters): the spot is encoded back to GBK; every ``?`` becomes one or two unknown bytes (or
the ``？`` it replaced), every ``,`` the ASCII comma or ``，``, every pinyin fragment is taken out
(it may hide a dropped user-defined pair); the inserted readings constrain the byte pair in front
of them (:mod:`cntextclean.script.readings`). The bytes are decoded again in the right
phase and the unknown bytes are chosen by a beam search with the character model. The repair
is kept only when it is clearly more plausible than the damaged text.

>>> fix_shifted_bytes("推動?xùn)|北振興")
'推動東北振興'
>>> fix_shifted_bytes("嚴(yán)重?fù)p害了黨和政府形象")
'嚴(yán)重損害了黨和政府形象'
>>> fix_shifted_bytes("我們向他學習什么?")
'我們向他學習什么?'
"""

from __future__ import annotations

import functools
import heapq
import itertools
import operator
import re
from collections.abc import Iterable

from ..pipeline import cleaner
from ..script.readings import pinyin_readings
from . import _lm

__all__ = ["find_spots", "fix_shifted_bytes"]

_PY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
#: A pinyin annotation, with or without its opening parenthesis (swallowed by an orphan byte).
_FRAG = re.compile(rf"\(?([{_PY}]{{1,7}})\)")
_FULL_FRAG = re.compile(rf"\(([{_PY}]{{1,7}})\)$")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: A ``?`` right after a Chinese character (or an annotation) and followed by damage evidence:
#: a pinyin fragment without its ``(``, a comma + trail letter, another ``?``, a Chinese
#: character or punctuation, or ``/`` (a swallowed ``<``).
_SPOT = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef)])\?"
    rf"(?=[{_PY}]{{1,7}}\)|,[\x40-\x7e]|\?|[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f]|/[a-z]+>)"
)
_MAX_WINDOW = 48
_BEAM = 48
#: Characters tried for a wholly lost character (the most frequent ones).
_MAX_LOST_CANDIDATES = 800
_UDA_LEADS = tuple(range(0xAA, 0xB0)) + tuple(range(0xF8, 0xFF)) + tuple(range(0xA1, 0xA8))
_LEADS = tuple(range(0x81, 0xFF))
_TRAILS = tuple(range(0x40, 0x7F)) + tuple(range(0x80, 0xFF))
#: Margin (nats per character) a repair must gain over the damaged text.
MARGIN = 0.8
#: ... or this much when the spot has evidence clean text never has (a ``?`` glued to an
#: annotation that lost its ``(``, or to ``,`` + a trail letter).
STRONG_MARGIN = 0.0
_STRONG_EVIDENCE = re.compile(rf"\?(?:[{_PY}]{{1,7}}\)|,[\x40-\x7e])")
#: Without any of these a spot is not repaired: an annotation glued to ``?``, ``?,`` + a
#: trail letter, or a trail letter glued between Chinese characters.
_EVIDENCE = re.compile(
    rf"\?(?:[{_PY}]{{1,7}}\)|,[\x40-\x7e])"
    r"|(?<=[\u3400-\u9fff\uf900-\ufaff])[\x40-\x7e](?=[\u3400-\u9fff\uf900-\ufaff])"
)
_SPACE_COST = -12.0
#: Log-prior of a dropped user-defined pair inside an out-of-step run.
_MID_GAP_PRIOR = -1.0


@functools.cache
def _readings() -> dict[str, frozenset[bytes]]:
    """Toned reading -> the GBK codes of the characters that have it."""
    out: dict[str, frozenset[bytes]] = {}
    for r, chars in pinyin_readings().items():
        pairs = frozenset(b for b in map(_gbk_code, chars) if b is not None)
        if pairs:
            out[r] = pairs
    return out


def _gbk_code(ch: str) -> bytes | None:
    try:
        b = ch.encode("gbk")
    except UnicodeError:
        return None
    return b if len(b) == 2 else None


@functools.cache
def _common_pairs() -> tuple[bytes, ...]:
    """GBK codes of common characters (candidates for a wholly lost character)."""
    thr = _lm.common_threshold()
    out = []
    for lead in range(0x81, 0xFF):
        for trail in _TRAILS:
            b = bytes((lead, trail))
            try:
                ch = b.decode("gbk")
            except UnicodeError:
                continue
            if _lm.is_han(ch) and _lm.char_logp(ch) >= thr:
                out.append(b)
    out.sort(key=lambda b: -_lm.char_logp(b.decode("gbk")))
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _gbk_char(pair: bytes) -> str | None:
    try:
        ch = pair.decode("gbk")
    except UnicodeError:
        return None
    if len(ch) != 1 or "\ue000" <= ch <= "\uf8ff":
        return None
    return ch


# --- tokens -----------------------------------------------------------------------------------
# A window of damaged text is a list of tokens, each with alternative byte readings. An item of
# a reading is a known byte (int), or a marker: "W" (unknown lead-capable byte), "T" (unknown
# byte in any position), "G" (first byte of a dropped user-defined pair). Fragments add a
# reading constraint on the two bytes before them.

_Q_ALTS: tuple[tuple[object, ...], ...] = (("W",), ("W", "T"), (0xA3, 0xBF), (0x3F,))
#: Log-prior of each reading of a token (how often the mechanism produces it).
_PRIOR: dict[tuple[object, ...], float] = {
    ("W", "T"): -4.0,  # a whole character lost
    (0xA3, 0xBF): -1.0,  # "?" that was a full-width question mark straddling two characters
    ("W", 0x3C): 7.0,  # "?/p>": the "<" is certain (offsets the cost of the character)
    ("G", "T"): -2.0,  # a dropped user-defined pair
    (0xA3, 0xAC): -1.0,
}


def _tokens(text: str) -> list[tuple[str, object]] | None:
    out: list[tuple[str, object]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "?":
            out.append(("q", text[i + 1 : i + 2] == "/"))
            i += 1
            continue
        m = _FRAG.match(text, i)
        if m and (ch == "(" or (out and out[-1][0] == "q")):
            out.append(("frag", m.group(1)))
            i = m.end()
            continue
        if ch == ",":
            out.append(("comma", None))
            i += 1
            continue
        try:
            b = ch.encode("gbk")
        except UnicodeError:
            return None
        out.append(("bytes", b))
        i += 1
    return out


def _alternatives(tok: tuple[str, object]) -> tuple[tuple[object, ...], ...]:
    kind, val = tok
    if kind == "q":
        alts = _Q_ALTS
        if val:  # "?/p>": the orphan swallowed a "<"
            alts = (*alts, ("W", 0x3C))
        return alts
    if kind == "frag":
        return ((), ("G", "T"))
    if kind == "comma":
        return ((0x2C,), (0xA3, 0xAC))
    assert isinstance(val, bytes)
    return (tuple(val),)


def _template(
    toks: list[tuple[str, object]], combo: tuple[tuple[object, ...], ...]
) -> tuple[list[object], list[tuple[int, str]], list[int]] | None:
    """Byte template, reading constraints (position of the 2nd byte, reading), gap positions."""
    items: list[object] = []
    reads: list[tuple[int, str]] = []
    gaps: list[int] = []
    for tok, alt in zip(toks, combo, strict=True):
        if tok[0] == "frag":
            if len(items) < 2:
                return None
            reads.append((len(items) - 1, str(tok[1])))
            if alt:
                gaps.append(len(items))
        items.extend(alt)
    return items, reads, gaps


def _parse(items: list[object]) -> list[tuple[int, ...]] | None:
    """Character boundaries of the in-phase reading, or None if the template cannot parse."""
    chars: list[tuple[int, ...]] = []
    p, n = 0, len(items)
    while p < n:
        x = items[p]
        if isinstance(x, int) and x < 0x80:
            chars.append((p,))
            p += 1
            continue
        if isinstance(x, int) and x == 0x80:
            return None
        if p + 1 >= n:
            return None
        y = items[p + 1]
        if isinstance(y, int) and not (0x40 <= y <= 0xFE and y != 0x7F):
            return None
        chars.append((p, p + 1))
        p += 2
    return chars


def _domain(items: list[object], p: int) -> tuple[int, ...]:
    x = items[p]
    if isinstance(x, int):
        return (x,)
    if x == "G":
        return _UDA_LEADS
    if x == "W":
        return _LEADS
    return _TRAILS


@functools.lru_cache(maxsize=4096)
def _options(x0: object, x1: object, pairs: frozenset[bytes] | None) -> tuple[bytes, ...]:
    """Candidate byte pairs for a character whose bytes are ``x0 x1`` (known or unknown)."""
    d0, d1 = frozenset(_domain([x0], 0)), frozenset(_domain([x1], 0))
    if len(d0) * len(d1) > 4000 and pairs is None:
        return tuple(b for b in _common_pairs()[:_MAX_LOST_CANDIDATES] if b[0] in d0 and b[1] in d1)
    if pairs is not None and len(d0) > 1:
        return tuple(b for b in pairs if b[0] in d0 and b[1] in d1)
    return tuple(bytes(c) for c in itertools.product(sorted(d0), sorted(d1)))


@functools.lru_cache(maxsize=4096)
def _char_options(
    x0: object, x1: object, pairs: frozenset[bytes] | None, after_gap: bool
) -> tuple[tuple[bytes, str], ...]:
    """(bytes, character) for a two-byte character ``x0 x1``: the candidates of
    :func:`_options` that decode and meet the reading constraint ``pairs`` on them; none when
    ``x1`` closes a dropped pair (``after_gap``: that pair must not decode)."""
    if after_gap:
        return ()
    out = []
    for b in _options(x0, x1, pairs):
        c = _gbk_char(b)
        if c is not None and (pairs is None or b in pairs):
            out.append((b, c))
    return tuple(out)


def _admitted(
    opts: tuple[tuple[bytes, str], ...], last: bytes, head_pairs: frozenset[bytes] | None,
    head_gap: bool,
) -> list[int]:
    """Indices (in order) of the options ``(b, c)`` whose first byte may follow the byte
    ``last``: ``last + b[:1]`` must be one of ``head_pairs`` (a reading constraint), and with
    ``head_gap`` one GBK cannot decode (a dropped pair). Decided once per first byte."""
    groups = _by_first_byte(opts)
    firsts: Iterable[bytes] = groups
    if head_pairs is not None:
        if not last:
            return []
        firsts = [x for x in _trails_after(head_pairs).get(last, ()) if x in groups]
    ok = []
    for x in firsts:
        if head_gap and _gbk_char(last + x) is not None:
            continue
        ok.extend(groups[x])
    ok.sort()
    return ok


@functools.lru_cache(maxsize=1024)
def _trails_after(pairs: frozenset[bytes]) -> dict[bytes, tuple[bytes, ...]]:
    """Byte -> the bytes that complete one of ``pairs`` after it."""
    out: dict[bytes, list[bytes]] = {}
    for p in pairs:
        out.setdefault(p[:1], []).append(p[1:2])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _by_first_byte(opts: tuple[tuple[bytes, str], ...]) -> dict[bytes, list[int]]:
    """First byte -> indices of the options that start with it (memoised per option tuple)."""
    entry = _GROUPS.get(id(opts))
    if entry is None or entry[0] is not opts:
        if len(_GROUPS) >= 1024:
            _GROUPS.clear()
        groups: dict[bytes, list[int]] = {}
        for k, (b, _) in enumerate(opts):
            groups.setdefault(b[:1], []).append(k)
        entry = _GROUPS[id(opts)] = (opts, groups)
    return entry[1]


#: id(options) -> (options, groups); the options tuple is held, so its id is not reused.
_GROUPS: dict[int, tuple[tuple[tuple[bytes, str], ...], dict[bytes, list[int]]]] = {}


#: A step with at least this many options per state takes the wide path (:func:`_step_wide`).
_WIDE = 16

_State = tuple[float, bytes, str, bool]


def _entry(
    opts: tuple[tuple[bytes, str], ...],
) -> tuple[tuple[tuple[bytes, str], ...], _lm.BigramRow, dict[tuple[str, bool], list[float]]]:
    entry = _COSTS.get(id(opts))
    if entry is None or entry[0] is not opts:
        entry = (opts, _lm.BigramRow([c for _, c in opts]), {})
        _COSTS[id(opts)] = entry
    return entry


def _costs_at(
    prev: str, opts: tuple[tuple[bytes, str], ...], trad: bool, ks: list[int]
) -> list[float]:
    """``[_cost(prev, opts[k][1], trad) for k in ks]`` (the same numbers)."""
    if len(opts) < _WIDE:
        return [_cost(prev, opts[k][1], trad) for k in ks]
    v = _entry(opts)[1].logps_at(prev, ks)
    _add_cost_parts(v, [opts[k][1] for k in ks], trad)
    return v


def _add_cost_parts(v: list[float], chars: list[str], trad: bool) -> None:
    """Turn the bigram log-probabilities ``v`` of ``chars`` into :func:`_cost`'s numbers (in
    place): the space cost, the script bonus and the prior of each character."""
    for i, c in enumerate(chars):
        space, script, prior = _cost_parts(c, trad)
        if space:
            v[i] = _SPACE_COST
            continue
        if script:
            v[i] -= 1.0
        if prior is not None:
            v[i] += prior


def _costs(prev: str, opts: tuple[tuple[bytes, str], ...], trad: bool) -> list[float]:
    """``[_cost(prev, c, trad) for _, c in opts]`` (the same numbers), memoised per option
    tuple and computed a row at a time (the searches of one spot try the same options after
    many characters)."""
    entry = _entry(opts)
    memo = entry[2]
    key = (prev, trad)
    v = memo.get(key)
    if v is None:
        if sum(len(e[2]) for e in _COSTS.values()) >= _MAX_COST_VECTORS:
            _COSTS.clear()
            _COSTS[id(opts)] = entry
            memo.clear()
        v = entry[1].logps(prev)
        _add_cost_parts(v, [c for _, c in opts], trad)
        memo[key] = v
    return v


#: id(options) -> (options, their bigram row, {(prev, trad): costs}); the options tuple is
#: held, so its id cannot be reused while its entry lives. At most this many cost vectors are
#: kept.
_COSTS: dict[
    int,
    tuple[tuple[tuple[bytes, str], ...], _lm.BigramRow, dict[tuple[str, bool], list[float]]],
] = {}
_MAX_COST_VECTORS = 2048


def _step_wide(
    beam: list[_State], opts: tuple[tuple[bytes, str], ...], left: str, trad: bool
) -> list[_State]:
    """One step of :func:`_search` where every state takes every option (no reading
    constraint, no gap): the same beam as the general step (the same scores, the same order,
    ties included), without building the states that cannot survive.

    In the general step the states are extended in beam order, each by the options in order;
    the best extension per key (last character, last byte, gap flag) is kept, the first of
    equal ones; the keys are ranked by score, equal scores in the order the keys first
    appeared. Here a key's first appearance is the option's place for the first state of its
    gap flag, and the best extension of each option over the states of a flag is found with
    element-wise maxima of the score vectors (``max`` keeps the earlier of equal values).
    """
    nopt = len(opts)
    cands: dict[tuple[str, bytes, bool], tuple[float, int, int, int]] = {}
    # key -> (score, -first appearance, state index, option index); first appearance =
    # (state index of the flag's first state, option index) flattened
    for flag in (False, True):
        idx = [i for i, st in enumerate(beam) if st[3] == flag]
        if not idx:
            continue
        best: list[float] = []
        arg: list[int] = []
        for i in idx:
            sc, _, text, _ = beam[i]
            vals = list(map(operator.add, itertools.repeat(sc), _costs(text[-1:] or left, opts, trad)))
            if not best:
                best, arg = vals, [i] * nopt
                continue
            new = list(map(max, best, vals))  # max(a, b) is a when a == b: the earlier state
            for k in itertools.compress(range(nopt), map(operator.is_not, new, best)):
                arg[k] = i
            best = new
        first = idx[0] * nopt
        for k, (b, c) in enumerate(opts):
            key = (c, b[-1:], flag)
            old = cands.get(key)
            # same key from two options: nxt order is (state, option)
            if old is None:
                cands[key] = (best[k], -(first + k), arg[k], k)
            elif best[k] > old[0] or (best[k] == old[0] and (arg[k], k) < (old[2], old[3])):
                cands[key] = (best[k], old[1], arg[k], k)
    top = heapq.nlargest(_BEAM, cands.values(), key=lambda v: (v[0], v[1]))
    out = []
    for sc, _, i, k in top:
        _, done, text, flag = beam[i]
        b, c = opts[k]
        out.append((sc, done + b, text + c, flag))
    return out


def _search(
    items: list[object], reads: list[tuple[int, str]], gaps: list[int], left: str, right: str,
    prior: float = 0.0, allow_gap: bool = False, trad: bool = False,
) -> tuple[float, str] | None:
    chars = _parse(items)
    if chars is None:
        return None
    table = _readings()
    read_at: dict[int, frozenset[bytes]] = {}
    for pos, r in reads:
        pairs = table.get(r)
        if pairs is None:
            return None
        read_at[pos] = pairs
    gap_at = set(gaps)
    unknown = [i for i, x in enumerate(items) if not isinstance(x, int)]
    lo, hi = (unknown[0], unknown[-1]) if unknown else (0, -1)
    # state: (score, bytes so far, text, gap used)
    beam: list[tuple[float, bytes, str, bool]] = [(prior, b"", "", False)]
    for ch in chars:
        nxt: list[tuple[float, bytes, str, bool]] = []
        p0 = ch[0]
        if len(ch) == 1:
            opts: tuple[tuple[bytes, str], ...] = ((bytes((items[p0],)), chr(items[p0])),)  # type: ignore[arg-type]
        else:
            opts = _char_options(items[p0], items[p0 + 1], read_at.get(p0 + 1), p0 in gap_at)
        head_pairs = read_at.get(p0)  # reading constraint on the pair ending at byte p0
        head_gap = p0 - 1 in gap_at  # byte p0 closes a dropped pair
        checks_head = head_pairs is not None or head_gap
        gaps_here = allow_gap and len(ch) == 2 and lo < ch[0] and ch[1] < hi and (
            isinstance(items[ch[0]], int) and isinstance(items[ch[1]], int)
            and items[ch[0]] >= 0x81  # type: ignore[operator]
        )
        if not checks_head and not gaps_here and len(opts) >= _WIDE:
            beam = _step_wide(beam, opts, left, trad)
            continue
        for sc, done, text, gapped in beam:
            prev = text[-1:] or left
            if gaps_here and not gapped:
                for gsc, gb, gt in _gap_options(prev, items[ch[0]], items[ch[1]], trad):  # type: ignore[arg-type]
                    nxt.append((sc + gsc, done + gb, text + gt, True))
            # ``done`` holds this character's preceding bytes (a gap adds 4 bytes for 2
            # items), so a constraint on the pair ending at its first byte reads
            # ``done[-1:] + b[:1]``; one on its second byte reads ``b`` (in ``opts``)
            last = done[-1:]
            if checks_head:
                if head_pairs is not None and not done:
                    continue
                ks = _admitted(opts, last, head_pairs, head_gap)
                for k, cost in zip(ks, _costs_at(prev, opts, trad, ks), strict=True):
                    b, c = opts[k]
                    nxt.append((sc + cost, done + b, text + c, gapped))
                continue
            for b, c in opts:
                nxt.append((sc + _cost(prev, c, trad), done + b, text + c, gapped))
        if not nxt:
            return None
        # recombine: the future depends only on the last character, byte and the gap flag
        seen: dict[tuple[str, bytes, bool], tuple[float, bytes, str, bool]] = {}
        for st in nxt:
            key = (st[2][-1:], st[1][-1:], st[3])
            if key not in seen or st[0] > seen[key][0]:
                seen[key] = st
        beam = sorted(seen.values(), key=lambda s: -s[0])[:_BEAM]
    best = max(beam, key=lambda s: s[0] + (_cost(s[2][-1:], right, trad) if right else 0.0))
    return best[0], best[2]


_PUNCT_PRIOR = {c: 0.0 for c in "，。"} | {c: -0.5 for c in "、；：？！“”（）《》"}


@functools.lru_cache(maxsize=1 << 18)
def _cost(prev: str, c: str, trad: bool) -> float:
    """Log-probability of ``c`` after ``prev`` (with a prior on punctuation, spaces and the
    script of the context: ``trad`` = the text around is Traditional)."""
    space, script, prior = _cost_parts(c, trad)
    if space:
        return _SPACE_COST
    v = _lm.bigram_logp(prev, c)
    if script:
        v -= 1.0
    if prior is not None:
        v += prior
    return v


@functools.lru_cache(maxsize=1 << 16)
def _cost_parts(c: str, trad: bool) -> tuple[bool, bool, float | None]:
    """What :func:`_cost` adds to the model's number for ``c``: (a space: a fixed cost
    instead; the other script than the context's: -1; the prior of a non-Han symbol)."""
    if c.isspace():
        return True, False, None
    script = (_lm.is_simplified(c) and trad) or (_lm.is_traditional(c) and not trad)
    prior = None
    if c >= "\u2000" and not _lm.is_han(c):
        prior = _PUNCT_PRIOR.get(c, -6.0 if "\uff10" <= c <= "\uff5e" else -4.0)
    return False, bool(script), prior


@functools.cache
def _common_by_trail() -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {}
    for b in _common_pairs():
        out.setdefault(b[1], []).append(b[0])
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _gap_seconds(y: int) -> tuple[tuple[bytes, str], ...]:
    """``(T y, character)`` for the common characters ending in byte ``y`` (in the order of
    :func:`_common_by_trail`): the second character of a gap option."""
    out = []
    for t in _common_by_trail().get(y, ()):
        c2 = _gbk_char(bytes((t, y)))
        if c2 is not None:
            out.append((bytes((t, y)), c2))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _gap_options(prev: str, x: int, y: int, trad: bool) -> tuple[tuple[float, bytes, str], ...]:
    """Two characters ``[x G][T y]`` hiding a dropped user-defined pair ``G T`` between the
    bytes of an in-phase pair ``x y`` (best few, by the model)."""
    firsts = []
    for g in _UDA_LEADS:
        c1 = _gbk_char(bytes((x, g)))
        if c1 is not None:
            firsts.append((_cost(prev, c1, trad), g, c1))
    firsts.sort(reverse=True)
    out = []
    seconds = _gap_seconds(y)
    for sc1, g, c1 in firsts[:6]:
        costs = _costs(c1, seconds, trad)  # _cost(c1, c2, trad) of each second character
        for k, (ty, c2) in enumerate(seconds):
            if _gbk_char(bytes((g, ty[0]))) is not None:
                continue  # the pair must be one GBK drops
            out.append((sc1 + costs[k] + _MID_GAP_PRIOR, bytes((x, g)) + ty, c1 + c2))
    out.sort(reverse=True)
    return tuple(out[:40])


def _strip_frags(text: str) -> str:
    return _FRAG.sub("", text)


def _window(text: str, s: int) -> tuple[int, int]:
    """The span of the damaged spot whose first ``?`` is at ``s``."""
    start = s
    # back over whole annotations to the Chinese character they follow
    while start > 0:
        m = _FULL_FRAG.search(text, 0, start)
        if m:
            start = m.start()
            continue
        break
    if start > 0 and _HAN.match(text[start - 1]):
        start -= 1
    # forward: markers (?, a fragment right after it, a comma right after it, an ASCII trail
    # letter) chain while they are close together; whole annotations are not markers
    i = s + 1
    last = s
    n = len(text)
    while i < n and i - s < _MAX_WINDOW:
        ch = text[i]
        if ch == "\n":
            break
        m = _FRAG.match(text, i)
        if m and (ch == "(" or text[i - 1] == "?"):
            if text[i - 1] == "?":
                last = m.end() - 1
            i = m.end()
            continue
        if ch == "?" or (ch == "," and text[i - 1] == "?") or (
            0x40 <= ord(ch) <= 0x7E and ch.isascii()
            and (text[i - 1] in ")?" or not text[i - 1].isascii())
            and not text[i + 1 : i + 2].isascii()
        ):
            last = i
            i += 1
            continue
        if i - last > 20:
            break
        i += 1
    end = min(n, last + 1)
    # a few characters after the last marker check the phase
    k = 0
    while end < n and k < 4 and text[end] != "\n":
        m = _FRAG.match(text, end)
        end = m.end() if m and text[end] == "(" else end + 1
        k += 1
    return start, end


def find_spots(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that look like shifted-byte damage (before repair)."""
    spots: list[tuple[int, int]] = []
    for m in _SPOT.finditer(text):
        if spots and m.start() < spots[-1][1]:
            continue
        spots.append(_window(text, m.start()))
    return spots


def _repair(window: str, left: str, right: str) -> str | None:
    if not _EVIDENCE.search(window):
        return None
    toks = _tokens(window)
    if toks is None or len(toks) > 80:
        return None
    alts = [_alternatives(t) for t in toks]
    for k in range(len(toks) - 1):
        if toks[k][0] == "q" and toks[k + 1][0] in ("frag", "comma"):
            # an annotation or a comma glued to "?": the "?" is an orphan byte (or a lost pair)
            alts[k] = tuple(a for a in alts[k] if a and not isinstance(a[0], int))
    n_combo = 1
    for a in alts:
        n_combo *= len(a)
    if n_combo > 4096:
        return None
    best: tuple[float, str] | None = None
    trad = _lm.traditional_context(left + window + right)
    for combo in itertools.product(*alts):
        unknown = sum(1 for alt in combo for x in alt if not isinstance(x, int))
        if unknown > 8:
            continue
        t = _template(toks, combo)
        if t is None:
            continue
        prior = sum(_PRIOR.get(alt, 0.0) for alt in combo)
        if best is not None and prior < best[0] - 40:
            continue
        r = _search(*t, left, right, prior, allow_gap=not t[2], trad=trad)
        if r is not None and (best is None or r[0] > best[0]):
            best = r
    if best is None:
        return None
    rep = best[1]
    before = _strip_frags(window)
    ctx_l, ctx_r = left[-2:], right[:2]
    gain = _lm.score(ctx_l + rep + ctx_r) - _lm.score(ctx_l + before + ctx_r)
    margin = STRONG_MARGIN if _STRONG_EVIDENCE.search(window) else MARGIN
    if rep == window or gain <= margin:
        return None
    return rep


def _fix_line(line: str) -> str:
    spots = find_spots(line)
    if not spots:
        return line
    parts = []
    pos = 0
    for a, b in spots:
        rep = _repair(line[a:b], line[max(0, a - 4) : a], line[b : b + 4])
        if rep is None:
            continue
        parts.append(line[pos:a])
        parts.append(rep)
        pos = b
    parts.append(line[pos:])
    return "".join(parts)


@cleaner(
    name="fix_shifted_bytes",
    family="encoding",
    summary="Repair GBK text read one byte out of step after byte-level insertions (?xùn)|).",
    example=("推動?xùn)|北振興", "推動東北振興"),
    removes=("any",),
)
def fix_shifted_bytes(text: str) -> str:
    """Repair shifted-byte damage: ``推動?xùn)|北`` -> ``推動東北``; clean text unchanged.

    >>> fix_shifted_bytes("種子管理?xiàng)l例進行了初審")
    '種子管理條例進行了初審'
    """
    if "?" not in text:
        return text
    try:
        out = []
        for line in text.split("\n"):
            out.append(_fix_line(line) if "?" in line else line)
        return "\n".join(out)
    except Exception:  # a cleaner is total: on any internal failure keep the text
        return text
