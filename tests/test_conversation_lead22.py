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
    button_ids,
    ddmm,
    handed_off,
    hold_quiet_stay,
    paid_quiet_stay,
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


# ------------------------------- thanks under an answer that offered a person


@pytest.mark.parametrize(
    "thanks", ["perfecto gracias!!", "genial muchas gracias", "ok gracias 🙌", "bueno, gracias!"]
)
async def test_thanks_under_a_person_offered_is_no_yes(app, db, thanks: str) -> None:
    """ "Si querés, tocá Hablar con alguien" under the early check-in answer: a thanks is
    the guest closing the chat, not asking for the owner (it handed the chat off)."""
    guest = Guest(app)
    await paid_quiet_stay(guest, db)
    offer = await guest.say("se puede llegar a las 10 de la mañana?")
    assert R.MENU_HUMAN in button_ids(offer)
    answer = text_of(await guest.say(thanks))
    assert not await handed_off(app), answer
    assert "alguien del equipo" not in answer


@pytest.mark.parametrize("yes", ["si porfa", "dale, gracias", "sí, gracias!"])
async def test_a_yes_with_thanks_under_a_person_offered_is_a_yes(app, db, yes: str) -> None:
    guest = Guest(app)
    await paid_quiet_stay(guest, db)
    await guest.say("se puede llegar a las 10 de la mañana?")
    await guest.say(yes)
    assert await handed_off(app)


# ------------------------------- the refund asked at "¿Seguro que querés cancelar?"


@pytest.mark.parametrize(
    "asked", ["y me devuelven la seña?", "me devuelven la plata?", "y la seña q pague?? 😬"]
)
async def test_the_refund_asked_at_the_cancel_question_is_said_once(app, db, asked: str) -> None:
    """Paid, about to cancel: the refund answered once, then the question, shorter (it
    said the deposit and the refund twice, the question in full between them)."""
    guest = Guest(app)
    code = await paid_quiet_stay(guest, db)
    await guest.say("hola, al final no vamos a poder ir, se puede cancelar?")
    assert await guest.state() == State.CONFIRM_CANCEL
    answer = text_of(await guest.say(asked))
    assert answer.count("devolución") == 1, answer
    assert code in answer
    assert await guest.state() == State.CONFIRM_CANCEL


# ------------------------------- a cat


@pytest.mark.parametrize(
    "text",
    ["se puede llevar un gato?", "aceptan gatos?", "tengo una gatita, puedo ir con ella? 🐱"],
)
async def test_a_cat_is_a_small_pet(app, text: str) -> None:
    """The demo's rule takes small and medium pets: a cat is a yes (it was the rule alone)."""
    answer = text_of(await Guest(app).say(text))
    assert answer.startswith("¡Sí!"), answer
    assert "chicas y medianas" in answer


# ------------------------------- prices asked mid-booking


@pytest.mark.parametrize(
    "asked", ["primero decime cuanto sale", "cuanto sale x noche?", "y q precios tienen? 💸"]
)
async def test_prices_asked_while_the_dates_are_asked_ask_for_them_once(app, asked: str) -> None:
    """The prices, then one line asking for the dates (it asked twice: "Pasame fechas y
    cantidad de personas…" and "Cuando quieras, pasame las fechas y seguimos")."""
    guest = Guest(app)
    await guest.say("hola quiero reservar")
    assert await guest.state() == State.ASK_DATES
    answer = text_of(await guest.say(asked))
    assert "precios por noche" in answer, answer
    assert "Pasame fechas" not in answer, answer
    assert answer.count("fechas") == 1, answer
    assert await guest.state() == State.ASK_DATES


# ------------------------------- a pick told for someone else


@pytest.mark.parametrize(
    ("said", "row"),
    [
        ("mi marido dice que la primera", 0),
        ("dice que si, la primera", 0),
        ("dicen los chicos que la 2 jaja", 1),
        ("mi señora quiere la segunda", 1),
    ],
)
async def test_a_row_picked_for_someone_else(app, said: str, row: int) -> None:
    """Two write from one phone: "mi marido dice que la primera" is the first row (it was
    "elegí una cabaña de la lista"); session 22's messy journeys read "la más grande" so."""
    start, end = quiet_stay()
    guest = Guest(app)
    offer = await guest.say(f"para 2 del {ddmm(start)} al {ddmm(end)}")
    await guest.say("esperá que le pregunto a mi marido")
    answer = text_of(await guest.say(said))
    assert await guest.state() == State.CONFIRM_HOLD, answer
    assert rows(offer)[row].title in answer
