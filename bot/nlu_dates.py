"""Dates and nights for bot.nlu: stay dates and length from the tokens.

Finds date mentions (explicit dates, "15 de diciembre", "diciembre del 20 al
27", bare days in a date context, "hoy"/"mañana", weekdays), gives them a start
or end role from nearby markers, picks the range (or a list of nights) and
resolves it against ``today``; also the weekend ("este finde", "el finde del
12"), a stated length ("3 noches", "una semana", "un mes"), holidays by name
("Semana Santa", "carnaval", "Navidad", "Año Nuevo") and a week of a month ("la
segunda semana de marzo"). A time window right after a date ("el 20 de 14
a 16") is skipped. Date conventions are described in bot.nlu and next to the rules
below.
"""

from __future__ import annotations

import calendar
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.nlu_tokens import _text_at, _Tok, _valid_day_month
from bot.nlu_vocab import (
    _CHILD_NOUNS,
    _DAY_PREFIX,
    _END_MARKERS,
    _FIT_VERBS,
    _HOLIDAY_NAMES,
    _LIST_GLUE,
    _MARKER_FILLER,
    _MONTH_ABBR_AFTER_DAY,
    _MONTHS,
    _NOUNS_AFTER_NUMBERS,
    _PET_WORDS,
    _START_MARKERS,
    _WEEK_ORDINALS,
    _WEEKDAYS,
    _WISHES,
)


@dataclass(slots=True)
class _Point:
    """One date mention, possibly partial, before it is resolved against today."""

    pos: int
    kind: str  # "explicit" | "weekday" | "relative" | "holiday"
    day: int = 0
    month: int | None = None
    year: int | None = None
    offset: int = 0  # days from today ("relative") or weekday number ("weekday")
    strict: bool = False  # weekday must be after today ("el próximo viernes")
    role: str | None = None  # "start" | "end" from a nearby marker ("del", "hasta", ...)
    weak: bool = False  # "hoy", "mañana", weekdays: dates only with other booking context
    weekday_named: bool = False  # an explicit day written after its weekday ("sábado 12")
    weekday_of: int | None = None  # that weekday (Monday 0), when named
    holiday: str | None = None  # "holiday" points: which one (offset 0 arrival, 1 departure)
    vague: bool = False  # from a holiday or "la segunda semana de marzo": days given win
    week: int = 0  # from "la segunda semana de marzo": which week (-1 the last), both ends
    shift: int = 0  # days added once resolved: "llegamos 2 días antes del 15" is the 13th
    nights_said: bool = False  # a list closed by "a la noche": its days are the nights
    next_week: bool = False  # a weekday of "la semana que viene": on or after next Monday
    months: int = 0  # "relative" points: calendar months from today ("en un mes")
    off: bool = False  # a day named as a holiday: "el feriado del 8", "el puente del 7"
    around: bool = False  # "holiday" points of "la semana de Navidad": the week around it


def _day_at(toks: list[_Tok], i: int) -> int | None:
    """The day-of-month a token can be: digits 1..31 or a number word ("quince")."""
    if not 0 <= i < len(toks):
        return None
    t = toks[i]
    if t.used:
        return None
    if t.kind == "num" and 1 <= t.value <= 31 and t.text not in ("un", "una", "uno"):
        return t.value
    if t.text == "uno" and _text_at(toks, i - 1) == "del" and _text_at(toks, i + 1) == "al":
        return 1  # "del uno al cuatro": elsewhere "uno" is one person or thing
    if t.kind == "word" and t.text == "primero":
        return 1
    return None


def _month_at(toks: list[_Tok], i: int) -> int | None:
    if not 0 <= i < len(toks) or toks[i].kind != "word":
        return None
    word = toks[i].text
    if word in _MONTHS:
        return _MONTHS[word]
    if word in _MONTH_ABBR_AFTER_DAY:
        before = i - 2 if _text_at(toks, i - 1) == "de" else i - 1
        if before >= 0 and toks[before].kind == "num":
            return _MONTH_ABBR_AFTER_DAY[word]
    return None


# What _mask_noise leaves for a time, price, phone or long number: it says nothing about
# the number before it ("del 5 al 8 14hs", "del 5 al 8, 5 mil de seña": 8 is a day).
_MASKED = frozenset({"xtime", "xprice", "xphone", "xnum"})


def _is_noun_after(toks: list[_Tok], i: int) -> bool:
    """True when the token after position i is a unit or person noun ("4 noches", "2 chicos")."""
    after = _text_at(toks, i + 1)
    rank = _text_at(toks, i - 1) in ("el", "al", "del")
    if after == "finde" and toks[i].kind == "num" and toks[i].value != 1 and not rank:
        # "para 2, finde del 9" (the comma gone): the party, then the weekend; two weekends
        # are "2 findes" ("un finde" is still a length, "el 2do finde" a rank).
        return False
    if after in _PET_WORDS and toks[i].kind == "num" and _pet_label(toks, i):
        return False
    if after in _ONE_PLACE and toks[i].value > 1:
        return False  # "del 15 al 18 cabaña 2": the day, then which cabin (session 24)
    return after in _NOUNS_AFTER_NUMBERS and after not in _MASKED and not _day_before_party(toks, i)


# A cabin, room or car in the singular after a number above one is no count of them: the
# number ends another phrase ("del 15 al 18 cabaña 2", "el 20 habitación doble").
_ONE_PLACE = frozenset("cabana cabanita habitacion dormitorio auto coche camioneta".split())
# A pet in the singular ("4 mascota" counts nothing): the number before it ends another
# phrase, the full stop or comma gone ("Pax: 4. Mascota: sí", "somos 4, perro chico").
_ONE_PET = frozenset("perro perra perrito perrita mascota gato gata gatito gatita".split())


def _pet_label(toks: list[_Tok], i: int) -> bool:
    """The pet word after the number at i starts its own phrase: a singular after more
    than one ("somos 4. perro chico"), a range's last day or a number no pets are ("march
    10-13, pets allowed?", "del 10 al 13 mascotas?"), or a form's label with its answer
    after it ("somos 5. Mascotas: 1", "Perros: no")."""
    after = _text_at(toks, i + 2)
    if _text_at(toks, i + 1) in _ONE_PET and toks[i].value > 1:
        return True
    if toks[i].value > 6 or _text_at(toks, i - 1) in ("al", "a", "-"):
        return True
    return (i + 2 < len(toks) and toks[i + 2].kind == "num") or after in ("si", "no")


# A party in the singular: "del 9 al 12 pareja + bebé" ends the range on the 12th and the
# couple comes after it; "2 parejas" counts couples (round 28: it read 12 couples, no days).
_SINGULAR_PARTY = frozenset({"pareja", "matrimonio", "familia", "grupo"})


def _day_before_party(toks: list[_Tok], i: int) -> bool:
    """The number at i is a day, after a day's word, before a singular party noun."""
    return (
        _text_at(toks, i + 1) in _SINGULAR_PARTY
        and toks[i].kind == "num"
        and toks[i].value > 1
        and _text_at(toks, i - 1) in ("al", "a", "hasta", "del", "el")
    )


def _year_after(toks: list[_Tok], i: int) -> tuple[int | None, int]:
    """A year written at position i ("2026", "de 2026", "del 26"); returns (year, next index)."""
    j = i + 1 if _text_at(toks, i) in ("de", "del") else i
    if j < len(toks) and toks[j].kind == "num" and not toks[j].text.isalpha():
        value = toks[j].value
        if 2000 <= value <= 2099:
            return value, j + 1
        if len(toks[j].text) == 2 and 24 <= value <= 40 and not _is_noun_after(toks, j):
            return 2000 + value, j + 1
    return None, i


def _mark(toks: list[_Tok], start: int, stop: int) -> None:
    for k in range(start, min(stop, len(toks))):
        toks[k].used = True


def _find_points(
    toks: list[_Tok],
) -> tuple[list[_Point], list[tuple[int, int | None]], list[_Point]]:
    """Date mentions in text order, months (with a year, if written) named without a day,
    and the holidays whose days the guest wrote ("año nuevo, del 30 al 2": see
    _give_holiday_month)."""
    points: list[_Point] = []
    holidays: list[_Point] = []
    months: list[tuple[int, int | None]] = []
    i = 0
    while i < len(toks):
        step = (
            _holiday(toks, i, points)
            or _next_holiday(toks, i, points)
            or _week_of_month(toks, i, points)
            or _time_window(toks, i, points)
            or _explicit_date(toks, i, points)
            or _day_then_month(toks, i, points)
            or _day_dash_day_month(toks, i, points)
            or _month_then_days(toks, i, points)
            or _bare_day(toks, i, points)
            or _relative_day(toks, i, points)
            or _weekday(toks, i, points)
        )
        if step:
            i = step
            continue
        month = _month_at(toks, i)
        if month and toks[i].text not in _MONTH_ABBR_AFTER_DAY and not _negated(toks, i):
            months.append((month, _year_after(toks, i + 1)[0]))
        i += 1
    holiday = any(p.kind == "holiday" for p in points)
    if any(
        (p.kind == "explicit" and not p.vague) or (holiday and p.kind == "weekday") for p in points
    ):
        # "semana santa, del 24 al 27", "la primera semana de enero, del 2 al 9": the days
        # the guest wrote say more than the period they fall in ("del jueves al domingo de
        # Semana Santa": its days, see _weekdays_of_holiday).
        # The month of a week stays named: "del 2 al 9" are January's days.
        weeks = [p for p in points if p.vague and p.kind == "explicit"]
        months += [(p.month, p.year) for p in weeks[:1] if p.month is not None]
        holidays = [p for p in points if p.kind == "holiday" and p.offset == 0]
        written = [p for p in points if not p.vague]
        if holidays and all(_role_before(toks, p.pos) == "end" for p in written):
            # "desde Navidad hasta el 28": only the departure is written; the holiday's
            # arrival stays (it was dropped, and the bot asked when they arrive).
            written = holidays[:1] + written
        points = written
    next_week = any(p.kind == "weekday" for p in points) and _names_next_week(toks)
    _weekdays_after_range(toks, points)
    for point in points:
        point.next_week = next_week and point.kind == "weekday"
        point.off = point.kind == "explicit" and _named_holiday(toks, point)
        point.role = _role_before(toks, point.pos)
        if point.role == "end" and _trip_for_length(toks, point.pos):
            point.role = "start"  # "volvemos el 20 de febrero por 3 noches": coming for them
        point.weekday_named = _text_at(toks, point.pos - 1) in _WEEKDAYS
        if point.weekday_named and point.kind == "explicit":
            point.weekday_of = _WEEKDAYS[_text_at(toks, point.pos - 1)]
        if point.role:
            point.weak = False
    return points, months, holidays


def _weekdays_after_range(toks: list[_Tok], points: list[_Point]) -> None:
    """ "del 12 al 14 (vie a dom)": weekdays written right after a range of days, joined
    as the days are, are those days' (see _month_of_weekdays), no dates of their own."""
    for start, end in itertools.pairwise(points):
        k = end.pos + 1
        if start.kind != "explicit" or end.kind != "explicit" or end.pos - start.pos > 3:
            continue
        first, joint, last = _text_at(toks, k), _text_at(toks, k + 1), _text_at(toks, k + 2)
        if first in _WEEKDAYS and joint in ("a", "al", "-", "hasta") and last in _WEEKDAYS:
            start.weekday_of = (
                start.weekday_of if start.weekday_of is not None else _WEEKDAYS[first]
            )
            end.weekday_of = end.weekday_of if end.weekday_of is not None else _WEEKDAYS[last]


def _named_holiday(toks: list[_Tok], point: _Point) -> bool:
    """ "el feriado del 8", "el puente del 7 de diciembre": a day named as a holiday (or
    the bridge beside one), whose stay is the long weekend it makes (see _holiday_run).
    "El 8 x el feriado" stays the day: the holiday is said of it, not named by it."""
    k = _before_day(toks, point)
    return _text_at(toks, k) in ("del", "de") and _text_at(toks, k - 1) in ("feriado", "puente")


def _names_next_week(toks: list[_Tok]) -> bool:
    """ "la semana que viene", "la próxima semana", "la semana entrante": the calendar week
    after this one, so "el jueves de la semana que viene" said on a Wednesday is not
    tomorrow (round 25)."""
    for i, t in enumerate(toks):
        if t.text != "semana":
            continue
        after = (_text_at(toks, i + 1), _text_at(toks, i + 2))
        if after == ("que", "viene") or after[0] in ("proxima", "entrante", "siguiente"):
            return True
        if _text_at(toks, i - 1) in ("proxima", "proximo", "siguiente"):
            return True
    return False


# Going words that end a stay ("salimos el 20", "volvemos el martes") unless a length
# follows the day: then the trip starts there ("volvemos el 20 por 3 noches").
_TRIP_VERBS = frozenset("salimos saldriamos volvemos regresamos partimos salgo".split())
_LENGTH_UNITS = frozenset("noche noches dia dias semana semanas".split())


