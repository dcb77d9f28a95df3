"""Our side of the two-way sync: each cabin's blocked nights as RFC 5545.

Token scheme: every channel gets its own URL, `?token=` being
HMAC-SHA256(key = the cabin's random `ical_export_token`, message =
"cabanas-ical-export:v1:<cabin id>:<channel>"), hex, first 32 characters.
The token tells us which channel is asking, so its own blocks are left out
(Airbnb must never see its own reservations come back as ours). Nothing is
stored per channel; rotating the cabin's secret rotates all its URLs. A token
is checked against every channel's with `hmac.compare_digest`.

The feed carries only dates: SUMMARY is "Reservado", never a guest's name or
phone. UIDs are `<reservation code>@cabanas` and DTSTAMP is the stay's last
change, so an unchanged calendar is byte-for-byte the same across calls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

import icalendar

from sync.models import SOURCES

PRODID = "-//Cabanas//Cabanas iCal export 1.0//ES"
UID_DOMAIN = "cabanas"
SUMMARY = "Reservado"


@dataclass(frozen=True, slots=True)
class ExportStay:
    code: str
    check_in: dt.date
    check_out: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime


def channel_token(cabin_secret: str, cabin_id: int, channel: str) -> str:
    message = f"cabanas-ical-export:v1:{cabin_id}:{channel}".encode()
    return hmac.new(cabin_secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def channel_for_token(cabin_secret: str, cabin_id: int, token: str) -> str | None:
    """The channel whose token this is, or None; compares against all in constant time."""
    found = None
    supplied = token.encode()
    for channel in SOURCES:
        expected = channel_token(cabin_secret, cabin_id, channel).encode()
        if hmac.compare_digest(expected, supplied):
            found = channel
    return found


def export_path(cabin_id: int) -> str:
    return f"/api/v1/ical/{cabin_id}.ics"


def export_urls(base_url: str, cabin_id: int, cabin_secret: str) -> dict[str, str]:
    """Each channel's subscription URL for one cabin (what the owner pastes into it)."""
    return {
        channel: f"{base_url}{export_path(cabin_id)}?token="
        f"{channel_token(cabin_secret, cabin_id, channel)}"
        for channel in SOURCES
    }


def build_calendar(cabin_name: str, stays: list[ExportStay]) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # As TEXT: an X- property is written raw otherwise, so a comma or semicolon in the
    # name went out unescaped and a line break in it made the whole export fail.
    calendar.add("x-wr-calname", icalendar.vText(cabin_name))
    for stay in stays:
        event = icalendar.Event()
        event.add("uid", f"{stay.code}@{UID_DOMAIN}")
        event.add("dtstamp", stay.updated_at.astimezone(dt.UTC))
        event.add("dtstart", stay.check_in)  # DATE values: VALUE=DATE
        event.add("dtend", stay.check_out)  # exclusive: the check-out day is free
        event.add("summary", SUMMARY)
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    return calendar.to_ical()  # CRLF line ends, folded at 75 octets
