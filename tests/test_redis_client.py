"""bot/redis_client.py: commands packed by hiredis are the bytes redis-py's packer makes."""

from __future__ import annotations

import pytest
from redis.asyncio.connection import Connection, SSLConnection, UnixDomainSocketConnection
from redis.exceptions import DataError

from appkeys import REDIS
from bot import redis_client
from bot.redis_client import _with_hiredis_packing

COMMANDS = [
    ("GET", "cabanas:conv:1:5492940000001"),
    ("SET", "k", "sesión con ñ y 😊", "EX", 86400),
    ("EVALSHA", "a" * 40, 3, "lock", "conv", "handoff", "token", '{"v": 1}', 60000),
    ("SET", "k", b"\x00\xffbytes"),
    ("SET", "k", 1.5),
    ("SET", "k", -7),
    ("CLIENT SETNAME", "cabanas"),  # a name with a space is split, as redis-py does
    (b"CONFIG GET", b"maxmemory"),
    ("SET", "k", ""),
]


@pytest.mark.parametrize("command", COMMANDS)
def test_hiredis_packs_what_redis_py_packs(command):
    ours = _with_hiredis_packing(Connection)()
    theirs = Connection()
    assert b"".join(ours.pack_command(*command)) == b"".join(theirs.pack_command(*command))
    pipeline = [command, ("PING",), command]
    assert b"".join(ours.pack_commands(pipeline)) == b"".join(theirs.pack_commands(pipeline))


@pytest.mark.parametrize("value", [None, True, object()])
def test_a_value_redis_cannot_take_is_a_data_error(value):
    with pytest.raises(DataError):
        _with_hiredis_packing(Connection)().pack_command("SET", "k", value)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("redis://127.0.0.1:6379/0", Connection),
        ("rediss://127.0.0.1:6380/0", SSLConnection),
        ("unix:///tmp/redis.sock", UnixDomainSocketConnection),
    ],
)
async def test_the_url_still_chooses_the_connection(url, kind):
    client = redis_client.connect(url)
    try:
        chosen = client.connection_pool.connection_class
        assert issubclass(chosen, kind) and chosen is not kind
    finally:
        await client.aclose()


async def test_the_app_talks_to_redis_through_it(app):
    redis = app[REDIS]
    await redis.set("cabanas:test", "sesión ñ 😊", ex=60)
    assert await redis.get("cabanas:test") == "sesión ñ 😊"
    assert redis.connection_pool.connection_class.__name__.startswith("Hiredis")
