"""The booking flow: dates and guests → free cabins → summary → hold and payment link."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from booking import availability, holds
from booking.catalog import list_cabins
from booking.errors import DatesUnavailable, InvalidStay, ReservationNotFound
from booking.models import Cabin, Guest, Quote, Reservation, Status, Stay
from booking.pricing import min_nights_for, quote_stay
from bot import replies
from bot.handlers import (
    Step,
    Turn,
    absorb,
    arrival_moved,
    asks,
    cabin_by_slug,
    clear_flow,
    hesitant,
    link_is_demo,
    local_time,
    miss,
    name_words,
    named_cabin,
    payment_link,
    plain,
    says_stay,
    stay_of,
    step,
    unaccented,
    understood,
)
from bot.handlers_choose import (
    ANOTHER_RE,
    CHEAPER_RE,
    CHEAPEST_RE,
    RANKED_ASKED_RE,
    cabins_asked_about,
    cheapest_of,
    compared_offers,
    described_offer,
    listed_at_place,
    listed_quotes,
    other_listed,
    parse_pick,
    unlisted_cabin,
)
from bot.handlers_info import (
    about_a_cabin,
    answer_info,
    answer_prices,
    feature_of,
    listed_cabins,
    topics_of,
    wants_info,
    with_feature,
)
from bot.handlers_words import (
    A_NIGHT_RE,
    ANOTHER_STAY_RE,
    ARRIVAL_RE,
    BACK_RE,
    BARE_NUMBER_RE,
    BY_FEATURE_RE,
    CARD_TROUBLE_RE,
    CHANGE_DATES_RE,
    CONFIRM_RE,
    DEPARTURE_RE,
    FINAL_YES_RE,
    KEEP_LONGER_RE,
    LATER_RE,
    LINK_RE,
    LINK_TROUBLE_RE,
    LINK_WORKS_RE,
    LIST_AGAIN_RE,
    MY_RESERVATIONS_RE,
    NEXT_WEEKEND_RE,
    NONE_LISTED_RE,
    PAID_MORE_RE,
    PAID_RE,
    PAY_FAILED_RE,
    PAYING_NOW_RE,
    PRICE_HINT_RE,
    RECOMMEND_RE,
    REGRET_RE,
    REPEAT_RE,
    THAT_ONE_RE,
    TIME_LEFT_RE,
    WHAT_HAPPENED_RE,
    WHEN_FREE_RE,
)
from bot.nlu import Understanding, parse
from bot.nlu_vocab import _NUMBER_WORDS as NUMBER_WORDS
from bot.session import Context
from bot.states import State

log = logging.getLogger(__name__)
PICK_PREFIX = "pick:"
_HOLD_ACTIONS = (
    ("confirm", replies.HOLD_CONFIRM),
    ("change", replies.HOLD_CHANGE),
    ("cancel", replies.HOLD_CANCEL),
)


def _last_clause(text: str) -> str:
    """The message's last sentence or clause (after the last . , ; ! or emoji), plain."""
    clauses = [plain(c) for c in re.split(r"[^\w\s/¿?]+", text)]
    return next((c for c in reversed(clauses) if c), "")


def final_yes(turn: Turn) -> bool:
    """A "confirmo" that closes the message after thanks or praise ("Muy amable.
    Confirmo."): a yes, unless the message asks, doubts, defers or says no anywhere."""
    if turn.reply_id or asks(turn) or hesitant(turn) or defers(turn) or turn.said.deny:
        return False
    return bool(FINAL_YES_RE.match(_last_clause(turn.msg.text or "")))


def says_paid(turn: Turn) -> bool:
    """The guest says they paid ("ya te pagué", "te transferí el sábado": the NLU's
    `paid`) or asks whether their payment arrived ("¿llegó la plata?")."""
    return turn.said.paid or bool(PAID_RE.search(turn.plain))


def paid_follow_up(turn: Turn, ctx: Context) -> bool:
    """ "la hice ayer" right after "ya te pagué": more about that payment."""
    if turn.reply_id or len(ctx.history) < 2:
        return False
    return bool(PAID_RE.search(plain(ctx.history[-2]))) and bool(PAID_MORE_RE.search(turn.plain))


RECEIPT_TYPES = frozenset({"image", "document"})  # what a receipt of the deposit comes as
FAR_AHEAD_DAYS = 300  # past ~10 months, a stay is far enough that its year is worth saying
WHEN_FREE_DAYS = 60  # how far "¿para cuándo tienen lugar?" looks for free dates


# ------------------------------------------------------------------ old messages


def hold_button(rid: str) -> tuple[str, str | None] | None:
    """A summary's button: ("confirm" | "change" | "cancel", what that summary was
    about, or None for the bare ids of summaries sent before they carried it)."""
    for action, prefix in _HOLD_ACTIONS:
        if rid == prefix:
            return action, None
        if rid.startswith(prefix + ":"):
            return action, rid[len(prefix) + 1 :]
    return None


def summary_of(ctx: Context) -> str | None:
    """The key of the summary the guest has on screen now (see `replies.summary_key`)."""
    if ctx.cabin and ctx.check_in and ctx.check_out and ctx.guests:
        return replies.summary_key(ctx.cabin, ctx.check_in, ctx.check_out, ctx.guests)
    return None


def dropped(ctx: Context) -> Context:
    """The flow forgotten after "cancelar", but a summary on screen is kept as the
    one offer (with its head count), so "¡no, me equivoqué!" can bring it back."""
    cleared = clear_flow(ctx)
    if summary_of(ctx) is None:
        return cleared
    row = f"{PICK_PREFIX}{ctx.cabin}:{ctx.check_in:%Y%m%d}:{ctx.check_out:%Y%m%d}"
    return dataclasses.replace(cleared, guests=ctx.guests, offers=(row,))


async def take_back(turn: Turn, ctx: Context) -> Step | None:
    """The summary dropped a moment ago (see `dropped`), asked for again: checked
    again and shown, never held without its "Confirmar"."""
    if len(ctx.offers) != 1 or ctx.guests is None or stay_of(ctx) is not None:
        return None
    if turn.reply_id or not REGRET_RE.search(turn.plain):
        return None
    return await pick(turn, understood(ctx), ctx.offers[0], again=True)


def parse_summary(key: str | None) -> tuple[str, Stay, int] | None:
    """(cabin slug, stay, head count) from a summary key."""
    try:
        slug, start, end, guests = (key or "").split(":")
        stay = Stay(
            dt.datetime.strptime(start, "%Y%m%d").date(), dt.datetime.strptime(end, "%Y%m%d").date()
        )
        return slug, stay, int(guests)
    except ValueError:
        return None


async def stale_summary(turn: Turn, key: str | None) -> replies.Text:
    parsed = parse_summary(key)
    cabin = await cabin_by_slug(turn.pool, parsed[0]) if parsed else None
    stay = parsed[1] if parsed else None
    return replies.stale_summary(
        cabin.name if cabin else None,
        stay.check_in if stay else None,
        stay.check_out if stay else None,
    )


async def reservation_of(turn: Turn, key: str | None) -> Reservation | None:
    """The guest's live hold or confirmed stay made from the summary with this key."""
    parsed = parse_summary(key)
    cabin = await cabin_by_slug(turn.pool, parsed[0]) if parsed else None
    if parsed is None or cabin is None:
        return None
    mine = await holds.active_reservations_for(turn.pool, turn.msg.wa_id, today=turn.today)
    return next(
        (
            r
            for r in mine
            if r.accommodation_id == cabin.id
            and r.stay == parsed[1]
            and (r.status == Status.CONFIRMED or is_live(r))
        ),
        None,
    )


def _prepend(found: Step, *before: replies.Outbound) -> Step:
    return dataclasses.replace(found, replies=(*before, *found.replies))


def is_live(held: Reservation) -> bool:
    """A hold still waiting for its deposit (the expiry job may not have run yet)."""
    if held.status != Status.PRE_RESERVED:
        return False
    return held.expires_at is None or held.expires_at > dt.datetime.now(dt.UTC)


async def _old_summary(turn: Turn, ctx: Context, state: State, *prompt: replies.Outbound) -> Step:
    """A summary's button tapped after the guest moved on (new dates, another list).
    "Cambiar fechas" and "Cancelar" are honoured (nothing is held by them);
    "Confirmar" holds nothing: the guest sees where we are instead."""
    action, key = hold_button(turn.reply_id) or ("confirm", None)
    if action == "change":
        ctx = _other_dates(ctx)
        return step(State.ASK_DATES, dataclasses.replace(ctx, offers=()), replies.ask_new_dates())
    if action == "cancel":
        if (res := await reservation_of(turn, key)) is not None:
            # Its stay was held (or paid) since: "¿seguro?" about it, never "lo dejamos acá".
            ctx = dataclasses.replace(clear_flow(ctx), cancel=res.code)
            return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(res))
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    return step(state, ctx, await stale_summary(turn, key), *prompt)


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
        ctx = dataclasses.replace(_other_dates(understood(ctx)), offers=())
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


