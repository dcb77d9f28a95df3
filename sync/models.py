"""Frozen values the sync package passes around (never raw asyncpg records)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

# Feed sources are also reservation channels (001's CHECK constraints agree).
SOURCES = ("airbnb", "booking", "other")
ACTIVE_STATUSES = ("pre_reserved", "confirmed")


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    accommodation_id: int
    source: str
    url: str
    active: bool
    etag: str | None
    last_modified: str | None
    last_attempt_at: dt.datetime | None
    last_success_at: dt.datetime | None
    last_error: str | None
    created_at: dt.datetime

    @classmethod
    def from_record(cls, record: Any) -> Feed:
        return cls(**{name: record[name] for name in cls.__slots__})

    @property
    def status(self) -> str:
        """never (not tried yet), ok (last attempt succeeded) or error."""
        if self.last_attempt_at is None:
            return "never"
        return "error" if self.last_error else "ok"


@dataclass(frozen=True, slots=True)
class ImportedStay:
    """One blocked stay read from a feed: nights [check_in, check_out) under a stable key.

    `transparent`: a timed event shown as free (TRANSP:TRANSPARENT); it blocks
    nothing and is only counted (sync/parse.py says why all-day ones still block).
    """

    uid: str
    check_in: dt.date
    check_out: dt.date
    summary: str = ""
    transparent: bool = False


@dataclass(frozen=True, slots=True)
class Fetched:
    """A completed fetch: `body` (UTF-8, whatever the host sent) is None for 304 Not Modified."""

    body: bytes | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.body is None


@dataclass(frozen=True, slots=True)
class StoredStay:
    """A reservation row that an earlier sync of this feed imported."""

    id: int
    code: str
    uid: str
    check_in: dt.date
    check_out: dt.date
    status: str

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True, slots=True)
class Overlap:
    """The stay an imported event collided with."""

    id: int
    code: str
    channel: str
    check_in: dt.date
    check_out: dt.date
    status: str = "confirmed"
    guest_name: str | None = None
    guest_phone: str | None = None


@dataclass(frozen=True, slots=True)
class NewConflict:
    id: int
    stay: ImportedStay
    overlap: Overlap | None


@dataclass(frozen=True, slots=True)
class Reconciled:
    imported: int = 0
    moved: int = 0
    released: int = 0
    unchanged: int = 0
    conflicts: int = 0
    transparent: int = 0  # events shown as free: left unblocked, counted for the owner
    new_conflicts: tuple[NewConflict, ...] = ()


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What one feed's sync did; `result` is ok, not_modified, error or skipped."""

    feed_id: int
    accommodation_id: int
    source: str
    result: str
    error: str | None = None
    imported: int = 0
    moved: int = 0
    released: int = 0
    unchanged: int = 0
    conflicts: int = 0
    transparent: int = 0

    def as_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    feed_id: int | None
    source: str | None
    accommodation_id: int
    external_uid: str
    check_in: dt.date
    check_out: dt.date
    summary: str
    reservation_id: int | None
    reservation_code: str | None
    reservation_channel: str | None
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str | None

    @classmethod
    def from_record(cls, record: Any) -> Conflict:
        return cls(**{name: record[name] for name in cls.__slots__})

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "feed_id": self.feed_id,
            "source": self.source,
            "accommodation_id": self.accommodation_id,
            "external_uid": self.external_uid,
            "check_in": self.check_in.isoformat(),
            "check_out": self.check_out.isoformat(),
            "summary": self.summary,
            "reservation": None
            if self.reservation_id is None
            else {
                "id": self.reservation_id,
                "code": self.reservation_code,
                "channel": self.reservation_channel,
            },
            "detected_at": self.detected_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolution": self.resolution,
        }
