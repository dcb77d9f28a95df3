"""whatsapp_recorded() (sql/007, PL/pgSQL since sql/015): a send's early statuses,
the furthest one and a failure's errors, read back under any mix of them."""

from __future__ import annotations

import json

import asyncpg
import pytest


async def _status(conn: asyncpg.Connection, wamid: str, status: str, **extra: object) -> None:
    payload = {"id": wamid, "status": status, **extra}
    await conn.execute(
        "INSERT INTO inbound_events (provider, event_id, kind, sender, payload, state)"
        " VALUES ('whatsapp', $1, 'status', '5492944000001', $2::jsonb, 'done')",
        f"status:{wamid}:{status}",
        json.dumps(payload),
    )


FURTHEST = [
    ([], None),
    (["sent"], "sent"),
    (["delivered", "sent"], "delivered"),
    (["read", "sent", "delivered"], "read"),
    (["sent", "failed"], "failed"),
    (["read", "failed", "delivered"], "failed"),
]


@pytest.mark.parametrize(("statuses", "furthest"), FURTHEST)
async def test_the_furthest_status_of_a_send_is_read_back(db, statuses, furthest) -> None:
    errors = [{"code": 131026, "title": "Message undeliverable"}]
    async with db.acquire() as conn:
        for status in statuses:
            await _status(
                conn, "wamid.ours", status, **({"errors": errors} if status == "failed" else {})
            )
        await _status(conn, "wamid.other", "failed", errors=[{"code": 1}])  # another send's
        row = await conn.fetchrow("SELECT * FROM whatsapp_recorded($1)", "wamid.ours")
    assert row["status"] == furthest
    if furthest == "failed":
        assert json.loads(row["error"]) == errors
    else:
        assert row["error"] is None
