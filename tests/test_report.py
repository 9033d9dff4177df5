"""`cntextclean report`: a self-contained before/after page whose counts match --explain."""

from __future__ import annotations

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


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("stem", SEED_IDS)
def test_report_renders_in_chromium(tmp_path, stem):
    out = tmp_path / "r.html"
    assert main(["report", str(SEEDS / f"{stem}.txt"), "-o", str(out)]) == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "r.png"
    r = subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1400,1000",
                        out.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000, r.stderr[-500:]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", out.as_uri()], capture_output=True,
                         timeout=120).stdout.decode()
    # the inline script ran (it writes the total of the legend counts) and found no error
    total = re.search(r'<body data-ready="(\d+)"', dom)
    assert total and int(total.group(1)) == sum(clean(seed_text(stem), explain=True).counts().values())
