"""Every Prometheus metric, by the names the runbook's alerts use (CONTRACT §5).

Module-level on the default registry, so the client library's process
collectors (`process_resident_memory_bytes`, the memory > 90 % alert) come
along. Gauges that describe the present (pool use, iCal age) are refreshed at
scrape time by the /metrics handler, so they keep moving when jobs stop.
"""

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

# No `…_created <unix time>` twin for every counter and histogram: no rule reads them,
# and they doubled what on-call reads when grepping /metrics by hand (RUNBOOK.md).
disable_created_metrics()

# Buckets straddle the runbook's p95 > 6 s alert so the quantile is readable there.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 4.0, 6.0, 10.0, 30.0)

HTTP_REQUESTS = Counter(
    "http_requests_total",
    "HTTP requests by route template and status",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency by route template",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
ICAL_LAST_SYNC_AGE = Gauge(
    "ical_last_sync_age_minutes",
    "Minutes since the oldest active feed last synced successfully (0 with no feeds)",
)
ICAL_SYNC = Counter("ical_sync_total", "iCal feed syncs by result", ["result"])
# Per feed, a sync's result already counts them (`transparent`); this is the same count
# summed by channel, so a dashboard sees owners' "free" events being left unblocked.
ICAL_TRANSPARENT = Counter(
    "ical_transparent_events_total",
    "Timed iCal events shown as free (TRANSP:TRANSPARENT) that a sync read and left unblocked",
    ["source"],
)
for _source in ("airbnb", "booking", "other"):
    ICAL_TRANSPARENT.labels(_source)  # exported at 0, so increase() sees the first ones
WHATSAPP_MESSAGES = Counter(
    "whatsapp_messages_total", "WhatsApp messages by direction and type", ["direction", "type"]
)
WHATSAPP_SEND_FAILURES = Counter(
    "whatsapp_send_failures_total",
    "Outbound WhatsApp messages not sent: unauthorized (our access token or permissions: "
    "every message fails), rejected (Meta refused this message), unavailable (Graph API "
    "unreachable after retries; the turn is retried), delivery_failed (a 'failed' status)",
    ["reason"],
)
# Exported at 0, so whatsapp_send_failing's increase() sees the first ones.
for _reason in ("unauthorized", "rejected", "unavailable", "delivery_failed"):
    WHATSAPP_SEND_FAILURES.labels(_reason)
WHATSAPP_REPLY_LATENCY = Histogram(
    "whatsapp_reply_latency_seconds",
    "From a guest's message being recorded to our reply being sent",
    buckets=LATENCY_BUCKETS,
)
WEBHOOK_SIGNATURE_FAILURES = Counter(
    "webhook_signature_failures_total",
    "Webhooks refused for a bad or missing signature",
    ["provider"],
)
# Exported at 0 from the start: webhook_failing reads increase(), and a series that
# first appears at N is no increase to Prometheus (health/alerts_test.yml).
for _provider in ("whatsapp", "mercadopago"):
    WEBHOOK_SIGNATURE_FAILURES.labels(_provider)
RESERVATIONS = Counter("reservations_total", "Reservation lifecycle events", ["event"])
DOUBLE_BOOKING_CONFLICTS = Counter(
    "double_booking_conflicts_total", "Imported stays that overlap a stay from another channel"
)
DB_POOL_CONNECTIONS = Gauge("db_pool_connections", "asyncpg pool connections", ["state"])
JOB_RUNS = Counter("job_runs_total", "Periodic job runs", ["job", "result"])
INBOX_PARKED = Counter(
    "inbox_parked_total", "Inbound events parked after repeated failures", ["provider"]
)
for _provider in ("whatsapp", "mercadopago"):
    INBOX_PARKED.labels(_provider)  # exported at 0: webhook_failing reads its increase()

# Scrape-time gauges behind the runbook's remaining alerts (refreshed by /metrics).
DEPENDENCY_UP = Gauge(
    "dependency_up", "1 when the dependency answered the last check, else 0", ["dependency"]
)
PROCESS_TREE_MEMORY = Gauge(
    "process_tree_memory_bytes",
    "Memory of this process and its children (the iCal parse workers): their summed PSS",
)
PROCESS_MEMORY_LIMIT = Gauge(
    "process_memory_limit_bytes", "Memory available to this process (cgroup limit or RAM)"
)
ACTIVE_OVERLAPS = Gauge(
    "reservations_active_overlaps",
    "Pairs of active stays of one cabin that overlap (the runbook's query; must stay 0)",
)
OPEN_CONFLICTS = Gauge("ical_open_conflicts", "Cross-channel conflicts not yet resolved")
