"""Round 18 of QA: real guests played whole against the real engine — a bare "no" to a
question it cannot answer, "el 1" under the menu, a message meant for another chat, the
English note, the owner's "ok" — and the personas of this round.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    OWNER,
    Guest,
    ddmm,
    owner_app_fixture,
    quiet_stay,
    rows,
    text_of,
    today,
)

# ------------------------------------------------------------------ a bare no


# Decided: "no" (or "nop", "nope", "nah") to "¿cuántas personas?" or "¿para qué fechas?"
# answers nothing those questions ask, so it is not read as "stop": the guest may have
# misread, or answered another chat. A dropped booking costs a guest more than the question
# asked again, with how to stop ("cancelar") said beside it. "no gracias", "no, dejalo"
# still drop it.
@pytest.mark.parametrize("no", ["nop", "nope", "no", "Noo", "nah"])
async def test_a_bare_no_to_how_many_keeps_the_booking(guest, no):
    # "Listo, lo dejamos acá" and the menu; the "2" that followed then picked "Precios".
    start, end = quiet_stay()
    await guest.say(f"quiero reservar del {ddmm(start)} al {ddmm(end)}")
    said = text_of(await guest.say(no))
    assert "lo dejamos acá" not in said and "*cancelar*" in said and "Cuántas personas" in said
    assert await guest.state() == State.ASK_GUESTS
    listed = await guest.say("2")
    assert "para 2 personas" in text_of(listed) and len(rows(listed)) == 3


async def test_a_bare_no_to_which_dates_keeps_the_month(guest):
    await guest.say("hola, quiero ir en marzo")
    said = text_of(await guest.say("nop"))
    assert "lo dejamos acá" not in said and "marzo" in said
    assert await guest.state() == State.ASK_DATES
    assert (await guest.session()).ctx.month == 3


@pytest.mark.parametrize("no", ["no gracias", "no, dejalo", "no por ahora"])
async def test_a_no_that_says_more_still_drops_the_booking(guest, no):
    start, end = quiet_stay()
    await guest.say(f"quiero reservar del {ddmm(start)} al {ddmm(end)}")
    assert "lo dejamos acá" in text_of(await guest.say(no))
    assert await guest.state() == State.IDLE


# ------------------------------------------------------------------ "el 1" under the menu


def _next_first(month: int) -> dt.date:
    day = today()
    year = day.year if dt.date(day.year, month, 1) >= day else day.year + 1
    return dt.date(year, month, 1)


async def test_el_1_after_a_month_was_talked_about_is_that_month_s_first(guest):
    # The menu option 1 ("¿Para qué fechas querés venir?"), as if no day had been said.
    month = (today().month + 2) % 12 + 1
    name = R.MONTHS[month - 1]
    await guest.say(f"hola, queremos ir en {name}")
    await guest.say("menu")
    said = text_of(await guest.say("el 1"))
    assert R.day(_next_first(month)) in said and "Para qué fechas" not in said
    assert (await guest.session()).ctx.check_in == _next_first(month)


async def test_el_1_after_dropping_a_stay_is_a_day_of_its_month(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say("cancelar")  # "Listo, lo dejamos acá" and the menu
    await guest.say("el 1")
    assert (await guest.session()).ctx.check_in == dt.date(start.year, start.month, 1)


@pytest.mark.parametrize("pick", ["1", "la 1", "opción 1", "el 1"])
async def test_a_number_under_the_menu_with_no_dates_talked_still_picks(guest, pick):
    await guest.say("hola")
    said = text_of(await guest.say(pick))
    assert "Para qué fechas" in said
    assert (await guest.session()).ctx.check_in is None


async def test_a_bare_1_under_the_menu_picks_even_after_dates(guest):
    await guest.say("hola, queremos ir en marzo")
    await guest.say("menu")
    assert "Para qué fechas" in text_of(await guest.say("1"))


async def test_el_1_de_enero_under_the_menu_is_the_date(guest):
    await guest.say("hola")
    said = text_of(await guest.say("el 1 de enero"))
    assert R.day(_next_first(1)) in said


# ------------------------------------------------------------------ another chat


@pytest.mark.parametrize(
    "text",
    [
        "perdón, era para otro chat",
        "sorry me equivoqué de chat",
        "uy no era para vos jaja",
        "disculpá, me confundí de conversación",
        "mensaje equivocado",
    ],
)
async def test_a_message_for_another_chat_gets_no_fuss_and_the_list_stays(guest, text):
    # "Elegí una cabaña de la lista…", then "Perdón, no te estoy entendiendo 😅".
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say(text))
    assert said.startswith("¡No pasa nada!") and "no te estoy entendiendo" not in said
    assert await guest.state() == State.CHOOSE_CABIN
    again = text_of(await guest.say("sorry, mensaje equivocado"))
    assert "no te estoy entendiendo" not in again and "Hablar con alguien" not in again
    summary = text_of(await guest.say("la 1"))
    assert "Cabaña Lago Lácar" in summary and await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize("text", ["me equivoqué de fecha", "me equivoqué en el mensaje"])
async def test_a_mistake_about_the_booking_is_not_another_chat(guest, text):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert "No pasa nada! 😊" not in text_of(await guest.say(text))


# ------------------------------------------------------------------ English understood


async def test_english_the_bot_understands_gets_the_note_once(guest):
    # The list in Spanish with no word on the language.
    start, end = quiet_stay()
    first = await guest.say(f"hi, from {ddmm(start)} to {ddmm(end)} for 2 people")
    said = text_of(first)
    assert "Sorry, I can only write in Spanish" in said and "para 2 personas" in said
    assert len(rows(first)) == 3
    again = text_of(await guest.say("is there wifi?"))
    assert "Sorry" not in again and "wifi" in again


async def test_the_note_said_for_english_not_understood_is_not_said_again(guest):
    await guest.say("Do you speak English?")
    start, end = quiet_stay()
    said = text_of(await guest.say(f"from {ddmm(start)} to {ddmm(end)}, 2 people"))
    assert "Sorry" not in said and "para 2 personas" in said


@pytest.mark.parametrize("text", ["sorry, el 16", "ok, check in a las 14?", "hola! somos 2 people"])
async def test_spanish_with_an_english_word_gets_no_english_note(guest, text):
    assert "Sorry, I can only" not in text_of(await guest.say(text))


# ------------------------------------------------------------------ the owner's ok


owner_client = owner_app_fixture("owner_client")  # the owner's messages at the fake Graph API


# Decided: the owner's "ok", "gracias" or 👍 (most often to a notice: a new booking, a guest
# asking for a person) gets no reply at all — the guest menu is no answer to it, and a
# reply of ours to each "ok" would bury the next notice. Mid-flow (the owner trying the bot
# as a guest) these words are read like a guest's.
@pytest.mark.parametrize("text", ["ok", "gracias", "👍", "Dale, gracias!", "listo 👌", "Ok!!"])
async def test_the_owner_s_acknowledgement_gets_no_guest_menu(owner_client, text):
    owner = Guest(owner_client, wa_id=OWNER, name="Dueño")
    assert await owner.say(text) == []
    assert await owner.state() == State.IDLE


async def test_the_owner_trying_a_booking_still_hears_a_guest_s_replies(owner_client):
    owner = Guest(owner_client, wa_id=OWNER, name="Dueño")
    start, end = quiet_stay()
    listed = await owner.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await owner.tap(rows(listed)[0].id)
    said = text_of(await owner.say("ok"))
    assert "Cabaña Lago Lácar" in said  # the guest's reply (here, the hold)


# ------------------------------------------------------------------ with the link sent


async def _held(guest: Guest) -> str:
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


@pytest.mark.parametrize(
    "text",
    [
        "Disculpe, ¿la seña es reintegrable en caso de cancelación?",
        "¿qué pasa si tenemos que cancelar?",
        "cual es la politica de cancelacion?",
    ],
)
async def test_asking_the_cancellation_terms_with_a_hold_cancels_nothing(guest, db, text):
    # "¿Seguro que querés cancelar la reserva…?" with "Sí, cancelar" one tap away.
    code = await _held(guest)
    said = text_of(await guest.say(text))
    assert "¿Seguro" not in said and "no tiene costo" in said
    assert await guest.state() == State.AWAIT_PAYMENT
    status = await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)
    assert status == "pre_reserved"


@pytest.mark.parametrize("text", ["como pago?", "cómo hago para pagar?", "con qué se paga?"])
async def test_how_to_pay_with_the_link_sent_points_at_the_link(guest, text):
    # "Cuando elegís la cabaña te la guardo 30 minutos mientras pagás", as if nothing was held.
    code = await _held(guest)
    said = text_of(await guest.say(text))
    assert f"/demo/checkout/{code}" in said and "Cuando elegís la cabaña" not in said
    assert "$ 58.500" in said  # the deposit of 3 quiet nights at Lago Lácar


# ------------------------------------------------------------------ other dates listed


async def _all_held_but_nearby(app, start: dt.date, end: dt.date) -> None:
    """Every cabin held by other guests for start..end (so a search gets other dates)."""
    for n in range(3):
        other = Guest(app, wa_id=f"549294422200{n}", name="Otro")
        listed = await other.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
        await other.tap(rows(listed)[0].id)
        await other.tap(R.HOLD_CONFIRM, "Confirmar")


async def test_what_options_on_other_dates_cost_says_each_one_s_dates(app, guest):
    # "Del jue 04/03 al dom 07/03 (3 noches):" over three lines of one cabin, each of
    # them for other dates, two with the same total.
    start, end = quiet_stay()
    await _all_held_but_nearby(app, start, end)
    listed = await guest.say(f"hola cuánto está la cabaña para 2 del {ddmm(start)} al {ddmm(end)}")
    offered = rows(listed)
    assert len(offered) > 1 and len({r.description for r in offered}) == len(offered)
    said = text_of(await guest.say("cuánto sale?"))
    lines = [line for line in said.splitlines() if line.startswith("•")]
    assert len(lines) == len(offered)
    assert len(set(lines)) == len(lines)  # each line tells its own stay
    assert all(" del " in line for line in lines)
    per_night = text_of(await guest.say("y por noche?"))
    assert len({line for line in per_night.splitlines() if line.startswith("•")}) == len(offered)


# ------------------------------------------------------------------ children told of


@pytest.mark.parametrize(
    "text", ["los chicos tienen 3 y 7", "el más chico duerme con nosotros", "mi hija tiene 5 años"]
)
async def test_children_told_of_on_the_list_are_heard(guest, text):
    # "Elegí una cabaña de la lista tocando *Ver cabañas*…", then "no te estoy entendiendo".
    start, end = quiet_stay()
    await guest.say(f"hola! del {ddmm(start)} al {ddmm(end)}, somos 2 adultos y 2 chicos")
    said = text_of(await guest.say(text))
    assert "Gracias por contarme" in said and "para 4 personas" in said
    assert "Ver cabañas" not in said and "no te estoy entendiendo" not in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_children_told_of_on_the_summary_keep_it(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(listed)[0].id)
    said = text_of(await guest.say("los nenes tienen 2 y 6 años"))
    assert "Gracias por contarme" in said and "*Confirmar*" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ another cabin's price


async def test_the_price_of_another_cabin_asked_on_a_summary_is_that_cabin_s(guest):
    # "Son $ 195.000 en total…" (the Lago Lácar on screen), then "mejor esa" summed up the
    # Lago Lácar again.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)  # Lago Lácar, $ 195.000
    said = text_of(await guest.say("y la de quila cuanto sale?"))
    assert "*Cabaña Bosque de Quila* sale $ 420.000" in said
    assert "te guardo la *Cabaña Lago Lácar*" in said  # which one "Confirmar" holds
    summary = text_of(await guest.say("mejor esa"))
    assert "🏡 *Cabaña Bosque de Quila*" in summary
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_price_of_the_cabin_on_screen_is_still_its_total(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    said = text_of(await guest.say("cuánto sale la del lago?"))
    assert "$ 195.000" in said and "Quila" not in said


# ------------------------------------------------------------------ a second cabin


async def test_a_second_cabin_asked_for_keeps_the_first_without_offering_to_drop_it(guest):
    # "…si no pagás la seña, se libera sola. Si la querés soltar ya, escribí *cancelar
    # reserva*": said to a group of 10 booking their second cabin on purpose.
    start, end = quiet_stay()
    await guest.say(f"hola somos 10 del {ddmm(start)} al {ddmm(end)}")
    await guest.say("la de 4 y la de 6")
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    said = text_of(await guest.say("otra cabaña"))
    assert "sigue guardada" in said and "soltar" not in said and "cancelar reserva" not in said
    assert "para 4 personas" in said


# ------------------------------------------------------------------ which days are free


@pytest.mark.parametrize(
    "asked",
    [
        "q dias tienen libres en {m}?",
        "qué fechas tienen libres en {m}?",
        "que findes quedan libres en {m}?",
    ],
)
async def test_which_days_are_free_then_a_bare_head_count_lists_them(guest, asked):
    # "¿Qué días de marzo querés venir?" (the question asked back), or, after "¿Cuántos
    # son? Así te paso lo primero libre", "2" answered with "Decime el día de llegada…".
    month = (today().month + 2) % 12 + 1
    await guest.say("hola")
    said = text_of(await guest.say(asked.format(m=R.MONTHS[month - 1])))
    assert "Cuántos son" in said
    listed = await guest.say("2")
    assert "lo primero que tengo libre" in text_of(listed)
    assert all(f"/{month:02d}" in r.description for r in rows(listed))


async def test_a_split_said_on_the_first_cabin_s_summary_re_quotes_it_for_its_share(guest):
    # "4 y 4" on the Bosque de Quila's summary for 6 (after "somos 8", "quiero dos cabañas",
    # "la de 4 y la de 6"): the same summary for 6 again, the split unheard.
    start, end = quiet_stay()
    await guest.say(f"hola somos 8 del {ddmm(start)} al {ddmm(end)}")
    await guest.say("quiero dos cabañas")
    await guest.say("la de 4 y la de 6")
    said = text_of(await guest.say("4 y 4"))
    assert "Para 4 personas la *Cabaña Bosque de Quila*" in said and "👥 4 personas" in said
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    second = await guest.say("otra cabaña")
    assert "para las 4 personas que faltan" in text_of(second)
    assert [r.title for r in rows(second)] == ["Cabaña Cerro Chapelco"]


# ------------------------------------------------------------------ asked once more


async def test_the_same_info_asked_again_with_particulars_is_not_just_repeated(guest):
    # "Aceptamos mascotas chicas y medianas…" word for word, twice, to a guest with a labrador.
    start, end = quiet_stay()
    listed = await guest.say(f"hola! del {ddmm(start)} al {ddmm(end)} para 3 y un perro grande")
    await guest.tap(rows(listed)[0].id)
    said = text_of(await guest.say("es un labrador, se puede?"))
    # Session 22: the rule takes small and medium pets, so the labrador is answered (a no),
    # no longer "es todo lo que dice la info"; a person is still offered.
    assert "*hablar con una persona*" in said and "perros grandes no" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_new_question_gets_its_answer_alone(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    await guest.say("aceptan mascotas?")
    assert "Es todo lo que dice la info" not in text_of(await guest.say("hay wifi?"))


# ------------------------------------------------------------------ on the list and summary


async def test_a_bare_no_under_a_list_of_several_keeps_it(guest):
    # "Listo, lo dejamos acá" and the menu.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("nop"))
    assert "lo dejamos acá" not in said and "*cancelar*" in said and "del 1 al 3" in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_something_cheaper_asked_on_a_summary_names_the_cheapest(guest):
    # The summary's own total again ("Son $ 285.000 en total…"), as if the price had been asked.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[1].id)  # Cerro Chapelco, $ 285.000
    said = text_of(await guest.say("uhh bastante caro 😅 no tienen algo más económico?"))
    assert "la más económica es la *Cabaña Lago Lácar*" in said
    assert "te guardo la *Cabaña Cerro Chapelco*" in said
    assert "🏡 *Cabaña Lago Lácar*" in text_of(await guest.say("dale, esa"))


@pytest.mark.parametrize("text", ["uh no, al final 5", "en realidad seríamos 5"])
async def test_a_new_head_count_after_a_change_word_is_heard_on_a_summary(guest, text):
    # The summary for 3 again, the 5 unheard.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(listed)[0].id)  # Cerro Chapelco, for up to 4
    await guest.say("no mejor somos 3")
    replies = await guest.say(text)
    assert "para 5 personas" in text_of(replies)
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]


# ------------------------------------------------------------------ how they found us


@pytest.mark.parametrize(
    "text",
    ["mi nieto me pasó este número", "me recomendaron las cabañas", "los vi en Instagram"],
)
async def test_how_the_guest_found_us_is_welcomed_not_misunderstood(guest, text):
    # "Perdón, no te entendí bien 🤔" and the menu, to a grandfather's second message.
    await guest.say("buenas noches")
    said = text_of(await guest.say(text))
    assert "Qué bueno que nos escribas" in said and "no te entendí" not in said
    assert "para qué fechas" in said


async def test_how_the_guest_found_us_mid_booking_keeps_the_list(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("me pasaron tu contacto"))
    assert "Qué bueno" in said and "elegí una cabaña" in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_how_the_guest_found_us_as_the_first_message_gets_the_welcome(guest):
    said = text_of(await guest.say("hola, me pasaron este número"))
    assert "Soy el asistente de las cabañas" in said


# ------------------------------------------------------------------ more of this round's guests


@pytest.mark.parametrize(("profile", "hello"), [("El Negro", "¡Hola!"), ("La Colo 🌻", "¡Hola!")])
async def test_a_nickname_with_an_article_is_not_a_name(app, profile, hello):
    # "¡Hola, El! 👋"
    said = text_of(await Guest(app, name=profile).say("hola"))
    assert said.startswith(f"{hello} 👋")


@pytest.mark.parametrize("text", ["reservame la 1", "quiero reservar la 2"])
async def test_booking_a_row_by_its_place_shows_its_summary(guest, text):
    # "Elegí una cabaña de la lista…", then "no te estoy entendiendo" for the "sí" after.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    at = int(text[-1])
    said = text_of(await guest.say(text))
    assert f"🏡 *{rows(listed)[at - 1].title}*" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_lost_at_the_summary_hears_what_its_buttons_do(guest):
    # "Mmm, eso no lo tengo en mi info 🤔", as if the cabins had been asked about.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    said = text_of(await guest.say("perdón no entendí, que tengo que hacer?"))
    assert "Todavía no te guardé nada" in said and "no lo tengo en mi info" not in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_discount_asked_on_the_list_is_answered_before_the_totals(guest):
    # The totals alone, as if the price had been asked.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("hay descuento para jubilados?"))
    assert "no manejo descuentos" in said and "$ 195.000 en total" in said


async def test_the_offer_pointed_at_after_the_chat_was_forgotten_is_said_gone(guest):
    # "¿Para qué fechas querés venir?", cold, to "ya lo pensé, la quiero".
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    await guest.say("gracias, lo pienso y te digo")
    await guest.forget()
    said = text_of(await guest.say("ya lo pensé, la quiero"))
    assert "ya no tengo a mano lo que habíamos visto" in said
    assert await guest.state() == State.ASK_DATES


async def test_confirming_a_live_hold_the_next_day_gets_its_link(guest):
    # The welcome and the menu, the hold waiting for its deposit not mentioned.
    code = await _held(guest)
    await guest.forget()
    said = text_of(await guest.say("hola, la quiero confirmar"))
    assert code in said and f"/demo/checkout/{code}" in said


async def test_a_head_count_to_the_stay_offered_keeps_the_offer(guest):
    # "¿Tienen lugar hoy?" gets "¿Te sirve de hoy a pasado mañana? Decime dale"; "somos 2"
    # then lost it: "Llegarías el… ¿Hasta qué día te quedás?".
    said = text_of(await guest.say("tienen lugar hoy?"))
    assert "Decime *dale*" in said
    again = text_of(await guest.say("somos 2"))
    assert "para 2 personas" in again and "Decime *dale*" in again
    assert "Hasta qué día" not in again
    listed = await guest.say("dale")
    assert await guest.state() == State.CHOOSE_CABIN and rows(listed)
