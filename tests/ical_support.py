"""Helpers shared by the iCal tests: cabins, stays, feeds, a recording notifier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from booking.notify import Notifier
from health.auth import mint_admin_token
from settings import Settings

BA = "America/Argentina/Buenos_Aires"


def today_in(settings: Settings) -> dt.date:
    return dt.datetime.now(settings.tz).date()


def admin(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_admin_token(settings.jwt_secret)}"}


@dataclass
class OwnerInbox:
    """A Notifier whose owner notices land in a list."""

    texts: list[str] = field(default_factory=list)

    def notifier(self) -> Notifier:
        async def owner_notice(*, text: str, reservation: Any = None, **_: Any) -> None:
            assert reservation is None
            self.texts.append(text)

        return Notifier(owner_notice=owner_notice)


async def add_cabin(db: asyncpg.Pool, slug: str = "lago", name: str = "Cabaña del Lago") -> int:
    return await db.fetchval(
        """INSERT INTO accommodations (slug, name, capacity, base_price_cents, weekend_price_cents)
           VALUES ($1, $2, 4, 5000000, 6000000) RETURNING id""",
        slug,
        name,
    )


async def add_stay(
    db: asyncpg.Pool,
    cabin: int,
    check_in: dt.date,
    check_out: dt.date,
    *,
    code: str,
    status: str = "confirmed",
    channel: str = "whatsapp",
    guest_name: str | None = "Lucía Fernández",
    guest_phone: str | None = "5492944111111",
) -> int:
    return await db.fetchval(
        """INSERT INTO reservations (code, accommodation_id, check_in, check_out,
               reservation_status, channel, guest_name, guest_phone, guests, total_cents)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 2, 15000000) RETURNING id""",
        code, cabin, check_in, check_out, status, channel, guest_name, guest_phone,
    )  # fmt: skip


async def add_feed(db: asyncpg.Pool, cabin: int, source: str, url: str) -> int:
    """Straight into the table (the admin API refuses loopback URLs without the setting)."""
    return await db.fetchval(
        "INSERT INTO ical_feeds (accommodation_id, source, url) VALUES ($1, $2, $3) RETURNING id",
        cabin,
        source,
        url,
    )


async def imported(db: asyncpg.Pool, feed_id: int, status: str | None = "confirmed") -> dict:
    """uid → (check_in, check_out) of a feed's stays (in `status`; None = any)."""
    rows = await db.fetch(
        """SELECT external_uid, check_in, check_out FROM reservations
           WHERE feed_id = $1 AND ($2::text IS NULL OR reservation_status = $2)""",
        feed_id,
        status,
    )
    return {row["external_uid"]: (row["check_in"], row["check_out"]) for row in rows}


async def snapshot(db: asyncpg.Pool) -> list[tuple]:
    """Every reservation and audit row, to prove that something changed nothing."""
    stays = await db.fetch(
        """SELECT id, code, check_in, check_out, reservation_status, channel, feed_id,
                  external_uid, updated_at FROM reservations ORDER BY id"""
    )
    events = await db.fetch("SELECT id, reservation_id, event FROM reservation_events ORDER BY id")
    return [tuple(row) for row in stays] + [tuple(row) for row in events]


def metric(text: str, name: str, labels: str = "") -> float:
    """A sample's value from a Prometheus text exposition (0 when absent)."""
    wanted = f"{name}{{{labels}}}" if labels else name
    for line in text.splitlines():
        if line.startswith(wanted + " "):
            return float(line.split()[-1])
    return 0.0
