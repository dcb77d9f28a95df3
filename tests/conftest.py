"""Real PostgreSQL and Redis for every test run.

Embedded servers start once per session (or TEST_DATABASE_URL /
TEST_REDIS_URL are used). The schema is migrated once into a template
database; each test that needs the database gets its own copy, so tests never
see each other's rows. Redis is flushed before each test that uses it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
import redis

from booking.db import migrate
from settings import Settings

TEMPLATE_DB = "cabanas_template"


def _terminate_gracefully(signum: int, frame: object) -> None:
    # `timeout` and CI runners stop a run with SIGTERM, which by default kills
    # Python without running fixture teardown and leaves the embedded
    # PostgreSQL and Redis behind. As KeyboardInterrupt, pytest tears down.
    raise KeyboardInterrupt


signal.signal(signal.SIGTERM, _terminate_gracefully)


def _with_db(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def tmp_root() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="cabanas-test-") as path:
        yield Path(path)


@pytest.fixture(scope="session")
def pg_server_url(tmp_root: Path) -> Iterator[str]:
    if url := os.environ.get("TEST_DATABASE_URL"):
        yield url
        return
    from embedded import EmbeddedPostgres

    server = EmbeddedPostgres(tmp_root / "pg").start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def redis_server_url(tmp_root: Path) -> Iterator[str]:
    if url := os.environ.get("TEST_REDIS_URL"):
        yield url
        return
    from embedded import EmbeddedRedis

    server = EmbeddedRedis(tmp_root / "redis").start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def template_url(pg_server_url: str) -> str:
    async def build() -> None:
        conn = await asyncpg.connect(pg_server_url)
        try:
            await conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)")
            await conn.execute(f"CREATE DATABASE {TEMPLATE_DB}")
        finally:
            await conn.close()
        conn = await asyncpg.connect(_with_db(pg_server_url, TEMPLATE_DB))
        try:
            await migrate(conn)
        finally:
            await conn.close()

    asyncio.run(build())
    return _with_db(pg_server_url, TEMPLATE_DB)


@pytest.fixture
async def database_url(pg_server_url: str, template_url: str) -> AsyncIterator[str]:
    """A fresh, migrated database for one test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(pg_server_url)
    try:
        await admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}")
    finally:
        await admin.close()
    yield _with_db(pg_server_url, name)
    admin = await asyncpg.connect(pg_server_url)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        await admin.close()


@pytest.fixture
def redis_url(redis_server_url: str) -> str:
    client = redis.Redis.from_url(redis_server_url)
    try:
        client.flushall()
    finally:
        client.close()
    return redis_server_url


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[asyncpg.Pool]:
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=20)
    yield pool
    await pool.close()


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "jwt_secret": "test-secret-" + "x" * 32,
        "whatsapp_app_secret": "wa-test-secret",
        "whatsapp_verify_token": "wa-verify-token",
        "mercadopago_webhook_secret": "mp-test-secret",
        "public_base_url": "http://cabanas.test",
        "ical_allow_private_urls": True,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def settings(database_url: str, redis_url: str) -> Settings:
    return make_settings(database_url=database_url, redis_url=redis_url)


@pytest.fixture
async def graph(aiohttp_server: Any) -> tuple[Any, str]:
    """A fake Graph API on a test server: (fake, WHATSAPP_API_BASE)."""
    from tests.whatsapp_helpers import start_graph

    return await start_graph(aiohttp_server)


@pytest.fixture
async def app(settings: Settings, db: asyncpg.Pool, aiohttp_client: Any) -> Any:
    """The whole application on a test server, with the demo cabins seeded (the
    conversation tests drive it in process; a module may override it)."""
    from app import create_app
    from booking.demo import seed_demo

    async with db.acquire() as conn:
        await seed_demo(conn)
    client = await aiohttp_client(create_app(settings))
    return client.server.app


@pytest.fixture
def guest(app: Any) -> Any:
    """Lucía, the conversation tests' guest (tests/conversation_support.Guest)."""
    from tests.conversation_support import Guest

    return Guest(app)
