"""Typography family: punctuation, width, spacing and markdown debris in Chinese context.

Modules (one concept each): ``invisible`` (controls, zero-width), ``width`` (full-width forms,
radicals), ``punctuation`` (GB/T 15834 marks in Chinese context), ``quotes``, ``dashes``,
``spacing`` (whitespace between CJK), ``markdown`` (``## ``, ``**`` debris).
"""
