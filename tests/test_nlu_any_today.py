"""CONTRACT §6 date conventions hold for any ``today``, not just the tables' few.

Callers pass their own ``today``. Each convention below is checked against the days of
a common year and a leap year (2027 and 2028), with the expected dates worked out here
by plain date arithmetic that calls no bot code. The days and months in the messages
are picked around each today (yesterday's, today's and tomorrow's day of the month;
last, this and next month), where the rolling rules bite.

Coverage and speed: on the edge days (every month's first and last day, Dec 20 to Jan
5, Feb 27 to Mar 1, two whole weeks) every case of every convention is checked, each
in one of its phrasings (rotated, so all get used); on the other days one case per
convention, rotated likewise: under 20,000 parses, a few seconds. Set
``NLU_EVERY_TODAY=1`` to check every phrasing of every case on every day (~250,000
parses, a minute or two).

Conventions as checked (decisions where the contract is silent are marked *):

* No year: the first such date on or after today; an explicit year is taken as written.
* Day without month: the first date on or after today with that day of the month, i.e.
  this month if not past, else the next month that has that day* ("el 31" on 5/4 is 31/5,
  "el 30" on 31/1 is 30/3). A range of such days whose end its start's month does not
  have ("del 28 al 31" on 27/2) is the next month's that has both* (28/3 → 31/3, not
  28/2 → 31/3: session 21).
* Range: a month named once applies to both ends; if that puts the start after the end,
  the start takes the month before ("del 28 al 2 de marzo" = 28/2 → 2/3). When the
  month before has no such day ("del 30 al 2 de marzo", "del 31 al 3 de mayo") there is
  no check-in* and the end stands alone, so the bot asks for the arrival. An end without
  month or year rolls forward to the first matching date after the start.
* A departure alone ("hasta el 18") is the first such date on or after today, like any
  date*; with a stated length ("5 noches hasta el 20") the first whose arrival is not
  past*.
* "mañana" = today + 1, "pasado mañana" = today + 2; a weekday is the next one on or
  after today (today itself included); an end weekday the first one after the start.
* "este finde" / "el fin de semana" is Friday in, Sunday out: Monday to Friday this
  week's Friday (today on a Friday); on Saturday or Sunday the next Friday*, since the
  weekend in progress began on a Friday gone by and "el finde" offers a whole one.
  "Finde largo" leaves on Monday. "El finde del 12" is the weekend around the 12th; one
  under way is what is left of it* (on Saturday the 12th: in today, out Sunday), and on
  its last day only that day. A Monday named is a long weekend's holiday (Friday to it)*;
  a Tuesday to Thursday, that week's weekend* (a long one there: the day alone).
* "N noches" / "una semana" (7) count from the start; "la segunda / última semana de
  marzo" is seven nights from the 8th / the month's last seven days (the 23rd of a leap
  February).
* Nothing without a year written is ever before today, and a departure comes after its
  arrival (the corpus test).
* Guests never depend on today.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from bot.nlu import parse
from bot.nlu_dates import _free_days

ONE = timedelta(days=1)
EVERY = os.environ.get("NLU_EVERY_TODAY") == "1"
TODAYS = [date(2027, 1, 1) + k * ONE for k in range((date(2029, 1, 1) - date(2027, 1, 1)).days)]


def _edges() -> frozenset[date]:
    days: set[date] = set()
    for year in (2027, 2028):
        for month in range(1, 13):
            first = date(year, month, 1)
            days |= {first, (first + 32 * ONE).replace(day=1) - ONE}
        days |= {date(year, 12, day) for day in range(20, 32)}
        days |= {date(year, 1, day) for day in range(1, 6)}
        days |= {date(year, 2, 27), date(year, 3, 1)} | {date(year, 3, 1) - ONE}
    days |= {date(2027, 6, 7) + k * ONE for k in range(7)}  # Monday to Sunday
    days |= {date(2028, 10, 9) + k * ONE for k in range(7)}
    return frozenset(days)


EDGES = _edges()

MONTH_NAMES = {
    1: ("enero", "ene"),
    2: ("febrero", "feb"),
    3: ("marzo", "mar"),
    4: ("abril", "abr"),
    5: ("mayo", "may"),
    6: ("junio", "jun"),
    7: ("julio", "jul"),
    8: ("agosto", "ago"),
    9: ("septiembre", "setiembre", "sep", "set"),
    10: ("octubre", "oct"),
    11: ("noviembre", "nov"),
    12: ("diciembre", "dic"),
}
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

Expected = tuple[date | None, date | None, int | None]  # check_in, check_out, guests
Case = tuple[tuple[str, ...], Expected]  # phrasings that all mean the same stay


# ---------------------------------------------------------------------------
# Expected dates, independently: plain loops over years, months and days.
# ---------------------------------------------------------------------------


def real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def first_on_or_after(floor: date, month: int, day: int) -> date | None:
    """The first day/month on or after floor (None if the day/month never exists)."""
    for year in range(floor.year, floor.year + 9):
        found = real(year, month, day)
        if found and found >= floor:
            return found
    return None


def first_after(start: date, month: int, day: int) -> date | None:
    return first_on_or_after(start + ONE, month, day)


def first_day_on_or_after(floor: date, day: int) -> date:
    """The first date on or after floor whose day of the month is ``day``."""
    year, month = floor.year, floor.month
    while True:
        found = real(year, month, day)
        if found and found >= floor:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def month_with_both(start: date, last: int) -> date:
    """``start``'s day in the first month from ``start``'s that also has day ``last``."""
    found = real(start.year, start.month, last) if last <= 31 else start
    while found is None:
        start = first_day_after(start, start.day)
        found = real(start.year, start.month, last)
    return start


def first_day_after(start: date, day: int) -> date:
    return first_day_on_or_after(start + ONE, day)


def weekday_on_or_after(floor: date, weekday: int) -> date:
    while floor.weekday() != weekday:
        floor += ONE
    return floor


def month_before(month: int) -> int:
    return 12 if month == 1 else month - 1


def month_after(month: int) -> int:
    return 1 if month == 12 else month + 1


def days_in(month: int, year: int = 2027) -> int:
    """Days in the month (of a common year unless told)."""
    return ((date(year + month // 12, month % 12 + 1, 1)) - date(year, month, 1)).days


def stay(start: date | None, end: date | None, guests: int | None = None) -> Expected:
    return start, end, guests


# ---------------------------------------------------------------------------
# The check
# ---------------------------------------------------------------------------


def check(cases: Callable[[date], Iterator[Case]]) -> None:
    """Every case on the edge days, one every other day elsewhere; one phrasing each
    (rotated). With EVERY, every phrasing of every case on every day."""
    failures = []
    parsed, salt = 0, len(cases.__name__)
    for today in TODAYS:
        turn = today.toordinal()
        chosen = list(cases(today))
        if not EVERY and today not in EDGES:
            if (turn + salt) % 2:
                continue  # elsewhere every other day
            chosen = [chosen[turn // 2 % len(chosen)]]
        for n, (texts, expected) in enumerate(chosen):
            for text in texts if EVERY else [texts[(turn + n) % len(texts)]]:
                parsed += 1
                got = parse(text, today)
                found = (got.intent, got.check_in, got.check_out, got.guests)
                if found != ("availability", *expected):
                    failures.append(
                        f"parse({text!r}, {today} {today:%a}): got {found[0]} {found[1]} "
                        f"-> {found[2]} x{found[3]}, expected availability {expected[0]} "
                        f"-> {expected[1]} x{expected[2]}"
                    )
    assert parsed > 0
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])


def rotate(today: date, salt: int, kinds: int) -> range:
    """Which of ``kinds`` kinds of case to check today: each in turn, all with EVERY."""
    if EVERY:
        return range(kinds)
    turn = (today.toordinal() + salt) % kinds
    return range(turn, turn + 1)


def near_days(today: date) -> list[int]:
    """Yesterday's, today's and tomorrow's day of the month."""
    return sorted({(today - ONE).day, today.day, (today + ONE).day})


