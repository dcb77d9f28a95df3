"""Journeys through the real conversation engine: real Redis, real PostgreSQL, demo cabins.

The app is built by `create_app(settings)` and started by aiohttp_client so
its cleanup contexts (pool, Redis, payments) run; messages go straight into
`bot.conversation.handle_message`, which is what the inbox worker calls.
"""

from __future__ import annotations

import datetime as dt

import pytest

from booking import holds
from booking.models import BookingRules, Stay
from bot import replies as R
from bot.messages import Buttons, ListMessage, Text
from bot.states import State
from tests.conversation_support import (
    GUEST,
    Guest,
    button_ids,
    ddmm,
    only,
    quiet_stay,
    rows,
    text_of,
    today,
)


async def test_full_journey_from_hola_to_a_held_cabin_with_a_payment_link(guest, db):
    hello = await guest.say("hola!!")
    assert "Lucía" in text_of(hello)
    assert isinstance(hello[-1], ListMessage)  # the menu
    assert await guest.state() == State.IDLE

    start, end = quiet_stay()
    offer = await guest.say(f"quiero reservar del {ddmm(start)} al {ddmm(end)} para 4 personas")
    assert await guest.state() == State.CHOOSE_CABIN
    listed = rows(offer)
    # Capacity 4 or more only: Cerro Chapelco (4) and Bosque de Quila (6), cheapest first.
    assert [r.title for r in listed] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]
    assert listed[0].description == "3 noches · $ 285.000 · hasta 4"

    summary = await guest.tap(listed[0].id, "Cabaña Cerro Chapelco")
    assert await guest.state() == State.CONFIRM_HOLD
    # Each id says what the summary is about, so a tap on an old summary can be told apart.
    about = f"cerro-chapelco:{start:%Y%m%d}:{end:%Y%m%d}:4"
    assert button_ids(summary) == [
        f"{R.HOLD_CONFIRM}:{about}", f"{R.HOLD_CHANGE}:{about}", f"{R.HOLD_CANCEL}:{about}"
    ]  # fmt: skip
    assert [b.title for b in only(summary, Buttons).buttons] == [
        "Confirmar", "Cambiar fechas", "Cancelar"
    ]  # fmt: skip
    body = only(summary, Buttons).body
    for expected in ("Cabaña Cerro Chapelco", R.day(start), R.day(end), "3 noches", "4 personas",
                     "$ 285.000", "$ 85.500", "30 minutos"):  # fmt: skip
        assert expected in body

    held = await guest.tap(button_ids(summary)[0], "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    row = await db.fetchrow(
        "SELECT code, reservation_status, guest_phone, guest_name, guests, total_cents "
        "FROM reservations"
    )
    assert row["reservation_status"] == "pre_reserved"
    assert row["guest_phone"] == GUEST  # the wa_id exactly as received
    assert row["guest_name"] == "Lucía"
    assert (row["guests"], row["total_cents"]) == (4, 285_000_00)
    said = text_of(held)
    assert row["code"] in said
    assert "http" in said and row["code"] in said.split("http", 1)[1]  # the link carries the code
    assert "$ 85.500" in said


async def test_missing_dates_are_asked_for_and_the_head_count_remembered(guest):
    asked = await guest.say("hola, tienen lugar para 4 personas?")
    assert await guest.state() == State.ASK_DATES
    assert "fechas" in text_of(asked) and "4 personas" in text_of(asked)
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert await guest.state() == State.CHOOSE_CABIN  # no second question about guests
    assert len(rows(offer)) == 2


async def test_missing_guests_are_asked_for_a_bare_number_answers(guest):
    start, end = quiet_stay()
    asked = await guest.say(f"hay disponibilidad del {ddmm(start)} al {ddmm(end)}?")
    assert await guest.state() == State.ASK_GUESTS
    assert "¿Cuántas personas" in text_of(asked)
    assert R.day(start) in text_of(asked)
    offer = await guest.say("6")
    assert [r.title for r in rows(offer)] == ["Cabaña Bosque de Quila"]


async def test_arrival_then_nights_across_turns(guest):
    start, end = quiet_stay()
    asked = await guest.say(f"queremos llegar el {ddmm(start)}")
    assert await guest.state() == State.ASK_DATES
    assert "¿Hasta qué día" in text_of(asked)
    await guest.say("3 noches")
    assert await guest.state() == State.ASK_GUESTS
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, end)
    await guest.say("somos 2")
    assert await guest.state() == State.CHOOSE_CABIN


