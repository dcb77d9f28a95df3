"""Session 21, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import DB
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
    text_of,
    today,
)

# ------------------------------- "la primer semana" of the month the bot asked about


def _first_of_next(month: int) -> dt.date:
    now = today()
    return dt.date(now.year + (month < now.month), month, 1)


@pytest.mark.parametrize(
    ("said", "arrival_day", "nights"),
    [
        ("la primer semana", 1, 7),  # "primer" before a feminine noun: how many write it
        ("la primer quincena", 1, 15),
        ("la primera semana 🙂", 1, 7),
        ("la tercer semana", 15, 7),
        ("la ultima semana", 25, 7),
    ],
)
async def test_a_week_of_the_month_asked_about_is_read_in_either_gender(
    guest: Guest, said: str, arrival_day: int, nights: int
):
    await guest.say("hola, tenes cabañas libres en enero?")
    assert await guest.state() == State.ASK_DATES
    await guest.say(said)
    ctx = (await guest.session()).ctx
    assert ctx.check_in is not None and ctx.check_in.month == 1, text_of(guest.heard)
    assert ctx.check_in.year == _first_of_next(1).year
    assert ctx.check_in.day == arrival_day
    assert ctx.check_out is not None and (ctx.check_out - ctx.check_in).days == nights


# ------------------------------- "no perdón, una noche más": the change before taken back


@pytest.mark.parametrize(
    ("first", "second", "nights"),
    [
        ("mejor 3 noches mas", "no perdon, 1 noche mas", 4),
        ("agregale 2 noches", "no no, me equivoque: una noche mas", 4),
        ("2 noches mas", "perdón quise decir una noche menos 🙈", 2),
        ("una noche menos", "disculpa, 2 noches mas", 5),
    ],
)
async def test_a_change_taken_back_applies_to_the_stay_before_it(
    guest: Guest, first: str, second: str, nights: int
):
    check_in, check_out = quiet_stay(days_ahead=45, nights=3)
    await guest.say(f"del {ddmm(check_in)} al {ddmm(check_out)} para 2")
    await guest.say(first)
    await guest.say(second)
    ctx = (await guest.session()).ctx
    assert ctx.check_in == check_in, text_of(guest.heard)
    assert ctx.check_out == check_in + dt.timedelta(days=nights), text_of(guest.heard)


async def test_a_second_change_without_taking_back_adds_up(guest: Guest):
    check_in, check_out = quiet_stay(days_ahead=45, nights=3)
    await guest.say(f"del {ddmm(check_in)} al {ddmm(check_out)} para 2")
    await guest.say("una noche mas")
    await guest.say("y otra noche mas")
    ctx = (await guest.session()).ctx
    assert ctx.check_out == check_in + dt.timedelta(days=5), text_of(guest.heard)


# ---------------- a goodbye under an answer that offered a person is no yes to that person


@pytest.mark.parametrize(
    "goodbye",
    ["buenisimo, nos vemos!", "genial gracias, nos vemos", "dale chau", "joya, hasta luego 👋"],
)
async def test_a_goodbye_after_a_late_arrival_answer_is_no_handoff(guest: Guest, goodbye: str):
    # A paid guest asks about arriving at 23: the answer offers "Hablar con alguien" to
    # coordinate the keys. "Buenísimo, nos vemos!" handed the chat to the owner.
    await paid_quiet_stay(guest, guest.app[DB])
    said = await guest.say("y si llegamos a las 23?")
    assert R.MENU_HUMAN in button_ids(said)
    bye = text_of(await guest.say(goodbye))
    assert not await handed_off(guest.app, guest.wa_id), bye
    assert await guest.state() != State.HANDOFF


async def test_a_yes_to_that_offer_still_hands_off(guest: Guest):
    await paid_quiet_stay(guest, guest.app[DB])
    await guest.say("y si llegamos a las 23?")
    await guest.say("si dale")
    assert await handed_off(guest.app, guest.wa_id)


# --------------------------------------------- "después te escribo" with nothing under way


@pytest.mark.parametrize(
    "later",
    [
        "despues te escribo",
        "ahora no puedo hablar, te escribo a la noche",
        "perdon no puedo escribir mucho, estoy manejando",
        "dame un minuto",
        "ya vuelvo 🙏",
    ],
)
async def test_a_guest_who_will_write_later_is_told_no_hurry_not_a_miss(guest: Guest, later: str):
    await guest.say("hola")
    said = text_of(await guest.say(later))
    assert "sin apuro" in said
    assert "no te entendí" not in said
    assert (await guest.session()).ctx.misses == 0
    assert await guest.state() == State.IDLE


async def test_a_question_asked_with_it_is_still_answered(guest: Guest):
    await guest.say("hola")
    said = text_of(await guest.say("ahora no puedo hablar, pero tienen wifi?"))
    assert "wifi" in said.lower()


# ------------------------------ "¿qué precio tiene la cabaña más grande?": that one only


@pytest.mark.parametrize(
    ("asked", "only"),
    [
        (
            "Hola!!! 😀😀 q precio tiene la cabaña mas grande x semana en febrero??",
            "Bosque de Quila",
        ),
        ("cuanto sale la mas barata?", "Lago Lácar"),
        ("precio de la más chiquita", "Lago Lácar"),
        ("y la grande cuanto sale?", "Bosque de Quila"),
        ("cuánto cuesta la más cara", "Bosque de Quila"),
    ],
)
async def test_a_price_asked_of_a_cabin_by_its_rank_is_that_cabins(
    guest: Guest, asked: str, only: str
):
    said = text_of(await guest.say(asked))
    assert only in said
    others = {"Lago Lácar", "Cerro Chapelco", "Bosque de Quila"} - {only}
    assert not any(name in said for name in others), said


async def test_a_price_asked_of_every_cabin_still_lists_them_all(guest: Guest):
    said = text_of(await guest.say("cuanto sale la noche?"))
    assert all(name in said for name in ("Lago Lácar", "Cerro Chapelco", "Bosque de Quila"))


# ------------- "reservame la del lago del 1 al 4": the cabin said back with the head count


@pytest.mark.parametrize(
    ("asked", "name"),
    [
        ("me podes reservar la del lago {stay}?", "Cabaña Lago Lácar"),
        ("quiero la de quila {stay}", "Cabaña Bosque de Quila"),
        ("hola! la cabaña cerro chapelco esta libre {stay}?", "Cabaña Cerro Chapelco"),
    ],
)
async def test_a_cabin_asked_for_with_its_dates_is_said_back_with_the_head_count(
    guest: Guest, asked: str, name: str
):
    check_in, check_out = quiet_stay(days_ahead=50, nights=3)
    said = text_of(await guest.say(asked.format(stay=f"del {ddmm(check_in)} al {ddmm(check_out)}")))
    assert await guest.state() == State.ASK_GUESTS
    assert name in said and "Cuántas personas" in said
    summary = text_of(await guest.say("somos 2"))
    assert name in summary and await guest.state() == State.CONFIRM_HOLD


# ----------------------------------------- "¿me mandás el comprobante?" once the deposit is paid


@pytest.mark.parametrize(
    "asked",
    [
        "me mandas el comprobante?",
        "me podes pasar el recibo del pago?",
        "necesito un comprobante de la seña 🙏",
        "hola, me dan algun recibo?",
    ],
)
async def test_a_paid_guest_asking_for_the_receipt_is_told_mercado_pago_sent_it(
    guest: Guest, asked: str
):
    code = await paid_quiet_stay(guest, guest.app[DB])
    said = text_of(await guest.say(asked))
    assert "Mercado Pago" in said and "correo" in said and code in said


async def test_sending_one_is_still_not_needed(guest: Guest):
    await paid_quiet_stay(guest, guest.app[DB])
    said = text_of(await guest.say("te mando el comprobante?"))
    assert "correo" not in said


# ------------------------------------------------------- an email address given unasked


@pytest.mark.parametrize(
    "given",
    ["mi mail es lucia@gmail.com por si necesitan", "te dejo mi correo: juan.perez@hotmail.com"],
)
async def test_an_email_given_unasked_is_thanked_not_a_miss(guest: Guest, given: str):
    await guest.say("hola")
    said = text_of(await guest.say(given))
    assert "no hace falta" in said and "no te entendí" not in said


async def test_an_email_given_under_the_list_keeps_the_list_pending(guest: Guest):
    check_in, check_out = quiet_stay(days_ahead=50, nights=3)
    await guest.say(f"del {ddmm(check_in)} al {ddmm(check_out)} para 2")
    said = text_of(await guest.say("te dejo mi correo: juanperez@hotmail.com"))
    assert "no hace falta" in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_an_email_with_a_stay_is_the_stay(guest: Guest):
    check_in, check_out = quiet_stay(days_ahead=50, nights=3)
    await guest.say(f"hola, del {ddmm(check_in)} al {ddmm(check_out)} para 2, mi mail es a@b.com")
    assert await guest.state() == State.CHOOSE_CABIN


# ----------------------------- "ahí te mandé la captura" while the hold waits: a payment told


@pytest.mark.parametrize("told", ["listo, ahi te mande la captura", "les envie el recibo 👍"])
async def test_a_receipt_said_sent_is_a_payment_told(guest: Guest, told: str):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(told))
    assert "Todavía no me llegó la confirmación" in said and code in said
