"""The owner's notices outside the owner's 24-hour window: the approved template.

Meta delivers a free-form message only within 24 h of the recipient's last message to
the business number, and an owner does not write to their own bot every day. So a
notice Meta refuses for the window (error 131047, at once or later as a "failed"
status) goes again as WHATSAPP_OWNER_TEMPLATE, an approved template with one body
variable that carries the notice. The fake Graph API refuses free-form messages to a
number whose window is closed, and any template it was not told is approved.
"""

from __future__ import annotations

import asyncio
import logging

from appkeys import DB, NOTIFIER
from booking import guest_notices
from bot.messages import Template
from bot.whatsapp import cloud_payload, template_param
from tests.conversation_support import OWNER_CLOUD, Guest, hold_quiet_stay, owner_app, pay_deposit
from tests.fakes.graph_api import body_params, validate_message
from tests.payments_helpers import wait_for
from tests.whatsapp_helpers import WINDOW_CLOSED_ERROR, batch, post_signed, status, value

TEMPLATE = "aviso_cabanas"


def templates_to_owner(fake) -> list[dict]:
    return [m for m in fake.sent if m["to"] == OWNER_CLOUD and m["type"] == "template"]


async def app_with_template(settings, db, graph, aiohttp_client, **overrides):
    fake, _ = graph
    fake.templates[TEMPLATE] = ("es_AR", 1)
    return await owner_app(
        settings, db, graph, aiohttp_client, whatsapp_owner_template=TEMPLATE, **overrides
    )


async def paid_booking(settings, db, graph, aiohttp_client):
    """The app with the owner's template; a guest's hold paid: (client, its code)."""
    client = await app_with_template(settings, db, graph, aiohttp_client)
    guest = Guest(client.server.app)
    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    return client, code


def test_a_template_is_the_cloud_api_s_shape_with_a_variable_meta_accepts():
    notice = "✅ Nueva reserva confirmada\n\nCabaña:\tLa del Lago\n   Código:      CAB-7K2P"
    payload = cloud_payload("5492944999999", Template(TEMPLATE, "es_AR", (notice,)))
    assert payload["to"] == OWNER_CLOUD  # 549 → 54, as every send
    assert payload["type"] == "template"
    assert payload["template"]["name"] == TEMPLATE
    assert payload["template"]["language"] == {"code": "es_AR"}
    [param] = body_params(payload)
    assert param == "✅ Nueva reserva confirmada · Cabaña: La del Lago · Código: CAB-7K2P"
    validate_message(payload)  # no line break, no tab, no five spaces in a row
    long = template_param("x" * 5000)
    assert len(long) <= 900 and long.endswith("…")


async def test_a_booking_confirmed_outside_the_owner_s_window_reaches_them_as_the_template(
    settings, db, graph, aiohttp_client
):
    client = await app_with_template(settings, db, graph, aiohttp_client)
    fake, _ = graph
    fake.window_closed.add(OWNER_CLOUD)
    guest = Guest(client.server.app)
    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    await pay_deposit(guest, db, code)  # Mercado Pago notifies it again: still one notice

    await wait_for(lambda: templates_to_owner(fake))
    await asyncio.sleep(0.3)
    [sent] = templates_to_owner(fake)
    assert sent["template"]["name"] == TEMPLATE
    [param] = body_params(sent)
    assert "Nueva reserva confirmada" in param and code in param
    # The free-form one was refused (131047), nothing else was.
    assert [r["error"] for r in fake.refused] == [131047]
    assert fake.texts_to(OWNER_CLOUD) == []


async def test_a_handoff_outside_the_owner_s_window_reaches_them_as_the_template(
    settings, db, graph, aiohttp_client
):
    client = await app_with_template(settings, db, graph, aiohttp_client)
    fake, _ = graph
    fake.window_closed.add(OWNER_CLOUD)
    guest = Guest(client.server.app)
    await guest.say("hola")
    await guest.say("quiero hablar con una persona")
    [sent] = templates_to_owner(fake)
    [param] = body_params(sent)
    assert "2944111111" in param  # the guest's number, for the owner to write back


