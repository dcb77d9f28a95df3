"""The summary (confirm_hold): "Confirmar" places the hold and sends the deposit link.

Also the summary's buttons and keys when they come back on old messages, from any
state: "Confirmar" on a summary the guest has moved on from holds nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import availability, holds
from booking.errors import DatesUnavailable, InvalidStay
from booking.models import Cabin, Guest, Quote, Reservation, Status, Stay
from booking.pricing import min_nights_for, quote_stay
from bot import replies
from bot.handlers import (
    Step,
    Turn,
    arrival_moved,
    asks,
    asks_per_night,
    cabin_by_slug,
    clear_flow,
    defers,
    hesitant,
    local_time,
    miss,
    named_cabin,
    payment_link,
    plain,
    prepend,
    prepend_no,
    put_off,
    says_stay,
    stay_of,
    step,
    understood,
)
from bot.handlers_choose import (
    ANOTHER_RE,
    CHEAPER_RE,
    cabins_asked_about,
    cheapest_of,
    compared_offers,
    listed_quotes,
    no_other_listed,
    other_listed,
    parse_pick,
    price_compared,
    prices_weighed,
    unlisted_cabin,
)
from bot.handlers_hold import is_live
from bot.handlers_info import (
    PAY_WAYS,
    answer_aside,
    answer_info,
    answers_beside,
    asked_again,
    asks_discount,
    no_discounts_first,
    topics_of,
    wants_info,
)
from bot.handlers_party import party_changed, party_said_again
from bot.handlers_search import (
    PICK_PREFIX,
    first_cabin_party,
    fresh_stay,
    other_dates,
    pick,
    refuse_stay,
    search,
    search_said,
    stay_changed,
    summary_reply,
)
from bot.handlers_words import (
    ANOTHER_STAY_RE,
    CHANGE_DATES_RE,
    CONFIRM_RE,
    FINAL_YES_RE,
    KEEP_LONGER_RE,
    NO_CARD_RE,
    NOD_RE,
    PAY_LATER_RE,
    PAYING_SOON_RE,
    PET_NOTE,
    PET_RE,
    REGRET_RE,
    SWAP_CABIN_RE,
)
from bot.holder import booked_for
from bot.nlu import parse
from bot.session import Context
from bot.states import State

_HOLD_ACTIONS = (
    ("confirm", replies.HOLD_CONFIRM),
    ("change", replies.HOLD_CHANGE),
    ("cancel", replies.HOLD_CANCEL),
)


async def on_confirm_hold(turn: Turn, ctx: Context) -> Step:
    rid = turn.reply_id
    turn = party_said_again(turn)  # "uh no, al final 5": a head count like "somos 5"
    action, about = hold_button(rid) or (None, None)
    if _only_deferred_day(turn) and (later := put_off(turn, ctx, State.CONFIRM_HOLD, "confirm")):
        return later  # "confirmo mañana": nothing held, and no search for tomorrow
    if not rid and (back := await _stay_taken_back(turn, ctx)) is not None:
        return back  # "mejor 2 noches", then "no, mejor dejamos las 3": the stay before
    if not rid and _wants_longer(turn) and (terms := await _deposit(turn, ctx)):
        # "¿Me la guardás hasta mañana?": not a yes (it is held only while the deposit is
        # paid, which may not suit them), but how long and how it is paid, to decide;
        # before the search: "hasta el lunes" names no stay.
        return step(State.CONFIRM_HOLD, understood(ctx), terms)
    if not rid and PAYING_SOON_RE.search(turn.plain) and not _yes_with_it(turn):
        # "La pago en 10 minutos": nothing is held until "Confirmar", so that first, and
        # how long the hold then gives to pay (not the general payment terms).
        soon = replies.pay_soon_confirm_first(turn.rules.hold_ttl_minutes)
        return step(State.CONFIRM_HOLD, understood(ctx), soon)
    if (party := await party_changed(turn, ctx, State.CONFIRM_HOLD)) is not None:
        # "viene mi hermano también": the summary was for fewer; said why when its cabin
        # does not sleep them, before the list.
        return await _too_small_now(turn, ctx, party)
    if not rid and " y " in f" {turn.plain} " and (first := await first_cabin_party(turn, ctx)):
        # "4 y 4" on the first cabin's summary, after "somos 8": that cabin for its 4.
        fresh = dataclasses.replace(understood(ctx), guests=first)
        if (party := await _same_cabin_new_party(turn, ctx, fresh)) is not None:
            return party
    if not rid and (fresh := fresh_stay(turn, ctx)) is not None and stay_changed(ctx, fresh):
        if (same := await _same_cabin_new_stay(turn, ctx, fresh)) is not None:
            return same  # "mejor 4 noches", "mejor hasta el 20": this cabin, quoted again
        if (party := await _same_cabin_new_party(turn, ctx, fresh)) is not None:
            return party  # "ah, somos 3 al final": this cabin, if it sleeps them
        return await search_said(turn, fresh)  # "sí, pero del 10 al 14": the new dates win
    if not rid and (again := asked_again(turn, ctx)) is not None:
        others = await cabins_asked_about(turn, ctx)
        if others and (about := await _about_another(again, ctx, others)) is not None:
            return about  # "¿tiene parrilla?" … "¿y la de Quila?": that question, about it
    if not rid and (compared := await compared_offers(turn, ctx)) is not None:
        # Before a cabin named is taken as another pick: "¿la de 4 es más linda?" asks.
        return step(State.CONFIRM_HOLD, understood(ctx), compared, replies.nudge("confirm"))
    if not rid and (priced := await price_compared(turn, ctx)) is not None:
        # "¿La de 6 es más cara?": the answer, with this summary still the one to confirm.
        asked = (priced[1],) if priced[1] else ()
        kept = dataclasses.replace(understood(ctx), asked=asked)
        return step(State.CONFIRM_HOLD, kept, priced[0], await _which_confirms(turn, ctx, asked))
    weighed = None if rid or asks_discount(turn) else await prices_weighed(turn, ctx, summary=True)
    if weighed is not None:
        # "¿Cuál sale menos?" with the list behind the summary: the listed ones weighed.
        asked = (weighed[1],) if weighed[1] and weighed[1] != ctx.cabin else ()
        kept = dataclasses.replace(understood(ctx), asked=asked)
        return step(State.CONFIRM_HOLD, kept, weighed[0], replies.nudge("confirm"))
    if not rid and CHEAPER_RE.search(turn.plain) and (listed := await listed_quotes(turn, ctx)):
        # "Uh, bastante caro, ¿no tienen algo más económico?": the cheapest listed (maybe the
        # one on screen), not this summary's total again.
        cheapest = min(listed, key=lambda q: q.total_cents).cabin.slug
        asked = (cheapest,) if cheapest != ctx.cabin else ()
        kept = dataclasses.replace(understood(ctx), asked=asked)
        then = await _which_confirms(turn, ctx, asked)
        cheapest_said = cheapest_of(listed, ctx.guests, summary=True)
        return step(State.CONFIRM_HOLD, kept, cheapest_said, then)
    if not rid and (other := await other_listed(turn, ctx)) is not None:
        return await pick(turn, ctx, other)  # "mejor la 2", "prefiero la otra"
    if (only_one := await no_other_listed(turn, ctx, summary=True)) is not None:
        return step(State.CONFIRM_HOLD, understood(ctx), only_one)  # "la otra" of one listed
    if not rid and (pointed := await _that_one_asked_about(turn, ctx)) is not None:
        return pointed  # "dale, esa" right after "¿la otra tiene parrilla?"
    if not rid and (unlisted := await unlisted_cabin(turn, ctx)) is not None:
        return step(State.CONFIRM_HOLD, understood(ctx), unlisted, replies.nudge("confirm"))
    if not rid and turn.intent == "unknown" and ANOTHER_RE.search(turn.plain):
        return await search(turn, ctx)  # "otra", but which? the list again
    if (later := put_off(turn, ctx, State.CONFIRM_HOLD, "confirm")) is not None:
        return later  # "ok, después te aviso" is not a yes: nothing is held
    if not rid and (nods := _nods_after_an_answer(turn, ctx)):
        # "ok" to an answer that ended "tocá Confirmar": heard, not a yes (see README).
        return step(State.CONFIRM_HOLD, understood(ctx), replies.confirm_when_ready(nods - 1))
    typed_yes = (
        turn.said.affirm
        or (not turn.said.deny and (turn.intent == "book" or bool(CONFIRM_RE.search(turn.plain))))
        or final_yes(turn)
    ) and _decisive(turn)
    if action == "confirm" and about is not None and about != summary_of(ctx):
        # "Confirmar" on the summary of another cabin, dates or head count: the one of now.
        return prepend(
            await _summary_again(turn, understood(ctx)), await stale_summary(turn, about)
        )
    if action == "confirm" or (not rid and typed_yes):
        return await confirm(turn, ctx)
    if action == "change" or (not rid and CHANGE_DATES_RE.search(turn.plain)):
        # The summary stays the one offer, so "no, dejalo así" brings it back (`kept_dates`).
        kept = dropped(ctx).offers
        ctx = dataclasses.replace(other_dates(ctx), offers=kept or ctx.offers)
        return step(State.ASK_DATES, ctx, replies.ask_new_dates())
    if action == "cancel" or (not rid and turn.said.deny):
        return step(State.IDLE, dropped(ctx), replies.flow_dropped())
    if rid.startswith(PICK_PREFIX):
        return await pick(turn, ctx, rid)  # another row of the list we sent before
    if not rid and (
        (turn.intent == "prices" and re.search(r"\bnoches?\b", turn.plain)) or asks_per_night(turn)
    ):
        # "¿Y por noche?": the summary has the total; what a night costs is the answer.
        if (nightly := await _nightly(turn, ctx)) is not None:
            return step(State.CONFIRM_HOLD, understood(ctx), nightly, replies.nudge("confirm"))
    if not rid and turn.intent == "prices" and (total := await _total(turn, ctx)) is not None:
        # "¿Cuánto sale en total?": the total and the deposit in one line, not the summary
        # ("¿hay descuento para jubilados?" first hears there are none to give).
        first = no_discounts_first(turn)
        # "¿a qué hora es el check out y cuánto es la seña?": the time too, not half of it
        beside = await answers_beside(turn, ctx)
        return step(State.CONFIRM_HOLD, understood(ctx), first, beside, total)
    if not rid and (about := await _about_another(turn, ctx)) is not None:
        return about  # "¿la otra tiene parrilla?": that one, and the summary stays
    if not rid and _asks_how_paying_works(turn) and _yes_before_the_question(turn):
        # "Sí, confirmo. ¿Cómo debo abonar?": the yes said outright is taken, and the link
        # it sends is how; what the link takes is said under it (it got the terms and
        # "tocá Confirmar", as if the yes were not there).
        return await _confirmed_and_how(turn, ctx)
    if not rid and (logistics := await _confirmed_and_told(turn, ctx)) is not None:
        # "dale, reservo. ¿a qué hora es el check in?", "si dale, ¿cómo llego?": the yes
        # said first is taken, and the question (one no answer could undo) answered under it.
        return logistics
    if not rid and _asks_how_paying_works(turn) and (terms := await _deposit(turn, ctx)):
        # "¿Cómo es el tema de la seña?": this stay's figures, not the general terms.
        return step(State.CONFIRM_HOLD, understood(ctx), terms)
    if (
        not rid
        and (aside := await answer_aside(turn, ctx, State.CONFIRM_HOLD, "confirm")) is not None
    ):
        return aside
    if not rid and asks(turn) and turn.intent == "book" and topics_of(turn):
        # "perfecto, reservala. ¿tiene parrilla?" reads as booking, but a question that may
        # change the mind is asked in it: answered, and "Confirmar" asked again.
        answer = await answer_info(turn, ctx)
        return step(State.CONFIRM_HOLD, understood(ctx), answer, replies.nudge("confirm"))
    if hesitant(turn) and not asks(turn):
        # "sí... no sé, capaz": nothing held, and no hurry.
        return step(State.CONFIRM_HOLD, understood(ctx), replies.nudge("confirm", later=True))
    return await _summary_again(turn, understood(ctx) if asks(turn) else miss(ctx))


async def _about_another(
    turn: Turn, ctx: Context, others: list[Cabin] | None = None
) -> Step | None:
    """A question on the summary about another cabin ("¿la otra tiene parrilla?", "¿y la
    del lago tiene wifi?"): answered about that one; the summary stays pending, and the
    reminder says which cabin "Confirmar" holds and how to see the other's summary."""
    if not wants_info(turn):
        return None
    others = others or await cabins_asked_about(turn, ctx)
    on_screen = await cabin_by_slug(turn, ctx.cabin)
    if not others or on_screen is None:
        return None
    answer = await answer_info(turn, ctx, about=others)
    listed = {o.split(":")[1] for o in ctx.offers if o.count(":") >= 1}
    other = others[0] if len(others) == 1 and others[0].slug in listed else None
    then = replies.other_or_confirm(on_screen, other, two_listed=len(listed) == 2)
    ctx = dataclasses.replace(understood(ctx), asked=tuple(c.slug for c in others))
    return step(State.CONFIRM_HOLD, ctx, answer, then)


async def _which_confirms(turn: Turn, ctx: Context, asked: tuple[str, ...]) -> replies.Text:
    """After a word on another listed cabin than the one summed up: which one "Confirmar"
    holds and how to see the other's summary (a bare "tocá Confirmar y te la guardo" reads
    as the one just talked about)."""
    listed = {o.split(":")[1] for o in ctx.offers if o.count(":") >= 1}
    on_screen = await cabin_by_slug(turn, ctx.cabin)
    other = await cabin_by_slug(turn, asked[0]) if len(asked) == 1 else None
    if on_screen is None or other is None or other.slug not in listed:
        return replies.nudge("confirm")
    return replies.other_or_confirm(on_screen, other, two_listed=len(listed) == 2)


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
    on_screen = await cabin_by_slug(turn, ctx.cabin)
    if not rows or on_screen is None:
        return None
    cabins = await turn.cabins()
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
    cabin = await cabin_by_slug(turn, ctx.cabin)
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
        was = summary_row(ctx)  # what "no, mejor como estaba" goes back to
        shown = dataclasses.replace(fresh, cabin=cabin.slug, offers=offers, was=was)
        return step(
            State.CONFIRM_HOLD, shown, summary_reply(turn, quote, fresh.guests, changed=True)
        )
    found = await search_said(turn, fresh)
    if found.state != State.CHOOSE_CABIN:
        return found  # nothing free, or no cabin takes so few nights: the search says it
    needed = min_nights_for(cabin, stay)
    why = replies.cabin_not_for_new_stay(
        cabin, stay.check_in, stay.check_out, needed if stay.nights < needed else None
    )
    return prepend_no(found, why)


# "como estaba", "como antes", "lo de antes", "volvamos a lo que era": the stay before a
# change (on plain text).
_AS_BEFORE_RE = re.compile(
    r"\b(?:como (?:estaba|era|antes|al principio|lo teniamos|lo tenia)|lo de antes"
    r"|(?:volvamos|volvemos|volver) a lo (?:de antes|que (?:era|estaba|tenia|teniamos)))\b"
)
# "dejamos las 3", "dejalo en 3", "mejor las tres", "volvamos a 3": a count kept or gone
# back to, and the count (digits or a word).
_BACK_TO_COUNT_RE = re.compile(
    r"\b(?:dej\w*|volv\w*|mejor|quedamos con|quedemos con|sigamos con)"
    r"(?: (?:en|con|a|las|los|la|el|nomas)){0,2} (\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete)\b"
)
_COUNT_WORDS = {"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7}


def summary_row(ctx: Context) -> str | None:
    """The summary on screen as a list row's id (what `pick` takes), or None."""
    if ctx.cabin is None or ctx.check_in is None or ctx.check_out is None:
        return None
    return f"{PICK_PREFIX}{ctx.cabin}:{ctx.check_in:%Y%m%d}:{ctx.check_out:%Y%m%d}"


async def _stay_taken_back(turn: Turn, ctx: Context) -> Step | None:
    """ "Mejor 2 noches" on a summary, then "no, mejor dejamos las 3 jaja", "nono mejor como
    estaba", "dejalo en 3": the change taken back, so the stay summed up before it, checked
    again and summed up (it was "lo dejamos acá" for the "no", or the changed stay kept).
    None with no change remembered (`Context.was`), or another stay or party said."""
    parsed = parse_pick(ctx.was) if ctx.was else None
    if parsed is None or parsed[0] != ctx.cabin or ctx.was == summary_row(ctx):
        return None
    said, before = turn.said, parsed[1]
    if before.check_in != ctx.check_in and before.check_out != ctx.check_out:
        return None  # one end kept by a change ("mejor 2 noches"): this is another stay
    if said.check_in or said.check_out or said.month or said.guests or said.extra_guests:
        return None
    if said.nights is not None and said.nights != before.nights:
        return None  # "no, mejor 4 noches": another change, read as one
    if asks(turn) and not said.deny:
        return None  # "¿el precio es como antes?" asks
    if not _AS_BEFORE_RE.search(turn.plain):
        count = _BACK_TO_COUNT_RE.search(turn.plain)
        told = said.nights
        if count is not None:
            told = int(count[1]) if count[1].isdigit() else _COUNT_WORDS[count[1]]
        if told != before.nights or not (count or said.deny):
            return None  # "mejor 3 noches" alone is a change like any other
    return await pick(turn, dataclasses.replace(understood(ctx), was=None), ctx.was, again=True)


async def _too_small_now(turn: Turn, ctx: Context, found: Step) -> Step:
    """`found`, the search for a bigger party from a summary, with one line first saying
    the cabin on screen does not sleep them when it is a list."""
    guests = found.ctx.guests
    if found.state != State.CHOOSE_CABIN or guests is None or guests == ctx.guests:
        return found
    cabin = await cabin_by_slug(turn, ctx.cabin)
    if cabin is None or cabin.capacity >= guests:
        return found
    return prepend_no(found, replies.cabin_not_listed(cabin, guests))


async def _same_cabin_new_party(turn: Turn, ctx: Context, fresh: Context) -> Step | None:
    """ "Ah, somos 5 al final", "perdón, somos 3" on a summary: only the head count changed,
    so the cabin on screen is quoted again for it when it sleeps them (a cheaper one that now
    fits is pointed out); when it does not, one line says so and the list of what is free
    for them follows. None when the dates changed too (the search, as before)."""
    if ctx.cabin is None or fresh.guests is None or fresh.guests == ctx.guests:
        return None
    if (fresh.check_in, fresh.check_out) != (ctx.check_in, ctx.check_out) or fresh.month:
        return None
    cabin = await cabin_by_slug(turn, ctx.cabin)
    if cabin is None or ctx.check_in is None or ctx.check_out is None:
        return None
    found = await search_said(turn, fresh)
    if found.state != State.CHOOSE_CABIN:
        return found  # no cabin sleeps them: the search says it
    if cabin.capacity < fresh.guests:
        return prepend_no(found, replies.cabin_not_listed(cabin, fresh.guests))
    quotes = await listed_quotes(turn, found.ctx)
    quote = next((q for q in quotes if q.cabin.slug == cabin.slug), None)
    if quote is None:
        return found
    shown = dataclasses.replace(found.ctx, cabin=cabin.slug)
    rules = turn.rules
    summary = replies.summary(
        quote, fresh.guests, rules.deposit_percent, rules.hold_ttl_minutes, party=True
    )
    cheaper = [q for q in quotes if q.total_cents < quote.total_cents]
    if not cheaper or (ctx.guests or 0) < fresh.guests:
        return step(State.CONFIRM_HOLD, shown, summary)
    # Fewer now: a cheaper cabin that did not fit before may, and the guest should know.
    at = quotes.index(cheaper[0]) + 1
    return step(State.CONFIRM_HOLD, shown, replies.cheaper_fits_now(cheaper[0], at), summary)


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


def _yes_before_the_question(turn: Turn) -> bool:
    """ "Sí, confirmo. ¿Cómo pago?": the message's first sentence is a yes and nothing else
    (not "¿confirmo y después cómo pago?"), and no doubt or "no" anywhere."""
    if hesitant(turn) or defers(turn) or turn.said.deny:
        return False
    clauses = [plain(c) for c in re.split(r"[,;.!?¿\n]+", (turn.msg.text or "").strip())]
    # "confirmo, ¿cómo se paga?" or "Sí, confirmo. ¿Cómo…": the first clause or two
    return any(_said_yes(" ".join(clauses[:k])) for k in (1, 2))


def _said_yes(words: str) -> bool:
    """ "confirmo", "dale, reservala", "ok, avancemos": a yes said outright (plain)."""
    return bool(FINAL_YES_RE.match(words) or _OPENING_YES_RE.match(words))


# A yes said outright as the message's first clause, before a question: "reservala",
# "dale, reservo", "confirmo", "avancemos", "de una, la quiero" (not a bare "dale" or "ok",
# which may only have heard the summary: "dale, y el resto cuando se paga?"). Plain text.
_OPENING_YES_RE = re.compile(
    r"^(?:(?:si|dale|ok|bueno|perfecto|listo|genial|joya|de una|buenisimo|barbaro) )*"
    r"(?:reserv(?:o|amos|ala|amela|anosla|emos)|avan(?:cemos|zamos|zemos)|adelante"
    r"|confirm(?:o|amos|ala|ado|alo|amela)|(?:la|lo) (?:reservo|confirmo|queremos|quiero))"
    r"(?: (?:entonces|porfa|por favor|nomas|ya|dale|si))*$"
)
# What the guest may ask right after saying yes without the answer undoing it: the times,
# the way there, parking, wifi, linens (a pet, a grill or the refund could change the mind).
_AFTER_YES_TOPICS = frozenset({"checkin", "checkout", "location", "parking", "wifi", "linens"})


async def _confirmed_and_told(turn: Turn, ctx: Context) -> Step | None:
    """ "Dale, reservo. ¿A qué hora es el check in?": a yes said outright in the first
    clause, then a question about the stay's logistics (times, how to get there): the hold
    placed, and the question answered under the link."""
    topics = set(topics_of(turn))
    if not topics or not topics <= _AFTER_YES_TOPICS or not asks(turn):
        return None
    text = (turn.msg.text or "").lower()
    if hesitant(turn) or defers(turn) or turn.said.deny or re.search(r"\bpero\b", turn.plain):
        return None
    clauses = [plain(c) for c in re.split(r"[,;.!?¿\n]+", text.strip())]
    if not any(_said_yes(" ".join(clauses[:k])) for k in (1, 2)):
        return None
    placed = await confirm(turn, ctx)
    if placed.state != State.AWAIT_PAYMENT or not placed.ctx.hold:
        return placed
    answer = await answer_info(turn, placed.ctx)
    return dataclasses.replace(placed, replies=(*placed.replies, *answer))


async def _confirmed_and_how(turn: Turn, ctx: Context) -> Step:
    placed = await confirm(turn, ctx)
    if placed.state != State.AWAIT_PAYMENT or not placed.ctx.hold:
        return placed
    held = await holds.get_reservation(turn.pool, placed.ctx.hold)
    if held is None:
        return placed
    no_card = bool(NO_CARD_RE.search(turn.plain))  # "¿cómo pago? no tengo tarjeta"
    how = replies.how_to_pay(held, None, demo=False, no_card=no_card)
    return dataclasses.replace(placed, replies=(*placed.replies, how))


def final_yes(turn: Turn) -> bool:
    """A "confirmo" that closes the message after thanks or praise ("Muy amable.
    Confirmo."): a yes, unless the message asks, doubts, defers or says no anywhere."""
    if turn.reply_id or asks(turn) or hesitant(turn) or defers(turn) or turn.said.deny:
        return False
    return bool(FINAL_YES_RE.match(_last_clause(turn.msg.text or "")))


def _last_clause(text: str) -> str:
    """The message's last sentence or clause (after the last . , ; ! or emoji), plain."""
    clauses = [plain(c) for c in re.split(r"[^\w\s/¿?]+", text)]
    return next((c for c in reversed(clauses) if c), "")


def _only_deferred_day(turn: Turn) -> bool:
    """ "Confirmo mañana": the day is when the answer comes, not a new stay."""
    said = turn.said
    return defers(turn) and not any(
        v is not None for v in (said.check_out, said.guests, said.nights, said.month)
    )


async def _quote_on_screen(turn: Turn, ctx: Context) -> Quote | None:
    """The summary's stay priced for its cabin, or None when the chat lost either."""
    cabin = await cabin_by_slug(turn, ctx.cabin)
    stay = stay_of(ctx)
    if cabin is None or stay is None:
        return None
    return quote_stay(cabin, stay, turn.rules.deposit_percent)


async def _nightly(turn: Turn, ctx: Context) -> replies.Text | None:
    quote = await _quote_on_screen(turn, ctx)
    return replies.nightly_price(quote) if quote is not None else None


async def _total(turn: Turn, ctx: Context) -> replies.Buttons | None:
    quote, key = await _quote_on_screen(turn, ctx), summary_of(ctx)
    if quote is None or key is None:
        return None
    return replies.summary_total(quote, turn.rules.deposit_percent, key)


def _asks_how_paying_works(turn: Turn) -> bool:
    """How the deposit or the payment goes, no particular way asked ("¿aceptan
    transferencia?" has its own answer)."""
    if "payment" not in topics_of(turn):
        return False
    if not asks(turn) and not NO_CARD_RE.search(turn.plain):
        return False  # "no tengo tarjeta" asks nothing, but how to pay without one
    return not any(way.search(turn.plain) for _, way in PAY_WAYS)


async def _deposit(turn: Turn, ctx: Context) -> replies.Buttons | None:
    quote, key = await _quote_on_screen(turn, ctx), summary_of(ctx)
    if quote is None or key is None:
        return None
    rules = turn.rules
    return replies.summary_deposit(
        quote,
        rules.deposit_percent,
        key,
        rules.hold_ttl_minutes,
        no_card=bool(NO_CARD_RE.search(turn.plain)),  # "no tengo tarjeta"
        longer=_wants_longer(turn),  # "¿me la guardás hasta mañana?"
    )


# "¿Se puede pagar la seña mañana?", "¿y si pago en 2 horas?": paying later than a hold
# lasts (hours or days away; "en 10 minutos" is within it). On plain text.
_PAY_LATER_THAN_HOLD_RE = re.compile(
    r"\b(?:pag|abon|sen)\w*(?: \w+){0,3}? (?:manana|pasado manana|a la noche|mas tarde"
    r"|la semana que viene|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|en (?:un|una|unas|\d+|dos|tres|cuatro|cinco) (?:horas?|dias?)"
    r"|cuando cobre|cuando cobremos|a fin de mes)\b"
)


def _nods_after_an_answer(turn: Turn, ctx: Context) -> int:
    """How many bare nods in a row ("ok", "ok") this one ends, when what came before them
    was a question answered on the summary ("¿tiene wifi?"): 0 otherwise, and for a nod
    to the summary itself (its "¿te la guardo?" is what the "ok" answers)."""
    if not NOD_RE.match(turn.plain):
        return 0
    nods = 1
    for said in reversed(ctx.history[:-1]):
        if NOD_RE.match(plain(said)):
            nods += 1
            continue
        asked = parse(said, turn.today)
        question = "?" in said or asked.topic is not None or asked.intent in ("info", "prices")
        return nods if question and not says_stay(asked) else 0
    return 0


# A yes beside paying soon ("confirmo, la pago en 10 minutos", "dale, reservala"): held.
_YES_WORD_RE = re.compile(r"\b(?:confirm\w*|reserv\w*|guard\w*|dale|si|ok|okey|listo)\b")


def _yes_with_it(turn: Turn) -> bool:
    plain = turn.plain
    return says_stay(turn.said) or bool(_YES_WORD_RE.search(plain) or CONFIRM_RE.search(plain))


def _wants_longer(turn: Turn) -> bool:
    """More time than a hold lasts asked for on the summary: kept longer ("¿me la
    guardás hasta mañana?") or paid later ("¿puedo pagar la seña mañana?")."""
    return not turn.reply_id and bool(
        KEEP_LONGER_RE.search(turn.plain)
        or PAY_LATER_RE.search(turn.plain)
        or _PAY_LATER_THAN_HOLD_RE.search(turn.plain)
    )


async def _summary_again(turn: Turn, ctx: Context) -> Step:
    quote = await _quote_on_screen(turn, ctx)
    if quote is None or ctx.guests is None:
        return await search(turn, ctx)
    if ctx.misses >= 2:
        return step(State.CONFIRM_HOLD, ctx, replies.not_understood(ctx.misses))
    return step(State.CONFIRM_HOLD, ctx, summary_reply(turn, quote, ctx.guests))


async def confirm(turn: Turn, ctx: Context) -> Step:
    """Place the hold and send the deposit link; a lost race re-offers what is left."""
    cabin = await cabin_by_slug(turn, ctx.cabin)
    stay = stay_of(ctx)
    if cabin is None or stay is None or ctx.guests is None:
        return await search(turn, ctx)
    guest = Guest(ctx.holder or ctx.name, turn.msg.wa_id)  # "a nombre de Marta Gómez"
    try:
        held = await _own_hold(turn, cabin.id, stay) or await holds.place_hold(
            turn.pool, turn.rules, cabin.id, stay, guest, ctx.guests, notes=_notes(ctx)
        )
        turn.reservations_changed()
    except DatesUnavailable:
        again = await search(turn, ctx)
        return dataclasses.replace(again, replies=(replies.dates_taken(), *again.replies))
    except InvalidStay as exc:
        return refuse_stay(turn, ctx, exc.reason, exc.min_nights)
    url, demo = await payment_link(turn.app, held)
    ctx = dataclasses.replace(ctx, hold=held.code, pay_url=url, offers=(), misses=0)
    until = local_time(held.expires_at, turn.rules) or dt.time(0, 0)
    text = replies.hold_placed(
        held,
        url,
        demo=demo,
        until=until,
        minutes=turn.rules.hold_ttl_minutes,
        booked_for=booked_for(held.guest_name, ctx.name),
    )
    # Other holds of this guest still waiting for their deposit (other dates searched
    # meanwhile): both stand, and the guest hears it now rather than at the expiry notice.
    mine = await turn.active_reservations()
    others = [(r, local_time(r.expires_at, turn.rules)) for r in mine if r.code != held.code]
    others = [(r, until) for r, until in others if is_live(r)][:2]
    # All for this very stay: a group's cabins, each to be paid, none to drop. The same
    # stay with no group said is another cabin instead ("mejor la otra cabaña"): the one
    # not wanted is to drop, not to pay too.
    together = all(r.stay == held.stay for r, _ in others) and await _group_said(turn, ctx)
    also = [replies.other_holds_too(others, same_stay=together)] if others else []
    return step(State.AWAIT_PAYMENT, ctx, text, also)


async def _group_said(turn: Turn, ctx: Context) -> bool:
    """The chat named a party no single cabin sleeps ("somos 9") or asked for a second
    cabin ("2 cabañas", "otra cabaña para los chicos"), not one instead of the other."""
    largest = max((c.capacity for c in await turn.cabins()), default=0)
    for text in ctx.history:
        words = plain(text)
        if ANOTHER_STAY_RE.search(words) and not SWAP_CABIN_RE.search(words):
            return True
        if (parse(text, turn.today).guests or 0) > largest:
            return True
    return False


def _notes(ctx: Context) -> str | None:
    """What the owner should know with the hold: the CUIT the invoice goes to, and a pet
    the guest spoke of in the chat (the house rules ask for notice of pets beforehand, and
    "somos 6 y un perro" in the first message reached no one but the bot)."""
    notes = []
    if ctx.tax_id:
        notes.append(f"🧾 CUIT para la factura: {ctx.tax_id}")
    if (pet := pet_said(ctx.history)) is not None:
        notes.append(f"{PET_NOTE}: «{pet}»")
    return "\n".join(notes) or None


_PET_QUOTED = 120  # characters of the guest's message quoted to the owner


def pet_said(history: tuple[str, ...]) -> str | None:
    """The guest's latest message that named a pet, as written (shortened), or None."""
    for text in reversed(history):
        if PET_RE.search(plain(text)):
            return text if len(text) <= _PET_QUOTED else text[: _PET_QUOTED - 1] + "…"
    return None


async def _own_hold(turn: Turn, cabin_id: int, stay: Stay) -> Reservation | None:
    """This guest's live hold on exactly this stay: a retried "Confirmar" must not be refused."""
    mine = await turn.active_reservations()
    return next(
        (
            r
            for r in mine
            if r.status == Status.PRE_RESERVED and r.accommodation_id == cabin_id and r.stay == stay
        ),
        None,
    )


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


async def old_summary(turn: Turn, ctx: Context, state: State, *prompt: replies.Outbound) -> Step:
    """A summary's button tapped after the guest moved on (new dates, another list).
    "Cambiar fechas" and "Cancelar" are honoured (nothing is held by them);
    "Confirmar" holds nothing: the guest sees where we are instead."""
    action, key = hold_button(turn.reply_id) or ("confirm", None)
    if action == "change":
        ctx = other_dates(ctx)
        return step(State.ASK_DATES, dataclasses.replace(ctx, offers=()), replies.ask_new_dates())
    if action == "cancel":
        if (res := await reservation_of(turn, key)) is not None:
            # Its stay was held (or paid) since: "¿seguro?" about it, never "lo dejamos acá".
            ctx = dataclasses.replace(clear_flow(ctx), cancel=res.code)
            return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(res))
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    return step(state, ctx, await stale_summary(turn, key), *prompt)


async def stale_summary(turn: Turn, key: str | None) -> replies.Text:
    parsed = parse_summary(key)
    cabin = await cabin_by_slug(turn, parsed[0]) if parsed else None
    stay = parsed[1] if parsed else None
    return replies.stale_summary(
        cabin.name if cabin else None,
        stay.check_in if stay else None,
        stay.check_out if stay else None,
    )


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


async def reservation_of(turn: Turn, key: str | None) -> Reservation | None:
    """The guest's live hold or confirmed stay made from the summary with this key."""
    parsed = parse_summary(key)
    cabin = await cabin_by_slug(turn, parsed[0]) if parsed else None
    if parsed is None or cabin is None:
        return None
    mine = await turn.active_reservations()
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


def dropped(ctx: Context) -> Context:
    """The flow forgotten after "cancelar", but a summary on screen is kept as the
    one offer (with its head count), so "¡no, me equivoqué!" can bring it back."""
    cleared = clear_flow(ctx)
    if summary_of(ctx) is None:
        return cleared
    row = f"{PICK_PREFIX}{ctx.cabin}:{ctx.check_in:%Y%m%d}:{ctx.check_out:%Y%m%d}"
    return dataclasses.replace(cleared, guests=ctx.guests, offers=(row,))


# "no, dejalo, está bien así", "mejor las mismas": the dates on the summary, after all.
_KEEP_DATES_RE = re.compile(
    r"\b(?:esta bien asi|dejalo(?: asi)?|deja(?:lo)? como esta|(?:las|con las) mismas(?: fechas)?"
    r"|no (?:las )?cambio|no cambio nada|mejor (?:asi|como estaba)|como estaba)\b"
)


async def kept_dates(turn: Turn, ctx: Context) -> Step | None:
    """ "Cambiar fechas" then "no, dejalo, está bien así": the summary of before, checked
    again (not "lo dejamos acá" for its "no")."""
    if turn.reply_id or len(ctx.offers) != 1 or ctx.guests is None or ctx.check_in is not None:
        return None
    if not (_KEEP_DATES_RE.search(turn.plain) or REGRET_RE.search(turn.plain)):
        return None
    return await pick(turn, understood(ctx), ctx.offers[0], again=True)


async def take_back(turn: Turn, ctx: Context) -> Step | None:
    """The summary dropped a moment ago (see `dropped`), asked for again: checked
    again and shown, never held without its "Confirmar"."""
    if len(ctx.offers) != 1 or ctx.guests is None or stay_of(ctx) is not None:
        return None
    if turn.reply_id or not (REGRET_RE.search(turn.plain) or await _named_again(turn, ctx)):
        return None
    return await pick(turn, understood(ctx), ctx.offers[0], again=True)


async def _named_again(turn: Turn, ctx: Context) -> bool:
    """ "Nono perdón, quiero la del lago igual", "ay no, me quedo con la del lago": the
    cabin just dropped, named with no question and no other stay (it was its card and
    "pasame fechas", the stay summed up forgotten)."""
    if asks(turn) or says_stay(turn.said):
        return False
    if turn.said.deny and not (turn.said.affirm or _SORRY_RE.search(turn.plain)):
        return False  # "no, la del lago no"; but "ay no, perdón" takes back the "cancelar"
    cabin = named_cabin(turn.msg.text or "", await turn.cabins())
    return cabin is not None and cabin.slug == ctx.offers[0].split(":")[1]


_SORRY_RE = re.compile(r"\b(?:perdon|perdona|disculpa|uy|ay|ups)\b")


# "¿Seguimos?", "continuamos con la reserva", "sigamos", "retomamos lo de antes": picking up
# where the chat was (on plain text).
_RESUME_RE = re.compile(
    r"\b(?:seguimos|sigamos|continuamos|continuemos|retomamos|retomemos|sigo con"
    r"|seguimos con|volvemos a lo de antes|donde estabamos|en que estabamos)\b"
)


async def stay_resumed(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Seguimos?" once a handoff is over: the summary the guest had on screen (as a yes
    shows it, `summary_left`), or the list of the stay asked about, searched again (what is
    free may have changed meanwhile). None when nothing was under way or a stay is told."""
    if turn.reply_id or ctx.hold is not None or not _RESUME_RE.search(turn.plain):
        return None
    if says_stay(turn.said) or turn.said.deny or stay_of(ctx) is None or not ctx.guests:
        return None
    if summary_of(ctx) is not None:
        row = f"{PICK_PREFIX}{ctx.cabin}:{ctx.check_in:%Y%m%d}:{ctx.check_out:%Y%m%d}"
        return await pick(turn, understood(ctx), row)
    return await search(turn, understood(ctx))


async def summary_left(turn: Turn, ctx: Context) -> Step | None:
    """A yes ("confirmo entonces", "dale") or a hello once a handoff that began on the
    summary is over: that summary again, checked again, to confirm with its button (never
    a hold on a typed word with no summary on screen). None for anything else."""
    if turn.reply_id or ctx.hold is not None or summary_of(ctx) is None:
        return None
    said = turn.said
    if says_stay(said) or said.deny or defers(turn):
        return None
    # "Hola, sigo acá", "¿hola?" once the person is gone: the summary they were on, shown
    # again (to confirm with its button), rather than the menu with the summary forgotten.
    hello = turn.intent == "greeting" and not said.affirm
    if not hello and not _decisive(turn):
        return None
    if not (
        hello
        or said.affirm
        or turn.intent == "book"
        or CONFIRM_RE.search(turn.plain)
        or final_yes(turn)
    ):
        return None
    row = f"{PICK_PREFIX}{ctx.cabin}:{ctx.check_in:%Y%m%d}:{ctx.check_out:%Y%m%d}"
    return await pick(turn, understood(ctx), row)
