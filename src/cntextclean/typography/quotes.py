"""Straight quotes in Chinese text become paired curly quotes.

In a line that has Chinese text (Han, kana or CJK punctuation), every straight double quote
``"`` (or full-width ``＂``) becomes ``“`` or ``”`` and every straight single quote becomes ``‘``
or ``’``, paired left to right: a straight quote opens unless a quote of its kind is open, so
curly quotes already in the line take part in the pairing (``“中国"`` gives ``“中国”``). A line
that begins inside a quotation (the rest of a paragraph cut by a column break:
``性"更高。……推出了3批 "稳中向好"``) is recognised by where its quotes stand (an opening quote
follows a space, a colon or a comma; a closing one precedes ``，。`` or the line end) and its first
quote closes. Lines without Chinese text are left alone. An apostrophe between two Latin letters (``Let's``) stays
ASCII; an elided year (``'98``) becomes ``’98``; a line with an odd number of straight single
quotes (and no curly ones) keeps them: a lone ``'`` between Hanzi is OCR's reading of ``·``
(``拉吉夫'甘地``), not a quotation mark. A line whose quotes do not pair and give no cue of
their direction, after a line that left a double quotation open (blank lines between: the
paragraph cut at a page break), begins inside that quotation.
"""

from __future__ import annotations

import re
from itertools import chain, cycle

from ..charclass import CJK_PUNCT_CLASS as CJK_PUNCT
from ..charclass import HAN_CLASS as HAN
from ..charclass import KANA_CLASS as KANA
from ..pipeline import cleaner

_QUOTE_LINE = re.compile("(?m)^[^\\n\"'＂＇]*[\"'＂＇][^\\n]*")
#: Chinese text: Han, kana, or CJK punctuation other than the quotes themselves
_CHINESE = re.compile(f"[{HAN}{KANA}{CJK_PUNCT}]")
_QUOTE = re.compile("[\"'＂＇“”‘’]")
_LATIN = re.compile("[A-Za-z]")
_ELIDED_YEAR = re.compile(r"[0-9０-９]{2}(?![0-9０-９])")
_CURLY_SINGLE = re.compile("[‘’]")
#: a quote followed by one of these (or the line end) looks like a closing quote
_CLOSES_BEFORE = frozenset("，。、；：？！）》」』】,.;:?!)")
#: a quote after one of these (or the line start) looks like an opening quote
_OPENS_AFTER = frozenset("，、；：（《「『【,;:( \t\u3000")

_DQ = re.compile('"')
_OTHER_QUOTES = re.compile("['＂＇“”‘’]")
_OPEN_CUE = re.compile(f'(?:^|(?<=[{re.escape("".join(_OPENS_AFTER))}]))"(?![{re.escape("".join(_CLOSES_BEFORE))}]|$)')
_CLOSE_CUE = re.compile(f'(?<![{re.escape("".join(_OPENS_AFTER))}])(?<!^)"(?:(?=[{re.escape("".join(_CLOSES_BEFORE))}])|$)')

_OPEN = {"double": "“", "single": "‘"}
_CLOSE = {"double": "”", "single": "’"}


def _cue(line: str, i: int) -> int:
    """+1 if the quote at ``i`` looks like an opener, -1 like a closer, 0 if it cannot tell."""
    prev = line[i - 1] if i else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    cue = 0
    if not nxt or nxt in _CLOSES_BEFORE:
        cue -= 1
    if not prev or prev in _OPENS_AFTER:
        cue += 1
    return cue


def _elision(line: str, i: int, single_open: bool) -> bool:
    """Is the single quote at ``i`` an elided year's (``'98``, ``’98``): no single quotation
    open, no letter or digit before it, two digits after it?"""
    return not single_open and not (i and line[i - 1].isalnum()) and _ELIDED_YEAR.match(line, i + 1) is not None


def _curly_singles(line: str) -> bool:
    """Does ``line`` hold a curly single quotation mark (an elided year's ``’98`` is none)?"""
    return any(line[m.start()] == "‘" or not _elision(line, m.start(), False) for m in _CURLY_SINGLE.finditer(line))


