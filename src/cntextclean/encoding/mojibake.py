"""Mojibake repair: text that was decoded with the wrong codec, in Chinese and Latin-1 flavours.

:func:`fix_encoding` (the ``fix_encoding`` cleaner) undoes wrong decodings line by line:

- the Latin-1/cp1252 family (UTF-8 read as Latin-1 or cp1252) through ftfy's encoding fixer,
  configured to leave width, quotes and punctuation alone;
- UTF-8 read as GBK, GB18030 or Big5; GBK or Big5 read as Latin-1 or cp1252; GBK read as Big5
  and the reverse: the damaged text is encoded with the codec that misread it and decoded with
  the right one (:mod:`._codecs`);
- UTF-8 read as GBK/GB18030 with replacement characters: the lost bytes are inferred with the
  character model (:mod:`.lossy`);
- two such layers on top of each other (double mojibake);
- a damaged phrase inside clean text: the repair is applied span by span;
- seed 001's shifted GBK bytes (:mod:`.shifted`).

A repair is kept only when it is clearly more plausible Chinese than what it replaces (a margin
on :func:`cntextclean.plausibility.score`, and no broken characters in the result), so clean
text is never touched; lines without any character typical of mojibake are not even looked at.

>>> fix_encoding("ÖÐ»ª·ÉÐÐ")            # GBK read as Latin-1
'中华飞行'
>>> fix_encoding("鎴戜滑鐨勭�栧浗鏄�鑺卞洯")   # UTF-8 read as GBK, 2 bytes lost
'我们的祖国是花园'
>>> fix_encoding("他说：扂蠅腔逌弊竭藝璨。对吧")   # a GBK phrase read as Big5
'他说：我们的祖国很美丽。对吧'
>>> fix_encoding("我们的祖国是花园，风景很美。")
'我们的祖国是花园，风景很美。'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import ftfy

from ..pipeline import cleaner
from . import _lm
from ._codecs import SLOPPY_1252, strict, valid_spans
from .lossy import infer_spans

__all__ = ["TRANSFORMS", "fix_encoding", "fix_line"]

#: (name, codec that misread the bytes, codec they were really in).
TRANSFORMS: tuple[tuple[str, str, str], ...] = (
    ("utf8-as-latin1", "latin-1", "utf-8"),
    ("utf8-as-cp1252", SLOPPY_1252, "utf-8"),
    ("utf8-as-gbk", "gbk", "utf-8"),
    ("utf8-as-gb18030", "gb18030", "utf-8"),
    ("utf8-as-big5", "big5", "utf-8"),
    ("gbk-as-latin1", "latin-1", "gb18030"),
    ("gbk-as-cp1252", SLOPPY_1252, "gb18030"),
    ("big5-as-latin1", "latin-1", "big5"),
    ("big5-as-cp1252", SLOPPY_1252, "big5"),
    ("gbk-as-big5", "big5", "gbk"),
    ("big5-as-gbk", "gbk", "big5"),
    ("big5-as-gb18030", "gb18030", "big5"),
)
_PUA = re.compile("[\ue000-\uf8ff]")


def _lossy_codec(line: str) -> str:
    """The codec that produced a lossy decode: GB18030 maps GBK's user-defined area to private
    use characters where GBK loses the bytes, so private use characters mean GB18030."""
    return "gb18030" if _PUA.search(line) else "gbk"

#: A repair must raise the mean log-probability per character by this much (nats) ...
MARGIN = 1.5
#: ... and the repaired text must score at least this (clean Chinese: about -5 to -8).
FLOOR = -9.5
#: ... unless the gain is this large (short text with rare characters and names).
STRONG_GAIN = 3.0

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Characters that never occur in mojibake-free Chinese text often enough to matter: Latin-1 and
# Latin Extended letters, cp1252's extra symbols, U+FFFD, private use. (Rare Hanzi are added
# from the character model on first use: see _suspect.)
_LATIN_SIGNS = "\x80-\xb6\xb8-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u02c6\u02dc\u0192\u2020\u2021\u2030\u2039\u203a\u20ac\u2122"
_STRONG = re.compile(f"[{_LATIN_SIGNS}\ufffd\ue000-\uf8ff]")
_BROKEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")


@functools.cache
def _suspect() -> re.Pattern[str]:
    """Any character that is not ASCII, common punctuation or a common Han character."""
    plain = _lm.common_han() + "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—–·～　％＋－×÷°"
    return re.compile(f"[^\x00-\x7f{re.escape(plain)}]")


def _context_score(left: str, mid: str, right: str) -> float:
    return _lm.score(left + mid + right)


def _gain(orig: str, rep: str, left: str, right: str) -> float:
    return _context_score(left, rep, right) - _context_score(left, orig, right)


def _acceptable(orig: str, rep: str, left: str, right: str) -> float | None:
    """The gain of replacing ``orig`` by ``rep`` between ``left`` and ``right``, or None."""
    if rep == orig or not rep.strip():
        return None
    if sum(1 for c in rep if _lm.is_han(c)) < 2 and sum(1 for c in orig if ord(c) > 0x7F) < 4:
        return None  # one character from two or three non-ASCII ones is too little evidence
    if len(_BROKEN.findall(rep)) > len(_BROKEN.findall(orig)):
        return None
    g = _gain(orig, rep, left, right)
    if g < MARGIN:
        return None
    if _lm.score(rep) < FLOOR and (g < STRONG_GAIN or _STRONG.search(rep)):
        return None  # below the floor only a complete, much better repair is kept
    return g


def _ftfy(text: str) -> str:
    try:
        return ftfy.fix_encoding(text, _FTFY_CONFIG)
    except Exception:  # ftfy is total in practice; never let it break the cleaner
        return text


def _second_layer(text: str) -> list[str]:
    """``text`` and every strict one-step repair of it (the inner layer of double mojibake)."""
    out = [text]
    for _, wrong, real in TRANSFORMS:
        r = strict(text, wrong, real)
        if r is not None and r != text:
            out.append(r)
    if _STRONG.search(text):
        r = _ftfy(text)
        if r != text:
            out.append(r)
    return out


def _best_of(cands: list[str]) -> str:
    return max(cands, key=_lm.score)


def _line_candidates(line: str) -> list[str]:
    out: list[str] = []
    for _, wrong, real in TRANSFORMS:
        r = strict(line, wrong, real)
        if r is not None and r != line:
            out.extend(_second_layer(r))
    if "\ufffd" in line:
        spans = infer_spans(line, _lossy_codec(line))
        if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(line):
            out.append(spans[0][2])
    if _STRONG.search(line):
        r = _ftfy(line)
        if r != line:
            out.extend(_second_layer(r))
    return out


@functools.lru_cache(maxsize=1024)
def _chain(rep: str) -> tuple[str, str, str] | None:
    """The strict second layer that makes ``rep`` most plausible: (wrong, real, result)."""
    best: tuple[str, str, str] | None = None
    top = _lm.score(rep)
    for _, wrong, real in TRANSFORMS:
        r = strict(rep, wrong, real)
        if r is not None and r != rep:
            sc = _lm.score(r)
            if sc > top:
                best, top = (wrong, real, r), sc
    return best


def _trimmed(line: str, cs: int, ce: int, wrong: str, real: str, rep: str) -> tuple[int, int, str] | None:
    """The sub-span of ``line[cs:ce]`` (up to 3 characters off either end) whose repair gains
    the most total log-probability in context: clean characters at the edges of a damaged
    phrase may decode too, into junk."""
    chain = _chain(rep)
    final = rep if chain is None else chain[2]
    if not any(_lm.is_han(c) for c in final):
        return None
    if _lm.score(final) - _lm.score(line[cs:ce]) < MARGIN / 2:
        return None
    best: tuple[float, int, int, str] | None = None
    for a in range(cs, min(cs + 4, ce)):
        for b in range(ce, max(ce - 4, a), -1):
            r = strict(line[a:b], wrong, real)
            if r is not None and chain is not None:
                r = strict(r, chain[0], chain[1])
            if r is None:
                continue
            left, right = line[max(0, a - 2) : a], line[b : b + 2]
            g = _lm.logprob(left + r + right) - _lm.logprob(left + line[a:b] + right)
            if best is None or g > best[0]:
                best = (g, a, b, r)
    return None if best is None else best[1:]


def _span_candidates(line: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    within = _look_ranges(line)
    for _, wrong, real in TRANSFORMS:
        for cs, ce, rep in valid_spans(line, wrong, real, within):
            if ce - cs < 2 or not _needs_look(line[cs:ce]):
                continue
            t = _trimmed(line, cs, ce, wrong, real, rep)
            if t is not None:
                out.append(t)
    if "\ufffd" in line:
        out.extend(infer_spans(line, _lossy_codec(line)))
    return out


def _ftfy_trusted(line: str) -> str | None:
    """ftfy's repair when it only concerns Latin text (no Chinese on either side of a change)."""
    r = _ftfy(line)
    if r == line:
        return None
    if any(_lm.is_han(c) for c in r if c not in line):
        return None  # a repair that produces Chinese must pass the plausibility test
    if _lm.score(r) >= _lm.score(line):
        return r
    return None


