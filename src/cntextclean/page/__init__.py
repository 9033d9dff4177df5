"""Page family (issue 7): a newspaper page's extraction -> articles in reading order.

Modules, one concept each: ``roles`` (what a block is: headline, byline, dateline, body,
author note, section label, editor's note, caption, furniture, continuation note),
``continuation`` (which block continues a paragraph another block leaves unfinished, scored and
matched globally), ``assign`` (the assignment solver), ``order`` (articles assembled in reading
order, headlines and bylines re-attached), ``article_order`` (the articles' order from the
order their blocks were read in), ``topic`` (paragraphs sent home to the article whose
opening shares their words, or whose headline opens with the person they open with),
``signoff`` (a dispatch sign-off sent home to the bylined report it closes, as its last
paragraph), ``joinscore`` (word evidence across a seam: a word of the word list spanning
the join of two blocks), ``fields`` (each field's text cleaned as the gold
conventions say), ``split`` (``split_articles``: the page analysis), ``cleaners`` (the
registered cleaners that print it inside ``clean``: ``page_layout``, ``page_text``...).
"""
