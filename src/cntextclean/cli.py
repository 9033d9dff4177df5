"""The ``cntextclean`` command line: a thin shell over the API.

One ``_add_<name>`` (parser) and one ``_cmd_<name>`` (action) function per subcommand. Errors are
one line on stderr; exit status 0 on success, 1 when ``check`` found damage, 2 on bad usage or an
unreadable, missing, binary or directory input. Inputs are never modified (except by
``clean --in-place``); outputs are atomic. SIGTERM is handled like SIGINT: the temporary file of
an unfinished output is removed and the exit status is 128 + the signal number.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import __version__
from .encoding.detect import Decoded
from .io import InputError, atomic_writer, read_decoded, read_text, same_file, write_text

PROG = "cntextclean"
TO_CHOICES = ("none", "simplified", "traditional", "tw", "hk")
LAYOUT_CHOICES = ("auto", "page", "plain")
#: input files larger than this are cleaned in windows of whole paragraphs (flat memory)
STREAM_THRESHOLD = 64 << 20


class UsageError(Exception):
    """Bad usage that argparse cannot see (conflicting paths, ...): exit status 2."""


def _add_ocr_options(p: argparse.ArgumentParser) -> None:
    """--ocr forces the OCR reading and cleaners; --no-ocr turns off its detection."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--ocr", action="store_true",
                   help="also run the aggressive OCR cleaners (a page detected as OCR output gets them "
                   "without the flag)")
    g.add_argument("--no-ocr", dest="detect_ocr", action="store_false",
                   help="never read the input as OCR output (no detection)")


def _add_text_options(p: argparse.ArgumentParser, *, layout: bool = True) -> None:
    """The options every text-cleaning command shares: --to, --ocr, --layout, --encoding."""
    p.add_argument("--to", choices=TO_CHOICES, default="none", help="target script (default: keep)")
    _add_ocr_options(p)
    if layout:
        p.add_argument("--layout", choices=LAYOUT_CHOICES, default="auto",
                       help="page-layout steps: auto (page extractions only), page, plain")
    p.add_argument("--encoding", metavar="E", help="input encoding (default: detected)")


def _refuse_overwrite(src: str, out: str) -> None:
    """A UsageError when writing ``out`` would overwrite the input ``src``."""
    if out != "-" and src != "-" and same_file(src, out):
        raise UsageError(f"{out}: output would overwrite its input")


def _each_input(files: Sequence[str], encoding: str | None, status: list[int]) -> Iterator[tuple[str, Decoded]]:
    """Decode each FILE in turn; a bad one gets its one-line error and sets ``status[0] = 2``,
    and the others are still read."""
    for f in files:
        try:
            yield f, read_decoded(f, encoding)
        except InputError as e:
            print(f"{PROG}: error: {e}", file=sys.stderr)
            status[0] = 2


# --- clean --------------------------------------------------------------------------------


def _add_clean(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "clean",
        help="clean text files (encoding, layout, script, OCR, typography)",
        description="Clean FILEs (or standard input). One FILE: -o is the output file (stdout "
        "without -o). Several FILEs: -o names a directory, one output per input with the same name. "
        "--in-place rewrites each FILE instead.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files; - or none for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (or directory for several FILEs)")
    p.add_argument("-i", "--in-place", action="store_true",
                   help="replace each FILE by its cleaned text (UTF-8), atomically: written to a "
                   "temporary file beside it and renamed over it when complete, so the original "
                   "stays intact until then; keeps the file mode; files only, not with -o")
    _add_text_options(p)
    p.add_argument("--keep-furniture", action="store_true",
                   help="keep running headers, footers, page numbers and captions")
    p.add_argument("--explain", action="store_true",
                   help="print every change (step, span, before, after) as JSON lines on stderr")
    p.add_argument("--skip", action="append", default=[], metavar="STEP",
                   help="skip a cleaner by name (repeatable)")
    p.add_argument("--stream-threshold", type=int, default=STREAM_THRESHOLD, metavar="BYTES",
                   help=argparse.SUPPRESS)  # files larger than this are cleaned window by window
    p.set_defaults(func=_cmd_clean)