# ------------------------------------------------------------------ the search


async def search(turn: Turn, ctx: Context) -> Step:
    """Ask for whatever is missing, else list the free cabins (or alternatives)."""
    ctx = dataclasses.replace(ctx, offers=(), cabin=None, cancel=None)
    cabins = await list_cabins(turn.pool)
    if ctx.guests and cabins and ctx.guests > (largest := max(c.capacity for c in cabins)):
        # Before asking for dates: no dates can make room for a party this big.
        ctx = dataclasses.replace(ctx, guests=None)
        return step(State.ASK_GUESTS, ctx, replies.too_many_guests(largest))
    # "¡Genial, para 4 personas!" only when the guest just said so, not on a search
    # started from the menu or from "¿puedo cambiar las fechas?" with a party known.
    party = ctx.guests if (turn.said.guests or turn.said.extra_guests) else None
    if ctx.check_in is None:
        ask = replies.ask_dates(guests=party, month=ctx.month, nights_wanted=ctx.nights)
        return step(State.ASK_DATES, ctx, ask)
    if ctx.check_out is None:
        # "para 2" to "¿hasta qué día te quedás?": taken, and the departure asked again.
        return step(State.ASK_DATES, ctx, replies.ask_departure(ctx.check_in, guests=party))
    stay = Stay(ctx.check_in, ctx.check_out)
    try:
        # Before asking anything else: "356 noches" must not be repeated back to the guest.
        availability.validate_stay(turn.rules, stay)
    except InvalidStay as exc:
        return _invalid(turn, ctx, exc.reason, exc.min_nights)
    if ctx.guests is None:
        return step(State.ASK_GUESTS, ctx, replies.ask_guests(ctx.check_in, ctx.check_out))
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, ctx.guests)
    except InvalidStay as exc:
        return _invalid(turn, ctx, exc.reason, exc.min_nights)
    if quotes:
        return _offer(State.CHOOSE_CABIN, ctx, replies.cabin_list(quotes, ctx.guests), quotes)
    return await _nothing_free(turn, ctx, stay, ctx.guests)


async def search_said(turn: Turn, ctx: Context, *, wanted: str | None = None) -> Step:
    """The search for a stay the guest just gave, answering what came with it: a
    greeting ("hola! del 1 al 4...") or a question ("...somos 2 y un perro, se puede?").
    A cabin named with it ("la de 4 del 16 al 19") is summed up at once (`wanted`: the
    slug of one named earlier, while we asked for the dates or the head count)."""
    if (
        ctx.check_in is None
        and ctx.guests
        and (turn.intent == "prices" or PRICE_HINT_RE.search(turn.plain))
        and _parties(turn, await list_cabins(turn.pool))
    ):
        # "¿Cuánto sale para 2? ¿y para 6?": prices for both, and no head count assumed.
        ctx = dataclasses.replace(ctx, guests=None)
    if ctx.check_in is None and not turn.reply_id and WHEN_FREE_RE.search(turn.plain):
        found = await when_free(turn, ctx)
    else:
        found = await search(turn, ctx)
    cabins = await list_cabins(turn.pool)
    if (advice := _advice_before_dates(turn, found, cabins)) is not None:
        return advice  # "¿cuál me recomendás para una pareja?": that one, then the dates
    cabin = named_cabin(turn.msg.text or "", cabins)
    if cabin is not None and not _asked_for(turn, cabin):
        cabin = None  # "mi amiga se quedó en la de 6": a story, not a request
    cabin = cabin or next((c for c in cabins if c.slug == wanted), None)
    if cabin is not None and not ANOTHER_STAY_RE.search(turn.plain):
        found = await _named_with_the_stay(turn, found, cabin)
    elif found.state == State.CHOOSE_CABIN and (cheapest := await _cheapest_asked(turn, found.ctx)):
        found = await pick(turn, found.ctx, cheapest)  # "...reservame la más barata"
    before: list[replies.Outbound] = []
    if turn.said.greeted:
        before.append(replies.hello(ctx.name))
    if turn.said.check_in and ctx.check_in == turn.said.check_in and _far_ahead(turn, ctx):
        if _passed_this_year(turn, ctx.check_in):
            # "del 10 al 15 de noviembre" asked on the 26th: next November, and we say so.
            before.append(replies.year_ahead(ctx.check_in))
    asked = [t for t in topics_of(turn) if "?" in (turn.msg.text or "") or t != "payment"]
    if asked:
        before += await answer_info(turn, ctx)
    asks_price = turn.intent == "prices" or bool(PRICE_HINT_RE.search(turn.plain))
    parties = _parties(turn, cabins) if asks_price else []
    if asks_price and found.state == State.ASK_DATES and ctx.check_in is None and parties:
        # "¿Cuánto sale para 2? ¿y para 6?", "somos 4 pero capaz 6": an answer for each.
        before.append(replies.prices_for_parties(parties))
    elif asks_price and found.state == State.ASK_DATES and ctx.check_in is None:
        # "¿Y la noche para 2?": the nightly prices of what fits, then the dates for a total.
        fitting = [c for c in cabins if not ctx.guests or c.capacity >= ctx.guests]
        before.append(replies.price_ranges(fitting or cabins, ask=False))
    if ANOTHER_STAY_RE.search(turn.plain) and found.state == State.CHOOSE_CABIN and ctx.guests:
        # "Dos cabañas, una para 4 y otra para 2": this list is for the first of them.
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
    if not before:
        return found
    return dataclasses.replace(found, replies=(*before, *found.replies))


def _advice_before_dates(turn: Turn, found: Step, cabins: list[Cabin]) -> Step | None:
    """ "¿Cuál me recomendás para una pareja?" before any dates: the smallest cabin that
    fits the party (the cheapest among those) said, and the dates asked for it; the list
    that follows the dates still shows every free cabin."""
    ctx = found.ctx
    if turn.reply_id or not _ADVICE_ASKED_RE.search(turn.plain):
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


# "¿cuál me recomendás?", "¿qué nos aconsejás?", "¿cuál conviene?" (not "me la recomendaron")
_ADVICE_ASKED_RE = re.compile(
    r"\b(?:cual|que|cuales) (?:me |nos )?(?:recomend|recomiend|aconsej|conviene|sugeri)\w*"
)


# "para 2", "somos 4", "capaz 6": a party size said (not "para 2 noches", "para el 6 de").
_PARTY_RE = re.compile(
    r"\b(?:para|somos|seriamos|seremos|son|capaz|quizas|x)"
    r" (\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho)\b(?! ?(?:noches?|dias?|de|del|hs)\b)"
)
_SIZES = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8}


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
    r"\b(?:quiero|queremos|quisiera|quisieramos|querria|querriamos|reservar|reservo"
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
_BY_SIZE_AT_RE = re.compile(r"\b(?:la|una|el|uno) de (?:\d{1,2}|dos|tres|cuatro|cinco|seis|ocho)\b")


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


async def _named_with_the_stay(turn: Turn, found: Step, cabin: Cabin) -> Step:
    """ "Quiero la de 4 del 16 al 19 para 4": its summary when it is free and fits; else
    why not in one line, and the list of what is free. While the dates or the head count
    are still missing, the cabin is remembered (`ctx.cabin`) for when they come."""
    ctx = found.ctx
    if found.state in (State.ASK_DATES, State.ASK_GUESTS):
        return dataclasses.replace(found, ctx=dataclasses.replace(ctx, cabin=cabin.slug))
    stay = stay_of(ctx)
    if found.state != State.CHOOSE_CABIN or stay is None:
        return found
    dates = f":{stay.check_in:%Y%m%d}:{stay.check_out:%Y%m%d}"
    if f"{PICK_PREFIX}{cabin.slug}{dates}" in ctx.offers:
        return await pick(turn, ctx, f"{PICK_PREFIX}{cabin.slug}{dates}")
    if any(row.endswith(dates) for row in ctx.offers):
        # Others are free on those dates: this one is taken or too small.
        return _prepend(found, replies.cabin_not_listed(cabin, ctx.guests))
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


def _far_ahead(turn: Turn, ctx: Context) -> bool:
    return ctx.check_in is not None and (ctx.check_in - turn.today).days > FAR_AHEAD_DAYS


