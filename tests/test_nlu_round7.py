"""Rows for bot.nlu, round 7: voice notes, formal requests, corrections and run-on messages.

* A day written as a word after "hasta el" / "y el" ends the range that just started ("el
  tres de enero hasta el diez", "entre el quince y el dieciocho"); "del uno al cuatro"
  starts on the 1st; "el treinta y uno de diciembre" is the 31st.
* A count taken back ("no somos 4, somos 3", "no es para 6, es para 4") gives way to the
  one that follows it; a lone "no, somos 4" is still the party.
* Dates taken back: "no era del 15, era del 16 al 19", "del 16 no, del 17 al 20", "no es
  del 3 al 6, es del 4 al 7", "en vez del 12 al 15, del 13 al 16"; a month taken back ("no
  de noviembre", "no en diciembre") gives no month to the days.
* A month that heads a range after a number ("seríamos 4 dic 15 al 18", "chicos de 8 y 10
  dic 15 al 18") belongs to the range: the number before it is no day.
* "¿Me podrías pasar con alguien?" asks for a person.

Rows failed before the fix unless marked ``# guard``. Today is SAT = 2026-11-14 unless
said; WED = 2026-12-30; MON = 2028-02-28 (leap year).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse
from tests.nlu_support import AV, Row, assert_stay

SAT = date(2026, 11, 14)
WED = date(2026, 12, 30)
MON = date(2028, 2, 28)
BOOK, PRICES, HUMAN, INFO = "book", "prices", "human", "info"

# (today, message, intent, check_in, check_out, guests)
WORD_DAYS: list[Row] = [
    (
        SAT,
        "eh hola este queria saber si tienen lugar el tres de enero hasta el diez somos cuatro",
        AV,
        "2027-01-03",
        "2027-01-10",
        4,
    ),
    (
        SAT,
        "hola si mira eh para el veinte de diciembre hasta el veintisiete seriamos eh cinco",
        AV,
        "2026-12-20",
        "2026-12-27",
        5,
    ),
    (
        SAT,
        "si eh hola por el veinticinco de noviembre hasta el veintinueve eh dos personas",
        AV,
        "2026-11-25",
        "2026-11-29",
        2,
    ),
    (SAT, "del tres de enero hasta el mmm siete somos eh dos", AV, "2027-01-03", "2027-01-07", 2),
    (WED, "este hola eh desde el dos hasta el seis somos tres", AV, "2027-01-02", "2027-01-06", 3),
    (
        SAT,
        "el once de diciembre hasta el catorce para cuatro personas",
        AV,
        "2026-12-11",
        "2026-12-14",
        4,
    ),
    (
        SAT,
        "ah hola si eh queria reservar la cabaña del uno al cuatro de diciembre para dos",
        BOOK,
        "2026-12-01",
        "2026-12-04",
        2,
    ),
    (
        SAT,
        "hola mmm tienen algo para el treinta y uno de diciembre por dos noches somos dos",
        AV,
        "2026-12-31",
        "2027-01-02",
        2,
    ),
    # guards
    (SAT, "desde el día nueve de enero hasta el día trece", AV, "2027-01-09", "2027-01-13", None),
    (
        SAT,
        "del veintiuno al veinticuatro de diciembre somos siete",
        AV,
        "2026-12-21",
        "2026-12-24",
        7,
    ),
    (SAT, "entre el quince y el dieciocho de diciembre", AV, "2026-12-15", "2026-12-18", None),
    (
        SAT,
        "desde el veinte hasta el veintitres de diciembre somos cuatro",
        AV,
        "2026-12-20",
        "2026-12-23",
        4,
    ),
    (
        SAT,
        "Tendría disponibilidad desde el día veintidós hasta el día veintiséis de diciembre?",
        AV,
        "2026-12-22",
        "2026-12-26",
        None,
    ),
    (SAT, "somos uno más", AV, None, None, None),
]

CORRECTIONS: list[Row] = [
    (SAT, "no somos 4, somos 3", AV, None, None, 3),
    (SAT, "no somos 6 somos 4", AV, None, None, 4),
    (SAT, "no, al final no somos 4, vamos 2", AV, None, None, 2),
    (SAT, "no vamos a ser 5, vamos a ser 4", AV, None, None, 4),
    (SAT, "perdón, no son 2 adultos, son 3 adultos", AV, None, None, 3),
    (
        SAT,
        "al final no somos 3 somos 2, del 5 al 8 de diciembre",
        AV,
        "2026-12-05",
        "2026-12-08",
        2,
    ),
    (SAT, "no, del 16 no, del 17 al 20", AV, "2026-11-17", "2026-11-20", None),
    (SAT, "no era del 15, era del 16 al 19 de diciembre", AV, "2026-12-16", "2026-12-19", None),
    (SAT, "perdon me equivoque, no es el 10 es el 11 de diciembre", AV, "2026-12-11", None, None),
    (SAT, "no es del 3 al 6, es del 4 al 7 de enero", AV, "2027-01-04", "2027-01-07", None),
    (
        SAT,
        "en vez del 12 al 15, podria ser del 13 al 16 de diciembre?",
        AV,
        "2026-12-13",
        "2026-12-16",
        None,
    ),
    (
        SAT,
        "perdon me confundi, es del 20 al 23 de diciembre, no de noviembre",
        AV,
        "2026-12-20",
        "2026-12-23",
        None,
    ),
    (
        SAT,
        "ah no perdon, es de diciembre no de enero, del 3 al 6",
        AV,
        "2026-12-03",
        "2026-12-06",
        None,
    ),
    (SAT, "mejor en enero, no en diciembre: del 8 al 11", AV, "2027-01-08", "2027-01-11", None),
    # guards
    (SAT, "no, somos 4", AV, None, None, 4),
    (SAT, "no no, somos 2 adultos nomas", AV, None, None, 2),
    (SAT, "perdón me equivoqué, somos 5 no 4", AV, None, None, 5),
    (SAT, "no, del 16 al 19", AV, "2026-11-16", "2026-11-19", None),
    (SAT, "del 15 al 18 no hay nada?", AV, "2026-11-15", "2026-11-18", None),
    (SAT, "del 15 al 18, si no del 20 al 23", AV, "2026-11-15", "2026-11-18", None),
    (SAT, "mejor del 10 al 14 de diciembre, no del 8", AV, "2026-12-10", "2026-12-14", None),
    (
        SAT,
        "disculpa, me equivoque de fecha, es del 4 al 7 de enero",
        AV,
        "2027-01-04",
        "2027-01-07",
        None,
    ),
]

MONTH_HEADS_RANGE: list[Row] = [
    (SAT, "buenas tardes, seriamos 4 dic 15 al 18", AV, "2026-12-15", "2026-12-18", 4),
    (
        SAT,
        "buenas tardes, 2 adultos y 2 menores de 6 y 9 dic 15 al 18",
        AV,
        "2026-12-15",
        "2026-12-18",
        4,
    ),
    (
        SAT,
        "somos dos adultos y dos chicos de 8 y 10 dic 15 al 18",
        AV,
        "2026-12-15",
        "2026-12-18",
        4,
    ),
    # guards
    (SAT, "15 dic 26 al 18 dic 26", AV, "2026-12-15", "2026-12-18", None),
    (SAT, "dic 15 al dic 19 para 4", AV, "2026-12-15", "2026-12-19", 4),
    (SAT, "para el 4 de enero somos 2", AV, "2027-01-04", None, 2),
    (SAT, "del 15 dic. al 18", AV, "2026-12-15", "2026-12-18", None),
]

# Rows that already passed: the styles this round probed, kept as guards.
STYLES: list[Row] = [
    (
        SAT,
        "hola buenas tardes como estan queria consultar si tienen disponibilidad del 12 al 15 "
        "de diciembre somos dos adultos y un nene de 5 años y queria saber el precio y si se "
        "puede llevar el perro",
        PRICES,
        "2026-12-12",
        "2026-12-15",
        3,
    ),
    (
        SAT,
        "Buenas tardes, quisiera saber si disponen de una cabaña para cuatro personas desde "
        "el día 3 de enero por el término de una semana",
        AV,
        "2027-01-03",
        "2027-01-10",
        4,
    ),
    (
        SAT,
        "Estimados, les escribo para consultar disponibilidad para el período comprendido "
        "entre el 27 de diciembre y el 3 de enero, para un grupo de seis personas.",
        AV,
        "2026-12-27",
        "2027-01-03",
        6,
    ),
    (
        SAT,
        "Buenos días. Desearía reservar una cabaña para dos personas, con ingreso el día 8 "
        "de enero y egreso el día 12 de enero. Aguardo su respuesta.",
        BOOK,
        "2027-01-08",
        "2027-01-12",
        2,
    ),
    (
        SAT,
        "Le consulto si tendría disponibilidad a partir del 10 de febrero por cinco noches "
        "para una familia de cuatro integrantes",
        AV,
        "2027-02-10",
        "2027-02-15",
        4,
    ),
    (SAT, "del 15-12 al 18-12 para 2", AV, "2026-12-15", "2026-12-18", 2),
    (SAT, "15.12 al 18.12 dos personas", AV, "2026-12-15", "2026-12-18", 2),
    (SAT, "desde el 15/12/26 hasta el 20/12/26 somos 3", AV, "2026-12-15", "2026-12-20", 3),
    (SAT, "llegamos el 15 dic. y nos vamos el 19 dic.", AV, "2026-12-15", "2026-12-19", None),
    (SAT, "dic 15 al 19", AV, "2026-12-15", "2026-12-19", None),
    (SAT, "del 28.12 al 2.1 somos 4", AV, "2026-12-28", "2027-01-02", 4),
    (SAT, "entre el 4 y el 9 de enero para 5", AV, "2027-01-04", "2027-01-09", 5),
    (SAT, "el mes que viene del 5 al 8", AV, "2026-12-05", "2026-12-08", None),
    (WED, "el mes que viene del 10 al 12", AV, "2027-01-10", "2027-01-12", None),
    (WED, "pasado mañana hasta el domingo", AV, "2027-01-01", "2027-01-03", None),
    (MON, "del 29/2 al 3/3", AV, "2028-02-29", "2028-03-03", None),
    (MON, "del 28 al 2", AV, "2028-02-28", "2028-03-02", None),
    (MON, "el 29 de febrero por 2 noches", AV, "2028-02-29", "2028-03-02", None),
    (SAT, "dos adultos y dos chicos de 8 y 10", AV, None, None, 4),
    (SAT, "4 adultos y un menor de 12", AV, None, None, 5),
    (
        SAT,
        "2 adultos y 3 chicos de 12, 10 y 4 años del 3 al 6 de enero",
        AV,
        "2027-01-03",
        "2027-01-06",
        5,
    ),
    (
        SAT,
        "hola muchas gracias por responder, queria reservar del 3 al 6 de enero para 2",
        BOOK,
        "2027-01-03",
        "2027-01-06",
        2,
    ),
    (
        SAT,
        "gracias! y para el 20 de diciembre hasta el 23 hay lugar?",
        AV,
        "2026-12-20",
        "2026-12-23",
        None,
    ),
]


def _ids(rows: list[Row]) -> list[str]:
    return [f"{today:%m%d}-{text[:40]}" for today, text, *_ in rows]


@pytest.mark.parametrize(
    "row",
    WORD_DAYS + CORRECTIONS + MONTH_HEADS_RANGE + STYLES,
    ids=_ids(WORD_DAYS + CORRECTIONS + MONTH_HEADS_RANGE + STYLES),
)
def test_round7_stays(row: Row) -> None:
    assert_stay(*row)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("gracias, me podrías pasar con alguien para consultar algo de la reserva?", HUMAN),
        ("nos podrian pasar con el encargado?", HUMAN),
        ("queremos pasar la noche con alguien mas", "unknown"),  # guard
        ("Buenas tardes, ¿a qué hora se puede ingresar a la cabaña?", INFO),  # guard
    ],
    ids=["pasar-con-alguien", "pasar-con-encargado", "pasar-la-noche", "formal-checkin"],
)
def test_round7_intents(text: str, intent: str) -> None:
    assert parse(text, SAT).intent == intent
