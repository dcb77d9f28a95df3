"""The bot's transport wiring: webhook routes, `app[WHATSAPP]` and the inbox worker."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from appkeys import DB, HTTP, INBOX, REDIS, SETTINGS, WHATSAPP
from bot import webhook
from bot.inbox import InboxWorker
from bot.whatsapp import WhatsAppClient


async def _transport(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[WHATSAPP] = WhatsAppClient(app[HTTP], settings, app[DB], app[REDIS])
    # Each guest being answered holds one connection; leave the rest of the
    # pool to the webhook and to the conversation's own queries.
    worker = InboxWorker(
        app,
        concurrency=max(1, settings.db_pool_size // 2),
        retry_seconds=settings.inbox_retry_seconds,
    )
    app[INBOX] = worker
    await worker.start()
    yield
    await worker.stop()


def setup(app: web.Application) -> None:
    app.router.add_get(webhook.PATH, webhook.verify)
    app.router.add_post(webhook.PATH, webhook.receive)
    app.cleanup_ctx.append(_transport)
