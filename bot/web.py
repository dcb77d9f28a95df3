"""The bot's transport wiring: webhook routes, `app[WHATSAPP]` and the inbox worker.

In demo mode (no WhatsApp credentials) it also serves what the demo transport
sent to a guest, for the console chat (`make chat`), which talks to the
server only over HTTP and so needs to know nothing of its Redis.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from appkeys import DB, HTTP, INBOX, REDIS, SETTINGS, WHATSAPP
from booking import db as booking_db
from bot import webhook
from bot.inbox import InboxWorker
from bot.whatsapp import WhatsAppClient, read_demo_outbox
from health.http import ApiError, bounded

DEMO_OUTBOX_PATH = "/api/v1/demo/whatsapp/outbox/{wa_id}"
# Below the Redis client's 2 s socket timeout, so a long poll is not an error.
DEMO_MAX_WAIT_SECONDS = 1.0


async def _transport(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[WHATSAPP] = WhatsAppClient(app[HTTP], settings, app[DB], app[REDIS])
    # The worker holds one connection for as long as it runs: the "lane" whose
    # session holds the locks of every guest being answered (bot/inbox.py). It
    # comes from a pool of the worker's own, so it never takes one of the
    # connections the conversation, the sends and the webhook use from app[DB]
    # — not even with DB_POOL_SIZE=1. Half of DB_POOL_SIZE guests are answered
    # at once: their conversations share app[DB] with the webhook.
    concurrency = max(1, settings.db_pool_size // 2)
    assert settings.database_url
    pool = await booking_db.create_pool(settings.database_url, 1)
    worker = InboxWorker(
        app,
        pool,
        concurrency=concurrency,
        retry_seconds=settings.inbox_retry_seconds,
        message_timeout=settings.inbox_message_timeout_seconds,
    )
    app[INBOX] = worker
    try:
        await worker.start()
        yield
        await worker.stop()
    finally:
        await pool.close()


async def demo_outbox(request: web.Request) -> web.Response:
    """`GET …/outbox/{wa_id}?wait=1`: the messages the bot sent that guest, oldest first."""
    try:
        wait = min(max(float(request.query.get("wait", "0")), 0.0), DEMO_MAX_WAIT_SECONDS)
    except ValueError:
        raise ApiError(400, "invalid_wait", "wait must be a number of seconds") from None
    wa_id = request.match_info["wa_id"]
    messages = await read_demo_outbox(request.app[REDIS], wa_id, wait)
    return web.json_response({"messages": messages})


def setup(app: web.Application) -> None:
    # The webhook bounds its waits itself (Redis ping, RECORD_DEADLINE_SECONDS).
    app.router.add_get(bounded(webhook.PATH), webhook.verify)
    app.router.add_post(webhook.PATH, webhook.receive)
    if app[SETTINGS].whatsapp_demo:
        app.router.add_get(DEMO_OUTBOX_PATH, demo_outbox)
    app.cleanup_ctx.append(_transport)
