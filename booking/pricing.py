"""Prices, to the centavo. Pure functions: no database, no clock.

A night is priced by the date it starts on: its season's price when a season
covers it, else the weekend price on Friday and Saturday nights, else the
base price. The deposit is DEPOSIT_PERCENT of the total rounded half-up to
whole pesos, because Mercado Pago links and WhatsApp messages show pesos.
"""

from __future__ import annotations

import datetime as dt

from booking.models import Cabin, Quote, Stay

CENTS_PER_PESO = 100
WEEKEND_NIGHTS = frozenset({4, 5})  # date.weekday(): Friday and Saturday nights


def night_price(cabin: Cabin, night: dt.date) -> int:
    season = cabin.season_for(night)
    if season is not None:
        return season.nightly_price_cents
    if night.weekday() in WEEKEND_NIGHTS:
        return cabin.weekend_price_cents
    return cabin.base_price_cents


def deposit_for(total_cents: int, deposit_percent: int) -> int:
    """`deposit_percent` of the total in whole pesos, half-up, in integers only."""
    unit = 100 * CENTS_PER_PESO  # percent x centavos-per-peso
    pesos = (total_cents * deposit_percent + unit // 2) // unit
    return pesos * CENTS_PER_PESO


def quote_stay(cabin: Cabin, stay: Stay, deposit_percent: int) -> Quote:
    per_night = tuple((night, night_price(cabin, night)) for night in stay.each_night())
    total = sum(price for _, price in per_night)
    return Quote(
        cabin=cabin,
        stay=stay,
        nights=len(per_night),
        total_cents=total,
        deposit_cents=deposit_for(total, deposit_percent),
        per_night=per_night,
    )


def min_nights_for(cabin: Cabin, stay: Stay) -> int:
    """The longest minimum any night of the stay asks for.

    A night in a season with its own minimum uses that; other nights use the
    cabin's. So a stay that reaches into high season must meet its minimum.
    """
    required = [
        season.min_nights if season is not None and season.min_nights else cabin.min_nights
        for season in (cabin.season_for(night) for night in stay.each_night())
    ]
    return max(required, default=cabin.min_nights)
