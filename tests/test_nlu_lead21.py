"""Session 21, the lead's rows: kids listed with their ages inside a list of the party."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # several ages after one member are ages, not people, and the list goes on
        ("Somos mi esposo, mis dos hijos de 15 y 17 y yo.", 4),
        ("mi esposo, mis 2 hijos de 15 y 17 y yo", 4),
        ("vamos mi mujer, mis 3 hijas de 5, 7 y 9 y yo", 5),
        ("mi señora, mis 2 nenes de 3 y 6 años y yo", 4),
        # kids with no number, counted by the ages told
        ("mi marido, mis hijos de 8 y 10 y yo", 4),
        ("mi novia, sus hijas de 4 y 7 y yo", 4),
        # unchanged: one age, and a count of people after an age
        ("mi pareja, mi hijo de 15 y yo", 3),
        ("mi esposa, mi hija de 3 años y yo", 3),
        ("mi hermana de 20 y 2 nenes", 3),
        ("somos mi esposo, mis dos hijos y yo", 4),
    ],
)
def test_ages_inside_a_listed_party(text, guests):
    assert parse_fresh(text, TODAY).guests == guests
