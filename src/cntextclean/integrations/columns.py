"""Clean one column of a batch of records: the shared core of the engine adapters."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..api import clean


@dataclass(frozen=True)
class ColumnCleaner:
    """Clean the ``field`` column of a batch; every other column is kept as it is.

    Picklable (plain options), so engines can ship it to worker processes; each worker builds
    its pipeline and loads its dictionaries once, on first use.

    >>> ColumnCleaner(field="text")({"id": [1, 2], "text": ["甲 乙,丙", None]})
    {'id': [1, 2], 'text': ['甲乙，丙', None]}
    """

    field: str = "text"
    to: str = "none"
    ocr: bool = False
    layout: str = "auto"

    def clean_values(self, values: Iterable[Any]) -> list[Any]:
        opts = {"to": self.to, "ocr": self.ocr, "layout": self.layout}
        return [clean(v, **opts) if isinstance(v, str) else v for v in values]

    def __call__(self, batch: Any) -> Any:
        if hasattr(batch, "columns") and hasattr(batch, "copy"):  # a pandas DataFrame
            out = batch.copy()
            out[self.field] = self.clean_values(out[self.field].tolist())
            return out
        if isinstance(batch, dict):
            out = dict(batch)
            col = batch[self.field]
            values = col.tolist() if hasattr(col, "tolist") else list(col)
            cleaned = self.clean_values(values)
            if hasattr(col, "tolist") and hasattr(col, "dtype"):  # numpy array in, numpy array out
                import numpy as np

                out[self.field] = np.array(cleaned, dtype=object)
            else:
                out[self.field] = cleaned
            return out
        raise TypeError(f"a batch must be a dict of columns or a pandas DataFrame, not {type(batch).__name__}")
