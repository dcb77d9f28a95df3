"""Handoff to a person: the bot goes silent, the owner hears, an admin route ends it.

Outbound messages go to a local fake Graph API, so the owner's notice is
checked as Meta would receive it.
"""

from __future__ import annotations

import pytest

from appkeys import REDIS, SETTINGS
from bot.session import GuestKey, redis_key
from bot.states import State
from health.auth import mint_admin_token
from tests.conversation_support import GUEST, Guest, owner_app, text_of

OWNER_CLOUD = "542944999999"  # what the Cloud API is sent for OWNER (549 → 54)


@pytest.fixture
async def client(settings, db, graph, aiohttp_client):
    return await owner_app(settings, db, graph, aiohttp_client, handoff_minutes=90)


@pytest.fixture
def admin(client):
    token = mint_admin_token(client.server.app[SETTINGS].jwt_secret)
    return {"Authorization": f"Bearer {token}"}


async def test_handoff_silences_the_bot_tells_the_owner_and_an_admin_ends_it(client, graph, admin):
    fake, _ = graph
    guest = Guest(client.server.app)
    await guest.say("hola, quiero saber si hay lugar en enero")
    answer = await guest.say("quiero hablar con una persona")
    assert "alguien del equipo" in text_of(answer)
    assert await guest.state() == State.HANDOFF

    # The owner gets the guest's number and last messages, as a real WhatsApp text.
    owner_texts = fake.texts_to(OWNER_CLOUD)
    assert len(owner_texts) == 1
    assert f"+{GUEST}" in owner_texts[0] and "Lucía" in owner_texts[0]
    assert "hay lugar en enero" in owner_texts[0]

    # Silent: nothing to send, whatever the guest writes.
    assert await guest.say("hola?") == []
    assert await guest.say("menu") == []
    assert await guest.send("audio") == []

    listed = await client.get("/api/v1/admin/handoffs", headers=admin)
    assert listed.status == 200
    items = (await listed.json())["items"]
    assert [i["wa_id"] for i in items] == [GUEST]
    assert items[0]["name"] == "Lucía" and items[0]["until"] > items[0]["started_at"]

    ended = await client.delete(f"/api/v1/admin/handoffs/{GUEST}", headers=admin)
    assert ended.status == 200
    assert (await (await client.get("/api/v1/admin/handoffs", headers=admin)).json())["items"] == []
    again = await client.delete(f"/api/v1/admin/handoffs/{GUEST}", headers=admin)
    assert again.status == 404

    back = await guest.say("hola")
    assert "Volví" in text_of(back) and "Lucía" in text_of(back)
    assert await guest.state() == State.IDLE


async def test_handoff_from_the_menu_row_and_a_retry_notifies_the_owner_once(client, graph):
    fake, _ = graph
    guest = Guest(client.server.app)
    first = await guest.send("interactive", wamid="wamid.human", text="Hablar con una persona",
                             reply_id="menu:human")  # fmt: skip
    again = await guest.send("interactive", wamid="wamid.human", text="Hablar con una persona",
                             reply_id="menu:human")  # fmt: skip
    assert first == again and first
    assert len(fake.texts_to(OWNER_CLOUD)) == 1


async def test_a_handoff_ends_by_itself(client):
    app = client.server.app
    guest = Guest(app)
    await guest.say("necesito hablar con alguien")
    key = redis_key("handoff", GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST))
    ttl = await app[REDIS].ttl(key)
    assert 89 * 60 < ttl <= 90 * 60  # HANDOFF_MINUTES
    await app[REDIS].delete(key)  # what the TTL does after 90 minutes
    assert await guest.say("hola") != []


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/api/v1/admin/handoffs"), ("DELETE", f"/api/v1/admin/handoffs/{GUEST}")],
)
async def test_admin_handoff_routes_need_a_token(client, method, path):
    missing = await client.request(method, path)
    assert missing.status == 401
    forged = await client.request(method, path, headers={"Authorization": "Bearer not.a.jwt"})
    assert forged.status == 401