async def when_free(turn: Turn, ctx: Context) -> Step:
    """ "¿Para cuándo tienen lugar?": the first free stays (in the month named, if any)
    for the head count; without it, a month and the head count are asked, not a day."""
    ctx = understood(ctx)
    if ctx.guests is None:
        return step(State.ASK_DATES, ctx, replies.when_free_ask(ctx.month))
    floor = turn.today
    if ctx.month:
        year = turn.today.year + (ctx.month < turn.today.month)
        floor = max(floor, dt.date(year, ctx.month, 1))
    found = await _first_free(turn, ctx.guests, ctx.nights, floor)
    if not found:
        return step(State.ASK_DATES, ctx, replies.nothing_free())
    return _offer(State.CHOOSE_CABIN, ctx, replies.next_free(found, ctx.guests), found)


async def _first_free(
    turn: Turn, guests: int, wanted: int | None, floor: dt.date, limit: int = 3
) -> list[Quote]:
    """Up to `limit` stays one after the other from `floor`, each the cheapest free cabin
    for the nights asked (or the shortest stay the cabins take from that day)."""
    fitting = [c for c in await list_cabins(turn.pool) if c.capacity >= guests]
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


def _invalid(
    turn: Turn, ctx: Context, reason: str, min_nights: int | None = None, offer: int | None = None
) -> Step:
    """`offer`: with a stay too short, the nights from its arrival that meet the minimum."""
    text = replies.invalid_stay(
        reason, max_nights=turn.rules.max_stay_nights, min_nights=min_nights
    )
    if reason == "min_nights" and min_nights and ctx.check_in and ctx.check_out:
        # The dates understood, the rule, and a stay that meets it: "dale" takes it
        # (`ctx.nights` holds it while we wait for the departure).
        offer = offer or min_nights
        out = ctx.check_in + dt.timedelta(days=offer)
        text = replies.stay_too_short(ctx.check_in, ctx.check_out, min_nights, out)
        ctx = dataclasses.replace(ctx, check_out=None, nights=offer)
        return step(State.ASK_DATES, ctx, text)
    if reason in ("min_nights", "too_long") and ctx.check_in:
        # Keep the arrival: the guest only needs to stay longer (or shorter).
        return step(State.ASK_DATES, dataclasses.replace(ctx, check_out=None, nights=None), text)
    return step(State.ASK_DATES, dataclasses.replace(ctx, check_in=None, check_out=None), text)


async def _nothing_free(turn: Turn, ctx: Context, stay: Stay, guests: int) -> Step:
    """Explain why nothing fits (too many people, too few nights) or offer shifted dates."""
    cabins = await list_cabins(turn.pool)
    big_enough = [c for c in cabins if c.capacity >= guests]  # some, as `search` checked
    if big_enough and all(stay.nights < min_nights_for(c, stay) for c in big_enough):
        needed = min(min_nights_for(c, stay) for c in big_enough)
        offer = _long_enough(big_enough, stay.check_in, needed)
        found = _invalid(turn, ctx, "min_nights", needed, offer)
        if len(big_enough) < len(cabins):
            # "¿Y para 5?": say which cabins sleep that many, not only the nights they ask.
            out = stay.check_in + dt.timedelta(days=offer)
            why = replies.min_nights_for_party(
                big_enough, guests, needed, (stay.check_in, stay.check_out), out
            )
            return dataclasses.replace(found, replies=(why,))
        return found
    try:
        others = await availability.suggest_alternatives(turn.pool, turn.rules, stay, guests)
    except InvalidStay as exc:
        return _invalid(turn, ctx, exc.reason, exc.min_nights)
    if others:
        return _offer(State.CHOOSE_CABIN, ctx, replies.alternatives(others), others)
    ctx = dataclasses.replace(ctx, check_in=None, check_out=None)
    return step(State.ASK_DATES, ctx, replies.nothing_free())


def _other_dates(ctx: Context) -> Context:
    """ "Cambiar fechas": the dates go; their month stays the one days are read in
    (`handlers.in_month_of_talk`), so "del 17 al 20" after a March stay is in March."""
    month = ctx.check_in.month if ctx.check_in else ctx.month
    return dataclasses.replace(
        ctx, check_in=None, check_out=None, nights=None, cabin=None, month=month
    )


def _fresh_stay(turn: Turn, ctx: Context, *, awaiting_departure: bool = False) -> Context | None:
    """The context with the stay the guest just gave (even the same one again, which
    searches afresh), or None when the message says nothing about a stay."""
    if not says_stay(turn.said):
        return None
    said = _weekend_after_stay(turn, ctx)
    return absorb(ctx, said, awaiting_departure=awaiting_departure)


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


async def _aside(turn: Turn, ctx: Context, state: State, pending: str) -> Step | None:
    """Questions mid-flow are answered, then the guest is reminded where we were."""
    if wants_info(turn):
        listed = state == State.CHOOSE_CABIN  # about the cabins on the list, not all
        # "¿la primera tiene parrilla?": that row of the list
        placed = (listed_at_place(turn.plain, ctx.offers) or "::") if listed else "::"
        about = [c for c in await list_cabins(turn.pool) if c.slug == placed.split(":")[1]]
        answer = await answer_info(turn, ctx, listed=listed, about=about)
        return step(state, understood(ctx), answer, replies.nudge(pending))
    if (detail := await about_a_cabin(turn)) is not None:
        return step(state, understood(ctx), detail, replies.nudge(pending))
    if turn.intent == "prices":
        return step(state, understood(ctx), await answer_prices(turn, ctx), replies.nudge(pending))
    if turn.intent == "thanks":
        bye = replies.thanks(ctx.name, farewell=turn.said.farewell, wished=turn.said.wished)
        return step(state, understood(ctx), bye, replies.nudge(pending))
    if turn.intent == "greeting":
        return step(state, understood(ctx), replies.hello(ctx.name), replies.nudge(pending))
    return None


def _later(turn: Turn, ctx: Context, state: State, pending: str) -> Step | None:
    """ "Después te aviso", "esperá que le pregunto a mi marido": no question again, and
    nothing held or dropped. A question asked with it ("esperá, ¿tiene wifi?") is answered."""
    if not defers(turn) or asks(turn):
        return None
    return step(state, understood(ctx), replies.nudge(pending, later=True))


def defers(turn: Turn) -> bool:
    return not turn.reply_id and bool(LATER_RE.search(turn.plain))


def _only_deferred_day(turn: Turn) -> bool:
    """ "Confirmo mañana": the day is when the answer comes, not a new stay."""
    said = turn.said
    return defers(turn) and not any(
        v is not None for v in (said.check_out, said.guests, said.nights, said.month)
    )


def _missed(ctx: Context, state: State, *prompt: replies.Outbound) -> Step:
    ctx = miss(ctx)
    if ctx.misses >= 2:
        return step(state, ctx, replies.not_understood(ctx.misses))
    return step(state, ctx, *prompt)


# ------------------------------------------------------------------ asking


async def on_ask_dates(turn: Turn, ctx: Context) -> Step:
    if hold_button(turn.reply_id):
        return await _old_summary(turn, ctx, State.ASK_DATES, _ask_again(ctx))
    if turn.reply_id:
        return step(State.ASK_DATES, ctx, replies.stale_option(), _ask_again(ctx))
    awaiting = ctx.check_in is not None and ctx.check_out is None
    if awaiting and not turn.reply_id and ARRIVAL_RE.search(turn.plain):
        # "¿y si llegamos el 16?" to "¿hasta qué día te quedás?": a new arrival, not the
        # departure (nor the 16th of next month, 30 nights later).
        awaiting = bool(_one_date(turn.said) is None or DEPARTURE_RE.search(turn.plain))
    if awaiting:
        turn = _departure_after_arrival(turn, ctx)
    said = turn.said
    number = said.choice or _last_number(turn.plain)
    if (
        awaiting
        and number
        and BARE_NUMBER_RE.match(turn.plain)
        and not says_stay(said)
        and number <= turn.rules.max_stay_nights
    ):
        # A bare "3" (or "capaz 3") answers "¿hasta qué día te quedás, o cuántas noches?".
        turn = dataclasses.replace(turn, said=dataclasses.replace(said, nights=number))
    if (fresh := _fresh_stay(turn, ctx, awaiting_departure=awaiting)) is not None:
        return await search_said(turn, fresh, wanted=ctx.cabin)
    if awaiting and ctx.nights and said.affirm and not hesitant(turn):
        # "dale" to "¿te sirve del sáb al lun?" after a stay too short (see `_invalid`); a
        # cabin named before ("la de 6 para el finde del 12") goes straight to its summary.
        out = ctx.check_in + dt.timedelta(days=ctx.nights)  # type: ignore[operator]
        offered = dataclasses.replace(understood(ctx), check_out=out)
        return await search_said(turn, offered, wanted=ctx.cabin)
    if not awaiting and WHEN_FREE_RE.search(turn.plain):
        return await when_free(turn, ctx)  # "¿para cuándo tienen lugar?": not a day asked
    if (later := _later(turn, ctx, State.ASK_DATES, "dates")) is not None:
        return later
    if turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    if (aside := await _aside(turn, ctx, State.ASK_DATES, "dates")) is not None:
        if ctx.check_in and not ctx.check_out:
            # The arrival is known: the question still open, not "pasame las fechas".
            again = replies.offer_departure(ctx.check_in, ctx.nights) if ctx.nights else None
            return dataclasses.replace(
                aside, replies=(*aside.replies[:-1], again or _ask_again(ctx))
            )
        return aside
    return _missed(ctx, State.ASK_DATES, _ask_again(ctx))


