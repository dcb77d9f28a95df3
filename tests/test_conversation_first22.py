"""Session 22 (h5): first messages, the most important turn. Eighty new guests' openings
(availability, party and dates in one message, in any order, with typos, shorthand, emojis,
forms pasted from elsewhere, a question beside, English) were driven as first messages and
read as the guest reads the reply; the ones answered wrong are here, each as a rule.

Decided:
- A party told before a pet in the singular, the full stop or comma gone ("Pax: 4.
  Mascota: sí (perro chico)", "somos 4, perro chico", "para 3. mascota: no"): the number
  is the party, not a count of pets ("4 mascota" counts nothing). "4 mascotas", "4 perros"
  are still pets, and a pet label with its own answer after it ("somos 4. Mascotas: 1",
  "Perros: no") leaves the number before it to the party as well.
- A tourist's "we're 4" (the apostrophe gone: "were 4") is "we are 4", and "friends" are
  "amigos": "hi! we're 4 friends, any cabin from … to …?" is listed for 4, as "somos 4
  amigos" is. ("next weekend" still asks, as session 19 decided: this one or the next.)

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot.nlu import parse_fresh
from bot.states import State
from tests.conversation_support import Guest, ddmm, quiet_stay, text_of, today

# ------------------------------------------- a party before a pet named in the singular


@pytest.mark.parametrize(
    ("template", "party"),
    [
        ("Consulta: fechas {a} al {b}. Pax: 4. Mascota: sí (perro chico)", 4),
        ("del {a} al {b} somos 4, perro chico 🐶", 4),
        ("hola! {a} al {b}, para 3. mascota: no", 3),
        ("Fechas: {a} - {b}. Personas: 2. Perro: si, mediano", 2),
        ("somos 5. Mascotas: 1 (un gato). del {a} al {b}", 5),
        ("pax 2 perrito chiquito, del {a} al {b} hay lugar?", 2),
    ],
)
async def test_a_party_before_a_singular_pet_is_the_party(guest: Guest, template, party):
    # "¿Cuántas personas van a ser? 👥": "4. Mascota" read as four pets.
    start, end = quiet_stay()
    said = text_of(await guest.say(template.format(a=ddmm(start), b=ddmm(end))))
    assert f"para {party} personas" in said and "Cuántas personas" not in said, said
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    "text", ["tenemos 4 mascotas", "son 3 perros", "llevamos 2 gatos", "somos 4 mascotas"]
)
def test_pets_counted_in_the_plural_are_still_no_party(text):
    assert parse_fresh(text, today()).guests is None


# -------------------------------------------------------- a tourist's party, in English


@pytest.mark.parametrize(
    ("template", "party"),
    [
        ("hi! we're 4 friends, any cabin from {a} to {b}? how much?", 4),
        ("Hello, we're 3, is there anything from {a} to {b}?", 3),
        ("4 friends from {a} to {b}, any cabin??", 4),
        ("hey we’re 2 looking for a cabin {a} - {b} 🙂", 2),
        ("HI! WERE 6 FRIENDS, FROM {a} UNTIL {b}", 6),
    ],
)
async def test_a_tourists_party_of_friends_is_the_party(guest: Guest, template, party):
    # "¿Cuántas personas van a ser? 👥" after "we're 4 friends".
    start, end = quiet_stay()
    said = text_of(await guest.say(template.format(a=ddmm(start), b=ddmm(end))))
    assert f"para {party} personas" in said and "Cuántas personas" not in said, said
    assert await guest.state() == State.CHOOSE_CABIN
