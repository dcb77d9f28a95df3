"""The Cloud API client against the fake Graph API: shapes, 549→54, retries, once per key."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
import redis.asyncio as aioredis
from prometheus_client import REGISTRY

from bot.messages import Button, Buttons, ListMessage, Row, Text
from bot.whatsapp import (
    WhatsAppClient,
    WhatsAppUnavailable,
    cloud_number,
    cloud_payload,
    demo_outbox_key,
    fit,
)
from tests.whatsapp_helpers import GUEST, GUEST_CLOUD, live


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
async def session():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def redis(redis_url):
    client = aioredis.from_url(redis_url, decode_responses=True)
    yield client
    await client.aclose()


@pytest.fixture
def client(session, settings, graph, db):
    # Short backoff and timeout: the schedule is the same, only faster.
    return WhatsAppClient(
        session, live(settings, graph[1]), db, backoff_seconds=0.01, request_timeout=0.5
    )


async def status_of(db, key: str) -> str:
    return await db.fetchval("SELECT status FROM outbound_messages WHERE key = $1", key)


# ------------------------------------------------------------ shapes


def test_text_payload_is_the_cloud_api_shape():
    assert cloud_payload(GUEST, Text("hola")) == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": GUEST_CLOUD,
        "type": "text",
        "text": {"preview_url": False, "body": "hola"},
    }


def test_buttons_payload_keeps_three_and_fits_titles():
    message = Buttons(
        "¿Confirmamos la reserva?",
        (
            Button("yes", "Confirmar"),
            Button("dates", "Cambiar las fechas de la estadía"),
            Button("no", "Cancelar"),
            Button("extra", "Un cuarto botón"),
        ),
    )
    payload = cloud_payload(GUEST, message)
    assert payload["type"] == "interactive"
    interactive = payload["interactive"]
    assert interactive["type"] == "button"
    assert interactive["body"] == {"text": "¿Confirmamos la reserva?"}
    buttons = interactive["action"]["buttons"]
    assert [b["reply"]["id"] for b in buttons] == ["yes", "dates", "no"]
    assert all(b["type"] == "reply" for b in buttons)
    assert buttons[1]["reply"]["title"] == "Cambiar las fechas…"
    assert all(len(b["reply"]["title"]) <= 20 for b in buttons)


def test_list_payload_keeps_ten_rows_and_fits_every_text():
    rows = tuple(
        Row(f"cabin:{i}", f"Cabaña del Bosque Encantado {i}", "Vista al lago, " * 10)
        for i in range(12)
    )
    payload = cloud_payload(
        GUEST, ListMessage("Estas están libres:", "Ver cabañas disponibles", rows)
    )
    action = payload["interactive"]["action"]
    assert payload["interactive"]["type"] == "list"
    assert len(action["button"]) <= 20
    (section,) = action["sections"]
    assert len(section["title"]) <= 24
    assert len(section["rows"]) == 10
    for row in section["rows"]:
        assert len(row["title"]) <= 24 and len(row["description"]) <= 72
    assert section["rows"][0]["id"] == "cabin:0"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Confirmar", 20, "Confirmar"),
        ("Cambiar fechas de la estadía", 20, "Cambiar fechas de l…"),
        ("Cabaña", 6, "Cabaña"),
        ("Caban\u0303as del lago", 7, "Cabaña…"),  # a decomposed ñ is composed first
        ("Vamos x\u0301 ya", 8, "Vamos…"),  # no base without its accent
        ("Ver 👍🏽 cabañas", 6, "Ver…"),  # no thumb without its skin tone
        ("Hola 👨\u200d👩\u200d👧 familia", 8, "Hola…"),  # no half of a joined emoji
        ("Hola 👨\u200d👩\u200d👧 familia", 11, "Hola 👨\u200d👩\u200d👧…"),
    ],
)
def test_fit_cuts_without_splitting_characters(text, limit, expected):
    fitted = fit(text, limit)
    assert len(fitted) <= limit
    assert fitted == expected


@pytest.mark.parametrize(
    ("wa_id", "to"),
    [
        ("5492944111111", "542944111111"),  # Argentine mobile: drop the 9 (error 131030)
        ("+54 9 294 411-1111", "542944111111"),
        ("542944111111", "542944111111"),
        ("5491112345678", "541112345678"),
        ("14155550123", "14155550123"),  # not Argentina: untouched
        ("5511987654321", "5511987654321"),  # Brazil starts 55: untouched
    ],
)
def test_argentine_549_numbers_are_sent_as_54(wa_id, to):
    assert cloud_number(wa_id) == to


# ------------------------------------------------------------ sending


async def test_send_posts_with_bearer_token_to_54_and_records(client, graph, db):
    fake, _ = graph
    before = metric("whatsapp_messages_total", direction="out", type="button")
    message = Buttons("¿Seguimos?", (Button("yes", "Sí"), Button("no", "No")))
    wamid = await client.send(GUEST, message, key="k1")
    assert wamid == fake.sent[0]["_wamid"]
    assert fake.sent[0]["to"] == GUEST_CLOUD
    row = await db.fetchrow("SELECT to_number, type, status, wamid, body FROM outbound_messages")
    assert (row["to_number"], row["type"], row["status"], row["wamid"]) == (
        GUEST_CLOUD,
        "button",
        "sent",
        wamid,
    )
    assert json.loads(row["body"])["interactive"]["action"]["buttons"][0]["reply"]["id"] == "yes"
    assert metric("whatsapp_messages_total", direction="out", type="button") == before + 1


async def test_every_shape_we_build_is_accepted_by_the_fake(client, graph):
    fake, _ = graph
    long = "x" * 5000
    await client.send(GUEST, Text(long))
    buttons = tuple(Button(f"b{i}", f"Botón con título largo {i}") for i in range(5))
    await client.send(GUEST, Buttons(long, buttons))
    rows = tuple(Row(f"r{i}", "t" * 40, "d" * 100) for i in range(15))
    await client.send(GUEST, ListMessage(long, "b" * 30, rows, section_title="s" * 30))
    assert fake.refused == []  # titles that became equal when cut were numbered
    assert len(fake.sent) == 3
    titles = [b["reply"]["title"] for b in fake.sent[1]["interactive"]["action"]["buttons"]]
    assert titles == ["Botón con título… 1", "Botón con título… 2", "Botón con título… 3"]


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_transient_errors_are_retried_with_backoff(client, graph, db, status):
    fake, _ = graph
    fake.fail_next(status, times=2)
    wamid = await client.send(GUEST, Text("hola"), key="retry")
    assert wamid is not None
    assert fake.requests == 3
    assert len(fake.sent) == 1
    assert await status_of(db, "retry") == "sent"


async def test_a_timeout_is_retried(client, graph):
    fake, _ = graph
    fake.slow_next(2.0)  # beyond the client's 0.5 s request timeout
    assert await client.send(GUEST, Text("hola"))
    assert fake.requests == 2


async def test_retries_are_bounded_and_the_key_can_be_tried_again_later(client, graph, db):
    fake, _ = graph
    before = metric("whatsapp_send_failures_total", reason="unavailable")
    fake.fail_next(503, times=4)
    with pytest.raises(WhatsAppUnavailable):
        await client.send(GUEST, Text("hola"), key="later")
    assert fake.requests == 4
    assert await status_of(db, "later") == "unsent"
    assert metric("whatsapp_send_failures_total", reason="unavailable") == before + 1
    assert await client.send(GUEST, Text("hola"), key="later")
    assert await status_of(db, "later") == "sent"
    assert len(fake.sent) == 1


async def test_permanent_4xx_is_logged_counted_and_not_raised(session, settings, graph, db, caplog):
    # An expired or revoked access token refuses every reply: counted apart from a
    # refusal of one message (reason="unauthorized", what whatsapp_send_failing
    # reads: the bot is mute for every guest) and logged naming the setting.
    fake, url = graph
    wrong = WhatsAppClient(session, live(settings, url, whatsapp_access_token="expired"), db)
    before = metric("whatsapp_send_failures_total", reason="unauthorized")
    rejected = metric("whatsapp_send_failures_total", reason="rejected")
    assert await wrong.send(GUEST, Text("hola"), key="nope") is None
    assert await status_of(db, "nope") == "rejected"
    assert metric("whatsapp_send_failures_total", reason="unauthorized") == before + 1
    assert metric("whatsapp_send_failures_total", reason="rejected") == rejected
    assert "WHATSAPP_ACCESS_TOKEN" in caplog.text
    assert fake.requests == 1  # not retried
    assert await wrong.send(GUEST, Text("hola"), key="nope") is None
    assert fake.requests == 1  # a refused key is not sent again
    assert GUEST not in caplog.text and GUEST_CLOUD not in caplog.text  # numbers masked


async def test_a_closed_window_is_a_refusal_of_one_message_not_of_the_token(client, graph, db):
    # 131047 (the guest's last message is over 24 h old) is business as usual: it
    # must not read as a token Meta refuses, which pages on-call.
    fake, _ = graph
    fake.window_closed.add(GUEST_CLOUD)
    before = metric("whatsapp_send_failures_total", reason="rejected")
    unauthorized = metric("whatsapp_send_failures_total", reason="unauthorized")
    assert await client.send(GUEST, Text("hola"), key="late") is None
    assert metric("whatsapp_send_failures_total", reason="rejected") == before + 1
    assert metric("whatsapp_send_failures_total", reason="unauthorized") == unauthorized


async def test_a_key_is_sent_at_most_once_even_concurrently(client, graph):
    fake, _ = graph
    results = await asyncio.gather(
        *(client.send(GUEST, Text("hola"), key="once") for _ in range(8))
    )
    assert len(fake.sent) == 1
    assert fake.sent[0]["_wamid"] in results
    assert await client.send(GUEST, Text("hola"), key="once") == fake.sent[0]["_wamid"]
    assert len(fake.sent) == 1


async def test_demo_transport_writes_the_cloud_payload_to_the_guest_outbox(
    session, settings, db, redis
):
    demo = WhatsAppClient(session, settings, db, redis)  # no access token: demo mode
    assert demo.demo
    wamid = await demo.send(GUEST, Text("hola"), key="demo1")
    assert wamid and wamid.startswith("wamid.demo.")
    assert await demo.send(GUEST, Text("hola"), key="demo1") == wamid  # once per key
    items = [json.loads(item) for item in await redis.lrange(demo_outbox_key(GUEST), 0, -1)]
    assert items == [{"id": wamid, **cloud_payload(GUEST, Text("hola"))}]
    assert await redis.ttl(demo_outbox_key(GUEST)) > 0
    assert await status_of(db, "demo1") == "demo"
