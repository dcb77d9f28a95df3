"""Round 4 of QA chats: a cabin named with the dates, going back a step, a second
hold while the first waits, and small dead ends.

Each test is one short chat through the real engine (real PostgreSQL and Redis,
demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6).
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.handlers_summary import summary_of
from bot.messages import ListMessage
from bot.states import State
from tests.conversation_support import Guest, ddmm, quiet_stay, rows, text_of


def _stay(days_ahead: int = 40) -> str:
    start, end = quiet_stay(days_ahead=days_ahead)
    return f"del {ddmm(start)} al {ddmm(end)}"


async def _summary(guest: Guest, people: int = 2, row: int = 0) -> list:
    offer = await guest.say(f"{_stay()} para {people}")
    await guest.tap(rows(offer)[row].id, rows(offer)[row].title)
    assert await guest.state() == State.CONFIRM_HOLD
    return offer


async def _hold(guest: Guest, days_ahead: int = 40) -> str:
    offer = await guest.say(f"{_stay(days_ahead)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.tap(f"{R.HOLD_CONFIRM}:{summary_of((await guest.session()).ctx)}", "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


# ------------------------------------------------------------------ 1. a cabin named with the dates


@pytest.mark.parametrize(
    ("text", "cabin"),
    [
        ("quiero la de 4 {stay} para 4", "Cabaña Cerro Chapelco"),
        ("{stay} para 2, la de lago lacar", "Cabaña Lago Lácar"),
        ("hola! tienen la de chapelco {stay}? somos 3", "Cabaña Cerro Chapelco"),
    ],
)
async def test_a_cabin_named_with_the_dates_goes_straight_to_its_summary(guest, db, text, cabin):
    summary = await guest.say(text.format(stay=_stay()))
    assert await guest.state() == State.CONFIRM_HOLD
    assert cabin in text_of(summary) and "Te resumo" in text_of(summary)
    assert not any(isinstance(r, ListMessage) for r in summary)
    assert [b.title for b in summary[-1].buttons] == ["Confirmar", "Cambiar fechas", "Cancelar"]
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0
    held = await guest.say("si")  # a yes to the summary, not "elegí una de la lista"
    assert await guest.state() == State.AWAIT_PAYMENT
    assert "código de reserva" in text_of(held)


async def test_a_cabin_named_for_the_long_weekend_goes_to_its_summary(guest):
    summary = await guest.say("quiero reservar la de 4 para el finde largo, somos 4")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Cabaña Cerro Chapelco" in text_of(summary)


async def test_a_cabin_named_too_small_says_so_and_lists_what_fits(guest):
    answer = await guest.say(f"la de lago lacar {_stay()} para 4")
    assert await guest.state() == State.CHOOSE_CABIN
    said = text_of(answer)
    assert "Lago Lácar* es para hasta 2 personas" in said
    assert [r.title for r in rows(answer)] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]


async def test_a_cabin_named_but_taken_says_so_and_lists_what_is_free(app, guest):
    await _hold(Guest(app, wa_id="5492944222222", name="Otra"))  # takes Lago Lácar
    answer = await guest.say(f"{_stay()} para 2, la de lago lacar")
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Lago Lácar* no está libre" in text_of(answer)
    assert [r.title for r in rows(answer)] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]


async def test_a_cabin_named_before_the_head_count_is_summed_up_once_it_comes(guest):
    asked = await guest.say(f"quiero la de chapelco {_stay()}")
    assert await guest.state() == State.ASK_GUESTS
    assert "Cuántas personas" in text_of(asked)
    summary = await guest.say("somos 4")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Cabaña Cerro Chapelco" in text_of(summary)


# ------------------------------------------------------------------ 2. one step back


@pytest.mark.parametrize("text", ["volver", "atrás", "atras, quiero ver la lista de nuevo"])
async def test_going_back_from_the_summary_shows_the_same_list(guest, db, text):
    offer = await _summary(guest)
    before = (await guest.session()).ctx
    back = await guest.say(text)
    assert await guest.state() == State.CHOOSE_CABIN
    assert [r.id for r in rows(back)] == [r.id for r in rows(offer)]
    after = (await guest.session()).ctx
    assert (after.check_in, after.check_out, after.guests) == (
        before.check_in, before.check_out, before.guests,
    )  # fmt: skip
    summary = await guest.say("la primera")
    assert await guest.state() == State.CONFIRM_HOLD
    assert rows(offer)[0].title in text_of(summary)
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


@pytest.mark.parametrize("text", ["volver", "atrás", "para atras"])
async def test_going_back_from_the_list_asks_the_dates_again_keeping_the_guests(guest, text):
    await guest.say(f"{_stay()} para 4")
    asked = await guest.say(text)
    assert await guest.state() == State.ASK_DATES
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.guests) == (None, 4)
    assert "menú" not in text_of(asked).lower() and "fechas" in text_of(asked)
    offer = await guest.say(_stay(days_ahead=130))
    assert await guest.state() == State.CHOOSE_CABIN
    assert [r.title for r in rows(offer)] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]


@pytest.mark.parametrize("text", ["menu", "inicio"])
async def test_the_menu_words_still_open_the_menu_from_the_summary(guest, text):
    await _summary(guest)
    shown = await guest.say(text)
    assert await guest.state() == State.IDLE
    assert isinstance(shown[-1], ListMessage)
    assert R.MENU_AVAILABILITY in [r.id for r in shown[-1].rows]


# ------------------------------------------------------------------ 3. other dates with a hold


async def test_new_dates_with_a_live_hold_say_the_hold_stays(guest):
    code = await _hold(guest)
    start, end = quiet_stay(days_ahead=130)
    answer = await guest.say(f"y si en vez de eso vamos del {ddmm(start)} al {ddmm(end)}?")
    assert await guest.state() == State.CHOOSE_CABIN
    said = text_of(answer)
    assert code in said and "sigue guardada hasta las" in said
    assert rows(answer)  # and the list for the new dates


async def test_a_second_hold_says_the_first_is_still_held_and_both_are_listed(guest, db):
    first = await _hold(guest)
    start, end = quiet_stay(days_ahead=130)
    offer = await guest.say(f"y si en vez de eso vamos del {ddmm(start)} al {ddmm(end)}?")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    held = await guest.tap(
        f"{R.HOLD_CONFIRM}:{summary_of((await guest.session()).ctx)}", "Confirmar"
    )
    second = (await guest.session()).ctx.hold
    assert second != first
    said = text_of(held)
    assert second in said and first in said  # both holds, in the same answer
    assert await db.fetchval(
        "SELECT count(*) FROM reservations WHERE reservation_status = 'pre_reserved'"
    ) == 2  # fmt: skip
    mine = text_of(await guest.say("cuales son mis reservas?"))
    assert first in mine and second in mine


async def test_my_reservations_after_paying_lists_them_not_a_new_search(guest, db):
    code = await _hold(guest)
    await db.execute(
        "UPDATE reservations SET reservation_status = 'confirmed' WHERE code = $1", code
    )
    await guest.say("gracias!")
    mine = await guest.say("cuales son mis reservas?")
    assert code in text_of(mine)
    assert await guest.state() != State.ASK_DATES


# ------------------------------------------------------------------ 4. small dead ends


@pytest.mark.parametrize("text", ["nada, solo miraba", "no nada, estaba mirando nomas"])
async def test_just_looking_gets_a_friendly_bye_without_the_menu(guest, text):
    await guest.say("hola")
    answer = await guest.say(text)
    said = text_of(answer)
    assert "Dale" in said and "no te entendí" not in said
    assert not any(isinstance(r, ListMessage) for r in answer)
    assert await guest.state() == State.IDLE


async def test_ok_and_a_thumbs_up_at_idle_get_a_short_ack_not_the_menu(guest):
    await guest.say("hola")
    for text in ("ok", "👍", "gracias", "👍", "ok"):
        answer = await guest.say(text)
        assert answer and not any(isinstance(r, ListMessage) for r in answer), text
        assert "no te entendí" not in text_of(answer)
    assert await guest.state() == State.IDLE


async def test_yes_at_idle_still_offers_the_menu(guest):
    await guest.say("hola")
    answer = await guest.say("si")
    assert isinstance(answer[-1], ListMessage)


async def test_the_total_asked_on_the_summary_is_one_line_and_a_nudge(guest):
    await _summary(guest)
    answer = await guest.say("cuanto sale en total?")
    assert await guest.state() == State.CONFIRM_HOLD
    said = text_of(answer)
    assert "Te resumo" not in said and "👥" not in said  # not the whole summary again
    assert len(answer) == 1 and "\n" not in answer[0].body
    assert "$ 195.000" in said and "$ 58.500" in said
    assert [b.title for b in answer[0].buttons] == ["Confirmar", "Cambiar fechas", "Cancelar"]
    await guest.tap(answer[0].buttons[0].id, "Confirmar")  # its Confirmar holds that stay
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_help_on_the_summary_keeps_it_pending(guest, db):
    await _summary(guest)
    before = (await guest.session()).ctx
    answer = await guest.say("ayuda")
    assert await guest.state() == State.CONFIRM_HOLD
    said = text_of(answer)
    assert "*Confirmar*" in said and "*Cambiar fechas*" in said and "*Cancelar*" in said
    assert summary_of((await guest.session()).ctx) == summary_of(before)
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0
    await guest.say("dale, confirmo")
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["ver cabañas", "Ver cabañas", "mostrame la lista de nuevo"])
async def test_typing_the_list_button_sends_the_list_again(guest, text):
    offer = await guest.say(f"{_stay()} para 2")
    again = await guest.say(text)
    assert await guest.state() == State.CHOOSE_CABIN
    assert [r.id for r in rows(again)] == [r.id for r in rows(offer)]
    assert "tocando *Ver cabañas*" not in text_of(again)


@pytest.mark.parametrize("text", ["no no, quiero mantenerla", "No, mantener"])
async def test_keeping_an_unpaid_hold_reminds_the_link_and_the_deadline(guest, db, text):
    code = await _hold(guest)
    await guest.say("cancelar")
    assert await guest.state() == State.CONFIRM_CANCEL
    if text == "No, mantener":
        kept = await guest.tap(f"{R.CANCEL_NO}:{code}", text)
    else:
        kept = await guest.say(text)
    said = text_of(kept)
    assert f"{code}* sigue en pie" in said
    assert f"/demo/checkout/{code}" in said and "hasta las" in said
    status = await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)
    assert status == "pre_reserved"


async def test_help_from_the_list_still_shows_how_it_works_and_the_menu(guest):
    await guest.say(f"{_stay()} para 2")
    shown = await guest.say("ayuda")
    assert await guest.state() == State.IDLE
    assert "cómo funciona" in text_of(shown)
    assert R.MENU_AVAILABILITY in [r.id for r in shown[-1].rows]


@pytest.mark.parametrize(
    "text", ["me repetis?", "no me llegó la lista", "me la mandás de nuevo?", "no veo las opciones"]
)
async def test_asking_to_repeat_at_the_list_sends_it_again(guest, text):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert await guest.state() == State.CHOOSE_CABIN
    again = await guest.say(text)
    assert [r.id for r in rows(again)] == [r.id for r in rows(offer)]
    assert await guest.state() == State.CHOOSE_CABIN
