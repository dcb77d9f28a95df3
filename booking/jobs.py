"""Periodic booking work: expire unpaid holds, remind guests before that.

Every JOB_EXPIRE_INTERVAL_SECONDS, under a PostgreSQL advisory lock so that
with several instances one runs a round and the others skip it. The lock is
for efficiency only: each UPDATE claims its rows with FOR UPDATE SKIP LOCKED
and re-checks the status, so two runs at once still expire (and remind)
each hold exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import asyncpg
from aiohttp import web

from appkeys import DB, NOTIFIER, SCHEDULER, SETTINGS
from booking.db import advisory_lock
from booking.models import BookingRules
from booking.notify import Notifier
from booking.repo import Q, reservation_from_row
from health.metrics import JOB_RUNS, RESERVATIONS

log = logging.getLogger(__name__)

JOBS_LOCK_KEY = 0x0CAB_0003  # pg advisory lock key of the booking jobs (0x0CAB_0001: migrations)
BATCH = 500  # rows per statement, so one round never holds thousands of row locks


async def expire_holds(pool: asyncpg.Pool, notifier: Notifier) -> int:
    """Set due holds to `expired` (with their audit rows); tell each guest. Returns the count."""
    expired = []
    while True:
        rows = await pool.fetch(Q["expire_due_holds"], BATCH)
        expired.extend(reservation_from_row(row) for row in rows)
        if len(rows) < BATCH:
            break
    if expired:
        RESERVATIONS.labels("expired").inc(len(expired))
        log.info("expired %d holds", len(expired))
    for reservation in expired:
        await notifier.emit("hold_expired", reservation=reservation)
    return len(expired)


async def remind_holds(pool: asyncpg.Pool, rules: BookingRules, notifier: Notifier) -> int:
    """Remind each hold once, `rules.reminder_minutes` before it expires. Returns the count."""
    if rules.reminder_minutes <= 0:
        return 0
    reminded = []
    while True:
        rows = await pool.fetch(Q["claim_reminders"], rules.reminder_minutes, BATCH)
        reminded.extend(reservation_from_row(row) for row in rows)
        if len(rows) < BATCH:
            break
    for reservation in reminded:
        await notifier.emit("hold_reminder", reservation=reservation)
    return len(reminded)


async def run_round(pool: asyncpg.Pool, rules: BookingRules, notifier: Notifier) -> bool:
    """One round of both jobs if this instance gets the lock; False when another has it."""
    async with advisory_lock(pool, JOBS_LOCK_KEY) as held:
        if not held:
            JOB_RUNS.labels("booking_holds", "skipped").inc()
            return False
        await expire_holds(pool, notifier)
        await remind_holds(pool, rules, notifier)
    JOB_RUNS.labels("booking_holds", "ok").inc()
    return True


async def _loop(app: web.Application, stop: asyncio.Event) -> None:
    rules = BookingRules.from_settings(app[SETTINGS])
    interval = app[SETTINGS].job_expire_interval_seconds
    while not stop.is_set():
        try:
            await run_round(app[DB], rules, app[NOTIFIER])
        except Exception:
            # A database blip must not end the loop; the next round retries.
            JOB_RUNS.labels("booking_holds", "error").inc()
            log.exception("booking jobs round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)


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
