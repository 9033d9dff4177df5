"""The layout cleaners: ``rejoin_lines`` and ``rejoin_lines_keep_furniture``.

A page extraction -> plain text, one paragraph per line, in extraction order: a blank line
between blocks that are not paragraph continuations, page furniture removed (or kept), spaces
between CJK characters removed in body paragraphs (headlines and bylines keep their gaps).

Text that is already one paragraph per line (the output of these cleaners, an ordinary
document) is returned unchanged: the cleaners only act on text whose lines are printed lines
(:func:`is_wrapped`), which makes them idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..charclass import HAN_BMP_CLASS
from ..page.fields import clean_byline
from ..pipeline import cleaner
from ..typography.spacing import is_byline_line, remove_cjk_spaces
from .blocks import Block, Segmented
from .columns import has_column_runs
from .detect import _is_markdown, _wrapped
from .segment import segment

__all__ = ["is_wrapped", "rejoin_lines", "rejoin_lines_keep_furniture", "rejoin_segments", "render"]

_CJK = "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—·"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0\u3000]+(?=[{_CJK}])")


def _remove_cjk_spaces(text: str) -> str:
    """The typography family's rule, then any gap it keeps between two CJK characters."""
    return _CJK_GAP.sub("", remove_cjk_spaces(text))


def is_wrapped(text: str) -> bool:
    """Are the lines of ``text`` printed lines (so there is something to rejoin)?

    The cleaners' own output (every block a line of its own between blank lines) is not,
    unless its lines are still printed lines that could not be joined (interleaved columns),
    which a second run leaves as they are.
    """
    if "\f" in text:
        return True
    lines = text.split("\n")
    ne = [ln for ln in lines if ln.strip()]
    if len(ne) < 2:
        return False
    if has_column_runs(lines) or _is_markdown(lines):
        return True
    return _wrapped(ne)


def _keeps_gap(b: Block) -> bool:
    """Bylines keep their role/name gaps; every other block loses spaces between CJK
    characters."""
    # headline gaps are the page family's call (a role decided there); a line whose role may
    # change on a second run must not keep a gap, or the cleaner would not be idempotent
    return b.role == "byline"


_BYLINE_MARKS = re.compile(r"^[\s\u3000□■●◆▲★☆]+")
_BYLINE_GAPS = re.compile(r"[ \t\u00a0\u3000]+")


def _byline_text(text: str) -> str:
    """A byline as the output contract prints it: markers (``□`` ``■``) removed, one space
    between role and name, a two-character name padded to three cells joined again
    (``□本报记者　张三`` -> ``本报记者 张三``, ``记者 徐 军`` -> ``记者 徐军``): the page family's
    :func:`~cntextclean.page.fields.clean_byline`."""
    return clean_byline(_BYLINE_GAPS.sub(" ", _BYLINE_MARKS.sub("", text)).strip())


def render(seg: Segmented) -> str:
    """Blocks -> text: one block per line, a blank line between blocks (a paragraph cut at a
    break whose continuation followed directly is one block already)."""
    out: list[str] = []
    for b in seg.blocks:
        text = b.text
        # a byline keeps its role-name gap, and so does a one-line block that reads as a byline
        # as clean prints it (on a second run the layout may not see the byline's context)
        if (_keeps_gap(b) or "\n" not in text.strip()) and is_byline_line(_byline_text(text)):
            text = _byline_text(text)
        else:
            # (a line taken for a byline that does not read as role + names, ``百J4 工程``, is
            # printed like body text: the typography rule would close its gap on a second run)
            text = _remove_cjk_spaces(text)
        text = text.strip()
        if text:
            out.append(text)
    return "\n\n".join(out) + ("\n" if out else "")


#: a line that is a paragraph of running text: many Han characters and a sentence end inside
_HAN_CHAR = re.compile(f"[{HAN_BMP_CLASS}]")
_SENTENCE_END = re.compile(r"[。！？]")
_BODY_MIN_HAN = 30


def _is_body_line(line: str) -> bool:
    """Is ``line`` running text (not a byline or a headline, whose gaps are real)?"""
    return bool(_SENTENCE_END.search(line)) and len(_HAN_CHAR.findall(line)) >= _BODY_MIN_HAN


def _unwrapped_body_spaces(text: str) -> str:
    """A page whose lines are whole paragraphs already (nothing to rejoin): its body lines still
    lose the spaces between CJK characters, as rejoined paragraphs do; short lines (headlines,
    bylines) are left as they are. Removing spaces changes neither test of :func:`_is_body_line`,
    and a result that :func:`is_wrapped` would rejoin is not returned, so a second run changes
    nothing."""
    if not _CJK_GAP.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _CJK_GAP.search(line) and _is_body_line(line):
            lines[i] = _remove_cjk_spaces(line)
    out = "\n".join(lines)
    # a text that would now read as printed lines is left alone (a second run would rejoin it)
    return text if out != text and is_wrapped(out) else out


def _rejoin(text: str, keep_furniture: bool) -> str:
    if not isinstance(text, str) or not text.strip():
        return text
    if not is_wrapped(text):
        return _unwrapped_body_spaces(text)
    try:
        return _stable(text, keep_furniture)[1]
    except RecursionError:  # pragma: no cover - defensive: a cleaner is total
        return text


