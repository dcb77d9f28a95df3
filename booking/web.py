"""Wires the booking engine into the app: admin routes and periodic jobs."""

from __future__ import annotations

from aiohttp import web

from booking import jobs
from booking.admin_api import ROUTES


def setup(app: web.Application) -> None:
    app.router.add_routes(ROUTES)
    jobs.setup(app)
