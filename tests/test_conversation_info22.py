"""Session 22: questions about the cabins and their follow-ups, answered from the cabins'
data and no further.

Decided:
- A thing the data names only as what another runs on ("hogar *a leña*", "cocina *a gas*")
  is not said to be there: "¿hay leña?" is answered with the wood fireplace, and that the
  data does not say the firewood comes with it (the owner confirms), never "Tienen leña".
- A pet's size asked or told ("¿aceptan perros grandes?", "tengo un labrador") is answered
  from the pets rule when it names the sizes it takes: a big dog is no when the rule takes
  small and medium ones only, a small one a yes; a rule silent on sizes is said, and the
  owner offered for the size.
- A way there asked from a place the data's directions do not start from ("¿cómo llego
  desde el aeropuerto?") is said not to be in the info, and what we have follows (the
  address, the directions as they are, the map), with the owner for the trip.
- "¿Y para 4?" / "¿y si somos 4?" right after the nightly prices (no dates yet) is the
  price asked again for that party: the cabins it fits in, then the dates.
- A short question right after the wifi answer ("¿anda bien?", "¿es rápido?", "¿llega la
  señal?", "¿cuántos megas tiene?") is about the wifi: what the data says of it, and that
  the detail asked is not in it (the owner confirms), not "no te entendí".

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6 (the first two with "hogar a leña"); pets "chicas y medianas".
"""

from __future__ import annotations

import re

import pytest

from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of

PERSON = "hablar con una persona"

# ------------------------------------------------------------------ firewood

_NO_FIREWOOD = re.compile(r"no dice si .*\bleña\b")


@pytest.mark.parametrize(
    "text",
    [
        "¿hay leña?",
        "tienen leña?",
        "hay lena?",
        "¿trae leña?",
        "la leña está incluida?",
        "la lena esta incluida",
        "incluyen la leña? 🔥",
        "hay que llevar leña?",
        "tienen leña para el hogar?",
    ],
)
async def test_firewood_is_not_the_wood_fireplace(guest, text):
    # "Tienen leña: • Lago Lácar: hogar a leña…": a wood fireplace said to be firewood.
    said = text_of(await guest.say(text))
    assert "hogar a leña" in said and _NO_FIREWOOD.search(said) and PERSON in said, said
    assert not said.startswith("Tienen") and "¡Sí!" not in said, said
    assert "Lago Lácar" in said and "Cerro Chapelco" in said, said


@pytest.mark.parametrize("text", ["la del lago trae leña?", "la de chapelco tiene leña??"])
async def test_firewood_asked_of_one_cabin(guest, text):
    # "Incluye: wifi, hogar a leña, …": the whole list, the firewood not answered.
    said = text_of(await guest.say(text))
    assert "hogar a leña" in said and _NO_FIREWOOD.search(said) and PERSON in said, said
    assert "Incluye:" not in said and "Bosque de Quila" not in said, said


@pytest.mark.parametrize("text", ["¿tienen hogar a leña?", "el hogar es a leña?"])
async def test_the_wood_fireplace_asked_is_still_a_yes(guest, text):
    # A guard (passed before): asking what the fireplace burns is no question of firewood.
    said = text_of(await guest.say(text))
    assert "hogar a leña" in said and not _NO_FIREWOOD.search(said), said


def _cabin(**fields):
    import dataclasses

    from tests.test_replies import cabin

    return dataclasses.replace(cabin(), **fields)


@pytest.mark.parametrize(
    ("amenities", "text", "said"),
    [
        (("cocina a gas",), "hay gas?", "cocina a gas"),
        (("estufa a pellets", "wifi"), "tienen pellet?", "estufa a pellets"),
        (("parrilla a carbón",), "el carbon lo ponen ustedes?", "parrilla a carbón"),
    ],
)
def test_any_fuel_the_amenities_name_is_not_said_to_be_there(amenities, text, said):
    # The rule reads the owner's data: any fuel an amenity runs on, not firewood alone.
    from bot.handlers import plain
    from bot.handlers_info import fuel_asked

    one = _cabin(amenities=amenities)
    answer = fuel_asked(plain(text), [one], None)
    assert answer is not None and said in answer.body and "no dice si" in answer.body
    assert "Todas" not in answer.body, answer.body


