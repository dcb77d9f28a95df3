"""The inbox worker's batched statements (sql/009, sql/014) at the SQL level: which
guests a claim takes, which locks stay with the claiming session, and what done releases."""

from __future__ import annotations

import json

import asyncpg

from bot.inbox import GUEST_LOCK, Q
from bot.recording import ARRIVAL_LOCK


async def _pending(conn: asyncpg.Connection, sender: str, n: int, **columns: object) -> int:
    extra = ", ".join(f"{k} = ${i + 3}" for i, k in enumerate(columns))
    row_id = await conn.fetchval(
        "INSERT INTO inbound_events (provider, event_id, kind, sender, payload)"
        " VALUES ('whatsapp', $1, 'message', $2, '{}') RETURNING id",
        f"wamid.{sender}.{n}",
        sender,
    )
    if extra:
        await conn.execute(
            f"UPDATE inbound_events SET {extra} WHERE event_id = $1 AND sender = $2",
            f"wamid.{sender}.{n}",
            sender,
            *columns.values(),
        )
    return row_id


async def _guest_locks(conn: asyncpg.Connection, lane_pid: int) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = $1"
        " AND classid = $2::oid",
        lane_pid,
        GUEST_LOCK,
    )


async def _arrival_locks(conn: asyncpg.Connection) -> int:
    return await conn.fetchval(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid",
        ARRIVAL_LOCK,
    )


async def test_a_batch_claims_each_due_guest_once_and_holds_only_their_locks(db):
    async with db.acquire() as lane, db.acquire() as other, db.acquire() as recorder:
        lane_pid = await lane.fetchval("SELECT pg_backend_pid()")
        two = [await _pending(lane, "two", n) for n in range(2)]  # oldest first, one more
        one = await _pending(lane, "one", 0)
        await _pending(lane, "taken", 0)  # another worker answers this guest
        await other.execute("SELECT pg_advisory_lock($1, hashtext('taken'))", GUEST_LOCK)
        await _pending(lane, "arriving", 0)  # a message of it is being recorded
        arriving = recorder.transaction()
        await arriving.start()
        await recorder.execute(
            "SELECT pg_advisory_xact_lock_shared($1, hashtext('arriving'))", ARRIVAL_LOCK
        )
        await _pending(lane, "later", 0, next_attempt_at=None)
        await lane.execute(
            "UPDATE inbound_events SET next_attempt_at = now() + interval '1 hour'"
            " WHERE sender = 'later'"
        )
        try:
            senders = ["two", "one", "taken", "arriving", "later", "nobody"]
            rows = await lane.fetch(Q["claim_many"], senders, GUEST_LOCK, ARRIVAL_LOCK)
            claimed = {row["sender"]: (row["id"], row["more"]) for row in rows}
            assert claimed == {"two": (two[0], True), "one": (one, False)}
            assert json.loads(rows[0]["payload"]) == {}
            # Only the claimed guests' locks stay with the lane; no arrival lock is left.
            assert await _guest_locks(lane, lane_pid) == 2
            assert await _arrival_locks(lane) == 1  # the recorder's own, shared
        finally:
            await arriving.rollback()
            await other.execute("SELECT pg_advisory_unlock($1, hashtext('taken'))", GUEST_LOCK)

        ids, done_senders = [two[0], one], ["two", "one"]
        nulls = [None, None]
        rows = await lane.fetch(Q["done_many"], ids, done_senders, GUEST_LOCK, nulls, nulls, nulls)
        assert sorted(row["id"] for row in rows) == sorted(ids)
        assert all(row["age_seconds"] >= 0 for row in rows)
        assert await _guest_locks(lane, lane_pid) == 0
        states = dict(await lane.fetch("SELECT id, state FROM inbound_events"))
        assert states[two[0]] == states[one] == "done" and states[two[1]] == "pending"

        # Next round: the guest's second message, and the guest recorded meanwhile.
        rows = await lane.fetch(Q["claim_many"], ["two", "arriving"], GUEST_LOCK, ARRIVAL_LOCK)
        assert {row["sender"]: row["id"] for row in rows} == {
            "two": two[1],
            "arriving": await lane.fetchval(
                "SELECT id FROM inbound_events WHERE sender = 'arriving'"
            ),
        }
        assert await _guest_locks(lane, lane_pid) == 2
        await lane.execute("SELECT pg_advisory_unlock_all()")
