"""The WhatsApp webhook through HTTP: verification, signatures, parsing, durability.

A fake Graph API records what the bot sends; an echo handler stands in for
the conversation (injected through `appkeys.CONVERSATION`).
"""

from __future__ import annotations

import asyncio
import io
import json

import pytest
from prometheus_client import REGISTRY

from booking.db import load_queries
from embedded import free_port
from tests.whatsapp_helpers import (
    GUEST,
    GUEST_CLOUD,
    WEBHOOK,
    EchoHandler,
    batch,
    button_reply,
    live,
    post_signed,
    sign,
    start_app,
    status,
    text_message,
    value,
)

Q_SEND = load_queries("whatsapp")


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def wa_settings(settings, graph):
    return live(settings, graph[1])


@pytest.fixture
async def client(wa_settings, aiohttp_client):
    return await start_app(aiohttp_client, wa_settings, EchoHandler())


async def count_events(db, kind: str | None = None) -> int:
    if kind is None:
        return await db.fetchval("SELECT count(*) FROM inbound_events")
    return await db.fetchval("SELECT count(*) FROM inbound_events WHERE kind = $1", kind)


# ------------------------------------------------------------ verification


async def test_verification_answers_the_challenge_as_plain_text(client):
    response = await client.get(
        WEBHOOK,
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": "wa-verify-token",
            "hub.challenge": "1158201444",
        },
    )
    assert response.status == 200
    assert response.content_type == "text/plain"
    assert await response.text() == "1158201444"


@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": "wa-verify-token", "hub.challenge": "1"},
        {"hub.challenge": "1"},
    ],
)
async def test_verification_refuses_a_wrong_token_or_mode(client, params):
    response = await client.get(WEBHOOK, params=params)
    assert response.status == 403
    assert (await response.json())["error"] == "verification_failed"


# ------------------------------------------------------------ signatures


async def test_signed_message_is_recorded_and_answered(client, graph, db):
    fake, _ = graph
    before = metric("whatsapp_messages_total", direction="in", type="text")
    response = await post_signed(client, batch(value([text_message("hola")])))
    assert response.status == 200
    assert (await response.json())["messages"] == 1
    row = await db.fetchrow("SELECT provider, kind, sender, state, payload FROM inbound_events")
    assert (row["provider"], row["kind"], row["sender"]) == ("whatsapp", "message", GUEST)
    payload = json.loads(row["payload"])
    assert payload["profile_name"] == "Lucía"
    assert payload["phone_number_id"] == "100000000000001"
    assert payload["message"]["text"] == {"body": "hola"}
    sent = await fake.wait_for(1)
    assert sent[0]["to"] == GUEST_CLOUD  # 549… → 54…
    assert sent[0]["text"]["body"] == "eco: hola (Lucía)"
    assert metric("whatsapp_messages_total", direction="in", type="text") == before + 1


@pytest.mark.parametrize(
    "header",
    [None, "sha256=" + "0" * 64, "sha1=abc", "", "sha256=zz"],
    ids=["missing", "wrong", "other-algorithm", "empty", "not-hex"],
)
async def test_bad_or_missing_signature_is_401_counted_and_nothing_stored(client, db, header):
    before = metric("webhook_signature_failures_total", provider="whatsapp")
    raw = json.dumps(batch(value([text_message("hola")]))).encode()
    headers = {"Content-Type": "application/json"}
    if header is not None:
        headers["X-Hub-Signature-256"] = header
    response = await client.post(WEBHOOK, data=raw, headers=headers)
    assert response.status == 401
    assert (await response.json())["error"] == "invalid_signature"
    assert metric("webhook_signature_failures_total", provider="whatsapp") == before + 1
    assert await count_events(db) == 0


async def test_signature_over_other_bytes_than_sent_is_refused(client, db):
    # Meta signs the escaped-unicode bytes it sent; re-serialised JSON does not match.
    body = batch(value([text_message("¿Tenés lugar?")]))
    sent = json.dumps(body).encode()  # "\u00bfTen\u00e9s"
    other = json.dumps(body, ensure_ascii=False).encode()
    response = await client.post(
        WEBHOOK, data=sent, headers={"X-Hub-Signature-256": sign(other, "wa-test-secret")}
    )
    assert response.status == 401
    response = await client.post(
        WEBHOOK, data=sent, headers={"X-Hub-Signature-256": sign(sent, "wa-test-secret")}
    )
    assert response.status == 200
    assert await count_events(db) == 1


