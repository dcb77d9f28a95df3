"""Session 22, the lead's rows: "el finde largo de diciembre", a month's long weekend.

It read the month alone (the bot asked which days of it). Now the month's first long
weekend (three free days or more around a holiday: the holidays table of session 21) in its
next occurrence; when that month has none that year, its first holiday as it falls.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh

SAT = dt.date(2026, 11, 28)
WED = dt.date(2027, 1, 13)
D = dt.date


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # 8/12/2026 is a Tuesday: Friday 4 to Tuesday 8 (the bridge Monday 7)
        ("para el fin de semana largo de diciembre", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el finde largo de diciembre", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("hola! algun finde largo de diciembre para 2?", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el fin d semana largo de dic", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        # past the 8th, December's next is Christmas (Friday 25/12/2026)
        ("el finde largo de diciembre", D(2026, 12, 10), D(2026, 12, 25), D(2026, 12, 27)),
        # Easter 2027 is 28/3: 24/3 (Wednesday) to Sunday
        ("finde largo de marzo", SAT, D(2027, 3, 24), D(2027, 3, 28)),
        ("finde largo en mayo", SAT, D(2027, 5, 21), D(2027, 5, 25)),
        ("el finde largo de octubre", WED, D(2027, 10, 8), D(2027, 10, 11)),
        ("finde largo de julio", WED, D(2027, 7, 9), D(2027, 7, 11)),
    ],
)
def test_a_months_long_weekend(text, today, check_in, check_out):
    said = parse_fresh(text, today)
    assert (said.check_in, said.check_out) == (check_in, check_out)


def test_a_month_with_no_long_weekend_that_year_gives_its_holiday():
    """8/12/2027 is a Wednesday and Christmas a Saturday: no long weekend; the 8th is the
    arrival, and the bot asks until when."""
    said = parse_fresh("el finde largo de diciembre", WED)
    assert (said.check_in, said.check_out) == (D(2027, 12, 8), None)


@pytest.mark.parametrize("text", ["el finde largo de septiembre", "un finde largo en setiembre"])
def test_a_month_without_a_holiday_or_no_long_weekend_said_stays_the_month(text):
    said = parse_fresh(text, SAT)
    assert said.check_in is None
    assert said.month == 9


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        # unchanged: the next long weekend, the coming one, a holiday named by its day
        ("el proximo finde largo", D(2026, 12, 4), D(2026, 12, 8)),
        ("el finde largo", D(2026, 12, 4), D(2026, 12, 7)),
        ("el feriado del 8", D(2026, 12, 4), D(2026, 12, 8)),
        ("finde largo de carnaval", D(2027, 2, 6), D(2027, 2, 9)),
    ],
)
def test_the_long_weekends_read_before(text, check_in, check_out):
    said = parse_fresh(text, SAT)
    assert (said.check_in, said.check_out) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("mi marido dice que la primera", 1),
        ("dice que si, la primera", 1),
        ("dicen los chicos que la 2", 2),
        ("mi señora quiere la segunda", 2),
        # not a pick: what follows is no choice alone
        ("mi hija dice que la 2 no le gusta", None),
    ],
)
def test_a_pick_told_for_someone_else(text, choice):
    assert parse_fresh(text, SAT).choice == choice
