"""Bytes of any Chinese encoding to text: BOMs, UTF-8/16/32, GBK/GB18030, Big5, HZ.

:func:`decode` decodes ``data`` strictly in every candidate encoding that could have produced
it and keeps the decoding that is the most plausible Chinese text (:mod:`..plausibility`), with a
small prior per encoding and chardet's opinion as a tie-breaker. So even 20-byte snippets, where
GBK and Big5 bytes are both valid, come out right.

>>> text = "统筹发展和安全，推进高水平对外开放"
>>> [decode(text.encode(e)).encoding for e in ("utf-8", "gbk", "utf-16")]
['utf-8', 'gbk', 'utf-16']
>>> decode("繁體中文的測試資料".encode("big5")).text
'繁體中文的測試資料'

Rules, in order (``encoding=None``):

1. empty input: ``Decoded("", "utf-8", 1.0)``;
2. a byte-order mark (UTF-32 and UTF-16 LE/BE, UTF-8): that codec (``utf-32``, ``utf-16``,
   ``utf-8-sig``), confidence 1.0, when the rest decodes strictly; when it does not (a truncated
   or damaged file), that codec with replacement characters and confidence <= 0.5;
3. 7-bit data: ``ascii`` (or ``hz`` when it holds HZ escapes that decode to Chinese, or BOM-less
   UTF-16 Chinese whose bytes all happen to be 7-bit);
4. valid UTF-8 of more than 64 bytes with at least 24 bytes in multi-byte sequences: ``utf-8``
   (0.99) without a contest;
5. otherwise the candidates (``utf-8``, ``gb18030``, ``big5``/``cp950``/``big5hkscs``, and
   ``utf-16-le/be`` or ``utf-32-le/be`` without BOM when the bytes have their shape) are decoded
   strictly on a 16 KB prefix and scored: total log-probability plus a small prior per codec
   (UTF-8 +4 nats, Big5 -0.5, UTF-16 without NUL evidence -3...). chardet breaks close calls;
   when no reading is plausible Chinese, chardet's own answer (Japanese, Korean, Cyrillic...)
   and ``cp1252`` join with a per-character bonus. The best candidate must then decode the
   whole data strictly. GB18030 data that GBK decodes as well is reported as ``gbk``;
6. a legacy-codec document whose lines read much better in another codec (a UTF-8 line in a
   GBK file, a Big5 line read as GBK) is decoded line by line; so is a document that no
   candidate decodes as a whole: each line in the document's codec where that reads plausibly,
   else in its own most plausible codec. ``.encoding`` is then the codec of most of the
   non-ASCII bytes and ``.line_encodings`` lists every codec used;
7. lines that no codec decodes (binary data, damage) are decoded with replacement characters
   (U+FFFD, reported by ``find_damage``), with a low confidence. :func:`decode` never raises
   when ``encoding`` is None (a ``str`` argument is a ``TypeError``).

``encoding="..."`` forces a codec: an unknown name raises :class:`ValueError`; bytes that are
invalid in it raise :class:`UnicodeDecodeError` (no silent data loss; decode with
``bytes.decode(name, errors="replace")`` yourself if you want that). A BOM matching the forced
UTF codec is removed.
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter
from dataclasses import dataclass

from .. import plausibility

__all__ = ["Decoded", "decode", "looks_binary"]


@dataclass(frozen=True)
class Decoded:
    """The result of :func:`decode`.

    ``text``: the decoded text. ``encoding``: a Python codec name (``codecs.lookup`` accepts it)
    such that, for a single-encoding document, ``data.decode(encoding) == text``.
    ``confidence``: 0..1, how sure the choice is. ``line_encodings``: empty when
    ``data.decode(encoding) == text``; else the codecs used, most bytes first (a document
    decoded line by line, or with replacement characters U+FFFD for bytes no codec decodes).
    """

    text: str
    encoding: str
    confidence: float
    line_encodings: tuple[str, ...] = ()


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_MAGIC = (
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"II*\x00",
    b"MM\x00*",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE (old .doc/.xls)
    b"\x00asm",
    b"SQLite format 3\x00",
)

#: Bytes of the prefix on which candidates are compared.
_PREFIX = 16 * 1024
#: Log-prior (nats, added to the total log-probability) of each candidate codec.
_PRIOR: dict[str, float] = {
    "utf-8": 4.0,
    "gb18030": 0.0,
    "big5": -0.5,
    "cp950": -1.0,
    "big5hkscs": -1.5,
    "hz": 2.0,
    "utf-16-le": -3.0,
    "utf-16-be": -3.5,
    "utf-32-le": -6.0,
    "utf-32-be": -6.0,
    "cp1252": -8.0,
}
#: Bonus (nats) for the candidate chardet names, times its confidence.
_CHARDET_WEIGHT = 2.0
#: When no reading is plausible Chinese: bonus (nats per character, times chardet's
#: confidence) for chardet's answer when it is not a Chinese codec.
_FOREIGN_BONUS = 3.0
_LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")
_BOM_CODECS = ("ascii", "utf-8-sig", "utf-16", "utf-32")
_ASCII_COMPATIBLE = ("utf-8", *_LEGACY)
_HZ = re.compile(rb"~\{[\x21-\x7e]{2}")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: a known binary magic number (PDF, PNG, JPEG, GIF, ZIP,
    ELF, gzip...), or NUL bytes that are not in a UTF-16/UTF-32 pattern.

    >>> looks_binary(b"%PDF-1.7 ..."), looks_binary("中文".encode("utf-16-le")), looks_binary(b"a\\0\\0b")
    (True, False, True)
    """
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:8192]
    if b"\x00" not in head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS if bom != codecs.BOM_UTF8):
        return False
    return _utf16_32_by_nuls(head) is None


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]")


