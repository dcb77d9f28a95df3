"""Money terms asked at any step: why prices vary, per person or per cabin, a fee on top,
haggling. Answered from the cabins' own data (nights, weekend prices, seasons, capacity);
what the data does not hold (a cleaning fee) goes to the owner, never invented.

Runs from the global handlers, so the answer is the same before the dates, on the list, on
the summary and with a hold; the step that was pending is reminded after it.
"""

from __future__ import annotations

import re

from bot import replies
from bot.handlers import Step, Turn, asks, step, understood
from bot.handlers_info import (
    HAGGLE_RE,
    PER_PERSON_RE,
    answer_topics,
    cabins_on_screen,
    topics_of,
)
from bot.handlers_words import GUARANTEE_RE
from bot.messages import Outbound
from bot.nlu_vocab import _NUMBER_WORDS
from bot.session import Context
from bot.states import State

# Why a night costs what it does: "¿xq varía?", "¿por qué cambia el precio?", "¿qué es
# temporada alta?", "¿cuándo es temporada baja?", "la temporada alta ¿desde cuándo es?"
# ("¿tienen lugar en temporada alta?" asks no such thing: the dates are asked for it).
SEASONS_ASKED_RE = re.compile(
    r"\b(?:por que|porque|xq|pq|x que) (?:\w+ )?(?:varia|varian|cambia|cambian|sube|suben"
    r"|aumenta|aumentan|son distintos|son diferentes|hay diferencia)\b"
    r"|\b(?:que|cual|cuando|cuales|desde cuando|hasta cuando)(?: \w+){0,3}? temporadas?\b"
    r"|\btemporadas?(?: \w+){0,3}? (?:cuando|desde cuando|hasta cuando|que fechas|que dias"
    r"|que meses)\b"
)
# A season named in a question: "¿tienen lugar en temporada alta?", "¿y en temp baja cuánto
# sale?" (asked with a stay on screen, not a stay of its own: the nights of each season and,
# for the price, the night in and out of them; the dates are still the guest's to give).
SEASON_NAMED_RE = re.compile(r"\btemp(?:orada|orda|rada|o)?s? (?:alta|baja|media)\b")
# A month's price compared with the rest of the year: "¿en enero sube?", "¿en febrero es
# más caro?", "¿los precios de enero son iguales?", "¿aumenta en diciembre?" (asked beside a
# month: the month against the seasons, not a stay whose days are asked; "¿cuánto sale en
# enero?" compares nothing and still asks the days).
MONTH_PRICE_CHANGE_RE = re.compile(
    r"\b(?:sube|suben|subio|aumenta|aumentan|aumento|aumentos|cambia|cambian|varia|varian"
    r"|bajan)\b|(?<!\bde )\bbaja\b"
    r"|\bmas (?:car[oa]s?|barat[oa]s?|alt[oa]s?|baj[oa]s?|economic[oa]s?|plata)\b"
    r"|\b(?:sale|salen|cuesta|cuestan|vale|valen|es|son|esta|estan) (?:igual|iguales"
    r"|lo mismo|distint[oa]s?|diferentes?)\b"
    r"|\b(?:el )?mismo precio\b|\bhay diferencia\b"
)
_PRICE_WORDS_RE = re.compile(
    r"\b(?:cuanto|precios?|cuesta|cuestan|sale|salen|vale|valen|valor|tarifas?|la noche)\b"
)
# The price compared between head counts: "¿vale lo mismo para 2 que para 4?", "si vamos
# 2 sale menos?", "¿es el mismo precio para 2 q para 4?" (a question about the price, not a
# new party: the party on screen stays).
_CHEAPER = r"(?:menos|mas barat[oa]|mas economic[oa]|mas car[oa]|mas plata|distinto|diferente)"
PARTY_PRICE_RE = re.compile(
    r"\b(?:sale|saldria|vale|valdria|cuesta|costaria|es|seria|cobran|cobras|pagamos|pagariamos)"
    rf" (?:lo mismo|igual|{_CHEAPER})\b"
    r"|\b(?:el )?mismo (?:precio|valor)\b|\bmisma tarifa\b"
)
_PARTY_NUMBER_RE = re.compile(
    r"\b(?:para|si (?:vamos|somos|fueramos|vinieramos|vamos solo|somos solo)|solo|que para"
    r"|o)\s(\d{1,2}|" + "|".join(n for n in _NUMBER_WORDS if n not in ("un", "una")) + r")\b"
)
# Whether children pay: "¿los nenes pagan?", "¿el bebé paga?", "¿cobran a los menores?"
# (pricing is by the cabin: nobody pays apart; they count toward how many it takes).
_KIDS = r"(?:nenes?|nenas?|chicos?|chicas?|chicos|ninos?|ninas?|menores|bebes?|hijos|criaturas)"
# Their ages may come between ("los chicos son de 3, 6 y 10 años, ¿pagan?", session 24).
_AGES = r"(?: (?:son|de|tienen|que|y|e|anos?|meses|\d{1,2}))*"
KIDS_PAY_RE = re.compile(
    rf"\b{_KIDS}{_AGES}(?: \w+){{0,3}}? (?:pagan|paga|pagarian|pagaria|abonan|abona|se cobran"
    r"|se cobra|tienen costo|tiene costo)\b"
    r"|\b(?:cobran|cobras|se cobra|se paga|pagan) (?:\w+ ){0,2}?(?:por |a )?"
    rf"(?:los |las |el |la )?{_KIDS}\b"
)
_PERSON_RE = re.compile(r"\b(?:personas?|cabeza|pax|c/u|cada uno)\b")
# Whether some days are a season, asked: "¿en enero es temporada alta?", "¿julio cae en
# temporada?" (a question only: "vamos en temporada baja" tells, it asks nothing).
_IS_SEASON_RE = re.compile(
    r"\b(?:es|son|seria|serian|cae|caen|esta|estan|entra|entran) (?:en )?(?:la )?temporadas?"
    r"(?: (?:alta|baja|media))?\b"
)
# A charge on top asked about cleaning: "¿cobran limpieza aparte?", "¿hay que pagar
# limpieza?", "¿la limpieza tiene costo extra?", "¿hay tasa de limpieza?" (not "¿incluye
# limpieza?", a service during the stay, which the amenities answer).
_FEE_THING = r"(?:la )?limpieza(?: final)?"
CLEANING_FEE_RE = re.compile(
    rf"\b(?:cobran|cobras|cobra|se cobra|pagar|paga|pago|pagamos|abonar|abona|se abona)"
    rf"(?: algo)?(?: (?:por|de|x))? {_FEE_THING}\b"
    rf"|\b{_FEE_THING} (?:se )?(?:cobra|cobran|paga|pagan|abona|tiene|es|va|esta)"
    r"(?: \w+){0,2}? (?:aparte|extra|adicional|costo|cargo|incluid[oa]|por separado)\b"
    rf"|\b(?:tasa|cargo|costo|gastos?|fee|tarifa|recargo|adicional) (?:de |por |x )?{_FEE_THING}\b"
    r"|\bcleaning fee\b"
    # "¿el precio incluye limpieza?", "¿la tarifa incluye la limpieza final?": the price's
    # cover asked, not a service during the stay (session 23).
    rf"|\b(?:precio|total|tarifa|valor|monto)(?: \w+){{0,2}}? (?:incluye|incluyen|cubre|contempla)"
    rf" {_FEE_THING}\b"
    rf"|\b{_FEE_THING} (?:esta |va |viene )?(?:incluida|incluido) en el (?:precio|total|valor)\b"
)
# Taxes on the price: "¿el precio es con IVA?", "¿es más IVA?", "¿tiene IVA incluido?".
_TAX_RE = re.compile(r"\b(?:con|mas|sin|\+) iva\b|\biva (?:incluido|aparte|incluye)\b")
# A surcharge for paying by card: "¿hay recargo con tarjeta?", "¿cobran recargo por
# crédito?" (the instalments' interest is Mercado Pago's, answered by the payment topic).
_CARD_SURCHARGE_RE = re.compile(
    r"\b(?:recargo|recargan|adicional|interes) (?:con|por|x|de|en|pagando con) (?:la )?"
    r"(?:tarjeta|credito|debito)\b"
)
# Anything on top of the total: "¿el precio es final?", "¿hay que sumar algo?", "¿hay algún
# costo extra?", "¿hay gastos ocultos?".
_ON_TOP_RE = re.compile(
    r"\b(?:precio|total|valor) (?:es )?final\b|\bhay que (?:sumar|agregar|pagar) algo (?:mas|aparte"
    r"|extra)\b|\bhay que sumar algo\b"
    r"|\b(?:hay|tiene|tienen) (?:algun |otro |otros |algunos )?(?:costos?|cargos?|gastos?)"
    r" (?:extras?|adicional(?:es)?|aparte|ocultos?)\b"
)


