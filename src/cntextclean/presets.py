"""The default pipeline and its presets, assembled from the cleaner families.

Stages, in order (each a list of registered cleaner names):

1. ``REPAIR``     - byte/encoding damage, pinyin annotations, invisible characters (line-preserving)
2. ``CONVERT``    - script conversion for ``to=`` (line-preserving)
3. ``OCR_SAFE``   - OCR artefact fixes that never touch clean text (always on)
   ``OCR_AGGRESSIVE`` - the rest, with ``ocr=True``
4. ``TYPOGRAPHY`` - punctuation, width, markdown debris, spacing inside lines (line-preserving)
5. ``PLAIN_ONLY`` - rules a page layout applies per role instead (spaces between CJK, indents):
   run on plain text only
6. ``LAYOUT``     - page extraction -> paragraphs / articles in reading order (page text only)

This module sits above the families: it imports them (which registers their cleaners); no
cleaner module imports it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

# Importing a family registers its cleaners. One import line per family.
from . import layout as _layout_family  # noqa: F401
from . import ocr as _ocr_family  # noqa: F401
from . import script as _script_family  # noqa: F401
from . import typography as _typography_family  # noqa: F401
from .encoding import mojibake as _mojibake  # noqa: F401
from .encoding import shifted as _shifted  # noqa: F401
from .layout.detect import looks_like_ocr as _layout_looks_like_ocr
from .layout.detect import looks_like_page as _layout_looks_like_page
from .pipeline import REGISTRY, Pipeline

Target = Literal["none", "simplified", "traditional", "tw", "hk"]
Layout = Literal["auto", "page", "plain"]

#: ``to=`` values and the OpenCC config each stands for (CONTRACT.md).
TO_CONFIG: dict[str, str | None] = {
    "none": None,
    "simplified": "t2s",
    "traditional": "s2t",
    "tw": "s2tw",
    "hk": "s2hk",
}

# --- encoding family (issue 3) --------------------------------------------------------------
REPAIR_ENCODING: list[str] = ["fix_shifted_bytes", "fix_encoding"]
# --- script family (issue 4): pinyin stripping; conversion cleaners by ``to`` ---------------
REPAIR_SCRIPT: list[str] = ["strip_pinyin"]
CONVERT_STEP: dict[str, str] = {
    "simplified": "to_simplified",
    "traditional": "to_traditional",
    "tw": "to_tw",
    "hk": "to_hk",
}
# --- typography family (issue 2) -------------------------------------------------------------
REPAIR_TYPOGRAPHY: list[str] = ["strip_html", "strip_invisible", "normalize_radicals"]
TYPOGRAPHY: list[str] = [
    "strip_markdown",
    "normalize_width",
    "normalize_dashes",  # before cjk_punctuation: its ——/-- decides context for , : ;
    "cjk_punctuation",
    "pair_quotes",
    "normalize_middle_dot",
    "strip_trailing_spaces",
]
PLAIN_ONLY: list[str] = ["cjk_spacing"]
# --- OCR family (issue 6) --------------------------------------------------------------------
#: OCR output, first of all: rows read across narrow columns put back into columns (before any
#: step that closes up the spaces between the columns' lines, see :mod:`cntextclean.layout.rowread`)
OCR_READING_ORDER: list[str] = ["ocr_row_columns"]
OCR_SAFE: list[str] = ["ocr_spaced_digits", "ocr_byline_marker"]
OCR_AGGRESSIVE: list[str] = [
    "ocr_brackets",
    "ocr_gap_quote",
    "ocr_quotes",
    "ocr_close_quote",
    "ocr_digit_confusions",
    "ocr_decimal_point",
    "ocr_parentheses",
    "ocr_name_dot",
    "ocr_cjk_punctuation",
    "ocr_double_punct",
    "ocr_full_stop",
    "ocr_dash_yi",
    "ocr_name_marker",
    "ocr_byline_surname",
    "ocr_number_spacing",
    "ocr_punct_spacing",
    "ocr_lookalikes",
    "ocr_consistency",
]
# --- layout / page family (issues 5 and 7) ----------------------------------------------------
#: page extractions through the page analysis, other text rejoined in its own order
#: (:func:`cntextclean.page.cleaners.page_text`)
LAYOUT: list[str] = ["page_text"]
#: before the layout step of a page that is no OCR output: characters a PDF extractor printed
#: apart from their line (a fallback font's glyphs) put back (:mod:`cntextclean.layout.glyphs`)
PAGE_REPAIR: list[str] = ["restore_displaced_glyphs"]
LAYOUT_KEEP_FURNITURE: list[str] = ["page_text_keep_furniture"]  # the same steps, furniture kept in the text
LAYOUT_OCR: list[str] = ["page_layout_ocr"]  # OCR output: the page analysis
LAYOUT_OCR_KEEP_FURNITURE: list[str] = ["page_layout_ocr_keep_furniture"]
#: every layout step: what runs before the first of them is the pre-layout cleaning
LAYOUT_STEPS = frozenset({*LAYOUT, *LAYOUT_KEEP_FURNITURE, *LAYOUT_OCR, *LAYOUT_OCR_KEEP_FURNITURE})


def looks_like_page(text: str) -> bool:
    """Does ``text`` look like a page extraction (so ``layout="auto"`` applies the layout steps)?"""
    return _layout_looks_like_page(text)


def detected_ocr(text: str, *, ocr: bool, page: bool, detect: bool = True) -> bool:
    """``ocr`` as the pipeline takes it: what the caller asked, or (``detect``) a page detected
    as OCR output (CONTRACT: no flag is needed to say which extractor or OCR engine produced a
    file)."""
    return ocr or (detect and page and _layout_looks_like_ocr(text))


def step_names(
    *,
    to: str = "none",
    ocr: bool = False,
    page: bool = False,
    keep_furniture: bool = False,
) -> list[str]:
    """The names of the steps ``clean`` runs for these options."""
    if to not in TO_CONFIG:
        raise ValueError(f"to={to!r}: expected one of {', '.join(TO_CONFIG)}")
    names = [*REPAIR_ENCODING, *REPAIR_SCRIPT, *REPAIR_TYPOGRAPHY]
    if to != "none" and to in CONVERT_STEP:
        names.append(CONVERT_STEP[to])
    elif to != "none":
        raise NotImplementedError(f"to={to!r}: script conversion is not available yet")
    if ocr:
        names += OCR_READING_ORDER
    names += OCR_SAFE
    if ocr:
        names += OCR_AGGRESSIVE
    names += TYPOGRAPHY
    if page:
        if ocr:
            # OCR output: the page analysis puts the articles in reading order (the column
            # pieces tesseract reads one after another, joined where a paragraph runs on)
            names += LAYOUT_OCR_KEEP_FURNITURE if keep_furniture else LAYOUT_OCR
        else:
            names += [*PAGE_REPAIR, *(LAYOUT_KEEP_FURNITURE if keep_furniture else LAYOUT)]
        # the rejoined paragraphs give the OCR and typography steps context that the printed
        # lines hid (digits `1 9` / `9 8` or a range `1997一` / `1998` cut at a line end): they
        # run once more after the layout (with ocr=True the plain spacing rule too, for the gaps
        # the OCR steps leave), so that cleaning the output again changes nothing
        names += [*OCR_SAFE, *(OCR_AGGRESSIVE if ocr else ()), *(n for n in TYPOGRAPHY if n != "strip_markdown")]
        if ocr:
            names += PLAIN_ONLY
    else:
        names += PLAIN_ONLY
    return names


def build(
    *,
    to: str = "none",
    ocr: bool = False,
    page: bool = False,
    keep_furniture: bool = False,
    steps: list[str] | tuple[str, ...] | None = None,
    skip: list[str] | tuple[str, ...] | None = None,
) -> Pipeline:
    """The pipeline ``clean`` runs: ``steps`` replaces the default list, ``skip`` drops names.

    Pipelines are cached per option set: building one costs nothing after the first call.
    """
    return _build(to, ocr, page, keep_furniture,
                  tuple(steps) if steps is not None else None, tuple(skip or ()))


def register_all() -> None:
    """Register every cleaner family. Importing this module registers all but the page family
    (``page_text``...), which imports this module: it is imported here, on demand."""
    from .page import cleaners as _page_cleaners  # noqa: F401


@lru_cache(maxsize=256)
def _build(
    to: str,
    ocr: bool,
    page: bool,
    keep_furniture: bool,
    steps: tuple[str, ...] | None,
    skip: tuple[str, ...],
) -> Pipeline:
    names = list(steps) if steps is not None else step_names(
        to=to, ocr=ocr, page=page, keep_furniture=keep_furniture)
    if any(n.startswith("page_") and n not in REGISTRY for n in names):
        register_all()
    if skip:
        unknown = [n for n in skip if n not in REGISTRY]
        if unknown:
            raise ValueError(f"skip: no cleaner named {', '.join(map(repr, unknown))}")
        drop = set(skip)
        names = [n for n in names if n not in drop]
    # the repair stage runs to a fixpoint: its steps can uncover work for each other
    repair = {*REPAIR_ENCODING, *REPAIR_SCRIPT, *REPAIR_TYPOGRAPHY}
    fixpoint = 0
    if steps is None:
        while fixpoint < len(names) and names[fixpoint] in repair:
            fixpoint += 1
        if ocr:
            # the aggressive OCR steps and the typography after them decide on each other's
            # output (a ':' made '：' by typography is a double mark to ocr_double_punct): with
            # ocr=True everything before the page layout runs to a fixpoint, so clean stays
            # idempotent (the default pipeline does not pay for it)
            fixpoint = next((i for i, n in enumerate(names) if n in LAYOUT_STEPS), len(names))
    return Pipeline(names, fixpoint=fixpoint)


def default_pipeline() -> Pipeline:
    """The pipeline ``clean(text)`` runs on plain text with default options."""
    return build()