def _utf16_32_by_nuls(head: bytes) -> str | None:
    """The UTF-16/32 codec whose NUL pattern ``head`` shows, or None.

    UTF-32 of BMP text has NULs in both high bytes of every unit; UTF-16 has NULs (ASCII
    characters) in one byte column only. The reading must also be text: binary data that
    happens to fit the pattern decodes to control characters."""
    n = len(head)
    if n < 2:
        return None
    codec = None
    if n >= 4:
        m = n - n % 4
        cols = [head[i:m:4].count(0) for i in range(4)]
        q = m // 4
        if cols[2] == q and cols[3] == q and cols[0] < q:
            codec = "utf-32-le"
        elif cols[0] == q and cols[1] == q and cols[3] < q:
            codec = "utf-32-be"
    if codec is None:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd and not even:
            codec = "utf-16-le"
        elif even and not odd:
            codec = "utf-16-be"
        else:
            return None
    text = codecs.getincrementaldecoder(codec)("replace").decode(head, final=False)
    if len(_CONTROL.findall(text)) > 0.02 * len(text):
        return None
    return codec


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None


def _forced(data: bytes, encoding: str) -> Decoded:
    name = _codec_name(encoding)
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    try:
        text = data.decode(name)
    except UnicodeDecodeError as e:
        raise UnicodeDecodeError(
            e.encoding, e.object, e.start, e.end,
            f"{e.reason}: the data is not valid {name} (byte offset {e.start})",
        ) from None
    if name in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be") and text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, name, 1.0)


def _prefix_decode(data: bytes, codec: str) -> str | None:
    """Strict decoding of the first ``_PREFIX`` bytes (a sequence cut at the end is dropped)."""
    dec = codecs.getincrementaldecoder(codec)("strict")
    try:
        return dec.decode(data[:_PREFIX], final=len(data) <= _PREFIX)
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _chardet(data: bytes) -> tuple[str | None, float]:
    try:
        import chardet

        res = chardet.detect(data[:_PREFIX])
    except Exception:  # an opinion only: never fail because of it
        return None, 0.0
    enc = res.get("encoding")
    if not enc:
        return None, 0.0
    try:
        name = codecs.lookup(enc).name
    except LookupError:
        return None, 0.0
    if name in ("gbk", "gb2312"):
        name = "gb18030"
    return name, float(res.get("confidence") or 0.0)


