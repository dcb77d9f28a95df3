"""Another cabin instead of the held one, while the hold waits for its deposit: "mejor la
otra cabaña", "prefiero otra", "¿podemos cambiar de cabaña?", "mejor la de 4".

Decided: the held stay and party are searched again (the held cabin does not show: its
own hold takes those nights) and, with a cabin named, that cabin is summed up for them
when it is free, as a cabin named with dates is. The hold is left as it is, said first
(it lapses by itself, or "cancelar reserva" drops it), because nothing is swapped on a
guess: the guest confirms the other cabin, or keeps paying this one. Before, "mejor la
otra cabaña" was read as a second cabin for a group and asked the head count the hold
already had, and "mejor la de 4" got the hold's link again. Changing their mind back
("no, mejor me quedo con la del lago", or "volver" from the list) is the hold again: the
held cabin is missing from the list because of their own hold, so it read "no está libre".
"""

from __future__ import annotations

import dataclasses

from booking.models import Reservation
from bot import replies
from bot.handlers import Step, Turn, asks, local_time, named_cabin, prepend, stay_of, understood
from bot.handlers_hold import current_hold, is_live, payment_status
from bot.handlers_search import cabin_asked_for, named_with_the_stay, search
from bot.handlers_words import BACK_RE, CABIN_MOVE_RE, SWAP_CABIN_RE
from bot.session import Context
from bot.states import State


async def other_cabin_instead(
    turn: Turn, ctx: Context, held: Reservation | None, group_rest: int | None
) -> Step | None:
    """The other cabins for the held stay, or the one named summed up (None: no such wish,
    the held cabin itself named, or a group's second cabin still to book)."""
    if turn.reply_id or held is None or not is_live(held) or group_rest:
        return None
    cabin = await cabin_asked_for(turn)
    moved = bool(CABIN_MOVE_RE.search(turn.plain))  # "¿se puede cambiar a la de 4?"
    if cabin is None and moved:
        cabin = named_cabin(turn.msg.text or "", await turn.cabins())
    if cabin is not None and cabin.id == held.accommodation_id:
        return None  # "mejor la del lago" is the hold itself
    if cabin is None and not (moved or SWAP_CABIN_RE.search(turn.plain)):
        return None
    stay = dataclasses.replace(
        understood(ctx), check_in=held.check_in, check_out=held.check_out, guests=held.guests,
        nights=None, month=None, cabin=None,
    )  # fmt: skip
    found = await search(turn, stay)
    if cabin is not None:
        found = await named_with_the_stay(turn, found, cabin)
    until = local_time(held.expires_at, turn.rules)
    return prepend(found, replies.hold_stays_while_searching(held, until))


async def own_hold_again(turn: Turn, state: State, ctx: Context) -> Step | None:
    """The hold and its link again when, looking at other cabins for the held stay, the
    guest names the held cabin (not in a question) or goes back from the list."""
    if turn.reply_id or not ctx.hold or state not in (State.CHOOSE_CABIN, State.CONFIRM_HOLD):
        return None
    back = state == State.CHOOSE_CABIN and bool(BACK_RE.match(turn.plain))
    if not back and (asks(turn) or turn.intent in ("info", "prices")):
        return None  # "¿la del lago tiene parrilla?" asks about it
    held = await current_hold(turn, ctx)
    if held is None or not is_live(held) or stay_of(ctx) != held.stay:
        return None
    if not back:
        cabin = named_cabin(turn.msg.text or "", await turn.cabins())
        if cabin is None or cabin.id != held.accommodation_id:
            return None
    ctx = dataclasses.replace(understood(ctx), cabin=None, offers=())
    return prepend(await payment_status(turn, ctx, held), replies.hold_kept(held))
