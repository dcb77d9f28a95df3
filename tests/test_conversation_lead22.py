"""Session 22, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    Guest,
    ddmm,
    hold_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)

# ------------------------------- "reservé la semana pasada, ¿me confirmás?"

# A booking the guest says they made, and its confirmation asked for: their reservations,
# whatever the words ("me confirmás" with no "la reserva" after it read nothing: the menu).
BOOKED_ASKING = [
    "hola soy maria, reserve la semana pasada, me confirmas?",
    "reservamos hace unos dias, me confirman?",
    "ya reserve, me la confirmas porfa 🙏",
    "Reservé ayer y quería que me confirmen",
    "buen dia! hice la reserva hace poco, me podrias confirmar?",
]


@pytest.mark.parametrize("text", BOOKED_ASKING)
async def test_a_booking_told_and_its_confirmation_asked_with_none(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "No encontré reservas" in answer, answer
    assert "Elegí una opción" not in answer


@pytest.mark.parametrize("text", BOOKED_ASKING[:3])
async def test_a_booking_told_and_its_confirmation_asked_with_a_hold(app, text: str) -> None:
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    answer = text_of(await guest.say(text))
    assert code in answer, answer
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize(
    "text",
    [
        "me reserva la de 4 y me confirmas?",  # asked to book: no booking told
        "quiero que me reserve la del lago, me confirmas el precio?",
    ],
)
async def test_asked_to_book_is_no_booking_told(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "No encontré reservas" not in answer, answer


# ------------------------------- "¿cuál me recomendás?" with a big cabin for two


async def test_a_big_cabin_recommended_to_two_is_not_the_right_size(app) -> None:
    """The only cabin free for 2 sleeps 6: it is what there is, not "la justa"."""
    start, end = quiet_stay()
    for n, party in enumerate((2, 3)):  # the two smaller cabins taken for those dates
        other = Guest(app, wa_id=f"54929441229{n:02d}")
        offer = await other.say(f"del {ddmm(start)} al {ddmm(end)} para {party}")
        await other.tap(rows(offer)[0].id, rows(offer)[0].title)
        await other.tap(R.HOLD_CONFIRM, "Confirmar")
    guest = Guest(app)
    offer = await guest.say(f"somos 2, del {ddmm(start)} al {ddmm(end)}")
    assert [r.title for r in rows(offer)] == ["Cabaña Bosque de Quila"]
    answer = text_of(await guest.say("cual me recomendas?"))
    assert "Bosque de Quila" in answer
    assert "la justa" not in answer, answer
    assert "la única" in answer, answer


async def test_a_cabin_the_party_fills_is_still_the_right_size(app) -> None:
    start, end = quiet_stay()
    guest = Guest(app)
    await guest.say(f"somos 2, del {ddmm(start)} al {ddmm(end)}")
    answer = text_of(await guest.say("cuál nos recomendás?"))
    assert "Lago Lácar" in answer
    assert "la justa para ustedes" in answer, answer
