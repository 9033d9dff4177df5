"""The command line: exit statuses, one-line errors, atomic outputs, inputs never modified."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cntextclean.cli import main

from .conftest import SEEDS


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
