"""Dates a QA tester found read right but answered badly, and picking among a list.

Each test is one short chat through the real engine (real PostgreSQL and Redis,
demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6; a
high season from 15/12 to 1/3 and in July asks for 3 nights, 2 otherwise).
Dates are computed from today, so the tests hold on any day.
"""

from __future__ import annotations

import datetime as dt

from bot import replies as R
from bot.messages import ListMessage
from bot.states import State
from tests.conversation_support import _in_season, ddmm, quiet_stay, rows, text_of, today


def _next(weekday: int, after: dt.date) -> dt.date:
    return after + dt.timedelta(days=(weekday - after.weekday()) % 7)


def _quiet_weekend(days_ahead: int = 40) -> dt.date:
    """A Friday whose weekend, and the one after, are out of season."""
    friday = _next(4, today() + dt.timedelta(days=days_ahead))
    while any(_in_season(friday + dt.timedelta(days=d)) for d in range(10)):
        friday += dt.timedelta(days=7)
    return friday


def _season_saturday() -> dt.date:
    """A Saturday whose weekend (Friday to Sunday) is in the high season."""
    saturday = _next(5, today() + dt.timedelta(days=2))
    while not all(_in_season(saturday + dt.timedelta(days=d)) for d in (-1, 0, 1)):
        saturday += dt.timedelta(days=7)
    return saturday


# ------------------------------------------------------------------ 1. the year of far stays


async def test_dates_already_past_this_year_say_which_year(guest):
    start = today() - dt.timedelta(days=20)
    end = start + dt.timedelta(days=3)
    offer = await guest.say(f"hola tienen lugar del {ddmm(start)} al {ddmm(end)} para 2?")
    assert await guest.state() == State.CHOOSE_CABIN
    stay_in = (await guest.session()).ctx.check_in
    assert stay_in > today() + dt.timedelta(days=300)  # the next such dates: next year
    assert str(stay_in.year) in text_of(offer)
    assert R.MONTHS[stay_in.month - 1] in text_of(offer)


async def test_dates_this_year_show_no_year(guest):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert str(start.year) not in text_of(offer) and "Ojo" not in text_of(offer)


# ------------------------------------------------------------------ 2. a stay too short


async def test_one_night_only_hears_the_minimum_and_a_stay_that_meets_it(guest):
    saturday = _next(5, today())
    nights = 3 if any(_in_season(saturday + dt.timedelta(days=d)) for d in (0, 1)) else 2
    answer = text_of(await guest.say("tenes para el sabado a la noche nomas? somos 2"))
    assert "Hasta qué día te quedás" not in answer
    assert f"mínima es de {R.nights(nights)}" in answer
    assert R.day(saturday) in answer and R.day(saturday + dt.timedelta(days=nights)) in answer
    await guest.say("dale")
    ctx = (await guest.session()).ctx
    assert await guest.state() == State.CHOOSE_CABIN
    assert (ctx.check_in, ctx.check_out) == (saturday, saturday + dt.timedelta(days=nights))


async def test_a_weekend_below_the_season_minimum_says_the_dates_understood(guest):
    saturday = _season_saturday()
    friday, sunday = saturday - dt.timedelta(days=1), saturday + dt.timedelta(days=1)
    answer = text_of(await guest.say(f"el finde del {ddmm(saturday)} para 2"))
    assert "mínima es de 3 noches" in answer
    assert R.day(friday) in answer and R.day(sunday) in answer
    assert R.day(friday + dt.timedelta(days=3)) in answer  # the offer: three nights
    assert await guest.state() == State.ASK_DATES


# ------------------------------------------------------------------ 3. "el finde siguiente"


async def test_the_following_weekend_is_the_one_after_the_stay_on_screen(guest):
    friday = _quiet_weekend(days_ahead=40)
    sunday = friday + dt.timedelta(days=2)
    await guest.say(f"del {ddmm(friday)} al {ddmm(sunday)} para 2")
    assert await guest.state() == State.CHOOSE_CABIN
    offer = await guest.say("y el fin de semana siguiente?")
    ctx = (await guest.session()).ctx
    week = dt.timedelta(days=7)
    assert (ctx.check_in, ctx.check_out) == (friday + week, sunday + week)
    assert R.day(friday + week) in text_of(offer)