async def price_terms(turn: Turn, state: State, ctx: Context, pending: str | None) -> Step | None:
    """The answer to a question about the terms of the price, then where we were; None when
    the message asks none of them, or brings a stay to search (that search answers it)."""
    words = turn.plain
    if turn.reply_id or state == State.HANDOFF:
        return None
    said = turn.said
    if (by_party := await _price_by_party(turn, state, ctx, pending)) is not None:
        return by_party  # "¿vale lo mismo para 2 que para 4?": no new head count
    if asks(turn) and KIDS_PAY_RE.search(words) and not (said.check_in or said.nights):
        # "¿Los nenes pagan?": by the cabin, so no; they count toward its size.
        after = [replies.nudge(pending)] if pending else []
        return step(state, understood(ctx), replies.kids_pay_nothing_apart(), after)
    if said.check_in or said.check_out or said.nights or said.guests or said.extra_guests:
        return None  # a stay to search: the search answers with it
    why, is_season = bool(SEASONS_ASKED_RE.search(words)), bool(_IS_SEASON_RE.search(words))
    if said.month and asks(turn) and (is_season or MONTH_PRICE_CHANGE_RE.search(words)):
        # "¿En enero sube?", "¿en marzo es temporada alta?": that month against the seasons.
        cabins, today = await turn.cabins(), turn.rules.today()
        answer = replies.month_in_seasons(cabins, said.month, today, ask_dates=not pending)
        after = [replies.nudge(pending)] if pending else []
        return step(state, understood(ctx), answer, after)
    if said.month and not (why or is_season):
        return None  # "¿en enero es temporada alta?": the seasons, not the days of January
    seasons = why or (is_season and asks(turn))
    fee = _fee_asked(words)
    # "¿Hay que dejar garantía?" mid-booking: no cabin's data has one (`answer_info` says so,
    # with the other questions), rather than the deposit's terms the step would give.
    guarantee = state != State.IDLE and bool(GUARANTEE_RE.search(words)) and bool(topics_of(turn))
    # "¿Cuánto sale por cabaña?" alone asks the price (the step quotes it), not the terms.
    per_person = bool(PER_PERSON_RE.search(words) and _PERSON_RE.search(words))
    per_person = per_person and (asks(turn) or turn.intent == "prices")
    haggle = bool(HAGGLE_RE.search(words))
    if not (seasons or fee is not None or per_person or haggle or guarantee):
        return await _season_named(turn, state, ctx, pending)
    cabins = await turn.cabins()
    answers: list[Outbound] = await _other_questions(turn, ctx, state, fee is not None)
    if haggle:
        answers.append(replies.no_discounts(listed=False))
    if seasons:
        answers.append(replies.price_seasons(cabins, turn.rules.today()))
    if per_person and state == State.IDLE:
        answers.append(replies.price_per_cabin())  # every cabin's size is in the prices below
    elif per_person:
        answers.append(replies.price_per_cabin_up_to(cabins_on_screen(state, ctx, cabins)))
    if fee is not None:
        answers.append(replies.fee_not_in_our_info(fee or None))
    if state == State.IDLE and (per_person or haggle or turn.intent == "prices"):
        answers.append(replies.price_ranges(cabins))  # nothing quoted yet: the prices asked about
    after = [replies.nudge(pending)] if pending else []
    return step(state, understood(ctx), answers, after)


