"""Follow-up messages that only make sense next to what was just said.

Each test is a short chat through the real engine (real PostgreSQL and Redis,
demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import ddmm, pay_deposit, quiet_stay, rows, text_of


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


async def test_more_people_after_a_weekend_list_says_which_cabin_fits_them(guest):
    start, end = _weekend()  # 2 nights: Bosque de Quila, the only one for 5, asks for 3
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    answer = text_of(await guest.say("y para 5?"))
    assert "Bosque de Quila" in answer and "5 personas" in answer
    assert "3 noches" in answer
    session = await guest.session()
    assert await guest.state() == State.ASK_DATES
    assert (session.ctx.check_in, session.ctx.guests) == (start, 5)


async def _hold(guest) -> str:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    summary = await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    confirm = next(b for b in summary[0].buttons if b.title == "Confirmar")
    await guest.tap(confirm.id, confirm.title)
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


async def _paid_stay(guest, db) -> str:
    """A hold whose deposit is paid; the guest heard so (and is back in idle)."""
    code = await _hold(guest)
    await pay_deposit(guest, db, code)
    assert await guest.state() == State.IDLE
    return code


async def test_asking_for_the_deposit_back_right_after_cancelling_a_paid_stay(guest, db):
    code = await _paid_stay(guest, db)
    await guest.say("hola, necesito cancelar la reserva")
    done = text_of(await guest.say("si, cancelala"))
    assert "devolución" in done
    answer = text_of(await guest.say("me devuelven la seña?"))
    assert code in answer and "avisé al equipo" in answer
    assert "Podés cancelar cuando quieras" not in answer
    assert await guest.state() == State.IDLE


async def test_asking_for_the_deposit_back_after_cancelling_an_unpaid_hold(guest):
    code = await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    await guest.say("si")
    answer = text_of(await guest.say("y me devuelven la plata?"))
    assert code in answer and "no se te cobró nada" in answer


async def test_i_did_not_mean_to_cancel_after_an_unpaid_hold_was_cancelled(guest):
    code = await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    await guest.say("si")
    answer = await guest.say("nooo no quise cancelar!!")
    assert code in text_of(answer) and "no la puedo deshacer" in text_of(answer)
    assert await guest.state() == State.CHOOSE_CABIN  # the same stay, searched again
    assert "Cabaña Lago Lácar" in [r.title for r in rows(answer)]


async def test_i_did_not_mean_to_cancel_after_a_paid_stay_was_cancelled(guest, db):
    code = await _paid_stay(guest, db)
    await guest.say("quiero cancelar la reserva")
    await guest.say("si")
    answer = text_of(await guest.say("no queria cancelar"))
    assert code in answer and "hablar con una persona" in answer
    assert "no cancelo nada" not in answer


@pytest.mark.parametrize("more", ["la hice ayer", "fue ayer a la noche", "lo hice hace un rato"])
async def test_more_about_a_payment_with_nothing_booked_is_understood(guest, more):
    await guest.say("hola ya te pague la seña")
    answer = text_of(await guest.say(more))
    assert "Gracias por el dato" in answer and "CAB-" in answer
    assert "no te entendí" not in answer
    assert await guest.state() == State.IDLE


async def test_more_about_a_payment_while_the_hold_waits_is_short(guest):
    code = await _hold(guest)
    await guest.say("ya pague")
    answer = await guest.say("la hice ayer")
    assert code in text_of(answer) and "Gracias por el dato" in text_of(answer)
    assert "http" not in text_of(answer)
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_i_paid_it_without_ya_is_a_payment(guest):
    answer = text_of(await guest.say("hola, la pague ayer"))
    assert "No veo ninguna reserva pendiente" in answer


@pytest.mark.parametrize("text", ["ahora si", "ahí anduvo", "ah ya anda", "ahora sí!!"])
async def test_the_link_works_now_gets_a_short_nudge_not_the_whole_message(guest, text):
    await _hold(guest)
    await guest.say("no me anda el link")
    answer = text_of(await guest.say(text))
    assert "Buenísimo" in answer and "http" in answer  # the link at hand
    assert "está guardada" not in answer and "Lago Lácar" not in answer  # not all of it again
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["la quiero!", "la tomo", "quiero reservarla", "dale la reservo"])
async def test_wanting_the_cabin_on_hold_gets_the_link_not_a_new_search(guest, text):
    code = await _hold(guest)
    answer = text_of(await guest.say(text))
    assert "http" in answer and "seña" in answer
    assert await guest.state() == State.AWAIT_PAYMENT
    assert (await guest.session()).ctx.hold == code


async def test_booking_other_dates_while_paying_searches_them(guest):
    await _hold(guest)
    await guest.say("quiero reservar para 4")
    assert await guest.state() != State.AWAIT_PAYMENT  # asked for the dates, or listed


async def _summary(guest) -> None:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize("text", ["no quería cancelar", "no quise cancelar", "no quiero cancelar"])
async def test_not_wanting_to_cancel_on_the_summary_keeps_it(guest, text):
    await _summary(guest)
    answer = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD
    assert "lo dejamos acá" not in answer and "Confirmar" in answer


@pytest.mark.parametrize("text", ["no quería cancelar", "no quise cancelar"])
async def test_not_wanting_to_cancel_while_paying_keeps_the_hold(guest, db, text):
    code = await _hold(guest)
    answer = text_of(await guest.say(text))
    assert await guest.state() == State.AWAIT_PAYMENT
    assert "no cancelo nada" in answer
    assert (
        await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)
        == "pre_reserved"
    )


@pytest.mark.parametrize("text", ["no quería cancelar", "no quise cancelar"])
async def test_not_wanting_to_cancel_when_asked_if_sure_keeps_it(guest, text):
    code = await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    assert await guest.state() == State.CONFIRM_CANCEL
    answer = text_of(await guest.say(text))
    # Round 22: kept unpaid, it is back at the payment step (it was idle).
    assert await guest.state() == State.AWAIT_PAYMENT
    assert f"{code}* sigue en pie" in answer


@pytest.mark.parametrize("text", ["si cancelala", "si, anulala nomas", "si cancelar"])
async def test_a_yes_without_accent_and_an_order_when_asked_if_sure_cancels(guest, db, text):
    code = await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    assert await guest.state() == State.CONFIRM_CANCEL
    await guest.say(text)
    status = await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)
    assert status == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "si tengo que cancelar que pasa con la seña?",
        "si cancelara, me devuelven algo?",
        "si la cancelo me cobran algo?",
        "ok espera",  # hold on, not a yes
        "si, ahora vuelvo",
        "cancelo y me devuelven la seña?",  # answered first, then asked again
        "ok cancelala, me devuelven algo?",
    ],
)
async def test_a_question_or_a_hold_on_when_asked_if_sure_cancels_nothing(guest, db, text):
    code = await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    assert await guest.state() == State.CONFIRM_CANCEL
    await guest.say(text)  # "si" here is "if", not a yes without its accent
    status = await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)
    assert status == "pre_reserved"


async def test_asking_what_cancelling_costs_when_asked_if_sure_answers_and_asks_again(guest):
    await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    answer = text_of(await guest.say("cancelo y me devuelven la seña?"))
    assert "no tiene costo" in answer  # an unpaid hold
    assert await guest.state() == State.CONFIRM_CANCEL


async def test_not_wanting_to_cancel_when_choosing_which_keeps_them(guest):
    await _hold(guest)
    start, end = quiet_stay(days_ahead=80)
    offer = await guest.say(f"tambien quiero del {ddmm(start)} al {ddmm(end)} para 2")
    summary = await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    confirm = next(b for b in summary[0].buttons if b.title == "Confirmar")
    await guest.tap(confirm.id, confirm.title)
    await guest.say("quiero cancelar una reserva")
    assert await guest.state() == State.CHOOSE_CANCEL
    answer = text_of(await guest.say("uh no, no quise cancelar"))
    assert await guest.state() == State.IDLE
    assert "sigue en pie" in answer


@pytest.mark.parametrize(
    "text", ["cuánto falta para que venza?", "hasta que hora tengo?", "a qué hora se vence?"]
)
async def test_how_long_the_hold_lasts_is_answered_with_its_time(guest, text):
    code = await _hold(guest)
    answer = text_of(await guest.say(text))
    assert code in answer and "hasta las" in answer and "quedan" in answer
    assert "Cuando elegís la cabaña" not in answer  # not the general terms
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_how_long_the_hold_lasts_after_the_chat_was_forgotten(guest):
    code = await _hold(guest)
    await guest.forget()
    answer = text_of(await guest.say("cuánto falta para que venza?"))
    assert code in answer and "quedan" in answer
    assert "precios por noche" not in answer


@pytest.mark.parametrize("text", ["cuanto sale?", "cuanto tengo que pagar ahora?"])
async def test_the_price_asked_while_paying_is_the_total_deposit_and_rest(guest, text):
    await _hold(guest)
    answer = text_of(await guest.say(text))
    assert "en total" in answer and "seña" in answer and "al llegar" in answer
    assert "http" in answer
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["ok ahora pago", "lo intento de nuevo", "voy a pagar"])
async def test_about_to_pay_gets_a_short_nudge(guest, text):
    await _hold(guest)
    answer = text_of(await guest.say(text))
    assert "Buenísimo" in answer
    assert "Cuando elegís la cabaña" not in answer and "está guardada" not in answer


async def test_a_card_refused_gets_card_advice(guest):
    await _hold(guest)
    answer = text_of(await guest.say("no me deja pagar con esta tarjeta"))
    assert "otra tarjeta" in answer
    assert "navegador" not in answer


async def test_what_is_left_to_pay_on_a_confirmed_stay(guest, db):
    code = await _paid_stay(guest, db)
    answer = text_of(await guest.say("cuanto falta pagar?"))
    assert code in answer and "restantes" in answer


async def test_a_choice_by_place_is_not_a_head_count(guest):
    await guest.say("15/1")
    await guest.say("4")
    assert await guest.state() == State.ASK_GUESTS
    answer = text_of(await guest.say("la primera"))
    assert await guest.state() == State.ASK_GUESTS
    assert "1 persona" not in answer and "personas" in answer
    assert (await guest.session()).ctx.guests is None


async def test_a_choice_by_place_is_not_a_number_of_nights(guest):
    await guest.say("15/1")
    await guest.say("la primera")
    assert await guest.state() == State.ASK_DATES
    assert (await guest.session()).ctx.check_out is None


@pytest.mark.parametrize("text", ["y por noche?", "cuanto sale por noche?"])
async def test_the_price_of_a_night_on_the_summary(guest, text):
    await _summary(guest)
    answer = text_of(await guest.say(text))
    assert "la noche sale $ 65.000 en esas fechas" in answer and "Lago Lácar" in answer
    assert "Te resumo" not in answer
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_guest_with_a_booking_asking_about_towels_hears_about_their_cabin(guest, db):
    await _paid_stay(guest, db)  # Cabaña Lago Lácar, the first listed for 2
    answer = text_of(await guest.say("hay que llevar toallas?"))
    assert "La *Cabaña Lago Lácar* tiene" in answer
    assert "Cerro Chapelco" not in answer and "Bosque de Quila" not in answer


async def test_a_party_too_big_for_one_cabin_can_take_two(guest):
    start, end = quiet_stay()
    big = text_of(await guest.say(f"somos 9, tienen lugar del {ddmm(start)} al {ddmm(end)}?"))
    assert "dos cabañas" in big
    answer = text_of(await guest.say("y si alquilamos dos cabañas?"))
    assert "de a una" in answer and "primera" in answer
    assert await guest.state() == State.ASK_GUESTS
    offer = await guest.say("5")
    assert [r.title for r in rows(offer)] == ["Cabaña Bosque de Quila"]


async def test_two_cabins_asked_at_once_says_the_list_is_for_the_first(guest):
    start, end = quiet_stay()
    offer = await guest.say(
        f"necesitamos 2 cabañas del {ddmm(start)} al {ddmm(end)}, una para 4 y otra para 2"
    )
    assert "otra cabaña" in text_of(offer) and "4 personas" in text_of(offer)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_the_price_of_a_night_for_two_without_dates_answers_it_then_asks_dates(guest):
    await guest.say("cuanto sale?")
    answer = text_of(await guest.say("y la noche para 2?"))
    assert "precios por noche" in answer and "Cabaña Lago Lácar" in answer
    assert "¿Para qué fechas" in answer
    assert await guest.state() == State.ASK_DATES
