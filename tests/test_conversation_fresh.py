"""Fresh guest chats, written the way guests type, that once went wrong.

Each test is one short chat through the real engine (real PostgreSQL and
Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila
for 6) and names what the guest should have read.
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.handlers_summary import summary_of
from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of


async def test_a_party_bigger_than_every_cabin_hears_so_before_giving_dates(guest):
    asked = await guest.say("tienen cabaña para 8?")
    assert "más grande es para 6" in text_of(asked)
    assert "Genial, para 8" not in text_of(asked)
    assert await guest.state() == State.ASK_GUESTS
    start, end = quiet_stay()
    # The answer keeps going: the new head count, then the dates.
    await guest.say("bueno, somos 6 entonces")
    assert await guest.state() == State.ASK_DATES
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert [r.title for r in rows(offer)] == ["Cabaña Bosque de Quila"]


async def _summary(guest, people: int = 2) -> None:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {people}")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize(
    "text", ["me confirmas?", "me la confirmás?", "confirmame", "la quiero", "me la guardas?"]
)
async def test_asking_to_confirm_on_the_summary_places_the_hold(guest, text):
    await _summary(guest)
    held = await guest.say(text)
    assert await guest.state() == State.AWAIT_PAYMENT
    assert "código de reserva" in text_of(held)


@pytest.mark.parametrize(
    "text", ["ok despues te aviso", "dale, lo pienso y te digo", "bueno, lo consulto y te aviso"]
)
async def test_putting_it_off_on_the_summary_holds_nothing(guest, db, text):
    await _summary(guest)
    later = await guest.say(text)
    assert await guest.state() == State.CONFIRM_HOLD
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0
    assert "no te guardé nada" in text_of(later)


async def test_putting_it_off_while_asked_for_dates_is_not_asked_again(guest):
    await guest.say("tienen lugar?")
    later = await guest.say("no se todavia, despues te aviso")
    assert await guest.state() == State.ASK_DATES
    assert "necesito el día de llegada" not in text_of(later)
    assert "sin apuro" in text_of(later)


async def test_yes_i_confirm_on_the_summary_is_still_a_yes(guest):
    await _summary(guest)
    await guest.say("si, te confirmo")
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize(("text", "row"), [("la de arriba", 0), ("dale la de abajo", -1)])
async def test_a_cabin_picked_by_where_it_is_on_the_list(guest, text, row):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    summary = await guest.say(text)
    assert await guest.state() == State.CONFIRM_HOLD
    assert rows(offer)[row].title in text_of(summary)


async def test_a_cabin_named_by_how_many_it_sleeps(guest):
    prices = await guest.say("y la de 6 cuanto sale?")
    assert "Bosque de Quila" in text_of(prices) and "Lago Lácar" not in text_of(prices)
    detail = await guest.say("que tiene la de 4?")
    assert "Cerro Chapelco" in text_of(detail) and "Quila" not in text_of(detail)


async def test_emojis_mid_booking_are_not_counted_as_not_understood(guest):
    await guest.say("quiero reservar")
    for emoji in ("👍", "🙏🙏", "😍"):
        answer = await guest.say(emoji)
        assert "no te estoy entendiendo" not in text_of(answer)
        assert "fechas" in text_of(answer)
    assert await guest.state() == State.ASK_DATES
    assert (await guest.session()).ctx.misses == 0


@pytest.mark.parametrize(
    ("drop", "regret"),
    [
        ("tap", "uh no, me equivoque, la quiero"),
        ("cancelar", "no queria cancelar"),
        ("cancelar", "la queria reservar!"),
        ("no", "perdon, fue sin querer"),
    ],
)
async def test_the_summary_dropped_by_mistake_comes_back(guest, db, drop, regret):
    await _summary(guest)
    before = (await guest.session()).ctx
    if drop == "tap":
        await guest.tap(f"{R.HOLD_CANCEL}:{summary_of(before)}", "Cancelar")
    else:
        await guest.say(drop)
    assert await guest.state() == State.IDLE
    back = await guest.say(regret)
    assert await guest.state() == State.CONFIRM_HOLD
    after = (await guest.session()).ctx
    assert (after.cabin, after.check_in, after.check_out, after.guests) == (
        before.cabin, before.check_in, before.check_out, before.guests,
    )  # fmt: skip
    assert "de nuevo" in text_of(back)
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def test_after_dropping_the_summary_a_new_search_starts_clean(guest):
    await _summary(guest)
    await guest.say("cancelar")
    await guest.say("quiero reservar")
    assert await guest.state() == State.ASK_DATES
    assert (await guest.session()).ctx.check_in is None


@pytest.mark.parametrize(
    "text", ["cual es mas linda?", "cual me recomendas?", "que diferencia hay?"]
)
async def test_which_one_is_nicer_describes_the_listed_cabins(guest, text):
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    listed = [r.title for r in rows(offer)]
    answer = await guest.say(text)
    assert await guest.state() == State.CHOOSE_CABIN
    assert all(title in text_of(answer) for title in listed)
    assert "Lago Lácar" not in text_of(answer)  # for 2: not on this list
    await guest.tap(rows(offer)[0].id, listed[0])
    answer = await guest.say(text)  # on the summary too, and it stays on screen
    assert await guest.state() == State.CONFIRM_HOLD
    assert all(title in text_of(answer) for title in listed)
    assert "Te resumo" not in text_of(answer)


async def test_a_second_cabin_asked_for_while_paying_the_first_starts_a_search(guest):
    await _summary(guest)
    held = await guest.tap(f"{R.HOLD_CONFIRM}:{summary_of((await guest.session()).ctx)}")
    code = (await guest.session()).ctx.hold
    assert code and code in text_of(held)
    answer = await guest.say("quiero otra cabaña tambien para unos amigos")
    assert await guest.state() == State.ASK_GUESTS  # the same dates: how many are they?
    assert f"{code}" in text_of(answer) and "sigue guardada" in text_of(answer)
    assert "Cuántas personas" in text_of(answer)


async def test_a_second_cabin_for_one_s_parents_lists_cabins_for_two(guest):
    # "para mis viejos" is two (NLU round 25): the list for them at once, the first cabin
    # still held, and no "las reservamos de a una: primero la de 2" (the first is booked).
    await _summary(guest)
    await guest.tap(f"{R.HOLD_CONFIRM}:{summary_of((await guest.session()).ctx)}")
    code = (await guest.session()).ctx.hold
    answer = await guest.say("quiero otra cabaña tambien para mis viejos")
    assert await guest.state() == State.CHOOSE_CABIN
    assert f"{code}" in text_of(answer) and "sigue guardada" in text_of(answer)
    assert "para 2 personas" in text_of(answer) and "de a una" not in text_of(answer)


@pytest.mark.parametrize("text", ["que hacen?", "quien sos?", "que es esto?", "como es esto"])
async def test_asking_what_the_bot_is_gets_the_help(guest, text):
    answer = await guest.say(text)
    assert "cómo funciona" in text_of(answer)
    assert "no te entendí" not in text_of(answer)
