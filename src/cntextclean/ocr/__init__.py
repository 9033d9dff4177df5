"""OCR family: artefacts that OCR engines (tesseract chi_sim/chi_tra) leave on Chinese pages.

Every cleaner here is line-preserving (the layout family runs afterwards and needs the lines;
a page read row by row across narrow columns is put back into columns before them, by the
layout family's :mod:`~cntextclean.layout.rowread`). Modules, one concept each:

* ``spacing``     - spaces inside numbers and between digits and Chinese (``1 9 9 8 年``)
* ``punctuation`` - half-width ``, : ; ! ?`` and misread ``。``/``·`` in Chinese context
* ``digits``      - ``]`` ``|`` ``工`` read for ``1`` (and kin) inside numbers and dates; decimal points
* ``brackets``    - ``（`` read as ``《〈`` / ``【`` / ``〈``; ASCII parentheses in Chinese context
* ``quotes``      - quotes on the wrong side, a wide gap read as ``”``
* ``markers``     - byline markers ``□``/``■`` read as ``口``/``国``/``图``
* ``dashes``      - ``一`` read for a dash ``—`` in ranges and sequences of parallel terms
* ``confusions``  - look-alike character confusions, scored by the plausibility model
* ``headwords``   - a headline's misread characters set right by its page's body (a function
  the page analysis calls on OCR pages, not a cleaner)
* ``debris``      - lines of Latin debris read in photographs and rules (``E3``, ``TUo``): set aside
  with the furniture by the page analysis before it segments an OCR page (not a cleaner)
* ``headquotes``  - a headline's corner quotes ``『』`` read as ``[``/``【`` and ``4`` (a function
  the page analysis calls on OCR headlines)
"""

from . import (  # noqa: F401  (importing a module registers its cleaners)
    brackets,
    confusions,
    dashes,
    digits,
    markers,
    punctuation,
    quotes,
    spacing,
)
