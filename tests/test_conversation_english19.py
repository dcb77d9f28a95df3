"""Session 19, h6: whole journeys of a foreign tourist writing simple English.

The bot answers in Spanish only and says once that it understands simple English, so every
step must read it: the party with a kid, a numbered option or "the one for 4" on the list,
"looks good" and "change dates" on the summary, "how long do I have?" and "the link
doesn't work" with the link sent, "what's the difference?" and the cabins' amenities.
Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import ddmm, hold_quiet_stay, quiet_stay, summed_up, text_of

ENGLISH_NOTE = "I can only write in Spanish"
NOT_READ = "But I understand simple English"  # the note for English the bot could not read


async def listed_in_english(guest, guests: int = 3) -> None:
    check_in, check_out = quiet_stay(nights=3)
    said = text_of(
        await guest.say(f"hi! a cabin from {ddmm(check_in)} to {ddmm(check_out)} for {guests}?")
    )
    assert "tengo libres" in said


# ------------------------------------------------------------------ the first message


@pytest.mark.parametrize(
    "party", ["2 adults and a kid", "2 adults 1 child", "two adults with a baby"]
)
async def test_a_party_with_a_kid_in_english_counts_the_kid(guest, party):
    # "we are 2 adults and a kid" was read as 2: "a" is no Spanish article and "child" was
    # no word the bot knew, so the list offered the cabin for 2.
    check_in, check_out = quiet_stay(nights=3)
    said = text_of(
        await guest.say(f"Hello, we are {party}, from {ddmm(check_in)} to {ddmm(check_out)}")
    )
    assert "para 3 personas" in said and "Lago Lácar" not in said


async def test_a_family_of_four_in_english(guest):
    check_in, check_out = quiet_stay(nights=3)
    await guest.say(f"We are a family of 4, arriving {ddmm(check_in)}, leaving {ddmm(check_out)}")
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out, ctx.guests) == (check_in, check_out, 4)
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------------- on the list


@pytest.mark.parametrize(
    ("text", "cabin"),
    [("option 2", "Bosque de Quila"), ("number 1", "Cerro Chapelco"),
     ("the one for 4", "Cerro Chapelco"), ("the cabin for 6 please", "Bosque de Quila"),
     ("I'll take the first one", "Cerro Chapelco")],
)  # fmt: skip
async def test_a_cabin_picked_in_english(guest, text, cabin):
    # "option 2" got "elegí una cabaña de la lista"; "the one for 4" searched again for 4.
    await listed_in_english(guest)
    said = text_of(await guest.say(text))
    assert f"🏡 *Cabaña {cabin}*" in said
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize(
    ("question", "answer"),
    [("what's the difference?", "Te las comparo"), ("does it have a fireplace?", "hogar"),
     ("is it far from town?", "Av. Costanera"), ("is there a kitchen?", "cocina"),
     ("do you accept credit cards?", "tarjeta de crédito"), ("do you have heating?", "Incluye"),
     ("is there a washing machine?", "lavarropas")],
)  # fmt: skip
async def test_a_question_on_the_list_in_english(guest, question, answer):
    # Each got "Mmm, eso no lo tengo en mi info": the words were no Spanish the bot read.
    await listed_in_english(guest)
    said = text_of(await guest.say(question))
    assert answer in said and "no lo tengo en mi info" not in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_the_cheapest_asked_in_english_on_the_list(guest):
    # "what's the cheapest?" got "no lo tengo en mi info", "¿cuál es la más barata?" an answer.
    await listed_in_english(guest)
    said = text_of(await guest.say("what's the cheapest?"))
    assert "Cerro Chapelco" in said and "no lo tengo en mi info" not in said


@pytest.mark.parametrize("text", ["can we check out late on sunday?", "could we checkout later?"])
async def test_a_late_checkout_asked_in_english_on_the_list(guest, text):
    # "can we check out late on sunday?" read Sunday as a new arrival and dropped the list.
    await listed_in_english(guest)
    said = text_of(await guest.say(text))
    assert "Quedarse más tarde depende" in said
    assert await guest.state() == State.CHOOSE_CABIN


# ---------------------------------------------------------------------- on the summary


async def test_something_cheaper_asked_in_english_on_the_summary(guest):
    # "do you have something cheaper?" got the note that the bot could not read English.
    await summed_up(guest, guests=3, at=1)
    said = text_of(await guest.say("do you have something cheaper?"))
    assert "Cerro Chapelco" in said and NOT_READ not in said


@pytest.mark.parametrize("text", ["looks good", "sounds good!", "perfect", "great", "go ahead"])
async def test_an_english_yes_on_the_summary_holds_it(guest, text):
    # "looks good" got the summary again, as if nothing had been said.
    await summed_up(guest)
    await guest.say(text)
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["change dates", "I want to change the dates", "no, wrong dates"])
async def test_other_dates_asked_in_english_on_the_summary(guest, text):
    # "I want to change the dates" got the note that the bot could not read English.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert NOT_READ not in said
    assert await guest.state() == State.ASK_DATES


# ------------------------------------------------------------------ with the link sent


@pytest.mark.parametrize("text", ["how long do I have?", "when does it expire?"])
async def test_how_long_the_hold_lasts_asked_in_english(guest, text):
    # "how long do I have?" got the note that the bot could not read English.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "queda guardada hasta las" in said and NOT_READ not in said
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["ok I will pay tomorrow", "can I pay it later?"])
async def test_paying_later_said_in_english_keeps_the_hold(guest, text):
    # "ok I will pay tomorrow" read "tomorrow" as a new arrival and asked the departure.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "guardada hasta las" in said and "Llegarías" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize(
    ("text", "way"),
    [("can I pay cash on arrival?", "en efectivo"),
     ("can I pay the deposit in cash?", "en efectivo"), ("can I pay in dollars?", "en dólares")],
)  # fmt: skip
async def test_another_way_to_pay_asked_in_english(guest, text, way):
    # "can I pay cash on arrival?" got the link and the card terms, as if asked how to pay;
    # "¿puedo pagar en efectivo al llegar?" is told the deposit cannot be cash.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert f"no puedo tomarla {way}" in said


async def test_the_link_asked_again_in_english(guest):
    # "can you send the link again?" got the note that the bot could not read English.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("can you send the link again?"))
    assert "http" in said and NOT_READ not in said


@pytest.mark.parametrize("text", ["the link doesn't work", "it's not loading", "I can't pay"])
async def test_a_link_that_fails_told_in_english(guest, text):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Si el link no te anda" in said or "no te toma la tarjeta" in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ the whole journey


async def test_a_whole_journey_in_english_hears_the_note_once(guest):
    check_in, check_out = quiet_stay(nights=3)
    heard = [
        await guest.say(f"Hi! 2 adults and a kid, {ddmm(check_in)} to {ddmm(check_out)}"),
        await guest.say("what's the difference?"),
        await guest.say("the one for 4"),
        await guest.say("sounds good"),
        await guest.say("how long do I have?"),
        await guest.say("the link doesn't work"),
        await guest.say("thanks!"),
    ]
    said = [text_of(replies) for replies in heard]
    assert sum(ENGLISH_NOTE in s for s in said) == 1
    assert not any("no te estoy entendiendo" in s or "no lo tengo en mi info" in s for s in said)
    assert await guest.state() == State.AWAIT_PAYMENT
