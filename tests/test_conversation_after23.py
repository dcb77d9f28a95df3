"""Session 23, after a cabin is chosen: the summary, a hold waiting for its deposit, a paid
stay and cancelling, written as guests write on WhatsApp (no accents, typos, emojis, several
sentences in one message). The replies that held a cabin refused, ignored a hold let go, or
told a bank transfer to wait for Mercado Pago.

Decided:
- A refusal told in more than one breath ("nah dejalo, no la quiero", "mejor no, la dejo",
  "dejala, no la vamos a tomar") is a "no", and "no la quiero" is never "la quiero": the
  summary is dropped, nothing held.
- A waiting hold let go in words ("bajala", "soltala", "liberala", "no la voy a pagar",
  "no voy a pagar, dejala") is a cancel: "¿seguro?" about that hold, as "cancelala" is.
- A deposit said sent by bank transfer ("ya transferi", "te hice la transferencia") is not
  waited for from Mercado Pago: the link's payment is confirmed by itself, a transfer to an
  account the bot cannot see, so a person is offered to check it; the hold stays.
- A paid stay moved ("se puede mover la reserva a otro finde?", "pasar la reserva para
  marzo") is a change of that stay, answered as "quiero cambiar las fechas" is (a person
  sees it, with a button), never a silent handoff; the deposit kept for other dates ("que
  me guarden la seña para otra fecha") is that change too, no "¿seguro que cancelás?".
- "Cerramos" / "cerrala" on the summary closes the deal: a yes.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. A quiet stay for 2 holds the Lago Lácar.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.handlers_words import CONFIRM_RE
from bot.nlu import parse_fresh
from bot.states import State
from tests.conversation_support import (
    button_ids,
    handed_off,
    hold_quiet_stay,
    paid_quiet_stay,
    quiet_stay,
    summed_up,
    text_of,
)

TODAY = dt.date(2027, 3, 5)

# ------------------------------------------------------------------------- on the summary

REFUSALS = [
    "nah dejalo, no la quiero",
    "no la quiero mas",
    "dejala, no la vamos a tomar",
    "naa no gracias, no la voy a tomar",
    "mejor no, la dejo",
    "nah olvidate, ya fue 😅",
    "no no dejala, no nos convence",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_in_two_breaths_is_a_no(text):
    said = parse_fresh(text, TODAY)
    assert said.deny and not said.affirm, said


@pytest.mark.parametrize("text", ["no la quiero", "nah no la quiero mas", "ya no la queremos"])
def test_a_want_said_with_no_is_no_confirmation(text):
    assert CONFIRM_RE.search(parse_fresh(text, TODAY).text) is None


@pytest.mark.parametrize("text", REFUSALS)
async def test_a_refusal_on_the_summary_holds_nothing(guest, text):
    # "nah dejalo, no la quiero" held the cabin and sent the link: "la quiero" was a yes.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Te guardé" not in said, said
    assert await guest.state() == State.IDLE and (await guest.session()).ctx.hold is None


@pytest.mark.parametrize("text", ["va, cerramos asi", "cerramos!", "cerrala nomas 👍"])
async def test_closing_the_deal_on_the_summary_holds_it(guest, text):
    # "va, cerramos asi" got the summary again, as if nothing was said.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Te guardé" in said and await guest.state() == State.AWAIT_PAYMENT, said


@pytest.mark.parametrize(
    "text", ["ok perfecto. como sigue?", "y ahora que sigue?", "cual es el proximo paso? 🙂"]
)
async def test_what_comes_next_on_the_summary_says_what_its_buttons_do(guest, text):
    # "ok perfecto. ¿cómo sigue?" got "Mmm, eso no lo tengo en mi info".
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "*Confirmar*: te guardo" in said and "no lo tengo" not in said, said
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize(
    "text",
    [
        "y si en vez del lunes entramos el martes?",
        "en lugar del lunes llegamos el martes",
        "mejor el martes en vez del lunes",
    ],
)
def test_a_weekday_replaced_is_no_end_of_the_stay(text):
    # Monday 1 March 2027 to Tuesday: one night, the day taken back read as the arrival.
    said = parse_fresh(text, dt.date(2027, 2, 24))
    assert said.check_in == dt.date(2027, 3, 2) and said.check_out is None, said


async def test_arriving_a_weekday_later_on_the_summary_keeps_the_departure(guest):
    # "del lun al mar (1 noche)": refused as too short, and the list of other dates. Now the
    # stay searched is the one "en vez del 1 entramos el 2" gives: Tuesday to the departure.
    start, end = quiet_stay()
    await summed_up(guest)
    said = text_of(await guest.say("y si en vez del lunes entramos el martes?"))
    later = start + dt.timedelta(days=1)
    assert f"{later:%d/%m} al" in said and f"{end:%d/%m} (2 noches)" in said, said
    assert "1 noche" not in said


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("bueno, la tomo. a nombre de carlos gomez", "Carlos Gomez"),
        ("dale reservala a nombre de marta perez porfa", "Marta Perez"),
        ("confirmo! a nombre de Jorge López 👍", "Jorge López"),
    ],
)
async def test_a_yes_then_whose_name_holds_it_under_that_name(guest, text, holder):
    # "Bueno, la tomo. A nombre de Carlos Gómez": the name noted, then "tocá Confirmar".
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert holder in said and "Te guardé" in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------- a hold waiting for its deposit


@pytest.mark.parametrize(
    "text",
    [
        "no voy a pagar, dejala",
        "mejor no, bajala",
        "soltala nomas, no la vamos a usar",
        "liberala porfa",
        "no la voy a pagar, borrala",
    ],
)
async def test_a_hold_let_go_in_words_asks_to_cancel_it(guest, text):
    # "mejor no, bajala" got the hold and its link again; "no voy a pagar" how to pay.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_CANCEL, said
    assert "Seguro que querés cancelar" in said and code in said


@pytest.mark.parametrize(
    "text",
    [
        "listo ya transferi",
        "ya te hice la transferencia 👍",
        "te transferi la seña recien",
        "deposite en la cuenta, fijate",
    ],
)
async def test_a_bank_transfer_said_is_not_waited_for_from_mercado_pago(guest, text):
    # "Todavía no me llegó… Mercado Pago tarda unos minutos": a transfer never arrives there.
    code = await hold_quiet_stay(guest)
    answer = await guest.say(text)
    said = text_of(answer)
    assert "transferencia" in said and "no me llega" in said and code in said, said
    assert R.MENU_HUMAN in button_ids(answer)
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_paid_through_the_link_still_waits_for_mercado_pago(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("ya pague con el link 👌"))
    assert "Mercado Pago tarda" in said and "no me llega" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "perdon, puedo pagar con la cuenta de mi marido?",
        "se puede pagar desde el mercado pago de mi hermana?",
        "la seña la pago con la cuenta de mi viejo, hay problema?",
    ],
)
async def test_someone_elses_account_pays_like_their_card(guest, text):
    # "¿Puedo pagar con la cuenta de mi marido?" got "Entrá al link y pagá…", the question
    # unanswered; "la tarjeta de mi marido" already got "Sí, se puede".
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Sí, se puede" in said and "a tu nombre" in said, said


# ---------------------------------------------------------------------------- a paid stay


@pytest.mark.parametrize(
    "text",
    [
        "se puede mover la reserva a otro finde?",
        "podemos pasar la reserva para marzo?",
        "quiero correr la reserva una semana",
        "se puede trasladar la reserva a otra fecha?",
    ],
)
async def test_moving_a_paid_stay_is_a_change(guest, db, text):
    # "¿se puede mover la reserva a otro finde?" handed the chat over in silence.
    code = await paid_quiet_stay(guest, db)
    answer = await guest.say(text)
    said = text_of(answer)
    assert not await handed_off(guest.app), said
    assert code in said and "Los cambios" in said and R.MENU_HUMAN in button_ids(answer)


@pytest.mark.parametrize(
    "text",
    [
        "puedo cancelar y que me guarden la seña para otra fecha?",
        "si cancelo me queda la seña a favor para otra fecha?",
        "no podemos ir ese finde, se puede usar la seña para otra fecha?",
    ],
)
async def test_the_deposit_kept_for_other_dates_is_a_change_not_a_cancel(guest, db, text):
    # "¿Seguro que querés cancelar…?": the guest asked to keep the money for another stay.
    code = await paid_quiet_stay(guest, db)
    answer = await guest.say(text)
    said = text_of(answer)
    assert await guest.state() != State.CONFIRM_CANCEL, said
    assert code in said and "Los cambios" in said and R.MENU_HUMAN in button_ids(answer)


@pytest.mark.parametrize(
    "text",
    [
        "cuanto me queda por pagar despues?",
        "y cuanto falta pagar despues?",
        "cuanto es lo que me queda por pagar despues? 🤔",
    ],
)
async def test_what_is_left_to_pay_later_is_the_rest_not_the_hold_time(guest, text):
    # "¿Cuánto me queda por pagar después?" got how long the hold lasts ("quedan 29 minutos").
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "$ 136.500" in said and "quedan" not in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------------------ cancelling


@pytest.mark.parametrize(
    "text", ["no la quiero mas", "ya no la necesitamos", "no la vamos a usar, perdon 😔"]
)
async def test_the_reservation_not_wanted_at_are_you_sure_cancels_it(guest, db, text):
    # "¿Seguro que querés cancelar?" — "no la quiero más": "¡Perfecto! Tu reserva sigue en
    # pie", the "no" read as "No, mantener".
    code = await paid_quiet_stay(guest, db)
    await guest.say("quiero dar de baja la reserva")
    said = text_of(await guest.say(text))
    assert f"cancelé la reserva *{code}*" in said and "sigue en pie" not in said, said
    assert await guest.state() == State.IDLE


@pytest.mark.parametrize("text", ["no, la quiero", "no la quiero cancelar", "no no, dejala"])
async def test_a_no_to_are_you_sure_still_keeps_it(guest, db, text):
    code = await paid_quiet_stay(guest, db)
    await guest.say("quiero dar de baja la reserva")
    said = text_of(await guest.say(text))
    assert "sigue en pie" in said and code in said, said
