"""Another cabin instead of the held one, while the hold waits for its deposit: "mejor la
otra cabaña", "prefiero otra", "¿podemos cambiar de cabaña?", "mejor la de 4".

Decided: the held stay and party are searched again (the held cabin does not show: its
own hold takes those nights) and, with a cabin named, that cabin is summed up for them
when it is free, as a cabin named with dates is. The hold is left as it is, said first
(it lapses by itself, or "cancelar reserva" drops it), because nothing is swapped on a
guess: the guest confirms the other cabin, or keeps paying this one. Before, "mejor la
otra cabaña" was read as a second cabin for a group and asked the head count the hold
already had, and "mejor la de 4" got the hold's link again.
"""

from __future__ import annotations

import dataclasses
import re

from booking.models import Reservation
from bot import replies
from bot.handlers import Step, Turn, local_time, prepend, understood
from bot.handlers_hold import is_live
from bot.handlers_search import cabin_asked_for, named_with_the_stay, search
from bot.session import Context

# "mejor la otra", "prefiero otra cabaña", "cambiamos de cabaña", "otra en vez de esta";
# not "mejor otra fecha" (other dates) nor "la otra para los otros 4" (a group's second).
_SWAP_RE = re.compile(
    r"\b(?:mejor|prefiero|preferimos|prefeririamos|preferiria)\b(?: \w+){0,3}? "
    r"(?:la |una )?otra(?! (?:fecha|semana|vez|dia|noche|finde|persona|para|pa)\b)"
    r"|\bcambi\w* (?:de|la) cabana\b|\bcambi\w* (?:a|por) (?:la|una) otra\b"
    r"|\botra (?:cabana )?en (?:vez|lugar) de\b"
)


async def other_cabin_instead(
    turn: Turn, ctx: Context, held: Reservation | None, group_rest: int | None
) -> Step | None:
    """The other cabins for the held stay, or the one named summed up (None: no such wish,
    the held cabin itself named, or a group's second cabin still to book)."""
    if turn.reply_id or held is None or not is_live(held) or group_rest:
        return None
    cabin = await cabin_asked_for(turn)
    if cabin is not None and cabin.id == held.accommodation_id:
        return None  # "mejor la del lago" is the hold itself
    if cabin is None and not _SWAP_RE.search(turn.plain):
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
