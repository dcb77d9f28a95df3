"""Money terms asked at any step: why prices vary, per person or per cabin, a fee on top,
haggling. Answered from the cabins' own data (nights, weekend prices, seasons, capacity);
what the data does not hold (a cleaning fee) goes to the owner, never invented.

Runs from the global handlers, so the answer is the same before the dates, on the list, on
the summary and with a hold; the step that was pending is reminded after it.
"""

from __future__ import annotations

import re

from booking.catalog import list_cabins
from booking.models import Cabin
from bot import replies
from bot.handlers import Step, Turn, asks, says_stay, step, understood
from bot.handlers_info import HAGGLE_RE, PER_PERSON_RE
from bot.messages import Outbound
from bot.session import Context
from bot.states import State

# Why a night costs what it does: "¿xq varía?", "¿por qué cambia el precio?", "¿qué es
# temporada alta?", "¿cuándo es temporada baja?", "¿qué fechas son temporada alta?".
SEASONS_ASKED_RE = re.compile(
    r"\b(?:por que|porque|xq|pq|x que) (?:\w+ )?(?:varia|varian|cambia|cambian|sube|suben"
    r"|aumenta|aumentan|es (?:mas )?car[oa]|sale (?:mas )?car[oa]|son distintos"
    r"|son diferentes|hay diferencia)\b"
    r"|\btemporadas?(?: (?:alta|baja|media))?\b"
)
# A charge on top asked about cleaning: "¿cobran limpieza aparte?", "¿hay que pagar
# limpieza?", "¿la limpieza tiene costo extra?", "¿hay tasa de limpieza?" (not "¿incluye
# limpieza?", a service during the stay, which the amenities answer).
_FEE_THING = r"(?:la )?limpieza(?: final)?"
FEE_ASKED_RE = re.compile(
    rf"\b(?:cobran|cobras|cobra|se cobra|pagar|paga|pago|pagamos|abonar|abona|se abona)"
    rf"(?: algo)?(?: (?:por|de|x))? {_FEE_THING}\b"
    rf"|\b{_FEE_THING} (?:se )?(?:cobra|cobran|paga|pagan|abona|tiene|es|va|esta)"
    r"(?: \w+){0,2}? (?:aparte|extra|adicional|costo|cargo|incluid[oa]|por separado)\b"
    rf"|\b(?:tasa|cargo|costo|gastos?|fee|tarifa|recargo|adicional) (?:de |por |x )?{_FEE_THING}\b"
    r"|\bcleaning fee\b"
)


async def price_terms(turn: Turn, state: State, ctx: Context, pending: str | None) -> Step | None:
    """The answer to a question about the terms of the price, then where we were; None when
    the message asks none of them, or brings a stay to search (that search answers it)."""
    words = turn.plain
    if turn.reply_id or says_stay(turn.said) or state == State.HANDOFF:
        return None
    seasons = bool(SEASONS_ASKED_RE.search(words))
    fee = bool(FEE_ASKED_RE.search(words))
    per_person = bool(PER_PERSON_RE.search(words)) and (asks(turn) or turn.intent == "prices")
    haggle = bool(HAGGLE_RE.search(words))
    if not (seasons or fee or per_person or haggle):
        return None
    cabins = await list_cabins(turn.pool)
    said: list[Outbound] = []
    if haggle:
        said.append(replies.no_discounts(listed=False))
    if seasons:
        said.append(replies.price_seasons(cabins, turn.rules.today()))
    if per_person and state == State.IDLE:
        said.append(replies.price_per_cabin())  # every cabin's size is in the prices below
    elif per_person:
        said.append(replies.price_per_cabin_up_to(_on_screen(state, ctx, cabins)))
    if fee:
        said.append(replies.fee_not_in_our_info("limpieza"))
    if state == State.IDLE and (per_person or haggle):
        said.append(replies.price_ranges(cabins))  # nothing quoted yet: the prices asked about
    after = [replies.nudge(pending)] if pending else []
    return step(state, understood(ctx), said, after)


def _on_screen(state: State, ctx: Context, cabins: list[Cabin]) -> list[Cabin]:
    """The cabins the guest is looking at: the summary's or the hold's, the list's rows,
    or every cabin."""
    if state in (State.CONFIRM_HOLD, State.AWAIT_PAYMENT) and ctx.cabin:
        shown = [c for c in cabins if c.slug == ctx.cabin]
    elif state == State.CHOOSE_CABIN and ctx.offers:
        slugs = {o.split(":")[1] for o in ctx.offers if o.count(":") >= 1}
        shown = [c for c in cabins if c.slug in slugs]
    else:
        shown = []
    return shown or cabins
