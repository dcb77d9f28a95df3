"""Which cabins are free for a stay, at what price, and what else to offer.

Taken means overlapping a `pre_reserved` or `confirmed` stay, the same rule
the EXCLUDE constraint enforces; a hold past its expiry still counts until
the expiry job releases it, so we never offer nights that a hold would be
refused for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

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
    cabins, busy = await _fitting_and_busy(
        pool,
        guests,
        stay.check_in - dt.timedelta(days=ALTERNATIVES_WINDOW_DAYS),
        stay.check_out + dt.timedelta(days=ALTERNATIVES_WINDOW_DAYS),
    )
    if not cabins or limit <= 0:
        return []
    candidates = (stay.shifted(days) for days in _shifts(ALTERNATIVES_WINDOW_DAYS))
    return _cheapest_of_the_first(rules, cabins, busy, candidates, guests, limit)


def _cheapest_of_the_first(
    rules: BookingRules,
    cabins: list[Cabin],
    busy: dict[int, list[Stay]],
    candidates: Iterable[Stay],
    guests: int,
    limit: int,
) -> list[Quote]:
    """The first `limit` of `candidates` (in their order) that some cabin has free and that
    do not start before today, each with its cheapest free cabin."""
    today = rules.today()
    found: list[Quote] = []
    for candidate in candidates:
        if candidate.check_in < today:
            continue
        if free := _free_quotes(rules, cabins, busy, candidate, guests):
            found.append(free[0])
            if len(found) == limit:
                break
    return found


async def stays_within(
    pool: asyncpg.Pool, rules: BookingRules, window: Stay, nights: int, guests: int
) -> list[Quote]:
    """Each fitting cabin's first free stay of `nights` inside `window` (arriving on or
    after its first day, leaving on or before its last): "entre el 10 y el 20, 3 noches".
    Earliest first, then cheapest; at most one per cabin. Two queries, as
    `suggest_alternatives`."""
    first, last = max(window.check_in, rules.today()), window.check_out - dt.timedelta(days=nights)
    if nights < 1 or last < first:
        return []
    cabins, busy = await _fitting_and_busy(pool, guests, first, window.check_out)
    found: dict[int, Quote] = {}
    arrival = first
    while arrival <= last and len(found) < len(cabins):
        candidate = Stay(arrival, arrival + dt.timedelta(days=nights))
        for quote in _free_quotes(rules, cabins, busy, candidate, guests):
            found.setdefault(quote.cabin.id, quote)
        arrival += dt.timedelta(days=1)
    return list(found.values())  # by arrival, and cheapest first on each day


async def stays_near(
    pool: asyncpg.Pool, rules: BookingRules, window: Stay, nights: int, guests: int, limit: int = 3
) -> list[Quote]:
    """With nothing free inside `window` (`stays_within`), the stays of `nights` nearest
    to it outside, nearest first (later before earlier, as `suggest_alternatives`),
    one per stay: its cheapest cabin."""
    reach = dt.timedelta(days=ALTERNATIVES_WINDOW_DAYS)
    cabins, busy = await _fitting_and_busy(
        pool, guests, window.check_in - reach, window.check_out + reach
    )
    if not cabins:
        return []
    return _cheapest_of_the_first(rules, cabins, busy, _outside(window, nights), guests, limit)


def _outside(window: Stay, nights: int) -> Iterator[Stay]:
    """Stays of `nights` just outside `window`, nearest first: leaving it, then before it."""
    length = dt.timedelta(days=nights)
    for days in range(ALTERNATIVES_WINDOW_DAYS):
        shift = dt.timedelta(days=days)
        yield Stay(window.check_out + shift, window.check_out + shift + length)
        yield Stay(window.check_in - shift - length, window.check_in - shift)


async def _fitting_and_busy(
    pool: asyncpg.Pool, guests: int, start: dt.date, end: dt.date
) -> tuple[list[Cabin], dict[int, list[Stay]]]:
    """The active cabins that sleep `guests`, and each one's taken stays between two days."""
    rows = await pool.fetch(Q["cabins"], True)
    cabins = [c for c in (cabin_from_row(row) for row in rows) if c.capacity >= guests]
    if not cabins:
        return [], {}
    busy_rows = await pool.fetch(Q["busy_periods"], [c.id for c in cabins], start, end)
    busy: dict[int, list[Stay]] = {}
    for row in busy_rows:
        busy.setdefault(row["accommodation_id"], []).append(Stay(row["check_in"], row["check_out"]))
    return cabins, busy


def _free_quotes(
    rules: BookingRules,
    cabins: list[Cabin],
    busy: dict[int, list[Stay]],
    stay: Stay,
    guests: int,
) -> list[Quote]:
    """The quotes of the cabins that fit and have nothing taken in `stay`, cheapest first."""
    return _cheapest_first(
        [
            quote_stay(cabin, stay, rules.deposit_percent)
            for cabin in cabins
            if _fits(cabin, stay, guests)
            and not any(stay.overlaps(taken) for taken in busy.get(cabin.id, ()))
        ]
    )
