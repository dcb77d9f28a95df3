"""The owner's side: what OWNER_WHATSAPP reads, through real flows, at a fake Graph API.

A busy owner reads these on a phone: Spanish, who (name and full number), what
happened, what to do and how, once per event even when the event is delivered twice
or twice at once.
"""

from __future__ import annotations

import asyncio
import re

import pytest

from appkeys import DB, NOTIFIER
from booking import holds
from bot import replies as R
from tests.conversation_support import (
    GUEST,
    OWNER,
    Guest,
    ddmm,
    handed_off,
    owner_app,
    quiet_stay,
    rows,
    text_of,
)
from tests.payments_helpers import wait_for

OWNER_CLOUD = "542944999999"
# What the owner must never read: internals, placeholders, English.
INTERNALS = re.compile(
    r"None|null|Traceback|Exception|_cents|accommodation|guest_phone|wa_id|pre_reserved|"
    r"\b(?:confirmed|cancelled|conflict|reservation|overlapping)\b"
)


@pytest.fixture
async def app(settings, db, graph, aiohttp_client):
    client = await owner_app(settings, db, graph, aiohttp_client, job_expire_interval_seconds=3600)
    return client.server.app


def to_owner(graph) -> list[str]:
    fake, _ = graph
    texts = fake.texts_to(OWNER_CLOUD)
    for text in texts:
        assert not INTERNALS.search(text), text
    return texts


async def held(app) -> tuple[Guest, str]:
    guest = Guest(app)
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    return guest, (await guest.session()).ctx.hold


async def test_a_new_confirmed_booking_is_told_to_the_owner_once(app, graph):
    _, code = await held(app)
    res = await holds.get_reservation(app[DB], code)
    notifier = app[NOTIFIER]

    # Mercado Pago retries its webhook and may deliver the same payment twice at once.
    await asyncio.gather(
        *(holds.confirm_deposit(app[DB], code, "9001", res.deposit_cents, notifier)
          for _ in range(3))
    )  # fmt: skip

    # Queued (booking.guest_notices): sent by the call that queued it, or a moment later by
    # the jobs' loop if its round claimed it first.
    [notice] = await wait_for(lambda: to_owner(graph))
    assert "Nueva reserva confirmada" in notice and code in notice
    assert f"Lucía (+{GUEST})" in notice  # whom: name and full number
    assert R.span(res.check_in, res.check_out) in notice and "2 personas" in notice
    assert R.money(res.deposit_cents) in notice and "9001" in notice
    assert f"Resta cobrar {R.money(res.total_cents - res.deposit_cents)} al llegar" in notice

    # A second, different payment for the same stay is a refund to make, not a new booking.
    await holds.confirm_deposit(app[DB], code, "9002", res.deposit_cents, notifier)
    texts = await wait_for(lambda: len(to_owner(graph)) == 2 and to_owner(graph))
    assert len(texts) == 2 and "segundo pago" in texts[1] and "Devolvelo" in texts[1]


async def test_a_guest_cancelling_a_paid_stay_asks_the_owner_to_arrange_the_refund(app, graph):
    guest, code = await held(app)
    res = await holds.get_reservation(app[DB], code)
    await holds.confirm_deposit(app[DB], code, "9003", res.deposit_cents)  # no notice
    await guest.say("quiero cancelar mi reserva")
    # A double tap on "Sí, cancelar": two deliveries of the yes, one cancellation.
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")

    [notice] = await wait_for(lambda: to_owner(graph))
    assert "Se canceló la reserva confirmada" in notice and code in notice
    assert f"Lucía (+{GUEST})" in notice
    # What to return and where to find it, and what the guest was promised.
    assert R.money(res.deposit_cents) in notice and "9003" in notice
    assert "coordinar la devolución" in notice and "le dije que lo contactan" in notice
    assert notice.count(code) == 1  # the stay once, not twice


# ------------------------------------------------------------------ the owner's commands


async def guest_with_a_person(app, wa_id: str = GUEST, name: str = "Lucía") -> Guest:
    guest = Guest(app, wa_id=wa_id, name=name)
    await guest.say("quiero hablar con una persona")
    assert await handed_off(app, wa_id)
    return guest


