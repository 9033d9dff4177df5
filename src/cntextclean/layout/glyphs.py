"""Characters that a PDF extractor printed apart from their line, put back where they were cut out.

A page set in a typeface that lacks a character (``爲`` in AR PL UMing TW, a Taiwanese face that
prints ``為``) gets that character from a fallback font. Plain ``pdftotext`` then reads the
fallback glyphs as text of their own: each comes out alone on a line, out of place, and its line
keeps a space where it stood::

    本西德先生認 ，中國現行的          <- ``認爲，``
    略港與廣東省的汕頭市結 姐妹城      <- ``結爲姐妹``
    爲
    爲

:func:`restore_displaced_glyphs` finds the characters that stand alone on two or more lines of a
page (one Han character, nothing else on the line), and puts them back: into the spaces left
inside lines, where the character makes a word with the text on either side (the word list of
:mod:`cntextclean.page.joinscore`, read in Simplified characters: ``认为``, ``结为``; a space
before ``，`` ``：`` ... is never set in Chinese print, so there any word will do), best evidence
first; then, for a character left over, at the start of the first line after it where it makes a
word with that line's first characters (``爲`` / ``了發展…``: the gap at a line's start is not
visible). Each character goes back once, and the line it stood on goes. A character that finds
no place stays where the extractor put it: nothing is guessed without a word to show it.

``pdftotext -layout`` prints the same glyphs alone in a cell of their own, in a column's gap or
on a row of their own above the line they were cut out of (``…中國的關                  爲`` over
``略港與廣東省的汕頭市結 姐妹城``): a Han character with two spaces or the line's edge on each
side counts as a lone one too, and going back it leaves two spaces (the columns after it keep
their place). pdfminer.six and PyMuPDF keep the glyphs in place; a character alone once (a
headline's last character, wrapped) or a page with no such line is left as it is.

Measured on the bench's six Traditional pages (two are set in AR PL UMing TW), articles cer
(``tools/score_articles.py bench FLAVOUR --split dev_trad --to simplified``): plain
``pdftotext``, 8 of the 11 displaced ``爲`` go back, none to a wrong place, 0.2876 -> 0.2873 (the
rest of those pages' loss is their block order); ``-layout`` (session 37, the cells) 0.0197 ->
0.0025, 27 -> 25 articles against 25. No output of the Simplified benches changes (1716 pages).

>>> print(restore_displaced_glyphs("本西德先生認 ，中國現行的\\n政治制度沒有限制\\n\\n爲\\n\\n爲\\n\\n了發展委內瑞拉"))
本西德先生認爲，中國現行的
政治制度沒有限制
<BLANKLINE>
爲了發展委內瑞拉
"""

from __future__ import annotations

import re
from collections import Counter

from ..charclass import HAN_BMP_CLASS, is_han_bmp
from ..page.joinscore import word_join_score
from ..pipeline import cleaner
from ..script.opencc import convert

__all__ = ["restore_displaced_glyphs"]

#: a printed CJK character: Han, CJK punctuation or a full-width form
_CJK = f"[\u3000-\u303f{HAN_BMP_CLASS}\uff01-\uff60]"
#: one space between two printed CJK characters
_GAP = re.compile(f"(?<={_CJK}) (?={_CJK})")
#: a Han character alone in a cell of ``pdftotext -layout`` (two spaces or the line's edge on
#: each side), on a line holding other text
_CELL = re.compile(f"(?:^|(?<=  ))([{HAN_BMP_CLASS}])(?=  |$)")
#: marks that no space is ever set before in Chinese print
_NO_SPACE_BEFORE = frozenset("，。、；：！？）」』》”’")
#: the word evidence (nats, :func:`~cntextclean.page.joinscore.word_join_score`) a character
#: needs to go into a space between two characters, or at the start of a line: ``认为`` 8.5,
#: ``结为`` 2.5, ``为了`` 2.0; no word across the seam gives 0.0 (``访为`` ``记者为`` ``的为``:
#: a headline's gap, a byline's, two columns one space apart)
_WORD_EVIDENCE = 2.0
#: how many characters of context each side of the seam are read
_CONTEXT = 5


def _simplified(text: str) -> str:
    return convert(text, "t2s")


def _evidence(left: str, char: str, right: str) -> float:
    """How well ``char`` reads between ``left`` and ``right`` (a word across either seam)."""
    lt, c, rt = _simplified(left[-_CONTEXT:]), _simplified(char), _simplified(right[:_CONTEXT])
    return max(word_join_score(lt, c), word_join_score(c, rt))


