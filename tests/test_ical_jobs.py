"""The periodic sync: one instance at a time (advisory lock), and really scheduled."""

from __future__ import annotations

import asyncio

from app import create_app
from sync.engine import scheduled_round
from tests.conftest import make_settings
from tests.fakes.ical_host import IcalHost
from tests.ical_support import add_cabin, add_feed, imported, today_in


async def test_two_sync_jobs_at_once_run_one_sync(aiohttp_client, settings, db):
    host = await IcalHost(today_in(settings)).start()
    try:
        cabin = await add_cabin(db)
        feeds = [
            await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics")),
            await add_feed(db, cabin, "booking", host.put_fixture("b.ics", "booking.ics")),
        ]
        # Two instances: two apps on the same database.
        first = await aiohttp_client(create_app(settings))
        second = await aiohttp_client(create_app(settings))
        host.gate = asyncio.Event()  # hold every fetch until both rounds have started

        rounds = [
            asyncio.create_task(scheduled_round(first.app, jitter=0)),
            asyncio.create_task(scheduled_round(second.app, jitter=0)),
        ]
        done, pending = await asyncio.wait(rounds, return_when=asyncio.FIRST_COMPLETED)
        [skipped] = done
        assert skipped.result() is None  # the lock was taken: this round did nothing
        host.gate.set()
        [holder] = pending
        results = await holder

        assert sorted(r.result for r in results) == ["ok", "ok"]
        assert host.hits("a.ics") == 1 and host.hits("b.ics") == 1
        assert [len(await imported(db, feed)) for feed in feeds] == [3, 2]

        # The lock is released after a round: the next round runs (nothing is due yet).
        assert await scheduled_round(second.app, jitter=0) == []
    finally:
        await host.close()


async def test_the_periodic_job_syncs_on_its_own(aiohttp_client, database_url, redis_url, db):
    settings = make_settings(
        database_url=database_url, redis_url=redis_url, job_ical_interval_seconds=5
    )
    host = await IcalHost(today_in(settings)).start()
    try:
        cabin = await add_cabin(db)
        feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
        await aiohttp_client(create_app(settings))
        for _ in range(200):  # the first round comes after 5–6 s (interval + jitter)
            if await db.fetchval("SELECT last_success_at FROM ical_feeds WHERE id = $1", feed):
                break
            await asyncio.sleep(0.05)
        assert len(await imported(db, feed)) == 3
    finally:
        await host.close()
