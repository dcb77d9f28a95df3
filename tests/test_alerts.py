"""Every runbook alert reads metrics that /metrics really exposes."""

from __future__ import annotations

import re
from pathlib import Path

from app import create_app

ALERTS = Path(__file__).resolve().parent.parent / "health" / "alerts.yml"
RUNBOOK_ALERTS = {
    "error_rate_high",
    "response_time_p95_high",
    "db_connection_refused",
    "memory_usage_high",
    "webhook_failing",
    "ical_sync_stale",
    "double_booking_detected",
}
PROMQL_WORDS = {"sum", "rate", "increase", "max", "min", "by", "le", "or", "histogram_quantile"}


def _rules() -> dict[str, str]:
    text = ALERTS.read_text()
    names = re.findall(r"- alert: (\w+)", text)
    blocks = re.split(r"- alert: \w+", text)[1:]
    return {
        name: re.search(r"expr: >?\s*(.+?)\n\s+(?:for|labels):", block, re.S).group(1)
        for name, block in zip(names, blocks, strict=True)
    }


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


async def test_overlap_gauge_and_dependency_gauges_report_now(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    text = await (await client.get("/metrics")).text()
    assert "reservations_active_overlaps 0.0" in text
    assert 'dependency_up{dependency="database"} 1.0' in text
    assert 'dependency_up{dependency="redis"} 1.0' in text
    limit = next(x for x in text.splitlines() if x.startswith("process_memory_limit_bytes "))
    assert float(limit.split()[1]) > 0
