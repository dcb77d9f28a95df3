"""Round 16 of QA: WhatsApp habits played as whole chats — corrections ("*16", "perdón,
quise decir el 16"), one thought over several bubbles, "?" and other short answers, and
the profile names people really have.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, quiet_stay, rows, text_of

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


# ------------------------------------------------------------------ corrections


def _stay_ahead() -> tuple[dt.date, dt.date]:
    """A quiet Monday-to-Thursday stay in one month, far enough ahead that its days read
    alone ("del 15") fall in an earlier month."""
    ahead = 45
    while True:
        start, end = quiet_stay(days_ahead=ahead)
        if start.month == end.month and end.day <= 27:  # a day after it is in it too
            return start, end
        ahead += 7


def _month(day: dt.date) -> str:
    return R.MONTHS[day.month - 1]


async def test_a_starred_day_fixes_the_day_just_typed(guest):
    # "*16" after "del 15 al 18" was read as a party of 16 ("la más grande es para 6").
    start, end = _stay_ahead()
    await guest.say(f"quiero reservar del {ddmm(start)} al {ddmm(end)}")
    meant = start + dt.timedelta(days=1)
    said = text_of(await guest.say(f"*{meant.day}"))
    assert R.span(meant, end) in said and "6 personas" not in said
    assert await guest.state() == State.ASK_GUESTS


async def test_a_starred_head_count_fixes_the_party_on_the_list(guest):
    # "*5" under a list for 4 was "elegí una cabaña de la lista (del 1 al 2)".
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    replies = await guest.say("*5")
    assert "para 5 personas" in text_of(replies)
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]


async def test_a_starred_answer_to_how_many_stays_a_head_count(guest):
    # "4" answered "¿cuántas personas?"; "*3" then is 3 people, not the 3rd row of the list.
    start, end = _stay_ahead()
    await guest.say(f"quiero reservar del {ddmm(start)} al {ddmm(end)}")
    await guest.say("4")
    replies = await guest.say("*3")
    assert "para 3 personas" in text_of(replies)
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize("where", ["guests asked", "list", "summary"])
async def test_i_meant_the_16th_moves_the_nearest_end_and_keeps_the_other(guest, where):
    # "perdón, quise decir el 16" with the 15th to the 18th: a new arrival and
    # "¿hasta qué día te quedás?", the departure forgotten.
    start, end = _stay_ahead()
    party = "" if where == "guests asked" else " para 4"
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)}{party}")
    if where == "summary":
        await guest.tap(rows(offer)[0].id)
    meant = start + dt.timedelta(days=1)
    said = text_of(await guest.say(f"perdón, quise decir el {meant.day}"))
    assert R.span(meant, end) in said.replace("Del ", "del ") and "Hasta qué día" not in said
    assert await guest.state() == (
        State.ASK_GUESTS if where == "guests asked" else State.CHOOSE_CABIN
    )


async def test_a_corrected_departure_day(guest):
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    meant = end + dt.timedelta(days=1)
    said = text_of(await guest.say(f"me equivoqué, el {meant.day}"))
    assert R.span(start, meant) in said


async def test_a_corrected_arrival_while_the_departure_is_asked(guest):
    # "perdón, el 16" to "¿Hasta qué día te quedás?" after "el 15" was a 1-night stay.
    start, _ = _stay_ahead()
    await guest.say(f"llegamos el {ddmm(start)}")
    meant = start + dt.timedelta(days=1)
    said = text_of(await guest.say(f"perdon el {meant.day}"))
    assert f"Llegarías el {R.day(meant)}" in said and "mínima" not in said
    assert await guest.state() == State.ASK_DATES


async def test_a_courteous_perdon_asking_a_day_corrects_nothing(guest):
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    later = end + dt.timedelta(days=1)
    said = text_of(await guest.say(f"perdón, una pregunta, el {later.day} tienen lugar?"))
    assert R.span(start, later) not in said


async def test_i_got_the_month_wrong_keeps_the_days(guest):
    # "me equivoqué, es en febrero" on a list: "¿Qué días de febrero querés venir?".
    start, end = _stay_ahead()
    wrong = start.replace(month=start.month % 12 + 1, year=start.year + (start.month == 12))
    await guest.say(f"del {start.day} al {end.day} de {_month(wrong)} para 4")
    replies = await guest.say(f"me equivoqué, es en {_month(start)}")
    assert R.span(start, end) in text_of(replies).replace("Del ", "del ")
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ one thought, many bubbles


async def test_days_then_their_month_in_another_bubble(guest):
    # "del 15" … "al 18" … "de marzo": the month dropped the days ("¿Qué días de marzo?").
    start, end = _stay_ahead()
    await guest.say(f"del {start.day}")
    await guest.say(f"al {end.day}")
    said = text_of(await guest.say(f"de {_month(start)}"))
    assert R.span(start, end) in said
    replies = await guest.say("somos 4")
    assert R.span(start, end) in text_of(replies).replace("Del ", "del ") and rows(replies)


async def test_an_arrival_then_its_month_in_another_bubble(guest):
    start, end = _stay_ahead()
    await guest.say(f"para el {start.day}")
    said = text_of(await guest.say(f"de {_month(start)}"))
    assert f"Llegarías el {R.day(start)}" in said
    said = text_of(await guest.say(f"{(end - start).days} noches"))
    assert R.span(start, end) in said


# ------------------------------------------------------------------ short answers


async def test_a_question_mark_under_the_list_explains_it_and_never_hands_off(guest):
    # "mmm", "?" were two misses: "¿Querés que te comunique con una persona?", and the
    # "ok" that followed handed the chat to a person.
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    for text in ("mmm", "?", "¿?"):
        said = text_of(await guest.say(text))
        assert "persona" not in said and "no te estoy entendiendo" not in said
        assert "resumen" in said
    await guest.say("ok")
    assert await guest.state() == State.CHOOSE_CABIN


@pytest.mark.parametrize("text", ["esta", "esta misma", "Esta está bien"])
async def test_this_one_picks_the_only_cabin_listed(guest, text):
    # "esta" (quoting the list) was "Por ahora tengo esa sola libre, escribime 1 o dale".
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 5")
    said = text_of(await guest.say(text))
    assert "Te resumo" in said and "Bosque de Quila" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ several questions at once


@pytest.mark.parametrize("listed", [False, True])
async def test_every_question_of_a_bubble_is_answered_with_the_price_of_the_deposit(guest, listed):
    # "¿cuánto es la seña?" made the whole bubble a price question: the nightly prices,
    # and neither the grill, the wifi nor the deposit answered.
    if listed:
        start, end = _stay_ahead()
        await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("tienen parrilla? y wifi? cuanto es la seña?"))
    assert "parrilla" in said and "wifi" in said and "seña del 30 %" in said
    assert "precios por noche" not in said


async def test_a_price_asked_with_another_question_answers_both(guest):
    await guest.say("quiero reservar")
    said = text_of(await guest.say("tienen wifi? cuanto sale?"))
    assert "wifi" in said and "precios por noche" in said
    assert await guest.state() == State.ASK_DATES


@pytest.mark.parametrize("where", ["dates", "guests", "list"])
async def test_ok_to_a_question_is_no_miss_and_a_yes_after_it_hands_nothing_off(guest, where):
    # "ok", "dale" to "¿para qué fechas?" were two misses: "¿Querés que te comunique con una
    # persona?", and the "sip" that followed handed the chat to a person.
    start, end = _stay_ahead()
    first = {
        "dates": "quiero reservar",
        "guests": f"del {ddmm(start)} al {ddmm(end)}",
        "list": f"del {ddmm(start)} al {ddmm(end)} para 2",
    }[where]
    await guest.say(first)
    state = await guest.state()
    for text in ("ok", "dale", "sip"):
        said = text_of(await guest.say(text))
        assert "persona?" not in said and "no te estoy entendiendo" not in said
    assert await guest.state() == state


async def test_a_stay_corrected_inside_the_same_message(guest):
    # "del 20 al 23, ah no perdón, del 21 al 24": the list was for the 20th to the 23rd.
    start, end = _stay_ahead()
    meant = start + dt.timedelta(days=1)
    said = text_of(
        await guest.say(
            f"hola! somos 4 (2 adultos y 2 nenes) y queremos ir del {start.day} al {end.day} "
            f"de {_month(start)}, ah no perdón, del {meant.day} al {end.day + 1}, tienen algo?"
        )
    )
    assert R.span(meant, end + dt.timedelta(days=1)) in said.replace("Del ", "del ")


async def test_a_starred_word_fixes_the_word_mistyped(guest):
    # "*abril" after "de abirl": "¿Qué días de abril querés venir?", the days dropped.
    start, end = _stay_ahead()
    typo = _month(start)[:2] + _month(start)[3] + _month(start)[2] + _month(start)[4:]
    await guest.say(f"del {start.day} al {end.day} de {typo} para 2")
    replies = await guest.say(f"*{_month(start)}")
    assert R.span(start, end) in text_of(replies).replace("Del ", "del ")
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ WhatsApp message types


async def test_a_reaction_to_the_summary_says_how_to_hold_it(guest):
    # A 👍 on "¿Avanzamos?" got silence: the guest believed the cabin was theirs.
    start, end = _stay_ahead()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id)
    said = text_of(await guest.send("reaction"))
    assert "*Confirmar*" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_reaction_elsewhere_is_still_silent(guest):
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    assert await guest.send("reaction") == []


# ------------------------------------------------------------------ the whole story in one bubble


async def test_the_month_of_a_long_story_is_said_back_with_the_nights(guest):
    # "¿Desde qué día serían las 3 noches?": April, said in the story, not said back. With
    # no fixed date and "¿tienen lugar?" asked, the first free 3 nights of that month are
    # listed, said to be in it (session 18's first-message sweep), and a day then given
    # is that month's, for those nights.
    start, end = _stay_ahead()
    said = text_of(
        await guest.say(
            "buenas como va, mira te cuento, somos un grupo de 5 amigos y queremos ir en "
            f"{_month(start)}, no tenemos fecha fija todavia pero seria tipo 3 noches, tienen "
            "lugar? que precio seria aprox? gracias"
        )
    )
    assert f"En {_month(start)}, para 5 personas" in said
    replies = await guest.say(f"desde el {start.day}")
    assert R.span(start, end) in text_of(replies).replace("Del ", "del ")


@pytest.mark.parametrize("text", ["no, 5", "5 perdón", "perdón, eran 5"])
async def test_a_number_said_again_corrects_the_party(guest, text):
    # "no, 5" under a list for 4: "Elegí una cabaña de la lista (del 1 al 2)".
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    replies = await guest.say(text)
    assert "para 5 personas" in text_of(replies)
    assert [r.title for r in rows(replies)] == ["Cabaña Bosque de Quila"]


async def test_a_starred_arrival_while_the_departure_is_asked_stays_the_arrival(guest):
    # Read as the departure: "del 1 al 2 es 1 noche, y la estadía mínima es de 2".
    start, _ = _stay_ahead()
    await guest.say("quiero reservar")
    await guest.say(f"el {ddmm(start)}")
    meant = start + dt.timedelta(days=1)
    said = text_of(await guest.say(f"*{meant.day}"))
    assert f"Llegarías el {R.day(meant)}" in said


@pytest.mark.parametrize("text", ["me equivoqué", "uy perdón, me confundí", "escribí mal"])
async def test_a_mistake_announced_asks_what_to_change_and_keeps_the_list(guest, text):
    # "me equivoqué" under the list: "Elegí una cabaña de la lista", a miss.
    start, end = _stay_ahead()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    said = text_of(await guest.say(text))
    assert "No pasa nada" in said and "cambiamos" in said
    assert await guest.state() == State.CHOOSE_CABIN
    replies = await guest.say("somos 5")
    assert "para 5 personas" in text_of(replies)
