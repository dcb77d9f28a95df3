"""The owner cancels a WhatsApp guest's booking through the admin API: the guest is told.

Through HTTP (admin JWT) against the real PostgreSQL and Redis, with the guest's notice
read at the fake Graph API: once per cancellation however often the admin call is sent,
and still delivered (later) when WhatsApp is down as the owner cancels.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from appkeys import DB
from booking import holds
from booking.jobs import deliver_guest_notices
from bot import replies as R
from bot.states import State
from health.auth import mint_admin_token
from tests.conversation_support import (
    FORBIDDEN,
    GUEST,
    OWNER_CLOUD,
    Guest,
    hold_quiet_stay,
    owner_app,
    pay_deposit,
)
from tests.payments_helpers import wait_for

# The guest's rows of the notice queue these tests are about (the owner's share it, keyed
# "owner:…", and a paid stay's confirmation is one too).
GUEST_NOTICES = (
    "guest_notices WHERE key NOT LIKE 'owner:%' "
    "AND event IN ('cancelled_by_owner', 'payment_mismatch')"
)
GUEST_CLOUD = "542944111111"  # Lucía's 549… number as the Cloud API is sent it


def auth(app) -> dict[str, str]:
    from appkeys import SETTINGS

    return {"Authorization": f"Bearer {mint_admin_token(app[SETTINGS].jwt_secret, 'owner')}"}


async def paid(guest: Guest, db: Any, graph: Any, code: str) -> None:
    """The deposit paid and its confirmation delivered. It goes out on its own (a job): a
    count of the guest's messages taken before it lands counts it with the notice after
    (a fresh-clone run, under load, saw "¡Pago recibido!" retried with the cancel's)."""
    await pay_deposit(guest, db, code)
    await wait_for(lambda: any("Pago recibido" in body for body in to_guest(graph)))


def to_guest(graph) -> list[str]:
    """What Lucía read at the Graph API outside her own turns (notices), checked for internals."""
    fake, _ = graph
    bodies = [
        m["interactive"]["body"]["text"] if m["type"] == "interactive" else m["text"]["body"]
        for m in fake.sent
        if m["to"] == GUEST_CLOUD
    ]
    for body in bodies:
        assert not FORBIDDEN.search(body), body
    return bodies


async def cancel(client, code: str) -> tuple[int, dict]:
    app = client.server.app
    response = await client.post(
        f"/api/v1/reservations/{code}/cancel", json={"reason": "Rotura de caño"}, headers=auth(app)
    )
    return response.status, await response.json()


@pytest.fixture
async def client(settings, db, graph, aiohttp_client):
    return await owner_app(settings, db, graph, aiohttp_client, job_expire_interval_seconds=3600)


async def test_a_paid_stay_cancelled_by_the_owner_is_told_to_the_guest_once(client, db, graph):
    app = client.server.app
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    await paid(guest, db, graph, code)
    res = await holds.get_reservation(db, code)
    before = len(to_guest(graph))

    status, body = await cancel(client, code)
    assert status == 200 and body["status"] == "cancelled" and body["guest_notice"] == "queued"
    await wait_for(lambda: len(to_guest(graph)) > before)

    [notice] = to_guest(graph)[before:]
    assert code in notice and "cancelar" in notice
    # The deposit: returned whole, by Mercado Pago, and a person writes about it.
    assert "te devolvemos todo lo que pagaste" in notice and R.money(res.deposit_cents) in notice
    assert "Rotura de caño" not in notice  # the owner's reason is for the owner's records

    # The owner's client retries the call (a lost answer, a double click): one notice.
    again, answer = await cancel(client, code)
    assert again == 409 and answer["error"] == "invalid_transition"
    await deliver_guest_notices(app)  # the jobs' round finds nothing left to send
    await asyncio.sleep(0.2)
    assert len(to_guest(graph)) == before + 1


async def test_a_hold_cancelled_by_the_owner_frees_the_chat_and_says_nothing_was_charged(
    client, db, graph
):
    app = client.server.app
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    before = len(to_guest(graph))

    status, _ = await cancel(client, code)
    assert status == 200
    await wait_for(lambda: len(to_guest(graph)) > before)
    [notice] = to_guest(graph)[before:]
    assert code in notice and "no se te cobró nada" in notice

    # The guest no longer waits to pay a hold that is gone; "1" picks the notice's option.
    # The chat is saved just after the notice is sent: waited for, not read at once.
    async def chat_freed() -> bool:
        session = await guest.session()
        return session.state == State.IDLE and session.ctx.hold is None

    await wait_for(chat_freed)


async def test_the_cancel_answers_while_whatsapp_is_down_and_the_notice_goes_out_later(
    settings, db, graph, aiohttp_client
):
    client = await owner_app(settings, db, graph, aiohttp_client, job_expire_interval_seconds=1)
    app = client.server.app
    fake, _ = graph
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    await paid(guest, db, graph, code)
    before = len(to_guest(graph))
    fake.fail_next(503, times=1000)  # WhatsApp is down as the owner cancels

    status, body = await cancel(client, code)
    assert status == 200 and body["status"] == "cancelled"
    # The first try spends its retries, and the notice is kept.
    await wait_for(lambda: db.fetchval(f"SELECT last_error FROM {GUEST_NOTICES}"), 20)
    assert len(to_guest(graph)) == before
    assert await db.fetchval(f"SELECT state FROM {GUEST_NOTICES}") == "pending"

    fake._failures.clear()  # WhatsApp is back: the booking jobs' next round sends it
    await wait_for(lambda: len(to_guest(graph)) > before)
    await asyncio.sleep(1.5)  # a few more rounds of the jobs: still one notice
    assert len(to_guest(graph)) == before + 1
    assert code in to_guest(graph)[-1]
    assert await db.fetchval(f"SELECT state FROM {GUEST_NOTICES}") == "sent"
    assert (await holds.get_reservation(app[DB], code)).status == "cancelled"


async def test_an_owner_block_cancelled_tells_nobody(client, db, graph):
    app = client.server.app
    cabin = (await db.fetchrow("SELECT id FROM accommodations ORDER BY id LIMIT 1"))["id"]
    response = await client.post(
        "/api/v1/admin/blocks",
        json={"accommodation_id": cabin, "check_in": "2031-03-03", "check_out": "2031-03-05",
              "reason": "Uso propio"},
        headers=auth(app),
    )  # fmt: skip
    code = (await response.json())["code"]
    status, body = await cancel(client, code)
    assert status == 200 and body["guest_notice"] is None
    assert await db.fetchval(f"SELECT count(*) FROM {GUEST_NOTICES}") == 0


async def test_a_guest_whatsapp_no_longer_reaches_is_for_the_owner_to_call_once(client, db, graph):
    app = client.server.app
    fake, _ = graph
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    await paid(guest, db, graph, code)
    before, owner_before = len(to_guest(graph)), len(fake.texts_to(OWNER_CLOUD))
    # Days later: Lucía's last message is more than 24 h old, so WhatsApp refuses
    # free-form messages to her (error 131047) and the owner cancels the stay.
    fake.window_closed.add(GUEST_CLOUD)

    status, body = await cancel(client, code)
    assert status == 200 and body["status"] == "cancelled"

    def called() -> list[str]:
        return [t for t in fake.texts_to(OWNER_CLOUD)[owner_before:] if "Llamalo" in t]

    await wait_for(called)
    [notice] = called()
    assert code in notice and "Lucía" in notice and f"+{GUEST}" in notice
    assert "24 h" in notice and "cancelaste" in notice
    assert await db.fetchval(f"SELECT state FROM {GUEST_NOTICES}") == "unreachable"

    # Retried calls and the jobs' rounds: the guest's notice is not tried again, the
    # owner is not told twice.
    assert (await cancel(client, code))[0] == 409
    await deliver_guest_notices(app)
    await asyncio.sleep(0.2)
    assert len(called()) == 1 and len(to_guest(graph)) == before


async def test_a_notice_whatsapp_took_and_then_could_not_deliver_is_for_the_owner_to_call(
    client, db, graph
):
    from tests.whatsapp_helpers import WINDOW_CLOSED_ERROR, batch, post_signed, status, value

    app = client.server.app
    fake, _ = graph
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    await paid(guest, db, graph, code)
    before, owner_before = len(to_guest(graph)), len(fake.texts_to(OWNER_CLOUD))

    assert (await cancel(client, code))[0] == 200
    await wait_for(lambda: len(to_guest(graph)) > before)
    [sent] = [m for m in fake.sent if m["to"] == GUEST_CLOUD][before:]
    # Meta took it, and reports later that it could not deliver it: the guest's last
    # message is more than 24 h old. The status comes twice (at least once delivery).
    error = WINDOW_CLOSED_ERROR
    failed = batch(value(statuses=[status(sent["_wamid"], "failed", errors=[error])]))
    assert (await post_signed(client, failed)).status == 200
    assert (await post_signed(client, failed)).status == 200

    def called() -> list[str]:
        return [t for t in fake.texts_to(OWNER_CLOUD)[owner_before:] if "Llamalo" in t]

    await wait_for(called)
    await asyncio.sleep(0.3)
    [notice] = called()
    assert code in notice and "Lucía" in notice and f"+{GUEST}" in notice and "24 h" in notice
    assert await db.fetchval(f"SELECT state FROM {GUEST_NOTICES}") == "unreachable"