def _clean_one(text: str, args: argparse.Namespace, name: str) -> str:
    from .api import clean

    opts = dict(to=args.to, ocr=args.ocr, layout=args.layout, detect_ocr=args.detect_ocr,
                keep_furniture=args.keep_furniture, skip=args.skip or None)
    if not args.explain:
        return clean(text, **opts)
    res = clean(text, explain=True, **opts)
    for c in res.changes:
        print(json.dumps({"file": name, **c.to_dict()}, ensure_ascii=False), file=sys.stderr)
    return res.text


def _finish(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def _cmd_clean(args: argparse.Namespace) -> int:
    files = args.files or ["-"]
    if args.in_place:
        return _clean_in_place(files, args)
    if len(files) == 1:
        src = files[0]
        out = args.output or "-"
        _refuse_overwrite(src, out)
        if src != "-" and not args.explain and _size(src) > args.stream_threshold:
            return _clean_streaming(src, out, args)
        text = read_text(src, args.encoding)
        write_text(out, _finish(_clean_one(text, args, src)))
        return 0
    if "-" in files:
        raise UsageError("standard input (-) cannot be combined with other FILEs")
    if not args.output:
        raise UsageError("several FILEs need -o DIR (a directory for the outputs)")
    outdir = Path(args.output)
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"{outdir}: not a directory (several FILEs need -o DIR)")
    names = [Path(f).name for f in files]
    if len(set(names)) != len(names):
        raise UsageError("several FILEs share a name; their outputs would collide in -o DIR")
    # read everything first: a bad input fails before anything is written
    texts = [read_text(f, args.encoding) for f in files]
    outdir.mkdir(parents=True, exist_ok=True)
    for f, text in zip(files, texts, strict=True):
        target = outdir / Path(f).name
        _refuse_overwrite(f, str(target))
        write_text(str(target), _finish(_clean_one(text, args, f)))
    return 0


def _clean_in_place(files: Sequence[str], args: argparse.Namespace) -> int:
    """``clean --in-place``: each FILE replaced atomically by its cleaned text; a bad FILE gets
    its one-line error (exit status 2) and leaves the others to be cleaned. A file whose
    cleaned bytes equal its bytes is not rewritten."""
    from .io import decode_input, read_bytes

    if args.output:
        raise UsageError("--in-place cannot be combined with -o")
    if "-" in files:
        raise UsageError("--in-place needs FILEs, not standard input (-)")
    status = 0
    for f in files:
        target = os.path.realpath(f)  # a symlink keeps pointing at the cleaned file
        try:
            if not args.explain and _size(target) > args.stream_threshold:
                _clean_streaming(f, target, args)
                continue
            data = read_bytes(f)
            text = decode_input(data, f, args.encoding).text
            cleaned = _finish(_clean_one(text, args, f)).encode("utf-8", "surrogatepass")
            if cleaned != data:
                with atomic_writer(target, "wb") as w:
                    w.write(cleaned)
        except InputError as e:
            print(f"{PROG}: error: {e}", file=sys.stderr)
            status = 2
    return status


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # read_text reports the problem


def _clean_streaming(src: str, out: str, args: argparse.Namespace) -> int:
    """Clean a large file window by window: flat memory, output identical for plain text."""
    import codecs
    import contextlib

    from .encoding.detect import decode
    from .io import decode_input
    from .stream import clean_stream, read_chunks, read_line_blocks

    with open(src, "rb") as f:
        head = f.read(1 << 20)
    if b"\n" in head and b"\x00" not in head:  # whole lines: no character cut in two
        head = head[: head.rindex(b"\n") + 1]
    # binary inputs and a bad --encoding are refused here
    encoding = decode_input(head, src, args.encoding).encoding
    wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    with contextlib.ExitStack() as stack:
        f = stack.enter_context(open(src, "rb"))
        w = sys.stdout if out == "-" else stack.enter_context(atomic_writer(out))
        last = [""]

        def write(piece: str) -> None:
            if piece:
                last[0] = piece[-1]
                w.write(piece)

        if wide:
            chunks = read_chunks(f, encoding)
        else:  # blocks of whole lines; a block the file's codec cannot read is detected alone
            fallback = None if args.encoding else (lambda b: decode(b).text)
            chunks = read_line_blocks(f, encoding, fallback)
        try:
            clean_stream(chunks, write, lambda t: _clean_one(t, args, src))
            if last[0] and last[0] != "\n":
                write("\n")  # as _finish() ends an in-memory result
        except UnicodeDecodeError as e:
            raise InputError(f"{src}: cannot decode as {encoding} ({e.reason})") from None
    return 0


