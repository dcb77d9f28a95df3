"""Session 25 (h4): long first messages answered in full.

A guest's first message often tells the stay, the party and where they come from, then asks
one or two things. The bot lists the free cabins and answers each question asked beside
them; the trip told ("venimos desde Rosario, son como 400 km") is no question about the
way there (before: the address and "cómo llegar desde rosario no lo tengo en la info").

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, text_of


async def test_the_trip_told_is_no_question_about_the_way(guest):
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"Hola! Somos 4, del {ddmm(start)} al {ddmm(end)}. Venimos desde Rosario, son"
            " como 400 km. A qué hora es el check in?"
        )
    )
    assert "14:00" in said and "Cabaña Cerro Chapelco" in said, said
    assert "rosario" not in said.lower() and "Costanera" not in said, said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_distance_asked_in_a_long_message_is_answered(guest):
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"Buenas, somos una familia de Córdoba, los vimos en Instagram. Somos 5, del"
            f" {ddmm(start)} al {ddmm(end)}. Es cierto que están a 3 km del centro?"
        )
    )
    assert "Costanera" in said and "Cabaña Bosque de Quila" in said, said


async def test_a_past_stay_told_first_is_not_the_stay_asked(guest):
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"Hola! El año pasado fuimos del 2/2 al 6/2 y nos encantó. Este año queremos del"
            f" {ddmm(start)} al {ddmm(end)}, somos los mismos 2. Aceptan mascotas?"
        )
    )
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out, ctx.guests) == (start, end, 2), said
    assert "mascotas" in said and "Cabaña Lago Lácar" in said, said
