"""The guest's payment and hold notices survive a WhatsApp outage, and go out once.

The whole app over HTTP: Lucía holds a cabin in the chat, the fake Mercado Pago holds her
payment and delivers signed notifications to our webhook, and what she reads is taken
from the fake Graph API, which is told to fail (503) while the payment lands or the hold
lapses. The booking jobs run every second (their rounds retry the queued notices), so
nothing here calls our delivery code: WhatsApp coming back is all that changes.
"""

from __future__ import annotations

import asyncio

import pytest

from appkeys import SETTINGS
from booking import holds
from booking.models import BookingRules, Stay
from bot import replies as R
from bot.states import State
from tests import payments_helpers
from tests.conversation_support import Guest, held, owner_app
from tests.payments_helpers import signed_post, wait_for
from tests.test_owner_cancels import to_guest

fake_mp = payments_helpers.fake_mp  # shared fixture

CONFIRMED = "¡Pago recibido!"
EXPIRED = "se venció porque no llegó el pago"


@pytest.fixture
async def client(settings, db, graph, fake_mp, aiohttp_client):
    mp, base = fake_mp
    return await owner_app(
        settings, db, graph, aiohttp_client, job_expire_interval_seconds=1,
        mercadopago_access_token=mp.token, mercadopago_api_base=base,
    )  # fmt: skip


def told(graph, what: str, before: int) -> list[str]:
    return [text for text in to_guest(graph)[before:] if what in text]


async def whatsapp_is_down_until_the_first_try_failed(graph, db, key: str) -> None:
    """Keep the Graph API failing until the first try of notice `key` spent its retries
    (its queue row says why it failed): only then is WhatsApp back, so a notice sent once
    and lost (no queue row at all) never arrives."""
    await wait_for(
        lambda: db.fetchval("SELECT last_error FROM guest_notices WHERE key LIKE $1", key), 20
    )
    graph[0]._failures.clear()  # WhatsApp is back


async def test_a_payment_confirmed_while_whatsapp_is_down_reaches_the_guest_later(
    client, db, graph, fake_mp
):
    guest, code, deposit = await held(client)
    mp, _ = fake_mp
    before = len(to_guest(graph))
    pid = mp.add_payment(code, "approved", deposit / 100)
    graph[0].fail_next(503, times=1000)  # WhatsApp down as the payment arrives

    response = await signed_post(client, pid)
    assert response.status == 200  # the payment is recorded and applied all the same
    assert (await holds.get_reservation(db, code)).status == "confirmed"
    payment = await db.fetchrow(
        "SELECT status, outcome FROM payments WHERE provider_payment_id = $1", pid
    )
    assert dict(payment) == {"status": "approved", "outcome": "confirmed"}
    assert told(graph, CONFIRMED, before) == []

    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"confirmed:{code}")
    await wait_for(lambda: told(graph, CONFIRMED, before))
    await asyncio.sleep(1.5)  # more rounds of the jobs: still one message
    [notice] = told(graph, CONFIRMED, before)
    res = await holds.get_reservation(db, code)
    assert code in notice and R.span(res.check_in, res.check_out) in notice
    assert "Ingreso desde las" in notice and "📍" in notice
    # The chat no longer waits for that payment.
    await wait_for(lambda: _idle(guest))


async def test_one_confirmation_for_a_payment_notified_three_times_at_once_during_an_outage(
    client, db, graph, fake_mp
):
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    before = len(to_guest(graph))
    pid = mp.add_payment(code, "approved", deposit / 100)
    graph[0].fail_next(503, times=1000)

    answers = await asyncio.gather(*(signed_post(client, pid) for _ in range(3)))
    assert [a.status for a in answers] == [200, 200, 200]
    assert await db.fetchval(
        "SELECT count(*) FROM guest_notices WHERE event = 'payment_confirmed'"
    ) == 1  # fmt: skip

    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"confirmed:{code}")
    await wait_for(lambda: told(graph, CONFIRMED, before))
    assert (await signed_post(client, pid)).status == 200  # and once more, later
    await asyncio.sleep(1.5)
    assert len(told(graph, CONFIRMED, before)) == 1


async def test_a_hold_that_lapses_while_whatsapp_is_down_is_told_once_it_is_back(client, db, graph):
    guest, code, _ = await held(client)
    before = len(to_guest(graph))
    graph[0].fail_next(503, times=1000)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )

    await wait_for(lambda: _status(db, code, "expired"))
    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"expired:{code}")
    await wait_for(lambda: told(graph, EXPIRED, before))
    await asyncio.sleep(1.5)
    [notice] = told(graph, EXPIRED, before)
    assert code in notice and "¿Querés que lo intentemos de nuevo?" in notice
    # Its "Reservar de nuevo" answers a typed reply, as when it is sent at once.
    session = await guest.session()
    assert session.state == State.IDLE and session.ctx.hold is None


