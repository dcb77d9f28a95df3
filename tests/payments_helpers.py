"""Shared pieces of the Mercado Pago tests: the fake's server, the app, holds, signed posts."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import pytest
from aiohttp.test_utils import TestClient

from app import create_app
from appkeys import PAYMENTS
from booking.demo import seed_demo
from booking.holds import place_hold
from booking.mercadopago import sign_notification
from booking.models import BookingRules, Guest, Reservation, Stay
from booking.notify import Notifier
from booking.payments import PaymentGateway
from settings import Settings
from tests.conftest import make_settings
from tests.fakes.mercadopago import FakeMercadoPago, notification_body

SECRET = "mp-test-secret"  # make_settings' mercadopago_webhook_secret
WEBHOOK = "/api/v1/webhooks/mercadopago"
GUEST = Guest("Lucía", "5492944111111")
OTHER_GUEST = Guest("Martín", "5492944222222")


@dataclass
class Notices:
    """Every notifier event, in order."""

    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def notifier(self) -> Notifier:
        def record(name: str) -> Any:
            async def callback(**details: Any) -> None:
                self.events.append((name, details))

            return callback

        return Notifier(**{name: record(name) for name in Notifier.__dataclass_fields__})

    def of(self, name: str) -> list[dict[str, Any]]:
        return [details for event, details in self.events if event == name]


@dataclass
class Env:
    """The app under test, its database, the fake Mercado Pago and what was notified."""

    client: TestClient
    db: asyncpg.Pool
    fake: FakeMercadoPago
    notices: Notices
    settings: Settings

    @property
    def gateway(self) -> PaymentGateway:
        return self.client.app[PAYMENTS]

    async def hold(self, days_ahead: int = 40, cabin: int = 0, guest: Guest = GUEST) -> Reservation:
        return await hold(self.db, self.settings, days_ahead, cabin, guest)

    def pay(self, reservation: Reservation, status: str = "approved", **kw: Any) -> str:
        amount = kw.pop("amount", reservation.deposit_cents / 100)
        return self.fake.add_payment(reservation.code, status, amount, **kw)

    async def notify(self, payment_id: str, **kw: Any) -> Any:
        return await signed_post(self.client, payment_id, **kw)

    async def payment_row(self, payment_id: str) -> asyncpg.Record | None:
        return await self.db.fetchrow(
            "SELECT * FROM payments WHERE provider_payment_id = $1", payment_id
        )

    async def status(self, code: str) -> str:
        return await self.db.fetchval(
            "SELECT reservation_status FROM reservations WHERE code = $1", code
        )


async def cabin_ids(db: asyncpg.Pool) -> list[int]:
    async with db.acquire() as conn:
        await seed_demo(conn)
        return [row["id"] for row in await conn.fetch("SELECT id FROM accommodations ORDER BY id")]


async def hold(
    db: asyncpg.Pool, settings: Settings, days_ahead: int = 40, cabin: int = 0, guest: Guest = GUEST
) -> Reservation:
    """A real hold through booking.holds.place_hold: 3 nights, `days_ahead` from today."""
    ids = await cabin_ids(db)
    start = dt.date.today() + dt.timedelta(days=days_ahead)
    stay = Stay(start, start + dt.timedelta(days=3))
    return await place_hold(db, BookingRules.from_settings(settings), ids[cabin], stay, guest, 2)


async def signed_post(
    client: TestClient,
    payment_id: str,
    *,
    request_id: str | None = None,
    sign_id: str | None = None,
    query_id: str | None = None,
    secret: str = SECRET,
    signature: str | None = None,
    kind: str = "payment",
    action: str = "payment.updated",
) -> Any:
    """POST a notification like Mercado Pago's; overrides forge the broken variants."""
    request_id = request_id or str(uuid.uuid4())
    ts = str(int(time.time() * 1000))
    query_id = payment_id if query_id is None else query_id
    if signature is None:
        signature = sign_notification(secret, sign_id or payment_id, request_id, ts)
    headers = {"x-request-id": request_id}
    if signature:
        headers["x-signature"] = signature
    body = notification_body(payment_id, action) | {"type": kind}
    response = await client.post(
        f"{WEBHOOK}?source_news=webhooks&data.id={query_id}&type={kind}", json=body, headers=headers
    )
    await response.read()
    return response


async def wait_for(predicate: Callable[[], Any], within: float = 15.0) -> Any:
    """Poll until `predicate()` is truthy (background jobs); fail after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        result = predicate()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within} s")
        await asyncio.sleep(0.05)


@pytest.fixture
async def fake_mp(aiohttp_server: Any) -> AsyncIterator[tuple[FakeMercadoPago, str]]:
    fake = FakeMercadoPago()
    server = await aiohttp_server(fake.app)
    yield fake, str(server.make_url("")).rstrip("/")


async def start_env(
    aiohttp_client: Any,
    database_url: str,
    redis_url: str,
    db: asyncpg.Pool,
    fake_mp: Any,
    job_interval_seconds: int,
) -> Env:
    """The app wired to the fake Mercado Pago, its jobs every `job_interval_seconds`."""
    fake, base = fake_mp
    settings = make_settings(
        database_url=database_url,
        redis_url=redis_url,
        mercadopago_access_token=fake.token,
        mercadopago_api_base=base,
        job_expire_interval_seconds=job_interval_seconds,
    )
    notices = Notices()
    client = await aiohttp_client(create_app(settings, notices.notifier()))
    return Env(client, db, fake, notices, settings)


@pytest.fixture
async def env(
    aiohttp_client: Any, database_url: str, redis_url: str, db: asyncpg.Pool, fake_mp: Any
) -> Env:
    # The periodic jobs stay out of the way; tests run their rounds explicitly.
    return await start_env(aiohttp_client, database_url, redis_url, db, fake_mp, 3600)
