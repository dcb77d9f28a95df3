"""Fresh NLU rows: flags from the conversation engineer (yes/no, dates that are not a stay,
a greeting that asks) and party sizes written in ways the other tables do not use.

Rows marked ``# passed before`` already passed when added; the rest were fixed with them.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse
from tests.nlu_support import STAY_COLUMNS, assert_stay

TODAY = date(2026, 11, 26)  # a Thursday

# (message, intent, affirm, deny)
YES_NO: list[tuple[str, str, bool, bool]] = [
    # A confirmation word asked back is a question, not a yes ("ok?" / "si?" alone stay yes).
    ("confirmar?", "unknown", False, False),
    ("¿confirmo?", "unknown", False, False),
    ("confirmado?", "unknown", False, False),
    ("confirmo", "unknown", True, False),  # passed before
    ("ok?", "unknown", True, False),  # passed before
    # A yes taken back by doubt.
    ("sí... no sé, capaz", "unknown", False, False),
    ("sí? no sé", "unknown", False, False),
    ("dale, puede ser", "unknown", False, False),
    ("ok, a lo mejor", "unknown", False, False),
    ("si, quizás", "unknown", False, False),
    ("bueno... no estoy segura", "unknown", False, False),  # passed before
    # A yes, then "y" and a question: the guest asks on, accepting nothing.
    ("ok y ahora que?", "unknown", False, False),
    ("ok y cuanto es la seña?", "prices", False, False),
    ("dale, y el resto cuando se paga?", "info", False, False),
    ("ahh ok, y que incluye?", "info", False, False),
    ("listo, y a qué hora entramos?", "info", False, False),
    ("si, ¿cuánto es la seña?", "prices", True, False),  # passed before: no "y", still a yes
    ("ok y listo", "unknown", True, False),  # passed before: no question
    # When the guest will act is no yes.
    ("confirmo mañana", "unknown", False, False),
    ("lo confirmamos más tarde", "unknown", False, False),  # passed before
    # None of the options offered is a no.
    ("ninguna", "unknown", False, True),
    ("ninguno", "unknown", False, True),
    ("ninguna por ahora", "unknown", False, True),
    ("ninguna de las dos, gracias", "thanks", False, True),
]


@pytest.mark.parametrize(("text", "intent", "affirm", "deny"), YES_NO)
def test_yes_no(text: str, intent: str, affirm: bool, deny: bool) -> None:
    got = parse(text, TODAY)
    assert (got.intent, got.affirm, got.deny) == (intent, affirm, deny)


# "mañana" / a weekday right after the act the guest will do is when they act, not a stay.
NOT_A_STAY: list[tuple] = [
    (TODAY, "confirmo mañana", "unknown", None, None, None),
    (TODAY, "la cancelo mañana", "cancel", None, None, None),
    (TODAY, "te pago el lunes", "info", None, None, None),
    (TODAY, "transfiero mañana la seña", "info", None, None, None),
    (TODAY, "mañana", "availability", "2026-11-27", None, None),  # passed before
]


@pytest.mark.parametrize(STAY_COLUMNS, NOT_A_STAY)
def test_not_a_stay(today, text, intent, check_in, check_out, guests) -> None:
    assert_stay(today, text, intent, check_in, check_out, guests)


# "¿qué onda esa?" asks about something named; a bare "qué onda" greets.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("que onda esa?", "unknown"),
        ("qué onda esta cabaña?", "unknown"),
        ("hola, que onda?", "greeting"),  # passed before
    ],
)
def test_que_onda(text: str, intent: str) -> None:
    assert parse(text, TODAY).intent == intent
