"""Rows for bot.nlu, round 6: misreadings a QA tester found, and guards around them.

* A relative addition ("una persona más", "somos uno más", "se suma uno más") is no party
  size: ``guests`` None and ``extra_guests`` the people added; with a count beside it
  ("somos 4, se suma uno más") ``guests`` is the sum. A person asked about ("¿hay una
  persona de mantenimiento?") and a pet ("aceptan perro? tenemos uno chiquito") count no
  one.
* "¿Hay alguien para recibirnos?" / "¿hay alguien en la cabaña cuando llegamos?" ask how
  arriving works (``info``, topic checkin), as does a late arrival ("llegaríamos tipo 23
  hs, ¿hay problema?"); "¿hay alguien?", "¿hay alguien que me atienda?" still ask for a
  person. A bot addressed ("gracias bot") is no request for one; asked about ("¿sos un
  bot?") it stays ``human``, as the earlier tables decided.
* A holiday named beside bare days gives them their month ("año nuevo, del 30 al 2" =
  30/12 -> 2/1).
* "ya pude pagar", "pude pagar recién" report a payment; "no pude pagar" does not.
* "¿cuáles reservas me quedan?" asks about the guest's own bookings, never ``book``.
* Topics: kids paying or counting (kids), a late arrival (checkin), a dog breed (pets),
  a patio or garden (amenities); an invoice is for a person (``human``).
* "finde largo de noviembre" gives the month only: a long weekend is a holiday's, whose
  dates we do not know.

Rows failed before the fix unless marked ``# guard``: those passed before and must keep
their reading (the ``extra_guests`` rows all failed then, the field being new). Today is
THU = 2026-11-26 (Thursday) unless said; WED = 2026-03-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse
from tests.nlu_support import AV, Row, assert_stay

THU = date(2026, 11, 26)
WED = date(2026, 3, 11)
INFO, HUMAN, THANKS, UNKNOWN, BOOK = "info", "human", "thanks", "unknown", "book"

# (today, message, intent, check_in, check_out, guests)
STAYS: list[Row] = [
    # 1. People added to a party told before are no party size.
    (THU, "una persona más", AV, None, None, None),
    (THU, "somos uno más", AV, None, None, None),
    (THU, "se suma uno más", AV, None, None, None),
    (THU, "podemos traer a una persona mas?", AV, None, None, None),
    (THU, "vienen dos personas más", AV, None, None, None),
    (THU, "somos 4, se suma uno más", AV, None, None, 5),
    (THU, "somos 4 y uno más", AV, None, None, 5),  # guard
    (THU, "somos 4 más el bebé", AV, None, None, 5),  # guard
    (THU, "para 4 mas o menos", AV, None, None, 4),  # guard
    (THU, "somos 2 adultos mas 2 chicos", AV, None, None, 4),  # guard
    (THU, "cabaña para una persona", AV, None, None, 1),  # guard
    (
        THU,
        "es para una persona del 5 al 8 de diciembre",
        AV,
        "2026-12-05",
        "2026-12-08",
        1,
    ),  # guard
    # A person asked about is not coming.
    (THU, "hay una persona de mantenimiento por si se rompe algo?", UNKNOWN, None, None, None),
    (THU, "tienen una persona de limpieza?", INFO, None, None, None),
    # 2. A pet is no guest.
    (
        THU,
        "hola somos cuatro dos adultos y dos nenes del 5 al 8 de enero, queria saber si "
        "aceptan perro porque tenemos uno chiquito",
        AV,
        "2027-01-05",
        "2027-01-08",
        4,
    ),
    (THU, "aceptan perros? tenemos uno grande", INFO, None, None, None),  # guard
    (THU, "se puede llevar al perro? es uno chiquito", INFO, None, None, None),  # guard
    (THU, "dos adultos y uno chiquito", AV, None, None, 3),  # guard: a small kid
    (THU, "somos 2 grandes y 2 chiquitos y un perro", AV, None, None, 4),  # guard
    (THU, "llevamos una perrita", INFO, None, None, None),  # guard
    (THU, "tenemos 2 perros", INFO, None, None, None),  # guard
    # 3. Someone to let the guests in is a check-in question; a person asked for is human.
    (THU, "llegamos tarde tipo 23hs, hay alguien para recibirnos?", INFO, None, None, None),
    (THU, "hay alguien en la cabaña cuando llegamos?", INFO, None, None, None),
    (THU, "hay alguien que nos reciba?", INFO, None, None, None),
    (THU, "si llegamos a las 22 hay alguien?", INFO, None, None, None),
    (THU, "gracias bot", THANKS, None, None, None),
    (THU, "genial bot, gracias!", THANKS, None, None, None),
    (THU, "gracias, su bot es genial", THANKS, None, None, None),
    (THU, "el bot no me entiende", HUMAN, None, None, None),  # guard
    (THU, "el pago es automatico?", INFO, None, None, None),
    (THU, "me comunican con una persona", HUMAN, None, None, None),
    (THU, "me pasas con una persona?", HUMAN, None, None, None),
    (THU, "quiero hablar con alguien", HUMAN, None, None, None),  # guard
    (THU, "hay alguien que me atienda?", HUMAN, None, None, None),  # guard
    (THU, "hay alguien?", HUMAN, None, None, None),  # guard
    (THU, "hola, hay alguien? quiero reservar", HUMAN, None, None, None),  # guard
    (THU, "hay alguien para atenderme?", HUMAN, None, None, None),  # guard
    (THU, "sos un bot?", HUMAN, None, None, None),  # guard
    (THU, "es una respuesta automatica?", HUMAN, None, None, None),  # guard
    # 4. A holiday gives its month to bare days written beside it.
    (THU, "queria ver para año nuevo, del 30 al 2, somos 4", AV, "2026-12-30", "2027-01-02", 4),
    (THU, "fin de año, del 30 al 3, 2 personas", AV, "2026-12-30", "2027-01-03", 2),
    (THU, "año nuevo, del 1 al 4", AV, "2027-01-01", "2027-01-04", None),
    (THU, "en navidad del 23 al 26", AV, "2026-12-23", "2026-12-26", None),  # guard
    (THU, "para carnaval del 6 al 9", AV, "2027-02-06", "2027-02-09", None),
    (THU, "en semana santa del 1 al 4", AV, "2027-04-01", "2027-04-04", None),
    (WED, "semana santa, del 1 al 4", AV, "2026-04-01", "2026-04-04", None),  # guard
    (WED, "semana santa, del 24 al 28", AV, "2026-03-24", "2026-03-28", None),  # guard
    (THU, "año nuevo del 30 al 2 de enero", AV, "2026-12-30", "2027-01-02", None),  # guard
    (THU, "del 30 al 2", AV, "2026-11-30", "2026-12-02", None),  # guard: no holiday
    # 8. A long weekend of a month: the month only.
    (THU, "finde largo de noviembre", AV, None, None, None),
    (THU, "el finde largo de marzo para 4", AV, None, None, 4),  # guard
    (THU, "este finde largo", AV, "2026-11-27", "2026-11-30", None),  # guard
    (THU, "el finde largo", AV, "2026-11-27", "2026-11-30", None),  # guard
    (THU, "el finde largo de carnaval", AV, "2027-02-06", "2027-02-09", None),  # guard
]


@pytest.mark.parametrize("row", STAYS, ids=lambda row: f"{row[0]}:{row[1]}")
def test_stay(row: Row) -> None:
    assert_stay(*row)


# (message, extra_guests)
EXTRA: list[tuple[str, int | None]] = [
    ("una persona más", 1),
    ("somos uno más", 1),
    ("se suma uno más", 1),
    ("podemos traer a una persona mas?", 1),
    ("se suman dos más", 2),
    ("hay lugar para uno más?", 1),
    ("somos 4, se suma uno más", 1),
    ("somos 4", None),  # guard
    ("quiero ver una más", None),  # another option, not a person
    ("una noche más", None),  # guard
    ("somos 4 y uno más", None),  # guard: one party, summed
]


@pytest.mark.parametrize(("text", "extra"), EXTRA)
def test_extra_guests(text: str, extra: int | None) -> None:
    assert parse(text, THU).extra_guests == extra


# (message, paid)
PAID: list[tuple[str, bool]] = [
    ("ya pude pagar", True),
    ("pude pagar recién", True),
    ("ya pudimos transferir", True),
    ("acabo de transferirte", True),
    ("logré hacer la transferencia", True),
    ("pago realizado", True),
    ("la seña ya está paga", True),
    ("listo, ya hice la transferencia", True),  # guard
    ("ya está, pagué", True),  # guard
    ("no pude pagar", False),  # guard
    ("todavía no pagué", False),
    ("no te transferí todavía", False),
    ("cuando pague te aviso", False),  # guard
]


@pytest.mark.parametrize(("text", "paid"), PAID)
def test_paid(text: str, paid: bool) -> None:
    got = parse(text, THU)
    assert got.paid is paid
    assert got.intent == "info"


# (message, intent, topic)
TOPIC_ROWS: list[tuple[str, str, str | None]] = [
    # 6. The guest's own bookings.
    ("cuales reservas me quedan?", UNKNOWN, None),
    ("me queda alguna reserva?", UNKNOWN, None),
    ("y las reservas que me quedan?", UNKNOWN, None),
    ("mis reservas", UNKNOWN, None),  # guard
    ("quiero hacer una reserva", BOOK, None),  # guard
    # 7. Topics.
    ("los chicos pagan?", INFO, "kids"),
    ("el bebe de 1 año cuenta?", INFO, "kids"),
    ("los menores de 3 años pagan?", INFO, "kids"),
    ("hasta que edad no pagan?", INFO, "kids"),
    ("los nenes ocupan lugar?", INFO, "kids"),
    ("aceptan chicos?", INFO, "kids"),  # guard
    ("llegariamos tipo 23 hs hay problema?", INFO, "checkin"),
    ("llegamos tarde, tipo 22, se puede?", INFO, "checkin"),
    ("podemos llegar de noche?", INFO, "checkin"),
    ("quien nos entrega las llaves?", INFO, "checkin"),
    ("llegamos 14hs", UNKNOWN, None),  # guard: an arrival time answered, no question
    ("tenemos un ovejero aleman grande, se puede?", INFO, "pets"),
    ("tenemos un labrador grande, se puede?", INFO, "pets"),
    ("viajamos con un beagle", INFO, "pets"),
    ("tiene patio atras?", INFO, "amenities"),
    ("tiene jardin?", INFO, "amenities"),
    ("la cabaña tiene parque?", INFO, "amenities"),
    ("me podes mandar factura A?", HUMAN, None),
    ("hacen factura?", HUMAN, None),
]


@pytest.mark.parametrize(("text", "intent", "topic"), TOPIC_ROWS)
def test_topic(text: str, intent: str, topic: str | None) -> None:
    got = parse(text, THU)
    assert (got.intent, got.topic) == (intent, topic)
