"""Session 24: guests with a paid stay, arriving or at the cabin, and two list questions.

Decided:
- Lost on the way ("no encontramos la cabaña", "estamos perdidos", "no vemos el cartel"):
  the address, directions and map from the cabin's data, and a person offered with a
  button, never handed the chat: being lost is no fault at the cabin, the directions may
  be all they need, and a handoff would silence the bot while they drive.
- "Ya llegamos" / "estamos en la puerta" on the arrival day: welcomed with what they need
  from the data (check-in hour, the balance due, the wifi line, the check-out hour).
  Before the arrival day it names the booked days and offers a person (they may have the
  dates wrong, or want to come early); during the stay it is a nod.
- Asked at the cabin what the data only half holds ("¿cómo se prende el hogar?", "necesitamos
  más toallas", "¿hay sábanas extra?"): what the data says, and that how it works or
  whether there are more is the owner's to say.
- A strange noise told ("hay un ruido raro en el techo") is a problem at the cabin.
- A later departure told as a day ("nos vamos el domingo en vez del sábado") is an extra
  night asked for; the stay's own departure asked ("¿podemos quedarnos hasta el lunes?",
  ending Monday) is said to be so already.
- "¿Dónde podemos comer?", "¿qué nos recomendás hacer el sábado?": no date, no address;
  the data holds no tips, so the owner is offered.
- Someone ill ("mi hijo tiene fiebre alta", "se cortó con un vidrio") is URGENTE, 107.
- "¿Tienen instagram / página web?": not the photos answer; what the data holds of it
  (a house-rules line named so), else said not to be there and the owner offered.
- "¿Cuánto es la seña de la primera?" under a list: that row's deposit only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.states import State
from tests.conversation_support import (
    OWNER_CLOUD,
    ddmm,
    owner_app,
    paid_stay_from,
    quiet_stay,
    rows,
    text_of,
    today,
    urgent_told,
)


@pytest.fixture
async def app(settings, db, graph, aiohttp_client):
    client = await owner_app(settings, db, graph, aiohttp_client)
    return client.server.app


# ------------------------------------------------------------------------------ lost

LOST = [
    "no encontramos la cabaña",
    "estamos perdidos 😅",
    "no vemos el cartel",
    "no encontramos la entrada!!",
    "hola, no la encontramos, estamos dando vueltas",
    "no damos con la cabana 😩",
    "me perdi, donde queda exactamente?",
]


@pytest.mark.parametrize("text", LOST)
async def test_lost_on_the_way_gets_the_directions_and_a_person(guest, db, text):
    # Was "no te entendí" and the menu.
    await paid_stay_from(guest, db, 0)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    assert "800 m del muelle" in said and "maps.google.com" in said, said
    assert "Hablar con alguien" in said, said
    assert "no te entendí" not in said, said


# ------------------------------------------------------------------------------ arrived

ARRIVED = [
    "ya estamos aca",
    "llegamos!",
    "estamos en la puerta",
    "ya llegamos 🙌",
    "hola! ya estamos en la cabaña",
    "llegamos recien",
]


@pytest.mark.parametrize("text", ARRIVED)
async def test_arrived_on_the_arrival_day_is_welcomed_with_what_they_need(guest, db, text):
    # Was "no te entendí" and the menu.
    code = await paid_stay_from(guest, db, 0)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    assert "Bienvenid" in said and code in said, said
    assert "ingreso" in said and "saldo" in said and "heladera" in said, said
    assert "salida" in said, said


@pytest.mark.parametrize("text", ["ya estamos aca", "llegamos!", "estamos en la puerta"])
async def test_arrived_before_the_arrival_day_names_the_booked_days(guest, db, text):
    code = await paid_stay_from(guest, db, 3)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    first = today() + dt.timedelta(days=3)
    assert code in said and f"{first.day:02d}/{first.month:02d}" in said, said
    assert "Hablar con alguien" in said and "Bienvenid" not in said, said


async def test_back_at_the_cabin_during_the_stay_is_a_nod(guest, db):
    await paid_stay_from(guest, db, -1)
    said = text_of(await guest.say("ya estamos aca de nuevo"))
    assert await guest.state() == State.IDLE, said
    assert "no te entendí" not in said and "saldo" not in said, said


# ------------------------------------------------- what the data only half holds, asked there


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("necesitamos más toallas", "toallas"),
        ("hay sabanas extra?", "ropa de cama"),
        ("nos podran traer mas toallas porfa?", "toallas"),
        ("¿cómo se prende el hogar?", "hogar a leña"),
        ("como prendo el hogar 🔥", "hogar a leña"),
        ("como se usa el hogar?", "hogar a leña"),
    ],
)
async def test_how_it_works_or_more_of_it_is_the_owners_to_say(guest, db, text, known):
    # Was "¡Sí! La Cabaña Lago Lácar tiene hogar a leña 🙌" (they are looking at it).
    await paid_stay_from(guest, db, -1)
    said = text_of(await guest.say(text))
    assert known in said and "hablar con una persona" in said, said
    assert not said.startswith("¡Sí!"), said


@pytest.mark.parametrize(
    "text", ["como funciona el agua caliente?", "¿cómo anda el calefon?", "como prendo la estufa?"]
)
async def test_how_a_thing_works_never_answers_something_else(guest, db, text):
    # "¿Cómo funciona el agua caliente?" was "Incluye: wifi, hogar a leña, …".
    await paid_stay_from(guest, db, -1)
    said = text_of(await guest.say(text))
    assert "hablar con" in said.lower(), said
    assert not said.startswith("Incluye"), said


# ------------------------------------------------------------------------------ noise


NOISES = [
    "hay un ruido raro en el techo",
    "se escucha un ruido raro en la heladera",
    "escuchamos ruidos raros en el altillo 😨",
    "la heladera hace un ruido muy fuerte",
    "el calefon hace ruido",
]


@pytest.mark.parametrize("text", NOISES)
async def test_a_strange_noise_is_a_problem_that_reaches_the_owner(guest, db, graph, text):
    # Was "Sobre ruido, música y fiestas no tengo nada en la info" and the house rules.
    fake, _ = graph
    await paid_stay_from(guest, db, -1)
    before = len(fake.texts_to(OWNER_CLOUD))
    said = text_of(await guest.say(text))
    assert await guest.state() == State.HANDOFF, said
    (notice,) = fake.texts_to(OWNER_CLOUD)[before:]
    assert notice.startswith("🔧") and text in notice, notice


@pytest.mark.parametrize(
    "text",
    ["¿se puede hacer ruido de noche?", "¿hay mucho ruido en la zona?", "¿hace ruido la ruta?"],
)
async def test_noise_asked_about_is_still_a_question(guest, db, text):
    await paid_stay_from(guest, db, -1)
    await guest.say(text)
    assert await guest.state() == State.IDLE


# ------------------------------------------------------------- a later departure, as a day


def _ending_on(weekday: int) -> int:
    """Days from today to the arrival of a 3-night stay that ends on `weekday` (0 Monday),
    at least two days ahead."""
    out = today() + dt.timedelta(days=5)
    out += dt.timedelta(days=(weekday - out.weekday()) % 7)
    return (out - dt.timedelta(days=3) - today()).days


@pytest.mark.parametrize(
    "text",
    [
        "nos vamos el domingo en vez del sabado",
        "al final nos vamos el domingo",
        "podemos irnos el domingo en lugar del sabado?",
        "¿podemos quedarnos hasta el domingo?",
    ],
)
async def test_a_later_departure_told_as_a_day_is_an_extra_night(guest, db, text):
    # "Nos vamos el domingo en vez del sábado" was the "los cambios los ve alguien" answer
    # with no word of whether that night is free.
    code = await paid_stay_from(guest, db, _ending_on(5))
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    sunday = today() + dt.timedelta(days=_ending_on(5) + 4)
    assert code in said and "libre" in said and ddmm_padded(sunday) in said, said
    assert "Hablar con alguien" in said, said


@pytest.mark.parametrize("text", ["¿podemos quedarnos hasta el lunes?", "nos vamos el lunes"])
async def test_the_stays_own_departure_told_is_no_new_search(guest, db, text):
    # "¿Podemos quedarnos hasta el lunes?" on a stay ending Monday asked "¿Qué día llegarían?".
    code = await paid_stay_from(guest, db, _ending_on(0))
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    assert "llegarían" not in said and "te quedás" not in said, said
    last = today() + dt.timedelta(days=_ending_on(0) + 3)
    assert code in said and ddmm_padded(last) in said, said


def ddmm_padded(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}"


# ------------------------------------------------------------------ local recommendations

TIPS = [
    "¿dónde podemos comer?",
    "¿qué nos recomendás hacer el sábado?",
    "algun lugar lindo para cenar esta noche?",
    "que se puede hacer por la zona?",
    "nos recomendas algun restaurante?",
    "donde podriamos ir a cenar hoy?",
]


@pytest.mark.parametrize("text", TIPS)
async def test_a_local_tip_asked_is_for_the_owner_never_a_date(guest, db, text):
    # "¿Qué nos recomendás hacer el sábado?" asked "¿Hasta qué día te quedás?"; "¿dónde
    # podemos comer?" got the cabins' address.
    await paid_stay_from(guest, db, -1)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.IDLE, said
    assert "hablar con una persona" in said and "recomend" in said.lower(), said
    assert "te quedás" not in said and "Costanera 1450" not in said, said


async def test_a_tip_the_data_holds_is_answered_from_it(app, db, guest):
    async with db.acquire() as conn:
        await conn.execute(
            "UPDATE accommodations SET house_rules = house_rules || "
            """'{"tips": "Para comer, probá La Tranquera, a 5 cuadras."}'::jsonb"""
        )
    await paid_stay_from(guest, db, -1)
    said = text_of(await guest.say("donde podemos comer?"))
    assert "La Tranquera" in said, said


# ------------------------------------------------------------------------------ medical

MEDICAL = [
    ("mi hijo tiene fiebre alta", "alguien lastimado"),
    ("la nena tiene mucha fiebre 😰", "alguien lastimado"),
    ("se descompuso mi papá", "alguien lastimado"),
    ("se cortó con un vidrio", "alguien lastimado"),
    ("mi marido se corto feo con un cuchillo", "alguien lastimado"),
    ("a mi mama le cuesta respirar", "alguien lastimado"),
    ("mi hija esta vomitando y con fiebre", "alguien lastimado"),
]


@pytest.mark.parametrize(("text", "label"), MEDICAL)
async def test_someone_ill_is_urgent_with_the_medical_number(guest, db, graph, text, label):
    # "Mi hijo tiene fiebre alta" was "no te entendí"; "se cortó con un vidrio" a 🔧 problem.
    said = await urgent_told(guest, db, graph, text, label)
    assert "*107*" in said, said


@pytest.mark.parametrize(
    "text",
    ["se corto la luz", "se descompuso la heladera", "hay fiebre del oro jaja",
     "¿hay una farmacia cerca? mi hijo tiene fiebre"],
)  # fmt: skip
def test_only_a_person_is_a_medical_emergency(text):
    from bot.nlu import parse_fresh

    urgent = parse_fresh(text, today()).urgent
    assert (urgent == "injury") == ("fiebre" in text and "oro" not in text), (text, urgent)


# --------------------------------------------------------------------- instagram, web page


@pytest.mark.parametrize(
    "text", ["tienen instagram?", "tienen pagina web?", "cual es su insta?", "tenés facebook?"]
)
async def test_instagram_or_a_web_page_asked_is_not_the_photos_answer(guest, text):
    said = text_of(await guest.say(text))
    assert "fotos te las manda" not in said, said
    assert "hablar con una persona" in said, said
    assert "instagram" in said.lower() or "página" in said or "facebook" in said.lower(), said


async def test_instagram_in_the_data_is_answered_from_it(app, db, guest):
    async with db.acquire() as conn:
        await conn.execute(
            "UPDATE accommodations SET house_rules = house_rules || "
            """'{"social": "Estamos en Instagram como @cabanaslacar."}'::jsonb"""
        )
    said = text_of(await guest.say("tienen insta?"))
    assert "@cabanaslacar" in said, said


# ------------------------------------------------------ the deposit of one row of the list


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("¿cuánto es la seña de la primera?", 0),
        ("cuanto seria la seña de la 2?", 1),
        ("y la seña de la segunda cuanto es", 1),
    ],
)
async def test_the_deposit_of_one_row_is_that_rows(guest, text, at):
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    names = [r.title for r in rows(listed)]
    assert len(names) >= 2
    said = text_of(await guest.say(text))
    assert "seña" in said, said
    others = [n for i, n in enumerate(names) if i != at]
    short = [n.replace("Cabaña ", "") for n in others]
    assert not any(s in said for s in short), said


def test_a_thing_broken_down_is_a_problem_not_an_injury():
    from bot.nlu import parse_fresh

    said = parse_fresh("se descompuso la heladera 😩", today())
    assert said.problem and said.urgent is None
