"""Round 19 of QA: the payment reminder said once, a group that asks for two cabins, a
sticker under the menu, the deposit asked on a summary — and this round's personas played
whole: one long message, booking for someone else, a work team, a late-night booking, a
price seen elsewhere, a bank transfer insisted on, and more.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    Guest,
    ddmm,
    handed_off,
    hold_quiet_stay,
    quiet_stay,
    rows,
    summed_up,
    text_of,
    today,
)

REMINDER = "Tu reserva sigue guardada"


# ------------------------------------------------------------------ the reminder said once


# Decided: the step's reminder ("Tu reserva sigue guardada…") is said once; an "ok",
# "gracias", "chau" or 👍 right after it gets its own words ("¡De nada!", "¡Chau!") or a
# short nod that varies, never the reminder again. A question still gets it after its answer.
async def test_acknowledgements_with_the_link_sent_hear_the_reminder_once(guest):
    # "Tu reserva sigue guardada; cuando pagues…" after each of "ok", "gracias" and "chau".
    await hold_quiet_stay(guest)
    said = [text_of(await guest.say(t)) for t in ("ok", "gracias", "chau", "dale", "👍")]
    assert sum(REMINDER in s for s in said) == 1
    assert said[1].startswith("¡De nada") and said[2].startswith("¡Chau")
    assert said[3] != said[4]  # the nods vary
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_question_after_the_reminder_still_gets_its_answer_and_the_link(guest):
    code = await hold_quiet_stay(guest)
    await guest.say("ok")
    said = text_of(await guest.say("como pago?"))
    assert f"/demo/checkout/{code}" in said


async def test_a_question_after_the_reminder_gets_it_again_after_its_answer(guest):
    await hold_quiet_stay(guest)
    assert REMINDER in text_of(await guest.say("ok"))
    said = text_of(await guest.say("hay wifi?"))
    assert "wifi" in said.lower() and REMINDER in said


# ------------------------------------------------------------------ two cabins asked for


@pytest.mark.parametrize(
    "text", ["necesito 2 cabañas para 10", "hola, queremos dos cabañas, somos 9"]
)
async def test_a_group_asking_for_two_cabins_goes_straight_to_the_split(guest, text):
    # "Nuestra cabaña más grande es para 6 personas 😕 Si se reparten en dos cabañas…".
    said = text_of(await guest.say(text))
    assert "😕" not in said and "Si se reparten" not in said
    assert "Cuántos van en la primera" in said
    assert await guest.state() == State.ASK_GUESTS


async def test_a_group_too_big_that_asked_for_one_still_hears_the_largest(guest):
    said = text_of(await guest.say("somos 10"))
    assert "Nuestra cabaña más grande es para 6" in said


async def test_the_split_then_books_the_first_cabin(guest):
    start, end = quiet_stay()
    await guest.say(f"necesito 2 cabañas para 10 del {ddmm(start)} al {ddmm(end)}")
    listed = await guest.say("6 y 4")
    assert [r.title for r in rows(listed)] == ["Cabaña Bosque de Quila"]


# ------------------------------------------------------------------ a sticker under the menu


async def test_a_sticker_after_the_welcome_keeps_the_menu_in_mind(guest):
    # "??" after the sticker got the whole menu a second time.
    await guest.say("hola")
    await guest.send("sticker")
    said = text_of(await guest.say("??"))
    assert "Consultar disponibilidad" not in said and "Acá estoy" in said
    assert "Para qué fechas" in text_of(await guest.say("1"))  # the menu's option 1


async def test_a_sticker_on_the_list_keeps_its_rows_for_a_typed_number(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.send("sticker")
    said = text_of(await guest.say("2"))
    assert f"🏡 *{rows(listed)[1].title}*" in said


# ------------------------------------------------------------------ the deposit on a summary


@pytest.mark.parametrize(
    "text", ["¿cómo es el tema de la seña?", "como funciona el pago?", "cómo se paga la seña?"]
)
async def test_how_the_deposit_works_on_a_summary_gives_this_stay_s_figures(guest, text):
    # "Para reservar se paga una seña del 30 % con Mercado Pago…": no figure of this stay.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)  # Lago Lácar, $ 195.000
    said = text_of(await guest.say(text))
    assert "$ 58.500" in said and "$ 136.500" in said and "Mercado Pago" in said
    assert "Confirmar" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ booking for someone else


# Decided: a name (and number) given for the reservation ("a nombre de mi mamá, Marta
# Gómez, su cel es …") is noted and the hold placed under it, so the owner's notice says
# whom to expect; the chat, the link and the notices stay with the guest who writes.
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "la reserva tiene que estar a nombre de mi mamá, Marta Gómez, su cel es 2944 555 123",
            "Marta Gómez (2944 555 123)",
        ),
        ("ponela a nombre de mi papá jorge pérez", "Jorge Pérez"),
        ("el titular es Carlos Ruiz, tel 11 5555-4444", "Carlos Ruiz (11 5555-4444)"),
    ],
)
async def test_a_holder_named_on_the_summary_is_noted_not_held(guest, db, text, holder):
    # "¡Listo! Te guardé la…": the message read as a yes, and the name lost.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert f"a nombre de *{holder}*" in said and "Te guardé" not in said
    assert await guest.state() == State.CONFIRM_HOLD
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    code = (await guest.session()).ctx.hold
    row = await db.fetchrow(
        "SELECT guest_name, guest_phone FROM reservations WHERE code = $1", code
    )
    assert row["guest_name"] == holder and row["guest_phone"] == guest.wa_id


@pytest.mark.parametrize("text", ["a nombre de quién queda?", "a nombre de mi mamá"])
async def test_no_name_said_is_no_holder(guest, text):
    await summed_up(guest)
    assert "Anotado" not in text_of(await guest.say(text))
    assert (await guest.session()).ctx.holder is None


# ------------------------------------------------------------------ a work team, factura A


async def test_an_invoice_asked_with_the_stay_still_lists_the_cabins(app, guest):
    # "Ya le aviso a alguien del equipo…" and silence for two hours: the booking waited.
    start, end = quiet_stay()
    replies = await guest.say(
        f"Buen día, necesito una cabaña para un equipo de trabajo de 4 personas del "
        f"{ddmm(start)} al {ddmm(end)}. Necesitamos factura A"
    )
    said = text_of(replies)
    assert "para 4 personas" in said and rows(replies) and "factura la hace el dueño" in said
    assert await guest.state() == State.CHOOSE_CABIN
    assert not await handed_off(app)


async def test_an_invoice_asked_alone_still_calls_a_person(app, guest):
    await guest.say("hola, ¿hacen factura A?")
    assert await handed_off(app)


# ------------------------------------------------------------------ the same dates as last year


async def _stayed_last_year(db, guest: Guest) -> tuple[dt.date, dt.date]:
    end = today() - dt.timedelta(days=300)
    start = end - dt.timedelta(days=3)
    await db.execute(
        """INSERT INTO reservations (code, accommodation_id, check_in, check_out,
               reservation_status, channel, guest_name, guest_phone, guests, total_cents)
           SELECT 'CAB-OLD1', id, $1, $2, 'confirmed', 'whatsapp', 'Lucía', $3, 2, 30000000
           FROM accommodations WHERE slug = 'lago-lacar'""",
        start, end, guest.wa_id,
    )  # fmt: skip
    return start, end


@pytest.mark.parametrize(
    "text",
    [
        "hola! queremos las mismas fechas que el año pasado",
        "buenas, ¿tienen lugar los mismos días que la otra vez? somos 2",
    ],
)
async def test_the_same_dates_as_last_year_are_searched_a_year_on(db, guest, text):
    # The welcome and the menu, the dates asked for not looked up.
    start, end = await _stayed_last_year(db, guest)
    said = text_of(await guest.say(text))
    ahead = start.replace(year=start.year + 1)
    assert R.span(start, end) in said and R.day(ahead) in said
    assert (await guest.session()).ctx.check_in == ahead


async def test_the_same_dates_with_no_stay_before_asks_for_them(guest):
    said = text_of(await guest.say("hola, queremos las mismas fechas que el año pasado"))
    assert "No encuentro una estadía anterior" in said
    assert await guest.state() == State.ASK_DATES


# ------------------------------------------------------------------ a price seen elsewhere


async def test_a_price_seen_on_booking_is_answered_before_the_head_count(guest):
    # "Perfecto, del … ¿Cuántas personas?": the price asked about went unanswered.
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"hola, en Booking vi la cabaña del lago a $150.000 del {ddmm(start)} al "
            f"{ddmm(end)}, me la dejan a ese precio?"
        )
    )
    assert "no manejo descuentos" in said and "los precios son estos 👇" not in said
    assert "Cuántas personas" in said


async def test_a_discount_with_the_list_points_at_it(guest):
    start, end = quiet_stay()
    replies = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2, ¿me hacen precio?")
    assert "los precios son estos 👇" in text_of(replies) and rows(replies)


# ------------------------------------------------------------------ a bank transfer insisted on


async def test_a_transfer_insisted_on_is_heard_not_repeated(guest):
    # The same "La seña del 30 % se paga con Mercado Pago…" three times in a row.
    await summed_up(guest)
    first = text_of(await guest.say("puedo pagar por transferencia?"))
    again = text_of(await guest.say("no tengo mercado pago, solo transferencia"))
    assert "Entiendo" in again and "*hablar con una persona*" in again
    assert first.splitlines()[0] != again.splitlines()[0]
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ more of this round's guests


@pytest.mark.parametrize(
    "text", ["gracias, quiero confirmar", "obrigado, quero confirmar", "genial! la quiero reservar"]
)
async def test_thanks_then_i_want_to_confirm_holds(guest, text):
    # "¡De nada, Lucía!" and the summary still waiting for its "Confirmar".
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Te guardé" in said and await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["no sé qué tocar", "no se como seguir", "qué toco?"])
async def test_lost_on_the_summary_hears_what_its_buttons_do(guest, text):
    # "¡Dale, sin apuro!", as if the guest were making up their mind.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Todavía no te guardé nada" in said and "sin apuro" not in said


async def test_paying_over_the_internet_is_no_wifi_question(guest):
    # The wifi line after the cash answer.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("no sé pagar por internet, puedo pagar en efectivo?"))
    assert "efectivo" in said and "wifi" not in said.lower()
