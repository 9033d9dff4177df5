"""File input and output for the CLI: reading any supported encoding, atomic writes.

Inputs are never modified; outputs are written to a temporary file in the same directory and
renamed into place, so an interrupted run never leaves a partial output file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .encoding.detect import Decoded, decode, looks_binary


class InputError(Exception):
    """An input that cannot be read as text (missing, unreadable, a directory, binary)."""


def read_bytes(path: str) -> bytes:
    """The bytes of ``path`` (``-`` is standard input), or :class:`InputError`."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory")
    if not p.exists():
        raise InputError(f"{path}: no such file")
    try:
        return p.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None


def decode_input(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode an input file's bytes (``encoding`` if given, else detected), or
    :class:`InputError` for binary data or bytes the forced encoding cannot read."""
    if encoding is None and looks_binary(data):
        raise InputError(f"{name}: binary file (not text); extract its text first")
    try:
        return decode(data, encoding=encoding)
    except (LookupError, UnicodeDecodeError, ValueError) as e:
        raise InputError(f"{name}: cannot decode as {encoding or 'text'} ({e})") from None


def read_decoded(path: str, encoding: str | None = None) -> Decoded:
    """Read a text file in any supported encoding (detected unless ``encoding`` is given)."""
    return decode_input(read_bytes(path), path, encoding)


def read_text(path: str, encoding: str | None = None) -> str:
    """The text of ``path`` in any supported encoding (see :func:`read_decoded`)."""
    return read_decoded(path, encoding).text


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO]:
    """Write ``path`` atomically: a temporary file in the same directory, flushed to disk and
    renamed over ``path`` on success (an existing ``path`` keeps its content until then, and its
    mode), removed on any error or interruption. Text mode writes UTF-8 with ``\\n`` newlines."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    tmp: str | None = None
    fd = -1
    try:
        # the name is known before the file exists, so that an interruption (Ctrl-C, SIGTERM)
        # at any point leaves a name to remove (``tempfile.mkstemp`` chooses and creates in
        # one call: a signal handled as it returned lost the name, and the ``.part`` file
        # stayed; another thread may take a process-directed signal that this one blocks)
        while True:
            tmp = str(directory / f".{target.name}.{secrets.token_hex(8)}.part")
            try:
                fd = os.open(tmp, _CREATE, 0o600)
                break
            except FileExistsError:  # pragma: no cover - 64 random bits: practically never
                tmp = None  # (another writer's file: never removed here)
        if "b" in mode:
            f = os.fdopen(fd, mode)
        else:
            f = os.fdopen(fd, mode, encoding="utf-8", newline="\n")
        fd = -1  # (the file object owns it now)
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            if target.exists():
                os.chmod(tmp, target.stat().st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
        _fsync_dir(directory)
    except BaseException:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


#: open flags of the temporary file: created here, never an existing file
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (best effort: not every system can)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text(path: str, text: str) -> None:
    """Write ``text`` to ``path`` atomically, or to standard output for ``-``."""
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    with atomic_writer(path) as f:
        f.write(text)


def same_file(a: str, b: str) -> bool:
    """True when paths ``a`` and ``b`` name the same existing file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