@functools.lru_cache(maxsize=4096)
def fix_line(line: str) -> str:
    """Repair one line (no newline inside); unchanged unless a repair is clearly better.

    A line with no-break spaces that is left as it is gets a second look with them read as
    spaces: the typography stage turns them into spaces, and the decision must not depend on
    which of the two it sees (or ``clean`` would repair on its second run what it kept on its
    first).
    """
    out = _fix_line(line)
    if out == line and "\xa0" in line:
        spaced = line.replace("\xa0", " ")
        rep = _fix_line(spaced)
        if rep != spaced:
            return rep
    return out


def _fix_line(line: str) -> str:
    cands = _line_candidates(line)
    if cands:
        best = _best_of(cands)
        if _acceptable(line, best, "", "") is not None:
            return best
    spans = []
    for cs, ce, rep in _span_candidates(line):
        left = line[max(0, cs - 2) : cs]
        right = line[ce : ce + 2]
        g = _acceptable(line[cs:ce], rep, left, right)
        if g is not None:
            spans.append((g * (ce - cs), cs, ce, rep))
    if spans:
        spans.sort(key=lambda s: -s[0])
        taken: list[tuple[int, int, str]] = []
        for _, cs, ce, rep in spans:
            if all(ce <= a or cs >= b for a, b, _ in taken):
                taken.append((cs, ce, rep))
        taken.sort()
        parts = []
        pos = 0
        for cs, ce, rep in taken:
            parts.append(line[pos:cs])
            parts.append(rep)
            pos = ce
        parts.append(line[pos:])
        return "".join(parts)
    if _STRONG.search(line):
        r = _ftfy_trusted(line)
        if r is not None:
            return r
    return line


