"""An extra night asked for on a paid stay: "tengo reserva para marzo, quiero agregar una
noche más", "¿podemos llegar un día antes?", "nos queremos quedar hasta el domingo".

The bot cannot change a confirmed reservation (only book and cancel), but it can say
honestly whether that cabin is free on the extra nights and what they cost, so the guest
knows before a person takes it: the owner adjusts the booking and charges the difference.
A "Hablar con alguien" button hands the chat over; nothing is held meanwhile.
"""

from __future__ import annotations

import datetime as dt
import re

from booking.availability import nights_free
from booking.models import Reservation, Status, Stay
from booking.pricing import quote_stay
from bot import replies
from bot.handlers import Step, Turn, step, understood
from bot.handlers_cancel import which_reservation
from bot.nlu import parse
from bot.session import Context
from bot.states import State

# A stay made longer: "agregar / sumar una noche", "extender la estadía un día", "una noche
# más", "dos días extra". Shortening ("una noche menos", "acortar") and moving are not it.
_LONGER_RE = re.compile(
    r"\b(?:agreg|sum|extend|alarg|estir|prolong)\w*\b"
    r"|\b(?:noches?|dias?) (?:mas|extra|adicional(?:es)?)\b"
)
# The extra night before the arrival: "llegar un día antes", "una noche antes".
_EARLIER_RE = re.compile(r"\b(?:noches?|dias?) antes\b")
# Leaving before the booked day, not arriving before it: "nos vamos a tener que ir un día
# antes", "salimos una noche antes", "volvernos dos días antes" (a shorter stay).
LEAVE_EARLIER_RE = re.compile(
    r"\b(?:irnos|irme|nos vamos|me voy|nos iriamos|salir|salimos|saldriamos|volvernos|volver"
    r"|volvemos|nos volvemos|dejar la cabana|dejamos la cabana|entregar la cabana)\b"
    r"(?: \w+){0,4}? (?:una|un|\d+|dos|tres) (?:noches?|dias?) antes\b"
)
_NOT_LONGER_RE = re.compile(r"\b(?:menos|acort\w*|despues|personas?|huespedes?)\b")
_NIGHT_WORD_RE = re.compile(r"\b(?:noches?|dias?)\b")
# Staying on to a later day: "nos queremos quedar hasta el domingo", "¿podemos quedarnos
# hasta el 7?", "extenderla hasta el lunes" (with only a departure said).
_STAY_ON_RE = re.compile(
    r"\bqued(?:ar|arnos|arme|arse|amos|o)\b|\b(?:extend|alarg|estir|prolong)\w*\b"
)
# Leaving on a later day, told (session 24): "nos vamos el domingo en vez del sábado",
# "¿podemos irnos el domingo?", "al final nos volvemos el lunes" (not the trip there: "nos
# vamos el viernes para allá", "viajamos el lunes").
_LEAVE_ON_RE = re.compile(
    r"\b(?:nos vamos|nos iriamos|irnos|nos vayamos|nos volvemos|volvernos|nos volveriamos"
    r"|dejamos la cabana|dejar la cabana|entregamos la cabana|entregar la cabana)\b"
)
_TRIP_THERE_RE = re.compile(
    r"\b(?:para alla|para ahi|para la cabana|a la cabana|hacia alla|de viaje|viajamos"
    r"|salimos de|desde)\b"
)


def _extra_asked(turn: Turn) -> tuple[int, bool] | None:
    """(nights, before the arrival) when the message asks to lengthen a stay by a count of
    nights it says ("una noche más": 1); None otherwise (no count is guessed)."""
    text, said = turn.plain, turn.said
    if turn.reply_id or said.check_in or said.check_out or said.guests or said.extra_guests:
        return None
    if not _NIGHT_WORD_RE.search(text) or _NOT_LONGER_RE.search(text):
        return None
    if LEAVE_EARLIER_RE.search(text) and not _TRIP_THERE_RE.search(text):
        return None  # "nos vamos a tener que ir un día antes": a night less
    earlier = bool(_EARLIER_RE.search(text))
    if not (earlier or _LONGER_RE.search(text)):
        return None
    return max(said.nights or 1, 1), earlier


