"""Line-interleaved columns: ``deinterleave`` puts them back one after the other.

``pdftotext`` (no ``-layout``) sometimes reads two to four neighbouring columns line by line,
alternately, each printed line a block of its own between blank lines: column A line 1,
column B line 1, column A line 2... Rejoining such a run as it comes gives one paragraph per
printed line, in the wrong order. :func:`deinterleave` finds runs of one-line blocks, asks
:func:`~cntextclean.page.continuation.interleave_strides` (a Viterbi pass over the character
model's :func:`~cntextclean.plausibility.join_score` of each line with the line ``k`` ahead)
which stretches read on at a stride ``k`` above 1, checks the stretch's line widths (a column's
printed lines share one width; a paragraph's last line may be shorter), and rewrites each such
stretch as its ``k`` streams, each stream's lines directly after each other (one block, which
the rejoiner then joins and splits into paragraphs as usual), a blank line between streams.

It only rearranges lines: the multiset of characters is unchanged. Text without such a run is
returned as it is.

>>> a = ["经济发展的新形势要求我们进一步", "加强基础设施建设，推动区域协调", "发展，让更多群众共享改革成果。"]
>>> b = ["这次会议认真研究部署了明年的重", "点工作，要求各地区各部门切实抓", "好落实，确保取得实际效果。"]
>>> page = "\\n\\n".join(x for pair in zip(a, b) for x in pair)
>>> print(deinterleave(page))
经济发展的新形势要求我们进一步
加强基础设施建设，推动区域协调
发展，让更多群众共享改革成果。
<BLANKLINE>
这次会议认真研究部署了明年的重
点工作，要求各地区各部门切实抓
好落实，确保取得实际效果。
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import is_furniture_line
from .lines import ends_sentence
from .width import display_width

__all__ = ["deinterleave"]

#: a run shorter than this (one-line blocks) is not looked at (as in interleave_strides)
_MIN_RUN = 6
#: a stretch of stride ``k`` must hold at least this many lines per stream
_MIN_PER_STREAM = 3


def _one_line_runs(lines: Sequence[str]) -> list[list[int]]:
    """Runs of line indices ``i, i+2, i+4...``: non-furniture lines that stand alone between
    single blank lines."""
    runs: list[list[int]] = []
    cur: list[int] = []
    n = len(lines)
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 >= n or not lines[i + 1].strip())
        ok = alone and not is_furniture_line(ln)
        if ok and cur and i == cur[-1] + 2:
            cur.append(i)
            continue
        if len(cur) >= _MIN_RUN:
            runs.append(cur)
        cur = [i] if ok else []
    if len(cur) >= _MIN_RUN:
        runs.append(cur)
    return runs


def _stretches(strides: Sequence[int]) -> list[tuple[int, int, int]]:
    """Maximal stretches ``(start, end, k)`` of one stride ``k > 1``."""
    out = []
    i = 0
    while i < len(strides):
        j = i
        while j < len(strides) and strides[j] == strides[i]:
            j += 1
        if strides[i] > 1:
            out.append((i, j, strides[i]))
        i = j
    return out


def _column_width(texts: Sequence[str]) -> int:
    """The printed width of the stretch's columns: the median width of its lines that go on
    in the next printed line (they fill the column)."""
    open_w = sorted(display_width(t.strip()) for t in texts if not ends_sentence(t))
    return open_w[len(open_w) // 2] if open_w else 0


def _trim(texts: Sequence[str], s: int, e: int) -> tuple[int, int]:
    """Narrow the stretch ``[s, e)`` to lines that fit its column width: headlines and other
    one-line blocks next to the interleaved run (wider, or much narrower) stay where they are.
    A paragraph's first line may be narrower by an indent, its last line by anything."""
    w = _column_width(texts[s:e])

    def fits(t: str, first: bool) -> bool:
        x = display_width(t.strip())
        return x <= w + 2 and (x >= w - 8 or (not first and ends_sentence(t)))

    while s < e and not fits(texts[s], True):
        s += 1
    while e > s and not fits(texts[e - 1], False):
        e -= 1
    return s, e


def _widths_fit(texts: Sequence[str], k: int) -> bool:
    """Line-width evidence for ``k`` interleaved columns: in each stream, every line that does
    not end a sentence (it goes on in the next printed line) is about as wide as the column
    (narrower only by a paragraph's indent, after a line that ended a sentence), no line is
    wider; only a paragraph's last line may be shorter."""
    w = _column_width(texts)
    if w < 8:
        return False
    for j in range(k):
        stream = [t.strip() for t in texts[j::k]]
        if len(stream) < _MIN_PER_STREAM:
            return False
        prev_end = True
        for n, t in enumerate(stream):
            x = display_width(t)
            if x > w + 2:
                return False
            slack = 8 if prev_end else 4
            if n < len(stream) - 1 and not ends_sentence(t) and x < w - slack:
                return False
            prev_end = ends_sentence(t)
    return True


def _strides(texts: Sequence[str]) -> list[int]:
    from ..page.continuation import Piece, interleave_strides  # the page family's detector

    pieces = [Piece(text=t, pos=i, n_lines=1, starts_paragraph=False) for i, t in enumerate(texts)]
    return interleave_strides(pieces)


def deinterleave(text: str) -> str:
    """``text`` with each run of line-interleaved columns rewritten column after column (see
    the module docstring). Total: any str in, str out."""
    if not isinstance(text, str) or "\n\n" not in text:
        return text
    lines = text.split("\n")
    runs = _one_line_runs(lines)
    if not runs:
        return text
    replace: dict[int, list[str]] = {}  # first line index of a stretch -> its new lines
    drop: set[int] = set()
    for run in runs:
        texts = [lines[i] for i in run]
        last = 0
        for s, e, k in _stretches(_strides(texts)):
            if s < last:
                continue
            # the stretch's last lines point past it: let every stream end inside it
            e = min(len(run), e + k - 1)
            s, e = _trim(texts, s, e)
            if e - s < k * _MIN_PER_STREAM or not _widths_fit(texts[s:e], k):
                continue
            last = e
            new: list[str] = []
            for j in range(k):
                if j:
                    new.append("")
                new.extend(texts[s + j : e : k])
            replace[run[s]] = new
            drop.update(range(run[s], run[e - 1] + 1))
    if not replace:
        return text
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i in replace:
            out.extend(replace[i])
        elif i not in drop:
            out.append(ln)
    return "\n".join(out)
