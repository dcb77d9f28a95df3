"""The admin's view of a reservation's payments, and refunds made through the admin API.

Over HTTP with an admin token, against the real PostgreSQL and the fake Mercado Pago.
"""

from __future__ import annotations

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
