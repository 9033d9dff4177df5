"""What kind of text is this? Page-extraction flavour detection and :func:`looks_like_page`.

The user passes no flag: ``layout="auto"`` asks :func:`looks_like_page`, and the segmenter
asks :func:`detect_flavour` how to read the lines.

Flavours: ``"pdftotext-layout"`` (columns side by side, runs of spaces between them),
``"pdfminer"`` (most lines stand alone between blank lines, columns interleaved line by line),
``"markdown"`` (one block per paragraph with a space at every printed line end),
``"pdftotext"`` (a newline per printed line, blank lines between blocks; OCR output reads the
same way), ``"pymupdf"`` (a newline per printed line, no blank lines), ``"plain"``.

:func:`looks_like_ocr` tells an OCR engine's page output from a PDF extraction of the same
layout, so that ``clean`` and ``split`` read it as OCR output without the ``--ocr`` flag.

>>> looks_like_page("第一段话。\\n第二段话。")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..charclass import HAN_BMP_CLASS, han_count
from .columns import has_column_runs
from .furniture import is_furniture_line
from .lines import ends_sentence
from .width import display_width, typical_width

__all__ = ["detect_flavour", "ends_with_page_break", "looks_like_ocr", "looks_like_page", "markdown_breaks"]

_CJK_RANGE = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fdf“”‘’…—·"
#: a space between two CJK characters (or CJK punctuation)
_CJK_SPACE = re.compile(rf"(?<=[{_CJK_RANGE}]) (?=[{_CJK_RANGE}\"'“‘(（0-9A-Za-z])|(?<=[{_CJK_RANGE},.;:!?\"'0-9A-Za-z%]) (?=[{_CJK_RANGE}])")
_MD_HEAD = re.compile(r"^\s{0,3}#{1,6}\s|\*\*")
_CLAUSE_PUNCT = re.compile(r"[，。；！？,.;!?]")


def markdown_breaks(line: str) -> int:
    """Number of single spaces next to CJK characters inside a line (printed line ends in
    markdown-like extractions)."""
    return len(_CJK_SPACE.findall(line.strip()))


def _nonempty(lines: Sequence[str]) -> list[str]:
    return [ln for ln in lines if ln.strip()]


def _is_markdown(lines: Sequence[str]) -> bool:
    """Paragraph lines carrying a space at each printed line end, at regular intervals, each
    standing alone between blank lines (rows of side-by-side columns come one after the other)."""
    long_idx = [i for i, ln in enumerate(lines) if display_width(ln.strip()) >= 40]
    if not long_idx:
        return False
    hits = 0
    adjacent = 0
    for i in long_idx:
        pieces = lines[i].strip().split(" ")
        if len(pieces) < 3:
            continue
        widths = [display_width(p) for p in pieces[:-1]]
        inner = [w for w in widths if w >= 8]
        if len(inner) >= 2 and typical_width(inner, min_support=2):
            hits += 1
            if (i > 0 and lines[i - 1].strip()) or (i + 1 < len(lines) and lines[i + 1].strip()):
                adjacent += 1
    return hits >= 2 and hits >= 0.3 * len(long_idx) and adjacent <= 0.5 * hits


def _isolated_share(lines: Sequence[str]) -> float:
    """Share of non-empty lines that stand alone between blank lines (pdfminer)."""
    n = iso = 0
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        n += 1
        before = i == 0 or not lines[i - 1].strip()
        after = i + 1 >= len(lines) or not lines[i + 1].strip()
        if before and after:
            iso += 1
    return iso / n if n else 0.0


def detect_flavour(text: str) -> str:
    """The extraction flavour of a page text (see the module docstring)."""
    lines = text.replace("\f", "\n").split("\n")
    ne = _nonempty(lines)
    if not ne:
        return "plain"
    if has_column_runs(lines):
        return "pdftotext-layout"
    if _is_markdown(lines):
        return "markdown"
    if len(ne) >= 8 and _isolated_share(lines) >= 0.6:
        widths = [display_width(ln.strip()) for ln in ne]
        if typical_width(widths) and sum(1 for ln in ne if not ends_sentence(ln)) >= 0.4 * len(ne):
            return "pdfminer"
    # (blank lines inside the pages: a page break's form feed and the text's last newline
    # make none, a PyMuPDF page of two PDF pages has none)
    blank = sum(1 for page in text.split("\f") for ln in page.strip("\r\n").split("\n") if not ln.strip())
    # (pdftotext and pdfminer end every page with a form feed, PyMuPDF none)
    if (blank == 0 or blank < 0.02 * len(ne)) and not ends_with_page_break(text):
        return "pymupdf" if _wrapped(ne) else "plain"
    return "pdftotext" if _wrapped(ne) or "\f" in text else "plain"


def _narrow(s: str) -> int:
    return sum(1 for c in s if (c.isascii() and c.isalnum()) or c in "%.,:;+-~/")


def ends_with_page_break(text: str) -> bool:
    """Does ``text`` end with a form feed (blank lines and spaces aside), as pdftotext and
    pdfminer end every page they print? (All 170 dev and variant pages of either do; no OCR
    or PyMuPDF page does.)"""
    return text.rstrip("\n\r \t").endswith("\f")


def _wrapped(ne: Sequence[str]) -> bool:
    """Many lines of one printed width, most of them ending mid-sentence.

    Half-width letters and digits may have been printed full-width (a width normalisation
    ran before): a line counts as full when it is full either way.
    """
    stripped = [ln.strip() for ln in ne]
    widths = [display_width(s) for s in stripped]
    spans = [w + _narrow(s) for w, s in zip(widths, stripped, strict=True)]
    if len(ne) < 6:
        # a short text: two or more lines as wide as the widest, ending mid-sentence (a running
        # header is no printed line of the column: it does not set the width)
        top = max((w for w, s in zip(widths, stripped, strict=True) if not is_furniture_line(s)),
                  default=0)
        if not 8 <= top <= 160 or len(ne) < 3:
            return False
        open_full = sum(1 for s, x in zip(stripped, spans, strict=True) if x >= top - 4 and not ends_sentence(s))
        return open_full >= 2
    pure = [w for w, s in zip(widths, stripped, strict=True) if not _narrow(s)]
    w = typical_width(pure if len(pure) >= 0.3 * len(ne) else widths, min_width=8)
    if not w or w > 160:
        return False
    full = [s for s, x, sp in zip(stripped, widths, spans, strict=True) if x <= w + 1 and sp >= w - 3]
    if len(full) < 0.3 * len(ne):
        return False
    open_ends = sum(1 for s in full if not ends_sentence(s))
    return open_ends >= 0.5 * len(full)


def looks_like_page(text: str) -> bool:
    """Is ``text`` a page extraction (so ``layout="auto"`` applies the layout steps)?

    True for many short lines of one width ending mid-sentence, page furniture (running
    headers, ``第3版``), form feeds, ``-layout`` column runs, and markdown-like pages (a space at
    every printed line end, or blank-line blocks with headline/byline lines and paragraphs cut
    mid-sentence). False for ordinary documents: one paragraph per line, e-mails, records.
    """
    if not isinstance(text, str) or not text.strip():
        return False
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ne = _nonempty(lines)
    if len(ne) < 4:
        return False
    if "\f" in text and len(ne) >= 8:
        return True
    if has_column_runs(lines):
        return True
    furniture = sum(1 for ln in ne[:6] + ne[-6:] if is_furniture_line(ln))
    if furniture and len(ne) >= 8 and _wrapped(ne):
        return True
    if _wrapped(ne):
        return True
    if _is_markdown(lines):
        return True
    return _markdownish_blocks(lines)


def _markdownish_blocks(lines: Sequence[str]) -> bool:
    """Blank-line blocks, markdown debris or headline/byline lines, and paragraphs cut
    mid-sentence at a column break (the seeds' ``## `` pages)."""
    ne = _nonempty(lines)
    blank = sum(1 for ln in lines if not ln.strip())
    if blank < 0.5 * len(ne) or len(ne) < 6:
        return False
    md = sum(1 for ln in ne if _MD_HEAD.search(ln))
    cut = 0
    gap_heads = 0
    for ln in ne:
        s = ln.strip()
        w = display_width(s)
        if w >= 60 and not ends_sentence(s) and s[-1] not in "：:":
            cut += 1
        parts = s.split()
        if 2 <= len(parts) <= 4 and w <= 60 and not _CLAUSE_PUNCT.search(s):
            gap_heads += 1
    if md >= 2 and (cut >= 1 or gap_heads >= 2):
        return True
    return cut >= 1 and gap_heads >= 3


_OCR_HAN = f"[{HAN_BMP_CLASS}]"
#: ASCII digits an OCR engine spaced out next to Chinese (``1 9 9 8年``, ``在 1 0 多``): a PDF
#: extraction prints a number's digits together (pdfminer's justification gaps come between
#: full-width digits, which this leaves alone)
_OCR_SPACED_DIGITS = re.compile(
    rf"(?:(?<={_OCR_HAN})|(?<={_OCR_HAN} ))[0-9](?: [0-9])+|(?<![0-9])(?<![0-9] )[0-9](?: [0-9])+(?= ?{_OCR_HAN})")
#: a half-width mark with a space the OCR engine put beside it between Chinese (``衰? 为什么``,
#: ``他說 ,企業``)
_OCR_SPACED_MARK = re.compile(rf"{_OCR_HAN} [,:;?!]|{_OCR_HAN}[,:;?!] {_OCR_HAN}")
#: a bracket or bar read for a digit or a stroke among digits and Chinese (``1998年]月9日``,
#: ``从今年[月工日起``), counted once the closed pairs are set aside (a citation ``文献[12]``)
_OCR_STRAY_BRACKET = re.compile(rf"(?<=[0-9{HAN_BMP_CLASS}])[\[\]|](?=[0-9]|{_OCR_HAN})")
_BALANCED_BRACKETS = re.compile(r"\[[^\[\]\n]{0,40}\]")
#: a byline's box read as a character at a line start (``口本报驻俄罗斯记者``)
_OCR_BYLINE_BOX = re.compile(r"(?m)^[口国昌] ?(?:本报|新华社|记者)")
_HALF_MARK = re.compile(rf"{_OCR_HAN}[,:;?!]")
_FULL_MARK = re.compile(rf"{_OCR_HAN}[，：；？！]")
#: how many OCR tell-tales make a page OCR output (and at least one per this many Chinese
#: characters): every tesseract page of the dev, variant and Traditional benches and of the
#: test pages has 4 or more (111 files; the fewest: a Traditional page, 4), no PDF extraction of
#: any bench (2,325 files) has one
_OCR_MIN_EVIDENCE = 4
_OCR_HAN_PER_EVIDENCE = 2500


def looks_like_ocr(text: str) -> bool:
    """Is ``text`` an OCR engine's page output (tesseract and the like) rather than a PDF
    extraction or a clean document?

    OCR output reads like ``pdftotext``'s (a line per printed line, blank lines between
    blocks) but carries the engine's tell-tales: digits spaced out next to Chinese (``1 9 9 8年``),
    half-width marks with a space beside them (``衰? 为什么``), a bracket or bar read among
    digits and Chinese and never closed (``1998年]月9日``), a byline's box read as a character
    (``口本报记者``), and half-width marks mixed in among the full-width ones the page prints
    (counted twice at most: a document typed with a few half-width commas is no OCR output).
    Markdown-like and ``-layout`` text and pdfminer's stand-alone lines are never taken for OCR
    output: the seeds type half-width marks on purpose.

    >>> looks_like_ocr("人民日报\\n\\n新年音乐会\\n\\n纳新年音乐会的序幕。1 9 9 8年新年音乐会演奏\\n"
    ...                "的主要作品仍然是名曲。为什么 ? 为什么全球 1 0 多亿人\\n同赏? 记者\\n"
    ...                "曾就这个问题问过 1 2 位奥地利音乐界人士，略知了其中的一\\n些奥妙。")
    True
    >>> looks_like_ocr("纳新年音乐会的序幕。１９９８年新年音乐会演奏\\n的主要作品仍然是名曲。")
    False
    """
    if not isinstance(text, str) or not text.strip():
        return False
    evidence = (len(_OCR_SPACED_DIGITS.findall(text)) + len(_OCR_SPACED_MARK.findall(text))
                + len(_OCR_STRAY_BRACKET.findall(_BALANCED_BRACKETS.sub(" ", text)))
                + len(_OCR_BYLINE_BOX.findall(text)))
    if evidence < _OCR_MIN_EVIDENCE:
        half = len(_HALF_MARK.findall(text))
        evidence += min(half, len(_FULL_MARK.findall(text)) if half else 0, 2)
    if evidence < _OCR_MIN_EVIDENCE:
        return False
    if evidence * _OCR_HAN_PER_EVIDENCE < han_count(text):
        return False
    return detect_flavour(text) in ("pdftotext", "pymupdf")