async def test_within_the_window_the_owner_gets_the_plain_message_and_no_template(
    settings, db, graph, aiohttp_client
):
    _, code = await paid_booking(settings, db, graph, aiohttp_client)
    fake, _ = graph
    await wait_for(lambda: [t for t in fake.texts_to(OWNER_CLOUD) if code in t])
    assert templates_to_owner(fake) == []


async def test_a_notice_meta_took_and_then_failed_for_the_window_goes_again_as_the_template(
    settings, db, graph, aiohttp_client
):
    client, _ = await paid_booking(settings, db, graph, aiohttp_client)
    fake, _ = graph
    await wait_for(lambda: [m for m in fake.sent if m["to"] == OWNER_CLOUD])
    [plain] = [m for m in fake.sent if m["to"] == OWNER_CLOUD]
    assert plain["type"] == "text"

    # Meta took it, then reports it failed: the owner's window had closed. Twice.
    failed = batch(
        value(
            statuses=[status(plain["_wamid"], "failed", OWNER_CLOUD, errors=[WINDOW_CLOSED_ERROR])]
        )
    )
    answers = await asyncio.gather(*(post_signed(client, failed) for _ in range(2)))
    assert [a.status for a in answers] == [200, 200]
    await wait_for(lambda: templates_to_owner(fake))
    await asyncio.sleep(0.3)
    [sent] = templates_to_owner(fake)
    assert body_params(sent) == [template_param(plain["text"]["body"])]


async def test_without_a_template_the_refused_notice_is_an_error_for_on_call(
    settings, db, graph, aiohttp_client, caplog
):
    client = await owner_app(settings, db, graph, aiohttp_client)
    fake, _ = graph
    fake.window_closed.add(OWNER_CLOUD)
    guest = Guest(client.server.app)
    code = await hold_quiet_stay(guest)
    with caplog.at_level(logging.ERROR, logger="bot.whatsapp"):
        await pay_deposit(guest, db, code)
        await wait_for(lambda: "WHATSAPP_OWNER_TEMPLATE is not set" in caplog.text)
    assert fake.sent == [m for m in fake.sent if m["to"] != OWNER_CLOUD]
    assert [r["error"] for r in fake.refused] == [131047]


async def test_a_template_meta_does_not_know_is_refused_and_not_retried(
    settings, db, graph, aiohttp_client
):
    client = await owner_app(
        settings, db, graph, aiohttp_client, whatsapp_owner_template="not_approved"
    )
    fake, _ = graph
    fake.window_closed.add(OWNER_CLOUD)
    guest = Guest(client.server.app)
    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    await wait_for(lambda: len(fake.refused) == 2)
    await asyncio.sleep(0.3)
    assert [r["error"] for r in fake.refused] == [131047, 132001]
    assert templates_to_owner(fake) == []


async def test_a_template_whatsapp_could_not_take_goes_on_the_notice_s_next_try(
    settings, db, graph, aiohttp_client
):
    # The free-form notice is refused for the window, then WhatsApp is down for every try
    # of the template: the notice stays queued, and its next try must send the template,
    # not find the free-form key "already sent" and drop the notice.
    # The booking jobs' loop may claim the notice's first try before `tell_owner` does; its
    # backoff is then the loop's own base, min(15 s, the interval), so the interval is short
    # here or the next try would come after `wait_for` gave up.
    client = await app_with_template(
        settings, db, graph, aiohttp_client, job_expire_interval_seconds=1
    )
    app = client.server.app
    fake, _ = graph
    fake.window_closed.add(OWNER_CLOUD)
    fake.fail_next(503, times=4, after=1)  # the free-form one is answered, then 4 × 503
    # Its first try, here or in the booking jobs' loop (whichever claims it first).
    await guest_notices.tell_owner(
        app[DB], app[NOTIFIER], "conflict:42", "Posible doble reserva", retry_base_seconds=0.05
    )

    async def next_try() -> list[dict]:
        await guest_notices.deliver_due(app[DB], app[NOTIFIER], 0.05)
        return templates_to_owner(fake)

    await wait_for(next_try)  # once the first try is over and its backoff passed
    await asyncio.sleep(0.3)
    await guest_notices.deliver_due(app[DB], app[NOTIFIER], 0.05)  # and once more: one
    assert [r["error"] for r in fake.refused] == [131047]  # the free-form one only
    [sent] = templates_to_owner(fake)
    assert "Posible doble reserva" in body_params(sent)[0]
