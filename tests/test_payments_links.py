"""Payment links: the Checkout Pro preference, and Mercado Pago being down when a hold is placed."""

from __future__ import annotations

import datetime as dt

from booking import holds
from booking.models import BookingRules
from tests import payments_helpers
from tests.payments_helpers import Env, start_env, wait_for

env = payments_helpers.env  # shared fixtures
fake_mp = payments_helpers.fake_mp


async def test_link_is_a_preference_exactly_as_mercado_pago_expects(env: Env):
    reservation = await env.hold()
    url = await env.gateway.link_for(reservation)

    [call] = env.fake.calls("POST", "/checkout/preferences")
    assert url == env.fake.preferences[next(iter(env.fake.preferences))]["init_point"]
    assert url.startswith("https://www.mercadopago.com.ar/checkout/v1/redirect?pref_id=")
    assert call.headers["Authorization"] == f"Bearer {env.fake.token}"
    assert call.headers["X-Idempotency-Key"] == (
        f"{reservation.code}:{reservation.check_in:%Y%m%d}-{reservation.check_out:%Y%m%d}"
    )
    body = call.body
    [item] = body["items"]
    assert item["quantity"] == 1 and item["currency_id"] == "ARS"
    assert item["unit_price"] == reservation.deposit_cents / 100
    assert isinstance(item["unit_price"], float)
    assert reservation.cabin_name in item["title"]
    assert f"{reservation.check_in:%d/%m/%Y}" in item["description"]
    assert f"{reservation.check_out:%d/%m/%Y}" in item["description"]
    assert body["external_reference"] == reservation.code
    assert body["notification_url"] == (
        "http://cabanas.test/api/v1/webhooks/mercadopago?source_news=webhooks"
    )
    assert set(body["back_urls"]) == {"success", "failure", "pending"}
    assert all(u.startswith("http://cabanas.test/") for u in body["back_urls"].values())
    assert body["auto_return"] == "approved"
    assert body["binary_mode"] is True and body["expires"] is True
    # The link dies with the hold, written with the property's -03:00 offset.
    assert body["expiration_date_to"].endswith("-03:00")
    assert body["expiration_date_from"].endswith("-03:00")
    expires_to = dt.datetime.fromisoformat(body["expiration_date_to"])
    assert abs(expires_to - reservation.expires_at) < dt.timedelta(milliseconds=1)
    assert dt.datetime.fromisoformat(body["expiration_date_from"]) < expires_to

    row = await env.db.fetchrow(
        "SELECT state, preference_id, init_point FROM payment_links WHERE code = $1",
        reservation.code,
    )
    assert row["state"] == "ready" and row["init_point"] == url
    assert row["preference_id"] in env.fake.preferences

    # Asking again (the guest wants the link once more) reuses it.
    assert await env.gateway.link_for(reservation) == url
    assert len(env.fake.calls("POST", "/checkout/preferences")) == 1


async def test_a_hold_moved_to_other_dates_gets_a_link_for_its_new_deposit(env: Env):
    # holds.change_hold_dates drops the link of the old stay: the old preference charged
    # the old deposit, and its idempotency key (code and stay) would replay it.
    reservation = await env.hold()
    old_url = await env.gateway.link_for(reservation)
    rules = BookingRules.from_settings(env.settings)
    longer = await holds.change_hold_dates(
        env.db, reservation.code, reservation.check_in,
        reservation.check_out + dt.timedelta(days=2), rules=rules,
    )  # fmt: skip
    assert longer.deposit_cents > reservation.deposit_cents
    new_url = await env.gateway.link_for(longer)
    assert new_url and new_url != old_url
    first, second = env.fake.calls("POST", "/checkout/preferences")
    assert first.headers["X-Idempotency-Key"] != second.headers["X-Idempotency-Key"]
    [item] = second.body["items"]
    assert item["unit_price"] == longer.deposit_cents / 100
    assert f"{longer.check_out:%d/%m/%Y}" in item["description"]
    assert await env.gateway.link_for(longer) == new_url  # kept, as any hold's link


