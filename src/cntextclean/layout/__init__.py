"""Layout family: page extractions (pdftotext, pdftotext -layout, pdfminer, PyMuPDF, OCR,
markdown-like text) -> blocks of rejoined text, page furniture set aside.

``blocks`` holds the :class:`Block` shared with :mod:`cntextclean.page`, which turns blocks
into articles in reading order.
"""

from . import (
    glyphs,  # noqa: F401  (registers restore_displaced_glyphs)
    rejoin,  # noqa: F401  (registers rejoin_lines, rejoin_lines_keep_furniture)
    rowread,  # noqa: F401  (registers ocr_row_columns)
)
