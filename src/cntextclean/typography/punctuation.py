"""Chinese punctuation in Chinese context (GB/T 15834).

``cjk_punctuation`` turns ASCII ``, : ; ? ! ( )`` that stand in Chinese text into ``，：；？！（）``
and an ellipsis written ``...``, ``。。。`` or as a single ``…`` into ``……``. ASCII stays ASCII
between Latin letters and digits (``1.49:1``, ``10:30``, ``1,000``, ``R&D``) and inside URLs and
e-mail addresses.

How a mark is judged: a run of adjacent marks (``?!``, ``),``) is one unit; its neighbours are
the nearest characters on the same line, skipping spaces and quotes. The unit becomes Chinese
when a neighbour is Chinese (Han, kana or CJK punctuation) and not both neighbours are Latin
letters or digits. Parentheses are matched as pairs on their line and converted together: a
pair is Chinese when the character before ``(`` or after ``)`` is Chinese, or when the text
inside has Hanzi and ``(`` does not follow a Latin letter or digit (``f(x)`` and
``print("你好")`` stay ASCII, ``（作者单位系湖州学院）`` does not). An unpaired parenthesis is
judged like the other marks.
"""

from __future__ import annotations

import re

from ..pipeline import cleaner
from ._chars import HAN, KANA, SKIP, is_alnum, is_ctx, left_char, right_char

_TO_FULL = str.maketrans(",:;?!", "，：；？！")
#: the marks this module rewrites, in both forms (one unit when adjacent)
_UNIT = ",:;?!.…，：；？！。．"
_UNIT_CLASS = re.escape(_UNIT)
_REQUIRED = r"[,:;?!…]|\.{3}|．{3}|。{3}"
_ELLIPSIS = re.compile(r"(?:…|\.{3,}|．{3,}|。{3,})+")
_URL = r"(?:https?|ftp)://[^\s<>\"'“”‘’，。；：！？、（）《》【】]+|www\.[A-Za-z0-9-]+\.[^\s<>\"'“”‘’，。；：！？、（）《》【】]+"
_MAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
#: a URL or e-mail address (kept), or a maximal run of marks containing one to rewrite
_TOKEN = re.compile(
    f"(?P<keep>{_URL}|{_MAIL})"
    f"|(?<![{_UNIT_CLASS}])[{_UNIT_CLASS}]*?(?:{_REQUIRED})[{_UNIT_CLASS}]*"
)

# parentheses: the neighbours of a pair skip spaces, quotes and the other marks (both forms),
# so that a decision never depends on whether those were converted already
_PAREN_SKIP = SKIP | frozenset(",:;?!.…，：；？！．")
_PAREN_LINE = re.compile(r"(?m)^[^\n()]*[()][^\n]*")
_PAREN_TOKEN = re.compile(f"[()]|[{HAN}{KANA}]+")


def _paren_ctx(ch: str) -> bool:
    return ch not in "（）" and is_ctx(ch)


def _parens_line(m: re.Match[str]) -> str:
    line = m.group()
    convert: list[int] = []
    stack: list[list[int]] = []  # [position of "(", has Han inside (0/1)]

    def lone(i: int) -> None:
        if _paren_ctx(left_char(line, i, _PAREN_SKIP)) or _paren_ctx(right_char(line, i + 1, _PAREN_SKIP)):
            convert.append(i)

    for t in _PAREN_TOKEN.finditer(line):
        tok = t.group()
        if tok == "(":
            stack.append([t.start(), 0])
        elif tok == ")":
            c = t.start()
            if not stack:
                lone(c)
                continue
            o, has_han = stack.pop()
            if stack and has_han:
                stack[-1][1] = 1
            before = left_char(line, o, _PAREN_SKIP)
            if (
                _paren_ctx(before)
                or _paren_ctx(right_char(line, c + 1, _PAREN_SKIP))
                or (has_han and not is_alnum(before))
            ):
                convert += (o, c)
        elif stack:
            stack[-1][1] = 1
    for o, _ in stack:
        lone(o)
    if not convert:
        return line
    chars = list(line)
    for i in convert:
        chars[i] = "（" if chars[i] == "(" else "）"
    return "".join(chars)


def _unit(m: re.Match[str]) -> str:
    s = m.group()
    if m.group("keep"):
        return s
    text = m.string
    before = left_char(text, m.start())
    after = right_char(text, m.end())
    if is_alnum(before) and is_alnum(after):
        return s
    if is_ctx(before) or is_ctx(after):
        s = _ELLIPSIS.sub("……", s.translate(_TO_FULL))
    return s


@cleaner(
    name="cjk_punctuation",
    family="typography",
    summary="ASCII , : ; ? ! ( ) and ... in Chinese context to ，：；？！（）……; keep 1.49:1, URLs.",
    example=("3月6日, 习近平指出:要落到实处(见下文)...", "3月6日， 习近平指出：要落到实处（见下文）……"),
    removes=("punctuation",),
)
def cjk_punctuation(text: str) -> str:
    """ASCII punctuation in Chinese context to its full-width Chinese form.

    >>> cjk_punctuation("3月6日, 习近平指出:要落到实处(见下文)...")
    '3月6日， 习近平指出：要落到实处（见下文）……'
    >>> cjk_punctuation("城乡居民收入比缩至1.49:1,见 https://x.cn/a?b=1,c")
    '城乡居民收入比缩至1.49:1，见 https://x.cn/a?b=1,c'
    """
    if "(" in text or ")" in text:
        text = _PAREN_LINE.sub(_parens_line, text)
    return _TOKEN.sub(_unit, text)