@cleaner(
    name="restore_displaced_glyphs",
    family="layout",
    page_context=True,
    summary="Put characters that pdftotext printed alone on lines back into the gaps they left.",
    example=("他認 ，兩國之間\n\n爲\n\n爲\n\n了發展", "他認爲，兩國之間\n\n爲了發展"),
    removes=("whitespace",),
)
def restore_displaced_glyphs(text: str) -> str:
    """Characters alone on two or more lines of a page put back into the spaces they left
    (see the module docstring)."""
    if not isinstance(text, str) or "\n" not in text:
        return text
    # (a glyph that went back may open the way for another, its line gone from between: run
    # again until nothing moves, so that the cleaner is idempotent; a few runs at most)
    for _ in range(_MAX_RUNS):
        out = _restore_once(text)
        if out == text:
            break
        text = out
    return text


#: runs of :func:`_restore_once` at most (each moves glyphs; the second rarely finds any)
_MAX_RUNS = 6


def _restore_once(text: str) -> str:
    lines = text.split("\n")
    lone: dict[int, str] = {}
    cells: dict[tuple[int, int], str] = {}  # (line, offset): a character alone in a -layout cell
    for i, ln in enumerate(lines):
        s = ln.strip()
        if len(s) == 1 and is_han_bmp(s):
            lone[i] = s
        elif len(s) > 1 and any(len(tok) > 1 for tok in s.split()):
            # (a row of lone characters alone, ``爲  爲``, is left as it is: emptied in part it
            # would hold a lone line the next run reads anew)
            for m in _CELL.finditer(ln):
                cells[i, m.start(1)] = m.group(1)
    counts = Counter(lone.values()) + Counter(cells.values())
    chars = {c for c, n in counts.items() if n >= 2}
    if not chars:
        return text
    # every place a displaced character may go back to: (evidence, line, offset, char, lone line)
    places: list[tuple[float, int, int, str, int]] = []
    for i, ln in enumerate(lines):
        if i in lone:
            continue
        for m in _GAP.finditer(ln):
            left, right = ln[: m.start()], ln[m.end():]
            for c in sorted(chars):
                e = _evidence(left, c, right)
                if e >= _WORD_EVIDENCE or (e > 0.0 and right[:1] in _NO_SPACE_BEFORE):
                    places.append((e, i, m.start(), c, -1))
    for i, c in sorted(lone.items()):
        if c not in chars:
            continue
        # (the lines alone between are other displaced glyphs, or this one's twins)
        j = next((j for j in range(i + 1, len(lines)) if lines[j].strip() and j not in lone), None)
        if j is None or lines[j].lstrip().startswith(c) or _CELL.search(lines[j]):
            continue  # (nor before a row that holds a character alone in a cell: a -layout row)
        e = _evidence("", c, lines[j].lstrip())
        if e >= _WORD_EVIDENCE:
            places.append((e, j, -1, c, i))
    budget = dict(counts)
    taken_gap: set[tuple[int, int]] = set()
    taken_start: set[int] = set()
    used_lone: set[int] = set()
    fills: list[tuple[int, int, str]] = []
    for _e, i, at, c, from_line in sorted(places, key=lambda p: (-p[0], p[1], p[2])):
        if budget.get(c, 0) <= 0 or c not in chars:
            continue
        if at < 0:
            if i in taken_start or from_line in used_lone:
                continue
            taken_start.add(i)
            used_lone.add(from_line)
        else:
            if (i, at) in taken_gap:
                continue
            taken_gap.add((i, at))
        budget[c] -= 1
        fills.append((i, at, c))
    if not fills:
        return text
    # the lone lines the gap fills came from: the first ones not already given to a line start
    need = Counter(c for _i, at, c in fills if at >= 0)
    for i, c in sorted(lone.items()):
        if need[c] > 0 and i not in used_lone:
            used_lone.add(i)
            need[c] -= 1
    # ... then the cells, each emptied (two spaces keep the columns after it in place); every
    # edit of a line is made from its end, so that the offsets found before stay true
    edits: list[tuple[int, int, str]] = []
    for (i, at), c in sorted(cells.items()):
        if need[c] > 0:
            edits.append((i, at, "  "))
            need[c] -= 1
    edits += fills
    emptied = {i for i, _at, new in edits if new == "  "}
    for i, at, new in sorted(edits, key=lambda f: (f[0], -f[1])):
        ln = lines[i]
        if at < 0:
            stripped = ln.lstrip()
            lines[i] = ln[: len(ln) - len(stripped)] + new + stripped
        else:
            lines[i] = ln[:at] + new + ln[at + 1:]
    for i in emptied:
        lines[i] = lines[i].rstrip()
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i in used_lone:
            # the line goes, and a blank line beside it that would leave two blank lines in a row
            if out and not out[-1].strip() and i + 1 < len(lines) and not lines[i + 1].strip():
                out.pop()
            continue
        out.append(ln)
    return "\n".join(out)
