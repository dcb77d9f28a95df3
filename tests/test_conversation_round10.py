"""Round 10 of QA: whole chats as guests write them, each finding a short chat here.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import NOTIFIER
from booking import holds
from bot.messages import Buttons
from bot.states import State
from tests.conversation_support import (
    button_ids,
    ddmm,
    hold_quiet_stay,
    only,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)

# ------------------------------------------------------------------ their own reservation


@pytest.mark.parametrize("text", ["hola, tengo una reserva", "buenas, hice una reserva"])
async def test_tengo_una_reserva_shows_it_not_the_whole_menu(guest, db, text):
    # The generic welcome and menu answered, as if the guest were new.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said
    assert "Consultar disponibilidad" not in said


@pytest.mark.parametrize("text", ["me llegó la confirmación?", "me llego la confirmacion??"])
async def test_did_my_confirmation_arrive_after_paying(guest, db, text):
    # "Perdón, no te entendí bien" and the menu, right after paying.
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said and "no te entendí" not in said


async def test_cuando_me_confirman_while_the_deposit_is_pending(guest):
    # The whole "pagá la seña acá" again, as if the guest had asked for the link.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("cuando me confirman?"))
    assert code in said and "apenas se acredite te aviso" in said


async def test_y_el_resto_cuando_while_the_deposit_is_pending(guest):
    # The link message again, which says nothing about the rest.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("y el resto cuando?"))
    assert "restantes, al llegar" in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ questions


@pytest.mark.parametrize(
    "text", ["donde queda el supermercado mas cercano?", "hay farmacia cerca?"]
)
async def test_a_place_near_the_cabin_is_not_answered_with_the_cabins_address(guest, text):
    # "📍 Av. Costanera 1450…": the cabin's own address, for a supermarket.
    said = text_of(await guest.say(text))
    assert "no tengo info" in said and "hablar con una persona" in said
    assert not said.startswith("📍")


async def test_how_to_get_there_is_still_the_address(guest):
    said = text_of(await guest.say("como llego desde el centro?"))
    assert said.startswith("📍") and "Costanera" in said


async def test_which_do_you_recommend_for_a_couple_before_any_dates(guest):
    # "¡Genial, para 2 personas! ¿Para qué fechas…?": the question itself was ignored.
    said = text_of(await guest.say("buenas! cual me recomendas para una pareja?"))
    assert "te recomiendo la *Cabaña Lago Lácar*" in said and "fechas" in said
    assert await guest.state() == State.ASK_DATES
    start, end = quiet_stay()
    answer = await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert len(rows(answer)) == 3  # the dates still show every free cabin


# ------------------------------------------------------------------ the booking flow


async def test_y_si_alquilamos_2_after_a_party_too_big(guest):
    # "¿Cuántas personas serían en total?" right after they said 8.
    await guest.say("necesito para 8 personas")
    said = text_of(await guest.say("y si alquilamos 2?"))
    assert "de a una" in said and "¿Cuántos van en la primera?" in said
    assert "en total" not in said


async def test_a_head_count_while_the_departure_is_asked_is_said_back(guest):
    # "para 2" got the very same "¿Hasta qué día te quedás?", as if unheard.
    start, _ = quiet_stay()
    await guest.say(f"tienen lugar el {ddmm(start)}?")
    said = text_of(await guest.say("para 2"))
    assert "para 2 personas" in said and "¿Hasta qué día te quedás?" in said
    assert (await guest.session()).ctx.guests == 2
    answer = await guest.say("3 noches")
    assert rows(answer)


@pytest.mark.parametrize("text", ["puedo cambiar las fechas?", "tienen disponibilidad?"])
async def test_other_dates_with_a_hold_do_not_cheer_a_party_nobody_said(guest, text):
    # "¡Genial, para 2 personas!" to a question that said nothing about people.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "¡Genial" not in said and "fechas" in said
    assert await guest.state() == State.ASK_DATES


async def test_days_after_none_of_these_are_read_in_the_month_of_the_list(guest):
    # "ninguna me convence" forgot the month: "¿y del 8 al 11?" was the next 8th from today.
    start, end = quiet_stay(days_ahead=70)
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say("ninguna me convence")
    later = start + dt.timedelta(days=7)
    if later.month != start.month or (later + dt.timedelta(days=3)).month != start.month:
        later = start - dt.timedelta(days=10)
    out = later + dt.timedelta(days=3)
    await guest.say(f"y del {later.day} al {out.day}?")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (later, out)


async def test_ayuda_at_are_you_sure_explains_the_buttons_and_keeps_the_question(guest, db):
    # The general help and the menu, with the question about cancelling dropped.
    code = await hold_quiet_stay(guest)
    await guest.say("cancelar reserva")
    answer = await guest.say("ayuda")
    assert await guest.state() == State.CONFIRM_CANCEL
    buttons = only(answer, Buttons)
    assert code in buttons.body and "Todavía no cancelé nada" in buttons.body
    assert [b.title for b in buttons.buttons] == ["Sí, cancelar", "No, mantener"]
    assert (await holds.get_reservation(db, code)).status == "pre_reserved"


# ------------------------------------------------------------------ second batch


async def test_y_la_primera_on_the_summary_shows_the_first_listed(guest):
    # The summary on screen again: "la primera" was not read as a place in the list.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    first, second = rows(offer)
    await guest.tap(second.id, second.title)
    summary = only(await guest.say("y la primera?"), Buttons)
    assert first.title in summary.body


@pytest.mark.parametrize(
    "text, answer",
    [
        ("la primera tiene parrilla?", "de la *Cabaña Lago Lácar* no figura parrilla"),
        ("la 2 tiene parrilla?", "La *Cabaña Cerro Chapelco* tiene parrilla"),
    ],
)
async def test_a_row_asked_about_by_its_place_is_the_one_answered(guest, text, answer):
    # Every listed cabin was answered about, as if the place had not been said.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say(text))
    assert answer in said and "Bosque de Quila" not in said
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    "question, slug",
    [
        ("la 2 tiene parrilla?", "cerro-chapelco"),
        ("y la de quila tiene cochera?", "bosque-quila"),
        ("la primera tiene wifi?", "lago-lacar"),
    ],
)
@pytest.mark.parametrize("take", ["dale esa", "esa", "dale, reservame esa"])
async def test_that_one_after_a_question_about_a_listed_cabin_is_that_cabin(
    guest, question, slug, take
):
    # "Elegí una cabaña de la lista…": "esa" right after the answer about one cabin.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say(question)
    summary = await guest.say(take)
    assert await guest.state() == State.CONFIRM_HOLD
    assert any(f"hold:confirm:{slug}:" in b for b in button_ids(summary))


async def test_a_number_after_a_question_about_another_cabin_is_still_that_number(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say("la 2 tiene parrilla?")
    summary = await guest.say("1")
    assert any("hold:confirm:lago-lacar:" in b for b in button_ids(summary))


async def test_not_knowing_the_head_count_yet_gets_how_prices_work(guest):
    # "¿Cuántas personas serían en total? Decime un número" to "no sé todavía".
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    said = text_of(await guest.say("no se todavia cuantos somos"))
    assert "por cabaña, no por persona" in said and "como máximo" in said
    assert await guest.state() == State.ASK_GUESTS
    answer = await guest.say("capaz 5")  # was not taken as a head count either
    assert "para 5 personas" in text_of(answer) and rows(answer)


async def test_another_cabin_for_the_same_dates_after_booking_one(guest, db):
    # "Perdón, no te entendí bien" and the menu.
    code = await paid_quiet_stay(guest, db)
    res = await holds.get_reservation(db, code)
    said = text_of(await guest.say("quiero otra cabaña para las mismas fechas"))
    assert "otra cabaña para las mismas fechas" in said and "¿Cuántas personas" in said
    assert await guest.state() == State.ASK_GUESTS
    answer = await guest.say("para 4")
    assert rows(answer)
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (res.check_in, res.check_out)


async def test_me_equivoque_de_fechas_with_a_hold_asks_for_the_right_ones(guest, db):
    # The payment link again, as if the guest had asked for it.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("me equivoque de fechas"))
    assert "¿Cuándo querés venir?" in said and code in said and "sigue guardada" in said
    assert await guest.state() == State.ASK_DATES
    assert (await holds.get_reservation(db, code)).status == "pre_reserved"


# ------------------------------------------------------------------ third batch


async def test_esa_after_asking_about_the_other_cabin_is_that_one_not_a_hold(guest, db):
    # "dale esa" held the cabin on the summary, right after asking about the other one.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Cerro Chapelco
    await guest.say("la otra tiene lavarropas?")
    summary = only(await guest.say("dale, me quedo con esa"), Buttons)
    assert "Bosque de Quila" in summary.body
    assert await guest.state() == State.CONFIRM_HOLD
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def test_esa_after_asking_about_several_others_asks_which(guest, db):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)  # Lago Lácar, two others
    await guest.say("las otras tienen parrilla?")
    said = text_of(await guest.say("dale esa"))
    assert "¿Cuál querés?" in said and "*la de Chapelco*" in said and "*la de Quila*" in said
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def test_esa_after_a_question_about_the_cabin_on_screen_still_confirms(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.say("tiene parrilla?")
    await guest.say("dale esa")
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_tengo_una_reserva_para_marzo_is_not_a_new_search(guest, db):
    # "¿Qué días de marzo querés venir?", to a guest telling us about their booking.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    res = await holds.get_reservation(db, code)
    month = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
             " diciembre").split()[res.check_in.month - 1]  # fmt: skip
    said = text_of(await guest.say(f"hola soy Marta, tengo una reserva para {month}"))
    assert code in said and "confirmada" in said and "Marta" in said
    assert await guest.state() == State.IDLE


# ------------------------------------------------------------------ fourth batch


async def test_y_ahora_after_the_hold_expired_says_so_and_offers_it_again(guest, db):
    # "Perdón, no te entendí bien", right after the expiry notice.
    from booking.jobs import expire_holds

    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await expire_holds(db, guest.app[NOTIFIER])
    answer = await guest.say("y ahora?")
    assert code in text_of(answer) and "no te entendí" not in text_of(answer)
    assert any(b.id.startswith("menu:retry") for b in only(answer, Buttons).buttons)


async def test_cancelar_la_primera_after_listing_two_reservations(guest):
    # The list of both again, as if "la primera" had not been said.
    first = await hold_quiet_stay(guest)
    start, end = quiet_stay(days_ahead=60)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.tap(only(guest.heard[-1:], Buttons).buttons[0].id, "Confirmar")
    await guest.say("cuales son mis reservas?")
    answer = await guest.say("cancelar la primera")
    assert await guest.state() == State.CONFIRM_CANCEL
    assert first in only(answer, Buttons).body


async def test_dale_to_the_longer_stay_offered_keeps_the_cabin_named(guest):
    # "la de 6" was forgotten: a list of one, and a question answered meanwhile was
    # followed by "pasame las fechas" while the bot waited for "dale".
    start, _ = quiet_stay(days_ahead=60)
    friday = start + dt.timedelta(days=4)
    said = text_of(await guest.say(f"la de 6 para el finde del {friday.day} para 6"))
    assert "pide mínimo 3 noches" in said
    said = text_of(await guest.say("cuanto es la seña?"))
    assert "Decime *dale*" in said and "pasame las fechas" not in said
    summary = only(await guest.say("dale"), Buttons)
    assert "Bosque de Quila" in summary.body and "(3 noches)" in summary.body


async def test_esa_means_the_cabin_asked_about_only_right_after_the_question(guest, db):
    # After the guest taps that cabin's row, "esa" is the summary on screen again.
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    chapelco, quila = rows(offer)
    await guest.tap(chapelco.id, chapelco.title)
    await guest.say("la otra tiene lavarropas?")
    await guest.tap(quila.id, quila.title)
    await guest.say("dale esa")
    assert await guest.state() == State.AWAIT_PAYMENT
    held = await holds.get_reservation(db, (await guest.session()).ctx.hold)
    assert held.cabin_name == quila.title
