"""Rows for bot.nlu, round 25: a blind held-out batch and the leftovers of round 24 (README,
Understanding).

- Held out, blind (`HELD_OUT`): 111 fresh messages written before reading the parser, every
  range form ("del X al Y", "X/Y al Z/W", "entrada/salida", "llegamos/nos vamos", "desde X N
  noches", "una semana a partir de", the finde, holidays, "para el 8 de diciembre"), parties
  in every form, typos, voseo questions, cancels, a person asked for, greetings and thanks;
  110/111 on the code before this round (the miss: "los mellis"), 111/111 after.
- Twins by their nickname: "los mellis", "las mellis", "mellicitos" are twins, two people,
  like "los mellizos" (round 20).
- "somos N con X" (round 8: X is among the N when X alone cannot be the whole party) now
  also when X is named without a number: members who alone fill the N cannot be among them
  with the writer, so they come on top ("somos 2 con los mellizos" = 4, "somos 2 con mis
  viejos" = 4, as "somos 2 con 2 chicos" = 4); fewer than the N are among them ("somos 3 con
  los mellizos" = 3, "somos 2 con mi bebé" = 2, round 24). Kids with no number after "somos
  2 con" ("somos 2 con los chicos") are at least two: the party is 2 plus an unknown number,
  so none is read and the bot asks ("somos 5 con los chicos" still counts them in).
- A pair of others as the whole party: "van mis viejos", "es para mis suegros", "mis viejos
  van a ir del 3 al 6" are 2 (the writer is not named among those going), with whoever is
  named beside them ("van mis viejos con mi tía" = 3); "van mis viejos, yo no puedo ir" is 2
  and no cancel (round 24). "voy con mis viejos", "mis viejos y yo" stay 3; "vamos con mis
  viejos" (how many "we" are is not told) and "vienen mis suegros a visitarnos" (visitors)
  count no one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlu_support import ANY, AV, OpenRow
from tests.nlu_support import check_open_row as check

WED = date(2027, 1, 13)  # a Wednesday in the summer: "este finde" is 15 to 17 January
THU = date(2026, 12, 3)  # a Thursday before the holidays: "el finde largo del 8" is 4 to 8/12
INFO = "info"
PRICES = "prices"
BOOK = "book"
CANCEL = "cancel"
HUMAN = "human"
GREETING = "greeting"
THANKS = "thanks"
NOT_CANCEL = "!cancel"

TWINS_AND_PAIRS: list[OpenRow] = [
    (WED, "somos 2 y los mellis", AV, None, None, 4, None),
    (WED, "mi marido, yo y las mellis", AV, None, None, 4, None),
    (WED, "vamos con mi señora y los mellicitos", AV, None, None, 4, None),
    (WED, "somos 2 con los mellizos", AV, None, None, 4, None),
    (WED, "somos dos con los mellis", AV, None, None, 4, None),
    (WED, "vamos 2 con las gemelas del 3 al 6 de febrero", AV, "2027-02-03", "2027-02-06", 4, None),
    (WED, "somos 2 con mis viejos", AV, None, None, 4, None),
    (WED, "somos 2 con los chicos", ANY, None, None, None, None),
    (WED, "seriamos 2 con mis hijos", ANY, None, None, None, None),
    # Fewer than the N: among them.
    (WED, "somos 3 con los mellizos", AV, None, None, 3, None),
    (WED, "somos 4 con mis suegros", AV, None, None, 4, None),
    (WED, "somos 2 con mi bebé", AV, None, None, 2, None),
    (WED, "somos 2 con mi hija", AV, None, None, 2, None),
    (WED, "somos 5 con los chicos", AV, None, None, 5, None),
    (WED, "somos 3 con los chicos", AV, None, None, 3, None),
    (WED, "somos 2 con 2 chicos", AV, None, None, 4, None),
]


@pytest.mark.parametrize(
    "row", TWINS_AND_PAIRS, ids=[f"{row[0]} {row[1][:50]}" for row in TWINS_AND_PAIRS]
)
def test_round25_twins_and_pairs_after_somos_n_con(row: OpenRow) -> None:
    check(row)


OTHERS_GO: list[OpenRow] = [
    (WED, "van mis viejos, yo no puedo ir", AV, None, None, 2, None),
    (WED, "van mis suegros, yo no puedo ir", NOT_CANCEL, None, None, 2, None),
    (WED, "van mis viejos", AV, None, None, 2, None),
    (WED, "es para mis viejos", AV, None, None, 2, None),
    (WED, "la cabaña seria para mis suegros del 3 al 6", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "viajan mis viejos del 3 al 6 de febrero", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "mis viejos van a ir del 3 al 6", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "irian mis abuelos, yo no", AV, None, None, 2, None),
    (WED, "van mis viejos con mi tía", AV, None, None, 3, None),
    (WED, "van mis viejos y mi tía", AV, None, None, 3, None),
    # The writer among them, or a count told, or no party at all.
    (WED, "voy con mis viejos", AV, None, None, 3, None),
    (WED, "van mis viejos y yo", AV, None, None, 3, None),
    (WED, "van mis viejos, somos 4 en total", AV, None, None, 4, None),
    (WED, "vamos con mis viejos", ANY, None, None, None, None),
    (WED, "vienen mis suegros a visitarnos", ANY, None, None, None, None),
    (WED, "me la recomendaron mis viejos", ANY, None, None, None, None),
]


@pytest.mark.parametrize("row", OTHERS_GO, ids=[f"{row[0]} {row[1][:50]}" for row in OTHERS_GO])
def test_round25_a_pair_of_others_is_the_party(row: OpenRow) -> None:
    check(row)


# "el feriado largo" is the long weekend ("el finde largo": Friday to Monday, or the days
# around the holiday named).
LONG_WEEKEND: list[OpenRow] = [
    (THU, "tenes algo para el feriado largo? somos 2", AV, "2026-12-04", "2026-12-07", 2, None),
    (THU, "el feriado largo del 8, 4 personas", AV, "2026-12-04", "2026-12-08", 4, None),
    (WED, "feriado largo de carnaval, 2 adultos", AV, "2027-02-06", "2027-02-09", 2, None),
    (THU, "en el feriado largo hay lugar?", AV, "2026-12-04", "2026-12-07", None, None),
]


@pytest.mark.parametrize(
    "row", LONG_WEEKEND, ids=[f"{row[0]} {row[1][:50]}" for row in LONG_WEEKEND]
)
def test_round25_feriado_largo_is_the_long_weekend(row: OpenRow) -> None:
    check(row)


# Weekdays of "la semana que viene" are in the calendar week after this one: said on a
# Wednesday, "el jueves de la semana que viene" is the 21st, not tomorrow.
NEXT_WEEK: list[OpenRow] = [
    (WED, "el jueves de la semana que viene", AV, "2027-01-21", None, None, None),
    (WED, "de jueves a domingo la semana que viene", AV, "2027-01-21", "2027-01-24", None, None),
    (
        WED,
        "la semana que viene de jueves a domingo, 2 personas",
        AV,
        "2027-01-21",
        "2027-01-24",
        2,
        None,
    ),
    (WED, "la semana entrante del viernes al lunes", AV, "2027-01-22", "2027-01-25", None, None),
    (WED, "el sabado de la proxima semana para 4", AV, "2027-01-23", None, 4, None),
    (WED, "la prox semana el viernes y sabado", AV, "2027-01-22", "2027-01-24", None, None),
    # Days that fall in next week anyway, and a Sunday (next week starts tomorrow).
    (
        WED,
        "del lunes al miercoles de la semana que viene",
        AV,
        "2027-01-18",
        "2027-01-20",
        None,
        None,
    ),
    (date(2027, 3, 7), "el jueves de la semana que viene", AV, "2027-03-11", None, None, None),
    (
        date(2027, 3, 7),
        "la semana que viene de lunes a viernes",
        AV,
        "2027-03-08",
        "2027-03-12",
        None,
        None,
    ),
    # No "semana": a weekday "que viene" is still the next one after today.
    (WED, "el jueves que viene", AV, "2027-01-14", None, None, None),
]


@pytest.mark.parametrize("row", NEXT_WEEK, ids=[f"{row[0]} {row[1][:50]}" for row in NEXT_WEEK])
def test_round25_weekdays_of_next_week(row: OpenRow) -> None:
    check(row)


# Parties: "para mis abuelos y para mí" is three, as "para mí y mis abuelos"; teenagers
# counting themselves ("somos 3 adolescentes") are the party, as "somos 3 pibes".
PARTIES: list[OpenRow] = [
    (WED, "para mis abuelos y para mi", AV, None, None, 3, None),
    (
        WED,
        "es para mis viejos y para mí, del 2 al 5 de febrero",
        AV,
        "2027-02-02",
        "2027-02-05",
        3,
        None,
    ),
    (WED, "para mis viejos y para mi hermana", AV, None, None, ANY, None),
    (WED, "somos 3 adolescentes", AV, None, None, 3, None),
    (WED, "vamos 4 adolescentes del 2 al 5 de febrero", AV, "2027-02-02", "2027-02-05", 4, None),
    (WED, "somos 2 adultos y 3 adolescentes", AV, None, None, 5, None),
    (WED, "tengo 2 adolescentes", ANY, None, None, None, None),
]


@pytest.mark.parametrize("row", PARTIES, ids=[f"{row[0]} {row[1][:50]}" for row in PARTIES])
def test_round25_parties(row: OpenRow) -> None:
    check(row)


# "¿hay una persona?" / "¿hay alguna persona ahí?" asks whether anybody reads, like "¿hay
# alguien?" (`human`); a person asked about ("¿hay una persona de mantenimiento?") or
# counted ("¿hay lugar para una persona?") is not.
SOMEONE_THERE: list[OpenRow] = [
    (WED, "hay una persona?", HUMAN, None, None, None, None),
    (WED, "hay alguna persona ahi?", HUMAN, None, None, None, None),
    (WED, "no entiendo nada, hay una persona?", HUMAN, None, None, None, None),
    (WED, "hola, hay alguna persona? quiero reservar del 2 al 5", HUMAN, ANY, ANY, None, None),
    (WED, "hay una persona de mantenimiento?", "!human", None, None, None, None),
    (WED, "hay lugar para una persona?", AV, None, None, 1, None),
    (WED, "hay una persona para 2?", AV, None, None, 2, None),
    (WED, "si llegamos a las 23, hay una persona?", INFO, None, None, None, "checkin"),
]


@pytest.mark.parametrize(
    "row", SOMEONE_THERE, ids=[f"{row[0]} {row[1][:50]}" for row in SOMEONE_THERE]
)
def test_round25_is_a_person_there(row: OpenRow) -> None:
    check(row)


# Staying on until a time of the last day is a late checkout: "¿podemos quedarnos hasta más
# tarde?", "hasta las 14", "hasta el mediodía"; "hasta el domingo" is the stay's end.
LATE_CHECKOUT: list[OpenRow] = [
    (WED, "podemos quedarnos hasta mas tarde el ultimo dia?", INFO, None, None, None, "checkout"),
    (WED, "podemos quedarnos hasta las 14?", INFO, None, None, None, "checkout"),
    (WED, "podriamos estar hasta el mediodia?", INFO, None, None, None, "checkout"),
    (WED, "se puede quedar hasta la tarde?", INFO, None, None, None, "checkout"),
    (WED, "nos podemos quedar hasta el domingo?", AV, None, "2027-01-17", None, None),
]


@pytest.mark.parametrize(
    "row", LATE_CHECKOUT, ids=[f"{row[0]} {row[1][:50]}" for row in LATE_CHECKOUT]
)
def test_round25_staying_on_is_a_late_checkout(row: OpenRow) -> None:
    check(row)
