"""The HTTP yardstick: healthz and livez beside a bare aiohttp JSON echo server.

Every server under test runs in its own process (spawned, so it has its own
core of the two), the load comes from an aiohttp client in this process at
64 connections over loopback, bounded in requests and seconds. Later benches
(`bench/webhook.py`) reuse the helpers here and compare to the same echo.

`python -m bench.http_baseline` prints a table; `run()` returns the rows
(name, value, unit, target). Uses BENCH_DATABASE_URL / BENCH_REDIS_URL when
set, else starts embedded PostgreSQL and Redis in a temporary directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from bench._servers import backing_servers, scratch_database

CONNECTIONS = 64
REQUESTS = 6000
MAX_SECONDS = 15.0
WARMUP = 300
BENCH_SECRET = "bench-app-secret"


# ------------------------------------------------------------ servers


def bench_settings(database_url: str, redis_url: str, **overrides: Any) -> dict[str, Any]:
    """Settings for a Cabañas server under test (a dict: it crosses a process boundary)."""
    return {
        "database_url": database_url,
        "redis_url": redis_url,
        "jwt_secret": "bench-" + "x" * 32,
        "whatsapp_app_secret": BENCH_SECRET,
        # Logs at WARNING: a line per request would measure the terminal, not the code.
        "log_level": "WARNING",
        **overrides,
    }


async def _echo(request: web.Request) -> web.Response:
    if request.method == "POST":
        return web.json_response(await request.json())
    return web.json_response({"status": "ok"})


def echo_app() -> web.Application:
    """The yardstick: the least an aiohttp JSON endpoint can do."""
    app = web.Application()
    app.router.add_get("/json", _echo)
    app.router.add_post("/json", _echo)
    return app


def _child(kind: str, options: dict[str, Any], port: Any, stop: Any) -> None:
    """Entry point of a server process: serve until `stop` is set."""

    async def serve() -> None:
        if kind == "echo":
            app = echo_app()
        else:
            from app import serving_app
            from health.logs import setup_logging
            from settings import Settings

            settings = Settings(**options["settings"])
            setup_logging(settings.log_level)
            app = serving_app(settings)
            if handler := options.get("handler"):
                from appkeys import CONVERSATION

                module, _, name = handler.rpartition(":")
                app[CONVERSATION] = getattr(__import__(module, fromlist=[name]), name)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port.value = runner.addresses[0][1]
        await asyncio.get_running_loop().run_in_executor(None, stop.wait)
        await runner.cleanup()

    asyncio.run(serve())


@dataclass(frozen=True)
class Served:
    url: str
    pid: int  # the server process, for its CPU time (bench/_cpu.py)


@contextlib.contextmanager
def served(kind: str, **options: Any) -> Iterator[Served]:
    """Run `echo_app()` or Cabañas (`kind="cabanas"`, settings=..., handler="mod:fn")
    in a child process; yields its base URL and pid."""
    context = multiprocessing.get_context("spawn")
    port, stop = context.Value("i", 0), context.Event()
    process = context.Process(target=_child, args=(kind, options, port, stop), daemon=True)
    process.start()
    try:
        deadline = time.monotonic() + 60
        while not port.value:
            if not process.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{kind} server did not start")
            time.sleep(0.05)
        assert process.pid is not None
        yield Served(f"http://127.0.0.1:{port.value}", process.pid)
    finally:
        stop.set()
        process.join(20)
        if process.is_alive():
            process.terminate()
            process.join(5)


@contextlib.contextmanager
def server_process(kind: str, **options: Any) -> Iterator[str]:
    """`served`, for a bench that needs only the URL."""
    with served(kind, **options) as server:
        yield server.url


# ------------------------------------------------------------ load


@dataclass(frozen=True)
class Load:
    done: int
    errors: int
    seconds: float
    latencies: list[float]  # seconds, successful requests only

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0

    def percentile_ms(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


Request = Callable[[aiohttp.ClientSession, int], Awaitable[bool]]


async def hammer(
    request: Request,
    *,
    connections: int = CONNECTIONS,
    count: int = REQUESTS,
    seconds: float = MAX_SECONDS,
    warmup: int = WARMUP,
) -> Load:
    """`count` requests (at most `seconds`) from `connections` concurrent clients."""
    connector = aiohttp.TCPConnector(limit=connections, force_close=False)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(request(session, -1 - i) for i in range(warmup)))
        issued = errors = 0
        latencies: list[float] = []
        deadline = time.perf_counter() + seconds

        async def client() -> None:
            nonlocal issued, errors
            while issued < count and time.perf_counter() < deadline:
                number, issued = issued, issued + 1
                started = time.perf_counter()
                try:
                    ok = await request(session, number)
                except (aiohttp.ClientError, TimeoutError):
                    ok = False
                if ok:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    return Load(len(latencies), errors, elapsed, latencies)


def get(url: str) -> Request:
    async def request(session: aiohttp.ClientSession, _: int) -> bool:
        async with session.get(url) as response:
            await response.read()
            return response.status == 200

    return request


def rows_for(name: str, load: Load, rate_target: Any = None, p95_target: Any = None) -> list[dict]:
    suffix = f" ({load.errors} errors)" if load.errors else ""
    return [
        {
            "name": f"{name}: throughput{suffix}",
            "value": round(load.rate),
            "unit": "req/s",
            "target": rate_target,
        },
        {
            "name": f"{name}: p50",
            "value": round(load.percentile_ms(50), 2),
            "unit": "ms",
            "target": None,
        },
        {
            "name": f"{name}: p95",
            "value": round(load.percentile_ms(95), 2),
            "unit": "ms",
            "target": p95_target,
        },
    ]


async def measure_echo() -> Load:
    with server_process("echo") as url:
        return await hammer(get(url + "/json"))


# ------------------------------------------------------------ the bench


async def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with backing_servers() as (pg_url, redis_url):
        async with scratch_database(pg_url, "bench_http") as database_url:
            echo = await measure_echo()
            rows += rows_for(f"echo (bare aiohttp JSON, {CONNECTIONS} conns)", echo)
            with server_process("cabanas", settings=bench_settings(database_url, redis_url)) as url:
                for path in ("/api/v1/livez", "/api/v1/healthz"):
                    load = await hammer(get(url + path))
                    rows += rows_for(f"GET {path}", load)
                    rows.append(
                        {
                            "name": f"GET {path}: throughput vs echo",
                            "value": round(load.rate / echo.rate, 2) if echo.rate else 0,
                            "unit": "×",
                            "target": None,
                        }
                    )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    width = max(len(row["name"]) for row in rows)
    print(f"{'benchmark':<{width}}  {'value':>10}  {'unit':<7}  target")
    for row in rows:
        target = "—" if row["target"] is None else row["target"]
        print(f"{row['name']:<{width}}  {row['value']!s:>10}  {row['unit']:<7}  {target}")


if __name__ == "__main__":
    print_table(asyncio.run(run()))
