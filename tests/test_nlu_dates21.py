"""Session 21 (h2): date phrasings guests write that the NLU still misread.

- "del 27 al 31" written on the 27th of a 30-day month: the 31st is in no such month, so
  the range is the next month's that has it (27/12 → 31/12), not 27/11 → 31/12 (34
  nights). The same with number words ("del veintisiete al treintaiuno", glued).
- "la última semana del año que viene", "el 10 de marzo del año que viene", "la segunda
  quincena de febrero del año próximo": next year's, by its number (in January "febrero
  del año que viene" is not this February); "la primera semana del mes que viene".
- "en un mes", "dentro de un mes", "hay lugar en 2 semanas" as the arrival ("¿tienen lugar
  en un mes para 3 noches?"): a month from today, the same day of next month; "un mes y
  pico" / "y medio" and "te pago dentro de un mes" are none.
- "31 de abril", "30 de febrero", "31/11", and "29 de febrero" when the coming February has
  28 days: no dates, `no_such_date` and the month, so the bot says so and asks (it read
  29/2/2028, fifteen months away, with no year shown).
- "el próximo feriado", "para el feriado", "el finde largo que viene": the next national
  holiday's long weekend by the holidays' table (Ley 27.399, the movable ones moved by its
  rule, the bridges).
- Probed after: "antes de Navidad" / "después de Navidad" / "pasando Año Nuevo" (they read
  the holiday's own stay), "antes del 20, 3 noches", a deadline ("te confirmo antes del
  20"), Reyes by name, a weekend with only its end ("el finde antes de Navidad"), "la
  semana del 14 x 2", English "in a month", "next long weekend".
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

D = date
NOV27 = D(2026, 11, 27)  # a Friday in a 30-day month
APR20 = D(2027, 4, 20)  # a Tuesday in a 30-day month
JAN20 = D(2027, 1, 20)  # a Wednesday: this February is still to come
SAT = D(2026, 11, 28)  # a Saturday


def _stay(text: str, today: date) -> tuple[date | None, date | None]:
    said = parse_fresh(text, today)
    return said.check_in, said.check_out


# ------------------------------------------------- a range ending on a day its month lacks


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("del 27 al 31", NOV27, D(2026, 12, 27), D(2026, 12, 31)),
        ("del veintisiete al treinta y uno", NOV27, D(2026, 12, 27), D(2026, 12, 31)),
        ("hay lugar del veintisiete al treintaiuno?", NOV27, D(2026, 12, 27), D(2026, 12, 31)),
        ("del veintisiete al treintayuno 🙏", NOV27, D(2026, 12, 27), D(2026, 12, 31)),
        ("Del 28 al 31 para 2", NOV27, D(2026, 12, 28), D(2026, 12, 31)),
        ("desde el 30 hasta el 31", NOV27, D(2026, 12, 30), D(2026, 12, 31)),
        ("del 25 al 31", APR20, D(2027, 5, 25), D(2027, 5, 31)),
        ("DEL 20 AL 31 SOMOS 4", APR20, D(2027, 5, 20), D(2027, 5, 31)),
    ],
)
def test_a_range_to_a_day_its_month_lacks_is_the_next_month_that_has_it(
    text, today, check_in, check_out
):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # Guards: a range that fits this month, or wraps into the next, stays as it was.
        ("del 27 al 30", NOV27, D(2026, 11, 27), D(2026, 11, 30)),
        ("del 27 al 3", NOV27, D(2026, 11, 27), D(2026, 12, 3)),
        ("del 27 al 31 de diciembre", NOV27, D(2026, 12, 27), D(2026, 12, 31)),
        ("del 10 al 31", D(2026, 12, 5), D(2026, 12, 10), D(2026, 12, 31)),
    ],
)
def test_ranges_that_fit_are_unchanged(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


# ------------------------------------------------------------ "del año que viene" and kin


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("la última semana del año que viene", SAT, D(2027, 12, 25), D(2028, 1, 1)),
        ("la ultima semana del ano q viene", JAN20, D(2028, 12, 25), D(2029, 1, 1)),
        ("la ultima semana del anio proximo 🎄", SAT, D(2027, 12, 25), D(2028, 1, 1)),
        ("la primera semana de enero del año que viene", JAN20, D(2028, 1, 1), D(2028, 1, 8)),
        ("la primer semana de marzo del proximo año", JAN20, D(2028, 3, 1), D(2028, 3, 8)),
        (
            "la segunda quincena de febrero del año próximo",
            JAN20,
            D(2028, 2, 16),
            D(2028, 3, 1),
        ),
        ("2da quincena de febrero del año que viene", SAT, D(2027, 2, 16), D(2027, 3, 1)),
        ("el 10 de marzo del año que viene, 3 noches", JAN20, D(2028, 3, 10), D(2028, 3, 13)),
        ("del 3 al 6 de marzo del año siguiente", JAN20, D(2028, 3, 3), D(2028, 3, 6)),
        ("Del 3 Al 6 De Marzo Del Año Que Viene", JAN20, D(2028, 3, 3), D(2028, 3, 6)),
        # "este año" the same way: this year's, written out.
        ("la ultima semana de este año", JAN20, D(2027, 12, 25), D(2028, 1, 1)),
    ],
)
def test_a_year_said_as_next_year(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


def test_a_month_of_next_year_alone_stays_a_month():
    said = parse_fresh("en marzo del año que viene", JAN20)
    assert (said.check_in, said.month) == (None, 3)


# ---------------------------------------------------------- "en un mes" as the arrival


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("¿tienen lugar en un mes para 3 noches?", SAT, D(2026, 12, 28), D(2026, 12, 31)),
        ("tienen lugar en 1 mes x 3 noches", SAT, D(2026, 12, 28), D(2026, 12, 31)),
        ("dentro de un mes 3 noches", SAT, D(2026, 12, 28), D(2026, 12, 31)),
        ("dentro d un mes, 2 noches para 2 😊", SAT, D(2026, 12, 28), D(2026, 12, 30)),
        ("vamos en un mes, una semana", SAT, D(2026, 12, 28), D(2027, 1, 4)),
        ("en dos meses por 4 noches", SAT, D(2027, 1, 28), D(2027, 2, 1)),
        # A month from the 31st of January is the last of February (calendar months).
        ("dentro de un mes 2 noches", D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 2)),
        ("hay lugar en 2 semanas?", SAT, D(2026, 12, 12), None),
        ("hay disponibilidad en quince dias para 4 noches", SAT, D(2026, 12, 13), D(2026, 12, 17)),
        ("dentro de quince días, 2 noches", SAT, D(2026, 12, 13), D(2026, 12, 15)),
        ("en un mes", SAT, D(2026, 12, 28), None),
    ],
)
def test_in_a_month_or_weeks_is_the_arrival(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    "text",
    [
        # Guards: a delay, a vague time ("y pico"), a length, not an arrival.
        "dentro de un mes y pico",
        "en un mes y medio",
        "dentro de 2 semanas y algo",
        "te pago en un mes",
        "te confirmo en un mes",
        "se acredita en 2 semanas",
        "nos vamos en 2 meses, del 2 al 5 de febrero",
    ],
)
def test_a_month_that_is_no_arrival(text):
    said = parse_fresh(text, SAT)
    assert said.check_in in (None, D(2027, 2, 2)), said


# --------------------------------------------------------- a day its month does not have


@pytest.mark.parametrize(
    ("text", "today", "no_such_date"),
    [
        # The coming February (2027) has 28 days: not 29/2/2028, fifteen months away.
        ("29 de febrero", SAT, (29, 2, 2027)),
        ("hay lugar el 29 de febrero para 2?", SAT, (29, 2, 2027)),
        ("el 29/2 x 3 noches", SAT, (29, 2, 2027)),
        ("llegamos el veintinueve de febrero 🙂", JAN20, (29, 2, 2027)),
        ("del 29 de febrero al 3 de marzo", SAT, (29, 2, 2027)),
        ("el 30 de febrero", SAT, (30, 2, 2027)),
        ("31 de abril, 3 noches", SAT, (31, 4, 2027)),
        ("del 29 al 31 de junio somos 4", SAT, (31, 6, 2027)),
        ("EL 31 DE SETIEMBRE", SAT, (31, 9, 2027)),
        ("el 31 de noviembre", D(2026, 10, 2), (31, 11, 2026)),
        # A year written that has no 29/2.
        ("el 29 de febrero de 2027", SAT, (29, 2, 2027)),
    ],
)
def test_a_day_its_month_does_not_have(text, today, no_such_date):
    said = parse_fresh(text, today)
    assert (said.no_such_date, said.check_in, said.check_out) == (no_such_date, None, None)
    assert said.month == no_such_date[1]
    assert said.intent == "availability"


@pytest.mark.parametrize(
    ("text", "today", "check_in"),
    [
        # Guards: a leap February has its 29th, and days every month has stay dates.
        ("29 de febrero", D(2027, 3, 5), D(2028, 2, 29)),
        ("el 29/2/2028", SAT, D(2028, 2, 29)),
        ("28 de febrero", SAT, D(2027, 2, 28)),
        ("el 30 de abril", SAT, D(2027, 4, 30)),
        ("el 31", SAT, D(2026, 12, 31)),
    ],
)
def test_days_that_exist_are_dates(text, today, check_in):
    said = parse_fresh(text, today)
    assert (said.no_such_date, said.check_in) == (None, check_in)


# ------------------------------------------------ "el próximo feriado", "para el feriado"
#
# A holiday not named (Ley 27.399's national holidays, the movable ones moved by its rule,
# the bridge a Tuesday or Thursday holiday makes) is the long weekend around it: the free
# days in a row that hold it, in on the first (on the Friday when that is a Saturday, as
# any weekend) and out on the last. A Wednesday alone is that day (the bot asks how long).


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # 8/12/2026 is a Tuesday: Monday bridged, Friday 4 in, Tuesday 8 out.
        ("el proximo feriado", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("hay lugar para el próximo feriado?", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("para el feriado somos 4", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("Tienen algo x el feriado q viene??", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el siguiente feriado 🙏", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el proximo ferido", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        # 25/12/2026 is a Friday: Friday to Sunday.
        ("para el feriado", D(2026, 12, 9), D(2026, 12, 25), D(2026, 12, 27)),
        # Carnaval 2027 (Monday 8 and Tuesday 9 of February): Friday 5 to Tuesday 9.
        ("el proximo feriado", D(2027, 1, 5), D(2027, 2, 5), D(2027, 2, 9)),
        # 24/3/2027 is a Wednesday, then Holy Thursday and Good Friday: five days in a row.
        ("el próximo feriado", D(2027, 2, 10), D(2027, 3, 24), D(2027, 3, 28)),
        # 17/6/2027 is a Thursday, moved to Monday 21 (20/6 is the Sunday): Fri 18 to Mon 21.
        ("el proximo feriado", D(2027, 6, 2), D(2027, 6, 18), D(2027, 6, 21)),
        # 17/8/2027 is a Tuesday, moved to Monday 16: Friday 13 to Monday 16.
        ("para el feriado", D(2027, 8, 1), D(2027, 8, 13), D(2027, 8, 16)),
        # 8/12/2027 is a Wednesday and alone: that day, and the bot asks until when.
        ("el proximo feriado", D(2027, 11, 25), D(2027, 12, 8), None),
        # 3 nights stated: from the arrival.
        ("el proximo feriado, 2 noches", SAT, D(2026, 12, 4), D(2026, 12, 6)),
    ],
)
def test_the_next_holiday_is_its_long_weekend(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("el finde largo que viene", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el proximo finde largo", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("para el próximo fin de semana largo somos 2", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el feriado largo que viene", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el siguiente finde largo", D(2027, 2, 10), D(2027, 3, 24), D(2027, 3, 28)),
        # A Wednesday alone (8/12/2027) and a Saturday's weekend (25/12, 1/1) are no long
        # weekend: Carnaval 2028 (Monday 28 and Tuesday 29 of February).
        ("el proximo finde largo", D(2027, 11, 25), D(2028, 2, 25), D(2028, 2, 29)),
    ],
)
def test_the_next_long_weekend_is_the_next_holidays(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # Guards: the long weekend the guest says is coming, a holiday named or its day.
        ("el finde largo", D(2026, 11, 26), D(2026, 11, 27), D(2026, 11, 30)),
        ("este finde largo", D(2026, 11, 26), D(2026, 11, 27), D(2026, 11, 30)),
        # Session 22: the day named as a holiday is its long weekend (test_nlu_dates22).
        ("para el feriado del 8 tienen algo?", D(2026, 11, 30), D(2026, 12, 4), D(2026, 12, 8)),
        ("el 8 x el feriado", D(2026, 11, 30), D(2026, 12, 8), None),
        ("el feriado de carnaval", SAT, D(2027, 2, 6), D(2027, 2, 9)),
    ],
)
def test_holidays_with_a_day_or_name_keep_their_reading(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


def test_a_holiday_with_no_stay_asked_is_none():
    # "¿el feriado abren?", "los feriados": no stay to search.
    assert _stay("los feriados atienden?", SAT) == (None, None)


# ------------------------------------------------ before and after a holiday or a day


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # After a holiday: in on the day its stay ends; before it: out on the day it starts.
        ("después de navidad", SAT, D(2026, 12, 26), None),
        ("despues de navidad 3 noches", SAT, D(2026, 12, 26), D(2026, 12, 29)),
        ("2 noches despues de año nuevo", SAT, D(2027, 1, 2), D(2027, 1, 4)),
        ("despues de ano nuevo una semana para 4", SAT, D(2027, 1, 2), D(2027, 1, 9)),
        ("pasando año nuevo, 3 noches 🙂", SAT, D(2027, 1, 2), D(2027, 1, 5)),
        ("Después De Semana Santa 2 noches", SAT, D(2027, 3, 28), D(2027, 3, 30)),
        ("despues de carnaval, 4 noches", SAT, D(2027, 2, 9), D(2027, 2, 13)),
        ("antes de navidad", SAT, None, D(2026, 12, 24)),
        ("antes de navidad 3 noches", SAT, D(2026, 12, 21), D(2026, 12, 24)),
        ("antes de semana santa x 3 noches", SAT, D(2027, 3, 22), D(2027, 3, 25)),
        ("hay lugar antes de carnaval? 2 noches", SAT, D(2027, 2, 4), D(2027, 2, 6)),
        # A day named the same way: "antes del 20, 3 noches" ends on the 20th.
        ("antes del 20, 3 noches", SAT, D(2026, 12, 17), D(2026, 12, 20)),
        ("antes del 20 de enero una semana", SAT, D(2027, 1, 13), D(2027, 1, 20)),
    ],
)
def test_before_and_after_a_holiday(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # Guards, as before: a length before "antes", a move, a lead time, a time of day.
        ("dos noches antes de navidad", SAT, D(2026, 12, 22), D(2026, 12, 24)),
        ("una semana antes del 20", SAT, D(2026, 12, 13), D(2026, 12, 20)),
        ("llegamos 2 dias antes del 15", SAT, D(2026, 12, 13), None),
        ("para navidad 3 noches", SAT, D(2026, 12, 24), D(2026, 12, 27)),
        ("despues del 2 de enero por 3 noches", SAT, D(2027, 1, 2), D(2027, 1, 5)),
    ],
)
def test_before_and_after_guards(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


# ----------------------------------------------------------------------------- Reyes


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # Reyes is the 6th of January: the night before and the day, 5/1 in, 7/1 out
        # (as Navidad is 24/12 to 26/12).
        ("para reyes", SAT, D(2027, 1, 5), D(2027, 1, 7)),
        ("tienen lugar para el dia de reyes? somos 4", SAT, D(2027, 1, 5), D(2027, 1, 7)),
        ("para Reyes 3 noches 👑", SAT, D(2027, 1, 5), D(2027, 1, 8)),
        ("despues de reyes, una semana", SAT, D(2027, 1, 7), D(2027, 1, 14)),
        ("el finde de reyes", SAT, D(2027, 1, 5), D(2027, 1, 7)),
        ("para reyes", D(2027, 1, 6), D(2028, 1, 5), D(2028, 1, 7)),
    ],
)
def test_reyes_is_a_holiday_by_name(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    "text",
    ["hola soy Juan Reyes, consulta", "los reyes magos traen regalos", "feliz dia de reyes!"],
)
def test_reyes_as_a_name_or_a_wish_is_no_stay(text):
    assert _stay(text, SAT) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # A deadline, not a stay: a verb of doing beside "antes de(l)".
        "te confirmo antes del 20",
        "antes del 15 te aviso",
        "antes de navidad te confirmo 🙏",
        "te aviso antes del sabado",
    ],
)
def test_a_deadline_before_a_day_is_no_stay(text):
    assert _stay(text, SAT) == (None, None)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # A weekend with only its end said: the weekend that ends there (or before it).
        ("el finde antes de navidad", SAT, D(2026, 12, 18), D(2026, 12, 20)),
        ("finde hasta el 20", SAT, D(2026, 12, 18), D(2026, 12, 20)),
        ("el finde hasta el lunes 7", SAT, D(2026, 12, 4), D(2026, 12, 7)),
        # Under way (a Saturday): from today.
        ("el finde hasta el lunes", SAT, SAT, D(2026, 11, 30)),
    ],
)
def test_a_weekend_with_its_end_said(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # "la semana del 14" is a stay of seven nights: "x 2" after it is the party, as
        # after a range or a length.
        ("la semana del 14 de diciembre x 2", 2),
        ("la semana del 14 x 4", 4),
        ("la semana del lunes 14 x 3 🙌", 3),
    ],
)
def test_a_count_after_a_week_from_a_day_is_the_party(text, guests):
    said = parse_fresh(text, SAT)
    assert (said.check_in, said.nights, said.guests) == (D(2026, 12, 14), 7, guests)


@pytest.mark.parametrize(
    "text", ["dentro de un mes", "d aca a un mes", "dentro de un mes aprox", "de aqui a 1 mes"]
)
def test_in_a_month_alone_is_the_arrival(text):
    # "hoy" alone in a long message is no arrival; a month from today is one.
    assert _stay(text, SAT) == (D(2026, 12, 28), None)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        # Two holidays bounded: the span between them, as "de Navidad hasta Año Nuevo".
        (
            "llegamos antes de navidad y nos vamos despues de año nuevo",
            D(2026, 12, 24),
            D(2027, 1, 2),
        ),
        ("desde antes de navidad hasta despues de reyes", D(2026, 12, 24), D(2027, 1, 7)),
    ],
)
def test_two_holidays_bounded_are_the_span_between(text, check_in, check_out):
    assert _stay(text, SAT) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        # A tourist's English, read as its Spanish ("en un mes", "el próximo feriado").
        ("in a month for 3 nights", D(2026, 12, 28), D(2026, 12, 31)),
        ("in two weeks for 2 nights", D(2026, 12, 12), D(2026, 12, 14)),
        ("in 10 days for 2 nights", D(2026, 12, 8), D(2026, 12, 10)),
        ("next long weekend", D(2026, 12, 4), D(2026, 12, 8)),
        ("do you have availability for the next holiday?", D(2026, 12, 4), D(2026, 12, 8)),
    ],
)
def test_english_in_a_month_and_the_next_holiday(text, check_in, check_out):
    assert _stay(text, SAT) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "no_such_date"),
    [
        # Slashes the same way: "31/11" is no date November has.
        ("el 31/11", (31, 11, 2026)),
        ("del 28/11 al 31/11 para 2", (31, 11, 2026)),
        ("30/2 x 2 noches", (30, 2, 2027)),
        ("31/4/2027", (31, 4, 2027)),
    ],
)
def test_a_slash_date_its_month_does_not_have(text, no_such_date):
    said = parse_fresh(text, D(2026, 10, 2))
    assert (said.no_such_date, said.check_in, said.check_out) == (no_such_date, None, None)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # A week or fortnight "del mes (que viene)": of this month or the next, as "el
        # último finde del mes" reads (it gave the month alone, or nothing).
        ("la primera semana del mes que viene", SAT, D(2026, 12, 1), D(2026, 12, 8)),
        ("la 2da semana del proximo mes para 2", SAT, D(2026, 12, 8), D(2026, 12, 15)),
        ("la ultima semana del mes", D(2026, 11, 10), D(2026, 11, 24), D(2026, 12, 1)),
        ("la segunda quincena del mes", D(2026, 11, 10), D(2026, 11, 16), D(2026, 12, 1)),
        ("la primera quincena del mes siguiente", D(2026, 12, 20), D(2027, 1, 1), D(2027, 1, 16)),
        # Under way: what is left of it, from today.
        ("la ultima semana del mes", SAT, SAT, D(2026, 12, 1)),
    ],
)
def test_a_week_of_this_or_next_month(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    "text",
    [
        "te pago dentro de un mes",
        "te confirmo dentro de 15 dias",
        "lo reservamos dentro de 2 semanas",
        "te aviso de aca a un mes",
    ],
)
def test_an_act_in_a_month_is_no_arrival(text):
    # When the guest pays, confirms or books, not when they come.
    assert _stay(text, SAT) == (None, None)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        # "la noche de" a holiday is one night, from the holiday's arrival, as "la noche
        # del 24" (it read the holiday's whole stay).
        ("la noche de año nuevo", D(2026, 12, 31), D(2027, 1, 1)),
        ("solo la noche de fin de año, somos 2", D(2026, 12, 31), D(2027, 1, 1)),
        ("para la noche de navidad", D(2026, 12, 24), D(2026, 12, 25)),
        ("la noche de reyes 👑", D(2027, 1, 5), D(2027, 1, 6)),
        # Guards: a length said wins; "a la noche" is an arrival time.
        ("la noche de año nuevo, 3 noches en total", D(2026, 12, 31), D(2027, 1, 3)),
        ("llegamos a la noche de navidad", D(2026, 12, 24), D(2026, 12, 26)),
    ],
)
def test_the_night_of_a_holiday_is_one_night(text, check_in, check_out):
    assert _stay(text, SAT) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        # "el finde antes de X": the last whole weekend before X's first day; "el finde
        # después de X": the first one from the day X's stay ends.
        ("el finde antes de carnaval", D(2027, 1, 29), D(2027, 1, 31)),
        ("el finde antes de navidad para 2", D(2026, 12, 18), D(2026, 12, 20)),
        ("el finde despues de carnaval", D(2027, 2, 12), D(2027, 2, 14)),
        ("el fin de semana después de navidad", D(2027, 1, 1), D(2027, 1, 3)),
        ("el finde pasando reyes", D(2027, 1, 8), D(2027, 1, 10)),
    ],
)
def test_the_weekend_before_or_after_a_holiday(text, check_in, check_out):
    assert _stay(text, SAT) == (check_in, check_out)
