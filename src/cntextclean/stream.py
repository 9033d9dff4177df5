"""Streaming: clean a file far larger than memory in windows of whole paragraphs.

A window ends at a paragraph boundary (a blank line or a form feed), or at a line end when a
paragraph runs on. Every step of the plain-text pipeline works within a paragraph, so cleaning
window by window gives the same text as cleaning the whole file at once; page-layout steps
(``page_context`` cleaners) see whole pages when the input separates pages by form feeds. The
layout decision of ``layout="auto"`` is taken per window. Memory stays flat: one window of
decoded text and its cleaned copy at a time.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from typing import IO

#: characters per window (about 1 MiB of Chinese text is 3 MiB of UTF-8)
WINDOW = 1 << 20
#: a window never grows past this many characters, even inside one endless line
MAX_WINDOW = 16 * WINDOW
#: preferred window ends: a page break, a blank line, a line end
_BOUNDARIES = ("\f", "\n\n", "\n")


def _cut(buf: str, final: bool) -> int:
    """Where to end the next window in ``buf`` (an index just past a separator), or 0."""
    if final:
        return len(buf)
    if len(buf) < WINDOW:
        return 0
    half = len(buf) // 2
    for sep in _BOUNDARIES:
        i = buf.rfind(sep, half)
        if i > 0:
            return i + len(sep)
    return len(buf) if len(buf) >= MAX_WINDOW else 0


def windows(chunks: Iterator[str]) -> Iterator[tuple[str, str]]:
    """Split a stream of text chunks into ``(window, separator)`` pairs: each window is whole
    paragraphs, the separator is the run of line breaks / form feeds that followed it."""
    buf = ""
    it = iter(chunks)
    done = False
    while not done:
        try:
            buf += next(it)
        except StopIteration:
            done = True
        cut = _cut(buf, done)
        if not cut:
            continue
        piece, buf = buf[:cut], buf[cut:]
        body = piece.rstrip("\n\f\r")
        sep = piece[len(body):]
        if body or sep:
            yield body, sep


def read_line_blocks(
    f: IO[bytes], encoding: str, fallback: Callable[[bytes], str] | None, size: int = 1 << 20
) -> Iterator[str]:
    """Decode a byte-oriented (ASCII-compatible) file in blocks of whole lines: each block in
    ``encoding``, or, where that fails (a damaged byte, a line in another encoding), with
    ``fallback`` (the detecting decoder); without a fallback the error is raised."""
    rest = b""
    while True:
        data = f.read(size)
        buf = rest + data
        if not data:
            block, rest = buf, b""
        else:
            cut = buf.rfind(b"\n") + 1
            if cut == 0 and len(buf) < 16 * size:
                rest = buf
                continue
            cut = cut or len(buf)
            block, rest = buf[:cut], buf[cut:]
        if block:
            try:
                yield block.decode(encoding)
            except UnicodeDecodeError:
                if fallback is None:
                    raise
                yield fallback(block)
        if not data:
            return


def read_chunks(f: IO[bytes], encoding: str, size: int = 1 << 20) -> Iterator[str]:
    """Decode a binary file incrementally (strict: a decoding error is raised, never hidden)."""
    dec = codecs.getincrementaldecoder(encoding)(errors="strict")
    while True:
        data = f.read(size)
        if not data:
            tail = dec.decode(b"", final=True)
            if tail:
                yield tail
            return
        text = dec.decode(data)
        if text:
            yield text


def clean_stream(
    chunks: Iterator[str],
    write: Callable[[str], object],
    clean_window: Callable[[str], str],
) -> None:
    """Clean window by window; ``write`` receives the cleaned text and the separators (which
    are line breaks and form feeds, written as they were: line-preserving cleaners keep them)."""
    for body, sep in windows(chunks):
        if body:
            write(clean_window(body))
        if sep:
            write(sep)
