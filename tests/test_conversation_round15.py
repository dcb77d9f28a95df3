"""Round 15 of QA: a guest coming back for "la misma cabaña de la otra vez", an extra night
on a paid stay, prices compared on the list, the party changed on the summary, dates in two
messages, impatient pings and a few more.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    Guest,
    button_ids,
    ddmm,
    handed_off,
    hold_quiet_stay,
    lapse,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
    today,
)

MONTHS = (
    "_ enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
MONTHS = MONTHS.split()

# ------------------------------------------------------------------ "la misma de la otra vez"


async def _stayed(db, guest: Guest, slug: str, days_ago: int, status: str = "confirmed") -> None:
    """A stay of 3 nights that ended `days_ago` days ago, booked from the guest's number."""
    end = today() - dt.timedelta(days=days_ago)
    await db.execute(
        """INSERT INTO reservations (code, accommodation_id, check_in, check_out,
               reservation_status, channel, guest_name, guest_phone, guests, total_cents)
           SELECT $1, id, $2, $3, $4, 'whatsapp', 'Lucía', $5, 2, 30000000
           FROM accommodations WHERE slug = $6""",
        f"CAB-P{days_ago:03d}", end - dt.timedelta(days=3), end, status, guest.wa_id, slug,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "hola! queremos volver, la misma cabaña de la otra vez",
        "Buenas! Estuvimos el verano pasado, queremos la misma cabaña",
        "quiero reservar la de siempre",
        "hola, ¿tienen lugar en la misma de la vez pasada?",
    ],
)
async def test_a_guest_back_after_last_summer_gets_that_cabin(guest, db, text):
    # The menu, or the dates asked with no cabin: only stays not ended yet were looked up.
    await _stayed(db, guest, "cerro-chapelco", days_ago=300)
    said = text_of(await guest.say(text))
    assert "Cabaña Cerro Chapelco" in said and "¿Para qué fechas" in said
    assert said.count("Hola") <= 1
    start, end = quiet_stay()
    summary = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2"))
    assert "Te resumo" in summary and "Cabaña Cerro Chapelco" in summary
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_most_recent_past_stay_wins(guest, db):
    await _stayed(db, guest, "cerro-chapelco", days_ago=700)
    await _stayed(db, guest, "bosque-quila", days_ago=200)
    await _stayed(db, guest, "lago-lacar", days_ago=100, status="cancelled")
    start, end = quiet_stay()
    said = text_of(
        await guest.say(f"la misma cabaña de la otra vez, del {ddmm(start)} al {ddmm(end)} para 4")
    )
    assert "Cabaña Bosque de Quila" in said and "Te resumo" in said
    assert (await guest.session()).ctx.cabin == "bosque-quila"


async def test_no_stay_before_is_said_and_the_search_goes_on(guest):
    start, end = quiet_stay()
    replies = await guest.say(
        f"quiero la misma cabaña de la otra vez del {ddmm(start)} al {ddmm(end)} para 2"
    )
    assert "No encuentro una estadía anterior" in text_of(replies)
    assert len(rows(replies)) == 3


# ------------------------------------------------------------------ an extra night on a paid stay


async def _paid(guest: Guest, db) -> str:
    """The first cabin listed for a quiet stay for 2, held and paid (the cheapest, Lago
    Lácar), the conversation forgotten since: the reservation's code."""
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    return code


@pytest.mark.parametrize(
    "text",
    [
        "tengo reserva para {month}, quiero agregar una noche más",
        "hola! tengo una reserva, quiero sumar una noche",
        "se puede agregar un día a mi reserva?",
        "podemos quedarnos una noche más?",
        "queremos extender la estadía un día",
    ],
)
async def test_an_extra_night_on_a_paid_stay_is_checked_and_a_person_offered(guest, db, text):
    # Straight to a person with no word on whether the night is free (or a generic "los
    # cambios los ve alguien del equipo").
    code = await _paid(guest, db)
    start, end = quiet_stay()
    replies = await guest.say(text.format(month=MONTHS[start.month]))
    said = text_of(replies)
    assert "está libre la noche del" in said and code in said
    assert f"al {R.day(end + dt.timedelta(days=1))}" in said and "$ 65.000 más" in said
    assert button_ids(replies) == [R.MENU_HUMAN, R.MENU_SHOW]
    assert not await handed_off(guest.app, guest.wa_id)
    await guest.say("sí")  # to "tocá Hablar con alguien": the person, not the menu
    assert await handed_off(guest.app, guest.wa_id)


async def test_a_night_earlier_is_checked_before_the_arrival(guest, db):
    await _paid(guest, db)
    start, _ = quiet_stay()
    said = text_of(await guest.say("¿podemos llegar un día antes?"))
    assert f"la noche del {R.day(start - dt.timedelta(days=1))}" in said and "libre" in said


