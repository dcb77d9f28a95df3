"""The inbox worker through HTTP: per-guest order, restarts, retries, parking, two instances."""

from __future__ import annotations

import asyncio
import logging

import asyncpg
import pytest
import redis.exceptions
from aiohttp import web
from prometheus_client import REGISTRY

from appkeys import INBOX
from booking.db import migrate
from bot.inbox import GUEST_LOCK, MAX_ATTEMPTS, OUTAGE_PATIENCE_SECONDS
from bot.messages import Inbound, Outbound, Text
from embedded import EmbeddedPostgres
from tests.conftest import make_settings
from tests.whatsapp_helpers import (
    GUEST,
    GUEST_CLOUD,
    EchoHandler,
    FailingHandler,
    batch,
    live,
    post_signed,
    start_app,
    text_message,
    value,
)

OWNER = "5492944999999"


@pytest.fixture
def wa_settings(settings, graph):
    return live(settings, graph[1], owner_whatsapp=OWNER)


async def wait_for_states(db, *states: str, seconds: float = 10.0) -> None:
    """Wait until the inbound events (by id) are in `states`: replies go out before the commit."""
    async with asyncio.timeout(seconds):
        while True:
            if [r["state"] for r in await db.fetch(STATES)] == list(states):
                return
            await asyncio.sleep(0.01)


STATES = "SELECT state FROM inbound_events ORDER BY id"


async def guest_locks_held(db) -> int:
    """The inbox's per-guest session locks still held in this database. A leak would
    not stop the connection holding it (advisory locks are re-entrant) but would
    keep every other connection and instance away from that guest for good."""
    return await db.fetchval(
        """SELECT count(*) FROM pg_locks
           WHERE locktype = 'advisory' AND objsubid = 2 AND classid::bigint = $1
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""",
        GUEST_LOCK,
    )