def near_months(today: date) -> list[int]:
    """Last month, this month and next month."""
    return [month_before(today.month), today.month, month_after(today.month)]


def names(month: int) -> tuple[str, str]:
    """A full name and an abbreviation of the month (both of September's, by turns)."""
    spelled = MONTH_NAMES[month]
    half = len(spelled) // 2
    return spelled[0], spelled[half]


# ---------------------------------------------------------------------------
# A month named once, no year: the first such stay on or after today
# ---------------------------------------------------------------------------


def month_ranges(today: date) -> Iterator[Case]:
    for month in near_months(today):
        name, short = names(month)
        if month == 9 and today.toordinal() % 2:
            name, short = "setiembre", "set"
        for first in sorted({min(day, days_in(month) - 3) for day in near_days(today)}):
            last = first + 3
            start = first_on_or_after(today, month, first)
            assert start is not None
            texts = (
                f"del {first} al {last} de {name}",
                f"del {first} al {last} {short}",
                f"{first}/{month} al {last}/{month}",
                f"del {first}-{month} al {last}-{month}",
                f"entrada el {first} de {name} salida el {last}",
                f"llegamos el {first} y nos vamos el {last} de {name}",
                f"{name} del {first} al {last}",
                f"desde el {first} de {name} hasta el {last} de {name}",
            )
            yield texts, stay(start, first_after(start, month, last))


