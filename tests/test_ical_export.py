"""GET /api/v1/ical/{id}.ics: RFC 5545 that parses back, stable, per channel, no guest data."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import icalendar
import pytest

from app import create_app
from tests.ical_support import add_cabin, add_feed, add_stay, admin, today_in


def d(today: dt.date, n: int) -> dt.date:
    return today + dt.timedelta(days=n)


@pytest.fixture
async def client(aiohttp_client, settings):
    return await aiohttp_client(create_app(settings))


@pytest.fixture
async def cabin_with_stays(db, settings):
    """A cabin with stays from every channel and in every status."""
    today = today_in(settings)
    cabin = await add_cabin(db)
    airbnb = await add_feed(db, cabin, "airbnb", "https://www.airbnb.com/calendar/ical/1.ics?s=x")
    booking = await add_feed(db, cabin, "booking", "https://admin.booking.com/hotel/ical/1.ics")
    await add_stay(db, cabin, d(today, 3), d(today, 6), code="CAB-CONF")
    await add_stay(db, cabin, d(today, 8), d(today, 9), code="CAB-HOLD", status="pre_reserved")
    await add_stay(db, cabin, d(today, 10), d(today, 12), code="CAB-GONE", status="cancelled")
    await add_stay(db, cabin, d(today, 10), d(today, 12), code="CAB-LATE", status="expired")
    await add_stay(db, cabin, d(today, -9), d(today, -5), code="CAB-PAST")
    await add_stay(db, cabin, d(today, 14), d(today, 15), code="CAB-OWNR", channel="owner",
                   guest_name=None, guest_phone=None)  # fmt: skip
    for feed, source, code, start in ((airbnb, "airbnb", "ICS-AIRBNB01", 20),
                                      (booking, "booking", "ICS-BOOKNG01", 30)):  # fmt: skip
        await db.execute(
            """INSERT INTO reservations (code, accommodation_id, check_in, check_out,
                   reservation_status, channel, feed_id, external_uid)
               VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $7)""",
            code, cabin, d(today, start), d(today, start + 4), source, feed, f"{code}@x",
        )  # fmt: skip
    other = await add_cabin(db, "bosque", "Cabaña del Bosque")
    await add_stay(db, other, d(today, 3), d(today, 6), code="CAB-OTHR")
    return cabin


async def export_urls(client, settings, cabin: int) -> dict[str, str]:
    response = await client.get(
        f"/api/v1/admin/accommodations/{cabin}/feeds", headers=admin(settings)
    )
    assert response.status == 200
    return (await response.json())["export_urls"]


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def events(body: bytes) -> dict[str, tuple[dt.date, dt.date]]:
    calendar = icalendar.Calendar.from_ical(body)
    return {
        str(event["UID"]): (event.decoded("DTSTART"), event.decoded("DTEND"))
        for event in calendar.walk("VEVENT")
    }


async def test_export_is_rfc5545_and_leaves_out_the_asking_channel(
    client, settings, cabin_with_stays
):
    today = today_in(settings)
    urls = await export_urls(client, settings, cabin_with_stays)
    assert set(urls) == {"airbnb", "booking", "other"}
    assert urls["airbnb"].startswith(
        f"http://cabanas.test/api/v1/ical/{cabin_with_stays}.ics?token="
    )

    response = await client.get(path_of(urls["airbnb"]))

    assert response.status == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    body = await response.read()
    lines = body.split(b"\r\n")
    assert b"\n" not in body.replace(b"\r\n", b"")  # CRLF line ends only
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR"
    for required in (b"VERSION:2.0", b"PRODID:", b"CALSCALE:GREGORIAN", b"METHOD:PUBLISH"):
        assert any(line.startswith(required) for line in lines), required
    # Airbnb's own block is left out; holds, confirmed stays, owner blocks and
    # Booking.com's blocks are in; cancelled, expired and past stays are not.
    assert events(body) == {
        "CAB-CONF@cabanas": (d(today, 3), d(today, 6)),
        "CAB-HOLD@cabanas": (d(today, 8), d(today, 9)),
        "CAB-OWNR@cabanas": (d(today, 14), d(today, 15)),
        "ICS-BOOKNG01@cabanas": (d(today, 30), d(today, 34)),
    }
    calendar = icalendar.Calendar.from_ical(body)
    for event in calendar.walk("VEVENT"):
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert event["DTEND"].params.get("VALUE") == "DATE"
        assert isinstance(event.decoded("DTSTAMP"), dt.datetime)
        assert str(event["SUMMARY"]) == "Reservado"
    assert b"Luc" not in body and b"5492944" not in body and b"CAB-OTHR" not in body

    booking = events(await (await client.get(path_of(urls["booking"]))).read())
    assert "ICS-AIRBNB01@cabanas" in booking and "ICS-BOOKNG01@cabanas" not in booking


async def test_export_is_stable_across_calls_and_answers_304(client, settings, cabin_with_stays):
    urls = await export_urls(client, settings, cabin_with_stays)
    first = await client.get(path_of(urls["other"]))
    second = await client.get(path_of(urls["other"]))
    body = await first.read()
    assert body == await second.read()
    assert set(events(body)) == {
        "CAB-CONF@cabanas", "CAB-HOLD@cabanas", "CAB-OWNR@cabanas",
        "ICS-AIRBNB01@cabanas", "ICS-BOOKNG01@cabanas",
    }  # fmt: skip
    again = await client.get(
        path_of(urls["other"]), headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status == 304


async def test_a_moved_stay_keeps_its_uid(client, settings, db, cabin_with_stays):
    today = today_in(settings)
    url = path_of((await export_urls(client, settings, cabin_with_stays))["airbnb"])
    before = events(await (await client.get(url)).read())
    await db.execute(
        """UPDATE reservations SET check_in = $1, check_out = $2, updated_at = now()
           WHERE code = 'CAB-CONF'""",
        d(today, 4), d(today, 7),
    )  # fmt: skip
    after = events(await (await client.get(url)).read())
    assert set(after) == set(before)
    assert after["CAB-CONF@cabanas"] == (d(today, 4), d(today, 7))


@pytest.mark.parametrize("how", ["wrong", "missing", "other_cabin", "unknown_cabin", "truncated"])
async def test_a_wrong_token_is_404(client, settings, db, cabin_with_stays, how):
    urls = await export_urls(client, settings, cabin_with_stays)
    token = urlsplit(urls["airbnb"]).query.removeprefix("token=")
    other = await db.fetchval("SELECT id FROM accommodations WHERE slug = 'bosque'")
    path = {
        "wrong": f"/api/v1/ical/{cabin_with_stays}.ics?token={'0' * 32}",
        "missing": f"/api/v1/ical/{cabin_with_stays}.ics",
        "other_cabin": f"/api/v1/ical/{other}.ics?token={token}",
        "unknown_cabin": f"/api/v1/ical/999999.ics?token={token}",
        "truncated": f"/api/v1/ical/{cabin_with_stays}.ics?token={token[:-1]}",
    }[how]
    response = await client.get(path)
    assert response.status == 404
    assert (await response.json())["error"] == "not_found"


async def test_the_cabin_name_is_escaped_text_in_the_feed(client, settings, db, cabin_with_stays):
    """X-WR-CALNAME is TEXT: commas, semicolons, backslashes and line breaks are escaped."""
    await db.execute(
        "UPDATE accommodations SET name = $2 WHERE id = $1",
        cabin_with_stays,
        "Cabaña del Lago, vista; 2\\3\nPlanta alta",
    )
    url = path_of((await export_urls(client, settings, cabin_with_stays))["airbnb"])
    response = await client.get(url)
    assert response.status == 200
    body = await response.read()
    unfolded = body.replace(b"\r\n ", b"").decode().split("\r\n")
    assert "X-WR-CALNAME:Cabaña del Lago\\, vista\\; 2\\\\3\\nPlanta alta" in unfolded
    assert b"\n" not in body.replace(b"\r\n", b"")  # CRLF line ends only
    assert set(events(body)) == {
        "CAB-CONF@cabanas", "CAB-HOLD@cabanas", "CAB-OWNR@cabanas", "ICS-BOOKNG01@cabanas",
    }  # fmt: skip
