"""Correctness under concurrency: many real connections at once, exactly one winner.

Every test here asserts on the database afterwards, with the runbook's own
overlap query extended to holds. `test_without_the_constraint_*` runs the
same race with the EXCLUDE constraint dropped and shows the query catching
the double booking: the guard is the constraint, not luck or a lock.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import random
from collections.abc import AsyncIterator

import asyncpg
import pytest

from booking import db as booking_db
from booking import jobs
from booking.availability import find_available
from booking.errors import DatesUnavailable, InvalidTransition
from booking.holds import (
    cancel_reservation,
    confirm_deposit,
    create_block,
    extend_hold,
    place_hold,
)
from booking.models import Guest, Stay
from tests.booking_support import (
    GUEST,
    OVERLAP_QUERY,
    RULES,
    RecordingNotifier,
    make_cabin,
    make_due,
    monday_after,
    stay,
)


@pytest.fixture
async def pools(database_url: str) -> AsyncIterator[list[asyncpg.Pool]]:
    """Four pools of 50 open connections: 200 separate connections at once."""
    opened = [await asyncpg.create_pool(database_url, min_size=50, max_size=50) for _ in range(4)]
    yield opened
    for pool in opened:
        await pool.close()


async def _race_200_holds(pools: list[asyncpg.Pool], cabin_id: int) -> collections.Counter:
    start = monday_after(30)
    go = asyncio.Event()

    async def attempt(i: int) -> str:
        # Every stay contains the night of start+4, with varied starts and lengths.
        check_in = start + dt.timedelta(days=i % 4)
        check_out = start + dt.timedelta(days=5 + i % 3)
        guest = Guest(f"G{i}", f"54929440{i:05d}")
        await go.wait()
        try:
            await place_hold(pools[i % 4], RULES, cabin_id, Stay(check_in, check_out), guest, 2)
        except DatesUnavailable:
            return "refused"
        return "held"

    tasks = [asyncio.ensure_future(attempt(i)) for i in range(200)]
    await asyncio.sleep(0.05)  # every task is waiting at the gate
    go.set()
    return collections.Counter(await asyncio.gather(*tasks))


async def test_200_concurrent_holds_on_separate_connections_one_winner(db, pools):
    cabin = await make_cabin(db, "a")
    results = await _race_200_holds(pools, cabin.id)
    assert results == {"held": 1, "refused": 199}
    assert await db.fetchval("SELECT count(*) FROM reservations") == 1
    assert await db.fetch(OVERLAP_QUERY) == []
    # Exactly one audit row: refused inserts leave nothing behind.
    assert await db.fetchval("SELECT count(*) FROM reservation_events") == 1


async def test_without_the_constraint_the_same_race_double_books(db, pools):
    """The control: place_hold has no other guard, and the overlap query notices."""
    await db.execute("ALTER TABLE reservations DROP CONSTRAINT no_overlap_reservations")
    cabin = await make_cabin(db, "a")
    results = await _race_200_holds(pools, cabin.id)
    assert results["held"] > 1
    assert len(await db.fetch(OVERLAP_QUERY)) > 0


async def test_randomized_workload_never_overlaps(database_url, db):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    cabins = [await make_cabin(db, f"c{i}", capacity=6) for i in range(3)]
    start = monday_after(20)
    notifier = RecordingNotifier()
    codes: list[str] = []
    tally: collections.Counter[str] = collections.Counter()
    workers, per_worker = 40, 55  # 2,200 operations

    def random_stay() -> Stay:
        return stay(start, rng.randint(1, 5), offset=rng.randint(0, 45))

    async def one(pool: asyncpg.Pool) -> None:
        op = rng.choices(
            ["hold", "confirm", "cancel", "expire", "block", "extend", "quote"],
            weights=[40, 20, 10, 10, 8, 7, 5],
        )[0]
        code = rng.choice(codes) if codes else None
        try:
            if op == "hold":
                guest = Guest(None, f"549{rng.randint(10**9, 10**10 - 1)}")
                hold = await place_hold(
                    pool, RULES, rng.choice(cabins).id, random_stay(), guest, rng.randint(1, 6)
                )
                codes.append(hold.code)
            elif op == "block":
                block = await create_block(
                    pool, RULES, rng.choice(cabins).id, random_stay(), "x", "admin"
                )
                codes.append(block.code)
            elif op == "quote":
                await find_available(pool, RULES, random_stay(), rng.randint(1, 6))
            elif code is None:
                op = "skipped"
            elif op == "confirm":
                # Two possible payment ids per code: replays and duplicate payments both happen.
                payment = f"pay-{code}-{rng.randint(1, 2)}"
                result = await confirm_deposit(pool, code, payment, 1000, notifier)
                op = f"confirm:{result.outcome}"
            elif op == "cancel":
                await cancel_reservation(pool, code, "random", "guest")
            elif op == "expire":
                await make_due(pool, code)
                await jobs.expire_holds(pool, notifier)
            elif op == "extend":
                await extend_hold(pool, code, 5)
            tally[op] += 1
        except DatesUnavailable:
            tally[f"{op}:taken"] += 1
        except InvalidTransition:
            tally[f"{op}:not_allowed"] += 1

    async def worker(pool: asyncpg.Pool) -> None:
        for _ in range(per_worker):
            await one(pool)

    pool = await asyncpg.create_pool(database_url, min_size=workers, max_size=workers)
    try:
        await asyncio.gather(*(worker(pool) for _ in range(workers)))
    finally:
        await pool.close()

    context = f"seed={seed} tally={dict(tally)}"
    assert sum(tally.values()) == workers * per_worker >= 2000, context
    assert tally["hold"] > 50 and tally["hold:taken"] > 50, context
    assert tally["confirm:confirmed"] > 0 and tally["expire"] > 0, context
    assert await db.fetch(OVERLAP_QUERY) == [], context

    # Audit: every reservation's last event says the status it is in now.
    mismatched = await db.fetch(
        """SELECT r.code FROM reservations r
           LEFT JOIN LATERAL (SELECT to_status FROM reservation_events e
                              WHERE e.reservation_id = r.id ORDER BY e.id DESC LIMIT 1) last
                  ON true
           WHERE last.to_status IS DISTINCT FROM r.reservation_status"""
    )
    assert mismatched == [], context
    # Payments: a booked stay was confirmed by exactly one payment, never two.
    rows = await db.fetch(
        """SELECT r.code, r.reservation_status AS status, r.channel,
                  (SELECT count(*) FROM payments p
                   WHERE p.reservation_id = r.id AND p.outcome = 'confirmed') AS paid
           FROM reservations r"""
    )
    for row in rows:
        assert row["paid"] <= 1, (row, context)
        if row["status"] == "confirmed" and row["channel"] == "whatsapp":
            assert row["paid"] == 1, (row, context)
        if row["status"] in ("pre_reserved", "expired"):
            assert row["paid"] == 0, (row, context)
    confirmations = await db.fetchval(
        """SELECT max(n) FROM (SELECT count(*) AS n FROM reservation_events
                               WHERE event IN ('confirmed', 'retaken', 'expired')
                               GROUP BY reservation_id, event) per"""
    )
    assert confirmations in (None, 1), context


async def test_ten_concurrent_confirmations_of_one_payment_confirm_once(database_url, db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    pool = await asyncpg.create_pool(database_url, min_size=10, max_size=10)
    try:
        results = await asyncio.gather(
            *(
                confirm_deposit(pool, hold.code, "mp-77", hold.deposit_cents, notifier)
                for _ in range(10)
            )
        )
    finally:
        await pool.close()
    outcomes = collections.Counter(r.outcome for r in results)
    assert outcomes == {"confirmed": 1, "already_confirmed": 9}
    assert len(notifier.of("payment_confirmed")) == 1
    assert await db.fetchval("SELECT count(*) FROM payments") == 1
    assert (
        await db.fetchval("SELECT count(*) FROM reservation_events WHERE event = 'confirmed'") == 1
    )


async def test_ten_concurrent_late_confirmations_retake_once(database_url, db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await make_due(db, hold.code)
    await jobs.expire_holds(db, notifier)
    pool = await asyncpg.create_pool(database_url, min_size=10, max_size=10)
    try:
        results = await asyncio.gather(
            *(
                confirm_deposit(pool, hold.code, "mp-78", hold.deposit_cents, notifier)
                for _ in range(10)
            )
        )
    finally:
        await pool.close()
    assert collections.Counter(r.outcome for r in results) == {
        "retaken": 1,
        "already_confirmed": 9,
    }
    assert len(notifier.of("payment_confirmed")) == 1


async def test_late_payment_racing_new_holds_never_double_books(database_url, db):
    """An expired hold's payment and five new guests want the same nights: one side wins."""
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    pool = await asyncpg.create_pool(database_url, min_size=6, max_size=6)
    try:
        for round_ in range(15):
            nights = stay(start, 3, offset=round_ * 4)
            hold = await place_hold(db, RULES, cabin.id, nights, GUEST, 2)
            await make_due(db, hold.code)
            await jobs.expire_holds(db, RecordingNotifier())

            async def rival(i: int, nights: Stay = nights) -> bool:
                try:
                    await place_hold(pool, RULES, cabin.id, nights, Guest(None, f"5{i}"), 2)
                except DatesUnavailable:
                    return False
                return True

            late, *rivals = await asyncio.gather(
                confirm_deposit(pool, hold.code, f"late-{round_}", hold.deposit_cents),
                *(rival(i) for i in range(5)),
            )
            if late.outcome == "retaken":
                assert not any(rivals)
            else:
                assert late.outcome == "needs_refund"
                assert sum(rivals) == 1
    finally:
        await pool.close()
    assert await db.fetch(OVERLAP_QUERY) == []


