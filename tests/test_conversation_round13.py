"""Round 13 of QA: guests who type their answer to the bot's own lists and buttons,
returning guests and groups in several cabins, each finding a short chat here.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot import replies
from bot.session import Context, Session, parse_session, session_document
from bot.states import State
from tests.conversation_support import (
    Guest,
    ddmm,
    handed_off,
    hold_quiet_stay,
    paid_quiet_stay,
    pay_deposit,
    quiet_stay,
    rows,
    text_of,
)


async def _summary_of_the_first(guest, party: int = 4) -> None:
    """A quiet stay listed for `party`, and the first cabin's summary on screen."""
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {party}")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)


# ------------------------------------------------------------------ the receipt, asked about


@pytest.mark.parametrize(
    "text",
    ["¿Tengo que mandar comprobante?", "hay que mandar el comprobante", "les mando el recibo?"],
)
async def test_asking_whether_to_send_the_receipt_gets_no_thanks(guest, text):
    # "¡Gracias! 🙌 No puedo abrir imágenes…" to a guest who sent nothing.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Gracias" not in said and "imágenes" not in said
    assert said.startswith("Tranqui, no hace falta") and "Mercado Pago" in said


async def test_a_receipt_announced_is_still_thanked(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("te mando el comprobante"))
    assert said.startswith("¡Gracias!")


# ------------------------------------------------------------------ the menu answered by typing


@pytest.mark.parametrize("text", ["1", "la 1", "opción 1", "el primero", "1️⃣", "consultar"])
async def test_the_first_menu_option_typed_asks_for_dates(guest, text):
    # "Perdón, no te entendí" to a guest typing the number of an option; "el primero" was
    # even read as the 1st of the month.
    await guest.say("hola")
    said = text_of(await guest.say(text))
    assert "¿Para qué fechas querés venir?" in said and "no te entendí" not in said
    assert await guest.state() == State.ASK_DATES
    assert (await guest.session()).ctx.check_in is None


@pytest.mark.parametrize("text", ["2", "opcion 2", "la segunda"])
async def test_the_second_menu_option_typed_gives_the_prices(guest, text):
    await guest.say("buenas")
    said = text_of(await guest.say(text))
    assert "precios por noche" in said


async def test_the_last_menu_option_typed_calls_a_person(app, guest):
    await guest.say("hola")
    await guest.say("5")
    assert await handed_off(app)


async def test_a_number_is_an_option_only_right_under_the_menu(guest):
    # The menu, then a reply with nothing to pick: "2" is no longer an option.
    await guest.say("hola")
    await guest.say("3")  # the cabins' info, no list
    said = text_of(await guest.say("2"))
    assert "precios por noche" not in said


async def test_a_head_count_after_the_menu_option_is_a_head_count(guest):
    start, end = quiet_stay()
    await guest.say("hola")
    await guest.say("1")
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert rows(await guest.say("2"))  # two people, not the menu's "Precios"
    assert (await guest.session()).ctx.guests == 2


async def test_a_title_typed_as_a_question_picks_nothing(guest):
    # "¿confirmar?" was read as a tap on "Confirmar" and held the cabin.
    await _summary_of_the_first(guest)
    await guest.say("confirmar?")
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_number_under_buttons_picks_no_button(guest):
    # Under a summary, "2" is the second cabin listed, as before; never "Cambiar fechas".
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    said = text_of(await guest.say("2"))
    assert "Cerro Chapelco" in said and await guest.state() == State.CONFIRM_HOLD


def test_a_stored_conversation_without_the_options_shown_still_loads():
    # Conversations saved before `shown` existed are read, not started over.
    stored = session_document(Session(state=State.CHOOSE_CABIN, ctx=Context(guests=2)))
    data = json.loads(stored)
    del data["ctx"]["shown"], data["ctx"]["shown_rows"]
    loaded = parse_session(json.dumps(data))
    assert loaded.state == State.CHOOSE_CABIN and loaded.ctx.guests == 2
    assert loaded.ctx.shown == ()
    shown = Context(shown=(("menu:prices", "Precios"),), shown_rows=True)
    again = parse_session(session_document(Session(ctx=shown))).ctx
    assert again.shown == (("menu:prices", "Precios"),) and again.shown_rows


