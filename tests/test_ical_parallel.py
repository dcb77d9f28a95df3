"""Big feeds parsed across processes give exactly the stays of the plain parse."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from zoneinfo import ZoneInfo

import pytest

from sync import parallel
from sync.errors import FeedUnparsable
from sync.parallel import ParsePool, split_feed
from sync.parse import parse_feed

TZ = ZoneInfo("America/Argentina/Buenos_Aires")
TODAY = dt.date(2027, 1, 10)
VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Custom/Lago
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def big_feed(events: int = 1200, *, uid_fold: bool = False) -> bytes:
    """Every shape at once: DATE and TZID events, a recurring event whose override
    and duplicate sit at the far end, cancellations, overlaps, nested alarms,
    folded and unread properties, past events and a VTIMEZONE after some events."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "X-WR-TIMEZONE:America/Argentina/Buenos_Aires",
        "BEGIN:VEVENT",
        "UID:weekly@t",
        "DTSTART;VALUE=DATE:20270104",
        "DTEND;VALUE=DATE:20270105",
        "RRULE:FREQ=WEEKLY;COUNT=60",
        "EXDATE;VALUE=DATE:20270201",
        "SUMMARY:Weekly cleaning",
        "DESCRIPTION:folded over",
        "  two lines",
        "END:VEVENT",
    ]
    first = TODAY - dt.timedelta(days=30)
    for i in range(events):
        day = first + dt.timedelta(days=2 * i)
        uid = f"{i:05d}-ev@airbnb.com"
        lines.append("BEGIN:VEVENT")
        if i == 5:
            lines += [
                VTIMEZONE.replace("TZID", "X-NOT-TZID"),
            ]  # an unknown subcomponent
        if i % 7 == 0:
            tzid = "Custom/Lago" if i % 14 else "Europe/Madrid"
            lines += [
                f"DTSTART;TZID={tzid}:{day:%Y%m%d}T150000",
                f"DTEND;TZID={tzid}:{day + dt.timedelta(days=2):%Y%m%d}T100000",
            ]
        elif i % 11 == 0:
            lines.append(f"DTSTART:{day:%Y%m%d}T020000Z")  # no end: one night
        else:
            lines += [
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1 + i % 4):%Y%m%d}",  # overlaps
            ]
        if uid_fold and i == 3:
            lines += [f"UID:{uid[:6]}", f" {uid[6:]}"]
        else:
            lines.append(f"UID:{uid}")
        if i % 13 == 0:
            lines.append("STATUS:CANCELLED")
        if i % 21 == 0:
            lines.append("TRANSP:TRANSPARENT")  # blocks nothing on timed events only
        if i % 2:
            lines += [
                "DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/deta",
                f" ils/HM{i:08d}\\nPhone Number (Last 4 Digits): {i % 10000:04d}",
                "SUMMARY:Reserved",
                'ATTENDEE;CN="Guest: x";ROLE=REQ-PARTICIPANT:mailto:guest@example.com',
                "X-AIRBNB-ID:1234",
            ]
        else:
            lines.append("SUMMARY:Airbnb (Not available)")
        if i % 17 == 0:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM"]
        lines.append("END:VEVENT")
        if i == 40:
            lines.append(VTIMEZONE)  # after events that use it (a forward reference)
    lines += [
        # The recurring event's override and a duplicate UID, far from their first event.
        "BEGIN:VEVENT",
        "UID:weekly@t",
        "RECURRENCE-ID;VALUE=DATE:20270208",
        "DTSTART;VALUE=DATE:20270209",
        "DTEND;VALUE=DATE:20270211",
        "SEQUENCE:1",
        "SUMMARY:Weekly cleaning (moved)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:00003-ev@airbnb.com",
        f"DTSTART;VALUE=DATE:{TODAY + dt.timedelta(days=900):%Y%m%d}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.fixture
async def pool() -> AsyncIterator[ParsePool]:
    started = ParsePool()
    started.start()
    await started.started()
    yield started
    await started.close()


@pytest.fixture
def no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parallel path must not quietly fall back to the plain parse."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("fell back to the plain parse")

    monkeypatch.setattr(parallel, "parse_feed", refuse)


async def test_a_big_feed_gives_the_same_stays_in_parallel(pool, no_fallback):
    body = big_feed()
    plain = parse_feed(body, TZ, TODAY)
    assert len(plain) > 500
    assert any(s.uid.startswith("weekly@t/") for s in plain)  # the expansion
    assert any(s.uid == "00003-ev@airbnb.com#1" for s in plain)  # the duplicate UID
    assert any(s.transparent for s in plain)  # TRANSP survives the slimming
    assert await pool.parse(body, TZ, TODAY) == plain


async def test_with_one_cpu_a_big_feed_is_parsed_whole_on_a_thread(no_fallback):
    single = ParsePool(workers=1)
    single.start()  # starts nothing
    body = big_feed()
    assert await single.parse(body, TZ, TODAY) == parse_feed(body, TZ, TODAY)
    await single.close()


def test_the_feed_is_cut_at_events_keeping_uids_together_and_the_rest_everywhere():
    chunks = split_feed(big_feed(), 2)
    assert chunks is not None and [c.events for c in chunks] == [602, 601]
    texts = ["".join(text for _, text in c.pieces) for c in chunks]
    for text in texts:
        assert text.startswith("BEGIN:VCALENDAR\r\nPRODID:") and text.endswith("END:VCALENDAR\r\n")
        assert text.count("\nTZID:Custom/Lago") == 1
    assert texts[0].count("UID:weekly@t") == 2 and "UID:weekly@t" not in texts[1]
    assert texts[0].count("UID:00003-ev@airbnb.com") == 2


async def test_a_split_it_cannot_trust_falls_back_to_the_plain_parse(pool):
    # One UID folded two ways: the chunks disagree, and the plain parse decides.
    body = big_feed(uid_fold=True)
    assert await pool.parse(body, TZ, TODAY) == parse_feed(body, TZ, TODAY)


async def test_an_unparsable_big_feed_fails_with_the_plain_error(pool):
    body = big_feed().replace(b"DTSTART;VALUE=DATE:20270104", b"DTSTART;VALUE=DATE:2027-01-04")
    with pytest.raises(FeedUnparsable) as plain:
        parse_feed(body, TZ, TODAY)
    with pytest.raises(FeedUnparsable) as parallel_error:
        await pool.parse(body, TZ, TODAY)
    assert str(parallel_error.value) == str(plain.value)


async def test_small_feeds_stay_on_a_thread(pool, no_fallback):
    with pytest.raises(AssertionError, match="fell back"):
        await pool.parse(big_feed(20), TZ, TODAY)


async def test_a_dead_worker_is_replaced(pool):
    body = big_feed()
    broken = pool._executor
    for process in list(broken._processes.values()):
        process.kill()
        process.join()
    assert await pool.parse(body, TZ, TODAY) == parse_feed(body, TZ, TODAY)  # on a thread
    assert pool._executor is not broken
    await pool.started()
    assert await pool.parse(body, TZ, TODAY) == parse_feed(body, TZ, TODAY)
