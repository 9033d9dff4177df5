"""Typography family: punctuation, width, spacing and markdown debris in Chinese context.

Modules (one concept each; every cleaner registers itself with ``family="typography"``):

* ``html``        - ``strip_html``: HTML tags and character references in scraped text (REPAIR)
* ``invisible``   - ``strip_invisible``: controls, zero-width and format characters (REPAIR)
* ``radicals``    - ``normalize_radicals``: Kangxi/supplement radicals from PDF fonts (REPAIR)
* ``markdown``    - ``strip_markdown``: ``## `` and ``**`` debris
* ``width``       - ``normalize_width``: full-width letters, digits, symbols, wide spaces
* ``punctuation`` - ``cjk_punctuation``: GB/T 15834 marks in Chinese context
* ``quotes``      - ``pair_quotes``: straight quotes to paired ``“”`` ``‘’``
* ``dashes``      - ``normalize_dashes``: ``--`` ``──`` to ``——``
* ``middle_dot``  - ``normalize_middle_dot``: ``・`` ``•`` to ``·`` between Hanzi
* ``trailing``    - ``strip_trailing_spaces``
* ``spacing``     - ``cjk_spacing`` (PLAIN_ONLY) and the helpers ``remove_cjk_spaces`` and
  ``collapse_gap`` for the layout family

Everything but ``cjk_spacing`` is line-preserving and keeps leading indentation.
"""

from . import (  # noqa: F401  (importing registers the cleaners)
    dashes,
    html,
    invisible,
    markdown,
    middle_dot,
    punctuation,
    quotes,
    radicals,
    spacing,
    trailing,
    width,
)
from .spacing import collapse_gap, remove_cjk_spaces

__all__ = ["collapse_gap", "remove_cjk_spaces"]
