"""Round 25 of QA: guests played end to end (quick bursts, emojis, long messages, after
the stay).

Decided:
- The whole party said again after "decime cuántos van en la primera" ("4 adultos y 3
  chicos en la primera", 7 when the largest cabin sleeps 6) got "la más grande es para 6"
  word for word. It now works out a split ("Son 7 … por ejemplo, 4 en la primera y 3 en
  la otra") and asks for the first cabin's number, with an example to copy.
- "5 y 5" after "somos 10" with no dates yet said "¡Genial, para 5 personas!", as if the
  other five were forgotten. It says the first cabin's party and that the other one is
  looked for next, for the same dates (for the dates, the departure or the arrival asked).
  With the dates known, the list for the first cabin comes after "Las reservamos de a una:
  primero la de 5 personas … escribime *otra cabaña*", as "dos cabañas, 4 y 2" did.
- "¿Y el mínimo en enero?" on a list (an info question whose only stay detail is a
  month) answers the minimum stay and keeps the list; it was taken as a new search and
  asked "¿Qué días de enero querés venir?". Done in the conversation layer (the NLU reads
  the month, as it should). "¿Y para enero?" alone still lists January's first free stays.
- "Nos queremos quedar hasta el domingo", "¿podemos quedarnos hasta el 7/3?", "¿se puede
  extender hasta el lunes?" from a guest with a paid stay (only a departure, with a word
  for staying on) is that stay made longer: the day read from its departure, and whether
  the cabin is free on those nights and what they cost, with a person to adjust it (as
  "una noche más" already did). It was a new search with "el domingo" read from today.
  Without a paid stay, or with a day within it, it is searched as before.
- The payment said again while it has not arrived ("ya está pago" … "¿cuándo me
  confirman?", "¿llegó el pago?") got "¡Gracias! Todavía no me llegó…" and the link word
  for word. The second time it is shorter: not credited yet, nothing more to do, we write
  when Mercado Pago tells us, and a person if it takes long (no link: they paid).
- A reaction on a hold waiting for its deposit (❤️, 😍, 🙌: only emojis, no question) got
  the whole hold and its link again, while 👍 got the one-line nod. They all get the nod.
- A long message that asks the arrival hour among other things ("¿la de 2 tiene parrilla
  y hogar? ¿hay que llevar toallas? ¿a qué hora se entra? llegamos tipo 11") got only
  the hour. Its other questions are answered first, then the hour, then the pending step.
  (A pick asked in the same breath, "guardame la del lago", is still left to the nudge.)
- A stay praised ("gracias, la pasamos bárbaro", "nos encantó todo, volveremos") gets a
  warm thanks and the way back, not "¡De nada!" (or, without a "gracias", "no te
  entendí"); mid-booking, with the pending step after it.

Probed and left as they are: "en cuotas?" after "¿aceptan tarjeta?" already answers about
installments (Mercado Pago's, no promise of "sin interés"); a burst of "hola" / "queria
consultar" / "del 3 al 6 de marzo para 2" gets the welcome, "¡Claro! Decime" and the list;
emoji-only messages (👍 ❤️ 🙏) get a short nod back and the pending step; a screenshot on the
payment link says it cannot be opened and that the payment is announced when credited; the
address, directions and wifi asked after paying are answered; one more night on a paid stay
is checked and handed to a person; a discount for a long stay says there are none here and
offers a person; all caps is read as lowercase.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import DB
from booking import holds
from bot import replies as R
from bot.messages import ListMessage
from bot.states import State
from tests.conversation_support import (
    ddmm,
    hold_quiet_stay,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)

# ------------------------------------------------------------------ a party for two cabins


@pytest.mark.parametrize("again", ["4 adultos y 3 chicos en la primera", "somos 7", "7"])
async def test_the_whole_party_said_again_gets_a_split_worked_out(guest, again):
    # "Nuestra cabaña más grande es para 6 personas 😕 …" was said again, word for word.
    start, end = quiet_stay()
    first = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 7"))
    said = text_of(await guest.say(again))
    assert said != first
    assert "Son 7" in said and "4 en la primera" in said and "*4*" in said
    assert await guest.state() == State.ASK_GUESTS
    listed = await guest.say("4")
    assert await guest.state() == State.CHOOSE_CABIN
    assert "para 4 personas" in only_list(listed).body


def only_list(replies):
    return next(r for r in replies if isinstance(r, ListMessage))


def test_a_split_for_three_cabins_says_so():
    said = R.too_many_again(13, 6).body
    assert "3 cabañas" in said and "5 en la primera" in said and "8 en las otras" in said


@pytest.mark.parametrize("split", ["5 y 5", "5 y 5 personas", "en la primera 5"])
async def test_the_first_cabins_party_before_the_dates_mentions_the_other(guest, split):
    # "¡Genial, para 5 personas!", the other five not mentioned.
    await guest.say("somos 10")
    said = text_of(await guest.say(split))
    assert "primera cabaña para 5 personas" in said and "La otra la buscamos después" in said
    assert await guest.state() == State.ASK_DATES


async def test_a_head_count_for_one_cabin_is_said_back_as_before(guest):
    said = text_of(await guest.say("somos 5"))
    assert "¡Genial, para 5 personas!" in said and "La otra" not in said


# ------------------------------------------------------------------ a month in a question


@pytest.mark.parametrize(
    "asked",
    [
        "y el mínimo en enero?",
        "hay minimo de noches en enero?",
        "y en enero cuantas noches minimo?",
    ],
)
async def test_a_question_about_a_month_keeps_the_list(guest, asked):
    # Answered, then "¿Qué días de enero querés venir?" with the list dropped.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say(asked))
    assert "mínima" in said and "Qué días de enero" not in said
    assert await guest.state() == State.CHOOSE_CABIN
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (start, end)
    assert list(ctx.offers) == [r.id for r in rows(listed)]


async def test_a_month_asked_alone_on_the_list_still_searches_it(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("y para enero?"))
    assert "En enero" in said


# ------------------------------------------------------------------ after the stay


@pytest.mark.parametrize(
    "text",
    [
        "gracias!! la pasamos barbaro",
        "Nos encantó todo, volveremos 😍",
        "la pasamos re bien, gracias por todo",
        "HERMOSO LUGAR, GRACIAS",
        "excelente atencion, 10 puntos",
    ],
)
async def test_a_stay_praised_is_thanked_warmly(app, guest, text):
    await paid_quiet_stay(guest, app[DB])
    said = text_of(await guest.say(text))
    assert "Qué lindo leer eso" in said and "volver" in said
    assert "De nada" not in said and "no te entendí" not in said


async def test_plain_thanks_is_still_de_nada(guest):
    said = text_of(await guest.say("gracias"))
    assert "De nada" in said


# ------------------------------------------------------------------ a paid stay made longer


@pytest.mark.parametrize(
    "text",
    [
        "nos queremos quedar hasta el {sunday}",
        "podemos quedarnos hasta el {sunday_ddmm}?",
        "se puede extender la estadia hasta el {sunday}?",
    ],
)
async def test_staying_on_to_a_day_after_a_paid_stay_checks_those_nights(app, guest, text):
    # "Te irías el dom 29/11 👍 ¿Qué día llegarían?": a new stay from scratch, with "el
    # domingo" read from today, and the paid stay forgotten.
    code = await paid_quiet_stay(guest, app[DB])
    res = await holds.get_reservation(app[DB], code)
    sunday = res.check_out + dt.timedelta(days=(6 - res.check_out.weekday()) % 7 or 7)
    said = text_of(await guest.say(text.format(sunday="domingo", sunday_ddmm=ddmm(sunday))))
    assert code in said and R.span(res.check_in, sunday) in said
    assert "Qué día llegarían" not in said
    assert await guest.state() == State.IDLE


async def test_staying_on_with_no_paid_stay_is_a_search_as_before(guest):
    said = text_of(await guest.say("nos queremos quedar hasta el domingo"))
    assert "Qué día llegarían" in said


# ------------------------------------------------------------------ paid, said again


@pytest.mark.parametrize("again", ["cuando me confirman?", "ya te pague!!", "llego el pago?"])
async def test_the_payment_said_again_is_not_answered_word_for_word(guest, again):
    # "¡Gracias! 🙌 Todavía no me llegó la confirmación…" and the link, twice.
    code = await hold_quiet_stay(guest)
    first = text_of(await guest.say("ya esta pago"))
    said = text_of(await guest.say(again))
    assert said != first and code in said
    assert "hablar con una persona" in said and "http" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_the_payment_said_once_still_gets_the_link(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("ya te pague"))
    assert "Todavía no me llegó" in said and "http" in said


# ------------------------------------------------------------------ reactions on a hold


@pytest.mark.parametrize("emoji", ["❤️", "😍", "🙌🙌", "👍"])
async def test_a_reaction_on_a_hold_gets_a_nod_not_the_hold_again(guest, emoji):
    # ❤️ got the whole hold and its link again, 👍 a one-line nod.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(emoji))
    assert said == R.nudge("payment").body
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ a long message


async def test_a_long_message_with_the_arrival_hour_answers_its_other_questions_too(guest):
    # Only the arrival hour was answered: the grill, the fireplace and the towels dropped.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(
        await guest.say(
            "Buenisimo! mira te cuento, vamos con mi novia, queriamos saber si la de 2 tiene "
            "parrilla y hogar, si hay que llevar toallas, a que hora se puede entrar porque "
            "llegamos tipo 11 de la mañana en el micro"
        )
    )
    assert "parrilla" in said and "hogar" in said and "toallas" in said
    assert "11:00" in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_the_arrival_hour_alone_is_answered_as_before(guest):
    said = text_of(await guest.say("podemos llegar a las 11?"))
    assert "11:00" in said and "parrilla" not in said


async def test_the_first_cabins_list_after_the_dates_mentions_the_other(guest):
    # The list for 5 with "¡Buenas noticias!", the other five not mentioned.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} somos 10")
    replies = await guest.say("5 y 5")
    said = text_of(replies)
    assert "de a una" in said and "otra cabaña" in said
    assert "para 5 personas" in only_list(replies).body


async def test_a_stay_praised_mid_booking_is_thanked_warmly_and_the_step_kept(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("gracias! la otra vez la pasamos barbaro"))
    assert "Qué lindo leer eso" in said and "De nada" not in said
    assert await guest.state() == State.CHOOSE_CABIN
