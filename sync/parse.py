"""Turn a feed's iCalendar text into blocked stays, with icalendar 7.

Rules (dates are nights in the property's time zone, stays are half-open):
- `DATE` events: [DTSTART, DTEND), DTEND being the exclusive check-out day;
  no DTEND (and no DURATION) → one night.
- `DATE-TIME` events (TZID, UTC or floating = property time): check_in is
  the local date of the start, check_out the local date of the end, or
  check_in + 1 when the event starts and ends on the same day. So a stay
  "Feb 8 14:00 → Feb 12 10:00" blocks the nights of the 8th to the 11th, and a
  two-hour event blocks the night of its day. No end → one night.
- `STATUS:CANCELLED` events block nothing.
- `TRANSP:TRANSPARENT` ("show as free") `DATE-TIME` events block nothing: they
  come back flagged `transparent` so reconcile can count them for the owner.
  All-day events (`DATE`, or `DATE-TIME` from midnight to midnight as older
  Outlook writes them) block whatever their TRANSP: Google Calendar, Apple
  Calendar and Outlook export every all-day event as TRANSPARENT unless the
  owner changes it, and an all-day event is how owners block dates there;
  honouring TRANSP on them would silently reopen those nights to bookings.
- Recurring events (RRULE/RDATE, with EXDATE and RECURRENCE-ID overrides) are
  expanded with `recurring-ical-events` from yesterday to `horizon_days`
  ahead; each occurrence is keyed `UID/RECURRENCE-ID` (the occurrences a
  RANGE=THISANDFUTURE override shifts, which all carry its RECURRENCE-ID, add
  `+<their start>`). A second master with the same UID is its own series,
  keyed `UID#N`, rather than lost. Plain events skip the
  expansion (it costs more than parsing on a 2,000-event feed).
- Stays already over (check_out <= today) are left out: they block nothing,
  and importing history would raise conflicts about the past.
- Events of one feed that overlap each other (a Google calendar with two
  events on the same days) are merged into one stay keyed by the earliest
  event's UID: the EXCLUDE constraint would otherwise turn a channel's own
  overlap into a false cross-channel conflict.
A VEVENT whose dates cannot be read makes the whole feed unparsable (the
caller then changes nothing) rather than silently releasing its stay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from sync.errors import FeedUnparsable
from sync.models import ImportedStay

HORIZON_DAYS = 730  # Airbnb and Booking.com take bookings up to two years ahead.
DATE_PROPERTIES = {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"}
MAX_SUMMARY = 200


# Every VEVENT property this module or recurring-ical-events reads; the parallel
# path (sync/parallel.py) hands icalendar only these (see its docstring).
READ_PROPERTIES = (
    "UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "STATUS",
    "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "SEQUENCE", "TRANSP",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FeedEvents:
    """What one calendar's VEVENTs give, before overlaps are merged.

    `events` (VEVENT count) and `keys` (the UIDs they group under) let the
    parallel path check that its chunks split the feed cleanly.
    """

    stays: list[ImportedStay]
    events: int
    keys: frozenset[str]


def parse_feed(
    body: bytes, tz: ZoneInfo, today: dt.date, horizon_days: int = HORIZON_DAYS
) -> list[ImportedStay]:
    """The stays a feed blocks from `today` on, sorted by check-in (transparent ones last)."""
    return merge_overlaps(read_events(read_calendar(body), tz, today, horizon_days).stays)


def read_events(
    calendar: icalendar.Calendar, tz: ZoneInfo, today: dt.date, horizon_days: int = HORIZON_DAYS
) -> FeedEvents:
    """The current stays of `calendar`'s events, unmerged, in UID-group order."""
    groups: dict[str, list[icalendar.Event]] = defaultdict(list)
    count = 0
    for event in calendar.walk("VEVENT"):
        broken = [name for name, _ in event.errors if name in DATE_PROPERTIES]
        if broken:
            raise FeedUnparsable(f"unreadable {broken[0]} in event {event.get('UID', '?')}")
        groups[_uid(event)].append(event)
        count += 1

    stays: list[ImportedStay] = []
    for uid, events in groups.items():
        if any(_is_recurring(event) for event in events):
            # Overrides belong to the first master. A further master (a duplicate
            # UID, against the RFC) would be dropped by the expansion: it is a
            # series, or an event, of its own instead, keyed uid#N.
            masters = [event for event in events if "RECURRENCE-ID" not in event]
            overrides = [event for event in events if "RECURRENCE-ID" in event]
            stays.extend(_expand(uid, masters[:1] + overrides, tz, today, horizon_days))
            for index, extra in enumerate(masters[1:], 1):
                key = f"{uid}#{index}"
                if _is_recurring(extra):
                    stays.extend(_expand(key, [extra], tz, today, horizon_days))
                else:
                    stays.extend(_stay(key, extra, tz))
        else:
            for index, event in enumerate(events):
                # Duplicate UIDs without RECURRENCE-ID break the RFC; keep each, distinctly.
                key = uid if index == 0 else f"{uid}#{index}"
                stays.extend(_stay(key, event, tz))
    current = [stay for stay in stays if stay.check_out > today]
    return FeedEvents(current, count, frozenset(groups))


