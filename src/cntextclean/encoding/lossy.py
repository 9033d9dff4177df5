"""UTF-8 read as GBK/GB18030 with replacement characters: infer the lost bytes.

When UTF-8 bytes are decoded as GBK with ``errors="replace"``, every byte that cannot start a
valid GBK pair becomes one U+FFFD and is lost. Encoding the text back to GBK gives the UTF-8
bytes with holes, one byte per U+FFFD. Each hole sits inside a UTF-8 sequence whose other bytes
survived, so only a few characters fit (64 when a continuation byte is lost, a handful when a
lead byte is): the character model chooses among them with a Viterbi search over the span.

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
import unicodedata

from . import _lm
from ._codecs import WILD

#: Lead bytes a lost first byte of a 3-byte UTF-8 sequence may have had (CJK, punctuation).
_LEADS = (0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF)
_CONTS = tuple(range(0x80, 0xC0))
#: At most this many candidates per position (the most frequent characters are kept).
_MAX_CANDIDATES = 64

Slot = tuple[int, int, tuple[str, ...]]  # (first char index, end char index, candidates)


def _ok(ch: str) -> bool:
    return unicodedata.category(ch) not in ("Cn", "Co", "Cs", "Cc", "Cf")


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
    opts: list[tuple[int, ...]] = []
    for i, x in enumerate(tmpl):
        if x != WILD:
            opts.append((x,))
        else:
            opts.append(_LEADS if i == 0 else _CONTS)
    wild = [i for i, x in enumerate(tmpl) if x == WILD]
    out = []
    for combo in itertools.product(*opts):
        try:
            ch = bytes(combo).decode("utf-8")
        except UnicodeError:
            continue
        if len(ch) != 1 or not _ok(ch):
            continue
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


@functools.lru_cache(maxsize=1 << 18)
def _cost(prev: str, c: str, trad: bool) -> float:
    if c.isspace():
        return _SPACE_COST
    v = _lm.bigram_logp(prev, c) if prev else _lm.char_logp(c)
    if c >= "\u2000" and not _lm.is_han(c):
        v += _PUNCT_PRIOR.get(c, _RARE_SYMBOL_COST - (2.0 if "\uff10" <= c <= "\uff5e" else 0.0))
    if _lm.is_traditional(c) != trad and (_lm.is_traditional(c) or _lm.is_simplified(c)):
        v += _SCRIPT_COST
    return v


def _viterbi(
    slots: list[tuple[tuple[str, float], ...]], left: str, right: str, trad: bool
) -> str:
    """Best path; the state is the last non-space character (bigrams skip spaces)."""
    prev: dict[str, tuple[float, str]] = {left: (0.0, "")}
    for cands in slots:
        nxt: dict[str, tuple[float, str]] = {}
        for c, pen in cands:
            for p, (sc, path) in prev.items():
                v = sc + _cost(p, c, trad) + pen
                key = p if c.isspace() else c
                if key not in nxt or v > nxt[key][0]:
                    nxt[key] = (v, path + c)
        prev = nxt
    if right:
        return max(prev.items(), key=lambda kv: kv[1][0] + _cost(kv[0], right, trad))[1][1]
    # at the end of a line: sentence-final punctuation is likelier than a comma
    return max(prev.items(), key=lambda kv: kv[1][0] + _END_PRIOR.get(kv[0], 0.0))[1][1]


_END_PRIOR = {"，": -1.5, "、": -2.0, "：": -1.0}


def infer_spans(line: str, wrong: str) -> list[tuple[int, int, str]]:
    """Repairs ``(start, end, text)`` for spans of ``line`` that are UTF-8 read as ``wrong``
    with lost bytes (each U+FFFD one byte). Only spans containing a U+FFFD are returned."""
    if "\ufffd" not in line:
        return []
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
    for run in _parse(data, char_at, wrong):
        # trim slots until both ends sit on character boundaries of the line
        while run and run[-1][1] not in char_at:
            run = run[:-1]
        if not run:
            continue
        bs, be = run[0][0], run[-1][1]
        if WILD not in data[bs:be]:
            continue
        cs, ce = char_at[bs], char_at[be]
        if len(run) > 2000:
            continue
        left = line[:cs].rstrip()[-1:]
        right = line[ce:].lstrip()[:1]
        trad = _lm.traditional_context("".join(c[0][0] for _, _, c in run if len(c) == 1))
        rep = _viterbi([c for _, _, c in run], left, right, trad)
        if rep != line[cs:ce]:
            out.append((cs, ce, rep))
    return out
