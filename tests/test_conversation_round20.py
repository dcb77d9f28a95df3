"""Round 20 of QA: last round's leftovers (booking for someone else, the link passed on, a
CUIT on the summary, a transfer asked for after the link) and this round's personas played
whole: a hurried dad, a grandmother, a couple changing dates, a group of 9, a guest back
the next day asking "¿y mi reserva?", and more.

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
    owner_app_fixture,
    pay_deposit,
    quiet_stay,
    rows,
    summed_up,
    text_of,
)

GUEST_CLOUD = "542944111111"  # tests.conversation_support.GUEST as the Cloud API is sent it
OWNER_CLOUD = "542944999999"  # tests.conversation_support.OWNER, likewise


# ------------------------------------------------------------------ the link passed on


# Decided: the link sent on to whoever pays ("ya le pasé el link a mi mamá") is acknowledged:
# we tell the guest here when the deposit lands, and until when the hold lasts; not the
# link and how to pay again, which the guest no longer needs.
@pytest.mark.parametrize(
    "text",
    [
        "ya le pasé el link a mi mamá",
        "le reenvié el link a mi hermana que paga ella",
        "se lo mandé a mi marido para que pague",
        "lo paga mi papá, ya se lo pasé",
    ],
)
async def test_the_link_passed_on_to_whoever_pays_is_acknowledged(guest, text):
    # "Tu reserva … está guardada hasta las 10:45. Para confirmarla, pagá la seña…" or
    # "Entrá al link y pagá la seña… con tarjeta": the how-to-pay, to one who passed it on.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Apenas se acredite" in said and code in said and "hasta las" in said
    assert "/demo/checkout/" not in said and "tarjeta" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_link_that_does_not_work_for_mom_is_still_link_trouble(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("a mi mamá no le anda el link"))
    assert "navegador" in said


# ------------------------------------------------------------------ a transfer after the link


@pytest.mark.parametrize(
    "text",
    [
        "no puedo pagar con tarjeta, quiero transferir",
        "no me toma la tarjeta, te puedo hacer una transferencia?",
    ],
)
async def test_a_transfer_asked_for_after_the_link_gets_the_transfer_answer(guest, text):
    # "Si Mercado Pago no te toma la tarjeta, probá con otra tarjeta…": the transfer unheard.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "transferencia" in said and "probá con otra tarjeta" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_card_refused_alone_is_still_card_trouble(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("no puedo pagar con tarjeta"))
    assert "probá con otra tarjeta" in said


# ------------------------------------------------------------------ "¿y mi reserva?"


@pytest.mark.parametrize("text", ["¿y mi reserva?", "hola, y la reserva??", "cómo va mi reserva?"])
async def test_my_booking_asked_the_next_day_tells_the_hold(guest, text):
    # "Mmm, eso no lo tengo en mi info 🤔": the guest's own hold, unknown.
    code = await hold_quiet_stay(guest)
    await guest.forget()  # the next day: the chat is gone, the hold is not
    said = text_of(await guest.say(text))
    assert code in said and "/demo/checkout/" in said
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize(
    "text", ["hola ¿y mi reserva?", "y mi reserva", "está todo ok con la reserva?"]
)
async def test_my_booking_asked_after_paying_tells_it_is_confirmed(guest, db, text):
    # The welcome and the menu; "Perdón, no te entendí"; "¿Para qué fechas querés venir?".
    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said


async def test_my_booking_asked_with_none_says_there_is_none(guest):
    said = text_of(await guest.say("¿y mi reserva?"))
    assert "no lo tengo en mi info" not in said and "reserva" in said


# ------------------------------------------------------------------ a CUIT on the summary


# Decided: a CUIT sent mid-booking ("mi cuit es 20-12345678-6") is noted for the invoice and
# goes on the hold's notes, which the owner (who makes invoices) reads with the booking; the
# booking goes on, not the summary again nor a person called for the invoice. An unnamed
# number counts only when its check digit is a CUIT's (a phone number is not one).
@pytest.mark.parametrize(
    ("text", "cuit"),
    [
        ("20-12345678-6", "20-12345678-6"),
        ("mi cuit es 20123456786", "20-12345678-6"),
        ("cuit 27-23456789-1 para la factura", "27-23456789-1"),
        ("CUIT: 30-71234567-1 (Los Pinos SRL)", "30-71234567-1"),
    ],
)
async def test_a_cuit_on_the_summary_is_noted_for_the_invoice(app, guest, db, text, cuit):
    # The summary again ("Te resumo 📝 …"), or "Ya le aviso a alguien del equipo…".
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert cuit in said and "factura" in said and "Te resumo" not in said
    assert "Confirmar" in said and await guest.state() == State.CONFIRM_HOLD
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    code = (await guest.session()).ctx.hold
    notes = await db.fetchval("SELECT notes FROM reservations WHERE code = $1", code)
    assert cuit in notes


async def test_a_phone_number_on_the_summary_is_no_cuit(guest):
    await summed_up(guest)
    await guest.say("mi cel es 2944555123")
    assert (await guest.session()).ctx.tax_id is None


async def test_the_cuit_reaches_the_owner_with_the_confirmed_booking(guest, db):
    from booking import holds

    await summed_up(guest)
    await guest.say("para la factura: CUIT 20-12345678-6")
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    held = await holds.get_reservation(db, (await guest.session()).ctx.hold)
    told = R.owner_new_booking(held, held.deposit_cents, "pay-1").body
    assert "CUIT para la factura: 20-12345678-6" in told


# ------------------------------------------------------------------ booked for someone else


HOLDER = "la reserva a nombre de mi mamá, Marta Gómez, su cel es 2944 555 123"


# Decided: a booking under someone else's name says so where it speaks of the stay: the
# hold is "a nombre de Marta Gómez", the paid booking's check-in details are for the guest
# to pass on ("Pasale estos datos a Marta Gómez"), its status "¡Esperamos a Marta Gómez!".
# Once paid, the holder is done with: the guest's next booking is their own unless told.
async def test_a_hold_for_someone_else_names_them(guest):
    await summed_up(guest)
    await guest.say(HOLDER)
    said = text_of(await guest.tap(R.HOLD_CONFIRM, "Confirmar"))
    assert "a nombre de *Marta Gómez*" in said and "2944" not in said.split("Tu código")[0]


told = owner_app_fixture("told")  # the owner's messages read at the fake Graph API


def _to_guest(graph) -> list[str]:
    fake, _ = graph
    return [m["text"]["body"] for m in fake.sent if m["to"] == GUEST_CLOUD and m["type"] == "text"]


async def test_the_paid_booking_for_someone_else_speaks_of_them(told, graph, db):
    # "¡Pago recibido! 🎉 Tu reserva … ¡Te esperamos!" to the son, who is not travelling.
    guest = Guest(told)
    await summed_up(guest)
    await guest.say(HOLDER)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    code = (await guest.session()).ctx.hold
    await pay_deposit(guest, db, code)
    (notice,) = [t for t in _to_guest(graph) if "Pago recibido" in t]
    assert "a nombre de *Marta Gómez*" in notice and "Pasale estos datos a Marta" in notice
    assert "Te esperamos" not in notice
    assert (await guest.session()).ctx.holder is None  # done with once paid
    await guest.forget()
    said = text_of(await guest.say("¿y mi reserva?"))
    assert code in said and "Esperamos a Marta Gómez" in said and "Te esperamos" not in said


async def test_the_guest_s_own_booking_still_says_te_esperamos(db, guest):
    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    said = text_of(await guest.say("¿y mi reserva?"))
    assert "¡Te esperamos!" in said and "a nombre de" not in said


# ------------------------------------------------------------------ pets asked, then told


async def test_the_pet_told_after_asking_is_not_answered_twice(guest):
    # "Aceptamos mascotas chicas y medianas…" again above the list of cabins.
    start, end = quiet_stay()
    await guest.say("hola, aceptan mascotas? tenemos un perro mediano")
    replies = await guest.say(f"buenisimo, del {ddmm(start)} al {ddmm(end)} para 2 y el perro")
    assert "Aceptamos mascotas" not in text_of(replies) and rows(replies)


async def test_a_pet_asked_with_the_stay_is_still_answered(guest):
    start, end = quiet_stay()
    replies = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2, ¿se puede ir con perro?")
    assert "Aceptamos mascotas" in text_of(replies) and rows(replies)


# ------------------------------------------------------------------ a group of 9


@pytest.mark.parametrize("text", ["y la otra para los otros 4?", "ahora la de los demás"])
async def test_a_group_s_second_cabin_asked_after_the_first_hold_is_searched(guest, text):
    # "Tu reserva … está guardada…": the second cabin of "5 y 4" never looked for.
    start, end = quiet_stay()
    await guest.say(f"buenas! somos 9 amigos, queremos ir del {ddmm(start)} al {ddmm(end)}")
    listed = await guest.say("5 y 4")
    await guest.tap(rows(listed)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    replies = await guest.say(text)
    assert "para 4 personas" in text_of(replies) and rows(replies)
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ the transfer insisted on


async def test_mercado_pago_refused_after_asking_for_a_transfer_is_heard(guest):
    # "Para reservar se paga una seña… Cuando elegís la cabaña te la guardo…", on a summary.
    await summed_up(guest)
    await guest.say("pasame el alias y te transfiero la seña")
    said = text_of(await guest.say("no uso mercado pago"))
    assert "Cuando elegís la cabaña" not in said and "*hablar con una persona*" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ a couple changing its mind


@pytest.mark.parametrize("text", ["nah, la primera está bien", "bueno, la 1 me sirve"])
async def test_the_first_listed_settled_on_from_another_summary_is_summed_up(guest, text):
    # The summary of the Quila again, and "confirmo" held the Quila, not the first cabin.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[2].id)  # the Quila's summary
    said = text_of(await guest.say(text))
    assert f"🏡 *{rows(listed)[0].title}*" in said
    assert (await guest.session()).ctx.cabin == "lago-lacar"


async def test_a_day_that_suits_is_still_a_day(guest):
    await guest.say("quiero reservar para 2")
    said = text_of(await guest.say("el 5 me sirve"))
    assert "Llegarías el" in said or "Hasta qué día" in said or "noches" in said


# ------------------------------------------------------------------ booking for one's parents


@pytest.mark.parametrize(
    "text", ["ellos llegan tipo 20 hs, hay problema?", "mis viejos llegan a las 21, se puede?"]
)
async def test_their_late_arrival_asked_on_the_summary_is_answered(guest, text):
    # The summary again: "llegan" (theirs, not "llegamos") was no arrival.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "14:00" in said and "Te resumo" not in said
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize(
    "text", ["mi cuit es 20-12345678-6 y confirmo", "a nombre de mi papá, Jorge Pérez. Confirmo"]
)
async def test_a_note_and_a_yes_in_one_message_holds(guest, text):
    # "¡Anotado!…" and "Cuando quieras, tocá *Confirmar*": the "confirmo" unheard.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Anotado" in said and "Te guardé" in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ audio, location, then text


async def test_the_yes_written_after_an_audio_and_a_location_holds(guest):
    # The summary again after "perdón, te decía que confirmo".
    await summed_up(guest, guests=3)
    await guest.send("audio")
    await guest.send("location")
    said = text_of(await guest.say("perdón, te decía que confirmo"))
    assert "Te guardé" in said and await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ a grandmother with no card


async def test_how_to_pay_with_no_card_says_what_else_the_link_takes(guest):
    # "Entrá al link y pagá la seña… con tarjeta de crédito, débito…" to one with no card.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("y como pago yo no tengo tarjeta"))
    assert "Sin tarjeta también se puede" in said and "/demo/checkout/" in said


@pytest.mark.parametrize(
    "text", ["bueno le digo a mi hijo q pague el", "le paso el link a mi nieta y que lo pague ella"]
)
async def test_someone_else_to_pay_gets_the_link_to_pass_on(guest, text):
    # The how-to-pay text again, word for word.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Pasale este link" in said and "/demo/checkout/" in said and "Apenas se acredite" in said


async def test_a_cuit_sent_after_the_hold_reaches_the_owner(told, graph):
    # The hold's status and link again; the CUIT went nowhere.
    guest = Guest(told)
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("mi cuit es 20-12345678-6"))
    assert "20-12345678-6" in said and "factura" in said
    fake, _ = graph
    to_owner = [m["text"]["body"] for m in fake.sent if m["to"] == OWNER_CLOUD]
    assert any("CUIT para la factura: 20-12345678-6" in t and code in t for t in to_owner)
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ a hurried dad


async def test_a_child_by_age_is_no_cabin_named(guest):
    # "La *Cabaña Lago Lácar* es para hasta 2 personas, así que para 5…": "el de 2" (the
    # two-year-old) read as "la de 2", a cabin the guest never asked for.
    start, end = quiet_stay()
    replies = await guest.say(
        f"buenas, 2 adultos 3 nenes (8, 5 y 2 años) del {ddmm(start)} al {ddmm(end)}, "
        "tienen algo? el de 2 duerme con nosotros"
    )
    said = text_of(replies)
    assert "Lago Lácar" not in said and "para 5 personas" in said and rows(replies)


async def test_the_rest_asked_after_the_total_is_not_the_total_again(guest):
    # "La *Cabaña…* sale $ 420.000 en total…" twice in a row, word for word.
    await hold_quiet_stay(guest, guests=5)
    total = text_of(await guest.say("cuanto tengo que pagar ahora?"))
    rest = text_of(await guest.say("y el resto?"))
    assert "$ 294.000" in rest and "al llegar" in rest and rest != total


# ------------------------------------------------------------------ English halfway


async def test_a_guest_switching_to_english_can_pick_confirm_and_say_paid(guest):
    # "Elegí una cabaña de la lista…", "Perdón, no te estoy entendiendo 😅", and the list
    # prompt again after "ok paid!".
    start, end = quiet_stay()
    listed = await guest.say(f"hola, cabaña del {ddmm(start)} al {ddmm(end)} para 3")
    said = text_of(await guest.say("ok book the first one please"))
    assert f"🏡 *{rows(listed)[0].title}*" in said
    assert "Te guardé" in text_of(await guest.say("yes confirm"))
    assert "Todavía no me llegó" in text_of(await guest.say("ok paid!"))


async def test_how_is_my_booking_going_is_no_hello(guest):
    # "¡Hola, Lucía! 👋" before the status, as if "cómo va" were "¿cómo andás?".
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("como va mi reserva"))
    assert code in said and "Hola" not in said


@pytest.mark.parametrize("text", ["le paso mis datos?", "ya le pasé los datos de mi mamá"])
async def test_data_passed_is_no_link_passed_on(guest, text):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Pasale este link" not in said and "Apenas se acredite la seña" not in said


# Decided: "es para mis viejos", "yo no voy" on the way to booking (no name said) asks whose
# name the reservation goes under; their names told next ("se llaman Jorge y Marta Pérez")
# are that name. Without that said first, "se llama …" names no holder ("mi perro se llama
# Toby").
async def test_a_stay_for_one_s_parents_asks_their_name_and_notes_it(guest):
    # The summary again, twice: "yo no voy, es para mis viejos", "se llaman Jorge y Marta Pérez".
    await summed_up(guest)
    asked = text_of(await guest.say("yo no voy, es para mis viejos"))
    assert "Pasame el nombre" in asked and "Te resumo" not in asked
    said = text_of(await guest.say("se llaman Jorge y Marta Pérez"))
    assert "a nombre de *Jorge y Marta Pérez*" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_pet_s_name_is_no_holder(guest):
    await summed_up(guest)
    await guest.say("mi perro se llama Toby")
    assert (await guest.session()).ctx.holder is None
