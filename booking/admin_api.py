"""Admin HTTP API for reservations, owner blocks and accommodations (CONTRACT §3).

Every handler is behind `@admin_required` (401 without a valid JWT). Domain
errors become HTTP errors here and nowhere else: unknown → 404, dates taken
or a status that does not allow the change → 409, a bad body → 400.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
from collections.abc import Iterator

from aiohttp import web

from appkeys import DB, SCHEDULER, SETTINGS
from booking import catalog, guest_notices, holds
from booking.admin_schemas import (
    BlockIn,
    CabinIn,
    CabinPatch,
    CancelIn,
    cabin_json,
    event_json,
    reservation_json,
)
from booking.errors import (
    BookingError,
    CabinNotFound,
    DatesUnavailable,
    InvalidCabin,
    InvalidStay,
    InvalidTransition,
    ReservationNotFound,
)
from booking.jobs import deliver_guest_notices
from booking.models import BookingRules, Channel, Status, Stay
from booking.payments import payments_of
from booking.payments_web import payment_json
from booking.reservations import ReservationFilter, list_reservations, reservation_history
from health.auth import admin_actor, admin_required
from health.http import ApiError, parse_body, path_id, query_int, read_json

DEFAULT_PAGE, MAX_PAGE = 50, 200


@contextlib.contextmanager
def domain_errors() -> Iterator[None]:
    try:
        yield
    except (CabinNotFound, ReservationNotFound) as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except DatesUnavailable:
        raise ApiError(409, "dates_unavailable", "Those dates are already taken") from None
    except InvalidTransition as exc:
        raise ApiError(409, "invalid_transition", str(exc)) from None
    except InvalidStay as exc:
        raise ApiError(400, "invalid_stay", f"{exc.reason}: {exc}") from None
    except InvalidCabin as exc:
        raise ApiError(409 if exc.conflict else 400, "invalid_accommodation", str(exc)) from None
    except BookingError as exc:
        raise ApiError(400, "booking_error", str(exc)) from None


# ---------------------------------------------------------------- reservations


def encode_cursor(after: tuple[dt.date, int]) -> str:
    raw = json.dumps([after[0].isoformat(), after[1]]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, row_id = json.loads(raw)
        return dt.date.fromisoformat(day), int(row_id)
    except (binascii.Error, ValueError, TypeError):
        raise ApiError(400, "invalid_cursor", "The cursor is not one this API gave out") from None


def _choices(query: web.MultiDictProxy[str], name: str, allowed: set[str]) -> list[str] | None:
    values = [v.strip() for raw in query.getall(name, []) for v in raw.split(",") if v.strip()]
    unknown = sorted(set(values) - allowed)
    if unknown:
        detail = f"{name}: unknown {', '.join(unknown)}; use {', '.join(sorted(allowed))}"
        raise ApiError(400, "invalid_query", detail)
    return values or None


def _query_date(query: web.MultiDictProxy[str], name: str) -> dt.date | None:
    if not query.get(name):
        return None
    try:
        return dt.date.fromisoformat(query[name])
    except ValueError:
        raise ApiError(400, "invalid_query", f"{name}: expected a date like 2026-12-24") from None


@admin_required
async def list_reservations_handler(request: web.Request) -> web.Response:
    """`{"items": [...], "next": cursor|null}` ordered by (check_in, id)."""
    query = request.query
    filters = ReservationFilter(
        accommodation_id=query_int(query, "accommodation_id", None),
        statuses=_choices(query, "status", {s.value for s in Status}),
        channels=_choices(query, "channel", {c.value for c in Channel}),
        date_from=_query_date(query, "from"),
        date_to=_query_date(query, "to"),
    )
    limit = query_int(query, "limit", DEFAULT_PAGE)
    if limit is None or not 1 <= limit <= MAX_PAGE:
        raise ApiError(400, "invalid_query", f"limit: between 1 and {MAX_PAGE}")
    cursor = query.get("cursor") or query.get("next")
    after = decode_cursor(cursor) if cursor else None
    if filters.accommodation_id is not None:
        # An unknown cabin is a 404 here as on every other route, not an empty page
        # that reads as "no bookings" (a typo'd id would look like a quiet calendar).
        with domain_errors():
            await catalog.get_cabin(request.app[DB], filters.accommodation_id)
    page = await list_reservations(request.app[DB], filters, after=after, limit=limit)
    return web.json_response(
        {
            "items": [reservation_json(r) for r in page.items],
            "next": encode_cursor(page.after) if page.after else None,
        }
    )


@admin_required
async def get_reservation_handler(request: web.Request) -> web.Response:
    with domain_errors():
        reservation, events = await reservation_history(request.app[DB], request.match_info["code"])
    paid = await payments_of(request.app[DB], reservation.id)
    return web.json_response(
        {
            **reservation_json(reservation),
            "events": [event_json(e) for e in events],
            "payments": [payment_json(p) for p in paid],
        }
    )


@admin_required
async def cancel_reservation_handler(request: web.Request) -> web.Response:
    body = parse_body(CancelIn, await read_json(request))
    with domain_errors():
        reservation = await holds.cancel_reservation(
            request.app[DB], request.match_info["code"], body.reason, admin_actor(request),
            tell_guest=True,
        )  # fmt: skip
    told = guest_notices.reaches_guest(reservation)
    if told:
        # Sent after answering: the nights are free whatever WhatsApp does now, and a
        # notice that cannot go out stays queued for the booking jobs to retry.
        await request.app[SCHEDULER].spawn(deliver_guest_notices(request.app))
    return web.json_response(
        {**reservation_json(reservation), "guest_notice": "queued" if told else None}
    )


@admin_required
async def create_block_handler(request: web.Request) -> web.Response:
    body = parse_body(BlockIn, await read_json(request))
    rules = BookingRules.from_settings(request.app[SETTINGS])
    with domain_errors():
        reservation = await holds.create_block(
            request.app[DB],
            rules,
            body.accommodation_id,
            Stay(body.check_in, body.check_out),
            body.reason,
            admin_actor(request),
        )
    return web.json_response(
        {"code": reservation.code, "reservation": reservation_json(reservation)}, status=201
    )


# ---------------------------------------------------------------- accommodations


def _cabin_id(request: web.Request) -> int:
    return path_id(request, "id", f"No accommodation with id {request.match_info['id']}")


@admin_required
async def list_accommodations_handler(request: web.Request) -> web.Response:
    cabins = await catalog.list_cabins(request.app[DB], active_only=False)
    base = request.app[SETTINGS].public_base_url
    return web.json_response({"items": [cabin_json(c, base) for c in cabins]})


@admin_required
async def create_accommodation_handler(request: web.Request) -> web.Response:
    body = parse_body(CabinIn, await read_json(request))
    values = body.model_dump(exclude={"seasons"})
    with domain_errors():
        cabin = await catalog.create_cabin(
            request.app[DB], values, [s.draft() for s in body.seasons]
        )
    return web.json_response(cabin_json(cabin, request.app[SETTINGS].public_base_url), status=201)


@admin_required
async def get_accommodation_handler(request: web.Request) -> web.Response:
    with domain_errors():
        cabin = await catalog.get_cabin(request.app[DB], _cabin_id(request))
    return web.json_response(cabin_json(cabin, request.app[SETTINGS].public_base_url))


@admin_required
async def update_accommodation_handler(request: web.Request) -> web.Response:
    body = parse_body(CabinPatch, await read_json(request))
    changes = body.model_dump(exclude={"seasons"}, exclude_unset=True)
    seasons = None if body.seasons is None else [s.draft() for s in body.seasons]
    with domain_errors():
        cabin = await catalog.update_cabin(request.app[DB], _cabin_id(request), changes, seasons)
    return web.json_response(cabin_json(cabin, request.app[SETTINGS].public_base_url))


ROUTES = [
    web.get("/api/v1/reservations", list_reservations_handler),
    web.get("/api/v1/reservations/{code}", get_reservation_handler),
    web.post("/api/v1/reservations/{code}/cancel", cancel_reservation_handler),
    web.post("/api/v1/admin/blocks", create_block_handler),
    web.get("/api/v1/admin/accommodations", list_accommodations_handler),
    web.post("/api/v1/admin/accommodations", create_accommodation_handler),
    web.get(r"/api/v1/admin/accommodations/{id:\d+}", get_accommodation_handler),
    web.patch(r"/api/v1/admin/accommodations/{id:\d+}", update_accommodation_handler),
]
