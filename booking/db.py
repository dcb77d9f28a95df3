"""PostgreSQL plumbing: the pool, forward-only migrations and named queries.

Migrations are plain `sql/NNN_name.sql` files applied in order, each in its
own transaction, recorded in `schema_migrations`. A session-level advisory
lock makes two instances starting together take turns instead of colliding.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

import asyncpg

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
T = TypeVar("T")
# What "PostgreSQL is unreachable" looks like through asyncpg: refused or reset
# connections, timeouts, a server shutting down or out of connection slots.
DATABASE_DOWN = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InsufficientResourcesError,
)
# A statement that outlasts this fails with TimeoutError (asyncpg's command_timeout), and
# asyncpg then waits up to as long again for PostgreSQL to acknowledge its cancel: a
# PostgreSQL that hangs holds a query for up to twice this. Long enough for any legitimate
# statement (the slowest measured: an iCal import of a 2,000-event feed, under 0.3 s;
# migrations use a connection of their own, with no limit).
COMMAND_TIMEOUT_SECONDS = 30.0
# What a webhook (WhatsApp, Mercado Pago) gives the recording of what it received, then
# answers 503 so the sender retries (bot/recording.py, booking/payments_web.py).
RECORD_DEADLINE_SECONDS = 3.0
MIGRATION_LOCK_KEY = 0x0CAB_0001  # arbitrary but fixed: pg_advisory_lock key for migrations
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


async def _no_session_state(conn: asyncpg.Connection) -> None:
    """The pool's reset: nothing to undo, so no round trip on every release.

    asyncpg's default reset sends `pg_advisory_unlock_all(); CLOSE ALL;
    UNLISTEN *; RESET ALL` each time a connection goes back to the pool, which
    is a third of the cost of a short query. Our code leaves no session state on
    a pooled connection: no LISTEN, no SET (only transaction-scoped settings),
    no cursors outside transactions; and the few session-level advisory locks
    (`advisory_lock`, the booking jobs, the inbox's arrival lock) are released
    by the code that took them, or the connection is closed
    (`unlock_or_close`). An open transaction is still rolled back by asyncpg
    itself before this is called.
    """


async def create_pool(dsn: str, size: int) -> asyncpg.Pool:
    # min_size=0: the process starts (and healthz reports 503) even while the
    # database is down; `size` is the runbook's DB_POOL_SIZE knob.
    return await asyncpg.create_pool(
        dsn,
        min_size=0,
        max_size=size,
        command_timeout=COMMAND_TIMEOUT_SECONDS,
        server_settings={"application_name": "cabanas", "timezone": "UTC"},
        reset=_no_session_state,
    )


class DatabaseStalled(TimeoutError):
    """PostgreSQL did not answer within a caller's deadline: a hung server (frozen host,
    partition, stuck disk) or a lock wait. An outage like a refused connection
    (DATABASE_DOWN, health.http.unreachable), raised after seconds instead of the
    minute asyncpg's own timeouts take on a hung server."""


async def within(seconds: float, work: Awaitable[T]) -> T:
    """`work`'s result, or DatabaseStalled after `seconds` while `work` goes on by itself.

    Not `wait_for`: cancelling a query on a PostgreSQL that stopped answering waits for
    that server (COMMAND_TIMEOUT_SECONDS, then as long for the cancel), and so would the
    caller. The work is left to end on its own, as if its client had gone away: what it
    commits when PostgreSQL answers again stays committed, so it must be safe to repeat
    (the webhooks record by the sender's event id, once).
    """
    task = asyncio.ensure_future(work)
    task.add_done_callback(_retrieved)  # also when the caller is cancelled meanwhile
    try:
        return await asyncio.wait_for(asyncio.shield(task), seconds)
    except TimeoutError:
        if task.done():  # the work's own TimeoutError (asyncpg's), not our deadline
            raise
        raise DatabaseStalled(f"PostgreSQL did not answer within {seconds:g} s") from None


def _retrieved(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # left to end on its own: no "exception never retrieved"


async def unlock_or_close(conn: asyncpg.Connection, key: int) -> None:
    """Release a session-level advisory lock; when that fails (the connection
    broke, the task was cancelled), close the connection, which releases it too.
    A pooled connection never goes back to the pool still holding one."""
    try:
        await conn.execute("SELECT pg_advisory_unlock($1)", key)
    except BaseException:
        conn.terminate()
        raise


def migration_files(directory: Path = SQL_DIR) -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path.stem, path))
    versions = [version for version, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration numbers in {directory}")
    return found


async def migrate(conn: asyncpg.Connection, directory: Path = SQL_DIR) -> list[str]:
    """Apply pending migrations; return the names applied (empty when up to date)."""
    applied_now: list[str] = []
    await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
    try:
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   version integer PRIMARY KEY,
                   name text NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        done = {row["version"] for row in await conn.fetch("SELECT version FROM schema_migrations")}
        for version, name, path in migration_files(directory):
            if version in done:
                continue
            async with conn.transaction():
                await conn.execute(path.read_text())
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", version, name
                )
            applied_now.append(name)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
    return applied_now


_QUERY_HEADER = re.compile(r"^--\s*name:\s*([a-z_][a-z0-9_]*)\s*$", re.MULTILINE)


def load_queries(name: str) -> dict[str, str]:
    """Named queries from `sql/queries/<name>.sql`, each introduced by `-- name: x`."""
    text = (SQL_DIR / "queries" / f"{name}.sql").read_text()
    parts = _QUERY_HEADER.split(text)
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    queries = {key: body.strip().rstrip(";") for key, body in pairs}
    if not queries:
        raise RuntimeError(f"no named queries in sql/queries/{name}.sql")
    return queries


class advisory_lock:
    """Try a session-level advisory lock; `held` is False when another instance has it.

    Periodic jobs use this so that with `fly scale count 2` one instance runs
    each job at a time and the others skip that round.
    """

    def __init__(self, pool: asyncpg.Pool, key: int) -> None:
        self._pool, self._key = pool, key
        self._conn: asyncpg.Connection | None = None
        self.held = False

    async def __aenter__(self) -> bool:
        self._conn = await self._pool.acquire()
        # __aexit__ never runs when __aenter__ raises: a job cancelled right here
        # (app shutdown) would leak the connection and hang pool.close() forever.
        try:
            held = await self._conn.fetchval("SELECT pg_try_advisory_lock($1)", self._key)
        except BaseException:
            self._conn.terminate()  # the lock may have been granted as we were cancelled
            await self._pool.release(self._conn)
            raise
        self.held = bool(held)
        return self.held

    async def __aexit__(self, *exc: object) -> None:
        assert self._conn is not None
        try:
            if self.held:
                await unlock_or_close(self._conn, self._key)
        finally:
            await self._pool.release(self._conn)
