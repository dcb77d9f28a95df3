"""iCal two-way sync with Airbnb, Booking.com and owners' calendars (issue 6).

`setup(app)` adds the export feed, sync-now and admin routes, and the
cleanup context that owns the feed HTTP session and the periodic sync job.
"""

from __future__ import annotations

from aiohttp import web


def setup(app: web.Application) -> None:
    from sync.engine import ical_ctx
    from sync.routes import add_routes

    add_routes(app)
    app.cleanup_ctx.append(ical_ctx)