# --- list ---------------------------------------------------------------------------------


def _add_list(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="list every cleaner with its summary and example")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=_cmd_list)


def _cmd_list(args: argparse.Namespace) -> int:
    from . import presets
    from .pipeline import REGISTRY

    presets.register_all()

    if args.json:
        rows = [
            {"name": c.name, "family": c.family, "summary": c.summary,
             "example": {"before": c.example[0], "after": c.example[1]},
             "removes": list(c.removes), "page_context": c.page_context}
            for c in REGISTRY.values()
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for c in sorted(REGISTRY.values(), key=lambda c: (c.family, c.name)):
        before, after = c.example
        print(f"{c.name}  [{c.family}]  {c.summary}")
        print(f"    {before!r} -> {after!r}")
    return 0


# --- batch --------------------------------------------------------------------------------


def _add_batch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="clean one field of every record of a JSONL corpus (.gz by extension)",
        description="JSONL in, JSONL out: the same records in the same order, --field replaced by "
        "its cleaned text. Invalid lines go verbatim to OUT.rejects with their line numbers; "
        "records whose field is not a string pass through unchanged. Nothing is dropped.",
    )
    p.add_argument("input", metavar="IN", help="JSONL file (.jsonl or .jsonl.gz; - for stdin)")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="output JSONL (.gz to compress)")
    p.add_argument("--field", default="text", help="the text field to clean (default: text)")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("--to", choices=TO_CHOICES, default="none", help="target script (default: keep)")
    _add_ocr_options(p)
    p.add_argument("--layout", choices=LAYOUT_CHOICES, default="auto",
                   help="page-layout steps (default auto: corpus records keep their lines)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--summary-json", metavar="PATH", help="also write the summary as JSON")
    p.set_defaults(func=_cmd_batch)


class _Progress:
    """A progress line on a terminal (tqdm when installed); silent otherwise."""

    def __init__(self, total: int | None, enabled: bool):
        self.total, self.done, self.bar = total, 0, None
        self.enabled = enabled and sys.stderr.isatty()
        if self.enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                pass
            else:
                self.bar = tqdm(total=total, unit="B", unit_scale=True, desc="cleaning")

    def __call__(self, n: int) -> None:
        if not self.enabled:
            return
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.total:
            sys.stderr.write(f"\rcleaning: {100 * self.done / self.total:5.1f}%")
            sys.stderr.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.enabled and self.total:
            sys.stderr.write("\n")


