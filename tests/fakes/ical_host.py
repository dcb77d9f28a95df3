"""A local iCal feed host that behaves like Airbnb's, Booking.com's and Google's.

Serves `.ics` bodies with `Content-Type: text/calendar`, an `ETag` and a
`Last-Modified`, and answers 304 to a matching `If-None-Match`, as the real
hosts do. Each feed can be switched to misbehave: an HTTP error, a body cut
short of its Content-Length, a hang, or a gate that holds every answer until
the test opens it. Fixture files under tests/fixtures/ical/ are templates:
`{day+N}` / `{day-N}` becomes the date N days from "today" as YYYYMMDD, so the
fixtures stay in the future whenever the suite runs.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ical"
_DAY = re.compile(r"\{day([+-]\d+)\}")


def render(template: str, today: dt.date) -> bytes:
    def day(match: re.Match[str]) -> str:
        return (today + dt.timedelta(days=int(match.group(1)))).strftime("%Y%m%d")

    # The channels send CRLF line ends (RFC 5545), whatever the fixture file has.
    text = _DAY.sub(day, template).replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode()


def fixture(name: str, today: dt.date) -> bytes:
    return render((FIXTURES / name).read_bytes().decode(), today)


@dataclass
class SeenRequest:
    name: str
    if_none_match: str | None
    if_modified_since: str | None


@dataclass
class IcalHost:
    today: dt.date
    feeds: dict[str, bytes] = field(default_factory=dict)
    modes: dict[str, tuple[str, float]] = field(default_factory=dict)
    # The Content-Type charset parameter per feed (default utf-8; "" = none sent).
    charsets: dict[str, str] = field(default_factory=dict)
    seen: list[SeenRequest] = field(default_factory=list)
    gate: asyncio.Event | None = None
    # Off: no ETag / Last-Modified and never 304, like hosts without conditional GET.
    validators: bool = True
    base_url: str = ""
    _runner: web.AppRunner | None = None

    # ------------------------------------------------------------ setup

    def put(self, name: str, body: bytes | str) -> str:
        """Serve `body` at /<name>; returns the feed's URL."""
        self.feeds[name] = body.encode() if isinstance(body, str) else body
        self.modes.pop(name, None)
        return self.url(name)

    def put_fixture(self, name: str, fixture_name: str) -> str:
        return self.put(name, fixture(fixture_name, self.today))

    def fail(self, name: str, status: int = 503) -> None:
        self.modes[name] = ("status", status)

    def truncate(self, name: str) -> None:
        """Declare the full Content-Length, send half the body, drop the connection."""
        self.modes[name] = ("truncate", 0)

    def hang(self, name: str, seconds: float) -> None:
        self.modes[name] = ("hang", seconds)

    def redirect(self, name: str, location: str) -> str:
        """Answer /<name> with 302 to `location` (calendar hosts move feeds around)."""
        self.feeds[name] = location.encode()
        self.modes[name] = ("redirect", 302)
        return self.url(name)

    def url(self, name: str) -> str:
        return f"{self.base_url}/{name}"

    def hits(self, name: str) -> int:
        return sum(1 for seen in self.seen if seen.name == name)

    # ------------------------------------------------------------ server

    async def start(self) -> IcalHost:
        app = web.Application()
        app.router.add_get("/{name}", self._serve)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.seen.append(
            SeenRequest(
                name, request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
            )
        )
        if self.gate is not None:
            await self.gate.wait()
        if name not in self.feeds:
            return web.Response(status=404, text="Not Found")
        body = self.feeds[name]
        mode, value = self.modes.get(name, ("ok", 0))
        if mode == "redirect":
            return web.Response(status=302, headers={"Location": body.decode()})
        if mode == "status":
            return web.Response(status=int(value), text="Service Unavailable")
        if mode == "hang":
            await asyncio.sleep(value)
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        headers = {
            "ETag": etag,
            "Last-Modified": format_datetime(dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC), True),
            "Cache-Control": "private, max-age=0",
        }
        if not self.validators:
            headers = {}
        elif request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        if mode == "truncate":
            response = web.StreamResponse(headers=headers)
            response.content_type = "text/calendar"
            response.content_length = len(body)
            await response.prepare(request)
            await response.write(body[: len(body) // 2])
            assert request.transport is not None
            request.transport.close()
            return response
        charset = self.charsets.get(name, "utf-8")
        headers["Content-Type"] = "text/calendar" + (f"; charset={charset}" if charset else "")
        return web.Response(body=body, headers=headers)
