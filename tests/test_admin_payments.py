"""The admin's view of a reservation's payments, and refunds made through the admin API.

Over HTTP with an admin token, against the real PostgreSQL and the fake Mercado Pago.
"""

from __future__ import annotations

import asyncio

from tests import payments_helpers
from tests.payments_helpers import Env
from tests.test_payments_reconcile import refunds_env
from tests.test_payments_refunds import admin

fake_mp = payments_helpers.fake_mp  # shared fixture


async def test_the_reservation_detail_lists_its_payments(
    aiohttp_client, database_url, redis_url, db, fake_mp
):
    env: Env = await refunds_env(aiohttp_client, database_url, redis_url, db, fake_mp)
    reservation = await env.hold()
    deposit = reservation.deposit_cents
    short = env.pay(reservation, amount=deposit / 100 - 1000)  # flagged, not confirming
    assert (await env.notify(short)).status == 200
    good = env.pay(reservation)
    assert (await env.notify(good)).status == 200
    refund = await env.client.post(
        f"/api/v1/admin/payments/{good}/refund", headers=admin(env), json={"amount_cents": 500_00}
    )
    assert refund.status == 200

    response = await env.client.get(f"/api/v1/reservations/{reservation.code}", headers=admin(env))
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "confirmed" and body["events"]
    assert [
        (p["payment_id"], p["status"], p["amount_cents"], p["refunded_cents"], p["outcome"])
        for p in body["payments"]
    ] == [
        (short, "approved", deposit - 1000_00, 0, "flagged"),
        (good, "approved", deposit, 500_00, "confirmed"),
    ]
    assert all(p["currency"] == "ARS" and p["status_detail"] for p in body["payments"])
    assert body["payments"][1]["status_detail"] == "partially_refunded"

    # A hold nobody paid lists none.
    other = await env.hold(days_ahead=60)
    unpaid = await env.client.get(f"/api/v1/reservations/{other.code}", headers=admin(env))
    assert (await unpaid.json())["payments"] == []


# ------------------------------------------------------------------ refunds


async def refund(env: Env, pid: str, amount: int | None, key: str | None = None):
    headers = admin(env) | ({"Idempotency-Key": key} if key is not None else {})
    body = {"amount_cents": amount} if amount is not None else None
    return await env.client.post(f"/api/v1/admin/payments/{pid}/refund", headers=headers, json=body)


async def paid_env(aiohttp_client, database_url, redis_url, db, fake_mp) -> tuple[Env, str]:
    env: Env = await refunds_env(aiohttp_client, database_url, redis_url, db, fake_mp)
    reservation = await env.hold()
    pid = env.pay(reservation)
    assert (await env.notify(pid)).status == 200
    return env, pid


def refunds_at_mp(env: Env, pid: str) -> list[float]:
    return [r["amount"] for r in env.fake.payments[pid]["refunds"]]


async def test_two_refunds_of_the_same_amount_with_their_own_keys_are_two(
    aiohttp_client, database_url, redis_url, db, fake_mp
):
    env, pid = await paid_env(aiohttp_client, database_url, redis_url, db, fake_mp)

    first = await refund(env, pid, 500_00, key="owner-refund-1")
    assert first.status == 200
    # The same request again (a lost answer retried, a double click): the same refund.
    again = await asyncio.gather(*(refund(env, pid, 500_00, "owner-refund-1") for _ in range(2)))
    assert [r.status for r in again] == [200, 200]
    ids = {(await r.json())["refund_id"] for r in (first, *again)}
    assert len(ids) == 1 and refunds_at_mp(env, pid) == [500.0]

    # A genuine second refund of the same amount, with its own key, is made.
    second = await refund(env, pid, 500_00, key="owner-refund-2")
    assert second.status == 200
    body = await second.json()
    assert body["refund_id"] not in ids and body["refunded_cents"] == 1000_00
    assert refunds_at_mp(env, pid) == [500.0, 500.0]


async def test_without_a_key_a_double_click_is_one_refund_and_a_repeat_is_refused(
    aiohttp_client, database_url, redis_url, db, fake_mp
):
    env, pid = await paid_env(aiohttp_client, database_url, redis_url, db, fake_mp)

    clicks = await asyncio.gather(*(refund(env, pid, 300_00) for _ in range(2)))
    assert {r.status for r in clicks} <= {200, 409} and clicks[0].status == 200
    assert refunds_at_mp(env, pid) == [300.0]

    # The same amount again without a key may be a repeat: refused, nothing refunded,
    # and the answer says how to make a second one.
    repeat = await refund(env, pid, 300_00)
    assert repeat.status == 409
    answer = await repeat.json()
    assert answer["error"] == "refund_may_repeat" and "Idempotency-Key" in answer["detail"]
    assert refunds_at_mp(env, pid) == [300.0]
    # Another amount needs no key; a key makes the same amount again.
    assert (await refund(env, pid, 200_00)).status == 200
    assert (await refund(env, pid, 300_00, key="second-300")).status == 200
    assert refunds_at_mp(env, pid) == [300.0, 200.0, 300.0]
    row = await env.payment_row(pid)
    assert row["refunded_cents"] == 800_00
    assert (await refund(env, pid, 100_00, key=" ")).status == 400