async def test_mercado_pago_down_link_sent_later_and_hold_extended_once(env: Env):
    reservation = await env.hold()
    env.fake.down = True
    assert await env.gateway.link_for(reservation) is None
    assert len(env.fake.calls("POST", "/checkout/preferences")) == 2  # one try and one retry
    row = await env.db.fetchrow("SELECT * FROM payment_links WHERE code = $1", reservation.code)
    assert row["state"] == "pending" and row["attempts"] == 1 and row["last_error"]

    # Still down: the job tries again later, nothing is sent, the hold is untouched.
    await env.db.execute("UPDATE payment_links SET next_attempt_at = now()")
    assert await env.gateway.retry_pending_links() == 0
    assert env.notices.of("payment_link_ready") == []
    assert (
        await env.db.fetchval(
            "SELECT expires_at FROM reservations WHERE code = $1", reservation.code
        )
        == reservation.expires_at
    )

    # Back up: the link is created, the hold extended once, the guest told.
    env.fake.down = False
    await env.db.execute("UPDATE payment_links SET next_attempt_at = now()")
    assert await env.gateway.retry_pending_links() == 1
    [ready] = env.notices.of("payment_link_ready")
    pref = next(iter(env.fake.preferences.values()))
    assert ready["url"] == pref["init_point"]
    assert ready["reservation"].code == reservation.code
    ttl = dt.timedelta(minutes=env.settings.pre_reservation_ttl_minutes)
    new_expiry = ready["reservation"].expires_at
    assert (
        ttl - dt.timedelta(seconds=5)
        < new_expiry - reservation.expires_at
        <= ttl + dt.timedelta(seconds=5)
    )
    # The link lives as long as the extended hold.
    assert abs(dt.datetime.fromisoformat(pref["expiration_date_to"]) - new_expiry) < dt.timedelta(
        seconds=5
    )
    link = await env.db.fetchrow("SELECT * FROM payment_links WHERE code = $1", reservation.code)
    assert link["state"] == "ready" and link["hold_extended"] is True
    events = await env.db.fetch(
        """SELECT e.event FROM reservation_events e JOIN reservations r ON r.id = e.reservation_id
           WHERE r.code = $1 AND e.event = 'extended'""",
        reservation.code,
    )
    assert len(events) == 1

    # Nothing more happens on later rounds: one link, one extension, one message.
    await env.db.execute("UPDATE payment_links SET next_attempt_at = now()")
    assert await env.gateway.retry_pending_links() == 0
    assert len(env.notices.of("payment_link_ready")) == 1
    assert await env.gateway.link_for(reservation) == ready["url"]
    assert (
        await env.db.fetchval(
            "SELECT expires_at FROM reservations WHERE code = $1", reservation.code
        )
        == new_expiry
    )


async def test_pending_link_of_an_expired_hold_is_abandoned(env: Env):
    reservation = await env.hold()
    env.fake.down = True
    assert await env.gateway.link_for(reservation) is None
    env.fake.down = False
    await env.db.execute("UPDATE reservations SET expires_at = now() - interval '1 minute'")
    await env.db.execute("UPDATE payment_links SET next_attempt_at = now()")
    assert await env.gateway.retry_pending_links() == 0
    assert env.notices.of("payment_link_ready") == []
    assert await env.db.fetchval("SELECT state FROM payment_links") == "abandoned"


async def test_retry_job_runs_by_itself(aiohttp_client, database_url, redis_url, db, fake_mp):
    """The periodic job (not a test calling it) sends the link once Mercado Pago is back."""
    env = await start_env(aiohttp_client, database_url, redis_url, db, fake_mp, 1)
    reservation = await env.hold()
    env.fake.down = True
    assert await env.gateway.link_for(reservation) is None
    env.fake.down = False
    await wait_for(lambda: env.notices.of("payment_link_ready"))
    assert len(env.notices.of("payment_link_ready")) == 1
