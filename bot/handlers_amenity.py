"""A follow-up about the amenity just answered: "¿tiene pileta?" … "¿y está climatizada?",
"¿tiene parrilla?" … "¿es techada?". A short question with no thing of its own, right
after an amenity question, is about that amenity (a Spanish sentence without a subject
means the thing last talked about). What the cabins' data says of it is said again, and
that the detail asked is not in it (the owner confirms), never "no lo tengo en mi info"
as if the question were about nothing.
"""

from __future__ import annotations

import dataclasses
import re

from booking.models import Cabin
from bot import replies
from bot.handlers import Step, Turn, asks, plain, step, understood
from bot.handlers_info import as_written, cabins_on_screen, feature_of, topics_of, with_feature
from bot.nlu import parse
from bot.session import Context
from bot.states import State

# "y está climatizada", "es techada", "son grandes", "anda bien", "climatizada": a verb of
# being (or working, reaching, fitting: "¿llega la señal?", "¿entra una camioneta?") and
# what the guest asks it to be; no verb, a participle alone.
_DETAIL_RE = re.compile(
    r"^(?:y |pero |y tambien |che )?(?:(?P<verb>es|esta|son|estan|anda|andan|funciona|funcionan"
    r"|queda|viene|vienen|seria|llega|llegan|se corta|se cae|alcanza|sirve"
    # what fits in it: "¿entra una camioneta?", "¿cabe una 4x4?" (session 22)
    r"|entra|entran|cabe|caben)"
    r"(?: (?P<detail>[a-zñ0-9]+(?: [a-zñ0-9]+){0,3}))?"
    r"|(?P<alone>[a-zñ]+(?:ad|id)[oa]s?)"
    # "¿cuántos megas tiene?", "¿qué velocidad tiene?": how fast, asked outright.
    r"|(?P<speed>(?:de )?(?:cuantos megas|que velocidad|cuanta velocidad)(?: \w+){0,2}))$"
)
# Verbs of working: "¿anda bien?" asks whether the thing works, no nod ("¿está bien?").
_WORKING = frozenset({"anda", "andan", "funciona", "funcionan"})
# A house rule that speaks of a thing the guest may ask a detail of ("¿hay wifi?" … "¿es
# rápido?"); the pets or smoking rules are no thing (their follow-ups are told, or asked).
_RULE_THINGS = ("wifi", "parking")
# "¿y la clave?", "¿cuál es la clave?", "¿dónde está la llave?": one part of the thing.
_PART_RE = re.compile(
    r"^(?:y |y cual es |cual es |y donde esta |donde esta |y como es |como es )?"
    r"(?:el|la|los|las) (?P<part>[a-zñ]{4,})$"
)

# Not a detail of the thing: a nod or a verdict ("está bien", "es todo", "es igual").
_NODS_RE = re.compile(
    r"^(?:re |muy |todo )?(?:bien|perfecto|genial|barbaro|joya|buenisimo|ideal|todo|igual"
    r"|lo mismo|suficiente|eso|asi|caro|barato|posible|seguro|verdad|cierto)$"
)
_ACCENTED = {"esta": "está", "estan": "están", "seria": "sería"}


