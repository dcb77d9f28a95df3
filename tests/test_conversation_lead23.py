"""Session 23, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. The demo's seasons: "Temporada alta de verano", nights 15/12 → 28/02, and
"Vacaciones de invierno", nights 10/07 → 31/07.
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import Guest, text_of

# ------------------------------------------- "¿en enero sube?": a month's price compared

# Whether a month's nights cost more (or the same) is answered for that month, from the
# seasons in the cabins' data; it asked which days of January, and the question was lost.
WHOLE_SEASON = [
    "en enero sube?",
    "y en enero sube el precio?",
    "en enero es mas caro?",
    "los precios de enero son mas altos??",
    "febrero sale mas caro? 🤔",
    "en febrero aumentan los precios?",
    "los precios de enero son iguales?",
    "en enero es temporada alta?",
]


@pytest.mark.parametrize("text", WHOLE_SEASON)
async def test_a_month_inside_a_season_is_said_so(app, text: str) -> None:
    guest = Guest(app)
    answer = text_of(await guest.say(text))
    month = "enero" if "enero" in text else "febrero"
    assert f"Todo {month} cae en *Temporada alta de verano*" in answer, answer
    assert "(noches del 15 de diciembre al 28 de febrero)" in answer  # the season's own
    assert "$ 91.000" in answer  # the season's night, by cabin
    assert "Qué días" not in answer
    assert await guest.state() == State.IDLE


@pytest.mark.parametrize(
    "text", ["aumenta en diciembre?", "en diciembre es mas caro?", "diciembre es temporada alta?"]
)
async def test_a_month_partly_in_a_season_gives_the_nights_that_are(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert (
        "En diciembre, las noches del 15 al 31 de diciembre caen en *Temporada alta de verano*"
        " y salen más" in answer
    ), answer


@pytest.mark.parametrize(
    "text", ["en marzo es mas caro?", "en marzo sube?", "marzo es temporada alta?"]
)
async def test_a_month_outside_every_season_is_the_usual_price(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Marzo no cae en ninguna temporada" in answer, answer


async def test_a_month_compared_with_the_cabins_listed_goes_back_to_the_list(app) -> None:
    guest = Guest(app)
    await guest.say("hola, tienen lugar del 2 al 5 de marzo para 2?")
    assert await guest.state() == State.CHOOSE_CABIN
    answer = text_of(await guest.say("y en enero es mas caro?"))
    assert "Todo enero cae en *Temporada alta de verano*" in answer, answer
    assert "Pasame las fechas" not in answer  # the list on screen is what comes next
    assert await guest.state() == State.CHOOSE_CABIN  # the list stays where it was


@pytest.mark.parametrize(
    "text", ["queremos ir en enero", "cuanto sale en enero?", "tienen lugar en enero?"]
)
async def test_a_month_wanted_still_asks_for_its_days(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Qué días de enero" in answer, answer
    assert "cae en" not in answer
