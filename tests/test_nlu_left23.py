"""Session 23 (h2): defects noticed in earlier sessions and left alone, NLU side.

- "la semana de Navidad" / "de Año Nuevo" / "de Reyes": the week around the holiday (7
  nights, the holiday's own stay in the middle), not the holiday's two nights.
- "hice la reserva el lunes", "reservé el martes", "te pagué la seña el viernes": the day a
  booking (or a payment) was made, told in the past tense, is no arrival.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

D = date
SAT = D(2026, 11, 28)  # a Saturday, a month before Christmas
DEC23 = D(2026, 12, 23)  # the week around Christmas has already begun


def _stay(text: str, today: date) -> tuple[date | None, date | None]:
    said = parse_fresh(text, today)
    return said.check_in, said.check_out


# ------------------------------------------------- "la semana de Navidad": the week around it


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("la semana de navidad", SAT, D(2026, 12, 22), D(2026, 12, 29)),
        ("tienen lugar la semana de Navidad para 4?", SAT, D(2026, 12, 22), D(2026, 12, 29)),
        ("semana de nochebuena 🎄", SAT, D(2026, 12, 22), D(2026, 12, 29)),
        ("toda la semana d navidad", SAT, D(2026, 12, 22), D(2026, 12, 29)),
        ("la semana de año nuevo", SAT, D(2026, 12, 29), D(2027, 1, 5)),
        ("LA SEMANA DEL AÑO NUEVO somos 2", SAT, D(2026, 12, 29), D(2027, 1, 5)),
        ("la semana de fin de ano", SAT, D(2026, 12, 29), D(2027, 1, 5)),
        ("la semana de reyes", SAT, D(2027, 1, 3), D(2027, 1, 10)),
        ("queremos ir la semana de carnaval", SAT, D(2027, 2, 4), D(2027, 2, 11)),
        ("la semana de navidad 2027", SAT, D(2027, 12, 22), D(2027, 12, 29)),
        # told once the week has begun: from today to the week's end
        ("la semana de navidad", DEC23, D(2026, 12, 23), D(2026, 12, 29)),
    ],
)
def test_the_week_of_a_holiday_is_the_week_around_it(text, today, check_in, check_out):
    assert _stay(text, today) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        ("para navidad", D(2026, 12, 24), D(2026, 12, 26)),  # the holiday alone: as before
        ("una semana en navidad", D(2026, 12, 24), D(2026, 12, 31)),  # a length from it
        ("año nuevo", D(2026, 12, 31), D(2027, 1, 2)),
        ("feliz semana de navidad!", None, None),  # a wish
    ],
)
def test_a_holiday_without_its_week_reads_as_before(text, check_in, check_out):
    assert _stay(text, SAT) == (check_in, check_out)


# ------------------------------------------------- the day a booking was made is no stay


@pytest.mark.parametrize(
    "text",
    [
        "hice la reserva el lunes",
        "reservé el martes",
        "reserve el martes y no me llego nada",
        "hola! hice una reserva el jueves, cuando me confirman?",
        "te pague la seña el viernes",
        "ya reservamos el miercoles 🙂",
        "la reserva la hice el 25",
        "Reservé ayer y no me llegó el link",
    ],
)
def test_a_booking_made_on_a_day_is_no_arrival(text):
    assert _stay(text, SAT) == (None, None)


@pytest.mark.parametrize(
    ("text", "check_in"),
    [
        ("quiero reservar el lunes", D(2026, 11, 30)),  # to book: the arrival, as before
        ("reservo el martes para 2", D(2026, 12, 1)),
        ("hice la reserva el lunes para llegar el viernes", D(2026, 12, 4)),
    ],
)
def test_a_booking_to_be_made_still_names_the_arrival(text, check_in):
    assert parse_fresh(text, SAT).check_in == check_in


# ------------------------------------------------- two stays told as alternatives

DEC = 12


@pytest.mark.parametrize(
    ("text", "first", "other"),
    [
        ("del 10 al 13 o del 17 al 20 de diciembre para 2", (10, 13), (17, 20)),
        ("hola! del 10 al 13 o del 17 al 20?", (10, 13), (17, 20)),
        ("10/12 al 13/12 o 17/12 al 20/12", (10, 13), (17, 20)),
        ("el 10 de diciembre por 2 o 3 noches, somos 2", (10, 12), (10, 13)),
        ("desde el 10, dos o tres noches", (10, 12), (10, 13)),
        ("del 10 al 12 o 13 😊", (10, 12), (10, 13)),
        ("llegamos el 10 o el 11, 3 noches", (10, 13), (11, 14)),
        ("Del 5 al 8 o del 12 al 15 de dic x 4", (5, 8), (12, 15)),
        ("del 10 al 13 de diciembre o del 17 al 20 para 2", (10, 13), (17, 20)),
    ],
)
def test_two_stays_told_as_alternatives_are_both_read(text, first, other):
    said = parse_fresh(text, SAT)
    assert (said.check_in, said.check_out) == (D(2026, DEC, first[0]), D(2026, DEC, first[1]))
    assert said.other_stay == (D(2026, DEC, other[0]), D(2026, DEC, other[1]))


@pytest.mark.parametrize(
    "text",
    [
        "del 10 al 13 para 2 o 3 personas",
        "del 10 al 13, o si no avisame",
        "del 10 al 13 o mas",
        "3 noches desde el 10",
        "del 10 al 13 o sea 3 noches",
    ],
)
def test_one_stay_has_no_alternative(text):
    assert parse_fresh(text, SAT).other_stay is None


@pytest.mark.parametrize(
    "text", ["tienen lugar 2 o 3 noches?", "dos o tres noches para 2", "Somos 4, 2 o 3 noches 🙏"]
)
def test_two_lengths_without_an_arrival_are_both_read(text):
    said = parse_fresh(text, SAT)
    assert (said.nights, said.other_nights, said.check_in) == (2, 3, None)


def test_the_month_after_the_first_range_is_the_others_too():
    said = parse_fresh("del 10 al 13 de enero o del 17 al 20 para 2", SAT)
    assert (said.check_in, said.check_out) == (D(2027, 1, 10), D(2027, 1, 13))
    assert said.other_stay == (D(2027, 1, 17), D(2027, 1, 20))


# ------------------------------------------------- "soy maria": a name typed in lowercase


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("soy maria", "Maria"),
        ("hola soy maria", "Maria"),
        ("hola soy maría, tienen lugar?", "María"),
        ("buenas, soy juan", "Juan"),
        ("soy agustina 🙂 consulta por las cabañas", "Agustina"),
        ("holaa soy yamila!", "Yamila"),  # not in the list: after a greeting, alone
        ("buen dia soy nahuel, una consulta", "Nahuel"),
        ("soy maria jose", "Maria Jose"),
    ],
)
def test_a_first_name_typed_in_lowercase_is_the_guests(text, name):
    from bot.handlers import said_name

    assert said_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "soy de cordoba",
        "hola soy de rosario",
        "soy yo de nuevo",
        "hola soy yo",
        "soy el que reservó la semana pasada",
        "hola soy la que te escribió ayer",
        "soy celiaca, hay opciones?",
        "hola soy nueva por aca",
        "hola soy re despistada jaja",
        "hola soy medio complicado con las fechas",
        "soy consultora, viajo por trabajo",
        "hola soy socia del club",
        "soy maria de cordoba",  # "Soy X de Y": as before, no name
    ],
)
def test_what_a_guest_says_they_are_is_no_name(text):
    from bot.handlers import said_name

    assert said_name(text) is None
