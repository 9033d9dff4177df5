"""Ray Data adapter: ``ds.map_batches(CleanText, fn_constructor_kwargs=..., concurrency=N)``.

    import ray
    from cntextclean.integrations.ray import CleanText

    ds = ray.data.read_json("corpus.jsonl")
    ds = ds.map_batches(CleanText, fn_constructor_kwargs={"field": "text", "to": "simplified"},
                        concurrency=8, batch_format="pandas")
    ds.write_json("cleaned/")

``CleanText`` is a callable class, so Ray runs it in long-lived actors: each actor builds its
pipeline and loads the dictionaries once. Ray itself is not a dependency of cntextclean.
"""

from __future__ import annotations

from typing import Any

from .columns import ColumnCleaner


class CleanText:
    """Per-worker cleaner for ``ray.data.Dataset.map_batches`` (dict-of-arrays or pandas batches)."""

    def __init__(self, field: str = "text", to: str = "none", ocr: bool = False, layout: str = "auto"):
        self.cleaner = ColumnCleaner(field=field, to=to, ocr=ocr, layout=layout)
        # warm up: build the pipeline and load the dictionaries once per worker
        self.cleaner.clean_values(["预热"])

    def __call__(self, batch: Any) -> Any:
        return self.cleaner(batch)
