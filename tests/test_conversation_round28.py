"""Round 28 of QA: four leftovers of session 18, then whole journeys by persona (a
grandmother writing formally, a teenager's shorthand, a foreigner's basic Spanish, an
impatient guest, one weighing Airbnb's prices, a group whose head count keeps changing),
from the first message to the payment link or a clear end.

Decided:
- A cabin named by how many it sleeps ("la de 6 personas", "la cabaña de 6 personas") is
  no head count: a party of 4 that takes it stays 4 on the summary and the hold. A party
  said outright beside it ("al final somos 6, la de 6 personas") is still a change.
- A known thing asked beside the dates ("del 3 al 6 para 2, ¿es en planta baja?", "¿es
  accesible? mi papá usa silla de ruedas") is answered before the list, as alone; a need
  for access told without "?" too. "¿Es accesible?" is about access, no longer a price.
- Two cabins named in one breath ("me gusta la del lago pero también la del bosque, ¿cuál
  es más grande?") are compared side by side, with or without a list on screen (it was the
  first one's card, or every listed cabin); photos the guest says they have seen ("estuve
  mirando las fotos") are no request for photos.
- "El finde que viene" said alone on a Friday stays that weekend (round 15's rows pin it;
  the reply names its days). A "no" before the correction ("no, el siguiente", "nono el q
  viene, no este", "no, el de la semana que viene") moves it a week, as "¿y el que
  viene?" did.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.handlers_search import next_weekend_elided
from bot.nlu import parse_fresh
from bot.session import Context
from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of

WEEK = dt.timedelta(days=7)

# ------------------------------------------------------------------ leftovers of session 18


@pytest.mark.parametrize(
    "text",
    [
        "la de 6 personas",
        "mejor la cabaña de 6 personas",
        "vamos con la de 6 personas",
        "me quedo con la de seis personas",
    ],
)
async def test_a_cabin_named_by_its_size_keeps_the_party(guest, text):
    # "👥 6 personas" on the summary of a party of 4: the cabin's size taken for the party.
    start, end = quiet_stay()
    await guest.say(f"hola, somos 4, tienen lugar del {ddmm(start)} al {ddmm(end)}?")
    said = text_of(await guest.say(text))
    assert "Bosque de Quila" in said and "4 personas" in said, said
    ctx = (await guest.session()).ctx
    assert ctx.guests == 4 and ctx.cabin == "bosque-quila"


async def test_a_cabin_by_its_size_on_a_summary_keeps_the_party(guest):
    start, end = quiet_stay()
    listed = await guest.say(f"somos 4, del {ddmm(start)} al {ddmm(end)}")
    await guest.tap(rows(listed)[0].id, rows(listed)[0].title)
    said = text_of(await guest.say("mejor la de 6 personas"))
    assert "Bosque de Quila" in said and "4 personas" in said, said


async def test_a_party_said_beside_the_cabin_still_changes(guest):
    start, end = quiet_stay()
    await guest.say(f"hola, somos 4, tienen lugar del {ddmm(start)} al {ddmm(end)}?")
    said = text_of(await guest.say("al final somos 6, la de 6 personas"))
    assert "6 personas" in said and (await guest.session()).ctx.guests == 6


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("hola, del {a} al {b} para 2, es en planta baja?", 2),
        ("del {a} al {b} para 3, es accesible? mi papa usa silla de ruedas", 3),
        ("del {a} al {b} somos 3, mi mamá anda en silla de ruedas", 3),
        ("tiene escaleras? queremos ir del {a} al {b} somos 2", 2),
    ],
)
async def test_access_asked_beside_the_dates_is_answered_and_searched(guest, text, guests):
    # Only the list came back: "¿es en planta baja?" went unanswered.
    start, end = quiet_stay()
    answer = await guest.say(text.format(a=ddmm(start), b=ddmm(end)))
    said = text_of(answer)
    assert "accesibles" in said and f"para {guests} personas" in said, said
    assert rows(answer) and await guest.state() == State.CHOOSE_CABIN


async def test_is_it_accessible_alone_is_about_access_not_the_price(guest):
    # "¿Es accesible?" was read as "¿es barata?" and got the price list.
    said = text_of(await guest.say("es accesible?"))
    assert "accesibles" in said and "$" not in said, said


def test_photos_seen_are_not_photos_asked():
    today = dt.date(2027, 3, 5)
    seen = "hola estuve mirando las fotos y me gusta la del lago, cual es mas grande?"
    assert "photos" not in parse_fresh(seen, today).topics
    assert "photos" in parse_fresh("vi las fotos, me mandas mas fotos?", today).topics
    assert "photos" in parse_fresh("tenes fotos?", today).topics


@pytest.mark.parametrize(
    "text",
    [
        "hola buenas tardes estuve mirando las fotos y me gusta la del lago pero tambien la"
        " del bosque, cual es mas grande?",
        "me gusta la del lago pero tambien la del bosque, cual es mas grande?",
        "la de chapelco o la del lago, cual me conviene?",
    ],
)
async def test_two_cabins_named_before_dates_are_compared(guest, text):
    # The first cabin's card alone, or "las fotos te las manda alguien del equipo".
    said = text_of(await guest.say(text))
    named = [n for n in ("Lago Lácar", "Bosque de Quila", "Cerro Chapelco") if n in said]
    assert len(named) == 2 and "Te las comparo" in said, said
    assert "fotos" not in said and ("Pasame fechas" in said or "Cuántas personas" in said)
    assert await guest.state() == State.IDLE


async def test_two_cabins_named_under_a_list_are_those_two_compared(guest):
    # Every listed cabin was compared, the third one too.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(
        await guest.say("me gusta la del lago pero tambien la del bosque, cual es mas grande?")
    )
    assert "Lago Lácar" in said and "Bosque de Quila" in said and "Chapelco" not in said
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    "text",
    [
        "no, el siguiente",
        "nono el q viene, no este",
        "no el de la semana que viene",
        "no, ese no, el proximo",
        "el de la otra semana",
    ],
)
def test_the_coming_weekend_corrected_on_a_friday_is_the_next(text):
    # Said alone on a Friday, "el finde que viene" is that weekend (round 15's rows): the
    # reply names its days, and a guest who meant the next one says so. "No, el siguiente"
    # was no date at all. Pure: the conversation reads the wall clock.
    friday = dt.date(2027, 3, 5)
    sunday = friday + dt.timedelta(days=2)
    alone = parse_fresh("el finde que viene", friday)
    assert (alone.check_in, alone.check_out) == (friday, sunday)
    ctx = Context(check_in=friday, check_out=sunday, guests=2)
    said = next_weekend_elided(text, parse_fresh(text, friday), ctx)
    assert (said.check_in, said.check_out) == (friday + WEEK, sunday + WEEK)


def test_a_bare_no_under_a_weekend_moves_nothing():
    friday = dt.date(2027, 3, 5)
    ctx = Context(check_in=friday, check_out=friday + dt.timedelta(days=2), guests=2)
    for text in ("no", "no gracias", "no, el lago"):
        said = next_weekend_elided(text, parse_fresh(text, friday), ctx)
        assert said.check_in is None, text
