"""Round 5 of QA chats: a lapsed hold booked again, the party changing mid-search, and
questions a guest with a paid stay asks about arriving and paying.

Each test is a short chat through the real engine (real PostgreSQL and Redis, demo
cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6).
"""

from __future__ import annotations

import pytest

from appkeys import DB, SETTINGS
from booking import holds
from booking.models import BookingRules, Stay
from booking.models import Guest as BookingGuest
from bot import replies as R
from bot.messages import Buttons
from bot.states import State
from tests.conversation_support import (
    button_ids,
    ddmm,
    lapse,
    owner_app,
    pay_deposit,
    quiet_stay,
    rows,
    text_of,
)

LAGO, CHAPELCO, QUILA = "Lago Lácar", "Cerro Chapelco", "Bosque de Quila"


@pytest.fixture
async def app(settings, db, graph, aiohttp_client):
    """The app with an owner and a fake Graph API; the tests run the expiry job themselves."""
    client = await owner_app(settings, db, graph, aiohttp_client, job_expire_interval_seconds=3600)
    return client.server.app


def _stay_text(days_ahead: int = 40) -> str:
    start, end = quiet_stay(days_ahead)
    return f"del {ddmm(start)} al {ddmm(end)}"


async def _hold(guest) -> str:
    offer = await guest.say(f"{_stay_text()} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


async def _lapsed(guest, db, *, forgotten: bool = False):
    """A hold whose deposit never came: the expiry job ran and told the guest."""
    code = await _hold(guest)
    await lapse(guest.app, db, code)
    if forgotten:
        await guest.forget()
    return await holds.get_reservation(db, code)


async def _paid_stay(guest, db) -> str:
    """A paid stay, and days later the conversation itself is gone."""
    code = await _hold(guest)
    await pay_deposit(guest, db, code)
    await guest.forget()
    return code


def _summary_of(answer) -> Buttons:
    summary = next((r for r in answer if isinstance(r, Buttons)), None)
    assert summary is not None, text_of(answer)
    assert summary.buttons[0].id.startswith(R.HOLD_CONFIRM + ":"), summary
    return summary


# ------------------------------------------------------------------ 1. a lapsed hold, again


@pytest.mark.parametrize("forgotten", [False, True])
@pytest.mark.parametrize(
    "text", ["si", "si porfa, la misma", "uh se me pasó! la puedo volver a reservar?"]
)
async def test_a_yes_after_the_hold_lapsed_shows_the_same_cabin_again(guest, db, text, forgotten):
    lapsed = await _lapsed(guest, db, forgotten=forgotten)
    answer = await guest.say(text)
    said = text_of(answer)
    summary = _summary_of(answer)
    assert lapsed.cabin_name in summary.body and R.people(2) in summary.body
    assert R.span(lapsed.check_in, lapsed.check_out) in summary.body
    assert "Elegí una" not in said
    assert await guest.state() == State.CONFIRM_HOLD
    held = await guest.tap(summary.buttons[0].id, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    code = (await guest.session()).ctx.hold
    assert code != lapsed.code and code in text_of(held)


@pytest.mark.parametrize("forgotten", [False, True])
async def test_the_expiry_notices_button_shows_the_same_cabin_again(guest, db, graph, forgotten):
    fake, _ = graph
    lapsed = await _lapsed(guest, db, forgotten=forgotten)
    notices = [m for m in fake.sent if m["type"] == "interactive" and lapsed.code in str(m)]
    notice = notices[-1]
    first = notice["interactive"]["action"]["buttons"][0]["reply"]
    answer = await guest.tap(first["id"], first["title"])
    summary = _summary_of(answer)
    assert lapsed.cabin_name in summary.body
    assert R.span(lapsed.check_in, lapsed.check_out) in summary.body
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_lapsed_hold_taken_meanwhile_says_so_and_lists_what_is_free(guest, app, db):
    lapsed = await _lapsed(guest, db)
    rules = BookingRules.from_settings(app[SETTINGS])
    await holds.place_hold(
        app[DB], rules, lapsed.accommodation_id, Stay(lapsed.check_in, lapsed.check_out),
        BookingGuest("Otra", "5492944222222"), 2,
    )  # fmt: skip
    answer = await guest.say("si porfa, la misma")
    said = text_of(answer)
    assert "ocupó" in said or "no está libre" in said
    listed = rows(answer)
    assert listed and all(lapsed.cabin_name != r.title for r in listed)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_plain_yes_long_after_another_booking_is_not_the_lapsed_hold(guest, db):
    await _lapsed(guest, db)
    await guest.say("menu")
    said = text_of(await guest.say("si"))
    assert "Te resumo" not in said  # nothing was asked: no summary out of the blue


# ------------------------------------------------------------------ 2. the party changes


@pytest.mark.parametrize(
    "text", ["viene mi hermano también", "al final somos 3", "somos uno más", "se suma una amiga"]
)
async def test_one_more_person_with_the_list_on_screen_searches_again(guest, text):
    await guest.say(f"{_stay_text()} para 2")
    answer = await guest.say(text)
    said = text_of(answer)
    assert R.people(3) in said
    assert all(LAGO not in r.title for r in rows(answer))
    assert (await guest.session()).ctx.guests == 3
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize("text", ["somos uno menos", "al final una persona menos"])
async def test_one_fewer_person_with_the_list_on_screen_searches_again(guest, text):
    # NLU round 25: "somos uno menos" read a party of one; it is one fewer than we had.
    await guest.say(f"{_stay_text()} para 3")
    answer = await guest.say(text)
    assert R.people(2) in text_of(answer)
    assert (await guest.session()).ctx.guests == 2
    assert await guest.state() == State.CHOOSE_CABIN


async def test_one_more_person_on_the_summary_searches_again(guest):
    offer = await guest.say(f"{_stay_text()} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD
    answer = await guest.say("ah, viene mi mamá también")
    assert R.people(3) in text_of(answer)
    assert all(LAGO not in r.title for r in rows(answer))
    assert await guest.state() == State.CHOOSE_CABIN


async def test_maybe_one_more_person_keeps_the_list_and_says_how_to_search_for_more(guest):
    await guest.say(f"{_stay_text()} para 2")
    answer = await guest.say("ah y capaz viene mi hermano")
    said = text_of(answer)
    assert R.people(2) in said and "somos 3" in said
    assert "Elegí una cabaña" not in said
    assert (await guest.session()).ctx.guests == 2
    assert await guest.state() == State.CHOOSE_CABIN
    again = await guest.say("somos 3")
    assert all(LAGO not in r.title for r in rows(again))


async def test_a_named_cabin_too_small_for_a_baby_too_says_so_and_a_person_decides(guest):
    answer = await guest.say(
        f"{_stay_text()} somos 2 adultos y un bebe… tenes disponible la del lago?"
    )
    said = text_of(answer)
    assert LAGO in said and R.people(2) in said
    assert all(LAGO not in r.title for r in rows(answer))
    answer = await guest.say("el bebe duerme con nosotros")
    said = text_of(answer)
    assert "bebé" in said and LAGO in said
    assert R.MENU_HUMAN in button_ids(answer)
    assert "Elegí una cabaña" not in said
    assert await guest.state() == State.CHOOSE_CABIN
    assert (await guest.session()).ctx.guests == 3


async def test_a_baby_named_before_the_dates_leaves_out_the_cabin_for_2_with_a_line(guest):
    await guest.say("2 adultos y un bebe… tenes disponible la del lago?")
    answer = await guest.say(_stay_text())
    said = text_of(answer)
    assert LAGO in said and R.people(2) in said
    assert all(LAGO not in r.title for r in rows(answer))


async def test_ten_people_in_the_cabins_for_4_and_6_are_both_shown_one_at_a_time(guest):
    await guest.say(f"{_stay_text()} somos 10")
    assert await guest.state() == State.ASK_GUESTS
    answer = await guest.say("y si alquilamos la de 4 y la de 6?")
    said = text_of(answer)
    assert CHAPELCO in said and QUILA in said and "de a una" in said
    assert "¿Cuántas personas" not in said
    summary = _summary_of(answer)
    assert QUILA in summary.body and R.people(6) in summary.body
    assert await guest.state() == State.CONFIRM_HOLD


async def test_ten_people_naming_two_cabins_in_one_message_get_both(guest):
    answer = await guest.say(f"{_stay_text()} somos 10, podemos alquilar la de 4 y la de 6?")
    said = text_of(answer)
    assert CHAPELCO in said and QUILA in said and "de a una" in said
    summary = _summary_of(answer)
    assert QUILA in summary.body and R.people(6) in summary.body


async def test_four_people_asking_between_two_cabins_are_not_split(guest):
    said = text_of(await guest.say(f"{_stay_text()} para 4, la de 4 o la de 6?"))
    assert "de a una" not in said and R.people(4) in said


async def test_ten_people_in_two_cabins_before_the_dates_asks_for_them(guest):
    await guest.say("somos 10")
    answer = await guest.say("y si alquilamos la de 4 y la de 6?")
    said = text_of(answer)
    assert CHAPELCO in said and QUILA in said and "de a una" in said
    assert await guest.state() == State.ASK_DATES
    summary = _summary_of(await guest.say(_stay_text()))
    assert QUILA in summary.body and R.people(6) in summary.body


# ------------------------------------------------------------------ 3. a guest with a paid stay


async def test_what_is_paid_on_arrival_is_the_guests_own_balance(guest, db):
    code = await _paid_stay(guest, db)
    res = await holds.get_reservation(db, code)
    said = text_of(await guest.say("cuanto tengo que pagar cuando llegue?"))
    assert code in said and R.money(res.total_cents - res.deposit_cents) in said


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("y puedo llegar antes, tipo 11?", "14:00"),
        ("puedo hacer el check in temprano? tipo 11", "14:00"),
        ("podemos dejar la cabaña más tarde? tipo 13", "10:00"),
        ("se puede hacer el check out tarde?", "10:00"),
    ],
)
async def test_arriving_early_or_leaving_late_depends_on_the_cabin_and_a_person(
    guest, db, text, hour
):
    await _paid_stay(guest, db)
    answer = await guest.say(text)
    said = text_of(answer)
    assert hour in said and "libre" in said
    assert "no te entendí" not in said.lower()
    assert R.MENU_HUMAN in button_ids(answer)
    assert await guest.state() == State.IDLE
    await guest.tap(R.MENU_HUMAN, "Hablar con alguien")
    assert await guest.state() == State.HANDOFF


async def test_arriving_early_asked_mid_booking_keeps_the_booking_pending(guest):
    await guest.say(f"{_stay_text()} para 2")
    answer = await guest.say("podemos llegar más temprano? tipo 12")
    said = text_of(answer)
    assert "14:00" in said and "12:00" in said
    assert R.MENU_HUMAN in button_ids(answer)
    assert await guest.state() == State.CHOOSE_CABIN
