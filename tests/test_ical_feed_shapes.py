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
from tests.ical_support import OwnerInbox, add_cabin, add_feed, admin, imported, today_in

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
    [result] = await sync(client, settings)

    assert await imported(db, feed) == {}
    assert (result["released"], result["imported"], result["transparent"]) == (1, 0, 2)
