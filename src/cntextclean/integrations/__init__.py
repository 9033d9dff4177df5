"""Adapters for distributed and dataset engines, imported lazily (no engine is a dependency).

- :mod:`cntextclean.integrations.ray`: a callable class for ``ray.data.Dataset.map_batches``.
- :mod:`cntextclean.integrations.hf`: a function for ``datasets.Dataset.map(batched=True)``.

Both clean one text column and keep every other column; values that are not strings pass through.
"""
