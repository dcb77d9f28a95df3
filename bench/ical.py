"""iCal sync benchmarks (issue 6).

- parse + reconcile one 2,000-event Airbnb-shaped feed (target ≤ 300 ms):
  first import (2,000 inserts) and a steady-state re-import (nothing changed),
  parsed as the app does (`ParsePool.parse`: two worker processes for a feed
  this big), plus the parse alone both that way and as on a 1-CPU machine;
- 100 feeds served by a local host, synced end to end through
  `POST /api/v1/ical/sync` (target ≤ 10 s), then again (all 304).

Uses BENCH_DATABASE_URL / BENCH_REDIS_URL when set, else starts embedded
servers in a temporary directory. `python -m bench.ical` prints a table;
`run()` returns the rows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics
import time
import uuid
from typing import Any

import asyncpg

from bench._servers import backing_servers, scratch_database

PARSE_TARGET_MS = 300
SYNC_100_TARGET_S = 10
REPEATS = 5


def airbnb_feed(today: dt.date, events: int, seed: int = 0) -> bytes:
    """An Airbnb-shaped feed: reservations (with folded descriptions) and blocks."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN",
        "CALSCALE:GREGORIAN",
        "VERSION:2.0",
    ]
    start = today + dt.timedelta(days=1)
    for i in range(events):
        check_in = start + dt.timedelta(days=3 * i)
        check_out = check_in + dt.timedelta(days=2)
        lines += [
            "BEGIN:VEVENT",
            f"DTEND;VALUE=DATE:{check_out:%Y%m%d}",
            f"DTSTART;VALUE=DATE:{check_in:%Y%m%d}",
            f"UID:{seed:06x}{i:06x}-{uuid.UUID(int=seed * 100_000 + i).hex}@airbnb.com",
        ]
        if i % 2:
            lines += [
                "DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/deta",
                f" ils/HM{i:08d}\\nPhone Number (Last 4 Digits): {i % 10000:04d}",
                "SUMMARY:Reserved",
            ]
        else:
            lines.append("SUMMARY:Airbnb (Not available)")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


async def _cabin_with_feed(conn: asyncpg.Connection, slug: str, url: str, source: str) -> int:
    cabin = await conn.fetchval(
        """INSERT INTO accommodations (slug, name, capacity, base_price_cents, weekend_price_cents)
           VALUES ($1, $1, 4, 5000000, 6000000) RETURNING id""",
        slug,
    )
    return await conn.fetchval(
        "INSERT INTO ical_feeds (accommodation_id, source, url) VALUES ($1, $2, $3) RETURNING id",
        cabin,
        source,
        url,
    )


async def bench_parse_reconcile(database_url: str) -> list[dict[str, Any]]:
    from settings import Settings
    from sync.parallel import ParsePool
    from sync.parse import parse_feed
    from sync.reconcile import reconcile
    from sync.store import Q

    tz = Settings().tz
    today = dt.datetime.now(tz).date()
    body = airbnb_feed(today, 2000)
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=2)
    parser = ParsePool()
    parser.start()
    single = ParsePool(workers=1)  # a 1-CPU machine: no processes, the feed slimmed on a thread
    await parser.started()  # the app starts them at boot
    first: list[float] = []
    again: list[float] = []
    parse_only: list[float] = []
    one_core: list[float] = []
    try:
        for rep in range(REPEATS):
            async with pool.acquire() as conn:
                feed = await _cabin_with_feed(conn, f"p{rep}", f"https://x/{rep}.ics", "airbnb")
            for timings in (first, again):
                started = time.perf_counter()
                stays = await parser.parse(body, tz, today)
                parsed = time.perf_counter()
                async with pool.acquire() as conn, conn.transaction():
                    row = await conn.fetchrow(Q["lock_feed"], feed)
                    done = await reconcile(
                        conn, feed, row["accommodation_id"], "airbnb", stays, today
                    )
                    await conn.execute(Q["mark_success"], feed, None, None)
                timings.append(time.perf_counter() - started)
                parse_only.append(parsed - started)
                assert done.conflicts == 0 and (done.imported, done.unchanged) in (
                    (2000, 0),
                    (0, 2000),
                )
            started = time.perf_counter()
            alone = await single.parse(body, tz, today)
            one_core.append(time.perf_counter() - started)
            assert alone == stays == parse_feed(body, tz, today)
    finally:
        await parser.close()
        await pool.close()
    return [
        _row("iCal parse + reconcile, 2,000 events, first import", first, PARSE_TARGET_MS),
        _row("iCal parse + reconcile, 2,000 events, re-import", again, PARSE_TARGET_MS),
        _row("iCal parse only, 2,000 events (2 processes)", parse_only, None),
        _row("iCal parse only, 2,000 events, 1-CPU mode (thread)", one_core, None),
    ]


def _row(name: str, seconds: list[float], target_ms: float | None) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(statistics.median(seconds) * 1000, 1),
        "unit": "ms (median)",
        "target": target_ms,
    }


async def bench_hundred_feeds(database_url: str, redis_url: str) -> list[dict[str, Any]]:
    from aiohttp.test_utils import TestClient, TestServer

    from app import create_app
    from health.auth import mint_admin_token
    from settings import Settings
    from tests.fakes.ical_host import IcalHost

    settings = Settings(
        database_url=database_url,
        redis_url=redis_url,
        jwt_secret="bench-secret-" + "x" * 32,
        ical_allow_private_urls=True,  # the feeds are served on loopback
        log_level="WARNING",
    )
    today = dt.datetime.now(settings.tz).date()
    host = await IcalHost(today).start()
    try:
        conn = await asyncpg.connect(database_url)
        try:
            for i in range(100):
                url = host.put(f"f{i}.ics", airbnb_feed(today, 30, seed=i + 1))
                await _cabin_with_feed(conn, f"h{i}", url, ("airbnb", "booking", "other")[i % 3])
        finally:
            await conn.close()
        headers = {"Authorization": f"Bearer {mint_admin_token(settings.jwt_secret)}"}
        async with TestClient(TestServer(create_app(settings))) as client:
            timings = []
            for _ in range(2):
                started = time.perf_counter()
                response = await client.post("/api/v1/ical/sync", headers=headers)
                results = (await response.json())["results"]
                timings.append(time.perf_counter() - started)
                assert response.status == 200 and len(results) == 100, results[:2]
                assert all(r["result"] in ("ok", "not_modified") for r in results), results
    finally:
        await host.close()
    return [
        {
            "name": "iCal sync of 100 local feeds (30 events each), end to end",
            "value": round(timings[0], 2),
            "unit": "s",
            "target": SYNC_100_TARGET_S,
        },
        {
            "name": "iCal sync of 100 local feeds, all 304 Not Modified",
            "value": round(timings[1], 2),
            "unit": "s",
            "target": SYNC_100_TARGET_S,
        },
    ]


async def run() -> list[dict[str, Any]]:
    with backing_servers() as (pg_url, redis_url):
        async with scratch_database(pg_url, "bench_ical") as database_url:
            rows = await bench_parse_reconcile(database_url)
        async with scratch_database(pg_url, "bench_ical") as database_url:
            rows += await bench_hundred_feeds(database_url, redis_url)
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    width = max(len(row["name"]) for row in rows)
    print(f"{'benchmark':<{width}}  {'value':>9}  {'unit':<12}  target")
    for row in rows:
        target = "—" if row["target"] is None else f"≤ {row['target']}"
        print(f"{row['name']:<{width}}  {row['value']:>9}  {row['unit']:<12}  {target}")


if __name__ == "__main__":
    print_table(asyncio.run(run()))
