"""A guest on the way: "estamos llegando en una hora", "llegamos en 20 min", "ya estamos en
camino". Answered from their confirmed booking: welcomed with the check-in hour on the day
it starts (an arrival before that hour is an early arrival, which the owner confirms), the
booked day named when it is another, and a person offered when no booking is found.

The arrival day told by a guest with a paid stay (session 23): "llegamos mañana tipo 15hs",
"mi reserva es para mañana, ¿no?" on the booked day is that booking confirmed with the
check-in hour (what else the message asks answered too), never a new search from that
day; another day ("llegamos mañana en vez de hoy") names the booked days and offers a
person, as moving a paid stay is theirs to do.

And on the way out: "nos vamos mañana temprano" from a guest staying, on the stay's last
day, is their departure told (the check-out hour), never a new search from that day.
"""

from __future__ import annotations

import datetime as dt
import re

from booking.models import Reservation, Status
from bot import replies
from bot.arrival import said_hour
from bot.handlers import Step, Turn, step, understood
from bot.session import Context
from bot.states import State

_SOON = (
    r"(?:un rato|un ratito|un toque|una hora|media hora|hora y media|un par de horas"
    r"|(?:\d{1,3}|cinco|diez|quince|veinte|treinta|cuarenta|dos|tres) ?(?:min|mins|minutos"
    r"|minutitos|hs|h|horas?))"
)
# On the way, told: "estamos llegando (en una hora)", "ya estamos en camino", "llegamos en
# 20 min", "en media hora estamos ahí", "ya salimos", "estamos x llegar". Not a plan ("el
# sábado llegamos a las 16", an arrival hour, is `early_or_late`'s).
ON_THE_ROAD_RE = re.compile(
    r"\b(?:estamos|estoy|ya estamos|ya estoy|vamos|voy|ya vamos|ya voy) (?:llegando|en camino"
    r"|por llegar|x llegar|yendo|viajando|en viaje|en la ruta|saliendo|cerca)\b"
    rf"|\b(?:llegamos|llego|estamos ahi|estamos alla|estamos|llegariamos) en {_SOON}\b"
    rf"|\ben {_SOON} (?:llegamos|estamos|llego|estoy)\b"
    r"|\b(?:ya salimos|salimos recien|recien salimos|acabamos de salir|salimos ahora"
    r"|ya arrancamos|ya estamos yendo)\b"
)
# Leaving, told: "nos vamos mañana", "salimos el domingo temprano", "mañana nos volvemos".
_LEAVING_RE = re.compile(
    r"\b(?:nos vamos|me voy|salimos|nos retiramos|nos volvemos|volvemos|partimos|nos iriamos"
    r"|dejamos la cabana|entregamos la cabana)\b"
)
# An arrival told, or the booking's day asked: "llegamos mañana", "llegariamos el lunes",
# "mi reserva es para mañana, ¿no?", "¿la ubicación para mañana?" (the day of the visit).
_ARRIVING_RE = re.compile(
    r"\b(?:llegamos|llego|llegariamos|llegaremos|llegaria|entramos|ingresamos|caemos|vamos a"
    r" llegar|estamos llegando|estaremos llegando|estariamos llegando|mi reserva es|la reserva"
    r" es|reservamos para|reserve para|nuestra reserva es)\b"
    r"|\b(?:ubicacion|direccion) para\b"
    # "mañana viajamos", "viajo el viernes", "salimos para allá el 5": the trip is the arrival
    r"|\b(?:viajamos|viajo|viajaremos|vamos a viajar|estamos viajando|venimos|vengo"
    r"|(?:estamos|estaremos|estoy|estare) (?:por )?(?:ahi|alla)"
    r"|(?:salimos|arrancamos|vamos|partimos) (?:para|pa) (?:alla|san martin|la cabana))\b"
)
# ... but a stay asked for ("llegamos el 10, ¿tienen lugar?", "¿cuánto sale si llegamos…?").
_NEW_STAY_RE = re.compile(
    r"\b(?:lugar|disponib\w*|libre|libres|otra|otro|cuanto|precio|reservar|tienen|hay)\b"
)
# A stay asked for all the same: "nos vamos el 5, ¿tienen lugar para volver en marzo?".
_STAY_ASKED_RE = re.compile(r"\b(?:reserv\w*|lugar|disponib\w*|libre|otra|cuanto|precio)\b")
_MINUTES_RE = re.compile(
    r"\b(\d{1,3}|cinco|diez|quince|veinte|treinta|cuarenta) ?(?:min|mins|minutos|minutitos)\b"
    r"|\b(\d|una|dos|tres|media|hora y media)(?: ?(?:hs|h|horas?)\b| hora\b)"
)
_WORDS = {"cinco": 5, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40}
_HOURS = {"una": 60, "dos": 120, "tres": 180, "media": 30, "hora y media": 90}