# ------------------------------------------------------------ size and shape


async def test_body_over_3_mb_is_a_counted_json_413(client, db):
    raw = (
        b'{"object": "whatsapp_business_account", "entry": [], "pad": "'
        + b"x" * (3 * 1024 * 1024)
        + b'"}'
    )
    headers = {"X-Hub-Signature-256": sign(raw, "wa-test-secret")}
    response = await client.post(WEBHOOK, data=io.BytesIO(raw), headers=headers)
    assert response.status == 413
    assert (await response.json())["error"] == "request_entity_too_large"
    assert await count_events(db) == 0
    metrics = await (await client.get("/metrics")).text()
    assert f'http_requests_total{{method="POST",route="{WEBHOOK}",status="413"}}' in metrics


@pytest.mark.parametrize(
    "raw",
    [
        b"{not json",
        b"[]",
        b'{"object": "whatsapp_business_account"}',
        json.dumps(batch(value([{"type": "text", "text": {"body": "sin id ni from"}}]))).encode(),
        json.dumps(batch(value(statuses=[{"status": "read"}]))).encode(),
    ],
    ids=["malformed", "array", "no-entry", "message-without-id", "status-without-id"],
)
async def test_malformed_or_off_model_body_is_400_and_nothing_stored(client, db, raw):
    response = await post_signed(client, raw)
    assert response.status == 400
    assert (await response.json())["error"] == "invalid_payload"
    assert await count_events(db) == 0


async def test_unknown_types_and_extra_fields_are_recorded(client, graph, db):
    fake, _ = graph
    reaction = {
        "from": GUEST,
        "id": "wamid.reaction1",
        "timestamp": "1764158400",
        "type": "reaction",
        "reaction": {"message_id": "wamid.x", "emoji": "👍"},
        "brand_new_field": {"nested": [1, 2]},
    }
    body = batch(value([reaction]))
    body["entry"][0]["changes"][0]["value"]["another_new_field"] = True
    response = await post_signed(client, body)
    assert response.status == 200
    payload = json.loads(await db.fetchval("SELECT payload FROM inbound_events"))
    assert payload["message"]["brand_new_field"] == {"nested": [1, 2]}
    sent = await fake.wait_for(1)
    assert sent[0]["text"]["body"] == "eco: reaction (Lucía)"


async def test_text_with_quotes_backslashes_lines_and_emoji_reaches_the_handler_intact(
    client, graph, db
):
    # The group commit carries the stored payloads as one JSON array (record_messages).
    fake, _ = graph
    texts = ['dijo "hola" \\ chau', "línea 1\nlínea 2\t🙂", 'ñandú ]},{ ["x"]']
    body = batch(value([text_message(text) for text in texts]))
    assert (await post_signed(client, body)).status == 200
    sent = await fake.wait_for(3)
    assert [m["text"]["body"] for m in sent] == [f"eco: {text} (Lucía)" for text in texts]
    stored = [
        json.loads(row["payload"])["message"]["text"]["body"]
        for row in await db.fetch("SELECT payload FROM inbound_events ORDER BY id")
    ]
    assert stored == texts


async def test_every_entry_change_and_message_is_recorded(client, graph, db):
    fake, _ = graph
    guests = [f"54929441{i:05d}" for i in range(3)]
    values = [
        value([text_message(f"m{g}-{n}", sender=g) for n in range(2)])
        for g in guests
        for _ in range(2)
    ]
    body = batch(*values, entries=3)
    assert len(body["entry"]) == 3 and all(len(e["changes"]) == 2 for e in body["entry"])
    response = await post_signed(client, body)
    assert response.status == 200
    assert (await response.json())["messages"] == 12
    assert await count_events(db, "message") == 12
    sent = await fake.wait_for(12)
    assert len(sent) == 12