@pytest.mark.parametrize("text", ["hay playa?", "la cocina es a gas?", "tienen wifi?"])
def test_no_fuel_asked_is_left_to_the_other_answers(text):
    from bot.handlers import plain
    from bot.handlers_info import fuel_asked

    one = _cabin(amenities=("cocina a gas", "acceso a playa"))
    assert fuel_asked(plain(text), [one], None) is None


# ------------------------------------------------------------------ big dogs


@pytest.mark.parametrize(
    "text",
    [
        "¿aceptan perros grandes?",
        "aceptan perros grandes",
        "tengo un labrador, puedo llevarlo?",
        "tenemos un perro grande 🐕 se puede?",
        "se puede ir con un ovejero aleman?",
        "mi perro es de raza grande, lo puedo llevar?",
        "aceptan perro grandes?",
    ],
)
async def test_a_big_dog_is_a_no_when_the_rule_takes_small_and_medium(guest, text):
    # Only "Aceptamos mascotas chicas y medianas…": the question asked went unanswered.
    said = text_of(await guest.say(text))
    assert "chicas y medianas" in said and "perros grandes no" in said.lower(), said
    assert "¡Sí!" not in said, said


@pytest.mark.parametrize(
    "text", ["¿aceptan perros chicos?", "tengo un caniche, puedo llevarlo?", "perro mediano?"]
)
async def test_a_small_dog_is_a_yes(guest, text):
    said = text_of(await guest.say(text))
    assert said.startswith("¡Sí!") and "chicas y medianas" in said, said


async def test_a_big_dog_after_the_pets_answer(guest):
    await guest.say("aceptan mascotas?")
    said = text_of(await guest.say("y si es un labrador?"))
    assert "perros grandes no" in said.lower(), said


async def test_pets_asked_without_a_size_stay_the_rule(guest):
    # A guard (passed before): no size asked, the rule alone.
    said = text_of(await guest.say("aceptan mascotas?"))
    assert said.startswith("Aceptamos mascotas chicas y medianas"), said


@pytest.mark.parametrize(
    ("rule", "small", "big"),
    [
        ("Aceptamos mascotas chicas y medianas con aviso previo.", True, False),
        ("Aceptamos mascotas, salvo perros grandes.", True, False),
        ("Se aceptan perros de cualquier tamaño, chicos o grandes.", True, True),
        ("No se aceptan mascotas.", False, False),
        ("Se aceptan mascotas con aviso.", None, None),
    ],
)
def test_the_size_is_read_from_the_owners_rule(rule, small, big):
    from bot.pet_size import BIG, SMALL, verdict

    assert (verdict(rule, SMALL), verdict(rule, BIG)) == (small, big)


# ------------------------------------------------------------------ from the airport


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("¿cómo llego desde el aeropuerto?", "aeropuerto"),
        ("como llego desde el aeropuerto", "aeropuerto"),
        ("como llegamos desde la terminal de micros?", "terminal"),
        ("desde la terminal de omnibus como hago para llegar?", "terminal"),
        ("cómo llego del aeropuerto a las cabañas ✈️", "aeropuerto"),
        ("llegamos en avion, como vamos desde el aeropuerto?", "aeropuerto"),
    ],
)
async def test_directions_from_a_place_the_data_does_not_start_from(guest, text, place):
    # The town's directions ("Desde el centro, tomá la Costanera…") as if they answered it.
    said = text_of(await guest.say(text))
    assert "Av. Costanera 1450" in said and "Desde el centro" in said, said
    first = said.split("\n")[0]
    assert place in first.lower() and re.search(r"no (?:lo )?tengo", first), said
    assert PERSON in said, said


@pytest.mark.parametrize("text", ["como llego desde el centro?", "¿cómo llego?"])
async def test_directions_the_data_has_are_given_as_they_are(guest, text):
    # A guard (passed before): from where the directions start, or from nowhere said.
    said = text_of(await guest.say(text))
    assert said.startswith("📍 Av. Costanera 1450") and "tengo" not in said, said