def _gb_label(data: bytes) -> str:
    """``gbk`` when GBK decodes the data too (identical text), else ``gb18030``."""
    return "gbk" if _strict(data, "gbk") is not None else "gb18030"


def _label(codec: str, data: bytes) -> str:
    return _gb_label(data) if codec == "gb18030" else codec


def _posterior(best: float, others: list[float]) -> float:
    """P(best) among hypotheses with these log-scores (numerically safe)."""
    s = sum(math.exp(max(-50.0, o - best)) for o in others)
    return 1.0 / (1.0 + s)


def _quality(score: float) -> float:
    """1.0 for a plausibility score of Chinese (or clean ASCII) text, falling to 0.2 for
    gibberish."""
    return max(0.2, min(1.0, (score + 13.0) / 5.0))


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode ``data``: the given ``encoding``, or the most plausible one (see the module doc).

    >>> decode(b"")
    Decoded(text='', encoding='utf-8', confidence=1.0, line_encodings=())
    >>> decode(b"~{VP9z~}").text, decode(b"~{VP9z~}").encoding
    ('中国', 'hz')
    """
    if isinstance(data, str):
        raise TypeError("decode() takes bytes, not str (the text is already decoded)")
    data = bytes(data)
    if encoding is not None:
        return _forced(data, encoding)
    if not data:
        return Decoded("", "utf-8", 1.0)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is not None:
                return Decoded(text, codec, 1.0)
            return _damaged_bom(data, bom, codec)
    if data.isascii() and b"\x00" not in data:
        if b"~{" in data and _HZ.search(data):
            text = _strict(data, "hz")
            # HZ only when the escapes hold plausible Chinese (not ASCII art with "~{")
            if text is not None and _HAN.search(text) and plausibility.score(text) > _POOR:
                return Decoded(text, "hz", round(_quality(plausibility.score(text)), 3))
        utf16 = _ascii_bytes_utf16(data)
        if utf16 is not None:
            return utf16
        return Decoded(data.decode("ascii"), "ascii", 1.0)
    return _detect(data)


def _damaged_bom(data: bytes, bom: bytes, codec: str) -> Decoded:
    """A BOM whose codec fails on a few bytes (a truncated or damaged file): that codec with
    replacement characters, or, when the BOM was a coincidence, detection as usual."""
    if codec == "utf-8-sig":
        res = _by_line(data[len(bom):], "utf-8")
        if "utf-8" in res.line_encodings[:1]:
            return res
    else:
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") <= max(1, len(text) // 100):
            return Decoded(text, codec, 0.5, (codec,))
    return _detect(data)


_ASCII_TEXT_BYTES = re.compile(rb"[\t\n\r ]")
# C0 control bytes that ASCII text does not hold (but the low byte of a Chinese code unit may:
# ``、`` is ``01 30`` in UTF-16-LE)
_ASCII_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_ALL_HAN_OR_PUNCT = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")


def _ascii_bytes_utf16(data: bytes) -> Decoded | None:
    """BOM-less UTF-16 Chinese whose bytes all happen to be 7-bit (``席位`` is
    ``-^MO`` in UTF-16-LE): only when there is no space, tab or line break (ASCII text has them)
    or there are control bytes ASCII text does not have (``为、大有作为。我`` holds a tab, the low
    byte of ``有``, and ``\x01``, ``\x02``, ``\x11``), and one reading is all Chinese of good
    plausibility."""
    if len(data) < 8 or len(data) % 2:
        return None
    if _ASCII_TEXT_BYTES.search(data) and not _ASCII_CONTROL_BYTES.search(data):
        return None
    best: tuple[float, str, str] | None = None
    for c in ("utf-16-le", "utf-16-be"):
        t = _strict(data, c)
        if t is None or not _ALL_HAN_OR_PUNCT.fullmatch(t):
            continue
        sc = plausibility.score(t)
        if sc > -7.0 and (best is None or sc > best[0]):
            best = (sc, c, t)
    if best is None:
        return None
    return Decoded(best[2], best[1], round(0.5 * _quality(best[0]), 3))


# bytes that the high byte of a Chinese UTF-16 code unit usually is: the URO and Extension A
# (0x34-0x9F), CJK punctuation (0x30), full-width forms (0xFF), ASCII (0x00), general
# punctuation (0x20) and surrogates (0xD8-0xDF: Extension B and later, emoji)
_UTF16_HIGH = bytes([0x00, 0x20, 0x30, 0xFF, *range(0x34, 0xA0), *range(0xD8, 0xE0)])


def _utf16_shape(head: bytes, high: int) -> bool:
    """Do the bytes at parity ``high`` look like the high bytes of Chinese UTF-16 text?"""
    col = head[high::2]
    if not col:
        return False
    odd = len(col.translate(None, _UTF16_HIGH))
    return odd <= 0.2 * len(col)


def _candidates(data: bytes) -> tuple[list[str], dict[str, float]]:
    head = data[:8192]
    nul = _utf16_32_by_nuls(head) if b"\x00" in head else None
    cands = ["utf-8", *_LEGACY]
    prior = dict(_PRIOR)
    if nul is not None:
        prior[nul] = 10.0
        if nul.startswith("utf-32"):
            cands.append(nul)
    if len(data) % 2 == 0:
        # UTF-16 only when its shape fits: every legacy file is valid UTF-16 too
        if nul == "utf-16-le" or _utf16_shape(head, 1):
            cands.append("utf-16-le")
        if nul == "utf-16-be" or _utf16_shape(head, 0):
            cands.append("utf-16-be")
    return cands, prior


@dataclass
class _Cand:
    codec: str
    text: str  # strict decoding of the prefix
    logp: float  # its total log-probability plus the codec's prior (and chardet's bonus)
    score: float  # its mean log-probability per character
    n: int  # its number of non-whitespace characters


def _score(data: bytes, codecs_: list[str], prior: dict[str, float]) -> list[_Cand]:
    out = []
    seen: dict[str, tuple[float, int]] = {}  # Big5 variants often read the same
    for c in codecs_:
        t = _prefix_decode(data, c)
        if t is not None:
            if t not in seen:
                seen[t] = plausibility.logprob_count(t)
            lp, n = seen[t]
            sc = lp / n if n else plausibility.NEUTRAL
            out.append(_Cand(c, t, lp + prior.get(c, 0.0), sc, n))
    return out


#: Extra bytes of multi-byte sequences from which valid UTF-8 is taken as UTF-8 without a
#: contest (GBK or Big5 text is valid UTF-8 by chance only in very short snippets).
_UTF8_SURE = 24


def _detect(data: bytes) -> Decoded:
    if len(data) > 64:
        text = _strict(data, "utf-8")
        if text is not None and len(data) - len(text) >= _UTF8_SURE:
            return Decoded(text, "utf-8", 0.99)
    cands, prior = _candidates(data)
    scored = _score(data, cands, prior)
    if not scored or max(c.score for c in scored) < _POOR:
        # no plausible Chinese reading: chardet's answer and cp1252 as last resorts
        cd, conf = _chardet(data)
        extra = [cd] if cd and cd not in cands and cd not in _BOM_CODECS else []
        extra += ["cp1252"] if cd != "cp1252" else []
        scored += _score(data, extra, prior)
        # perhaps not Chinese (Japanese, Korean, Cyrillic...), which the character model
        # cannot judge: chardet's answer gets a bonus per character, times its confidence
        for c in scored:
            if c.codec == cd and cd in extra:
                c.logp += _FOREIGN_BONUS * conf * c.n
    scored.sort(key=lambda c: -c.logp)
    distinct = [c for c in scored[1:] if scored and c.text != scored[0].text]
    if distinct and distinct[0].logp > scored[0].logp - 2 * _CHARDET_WEIGHT:
        # a close call: chardet's opinion breaks the tie
        cd, conf = _chardet(data)
        for c in scored:
            if c.codec == cd:
                c.logp += _CHARDET_WEIGHT * conf
        scored.sort(key=lambda c: -c.logp)
    for i, best in enumerate(scored):
        text = best.text if len(data) <= _PREFIX else _strict(data, best.codec)
        if text is None:
            continue
        others = [c.logp for c in scored if c.text != best.text]
        conf = _posterior(best.logp, others) * _quality(best.score)
        if i > 0:
            conf *= 0.8  # a better-scoring prefix failed on the whole data
        result = Decoded(text, _label(best.codec, data), round(conf, 3))
        if (best.codec not in _ASCII_COMPATIBLE and not best.codec.startswith("utf-")
                and best.score < _POOR and b"\n" in data):
            # a single-byte reading of poor text: lines in different encodings?
            alt = _by_line(data, None)
            if plausibility.score(alt.text[: len(best.text)]) > best.score + 1.0:
                return alt
        if best.codec in _LEGACY and b"\n" in data:
            mixed = _refine_lines(data, best.codec, result)
            if mixed is not None:
                return mixed
        return result
    ascii_compatible = [c.codec for c in scored if c.codec in _ASCII_COMPATIBLE]
    return _by_line(data, ascii_compatible[0] if ascii_compatible else None)


# --- line by line ----------------------------------------------------------------------------

#: A line switches away from the document's codec only when another reads better by this many
#: nats in total and is itself plausible.
_SWITCH_MARGIN = 6.0
_POOR = -8.5


def _line_options(line: bytes) -> list[tuple[float, str, str]]:
    out = []
    for c in _ASCII_COMPATIBLE:
        t = _strict(line, c)
        if t is not None:
            out.append((plausibility.logprob(t) + _PRIOR[c], c, t))
    out.sort(key=lambda x: -x[0])
    return out


_SEQ = rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
#: A line can be UTF-8 only if its first non-ASCII sequences are (a cheap test before decoding:
#: a GBK or Big5 line fails it within its first characters, almost always).
_UTF8_HEAD = re.compile(rb"(?:[\x00-\x7f]*" + _SEQ + rb"){4}|(?:[\x00-\x7f]*" + _SEQ + rb")+[\x00-\x7f]*\Z")
#: The rare-character screen of a line looks at about this many of its characters, evenly
#: spread (a line in another codec reads as rare characters throughout).
_SCREEN_CHARS = 32


def _screen(line: str) -> float:
    """:func:`plausibility.unigram_score` of an even sample of ``line`` (at most about
    2 * :data:`_SCREEN_CHARS` characters)."""
    return plausibility.unigram_score(line[:: max(1, len(line) // _SCREEN_CHARS)])


def _refine_lines(data: bytes, codec: str, whole: Decoded) -> Decoded | None:
    """A legacy-codec document some of whose lines read much better in another codec.

    Suspects are the non-ASCII lines that are valid UTF-8, and the lines whose characters are
    rare in Chinese (a fast unigram screen: a Big5 line read as GBK); a suspect switches only
    when another codec reads it better by ``_SWITCH_MARGIN`` nats and plausibly. Byte 0x0A is
    a line feed and nothing else in every ASCII-compatible codec, so byte lines and text lines
    correspond one to one."""
    blines = data.split(b"\n")
    tlines = whole.text.split("\n")
    if len(blines) < 2 or len(blines) != len(tlines):
        return None
    switch: dict[int, tuple[str, str]] = {}
    for i, (b, t) in enumerate(zip(blines, tlines, strict=True)):
        if b.isascii():
            continue
        if not (_UTF8_HEAD.match(b) and _strict(b, "utf-8") is not None) and _screen(t) >= _POOR:
            continue
        own = plausibility.logprob(t) + _PRIOR[codec]
        for sc, c, alt in _line_options(b):
            if c == codec or sc <= own + _SWITCH_MARGIN:
                break
            if plausibility.score(alt) > _POOR:
                switch[i] = (c, alt)
                break
    if not switch:
        return None
    out: list[str] = []
    used: Counter[str] = Counter()
    last = len(blines) - 1
    for i, (b, t) in enumerate(zip(blines, tlines, strict=True)):
        c, t = switch.get(i, (codec, t))
        out.append(t if i == last else t + "\n")
        if not b.isascii():
            used[_label(c, b)] += len(b)
    return _mixed(out, used, whole.confidence * 0.9)


def _mixed(parts: list[str], used: Counter[str], conf: float) -> Decoded:
    """A line-by-line decoding; ``used`` counts the bytes per codec label."""
    labels = tuple(c for c, _ in used.most_common()) or ("ascii",)
    if "gbk" in labels and "gb18030" in labels:  # one codec family: name the superset once
        labels = tuple(dict.fromkeys("gb18030" if c == "gbk" else c for c in labels))
    return Decoded("".join(parts), labels[0], round(max(0.0, min(1.0, conf)), 3), labels)


def _by_line(data: bytes, prefer: str | None) -> Decoded:
    """Decode each line in its own most plausible codec; undecodable lines with replacement.

    ``prefer`` (the document's best codec on its prefix, else the first non-ASCII line's) is
    kept for every line it decodes plausibly, so a large file with one bad byte costs one pass."""
    lines = data.splitlines(keepends=True)
    parts: list[str] = []
    used: Counter[str] = Counter()
    quality: list[float] = []
    damaged = 0
    for ln in lines:
        if ln.isascii():
            parts.append(ln.decode("ascii"))
            continue
        t = _strict(ln, prefer) if prefer else None
        if t is not None and plausibility.unigram_score(t) >= _POOR:
            c = prefer
        else:
            opts = _line_options(ln)
            if opts:
                s, c, t = opts[0]
                if prefer and c != prefer:
                    for o in opts[1:]:
                        if o[1] == prefer and o[0] > s - _SWITCH_MARGIN:
                            s, c, t = o
                            break
            else:
                damaged += len(ln)
                c, t = _best_replaced(ln, prefer)
                # a damaged line says nothing about GB18030's four-byte forms: count it as GBK
                # (``_mixed`` names the superset if other lines need it)
                used["gbk" if c == "gb18030" else c] += len(ln)
                parts.append(t)
                quality.append(_quality(plausibility.unigram_score(t)))
                prefer = prefer or c
                continue
        assert c is not None and t is not None
        parts.append(t)
        used[_label(c, ln) if c in _ASCII_COMPATIBLE else c] += len(ln)
        quality.append(_quality(plausibility.unigram_score(t)))
        prefer = prefer or c
    conf = (sum(quality) / len(quality) if quality else 0.5) * (1 - damaged / max(1, len(data)))
    conf *= 0.3 if damaged else 0.7
    return _mixed(parts, used, conf)


def _best_replaced(line: bytes, prefer: str | None = None) -> tuple[str, str]:
    """The most plausible decoding with replacement characters of a line no codec decodes
    (``prefer``'s when it reads plausibly: a line of the document's codec with a bad byte)."""
    if prefer:
        t = line.decode(prefer, errors="replace")
        if plausibility.unigram_score(t) >= _POOR:
            return prefer, t
    best: tuple[float, str, str] | None = None
    for c in (*_ASCII_COMPATIBLE, "cp1252"):
        t = line.decode(c, errors="replace")
        s = plausibility.logprob(t) + _PRIOR.get(c, 0.0)
        if best is None or s > best[0]:
            best = (s, c, t)
    assert best is not None
    return best[1], best[2]
