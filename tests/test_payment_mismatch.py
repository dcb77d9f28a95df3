"""A Mercado Pago payment short of the deposit, or not in pesos: the guest is told.

The whole app over HTTP: the guest holds a cabin in the chat, the fake Mercado Pago
holds the payment and delivers signed notifications to our webhook, and what the guest
and the owner read is taken from the fake Graph API. The hold is not confirmed; the
guest hears once per payment what happened and what to do, and so does the owner.
"""

from __future__ import annotations

import asyncio

import pytest

from booking import holds
from booking.jobs import deliver_guest_notices
from bot import replies as R
from bot.states import State
from tests import payments_helpers
from tests.conversation_support import OWNER_CLOUD, held, owner_app
from tests.payments_helpers import signed_post, wait_for
from tests.test_owner_cancels import GUEST_NOTICES, cancel, to_guest

fake_mp = payments_helpers.fake_mp  # shared fixture


@pytest.fixture
async def client(settings, db, graph, fake_mp, aiohttp_client):
    fake, base = fake_mp
    return await owner_app(
        settings, db, graph, aiohttp_client, job_expire_interval_seconds=3600,
        mercadopago_access_token=fake.token, mercadopago_api_base=base,
    )  # fmt: skip


def to_owner(graph) -> list[str]:
    return graph[0].texts_to(OWNER_CLOUD)


async def test_a_short_payment_is_not_confirmed_and_the_guest_is_told_once(
    client,
    db,
    graph,
    fake_mp,
):
    guest, code, deposit = await held(client)
    mp, _ = fake_mp
    before = len(to_guest(graph))
    short = deposit - 10_000_00
    pid = mp.add_payment(code, "approved", short / 100)

    # Mercado Pago notifies the same payment more than once, two of them at once.
    answers = await asyncio.gather(*(signed_post(client, pid) for _ in range(2)))
    answers.append(await signed_post(client, pid, action="payment.created"))
    assert [a.status for a in answers] == [200, 200, 200]
    await deliver_guest_notices(client.server.app)  # a jobs round: nothing left to send

    assert (await holds.get_reservation(db, code)).status == "pre_reserved"
    [notice] = to_guest(graph)[before:]
    assert code in notice and R.money(short) in notice and R.money(deposit) in notice
    assert "todavía no la pude confirmar" in notice and "No vuelvas a pagar" in notice
    # Still waiting to pay, with the way to a person at hand ("1" or the button).
    session = await guest.session()
    assert session.state == State.AWAIT_PAYMENT and session.ctx.hold == code
    [owner] = [t for t in to_owner(graph) if pid in t]
    assert "No confirmé la reserva" in owner and "Ya le avisé al huésped" in owner


async def test_a_payment_in_dollars_tells_the_guest_the_deposit_is_in_pesos(
    client,
    db,
    graph,
    fake_mp,
):
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    before = len(to_guest(graph))
    pid = mp.add_payment(code, "approved", 50.0, currency="USD")
    assert (await signed_post(client, pid)).status == 200

    [notice] = to_guest(graph)[before:]
    assert "USD 50" in notice and "en pesos" in notice and R.money(deposit) in notice
    assert (await holds.get_reservation(db, code)).status == "pre_reserved"


async def test_the_guest_hears_of_the_short_payment_after_a_whatsapp_outage(
    settings,
    db,
    graph,
    fake_mp,
    aiohttp_client,
):
    mp, base = fake_mp
    # The booking jobs every second: they retry the notice once WhatsApp is back.
    client = await owner_app(
        settings, db, graph, aiohttp_client, job_expire_interval_seconds=1,
        mercadopago_access_token=mp.token, mercadopago_api_base=base,
    )  # fmt: skip
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    fake_graph, _ = graph
    before = len(to_guest(graph))
    pid = mp.add_payment(code, "approved", (deposit - 5_000_00) / 100)
    fake_graph.fail_next(503, times=1000)  # WhatsApp down as the payment arrives

    assert (await signed_post(client, pid)).status == 200
    assert await db.fetchval(f"SELECT state FROM {GUEST_NOTICES}") == "pending"
    # Mercado Pago delivers it again meanwhile: still one notice queued.
    assert (await signed_post(client, pid)).status == 200
    assert await db.fetchval(f"SELECT count(*) FROM {GUEST_NOTICES}") == 1

    fake_graph._failures.clear()  # WhatsApp is back
    await wait_for(lambda: len(to_guest(graph)) > before)
    [notice] = to_guest(graph)[before:]
    assert code in notice and "No vuelvas a pagar" in notice


async def test_the_owner_cancelling_after_a_short_payment_promises_that_payment_back(
    client, db, graph, fake_mp
):
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    short = deposit - 10_000_00
    pid = mp.add_payment(code, "approved", short / 100)
    assert (await signed_post(client, pid)).status == 200
    before = len(to_guest(graph))

    status, body = await cancel(client, code)
    assert status == 200 and body["guest_notice"] == "queued"
    await wait_for(lambda: len(to_guest(graph)) > before)
    [notice] = to_guest(graph)[before:]
    # Not "nothing was charged": what the guest paid, short as it was, goes back.
    assert f"te devolvemos todo lo que pagaste de seña ({R.money(short)})" in notice
