"""The whole path a guest's messages take: signed webhook → inbox → conversation → Cloud API.

Nothing stands in for our own parts: the webhook records, the inbox worker
calls `bot.conversation.handle_message`, and the replies reach a local fake
Graph API in Meta's JSON.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from app import create_app
from booking.demo import seed_demo
from bot import replies as R
from tests.conversation_support import ddmm, quiet_stay
from tests.whatsapp_helpers import (
    GUEST,
    GUEST_CLOUD,
    batch,
    button_reply,
    live,
    post_signed,
    text_message,
    value,
    wamid,
)


def list_reply(row_id: str, title: str, context_id: str) -> dict[str, Any]:
    return {
        "context": {"from": "5492944000000", "id": context_id},
        "from": GUEST,
        "id": wamid(),
        "timestamp": str(int(time.time())),
        "type": "interactive",
        "interactive": {"type": "list_reply", "list_reply": {"id": row_id, "title": title}},
    }


@pytest.fixture
async def client(settings, db, graph, aiohttp_client):
    async with db.acquire() as conn:
        await seed_demo(conn)
    return await aiohttp_client(create_app(live(settings, graph[1])))


async def send(client, fake, message: dict[str, Any], expect: int) -> list[dict[str, Any]]:
    """Post one guest message; wait until `expect` more replies reached the Graph API."""
    before = len(fake.sent)
    response = await post_signed(client, batch(value([message], names={GUEST: "Lucía"})))
    assert response.status == 200
    sent = await fake.wait_for(before + expect)
    return sent[before:]


async def test_hola_to_a_held_cabin_with_a_payment_link_over_http(client, graph, db):
    fake, _ = graph
    (greeting,) = await send(client, fake, text_message("hola"), 1)  # welcome + menu, one bubble
    assert greeting["to"] == GUEST_CLOUD  # 549… arrives, 54… is sent
    assert greeting["interactive"]["type"] == "list"
    assert "Lucía" in greeting["interactive"]["body"]["text"]

    start, end = quiet_stay()
    (offer,) = await send(client, fake, text_message(f"del {ddmm(start)} al {ddmm(end)} para 4"), 1)
    rows = offer["interactive"]["action"]["sections"][0]["rows"]
    assert [r["title"] for r in rows] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]

    (summary,) = await send(
        client, fake, list_reply(rows[0]["id"], rows[0]["title"], offer["_wamid"]), 1
    )
    buttons = summary["interactive"]["action"]["buttons"]
    about = f"cerro-chapelco:{start:%Y%m%d}:{end:%Y%m%d}:4"
    ids = [f"{R.HOLD_CONFIRM}:{about}", f"{R.HOLD_CHANGE}:{about}", f"{R.HOLD_CANCEL}:{about}"]
    assert [b["reply"]["id"] for b in buttons] == ids

    (link,) = await send(client, fake, button_reply(ids[0], "Confirmar", summary["_wamid"]), 1)
    code = await db.fetchval(
        "SELECT code FROM reservations"
        " WHERE guest_phone = $1 AND reservation_status = 'pre_reserved'",
        GUEST,
    )
    assert code and code in link["text"]["body"] and "http" in link["text"]["body"]


async def test_an_audio_over_http_gets_a_request_for_text(client, graph):
    fake, _ = graph
    audio = {
        "from": GUEST,
        "id": wamid(),
        "timestamp": str(int(time.time())),
        "type": "audio",
        "audio": {
            "mime_type": "audio/ogg; codecs=opus",
            "sha256": "abc",
            "id": "1234",
            "voice": True,
        },
    }
    (answer,) = await send(client, fake, audio, 1)
    assert "audio" in answer["text"]["body"] and "escrib" in answer["text"]["body"]


async def test_an_old_list_row_over_http_shows_the_list_of_the_new_dates(client, graph, db):
    fake, _ = graph
    start, end = quiet_stay()
    (first,) = await send(client, fake, text_message(f"del {ddmm(start)} al {ddmm(end)} para 2"), 1)
    later, until = quiet_stay(days_ahead=130)
    await send(client, fake, text_message(f"mejor del {ddmm(later)} al {ddmm(until)}"), 1)
    old = first["interactive"]["action"]["sections"][0]["rows"][0]
    # The guest scrolls up and taps a row of the first list (its context is that list).
    explained, relisted = await send(
        client, fake, list_reply(old["id"], old["title"], first["_wamid"]), 2
    )
    assert "Esa lista era para" in explained["text"]["body"]
    rows = relisted["interactive"]["action"]["sections"][0]["rows"]
    assert all(f"{later:%Y%m%d}" in r["id"] for r in rows)
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def test_confirmar_tapped_twice_at_once_over_http_holds_once(client, graph, db):
    fake, _ = graph
    start, end = quiet_stay()
    (offer,) = await send(client, fake, text_message(f"del {ddmm(start)} al {ddmm(end)} para 2"), 1)
    row = offer["interactive"]["action"]["sections"][0]["rows"][0]
    (summary,) = await send(client, fake, list_reply(row["id"], row["title"], offer["_wamid"]), 1)
    confirm = summary["interactive"]["action"]["buttons"][0]["reply"]["id"]
    before = len(fake.sent)
    taps = [button_reply(confirm, "Confirmar", summary["_wamid"]) for _ in range(2)]
    answers = await asyncio.gather(*(post_signed(client, batch(value([t]))) for t in taps))
    assert [a.status for a in answers] == [200, 200]
    sent = await fake.wait_for(before + 2)
    code = await db.fetchval(
        "SELECT code FROM reservations WHERE reservation_status = 'pre_reserved'"
    )
    assert await db.fetchval("SELECT count(*) FROM reservations") == 1
    assert all(code in m["text"]["body"] for m in sent[before:])  # the same hold, twice
