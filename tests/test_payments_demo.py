"""Demo mode end to end over real HTTP: checkout page → signed notification → fetch → confirmed."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from app import create_app
from appkeys import PAYMENTS
from booking.notices import pesos
from embedded import free_port
from health.auth import mint_admin_token
from tests import payments_helpers
from tests.conftest import make_settings
from tests.payments_helpers import Env, Notices, hold, wait_for

env = payments_helpers.env  # shared fixtures
fake_mp = payments_helpers.fake_mp


@pytest.fixture
async def demo(aiohttp_server: Any, database_url: str, redis_url: str) -> Any:
    """The app serving on a known port, PUBLIC_BASE_URL pointing at it, no MP credentials."""
    port = free_port()
    settings = make_settings(
        database_url=database_url,
        redis_url=redis_url,
        public_base_url=f"http://127.0.0.1:{port}",
        mercadopago_access_token=None,
        mercadopago_refunds_enabled=True,
        job_expire_interval_seconds=3600,
    )
    assert settings.mercadopago_demo
    notices = Notices()
    app = create_app(settings, notices.notifier())
    await aiohttp_server(app, port=port)
    async with aiohttp.ClientSession() as browser:
        yield app, settings, notices, browser


async def test_demo_checkout_completes_a_booking_end_to_end(demo, db):
    app, settings, notices, browser = demo
    reservation = await hold(db, settings)

    url = await app[PAYMENTS].link_for(reservation)
    assert url == f"{settings.public_base_url}/demo/checkout/{reservation.code}"

    async with browser.get(url) as page:
        assert page.status == 200
        assert page.content_type == "text/html"
        html = await page.text()
    assert reservation.cabin_name in html and reservation.code in html
    assert pesos(reservation.deposit_cents) in html
    assert f"{reservation.check_in:%d/%m/%Y}" in html
    assert ">Pagar<" in html and ">Rechazar<" in html

    # "Rechazar": a rejected payment, notified and fetched like the real thing.
    async with browser.post(url, data={"action": "reject"}) as page:
        assert page.status == 200
        assert "rechazado" in await page.text()
    [failed] = notices.of("payment_failed")
    assert failed["url"] == url
    assert failed["reservation"].status == "pre_reserved"

    # "Pagar": approved → the webhook confirms the stay.
    async with browser.post(url, data={"action": "pay"}) as page:
        assert page.status == 200
        assert "¡Pago aprobado!" in await page.text()
    status = await db.fetchval(
        "SELECT reservation_status FROM reservations WHERE code = $1", reservation.code
    )
    assert status == "confirmed"
    [confirmed] = notices.of("payment_confirmed")
    assert confirmed["reservation"].code == reservation.code

    # It went through the real path: signed webhook, inbox, fetch from the stand-in.
    events = await db.fetch("SELECT state, sender FROM inbound_events ORDER BY id")
    assert [e["state"] for e in events] == ["done", "done"]
    rows = await db.fetch(
        "SELECT provider_payment_id, status, outcome, amount_cents FROM payments ORDER BY id"
    )
    assert [(r["status"], r["outcome"]) for r in rows] == [
        ("rejected", "failed"),
        ("approved", "confirmed"),
    ]
    assert rows[1]["amount_cents"] == reservation.deposit_cents
    assert [e["sender"] for e in events] == [r["provider_payment_id"] for r in rows]

    async with browser.get(
        f"{settings.public_base_url}/demo/mp/v1/payments/search",
        params={"external_reference": reservation.code},
    ) as search:
        results = (await search.json())["results"]
    assert sorted(r["status"] for r in results) == ["approved", "rejected"]

    # The link is spent: the page says so, and a second "Pagar" charges nothing.
    async with browser.get(url) as page:
        assert "ya está confirmada" in await page.text()
    async with browser.post(url, data={"action": "pay"}) as page:
        assert "ya está confirmada" in await page.text()
    assert await db.fetchval("SELECT count(*) FROM demo_payments") == 2
    assert len(notices.of("payment_confirmed")) == 1


async def test_demo_refund_goes_through_the_stand_in_and_comes_back_notified(demo, db):
    app, settings, notices, browser = demo
    reservation = await hold(db, settings)
    url = await app[PAYMENTS].link_for(reservation)
    async with browser.post(url, data={"action": "pay"}) as page:
        assert page.status == 200
    pid = await db.fetchval("SELECT provider_payment_id FROM payments")
    token = mint_admin_token(settings.jwt_secret)
    async with browser.post(
        f"{settings.public_base_url}/api/v1/admin/payments/{pid}/refund",
        headers={"Authorization": f"Bearer {token}"},
    ) as response:
        assert response.status == 200
    await wait_for(lambda: notices.of("owner_notice"))
    status = await db.fetchval("SELECT status FROM payments WHERE provider_payment_id = $1", pid)
    assert status == "refunded"


async def test_a_forged_demo_notification_is_refused(demo, db):
    _app, settings, notices, browser = demo
    reservation = await hold(db, settings)
    async with browser.post(
        f"{settings.public_base_url}/api/v1/webhooks/mercadopago?data.id=90000000001&type=payment",
        json={"type": "payment", "data": {"id": "90000000001"}},
        headers={"x-signature": "ts=1,v1=deadbeef", "x-request-id": "x"},
    ) as response:
        assert response.status == 401
    assert notices.events == []
    assert await db.fetchval("SELECT count(*) FROM inbound_events") == 0
    status = await db.fetchval(
        "SELECT reservation_status FROM reservations WHERE code = $1", reservation.code
    )
    assert status == "pre_reserved"


async def test_demo_routes_do_not_exist_with_real_credentials(env: Env):
    reservation = await env.hold()
    response = await env.client.get(f"/demo/checkout/{reservation.code}")
    assert response.status == 404
    response = await env.client.get("/demo/mp/v1/payments/90000000001")
    assert response.status == 404


async def test_checkout_return_page_never_confirms(env: Env):
    reservation = await env.hold()
    response = await env.client.get(f"/checkout/return/{reservation.code}?result=success")
    assert response.status == 200
    assert "WhatsApp" in await response.text()
    assert await env.status(reservation.code) == "pre_reserved"
