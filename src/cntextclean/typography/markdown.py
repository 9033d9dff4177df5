"""Markdown debris in extracted text: heading marks and bold markers.

PDF-to-markdown converters leave ``## `` before headlines and labels and ``**`` around bold
text. ``strip_markdown`` removes

* heading marks: one or more ``#``-runs of 1-6 followed by a space at the start of a line (after
  at most three spaces of indentation, which are kept); ``#话题#`` and ``#1`` are not headings;
* bold markers: a run of exactly two asterisks. Markers are paired on their line like markdown
  does: an opener is followed by a non-space and does not follow a Latin letter or digit, a
  closer follows a non-space and is not followed by a Latin letter or digit. A marker left
  unpaired is removed only when it touches a Hanzi and no Latin letter or digit (bold that runs
  over a line break: ``**二要全面把握内涵``).

The redaction mark ``***``, placeholders such as ``xx``, ``a**2``, ``**kwargs`` and ``- `` list
items stay.
"""

from __future__ import annotations

import re

from ..charclass import HSPACE_CLASS as HSPACE
from ..charclass import is_alnum, is_hanlike
from ..pipeline import cleaner

_HEADING = re.compile(f"(?m)^([{HSPACE}]{{0,3}})(?:#{{1,6}}[{HSPACE}]+)+")
_BOLD_LINE = re.compile(r"(?m)^[^\n*]*\*\*[^\n]*")
_BOLD = re.compile(r"(?<!\*)\*\*(?!\*)")


def _bold_line(m: re.Match[str]) -> str:
    line = m.group()
    n = len(line)
    stack: list[int] = []
    remove: list[int] = []
    unmatched: list[int] = []
    for b in _BOLD.finditer(line):
        i = b.start()
        prev = line[i - 1] if i else ""
        nxt = line[i + 2] if i + 2 < n else ""
        can_open = bool(nxt) and not nxt.isspace() and not is_alnum(prev)
        can_close = bool(prev) and not prev.isspace() and not is_alnum(nxt)
        if can_close and stack:
            remove += (stack.pop(), i)
        elif can_open:
            stack.append(i)
        else:
            unmatched.append(i)
    unmatched += stack
    for i in unmatched:
        prev = line[i - 1] if i else ""
        nxt = line[i + 2] if i + 2 < n else ""
        if (is_hanlike(prev) or is_hanlike(nxt)) and not is_alnum(prev) and not is_alnum(nxt):
            remove.append(i)
    if not remove:
        return line
    remove.sort()
    out: list[str] = []
    last = 0
    for i in remove:
        out.append(line[last:i])
        last = i + 2
    out.append(line[last:])
    return "".join(out)


@cleaner(
    name="strip_markdown",
    family="typography",
    summary="Remove markdown heading marks (## ) and **bold** markers; keep *** and xx.",
    example=("## 学习宣传贯彻\n体现 **了内在逻辑**。***总书记", "学习宣传贯彻\n体现 了内在逻辑。***总书记"),
    removes=("punctuation", "whitespace"),
)
def strip_markdown(text: str) -> str:
    """Remove ``## `` heading marks and ``**`` bold markers.

    >>> strip_markdown("## 学习宣传贯彻\\n体现 **了内在逻辑**。***总书记; a**2 + b**2")
    '学习宣传贯彻\\n体现 了内在逻辑。***总书记; a**2 + b**2'
    """
    if "#" in text:
        text = _HEADING.sub(r"\1", text)
    if "**" in text:
        text = _BOLD_LINE.sub(_bold_line, text)
    return text
