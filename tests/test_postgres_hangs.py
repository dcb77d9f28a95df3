"""A PostgreSQL that hangs (holds connections, never answers) rather than refusing them.

The postmaster and every backend are SIGSTOPped, as tests/test_health.py does: a
frozen host, a network partition, a stuck disk. Connections open (the kernel accepts
them), queries go out, nothing comes back. asyncpg alone gives a query up after its
command timeout (30 s) and then waits as long again for the cancel, so every request
used to hang for 35-60 s and answer 500. Meta and Mercado Pago must instead get a 503
within a few seconds (they retry), nothing may be recorded twice or lost, and the app
must come back by itself when PostgreSQL does. A lock wait (someone holds a table) is
the other way a database "answers nothing" while it is up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from prometheus_client import REGISTRY

from booking import db as booking_db
from booking.db import migrate
from booking.demo import seed_demo
from embedded import EmbeddedPostgres
from health.auth import mint_admin_token
from tests import payments_helpers
from tests.conftest import make_settings
from tests.payments_helpers import hold, signed_post, wait_for
from tests.test_health import _postgres_processes
from tests.whatsapp_helpers import (
    GUEST,
    EchoHandler,
    batch,
    live,
    post_signed,
    start_app,
    status,
    text_message,
    value,
)

# The webhooks give the recording booking.db.RECORD_DEADLINE_SECONDS (3 s); other routes
# answer after health.http.STALL_SECONDS (2 s) and a failed 1 s check. Margin for a
# loaded two-core machine.
ANSWER_WITHIN = 4.5
fake_mp = payments_helpers.fake_mp  # shared fixture


class Hangable:
    """A PostgreSQL of the test's own (the session's is shared), migrated and seeded."""

    def __init__(self, pg: EmbeddedPostgres) -> None:
        self.pg = pg
        self.frozen: list[int] = []

    @property
    def url(self) -> str:
        return self.pg.url

    def freeze(self) -> None:
        self.frozen = _postgres_processes(self.pg.data_dir / "pgdata")
        for pid in self.frozen:
            os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self.frozen:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.frozen = []


@pytest.fixture
def hangable(tmp_path: Path) -> Iterator[Hangable]:
    pg = Hangable(EmbeddedPostgres(tmp_path / "pg").start())
    try:

        async def prepare() -> None:
            conn = await asyncpg.connect(pg.url)
            try:
                await migrate(conn)
                await seed_demo(conn)
            finally:
                await conn.close()

        asyncio.run(prepare())
        yield pg
    finally:
        pg.thaw()
        pg.pg.stop()


@pytest.fixture
async def pool(hangable: Hangable) -> AsyncIterator[asyncpg.Pool]:
    """The test's own connections, to look at the rows after the hang."""
    pool = await asyncpg.create_pool(hangable.url, min_size=0, max_size=2)
    yield pool
    pool.terminate()


async def _paying_app(
    aiohttp_client: Any, database_url: str, redis_url: str, graph: Any, fake_mp: Any
) -> tuple[Any, Any, dict[str, str]]:
    """The app on `database_url` with the fake Mercado Pago: (client, settings, admin
    headers)."""
    fake, mp_base = fake_mp
    settings = live(
        make_settings(
            database_url=database_url,
            redis_url=redis_url,
            mercadopago_access_token=fake.token,
            mercadopago_api_base=mp_base,
            job_expire_interval_seconds=3600,
        ),
        graph[1],
    )
    client = await start_app(aiohttp_client, settings, EchoHandler())
    admin = {"Authorization": f"Bearer {mint_admin_token(settings.jwt_secret, 'owner')}"}
    return client, settings, admin


async def _timed(call: Any) -> tuple[int, dict[str, Any], float]:
    started = time.monotonic()
    response = await call
    body = await response.json()
    return response.status, body, time.monotonic() - started


def _messages_in() -> float:
    labels = {"direction": "in", "type": "text"}
    return REGISTRY.get_sample_value("whatsapp_messages_total", labels) or 0.0


