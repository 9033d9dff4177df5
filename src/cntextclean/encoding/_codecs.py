"""Byte-level helpers shared by the mojibake repairs: re-encoding, strict decoding, segmenting.

A mojibake repair undoes one wrong decoding: the damaged text is encoded again with the codec
that was wrongly used to read it (``wrong``) and the bytes are decoded with the codec they were
really in (``real``). :func:`valid_spans` finds the parts of a line where that round trip is
possible, so a damaged phrase inside clean text can be repaired on its own.
"""

from __future__ import annotations

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


def _runs_encodable(line: str, wrong: str) -> list[tuple[int, list[bytes]]]:
    """Maximal runs of characters of ``line`` that ``wrong`` can encode: (start, bytes per char)."""
    try:
        line.encode(wrong)
        return [(0, [ch.encode(wrong) for ch in line])]
    except UnicodeError:
        pass
    runs: list[tuple[int, list[bytes]]] = []
    cur: list[bytes] = []
    start = 0
    for i, ch in enumerate(line):
        try:
            b = ch.encode(wrong)
        except UnicodeError:
            if cur:
                runs.append((start, cur))
            cur = []
            start = i + 1
            continue
        if not cur:
            start = i
        cur.append(b)
    if cur:
        runs.append((start, cur))
    return runs


def valid_spans(line: str, wrong: str, real: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, repaired)`` of ``line`` whose ``wrong`` bytes decode strictly as ``real``.

    Only spans containing a non-ASCII character are returned, trimmed of the ASCII they share
    with their repair. Span ends sit on character boundaries of ``line``.
    """
    out: list[tuple[int, int, str]] = []
    for start, chars in _runs_encodable(line, wrong):
        if all(len(b) == 1 and b[0] < 0x80 for b in chars):
            continue
        data = b"".join(chars)
        offs = [0]
        for b in chars:
            offs.append(offs[-1] + len(b))
        # decoded with surrogateescape, every invalid byte is one lone surrogate
        dec = data.decode(real, "surrogateescape")
        pos = 0  # byte position
        seg_start = 0
        seg: list[str] = []
        pieces: list[tuple[int, int]] = []  # valid byte ranges
        for ch in dec:
            if "\udc80" <= ch <= "\udcff":
                if seg:
                    pieces.append((seg_start, pos))
                    seg = []
                pos += 1
                seg_start = pos
                continue
            if not seg:
                seg_start = pos
            seg.append(ch)
            try:
                pos += len(ch.encode(real))
            except UnicodeError:
                return out  # codec not round-tripping; give up on this line
        if seg:
            pieces.append((seg_start, pos))
        bound = {o: k for k, o in enumerate(offs)}
        for bs, be in pieces:
            span = _snap(data, offs, bound, bs, be, real)
            if span is None:
                continue
            cs, ce, rep = span
            orig = line[start + cs : start + ce]
            # trim shared ASCII at both ends
            while orig and rep and orig[0] == rep[0] and orig[0] < "\x80":
                orig, rep, cs = orig[1:], rep[1:], cs + 1
            while orig and rep and orig[-1] == rep[-1] and orig[-1] < "\x80":
                orig, rep, ce = orig[:-1], rep[:-1], ce - 1
            if orig and orig != rep and any(c >= "\x80" for c in orig):
                out.append((start + cs, start + ce, rep))
    return out


def _snap(
    data: bytes, offs: list[int], bound: dict[int, int], bs: int, be: int, real: str
) -> tuple[int, int, str] | None:
    """Shrink the byte range [bs, be) to character boundaries that still decode strictly."""
    import bisect

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
