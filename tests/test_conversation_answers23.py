"""Session 23: how guests answer the bot's own questions, typed the way they type on
WhatsApp (no accents, lowercase, fillers, emojis).

Decided:
- To "¿Cuántas personas van a ser?", a number wrapped in a filler ("mmm 3", "por ahora 2",
  "la familia completa, 5", "5 contando al bebe") is the head count, as a bare "3" is.
- A range ("entre 4 y 6", "4 o 5", "3 capaz 4") is the most of it: the price is per cabin,
  and the cabin must sleep them all (as `guests_unsure` asks: "cuántos serían como
  máximo"). "entre 3 y 4" there is people, never the 3rd to the 4th of the month.
- On the list, leaving the choice to us ("me da igual", "la que vos digas", "elegí vos")
  is asking for advice, as "cualquiera" already was.
- An ordinal said with where it stands ("la primera que pusiste", "la segunda de la
  lista", "esa primera") picks that row, as "la primera" alone does.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, text_of


async def _asked_guests(guest):
    start, end = quiet_stay()
    await guest.say(f"hay disponibilidad del {ddmm(start)} al {ddmm(end)}?")
    assert await guest.state() == State.ASK_GUESTS
    return start, end


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("mmm 3", 3),
        ("emm 4 😅", 4),
        ("por ahora 2", 2),
        ("en principio 5", 5),
        ("la familia completa, 5", 5),
        ("toda la familia, 6!", 6),
        ("5 contando al bebe", 5),
        ("4 contando a los chicos", 4),
        ("3 creo", 3),
        ("unos 5 mas o menos", 5),
        ("4 aprox", 4),
    ],
)
async def test_a_number_with_a_filler_answers_the_head_count(guest, text, count):
    start, end = await _asked_guests(guest)
    said = text_of(await guest.say(text))
    ctx = (await guest.session()).ctx
    assert ctx.guests == count and f"{count} personas" in said, said
    assert (ctx.check_in, ctx.check_out) == (start, end)
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("todavia no se, entre 4 y 6", 6),
        ("entre 3 y 4", 4),
        ("somos entre 2 y 3", 3),
        ("4 o 5", 5),
        ("3 o 4 🤔", 4),
        ("seriamos 3 capaz 4", 4),
        ("2, quizas 3", 3),
        ("mmm 4 o 5 maximo", 5),
    ],
)
async def test_a_range_of_people_is_the_most_of_it(guest, text, count):
    start, end = await _asked_guests(guest)
    said = text_of(await guest.say(text))
    ctx = (await guest.session()).ctx
    assert ctx.guests == count and f"{count} personas" in said, said
    assert (ctx.check_in, ctx.check_out) == (start, end), said


async def _listed(guest):
    start, end = quiet_stay()
    await guest.say(f"somos 2, del {ddmm(start)} al {ddmm(end)}")
    assert await guest.state() == State.CHOOSE_CABIN  # Lago Lácar, Cerro Chapelco, Quila


@pytest.mark.parametrize(
    "text",
    [
        "me da igual",
        "nos da lo mismo 🤷",
        "mmm me da igual cual",
        "la que vos digas",
        "la q quieras vos",
        "elegi vos",
        "decidi vos jaja",
        "la que sea",
        "dale la mejor",
        "cual es la mejor?",
        "la mas linda 😍",
    ],
)
async def test_the_choice_left_to_us_is_a_recommendation(guest, text):
    await _listed(guest)
    said = text_of(await guest.say(text))
    assert "te recomiendo" in said and "Lago Lácar" in said, said
    said = text_of(await guest.say("dale"))
    assert "Te resumo" in said and "Lago Lácar" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "la que me recomendaste",
        "la q me dijiste",
        "la que me dijiste vos",
        "ok la recomendada",
        "bueno, la que me sugeriste 👍",
    ],
)
async def test_the_cabin_recommended_taken_by_what_we_said(guest, text):
    await _listed(guest)
    await guest.say("cual me recomendas?")
    said = text_of(await guest.say(text))
    assert "Te resumo" in said and "Lago Lácar" in said, said
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize(
    ("text", "cabin"),
    [
        ("la primera que pusiste", "Lago Lácar"),
        ("la segunda de la lista", "Cerro Chapelco"),
        ("esa primera", "Lago Lácar"),
        ("la 2 de la lista", "Cerro Chapelco"),
        ("la tercera q me pasaste", "Bosque de Quila"),
        ("dale, la primera que me mostraste", "Lago Lácar"),
    ],
)
async def test_a_place_in_the_list_said_with_where_it_stands(guest, text, cabin):
    await _listed(guest)
    said = text_of(await guest.say(text))
    assert "Te resumo" in said and cabin in said, said


@pytest.mark.parametrize(
    "text",
    [
        "las fechas q tengas libres",
        "los dias que haya disponibles",
        "las fechas que tengan",
        "lo que tengas libre 🙏",
        "bueno lo q haya",
        "cuando haya disponibilidad",
    ],
)
async def test_the_dates_left_to_us_are_the_first_free(guest, text):
    await guest.say("hola quiero reservar una cabaña para 4")
    assert await guest.state() == State.ASK_DATES
    said = text_of(await guest.say(text))
    assert "lo primero que tengo libre" in said, said


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 y un perro", 2),
        ("2 + el perro 🐶", 2),
        ("3 y la perrita", 3),
        ("4 con 2 gatos", 4),
        ("dos y el perro", 2),
    ],
)
async def test_a_head_count_with_the_pet_is_both(guest, text, count):
    await _asked_guests(guest)
    said = text_of(await guest.say(text))
    assert (await guest.session()).ctx.guests == count and f"{count} personas" in said, said
    assert "mascotas" in said, said
