"""Round 11 of QA: whole chats as guests write them, each finding a short chat here.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6 (each takes at least 2 nights, Quila 3). Dates are computed from today (quiet
weeks outside the seasons), so the tests hold on any day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import NOTIFIER
from bot import replies
from bot.messages import Buttons, ListMessage
from bot.states import State
from tests.conversation_support import (
    Guest,
    ddmm,
    hold_quiet_stay,
    only,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
    today,
)

# ------------------------------------------------------------------ tonight


@pytest.mark.parametrize(
    "text", ["hay lugar para esta noche?", "hoy tienen?", "tienen algo para hoy?"]
)
async def test_tonight_is_one_night_and_the_minimum_is_said_at_once(guest, text):
    # "¿Hasta qué día te quedás?" to a guest asking for a bed tonight; and with one night
    # known but no head count, the minimum stay came only after "somos 2".
    said = text_of(await guest.say(text))
    assert "¿Hasta qué día" not in said and "Cuántas personas" not in said
    assert "Por una sola noche no puedo" in said and "mínima es de 2 noches" in said
    answer = text_of(await guest.say("dale"))
    assert "(2 noches)" in answer and "¿Cuántas personas" in answer
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (
        today(),
        today() + dt.timedelta(days=2),
    )
    assert rows(await guest.say("somos 2"))


async def test_tonight_with_the_head_count_offers_the_shortest_stay(guest):
    said = text_of(await guest.say("para hoy a la noche somos 2"))
    assert "Por una sola noche" in said and "Decime *dale*" in said
    assert await guest.state() == State.ASK_DATES


@pytest.mark.parametrize("text", ["llegamos hoy, somos 2", "desde hoy para 2"])
async def test_arriving_today_still_asks_the_departure(guest, text):
    said = text_of(await guest.say(text))
    assert "¿Hasta qué día te quedás?" in said


# ------------------------------------------------------------------ bad news, then the list


async def _lago_taken(app) -> tuple[dt.date, dt.date]:
    other = Guest(app, wa_id="5492944222222", name="Otro")
    start, end = quiet_stay()
    offer = await other.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await other.tap(rows(offer)[0].id, rows(offer)[0].title)  # Lago Lácar
    await other.tap(replies.HOLD_CONFIRM, "Confirmar")
    return start, end


async def test_a_cabin_not_free_is_not_followed_by_good_news(app, guest):
    # "La Cabaña Lago Lácar no está libre 😕" and then "¡Buenas noticias! 🙌" at once.
    start, end = await _lago_taken(app)
    answer = await guest.say(f"quiero la del lago del {ddmm(start)} al {ddmm(end)} para 2")
    assert "no está libre" in text_of(answer[:1])
    listed = only(answer, ListMessage)
    assert "Buenas noticias" not in listed.body and "sí tengo libres estas" in listed.body
    assert [r.title for r in listed.rows] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]


async def test_one_more_night_not_free_on_the_summary_is_not_good_news(app, guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Lago Lácar
    other = Guest(app, wa_id="5492944222222", name="Otro")
    after = end + dt.timedelta(days=3)
    listed = await other.say(f"del {ddmm(end)} al {ddmm(after)} para 2")
    await other.tap(rows(listed)[0].id, rows(listed)[0].title)
    await other.tap(replies.HOLD_CONFIRM, "Confirmar")
    answer = await guest.say("una noche mas")
    assert "no está libre" in text_of(answer[:1])
    assert "Buenas noticias" not in text_of(answer)


# ------------------------------------------------------------------ "la otra" of one


@pytest.mark.parametrize("text", ["no, mejor la otra", "no hay otra?", "prefiero otra"])
async def test_the_other_one_with_one_cabin_listed_says_there_is_none(guest, text):
    # The list: "Listo, lo dejamos acá" and the menu, for the "no" of "no, mejor la otra".
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 5")  # only Quila sleeps 5
    answer = await guest.say(text)
    said = text_of(answer)
    assert "la única libre es la *Cabaña Bosque de Quila*" in said
    assert "otras fechas" in said and "cuántos son" in said
    assert not any(isinstance(r, ListMessage) for r in answer)
    assert await guest.state() == State.CHOOSE_CABIN
    assert rows(await guest.say("somos 4"))  # another head count: a new list


async def test_the_other_one_on_the_summary_of_the_only_cabin_says_there_is_none(guest):
    # The summary: the same list of one again, as if there were another to choose.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 5")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    answer = await guest.say("no, mejor la otra")
    said = text_of(answer)
    assert "la única libre es la *Cabaña Bosque de Quila*" in said and "*Confirmar*" in said
    assert not any(isinstance(r, ListMessage) for r in answer)
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_other_one_of_two_listed_is_still_its_summary(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    summary = only(await guest.say("no, mejor la otra"), Buttons)
    assert "Bosque de Quila" in summary.body


# ------------------------------------------------------------------ "¿y wifi?" next


async def test_a_follow_up_on_the_summary_is_about_the_cabin_just_asked_about(guest):
    # "¿y lavarropas?" after "¿la de Quila tiene pileta?" was answered about the cabin on
    # the summary (Chapelco: "no figura lavarropas"), as if the Quila had not been asked.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Cerro Chapelco
    await guest.say("la de Quila tiene pileta?")
    said = text_of(await guest.say("y lavarropas?"))
    assert "La *Cabaña Bosque de Quila* tiene lavarropas" in said
    said = text_of(await guest.say("y parrilla?"))  # and the one after that
    assert "*Cabaña Bosque de Quila* tiene quincho con parrilla" in said
    assert "Cerro Chapelco* no" not in said
    assert await guest.state() == State.CONFIRM_HOLD
    summary = only(await guest.say("dale esa"), Buttons)  # "esa": the one asked about
    assert "Bosque de Quila" in summary.body


async def test_a_follow_up_before_any_dates_is_about_the_cabin_named(guest):
    # "¿y hogar?" after "¿la del lago tiene wifi?" listed every cabin's heating.
    await guest.say("la del lago tiene wifi?")
    said = text_of(await guest.say("y hogar?"))
    assert said.startswith("¡Sí! La *Cabaña Lago Lácar* tiene hogar a leña")
    assert "Chapelco" not in said and "Quila" not in said
    said = text_of(await guest.say("y parrilla?"))
    assert "*Cabaña Lago Lácar* no figura parrilla" in said and "Chapelco" not in said


async def test_a_follow_up_while_paying_is_about_the_cabin_asked_about(guest):
    await hold_quiet_stay(guest)  # Lago Lácar
    await guest.say("la de quila tiene cochera?")
    said = text_of(await guest.say("y lavarropas?"))
    assert "La *Cabaña Bosque de Quila* tiene lavarropas" in said


async def test_a_question_naming_another_cabin_is_about_that_one(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Cerro Chapelco
    await guest.say("la de Quila tiene pileta?")
    said = text_of(await guest.say("y la de Chapelco tiene lavarropas?"))
    assert "*Cabaña Cerro Chapelco* no figura lavarropas" in said


# ------------------------------------------------------------------ after holding or paying


@pytest.mark.parametrize("text", ["al final vamos a ser 3, hay problema?", "ahora somos 4"])
async def test_a_new_head_count_after_paying_is_about_the_paid_stay(guest, db, text):
    # "¡Genial, para 3 personas! ¿Para qué fechas querés venir?": a new booking from scratch,
    # as if the paid stay (a cabin for 2) did not exist.
    code = await paid_quiet_stay(guest, db)
    answer = await guest.say(text)
    said = text_of(answer)
    assert code in said and "confirmada" in said and "alguien del equipo" in said
    assert "¡Genial" not in said and await guest.state() == State.IDLE


async def test_another_booking_after_paying_is_still_a_new_search(guest, db):
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("quiero reservar otra para 4"))
    assert "para 4 personas" in said and "fechas" in said
    assert await guest.state() == State.ASK_DATES


@pytest.mark.parametrize(
    "text", ["y ahora que tengo que hacer?", "listo, que sigue?", "que mas tengo que hacer?"]
)
async def test_what_now_after_paying_is_the_reservation(guest, db, text):
    # "Perdón, no te entendí bien" and the menu, right after paying.
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said and "no te entendí" not in said


@pytest.mark.parametrize("text", ["hola, quiero pagar la seña", "como pago la reserva?"])
async def test_paying_a_hold_that_lapsed_says_it_lapsed(guest, db, text):
    # The general payment terms, with no word about the hold that had lapsed.
    from booking.jobs import expire_holds

    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await expire_holds(db, guest.app[NOTIFIER])
    answer = await guest.say(text)
    assert code in text_of(answer) and "se venció" in text_of(answer)
    assert any(b.id.startswith("menu:retry") for b in only(answer, Buttons).buttons)


async def test_how_to_pay_with_nothing_booked_is_the_payment_terms(guest):
    said = text_of(await guest.say("como pago la seña?"))
    assert "Mercado Pago" in said and "30 %" in said


@pytest.mark.parametrize("text", ["te mando el comprobante", "a donde les mando el comprobante?"])
async def test_a_receipt_announced_while_paying_is_not_needed(guest, text):
    # The payment terms again ("Para reservar se paga una seña…"), as if asked how to pay.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "no hace falta el comprobante" in said and code in said
    assert "Para reservar se paga" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ everything at once


async def test_la_cabana_de_4_with_the_stay_is_that_cabin(guest):
    # "la cabaña de 4" was not a cabin (only "la de 4" was): the whole list for 3.
    start, end = quiet_stay()
    answer = await guest.say(
        f"queremos reservar la cabaña de 4 del {ddmm(start)} al {ddmm(end)} para 3 personas"
    )
    assert "Cerro Chapelco" in only(answer, Buttons).body
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_cabin_of_two_rooms_is_no_cabin_for_two(guest):
    start, end = quiet_stay()
    answer = await guest.say(
        f"buscamos una cabaña de 2 ambientes del {ddmm(start)} al {ddmm(end)} para 2"
    )
    assert len(rows(answer)) == 3


async def test_bringing_the_dog_is_not_asking_whether_to_bring_a_grill(guest):
    # "No hace falta llevar eso 🙌 La Cabaña Cerro Chapelco tiene parrilla": "llevamos un
    # perro" made the grill question one about what to bring.
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"Hola! queremos ir del {ddmm(start)} al {ddmm(end)} para 3, llevamos un perro "
            "chico, tiene parrilla la de 4?"
        )
    )
    assert "La *Cabaña Cerro Chapelco* tiene parrilla" in said
    assert "No hace falta llevar" not in said


async def test_towels_to_bring_still_need_not_be_brought(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Lago Lácar
    said = text_of(await guest.say("perfecto, y hay que llevar toallas?"))
    assert "No hace falta llevar eso" in said


# ------------------------------------------------------------------ on the list


@pytest.mark.parametrize("text", ["y por noche?", "cuanto por noche?"])
async def test_a_night_asked_on_the_list_is_each_listed_cabins_night(guest, text):
    # "Elegí una cabaña de la lista…": the list shows totals, and the night was not answered.
    start, end = quiet_stay()
    await guest.say(f"cuanto sale del {ddmm(start)} al {ddmm(end)} para 4?")
    said = text_of(await guest.say(text))
    assert "*Cabaña Cerro Chapelco*: $ 95.000 la noche ($ 285.000 en total)" in said
    assert "*Cabaña Bosque de Quila*: $ 140.000 la noche" in said
    assert "Lago Lácar" not in said  # not listed: too small for 4
    assert await guest.state() == State.CHOOSE_CABIN


async def test_y_la_mas_grande_on_the_list_is_the_biggest(guest):
    # "Elegí una cabaña de la lista…": "y" before "la más grande" hid the pick.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    summary = only(await guest.say("y la mas grande?"), Buttons)
    assert "Bosque de Quila" in summary.body


@pytest.mark.parametrize(
    "text, answer",
    [
        ("podemos dejar la cabaña a la tarde?", "La salida es hasta las 10:00"),
        ("podemos irnos despues del mediodia?", "La salida es hasta las 10:00"),
        ("podemos llegar a la mañana?", "El ingreso es desde las 14:00"),
    ],
)
async def test_leaving_in_the_afternoon_is_a_late_check_out(guest, db, text, answer):
    # "Perdón, no te entendí bien" and the menu, to a guest who has paid.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert answer in said and "lo confirma el dueño" in said


@pytest.mark.parametrize("answer", ["para 2", "somos 2"])
async def test_the_head_count_asked_by_when_free_gives_the_first_free_stays(guest, answer):
    # "¿Para qué fechas querés venir?": the guest had asked for the first free dates.
    said = text_of(await guest.say("para cuando tienen lugar?"))
    assert "lo primero libre" in said
    listed = await guest.say(answer)
    assert "lo primero que tengo libre" in text_of(listed) and rows(listed)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_dates_after_when_free_are_those_dates(guest):
    start, end = quiet_stay()
    await guest.say("para cuando tienen lugar?")
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert len(rows(listed)) == 3 and "tengo libres" in text_of(listed)


async def test_is_my_booking_still_on_after_it_lapsed_and_the_chat_was_forgotten(guest, db):
    # The payment terms ("Para reservar se paga una seña…"), nothing about their hold.
    from booking.jobs import expire_holds

    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await expire_holds(db, guest.app[NOTIFIER])
    await guest.forget()
    answer = await guest.say("hola! ayer reservé pero no llegué a pagar, sigue en pie?")
    assert code in text_of(answer) and "se venció" in text_of(answer)
    assert any(b.id.startswith("menu:retry") for b in only(answer, Buttons).buttons)


async def test_is_my_hold_still_on_gives_its_link(guest):
    code = await hold_quiet_stay(guest)
    await guest.forget()
    said = text_of(await guest.say("no llegue a pagar, sigue guardada?"))
    assert code in said and "está guardada hasta" in said


async def test_questions_sent_with_the_stay_are_about_the_cabins_listed(guest):
    # "Tienen parrilla: la Chapelco… De la Lago Lácar no lo tengo", for a family of 5 who
    # were offered only the Quila.
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"Buenas! somos 2 adultos y 3 chicos, del {ddmm(start)} al {ddmm(end)}. "
            "Hay parrilla? tienen cuna?"
        )
    )
    assert "¡Sí! La *Cabaña Bosque de Quila* tiene quincho con parrilla" in said
    assert "*Cabaña Bosque de Quila* no figura cuna" in said
    assert "Lago Lácar" not in said and "Chapelco" not in said


# ------------------------------------------------------------------ "¿y la de Quila?"


async def test_and_that_cabin_after_a_question_on_the_summary_asks_it_again(guest, db):
    # The Quila's summary, for a guest who wanted to know whether it has a grill too.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Lago Lácar
    await guest.say("tiene parrilla?")
    answer = await guest.say("y la de quila?")
    said = text_of(answer)
    assert "La *Cabaña Bosque de Quila* tiene quincho con parrilla" in said
    assert not any(isinstance(r, Buttons) for r in answer)  # no new summary
    assert "te guardo la *Cabaña Lago Lácar*" in said
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def test_and_that_row_after_a_question_on_the_list_asks_it_again(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say("la 1 tiene lavarropas?")
    said = text_of(await guest.say("y la 3?"))
    assert "La *Cabaña Bosque de Quila* tiene lavarropas" in said
    assert await guest.state() == State.CHOOSE_CABIN
    summary = only(await guest.say("dale esa"), Buttons)
    assert "Bosque de Quila" in summary.body


async def test_and_that_cabin_before_any_dates_asks_it_again(guest):
    await guest.say("la del lago tiene parrilla?")
    said = text_of(await guest.say("y la de Chapelco?"))
    assert "La *Cabaña Cerro Chapelco* tiene parrilla" in said


async def test_and_that_row_with_no_question_before_still_picks_it(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    first, second = rows(offer)
    await guest.tap(second.id, second.title)
    summary = only(await guest.say("y la primera?"), Buttons)
    assert first.title in summary.body


@pytest.mark.parametrize("text", ["otra no hay?", "no tenes alguna otra?"])
async def test_no_other_with_one_listed_in_other_words(guest, text):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 6")
    said = text_of(await guest.say(text))
    assert "la única libre es la *Cabaña Bosque de Quila*" in said and "otras fechas" in said


# ------------------------------------------------------------------ second thoughts


@pytest.mark.parametrize("text", ["no, dejalo, está bien así", "mejor las mismas"])
async def test_keeping_the_dates_after_cambiar_fechas_brings_the_summary_back(guest, text):
    # "Listo, lo dejamos acá" and the menu, for the "no" of "no, dejalo"; the "confirmo"
    # after it got the menu again.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 3")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Cerro Chapelco
    await guest.tap(only(guest.heard[-1:], Buttons).buttons[1].id, "Cambiar fechas")
    assert await guest.state() == State.ASK_DATES
    summary = only(await guest.say(text), Buttons)
    assert "Cerro Chapelco" in summary.body
    await guest.say("confirmo")
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_dropping_it_after_cambiar_fechas_still_drops_it(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 3")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.say("cambiar fechas")
    said = text_of(await guest.say("no, mejor lo dejo para otro momento"))
    assert "lo dejamos acá" in said and await guest.state() == State.IDLE


@pytest.mark.parametrize("text", ["gracias, pago a la noche", "mañana te la pago"])
async def test_paying_later_than_the_hold_lasts_says_until_when(guest, text):
    # The payment terms, or a search for tomorrow's stay, while the hold lapses in minutes.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert code in said and "queda guardada hasta" in said and "se libera" in said
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["hoy te pago", "gracias por hoy"])
async def test_today_said_with_no_place_asked_is_no_night_for_tonight(guest, text):
    # "Por una sola noche no puedo", to a guest who only mentioned today.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Por una sola noche" not in said and "mínima" not in said


async def test_dates_after_a_party_too_big_ask_the_first_cabins_head_count(guest):
    # "¿Cuántas personas van a ser?", right after "decime cuántos van en la primera".
    start, end = quiet_stay()
    await guest.say("hola somos 8 amigos")
    said = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)}"))
    assert "Como son 8, ¿cuántos van en la primera cabaña?" in said
    assert rows(await guest.say("5"))


async def test_dates_after_a_party_that_fits_ask_the_head_count_as_usual(guest):
    start, end = quiet_stay()
    await guest.say("hola")
    said = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)}"))
    assert "¿Cuántas personas van a ser?" in said