def _assign(line: str, start_open: dict[str, bool]) -> tuple[dict[int, str], int, list[int]]:
    """Directions for the straight quotes of ``line``, how many agree with the cues, and the
    positions of the straight single quotes paired (not apostrophes or elisions)."""
    is_open = dict(start_open)
    out: dict[int, str] = {}
    singles: list[int] = []
    score = 0
    n = len(line)
    for q in _QUOTE.finditer(line):
        ch = q.group()
        i = q.start()
        if ch in "“”":
            is_open["double"] = ch == "“"
            continue
        if ch in "‘’":
            if not _elision(line, i, is_open["single"]):
                is_open["single"] = ch == "‘"
            continue
        kind = "double" if ch in "\"＂" else "single"
        if kind == "single":
            prev = line[i - 1] if i else ""
            nxt = line[i + 1] if i + 1 < n else ""
            if prev and nxt and _LATIN.match(prev) and _LATIN.match(nxt):
                continue  # apostrophe: Let's
            if _elision(line, i, is_open["single"]):
                out[i] = "’"  # '98
                continue
            singles.append(i)
        opening = not is_open[kind]
        out[i] = _OPEN[kind] if opening else _CLOSE[kind]
        is_open[kind] = opening
        score += _cue(line, i) * (1 if opening else -1)
    return out, score, singles


def _pair_plain_doubles(line: str, inside: bool = False) -> str:
    """The common case, only straight double quotes in the line: alternate, in C loops.
    ``inside``: the line may begin inside a quotation (see :func:`pair_quotes`)."""
    parts = line.split('"')
    index = {p.start(): i for i, p in enumerate(_DQ.finditer(line))}
    score = sum(1 if index[p.start()] % 2 == 0 else -1 for p in _OPEN_CUE.finditer(line))
    score += sum(1 if index[p.start()] % 2 == 1 else -1 for p in _CLOSE_CUE.finditer(line))
    if score == 0 and inside and len(parts) % 2 == 0:
        score = -1  # (an odd count, no cue either way: the quotation left open goes on here)
    marks = ("”", "“") if score < 0 else ("“", "”")
    return parts[0] + "".join(chain.from_iterable(zip(cycle(marks), parts[1:])))


def _pair_line(line: str, inside: bool = False) -> str:
    if not _CHINESE.search(line):
        return line
    if _OTHER_QUOTES.search(line) is None:
        return _pair_plain_doubles(line, inside)
    # pair left to right; a line that starts inside a quotation (the rest of a paragraph cut by
    # a column break) is recognised by its quotes' surroundings and starts with a closing quote
    out, score, singles = _assign(line, {"double": False, "single": False})
    if score < 0:
        alt, alt_score, alt_singles = _assign(line, {"double": True, "single": True})
        if alt_score > score:
            out, singles = alt, alt_singles
    elif inside and sum(line.count(q) for q in '"＂“”') % 2:
        # (an odd count of double quotes whose cues do not speak against it: the double
        # quotation left open goes on here, as in the plain case)
        alt, alt_score, alt_singles = _assign(line, {"double": True, "single": False})
        if alt_score >= score:
            out, singles = alt, alt_singles
    if len(singles) % 2 and not _curly_singles(line):
        # an unpaired straight single quote is no Chinese quotation mark (OCR reads the
        # middle dot of 拉吉夫·甘地 as '): left as it is
        for i in singles:
            del out[i]
    if not out:
        return line
    chars = list(line)
    for i, q in out.items():
        chars[i] = q
    return "".join(chars)


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
    >>> pair_quotes('性"更高。推出了3批 "稳中向好"政策')
    '性”更高。推出了3批 “稳中向好”政策'
    >>> pair_quotes('He said "hi"')
    'He said "hi"'

    A line whose quotes do not pair and say nothing of their direction, after a line that left
    a quotation open (a paragraph cut at a page break, blank lines between), closes it:

    >>> print(pair_quotes('形成了"交办、办\\n\\n理、回复、评价"闭环机制。'))
    形成了“交办、办
    <BLANKLINE>
    理、回复、评价”闭环机制。
    """
    if '"' not in text and "'" not in text and "＂" not in text and "＇" not in text:
        return text
    out: list[str] = []
    pos = 0
    inside = False  # the last line with text left a double quotation open
    for m in _QUOTE_LINE.finditer(text):
        between = text[pos : m.start()]
        if between.strip():
            inside = False  # a line with text but no quote came between
        line = _pair_line(m.group(), inside)
        inside = line.count("“") > line.count("”")
        out += (between, line)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