# ------------------------------------------------------------------ "¿y para 4?"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("cuanto sale para 2 personas?", "y para 4?"),
        ("cuanto sale por noche para 2?", "y si somos 4?"),
        ("precio para dos?", "y para cuatro?"),
        ("Cuanto cuesta x noche para 2", "Y si vamos 4?? 🙏"),
    ],
)
async def test_a_party_asked_after_the_nightly_prices_is_priced(guest, first, then):
    # "¡Genial, para 4 personas! ¿Para qué fechas…?": the price asked for 4 unanswered.
    await guest.say(first)
    said = text_of(await guest.say(then))
    assert "Cerro Chapelco" in said and "$ 95.000" in said, said
    assert "Lago Lácar" not in said, said  # it takes 2
    ctx = (await guest.session()).ctx
    assert ctx.guests == 4 and await guest.state() == State.ASK_DATES


async def test_a_party_asked_with_its_own_price_word_was_priced_already(guest):
    # Already so before this session: "cuanto" in the follow-up made it a price question.
    await guest.say("cuánto sale la noche para 2")
    said = text_of(await guest.say("y para 4 personas cuanto seria? 🤔"))
    assert "Cerro Chapelco" in said and "$ 95.000" in said and "Lago Lácar" not in said, said


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("cuanto sale del {a} al {b} para 2?", "y para 4?"),
        ("cuanto sale la de chapelco del {a} al {b} para 2?", "y si somos 4?"),
        ("precio del {a} al {b} para 2", "y para 4 cuanto seria?"),
    ],
)
async def test_a_party_asked_after_the_totals_lists_the_same_dates(guest, first, then):
    # Already so before this session: the same dates searched again for 4.
    start, end = quiet_stay()
    await guest.say(first.format(a=ddmm(start), b=ddmm(end)))
    answer = await guest.say(then)
    said = text_of(answer)
    assert "para 4 personas" in said and "$ 285.000" in said, said
    assert [r.title for r in rows(answer)] == ["Cabaña Cerro Chapelco", "Cabaña Bosque de Quila"]
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out, ctx.guests) == (start, end, 4)


# ------------------------------------------------------------------ the wifi's follow-ups

_NOT_IN_INFO = re.compile(r"la info no dice (?:si|qu|cu)")


@pytest.mark.parametrize(
    "then",
    [
        "¿anda bien?",
        "anda bien?",
        "es rápido?",
        "es rapidoo?",
        "y es rapido?",
        "¿llega la señal?",
        "llega bien la señal? 📶",
        "cuantos megas tiene?",
        "y es estable?",
        "¿funciona bien?",
    ],
)
async def test_a_short_question_after_the_wifi_is_about_the_wifi(guest, then):
    # "Mmm, eso no lo tengo en mi info…" with the menu: the wifi forgotten.
    await guest.say("tienen wifi?")
    said = text_of(await guest.say(then))
    assert "wifi por fibra" in said and _NOT_IN_INFO.search(said) and PERSON in said, said
    assert "no lo tengo en mi info" not in said, said


async def test_the_wifi_follow_up_on_a_list_keeps_the_list(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.say("hay wifi?")
    said = text_of(await guest.say("es rapido?"))
    assert "wifi por fibra" in said and _NOT_IN_INFO.search(said), said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_detail_the_wifi_rule_says_is_answered_by_it(guest):
    # A guard (passed before): "¿es por fibra?" the rule says, so no "la info no dice".
    await guest.say("tienen wifi?")
    said = text_of(await guest.say("es por fibra?"))
    assert "wifi por fibra" in said and not _NOT_IN_INFO.search(said), said


@pytest.mark.parametrize("then", ["¿y la clave?", "y la clave??", "cual es la clave?"])
async def test_a_part_the_wifi_rule_names_is_answered_by_it(guest, then):
    # "Mmm, eso no lo tengo en mi info…", the rule saying where the password is.
    await guest.say("hay wifi?")
    said = text_of(await guest.say(then))
    assert "la clave está en la heladera" in said and "no lo tengo" not in said, said


async def test_a_nod_after_the_wifi_is_no_question(guest):
    # A guard (passed before): "está bien" is a nod, no detail asked of the wifi.
    await guest.say("tienen wifi?")
    said = text_of(await guest.say("está bien"))
    assert not _NOT_IN_INFO.search(said), said
