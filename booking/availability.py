"""Which cabins are free for a stay, at what price, and what else to offer.

Taken means overlapping a `pre_reserved` or `confirmed` stay, the same rule
the EXCLUDE constraint enforces; a hold past its expiry still counts until
the expiry job releases it, so we never offer nights that a hold would be
refused for.
"""

from __future__ import annotations

import datetime as dt

import asyncpg

from booking.errors import InvalidStay
from booking.models import BookingRules, Cabin, Quote, Stay
from booking.pricing import min_nights_for, quote_stay
from booking.repo import Q, cabin_from_row

# How far (in days, each way) suggest_alternatives looks for shifted dates.
ALTERNATIVES_WINDOW_DAYS = 21


def validate_stay(rules: BookingRules, stay: Stay) -> None:
    """Rules every cabin shares: a real range, not in the past, not too long."""
    if stay.check_out <= stay.check_in:
        raise InvalidStay("bad_range", "check-out must be after check-in")
    if stay.check_in < rules.today():
        raise InvalidStay("past", "check-in is in the past")
    if stay.nights > rules.max_stay_nights:
        raise InvalidStay(
            "too_long",
            f"stays are at most {rules.max_stay_nights} nights",
            max_nights=rules.max_stay_nights,
        )


def check_fit(cabin: Cabin, stay: Stay, guests: int) -> None:
    """Rules of one cabin: bookable, sleeps everyone, long enough for its minimum."""
    if not cabin.active:
        raise InvalidStay("inactive", f"{cabin.name} is not taking bookings")
    if guests < 1:
        raise InvalidStay("guests", "at least one guest")
    if guests > cabin.capacity:
        raise InvalidStay(
            "capacity", f"{cabin.name} sleeps at most {cabin.capacity}", capacity=cabin.capacity
        )
    required = min_nights_for(cabin, stay)
    if stay.nights < required:
        raise InvalidStay(
            "min_nights", f"{cabin.name} needs at least {required} nights", min_nights=required
        )


def _fits(cabin: Cabin, stay: Stay, guests: int) -> bool:
    try:
        check_fit(cabin, stay, guests)
    except InvalidStay:
        return False
    return True


def _cheapest_first(quotes: list[Quote]) -> list[Quote]:
    return sorted(quotes, key=lambda q: (q.total_cents, q.cabin.capacity, q.cabin.id))


async def find_available(
    pool: asyncpg.Pool, rules: BookingRules, stay: Stay, guests: int
) -> list[Quote]:
    """Free cabins that fit, with their quotes, cheapest first.

    InvalidStay ("bad_range", "past", "too_long") when no cabin could take
    the stay; cabins too small or with a longer minimum are just left out.
    """
    validate_stay(rules, stay)
    rows = await pool.fetch(Q["free_cabins"], stay.check_in, stay.check_out, max(guests, 1))
    cabins = [cabin_from_row(row) for row in rows]
    quotes = [
        quote_stay(cabin, stay, rules.deposit_percent)
        for cabin in cabins
        if _fits(cabin, stay, guests)
    ]
    return _cheapest_first(quotes)


async def nights_free(pool: asyncpg.Pool, cabin: Cabin, stay: Stay) -> bool:
    """Nothing booked or held in `cabin` on the nights of `stay`, and the cabin taking
    bookings. No stay rule is checked: an extra night next to a stay the guest already has
    is never a stay of its own (a minimum of nights does not apply to it)."""
    if not cabin.active:
        return False
    busy = await pool.fetch(Q["busy_periods"], [cabin.id], stay.check_in, stay.check_out)
    return not busy


def _shifts(window: int) -> list[int]:
    """0, 1, -1, 2, -2, ...: the same dates first (another cabin), then nearest, later first."""
    return [0, *(sign * days for days in range(1, window + 1) for sign in (1, -1))]


async def suggest_alternatives(
    pool: asyncpg.Pool, rules: BookingRules, stay: Stay, guests: int, limit: int = 3
) -> list[Quote]:
    """The nearest stays of the same length that some fitting cabin has free.

    The same dates come first (when the cabin the guest chose was just taken,
    another one may be free), then shifted dates, nearest first. One quote per
    stay (its cheapest cabin), so the bot offers different dates rather than
    three cabins for one date.
    Two queries whatever the window: the cabins, then their busy periods.
    """
    if stay.check_out <= stay.check_in:
        raise InvalidStay("bad_range", "check-out must be after check-in")
    if stay.nights > rules.max_stay_nights:
        raise InvalidStay(
            "too_long",
            f"stays are at most {rules.max_stay_nights} nights",
            max_nights=rules.max_stay_nights,
        )
    rows = await pool.fetch(Q["cabins"], True)
    cabins = [c for c in (cabin_from_row(row) for row in rows) if c.capacity >= guests]
    if not cabins or limit <= 0:
        return []
    window = dt.timedelta(days=ALTERNATIVES_WINDOW_DAYS)
    busy_rows = await pool.fetch(
        Q["busy_periods"],
        [c.id for c in cabins],
        stay.check_in - window,
        stay.check_out + window,
    )
    busy: dict[int, list[Stay]] = {}
    for row in busy_rows:
        busy.setdefault(row["accommodation_id"], []).append(Stay(row["check_in"], row["check_out"]))

    today = rules.today()
    found: list[Quote] = []
    for days in _shifts(ALTERNATIVES_WINDOW_DAYS):
        candidate = stay.shifted(days)
        if candidate.check_in < today:
            continue
        free = [
            quote_stay(cabin, candidate, rules.deposit_percent)
            for cabin in cabins
            if _fits(cabin, candidate, guests)
            and not any(candidate.overlaps(taken) for taken in busy.get(cabin.id, ()))
        ]
        if free:
            found.append(_cheapest_first(free)[0])
            if len(found) == limit:
                break
    return found