def minutes_away(words: str) -> int | None:
    """How long until they arrive, when the message says ("en 20 min", "en una hora")."""
    if "media hora" in words:
        return 30
    if "hora y media" in words:
        return 90
    if (found := _MINUTES_RE.search(words)) is None:
        return None
    if found[1]:
        return int(found[1]) if found[1].isdigit() else _WORDS[found[1]]
    return int(found[2]) * 60 if found[2].isdigit() else _HOURS[found[2]]


async def on_the_road(turn: Turn, ctx: Context) -> Step | None:
    """A step when the guest says they are on the way, else None."""
    said = turn.said
    if turn.reply_id or said.check_in or said.guests or said.month:
        return None
    if turn.intent in ("availability", "book", "prices") or not ON_THE_ROAD_RE.search(turn.plain):
        return None  # "estamos viajando, ¿tienen lugar para hoy?": a stay asked for
    if minutes_away(turn.plain) is None and said_hour(turn.plain) is not None:
        return None  # "en camino, llegamos 16hs": the hour weighed by `early_or_late`
    mine = [r for r in await turn.active_reservations() if r.status == Status.CONFIRMED]
    if not mine:
        return step(State.IDLE, understood(ctx), replies.on_the_road_unbooked())
    res = min(mine, key=lambda r: (abs((r.check_in - turn.today).days), r.check_in))
    if not res.check_in <= turn.today < res.check_out:
        return step(State.IDLE, understood(ctx), replies.on_the_road_another_day(res))
    cabin = await turn.cabin_of(res)
    if cabin is None or res.check_in < turn.today:
        return step(State.IDLE, understood(ctx), replies.on_the_road_staying(res))
    eta = None
    if (minutes := minutes_away(turn.plain)) is not None:
        now = dt.datetime.now(turn.rules.tz)
        arrival = now + dt.timedelta(minutes=minutes)
        eta = arrival.time() if arrival.date() == now.date() else None
    early = eta is not None and eta < cabin.check_in_time
    return step(State.IDLE, understood(ctx), replies.on_the_road(res, cabin, eta, early=early))


async def leaving_told(turn: Turn, ctx: Context) -> Step | None:
    """A step when a guest staying says they leave on their stay's last day, else None."""
    said, words = turn.said, turn.plain
    day = said.check_out or said.check_in
    if turn.reply_id or day is None or (said.check_in and said.check_out) or said.guests:
        return None
    if said.nights or not _LEAVING_RE.search(words) or _STAY_ASKED_RE.search(words):
        return None
    mine = [r for r in await turn.active_reservations() if r.status == Status.CONFIRMED]
    res = next((r for r in mine if r.check_in <= turn.today < r.check_out == day), None)
    if res is None:
        return None
    cabin = await turn.cabin_of(res)
    if cabin is None:
        return None
    return step(State.IDLE, understood(ctx), replies.leaving_noted(res, cabin, ctx.name))


async def arrival_told(turn: Turn, ctx: Context) -> tuple[Reservation, bool] | None:
    """(the confirmed booking, whether the day told is its arrival) when a guest with a paid
    stay to come tells or asks their arrival day, else None."""
    said, words = turn.said, turn.plain
    if turn.reply_id or said.check_in is None or said.check_out or said.nights or said.guests:
        return None
    if not _ARRIVING_RE.search(words) or _NEW_STAY_RE.search(words):
        return None
    mine = [
        r
        for r in await turn.active_reservations()
        if r.status == Status.CONFIRMED and r.check_out > turn.today
    ]
    if not mine:
        return None
    res = min(mine, key=lambda r: (abs((r.check_in - said.check_in).days), r.check_in))
    if abs((res.check_in - said.check_in).days) > 7:
        return None  # "llegamos el 10 de marzo": far from it, another stay
    return res, res.check_in == said.check_in