async def test_a_late_payment_on_taken_nights_is_told_after_an_outage(client, db, graph, fake_mp):
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await wait_for(lambda: _status(db, code, "expired"))
    await wait_for(lambda: told(graph, EXPIRED, 0))
    # Someone else takes the nights; then Lucía's payment lands while WhatsApp is down.
    res = await holds.get_reservation(db, code)
    rules = BookingRules.from_settings(client.server.app[SETTINGS])
    stay = Stay(res.check_in, res.check_out)
    await holds.create_block(db, rules, res.accommodation_id, stay, "Airbnb", "admin:owner")
    before = len(to_guest(graph))
    pid = mp.add_payment(code, "approved", deposit / 100)
    graph[0].fail_next(503, times=1000)

    assert (await signed_post(client, pid)).status == 200
    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"late:{code}")
    await wait_for(lambda: told(graph, "ya se había vencido", before))
    assert (await signed_post(client, pid)).status == 200
    await asyncio.sleep(1.5)
    [notice] = told(graph, "ya se había vencido", before)
    assert code in notice and "te devuelvan" in notice


async def test_an_expiry_notice_held_up_by_an_outage_is_not_sent_once_the_stay_is_paid(
    client, db, graph, fake_mp
):
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    before = len(to_guest(graph))
    graph[0].fail_next(503, times=1000)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await wait_for(lambda: _status(db, code, "expired"))
    # The deposit lands late, the nights still free: the stay is booked after all.
    pid = mp.add_payment(code, "approved", deposit / 100)
    assert (await signed_post(client, pid)).status == 200
    assert (await holds.get_reservation(db, code)).status == "confirmed"

    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"confirmed:{code}")
    await wait_for(lambda: told(graph, CONFIRMED, before))
    await wait_for(
        lambda: db.fetchval(
            "SELECT state = 'sent' FROM guest_notices WHERE key = $1", f"expired:{code}"
        )
    )
    assert told(graph, EXPIRED, before) == []  # "se venció" after "confirmada" would mislead


async def _idle(guest: Guest) -> bool:
    session = await guest.session()
    return session.state == State.IDLE and session.ctx.hold is None


async def _status(db, code: str, status: str) -> bool:
    return await db.fetchval(
        "SELECT reservation_status = $2 FROM reservations WHERE code = $1", code, status
    )


async def test_a_refused_payment_notified_during_an_outage_is_told_once_with_the_link(
    client, db, graph, fake_mp
):
    _, code, _ = await held(client)
    mp, _ = fake_mp
    before = len(to_guest(graph))
    pid = mp.add_payment(code, "rejected", 1000.0)
    graph[0].fail_next(503, times=1000)

    answers = await asyncio.gather(*(signed_post(client, pid) for _ in range(3)))
    assert [a.status for a in answers] == [200, 200, 200]
    [key] = await db.fetchval(
        "SELECT array_agg(key) FROM guest_notices WHERE event = 'payment_failed'"
    )
    await whatsapp_is_down_until_the_first_try_failed(graph, db, key)
    await wait_for(lambda: told(graph, "no se pudo acreditar", before))
    await asyncio.sleep(1.5)
    [notice] = told(graph, "no se pudo acreditar", before)
    assert code in notice and "Podés intentar de nuevo acá" in notice


async def test_a_reminder_due_while_whatsapp_is_down_goes_out_once_it_is_back(client, db, graph):
    _, code, _ = await held(client)
    before = len(to_guest(graph))
    graph[0].fail_next(503, times=1000)
    # The hold now lapses in 5 minutes: the jobs' next round reminds it (10 minutes ahead).
    await db.execute(
        "UPDATE reservations SET expires_at = now() + interval '5 minutes' WHERE code = $1", code
    )

    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"reminder:{code}:%")
    await wait_for(lambda: told(graph, "Te recuerdo", before))
    await asyncio.sleep(1.5)
    [notice] = told(graph, "Te recuerdo", before)
    assert code in notice and "se libera en" in notice


async def test_a_link_made_after_a_mercado_pago_outage_reaches_the_guest_after_a_whatsapp_one(
    client, db, graph, fake_mp
):
    mp, _ = fake_mp
    mp.down = True  # no link while the guest confirms: the links job makes it later
    _, code, _ = await held(client)
    before = len(to_guest(graph))
    graph[0].fail_next(503, times=1000)
    mp.down = False

    await whatsapp_is_down_until_the_first_try_failed(graph, db, f"link:{code}")
    await wait_for(lambda: told(graph, "Acá está el link", before))
    await asyncio.sleep(1.5)
    [notice] = told(graph, "Acá está el link", before)
    assert code in notice and "http" in notice
