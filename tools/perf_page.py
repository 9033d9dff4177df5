"""Regenerate the measured sections of docs/performance.md.

    # 1. one pytest-benchmark run of every benchmark and its peers
    python -m pytest benchmarks -p no:cacheprovider --benchmark-json=bench.json
    # 2. the ratio tables and the machine description from that run
    python tools/perf_page.py table bench.json
    # 3. linear cost (1, 10, 100 MB) and the 1 GB streaming run (about 3 GB of /tmp, minutes)
    python tools/perf_page.py scale [--only linear|stream] [--gb 1] [--sample-mb 50]

Each command rewrites only its own section of the page (between ``<!-- BEGIN name -->`` and
``<!-- END name -->``); ``--print`` prints the section instead of writing it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "performance.md"


def _is_ours(name: str) -> bool:
    """Which entry of a benchmark group is ours (the rule of benchmarks/ratios.py)."""
    n = name.lower()
    return "cntextclean" in n or "ours" in n


REIMPL_DIR = Path(os.environ.get("OPENCC_REIMPL_DIR", "/tmp/opencc_reimpl"))
PEER_PACKAGES = ("cntextclean", "ftfy", "opencc", "chardet", "charset-normalizer",
                 "pytest-benchmark", "regex")
MB = 1_000_000


# --- page sections ---------------------------------------------------------------------------

def replace_section(page: str, name: str, body: str) -> str:
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if not pattern.search(page):
        raise SystemExit(f"{PAGE}: no {begin} ... {end} section")
    return pattern.sub(lambda _: f"{begin}\n{body.strip()}\n{end}", page, count=1)


def write_section(name: str, body: str, dry: bool) -> None:
    if dry:
        print(body)
        return
    page = PAGE.read_text(encoding="utf-8")
    PAGE.write_text(replace_section(page, name, body), encoding="utf-8")
    print(f"rewrote the {name} section of {PAGE.relative_to(ROOT)}", file=sys.stderr)


# --- the machine -----------------------------------------------------------------------------

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def versions() -> dict[str, str]:
    out = {}
    for name in PEER_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    reimpl = [d.version for d in metadata.distributions(path=[str(REIMPL_DIR)])
              if d.metadata["Name"].lower().replace("_", "-") == "opencc-python-reimplemented"]
    out["opencc-python-reimplemented"] = reimpl[0] if reimpl else f"not in {REIMPL_DIR}"
    return out


def machine_lines(extra: dict | None = None) -> list[str]:
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, AttributeError):
        pass
    vers = ", ".join(f"{k} {v}" for k, v in versions().items())
    lines = [f"- CPU: {cpu_model()}, {os.cpu_count()} cores{mem}; {platform.system()} "
             f"{platform.release()}",
             f"- Python {platform.python_version()} ({platform.python_implementation()})",
             f"- packages: {vers}"]
    if extra:
        lines += [f"- {k}: {v}" for k, v in extra.items()]
    return lines


# --- ratio tables ----------------------------------------------------------------------------

def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.1f} ms" if ms >= 1 else f"{ms:.2f} ms"


def _peer_name(name: str) -> str:
    for label in ("ftfy_fix_text", "official", "reimpl", "charset_normalizer", "chardet", "ftfy"):
        if label in name:
            return {"ftfy_fix_text": "ftfy.fix_text", "official": "opencc 1.4.2 (official)",
                    "reimpl": "opencc-python-reimplemented", "ftfy": "ftfy.fix_encoding",
                    "charset_normalizer": "charset-normalizer",
                    "chardet": "chardet"}[label]
    return name


def table_section(result: dict, bench_file: str) -> str:
    groups: dict[str, list[dict]] = defaultdict(list)
    for b in result.get("benchmarks", []):
        groups[b.get("group") or b["name"]].append(b)
    peer_rows, solo_rows, adversarial = [], [], defaultdict(list)
    for group in sorted(groups):
        entries = groups[group]
        ours = [b for b in entries if _is_ours(b["name"])]
        peers = [b for b in entries if not _is_ours(b["name"])]
        if ours and peers:
            base = ours[0]["stats"]["median"]
            for p in sorted(peers, key=lambda b: _peer_name(b["name"])):
                med = p["stats"]["median"]
                peer_rows.append(f"| {group} | {_ms(base)} | {_peer_name(p['name'])} | {_ms(med)} "
                                 f"| **{med / base:.2f}x** |")
        elif group.startswith("typography-adversarial"):
            for b in entries:
                adversarial[group].append(b)
        else:
            for b in sorted(entries, key=lambda b: b["name"]):
                solo_rows.append(f"| {group} | `{b['name']}` | {_ms(b['stats']['median'])} |")
    for group, entries in sorted(adversarial.items()):
        worst = max(entries, key=lambda b: b["stats"]["median"])
        name = worst["name"][worst["name"].find("[") + 1:].split("-")[0]
        solo_rows.append(f"| {group} | slowest of {len(entries)} cleaners: `{name}` "
                         f"| {_ms(worst['stats']['median'])} |")
    targets = target_rows(groups)
    paths = sorted({b.get("extra_info", {}).get("opencc_path") for b in result.get("benchmarks", [])
                    if _is_ours(b["name"]) and b.get("extra_info", {}).get("opencc_path")})
    path_line = [f"- cntextclean's OpenCC converter ran on: {', '.join(paths)}"] if paths else []
    commit = result.get("commit_info", {})
    when = result.get("datetime", "?")[:16].replace("T", " ")
    out = [f"Run of {when} UTC (`{Path(bench_file).name}`, pytest-benchmark "
           f"{result.get('version', '?')}; commit `{commit.get('id', '?')[:10]}`"
           f"{' with uncommitted changes' if commit.get('dirty') else ''}, as pytest-benchmark "
           "recorded it at the end of the run).", "",
           *machine_lines(), *path_line, "",
           "Throughput ratio = peer's median time / ours on the same input in the same run "
           "(> 1: cntextclean is faster; < 1: the peer is faster).", "",
           "Against the targets of the issues (#8: default `clean()` on clean text at least as "
           "fast as `ftfy.fix_text`; #4: `t2s` >= 1.5x official OpenCC, every other config "
           ">= 1.0x):", "",
           "| target | groups | worst ratio | met |", "| --- | --- | ---: | --- |", *targets, "",
           "| benchmark group | cntextclean | peer | peer's time | ratio |",
           "| --- | ---: | --- | ---: | ---: |", *peer_rows, "",
           "Without a peer (ours only; the typography adversarial groups show their slowest "
           "cleaner):", "",
           "| benchmark group | benchmark | median |", "| --- | --- | ---: |", *solo_rows]
    return "\n".join(out)


def target_rows(groups: dict[str, list[dict]]) -> list[str]:
    def ratio(group: str, peer: str) -> float | None:
        entries = groups.get(group, [])
        ours = [b for b in entries if _is_ours(b["name"])]
        peers = [b for b in entries if not _is_ours(b["name"]) and peer in b["name"]]
        if not ours or not peers:
            return None
        return peers[0]["stats"]["median"] / ours[0]["stats"]["median"]

    specs = [("default `clean()` on clean text vs `ftfy.fix_text`", 1.0, "ftfy_fix_text",
              [g for g in groups if g.startswith("pipeline-clean-")]),
             ("`t2s` vs official OpenCC", 1.5, "official",
              [g for g in groups if g.startswith("convert t2s ")]),
             ("every other config vs official OpenCC", 1.0, "official",
              [g for g in groups if g.startswith("convert ") and not g.startswith("convert t2s ")])]
    rows = []
    for label, need, peer, names in specs:
        found = {g: r for g in sorted(names) if (r := ratio(g, peer)) is not None}
        if not found:
            continue
        worst = min(found, key=found.get)
        met = all(r >= need for r in found.values())
        rows.append(f"| {label}: >= {need:.1f}x | {len(found)} | {found[worst]:.2f}x ({worst}) "
                    f"| {'yes' if met else '**no**'} |")
    return rows


# --- linear cost and streaming ---------------------------------------------------------------

def corpus_text(nbytes: int) -> str:
    """About ``nbytes`` of UTF-8: the committed gold texts (one paragraph per line), repeated."""
    base = "\n".join(p.read_text(encoding="utf-8")
                     for p in sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))) + "\n"
    reps = nbytes // len(base.encode("utf-8")) + 1
    text = base * reps
    return text[: len(text) * nbytes // len(text.encode("utf-8"))]


def _child_linear(nbytes: int) -> None:
    """In a fresh process: time ``clean()`` on ``nbytes`` of text; print JSON."""
    import cntextclean

    cntextclean.clean("预热 warm-up,")  # build the pipeline and load the model
    text = corpus_text(nbytes)
    rounds = 3 if nbytes <= 10 * MB else 1
    times, cpu = [], []
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        cntextclean.clean(text)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"bytes": len(text.encode("utf-8")), "seconds": statistics.median(times),
                      "cpu_seconds": statistics.median(cpu), "rounds": rounds, "peak_rss_mb": rss}))


def _run_child(*args: str) -> dict:
    r = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                       check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def _write_corpus(path: Path, nbytes: int) -> None:
    chunk = corpus_text(16 * MB)
    with open(path, "w", encoding="utf-8") as f:
        written = 0
        while written < nbytes:
            f.write(chunk)
            written += len(chunk.encode("utf-8"))


def linear_section() -> str:
    load = _load()
    rows = []
    for mb in (1, 10, 100):
        print(f"linear: {mb} MB ...", file=sys.stderr)
        rows.append(_run_child("_linear", str(mb * MB)))
    base_wall = rows[0]["seconds"] / rows[0]["bytes"]
    base_cpu = rows[0]["cpu_seconds"] / rows[0]["bytes"]
    lin = ["| input | wall time (median) | CPU time | MB/s (CPU) | CPU time per MB vs 1 MB "
           "| wall time per MB vs 1 MB | peak RSS |",
           "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        mb = r["bytes"] / MB
        lin.append(f"| {mb:.0f} MB | {r['seconds']:.2f} s ({r['rounds']} "
                   f"run{'s' if r['rounds'] > 1 else ''}) | {r['cpu_seconds']:.2f} s "
                   f"| {mb / r['cpu_seconds']:.2f} "
                   f"| **{r['cpu_seconds'] / r['bytes'] / base_cpu:.2f}x** "
                   f"| {r['seconds'] / r['bytes'] / base_wall:.2f}x | {r['peak_rss_mb']:.0f} MB |")
    return "\n".join([
        "`clean()` in memory on the gold texts repeated to each size; each size in a fresh "
        "process, the model loaded before timing. CPU time (`time.process_time`) is the process's "
        "own work, which other jobs on the machine disturb far less than wall time; linear cost "
        "means the per-MB columns stay near 1.00x.", "", *lin, "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; load average at the "
        f"start: {load}, at the end: {_load()}."])


def stream_section(gb: float, sample_mb: int, tmp: Path) -> str:
    load = _load()
    # streaming: a 1 GB file through the CLI, in a fresh process; peak RSS of that process
    big = tmp / "big.txt"
    print(f"streaming: writing {gb:g} GB to {big} ...", file=sys.stderr)
    _write_corpus(big, int(gb * 1000 * MB))
    size = big.stat().st_size
    print("streaming: cleaning ...", file=sys.stderr)
    r = _run_child("_stream", str(big), str(tmp / "big.clean.txt"))
    big.unlink()
    (tmp / "big.clean.txt").unlink()

    # identity: the same sample cleaned streaming and in memory
    sample = tmp / "sample.txt"
    _write_corpus(sample, sample_mb * MB)
    a, b = tmp / "streamed.txt", tmp / "in_memory.txt"
    print(f"identity: {sample_mb} MB sample, streaming vs in memory ...", file=sys.stderr)
    _run_child("_stream", str(sample), str(a), "0")
    _run_child("_stream", str(sample), str(b), str(1 << 62))
    same = a.read_bytes() == b.read_bytes()
    sample_size = sample.stat().st_size
    for p in (sample, a, b):
        p.unlink()
    mb = size / MB
    return "\n".join([
        f"`cntextclean clean big.txt -o big.clean.txt` on a {mb:,.0f} MB file (the gold texts "
        "repeated), in a fresh process:", "",
        "| input | wall time | CPU time | MB/s (wall) | MB/s (CPU) | peak RSS of the process |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {mb:,.0f} MB | {r['seconds']:.0f} s | {r['cpu_seconds']:.0f} s "
        f"| {mb / r['seconds']:.2f} | {mb / r['cpu_seconds']:.2f} | **{r['peak_rss_mb']:.0f} MB** |",
        "",
        f"Identity: a {sample_size / MB:.0f} MB sample cleaned streaming "
        "(`--stream-threshold 0`) and in memory (`--stream-threshold` above its size): "
        f"**{'byte-identical' if same else 'DIFFERENT'}** outputs.", "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; load average at the "
        f"start: {load}, at the end: {_load()}."])


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _child_stream(src: str, dst: str, threshold: str | None) -> None:
    """In a fresh process: run the CLI's main() on one file; print time and this process's RSS."""
    from cntextclean.cli import main

    argv = ["clean", src, "-o", dst]
    if threshold is not None:
        argv += ["--stream-threshold", threshold]
    t, c = time.perf_counter(), time.process_time()
    rc = main(argv)
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    if rc:
        raise SystemExit(f"cntextclean clean exited {rc}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": secs, "cpu_seconds": cpu, "peak_rss_mb": rss}))


def main(argv: list[str]) -> int:
    if argv and argv[0] == "_linear":
        _child_linear(int(argv[1]))
        return 0
    if argv and argv[0] == "_stream":
        _child_stream(argv[1], argv[2], argv[3] if len(argv) > 3 else None)
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("table", help="the ratio tables from a --benchmark-json result")
    t.add_argument("bench_json")
    t.add_argument("--print", action="store_true", help="print instead of writing the page")
    s = sub.add_parser("scale", help="measure linear cost and the streaming run")
    s.add_argument("--only", choices=["linear", "stream"], help="one of the two measurements")
    s.add_argument("--gb", type=float, default=1.0, help="size of the streaming run (GB)")
    s.add_argument("--sample-mb", type=int, default=50, help="size of the identity sample (MB)")
    s.add_argument("--tmp", default=tempfile.gettempdir(), help="where the big files go")
    s.add_argument("--print", action="store_true", help="print instead of writing the page")
    args = ap.parse_args(argv)
    if args.cmd == "table":
        with open(args.bench_json, encoding="utf-8") as f:
            result = json.load(f)
        write_section("ratios", table_section(result, args.bench_json), args.print)
    else:
        if args.only in (None, "linear"):
            write_section("linear", linear_section(), args.print)
        if args.only in (None, "stream"):
            with tempfile.TemporaryDirectory(dir=args.tmp, prefix="cntextclean-perf-") as d:
                write_section("stream", stream_section(args.gb, args.sample_mb, Path(d)),
                              args.print)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