def test_month_named_once_no_year():
    check(month_ranges)


def month_crossing_ranges(today: date) -> Iterator[Case]:
    """ "del 28 al 2 de marzo": the start takes the month before; also across years."""
    for month in (today.month, month_after(today.month)):
        before = month_before(month)
        name = names(month)[0]
        for first in (28, 29, 30, 31):
            start = first_on_or_after(today, before, first)
            if start is None:  # "del 30 al 2 de marzo": no 30/2, no check-in
                expected = stay(None, first_on_or_after(today, month, 2))
            else:
                expected = stay(start, first_after(start, month, 2))
            yield (f"del {first} al 2 de {name}",), expected
        # The end's month given, or none: it rolls forward from the start.
        start = first_on_or_after(today, before, 27)
        assert start is not None
        kinds = rotate(today, month, 2)
        if 0 in kinds:
            texts = (f"del 27 de {names(before)[0]} al 3", f"27/{before} al 3")
            yield texts, stay(start, first_day_after(start, 3))
        if 1 in kinds:
            texts = (
                f"del 27/{before} al 3/{month}",
                f"del 27 de {names(before)[0]} al 3 de {name}",
            )
            yield texts, stay(start, first_after(start, month, 3))


def test_month_crossing_ranges():
    check(month_crossing_ranges)


def year_end_ranges(today: date) -> Iterator[Case]:
    dec30 = first_on_or_after(today, 12, 30)
    dec22 = first_on_or_after(today, 12, 22)
    dec28 = first_on_or_after(today, 12, 28)
    assert dec30 and dec22 and dec28
    yield (
        ("del 30/12 al 2/1", "del 30 de diciembre al 2 de enero", "30 dic al 2 ene"),
        stay(dec30, first_after(dec30, 1, 2)),
    )
    yield ("del 30 de diciembre al 2",), stay(dec30, first_day_after(dec30, 2))
    yield (
        ("ingreso el 22 de diciembre, egreso el 26", "entrada 22/12 salida el 26"),
        stay(dec22, first_day_after(dec22, 26)),
    )
    yield ("del 28 al 3 de enero", "28/12 al 3/1"), stay(dec28, first_after(dec28, 1, 3))


def test_year_end_ranges():
    check(year_end_ranges)


# ---------------------------------------------------------------------------
# Explicit years: taken as written, whatever today is
# ---------------------------------------------------------------------------


def explicit_years(today: date) -> Iterator[Case]:
    for year in (today.year, today.year + 1):
        yy = year % 100
        yield (
            (
                f"del 15/12/{yy} al 18/12/{yy}",
                f"del 15/12/{year} al 18/12/{year}",
                f"15/12/{year} al 18/12",
                f"del 15 al 18 de diciembre de {year}",
                f"del 15/12/{year} por 3 noches",
            ),
            stay(date(year, 12, 15), date(year, 12, 18)),
        )
        yield (
            (f"del 30/12/{year} al 2/1", f"del 30/12/{yy} al 2/1/{(yy + 1) % 100}"),
            stay(date(year, 12, 30), date(year + 1, 1, 2)),
        )
        first, month = min(today.day, 25), today.month
        yield (
            (f"del {first}/{month}/{year} al {first + 3}/{month}/{year}",),
            stay(date(year, month, first), date(year, month, first + 3)),
        )


