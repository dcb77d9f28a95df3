"""Conversation state in Redis: one versioned key per guest, a TTL, and a lock before reading."""

from __future__ import annotations

import asyncio
import json

import pytest

from app import create_app
from appkeys import REDIS, SETTINGS
from booking.demo import seed_demo
from bot.session import TTL_SECONDS, GuestKey, redis_key
from bot.states import State
from tests.conversation_support import GUEST, Guest, text_of


@pytest.fixture
async def app(settings, db, aiohttp_client):
    async with db.acquire() as conn:
        await seed_demo(conn)
    client = await aiohttp_client(create_app(settings))
    return client.server.app


def conv_key(app) -> str:
    return redis_key("conv", GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST))


async def test_state_is_one_versioned_json_key_per_guest_with_a_day_of_ttl(app):
    await Guest(app).say("quiero reservar para 4")
    redis = app[REDIS]
    assert await redis.keys("cabanas:conv:*") == [conv_key(app)]
    document = json.loads(await redis.get(conv_key(app)))
    assert document["v"] == 1
    assert document["state"] == "ask_dates"
    assert document["ctx"]["guests"] == 4
    assert TTL_SECONDS - 5 < await redis.ttl(conv_key(app)) <= TTL_SECONDS == 24 * 3600


async def test_an_unknown_schema_version_starts_over(app):
    guest = Guest(app)
    await guest.say("quiero reservar para 4")
    redis = app[REDIS]
    document = json.loads(await redis.get(conv_key(app)))
    document["v"] = 99
    await redis.set(conv_key(app), json.dumps(document))
    assert await guest.state() == State.IDLE
    answer = await guest.say("hola")
    assert "Lucía" in text_of(answer)


async def test_concurrent_messages_of_one_guest_never_lose_an_update(app):
    # Without the lock taken before reading, each turn would load the same
    # state and the last save would drop the others' messages.
    guest = Guest(app)
    texts = [f"hola {n}" for n in range(6)]
    answers = await asyncio.gather(*(guest.say(t) for t in texts))
    assert all(answers)
    session = await guest.session()
    assert len(session.seen) == 6
    assert set(session.ctx.history) == set(texts)


async def test_a_busy_lock_makes_the_worker_retry_instead_of_reading(app):
    from redis.exceptions import LockError

    from bot.session import guest_lock

    guest = GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST)
    async with guest_lock(app[REDIS], guest):
        with pytest.raises(LockError):
            async with guest_lock(app[REDIS], guest, wait=0.2):
                pass
