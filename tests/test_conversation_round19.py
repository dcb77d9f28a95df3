"""Round 19 of QA: the payment reminder said once, a group that asks for two cabins, a
sticker under the menu, the deposit asked on a summary — and this round's personas played
whole: one long message, booking for someone else, a work team, a late-night booking, a
price seen elsewhere, a bank transfer insisted on, and more.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, quiet_stay, rows, text_of

REMINDER = "Tu reserva sigue guardada"


async def _held(guest: Guest) -> str:
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


# ------------------------------------------------------------------ the reminder said once


# Decided: the step's reminder ("Tu reserva sigue guardada…") is said once; an "ok",
# "gracias", "chau" or 👍 right after it gets its own words ("¡De nada!", "¡Chau!") or a
# short nod that varies, never the reminder again. A question still gets it after its answer.
async def test_acknowledgements_with_the_link_sent_hear_the_reminder_once(guest):
    # "Tu reserva sigue guardada; cuando pagues…" after each of "ok", "gracias" and "chau".
    await _held(guest)
    said = [text_of(await guest.say(t)) for t in ("ok", "gracias", "chau", "dale", "👍")]
    assert sum(REMINDER in s for s in said) == 1
    assert said[1].startswith("¡De nada") and said[2].startswith("¡Chau")
    assert said[3] != said[4]  # the nods vary
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_question_after_the_reminder_still_gets_its_answer_and_the_link(guest):
    code = await _held(guest)
    await guest.say("ok")
    said = text_of(await guest.say("como pago?"))
    assert f"/demo/checkout/{code}" in said


async def test_a_question_after_the_reminder_gets_it_again_after_its_answer(guest):
    await _held(guest)
    assert REMINDER in text_of(await guest.say("ok"))
    said = text_of(await guest.say("hay wifi?"))
    assert "wifi" in said.lower() and REMINDER in said


# ------------------------------------------------------------------ two cabins asked for


@pytest.mark.parametrize(
    "text", ["necesito 2 cabañas para 10", "hola, queremos dos cabañas, somos 9"]
)
async def test_a_group_asking_for_two_cabins_goes_straight_to_the_split(guest, text):
    # "Nuestra cabaña más grande es para 6 personas 😕 Si se reparten en dos cabañas…".
    said = text_of(await guest.say(text))
    assert "😕" not in said and "Si se reparten" not in said
    assert "Cuántos van en la primera" in said
    assert await guest.state() == State.ASK_GUESTS


async def test_a_group_too_big_that_asked_for_one_still_hears_the_largest(guest):
    said = text_of(await guest.say("somos 10"))
    assert "Nuestra cabaña más grande es para 6" in said


async def test_the_split_then_books_the_first_cabin(guest):
    start, end = quiet_stay()
    await guest.say(f"necesito 2 cabañas para 10 del {ddmm(start)} al {ddmm(end)}")
    listed = await guest.say("6 y 4")
    assert [r.title for r in rows(listed)] == ["Cabaña Bosque de Quila"]


# ------------------------------------------------------------------ a sticker under the menu


async def test_a_sticker_after_the_welcome_keeps_the_menu_in_mind(guest):
    # "??" after the sticker got the whole menu a second time.
    await guest.say("hola")
    await guest.send("sticker")
    said = text_of(await guest.say("??"))
    assert "Consultar disponibilidad" not in said and "Acá estoy" in said
    assert "Para qué fechas" in text_of(await guest.say("1"))  # the menu's option 1


async def test_a_sticker_on_the_list_keeps_its_rows_for_a_typed_number(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.send("sticker")
    said = text_of(await guest.say("2"))
    assert f"🏡 *{rows(listed)[1].title}*" in said


# ------------------------------------------------------------------ the deposit on a summary


@pytest.mark.parametrize(
    "text", ["¿cómo es el tema de la seña?", "como funciona el pago?", "cómo se paga la seña?"]
)
async def test_how_the_deposit_works_on_a_summary_gives_this_stay_s_figures(guest, text):
    # "Para reservar se paga una seña del 30 % con Mercado Pago…": no figure of this stay.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)  # Lago Lácar, $ 195.000
    said = text_of(await guest.say(text))
    assert "$ 58.500" in said and "$ 136.500" in said and "Mercado Pago" in said
    assert "Confirmar" in said
    assert await guest.state() == State.CONFIRM_HOLD
