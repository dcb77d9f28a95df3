"""Feed shapes the channel fixtures do not cover: TRANSP, charsets, recurrence, odd dates.

Pure parse rules first (a table, like tests/test_ical_parse.py), then the
same shapes end to end through a local host and POST /api/v1/ical/sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from zoneinfo import ZoneInfo

import pytest

from app import create_app
from sync.charset import to_utf8
from sync.models import ImportedStay
from sync.parse import merge_overlaps, parse_feed
from tests.fakes.ical_host import IcalHost
from tests.ical_support import (
    OwnerInbox,
    add_cabin,
    add_feed,
    admin,
    imported,
    metric,
    today_in,
)

TZ = ZoneInfo("America/Argentina/Buenos_Aires")
TODAY = dt.date(2027, 1, 10)
D = dt.date


def calendar(*events: str, uids: list[str] | None = None) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{uids[i] if uids else f'{i}@t'}\r\n{e.strip()}\r\nEND:VEVENT\r\n"
        for i, e in enumerate(events)
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def blocked(body: bytes, today: dt.date = TODAY) -> list[tuple[str, dt.date, dt.date]]:
    return [
        (s.uid, s.check_in, s.check_out) for s in parse_feed(body, TZ, today) if not s.transparent
    ]


# ------------------------------------------------------------------ TRANSP


def test_a_timed_event_shown_as_free_blocks_nothing_but_is_kept_for_the_count():
    stays = parse_feed(
        calendar(
            "DTSTART:20270208T100000\r\nDTEND:20270208T120000\r\nTRANSP:TRANSPARENT",
            "DTSTART:20270209T100000\r\nDTEND:20270211T100000\r\nTRANSP:OPAQUE",
        ),
        TZ,
        TODAY,
    )
    assert [(s.uid, s.transparent) for s in stays] == [("1@t", False), ("0@t", True)]


def test_an_all_day_event_shown_as_free_still_blocks():
    # Google, Apple and Outlook export every all-day event as TRANSPARENT by default.
    assert blocked(
        calendar("DTSTART;VALUE=DATE:20270208\r\nDTEND;VALUE=DATE:20270210\r\nTRANSP:TRANSPARENT")
    ) == [("0@t", D(2027, 2, 8), D(2027, 2, 10))]
    # Older Outlook: all-day as midnight to midnight, in its own zone.
    assert blocked(
        calendar(
            "DTSTART;TZID=Europe/Madrid:20270208T000000\r\n"
            "DTEND;TZID=Europe/Madrid:20270210T000000\r\nTRANSP:TRANSPARENT"
        )
    ) == [("0@t", D(2027, 2, 7), D(2027, 2, 9))]


def test_a_free_event_never_merges_into_a_blocking_one():
    busy = ImportedStay("a", D(2027, 2, 8), D(2027, 2, 12), "Reserved")
    free = ImportedStay("b", D(2027, 2, 6), D(2027, 2, 15), "Call", transparent=True)
    assert merge_overlaps([free, busy]) == [busy, free]


# ---------------------------------------------------------------- charsets

SENORA = "Señora Pérez – “VIP”"


@pytest.mark.parametrize(
    ("body", "charset"),
    [
        (SENORA.encode("cp1252"), "windows-1252"),
        (SENORA.encode("cp1252"), "ISO-8859-1"),  # what hosts say when they send cp1252
        (SENORA.encode("cp1252"), None),  # nothing declared, not UTF-8: windows-1252
        (SENORA.encode("cp1252"), "utf-8"),  # declared wrong: UTF-8 fails, cp1252 reads it
        (SENORA.encode("cp1252"), "x-no-such-charset"),
        (SENORA.encode("utf-8"), "ISO-8859-1"),  # mislabelled UTF-8: valid UTF-8 wins
        (SENORA.encode("utf-8"), None),
        (SENORA.encode("utf-8-sig"), "iso-8859-1"),  # a BOM decides
        (SENORA.encode("utf-16"), None),
    ],
)
def test_a_feed_is_read_in_its_charset(body, charset):
    assert to_utf8(body, charset).decode("utf-8") == SENORA


def test_latin_1_declared_keeps_the_letters_cp1252_lacks():
    # Bytes 0x81/0x8D/… are undefined in windows-1252: Latin-1 still reads the rest.
    assert to_utf8(b"\x81 Se\xf1ora", "iso-8859-1").decode() == "\x81 Señora"


def test_an_iso_8859_15_feed_is_read_as_declared():
    assert to_utf8("Pérez 5 €".encode("iso-8859-15"), "ISO-8859-15").decode() == "Pérez 5 €"


# ---------------------------------------------------- recurrence and dates


def test_a_second_master_with_the_same_uid_is_not_lost():
    # Two series under one UID (against the RFC, but seen): the expansion kept one.
    weekly = "RRULE:FREQ=WEEKLY;COUNT=2"
    body = calendar(
        f"DTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\n{weekly}",
        f"DTSTART;VALUE=DATE:20270117\r\nDTEND;VALUE=DATE:20270118\r\n{weekly}",
        "DTSTART;VALUE=DATE:20270119\r\nDTEND;VALUE=DATE:20270120",
        uids=["s@t", "s@t", "s@t"],
    )
    assert sorted(blocked(body)) == [
        ("s@t#1/20270117", D(2027, 1, 17), D(2027, 1, 18)),
        ("s@t#1/20270124", D(2027, 1, 24), D(2027, 1, 25)),
        ("s@t#2", D(2027, 1, 19), D(2027, 1, 20)),
        ("s@t/20270115", D(2027, 1, 15), D(2027, 1, 16)),
        ("s@t/20270122", D(2027, 1, 22), D(2027, 1, 23)),
    ]


def test_this_and_future_overrides_give_distinct_keys():
    body = calendar(
        "DTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\nRRULE:FREQ=WEEKLY;COUNT=4",
        "RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20270122\r\n"
        "DTSTART;VALUE=DATE:20270123\r\nDTEND;VALUE=DATE:20270124",
        uids=["w@t", "w@t"],
    )
    assert blocked(body) == [
        ("w@t/20270115", D(2027, 1, 15), D(2027, 1, 16)),
        ("w@t/20270122", D(2027, 1, 23), D(2027, 1, 24)),
        ("w@t/20270122+20270130", D(2027, 1, 30), D(2027, 1, 31)),
        ("w@t/20270122+20270206", D(2027, 2, 6), D(2027, 2, 7)),
    ]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # A weekly owner block with EXDATEs given as a list and on two lines.
        (
            [
                "DTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270117\r\n"
                "RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;VALUE=DATE:20270122,20270129\r\n"
                "EXDATE;VALUE=DATE:20270205"
            ],
            [("0@t/20270115", D(2027, 1, 15), D(2027, 1, 17))],
        ),
        # EXDATE in UTC on a TZID series (15:00 in Buenos Aires is 18:00Z).
        (
            [
                "DTSTART;TZID=America/Argentina/Buenos_Aires:20270115T150000\r\n"
                "DTEND;TZID=America/Argentina/Buenos_Aires:20270116T100000\r\n"
                "RRULE:FREQ=DAILY;COUNT=2\r\nEXDATE:20270116T180000Z"
            ],
            [("0@t/20270115T180000Z", D(2027, 1, 15), D(2027, 1, 16))],
        ),
        # A started occurrence (Jan 1 → 15, today the 10th) still blocks, whole.
        (
            [
                "DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261215\r\n"
                "RRULE:FREQ=MONTHLY;COUNT=2"
            ],
            [("0@t/20270101", D(2027, 1, 1), D(2027, 1, 15))],
        ),
        # All-day series without DTEND: one night each.
        (
            ["DTSTART;VALUE=DATE:20270120\r\nRRULE:FREQ=DAILY;COUNT=2"],
            [
                ("0@t/20270120", D(2027, 1, 20), D(2027, 1, 21)),
                ("0@t/20270121", D(2027, 1, 21), D(2027, 1, 22)),
            ],
        ),
        # DTEND not after DTSTART: one night, not none.
        (
            ["DTSTART;VALUE=DATE:20270120\r\nDTEND;VALUE=DATE:20270118"],
            [("0@t", D(2027, 1, 20), D(2027, 1, 21))],
        ),
        # Tokyo 10:00 is 22:00 the evening before in Buenos Aires.
        (
            ["DTSTART;TZID=Asia/Tokyo:20270120T100000\r\nDTEND;TZID=Asia/Tokyo:20270122T100000"],
            [("0@t", D(2027, 1, 19), D(2027, 1, 21))],
        ),
        # Los Angeles 22:00 is 03:00 the next day in Buenos Aires.
        (
            [
                "DTSTART;TZID=America/Los_Angeles:20270120T220000\r\n"
                "DTEND;TZID=America/Los_Angeles:20270123T220000"
            ],
            [("0@t", D(2027, 1, 21), D(2027, 1, 24))],
        ),
        # Overrides without a master (a shared calendar's exceptions only).
        (
            [
                "RECURRENCE-ID;VALUE=DATE:20270122\r\nDTSTART;VALUE=DATE:20270124\r\n"
                "DTEND;VALUE=DATE:20270126",
                "RECURRENCE-ID;VALUE=DATE:20270129\r\nDTSTART;VALUE=DATE:20270130\r\n"
                "DTEND;VALUE=DATE:20270131",
            ],
            [
                ("o@t/20270122", D(2027, 1, 24), D(2027, 1, 26)),
                ("o@t/20270129", D(2027, 1, 30), D(2027, 1, 31)),
            ],
        ),
    ],
)
def test_recurrence_and_date_shapes(events, expected):
    uids = ["o@t"] * len(events) if "RECURRENCE-ID" in events[0] else None
    assert blocked(calendar(*events, uids=uids)) == expected


# ------------------------------------------------------------- end to end


@pytest.fixture
async def host(settings) -> AsyncIterator[IcalHost]:
    fake = await IcalHost(today_in(settings)).start()
    yield fake
    await fake.close()


@pytest.fixture
async def client(aiohttp_client, settings):
    return await aiohttp_client(create_app(settings, OwnerInbox().notifier()))


async def sync(client, settings) -> list[dict]:
    response = await client.post("/api/v1/ical/sync", headers=admin(settings))
    assert response.status == 200
    return (await response.json())["results"]


def ical_day(today: dt.date, days: int) -> str:
    return f"{today + dt.timedelta(days=days):%Y%m%d}"


async def test_a_latin_1_feed_keeps_its_accents(client, settings, db, host):
    today = today_in(settings)
    cabin = await add_cabin(db)
    event = (
        f"DTSTART;VALUE=DATE:{ical_day(today, 5)}\r\nDTEND;VALUE=DATE:{ical_day(today, 8)}\r\n"
        "SUMMARY:Señora Pérez"
    )
    body = calendar(event).decode().encode("latin-1")  # the host's bytes: 0xF1, 0xE9
    url = host.put("latin.ics", body)
    host.charsets["latin.ics"] = "ISO-8859-1"
    feed = await add_feed(db, cabin, "other", url)

    [result] = await sync(client, settings)

    assert result["result"] == "ok" and result["imported"] == 1
    notes = await db.fetchval("SELECT notes FROM reservations WHERE feed_id = $1", feed)
    assert notes == "iCal other: Señora Pérez"


async def test_free_time_blocks_nothing_and_is_counted(client, settings, db, host):
    today = today_in(settings)
    cabin = await add_cabin(db)
    busy = f"DTSTART:{ical_day(today, 10)}T150000\r\nDTEND:{ical_day(today, 12)}T100000"
    url = host.put("g.ics", calendar(busy, busy + "\r\nSUMMARY:Plomero"))
    host.validators = False
    feed = await add_feed(db, cabin, "other", url)
    await sync(client, settings)
    assert len(await imported(db, feed)) == 1  # the two events overlap: one stay

    # The owner marks them "free" in their calendar: the nights open up.
    free = busy + "\r\nTRANSP:TRANSPARENT"
    host.put("g.ics", calendar(free, free + "\r\nSUMMARY:Plomero"))
    counted = await transparent_metric(client)
    [result] = await sync(client, settings)

    assert await imported(db, feed) == {}
    assert (result["released"], result["imported"], result["transparent"]) == (1, 0, 2)
    # ... and Prometheus sees them too, by the feed's channel (each sync that reads them).
    assert await transparent_metric(client) == counted + 2
    reason = await db.fetchval(
        """SELECT e.reason FROM reservation_events e JOIN reservations r ON r.id = e.reservation_id
           WHERE r.feed_id = $1 AND e.event = 'released'""",
        feed,
    )
    assert reason == "shown as free in the feed (TRANSP:TRANSPARENT)"


async def transparent_metric(client) -> float:
    text = await (await client.get("/metrics")).text()
    return metric(text, "ical_transparent_events_total", 'source="other"')


async def test_a_this_and_future_override_imports(client, settings, db, host):
    # Its shifted occurrences shared one key: the insert broke the feed's unique index.
    today = today_in(settings)
    cabin = await add_cabin(db)
    master = (
        f"DTSTART;VALUE=DATE:{ical_day(today, 7)}\r\nDTEND;VALUE=DATE:{ical_day(today, 8)}\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3"
    )
    moved = (
        f"RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:{ical_day(today, 14)}\r\n"
        f"DTSTART;VALUE=DATE:{ical_day(today, 15)}\r\nDTEND;VALUE=DATE:{ical_day(today, 16)}"
    )
    feed = await add_feed(
        db, cabin, "other", host.put("r.ics", calendar(master, moved, uids=["r", "r"]))
    )

    [result] = await sync(client, settings)

    assert result["result"] == "ok" and result["imported"] == 3
    assert set(await imported(db, feed)) == {
        f"r/{ical_day(today, 7)}",
        f"r/{ical_day(today, 14)}",
        f"r/{ical_day(today, 14)}+{ical_day(today, 22)}",
    }
