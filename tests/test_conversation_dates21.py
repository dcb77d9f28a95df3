"""Session 21 (h2): dates in conversations, end to end.

- "el 29 de febrero" when the coming February has 28 days: the bot searched 29/02 of the
  next leap year (fifteen months away) and said "mar 29/02" with no year. Now it says that
  February has no 29 and asks which days of February; "31 de abril", "30 de febrero" the
  same (they were a bare "¿Qué días de abril…?", the day written ignored).
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import text_of, today


def _coming(month: int) -> int:
    """The year of the coming ``month`` (this one included), as the NLU reads it."""
    return today().year + (month < today().month)


def _common_february() -> bool:
    return not calendar.isleap(_coming(2))


@pytest.mark.parametrize(
    "text",
    [
        "hola! tienen lugar el 31 de abril para 2?",
        "31 de abril, 3 noches, somos 2",
        "EL 31 DE ABRIL X 2 NOCHES 🙏",
        "del 29 al 31 de abril para 4",
    ],
)
async def test_a_day_april_lacks_is_said_and_april_asked(guest, text):
    said = text_of(await guest.say(text))
    assert "abril tiene 30 días" in said, said
    assert "abril" in said.split("abril tiene 30 días", 1)[1], said  # the days asked
    assert (await guest.session()).ctx.check_in is None
    assert await guest.state() == State.ASK_DATES


async def test_the_29th_of_a_common_february_is_said_with_its_year(guest):
    said = text_of(await guest.say("hola, hay lugar el 29 de febrero para 2?"))
    year = _coming(2)
    if _common_february():
        assert f"febrero de {year} tiene 28 días" in said, said
        assert (await guest.session()).ctx.check_in is None
    else:  # a leap coming February: the 29th is a date like any other
        assert "29/02" in said, said


async def test_the_30th_of_february_then_a_real_day(guest):
    said = text_of(await guest.say("quiero ir el 30 de febrero 3 noches, somos 2"))
    assert "febrero de" in said and "días" in said, said
    said = text_of(await guest.say("uy sí, perdón: el 27 de febrero"))
    assert "27/02" in said, said
    assert (await guest.session()).ctx.check_in == dt.date(_coming(2), 2, 27)


async def test_asked_for_dates_a_day_june_lacks(guest):
    await guest.say("hola, somos 3")
    said = text_of(await guest.say("del 28 al 31 de junio"))
    assert "junio tiene 30 días" in said, said
    assert (await guest.session()).ctx.check_in is None


def _next_month_with(day: int, last: int) -> dt.date:
    """The first ``day`` on or after today in a month that also has day ``last``."""
    year, month = today().year, today().month
    while True:
        if last <= calendar.monthrange(year, month)[1]:
            start = dt.date(year, month, day)
            if start >= today():
                return start
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


async def test_a_range_to_the_31st_is_a_month_that_has_it(guest):
    # "del 27 al 31" on 28/11: 27/12 → 31/12, not 27/11 (past) nor 28/11 → 31/12.
    start = _next_month_with(27, 31)
    said = text_of(await guest.say("hola! del veintisiete al treintaiuno para 2?"))
    assert (await guest.session()).ctx.check_in == start, said
    assert f"{start:%d/%m}" in said and "31/" in said, said


async def test_the_next_holiday_is_searched(guest):
    from bot.nlu_dates import _next_free_run  # the table's rule, pinned in the NLU tests

    arrival, departure = _next_free_run(today(), False)
    said = text_of(await guest.say("hola! tienen lugar para el próximo feriado? somos 2"))
    assert f"{arrival:%d/%m}" in said, said
    assert (await guest.session()).ctx.check_in == arrival
    if departure is not None:
        assert f"{departure:%d/%m}" in said, said


async def test_in_a_month_for_three_nights_is_searched(guest):
    now = today()
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    arrival = dt.date(year, month, min(today().day, calendar.monthrange(year, month)[1]))
    said = text_of(await guest.say("¿tienen lugar en un mes para 3 noches? somos 4"))
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (
        arrival,
        arrival + dt.timedelta(days=3),
    ), said
    assert f"{arrival:%d/%m}" in said, said
