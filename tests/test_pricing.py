"""Prices to the centavo: weekdays, weekends, seasons and the deposit's rounding."""

from __future__ import annotations

import datetime as dt

import pytest

from booking.models import Cabin, Season, Stay
from booking.pricing import deposit_for, min_nights_for, night_price, quote_stay

D = dt.date
BASE, WEEKEND, HIGH = 100_000_00, 130_000_00, 180_000_00

# March 2027: Monday 1st. High season: nights of 15–21 March (ends_on 22nd is exclusive).
SEASON = Season(1, "Semana Santa", D(2027, 3, 15), D(2027, 3, 22), HIGH, min_nights=3)


def cabin(seasons: tuple[Season, ...] = (SEASON,), min_nights: int = 2) -> Cabin:
    return Cabin(
        id=1,
        slug="lago",
        name="Cabaña Lago",
        capacity=4,
        base_price_cents=BASE,
        weekend_price_cents=WEEKEND,
        min_nights=min_nights,
        check_in_time=dt.time(14),
        check_out_time=dt.time(10),
        description="",
        address="",
        maps_url="",
        amenities=(),
        house_rules={},
        active=True,
        seasons=seasons,
    )


def test_the_calendar_is_what_the_tables_assume():
    assert D(2027, 3, 1).weekday() == 0  # Monday
    assert D(2027, 3, 5).strftime("%A") == "Friday"


@pytest.mark.parametrize(
    ("check_in", "check_out", "prices"),
    [
        # Monday to Thursday: three weekday nights.
        (D(2027, 3, 1), D(2027, 3, 4), [BASE, BASE, BASE]),
        # Thursday to Sunday: Thursday weekday, Friday and Saturday nights weekend.
        (D(2027, 3, 4), D(2027, 3, 7), [BASE, WEEKEND, WEEKEND]),
        # Sunday night is a weekday night (the guest leaves Monday).
        (D(2027, 3, 7), D(2027, 3, 8), [BASE]),
        # Friday to Monday: two weekend nights and Sunday's weekday night.
        (D(2027, 3, 5), D(2027, 3, 8), [WEEKEND, WEEKEND, BASE]),
        # A whole week: five weekday nights, two weekend nights.
        (D(2027, 3, 1), D(2027, 3, 8), [BASE] * 4 + [WEEKEND] * 2 + [BASE]),
    ],
)
def test_weekday_and_weekend_nights(check_in, check_out, prices):
    quote = quote_stay(cabin(seasons=()), Stay(check_in, check_out), 30)
    assert [price for _, price in quote.per_night] == prices
    assert [night for night, _ in quote.per_night] == [
        check_in + dt.timedelta(days=i) for i in range(len(prices))
    ]
    assert quote.nights == len(prices)
    assert quote.total_cents == sum(prices)


@pytest.mark.parametrize(
    ("check_in", "check_out", "prices"),
    [
        # The night before the season starts is a normal Sunday night.
        (D(2027, 3, 14), D(2027, 3, 15), [BASE]),
        # The season's first night.
        (D(2027, 3, 15), D(2027, 3, 16), [HIGH]),
        # The season's price beats the weekend price on Friday and Saturday.
        (D(2027, 3, 19), D(2027, 3, 21), [HIGH, HIGH]),
        # ends_on is exclusive: the 21st is in, the 22nd is not.
        (D(2027, 3, 21), D(2027, 3, 23), [HIGH, BASE]),
        # A season starting mid-stay: Friday/Saturday weekend, Sunday base, then the season.
        (D(2027, 3, 12), D(2027, 3, 17), [WEEKEND, WEEKEND, BASE, HIGH, HIGH]),
        # A stay straddling the season's end.
        (D(2027, 3, 20), D(2027, 3, 24), [HIGH, HIGH, BASE, BASE]),
    ],
)
def test_season_boundaries(check_in, check_out, prices):
    quote = quote_stay(cabin(), Stay(check_in, check_out), 30)
    assert [price for _, price in quote.per_night] == prices
    assert quote.total_cents == sum(prices)


def test_two_seasons_in_one_stay():
    easter = Season(2, "Pascua", D(2027, 3, 22), D(2027, 3, 29), 150_000_00)
    quote = quote_stay(cabin(seasons=(SEASON, easter)), Stay(D(2027, 3, 20), D(2027, 3, 24)), 30)
    assert [price for _, price in quote.per_night] == [HIGH, HIGH, 150_000_00, 150_000_00]


@pytest.mark.parametrize(
    ("total", "percent", "deposit"),
    [
        (300_000_00, 30, 90_000_00),  # exact
        (100_050, 30, 30_000),  # 300.15 pesos → 300
        (100_200, 30, 30_100),  # 300.60 pesos → 301
        (100, 50, 100),  # 0.50 pesos → 1 (half-up, not to even)
        (500, 50, 300),  # 2.50 pesos → 3 (half-up, not to even)
        (300, 50, 200),  # 1.50 pesos → 2
        (149, 1, 0),  # 0.0149 pesos → 0
        (12_345_67, 100, 12_346_00),  # 100 %: whole pesos too
        (0, 30, 0),
        (333_333_33, 30, 100_000_00),  # 99,999.999 pesos → 100,000
    ],
)
def test_deposit_is_percent_of_total_in_whole_pesos_half_up(total, percent, deposit):
    assert deposit_for(total, percent) == deposit
    assert deposit % 100 == 0


def test_quote_deposit_and_balance():
    quote = quote_stay(cabin(seasons=()), Stay(D(2027, 3, 4), D(2027, 3, 7)), 30)
    assert quote.total_cents == BASE + 2 * WEEKEND == 360_000_00
    assert quote.deposit_cents == 108_000_00
    assert quote.balance_cents == 252_000_00


def test_prices_are_integers_throughout():
    odd = cabin(seasons=(Season(3, "x", D(2027, 3, 1), D(2027, 4, 1), 33_333_33),))
    quote = quote_stay(odd, Stay(D(2027, 3, 1), D(2027, 3, 4)), 33)
    assert quote.total_cents == 99_999_99
    assert quote.deposit_cents == 33_000_00  # 32,999.9967 pesos → 33,000
    assert all(isinstance(price, int) for _, price in quote.per_night)


@pytest.mark.parametrize(
    ("check_in", "check_out", "required"),
    [
        (D(2027, 3, 1), D(2027, 3, 3), 2),  # outside the season: the cabin's minimum
        (D(2027, 3, 16), D(2027, 3, 18), 3),  # inside: the season's
        (D(2027, 3, 13), D(2027, 3, 16), 3),  # reaching into the season
        (D(2027, 3, 22), D(2027, 3, 24), 2),  # the day after it ends
    ],
)
def test_minimum_nights_come_from_the_season_else_the_cabin(check_in, check_out, required):
    assert min_nights_for(cabin(), Stay(check_in, check_out)) == required


def test_a_season_without_its_own_minimum_keeps_the_cabins():
    plain = Season(4, "x", D(2027, 3, 1), D(2027, 4, 1), HIGH, min_nights=None)
    assert (
        min_nights_for(cabin(seasons=(plain,), min_nights=4), Stay(D(2027, 3, 2), D(2027, 3, 3)))
        == 4
    )


def test_night_price_by_the_night_it_starts_on():
    assert night_price(cabin(), D(2027, 3, 21)) == HIGH
    assert night_price(cabin(), D(2027, 3, 22)) == BASE
    assert night_price(cabin(seasons=()), D(2027, 3, 6)) == WEEKEND
