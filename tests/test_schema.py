"""Migrations and the anti-double-booking constraint, on real PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt

import asyncpg
import pytest

from booking.db import migrate, migration_files
from booking.demo import seed_demo

D = dt.date


async def _cabin(conn: asyncpg.Connection, slug: str) -> int:
    return await conn.fetchval(
        """INSERT INTO accommodations (slug, name, capacity, base_price_cents, weekend_price_cents)
           VALUES ($1, $1, 4, 1000000, 1200000) RETURNING id""",
        slug,
    )


async def _stay(conn, cabin, check_in, check_out, status="confirmed", code=None):
    await conn.execute(
        """INSERT INTO reservations (code, accommodation_id, check_in, check_out,
               reservation_status) VALUES ($1, $2, $3, $4, $5)""",
        code or f"C-{cabin}-{check_in:%m%d}-{check_out:%m%d}-{status[:2]}",
        cabin,
        check_in,
        check_out,
        status,
    )


async def test_migrations_apply_once_and_rerun_changes_nothing(pg_server_url):
    admin = await asyncpg.connect(pg_server_url)
    await admin.execute("DROP DATABASE IF EXISTS mig_once WITH (FORCE)")
    await admin.execute("CREATE DATABASE mig_once")
    await admin.close()
    url = pg_server_url.rsplit("/", 1)[0] + "/mig_once"
    conn = await asyncpg.connect(url)
    try:
        applied = await migrate(conn)
        assert applied == [name for _, name, _ in migration_files()]
        tables_before = await conn.fetch(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
        assert await migrate(conn) == []
        tables_after = await conn.fetch(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
        assert tables_before == tables_after
        count = await conn.fetchval("SELECT count(*) FROM schema_migrations")
        assert count == len(migration_files())
    finally:
        await conn.close()


async def test_two_migration_runners_at_once_do_not_collide(pg_server_url):
    admin = await asyncpg.connect(pg_server_url)
    await admin.execute("DROP DATABASE IF EXISTS mig_race WITH (FORCE)")
    await admin.execute("CREATE DATABASE mig_race")
    await admin.close()
    url = pg_server_url.rsplit("/", 1)[0] + "/mig_race"
    conns = [await asyncpg.connect(url) for _ in range(4)]
    try:
        results = await asyncio.gather(*(migrate(c) for c in conns))
        applied = [name for result in results for name in result]
        assert sorted(applied) == sorted(name for _, name, _ in migration_files())
        assert await conns[0].fetchval("SELECT count(*) FROM schema_migrations") == len(
            migration_files()
        )
    finally:
        for c in conns:
            await c.close()


async def test_back_to_back_stays_are_allowed(db):
    async with db.acquire() as conn:
        cabin = await _cabin(conn, "a")
        await _stay(conn, cabin, D(2027, 1, 10), D(2027, 1, 15))
        await _stay(conn, cabin, D(2027, 1, 15), D(2027, 1, 18))
        await _stay(conn, cabin, D(2027, 1, 5), D(2027, 1, 10))
        assert await conn.fetchval("SELECT count(*) FROM reservations") == 3


@pytest.mark.parametrize("status", ["confirmed", "pre_reserved"])
async def test_overlapping_active_stay_is_refused_with_23p01(db, status):
    async with db.acquire() as conn:
        cabin = await _cabin(conn, "a")
        await _stay(conn, cabin, D(2027, 1, 10), D(2027, 1, 15), status=status)
        with pytest.raises(asyncpg.ExclusionViolationError) as info:
            await _stay(conn, cabin, D(2027, 1, 14), D(2027, 1, 16), code="OTHER")
        assert info.value.sqlstate == "23P01"
        assert info.value.constraint_name == "no_overlap_reservations"


@pytest.mark.parametrize("freed", ["cancelled", "expired"])
async def test_cancelled_and_expired_stays_free_their_dates(db, freed):
    async with db.acquire() as conn:
        cabin = await _cabin(conn, "a")
        await _stay(conn, cabin, D(2027, 1, 10), D(2027, 1, 15), status=freed)
        await _stay(conn, cabin, D(2027, 1, 10), D(2027, 1, 15), status="confirmed")
        with pytest.raises(asyncpg.ExclusionViolationError):
            await conn.execute(
                "UPDATE reservations SET reservation_status = 'confirmed' "
                "WHERE reservation_status = $1",
                freed,
            )


async def test_other_cabins_are_unaffected(db):
    async with db.acquire() as conn:
        a, b = await _cabin(conn, "a"), await _cabin(conn, "b")
        await _stay(conn, a, D(2027, 1, 10), D(2027, 1, 15))
        await _stay(conn, b, D(2027, 1, 10), D(2027, 1, 15))


async def test_checks_refuse_bad_rows(db):
    async with db.acquire() as conn:
        cabin = await _cabin(conn, "a")
        with pytest.raises(asyncpg.CheckViolationError):
            await _stay(conn, cabin, D(2027, 1, 15), D(2027, 1, 15))
        with pytest.raises(asyncpg.CheckViolationError):
            await conn.execute(
                """INSERT INTO reservations (code, accommodation_id, check_in, check_out,
                       reservation_status, guests) VALUES ('X', $1, '2027-02-01', '2027-02-03',
                       'confirmed', 0)""",
                cabin,
            )
        with pytest.raises(asyncpg.CheckViolationError):
            await _stay(conn, cabin, D(2027, 3, 1), D(2027, 3, 2), status="bogus")


async def test_demo_seed_fills_an_empty_database_once(db):
    async with db.acquire() as conn:
        assert await seed_demo(conn, D(2026, 11, 26)) is True
        assert await seed_demo(conn, D(2026, 11, 26)) is False
        capacities = sorted(
            r["capacity"] for r in await conn.fetch("SELECT capacity FROM accommodations")
        )
        assert capacities[0] == 2 and 4 in capacities and capacities[-1] >= 6
        seasons = await conn.fetchval("SELECT count(DISTINCT accommodation_id) FROM seasons")
        assert seasons == len(capacities)
