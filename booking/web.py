"""Wires the booking engine into the app: admin routes and periodic jobs."""

from __future__ import annotations

from aiohttp import web

from booking import jobs
from booking.admin_api import ROUTES
from health.metrics import RESERVATIONS

# Every `reservations_total{event}` label, exported at 0 from the start so
# rate() and alerts see a series before the first event of each kind.
RESERVATION_EVENTS = (
    "held",
    "confirmed",
    "retaken",
    "needs_refund",
    "cancelled",
    "expired",
    "blocked",
)


def setup(app: web.Application) -> None:
    app.router.add_routes(ROUTES)
    jobs.setup(app)
    for event in RESERVATION_EVENTS:
        RESERVATIONS.labels(event)