#: A line without Latin-1 signs is looked at only if this many uncommon characters occur
#: within _DENSE_SPAN characters (clean text has rare characters, but seldom in clusters).
_DENSE_COUNT = 2
_DENSE_SPAN = 5


def _needs_look(line: str) -> bool:
    if _STRONG.search(line):
        return True
    pos = [m.start() for m in _suspect().finditer(line)]
    k = _DENSE_COUNT - 1
    return any(pos[i + k] - pos[i] < _DENSE_SPAN for i in range(len(pos) - k))


def _look_ranges(line: str) -> list[tuple[int, int]]:
    """The smallest character ranges of ``line`` that make a span of it worth a look
    (:func:`_needs_look` is true of a span exactly when it holds one of them whole), sorted."""
    out = [(m.start(), m.end()) for m in _STRONG.finditer(line)]
    pos = [m.start() for m in _suspect().finditer(line)]
    k = _DENSE_COUNT - 1
    out.extend((pos[i], pos[i + k] + 1) for i in range(len(pos) - k) if pos[i + k] - pos[i] < _DENSE_SPAN)
    out.sort()
    return out


def _fix_lines(text: str, fix: Callable[[str], str]) -> str:
    pat = _suspect()
    if not (_STRONG.search(text) or pat.search(text)):
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if not line or not _needs_look(line):
            continue
        new = line
        for _ in range(4):  # repeat until stable (layers of damage)
            nxt = fix(new)
            if nxt == new:
                break
            new = nxt
        if new != line:
            lines[i] = new
            changed = True
    return "\n".join(lines) if changed else text


@cleaner(
    name="fix_encoding",
    family="encoding",
    summary="Repair mojibake (UTF-8/GBK/Big5/Latin-1 misreadings) where the repair is clearly Chinese.",
    example=("ÖÐ»ª·ÉÐÐ", "中华飞行"),
    removes=("any",),
)
def fix_encoding(text: str) -> str:
    """Repair text that was decoded with the wrong codec; clean text comes back unchanged.

    >>> fix_encoding("ä¸\\xadæ–‡")     # UTF-8 read as cp1252 (ftfy's domain)
    '中文'
    >>> fix_encoding("第一行正常\\n鎴戜滑鐨勭�栧浗寰堢編涓�")
    '第一行正常\\n我们的祖国很美丽'
    """
    try:
        return _fix_lines(text, fix_line)
    except Exception:  # a cleaner is total: on any internal failure keep the text
        return text
