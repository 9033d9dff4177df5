"""Batch cleaning of JSONL corpora: one record per line, one text field cleaned.

Same records in the same order; the field replaced by its cleaned text, every other field kept.
A line that is not valid JSON (or not UTF-8) goes verbatim to the rejects file with its line
number; a record whose field is missing or not a string passes through unchanged. Nothing is
dropped. Work is spread over ``jobs`` worker processes, each loading the dictionaries once.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any

from . import presets
from .api import _pipeline_for
from .encoding.damage import find_damage

#: records per task sent to a worker
CHUNK = 256


@dataclass
class Summary:
    """What a batch run did."""

    records: int = 0
    cleaned: int = 0
    changed: int = 0
    passed_through: int = 0
    rejects: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    damage: int = 0
    steps: Counter[str] = field(default_factory=Counter)

    def add(self, other: Summary) -> None:
        for k in ("records", "cleaned", "changed", "passed_through", "rejects", "bytes_in",
                  "bytes_out", "damage"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.steps.update(other.steps)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "cleaned": self.cleaned,
            "changed": self.changed,
            "passed_through": self.passed_through,
            "rejects": self.rejects,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "damage_spans": self.damage,
            "changes_per_cleaner": dict(sorted(self.steps.items())),
        }


@dataclass(frozen=True)
class Options:
    field: str = "text"
    to: str = "none"
    ocr: bool = False
    layout: str = "auto"
    #: read a page detected as OCR output as with ``ocr=True`` (``--no-ocr``: never)
    detect_ocr: bool = True
    find_damage: bool = True


def open_read(path: str) -> IO[bytes]:
    """Open a JSONL input for binary reading (``.gz`` decompressed, ``-`` = stdin)."""
    import sys

    if path == "-":
        return sys.stdin.buffer
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _clean_record_text(text: str, opts: Options, summary: Summary) -> str:
    pipe, view = _pipeline_for(text, to=opts.to, ocr=opts.ocr, layout=opts.layout, detect_ocr=opts.detect_ocr)

    def count(step, before: str, after: str) -> None:
        if after != before:
            summary.steps[step.name] += 1

    out = pipe.apply(text, count) if view is None else view[1](pipe.apply(view[0], count))
    if opts.find_damage:
        summary.damage += len(find_damage(out))
    return out


def _clean_value(value: Any, opts: Options, summary: Summary) -> Any:
    """One record's field: cleaned if it is a string, passed through otherwise (counted)."""
    summary.records += 1
    if not isinstance(value, str):
        summary.passed_through += 1
        return value
    summary.cleaned += 1
    cleaned = _clean_record_text(value, opts, summary)
    summary.changed += cleaned != value
    return cleaned


def process_lines(lines: list[tuple[int, bytes]], opts: Options) -> tuple[list[tuple[int, bytes, bool]], Summary]:
    """Clean a chunk of ``(line number, raw line)``; returns ``(line number, output, is_reject)``
    rows in the same order, and the chunk's summary."""
    summary = Summary()
    out: list[tuple[int, bytes, bool]] = []
    for lineno, raw in lines:
        summary.bytes_in += len(raw)
        body = raw.rstrip(b"\r\n")
        if not body.strip():
            # blank lines are not records: kept as rejects so that nothing is lost silently
            summary.rejects += 1
            out.append((lineno, raw, True))
            continue
        try:
            rec = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            summary.rejects += 1
            out.append((lineno, raw, True))
            continue
        value = rec.get(opts.field) if isinstance(rec, dict) else None
        cleaned = _clean_value(value, opts, summary)
        if cleaned != value:
            rec[opts.field] = cleaned
            line = json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n"
        else:
            line = body + b"\n"
        summary.bytes_out += len(line)
        out.append((lineno, line, False))
    return out, summary