async def test_interactive_reply_reaches_the_handler_with_its_id(
    aiohttp_client, wa_settings, graph
):
    fake, _ = graph
    handler = EchoHandler()
    client = await start_app(aiohttp_client, wa_settings, handler)
    response = await post_signed(
        client, batch(value([button_reply("yes", "Confirmar", "wamid.prompt")]))
    )
    assert response.status == 200
    sent = await fake.wait_for(1)
    assert sent[0]["text"]["body"] == "elegiste yes"
    inbound = handler.calls[0]
    assert (inbound.type, inbound.text, inbound.reply_id, inbound.context_wamid) == (
        "interactive",
        "Confirmar",
        "yes",
        "wamid.prompt",
    )


# ------------------------------------------------------------ statuses


async def test_statuses_only_batch_is_200_with_no_reply(client, graph, db):
    fake, _ = graph
    await post_signed(client, batch(value([text_message("hola")])))
    (reply,) = await fake.wait_for(1)
    ours = reply["_wamid"]
    before = metric("whatsapp_send_failures_total", reason="delivery_failed")
    statuses = [status(ours, "read"), status(ours, "delivered"), status(ours, "sent")]
    response = await post_signed(client, batch(value(statuses=statuses)))
    assert response.status == 200
    assert (await response.json()) == {"status": "recorded", "messages": 0, "statuses": 1}
    # The statuses may even beat our recording of the wamid (next test): "read" either way.
    await wait_for_status(db, ours, "read")
    assert await count_events(db, "status") == 3
    # A failed delivery of another message is recorded and counted, never answered.
    await post_signed(client, batch(value([text_message("otra")])))
    second = (await fake.wait_for(2))[1]["_wamid"]
    failed = status(second, "failed", errors=[{"code": 131047, "title": "Re-engagement message"}])
    assert (await post_signed(client, batch(value(statuses=[failed])))).status == 200
    row = await db.fetchrow("SELECT status, error FROM outbound_messages WHERE wamid = $1", second)
    assert row["status"] == "failed" and "131047" in row["error"]
    assert metric("whatsapp_send_failures_total", reason="delivery_failed") == before + 1
    # A later message still gets exactly its one reply: the statuses got none.
    await post_signed(client, batch(value([text_message("chau")])))
    await fake.wait_for(3)
    await asyncio.sleep(0.3)
    assert [m["text"]["body"] for m in fake.sent] == [
        "eco: hola (Lucía)",
        "eco: otra (Lucía)",
        "eco: chau (Lucía)",
    ]


async def wait_for_status(db, wamid: str, expected: str, seconds: float = 5.0) -> None:
    query = "SELECT status FROM outbound_messages WHERE wamid = $1"
    async with asyncio.timeout(seconds):
        while True:
            if await db.fetchval(query, wamid) == expected:
                return
            await asyncio.sleep(0.02)


async def test_a_status_that_beats_the_recording_of_its_send_still_counts(client, graph, db):
    # Meta accepts the reply (and reports it delivered) before its answer reaches us,
    # so the status is recorded before we know the wamid: it must not be lost.
    fake, _ = graph
    fake.answer_late_next(0.5)
    await post_signed(client, batch(value([text_message("hola")])))
    (reply,) = await fake.wait_for(1)
    ours = reply["_wamid"]
    response = await post_signed(client, batch(value(statuses=[status(ours, "delivered")])))
    assert response.status == 200
    assert await db.fetchval("SELECT count(*) FROM outbound_messages WHERE wamid = $1", ours) == 0
    await wait_for_status(db, ours, "delivered")
    failed_late = "wamid.not-yet"
    await db.execute(
        "INSERT INTO outbound_messages (key, to_number, type, body) VALUES ('k', '1', 'text', '{}')"
    )
    errors = [{"code": 131026, "title": "Message undeliverable"}]
    await post_signed(client, batch(value(statuses=[status(failed_late, "failed", errors=errors)])))
    row_id = await db.fetchval("SELECT id FROM outbound_messages WHERE key = 'k'")
    await db.execute(Q_SEND["mark_sent"], row_id, "sent", failed_late)
    row = await db.fetchrow("SELECT status, error FROM outbound_messages WHERE id = $1", row_id)
    assert row["status"] == "failed" and "131026" in row["error"]


# ------------------------------------------------------------ duplicates


