"""Hugging Face ``datasets`` helper: ``ds.map(clean_function("text"), batched=True, num_proc=N)``.

    from datasets import load_dataset
    from cntextclean.integrations.hf import clean_function

    ds = load_dataset("json", data_files="corpus.jsonl", split="train")
    ds = ds.map(clean_function("text", to="simplified"), batched=True, num_proc=4)

The returned function is picklable (``datasets`` ships it to its worker processes and fingerprints
it for its cache). ``datasets`` itself is not a dependency of cntextclean.
"""

from __future__ import annotations

from .columns import ColumnCleaner


def clean_function(field: str = "text", *, to: str = "none", ocr: bool = False,
                   layout: str = "auto") -> ColumnCleaner:
    """A batched map function that cleans ``field`` and keeps every other column."""
    return ColumnCleaner(field=field, to=to, ocr=ocr, layout=layout)
