"""Round 21 of QA: last round's leftovers (the check-in told to whoever books for others,
no card and more time asked in one breath) and this round's personas played whole: a
guest booking for their parents, one who writes everything at once, one bargaining, one
typing without accents or care, one who answers questions with questions, and more.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    Guest,
    ddmm,
    hold_quiet_stay,
    quiet_stay,
    rows,
    summed_up,
    text_of,
)

# ------------------------------------------------------------------ booked for one's parents


# Decided: once the stay is someone else's (booked under another name, or "es para mis
# viejos" said lately) or the question speaks of them ("¿a qué hora entran?"), the check-in
# and check-out times speak of the people staying: "Pueden entrar desde las 14:00…".
@pytest.mark.parametrize(
    "told",
    [
        "la reserva a nombre de mi mamá, Marta Gómez",
        "es para mis viejos",
        "yo no voy, es para mis suegros",
    ],
)
async def test_the_times_asked_for_one_s_parents_speak_of_them(guest, told):
    # "Podés entrar desde las 14:00…", to a son who is not going.
    await summed_up(guest)
    await guest.say(told)
    said = text_of(await guest.say("a que hora se puede hacer el check in?"))
    assert "Pueden entrar desde las 14:00" in said and "Podés entrar" not in said


async def test_the_times_asked_of_them_speak_of_them(guest):
    # "Mmm, eso no lo tengo en mi info 🤔": "entran" was no check-in asked.
    await summed_up(guest)
    said = text_of(await guest.say("a que hora entran?"))
    assert "Pueden entrar desde las 14:00" in said


async def test_the_times_of_a_paid_booking_for_one_s_mother_speak_of_her(guest, db):
    # "Podés entrar…" once paid: the holder is done with in the chat (round 20), but the
    # booking is still hers.
    from tests.conversation_support import pay_deposit

    await summed_up(guest)
    await guest.say("la reserva a nombre de mi mamá, Marta Gómez")
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    await pay_deposit(guest, db, (await guest.session()).ctx.hold)
    await guest.forget()
    said = text_of(await guest.say("a que hora es el check in?"))
    assert "Pueden entrar desde las 14:00" in said
    assert "Av. Costanera" in text_of(await guest.say("y como llegan?"))


async def test_the_times_of_one_s_own_paid_booking_say_podes(guest, db):
    from tests.conversation_support import pay_deposit

    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    said = text_of(await guest.say("a que hora es el check in?"))
    assert "Podés entrar desde las 14:00" in said


async def test_the_guest_s_own_stay_still_says_podes_entrar(guest):
    await summed_up(guest)
    said = text_of(await guest.say("a que hora es el check in?"))
    assert "Podés entrar desde las 14:00" in said


@pytest.mark.parametrize("text", ["es para mis viejos, yo no voy", "para mis suegros, yo no viajo"])
async def test_the_writer_who_is_not_going_is_not_counted(guest, text):
    # "La Cabaña Lago Lácar es para hasta 2 personas, así que para 3…": "yo no voy" read as
    # "mis viejos y yo", and the summary for 2 dropped for a list for 3.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "para 3" not in said and "Pasame el nombre" in said
    assert await guest.state() == State.CONFIRM_HOLD and (await guest.session()).ctx.guests == 2


# ------------------------------------------------------------------ no card, more time


# Decided: asked on the summary to keep the cabin longer ("¿me la guardás hasta mañana?")
# is not a yes: nothing is held, and the guest hears it is held only while the deposit is
# paid (the hold's minutes), how it is paid, and who can give more time. With no card said
# too, or alone, what else Mercado Pago's link takes (money in the account, or someone
# else paying it), as the payment terms say; the same once the hold is placed.
@pytest.mark.parametrize(
    "text",
    [
        "no tengo tarjeta, ¿me la guardás hasta mañana?",
        "me la podes guardar hasta el lunes q no tengo tarjeta",
    ],
)
async def test_no_card_and_more_time_on_the_summary_answers_both(guest, text):
    # The payment terms alone; or a hold of 30 minutes placed as if "guardás" were a yes.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Sin tarjeta también se puede" in said and "dinero en cuenta" in said
    assert "30 minutos" in said and "Tanto tiempo no te la puedo guardar" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_more_time_asked_on_the_summary_holds_nothing(guest):
    # "¡Listo! Te guardé…" for 30 minutes, to a guest who asked for a day.
    await summed_up(guest)
    said = text_of(await guest.say("me la guardás hasta mañana?"))
    assert "Te guardé" not in said and "30 minutos" in said and "Confirmar" in said
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Te guardé" in text_of(await guest.tap(R.HOLD_CONFIRM, "Confirmar"))


async def test_no_card_alone_on_the_summary_says_what_else_the_link_takes(guest):
    # The general terms ("Cuando elegís la cabaña te la guardo…") on a summary.
    await summed_up(guest)
    said = text_of(await guest.say("no tengo tarjeta"))
    assert "Sin tarjeta también se puede" in said and "Cuando elegís la cabaña" not in said


@pytest.mark.parametrize(
    "text",
    ["no tengo tarjeta, ¿me la guardás hasta mañana?", "mañana te la pago que no tengo tarjeta"],
)
async def test_no_card_and_more_time_after_the_hold_answers_both(guest, text):
    # Only until when it is held: the card never heard.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert code in said and "hasta las" in said
    assert "Sin tarjeta también se puede" in said and "dinero en cuenta" in said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_more_time_alone_after_the_hold_does_not_talk_of_cards(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("me la guardás hasta mañana?"))
    assert "no puedo extenderla" in said and "Sin tarjeta" not in said


# ------------------------------------------------------------------ a guest bargaining


@pytest.mark.parametrize(
    "text", ["no hay algun descuentito?", "y una rebajita?", "alguna ofertita para nosotros?"]
)
async def test_a_discount_asked_in_diminutive_on_the_summary_is_answered(guest, text):
    # "Mmm, eso no lo tengo en mi info 🤔": "descuentito" was no discount asked.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "no manejo descuentos" in said and "no lo tengo en mi info" not in said
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize("state", ["list", "summary"])
async def test_a_discount_asked_on_a_way_of_paying_answers_both(guest, state):
    # On the list: the cash terms alone, the discount unheard; on the summary: no discount
    # and the total, the cash unheard.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    if state == "summary":
        await guest.tap(rows(listed)[0].id)
    said = text_of(await guest.say("me hacen un descuento si pago todo en efectivo?"))
    assert "no manejo descuentos" in said and "no puedo tomarla en efectivo" in said


async def test_a_discount_asked_after_the_hold_is_answered_before_the_price(guest):
    # The hold's price alone, as if "¿no me hacen una rebajita?" asked what it costs.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("y no me hacen una rebajita?"))
    assert "no manejo descuentos" in said and "$ 195.000" in said


# ------------------------------------------------------------------ "la del lago"


# Decided: a message that takes a cabin without naming it ("la quiero del 5 al 8",
# "reservámela…") right after an answer about one cabin (its price, a feature) is about
# that cabin: its summary once dates and party are known, not the list of every cabin.
# Without such a word ("del 5 al 8 para 2") the guest may have moved on: the list.
@pytest.mark.parametrize(
    ("asked", "taken"),
    [
        ("y cuanto sale la del lago?", "la quiero del {s} al {e}"),
        ("hola, la del lago tiene wifi?", "buenisimo, reservamela del {s} al {e}"),
        ("cuanto sale la cabaña del lago", "ok la reservo del {s} al {e}"),
    ],
)
async def test_the_cabin_asked_about_then_taken_with_dates_is_summed_up(guest, asked, taken):
    # The list of all three cabins after "somos 2", the Lago never summed up.
    start, end = quiet_stay()
    await guest.say(asked)
    await guest.say(taken.format(s=ddmm(start), e=ddmm(end)))
    said = text_of(await guest.say("somos 2"))
    assert "🏡 *Cabaña Lago Lácar*" in said and await guest.state() == State.CONFIRM_HOLD


async def test_dates_alone_after_a_cabin_s_price_still_list_every_cabin(guest):
    start, end = quiet_stay()
    await guest.say("cuanto sale la del lago?")
    replies = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert len(rows(replies)) == 3


# ------------------------------------------------------------------ back after the hold lapsed


async def _lapsed(guest: Guest, db) -> str:
    from appkeys import NOTIFIER
    from booking.jobs import expire_holds

    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await expire_holds(db, guest.app[NOTIFIER])
    return code


# Decided: about to pay once the hold lapsed ("ya estoy, te pago ahora") is paying asked
# for, like "quiero pagar la seña" (round 11): the hold lapsed, and "Reservar de nuevo";
# not the general "para reservar se paga una seña…", as if nothing had been held.
@pytest.mark.parametrize("text", ["hola, ya estoy, te pago ahora", "ahora la pago"])
@pytest.mark.parametrize("forgotten", [False, True])
async def test_paying_now_after_the_hold_lapsed_says_it_lapsed(guest, db, text, forgotten):
    code = await _lapsed(guest, db)
    if forgotten:
        await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "venció" in said and "Para reservar se paga" not in said


async def test_paying_now_with_the_hold_live_is_the_link(guest):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("ya estoy, te pago ahora"))
    assert code in said and "/demo/checkout/" in said and "venció" not in said


@pytest.mark.parametrize(
    "text", ["hola, perdon que tarde, sigue libre la cabaña?", "todavia esta disponible?"]
)
async def test_still_free_asked_after_the_hold_lapsed_sums_it_up_again(guest, db, text):
    # "¿Para qué fechas querés venir?", the lapsed stay forgotten.
    await _lapsed(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert "sigue libre" in said and "🏡 *Cabaña Lago Lácar*" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ all in one message


async def test_the_guest_s_own_name_as_holder_is_not_someone_else(app):
    # "La reserva va a nombre de Carlos Pérez, así el dueño sabe a quién esperar. El link y
    # los avisos te llegan a vos por acá", to Carlos himself.
    carlos = Guest(app, name="Carlos")
    await summed_up(carlos, guests=4)
    said = text_of(await carlos.say("perfecto, a nombre de Carlos Pérez. Confirmo"))
    assert "va a tu nombre: *Carlos Pérez*" in said and "te llegan a vos" not in said
    assert "Te guardé" in said and "a nombre de *Carlos" not in said


async def test_everything_in_one_long_message_is_answered_and_listed(guest):
    start, end = quiet_stay()
    replies = await guest.say(
        "Buenas noches, mi nombre es Carlos Pérez. Les escribo porque queremos ir con mi "
        f"señora y mis dos hijos (10 y 14 años) del {ddmm(start)} al {ddmm(end)}. Tienen "
        "wifi? A qué hora es el check in? Llevamos el auto, hay cochera? Cuánto sería el "
        "total? Gracias!"
    )
    said = text_of(replies)
    assert "Hola, Carlos" in said and "wifi" in said and "14:00" in said
    assert "estacionamiento" in said and "para 4 personas" in said and rows(replies)


# ------------------------------------------------------------------ a night's price, typed anyhow


async def _listed(guest: Guest, guests: int = 4) -> list:
    start, end = quiet_stay()
    return rows(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {guests}"))


@pytest.mark.parametrize(
    "text",
    [
        "cuanto sale por noche la mas barata?",
        "cuanto sal x noche la mas varata",
        "cual es la mas barata por noche?",
    ],
)
async def test_the_cheapest_s_night_asked_gives_a_night_s_price(guest, text):
    # "La que sale menos es la Cerro Chapelco: $ 285.000 por 3 noches": the total, asked a
    # night's price; or every listed total, "varata" and "x noche" unread.
    await _listed(guest)
    said = text_of(await guest.say(text))
    assert "La que sale menos es la *Cabaña Cerro Chapelco*: $ 95.000 la noche" in said
    assert "$ 140.000 la noche" in said  # the other listed, by the night too


@pytest.mark.parametrize("text", ["x noche cuanto es?", "la noche cuanto sale?"])
async def test_a_night_s_price_asked_anyhow_on_the_list_gives_each_night(guest, text):
    # Every listed total with its deposit: the night asked for never said.
    await _listed(guest)
    said = text_of(await guest.say(text))
    assert "$ 95.000 la noche" in said and "$ 140.000 la noche" in said


async def test_the_cheapest_typed_with_a_v_is_picked(guest):
    listed = await _listed(guest)
    said = text_of(await guest.say("la mas varata"))
    assert f"🏡 *{listed[0].title}*" in said and await guest.state() == State.CONFIRM_HOLD


async def test_the_cheapest_s_total_asked_is_still_the_total(guest):
    await _listed(guest)
    said = text_of(await guest.say("cual sale menos?"))
    assert "$ 285.000 por 3 noches" in said and "la noche" not in said


# ------------------------------------------------------------------ requests put as questions


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("me guardas la primera?", 0),
        ("¿nos reservás la 2?", 1),
        ("podrías guardarme la última?", 2),
    ],
)
async def test_a_listed_cabin_asked_for_as_a_question_is_summed_up(guest, text, at):
    # "Mmm, eso no lo tengo en mi info 🤔": a request read as a question we cannot answer.
    listed = await _listed(guest, guests=2)
    said = text_of(await guest.say(text))
    assert f"🏡 *{listed[at].title}*" in said and await guest.state() == State.CONFIRM_HOLD


async def test_a_question_about_a_listed_cabin_still_picks_nothing(guest):
    await _listed(guest, guests=2)
    await guest.say("la primera tiene parrilla?")
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    "text", ["se puede pagar la seña mañana?", "y si pago la seña en 2 horas?", "mañana te la pago"]
)
async def test_paying_later_than_a_hold_lasts_asked_on_the_summary_is_answered(guest, text):
    # The deposit's figures alone ("…te guardo la cabaña 30 minutos…"), "mañana" unheard.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Tanto tiempo no te la puedo guardar" in said and "30 minutos" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ asking about one cabin


async def test_the_rooms_of_a_cabin_typed_d_6_are_its_description(guest):
    # "Capacidad de cada cabaña 👥" for all three: "d 6" named no cabin, and the
    # bedrooms asked were answered with head counts.
    said = text_of(await guest.say("q onda la cabaña d 6, cuantos dormitorios tiene?"))
    assert "Bosque de Quila" in said and "Tres dormitorios" in said
    assert "Lago Lácar" not in said


@pytest.mark.parametrize("bare", ["precio?", "y cuanto sale?"])
async def test_a_bare_price_asked_after_questions_about_one_cabin_is_its_price(guest, bare):
    # Every cabin's prices, as if the Quila had not been the talk.
    await guest.say("la de quila tiene lavarropas?")
    said = text_of(await guest.say(bare))
    assert "Bosque de Quila" in said and "Lago Lácar" not in said


async def test_a_bare_price_asked_first_is_every_cabin_s(guest):
    said = text_of(await guest.say("precio?"))
    assert "Bosque de Quila" in said and "Lago Lácar" in said


# ------------------------------------------------------------------ help mid-booking


# Decided: "ayuda" mid-booking (asked the dates or the party, or with the link sent) says
# how it works and keeps the step, its reminder after; as on the summary and at "¿seguro?"
# since earlier rounds. From idle, and from the list (round 4), it comes with the menu.
async def test_help_while_asked_the_party_keeps_the_dates(guest):
    # The menu, the dates dropped to idle: "3" next was the menu's third option.
    start, end = quiet_stay()
    await guest.say(f"hola del {ddmm(start)} al {ddmm(end)}")
    said = text_of(await guest.say("ayuda"))
    assert "Te cuento cómo funciona" in said and await guest.state() == State.ASK_GUESTS
    replies = await guest.say("3")
    assert "para 3 personas" in text_of(replies) and rows(replies)


async def test_help_with_the_link_sent_keeps_the_hold_pending(guest):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("ayuda"))
    assert "Te cuento cómo funciona" in said and await guest.state() == State.AWAIT_PAYMENT
    assert code in text_of(await guest.say("como pago?"))
