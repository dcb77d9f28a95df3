"""Session 19, the lead's rows: a tourist's English ordinals, and the Spanish ones kept."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh

TODAY = dt.date(2026, 11, 28)
D = dt.date


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "guests"),
    [
        ("any availability for 3 people next month, 10th to 14th?",
         D(2026, 12, 10), D(2026, 12, 14), 3),
        ("from the 10th to the 14th of january", D(2027, 1, 10), D(2027, 1, 14), None),
        ("10th to 14th for 2", D(2026, 12, 10), D(2026, 12, 14), 2),
        ("the 3rd of march for 2 nights", D(2027, 3, 3), D(2027, 3, 5), None),
        ("from 22nd dec to 2nd jan, we are 4", D(2026, 12, 22), D(2027, 1, 2), 4),
        ("Jan 1st to Jan 3rd for two", D(2027, 1, 1), D(2027, 1, 3), 2),
        ("del 1ro al 4to de marzo", D(2027, 3, 1), D(2027, 3, 4), None),
        ("del 21 al 23 de enero somos 3", D(2027, 1, 21), D(2027, 1, 23), 3),
    ],
)  # fmt: skip
def test_ordinal_days(text, check_in, check_out, guests):
    said = parse_fresh(text, TODAY)
    assert (said.check_in, said.check_out, said.guests) == (check_in, check_out, guests)


@pytest.mark.parametrize(
    ("text", "topic"),
    [("is there a grill?", "grill"), ("do you have a bbq", "grill"),
     ("is breakfast included?", "breakfast"), ("how do I pay?", "payment"),
     ("are pets allowed?", "pets")],
)  # fmt: skip
def test_english_topics(text, topic):
    assert topic in parse_fresh(text, TODAY).topics


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        ("la segunda quincena de enero, una semana", D(2027, 1, 16), D(2027, 1, 23)),
        ("una semana en la segunda quincena de enero", D(2027, 1, 16), D(2027, 1, 23)),
        ("la primera quincena de febrero 5 noches", D(2027, 2, 1), D(2027, 2, 6)),
        ("la ultima semana de enero, 4 noches", D(2027, 1, 25), D(2027, 1, 29)),
        ("la segunda quincena de enero", D(2027, 1, 16), D(2027, 2, 1)),
        ("la primera semana de marzo", D(2027, 3, 1), D(2027, 3, 8)),
    ],
)
def test_a_length_inside_a_named_span_starts_at_the_span(text, check_in, check_out):
    # "La segunda quincena de enero, una semana" read all 16 nights of the half month.
    said = parse_fresh(text, TODAY)
    assert (said.check_in, said.check_out) == (check_in, check_out)


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "month"),
    [
        ("tienen lugar para las vacaciones de invierno? somos 4", None, None, 7),
        ("en el receso invernal", None, None, 7),
        ("vacaciones de invierno del 12 al 16", D(2027, 7, 12), D(2027, 7, 16), None),
    ],
)
def test_winter_holidays_are_july(text, check_in, check_out, month):
    # Argentina's winter school holidays fall in July in every province; "las vacaciones
    # de invierno" asked back for dates with a December example.
    said = parse_fresh(text, TODAY)
    assert (said.check_in, said.check_out, said.month) == (check_in, check_out, month)