async def test_nothing_free_offers_the_engines_alternatives(guest, app, db):
    start, end = quiet_stay()
    rules = BookingRules()
    for cabin_id in await db.fetchval("SELECT array_agg(id) FROM accommodations"):
        await holds.create_block(db, rules, cabin_id, Stay(start, end), "owner", "test")
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert await guest.state() == State.CHOOSE_CABIN
    listed = only(offer, ListMessage)
    assert "no me queda nada libre" in listed.body
    assert 1 <= len(listed.rows) <= 3
    assert all(not r.description.startswith(R.day(start)) for r in listed.rows)  # other dates
    summary = await guest.tap(listed.rows[0].id)
    assert await guest.state() == State.CONFIRM_HOLD
    session = await guest.session()
    assert session.ctx.check_in != start
    assert (session.ctx.check_out - session.ctx.check_in).days == 3
    assert R.day(session.ctx.check_in) in only(summary, Buttons).body


async def test_new_dates_mid_flow_are_honoured(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    assert await guest.state() == State.CONFIRM_HOLD
    # Another arrival (the same one made longer re-quotes the cabin: test_conversation_summary).
    later, later_end = quiet_stay(days_ahead=(start - today()).days + 7, nights=4)
    again = await guest.say(f"mejor del {ddmm(later)} al {ddmm(later_end)}")
    assert await guest.state() == State.CHOOSE_CABIN
    assert "4 noches" in text_of(again) and R.day(later) in text_of(again)
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out, session.ctx.guests) == (
        later,
        later_end,
        2,
    )


async def test_change_dates_button_asks_again_keeping_the_guests(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    asked = await guest.tap(R.HOLD_CHANGE, "Cambiar fechas")
    assert await guest.state() == State.ASK_DATES
    assert "fechas" in text_of(asked)
    later, later_end = quiet_stay(days_ahead=130)
    await guest.say(f"del {ddmm(later)} al {ddmm(later_end)}")
    assert await guest.state() == State.CHOOSE_CABIN


async def test_cancel_button_on_the_summary_drops_the_booking(guest, db):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    await guest.tap(R.HOLD_CANCEL, "Cancelar")
    assert await guest.state() == State.IDLE
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def _hold(guest: Guest, days_ahead: int = 40, people: int = 2) -> str:
    start, end = quiet_stay(days_ahead=days_ahead)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {people}")
    await guest.tap(rows(offer)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    return (await guest.session()).ctx.hold


async def test_cancel_flow_with_one_reservation(guest, db):
    code = await _hold(guest)
    asked = await guest.say("quiero cancelar mi reserva")
    assert await guest.state() == State.CONFIRM_CANCEL
    assert code in text_of(asked)
    assert button_ids(asked) == [f"{R.CANCEL_YES}:{code}", f"{R.CANCEL_NO}:{code}"]
    done = await guest.tap(button_ids(asked)[0], "Sí, cancelar")
    assert await guest.state() == State.IDLE
    assert code in text_of(done)
    status = await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", code)
    assert status == "cancelled"
    actor = await db.fetchval(
        "SELECT actor FROM reservation_events WHERE to_status = 'cancelled' ORDER BY id DESC"
    )
    assert actor == "guest"


async def test_cancel_flow_with_several_reservations_picks_one_and_can_keep_it(guest, db):
    first = await _hold(guest, days_ahead=40)
    second = await _hold(guest, days_ahead=130)
    listed = await guest.say("cancelar")
    assert await guest.state() == State.CHOOSE_CANCEL
    ids = [r.id for r in rows(listed)]
    assert ids == [f"res:{first}", f"res:{second}"]
    await guest.say("la 2")
    assert await guest.state() == State.CONFIRM_CANCEL
    kept = await guest.tap(R.CANCEL_NO, "No, mantener")
    assert "sigue en pie" in text_of(kept)
    statuses = await db.fetch("SELECT reservation_status FROM reservations")
    assert {r["reservation_status"] for r in statuses} == {"pre_reserved"}


async def test_cancel_only_lists_the_guests_own_reservations(app, db):
    await _hold(Guest(app, wa_id="5492944222222", name="Otro"))
    nothing = await Guest(app).say("cancelar reserva")
    assert "No encontré reservas" in text_of(nothing)


async def test_cancelar_mid_booking_drops_the_flow(guest):
    await guest.say("quiero reservar")
    assert await guest.state() == State.ASK_DATES
    dropped = await guest.say("cancelar")
    assert await guest.state() == State.IDLE
    assert "lo dejamos acá" in text_of(dropped)
    assert (await guest.session()).ctx.check_in is None


# "ayuda" on the summary keeps it pending since round 4 (its help says what the buttons
# do): tests/test_conversation_flow_round4.py::test_help_on_the_summary_keeps_it_pending.
@pytest.mark.parametrize("command", ["menu", "Menú"])
async def test_menu_and_help_work_from_any_state(guest, command):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    shown = await guest.say(command)
    assert await guest.state() == State.IDLE
    assert isinstance(shown[-1], ListMessage)
    assert R.MENU_AVAILABILITY in [r.id for r in shown[-1].rows]


async def test_menu_rows_route_from_any_state(guest):
    await guest.say("quiero reservar")
    prices = await guest.tap(R.MENU_PRICES, "Precios")
    assert "$ 65.000" in text_of(prices)
    assert await guest.state() == State.ASK_DATES  # answered, and still asking for dates
    assert "pasame las fechas" in text_of(prices)
    asked = await guest.tap(R.MENU_AVAILABILITY, "Consultar disponibilidad")
    assert await guest.state() == State.ASK_DATES
    assert "fechas" in text_of(asked)


@pytest.mark.parametrize("kind", ["audio", "image", "video", "document"])
async def test_media_gets_a_friendly_request_for_text(guest, kind):
    await guest.say("quiero reservar")
    answer = await guest.send(kind)
    assert len(answer) == 1 and isinstance(answer[0], Text)
    assert "escrib" in answer[0].body
    assert "pasame las fechas" in answer[0].body  # and where we were
    assert await guest.state() == State.ASK_DATES  # nothing lost


async def test_location_gets_thanks_and_directions(guest):
    answer = await guest.send("location", latitude=-40.15, longitude=-71.35)
    said = text_of(answer)
    assert "Gracias" in said and "Costanera" in said and "maps.google" in said


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("aceptan mascotas?", "mascotas chicas y medianas"),
        ("tienen wifi?", "wifi por fibra"),
        ("a qué hora es el check in?", "14:00"),
        ("hay estacionamiento?", "estacionamiento techado"),
        ("dónde quedan?", "Av. Costanera 1450"),
        ("se puede fumar adentro?", "No se fuma"),
    ],
)
async def test_info_questions_are_answered_from_the_cabins_data(guest, question, expected):
    answer = await guest.say(question)
    assert expected in text_of(answer)
    assert await guest.state() == State.IDLE


