"""WhatsApp webhook benchmarks (issue 4), beside the bare aiohttp echo of the same run.

Each also gives the CPU a request costs the server, PostgreSQL and the load
generator (bench/_cpu.py), which moves much less than throughput on a shared
machine; the durable 200's and the turns' include the inbox worker answering
every message, up to the last.

- durable 200: signed single-message webhooks (unique wamids, 2,000 guests) at
  64 connections; each 200 means the message is committed to the inbox. The
  worker drains the inbox meanwhile (with a handler that sends nothing), as in
  production. Targets: ≥ 0.6× the echo's requests/s, p95 ≤ 30 ms. The echo
  it is compared with gets the same signed bodies, POSTed the same way, and
  answers them parsed and re-serialised; every body is made and signed before
  the clock starts, so neither figure includes the load generator's JSON and
  HMAC work.
- turns: 64 conversations in flight, each a new guest's first message whose
  first reply must reach the fake Graph API before that client starts the
  next: message → reply latency and turns/s. With an echo handler (the
  transport alone) and with the real conversation answering "hola" (Redis
  session, lock, NLU, greeting + menu).
  Targets: ≥ 1,000 turns/s, p95 ≤ 100 ms.

Cabañas runs in its own process with DB_POOL_SIZE=40 (so 20 guests answered at
once); the load generator and the fake Graph API share this one (2 cores in
all, plus PostgreSQL and Redis). The echo's figure is the ceiling of this
Python load generator (livez reaches it too), so "× echo" compares us to
that ceiling.
`python -m bench.webhook` prints a table; `run()` returns the rows.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import time
from typing import Any

import aiohttp
import asyncpg
from aiohttp import web

from bench._cpu import CpuMeter, parent
from bench._servers import backing_servers, scratch_database
from bench.http_baseline import (
    BENCH_SECRET,
    CONNECTIONS,
    WARMUP,
    Load,
    bench_settings,
    hammer,
    print_table,
    rows_for,
    served,
)
from bot.messages import Inbound, Outbound, Text
from bot.webhook import PATH, signature_header
from bot.whatsapp import cloud_number
from tests.fakes.graph_api import FakeGraphAPI

WEBHOOKS = 6000
TURNS = 5000
GUESTS = CONNECTIONS
POOL_SIZE = 40
_ids = itertools.count()


# Handlers the server process loads by name (bench_settings → `handler`).
async def silent(app: web.Application, msg: Inbound) -> list[Outbound]:
    return []


async def echo(app: web.Application, msg: Inbound) -> list[Outbound]:
    return [Text(f"eco: {msg.text}")]


def guest(number: int) -> str:
    return f"549294{number:07d}"  # an Argentine mobile as Meta sends it


def signed_body(sender: str, text: str) -> tuple[bytes, dict[str, str]]:
    message = {
        "from": sender,
        "id": f"wamid.bench.{time.time_ns()}.{next(_ids)}",
        "timestamp": str(int(time.time())),
        "type": "text",
        "text": {"body": text},
    }
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "5492944000000", "phone_number_id": "100000000000001"},
        "contacts": [{"profile": {"name": "Bench"}, "wa_id": sender}],
        "messages": [message],
    }
    raw = json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
        }
    ).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Hub-Signature-256": signature_header(raw, BENCH_SECRET),
    }
    return raw, headers


def signed_bodies(count: int = WEBHOOKS) -> list[tuple[bytes, dict[str, str]]]:
    """Everything `measure_posts` sends, made before the clock starts: the warm-up's
    bodies first (hammer numbers them -1, -2, ...), then the measured ones."""
    return [signed_body(guest(n % 2000), "hola") for n in range(WARMUP + count)]


async def measure_posts(url: str, bodies: list[tuple[bytes, dict[str, str]]]) -> Load:
    """POST each body once (the warm-up's first) at 64 connections; 200 counts."""

    async def post(session: aiohttp.ClientSession, number: int) -> bool:
        raw, headers = bodies[number + WARMUP]  # warm-up numbers are -1 … -WARMUP
        async with session.post(url, data=raw, headers=headers) as response:
            await response.read()
            return response.status == 200

    return await hammer(post, count=len(bodies) - WARMUP)


async def measure_turns(url: str, fake: FakeGraphAPI, text: str, turns: int) -> Load:
    """64 conversations in flight: each posts a new guest's first message and waits
    for the bot's first reply at the fake Graph API before starting the next."""
    waiting: dict[str, asyncio.Event] = {}

    def arrived(payload: dict[str, Any]) -> None:
        if (event := waiting.pop(payload["to"], None)) is not None:
            event.set()

    fake.listeners.append(arrived)
    first = 100_000 + next(_ids) * 10_000  # new guests for every run
    senders = [guest(first + n) for n in range(GUESTS + turns)]
    bodies = [signed_body(sender, text) for sender in senders]  # before the clock starts

    async def turn(session: aiohttp.ClientSession, number: int) -> bool:
        sender, (raw, headers) = senders[number + GUESTS], bodies[number + GUESTS]
        event = waiting.setdefault(cloud_number(sender), asyncio.Event())
        async with session.post(url + PATH, data=raw, headers=headers) as response:
            if response.status != 200:
                return False
        try:
            await asyncio.wait_for(event.wait(), 10)
        except TimeoutError:
            return False
        return True

    try:
        return await hammer(turn, count=turns, warmup=GUESTS)
    finally:
        fake.listeners.remove(arrived)


async def postmaster(database_url: str) -> int | None:
    """PostgreSQL's postmaster pid when it runs on this machine (its CPU is metered)."""
    if not CpuMeter.available():
        return None
    conn = await asyncpg.connect(database_url)
    try:  # read while the backend lives
        return parent(await conn.fetchval("SELECT pg_backend_pid()"))
    finally:
        await conn.close()


async def drained(database_url: str, seconds: float = 60.0) -> None:
    """Wait until the inbox worker has answered every recorded message."""
    conn = await asyncpg.connect(database_url)
    try:
        deadline = time.monotonic() + seconds
        pending = "SELECT count(*) FROM inbound_events WHERE state = 'pending'"
        while await conn.fetchval(pending) and time.monotonic() < deadline:  # noqa: ASYNC110 (polls the database)
            await asyncio.sleep(0.05)
    finally:
        await conn.close()


def meter(server_pid: int, postgres: int | None = None) -> CpuMeter:
    trees = {"PostgreSQL": postgres} if postgres else {}
    return CpuMeter(pids={"server": [server_pid], "load generator": [os.getpid()]}, trees=trees)


def cpu_rows(name: str, used: CpuMeter, requests: int) -> list[dict[str, Any]]:
    """µs of CPU per request by process (none off Linux)."""
    if not CpuMeter.available():
        return []
    return [
        {"name": f"{name}: CPU per request, {who}", "value": round(us), "unit": "µs",
         "target": None}
        for who, us in used.per_request(requests).items()
    ]  # fmt: skip


async def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    fake = FakeGraphAPI(token="bench-token")
    api_base = await fake.serve()
    try:
        with backing_servers() as (pg_url, redis_url):
            bodies = signed_bodies()
            with served("echo") as echo_server:
                echo_cpu = meter(echo_server.pid)
                echo_cpu.start()
                echo_load = await measure_posts(echo_server.url + "/json", bodies)
                echo_cpu.stop()
            name = f"echo (bare aiohttp JSON POST, {CONNECTIONS} conns)"
            rows += rows_for(name, echo_load)
            rows += cpu_rows(name, echo_cpu, len(bodies))
            for handler, label in ((None, "conversation 'hola'"), ("echo", "echo handler")):
                async with scratch_database(pg_url) as database_url:
                    settings = bench_settings(
                        database_url,
                        redis_url,
                        whatsapp_access_token="bench-token",
                        whatsapp_api_base=api_base,
                        db_pool_size=POOL_SIZE,
                    )
                    postgres = await postmaster(database_url)
                    if handler == "echo":
                        with served(
                            "cabanas", settings=settings, handler="bench.webhook:silent"
                        ) as server:
                            ingest_cpu = meter(server.pid, postgres)
                            ingest_cpu.start()
                            ingest = await measure_posts(server.url + PATH, bodies)
                            await drained(database_url)  # the worker's answers are its cost too
                            ingest_cpu.stop()
                        rows += rows_for("webhook → durable 200", ingest, p95_target="≤ 30")
                        rows += cpu_rows("webhook → durable 200", ingest_cpu, len(bodies))
                        ratio = ingest.rate / echo_load.rate if echo_load.rate else 0.0
                        rows.append(
                            {
                                "name": "webhook → durable 200: throughput vs echo",
                                "value": round(ratio, 2),
                                "unit": "×",
                                "target": "≥ 0.6",
                            }
                        )
                    target = f"bench.webhook:{handler}" if handler else None
                    with served("cabanas", settings=settings, handler=target) as server:
                        turn_cpu = meter(server.pid, postgres)
                        turn_cpu.start()
                        turns = await measure_turns(server.url, fake, "hola", TURNS)
                        await drained(database_url)
                        turn_cpu.stop()
                    name = f"turn message → reply ({label})"
                    rows += rows_for(name, turns, rate_target="≥ 1000", p95_target="≤ 100")
                    rows[-3]["unit"] = "turns/s"
                    # The load generator's share includes the fake Graph API it also runs.
                    rows += cpu_rows(name, turn_cpu, turns.done + turns.errors + GUESTS)
    finally:
        await fake.close()
    return rows


if __name__ == "__main__":
    print_table(asyncio.run(run()))