async def test_a_hung_postgres_is_a_503_within_seconds_and_nothing_is_lost_or_doubled(
    hangable, pool, redis_url, graph, fake_mp, aiohttp_client
):
    fake = fake_mp[0]
    client, settings, admin = await _paying_app(
        aiohttp_client, hangable.url, redis_url, graph, fake_mp
    )
    reservation = await hold(pool, settings)
    payment = fake.add_payment(reservation.code, "approved", reservation.deposit_cents / 100)
    counted = _messages_in()
    assert (await post_signed(client, batch(value([text_message("hola")])))).status == 200
    (first,) = await graph[0].wait_for(1)

    guests = [f"54929441112{i:02d}" for i in range(3)]
    batches = [batch(value([text_message(f"durante {i}", sender=g)])) for i, g in enumerate(guests)]
    # A status goes with the recording of that send, in a transaction of its own.
    delivered = batch(value(statuses=[status(first["_wamid"], "delivered")]))
    hangable.freeze()
    try:
        answers = await asyncio.gather(
            *(_timed(post_signed(client, body)) for body in [*batches, delivered]),
            _timed(signed_post(client, payment, request_id="mp-1")),
            _timed(client.get("/api/v1/reservations", headers=admin)),
        )
    finally:
        hangable.thaw()
    for code, body, took in answers:
        assert (code, body["error"]) == (503, "database_unavailable")
        assert took < ANSWER_WITHIN, answers

    # Back: what was given up on may have been committed meanwhile. Meta and Mercado Pago
    # retry the same deliveries; each is recorded and answered once.
    for body in [*batches, delivered]:
        assert (await post_signed(client, body)).status == 200
    retried = await signed_post(client, payment, request_id="mp-1")
    assert retried.status == 200
    response = await client.get("/api/v1/reservations", headers=admin)
    assert response.status == 200
    await graph[0].wait_for(1 + len(guests) + 1)  # and the deposit's notice to Lucía
    await wait_for(
        lambda: pool.fetchval(
            "SELECT count(*) = 0 FROM inbound_events WHERE kind = 'message' AND state <> 'done'"
        )
    )
    await wait_for(
        lambda: pool.fetchval(
            "SELECT reservation_status = 'confirmed' FROM reservations WHERE code = $1",
            reservation.code,
        )
    )
    assert await pool.fetchval("SELECT count(*) FROM inbound_events WHERE kind = 'message'") == 4
    echoes = sorted(m["text"]["body"] for m in graph[0].sent if m["type"] == "text")
    echoes = [text for text in echoes if text.startswith("eco: ")]  # not the deposit notice
    assert echoes == ["eco: durante 0 (Lucía)", "eco: durante 1 (Lucía)",
                      "eco: durante 2 (Lucía)", "eco: hola (Lucía)"]  # fmt: skip
    assert len(graph[0].sent) == len(echoes) + 1  # none twice
    assert await pool.fetchval(
        "SELECT status FROM outbound_messages WHERE wamid = $1", first["_wamid"]
    ) in ("delivered", "read")
    assert await pool.fetchval("SELECT count(*) FROM payments") == 1
    assert _messages_in() - counted == 4


async def test_a_lock_wait_is_a_503_for_the_webhooks_and_a_wait_for_the_admin(
    database_url, db, redis_url, graph, fake_mp, aiohttp_client
):
    # A table held by someone else (a long ALTER TABLE, a psql session left open): the
    # database answers healthz, but the webhooks' INSERT waits. Meta and Mercado Pago get
    # a 503 in seconds; an admin request simply waits for the lock (a slow answer from a
    # database that answers is not cut short).
    fake = fake_mp[0]
    client, settings, admin = await _paying_app(
        aiohttp_client, database_url, redis_url, graph, fake_mp
    )
    reservation = await hold(db, settings)
    payment = fake.add_payment(reservation.code, "approved", reservation.deposit_cents / 100)
    message = batch(value([text_message("hola")]))
    async with db.acquire() as holder:
        async with holder.transaction():
            await holder.execute("LOCK TABLE inbound_events IN ACCESS EXCLUSIVE MODE")
            answers = await asyncio.gather(
                _timed(post_signed(client, message)),
                _timed(signed_post(client, payment, request_id="mp-1")),
            )
        for code, body, took in answers:
            assert (code, body["error"]) == (503, "database_unavailable")
            assert took < ANSWER_WITHIN, answers
        async with holder.transaction():
            await holder.execute("LOCK TABLE reservations IN ACCESS EXCLUSIVE MODE")
            waiting = asyncio.ensure_future(
                _timed(client.get("/api/v1/reservations", headers=admin))
            )
            await asyncio.sleep(3.5)  # past STALL_SECONDS and a check that PostgreSQL answers
            assert not waiting.done()
        code, _, took = await waiting
        assert code == 200 and took >= 3.5

    assert (await post_signed(client, message)).status == 200
    assert (await signed_post(client, payment, request_id="mp-1")).status == 200
    await graph[0].wait_for(1)
    await wait_for(
        lambda: db.fetchval(
            "SELECT reservation_status = 'confirmed' FROM reservations WHERE code = $1",
            reservation.code,
        )
    )
    assert await db.fetchval("SELECT count(*) FROM inbound_events WHERE kind = 'message'") == 1
    assert await db.fetchval("SELECT count(*) FROM payments") == 1


