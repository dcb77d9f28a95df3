"""Round 7 of the QA tester's findings, each one a short chat through the real engine.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4 (the only
one with a kitchen listed), Bosque de Quila for 6 (no heating listed). Dates are computed
from today, so the tests hold on any day.
"""

from __future__ import annotations

import datetime as dt

from booking import holds
from bot import replies as R
from bot.messages import ListMessage
from bot.states import State
from tests.conversation_support import (
    _in_season,
    ddmm,
    hold_quiet_stay,
    quiet_stay,
    rows,
    text_of,
    today,
)


def _next(weekday: int, after: dt.date) -> dt.date:
    return after + dt.timedelta(days=(weekday - after.weekday()) % 7)


def _far_thursday() -> dt.date:
    """A Thursday about four months ahead whose Wednesday to Sunday is out of season and
    in one month, so its weekdays alone read from today land in another month."""
    thursday = _next(3, today() + dt.timedelta(days=120))
    while any(_in_season(thursday + dt.timedelta(days=d)) for d in range(-1, 4)) or (
        (thursday - dt.timedelta(days=1)).month != (thursday + dt.timedelta(days=3)).month
    ):
        thursday += dt.timedelta(days=7)
    return thursday


# ------------------------------------------------ 1. weekdays of the stay on screen


async def test_a_weekday_arrival_is_read_in_the_week_of_the_stay_on_screen(guest):
    thursday = _far_thursday()
    sunday = thursday + dt.timedelta(days=3)
    await guest.say(f"del {ddmm(thursday)} al {ddmm(sunday)} somos 2")
    assert await guest.state() == State.CHOOSE_CABIN
    answer = await guest.say("y si llegamos el miercoles?")
    wednesday = thursday - dt.timedelta(days=1)
    assert (await guest.session()).ctx.check_in == wednesday
    assert f"{wednesday:%d/%m}" in text_of(answer)
    # Days alone afterwards are still read in that month.
    await guest.say(f"mejor del {wednesday.day} al {sunday.day}")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (wednesday, sunday)


async def test_a_weekday_range_is_read_in_the_week_of_the_stay_on_screen(guest):
    monday, thursday = quiet_stay(days_ahead=120)
    await guest.say(f"del {ddmm(monday)} al {ddmm(thursday)} somos 4")
    await guest.say("y si vamos del jueves al domingo nomas?")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (
        thursday,
        thursday + dt.timedelta(days=3),
    )


async def test_the_weekend_of_a_day_alone_is_in_the_month_on_screen(guest):
    monday, thursday = quiet_stay(days_ahead=120)
    fridays = [
        monday + dt.timedelta(days=d)
        for d in range(-27, 28)
        if (monday + dt.timedelta(days=d)).weekday() == 4
        and (monday + dt.timedelta(days=d)).month == monday.month
        and monday + dt.timedelta(days=d) > today() + dt.timedelta(days=60)
    ]
    friday = fridays[-1]
    await guest.say(f"del {ddmm(monday)} al {ddmm(thursday)} para 2")
    await guest.say(f"y el finde del {friday.day}?")
    session = await guest.session()
    assert session.ctx.check_in == friday
    assert session.ctx.check_out in (friday + dt.timedelta(days=2), None)
    assert session.ctx.check_out is not None or session.ctx.nights


async def test_llegamos_after_asking_the_departure_is_a_new_arrival(guest):
    arrival = today() + dt.timedelta(days=40)
    if arrival.day == 1:
        arrival += dt.timedelta(days=1)
    await guest.say(f"quiero llegar el {ddmm(arrival)}")
    assert (await guest.session()).ctx.check_out is None
    await guest.say(f"y si llegamos el {arrival.day - 1}?")
    session = await guest.session()
    assert session.ctx.check_in == arrival - dt.timedelta(days=1)
    assert session.ctx.check_out is None
    assert await guest.state() == State.ASK_DATES


# ------------------------------------------------ 2. "esa" after one cabin singled out


async def _list_for(guest, guests: int) -> list:
    start, end = quiet_stay(days_ahead=50)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {guests}")
    assert await guest.state() == State.CHOOSE_CABIN
    return offer


async def test_dale_after_the_cheapest_answer_takes_it(guest):
    await _list_for(guest, 4)
    cheapest = text_of(await guest.say("nah muy caro jaja, y la mas barata cual es"))
    assert "Cerro Chapelco" in cheapest
    summary = await guest.say("bueno dale mandale")
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"
    assert "Total" in text_of(summary)


async def test_esa_after_the_price_of_one_named_cabin_takes_it(guest):
    await _list_for(guest, 3)
    await guest.say("la de 4 cuanto sale?")
    await guest.say("dale, esa")
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"


async def test_la_mas_barata_dale_picks_the_cheapest(guest):
    await _list_for(guest, 3)
    await guest.say("la mas barata dale")
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"


async def test_reservamela_after_a_typo_named_price_shows_the_summary_then_si_holds(guest):
    await _list_for(guest, 3)
    price = text_of(await guest.say("la d 4 cuanto sale xq no m entra en la d 2"))
    assert "Cerro Chapelco" in price and "Bosque de Quila" not in price
    await guest.say("ok reservamela")
    assert await guest.state() == State.CONFIRM_HOLD  # the summary, nothing held yet
    await guest.say("sii")
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------ 3. back to the dates offered