async def test_an_extra_night_already_taken_is_said(guest, db):
    code = await _paid(guest, db)
    _, end = quiet_stay()
    other = Guest(guest.app, wa_id="5492944222222")
    offer = await other.say(f"del {ddmm(end)} al {ddmm(end + dt.timedelta(days=3))} para 2")
    lago = next(r for r in rows(offer) if "Lago" in r.title)
    await other.tap(lago.id, lago.title)
    await other.tap(R.HOLD_CONFIRM, "Confirmar")
    said = text_of(await guest.say("quiero agregar una noche más a mi reserva"))
    assert "ya está ocupada la noche del" in said and code in said and "libre" not in said


async def test_a_night_less_or_a_person_more_still_goes_to_a_person(guest, db):
    await _paid(guest, db)
    said = text_of(await guest.say("podemos quedarnos una noche menos?"))
    assert "libre" not in said and "alguien del equipo" in said


# ------------------------------------------------------------------ prices compared on the list


async def _listed(guest: Guest, party: int = 2) -> None:
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {party}")
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    "text", ["¿cuál sale menos?", "cual es la mas barata?", "¿Cuál es la más económica?"]
)
async def test_which_is_cheapest_on_the_list_is_answered_and_dale_takes_it(guest, text):
    # The features side by side, or every total with no answer, then "dale esa" not understood.
    await _listed(guest)
    said = text_of(await guest.say(text))
    assert said.startswith("La que sale menos es la *Cabaña Lago Lácar*: $ 195.000")
    assert "$ 420.000" in said and await guest.state() == State.CHOOSE_CABIN
    await guest.say("dale esa")
    session = await guest.session()
    assert session.state == State.CONFIRM_HOLD and session.ctx.cabin == "lago-lacar"


@pytest.mark.parametrize(
    ("text", "answer"),
    [("¿la de 6 es más cara?", "Sí, "), ("¿la de Quila sale menos?", "No, ")],
)
async def test_one_cabin_weighed_on_a_list_of_three_is_not_picked(guest, text, answer):
    # The summary of the cabin for 6: a question taken as a pick.
    await _listed(guest)
    said = text_of(await guest.say(text))
    assert said.startswith(f"{answer}la *Cabaña Bosque de Quila* es la más cara")
    assert await guest.state() == State.CHOOSE_CABIN


async def test_one_of_two_listed_is_weighed_against_the_other(guest):
    await _listed(guest, party=4)
    said = text_of(await guest.say("¿la de 6 es más cara?"))
    assert said.startswith("Sí, ") and "$ 135.000 más" in said and "Cerro Chapelco" in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_which_is_cheapest_on_the_summary_keeps_the_summary(guest):
    # The summary's own price said again, as if it answered.
    await _listed(guest)
    await guest.say("2")
    said = text_of(await guest.say("¿cuál sale menos?"))
    assert said.startswith("La que sale menos es la *Cabaña Lago Lácar*")
    assert "escribime *dale*" not in said  # "dale" here confirms the summary on screen
    session = await guest.session()
    assert session.state == State.CONFIRM_HOLD and session.ctx.cabin == "cerro-chapelco"


# ------------------------------------------------------------------ the party changed on a summary


async def _summary_of_chapelco(guest: Guest) -> None:
    await _listed(guest, party=4)
    await guest.say("1")
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"


@pytest.mark.parametrize("text", ["perdón, somos 3", "ah al final somos 3"])
async def test_fewer_people_on_the_summary_keeps_the_cabin(guest, text):
    # The whole list again, as if nothing had been chosen.
    await _summary_of_chapelco(guest)
    replies = await guest.say(text)
    said = text_of(replies)
    assert "Para 3 personas la *Cabaña Cerro Chapelco*" in said and "👥 3 personas" in said
    session = await guest.session()
    assert session.state == State.CONFIRM_HOLD and session.ctx.guests == 3
    assert session.ctx.cabin == "cerro-chapelco"


async def test_two_now_hears_of_the_cheaper_cabin_that_fits(guest):
    await _summary_of_chapelco(guest)
    said = text_of(await guest.say("al final somos 2"))
    assert "Lago Lácar" in said and "$ 195.000" in said and "escribime *la 1*" in said
    assert await guest.state() == State.CONFIRM_HOLD
    await guest.say("la 1")
    assert (await guest.session()).ctx.cabin == "lago-lacar"


async def test_more_people_than_the_cabin_sleeps_says_why_before_the_list(guest):
    # "¡Buenas noticias!" and a list, with no word on why the summary was dropped.
    await _summary_of_chapelco(guest)
    replies = await guest.say("ah somos 5 al final")
    said = text_of(replies)
    assert "es para hasta 4 personas" in said and "Buenas noticias" not in said
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]


# ------------------------------------------------------------------ an impatient guest


@pytest.mark.parametrize("text", ["hola??", "???", "¿me contestan?", "hay alguien?", "holaaa"])
async def test_a_ping_after_the_menu_is_answered_without_the_welcome_again(guest, text):
    # The whole welcome again, "no te entendí", or a person called at once ("hay alguien?").
    await guest.say("hola")
    said = text_of(await guest.say(text))
    assert said.startswith("¡Acá estoy!") and "Hola" not in said and "no te entendí" not in said
    assert await guest.state() == State.IDLE
    assert not await handed_off(guest.app, guest.wa_id)


