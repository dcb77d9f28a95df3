"""`/api/v1/healthz`, `/api/v1/livez` and `/metrics`.

healthz answers within 2 s whatever hangs: each check has its own timeout and
they run concurrently. PostgreSQL or Redis unreachable → 503 "unhealthy";
an iCal feed older than 30 min, an unresolved cross-channel conflict or two
active stays that overlap (what the double-booking alert reads) → 200
"degraded". livez checks nothing, so a database outage never makes Fly
restart every machine. /metrics runs the same checks, so every runbook alert
reads a number that is true at scrape time (see health/alerts.yml). The checks
use two connections of their own (appkeys.HEALTH_DB): when every connection of
the main pool is busy with guests, the database still reads as up (the pool's
state is `db_pool_connections`), and "DB connection refused" means just that.
"""

from __future__ import annotations

import asyncio
import functools
import os
import time
from collections.abc import Awaitable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from appkeys import DB, HEALTH_CHECKS, HEALTH_DB, REDIS
from health.http import bounded
from health.metrics import (
    ACTIVE_OVERLAPS,
    DB_POOL_CONNECTIONS,
    DEPENDENCY_UP,
    ICAL_LAST_SYNC_AGE,
    OPEN_CONFLICTS,
    PROCESS_MEMORY_LIMIT,
    PROCESS_TREE_MEMORY,
)

CHECK_TIMEOUT_SECONDS = 1.0
ICAL_STALE_MINUTES = 30.0

ICAL_AGE_SQL = """
SELECT COALESCE(EXTRACT(EPOCH FROM now() - MIN(COALESCE(last_success_at, created_at))) / 60, 0)
FROM ical_feeds WHERE active
"""
OPEN_CONFLICTS_SQL = "SELECT count(*) FROM ical_conflicts WHERE resolved_at IS NULL"
# The runbook's double-booking query, extended from confirmed pairs to every active stay.
ACTIVE_OVERLAPS_SQL = """
SELECT count(*) FROM reservations a JOIN reservations b
  ON a.accommodation_id = b.accommodation_id AND a.id < b.id
 AND daterange(a.check_in, a.check_out, '[)') && daterange(b.check_in, b.check_out, '[)')
WHERE a.reservation_status IN ('pre_reserved', 'confirmed')
  AND b.reservation_status IN ('pre_reserved', 'confirmed')
"""


# Both are fixed for the life of the process: read once, not on every probe or scrape.
@functools.cache
def app_version() -> str:
    """APP_VERSION, else the package's version with, on Fly, the deploy's image tag
    (`0.1.0+deployment-01H…`): a rollback shows in healthz as an older tag."""
    if explicit := os.environ.get("APP_VERSION"):
        return explicit
    try:
        version = metadata.version("cabanas")
    except metadata.PackageNotFoundError:
        version = "dev"
    image = os.environ.get("FLY_IMAGE_REF", "")
    tag = image.rpartition(":")[2] if ":" in image.rpartition("/")[2] else ""
    return f"{version}+{tag}" if tag else version


async def _timed(check: Awaitable[Any]) -> tuple[bool, float, Any]:
    """(ok, milliseconds, value) of `check`, given up on after CHECK_TIMEOUT_SECONDS.

    Not `wait_for`: it waits for the cancelled check to end, and cancelling a query
    on a PostgreSQL that stopped answering waits for that server (asyncpg's
    command_timeout, 30 s). The check is cancelled and left to end on its own.
    """
    started = time.perf_counter()
    task = asyncio.ensure_future(check)
    done, _ = await asyncio.wait({task}, timeout=CHECK_TIMEOUT_SECONDS)
    if not done:
        task.cancel()
        task.add_done_callback(_forget)
        value, ok = None, False
    elif task.exception() is not None:
        value, ok = None, False
    else:
        value, ok = task.result(), True
    return ok, round((time.perf_counter() - started) * 1000, 2), value


