"""Rows for bot.nlu, round 10: four known misreads, each fixed by a rule for its family.

* A length before a day named ends on that day: "una semana antes del 20" is the 13th to
  the 20th, "dos noches antes de Navidad" 22/12 to 24/12 (a holiday is its first day),
  "3 noches antes del 15 de enero" 12/1 to 15/1. A move ("llegamos 2 días antes del 15")
  and a lead time ("si cancelo una semana antes", "…antes del 20") are no such stay.
* The confirmation of a booking asked about ("reservamos y pagamos la seña, ¿cuándo llega
  la confirmación?", "no nos llegó el voucher") is ``info``: the booking is made, the
  present "reservamos" is past there. A want to book said first ("quiero reservar…,
  ¿cuándo llega la confirmación?") still books.
* A goodbye that closes the message, not only one that opens it ("ya reservamos! nos
  vemos el viernes", "listo, gracias, nos vemos en enero"), is ``thanks`` with
  ``farewell``; its date asks for no stay.
* "x" written for "ch" ("noxes", "noxe", "muxas gracias") is read as "ch", like "k" for
  "qu" ("kiero").

Rows failed before the fix unless listed after ``# guards`` (those keep their reading;
"listo, gracias, nos vemos en enero" was already ``thanks``, but no ``farewell``).
Today is WED = 2026-10-07.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse
from tests.nlu_support import AV, Row, assert_stay

WED = date(2026, 10, 7)
BOOK, INFO, THANKS = "book", "info", "thanks"

# (today, message, intent, check_in, check_out, guests)
STAYS: list[Row] = [
    (WED, "una semana antes del 20", AV, "2026-10-13", "2026-10-20", None),
    (WED, "dos noches antes de Navidad", AV, "2026-12-22", "2026-12-24", None),
    (WED, "3 noches antes del 15 de enero", AV, "2027-01-12", "2027-01-15", None),
    (WED, "2 noches antes del sábado, somos 4", AV, "2026-10-08", "2026-10-10", 4),
    (WED, "kiero reserbar 4 noxes desde el 3 de marzo", BOOK, "2027-03-03", "2027-03-07", None),
    (WED, "una noxe el 15", AV, "2026-10-15", "2026-10-16", None),
    (WED, "ya reservamos! nos vemos el viernes", THANKS, None, None, None),
    # guards
    (WED, "listo, gracias, nos vemos en enero", THANKS, None, None, None),
    (WED, "ya pagamos, nos vemos el 15 de enero", INFO, None, None, None),
    (WED, "una semana desde el 20", AV, "2026-10-20", "2026-10-27", None),
    (WED, "llegamos 2 dias antes del 15", AV, "2026-10-13", None, None),
    (WED, "2 nohces desde el 10", AV, "2026-10-10", "2026-10-12", None),
    (WED, "3 nochez desde el 10", AV, "2026-10-10", "2026-10-13", None),
    (WED, "reservamos del 3 al 5", BOOK, "2026-11-03", "2026-11-05", None),
    (
        WED,
        "quiero reservar del 3 al 5, cuando llega la confirmacion?",
        BOOK,
        "2026-11-03",
        "2026-11-05",
        None,
    ),
    (WED, "tienen lugar hasta mañana?", AV, None, "2026-10-08", None),
    (WED, "tienen lugar el finde? chau", AV, "2026-10-09", "2026-10-11", None),
    (WED, "quiero reservar del 3 al 5, nos vemos", BOOK, "2026-11-03", "2026-11-05", None),
]

# (message, intent, topic or None)
INTENTS: list[tuple[str, str, str | None]] = [
    ("reservamos y pagamos la seña, ¿cuándo llega la confirmación?", INFO, "payment"),
    ("hola, cuando llega el voucher?", INFO, None),
    ("no nos llegó la confirmación", INFO, None),
    ("¿cuándo me confirman la reserva?", INFO, None),
    ("perfecto, nos vemos el finde", THANKS, None),
    ("genial, nos vemos!", THANKS, None),
    ("ya reservamos, cuando me llega la confirmacion?", INFO, None),
    # guards
    ("muxas gracias", THANKS, None),
    ("si cancelo una semana antes, me devuelven la seña?", INFO, "cancellation"),
    # A lead time before a day named is still the policy asked, and that day no stay.
    ("si cancelo una semana antes del 20 me devuelven la seña?", INFO, "cancellation"),
    ("si cancelo con 2 dias antes del 15 que pasa", INFO, "cancellation"),
    ("nos vemos el viernes", THANKS, None),
    ("gracias, hasta mañana", THANKS, None),
]


def _ids(rows: list[Row]) -> list[str]:
    return [row[1][:40] for row in rows]


@pytest.mark.parametrize("row", STAYS, ids=_ids(STAYS))
def test_round10_stays(row: Row) -> None:
    assert_stay(*row)


@pytest.mark.parametrize(("text", "intent", "topic"), INTENTS, ids=[r[0][:40] for r in INTENTS])
def test_round10_intents(text: str, intent: str, topic: str | None) -> None:
    got = parse(text, WED)
    assert got.intent == intent
    assert topic is None or topic in got.topics


@pytest.mark.parametrize(
    "text",
    [
        "ya reservamos! nos vemos el viernes",
        "listo, gracias, nos vemos en enero",
        "nos vemos el viernes",  # guard
    ],
)
def test_a_goodbye_closing_the_message_is_a_farewell(text: str) -> None:
    assert parse(text, WED).farewell


def test_a_goodbye_inside_a_question_is_none() -> None:  # guard
    assert not parse("tienen lugar hasta mañana?", WED).farewell
