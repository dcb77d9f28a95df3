"""Admin API bodies (pydantic) and the JSON shapes the admin API answers with."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from booking.models import AuditEvent, Cabin, Reservation, SeasonDraft

SLUG = r"^[a-z0-9][a-z0-9-]{0,62}$"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SeasonIn(_Body):
    name: str = Field(min_length=1, max_length=100)
    starts_on: dt.date
    ends_on: dt.date  # exclusive, like a check-out day
    nightly_price_cents: int = Field(ge=0)
    min_nights: int | None = Field(None, ge=1, le=365)

    @model_validator(mode="after")
    def _ends_after_start(self) -> SeasonIn:
        if self.ends_on <= self.starts_on:
            raise ValueError(f"season {self.name!r}: ends_on must be after starts_on")
        return self

    def draft(self) -> SeasonDraft:
        return SeasonDraft(**self.model_dump())


def _no_overlaps(seasons: list[SeasonIn] | None) -> None:
    ordered = sorted(seasons or [], key=lambda s: s.starts_on)
    for before, after in itertools.pairwise(ordered):
        if after.starts_on < before.ends_on:
            raise ValueError(f"seasons {before.name!r} and {after.name!r} overlap")


class CabinIn(_Body):
    slug: str = Field(pattern=SLUG)
    name: str = Field(min_length=1, max_length=120)
    capacity: int = Field(ge=1, le=100)
    base_price_cents: int = Field(ge=0)
    weekend_price_cents: int | None = Field(None, ge=0)  # default: the base price
    min_nights: int = Field(1, ge=1, le=365)
    check_in_time: dt.time | None = None
    check_out_time: dt.time | None = None
    description: str = Field("", max_length=4000)
    address: str = Field("", max_length=300)
    maps_url: str = Field("", max_length=500)
    amenities: list[str] = Field(default_factory=list, max_length=100)
    house_rules: dict[str, str] = Field(default_factory=dict)
    active: bool = True
    seasons: list[SeasonIn] = Field(default_factory=list, max_length=100)

    @model_validator(mode="after")
    def _valid_seasons(self) -> CabinIn:
        _no_overlaps(self.seasons)
        return self


class CabinPatch(_Body):
    """Only the fields sent change; `seasons`, `amenities` and `house_rules` are replaced whole."""

    slug: str | None = Field(None, pattern=SLUG)
    name: str | None = Field(None, min_length=1, max_length=120)
    capacity: int | None = Field(None, ge=1, le=100)
    base_price_cents: int | None = Field(None, ge=0)
    weekend_price_cents: int | None = Field(None, ge=0)
    min_nights: int | None = Field(None, ge=1, le=365)
    check_in_time: dt.time | None = None
    check_out_time: dt.time | None = None
    description: str | None = Field(None, max_length=4000)
    address: str | None = Field(None, max_length=300)
    maps_url: str | None = Field(None, max_length=500)
    amenities: list[str] | None = Field(None, max_length=100)
    house_rules: dict[str, str] | None = None
    active: bool | None = None
    seasons: list[SeasonIn] | None = Field(None, max_length=100)

    @model_validator(mode="after")
    def _no_nulls(self) -> CabinPatch:
        nulls = sorted(name for name in self.model_fields_set if getattr(self, name) is None)
        if nulls:
            raise ValueError(f"{', '.join(nulls)} cannot be null; leave a field out to keep it")
        _no_overlaps(self.seasons)
        return self


class BlockIn(_Body):
    accommodation_id: int = Field(ge=1, le=2**63 - 1)
    check_in: dt.date
    check_out: dt.date
    reason: str = Field(min_length=1, max_length=500)

    @model_validator(mode="after")
    def _range(self) -> BlockIn:
        if self.check_out <= self.check_in:
            raise ValueError("check_out must be after check_in")
        return self


class CancelIn(_Body):
    reason: str = Field(min_length=1, max_length=500)


# ------------------------------------------------------------------ output


def reservation_json(r: Reservation) -> dict[str, Any]:
    return {
        "id": r.id,
        "code": r.code,
        "accommodation_id": r.accommodation_id,
        "cabin_name": r.cabin_name,
        "check_in": r.check_in.isoformat(),
        "check_out": r.check_out.isoformat(),
        "nights": r.nights,
        "status": r.status.value,
        "channel": r.channel.value,
        "guest_name": r.guest_name,
        "guest_phone": r.guest_phone,
        "guests": r.guests,
        "total_cents": r.total_cents,
        "deposit_cents": r.deposit_cents,
        "expires_at": r.expires_at.isoformat() if r.expires_at else None,
        "created_at": r.created_at.isoformat(),
        "notes": r.notes,
    }


def event_json(e: AuditEvent) -> dict[str, Any]:
    return {
        "event": e.event,
        "from_status": e.from_status,
        "to_status": e.to_status,
        "actor": e.actor,
        "reason": e.reason,
        "at": e.created_at.isoformat(),
    }


def cabin_json(c: Cabin, public_base_url: str) -> dict[str, Any]:
    return {
        "id": c.id,
        "slug": c.slug,
        "name": c.name,
        "capacity": c.capacity,
        "base_price_cents": c.base_price_cents,
        "weekend_price_cents": c.weekend_price_cents,
        "min_nights": c.min_nights,
        "check_in_time": c.check_in_time.strftime("%H:%M"),
        "check_out_time": c.check_out_time.strftime("%H:%M"),
        "description": c.description,
        "address": c.address,
        "maps_url": c.maps_url,
        "amenities": list(c.amenities),
        "house_rules": dict(c.house_rules),
        "active": c.active,
        "seasons": [
            {
                "id": s.id,
                "name": s.name,
                "starts_on": s.starts_on.isoformat(),
                "ends_on": s.ends_on.isoformat(),
                "nightly_price_cents": s.nightly_price_cents,
                "min_nights": s.min_nights,
            }
            for s in c.seasons
        ],
        # What to paste into Airbnb / Booking so they see our blocked nights.
        "ical_export_url": (
            f"{public_base_url}/api/v1/ical/{c.id}.ics?token={c.ical_export_token}"
        ),
    }