def test_explicit_years():
    check(explicit_years)


# ---------------------------------------------------------------------------
# A day without month: this month if not past, else the next month that has it
# ---------------------------------------------------------------------------


def days_without_month(today: date) -> Iterator[Case]:
    for first in sorted({*near_days(today), 1, 15, 29, 30, 31}):
        start = first_day_on_or_after(today, first)
        kinds = rotate(today, first, 4 if first <= 28 else 3)
        if 0 in kinds:
            yield (f"el {first}", f"para el {first}"), stay(start, None)
        if 1 in kinds:
            texts = (f"el {first} por 3 noches", f"desde el {first}, 3 noches")
            yield texts, stay(start, start + 3 * ONE)
        if 2 in kinds:
            yield (f"el {first} x una semana",), stay(start, start + 7 * ONE)
        if 3 in kinds:
            texts = (f"del {first} al {first + 3}", f"entre el {first} y el {first + 3}")
            start_with_end = month_with_both(start, first + 3)
            yield texts, stay(start_with_end, first_day_after(start_with_end, first + 3))
    for first, last in ((28, 2), (29, 1), (30, 2), (31, 3)):
        start = first_day_on_or_after(today, first)
        yield (f"del {first} al {last}",), stay(start, first_day_after(start, last))


def test_day_without_month():
    check(days_without_month)


# ---------------------------------------------------------------------------
# Relative days, weekdays and weekends
# ---------------------------------------------------------------------------


def relative_days(today: date) -> Iterator[Case]:
    tomorrow, after = today + ONE, today + 2 * ONE
    yield ("mañana por 2 noches", "desde mañana, 2 noches"), stay(tomorrow, tomorrow + 2 * ONE)
    yield ("para mañana 3 noches, somos 2",), stay(tomorrow, tomorrow + 3 * ONE, 2)
    yield ("pasado mañana por 3 noches",), stay(after, after + 3 * ONE)
    yield ("de mañana a pasado mañana",), stay(tomorrow, after)
    yield ("hoy por una noche",), stay(today, tomorrow)
    sunday = weekday_on_or_after(tomorrow + ONE, 6)
    yield ("desde mañana hasta el domingo",), stay(tomorrow, sunday)


def test_relative_days():
    check(relative_days)


def weekdays(today: date) -> Iterator[Case]:
    for number, name in enumerate(WEEKDAYS):
        start = weekday_on_or_after(today, number)
        plain = name.replace("á", "a").replace("é", "e")
        kinds, out = rotate(today, number, 4), (number + 2) % 7
        if 0 in kinds:
            yield (f"el {name}", f"para el {plain}"), stay(start, None)
        if 1 in kinds:
            texts = (
                f"el {plain} por 2 noches",
                f"el {name} 2 noches",
                f"llegamos el {name}, 2 noches",
            )
            yield texts, stay(start, start + 2 * ONE)
        if 2 in kinds:
            yield (f"para el {name} una semana, somos 4",), stay(start, start + 7 * ONE, 4)
        if 3 in kinds:
            texts = (f"del {name} al {WEEKDAYS[out]}", f"desde el {plain} hasta el {WEEKDAYS[out]}")
            yield texts, stay(start, weekday_on_or_after(start + ONE, out))


def test_weekdays():
    check(weekdays)


def weekends(today: date) -> Iterator[Case]:
    friday = weekday_on_or_after(today, 4)
    sunday, monday = friday + 2 * ONE, friday + 3 * ONE
    yield ("este finde", "el finde", "el fin de semana", "este fin de semana"), stay(friday, sunday)
    yield ("este fin de semana para 4", "el finde, somos 4"), stay(friday, sunday, 4)
    yield ("hay lugar el finde? somos en pareja",), stay(friday, sunday, 2)
    yield ("el finde largo", "este finde largo"), stay(friday, monday)
    yield ("el otro finde",), stay(friday + 7 * ONE, sunday + 7 * ONE)


