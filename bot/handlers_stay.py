"""A guest with a paid stay at the door or on the last stretch (session 24): lost on the
way ("no encontramos la cabaña", "estamos perdidos") gets the directions from the cabin's
data and a person one tap away; arrived ("ya llegamos", "estamos en la puerta") is
welcomed on the arrival day with what they need, told the booked days before it, and
nodded at during the stay.

And two questions no cabin's data may hold, from anyone: local tips ("¿dónde podemos
comer?", "¿qué nos recomendás hacer el sábado?", never a date to search) and the cabins'
Instagram or web page (never the photos answer). An owner's own line answers them when the
house rules have one ("tips", "social" / "web").
"""

from __future__ import annotations

import datetime as dt
import re

from booking.models import Reservation, Status
from bot import replies
from bot.arrival import said_hour
from bot.handlers import Step, Turn, asks, step, understood
from bot.session import Context
from bot.states import State

_PLACE = (
    r"(?:cabana|cabanas|casa|entrada|cartel|carteles|lugar|direccion|camino|tranquera|porton"
    r"|numero|acceso|complejo|calle|ingreso|bajada|desvio)"
)
# Lost on the way: "no encontramos la cabaña", "no vemos el cartel", "no la encontramos",
# "estamos perdidos", "nos perdimos", "estamos dando vueltas" (not "no encontramos la llave",
# a guest locked out, which the problems read first).
LOST_RE = re.compile(
    r"\bno (?:la |lo )?(?:encontramos|encuentro|ubicamos|ubico|vemos|veo|hallamos|damos con"
    r"|doy con|podemos encontrar|puedo encontrar|logramos encontrar|logramos ver)"
    rf" (?:la |el |los |las )?{_PLACE}\b"
    r"|\bno la (?:encontramos|encuentro|ubicamos|ubico|vemos|veo)\b"
    r"|\b(?:estamos|estoy|andamos|quedamos)(?: (?:medio|re|un poco|bastante|muy))? perdid[oa]s?\b"
    r"(?! (?:con|en) (?:el|la|los|las|esto|este|lo)\b)"
    r"|\b(?:nos perdimos|me perdi)\b(?! (?:con|en) (?:las|la|el|los) (?:fechas|reserva|pago|chat))"
    r"|\b(?:estamos|estoy) dando vueltas\b"
)
# Arrived: "ya llegamos", "llegamos!", "estamos en la puerta", "ya estamos acá" (not "cuando
# llegamos…", "si llegamos tarde…": a plan; a day or an hour said is `handlers_road`'s).
ARRIVED_RE = re.compile(
    r"(?<!\bcuando )(?<!\bsi )(?<!\bapenas )(?<!\bcuanto )\b(?:ya )?(?:llegamos|llegue)\b"
    r"(?! (?:a las|tipo|en|para|el|la|los|las|al)\b)(?! a (?!(?:la cabana|la casa|destino)\b))"
    r"(?! ?\d)"
    r"|\b(?:ya )?(?:estamos|estoy) (?:aca|aqui|ahi|alla|en la puerta|en la entrada|en la cabana"
    r"|en el porton|en la tranquera|frente a la cabana|en el complejo)\b"
)
# Local tips asked: where to eat, what to do around ("¿qué nos recomendás hacer el
# sábado?", "¿algún lugar lindo para cenar?", "¿qué se puede hacer por la zona?"), not a
# cabin or a way of paying ("¿cuál me recomendás?", "¿qué se puede hacer para pagar?").
_TIPS_RE = re.compile(
    r"\b(?:que|q) (?:nos |me )?(?:recomendas|recomiendan|recomendarias|recomiendas|aconsejas"
    r"|sugeris|recomienda) (?:para )?(?:hacer|visitar|conocer|recorrer|comer|ver)\b"
    r"|\b(?:donde|adonde|a donde) (?:podemos|puedo|se puede|nos recomendas|me recomendas"
    r"|recomendas|recomiendan|conviene|hay para|ir a|vamos a|podriamos) (?:ir a )?(?:comer"
    r"|cenar|almorzar|desayunar|merendar|salir)\b"
    r"|\b(?:lugar|lugares|sitio|restaurant\w*|resto|restos|bodegon)(?: \w+){0,2}? (?:para|donde)"
    r" (?:comer|cenar|almorzar|merendar|desayunar)\b"
    r"|\b(?:que|q) (?:se puede|podemos|hay para|se puede ir a) (?:hacer|visitar|conocer|recorrer)"
    r"(?! para (?:pagar|reservar|cancelar|cambiar|abonar|senar)\b)"
    r"|\b(?:recomendas|recomiendan|recomendarias|recomendacion\w*|sugerencias?) (?:de )?"
    r"(?:(?:algun|alguna|algunos|algunas|un|una|unos|unas) )?(?:restaurant\w*|resto|restos"
    r"|lugar\w* (?:para|de|donde)|paseos?|excursion\w*|actividad\w*|cerveceria\w*|bar|bares"
    r"|heladeria\w*|algo para (?:comer|cenar|hacer))\b"
    r"|\b(?:paseos|excursiones|actividades|que visitar|lugares para visitar|lugares lindos)"
    r" (?:por|en|cerca|para)\b"
)
_STAY_ASKED_RE = re.compile(
    r"\b(?:disponib\w*|libres?|reserv\w*|alquil\w*|precios?|cuanto|tarifas?|cabana)\b"
)
# The cabins' pages asked: "¿tienen Instagram?", "¿cuál es su insta?", "¿tenés facebook?",
# "¿tienen página web?" (not "los vi en Instagram": where the guest found us).
_SOCIAL_RE = re.compile(
    r"\b(?:tienen|tenes|tiene|hay|cual es|pasame|pasas|pasan|me pasas|me pasan|como los"
    r" encuentro en|estan en) (?:\w+ )?(?:instagram|insta|ig|facebook|face|fb|tiktok|pagina web"
    r"|pagina de internet|web|sitio web|redes sociales|redes)\b"
    r"|^(?:y )?(?:su |tu )?(?:instagram|insta|ig|facebook|pagina web|web|redes)$"
)


