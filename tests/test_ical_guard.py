"""The SSRF guard: loopback and private feeds are refused unless ICAL_ALLOW_PRIVATE_URLS."""

from __future__ import annotations

import pytest

from app import create_app
from sync.errors import FeedRefused
from sync.guard import check_url, public_address
from tests.conftest import make_settings
from tests.fakes.ical_host import IcalHost
from tests.ical_support import add_cabin, add_feed, admin, today_in


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("::1", False),
        ("10.0.0.8", False),
        ("172.16.4.4", False),
        ("192.168.1.10", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("fc00::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
        ("240.0.0.1", False),
        ("54.230.10.20", True),
        ("2a03:2880:f10c:83:face:b00c:0:25de", True),
    ],
)
def test_public_address(address, public):
    assert public_address(address) is public


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/a.ics",
        "http://localhost/a.ics",
        "http://[::1]/a.ics",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/a.ics",
        "ftp://example.com/a.ics",
        "file:///etc/passwd",
        "gopher://example.com/",
        "http:///nohost",
    ],
)
async def test_check_url_refuses(url):
    with pytest.raises(FeedRefused):
        await check_url(url, allow_private=False)


async def test_check_url_allows_private_when_told_but_never_other_schemes():
    await check_url("http://127.0.0.1:8080/a.ics", allow_private=True)
    with pytest.raises(FeedRefused):
        await check_url("file:///etc/passwd", allow_private=True)


@pytest.mark.parametrize("hostname", ["127.0.0.1", "localhost"])
async def test_a_loopback_feed_is_refused_without_the_setting(
    aiohttp_client, database_url, redis_url, db, hostname
):
    settings = make_settings(
        database_url=database_url, redis_url=redis_url, ical_allow_private_urls=False
    )
    host = await IcalHost(today_in(settings)).start()
    try:
        client = await aiohttp_client(create_app(settings))
        cabin = await add_cabin(db)
        url = host.put_fixture("a.ics", "airbnb.ics").replace("127.0.0.1", hostname)
        feed = await add_feed(db, cabin, "airbnb", url)

        response = await client.post("/api/v1/ical/sync", headers=admin(settings))

        [result] = (await response.json())["results"]
        assert result["result"] == "error" and result["error"].startswith("refused")
        assert host.seen == []  # not even one request reached the loopback server
        assert await db.fetchval("SELECT count(*) FROM reservations") == 0
        error = await db.fetchval("SELECT last_error FROM ical_feeds WHERE id = $1", feed)
        assert error.startswith("refused")

        # The admin API refuses such a URL up front.
        created = await client.post(
            f"/api/v1/admin/accommodations/{cabin}/feeds",
            json={"source": "other", "url": "http://127.0.0.1:9/x.ics"},
            headers=admin(settings),
        )
        assert created.status == 400
    finally:
        await host.close()


async def test_redirects_are_followed_and_checked_again(aiohttp_client, settings, db):
    host = await IcalHost(today_in(settings)).start()
    try:
        client = await aiohttp_client(create_app(settings))
        cabin = await add_cabin(db)
        target = host.put_fixture("a.ics", "airbnb.ics")
        await add_feed(db, cabin, "airbnb", host.redirect("moved", target))
        await add_feed(db, cabin, "other", host.redirect("evil", "file:///etc/passwd"))

        response = await client.post("/api/v1/ical/sync", headers=admin(settings))

        results = {r["source"]: r for r in (await response.json())["results"]}
        assert results["airbnb"]["result"] == "ok" and results["airbnb"]["imported"] == 3
        assert results["other"]["result"] == "error"
        assert results["other"]["error"].startswith("refused")
    finally:
        await host.close()
