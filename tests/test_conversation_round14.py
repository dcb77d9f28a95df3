"""Round 14 of QA: typed answers to the buttons of notices, "no sé todavía" to a question,
a bare number after the prices, and "¿la de 6 es más cara?" on a summary.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, lapse, owner_app, quiet_stay, rows, text_of

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
    await lapse(app, db, code)
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


# ------------------------------------------------------------------ "no sé todavía"


@pytest.mark.parametrize(
    "text", ["No sé todavía", "no se, vemos", "todavía no sabemos", "no tenemos fecha aún"]
)
async def test_no_dates_yet_gets_no_rush_and_what_to_send(guest, text):
    # The same "necesito el día de llegada" again, then "no te entendí" on the second try.
    await guest.say("quiero reservar")
    for _ in range(2):
        said = text_of(await guest.say(text))
        assert "no hay apuro" in said and "llegada" in said and "no te entendí" not in said
    assert await guest.state() == State.ASK_DATES


async def test_no_departure_yet_asks_for_the_departure_when_they_know(guest):
    start, _ = quiet_stay()
    await guest.say(f"llegamos el {ddmm(start)}")
    said = text_of(await guest.say("no sé todavía"))
    assert "no hay apuro" in said and "salida" in said


@pytest.mark.parametrize("text", ["no sabemos aún", "aun no lo sabemos", "no lo sé, vemos"])
async def test_no_head_count_yet_is_kindly_answered(guest, text):
    # "¿Cuántas personas serían en total?" again, then "no te entendí".
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    for _ in range(2):
        said = text_of(await guest.say(text))
        assert "Sin problema" in said and "no te entendí" not in said
    assert await guest.state() == State.ASK_GUESTS


async def test_a_question_with_a_doubt_is_still_answered_while_asking_dates(guest):
    await guest.say("quiero reservar")
    said = text_of(await guest.say("no sé si tienen parrilla"))
    assert "no hay apuro" not in said and "parrilla" in said.lower()


# ------------------------------------------------------------------ a bare number after the prices


@pytest.mark.parametrize(("text", "party"), [("2", 2), ("4", 4), ("seis", 6), ("capaz 5", 5)])
async def test_a_bare_number_after_the_prices_is_the_head_count(guest, text, party):
    # "Perdón, no te entendí": the prices end "pasame fechas y cantidad de personas".
    await guest.say("precios")
    said = text_of(await guest.say(text))
    assert "no te entendí" not in said and f"para {party} personas" in said
    assert "¿Para qué fechas" in said
    assert await guest.state() == State.ASK_DATES
    assert (await guest.session()).ctx.guests == party


async def test_a_bare_number_under_the_menu_still_picks_its_option(guest):
    await guest.say("hola")
    assert "precios por noche" in text_of(await guest.say("2"))


# ------------------------------------------------------------------ "¿la de 6 es más cara?"


async def _summary_for_four(guest) -> None:
    """Chapelco (for 4) and Quila (for 6) listed for a quiet stay; Chapelco's summary shown."""
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    first = rows(offer)[0]
    assert "Chapelco" in first.title
    await guest.tap(first.id, first.title)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("¿La de 6 es más cara?", "Sí, "),
        ("es mas cara la de Quila?", "Sí, "),
        ("¿la de 6 sale menos?", "No, "),
        ("¿cuánto más sale la de 6?", "La "),
    ],
)
async def test_a_price_comparison_on_a_summary_is_answered_and_the_summary_kept(
    guest, text, answer
):
    # The summary of the cabin for 6 instead: a question taken as a pick.
    await _summary_for_four(guest)
    said = text_of(await guest.say(text))
    assert said.startswith(answer) and "Bosque de Quila" in said and "Cerro Chapelco" in said
    assert "$ 135.000 más" in said  # 3 quiet nights: 3 × $140.000 against 3 × $95.000
    session = await guest.session()
    assert session.state == State.CONFIRM_HOLD and session.ctx.cabin == "cerro-chapelco"


async def test_a_cabin_too_small_is_compared_and_said_to_be(guest):
    await _summary_for_four(guest)
    said = text_of(await guest.say("¿y la del lago es más barata?"))
    assert said.startswith("Sí, ") and "menos" in said and "hasta 2 personas" in said
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"


async def test_the_cabin_compared_is_what_esa_means_next(guest):
    await _summary_for_four(guest)
    await guest.say("¿La de 6 es más cara?")
    await guest.say("dale, esa")
    assert (await guest.session()).ctx.cabin == "bosque-quila"
