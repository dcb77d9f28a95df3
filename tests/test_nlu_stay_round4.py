"""Stay rows for bot.nlu, round 4: party counts, lengths in months, times and phones.

Written as guests type them and run through the parser before any fix: FIXED holds the
ones that failed then and were fixed with a general rule (plus guard rows that must keep
their reading, marked ``# passed before``), PASSING a sample of the probe that already
worked. Expectations follow CONTRACT §6; where it is silent, what the guest means (said
next to the row).

Todays: THU = 2026-11-26 (Thursday), SUN31 = 2027-01-31 (Sunday, month end), YE =
2026-12-30 (Wednesday, year end), LEAP = 2028-02-26 (Saturday, 29/2 ahead), MON =
2027-03-15 (Monday), WED = 2027-06-30 (Wednesday, month end).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlu_support import AV, Row, assert_stay

THU = date(2026, 11, 26)
SUN31 = date(2027, 1, 31)
YE = date(2026, 12, 30)
LEAP = date(2028, 2, 26)
MON = date(2027, 3, 15)
WED = date(2027, 6, 30)


# (today, message, intent, check_in, check_out, guests)
FIXED: list[Row] = [
    # A bare count after a count of adults is the rest of the party (kids left unsaid).
    (THU, "para 2 adultos y 2", AV, None, None, 4),
    (THU, "somos 3 adultos y 3", AV, None, None, 6),
    (THU, "4 adultos y 1", AV, None, None, 5),
    (THU, "dos adultos y tres", AV, None, None, 5),
    (THU, "2 adultos y 1 de 5 años", AV, None, None, 3),
    (THU, "2 adultos y 2 del 15 al 18", AV, "2026-12-15", "2026-12-18", 4),
    (THU, "somos 2 adultos y 1, del 3 al 6 de enero", AV, "2027-01-03", "2027-01-06", 3),
    (MON, "de jueves a domingo para 2 adultos y 1", AV, "2027-03-18", "2027-03-21", 3),
    (THU, "4 personas y 2", AV, None, None, 4),  # passed before: "personas" is everyone
    (THU, "2 adultos y 2 noches", AV, None, None, 2),  # passed before
    (THU, "2 adultos y 2 al 5", AV, None, "2026-12-05", 2),  # passed before: a day range
    (THU, "2 adultos y 3 o 4 chicos", AV, None, None, 6),  # passed before: not 2+3+4
    # A length in calendar months: out on the same day of a later month (its last day
    # when shorter); not an age ("bebé de 6 meses"), a lead time or "hace un mes".
    (THU, "un mes desde el 1", AV, "2026-12-01", "2027-01-01", None),
    (THU, "un mes a partir del 1/2", AV, "2027-02-01", "2027-03-01", None),
    (THU, "dos meses desde el 1 de enero", AV, "2027-01-01", "2027-03-01", None),
    (THU, "del 1/2 por un mes", AV, "2027-02-01", "2027-03-01", None),
    (THU, "por un mes a partir del 5 de enero para 2", AV, "2027-01-05", "2027-02-05", 2),
    (THU, "un mesecito desde el 3 de enero", AV, "2027-01-03", "2027-02-03", None),
    (THU, "un mes desde el 31 de enero", AV, "2027-01-31", "2027-02-28", None),
    (LEAP, "un mes desde el 29/2", AV, "2028-02-29", "2028-03-29", None),
    (LEAP, "mañana por un mes", AV, "2028-02-27", "2028-03-27", None),
    (SUN31, "un mes desde mañana", AV, "2027-02-01", "2027-03-01", None),
    (THU, "un mes hasta el 1/3", AV, "2027-02-01", "2027-03-01", None),
    (THU, "cuanto sale un mes desde el 1/2?", "prices", "2027-02-01", "2027-03-01", None),
    (THU, "un mes", "unknown", None, None, None),  # passed before: no start, no dates
    # Guards, all passed before: an age, a lead time, "hace un mes", "en 2 meses".
    (THU, "2 adultos y 1 bebe de 6 meses del 3 al 5", AV, "2026-12-03", "2026-12-05", 3),
    (THU, "mi bebe tiene 8 meses, llegamos el 2/1", AV, "2027-01-02", None, None),
    (THU, "reservé con 2 meses de anticipacion, llegamos el 5", AV, "2026-12-05", None, None),
    (THU, "pagamos la seña hace un mes, llegamos el 5", AV, "2026-12-05", None, None),
    (THU, "nos vamos en 2 meses, del 2 al 5 de febrero", AV, "2027-02-02", "2027-02-05", None),
    # "de N a M" right after a date is a time of that day, not a second range of days.
    (THU, "el 20 de 14 a 16", AV, "2026-12-20", None, None),
    (THU, "el sabado de 10 a 12", AV, "2026-11-28", None, None),
    (THU, "el viernes 27 de 9 a 13", AV, "2026-11-27", None, None),
    (THU, "mañana de 9 a 11", AV, "2026-11-27", None, None),
    (THU, "check in el 5/1 de 14 a 18", AV, "2027-01-05", None, None),
    (THU, "el 20 de diciembre de 14 a 16", AV, "2026-12-20", None, None),
    (THU, "el 20 de 14 a 16 somos 4", AV, "2026-12-20", None, 4),
    (THU, "el domingo de 11 a 13 podemos ir a verla?", AV, "2026-11-29", None, None),
    (YE, "el 2 de 10 a 12", AV, "2027-01-02", None, None),
    (THU, "de 10 a 12 de enero", AV, "2027-01-10", "2027-01-12", None),  # passed before
    (THU, "el 20 de 3 a 5 noches", AV, "2026-12-20", "2026-12-25", None),  # passed before
    # passed before (the "hs" already made it a time):
    (THU, "entrada el 10 de 15 a 20 hs y salida el 14", AV, "2026-12-10", "2026-12-14", None),
    # A phone never starts or ends inside a date, nor swallows the count after it.
    (THU, "+54 9 294 455-6677, 3 adultos del 4 al 8/1", AV, "2027-01-04", "2027-01-08", 3),
    (THU, "cel:2944556677 15/1 al 18/1", AV, "2027-01-15", "2027-01-18", None),
    (THU, "el 15/1 2944556677", AV, "2027-01-15", None, None),
    (THU, "mi cel es 2944556677, llegamos el 15/1", AV, "2027-01-15", None, None),  # passed before
    (THU, "2944556677 del 3 al 5 somos 2", AV, "2026-12-03", "2026-12-05", 2),  # passed before
    (THU, "mi dni es 30123456 somos 2", AV, None, None, 2),  # passed before
    # Word days: "desde el diez al ...", and the end of a range after a full start.
    (THU, "desde el diez al quince de enero", AV, "2027-01-10", "2027-01-15", None),
    (THU, "desde el cinco hasta el ocho de enero", AV, "2027-01-05", "2027-01-08", None),
    (THU, "veinte de diciembre al veintitres", AV, "2026-12-20", "2026-12-23", None),
    (THU, "el diez de enero al quince", AV, "2027-01-10", "2027-01-15", None),
    # "pasado" alone after "mañana a/y" is pasado mañana ("mañana y pasado": two nights).
    (THU, "de mañana a pasado", AV, "2026-11-27", "2026-11-28", None),
    (THU, "mañana y pasado para 2", AV, "2026-11-27", "2026-11-29", 2),  # passed before
    # A heading before numbers that carry their own nouns is no form field.
    (THU, "personas: 2 adultos + 1 menor", AV, None, None, 3),
    (THU, "adultos: 2 menores: 1", AV, None, None, 3),  # passed before
    # "jóvenes" are people of the party, "bb" is a baby.
    (THU, "3 adultos mayores y 2 jovenes", AV, None, None, 5),
    (THU, "2 adultos y un bb", AV, None, None, 3),
    # "x N" after a stated length or "el finde largo" counts people.
    (SUN31, "el finde largo x 4", AV, "2027-02-05", "2027-02-08", 4),
    (THU, "solo 1 noche el 5/1 x 2", AV, "2027-01-05", "2027-01-06", 2),
    (THU, "3 noches desde el 4/12 x 4", AV, "2026-12-04", "2026-12-07", 4),
    (THU, "el 20 x 3", AV, "2026-12-20", None, None),  # passed before: nights or people
]

PASSING: list[Row] = [
    (THU, "una semana a partir del 2 de enero", AV, "2027-01-02", "2027-01-09", None),
    (THU, "tenes disponible 2 noches desde el viernes?", AV, "2026-11-27", "2026-11-29", None),
    (THU, "15-18/12", AV, "2026-12-15", "2026-12-18", None),
    (THU, "del 31 de diciembre al 2 de enero", AV, "2026-12-31", "2027-01-02", None),
    (THU, "15 de enero al 1 de febrero", AV, "2027-01-15", "2027-02-01", None),
    (THU, "27 al 30 de noviembre", AV, "2026-11-27", "2026-11-30", None),
    (THU, "quincena del 1 al 15 de enero", AV, "2027-01-01", "2027-01-15", None),
    (THU, "del viernes al domingo", AV, "2026-11-27", "2026-11-29", None),
    (THU, "finde del 12 de diciembre", AV, "2026-12-11", "2026-12-13", None),
    (THU, "lunes 7 al viernes 11 de diciembre", AV, "2026-12-07", "2026-12-11", None),
    # Round 9: answering "¿cuándo?", it asks for a stay; no days, so the bot asks which.
    (THU, "para la semana que viene", AV, None, None, None),
    (THU, "2 adultos + 1 menor", AV, None, None, 3),
    (THU, "4 pax", AV, None, None, 4),
    (THU, "dos adultos un niño", AV, None, None, 3),
    (THU, "mi marido, mis 3 hijos y yo", AV, None, None, 5),
    (THU, "2 adultos y 2 menores (8 y 10 años)", AV, None, None, 4),
    (THU, "vamos 2 adultos y una nena de 4", AV, None, None, 3),
    (THU, "5 adultos 2 niños 1 bebe", AV, None, None, 8),
    (THU, "mis viejos, mi hermana y yo", AV, None, None, 4),
    (THU, "somos 4 (2 y 2 chicos)", AV, None, None, 4),
    (SUN31, "mañana 3 noches", AV, "2027-02-01", "2027-02-04", None),
    (SUN31, "para el 14 de febrero x 2 noches somos 2", AV, "2027-02-14", "2027-02-16", 2),
    (YE, "del 30 al 2", AV, "2026-12-30", "2027-01-02", None),
    (YE, "2 noches desde hoy", AV, "2026-12-30", "2027-01-01", None),
    (LEAP, "el 29 de febrero 1 noche", AV, "2028-02-29", "2028-03-01", None),
    (MON, "el lunes que viene", AV, "2027-03-22", None, None),
    (WED, "el 30 al 3", AV, "2027-06-30", "2027-07-03", None),
    (
        THU,
        "holaa necesitamos cabaña p 5 del 9 al 12 de enero 🙏",
        AV,
        "2027-01-09",
        "2027-01-12",
        5,
    ),
    (THU, "setiembre 10 al 15", AV, "2027-09-10", "2027-09-15", None),
    (
        THU,
        "tres noches desde el 8 de diciembre para cuatro personas",
        AV,
        "2026-12-08",
        "2026-12-11",
        4,
    ),
    (THU, "hola, seriamos 4 personas del 5 al 10 de enero", AV, "2027-01-05", "2027-01-10", 4),
    (THU, "tendran disponible 2 noches del 20 al 22 dic", AV, "2026-12-20", "2026-12-22", None),
    (THU, "para el finde largo, 4 personas", AV, "2026-11-27", "2026-11-30", 4),
    (THU, "del 22 de diciembre al 5 de enero para 8 personas", AV, "2026-12-22", "2027-01-05", 8),
    (THU, "hay lugar para 2 el 8 de diciembre?", AV, "2026-12-08", None, 2),
    (THU, "del 5 de enero al 12", AV, "2027-01-05", "2027-01-12", None),
    (THU, "del 7 al 9 y somos 4", AV, "2026-12-07", "2026-12-09", 4),
    (THU, "del 30 de noviembre al 3 de diciembre", AV, "2026-11-30", "2026-12-03", None),
    (THU, "del 1° al 4 de enero", AV, "2027-01-01", "2027-01-04", None),
    (THU, "del 4 al 6/12 para 2 + 1 nene", AV, "2026-12-04", "2026-12-06", 3),
    (THU, "del 15 al 18 de diciembre o del 20 al 23", AV, "2026-12-15", "2026-12-18", None),
    (THU, "4 noches a partir del sabado", AV, "2026-11-28", "2026-12-02", None),
    (THU, "las noches del 24 y 25", AV, "2026-12-24", "2026-12-26", None),
    (THU, "del 1-1 al 4-1", AV, "2027-01-01", "2027-01-04", None),
    (THU, "2 adultos con 2 chicos", AV, None, None, 4),
    (THU, "familia: 2 adultos y 3 menores", AV, None, None, 5),
    (THU, "del 3 al 7 de enero de 2027 x 2", AV, "2027-01-03", "2027-01-07", 2),
    (THU, "2 y 2 chicos", AV, None, None, 4),
    (THU, "2 pax 3 noches 10/1", AV, "2027-01-10", "2027-01-13", 2),
    (THU, "el 20 a partir de las 14", AV, "2026-12-20", None, None),
    (
        THU,
        "escribime al 11-2345-6789, x 2 personas 10 al 12 de enero",
        AV,
        "2027-01-10",
        "2027-01-12",
        2,
    ),
    (
        THU,
        "whatsapp 2944-556677. del 2 al 4 de enero 2 personas",
        AV,
        "2027-01-02",
        "2027-01-04",
        2,
    ),
]


def _label(row: Row) -> str:
    return f"{row[0]}:{row[1]}"


@pytest.mark.parametrize("row", FIXED, ids=_label)
def test_round4_fixed(row: Row) -> None:
    assert_stay(*row)


@pytest.mark.parametrize("row", PASSING, ids=_label)
def test_round4_passing(row: Row) -> None:
    assert_stay(*row)
