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