async def test_same_wamid_three_times_also_concurrently_is_one_reply(client, graph, db):
    fake, _ = graph
    before = metric("whatsapp_messages_total", direction="in", type="text")
    body = batch(value([text_message("hola", message_id="wamid.dup1")]))
    responses = await asyncio.gather(*(post_signed(client, body) for _ in range(3)))
    assert [r.status for r in responses] == [200, 200, 200]
    # Recorded once, and only one delivery counts it as new.
    assert sorted([(await r.json())["messages"] for r in responses]) == [0, 0, 1]
    await fake.wait_for(1)
    assert (await post_signed(client, body)).status == 200  # a late redelivery
    assert (await post_signed(client, body)).status == 200
    # A second message proves the worker got past the duplicates: exactly two replies.
    await post_signed(client, batch(value([text_message("sigo")])))
    sent = await fake.wait_for(2)
    await asyncio.sleep(0.3)
    assert [m["text"]["body"] for m in fake.sent] == ["eco: hola (Lucía)", "eco: sigo (Lucía)"]
    assert len(sent) == 2
    assert (
        await db.fetchval("SELECT count(*) FROM inbound_events WHERE event_id = 'wamid.dup1'") == 1
    )
    assert metric("whatsapp_messages_total", direction="in", type="text") == before + 2


async def test_concurrent_batches_each_get_their_own_answer(client, graph, db):
    # Recorded together (group commit) but each answered for its own messages.
    guests = [f"54929442{i:05d}" for i in range(20)]
    bodies = [
        batch(value([text_message(f"hola {n}", sender=g) for n in range(i % 3 + 1)]))
        for i, g in enumerate(guests)
    ]
    responses = await asyncio.gather(*(post_signed(client, body) for body in bodies))
    assert [(await r.json())["messages"] for r in responses] == [i % 3 + 1 for i in range(20)]
    total = sum(i % 3 + 1 for i in range(20))
    assert await count_events(db) == total
    assert len(await graph[0].wait_for(total)) == total


async def test_duplicate_inside_one_batch_is_recorded_once(client, graph, db):
    message = text_message("hola")
    response = await post_signed(client, batch(value([message, message]), value([message])))
    assert response.status == 200
    assert (await response.json())["messages"] == 1
    assert await count_events(db) == 1


# ------------------------------------------------------------ dependencies down


async def test_redis_unreachable_is_503_and_nothing_stored(database_url, graph, db, aiohttp_client):
    from tests.conftest import make_settings

    settings = live(
        make_settings(database_url=database_url, redis_url=f"redis://127.0.0.1:{free_port()}/0"),
        graph[1],
    )
    client = await start_app(aiohttp_client, settings, EchoHandler())
    response = await post_signed(client, batch(value([text_message("hola")])))
    assert response.status == 503
    assert (await response.json())["error"] == "redis_unavailable"
    assert await count_events(db) == 0


async def test_postgres_unreachable_is_503(redis_url, graph, aiohttp_client):
    from tests.conftest import make_settings

    dead = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    settings = live(make_settings(database_url=dead, redis_url=redis_url), graph[1])
    client = await start_app(aiohttp_client, settings, EchoHandler())
    response = await post_signed(client, batch(value([text_message("hola")])))
    assert response.status == 503
    assert await response.json() == {
        "error": "database_unavailable",
        "detail": "Cannot record the batch now",
    }


async def test_webhooks_are_200_again_as_soon_as_redis_is_back(
    database_url, graph, db, aiohttp_client, tmp_path
):
    # Redis restarts (an Upstash failover, a deploy of it): the connections pooled
    # before are dead. The first use of each must reconnect, not answer Meta 503.
    from embedded import EmbeddedRedis
    from tests.conftest import make_settings

    rd = EmbeddedRedis(tmp_path / "redis").start()
    try:
        settings = live(make_settings(database_url=database_url, redis_url=rd.url), graph[1])
        client = await start_app(aiohttp_client, settings, EchoHandler())
        before = await asyncio.gather(
            *(post_signed(client, batch(value([text_message(f"hola {i}")]))) for i in range(8))
        )
        assert {r.status for r in before} == {200}
        rd.stop()
        rd = EmbeddedRedis(tmp_path / "redis", port=rd.port).start()
        after = [
            (await post_signed(client, batch(value([text_message(f"de vuelta {i}")])))).status
            for i in range(8)
        ]
        assert after == [200] * 8
        assert (await client.get("/api/v1/healthz")).status == 200
    finally:
        rd.stop()
