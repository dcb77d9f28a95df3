"""Other nights for a hold still waiting for its deposit: "¿podemos quedarnos hasta el
domingo?", "una noche más", "¿y si llegamos un día antes?", "¿la podemos correr al 16?".

The search for the new stay cannot offer the held cabin: the guest's own hold takes its
nights. So a change of *this* stay (a word for lengthening or moving it, new nights that
touch the held ones, the same party) is made on the hold itself with
`holds.change_hold_dates`, where the EXCLUDE constraint checks the nights against every
other reservation only. It is applied at once, without a yes/no: the guest asked for it,
nothing is paid yet, the reply says the new stay, total and deposit, and the link for the
new deposit (the old link was for the old amount). Nights taken by someone else: said so,
the hold stays as it was and what is free then is listed, as before.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import holds
from booking.errors import DatesUnavailable, InvalidStay
from booking.models import Reservation
from bot import replies
from bot.handlers import (
    Step,
    Turn,
    local_time,
    nights_fewer,
    payment_link,
    prepend,
    stay_moved,
    step,
    understood,
)
from bot.handlers_search import search_said
from bot.handlers_words import ANOTHER_STAY_RE
from bot.session import Context
from bot.states import State

# Lengthening, shortening, moving or correcting the stay (the words bot.handlers_extend
# reads for a paid stay, and moves): "una noche más", "dos días extra", "un día antes",
# "agregar", "extender", "quedarnos hasta el domingo", "¿la podemos correr/pasar/mover?",
# "adelantar", "llegamos", "mejor hasta el 7", "una noche menos", "nos vamos el 13". The NLU
# has already read the new stay from the held one.
_MOVE_RE = re.compile(
    r"\b(?:noches?|dias?) (?:mas|extra|adicional(?:es)?|antes|despues)\b"
    r"|\b(?:cambi|corr[ei]|pas[aeo]|mov|adelant|atras|posterg|reprogram|modific|lleg|sal[igi]"
    r"|qued|extend|alarg|estir|prolong|agreg|sum|acort|sac)\w*|\bmejor\b"
    # Shorter, or the departure said again: "una noche menos", "al final nos vamos el 13".
    r"|\b(?:noches?|dias?) menos\b|\b(?:nos vamos|irnos|nos volvemos|volvemos)\b"
    # A correction of the dates held (session 23): "me equivoqué de fechas, era del 2 al 5",
    # "perdón, me confundí", "quise decir…", "en realidad es…", "ay no, era…".
    r"|\b(?:equivoq|equivoc|confund|confundi)\w*|\bquise decir\b|\ben realidad\b"
    r"|\bera (?:del|el|desde|para)\b"
)


def _changes_this_stay(turn: Turn, held: Reservation, fresh: Context) -> bool:
    if turn.reply_id or ANOTHER_STAY_RE.search(turn.plain):
        return False
    if fresh.check_in is None or fresh.check_out is None:
        return False
    if (fresh.check_in, fresh.check_out) == (held.check_in, held.check_out):
        return False
    if turn.said.guests not in (None, held.guests) or turn.said.extra_guests:
        return False
    # New nights that touch the held ones: the same trip, longer or moved, not another one;
    # or the whole stay moved by a span said ("pasarla una semana después").
    moved = stay_moved(turn.plain)
    if moved and (fresh.check_in - held.check_in).days == moved:
        return True
    if fresh.check_in > held.check_out or fresh.check_out < held.check_in:
        return False
    return bool(_MOVE_RE.search(turn.plain))


async def hold_dates_changed(
    turn: Turn, ctx: Context, fresh: Context, held: Reservation
) -> Step | None:
    """The live hold moved to the stay just said when the message changes it; None when it
    does not (or the stay breaks a rule: the search says why, as before)."""
    if fewer := nights_fewer(turn.plain):
        # "Una noche menos (, nos vamos el 13)": off the held stay's end, whatever the NLU
        # made of "una noche" (a one-night stay ending on the day said).
        out = held.check_out - dt.timedelta(days=fewer)
        fresh = dataclasses.replace(fresh, check_in=held.check_in, check_out=out, nights=None)
    if not _changes_this_stay(turn, held, fresh):
        return None
    assert fresh.check_in is not None and fresh.check_out is not None
    try:
        moved = await holds.change_hold_dates(
            turn.pool, held.code, fresh.check_in, fresh.check_out, rules=turn.rules
        )
        turn.reservations_changed()
    except DatesUnavailable:
        taken = replies.hold_dates_taken(held, fresh.check_in, fresh.check_out)
        return prepend(await search_said(turn, fresh), taken)
    except InvalidStay:
        return None
    url, demo = await payment_link(turn.app, moved)
    until = local_time(moved.expires_at, turn.rules)
    kept = dataclasses.replace(understood(fresh), hold=moved.code, pay_url=url, guests=moved.guests)
    return step(State.AWAIT_PAYMENT, kept, replies.hold_dates_changed(moved, until, url, demo=demo))