def _forget(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: a check given up on is no "never retrieved" error


@dataclass(frozen=True)
class Checks:
    db_ok: bool
    db_ms: float
    redis_ok: bool
    redis_ms: float
    ical_age: float | None  # None when the database could not tell
    open_conflicts: int
    overlaps: int | None

    @property
    def ical_fresh(self) -> bool:
        return self.ical_age is not None and self.ical_age <= ICAL_STALE_MINUTES

    @property
    def status(self) -> str:
        if not (self.db_ok and self.redis_ok):
            return "unhealthy"
        if not self.ical_fresh or self.open_conflicts or self.overlaps:
            return "degraded"
        return "healthy"


async def _sync_state(app: web.Application) -> tuple[float, int, int]:
    async with app[HEALTH_DB].acquire() as conn:
        age = float(await conn.fetchval(ICAL_AGE_SQL))
        conflicts = int(await conn.fetchval(OPEN_CONFLICTS_SQL))
        overlaps = int(await conn.fetchval(ACTIVE_OVERLAPS_SQL))
    return age, conflicts, overlaps


class SharedChecks:
    """`app[HEALTH_CHECKS]`: callers that ask while checks are running share them,
    so a burst of probes (or of scrapes) is one round of checks on the two
    connections of HEALTH_DB, never a queue of them that times out."""

    def __init__(self) -> None:
        self._running: asyncio.Future[Checks] | None = None

    async def run(self, app: web.Application) -> Checks:
        running = self._running
        if running is None or running.done():
            running = self._running = asyncio.ensure_future(_checks(app))
        return await asyncio.shield(running)


async def run_checks(app: web.Application) -> Checks:
    return await app[HEALTH_CHECKS].run(app)


async def _checks(app: web.Application) -> Checks:
    (db_ok, db_ms, _), (redis_ok, redis_ms, _), (state_ok, _, state) = await asyncio.gather(
        _timed(app[HEALTH_DB].fetchval("SELECT 1")),
        _timed(app[REDIS].ping()),
        _timed(_sync_state(app)),
    )
    age, conflicts, overlaps = state if state_ok else (None, 0, None)
    return Checks(db_ok, db_ms, redis_ok, redis_ms, age, conflicts, overlaps)


async def healthz(request: web.Request) -> web.Response:
    checks = await run_checks(request.app)
    age = checks.ical_age
    body = {
        "status": checks.status,
        "checks": {
            "database": {"ok": checks.db_ok, "latency_ms": checks.db_ms},
            "redis": {"ok": checks.redis_ok, "latency_ms": checks.redis_ms},
            "ical": {
                "ok": checks.ical_fresh,
                "last_sync_age_minutes": None if age is None else round(age, 1),
                "open_conflicts": checks.open_conflicts,
            },
            "bookings": {
                "ok": checks.overlaps == 0,
                "active_overlaps": checks.overlaps,  # None when the database could not tell
            },
        },
        "version": app_version(),
    }
    return web.json_response(body, status=503 if checks.status == "unhealthy" else 200)


async def livez(request: web.Request) -> web.Response:
    return web.json_response({"status": "alive"})


@functools.cache
def memory_limit_bytes() -> float:
    """The cgroup's memory limit (Fly VMs and containers), else the machine's RAM."""
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            raw = Path(path).read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and int(raw) < 1 << 60:
            return float(raw)
    return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))


def tree_memory_bytes(root: int | None = None) -> float:
    """Memory of `root` (this process) and every process under it, 0 without /proc.

    The memory alert must see the iCal parse workers and their forkserver
    (sync/parallel.py): together they hold more than the app itself, and the
    VM's limit is for all of them. Each counts its proportional set size, so
    the pages a worker shares with the forkserver it was forked from count once
    (summed RSS would count them three times); RSS where PSS is not readable.
    """
    children: dict[int, list[int]] = {}
    try:
        entries = [entry.name for entry in os.scandir("/proc") if entry.name.isdigit()]
    except OSError:
        return 0.0
    for name in entries:
        try:
            stat = Path(f"/proc/{name}/stat").read_bytes()
        except OSError:
            continue  # gone meanwhile
        children.setdefault(int(stat.rsplit(b")", 1)[1].split()[1]), []).append(int(name))
    total, todo = 0, [os.getpid() if root is None else root]
    while todo:
        pid = todo.pop()
        total += _process_memory(pid)
        todo += children.get(pid, [])
    return float(total)


def _process_memory(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except OSError:
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


async def metrics(request: web.Request) -> web.Response:
    app = request.app
    pool = app[DB]
    size, idle = pool.get_size(), pool.get_idle_size()
    DB_POOL_CONNECTIONS.labels("in_use").set(size - idle)
    DB_POOL_CONNECTIONS.labels("idle").set(idle)
    DB_POOL_CONNECTIONS.labels("max").set(pool.get_max_size())
    PROCESS_MEMORY_LIMIT.set(memory_limit_bytes())
    PROCESS_TREE_MEMORY.set(await asyncio.to_thread(tree_memory_bytes))
    checks = await run_checks(app)
    DEPENDENCY_UP.labels("database").set(int(checks.db_ok))
    DEPENDENCY_UP.labels("redis").set(int(checks.redis_ok))
    if checks.ical_age is not None:
        ICAL_LAST_SYNC_AGE.set(checks.ical_age)
        OPEN_CONFLICTS.set(checks.open_conflicts)
    if checks.overlaps is not None:
        ACTIVE_OVERLAPS.set(checks.overlaps)
    body = generate_latest()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def setup(app: web.Application) -> None:
    app[HEALTH_CHECKS] = SharedChecks()
    app.router.add_get(bounded("/api/v1/healthz"), healthz)
    app.router.add_get(bounded("/api/v1/livez"), livez)
    app.router.add_get(bounded("/metrics"), metrics)