def _staying_on(turn: Turn) -> bool:
    """Only a departure, with a word for staying on or for leaving: perhaps a paid stay made
    longer. "Podemos irnos el domingo" reads its one day as an arrival: taken all the same."""
    said, words = turn.said, turn.plain
    if turn.reply_id or said.nights or (said.check_in and said.check_out):
        return False
    if said.guests or said.extra_guests or _NOT_LONGER_RE.search(words):
        return False
    leaving = bool(_LEAVE_ON_RE.search(words)) and not _TRIP_THERE_RE.search(words)
    if said.check_in:
        return leaving
    return said.check_out is not None and (leaving or bool(_STAY_ON_RE.search(words)))


def _later_departure(turn: Turn, res: Reservation) -> dt.date | None:
    """The departure said, read from the stay's departure ("el domingo" is the one after
    it, not the next one from today), when it is after the stay's and not far after."""
    out = _told_departure(turn, res)
    latest = res.check_in + dt.timedelta(days=turn.rules.max_stay_nights)
    return out if out is not None and res.check_out < out <= latest else None


def _told_departure(turn: Turn, res: Reservation) -> dt.date | None:
    """The one day the message says, read from the stay's departure."""
    again = parse(turn.msg.text or "", res.check_out)
    return again.check_out or again.check_in


def _which(turn: Turn, confirmed: list[Reservation]) -> Reservation | None:
    """The stay the extra night is for: the only one, the one in the month said, or the
    one the guest names ("en la de Chapelco", "la primera"); None when it is not clear
    which of several (guessing the soonest quoted the wrong stay)."""
    if len(confirmed) == 1:
        return confirmed[0]
    month = turn.said.month
    named = [r for r in confirmed if month and r.check_in.month == month]
    return named[0] if len(named) == 1 else which_reservation(turn, confirmed)


async def extra_nights(turn: Turn, ctx: Context) -> Step | None:
    """Whether the cabin of the guest's paid stay is free on the nights asked for, what they
    cost and that a person adjusts the booking (a button to one); None when the message asks
    for no extra night or the guest has no confirmed stay (a person takes it as before)."""
    asked = _extra_asked(turn)
    if asked is None and not _staying_on(turn):
        return None
    mine = await turn.active_reservations()
    confirmed = [r for r in mine if r.status == Status.CONFIRMED]
    if not confirmed:
        return None
    hello = [replies.hello(ctx.name)] if turn.said.greeted else []
    if (res := _which(turn, confirmed)) is None:
        if asked is None:
            return None  # "hasta el domingo" with two stays: a departure of neither, maybe
        # Two paid stays and no word of which: both named, and a person to sort it out.
        return step(State.IDLE, understood(ctx), hello, replies.change_needs_a_person(confirmed))
    if asked is None:
        # "Nos queremos quedar hasta el domingo": the nights from the stay's departure.
        if _told_departure(turn, res) == res.check_out:
            # "¿Podemos quedarnos hasta el lunes?" when it ends that Monday: so it is.
            cabin = await turn.cabin_of(res)
            if cabin is not None:
                kept = replies.departure_as_booked(res, cabin)
                return step(State.IDLE, understood(ctx), hello, kept)
        if (out := _later_departure(turn, res)) is None:
            return None  # a day within the stay, or far after it: not an extra night
        extra = Stay(res.check_out, out)
        longer = Stay(res.check_in, out)
    elif asked[1]:
        count = asked[0]
        extra = Stay(res.check_in - dt.timedelta(days=count), res.check_in)
        longer = Stay(extra.check_in, res.check_out)
    else:
        count = asked[0]
        extra = Stay(res.check_out, res.check_out + dt.timedelta(days=count))
        longer = Stay(res.check_in, extra.check_out)
    cabin = await turn.cabin_of(res)
    if cabin is None or extra.check_in < turn.today:
        return None
    if not await nights_free(turn.pool, cabin, extra):
        return step(State.IDLE, understood(ctx), hello, replies.extra_night_taken(res, extra))
    cost = quote_stay(cabin, extra, turn.rules.deposit_percent).total_cents
    free = replies.extra_night_free(res, extra, longer, cost)
    return step(State.IDLE, understood(ctx), hello, free)
