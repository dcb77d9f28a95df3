"""Session 22 (h2): how guests write dates, probed with phrasings not in the repository.

- A day named as a holiday ("el feriado del 8", "el puente del 7", "el finde largo del 8
  de febrero") is the long weekend it makes by the holidays' table (bot.nlu_dates
  _free_days): the free days in a row that hold it, Friday in when they start on a
  Saturday, out on the last. They read the day alone, or Friday to Monday when the
  holiday's run ends on a Tuesday (Carnaval). Without a month, "el feriado del 24" is the
  next 24th that is a holiday (24/3), not the next 24th.
- A range whose two ends name their weekdays ("del viernes 12 al domingo 14", "del 12
  al 14 (vie a dom)") is the first month ahead where both fall so; it read this or next
  month's days on other weekdays.
- "1er / 1era / 1° semana (quincena) de enero": the first week (half month), as "la
  primera"; the suffix dropped, it read a length of one week, or only the month.
- "a fines de enero", "a principios de marzo", "a mediados de enero", "a fin de mes": the
  month and no days (CONTRACT §6: a month alone gives no dates, the bot asks); the part of
  the month is a window the bot asks to pin down (see test_conversation_dates22), not a
  stay of days the guest did not say. "La segunda quincena de febrero" stays its half
  month's nights (16/2 → 1/3), the repo's convention for a span that is a length.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

D = date
SAT = D(2026, 11, 28)  # a Saturday; 8/12 is a Tuesday (the 7th a bridge)
JAN13 = D(2027, 1, 13)  # a Wednesday; Carnaval 2027 is Monday 8 and Tuesday 9 February
MON30 = D(2026, 11, 30)


def _stay(text: str, today: date) -> tuple[date | None, date | None]:
    said = parse_fresh(text, today)
    return said.check_in, said.check_out


# ------------------------------------------------------- a day named as a holiday


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("el feriado del 8", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("para el feriado del 8 de diciembre somos 4", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("hay lugar x el feriado del 8?", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("para el feriado del 8 tienen algo?", MON30, D(2026, 12, 4), D(2026, 12, 8)),
        ("el puente del 7", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("Para el puente del 7 de diciembre 🙏", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        # A Tuesday holiday (its Monday bridged), a Friday one (in on it, out on Sunday).
        ("el feriado del 25 de mayo", SAT, D(2027, 5, 21), D(2027, 5, 25)),
        ("feriado del 9 de julio", SAT, D(2027, 7, 9), D(2027, 7, 11)),
        # A movable holiday named by its date is the day it moves to (12/10/2027, a
        # Tuesday, is Monday the 11th).
        ("el feriado del 12 de octubre", SAT, D(2027, 10, 8), D(2027, 10, 11)),
        # Carnaval's Monday and Tuesday: the long weekend ends on the Tuesday.
        ("el fin de semana largo del 8", JAN13, D(2027, 2, 5), D(2027, 2, 9)),
        ("finde largo del 8 de febrero", SAT, D(2027, 2, 5), D(2027, 2, 9)),
        # No month: the next such day that is a holiday (24/3, with Holy Thursday and
        # Friday after it in 2027).
        ("el feriado del 24", JAN13, D(2027, 3, 24), D(2027, 3, 28)),
        ("para el feriado del 25 de mayo, 2 noches", SAT, D(2027, 5, 21), D(2027, 5, 23)),
        # A holiday on a Saturday makes no long weekend: its weekend, Friday to Sunday.
        ("feriado del 1 de mayo", SAT, D(2027, 4, 30), D(2027, 5, 2)),
        ("puente del 24 de marzo", SAT, D(2027, 3, 24), D(2027, 3, 28)),
    ],
)
def test_a_day_named_as_a_holiday_is_the_long_weekend_it_makes(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        # A Wednesday holiday alone makes no long weekend: the day, and the bot asks.
        ("el feriado del 8 de diciembre", JAN13, D(2027, 12, 8), None),
        ("el 8 x el feriado", MON30, D(2026, 12, 8), None),
        ("para el finde largo del 8 de diciembre", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el finde del 12", SAT, D(2026, 12, 11), D(2026, 12, 13)),
        ("hay un puente cerca de la cabaña?", SAT, None, None),
    ],
)
def test_holiday_guards(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


# -------------------------------------------------- both ends named with their weekday


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("del viernes 12 al domingo 14", SAT, D(2027, 2, 12), D(2027, 2, 14)),
        (
            "hola! queriamos ir del viernes 11 al domingo 13 😊",
            JAN13,
            D(2027, 6, 11),
            D(2027, 6, 13),
        ),
        (
            "somos 2, llegariamos el jueves 10 y nos iriamos el domingo 13",
            JAN13,
            D(2027, 6, 10),
            D(2027, 6, 13),
        ),
        ("del vie 4 al lun 7", JAN13, D(2027, 6, 4), D(2027, 6, 7)),
        ("llegamos el vie 4 a la tarde y nos vamos el dom 6", JAN13, D(2027, 6, 4), D(2027, 6, 6)),
        ("del vier 18 al dom 20", JAN13, D(2027, 6, 18), D(2027, 6, 20)),
        ("del 12 al 14 (vie a dom)", SAT, D(2027, 2, 12), D(2027, 2, 14)),
        ("del 4 al 6 (viernes a domingo) somos 3", JAN13, D(2027, 6, 4), D(2027, 6, 6)),
    ],
)
def test_a_range_with_both_weekdays_is_the_month_they_fall_in(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


# ------------------------------------------------------------ "1er semana de enero"


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("1er semana de enero", SAT, D(2027, 1, 1), D(2027, 1, 8)),
        ("1era semana de enero", SAT, D(2027, 1, 1), D(2027, 1, 8)),
        ("hay lugar la 1era semana de enero?", SAT, D(2027, 1, 1), D(2027, 1, 8)),
        ("1° semana de enero somos 4", SAT, D(2027, 1, 1), D(2027, 1, 8)),
        ("1era quincena de enero", SAT, D(2027, 1, 1), D(2027, 1, 16)),
        ("1º quincena de febrero para 4", SAT, D(2027, 2, 1), D(2027, 2, 16)),
    ],
)
def test_the_first_week_written_with_a_digit(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


def test_one_week_in_january_stays_a_length():
    said = parse_fresh("1 semana de enero", SAT)
    assert (said.check_in, said.nights, said.month) == (None, 7, 1)


# ------------------------------------------------------------------ a part of a month


@pytest.mark.parametrize(
    ("text", "today", "month", "part"),
    [
        ("a fin de mes", SAT, 11, "late"),
        ("para fines del mes que viene", SAT, 12, "late"),
        ("a fines de diciembre somos 4", SAT, 12, "late"),
        ("a finales de enero, 3 noches", SAT, 1, "late"),
        ("los ultimos dias de enero", SAT, 1, "late"),
        ("a principios de marzo", SAT, 3, "early"),
        ("A PRINCIPIO DE MARZO 🙏", SAT, 3, "early"),
        ("primeros dias de febrero somos 2", SAT, 2, "early"),
        ("mediados de enero", SAT, 1, "mid"),
        ("en enero a mediados", SAT, 1, "mid"),
        ("febrero, para fines, somos 3", SAT, 2, "late"),
        ("a mediados del mes que viene", JAN13, 2, "mid"),
        # This month's part, or next month's once that part is past (on the 28th).
        ("a mediados de mes", D(2026, 12, 5), 12, "mid"),
        ("a mediados de mes", SAT, 12, "mid"),
        ("a principios de mes", SAT, 12, "early"),
    ],
)
def test_a_part_of_a_month_is_the_month_and_the_part_no_days(text, today, month, part):
    said = parse_fresh(text, today)
    assert (said.check_in, said.check_out, said.month, said.month_part) == (
        None,
        None,
        month,
        part,
    )


@pytest.mark.parametrize(
    ("text", "today", "month"),
    [
        # Guards: a month alone has no part; a payment's month is no stay.
        ("en enero", SAT, 1),
        ("te pago a fin de mes", SAT, None),
        ("te pago a mediados de mes", SAT, None),
    ],
)
def test_no_part_without_one_named(text, today, month):
    said = parse_fresh(text, today)
    assert (said.month, said.month_part) == (month, None)


# ------------------------------------------- probed this session, already read right
# Guards: new phrasings (not in the repository before) that the NLU already read as meant.


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("entramos el 3 salimos el 7 somos 4", SAT, D(2026, 12, 3), D(2026, 12, 7)),
        ("el 3 entramos y el 7 salimos", JAN13, D(2027, 2, 3), D(2027, 2, 7)),
        ("entrariamos el 3, saldriamos el 7", SAT, D(2026, 12, 3), D(2026, 12, 7)),
        ("3 noches desde el 20", SAT, D(2026, 12, 20), D(2026, 12, 23)),
        ("tres noches a partir del 20", JAN13, D(2027, 1, 20), D(2027, 1, 23)),
        ("4 noches arrancando el 18", SAT, D(2026, 12, 18), D(2026, 12, 22)),
        ("finde del 20 para 2", SAT, D(2026, 12, 18), D(2026, 12, 20)),
        ("finde del 20", JAN13, D(2027, 1, 22), D(2027, 1, 24)),
        ("la semana del 15", SAT, D(2026, 12, 15), D(2026, 12, 22)),
        ("para el 15 de dicimbre x 3 noches", SAT, D(2026, 12, 15), D(2026, 12, 18)),
        ("del 10 al 14 de febreo", SAT, D(2027, 2, 10), D(2027, 2, 14)),
        ("del 3 al 6 de setiembre", JAN13, D(2027, 9, 3), D(2027, 9, 6)),
        ("del 20 al 23 de diciemrbe", SAT, D(2026, 12, 20), D(2026, 12, 23)),
        ("tenes lugar del 20 al 23 de eneto?", SAT, D(2027, 1, 20), D(2027, 1, 23)),
        ("15.12 al 18.12", SAT, D(2026, 12, 15), D(2026, 12, 18)),
        ("15-12 al 18-12", SAT, D(2026, 12, 15), D(2026, 12, 18)),
        ("entrada 15.12 salida 18.12", SAT, D(2026, 12, 15), D(2026, 12, 18)),
        ("del 30.12 al 2.1", SAT, D(2026, 12, 30), D(2027, 1, 2)),
        ("vie 18/12 - lun 21/12", SAT, D(2026, 12, 18), D(2026, 12, 21)),
        ("hasta el lunes somos 2", SAT, None, D(2026, 11, 30)),
        ("pasado manana 2 noches", SAT, D(2026, 11, 30), D(2026, 12, 2)),
        ("para pasado mañana por 2 noches", JAN13, D(2027, 1, 15), D(2027, 1, 17)),
        ("este finde para 2", JAN13, D(2027, 1, 15), D(2027, 1, 17)),
        ("el finde que viene somos 3", SAT, D(2026, 12, 4), D(2026, 12, 6)),
        ("para ano nuevo somos 4", SAT, D(2026, 12, 31), D(2027, 1, 2)),
        ("para los carnavales", SAT, D(2027, 2, 6), D(2027, 2, 9)),
        ("dic 15-18", SAT, D(2026, 12, 15), D(2026, 12, 18)),
        ("del 1ro al 4 de enero", SAT, D(2027, 1, 1), D(2027, 1, 4)),
        ("29 dic - 1 ene", SAT, D(2026, 12, 29), D(2027, 1, 1)),
        ("del 4 al 11/01/27", JAN13, D(2027, 1, 4), D(2027, 1, 11)),
        ("la noche del sabado 9", SAT, D(2027, 1, 9), D(2027, 1, 10)),
        ("del viernes 4 al lunes 7", SAT, D(2026, 12, 4), D(2026, 12, 7)),
    ],
)
def test_new_phrasings_already_read_right(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


# ------------------------------------------------------- slips in a weekday or "largo"


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("finde lagro del 8", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("el fin de semana lagro del 8 de diciembre", SAT, D(2026, 12, 4), D(2026, 12, 8)),
        ("del vienes 4 al domingo 6", SAT, D(2026, 12, 4), D(2026, 12, 6)),
        ("desde el vienes hasta el domingo", SAT, D(2026, 12, 4), D(2026, 12, 6)),
        ("vienes 11 al lunes 14 para 2", SAT, D(2026, 12, 11), D(2026, 12, 14)),
    ],
)
def test_a_slip_in_a_weekday_or_in_largo(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


def test_vienes_the_verb_is_no_friday():
    said = parse_fresh("vienes con tu familia? somos 4", SAT)
    assert (said.check_in, said.check_out, said.guests) == (None, None, 4)


# ------------------------------------------------------------------ "solo esta noche"


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("solo esta noche", SAT, D(2026, 11, 28), D(2026, 11, 29)),
        ("hay lugar solo para esta noche?", SAT, D(2026, 11, 28), D(2026, 11, 29)),
        ("esta noche nomas, somos 2", JAN13, D(2027, 1, 13), D(2027, 1, 14)),
        ("solo por hoy", SAT, D(2026, 11, 28), D(2026, 11, 29)),
        ("mañana nomás para 2", SAT, D(2026, 11, 29), D(2026, 11, 30)),
    ],
)
def test_only_tonight_is_one_night(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


def test_tonight_alone_still_asks_how_long():
    assert _stay("hay lugar para esta noche?", SAT) == (D(2026, 11, 28), None)
