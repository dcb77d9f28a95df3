"""Session 18, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.handlers import in_month_of_talk
from bot.handlers_info import thing_asked
from bot.handlers_search import next_weekend_elided
from bot.nlu import parse_fresh
from bot.session import Context
from bot.states import State
from tests.conversation_support import ddmm, paid_quiet_stay, quiet_stay, rows, text_of
from tests.test_conversation_dates_round4 import _quiet_weekend

WEEK = dt.timedelta(days=7)

# ------------------------------------------------------------------ "¿y el que viene?"


@pytest.mark.parametrize(
    "text", ["y el q viene?", "Y EL SIGUIENTE??", "y para el otro", "y el de después? 🤔",
             "y el que viene que tal"],
)  # fmt: skip
async def test_the_next_one_with_a_weekend_on_screen_is_the_weekend_after_it(guest, text):
    # "¿Y el q viene?" under the list of a weekend got "Mmm, eso no lo tengo en mi info"
    # and the list reminder: the noun left out, the NLU alone cannot tell what comes next.
    friday = _quiet_weekend(days_ahead=40)
    sunday = friday + dt.timedelta(days=2)
    await guest.say(f"tienen algo del {ddmm(friday)} al {ddmm(sunday)}? somos 2")
    assert await guest.state() == State.CHOOSE_CABIN
    said = text_of(await guest.say(text))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out, ctx.guests) == (friday + WEEK, sunday + WEEK, 2)
    assert R.day(friday + WEEK) in said and "info" not in said


async def test_the_next_one_after_a_weekday_stay_is_not_read_as_a_weekend(guest):
    # Only a weekend on screen makes "el que viene" a weekend: after Monday to Thursday it
    # could be the next week or anything else, and the stay is kept.
    friday = _quiet_weekend(days_ahead=40)
    monday, thursday = friday + dt.timedelta(days=3), friday + dt.timedelta(days=6)
    await guest.say(f"del {ddmm(monday)} al {ddmm(thursday)} para 2")
    await guest.say("y el que viene?")
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (monday, thursday)


async def test_the_other_one_of_two_cabins_is_still_a_cabin(guest):
    # "¿Y la otra?" is a cabin (feminine), never the next weekend.
    friday = _quiet_weekend(days_ahead=40)
    sunday = friday + dt.timedelta(days=2)
    await guest.say(f"del {ddmm(friday)} al {ddmm(sunday)} para 2")
    await guest.say("y la otra?")
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (friday, sunday)


@pytest.mark.parametrize(
    "text", ["y el finde que viene?", "y el proximo finde", "el prox fin de semana tenes?"]
)
def test_the_coming_weekend_asked_on_the_friday_of_the_one_on_screen_is_the_next(text):
    # Said alone on a Friday, "el finde que viene" is the weekend starting that day (round
    # 15's rows). With that weekend already on screen the guest means the one after it.
    # Pure: the conversation reads the wall clock, and today is not always a Friday.
    friday = dt.date(2027, 3, 5)
    sunday = friday + dt.timedelta(days=2)
    ctx = Context(check_in=friday, check_out=sunday, guests=2)
    alone = parse_fresh(text, friday)
    assert (alone.check_in, alone.check_out) == (friday, sunday)
    said = next_weekend_elided(text, alone, ctx)
    assert (said.check_in, said.check_out) == (friday + WEEK, sunday + WEEK)
    # Said on the Thursday before, it is that same weekend again: nothing to move.
    thursday = parse_fresh(text, friday - dt.timedelta(days=1))
    later = Context(check_in=friday + WEEK, check_out=sunday + WEEK, guests=2)
    assert next_weekend_elided(text, thursday, later) == thursday


# ------------------------------------------------------------------ the deposit, in pesos


@pytest.mark.parametrize(
    "text", ["y cuanto es la seña?", "de cuánto sería la seña", "cuanto hay q dejar de seña?"]
)
async def test_how_much_the_deposit_is_under_a_list_is_each_stays_deposit(guest, text):
    # "¿Cuánto es la seña?" under a list got "una seña del 30 %" and nothing more: the
    # guest was left to work out 30 % of each total.
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    said = text_of(await guest.say(text))
    assert "Cerro Chapelco" in said and "Bosque de Quila" in said
    assert said.count("seña $") == len(rows(listed)) == 2
    assert await guest.state() == State.CHOOSE_CABIN


async def test_how_to_pay_right_after_the_terms_is_how_paying_goes_from_here(guest):
    # "¿Cómo pago?" right after the terms got the same terms again and "Es todo lo que dice
    # la info de las cabañas, escribí hablar con una persona": there is a next step to say.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    first = text_of(await guest.say("como se paga?"))
    again = text_of(await guest.say("perfecto, y como pago?"))
    assert "30 %" in first
    assert "Es todo lo que dice" not in again and "hablar con una persona" not in again
    assert "elegís la cabaña" in again and "link de Mercado Pago" in again
    assert await guest.state() == State.CHOOSE_CABIN


async def test_how_to_pay_asked_twice_on_the_summary_points_at_confirm(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.say("1")
    await guest.say("como se paga?")
    again = text_of(await guest.say("y como pago entonces?"))
    assert "Confirmar" in again and "Es todo lo que dice" not in again
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_way_of_paying_asked_after_the_terms_still_gets_its_own_answer(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.say("como se paga?")
    said = text_of(await guest.say("y con transferencia se puede?"))
    assert "transferencia" in said


# ------------------------------------------------------------------ "las dos", for a big group


@pytest.mark.parametrize(
    "text", ["dale las dos", "ambas", "las 2 cabañas", "y si nos dividimos en 2 cabañas?"]
)
async def test_both_cabins_for_a_group_too_big_for_one_are_worked_out(guest, text):
    # "Dale las dos" to "decime cuántos van en la primera" got "¿Cuántas personas serían
    # en total?", the total said a message before; "¿y si nos dividimos en 2 cabañas?"
    # got the question again. The two cabins that sleep the most are what the guest means.
    start, end = quiet_stay()
    await guest.say(f"hola somos 9 amigas, tienen del {ddmm(start)} al {ddmm(end)}?")
    said = await guest.say(text)
    assert "Bosque de Quila" in text_of(said) and "Cerro Chapelco" in text_of(said)
    assert "3 personas" in text_of(said)  # the second cabin's, said ahead
    ctx = (await guest.session()).ctx
    assert (ctx.guests, ctx.cabin) == (6, "bosque-quila")
    assert await guest.state() == State.CONFIRM_HOLD


async def test_both_for_a_party_one_cabin_sleeps_is_not_a_split(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.say("me gustan las dos")
    assert (await guest.session()).ctx.guests == 4
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ a case put, not an order


@pytest.mark.parametrize(
    "text",
    ["y si al final no podemos ir me devuelven la seña?",
     "si no podemos viajar q pasa con la seña?", "y si surge algo y hay que cancelar?",
     "si se nos complica, me devolves la plata?"],
)  # fmt: skip
async def test_a_refund_asked_about_a_case_answers_and_asks_no_cancel(guest, db, text):
    # "¿Y si al final no podemos ir, me devuelven la seña?" after paying got the refund note
    # and "¿Seguro que querés cancelar la reserva?" with Sí/No buttons: the guest put a case.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert "devolución" in said and "¿Seguro" not in said
    assert await guest.state() != State.CONFIRM_CANCEL
    assert (await guest.session()).ctx.cancel is None


async def test_wanting_to_cancel_and_asking_for_the_deposit_still_asks_to_confirm(guest, db):
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("no podemos ir, quiero cancelar. me devuelven la seña?"))
    assert "¿Seguro" in said
    assert await guest.state() == State.CONFIRM_CANCEL


# ------------------------------------------------------------------ a part of the month of talk


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [("la segunda quincena", (7, 16), (8, 1)), ("la 2da quincena", (7, 16), (8, 1)),
     ("el primer finde", (7, 2), (7, 4)), ("la primera semana", (7, 1), (7, 8))],
)  # fmt: skip
def test_a_part_of_the_month_being_talked_about_is_in_that_month(text, check_in, check_out):
    # "La segunda quincena" after "¿qué días de julio?" got "decime el día de llegada y el
    # de salida"; "el primer finde" was this coming weekend, in November.
    today = dt.date(2026, 11, 27)
    ctx = Context(month=7, guests=5)
    said = in_month_of_talk(text, parse_fresh(text, today), ctx, today)
    assert (said.check_in, said.check_out) == (
        dt.date(2027, *check_in),
        dt.date(2027, *check_out),
    )


async def test_the_second_fortnight_after_a_month_is_listed(guest):
    await guest.say("hola, para las vacaciones de invierno en julio, somos 2 adultos y 3 chicos")
    said = text_of(await guest.say("la segunda quincena"))
    assert "16/07" in said and "01/08" in said
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ a thing asked, when


@pytest.mark.parametrize(
    ("text", "thing"),
    [("hay nieve en esa epoca?", "nieve"), ("hay mosquitos en verano?", "mosquitos"),
     ("tienen jacuzzi por si hace frio?", "jacuzzi"), ("hay nieve por ahi en julio?", "nieve")],
)  # fmt: skip
def test_the_thing_asked_leaves_out_when(text, thing):
    # "En la info de las cabañas no figura nieve en esa epoca": the guest's words echoed
    # with the when that is no part of the thing.
    assert thing_asked(text) == thing


# ------------------------------------------------------------------ a night of the one named


@pytest.mark.parametrize(
    "text", ["cuanto sale x noche la de 4?", "y la de 4 cuanto sale por noche?",
             "precio por noche de la chapelco?"],
)  # fmt: skip
async def test_a_nights_price_of_the_cabin_named_under_a_list_is_that_ones(guest, text):
    # "¿Cuánto sale x noche la de 4?" under a list of two got both cabins' nightly prices.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 3")
    said = text_of(await guest.say(text))
    assert "Cerro Chapelco" in said and "Bosque de Quila" not in said and "la noche" in said
    await guest.say("dale")  # the one singled out
    assert (await guest.session()).ctx.cabin == "cerro-chapelco"
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_nights_price_with_no_cabin_named_is_every_listed_ones(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 3")
    said = text_of(await guest.say("y x noche cuanto es?"))
    assert "Cerro Chapelco" in said and "Bosque de Quila" in said


# ------------------------------------------------------------------ a price asked, too short


async def test_a_price_asked_for_a_stay_too_short_gets_the_offered_stays_totals(guest):
    # "¿Cuánto sale una noche para 2 el 20?" got the minimum and "¿te sirve del 20 al 23?",
    # and no price at all: the guest asked what it costs.
    start, _ = quiet_stay()
    said = text_of(await guest.say(f"hola cuanto sale una noche para 2 el {ddmm(start)}?"))
    assert "mínima" in said and "¿Te sirve" in said
    assert "$" in said and "en total" in said
    assert await guest.state() == State.ASK_DATES


async def test_a_stay_too_short_asked_without_a_price_gets_no_totals(guest):
    start, _ = quiet_stay()
    said = text_of(await guest.say(f"hay lugar una noche para 2 el {ddmm(start)}?"))
    assert "mínima" in said and "$" not in said


# ------------------------------------------------------------------ a thing asked in a long message


async def test_a_thing_asked_in_a_long_first_message_is_answered(guest):
    # "Somos un matrimonio mayor, queremos ir en abril. La cabaña tiene escaleras? mi marido
    # usa bastón" got only "¿Qué días de abril?": the question was past 80 characters from
    # the start of the message, so no thing was read, and no topic names stairs.
    said = text_of(
        await guest.say(
            "Buenas tardes, somos un matrimonio mayor, queremos ir unos dias tranquilos en "
            "abril. La cabaña tiene escaleras? mi marido usa baston"
        )
    )
    assert "escaleras" in said and "abril" in said
    assert await guest.state() == State.ASK_DATES


async def test_a_thing_asked_after_the_dates_is_looked_up_in_the_listed_cabins(guest):
    # "Del 12 al 16, ¿tienen deck?" answered with every amenity of the listed cabin.
    start, end = quiet_stay()
    said = text_of(await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 5, tienen deck?"))
    assert "deck" in said and "Bosque de Quila" in said and "Lago Lácar" not in said


@pytest.mark.parametrize(
    ("text", "thing"),
    [("Hola. Vamos en abril. ¿La cabaña tiene escaleras?", "escaleras"),
     ("del 12 al 16 de abril, tienen deck?", "deck"), ("hola, tienen deck?", "deck"),
     ("somos 2 y queremos ir en abril!! hay ascensor?", "ascensor")],
)  # fmt: skip
def test_the_thing_asked_is_read_from_the_questions_own_sentence(text, thing):
    assert thing_asked(text) == thing


# ------------------------------------------------------------------ the offer taken with a cabin


@pytest.mark.parametrize(
    ("text", "slug"),
    [("bueno la primera", "cerro-chapelco"), ("ok la de chapelco", "cerro-chapelco"),
     ("dale, la 1", "cerro-chapelco"), ("va la de 4", "cerro-chapelco")],
)  # fmt: skip
async def test_a_cabin_picked_in_answer_to_a_longer_stay_offered_takes_both(guest, text, slug):
    # "Bueno la primera" to "¿Te sirve del dom 10/01 al mié 13/01? Decime dale" got
    # "Llegarías el dom 10/01 👍 ¿Hasta qué día te quedás?": the offer was lost.
    start, _ = quiet_stay()
    await guest.say(f"para 3 del {ddmm(start)} al {ddmm(start + dt.timedelta(days=1))}")
    assert (await guest.session()).ctx.nights  # a longer stay offered
    said = text_of(await guest.say(text))
    ctx = (await guest.session()).ctx
    assert "Te resumo" in said and ctx.cabin == slug
    assert ctx.check_in == start and ctx.check_out == start + dt.timedelta(days=ctx.nights or 0)
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_question_about_a_cabin_to_the_offer_picks_nothing(guest):
    start, _ = quiet_stay()
    await guest.say(f"para 3 del {ddmm(start)} al {ddmm(start + dt.timedelta(days=1))}")
    await guest.say("la primera tiene parrilla?")
    assert await guest.state() == State.ASK_DATES


async def test_yes_both_after_asking_for_two_cabins_takes_the_two_biggest(guest):
    # Round 26 asked "si las dos" back for the first cabin's head count; merged with this
    # session's rule, the two cabins that sleep the most are taken, as "dale las dos" is.
    start, end = quiet_stay()
    await guest.say(f"hola! somos 9 tienen 2 cabañas? del {ddmm(start)} al {ddmm(end)}")
    said = text_of(await guest.say("si las dos"))
    assert "Bosque de Quila" in said and "3 personas" in said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ "el del 8", a weekend


@pytest.mark.parametrize(
    ("before", "text", "check_in", "check_out"),
    [("queríamos ir el finde largo de diciembre", "el del 8", (12, 4), (12, 8)),
     ("algun finde de enero para 2", "el del 16", (1, 15), (1, 17)),
     ("un fin de semana de enero", "y el de 23?", (1, 22), (1, 24))],
)  # fmt: skip
def test_a_day_after_a_weekend_of_a_month_is_that_weekend(before, text, check_in, check_out):
    # "El del 8" after "el finde largo de diciembre" (asked "¿qué días de diciembre?") was an
    # arrival on the 8th and "¿hasta qué día te quedás?".
    today = dt.date(2026, 11, 27)
    month = check_in[0]
    ctx = Context(month=month, guests=2, history=(before, text))
    said = in_month_of_talk(text, parse_fresh(text, today), ctx, today)
    year = 2026 if month == 12 else 2027
    assert (said.check_in, said.check_out) == (
        dt.date(year, *check_in),
        dt.date(year, *check_out),
    )


def test_a_day_after_no_weekend_talk_is_still_an_arrival():
    today = dt.date(2026, 11, 27)
    ctx = Context(month=12, guests=2, history=("queríamos ir en diciembre", "el del 8"))
    said = in_month_of_talk("el del 8", parse_fresh("el del 8", today), ctx, today)
    assert (said.check_in, said.check_out) == (dt.date(2026, 12, 8), None)


# ------------------------------------------------------------------ a forgotten code


@pytest.mark.parametrize(
    "text", ["hola, reserve la semana pasada y me olvide el codigo", "me olvidé el código 😅",
             "nos olvidamos la fecha que reservamos"],
)  # fmt: skip
def test_forgetting_a_detail_of_the_booking_is_no_problem_at_the_cabin(text):
    # "Me olvidé el código" was read as "me olvidé el cargador" (a thing left at the cabin):
    # "perdón por el problema", a person called and the bot silent for 2 h.
    assert not parse_fresh(text, dt.date(2026, 11, 27)).problem


def test_a_thing_left_at_the_cabin_is_still_a_problem():
    assert parse_fresh("me olvide el cargador en la cabaña", dt.date(2026, 11, 27)).problem


async def test_a_forgotten_code_without_reservations_says_none_and_keeps_talking(guest):
    said = text_of(await guest.say("hola, reserve la semana pasada y me olvide el codigo"))
    assert "No encontré reservas" in said and "perdón por el problema" not in said
    assert await guest.state() != State.HANDOFF


# ------------------------------------------------------------------ a pet told before the hold


async def test_a_pet_said_in_the_chat_reaches_the_owner_with_the_booking(guest, db):
    # "Somos 2 y un perrito" in the first message got the pets rule ("con aviso previo")
    # and nothing else: the owner's notice of the paid booking never said a pet was coming.
    from booking import holds

    start, end = quiet_stay()
    listed = await guest.say(f"hola! del {ddmm(start)} al {ddmm(end)} somos 2 y un perrito 🐶")
    await guest.tap(rows(listed)[0].id, rows(listed)[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    held = await holds.get_reservation(db, (await guest.session()).ctx.hold)
    told = R.owner_new_booking(held, held.deposit_cents, "pay-1").body
    assert "🐶 Mascota, dicho en el chat: «hola! del" in told and "perrito" in told


async def test_no_pet_said_adds_no_pet_line(guest, db):
    from booking import holds

    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[0].id, rows(listed)[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    held = await holds.get_reservation(db, (await guest.session()).ctx.hold)
    assert held.notes is None
    assert "🐶" not in R.owner_new_booking(held, held.deposit_cents, "pay-1").body