async def test_messages_of_one_guest_posted_at_once_are_handled_one_at_a_time_in_order(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    handler = EchoHandler(delay=0.05)
    client = await start_app(aiohttp_client, wa_settings, handler)
    bodies = [batch(value([text_message(f"mensaje {n}")])) for n in range(6)]
    responses = await asyncio.gather(*(post_signed(client, body) for body in bodies))
    assert all(r.status == 200 for r in responses)
    await fake.wait_for(6)
    recorded = [
        row["event_id"] for row in await db.fetch("SELECT event_id FROM inbound_events ORDER BY id")
    ]
    assert [call.wamid for call in handler.calls] == recorded  # arrival order
    assert handler.max_running_for[GUEST] == 1  # never two at once for one guest
    texts = {call.wamid: call.text for call in handler.calls}
    assert fake.texts_to(GUEST_CLOUD) == [f"eco: {texts[w]} (Lucía)" for w in recorded]


async def test_different_guests_are_answered_concurrently(wa_settings, graph, aiohttp_client):
    fake, _ = graph
    handler = EchoHandler(delay=0.2)
    client = await start_app(aiohttp_client, wa_settings, handler)
    guests = [f"54929441{i:05d}" for i in range(4)]
    await post_signed(client, batch(value([text_message("hola", sender=g) for g in guests])))
    await fake.wait_for(4)
    assert handler.running == 0
    assert handler.max_running > 1  # guests did not wait for each other


class BlockingHandler:
    """Takes a message and never finishes: the server dies while handling it."""

    def __init__(self) -> None:
        self.called = asyncio.Event()

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.called.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


async def test_message_recorded_before_a_stop_is_answered_after_restart(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    blocking = BlockingHandler()
    first = await start_app(aiohttp_client, wa_settings, blocking)
    assert (await post_signed(first, batch(value([text_message("hola")])))).status == 200
    await asyncio.wait_for(blocking.called.wait(), 10)
    await first.close()  # the process stops mid-message
    assert await db.fetchval("SELECT state FROM inbound_events") == "pending"
    assert fake.sent == []

    await start_app(aiohttp_client, wa_settings, EchoHandler())  # a new instance, same database
    sent = await fake.wait_for(1)
    assert [m["text"]["body"] for m in sent] == ["eco: hola (Lucía)"]
    await wait_for_states(db, "done")
    row = await db.fetchrow("SELECT state, processed_at FROM inbound_events")
    assert row["state"] == "done" and row["processed_at"] is not None


async def test_failing_message_is_retried_then_parked_and_later_messages_flow(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    parked_before = REGISTRY.get_sample_value("inbox_parked_total", {"provider": "whatsapp"}) or 0
    handler = FailingHandler(poison={"boom"})
    client = await start_app(aiohttp_client, wa_settings, handler)
    await post_signed(client, batch(value([text_message("boom")])))
    await post_signed(client, batch(value([text_message("hola")])))
    sent = await fake.wait_for(2, seconds=20)
    assert handler.calls == ["boom"] * 5 + ["hola"]
    # The owner's notice goes through the durable queue: it may come before or after.
    [owner_notice] = [m for m in sent if m["to"] != GUEST_CLOUD]
    [reply] = [m for m in sent if m["to"] == GUEST_CLOUD]
    assert owner_notice["to"] == "542944999999"
    assert (
        "boom" in owner_notice["text"]["body"] and "+5492944111111" in owner_notice["text"]["body"]
    )
    assert reply["to"] == GUEST_CLOUD and reply["text"]["body"] == "eco: hola"
    await wait_for_states(db, "parked", "done")
    assert await guest_locks_held(db) == 0
    rows = await db.fetch("SELECT state, attempts, last_error FROM inbound_events ORDER BY id")
    assert (rows[0]["state"], rows[0]["attempts"]) == ("parked", 5)
    assert "cannot handle 'boom'" in rows[0]["last_error"]
    assert (rows[1]["state"], rows[1]["attempts"]) == ("done", 0)
    parked = REGISTRY.get_sample_value("inbox_parked_total", {"provider": "whatsapp"})
    assert parked == parked_before + 1


class HangingHandler:
    """Hangs on the first try of a message saying "cuelga" (until cancelled), echoes
    everything else."""

    def __init__(self) -> None:
        self.tries: list[str] = []
        self.cancelled = 0

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.tries.append(msg.text or "")
        if msg.text == "cuelga" and self.tries.count("cuelga") == 1:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled += 1
                raise
        return [Text(f"eco: {msg.text}")]


async def test_a_message_that_hangs_is_cut_off_and_retried_while_other_guests_are_answered(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    handler = HangingHandler()
    settings = wa_settings.model_copy(update={"inbox_message_timeout_seconds": 1.0})
    client = await start_app(aiohttp_client, settings, handler)
    await post_signed(client, batch(value([text_message("cuelga")])))
    other = "5492944222222"
    await post_signed(client, batch(value([text_message("hola", sender=other)])))
    first = await fake.wait_for(1, seconds=5)
    assert [m["text"]["body"] for m in first] == ["eco: hola"]  # not held up by the hang
    sent = await fake.wait_for(2, seconds=10)
    assert [m["text"]["body"] for m in sent] == ["eco: hola", "eco: cuelga"]
    assert handler.cancelled == 1 and handler.tries.count("cuelga") == 2
    await wait_for_states(db, "done", "done")
    # Cut off with a TimeoutError, which the worker takes for a dependency that hangs
    # (OUTAGE): retried, not counted while the message is young.
    rows = await db.fetch("SELECT attempts FROM inbound_events ORDER BY id")
    assert [r["attempts"] for r in rows] == [0, 0]
    assert await guest_locks_held(db) == 0


class FlakyHandler:
    """Fails the first time it sees each message, then echoes."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.seen.append(msg.wamid)
        if self.seen.count(msg.wamid) == 1:
            raise RuntimeError("a bug that goes away")
        return [Text(f"eco: {msg.text}")]


class OutageHandler:
    """Redis out of reach for the first `failures` calls, then an echo."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.past_the_tries = asyncio.Event()  # failed twice as often as MAX_ATTEMPTS

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.calls += 1
        if self.calls >= 2 * MAX_ATTEMPTS:
            self.past_the_tries.set()
        if self.calls <= self.failures:
            raise redis.exceptions.ConnectionError("Error 111 connecting to redis")
        return [Text(f"eco: {msg.text}")]


async def test_an_outage_longer_than_the_tries_is_waited_out_not_parked(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    handler = OutageHandler(failures=3 * MAX_ATTEMPTS)
    client = await start_app(aiohttp_client, wa_settings, handler)
    await post_signed(client, batch(value([text_message("hola")])))
    sent = await fake.wait_for(1, seconds=20)
    assert [m["text"]["body"] for m in sent] == ["eco: hola"]  # no owner notice: nothing parked
    await wait_for_states(db, "done")
    row = await db.fetchrow("SELECT attempts FROM inbound_events")
    assert handler.calls == 3 * MAX_ATTEMPTS + 1 and row["attempts"] == 0


async def test_an_outage_counts_again_once_the_message_is_old(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    handler = OutageHandler(failures=10**6)
    client = await start_app(aiohttp_client, wa_settings, handler)
    await post_signed(client, batch(value([text_message("hola")])))
    await asyncio.wait_for(handler.past_the_tries.wait(), 10)
    assert await db.fetchval("SELECT attempts FROM inbound_events") == 0
    await db.execute(
        "UPDATE inbound_events SET received_at = received_at - make_interval(secs => $1)",
        OUTAGE_PATIENCE_SECONDS + 60,
    )
    sent = await fake.wait_for(1, seconds=20)
    assert sent[0]["to"] == "542944999999" and "hola" in sent[0]["text"]["body"]  # the owner
    await wait_for_states(db, "parked")
    assert await db.fetchval("SELECT attempts FROM inbound_events") == MAX_ATTEMPTS
    assert await guest_locks_held(db) == 0


async def test_a_message_that_fails_once_is_retried_and_answered_once(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    client = await start_app(aiohttp_client, wa_settings, FlakyHandler())
    await post_signed(client, batch(value([text_message("hola")])))
    await fake.wait_for(1)
    await post_signed(client, batch(value([text_message("sigo")])))
    await fake.wait_for(2)
    assert fake.texts_to(GUEST_CLOUD) == ["eco: hola", "eco: sigo"]
    await wait_for_states(db, "done", "done")
    row = await db.fetchrow("SELECT state, attempts FROM inbound_events ORDER BY id LIMIT 1")
    assert (row["state"], row["attempts"]) == ("done", 1)
    assert await guest_locks_held(db) == 0  # released by mark_failed, then by done_many


class TwoReplies:
    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.calls += 1
        return [Text("primera"), Text("segunda")]


async def test_every_reply_of_a_turn_is_recorded_as_sent_with_its_wamid(
    wa_settings, graph, db, aiohttp_client
):
    # A turn's replies are recorded one round trip late (the next claim, then the
    # statement that marks the message done): none may stay "sending".
    fake, _ = graph
    client = await start_app(aiohttp_client, wa_settings, TwoReplies())
    await post_signed(client, batch(value([text_message("hola")])))
    sent = await fake.wait_for(2)
    await wait_for_states(db, "done")
    rows = await db.fetch("SELECT key, status, wamid FROM outbound_messages ORDER BY id")
    assert [(r["status"], r["wamid"]) for r in rows] == [("sent", m["_wamid"]) for m in sent]
    assert [r["key"].rsplit(":", 1)[1] for r in rows] == ["0", "1"]


async def test_a_retried_message_never_sends_a_reply_twice(wa_settings, graph, aiohttp_client):
    fake, _ = graph
    fake.fail_next(503, times=4, after=1)  # "primera" goes out; "segunda" runs out of tries
    handler = TwoReplies()
    client = await start_app(aiohttp_client, wa_settings, handler)
    await post_signed(client, batch(value([text_message("hola")])))
    await fake.wait_for(2, seconds=20)
    assert handler.calls == 2  # the message was retried
    assert fake.texts_to(GUEST_CLOUD) == ["primera", "segunda"]  # each reply once


async def test_two_instances_answer_each_message_once_in_order_per_guest(
    wa_settings, graph, db, aiohttp_client
):
    fake, _ = graph
    handler = EchoHandler(delay=0.02)  # shared: it sees overlaps across both instances
    instances = [
        await start_app(aiohttp_client, wa_settings, handler),
        await start_app(aiohttp_client, wa_settings, handler),
    ]
    guests = [f"54929441{i:05d}" for i in range(4)]
    rounds = 5
    posts = [
        post_signed(instance, batch(value([text_message(f"{g}-{n}", sender=g)])))
        for n in range(rounds)
        for i, g in enumerate(guests)
        for instance in [instances[(n + i) % 2]]  # each guest alternates between instances
    ]
    responses = await asyncio.gather(*posts)
    assert all(r.status == 200 for r in responses)
    await fake.wait_for(len(guests) * rounds, seconds=20)
    await asyncio.sleep(0.3)
    assert len(fake.sent) == len(guests) * rounds  # nobody answered twice
    assert set(handler.max_running_for.values()) == {1}
    for guest in guests:
        recorded = [
            row["event_id"]
            for row in await db.fetch(
                "SELECT event_id FROM inbound_events WHERE sender = $1 ORDER BY id", guest
            )
        ]
        assert [c.wamid for c in handler.calls if c.wa_id == guest] == recorded


class QueryingEcho(EchoHandler):
    """Like the conversation, it needs app[DB] while the worker is answering."""

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        from appkeys import DB

        cabins = await app[DB].fetchval("SELECT count(*) FROM accommodations")
        return [Text(f"eco: {msg.text} ({cabins} cabañas)")]


async def test_a_pool_of_one_connection_still_answers(wa_settings, graph, aiohttp_client):
    fake, _ = graph
    settings = wa_settings.model_copy(update={"db_pool_size": 1})
    client = await start_app(aiohttp_client, settings, QueryingEcho())
    guests = [f"54929443{i:05d}" for i in range(3)]
    for guest in guests:
        body = batch(value([text_message(f"hola {n}", sender=guest) for n in range(2)]))
        assert (await post_signed(client, body)).status == 200
    sent = await fake.wait_for(6, seconds=20)
    assert sorted(m["text"]["body"] for m in sent) == sorted(
        f"eco: hola {n} (0 cabañas)" for n in range(2) for _ in guests
    )


class Gate:
    """Holds every message until `release` is set; `full` once `size` are held."""

    def __init__(self, size: int) -> None:
        self.release = asyncio.Event()
        self.full = asyncio.Event()
        self.size = size
        self.inside = 0

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.inside += 1
        if self.inside >= self.size:
            self.full.set()
        await self.release.wait()
        return [Text(f"eco: {msg.text}")]


async def test_a_database_outage_logs_one_warning_and_one_line_when_it_is_back(
    tmp_path, redis_url, graph, aiohttp_client, caplog
):
    # PostgreSQL stops while two guests are answered and six wait for a slot: each
    # of them fails the same way, and the scans too. On-call gets one warning for
    # the outage (healthz and dependency_up say the rest), not a traceback per
    # guest, then one line when it is back; the messages are answered then.
    fake, api_base = graph
    pg = EmbeddedPostgres(tmp_path / "pg").start()
    try:
        conn = await asyncpg.connect(pg.url)
        await migrate(conn)
        await conn.close()
        settings = make_settings(database_url=pg.url, redis_url=redis_url, db_pool_size=4)
        gate = Gate(2)  # the worker's concurrency: db_pool_size // 2
        client = await start_app(aiohttp_client, live(settings, api_base), gate)
        worker = client.server.app[INBOX]
        guests = [f"54929445{n:05d}" for n in range(8)]
        for guest in guests:
            body = batch(value([text_message("hola", sender=guest)]))
            assert (await post_signed(client, body)).status == 200
        await asyncio.wait_for(gate.full.wait(), 10)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="bot.inbox"):
            await asyncio.to_thread(pg.stop)
            gate.release.set()
            async with asyncio.timeout(30):  # every guest tried, then a scan or two more
                while True:
                    if not (worker._active or worker._wanted or not worker._db_down):
                        break
                    await asyncio.sleep(0.05)
            await asyncio.sleep(3 * worker._poll_seconds)
            down = [r for r in caplog.records if r.name == "bot.inbox"]
            caplog.clear()
            await asyncio.to_thread(pg.start)
            sent = await fake.wait_for(8, seconds=30)
            up = [r for r in caplog.records if r.name == "bot.inbox"]
    finally:
        pg.stop()
    assert [(r.levelno, r.exc_info) for r in down] == [(logging.WARNING, None)], [
        r.getMessage() for r in down
    ]
    assert "database unreachable" in down[0].getMessage()
    assert [r.getMessage() for r in up] == ["inbox worker: database reachable again"]
    assert {m["to"] for m in sent} >= {"54" + g[3:] for g in guests}


class MissingFileHandler:
    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        raise FileNotFoundError("templates/menu.txt")


async def test_an_os_error_that_is_no_outage_still_parks(wa_settings, graph, db, aiohttp_client):
    # An OSError is not an outage by itself: a bug like this one must not hold the
    # guest's later messages for the outage's hour of patience.
    fake, _ = graph
    client = await start_app(aiohttp_client, wa_settings, MissingFileHandler())
    await post_signed(client, batch(value([text_message("hola")])))
    sent = await fake.wait_for(1, seconds=20)
    assert sent[0]["to"] == "542944999999"  # the owner's notice of the parked message
    await wait_for_states(db, "parked")
    assert await db.fetchval("SELECT attempts FROM inbound_events") == MAX_ATTEMPTS


LOCK_HOLDERS = """SELECT pid FROM pg_locks
   WHERE locktype = 'advisory' AND objsubid = 2 AND classid::bigint = $1
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"""


async def test_the_guests_being_answered_are_claimed_together_by_one_session(
    wa_settings, graph, db, aiohttp_client
):
    # Four guests arrive in one batch: their claims share one round trip, so the
    # worker's one connection holds the four locks, and their outcomes are marked
    # in one too, releasing them all. One by one, each guest took a connection of
    # its own and two round trips (README, Benchmarks: the cost the batches save).
    fake, _ = graph
    gate = Gate(4)
    client = await start_app(aiohttp_client, wa_settings, gate)
    guests = [f"54929446{n:05d}" for n in range(4)]
    await post_signed(client, batch(value([text_message("hola", sender=g) for g in guests])))
    await asyncio.wait_for(gate.full.wait(), 10)
    holders = [row["pid"] for row in await db.fetch(LOCK_HOLDERS, GUEST_LOCK)]
    assert len(holders) == 4 and len(set(holders)) == 1
    gate.release.set()
    await fake.wait_for(4)
    await wait_for_states(db, "done", "done", "done", "done")
    assert await guest_locks_held(db) == 0


async def test_a_lost_worker_connection_loses_no_message_and_sends_no_reply_twice(
    wa_settings, graph, db, aiohttp_client
):
    # The connection holding the locks of the guests being answered is cut (a
    # failover, an idle timeout): their locks go with it, so their messages are
    # claimed and answered again, and the replies already sent are not repeated.
    fake, _ = graph
    gate = Gate(2)
    client = await start_app(aiohttp_client, wa_settings, gate)
    guests = [f"54929447{n:05d}" for n in range(2)]
    await post_signed(client, batch(value([text_message("hola", sender=g) for g in guests])))
    await asyncio.wait_for(gate.full.wait(), 10)
    holders = {row["pid"] for row in await db.fetch(LOCK_HOLDERS, GUEST_LOCK)}
    assert len(holders) == 1
    await db.execute("SELECT pg_terminate_backend($1)", holders.pop())
    gate.release.set()
    await wait_for_states(db, "done", "done")
    assert gate.inside == 4  # each message handled again after the cut
    assert sorted(m["to"] for m in fake.sent) == sorted("54" + g[3:] for g in guests)
    assert await guest_locks_held(db) == 0


async def test_a_message_in_hand_at_a_stop_is_finished_and_marked_done(
    wa_settings, graph, db, aiohttp_client
):
    # A deploy stops the server while a guest is being answered: the message gets
    # a short grace to finish, and its outcome is marked before the worker's
    # connection closes, so the next instance does not answer it again.
    fake, _ = graph
    handler = EchoHandler(delay=0.3)
    first = await start_app(aiohttp_client, wa_settings, handler)
    assert (await post_signed(first, batch(value([text_message("hola")])))).status == 200
    async with asyncio.timeout(10):
        while not handler.running:  # noqa: ASYNC110 (the handler has no event to wait on)
            await asyncio.sleep(0.01)
    await first.close()
    assert await db.fetchval("SELECT state FROM inbound_events") == "done"
    assert await guest_locks_held(db) == 0
    second = EchoHandler()
    await start_app(aiohttp_client, wa_settings, second)
    await asyncio.sleep(1.0)  # two polls of the new instance's worker
    assert second.calls == []
    assert fake.texts_to(GUEST_CLOUD) == ["eco: hola (Lucía)"]