def _departure_after_arrival(turn: Turn, ctx: Context) -> Turn:
    """ "hasta el 4", "nos vamos el domingo" answer "¿hasta qué día?": the first such
    day after the arrival, not the next one after today (which may be before it)."""
    said = turn.said
    if ctx.check_in is None or not turn.msg.text or _one_date(said) is None:
        return turn
    if _one_date(said) > ctx.check_in:  # type: ignore[operator]
        return turn
    again = parse(turn.msg.text, ctx.check_in + dt.timedelta(days=1))
    departure = _one_date(again)
    latest = ctx.check_in + dt.timedelta(days=turn.rules.max_stay_nights)
    if departure is None or not ctx.check_in < departure <= latest:
        return turn  # "28/2" before a 1/3 arrival is a new arrival, not a departure
    return dataclasses.replace(
        turn, said=dataclasses.replace(said, check_in=None, check_out=departure, nights=None)
    )


def _last_number(words: str) -> int | None:
    """The number a short answer ends with ("capaz 5", "como mucho seis"), if any."""
    last = words.rsplit(" ", 1)[-1] if words else ""
    if last.isdigit():
        return int(last)
    return NUMBER_WORDS.get(last)


def _one_date(said: Understanding) -> dt.date | None:
    """The message's date when it gives exactly one (an arrival or a departure)."""
    if said.check_in and said.check_out:
        return None
    return said.check_in or said.check_out


def _ask_again(ctx: Context) -> replies.Outbound:
    if ctx.check_in and not ctx.check_out:
        return replies.ask_departure(ctx.check_in)
    return replies.ask_dates(month=ctx.month, nights_wanted=ctx.nights, again=True)


async def on_ask_guests(turn: Turn, ctx: Context) -> Step:
    if hold_button(turn.reply_id):
        return await _old_summary(turn, ctx, State.ASK_GUESTS, replies.guests_doubt())
    if turn.reply_id:
        return step(State.ASK_GUESTS, ctx, replies.stale_option(), replies.guests_doubt())
    said = turn.said
    bare = bool(BARE_NUMBER_RE.match(turn.plain))
    number = said.choice or _last_number(turn.plain)
    if said.guests is None and number and not says_stay(said) and bare:
        # A bare "4" (or "capaz 5") answers "¿cuántas personas?" ("la primera" does not).
        said = dataclasses.replace(said, guests=number)
        turn = dataclasses.replace(turn, said=said)
    if (split := await _two_cabins(turn, ctx)) is not None:
        return split  # "¿y si alquilamos la de 4 y la de 6?" after "somos 10"
    if (fresh := _fresh_stay(turn, ctx)) is not None:
        return await search_said(turn, fresh, wanted=ctx.cabin)
    if ANOTHER_STAY_RE.search(turn.plain):
        # "¿Y si alquilamos dos cabañas?": one at a time, the first one's head count now.
        return step(State.ASK_GUESTS, understood(ctx), replies.one_cabin_at_a_time())
    if (later := _later(turn, ctx, State.ASK_GUESTS, "guests")) is not None:
        return later
    if hesitant(turn) and not asks(turn) and not number:
        # "no sé todavía cuántos somos": the price is per cabin, so the most they could be.
        return step(State.ASK_GUESTS, understood(ctx), replies.guests_unsure())
    if turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    if (aside := await _aside(turn, ctx, State.ASK_GUESTS, "guests")) is not None:
        return aside
    return _missed(ctx, State.ASK_GUESTS, replies.guests_doubt())


# ------------------------------------------------------------------ choosing


async def on_choose_cabin(turn: Turn, ctx: Context) -> Step:
    if turn.reply_id.startswith(PICK_PREFIX):
        return await pick(turn, ctx, turn.reply_id)
    if hold_button(turn.reply_id):
        # The summary of a cabin or dates the guest has changed since: the list of now.
        listed = await search(turn, ctx)
        if listed.state != State.CHOOSE_CABIN:
            return listed
        return await _old_summary(turn, ctx, State.CHOOSE_CABIN, *listed.replies)
    if turn.reply_id:
        return _prepend(await search(turn, ctx), replies.stale_option())  # the list of now
    if turn.said.choice and 1 <= turn.said.choice <= len(ctx.offers):
        return await pick(turn, ctx, ctx.offers[turn.said.choice - 1])
    if (advice := await _recommend(turn, ctx)) is not None:
        return advice  # before the search: "para una pareja" is the head count we have
    if (party := await _party_changed(turn, ctx, State.CHOOSE_CABIN)) is not None:
        return party  # "viene mi hermano también", "el bebé duerme con nosotros"
    if (fresh := _fresh_stay(turn, ctx)) is not None:
        return await search_said(turn, fresh)
    if NONE_LISTED_RE.match(turn.plain):
        # None of these: other dates for the same party (a "no" from there drops it all),
        # read in the month of the list ("¿y del 8 al 11?" after a March list is March).
        ctx = dataclasses.replace(_other_dates(understood(ctx)), offers=())
        return step(State.ASK_DATES, ctx, replies.none_listed(ctx.guests))
    if (picked := await _pick_and_answer(turn, ctx)) is not None:
        return picked  # "Me quedo con la del lago. ¿Cómo se abona la seña?"
    if (chosen := await described_offer(turn, ctx)) is not None:
        return await pick(turn, ctx, chosen)
    if (by_feature := await _by_feature(turn, ctx)) is not None:
        return by_feature
    if (unlisted := await unlisted_cabin(turn, ctx)) is not None:
        return step(State.CHOOSE_CABIN, understood(ctx), unlisted, replies.nudge("choose"))
    if (later := _later(turn, ctx, State.CHOOSE_CABIN, "choose")) is not None:
        return later
    if len(ctx.offers) == 1 and not asks(turn) and not hesitant(turn):
        # "dale", "la quiero", "reservala", "esa" to a list of one: its summary (nothing is
        # held before "Confirmar"). With a question ("dale, ¿acepta perros?") it is
        # answered first, and with a doubt ("dale, capaz") nothing is picked.
        said = turn.said
        takes = turn.intent == "book" or bool(
            CONFIRM_RE.search(turn.plain) or THAT_ONE_RE.match(turn.plain)
        )
        if said.affirm or (takes and not said.deny):
            return await pick(turn, ctx, ctx.offers[0])
    if (advised := _advised_offer(ctx)) is not None and not asks(turn) and not hesitant(turn):
        # "dale esa", "esa" after a recommendation: the cabin recommended.
        takes = bool(CONFIRM_RE.search(turn.plain) or THAT_ONE_RE.match(turn.plain))
        if (turn.said.affirm or takes) and not turn.said.deny:
            return await pick(turn, ctx, advised)
    if CHEAPER_RE.search(turn.plain) and (listed := await listed_quotes(turn, ctx)):
        # The cheapest singled out: "dale" or "esa" next takes it (`_advised_offer`).
        ctx = _singled_out(ctx, [min(listed, key=lambda q: q.total_cents)])
        return step(State.CHOOSE_CABIN, understood(ctx), cheapest_of(listed, ctx.guests))
    if turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    if turn.intent == "prices" and not topics_of(turn) and (totals := await _totals(turn, ctx)):
        text, quoted = totals
        ctx = _singled_out(ctx, quoted)
        return step(State.CHOOSE_CABIN, understood(ctx), text, replies.nudge("choose"))
    if (compared := await compared_offers(turn, ctx)) is not None:
        return step(State.CHOOSE_CABIN, understood(ctx), compared, replies.nudge("choose"))
    if (aside := await _aside(turn, ctx, State.CHOOSE_CABIN, "choose")) is not None:
        return aside
    return _missed(ctx, State.CHOOSE_CABIN, replies.choose_prompt(len(ctx.offers)))


