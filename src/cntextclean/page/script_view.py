"""A Traditional page is read through its Simplified conversion and printed back in its own script.

The page analysis knows newspaper Chinese by its words: datelines (``新华社北京1月12日电``),
bylines (``本报记者``), continuation words and the word list behind the seam scores are written
in Simplified characters. A page printed in Traditional characters (``新華社北京1月12日電``,
``本報記者``) gave them no hold: on the six Traditional pages of the bench, read as printed,
PyMuPDF's articles came out with headline_em 0.44 and pair_f1 0.56 (1.0 and 1.0 for the same
pages in Simplified). :func:`simplified_view` converts the page with OpenCC ``t2s`` for the
analysis and returns the way back: each character of the analysis's output goes back to the
character the page printed where the conversion made it (a page that prints both ``後`` and
``后``, both ``后`` in the view, asks OpenCC ``s2t`` which one the word around it takes). No
character of the page is lost or changed by the round trip; a character the view never had (a
repair of the OCR steps) is printed as OpenCC ``s2t`` prints it.

>>> simp, back = simplified_view("新華社北京1月12日電 中共中央政治局常委今天到北京重型汽車廠")
>>> simp
'新华社北京1月12日电 中共中央政治局常委今天到北京重型汽车厂'
>>> back("新华社北京1月12日电中共中央政治局常委今天到北京重型汽车厂")
'新華社北京1月12日電中共中央政治局常委今天到北京重型汽車廠'
>>> simplified_view("新华社北京1月12日电") is None
True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import Any

from ..model import Article, Page

__all__ = ["back_page", "simplified_view"]

#: a page whose conversion changes its length is aligned with difflib, up to this many
#: characters (the conversion of every bench page keeps its length; difflib is quadratic)
_ALIGN_MAX = 200_000


def simplified_view(text: str) -> tuple[str, Callable[[str], str]] | None:
    """``(the page in Simplified characters, the way back)`` for a page written in Traditional
    characters (:func:`~cntextclean.script.detect.detect_script`); None for any other text."""
    from ..script.detect import detect_script
    from ..script.opencc import convert

    if not isinstance(text, str) or detect_script(text) != "traditional":
        return None
    simp = convert(text, "t2s")
    if simp == text:
        return None
    seen: defaultdict[str, Counter[str]] = defaultdict(Counter)
    pairs: Iterable[tuple[str, str]]
    if len(simp) == len(text):
        pairs = zip(simp, text, strict=True)
    elif len(text) <= _ALIGN_MAX:
        pairs = _aligned(text, simp)
    else:
        return None
    for s, t in pairs:
        seen[s][t] += 1
    table = {ord(s): next(iter(c)) for s, c in seen.items() if len(c) == 1 and s not in c}
    ambiguous = {s: c for s, c in seen.items() if len(c) > 1}

    def back(out: str) -> str:
        res = out.translate(table)
        if not any(ch in ambiguous or ch not in seen for ch in out):
            return res
        # (a character the view made of two printed ones: the word around it decides, read by
        # OpenCC s2t in the Simplified text, whose phrases its dictionary knows; a character the
        # view never had, a cleaner's repair, is printed as s2t prints it)
        guess = convert(out, "s2t")
        if len(guess) != len(out):
            guess = res
        chars = list(res)
        for i, ch in enumerate(out):
            c = ambiguous.get(ch)
            if c is not None:
                chars[i] = guess[i] if guess[i] in c else c.most_common(1)[0][0]
            elif ch not in seen:
                chars[i] = guess[i]
        return "".join(chars)

    return simp, back


def _aligned(text: str, simp: str) -> list[tuple[str, str]]:
    """Character pairs (view, page) where the conversion kept the length of a stretch."""
    out: list[tuple[str, str]] = []
    for op, a0, a1, b0, b1 in SequenceMatcher(None, text, simp, autojunk=False).get_opcodes():
        if op in ("equal", "replace") and a1 - a0 == b1 - b0:
            out.extend(zip(simp[b0:b1], text[a0:a1], strict=True))
    return out


def back_page(page: Page, back: Callable[[str], str]) -> Page:
    """``page`` (read from the Simplified view) with every text in the page's own script."""

    def opt(s: str | None) -> str | None:
        return back(s) if s else s

    articles = [
        Article(
            headline=opt(a.headline),
            subtitle=opt(a.subtitle),
            byline=opt(a.byline),
            section=opt(a.section),
            paragraphs=[back(p) for p in a.paragraphs],
            kicker=opt(a.kicker),
            debug=_deep(a.debug, back),
        )
        for a in page.articles
    ]
    return Page(
        articles=articles,
        page_id=page.page_id,
        furniture=[back(f) for f in page.furniture],
        fragments=[back(f) for f in page.fragments],
        debug=_deep(page.debug, back),
    )


def _deep(value: Any, back: Callable[[str], str]) -> Any:
    """Every string inside a debug structure (dicts, lists) printed back."""
    if isinstance(value, str):
        return back(value)
    if isinstance(value, dict):
        return {k: _deep(v, back) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep(v, back) for v in value]
    if isinstance(value, tuple):
        return tuple(_deep(v, back) for v in value)
    return value
