"""Byte-level helpers shared by the mojibake repairs: re-encoding, strict decoding, segmenting.

A mojibake repair undoes one wrong decoding: the damaged text is encoded again with the codec
that was wrongly used to read it (``wrong``) and the bytes are decoded with the codec they were
really in (``real``). :func:`valid_spans` finds the parts of a line where that round trip is
possible, so a damaged phrase inside clean text can be repaired on its own.

Everything per character is done by the codecs and the regular expression engine (a line of
clean text costs a few C calls per codec, not a Python step per character): the runs of
characters a codec can encode come from one precomputed character class per codec, the valid
pieces of the round trip from one decoding with ``surrogateescape``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

#: Marker for a lost byte (a U+FFFD of a lossy decode) inside a byte template.
WILD = -1

SLOPPY_1252 = "sloppy-windows-1252"


def strict(text: str, wrong: str, real: str) -> str | None:
    """``text.encode(wrong).decode(real)``, or None when either step fails."""
    try:
        return text.encode(wrong).decode(real)
    except UnicodeError:
        return None


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeError:
        return False
    return True


def _ranges(chars: list[int]) -> str:
    """A character class body for the sorted code points ``chars``."""
    out = []
    k, n = 0, len(chars)
    while k < n:
        j = k
        while j + 1 < n and chars[j + 1] == chars[j] + 1:
            j += 1
        a, b = re.escape(chr(chars[k])), re.escape(chr(chars[j]))
        out.append(a if j == k else f"{a}-{b}")
        k = j + 1
    return "".join(out)


#: Codecs that encode every character outside the Basic Multilingual Plane (the others used
#: here, GBK, Big5 and the single-byte codecs, encode none: checked by the tests).
_ASTRAL_OK = frozenset({"gb18030", "utf-8"})


@functools.cache
def encodable_class(codec: str) -> str:
    """The body of a character class of the BMP characters ``codec`` can encode.

    Candidates are every character the codec decodes from one or two bytes (a codec encodes
    only characters it can produce); each is checked by encoding it. ``tests/test_mojibake.py``
    checks the result against every BMP character for the codecs used here.
    """
    if codec == "gb18030":  # every character but the surrogates
        return "\x00-\ud7ff\ue000-\uffff"
    singles = bytes(range(256)).decode(codec, "ignore")
    cands = set(singles)
    if len(singles) < 256:  # a multi-byte codec: every lead byte with every byte after it,
        # each pair after a NUL (never a second byte: a bad pair cannot swallow the next one)
        trails = bytes(range(0x40, 256))
        buf = bytearray(3 * len(trails))
        buf[2::3] = trails
        for a in range(0x80, 256):
            buf[1::3] = bytes((a,)) * len(trails)
            cands.update(buf.decode(codec, "ignore"))
    ok = sorted(filter((0x10000).__gt__, map(ord, cands)))
    try:
        "".join(map(chr, ok)).encode(codec)
    except UnicodeError:
        ok = [c for c in ok if _encodes(chr(c), codec)]
    return _ranges(ok)


@functools.cache
def _run_pattern(codec: str) -> re.Pattern[str]:
    body = encodable_class(codec)
    if codec in _ASTRAL_OK:
        body += "\U00010000-\U0010ffff"
    return re.compile(f"[{body}]+")


def encodable_runs(line: str, wrong: str) -> list[tuple[int, str]]:
    """Maximal runs of characters of ``line`` that ``wrong`` can encode: (start, run)."""
    return [(m.start(), m.group()) for m in _run_pattern(wrong).finditer(line)]


_ESCAPED = re.compile("[\udc80-\udcff]+")
#: Runs of well-formed UTF-8 sequences, as Python's decoder accepts them (no surrogates, no
#: overlong forms, nothing above U+10FFFF). Where a sequence breaks off, the decoder rejects
#: its lead and continuation bytes, none of which can start a sequence: the runs are exactly
#: the pieces between the bytes it rejects.
_UTF8_RUNS = re.compile(
    b"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    b"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    b"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)


def _pieces(data: bytes, real: str) -> list[tuple[int, int]] | None:
    """Maximal byte ranges of ``data`` that decode strictly as ``real``, or None when the codec
    does not round-trip (a decoded character does not encode again)."""
    if real == "utf-8":
        return [m.span() for m in _UTF8_RUNS.finditer(data)]
    # decoded with surrogateescape, every invalid byte is one lone surrogate
    dec = data.decode(real, "surrogateescape")
    pieces: list[tuple[int, int]] = []
    pos = 0  # byte position
    last = 0  # char position in dec
    for m in _ESCAPED.finditer(dec):
        if m.start() > last:
            try:
                n = len(dec[last : m.start()].encode(real))
            except UnicodeError:
                return None
            pieces.append((pos, pos + n))
            pos += n
        pos += m.end() - m.start()
        last = m.end()
    if last < len(dec):
        try:
            n = len(dec[last:].encode(real))
        except UnicodeError:
            return None
        pieces.append((pos, pos + n))
    return pieces


class _PrefixOffsets:
    """Byte offset of each character boundary of ``text`` encoded with ``codec``, computed on
    access (a prefix encoded): cheaper than all of them when only a few are looked up."""

    __slots__ = ("codec", "text")

    def __init__(self, text: str, codec: str) -> None:
        self.text, self.codec = text, codec

    def __len__(self) -> int:
        return len(self.text) + 1

    def __getitem__(self, k: int) -> int:
        return len(self.text[:k].encode(self.codec))


def _offsets(text: str, data: bytes, wrong: str, lookups: int) -> Sequence[int]:
    """Byte offset of every character boundary of ``text`` (``data`` in ``wrong``), for about
    ``lookups`` binary searches."""
    if len(data) == len(text):
        return range(len(text) + 1)  # one byte per character
    if lookups * (len(text).bit_length() + 3) <= 48:
        return _PrefixOffsets(text, wrong)
    return list(itertools.accumulate((len(c.encode(wrong)) for c in text), initial=0))


def valid_spans(
    line: str, wrong: str, real: str, within: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, repaired)`` of ``line`` whose ``wrong`` bytes decode strictly as ``real``.

    Only spans containing a non-ASCII character are returned, trimmed of the ASCII they share
    with their repair. Span ends sit on character boundaries of ``line``.

    ``within``: character ranges ``(a, b)`` of ``line``, sorted; when given, the spans that
    cannot contain one of them whole are left out (without the per-character work of finding
    them): the caller wants no others. Exact: a span is snapped inside one valid byte range and
    then trimmed of ASCII only, so it can hold a range of non-ASCII characters only if its byte
    range holds that range's bytes. (Runs left out are not decoded; their decoding could only
    make a codec give up, and the decoded characters of these codecs all encode again.)
    """
    out: list[tuple[int, int, str]] = []
    for start, text, data, need in _runs(line, wrong, None if within is None else tuple(within)):
        pieces = _pieces(data, real)
        if pieces is None:
            return out  # codec not round-tripping; give up on this line
        if need is not None:
            pieces = _needed(pieces, need)
            if not pieces:
                continue
        offs = _offsets(text, data, wrong, 2 * len(pieces))
        for bs, be in pieces:
            span = _snap(data, offs, bs, be, real)
            if span is None:
                continue
            cs, ce, rep = span
            orig = text[cs:ce]
            # trim shared ASCII at both ends
            while orig and rep and orig[0] == rep[0] and orig[0] < "\x80":
                orig, rep, cs = orig[1:], rep[1:], cs + 1
            while orig and rep and orig[-1] == rep[-1] and orig[-1] < "\x80":
                orig, rep, ce = orig[:-1], rep[:-1], ce - 1
            if orig and orig != rep and any(c >= "\x80" for c in orig):
                out.append((start + cs, start + ce, rep))
    return out