async def test_confirmation_racing_the_expiry_job_is_consistent(database_url, db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    notifier = RecordingNotifier()
    pool = await asyncpg.create_pool(database_url, min_size=4, max_size=4)
    try:
        for round_ in range(20):
            hold = await place_hold(
                db, RULES, cabin.id, stay(start, 2, offset=round_ * 3), GUEST, 2
            )
            await make_due(db, hold.code)
            result, _ = await asyncio.gather(
                confirm_deposit(pool, hold.code, f"p-{round_}", hold.deposit_cents, notifier),
                jobs.expire_holds(pool, notifier),
            )
            history = await db.fetch(
                """SELECT event FROM reservation_events e JOIN reservations r
                   ON r.id = e.reservation_id WHERE r.code = $1 ORDER BY e.id""",
                hold.code,
            )
            events = [row["event"] for row in history]
            assert result.reservation.status == "confirmed"
            assert events in (["held", "confirmed"], ["held", "expired", "retaken"])
            assert result.outcome == {2: "confirmed", 3: "retaken"}[len(events)]
    finally:
        await pool.close()


async def _many_due_holds(database_url: str, db: asyncpg.Pool, count: int) -> list[str]:
    cabins = [await make_cabin(db, f"c{i}") for i in range(4)]
    start = monday_after(10)
    pool = await asyncpg.create_pool(database_url, min_size=20, max_size=20)
    try:
        holds = await asyncio.gather(
            *(
                place_hold(pool, RULES, cabins[i % 4].id, stay(start, 1, offset=i // 4), GUEST, 2)
                for i in range(count)
            )
        )
    finally:
        await pool.close()
    await db.execute("UPDATE reservations SET expires_at = now() - interval '1 minute'")
    return [h.code for h in holds]


async def test_two_expiry_jobs_at_once_expire_each_hold_exactly_once(database_url, db):
    codes = await _many_due_holds(database_url, db, 1200)  # more than one batch of 500
    notifier = RecordingNotifier()
    a = await asyncpg.create_pool(database_url, min_size=2, max_size=2)
    b = await asyncpg.create_pool(database_url, min_size=2, max_size=2)
    try:
        counts = await asyncio.gather(
            jobs.expire_holds(a, notifier), jobs.expire_holds(b, notifier)
        )
    finally:
        await a.close()
        await b.close()
    assert sum(counts) == 1200
    per_hold = await db.fetch(
        """SELECT reservation_id, count(*) AS n FROM reservation_events
           WHERE event = 'expired' GROUP BY reservation_id"""
    )
    assert len(per_hold) == 1200 and {row["n"] for row in per_hold} == {1}
    told = [d["reservation"].code for d in notifier.of("hold_expired")]
    assert sorted(told) == sorted(codes)
    assert (
        await db.fetchval(
            "SELECT count(*) FROM reservations WHERE reservation_status = 'pre_reserved'"
        )
        == 0
    )


async def test_two_reminder_jobs_at_once_remind_each_hold_once(database_url, db):
    await _many_due_holds(database_url, db, 600)
    await db.execute("UPDATE reservations SET expires_at = now() + interval '5 minutes'")
    notifier = RecordingNotifier()
    a = await asyncpg.create_pool(database_url, min_size=2, max_size=2)
    b = await asyncpg.create_pool(database_url, min_size=2, max_size=2)
    try:
        counts = await asyncio.gather(
            jobs.remind_holds(a, RULES, notifier), jobs.remind_holds(b, RULES, notifier)
        )
    finally:
        await a.close()
        await b.close()
    assert sum(counts) == 600
    reminded = [d["reservation"].code for d in notifier.of("hold_reminder")]
    assert len(reminded) == len(set(reminded)) == 600


async def test_a_round_is_skipped_while_another_instance_holds_the_lock(db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    await make_due(db, hold.code)
    notifier = RecordingNotifier()
    async with db.acquire() as other_instance:
        assert await other_instance.fetchval("SELECT pg_try_advisory_lock($1)", jobs.JOBS_LOCK_KEY)
        assert await jobs.run_round(db, RULES, notifier) is False
        assert notifier.calls == []
        await other_instance.execute("SELECT pg_advisory_unlock($1)", jobs.JOBS_LOCK_KEY)
    assert await jobs.run_round(db, RULES, notifier) is True
    assert len(notifier.of("hold_expired")) == 1


async def test_a_round_needs_only_one_connection(database_url, db):
    """DB_POOL_SIZE=1 must not deadlock the round, even if the notifier uses the database."""
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    await make_due(db, hold.code)
    async with asyncpg.create_pool(database_url, min_size=1, max_size=1) as tiny:
        seen = []

        async def hold_expired(*, reservation, **_):  # and the notice's queue key
            seen.append(await tiny.fetchval("SELECT reservation_status FROM reservations"))

        notifier = RecordingNotifier()
        notifier.hold_expired = hold_expired
        # wait_for only turns a deadlock into a failure instead of a hung suite.
        assert await asyncio.wait_for(jobs.run_round(tiny, RULES, notifier), 20) is True
    assert seen == ["expired"]


# ------------------------------------------------------------ session locks and the pool
# The pool skips asyncpg's reset query on release (booking.db): these show that a
# session-level advisory lock still never goes back to the pool with a connection.


async def _lock_is_free(database_url: str, key: int) -> bool:
    """Whether another session can take `key` (waiting briefly for a closed backend to go)."""
    other = await asyncpg.connect(database_url)
    try:
        for _ in range(40):
            if await other.fetchval("SELECT pg_try_advisory_lock($1)", key):
                await other.execute("SELECT pg_advisory_unlock($1)", key)
                return True
            await asyncio.sleep(0.05)
        return False
    finally:
        await other.close()


async def test_advisory_lock_is_released_before_the_connection_is_reused(database_url):
    pool = await booking_db.create_pool(database_url, 1)
    try:
        async with booking_db.advisory_lock(pool, 4242) as held:
            assert held and not await _lock_is_free(database_url, 4242)
        assert await _lock_is_free(database_url, 4242)
        # The same (only) connection, back from the pool, holds nothing either.
        async with pool.acquire() as conn:
            mine = (
                "SELECT count(*) FROM pg_locks"
                " WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
            )
            assert await conn.fetchval(mine) == 0
    finally:
        await pool.close()


async def test_a_lock_that_cannot_be_released_closes_its_connection(database_url):
    pool = await booking_db.create_pool(database_url, 1)
    try:
        async with pool.acquire() as conn:
            assert await conn.fetchval("SELECT pg_try_advisory_lock(4243)")
            transaction = conn.transaction()
            await transaction.start()
            with pytest.raises(asyncpg.DivisionByZeroError):
                await conn.execute("SELECT 1 / 0")
            # The unlock fails in the aborted transaction: the connection goes instead.
            with pytest.raises(asyncpg.InFailedSQLTransactionError):
                await booking_db.unlock_or_close(conn, 4243)
        assert await _lock_is_free(database_url, 4243)
        assert await pool.fetchval("SELECT 1") == 1  # the pool opens a fresh connection
    finally:
        await pool.close()
