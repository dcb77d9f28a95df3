"""Session 23 (h2): defects noticed in earlier sessions and left alone, whole chats.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import Guest, hold_quiet_stay, text_of, today

# ------------------------------- "la semana de Navidad": the week around the holiday


def _around(month: int, day: int, before: int) -> tuple[dt.date, dt.date]:
    """The week around a holiday told now: 7 nights from ``before`` days before the day."""
    now = today()
    year = now.year
    if dt.date(year, month, day) - dt.timedelta(days=before) + dt.timedelta(days=7) <= now:
        year += 1
    arrival = dt.date(year, month, day) - dt.timedelta(days=before)
    return max(arrival, now), arrival + dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("said", "month", "day"),
    [
        ("hola, tienen lugar la semana de navidad para 4?", 12, 25),
        ("Buenas! la semana de Año Nuevo somos 4", 1, 1),
        ("semana de reyes x 4 🙏", 1, 6),
    ],
)
async def test_the_week_of_a_holiday_is_searched_as_seven_nights_around_it(
    guest: Guest, said: str, month: int, day: int
):
    await guest.say(said)
    ctx = (await guest.session()).ctx
    check_in, check_out = _around(month, day, before=3)
    assert (ctx.check_in, ctx.check_out) == (check_in, check_out), text_of(guest.heard)
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------- "reservé el martes": the day it was booked, no new search


@pytest.mark.parametrize(
    "said",
    [
        "hola, hice la reserva el lunes, está todo ok?",
        "reservé el martes y no sé si quedó",
        "buenas! hice una reserva el jueves",
        "la reserva la hice el miercoles 🙂",
    ],
)
async def test_a_booking_told_with_its_day_is_about_that_booking(guest: Guest, said: str):
    code = await hold_quiet_stay(guest)
    await guest.forget()
    answer = text_of(await guest.say(said))
    assert code in answer, answer
    assert await guest.state() != State.ASK_GUESTS


# ------------------------------- two stays told as alternatives: the other one is not dropped


def _quiet_pair() -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """Two quiet stays of 3 nights a week apart, both free of the demo's seasons."""
    from tests.conversation_support import quiet_stay

    first_in, first_out = quiet_stay(days_ahead=40, nights=3)
    return first_in, first_out, first_in + dt.timedelta(days=7), first_out + dt.timedelta(days=7)


def _dm(day: dt.date) -> str:
    return f"{day:%d/%m}"


@pytest.mark.parametrize(
    "template",
    [
        "hola, del {a} al {b} o del {c} al {d} para 2",
        "Tienen lugar {a} al {b} o {c} al {d}? somos 2",
        "del {a} al {b} o del {c} al {d} x 2 😊",
    ],
)
async def test_two_ranges_list_the_first_and_say_how_the_other_stands(guest: Guest, template):
    a, b, c, d = _quiet_pair()
    said = template.format(a=_dm(a), b=_dm(b), c=_dm(c), d=_dm(d))
    answer = text_of(await guest.say(said))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (a, b), answer
    assert "dos opciones" in answer and f"{c:%d/%m}" in answer, answer
    assert "3 cabañas libres" in answer, answer  # the other stay searched too
    await guest.say(f"del {_dm(c)} al {_dm(d)}")
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (c, d)


@pytest.mark.parametrize(
    "template",
    [
        "el {a} por 2 o 3 noches, somos 2",
        "llegamos el {a}, dos o tres noches para 2",
    ],
)
async def test_two_lengths_list_the_first_and_say_the_other(guest: Guest, template):
    a, _, _, _ = _quiet_pair()
    answer = text_of(await guest.say(template.format(a=_dm(a))))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (a, a + dt.timedelta(days=2)), answer
    assert "dos opciones" in answer and "3 noches" in answer, answer


@pytest.mark.parametrize(
    "said", ["hola, tienen lugar 2 o 3 noches para 2?", "dos o tres noches, somos 2 😊"]
)
async def test_two_lengths_without_an_arrival_say_which_is_searched(guest: Guest, said: str):
    answer = text_of(await guest.say(said))
    assert await guest.state() == State.ASK_DATES
    assert "dos opciones" in answer and "*3 noches*" in answer, answer
    assert (await guest.session()).ctx.nights == 2