def _chunks(stream: IO[bytes], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for lineno, raw in enumerate(stream, 1):
        chunk.append((lineno, raw))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


#: the signals that stop a run (the CLI turns both into exceptions in the main thread)
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _submit(ex: ProcessPoolExecutor, fn: Callable, *args: Any) -> Any:
    """``ex.submit`` with SIGINT/SIGTERM held back until it returns: the first submit forks the
    workers, and an exception raised by a signal handler inside the fork machinery (an at-fork
    callback) is swallowed by Python, so the signal would be lost and the run go on."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on POSIX
        return ex.submit(fn, *args)
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        return ex.submit(fn, *args)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _init_worker(opts: Options) -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it (cancels the queued
    # chunks, removes its temporary outputs), workers just finish the chunk in hand
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # and SIGTERM (the parent stopping them) ends a worker, whatever handler it inherited
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while _submit held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    # load every dictionary and model once per worker, before the first record
    presets.build(to=opts.to, ocr=opts.ocr, page=False)("预热")


def run(
    stream: IO[bytes],
    write: Callable[[bytes], object],
    write_reject: Callable[[bytes], object],
    opts: Options,
    *,
    jobs: int = 1,
    progress: Callable[[int], object] | None = None,
) -> Summary:
    """Clean every line of ``stream``; output lines go to ``write``, rejects to ``write_reject``
    as ``LINENO<TAB>raw line``. ``progress`` is called with the bytes read after each chunk."""
    summary = Summary()

    def emit(rows: list[tuple[int, bytes, bool]], part: Summary) -> None:
        for lineno, data, reject in rows:
            if reject:
                write_reject(f"{lineno}\t".encode() + (data if data.endswith(b"\n") else data + b"\n"))
            else:
                write(data)
        summary.add(part)
        if progress is not None:
            progress(part.bytes_in)

    if jobs <= 1:
        for chunk in _chunks(stream, CHUNK):
            emit(*process_lines(chunk, opts))
        return summary
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(opts,)) as ex:
        pending: list = []
        try:
            for chunk in _chunks(stream, CHUNK):
                pending.append(_submit(ex, process_lines, chunk, opts))
                # bounded look-ahead keeps memory flat on huge inputs; results stay in order
                while len(pending) >= jobs * 4:
                    emit(*pending.pop(0).result())
            for fut in pending:
                emit(*fut.result())
        except BaseException:
            # interrupted or failed: the output is being thrown away, so drop the queued chunks
            # and stop the workers now instead of letting them finish (exit would wait for them)
            workers = list((getattr(ex, "_processes", None) or {}).values())
            manager = getattr(ex, "_executor_manager_thread", None)
            ex.shutdown(wait=False, cancel_futures=True)
            for w in workers:
                w.terminate()
            # ... and let the pool's manager thread see them gone and finish before the
            # interpreter exits: shutdown(wait=False) forgets it, and the exit hook of
            # concurrent.futures would then write to the wake-up pipe it is closing (CPython
            # 3.11 prints "Exception ignored ... Bad file descriptor" after our message)
            if manager is not None:
                manager.join(timeout=10)
            raise
    return summary


def _clean_values(values: list[Any], opts: Options) -> tuple[list[Any], Summary]:
    summary = Summary()
    out = []
    for v in values:
        c = _clean_value(v, opts, summary)
        if isinstance(v, str):
            summary.bytes_in += len(v.encode("utf-8", "surrogatepass"))
            summary.bytes_out += len(c.encode("utf-8", "surrogatepass"))
        out.append(c)
    return out, summary


def run_parquet(src: str, dst_file: IO[bytes], opts: Options, *, jobs: int = 1,
                progress: Callable[[int], object] | None = None) -> Summary:
    """Clean the ``opts.field`` column of a Parquet file (needs the ``parquet`` extra: pyarrow);
    the schema, the row order and every other column are kept."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet needs pyarrow: pip install 'cntextclean[parquet]'") from None
    reader = pq.ParquetFile(src)
    if opts.field not in reader.schema_arrow.names:
        raise ValueError(f"{src}: no column named {opts.field!r}")
    summary = Summary()
    writer = pq.ParquetWriter(dst_file, reader.schema_arrow)
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(opts,)) \
        if jobs > 1 else None
    try:
        for rb in reader.iter_batches(batch_size=CHUNK * max(1, jobs)):
            values = rb.column(opts.field).to_pylist()
            if executor is None:
                cleaned, part = _clean_values(values, opts)
            else:
                step = -(-len(values) // jobs)
                futs = [_submit(executor, _clean_values, values[i : i + step], opts)
                        for i in range(0, len(values), step)]
                cleaned, part = [], Summary()
                for fut in futs:
                    c, p = fut.result()
                    cleaned.extend(c)
                    part.add(p)
            idx = rb.schema.get_field_index(opts.field)
            col = pa.array(cleaned, type=rb.schema.field(idx).type)
            writer.write_batch(rb.set_column(idx, rb.schema.field(idx), col))
            summary.add(part)
            if progress is not None:
                progress(rb.nbytes)
    finally:
        writer.close()
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    return summary


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def gzip_writer(f: IO[bytes]) -> IO[bytes]:
    """Wrap a binary file in a gzip compressor (for ``.gz`` outputs)."""
    return gzip.GzipFile(fileobj=f, mode="wb")  # type: ignore[return-value]


__all__ = [
    "Options", "Summary", "default_jobs", "gzip_writer", "open_read", "process_lines", "run",
    "run_parquet",
]
