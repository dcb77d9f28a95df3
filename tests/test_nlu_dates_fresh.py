"""Fresh date and stay-length rows for bot.nlu, round 3, at unusual todays.

Written as guests type them and run through the parser before any fix: FIXED holds
the ones that failed then and were fixed with a general rule (plus guard rows that
must keep their reading), PASSING a sample of those that already worked (each marked
``# passed before``). Expectations follow CONTRACT §6; where it is silent, what the
guest means (said next to the row).

Todays: SUN31 = 2027-01-31 (Sunday, month end), LEAP = 2028-02-28 (Monday, 29/2
exists), YE = 2026-12-31 (Thursday, year end), FRI = 2027-04-30 (Friday, month end),
THU = 2026-11-26 (Thursday).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlu_support import STAY_COLUMNS, assert_stay

SUN31 = date(2027, 1, 31)
LEAP = date(2028, 2, 28)
YE = date(2026, 12, 31)
FRI = date(2027, 4, 30)
THU = date(2026, 11, 26)

Row = tuple[date, str, str, str | None, str | None, int | None]
AV = "availability"

# (today, message, intent, check_in, check_out, guests)
FIXED: list[Row] = [
    # Diminutives are lengths too ("nochecitas", "semanita"); "semana completa" and
    # "la semana entera" are 7 nights; "sem" is short for "semana".
    (THU, "dos nochecitas desde el 4", AV, "2026-12-04", "2026-12-06", None),
    (THU, "una nochecita el sábado", AV, "2026-11-28", "2026-11-29", None),
    (THU, "dos semanitas desde el 2 de enero", AV, "2027-01-02", "2027-01-16", None),
    (THU, "semana completa desde el sábado 5", AV, "2026-12-05", "2026-12-12", None),
    (THU, "la semana entera desde el 5/12", AV, "2026-12-05", "2026-12-12", None),
    (THU, "1 sem desde el 5/12", AV, "2026-12-05", "2026-12-12", None),
    # "la noche del X" is one night from X; an arrival time ("a la noche del 24") is not.
    (THU, "la noche del 24", AV, "2026-12-24", "2026-12-25", None),
    (THU, "la noche del 31 de diciembre", AV, "2026-12-31", "2027-01-01", None),
    (THU, "solo la noche del sábado", AV, "2026-11-28", "2026-11-29", None),
    (THU, "la noche del sábado 28", AV, "2026-11-28", "2026-11-29", None),
    (THU, "cuanto sale la noche del sabado?", "prices", "2026-11-28", "2026-11-29", None),
    (THU, "llegamos a la noche del 24", AV, "2026-12-24", None, None),  # passed before
    (THU, "la noche del 24 al 26", AV, "2026-12-24", "2026-12-26", None),  # passed before
    # A weekday or day right after "hoy"/"mañana" that is the same date names it again.
    (FRI, "hoy viernes", AV, "2027-04-30", None, None),
    (SUN31, "hoy domingo hasta el miércoles", AV, "2027-01-31", "2027-02-03", None),
    (THU, "hoy jueves hasta el domingo", AV, "2026-11-26", "2026-11-29", None),
    (THU, "hoy jueves 26 hasta el domingo 29", AV, "2026-11-26", "2026-11-29", None),
    (FRI, "desde hoy 30 hasta el 2", AV, "2027-04-30", "2027-05-02", None),
    (FRI, "mañana sábado para 2", AV, "2027-05-01", None, 2),
    (FRI, "pasado mañana domingo 2 x 2 noches", AV, "2027-05-02", "2027-05-04", None),
    (FRI, "hoy y mañana", AV, "2027-04-30", "2027-05-02", None),  # passed before
    (THU, "mañana 27 por 3 noches", AV, "2026-11-27", "2026-11-30", None),  # passed before
    # Days listed with their weekday names are a list like the bare weekdays: the nights
    # ("viernes 11 y sábado 12": out on Sunday 13), except Saturday and Sunday, which name
    # the weekend (one night, out on Sunday).
    (THU, "viernes 11 y sábado 12 de diciembre", AV, "2026-12-11", "2026-12-13", None),
    (LEAP, "martes 29 y miércoles 1", AV, "2028-02-29", "2028-03-02", None),
    (YE, "viernes 1 y sábado 2", AV, "2027-01-01", "2027-01-03", None),
    (FRI, "viernes 7, sábado 8 y domingo 9", AV, "2027-05-07", "2027-05-10", None),
    (THU, "jueves 3, viernes 4 y sábado 5", AV, "2026-12-03", "2026-12-06", None),
    (
        THU,
        "sábado 12 de diciembre y domingo 13",
        AV,
        "2026-12-12",
        "2026-12-13",
        None,
    ),  # passed before
    (THU, "sábado 12 y domingo 13", AV, "2026-12-12", "2026-12-13", None),  # passed before
    (SUN31, "sábado 6 y domingo 7", AV, "2027-02-06", "2027-02-07", None),  # passed before
    (THU, "viernes 4 y domingo 6", AV, "2026-12-04", "2026-12-06", None),  # passed before
    (THU, "el 12 y 13 de diciembre", AV, "2026-12-12", "2026-12-14", None),  # passed before
    # A month before a dashed pair of days makes it a day range, not a numeric date
    # ("ene 2-5" is 2 to 5 January, not 2 May).
    (YE, "ene 2-5", AV, "2027-01-02", "2027-01-05", None),
    (FRI, "mayo 2-5 para 3", AV, "2027-05-02", "2027-05-05", 3),
    (YE, "en enero, 2-5", AV, "2027-01-02", "2027-01-05", None),
    (THU, "dic 20-23", AV, "2026-12-20", "2026-12-23", None),  # passed before
    (YE, "2-5 de enero", AV, "2027-01-02", "2027-01-05", None),  # passed before
    # "el 15 del 1": a month by its number after "del", when the day already reads as
    # a day; a count before "del" is left alone.
    (THU, "el 15 del 1", AV, "2027-01-15", None, None),
    (THU, "del 15 del 1 al 20 del 1", AV, "2027-01-15", "2027-01-20", None),
    (THU, "del 2 al 9 del 1", AV, "2027-01-02", "2027-01-09", None),
    (THU, "del 10 al 12 del 2 para 4", AV, "2027-02-10", "2027-02-12", 4),
    (THU, "el 5 del 3 x 2 noches", AV, "2027-03-05", "2027-03-07", None),
    (THU, "del 30 del 12 al 2 del 1", AV, "2026-12-30", "2027-01-02", None),
    (THU, "somos 4 del 10 al 12", AV, "2026-12-10", "2026-12-12", 4),  # passed before
    (THU, "el 10 del 12 hs", AV, "2026-12-10", None, None),  # passed before
    # "llegada" marks a start like "entrada"; "regreso"/"regresamos" an end like "volvemos".
    (THU, "llegada 20 salida 23", AV, "2026-12-20", "2026-12-23", None),
    (THU, "salida el 23, llegada el 20", AV, "2026-12-20", "2026-12-23", None),
    (THU, "regresamos el 23, llegamos el 20", AV, "2026-12-20", "2026-12-23", None),
    (THU, "15 de enero llegada, 20 salida", AV, "2027-01-15", "2027-01-20", None),
    (THU, "llegada el 20, regreso el 23", AV, "2026-12-20", "2026-12-23", None),  # passed before
    (THU, "hora de llegada 20 hs", "info", None, None, None),  # passed before
    # A currency written before the amount ("usd 100", "ARS 80000") per night, asked: prices.
    (THU, "usd 100 por noche del 10 al 12/1?", "prices", "2027-01-10", "2027-01-12", None),
    (THU, "ARS 80000 por noche del 15 al 20/1?", "prices", "2027-01-15", "2027-01-20", None),
    # passed before
    (THU, "me pasaron usd 100 por noche del 10 al 12/1", AV, "2027-01-10", "2027-01-12", None),
    # A masked time, price or phone after a day says nothing about it ("del 5 al 8 14hs"
    # keeps 8 as a day); a price range ("entre 4 y 5 mil") is no date.
    (THU, "del 5 al 8 14hs", AV, "2026-12-05", "2026-12-08", None),
    (THU, "del 5 al 8 $5000", AV, "2026-12-05", "2026-12-08", None),
    (THU, "del 5 al 8, 5 mil de seña?", AV, "2026-12-05", "2026-12-08", None),
    (THU, "entre 4 y 5 mil pesos", "unknown", None, None, None),
    (THU, "de 20 a 25 lucas", "unknown", None, None, None),  # passed before
    (THU, "entre 20 y 30 mil la noche?", "prices", None, None, None),
    (THU, "del 5 al 8 de diciembre 14hs", AV, "2026-12-05", "2026-12-08", None),  # passed before
    (THU, "del 5 al 8, son 150 mil?", AV, "2026-12-05", "2026-12-08", None),  # passed before
    # A weekday right after a date only names it ("8/1 (viernes)"); weekdays beside a
    # range of numbered days describe it ("de lunes a viernes del 4 al 8 de enero").
    (THU, "8/1 (viernes) al 10/1 (domingo)", AV, "2027-01-08", "2027-01-10", None),
    (THU, "8/1 viernes al 10/1 domingo", AV, "2027-01-08", "2027-01-10", None),
    (THU, "8 de enero (viernes) 2 noches", AV, "2027-01-08", "2027-01-10", None),
    (THU, "de lunes a viernes del 4 al 8 de enero", AV, "2027-01-04", "2027-01-08", None),
    # passed before
    (THU, "desde el 4 de enero hasta el viernes", AV, "2027-01-04", "2027-01-08", None),
    (THU, "el 5 y el viernes", AV, "2026-12-05", "2026-12-11", None),  # passed before
    (THU, "mañana y el sábado", AV, "2026-11-27", "2026-11-29", None),  # passed before
    # A range opened by a month ("mayo 31 al ...") whose end names its own month.
    (FRI, "mayo 31 al 2 de junio", AV, "2027-05-31", "2027-06-02", None),
    (THU, "diciembre 30 al 2 de enero", AV, "2026-12-30", "2027-01-02", None),
    (FRI, "mayo 20 al 25", AV, "2027-05-20", "2027-05-25", None),  # passed before
    # "el 2do finde de enero": the month's second Friday to Sunday (round 15; it gave no
    # dates before); the number before "finde" is no day.
    (THU, "el 2do finde de enero", AV, "2027-01-08", "2027-01-10", None),
    (THU, "el finde 2 personas", AV, "2026-11-27", "2026-11-29", 2),  # passed before
]

PASSING: list[Row] = [
    # passed before
    (THU, "una semanita a partir del 2 de enero", AV, "2027-01-02", "2027-01-09", None),
    (THU, "2 nochecitas el finde", AV, "2026-11-27", "2026-11-29", None),  # passed before
    (LEAP, "29/2 al 3/3", AV, "2028-02-29", "2028-03-03", None),  # passed before
    (SUN31, "del viernes 5 al domingo 7", AV, "2027-02-05", "2027-02-07", None),  # passed before
    # passed before
    (THU, "el 24 a la noche hasta el 26 al mediodía", AV, "2026-12-24", "2026-12-26", None),
    (SUN31, "10 días desde el 3", AV, "2027-02-03", "2027-02-13", None),  # passed before
    (SUN31, "15 días a partir del 1/2", AV, "2027-02-01", "2027-02-16", None),  # passed before
    (SUN31, "2 semanas desde el lunes", AV, "2027-02-01", "2027-02-15", None),  # passed before
    (THU, "quince dias", AV, None, None, None),  # passed before
    # passed before
    (THU, "4 noches desde el jueves que viene", AV, "2026-12-03", "2026-12-07", None),
    # passed before
    (SUN31, "4 noches desde el jueves que viene", AV, "2027-02-04", "2027-02-08", None),
    (THU, "el jueves que viene", AV, "2026-12-03", None, None),  # passed before
    (THU, "tienen lugar la semana que viene?", AV, None, None, None),  # passed before
    (THU, "del 31/12 al 2/1/27", AV, "2026-12-31", "2027-01-02", None),  # passed before
    (YE, "02/01 al 05/01", AV, "2027-01-02", "2027-01-05", None),  # passed before
    (SUN31, "del primero al 5 de febrero", AV, "2027-02-01", "2027-02-05", None),  # passed before
    (LEAP, "el 1° de marzo", AV, "2028-03-01", None, None),  # passed before
    (THU, "3-6 enero", AV, "2027-01-03", "2027-01-06", None),  # passed before
    (THU, "3 al 6 ene.", AV, "2027-01-03", "2027-01-06", None),  # passed before
    # passed before
    (THU, "llegamos el 20 y nos vamos el 23", AV, "2026-12-20", "2026-12-23", None),
    (THU, "ingreso 20/12 egreso 23/12", AV, "2026-12-20", "2026-12-23", None),  # passed before
    (THU, "check in 20 check out 23", AV, "2026-12-20", "2026-12-23", None),  # passed before
    (THU, "dic 20 al 23", AV, "2026-12-20", "2026-12-23", None),  # passed before
    (LEAP, "del 28 al 1 de marzo", AV, "2028-02-28", "2028-03-01", None),  # passed before
    (LEAP, "29 de febrero", AV, "2028-02-29", None, None),  # passed before
    (LEAP, "una semana desde el 29", AV, "2028-02-29", "2028-03-07", None),  # passed before
    (LEAP, "pasado mañana x 2 noches", AV, "2028-03-01", "2028-03-03", None),  # passed before
    (LEAP, "este finde", AV, "2028-03-03", "2028-03-05", None),  # passed before
    (LEAP, "el jueves que viene", AV, "2028-03-02", None, None),  # passed before
    # Session 21: February 2027 has no 29th: no date (no_such_date), not 29/2/2028.
    (SUN31, "29 de febrero", AV, None, None, None),
    (SUN31, "del 28 al 1 de marzo", AV, "2027-02-28", "2027-03-01", None),  # passed before
    (SUN31, "este finde", AV, "2027-02-05", "2027-02-07", None),  # passed before
    (SUN31, "del sábado al sábado", AV, "2027-02-06", "2027-02-13", None),  # passed before
    (SUN31, "el 5/2 por una semana", AV, "2027-02-05", "2027-02-12", None),  # passed before
    (SUN31, "3 noches, entrada 5/2", AV, "2027-02-05", "2027-02-08", None),  # passed before
    (SUN31, "finde largo", AV, "2027-02-05", "2027-02-08", None),  # passed before
    (YE, "este finde", AV, "2027-01-01", "2027-01-03", None),  # passed before
    (YE, "del 31 al 2", AV, "2026-12-31", "2027-01-02", None),  # passed before
    (YE, "del 31 al 3 de enero", AV, "2026-12-31", "2027-01-03", None),  # passed before
    (FRI, "este finde", AV, "2027-04-30", "2027-05-02", None),  # passed before
    (FRI, "del 30 al 2", AV, "2027-04-30", "2027-05-02", None),  # passed before
    (FRI, "finde largo", AV, "2027-04-30", "2027-05-03", None),  # passed before
    (FRI, "del 31 al 2", AV, "2027-05-31", "2027-06-02", None),  # passed before
    (FRI, "hoy hasta el domingo", AV, "2027-04-30", "2027-05-02", None),  # passed before
    (FRI, "una noche sola el sábado", AV, "2027-05-01", "2027-05-02", None),  # passed before
    (FRI, "2 semanas desde el lunes", AV, "2027-05-03", "2027-05-17", None),  # passed before
    # passed before
    (FRI, "4 noches desde el jueves que viene", AV, "2027-05-06", "2027-05-10", None),
    (THU, "este finde", AV, "2026-11-27", "2026-11-29", None),  # passed before
    (THU, "del 30 al 2", AV, "2026-11-30", "2026-12-02", None),  # passed before
    (THU, "del 28 al 3 de enero", AV, "2026-12-28", "2027-01-03", None),  # passed before
    (THU, "entramos el 3/1 y salimos el 6", AV, "2027-01-03", "2027-01-06", None),  # passed before
    # passed before
    (
        THU,
        "llegamos a las 14hs el 20/12 y nos vamos el 23 a las 10",
        AV,
        "2026-12-20",
        "2026-12-23",
        None,
    ),
    # passed before
    (THU, "del 20 al 23, llegamos 21 hs aprox somos 3", AV, "2026-12-20", "2026-12-23", 3),
    # passed before
    (
        THU,
        "tenemos 2 mil de presupuesto por noche del 20 al 23",
        "prices",
        "2026-12-20",
        "2026-12-23",
        None,
    ),
    # passed before
    (THU, "del 5 al 8 de enero hasta $200000", AV, "2027-01-05", "2027-01-08", None),
    # passed before
    (
        THU,
        "mi cel es 11 5555-1234, queremos del 3 al 6 de enero",
        AV,
        "2027-01-03",
        "2027-01-06",
        None,
    ),
    # passed before
    (THU, "soy Ana 2944-123456, para 4 del 10 al 12 de enero", AV, "2027-01-10", "2027-01-12", 4),
    # passed before
    (THU, "del 3 al 6 de enero, dni 30123456", AV, "2027-01-03", "2027-01-06", None),
    # passed before
    (THU, "buenas, precio del 28/12 al 2/1 para 5", "prices", "2026-12-28", "2027-01-02", 5),
    # passed before
    (SUN31, "cuanto sale la noche el finde largo?", "prices", "2027-02-05", "2027-02-08", None),
    (YE, "hay lugar para mañana 2 noches?", AV, "2027-01-01", "2027-01-03", None),  # passed before
    (THU, "del 4 al 6 y del 11 al 13", AV, "2026-12-04", "2026-12-06", None),  # passed before
    (THU, "del 15/1 al 15/2", AV, "2027-01-15", "2027-02-15", None),  # passed before
    (THU, "quince al veinte de enero", AV, "2027-01-15", "2027-01-20", None),  # passed before
    # passed before
    (THU, "cel: 351 15 555 1234, para 2, del 15 al 20 de enero", AV, "2027-01-15", "2027-01-20", 2),
    (SUN31, "de domingo a domingo", AV, "2027-01-31", "2027-02-07", None),  # passed before
    (LEAP, "el martes 29", AV, "2028-02-29", None, None),  # passed before
    (LEAP, "el 29 y el 1", AV, "2028-02-29", "2028-03-02", None),  # passed before
    (YE, "15 días desde el 1 de enero", AV, "2027-01-01", "2027-01-16", None),  # passed before
    (THU, "de lunes 30/11 a jueves 3/12", AV, "2026-11-30", "2026-12-03", None),  # passed before
    (LEAP, "1 al 5 de marzo del 2028", AV, "2028-03-01", "2028-03-05", None),  # passed before
    # passed before
    (
        THU,
        "del 5 al 8 de dic. Somos 2 adultos, 1 niño de 5 años",
        AV,
        "2026-12-05",
        "2026-12-08",
        3,
    ),
    (THU, "x 3 noches dsd el 5/12 p 2 pers", AV, "2026-12-05", "2026-12-08", 2),  # passed before
    (THU, "el 5 a las 5", AV, "2026-12-05", None, None),  # passed before
    (THU, "4 días 3 noches el finde largo", AV, "2026-11-27", "2026-11-30", None),  # passed before
]


@pytest.mark.parametrize(STAY_COLUMNS, FIXED + PASSING)
def test_dates_fresh(today, text, intent, check_in, check_out, guests):
    assert_stay(today, text, intent, check_in, check_out, guests)
