"""Composition root: `create_app(settings)` and the `python -m app` commands.

Each resource is born and dies in exactly one cleanup_ctx generator, in
order: database pool, Redis, outbound HTTP session, job scheduler, then the
periodic jobs that use them.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import AsyncIterator

import aiohttp
import aiojobs
import asyncpg
from aiohttp import web
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

import sync
from appkeys import DB, HEALTH_DB, HTTP, NOTIFIER, REDIS, SCHEDULER, SETTINGS
from booking import db as booking_db
from booking import payments_web
from booking import web as booking_web
from booking.notify import Notifier
from bot import handoff as bot_handoff
from bot import redis_client
from bot import web as bot_web
from bot.notices import make_notifier
from health import routes as health_routes
from health.http import observe
from health.logs import setup_logging
from settings import DATA_DIR, ConfigError, Settings

log = logging.getLogger("cabanas")
MAX_BODY_BYTES = 3 * 1024 * 1024  # Meta batches stay far below this; larger → 413.
HEALTH_POOL_SIZE = 2  # healthz and /metrics (appkeys.HEALTH_DB)


async def _database(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    assert settings.database_url, "DATABASE_URL must be resolved before create_app"
    app[DB] = await booking_db.create_pool(settings.database_url, settings.db_pool_size)
    app[HEALTH_DB] = await booking_db.create_pool(settings.database_url, HEALTH_POOL_SIZE)
    yield
    await app[HEALTH_DB].close()
    await app[DB].close()


async def _redis(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    assert settings.redis_url, "REDIS_URL must be resolved before create_app"
    # Short timeouts: a hung Redis must turn into a 503, not a hung webhook. One retry
    # on a dropped connection only: after Redis restarts (or closes idle connections)
    # each pooled connection is dead, and its next command must reconnect, not fail.
    app[REDIS] = redis_client.connect(
        settings.redis_url,
        socket_timeout=2,
        socket_connect_timeout=2,
        decode_responses=True,
        retry=Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,)),
    )
    yield
    await app[REDIS].aclose()


async def _http(app: web.Application) -> AsyncIterator[None]:
    timeout = aiohttp.ClientTimeout(total=15, connect=5)
    app[HTTP] = aiohttp.ClientSession(timeout=timeout, headers={"User-Agent": "cabanas/1"})
    yield
    await app[HTTP].close()


async def _scheduler(app: web.Application) -> AsyncIterator[None]:
    app[SCHEDULER] = aiojobs.Scheduler(close_timeout=5, limit=None, pending_limit=10000)
    yield
    await app[SCHEDULER].close()


def create_app(settings: Settings, notifier: Notifier | None = None) -> web.Application:
    app = web.Application(middlewares=[observe], client_max_size=MAX_BODY_BYTES)
    app[SETTINGS] = settings
    # Booking's events become WhatsApp messages unless a test passes its own notifier.
    app[NOTIFIER] = notifier or make_notifier(app)
    app.cleanup_ctx.extend([_database, _redis, _http, _scheduler])
    health_routes.setup(app)
    booking_web.setup(app)
    payments_web.setup(app)
    bot_web.setup(app)
    bot_handoff.setup(app)
    sync.setup(app)
    return app


def serving_app(settings: Settings) -> web.Application:
    """The app as `serve` runs it: `create_app` plus what only a long-lived server process
    wants (the benches serve this one too): start-up objects frozen, young objects
    collected less often."""
    app = create_app(settings)
    app.on_startup.append(_freeze_startup_objects)  # after the cleanup contexts' startup
    return app


async def _freeze_startup_objects(app: web.Application) -> None:
    # What start-up built (modules, compiled patterns, the app, its pools) lives as long as
    # the process: moved out of the collector's generations (gc.freeze), the full
    # collections stop walking ~80,000 objects that can never be garbage. Not in
    # create_app: a test process builds thousands of apps, and frozen objects are never
    # collected.
    gc.collect()
    gc.freeze()
    # A turn allocates a few thousand short-lived objects, nearly all freed by reference
    # counting: with the default threshold (700) the youngest generation was collected
    # ~460 times in a 5,000-turn bench, ~4 % of the server's CPU; at 10,000, twice.
    gc.set_threshold(10_000, 10, 10)


# ---------------------------------------------------------------- commands


def _embedded_servers(settings: Settings, share: bool = False) -> tuple[Settings, list[object]]:
    """Start embedded PostgreSQL / Redis for whichever URL is missing.

    With `share` (migrate, seed-demo), a PostgreSQL that `serve` is running on
    the same data directory is used as it is and left running: starting our
    own would stop it under the running service.
    """
    from embedded import EmbeddedPostgres, EmbeddedRedis

    started: list[object] = []
    updates: dict[str, str] = {}
    if not settings.database_url:
        data_dir = DATA_DIR.resolve() / "postgres"
        pg = EmbeddedPostgres(data_dir).running() if share else None
        if pg is None:
            pg = EmbeddedPostgres(data_dir).start()
            started.append(pg)
            log.info("embedded PostgreSQL on %s", pg.url)
        else:
            log.info("embedded PostgreSQL already running on %s; left running", pg.url)
        updates["database_url"] = pg.url
    if not settings.redis_url:
        rd = EmbeddedRedis(DATA_DIR.resolve() / "redis").start()
        started.append(rd)
        updates["redis_url"] = rd.url
        log.info("embedded Redis on %s", rd.url)
    return settings.model_copy(update=updates), started


async def _connect_at_startup(dsn: str, wait_seconds: float) -> asyncpg.Connection:
    """Connect for migrations, retrying with backoff for `wait_seconds`.

    Fly Postgres restarting while we deploy should not crash-loop the app;
    a database that stays away ends start-up with one clear line.
    """
    loop = asyncio.get_running_loop()
    deadline, delay = loop.time() + wait_seconds, 0.5
    while True:
        try:
            return await asyncpg.connect(dsn, timeout=10)
        except booking_db.DATABASE_DOWN as exc:
            if loop.time() + delay > deadline:
                raise StartupError(f"Database unreachable at startup: {exc}") from None
            log.warning("database not reachable yet (%s); retrying in %.1f s", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 8.0)


class StartupError(RuntimeError):
    """Start-up cannot go on; the message is the one line on-call reads."""


async def _prepare_database(settings: Settings, seed: bool) -> None:
    from booking.demo import seed_demo

    assert settings.database_url
    conn = await _connect_at_startup(settings.database_url, settings.startup_db_wait_seconds)
    try:
        applied = await booking_db.migrate(conn)
        if applied:
            log.info("applied migrations: %s", ", ".join(applied))
        if seed and await seed_demo(conn):
            log.info("seeded demo cabins")
    finally:
        await conn.close()


def _serve(settings: Settings) -> None:
    settings, started = _embedded_servers(settings)
    try:
        # Demo cabins only outside production: a real owner's empty database stays empty.
        asyncio.run(_prepare_database(settings, seed=settings.environment != "production"))
        demo = []
        if settings.whatsapp_demo:
            demo.append("WhatsApp replies go to the local transport (make chat)")
        if settings.mercadopago_demo:
            demo.append("payment links open the local demo checkout")
        if demo:
            log.warning("demo mode: %s", ", ".join(demo))
        elif settings.owner_whatsapp and not settings.whatsapp_owner_template:
            log.warning(
                "WHATSAPP_OWNER_TEMPLATE is not set: the owner's notices reach OWNER_WHATSAPP "
                "only within 24 h of the owner's last message to the business number"
            )
        web.run_app(serving_app(settings), port=settings.port, print=None, access_log=None)
    finally:
        for server in reversed(started):
            server.stop()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app", description="Cabañas service")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the service (embedded servers when no URLs are set)")
    commands.add_parser("migrate", help="apply pending sql/ migrations")
    commands.add_parser("seed-demo", help="add the demo cabins to an empty database")
    token = commands.add_parser("admin-token", help="print an admin JWT")
    token.add_argument("--hours", type=float, default=12.0)
    token.add_argument("--subject", default="admin")
    commands.add_parser("chat", help="console chat with the running bot")
    args = parser.parse_args(argv)

    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    setup_logging(settings.log_level)

    try:
        return _run(args, settings)
    except StartupError as exc:
        print(exc, file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "serve":
        _serve(settings)
    elif args.command in ("migrate", "seed-demo"):
        settings, started = _embedded_servers(
            settings.model_copy(update={"redis_url": "unused"}), share=True
        )
        try:
            asyncio.run(_prepare_database(settings, seed=args.command == "seed-demo"))
        finally:
            for server in started:
                server.stop()  # type: ignore[attr-defined]
    elif args.command == "admin-token":
        from health.auth import mint_admin_token

        print(mint_admin_token(settings.jwt_secret, args.subject, int(args.hours * 3600)))
    elif args.command == "chat":
        from bot.chat import run_chat

        return asyncio.run(run_chat(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
