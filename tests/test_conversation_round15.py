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

from bot.states import State
from tests.conversation_support import Guest, ddmm, quiet_stay, rows, text_of, today

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