# "me quedo con la del lago", "quiero la de 4": a listed cabin picked, in a sentence of its
# own (the message may ask something else in another one). On plain text.
_PICK_SAID_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|entonces|mejor|perfecto|listo|genial) )*"
    r"(?:me quedo con|nos quedamos con|quiero|queremos|elijo|elegimos|prefiero|preferimos"
    r"|vamos con|voy con|reservame|reservanos|dame|danos) (?:la|el) "
)


async def _pick_and_answer(turn: Turn, ctx: Context) -> Step | None:
    """A pick said in one sentence and a question in another ("Me quedo con la del lago.
    ¿Cómo se abona la seña?"): the question answered, then the summary of that cabin
    (nothing is held before "Confirmar"). A question about the cabin itself ("¿la del
    lago tiene wifi?") picks nothing: the pick must be a sentence that asks nothing."""
    if turn.reply_id or not asks(turn) or hesitant(turn) or turn.said.deny:
        return None
    if not (wants_info(turn) or turn.intent == "prices"):
        return None
    sentences = re.split(r"(?<=[.!?])\s+|¿", turn.msg.text or "")
    cabins = await list_cabins(turn.pool)
    for sentence in sentences:
        if "?" in sentence or not _PICK_SAID_RE.match(plain(sentence)):
            continue
        cabin = named_cabin(sentence, cabins)
        offer = next((o for o in ctx.offers if cabin and o.split(":")[1] == cabin.slug), None)
        if offer is None:
            return None
        answer = (
            await answer_info(turn, ctx, listed=True)
            if wants_info(turn)
            else await answer_prices(turn, ctx)
        )
        return _prepend(await pick(turn, ctx, offer), *answer)
    return None


