"""cntextclean: turn damaged Chinese documents into clean, structured text.

>>> import cntextclean
>>> cntextclean.clean("营造良好政 治生态,优化营商环境")
'营造良好政治生态，优化营商环境'
"""

from __future__ import annotations

from .api import (
    clean,
    convert,
    decode,
    detect_script,
    find_damage,
    fix_encoding,
    split_articles,
    strip_pinyin,
)
from .model import Article, Page
from .pipeline import REGISTRY, Change, Cleaner, Explained, Pipeline, cleaner, get_cleaner

__version__ = "0.1.0"

__all__ = [
    "REGISTRY",
    "Article",
    "Change",
    "Cleaner",
    "Explained",
    "Page",
    "Pipeline",
    "__version__",
    "clean",
    "cleaner",
    "convert",
    "decode",
    "detect_script",
    "find_damage",
    "fix_encoding",
    "get_cleaner",
    "split_articles",
    "strip_pinyin",
]