async def test_a_question_mid_flow_keeps_the_flow(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    answer = await guest.say("se aceptan perros?")
    assert "mascotas" in text_of(answer)
    assert await guest.state() == State.CONFIRM_HOLD
    await guest.say("dale")  # "sí" confirms the summary shown before the question
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_prices_without_dates_are_ranges_per_cabin(guest):
    answer = text_of(await guest.say("cuánto sale la noche?"))
    for name, base in (("Lago Lácar", "$ 65.000"), ("Cerro Chapelco", "$ 95.000")):
        assert name in answer and base in answer


async def test_prices_with_dates_quote_the_stay(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"cuánto sale del {ddmm(start)} al {ddmm(end)} para 2?")
    assert "$ 195.000" in text_of(offer)  # Lago Lácar: 3 weekday nights at $ 65.000


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("past", "ya pasó"),
        ("too_long", "hasta 30 noches"),
        ("min_nights", "estadía mínima es de 2 noches"),
    ],
)
async def test_invalid_stays_are_explained_kindly(guest, when, expected):
    start, _ = quiet_stay()
    if when == "past":
        a, b = today() - dt.timedelta(days=10), today() - dt.timedelta(days=7)
        text = f"del {a:%d/%m/%Y} al {b:%d/%m/%Y} para 2"
    elif when == "too_long":
        text = f"del {start:%d/%m/%Y} al {start + dt.timedelta(days=40):%d/%m/%Y} para 2"
    else:
        text = f"del {ddmm(start)} al {ddmm(start + dt.timedelta(days=1))} para 2"
    answer = await guest.say(text)
    assert expected in text_of(answer)
    assert await guest.state() == State.ASK_DATES


async def test_too_many_people_is_explained(guest):
    start, end = quiet_stay()
    answer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 9 personas")
    assert "para 6 personas" in text_of(answer)
    assert await guest.state() == State.ASK_GUESTS


async def test_two_misses_offer_a_person(guest):
    first = await guest.say("asdf qwerty")
    assert isinstance(first[-1], ListMessage)  # the menu again
    second = await guest.say("zzzz")
    assert R.MENU_HUMAN in button_ids(second)


async def test_a_retried_message_replays_its_replies_and_changes_nothing(guest, db):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    first = await guest.send("interactive", wamid="wamid.same", text="Confirmar",
                             reply_id=R.HOLD_CONFIRM)  # fmt: skip
    again = await guest.send("interactive", wamid="wamid.same", text="Confirmar",
                             reply_id=R.HOLD_CONFIRM)  # fmt: skip
    assert again == first
    assert await db.fetchval("SELECT count(*) FROM reservations") == 1


