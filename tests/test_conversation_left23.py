"""Session 23 (h2): defects noticed in earlier sessions and left alone, whole chats.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import Guest, hold_quiet_stay, text_of, today

# ------------------------------- "la semana de Navidad": the week around the holiday


def _around(month: int, day: int, before: int) -> tuple[dt.date, dt.date]:
    """The week around a holiday told now: 7 nights from ``before`` days before the day."""
    now = today()
    year = now.year
    if dt.date(year, month, day) - dt.timedelta(days=before) + dt.timedelta(days=7) <= now:
        year += 1
    arrival = dt.date(year, month, day) - dt.timedelta(days=before)
    return max(arrival, now), arrival + dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("said", "month", "day"),
    [
        ("hola, tienen lugar la semana de navidad para 4?", 12, 25),
        ("Buenas! la semana de Año Nuevo somos 4", 1, 1),
        ("semana de reyes x 4 🙏", 1, 6),
    ],
)
async def test_the_week_of_a_holiday_is_searched_as_seven_nights_around_it(
    guest: Guest, said: str, month: int, day: int
):
    await guest.say(said)
    ctx = (await guest.session()).ctx
    check_in, check_out = _around(month, day, before=3)
    assert (ctx.check_in, ctx.check_out) == (check_in, check_out), text_of(guest.heard)
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------- "reservé el martes": the day it was booked, no new search


@pytest.mark.parametrize(
    "said",
    [
        "hola, hice la reserva el lunes, está todo ok?",
        "reservé el martes y no sé si quedó",
        "buenas! hice una reserva el jueves",
        "la reserva la hice el miercoles 🙂",
    ],
)
async def test_a_booking_told_with_its_day_is_about_that_booking(guest: Guest, said: str):
    code = await hold_quiet_stay(guest)
    await guest.forget()
    answer = text_of(await guest.say(said))
    assert code in answer, answer
    assert await guest.state() != State.ASK_GUESTS
