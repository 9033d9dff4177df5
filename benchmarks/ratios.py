"""Print the throughput ratio table of a pytest-benchmark JSON result.

    python -m pytest benchmarks --benchmark-json=bench.json
    python benchmarks/ratios.py bench.json

Within each benchmark group, the entry whose name contains ``cntextclean`` (or ``ours``) is ours;
every other entry is a peer. The ratio is peer time / our time (> 1: we are faster).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict


def _is_ours(name: str) -> bool:
    n = name.lower()
    return "cntextclean" in n or "ours" in n


def table(result: dict) -> list[tuple[str, str, float, float | None]]:
    """Rows ``(group, name, median seconds, ratio vs ours or None)``."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for b in result.get("benchmarks", []):
        groups[b.get("group") or b["name"]].append(b)
    rows = []
    for group in sorted(groups):
        entries = groups[group]
        ours = [b for b in entries if _is_ours(b["name"])]
        base = ours[0]["stats"]["median"] if ours else None
        for b in sorted(entries, key=lambda b: b["stats"]["median"]):
            med = b["stats"]["median"]
            ratio = None if base is None or _is_ours(b["name"]) else med / base
            rows.append((group, b["name"], med, ratio))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        result = json.load(f)
    machine = result.get("machine_info", {})
    print(f"machine: {machine.get('cpu', {}).get('brand_raw', '?')}, "
          f"python {machine.get('python_version', '?')}")
    print(f"{'group':28} {'benchmark':52} {'median':>10} {'peer/ours':>10}")
    for group, name, med, ratio in table(result):
        r = "" if ratio is None else f"{ratio:9.2f}x"
        print(f"{group:28} {name:52} {med * 1000:8.2f}ms {r:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
