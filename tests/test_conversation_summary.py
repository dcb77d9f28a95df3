"""On the summary of one cabin: the stay changed, and questions about another cabin.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4 (parrilla),
Bosque de Quila for 6 (quincho con parrilla, lavarropas, 3 nights at least). The stay is a
quiet Monday-to-Thursday outside the seasons, computed from today.
"""

from __future__ import annotations

import datetime as dt

import pytest

from booking import holds
from booking.models import BookingRules, Stay
from bot import replies as R
from bot.messages import Buttons, ListMessage
from bot.states import State
from tests.conversation_support import ddmm, only, quiet_stay, rows, text_of


async def _summary(guest, cabin: str, guests: int = 2) -> tuple[dt.date, dt.date]:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {guests}")
    row = next(r for r in rows(offer) if cabin in r.title)
    await guest.tap(row.id, row.title)
    assert await guest.state() == State.CONFIRM_HOLD
    return start, end


async def _block(db, slug: str, start: dt.date, end: dt.date) -> None:
    cabin_id = await db.fetchval("SELECT id FROM accommodations WHERE slug = $1", slug)
    await holds.create_block(db, BookingRules(), cabin_id, Stay(start, end), "owner", "test")


# ------------------------------------------------------------------ the stay changed


@pytest.mark.parametrize(
    "text, nights",
    [
        ("mejor 4 noches", 4),
        ("y si son 2 noches?", 2),
        ("una noche más", 4),
        ("una noche menos", 2),
        ("mejor hasta el {friday}", 4),
        ("¿y si nos quedamos hasta el sábado?", 5),
    ],
)
async def test_a_longer_or_shorter_stay_quotes_the_same_cabin_again(guest, text, nights):
    # It went back to the list of every cabin: the guest had already chosen this one.
    start, _ = await _summary(guest, "Chapelco")
    out = start + dt.timedelta(days=nights)
    friday = start + dt.timedelta(days=4)
    answer = await guest.say(text.format(friday=friday.day))
    summary = only(answer, Buttons)
    assert "Cerro Chapelco" in summary.body and "está libre" in summary.body
    assert f"al {R.day(out)}" in summary.body and f"({nights} noches)" in summary.body
    assert not [r for r in answer if isinstance(r, ListMessage)]
    session = await guest.session()
    assert await guest.state() == State.CONFIRM_HOLD
    assert (session.ctx.cabin, session.ctx.check_in, session.ctx.check_out) == (
        "cerro-chapelco", start, out,
    )  # fmt: skip
    key = R.summary_key("cerro-chapelco", start, out, 2)
    assert summary.buttons[0].id == f"{R.HOLD_CONFIRM}:{key}"


async def test_confirmar_on_the_new_summary_holds_the_new_stay(guest, db):
    start, _ = await _summary(guest, "Chapelco")
    answer = await guest.say("mejor 4 noches")
    await guest.tap(only(answer, Buttons).buttons[0].id, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    held = await holds.get_reservation(db, (await guest.session()).ctx.hold)
    assert (held.check_in, held.check_out) == (start, start + dt.timedelta(days=4))


async def test_moving_the_arrival_against_the_stay_keeps_the_cabin(guest):
    start, _ = await _summary(guest, "Chapelco")
    answer = text_of(await guest.say("¿podemos llegar un día antes?"))
    assert "Cerro Chapelco" in answer and f"del {R.day(start - dt.timedelta(days=1))}" in answer
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_cabin_taken_for_the_longer_stay_says_so_and_lists_what_is_free(guest, db):
    _, end = await _summary(guest, "Chapelco")
    await _block(db, "cerro-chapelco", end, end + dt.timedelta(days=3))
    answer = await guest.say("una noche más")
    said = text_of(answer)
    assert "Cerro Chapelco* no está libre" in said
    assert f"al {R.day(end + dt.timedelta(days=1))}" in said
    listed = [r.title for r in rows(answer)]
    assert "Cabaña Cerro Chapelco" not in listed and listed
    assert await guest.state() == State.CHOOSE_CABIN


async def test_too_few_nights_for_the_cabin_says_its_minimum_and_lists_the_others(guest):
    await _summary(guest, "Quila")
    answer = await guest.say("mejor 2 noches")
    said = text_of(answer)
    assert "Bosque de Quila* pide al menos 3 noches" in said
    assert "Cabaña Bosque de Quila" not in [r.title for r in rows(answer)]


async def test_new_dates_with_another_arrival_still_list_every_free_cabin(guest):
    # The documented rule: genuinely new dates (another arrival, said as dates) are a new
    # search, as the guest may want another cabin for them.
    start, _ = await _summary(guest, "Chapelco")
    later = start + dt.timedelta(days=7)
    answer = await guest.say(f"y del {ddmm(later)} al {ddmm(later + dt.timedelta(days=3))}?")
    assert len(rows(answer)) == 3
    assert await guest.state() == State.CHOOSE_CABIN


async def test_after_the_new_summary_la_otra_means_the_cabins_free_for_the_new_stay(guest):
    await _summary(guest, "Chapelco", guests=4)
    await guest.say("mejor 4 noches")
    answer = await guest.say("¿y la otra?")
    summary = only(answer, Buttons)
    assert "Bosque de Quila" in summary.body and "(4 noches)" in summary.body


# ------------------------------------------------------------------ another cabin asked about


async def test_la_otra_tiene_parrilla_answers_about_the_other_of_two(guest):
    # It answered about the cabin on screen (Chapelco has one), not the other.
    await _summary(guest, "Chapelco", guests=4)
    answer = await guest.say("la otra tiene parrilla?")
    said = text_of(answer)
    assert "*Cabaña Bosque de Quila* tiene quincho con parrilla" in said
    assert "escribime *la otra*" in said and "te guardo la *Cabaña Cerro Chapelco*" in said
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"
    summary = only(await guest.say("la otra"), Buttons)
    assert "Bosque de Quila" in summary.body


async def test_a_cabin_named_in_a_question_is_the_one_answered_about(guest):
    await _summary(guest, "Chapelco")
    said = text_of(await guest.say("y la de quila tiene lavarropas?"))
    assert "*Cabaña Bosque de Quila* tiene lavarropas" in said
    assert "escribime *la de Quila*" in said
    said = text_of(await guest.say("y la cabaña del lago tiene parrilla?"))
    assert "de la *Cabaña Lago Lácar* no figura parrilla" in said
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"


async def test_a_question_about_the_cabin_on_screen_is_still_about_it(guest):
    await _summary(guest, "Chapelco")
    said = text_of(await guest.say("tiene parrilla?"))
    assert "*Cabaña Cerro Chapelco* tiene parrilla" in said
