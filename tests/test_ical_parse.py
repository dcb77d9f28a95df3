"""The rules that turn iCalendar events into blocked nights (pure, a table of real shapes)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from sync.errors import FeedUnparsable
from sync.models import ImportedStay
from sync.parse import merge_overlaps, parse_feed

TZ = ZoneInfo("America/Argentina/Buenos_Aires")
TODAY = dt.date(2027, 1, 10)
D = dt.date


def calendar(*events: str) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}@t\r\n{e.strip()}\r\nEND:VEVENT\r\n" for i, e in enumerate(events)
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def nights(*events: str) -> list[tuple[dt.date, dt.date]]:
    return [(s.check_in, s.check_out) for s in parse_feed(calendar(*events), TZ, TODAY)]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # DATE, exclusive DTEND (Airbnb, Booking.com)
        (
            "DTSTART;VALUE=DATE:20270208\r\nDTEND;VALUE=DATE:20270212",
            (D(2027, 2, 8), D(2027, 2, 12)),
        ),
        # DATE without DTEND: one day
        ("DTSTART;VALUE=DATE:20270208", (D(2027, 2, 8), D(2027, 2, 9))),
        # DATE with DURATION
        ("DTSTART;VALUE=DATE:20270208\r\nDURATION:P3D", (D(2027, 2, 8), D(2027, 2, 11))),
        # DATE-TIME with TZID: check-in day to check-out day
        (
            "DTSTART;TZID=America/Argentina/Buenos_Aires:20270208T140000\r\n"
            "DTEND;TZID=America/Argentina/Buenos_Aires:20270212T100000",
            (D(2027, 2, 8), D(2027, 2, 12)),
        ),
        # UTC late at night is the previous day in Buenos Aires (UTC-3)
        ("DTSTART:20270209T010000Z\r\nDTEND:20270210T010000Z", (D(2027, 2, 8), D(2027, 2, 9))),
        # Floating time is the property's local time
        ("DTSTART:20270208T200000\r\nDTEND:20270209T100000", (D(2027, 2, 8), D(2027, 2, 9))),
        # Same-day event: the night of that day
        ("DTSTART:20270208T100000\r\nDTEND:20270208T120000", (D(2027, 2, 8), D(2027, 2, 9))),
        # DATE-TIME without DTEND: one night
        ("DTSTART;TZID=Europe/Madrid:20270208T180000", (D(2027, 2, 8), D(2027, 2, 9))),
        # Midnight to midnight is one night
        ("DTSTART:20270208T000000\r\nDTEND:20270209T000000", (D(2027, 2, 8), D(2027, 2, 9))),
        # DATE-TIME with DURATION
        ("DTSTART:20270208T150000\r\nDURATION:P2DT19H", (D(2027, 2, 8), D(2027, 2, 11))),
    ],
)
def test_event_nights(event, expected):
    assert nights(event) == [expected]


def test_cancelled_and_past_events_block_nothing():
    assert (
        nights(
            "DTSTART;VALUE=DATE:20270208\r\nDTEND;VALUE=DATE:20270212\r\nSTATUS:CANCELLED",
            "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270110",  # ends today: over
        )
        == []
    )
    # A stay in progress is kept whole.
    assert nights("DTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270112") == [
        (D(2027, 1, 5), D(2027, 1, 12))
    ]


def test_folded_lines_are_unfolded():
    body = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\n"
        b"BEGIN:VEVENT\r\nDTEND;VALUE=DATE:20270212\r\nDTSTART;VALUE=DATE:20270208\r\n"
        b"UID:1418fb94e984-3d5fb0d4d2f8f0ab7a1c2d6a5c4b0e93@air\r\n bnb.com\r\n"
        b"SUMMARY:Airbnb (Not \r\n available)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert parse_feed(body, TZ, TODAY) == [
        ImportedStay(
            "1418fb94e984-3d5fb0d4d2f8f0ab7a1c2d6a5c4b0e93@airbnb.com",
            D(2027, 2, 8),
            D(2027, 2, 12),
            "Airbnb (Not available)",
        )
    ]


def test_recurring_events_expand_within_the_horizon_with_exceptions():
    stays = parse_feed(
        calendar(
            "DTSTART;VALUE=DATE:20270201\r\nDTEND;VALUE=DATE:20270203\r\n"
            "RRULE:FREQ=MONTHLY\r\nEXDATE;VALUE=DATE:20270301"
        ),
        TZ,
        TODAY,
        horizon_days=120,
    )
    assert [(s.uid, s.check_in) for s in stays] == [
        ("0@t/20270201", D(2027, 2, 1)),
        ("0@t/20270401", D(2027, 4, 1)),
        ("0@t/20270501", D(2027, 5, 1)),
    ]


def test_overlapping_events_of_one_feed_merge_under_the_first_uid():
    assert merge_overlaps(
        [
            ImportedStay("b", D(2027, 2, 10), D(2027, 2, 15), "block"),
            ImportedStay("a", D(2027, 2, 8), D(2027, 2, 12), "Reserved"),
            ImportedStay("c", D(2027, 2, 15), D(2027, 2, 16)),  # adjacent: stays apart
        ]
    ) == [
        ImportedStay("a", D(2027, 2, 8), D(2027, 2, 15), "Reserved"),
        ImportedStay("c", D(2027, 2, 15), D(2027, 2, 16)),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<!DOCTYPE html><html><body>Sign in</body></html>",
        b'{"error": "not found"}',
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:2027",
        calendar("DTSTART;VALUE=DATE:2027-02-08"),
        calendar("SUMMARY:no start"),
        calendar("DTEND;VALUE=DATE:20270212"),
    ],
)
def test_unparsable_bodies_raise(body):
    with pytest.raises(FeedUnparsable):
        parse_feed(body, TZ, TODAY)


def test_an_empty_calendar_is_a_valid_feed_with_no_stays():
    assert parse_feed(calendar(), TZ, TODAY) == []
