"""Session 25, the lead's: "nos vamos el 20 por 3 noches" is the day the trip starts.

"Nos vamos" / "me voy" before a day is read as a departure ("llegamos el 15 y nos vamos
el 18"; "nos vamos el 18" alone answers "¿hasta qué día?"). With the stay's length after
that day and no arrival told, the guest says when they travel: "nos vamos el 15 de enero
por una semana" is 15/1 → 22/1. It was read as 8/1 → 15/1, the week before.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

SAT = date(2026, 11, 28)

TRIP_STARTS = [
    ("nos vamos el 15 de enero por una semana", "2027-01-15", "2027-01-22", None),
    ("me iria el 15 de enero por una semana", "2027-01-15", "2027-01-22", None),
    ("me voy el 5 de enero una semana", "2027-01-05", "2027-01-12", None),
    ("nos vamos el 20 de diciembre con mi novia, tienen lugar 3 noches?", "2026-12-20",
     "2026-12-23", 2),
    ("Nos vamos de vacaciones el 20/12 por 3 noches, somos 2 adultos y un nene", "2026-12-20",
     "2026-12-23", 3),
    ("nos vamos el 5 de enero una semana, somos 4", "2027-01-05", "2027-01-12", 4),
    ("nos vamos a ir el 15 de enero por 4 noches", "2027-01-15", "2027-01-19", None),
    ("hola! nos iriamos el 8 de febrero x 5 noches, q tienen?", "2027-02-08", "2027-02-13", None),
    ("me voy de viaje el 2/1 por dos semanas con mi señora", "2027-01-02", "2027-01-16", 2),
    ("NOS VAMOS EL 27 DE DICIEMBRE 4 NOCHES SOMOS 5", "2026-12-27", "2026-12-31", 5),
]  # fmt: skip

STILL_DEPARTURES = [
    ("nos vamos el 18", None, "2026-12-18", None),
    ("me voy el 15", None, "2026-12-15", None),
    ("llegamos el 15 y nos vamos el 18, 3 noches", "2026-12-15", "2026-12-18", None),
    ("llego el 15 y me voy el 18 son 3 noches", "2026-12-15", "2026-12-18", None),
    ("entramos el 10 y nos vamos el 14, 4 noches", "2026-12-10", "2026-12-14", None),
    ("nos vamos el 15 hasta el 20, 5 noches", "2026-12-15", "2026-12-20", None),
    ("me voy el 3 de enero y vuelvo el 10", "2027-01-03", "2027-01-10", None),
    ("desde el 10 de enero, nos vamos el 17, 7 noches", "2027-01-10", "2027-01-17", None),
]


# A day written as a word right after an arrival's verb and "el" is that day, mid-sentence
# too: "llegamos el veinte y nos quedamos dos noches" had no dates (only a word day ending
# the message was read, "mid-sentence 'el dos' is too often a count").
WORD_DAY_AFTER_ARRIVAL = [
    ("llegamos el veinte y nos quedamos dos noches", "2026-12-20", "2026-12-22", None),
    ("llego el tres a la tarde, somos dos", "2026-12-03", None, 2),
    ("llegamos el dos, somos cuatro", "2026-12-02", None, 4),
    ("checkin el cinco por favor 3 noches", "2026-12-05", "2026-12-08", None),
    ("entramos el doce y salimos el quince", "2026-12-12", "2026-12-15", None),
    ("somos el dos de la lista", None, None, None),
    ("vamos el dos con mi hermana", None, None, 2),
]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "guests"),
    TRIP_STARTS + STILL_DEPARTURES + WORD_DAY_AFTER_ARRIVAL,
)
def test_the_day_the_trip_starts(text: str, check_in, check_out, guests) -> None:
    found = parse_fresh(text, SAT)
    assert (_iso(found.check_in), _iso(found.check_out), found.guests) == (
        check_in,
        check_out,
        guests,
    ), text


# Whether someone is there to let them in, asked without "?" after the day they arrive, is a
# question on arriving (info), as with "?" already: the long unmarked form read as a search.
ARRIVAL_QUESTIONS = [
    "hola buenas tardes mira llegamos el 20 pero capaz llegamos tarde tipo once de la noche hay"
    " alguien para recibirnos",
    "llegamos el veinte tarde hay alguien que nos abra",
    "el sábado llegamos tipo 23 hs hay alguien en la cabaña a esa hora",
]


@pytest.mark.parametrize("text", ARRIVAL_QUESTIONS)
def test_someone_to_let_them_in_is_asked(text: str) -> None:
    assert parse_fresh(text, date(2026, 11, 27)).intent == "info", text


# The shortest stay asked with the night said first: "¿una sola noche se puede?" read as a
# search for one night (no day: "¿para qué noche sería?"); now the rule is asked.
SHORTEST_STAY_ASKED = [
    "una sola noche se puede?",
    "1 noche nomas aceptan?",
    "solo una noche es posible?",
    "una noche sola podemos?",
    "y una sola noche se puede?",
]


@pytest.mark.parametrize("text", SHORTEST_STAY_ASKED)
def test_the_shortest_stay_asked_night_first(text: str) -> None:
    found = parse_fresh(text, SAT)
    assert (found.intent, found.topics) == ("info", ("minimum_stay",)), text
