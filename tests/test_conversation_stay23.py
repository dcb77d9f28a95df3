"""Session 23: guests with a paid stay, today or under way, writing as on WhatsApp.

Decided:
- "Hay / tenemos un problema con la calefacción / la ducha" is a problem told (a person,
  the owner's 🔧 notice), never the heating topic's "¡Sí! tiene hogar"; so is a thing that
  works badly ("el calefón anda mal"), leaks ("la ducha pierde agua"), has run out ("se
  terminó el gas de la garrafa") or was damaged by the guests ("rompimos una taza", "se
  manchó el sillón"). Questions about what a cabin has stay questions.
- A smell of gas told with a word between ("hay un olor raro, como a gas") is gas, URGENTE;
  a door shut on the key inside ("se nos cerró la puerta con la llave adentro") is a guest
  locked out, URGENTE.

Real PostgreSQL and Redis, demo cabins, a fake Graph API where the owner's notices land.
"""

from __future__ import annotations

import pytest

from bot.nlu import parse_fresh
from bot.states import State
from tests.conversation_support import (
    OWNER_CLOUD,
    owner_app_fixture,
    paid_stay_from,
    text_of,
    today,
    urgent_told,
)

app = owner_app_fixture("app")  # the owner's messages read at the fake Graph API


# ------------------------------------------------------------- a problem told in other words

PROBLEMS = [
    "hay un problema con la calefaccion",
    "tenemos un problema con la ducha 😩",
    "hola! tenemos problemas con el calefon",
    "el calefon anda mal",
    "la tele funciona re mal",
    "la ducha pierde agua",
    "el inodoro pierde",
    "se termino el gas de la garrafa",
    "se nos acabo la leña",
    "rompimos una taza, perdon! cuanto es?",
    "se mancho el sillon con vino, perdon 🙈",
    "manchamos una sabana sin querer",
]


@pytest.mark.parametrize("text", PROBLEMS)
async def test_a_problem_told_in_other_words_reaches_the_owner(guest, db, graph, text):
    # Was the heating topic ("¡Sí! tiene hogar a leña"), the price list, or "no te entendí".
    fake, _ = graph
    await paid_stay_from(guest, db, -1)
    before = len(fake.texts_to(OWNER_CLOUD))  # the paid deposit's notice
    said = text_of(await guest.say(text))
    assert await guest.state() == State.HANDOFF, said
    assert "perdón" in said.lower(), said
    (notice,) = fake.texts_to(OWNER_CLOUD)[before:]
    assert notice.startswith("🔧") and text in notice, notice


@pytest.mark.parametrize(
    "text",
    [
        "¿hay algún problema si llevamos al perro?",
        "la ducha es electrica o a gas?",
        "¿tiene calefacción?",
        "se puede usar la parrilla?",
        "tenemos un problema con las fechas, podemos cambiarlas?",
        "¿cuánto sale la noche?",
        "rompimos el chanchito y queremos reservar jaja",
    ],
)
def test_questions_and_other_troubles_are_no_problem_at_the_cabin(text):
    assert not parse_fresh(text, today()).problem, text


# ------------------------------------------------------------------------------ urgent

URGENT = [
    ("hay un olor raro como a gas en la cocina", "olor a gas"),
    ("sentimos olor fuerte a gas!!", "olor a gas"),
    ("huele mucho a gas en el baño", "olor a gas"),
    ("se nos cerro la puerta con la llave adentro", "no pueden entrar"),
    ("dejamos las llaves adentro y se cerro la puerta 😱", "no pueden entrar"),
    ("se me trabo la puerta con las llaves adentro", "no pueden entrar"),
]


@pytest.mark.parametrize(("text", "label"), URGENT)
async def test_gas_or_a_key_shut_inside_is_urgent(guest, db, graph, text, label):
    # "🔧 … avisa un problema" and "2 h como mucho", or the Chapelco cabin's card.
    said = await urgent_told(guest, db, graph, text, label)
    assert "como mucho" not in said, said


@pytest.mark.parametrize(
    "text",
    ["¿la cocina es a gas?", "las llaves las dejamos adentro al irnos?",
     "¿dejamos la llave adentro cuando nos vamos?", "¿hay olor a humedad?"],
)  # fmt: skip
def test_no_emergency_in_questions_about_gas_or_keys(text):
    assert parse_fresh(text, today()).urgent is None, text


# ------------------------------------------------------- the arrival day told, already paid


@pytest.mark.parametrize(
    "text",
    [
        "hola, llegamos mañana tipo 15hs",
        "mañana llegamos!! 🙌",
        "mi reserva es para mañana no? confirmame porfa",
        "llegariamos mañana a la tarde",
        "me mandas la ubicacion para mañana?",
    ],
)
async def test_the_booked_arrival_day_told_is_no_new_search(guest, db, text):
    # "Llegarías el dom 29/11 👍 ¿Hasta qué día te quedás?": a new stay asked for.
    code = await paid_stay_from(guest, db, 1)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    assert "Hasta qué día" not in said and "te quedás" not in said, said
    assert code in said or "Costanera" in said, said


@pytest.mark.parametrize(
    "text",
    ["se nos complico, llegamos mañana en vez de hoy", "al final llegamos el lunes",
     "llegamos pasado mañana, se puede?"],
)  # fmt: skip
async def test_another_arrival_day_told_names_the_booked_one(guest, db, text):
    code = await paid_stay_from(guest, db, 0)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    assert code in said and "Hablar con alguien" in said, said
    first = today()
    assert f"{first.day:02d}/{first.month:02d}" in said, said
