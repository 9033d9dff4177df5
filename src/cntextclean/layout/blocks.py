"""The :class:`Block`: a run of text that the extraction printed together, lines rejoined.

The layout family produces blocks from a page extraction (:func:`cntextclean.layout` modules);
the page family (:mod:`cntextclean.page`) gives them roles (headline, byline, body...), links
continuations across column and page breaks, and assembles articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    """One block of a page extraction, in extraction order."""

    #: the block's text with the extraction's line breaks removed: a break between two CJK
    #: characters joins without a space, a break between Latin words/digits becomes one space;
    #: spaces *inside* a printed line are kept (runs collapsed to one space), because only the
    #: block's role decides them (a headline's gap and a byline's role/name gap stay, a body
    #: paragraph loses spaces between CJK): the page family applies that per role.
    text: str
    #: the source lines, as printed (stripped of the line break only)
    lines: list[str] = field(default_factory=list)
    #: position in extraction order
    index: int = 0
    #: PDF page (0-based; form feeds separate pages)
    page: int = 0
    #: column stream for ``pdftotext -layout`` input, else None
    column: int | None = None
    #: evidence that the first line starts a paragraph (indented, follows a sentence end...)
    starts_paragraph: bool = True
    #: evidence that the last line ends a paragraph (sentence-final mark and/or short last line)
    ends_paragraph: bool = True
    #: the typical printed line width of the block's column, in characters (0 if unknown)
    line_width: int = 0
    #: a role guessed by the layout step ("furniture" for headers/footers/page numbers), or None
    role: str | None = None
    #: free-form layout evidence for debugging
    features: dict[str, object] = field(default_factory=dict)


@dataclass
class Segmented:
    """What :func:`cntextclean.layout.segment.segment` returns for a page extraction."""

    #: blocks in extraction order (page furniture removed)
    blocks: list[Block]
    #: the furniture lines removed (running headers/footers, page numbers, captions...)
    furniture: list[str] = field(default_factory=list)
    #: the detected input flavour: "pdftotext", "pdftotext-layout", "pdfminer", "pymupdf",
    #: "ocr", "markdown", "plain"
    flavour: str = "plain"
    #: the section labels left out of ``blocks`` (listed last in ``furniture`` too), each with
    #: its ``index`` among the blocks: a caller may put them back (see ``layout.rejoin``)
    labels: list[Block] = field(default_factory=list)