def _trip_for_length(toks: list[_Tok], pos: int) -> bool:
    if _word_before(toks, pos) not in _TRIP_VERBS:
        return False
    k = pos + 1
    while k < len(toks) and (toks[k].text == "de" or _month_at(toks, k) is not None):
        k += 1  # "el 20 de febrero"
    count = toks[k + 1] if _text_at(toks, k) in ("por", "x") and k + 1 < len(toks) else None
    return count is not None and count.kind == "num" and _text_at(toks, k + 2) in _LENGTH_UNITS


_HOLIDAY_FIRST_WORDS = frozenset(words[0] for words in _HOLIDAY_NAMES)
# "Reyes" is also a surname and the Magi of a story: a stay only after these.
_REYES_BEFORE = frozenset({"para", "de", "en", "por", "x", "pasando", "pasado"})


def _holiday(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "Semana Santa", "carnaval", "Navidad", "Año Nuevo", "fin de año" (+ a year): the
    stay the holiday names, as an arrival and a departure (see _holiday_stay). After a
    wish ("¡feliz Navidad!", "felices pascuas") it is no stay."""
    if _text_at(toks, i) not in _HOLIDAY_FIRST_WORDS:  # asked at every token: a set first
        return 0
    for words, name in _HOLIDAY_NAMES.items():
        stop = i + len(words)
        if tuple(_text_at(toks, k) for k in range(i, stop)) != words:
            continue
        if any(t.used for t in toks[i:stop]) or _text_at(toks, i - 1) in _WISHES:
            return 0
        if name == "reyes" and _text_at(toks, i - 1) not in _REYES_BEFORE:
            return 0  # "soy Juan Reyes", "los reyes magos": a name, a story
        if name == "reyes" and _text_at(toks, i - 2) == "dia" and _text_at(toks, i - 3) in _WISHES:
            return 0  # "¡feliz día de Reyes!"
        year, nxt = _year_after(toks, stop)
        if year is not None and len(toks[nxt - 1].text) != 4:
            year, nxt = None, stop  # "semana santa del 25 al 28": days, not the year 2025
        # "la semana de Navidad", "semana del año nuevo": the week around it (see
        # _holiday_stay), "semana" not read again as "una semana" from the holiday.
        around = _text_at(toks, i - 1) in ("de", "del", "d") and _text_at(toks, i - 2) == "semana"
        start = i - 2 if around and not toks[i - 2].used else i
        around = start < i
        if around and _text_at(toks, start - 1) in _WISHES:
            return 0  # "¡feliz semana de Navidad!"
        points.append(_Point(i, "holiday", year=year, holiday=name, vague=True, around=around))
        points.append(
            _Point(i, "holiday", year=year, holiday=name, offset=1, vague=True, around=around)
        )
        _mark(toks, start, nxt)
        return nxt
    return 0


_NEXT_BEFORE = frozenset({"proximo", "proxima", "siguiente"})
_NEXT_AFTER = frozenset({"proximo", "siguiente", "entrante"})


def _next_holiday(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "el próximo feriado", "para el feriado", "el feriado que viene": the next national
    holiday's long weekend; "el próximo finde largo", "el finde largo que viene": the next
    holiday's that makes one (see _next_free_run). Session 21: they read nothing, or the
    coming Friday to Monday, a long weekend or not.

    "El finde largo" / "este finde largo" stay the coming Friday to Monday (the guest says
    it is long), "el feriado del 8" the long weekend of that day (see _named_holiday), "el
    feriado de carnaval" Carnaval's, and the plural ("los feriados") none in particular.
    """
    if toks[i].text == "feriado":
        name, stop = "feriado", i + 1
    elif toks[i].text == "finde" and _text_at(toks, i + 1) == "largo":
        name, stop = "finde_largo", i + 2
    else:
        return 0
    if toks[i].used:
        return 0
    later = 0
    if (_text_at(toks, stop), _text_at(toks, stop + 1)) == ("que", "viene"):
        later = 2
    elif _text_at(toks, stop) in _NEXT_AFTER:
        later = 1
    said_next = later or _text_at(toks, i - 1) in _NEXT_BEFORE
    if name == "finde_largo" and not said_next:
        return 0
    if name == "feriado" and not said_next and _text_at(toks, i - 1) != "el":
        return 0
    stop += later
    day_after = _day_at(toks, stop) is not None and not _is_noun_after(toks, stop)
    if _text_at(toks, stop) in ("de", "del") or day_after:
        return 0  # "el feriado del 8", "el feriado 8", "el feriado de mayo": that day, month
    points.append(_Point(i, "holiday", holiday=name, vague=True))
    points.append(_Point(i, "holiday", holiday=name, offset=1, vague=True))
    _mark(toks, i, stop)
    return stop


# Argentina's movable national holidays (Ley 27.399, art. 6): on a Tuesday or Wednesday
# they move to the Monday before, on a Thursday or Friday to the Monday after. A decree
# may still move one otherwise; the dates are said back and the guest can correct them.
_MOVABLE_HOLIDAYS = ((6, 17), (8, 17), (10, 12), (11, 20))


@functools.lru_cache(maxsize=8)
def _free_days(year: int) -> frozenset[date]:
    """The year's national holidays, Holy Thursday (a non-working day) and the bridges a
    Tuesday or Thursday holiday makes (the Monday or Friday between, as Argentina sets
    its "puentes"); weekends aside."""
    easter = _easter(year)
    days = {date(year, month, day) for month, day in _FIXED_HOLIDAYS}
    days |= {easter - timedelta(days=n) for n in (48, 47, 3, 2)}  # Carnaval, Holy Thu/Fri
    days |= {_moved(date(year, month, day)) for month, day in _MOVABLE_HOLIDAYS}
    days |= {d - timedelta(days=1) for d in days if d.weekday() == 1}
    days |= {d + timedelta(days=1) for d in days if d.weekday() == 3}
    return frozenset(days)


def _moved(day: date) -> date:
    """A movable holiday's date by Ley 27.399's rule (its Monday before or after); any
    other day as it is: "el feriado del 12 de octubre" is the Monday it moves to."""
    if (day.month, day.day) not in _MOVABLE_HOLIDAYS:
        return day
    if day.weekday() in (1, 2):
        return day - timedelta(days=day.weekday())
    if day.weekday() in (3, 4):
        return day + timedelta(days=7 - day.weekday())
    return day


def _free(day: date) -> bool:
    return day.weekday() >= 5 or day in _free_days(day.year)


def _free_run(day: date) -> tuple[date, date]:
    """The first and last of the free days in a row that hold ``day`` (weekend days,
    holidays, bridges)."""
    first = last = day
    while _free(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while _free(last + timedelta(days=1)):
        last += timedelta(days=1)
    return first, last


def _run_stay(first: date, last: date) -> tuple[date, date | None]:
    """A free run's stay: in on its first day (on the Friday when that is a Saturday, as
    any weekend is Friday in), out on its last; no departure when that is the arrival (a
    Wednesday holiday alone: the bot asks until when)."""
    arrival = first - timedelta(days=1) if first.weekday() == 5 else first
    return arrival, (last if last > arrival else None)


def _next_free_run(today: date, long_weekend: bool) -> tuple[date, date | None]:
    """The stay for the next holiday: its free run's (see _run_stay), the first such stay
    not started. ``long_weekend``: only runs of three days or more ("el próximo finde
    largo")."""
    for year in (today.year, today.year + 1, today.year + 2):
        for holiday in sorted(_free_days(year)):
            first, last = _free_run(holiday)
            arrival, departure = _run_stay(first, last)
            if arrival < today or (long_weekend and (last - first).days < 2):
                continue
            return arrival, departure
    return today, None  # pragma: no cover (every year has long weekends)


def long_weekends_in(year: int, month: int) -> list[tuple[date, date]]:
    """The long weekends (free runs of three days or more: weekend, holidays, bridges)
    whose stay begins in that month, as (arrival, departure) the way "el próximo finde
    largo" reads them (see _run_stay), in order. For the bot: "el finde largo de
    diciembre" stays the month alone in the NLU (round 6), and the bot offers these."""
    stays: list[tuple[date, date]] = []
    for holiday in sorted(_free_days(year) | _free_days(year + 1)):
        first, last = _free_run(holiday)
        arrival, departure = _run_stay(first, last)
        if (arrival.year, arrival.month) != (year, month) or (last - first).days < 2:
            continue
        if departure is not None and (arrival, departure) not in stays:
            stays.append((arrival, departure))
    return stays


def _holiday_run(day: date) -> tuple[date, date | None] | None:
    """ "el feriado del 8", "el finde largo del 8 de febrero": the free run a holiday
    named by its day makes (see _free_run; a movable one by the date it moves to), or None
    when that day is no holiday on a weekday (a weekend alone, a working day)."""
    day = _moved(day)
    if day.weekday() >= 5 or day not in _free_days(day.year):
        return None
    return _run_stay(*_free_run(day))


def _weekend_holiday(day: date) -> bool:
    """A holiday on a Saturday or Sunday ("el feriado del 1 de mayo" of 2027): it makes no
    long weekend, only its weekend."""
    return day.weekday() >= 5 and day in _free_days(day.year)


def _next_holiday_on(day: int, floor: date) -> date | None:
    """ "el feriado del 24" with no month: the first 24th on or after ``floor`` that is a
    holiday (24/3), within a year; None when no month has one."""
    for delta in range(13):
        year, month = _add_months(floor.year, floor.month, delta)
        found = _safe_date(year, month, day)
        if found and found >= floor and _holiday_run(found) is not None:
            return found
    return None


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm in Meeus's
    "Astronomical Algorithms", exact for every Gregorian year)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_skips, century_rest = divmod(century, 4)
    correction = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_skips - correction + 15) % 30
    quarter, year_rest = divmod(of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * quarter - epact - year_rest) % 7
    late = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * late + 114, 31)
    return date(year, month, day + 1)


def _holiday_in(name: str, year: int) -> tuple[date, date]:
    """(arrival, departure) of a holiday's stay in ``year``.

    Semana Santa: Holy Thursday in, Easter Sunday out (the Thursday and Friday are
    holidays in Argentina). Carnaval: Saturday in, Tuesday out (Monday and Tuesday, 48
    and 47 days before Easter, are the holidays). Navidad: 24/12 in, 26/12 out
    (Nochebuena and Navidad). Año Nuevo and "fin de año": 31/12 in, 2/1 out.
    """
    if name == "semana_santa":
        easter = _easter(year)
        return easter - timedelta(days=3), easter
    if name == "carnaval":
        easter = _easter(year)
        return easter - timedelta(days=50), easter - timedelta(days=47)
    if name == "navidad":
        return date(year, 12, 24), date(year, 12, 26)
    if name == "reyes":  # the 6th of January: its eve and the day, as Navidad
        return date(year, 1, 5), date(year, 1, 7)
    return date(year, 12, 31), date(year + 1, 1, 2)


def _holiday_stay(point: _Point, today: date) -> tuple[date, date]:
    """The holiday's next stay that has not started (with a year: that year's; "Año
    Nuevo 2027" is the one that ends in 2027)."""
    name = point.holiday or "navidad"
    if name in ("feriado", "finde_largo"):  # "el próximo feriado": its long weekend
        arrival, departure = _next_free_run(today, name == "finde_largo")
        return arrival, departure or arrival
    if point.around:  # the week still running counts (on the 25th, "la semana de Navidad")
        return _week_around(_holiday_own_stay(name, point.year, today - timedelta(days=3)), today)
    return _holiday_own_stay(name, point.year, today)


def _holiday_own_stay(name: str, year: int | None, today: date) -> tuple[date, date]:
    if year is not None:
        return _holiday_in(name, year - (name == "ano_nuevo"))
    for year in (today.year - 1, today.year, today.year + 1):
        stay = _holiday_in(name, year)
        if stay[0] >= today:
            return stay
    return _holiday_in(name, today.year + 1)  # pragma: no cover (the loop always finds one)


def _week_around(stay: tuple[date, date], today: date) -> tuple[date, date]:
    """The week of a holiday ("la semana de Navidad", "de Año Nuevo", "de Reyes"): 7
    nights with the holiday's own stay (see _holiday_in) in the middle, the odd night
    after it: Navidad 22/12 → 29/12, Año Nuevo 29/12 → 5/1, Reyes 3/1 → 10/1. Decided so
    (session 23) because guests who say it mean the days around the holiday, not a
    calendar week from Monday, and the holiday's own nights must be in it. Told once that
    week has begun (on the 23rd, of Navidad), the stay is from today to the week's end."""
    arrival, departure = stay
    before = (7 - (departure - arrival).days) // 2
    arrival -= timedelta(days=before)
    return max(arrival, today), arrival + timedelta(days=7)


