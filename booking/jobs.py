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
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import asyncpg
from aiohttp import web

from appkeys import DB, NOTIFIER, SCHEDULER, SETTINGS
from booking import guest_notices
from booking.db import unlock_or_close
from booking.models import BookingRules, Reservation
from booking.notify import Notifier
from booking.repo import Connection, Q, reservation_from_row
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


async def _expire_due(db: Executor) -> list[Reservation]:
    expired: list[Reservation] = []
    while True:
        rows = await db.fetch(Q["expire_due_holds"], BATCH)
        expired.extend(reservation_from_row(row) for row in rows)
        if len(rows) < BATCH:
            return expired


async def _claim_reminders(db: Executor, minutes: int) -> list[Reservation]:
    if minutes <= 0:
        return []
    reminded: list[Reservation] = []
    while True:
        rows = await db.fetch(Q["claim_reminders"], minutes, BATCH)
        reminded.extend(reservation_from_row(row) for row in rows)
        if len(rows) < BATCH:
            return reminded


async def _announce(
    notifier: Notifier, expired: list[Reservation], reminded: list[Reservation]
) -> None:
    if expired:
        RESERVATIONS.labels("expired").inc(len(expired))
        log.info("expired %d holds", len(expired))
    for reservation in expired:
        await notifier.emit("hold_expired", reservation=reservation)
    for reservation in reminded:
        await notifier.emit("hold_reminder", reservation=reservation)


async def expire_holds(pool: Executor, notifier: Notifier) -> int:
    """Set due holds to `expired` (with their audit rows); tell each guest. Returns the count."""
    expired = await _expire_due(pool)
    await _announce(notifier, expired, [])
    return len(expired)


async def remind_holds(pool: Executor, rules: BookingRules, notifier: Notifier) -> int:
    """Remind each hold once, `rules.reminder_minutes` before it expires. Returns the count."""
    reminded = await _claim_reminders(pool, rules.reminder_minutes)
    await _announce(notifier, [], reminded)
    return len(reminded)


async def run_round(pool: asyncpg.Pool, rules: BookingRules, notifier: Notifier) -> bool:
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
    await _announce(notifier, expired, reminded)
    JOB_RUNS.labels("booking_holds", "ok").inc()
    return True


async def deliver_guest_notices(app: web.Application) -> int:
    """Send the durable guest notices that are due (booking.guest_notices); each round
    retries those WhatsApp could not take, so their first retry waits at most a round."""
    base = float(min(15, app[SETTINGS].job_expire_interval_seconds))
    return await guest_notices.deliver_due(app[DB], app[NOTIFIER], base)


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
    while not stop.is_set():
        wait = interval
        try:
            await run_round(app[DB], rules, app[NOTIFIER])
            await deliver_guest_notices(app)
            wait = next_wait(interval, await seconds_until_due(app[DB], rules))
        except Exception:
            # A database blip must not end the loop; the next round retries.
            JOB_RUNS.labels("booking_holds", "error").inc()
            log.exception("booking jobs round failed")
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