async def _recommend(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Cuál me recomendás (para una pareja)?": the smallest listed cabin that fits the
    party, the cheapest among those; it becomes the cabin talked about, so "esa" takes it."""
    if turn.reply_id or not RECOMMEND_RE.search(turn.plain) or turn.intent == "prices":
        return None
    fresh = _fresh_stay(turn, ctx)
    if fresh is not None and _stay_changed(ctx, fresh):
        return None  # "¿y para 4 cuál me recomendás?": a new search first
    listed = await listed_quotes(turn, ctx)
    party = ctx.guests or 1
    fitting = [q for q in listed if q.cabin.capacity >= party] or listed
    if not fitting:
        return None
    chosen = min(fitting, key=lambda q: (q.cabin.capacity, q.total_cents))
    others = [q for q in listed if q.cabin.slug != chosen.cabin.slug]
    ctx = dataclasses.replace(understood(ctx), cabin=chosen.cabin.slug)
    return step(State.CHOOSE_CABIN, ctx, replies.recommendation(chosen, others, ctx.guests))


def _advised_offer(ctx: Context) -> str | None:
    """The listed offer of the cabin recommended (`_recommend`), if one was."""
    if not ctx.cabin:
        return None
    return next((o for o in ctx.offers if o.split(":")[1] == ctx.cabin), None)


async def _by_feature(turn: Turn, ctx: Context) -> Step | None:
    """ "la que tiene lavarropas": the one listed cabin that has it is picked; when
    several or none do, which of the listed ones have it."""
    if turn.reply_id or asks(turn) or not BY_FEATURE_RE.match(turn.plain):
        return None
    feature = feature_of(turn)
    if feature is None:
        return None
    listed = listed_cabins(await list_cabins(turn.pool), ctx)
    found, answer = with_feature(listed, feature)
    if len(found) == 1:
        offer = next(o for o in ctx.offers if o.split(":")[1] == found[0][0].slug)
        return await pick(turn, ctx, offer)
    return step(State.CHOOSE_CABIN, understood(ctx), answer, replies.nudge("choose"))


async def _party_changed(turn: Turn, ctx: Context, state: State) -> Step | None:
    from bot.handlers_party import party_changed  # it imports this module

    return await party_changed(turn, ctx, state)


async def _two_cabins(turn: Turn, ctx: Context) -> Step | None:
    from bot.handlers_party import two_cabins  # it imports this module

    return await two_cabins(turn, ctx)


async def _totals(turn: Turn, ctx: Context) -> tuple[replies.Text, list[Quote]] | None:
    """ "¿Cuánto sale?" with a list on screen: what the listed cabins cost for those dates
    (the cheapest, or the one named, when the guest asks about it), not nightly ranges;
    with the quotes the answer is about."""
    listed = await listed_quotes(turn, ctx)
    if not listed:
        return None
    if CHEAPEST_RE.search(turn.plain):
        return cheapest_of(listed, ctx.guests), [min(listed, key=lambda q: q.total_cents)]
    cabin = named_cabin(turn.msg.text or "", [q.cabin for q in listed])
    quoted = [q for q in listed if cabin is None or q.cabin.slug == cabin.slug]
    return replies.listed_totals(quoted), quoted


def _singled_out(ctx: Context, quoted: list[Quote]) -> Context:
    """An answer about one listed cabin (the cheapest, the price of the one named) makes
    it the cabin talked about, as a recommendation does: "dale", "esa", "reservámela"
    next take it (`_advised_offer`). An answer about several singles out none."""
    return dataclasses.replace(ctx, cabin=quoted[0].cabin.slug if len(quoted) == 1 else None)


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
        return _prepend(
            await search(turn, ctx), replies.stale_list(old, (now.check_in, now.check_out))
        )
    if ctx.guests is None:
        # A list from a conversation dropped since: its dates, then the head count.
        ctx = dataclasses.replace(ctx, check_in=stay.check_in, check_out=stay.check_out)
        return await search(turn, dataclasses.replace(ctx, nights=None, month=None))
    cabin = await cabin_by_slug(turn.pool, slug)
    if old_row and cabin is not None and (held := await _held(turn, ctx)) is not None:
        if is_live(held) and held.accommodation_id == cabin.id and held.stay == stay:
            # The cabin the guest already holds: the link again, not "it was just taken".
            shown = await payment_status(turn, ctx, held)
            return _prepend(shown, replies.already_held(held))
    ctx = dataclasses.replace(ctx, check_in=stay.check_in, check_out=stay.check_out, misses=0)
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, ctx.guests)
    except InvalidStay as exc:
        return _invalid(turn, ctx, exc.reason, exc.min_nights)
    quote = next((q for q in quotes if q.cabin.slug == slug), None)
    if quote is None:
        again = await search(turn, ctx)
        if cabin is not None and cabin.capacity < ctx.guests:
            # Listed before the head count grew: too small, not taken.
            return _prepend(again, replies.cabin_not_listed(cabin, ctx.guests))
        return _prepend(again, replies.no_longer_free())
    ctx = dataclasses.replace(ctx, cabin=slug)
    return step(State.CONFIRM_HOLD, ctx, _summary(turn, quote, ctx.guests, again=again))


def _summary(
    turn: Turn, quote: Quote, guests: int, *, again: bool = False, changed: bool = False
) -> replies.Outbound:
    rules = turn.rules
    return replies.summary(
        quote, guests, rules.deposit_percent, rules.hold_ttl_minutes, again=again, changed=changed
    )


# ------------------------------------------------------------------ confirming


async def on_confirm_hold(turn: Turn, ctx: Context) -> Step:
    rid = turn.reply_id
    action, about = hold_button(rid) or (None, None)
    if _only_deferred_day(turn) and (later := _later(turn, ctx, State.CONFIRM_HOLD, "confirm")):
        return later  # "confirmo mañana": nothing held, and no search for tomorrow
    if (party := await _party_changed(turn, ctx, State.CONFIRM_HOLD)) is not None:
        return party  # "viene mi hermano también": the summary was for fewer
    if not rid and (fresh := _fresh_stay(turn, ctx)) is not None and _stay_changed(ctx, fresh):
        if (same := await _same_cabin_new_stay(turn, ctx, fresh)) is not None:
            return same  # "mejor 4 noches", "mejor hasta el 20": this cabin, quoted again
        return await search_said(turn, fresh)  # "sí, pero del 10 al 14": the new dates win
    if not rid and (other := await other_listed(turn, ctx)) is not None:
        return await pick(turn, ctx, other)  # "mejor la 2", "prefiero la otra"
    if not rid and (pointed := await _that_one_asked_about(turn, ctx)) is not None:
        return pointed  # "dale, esa" right after "¿la otra tiene parrilla?"
    if not rid and (unlisted := await unlisted_cabin(turn, ctx)) is not None:
        return step(State.CONFIRM_HOLD, understood(ctx), unlisted, replies.nudge("confirm"))
    if not rid and turn.intent == "unknown" and ANOTHER_RE.search(turn.plain):
        return await search(turn, ctx)  # "otra", but which? the list again
    if (later := _later(turn, ctx, State.CONFIRM_HOLD, "confirm")) is not None:
        return later  # "ok, después te aviso" is not a yes: nothing is held
    typed_yes = (
        turn.said.affirm
        or (not turn.said.deny and (turn.intent == "book" or bool(CONFIRM_RE.search(turn.plain))))
        or final_yes(turn)
    ) and _decisive(turn)
    if action == "confirm" and about is not None and about != summary_of(ctx):
        # "Confirmar" on the summary of another cabin, dates or head count: the one of now.
        return _prepend(
            await _summary_again(turn, understood(ctx)), await stale_summary(turn, about)
        )
    if action == "confirm" or (not rid and typed_yes):
        return await confirm(turn, ctx)
    if action == "change" or (not rid and CHANGE_DATES_RE.search(turn.plain)):
        ctx = _other_dates(ctx)
        return step(State.ASK_DATES, ctx, replies.ask_new_dates())
    if action == "cancel" or (not rid and turn.said.deny):
        return step(State.IDLE, dropped(ctx), replies.flow_dropped())
    if rid.startswith(PICK_PREFIX):
        return await pick(turn, ctx, rid)  # another row of the list we sent before
    if not rid and (
        (turn.intent == "prices" and re.search(r"\bnoches?\b", turn.plain))
        or A_NIGHT_RE.match(turn.plain)
    ):
        # "¿Y por noche?": the summary has the total; what a night costs is the answer.
        if (nightly := await _nightly(turn, ctx)) is not None:
            return step(State.CONFIRM_HOLD, understood(ctx), nightly, replies.nudge("confirm"))
    if not rid and turn.intent == "prices" and (total := await _total(turn, ctx)) is not None:
        # "¿Cuánto sale en total?": the total and the deposit in one line, not the summary.
        return step(State.CONFIRM_HOLD, understood(ctx), total)
    if not rid and (compared := await compared_offers(turn, ctx)) is not None:
        return step(State.CONFIRM_HOLD, understood(ctx), compared, replies.nudge("confirm"))
    if not rid and (about := await _about_another(turn, ctx)) is not None:
        return about  # "¿la otra tiene parrilla?": that one, and the summary stays
    if not rid and (aside := await _aside(turn, ctx, State.CONFIRM_HOLD, "confirm")) is not None:
        return aside
    if hesitant(turn) and not asks(turn):
        # "sí... no sé, capaz": nothing held, and no hurry.
        return step(State.CONFIRM_HOLD, understood(ctx), replies.nudge("confirm", later=True))
    return await _summary_again(turn, understood(ctx) if asks(turn) else miss(ctx))


async def _about_another(turn: Turn, ctx: Context) -> Step | None:
    """A question on the summary about another cabin ("¿la otra tiene parrilla?", "¿y la
    del lago tiene wifi?"): answered about that one; the summary stays pending, and the
    reminder says which cabin "Confirmar" holds and how to see the other's summary."""
    if not wants_info(turn):
        return None
    others = await cabins_asked_about(turn, ctx)
    on_screen = await cabin_by_slug(turn.pool, ctx.cabin)
    if not others or on_screen is None:
        return None
    answer = await answer_info(turn, ctx, about=others)
    listed = {o.split(":")[1] for o in ctx.offers if o.count(":") >= 1}
    other = others[0] if len(others) == 1 and others[0].slug in listed else None
    then = replies.other_or_confirm(on_screen, other, two_listed=len(listed) == 2)
    ctx = dataclasses.replace(understood(ctx), asked=tuple(c.slug for c in others))
    return step(State.CONFIRM_HOLD, ctx, answer, then)


async def another_cabin(turn: Turn, ctx: Context) -> Step | None:
    """ "Quiero otra cabaña (para las mismas fechas)" with no booking in progress: the stay
    talked about, or else the guest's latest reservation, searched again for the head
    count of the other cabin. None when the message gives a stay of its own (searched as
    usual) or there is no stay to take the dates from."""
    if turn.reply_id or not ANOTHER_STAY_RE.search(turn.plain) or says_stay(turn.said):
        return None
    stay = stay_of(ctx)
    if stay is None:
        mine = await holds.active_reservations_for(turn.pool, turn.msg.wa_id, today=turn.today)
        if not mine:
            return None
        stay = max(mine, key=lambda r: r.check_in).stay
    ctx = dataclasses.replace(
        understood(ctx), check_in=stay.check_in, check_out=stay.check_out, guests=None,
        nights=None, month=None, cabin=None,
    )  # fmt: skip
    return _prepend(await search(turn, ctx), replies.another_cabin_same_dates())


_THAT_RE = re.compile(r"\b(?:esa|ese|esa misma|esa entonces)\b")


async def _that_one_asked_about(turn: Turn, ctx: Context) -> Step | None:
    """ "Dale, esa", "me quedo con esa" right after a question about another cabin than the
    one summed up ("¿la otra tiene parrilla?", `Turn.asked_before`): "esa" is the one just
    asked about, never the summary on screen held on a guess. With one such cabin listed,
    its summary; with several, which one is asked."""
    if not turn.asked_before or not _THAT_RE.search(turn.plain) or asks(turn):
        return None
    rows = [o for o in ctx.offers if o.split(":")[1] in turn.asked_before]
    if len(rows) == 1:
        return await pick(turn, ctx, rows[0])
    on_screen = await cabin_by_slug(turn.pool, ctx.cabin)
    if not rows or on_screen is None:
        return None
    cabins = await list_cabins(turn.pool)
    listed = [c for c in cabins if any(r.split(":")[1] == c.slug for r in rows)]
    ctx = dataclasses.replace(understood(ctx), asked=turn.asked_before)  # still "esa"
    return step(State.CONFIRM_HOLD, ctx, replies.which_one(on_screen, listed))


async def _same_cabin_new_stay(turn: Turn, ctx: Context, fresh: Context) -> Step | None:
    """ "Mejor 4 noches", "¿y si son 3 noches?", "mejor hasta el 20", "una noche más" or
    "¿podemos llegar un día antes?" on a summary: the stay on screen changed, not a new
    one, so the same cabin is quoted again when it is free for it; when it is not, one line
    says so and the list of what is free follows. None for new dates (another arrival,
    said as dates: the list, as before), a month or another head count."""
    if ctx.cabin is None or fresh.guests != ctx.guests or fresh.month is not None:
        return None
    if fresh.check_in is None or fresh.check_out is None:
        return None
    if fresh.check_in != ctx.check_in and not arrival_moved(turn.msg.text or ""):
        return None
    cabin = await cabin_by_slug(turn.pool, ctx.cabin)
    if cabin is None or fresh.guests is None:
        return None
    if (fresh.check_in, fresh.check_out) == (ctx.check_in, ctx.check_out):
        return await _summary_again(turn, understood(ctx))  # "¿y si son 3?" with 3 on screen
    stay = Stay(fresh.check_in, fresh.check_out)
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, fresh.guests)
    except InvalidStay:
        return None  # in the past, too long: the search says why
    fresh = dataclasses.replace(understood(fresh), nights=None)
    if (quote := next((q for q in quotes if q.cabin.slug == cabin.slug), None)) is not None:
        # The cabins free for the new stay are the ones "¿y la otra?" or "la 2" mean now.
        offers = tuple(replies.pick_id(q) for q in quotes[: replies.MAX_ROWS])
        shown = dataclasses.replace(fresh, cabin=cabin.slug, offers=offers)
        return step(State.CONFIRM_HOLD, shown, _summary(turn, quote, fresh.guests, changed=True))
    found = await search_said(turn, fresh)
    if found.state != State.CHOOSE_CABIN:
        return found  # nothing free, or no cabin takes so few nights: the search says it
    needed = min_nights_for(cabin, stay)
    why = replies.cabin_not_for_new_stay(
        cabin, stay.check_in, stay.check_out, needed if stay.nights < needed else None
    )
    return _prepend(found, why)


async def summary_left(turn: Turn, ctx: Context) -> Step | None:
    """A yes ("confirmo entonces", "dale") once a handoff that began on the summary is over:
    that summary again, checked again, to confirm with its button (never a hold on a
    typed word with no summary on screen). None for anything else."""
    if turn.reply_id or ctx.hold is not None or summary_of(ctx) is None:
        return None
    said = turn.said
    if says_stay(said) or said.deny or defers(turn) or not _decisive(turn):
        return None
    if not (
        said.affirm or turn.intent == "book" or CONFIRM_RE.search(turn.plain) or final_yes(turn)
    ):
        return None
    row = f"{PICK_PREFIX}{ctx.cabin}:{ctx.check_in:%Y%m%d}:{ctx.check_out:%Y%m%d}"
    return await pick(turn, understood(ctx), row)


# "si la reservo…", "¿y si…?", "¿qué pasa si…?": a question about what would happen.
_IF_RE = re.compile(r"^[¿¡\s]*(?:y |pero |ok |bueno )?si\s+(?!,)|\b(?:que pasa|y) si\b")


def _decisive(turn: Turn) -> bool:
    """A typed yes at the summary holds only when it is one: no doubt ("sí... no sé"), and
    no question ("ok, ¿y cuánto es la seña?", "¿confirmar?") unless the question is itself
    the request ("¿me la confirmás?"), asking nothing else."""
    if hesitant(turn):
        return False
    if not asks(turn):
        return True
    text = (turn.msg.text or "").lower()
    return (
        bool(CONFIRM_RE.search(turn.plain))
        and not _IF_RE.search(text)
        and not topics_of(turn)
        and turn.intent != "prices"
    )


def _stay_changed(before: Context, after: Context) -> bool:
    fields = ("check_in", "check_out", "nights", "month", "guests")
    return any(getattr(before, f) != getattr(after, f) for f in fields)


async def _nightly(turn: Turn, ctx: Context) -> replies.Text | None:
    cabin = await cabin_by_slug(turn.pool, ctx.cabin)
    stay = stay_of(ctx)
    if cabin is None or stay is None:
        return None
    return replies.nightly_price(quote_stay(cabin, stay, turn.rules.deposit_percent))


async def _total(turn: Turn, ctx: Context) -> replies.Buttons | None:
    cabin = await cabin_by_slug(turn.pool, ctx.cabin)
    stay, key = stay_of(ctx), summary_of(ctx)
    if cabin is None or stay is None or key is None:
        return None
    percent = turn.rules.deposit_percent
    return replies.summary_total(quote_stay(cabin, stay, percent), percent, key)


async def _summary_again(turn: Turn, ctx: Context) -> Step:
    cabin = await cabin_by_slug(turn.pool, ctx.cabin)
    stay = stay_of(ctx)
    if cabin is None or stay is None or ctx.guests is None:
        return await search(turn, ctx)
    if ctx.misses >= 2:
        return step(State.CONFIRM_HOLD, ctx, replies.not_understood(ctx.misses))
    quote = quote_stay(cabin, stay, turn.rules.deposit_percent)
    return step(State.CONFIRM_HOLD, ctx, _summary(turn, quote, ctx.guests))


async def confirm(turn: Turn, ctx: Context) -> Step:
    """Place the hold and send the deposit link; a lost race re-offers what is left."""
    cabin = await cabin_by_slug(turn.pool, ctx.cabin)
    stay = stay_of(ctx)
    if cabin is None or stay is None or ctx.guests is None:
        return await search(turn, ctx)
    try:
        held = await _own_hold(turn, cabin.id, stay) or await holds.place_hold(
            turn.pool, turn.rules, cabin.id, stay, Guest(ctx.name, turn.msg.wa_id), ctx.guests
        )
    except DatesUnavailable:
        again = await search(turn, ctx)
        return dataclasses.replace(again, replies=(replies.dates_taken(), *again.replies))
    except InvalidStay as exc:
        return _invalid(turn, ctx, exc.reason, exc.min_nights)
    url, demo = await payment_link(turn.app, held)
    ctx = dataclasses.replace(ctx, hold=held.code, pay_url=url, offers=(), misses=0)
    until = local_time(held.expires_at, turn.rules) or dt.time(0, 0)
    text = replies.hold_placed(
        held, url, demo=demo, until=until, minutes=turn.rules.hold_ttl_minutes
    )
    # Other holds of this guest still waiting for their deposit (other dates searched
    # meanwhile): both stand, and the guest hears it now rather than at the expiry notice.
    mine = await holds.active_reservations_for(turn.pool, turn.msg.wa_id, today=turn.today)
    others = [(r, local_time(r.expires_at, turn.rules)) for r in mine if r.code != held.code]
    others = [(r, until) for r, until in others if is_live(r)][:2]
    also = [replies.other_holds_too(others)] if others else []
    return step(State.AWAIT_PAYMENT, ctx, text, also)


async def _own_hold(turn: Turn, cabin_id: int, stay: Stay) -> Reservation | None:
    """This guest's live hold on exactly this stay: a retried "Confirmar" must not be refused."""
    mine = await holds.active_reservations_for(turn.pool, turn.msg.wa_id, today=turn.today)
    return next(
        (
            r
            for r in mine
            if r.status == Status.PRE_RESERVED and r.accommodation_id == cabin_id and r.stay == stay
        ),
        None,
    )


# ------------------------------------------------------------------ waiting for the deposit


async def on_await_payment(turn: Turn, ctx: Context) -> Step:
    if (tapped := hold_button(turn.reply_id)) is not None:
        return await _summary_after_hold(turn, ctx, *tapped)
    if not turn.reply_id and KEEP_LONGER_RE.search(turn.plain):
        # Before the search: "¿me la podés guardar hasta mañana?" names a day, but no stay.
        held = await _held(turn, ctx)
        if held is not None and is_live(held):
            until = local_time(held.expires_at, turn.rules)
            url, demo = ctx.pay_url, link_is_demo(turn.app)
            kept = replies.hold_not_extended(held, until, url, demo=demo)
            return step(State.AWAIT_PAYMENT, understood(ctx), kept)
    if not turn.reply_id and TIME_LEFT_RE.search(turn.plain):
        # Before the search: "¿me la guardan hasta mañana?" names a day, but no stay.
        held = await _held(turn, ctx)
        if held is not None and is_live(held):
            return step(State.AWAIT_PAYMENT, understood(ctx), _time_left(turn, ctx, held))
    if not turn.reply_id and CHANGE_DATES_RE.search(turn.plain) and not says_stay(turn.said):
        # "me equivoqué de fechas", typed like "Cambiar fechas": other dates, the hold stays.
        return await _summary_after_hold(turn, ctx, "change", None)
    if (fresh := _fresh_stay(turn, ctx)) is not None:
        return await _hold_stays(turn, ctx, await search_said(turn, fresh))
    said = turn.said
    names_a_stay = any(v is not None for v in (said.check_in, said.guests, said.nights, said.month))
    if not turn.reply_id and (
        turn.intent == "availability" or (turn.intent == "book" and names_a_stay)
    ):
        found = await search(turn, dataclasses.replace(ctx, check_in=None, check_out=None))
        return await _hold_stays(turn, ctx, found)
    if turn.reply_id.startswith(PICK_PREFIX):
        return await pick(turn, ctx, turn.reply_id)
    held = await _held(turn, ctx)
    if not turn.reply_id and ANOTHER_STAY_RE.search(turn.plain):
        # A second cabin, for the same dates unless told otherwise; the hold stays.
        until = local_time(held.expires_at, turn.rules) if held else None
        kept = [replies.hold_stays_while_searching(held, until)] if held and is_live(held) else []
        found = await search(turn, dataclasses.replace(ctx, guests=None))
        return _prepend(found, *kept)
    if held is None or not is_live(held) or turn.reply_id:
        return await payment_status(turn, ctx, held)  # paid, expired or gone: say so first
    if turn.msg.type in RECEIPT_TYPES and "?" not in (turn.msg.text or ""):
        # A photo or a PDF while the deposit is pending: the receipt, most likely.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        return step(
            State.AWAIT_PAYMENT, understood(ctx), replies.receipt_received(held, url, demo=demo)
        )
    if paid_follow_up(turn, ctx):
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.paid_details_noted(held))
    if says_paid(turn):
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        text = replies.payment_not_seen_yet(held, url, demo=demo)
        return step(State.AWAIT_PAYMENT, understood(ctx), text)
    if TIME_LEFT_RE.search(turn.plain):
        return step(State.AWAIT_PAYMENT, understood(ctx), _time_left(turn, ctx, held))
    if PAY_FAILED_RE.search(turn.plain) or WHAT_HAPPENED_RE.match(turn.plain):
        return await payment_not_through(turn, ctx, held)
    if LINK_WORKS_RE.match(turn.plain) or PAYING_NOW_RE.search(turn.plain):
        # A short nudge with the link at hand, not the whole message about the hold again.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.link_works(held, url, demo=demo))
    if not turn.reply_id and MY_RESERVATIONS_RE.search(turn.plain):
        # "¿Cuáles son mis reservas?" (read as "book"): all of them, this one still waiting.
        from bot.handlers_status import about_my_booking  # it imports this module

        if (mine := await about_my_booking(turn, ctx)) is not None:
            return dataclasses.replace(mine, state=State.AWAIT_PAYMENT, ctx=understood(ctx))
    if turn.intent == "book" and not turn.reply_id:
        # "La quiero", "la tomo", "quiero reservarla" with a hold on screen: it is
        # theirs once the deposit is in, so the link, not a new search.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.link_works(held, url, demo=demo))
    if turn.said.affirm and turn.intent == "unknown":
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.nudge("payment"))
    if LINK_TROUBLE_RE.search(turn.plain):
        card = bool(CARD_TROUBLE_RE.search(turn.plain))
        shown = await payment_status(turn, ctx, held)
        return dataclasses.replace(shown, replies=(*shown.replies, replies.link_trouble(card=card)))
    if "cancellation" in topics_of(turn):
        # "¿si la cancelo me cobran algo?": about this very hold, which stays.
        note = replies.cancel_refund_note(held)
        return step(State.AWAIT_PAYMENT, understood(ctx), note, replies.nudge("payment"))
    if _asks_what_it_costs(turn):
        # "¿Cuánto sale?" with a hold: its total, the deposit now and the rest on arrival.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.hold_price(held, url, demo=demo))
    if LINK_RE.search(turn.plain) and (other := await _other_reservation(turn, held)):
        # "¿me mandás el link de la primera?" with two holds: that one's link.
        if other.status == Status.CONFIRMED:
            return step(State.AWAIT_PAYMENT, understood(ctx), replies.already_confirmed(other))
        ctx = dataclasses.replace(understood(ctx), hold=other.code, pay_url=None)
        return await payment_status(turn, ctx, other)
    if LINK_RE.search(turn.plain):
        return await payment_status(turn, understood(ctx), held)  # "el link de pago?"
    if turn.intent not in ("unknown", "greeting", "prices"):
        if (aside := await _aside(turn, ctx, State.AWAIT_PAYMENT, "payment")) is not None:
            return aside
    return await payment_status(turn, ctx, held)