def test_weekends():
    check(weekends)


# ---------------------------------------------------------------------------
# Nights and weeks from a start
# ---------------------------------------------------------------------------


def lengths(today: date) -> Iterator[Case]:
    jan3 = first_on_or_after(today, 1, 3)
    assert jan3
    yield (
        ("una semana a partir del 3 de enero", "desde el 3/1 por una semana", "3/1 x 7 noches"),
        stay(jan3, jan3 + 7 * ONE),
    )
    for month in near_months(today):
        name = names(month)[0]
        for first in near_days(today):
            if first > days_in(month):
                continue
            start = first_on_or_after(today, month, first)
            assert start
            kinds = rotate(today, first + month, 2)
            if 0 in kinds:
                texts = (
                    f"desde el {first} de {name} por 4 noches",
                    f"4 noches desde el {first}/{month}",
                )
                yield texts, stay(start, start + 4 * ONE)
            if 1 in kinds:
                yield (f"el {first}/{month} por una semana",), stay(start, start + 7 * ONE)


def test_nights_and_weeks_from_a_start():
    check(lengths)


# ---------------------------------------------------------------------------
# Guests do not depend on today
# ---------------------------------------------------------------------------


def guests(today: date) -> Iterator[Case]:
    dec15 = first_on_or_after(today, 12, 15)
    assert dec15
    dates = (dec15, dec15 + 3 * ONE)
    for count, texts in {
        4: ("del 15 al 18 de diciembre para 4", "del 15 al 18/12, 2 adultos y 2 niños"),
        5: ("somos cinco, del 15/12 al 18/12",),
        3: ("15/12 al 18/12 para 3 personas",),
        2: ("en pareja del 15 al 18 de diciembre",),
    }.items():
        yield texts, (*dates, count)


def test_guests_do_not_depend_on_today():
    check(guests)


# ---------------------------------------------------------------------------
# A departure alone: on or after today; with a length, no arrival in the past
# ---------------------------------------------------------------------------


def departures(today: date) -> Iterator[Case]:
    """A departure alone; with a stated length, the first stay that starts on or after today."""
    for last in sorted({*near_days(today), 31}):
        kinds = rotate(today, last, 2)
        if 0 in kinds:
            texts = (f"hasta el {last}", f"salimos el {last}")
            yield texts, stay(None, first_day_on_or_after(today, last))
        if 1 in kinds:
            out = first_day_on_or_after(today + 5 * ONE, last)
            texts = (f"5 noches hasta el {last}", f"hasta el {last}, 5 noches")
            yield texts, stay(out - 5 * ONE, out)
    for month in (today.month, month_after(today.month)):
        last = min(today.day, days_in(month))
        out = first_on_or_after(today + 3 * ONE, month, last)
        assert out
        yield (f"3 noches hasta el {last} de {names(month)[0]}",), stay(out - 3 * ONE, out)
        # A calendar month back from the 1st is the 1st before.
        out = next(
            date(year, month, 1)
            for year in range(today.year, today.year + 3)
            if date(year - (month == 1), month_before(month), 1) >= today
        )
        yield (
            (f"un mes hasta el 1/{month}",),
            stay(date(out.year - (month == 1), month_before(month), 1), out),
        )
    sunday = weekday_on_or_after(today + 2 * ONE, 6)
    yield ("hasta el domingo, 2 noches",), stay(sunday - 2 * ONE, sunday)


def test_departure_alone():
    check(departures)


# ---------------------------------------------------------------------------
# The weekend around a day, or what is left of it
# ---------------------------------------------------------------------------