@pytest.mark.parametrize(
    "command",
    [
        "bot 0294 15 411-1111",  # local format: trunk 0, 3-digit area code, 15
        "bot 02944 15 111111",  # the same number with the 4-digit area code
        "bot 2944 15-111111",
        "bot 15 4111111",  # the number as said to a neighbour
        "bot +5492944111111.",  # a full stop after it
        "Bot: +549 2944 111111",
        "BOT, +54 9 2944 111111 gracias",
        "bto +5492944111111",  # a slip of the thumb
        "+5492944111111 bot",
        "bot 549294411111 1",  # a space in a slightly wrong place
    ],
)
async def test_the_owner_gives_a_guest_back_however_the_number_is_written(app, command):
    guest = await guest_with_a_person(app)
    owner = Guest(app, wa_id=OWNER, name="Dueño")
    answer = text_of(await owner.say(command))
    assert "Listo" in answer and f"Lucía (+{GUEST})" in answer, answer
    assert not await handed_off(app)
    assert "Volví" in text_of(await guest.say("hola"))


async def test_bot_alone_gives_back_the_only_guest_or_lists_them_with_their_commands(app):
    owner = Guest(app, wa_id=OWNER, name="Dueño")
    assert "nadie está hablando con una persona" in text_of(await owner.say("bot"))

    await guest_with_a_person(app)
    answer = text_of(await owner.say("Bot."))
    assert "Listo" in answer and f"Lucía (+{GUEST})" in answer
    assert not await handed_off(app)

    other = "5491155550000"
    await guest_with_a_person(app)
    await guest_with_a_person(app, other, "Marcos")
    answer = text_of(await owner.say("bot"))
    # Two: the owner picks, each with the exact command to send; nobody is given back yet.
    assert f"*bot +{GUEST}*" in answer and f"*bot +{other}*" in answer and "Marcos" in answer
    assert await handed_off(app) and await handed_off(app, other)


async def test_a_mistyped_number_lists_who_is_with_a_person_instead_of_saying_done(app):
    await guest_with_a_person(app)
    owner = Guest(app, wa_id=OWNER, name="Dueño")
    answer = text_of(await owner.say("bot +5492944111112"))
    assert "ya lo atiende" not in answer  # it would not: Lucía is still silenced
    assert f"Lucía (+{GUEST}): *bot +{GUEST}*" in answer
    assert await handed_off(app)


async def test_a_number_alone_from_the_owner_says_how_to_write_the_command(app):
    await guest_with_a_person(app)
    owner = Guest(app, wa_id=OWNER, name="Dueño")
    answer = text_of(await owner.say("2944111111"))
    assert "*bot 2944111111*" in answer
    assert await handed_off(app)  # a bare number decides nothing


# A greeting or a thanks gets the guest's answer (the owner may be trying the bot); what a
# guest would hear "no te entendí" for gets what this number can do.
@pytest.mark.parametrize(
    "text", ["ya la llamé", "lo atiendo yo desde el celu", "después reviso los pagos", "asdf"]
)
async def test_what_the_bot_does_not_follow_from_the_owner_gets_the_owners_help(app, text):
    owner = Guest(app, wa_id=OWNER, name="Dueño")
    answer = text_of(await owner.say(text))
    assert "número del dueño" in answer and "*bot +<número>*" in answer, answer
    assert "no te entendí" not in answer and "Estas son las cosas" not in answer


async def test_a_deposit_landing_after_the_guest_cancelled_asks_the_owner_to_return_it(app, graph):
    guest, code = await held(app)
    res = await holds.get_reservation(app[DB], code)
    await guest.say("quiero cancelar mi reserva")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    assert to_owner(graph) == []  # an unpaid hold cancelled: nothing for the owner
    for _ in range(2):  # notified twice
        await holds.confirm_deposit(app[DB], code, "9004", res.deposit_cents, app[NOTIFIER])
    [notice] = await wait_for(lambda: to_owner(graph))
    assert "9004" in notice and "estaba cancelada" in notice and "devolvé el pago" in notice
    assert "Escribile para coordinar la devolución" in notice and f"Lucía (+{GUEST})" in notice


async def test_bot_swipe_replied_to_a_handoff_notice_gives_back_that_guest(app, graph):
    fake, _ = graph
    other = "5491155550000"
    await guest_with_a_person(app)
    await guest_with_a_person(app, other, "Marcos")
    notice = next(m for m in fake.sent if m["to"] == OWNER_CLOUD and "Marcos" in m["text"]["body"])
    assert "respondé a este mensaje con *bot*" in notice["text"]["body"]
    owner = Guest(app, wa_id=OWNER, name="Dueño")
    answer = text_of(await owner.say("Bot", context_wamid=notice["_wamid"]))
    assert "Listo" in answer and f"Marcos (+{other})" in answer
    assert not await handed_off(app, other)
    assert await handed_off(app)  # Lucía is still with a person