def _cmd_batch(args: argparse.Namespace) -> int:
    import contextlib

    from . import batch

    src, out = args.input, args.output
    if src != "-":
        if os.path.isdir(src):
            raise InputError(f"{src}: is a directory")
        if not os.path.exists(src):
            raise InputError(f"{src}: no such file")
    _refuse_overwrite(src, out)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    jobs = args.jobs or batch.default_jobs()
    opts = batch.Options(field=args.field, to=args.to, ocr=args.ocr, layout=args.layout,
                         detect_ocr=args.detect_ocr)
    rejects_path = out + ".rejects"
    total = os.path.getsize(src) if src != "-" and not src.endswith(".gz") else None
    progress = _Progress(total, not args.no_progress)
    if src.endswith(".parquet") or out.endswith(".parquet"):
        if not (src.endswith(".parquet") and out.endswith(".parquet")):
            raise UsageError("Parquet in needs Parquet out (and the reverse)")
        try:
            with atomic_writer(out, "wb") as f:
                summary = batch.run_parquet(src, f, opts, jobs=jobs, progress=progress)
        except (RuntimeError, ValueError) as e:
            raise UsageError(str(e)) from None
        finally:
            progress.close()
        _print_summary(summary, rejects_path, args)
        return 0
    try:
        stream = batch.open_read(src)
    except OSError as e:
        raise InputError(f"{src}: cannot read ({e.strerror or e})") from None
    with contextlib.ExitStack() as stack:
        f = stack.enter_context(atomic_writer(out, "wb"))
        if out.endswith(".gz"):
            f = stack.enter_context(batch.gzip_writer(f))
        rej = stack.enter_context(atomic_writer(rejects_path, "wb"))
        try:
            summary = batch.run(stream, f.write, rej.write, opts, jobs=jobs, progress=progress)
        except (OSError, EOFError) as e:  # e.g. a truncated .gz input
            raise InputError(f"{src}: cannot read ({e})") from None
        finally:
            progress.close()
            if stream is not sys.stdin.buffer:
                stream.close()
    if summary.rejects == 0:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(rejects_path)
    _print_summary(summary, rejects_path, args)
    return 0


def _print_summary(summary, rejects_path: str, args: argparse.Namespace) -> None:
    d = summary.to_dict()
    n_rejects = d["rejects"]
    steps = ", ".join(f"{k} {v}" for k, v in d["changes_per_cleaner"].items()) or "none"
    print(
        f"{PROG} batch: {d['records']} records ({d['changed']} changed, {d['passed_through']} "
        f"passed through), {n_rejects} rejects{f' -> {rejects_path}' if n_rejects else ''}, "
        f"{d['bytes_in']} bytes in, {d['bytes_out']} bytes out, {d['damage_spans']} damage spans; "
        f"changes per cleaner: {steps}",
        file=sys.stderr,
    )
    if args.summary_json:
        write_text(args.summary_json, json.dumps(d, ensure_ascii=False, indent=2) + "\n")


# --- detect -------------------------------------------------------------------------------


def _add_detect(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "detect",
        help="detect the encoding of files",
        description="Print FILE<TAB>ENCODING<TAB>CONFIDENCE for every FILE (ENCODING is a "
        "Python codec name). Exit 2 if any FILE is missing, unreadable, binary or a directory.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="input files (- for stdin)")
    p.add_argument("--json", action="store_true",
                   help='a JSON list of {"file", "encoding", "confidence"} instead')
    p.set_defaults(func=_cmd_detect)


def _cmd_detect(args: argparse.Namespace) -> int:
    rows: list[dict] = []
    status = [0]
    for f, d in _each_input(args.files, None, status):
        row = {"file": f, "encoding": d.encoding, "confidence": d.confidence}
        if d.line_encodings:
            row["line_encodings"] = list(d.line_encodings)
        rows.append(row)
        if not args.json:
            print(f"{f}\t{d.encoding}\t{d.confidence:.3f}")
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    return status[0]


# --- check --------------------------------------------------------------------------------


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="report lossy encoding damage (锟斤拷, U+FFFD, ?? runs, unrepairable mojibake)",
        description="Print FILE:START-END: KIND: snippet for every damaged span (character "
        "offsets). Exit 1 if any damage was found, 0 if none, 2 if a FILE is missing, "
        "unreadable, binary or a directory.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="input files (- for stdin)")
    p.add_argument("--encoding", metavar="E", help="input encoding (default: detected)")
    p.set_defaults(func=_cmd_check)


def _cmd_check(args: argparse.Namespace) -> int:
    from .encoding.damage import find_damage

    found = False
    status = [0]
    for f, decoded in _each_input(args.files, args.encoding, status):
        for d in find_damage(decoded.text):
            found = True
            print(f"{f}:{d.start}-{d.end}: {d.kind}: {d.snippet}")
    return status[0] or (1 if found else 0)


# --- split --------------------------------------------------------------------------------


def _add_split(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "split",
        help="split a newspaper page into its articles (JSON, text or Markdown)",
        description="Split a page extraction FILE into articles in reading order: headline, "
        "subtitle, byline, section, paragraphs; furniture and fragments set aside.",
    )
    p.add_argument("file", metavar="FILE", help="input file (- for stdin)")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (stdout without -o)")
    p.add_argument("--format", choices=("json", "text", "markdown"), default="json",
                   help="output format (default: json)")
    _add_text_options(p, layout=False)
    p.add_argument("--debug", action="store_true",
                   help="JSON: add blocks, roles, continuation links and their scores")
    p.set_defaults(func=_cmd_split)


def _cmd_split(args: argparse.Namespace) -> int:
    from .api import split_articles

    src, out = args.file, args.output or "-"
    _refuse_overwrite(src, out)
    text = read_text(src, args.encoding)
    page_id = None if src == "-" else Path(src).name.split(".", 1)[0]
    page = split_articles(text, page_id=page_id, to=args.to, ocr=args.ocr, detect_ocr=args.detect_ocr)
    if args.format == "json":
        result = json.dumps(page.to_dict(debug=args.debug), ensure_ascii=False, indent=1) + "\n"
    elif args.format == "markdown":
        result = page.to_markdown()
    else:
        result = _finish(page.to_text())
    write_text(out, result)
    return 0


# --- report -------------------------------------------------------------------------------


def _add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write a before/after HTML report of cleaning FILE",
        description="A self-contained HTML page: input and cleaned output side by side, every "
        "change highlighted and labelled with its step, damage found, and for pages the articles.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT.html",
                   help="default: <FILE stem>.report.html in the current directory")
    _add_text_options(p)
    p.set_defaults(func=_cmd_report)


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import build_report

    decoded = read_decoded(args.file, args.encoding)
    out = args.output or f"{Path(args.file).stem if args.file != '-' else 'stdin'}.report.html"
    _refuse_overwrite(args.file, out)
    page = build_report(decoded.text, name=Path(args.file).name, encoding=decoded.encoding, to=args.to,
                        ocr=args.ocr, layout=args.layout, detect_ocr=args.detect_ocr)
    write_text(out, page)
    print(out, file=sys.stderr)
    return 0


