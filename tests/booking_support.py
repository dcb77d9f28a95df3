"""Helpers shared by the booking tests: cabins, dates, a notifier that records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from booking import catalog
from booking.models import BookingRules, Cabin, Guest, SeasonDraft, Stay
from booking.notify import Notifier

D = dt.date
RULES = BookingRules()  # 30 % deposit, 30 nights max, 30 min holds, reminder 10 min before
GUEST = Guest("Lucía", "5492944111111")

# The overlap query of the runbook's "Double-Booking Detected" alert, extended
# from confirmed pairs to every active pair (pre_reserved too).
OVERLAP_QUERY = """
SELECT a.id, a.check_in, a.check_out, b.id, b.check_in, b.check_out
FROM reservations a, reservations b
WHERE a.accommodation_id = b.accommodation_id
  AND a.id < b.id
  AND a.reservation_status IN ('confirmed', 'pre_reserved')
  AND b.reservation_status IN ('confirmed', 'pre_reserved')
  AND daterange(a.check_in, a.check_out, '[)') && daterange(b.check_in, b.check_out, '[)')
"""


def monday_after(days: int) -> dt.date:
    """The first Monday at least `days` days from today (in the property's timezone)."""
    start = RULES.today() + dt.timedelta(days=days)
    return start + dt.timedelta(days=(7 - start.weekday()) % 7)


def stay(start: dt.date, nights: int, offset: int = 0) -> Stay:
    check_in = start + dt.timedelta(days=offset)
    return Stay(check_in, check_in + dt.timedelta(days=nights))


async def make_cabin(
    pool: asyncpg.Pool,
    slug: str,
    *,
    capacity: int = 4,
    base: int = 100_000_00,
    weekend: int = 120_000_00,
    min_nights: int = 1,
    active: bool = True,
    seasons: tuple[SeasonDraft, ...] = (),
    house_rules: dict[str, str] | None = None,
) -> Cabin:
    values = {
        "slug": slug,
        "name": f"Cabaña {slug}",
        "capacity": capacity,
        "base_price_cents": base,
        "weekend_price_cents": weekend,
        "min_nights": min_nights,
        "active": active,
        "house_rules": house_rules or {"pets": "Sí, con aviso"},
    }
    return await catalog.create_cabin(pool, values, seasons)


@dataclass
class RecordingNotifier(Notifier):
    """A real Notifier whose callbacks append (event, kwargs) to `calls`."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for event in (
            "hold_reminder",
            "hold_expired",
            "payment_confirmed",
            "payment_failed",
            "payment_link_ready",
            "late_payment_refused",
            "owner_notice",
        ):
            setattr(self, event, self._recorder(event))

    def _recorder(self, event: str) -> Callable[..., Awaitable[None]]:
        async def record(**details: Any) -> None:
            self.calls.append((event, details))

        return record

    def of(self, event: str) -> list[dict[str, Any]]:
        return [details for name, details in self.calls if name == event]


async def make_due(pool: asyncpg.Pool, code: str, minutes_ago: int = 1) -> None:
    """Move a hold's expiry into the past: the clock, not our code, is what we fake."""
    await pool.execute(
        """UPDATE reservations SET expires_at = now() - make_interval(mins => $2)
           WHERE code = $1 AND reservation_status = 'pre_reserved'""",
        code,
        minutes_ago,
    )
