"""A guest who comes back after booking: a paid stay, a hold that lapsed, a handoff.

Each test is a short chat through the real engine (real PostgreSQL and Redis,
demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6). The
conversation may have been forgotten (it lasts a day in Redis): the guest's
reservations are looked up by their number.
"""

from __future__ import annotations

import pytest

from appkeys import NOTIFIER, REDIS
from booking import holds
from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    OWNER_CLOUD,
    button_ids,
    ddmm,
    guest_key,
    hold_quiet_stay,
    owner_app_fixture,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)

app = owner_app_fixture("app")  # the owner's messages read at the fake Graph API


async def _paid_stay(guest, db, *, forgotten: bool = True) -> str:
    """A paid stay; days later the conversation itself is gone (or not)."""
    code = await paid_quiet_stay(guest, db)
    if forgotten:
        await guest.forget()
    return code


# ------------------------------------------------------------------ changing a paid stay


@pytest.mark.parametrize("forgotten", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "se puede agregar una noche más?",
        "podemos llegar un día antes?",
        "nos podemos quedar un dia mas?",
        "somos uno más al final",
        "quiero cambiar las fechas",
        "hola! se puede sumar una noche?",
    ],
)
async def test_changing_a_paid_stay_names_it_and_offers_a_person(guest, db, text, forgotten):
    code = await _paid_stay(guest, db, forgotten=forgotten)
    answer = await guest.say(text)
    said = text_of(answer)
    assert code in said and "Lago Lácar" in said
    assert "¿Para qué fechas" not in said and "¿Para qué noche" not in said
    assert "no te entendí" not in said
    assert R.MENU_HUMAN in button_ids(answer)
    assert await guest.state() == State.IDLE
    handed = await guest.tap(R.MENU_HUMAN, "Hablar con alguien")
    assert "alguien del equipo" in text_of(handed)
    assert await guest.state() == State.HANDOFF


async def test_another_stay_from_a_guest_with_a_paid_one_is_still_searched(guest, db):
    await _paid_stay(guest, db)
    start, end = quiet_stay(days_ahead=80)
    answer = await guest.say(f"quiero reservar otra vez, del {ddmm(start)} al {ddmm(end)} para 2")
    assert rows(answer)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_one_more_night_without_any_reservation_is_a_new_search(guest):
    await guest.say("se puede agregar una noche más?")
    assert await guest.state() != State.IDLE  # no stay to change: we ask for the dates


# ------------------------------------------------------------------ asking how it stands


@pytest.mark.parametrize("forgotten", [True, False])
@pytest.mark.parametrize(
    "text", ["llegó la plata?", "les llegó el pago?", "hola! ya está todo confirmado?"]
)
async def test_did_my_payment_arrive_after_it_was_confirmed(guest, db, text, forgotten):
    code = await _paid_stay(guest, db, forgotten=forgotten)
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said
    assert "no te entendí" not in said and "Soy el asistente" not in said
    assert await guest.state() == State.IDLE


async def test_did_my_payment_arrive_while_it_is_still_pending(guest):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("llegó la plata?"))
    assert code in said and "todavía" in said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_question_about_my_reservation_is_not_a_new_booking(guest, db):
    code = await _paid_stay(guest, db)
    said = text_of(await guest.say("hola, tengo una duda con la reserva"))
    assert code in said and "contame" in said.lower()
    assert "¿Para qué fechas" not in said
    assert await guest.state() == State.IDLE


# ------------------------------------------------------------------ what the owner reads


async def test_the_owner_told_of_a_cancelled_paid_stay_can_reach_the_guest(guest, db, graph):
    fake, _ = graph
    code = await _paid_stay(guest, db)
    await guest.say("quiero cancelar mi reserva")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    booked, notice = fake.texts_to(OWNER_CLOUD)  # the stay when booked, then cancelled
    assert "Nueva reserva" in booked and "Se canceló" in notice
    assert code in notice
    assert "Lucía" in notice and f"+{guest.wa_id}" in notice  # whom to write about the refund


async def test_the_owner_told_of_a_handoff_sees_the_guests_reservations(guest, db, graph):
    fake, _ = graph
    code = await _paid_stay(guest, db)
    await guest.say("quiero hablar con una persona")
    assert await guest.state() == State.HANDOFF
    booked, notice = fake.texts_to(OWNER_CLOUD)  # the stay when booked, then the handoff
    assert "Nueva reserva" in booked
    assert f"+{guest.wa_id}" in notice
    assert code in notice and "Lago Lácar" in notice and "confirmada" in notice


# ------------------------------------------------------------------ a hold that lapsed


async def test_the_link_asked_for_after_the_hold_lapsed_during_a_handoff(guest, db):
    from booking import jobs
    from bot import handoff

    code = await hold_quiet_stay(guest)
    await guest.say("quiero hablar con una persona")
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await jobs.expire_holds(
        db, guest.app[NOTIFIER]
    )  # the notice went out; the chat was the person's
    await handoff.end(guest.app[REDIS], guest_key(guest.app, guest.wa_id))
    answer = await guest.say("ok, pasame el link de pago")
    said = text_of(answer)
    assert code in said and "venció" in said
    assert "otro teléfono" not in said
    assert R.MENU_AVAILABILITY in button_ids(answer)
    again = await guest.tap(R.MENU_AVAILABILITY, "Buscar de nuevo")
    assert await guest.state() == State.CHOOSE_CABIN  # the same stay, searched again
    assert rows(again)


# ------------------------------------------------------------------ the rest of the price


@pytest.mark.parametrize("text", ["tengo que pagar el resto ahora?", "cuándo se paga el saldo?"])
async def test_the_rest_asked_by_a_guest_with_a_paid_stay_is_their_own_balance(guest, db, text):
    code = await _paid_stay(guest, db)
    res = await holds.get_reservation(db, code)
    said = text_of(await guest.say(text))
    assert code in said and R.money(res.total_cents - res.deposit_cents) in said
    assert "al llegar" in said.lower()


async def test_the_rest_asked_with_no_reservation_is_the_general_answer(guest):
    said = text_of(await guest.say("tengo que pagar el resto ahora?"))
    assert "No encontré" not in said and "al llegar" in said


@pytest.mark.parametrize(
    "text",
    ["cuales son mis reservas?", "mis reservas", "¿tengo alguna reserva?", "que reservas tengo"],
)
async def test_my_reservations_asked_by_a_guest_with_a_paid_stay_names_it(guest, db, text):
    code = await _paid_stay(guest, db)
    answer = text_of(await guest.say(text))
    assert code in answer
    assert "¿Para qué fechas" not in answer


async def test_the_reservations_left_after_cancelling_one_are_named(guest, db):
    first = await hold_quiet_stay(guest)
    await holds.cancel_reservation(db, first, "guest cancelled", "guest")
    second = await hold_quiet_stay(guest)
    await guest.forget()  # back another day
    answer = text_of(await guest.say("cuales reservas me quedan?"))
    assert second in answer and "¿Para qué fechas" not in answer
