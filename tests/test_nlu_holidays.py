"""Holidays by name and the weeks of a month, read as stays (bot.nlu_dates).

Semana Santa is Holy Thursday in, Easter Sunday out; Carnaval is Saturday in, Tuesday
out (Monday and Tuesday are 48 and 47 days before Easter); Navidad is 24/12 to 26/12;
Año Nuevo and "fin de año" are 31/12 to 2/1. "La segunda semana de marzo" is the 8th
in, the 15th out (weeks count from the 1st).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.nlu import parse
from bot.nlu_dates import _easter
from tests.nlu_support import assert_stay

# Easter Sundays as published (Gregorian), including the earliest and latest possible.
EASTERS = {
    2024: date(2024, 3, 31),
    2025: date(2025, 4, 20),
    2026: date(2026, 4, 5),
    2027: date(2027, 3, 28),
    2028: date(2028, 4, 16),
    2029: date(2029, 4, 1),
    2030: date(2030, 4, 21),
    2031: date(2031, 4, 13),
    2038: date(2038, 4, 25),
    2285: date(2285, 3, 22),
}


@pytest.mark.parametrize(("year", "easter"), EASTERS.items())
def test_easter_sunday(year, easter):
    assert _easter(year) == easter


def test_easter_agrees_with_dateutil_over_centuries():
    # python-dateutil is always there: icalendar depends on it (the NLU itself stays
    # standard-library only, so it keeps its own ten lines).
    from dateutil.easter import easter

    assert all(_easter(year) == easter(year) for year in range(1583, 3000))


@pytest.mark.parametrize("year", [2027, 2028, 2029, 2030, 2031, 2038])
@pytest.mark.parametrize("text", ["semana santa", "para semana santa somos 2", "pascuas"])
def test_semana_santa_is_thursday_to_easter_sunday(year, text):
    got = parse(text, date(year, 1, 10))
    easter = EASTERS[year]
    assert (got.intent, got.check_in, got.check_out) == (
        "availability",
        easter - timedelta(days=3),
        easter,
    )
    assert got.check_in.weekday() == 3 and got.check_out.weekday() == 6


@pytest.mark.parametrize("year", [2027, 2028, 2029, 2030, 2031, 2038])
def test_carnaval_is_saturday_to_tuesday(year):
    got = parse("hay lugar para carnaval?", date(year - 1, 12, 1))
    monday = EASTERS[year] - timedelta(days=48)
    assert (got.check_in, got.check_out) == (monday - timedelta(days=2), monday + timedelta(days=1))
    assert got.check_in.weekday() == 5 and got.check_out.weekday() == 1


def test_a_holiday_already_started_or_past_is_next_years():
    assert parse("semana santa", date(2027, 3, 26)).check_in == date(2028, 4, 13)
    assert parse("carnaval", date(2027, 2, 7)).check_in == date(2028, 2, 26)
    assert parse("navidad", date(2026, 12, 25)).check_in == date(2027, 12, 24)


NOV, DEC, AV = date(2026, 11, 26), date(2026, 12, 20), "availability"
ROWS = [
    # (today, message, intent, check_in, check_out, guests)
    (NOV, "para navidad somos 4", AV, "2026-12-24", "2026-12-26", 4),
    (NOV, "nochebuena", AV, "2026-12-24", "2026-12-26", None),
    (NOV, "año nuevo", AV, "2026-12-31", "2027-01-02", None),
    (date(2027, 1, 5), "para fin de año", AV, "2027-12-31", "2028-01-02", None),
    (NOV, "navidad 2027", AV, "2027-12-24", "2027-12-26", None),
    # "Año Nuevo 2028" is the one that begins 2028; "fin de año 2027" the one that ends 2027.
    (NOV, "año nuevo 2028", AV, "2027-12-31", "2028-01-02", None),
    (NOV, "fin de año 2027", AV, "2027-12-31", "2028-01-02", None),
    (NOV, "semana santa del 2028", AV, "2028-04-13", "2028-04-16", None),
    (NOV, "finde largo de carnaval", AV, "2027-02-06", "2027-02-09", None),
    (
        NOV,
        "el fin de semana largo de semana santa, somos 3",
        AV,
        "2027-03-25",
        "2027-03-28",
        3,
    ),
    # Days written win over the holiday they fall in ("del 25" is no year 2025 either).
    (date(2027, 3, 10), "semana santa del 24 al 28", AV, "2027-03-24", "2027-03-28", None),
    (DEC, "navidad, del 23 al 26", AV, "2026-12-23", "2026-12-26", None),
    # A wish is no stay: it closes the chat like "buen finde" (thanks, with a goodbye).
    (DEC, "feliz navidad!", "thanks", None, None, None),
    (DEC, "feliz año nuevo para todos!", "thanks", None, None, None),
    (date(2027, 3, 20), "felices pascuas!!", "thanks", None, None, None),
    # ... and "felices fiestas" is no question about parties (topic "rules").
    (DEC, "felices fiestas!", "thanks", None, None, None),
    (DEC, "gracias por todo, felices fiestas", "thanks", None, None, None),
    (DEC, "que pasen unas lindas fiestas", "thanks", None, None, None),
    (DEC, "se pueden hacer fiestas?", "info", None, None, None),
    (
        DEC,
        "hola, felices fiestas! tienen algo del 2 al 5 de enero?",
        AV,
        "2027-01-02",
        "2027-01-05",
        None,
    ),
    # Weeks of a month: from the 1st, seven nights each; the last is the last seven days.
    (NOV, "la segunda semana de marzo, somos 2", AV, "2027-03-08", "2027-03-15", 2),
    (NOV, "la primera semana de enero", AV, "2027-01-01", "2027-01-08", None),
    (NOV, "1ra semana de enero", AV, "2027-01-01", "2027-01-08", None),
    (NOV, "la tercer semana de abril", AV, "2027-04-15", "2027-04-22", None),
    (NOV, "4ta semana de febrero", AV, "2027-02-22", "2027-03-01", None),
    (NOV, "la ultima semana de julio", AV, "2027-07-25", "2027-08-01", None),
    (NOV, "la última semana de diciembre", AV, "2026-12-25", "2027-01-01", None),
    (NOV, "la segunda semana de marzo del 2028", AV, "2028-03-08", "2028-03-15", None),
    # Days written win, in the month of the week ("del 2 al 9" of January).
    (NOV, "la primer semana de enero del 2 al 9", AV, "2027-01-02", "2027-01-09", None),
    # "una semana de enero" / "1 semana de enero" is a length in a month: no dates.
    (NOV, "1 semana de enero", AV, None, None, None),
    (NOV, "una semana en enero", AV, None, None, None),
]


# "El sábado a la noche nomás": one night; without the "only" it is an arrival time.
ONE_NIGHT = [
    (NOV, "tenes para el sabado a la noche nomas? somos 2", AV, "2026-11-28", "2026-11-29", 2),
    (NOV, "solo el sabado a la noche", AV, "2026-11-28", "2026-11-29", None),
    (NOV, "llegamos el sabado a la noche", AV, "2026-11-28", None, None),
]


@pytest.mark.parametrize(("today", "text", "intent", "check_in", "check_out", "guests"), ONE_NIGHT)
def test_one_saturday_night_only(today, text, intent, check_in, check_out, guests):
    assert_stay(today, text, intent, check_in, check_out, guests)


@pytest.mark.parametrize(("today", "text", "intent", "check_in", "check_out", "guests"), ROWS)
def test_holidays_and_weeks(today, text, intent, check_in, check_out, guests):
    assert_stay(today, text, intent, check_in, check_out, guests)
