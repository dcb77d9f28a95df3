"""The owner's notices survive a WhatsApp outage and are sent once per event.

The whole app over HTTP: the guest holds a cabin in the chat, the fake Mercado Pago
delivers signed notifications to our webhook (many times, some at once), WhatsApp (the
fake Graph API) is down as they land; the owner reads the notice once it is back,
once, sent by the booking jobs' retries (booking.guest_notices).
"""

from __future__ import annotations

import asyncio

from booking import holds
from tests import payments_helpers
from tests.conversation_support import OWNER_CLOUD, held, owner_app
from tests.payments_helpers import signed_post, wait_for

fake_mp = payments_helpers.fake_mp  # shared fixture


async def live_app(settings, db, graph, fake_mp, aiohttp_client):
    mp, base = fake_mp
    # The booking jobs every second: they retry what WhatsApp could not take.
    return await owner_app(
        settings, db, graph, aiohttp_client, job_expire_interval_seconds=1,
        mercadopago_access_token=mp.token, mercadopago_api_base=base,
    )  # fmt: skip


def to_owner(graph, *words: str) -> list[str]:
    return [t for t in graph[0].texts_to(OWNER_CLOUD) if all(w in t for w in words)]


async def test_a_booking_confirmed_while_whatsapp_is_down_reaches_the_owner_once(
    settings, db, graph, fake_mp, aiohttp_client
):
    client = await live_app(settings, db, graph, fake_mp, aiohttp_client)
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    fake_graph, _ = graph
    pid = mp.add_payment(code, "approved", deposit / 100)
    fake_graph.fail_next(503, times=1000)  # WhatsApp down as the payment lands

    # Mercado Pago notifies the payment twice at once, and again later.
    answers = await asyncio.gather(*(signed_post(client, pid) for _ in range(2)))
    answers.append(await signed_post(client, pid, action="payment.created"))
    assert [a.status for a in answers] == [200, 200, 200]
    assert (await holds.get_reservation(db, code)).status == "confirmed"
    assert to_owner(graph) == []

    fake_graph._failures.clear()  # WhatsApp is back
    await wait_for(lambda: to_owner(graph, "Nueva reserva confirmada", code))
    await asyncio.sleep(1.5)  # a few more rounds of the jobs: still one notice
    assert len(to_owner(graph, "Nueva reserva confirmada", code)) == 1


async def test_a_deposit_to_return_is_told_to_the_owner_after_an_outage(
    settings, db, graph, fake_mp, aiohttp_client
):
    client = await live_app(settings, db, graph, fake_mp, aiohttp_client)
    _, code, deposit = await held(client)
    mp, _ = fake_mp
    fake_graph, _ = graph
    first = mp.add_payment(code, "approved", deposit / 100)
    assert (await signed_post(client, first)).status == 200
    await wait_for(lambda: to_owner(graph, "Nueva reserva confirmada"))

    # The guest pays the deposit a second time while WhatsApp is down: a refund to make.
    second = mp.add_payment(code, "approved", deposit / 100)
    fake_graph.fail_next(503, times=1000)
    assert (await signed_post(client, second)).status == 200
    assert (await signed_post(client, second)).status == 200
    assert to_owner(graph, second) == []

    fake_graph._failures.clear()
    await wait_for(lambda: to_owner(graph, second))
    await asyncio.sleep(1.5)
    [notice] = to_owner(graph, second)
    assert code in notice and "Mercado Pago" in notice  # what to return, and how


async def test_a_guest_asking_for_a_person_while_whatsapp_is_down_reaches_the_owner_once(
    settings, db, graph, aiohttp_client
):
    from app import create_app
    from booking.demo import seed_demo
    from tests.whatsapp_helpers import GUEST_CLOUD, batch, live, post_signed, text_message, value

    async with db.acquire() as conn:
        await seed_demo(conn)
    # The guest's message goes through the real webhook and inbox, retried every 0.2 s.
    wa = live(settings, graph[1], owner_whatsapp="5492944999999", inbox_retry_seconds=0.2)
    client = await aiohttp_client(create_app(wa))
    fake, _ = graph
    fake.fail_next(503, times=4)  # WhatsApp down for the first try of the turn

    said = batch(value([text_message("quiero hablar con una persona")]))
    assert (await post_signed(client, said)).status == 200
    await wait_for(lambda: to_owner(graph) and fake.texts_to(GUEST_CLOUD))
    await asyncio.sleep(1.0)  # the turn is done: nothing more
    [notice] = to_owner(graph)
    assert "+5492944111111" in notice and "quiero hablar con una persona" in notice
    assert len(fake.texts_to(GUEST_CLOUD)) == 1  # the guest's answer, once
