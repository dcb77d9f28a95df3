"""Round 8 of the QA tester's findings, each one a short chat through the real engine.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today, so the tests hold on any day.
"""

from __future__ import annotations

import datetime as dt

from bot import replies as R
from bot.messages import Buttons, ListMessage
from bot.states import State
from tests.conversation_support import ddmm, only, quiet_stay, rows, text_of

MONDAY_TO_THURSDAY = quiet_stay  # quiet_stay() starts on a Monday, for 3 nights


def _day(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}"


async def _summary_of_first(guest, guests: int = 2) -> tuple[dt.date, dt.date]:
    start, end = MONDAY_TO_THURSDAY()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {guests}")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD
    return start, end


async def test_una_noche_mas_on_the_summary_makes_the_stay_one_night_longer(guest):
    # It was read as a one-night stay from the arrival, and refused as too short.
    start, end = await _summary_of_first(guest)
    answer = await guest.say("una noche más")
    longer = end + dt.timedelta(days=1)
    assert f"al {R.day(longer)}" in text_of(answer) and "(4 noches)" in text_of(answer)
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, longer)


async def test_una_noche_menos_and_llegar_un_dia_antes_move_the_right_end(guest):
    start, end = await _summary_of_first(guest)
    await guest.say("una noche menos")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, end - dt.timedelta(days=1))
    await guest.say("¿podemos llegar un día antes?")
    session = await guest.session()
    earlier = start - dt.timedelta(days=1)
    assert (session.ctx.check_in, session.ctx.check_out) == (earlier, end - dt.timedelta(days=1))


async def test_a_lone_departure_on_the_summary_is_after_the_arrival_on_screen(guest):
    # "¿y si nos quedamos hasta el domingo?" showed the same summary, dates unchanged.
    start, _ = await _summary_of_first(guest)
    answer = await guest.say("¿y si nos quedamos hasta el domingo?")
    sunday = start + dt.timedelta(days=6)  # the stay starts on a Monday
    assert f"al {R.day(sunday)}" in text_of(answer)
    assert (await guest.session()).ctx.check_out == sunday


async def test_hasta_el_day_at_the_list_is_that_day_after_the_arrival(guest):
    start, end = MONDAY_TO_THURSDAY()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    later = end + dt.timedelta(days=1)
    answer = await guest.say(f"mejor hasta el {later.day}")
    assert isinstance(answer[-1], ListMessage)
    assert f"al {R.day(later)}" in text_of(answer)


async def test_guardamela_un_dia_mas_is_not_a_longer_stay(guest):
    start, end = await _summary_of_first(guest)
    await guest.say("me la guardás un día más?")
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, end)


async def test_the_cheapest_asked_for_with_the_stay_is_summed_up(guest):
    # "reservame la más barata" in the same message was lost: the whole list came back.
    start, end = MONDAY_TO_THURSDAY()
    answer = await guest.say(
        f"Hola! del {ddmm(start)} al {ddmm(end)}, somos 2 y un perro chiquito. "
        "¿Tienen wifi? Reservame la más barata porfa"
    )
    assert await guest.state() == State.CONFIRM_HOLD
    summary = only(answer, Buttons).body
    assert "Lago Lácar" in summary and "wifi" in text_of(answer)
    assert "(3 noches)" in summary


async def test_the_price_of_la_otra_on_the_summary_is_the_other_cabins(guest):
    # "¿y la otra cuánto sale?" answered with the total of the cabin on the summary.
    start, end = MONDAY_TO_THURSDAY()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    assert len(rows(offer)) == 2
    first, other = rows(offer)
    await guest.tap(first.id, first.title)
    answer = await guest.say("y la otra cuanto sale?")
    assert other.title in text_of(answer) and first.title not in text_of(answer)
    assert (await guest.session()).ctx.cabin == other.id.split(":")[1]
    answer = await guest.say("¿y la otra?")
    assert first.title in only(answer, Buttons).body


async def test_a_thumbs_up_to_the_longer_stay_offered_takes_it(guest):
    # 👍 to "¿Te sirve del lun al mié? Decime dale" was a nod and asked for the dates again.
    start, _ = MONDAY_TO_THURSDAY()
    offered = await guest.say(f"para 2 el {ddmm(start)} una noche")
    two_nights = start + dt.timedelta(days=2)
    assert "dale" in text_of(offered) and R.day(two_nights) in text_of(offered)
    answer = await guest.say("👍")
    assert await guest.state() == State.CHOOSE_CABIN
    assert f"al {R.day(two_nights)}" in text_of(answer)