_Run = tuple[int, str, bytes, "list[tuple[int, int]] | None"]


@functools.lru_cache(maxsize=64)
def _runs(line: str, wrong: str, within: tuple[tuple[int, int], ...] | None) -> tuple[_Run, ...]:
    """The runs of ``line`` that :func:`valid_spans` decodes: (start, text, its ``wrong``
    bytes, the byte ranges of the ranges of ``within`` inside it, or None without
    ``within``). Memoised: the transforms that share ``wrong`` share them."""
    out = []
    for start, text in encodable_runs(line, wrong):
        if text.isascii():
            continue  # ASCII encodes as itself in every codec used here: nothing to repair
        need = None
        if within is not None:
            need = _inside(within, start, start + len(text))
            if not need:
                continue
        data = text.encode(wrong)
        if len(data) == len(text) and data.isascii():
            continue
        out.append((start, text, data, None if need is None else _byte_ranges(text, wrong, need)))
    return tuple(out)


def _inside(
    within: tuple[tuple[int, int], ...], start: int, end: int
) -> list[tuple[int, int]]:
    """The ranges of ``within`` (sorted) that lie in [start, end), relative to ``start``."""
    out = []
    for k in range(bisect.bisect_left(within, (start, start)), len(within)):
        a, b = within[k]
        if a >= end:
            break
        if b <= end:
            out.append((a - start, b - start))
    return out


def _byte_ranges(text: str, wrong: str, need: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character ranges ``need`` of ``text`` as byte ranges of its ``wrong`` bytes (one
    encoding of each stretch between range ends)."""
    marks = sorted({p for r in need for p in r})
    byte_at: dict[int, int] = {}
    pos, prev = 0, 0
    for m in marks:
        pos += len(text[prev:m].encode(wrong))
        byte_at[m] = pos
        prev = m
    return [(byte_at[a], byte_at[b]) for a, b in need]


def _needed(pieces: list[tuple[int, int]], need: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The byte ranges of ``pieces`` that hold one of the byte ranges ``need`` whole: a span
    snapped inside a piece holds only such ranges."""
    keep = set()
    for ba, bb in need:
        k = bisect.bisect_right(pieces, (ba, _INF)) - 1  # the piece where the range starts
        if k >= 0 and pieces[k][1] >= bb:
            keep.add(k)
    return [pieces[k] for k in sorted(keep)]


_INF = float("inf")


def _snap(
    data: bytes, offs: Sequence[int], bs: int, be: int, real: str
) -> tuple[int, int, str] | None:
    """Shrink the byte range [bs, be) to character boundaries that still decode strictly."""
    cs = bisect.bisect_left(offs, bs)
    ce = bisect.bisect_right(offs, be) - 1
    for dcs in range(3):
        for dce in range(3):
            a, b = cs + dcs, ce - dce
            if a >= b:
                continue
            try:
                return a, b, data[offs[a] : offs[b]].decode(real)
            except UnicodeError:
                continue
    return None
