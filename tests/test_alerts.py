"""Every runbook alert reads metrics that /metrics really exposes."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import create_app

ALERTS = Path(__file__).resolve().parent.parent / "health" / "alerts.yml"
ALERTS_TESTS = ALERTS.with_name("alerts_test.yml")  # promtool's unit tests of the rules
PROMTOOL = shutil.which("promtool")
RUNBOOK_ALERTS = {
    "service_down",
    "error_rate_high",
    "response_time_p95_high",
    "db_connection_refused",
    "memory_usage_high",
    "webhook_failing",
    "ical_sync_stale",
    "double_booking_detected",
    "whatsapp_send_failing",
}
PROMQL_WORDS = {
    *("sum", "rate", "increase", "max", "min", "by", "le", "or", "unless", "on"),
    *("histogram_quantile", "absent"),
}
# `name{label="value", other=~"regex"}`: a selector with its matchers.
SELECTOR = re.compile(r"([a-z_][a-z0-9_]*)\{([^}]*)\}")
MATCHER = re.compile(r'(\w+)\s*(=~|!~|!=|=)\s*"([^"]*)"')
SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? ")
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def _rules() -> dict[str, str]:
    text = ALERTS.read_text()
    names = re.findall(r"- alert: (\w+)", text)
    blocks = re.split(r"- alert: \w+", text)[1:]
    return {
        name: re.search(r"expr: >?\s*(.+?)\n\s+(?:for|labels):", block, re.S).group(1)
        for name, block in zip(names, blocks, strict=True)
    }


def _series(exposition: str) -> dict[str, list[dict[str, str]]]:
    """metric name → the label sets of its samples."""
    series: dict[str, list[dict[str, str]]] = {}
    for line in exposition.splitlines():
        if match := SAMPLE.match(line):
            labels = dict(LABEL.findall(match.group(2) or ""))
            series.setdefault(match.group(1), []).append(labels)
    return series


def test_every_runbook_alert_has_a_rule():
    assert RUNBOOK_ALERTS <= set(_rules())


async def test_every_metric_in_the_rules_is_exposed(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    await client.get("/api/v1/livez")
    exposed = await (await client.get("/metrics")).text()
    families = {line.split()[2] for line in exposed.splitlines() if line.startswith("# TYPE")}
    samples = {re.split(r"[{ ]", line)[0] for line in exposed.splitlines() if line[:1].isalpha()}
    for name, expr in _rules().items():
        bare = re.sub(r"\{[^}]*\}|\[[^\]]*\]|by \([^)]*\)", "", expr)  # no labels, ranges, by()
        metrics = set(re.findall(r"[a-z_][a-z0-9_]*", bare)) - PROMQL_WORDS
        assert metrics, name
        for metric in metrics:
            assert metric in samples or metric in families, f"{name}: {metric} not exposed"


async def test_every_label_in_the_rules_is_exposed(aiohttp_client, settings):
    # A rule on `{status=~"5.."}` is silent for ever if the label is called `code`:
    # every label a selector matches on, or a `by (…)` groups on, must be on the
    # live series, and an exact value (`state="max"`) must be one they carry.
    client = await aiohttp_client(create_app(settings))
    await client.get("/api/v1/livez")
    await client.post("/api/v1/webhooks/whatsapp", data=b"{}")  # unsigned: a 401 and a failure
    await client.post("/api/v1/webhooks/mercadopago?data.id=1", data=b"{}")
    series = _series(await (await client.get("/metrics")).text())
    for name, expr in _rules().items():
        used = set()
        for metric, matchers in SELECTOR.findall(expr):
            used.add(metric)
            labelsets = series.get(metric, [])
            assert labelsets, f"{name}: no {metric} series to match"
            for label, op, value in MATCHER.findall(matchers):
                assert any(label in s for s in labelsets), f"{name}: {metric} has no {label}"
                if op == "=":
                    values = {s.get(label) for s in labelsets}
                    assert value in values, f"{name}: {metric}{{{label}={value!r}}} absent"
        bare = re.sub(r"\{[^}]*\}|\[[^\]]*\]|by \([^)]*\)", "", expr)
        used |= set(re.findall(r"[a-z_][a-z0-9_]*", bare)) - PROMQL_WORDS
        for grouping in re.findall(r"by \(([^)]*)\)", expr):
            for label in (g.strip() for g in grouping.split(",")):
                carried = any(label in s for m in used for s in series.get(m, []))
                assert carried, f"{name}: nothing to group by {label}"


async def test_overlap_gauge_and_dependency_gauges_report_now(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    text = await (await client.get("/metrics")).text()
    assert "reservations_active_overlaps 0.0" in text
    assert 'dependency_up{dependency="database"} 1.0' in text
    assert 'dependency_up{dependency="redis"} 1.0' in text
    limit = next(x for x in text.splitlines() if x.startswith("process_memory_limit_bytes "))
    assert float(limit.split()[1]) > 0


async def test_the_memory_alert_counts_the_processes_the_app_started(aiohttp_client, settings):
    # The iCal parse workers and their forkserver hold more memory than the app
    # itself (PSS after start: ~125 MB against ~55 MB), and the VM's limit is for
    # all of them: memory_usage_high must see a child's memory. Here a child of
    # ours writes 64 MiB, which must show in the numerator the rule reads.
    [numerator] = re.findall(r"max\((\w+) /", _rules()["memory_usage_high"])
    client = await aiohttp_client(create_app(settings))
    before = _value(await (await client.get("/metrics")).text(), numerator)
    code = "b = b'x' * (64 << 20); print(1, flush=True); input()"  # written: resident
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert child.stdout is not None and await child.stdout.readline() == b"1\n"
        after = _value(await (await client.get("/metrics")).text(), numerator)
    finally:
        child.kill()
        await child.wait()
    assert after - before > 48 << 20, (before, after)


def _value(exposition: str, name: str) -> float:
    [line] = [x for x in exposition.splitlines() if x.startswith(name + " ")]
    return float(line.split()[1])


@pytest.mark.skipif(PROMTOOL is None, reason="promtool not installed (apt-get install prometheus)")
@pytest.mark.parametrize("check", [["check", "rules", ALERTS], ["test", "rules", ALERTS_TESTS]])
def test_rules_pass_promtool(check):
    # Prometheus' own parser and evaluator: each alert fires on the series its
    # failure produces (health/alerts_test.yml) and stays quiet on a normal day.
    assert PROMTOOL is not None
    result = subprocess.run([PROMTOOL, *map(str, check)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


async def test_an_open_conflict_keeps_the_double_booking_alert_on(aiohttp_client, settings, db):
    # double_booking_conflicts_total counts a conflict once, when it is found: 15 min
    # later (or after a restart) the counter says nothing about it. An unresolved
    # conflict is still two guests for one cabin, so the rule also reads
    # ical_open_conflicts, which /metrics takes from the database until it is resolved.
    from tests.fakes.ical_host import IcalHost
    from tests.ical_support import add_cabin, add_feed, add_stay, admin, metric, today_in

    assert "ical_open_conflicts" in _rules()["double_booking_detected"]
    today = today_in(settings)
    host = await IcalHost(today).start()
    try:
        client = await aiohttp_client(create_app(settings))
        cabin = await add_cabin(db)
        in_, out = today + dt.timedelta(days=11), today + dt.timedelta(days=12)
        await add_stay(db, cabin, in_, out, code="CAB-7KQ2")
        await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
        await client.post("/api/v1/ical/sync", headers=admin(settings))
        text = await (await client.get("/metrics")).text()
        assert metric(text, "ical_open_conflicts") == 1
        [conflict] = (
            await (await client.get("/api/v1/admin/conflicts", headers=admin(settings))).json()
        )["items"]
        path = f"/api/v1/admin/conflicts/{conflict['id']}/resolve"
        resolved = await client.post(path, json={"resolution": "moved"}, headers=admin(settings))
        assert resolved.status == 200
        assert metric(await (await client.get("/metrics")).text(), "ical_open_conflicts") == 0
    finally:
        await host.close()


def test_signature_failure_counters_start_at_zero_in_a_fresh_process():
    # webhook_failing reads increase(): a series that first appears at N is no
    # increase to Prometheus (health/alerts_test.yml shows it), so a wrong secret
    # right after a deploy would go unseen. Both providers are exported at 0 from
    # the start. A process of its own: the test session's registry has seen failures.
    code = "import app, prometheus_client as p; print(p.generate_latest().decode())"
    root = ALERTS.parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    for provider in ("whatsapp", "mercadopago"):
        assert f'webhook_signature_failures_total{{provider="{provider}"}} 0.0' in result.stdout
        assert f'inbox_parked_total{{provider="{provider}"}} 0.0' in result.stdout
    for reason in ("unauthorized", "unavailable"):
        assert f'whatsapp_send_failures_total{{reason="{reason}"}} 0.0' in result.stdout


@pytest.mark.parametrize(
    ("path", "secret_name"),
    [
        ("/api/v1/webhooks/whatsapp", "WHATSAPP_APP_SECRET"),
        ("/api/v1/webhooks/mercadopago?data.id=1&type=payment", "MERCADOPAGO_WEBHOOK_SECRET"),
    ],
)
async def test_a_refused_signature_is_logged_naming_the_secret(
    aiohttp_client, settings, caplog, path, secret_name
):
    # The runbook's first look at webhook_failing: `grep 'invalid signature'` in the logs.
    client = await aiohttp_client(create_app(settings))
    with caplog.at_level(logging.WARNING):
        response = await client.post(path, data=b"{}", headers={"x-signature": "ts=1,v1=0"})
    assert response.status == 401
    [record] = [r for r in caplog.records if "invalid signature" in r.getMessage()]
    assert record.levelno == logging.WARNING and secret_name in record.getMessage()


def _runbook_sections() -> dict[str, str]:
    """Alert name → its RUNBOOK.md section (a heading may name two alerts)."""
    text = (ALERTS.parent.parent / "RUNBOOK.md").read_text()
    sections: dict[str, str] = {}
    for part in re.split(r"^## ", text, flags=re.M)[1:]:
        heading = part.splitlines()[0]
        if heading.startswith("Alerta:"):
            for name in re.findall(r"`(\w+)`", heading):
                sections[name] = part
    return sections


def test_the_runbook_quotes_each_rule_as_it_is():
    # The on-call pastes the expression into Prometheus: it must be the rule's.
    sections = _runbook_sections()
    assert set(_rules()) <= set(sections), set(_rules()) - set(sections)
    for name, expr in _rules().items():
        quoted = {" ".join(q.split()) for q in re.findall(r"`([^`\n]+)`", sections[name])}
        assert " ".join(expr.split()) in quoted, f"RUNBOOK.md, {name}: quote `{expr.strip()}`"


async def test_every_path_the_runbook_calls_is_a_route(settings):
    # Each `curl …/api/v1/…` and `METHOD /api/v1/…` in the runbook reaches a handler.
    from aiohttp.test_utils import make_mocked_request

    app = create_app(settings)
    text = (ALERTS.parent.parent / "RUNBOOK.md").read_text()
    calls = set()
    for line in text.splitlines():
        for path in re.findall(r"tu-dominio\.com(/[^\s\"'`]*)", line):
            method = "POST" if "-X POST" in line else "GET"
            calls.add((method, path))
        calls.update(re.findall(r"\b(GET|POST|PATCH|DELETE) (/api/v1/[^\s`]*)", line))
    assert len(calls) >= 8, calls
    for method, path in sorted(calls):
        concrete = re.sub(r"\{[^}]*\}", "1", path).replace("…", "1")
        match = await app.router.resolve(make_mocked_request(method, concrete))
        assert match.http_exception is None, f"RUNBOOK.md: {method} {path} is not a route"


async def test_the_runbook_counts_the_connections_an_instance_opens(aiohttp_client, settings):
    # db_pool_exhausted's advice ends with "check the database's max_connections" and a
    # worked figure for DB_POOL_SIZE=20 on 2 instances: it must be what the pools open.
    from appkeys import DB, HEALTH_DB, INBOX

    client = await aiohttp_client(create_app(settings.model_copy(update={"db_pool_size": 20})))
    app = client.server.app
    pools = (app[DB], app[HEALTH_DB], app[INBOX]._pool)
    per_instance = sum(pool.get_max_size() for pool in pools)
    text = (ALERTS.parent.parent / "RUNBOOK.md").read_text()
    [figure] = re.findall(r"con `DB_POOL_SIZE=20` y 2 instancias, (\d+)", text)
    assert int(figure) == 2 * per_instance, (figure, per_instance)