def weekend_around(day: date, today: date, nights: int = 2) -> Expected:
    """The weekend around ``day``, or what is left of it; the day alone on the weekend's
    last day. A Monday names a long weekend's holiday: Friday to it. From Tuesday to
    Thursday, that week's weekend; a long one there is Friday to a Tuesday holiday, a
    Thursday holiday to Sunday (the day between bridged), and a Wednesday alone."""
    run = holiday_run(day) if nights == 3 else None
    if run is not None:
        friday, departure = run
    elif day.weekday() == 0:
        friday, departure = day - 3 * ONE, day
    elif day.weekday() == 1 and nights == 3:
        friday, departure = day - 4 * ONE, day
    elif day.weekday() == 3 and nights == 3:
        friday, departure = day, day + 3 * ONE
    elif day.weekday() < 4 and nights == 3:
        return stay(day, None)
    elif day.weekday() < 4:
        friday = day + (4 - day.weekday()) * ONE
        departure = friday + nights * ONE
    else:
        friday = day - (day.weekday() - 4) * ONE
        departure = friday + nights * ONE
    arrival = max(friday, today)
    return stay(arrival, departure) if arrival < departure else stay(day, None)


# Ley 27.399's movable holidays: on a Tuesday or Wednesday the Monday before, on a
# Thursday or Friday the Monday after.
MOVABLE = {(6, 17), (8, 17), (10, 12), (11, 20)}


def free(day: date) -> bool:
    return day.weekday() >= 5 or day in _free_days(day.year)


def holiday_run(day: date) -> tuple[date, date] | None:
    """Session 22: a long weekend named by a holiday's day (a movable one's by the Monday it
    moves to) is the free days in a row around it by the holidays' table, Friday in when
    they start on a Saturday, out on the last; None for no holiday on a weekday, or one
    alone (a Wednesday)."""
    if (day.month, day.day) in MOVABLE and day.weekday() in (1, 2, 3, 4):
        day += (-day.weekday() if day.weekday() < 3 else 7 - day.weekday()) * ONE
    if day.weekday() >= 5 or not free(day):
        return None
    first, last = day, day
    while free(first - ONE):
        first -= ONE
    while free(last + ONE):
        last += ONE
    arrival = first - ONE if first.weekday() == 5 else first
    return (arrival, last) if last > arrival else None


# Holidays on a fixed date: "el finde del" one on a Tuesday or a Thursday is the long
# weekend it makes (session 18, tests/test_nlu_leftovers18.py).
FIXED_HOLIDAYS = {(1, 1), (3, 24), (4, 2), (5, 1), (5, 25), (6, 20), (7, 9), (12, 8), (12, 25)}


def weekends_of_a_day(today: date) -> Iterator[Case]:
    for offset in range(-2, 4):
        day = (today + offset * ONE).day
        start = first_day_on_or_after(today, day)
        kinds = rotate(today, offset, 2)
        bridged = (start.month, start.day) in FIXED_HOLIDAYS and start.weekday() in (1, 3)
        if 0 in kinds:
            yield (
                (f"el finde del {day}", f"el fin de semana del {day}"),
                weekend_around(start, today, nights=3 if bridged else 2),
            )
        if 1 in kinds:
            yield (f"el finde largo del {day}",), weekend_around(start, today, nights=3)
    for number in (4, 5, 6):  # "el sábado, el finde": the weekend around that day
        start = weekday_on_or_after(today, number)
        yield (f"el {WEEKDAYS[number]} el finde para 2",), (*weekend_around(start, today)[:2], 2)


def test_weekend_of_a_day():
    check(weekends_of_a_day)


# ---------------------------------------------------------------------------
# Weeks of a month: seven nights, leap Februaries too
# ---------------------------------------------------------------------------


ORDINALS = {0: "primera", 1: "segunda", 2: "tercera", 3: "cuarta", 4: "última"}


def weeks_of_a_month(today: date) -> Iterator[Case]:
    for month in sorted({today.month, month_after(today.month), 2}):
        for nth, word in ORDINALS.items():
            if month != today.month and nth not in rotate(today, month, 5):
                continue  # this month's weeks all, the others' one at a time
            start = next(
                day
                for year in range(today.year, today.year + 2)
                if (day := date(year, month, 7 * nth + 1 if nth < 4 else days_in(month, year) - 6))
                >= today
            )
            yield (f"la {word} semana de {names(month)[0]}",), stay(start, start + 7 * ONE)


def test_weeks_of_a_month():
    check(weeks_of_a_month)


# ---------------------------------------------------------------------------
# Whatever the phrasing: nothing before today, departures after arrivals
# ---------------------------------------------------------------------------