async def amenity_follow_up(
    turn: Turn, state: State, ctx: Context, pending: str | None
) -> Step | None:
    """A step when the message asks a detail of the amenity asked about just before."""
    if turn.reply_id or len(ctx.history) < 2:
        return None  # ("y está climatizada" often comes without its "?")
    if turn.intent not in ("unknown", "info"):
        return None
    if (part := await _rule_part(turn, state, ctx, pending)) is not None:
        return part  # "¿hay wifi?" … "¿y la clave?": the rule says it
    if (found := _DETAIL_RE.match(turn.plain)) is None:
        return None
    if not ("?" in (turn.msg.text or "") or turn.plain.startswith("y ")):
        return None  # "está bien", "es todo": told, not asked ("y está climatizada" asks)
    if found["verb"] not in _WORKING and _NODS_RE.match(found["detail"] or found["alone"] or ""):
        return None  # "¿está bien?", "¿es lo mismo?": no detail of the amenity
    before = _before(turn, ctx)
    own = topics_of(turn)
    rule = next((t for t in topics_of(before) if t in _RULE_THINGS), None)
    if rule is not None and own in ((), (rule,)) and feature_of(before) is None:
        # "¿Hay wifi?" … "¿es rápido?", "¿llega la señal?": about the wifi (its own word in
        # it or not), answered from the wifi rule.
        return await _rule_detail(turn, state, ctx, pending, rule, found)
    if own or (feature := feature_of(before)) is None:
        return None
    cabins = await turn.cabins()
    shown = _about(state, ctx, turn, cabins)
    if state == State.IDLE and not turn.asked_before and not ctx.cabin:
        # A guest with a stay booked asked about the cabin they booked (as `on_idle` does).
        booked = {r.accommodation_id for r in await turn.active_reservations()}
        shown = [c for c in cabins if c.id in booked] if len(booked) == 1 else shown
    having, _ = with_feature(shown, feature)
    verb = _ACCENTED.get(found["verb"] or "es", found["verb"] or "es")
    detail = f"{verb} {found['detail']}" if found["detail"] else verb
    if found["alone"]:
        detail = f"es {found['alone']}"
    answer = replies.amenity_detail(feature[0], detail, [c for c, _ in having], shown)
    after = [replies.nudge(pending)] if pending else []
    return step(state, understood(ctx).replace(asked=turn.asked_before), answer, after)


async def _rule_part(turn: Turn, state: State, ctx: Context, pending: str | None) -> Step | None:
    """ "¿Hay wifi?" … "¿y la clave?": one word of the thing asked, which the rule about it
    says ("la clave está en la heladera"): the rule again. None when the rule has no such
    word ("¿y la otra?" is about a cabin, and goes on)."""
    if (found := _PART_RE.match(turn.plain)) is None or not asks(turn):
        return None
    rule = next((t for t in topics_of(_before(turn, ctx)) if t in _RULE_THINGS), None)
    if rule is None:
        return None
    shown = _about(state, ctx, turn, await turn.cabins())
    if found["part"] not in plain(" ".join(c.house_rules.get(rule, "") for c in shown)).split():
        return None
    after = [replies.nudge(pending)] if pending else []
    ctx = understood(ctx).replace(asked=turn.asked_before)
    return step(state, ctx, replies.house_rule(rule, shown), after)


def _before(turn: Turn, ctx: Context) -> Turn:
    """The guest's previous message, as a turn of its own."""
    previous = ctx.history[-2]
    msg = dataclasses.replace(turn.msg, text=previous)
    return dataclasses.replace(turn, msg=msg, said=parse(previous, turn.today))


async def _rule_detail(
    turn: Turn, state: State, ctx: Context, pending: str | None, rule: str, found: re.Match[str]
) -> Step:
    """The house rule about the thing again, and that the detail asked is not in it (the
    owner confirms); the rule alone when it says the detail ("¿es por fibra?")."""
    shown = _about(state, ctx, turn, await turn.cabins())
    detail = _detail_said(turn, found)
    said = plain(" ".join(c.house_rules.get(rule, "") for c in shown))
    words = [w for w in plain(detail).split() if len(w) >= 4]
    if words and all(w in said for w in words):
        answer = replies.house_rule(rule, shown)
    else:
        answer = replies.rule_detail(rule, shown, detail)
    after = [replies.nudge(pending)] if pending else []
    return step(state, understood(ctx).replace(asked=turn.asked_before), answer, after)


def _detail_said(turn: Turn, found: re.Match[str]) -> str:
    """What the guest asks of the thing, in their own spelling: "es rápido", "llega la
    señal", "qué velocidad tiene"."""
    if found["speed"]:
        return "qué velocidad tiene"
    if found["alone"]:
        return f"es {as_written(turn.msg.text or '', found['alone'])}"
    verb = _ACCENTED.get(found["verb"], found["verb"])
    if not found["detail"]:
        return verb
    return f"{verb} {as_written(turn.msg.text or '', found['detail'])}"


def _about(state: State, ctx: Context, turn: Turn, cabins: list[Cabin]) -> list[Cabin]:
    """The cabins the amenity was asked about: the one last talked about, the summary's or
    the hold's, the list's rows, or every cabin."""
    if turn.asked_before:
        return [c for c in cabins if c.slug in turn.asked_before] or cabins
    return cabins_on_screen(state, ctx, cabins, idle_cabin=True)
