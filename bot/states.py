"""The conversation machine in one table: state → handler → states it may lead to.

State values are stored in Redis with every conversation, so they never
change once shipped (rename the member, never the value). `bot/conversation.md`
draws this same table as a Mermaid diagram; a test keeps the two identical.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.handlers import Step, Turn
    from bot.session import Context


class State(StrEnum):
    IDLE = "idle"  # no flow open: greeting, menu, questions
    ASK_DATES = "ask_dates"  # waiting for arrival and/or departure
    ASK_GUESTS = "ask_guests"  # dates known, waiting for how many people
    CHOOSE_CABIN = "choose_cabin"  # a list of free cabins (or alternatives) was sent
    CONFIRM_HOLD = "confirm_hold"  # the summary with Confirmar / Cambiar fechas / Cancelar
    AWAIT_PAYMENT = "await_payment"  # a hold is placed and the deposit link sent
    CHOOSE_CANCEL = "choose_cancel"  # the guest's active reservations were listed
    CONFIRM_CANCEL = "confirm_cancel"  # "¿seguro?" buttons for one reservation
    HANDOFF = "handoff"  # a person took over; the bot is silent until it ends


Handler = Callable[["Turn", "Context"], Awaitable["Step"]]


@dataclass(frozen=True)
class Route:
    handler: Handler
    goes_to: frozenset[State]


S = State
# Where the booking search can land: it asks for what is missing or lists cabins.
_SEARCH = frozenset({S.ASK_DATES, S.ASK_GUESTS, S.CHOOSE_CABIN})

# "menu", "ayuda", "cancelar", "hablar con una persona", menu taps, media and
# locations are handled before the state's own handler, from every state.
# They either keep the state (every state has a self-loop) or go here.
# "Reservar de nuevo" on an expiry notice: the lapsed hold's summary again (or, when
# the guest held or paid it again since, its link or its confirmation).
GLOBAL_GOES_TO = (
    frozenset(
        {S.IDLE, S.CHOOSE_CANCEL, S.CONFIRM_CANCEL, S.HANDOFF, S.CONFIRM_HOLD, S.AWAIT_PAYMENT}
    )
    | _SEARCH
)


@functools.cache
def table() -> Mapping[State, Route]:
    """The machine. Built on first use because the handlers import `State` from here."""
    from bot import handlers_ask as ask
    from bot import handlers_cancel as cancel
    from bot import handlers_deposit as deposit
    from bot import handlers_global as common
    from bot import handlers_list as listing
    from bot import handlers_summary as summary

    return MappingProxyType(
        {
            # Old messages tapped from idle: a row or "Confirmar" shows a summary again,
            # "Cancelar" on the summary of a live hold asks "¿seguro?".
            S.IDLE: Route(
                common.on_idle,
                _SEARCH | {S.IDLE, S.CONFIRM_HOLD, S.AWAIT_PAYMENT, S.CONFIRM_CANCEL},
            ),
            # A cabin named earlier ("la de 4 del 16 al 19"): its summary once the stay is known.
            S.ASK_DATES: Route(ask.on_ask_dates, _SEARCH | {S.IDLE, S.CONFIRM_HOLD}),
            S.ASK_GUESTS: Route(ask.on_ask_guests, _SEARCH | {S.IDLE, S.CONFIRM_HOLD}),
            S.CHOOSE_CABIN: Route(listing.on_choose_cabin, _SEARCH | {S.CONFIRM_HOLD, S.IDLE}),
            S.CONFIRM_HOLD: Route(
                summary.on_confirm_hold, _SEARCH | {S.CONFIRM_HOLD, S.AWAIT_PAYMENT, S.IDLE}
            ),
            S.AWAIT_PAYMENT: Route(
                deposit.on_await_payment,
                _SEARCH | {S.AWAIT_PAYMENT, S.CONFIRM_HOLD, S.CONFIRM_CANCEL, S.IDLE},
            ),
            S.CHOOSE_CANCEL: Route(
                cancel.on_choose_cancel, _SEARCH | {S.CHOOSE_CANCEL, S.CONFIRM_CANCEL, S.IDLE}
            ),
            # Kept ("No, mantener") while its deposit is still due: back to paying it.
            S.CONFIRM_CANCEL: Route(
                cancel.on_confirm_cancel, frozenset({S.CONFIRM_CANCEL, S.IDLE, S.AWAIT_PAYMENT})
            ),
            # Only reached once the handoff is over: the guest is greeted back and
            # the message is handled as from `idle`.
            S.HANDOFF: Route(
                common.on_handoff_over, _SEARCH | {S.IDLE, S.AWAIT_PAYMENT, S.CONFIRM_HOLD}
            ),
        }
    )


def allowed(current: State, following: State) -> bool:
    return following in table()[current].goes_to or following in GLOBAL_GOES_TO