async def _price_by_party(
    turn: Turn, state: State, ctx: Context, pending: str | None
) -> Step | None:
    """ "¿Vale lo mismo para 2 que para 4?", "si vamos 2 sale menos?": pricing has no
    per-person part (the cabin's nights only), so the same cabin costs the same; a smaller
    cabin that fits the smaller party, and costs less a night, is named. The party on
    screen is kept: it was a question, not a new head count."""
    said, words = turn.said, turn.plain
    if said.check_in or said.check_out or said.nights or not PARTY_PRICE_RE.search(words):
        return None
    if not (asks(turn) or words.startswith(("si ", "y si "))):
        return None
    told = [int(n) if n.isdigit() else _NUMBER_WORDS[n] for n in _PARTY_NUMBER_RE.findall(words)]
    told = [n for n in told if 0 < n <= 30]
    if not (told or said.guests):
        return None  # "¿cuál sale menos?": the cabins weighed, no party compared
    parties = sorted(
        set(told)
        | ({said.guests} if said.guests else set())
        | ({ctx.guests} if ctx.guests else set())  # "si vamos 2…" asked of a party of 4
    )
    cabins = await turn.cabins()
    shown = cabins_on_screen(state, ctx, cabins)
    smaller = min(parties)
    cheapest_shown = min(c.base_price_cents for c in shown)
    fits = [c for c in cabins if c.capacity >= smaller and c.base_price_cents < cheapest_shown]
    cheaper = min(fits, key=lambda c: (c.base_price_cents, c.capacity), default=None)
    answer = replies.price_by_party(shown, parties, cheaper)
    after = [replies.nudge(pending)] if pending else []
    return step(state, understood(ctx), answer, after)


