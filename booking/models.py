"""The booking engine's values: frozen, typed, never raw database records.

Dates are `date`s in the property's timezone; stays are half-open
[check_in, check_out); money is integer centavos.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from settings import Settings


class Status(StrEnum):
    """`reservations.reservation_status`; the stored strings never change."""

    PRE_RESERVED = "pre_reserved"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


# Statuses that occupy nights (the EXCLUDE constraint's WHERE clause).
ACTIVE_STATUSES = (Status.PRE_RESERVED, Status.CONFIRMED)


class Channel(StrEnum):
    WHATSAPP = "whatsapp"
    OWNER = "owner"
    ADMIN = "admin"
    AIRBNB = "airbnb"
    BOOKING = "booking"
    OTHER = "other"


@dataclass(frozen=True)
class Stay:
    check_in: dt.date
    check_out: dt.date

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days

    def each_night(self) -> Iterator[dt.date]:
        """The dates whose nights are slept: check_in up to the day before check_out."""
        for offset in range(max(self.nights, 0)):
            yield self.check_in + dt.timedelta(days=offset)

    def shifted(self, days: int) -> Stay:
        delta = dt.timedelta(days=days)
        return Stay(self.check_in + delta, self.check_out + delta)

    def overlaps(self, other: Stay) -> bool:
        return self.check_in < other.check_out and other.check_in < self.check_out


@dataclass(frozen=True)
class Guest:
    name: str | None
    phone: str


@dataclass(frozen=True)
class Season:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date  # exclusive: the season prices nights starting before this day
    nightly_price_cents: int
    min_nights: int | None = None

    def covers(self, night: dt.date) -> bool:
        return self.starts_on <= night < self.ends_on


@dataclass(frozen=True)
class Cabin:
    id: int
    slug: str
    name: str
    capacity: int
    base_price_cents: int
    weekend_price_cents: int
    min_nights: int
    check_in_time: dt.time
    check_out_time: dt.time
    description: str
    address: str
    maps_url: str
    amenities: tuple[str, ...]
    house_rules: dict[str, str] = field(hash=False)
    active: bool
    seasons: tuple[Season, ...] = ()
    # The secret in the cabin's outbound iCal URL; only admin output shows it.
    ical_export_token: str = field(default="", repr=False)

    def season_for(self, night: dt.date) -> Season | None:
        return next((s for s in self.seasons if s.covers(night)), None)


@dataclass(frozen=True)
class Quote:
    cabin: Cabin
    stay: Stay
    nights: int
    total_cents: int
    deposit_cents: int
    per_night: tuple[tuple[dt.date, int], ...]

    @property
    def balance_cents(self) -> int:
        """What the guest pays on arrival."""
        return self.total_cents - self.deposit_cents


@dataclass(frozen=True)
class Reservation:
    id: int
    code: str
    accommodation_id: int
    cabin_name: str
    check_in: dt.date
    check_out: dt.date
    status: Status
    channel: Channel
    guest_name: str | None
    guest_phone: str | None
    guests: int
    total_cents: int
    deposit_cents: int
    expires_at: dt.datetime | None
    created_at: dt.datetime
    notes: str | None = None

    @property
    def stay(self) -> Stay:
        return Stay(self.check_in, self.check_out)

    @property
    def nights(self) -> int:
        return self.stay.nights

    @property
    def is_active(self) -> bool:
        """Occupies its nights (a live hold or a confirmed stay)."""
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True)
class BookingRules:
    """The settings booking decisions depend on, so callers pass one small value."""

    deposit_percent: int = 30
    max_stay_nights: int = 30
    hold_ttl_minutes: int = 30
    reminder_minutes: int = 10
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("America/Argentina/Buenos_Aires"))

    @classmethod
    def from_settings(cls, settings: Settings) -> BookingRules:
        return cls(
            deposit_percent=settings.deposit_percent,
            max_stay_nights=settings.max_stay_nights,
            hold_ttl_minutes=settings.pre_reservation_ttl_minutes,
            reminder_minutes=settings.hold_reminder_minutes,
            tz=settings.tz,
        )

    def today(self) -> dt.date:
        """Today in the property's timezone (not the server's: Fly machines run in UTC)."""
        return dt.datetime.now(self.tz).date()


@dataclass(frozen=True)
class AuditEvent:
    """One row of `reservation_events`: what changed, from/to, by whom, why, when."""

    event: str
    from_status: str | None
    to_status: str
    actor: str
    reason: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class SeasonDraft:
    """A season as an admin sends it, before it has an id."""

    name: str
    starts_on: dt.date
    ends_on: dt.date
    nightly_price_cents: int
    min_nights: int | None = None
