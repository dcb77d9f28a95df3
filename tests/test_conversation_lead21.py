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
