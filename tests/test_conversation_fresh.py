"""Fresh guest chats, written the way guests type, that once went wrong.

Each test is one short chat through the real engine (real PostgreSQL and
Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila
for 6) and names what the guest should have read.
"""

from __future__ import annotations

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of


async def test_a_party_bigger_than_every_cabin_hears_so_before_giving_dates(guest):
    asked = await guest.say("tienen cabaña para 8?")
    assert "más grande es para 6" in text_of(asked)
    assert "Genial, para 8" not in text_of(asked)
    assert await guest.state() == State.ASK_GUESTS
    start, end = quiet_stay()
    # The answer keeps going: the new head count, then the dates.
    await guest.say("bueno, somos 6 entonces")
    assert await guest.state() == State.ASK_DATES
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert [r.title for r in rows(offer)] == ["Cabaña Bosque de Quila"]
