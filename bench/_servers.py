"""What every bench stands on: PostgreSQL and Redis, and a scratch database.

BENCH_DATABASE_URL / BENCH_REDIS_URL point at existing servers; otherwise
embedded ones are started for the run in a temporary directory and stopped
after it. (`_`-prefixed: `python -m bench` does not run this as a bench.)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg


@contextlib.contextmanager
def backing_servers(redis: bool = True) -> Iterator[tuple[str, str]]:
    """(PostgreSQL server URL, Redis URL — "" when `redis` is False)."""
    from embedded import EmbeddedPostgres, EmbeddedRedis

    started: list[Any] = []
    with tempfile.TemporaryDirectory(prefix="cabanas-bench-") as tmp:
        try:
            pg_url = os.environ.get("BENCH_DATABASE_URL")
            if not pg_url:
                started.append(pg := EmbeddedPostgres(Path(tmp) / "pg").start())
                pg_url = pg.url
            redis_url = os.environ.get("BENCH_REDIS_URL", "") if redis else ""
            if redis and not redis_url:
                started.append(rd := EmbeddedRedis(Path(tmp) / "redis").start())
                redis_url = rd.url
            yield pg_url, redis_url
        finally:
            for server in reversed(started):
                server.stop()


@contextlib.asynccontextmanager
async def scratch_database(server_url: str, prefix: str = "bench") -> AsyncIterator[str]:
    """A fresh, migrated database for one bench, dropped afterwards."""
    from booking.db import migrate

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    base = server_url.rsplit("/", 1)[0]
    admin = await asyncpg.connect(server_url)
    try:
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    conn = await asyncpg.connect(f"{base}/{name}")
    try:
        await migrate(conn)
    finally:
        await conn.close()
    try:
        yield f"{base}/{name}"
    finally:
        admin = await asyncpg.connect(server_url)
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            await admin.close()