#: passes over an output that still reads as printed lines (one or two change it, if any)
_MAX_PASSES = 4


def rejoin_segments(text: str, *, keep_furniture: bool = False) -> Segmented:
    """The blocks :func:`rejoin_lines` prints (and the furniture it leaves out) for ``text``.

    :func:`~.segment.segment`, with one check for idempotence: section labels stay out of the
    text only where the output reads as rendered text (one paragraph per line), which a second
    run leaves as it is. Where the output would still read as printed lines (a short or odd
    text), a second run would segment it anew, and a label left out now might be judged
    otherwise then; such text keeps its labels. Where the output still reads as printed lines
    and a second run would change it, the runs go on until it does not (:func:`_stable`): the
    blocks are the last run's, the furniture every run's.
    """
    return _stable(text, keep_furniture)[0]


def _stable(text: str, keep_furniture: bool) -> tuple[Segmented, str]:
    """:func:`_rejoined`, run again on its output until that no longer changes.

    An output that still reads as printed lines (odd text: lines of columns that could not be
    joined) is segmented again on a second run, which may join what the first kept apart
    (``一一作`` / ``用一一``, each on its own row of a -layout page, then one paragraph a line
    between blank lines, read as pdfminer boxes) or drop a line as furniture that the first
    kept (``经济报``): so the cleaners run until the text is stable (at most
    :data:`_MAX_PASSES` more runs), which makes them idempotent. The furniture dropped is every
    run's (kept in place, it is the last run's: the earlier runs' is in its text).
    """
    seg, out = _rejoined(text, keep_furniture)
    dropped: list[str] = []  # the furniture that the runs before the last one left out
    for _ in range(_MAX_PASSES):
        if not is_wrapped(out):
            break
        nxt, again = _rejoined(out, keep_furniture)
        if again == out:
            break
        if not keep_furniture:
            dropped += seg.furniture
        seg, out = nxt, again
    if dropped:
        seg = replace(seg, furniture=[*dropped, *seg.furniture])
    return seg, out


def _rejoined(text: str, keep_furniture: bool) -> tuple[Segmented, str]:
    """:func:`rejoin_segments` and its printed text, each rendering done once."""
    seg = segment(text, keep_furniture=keep_furniture)
    out = render(seg)
    if seg.labels:
        full = _with_labels(seg)
        out_full = render(full)
        if is_wrapped(out) or is_wrapped(out_full):
            return full, out_full
    return seg, out


def _with_labels(seg: Segmented) -> Segmented:
    """``seg`` with its section labels back in place (and out of its furniture)."""
    if not seg.labels:
        return seg
    blocks = sorted([*seg.blocks, *seg.labels], key=lambda b: b.index)
    return replace(seg, blocks=blocks, furniture=seg.furniture[: -len(seg.labels)], labels=[])


def _rejoin_cleaner(
    name: str, keep_furniture: bool, summary: str, example: tuple[str, str], removes: tuple[str, ...], doc: str
) -> Callable[[str], str]:
    """Register and return the cleaner ``name``: :func:`_rejoin` with ``keep_furniture``."""

    def rejoin(text: str) -> str:
        return _rejoin(text, keep_furniture=keep_furniture)

    rejoin.__name__ = rejoin.__qualname__ = name
    rejoin.__doc__ = doc
    return cleaner(name=name, family="layout", page_context=True, summary=summary, example=example,
                   removes=removes)(rejoin)


rejoin_lines = _rejoin_cleaner(
    "rejoin_lines",
    False,
    "Page extraction -> one paragraph per line, furniture removed (extraction order).",
    ("湖州日报　2023年3月15日　星期三　第5版\n营造良好政治生态、优化营商环境是\n构建亲清政商关系的重要保障，各地\n区各部门都要落到实处。\n",
     "营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处。\n"),
    ("whitespace", "any"),
    """Rejoin the printed lines of a page extraction into paragraphs; furniture (running
    heads and feet, page numbers, captions, section labels) removed.

    >>> rejoin_lines("湖州日报　2023年3月15日　星期三　第5版\\n营造良好政治生态、优化营商环境是\\n"
    ...              "构建亲清政商关系的重要保障，各地\\n区各部门都要落到实处，为民营企业\\n排忧解难。\\n")
    '营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处，为民营企业排忧解难。\\n'
    """,
)
rejoin_lines_keep_furniture = _rejoin_cleaner(
    "rejoin_lines_keep_furniture",
    True,
    "Page extraction -> one paragraph per line, furniture kept in place.",
    ("第5版\n营造良好政治生态、优化营商环境是\n构建亲清政商关系的重要保障，各地\n区各部门都要落到实处。\n",
     "第5版\n\n营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处。\n"),
    ("whitespace", "punctuation"),
    """Like :func:`rejoin_lines`, with running headers, page numbers and captions kept.

    >>> rejoin_lines_keep_furniture("第5版\\n营造良好政治生态、优化营商环境是\\n"
    ...     "构建亲清政商关系的重要保障，各地\\n区各部门都要落到实处。\\n")
    '第5版\\n\\n营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处。\\n'
    """,
)