async def test_the_following_weekend_without_a_stay_is_after_the_coming_one(guest):
    await guest.say("somos 2, y el fin de semana siguiente?")
    coming = _next(4, today())
    ctx = (await guest.session()).ctx
    assert ctx.check_in == coming + dt.timedelta(days=7)


# ------------------------------------------------------------------ 4. picking by what it has


async def _list_for(guest, people: int) -> list[str]:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} somos {people}")
    assert await guest.state() == State.CHOOSE_CABIN
    return [r.title for r in rows(offer)]


async def test_the_one_with_a_washing_machine_is_picked(guest):
    assert await _list_for(guest, 4) == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]
    summary = await guest.say("la que tiene lavarropas")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Bosque de Quila" in text_of(summary) and "Te resumo" in text_of(summary)


async def test_a_feature_is_answered_about_the_listed_cabins_only(guest):
    await _list_for(guest, 4)
    answer = text_of(await guest.say("y lavarropas?"))
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Bosque de Quila" in answer and "Lago Lácar" not in answer
    assert "Cerro Chapelco" in answer  # said not to have it, in plain Spanish
    assert "Cabaña Lago Lácar, Cabaña" not in answer


async def test_a_feature_several_listed_cabins_have_picks_none(guest):
    await _list_for(guest, 4)
    answer = text_of(await guest.say("la que tiene parrilla"))
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Cerro Chapelco" in answer and "Bosque de Quila" in answer
    assert "Lago Lácar" not in answer


async def test_a_recommendation_for_a_couple_then_that_one(guest):
    listed = await _list_for(guest, 2)
    assert len(listed) == 3
    answer = await guest.say("cual me recomendas para una pareja?")
    assert await guest.state() == State.CHOOSE_CABIN
    assert not any(isinstance(r, ListMessage) for r in answer)  # not the same list again
    assert "recomiendo la *Cabaña Lago Lácar*" in text_of(answer)
    summary = await guest.say("dale esa")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Lago Lácar" in text_of(summary) and "Te resumo" in text_of(summary)


async def test_a_recommendation_for_four_is_the_smallest_that_fits(guest):
    await _list_for(guest, 4)
    answer = text_of(await guest.say("cual nos recomendas?"))
    assert "recomiendo la *Cabaña Cerro Chapelco*" in answer
    assert "Lago Lácar" not in answer
    await guest.say("esa")
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ 5. vague availability


async def test_the_second_week_of_a_month(guest):
    await guest.say("quiero reservar")
    march = dt.date(today().year, 3, 8)
    if march < today():
        march = dt.date(today().year + 1, 3, 8)
    offer = await guest.say("la segunda semana de marzo, somos 2")
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (march, march + dt.timedelta(days=7))
    assert await guest.state() == State.CHOOSE_CABIN
    assert R.day(march) in text_of(offer)


async def test_when_do_you_have_room_with_the_head_count_offers_free_dates(guest):
    await guest.say("quiero reservar para 2")
    offer = await guest.say("para cuando tienen lugar?")
    assert "necesito el día de llegada" not in text_of(offer)
    assert await guest.state() == State.CHOOSE_CABIN
    listed = rows(offer)
    assert listed
    summary = await guest.tap(listed[0].id, listed[0].title)
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Te resumo" in text_of(summary)


async def test_when_do_you_have_room_without_guests_asks_a_month_not_a_day(guest):
    await guest.say("quiero reservar")
    answer = text_of(await guest.say("para cuando tienen lugar?"))
    assert "necesito el día de llegada" not in answer
    assert "mes" in answer and "cuántos" in answer.lower()
    assert await guest.state() == State.ASK_DATES


async def test_holidays_by_name_are_searched(guest):
    offer = await guest.say("hola, tienen lugar para semana santa? somos 4")
    ctx = (await guest.session()).ctx
    assert ctx.check_in is not None and ctx.check_in.weekday() == 3
    assert ctx.check_out == ctx.check_in + dt.timedelta(days=3)
    assert R.day(ctx.check_in) in text_of(offer)