async def _other_reservation(turn: Turn, held: Reservation) -> Reservation | None:
    """Another of the guest's reservations than the hold talked about, named in the
    message (code, cabin, "la primera", "la otra"), if one is."""
    from bot.handlers_cancel import which_reservation  # it imports this module

    mine = await holds.active_reservations_for(turn.pool, turn.msg.wa_id, today=turn.today)
    if len(mine) < 2:
        return None
    other = which_reservation(turn, mine, held.code)
    return other if other is not None and other.code != held.code else None


async def _hold_stays(turn: Turn, ctx: Context, found: Step) -> Step:
    """Other dates searched while the hold waits for its deposit: it stays held until
    its time (as on "Cambiar fechas"), said before the search's answer."""
    held = await _held(turn, ctx)
    if held is None or not is_live(held) or found.state == State.AWAIT_PAYMENT:
        return found
    until = local_time(held.expires_at, turn.rules)
    return _prepend(found, replies.hold_stays_while_searching(held, until))


def _asks_what_it_costs(turn: Turn) -> bool:
    if turn.reply_id or LINK_RE.search(turn.plain):
        return False
    topics = topics_of(turn)
    return (
        (turn.intent == "prices" and not topics)
        or (topics == ("payment",) and bool(re.search(r"\bcuanto\b", turn.plain)))
        # "volveme a pasar el total": the total and the deposit, not only the link
        or (not topics and bool(re.search(r"\b(?:el|del) total\b", turn.plain)))
        # "¿y el resto cuándo?", "¿el saldo?": what is left, paid on arrival
        or (
            set(topics) <= {"payment"}
            and bool(_REST_RE.search(turn.plain))
            and not _PAY_HOW_RE.search(turn.plain)
        )
    )


