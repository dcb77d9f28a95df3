"""No dead ends: whatever a guest writes, from whichever state, the bot answers sensibly.

Each state is reached once by a scripted conversation; then every phrase is
sent from a copy of that exact state (the Redis document is restored before
each one). Every reply must pass the guest checks, and none may be the
"tuve un problemita" apology that stands for a handler crash.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import REDIS, SETTINGS
from booking import holds
from bot import handoff
from bot import replies as R
from bot.messages import Buttons, ListMessage
from bot.session import GuestKey, redis_key
from bot.states import State
from tests.conversation_support import GUEST, Guest, ddmm, only, quiet_stay, rows, text_of

PHRASES = [
    "hola", "Buenas tardes!!", "gracias", "ok", "sí", "no", "dale", "no gracias", "1", "2", "7",
    "la primera", "la de quila", "???", "jajaja", "👍", "asdfgh", "menu", "ayuda", "cancelar",
    "quiero cancelar mi reserva", "hablar con una persona", "aceptan perros?", "tienen wifi?",
    "a qué hora es el check out?", "cómo llego?", "hay parrilla?", "cuánto sale?",
    "cuánto es la seña?", "se puede pagar con tarjeta?", "somos 5", "para 2 personas",
    "en abril", "el finde largo", "una semana a partir del 10 de abril", "del 3 al 6 de abril",
    "hasta el 9", "3 noches", "mañana", "quiero reservar", "el link?", "CAB-ZZZZ",
    "del 20/4 al 10/4", "del 1/4 al 30/6", "para 40 personas", "",
]  # fmt: skip


async def reach(guest: Guest, state: State) -> None:
    start, end = quiet_stay()
    stay = f"del {ddmm(start)} al {ddmm(end)}"
    script: dict[State, list[tuple[str, str | None]]] = {
        State.IDLE: [("hola", None)],
        State.ASK_DATES: [("quiero reservar", None)],
        State.ASK_GUESTS: [(stay, None)],
        State.CHOOSE_CABIN: [(f"{stay} para 2", None)],
        State.CONFIRM_HOLD: [(f"{stay} para 2", None), ("la 1", None)],
        State.AWAIT_PAYMENT: [(f"{stay} para 2", None), ("la 1", None),
                              ("Confirmar", R.HOLD_CONFIRM)],
        State.CHOOSE_CANCEL: [],
        State.CONFIRM_CANCEL: [(f"{stay} para 2", None), ("la 1", None),
                               ("Confirmar", R.HOLD_CONFIRM), ("cancelar", None)],
    }  # fmt: skip
    if state == State.CHOOSE_CANCEL:
        for days in (40, 130):
            start, end = quiet_stay(days_ahead=days)
            offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
            await guest.tap(rows(offer)[0].id)
            await guest.tap(R.HOLD_CONFIRM)
        await guest.say("cancelar")
    for text, reply_id in script[state]:
        await (guest.tap(reply_id, text) if reply_id else guest.say(text))
    assert await guest.state() == state


@pytest.mark.parametrize("state", [s for s in State if s != State.HANDOFF], ids=lambda s: s.value)
async def test_every_phrase_from_every_state_gets_a_sensible_answer(app, state):
    guest = Guest(app)
    await reach(guest, state)
    key = redis_key("conv", GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST))
    redis = app[REDIS]
    snapshot = await redis.get(key)
    for phrase in PHRASES:
        await redis.set(key, snapshot)
        if phrase == "hablar con una persona":
            continue  # the handoff has its own tests; it would silence the rest
        answer = await guest.say(phrase)
        said = text_of(answer)
        assert answer, f"no answer to {phrase!r} in {state}"
        assert "problemita" not in said, f"handler crashed on {phrase!r} in {state}"
        await redis.delete(
            redis_key("handoff", GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST))
        )


# ---------------------------------------------------------------- found by a probe of real chats
# Each test below is a conversation that used to stall, misread or answer wrongly.


async def _listed(guest: Guest, people: int = 2) -> list:
    start, end = quiet_stay()
    return rows(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {people}"))


@pytest.mark.parametrize(
    ("words", "cabin"),
    [
        ("la más barata", "Cabaña Lago Lácar"),
        ("quiero la mas economica porfa", "Cabaña Lago Lácar"),
        ("la más grande", "Cabaña Bosque de Quila"),
        ("la ultima", "Cabaña Bosque de Quila"),
    ],
)
async def test_a_cabin_picked_by_how_it_compares_with_the_others(guest, words, cabin):
    await _listed(guest)
    summary = await guest.say(words)
    assert await guest.state() == State.CONFIRM_HOLD
    assert cabin in only(summary, Buttons).body


async def test_yes_to_a_list_of_one_cabin_picks_it(guest):
    assert len(await _listed(guest, people=6)) == 1
    summary = await guest.say("dale")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Cabaña Bosque de Quila" in only(summary, Buttons).body


async def test_a_number_past_the_list_says_how_many_there_are(guest):
    assert len(await _listed(guest, people=4)) == 2
    again = text_of(await guest.say("la 3"))
    assert "del 1 al 2" in again
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize("words", ["confirmar", "👍", "👍🏻", "reservamela", "si dale reservala"])
async def test_typed_yes_on_the_summary_places_the_hold(guest, words):
    await _listed(guest)
    await guest.say("1")
    held = text_of(await guest.say(words))
    assert await guest.state() == State.AWAIT_PAYMENT
    assert "CAB-" in held and "http" in held


async def test_another_cabin_of_the_list_from_the_summary(guest):
    await _listed(guest, people=4)  # Cerro Chapelco, Bosque de Quila
    await guest.say("1")
    second = await guest.say("mejor la 2")
    assert "Cabaña Bosque de Quila" in only(second, Buttons).body
    back = await guest.say("mmm no, prefiero la otra")
    assert "Cabaña Cerro Chapelco" in only(back, Buttons).body
    assert await guest.state() == State.CONFIRM_HOLD


async def test_typed_change_of_dates_on_the_summary(guest):
    await _listed(guest)
    await guest.say("1")
    asked = text_of(await guest.say("quiero cambiar las fechas"))
    assert await guest.state() == State.ASK_DATES
    assert "fechas" in asked and "Te resumo" not in asked


async def test_a_question_naming_a_listed_cabin_is_answered_not_picked(guest):
    await _listed(guest)
    answer = text_of(await guest.say("la de chapelco tiene parrilla?"))
    assert "Cerro Chapelco* tiene parrilla" in answer
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_named_cabin_missing_from_the_list_is_explained(guest):
    await _listed(guest, people=4)
    answer = text_of(await guest.say("quiero la de lago lacar"))
    assert "hasta 2 personas" in answer and "4 personas" in answer
    assert "Pasame fechas" not in answer
    assert await guest.state() == State.CHOOSE_CABIN


async def test_asking_for_something_cheaper_points_at_the_cheapest(guest):
    await _listed(guest)
    answer = text_of(await guest.say("estan caras, no hay algo mas barato?"))
    assert "Cabaña Lago Lácar" in answer and "$ 195.000" in answer
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(("words", "nights"), [("hasta el {end}", 3), ("nos vamos el domingo", 6)])
async def test_a_departure_day_counts_from_the_arrival(guest, words, nights):
    start, end = quiet_stay()  # a Monday
    await guest.say(f"llegamos el {ddmm(start)}")
    await guest.say(words.format(end=end.day))
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (
        start,
        start + dt.timedelta(days=nights),
    )
    assert await guest.state() == State.ASK_GUESTS


async def test_an_earlier_day_after_the_arrival_is_a_new_arrival(guest):
    start, _ = quiet_stay()
    await guest.say(f"llegamos el {ddmm(start)}")
    earlier = start - dt.timedelta(days=2)
    asked = text_of(await guest.say(f"perdón, el {ddmm(earlier)}"))
    assert (await guest.session()).ctx.check_in == earlier
    assert R.day(earlier) in asked


async def test_a_stay_too_long_keeps_the_arrival(guest):
    start, _ = quiet_stay()
    await guest.say(f"del {start:%d/%m/%Y} al {start + dt.timedelta(days=45):%d/%m/%Y} para 2")
    await guest.say("bueno, 2 semanas entonces")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (
        start,
        start + dt.timedelta(days=14),
    )
    assert await guest.state() == State.CHOOSE_CABIN


async def test_asking_for_dates_again_uses_other_words(guest):
    first = text_of(await guest.say("quiero reservar para 2"))
    again = text_of(await guest.say("no sé, cuándo está libre?"))
    assert await guest.state() == State.ASK_DATES
    assert again != first and "Genial" not in again
    assert "llegada" in again


async def test_a_question_that_comes_with_the_stay_is_answered_too(guest):
    start, end = quiet_stay()
    answer = await guest.say(
        f"hola! del {ddmm(start)} al {ddmm(end)} somos 2 y un perro, se puede?"
    )
    said = text_of(answer)
    assert "Lucía" in said and "mascotas" in said
    assert isinstance(answer[-1], ListMessage)  # the list stays last, to be tapped
    assert await guest.state() == State.CHOOSE_CABIN


async def _waiting(guest: Guest) -> str:
    await _listed(guest)
    await guest.say("1")
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    return (await guest.session()).ctx.hold


async def test_i_already_paid_while_the_deposit_is_pending(guest):
    code = await _waiting(guest)
    answer = text_of(await guest.say("ya pagué!"))
    assert code in answer and "Todavía no me llegó" in answer
    assert "Para reservar se paga" not in answer
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize(
    "text",
    ["te transferí el sábado", "la seña la pagué el lunes", "hice la transferencia recién",
     "ya está abonado"],
)  # fmt: skip
async def test_a_payment_reported_in_other_words_is_checked_not_explained(guest, text):
    code = await _waiting(guest)
    answer = text_of(await guest.say(text))
    assert code in answer and "Todavía no me llegó" in answer
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_hold_that_is_gone_is_said_before_answering_anything(guest, db):
    code = await _waiting(guest)
    await holds.cancel_reservation(db, code, "owner cancelled", "owner")
    answer = text_of(await guest.say("hola ya pague"))
    assert "ya no está vigente" in answer and "Si llegaste a pagar" in answer
    assert "sigue guardada" not in answer
    assert await guest.state() == State.IDLE


@pytest.mark.parametrize("text", ["felices fiestas!! 🎄", "feliz navidad", "buen finde!"])
async def test_a_wish_is_wished_back(guest, text):
    answer = text_of(await guest.say(text))
    assert "Igualmente, Lucía" in answer
    assert "Chau" not in answer and "no te entendí" not in answer
    await _waiting(guest)
    assert "Igualmente" in text_of(await guest.say(text))
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_goodbyes_are_answered_as_goodbyes(guest):
    bye = text_of(await guest.say("chau"))
    assert "Chau, Lucía" in bye and "no te entendí" not in bye
    await _waiting(guest)
    bye = text_of(await guest.say("nos vemos"))
    assert "Chau" in bye and "http" not in bye
    assert await guest.state() == State.AWAIT_PAYMENT


# ---------------------------------------------------------------- found by a second probe
# Cancelling, questions from the cabins' data, the guest's own reservations, odd messages.


async def _paid(guest: Guest, db, days_ahead: int = 40, row: int = 0) -> str:
    start, end = quiet_stay(days_ahead=days_ahead)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[row].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    code = (await guest.session()).ctx.hold
    held = await holds.get_reservation(db, code)
    await holds.confirm_deposit(db, code, "pay-probe", held.deposit_cents)
    return code


async def _status(db, code: str) -> str:
    return await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)


@pytest.mark.parametrize(
    "words", ["no la canceles", "no, no quiero cancelar", "pensándolo bien la dejo", "mantenela"]
)
async def test_a_no_to_the_cancel_question_keeps_the_reservation(guest, db, words):
    code = await _waiting(guest)
    await guest.say("quiero cancelar mi reserva")
    kept = text_of(await guest.say(words))
    assert "sigue en pie" in kept
    assert await _status(db, code) == "pre_reserved"
    # Round 22: kept unpaid, it is back at the payment step (it was idle).
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_not_wanting_to_cancel_starts_no_cancellation(guest):
    await _waiting(guest)
    answer = text_of(await guest.say("no quiero cancelar nada, solo preguntar"))
    assert "no cancelo nada" in answer and "Seguro" not in answer
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_the_code_in_the_cancel_message_is_the_one_asked_about(guest):
    first = await _waiting(guest)
    second = await _waiting_other(guest)
    asked = text_of(await guest.say(f"cancelá la {first.lower()}"))
    assert await guest.state() == State.CONFIRM_CANCEL
    assert first in asked and second not in asked


async def _waiting_other(guest: Guest) -> str:
    start, end = quiet_stay(days_ahead=130)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[1].id)  # Cabaña Cerro Chapelco
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    return (await guest.session()).ctx.hold


async def test_a_code_that_is_not_theirs_is_said_before_showing_theirs(guest):
    nothing = text_of(await guest.say("cancelá la CAB-7KQ2"))
    assert "No encontré la reserva *CAB-7KQ2*" in nothing
    code = await _waiting(guest)
    one = text_of(await guest.say("quiero cancelar la reserva CAB-ZZZZ"))
    assert "No encontré la reserva *CAB-ZZZZ*" in one and code in one
    assert await guest.state() == State.CONFIRM_CANCEL


async def test_a_reservation_to_cancel_named_by_its_cabin(guest):
    await _waiting(guest)  # Cabaña Lago Lácar
    chapelco = await _waiting_other(guest)
    await guest.say("necesito cancelar una reserva")
    assert await guest.state() == State.CHOOSE_CANCEL
    asked = text_of(await guest.say("la de chapelco"))
    assert await guest.state() == State.CONFIRM_CANCEL
    assert chapelco in asked


async def test_asking_again_while_cancelling_uses_other_words(guest):
    await _waiting(guest)
    await _waiting_other(guest)
    first = only(await guest.say("cancelar reserva"), ListMessage).body
    again = only(await guest.say("dale"), ListMessage).body
    assert again != first and "número" in again
    first = text_of(await guest.say("1"))
    second = text_of(await guest.say("mmm"))
    assert second != first and await guest.state() == State.CONFIRM_CANCEL


async def test_questions_while_cancelling_are_answered(guest, db):
    await _waiting(guest)
    await guest.say("quiero cancelar")
    wifi = await guest.say("tienen wifi?")
    assert "wifi" in text_of(wifi) and isinstance(wifi[-1], Buttons)
    assert await guest.state() == State.CONFIRM_CANCEL
    refund = text_of(await guest.say("me devuelven la seña?"))
    assert "no tiene costo" in refund


async def test_cancelling_a_paid_stay_says_what_happens_with_the_deposit(guest, db):
    code = await _paid(guest, db)
    deposit = (await holds.get_reservation(db, code)).deposit_cents
    await guest.say("hola, quiero cancelar mi reserva")
    refund = text_of(await guest.say("me devuelven la seña?"))
    assert R.money(deposit) in refund and "devolución" in refund
    done = text_of(await guest.say("si, cancelala"))
    assert await _status(db, code) == "cancelled"
    assert "devolución" in done and R.money(deposit) in done


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cuál es la estadía mínima?", "mínima"),
        ("mínimo de noches?", "2 noches"),
        ("tienen calefacción?", "hogar a leña"),
        ("hay tele?", "smart TV"),
        ("tiene aire acondicionado?", "no figura aire acondicionado"),
        ("dónde estaciono?", "estacionamiento"),
        ("aceptan efectivo?", "en efectivo"),
        ("aceptan transferencia?", "por transferencia"),
        ("cuándo se paga el resto?", "al llegar"),
    ],
)
async def test_questions_get_the_fact_they_ask_for(guest, question, expected):
    answer = text_of(await guest.say(question))
    assert expected in answer
    assert "Estas son nuestras cabañas" not in answer and "Incluye:" not in answer


async def test_a_refund_question_is_not_answered_with_how_to_pay(guest):
    answer = text_of(await guest.say("si cancelo me devuelven la seña?"))
    assert "devolución" in answer and "Para reservar se paga" not in answer


async def test_a_guest_asks_about_their_confirmed_stay(guest, db):
    code = await _paid(guest, db)
    await guest.forget()
    for question in ("hola, quería saber si mi reserva está confirmada", "cual era mi código?"):
        answer = text_of(await guest.say(question))
        assert code in answer and "confirmada" in answer
    balance = text_of(await guest.say("cuánto me queda por pagar?"))
    assert "$ 136.500" in balance  # 195.000 total − 58.500 of deposit
    assert await guest.state() == State.IDLE


async def test_a_guest_whose_conversation_expired_gets_their_link_back(guest):
    code = await _waiting(guest)
    await guest.forget()
    answer = text_of(await guest.say("me pasás de nuevo el link de pago?"))
    assert code in answer and "http" in answer
    assert await guest.state() == State.AWAIT_PAYMENT
    assert (await guest.session()).ctx.hold == code


async def test_asking_for_the_link_while_it_is_pending_sends_the_link(guest):
    await _waiting(guest)
    answer = text_of(await guest.say("me pasás de nuevo el link de pago?"))
    assert "http" in answer and "Para reservar se paga" not in answer
    trouble = text_of(await guest.say("no me anda el link"))
    assert "http" in trouble and "hablar con una persona" in trouble


@pytest.mark.parametrize("emojis", ["😊😊", "🙏", "❤️", "😂"])
async def test_only_emojis_are_not_a_misunderstanding(guest, emojis):
    for _ in range(2):
        answer = text_of(await guest.say(emojis))
        assert "no te entend" not in answer
    assert (await guest.session()).ctx.misses == 0


async def test_a_wave_is_a_hello_and_a_question_mark_asks_what_we_do(guest):
    assert "Lucía" in text_of(await guest.say("👋"))
    asked = text_of(await guest.say("?"))
    assert "no te entend" not in asked and "Contame" in asked


async def test_the_price_with_a_list_on_screen_is_of_the_listed_cabins(guest):
    await _listed(guest, people=4)  # Cerro Chapelco, Bosque de Quila
    answer = text_of(await guest.say("cuánto sale?"))
    assert "$ 285.000" in answer and "$ 420.000" in answer and "Lago Lácar" not in answer
    cheapest = text_of(await guest.say("cuánto sale la más barata?"))
    assert "Cerro Chapelco" in cheapest and "Lago Lácar" not in cheapest
    assert await guest.state() == State.CHOOSE_CABIN


async def test_the_price_of_a_named_cabin_for_dates_is_said_first(guest):
    start, end = quiet_stay()
    answer = await guest.say(f"cuánto sale la de chapelco del {ddmm(start)} al {ddmm(end)} para 2?")
    assert "Cabaña Cerro Chapelco*: $ 285.000 en total" in text_of(answer[:1])
    assert isinstance(answer[-1], ListMessage)


async def test_back_from_a_person_a_hello_is_greeted_once(app, guest):
    await guest.say("quiero hablar con alguien")
    assert await guest.state() == State.HANDOFF
    assert await guest.say("hola?") == []
    await handoff.end(app[REDIS], GuestKey(app[SETTINGS].whatsapp_phone_number_id, GUEST))
    back = text_of(await guest.say("hola"))
    assert "Volví" in back and "¡Hola" not in back


@pytest.mark.parametrize(
    "text",
    ["puedo pagar todo ahora?", "quiero pagar el total de una", "puedo pagar la mitad ahora?"],
)
async def test_paying_all_now_is_answered_not_just_the_deposit_terms(guest, text):
    answer = text_of(await guest.say(text))
    assert "el resto al llegar" in answer and "hablar con una persona" in answer
