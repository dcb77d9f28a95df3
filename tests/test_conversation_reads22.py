"""Session 22: the cabins read once a turn (`Turn.cabins`).

A new guest's "hola" read the catalog twice (is a cabin named? is it a question about
one?), and a turn further on up to four times (the list, the pick, the summary, a
question about the cabin), each a round trip to PostgreSQL. Decided: read once a
turn and kept on the turn, like the guest's reservations (session 21). Not kept any
longer than the turn: an owner's change of price or of a cabin's details is seen by
the guest's next message, on every instance, with nothing to invalidate.

The reads are counted on the real asyncpg connections (their query logger).

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from booking.catalog import Q as CATALOG_Q
from bot import replies
from tests.conversation_support import Guest, app_logging_queries, ddmm, quiet_stay, rows, text_of


@pytest.fixture
def queries() -> list[str]:
    """Every query the app's pools send, in order (filled by the `app` below)."""
    return []


@pytest.fixture
async def app(settings: Any, db: Any, aiohttp_client: Any, monkeypatch: Any, queries: list[str]):
    """The whole app, its pools' connections each with a query logger into `queries`."""
    return await app_logging_queries(settings, db, aiohttp_client, monkeypatch, queries)


def _catalog_reads(queries: list[str]) -> int:
    return sum(1 for q in queries if q == CATALOG_Q["cabins"])


async def _say(guest: Guest, queries: list[str], text: str) -> list[Any]:
    queries.clear()
    answer = await guest.say(text)
    assert answer, text
    assert _catalog_reads(queries) <= 1, text
    return answer


FIRST_WORDS = [
    "hola",
    "holaa buen dia!",
    "buenas, ¿tienen cabañas para 4?",
    "¿cuánto sale la noche?",
    "¿aceptan mascotas? 🐶",
    "¿tienen wifi?",
    "¿dónde quedan?",
    "la del lago tiene parrilla?",
    "¿cuánto sale la cabaña más grande?",
]


@pytest.mark.parametrize("text", FIRST_WORDS)
async def test_a_first_message_reads_the_cabins_once(
    app: Any, queries: list[str], text: str
) -> None:
    await _say(Guest(app), queries, text)


async def test_a_whole_booking_reads_the_cabins_once_a_turn(app: Any, queries: list[str]) -> None:
    guest = Guest(app)
    start, end = quiet_stay()
    await _say(guest, queries, "hola!")
    offer = await _say(guest, queries, f"tienen lugar del {ddmm(start)} al {ddmm(end)} para 2?")
    await _say(guest, queries, "¿la del lago tiene wifi?")
    queries.clear()
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert _catalog_reads(queries) <= 1
    await _say(guest, queries, "¿se puede llevar perro?")
    queries.clear()
    await guest.tap(replies.HOLD_CONFIRM, "Confirmar")
    assert _catalog_reads(queries) <= 1
    await _say(guest, queries, "¿a qué hora es el check-in?")
    await _say(guest, queries, "¿cómo llego?")


async def test_a_price_changed_between_turns_is_seen_by_the_next(
    app: Any, db: Any, queries: list[str]
) -> None:
    """Kept for the turn only: the owner's new price reaches the next message."""
    guest = Guest(app)
    start, end = quiet_stay()
    asked = f"¿cuánto sale la del lago del {ddmm(start)} al {ddmm(end)} para 2?"
    before = text_of(await _say(guest, queries, asked))
    async with db.acquire() as conn:
        await conn.execute(
            "UPDATE accommodations SET base_price_cents = 9_876_500 WHERE name ILIKE '%lago%'"
        )
    after = text_of(await _say(Guest(app, wa_id="5492944999001"), queries, asked))
    total = "296.295"  # 3 nights at $ 98.765 (quiet_stay: outside the seasons, weekdays)
    assert total not in before
    assert re.search(rf"Lago Lácar\*?: \$ {re.escape(total)}", after), after
