"""Follow-up messages that only make sense next to what was just said.

Each test is a short chat through the real engine (real PostgreSQL and Redis,
demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of


def _weekend() -> tuple[dt.date, dt.date]:
    """A Friday-to-Sunday stay outside the demo's seasons."""
    monday, _ = quiet_stay(nights=7)
    return monday + dt.timedelta(days=4), monday + dt.timedelta(days=6)


async def test_cheaper_with_one_cabin_on_a_weekday_stay_says_it_is_the_only_one(guest):
    start, end = quiet_stay()  # Monday to Thursday: no weekend nights
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 6")
    assert [r.title for r in rows(offer)] == ["Cabaña Bosque de Quila"]
    answer = text_of(await guest.say("uh es mucho, algo mas barato?"))
    assert "única" in answer and "Bosque de Quila" in answer
    assert "más económica" not in answer
    assert "entre semana" not in answer.lower()
    assert "otras fechas" in answer
    assert await guest.state() == State.CHOOSE_CABIN


async def test_cheaper_on_a_weekend_stay_suggests_weekdays(guest):
    start, end = _weekend()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    answer = text_of(await guest.say("no hay algo mas barato?"))
    assert "más económica" in answer and "Lago Lácar" in answer
    assert "entre semana" in answer


async def test_cheaper_on_a_weekday_stay_with_several_cabins_does_not_suggest_weekdays(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    answer = text_of(await guest.say("estan caras, algo mas economico?"))
    assert "más económica" in answer and "Lago Lácar" in answer
    assert "entre semana" not in answer.lower()
