"""Availability on real PostgreSQL: capacity, minimum nights, dates, overlaps, alternatives."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from booking import catalog
from booking.availability import find_available, suggest_alternatives
from booking.errors import CabinNotFound, InvalidStay
from booking.holds import cancel_reservation, create_block, place_hold
from booking.models import SeasonDraft, Stay
from tests.booking_support import GUEST, RULES, make_cabin, monday_after, stay


async def test_capacity_leaves_small_cabins_out(db):
    small = await make_cabin(db, "small", capacity=2)
    big = await make_cabin(db, "big", capacity=6)
    start = monday_after(30)
    assert [q.cabin.id for q in await find_available(db, RULES, stay(start, 2), 2)] == [
        small.id,
        big.id,
    ]
    assert [q.cabin.id for q in await find_available(db, RULES, stay(start, 2), 3)] == [big.id]
    assert [q.cabin.id for q in await find_available(db, RULES, stay(start, 2), 6)] == [big.id]
    assert await find_available(db, RULES, stay(start, 2), 7) == []


async def test_cheapest_first_with_quotes(db):
    dear = await make_cabin(db, "dear", base=150_000_00)
    cheap = await make_cabin(db, "cheap", base=80_000_00)
    quotes = await find_available(db, RULES, stay(monday_after(30), 3), 2)
    assert [q.cabin.id for q in quotes] == [cheap.id, dear.id]
    assert quotes[0].total_cents == 3 * 80_000_00
    assert quotes[0].deposit_cents == 72_000_00
    assert quotes[0].stay == stay(monday_after(30), 3)


async def test_minimum_nights_of_cabin_and_season(db):
    start = monday_after(60)
    season = SeasonDraft("alta", start + dt.timedelta(days=14), start + dt.timedelta(days=28), 1, 4)
    relaxed = await make_cabin(db, "relaxed", min_nights=1)
    strict = await make_cabin(db, "strict", min_nights=3, seasons=(season,))
    ids = lambda quotes: [q.cabin.id for q in quotes]  # noqa: E731
    assert ids(await find_available(db, RULES, stay(start, 2), 2)) == [relaxed.id]
    assert ids(await find_available(db, RULES, stay(start, 3), 2)) == [relaxed.id, strict.id]
    # In the season the strict cabin asks 4 nights; the season price makes it the cheapest.
    assert ids(await find_available(db, RULES, stay(start, 3, offset=14), 2)) == [relaxed.id]
    in_season = await find_available(db, RULES, stay(start, 4, offset=14), 2)
    assert ids(in_season) == [strict.id, relaxed.id]
    assert in_season[0].total_cents == 4


async def test_past_dates_are_refused_and_today_is_fine(db):
    await make_cabin(db, "a")
    today = RULES.today()
    with pytest.raises(InvalidStay) as info:
        await find_available(
            db, RULES, Stay(today - dt.timedelta(days=1), today + dt.timedelta(days=2)), 2
        )
    assert info.value.reason == "past"
    assert len(await find_available(db, RULES, Stay(today, today + dt.timedelta(days=2)), 2)) == 1


async def test_maximum_stay(db):
    await make_cabin(db, "a")
    start = monday_after(10)
    assert len(await find_available(db, RULES, stay(start, 30), 2)) == 1
    with pytest.raises(InvalidStay) as info:
        await find_available(db, RULES, stay(start, 31), 2)
    assert info.value.reason == "too_long" and info.value.max_nights == 30
    short = dataclasses.replace(RULES, max_stay_nights=7)
    with pytest.raises(InvalidStay):
        await find_available(db, short, stay(start, 8), 2)


@pytest.mark.parametrize("nights", [0, -2])
async def test_check_out_must_follow_check_in(db, nights):
    start = monday_after(10)
    with pytest.raises(InvalidStay) as info:
        await find_available(db, RULES, Stay(start, start + dt.timedelta(days=nights)), 2)
    assert info.value.reason == "bad_range"


async def test_back_to_back_stays_share_the_changeover_day(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    await place_hold(db, RULES, cabin.id, stay(start, 5, offset=5), GUEST, 2)  # nights 5..9
    free = lambda s: find_available(db, RULES, s, 2)  # noqa: E731
    assert len(await free(stay(start, 5))) == 1  # leaves the morning the other arrives
    assert len(await free(stay(start, 3, offset=10))) == 1  # arrives the morning the other leaves
    assert await free(stay(start, 2, offset=9)) == []  # shares night 9
    assert await free(stay(start, 2, offset=4)) == []  # shares night 5
    assert await free(stay(start, 1, offset=7)) == []  # inside
    assert await free(stay(start, 20)) == []  # around


async def test_holds_and_confirmed_block_but_cancelled_and_expired_do_not(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 3), GUEST, 2)
    assert await find_available(db, RULES, stay(start, 3), 2) == []
    await cancel_reservation(db, hold.code, "changed plans", "guest")
    assert len(await find_available(db, RULES, stay(start, 3), 2)) == 1
    await create_block(db, RULES, cabin.id, stay(start, 3), "painting", "admin:test")
    assert await find_available(db, RULES, stay(start, 3), 2) == []
    await db.execute("UPDATE reservations SET reservation_status = 'expired'")
    assert len(await find_available(db, RULES, stay(start, 3), 2)) == 1


async def test_inactive_cabins_are_not_offered(db):
    await make_cabin(db, "closed", active=False)
    open_ = await make_cabin(db, "open")
    quotes = await find_available(db, RULES, stay(monday_after(30), 2), 2)
    assert [q.cabin.id for q in quotes] == [open_.id]
    assert [c.id for c in await catalog.list_cabins(db)] == [open_.id]
    assert len(await catalog.list_cabins(db, active_only=False)) == 2


async def test_get_cabin_unknown(db):
    with pytest.raises(CabinNotFound):
        await catalog.get_cabin(db, 999)


async def test_catalog_returns_cabins_with_seasons_and_rules(db):
    start = monday_after(30)
    made = await make_cabin(
        db,
        "a",
        seasons=(SeasonDraft("alta", start, start + dt.timedelta(days=7), 200_000_00, 3),),
        house_rules={"pets": "No", "wifi": "Sí, en el living"},
    )
    cabin = await catalog.get_cabin(db, made.id)
    assert cabin == made
    assert cabin.house_rules == {"pets": "No", "wifi": "Sí, en el living"}
    assert cabin.check_in_time == dt.time(14) and cabin.check_out_time == dt.time(10)
    assert [(s.name, s.starts_on, s.nightly_price_cents, s.min_nights) for s in cabin.seasons] == [
        ("alta", start, 200_000_00, 3)
    ]


async def test_alternatives_when_full_are_the_nearest_free_stays(db):
    a = await make_cabin(db, "a", capacity=4)
    b = await make_cabin(db, "b", capacity=4, base=90_000_00)
    await make_cabin(db, "tiny", capacity=2)  # too small for the party: never suggested
    start = monday_after(30)
    wanted = stay(start, 3, offset=7)  # nights 7, 8, 9
    # a: taken nights 5..11; b: taken nights 7..8 and 11..13.
    await create_block(db, RULES, a.id, stay(start, 7, offset=5), "x", "admin:test")
    await create_block(db, RULES, b.id, stay(start, 2, offset=7), "x", "admin:test")
    await create_block(db, RULES, b.id, stay(start, 3, offset=11), "x", "admin:test")
    assert await find_available(db, RULES, wanted, 4) == []

    alternatives = await suggest_alternatives(db, RULES, wanted, 4, limit=3)
    # 3-night windows: b is free for nights 0..6, 9..10 and 14 on; a up to 4 and from 12 on.
    # Nearest first: 4..6 (shift -3) on b, 3..5 (shift -4) on b, 12..14 (shift +5) on a.
    assert [(q.cabin.id, q.stay) for q in alternatives] == [
        (b.id, stay(start, 3, offset=4)),
        (b.id, stay(start, 3, offset=3)),
        (a.id, stay(start, 3, offset=12)),
    ]
    for quote in alternatives:
        assert quote.stay.nights == wanted.nights
        free = await find_available(db, RULES, quote.stay, 4)
        assert quote.cabin.id in [q.cabin.id for q in free]
    assert await place_hold(db, RULES, a.id, alternatives[2].stay, GUEST, 4)


async def test_alternatives_offer_another_cabin_on_the_same_dates_first(db):
    a = await make_cabin(db, "a")
    b = await make_cabin(db, "b")
    wanted = stay(monday_after(30), 2)
    await place_hold(db, RULES, a.id, wanted, GUEST, 2)
    alternatives = await suggest_alternatives(db, RULES, wanted, 2, limit=2)
    assert [(q.cabin.id, q.stay) for q in alternatives] == [
        (b.id, wanted),
        (b.id, wanted.shifted(1)),
    ]


async def test_alternatives_never_in_the_past(db):
    await make_cabin(db, "a")
    today = RULES.today()
    alternatives = await suggest_alternatives(
        db, RULES, Stay(today, today + dt.timedelta(days=2)), 2, limit=5
    )
    assert alternatives and all(q.stay.check_in >= today for q in alternatives)
