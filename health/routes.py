"""`/api/v1/healthz`, `/api/v1/livez` and `/metrics`.

healthz answers within 2 s whatever hangs: each check has its own timeout and
they run concurrently. PostgreSQL or Redis unreachable → 503 "unhealthy";
an iCal feed older than 30 min or an unresolved cross-channel conflict →
200 "degraded". livez checks nothing, so a database outage never makes Fly
restart every machine.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable
from importlib import metadata
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from appkeys import DB, REDIS
from health.metrics import DB_POOL_CONNECTIONS, ICAL_LAST_SYNC_AGE

CHECK_TIMEOUT_SECONDS = 1.0
ICAL_STALE_MINUTES = 30.0

ICAL_AGE_SQL = """
SELECT COALESCE(EXTRACT(EPOCH FROM now() - MIN(COALESCE(last_success_at, created_at))) / 60, 0)
FROM ical_feeds WHERE active
"""
OPEN_CONFLICTS_SQL = "SELECT count(*) FROM ical_conflicts WHERE resolved_at IS NULL"


def app_version() -> str:
    try:
        return os.environ.get("APP_VERSION") or metadata.version("cabanas")
    except metadata.PackageNotFoundError:
        return "dev"


async def _timed(check: Awaitable[Any]) -> tuple[bool, float, Any]:
    started = time.perf_counter()
    try:
        value = await asyncio.wait_for(check, CHECK_TIMEOUT_SECONDS)
        ok = True
    except Exception:
        value, ok = None, False
    return ok, round((time.perf_counter() - started) * 1000, 2), value


async def ical_state(app: web.Application) -> tuple[float, int]:
    """(age in minutes of the oldest active feed's last success, open conflicts)."""
    async with app[DB].acquire() as conn:
        age = float(await conn.fetchval(ICAL_AGE_SQL))
        conflicts = await conn.fetchval(OPEN_CONFLICTS_SQL)
    return age, int(conflicts)


async def healthz(request: web.Request) -> web.Response:
    app = request.app
    (db_ok, db_ms, _), (redis_ok, redis_ms, _), (ical_ok, _, ical) = await asyncio.gather(
        _timed(app[DB].fetchval("SELECT 1")),
        _timed(app[REDIS].ping()),
        _timed(ical_state(app)),
    )
    age, conflicts = ical if ical_ok else (None, 0)
    fresh = ical_ok and age is not None and age <= ICAL_STALE_MINUTES
    if not (db_ok and redis_ok):
        status = "unhealthy"
    elif not fresh or conflicts:
        status = "degraded"
    else:
        status = "healthy"
    body = {
        "status": status,
        "checks": {
            "database": {"ok": db_ok, "latency_ms": db_ms},
            "redis": {"ok": redis_ok, "latency_ms": redis_ms},
            "ical": {
                "ok": fresh,
                "last_sync_age_minutes": None if age is None else round(age, 1),
                "open_conflicts": conflicts,
            },
        },
        "version": app_version(),
    }
    return web.json_response(body, status=503 if status == "unhealthy" else 200)


async def livez(request: web.Request) -> web.Response:
    return web.json_response({"status": "alive"})


async def metrics(request: web.Request) -> web.Response:
    app = request.app
    pool = app[DB]
    size, idle = pool.get_size(), pool.get_idle_size()
    DB_POOL_CONNECTIONS.labels("in_use").set(size - idle)
    DB_POOL_CONNECTIONS.labels("idle").set(idle)
    DB_POOL_CONNECTIONS.labels("max").set(pool.get_max_size())
    ok, _, ical = await _timed(ical_state(app))
    if ok:
        ICAL_LAST_SYNC_AGE.set(ical[0])
    body = generate_latest()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/healthz", healthz)
    app.router.add_get("/api/v1/livez", livez)
    app.router.add_get("/metrics", metrics)
