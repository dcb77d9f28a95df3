"""Session 18, first-message sweep: a guest's very first message, as guests write it on
WhatsApp (everything at once, a question among the dates, no question mark), and the
replies that dropped or misread part of it.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh
from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, text_of, today

# ------------------------------------------------------ "¿se puede cancelar si ...?"


@pytest.mark.parametrize(
    "text",
    ["se puede cancelar si no podemos ir?", "puedo cancelar si nos surge algo?",
     "se puede cancelar la reserva si llueve??", "puedo cancelar en caso de que no podamos ir?",
     "Se podria cancelar si se enferma alguien? 🙏"],
)  # fmt: skip
def test_cancelling_under_a_condition_asks_the_terms(text):
    # "¿Se puede cancelar si no podemos ir?" asks what happens then, not to cancel now: a
    # condition after the cancel word in a question is the policy, like "sin cargo".
    said = parse_fresh(text, today())
    assert said.intent != "cancel" and "cancellation" in said.topics


@pytest.mark.parametrize(
    "text", ["cancelala si no pagan", "quiero cancelar si o si", "cancelen la reserva si"]
)
def test_an_order_to_cancel_with_an_if_still_cancels(text):
    assert parse_fresh(text, today()).intent == "cancel"


async def test_a_first_message_asking_the_cancel_terms_with_a_stay_gets_both(guest):
    # The sweep: "hola se puede cancelar si no podemos ir? queremos reservar del 8 al 11
    # de marzo para 2" got "No encontré reservas activas con este número" and the menu.
    start, end = quiet_stay()
    said = text_of(
        await guest.say(
            f"hola se puede cancelar si no podemos ir? queremos reservar del {ddmm(start)} "
            f"al {ddmm(end)} para 2"
        )
    )
    assert await guest.state() == State.CHOOSE_CABIN
    assert "Podés cancelar" in said and "No encontré reservas" not in said


# ------------------------------------------ "... y cuánto es la seña" (no question mark)


@pytest.mark.parametrize(
    "ask", ["y cuanto es la seña", "y cuanto hay que dejar de seña", "y como se paga"]
)
async def test_a_deposit_question_without_a_question_mark_is_answered(guest, ask):
    # "quiero saber si hay lugar del 8 al 11 de marzo y cuanto es la seña" got only
    # "¿Cuántas personas van a ser?": the question was dropped for want of a "?".
    start, end = quiet_stay()
    said = text_of(await guest.say(f"buenas, hay lugar del {ddmm(start)} al {ddmm(end)} {ask}"))
    assert await guest.state() == State.ASK_GUESTS
    assert "Mercado Pago" in said


async def test_paying_told_without_a_question_is_still_not_answered(guest):
    # A statement about paying is no question: no terms read out.
    start, end = quiet_stay()
    said = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2, pago con la seña"))
    assert "Mercado Pago" not in said


# ----------------------------------------------------- "¿el precio incluye desayuno?"


@pytest.mark.parametrize(
    "text",
    ["Buenas! El precio incluye desayuno?", "la tarifa incluye el desayuno?",
     "hola el precio incluye ropa de cama?"],
)  # fmt: skip
async def test_a_price_including_one_thing_is_answered_about_that_thing(guest, text):
    # "¿El precio incluye desayuno?" got "El precio es por cabaña y por noche, no por
    # persona" and every cabin's amenities before the answer: a yes/no about one thing.
    said = text_of(await guest.say(text))
    assert "por persona" not in said and "Incluye:" not in said
    assert "desayuno" in said or "ropa de cama" in said


async def test_what_the_price_includes_still_lists_the_amenities(guest):
    said = text_of(await guest.say("que incluye el precio?"))
    assert "por persona" in said and "Incluye:" in said


# --------------------------------------------------------------------- "¿hidromasaje?"


@pytest.mark.parametrize(
    ("text", "thing"),
    [("hola, tienen cabañas con hidromasaje?", "hidromasaje"),
     ("alguna tiene jacuzzi?", "jacuzzi")],
)  # fmt: skip
async def test_a_jacuzzi_is_asked_by_its_name_not_as_a_pool(guest, text, thing):
    # "¿tienen cabañas con hidromasaje?" got "no figura pileta": a different thing named.
    said = text_of(await guest.say(text))
    assert thing in said and "pileta" not in said


# ---------------------------------------------- "..., ¿cuál nos recomendás?" with dates


@pytest.mark.parametrize(
    "ask", ["cual nos recomendas?", "cual me recomendas", "que cabaña nos conviene?"]
)
async def test_advice_asked_with_the_stay_is_given_with_the_list(guest, ask):
    # "queremos ir con mi novio del 8 al 11 de marzo, cual nos recomendas?" got the list
    # of three cabins and no advice.
    start, end = quiet_stay()
    said = text_of(
        await guest.say(f"holaa queremos ir con mi novio del {ddmm(start)} al {ddmm(end)}, {ask}")
    )
    assert await guest.state() == State.CHOOSE_CABIN
    assert "te recomiendo la *Cabaña Lago Lácar*" in said
    assert (await guest.session()).ctx.cabin == "lago-lacar"
    await guest.say("dale, esa")
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin == "lago-lacar"


async def test_a_pool_or_a_jacuzzi_is_still_the_pool_question(guest):
    said = text_of(await guest.say("tienen pileta o jacuzzi?"))
    assert "pileta" in said


# ---------------------------- "en abril unos 4 días, ¿qué disponibilidad tienen?"


def _offered(ctx) -> list[tuple[dt.date, dt.date]]:
    return [
        (dt.datetime.strptime(i, "%Y%m%d").date(), dt.datetime.strptime(o, "%Y%m%d").date())
        for _, _, i, o in (offer.split(":") for offer in ctx.offers)
    ]


def _april() -> int:
    return today().year + (today().month >= 4)  # the next April


@pytest.mark.parametrize(
    "text",
    ["Somos 2 y queremos ir en abril unos 4 dias. Que disponibilidad tienen?",
     "hola! 2 adultos, 4 noches en abril, tienen algo?",
     "buenas, para 2 personas 4 noches en abril, hay lugar?"],
)  # fmt: skip
async def test_a_month_a_length_and_a_party_asking_what_is_free_lists_it(guest, text):
    # "...en abril unos 4 dias. Que disponibilidad tienen?" got "¿Desde qué día de abril
    # serían las 4 noches?": everything but the day was given, and what is free asked.
    said = text_of(await guest.say(text.replace("abril", f"abril de {_april()}")))
    assert await guest.state() == State.CHOOSE_CABIN, said
    stays = _offered((await guest.session()).ctx)
    assert stays and all(i.month == 4 and (o - i).days == 4 for i, o in stays)
    assert "En abril" in said


async def test_the_end_of_the_month_asked_is_searched_from_its_last_days(guest):
    # "a fines de abril, 4 noches": the first free stays from the 21st, not the 1st.
    said = text_of(
        await guest.say(
            f"Hola! queremos ir 2 adultos y 2 chicos de 6 y 9 a fines de abril de {_april()}, "
            "4 noches. Tienen algo? Cuanto sale?"
        )
    )
    assert await guest.state() == State.CHOOSE_CABIN, said
    stays = _offered((await guest.session()).ctx)
    assert stays and all(i >= dt.date(_april(), 4, 21) for i, _ in stays)


# ------------------------------------------------------------------ "we are a couple"


@pytest.mark.parametrize(
    ("text", "guests"),
    [("Hi, we are a couple travelling from Buenos Aires", 2), ("we are a couple", 2),
     ("a couple and 2 kids", 4), ("a couple of nights for 4 people", 4)],
)  # fmt: skip
def test_an_english_couple_is_two(text, guests):
    # "Hi, we are a couple..., is the cabin available April 12-15?" was asked "¿Cuántas
    # personas van a ser?": the party was in the message.
    assert parse_fresh(text, today()).guests == guests


async def test_an_english_couple_with_dates_gets_the_list(guest):
    start, end = quiet_stay()
    await guest.say(f"Hi, we are a couple, is the cabin available {ddmm(start)} to {ddmm(end)}?")
    assert await guest.state() == State.CHOOSE_CABIN
