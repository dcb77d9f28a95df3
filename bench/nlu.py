"""Understanding benchmarks: how long `bot.nlu.parse` takes per message.

Every guest message goes through `parse` on the event loop, so its worst case is
the worst pause a message can put on every other guest. Three sets, each run
through `parse_fresh` (`parse` without its cache of short messages) one message at a time:
- typical: short guest messages like the NLU tables' (p50, p99; the docstring of
  bot/nlu.py promises well under a millisecond);
- long: seeded word salad up to WhatsApp's 4,096 characters (tests/test_nlu_robust.py);
- worst: the hand-made worst cases for the patterns (long digit runs, one word
  repeated ~1,000 times), the slowest of them.
No servers needed. `python -m bench nlu`.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date
from typing import Any

from bot.nlu import parse_fresh as parse  # never the cache of short messages
from tests.test_nlu_robust import PATHOLOGICAL, word_salad

TODAY = date(2026, 11, 27)
TYPICAL = (
    "hola! tienen lugar del 15 al 18 de diciembre para 4?",
    "buenas, cuanto sale la cabaña x 2 noches el finde q viene? somos 2 adultos y 1 nene",
    "se aceptan mascotas? tenemos un perrito chiquito 🐶",
    "quiero reservar la de 6 desde el 2/1 por una semana",
    "dale, confirmo",
    "no, mejor para el 20",
    "hablar con una persona",
    "cancelar mi reserva",
    "a que hora es el check in?",
    "gracias!! nos vemos en enero 🙌",
    "llegamos el viernes 9 a la noche y nos vamos el domingo 11, somos 3",
    "hay disponibilidad en setiembre para 2 parejas?",
    "la 2",
    "tienen wifi y estacionamiento?",
    "ok ahí te pago la seña",
)
TYPICAL_ROUNDS = 400
LONG_MESSAGES = 300


def _timed(texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        started = time.perf_counter()
        parse(text, TODAY)
        times.append(time.perf_counter() - started)
    return times


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


async def run() -> list[dict[str, Any]]:
    _timed(list(TYPICAL) * 5)  # warm the regex caches
    typical = sorted(_timed(list(TYPICAL) * TYPICAL_ROUNDS))
    rng = random.Random(2026)
    long_texts = [word_salad(rng) for _ in range(LONG_MESSAGES)]
    long = sorted(_timed(long_texts))
    worst = max(min(_timed([text] * 3)) for text in PATHOLOGICAL)  # best of 3: no noise
    return [
        {"name": "typical message: p50", "value": _ms(statistics.median(typical)),
         "unit": "ms", "target": None},
        {"name": "typical message: p99", "value": _ms(typical[int(len(typical) * 0.99)]),
         "unit": "ms", "target": "< 1"},
        {"name": "word salad up to 4,096 chars: p50", "value": _ms(statistics.median(long)),
         "unit": "ms", "target": None},
        {"name": "word salad up to 4,096 chars: max", "value": _ms(long[-1]),
         "unit": "ms", "target": None},
        {"name": "worst hand-made case (4,096 chars)", "value": _ms(worst),
         "unit": "ms", "target": None},
    ]  # fmt: skip


if __name__ == "__main__":
    import asyncio

    from bench.http_baseline import print_table

    print_table(asyncio.run(run()))