async def test_a_slow_ical_sync_with_postgres_answering_is_not_cut_short(
    settings, db, aiohttp_client
):
    # POST /api/v1/ical/sync waits for every feed (up to 20 s each): past STALL_SECONDS the
    # guard asks PostgreSQL, which answers, so the admin gets the feed's result, not a 503.
    from app import create_app
    from tests.fakes.ical_host import IcalHost
    from tests.ical_support import add_cabin, add_feed, admin, today_in

    host = await IcalHost(today_in(settings)).start()
    try:
        cabin = await add_cabin(db)
        await add_feed(db, cabin, "airbnb", host.put_fixture("slow.ics", "airbnb.ics"))
        host.hang("slow.ics", 4.0)
        client = await aiohttp_client(create_app(settings))
        code, body, took = await _timed(client.post("/api/v1/ical/sync", headers=admin(settings)))
    finally:
        await host.close()
    assert code == 200 and took >= 4.0
    assert [r["result"] for r in body["results"]] == ["ok"]


async def test_a_statement_past_the_command_timeout_is_a_503_not_a_500(
    database_url, db, redis_url, aiohttp_client, caplog, monkeypatch
):
    # A lock held past asyncpg's command timeout (30 s, here 1 s): the admin's request
    # ends in TimeoutError, an outage like a refused connection (a warning line, a 503 to
    # retry), not "something went wrong on our side" with a traceback.
    from app import create_app

    monkeypatch.setattr(booking_db, "COMMAND_TIMEOUT_SECONDS", 1.0)
    settings = make_settings(database_url=database_url, redis_url=redis_url)
    client = await aiohttp_client(create_app(settings))
    admin = {"Authorization": f"Bearer {mint_admin_token(settings.jwt_secret, 'owner')}"}
    async with db.acquire() as holder, holder.transaction():
        await holder.execute("LOCK TABLE reservations IN ACCESS EXCLUSIVE MODE")
        with caplog.at_level(logging.WARNING):
            response = await client.get("/api/v1/reservations", headers=admin)
    assert response.status == 503
    assert (await response.json())["error"] == "dependency_unavailable"
    assert response.headers["Retry-After"]
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []


async def test_jobs_and_inbox_wait_out_a_long_hang_quietly_and_resume(
    hangable, redis_url, graph, aiohttp_client, caplog, monkeypatch
):
    # A hang longer than asyncpg's command timeout (30 s, here 1 s to keep the test short):
    # every job round and the inbox's lane fail with TimeoutError. That is an outage, like a
    # refused connection: one warning per job and one for the inbox, no traceback a round
    # (which the runbook tells on-call is a bug), no pile-up, and all resumes by itself.
    monkeypatch.setattr(booking_db, "COMMAND_TIMEOUT_SECONDS", 1.0)
    settings = live(
        make_settings(
            database_url=hangable.url, redis_url=redis_url, job_expire_interval_seconds=1
        ),
        graph[1],
    )
    with caplog.at_level(logging.INFO):
        client = await start_app(aiohttp_client, settings, EchoHandler())
        assert (await post_signed(client, batch(value([text_message("hola")])))).status == 200
        await graph[0].wait_for(1)
        await asyncio.sleep(1.5)  # a round of each job
        caplog.clear()
        hangable.freeze()
        try:
            await asyncio.sleep(3)
            tasks = len(asyncio.all_tasks())
            await asyncio.sleep(4)
            assert len(asyncio.all_tasks()) <= tasks + 3
            assert (await client.get("/api/v1/livez")).status == 200
        finally:
            hangable.thaw()
        response = await post_signed(client, batch(value([text_message("de vuelta")])))
        assert response.status == 200
        await graph[0].wait_for(2)
        await asyncio.sleep(2.5)  # rounds after the thaw
    ours = [r for r in caplog.records if r.name.startswith(("booking.", "bot.", "sync."))]
    assert [r.getMessage() for r in ours if r.levelno >= logging.ERROR or r.exc_info] == []
    down = [r.getMessage() for r in ours if "unreachable" in r.getMessage()]
    assert len(down) == 4, down  # booking jobs, payment_retries, payment_reconcile, inbox
    back = [r.getMessage() for r in ours if "reachable again" in r.getMessage()]
    assert len(back) == 4, back
    assert graph[0].texts_to(GUEST.replace("549", "54", 1))[-1] == "eco: de vuelta (Lucía)"


def test_the_runbook_gives_the_hang_s_numbers_as_the_code_has_them():
    # On-call reads "3 s" and "2 s" there: they must be the constants' values.
    from booking.db import RECORD_DEADLINE_SECONDS
    from health.http import STALL_SECONDS

    text = (Path(__file__).parent.parent / "RUNBOOK.md").read_text()
    assert f"a los {RECORD_DEADLINE_SECONDS:g} s\n(`RECORD_DEADLINE_SECONDS`" in text
    assert f"(`STALL_SECONDS`, {STALL_SECONDS:g} s," in text
    assert f"not answering after {STALL_SECONDS:g} s;" in text
