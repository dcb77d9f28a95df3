"""Importing feeds in the channels' real shapes, through POST /api/v1/ical/sync.

A local host serves Airbnb, Booking.com and Google-style calendars; every
effect is read back from PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator

import pytest

from app import create_app
from tests.fakes.ical_host import IcalHost, fixture
from tests.ical_support import (
    OwnerInbox,
    add_cabin,
    add_feed,
    add_stay,
    admin,
    imported,
    metric,
    snapshot,
    today_in,
)

AIRBNB_RESERVED = "1418fb94e984-3d5fb0d4d2f8f0ab7a1c2d6a5c4b0e93@airbnb.com"
AIRBNB_BLOCK = "7f7c1d2e8a44-0b6e7c2f19d6c3a8e5b4d1f0a9c8e7d6@airbnb.com"
AIRBNB_NOTICE = "6a1d9e2f7b3c-4c8b2e6f0a1d5e9c3b7a2f6e0d4c8b1a@airbnb.com"


@pytest.fixture
async def host(settings) -> AsyncIterator[IcalHost]:
    fake = await IcalHost(today_in(settings)).start()
    yield fake
    await fake.close()


@pytest.fixture
def owner() -> OwnerInbox:
    return OwnerInbox()


@pytest.fixture
async def client(aiohttp_client, settings, owner):
    return await aiohttp_client(create_app(settings, owner.notifier()))


async def sync(client, settings) -> list[dict]:
    response = await client.post("/api/v1/ical/sync", headers=admin(settings))
    assert response.status == 200
    return (await response.json())["results"]


def days(today: dt.date, start: int, end: int) -> tuple[dt.date, dt.date]:
    return today + dt.timedelta(days=start), today + dt.timedelta(days=end)


async def test_airbnb_feed_is_imported_as_confirmed_blocks(client, settings, db, host):
    today = today_in(settings)
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "airbnb", host.put_fixture("airbnb.ics", "airbnb.ics"))

    [result] = await sync(client, settings)

    assert result["result"] == "ok" and result["imported"] == 3 and result["error"] is None
    # The stay that ended three days ago blocks nothing and is not imported.
    assert await imported(db, feed) == {
        AIRBNB_NOTICE: days(today, 0, 2),
        AIRBNB_RESERVED: days(today, 10, 14),
        AIRBNB_BLOCK: days(today, 20, 25),
    }
    rows = await db.fetch("SELECT * FROM reservations WHERE feed_id = $1", feed)
    for row in rows:
        assert row["reservation_status"] == "confirmed"
        assert row["channel"] == "airbnb"
        assert row["accommodation_id"] == cabin
        assert row["guests"] == 1 and row["total_cents"] == 0 and row["deposit_cents"] == 0
        assert row["guest_name"] is None and row["guest_phone"] is None
        assert row["code"].startswith("ICS-")
    # The folded DESCRIPTION (reservation URL, phone digits) is not kept anywhere.
    assert not any("4821" in (row["notes"] or "") for row in rows)
    audit = await db.fetch(
        "SELECT event, to_status, actor FROM reservation_events WHERE reservation_id = ANY($1)",
        [row["id"] for row in rows],
    )
    assert sorted(tuple(a) for a in audit) == [("imported", "confirmed", "ical:airbnb")] * 3
    feed_row = await db.fetchrow("SELECT * FROM ical_feeds WHERE id = $1", feed)
    assert feed_row["last_success_at"] is not None and feed_row["last_error"] is None
    assert feed_row["etag"] and feed_row["last_modified"]


async def test_booking_months_long_closed_blocks(client, settings, db, host):
    today = today_in(settings)
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "booking", host.put_fixture("b.ics", "booking.ics"))

    [result] = await sync(client, settings)

    assert result["result"] == "ok"
    assert await imported(db, feed) == {
        "8c2e6b7f41a9d35e0c1b2a3f4e5d6c7b@booking.com": days(today, 40, 130),
        "1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c@booking.com": days(today, 150, 153),
    }
    channels = await db.fetch("SELECT DISTINCT channel FROM reservations WHERE feed_id = $1", feed)
    assert [row["channel"] for row in channels] == ["booking"]


async def test_google_datetime_events_become_nights_in_the_property_timezone(
    client, settings, db, host
):
    today = today_in(settings)
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "other", host.put_fixture("g.ics", "google.ics"))

    [result] = await sync(client, settings)

    assert result["result"] == "ok"
    assert await imported(db, feed) == {
        # 15:00 → 10:00 three days later (TZID): three nights.
        "3k9v1m2n4b5c6x7z8l0p@google.com": days(today, 50, 53),
        # 02:00Z is 23:00 the evening before in Buenos Aires; 14:00Z → 11:00 local.
        "7q2w3e4r5t6y7u8i9o0p@google.com": days(today, 59, 61),
        # DATE-TIME with no DTEND: one night.
        "a1s2d3f4g5h6j7k8l9z0@google.com": days(today, 70, 71),
        # STATUS:CANCELLED (day 80) blocks nothing; an all-day DATE with no DTEND is one night.
        "q1w2e3r4t5y6u7i8o9p0@google.com": days(today, 90, 91),
        # A weekly event, three occurrences, each keyed by its RECURRENCE-ID.
        **{
            f"r3c0rr3nt1234567890a@google.com/{today + dt.timedelta(days=d):%Y%m%d}": days(
                today, d, d + 1
            )
            for d in (100, 107, 114)
        },
        # 02:00 in Madrid is the previous evening in Buenos Aires.
        "m4dr1d0987654321abcd@google.com": days(today, 119, 120),
    }


async def test_reimport_of_the_same_feed_changes_nothing(client, settings, db, host):
    host.validators = False  # a host without ETag: every sync is a full 200
    cabin = await add_cabin(db)
    await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    await sync(client, settings)
    before = await snapshot(db)

    [result] = await sync(client, settings)

    assert result["result"] == "ok"
    assert (result["imported"], result["moved"], result["released"]) == (0, 0, 0)
    assert result["unchanged"] == 3
    assert await snapshot(db) == before


async def test_a_moved_uid_moves_and_an_absent_event_is_released(client, settings, db, host):
    today = today_in(settings)
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    await sync(client, settings)
    codes = {
        row["external_uid"]: (row["id"], row["code"])
        for row in await db.fetch("SELECT * FROM reservations WHERE feed_id = $1", feed)
    }

    host.put_fixture("a.ics", "airbnb_moved.ics")
    [result] = await sync(client, settings)

    assert (result["moved"], result["released"], result["unchanged"]) == (1, 1, 1)
    assert await imported(db, feed) == {
        AIRBNB_NOTICE: days(today, 0, 2),
        AIRBNB_RESERVED: days(today, 11, 16),
    }
    moved = await db.fetchrow(
        "SELECT id, code FROM reservations WHERE feed_id = $1 AND external_uid = $2",
        feed,
        AIRBNB_RESERVED,
    )
    assert (moved["id"], moved["code"]) == codes[AIRBNB_RESERVED]  # same stay, new dates
    released_id = codes[AIRBNB_BLOCK][0]
    assert (
        await db.fetchval("SELECT reservation_status FROM reservations WHERE id = $1", released_id)
        == "cancelled"
    )
    audit = await db.fetchrow(
        """SELECT event, from_status, to_status, actor FROM reservation_events
           WHERE reservation_id = $1 ORDER BY id DESC LIMIT 1""",
        released_id,
    )
    assert tuple(audit) == ("released", "confirmed", "cancelled", "ical:airbnb")

    # The block comes back: the same row is reinstated, not duplicated.
    host.put_fixture("a.ics", "airbnb.ics")
    [result] = await sync(client, settings)
    assert result["moved"] == 2 and result["imported"] == 0
    assert await imported(db, feed) == {
        AIRBNB_NOTICE: days(today, 0, 2),
        AIRBNB_RESERVED: days(today, 10, 14),
        AIRBNB_BLOCK: days(today, 20, 25),
    }


async def test_stays_swapping_dates_do_not_collide_with_each_other(client, settings, db, host):
    today = today_in(settings)
    cabin = await add_cabin(db)

    def calendar(first: tuple[int, int], second: tuple[int, int]) -> str:
        events = ""
        for uid, (start, end) in (("one@airbnb.com", first), ("two@airbnb.com", second)):
            s, e = days(today, start, end)
            events += (
                f"BEGIN:VEVENT\r\nDTEND;VALUE=DATE:{e:%Y%m%d}\r\nDTSTART;VALUE=DATE:{s:%Y%m%d}\r\n"
                f"UID:{uid}\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n"
            )
        return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{events}END:VCALENDAR\r\n"

    feed = await add_feed(db, cabin, "airbnb", host.put("s.ics", calendar((5, 8), (8, 12))))
    await sync(client, settings)
    host.put("s.ics", calendar((8, 12), (5, 8)))

    [result] = await sync(client, settings)

    assert result["moved"] == 2 and result["conflicts"] == 0
    assert await imported(db, feed) == {
        "one@airbnb.com": days(today, 8, 12),
        "two@airbnb.com": days(today, 5, 8),
    }


async def test_304_changes_nothing_but_counts_as_a_success(client, settings, db, host):
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    await sync(client, settings)
    await db.execute(
        "UPDATE ical_feeds SET last_success_at = now() - interval '1 hour' WHERE id = $1", feed
    )
    etag = await db.fetchval("SELECT etag FROM ical_feeds WHERE id = $1", feed)
    before = await snapshot(db)
    text = await (await client.get("/metrics")).text()
    counted = metric(text, "ical_sync_total", 'result="not_modified"')

    [result] = await sync(client, settings)

    assert result["result"] == "not_modified"
    assert host.seen[-1].if_none_match == etag and host.seen[-1].if_modified_since
    assert await snapshot(db) == before
    row = await db.fetchrow("SELECT * FROM ical_feeds WHERE id = $1", feed)
    assert (dt.datetime.now(dt.UTC) - row["last_success_at"]).total_seconds() < 60
    assert row["etag"] == etag and row["last_error"] is None
    text = await (await client.get("/metrics")).text()
    assert metric(text, "ical_sync_total", 'result="not_modified"') == counted + 1


@pytest.mark.parametrize(
    ("breakage", "reason"),
    [
        ("http_503", "unavailable: HTTP 503"),
        ("truncated", "truncated"),
        ("html_page", "unparsable"),
        ("cut_calendar", "unparsable"),
        ("bad_date", "unparsable"),
        ("timeout", "timeout"),
        ("too_large", "too_large"),
    ],
)
async def test_a_failed_fetch_changes_nothing_and_is_recorded(
    aiohttp_client, database_url, redis_url, db, breakage, reason
):
    from tests.conftest import make_settings

    settings = make_settings(
        database_url=database_url,
        redis_url=redis_url,
        ical_fetch_timeout_seconds=0.5,
        ical_max_bytes=4096,
    )
    host = await IcalHost(today_in(settings), validators=False).start()
    try:
        client = await aiohttp_client(create_app(settings))
        cabin = await add_cabin(db)
        feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
        await sync(client, settings)
        good = await db.fetchval("SELECT last_success_at FROM ical_feeds WHERE id = $1", feed)
        before = await snapshot(db)

        body = host.feeds["a.ics"]
        if breakage == "http_503":
            host.fail("a.ics", 503)
        elif breakage == "truncated":
            host.truncate("a.ics")
        elif breakage == "html_page":
            host.put("a.ics", "<!DOCTYPE html><html><body>Log in to Airbnb</body></html>")
        elif breakage == "cut_calendar":  # complete HTTP body, calendar cut mid-event
            host.put("a.ics", body[: len(body) // 2])
        elif breakage == "bad_date":
            host.put("a.ics", body.replace(b"DTSTART;VALUE=DATE:", b"DTSTART;VALUE=DATE:2O2", 1))
        elif breakage == "timeout":
            host.hang("a.ics", 3)
        elif breakage == "too_large":
            host.put("a.ics", body.replace(b"SUMMARY:Reserved", b"SUMMARY:" + b"x" * 5000, 1))

        [result] = await sync(client, settings)

        assert result["result"] == "error"
        assert result["error"].startswith(reason)
        assert await snapshot(db) == before
        row = await db.fetchrow("SELECT * FROM ical_feeds WHERE id = $1", feed)
        assert row["last_error"].startswith(reason)
        assert row["last_attempt_at"] > good
        assert row["last_success_at"] == good
    finally:
        await host.close()


async def test_a_conflict_is_recorded_counted_shown_in_healthz_and_sent_to_the_owner(
    client, settings, db, host, owner
):
    today = today_in(settings)
    cabin = await add_cabin(db)
    whatsapp = await add_stay(db, cabin, *days(today, 12, 13), code="CAB-7KQ2")
    host.validators = False
    feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    counted = metric(await (await client.get("/metrics")).text(), "double_booking_conflicts_total")

    [result] = await sync(client, settings)

    # The rest of the feed is imported; the colliding event is not dropped silently.
    assert result["result"] == "ok" and result["imported"] == 2 and result["conflicts"] == 1
    assert AIRBNB_RESERVED not in await imported(db, feed)
    conflict = await db.fetchrow("SELECT * FROM ical_conflicts")
    assert conflict["feed_id"] == feed and conflict["external_uid"] == AIRBNB_RESERVED
    assert (conflict["check_in"], conflict["check_out"]) == days(today, 10, 14)
    assert conflict["reservation_id"] == whatsapp and conflict["resolved_at"] is None
    assert conflict["summary"] == "Reserved"
    text = await (await client.get("/metrics")).text()
    assert metric(text, "double_booking_conflicts_total") == counted + 1
    health = await (await client.get("/api/v1/healthz")).json()
    assert health["status"] == "degraded" and health["checks"]["ical"]["open_conflicts"] == 1
    [notice] = owner.texts
    assert "CAB-7KQ2" in notice and "Airbnb" in notice and "Cabaña del Lago" in notice
    assert f"del {today + dt.timedelta(days=10):%d/%m} al " in notice
    # The owner's language, whom to call (the colliding stay's guest, full number), and
    # the exact call that closes it; no field names or English.
    assert "doble reserva" in notice and "No cancelé nada" in notice
    assert "Lucía Fernández (+5492944111111)" in notice and "confirmada, por WhatsApp" in notice
    assert f"POST /api/v1/admin/conflicts/{conflict['id']}/resolve" in notice
    assert not re.search(r"\b(?:conflict|blocks|overlapping|whatsapp|None)\b", notice)

    # The same conflict on the next sync: one row, counted once, told once.
    [result] = await sync(client, settings)
    assert result["conflicts"] == 1
    assert await db.fetchval("SELECT count(*) FROM ical_conflicts") == 1
    text = await (await client.get("/metrics")).text()
    assert metric(text, "double_booking_conflicts_total") == counted + 1
    assert len(owner.texts) == 1

    # The guest's stay is cancelled: the Airbnb stay now imports and the conflict clears.
    await db.execute(
        "UPDATE reservations SET reservation_status = 'cancelled' WHERE id = $1", whatsapp
    )
    [result] = await sync(client, settings)
    assert result["imported"] == 1 and result["conflicts"] == 0
    assert (await imported(db, feed))[AIRBNB_RESERVED] == days(today, 10, 14)
    cleared = await db.fetchrow("SELECT resolved_at, resolution FROM ical_conflicts")
    assert cleared["resolved_at"] is not None and cleared["resolution"].startswith("cleared")
    health = await (await client.get("/api/v1/healthz")).json()
    assert health["status"] == "healthy"


async def test_a_move_onto_another_channels_stay_is_a_conflict(client, settings, db, host, owner):
    today = today_in(settings)
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    await sync(client, settings)
    await add_stay(db, cabin, *days(today, 15, 17), code="CAB-MOVE")

    host.put_fixture("a.ics", "airbnb_moved.ics")  # the reservation moves to 11 → 16
    [result] = await sync(client, settings)

    assert result["conflicts"] == 1 and result["moved"] == 0
    conflict = await db.fetchrow("SELECT * FROM ical_conflicts")
    assert (conflict["check_in"], conflict["check_out"]) == days(today, 11, 16)
    # Airbnb freed the old nights; we do not keep blocking them.
    assert AIRBNB_RESERVED not in await imported(db, feed)
    assert len(owner.texts) == 1 and "CAB-MOVE" in owner.texts[0]


async def test_many_conflicts_at_once_send_a_few_notices_and_a_summary(
    client, settings, db, host, owner
):
    today = today_in(settings)
    cabin = await add_cabin(db)
    for n in range(5):  # five guest stays inside Booking.com's months-long CLOSED block
        await add_stay(db, cabin, *days(today, 41 + 3 * n, 42 + 3 * n), code=f"CAB-B{n}")
    for n in range(3):  # and three more Booking.com events, each on a guest stay
        await add_stay(db, cabin, *days(today, 200 + 3 * n, 201 + 3 * n), code=f"CAB-C{n}")
    extra = "".join(
        f"BEGIN:VEVENT\r\nUID:c{n}@booking.com\r\n"
        f"DTSTART;VALUE=DATE:{today + dt.timedelta(days=200 + 3 * n):%Y%m%d}\r\n"
        f"DTEND;VALUE=DATE:{today + dt.timedelta(days=201 + 3 * n):%Y%m%d}\r\n"
        "SUMMARY:CLOSED - Not available\r\nEND:VEVENT\r\n"
        for n in range(3)
    )
    calendar = fixture("booking.ics", today).replace(
        b"END:VCALENDAR", extra.encode() + b"END:VCALENDAR"
    )
    await add_feed(db, cabin, "booking", host.put("b.ics", calendar))
    text = await (await client.get("/metrics")).text()
    counted = metric(text, "double_booking_conflicts_total")

    [result] = await sync(client, settings)

    assert result["conflicts"] == 4 and result["imported"] == 1
    text = await (await client.get("/metrics")).text()
    assert metric(text, "double_booking_conflicts_total") == counted + 4
    assert len(owner.texts) == 4  # three conflicts spelled out, then a summary
    assert owner.texts[-1].startswith("⚠️ Y hay otro conflicto de calendario")
    assert "GET /api/v1/admin/conflicts" in owner.texts[-1]


async def test_an_event_in_conflict_still_blocks_its_free_nights(client, settings, db, host, owner):
    """Booking.com closes days 40–130; a guest stay on 60–63 must not reopen the other nights."""
    today = today_in(settings)
    cabin = await add_cabin(db)
    guest = await add_stay(db, cabin, *days(today, 60, 63), code="CAB-IN60")
    host.validators = False  # every sync reads the feed again
    feed = await add_feed(db, cabin, "booking", host.put_fixture("b.ics", "booking.ics"))
    closed = "8c2e6b7f41a9d35e0c1b2a3f4e5d6c7b@booking.com"

    [result] = await sync(client, settings)

    assert result["conflicts"] == 1
    conflict = await db.fetchrow("SELECT * FROM ical_conflicts")
    assert (conflict["external_uid"], conflict["reservation_id"]) == (closed, guest)
    blocked = await imported(db, feed)
    assert closed not in blocked
    assert sorted(blocked.values()) == [days(today, 40, 60), days(today, 63, 130),
                                        days(today, 150, 153)]  # fmt: skip
    # A WhatsApp hold on the closed nights is refused by the database itself.
    for start, end in ((45, 47), (70, 72)):
        free = await db.fetchval(
            """SELECT NOT EXISTS (SELECT 1 FROM reservations WHERE accommodation_id = $1
                   AND reservation_status IN ('pre_reserved', 'confirmed')
                   AND period && daterange($2, $3, '[)'))""",
            cabin, *days(today, start, end),
        )  # fmt: skip
        assert not free

    # The same conflict again rewrites nothing: same rows, no new audit events.
    before = await snapshot(db)
    [result] = await sync(client, settings)
    assert result["conflicts"] == 1
    assert await snapshot(db) == before
    assert len(owner.texts) == 1

    # Booking.com shortens the closure: the part after the guest stay follows it.
    shorter = host.feeds["b.ics"].replace(
        f"DTEND;VALUE=DATE:{today + dt.timedelta(days=130):%Y%m%d}".encode(),
        f"DTEND;VALUE=DATE:{today + dt.timedelta(days=125):%Y%m%d}".encode(),
    )
    host.put("b.ics", shorter)
    [result] = await sync(client, settings)
    assert result["conflicts"] == 1
    assert sorted((await imported(db, feed)).values()) == [
        days(today, 40, 60), days(today, 63, 125), days(today, 150, 153),
    ]  # fmt: skip
    host.put_fixture("b.ics", "booking.ics")
    await sync(client, settings)

    # The guest stay is cancelled: the closure imports whole and its parts are released.
    await db.execute(
        "UPDATE reservations SET reservation_status = 'cancelled' WHERE id = $1", guest
    )
    [result] = await sync(client, settings)
    assert result["conflicts"] == 0 and result["imported"] == 1
    assert await imported(db, feed) == {
        closed: days(today, 40, 130),
        "1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c@booking.com": days(today, 150, 153),
    }
    cleared = await db.fetchrow("SELECT resolved_at FROM ical_conflicts")
    assert cleared["resolved_at"] is not None


async def test_a_feed_unread_for_an_hour_is_told_to_the_owner_once_and_so_is_its_return(
    client, settings, db, host, owner
):
    cabin = await add_cabin(db)
    feed = await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    await sync(client, settings)
    assert owner.texts == []

    host.fail("a.ics", 404)  # Airbnb rotated the export link
    [result] = await sync(client, settings)
    assert result["result"] == "error"
    assert owner.texts == []  # one failed round is a hiccup, not news
    # An hour and a half of failed rounds later (the clock is what is faked):
    await db.execute(
        "UPDATE ical_feeds SET last_success_at = now() - interval '90 minutes' WHERE id = $1", feed
    )
    for _ in range(2):  # and every round after: told once
        await sync(client, settings)
    [notice] = owner.texts
    assert "No puedo leer el calendario de Airbnb de Cabaña del Lago" in notice
    assert "doble reserva" in notice and f"PATCH /api/v1/admin/feeds/{feed}" in notice
    assert "hace más de 1 hora" in notice

    del host.modes["a.ics"]
    for _ in range(2):
        await sync(client, settings)
    assert len(owner.texts) == 2
    assert owner.texts[1].startswith("✅ El calendario de Airbnb de Cabaña del Lago se volvió")
    assert "No tenés que hacer nada" in owner.texts[1]  # the next step, even when none
