"""Adversarial sizes: time and peak memory of ``clean()`` and ``cntextclean clean`` on hostile inputs.

Each case is generated in a temporary directory (never in the repository) and run in a fresh
subprocess; peak RSS is that child's own ``ru_maxrss`` (os.wait4). The ``import`` row is
the baseline: the interpreter with the package, its dictionaries and its model loaded.

    python tools/adversarial_sizes.py                 # the small cases (1 MB, 10^6, 10^5)
    python tools/adversarial_sizes.py --gb 1          # also a 1 GB file through the CLI
    python tools/adversarial_sizes.py --gb 1 --gb-seconds 600   # stop it after 10 minutes and
                                                      # report the rate reached (SIGTERM: no output left)
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "data" / "seeds"

#: clean() in a fresh interpreter: load (warm up the dictionaries and models), then time one call
_API = """
import sys, time
import cntextclean
text = open(sys.argv[1], encoding="utf-8").read()
cntextclean.clean("预热 warm-up，")
t0 = time.perf_counter()
out = cntextclean.clean(text)
print(f"{time.perf_counter() - t0:.3f} {len(out)}")
"""
_IMPORT = """
import cntextclean
cntextclean.clean("预热 warm-up，")
print("0 0")
"""


def seed_text() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def cases() -> dict[str, str]:
    """The hostile inputs, by name."""
    seeds = seed_text()
    one_line = seeds.replace("\r", "").replace("\n", " ")
    mb = 1 << 20
    text = (one_line * (mb // len(one_line.encode("utf-8")) + 2)).encode("utf-8")[:mb]
    one_line = text.decode("utf-8", "ignore")
    mixed = "，。！？、；：.,!?;:…—"
    n = 10**6
    k = 10**5
    return {
        "256 KiB damaged text, no newline": one_line[: len(one_line) // 4],
        "1 MB damaged text, no newline": one_line,
        "10^6 ，": "，" * n,
        "10^6 mixed punctuation": (mixed * (n // len(mixed) + 1))[:n],
        "10^5 nested （ ）": "（" * k + "中" + "）" * k,
        "10^5 nested “ ” and 「 」": "“" * k + "「" * k + "中" + "」" * k + "”" * k,
        "10^5 nested ( ) and \" \"": "(" * k + '"' * k + "中" + '"' * k + ")" * k,
    }


def _wait(p: subprocess.Popen) -> tuple[int, float]:
    """Reap ``p``: (exit status, its own peak RSS in MiB, from wait4's rusage)."""
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, usage.ru_maxrss / 1024


def _run(argv: list[str]) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS MiB, exit status, output) of a child process."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(argv, stdout=out, stderr=err)
        rc, rss = _wait(p)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        text = out.read().decode().strip() or err.read().decode().strip()[-200:]
    return wall, rss, rc, text


def _row(name: str, size: int, how: str, wall: float, rss: float, note: str) -> str:
    return f"| {name} | {size:,} | {how} | {wall:.2f} | {rss:.0f} | {note} |"


