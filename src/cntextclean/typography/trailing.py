"""Spaces at the end of a line."""

from __future__ import annotations

import re

from ..charclass import HSPACE_CLASS as HSPACE
from ..pipeline import cleaner

_TRAILING = re.compile(f"(?m)[{HSPACE}](?<![{HSPACE}\\r].)[{HSPACE}]*(?=\\r?$)")


@cleaner(
    name="strip_trailing_spaces",
    family="typography",
    summary="Remove spaces and tabs at line ends.",
    example=("构建亲清政商关系 \n是营造\u3000", "构建亲清政商关系\n是营造"),
    removes=("whitespace",),
)
def strip_trailing_spaces(text: str) -> str:
    """Remove horizontal whitespace (ASCII, ideographic, no-break) before each line end.

    >>> strip_trailing_spaces("构建亲清政商关系 \\n是营造\\u3000")
    '构建亲清政商关系\\n是营造'
    """
    return _TRAILING.sub("", text)
