"""healthz, livez, /metrics, JSON errors and settings, through HTTP."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from pathlib import Path

import pytest
from aiohttp import web

from app import create_app
from embedded import EmbeddedPostgres, EmbeddedRedis, free_port
from settings import ConfigError, Settings
from tests.conftest import make_settings


async def test_healthz_healthy_with_both_up(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/api/v1/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "healthy"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["redis"]["ok"] is True
    assert body["checks"]["ical"] == {"ok": True, "last_sync_age_minutes": 0.0, "open_conflicts": 0}
    assert body["version"]
    assert response.headers["X-Request-ID"]


async def test_healthz_version_names_the_fly_release(aiohttp_client, settings, monkeypatch):
    # The runbook checks a rollback with healthz: a version that is the package's
    # "0.1.0" in every release cannot tell the old release from the new. On Fly each
    # deploy's image is tagged (FLY_IMAGE_REF), and a rollback goes back to an older one.
    from health.routes import app_version

    ref = "registry.fly.io/sist-cabanas-prod:deployment-01H9RK9EYO9PGNBYAKGXSHV0PH"
    monkeypatch.delenv("APP_VERSION", raising=False)
    monkeypatch.setenv("FLY_IMAGE_REF", ref)
    app_version.cache_clear()
    try:
        client = await aiohttp_client(create_app(settings))
        body = await (await client.get("/api/v1/healthz")).json()
        assert body["version"].endswith("+deployment-01H9RK9EYO9PGNBYAKGXSHV0PH")
    finally:
        app_version.cache_clear()


async def test_a_busy_pool_is_not_a_dead_database(aiohttp_client, settings):
    # Every connection of the main pool taken (guests being answered): healthz and
    # /metrics check on connections of their own, so the database still reads as up
    # and the runbook's "DB connection refused" alert stays quiet.
    from appkeys import DB

    client = await aiohttp_client(create_app(settings.model_copy(update={"db_pool_size": 1})))
    async with client.server.app[DB].acquire():
        started = time.monotonic()
        responses = await asyncio.gather(*(client.get("/api/v1/healthz") for _ in range(50)))
        assert time.monotonic() - started < 2
        assert {r.status for r in responses} == {200}
        assert {(await r.json())["checks"]["database"]["ok"] for r in responses} == {True}
        metrics = await (await client.get("/metrics")).text()
        assert 'dependency_up{dependency="database"} 1.0' in metrics
        assert 'db_pool_connections{state="in_use"} 1.0' in metrics


async def test_healthz_degraded_when_a_feed_is_stale(aiohttp_client, settings, db):
    async with db.acquire() as conn:
        cabin = await conn.fetchval(
            """INSERT INTO accommodations
                   (slug, name, capacity, base_price_cents, weekend_price_cents)
               VALUES ('a', 'A', 2, 1, 1) RETURNING id"""
        )
        await conn.execute(
            """INSERT INTO ical_feeds (accommodation_id, source, url, last_success_at, created_at)
               VALUES ($1, 'airbnb', 'http://x/a.ics', now() - interval '45 minutes',
                       now() - interval '2 days')""",
            cabin,
        )
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/api/v1/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["ical"]["ok"] is False
    assert 44 < body["checks"]["ical"]["last_sync_age_minutes"] < 47
    metrics = await (await client.get("/metrics")).text()
    gauge = next(
        line for line in metrics.splitlines() if line.startswith("ical_last_sync_age_minutes ")
    )
    assert 44 < float(gauge.split()[1]) < 47


async def test_healthz_degraded_and_naming_them_when_two_active_stays_overlap(
    aiohttp_client, settings, db
):
    # double_booking_detected pages on reservations_active_overlaps; the runbook's first
    # look is healthz, which must not answer "healthy" meanwhile, and says how many.
    import datetime as dt

    from tests.ical_support import add_cabin, add_stay

    client = await aiohttp_client(create_app(settings))
    body = await (await client.get("/api/v1/healthz")).json()
    assert body["checks"]["bookings"] == {"ok": True, "active_overlaps": 0}
    cabin = await add_cabin(db)
    day = dt.date(2031, 1, 10)
    await db.execute("ALTER TABLE reservations DROP CONSTRAINT no_overlap_reservations")
    one = dt.timedelta(days=1)
    await add_stay(db, cabin, day, day + 3 * one, code="CAB-AAAA")
    await add_stay(db, cabin, day + one, day + 2 * one, code="CAB-BBBB")
    response = await client.get("/api/v1/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["bookings"] == {"ok": False, "active_overlaps": 1}
    assert "reservations_active_overlaps 1.0" in await (await client.get("/metrics")).text()


async def test_healthz_unhealthy_within_2s_when_postgres_stops(aiohttp_client, tmp_path, redis_url):
    pg = EmbeddedPostgres(tmp_path / "pg").start()
    try:
        client = await aiohttp_client(
            create_app(make_settings(database_url=pg.url, redis_url=redis_url))
        )
        assert (await client.get("/api/v1/healthz")).status == 200
        pg.stop()
        started = time.monotonic()
        response = await client.get("/api/v1/healthz")
        assert time.monotonic() - started < 2.0
        assert response.status == 503
        body = await response.json()
        assert body["status"] == "unhealthy"
        assert body["checks"]["database"]["ok"] is False
        assert body["checks"]["redis"]["ok"] is True
        assert (await client.get("/api/v1/livez")).status == 200
    finally:
        pg.stop()


async def test_healthz_unhealthy_within_2s_when_redis_stops(aiohttp_client, tmp_path, database_url):
    rd = EmbeddedRedis(tmp_path / "redis").start()
    try:
        client = await aiohttp_client(
            create_app(make_settings(database_url=database_url, redis_url=rd.url))
        )
        assert (await client.get("/api/v1/healthz")).status == 200
        rd.stop()
        started = time.monotonic()
        response = await client.get("/api/v1/healthz")
        assert time.monotonic() - started < 2.0
        assert response.status == 503
        body = await response.json()
        assert body["checks"]["redis"]["ok"] is False
        assert body["checks"]["database"]["ok"] is True
        assert (await client.get("/api/v1/livez")).status == 200
    finally:
        rd.stop()


async def test_healthz_answers_within_2s_when_a_dependency_hangs(aiohttp_client, database_url):
    # A TCP server that accepts and never answers: the worst kind of Redis outage.
    held: list[asyncio.StreamWriter] = []

    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    port = free_port()
    server = await asyncio.start_server(swallow, "127.0.0.1", port)
    try:
        settings = make_settings(database_url=database_url, redis_url=f"redis://127.0.0.1:{port}/0")
        client = await aiohttp_client(create_app(settings))
        started = time.monotonic()
        response = await client.get("/api/v1/healthz")
        assert time.monotonic() - started < 2.0
        assert response.status == 503
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_healthz_and_metrics_answer_within_2s_when_postgres_hangs(
    aiohttp_client, tmp_path, redis_url
):
    # A PostgreSQL that stops answering on connections already open (a frozen host, a
    # partition): the check's query times out, and cancelling it in asyncpg waits for
    # the server (up to command_timeout, 30 s). healthz and /metrics must not wait with it.
    pg = EmbeddedPostgres(tmp_path / "pg").start()
    frozen: list[int] = []
    try:
        client = await aiohttp_client(
            create_app(make_settings(database_url=pg.url, redis_url=redis_url))
        )
        assert (await client.get("/api/v1/healthz")).status == 200
        frozen = _postgres_processes(tmp_path / "pg" / "pgdata")
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        for path in ("/api/v1/healthz", "/metrics", "/api/v1/healthz"):
            started = time.monotonic()
            response = await client.get(path)
            assert time.monotonic() - started < 2.0, path
        assert response.status == 503
        assert (await response.json())["checks"]["database"]["ok"] is False
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        pg.stop()


def _postgres_processes(pgdata: Path) -> list[int]:
    """The postmaster and every backend it forked."""
    postmaster = int((pgdata / "postmaster.pid").read_text().split()[0])
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(b")", 1)[1].split()[1]) == postmaster:
                children.append(int(entry))
    return [postmaster, *children]


async def test_healthz_unhealthy_when_postgres_was_never_there(aiohttp_client, redis_url):
    dead = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    client = await aiohttp_client(create_app(make_settings(database_url=dead, redis_url=redis_url)))
    response = await client.get("/api/v1/healthz")
    assert response.status == 503
    assert (await client.get("/api/v1/livez")).status == 200


async def test_the_jobs_log_a_database_outage_once_not_a_traceback_a_round(
    aiohttp_client, redis_url, caplog
):
    # The runbook promises quiet outage logs (one warning per request, one line per
    # outage from the inbox): the periodic jobs (holds, payment retries, reconcile)
    # must not add an ERROR with a traceback every round, which on-call would read as
    # a bug, while healthz and dependency_up already say the database is down.
    dead = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    settings = make_settings(database_url=dead, redis_url=redis_url, job_expire_interval_seconds=1)
    with caplog.at_level(logging.INFO):
        client = await aiohttp_client(create_app(settings))
        await asyncio.sleep(3.5)  # three rounds of each job
        assert (await client.get("/api/v1/livez")).status == 200
    jobs = [r for r in caplog.records if r.name.startswith("booking.")]
    assert [r.getMessage() for r in jobs if r.levelno >= logging.ERROR or r.exc_info] == []
    outage = [r.getMessage() for r in jobs if "unreachable" in r.getMessage()]
    assert len(outage) == 3, outage  # booking jobs, payment_retries, payment_reconcile
    metrics = await (await client.get("/metrics")).text()
    assert 'job_runs_total{job="payment_retries",result="error"}' in metrics


def test_a_job_s_outage_is_one_warning_its_end_one_line_and_a_bug_keeps_its_traceback(caplog):
    from health.http import OutageLog

    outage = OutageLog("payment_retries", logging.getLogger("booking.test"))
    with caplog.at_level(logging.INFO, logger="booking.test"):
        for _ in range(5):
            outage.failed(ConnectionRefusedError(111, "Connect call failed"))
        outage.succeeded()
        outage.succeeded()
        outage.failed(KeyError("code"))
    lines = [(r.levelname, r.getMessage(), bool(r.exc_info)) for r in caplog.records]
    assert lines == [
        (
            "WARNING",
            "payment_retries: dependency unreachable, rounds wait: "
            "ConnectionRefusedError: [Errno 111] Connect call failed",
            False,
        ),
        ("INFO", "payment_retries: dependencies reachable again", False),
        ("ERROR", "payment_retries round failed", True),
    ]


async def test_any_route_is_a_json_503_while_postgres_or_redis_is_down(
    aiohttp_client, database_url, redis_url
):
    # Not a 500 "something went wrong on our side" with a traceback per request in
    # the error log: the on-call reads "unreachable" and the client can retry.
    from health.auth import mint_admin_token

    dead_pg = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    dead_redis = f"redis://127.0.0.1:{free_port()}/0"
    for settings, path in (
        (make_settings(database_url=dead_pg, redis_url=redis_url), "/api/v1/reservations"),
        (make_settings(database_url=database_url, redis_url=dead_redis), "/api/v1/admin/handoffs"),
    ):
        client = await aiohttp_client(create_app(settings))
        token = mint_admin_token(settings.jwt_secret)
        response = await client.get(path, headers={"Authorization": f"Bearer {token}"})
        assert response.status == 503, await response.text()
        assert (await response.json())["error"] == "dependency_unavailable"
        assert response.headers["Retry-After"]
        metrics = await (await client.get("/metrics")).text()
        assert f'route="{path}",status="503"' in metrics


async def test_metrics_expose_the_runbook_names(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    await client.get("/api/v1/livez")
    text = await (await client.get("/metrics")).text()
    for name in (
        "http_requests_total",
        "http_request_duration_seconds_bucket",
        "ical_last_sync_age_minutes",
        "ical_sync_total",
        "whatsapp_messages_total",
        "webhook_signature_failures_total",
        "reservations_total",
        "double_booking_conflicts_total",
        "db_pool_connections",
        "process_resident_memory_bytes",
    ):
        assert name in text, name
    assert 'http_requests_total{method="GET",route="/api/v1/livez",status="200"}' in text
    assert 'le="6.0"' in text


async def test_metrics_carry_no_created_timestamps(aiohttp_client, settings):
    # The runbook greps /metrics by hand (`grep -E '^(dependency_up|ical_|…)'`): every
    # counter's `…_created <unix time>` twin doubled the lines a tired on-call reads,
    # and no rule reads them.
    client = await aiohttp_client(create_app(settings))
    await client.get("/api/v1/livez")
    text = await (await client.get("/metrics")).text()
    assert "http_requests_total{" in text
    assert [line for line in text.splitlines() if "_created" in line] == []


async def test_a_handler_that_raises_is_a_counted_json_500(aiohttp_client, settings):
    async def boom(request: web.Request) -> web.Response:
        raise RuntimeError("secret internals")

    app = create_app(settings)
    app.router.add_get("/boom", boom)
    client = await aiohttp_client(app)
    response = await client.get("/boom")
    assert response.status == 500
    body = await response.json()
    assert body == {"error": "internal_error", "detail": "Something went wrong on our side"}
    assert "Traceback" not in await response.text()
    metrics = await (await client.get("/metrics")).text()
    assert 'http_requests_total{method="GET",route="/boom",status="500"}' in metrics


async def test_unknown_route_is_json_404_under_one_label(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/no/such/path/123")
    assert response.status == 404
    assert (await response.json())["error"] == "not_found"
    metrics = await (await client.get("/metrics")).text()
    assert "/no/such/path/123" not in metrics
    assert 'route="unmatched",status="404"' in metrics


async def test_request_id_is_echoed(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/api/v1/livez", headers={"X-Request-ID": "abc123"})
    assert response.headers["X-Request-ID"] == "abc123"


@pytest.mark.parametrize(
    "missing", ["DATABASE_URL", "JWT_SECRET", "WHATSAPP_APP_SECRET", "OWNER_WHATSAPP"]
)
def test_missing_production_setting_stops_start_up_naming_it(missing):
    env = {
        "ENVIRONMENT": "production",
        "DATABASE_URL": "postgresql://x/y",
        "REDIS_URL": "redis://x",
        "PUBLIC_BASE_URL": "https://cabanas.example",
        "JWT_SECRET": "s" * 40,
        "WHATSAPP_VERIFY_TOKEN": "v",
        "WHATSAPP_APP_SECRET": "a",
        "WHATSAPP_ACCESS_TOKEN": "t",
        "WHATSAPP_PHONE_NUMBER_ID": "1",
        "MERCADOPAGO_ACCESS_TOKEN": "m",
        "MERCADOPAGO_WEBHOOK_SECRET": "w",
        "OWNER_WHATSAPP": "+54 9 2944 99-9999",
    }
    assert Settings.from_env(env).owner_whatsapp == "5492944999999"
    del env[missing]
    with pytest.raises(ConfigError, match=missing):
        Settings.from_env(env)


def test_malformed_setting_names_it():
    with pytest.raises(ConfigError, match="DB_POOL_SIZE"):
        Settings.from_env({"DB_POOL_SIZE": "lots", "JWT_SECRET": "s" * 40})
    with pytest.raises(ConfigError, match="TIMEZONE"):
        Settings.from_env({"TIMEZONE": "Mars/Olympus", "JWT_SECRET": "s" * 40})
    # The owner's number in local form cannot be sent to: every notice would be lost.
    with pytest.raises(ConfigError, match="OWNER_WHATSAPP"):
        Settings.from_env({"OWNER_WHATSAPP": "0294 15 499-9999", "JWT_SECRET": "s" * 40})


def test_demo_mode_without_credentials():
    settings = Settings.from_env({"JWT_SECRET": "s" * 40})
    assert settings.whatsapp_demo and settings.mercadopago_demo
    live = Settings.from_env(
        {"JWT_SECRET": "s" * 40, "WHATSAPP_ACCESS_TOKEN": "t", "MERCADOPAGO_ACCESS_TOKEN": "m"}
    )
    assert not live.whatsapp_demo and not live.mercadopago_demo


def test_development_links_follow_the_port():
    assert Settings.from_env({"JWT_SECRET": "s" * 40}).public_base_url == "http://localhost:8080"
    moved = Settings.from_env({"JWT_SECRET": "s" * 40, "PORT": "8090"})
    assert moved.public_base_url == "http://localhost:8090"
    given = {"JWT_SECRET": "s" * 40, "PORT": "8090", "PUBLIC_BASE_URL": "https://cabanas.example"}
    assert Settings.from_env(given).public_base_url == "https://cabanas.example"


def test_logs_mask_phones_but_not_payment_ids():
    import logging

    from health.logs import JsonFormatter

    record = logging.LogRecord(
        "t", logging.INFO, __file__, 1, "guest %s paid %s", ("5492944111111", "90000000001"), None
    )
    line = JsonFormatter().format(record)
    assert "5492944111111" not in line
    assert "5492" in line and "111" in line
    assert "90000000001" in line
