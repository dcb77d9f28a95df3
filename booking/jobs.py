"""Periodic booking work: expire unpaid holds, remind guests before that.

A round runs when the next hold falls due (its expiry, or its reminder), so
a lapsed hold stops blocking its nights within a second instead of up to a
minute, and at least every JOB_EXPIRE_INTERVAL_SECONDS, which also bounds
how late a hold placed after a round is seen. Each runs under a PostgreSQL
advisory lock (the
same session-level `pg_try_advisory_lock` as `booking.db.advisory_lock`, on
the connection doing the work) so that with several instances one runs a
round and the others skip it. The lock is for efficiency only: each UPDATE
claims its rows with FOR UPDATE SKIP LOCKED and re-checks the status, so two
runs at once still expire (and remind) each hold exactly once.

The guest's notice of either is queued by the same UPDATE (sql/queries/booking.sql,
booking.guest_notices), so it is sent once per hold even if the round crashes, or
WhatsApp is down, right after the commit: the deliveries of later rounds send it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import asyncpg
from aiohttp import web

from appkeys import DB, NOTIFIER, SCHEDULER, SETTINGS
from booking import guest_notices
from booking.db import unlock_or_close
from booking.models import BookingRules, Reservation
from booking.notify import Notifier
from booking.repo import Connection, Q, reservation_from_row
from health.http import OutageLog
from health.metrics import JOB_RUNS, RESERVATIONS

log = logging.getLogger(__name__)

JOBS_LOCK_KEY = 0x0CAB_0003  # pg advisory lock key of the booking jobs (0x0CAB_0001: migrations)
BATCH = 500  # rows per statement, so one round never holds thousands of row locks
# After a round, the next one waits until the next hold is due (a little past it,
# so that PostgreSQL's clock agrees), but never less than MIN_WAIT_SECONDS: a due
# hold that a payment has locked is retried a second later, not in a busy loop.
DUE_MARGIN_SECONDS = 0.1
MIN_WAIT_SECONDS = 1.0
Executor = asyncpg.Pool | Connection


@dataclass
class _Claimed:
    """Holds one statement changed, and the keys of the guest notices it queued."""

    reservations: list[Reservation] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    def add(self, rows: list[asyncpg.Record]) -> None:
        self.reservations.extend(reservation_from_row(row) for row in rows)
        self.keys.extend(row["notice_key"] for row in rows if row["notice_key"] is not None)


async def _expire_due(db: Executor) -> _Claimed:
    expired = _Claimed()
    while True:
        rows = await db.fetch(Q["expire_due_holds"], BATCH)
        expired.add(rows)
        if len(rows) < BATCH:
            return expired


async def _claim_reminders(db: Executor, minutes: int) -> _Claimed:
    reminded = _Claimed()
    if minutes <= 0:
        return reminded
    while True:
        rows = await db.fetch(Q["claim_reminders"], minutes, BATCH)
        reminded.add(rows)
        if len(rows) < BATCH:
            return reminded


async def _announce(
    pool: asyncpg.Pool,
    notifier: Notifier,
    claimed: list[_Claimed],
    retry_base_seconds: float,
) -> None:
    """Try the notices the round queued; those that fail stay queued for the next rounds."""
    keys = [key for batch in claimed for key in batch.keys]
    if keys:
        await guest_notices.deliver_due(pool, notifier, retry_base_seconds, keys=keys)


def _count_expired(expired: _Claimed) -> None:
    if expired.reservations:
        RESERVATIONS.labels("expired").inc(len(expired.reservations))
        log.info("expired %d holds", len(expired.reservations))


async def expire_holds(
    pool: asyncpg.Pool,
    notifier: Notifier,
    *,
    retry_base_seconds: float = guest_notices.RETRY_BASE_SECONDS,
) -> int:
    """Set due holds to `expired` (with their audit rows); tell each guest. Returns the count."""
    expired = await _expire_due(pool)
    _count_expired(expired)
    await _announce(pool, notifier, [expired], retry_base_seconds)
    return len(expired.reservations)


async def remind_holds(
    pool: asyncpg.Pool,
    rules: BookingRules,
    notifier: Notifier,
    *,
    retry_base_seconds: float = guest_notices.RETRY_BASE_SECONDS,
) -> int:
    """Remind each hold once, `rules.reminder_minutes` before it expires. Returns the count."""
    reminded = await _claim_reminders(pool, rules.reminder_minutes)
    await _announce(pool, notifier, [reminded], retry_base_seconds)
    return len(reminded.reservations)


async def run_round(
    pool: asyncpg.Pool,
    rules: BookingRules,
    notifier: Notifier,
    *,
    retry_base_seconds: float = guest_notices.RETRY_BASE_SECONDS,
) -> bool:
    """One round of both jobs if this instance gets the lock; False when another has it.

    The session-level advisory lock is taken on the very connection that does
    the work, and the guests are told only after it is back in the pool: a
    round needs one connection however small DB_POOL_SIZE is, and notifier
    callbacks that use the database never wait on the round.
    """
    async with pool.acquire() as conn:
        try:
            held = await conn.fetchval("SELECT pg_try_advisory_lock($1)", JOBS_LOCK_KEY)
        except BaseException:
            conn.terminate()  # the lock may have been granted as we were cancelled
            raise
        if not held:
            JOB_RUNS.labels("booking_holds", "skipped").inc()
            return False
        try:
            expired = await _expire_due(conn)
            reminded = await _claim_reminders(conn, rules.reminder_minutes)
        finally:
            await unlock_or_close(conn, JOBS_LOCK_KEY)
    _count_expired(expired)
    await _announce(pool, notifier, [expired, reminded], retry_base_seconds)
    JOB_RUNS.labels("booking_holds", "ok").inc()
    return True


async def deliver_guest_notices(app: web.Application) -> int:
    """Send the durable guest notices that are due (booking.guest_notices); each round
    retries those WhatsApp could not take, so their first retry waits at most a round."""
    return await guest_notices.deliver_due(app[DB], app[NOTIFIER], _retry_base(app))


def _retry_base(app: web.Application) -> float:
    return float(min(15, app[SETTINGS].job_expire_interval_seconds))


async def seconds_until_due(db: Executor, rules: BookingRules) -> float | None:
    """Seconds until the next hold expires or is due its reminder (<= 0: due now);
    None when there are no holds."""
    return await db.fetchval(Q["next_hold_due"], max(rules.reminder_minutes, 0))


def next_wait(interval: float, due: float | None) -> float:
    """How long the loop sleeps after a round: until the next hold is due, at most
    `interval`."""
    if due is None:
        return interval
    return min(interval, max(MIN_WAIT_SECONDS, due + DUE_MARGIN_SECONDS))


async def _loop(app: web.Application, stop: asyncio.Event) -> None:
    rules = BookingRules.from_settings(app[SETTINGS])
    interval = app[SETTINGS].job_expire_interval_seconds
    outage = OutageLog("booking jobs", log)
    while not stop.is_set():
        wait = interval
        try:
            await run_round(app[DB], rules, app[NOTIFIER], retry_base_seconds=_retry_base(app))
            await deliver_guest_notices(app)
            wait = next_wait(interval, await seconds_until_due(app[DB], rules))
            outage.succeeded()
        except Exception as exc:
            # A database blip must not end the loop; the next round retries.
            JOB_RUNS.labels("booking_holds", "error").inc()
            outage.failed(exc)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), wait)


async def _jobs(app: web.Application) -> AsyncIterator[None]:
    stop = asyncio.Event()
    job = await app[SCHEDULER].spawn(_loop(app, stop))
    yield
    # Let a round in progress finish (its rows are already claimed) rather than cancel it.
    stop.set()
    with contextlib.suppress(TimeoutError, asyncio.CancelledError):
        await job.wait(timeout=10)


def setup(app: web.Application) -> None:
    app.cleanup_ctx.append(_jobs)