# --- convert ------------------------------------------------------------------------------


def _add_convert(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "convert",
        help="OpenCC-exact Traditional/Simplified conversion",
        description="Convert FILE (or standard input) with an OpenCC config, output identical "
        "to OpenCC 1.4.2: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, s2hkp, hk2sp, t2tw, "
        "tw2t, t2hk, hk2t, t2jp, jp2t (with or without .json).",
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="input file; - or none for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (stdout without -o)")
    p.add_argument("--config", "-c", required=True, metavar="CFG", help="OpenCC config, e.g. s2twp")
    p.add_argument("--encoding", metavar="E", help="input encoding (default: detected)")
    p.set_defaults(func=_cmd_convert)


def _cmd_convert(args: argparse.Namespace) -> int:
    from .script.opencc import get_converter

    try:
        conv = get_converter(args.config)
    except ValueError as e:
        raise UsageError(str(e)) from None
    src, out = args.file, args.output or "-"
    _refuse_overwrite(src, out)
    write_text(out, conv.convert(read_text(src, args.encoding)))
    return 0


# --- main ---------------------------------------------------------------------------------

_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_clean,
    _add_list,
    _add_batch,
    _add_detect,
    _add_check,
    _add_split,
    _add_convert,
    _add_report,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Turn damaged Chinese documents into clean text.")
    from .script._accel import wanted

    path = "C accelerator" if wanted() else "pure Python"
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__} (OpenCC: {path})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in _COMMANDS:
        add(sub)
    return parser


class Terminated(BaseException):
    """Raised in the main thread by SIGTERM (as SIGINT raises KeyboardInterrupt), so that every
    ``atomic_writer`` on the way out removes its temporary file."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated(signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``cntextclean`` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    # signal handlers can only be set in the main thread (main() may run in another one)
    handle = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if handle else None
    try:
        return int(args.func(args))
    except (InputError, UsageError) as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT
    except Terminated as e:
        print(f"{PROG}: terminated", file=sys.stderr)
        return 128 + e.signum
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        if handle:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
