"""Views asked about ("¿tiene vista al lago?"): answered from the cabins' own amenities.

A short chat through the real engine (real PostgreSQL and Redis, demo cabins: Lago Lácar
lists a "deck con vista al lago", Cerro Chapelco and Bosque de Quila list no view).
"""

from __future__ import annotations

from bot.states import State
from tests.conversation_support import text_of


async def test_a_view_asked_names_the_cabin_whose_amenities_list_it(guest):
    answer = text_of(await guest.say("hola! tiene vista al lago?"))
    assert "Lago Lácar" in answer and "vista al lago" in answer
    assert "no te entend" not in answer
    assert await guest.state() == State.IDLE


async def test_a_cabin_that_lists_no_view_is_not_said_to_lack_it(guest):
    answer = text_of(await guest.say("la de chapelco que vista tiene?"))
    assert "Cerro Chapelco" in answer and "hablar con una persona" in answer
    assert "no te entend" not in answer
