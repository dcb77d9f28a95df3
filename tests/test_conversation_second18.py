"""Session 18, second-message sweep: what guests answer to the list of free cabins and to
a cabin's summary (a pick by size or place, a doubt about which, other dates), and the
replies that missed it.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6 (all three listed for 2).
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, text_of


async def listed(guest) -> None:
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------- "esa de 6", "esta de 4"


@pytest.mark.parametrize(
    ("text", "cabin"),
    [("esa de 6", "Bosque de Quila"), ("esta de 4 porfa", "Cerro Chapelco"),
     ("dale esa de 2", "Lago Lácar")],
)  # fmt: skip
async def test_a_cabin_pointed_at_by_its_size_with_esa_is_picked(guest, text, cabin):
    # The sweep: "esa de 6" got "Elegí una cabaña de la lista…" while "la de 6" picks.
    await listed(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD
    assert f"*Cabaña {cabin}*" in said and "2 personas" in said


# ------------------------------------------------- "cambiemos las fechas" under the list


@pytest.mark.parametrize(
    "text", ["cambiemos las fechas", "otras fechas", "quiero cambiar las fechas",
             "mejor cambio de fechas 🙏"],
)  # fmt: skip
async def test_asking_to_change_the_dates_under_the_list_asks_the_new_ones(guest, text):
    # The sweep: "cambiemos las fechas" under the list got "Elegí una cabaña de la lista";
    # the summary's "Cambiar fechas" typed there is the same wish.
    await listed(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.ASK_DATES
    assert "Elegí una cabaña" not in said and "fechas" in said
    start, end = quiet_stay(days_ahead=70)
    again = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)}"))
    assert await guest.state() == State.CHOOSE_CABIN and "2 personas" in again


async def test_new_dates_with_the_wish_still_search_them(guest):
    await listed(guest)
    start, end = quiet_stay(days_ahead=70)
    said = text_of(await guest.say(f"cambiemos las fechas, del {ddmm(start)} al {ddmm(end)}"))
    assert await guest.state() == State.CHOOSE_CABIN
    assert f"{end.day:02d}/{end.month:02d}" in said


# ------------------------------------------------ "no sé cuál elegir", "cualquiera"


@pytest.mark.parametrize(
    "text", ["no se cual elegir", "no sabemos cual agarrar jaja", "ayudame a elegir",
             "cualquiera", "cual elijo?", "la verdad no se cual 🤔"],
)  # fmt: skip
async def test_a_doubt_about_which_cabin_gets_a_recommendation(guest, text):
    # The sweep: "no se cual elegir" got "Es lo que tengo libre 🙂 Abrí la lista…", as if
    # the guest had not understood the list; "¿cuál me recomendás?" gets advice.
    await listed(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CHOOSE_CABIN
    assert "te recomiendo la *Cabaña Lago Lácar*" in said
    assert "Cabaña Lago Lácar" in text_of(await guest.say("dale esa"))
    assert await guest.state() == State.CONFIRM_HOLD


# ---------------------------------------------------------------------- "la del medio"


@pytest.mark.parametrize("text", ["la del medio", "dale la del medio porfa"])
async def test_the_middle_one_of_three_is_the_second(guest, text):
    await listed(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD and "*Cabaña Cerro Chapelco*" in said


# ------------------------------------------------------------- "la que tiene quincho"


async def test_the_one_with_a_quincho_is_picked_not_every_grill(guest):
    # The sweep: "la que tiene quincho" got "Tienen parrilla: Chapelco, Quila": a quincho
    # was any grill, so two cabins had it and nothing was picked.
    await listed(guest)
    said = text_of(await guest.say("la que tiene quincho"))
    assert await guest.state() == State.CONFIRM_HOLD and "*Cabaña Bosque de Quila*" in said


async def test_a_grill_still_lists_every_cabin_with_one(guest):
    await listed(guest)
    said = text_of(await guest.say("la q tiene parrilla"))
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Cerro Chapelco" in said and "Bosque de Quila" in said


# ------------------------------------------------------------------ "la de 285 mil"


@pytest.mark.parametrize(
    ("text", "cabin"),
    [("bueno la de 285 mil", "Cerro Chapelco"), ("esa de $420.000", "Bosque de Quila"),
     ("la de 195", "Lago Lácar"), ("dale la de 95 mil la noche", "Cerro Chapelco")],
)  # fmt: skip
async def test_a_cabin_picked_by_its_price_is_that_one(guest, text, cabin):
    # The sweep: "bueno la de 285 mil" (the total the list shows) got "Elegí una cabaña".
    await listed(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD and f"*Cabaña {cabin}*" in said


async def test_a_price_no_cabin_costs_picks_nothing(guest):
    await listed(guest)
    await guest.say("la de 300 mil")
    assert await guest.state() == State.CHOOSE_CABIN


# --------------------------------------------------- "la q tiene vista al lago" ("q")


@pytest.mark.parametrize(
    ("text", "cabin"),
    [("la q tiene vista al lago", "Lago Lácar"), ("la q tiene lavarropas", "Bosque de Quila"),
     ("quiero la k tiene smart tv", "Cerro Chapelco")],
)  # fmt: skip
async def test_the_one_with_a_feature_written_with_q_is_picked(guest, text, cabin):
    # The sweep: "la q tiene vista al lago" got "¡Sí! La Cabaña Lago Lácar tiene deck con
    # vista al lago" (an answer, and the list again): "q" is "que" as guests type it.
    await listed(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD and f"*Cabaña {cabin}*" in said
