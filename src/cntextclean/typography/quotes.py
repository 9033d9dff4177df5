"""Straight quotes in Chinese text become paired curly quotes.

In a line that has Chinese text (Han, kana or CJK punctuation), every straight double quote
``"`` (or full-width ``＂``) becomes ``“`` or ``”`` and every straight single quote becomes ``‘``
or ``’``, paired left to right: a straight quote opens unless a quote of its kind is open, so
curly quotes already in the line take part in the pairing (``“中国"`` gives ``“中国”``). Lines
without Chinese text are left alone. An apostrophe between two Latin letters (``Let's``) stays
ASCII; an elided year (``'98``) becomes ``’98``.
"""

from __future__ import annotations

import re

from ..pipeline import cleaner
from ._chars import CJK_PUNCT, HAN, KANA

_QUOTE_LINE = re.compile("(?m)^[^\\n\"'＂＇]*[\"'＂＇][^\\n]*")
#: Chinese text: Han, kana, or CJK punctuation other than the quotes themselves
_CHINESE = re.compile(f"[{HAN}{KANA}{CJK_PUNCT}]")
_QUOTE = re.compile("[\"'＂＇“”‘’]")
_LATIN = re.compile("[A-Za-z]")
_ELIDED_YEAR = re.compile(r"[0-9０-９]{2}(?![0-9０-９])")


def _pair_line(m: re.Match[str]) -> str:
    line = m.group()
    if not _CHINESE.search(line):
        return line
    out: list[str] = []
    last = 0
    double_open = False
    single_open = False
    n = len(line)
    for q in _QUOTE.finditer(line):
        ch = q.group()
        i = q.start()
        if ch == "“":
            double_open = True
        elif ch == "”":
            double_open = False
        elif ch == "‘":
            single_open = True
        elif ch == "’":
            single_open = False
        elif ch in "\"＂":
            out.append(line[last:i])
            out.append("”" if double_open else "“")
            double_open = not double_open
            last = i + 1
        else:  # ' or ＇
            prev = line[i - 1] if i else ""
            nxt = line[i + 1] if i + 1 < n else ""
            if prev and nxt and _LATIN.match(prev) and _LATIN.match(nxt):
                continue  # apostrophe: Let's
            out.append(line[last:i])
            if not single_open and not (prev and prev.isalnum()) and _ELIDED_YEAR.match(line, i + 1):
                out.append("’")  # '98
            else:
                out.append("’" if single_open else "‘")
                single_open = not single_open
            last = i + 1
    if not out:
        return line
    out.append(line[last:])
    return "".join(out)


@cleaner(
    name="pair_quotes",
    family="typography",
    summary="Straight quotes in Chinese lines to paired curly quotes “” ‘’, left to right.",
    example=('每周三"亲清直通车·政企恳谈会"', "每周三“亲清直通车·政企恳谈会”"),
    removes=("punctuation",),
)
def pair_quotes(text: str) -> str:
    """Straight quotes to paired ``“”``/``‘’`` in lines that have Chinese text.

    >>> pair_quotes('每周三"亲清直通车·政企恳谈会", 他说\\'好\\'')
    '每周三“亲清直通车·政企恳谈会”, 他说‘好’'
    >>> pair_quotes('He said "hi"')
    'He said "hi"'
    """
    if '"' not in text and "'" not in text and "＂" not in text and "＇" not in text:
        return text
    return _QUOTE_LINE.sub(_pair_line, text)
