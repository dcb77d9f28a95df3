"""A budget the guest gives, read in pesos (bot.budget), and the note under the list."""

from __future__ import annotations

import pytest

from bot.budget import said_budget
from tests.conversation_support import ddmm, quiet_stay, rows, text_of


@pytest.mark.parametrize(
    ("text", "pesos"),
    [("tenemos un presupuesto de 300 mil", 300_000), ("hasta 100 lucas", 100_000),
     ("no más de $250.000", 250_000), ("maximo 200k", 200_000),
     ("tenemos 300 mil para gastar", 300_000), ("presu de 150.000 por noche", 150_000),
     ("Presupuesto: $ 180.000", 180_000)],
)  # fmt: skip
def test_a_budget_is_read_in_pesos(text, pesos):
    assert said_budget(text) == pesos


@pytest.mark.parametrize(
    "text",
    ["hasta el 5 de marzo", "hasta 5 noches", "del 3 al 6 para 2", "hasta las 10",
     "hasta 4 personas", "tenemos 2 perros", "me pasás un presupuesto para 4?"],
)  # fmt: skip
def test_no_budget_where_none_was_given(text):
    assert said_budget(text) is None


async def test_a_budget_too_small_says_the_cheapest_and_a_nights_reading(guest):
    # "Hasta 100 lucas" beside the dates was read and dropped: the list came as if no budget
    # had been said.
    start, end = quiet_stay()
    listed = await guest.say(f"hola! del {ddmm(start)} al {ddmm(end)} para 2, hasta 10 mil")
    said = text_of(listed)
    assert len(rows(listed)) == 3
    assert "Con $ 10.000 en total no me alcanza" in said and "La más económica" in said
    assert "por noche" not in said  # no cabin costs 10.000 a night either


async def test_a_budget_that_pays_for_every_listed_cabin_says_so(guest):
    start, end = quiet_stay()
    said = text_of(
        await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2, presupuesto de 9.000.000")
    )
    assert "Con $ 9.000.000 en total te alcanza para cualquiera de la lista" in said


async def test_a_budget_per_night_is_read_per_night(guest):
    start, end = quiet_stay()
    said = text_of(
        await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2, hasta 500 mil por noche")
    )
    assert "Con $ 500.000 la noche te alcanza para cualquiera de la lista" in said
