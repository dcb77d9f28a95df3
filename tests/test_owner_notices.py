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
from tests.conversation_support import GUEST, Guest, ddmm, owner_app, quiet_stay, rows

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

    [notice] = to_owner(graph)
    assert "Nueva reserva confirmada" in notice and code in notice
    assert f"Lucía (+{GUEST})" in notice  # whom: name and full number
    assert R.span(res.check_in, res.check_out) in notice and "2 personas" in notice
    assert R.money(res.deposit_cents) in notice and "9001" in notice
    assert f"Resta cobrar {R.money(res.total_cents - res.deposit_cents)} al llegar" in notice

    # A second, different payment for the same stay is a refund to make, not a new booking.
    await holds.confirm_deposit(app[DB], code, "9002", res.deposit_cents, notifier)
    texts = to_owner(graph)
    assert len(texts) == 2 and "segundo pago" in texts[1] and "devolver" in texts[1]


async def test_a_guest_cancelling_a_paid_stay_asks_the_owner_to_arrange_the_refund(app, graph):
    guest, code = await held(app)
    res = await holds.get_reservation(app[DB], code)
    await holds.confirm_deposit(app[DB], code, "9003", res.deposit_cents)  # no notice
    await guest.say("quiero cancelar mi reserva")
    # A double tap on "Sí, cancelar": two deliveries of the yes, one cancellation.
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")

    [notice] = to_owner(graph)
    assert "Se canceló la reserva confirmada" in notice and code in notice
    assert f"Lucía (+{GUEST})" in notice
    # What to return and where to find it, and what the guest was promised.
    assert R.money(res.deposit_cents) in notice and "9003" in notice
    assert "coordinar la devolución" in notice and "le dije que lo contactan" in notice
    assert notice.count(code) == 1  # the stay once, not twice
