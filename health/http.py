"""HTTP conventions shared by every route: request ids, metrics, JSON errors.

Every 4xx/5xx body is `{"error": code, "detail": text}`; a handler that raises
becomes a JSON 500 with no stack trace in the body (the trace goes to the log,
tagged with the request id that the response also carries). PostgreSQL or
Redis out of reach is a JSON 503 `dependency_unavailable` with `Retry-After`,
logged as one warning line, not a 500 with a traceback; a request held by a
PostgreSQL that hangs is answered 503 `database_unavailable` after STALL_SECONDS
and a failed health check (`_unless_stalled`). Domain errors are turned into
`ApiError` in handlers; this module only renders them.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import aiohttp
import asyncpg
import redis.exceptions
from aiohttp import web
from pydantic import BaseModel, ValidationError

from health.logs import request_id_var
from health.metrics import HTTP_DURATION, HTTP_REQUESTS

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
M = TypeVar("M", bound=BaseModel)
MAX_ID = 2**63 - 1  # bigint: larger ids cannot exist (and asyncpg would refuse them)


class ApiError(Exception):
    """Raise from a handler to answer `{"error": code, "detail": detail}` with `status`."""

    def __init__(self, status: int, code: str | None = None, detail: str | None = None) -> None:
        phrase = HTTPStatus(status).phrase
        self.status = status
        self.code = code or phrase.lower().replace(" ", "_").replace("-", "_")
        self.detail = detail or phrase
        super().__init__(f"{status} {self.code}: {self.detail}")

    def response(self, headers: dict[str, str] | None = None) -> web.Response:
        body = {"error": self.code, "detail": self.detail}
        return web.json_response(body, status=self.status, headers=headers)


def route_name(request: web.Request) -> str:
    """The route template (`/api/v1/reservations/{code}`), never the raw path."""
    info = request.match_info
    if info.http_exception is not None or info.route.resource is None:
        return "unmatched"
    return info.route.resource.canonical


@web.middleware
async def observe(request: web.Request, handler: Handler) -> web.StreamResponse:
    # 32 random hex digits, like uuid4().hex at a third of the cost (every request pays it).
    request_id = request.headers.get("X-Request-ID", "")[:64] or os.urandom(16).hex()
    token = request_id_var.set(request_id)
    started = time.perf_counter()
    status = 500
    route = route_name(request)
    try:
        response = await _render_errors(request, handler, route)
        status = response.status
        response.headers["X-Request-ID"] = request_id
        return response
    finally:
        _observed(request.method, route, status).observe(time.perf_counter() - started)
        request_id_var.reset(token)


class _Observed:
    """One (method, route, status)'s counter and histogram children: `labels()` costs a
    few µs on every request, the lookup here a dict get."""

    def __init__(self, method: str, route: str, status: int) -> None:
        self.count = HTTP_REQUESTS.labels(method, route, str(status))
        self.duration = HTTP_DURATION.labels(method, route)

    def observe(self, seconds: float) -> None:
        self.count.inc()
        self.duration.observe(seconds)


_OBSERVED: dict[tuple[str, str, int], _Observed] = {}


def _observed(method: str, route: str, status: int) -> _Observed:
    key = (method, route, status)
    if (found := _OBSERVED.get(key)) is None:
        found = _OBSERVED[key] = _Observed(method, route, status)
    return found


# A request still running after this long, while PostgreSQL does not answer the health
# check's `SELECT 1` (1 s), is answered 503 `database_unavailable` (see `_unless_stalled`).
STALL_SECONDS = 2.0
# Routes that bound their own waits (healthz, livez, /metrics, the webhooks): `bounded()`.
_BOUNDED: set[str] = set()


def bounded(path: str) -> str:
    """Register a route (its path as given to the router) whose handler bounds every wait
    itself: the stall guard leaves it alone, and it pays no task of its own."""
    _BOUNDED.add(path)
    return path


async def _render_errors(request: web.Request, handler: Handler, route: str) -> web.StreamResponse:
    try:
        if route in _BOUNDED or route == "unmatched":
            return await handler(request)
        return await _unless_stalled(request, handler, route)
    except ApiError as exc:
        return exc.response()
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        # aiohttp's own refusals (404 no route, 405, 413 body too large) get our JSON shape.
        kept = {k: v for k, v in exc.headers.items() if k.lower() == "allow"}
        return ApiError(exc.status).response(kept)
    except Exception as exc:
        if unreachable(exc):
            log.warning(
                "%s %s: dependency unreachable: %s: %s",
                request.method, route_name(request), type(exc).__name__, exc,
            )  # fmt: skip
            return ApiError(
                503, "dependency_unavailable", "PostgreSQL or Redis is unreachable; try again"
            ).response({"Retry-After": "5"})
        log.exception("unhandled error on %s %s", request.method, route_name(request))
        return ApiError(500, "internal_error", "Something went wrong on our side").response()


async def _unless_stalled(request: web.Request, handler: Handler, route: str) -> web.StreamResponse:
    """The handler's response, or a 503 `database_unavailable` once it has run for
    STALL_SECONDS while PostgreSQL does not answer (healthz's check, shared with it).

    On a PostgreSQL that hangs (frozen host, partition, stuck disk) asyncpg gives a
    query up after its command timeout and then waits as long again for the cancel: a
    minute, then a 500. A request that is slow while the database answers (a sync of
    slow iCal hosts, a lock wait) goes on; it is checked again every STALL_SECONDS.
    A handler given up on is not cancelled: it goes on by itself, as if its client had
    gone away (a change it commits when PostgreSQL answers again stays committed).
    """
    task = asyncio.ensure_future(handler(request))
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=STALL_SECONDS)
            if done:
                return task.result()
            from health.routes import run_checks  # (which imports this module)

            answers = (await run_checks(request.app)).db_ok
            if task.done():
                return task.result()
            if not answers:
                break
    except asyncio.CancelledError:
        task.cancel()
        raise
    task.add_done_callback(functools.partial(_abandoned, request.method, route))
    log.warning(
        "%s %s: PostgreSQL not answering after %g s; answered 503, the request goes on by itself",
        request.method, route, STALL_SECONDS,
    )  # fmt: skip
    return ApiError(503, "database_unavailable", "PostgreSQL is not answering; try again").response(
        {"Retry-After": "5"}
    )


def _abandoned(method: str, route: str, task: asyncio.Future[web.StreamResponse]) -> None:
    """How a handler answered 503 for a stalled PostgreSQL ended: an outage is what it was
    answered for; anything else is a bug, logged with its traceback like any other."""
    if task.cancelled():
        return
    exc = task.exception()
    if (
        exc is not None
        and not unreachable(exc)
        and not isinstance(exc, ApiError | web.HTTPException)
    ):
        log.error("unhandled error on %s %s (after its 503)", method, route, exc_info=exc)


# PostgreSQL or Redis out of reach (refused, reset, restarting, out of connections, or
# not answering in time).
# Routes that must say so in their own words (the webhooks) catch these first.
_UNREACHABLE = (
    ConnectionError,
    # Did not answer in time: asyncpg's command and acquire timeouts (a PostgreSQL that
    # hangs, a lock wait), booking.db.DatabaseStalled. Not a bug in our code.
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.TooManyConnectionsError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)


def unreachable(exc: BaseException) -> bool:
    # aiohttp's client errors are OSErrors too: an outbound call (Graph API, Mercado
    # Pago, an iCal host) that fails is not our database being down.
    return isinstance(exc, _UNREACHABLE) and not isinstance(exc, aiohttp.ClientError)


class OutageLog:
    """How a periodic job logs a failed round: PostgreSQL or Redis out of reach is one
    warning when the outage starts (no traceback; every round meanwhile fails the
    same way, and healthz / dependency_up already tell on-call) and one info line
    when a round works again. Anything else is a bug: logged with its traceback."""

    def __init__(self, job: str, logger: logging.Logger) -> None:
        self._job, self._log, self._down = job, logger, False

    def failed(self, exc: BaseException) -> None:
        if not unreachable(exc):
            self._log.error("%s round failed", self._job, exc_info=exc)
        elif not self._down:
            self._down = True
            job, name = self._job, type(exc).__name__
            self._log.warning("%s: dependency unreachable, rounds wait: %s: %s", job, name, exc)

    def succeeded(self) -> None:
        if self._down:
            self._down = False
            self._log.info("%s: dependencies reachable again", self._job)


async def read_json(request: web.Request) -> Any:
    """The JSON body, or a 400 that names the problem."""
    try:
        return await request.json()
    except ValueError:
        raise ApiError(400, "invalid_json", "The body is not valid JSON") from None


def path_id(request: web.Request, name: str, detail: str | None = None) -> int:
    """A numeric id from the path (routes match digits only); 404 past bigint."""
    value = int(request.match_info[name])
    if value > MAX_ID:
        raise ApiError(404, "not_found", detail)
    return value


def query_int(query: Mapping[str, str], name: str, default: int | None) -> int | None:
    """A non-negative integer query parameter that fits a bigint, else a 400 naming it."""
    if not query.get(name):
        return default
    try:
        value = int(query[name])
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_ID:
        raise ApiError(400, "invalid_query", f"{name}: expected a positive integer")
    return value


def parse_body(model: type[M], data: Any, status: int = 400) -> M:
    """Validate a JSON body into `model`; an `invalid_body` error naming every bad field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            where = ".".join(str(part) for part in error["loc"]) or "body"
            problems.append(f"{where}: {error['msg']}")
        raise ApiError(status, "invalid_body", "; ".join(problems)) from None
