"""The optional C accelerator of the OpenCC converter: compiled passes, cached on disk.

``cntextclean.script._fmm`` (``_fmm.c``, built at install time when a C compiler is there) runs
one forward-maximum-matching pass (:class:`cntextclean.script._tables.Pass`) in C, with the
same output as the pure-Python ``_RtPass.apply``, which stays the reference and the fallback
(no compiler, PyPy, or ``CNTEXTCLEAN_PURE_PYTHON=1`` in the environment).

A config's compiled passes are cached as bytes (``Pass.dump``) beside the tables' cache, so a
warm load reads them back (``Pass.frombytes``, which validates every index) without loading the
pure-Python tables at all; those load on demand (text holding a NUL in a segmenting config).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _tables
from ._tables import Tables, load_tables

try:
    from . import _fmm
except ImportError:  # not built (no compiler at install time, PyPy...): pure Python
    _fmm = None

#: the C extension is importable
AVAILABLE: bool = _fmm is not None
#: set this environment variable (to anything but "" or "0") to force the pure-Python path
PURE_ENV = "CNTEXTCLEAN_PURE_PYTHON"


def wanted() -> bool:
    """Whether converters use the C accelerator: it is built and not switched off."""
    return AVAILABLE and os.environ.get(PURE_ENV, "") in ("", "0")


@dataclass(frozen=True)
class Compiled:
    """A config's tables for the accelerated path."""

    #: name, data version, normalization and segmentation tables; ``passes`` left empty
    meta: Tables
    #: the compiled passes (``_fmm.Pass``), in order
    passes: tuple[Any, ...]


@functools.cache
def _build_tag() -> str:
    """A short hash of the extension module's file: the cache follows the build."""
    try:
        return hashlib.sha1(Path(_fmm.__file__).read_bytes()).hexdigest()[:10]  # type: ignore[union-attr]
    except (OSError, AttributeError, TypeError):  # pragma: no cover
        return "nofile"


def _cache_file(name: str) -> Path | None:
    path = _tables._cache_file(name)
    if path is None or _fmm is None:
        return None
    return path.with_name(f"{name}.fmm{_fmm.FORMAT}-{_build_tag()}")


_lock = threading.Lock()
_loaded: dict[str, Compiled | None] = {}


def load(name: str) -> Compiled | None:
    """The compiled passes of config ``name`` (memory, disk cache, else built and cached);
    None when the accelerator is not built or cannot take the config's tables."""
    if _fmm is None:
        return None
    if name in _loaded:
        return _loaded[name]
    with _lock:
        if name in _loaded:
            return _loaded[name]
        c = _read(name)
        if c is None:
            c = _compile(load_tables(name))
            if c is not None:
                _write(name, c)
        _loaded[name] = c
        return c


def _compile(t: Tables) -> Compiled | None:
    assert _fmm is not None
    try:
        passes = tuple(_fmm.Pass(p.out, p.chars, p.wrap) for p in t.passes)
    except ValueError:  # tables the C pass does not take (none of OpenCC's): pure Python
        return None
    return Compiled(_meta(t), passes)


def _meta(t: Tables) -> Tables:
    return Tables(name=t.name, data_version=t.data_version, norm=t.norm,
                  seg_singles=t.seg_singles, seg_window=t.seg_window)


# The cache file: an 8-byte little-endian length, that many bytes of ``marshal`` data (the
# config's name, data version, normalization and segmentation tables, number of passes), zero
# bytes up to a multiple of 8, then each pass's ``Pass.dump()`` (a multiple of 8 bytes each).
# ``Pass.frombytes`` reads its tables in place in the file's bytes: a warm load copies nothing.


def _pad8(n: int) -> int:
    return (n + 7) & ~7


def _read(name: str) -> Compiled | None:
    assert _fmm is not None
    path = _cache_file(name)
    if path is None or not path.is_file():
        return None
    try:
        data = path.read_bytes()
        size = int.from_bytes(data[:8], "little")
        n, dv, norm, singles, window, count = marshal.loads(data[8 : 8 + size])
        if n != name or dv != _tables.data_version():
            return None
        offset = _pad8(8 + size)
        passes = []
        for _ in range(count):
            p = _fmm.Pass.frombytes(data, offset)
            passes.append(p)
            offset += p.blobsize
        if offset != len(data):
            return None
    except Exception:  # corrupt or foreign cache file: rebuild
        return None
    meta = Tables(name=n, data_version=dv, norm=norm, seg_singles=singles, seg_window=window)
    _mark_used(path)
    return Compiled(meta, tuple(passes))


def _mark_used(path: Path) -> None:
    """Set ``path``'s modification time to now (best effort): compiled files of other builds
    that nothing has used for ``_tables.STALE_SECONDS`` are removed by :func:`_prune`."""
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(path: Path) -> None:
    """Remove the compiled files of config ``path``'s other builds (``<name>.fmm*``) that no
    process has used for ``_tables.STALE_SECONDS`` (a rebuilt extension leaves its old ones)."""
    cutoff = time.time() - _tables.STALE_SECONDS
    stem = path.name.split(".fmm", 1)[0] + ".fmm"
    try:
        for f in path.parent.iterdir():
            if f != path and f.name.startswith(stem) and not f.name.endswith(".tmp"):
                try:
                    if f.stat().st_mtime < cutoff:
                        f.unlink()
                except OSError:
                    continue
    except OSError:
        pass


def _write(name: str, c: Compiled) -> None:
    path = _cache_file(name)
    if path is None:
        return
    m = c.meta
    head = marshal.dumps(
        (m.name, m.data_version, m.norm, m.seg_singles, m.seg_window, len(c.passes))
    )
    parts = [len(head).to_bytes(8, "little"), head, bytes(_pad8(8 + len(head)) - 8 - len(head))]
    parts += [p.dump() for p in c.passes]
    _tables.write_atomic(path, b"".join(parts))
    _prune(path)
