"""Sync feeds: fetch → parse → reconcile, per feed, and the periodic job.

One feed's failure never touches another's stays or stops the round. The
periodic round runs under a PostgreSQL advisory lock, so with several
instances one syncs and the others skip; feeds are fetched a few at a time
(a semaphore) with a random delay each, so a round does not hit a channel's
servers in one burst. Notices and metrics happen only after the feed's
transaction has committed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import aiohttp
from aiohttp import web

from appkeys import DB, ICAL_HTTP, NOTIFIER, REDIS, SCHEDULER, SETTINGS
from booking import guest_notices
from booking.catalog import get_cabin
from booking.db import advisory_lock
from health.http import OutageLog
from health.metrics import DOUBLE_BOOKING_CONFLICTS, ICAL_SYNC, ICAL_TRANSPARENT, JOB_RUNS
from sync import store
from sync.errors import FeedError
from sync.fetch import fetch_feed
from sync.guard import session_kwargs
from sync.models import Feed, FeedResult, ImportedStay, Reconciled
from sync.notices import (
    conflict_notice,
    feed_back_notice,
    feed_failing_notice,
    more_conflicts_notice,
)
from sync.parallel import PARSE_POOL, ParsePool
from sync.parse import parse_feed
from sync.reconcile import reconcile
from sync.store import Q

log = logging.getLogger(__name__)

ICAL_LOCK_KEY = 0x0CAB_0006  # pg advisory lock of the periodic iCal round (one instance syncs)
CONCURRENCY = 8  # feeds in flight at once; stays below the default DB pool of 10
MAX_FEED_JITTER_SECONDS = 5.0
MAX_NOTICES_PER_FEED = 3
# A feed unread this long is told to the owner (the alert ical_sync_stale fires at 30 min
# for the on-call engineer; the owner hears after a few failed rounds, not at the first
# hiccup), at most once a day per feed.
FEED_FAILING_NOTICE_MINUTES = 60
FEED_FAILING_TOLD_SECONDS = 24 * 3600
USER_AGENT = "cabanas-ical/1 (+calendar sync)"


def property_today(app: web.Application) -> dt.date:
    return dt.datetime.now(app[SETTINGS].tz).date()


async def sync_feed(app: web.Application, feed: Feed, *, jitter: float = 0.0) -> FeedResult:
    """Fetch, parse and reconcile one feed; a failure changes nothing and is recorded."""
    if jitter > 0:
        await asyncio.sleep(random.uniform(0, jitter))
    settings, pool = app[SETTINGS], app[DB]
    today = property_today(app)
    host = urlsplit(feed.url).hostname or "?"  # feed URLs carry secrets: log the host only
    try:
        fetched = await fetch_feed(
            app[ICAL_HTTP],
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            allow_private=settings.ical_allow_private_urls,
            timeout_seconds=settings.ical_fetch_timeout_seconds,
            max_bytes=settings.ical_max_bytes,
        )
        stays = None
        if fetched.body is not None:
            # CPU-bound (~0.1 ms per event): off the event loop so webhooks keep flowing,
            # and big feeds across the parse processes (sync/parallel.py).
            stays = await _parse(app, fetched.body, settings.tz, today)
    except FeedError as exc:
        return await _failed(app, feed, str(exc), host)

    try:
        async with pool.acquire() as conn, conn.transaction():
            locked = await conn.fetchrow(Q["lock_feed"], feed.id)
            if locked is None or not locked["active"] or locked["url"] != feed.url:
                return FeedResult(feed.id, feed.accommodation_id, feed.source, "skipped")
            if stays is None:
                await conn.execute(Q["mark_not_modified"], feed.id)
                done = Reconciled()
            else:
                done = await reconcile(
                    conn, feed.id, feed.accommodation_id, feed.source, stays, today
                )
                await conn.execute(Q["mark_success"], feed.id, fetched.etag, fetched.last_modified)
            cabin_name = locked["cabin_name"]
            # Queued with the conflicts they tell: told once, even while WhatsApp is down.
            told = await _queue_conflicts(conn, feed.id, cabin_name, feed.source, done)
    except Exception as exc:
        log.exception("iCal feed %s (%s) failed to reconcile", feed.id, host)
        return await _failed(app, feed, f"internal: {type(exc).__name__}", host)

    result = "not_modified" if stays is None else "ok"
    ICAL_SYNC.labels(result).inc()
    ICAL_TRANSPARENT.labels(feed.source).inc(done.transparent)
    DOUBLE_BOOKING_CONFLICTS.inc(len(done.new_conflicts))
    await _deliver(app, told)
    try:
        await _tell_owner_back(app, feed, cabin_name)
    except Exception:  # Redis out of reach: the sync itself went fine
        log.exception("iCal feed %s: recovery notice not sent", feed.id)
    log.info(
        "iCal feed %s (%s) %s: +%d ~%d -%d =%d, %d conflicts, %d shown as free (not blocked)",
        feed.id, host, result, done.imported, done.moved, done.released, done.unchanged,
        done.conflicts, done.transparent,
    )  # fmt: skip
    return FeedResult(
        feed.id,
        feed.accommodation_id,
        feed.source,
        result,
        imported=done.imported,
        moved=done.moved,
        released=done.released,
        unchanged=done.unchanged,
        conflicts=done.conflicts,
        transparent=done.transparent,
    )


async def _parse(
    app: web.Application, body: bytes, tz: ZoneInfo, today: dt.date
) -> list[ImportedStay]:
    pool = app.get(PARSE_POOL)
    if pool is None:
        return await asyncio.to_thread(parse_feed, body, tz, today)
    return await pool.parse(body, tz, today)


async def _failed(app: web.Application, feed: Feed, error: str, host: str) -> FeedResult:
    ICAL_SYNC.labels("error").inc()
    log.warning("iCal feed %s (%s) not synced: %s", feed.id, host, error)
    try:
        await store.mark_failure(app[DB], feed.id, error)
    except Exception:
        log.exception("could not record the failure of iCal feed %s", feed.id)
    try:
        await _tell_owner_failing(app, feed)
    except Exception:  # a notice never stops the round
        log.exception("owner not told about iCal feed %s failing", feed.id)
    return FeedResult(feed.id, feed.accommodation_id, feed.source, "error", error=error)


def _failing_key(feed_id: int) -> str:
    return f"cabanas:ical:failing_told:{feed_id}"


async def _tell_owner_failing(app: web.Application, feed: Feed) -> None:
    """A feed unread for FEED_FAILING_NOTICE_MINUTES leaves the channel's new bookings
    unblocked here: the owner hears it once a day per feed (a Redis key claims the
    notice, so instances and rounds that fail together send one)."""
    since = feed.last_success_at or feed.created_at
    silent = dt.datetime.now(dt.UTC) - since
    if silent < dt.timedelta(minutes=FEED_FAILING_NOTICE_MINUTES) or REDIS not in app:
        return
    since_told = str(int(time.time()))  # names this outage in the notices' keys
    claimed = await app[REDIS].set(
        _failing_key(feed.id), since_told, nx=True, ex=FEED_FAILING_TOLD_SECONDS
    )
    if not claimed:
        return
    cabin = await get_cabin(app[DB], feed.accommodation_id)
    hours = int(silent.total_seconds() // 3600)
    text = feed_failing_notice(cabin.name, feed.source, feed.id, feed.accommodation_id, hours)
    await guest_notices.tell_owner(
        app[DB], app[NOTIFIER], f"feed_failing:{feed.id}:{since_told}", text,
        retry_base_seconds=_retry_base(app),
    )  # fmt: skip


async def _tell_owner_back(app: web.Application, feed: Feed, cabin_name: str) -> None:
    """The feed the owner was told about reads again: say so, once."""
    if REDIS not in app:
        return
    async with app[REDIS].pipeline(transaction=True) as pipe:
        pipe.get(_failing_key(feed.id))
        pipe.delete(_failing_key(feed.id))
        since_told, deleted = await pipe.execute()
    if deleted:
        text = feed_back_notice(cabin_name, feed.source)
        since = since_told.decode() if isinstance(since_told, bytes) else since_told
        await guest_notices.tell_owner(
            app[DB], app[NOTIFIER], f"feed_back:{feed.id}:{since}", text,
            retry_base_seconds=_retry_base(app),
        )  # fmt: skip


async def _queue_conflicts(
    conn: Any, feed_id: int, cabin_name: str, source: str, done: Reconciled
) -> list[str]:
    """One notice per new conflict, at most MAX_NOTICES_PER_FEED, then one summary,
    queued in the transaction that records the conflicts (booking.guest_notices).

    A feed added to a busy cabin can collide with many stays at once; WhatsApp
    throttles a burst to one person (about one message per 6 s).
    """
    conflicts = done.new_conflicts
    keys = []
    for conflict in conflicts[:MAX_NOTICES_PER_FEED]:
        text = conflict_notice(cabin_name, source, conflict)
        keys.append(await guest_notices.queue_owner(conn, f"conflict:{conflict.id}", text))
    if len(conflicts) > MAX_NOTICES_PER_FEED:
        text = more_conflicts_notice(cabin_name, source, len(conflicts) - MAX_NOTICES_PER_FEED)
        key = f"conflicts:{feed_id}:{conflicts[MAX_NOTICES_PER_FEED].id}"
        keys.append(await guest_notices.queue_owner(conn, key, text))
    return keys


def _retry_base(app: web.Application) -> float:
    return float(min(15, app[SETTINGS].job_expire_interval_seconds))


async def _deliver(app: web.Application, keys: list[str]) -> None:
    """Try the queued notices now; what fails, the booking jobs retry."""
    for key in keys:
        try:
            await guest_notices.deliver_due(app[DB], app[NOTIFIER], _retry_base(app), key=key)
        except Exception:  # the database went away: the jobs' round delivers it
            log.exception("owner notice %s not tried now", key)


async def sync_all(
    app: web.Application, feeds: list[Feed] | None = None, *, jitter: float = 0.0
) -> list[FeedResult]:
    """Sync `feeds` (default: every active feed), at most CONCURRENCY at a time."""
    if feeds is None:
        feeds = await store.list_active_feeds(app[DB])
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(feed: Feed) -> FeedResult:
        async with gate:
            return await sync_feed(app, feed, jitter=jitter)

    return list(await asyncio.gather(*(one(feed) for feed in feeds)))


async def scheduled_round(
    app: web.Application, *, jitter: float | None = None
) -> list[FeedResult] | None:
    """One periodic round; None when another instance (or run) holds the lock.

    Each feed waits a random 0..`jitter` s first (default: a tenth of the
    interval, at most MAX_FEED_JITTER_SECONDS).
    """
    interval = app[SETTINGS].job_ical_interval_seconds
    if jitter is None:
        jitter = min(MAX_FEED_JITTER_SECONDS, interval / 10)
    async with advisory_lock(app[DB], ICAL_LOCK_KEY) as held:
        if not held:
            JOB_RUNS.labels("ical_sync", "skipped").inc()
            return None
        feeds = await store.list_active_feeds(app[DB])
        # Another instance may have just finished a round: don't fetch everything twice.
        now = dt.datetime.now(dt.UTC)
        due = [
            feed
            for feed in feeds
            if feed.last_attempt_at is None
            or (now - feed.last_attempt_at).total_seconds() >= interval / 2
        ]
        results = await sync_all(app, due, jitter=jitter)
    JOB_RUNS.labels("ical_sync", "ok").inc()
    return results


async def _periodic(app: web.Application) -> None:
    interval = app[SETTINGS].job_ical_interval_seconds
    outage = OutageLog("iCal sync", log)
    while True:
        await asyncio.sleep(interval + random.uniform(0, interval / 10))
        try:
            await scheduled_round(app)
            outage.succeeded()
        except Exception as exc:
            JOB_RUNS.labels("ical_sync", "error").inc()
            outage.failed(exc)


async def ical_ctx(app: web.Application) -> AsyncIterator[None]:
    """The feed HTTP session (SSRF-guarded), the parse processes and the periodic sync job."""
    allow_private = app[SETTINGS].ical_allow_private_urls
    app[ICAL_HTTP] = aiohttp.ClientSession(
        headers={"User-Agent": USER_AGENT},
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=10),
        **session_kwargs(allow_private),
    )
    job = await app[SCHEDULER].spawn(_periodic(app))
    pool = app[PARSE_POOL] = ParsePool()
    pool.start()  # in the background: the app does not wait for the processes
    try:
        yield
    finally:
        await job.close()
        await app[ICAL_HTTP].close()
        await pool.close()
