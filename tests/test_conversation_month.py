"""Days written without a month are read in the month of the stay being talked about.

With a stay months ahead on screen, "¿y del 20 al 23?" means that month, not the
next 20th to come (usually next month, often in high season). Each chat runs through
the real engine (PostgreSQL, Redis, demo cabins).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of, today


def _same_month_shift(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The same stay a week later, or earlier, staying in its month."""
    for days in (7, -7, 1, -1):
        a, b = start + dt.timedelta(days=days), end + dt.timedelta(days=days)
        if a.month == b.month == start.month and a > today():
            return a, b
    raise AssertionError("no shift within the month")  # pragma: no cover


def _ahead() -> tuple[dt.date, dt.date]:
    """A quiet stay about four months ahead, whose days alone would read as a nearer month."""
    return quiet_stay(days_ahead=120)


async def _stay_on_screen(guest) -> tuple[dt.date, dt.date, list]:
    start, end = _ahead()
    offer = await guest.say(f"hola, tienen del {ddmm(start)} al {ddmm(end)} para 2?")
    assert await guest.state() == State.CHOOSE_CABIN
    return start, end, offer


async def test_other_days_asked_at_the_list_stay_in_its_month(guest):
    start, end, _ = await _stay_on_screen(guest)
    a, b = _same_month_shift(start, end)
    await guest.say(f"y del {a.day} al {b.day}?")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (a, b)


async def test_days_alone_after_changing_the_dates_of_a_summary_stay_in_its_month(guest):
    start, end, offer = await _stay_on_screen(guest)
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD
    await guest.tap(R.HOLD_CHANGE, "Cambiar fechas")
    a, b = _same_month_shift(start, end)
    answer = await guest.say(f"del {a.day} al {b.day}")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (a, b)
    assert f"{a:%d/%m}" in text_of(answer)


async def test_repeating_the_days_of_the_stay_keeps_them(guest):
    start, end, _ = await _stay_on_screen(guest)
    await guest.say(f"si, del {start.day} al {end.day}, somos 3")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out, session.ctx.guests) == (start, end, 3)


async def test_a_month_the_guest_writes_is_kept(guest):
    start, _, _ = await _stay_on_screen(guest)
    other = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=10)
    await guest.say(f"y del 10 al 13 de {R.MONTHS[other.month - 1]}?")
    session = await guest.session()
    assert session.ctx.check_in == other
    assert session.ctx.check_out == other + dt.timedelta(days=3)


async def test_tomorrow_is_still_tomorrow(guest):
    await _stay_on_screen(guest)
    await guest.say("y para mañana, 2 noches?")
    session = await guest.session()
    tomorrow = today() + dt.timedelta(days=1)
    assert (session.ctx.check_in, session.ctx.check_out) == (
        tomorrow,
        tomorrow + dt.timedelta(days=2),
    )


@pytest.mark.parametrize("text", ["somos uno más", "al final se suma una persona más"])
async def test_one_more_while_the_dates_are_asked_is_added_to_the_party(guest, text):
    await guest.say("hola, somos 2")
    assert await guest.state() == State.ASK_DATES
    await guest.say(text)
    session = await guest.session()
    assert session.ctx.guests == 3
    assert await guest.state() == State.ASK_DATES
