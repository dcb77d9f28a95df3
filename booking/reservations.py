"""Reading reservations: by code, by guest phone, and the admin's keyset pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import asyncpg

from booking.models import AuditEvent, Reservation
from booking.repo import Q, fetch_reservation, reservation_events, reservation_from_row
from settings import Settings

# Used only when a caller does not say what "today" is.
DEFAULT_TIMEZONE = Settings.model_fields["timezone"].default


async def get_reservation(pool: asyncpg.Pool, code: str) -> Reservation:
    """ReservationNotFound when no reservation has `code` (a guest's `cab 7kq2` works too)."""
    async with pool.acquire() as conn:
        return await fetch_reservation(conn, code)


async def reservation_history(
    pool: asyncpg.Pool, code: str
) -> tuple[Reservation, list[AuditEvent]]:
    async with pool.acquire() as conn:
        reservation = await fetch_reservation(conn, code)
        return reservation, await reservation_events(conn, reservation.id)


async def active_reservations_for(
    pool: asyncpg.Pool, phone: str, *, today: dt.date | None = None
) -> list[Reservation]:
    """The guest's holds and confirmed stays that have not ended yet, soonest first."""
    today = today or dt.datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).date()
    rows = await pool.fetch(Q["active_for_phone"], phone, today)
    return [reservation_from_row(row) for row in rows]


async def latest_stay_for(pool: asyncpg.Pool, phone: str) -> Reservation | None:
    """The guest's most recent stay or live hold, ended stays included (a guest coming back
    asks for "la misma cabaña de la otra vez"), or None."""
    row = await pool.fetchrow(Q["latest_stay_for_phone"], phone)
    return reservation_from_row(row) if row else None


async def lapsed_hold_for(
    pool: asyncpg.Pool, phone: str, *, today: dt.date | None = None
) -> Reservation | None:
    """The guest's latest hold that expired, for a stay that has not begun, if any."""
    today = today or dt.datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).date()
    row = await pool.fetchrow(Q["lapsed_hold_for_phone"], phone, today)
    return reservation_from_row(row) if row else None


@dataclass(frozen=True)
class ReservationFilter:
    accommodation_id: int | None = None
    statuses: Sequence[str] | None = None
    channels: Sequence[str] | None = None
    date_from: dt.date | None = None  # stays ending after this day
    date_to: dt.date | None = None  # stays starting before this day


@dataclass(frozen=True)
class Page:
    items: list[Reservation]
    # (check_in, id) of the last item when more rows follow, else None.
    after: tuple[dt.date, int] | None


async def list_reservations(
    pool: asyncpg.Pool,
    filters: ReservationFilter,
    *,
    after: tuple[dt.date, int] | None = None,
    limit: int = 50,
) -> Page:
    """One page ordered by (check_in, id): rows added or changed meanwhile never shift it."""
    rows = await pool.fetch(
        Q["list_reservations"],
        filters.accommodation_id,
        list(filters.statuses) if filters.statuses else None,
        list(filters.channels) if filters.channels else None,
        filters.date_from,
        filters.date_to,
        after[0] if after else None,
        after[1] if after else None,
        limit + 1,
    )
    items = [reservation_from_row(row) for row in rows[:limit]]
    more = len(rows) > limit
    return Page(items, (items[-1].check_in, items[-1].id) if more and items else None)
