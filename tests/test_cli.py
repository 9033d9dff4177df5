"""The command line: exit statuses, one-line errors, atomic outputs, inputs never modified."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cntextclean.cli import main

from .conftest import SEED_IDS, SEEDS, seed_text


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cntextclean", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def test_help_and_version():
    r = run("--help")
    assert r.returncode == 0
    assert b"clean" in r.stdout and b"list" in r.stdout
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith(b"cntextclean ")


def test_no_command_is_usage_error(capsys):
    assert main([]) == 2


def test_list_shows_every_cleaner(capsys):
    from cntextclean.pipeline import REGISTRY

    assert main(["list"]) == 0
    out = capsys.readouterr().out
    for name in REGISTRY:
        assert name in out


def test_clean_stdin_to_stdout():
    r = run("clean", stdin="营造良好政 治生态,优化营商环境\n".encode())
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == "营造良好政治生态，优化营商环境\n"


def test_clean_reads_gbk(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes("营造良好政治生态,优化营商环境，建设现代化新城市。\n".encode("gbk"))
    out = tmp_path / "out.txt"
    assert main(["clean", str(f), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "营造良好政治生态，优化营商环境，建设现代化新城市。\n"


@pytest.mark.parametrize("stem", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_clean_each_seed_without_touching_it(tmp_path, stem):
    src = SEEDS / f"{stem}.txt"
    before = src.read_bytes()
    mtime = src.stat().st_mtime_ns
    out = tmp_path / "out.txt"
    assert main(["clean", str(src), "-o", str(out)]) == 0
    assert src.read_bytes() == before and src.stat().st_mtime_ns == mtime
    text = out.read_text(encoding="utf-8")
    assert text.strip(), "the cleaned seed must not be empty"
    assert not list(tmp_path.glob(".*.part")), "no temporary file may be left behind"


def test_several_files_need_an_output_directory(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("甲 乙,丙\n", encoding="utf-8")
    b.write_text("丁 戊\n", encoding="utf-8")
    assert main(["clean", str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "-o DIR" in err
    outdir = tmp_path / "out"
    assert main(["clean", str(a), str(b), "-o", str(outdir)]) == 0
    assert (outdir / "a.txt").read_text(encoding="utf-8") == "甲乙，丙\n"
    assert (outdir / "b.txt").read_text(encoding="utf-8") == "丁戊\n"


def _put(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _put(d / "x.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "binary"),
        (lambda d: _put(d / "x.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
        (lambda d: _put(d / "x.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)), "binary"),
        (lambda d: _put(d / "x.bin", b"\x00\x01\x02\x00\x00\x00\x10\x00" * 64), "binary"),
    ],
)
def test_bad_inputs_exit_2_with_one_line(tmp_path, capsys, make, message):
    path = make(tmp_path)
    assert main(["clean", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_input(tmp_path, capsys):
    f = tmp_path / "secret.txt"
    f.write_text("秘密", encoding="utf-8")
    f.chmod(0)
    assert main(["clean", str(f)]) == 2
    assert "permission denied" in capsys.readouterr().err


def test_output_never_overwrites_input(tmp_path, capsys):
    f = tmp_path / "in.txt"
    f.write_text("甲 乙\n", encoding="utf-8")
    assert main(["clean", str(f), "-o", str(f)]) == 2
    assert f.read_text(encoding="utf-8") == "甲 乙\n"
    assert "overwrite" in capsys.readouterr().err


def test_failed_run_leaves_existing_output_intact(tmp_path):
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    assert main(["clean", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "old"


def test_bad_option_is_usage_error():
    r = run("clean", "--to", "klingon")
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1


def test_explain_prints_json_lines(tmp_path):
    import json

    f = tmp_path / "in.txt"
    f.write_text("营造良好政 治生态,优化\n", encoding="utf-8")
    r = run("clean", str(f), "--explain")
    assert r.returncode == 0
    rows = [json.loads(line) for line in r.stderr.decode().splitlines()]
    assert rows and all({"step", "start", "end", "before", "after"} <= set(row) for row in rows)
    assert Path(f).read_text(encoding="utf-8") == "营造良好政 治生态,优化\n"


# --- clean --in-place -----------------------------------------------------------------------


def test_in_place_rewrites_the_file_atomically_keeping_its_mode(tmp_path, capsys):
    f = tmp_path / "in.txt"
    f.write_bytes("营造良好政 治生态,优化营商环境\n".encode("gbk"))
    f.chmod(0o640)
    assert main(["clean", "--in-place", str(f)]) == 0
    assert f.read_text(encoding="utf-8") == "营造良好政治生态，优化营商环境\n"
    assert f.stat().st_mode & 0o777 == 0o640
    assert capsys.readouterr().out == ""  # nothing on stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]  # no temporary file left


def test_in_place_leaves_a_clean_file_untouched(tmp_path):
    f = tmp_path / "in.txt"
    f.write_text("营造良好政治生态，优化营商环境\n", encoding="utf-8")
    os.utime(f, ns=(1_000_000_000, 1_000_000_000))
    assert main(["clean", "-i", str(f)]) == 0
    assert f.stat().st_mtime_ns == 1_000_000_000


def test_in_place_follows_a_symlink(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("甲 乙,丙\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert main(["clean", "--in-place", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "甲乙，丙\n"


def test_in_place_several_files_one_bad(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_text("甲 乙,丙\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("丁 戊\n", encoding="utf-8")
    assert main(["clean", "--in-place", str(a), str(tmp_path / "missing.txt"), str(b)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt: no such file" in err
    assert a.read_text(encoding="utf-8") == "甲乙，丙\n"
    assert b.read_text(encoding="utf-8") == "丁戊\n"


def test_in_place_streaming_path_gives_the_same_text(tmp_path):
    text = "营造良好政 治生态,优化营商环境。\n\n建设现代化 新城市,\n" * 50
    a = tmp_path / "a.txt"
    a.write_text(text, encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["clean", str(a), "-o", str(out)]) == 0
    assert main(["clean", "--in-place", "--stream-threshold", "0", str(a)]) == 0
    assert a.read_bytes() == out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.txt"]


@pytest.mark.parametrize("argv, message", [
    (["-o", "OUT"], "cannot be combined with -o"),
    (["-"], "not standard input"),
    ([], "not standard input"),  # no FILE means standard input
])
def test_in_place_refusals(tmp_path, capsys, argv, message):
    f = tmp_path / "in.txt"
    f.write_text("甲 乙\n", encoding="utf-8")
    argv = [str(tmp_path / "out.txt") if a == "OUT" else a for a in argv]
    files = [str(f)] if argv[:1] == ["-o"] else []
    assert main(["clean", "--in-place", *files, *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert f.read_text(encoding="utf-8") == "甲 乙\n"
    assert not (tmp_path / "out.txt").exists()


def test_in_place_interrupted_keeps_the_original(tmp_path, monkeypatch, capsys):
    from cntextclean import cli

    f = tmp_path / "in.txt"
    f.write_text("甲 乙,丙\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_clean_one", interrupted)
    assert main(["clean", "--in-place", str(f)]) == 130
    assert f.read_text(encoding="utf-8") == "甲 乙,丙\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_in_place_is_in_the_help():
    r = run("clean", "--help")
    assert r.returncode == 0 and b"--in-place" in r.stdout and b"atomically" in r.stdout


# --- interrupted runs (real signals sent to a real subprocess) ------------------------------

SIGNALS = [signal.SIGINT, signal.SIGTERM]


def _big_text(n_bytes: int) -> str:
    """Real damaged text (the seeds), repeated to about ``n_bytes`` of UTF-8."""
    seeds = "".join(seed_text(s) for s in SEED_IDS)
    return seeds * (n_bytes // len(seeds.encode("utf-8")) + 1)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(args: list[str], cwd: Path, sig: int, *, wait_for_part: bool) -> int:
    """Start ``cntextclean ARGS`` in ``cwd``, wait until it has a temporary output file (or,
    when it writes nothing before the end, a moment), send ``sig``; its exit status."""
    # a session of its own: if the test fails, its worker processes are killed with it; and
    # SIGINT at its default: a shell runs a background job with SIGINT ignored, the child
    # inherits that, and Python then installs no KeyboardInterrupt handler (the suite run as
    # `bash .ci/run &` failed every SIGINT case)
    p = subprocess.Popen([sys.executable, "-m", "cntextclean", *args], cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=_default_sigint)
    try:
        deadline = time.monotonic() + 120
        if wait_for_part:
            while not list(cwd.glob(".*.part")):
                assert p.poll() is None, f"finished before the signal: {p.stderr.read()!r}"
                assert time.monotonic() < deadline, "no temporary output file appeared"
                time.sleep(0.02)
        else:
            time.sleep(3)
        assert p.poll() is None, "the run finished before it could be interrupted"
        p.send_signal(sig)
        rc = p.wait(timeout=120)
        err = p.stderr.read().decode()
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    # no worker outlives the run (a batch's pool is stopped, not orphaned)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(p.pid, 0)
        time.sleep(2)  # workers being reaped
        os.killpg(p.pid, 0)
        os.killpg(p.pid, signal.SIGKILL)
        raise AssertionError("processes of the interrupted run are still alive")
    assert err.count("\n") == 1 and ("interrupted" in err or "terminated" in err), err
    return rc


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_interrupted_clean_leaves_no_output(tmp_path, sig):
    (tmp_path / "big.txt").write_text(_big_text(8 << 20), encoding="utf-8")
    # streamed (the output file is open from the start) and in memory (written at the end)
    for extra, wait_for_part in ((["--stream-threshold", "0"], True), ([], False)):
        rc = _interrupt(["clean", "big.txt", "-o", "out.txt", *extra], tmp_path, sig,
                        wait_for_part=wait_for_part)
        assert rc == 128 + sig
        assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_interrupted_in_place_keeps_the_original(tmp_path, sig):
    f = tmp_path / "big.txt"
    f.write_text(_big_text(8 << 20), encoding="utf-8")
    before = f.read_bytes()
    rc = _interrupt(["clean", "--in-place", "--stream-threshold", "0", "big.txt"], tmp_path, sig,
                    wait_for_part=True)
    assert rc == 128 + sig
    assert f.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: s.name)
def test_interrupted_batch_leaves_no_output(tmp_path, sig, jobs):
    import json

    text = _big_text(1 << 20)
    with open(tmp_path / "in.jsonl", "w", encoding="utf-8") as f:
        for i in range(0, 4000):
            f.write(json.dumps({"id": i, "text": text[i * 300 : i * 300 + 300]}, ensure_ascii=False))
            f.write("\n")
        f.write("not json\n")  # a reject, so the .rejects output is written too
    rc = _interrupt(["batch", "in.jsonl", "-o", "out.jsonl", "--jobs", jobs, "--no-progress"],
                    tmp_path, sig, wait_for_part=True)
    assert rc == 128 + sig
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_atomic_writer_leaves_nothing_when_interrupted_right_after_creating_its_file(tmp_path, monkeypatch):
    """An interruption handled right after the temporary file is created, before the writer
    holds its descriptor (a batch interrupted while it opened its .rejects output left
    ``.out.jsonl.rejects.*.part`` behind, once in three runs of tests/test_cli.py; blocking
    SIGINT around ``tempfile.mkstemp`` did not close the gap: another thread may take a
    process-directed signal, and the handler then runs whenever the main thread next checks):
    the writer knows the name before the file exists, and removes it."""
    from cntextclean.io import atomic_writer

    real = os.open
    made = []

    def open_then_interrupted(path, flags, *args, **kwargs):
        fd = real(path, flags, *args, **kwargs)
        if str(path).endswith(".part"):
            made.append(fd)
            raise KeyboardInterrupt  # the Ctrl-C handler, run at this very moment
        return fd

    monkeypatch.setattr(os, "open", open_then_interrupted)
    try:
        with pytest.raises(KeyboardInterrupt), atomic_writer(tmp_path / "out.txt") as f:
            f.write("甲")
    finally:
        monkeypatch.undo()
        for fd in made:
            with contextlib.suppress(OSError):
                os.close(fd)
    assert made and list(tmp_path.iterdir()) == []


def test_ocr_output_is_detected_and_no_ocr_turns_detection_off(tmp_path, capsys):
    """A tesseract page is split as OCR output without --ocr (CONTRACT: the kind of input is
    detected); --no-ocr reads it as a PDF extraction; the two flags together are bad usage."""
    import cntextclean

    from .conftest import bench_dir

    src = bench_dir() / "dev_009.tess300.txt"
    outs = {}
    for flags in ((), ("--ocr",), ("--no-ocr",)):
        out = tmp_path / f"split{len(outs)}.json"
        assert main(["split", str(src), "-o", str(out), *flags]) == 0
        outs[flags] = out.read_text(encoding="utf-8")
    assert outs[()] == outs[("--ocr",)]
    assert outs[("--no-ocr",)] != outs[()]
    out = tmp_path / "clean.txt"
    assert main(["clean", str(src), "-o", str(out), "--no-ocr"]) == 0
    assert out.read_text(encoding="utf-8") != cntextclean.clean(src.read_text(encoding="utf-8")) + "\n"
    capsys.readouterr()
    with pytest.raises(SystemExit) as e:
        main(["split", str(src), "--ocr", "--no-ocr"])
    assert e.value.code == 2