async def test_two_ranges_without_a_party_say_the_other_comes_next(guest: Guest):
    a, b, c, d = _quiet_pair()
    answer = text_of(
        await guest.say(f"hay lugar del {_dm(a)} al {_dm(b)} o del {_dm(c)} al {_dm(d)}?")
    )
    assert await guest.state() == State.ASK_GUESTS
    assert "dos opciones" in answer and f"*del {c:%d/%m} al {d:%d/%m}*" in answer, answer


# ------------------------------- what the cabins' data cannot say: said so, and the owner


@pytest.mark.parametrize(
    "said",
    [
        "¿es seguro el barrio?",
        "la zona es tranquila?",
        "es peligrosa la zona??",
        "Hola! el barrio es seguro? vamos con chicos",
    ],
)
async def test_whether_the_area_is_safe_is_not_in_the_data(guest: Guest, said: str):
    answer = text_of(await guest.say(said))
    assert "no lo tengo a mano" in answer, answer
    assert "hablar con una persona" in answer, answer
    assert "Costanera 1450" not in answer, answer  # the address answers nothing asked
    assert await guest.state() == State.IDLE


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("¿está lejos del centro?", "del centro"),
        ("a cuánto están del cerro chapelco?", "del cerro chapelco"),
        ("queda cerca del lago?", "del lago"),
        ("cuantos km hay hasta el centro", "del centro"),
        ("esta cerca de la playa? 🏖️", "de la playa"),
        ("Estan muy lejos de la terminal?", "de la terminal"),
        ("¿a cuántas cuadras queda el centro?", "del centro"),
        ("a cuantos minutos estan del Cerro?", "del cerro"),
    ],
)
async def test_a_distance_the_data_does_not_give_is_said_so_with_the_address(
    guest: Guest, said: str, place: str
):
    answer = text_of(await guest.say(said))
    assert "no lo tengo a mano" in answer and place in answer, answer
    assert "Costanera 1450" in answer, answer  # where the cabins are, as context
    assert "hablar con una persona" in answer, answer


@pytest.mark.parametrize("said", ["¿a cuánto queda el muelle?", "¿están lejos del muelle?"])
async def test_a_distance_the_directions_give_is_answered_from_them(guest: Guest, said: str):
    answer = text_of(await guest.say(said))
    assert "800 m del muelle" in answer and "no lo tengo a mano" not in answer, answer


@pytest.mark.parametrize(
    "said",
    [
        "¿el precio incluye limpieza?",
        "el total incluye la limpieza final?",
        "la tarifa incluye limpieza??",
        "¿incluye la limpieza el precio?",
    ],
)
async def test_whether_the_price_covers_cleaning_is_the_fee_question(guest: Guest, said: str):
    answer = text_of(await guest.say(said))
    assert "Incluye: wifi" not in answer, answer  # not every cabin's amenities
    assert "hablar con una persona" in answer or "dueño" in answer, answer


# ------------------------------- "hola soy maria": a name typed in lowercase is the guest's


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("hola soy maria, tienen lugar?", "Maria"),  # as typed, capitalised
        ("hola soy maría, tienen lugar?", "María"),
        ("buenas soy juan! tienen lugar?", "Juan"),
        ("holaa soy yamila, tienen lugar?", "Yamila"),
    ],
)
async def test_a_lowercase_name_after_soy_is_used_to_greet(guest: Guest, said: str, name: str):
    answer = text_of(await guest.say(said))
    assert answer.startswith(f"¡Hola, {name}!"), answer


@pytest.mark.parametrize(
    "said",
    [
        "hola soy de cordoba, tienen lugar?",
        "hola soy yo de nuevo, tienen lugar?",
        "hola soy la que reservó ayer, tienen lugar?",
        "hola soy re despistada, tienen lugar?",
    ],
)
async def test_what_the_guest_says_they_are_keeps_the_profile_name(guest: Guest, said: str):
    answer = text_of(await guest.say(said))
    assert answer.startswith("¡Hola, Lucía!"), answer