# ------------------------------------------------------------------ a paid stay, kept as it is


@pytest.mark.parametrize(
    "change", ["al final vamos a ser 3", "somos 3", "podemos llegar un dia antes?"]
)
@pytest.mark.parametrize("same", ["Somos 2 igual", "no, dejalo, somos 2 nomás"])
async def test_the_booked_head_count_after_the_offer_to_change_keeps_the_stay(
    guest, db, change, same
):
    # A new search ("¡Genial, para 2 personas! ¿Para qué fechas…?") as if no stay was booked.
    code = await paid_quiet_stay(guest, db)
    await guest.say(change)
    said = text_of(await guest.say(same))
    assert code in said and "queda como está" in said and "¿Para qué fechas" not in said
    assert await guest.state() == State.IDLE
    start, end = quiet_stay()
    later = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)}"))
    assert "para 2 personas" in later  # other dates, for the party just told


async def test_the_booked_head_count_out_of_the_blue_is_a_new_stay(guest, db):
    await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say("hola, somos 2"))
    assert "¿Para qué fechas" in said


# ------------------------------------------------------------ a cabin asked for before the dates


@pytest.mark.parametrize(
    ("asked", "stay", "cabin"),
    [
        ("Quiero la del lago", "para 2", "Lago Lácar"),
        ("me interesa la de 6", "para 5", "Bosque de Quila"),
        ("la de Chapelco", "somos 3", "Cerro Chapelco"),
    ],
)
async def test_a_cabin_asked_for_before_the_dates_gets_its_summary_with_them(
    guest, asked, stay, cabin
):
    # Its details, then the list of every free cabin once the dates came.
    start, end = quiet_stay()
    said = text_of(await guest.say(asked))
    assert cabin in said and "Pasame fechas" in said
    summary = await guest.say(f"del {ddmm(start)} al {ddmm(end)} {stay}")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Te resumo" in text_of(summary) and cabin in text_of(summary)


async def test_the_cabin_asked_for_waits_for_the_head_count_too(guest):
    start, end = quiet_stay()
    await guest.say("Quiero la del lago")
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    summary = text_of(await guest.say("somos 2"))
    assert "Te resumo" in summary and "Lago Lácar" in summary


async def test_another_cabin_asked_for_before_the_dates_replaces_the_first(guest):
    start, end = quiet_stay()
    await guest.say("Quiero la del lago")
    await guest.say("mejor la de 4")
    summary = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2"))
    assert "Te resumo" in summary and "Cerro Chapelco" in summary


async def test_the_cabin_asked_for_and_taken_says_so_and_lists_the_free_ones(app, guest):
    other = Guest(app, wa_id="5492944222333", name="Otro")
    await hold_quiet_stay(other)  # Lago Lácar, on the quiet stay
    start, end = quiet_stay()
    await guest.say("quiero la del lago")
    answer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert "no está libre" in text_of(answer)
    assert [r.title for r in rows(answer)] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]