def _give_holiday_month(points: list[_Point], holidays: list[_Point], today: date) -> None:
    """ "año nuevo, del 30 al 2", "en semana santa del 1 al 4": days written beside a
    holiday are around it, so a start without a month takes the month (of the holiday's
    own, the one before or after) that puts it nearest the holiday's arrival; the end
    then rolls forward from it (30/12 -> 2/1). Only with no month named (then that month
    rules, see bot.nlu._give_month) and one holiday.
    """
    if len({p.holiday for p in holidays}) != 1:
        return
    _weekdays_of_holiday(points, _holiday_stay(holidays[0], today))
    start = next((p for p in points if p.kind == "explicit"), None)
    if start is None or start.month is not None or start.year is not None:
        return
    arrival = _holiday_stay(holidays[0], today)[0]
    candidates = []
    for delta in (-1, 0, 1):
        year, month = _add_months(arrival.year, arrival.month, delta)
        day = _safe_date(year, month, start.day)
        if day is not None and day >= today:
            candidates.append(day)
    if candidates:
        nearest = min(candidates, key=lambda day: abs((day - arrival).days))
        start.month, start.year = nearest.month, nearest.year


def _weekdays_of_holiday(points: list[_Point], stay: tuple[date, date]) -> None:
    """ "del jueves al domingo de Semana Santa", "el lunes de carnaval": weekdays named
    beside a holiday are its days, the ones nearest its stay, not the coming ones. A lone
    arrival ("llegamos el miércoles de Semana Santa") is left without a departure, like a
    day written beside a holiday ("para Navidad, llegamos el 23"): the bot asks."""
    arrival, departure = stay
    for point in points:
        if point.kind != "weekday":
            continue
        ahead = (point.offset - arrival.weekday()) % 7
        days = (arrival + timedelta(days=ahead), arrival + timedelta(days=ahead - 7))
        day = min(days, key=lambda d: max(arrival - d, d - departure, timedelta(0)))
        point.kind, point.day, point.month, point.year = "explicit", day.day, day.month, day.year
        point.weak = False


def _week_of_month(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "la segunda semana de marzo", "2da semana de enero", "la última semana de
    julio": a stay of that week, seven nights.

    Weeks count from the 1st, not the calendar: the first is days 1-7 (in on the 1st,
    out on the 8th), the second 8-14, the third 15-21, the fourth 22-28; the last is the
    month's last seven days (out on the 1st of the next; in February from the 22nd, the
    23rd in a leap year, which _day_in settles once the year is known). Always seven
    nights: the fourth week of a leap February leaves on the 29th. A calendar week
    (Monday to Sunday) would split a month's first days into a week of their own; guests
    mean "around the 8th to the 14th". A fortnight the same way: "la primera quincena de
    enero" is the nights of the 1st to the 15th (out on the 16th), "la segunda" (or
    "última") those of the 16th to the month's end (out on the 1st of the next), the
    halves Argentine summer rentals are let by.
    """
    t = toks[i]
    if t.kind == "word" and t.text in _WEEK_ORDINALS:
        nth, k = _WEEK_ORDINALS[t.text], i + 1
    elif t.kind == "num" and t.text.isdigit() and 1 <= t.value <= 4:
        # "2da semana" reaches us as "2 semana"; "1ra" as "1 ra". A bare "1 semana de
        # enero" is a length (one week in January), not the first week.
        suffixed = _text_at(toks, i + 1) in ("ra", "ro", "er")
        # "la 1er semana de marzo" reaches us as "la 1 semana": after an article the
        # number ranks a week (a length reads "1 semana", "una semana").
        ranked = _text_at(toks, i - 1) in ("la", "el")
        if t.value == 1 and not suffixed and not ranked:
            return 0
        nth, k = t.value, i + 2 if suffixed else i + 1
    else:
        return 0
    unit = _text_at(toks, k)
    if unit not in ("semana", "quincena"):
        return 0
    at = k + 2  # the month's token
    if _text_at(toks, k + 1) not in ("de", "del"):
        # "en enero, la primera semana": the month said just before, the commas gone;
        # or opening the message ("enero, la 2da quincena").
        at = i - 2 if _text_at(toks, i - 1) in ("la", "el") else i - 1
        if at < 0 or (at > 0 and _text_at(toks, at - 1) not in ("en", "para", "de")):
            return 0
    month = _month_at(toks, at)
    year, nxt = _year_after(toks, at + 1) if at > k else (None, k + 1)
    if month is None and at > k and _text_at(toks, at) == "ano":
        month = 12 if nth == -1 else 1  # "la última semana del año": December's
    elif month is None and at > k and len(_text_at(toks, at)) == 4:
        # "la última semana de 2027" ("del año que viene" reaches us so): December's.
        year, nxt = _year_after(toks, at)
        month = None if year is None else 12 if nth == -1 else 1
    if month is None or (unit == "quincena" and nth not in (1, 2, -1)):
        return 0
    next_year, next_month = _add_months(year or 2001, month, 1)
    month_end = calendar.monthrange(2001, month)[1]  # a common year: February has 28 days
    if unit == "quincena":  # no week: its length is the half month's, not seven nights
        start, end, week = (1, 16, 0) if nth == 1 else (16, month_end + 1, 0)
    else:
        start, week = (month_end - 6 if nth == -1 else 7 * nth - 6), nth
        end = start + 7
    points.append(_Point(i, "explicit", start, month, year, vague=True, week=week))
    if end > month_end:
        year_out = next_year if year else None
        points.append(_Point(at, "explicit", 1, next_month, year_out, vague=True, week=week))
    else:
        points.append(_Point(at, "explicit", end, month, year, vague=True, week=week))
    _mark(toks, i, nxt)
    return nxt


def _hour_at(toks: list[_Tok], i: int) -> bool:
    t = toks[i] if 0 <= i < len(toks) else None
    return t is not None and t.kind == "num" and t.text.isdigit() and 0 <= t.value <= 24


# Words of a schedule: "trabajo de 9 a 18", "¿atienden de 8 a 20?", "el horario de la
# pileta es de 10 a 19": a "de N a M" a few words after one is hours, not days (session 24).
_SCHEDULE_WORDS = frozenset(
    """
    horario horarios trabajo trabajamos trabaja trabajan laburo laburamos labura laburan
    atienden atiende atencion abre abren abierto abierta abiertos abiertas cierra cierran
    funciona funcionan office oficina reunion reuniones clase clases
    """.split()
)


def _time_window(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "el 20 de 14 a 16", "el sábado de 10 a 12", "mañana de 9 a 11": hours on that day;
    "trabajo de 9 a 18", "¿abren de 8 a 20?": hours of a schedule (see _SCHEDULE_WORDS).

    Right after a date mention a "de N a M" of small numbers is a time of day (a guest
    who means days writes "del 14 al 16", and a second range would contradict the
    date just given). It is skipped, so the numbers are neither days nor guests; one
    with a month or a noun after it ("de 10 a 12 de enero", "de 3 a 5 noches") is not.
    """
    if _text_at(toks, i) != "de" or _text_at(toks, i + 2) != "a":
        return 0
    schedule = any(t.text in _SCHEDULE_WORDS for t in toks[max(i - 5, 0) : i])
    if not schedule and (not points or not all(t.used for t in toks[points[-1].pos + 1 : i])):
        return 0  # no date just before "de" (or something between them): not its time
    if not (_hour_at(toks, i + 1) and _hour_at(toks, i + 3)):
        return 0
    if _is_noun_after(toks, i + 3) or _month_at(toks, i + 4) or _month_at(toks, i + 5):
        return 0
    _mark(toks, i, i + 4)
    return i + 4