async def _paid(turn: Turn) -> list[Reservation]:
    """The guest's confirmed stays not over yet, soonest first."""
    mine = await turn.active_reservations()
    kept = [r for r in mine if r.status == Status.CONFIRMED and r.check_out >= turn.today]
    return sorted(kept, key=lambda r: r.check_in)


async def lost_or_arrived(turn: Turn, ctx: Context) -> Step | None:
    """A paid guest lost on the way, or arrived: a step, else None."""
    said, words = turn.said, turn.plain
    if turn.reply_id or said.check_in or said.check_out or said.guests or said.problem:
        return None
    lost = bool(LOST_RE.search(words))
    if not lost and (asks(turn) or not ARRIVED_RE.search(words) or said_hour(words)):
        return None  # "llegamos 18 hs": an arrival hour, weighed by `early_or_late`
    paid = await _paid(turn)
    if lost:
        # Around the arrival day or during the stay: the way to that stay's cabin.
        near = [r for r in paid if (r.check_in - turn.today).days <= 1]
        if not near:
            return None
        cabin = await turn.cabin_of(near[0])
        return (
            None
            if cabin is None
            else step(State.IDLE, understood(ctx), replies.lost_on_the_way(cabin))
        )
    if not paid:
        return None
    res = next((r for r in paid if r.check_in <= turn.today < r.check_out), paid[0])
    if res.check_in > turn.today:
        return step(State.IDLE, understood(ctx), replies.arrived_another_day(res))
    if res.check_in < turn.today:
        return step(State.IDLE, understood(ctx), replies.on_the_road_staying(res))
    cabin = await turn.cabin_of(res)
    if cabin is None:
        return None
    early = dt.datetime.now(turn.rules.tz).time() < cabin.check_in_time
    return step(
        State.IDLE, understood(ctx), replies.arrived_welcome(res, cabin, ctx.name, early=early)
    )


def tips_asked(turn: Turn) -> bool:
    """Where to eat or what to do around, asked, and no stay asked with it."""
    words = turn.plain
    return bool(_TIPS_RE.search(words)) and not _STAY_ASKED_RE.search(words)


def social_asked(turn: Turn) -> bool:
    """The cabins' Instagram or web page asked, and no stay asked with it."""
    words = turn.plain
    return bool(_SOCIAL_RE.search(words)) and not _STAY_ASKED_RE.search(words)
