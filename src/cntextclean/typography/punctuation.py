"""Chinese punctuation in Chinese context (GB/T 15834).

``cjk_punctuation`` turns ASCII ``, : ; ? ! ( )`` that stand in Chinese text into ``，：；？！（）``
and an ellipsis written ``...``, ``......``, ``。。。`` or as a single ``…`` into ``……`` (a run of
``…`` of odd length gets one more: the Chinese ellipsis is a pair). ASCII stays ASCII
between Latin letters and digits (``1.49:1``, ``10:30``, ``1,000``, ``R&D``) and inside URLs and
e-mail addresses.

How a mark is judged: a run of adjacent marks (``?!``, ``。,``) is one unit; its neighbours are
the nearest characters on the same line, skipping spaces, quotes and other marks. The unit becomes Chinese
when a neighbour is Chinese (Han, kana or CJK punctuation) and not both neighbours are Latin
letters or digits. Parentheses are matched as pairs on their line and converted together: a
pair is Chinese when the character before ``(`` or after ``)`` is Chinese, or when the text
inside has Hanzi and ``(`` does not follow a Latin letter or digit (``f(x)`` and
``print("你好")`` stay ASCII, ``（作者单位系湖州学院）`` does not). An unpaired parenthesis is
judged like the other marks. A single ``.`` is left alone (between two Hanzi it is the
middle dot that ``normalize_middle_dot`` writes ``·``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..charclass import CJK_PUNCT_NO_PARENS_CLASS as CJK_PUNCT_NO_PARENS
from ..charclass import HAN_CLASS as HAN
from ..charclass import KANA_CLASS as KANA
from ..charclass import is_alnum
from ..charclass import is_chinese_context as is_ctx
from ..pipeline import cleaner
from ._neighbours import SKIP, left_char, right_char

_TO_FULL = str.maketrans(",:;?!", "，：；？！")
#: the marks this module rewrites, in both forms (one unit when adjacent)
_UNIT = ",:;?!.…，：；？！。．"
_UNIT_CLASS = re.escape(_UNIT)
_REQUIRED = r"[,:;?!…]|\.\.\.|．．．|。。。"
#: an ellipsis written with dots (``...``, ``......``, ``。。。``) is one Chinese ellipsis ``……``
_DOT_ELLIPSIS = re.compile(r"\.{3,}|．{3,}|。{3,}")
#: ``…`` comes in pairs: a run of odd length gets one more (``…`` -> ``……``)
_ELLIPSIS_RUN = re.compile("…+")


def _pairs_of_dots(m: re.Match[str]) -> str:
    s = m.group()
    return s + "…" if len(s) % 2 else s

#: URL characters (RFC 3986, ASCII only: a URL in Chinese text ends where the Hanzi begin)
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
#: punctuation at the end of a URL belongs to the sentence
_URL_TRAILING = ".,;:!?)'"
#: the part of a URL from "://" (the scheme before it is checked in Python) or from "www."
_URL = re.compile(f"://{_URL_CHARS}+|www\\.[A-Za-z0-9-]+\\.{_URL_CHARS}+")
#: the part of an e-mail address from "@" (the local part before it is found in Python)
_MAIL = re.compile(r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_UNIT_SET = frozenset(_UNIT)
_UNIT_END = re.compile(f"[{_UNIT_CLASS}]*")


def _addresses(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in ``text``, sorted, not overlapping."""
    spans: list[tuple[int, int]] = []
    for u in _URL.finditer(text):
        a = u.start()
        if u.group().startswith("://"):
            for scheme in ("https", "http", "ftp"):
                if text.startswith(scheme, a - len(scheme)):
                    a -= len(scheme)
                    break
            else:
                continue
        b = u.end()
        while b > a and text[b - 1] in _URL_TRAILING:
            b -= 1
        spans.append((a, b))
    for e in _MAIL.finditer(text):
        a = e.start()
        while a > 0 and text[a - 1] in _MAIL_LOCAL:
            a -= 1
        if a < e.start():
            spans.append((a, e.end()))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
