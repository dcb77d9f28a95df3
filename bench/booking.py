"""Booking engine benchmarks (issue 3).

- uncontended holds per second: place_hold on free nights of 50 cabins from
  a pool of 20 connections (target ≥ 1,500/s);
- 500-way contention: 500 place_hold calls for one cabin and the same nights
  at once, through a pool of 100 connections; time until every caller has its
  answer and the number of winners (target ≤ 2 s, exactly 1);
- availability quotes (find_available) p50 / p95 with 50 cabins and 20,000
  reservations (target p95 ≤ 5 ms), and suggest_alternatives for reference.

Uses BENCH_DATABASE_URL (a server URL; a scratch database is created and
dropped) or starts an embedded PostgreSQL in a temporary directory.
`python -m bench.booking` prints a table; `run()` returns the rows
(name, value, unit, target).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import statistics
import time
from typing import Any

import asyncpg

from bench._servers import backing_servers, scratch_database
from booking import catalog
from booking.availability import find_available, suggest_alternatives
from booking.errors import DatesUnavailable
from booking.holds import place_hold
from booking.models import BookingRules, Guest, SeasonDraft, Stay

RULES = BookingRules()
CABINS = 50
UNCONTENDED_HOLDS, UNCONTENDED_POOL = 4000, 20
CONTENDERS, CONTENTION_POOL, CONTENTION_ROUNDS = 500, 100, 5
RESERVATIONS, QUOTES = 20_000, 1000


async def _cabins(pool: asyncpg.Pool, count: int, start: dt.date) -> list[int]:
    ids = []
    for i in range(count):
        season = SeasonDraft(
            "alta", start + dt.timedelta(days=60), start + dt.timedelta(days=90), 150_000_00, 2
        )
        cabin = await catalog.create_cabin(
            pool,
            {
                "slug": f"bench-{i}",
                "name": f"Cabaña {i}",
                "capacity": 2 + i % 6,
                "base_price_cents": 80_000_00 + 1_000_00 * i,
                "weekend_price_cents": 100_000_00 + 1_000_00 * i,
            },
            [season],
        )
        ids.append(cabin.id)
    return ids


def _start() -> dt.date:
    return RULES.today() + dt.timedelta(days=7)


async def bench_uncontended(database_url: str) -> list[dict[str, Any]]:
    start = _start()
    async with asyncpg.create_pool(
        database_url, min_size=UNCONTENDED_POOL, max_size=UNCONTENDED_POOL
    ) as pool:
        cabins = await _cabins(pool, CABINS, start)
        guest = Guest("Bench", "5492944000000")
        # Hold i: 2 nights from day 2*(i // CABINS) on cabin i % CABINS; back to back, no overlap.
        stays = [
            (
                cabins[i % CABINS],
                Stay(
                    start + dt.timedelta(days=2 * (i // CABINS)),
                    start + dt.timedelta(days=2 * (i // CABINS) + 2),
                ),
            )
            for i in range(UNCONTENDED_HOLDS)
        ]
        semaphore = asyncio.Semaphore(UNCONTENDED_POOL)

        async def one(cabin_id: int, stay: Stay) -> None:
            async with semaphore:
                await place_hold(pool, RULES, cabin_id, stay, guest, 2)

        began = time.perf_counter()
        await asyncio.gather(*(one(c, s) for c, s in stays))
        elapsed = time.perf_counter() - began

        latencies = []
        for i in range(300):  # one at a time: the latency a single guest sees
            night = start + dt.timedelta(
                days=2 * (UNCONTENDED_HOLDS // CABINS) + 2 * (i // CABINS) + 2
            )
            t = time.perf_counter()
            await place_hold(
                pool, RULES, cabins[i % CABINS], Stay(night, night + dt.timedelta(days=2)), guest, 2
            )
            latencies.append(time.perf_counter() - t)
    return [
        {
            "name": f"uncontended place_hold throughput ({UNCONTENDED_POOL} connections)",
            "value": round(UNCONTENDED_HOLDS / elapsed),
            "unit": "holds/s",
            "target": "≥ 1500",
        },
        {
            "name": "uncontended place_hold latency, one at a time (p50)",
            "value": round(statistics.median(latencies) * 1000, 2),
            "unit": "ms",
            "target": None,
        },
    ]


async def bench_contention(database_url: str) -> list[dict[str, Any]]:
    start = _start()
    settle_times, winners = [], []
    async with asyncpg.create_pool(
        database_url, min_size=CONTENTION_POOL, max_size=CONTENTION_POOL
    ) as pool:
        [cabin] = await _cabins(pool, 1, start)
        for round_ in range(CONTENTION_ROUNDS):
            stay = Stay(
                start + dt.timedelta(days=10 * round_), start + dt.timedelta(days=10 * round_ + 3)
            )
            go = asyncio.Event()

            async def one(i: int, stay: Stay = stay, go: asyncio.Event = go) -> bool:
                await go.wait()
                try:
                    await place_hold(pool, RULES, cabin, stay, Guest(None, f"549{i:010d}"), 2)
                except DatesUnavailable:
                    return False
                return True

            tasks = [asyncio.ensure_future(one(i)) for i in range(CONTENDERS)]
            await asyncio.sleep(0.05)
            began = time.perf_counter()
            go.set()
            results = await asyncio.gather(*tasks)
            settle_times.append(time.perf_counter() - began)
            winners.append(sum(results))
    return [
        {
            "name": f"{CONTENDERS}-way contention on one cabin/dates: all answered "
            f"(worst of {CONTENTION_ROUNDS})",
            "value": round(max(settle_times), 3),
            "unit": "s",
            "target": "≤ 2",
        },
        {
            "name": f"{CONTENDERS}-way contention: winners per round "
            f"(min–max of {CONTENTION_ROUNDS})",
            "value": f"{min(winners)}–{max(winners)}"
            if min(winners) != max(winners)
            else min(winners),
            "unit": "winners",
            "target": "= 1",
        },
    ]


async def _seed_reservations(pool: asyncpg.Pool, cabins: list[int], start: dt.date) -> None:
    """20,000 stays over about two years: 400 per cabin, back to back with gaps, mixed statuses."""
    rng = random.Random(3)
    rows = []
    per_cabin = RESERVATIONS // len(cabins)
    for cabin in cabins:
        day = start - dt.timedelta(days=400)
        for n in range(per_cabin):
            nights = rng.randint(1, 3)
            status = rng.choices(
                ["confirmed", "pre_reserved", "cancelled", "expired"], [60, 5, 20, 15]
            )[0]
            rows.append(
                (
                    f"B{cabin}-{n}",
                    cabin,
                    day,
                    day + dt.timedelta(days=nights),
                    status,
                    "whatsapp",
                    2,
                    100_000_00,
                    30_000_00,
                )
            )
            day += dt.timedelta(days=nights + rng.randint(0, 1))
    await pool.copy_records_to_table(
        "reservations",
        records=rows,
        columns=[
            "code",
            "accommodation_id",
            "check_in",
            "check_out",
            "reservation_status",
            "channel",
            "guests",
            "total_cents",
            "deposit_cents",
        ],
    )
    await pool.execute("ANALYZE reservations")


async def bench_quotes(database_url: str) -> list[dict[str, Any]]:
    start = _start()
    async with asyncpg.create_pool(database_url, min_size=2, max_size=4) as pool:
        cabins = await _cabins(pool, CABINS, start)
        await _seed_reservations(pool, cabins, start)
        assert await pool.fetchval("SELECT count(*) FROM reservations") == RESERVATIONS
        rng = random.Random(7)
        stays = []
        for _ in range(QUOTES):
            check_in = start + dt.timedelta(days=rng.randint(0, 300))
            stays.append(
                (Stay(check_in, check_in + dt.timedelta(days=rng.randint(2, 5))), rng.randint(1, 6))
            )
        for stay, guests in stays[:50]:  # warm-up: prepared statements and caches
            await find_available(pool, RULES, stay, guests)
        quote_ms, alternatives_ms, offered = [], [], 0
        for stay, guests in stays:
            t = time.perf_counter()
            offered += len(await find_available(pool, RULES, stay, guests))
            quote_ms.append((time.perf_counter() - t) * 1000)
        for stay, guests in stays[:200]:
            t = time.perf_counter()
            await suggest_alternatives(pool, RULES, stay, guests)
            alternatives_ms.append((time.perf_counter() - t) * 1000)
    assert offered > 0, "the seeded calendar left nothing free: the bench would measure nothing"
    return [
        _percentile_row(
            f"find_available, {CABINS} cabins / {RESERVATIONS:,} reservations", quote_ms, 50, None
        ),
        _percentile_row(
            f"find_available, {CABINS} cabins / {RESERVATIONS:,} reservations", quote_ms, 95, "≤ 5"
        ),
        _percentile_row("suggest_alternatives (same data, ±21 days)", alternatives_ms, 95, None),
    ]


def _percentile_row(
    name: str, samples: list[float], percentile: int, target: str | None
) -> dict[str, Any]:
    value = statistics.quantiles(samples, n=100)[percentile - 1]
    return {
        "name": f"{name} p{percentile}",
        "value": round(value, 2),
        "unit": "ms",
        "target": target,
    }


async def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with backing_servers(redis=False) as (server_url, _):
        for bench in (bench_uncontended, bench_contention, bench_quotes):
            async with scratch_database(server_url, "bench_booking") as database_url:
                rows += await bench(database_url)
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    width = max(len(row["name"]) for row in rows)
    print(f"{'benchmark':<{width}}  {'value':>9}  {'unit':<8}  target")
    for row in rows:
        print(
            f"{row['name']:<{width}}  {row['value']!s:>9}  {row['unit']:<8}  {row['target'] or '—'}"
        )


if __name__ == "__main__":
    print_table(asyncio.run(run()))