@pytest.mark.parametrize("text", ["hola??", "me contestan?", "alo?"])
async def test_a_ping_mid_booking_keeps_the_step(guest, text):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    said = text_of(await guest.say(text))
    assert said.startswith("¡Acá estoy!") and "cuántas personas" in said and "Hola" not in said
    assert await guest.state() == State.ASK_GUESTS


async def test_a_ping_with_something_else_is_that_something(guest, db):
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("ya pagué, me contestan?"))
    assert "Acá estoy" not in said and "confirmada" in said


async def test_hay_alguien_opening_the_chat_is_a_hello_with_the_menu(guest):
    replies = await guest.say("hola, hay alguien?")
    assert "Soy el asistente" in text_of(replies) and rows(replies)
    assert not await handed_off(guest.app, guest.wa_id)


# ------------------------------------------------------------------ the departure said first


@pytest.mark.parametrize(
    ("first", "then"),
    [("hasta el {out}", "desde el {in}"), ("nos vamos el {out}", "llegamos el {in}")],
)
async def test_a_departure_said_first_is_kept_for_the_arrival(guest, first, then):
    # "¿Para qué fechas querés venir?" again, the departure lost, then the arrival asked
    # and the departure asked once more.
    start, end = quiet_stay()
    await guest.say("quiero reservar")
    said = text_of(await guest.say(first.format(out=ddmm(end))))
    assert f"Te irías el {R.day(end)}" in said and "¿Qué día llegarían?" in said
    said = text_of(await guest.say(then.format(**{"in": start.day})))
    assert f"del {R.day(start)} al {R.day(end)}" in said and "¿Cuántas personas" in said
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, end)


async def test_nights_after_the_departure_count_back_from_it(guest):
    start, end = quiet_stay()
    await guest.say(f"hasta el {ddmm(end)}")
    said = text_of(await guest.say("3 noches"))
    assert f"del {R.day(start)} al {R.day(end)}" in said


async def test_an_arrival_after_the_departure_said_is_a_new_arrival(guest):
    start, end = quiet_stay()
    await guest.say(f"hasta el {ddmm(start)}")
    said = text_of(await guest.say(f"el {ddmm(end)}"))
    assert f"Llegarías el {R.day(end)}" in said and "¿Hasta qué día" in said


# ------------------------------------------------------------------ after the hold lapsed


@pytest.mark.parametrize("text", ["se venció?", "¿expiró la reserva?", "hola, ¿caducó?"])
async def test_asking_whether_the_hold_lapsed_names_it_and_offers_it_again(guest, db, text):
    # "Perdón, no te entendí" and the menu.
    code = await hold_quiet_stay(guest)
    await lapse(guest.app, db, code)
    await guest.forget()
    replies = await guest.say(text)
    said = text_of(replies)
    assert code in said and "se venció" in said and "no te entendí" not in said
    assert "Reservar de nuevo" in said


# ------------------------------------------------------------------ a guest writing English


@pytest.mark.parametrize(
    "text", ["Do you speak English?", "¿hablan inglés?", "could you help me please"]
)
async def test_english_gets_an_english_note_on_what_works(guest, text):
    # "Perdón, no te entendí" in Spanish, and the menu.
    said = text_of(await guest.say(text))
    assert said.startswith("Sorry, I can only write in Spanish") and "no te entendí" not in said


async def test_english_mid_booking_keeps_the_step(guest):
    start, end = quiet_stay()
    await guest.say(f"from {ddmm(start)} to {ddmm(end)}")
    said = text_of(await guest.say("do you speak english?"))
    assert "Sorry" in said and "cuántas personas" in said
    assert await guest.state() == State.ASK_GUESTS
    await guest.say("2 people")
    assert await guest.state() == State.CHOOSE_CABIN


async def test_spanish_not_understood_is_not_taken_for_english(guest):
    said = text_of(await guest.say("me podés ayudar con algo de la cabaña"))
    assert "Sorry" not in said


@pytest.mark.parametrize("text", ["ah, y viene mi hermano también", "se suma uno más"])
async def test_one_more_on_the_summary_says_why_its_cabin_no_longer_fits(guest, text):
    # "¡Buenas noticias!" and a list of one, the summary gone without a word.
    await _summary_of_chapelco(guest)
    replies = await guest.say(text)
    said = text_of(replies)
    assert "es para hasta 4 personas" in said and "Buenas noticias" not in said
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]


async def test_how_much_more_on_a_list_of_three_is_against_the_cheapest(guest):
    # Only "la más cara es…" with no figure for "cuánto más".
    await _listed(guest)
    said = text_of(await guest.say("¿cuánto más sale la de 6?"))
    assert "$ 225.000 más que la *Cabaña Lago Lácar*" in said  # 3 × (140.000 − 65.000)
    assert await guest.state() == State.CHOOSE_CABIN
