"""Session 22, the lead's rows: a row picked for someone else in the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh

SAT = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("mi marido dice que la primera", 1),
        ("dice que si, la primera", 1),
        ("dicen los chicos que la 2", 2),
        ("mi señora quiere la segunda", 2),
        # not a pick: what follows is no choice alone
        ("mi hija dice que la 2 no le gusta", None),
    ],
)
def test_a_pick_told_for_someone_else(text, choice):
    assert parse_fresh(text, SAT).choice == choice
