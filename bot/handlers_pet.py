"""News for the owner from a guest who has a booking: a pet ("vamos con el perro",
"llevamos a la gata"), or a CUIT for the invoice once the stay is paid.

The house rules may ask for notice beforehand ("con aviso previo"): the guest giving it is
heard, the owner gets it as a notice with the reservation, and the guest is told so. Said
back the rule alone, as before, the notice went nowhere and the rule read as not heard.
A question ("¿podemos llevar al perro?") still gets the rule (bot/handlers_info.py), and
mid-booking a pet is part of the stay being asked for, not a notice.
"""

from __future__ import annotations

import re

from appkeys import NOTIFIER
from booking.models import Reservation, Status
from bot import replies
from bot.handlers import Step, Turn, asks, step, understood
from bot.handlers_hold import is_live
from bot.handlers_words import PET_RE
from bot.invoice import said_tax_id
from bot.session import Context
from bot.states import State

# On plain text: a pet (`PET_RE`), someone going with it, and no question asked in words.
_GOING_RE = re.compile(
    r"\b(?:vamos|voy|vamos a ir|llevamos|llevo|traemos|traigo|viene|vienen|va a ir)\b"
)
_ASKING_RE = re.compile(
    r"\b(?:se puede|podemos|puedo|podriamos|aceptan|admiten|permiten|dejan|hay problema"
    r"|es posible|esta permitido)\b"
)


async def pet_told(turn: Turn, ctx: Context, state: State) -> Step | None:
    """The owner told of the pet, and the guest told so; None when the message is no such
    news or the guest has no single live or paid booking to tie it to."""
    if turn.reply_id or state not in (State.IDLE, State.AWAIT_PAYMENT) or asks(turn):
        return None
    words = turn.plain
    if not (PET_RE.search(words) and _GOING_RE.search(words)) or _ASKING_RE.search(words):
        return None
    if (res := await _the_booking(turn, ctx)) is None:
        return None
    notice = f"🐶 Avisa que van con mascota: «{(turn.msg.text or '').strip()}»"
    # Keyed by the message: a retried webhook tells once, a second pet told is told too.
    key = f"pet:{res.code}:{turn.msg.wamid}"
    await turn.app[NOTIFIER].emit("owner_notice", text=notice, reservation=res, key=key)
    nudge = [replies.nudge("payment")] if state == State.AWAIT_PAYMENT else []
    return step(state, understood(ctx), replies.pet_noted(res), *nudge)


async def tax_id_told(turn: Turn, ctx: Context, state: State) -> Step | None:
    """ "Mi cuit es 20-12345678-6" once the stay is paid (the hold's own notes were written
    when it was placed; while it waits, bot.handlers_deposit notes it): the owner, who makes
    the invoice, gets it with the reservation. Before, "no te entendí" and the menu."""
    if turn.reply_id or state != State.IDLE or (tax_id := said_tax_id(turn.msg.text)) is None:
        return None
    if (res := await _the_booking(turn, ctx)) is None:
        return None
    notice = f"CUIT para la factura: {tax_id}"
    key = f"cuit:{res.code}:{tax_id}"  # a retried webhook tells once
    await turn.app[NOTIFIER].emit("owner_notice", text=notice, reservation=res, key=key)
    return step(state, understood(ctx), replies.tax_id_noted(tax_id))


async def _the_booking(turn: Turn, ctx: Context) -> Reservation | None:
    """The guest's live or paid booking the news is about: the chat's hold, or the only one."""
    mine = await turn.active_reservations()
    live = [r for r in mine if r.status == Status.CONFIRMED or is_live(r)]
    return next((r for r in live if r.code == ctx.hold), live[0] if len(live) == 1 else None)
