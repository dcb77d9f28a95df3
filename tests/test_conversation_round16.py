"""Round 16 of QA: WhatsApp habits played as whole chats — corrections ("*16", "perdón,
quise decir el 16"), one thought over several bubbles, "?" and other short answers, and
the profile names people really have.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from tests.conversation_support import Guest, text_of

# ------------------------------------------------------------------ profile names


@pytest.mark.parametrize(
    ("profile", "hello"),
    [
        ("🌸 Lucía 🌸", "¡Hola, Lucía!"),
        ("💕Flor💕", "¡Hola, Flor!"),
        ("~ Mari ~", "¡Hola, Mari!"),
        ("LUCIA GOMEZ", "¡Hola, Lucia!"),
        ("MARIA JOSE", "¡Hola, Maria Jose!"),
        ("Dr. Pablo Ruiz", "¡Hola, Pablo!"),
        ("Turismo Sur", "¡Hola!"),
        ("Cabañas Del Lago", "¡Hola!"),
        ("Inmobiliaria Patagonia", "¡Hola!"),
        (".", "¡Hola!"),
        ("👨‍👩‍👧", "¡Hola!"),
    ],
)
async def test_the_greeting_uses_a_person_s_name_as_names_are_written(app, profile, hello):
    # "¡Hola, 🌸!", "¡Hola, LUCIA!", "¡Hola, Dr.!", "¡Hola, Turismo!", "¡Hola, .!".
    guest = Guest(app, name=profile)
    said = text_of(await guest.say("hola"))
    assert said.startswith(f"{hello} 👋")
    thanks = text_of(await guest.say("gracias"))
    assert thanks.startswith("¡De nada" + (f", {hello[7:-1]}!" if hello != "¡Hola!" else "!"))
