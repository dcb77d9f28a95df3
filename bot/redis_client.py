"""The application's Redis client: redis-py, with commands packed by hiredis.

redis-py's asyncio connection packs every command in Python (~7 µs for a turn's
script with the session document, a third of the client's CPU in a turn);
hiredis, which already parses the replies, packs the same bytes in C (~1 µs).
Same rules as redis-py's packer: a command name with spaces is split, and a
value that is not str, bytes, int or float (None, a bool) is a DataError.
The connection class chosen by the URL's scheme (TCP, TLS for rediss://, a
Unix socket) is kept; only its packing changes.
"""

from __future__ import annotations

from typing import Any

import hiredis
import redis.asyncio as aioredis
from redis.exceptions import DataError


class _HiredisPacking:
    """Mixed into a redis-py asyncio connection class, before it."""

    def pack_command(self, *args: Any) -> list[bytes]:
        if isinstance(args[0], str):
            args = (*args[0].encode().split(), *args[1:])
        elif b" " in args[0]:
            args = (*args[0].split(), *args[1:])
        try:
            return [hiredis.pack_command(args)]
        except TypeError as exc:
            raise DataError(str(exc)) from exc


_packing: dict[type, type] = {}


def _with_hiredis_packing(cls: type) -> type:
    if (found := _packing.get(cls)) is None:
        found = _packing[cls] = type(f"Hiredis{cls.__name__}", (_HiredisPacking, cls), {})
    return found


def connect(url: str, **options: Any) -> aioredis.Redis:
    """`redis.asyncio.from_url(url, **options)`, packing with hiredis. The client owns
    its pool: `aclose()` closes both."""
    pool = aioredis.ConnectionPool.from_url(url, **options)
    pool.connection_class = _with_hiredis_packing(pool.connection_class)
    return aioredis.Redis.from_pool(pool)