def read_calendar(body: bytes | str) -> icalendar.Calendar:
    """The feed's one VCALENDAR, parsed by icalendar; FeedUnparsable otherwise."""
    # A UTF-8 byte-order mark is not part of the first content line.
    if isinstance(body, bytes):
        body = body.removeprefix(b"\xef\xbb\xbf")
    try:
        calendars = icalendar.Calendar.from_ical(body, multiple=True)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise FeedUnparsable(str(exc)[:200]) from None
    found = [cal for cal in calendars if cal.name == "VCALENDAR"]
    if len(found) != 1:
        raise FeedUnparsable(f"expected one VCALENDAR, found {len(found)}")
    return found[0]


def _uid(event: icalendar.Event) -> str:
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    # No UID (invalid, but seen): key on what the event says so re-imports match.
    start = event.get("DTSTART")
    raw = f"{start.to_ical() if start is not None else b''!r}|{event.get('SUMMARY', '')}"
    return "nouid-" + hashlib.sha256(raw.encode()).hexdigest()[:24]


def _is_recurring(event: icalendar.Event) -> bool:
    return any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _stay(key: str, event: icalendar.Event, tz: ZoneInfo) -> list[ImportedStay]:
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return []
    try:
        if "DTEND" in event and "DURATION" not in event:
            # The usual shape, read directly: `.start`/`.end` each re-validate the event.
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        else:
            start, end = event.start, event.end  # RFC 5545 defaults for DURATION / no end
    except (icalendar.IncompleteComponent, icalendar.InvalidCalendar, KeyError, ValueError) as exc:
        raise FeedUnparsable(f"event {key}: {exc}") from None
    check_in, check_out = nights(start, end, tz)
    summary = str(event.get("SUMMARY", ""))[:MAX_SUMMARY]
    free = _free_time(event, start, end)
    return [ImportedStay(key, check_in, check_out, summary, free)]


def _free_time(event: icalendar.Event, start: dt.date, end: dt.date | None) -> bool:
    """A timed event shown as free (see the module rules: all-day events always block).

    Midnight to midnight counts as all-day: some exporters (older Outlook)
    write all-day events that way, TRANSPARENT like the rest.
    """
    if str(event.get("TRANSP", "")).strip().upper() != "TRANSPARENT":
        return False
    if not isinstance(start, dt.datetime):
        return False
    whole_days = (
        isinstance(end, dt.datetime) and end > start and start.time() == end.time() == dt.time(0)
    )
    return not whole_days


def nights(start: dt.date, end: dt.date | None, tz: ZoneInfo) -> tuple[dt.date, dt.date]:
    """[check_in, check_out) in the property's time zone (see the module rules)."""
    check_in = _local_date(start, tz)
    check_out = _local_date(end, tz) if end is not None else check_in
    if check_out <= check_in:
        check_out = check_in + dt.timedelta(days=1)
    return check_in, check_out


def _local_date(value: dt.date, tz: ZoneInfo) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.astimezone(tz).date() if value.tzinfo else value.date()
    return value


def _expand(
    uid: str, events: list[icalendar.Event], tz: ZoneInfo, today: dt.date, horizon_days: int
) -> list[ImportedStay]:
    calendar = icalendar.Calendar()
    for event in events:
        calendar.add_component(event)
    window = (today - dt.timedelta(days=1), today + dt.timedelta(days=horizon_days))
    try:
        occurrences = recurring_ical_events.of(calendar).between(*window)
    except Exception as exc:  # the library raises a variety of errors on bad rules
        raise FeedUnparsable(f"recurring event {uid}: {exc}") from None
    stays: list[ImportedStay] = []
    keys: set[str] = set()
    for occurrence in occurrences:
        recurrence_id = occurrence.get("RECURRENCE-ID")
        key = uid if recurrence_id is None else f"{uid}/{_instant(recurrence_id.dt)}"
        if key in keys:
            # RANGE=THISANDFUTURE gives every later occurrence the override's
            # RECURRENCE-ID; keys must stay unique within the feed.
            key = f"{key}+{_instant(occurrence.decoded('DTSTART'))}"
        keys.add(key)
        stays.extend(_stay(key, occurrence, tz))
    return stays


def _instant(value: dt.date) -> str:
    if isinstance(value, dt.datetime) and value.tzinfo:
        return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def merge_overlaps(stays: list[ImportedStay]) -> list[ImportedStay]:
    """Merge stays whose nights overlap (adjacent ones stay apart: check-out day is free).

    Transparent stays block nothing, so they merge with nothing: they follow, unchanged.
    """
    merged: list[ImportedStay] = []
    for stay in sorted((s for s in stays if not s.transparent), key=lambda s: (s.check_in, s.uid)):
        if merged and stay.check_in < merged[-1].check_out:
            last = merged[-1]
            if stay.check_out > last.check_out:
                merged[-1] = ImportedStay(last.uid, last.check_in, stay.check_out, last.summary)
            continue
        merged.append(stay)
    return merged + sorted((s for s in stays if s.transparent), key=lambda s: (s.check_in, s.uid))