_REST_RE = re.compile(r"\b(?:el resto|el saldo|lo que falta|lo restante|lo demas)\b")
# "¿el resto en efectivo?": how to pay it, which the payment terms answer.
_PAY_HOW_RE = re.compile(r"\b(?:efectivo|transfer\w*|tarjeta|cuotas|mercado ?pago|cbu|alias)\b")


def _time_left(turn: Turn, ctx: Context, held: Reservation) -> replies.Text:
    until = local_time(held.expires_at, turn.rules)
    left = None
    if held.expires_at is not None:
        left = max(1, int((held.expires_at - dt.datetime.now(dt.UTC)).total_seconds() // 60))
    return replies.time_left(held, until, left, ctx.pay_url, demo=link_is_demo(turn.app))


async def _summary_after_hold(turn: Turn, ctx: Context, action: str, about: str | None) -> Step:
    """A button of the summary tapped once the hold is placed (or gone)."""
    held = await _held(turn, ctx)
    if held is None:
        return await payment_status(turn, ctx, held)
    this_one = about is None or about == await _key_of(turn, held)
    if action == "change":
        # Other dates: the hold is left to expire (or be cancelled), and we search again.
        until = local_time(held.expires_at, turn.rules)
        kept = [replies.hold_stays_while_searching(held, until)] if is_live(held) else []
        ctx = _other_dates(ctx)
        return step(State.ASK_DATES, ctx, kept, replies.ask_new_dates())
    if action == "cancel" and this_one:
        if is_live(held) or held.status == Status.CONFIRMED:
            ctx = dataclasses.replace(clear_flow(ctx), cancel=held.code)
            return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(held))
        cancelled = held.status == Status.CANCELLED
        gone = replies.already_cancelled(held) if cancelled else replies.hold_lapsed(held)
        ctx = dataclasses.replace(clear_flow(ctx), hold=None, pay_url=None)
        return step(State.IDLE, ctx, gone, replies.menu("¿Te ayudo con otra cosa?"))
    shown = await payment_status(turn, ctx, held)
    if this_one:
        return shown  # "Confirmar" again: the same hold and its link, never a second one
    return _prepend(shown, await stale_summary(turn, about))


async def _key_of(turn: Turn, held: Reservation) -> str | None:
    """The key of the summary this reservation was confirmed from."""
    cabin = next((c for c in await list_cabins(turn.pool) if c.id == held.accommodation_id), None)
    if cabin is None:
        return None
    return replies.summary_key(cabin.slug, held.check_in, held.check_out, held.guests)


async def _held(turn: Turn, ctx: Context) -> Reservation | None:
    try:
        return await holds.get_reservation(turn.pool, ctx.hold or "")
    except ReservationNotFound:
        return None


async def payment_not_through(turn: Turn, ctx: Context, held: Reservation) -> Step:
    """ "No me salió el pago" with the hold still live: the deposit is not in, and the
    same link works again until the hold expires."""
    url, demo = ctx.pay_url, link_is_demo(turn.app)
    if url is None:
        url, demo = await payment_link(turn.app, held)
    ctx = dataclasses.replace(understood(ctx), hold=held.code, pay_url=url)
    until = local_time(held.expires_at, turn.rules)
    return step(
        State.AWAIT_PAYMENT, ctx, replies.payment_not_through(held, url, demo=demo, until=until)
    )


async def payment_status(turn: Turn, ctx: Context, held: Reservation | None) -> Step:
    """Where the guest's hold stands: the link again, confirmed, or gone."""
    if held is None:
        return step(State.IDLE, clear_flow(ctx), replies.menu())
    if held.status == Status.CONFIRMED:
        return step(State.IDLE, clear_flow(ctx), replies.already_confirmed(held))
    if not is_live(held):
        paid = says_paid(turn) or turn.msg.type in RECEIPT_TYPES
        gone = replies.hold_gone(held, says_paid=paid)
        return step(State.IDLE, dataclasses.replace(ctx, hold=None), gone)
    url, demo = ctx.pay_url, link_is_demo(turn.app)
    if url is None:
        url, demo = await payment_link(turn.app, held)
        ctx = dataclasses.replace(ctx, pay_url=url)
    until = local_time(held.expires_at, turn.rules)
    hello = [replies.hello(ctx.name)] if turn.intent == "greeting" else []
    return step(
        State.AWAIT_PAYMENT, ctx, hello, replies.payment_pending(held, url, demo=demo, until=until)
    )
