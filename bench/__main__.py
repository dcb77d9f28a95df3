"""`make bench`: every module in bench/ that has `async def run() -> list[dict]`, one table.

Rows are dicts with name, value, unit and target (None when there is none).
Each module starts what it needs (embedded PostgreSQL / Redis unless
BENCH_DATABASE_URL / BENCH_REDIS_URL are set) and is run on its own event
loop; one that fails is reported as such and the others still run.
`python -m bench http_baseline webhook` runs only the modules named.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import pkgutil
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

FIRST = ("http_baseline",)  # the yardstick the others are read against


def modules(chosen: list[str]) -> list[str]:
    found = [
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_")
    ]
    ordered = [name for name in FIRST if name in found] + sorted(set(found) - set(FIRST))
    return [name for name in ordered if not chosen or name in chosen]


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs {model}".strip()
        + f", Python {platform.python_version()}"
    )


def run_module(name: str) -> tuple[list[dict[str, Any]], float]:
    module = importlib.import_module(f"bench.{name}")
    run = getattr(module, "run", None)
    if not inspect.iscoroutinefunction(run):
        return [], 0.0
    started = time.perf_counter()
    rows = asyncio.run(run())
    return rows, time.perf_counter() - started


def print_table(results: list[tuple[str, dict[str, Any]]]) -> None:
    width = max(len(f"{bench}: {row['name']}") for bench, row in results)
    unit = max(len(str(row["unit"])) for _, row in results)
    print(f"{'benchmark':<{width}}  {'value':>10}  {'unit':<{unit}}  target")
    print("-" * (width + unit + 24))
    for bench, row in results:
        target = "—" if row.get("target") is None else row["target"]
        name = f"{bench}: {row['name']}"
        print(f"{name:<{width}}  {row['value']!s:>10}  {row['unit']!s:<{unit}}  {target}")


def main(argv: list[str]) -> int:
    results: list[tuple[str, dict[str, Any]]] = []
    failed = 0
    for name in modules(argv):
        print(f"running bench.{name} …", file=sys.stderr, flush=True)
        try:
            rows, seconds = run_module(name)
        except Exception:
            traceback.print_exc()
            failed += 1
            results.append((name, {"name": "FAILED", "value": "—", "unit": "", "target": None}))
            continue
        print(f"  done in {seconds:.0f} s", file=sys.stderr, flush=True)
        results += [(name, row) for row in rows]
    print(f"\nmachine: {machine()}")
    if results:
        print_table(results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
