"""`cntextclean report`: a self-contained before/after page whose counts match --explain."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time

import pytest

from cntextclean import clean
from cntextclean.cli import main
from cntextclean.pipeline import Change, Explained
from cntextclean.report import build_report, trace

from .conftest import SEED_IDS, SEEDS, seed_text


def counts_in(page: str) -> dict[str, int]:
    table = page.split('<table id="counts">', 1)[1].split("</table>", 1)[0]
    return {m[0]: int(m[1]) for m in re.findall(r"<tr><td>([^<]+)</td><td>(\d+)</td></tr>", table)}


@pytest.mark.parametrize("stem", SEED_IDS)
def test_report_counts_match_explain(tmp_path, stem, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = SEEDS / f"{stem}.txt"
    assert main(["report", str(src)]) == 0
    page = (tmp_path / f"{stem}.report.html").read_text(encoding="utf-8")
    res = clean(seed_text(stem), explain=True)
    assert counts_in(page) == res.counts()
    assert "http://" not in page and "https://" not in page, "no external assets"
    assert page.count('class="chg') >= 1


@pytest.mark.parametrize("stem", SEED_IDS)
def test_report_counts_match_cli_explain(tmp_path, stem, monkeypatch, capsys):
    """The counts per step on the page are those of ``cntextclean clean --explain`` (JSON lines)."""
    monkeypatch.chdir(tmp_path)
    src = str(SEEDS / f"{stem}.txt")
    assert main(["report", src, "-o", "r.html"]) == 0
    capsys.readouterr()
    assert main(["clean", "--explain", src, "-o", "out.txt"]) == 0
    steps = [json.loads(line)["step"] for line in capsys.readouterr().err.splitlines() if line]
    want: dict[str, int] = {}
    for step in steps:
        want[step] = want.get(step, 0) + 1
    assert want, "every seed needs cleaning"
    assert counts_in((tmp_path / "r.html").read_text(encoding="utf-8")) == want


def test_trace_labels_follow_every_step():
    text = "甲 乙,丙\n丁"
    ex = Explained(
        text="甲乙，丙\n丁",
        changes=[Change("a", 1, 2, " ", ""), Change("b", 2, 3, ",", "，")],
    )
    tr = trace(text, ex)
    assert tr.input_labels == [None, (0, 0), None, (1, 0), None, None, None]
    assert tr.output_labels == [None, None, (1, 0), None, None, None]


def test_report_is_fast_on_a_100kb_page():
    page = "\n".join(seed_text(s) for s in SEED_IDS[1:])
    page = (page * (100_000 // len(page) + 1))[:100_000]
    t = time.perf_counter()
    html = build_report(page, name="big")
    assert time.perf_counter() - t < 60
    assert html.startswith("<!DOCTYPE html>")


def test_report_refuses_to_overwrite_its_input(tmp_path):
    f = tmp_path / "x.html"
    f.write_text("甲 乙", encoding="utf-8")
    assert main(["report", str(f), "-o", str(f)]) == 2
    assert f.read_text(encoding="utf-8") == "甲 乙"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: set to a directory to keep the rendered PNGs (e.g. as CI artefacts)
ARTEFACTS = os.environ.get("CNTEXTCLEAN_REPORT_PNG_DIR")


def _chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, timeout=180)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("stem", SEED_IDS)
def test_report_renders_in_chromium(tmp_path, stem):
    out = tmp_path / "r.html"
    assert main(["report", str(SEEDS / f"{stem}.txt"), "-o", str(out)]) == 0
    shot = tmp_path / "r.png"
    r = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", out.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000, r.stderr[-500:]
    if ARTEFACTS:
        os.makedirs(ARTEFACTS, exist_ok=True)
        shutil.copyfile(shot, os.path.join(ARTEFACTS, f"{stem}.report.png"))
    r = _chromium(tmp_path, "--dump-dom", out.as_uri())
    dom, log = r.stdout.decode(), r.stderr.decode(errors="replace")
    # no script error reached the console
    errors = [line for line in log.splitlines() if ":CONSOLE" in line and "Uncaught" in line]
    assert not errors, errors
    # the inline script ran (it writes the total of the legend counts into the body)
    total = re.search(r'<body data-ready="(\d+)"', dom)
    assert total and int(total.group(1)) == sum(clean(seed_text(stem), explain=True).counts().values())