def _explicit_date(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "15/12", "15-12-26", "15/12/2026" (+ an optional year after it)."""
    t = toks[i]
    if t.kind != "date" or t.used:
        return 0
    year, nxt = (t.year, i + 1) if t.year else _year_after(toks, i + 1)
    points.append(_Point(i, "explicit", t.value, t.month, year))
    _mark(toks, i, nxt)
    return nxt


def _day_then_month(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "15 de diciembre", "15 dic", "1ro de enero 2027"."""
    day = _day_at(toks, i)
    if day is None:
        return 0
    j = i + 2 if _text_at(toks, i + 1) == "de" else i + 1
    month = _month_at(toks, j)
    if month is None and (month := _month_number_at(toks, i)):
        j = i + 2
    if month is None:
        return 0
    # "31 de abril", "30 de febrero": kept as written, a day its month does not have
    # (see _no_such_date: the bot says so and asks, session 21).
    if _text_at(toks, i - 1) not in _DAY_PREFIX and _month_opens_range(toks, j):
        return 0  # "seríamos 4 dic 15 al 18": the month heads the range after it
    year, nxt = _year_after(toks, j + 1)
    points.append(_Point(i, "explicit", day, month, year))
    _mark(toks, i, nxt)
    return nxt


def _month_opens_range(toks: list[_Tok], j: int) -> bool:
    """The month at j starts a range of days written after it: "dic 15 al 18"."""
    if _text_at(toks, j + 2) not in ("al", "a", "hasta", "-"):
        return False
    k = j + 4 if _text_at(toks, j + 3) == "el" else j + 3
    if _month_at(toks, k + 2 if _text_at(toks, k + 1) == "de" else k + 1) is not None:
        return False  # "15 dic 26 al 18 dic 26": each end has its month, 26 is the year
    return all(
        _day_at(toks, n) is not None and toks[n].text.isdigit() and not _is_noun_after(toks, n)
        for n in (j + 1, k)
    )


def _month_number_at(toks: list[_Tok], i: int) -> int | None:
    """ "el 15 del 1", "del 2 al 9 del 12", "del 15 de 12 al 18 de 12": a month by its
    number after a day and "del" or "de".

    Only for digits after a day that already reads as one ("el", "al", "desde"...), so
    "somos 4 del 10 al 12" keeps its count; after "de", not the start of hours ("el 15
    de 10 a 12": arriving between 10 and 12).
    """
    prev = _text_at(toks, i - 1)
    link = _text_at(toks, i + 1)
    if link not in ("del", "de") or prev not in _DAY_PREFIX or prev in _FIT_VERBS:
        return None  # "¿entramos 4 del 3 al 5?" asks for 4 people
    k = i + 2
    if k >= len(toks) or toks[k].kind != "num" or not toks[k].text.isdigit():
        return None
    if not 1 <= toks[k].value <= 12 or _is_noun_after(toks, k) or not toks[i].text.isdigit():
        return None
    if link == "de" and _text_at(toks, k + 1) in ("a", "hasta"):
        return None
    return toks[k].value


def _day_dash_day_month(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "15-18 de enero", "15 - 18 ene": a day range that shares one month."""
    first = _day_at(toks, i)
    if first is None or _text_at(toks, i + 1) != "-":
        return 0
    second = _day_at(toks, i + 2)
    if second is None:
        return 0
    j = i + 4 if _text_at(toks, i + 3) == "de" else i + 3
    month = _month_at(toks, j)
    if month is None:
        return 0
    year, nxt = _year_after(toks, j + 1)
    points.append(_Point(i, "explicit", first, month, year))
    points.append(_Point(i + 2, "explicit", second, month, year))
    _mark(toks, i, nxt)
    return nxt


# The first days of a month: "a principios de enero, del 30 al 3" ends in January.
_EARLY_PART = frozenset("principios principio comienzos comienzo inicios inicio".split())


def _month_then_days(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "diciembre del 20 al 27", "en enero del 3 al 10", "enero 15", "mar 10 al 14"."""
    month = _month_at(toks, i)
    if toks[i].text in _MONTH_ABBR_AFTER_DAY:
        month = _abbr_before_day(toks, i)
    if month is None or _negated(toks, i):
        return 0  # "no en diciembre, del 8 al 11": the days are not December's
    j = i + 2 if _text_at(toks, i + 1) in ("del", "el", "de") else i + 1
    day = _day_at(toks, j)
    if day is None or _is_noun_after(toks, j) or not _valid_day_month(day, month):
        return 0
    points.append(_Point(j, "explicit", day, month))
    _mark(toks, i, j + 1)
    k = j + 1
    if _text_at(toks, k) in ("al", "a", "hasta", "-", "y"):
        k2 = k + 2 if _text_at(toks, k + 1) == "el" else k + 1
        second = _day_at(toks, k2)
        # "mayo 31 al 2 de junio": an end with its own month is left to _day_then_month.
        own_month = _month_at(toks, k2 + 2 if _text_at(toks, k2 + 1) == "de" else k2 + 1)
        if second is not None and not _is_noun_after(toks, k2) and own_month is None:
            end_month = month
            if second < day:
                # "diciembre, del 28 al 2": the days wrap into the next month, so the month
                # opening them is the start's (it read 2/12 of the next year); "a
                # principios de enero, del 30 al 3" names the end's (round 26).
                if _text_at(toks, i - 1) == "de" and _text_at(toks, i - 2) in _EARLY_PART:
                    points[-1].month = (month - 2) % 12 + 1
                else:
                    end_month = month % 12 + 1
            points.append(_Point(k2, "explicit", second, end_month))
            _mark(toks, k, k2 + 1)
            return k2 + 1
    return k


def _abbr_before_day(toks: list[_Tok], i: int) -> int | None:
    """ "mar", "may", "ago", "sep", "set" written before their day: a month only where a
    range needs one, so "el mar" and "ago 3 cosas" stay words. It ends a range begun by a
    date ("feb 29 a mar 3", "jul 30 a ago 2") or opens one of digits ("mar 10 al 14").
    """
    day = i + 1
    if _day_at(toks, day) is None or not toks[day].text.isdigit() or _is_noun_after(toks, day):
        return None
    if _tuesday(toks, i):
        return None
    prev = _text_at(toks, i - 1)
    ends_range = prev in ("a", "al", "hasta", "-") and i >= 2 and toks[i - 2].used
    k = day + 3 if _text_at(toks, day + 2) == "el" else day + 2
    opens_range = (
        prev not in ("el", "al", "del", "la", "de", "a")
        and _text_at(toks, day + 1) in ("al", "a", "hasta", "-")
        and _day_at(toks, k) is not None
        and toks[k].text.isdigit()
        and not _is_noun_after(toks, k)
    )
    return _MONTH_ABBR_AFTER_DAY[toks[i].text] if ends_range or opens_range else None


def _tuesday(toks: list[_Tok], i: int) -> bool:
    """ "mar" before a day is Tuesday, not March, when the day has its own month ("12 al mar
    15 de dic") or a weekday opened the range ("sab 12 al mar 15")."""
    if toks[i].text != "mar":
        return False
    day = i + 1
    if _month_at(toks, day + 2 if _text_at(toks, day + 1) == "de" else day + 1) is not None:
        return True
    return _text_at(toks, i - 1) in ("a", "al", "hasta", "-") and _text_at(toks, i - 3) in _WEEKDAYS


def _listed_next(toks: list[_Tok], i: int) -> bool:
    """The day goes on to "y" and another day: "20 21 y 22", "20 21 22 y 23"."""
    at = i + 1
    while at - i <= 6 and _text_at(toks, at) != "y" and _day_at(toks, at) is not None:
        at += 1  # "15 16 17 y 18": every day listed before the "y"
    return (
        _text_at(toks, at) == "y"
        and _day_at(toks, at + 1) is not None
        and not _is_noun_after(toks, at + 1)  # "el 20 4 y 2 chicos": people
    )


def _days_in_a_row(toks: list[_Tok], i: int) -> int:
    """How many days follow one another from i, each the day after the one before ("15 16
    17"): a run of nights, not numbers of anything else."""
    run = 1
    while (
        run < 15
        and _is_num(toks, i + run)
        and toks[i + run].value == toks[i + run - 1].value + 1 <= 31
        and not _is_noun_after(toks, i + run)
    ):
        run += 1
    return run


def _in_nights_run(toks: list[_Tok], i: int) -> bool:
    """The day at i goes on a run of three days or more right after "noches"."""
    k = i - 1
    while k >= 0 and toks[k].kind == "num":
        k -= 1
    return _text_at(toks, k) in ("noches", "noche") and _days_in_a_row(toks, k + 1) >= 3


def _bare_day(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """A day without month, recognised only by its context ("el 15", "15 al 18")."""
    day = _day_at(toks, i)
    if day is None or _is_noun_after(toks, i):
        return 0
    prev, nxt = _text_at(toks, i - 1), _text_at(toks, i + 1)
    if toks[i].text.isalpha() and not _word_day_ok(toks, i, points):
        return 0
    # What follows a connector must look like a day too: "entre 4 y 5 personas" is not,
    # nor is a price range ("entre 30 y 40 mil", "de 20 a 25 lucas").
    # A spaced dash after a day's label separates fields: "salida 18 - 4 pax" (session 24).
    field = nxt == "-" and prev in _DAY_PREFIX and prev != "entre"
    if nxt in ("al", "a", "hasta", "-", "y", "o") and not field:
        k = i + 3 if _text_at(toks, i + 2) == "el" else i + 2
        if k < len(toks) and toks[k].kind == "num" and _is_noun_after(toks, k):
            return 0
        if _text_at(toks, k) == "xprice":
            return 0
    if prev in _FIT_VERBS and not (
        nxt in ("al", "a", "hasta", "-", "y", "o") or _month_after(toks, i)
    ):
        ok = False  # "¿entramos 4?", "entramos 4 del 3 al 5": the party, who fits
    elif prev in _DAY_PREFIX or (prev == "" and toks[i].text.isalpha()):
        ok = True  # a word day at the start already passed _word_day_ok
    elif prev in ("a", "y", "-", "o"):
        ok = bool(points) and i - points[-1].pos <= 3
    elif points and points[-1].pos == i - 1 and _listed_next(toks, i):
        ok = True  # "las noches del 20, 21 y 22": a list of days (the commas are gone)
    elif prev in ("noches", "noche") and (_listed_next(toks, i) or _days_in_a_row(toks, i) >= 3):
        ok = True  # "4 noches: 15, 16, 17 y 18", "noches 15 16 17": the nights named
    elif points and points[-1].pos == i - 1 and _in_nights_run(toks, i):
        ok = True  # "noches 15 16 17": the days after the first
    elif prev == "mar" and _tuesday(toks, i - 1):
        ok = bool(points) and i - points[-1].pos <= 4  # "sab 12 al mar 15"
    else:
        ok = prev not in ("para", "somos", "vamos", "nosotros") and _starts_day_range(toks, i)
    if not ok:
        return 0
    points.append(_Point(i, "explicit", day))
    toks[i].used = True
    return i + 1


def _month_after(toks: list[_Tok], i: int) -> bool:
    """A month right after the number at i ("4 enero", "4 de enero")."""
    at = i + 2 if _text_at(toks, i + 1) == "de" else i + 1
    return _month_at(toks, at) is not None


# Said before "el" and a day: whatever number follows is that day, never a count.
_ARRIVAL_VERBS = frozenset(
    "llegamos llego llegaria llegariamos llegan llega entramos entro ingresamos ingreso"
    " entrada salida egreso checkin checkout".split()
)


def _word_day_ok(toks: list[_Tok], i: int, points: list[_Point]) -> bool:
    """A day written as a word ("quince", "primero") needs a date-like context.

    "el día quince", "del veinte al veintitrés", "del primero al cinco": after "día",
    at the start of a range, or as the end of a range that just started. Elsewhere a
    number word is far more often a count ("del dos", "somos dos").
    """
    prev = _text_at(toks, i - 1)
    if prev == "dia":
        return True
    if (prev in ("del", "desde", "el", "") or (points and points[-1].pos == i - 1)) and (
        _words_listed_to_month(toks, i)
    ):
        return True  # "quince dieciseis y diecisiete de enero": the nights, listed
    # "el quince", "para el primero", "llego el cinco": a word day that ends the message
    # right after "el" answers "¿qué día?"; mid-sentence "el dos" is too often a count.
    if prev == "el" and i == len(toks) - 1:
        return True
    if prev == "el" and _text_at(toks, i - 2) in _ARRIVAL_VERBS:
        return True  # "llegamos el veinte y nos quedamos dos noches" (round 25): no count
    if prev in ("al", "a", "hasta", "y"):
        return _just_after_point(toks, i, points)
    if prev == "el" and _text_at(toks, i - 2) in ("hasta", "y"):
        # "el tres de enero hasta el diez", "entre el quince y el dieciocho": the article
        # after the connector changes nothing.
        return _just_after_point(toks, i, points, gap=2)
    if prev == "el" and _text_at(toks, i - 2) in ("desde", "entre"):
        prev = "desde"  # "desde el diez al quince": the article changes nothing
    # At the very start of the message too: "quince al dieciocho de enero"; after "el"
    # when another day follows ("el diecinueve y el veinte", "el diez al doce de enero").
    if prev not in ("del", "desde", "entre", "el", "") or _text_at(toks, i + 1) not in (
        "al",
        "a",
        "hasta",
        "y",
    ):
        return False
    k = i + 3 if _text_at(toks, i + 2) == "el" else i + 2
    if k < len(toks) and toks[k].kind == "date":
        return True
    return _day_at(toks, k) is not None and not _is_noun_after(toks, k)


def _words_listed_to_month(toks: list[_Tok], i: int) -> bool:
    """The day at i goes on to "y" and a last day that has its month: "quince dieciseis y
    diecisiete de enero" (round 28: it read the 17th alone); "dos tres y cuatro" is none."""
    at = i + 2 if _text_at(toks, i + 1) != "y" and _day_at(toks, i + 1) is not None else i + 1
    return (
        _text_at(toks, at) == "y"
        and _day_at(toks, at + 1) is not None
        and _month_after(toks, at + 1)
    )


def _just_after_point(toks: list[_Tok], i: int, points: list[_Point], gap: int = 1) -> bool:
    """The day at i ends a range that just started: "del 15 al 18", and also after a
    start written in full ("veinte de diciembre al veintitrés": its month and year
    tokens are already taken, so they do not count as distance). ``gap`` is how many
    tokens the connector takes ("al": 1, "hasta el": 2)."""
    if not points:
        return False
    between = toks[points[-1].pos + 1 : i - gap]
    return i - points[-1].pos <= 2 + gap or all(t.used for t in between)


# Guests list a few days ("15, 16 y 17 de enero"); past two weeks of them it is no list of
# stay days, and the bound keeps a pasted column of numbers from costing 31 steps a token.
_MAX_LISTED_DAYS = 14


def _starts_day_range(toks: list[_Tok], i: int) -> bool:
    """ "15 al 18", "de 15 a 18", "15 y 16 de enero": a day followed by another day."""
    ages = _text_at(toks, i - 1) in _AGES_BEFORE  # "chicos de 8 y 9", "tienen 8 y 9"
    for _ in range(_MAX_LISTED_DAYS):
        if _day_at(toks, i + 1) is None or toks[i + 1].text.isalpha():
            break
        # "15, 16 y 17 de dic", "20, 21, 22 de enero": a list of days that ends in a
        # range or a month.
        if _is_noun_after(toks, i + 1):
            return False
        after = i + 3 if _text_at(toks, i + 2) == "de" else i + 2
        if _month_at(toks, after) is not None:
            return not _month_opens_range(toks, after)
        i += 1
    else:
        return False
    nxt = _text_at(toks, i + 1)
    if nxt not in ("al", "a", "hasta", "-", "y"):
        return False
    k = i + 3 if _text_at(toks, i + 2) == "el" else i + 2
    if k < len(toks) and toks[k].kind == "date":
        return True
    if _day_at(toks, k) is None or toks[k].text.isalpha():
        return False
    if nxt == "y":  # "2 y 3" is too vague on its own: require the month after
        after = k + 2 if _text_at(toks, k + 1) == "de" else k + 1
        if _night_after(toks, k + 1) and not ages:
            # "18 y 19 a la noche": two nights in a row, said as such.
            return _day_at(toks, k) == (_day_at(toks, i) or 0) + 1
        return _month_at(toks, after) is not None and not _month_opens_range(toks, after)
    return True


# Words before two numbers that make them ages, not days.
_AGES_BEFORE = frozenset("de tienen tiene son edades".split())


def _night_after(toks: list[_Tok], i: int) -> bool:
    """ "a/por/x la noche" at i (a bare "19 noches" is a length)."""
    return (
        _text_at(toks, i) in ("a", "por", "x")
        and _text_at(toks, i + 1) == "la"
        and _text_at(toks, i + 2) == "noche"
    )


def _relative_day(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    offsets = {"hoy": 0, "manana": 1, "pasadomanana": 2}
    word = toks[i].text
    if word == "pasado" and _text_at(toks, i - 2) == "manana":
        # "de mañana a pasado", "mañana y pasado": "pasado" alone is pasado mañana.
        if _text_at(toks, i - 1) in ("a", "al", "y", "hasta"):
            word = "pasadomanana"
    if word in ("dentro", "en", "de") and toks[i].kind == "word":
        return _days_ahead(toks, i, points)
    if toks[i].kind != "word" or word not in offsets:
        return 0
    points.append(_Point(i, "relative", offset=offsets[word], weak=True))
    return i + 1


# Before "en N días" that make it when the guest arrives: nothing (it opens the message),
# a greeting or a going verb ("vamos en 10 días").
_IN_DAYS_BEFORE = frozenset(
    """
    hola buenas buen dia para ir vamos iriamos llegamos llegariamos llego llegaria viajamos
    viajo venimos vendriamos salimos saldriamos
    lugar lugares disponibilidad disponible algo
    """.split()
) | {""}
_DAYS_AHEAD_UNITS = {"dia": 1, "dias": 1, "semana": 7, "semanas": 7}
# "en un mes", "dentro de 2 meses": calendar months, the same day that many months on.
_MONTHS_AHEAD_UNITS = frozenset({"mes", "meses"})
# "dentro de un mes y pico", "en un mes y medio": vaguer than a day (the bot asks).
_VAGUE_AFTER = frozenset({"pico", "algo", "medio"})


def _days_ahead(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "dentro de 15 días", "en dos semanas": the arrival that many days from today; "en
    un mes", "dentro de 2 meses" that many calendar months (session 21: "¿tienen lugar en
    un mes para 3 noches?" read no arrival, "dentro de un mes" only next month).

    "En N días" only opening the message or after a greeting, a going verb or what is
    asked for ("¿hay lugar en 10 días?"): elsewhere it is too often a delay ("se acredita
    en 2 días", "te confirmo en 3 días"). "Un mes y pico" is too vague for a day.
    """
    j = i - 1
    while _text_at(toks, j) in ("te", "lo", "la", "les", "le", "se", "ya"):
        j -= 1
    if _text_at(toks, j) in _ACT_VERBS:
        return 0  # "te pago dentro de un mes", "te confirmo en 15 días": when they act
    k = i + 1
    if toks[i].text == "de":
        # "de acá a 10 días", "de aquí a 2 semanas": "dentro de", said another way.
        if _text_at(toks, k) not in ("aca", "aqui", "ahora") or _text_at(toks, k + 1) != "a":
            return 0
        k += 2
    elif toks[i].text == "dentro":
        if _text_at(toks, k) != "de":
            return 0
        k += 1
    elif _text_at(toks, i - 1) not in _IN_DAYS_BEFORE and not _party_before(toks, i):
        return 0
    unit = _text_at(toks, k + 1)
    per_unit = _DAYS_AHEAD_UNITS.get(unit)
    in_months = unit in _MONTHS_AHEAD_UNITS
    if (per_unit is None and not in_months) or k >= len(toks):
        return 0
    count = toks[k]
    if count.kind != "num" or count.used or not 1 <= count.value <= (6 if in_months else 60):
        return 0
    if _text_at(toks, k + 2) == "y" and _text_at(toks, k + 3) in _VAGUE_AFTER:
        return 0
    if in_months:
        points.append(_Point(i, "relative", months=count.value, weak=True))
    else:
        points.append(_Point(i, "relative", offset=count.value * (per_unit or 1), weak=True))
    _mark(toks, i, k + 2)
    return k + 2


def _party_before(toks: list[_Tok], i: int) -> bool:
    """ "para 2, en 15 días", "somos 4 personas en 10 días": a head count just before "en"
    (the message opens with who comes, then when), not a delay ("te aviso en 2 días")."""
    j = i - 2 if _text_at(toks, i - 1) in ("personas", "adultos", "pax") else i - 1
    return j > 0 and toks[j].kind == "num" and _text_at(toks, j - 1) in ("para", "somos")


def _weekday(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    word = toks[i].text
    if toks[i].kind != "word" or word not in _WEEKDAYS:
        return 0
    # "el sábado 12 (de diciembre)": the explicit day that follows wins.
    nxt = i + 1
    if nxt < len(toks) and toks[nxt].kind == "date":
        return nxt
    day = _day_at(toks, nxt)
    # A day spelled out ("el jueves diez de diciembre", "el domingo trece", as voice typing
    # writes them) too, but not "un"/"una"/"uno" ("el sábado una noche").
    spelled = toks[nxt].text.isalpha() if day is not None else False
    if day is not None and not (spelled and toks[nxt].value < 2) and not _is_noun_after(toks, nxt):
        j = nxt + 2 if _text_at(toks, nxt + 1) == "de" else nxt + 1
        if _month_at(toks, j) is None:
            points.append(_Point(nxt, "explicit", day))
            toks[nxt].used = True
            return nxt + 1
        return nxt
    strict = _text_at(toks, i - 1) in ("proximo", "proxima") or (
        _text_at(toks, i + 1) == "que" and _text_at(toks, i + 2) == "viene"
    )
    points.append(_Point(i, "weekday", offset=_WEEKDAYS[word], strict=strict, weak=True))
    return i + 1


def _word_before(toks: list[_Tok], pos: int) -> str:
    """The nearest word before a date, skipping articles ("desde el", "hasta el dia")."""
    k = pos - 1
    # A weekday naming the date is skipped too: "entraríamos el viernes 11" is an arrival.
    while (
        k > 0
        and pos - k < 3
        and (
            _text_at(toks, k) in _MARKER_FILLER or (k == pos - 1 and _text_at(toks, k) in _WEEKDAYS)
        )
    ):
        k -= 1
    return _text_at(toks, k)


def _role_before(toks: list[_Tok], pos: int) -> str | None:
    """ "start"/"end" from the marker before a date ("desde el", "hasta el", "al")."""
    word = _word_before(toks, pos)
    if word in _START_MARKERS:
        return "start"
    return "end" if word in _END_MARKERS else None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def _inherit(start: _Point, end: _Point) -> None:
    """A month or year named once applies to both ends of a range.

    If that would put the start after the end ("del 28 al 2 de diciembre"), the
    start takes the month (or year) before: 28/11 -> 2/12.
    """
    if start.month is None and end.month is not None:
        start.month, start.year = end.month, end.year
        if start.day > end.day:
            year, month = _add_months(start.year or 2000, start.month, -1)
            start.month, start.year = month, (year if start.year else None)
    elif start.year is None and end.year is not None and start.month is not None:
        start.year = end.year
        if (start.month, start.day) > (end.month or 0, end.day):
            start.year -= 1


def _day_in(point: _Point, year: int, month: int) -> int:
    """The point's day of the month in that year: the last week of a month starts seven
    days before its end (the 23rd of a leap February)."""
    if point.week == -1:
        return calendar.monthrange(year, month)[1] - 6
    return point.day


def _first_on_or_after(point: _Point, floor: date) -> date | None:
    """The first date matching a partial explicit point that is >= floor."""
    if point.month is not None and point.year is not None:
        return _safe_date(point.year, point.month, _day_in(point, point.year, point.month))
    if point.month is not None:
        for year in range(floor.year, floor.year + 5):  # 5 years always includes a 29/2
            found = _safe_date(year, point.month, _day_in(point, year, point.month))
            if found and found >= floor:
                return found
        return None
    first = None
    for delta in range(0, 13):
        year, month = _add_months(floor.year, floor.month, delta)
        found = _safe_date(year, month, point.day)
        if found and found >= floor:
            if point.weekday_of is None or found.weekday() == point.weekday_of:
                return found
            if first is not None:
                return first  # neither month has it on that weekday: the first, as written
            # "el miércoles 30" when this month's 30th is a Monday: the next month's, if it
            # is that weekday there (round 26).
            first = found
    return first


def _resolve(point: _Point, floor: date, today: date) -> date | None:
    """Resolve a point to the first matching date on or after ``floor``; a shifted one
    ("2 días antes del 15") is the day named moved by that much, itself not before floor."""
    if point.shift:
        named = _resolve_named(point, floor - timedelta(days=point.shift), today)
        return named + timedelta(days=point.shift) if named else None
    return _resolve_named(point, floor, today)


def _resolve_named(point: _Point, floor: date, today: date) -> date | None:
    if point.kind == "holiday":
        return _holiday_stay(point, today)[point.offset]
    if point.kind == "relative":
        return _months_later(today, point.months) + timedelta(days=point.offset)
    if point.off and point.month is None and (found := _next_holiday_on(point.day, floor)):
        return found  # "el feriado del 24": the next 24th that is a holiday
    if point.kind == "weekday":
        if point.next_week:  # "el jueves de la semana que viene": from next Monday on
            floor = max(floor, today + timedelta(days=7 - today.weekday()))
        ahead = (point.offset - floor.weekday()) % 7
        if ahead == 0 and point.strict and floor == today:
            ahead = 7
        return floor + timedelta(days=ahead)
    return _first_on_or_after(point, floor)


def _drop_echoes(toks: list[_Tok], points: list[_Point], today: date) -> list[_Point]:
    """Weekday names and days that only name a date again are no second date.

    "hoy viernes", "mañana sábado 1", "desde hoy 30": a weekday or the same day right after
    "hoy"/"mañana". "8/1 (viernes) al 10/1 (domingo)", "8 de enero (viernes)": a weekday
    right after a date (the number wins if they disagree). "de lunes a viernes del 4 al 8
    de enero": weekdays beside a range of numbered days.
    """
    if sum(p.kind == "explicit" for p in points) >= 2:
        points = [p for p in points if p.kind != "weekday"]
    kept: list[_Point] = []
    for point in points:
        prev = kept[-1] if kept else None
        if point.kind == "weekday" and prev and prev.kind == "explicit":
            if _weekday_echo(toks, prev, point, today):
                continue
        if prev is None or point.role is not None or prev.kind == "weekday":
            kept.append(point)
            continue
        between = toks[prev.pos + 1 : point.pos]
        if _same_day_again(prev, point, between):
            if prev.month is None and point.month is not None:
                kept[-1] = point  # "el 20 y el 20 de febrero": the one with its month
            continue
        adjacent = all(t.used or t.text in _WEEKDAYS for t in between)
        if adjacent and point.kind == "weekday":
            continue
        if (
            adjacent
            and prev.kind == "relative"
            and point.kind == "explicit"
            and _resolve(point, today, today) == _resolve(prev, today, today)
        ):
            continue
        kept.append(point)
    kept = [p for p in kept if not _act_day(toks, p, kept)]
    return [p for n, p in enumerate(kept) if not _said_again(toks, p, kept[n + 1 :])]


# Things done, not stayed, on a day: "¿se puede reservar hoy para el 20?", "te pago mañana",
# "necesito resolver esto hoy" (round 15).
_ACT_VERBS = frozenset(
    """
    reservar reservo reservamos reservaria reservariamos pagar pago pagamos transferir transfiero
    transferimos senar seno senamos confirmar confirmo confirmamos depositar deposito depositamos
    resolver resolverlo resuelvo resolvemos definir defino definimos decidir decido decidimos
    saber avisar aviso avisamos contestar contesten responder respondan
    """.split()
)


def _same_day_again(prev: _Point, point: _Point, between: list[_Tok]) -> bool:
    """ "el 2 y el 2", "tres y tres": a day listed twice is one date, not a month apart
    (round 25). Only a bare day joined by "y" to the same day (and month, if written)."""
    return (
        prev.kind == point.kind == "explicit"
        and prev.role is None
        and point.day == prev.day
        and (prev.month is None or point.month in (None, prev.month))
        and (prev.year is None or point.year in (None, prev.year))
        and all(t.used or t.text in ("y", "el") for t in between)
    )


def _act_day(toks: list[_Tok], point: _Point, points: list[_Point]) -> bool:
    """ "hoy"/"mañana" right after a verb of doing ("reservar hoy para el 20 de diciembre"),
    with another date for the stay: the day of that act, no date of the stay."""
    if point.kind != "relative" or not any(p.kind != "relative" for p in points):
        return False
    k = point.pos - 1
    while _text_at(toks, k) in ("lo", "la", "te", "les", "le", "ya", "esto", "eso"):
        k -= 1
    return _text_at(toks, k) in _ACT_VERBS


def _weekday_echo(toks: list[_Tok], day: _Point, weekday: _Point, today: date) -> bool:
    """A weekday after a date that names that date's weekday ("el 9 de julio? es viernes"),
    or, beside "el finde", a day of the weekend named ("el finde del 12, llegaríamos el
    viernes"): no second date. A weekday that ends ("hasta el viernes") is one."""
    if weekday.role == "end" or weekday.strict:
        return False
    named = _resolve(day, today, today)
    if named is None:
        return False
    same_week = named + timedelta(days=weekday.offset - named.weekday())
    weekend = any(t.text == "finde" for t in toks) and min(weekday.offset, named.weekday()) >= 4
    return same_week == named or weekend


def _said_again(toks: list[_Tok], point: _Point, later: list[_Point]) -> bool:
    """A day said again as the start of a range ("si llegamos el 18 a las 23 hs… sería del
    18 al 20"): the range says it, the first mention is no other date."""
    moved = _text_at(toks, _before_day(toks, point) - 1) == "antes"  # "un día antes del 20"
    return (
        point.kind == "explicit"
        and not moved
        and any(
            q.kind == "explicit"
            and q.role == "start"
            and point.role in (None, "start")
            and q.day == point.day
            and (q.month is None or point.month is None or q.month == point.month)
            for q in later
        )
    )


def _negated(toks: list[_Tok], i: int) -> bool:
    """ "no de noviembre", "no en enero", "no noviembre": a month the guest takes back; and
    "febrero no, marzo", "febrero no, mejor en marzo" (the commas are gone): the month
    before a "no" that another month follows bare or after "mejor"/"sino", which is the
    one meant ("diciembre, no de enero" still takes back January)."""
    if _text_at(toks, i - 1) in ("de", "en", "para"):
        return _text_at(toks, i - 2) == "no"
    if _text_at(toks, i - 1) == "no":
        return _month_at(toks, i - 2) is None  # not the "marzo" of "febrero no, marzo"
    if _text_at(toks, i + 1) != "no":
        return False
    after = i + 2
    if _text_at(toks, after) in ("mejor", "sino"):
        after += 2 if _text_at(toks, after + 1) in ("de", "en", "para") else 1
    return _month_at(toks, after) is not None


# "para el 23, no el 22": a comma before the "no" gives it to the date after it, in
# capitals too ("PARA EL 23, NO EL 22"), with an emoji after the comma or the day glued
# ("no el22").
_COMMA_NO_RE = re.compile(r",[^\w,]*no\s+(?:(?:es|era|para)\s+)?(?:el|del)[^\w,]*\d", re.IGNORECASE)


def _drop_taken_back(toks: list[_Tok], points: list[_Point], raw: str = "") -> list[_Point]:
    """Corrections: "no era del 15, era del 16 al 19", "del 16 no, del 17 al 20", "no es
    del 3 al 6, es del 4 al 7", "en vez del 12 al 15, del 13 al 16".

    A date with "no" (or "en vez") right before its marker is dropped, with the end that
    follows it; a start with "no" right after it ("el 16 no") too. Only when a date is
    left, and a whole range if one was taken back: "no, del 16 al 19" (the commas are
    gone) corrects with the range itself, and "del 15 al 18 no hay nada?" keeps its end.
    "el 16 no el 17" is the 17th, unless the guest wrote the comma before the "no" (``raw``):
    "el 23, no el 22" takes back the 22nd.
    """
    if len(points) < 2:
        return points
    no_is_next = bool(_COMMA_NO_RE.search(raw))
    for n, point in enumerate(points):
        k = point.pos - 1
        while k >= 0 and toks[k].text in ("el", "del", "dia", "era", "es", "seria"):
            k -= 1
        before_no = point.kind == "explicit" and k < point.pos - 1 and toks[k].text in ("no", "vez")
        # "en vez del lunes entramos el martes", "el martes en lugar del lunes": the weekday
        # replaced is no end of the stay (session 23: lunes → martes was one night).
        before_no = before_no or (
            point.kind == "weekday" and k < point.pos - 1 and toks[k].text in ("vez", "lugar")
        )
        # "era el 2 no el 1", "quise decir el 3 no el 1": a day affirmed by its verb is the
        # one meant, so its "no" takes back the day after it, comma or not.
        affirmed = not before_no and _affirmed(toks, k, point.pos)
        after_no = (
            _text_at(toks, point.pos + 1) == "no"
            and point.role != "end"
            and not (no_is_next or affirmed)
        )
        followed_by_end = n + 1 < len(points) and points[n + 1].role == "end"
        dropped = points[n : n + 2] if followed_by_end else [point]
        if not (before_no or (after_no and not followed_by_end)):
            continue
        kept = [p for p in points if p not in dropped]
        if len(kept) >= len(dropped):
            return kept
    return points


def _affirmed(toks: list[_Tok], k: int, pos: int) -> bool:
    """The date at ``pos`` is said to be the one ("era el 2 no el 1"): "era", "es" or
    "sería" between ``k`` and it (not after an "if": "si es el 5 no puedo"), or "decir" /
    "dije" right before, and its "no" is followed by another day ("no el 1", "no del 1")."""
    if _text_at(toks, pos + 2) not in ("el", "del") and not _is_num(toks, pos + 2):
        return False
    said = {t.text for t in toks[k + 1 : pos]}
    if k >= 0 and toks[k].text == "si":
        return False
    return bool(said & {"era", "es", "seria"}) or (k >= 0 and toks[k].text in ("decir", "dije"))


def _is_num(toks: list[_Tok], i: int) -> bool:
    return 0 <= i < len(toks) and toks[i].kind == "num"


def _pick_range(toks: list[_Tok], points: list[_Point]) -> tuple[_Point | None, _Point | None, int]:
    """Start and end mentions, plus how many dates were listed with "y" (else 0).

    Normally the first two dates, swapped if markers say so ("salida el 18, entrada el
    15"). A list joined by "y" ("viernes y sábado", "el 24 y 25 de diciembre") may name
    the nights, see _resolve_stay; "entre el 15 y el 18" is a range.
    """
    if not points:
        return None, None, 0
    first = points[0]
    if len(points) == 1:
        return (None, first, 0) if first.role == "end" else (first, None, 0)
    if first.kind == "holiday" and len(points) > 2 and points[1].pos == first.pos:
        # "desde Navidad hasta Año Nuevo", "de Navidad hasta el 28": the holiday's arrival
        # and the end told after it (a holiday's own departure, as "Navidad y Año Nuevo").
        later = next((p for p in points[2:] if p.role == "end"), None)
        if later is not None:
            return first, [p for p in points if p.pos == later.pos][-1], 0
    if first.role != "start" and len(points) > 2:
        # "mi hija se casa el 12, llegaríamos el 11 y nos vamos el 13": an arrival and a
        # departure told as such are the stay; the day said first is an event's, or the
        # trip's ("salimos el viernes de casa, llegamos el sábado y volvemos el martes").
        start = next((p for p in points[1:] if p.role == "start"), None)
        end = next((p for p in points[1:] if p.role == "end" and start and p.pos > start.pos), None)
        if start and end:
            if start.month is None and first.month is not None and 0 <= start.day - first.day <= 3:
                # "partimos el 2 de enero de noche, llegamos el 3": the trip's month is the
                # arrival's, a day or two later (round 25).
                start.month, start.year = first.month, first.year
            return start, end, 0
    second = points[1]
    # "el 15 o el 16": alternatives, not a range; keep the first.
    if any(t.text == "o" for t in toks[first.pos + 1 : second.pos]):
        return first, None, 0
    if first.role == "end" and second.role == "start":
        first, second = second, first
    listed = [first]
    for point in points[1:]:
        # "viernes 11 y sábado 12": a weekday naming the next day is glue too.
        between = {t.text for t in toks[listed[-1].pos + 1 : point.pos]} - _WEEKDAYS.keys()
        # "para hoy y para mañana": the "para" said again starts no second stay.
        again = _word_before(toks, point.pos) == "para" == _word_before(toks, first.pos)
        if not between <= _LIST_GLUE or (point.role and not again):
            break
        listed.append(point)
    joined_by_y = any(t.text == "y" for t in toks[first.pos + 1 : listed[-1].pos])
    # Three or more dates in a row are a list even without "y" ("20, 21, 22 de enero":
    # the commas are gone by now); two without "y" ("15/12 18/12") are a range.
    is_list = len(listed) > 2 or (len(listed) > 1 and joined_by_y)
    if is_list and _word_before(toks, first.pos) != "entre":
        last = listed[-1]
        after = last.pos + 1
        if _text_at(toks, after) == "de" and _month_at(toks, after + 1) is not None:
            after += 2  # "el sábado 20 y el domingo 21 de febrero a la noche"
        last.nights_said = _night_after(toks, after) or _night_after(toks, after + 1)
        return first, last, len(listed)
    return first, second, 0


def _resolve_stay(
    start: _Point | None,
    end: _Point | None,
    today: date,
    listed: int,
    nights: int | None = None,
    months: int | None = None,
) -> tuple[date | None, date | None]:
    """Dates for the start and end mentions; ``nights`` / ``months``, a stated length,
    place a departure given alone (see _lone_departure)."""
    if start and end and start.kind == end.kind == "explicit":
        _month_of_weekdays(start, end, today)
        _inherit(start, end)
    check_in = _resolve(start, today, today) if start else None
    if end is None or (start and _same_day_range(start, end)):
        return check_in, None
    if check_in is None:
        return None, _lone_departure(end, today, nights, months)
    if start and start.week and end.week:  # "la cuarta semana de febrero": seven nights
        return check_in, check_in + timedelta(days=7)
    if start and (moved := _month_with_end_day(start, end, check_in)) is not None:
        check_in = moved
    # The end rolls forward (month, then year) until it is after the start.
    check_out = _resolve(end, check_in + timedelta(days=1), today)
    if check_out is None or check_out <= check_in:
        return check_in, None
    # Consecutive listed days are the nights ("viernes y sábado", "viernes 11 y sábado 12":
    # out on Sunday), except "sábado y domingo" ("sábado 12 y domingo 13"), which names
    # the weekend days: one night, out on Sunday.
    consecutive = listed > 1 and (check_out - check_in).days == listed - 1
    saturday_sunday = (
        check_in.weekday() == 5
        and listed == 2
        and (start.kind == "weekday" or start.weekday_named)
        and not end.nights_said  # "sábado 16 y domingo 17 a la noche": two nights
    )
    if consecutive and not saturday_sunday:
        check_out += timedelta(days=1)
    elif nights and end.role is None and (check_out - check_in).days == nights - 1:
        # "mañana 31 y el 1, dos noches", "sábado 9 y domingo 10, 2 noches": the length
        # said shows the days are its nights, so out the day after the last.
        check_out += timedelta(days=1)
    return check_in, check_out


def _month_of_weekdays(start: _Point, end: _Point, today: date) -> None:
    """ "del viernes 12 al domingo 14", "llegamos el jueves 10 y nos vamos el domingo 13",
    "del 12 al 14 (vie a dom)" with no month: both ends name their weekday, so the range is
    the first month ahead (within a year) where both fall so, not this or next month's
    days on other weekdays (12/12/2026 is a Saturday: February's). One weekday alone ("el
    sábado 31") may be a slip, and keeps its day (see _first_on_or_after); so does a pair
    no month of the coming year has."""
    if start.weekday_of is None or end.weekday_of is None or start.week:
        return
    if start.month or end.month or start.year or end.year:
        return
    for delta in range(13):
        year, month = _add_months(today.year, today.month, delta)
        first = _safe_date(year, month, start.day)
        if first is None or first < today or first.weekday() != start.weekday_of:
            continue
        out_year, out_month = (year, month) if end.day > start.day else _add_months(year, month, 1)
        last = _safe_date(out_year, out_month, end.day)
        if last is not None and last.weekday() == end.weekday_of:
            start.month, start.year, end.month, end.year = month, year, out_month, out_year
            return


def _month_with_end_day(start: _Point, end: _Point, check_in: date) -> date | None:
    """ "del 27 al 31" written on the 27th of November: no month has been named and the
    arrival's month has no 31st, so both days are the next month's that has it (27/12 →
    31/12), not 27/11 → 31/12, 34 nights nobody asked for (session 21). None when the
    range fits its arrival's month, wraps ("del 27 al 3") or names a month."""
    if not (start.kind == end.kind == "explicit") or start.month or end.month or end.year:
        return None
    if start.week or not start.day < end.day <= 31:
        return None
    if end.day <= calendar.monthrange(check_in.year, check_in.month)[1]:
        return None
    for delta in range(1, 12):
        year, month = _add_months(check_in.year, check_in.month, delta)
        if end.day <= calendar.monthrange(year, month)[1]:
            return date(year, month, start.day)
    return None  # pragma: no cover (every other month has a 31st)


def _no_such_date(points: list[_Point], today: date) -> tuple[int, int, int] | None:
    """ "31 de abril", "30 de febrero", and "29 de febrero" when the coming February has 28
    days: (day, month, year) of the first date written that its month does not have, in the
    year written or else the month's coming one (this one included), or None.

    A guest means the coming February, not the next leap one: "29 de febrero" said in
    November 2026 is no stay in 2028, fifteen months away, whose year the bot's replies do
    not show (session 21). The bot tells them that month has no such day and asks.
    """
    for point in points:
        if point.kind != "explicit" or point.month is None or point.vague or point.week:
            continue
        year = point.year or today.year + (point.month < today.month)
        if point.day > calendar.monthrange(year, point.month)[1]:
            return point.day, point.month, year
    return None


def _same_day_range(start: _Point, end: _Point) -> bool:
    """ "del 8 al 8 de enero", "del 20 al 20": a range that ends on the day it starts is a
    slip, not a stay of a month or a year (the end rolled forward): the arrival alone, and
    the bot asks how long (round 25)."""
    return (
        start.kind == end.kind == "explicit"
        and start.day == end.day
        and not start.week
        and start.month == end.month
        and start.year == end.year
    )


def _lone_departure(
    end: _Point, today: date, nights: int | None, months: int | None
) -> date | None:
    """A departure without an arrival: the first such date on or after today. With a
    stated length ("5 noches hasta el 20", "un mes hasta el 1/3") the arrival it implies
    must not be past either, so the first such stay that starts on or after today: "5
    noches hasta el 20" on the 17th leaves on the 20th of next month, not in on the 15th.
    A departure fixed by the guest ("hasta el 20/12/2027", "hasta mañana") stays put.
    """
    floor = today + timedelta(days=nights or 0)
    for _ in range(3):  # months: a shorter month's end can push it on once or twice
        departure = _resolve(end, floor, today)
        if departure is None or not months or _months_later(departure, -months) >= today:
            return departure
        floor = departure + timedelta(days=1)
    return departure  # a date written in full: as written


def _one_night_of(toks: list[_Tok], start: _Point | None, end: _Point | None) -> bool:
    """ "la noche del 24", "solo la noche del sábado (28)": one night, from that date.

    Only for a lone start; "llegamos a la noche del 24" is an arrival time, no length.
    "El sábado a la noche nomás" / "solo el sábado a la noche" is one night too: the
    "only" tells it from an arrival time ("llegamos el sábado a la noche").
    """
    if start is None or end is not None:
        return False
    if start.kind == "relative" and not start.months and not start.offset > 2:
        # "solo esta noche", "hay lugar solo para esta noche?", "mañana nomás" ("esta noche"
        # reaches us as "hoy"): that one night (session 22: it asked until when).
        near = (_text_at(toks, start.pos - 1), _text_at(toks, start.pos - 2))
        if _text_at(toks, start.pos + 1) in _ONLY_WORDS or (
            near[0] in _ONLY_WORDS or (near[0] in ("para", "por") and near[1] in _ONLY_WORDS)
        ):
            return True
    at_night = [_text_at(toks, start.pos + k) for k in (1, 2, 3)] == ["a", "la", "noche"]
    if at_night and (
        _text_at(toks, start.pos + 4) in _ONLY_WORDS
        or any(_text_at(toks, start.pos - k) in _ONLY_WORDS for k in (1, 2, 3))
    ):
        return True
    k = _before_day(toks, start)  # "la noche del sábado 28"
    if _text_at(toks, k) not in ("del", "de"):
        return False
    return (
        _text_at(toks, k - 1) == "noche"
        and _text_at(toks, k - 2) in ("la", "una")
        and _text_at(toks, k - 3) != "a"
    )


def _night_of_holiday(toks: list[_Tok], pos: int) -> bool:
    """ "la noche de Año Nuevo", "solo la noche de Navidad": one night, the holiday's first
    (session 21: it read the holiday's whole stay); "llegamos a la noche de Navidad" is an
    arrival time."""
    return (
        _text_at(toks, pos - 1) == "de"
        and _text_at(toks, pos - 2) == "noche"
        and _text_at(toks, pos - 3) in ("la", "una", "esa")
        and _text_at(toks, pos - 4) != "a"
    )


def _week_from(toks: list[_Tok], start: _Point | None, end: _Point | None) -> bool:
    """ "la semana del 4 de enero", "toda la semana del lunes 12": a week from that day,
    seven nights, like "una semana desde el 4". Only for a lone start: "la semana del 3 al
    10" says its end, and a week of a month ("la segunda semana de marzo") is read apart.
    """
    if start is None or end is not None:
        return False
    k = _before_day(toks, start)  # "la semana del lunes 12"
    return _text_at(toks, k) in ("del", "de") and _text_at(toks, k - 1) in ("semana", "semanita")


def _before_day(toks: list[_Tok], start: _Point) -> int:
    """The position of the word before a day and what may introduce it: "del <sábado>
    <el> 28" gives the position of "del"."""
    k = start.pos - 1
    if _text_at(toks, k) in _WEEKDAYS:
        k -= 1
    if _text_at(toks, k) in ("el", "dia"):
        k -= 1
    return k


def _weekend(today: date, long_weekend: bool) -> tuple[date, date]:
    """ "Este finde" / "el fin de semana": the upcoming Friday to Sunday.

    From Monday to Friday that is this week's Friday (today, on a Friday). On
    Saturday or Sunday this weekend's Friday is already past and the guest is
    in the middle of it, so we offer the next full weekend (next Friday) rather
    than a one-night stay starting today. A long weekend ("finde largo") runs
    Friday to Monday, the usual Argentine holiday weekend.
    """
    friday = today + timedelta(days=(4 - today.weekday()) % 7)
    return friday, friday + timedelta(days=3 if long_weekend else 2)


# "el primer finde de enero", "el 2do fin de semana de febrero", "el último finde de marzo".
_WEEKEND_ORDINALS: dict[str, int] = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
    "ultimo": -1, "anteultimo": -2, "penultimo": -2,
}  # fmt: skip


def _nth_weekend(
    toks: list[_Tok], at: int, today: date, named: tuple[int, int | None] | None = None
) -> tuple[date, date] | None:
    """ "el primer finde de enero", "el 2do fin de semana de febrero", "el último finde de
    marzo" (``at`` is "finde"): the month's nth (or last) Friday in, the Sunday out. A month
    ``named`` apart from it gives it its month ("en enero, el segundo finde", round 28).

    A weekend belongs to the month of its Friday, so a month that begins on a Saturday has
    its first weekend from the 7th (the 1st and 2nd are the last one of the month before).
    With a year written, that year's; else the first whose Friday is not past.
    """
    nth = _weekend_ordinal(toks, at)
    if nth is None:
        return None
    of = _text_at(toks, at + 1) in ("de", "del")
    month = _month_at(toks, at + 2) if of else None
    if month is not None:
        year, _ = _year_after(toks, at + 3)
    elif named is not None:
        month, year = named
    elif not of or (span := _year_or_month_of(toks, at + 2, nth, today)) is None:
        return None
    else:
        month, year = span
    for candidate in (year,) if year else (today.year, today.year + 1):
        friday = _nth_friday(candidate, month, nth)
        if friday is not None and (year or friday >= today):
            # A weekend under way ("el último finde del mes" on its Saturday): what is left.
            sunday = friday + timedelta(days=2)
            return (today if friday < today < sunday else friday), sunday
    return None


_NEXT_WORDS = frozenset({"que", "proximo", "siguiente", "entrante"})


def _year_or_month_of(
    toks: list[_Tok], at: int, nth: int, today: date
) -> tuple[int, int | None] | None:
    """ "el último finde del año", "el primer finde del año que viene", "de 2027", "del
    mes" (``at`` is the word after "de"): the year's first weekend is January's, its last
    December's; "del mes" is this month's. (month, year), the year None when any coming one
    will do (the first not past, as for a month named)."""
    this = _text_at(toks, at) == "este"
    word = _text_at(toks, at + 1 if this else at)
    later = not this and _text_at(toks, at + 1) in _NEXT_WORDS
    if word == "ano":
        year = today.year + 1 if later else (today.year if this else None)
        return (12 if nth < 0 else 1), year
    if word == "mes" and not later:  # "del mes que viene" is read as a month named
        return today.month, today.year
    year, _ = _year_after(toks, at)
    if year is not None and toks[at].kind == "num" and len(toks[at].text) == 4:
        return (12 if nth < 0 else 1), year
    return None


def _weekend_ordinal(toks: list[_Tok], at: int) -> int | None:
    """The rank before "finde" at ``at``: "primer" 1, "2do" 2, "último" -1."""
    before = toks[at - 1] if at > 0 else None
    if before is None:
        return None
    if before.kind == "word" and before.text in _WEEKEND_ORDINALS:
        return _WEEKEND_ORDINALS[before.text]
    if before.kind == "num" and before.text.isdigit() and 1 <= before.value <= 4:
        return before.value  # "1er", "2do" reach us as digits
    return None


def _nth_friday(year: int, month: int, nth: int) -> date | None:
    """The month's nth Friday (-1: its last), or None when it has no such Friday."""
    if nth < 0:  # -1 the last, -2 the one before ("el anteúltimo finde")
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - 4) % 7 - 7 * (nth + 1))
    first = date(year, month, 1)
    friday = first + timedelta(days=(4 - first.weekday()) % 7 + 7 * (nth - 1))
    return friday if friday.month == month else None


# Argentina's national holidays on a fixed date (Ley 27.399's "inamovibles"; the movable
# ones fall on a Monday, which "el finde del" already reads as a holiday). On a Tuesday or
# Thursday the Monday or Friday between is usually made a bridge: a long weekend.
_FIXED_HOLIDAYS = frozenset(
    {(1, 1), (3, 24), (4, 2), (5, 1), (5, 25), (6, 20), (7, 9), (12, 8), (12, 25)}
)


def _weekend_around(
    day: date, long_weekend: bool, today: date, of_day: bool = False
) -> tuple[date, date | None]:
    """ "El finde del 12": the Friday-Sunday weekend containing that day. "El finde largo
    del 12" with the 12th a Monday names the holiday that makes it long: Friday to it.
    ``of_day``: the weekend named by that day ("el finde del 14"). A Monday named is
    the holiday of a long weekend even unsaid ("el finde del 12 de octubre"): Friday to
    it. From Tuesday to Thursday it is the weekend of that week (Argentine weeks run
    Monday to Sunday): "el finde del 14" with the 14th a Wednesday is Friday 16 to Sunday
    18, a weekend as asked, where the day alone would start a midweek stay nobody asked
    for. A long one with a Tuesday named runs Friday to it, with a Thursday from it to
    Sunday (the day between bridged); a Wednesday stays that day, and so does an arrival
    on a weekday beside "el finde" ("llegamos el jueves, el finde": from Thursday, the bot
    asks until when).

    A weekend already under way ("el finde del 12" on Saturday the 12th, "el sábado, el
    finde" on a Saturday) is what is left of it: in today, not on a Friday gone by. On its
    last day (its Sunday, or Monday for a long one) nothing is left: that day alone, like
    an arrival on a weekday ("el finde del 13" on Sunday the 13th), and the bot asks how
    long.
    """
    if of_day and (day.month, day.day) in _FIXED_HOLIDAYS and day.weekday() in (1, 3):
        # "el finde del 8 de diciembre" with the 8th a Tuesday: a weekend named by a holiday
        # is the long weekend it makes, as "el finde largo del 8" (not the one after it).
        long_weekend = True
    run = _holiday_run(day) if long_weekend else None
    if run is not None and run[1] is not None:
        # A long weekend named by a holiday's day ("el finde largo del 8 de febrero",
        # Carnaval's Monday; "el feriado del 9 de julio", a Friday): the free run it makes
        # by the holidays' table, out on its last day (Carnaval's Tuesday, the Sunday after
        # a Friday), not by the weekday alone. A plain "el finde del 26" keeps the weekend
        # of its weekday (a Good Friday named is Friday in, not the Wednesday its run
        # starts on).
        friday, departure = run
    elif day.weekday() == 0 and (long_weekend or of_day):
        friday, departure = day - timedelta(days=3), day
    elif day.weekday() == 1 and long_weekend:
        # "el finde largo del 8" with the 8th a Tuesday: a Tuesday holiday makes the long
        # weekend with the Monday between (a bridge, as Argentina sets them): Friday to it.
        friday, departure = day - timedelta(days=4), day
    elif day.weekday() == 3 and long_weekend:
        # A Thursday holiday: from it to Sunday, the Friday between bridged.
        friday, departure = day, day + timedelta(days=3)
    elif day.weekday() < 4 and (long_weekend or not of_day):
        return day, None
    elif day.weekday() < 4:
        friday = day + timedelta(days=4 - day.weekday())
        departure = friday + timedelta(days=2)
    else:
        friday = day - timedelta(days=day.weekday() - 4)
        departure = friday + timedelta(days=3 if long_weekend else 2)
    arrival = max(friday, today) if day >= today else friday
    return (arrival, departure) if arrival < departure else (day, None)


# ---------------------------------------------------------------------------
# Nights
# ---------------------------------------------------------------------------


_NIGHT_UNITS = {
    "noche": 1,
    "noches": 1,
    "nochecita": 1,  # diminutives: "dos nochecitas", "una semanita"
    "nochecitas": 1,
    "semana": 7,
    "semanas": 7,
    "semanita": 7,
    "semanitas": 7,
    "quincena": 15,
    "quincenas": 15,
}


_ONLY_WORDS = frozenset({"nomas", "solo", "solamente", "unicamente"})


# Days spent doing something else: "tengo que trabajar 2 días", "manejar 3 días".
_BUSY_VERBS = frozenset(
    "trabajar trabajando trabajo laburar laburando laburo teletrabajar estudiar manejar"
    " manejando conectado conectada".split()
)


def _find_nights(toks: list[_Tok]) -> int | None:
    """ "3 noches", "una noche", "una semana" (7), "2 semanas" (14), "un par de noches",
    "una quincena" (15; also a bare "quincena" opening the message or after "por"),
    "semana completa" / "la semana entera" (7); diminutives count ("dos nochecitas").

    "N días" also counts as N nights: renting by the day means by the night here
    ("precio por día"), and it is only used when no nights or weeks are given.
    A number above one before a singular week or fortnight is an ordinal whose
    suffix normalisation dropped ("2da semana de enero", read as dates by
    _week_of_month; "1ra quincena" is 1 but vague about its start, so it gives a
    length and no date).
    """
    for units in (_NIGHT_UNITS, {"dia": 1, "dias": 1}):
        for i, t in enumerate(toks):
            unit = _text_at(toks, i + 1)
            if unit in ("sola", "solita") and t.text in ("una", "1"):
                unit = _text_at(toks, i + 2)  # "una sola noche": one night
            per_unit = units.get(unit)
            if (
                t.text == "quincena"
                and units is _NIGHT_UNITS
                and _text_at(toks, i - 1) in ("", "por")
            ):
                return 15
            # "el 31, solo esa noche", "esa noche nomás": the one night of the day named.
            if t.text == "esa" and unit == "noche" and units is _NIGHT_UNITS:
                near = (_text_at(toks, i - 1), _text_at(toks, i - 2), _text_at(toks, i + 2))
                if any(word in _ONLY_WORDS for word in near):
                    return 1
            # "semana completa", "la semana entera": a whole week, 7 nights.
            if t.text == "semana" and unit in ("completa", "entera") and units is _NIGHT_UNITS:
                return 7
            if not per_unit or t.kind != "num" or t.used or not 1 <= t.value <= 60:
                continue
            if t.value > 1 and unit in ("semana", "quincena"):
                continue
            # "hace 2 días", "en 3 días", "cada 2 semanas" are not the stay's length.
            if _text_at(toks, i - 1) in ("hace", "en", "dentro", "cada"):
                continue
            instead_of = _text_at(toks, i - 2) in ("vez", "lugar") and _text_at(toks, i - 3) == "en"
            if instead_of and _text_at(toks, i - 1) == "de":
                # "en vez de 3 noches, mejor 2": the count taken back, the bare one after it.
                instead = _bare_count_after(toks, i + 2)
                if instead is None:
                    continue
                t.used = True
                return instead * per_unit
            if _lead_time(toks, i) or _moved_before(toks, i):
                continue  # "si cancelo una semana antes", "con 10 días de anticipación"
            if unit in ("dia", "dias") and _text_at(toks, i - 1) in _BUSY_VERBS:
                continue  # "el wifi anda? tengo que trabajar 2 días": days of work, no stay
            t.used = True
            return t.value * per_unit
    return None


def _bare_count_after(toks: list[_Tok], start: int) -> int | None:
    """The first number from ``start`` with no noun of its own after it ("son 2", "mejor
    2 nomás", "que sean 2?"), taken; None if there is none."""
    for j in range(start, len(toks)):
        t = toks[j]
        if t.kind == "num" and not t.used and 1 <= t.value <= 60:
            if _text_at(toks, j + 1) not in ("", *_ONLY_WORDS, "mejor", "jaja"):
                return None
            if _text_at(toks, j - 1) in ("somos", "seriamos", "vamos", "para", "x"):
                return None  # "en vez de 3 noches, somos 4": the party
            t.used = True
            return t.value
    return None


def _ends_before(toks: list[_Tok], points: list[_Point], nights: int | None) -> list[_Point]:
    """ "una semana antes del 20", "dos noches antes de Navidad", "3 noches antes del 15 de
    enero": a length that ends on the day named, which is then the departure (13 to 20,
    22/12 to 24/12, 12/1 to 15/1). A holiday named so is its first day (Navidad: the 24th),
    so its departure point goes. A move ("llegamos 2 días antes del 15") is no length."""
    bounded = [
        p
        for p in points
        if p.offset == 0 and _before_or_after(toks, _before_day(toks, p)) is not None
    ]
    if len(bounded) > 1 and all(p.kind == "holiday" for p in bounded):
        # "llegamos antes de Navidad y nos vamos después de Año Nuevo": the span between
        # them, from the first's arrival to the last's departure, as "de Navidad hasta
        # Año Nuevo" (each alone would end or start the stay at the other).
        first, last = bounded[0], bounded[-1]
        end = next(p for p in points if p.pos == last.pos and p.offset == 1)
        first.role, end.role = "start", "end"
        return [first, end]
    for point in points:
        k = _before_day(toks, point)
        if _lead_before(toks, k):
            # "si cancelo una semana antes del 20": how long before the stay something is
            # done (the policy asked), so no stay is read from that day.
            return [p for p in points if p.pos != point.pos]
        if _text_at(toks, k) in ("de", "del") and (move := _moved_before(toks, k - 3)):
            # "llegamos 2 días antes del 15": the arrival is the 13th, and the length is
            # the move, no stay's (see _find_nights); the departure is not said.
            point.role, point.shift, point.weak = move[0], -move[1], False
            # A holiday named so is its first day, like a length before it (below).
            return [p for p in points if p is point or p.pos != point.pos]
        if (side := _before_or_after(toks, k)) and point.offset == 0:
            if side == "end" and _deadline(toks, k - 1, point.pos):
                # "te confirmo antes del 20", "antes de Navidad te aviso": when the guest
                # does something, no stay.
                return [p for p in points if p.pos != point.pos]
            return _bounded_by(points, point, side)
    if not nights:
        return points
    for point in points:
        k = _before_day(toks, point)
        unit = _text_at(toks, k - 2)
        moved = _text_at(toks, k - 4) in _MOVE_VERBS  # "llegamos 2 días antes del 15"
        if (
            _text_at(toks, k) in ("de", "del")
            and _text_at(toks, k - 1) == "antes"
            and (unit in _NIGHT_UNITS or unit in ("dia", "dias"))
            and not moved
        ):
            point.role, point.weak = "end", False
            return [p for p in points if p is point or p.pos != point.pos]
    return points


_AFTER_WORDS = frozenset({"pasando", "pasado", "pasada", "pasados", "pasadas"})


def _before_or_after(toks: list[_Tok], k: int) -> str | None:
    """ "antes de(l)" ending at k: "end"; "después de", "pasando", "pasado" ending at k:
    "start" (after); not with a length or a move before "antes" ("dos noches antes de
    Navidad", "llegamos 2 días antes del 15": their own rules)."""
    word = _text_at(toks, k)
    if word in _AFTER_WORDS:
        return "start"
    if word not in ("de", "del"):
        return None
    if _text_at(toks, k - 1) == "despues":
        return "start"
    unit = _text_at(toks, k - 2)
    if (
        _text_at(toks, k - 1) == "antes"
        and unit not in _NIGHT_UNITS
        and unit not in ("dia", "dias")
    ):
        return "end"
    return None


def _deadline(toks: list[_Tok], before: int, pos: int) -> bool:
    """A verb of doing (confirm, pay, tell...) among the three words before "antes" at
    ``before`` or the four after the day at ``pos``."""
    near = [*range(before - 3, before), *range(pos + 1, pos + 5)]
    return any(_text_at(toks, k) in _ACT_VERBS for k in near)


def _bounded_by(points: list[_Point], point: _Point, side: str) -> list[_Point]:
    """ "antes de Navidad", "antes del 20, 3 noches": out that day (a holiday's first,
    the 24th); "después de Navidad", "pasando Año Nuevo": in on the day a holiday's stay
    ends (26/12, 2/1). A day after "después del" stays the arrival, as written (session
    21: "antes de" and "después de" a holiday read the holiday's own stay)."""
    if side == "end":
        point.role, point.weak = "end", False
        return [p for p in points if p is point or p.pos != point.pos]
    if point.kind != "holiday":
        return points
    after = next((p for p in points if p.pos == point.pos and p.offset == 1), None)
    if after is None:
        return points
    after.role, after.weak = "start", False
    return [p for p in points if p is after or p.pos != point.pos]


_LEAD_VERBS = frozenset(
    """
    cancelo cancelamos cancelar cancela cancelas cancelaria cancelariamos anulo anulamos
    anular aviso avisamos avisar avisen pago pagamos pagar pagas devuelven devuelve
    """.split()
)

# Before "un día antes" these move the stay by that much ("¿podemos llegar un día antes?"),
# which the conversation reads as such: the length stays.
_MOVE_VERBS = frozenset(
    """
    llegar llegamos llego llegariamos entrar entramos ingresar ingresamos salir salimos irnos
    irme ir vamos volver volvemos venir venimos adelantar adelantamos atrasar atrasamos
    """.split()
)


_ARRIVE_VERBS = frozenset(
    """
    llegar llegamos llego llegaria llegariamos llegaremos llegando entrar entramos entro
    entrariamos ingresar ingresamos ingresariamos ir vamos voy iriamos venir venimos vendriamos
    llegada entrada ingreso
    """.split()
)
# "nos vamos" is canonicalised to "salida".
_LEAVE_VERBS = frozenset(
    "salir salimos saldriamos irnos irme volver volvemos volveriamos salida egreso".split()
)


def _moved_before(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """At i, "N días/noches/semanas antes de(l) <a date>" said of an arrival or a departure
    ("llegamos 2 días antes del 15", "2 días antes del 25 llegaríamos", "nos vamos un día
    antes del 20"): ("start" or "end", the days moved). Other verbs of moving ("adelantar")
    and a length with no verb ("una semana antes del 20", a stay that ends then) are not."""
    t = _text_at(toks, i)
    unit = _NIGHT_UNITS.get(_text_at(toks, i + 1)) or (_text_at(toks, i + 1) in ("dia", "dias"))
    if not (0 <= i < len(toks) and toks[i].kind == "num" and unit and 1 <= toks[i].value <= 30):
        return None
    if _text_at(toks, i + 2) != "antes" or _text_at(toks, i + 3) not in ("de", "del"):
        return None
    if t in ("un", "una") and _text_at(toks, i - 1) in ("en", "con"):
        return None
    after = next((k for k in range(i + 4, min(i + 9, len(toks))) if not toks[k].used), -1)
    for k in (i - 1, i - 2, after, after + 1):
        word = _text_at(toks, k)
        going = word in ("voy", "vamos") and _text_at(toks, k - 1) in ("me", "nos")
        leave = word in _LEAVE_VERBS or going  # "me voy 2 días antes del 20"
        if leave or word in _ARRIVE_VERBS:
            return ("end" if leave else "start"), toks[i].value * int(unit)
    return None


def _lead_before(toks: list[_Tok], k: int) -> bool:
    """At k, "antes de(l)" after a lead verb a few words back: "si cancelo una semana antes
    del 20", "hay que avisar con 3 días antes del 10"."""
    return (
        _text_at(toks, k) in ("de", "del")
        and _text_at(toks, k - 1) == "antes"
        and any(_text_at(toks, k - j) in _LEAD_VERBS for j in range(2, 8))
    )


def _lead_time(toks: list[_Tok], i: int) -> bool:
    """The length at i (its number) is how long before something ("si cancelo una semana
    antes", "con 10 días de anticipación"), not a stay; "dos noches antes de Navidad"
    still is one (before a date it names), and so is a move ("llegar un día antes")."""
    if _text_at(toks, i - 1) in _MOVE_VERBS:
        return False
    if _text_at(toks, i - 1) == "con" and any(
        _text_at(toks, i - k) in _LEAD_VERBS for k in (2, 3, 4)
    ):
        return True  # "si cancelo con 10 días, ¿me devuelven todo?": the notice given
    j = i + 2
    after = _text_at(toks, j)
    if after == "de":
        after = _text_at(toks, j + 1)
    elif after == "antes":
        return _text_at(toks, j + 1) not in ("de", "del") or _lead_before(toks, j + 1)
    return after in ("anticipacion", "antelacion")


# ---------------------------------------------------------------------------
# Months
# ---------------------------------------------------------------------------


_MONTH_UNITS = frozenset({"mes", "meses", "mesecito"})
# Words around "N meses" that make it no stay length: "hace un mes", "en 2 meses", "cada
# mes", an age ("un bebé de 6 meses", "tiene 8 meses") or a lead time ("reservé con 2
# meses de anticipación", "un mes antes").
_NOT_A_STAY_BEFORE = frozenset({"hace", "en", "dentro", "cada", "de", "con", "tiene", "tienen"})
_NOT_A_STAY_AFTER = frozenset({"antes", "atras", "despues", "anticipacion", "antelacion"})


def _find_months(toks: list[_Tok]) -> int | None:
    """ "un mes desde el 1", "dos meses a partir del 1/2", "del 1/2 por un mes": a length
    in calendar months (at most six; longer is no cabin stay), or None."""
    for i, t in enumerate(toks):
        unit = _text_at(toks, i + 1)
        if unit not in _MONTH_UNITS or t.kind != "num" or t.used or not 1 <= t.value <= 6:
            continue
        before = _text_at(toks, i - 1)
        after = _text_at(toks, i + 3 if _text_at(toks, i + 2) == "de" else i + 2)
        if before in _NOT_A_STAY_BEFORE or before in _CHILD_NOUNS or after in _NOT_A_STAY_AFTER:
            continue
        t.used = True
        return t.value
    return None


def _months_later(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, or that month's last day if it is
    shorter: a month from 31/1 is 28/2 (29/2 in a leap year), the month it ends in."""
    year, month = _add_months(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
