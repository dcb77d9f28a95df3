"""Session 15, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.messages import ListMessage
from bot.nlu import parse
from bot.states import State
from tests.conversation_support import paid_quiet_stay, rows, text_of


@pytest.mark.parametrize(
    "text",
    [
        "Buenas, cuánto sale la cabaña para 6 personas x 1 semana en enero?",
        "precio para 6 por una semana?",
        "cuanto sale para 6 x 2 semanas en febrero",
    ],
)
async def test_a_length_of_stay_is_not_a_second_party_in_a_price_question(guest, text):
    # "x 1 semana" was read as a party of 1: the prices for 1 person beside the 6 asked,
    # and the 6 forgotten, so the dates were followed by "¿cuántas personas?".
    said = text_of(await guest.say(text))
    assert "1 persona" not in said and "2 personas" not in said
    assert "Bosque de Quila" in said
    replies = await guest.say("desde el 10")
    assert "cuántas personas" not in text_of(replies).lower()
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]
    assert await guest.state() == State.CHOOSE_CABIN


async def test_two_parties_in_a_price_question_still_get_a_price_each(guest):
    said = text_of(await guest.say("cuanto sale para 2? y para 6?"))
    assert "Para 2 personas" in said and "Para 6 personas" in said


# ------------------------------------------------------------------ the hour of arrival


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("llegamos a las 8 de la noche, hay problema?", "20:00"),
        ("podemos llegar a las 9 de la noche?", "21:00"),
        ("podemos llegar a las 3?", "15:00"),  # a bare 3 is in the afternoon
        ("llegamos tipo 5 de la tarde", "17:00"),
    ],
)
async def test_an_evening_arrival_is_after_check_in(guest, text, hour):
    # "a las 8 de la noche" was 08:00: "Llegar antes (a las 08:00) depende de…".
    said = text_of(await guest.say(text))
    assert f"a las {hour} está bien" in said and "antes" not in said


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("puedo llegar a las 2 de la mañana?", "02:00"),
        ("llegamos a la 1 de la madrugada, se puede?", "01:00"),
        ("podemos llegar a las 12 de la noche?", "00:00"),
    ],
)
async def test_an_arrival_in_the_night_asks_for_the_keys_not_an_early_check_in(guest, text, hour):
    # "a las 2 de la mañana" was an early check-in "if the cabin is free that morning".
    replies = await guest.say(text)
    said = text_of(replies)
    assert f"(a las {hour})" in said and "llaves" in said
    assert "antes" not in said and "esa mañana" not in said
    assert "Hablar con alguien" in said


async def test_a_morning_arrival_is_still_early(guest):
    said = text_of(await guest.say("podemos llegar a las 10 de la mañana?"))
    assert "Llegar antes (a las 10:00)" in said


# ------------------------------------------------------------------ a thing no topic names


@pytest.mark.parametrize(
    "text",
    ["tienen ascensor?", "¿Hay sauna?", "tienen grupo electrógeno por si se corta la luz?",
     "y tienen mesa de ping pong?", "la cabaña tiene hamacas paraguayas?"],
)  # fmt: skip
def test_a_short_question_for_a_thing_is_a_question_about_the_cabins(text):
    # They were "unknown": "Perdón, no te entendí" to a plain question.
    assert parse(text, dt.date(2026, 11, 27)).intent == "info"


@pytest.mark.parametrize(
    "text", ["hay que sacar turno?", "hay alguien?", "tienen lugar?", "hay problema?"]
)
def test_other_questions_with_hay_or_tienen_are_not_a_thing(text):
    assert parse(text, dt.date(2026, 11, 27)).intent != "info"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("tienen ascensor?", "ascensor"),
        ("¿Hay sauna?", "sauna"),
        ("tienen grupo electrógeno por si se corta la luz?", "grupo electrógeno"),
        ("es apto para silla de ruedas?", "si son accesibles"),
        ("la cabaña tiene escaleras? mi mamá camina con bastón", "si son accesibles"),
    ],
)
async def test_a_thing_the_cabins_do_not_list_is_said_not_listed(guest, text, thing):
    # Before: "no te entendí", or the overview of the cabins, which does not answer.
    said = text_of(await guest.say(text))
    assert f"no figura {thing}" in said and "hablar con una persona" in said
    assert "no te entendí" not in said


async def test_a_thing_one_cabin_lists_names_that_cabin(guest):
    # "¿tienen deck?" listed every amenity of every cabin.
    said = text_of(await guest.say("tienen deck?"))
    assert "Lago Lácar* (deck con vista al lago)" in said
    assert "lavarropas" not in said


# ------------------------------------------------------------------ messages in a burst


@pytest.mark.parametrize("second", ["buenas tardes", "Buen día!", "hola?"])
async def test_a_second_greeting_right_after_the_welcome_gets_no_second_menu(guest, second):
    # "hola" … "buenas tardes" (two bubbles, as people write) got the welcome and the
    # whole menu twice.
    await guest.say("hola")
    replies = await guest.say(second)
    said = text_of(replies)
    assert said.endswith("elegí una opción del menú 👆") and "Soy el asistente" not in said
    assert not any(isinstance(r, ListMessage) for r in replies)


async def test_a_greeting_after_something_else_still_gets_the_menu(guest):
    await guest.say("hola")
    await guest.say("aceptan perros?")
    assert rows(await guest.say("buenas")), "the menu: the welcome was not the last reply"


@pytest.mark.parametrize(
    "text",
    ["Consulta", "una consulta", "te puedo hacer una pregunta?", "Quería consultar algo",
     "Disculpe, una pregunta", "tengo una duda"],
)  # fmt: skip
async def test_a_question_announced_is_invited(guest, text):
    # "Consulta" alone was "Perdón, no te entendí bien" with the menu.
    said = text_of(await guest.say(text))
    assert said == "¡Claro! Decime 😊"
    said = text_of(await guest.say("aceptan perros?"))
    assert "mascotas" in said


async def test_a_question_announced_mid_booking_keeps_the_list(guest):
    await guest.say("del 15 al 18 de enero para 4")
    assert text_of(await guest.say("una consulta")) == "¡Claro! Decime 😊"
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize(
    "text", ["quería consultar por una cabaña", "estoy buscando cabaña", "necesito un lugar"]
)
async def test_looking_for_a_cabin_asks_for_the_dates(guest, text):
    # They were "no te entendí".
    said = text_of(await guest.say(text))
    assert "¿Para qué fechas" in said


@pytest.mark.parametrize(
    "text",
    ["Hola, me podrías pasar info y precios?", "hola!! cuanto es la seña?",
     "Buenas noches, ¿aceptan perros?"],
)  # fmt: skip
async def test_a_first_question_with_a_hello_is_greeted_back(guest, text):
    # A search said with a hello was greeted back; a question was answered without one.
    replies = await guest.say(text)
    assert text_of(replies[:1]) == "¡Hola, Lucía! 👋" and len(replies) >= 2


async def test_a_hello_mid_chat_is_not_said_back_again(guest):
    await guest.say("aceptan perros?")
    assert "Hola" not in text_of(await guest.say("hola, y tienen wifi?"))


# ------------------------------------------------------------------ questions about prices


@pytest.mark.parametrize(
    "text",
    ["hacen descuento por semana?", "me hacen precio si vamos 10 dias?",
     "tienen promo para jubilados?"],
)  # fmt: skip
async def test_a_discount_asked_is_answered_before_the_prices(guest, text):
    # The price list alone, as if the question had not been asked.
    replies = await guest.say(text)
    assert text_of(replies[:1]).startswith("Por acá no manejo descuentos ni promos")
    assert "precios por noche" in text_of(replies[1:])


async def test_per_person_or_per_cabin_is_answered(guest):
    replies = await guest.say("el precio es por persona o por cabaña?")
    assert text_of(replies[:1]) == "El precio es por cabaña y por noche, no por persona 🙂"


@pytest.mark.parametrize("text", ["y si llueve?", "se puede pescar?", "¿Se puede andar a caballo?"])
async def test_a_clear_question_without_an_answer_offers_a_person(guest, text):
    # "Perdón, no te entendí bien" asked to rephrase a question that was clear.
    replies = await guest.say(text)
    said = text_of(replies)
    assert "no lo tengo en mi info" in said and "no te entendí" not in said
    assert "Hablar con alguien" in said


@pytest.mark.parametrize("text", ["hay que llevar algo?", "que tenemos que llevar?"])
def test_what_to_bring_asks_what_the_cabin_provides(text):
    assert parse(text, dt.date(2026, 11, 27)).topics == ("linens",)


@pytest.mark.parametrize(
    "text", ["¿Se puede andar a caballo?", "quiero cancelar mi reserva de las cabanas"]
)
async def test_words_starting_with_cab_are_no_reservation_code(guest, text):
    # "caballo" was read as the code CAB-ALLO, "cabanas" as CAB-ANAS: "No encontré la
    # reserva *CAB-ALLO* con este número".
    assert "CAB-" not in text_of(await guest.say(text))


@pytest.mark.parametrize("typed", ["{code}", "{bare}", "cab {tail}", "CAB{tail}"])
async def test_a_typed_code_is_still_read(guest, db, typed):
    code = await paid_quiet_stay(guest, db)
    tail = code.removeprefix("CAB-")
    text = "quiero cancelar la " + typed.format(code=code, bare=code.replace("-", ""), tail=tail)
    said = text_of(await guest.say(text))
    assert f"¿Seguro que querés cancelar la reserva *{code}*" in said


async def test_a_question_without_an_answer_mid_booking_keeps_the_step(guest):
    # On the list: "Elegí una cabaña de la lista…"; on the summary: the summary again, as
    # if nothing had been asked.
    await guest.say("del 15 al 18 de enero para 4")
    said = text_of(await guest.say("y si llueve?"))
    assert "no lo tengo en mi info" in said and "elegí una cabaña" in said
    await guest.say("la 1")
    replies = await guest.say("¿se puede pescar?")
    said = text_of(replies)
    assert "no lo tengo en mi info" in said and "Te resumo" not in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ arriving late, session 17


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("y si llegamos tarde tipo 11 de la noche?", "23:00"),
        ("llegamos tarde, tipo 11, hay drama?", "23:00"),  # "tarde": an 11 in the night
        ("podemos llegar a las 23?", "23:00"),
        ("vamos a llegar a eso de las 22 30", "22:30"),
    ],
)
async def test_a_late_night_arrival_asks_for_the_keys(guest, text, hour):
    # They were "Podés entrar desde las 14:00…" (or "a las 23:00 está bien"): nobody told to
    # arrange who opens at that hour.
    said = text_of(await guest.say(text))
    assert f"(a las {hour})" in said and "llaves" in said and "Hablar con alguien" in said


@pytest.mark.parametrize(
    "text",
    ["si llegamos tarde hay problema?", "vamos a llegar de noche, se puede?",
     "podemos hacer el check in tarde?", "llegamos re tarde el viernes, tipo medianoche"],
)  # fmt: skip
async def test_a_late_arrival_without_an_hour_is_fine_and_the_keys_are_arranged(guest, text):
    said = text_of(await guest.say(text))
    assert "desde las 14:00" in said and "llaves" in said and "Hablar con alguien" in said
    assert "Llegar antes" not in said and "Quedarse más tarde" not in said


async def test_a_late_arrival_after_the_times_were_given_is_answered_not_repeated(guest):
    await guest.say("a que hora se puede entrar?")
    said = text_of(await guest.say("y si llegamos tarde tipo 11 de la noche?"))
    assert "llaves" in said and "Es todo lo que dice la info" not in said


async def test_an_evening_arrival_before_ten_is_still_fine(guest):
    said = text_of(await guest.say("llegamos tipo 9 de la noche"))
    assert "a las 21:00 está bien" in said


async def test_arriving_in_the_afternoon_is_not_a_late_arrival(guest):
    said = text_of(await guest.say("llegamos a la tarde, tipo 5"))
    assert "a las 17:00 está bien" in said and "llaves" not in said


async def test_an_arrival_hour_beside_a_search_is_the_search(guest):
    said = text_of(await guest.say("hola! llegamos el sabado tipo 11, hay lugar para 2?"))
    assert "Llegar antes" not in said and "llaves" not in said
    assert await guest.state() != State.IDLE
