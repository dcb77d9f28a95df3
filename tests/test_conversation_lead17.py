"""Session 17, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, quiet_stay, rows, text_of

# ------------------------------------------------------------------ what the price includes


@pytest.mark.parametrize(
    "text",
    ["que incluye el precio?", "y la tarifa q incluye?", "el total incluye ropa de cama?",
     "qué está incluido en el precio?"],
)  # fmt: skip
async def test_what_the_price_includes_under_a_list_is_about_the_listed_cabins(guest, text):
    # "¿Qué incluye el precio?" under a list for 4 got every cabin's amenities (the one for 2
    # too) and then every cabin's nightly prices, ending "pasame fechas y cantidad de
    # personas", which the guest had just given.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    said = text_of(await guest.say(text))
    assert "Lago Lácar" not in said and "Pasame fechas" not in said
    assert "por noche" not in said or "por cabaña" in said
    assert "Bosque de Quila" in said and "Cerro Chapelco" in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_what_the_price_includes_with_nothing_listed_is_what_each_cabin_has(guest):
    said = text_of(await guest.say("hola, que incluye el precio?"))
    assert "por cabaña" in said and "Incluye" in said and "Pasame fechas" not in said


async def test_how_much_it_costs_under_a_list_is_still_the_prices(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    said = text_of(await guest.say("y cuanto sale cada una?"))
    assert "$" in said and len(rows(listed)) == 2


async def test_how_much_and_what_it_includes_gets_both(guest):
    said = text_of(await guest.say("cuanto sale la noche y que incluye el precio?"))
    assert "$" in said and "Incluye" in said


# ------------------------------------------------------------------ a new detail, answered


async def test_a_follow_up_answered_in_its_own_words_is_not_called_all_we_know(guest):
    # "¿se puede con transferencia?" after "¿y el resto cómo se paga?" got its own answer
    # (the deposit by Mercado Pago, the rest by arrangement) and then "Es todo lo que dice
    # la info de las cabañas", as if the same lines had been said again.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say("y la seña como se paga?")
    said = text_of(await guest.say("se puede con transferencia?"))
    assert "transferencia" in said and "Es todo lo que dice la info" not in said


# ------------------------------------------------------------------ the days the other way round


@pytest.mark.parametrize(
    ("text", "meant"),
    [("del 18 al 15 de enero para 2", "del 15 al 18 de enero"),
     ("hola! tienen del 25 al 20 de febrero? somos 4", "del 20 al 25 de febrero")],
)  # fmt: skip
async def test_a_range_written_the_other_way_round_is_pointed_out(guest, text, meant):
    # "Del 18 al 15 de enero" is 18/12 → 15/01 by the contract's rule: 28 nights were listed
    # with no word, when the guest most likely swapped the days.
    said = text_of(await guest.say(text))
    assert f"*{meant}*" in said and "noches" in said


@pytest.mark.parametrize(
    "text", ["del 28 al 2 de diciembre para 2", "del 30 al 3 de enero, somos 2"]
)
async def test_a_range_across_two_months_is_not_pointed_out(guest, text):
    said = text_of(await guest.say(text))
    assert "Si querías" not in said


# ------------------------------------------------------------------ a longer stay, only if free


async def test_the_longer_stay_offered_for_a_minimum_is_one_that_is_free(app, guest):
    # "Para 6 la que va es la Bosque de Quila, y pide mínimo 3 noches. ¿Te sirve del 31/12
    # al 03/01?": its third night was taken, so "dale" led to "no me queda nada libre".
    start, _ = quiet_stay(days_ahead=60)
    other = Guest(app, wa_id="5492944000777")
    listed = await other.say(
        f"del {ddmm(start + dt.timedelta(days=2))} al {ddmm(start + dt.timedelta(days=5))} para 6"
    )
    await other.tap(rows(listed)[0].id, rows(listed)[0].title)
    await other.tap(R.HOLD_CONFIRM, "Confirmar")
    said = text_of(
        await guest.say(f"del {ddmm(start)} al {ddmm(start + dt.timedelta(days=2))} para 6")
    )
    assert "¿Te sirve" not in said and "mínima es de 3 noches" in said
    assert rows(guest.heard[-1:]) and await guest.state() == State.CHOOSE_CABIN


async def test_the_longer_stay_is_still_offered_when_it_is_free(guest):
    start, _ = quiet_stay(days_ahead=60)
    said = text_of(
        await guest.say(f"del {ddmm(start)} al {ddmm(start + dt.timedelta(days=2))} para 6")
    )
    assert "mínimo 3 noches" in said and "¿Te sirve" in said


async def test_how_much_the_longer_stay_offered_costs_is_its_total(guest):
    # "¿Cuánto sale?" to "¿te sirve del 31/12 al 03/01? Decime dale" got every cabin's
    # nightly prices ending "pasame fechas y cantidad de personas", both already given.
    start, _ = quiet_stay(days_ahead=60)
    await guest.say(f"del {ddmm(start)} al {ddmm(start + dt.timedelta(days=2))} para 6")
    said = text_of(await guest.say("cuanto sale?"))
    assert "en total" in said and "Bosque de Quila" in said and "(3 noches)" in said
    assert "Pasame fechas" not in said and "Decime *dale*" in said
    assert "Lago Lácar" not in said
    summary = text_of(await guest.say("dale"))
    assert "Bosque de Quila" in summary and "(3 noches)" in summary


# ------------------------------------------------------------------ a weekend in the month asked


@pytest.mark.parametrize("answer", ["el finde del 16", "el fin de semana del 16"])
async def test_the_weekend_of_a_day_answers_the_month_asked(guest, answer):
    # "¿Qué días de enero querés venir?" … "el finde del 16" read the weekend of December
    # 16th (Friday 18 to Sunday 20), not January's.
    await guest.say("y para 4 personas un finde de enero?")
    said = text_of(await guest.say(answer))
    assert "/01" in said and "/12" not in said
