"""The repository edge: named queries in, frozen dataclasses out.

asyncpg's constraint errors are translated here into booking errors:
23P01 (the EXCLUDE constraint) and 40P01 (a deadlock between simultaneous
inserters of overlapping stays, which PostgreSQL resolves by aborting one)
both mean "those dates are taken".
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from typing import Any

import asyncpg

from booking.codes import LENGTH, new_code, normalize_code
from booking.db import load_queries
from booking.errors import DatesUnavailable, ReservationNotFound
from booking.models import AuditEvent, Cabin, Channel, Reservation, Season, Status

Q = load_queries("booking")
Connection = asyncpg.Connection | asyncpg.pool.PoolConnectionProxy
CODE_ATTEMPTS = 8  # a clash is ~2 % at 20,000 live codes; 8 in a row is practically impossible


def cabin_from_row(row: asyncpg.Record) -> Cabin:
    """The Cabin for a `cabins`-shaped row; treat it (and its house_rules) as read-only.

    Memoized on the row's full contents, so it is never stale: availability
    reads every active cabin per question, and parsing the JSON columns of
    50 cabins each time costs more than the SQL does.
    """
    return _cabin_from_items(tuple(row.items()))


@functools.lru_cache(maxsize=1024)
def _cabin_from_items(items: tuple[tuple[str, object], ...]) -> Cabin:
    row: dict[str, Any] = dict(items)
    seasons = tuple(
        Season(
            id=s["id"],
            name=s["name"],
            starts_on=dt.date.fromisoformat(s["starts_on"]),
            ends_on=dt.date.fromisoformat(s["ends_on"]),
            nightly_price_cents=s["nightly_price_cents"],
            min_nights=s["min_nights"],
        )
        for s in json.loads(row["seasons"])
    )
    return Cabin(
        id=row["id"],
        slug=row["slug"],
        name=row["name"],
        capacity=row["capacity"],
        base_price_cents=row["base_price_cents"],
        weekend_price_cents=row["weekend_price_cents"],
        min_nights=row["min_nights"],
        check_in_time=row["check_in_time"],
        check_out_time=row["check_out_time"],
        description=row["description"],
        address=row["address"],
        maps_url=row["maps_url"],
        amenities=tuple(str(a) for a in json.loads(row["amenities"])),
        house_rules={str(k): str(v) for k, v in json.loads(row["house_rules"]).items()},
        active=row["active"],
        seasons=seasons,
        ical_export_token=row["ical_export_token"],
    )


def reservation_from_row(row: asyncpg.Record) -> Reservation:
    return Reservation(
        id=row["id"],
        code=row["code"],
        accommodation_id=row["accommodation_id"],
        cabin_name=row["cabin_name"],
        check_in=row["check_in"],
        check_out=row["check_out"],
        status=Status(row["reservation_status"]),
        channel=Channel(row["channel"]),
        guest_name=row["guest_name"],
        guest_phone=row["guest_phone"],
        guests=row["guests"],
        total_cents=row["total_cents"],
        deposit_cents=row["deposit_cents"],
        expires_at=row["expires_at"],
        created_at=row["created_at"],
        notes=row["notes"],
    )


def _code_candidates(code: str) -> list[str]:
    exact = code.strip()
    normalized = normalize_code(code)
    return [exact] if normalized == exact else [exact, normalized]


async def fetch_reservation(conn: Connection, code: str, *, lock: bool = False) -> Reservation:
    """The reservation with `code` (as typed by a guest, too); FOR UPDATE when `lock`."""
    query = Q["lock_reservation"] if lock else Q["reservation_by_code"]
    for candidate in _code_candidates(code):
        row = await conn.fetchrow(query, candidate)
        if row is not None:
            return reservation_from_row(row)
    raise ReservationNotFound(code)


async def insert_reservation(
    conn: Connection,
    *,
    cabin_id: int,
    check_in: dt.date,
    check_out: dt.date,
    status: Status,
    channel: Channel,
    guest_name: str | None,
    guest_phone: str | None,
    guests: int,
    total_cents: int,
    deposit_cents: int,
    ttl_minutes: int | None,
    notes: str | None,
    event: str,
    actor: str,
    reason: str | None,
    draw_code: Callable[[int], str] = new_code,
) -> Reservation:
    """Insert under the EXCLUDE constraint, drawing a new code on a code clash.

    `ON CONFLICT DO NOTHING` (every unique and exclusion constraint is an
    arbiter) returns no row when the nights or the code are taken; the code
    is then looked up to tell which. 23P01 also means DatesUnavailable;
    DeadlockDetectedError goes to the caller, which retries once. After half
    the attempts the codes grow a character, should 4 ever crowd.
    """
    for attempt in range(CODE_ATTEMPTS):
        code = draw_code(LENGTH if attempt < CODE_ATTEMPTS // 2 else LENGTH + 1)
        try:
            row = await conn.fetchrow(
                Q["insert_reservation"],
                code, cabin_id, check_in, check_out, status.value, channel.value,
                guest_name, guest_phone, guests, total_cents, deposit_cents, ttl_minutes, notes,
                event, actor, reason,
            )  # fmt: skip
        except asyncpg.ExclusionViolationError:
            raise DatesUnavailable(cabin_id=cabin_id) from None
        except asyncpg.UniqueViolationError as exc:
            if exc.constraint_name == "reservations_code_key":
                continue
            raise
        if row is not None:
            return reservation_from_row(row)
        # ON CONFLICT DO NOTHING stood aside: either the nights or the code are taken.
        if await conn.fetchval(Q["code_exists"], code):
            continue
        raise DatesUnavailable(cabin_id=cabin_id)
    raise RuntimeError("could not draw a free reservation code")


async def transition(
    conn: Connection,
    reservation: Reservation,
    to: Status,
    *,
    event: str,
    actor: str,
    reason: str | None = None,
) -> Reservation:
    """Change the status and write its audit row in the same statement.

    Run inside the transaction that locked the row. Re-activating a stay
    (expired → confirmed) can hit the EXCLUDE constraint: DatesUnavailable.
    """
    try:
        row = await conn.fetchrow(
            Q["transition"],
            reservation.id, to.value, event, reservation.status.value, actor, reason,
        )  # fmt: skip
    except asyncpg.ExclusionViolationError:
        raise DatesUnavailable(cabin_id=reservation.accommodation_id) from None
    assert row is not None
    return reservation_from_row(row)


async def reservation_events(conn: Connection, reservation_id: int) -> list[AuditEvent]:
    rows = await conn.fetch(Q["reservation_events"], reservation_id)
    return [AuditEvent(**dict(row)) for row in rows]
