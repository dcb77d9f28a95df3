"""NLU rows of session 24 (the lead's): a month's long weekend asked, as a field.

"El finde largo de diciembre" stays the month alone (round 6: the moved holidays are set
by decree); `Understanding.long_weekend` says the long weekend was asked, so the bot names
that month's from the holidays table. The conversation read the words again on its own,
and missed "el feriado largo" and the plural (tests/test_conversation_lead23.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh

TODAY = dt.date(2026, 11, 28)

LONG_WEEKEND_OF_A_MONTH = [
    "el finde largo de diciembre",
    "tienen algo para el feriado largo de marzo?",
    "hay lugar los fines de semana largos de abril?",
    "findes largos de mayo, somos 2",
    "FERIADOS LARGOS DE JUNIO???",
    "para el fin de semana largo de octubre 🙏",
    "long weekend in march?",
]


@pytest.mark.parametrize("text", LONG_WEEKEND_OF_A_MONTH)
def test_a_month_s_long_weekend_is_the_month_with_the_long_weekend_asked(text: str) -> None:
    said = parse_fresh(text, TODAY)
    assert (said.check_in, said.check_out) == (None, None), said
    assert said.month is not None and said.long_weekend, said


NOT_ASKED = [
    "el finde de diciembre",  # a weekend of the month: the first one
    "este finde largo",  # the coming one, with its days
    "en enero",
    "a principios de marzo",  # a part of the month, not its long weekend
    "los fines de semana de enero",
    "del 10 al 14 de diciembre",
]


@pytest.mark.parametrize("text", NOT_ASKED)
def test_no_long_weekend_of_a_month(text: str) -> None:
    assert not parse_fresh(text, TODAY).long_weekend
