"""The page family's registered cleaners: the page analysis printed as ``clean``'s output.

* ``page_layout`` / ``page_layout_keep_furniture``: any page extraction -> its articles in
  reading order (headline, subtitle, byline lines, then paragraphs; a blank line between
  articles), as CONTRACT "Output of clean" says;
* ``page_layout_ocr`` / ``page_layout_ocr_keep_furniture``: the same for OCR output
  (``clean --ocr``);
* ``page_text`` / ``page_text_keep_furniture``: ``clean``'s layout step for PDF extractions:
  pdfminer pages through the page analysis, every other extraction rejoined in its own order.

Every one is idempotent by construction: what it prints is a fixed point of another reading, or
the input stays as it is (:func:`_fixed_render`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from ..layout.detect import detect_flavour, ends_with_page_break
from ..layout.rejoin import is_wrapped, rejoin_lines, rejoin_lines_keep_furniture
from ..pipeline import cleaner
from ..typography.spacing import cjk_spacing, keep_lines
from .roles import ends_sentence
from .split import analyse

__all__ = [
    "CLEAN_MIN_JOIN",
    "page_layout",
    "page_layout_keep_furniture",
    "page_layout_ocr",
    "page_layout_ocr_keep_furniture",
    "page_text",
    "page_text_keep_furniture",
]


def _register(
    name: str, run: Callable[[str], str], summary: str, example: tuple[str, str], doc: str
) -> Callable[[str], str]:
    """Register ``run`` as the page-family cleaner ``name`` (it may delete anything: furniture
    leaves the text, pieces are joined) and return it."""
    run.__name__ = run.__qualname__ = name
    run.__doc__ = doc
    return cleaner(name=name, family="page", page_context=True, summary=summary, example=example,
                   removes=("any",))(run)


def _page_cleaner(
    name: str, keep_furniture: bool, summary: str, example: tuple[str, str], doc: str, ocr: bool = False
) -> Callable[[str], str]:
    """Register and return the cleaner ``name``: :func:`_render` with ``keep_furniture``
    (and ``ocr``: the page is OCR output)."""

    def page_cleaner(text: str) -> str:
        return _render(text, keep_furniture=keep_furniture, ocr=ocr)

    return _register(name, page_cleaner, summary, example, doc)


page_layout = _page_cleaner(
    "page_layout",
    False,
    "Page extraction -> its articles in reading order, one paragraph per line, furniture removed.",
    ("动态\n\n宣汉指数发布\n\n本报讯 记者报道 近日，指数发布。", "宣汉指数发布\n本报讯记者报道近日，指数发布。"),
    """Articles in reading order: headline, subtitle, byline lines, then paragraphs.

    >>> print(page_layout("动态\\n\\n宣汉指数发布\\n\\n本报讯 记者报道 近日，指数发布。"))
    宣汉指数发布
    本报讯记者报道近日，指数发布。
    """,
)
page_layout_keep_furniture = _page_cleaner(
    "page_layout_keep_furniture",
    True,
    "Like page_layout, but page furniture (headers, captions, labels) is kept in the text.",
    ("动态\n\n宣汉指数发布\n\n本报讯 近日，指数发布。", "动态\n\n宣汉指数发布\n本报讯近日，指数发布。"),
    """As :func:`page_layout`, with furniture and fragments first.

    >>> print(page_layout_keep_furniture("动态\\n\\n宣汉指数发布\\n\\n本报讯 近日，指数发布。"))
    动态
    <BLANKLINE>
    宣汉指数发布
    本报讯近日，指数发布。
    """,
)
_OCR_EXAMPLE = "动态\n\n宣汉指数发布\n\n本报讯记者报道近日，宣汉县发布了首个县\n域经济发展指数，指数显示全县经济稳\n中有进，新兴产业增长较快。"
_OCR_BODY = "本报讯记者报道近日，宣汉县发布了首个县域经济发展指数，指数显示全县经济稳中有进，新兴产业增长较快。"
page_layout_ocr = _page_cleaner(
    "page_layout_ocr",
    False,
    "Like page_layout, for OCR output (clean --ocr): links need stronger evidence, in column order.",
    (_OCR_EXAMPLE, "宣汉指数发布\n" + _OCR_BODY),
    """As :func:`page_layout`, reading the page as OCR output (``split_articles(text, ocr=True)``).
    Text whose lines are not printed lines (this cleaner's own output) is left as it is.

    >>> print(page_layout_ocr(_OCR_EXAMPLE))
    宣汉指数发布
    本报讯记者报道近日，宣汉县发布了首个县域经济发展指数，指数显示全县经济稳中有进，新兴产业增长较快。
    """,
    ocr=True,
)
page_layout_ocr_keep_furniture = _page_cleaner(
    "page_layout_ocr_keep_furniture",
    True,
    "Like page_layout_ocr, but page furniture (headers, captions, labels) is kept in the text.",
    (_OCR_EXAMPLE, "动态\n\n宣汉指数发布\n" + _OCR_BODY),
    """As :func:`page_layout_ocr`, with furniture and fragments first.

    >>> print(page_layout_ocr_keep_furniture(_OCR_EXAMPLE))
    动态
    <BLANKLINE>
    宣汉指数发布
    本报讯记者报道近日，宣汉县发布了首个县域经济发展指数，指数显示全县经济稳中有进，新兴产业增长较快。
    """,
    ocr=True,
)


_CJK_SPACE_RE = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f] | [\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


def _looks_rendered(text: str) -> bool:
    """Is ``text`` already what :func:`page_layout` prints (so running it again changes nothing)?

    Printed output: articles separated by one blank line, one paragraph per line. A page
    extraction differs: printed lines that mostly do not end a sentence, form feeds, runs of
    spaces (``-layout`` columns), spaces at printed line ends inside long lines.
    """
    if not text.strip() or "\f" in text or "\t" in text or "  " in text or "\u3000" in text:
        return False
    if "\n\n\n" in text or text != text.strip("\n"):
        return False
    groups = [g.split("\n") for g in text.split("\n\n")]
    articles = 0
    for k, lines in enumerate(groups):
        if any(not ln or ln != ln.strip() for ln in lines):
            return False
        if any(len(ln) > 60 and _CJK_SPACE_RE.search(ln) for ln in lines):
            return False
        if k in (0, len(groups) - 1) and len(groups) > 1:
            continue  # furniture first, fragments last
        rest = lines[4:]
        open_ = sum(1 for ln in rest if not ends_sentence(ln))
        if any(len(ln) >= 60 and ends_sentence(ln) for ln in lines) and open_ <= len(rest) // 2:
            articles += 1  # an article: whole paragraphs, one per line
        elif len(lines) > 6:
            return False
    return articles > 0


def _render(text: str, *, keep_furniture: bool, ocr: bool = False) -> str:
    """The cleaners' body: idempotent by construction (see :func:`_fixed_render`); where no
    reading is a fixed point, the input stays as it is."""
    out = _fixed_render(text, keep_furniture=keep_furniture, ocr=ocr)
    return text if out is None else out


def _fixed_render(text: str, *, keep_furniture: bool, ocr: bool = False, min_join: float | None = None) -> str | None:
    """The page analysis printed, if that print is a fixed point of another reading, else None."""
    # a cleaner must be idempotent: what it prints must be a fixed point of another reading.
    # The first or second reading that is one is returned; where neither is (short odd
    # inputs, pages whose blocks the extraction left ambiguous), None.
    out = text
    for _ in range(2):
        nxt = _render_once(out, keep_furniture=keep_furniture, ocr=ocr, min_join=min_join)
        if nxt == out:
            return out
        out = nxt
    return out if _render_once(out, keep_furniture=keep_furniture, ocr=ocr, min_join=min_join) == out else None


#: the flavours ``clean`` reads through the page analysis (printed lines only)
_ANALYSED = ("pdfminer", "markdown", "pdftotext-layout", "pymupdf", "pdftotext")


def _page_text(text: str, *, keep_furniture: bool) -> str:
    """The body of :func:`page_text`: the page analysis for the flavours in :data:`_ANALYSED`,
    else the rejoin in extraction order."""
    rejoin = rejoin_lines_keep_furniture if keep_furniture else rejoin_lines
    joined = rejoin(text)
    out = _analysed(text, joined, keep_furniture=keep_furniture)
    if out is None:
        return joined
    if out is text:
        return out  # (the rejoin's own output: a second run leaves it alone)
    # a cleaner is idempotent: where a second run would read the print as a page again and
    # print it otherwise (before the form-feed rule of :func:`_analysed`, OCR text cleaned
    # without ``ocr=True``, whose lines lost their full stops and look printed, did), the
    # rejoin, whose output a second run leaves alone
    joined_again = rejoin(out)
    again = _analysed(out, joined_again, keep_furniture=keep_furniture)
    if (again is None and joined_again != out) or (again is not None and again != out):
        return joined
    return out


def _analysed(text: str, joined: str, *, keep_furniture: bool) -> str | None:
    """The page analysis printed, for a page of a flavour in :data:`_ANALYSED` (``joined``:
    the rejoin's print of ``text``); else None."""
    flavour = detect_flavour(text) if isinstance(text, str) and text.strip() and is_wrapped(text) else None
    if flavour not in _ANALYSED:
        return None
    if flavour == "pdftotext" and not ends_with_page_break(text):
        # OCR text reads as pdftotext too, and through the analysis without ``ocr=True`` far
        # worse than rejoined (dev tess150 / tess300 clean cer 0.202 / 0.208 -> 0.278 / 0.279):
        # only a page that ends as pdftotext (and pdfminer) end every page, with a form feed
        return None
    if joined == text:
        return text  # (the rejoin's own output: what a first run printed stays as it is)
    min_join = PDFTOTEXT_MIN_JOIN if flavour == "pdftotext" else CLEAN_MIN_JOIN
    out = _fixed_render(text, keep_furniture=keep_furniture, min_join=min_join)
    if out is None:
        return joined
    # (headline gaps closed, as the rejoin prints them: a second run on text that no longer
    # looks like a page would close them; the text's last line break kept, as the rejoin keeps it)
    out = cjk_spacing(out)
    return out + "\n" if text.endswith("\n") and out and not out.endswith("\n") else out


_TEXT_EXAMPLE = "湖州日报　2023年3月15日　星期三　第5版\n营造良好政治生态、优化营商环境是\n构建亲清政商关系的重要保障，各地\n区各部门都要落到实处。\n"
_TEXT_BODY = "营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处。\n"


#: ``clean`` prints a paragraph cut where the page analysis joined two pieces on evidence below
#: this (nats): the pieces stay in reading order, but a join the analysis was unsure of is not
#: made (a wrong join glues text of two paragraphs into one; a missed join leaves a paragraph
#: in two lines, in order). Dev pdfminer ``clean``: cer_sorted 0.129 -> 0.099, cer 0.325 -> 0.327
#: (at 4.0: 0.093 / 0.327, para_f1 0.61 -> 0.59; cutting at every link: 0.080 / 0.327 / 0.56)
CLEAN_MIN_JOIN: float | None = 2.0
#: ... and on plain pdftotext pages, where the analysis's continuation links are right least
#: often (columns interleaved row by row), no join at all: the pieces of a cut paragraph stay
#: two lines, in the analysis's reading order. Dev / variant pages, cer, cer_sorted, para_f1:
#: rejoined in extraction order 0.295 / 0.357, 0.035 / 0.040, 0.551 / 0.470; the analysis
#: joining at 2.0 0.275 / 0.341, 0.097 / 0.159, 0.746 / 0.666; at 4.0 0.277 / 0.344, 0.080 /
#: 0.115, 0.699 / 0.575; no join 0.264 / 0.342, 0.055 / 0.093, 0.597 / 0.496 (measured before
#: the end-of-column rule of :func:`~cntextclean.page.split._open_at_break`; with it, no join:
#: 0.263 / 0.339, 0.056 / 0.095, 0.602 / 0.496)
PDFTOTEXT_MIN_JOIN = math.inf


def _text_cleaner(name: str, keep_furniture: bool, summary: str, example: tuple[str, str], doc: str) -> Callable[[str], str]:
    """Register and return the cleaner ``name``: :func:`_page_text` with ``keep_furniture``."""

    def text_cleaner(text: str) -> str:
        return _page_text(text, keep_furniture=keep_furniture)

    return _register(name, text_cleaner, summary, example, doc)


# Which layout step ``clean`` runs on a page extraction: the page analysis, for every flavour
# in :data:`_ANALYSED` (``split``'s reading of the page, printed as text). Measured on the dev
# and variant benches with ``python tools/score_bench.py`` (cer against the gold order,
# --fold-width --drop-heads; dev / variants):
#
# - pdfminer (neighbouring columns' text boxes one after another): the 31 dev pages detected
#   so, cer 0.737 -> 0.289, para_f1 0.18 -> 0.74 against the rejoin in extraction order;
# - plain pdftotext (columns interleaved row by row), joining nothing across the analysis's
#   links (:data:`PDFTOTEXT_MIN_JOIN`), a page that ends with pdftotext's form feed only
#   (:func:`~cntextclean.layout.detect.ends_with_page_break`: OCR text reads as pdftotext
#   too): cer 0.295 / 0.357 -> 0.261 / 0.344, para_f1 0.551 / 0.470 -> 0.602 / 0.493; the price, cer_sorted (the
#   order-blind diagnostic) 0.035 / 0.040 -> 0.057 / 0.094: where the analysis puts lines of
#   two paragraphs into one block;
# - -layout and PyMuPDF text is in reading order already, but a paragraph cut where a
#   headline or a picture spans the columns stays cut when rejoined in extraction order: -layout
#   cer 0.007 / 0.011 -> 0.008 / 0.014 (its wrong joins on the worst pages), para_f1 0.809 /
#   0.769 -> 0.973 / 0.967; PyMuPDF cer 0.004 / 0.004 -> 0.002 / 0.001, para_f1 0.959 / 0.967
#   -> 0.974 / 0.980;
# - markdown-like pages (a space at every printed line end, each paragraph piece its own
#   block: PDF-to-markdown tools, seeds 002 and 004): seeds 002 / 004 cer 0.0044 / 0.0452 ->
#   0.0011 / 0.0006, para_f1 0.886 / 0.829 -> 0.971 / 0.962 (no dev or variant page is
#   markdown-like).
#
# Seed 003 (whole paragraph pieces between blank lines, not printed lines) stays rejoined: the
# analysis would join its pieces cut at column breaks (para_f1 0.809 -> 0.935), but its print
# would lose the two-part headlines' gaps, which the rejoin keeps.
page_text = _text_cleaner(
    "page_text",
    False,
    "Page extraction -> one paragraph per line in reading order, furniture removed.",
    (_TEXT_EXAMPLE, _TEXT_BODY),
    """A page extraction as text, one paragraph per line, page furniture removed.

    A page extraction (pdftotext, ``pdftotext -layout``, pdfminer, PyMuPDF, markdown-like)
    goes through the page analysis: the articles in reading order, as :func:`page_layout`
    prints them, a paragraph cut at a column break in one piece (plain pdftotext: in two lines,
    in order). Other text is rejoined in its own order
    (:func:`~cntextclean.layout.rejoin.rejoin_lines`).

    >>> print(page_text(_TEXT_EXAMPLE), end="")
    营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处。
    """,
)
page_text_keep_furniture = _text_cleaner(
    "page_text_keep_furniture",
    True,
    "Like page_text, but page furniture (headers, captions, labels) is kept in the text.",
    (_TEXT_EXAMPLE, "湖州日报2023年3月15日星期三第5版\n\n" + _TEXT_BODY),
    """As :func:`page_text`, with page furniture kept.

    >>> print(page_text_keep_furniture(_TEXT_EXAMPLE), end="")
    湖州日报2023年3月15日星期三第5版
    <BLANKLINE>
    营造良好政治生态、优化营商环境是构建亲清政商关系的重要保障，各地区各部门都要落到实处。
    """,
)


def _render_once(text: str, *, keep_furniture: bool, ocr: bool = False, min_join: float | None = None) -> str:
    if not isinstance(text, str) or not text.strip() or _looks_rendered(text):
        return text
    if ocr and not is_wrapped(text):
        # OCR drops the full stops that tell a printed page from printed paragraphs: text whose
        # lines are not printed lines (this cleaner's own output) is read no further
        return text
    try:
        page = analyse(text, ocr=ocr, min_join=min_join)
    except RecursionError:  # pragma: no cover - defensive: a cleaner is total
        return text
    out = page.to_text(keep_furniture=keep_furniture)
    if not keep_furniture and page.fragments:
        out = "\n\n".join(x for x in (out, "\n".join(page.fragments)) if x)
    if ocr:
        # (an OCR engine misreads headlines in large type: a misread two-part headline is no
        # gold headline, and its gap would stand between Chinese characters of the body)
        out = keep_lines(out, close_headline_gaps=True)
    return out
