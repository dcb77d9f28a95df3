"""Reconciliation: a lost notification still confirms; the admin refund route."""

from __future__ import annotations

from app import create_app
from health.auth import mint_admin_token
from tests import payments_helpers
from tests.conftest import make_settings
from tests.payments_helpers import Env, Notices, start_env, wait_for

env = payments_helpers.env  # shared fixtures
fake_mp = payments_helpers.fake_mp


async def test_lost_notification_is_recovered_by_reconciliation(env: Env):
    reservation = await env.hold()
    await env.gateway.link_for(reservation)
    unpaid = await env.hold(days_ahead=80, cabin=1)
    await env.gateway.link_for(unpaid)
    env.pay(reservation, "rejected")  # an earlier failed try, also never notified
    pid = env.pay(reservation)  # approved; its notification never arrives

    assert await env.gateway.reconcile() == 1
    searches = env.fake.calls("GET", "/v1/payments/search")
    assert {s.query["external_reference"] for s in searches} == {reservation.code, unpaid.code}
    assert await env.status(reservation.code) == "confirmed"
    assert await env.status(unpaid.code) == "pre_reserved"
    assert (await env.payment_row(pid))["outcome"] == "confirmed"
    [confirmed] = env.notices.of("payment_confirmed")
    assert confirmed["reservation"].code == reservation.code
    assert env.notices.of("payment_failed") == []

    # The confirmed stay is no longer searched; the late notification changes nothing.
    assert await env.gateway.reconcile() == 0
    assert [s.query["external_reference"] for s in env.fake.calls("GET", "/v1/payments/search")][
        -1
    ] == unpaid.code
    assert (await env.notify(pid)).status == 200
    assert len(env.notices.of("payment_confirmed")) == 1


async def test_reconciliation_finds_a_late_payment_after_the_hold_expired(env: Env):
    reservation = await env.hold()
    await env.gateway.link_for(reservation)
    env.pay(reservation)
    await env.db.execute(
        "UPDATE reservations SET reservation_status = 'expired',"
        " expires_at = now() - interval '1 hour'"
    )
    assert await env.gateway.reconcile() == 1
    assert await env.status(reservation.code) == "confirmed"
    assert len(env.notices.of("payment_confirmed")) == 1


async def test_reconciliation_with_mercado_pago_down_does_nothing_and_survives(env: Env):
    reservation = await env.hold()
    await env.gateway.link_for(reservation)
    env.pay(reservation)
    env.fake.down = True
    assert await env.gateway.reconcile() == 0
    assert await env.status(reservation.code) == "pre_reserved"
    env.fake.down = False
    assert await env.gateway.reconcile() == 1


async def test_reconciliation_job_runs_by_itself(
    aiohttp_client, database_url, redis_url, db, fake_mp
):
    env = await start_env(aiohttp_client, database_url, redis_url, db, fake_mp, 1)
    reservation = await env.hold()
    await env.gateway.link_for(reservation)
    env.pay(reservation)
    await wait_for(lambda: env.notices.of("payment_confirmed"))
    assert len(env.notices.of("payment_confirmed")) == 1


# ------------------------------------------------------------------ refunds


def admin(env: Env) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_admin_token(env.settings.jwt_secret)}"}


async def late_payment_needing_refund(env: Env, days_ahead: int = 40) -> str:
    """A payment for a stay cancelled meanwhile: booking marks it needs_refund."""
    reservation = await env.hold(days_ahead)
    pid = env.pay(reservation)
    await env.db.execute(
        "UPDATE reservations SET reservation_status = 'cancelled' WHERE code = $1", reservation.code
    )
    assert (await env.notify(pid)).status == 200
    assert (await env.payment_row(pid))["outcome"] == "needs_refund"
    return pid


async def test_refund_route_needs_an_admin_token(env: Env):
    response = await env.client.post("/api/v1/admin/payments/123/refund")
    assert response.status == 401
    assert env.fake.calls("POST", "/v1/payments/") == []


async def test_refunds_are_off_unless_the_setting_is_on(env: Env):
    pid = await late_payment_needing_refund(env)
    response = await env.client.post(f"/api/v1/admin/payments/{pid}/refund", headers=admin(env))
    assert response.status == 403
    assert (await response.json())["error"] == "refunds_disabled"
    assert env.fake.calls("POST", f"/v1/payments/{pid}/refunds") == []


async def refunds_env(aiohttp_client, database_url, redis_url, db, fake_mp) -> Env:
    fake, base = fake_mp
    settings = make_settings(
        database_url=database_url,
        redis_url=redis_url,
        mercadopago_access_token=fake.token,
        mercadopago_api_base=base,
        mercadopago_refunds_enabled=True,
        job_expire_interval_seconds=3600,
    )
    notices = Notices()
    client = await aiohttp_client(create_app(settings, notices.notifier()))
    return Env(client, db, fake, notices, settings)


async def test_refund_calls_mercado_pago_once_with_an_idempotency_key(
    aiohttp_client, database_url, redis_url, db, fake_mp
):
    env = await refunds_env(aiohttp_client, database_url, redis_url, db, fake_mp)
    pid = await late_payment_needing_refund(env)
    # The owner's notice says how to refund, now that the route is on.
    [notice] = env.notices.of("owner_notice")
    assert f"/api/v1/admin/payments/{pid}/refund" in notice["text"]

    url = f"/api/v1/admin/payments/{pid}/refund"
    first = await env.client.post(url, headers=admin(env))
    assert first.status == 200
    body = await first.json()
    assert body["payment_id"] == pid and body["refund_status"] == "approved"
    again = await env.client.post(url, headers=admin(env))  # a double click
    assert again.status in (200, 409)
    calls = env.fake.calls("POST", f"/v1/payments/{pid}/refunds")
    assert calls[0].headers["X-Idempotency-Key"]
    assert {c.headers["X-Idempotency-Key"] for c in calls} == {
        calls[0].headers["X-Idempotency-Key"]
    }
    assert len(env.fake.refunds) == 1
    # The payment is fetched after the refund: recorded, the owner told, at once.
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"], row["refunded_cents"]) == (
        "refunded", "refunded", row["amount_cents"],
    )  # fmt: skip
    assert body["refunded_cents"] == row["amount_cents"]
    assert "devuelto" in env.notices.of("owner_notice")[-1]["text"]

    # Mercado Pago's notification of the refund then changes nothing.
    owner_notices = len(env.notices.of("owner_notice"))
    assert (await env.notify(pid)).status == 200
    assert len(env.notices.of("owner_notice")) == owner_notices


async def test_refund_refusals(aiohttp_client, database_url, redis_url, db, fake_mp):
    env = await refunds_env(aiohttp_client, database_url, redis_url, db, fake_mp)
    missing = await env.client.post("/api/v1/admin/payments/999/refund", headers=admin(env))
    assert missing.status == 404
    reservation = await env.hold()
    pending = env.pay(reservation, "pending")
    assert (await env.notify(pending)).status == 200
    response = await env.client.post(f"/api/v1/admin/payments/{pending}/refund", headers=admin(env))
    assert response.status == 409
    pid = await late_payment_needing_refund(env, days_ahead=70)
    env.fake.down = True
    down = await env.client.post(f"/api/v1/admin/payments/{pid}/refund", headers=admin(env))
    assert down.status == 503
    bad = await env.client.post(
        f"/api/v1/admin/payments/{pid}/refund", headers=admin(env), json={"amount_cents": -5}
    )
    assert bad.status == 400