_MAY_HAVE_ADDRESS = re.compile(r"@|://|www\.")
#: neighbours of a unit skip spaces, quotes and other marks (both forms), so that a decision
#: never depends on whether a nearby unit was converted already
_UNIT_SKIP = SKIP | frozenset(_UNIT)
_UNIT_SKIP_CLASS = "".join(re.escape(c) for c in sorted(_UNIT_SKIP))
#: fast path for the common case, a single mark touching a Hanzi: one literal-first pattern
#: per mark with a fixed replacement (the general rule decides the same)
_SINGLE = [
    (
        re.compile(
            f"{re.escape(a)}(?:(?<=[{HAN}{KANA}].)(?![{_UNIT_SKIP_CLASS}])"
            f"|(?<![{_UNIT_SKIP_CLASS}].)(?=[{HAN}{KANA}]))"
        ),
        b,
    )
    for a, b in zip(",:;?!", "，：；？！", strict=True)
]
_HAS_REQUIRED = re.compile(_REQUIRED)
# parentheses: the neighbours of a pair skip spaces, quotes and the other marks (both forms),
# so that a decision never depends on whether those were converted already
_PAREN_SKIP = SKIP | frozenset(",:;?!.…，：；？！．")
_PAREN_LINE = re.compile(r"(?m)^[^\n()]*[()][^\n]*")
_PAREN = re.compile("[()]")
_HAN_RUN = re.compile(f"[{HAN}{KANA}]+")
_SKIP_CLASS = "".join(re.escape(c) for c in sorted(_PAREN_SKIP))
#: Chinese context for parentheses: CJK but not the full-width parentheses themselves
_CTXP = f"{HAN}{KANA}{CJK_PUNCT_NO_PARENS}"
# (a skipped character is never context: "(?<![skip])" / "(?![skip])" before the class)
_CTX_THEN_PAREN = re.compile(f"(?<=[{_CTXP}])(?<![{_SKIP_CLASS}])[{_SKIP_CLASS}]*[()]")
_PAREN_THEN_CTX = re.compile(f"[()](?=[{_SKIP_CLASS}]*(?![{_SKIP_CLASS}])[{_CTXP}])")


_FW_PARENS = frozenset("（）")


def _before(text: str, i: int, skip: frozenset[str]) -> str:
    ch = text[i - 1] if i else ""
    return left_char(text, i, skip) if ch in skip else ch


def _after(text: str, i: int, skip: frozenset[str]) -> str:
    ch = text[i] if i < len(text) else ""
    return right_char(text, i, skip) if ch in skip else ch


def _paren_ctx(ch: str) -> bool:
    return ch not in _FW_PARENS and is_ctx(ch)


def _parens_line(m: re.Match[str]) -> str:
    line = m.group()
    han_starts = [h.start() for h in _HAN_RUN.finditer(line)]
    convert: list[int] = []
    unmatched: list[int] = []
    stack: list[int] = []
    skip = _PAREN_SKIP
    for t in _PAREN.finditer(line):
        c = t.start()
        if t.group() == "(":
            stack.append(c)
            continue
        if not stack:
            unmatched.append(c)
            continue
        o = stack.pop()
        before = _before(line, o, skip)
        # Han inside: a run of Hanzi starts between the two (runs cannot straddle a paren)
        k = bisect_right(han_starts, o)
        has_han = k < len(han_starts) and han_starts[k] < c
        if (
            _paren_ctx(before)
            or _paren_ctx(_after(line, c + 1, skip))
            or (has_han and not is_alnum(before))
        ):
            convert += (o, c)
    unmatched += stack
    if unmatched:
        # an unpaired parenthesis is Chinese when its nearest neighbour on either side is
        ctx_near = {p.end() - 1 for p in _CTX_THEN_PAREN.finditer(line)}
        ctx_near.update(p.start() for p in _PAREN_THEN_CTX.finditer(line))
        convert += [i for i in unmatched if i in ctx_near]
    if not convert:
        return line
    chars = list(line)
    for i in convert:
        chars[i] = "（" if chars[i] == "(" else "）"
    return "".join(chars)


def _marks(text: str) -> str:
    """The marks of ``text`` (no URL or e-mail address in it) judged and rewritten."""
    for pattern, full in _SINGLE:
        text = pattern.sub(full, text)
    m = _HAS_REQUIRED.search(text)
    if m is None:
        return text
    out: list[str] = []
    last = 0
    unit_chars = _UNIT_SET
    while m is not None:
        # the unit: the maximal run of marks around the one found
        a = m.start()
        while a > last and text[a - 1] in unit_chars:
            a -= 1
        b = _UNIT_END.match(text, m.start()).end()  # type: ignore[union-attr]
        out += (text[last:a], _judge(text, a, b))
        last = b
        m = _HAS_REQUIRED.search(text, b)
    out.append(text[last:])
    return "".join(out)


def _judge(text: str, a: int, b: int) -> str:
    """The unit ``text[a:b]``, converted when it stands in Chinese context."""
    s = text[a:b]
    before = _before(text, a, _UNIT_SKIP)
    after = _after(text, b, _UNIT_SKIP)
    if is_alnum(before) and is_alnum(after):
        return s
    if is_ctx(before) or is_ctx(after):
        s = _ELLIPSIS_RUN.sub(_pairs_of_dots, _DOT_ELLIPSIS.sub("……", s.translate(_TO_FULL)))
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
    if _HAS_REQUIRED.search(text) is None:
        return text
    if not _MAY_HAVE_ADDRESS.search(text):
        return _marks(text)
    # URLs and e-mail addresses are copied as they are; the text between them is judged alone
    out: list[str] = []
    last = 0
    for a, b in _addresses(text):
        out += (_marks(text[last:a]), text[a:b])
        last = b
    out.append(_marks(text[last:]))
    return "".join(out)
