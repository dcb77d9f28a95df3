"""PostgreSQL gone from under open connections: a failover, a host lost with no reset sent.

Unlike a hang (tests/test_postgres_hangs.py: the server is frozen and comes back on the
same connections), the connections open when it happens never answer again, while new
ones reach the database (the new primary). A TCP proxy between the app and PostgreSQL
plays it: `sever()` makes every connection open through it silent both ways, and later
connections go through as before.

The WhatsApp webhook's group commit runs one INSERT at a time. Before, an INSERT stuck on
such a connection waited for asyncpg's command timeout (30 s) and its cancel, and every
webhook queued behind it answered 503 for up to a minute; the pool's idle connections were
as dead, each good for one more stall. Now the INSERT past RECORD_DEADLINE_SECONDS is cut
loose (its connection closed, the pool's connections replaced), so Meta's next retry is
recorded on a new connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from tests.conftest import make_settings
from tests.payments_helpers import wait_for
from tests.test_postgres_hangs import ANSWER_WITHIN
from tests.whatsapp_helpers import EchoHandler, batch, live, post_signed, start_app, text_message
from tests.whatsapp_helpers import value as change_value


class SeverableProxy:
    """A TCP proxy whose open connections can be made silent (bytes dropped, sockets kept)."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._links: list[dict[str, Any]] = []
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> SeverableProxy:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self._target)
        link = {"open": True, "writers": (writer, up_writer)}
        self._links.append(link)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            while data := await src.read(65536):
                if link["open"]:  # severed: the other end never hears of it
                    dst.write(data)
                    await dst.drain()

        with contextlib.suppress(Exception):
            await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        for w in (writer, up_writer):
            w.close()

    def sever(self) -> None:
        for link in self._links:
            link["open"] = False

    async def close(self) -> None:
        """Close every socket (a reset, at last), so the app's teardown is not held."""
        if self._server is not None:
            self._server.close()
        for link in self._links:
            for w in link["writers"]:
                w.close()
        if self._server is not None:
            await self._server.wait_closed()


def _through(url: str, port: int) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)
    netloc = (host[0] + "@" if len(host) == 2 else "") + f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=netloc))


async def test_after_a_failover_meta_s_retry_is_recorded_on_a_new_connection(
    database_url, db, redis_url, graph, aiohttp_client
):
    target = urlsplit(database_url)
    proxy = await SeverableProxy(target.hostname or "127.0.0.1", target.port or 5432).start()
    try:
        settings = live(
            make_settings(database_url=_through(database_url, proxy.port), redis_url=redis_url),
            graph[1],
        )
        client = await start_app(aiohttp_client, settings, EchoHandler())
        assert (
            await post_signed(client, batch(change_value([text_message("hola")])))
        ).status == 200
        await graph[0].wait_for(1)

        proxy.sever()
        message = text_message("¿siguen ahí?")
        body = batch(change_value([message]))
        started = time.monotonic()
        first = await post_signed(client, body)
        assert first.status == 503 and time.monotonic() - started < ANSWER_WITHIN
        assert (await first.json())["error"] == "database_unavailable"

        # Meta's retry, seconds later: recorded, on a connection made after the failover.
        started = time.monotonic()
        again = await post_signed(client, body)
        assert again.status == 200, await again.text()
        assert time.monotonic() - started < ANSWER_WITHIN
        await wait_for(
            lambda: db.fetchval(
                "SELECT count(*) = 1 FROM inbound_events WHERE event_id = $1", message["id"]
            )
        )
        # And the webhooks after it go on as usual.
        later = batch(change_value([text_message("dale, gracias")]))
        assert (await post_signed(client, later)).status == 200
    finally:
        await proxy.close()