async def test_back_from_a_summary_of_the_first_free_dates_shows_those_dates_again(guest):
    first = await guest.say("para cuando tienen lugar para 4?")
    assert await guest.state() == State.CHOOSE_CABIN
    offered = [r.id for r in rows(first)]
    assert len({o.split(":", 2)[2] for o in offered}) > 1  # several dates offered
    await guest.tap(rows(first)[-1].id, rows(first)[-1].title)
    assert await guest.state() == State.CONFIRM_HOLD
    back = await guest.say("atras")
    assert await guest.state() == State.CHOOSE_CABIN
    assert [r.id for r in rows(back)] == offered
    again = await guest.say("ver la lista de nuevo")
    assert [r.id for r in rows(again)] == offered


# ------------------------------------------------ 4. amenities


async def test_heating_not_listed_is_not_said_to_be_missing(guest):
    answer = text_of(await guest.say("¿Disponen de calefacción? Iríamos en julio."))
    assert "hogar a leña" in answer
    assert "No figura" not in answer and "no figura" not in answer
    assert answer.count("te lo confirma") == 1


async def test_kitchen_not_listed_is_not_said_to_be_missing(guest):
    answer = text_of(await guest.say("hay cocina?"))
    assert "cocina equipada" in answer
    assert "No figura" not in answer
    assert answer.count("te lo confirma") == 1


# ------------------------------------------------ 5. prices for several party sizes


async def test_prices_for_two_party_sizes_answer_both(guest):
    answer = text_of(await guest.say("cuanto sale para 2? y para 6?"))
    assert "Lago Lácar" in answer and "Bosque de Quila" in answer
    assert "Para 2 personas" in answer and "Para 6 personas" in answer


async def test_a_party_that_may_grow_gets_the_prices_of_both_sizes(guest):
    answer = text_of(await guest.say("hola cuanto sale la noche? somos 4 pero capaz somos 6"))
    assert "Cerro Chapelco" in answer and "Bosque de Quila" in answer


# ------------------------------------------------ 6. small ones


async def test_a_holiday_with_its_year_written_is_not_said_to_have_passed(guest):
    await guest.say(f"para semana santa {today().year + 2} somos 2")
    answer = text_of(guest.heard)
    assert "ya pasaron" not in answer
    assert (await guest.session()).ctx.check_in.year == today().year + 2


async def test_check_in_and_check_out_asked_together_are_answered_once(guest):
    answer = await guest.say("a que hora es el check in? y el check out?")
    assert len(answer) == 1
    assert "Podés entrar" in text_of(answer)


async def test_towels_asked_with_a_booking_say_there_is_no_need_to_bring_them(guest):
    await hold_quiet_stay(guest)
    answer = text_of(await guest.say("hay que llevar toallas?"))
    assert "¡Sí!" not in answer
    assert "no hace falta" in answer.lower() and "toallas" in answer


async def test_when_is_the_deposit_refunded_gets_no_yes(guest, db):
    code = await hold_quiet_stay(guest)
    held = await holds.get_reservation(db, code)
    await holds.confirm_deposit(db, code, "pay-round7", held.deposit_cents)
    await guest.say("quiero cancelar la reserva")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    answer = text_of(await guest.say("cuando me devuelven la seña?"))
    assert not answer.startswith("Sí")
    assert "devol" in answer and R.money(held.deposit_cents) in answer


async def test_the_third_week_after_the_second_is_of_the_same_month(guest):
    await guest.say("la segunda semana de enero para 2 tienen algo?")
    second = (await guest.session()).ctx.check_in
    assert second.month == 1
    await guest.say("y la tercera semana?")
    session = await guest.session()
    assert session.ctx.check_in == second + dt.timedelta(days=7)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_mismas_personas_keeps_the_head_count_of_the_cancelled_booking(guest):
    await hold_quiet_stay(guest)
    await guest.say("quiero cancelar la reserva")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    assert await guest.state() == State.IDLE
    start, end = quiet_stay(days_ahead=80)
    await guest.say(f"Quisiera del {ddmm(start)} al {ddmm(end)}, mismas personas.")
    assert await guest.state() == State.CHOOSE_CABIN
    assert (await guest.session()).ctx.guests == 2


async def test_asking_for_the_total_again_gives_the_total_and_the_deposit(guest, db):
    code = await hold_quiet_stay(guest)
    held = await holds.get_reservation(db, code)
    answer = text_of(await guest.say("volveme a pasar el total porfa"))
    assert R.money(held.total_cents) in answer and R.money(held.deposit_cents) in answer


async def test_a_holiday_too_short_for_the_party_says_the_dates_understood(guest):
    answer = text_of(await guest.say("Para año nuevo somos 4"))
    ctx = (await guest.session()).ctx
    assert ctx.check_in is not None
    assert f"{ctx.check_in:%d/%m}" in answer and "mínimo" in answer
    assert not any(isinstance(r, ListMessage) for r in guest.heard)
