"""Round 23 of QA: leftovers of the previous rounds (a machine doubted beside another
question, a relative clause taken for the holder's name, "bot de porquería" not read as fed
up).

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import Guest, ddmm, handed_off, quiet_stay, rows, text_of

# ------------------------------------------------------------------ "¿sos un bot? y …"


# Decided: "¿sos un bot?" beside another question gets the honest answer and then the
# other question answered, as if asked alone (not the menu instead of it).
@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("hola, ¿sos una persona o un bot? quiero saber precios", "quiero saber precios"),
        ("sos un bot? cuánto sale la noche?", "cuánto sale la noche?"),
        ("es un contestador automático? aceptan mascotas?", "aceptan mascotas?"),
        ("hablo con una máquina? tienen wifi?", "tienen wifi?"),
    ],
)
async def test_a_machine_doubted_beside_a_question_answers_both(app, guest, text, alone):
    said = text_of(await guest.say(text))
    expected = text_of(await Guest(app, wa_id="5492944000999").say(alone))
    assert "asistente automático" in said and not await handed_off(app)
    assert expected and expected in said


async def test_a_machine_doubted_alone_is_answered_once(app, guest):
    said = text_of(await guest.say("hola, sos un bot?"))
    assert said.count("asistente automático") == 1 and await guest.state() == State.IDLE


# ------------------------------------------------------------------ the holder, described


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a nombre de mi mamá que vive en Neuquén, Marta Gómez", "Marta Gómez"),
        ("a nombre de mi papá quien viene desde Rosario, Jorge Pérez", "Jorge Pérez"),
        ("a nombre de mi hija que viaja con el novio: Laura Ruiz", "Laura Ruiz"),
    ],
)
async def test_a_relative_clause_before_the_holder_is_not_the_name(guest, text, name):
    # "En Neuquén" was noted as the holder: the clause after "que" was read as the name.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    said = text_of(await guest.say(text))
    assert f"a nombre de *{name}*" in said
    assert (await guest.session()).ctx.holder == name
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ the bot scorned


@pytest.mark.parametrize(
    "text", ["bot de porquería", "bot inútil", "no sirve este bot", "sos un bot de porquería?"]
)
async def test_the_bot_scorned_hands_off(app, guest, text):
    # "bot de porquería" read as nothing (a miss); "sos un bot de porquería?" answered as
    # a machine doubted.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id)
    await guest.say(text)
    assert await guest.state() == State.HANDOFF and await handed_off(app)
