"""The search: dates and head count → free cabins, other dates, or why not.

`search` asks for whatever is missing, else lists what is free; `search_said` is the
search for a stay the guest just gave, answering what came with it; `pick` checks a
cabin chosen is still free and sums it up. `pick` lives here, not with the summary,
because the two call each other: a cabin named with the stay goes straight to its
summary, and a cabin taken meanwhile is searched again.

The states' own handlers (bot/handlers_ask.py, _list.py, _summary.py, _deposit.py),
the party changes, retries, cancelling and the router all build on this module, and
it imports none of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import availability, holds
from booking.errors import InvalidStay
from booking.models import Cabin, Quote, Stay
from booking.pricing import min_nights_for
from bot import nlu_dates, replies
from bot.budget import PER_NIGHT_RE, said_budget
from bot.handlers import (
    Step,
    Turn,
    absorb,
    cabin_by_slug,
    name_words,
    named_cabin,
    named_cabins,
    plain,
    prepend,
    prepend_no,
    says_stay,
    stay_of,
    step,
    unaccented,
    understood,
)
from bot.handlers_choose import (
    CHEAPER_RE,
    CHEAPEST_RE,
    RANKED_ASKED_RE,
    advised,
    cheapest_of,
    listed_quotes,
    parse_pick,
)
from bot.handlers_hold import current_hold, is_live, payment_status
from bot.handlers_info import (
    ACCESS_NEED_RE,
    answer_info,
    asks_discount,
    heard_just_before,
    listed_cabins,
    looked_up,
    ranked_cabin,
    specific_answer,
    topics_of,
)
from bot.handlers_words import (
    A_PLACE_ASKED_RE,
    ANOTHER_STAY_RE,
    ARRIVAL_RE,
    ARRIVING_RE,
    BACK_RE,
    LIST_AGAIN_RE,
    MOVED_TO_RE,
    NEXT_WEEKEND_RE,
    OTHER_DATES_RE,
    PRICE_HINT_RE,
    REPEAT_RE,
    STARTS_MOVED_RE,
    TONIGHT_RE,
    WHEN_FREE_RE,
)
from bot.nlu import Understanding, parse
from bot.session import Context
from bot.states import State

PICK_PREFIX = "pick:"
FAR_AHEAD_DAYS = 300  # past ~10 months, a stay is far enough that its year is worth saying
WHEN_FREE_DAYS = 60  # how far "¿para cuándo tienen lugar?" looks for free dates


def one_night_asked(text: str, said: Understanding, today: dt.date) -> Understanding:
    """ "¿Hay lugar para esta noche?", "¿tienen algo para hoy?": one night, not an arrival
    with the departure still to ask. A guest asking for tonight most likely wants a bed
    tonight; the list (or the minimum stay, with a stay that meets it) answers at once,
    and the summary offers "una noche más". "Llegamos hoy" or "desde hoy" are arrivals:
    the departure is asked, as before."""
    soon = said.check_in in (today, today + dt.timedelta(days=1))
    if not soon or said.check_out is not None or said.nights is not None:
        return said
    words = plain(text)
    if not (TONIGHT_RE.search(words) and A_PLACE_ASKED_RE.search(words)):
        return said  # "hoy pago", "gracias por hoy": no night asked for
    if ARRIVING_RE.search(words):
        return said
    if said.check_in != today and not re.search(r"\bnoche\b", words):
        return said  # "mañana" alone may be an arrival; "mañana a la noche" is a night
    out = said.check_in + dt.timedelta(days=1)  # type: ignore[operator]
    return dataclasses.replace(said, check_out=out, nights=1)


# "El finde largo de diciembre", "el fin de semana largo de octubre": that month alone in
# the NLU (round 6's decision), its long weekends offered by the bot.
def _long_weekends_asked(turn: Turn, ctx: Context) -> list[tuple[dt.date, dt.date]] | None:
    """The long weekends still to come in the month asked, when a long weekend of it was
    asked for ("el finde largo de diciembre", read by the NLU); None when none was."""
    if ctx.month is None or ctx.month_part or ctx.nights or not turn.said.long_weekend:
        return None
    today = turn.rules.today()
    year = today.year if ctx.month >= today.month else today.year + 1
    return [s for s in nlu_dates.long_weekends_in(year, ctx.month) if s[0] >= today]


async def search(turn: Turn, ctx: Context) -> Step:
    """Ask for whatever is missing, else list the free cabins (or alternatives)."""
    ctx = dataclasses.replace(ctx, offers=(), cabin=None, cancel=None)
    cabins = await turn.cabins()
    if ctx.guests and cabins and ctx.guests > (largest := max(c.capacity for c in cabins)):
        # Before asking for dates: no dates can make room for a party this big.
        total, ctx = ctx.guests, dataclasses.replace(ctx, guests=None)
        # "¿Tienen 2 cabañas juntas?": where they are, from the cabins' addresses, first.
        where = [replies.cabins_together(cabins)] if _together_asked(turn) else []
        if not turn.reply_id and ANOTHER_STAY_RE.search(turn.plain):
            # "necesito 2 cabañas para 10": they know; straight to splitting, no "😕".
            return step(State.ASK_GUESTS, ctx, where, replies.split_asked(largest))
        if _told_too_big(turn, ctx, largest):
            # "4 adultos y 3 chicos en la primera" after "decime cuántos van en la
            # primera": the whole party again; a split worked out, not the same words.
            return step(State.ASK_GUESTS, ctx, where, replies.too_many_again(total, largest))
        return step(State.ASK_GUESTS, ctx, where, replies.too_many_guests(largest))
    # "¡Genial, para 4 personas!" only when the guest just said so, not on a search
    # started from the menu or from "¿puedo cambiar las fechas?" with a party known.
    party = ctx.guests if (turn.said.guests or turn.said.extra_guests) else None
    # "5 y 5" after "la más grande es para 6": the first cabin's party, the other promised.
    first = party is not None and await first_cabin_party(turn, ctx) is not None
    if ctx.check_in is None and ctx.check_out is not None:
        ask = replies.ask_arrival(ctx.check_out, guests=party, first=first)
        return step(State.ASK_DATES, ctx, ask)
    if ctx.check_in is None:
        ask = replies.ask_dates(
            guests=party,
            month=ctx.month,
            part=ctx.month_part,
            nights_wanted=ctx.nights,
            first=first,
            long_weekends=_long_weekends_asked(turn, ctx),
        )
        return step(State.ASK_DATES, ctx, ask)
    if ctx.check_out is None and ctx.nights:
        # "somos 2" to "¿te sirve del vie al dom? Decime dale" (the stay asked was too
        # short): taken, and that stay offered again, not "¿hasta qué día te quedás?".
        offer = replies.offer_departure(ctx.check_in, ctx.nights, guests=party, first=first)
        return step(State.ASK_DATES, ctx, offer)
    if ctx.check_out is None:
        # "para 2" to "¿hasta qué día te quedás?": taken, and the departure asked again.
        ask = replies.ask_departure(ctx.check_in, guests=party, first=first)
        return step(State.ASK_DATES, ctx, ask)
    stay = Stay(ctx.check_in, ctx.check_out)
    try:
        # Before asking anything else: "356 noches" must not be repeated back to the guest.
        availability.validate_stay(turn.rules, stay)
    except InvalidStay as exc:
        return refuse_stay(turn, ctx, exc.reason, exc.min_nights)
    if ctx.guests is None:
        if cabins and all(stay.nights < min_nights_for(c, stay) for c in cabins):
            # "¿Hay lugar para esta noche?": no cabin takes so few nights, whoever comes,
            # so the minimum is said now rather than after the head count.
            needed = min(min_nights_for(c, stay) for c in cabins)
            offer = _long_enough(cabins, stay.check_in, needed)
            return refuse_stay(turn, ctx, "min_nights", needed, offer)
        split = _party_too_big_before(turn, ctx, max(c.capacity for c in cabins) if cabins else 0)
        end = ctx.window_end if ctx.window_end and ctx.check_out < ctx.window_end else None
        ask = replies.ask_guests(ctx.check_in, ctx.check_out, split_of=split, window_end=end)
        return step(State.ASK_GUESTS, ctx, ask)
    if (window := _window(ctx, stay, cabins)) is not None:
        return await _in_window(turn, ctx, window, stay.nights)
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, ctx.guests)
    except InvalidStay as exc:
        return refuse_stay(turn, ctx, exc.reason, exc.min_nights)
    if quotes:
        return _offer(State.CHOOSE_CABIN, ctx, replies.cabin_list(quotes, ctx.guests), quotes)
    return await _nothing_free(turn, ctx, stay, ctx.guests)


def _window(ctx: Context, stay: Stay, cabins: list[Cabin]) -> Stay | None:
    """The window the stay on screen may fall in ("entre el 10 y el 20, 3 noches":
    `Context.window_end`), when some cabin for the party takes that many nights; None
    otherwise (a cabin's minimum is then explained as for any stay)."""
    if not ctx.window_end or not ctx.guests or stay.check_out >= ctx.window_end:
        return None
    fitting = [c for c in cabins if c.capacity >= ctx.guests]
    if not any(stay.nights >= min_nights_for(c, stay) for c in fitting):
        return None
    return Stay(stay.check_in, ctx.window_end)


async def _in_window(turn: Turn, ctx: Context, window: Stay, nights: int) -> Step:
    """ "Entre el 10 y el 20 de marzo, 3 noches": each cabin's first free stay of those
    nights in there (one row per cabin, so never more rows than WhatsApp shows); with
    none, said so and the nearest stays of that length outside it."""
    assert ctx.guests
    pool, rules, guests = turn.pool, turn.rules, ctx.guests
    ends = (window.check_in, window.check_out)
    if found := await availability.stays_within(pool, rules, window, nights, guests):
        return _offer(State.CHOOSE_CABIN, ctx, replies.window_list(found, guests, ends), found)
    nearest = await availability.stays_near(pool, rules, window, nights, guests)
    said = replies.window_full(ends, nights, guests, nearest)
    if not isinstance(said, replies.ListMessage):
        return step(State.ASK_DATES, ctx, said)  # none near either: other dates asked
    return _offer(State.CHOOSE_CABIN, ctx, said, nearest)


# "¿tienen 2 cabañas juntas?", "cerca una de otra", "en el mismo predio" (plain text).
_TOGETHER_RE = re.compile(
    r"\b(?:juntas|pegadas|contiguas|linderas|vecinas|al lado)\b"
    r"|\bcerca (?:una|la una) de (?:la )?otra\b"
    r"|\b(?:mismo|misma) (?:lugar|predio|complejo|terreno|direccion|zona)\b"
)


def _together_asked(turn: Turn) -> bool:
    return not turn.reply_id and bool(_TOGETHER_RE.search(turn.plain))


def _too_small(cabin: Cabin, turn: Turn, found: Step) -> bool:
    """A cabin named beside the head count just said cannot take it, and a list follows."""
    guests = found.ctx.guests
    return bool(turn.said.guests and guests and cabin.capacity < guests) and (
        found.state == State.CHOOSE_CABIN
    )


async def search_said(turn: Turn, ctx: Context, *, wanted: str | None = None) -> Step:
    """The search for a stay the guest just gave, answering what came with it: a
    greeting ("hola! del 1 al 4...") or a question ("...somos 2 y un perro, se puede?").
    A cabin named with it ("la de 4 del 16 al 19") is summed up at once (`wanted`: the
    slug of one named earlier, while we asked for the dates or the head count)."""
    if (
        ctx.check_in is None
        and ctx.guests
        and (turn.intent == "prices" or PRICE_HINT_RE.search(turn.plain))
        and _parties(turn, await turn.cabins())
    ):
        # "¿Cuánto sale para 2? ¿y para 6?": prices for both, and no head count assumed.
        ctx = dataclasses.replace(ctx, guests=None)
    each = await _each_cabin_party(turn, ctx)
    if each is not None:
        # "Dos cabañas para 2 cada una", "somos dos familias de 4": the first cabin's party.
        ctx = dataclasses.replace(ctx, guests=each)
    if ctx.check_in is None and not turn.reply_id and _when_free_asked(turn, ctx):
        found = await when_free(turn, ctx)
    else:
        found = await search(turn, ctx)
    cabins = await turn.cabins()
    if (advice := _advice_before_dates(turn, found, cabins)) is not None:
        return advice  # "¿cuál me recomendás para una pareja?": that one, then the dates
    cabin = named = named_cabin(turn.msg.text or "", cabins)
    if cabin is not None and not _asked_for(turn, cabin):
        cabin = None  # "mi amiga se quedó en la de 6": a story, not a request
    cabin = cabin or next((c for c in cabins if c.slug == wanted), None)
    if cabin is not None and not ANOTHER_STAY_RE.search(turn.plain):
        found = await named_with_the_stay(turn, found, cabin)
    elif found.state == State.CHOOSE_CABIN and (cheapest := await _cheapest_asked(turn, found.ctx)):
        found = await pick(turn, found.ctx, cheapest)  # "...reservame la más barata"
    before: list[replies.Outbound] = []
    if turn.said.greeted:
        before.append(replies.hello(ctx.name))
    if cabin is None and named is not None and _too_small(named, turn, found):
        # "me gusta la del lago pero ¿es muy chica? entran 2 adultos y un nene": the list
        # for 3 came alone, the cabin liked left out without a word (session 20).
        before.append(replies.cabin_not_listed(named, found.ctx.guests))
    if turn.said.no_such_date and ctx.check_in is None:
        # "31 de abril", "29 de febrero" in a common year: said, before the days asked.
        before.append(replies.no_such_date(*turn.said.no_such_date))
    if turn.said.check_in and ctx.check_in == turn.said.check_in and _far_ahead(turn, ctx):
        if _passed_this_year(turn, ctx.check_in):
            # "del 10 al 15 de noviembre" asked on the 26th: next November, and we say so.
            before.append(replies.year_ahead(ctx.check_in))
    if turn.said.check_in and ctx.check_in == turn.said.check_in and ctx.check_out:
        if (meant := _days_swapped(turn, ctx.check_in, ctx.check_out)) is not None:
            # "del 18 al 15 de enero": 18/12 → 15/01 by the contract's rule, listed as
            # asked, and the stay the guest most likely meant pointed out.
            before.append(replies.days_swapped(ctx.check_in, ctx.check_out, *meant))
    # Paying mentioned is asked about with a "?" or a question word before it ("... y
    # cuánto es la seña", "y cómo se paga"), not when told ("pago con la seña").
    payment_asked = "?" in (turn.msg.text or "") or bool(PAYMENT_ASKED_RE.search(turn.plain))
    asked = [t for t in topics_of(turn) if payment_asked or t != "payment"]
    asked = [t for t in asked if t not in heard_just_before(turn, ctx)]
    if asked:
        # With the list that follows, about the cabins on it ("somos 5, ¿tienen parrilla?"
        # is not answered about the cabin for 2).
        listed = found.state == State.CHOOSE_CABIN and bool(found.ctx.offers)
        before += await answer_info(turn, found.ctx if listed else ctx, listed=listed)
    elif not turn.reply_id and ("?" in (turn.msg.text or "") or ACCESS_NEED_RE.search(turn.plain)):
        # "Somos un matrimonio mayor, vamos en abril. ¿La cabaña tiene escaleras?": a thing
        # no topic names, looked up in the cabins' data (the listed ones under a list); a
        # known one ("del 3 al 6, ¿es en planta baja?", "mi papá usa silla de ruedas") as
        # it is answered alone, not only the dates searched.
        listed = found.state == State.CHOOSE_CABIN and bool(found.ctx.offers)
        shown = listed_cabins(cabins, found.ctx) if listed else []
        thing = specific_answer(turn.plain, shown or cabins, None)
        if thing is not None or (thing := looked_up(turn, shown or cabins, None)) is not None:
            before.append(thing)
    if asks_discount(turn):
        # "En Booking la vi a $150.000, ¿me la dejan a ese precio?": answered, not skipped.
        before.append(replies.no_discounts(listed=found.state == State.CHOOSE_CABIN))
    if (note := await _other_stay_note(turn, found)) is not None:
        before.append(note)  # "del 10 al 13 o del 17 al 20": the other one said, not dropped
    if turn.said.check_in and (wrong := _weekdays_wrong(turn, found.ctx)):
        # "el viernes 6 de marzo" when the 6th is a Saturday: the days searched, said so.
        before.append(replies.weekday_mismatch(wrong))
    asks_price = turn.intent == "prices" or bool(PRICE_HINT_RE.search(turn.plain))
    asks_price = asks_price or _price_asked_before(turn, ctx)
    parties = _parties(turn, cabins) if asks_price else []
    if asks_price and found.state == State.ASK_DATES and ctx.check_in is None and parties:
        # "¿Cuánto sale para 2? ¿y para 6?", "somos 4 pero capaz 6": an answer for each.
        before.append(replies.prices_for_parties(parties))
    elif asks_price and found.state == State.ASK_DATES and ctx.check_in is None:
        # "¿Y la noche para 2?": the nightly prices of what fits, then the dates for a total.
        fitting = [c for c in cabins if not ctx.guests or c.capacity >= ctx.guests]
        # "¿Cuánto sale la de 4 en enero?": that cabin's, as without the month.
        named = named_cabin(turn.msg.text or "", cabins) or ranked_cabin(turn.plain, cabins)
        before.append(replies.price_ranges([named] if named else fitting or cabins, ask=False))
    split = ANOTHER_STAY_RE.search(turn.plain) or each is not None
    if not split and found.state == State.CHOOSE_CABIN and turn.said.guests:
        # "5 y 5" after "la más grande es para 6": the list is the first cabin's.
        split = await first_cabin_party(turn, ctx) is not None
    if split and found.state == State.CHOOSE_CABIN and ctx.guests and not ctx.hold:
        # "Dos cabañas, una para 4 y otra para 2": this list is for the first of them (with
        # a cabin held already, "otra cabaña para mis viejos" is the second one's list).
        before.append(replies.one_cabin_at_a_time(ctx.guests))
    if turn.intent == "prices" and found.state == State.CHOOSE_CABIN:
        # "¿Cuánto sale la de Chapelco del 3 al 6?": its total before the list.
        cabin = named_cabin(turn.msg.text or "", cabins)
        quote = next(
            (
                q
                for q in await listed_quotes(turn, found.ctx)
                if cabin and q.cabin.slug == cabin.slug
            ),
            None,
        )
        if quote is not None:
            before.append(replies.listed_totals([quote]))
    found = await _advice_with_the_list(turn, found)
    found = await _cheapest_with_the_list(turn, found)
    after: list[replies.Outbound] = []
    if found.state == State.CHOOSE_CABIN and (budget := said_budget(turn.msg.text or "")):
        # "Del 3 al 6 para 2, tenemos un presupuesto de 300 mil": under the list, which of
        # it that pays for (per night when said so; both readings when no total fits).
        if quotes := await listed_quotes(turn, found.ctx):
            per_night = bool(PER_NIGHT_RE.search(turn.plain))
            after.append(replies.budget_note(budget, quotes, per_night=per_night))
    if not (before or after):
        return found
    return dataclasses.replace(found, replies=(*before, *found.replies, *after))


async def _other_stay_note(turn: Turn, found: Step) -> replies.Text | None:
    """Two stays told as alternatives ("del 10 al 13 o del 17 al 20", "el 10 por 2 o 3
    noches"): decided so (session 23), the first said is searched and answered as any stay,
    and a line before it says so and how the other stands: how many cabins are free then
    for the party (searched too), or, with no head count yet, that it comes next. One list
    at a time keeps "la 2" and "dale" about one stay; the other is a message away."""
    other = turn.said.other_stay
    ctx = found.ctx
    no_day = ctx.check_in is None or turn.said.window is not None
    if turn.said.other_nights and turn.said.nights and no_day and not turn.reply_id:
        # "¿tienen lugar 2 o 3 noches?": the arrival is asked next, the first length kept
        # ("2 o 3 noches entre el 1 y el 15": the first length searched in there)
        return replies.other_nights(turn.said.nights, turn.said.other_nights)
    first = (turn.said.check_in, turn.said.check_out)
    if other is None or turn.reply_id or first[0] is None:
        return None
    if ctx.check_in is not None and (ctx.check_in, ctx.check_out) != first:
        return None  # another stay answered (one on screen moved, a cabin's summary)
    if found.state not in (State.CHOOSE_CABIN, State.ASK_GUESTS, State.ASK_DATES):
        return None
    free = None
    if ctx.guests:
        free = len(await _free_quotes(turn, Stay(*other), ctx.guests))
    return replies.other_stay(first, other, free)  # type: ignore[arg-type]


async def _advice_with_the_list(turn: Turn, found: Step) -> Step:
    """ "Del 8 al 11 para 2, ¿cuál nos recomendás?": the list, and under it the cabin we
    recommend (as asked at the list), which "esa" then takes."""
    ctx = found.ctx
    if turn.reply_id or found.state != State.CHOOSE_CABIN or len(ctx.offers) < 2 or ctx.cabin:
        return found
    if not _ADVICE_ASKED_RE.search(turn.plain):
        return found
    listed = await listed_quotes(turn, ctx)
    if (chosen := advised(listed, ctx.guests)) is None:
        return found
    others = [q for q in listed if q.cabin.slug != chosen.cabin.slug]
    advice = replies.recommendation(chosen, others, ctx.guests)
    ctx = dataclasses.replace(ctx, cabin=chosen.cabin.slug)
    return dataclasses.replace(found, ctx=ctx, replies=(*found.replies, advice))


async def _cheapest_with_the_list(turn: Turn, found: Step) -> Step:
    """ "Para 4 del 8 al 11, ¿la más barata cuál es?", "¿tenés algo barato?": the list, and
    under it the cheapest listed (as asked at the list), which "dale" then takes."""
    ctx = found.ctx
    if turn.reply_id or found.state != State.CHOOSE_CABIN or len(ctx.offers) < 2 or ctx.cabin:
        return found
    if not (CHEAPEST_RE.search(turn.plain) or CHEAPER_RE.search(turn.plain)):
        return found
    if not (listed := await listed_quotes(turn, ctx)):
        return found
    cheapest = min(listed, key=lambda q: q.total_cents)
    ctx = dataclasses.replace(ctx, cabin=cheapest.cabin.slug)
    answer = cheapest_of(listed, ctx.guests)
    return dataclasses.replace(found, ctx=ctx, replies=(*found.replies, answer))


def _advice_before_dates(turn: Turn, found: Step, cabins: list[Cabin]) -> Step | None:
    """ "¿Cuál me recomendás para una pareja?" before any dates: the smallest cabin that
    fits the party (the cheapest among those) said, and the dates asked for it; the list
    that follows the dates still shows every free cabin."""
    ctx = found.ctx
    # Asked now, or just before with nobody counted yet ("¿cuál me recomendás?" … "somos 2").
    before = plain(ctx.history[-2]) if len(ctx.history) >= 2 else ""
    if turn.reply_id or not (
        _ADVICE_ASKED_RE.search(turn.plain) or _ADVICE_ASKED_RE.search(before)
    ):
        return None
    if found.state != State.ASK_DATES:
        return None
    if ctx.guests is None or ctx.check_in is not None or ctx.month or ctx.nights:
        return None
    fitting = [c for c in cabins if c.capacity >= ctx.guests]
    if not fitting:
        return None
    chosen = min(fitting, key=lambda c: (c.capacity, c.base_price_cents))
    hello = [replies.hello(ctx.name)] if turn.said.greeted else []
    return step(State.ASK_DATES, ctx, hello, replies.recommend_before_dates(chosen, ctx.guests))


async def advice_without_party(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Cuál me recomendás?" with nobody counted yet: what each cabin is like, and how
    many they are asked, which decides it (the answer gets the recommendation, above)."""
    if turn.reply_id or turn.said.guests or not _ADVICE_ASKED_RE.search(turn.plain):
        return None
    cabins = await turn.cabins()
    named = named_cabins(turn.msg.text or "", cabins)
    # "¿La de Chapelco o la del lago, cuál me conviene?": those two side by side.
    shown = (
        replies.cabins_compared([(c, None) for c in named])
        if len(named) >= 2
        else replies.cabins_overview(cabins)
    )
    return step(State.IDLE, understood(ctx), shown, replies.advice_needs_party())


# "¿Qué disponibilidad tienen?", "¿tienen algo?", "¿hay lugar?", "fechas flexibles": what is
# free asked, not a given day.
FREE_ASKED_RE = re.compile(
    r"\b(?:que|q) disponibilidad (?:tienen|tenes|tendrian|hay)\b|\bfechas flexibles\b"
    r"|\b(?:tienen|tenes|tendrian|tendrias|hay|habria|quedan?)"
    r" (?:algo|lugar(?:es)?|disponibilidad|algo libre|libre)\b"
)
# "a fines de abril", "a mediados de mayo": the part of the month named (plain text).
PART_OF_MONTH_RE = re.compile(
    r"\b(principios|comienzos|inicios|mediados|mitad|fines|finales|fin) de(?:l mes de)? "
    rf"(?:{'|'.join(replies.MONTHS)})\b"
)
_PART_DAYS = {
    "principios": 1, "comienzos": 1, "inicios": 1, "mediados": 11, "mitad": 11,
    "fines": 21, "finales": 21, "fin": 21,
}  # fmt: skip
# A question word a few words before paying: "cuánto es la seña", "cómo se paga", "¿aceptan
# tarjeta?" written without the question mark.
PAYMENT_ASKED_RE = re.compile(
    r"\b(?:cuanto|cuanta|como|con que|aceptan|aceptas|se puede|hay que)(?: \w+){0,3}"
    r" (?:sena|pag\w*|abon\w*|transfer\w*|tarjetas?|efectivo|mercado ?pago)\b"
)
# "¿cuál me recomendás?", "¿qué nos aconsejás?", "¿cuál conviene?" (not "me la recomendaron")
_ADVICE_ASKED_RE = re.compile(
    r"\b(?:cual|que|cuales)(?: cabanas?)? (?:me |nos )?(?:recomend|recomiend|aconsej|conviene"
    r"|sugeri)\w*"
    # "¿Cuál es la más linda?", "¿cuál es la mejor?": which is best, asked as advice is.
    r"|\bcual es (?:la )?(?:mas (?:linda|comoda)|mejor)\b"
)
# "para 2", "somos 4", "capaz 6": a party size said (not "para 2 noches", "para el 6 de").
_PARTY_RE = re.compile(
    r"\b(?:para|somos|seriamos|seremos|son|capaz|quizas|x)"
    r" (\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho)\b"
    # "x 1 semana", "para 2 noches": a length of stay, not a party
    r"(?! ?(?:noches?|dias?|semanas?|quincenas?|mes|meses|findes?|fin|anos?|de|del|hs)\b)"
)
_SIZES = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8}


# "y para 4?", "¿y si somos 4?", "e para cuatro": a short follow-up opening with "y".
_AND_FOR_RE = re.compile(r"^(?:y|e)\b")
_FOLLOW_UP_WORDS = 6


def _price_asked_before(turn: Turn, ctx: Context) -> bool:
    """ "¿Cuánto sale para 2?" … "¿y para 4?": a head count alone, right after a price
    question with no dates, asks that price again for the new party (not only the dates)."""
    if turn.reply_id or turn.said.guests is None or turn.said.check_in or len(ctx.history) < 2:
        return False
    if not _AND_FOR_RE.match(turn.plain) or len(turn.plain.split()) > _FOLLOW_UP_WORDS:
        return False
    before = ctx.history[-2]
    said = parse(before, turn.today)
    asked = said.intent == "prices" or bool(PRICE_HINT_RE.search(plain(before)))
    return asked and said.check_in is None


def _parties(turn: Turn, cabins: list[Cabin]) -> list[tuple[int, Cabin]]:
    """Two or more party sizes in one price question, each with the cabin that fits it
    best (the smallest, then the cheapest); empty for one size or none."""
    sizes = sorted(
        {int(n) if n.isdigit() else _SIZES[n] for n in _PARTY_RE.findall(turn.plain)} - {0}
    )
    parties = []
    for size in sizes:
        fitting = [c for c in cabins if c.capacity >= size]
        if fitting:
            best = min(fitting, key=lambda c: (c.capacity, c.base_price_cents))
            parties.append((size, best))
    return parties if len(parties) > 1 else []


# Words that ask for the cabin named right after them (up to two words between): "quiero
# la de 4", "tienen la del lago", "me interesa la de Chapelco", "queremos reservar la de 6",
# "hay lugar en la de 4". Past stays and hearsay ("mi amiga se quedó en la de 6",
# "estuvimos en la del lago") are none of them.
_ASKING_WORDS_RE = re.compile(
    r"\b(?:quiero|queremos|queria|queriamos|quisiera|quisieramos|querria|querriamos|reservar|reservo"
    r"|reservamos|reservame|reservanos|interesa|interesaria|interesan|tienen|tenes|tendrian"
    r"|tendrias|hay|habria|libre|disponible|prefiero|preferimos|preferiria|me quedo con"
    r"|nos quedamos con|vamos con|voy con|elijo|elegimos|dame|danos|busco|buscamos|por"
    r"|gustaria|ir a|quedarnos en|quedarme en|alquilar|alquilo|alquilamos|pedir|pido)"
    r"(?: \w+){0,2} $"
)
# Where a clause starts: the cabin named first in it ("la del lago del 3 al 6", "…para 2,
# la de Lago Lácar", "hola, la de 4 para el finde").
_CLAUSE_START_RE = re.compile(r"(?:^|\| |\b(?:si|ok|dale|bueno|hola|buenas|entonces|mejor) )$")
# "la de ", "la cabaña del ", "el ": the words before a cabin's own name.
_ARTICLE_RE = re.compile(r"(?:\b(?:la|el|una|un) )?(?:cabana |casa )?(?:(?:de|del) )?$")
_BY_SIZE_AT_RE = re.compile(
    r"\b(?:la|una|el|uno|la cabana|la casa) de (?:\d{1,2}|dos|tres|cuatro|cinco|seis|ocho)\b"
)


async def wanted_before_dates(turn: Turn, ctx: Context) -> Step | None:
    """ "Quiero la del lago", "me interesa la de 6" with no stay yet: what the cabin is like
    and the dates asked for it (`ask_dates`), the cabin remembered, so the dates, when
    they come, go straight to its summary when it is free (else why not, and the list)."""
    if (cabin := await cabin_asked_for(turn, greeted=True)) is None:
        return None
    ctx = dataclasses.replace(understood(ctx), cabin=cabin.slug)
    hello = [replies.hello(ctx.name)] if turn.said.greeted else []
    return step(State.ASK_DATES, ctx, *hello, replies.cabin_detail(cabin))


async def cabin_asked_for(turn: Turn, *, greeted: bool = False) -> Cabin | None:
    """The cabin an otherwise unclear message asks for ("quiero la del lago", "mejor la de
    4"); None for one only named ("¿qué tiene la de Chapelco?"). `greeted`: after a hello
    too ("hola, me interesa la de Quila" got the welcome menu, the cabin dropped)."""
    intents = ("unknown", "greeting") if greeted else ("unknown",)
    if turn.intent not in intents or turn.reply_id or not turn.msg.text:
        return None
    cabin = named_cabin(turn.msg.text, await turn.cabins())
    return cabin if cabin is not None and _asked_for(turn, cabin) else None


def _asked_for(turn: Turn, cabin: Cabin) -> bool:
    """The message asks for `cabin` (see `_ASKING_WORDS_RE`, `_CLAUSE_START_RE`), rather
    than naming it in passing. With a price asked ("¿cuánto sale la de Chapelco…?") only
    asking words count: the totals of the list answer that."""
    text = re.sub(r"[^\w\s/]+", " | ", unaccented(turn.msg.text or ""))  # a clause ends
    text = re.sub(r"\s+", " ", text).strip()
    names = sorted(name_words(cabin.name))
    by_name = re.search(rf"\b(?:{'|'.join(names)})\b", text) if names else None
    at = by_name.start() if by_name else None
    if at is None and (by_size := _BY_SIZE_AT_RE.search(text)):
        at = by_size.start()
    if at is None:
        return True  # named some other way: as before, taken at its word
    before = text[:at]
    before = before[: _ARTICLE_RE.search(before).start()]  # type: ignore[union-attr]
    if _ASKING_WORDS_RE.search(before):
        return True
    return turn.intent != "prices" and bool(_CLAUSE_START_RE.search(before))


async def named_with_the_stay(turn: Turn, found: Step, cabin: Cabin) -> Step:
    """ "Quiero la de 4 del 16 al 19 para 4": its summary when it is free and fits; else
    why not in one line, and the list of what is free. While the dates or the head count
    are still missing, the cabin is remembered (`ctx.cabin`) for when they come."""
    ctx = found.ctx
    if found.state in (State.ASK_DATES, State.ASK_GUESTS):
        said = found.replies
        if found.state == State.ASK_GUESTS and ctx.check_in and ctx.check_out and said:
            plain_ask = replies.ask_guests(ctx.check_in, ctx.check_out)
            if said[-1] == plain_ask:  # the cabin said back with the head count asked
                named = replies.ask_guests(ctx.check_in, ctx.check_out, cabin=cabin.name)
                said = (*said[:-1], named)
        return dataclasses.replace(
            found, ctx=dataclasses.replace(ctx, cabin=cabin.slug), replies=said
        )
    stay = stay_of(ctx)
    if found.state != State.CHOOSE_CABIN or stay is None:
        return found
    dates = f":{stay.check_in:%Y%m%d}:{stay.check_out:%Y%m%d}"
    if f"{PICK_PREFIX}{cabin.slug}{dates}" in ctx.offers:
        return await pick(turn, ctx, f"{PICK_PREFIX}{cabin.slug}{dates}")
    own = next((r for r in ctx.offers if r.startswith(f"{PICK_PREFIX}{cabin.slug}:")), None)
    if ctx.window_end and own is not None:
        return await pick(turn, ctx, own)  # "la de 6, entre el 10 y el 20": its first stay there
    if any(row.endswith(dates) for row in ctx.offers):
        # Others are free on those dates: this one is taken or too small.
        return prepend_no(found, replies.cabin_not_listed(cabin, ctx.guests))
    return found  # nothing free on those dates: the nearby dates say it already


async def _cheapest_asked(turn: Turn, ctx: Context) -> str | None:
    """ "Del 1 al 4 para 2, reservame la más barata": the row of the cheapest cabin listed
    for those dates, to sum it up at once (None for a list of other dates: the nearby
    dates are for the guest to choose)."""
    stay = stay_of(ctx)
    if stay is None or turn.reply_id or not RANKED_ASKED_RE.search(turn.plain):
        return None
    dates = f":{stay.check_in:%Y%m%d}:{stay.check_out:%Y%m%d}"
    if not ctx.offers or not all(row.endswith(dates) for row in ctx.offers):
        return None
    listed = await listed_quotes(turn, ctx)
    return replies.pick_id(min(listed, key=lambda q: q.total_cents)) if listed else None


def _passed_this_year(turn: Turn, check_in: dt.date) -> bool:
    """The dates said are next year's because this year's already passed: not when the
    guest wrote the year ("semana santa 2028"), nor for a stay two years ahead."""
    if _YEAR_RE.search(turn.plain) or check_in.year != turn.today.year + 1:
        return False
    try:
        return check_in.replace(year=turn.today.year) < turn.today
    except ValueError:  # a 29th of February
        return True


_YEAR_RE = re.compile(r"\b20\d\d\b")


# "del 18 al 15 de enero": a range whose end day comes before its start, one month named.
_BACKWARDS_RE = re.compile(
    r"\b(?:del|desde el|de) (\d{1,2}) (?:al|hasta el|a) (\d{1,2}) de ([a-z]+)\b"
)
# A range across two months this long or more, written with one month, reads as swapped
# days ("del 28 al 2 de diciembre" is 4 nights and plainly meant).
SWAPPED_MIN_NIGHTS = 14


def _days_swapped(
    turn: Turn, check_in: dt.date, check_out: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The stay with the two days the other way round, in the month named, when the one
    read is long because the end day came first: "del 18 al 15 de enero" → 15 → 18/01."""
    found = _BACKWARDS_RE.search(turn.plain)
    if found is None or (check_out - check_in).days < SWAPPED_MIN_NIGHTS:
        return None
    first, last = int(found[1]), int(found[2])
    if not last < first <= 31 or check_in.day != first or check_out.day != last:
        return None
    try:
        meant = (check_out.replace(day=last), check_out.replace(day=first))
    except ValueError:
        return None
    return meant if meant[0] >= turn.today else None


def _far_ahead(turn: Turn, ctx: Context) -> bool:
    return ctx.check_in is not None and (ctx.check_in - turn.today).days > FAR_AHEAD_DAYS


_N = r"(?:\d{1,2}|dos|tres|cuatro|cinco|seis)"
_SIZE = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}
# How a party splits in cabins, said with the stay: "2 cabañas para 2 cada una", "de a 3
# por cabaña", "somos dos familias de 4", "2 parejas, 2 cabañas" (a couple each).
_EACH_RE = re.compile(
    rf"\b(?P<each>{_N}) (?:personas? )?(?:en |por |para )?cada (?:una|cabana|casa)\b"
    rf"|\bde a (?P<by>{_N}) (?:personas? )?(?:en |por )(?:cada )?(?:cabana|casa)\b"
    rf"|\bfamilias? de (?P<family>{_N})\b|\b(?P<couples>parejas)\b"
)
# "4 y 4", "6 y 3", "en la primera 6", "4 en una y 4 en la otra": a party too big for one
# cabin split, answered to "decime cuántos van en la primera".
_SPLIT_RE = re.compile(
    rf"^(?:(?:bueno|dale|ok|y) )*(?:(?:en )?la primera (?:van |serian |somos |seriamos )?)?"
    rf"(?P<first>{_N})(?: personas?)?(?: en (?:una|la primera))?"
    rf"(?: (?:y |e |mas )?(?:(?:en )?la (?:otra|segunda) )?{_N}(?: personas?)?"
    rf"(?: en (?:la )?(?:otra|segunda))?)?$"
)


# How many of the guest's messages before a split ("4 y 4") may hold the party it splits.
_SPLIT_READ = 4


async def _each_cabin_party(turn: Turn, ctx: Context) -> int | None:
    """The first cabin's party when the message says how the group splits in cabins (two
    cabins asked for, or a group no cabin sleeps); None otherwise ("somos 2 parejas" alone
    is four people in one cabin)."""
    if turn.reply_id or (found := _EACH_RE.search(turn.plain)) is None:
        return None
    cabins = await turn.cabins()
    largest = max((c.capacity for c in cabins), default=0)
    if not (ANOTHER_STAY_RE.search(turn.plain) or (ctx.guests or 0) > largest):
        return None
    said = found["each"] or found["by"] or found["family"]
    if said is None and not _only_couples(turn):
        return None  # "2 parejas con 3 nenes": not a couple in each cabin
    each = 2 if said is None else int(said) if said.isdigit() else _SIZE[said]
    return each if 0 < each <= largest else None


_COUPLES_RE = re.compile(rf"\b(?P<n>{_N}) parejas\b")


def _only_couples(turn: Turn) -> bool:
    """The party is couples and nobody else ("somos 4 parejas", "3 parejas, 3 cabañas"):
    so a couple in each cabin. With kids or friends besides ("2 parejas con 3 nenes"), the
    head count the NLU read is more than the couples make."""
    found = _COUPLES_RE.search(turn.plain)
    if found is None:
        return turn.said.guests is None
    couples = int(found["n"]) if found["n"].isdigit() else _SIZE[found["n"]]
    return turn.said.guests in (None, 2 * couples)


async def first_cabin_party(turn: Turn, ctx: Context) -> int | None:
    """ "4 y 4" or "en la primera 6" after a party that sleeps in no cabin ("somos 8",
    "decime cuántos van en la primera"), said in one of the guest's last few messages (a
    "quiero dos cabañas" or "la de 4 y la de 6" may come between): the first cabin's head
    count."""
    if turn.reply_id or (found := _SPLIT_RE.match(turn.plain)) is None:
        return None
    cabins = await turn.cabins()
    largest = max((c.capacity for c in cabins), default=0)
    before = ctx.history[:-1][-_SPLIT_READ:]
    if not any((parse(text, turn.today).guests or 0) > largest for text in before):
        return None
    first = found["first"]
    return int(first) if first.isdigit() else _SIZE[first]


async def split_pending(turn: Turn, ctx: Context) -> tuple[int, int] | None:
    """(the party, the largest cabin) when one of the guest's last few messages gave a
    party no cabin sleeps ("somos 9"): the head count still wanted is the first cabin's."""
    cabins = await turn.cabins()
    largest = max((c.capacity for c in cabins), default=0)
    before = ctx.history[:-1][-_SPLIT_READ:]
    parties = [parse(text, turn.today).guests or 0 for text in before]
    too_big = [n for n in parties if largest and n > largest]
    return (too_big[-1], largest) if too_big else None


def _told_too_big(turn: Turn, ctx: Context, largest: int) -> bool:
    """One of the guest's last few messages before this one already gave a party no cabin
    sleeps, so "la más grande es para 6" was said: not to be said again word for word."""
    before = ctx.history[:-1][-_SPLIT_READ:]
    return any((parse(text, turn.today).guests or 0) > largest for text in before)


def _party_too_big_before(turn: Turn, ctx: Context, largest: int) -> int | None:
    """The party the guest's previous message gave when no cabin sleeps that many ("somos
    8", answered with "decime cuántos van en la primera"): the dates that follow still
    need the first cabin's head count, not the whole party's."""
    if not largest or len(ctx.history) < 2 or turn.said.guests:
        return None
    before = parse(ctx.history[-2], turn.today).guests
    return before if before and before > largest else None


def when_free_pending(turn: Turn, ctx: Context) -> bool:
    """The guest's previous message asked "¿qué días tienen libres?" and the bot asked back
    how many they are: a bare "2" now is that head count."""
    before = ctx.history[-2] if len(ctx.history) > 1 else ""
    return ctx.check_in is None and bool(WHEN_FREE_RE.search(plain(before)))


def _when_free_asked(turn: Turn, ctx: Context) -> bool:
    """ "¿Para cuándo tienen lugar?", or the head count or month that answers what it asks
    back ("para 2", "en marzo"): the first free stays are still what the guest wants."""
    if WHEN_FREE_RE.search(turn.plain):
        return True
    if ctx.nights and ctx.guests and _month_asked(turn):
        return True  # "¿y para marzo?" on a list (`fresh_stay`)
    said = turn.said
    if ctx.nights and ctx.guests and said.month and said.check_in is None:
        # "Somos 2, 4 noches en abril, ¿qué disponibilidad tienen?": all but the day given,
        # and what is free asked: the first free stays that month, not "¿desde qué día?".
        return bool(FREE_ASKED_RE.search(turn.plain))
    before = ctx.history[-2] if len(ctx.history) > 1 else ""
    return bool(WHEN_FREE_RE.search(plain(before))) and turn.said.check_in is None


async def when_free(turn: Turn, ctx: Context) -> Step:
    """ "¿Para cuándo tienen lugar?": the first free stays (in the month named, if any)
    for the head count; without it, a month and the head count are asked, not a day."""
    ctx = understood(ctx)
    if ctx.guests is None:
        return step(State.ASK_DATES, ctx, replies.when_free_ask(ctx.month))
    floor = turn.today
    if ctx.month:
        year = turn.today.year + (ctx.month < turn.today.month)
        # "a fines de abril": from the 21st ("a mediados", the 11th).
        part = PART_OF_MONTH_RE.search(turn.plain)
        day = _PART_DAYS[part[1]] if part else 1
        floor = max(floor, dt.date(year, ctx.month, day))
    found = await _first_free(turn, ctx.guests, ctx.nights, floor)
    if not found:
        return step(State.ASK_DATES, ctx, replies.nothing_free())
    return _offer(State.CHOOSE_CABIN, ctx, replies.next_free(found, ctx.guests, ctx.month), found)


async def _first_free(
    turn: Turn, guests: int, wanted: int | None, floor: dt.date, limit: int = 3
) -> list[Quote]:
    """Up to `limit` stays one after the other from `floor`, each the cheapest free cabin
    for the nights asked (or the shortest stay the cabins take from that day)."""
    fitting = [c for c in await turn.cabins() if c.capacity >= guests]
    found: list[Quote] = []
    start, horizon = floor, floor + dt.timedelta(days=WHEN_FREE_DAYS)
    while fitting and start < horizon and len(found) < limit:
        n = wanted or _long_enough(fitting, start, 1)
        try:
            quotes = await availability.find_available(
                turn.pool, turn.rules, Stay(start, start + dt.timedelta(days=n)), guests
            )
        except InvalidStay:
            break
        if quotes:
            found.append(quotes[0])
        start += dt.timedelta(days=n if quotes else 1)
    return found


def _long_enough(cabins: list[Cabin], check_in: dt.date, nights: int) -> int:
    """The fewest nights from `nights` up that some of these cabins take from `check_in`
    (a longer stay can reach into a season that asks for more)."""
    for n in range(nights, nights + 8):
        stay = Stay(check_in, check_in + dt.timedelta(days=n))
        if any(n >= min_nights_for(c, stay) for c in cabins):
            return n
    return nights


def _offer(state: State, ctx: Context, message: replies.ListMessage, quotes: list[Quote]) -> Step:
    ids = tuple(replies.pick_id(q) for q in quotes[: replies.MAX_ROWS])
    return step(state, dataclasses.replace(ctx, offers=ids), message)


def refuse_stay(
    turn: Turn, ctx: Context, reason: str, min_nights: int | None = None, offer: int | None = None
) -> Step:
    """`offer`: with a stay too short, the nights from its arrival that meet the minimum."""
    if reason in ("too_long", "bad_range") and (out := _written_before(turn, ctx)) is not None:
        # "del 20/3 al 15/3": the departure is before the arrival (read a year on, it was
        # "too long"). Both days said back, and the stay the other way round offered: a
        # "dale" takes it (`ctx.nights`, as for a stay too short), other dates replace it.
        first, last = sorted((ctx.check_in, out))  # type: ignore[type-var]
        said = replies.dates_reversed(ctx.check_in, out)  # type: ignore[arg-type]
        ctx = dataclasses.replace(
            ctx, check_in=first, check_out=None, nights=(last - first).days, month=None
        )
        return step(State.ASK_DATES, ctx, said)
    text = replies.invalid_stay(
        reason, max_nights=turn.rules.max_stay_nights, min_nights=min_nights
    )
    if reason == "min_nights" and min_nights and ctx.check_in and ctx.check_out:
        # The dates understood, the rule, and a stay that meets it: "dale" takes it
        # (`ctx.nights` holds it while we wait for the departure).
        offer = offer or min_nights
        out = ctx.check_in + dt.timedelta(days=offer)
        tonight = ctx.check_in == turn.today and (ctx.check_out - ctx.check_in).days == 1
        text = replies.stay_too_short(ctx.check_in, ctx.check_out, min_nights, out, tonight=tonight)
        ctx = dataclasses.replace(ctx, check_out=None, nights=offer, refused_out=ctx.check_out)
        return step(State.ASK_DATES, ctx, text)
    if reason in ("min_nights", "too_long") and ctx.check_in:
        # Keep the arrival: the guest only needs to stay longer (or shorter).
        return step(State.ASK_DATES, dataclasses.replace(ctx, check_out=None, nights=None), text)
    return step(State.ASK_DATES, dataclasses.replace(ctx, check_in=None, check_out=None), text)


def _written_before(turn: Turn, ctx: Context) -> dt.date | None:
    """The departure as written when it falls before the arrival ("del 20/3 al 15/3", read
    with the departure a year on as if the stay crossed New Year), if the stay the other way
    round is ahead and not too long; else None."""
    if ctx.check_in is None or ctx.check_out is None:
        return None
    out = ctx.check_out
    if out > ctx.check_in:
        try:
            out = out.replace(year=ctx.check_in.year)
        except ValueError:  # the 29th of February
            return None
    if out >= ctx.check_in or out < turn.today:
        return None
    if (ctx.check_in - out).days > turn.rules.max_stay_nights:
        return None
    return out


async def _nothing_free(turn: Turn, ctx: Context, stay: Stay, guests: int) -> Step:
    """Explain why nothing fits (too many people, too few nights) or offer shifted dates."""
    cabins = await turn.cabins()
    big_enough = [c for c in cabins if c.capacity >= guests]  # some, as `search` checked
    if big_enough and all(stay.nights < min_nights_for(c, stay) for c in big_enough):
        needed = min(min_nights_for(c, stay) for c in big_enough)
        offer = _long_enough(big_enough, stay.check_in, needed)
        longer = Stay(stay.check_in, stay.check_in + dt.timedelta(days=offer))
        quotes = await _free_quotes(turn, longer, guests)
        if not quotes and (taken := await _longer_taken(turn, ctx, stay, longer, guests, needed)):
            return taken
        found = refuse_stay(turn, ctx, "min_nights", needed, offer)
        if len(big_enough) < len(cabins):
            # "¿Y para 5?": say which cabins sleep that many, not only the nights they ask.
            out = stay.check_in + dt.timedelta(days=offer)
            why = replies.min_nights_for_party(
                big_enough, guests, needed, (stay.check_in, stay.check_out), out
            )
            found = dataclasses.replace(found, replies=(why,))
        if turn.intent == "prices" and quotes:
            # "¿Cuánto sale una noche para 2 el 20?": the minimum said, and what the stay
            # offered instead costs, rather than no price at all.
            found = dataclasses.replace(
                found, replies=(*found.replies, replies.listed_totals(quotes))
            )
        return found
    try:
        others = await availability.suggest_alternatives(turn.pool, turn.rules, stay, guests)
    except InvalidStay as exc:
        return refuse_stay(turn, ctx, exc.reason, exc.min_nights)
    if others:
        return _offer(State.CHOOSE_CABIN, ctx, replies.alternatives(others), others)
    ctx = dataclasses.replace(ctx, check_in=None, check_out=None)
    return step(State.ASK_DATES, ctx, replies.nothing_free())


async def _free_quotes(turn: Turn, stay: Stay, guests: int) -> list[Quote]:
    try:
        return await availability.find_available(turn.pool, turn.rules, stay, guests)
    except InvalidStay:
        return []


async def _longer_taken(
    turn: Turn, ctx: Context, stay: Stay, longer: Stay, guests: int, needed: int
) -> Step | None:
    """When the stay long enough from that arrival is not free either (the caller found
    it so): free stays of that length nearby, rather than offering one that "dale" would
    find taken (None: nothing near is)."""
    try:
        others = await availability.suggest_alternatives(turn.pool, turn.rules, longer, guests)
    except InvalidStay:
        return None
    if not others:
        return None
    said = replies.too_short_and_taken(stay.check_in, stay.check_out, needed, others)
    return _offer(State.CHOOSE_CABIN, ctx, said, others)


async def offered_totals(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Cuánto sale?" to "¿te sirve del 31/12 al 03/01? Decime dale" (a stay too short,
    a longer one offered): that stay's totals, for the party (and the cabin named), and
    the offer again; None when nothing of it is free."""
    if not (ctx.check_in and ctx.nights and ctx.guests):
        return None
    stay = Stay(ctx.check_in, ctx.check_in + dt.timedelta(days=ctx.nights))
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, ctx.guests)
    except InvalidStay:
        return None
    quotes = [q for q in quotes if q.cabin.slug == ctx.cabin] or quotes
    if not quotes:
        return None
    again = replies.offer_departure(ctx.check_in, ctx.nights)
    return step(State.ASK_DATES, understood(ctx), replies.listed_totals(quotes), again)


def other_dates(ctx: Context) -> Context:
    """ "Cambiar fechas": the dates go; their month stays the one days are read in
    (`handlers.in_month_of_talk`), so "del 17 al 20" after a March stay is in March."""
    month = ctx.check_in.month if ctx.check_in else ctx.month
    part = None if ctx.check_in else ctx.month_part
    return dataclasses.replace(
        ctx,
        check_in=None,
        check_out=None,
        nights=None,
        cabin=None,
        month=month,
        month_part=part,
    )


def _month_beside_info(said: Understanding, intent: str) -> bool:
    """ "¿Y el mínimo en enero?", "¿la pileta está abierta en octubre?": a month that only
    says when the thing asked about (the NLU's `info`), no stay to search (round 26)."""
    others = (said.check_in, said.check_out, said.nights, said.guests, said.extra_guests)
    return intent == "info" and bool(said.topics) and all(v is None for v in others)


def fresh_stay(turn: Turn, ctx: Context, *, awaiting_departure: bool = False) -> Context | None:
    """The context with the stay the guest just gave (even the same one again, which
    searches afresh), or None when the message says nothing about a stay."""
    if not says_stay(turn.said) or _month_beside_info(turn.said, turn.intent):
        return None  # "¿y el mínimo en enero?": answered as a question, the list kept
    said = _weekend_after_stay(turn, ctx)
    fresh = absorb(ctx, said, awaiting_departure=awaiting_departure)
    if _month_asked(turn) and ctx.check_in and ctx.check_out and not fresh.nights:
        # "¿Y para marzo?" after a stay was searched: as many nights in that month, and the
        # first free ones listed (`when_free`), not "¿qué días de marzo?" asked back.
        fresh = dataclasses.replace(fresh, nights=(ctx.check_out - ctx.check_in).days)
    return fresh


# Words around a month asked about alone ("¿y para marzo tenés algo libre?").
_AROUND_A_MONTH = frozenset(
    "y para en el de del mes que q tal tenes tienen hay habra algo lugar libre libres "
    "disponible disponibilidad como esta estas viene entonces tambien porfa".split()
)


def _month_asked(turn: Turn) -> bool:
    """Only a month, asked about ("¿y para marzo?", "y en abril?", "¿para mayo tenés?"),
    not a part of it ("¿y el finde largo de marzo?", "¿la primera semana de abril?")."""
    said = turn.said
    if turn.reply_id or not said.month or said.check_in or said.check_out or said.nights:
        return False
    if "?" not in (turn.msg.text or "") and not turn.plain.startswith("y "):
        return False
    return len([w for w in turn.plain.split() if w not in _AROUND_A_MONTH]) <= 1


# "el viernes 6", "sábado 14 de marzo": a weekday with its day of the month (plain text).
_WEEKDAY_DAY_RE = re.compile(
    r"\b(lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:el |de |del )?(\d{1,2})\b"
)
_WEEKDAY_NAMES = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")


def _weekdays_wrong(turn: Turn, ctx: Context) -> list[tuple[dt.date, int]]:
    """The stay's days the guest named with another weekday ("el viernes 6" when the 6th is
    a Saturday), each with the weekday said; the day numbers are what is searched."""
    if not (ctx.check_in and ctx.check_out) or not _DIGITS_RE.search(turn.plain):
        return []
    wrong: list[tuple[dt.date, int]] = []
    for name, number in _WEEKDAY_DAY_RE.findall(turn.plain):
        said = _WEEKDAY_NAMES.index(name)
        for day in (ctx.check_in, ctx.check_out):
            if day.day == int(number) and day.weekday() != said and (day, said) not in wrong:
                wrong.append((day, said))
    return wrong


_DIGITS_RE = re.compile(r"\d")


def moved_stay(text: str, said: Understanding, ctx: Context) -> Understanding:
    """ "¿Podemos cambiar al 16?", "¿la pasamos para el 20?" with a stay known: the same
    nights from that day. Read alone, "al 16" is a departure (and, in the stay's month,
    the stay on screen cut to end on the 16th) and "para el 16" an arrival with the
    departure asked again; moving a stay keeps its length."""
    if not (ctx.check_in and ctx.check_out):
        return said
    words = plain(text)
    if STARTS_MOVED_RE.match(words) and len(words.split()) <= 7:
        # "Mejor del 12" after five nights from the 10th: the same five from the 12th, not
        # "¿hasta qué día te quedás?" (the reply says the dates, to correct if need be).
        if said.check_in and said.check_out is None and not said.nights and not said.month:
            length = ctx.check_out - ctx.check_in
            return dataclasses.replace(said, check_out=said.check_in + length, nights=None)
        return said
    if ARRIVAL_RE.search(words) and said.check_in and said.check_in != ctx.check_in:
        if said.check_out is None and not said.nights and not said.month:
            # "Mejor llegamos el 11" on the 10th to the 13th: the arrival moved, the departure
            # kept (as "¿podemos llegar un día antes?"); past it, the nights are kept.
            out = ctx.check_out if said.check_in < ctx.check_out else None
            out = out or said.check_in + (ctx.check_out - ctx.check_in)
            return dataclasses.replace(said, check_out=out, nights=(out - said.check_in).days)
    if not MOVED_TO_RE.search(words):
        return said
    if said.check_out and said.check_in in (None, ctx.check_in):
        day = said.check_out
    elif said.check_in and said.check_out is None and not said.nights:
        day = said.check_in
    else:
        return said
    length = ctx.check_out - ctx.check_in
    return dataclasses.replace(said, check_in=day, check_out=day + length, nights=None)


# "¿Y el que viene?", "¿y el siguiente?", "y para el otro?": the next one of what is on
# screen, the noun left out (plain text; a cabin is "la", so "¿y la otra?" is no weekend).
# A "no" before it corrects the weekend read ("no, el siguiente", "nono el q viene, no este",
# "no, el de la semana que viene"): said on a Friday, "el finde que viene" is that weekend.
_THE_NEXT_ONE_RE = re.compile(
    r"^(?:(?:no+){1,3}(?: no+)?(?: (?:ese|este|esa|esta) no)? )?(?:y |e )?(?:para |pa |en )?el"
    r" (?:que viene|q viene|siguiente|otro|proximo|prox|de despues|que sigue"
    r"|de la (?:semana que viene|semana q viene|otra semana|semana siguiente|proxima semana))"
    r"(?: (?:tienen|tenes|hay|hay algo|como esta|como estan|que tal))?"
    r"(?: no (?:este|ese|esta|esa))?$"
)


# "el finde que viene", "el próximo finde", "el prox fin de semana" (plain text).
_COMING_WEEKEND_RE = re.compile(
    r"\b(?:proximo|prox) (?:finde|fin de semana)\b"
    r"|\b(?:finde|fin de semana)(?: largo)? (?:que viene|q viene|proximo|prox)\b"
)


def next_weekend_elided(text: str, said: Understanding, ctx: Context) -> Understanding:
    """ "¿Y el que viene?" with a weekend stay on screen (in on a Friday or Saturday, three
    nights at most): the weekend after it, as "¿y el finde siguiente?" is. Alone the NLU
    cannot tell what "el que viene" is, and the bot said it had no such info. So is "¿y el
    finde que viene?" said on the Friday of the weekend on screen: alone it is this weekend
    (rounds 15's rows), but the guest already has this one and asks for the next."""
    if not (ctx.check_in and ctx.check_out):
        return said
    weekend = ctx.check_in.weekday() in (4, 5) and (ctx.check_out - ctx.check_in).days <= 3
    if not weekend:
        return said
    words = plain(text)
    if said.check_in or said.check_out:
        same = (said.check_in, said.check_out) == (ctx.check_in, ctx.check_out)
        if not (same and _COMING_WEEKEND_RE.search(words)):
            return said
    elif not _THE_NEXT_ONE_RE.match(words):
        return said
    week = dt.timedelta(days=7)
    return dataclasses.replace(
        said, intent="availability", check_in=ctx.check_in + week, check_out=ctx.check_out + week
    )


def _weekend_after_stay(turn: Turn, ctx: Context) -> Understanding:
    """ "¿Y el fin de semana siguiente?" with a stay on screen: the weekend after that
    stay (the next one when it is a weekend stay, the one that follows a weekday stay),
    not the one after today's coming weekend, which is how the NLU reads it alone."""
    said = turn.said
    if not (ctx.check_in and said.check_in and said.check_out and not turn.reply_id):
        return said
    if not NEXT_WEEKEND_RE.search(turn.plain):
        return said
    arrival = ctx.check_in
    friday = arrival + dt.timedelta(days=(4 - arrival.weekday()) % 7)
    if arrival.weekday() >= 4:  # a weekend stay: the weekend after it
        friday = arrival - dt.timedelta(days=arrival.weekday() - 4) + dt.timedelta(days=7)
    length = said.check_out - said.check_in
    return dataclasses.replace(said, check_in=friday, check_out=friday + length)


def stay_changed(before: Context, after: Context) -> bool:
    fields = ("check_in", "check_out", "nights", "month", "guests")
    return any(getattr(before, f) != getattr(after, f) for f in fields)


# ------------------------------------------------------------------ a cabin picked


async def pick(turn: Turn, ctx: Context, row_id: str, *, again: bool = False) -> Step:
    """A cabin (and maybe other dates) was chosen: check it is still free, then summarise
    (`again`: the summary the guest dropped and asked back)."""
    parsed = parse_pick(row_id)
    if parsed is None:
        return await search(turn, ctx)
    slug, stay = parsed
    # A row tapped on a list that is not the last one sent (the guest scrolled up).
    old_row = turn.reply_id == row_id and row_id not in ctx.offers
    now = stay_of(ctx)
    if old_row and now is not None and now != stay:
        # Listed for dates the guest has changed since: the latest dates win.
        old = (stay.check_in, stay.check_out)
        return prepend(
            await search(turn, ctx), replies.stale_list(old, (now.check_in, now.check_out))
        )
    cabin = await cabin_by_slug(turn, slug)
    if ctx.guests is None:
        # A list from a conversation dropped since: its dates, then the head count, with
        # the cabin tapped remembered for its summary when the count comes.
        ctx = dataclasses.replace(ctx, check_in=stay.check_in, check_out=stay.check_out)
        found = await search(turn, dataclasses.replace(ctx, nights=None, month=None))
        return found if cabin is None else await named_with_the_stay(turn, found, cabin)
    if old_row and cabin is not None and (held := await current_hold(turn, ctx)) is not None:
        if is_live(held) and held.accommodation_id == cabin.id and held.stay == stay:
            # The cabin the guest already holds: the link again, not "it was just taken".
            shown = await payment_status(turn, ctx, held)
            return prepend(shown, replies.already_held(held))
    # A row of a window's list ("entre el 10 y el 20, 3 noches") is the stay chosen in it.
    ctx = dataclasses.replace(
        ctx, check_in=stay.check_in, check_out=stay.check_out, misses=0, window_end=None
    )
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, ctx.guests)
    except InvalidStay as exc:
        return refuse_stay(turn, ctx, exc.reason, exc.min_nights)
    quote = next((q for q in quotes if q.cabin.slug == slug), None)
    if quote is None:
        again = await search(turn, ctx)
        if cabin is not None and cabin.capacity < ctx.guests:
            # Listed before the head count grew: too small, not taken.
            return prepend_no(again, replies.cabin_not_listed(cabin, ctx.guests))
        return prepend_no(again, replies.no_longer_free())
    ctx = dataclasses.replace(ctx, cabin=slug)
    return step(State.CONFIRM_HOLD, ctx, summary_reply(turn, quote, ctx.guests, again=again))


def summary_reply(
    turn: Turn, quote: Quote, guests: int, *, again: bool = False, changed: bool = False
) -> replies.Outbound:
    rules = turn.rules
    return replies.summary(
        quote, guests, rules.deposit_percent, rules.hold_ttl_minutes, again=again, changed=changed
    )


# ------------------------------------------------------------------ the stay kept, searched again


async def step_back(turn: Turn, state: State, ctx: Context) -> Step | None:
    """ "volver", "atrás", "ver la lista de nuevo" mid-booking: one step back, the stay
    kept (from the summary, the same list; from the list or the head count question,
    the dates again with the head count kept). None where there is no step back."""
    back = bool(BACK_RE.match(turn.plain))
    listed = bool(LIST_AGAIN_RE.search(turn.plain)) or (
        state == State.CHOOSE_CABIN and bool(REPEAT_RE.search(turn.plain))
    )
    if turn.reply_id or not (back or listed):
        return None
    if state == State.CONFIRM_HOLD or (state == State.CHOOSE_CABIN and listed):
        if (dates := await _dates_offered_again(turn, understood(ctx))) is not None:
            return dates  # the summary came from a list of dates ("¿para cuándo tienen?")
        return await search(turn, understood(ctx))
    if state in (State.CHOOSE_CABIN, State.ASK_GUESTS) and back:
        ctx = dataclasses.replace(other_dates(understood(ctx)), offers=())
        return step(State.ASK_DATES, ctx, replies.ask_new_dates())
    return None


async def _dates_offered_again(turn: Turn, ctx: Context) -> Step | None:
    """The list the guest came from, when it offered several dates (the first free stays,
    or dates near the ones asked): those rows again, each checked to be still free, not a
    list of cabins for the one stay picked. None for a list of cabins for one stay."""
    if ctx.guests is None or len({o.split(":", 2)[-1] for o in ctx.offers}) < 2:
        return None
    found: list[Quote] = []
    for offer in ctx.offers:
        parsed = parse_pick(offer)
        if parsed is None:
            continue
        try:
            free = await availability.find_available(turn.pool, turn.rules, parsed[1], ctx.guests)
        except InvalidStay:
            continue
        found += [q for q in free if q.cabin.slug == parsed[0]]
    if not found:
        return None
    ctx = dataclasses.replace(ctx, cabin=None)
    return _offer(State.CHOOSE_CABIN, ctx, replies.dates_again(found, ctx.guests), found)


# "la misma cabaña (de la otra vez)", "la misma de antes", "la de siempre": the guest's own.
_SAME_CABIN_RE = re.compile(
    r"\b(?:la|en la) misma(?: cabana| casa)?(?: (?:de|que) (?:la otra vez|la vez pasada|antes"
    r"|siempre|la ultima vez|ahora|este verano|el ano pasado))?\b(?! (?:fecha|semana|noche))"
    # "somos 2 de la misma empresa": a feminine noun of its own after "la misma" is that
    # noun, not the cabin ("la misma para 4", "la misma ya" still are).
    r"(?! (?!para\b|ya\b|ahora\b|una\b|esta\b|otra\b|nada\b)[a-z]+(?:as?|ion|dad)\b)"
    r"|\bla (?:cabana )?de (?:siempre|la otra vez|la vez pasada)\b"
)


@dataclasses.dataclass(frozen=True)
class LastStay:
    cabin: Cabin
    ended: bool  # the stay is over: the guest is coming back


async def same_cabin_as_before(turn: Turn) -> LastStay | None:
    """ "Quiero reservar la misma cabaña (de la otra vez)": the cabin of the guest's latest
    stay, an ended one included (a guest coming back after last summer), or of a hold.
    None when the message does not ask for it or the number has no stay."""
    if not asks_same_cabin(turn):
        return None
    latest = await holds.latest_stay_for(turn.pool, turn.msg.wa_id)
    if latest is None:
        return None
    cabin = await turn.cabin_of(latest)
    return LastStay(cabin, latest.check_out <= turn.today) if cabin else None


def after_hello(found: Step, note: replies.Outbound) -> Step:
    """`note` first in `found`, or right after its greeting."""
    at = 1 if found.replies[:1] == (replies.hello(found.ctx.name),) else 0
    return dataclasses.replace(found, replies=(*found.replies[:at], note, *found.replies[at:]))


def asks_same_cabin(turn: Turn) -> bool:
    return not turn.reply_id and bool(_SAME_CABIN_RE.search(turn.plain))


async def rest_of_group(turn: Turn, ctx: Context, booked: int) -> int | None:
    """The second cabin's party of a group no cabin sleeps ("somos 8", then 6 booked in the
    first): the group said earlier in the chat less the ones booked, when it fits a cabin."""
    cabins = await turn.cabins()
    largest = max((c.capacity for c in cabins), default=0)
    for text in reversed(ctx.history[:-1]):
        group = parse(text, turn.today).guests
        if group and group > largest:
            rest = group - booked
            return rest if 0 < rest <= largest else None
    return None


# "las mismas fechas", "mismos días", "esas fechas", "las mismas noches": the stay already
# talked about or booked, for another cabin.
_SAME_DATES_RE = re.compile(
    r"\b(?:(?:las )?mismas (?:fechas|noches)|(?:la )?misma fecha|(?:los )?mismos dias"
    r"|(?:esas|estas) (?:fechas|noches)|(?:esos|estos) dias)\b"
)


async def another_cabin(turn: Turn, ctx: Context) -> Step | None:
    """ "Quiero otra cabaña (para las mismas fechas)" with no booking in progress: the stay
    talked about, or else the guest's latest reservation, searched again for the head
    count of the other cabin. None when the message gives a stay of its own (searched as
    usual) or there is no stay to take the dates from."""
    said = turn.said
    if turn.reply_id or not ANOTHER_STAY_RE.search(turn.plain):
        return None
    # "y otra cabaña para mis viejos las mismas fechas": a head count, the dates kept
    party = said.guests if _SAME_DATES_RE.search(turn.plain) and not said.extra_guests else None
    dated = any(v is not None for v in (said.check_in, said.check_out, said.nights, said.month))
    if says_stay(said) and (dated or party is None):
        return None  # a stay of its own ("otra cabaña para 4 del 5 al 8"), searched as usual
    if OTHER_DATES_RE.search(turn.plain):
        return None  # "otra reserva para otras fechas": the dates are asked, as for any stay
    stay = stay_of(ctx)
    mine = await turn.active_reservations()
    if stay is None:
        if not mine:
            return None
        stay = max(mine, key=lambda r: r.check_in).stay
    same = [r for r in mine if r.stay == stay]
    rest = party or (await rest_of_group(turn, ctx, same[-1].guests) if same else None)
    ctx = dataclasses.replace(
        understood(ctx), check_in=stay.check_in, check_out=stay.check_out, guests=rest,
        nights=None, month=None, cabin=None,
    )  # fmt: skip
    told = replies.rest_of_group(rest) if rest and not party else replies.another_cabin_same_dates()
    hello = [replies.hello(ctx.name)] if said.greeted else []
    return prepend(await search(turn, ctx), *hello, told)
