"""Session 19, h6: a foreign tourist's simple English read word by word as its Spanish.

The bot writes Spanish only but says it understands simple English, so whole journeys in
English must be read: kids counted, "a family of 4", "option 2", "looks good", the
amenities and places asked ("fireplace", "far from town"), a refund, "next Friday".
Spanish rows beside them stay as they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh

TODAY = dt.date(2026, 11, 27)  # a Friday
D = dt.date


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Hello, we are 2 adults and a kid, looking for something 15th-18th December", 3),
        ("Hi, 2 adults 1 child, Feb 3 to Feb 7", 3),
        ("2 adults with a baby", 3),
        ("two adults and one child", 3),
        ("We are a family of 4", 4),
        ("a family of five, jan 3 to 6", 5),
        ("2 adults and 2 children", 4),
        ("Hi! 2 nights this weekend please, just me and my wife", 2),
        ("me and my husband, dec 3 to 5", 2),
        ("me, my wife and our 2 kids, jan 5-8", 4),
        ("party of 4, jan 5-8", 4),
        ("group of 6, jan 5-8", 6),
        # Spanish kept
        ("somos 2 adultos y un nene", 3),
        ("somos una familia de 4", 4),
        ("vamos a ser 2 adultos con un bebe", 3),
    ],
)
def test_a_party_with_kids_in_english(text, guests):
    assert parse_fresh(text, TODAY).guests == guests


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        ("next Friday for 2 nights", D(2026, 12, 4), D(2026, 12, 6)),
        ("next monday, 3 nights", D(2026, 11, 30), D(2026, 12, 3)),
        ("el proximo viernes 2 noches", D(2026, 12, 4), D(2026, 12, 6)),
        ("a week from January 4, we are 4", D(2027, 1, 4), D(2027, 1, 11)),
        ("for Christmas, 2 adults", D(2026, 12, 24), D(2026, 12, 26)),
        ("for New Year's Eve, 4 people", D(2026, 12, 31), D(2027, 1, 2)),
        ("nos vamos a semana santa", D(2027, 3, 25), D(2027, 3, 28)),
    ],
)
def test_english_dates(text, check_in, check_out):
    said = parse_fresh(text, TODAY)
    assert (said.check_in, said.check_out) == (check_in, check_out)


def test_next_weekend_in_english_still_asks():
    said = parse_fresh("next weekend for 2", TODAY)
    assert said.check_in is None


@pytest.mark.parametrize(
    "text", ["option 2", "number 2", "option two", "opcion 2", "I'll take the second one",
             "we'll take the second one"],
)  # fmt: skip
def test_a_numbered_option_in_english(text):
    assert parse_fresh(text, TODAY).choice == 2


@pytest.mark.parametrize(
    "text", ["looks good", "sounds good!", "perfect", "great", "sounds great, thanks",
             "go ahead", "let's do it!",
             "perfecto", "genial"],
)  # fmt: skip
def test_an_english_yes_on_a_summary(text):
    said = parse_fresh(text, TODAY)
    assert said.affirm and not said.deny


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("does it have a fireplace?", "amenities"),
        ("is there a kitchen?", "amenities"),
        ("how many beds?", "capacity"),
        ("how many bedrooms does it have?", "capacity"),
        ("do you have towels and sheets?", "linens"),
        ("is it far from town?", "location"),
        ("is it far from downtown", "location"),
        ("which one is closer to the lake?", "location"),
        ("is it near the lake?", "location"),
        ("do you accept credit cards?", "payment"),
        ("is there a minimum stay?", "minimum_stay"),
        ("can I get a refund?", "cancellation"),
        ("what is the cancellation policy?", "cancellation"),
        ("we arrive late, around 11pm, is that ok?", "checkin"),
        ("can we arrive early?", "checkin"),
        ("do you have heating?", "amenities"),
        ("is there a washing machine?", "amenities"),
        ("what's included?", "amenities"),
        ("is there hot water?", "amenities"),
        ("is there a pool?", "pool"),
        ("is the deposit refundable?", "cancellation"),
        ("can I get my money back?", "cancellation"),
        ("which one has a view of the lake?", "view"),
        ("how do we get there from the bus station?", "location"),
        # Spanish kept
        ("tiene hogar?", "amenities"),
        ("queda lejos del centro?", "location"),
        ("hay estadia minima?", "minimum_stay"),
        ("llegamos tarde, tipo 23, hay problema?", "checkin"),
    ],
)
def test_english_questions_about_the_cabins(text, topic):
    assert topic in parse_fresh(text, TODAY).topics


def test_a_rewrite_keeps_the_word_it_matched():
    # The phrase rewrites returned their replacement as written, so "cuantos sale" read
    # "cuanto \1 …" (the group never filled in); "next friday" now needs its day kept too.
    from bot.nlu_text import _canonicalize

    assert _canonicalize("cuantos sale una noche") == "cuanto sale una noche"
    assert _canonicalize("next viernes para 2 noches") == "el proximo viernes para 2 noches"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Hello, I booked a cabin for next week, I need to change the dates", "human"),
        ("we booked for the 20th, can we change the dates?", "human"),
        ("any discount for a week?", "prices"),
        ("I want to change the dates", "availability"),
        # "with" now reads "con": a person asked for with it is still a person
        ("can I speak with a person?", "human"),
        ("I want to talk with someone", "human"),
    ],
)
def test_english_intents(text, intent):
    assert parse_fresh(text, TODAY).intent == intent


def test_one_more_person_in_english():
    assert parse_fresh("can we add one more person?", TODAY).extra_guests == 1