CORPUS = (
    "el finde del 12",
    "el finde del 13",
    "el finde largo del 14",
    "para el fin de semana del 5 de diciembre",
    "el finde del 1 de enero",
    "llegamos el sábado, el finde",
    "el sábado y domingo",
    "viernes y sábado",
    "5 noches hasta el 20",
    "hasta el domingo, 2 noches",
    "un mes hasta el 1/3",
    "saliendo el 6 de enero, 4 noches",
    "hasta el 18",
    "hasta el domingo",
    "el 29 de febrero",
    "del 29 al 2 de marzo",
    "del 31 al 3",
    "la última semana de febrero",
    "la primera semana de enero",
    "semana santa",
    "carnaval",
    "navidad",
    "año nuevo, del 30 al 2",
    "el próximo sábado",
    "el finde que viene",
    "dos semanas desde el 1/3",
    "del 10 al 15 del mes que viene",
    "el sábado 12",
    "mañana sábado 1",
    "del 24 al 26",
)


def test_nothing_before_today():
    failures = []
    for today in TODAYS:
        texts = (
            CORPUS
            if EVERY or today in EDGES
            else CORPUS[today.toordinal() % len(CORPUS) :: len(CORPUS)]
        )
        for text in texts:
            got = parse(text, today)
            if (
                (got.check_in and got.check_in < today)
                or (got.check_out and got.check_out < today)
                or (got.check_in and got.check_out and got.check_out <= got.check_in)
            ):
                failures.append(
                    f"parse({text!r}, {today} {today:%a}): {got.check_in} -> {got.check_out}"
                )
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])


# ---------------------------------------------------------------------------
# Where the contract is silent: the decisions, spelled out (README, Understanding)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "text", "check_in", "check_out"),
    [
        # Days without a month, a lone departure, "este finde".
        (date(2027, 4, 5), "el 31", date(2027, 5, 31), None),
        (date(2027, 1, 31), "el 30", date(2027, 3, 30), None),
        (date(2028, 1, 31), "el 30", date(2028, 3, 30), None),
        (date(2028, 2, 1), "el 29", date(2028, 2, 29), None),
        (date(2027, 2, 1), "el 29", date(2027, 3, 29), None),
        (date(2027, 2, 1), "del 28 al 2 de marzo", date(2027, 2, 28), date(2027, 3, 2)),
        (date(2027, 2, 1), "del 30 al 2 de marzo", None, date(2027, 3, 2)),
        (date(2027, 6, 18), "hasta el 18", None, date(2027, 6, 18)),
        (date(2027, 6, 11), "este finde", date(2027, 6, 11), date(2027, 6, 13)),  # Friday
        (date(2027, 6, 12), "este finde", date(2027, 6, 18), date(2027, 6, 20)),  # Saturday
        (date(2027, 6, 13), "este finde", date(2027, 6, 18), date(2027, 6, 20)),  # Sunday
        # A departure alone with a length: no arrival in the past.
        (date(2027, 6, 17), "hasta el 18, 3 noches", date(2027, 7, 15), date(2027, 7, 18)),
        (date(2027, 6, 12), "hasta el domingo, 2 noches", date(2027, 6, 18), date(2027, 6, 20)),
        # The weekend of a day, under way or on its last day.
        (date(2027, 6, 12), "el finde del 12", date(2027, 6, 12), date(2027, 6, 13)),
        (date(2027, 6, 12), "el sábado el finde", date(2027, 6, 12), date(2027, 6, 13)),
        (date(2027, 6, 13), "el finde del 13", date(2027, 6, 13), None),
        (date(2027, 6, 13), "el finde largo del 13", date(2027, 6, 13), date(2027, 6, 14)),
        # Weeks of a leap February: seven nights.
        (date(2027, 6, 1), "la última semana de febrero", date(2028, 2, 23), date(2028, 3, 1)),
        (date(2027, 6, 1), "la cuarta semana de febrero", date(2028, 2, 22), date(2028, 2, 29)),
    ],
)
def test_decisions(today, text, check_in, check_out):
    got = parse(text, today)
    assert (got.check_in, got.check_out) == (check_in, check_out)
