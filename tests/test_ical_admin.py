"""Admin API for feeds and conflicts, and POST /api/v1/ical/sync."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest

from app import create_app
from tests.fakes.ical_host import IcalHost
from tests.ical_support import add_cabin, add_feed, add_stay, admin, imported, today_in


@pytest.fixture
async def host(settings) -> AsyncIterator[IcalHost]:
    fake = await IcalHost(today_in(settings)).start()
    yield fake
    await fake.close()


@pytest.fixture
async def client(aiohttp_client, settings):
    return await aiohttp_client(create_app(settings))


async def test_feeds_create_list_update_delete(client, settings, db, host):
    cabin = await add_cabin(db)
    url = host.put_fixture("a.ics", "airbnb.ics")
    headers = admin(settings)
    path = f"/api/v1/admin/accommodations/{cabin}/feeds"

    created = await client.post(path, json={"source": "airbnb", "url": url}, headers=headers)
    assert created.status == 201
    feed = await created.json()
    assert (feed["source"], feed["url"], feed["active"], feed["status"]) == (
        "airbnb", url, True, "never",
    )  # fmt: skip
    assert set(feed["export_urls"]) == {"airbnb", "booking", "other"}

    duplicate = await client.post(path, json={"source": "airbnb", "url": url}, headers=headers)
    assert duplicate.status == 409

    host.fail("a.ics", 500)
    await client.post("/api/v1/ical/sync", headers=headers)
    listed = await (await client.get(path, headers=headers)).json()
    [item] = listed["items"]
    assert item["status"] == "error" and item["last_error"] == "unavailable: HTTP 500"
    assert item["last_success_at"] is None and item["last_attempt_at"] is not None
    assert listed["export_urls"] == feed["export_urls"]

    host.put_fixture("a.ics", "airbnb.ics")
    result = await (await client.post("/api/v1/ical/sync", headers=headers)).json()
    assert [r["result"] for r in result["results"]] == ["ok"]
    [item] = (await (await client.get(path, headers=headers)).json())["items"]
    assert item["status"] == "ok" and item["last_error"] is None and item["last_success_at"]

    patched = await client.patch(
        f"/api/v1/admin/feeds/{feed['id']}", json={"active": False}, headers=headers
    )
    assert patched.status == 200 and (await patched.json())["active"] is False
    assert (await (await client.post("/api/v1/ical/sync", headers=headers)).json()) == {
        "results": []
    }

    # A new URL forgets the old validators (a different calendar).
    new_url = host.put_fixture("b.ics", "airbnb.ics")
    patched = await client.patch(
        f"/api/v1/admin/feeds/{feed['id']}", json={"url": new_url, "active": True}, headers=headers
    )
    assert (await patched.json())["url"] == new_url
    assert await db.fetchval("SELECT etag FROM ical_feeds WHERE id = $1", feed["id"]) is None

    # Deleting a feed frees the nights it still blocks, with an audit row.
    assert len(await imported(db, feed["id"])) == 3
    deleted = await client.delete(f"/api/v1/admin/feeds/{feed['id']}", headers=headers)
    assert deleted.status == 204
    assert (await (await client.get(path, headers=headers)).json())["items"] == []
    statuses = await db.fetch(
        "SELECT DISTINCT reservation_status FROM reservations WHERE channel = 'airbnb'"
    )
    assert [row["reservation_status"] for row in statuses] == ["cancelled"]
    actors = await db.fetch(
        "SELECT DISTINCT actor, event FROM reservation_events WHERE event = 'released'"
    )
    assert [tuple(row) for row in actors] == [("admin:admin", "released")]
    assert (await client.delete(f"/api/v1/admin/feeds/{feed['id']}", headers=headers)).status == 404


@pytest.mark.parametrize(
    "body",
    [
        {"source": "expedia", "url": "https://example.com/a.ics"},
        {"source": "airbnb", "url": "ftp://example.com/a.ics"},
        {"source": "airbnb", "url": "file:///etc/passwd"},
        {"source": "airbnb"},
        {"source": "airbnb", "url": "https://example.com/a.ics", "extra": 1},
    ],
)
async def test_a_bad_feed_body_is_400(client, settings, db, body):
    cabin = await add_cabin(db)
    response = await client.post(
        f"/api/v1/admin/accommodations/{cabin}/feeds", json=body, headers=admin(settings)
    )
    assert response.status == 400
    assert (await response.json())["error"] == "invalid_body"


async def test_webcal_links_are_stored_as_https(client, settings, db):
    cabin = await add_cabin(db)
    response = await client.post(
        f"/api/v1/admin/accommodations/{cabin}/feeds",
        json={"source": "other", "url": "webcal://calendar.google.com/calendar/ical/x/basic.ics"},
        headers=admin(settings),
    )
    assert (await response.json())["url"] == "https://calendar.google.com/calendar/ical/x/basic.ics"


async def test_feeds_of_an_unknown_cabin_are_404(client, settings):
    headers = admin(settings)
    path = "/api/v1/admin/accommodations/424242/feeds"
    assert (await client.get(path, headers=headers)).status == 404
    body = {"source": "airbnb", "url": "https://www.airbnb.com/calendar/ical/1.ics"}
    assert (await client.post(path, json=body, headers=headers)).status == 404
    assert (
        await client.patch("/api/v1/admin/feeds/9", json={"active": False}, headers=headers)
    ).status == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/v1/ical/sync"),
        ("GET", "/api/v1/admin/accommodations/1/feeds"),
        ("POST", "/api/v1/admin/accommodations/1/feeds"),
        ("PATCH", "/api/v1/admin/feeds/1"),
        ("DELETE", "/api/v1/admin/feeds/1"),
        ("GET", "/api/v1/admin/conflicts"),
        ("POST", "/api/v1/admin/conflicts/1/resolve"),
    ],
)
async def test_admin_routes_need_a_token(client, method, path):
    response = await client.request(method, path, json={})
    assert response.status == 401


async def test_conflicts_are_listed_and_resolved(client, settings, db, host):
    today = today_in(settings)
    headers = admin(settings)
    cabin = await add_cabin(db)
    stay = await add_stay(
        db, cabin, today + dt.timedelta(days=11), today + dt.timedelta(days=12), code="CAB-7KQ2"
    )
    await add_feed(db, cabin, "airbnb", host.put_fixture("a.ics", "airbnb.ics"))
    await client.post("/api/v1/ical/sync", headers=headers)

    listed = await (await client.get("/api/v1/admin/conflicts", headers=headers)).json()
    [conflict] = listed["items"]
    assert conflict["source"] == "airbnb" and conflict["summary"] == "Reserved"
    assert conflict["reservation"] == {"id": stay, "code": "CAB-7KQ2", "channel": "whatsapp"}
    assert conflict["check_in"] == (today + dt.timedelta(days=10)).isoformat()
    assert conflict["resolved_at"] is None

    path = f"/api/v1/admin/conflicts/{conflict['id']}/resolve"
    assert (await client.post(path, json={"resolution": ""}, headers=headers)).status == 400
    resolved = await client.post(
        path, json={"resolution": "Guest moved to Cabaña del Bosque"}, headers=headers
    )
    assert resolved.status == 200
    body = await resolved.json()
    assert body["resolved_at"] and body["resolution"] == "Guest moved to Cabaña del Bosque"
    assert (await client.post(path, json={"resolution": "again"}, headers=headers)).status == 409
    missing = "/api/v1/admin/conflicts/999999/resolve"
    assert (await client.post(missing, json={"resolution": "x"}, headers=headers)).status == 404

    assert (await (await client.get("/api/v1/admin/conflicts", headers=headers)).json()) == {
        "items": []
    }
    every = await (await client.get("/api/v1/admin/conflicts?status=all", headers=headers)).json()
    assert [c["id"] for c in every["items"]] == [conflict["id"]]
    health = await (await client.get("/api/v1/healthz")).json()
    assert health["status"] == "healthy"


async def test_ids_past_bigint_are_404_not_500(client, settings, db):
    """No row can have such an id; asyncpg would refuse to send it."""
    big, headers = "99999999999999999999", admin(settings)
    for method, path in (
        ("GET", f"/api/v1/ical/{big}.ics?token=x"),
        ("GET", f"/api/v1/admin/accommodations/{big}/feeds"),
        ("DELETE", f"/api/v1/admin/feeds/{big}"),
    ):
        response = await client.request(method, path, headers=headers)
        assert response.status == 404, path
    listed = await client.get(f"/api/v1/admin/conflicts?accommodation_id={big}", headers=headers)
    assert listed.status == 400