def run_small(tmp: Path, only: str | None = None) -> list[str]:
    py = sys.executable
    rows = ["| input | bytes | through | seconds | peak RSS MiB | note |", "|---|---:|---|---:|---:|---|"]
    wall, rss, rc, out = _run([py, "-c", _IMPORT])
    rows.append(_row("(import + load only)", 0, "python", wall, rss, f"rc={rc}"))
    for name, text in cases().items():
        if only and only not in name:
            continue
        f = tmp / "case.txt"
        f.write_text(text, encoding="utf-8")
        size = f.stat().st_size
        wall, rss, rc, out = _run([py, "-c", _API, str(f)])
        inner = out.split()[0] if rc == 0 else out
        rows.append(_row(name, size, "clean()", wall, rss, f"rc={rc}, clean() alone {inner} s"))
        wall, rss, rc, out = _run([py, "-m", "cntextclean", "clean", str(f), "-o", str(tmp / "out.txt")])
        rows.append(_row(name, size, "CLI", wall, rss, f"rc={rc}, output {_size(tmp / 'out.txt'):,} B"))
    return rows


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def _vm_hwm(pid: int) -> float:
    """Peak RSS (MiB) of a running process, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _read_pos(pid: int, path: Path) -> int:
    """How far the process has read ``path`` (its file offset, from /proc/PID/fdinfo)."""
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        for fd in fd_dir.iterdir():
            try:
                if os.readlink(fd) == str(path):
                    for line in (Path(f"/proc/{pid}/fdinfo") / fd.name).read_text().splitlines():
                        if line.startswith("pos:"):
                            return int(line.split()[1])
            except OSError:
                continue
    except OSError:
        pass
    return 0


def run_gb(tmp: Path, gb: float, limit: float | None) -> list[str]:
    """A ``gb`` GiB file of real damaged text (the seeds, repeated) through ``cntextclean clean``;
    stopped with SIGTERM after ``limit`` seconds if given (then the rate reached is reported)."""
    big = tmp / "big.txt"
    chunk = seed_text().encode("utf-8")
    target = int(gb * (1 << 30))
    with open(big, "wb") as f:
        written = 0
        while written < target:
            piece = chunk[: target - written]
            f.write(piece)
            written += len(piece)
    out = tmp / "big.out.txt"
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "cntextclean", "clean", str(big), "-o", str(out)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, pos, stopped = 0.0, 0, False
    samples: list[tuple[float, int]] = []
    while True:
        time.sleep(1)
        # a finished child stays a zombie until reaped: /proc still answers (or is empty)
        if os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            break
        peak = max(peak, _vm_hwm(p.pid))
        pos = max(pos, _read_pos(p.pid, big))
        samples.append((time.perf_counter() - t0, pos))
        if limit is not None and time.perf_counter() - t0 > limit and not stopped:
            p.send_signal(signal.SIGTERM)
            stopped = True
    rc, rss = _wait(p)
    wall = time.perf_counter() - t0
    peak = max(peak, rss)
    leftovers = sorted(x.name for x in tmp.iterdir() if x.name not in ("big.txt",))
    big.unlink()
    with_out = _size(out)
    if out.exists():
        out.unlink()
    rows = ["| input | bytes | through | seconds | peak RSS MiB | note |", "|---|---:|---|---:|---:|---|"]
    if stopped:
        # rate over the second half of the run (the first includes start-up)
        half = [s for s in samples if s[0] >= wall / 2] or samples
        (ta, pa), (tb, pb) = half[0], samples[-1]
        rate = (pb - pa) / max(tb - ta, 1e-9)
        eta = target / rate / 3600 if rate > 0 else float("inf")
        note = (f"stopped by SIGTERM after {wall:.0f} s (rc={rc}): read {pos / (1 << 20):.1f} MiB, "
                f"{rate / 1024:.1f} KiB/s, whole file ~{eta:.1f} h at that rate; files left: {leftovers}")
    else:
        note = f"rc={rc}, output {with_out:,} B; files left: {leftovers}"
    rows.append(_row(f"{gb:g} GiB seeds repeated", target, "CLI (streamed)", wall, peak, note))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--gb", type=float, default=0, help="also run a file of this many GiB (0: no)")
    ap.add_argument("--gb-seconds", type=float, default=None, help="stop the big run after this long")
    ap.add_argument("--no-small", action="store_true", help="skip the small cases")
    ap.add_argument("--only", metavar="TEXT", help="only the small cases whose name contains TEXT")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cntextclean-adv-") as d:
        tmp = Path(d)
        if not args.no_small:
            print("\n".join(run_small(tmp, args.only)), flush=True)
        if args.gb:
            print("\n".join(run_gb(tmp, args.gb, args.gb_seconds)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
