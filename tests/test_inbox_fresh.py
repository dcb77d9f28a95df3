"""The messages a process recorded, handed to its own inbox worker parsed (bot/inbox.py,
`nudge`): answered from that copy, and never more of them kept than FRESH_KEPT."""

from __future__ import annotations

import pytest

from appkeys import INBOX
from bot import inbox
from bot.payloads import StoredPayload, to_inbound
from tests.whatsapp_helpers import (
    GUEST_CLOUD,
    EchoHandler,
    batch,
    live,
    post_signed,
    start_app,
    text_message,
    value,
)


@pytest.fixture
def wa_settings(settings, graph):
    return live(settings, graph[1])


async def test_a_message_recorded_here_is_answered_and_its_copy_let_go(
    wa_settings, graph, aiohttp_client
):
    fake, _ = graph
    handler = EchoHandler()
    client = await start_app(aiohttp_client, wa_settings, handler)
    worker = client.server.app[INBOX]
    assert (await post_signed(client, batch(value([text_message("hola")])))).status == 200
    await fake.wait_for(1)
    assert fake.texts_to(GUEST_CLOUD) == ["eco: hola (Lucía)"]  # the profile name kept too
    assert worker._fresh == {}  # answered from the copy, which is not kept after


async def test_no_more_than_fresh_kept_copies_stay(wa_settings, graph, aiohttp_client, monkeypatch):
    # Copies of messages another instance answers are never popped: the oldest go.
    monkeypatch.setattr(inbox, "FRESH_KEPT", 3)
    client = await start_app(aiohttp_client, wa_settings, EchoHandler())
    worker = client.server.app[INBOX]
    kept = StoredPayload.model_validate({"message": {"id": "w", "from": "1", "timestamp": "1"}})
    worker.nudge(set(), {f"wamid.{n}": kept for n in range(5)})
    assert list(worker._fresh) == ["wamid.2", "wamid.3", "wamid.4"]
    assert to_inbound(worker._fresh["wamid.4"]).wa_id == "1"
