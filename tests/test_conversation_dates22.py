"""Session 22 (h2): dates in conversations, end to end.

- "a fines de enero", "a principios de marzo", "a mediados de enero": the NLU reads the
  month and the part of it (`month_part`), no days (CONTRACT §6); the bot asked "¿Qué días
  de enero…? Por ejemplo: del 10 al 14 de enero", an example outside the window the guest
  named. Now it says the window back and its example falls in it; the days the guest then
  writes are that month's.
- "el feriado del 8" / "el puente del 7": the long weekend that holiday makes, searched
  (it was the 8th alone, and the bot asked until when).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.nlu_dates import _free_days
from bot.states import State
from tests.conversation_support import text_of, today


def _coming(month: int) -> int:
    """The year of the coming ``month`` (this one included), as the NLU reads it."""
    return today().year + (month < today().month)


def _next_month(delta: int) -> int:
    return (today().month - 1 + delta) % 12 + 1


@pytest.mark.parametrize(
    ("text", "words", "lowest", "highest"),
    [
        ("hola, queremos ir a fines de {m}, somos 2", "fines de", 21, 31),
        ("A PRINCIPIOS DE {M} 🙏 para 2", "principios de", 1, 10),
        ("hola! a mediados de {m} somos 2 adultos", "mediados de", 11, 20),
        ("para los ultimos dias de {m}, seriamos 2", "fines de", 21, 31),
    ],
)
async def test_a_part_of_a_month_is_asked_in_its_window(guest, text, words, lowest, highest):
    name = (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ).split()[_next_month(2) - 1]
    said = text_of(await guest.say(text.format(m=name, M=name.upper())))
    assert f"{words} {name}" in said, said
    example = re.search(rf"del (\d+) al (\d+) de {name}", said)
    assert example is not None, said
    assert lowest <= int(example[1]) < int(example[2]) <= highest, said
    assert await guest.state() == State.ASK_DATES
    said = text_of(await guest.say("del 24 al 27"))
    ctx = (await guest.session()).ctx
    assert ctx.check_in == dt.date(_coming(_next_month(2)), _next_month(2), 24), said


async def test_a_part_of_a_month_with_a_length_asks_the_arrival_in_it(guest):
    said = text_of(await guest.say("a principios de marzo, 3 noches, somos 2"))
    assert "principios de marzo" in said and "3 noches" in said, said


def _holiday_weekend_ahead() -> tuple[dt.date, dt.date, dt.date] | None:
    """The next fixed holiday on a Tuesday at least 10 days ahead (its Monday bridged):
    (the holiday, the Friday before, the holiday as departure)."""
    start = today() + dt.timedelta(days=10)
    for offset in range(0, 400):
        day = start + dt.timedelta(days=offset)
        if day.weekday() == 1 and day in _free_days(day.year):
            if day - dt.timedelta(days=1) in _free_days(day.year):
                return day, day - dt.timedelta(days=4), day
    return None


async def test_the_holiday_of_a_day_is_its_long_weekend(guest):
    found = _holiday_weekend_ahead()
    assert found is not None
    holiday, friday, out = found
    month = (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ).split()[holiday.month - 1]
    said = text_of(
        await guest.say(f"hola! hay lugar para el feriado del {holiday.day} de {month}? somos 2")
    )
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (friday, out), said
