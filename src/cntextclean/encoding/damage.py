"""Lossy damage: spans whose original text cannot be recovered, reported and never invented.

:func:`find_damage` lists them as :class:`Damage` spans (character offsets into the text):

========================  ==============================================================
kind                      what
========================  ==============================================================
``replacement-char``      U+FFFD runs (a decoder replaced bytes it could not read)
``kunkao``                ``锟斤拷`` runs (U+FFFD U+FFFD stored as UTF-8, read as GBK)
``tangtang``              ``烫烫烫`` / ``屯屯屯`` (uninitialised stack/heap memory, MSVC)
``question-marks``        ``?`` where Chinese characters were (``??`` or more next to
                          Hanzi; a single ``?`` is too often a real question mark)
``mojibake``              mojibake that :func:`~cntextclean.encoding.mojibake.fix_encoding`
                          (and the shifted-byte repair) cannot fix: Latin-1 letter runs,
                          runs of rare Hanzi typical of a wrong decoding
========================  ==============================================================

Spans the repairs of the default pipeline do fix are not reported. The default pipeline
leaves the reported spans in place.

>>> [(d.kind, d.start, d.end) for d in find_damage("第一章锟斤拷锟斤拷内容\\ufffd\\ufffd结束")]
[('kunkao', 3, 9), ('replacement-char', 11, 13)]
>>> find_damage("这是一段干净的中文。")
[]
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from ..charclass import HAN_BMP_CLASS as _HAN
from . import _lm

__all__ = ["KINDS", "Damage", "find_damage"]

#: Every kind :func:`find_damage` reports.
KINDS = ("replacement-char", "kunkao", "tangtang", "question-marks", "mojibake")


@dataclass(frozen=True)
class Damage:
    """One damaged span: ``text[start:end]`` (== ``snippet``) is of kind ``kind``."""

    kind: str
    start: int
    end: int
    snippet: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "snippet": self.snippet}


_SIMPLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("replacement-char", re.compile("\ufffd+")),
    ("kunkao", re.compile("(?:锟斤拷)+(?:锟斤?)?|(?:锟斤){2,}")),
    ("tangtang", re.compile("烫{3,}|屯{3,}")),
)
# two or more ? next to a Hanzi (not right after a question particle: "真的吗??")
_QUESTION = re.compile(
    rf"(?<=[{_HAN}])(?<![吗呢么吧啊嘛哪谁呀麼嗎])[?？]{{2,}}|(?<![{_HAN}?？])[?？]{{2,}}(?=[{_HAN}])"
)
_CP1252_EXTRA = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_LATIN_RUN = re.compile(f"[\x80-\xff{_CP1252_EXTRA}]{{3,}}")
_LATIN_LETTER = re.compile("[\xc0-\xff]")
_HAN_RUN = re.compile(f"[{_HAN}]{{4,}}")


@functools.cache
def _common() -> frozenset[str]:
    return frozenset(_lm.common_han())


def _rare_runs(line: str) -> list[tuple[int, int]]:
    """Runs of 4+ Hanzi of which at least 70% are rare (and 4 in a row at least)."""
    common = _common()
    out = []
    for m in _HAN_RUN.finditer(line):
        run = m.group()
        flags = [c not in common for c in run]
        # maximal stretches where rare characters dominate
        i = 0
        while i < len(run):
            if not flags[i]:
                i += 1
                continue
            j = i
            rare = 0
            best_end = -1
            while j < len(run):
                rare += flags[j]
                if flags[j] and rare >= 0.7 * (j - i + 1):
                    best_end = j + 1
                elif rare < 0.7 * (j - i + 1) - 1:
                    break
                j += 1
            if best_end - i >= 4 and sum(flags[i:best_end]) >= 4:
                out.append((m.start() + i, m.start() + best_end))
                i = best_end
            else:
                i += 1
    return out


def _line_candidates(line: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for kind, pat in _SIMPLE:
        out.extend((kind, m.start(), m.end()) for m in pat.finditer(line))
    out.extend(("question-marks", m.start(), m.end()) for m in _QUESTION.finditer(line))
    for m in _LATIN_RUN.finditer(line):
        if len(_LATIN_LETTER.findall(m.group())) >= 1 and not set(m.group()) <= set("—–‘’“”…•"):
            out.append(("mojibake", m.start(), m.end()))
    kun = [(a, b) for k, a, b in out if k in ("kunkao", "tangtang")]
    for a, b in _rare_runs(line):
        if not any(a < kb and ka < b for ka, kb in kun):
            out.append(("mojibake", a, b))
    return out


def _changed(line: str) -> list[tuple[int, int]]:
    """Regions of ``line`` the default repairs change (they are repairable, not lost)."""
    from .mojibake import fix_encoding
    from .shifted import fix_shifted_bytes

    fixed = fix_encoding(fix_shifted_bytes(line))
    if fixed == line:
        return []
    sm = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
    return [(i1, i2) for tag, i1, i2, _, _ in sm.get_opcodes() if tag != "equal"]


_LEFTOVER = re.compile("[\x80-\xff\ufffd\ue000-\uf8ff\u0152-\u02dc\u201a\u201e\u2020\u2021\u2030\u2039\u203a\u20ac\u2122]")


def _partly_repaired(line: str) -> list[tuple[int, int]]:
    """Changed regions whose repair still contains mojibake signs (bytes were lost)."""
    from .mojibake import fix_encoding
    from .shifted import fix_shifted_bytes

    fixed = fix_encoding(fix_shifted_bytes(line))
    if fixed == line:
        return []
    sm = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
    return [
        (i1, i2)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal" and _LEFTOVER.search(fixed[j1:j2]) and i2 > i1
    ]


def _subtract(a: int, b: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = [(a, b)]
    for ca, cb in cuts:
        nxt = []
        for x, y in out:
            if cb <= x or ca >= y:
                nxt.append((x, y))
                continue
            if x < ca:
                nxt.append((x, ca))
            if cb < y:
                nxt.append((cb, y))
        out = nxt
    return out


def find_damage(text: str) -> list[Damage]:
    """Every span of lossy or unrepairable damage in ``text``, in order of position."""
    out: list[Damage] = []
    pos = 0
    for line in text.split("\n"):
        cands = _line_candidates(line) if line else []
        if cands:
            changed = _changed(line)
            pieces: list[tuple[str, int, int]] = []
            for kind, a, b in sorted(set(cands), key=lambda c: (c[1], c[2])):
                if kind != "mojibake":
                    if not any(a < cb and ca < b for ca, cb in changed):
                        pieces.append((kind, a, b))
                    continue
                # a mojibake run minus what the repairs fix: the rest is lost
                for a2, b2 in _subtract(a, b, changed):
                    if b2 - a2 >= 3 or _LEFTOVER.search(line[a2:b2]):
                        pieces.append((kind, a2, b2))
            pieces.extend(("mojibake", a, b) for a, b in _partly_repaired(line))
            pieces.sort(key=lambda c: (c[1], c[2]))
            for kind, a, b in pieces:
                if out and out[-1].end > pos + a:  # overlapping candidates: keep the first
                    continue
                out.append(Damage(kind, pos + a, pos + b, line[a:b]))
        pos += len(line) + 1
    return out
