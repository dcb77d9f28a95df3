"""Refunds on the payment row: partial ones (status stays `approved`), totals, the admin view."""

from __future__ import annotations

import asyncio
from pathlib import Path

from booking.mercadopago import Payment
from health.auth import mint_admin_token
from tests import payments_helpers
from tests.payments_helpers import Env
from tests.test_payments_reconcile import refunds_env

env = payments_helpers.env  # shared fixtures
fake_mp = payments_helpers.fake_mp


def admin(env: Env) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_admin_token(env.settings.jwt_secret)}"}


async def paid(env: Env, days_ahead: int = 40) -> tuple[str, int]:
    """A confirmed stay's deposit: (payment id, deposit in centavos)."""
    reservation = await env.hold(days_ahead)
    pid = env.pay(reservation)
    assert (await env.notify(pid)).status == 200
    assert (await env.payment_row(pid))["outcome"] == "confirmed"
    return pid, reservation.deposit_cents


def partial_notices(env: Env) -> list[str]:
    texts = [n["text"] for n in env.notices.of("owner_notice")]
    return [text for text in texts if "Devolución parcial" in text]


def test_the_refunded_total_is_read_from_the_payment():
    body = {"id": 1, "status": "approved", "transaction_amount": 450.5}
    assert Payment.from_json(body | {"transaction_amount_refunded": 100.25}).refunded_cents == 10025
    assert Payment.from_json(body).refunded_cents == 0
    # `refunded` is all of it, even where the total is missing.
    assert Payment.from_json(body | {"status": "refunded"}).refunded_cents == 45050


async def test_a_partial_refund_is_recorded_and_told_once(env: Env):
    pid, deposit = await paid(env)
    env.fake.refund_part(pid, deposit / 100 / 4)  # from the seller's Mercado Pago account

    responses = await asyncio.gather(*(env.notify(pid) for _ in range(5)))

    assert [r.status for r in responses] == [200] * 5
    row = await env.payment_row(pid)
    assert (row["status"], row["status_detail"]) == ("approved", "partially_refunded")
    assert row["refunded_cents"] == deposit // 4 and row["amount_cents"] == deposit
    # The approval stays settled: not read again as a second deposit.
    assert row["outcome"] == "confirmed"
    [notice] = partial_notices(env)
    assert pid in notice and "La reserva no cambió: no tenés que hacer nada" in notice
    assert len(env.notices.of("owner_notice")) == 1
    assert len(env.notices.of("payment_confirmed")) == 1


async def test_refunds_add_up_and_never_go_back(env: Env):
    pid, deposit = await paid(env)
    env.fake.refund_part(pid, deposit / 100 / 4)
    assert (await env.notify(pid)).status == 200
    stale = dict(env.fake.payments[pid])  # the partial state, fetched again later

    env.fake.refund_part(pid, deposit / 100 / 4)
    for _ in range(2):
        assert (await env.notify(pid)).status == 200
    assert (await env.payment_row(pid))["refunded_cents"] == deposit // 2
    assert len(partial_notices(env)) == 2  # one per refund, not per delivery

    env.fake.refund_part(pid, deposit / 100 / 2)  # the rest: now `refunded`
    assert (await env.notify(pid)).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["refunded_cents"], row["outcome"]) == (
        "refunded",
        deposit,
        "refunded",
    )

    env.fake.payments[pid] = stale  # an out-of-order fetch of an older state
    assert (await env.notify(pid)).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["refunded_cents"]) == ("refunded", deposit)
    assert len(partial_notices(env)) == 2


async def test_the_admin_sees_the_refunded_amount_and_can_refund_part(
    aiohttp_client, database_url, redis_url, db, fake_mp
):
    env = await refunds_env(aiohttp_client, database_url, redis_url, db, fake_mp)
    pid, deposit = await paid(env)
    view = await env.client.get(f"/api/v1/admin/payments/{pid}", headers=admin(env))
    assert view.status == 200
    assert (await view.json())["refunded_cents"] == 0

    response = await env.client.post(
        f"/api/v1/admin/payments/{pid}/refund", headers=admin(env), json={"amount_cents": 1000_00}
    )

    assert response.status == 200
    body = await response.json()
    assert (body["status"], body["amount_cents"], body["refunded_cents"]) == (
        "approved",
        deposit,
        1000_00,
    )
    assert body["outcome"] == "confirmed" and body["refund_status"] == "approved"
    view = await (await env.client.get(f"/api/v1/admin/payments/{pid}", headers=admin(env))).json()
    assert view["refunded_cents"] == 1000_00 and view["reservation_code"]
    # Mercado Pago's own notification of it changes nothing more.
    assert (await env.notify(pid)).status == 200
    assert len(partial_notices(env)) == 1
    too_much = await env.client.post(
        f"/api/v1/admin/payments/{pid}/refund", headers=admin(env), json={"amount_cents": deposit}
    )
    assert too_much.status == 400  # only deposit - 1000_00 is left
    # The rest, without an amount: the payment is refunded in full.
    rest = await env.client.post(f"/api/v1/admin/payments/{pid}/refund", headers=admin(env))
    body = await rest.json()
    assert (body["status"], body["refunded_cents"]) == ("refunded", deposit)
    missing = await env.client.get("/api/v1/admin/payments/999", headers=admin(env))
    assert missing.status == 404
    assert (await env.client.get(f"/api/v1/admin/payments/{pid}")).status == 401


async def test_the_migration_backfills_rows_stored_before_it(env: Env):
    partial, deposit = await paid(env)
    env.fake.refund_part(partial, deposit / 100 / 4)
    assert (await env.notify(partial)).status == 200
    full, _ = await paid(env, days_ahead=60)
    env.fake.set_status(full, "refunded")
    assert (await env.notify(full)).status == 200
    await env.db.execute("UPDATE payments SET refunded_cents = 0")  # as before 008

    migration = (Path(__file__).parent.parent / "sql" / "008_payment_refunds.sql").read_text()
    await env.db.execute(migration[migration.index("UPDATE payments") :])

    assert (await env.payment_row(partial))["refunded_cents"] == deposit // 4
    assert (await env.payment_row(full))["refunded_cents"] == deposit
