"""The admin HTTP API through create_app: tokens, blocks, listing, cancelling, cabins."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import jwt
import pytest

from app import create_app
from booking import jobs
from booking.holds import create_block, place_hold
from booking.models import Guest
from health.auth import mint_admin_token
from tests.booking_support import GUEST, RULES, make_cabin, make_due, monday_after, stay
from tests.conftest import make_settings

ADMIN_ROUTES = [
    ("GET", "/api/v1/reservations"),
    ("GET", "/api/v1/reservations/CAB-AAAA"),
    ("POST", "/api/v1/reservations/CAB-AAAA/cancel"),
    ("POST", "/api/v1/admin/blocks"),
    ("GET", "/api/v1/admin/accommodations"),
    ("POST", "/api/v1/admin/accommodations"),
    ("GET", "/api/v1/admin/accommodations/1"),
    ("PATCH", "/api/v1/admin/accommodations/1"),
]


@pytest.fixture
async def client(aiohttp_client, settings):
    return await aiohttp_client(create_app(settings))


@pytest.fixture
def auth(settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {mint_admin_token(settings.jwt_secret, 'owner')}"}


@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES)
async def test_admin_routes_refuse_requests_without_a_valid_token(client, settings, method, path):
    expired = mint_admin_token(settings.jwt_secret, ttl_seconds=-60)
    forged = mint_admin_token("another-secret-" + "y" * 32)
    for headers in (
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic b3duZXI6MTIz"},
        {"Authorization": f"Bearer {expired}"},
        {"Authorization": f"Bearer {forged}"},
    ):
        response = await client.request(method, path, headers=headers, json={})
        assert response.status == 401, headers
        assert (await response.json())["error"] in {
            "missing_token",
            "invalid_token",
            "token_expired",
        }


@pytest.mark.parametrize(("method", "path"), ADMIN_ROUTES)
async def test_admin_routes_forbid_a_valid_token_without_the_admin_role(
    client, settings, db, method, path
):
    """Signed with our secret and unexpired, but not an admin's: who it is is known,
    what it asks is not allowed (403, not 401), and nothing changes."""
    now = int(time.time())
    guest = jwt.encode(
        {"sub": "guest", "role": "viewer", "iat": now, "exp": now + 600},
        settings.jwt_secret,
        algorithm="HS256",
    )
    before = await db.fetchval("SELECT count(*) FROM reservations")
    response = await client.request(
        method, path, headers={"Authorization": f"Bearer {guest}"}, json={}
    )
    assert response.status == 403
    assert (await response.json())["error"] == "forbidden"
    assert await db.fetchval("SELECT count(*) FROM reservations") == before


# ------------------------------------------------------------------ blocks


async def test_owner_block_201_then_409_when_taken(client, auth, db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    body = {
        "accommodation_id": cabin.id,
        "check_in": start.isoformat(),
        "check_out": (start + dt.timedelta(days=3)).isoformat(),
        "reason": "Uso propio",
    }
    response = await client.post("/api/v1/admin/blocks", json=body, headers=auth)
    assert response.status == 201
    code = (await response.json())["code"]
    one = await (await client.get(f"/api/v1/reservations/{code}", headers=auth)).json()
    assert (one["status"], one["channel"], one["notes"]) == ("confirmed", "owner", "Uso propio")
    assert [(e["event"], e["actor"]) for e in one["events"]] == [("blocked", "admin:owner")]

    again = await client.post("/api/v1/admin/blocks", json=body, headers=auth)
    assert again.status == 409
    assert (await again.json())["error"] == "dates_unavailable"

    held = await place_hold(db, RULES, cabin.id, stay(start, 2, offset=10), GUEST, 2)
    over_hold = {
        **body,
        "check_in": held.check_in.isoformat(),
        "check_out": held.check_out.isoformat(),
    }
    assert (await client.post("/api/v1/admin/blocks", json=over_hold, headers=auth)).status == 409


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"check_out": "2020-01-01"}, "check_out must be after check_in"),
        ({"check_in": "mañana"}, "check_in"),
        ({"reason": ""}, "reason"),
        ({"accommodation_id": None}, "accommodation_id"),
        ({"color": "rojo"}, "color"),
    ],
)
async def test_block_body_is_validated(client, auth, db, change, field):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    body = {
        "accommodation_id": cabin.id,
        "check_in": start.isoformat(),
        "check_out": (start + dt.timedelta(days=3)).isoformat(),
        "reason": "x",
        **change,
    }
    response = await client.post("/api/v1/admin/blocks", json=body, headers=auth)
    assert response.status == 400
    payload = await response.json()
    assert payload["error"] == "invalid_body" and field in payload["detail"]


async def test_block_unknown_cabin_past_dates_and_bad_json(client, auth):
    start = monday_after(30)
    body = {
        "accommodation_id": 99,
        "check_in": str(start),
        "check_out": str(start + dt.timedelta(days=1)),
        "reason": "x",
    }
    assert (await client.post("/api/v1/admin/blocks", json=body, headers=auth)).status == 404
    bad = await client.post("/api/v1/admin/blocks", data="{not json", headers=auth)
    assert bad.status == 400 and (await bad.json())["error"] == "invalid_json"


# ------------------------------------------------------------------ reservations


async def _codes(client, auth, **params) -> list[str]:
    response = await client.get("/api/v1/reservations", params=params, headers=auth)
    assert response.status == 200, await response.text()
    return [item["code"] for item in (await response.json())["items"]]


async def test_list_pages_are_stable_while_rows_come_and_go(client, auth, db):
    a = await make_cabin(db, "a")
    b = await make_cabin(db, "b")
    start = monday_after(30)
    made = []
    for i in range(23):  # several stays share a check-in day: the id breaks the tie
        cabin = a if i % 2 else b
        block = await create_block(db, RULES, cabin.id, stay(start, 1, offset=i // 2 * 2), "x", "t")
        made.append(block)
    expected = [r.code for r in sorted(made, key=lambda r: (r.check_in, r.id))]

    seen: list[str] = []
    cursor = None
    page_number = 0
    while True:
        params = {"limit": "5", **({"cursor": cursor} if cursor else {})}
        response = await client.get("/api/v1/reservations", params=params, headers=auth)
        body = await response.json()
        # Asking for the same page twice gives the same page.
        twice = await (await client.get("/api/v1/reservations", params=params, headers=auth)).json()
        assert twice == body
        for item in body["items"]:
            for key in ("code", "accommodation_id", "check_in", "check_out", "status", "channel",
                        "guests", "total_cents", "deposit_cents"):  # fmt: skip
                assert key in item
        seen.extend(item["code"] for item in body["items"])
        page_number += 1
        if page_number == 1:
            # Meanwhile: a stay before the cursor, one after it, and a cancellation.
            await place_hold(db, RULES, a.id, stay(start, 1, offset=-1), Guest(None, "5491"), 1)
            late = await place_hold(
                db, RULES, a.id, stay(start, 1, offset=40), Guest(None, "5492"), 1
            )
            await client.post(
                f"/api/v1/reservations/{expected[-1]}/cancel", json={"reason": "x"}, headers=auth
            )
        cursor = body["next"]
        if cursor is None:
            break
    assert seen == [*expected, late.code]
    assert page_number == 5


async def test_list_filters(client, auth, db):
    a = await make_cabin(db, "a")
    b = await make_cabin(db, "b")
    start = monday_after(30)
    hold_a = await place_hold(db, RULES, a.id, stay(start, 2), GUEST, 2)
    block_a = await create_block(db, RULES, a.id, stay(start, 2, offset=10), "x", "t")
    hold_b = await place_hold(db, RULES, b.id, stay(start, 2, offset=20), GUEST, 2)
    assert await _codes(client, auth, accommodation_id=str(a.id)) == [hold_a.code, block_a.code]
    assert await _codes(client, auth, status="pre_reserved") == [hold_a.code, hold_b.code]
    assert await _codes(client, auth, status="confirmed,pre_reserved", channel="owner") == [
        block_a.code
    ]
    # from/to select stays overlapping [from, to).
    window = {"from": str(start + dt.timedelta(days=1)), "to": str(start + dt.timedelta(days=10))}
    assert await _codes(client, auth, **window) == [hold_a.code]
    assert await _codes(client, auth, **{"from": str(start + dt.timedelta(days=2))}) == [
        block_a.code,
        hold_b.code,
    ]
    bad_queries = [
        {"status": "paid"},
        {"channel": "fax"},
        {"from": "ayer"},
        {"limit": "0"},
        {"limit": "500"},
        {"accommodation_id": "x"},
        {"cursor": "not-a-cursor"},
    ]
    for bad in bad_queries:
        response = await client.get("/api/v1/reservations", params=bad, headers=auth)
        assert response.status == 400, bad
        assert (await response.json())["detail"]
    unknown = await client.get(
        "/api/v1/reservations", params={"accommodation_id": str(b.id + 100)}, headers=auth
    )
    assert unknown.status == 404 and (await unknown.json())["error"] == "not_found"


async def test_get_one_reservation_with_its_history(client, auth, db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    response = await client.get(f"/api/v1/reservations/{hold.code}", headers=auth)
    body = await response.json()
    assert body["code"] == hold.code and body["status"] == "pre_reserved"
    assert body["guest_phone"] == GUEST.phone and body["total_cents"] == hold.total_cents
    assert [e["event"] for e in body["events"]] == ["held"]
    missing = await client.get("/api/v1/reservations/CAB-ZZZZ", headers=auth)
    assert missing.status == 404 and (await missing.json())["error"] == "not_found"


async def test_cancel_through_the_api(client, auth, db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    path = f"/api/v1/reservations/{hold.code}/cancel"
    assert (await client.post(path, json={}, headers=auth)).status == 400
    response = await client.post(path, json={"reason": "pidió cancelar por teléfono"}, headers=auth)
    assert response.status == 200 and (await response.json())["status"] == "cancelled"
    again = await client.post(path, json={"reason": "otra vez"}, headers=auth)
    assert again.status == 409 and (await again.json())["error"] == "invalid_transition"
    unknown = await client.post(
        "/api/v1/reservations/CAB-ZZZZ/cancel", json={"reason": "x"}, headers=auth
    )
    assert unknown.status == 404
    history = (await (await client.get(f"/api/v1/reservations/{hold.code}", headers=auth)).json())[
        "events"
    ]
    assert (
        history[-1]["actor"] == "admin:owner"
        and history[-1]["reason"] == "pidió cancelar por teléfono"
    )


# ------------------------------------------------------------------ accommodations

NEW_CABIN = {
    "slug": "refugio-arrayanes",
    "name": "Refugio Los Arrayanes",
    "capacity": 5,
    "base_price_cents": 110_000_00,
    "weekend_price_cents": 130_000_00,
    "min_nights": 2,
    "check_in_time": "15:00",
    "check_out_time": "11:00",
    "amenities": ["wifi", "parrilla"],
    "house_rules": {"pets": "No se aceptan mascotas", "wifi": "Clave en la heladera"},
    "seasons": [
        {
            "name": "Verano",
            "starts_on": "2027-01-02",
            "ends_on": "2027-03-01",
            "nightly_price_cents": 160_000_00,
            "min_nights": 4,
        }
    ],
}


async def test_create_list_get_and_patch_an_accommodation(client, auth, settings):
    created = await client.post("/api/v1/admin/accommodations", json=NEW_CABIN, headers=auth)
    assert created.status == 201, await created.text()
    cabin = await created.json()
    assert cabin["slug"] == "refugio-arrayanes" and cabin["check_in_time"] == "15:00"
    assert cabin["house_rules"]["pets"] == "No se aceptan mascotas"
    assert [(s["name"], s["min_nights"]) for s in cabin["seasons"]] == [("Verano", 4)]
    assert cabin["ical_export_url"].startswith(
        f"{settings.public_base_url}/api/v1/ical/{cabin['id']}.ics?token="
    )
    path = f"/api/v1/admin/accommodations/{cabin['id']}"
    listed = await (await client.get("/api/v1/admin/accommodations", headers=auth)).json()
    assert [c["id"] for c in listed["items"]] == [cabin["id"]]
    assert await (await client.get(path, headers=auth)).json() == cabin

    patch = {
        "base_price_cents": 120_000_00,
        "house_rules": {"pets": "Sí, con aviso"},
        "seasons": [
            {
                "name": "Invierno",
                "starts_on": "2027-07-10",
                "ends_on": "2027-08-01",
                "nightly_price_cents": 150_000_00,
            }
        ],
        "active": False,
    }
    patched = await client.patch(path, json=patch, headers=auth)
    assert patched.status == 200, await patched.text()
    after = await (await client.get(path, headers=auth)).json()
    assert after["base_price_cents"] == 120_000_00
    assert after["weekend_price_cents"] == 130_000_00  # untouched
    assert after["house_rules"] == {"pets": "Sí, con aviso"}
    assert [s["name"] for s in after["seasons"]] == ["Invierno"]
    assert after["active"] is False
    # Only the sent fields change; no seasons key keeps the seasons.
    await client.patch(path, json={"name": "Refugio"}, headers=auth)
    assert [
        s["name"] for s in (await (await client.get(path, headers=auth)).json())["seasons"]
    ] == ["Invierno"]


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({**NEW_CABIN, "capacity": 0}, 400, "capacity"),
        ({**NEW_CABIN, "slug": "Con Espacios"}, 400, "slug"),
        ({**NEW_CABIN, "base_price_cents": -1}, 400, "base_price_cents"),
        ({**NEW_CABIN, "jacuzzi": True}, 400, "jacuzzi"),
        ({k: v for k, v in NEW_CABIN.items() if k != "name"}, 400, "name"),
        (
            {**NEW_CABIN, "seasons": NEW_CABIN["seasons"] * 2},
            400,
            "overlap",
        ),
        (
            {**NEW_CABIN, "seasons": [{**NEW_CABIN["seasons"][0], "ends_on": "2027-01-01"}]},
            400,
            "ends_on must be after starts_on",
        ),
    ],
)
async def test_accommodation_body_is_validated(client, auth, body, status, detail):
    response = await client.post("/api/v1/admin/accommodations", json=body, headers=auth)
    assert response.status == status
    assert detail in (await response.json())["detail"]


async def test_accommodation_conflicts_and_unknowns(client, auth, db):
    existing = await make_cabin(db, "refugio-arrayanes")
    taken = await client.post("/api/v1/admin/accommodations", json=NEW_CABIN, headers=auth)
    assert taken.status == 409 and "slug" in (await taken.json())["detail"]
    other = await make_cabin(db, "otra")
    clash = await client.patch(
        f"/api/v1/admin/accommodations/{other.id}", json={"slug": existing.slug}, headers=auth
    )
    assert clash.status == 409
    nulls = await client.patch(
        f"/api/v1/admin/accommodations/{other.id}", json={"name": None}, headers=auth
    )
    assert nulls.status == 400 and "name" in (await nulls.json())["detail"]
    for path in ("/api/v1/admin/accommodations/999", "/api/v1/admin/accommodations/abc",
                 "/api/v1/admin/accommodations/99999999999999999999"):  # fmt: skip
        assert (await client.get(path, headers=auth)).status == 404, path
    missing = await client.patch(
        "/api/v1/admin/accommodations/999", json={"name": "x"}, headers=auth
    )
    assert missing.status == 404


# ------------------------------------------------------------------ jobs wired into the app


async def test_the_app_runs_the_expiry_job(aiohttp_client, database_url, redis_url, db):
    settings = make_settings(
        database_url=database_url, redis_url=redis_url, job_expire_interval_seconds=1
    )
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    await make_due(db, hold.code)
    await aiohttp_client(create_app(settings))
    for _ in range(100):  # up to 10 s; the first round runs at start-up
        status = await db.fetchval(
            "SELECT reservation_status FROM reservations WHERE code = $1", hold.code
        )
        if status == "expired":
            break
        await asyncio.sleep(0.1)
    assert status == "expired"


async def test_reservation_metrics_are_exported_from_the_start(client):
    text = await (await client.get("/metrics")).text()
    for event in (
        "held",
        "confirmed",
        "retaken",
        "needs_refund",
        "cancelled",
        "expired",
        "blocked",
    ):
        assert f'reservations_total{{event="{event}"}}' in text


async def test_the_expiry_job_wakes_when_the_next_hold_falls_due(
    aiohttp_client, database_url, redis_url, db
):
    # An hour between rounds: only the wake-up at the due time can expire the hold
    # and remind the other in time. Both are placed before start-up, so the first
    # round (at start) finds them not yet due (5 s ahead: on a loaded machine the start-up
    # can take over 2 s, and the hold would lapse before the first look).
    settings = make_settings(
        database_url=database_url, redis_url=redis_url, job_expire_interval_seconds=3600
    )
    cabin, other = await make_cabin(db, "a"), await make_cabin(db, "b")
    lapsing = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    reminded = await place_hold(db, RULES, other.id, stay(monday_after(30), 2), GUEST, 2)
    await db.execute(
        "UPDATE reservations SET expires_at = now() + interval '5 seconds' WHERE code = $1",
        lapsing.code,
    )
    await db.execute(
        """UPDATE reservations
           SET expires_at = now() + make_interval(mins => $2) + interval '5 seconds'
           WHERE code = $1""",
        reminded.code,
        RULES.reminder_minutes,
    )
    await aiohttp_client(create_app(settings))
    query = "SELECT reservation_status, reminded_at IS NOT NULL FROM reservations WHERE code = $1"
    assert tuple(await db.fetchrow(query, lapsing.code)) == ("pre_reserved", False)
    for _ in range(150):  # up to 15 s
        expired = (await db.fetchrow(query, lapsing.code))[0] == "expired"
        was_reminded = (await db.fetchrow(query, reminded.code))[1]
        if expired and was_reminded:
            break
        await asyncio.sleep(0.1)
    assert expired and was_reminded


def test_the_expiry_job_never_waits_longer_than_its_interval_nor_spins():
    assert jobs.next_wait(60, None) == 60  # no holds
    assert jobs.next_wait(60, 500.0) == 60
    assert jobs.next_wait(60, 2.0) == pytest.approx(2.0 + jobs.DUE_MARGIN_SECONDS)
    # Due already (a hold a payment has locked): a second, not a busy loop.
    assert jobs.next_wait(60, -5.0) == jobs.MIN_WAIT_SECONDS
