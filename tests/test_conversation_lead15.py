"""Session 15, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import rows, text_of


@pytest.mark.parametrize(
    "text",
    [
        "Buenas, cuánto sale la cabaña para 6 personas x 1 semana en enero?",
        "precio para 6 por una semana?",
        "cuanto sale para 6 x 2 semanas en febrero",
    ],
)
async def test_a_length_of_stay_is_not_a_second_party_in_a_price_question(guest, text):
    # "x 1 semana" was read as a party of 1: the prices for 1 person beside the 6 asked,
    # and the 6 forgotten, so the dates were followed by "¿cuántas personas?".
    said = text_of(await guest.say(text))
    assert "1 persona" not in said and "2 personas" not in said
    assert "Bosque de Quila" in said
    replies = await guest.say("desde el 10")
    assert "cuántas personas" not in text_of(replies).lower()
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]
    assert await guest.state() == State.CHOOSE_CABIN


async def test_two_parties_in_a_price_question_still_get_a_price_each(guest):
    said = text_of(await guest.say("cuanto sale para 2? y para 6?"))
    assert "Para 2 personas" in said and "Para 6 personas" in said
