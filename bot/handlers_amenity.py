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
from bot.handlers import Step, Turn, step, understood
from bot.handlers_info import cabins_on_screen, feature_of, topics_of, with_feature
from bot.nlu import parse
from bot.session import Context
from bot.states import State

# "y está climatizada", "es techada", "son grandes", "anda bien", "climatizada": a verb of
# being (or working) and what the guest asks it to be; no verb, a participle alone.
_DETAIL_RE = re.compile(
    r"^(?:y |pero |y tambien |che )?(?:(?P<verb>es|esta|son|estan|anda|andan|funciona|funcionan"
    r"|queda|viene|vienen|seria)(?: (?P<detail>[a-zñ]+(?: [a-zñ]+){0,3}))?"
    r"|(?P<alone>[a-zñ]+(?:ad|id)[oa]s?))$"
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
    if turn.reply_id or topics_of(turn) or len(ctx.history) < 2:
        return None  # ("y está climatizada" often comes without its "?")
    if turn.intent not in ("unknown", "info"):
        return None
    if (found := _DETAIL_RE.match(turn.plain)) is None:
        return None
    if not ("?" in (turn.msg.text or "") or turn.plain.startswith("y ")):
        return None  # "está bien", "es todo": told, not asked ("y está climatizada" asks)
    if _NODS_RE.match(found["detail"] or found["alone"] or ""):
        return None  # "¿está bien?", "¿es lo mismo?": no detail of the amenity
    previous = ctx.history[-2]
    msg = dataclasses.replace(turn.msg, text=previous)
    before = dataclasses.replace(turn, msg=msg, said=parse(previous, turn.today))
    if (feature := feature_of(before)) is None:
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


def _about(state: State, ctx: Context, turn: Turn, cabins: list[Cabin]) -> list[Cabin]:
    """The cabins the amenity was asked about: the one last talked about, the summary's or
    the hold's, the list's rows, or every cabin."""
    if turn.asked_before:
        return [c for c in cabins if c.slug in turn.asked_before] or cabins
    return cabins_on_screen(state, ctx, cabins, idle_cabin=True)
