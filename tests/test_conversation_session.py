"""Conversation state in Redis: one versioned key per guest, a TTL, and a lock before reading."""

from __future__ import annotations

import asyncio
import json

import pytest

from appkeys import REDIS, SETTINGS
from bot.session import TTL_SECONDS, GuestKey, redis_key
from bot.states import State
from tests.conversation_support import GUEST, Guest, text_of


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


async def test_a_turn_and_a_notice_exclude_each_other_through_the_same_lock(app):
    # The turn's scripts (bot.session.conversation) and redis-py's Lock (guest_lock,
    # used by the hold notices) take the same key with the same protocol.
    from redis.exceptions import LockError

    from bot.session import conversation, guest_lock

    guest = GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST)
    redis = app[REDIS]
    async with guest_lock(redis, guest):
        with pytest.raises(LockError):
            async with conversation(redis, guest, wait=0.2):
                pass
    async with conversation(redis, guest) as stored:
        with pytest.raises(LockError):
            async with guest_lock(redis, guest, wait=0.2):
                pass
        stored.save(stored.session.after("wamid.1", State.ASK_DATES, stored.session.ctx, ()))
    async with guest_lock(redis, guest, wait=0.2):  # released with the save
        pass
    assert json.loads(await redis.get(conv_key(app)))["state"] == "ask_dates"


async def test_a_turn_that_fails_saves_nothing_and_releases_the_lock(app):
    from bot.session import conversation

    guest = GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST)
    redis = app[REDIS]
    with pytest.raises(RuntimeError):
        async with conversation(redis, guest) as stored:
            stored.save(stored.session.after("wamid.1", State.ASK_DATES, stored.session.ctx, ()))
            raise RuntimeError("handler bug")
    assert await redis.get(conv_key(app)) is None
    assert await redis.get(redis_key("lock", guest)) is None
    async with conversation(redis, guest, wait=0.2) as stored:
        assert stored.session.state is State.IDLE and not stored.handed_off


async def _turn(redis, guest: GuestKey, state: State = State.ASK_DATES, wait: float = 20) -> None:
    from bot.session import conversation

    async with conversation(redis, guest, wait=wait) as stored:
        await asyncio.sleep(0)  # the others open meanwhile
        stored.save(stored.session.after("wamid.1", state, stored.session.ctx, ()))


async def _clients(redis) -> int:
    return (await redis.info("clients"))["connected_clients"]


async def test_the_turns_of_guests_answered_at_once_share_round_trips(app):
    # Opened and closed in pipelines (bot.session._Turns): 30 turns at once use a
    # connection or two, not one each.
    import redis.asyncio as aioredis

    watcher = aioredis.from_url(app[SETTINGS].redis_url, decode_responses=True)
    try:
        redis = app[REDIS]
        await redis.ping()  # the app's first connection, counted before
        before = await _clients(watcher)
        phone = app[SETTINGS].whatsapp_phone_number_id
        guests = [GuestKey(phone, f"54929400{n:05d}") for n in range(30)]
        await asyncio.gather(*(_turn(redis, g) for g in guests))
        assert await _clients(watcher) - before <= 2
        for g in guests:  # each saved its own document and released its own lock
            assert json.loads(await redis.get(redis_key("conv", g)))["state"] == "ask_dates"
            assert await redis.get(redis_key("lock", g)) is None
    finally:
        await watcher.aclose()


async def test_a_busy_guest_waits_without_holding_up_the_others_in_its_round_trip(app):
    from bot.session import guest_lock

    redis = app[REDIS]
    phone = app[SETTINGS].whatsapp_phone_number_id
    busy, *others = [GuestKey(phone, f"54929411{n:05d}") for n in range(6)]
    async with guest_lock(redis, busy):
        waiting = asyncio.ensure_future(_turn(redis, busy, State.CHOOSE_CABIN))
        await asyncio.wait_for(asyncio.gather(*(_turn(redis, g) for g in others)), 5)
        assert not waiting.done()
        assert await redis.get(redis_key("conv", busy)) is None
    await asyncio.wait_for(waiting, 5)  # taken once the holder let go
    assert json.loads(await redis.get(redis_key("conv", busy)))["state"] == "choose_cabin"


async def test_scripts_lost_by_redis_are_loaded_again(app):
    # After a Redis restart (or SCRIPT FLUSH) the pipelined EVALSHAs answer NOSCRIPT.
    redis = app[REDIS]
    phone = app[SETTINGS].whatsapp_phone_number_id
    guests = [GuestKey(phone, f"54929422{n:05d}") for n in range(8)]
    await asyncio.gather(*(_turn(redis, g) for g in guests[:4]))
    await redis.script_flush()
    await asyncio.gather(*(_turn(redis, g, State.CHOOSE_CABIN) for g in guests))
    for g in guests:
        assert json.loads(await redis.get(redis_key("conv", g)))["state"] == "choose_cabin"


async def test_a_closed_client_and_its_shared_round_trips_can_be_collected(app):
    import gc
    import weakref

    import redis.asyncio as aioredis

    client = aioredis.from_url(app[SETTINGS].redis_url, decode_responses=True)
    await _turn(client, GuestKey(app[SETTINGS].whatsapp_phone_number_id, "5492943300000"))
    await client.aclose()
    gone = weakref.ref(client)
    del client
    gc.collect()
    assert gone() is None


def test_context_replace_is_dataclasses_replace():
    import dataclasses
    import datetime as dt

    from bot.session import Context

    before = Context(name="Ana", check_in=dt.date(2027, 1, 15), guests=4, offers=("a", "b"))
    changes = {"guests": 2, "history": ("hola",), "shown_rows": True}
    after = before.replace(**changes)
    assert after == dataclasses.replace(before, **changes)
    assert hash(after) == hash(dataclasses.replace(before, **changes))
    assert before.guests == 4 and before.history == ()  # the original is untouched
    assert after.to_json() == dataclasses.replace(before, **changes).to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        after.guests = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        before.replace(gests=2)
