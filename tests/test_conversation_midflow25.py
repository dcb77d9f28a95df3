"""Session 25: whole chats in the middle of the booking flow (the list, the summary, the
payment link, the paid stay), read as a guest would. What was misread, by family:

- A listed cabin pointed at alone in its own clause, then a question ("la de 4, ¿tiene
  parrilla?", "la del bosque. tiene wifi?", "quiero la del medio, ¿tiene hogar?") only
  answered, with "elegí una cabaña de la lista": now the summary of that cabin, the
  question answered about it. One clause that asks ("¿la de 4 tiene parrilla?") still
  picks nothing.
- On the summary, a yes said outright first ("dale, reservo", "ok, avancemos", "de una,
  reservala") and a question after it about the stay's logistics (times, how to get
  there, parking, wifi, linens) or how to pay: held, and the question answered under the
  link. A bare "dale"/"ok" before the question still holds nothing, nor does a question
  that could change the mind (a pet, a grill), which is answered (it was the summary
  again, the question ignored).
- "Ya pagué, ¿a qué hora entramos?" while the deposit is pending: the payment's word and
  the question's answer (the question was dropped).
- New dates said as a correction after the stay is paid ("mejor del 8 al 11", "al final
  vamos del …", "perdón, era del …", "¿podemos cambiarla para del …?"): that reservation
  named and a person offered, as "somos 3 al final" gets (it was a new search asking for
  the head count). A plain "¿tienen libre del … para 2?" still searches. A cabin said as a
  correction ("en realidad preferimos la del bosque") is the same: it was the cabin's card
  and "pasame fechas".
- A row picked with a new party or dates ("la 2 pero somos 4", "la 1 pero del 2 al 5"):
  that cabin summed up for them, or why it does not fit (it was the list again, the pick
  lost); with whose name it goes under ("la 3 a nombre de Pedro Gómez"): noted and taken.
- "Nono esperá, vamos con la de 4" on the summary: that cabin, not "¡Dale, sin apuro!".
- "¿Cuánto es la seña? y ¿hasta qué hora se sale?" on the summary: both answered;
  "¿cuánto sale la tercera x noche?" under the list: that row alone, not all three.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import (
    ddmm,
    hold_quiet_stay,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)


async def _statuses(db) -> list[str]:
    found = await db.fetch("SELECT reservation_status::text AS s FROM reservations ORDER BY code")
    return [r["s"] for r in found]


async def _listed(guest, party: int) -> None:
    start, end = quiet_stay()
    await guest.say(f"hola, del {ddmm(start)} al {ddmm(end)} para {party}")
    assert await guest.state() == State.CHOOSE_CABIN


async def _summed_up(guest) -> None:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ a pick and a question


@pytest.mark.parametrize(
    ("party", "text", "cabin", "answered"),
    [
        (4, "la de 6. tiene lavarropas?", "Bosque de Quila", "lavarropas"),
        (2, "la tercera, aceptan mascotas?", "Bosque de Quila", "mascotas"),
        (2, "la más barata, tiene wifi?", "Lago Lácar", "wifi"),
        (4, "la cabaña de 4! hay estacionamiento?", "Cerro Chapelco", "estacionamiento"),
        (2, "prefiero la del medio. a qué hora se entra?", "Cerro Chapelco", "14:00"),
        (2, "la 1 porfa, ¿tiene ropa de cama?", "Lago Lácar", "ropa de cama"),
    ],
)
async def test_a_cabin_pointed_at_beside_a_question_is_picked(guest, party, text, cabin, answered):
    await _listed(guest, party)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD, said
    assert f"*Cabaña {cabin}*" in said and "Te resumo" in said, said
    assert answered in said.lower() or answered in said, said
    assert (await guest.session()).ctx.guests == party


async def test_a_question_about_a_listed_cabin_picks_nothing(guest):
    await _listed(guest, 4)
    said = text_of(await guest.say("¿la de 6 tiene lavarropas?"))
    assert await guest.state() == State.CHOOSE_CABIN, said
    assert "Te resumo" not in said


# ------------------------------------------------------------------ a yes and a question


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("reservala porfa. hasta qué hora es el check out?", "10:00"),
        ("dale, la confirmo. dónde queda?", "Costanera"),
        ("avanzamos! hay cochera?", "estacionamiento"),
        ("ok, reservo. se puede pagar con débito?", "débito"),
    ],
)
async def test_a_yes_said_first_holds_and_answers(guest, db, text, answered):
    await _summed_up(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.AWAIT_PAYMENT, said
    assert "Te guardé" in said and answered in said, said
    assert await _statuses(db) == ["pre_reserved"]


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("dale, y a qué hora es el check in?", "14:00"),  # "dale" heard the summary
        ("ok la reservo, tiene lavarropas?", "lavarropas"),  # the answer may change it
        ("si, confirmo. puedo llevar al gato?", "mascotas"),
        # a "pero" takes the yes back (the check was dead: its \b were backspaces)
        ("reservala, pero a qué hora es el check in?", "14:00"),
    ],
)
async def test_a_yes_before_a_deciding_question_holds_nothing(guest, db, text, answered):
    await _summed_up(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD, said
    assert "Te guardé" not in said and "Te resumo" not in said, said
    assert answered in said.lower() and "Confirmar" in said, said
    assert await _statuses(db) == []


# ------------------------------------------------------------------ paid, and a question


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("ya te pagué. hasta qué hora se sale?", "10:00"),
        ("pagado!! dónde queda exactamente?", "Costanera"),
    ],
)
async def test_paid_said_with_a_question_answers_both(guest, text, answered):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Todavía no me llegó" in said and answered in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ a paid stay redated


def _other_dates() -> tuple[str, str]:
    start, end = quiet_stay()
    return ddmm(start + dt.timedelta(days=7)), ddmm(end + dt.timedelta(days=7))


@pytest.mark.parametrize(
    "form",
    [
        "nos confundimos, es del {0} al {1}",
        "al final vamos a ir del {0} al {1}",
        "¿podemos cambiarla para del {0} al {1}?",
        "uy no, mejor del {0} al {1}",
    ],
)
async def test_new_dates_as_a_correction_after_paying_name_the_booking(guest, db, form):
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(form.format(*_other_dates())))
    assert code in said and "Hablar con alguien" in said, said
    assert "¿Cuántas personas" not in said and "tengo libres" not in said
    assert await guest.state() == State.IDLE


async def test_new_dates_asked_plainly_after_paying_are_searched(guest, db):
    await paid_quiet_stay(guest, db)
    start, end = _other_dates()
    said = text_of(await guest.say(f"¿tienen libre del {start} al {end} para 2?"))
    assert "tengo libres" in said, said


# ------------------------------------------------------------------ a row and a change


@pytest.mark.parametrize(
    ("text", "cabin", "party"),
    [
        ("la 2 pero somos 4", "Cerro Chapelco", 4),
        ("la tercera, pero para 6", "Bosque de Quila", 6),
        ("ok la última pero al final somos 5", "Bosque de Quila", 5),
    ],
)
async def test_a_row_picked_with_another_party_is_summed_up_for_it(guest, text, cabin, party):
    await _listed(guest, 2)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD, said
    assert f"*Cabaña {cabin}*" in said and f"{party} personas" in said, said


async def test_a_row_picked_with_other_dates_is_summed_up_for_them(guest):
    await _listed(guest, 2)
    start, end = quiet_stay()
    later, out = start + dt.timedelta(days=1), end + dt.timedelta(days=1)
    said = text_of(await guest.say(f"la 1 pero del {ddmm(later)} al {ddmm(out)}"))
    assert await guest.state() == State.CONFIRM_HOLD, said
    assert "*Cabaña Lago Lácar*" in said and f"{later.day:02d}/{later.month:02d}" in said, said


async def test_a_row_too_small_for_the_new_party_says_why(guest):
    await _listed(guest, 2)
    said = text_of(await guest.say("la primera pero somos 4"))
    assert "Lago Lácar" in said and "hasta 2 personas" in said, said
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ more, same sweep


@pytest.mark.parametrize(
    ("text", "cabin"),
    [
        ("uh esperá, prefiero la del bosque", "Bosque de Quila"),
        ("nono esperá, vamos con la de 4", "Cerro Chapelco"),
    ],
)
async def test_a_hold_on_then_another_cabin_is_that_cabin(guest, db, text, cabin):
    # "nono, esperá, mejor la de 4" got "¡Dale, sin apuro!", the cabin asked for unheard.
    await _summed_up(guest)
    said = text_of(await guest.say(text))
    assert f"*Cabaña {cabin}*" in said and "Te resumo" in said, said
    assert "sin apuro" not in said
    assert await guest.state() == State.CONFIRM_HOLD
    assert await _statuses(db) == []


@pytest.mark.parametrize(
    "text", ["en realidad preferimos la del bosque", "mejor la cabaña de 4, se puede cambiar?"]
)
async def test_another_cabin_as_a_correction_after_paying_names_the_booking(guest, db, text):
    # "mejor la de 6, ¿se puede?" got the cabin's card and "pasame fechas".
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert code in said and "Hablar con alguien" in said, said
    assert "Pasame fechas" not in said


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("cuánto es la seña? y hasta qué hora se puede salir?", "10:00"),
        ("cuanto sale en total y como llego?", "Costanera"),
    ],
)
async def test_a_price_and_another_question_on_the_summary_get_both(guest, text, answered):
    await _summed_up(guest)
    said = text_of(await guest.say(text))
    assert "$ 58.500" in said and answered in said, said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_row_priced_by_the_night_is_that_row_alone(guest):
    await _listed(guest, 2)
    said = text_of(await guest.say("la tercera cuanto sale x noche?"))
    assert "Bosque de Quila" in said and "$ 140.000" in said, said
    assert "Lago Lácar" not in said and "Cerro Chapelco" not in said, said


@pytest.mark.parametrize(
    ("text", "cabin", "holder"),
    [
        ("me quedo con la del lago, a nombre de Carla Díaz", "Lago Lácar", "Carla Díaz"),
        ("la 3 a nombre de Pedro Gómez", "Bosque de Quila", "Pedro Gómez"),
    ],
)
async def test_a_row_picked_with_whose_name_is_both(guest, text, cabin, holder):
    # "la segunda, a nombre de Juan Pérez" noted the name and dropped the pick.
    await _listed(guest, 2)
    said = text_of(await guest.say(text))
    assert holder in said and f"*Cabaña {cabin}*" in said and "Te resumo" in said, said
    assert await guest.state() == State.CONFIRM_HOLD
