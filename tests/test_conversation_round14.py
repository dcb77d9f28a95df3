"""Round 14 of QA: typed answers to the buttons of notices, "no sé todavía" to a question,
a bare number after the prices, and "¿la de 6 es más cara?" on a summary.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import pytest

from appkeys import NOTIFIER
from booking import jobs
from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, owner_app, quiet_stay, rows, text_of

# ------------------------------------------------------------------ notices answered by typing


@pytest.fixture
async def live_app(settings, db, graph, aiohttp_client):
    """Notices are sent only with a WhatsApp client: the fake Graph API's."""
    client = await owner_app(settings, db, graph, aiohttp_client, job_expire_interval_seconds=3600)
    return client.server.app


async def _expired(app, db) -> Guest:
    """A hold placed in the chat and lapsed: the expiry notice is the last message."""
    guest = Guest(app)
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    code = (await guest.session()).ctx.hold
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    assert await jobs.expire_holds(db, app[NOTIFIER]) == 1
    return guest


@pytest.mark.parametrize("text", ["1", "reservar de nuevo", "Reservar de nuevo!"])
async def test_the_expiry_notice_answered_by_typing_books_again(live_app, db, text):
    # "Perdón, no te entendí": the notice's buttons were not remembered, as a turn's are.
    guest = await _expired(live_app, db)
    said = text_of(await guest.say(text))
    assert "sigue libre" in said and "no te entendí" not in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_expiry_notice_typed_second_option_lists_the_same_dates(live_app, db):
    guest = await _expired(live_app, db)
    replies = await guest.say("2")
    assert rows(replies) and "no te entendí" not in text_of(replies)
    assert await guest.state() == State.CHOOSE_CABIN
