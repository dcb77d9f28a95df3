"""Booking's events reach the guest over WhatsApp and move the conversation along.

`create_app` wires `bot.notices.make_notifier`; messages land at a local fake
Graph API exactly as Meta would receive them.
"""

from __future__ import annotations

from typing import Any

import pytest

from appkeys import DB, NOTIFIER
from booking import holds, jobs
from booking.demo import ADDRESS
from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, lapse, owner_app, quiet_stay, rows
from tests.fakes.graph_api import FakeGraphAPI
from tests.payments_helpers import wait_for

GUEST_CLOUD = "542944111111"
OWNER_CLOUD = "542944999999"


@pytest.fixture
async def app(settings, db, graph, aiohttp_client):
    # The test runs the expiry job itself.
    client = await owner_app(settings, db, graph, aiohttp_client, job_expire_interval_seconds=3600)
    return client.server.app


async def held(app) -> tuple[Guest, Any]:
    guest = Guest(app)
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    code = (await guest.session()).ctx.hold
    return guest, await holds.get_reservation(app[DB], code)


def bodies_to(fake: FakeGraphAPI, to: str) -> list[str]:
    found = []
    for message in fake.sent:
        if message["to"] != to:
            continue
        if message["type"] == "text":
            found.append(message["text"]["body"])
        else:
            found.append(message["interactive"]["body"]["text"])
    return found


async def test_reminder_sends_the_link_again(app, graph):
    fake, _ = graph
    guest, reservation = await held(app)
    await app[NOTIFIER].emit("hold_reminder", reservation=reservation)
    await app[NOTIFIER].emit("hold_reminder", reservation=reservation)  # a job that fired twice
    sent = bodies_to(fake, GUEST_CLOUD)
    assert len(sent) == 1
    assert reservation.code in sent[0] and "http" in sent[0] and "se libera" in sent[0]
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_expiry_notice_offers_to_try_again_with_the_same_dates(app, graph, db):
    fake, _ = graph
    guest, reservation = await held(app)
    # Expired once and told once, by this call or by the jobs' loop if its round got there
    # first (tests.conversation_support.lapse).
    await lapse(app, db, reservation.code)
    await wait_for(lambda: bodies_to(fake, GUEST_CLOUD))
    notice = next(m for m in fake.sent if m["to"] == GUEST_CLOUD)
    assert notice["type"] == "interactive"
    assert reservation.code in notice["interactive"]["body"]["text"]
    assert "venció" in notice["interactive"]["body"]["text"]
    ids = [b["reply"]["id"] for b in notice["interactive"]["action"]["buttons"]]
    assert ids == [f"{R.MENU_RETRY}:{reservation.code}", R.MENU_AVAILABILITY, R.MENU_SHOW]
    assert await guest.state() == State.IDLE

    again = await guest.tap(R.MENU_AVAILABILITY, "Buscar de nuevo")
    assert await guest.state() == State.CHOOSE_CABIN  # same dates and guests, no questions
    assert rows(again)


async def test_payment_confirmed_sends_code_dates_address_and_check_in_time(app, graph, db):
    fake, _ = graph
    guest, reservation = await held(app)
    result = await holds.confirm_deposit(
        db, reservation.code, "pay-123", reservation.deposit_cents, notifier=app[NOTIFIER]
    )
    assert result.outcome == "confirmed"
    (text,) = await wait_for(lambda: bodies_to(fake, GUEST_CLOUD))  # queued, as the expiry
    for expected in (
        reservation.code,
        R.day(reservation.check_in),
        R.day(reservation.check_out),
        ADDRESS,
        "14:00",
    ):
        assert expected in text
    assert await guest.state() == State.IDLE
    assert (await guest.session()).ctx.hold is None


async def test_link_ready_and_payment_failed_reach_the_guest(app, graph):
    fake, _ = graph
    guest, reservation = await held(app)
    url = "https://www.mercadopago.com.ar/checkout/v1/redirect?pref_id=123-abc"
    await app[NOTIFIER].emit("payment_link_ready", reservation=reservation, url=url)
    assert (await guest.session()).ctx.pay_url == url
    await app[NOTIFIER].emit("payment_failed", reservation=reservation, url=url)
    await app[NOTIFIER].emit("payment_failed", reservation=reservation, url=None)
    sent = bodies_to(fake, GUEST_CLOUD)
    assert len(sent) == 3
    assert url in sent[0] and url in sent[1]
    assert "no se pudo acreditar" in sent[1] and "link nuevo" in sent[2]
    again = await guest.say("pasame el link")
    assert url in " ".join(r.body for r in again)


async def test_owner_notice_goes_to_the_owner(app, graph):
    fake, _ = graph
    _, reservation = await held(app)
    await app[NOTIFIER].emit(
        "owner_notice", text="Pago tardío con fechas ocupadas", reservation=reservation
    )
    (text,) = bodies_to(fake, OWNER_CLOUD)
    assert "Pago tardío" in text and reservation.code in text


async def test_cancelling_a_paid_stay_tells_the_owner(app, graph, db):
    fake, _ = graph
    guest, reservation = await held(app)
    await holds.confirm_deposit(db, reservation.code, "pay-9", reservation.deposit_cents)
    await guest.say("quiero cancelar mi reserva")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    assert (
        await db.fetchval(
            "SELECT reservation_status FROM reservations WHERE code = $1", reservation.code
        )
        == "cancelled"
    )
    owner = await wait_for(lambda: bodies_to(fake, OWNER_CLOUD))  # queued, as the expiry
    assert len(owner) == 1 and reservation.code in owner[0]


async def test_expiry_leaves_a_guest_who_moved_on_where_they_are(app, graph, db):
    guest, reservation = await held(app)
    said = " ".join(r.body for r in await guest.say("quiero reservar otra cabaña"))
    # A second cabin, for the same dates: the hold stays and we ask for the head count.
    assert "sigue guardada" in said, said
    assert await guest.state() == State.ASK_GUESTS
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1",
        reservation.code,
    )
    await jobs.expire_holds(db, app[NOTIFIER])
    assert await guest.state() == State.ASK_GUESTS  # still answering our question
    assert (await guest.session()).ctx.hold is None


async def test_i_already_paid_after_the_hold_expired_is_not_answered_with_the_terms(app, db):
    guest, reservation = await held(app)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1",
        reservation.code,
    )
    await jobs.expire_holds(db, app[NOTIFIER])
    answer = " ".join(r.body for r in await guest.say("ya pagué"))
    assert reservation.code in answer and "se venció antes de que llegara el pago" in answer
    assert "Para reservar se paga" not in answer
    assert await guest.state() == State.IDLE
