"""CPU time per request, by process, read from /proc (Linux; elsewhere no rows).

Throughput on a shared two-core machine swings by ±20 % from one minute to the
next; the CPU a request costs each process moves much less, and says where the
time goes: the server under test, PostgreSQL (the postmaster and every child
of it: backends, WAL writer, ...) and this process, the load generator.
(`_`-prefixed: `python -m bench` does not run this as a bench.)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROC = Path("/proc")
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str] | None:
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()  # the fields after "(name)", from state on


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (0 when it is gone)."""
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / _TICKS if fields else 0.0


def with_children(pid: int) -> list[int]:
    """The process and its direct children (PostgreSQL's postmaster and its processes)."""
    found = [pid]
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) and fields[1] == str(pid):
            found.append(int(entry.name))
    return found


def parent(pid: int) -> int | None:
    fields = _stat(pid)
    return int(fields[1]) if fields else None


@dataclass
class CpuMeter:
    """`start()`, run the load, `stop()`; then `per_request(n)` in µs by group.

    Groups name pids; a group given a `tree` root is re-read at each reading
    (backends come and go). A process that exits between the readings loses
    its share, so keep pools open across a measurement.
    """

    pids: dict[str, list[int]] = field(default_factory=dict)
    trees: dict[str, int] = field(default_factory=dict)
    _start: dict[str, dict[int, float]] = field(default_factory=dict)
    _used: dict[str, float] = field(default_factory=dict)

    def _read(self) -> dict[str, dict[int, float]]:
        groups = dict(self.pids)
        for name, root in self.trees.items():
            groups[name] = with_children(root)
        return {name: {pid: cpu_seconds(pid) for pid in pids} for name, pids in groups.items()}

    def start(self) -> None:
        self._start = self._read()

    def stop(self) -> None:
        end = self._read()
        # A process born during the run counts from zero; one that died is lost.
        self._used = {
            name: sum(now - self._start.get(name, {}).get(pid, 0.0) for pid, now in pids.items())
            for name, pids in end.items()
        }

    def per_request(self, requests: int) -> dict[str, float]:
        return {name: used / requests * 1e6 for name, used in self._used.items() if requests}

    @staticmethod
    def available() -> bool:
        return (PROC / "self" / "stat").exists()
