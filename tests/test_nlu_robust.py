"""The NLU on whatever a guest may paste: never an exception, always a well-formed answer.

A seeded stream of word salad (booking words, numbers, dates, emojis, punctuation, digit
runs, glued tokens) up to WhatsApp's 4,096 characters, plus a few hand-made worst cases
for the regexes (long digit runs, one word repeated). How long these take is measured by
`python -m bench nlu`, not asserted here.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from bot.nlu import INTENTS, Understanding, parse

TODAYS = (date(2026, 11, 27), date(2027, 12, 31), date(2028, 2, 29))
WHATSAPP_MAX_CHARS = 4096

WORDS = (
    "hola que tal buenas tienen lugar hay disponibilidad del al para somos x noches noche semana"
    " finde dic enero setiembre 15 18 1/2 12/12/2026 31/12 29/2 el la los de y o no si sí dale ok"
    " reservar reserva cancelar cancelala cuanto sale precio wifi mascotas perro 😀 👍 ❤️ 🙏 ¿ ? !"
    " . , ; : mañana pasado lunes sabado domingo desde hasta entrada salida llegamos nos vamos"
    " adultos niños bebe 0 2 3 4 10 100 2026 2027 hs 14:00 a las 1000 $ 50.000 mil dos tres"
    " quince veinte primero 1ro 2da quiero hablar persona ayuda menu gracias chau seña pago"
    " transferencia link codigo CAB-1234 aaaaaaa jajaja ??? !!! ... ----- ///// 1-2-3-4-5 15/"
    " /18 del15al18 x4 4p 2944556677 +54 9 294 455-6677 mes meses año quincena"
).split()

PATHOLOGICAL = (
    "1" * WHATSAPP_MAX_CHARS,
    "no " * 1365,
    "del " * 1024,
    "15/" * 1365,
    "😀" * WHATSAPP_MAX_CHARS,
    " ".join(["del 15 al 18 para 4"] * 200),
    "?" * WHATSAPP_MAX_CHARS,
    "para " * 819,
    "1 " * 2048,
    "1ro " * 1024,
    "somos 4 y " * 409,
    "\n" * 100 + "hola",
    "",
    "   ",
)


def word_salad(rng: random.Random) -> str:
    length = rng.choice((1, 2, 3, 5, 8, 13, 30, 80, 300, 700))
    words = [rng.choice(WORDS) for _ in range(length)]
    text = ("" if rng.random() < 0.15 else " ").join(words)
    if rng.random() < 0.2:
        text = text.upper()
    return text[:WHATSAPP_MAX_CHARS]


def assert_well_formed(found: Understanding) -> None:
    assert found.intent in INTENTS
    if found.check_in and found.check_out:
        assert found.check_out > found.check_in
        if found.nights is not None:
            assert found.nights == (found.check_out - found.check_in).days
    assert found.nights is None or found.nights >= 1
    assert found.guests is None or found.guests >= 1
    assert found.month is None or 1 <= found.month <= 12
    assert found.choice is None or found.choice >= 1
    assert not (found.affirm and found.deny)
    assert found.topic is None or found.topic == found.topics[0]


@pytest.mark.parametrize("seed", range(30))
def test_word_salad_is_always_understood_somehow(seed):
    rng = random.Random(seed)
    today = TODAYS[seed % len(TODAYS)]
    for _ in range(50):
        text = word_salad(rng)
        try:
            found = parse(text, today)
        except Exception as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"parse raised {exc!r} on {text[:200]!r}")
        assert_well_formed(found)


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:12]))
def test_worst_cases_for_the_patterns_are_understood(text):
    for today in TODAYS:
        assert_well_formed(parse(text, today))