async def test_confirm_after_the_dates_were_taken_apologises_and_reoffers(guest, db):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    cabin_id = await db.fetchval("SELECT id FROM accommodations WHERE slug = 'lago-lacar'")
    await holds.create_block(db, BookingRules(), cabin_id, Stay(start, end), "owner", "test")
    answer = await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    assert "justo alguien reservó" in text_of(answer)
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Lago Lácar" not in " ".join(r.title for r in rows(answer))


async def test_a_guest_waiting_to_pay_gets_the_link_again(guest):
    code = await _hold(guest)
    again = await guest.say("no me llegó el link")
    assert await guest.state() == State.AWAIT_PAYMENT
    assert code in text_of(again) and "http" in text_of(again)


async def test_guests_do_not_share_conversations(app):
    ana, beto = Guest(app, "5491100000001", "Ana"), Guest(app, "5491100000002", "Beto")
    await ana.say("quiero reservar")
    greeting = await beto.say("hola")
    assert "Beto" in text_of(greeting)
    assert await ana.state() == State.ASK_DATES
    assert await beto.state() == State.IDLE


async def test_a_month_then_days_means_days_of_that_month(guest):
    month = (today() + dt.timedelta(days=120)).month
    asked = await guest.say(f"tienen algo en {R.MONTHS[month - 1]} para 2?")
    assert await guest.state() == State.ASK_DATES
    assert R.MONTHS[month - 1] in text_of(asked)
    await guest.say("del 6 al 9")
    session = await guest.session()
    assert session.ctx.check_in.month == month and session.ctx.check_in.day == 6
    assert (session.ctx.check_out - session.ctx.check_in).days == 3
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_bare_number_after_the_arrival_is_the_nights(guest):
    start, end = quiet_stay()
    await guest.say(f"llegamos el {ddmm(start)}")
    await guest.say("3")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, end)
    assert await guest.state() == State.ASK_GUESTS


@pytest.mark.parametrize("command", ["ver el menú", "MENU!!", "volver"])
async def test_menu_phrasings(guest, command):
    await guest.say("quiero reservar")
    shown = await guest.say(command)
    assert await guest.state() == State.IDLE
    assert isinstance(shown[-1], ListMessage)


async def test_yes_with_new_dates_searches_the_new_dates(guest, db):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    later, later_end = quiet_stay(days_ahead=130)
    assert later != start
    await guest.say(f"sí, pero mejor del {ddmm(later)} al {ddmm(later_end)}")
    assert await guest.state() == State.CHOOSE_CABIN
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0
    await guest.say("la 1")
    assert await guest.state() == State.CONFIRM_HOLD
    await guest.say("sí, para 2")  # nothing new: a plain yes
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_price_questions_that_are_not_a_search(guest):
    night = text_of(await guest.say("cuánto sale una noche?"))
    assert "$ 65.000" in night and await guest.state() == State.IDLE
    deposit = text_of(await guest.say("cuánto es la seña?"))
    assert "seña del 30 %" in deposit
    detail = text_of(await guest.say("qué tiene la de Chapelco?"))
    assert "Cabaña Cerro Chapelco" in detail and "parrilla" in detail
    assert "Lago Lácar" not in detail


async def test_asking_the_price_on_the_summary_shows_it_again(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    again = await guest.say("cuánto sale en total?")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "$ 195.000" in only(again, Buttons).body


async def test_an_impossible_stay_is_explained_before_asking_for_guests(guest):
    start, _ = quiet_stay()
    answer = await guest.say(f"del {start:%d/%m/%Y} al {start + dt.timedelta(days=45):%d/%m/%Y}")
    assert await guest.state() == State.ASK_DATES
    assert "hasta 30 noches" in text_of(answer) and "45 noches" not in text_of(answer)


async def test_yes_and_no_with_nothing_pending(guest):
    assert isinstance((await guest.say("dale"))[-1], ListMessage)
    assert "Cualquier cosa" in text_of(await guest.say("no"))
    assert (await guest.session()).ctx.misses == 0


async def test_cancel_by_typing_the_code(guest, db):
    first = await _hold(guest, days_ahead=40)
    await _hold(guest, days_ahead=130)
    await guest.say("cancelar reserva")
    asked = await guest.say(f"la {first.lower().replace('-', ' ')} porfa")
    assert await guest.state() == State.CONFIRM_CANCEL
    assert first in text_of(asked)
    await guest.say("sí")
    status = await db.fetchval("SELECT reservation_status FROM reservations WHERE code = $1", first)
    assert status == "cancelled"