async def test_a_cabin_only_asked_about_is_no_choice(guest):
    start, end = quiet_stay()
    await guest.say("¿qué tiene la de Chapelco?")
    assert len(rows(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2"))) == 3


# ------------------------------------------------------------------ cabins compared


@pytest.mark.parametrize(
    "text",
    [
        "¿La de 4 es más linda?",
        "¿cuál es la diferencia entre la de 4 y la de 6?",
        "¿la de 6 es mejor?",
        "¿la de 4 es más cómoda que la de 6?",
    ],
)
async def test_two_cabins_compared_on_the_summary_keep_it(guest, text):
    # The summary of Chapelco again, or Quila's: "la de 6" was read as a pick.
    await _summary_of_the_first(guest)  # Cerro Chapelco, for 4; Quila listed too
    said = text_of(await guest.say(text))
    assert "Te resumo" not in said
    assert "Cerro Chapelco" in said and "Bosque de Quila" in said
    assert "$ 285.000" in said and "$ 420.000" in said  # each one's total for the dates
    assert "hasta 4 personas" in said and "hasta 6 personas" in said
    session = await guest.session()
    assert session.state == State.CONFIRM_HOLD and session.ctx.cabin == "cerro-chapelco"


async def test_a_cabin_compared_on_the_list_is_not_picked(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("¿la de 4 es más linda que la del lago?"))
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Cerro Chapelco" in said and "Lago Lácar" in said and "Bosque de Quila" not in said


async def test_a_pick_with_its_reason_is_still_a_pick(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("me quedo con la de 4, es más linda"))
    assert "Te resumo" in said and "Cerro Chapelco" in said


# ------------------------------------------------------------------ groups in two cabins


@pytest.mark.parametrize(
    ("party", "split", "first"), [(8, "4 y 4", 4), (9, "6 y 3", 6), (8, "en la primera 6", 6)]
)
async def test_a_group_split_answered_in_one_message_lists_for_the_first_cabin(
    guest, party, split, first
):
    # "¿Cuántas personas serían en total?" to a guest who answered "4 y 4".
    start, end = quiet_stay()
    await guest.say(f"somos {party}, del {ddmm(start)} al {ddmm(end)}")
    listed = await guest.say(split)
    assert f"para {first} personas" in text_of(listed) and rows(listed)
    assert (await guest.session()).ctx.guests == first


async def test_two_numbers_to_the_plain_head_count_question_are_not_a_split(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    await guest.say("2 y 2")  # two adults and two children, or two couples: asked again
    assert await guest.state() == State.ASK_GUESTS


@pytest.mark.parametrize(
    "text",
    [
        "somos 2 parejas, del {start} al {end}, queremos 2 cabañas separadas",
        "necesito 2 cabañas para 2 personas cada una del {start} al {end}",
    ],
)
async def test_two_cabins_for_a_couple_each_list_for_two(guest, text):
    # "Primero la de 4 personas" and a list for 4: the couples' total in one cabin.
    start, end = quiet_stay()
    said = await guest.say(text.format(start=ddmm(start), end=ddmm(end)))
    assert "primero la de 2 personas" in text_of(said)
    assert "Cabaña Lago Lácar" in [r.title for r in rows(said)]


async def test_two_families_of_four_list_for_four(guest):
    start, end = quiet_stay()
    said = await guest.say(f"somos dos familias de 4, del {ddmm(start)} al {ddmm(end)}")
    assert "primero la de 4 personas" in text_of(said) and rows(said)


async def test_two_couples_with_no_second_cabin_asked_are_four_in_one(guest):
    start, end = quiet_stay()
    said = await guest.say(f"somos 2 parejas, del {ddmm(start)} al {ddmm(end)}")
    assert "para 4 personas" in text_of(said)


# ------------------------------------------------------------------ returning guests


@pytest.mark.parametrize(
    "text", ["en que cabaña estoy?", "cual es mi cabaña?", "que fechas reservé?"]
)
async def test_a_returning_guest_asking_which_cabin_is_theirs_gets_their_reservation(
    guest, db, text
):
    # "Perdón, no te entendí" to a guest with a paid stay asking which cabin it is.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()  # a day later: the conversation is gone, the reservation is not
    said = text_of(await guest.say(text))
    assert code in said and "Lago Lácar" in said


async def test_the_head_count_after_the_early_arrival_answer_is_no_change_kept(guest, db):
    # The early-arrival answer has the change offer's buttons: "somos 2" there is not
    # "somos 2 igual" (the stay is not said to be kept as it is).
    await paid_quiet_stay(guest, db)
    await guest.say("podemos llegar mas temprano?")
    said = text_of(await guest.say("somos 2"))
    assert "queda como está" not in said


@pytest.mark.parametrize(
    ("text", "hour"), [("podemos llegar a las 16?", "16:00"), ("entramos tipo 14 30", "14:30")]
)
async def test_an_arrival_hour_after_check_in_is_simply_fine(guest, text, hour):
    # "Perdón, no te entendí" (or "depende del dueño") for an hour the cabin is ready.
    said = text_of(await guest.say(text))
    assert "14:00" in said and hour in said and "está bien" in said
    assert "dueño" not in said


async def test_an_arrival_hour_before_check_in_asks_the_owner(guest):
    said = text_of(await guest.say("¿podemos llegar a las 11?"))
    assert "14:00" in said and "11:00" in said and "dueño" in said


async def test_an_arrival_hour_with_the_stay_still_searches_it(guest):
    start, end = quiet_stay()
    said = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2, llegamos a las 20")
    assert rows(said) and await guest.state() == State.CHOOSE_CABIN


async def test_a_departure_hour_before_check_out_is_simply_fine(guest):
    said = text_of(await guest.say("podemos salir tipo 9?"))
    assert "10:00" in said and "09:00" in said and "está bien" in said


# ------------------------------------------------------------------ advice before the head count


@pytest.mark.parametrize("text", ["cual me recomendas?", "que cabaña me recomendas?"])
async def test_advice_asked_with_nobody_counted_asks_how_many_then_recommends(guest, text):
    # "Perdón, no te entendí" to a guest asking which cabin to take.
    said = text_of(await guest.say(text))
    assert "no te entendí" not in said and "¿Cuántas personas van?" in said
    advice = text_of(await guest.say("somos 2"))
    assert "te recomiendo la *Cabaña Lago Lácar*" in advice
    assert await guest.state() == State.ASK_DATES


async def test_the_second_cabin_of_a_group_is_searched_for_the_rest_of_it(guest):
    # "¿Cuántas personas van a ser?" again, when the group of 8 had 6 in the first cabin.
    start, end = quiet_stay()
    await guest.say(f"somos 8, del {ddmm(start)} al {ddmm(end)}")
    offer = await guest.say("6")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.tap(replies.HOLD_CONFIRM, "Confirmar")
    second = await guest.say("otra cabaña")
    assert "las 2 personas que faltan" in text_of(second)
    assert "Bosque de Quila" not in [r.title for r in rows(second)]  # the one held
    assert (await guest.session()).ctx.guests == 2


async def test_the_second_cabin_after_paying_the_first_is_for_the_rest_too(guest, db):
    start, end = quiet_stay()
    await guest.say(f"somos 10 del {ddmm(start)} al {ddmm(end)}")
    await guest.say("la de 4 y la de 6")  # Quila's summary first, for 6
    await guest.tap(replies.HOLD_CONFIRM, "Confirmar")
    await pay_deposit(guest, db, (await guest.session()).ctx.hold)
    second = await guest.say("quiero otra cabaña")
    assert "las 4 personas que faltan" in text_of(second)
    assert [r.title for r in rows(second)] == ["Cabaña Cerro Chapelco"]


async def test_another_cabin_with_no_group_told_still_asks_how_many(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("otra cabaña"))
    assert "¿Cuántas personas" in said


async def test_the_same_cabin_as_before_with_new_dates_goes_to_its_summary(guest, db):
    # The list of every free cabin (and the head count asked), "la misma" not understood.
    await paid_quiet_stay(guest, db)  # Lago Lácar
    await guest.forget()
    start, end = (day + dt.timedelta(days=7) for day in quiet_stay())  # the week after
    said = text_of(
        await guest.say(f"hola! quiero reservar la misma cabaña, del {ddmm(start)} al {ddmm(end)}")
    )
    assert "¿Cuántas personas" in said
    summary = text_of(await guest.say("2"))
    assert "Te resumo" in summary and "Lago Lácar" in summary