async def _season_named(turn: Turn, state: State, ctx: Context, pending: str | None) -> Step | None:
    """ "¿Tienen lugar en temporada alta?" / "¿y en temporada baja cuánto sale?" with a stay
    on screen: each season's nights (the price too, when asked), and where the stay on screen
    falls. Before any stay the search asks the dates, as before."""
    words = turn.plain
    if not SEASON_NAMED_RE.search(words):
        return None
    if state == State.IDLE and turn.intent in ("availability", "book"):
        return None  # "¿tienen lugar en temporada alta?" before any stay: the dates asked
    if not (asks(turn) or turn.intent in ("availability", "prices")):
        return None  # "vamos en temporada baja": told, nothing asked
    cabins = await turn.cabins()
    stay = (ctx.check_in, ctx.check_out) if ctx.check_in and ctx.check_out else None
    # Before any stay, "¿y en temporada alta?" follows the prices: the night in each season.
    priced = state == State.IDLE or turn.intent == "prices" or bool(_PRICE_WORDS_RE.search(words))
    answer = replies.season_asked(
        cabins, cabins_on_screen(state, ctx, cabins) if priced else [], turn.rules.today(), stay
    )
    after = [replies.nudge(pending)] if pending else []
    return step(state, understood(ctx), answer, after)


# The topics a question about a cleaning fee raises on its own ("limpieza" is an amenity,
# "pagar" a payment): answered by the fee's answer, not as questions of their own.
_FEE_TOPICS = frozenset({"amenities", "payment"})


async def _other_questions(turn: Turn, ctx: Context, state: State, fee: bool) -> list[Outbound]:
    """ "¿Tienen wifi? ¿Es por persona?": the other questions of the message answered too."""
    others = tuple(t for t in topics_of(turn) if not (fee and t in _FEE_TOPICS))
    return await answer_topics(turn, ctx, state, others)


def _fee_asked(words: str) -> str | None:
    """The charge on top asked about: "limpieza", "IVA", "" for any (None: none asked)."""
    if CLEANING_FEE_RE.search(words):
        return "limpieza"
    if _TAX_RE.search(words):
        return "IVA"
    if _CARD_SURCHARGE_RE.search(words):
        return "pagar con tarjeta"
    return "" if _ON_TOP_RE.search(words) else None
