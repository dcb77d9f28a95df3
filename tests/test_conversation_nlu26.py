"""Round 26 of the NLU, in the conversation: leftovers of the conversation QA.

- "¿y el mínimo en enero?" on a list, the summary or while the dates are asked is the
  minimum stay answered and the step kept: the month only says when the thing is asked
  about (an `info` question), not a new search ("¿Qué días de enero querés venir?" dropped
  the list or the summary).
- "dos y dos" to "¿Cuántas personas?" is no date (it read the 2nd and searched it): like "2
  y 2", the head count is asked again (round 13).
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, summed_up, text_of


@pytest.mark.parametrize("asked", ["y el mínimo en enero?", "y el minimo en enero"])
async def test_the_minimum_asked_for_a_month_on_the_list_keeps_the_list(guest, asked):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say(asked))
    assert "La estadía mínima" in said and "Qué días de enero" not in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_the_minimum_asked_for_a_month_on_the_summary_keeps_the_summary(guest):
    await summed_up(guest)
    said = text_of(await guest.say("y el mínimo en enero?"))
    assert "La estadía mínima" in said and "Qué días de enero" not in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_minimum_asked_for_a_month_while_dates_are_asked(guest):
    await guest.say("quiero reservar")
    said = text_of(await guest.say("y el minimo en enero"))
    assert "La estadía mínima" in said and "Qué días de enero" not in said
    assert (await guest.session()).ctx.month is None


@pytest.mark.parametrize("party", ["dos y dos", "tres y dos"])
async def test_two_numbers_in_words_to_the_head_count_are_no_date(guest, party):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    await guest.say(party)
    assert await guest.state() == State.ASK_GUESTS
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (start, end)
