"""Session 21, the guest's reservations read once a turn (`Turn.active_reservations`).

Several handlers of one turn ask for the guest's live reservations: a paid guest asking
"¿se puede llevar perro?" had them read for the cabin talked about and again for the
answer. Decided: read once a turn and kept on the turn (shared by the copies
`dataclasses.replace` makes of it); a handler that places, cancels or changes one calls
`Turn.reservations_changed`, so a later call in the same turn sees the change.

The reads are counted on the real asyncpg connections (their query logger), not on our
code: the app's pool is built with a logger on each connection.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. A quiet stay for 2 holds the Lago Lácar; for 3, the Cerro Chapelco.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
from typing import Any

import pytest

from booking import holds
from booking.errors import InvalidTransition
from booking.models import BookingRules
from booking.repo import Q
from bot.handlers import Turn
from bot.handlers_cancel import on_confirm_cancel
from bot.handlers_deposit import on_await_payment
from bot.handlers_summary import confirm
from bot.messages import Inbound
from bot.nlu import parse
from bot.session import Context
from bot.states import State
from tests.conversation_support import (
    GUEST,
    Guest,
    app_logging_queries,
    hold_quiet_stay,
    paid_quiet_stay,
    summed_up,
    today,
)

_ids = itertools.count(1)


@pytest.fixture
def queries() -> list[str]:
    """Every query the app's pools send, in order (filled by the `app` below)."""
    return []


@pytest.fixture
async def app(settings: Any, db: Any, aiohttp_client: Any, monkeypatch: Any, queries: list[str]):
    """The whole app, its pools' connections each with a query logger into `queries`."""
    return await app_logging_queries(settings, db, aiohttp_client, monkeypatch, queries)


def _reads(queries: list[str]) -> int:
    return sum(1 for q in queries if q == Q["active_for_phone"])


# Questions a guest with a paid stay asks about the cabin booked: the cabin is told from
# the reservations, and the answer reads them too.
CABIN_QUESTIONS = [
    "¿se puede llevar perro?",
    "se puede llevar perro",  # no accents, no question marks
    "¿mi perro puede ir?",
    "ya reservé, ¿a qué hora es el check-in?",
    "ya reserve a q hora es el checkin",
    "¿a qué hora entramos? 🙂",
]


@pytest.mark.parametrize("text", CABIN_QUESTIONS)
async def test_a_paid_guests_question_reads_the_reservations_once(
    app: Any, db: Any, queries: list[str], text: str
) -> None:
    guest = Guest(app)
    await paid_quiet_stay(guest, db)
    queries.clear()
    answer = await guest.say(text)
    assert answer
    assert _reads(queries) == 1


# Messages from a guest with a hold or a paid stay: none reads the reservations twice.
ANY_TURN = [
    "hola! te escribo por la reserva",
    "¿cuántos días faltan?",
    "¿puedo llegar antes, tipo 11?",
    "¿hay toallas? llegamos tipo 11",
    "¿cuáles son mis reservas?",
    "no me llegó el mail de confirmación",
    "quiero cancelar",
    "¿me pasás el link de nuevo?",
    "hay toallas? y se puede ir con el perro??",
]


@pytest.mark.parametrize("paid", [False, True], ids=["held", "paid"])
async def test_no_turn_reads_the_reservations_twice(
    app: Any, db: Any, queries: list[str], paid: bool
) -> None:
    for n, text in enumerate(ANY_TURN):
        guest = Guest(app, wa_id=f"54929441{n:05d}")
        code = await (paid_quiet_stay(guest, db) if paid else hold_quiet_stay(guest))
        queries.clear()
        await guest.say(text)
        assert _reads(queries) <= 1, text
        await _free(db, code)  # the next guest holds the same stay


async def _free(db: Any, code: str) -> None:
    with contextlib.suppress(InvalidTransition):
        await holds.cancel_reservation(db, code, "test", "guest")


# ------------------------------------------------------------------ changes in the turn


def _turn(app: Any, ctx: Context, text: str | None = None, tap: str | None = None) -> Turn:
    """The turn the engine builds for a message of GUEST's (`text`, or a tap on `tap`)."""
    msg = Inbound(
        wamid=f"wamid.reads21.{next(_ids)}",
        wa_id=GUEST,
        type="interactive" if tap else "text",
        timestamp=dt.datetime.now(dt.UTC),
        profile_name="Lucía",
        text=text or "opción",
        reply_id=tap,
    )
    rules = BookingRules()
    said = parse(text or "", today())
    return Turn(app=app, msg=msg, said=said, today=today(), rules=rules, asked_before=ctx.asked)


async def test_a_hold_placed_in_the_turn_is_seen_later_in_it(app: Any) -> None:
    guest = Guest(app)
    await summed_up(guest)
    ctx = (await guest.session()).ctx
    turn = _turn(app, ctx, "confirmo")
    assert await turn.active_reservations() == []  # read before the hold
    placed = await confirm(turn, ctx)
    assert placed.state == State.AWAIT_PAYMENT
    mine = await turn.active_reservations()
    assert [r.code for r in mine] == [placed.ctx.hold]
    # and by a copy of the turn, as handlers make them
    again = dataclasses.replace(turn, said=parse("¿y el código?", today()))
    assert [r.code for r in await again.active_reservations()] == [placed.ctx.hold]


async def test_a_cancel_in_the_turn_is_seen_later_in_it(app: Any) -> None:
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    ctx = dataclasses.replace((await guest.session()).ctx, cancel=code)
    turn = _turn(app, ctx, "sí, cancelala")
    assert [r.code for r in await turn.active_reservations()] == [code]
    done = await on_confirm_cancel(turn, ctx)
    assert done.ctx.cancel == code
    assert await turn.active_reservations() == []


@pytest.mark.parametrize("text", ["al final somos 4", "ah no, somos 4", "somo 4 al final"])
async def test_a_hold_party_changed_in_the_turn_is_seen_later_in_it(app: Any, text: str) -> None:
    guest = Guest(app)
    code = await hold_quiet_stay(guest, guests=3)
    ctx = (await guest.session()).ctx
    turn = _turn(app, ctx, text)
    assert [r.guests for r in await turn.active_reservations()] == [3]
    await on_await_payment(turn, ctx)
    assert [(r.code, r.guests) for r in await turn.active_reservations()] == [(code, 4)]


@pytest.mark.parametrize("text", ["mejor una noche menos", "una noche menos porfa"])
async def test_a_hold_moved_in_the_turn_is_seen_later_in_it(app: Any, text: str) -> None:
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    ctx = (await guest.session()).ctx
    turn = _turn(app, ctx, text)
    (before,) = await turn.active_reservations()
    await on_await_payment(turn, ctx)
    (after,) = await turn.active_reservations()
    assert after.code == code
    assert (after.check_in, after.check_out) == (
        before.check_in,
        before.check_out - dt.timedelta(days=1),
    )
