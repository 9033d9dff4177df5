"""Page family (issue 7): a newspaper page's extraction -> articles in reading order.

Modules, one concept each: ``roles`` (what a block is: headline, byline, dateline, body,
author note, section label, editor's note, caption, furniture, continuation note),
``continuation`` (which block continues a paragraph another block leaves unfinished, scored and
matched globally), ``assign`` (the assignment solver), ``order`` (articles assembled in reading
order, headlines and bylines re-attached), ``article_order`` (the articles' order from the
order their blocks were read in), ``fields`` (each field's text cleaned as the gold
conventions say), ``split`` (``split_articles``: the page analysis), ``cleaners`` (the
registered cleaners that print it inside ``clean``: ``page_layout``, ``page_text``...).
"""
