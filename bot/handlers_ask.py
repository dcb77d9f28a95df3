"""Asking for the stay (ask_dates, ask_guests): the dates, then how many people."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot import replies
from bot.corrections import corrects
from bot.handlers import (
    MAX_GUESTS_ASKED,
    Step,
    Turn,
    arrival_before,
    arrival_shift,
    asks,
    clear_flow,
    hesitant,
    missed,
    named_cabin,
    put_off,
    says_stay,
    step,
    understood,
)
from bot.handlers_choose import listed_at_place, says_place
from bot.handlers_info import answer_aside, topics_of
from bot.handlers_party import (
    MAYBE_RE,
    added_after,
    told_again_in_detail,
    two_cabins,
    who_comes_only,
)
from bot.handlers_search import (
    cabin_asked_for,
    first_cabin_party,
    fresh_stay,
    offered_totals,
    pick,
    search_said,
    split_pending,
    when_free,
    when_free_pending,
)
from bot.handlers_summary import hold_button, kept_dates, old_summary
from bot.handlers_words import (
    ACK_RE,
    ANOTHER_STAY_RE,
    ARRIVAL_RE,
    BARE_NO_RE,
    BARE_NUMBER_RE,
    COUNT_AND_PET_RE,
    DEPARTURE_RE,
    HEAD_COUNT_ANSWER_RE,
    STARTS_MOVED_RE,
    WHEN_FREE_RE,
)
from bot.nlu import Understanding, parse
from bot.nlu_vocab import _NUMBER_WORDS as NUMBER_WORDS
from bot.session import Context
from bot.states import State

# "no tenemos fecha todavía", "aún no", "todavía no": no dates yet, whatever the doubt word.
_NO_DATES_YET_RE = re.compile(
    r"\bno (?:tengo|tenemos|hay) (?:\w+ )?(?:fechas?|dias?)\b|^(?:\w+ )?(?:todavia|aun) no\b"
)


async def _offer_taken_with_cabin(turn: Turn, ctx: Context) -> Step | None:
    """ "Bueno, la primera", "ok la de Chapelco" to "¿Te sirve del lun 11 al jue 14? Decime
    dale" (a stay too short, a longer one offered): the stay offered, and the cabin picked
    from it, by name or by its place in the list. Before, "la primera" was read as a day and
    the offer was lost ("¿hasta qué día te quedás?")."""
    said = turn.said
    if turn.reply_id or said.check_in or said.check_out or said.nights or said.deny:
        return None
    if hesitant(turn) or asks(turn):
        return None
    cabin = named_cabin(turn.msg.text or "", await turn.cabins())
    if cabin is None and not says_place(turn.plain):
        return None
    out = ctx.check_in + dt.timedelta(days=ctx.nights)  # type: ignore[operator]
    offered = dataclasses.replace(understood(ctx), check_out=out)
    plain_turn = dataclasses.replace(turn, said=dataclasses.replace(said, choice=None))
    found = await search_said(plain_turn, offered, wanted=cabin.slug if cabin else ctx.cabin)
    if cabin is None and found.state == State.CHOOSE_CABIN:
        if (row := listed_at_place(turn.plain, found.ctx.offers)) is not None:
            return await pick(turn, found.ctx, row)
    return found


async def on_ask_dates(turn: Turn, ctx: Context) -> Step:
    if hold_button(turn.reply_id):
        return await old_summary(turn, ctx, State.ASK_DATES, _ask_again(ctx))
    if turn.reply_id:
        return step(State.ASK_DATES, ctx, replies.stale_option(), _ask_again(ctx))
    awaiting = ctx.check_in is not None and ctx.check_out is None
    moved = (
        ARRIVAL_RE.search(turn.plain)
        or STARTS_MOVED_RE.match(turn.plain)
        or corrects(turn.msg.text)
    )
    if awaiting and (shift := arrival_shift(turn.plain)):
        # "¿Podemos llegar un día antes?" to "¿hasta qué día te quedás?": the arrival asked
        # about moved (it read "un día" as a one-night stay from that arrival).
        arrival = ctx.check_in + dt.timedelta(days=shift)  # type: ignore[operator]
        said = dataclasses.replace(turn.said, check_in=arrival, check_out=None, nights=None)
        turn, awaiting = dataclasses.replace(turn, said=said), False
    elif awaiting and not turn.reply_id and moved:
        # "¿y si llegamos el 16?" (or "perdón, el 16", "mejor del 16") to "¿hasta qué día te
        # quedás?": a new arrival, not the departure (nor the 16th of next month, 30 nights
        # later).
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
    if (
        not awaiting
        and number
        and BARE_NUMBER_RE.match(turn.plain)
        and not says_stay(said)
        and when_free_pending(turn, ctx)
    ):
        # "2" to "¿Cuántos son? Así te paso lo primero libre en marzo": the head count.
        turn = dataclasses.replace(turn, said=dataclasses.replace(said, guests=number))
    if told_again_in_detail(turn, ctx):
        # "somos 4" … "2 adultos y 2 chicos": heard, not "¡Genial, para 4!" word for word.
        undated = ctx.check_in is None and ctx.check_out is None
        ask = (
            replies.ask_dates(month=ctx.month, part=ctx.month_part, nights_wanted=ctx.nights)
            if undated
            else None
        )
        counted = replies.kids_counted(ctx.guests)  # type: ignore[arg-type]
        return step(State.ASK_DATES, understood(ctx), counted, ask or _ask_again(ctx))
    turn = _party_added(turn, ctx)  # "para 2 adultos" … "y 2 niños": 4, not 2
    if awaiting:
        turn = _arrival_in_month_of_departure(turn, ctx)  # "del 10" … "al 13 de marzo"
    said = turn.said
    if awaiting and ctx.nights and (taken := await _offer_taken_with_cabin(turn, ctx)):
        return taken  # "bueno, la primera" to "¿te sirve del lun al jue? Decime dale"
    if not awaiting and said.check_in is None and said.check_out is None and said.nights:
        if WHEN_FREE_RE.search(turn.plain):
            # "cuando tengan libre en febrero, 5 noches": the first free stays of that
            # length (in that month), not "¿desde qué día serían?" (round 25).
            month = said.month or ctx.month
            return await when_free(turn, dataclasses.replace(ctx, nights=said.nights, month=month))
    if (fresh := fresh_stay(turn, ctx, awaiting_departure=awaiting)) is not None:
        return await search_said(turn, fresh, wanted=ctx.cabin)
    if awaiting and ctx.nights and said.affirm and not hesitant(turn):
        # "dale" to "¿te sirve del sáb al lun?" after a stay too short (see
        # `handlers_search.refuse_stay`); a cabin named before ("la de 6 para el finde del
        # 12") goes straight to its summary.
        out = ctx.check_in + dt.timedelta(days=ctx.nights)  # type: ignore[operator]
        offered = dataclasses.replace(understood(ctx), check_out=out)
        return await search_said(turn, offered, wanted=ctx.cabin)
    if not awaiting and WHEN_FREE_RE.search(turn.plain):
        return await when_free(turn, ctx)  # "¿para cuándo tienen lugar?": not a day asked
    if (later := put_off(turn, ctx, State.ASK_DATES, "dates")) is not None:
        return later
    unsure = hesitant(turn) or bool(_NO_DATES_YET_RE.search(turn.plain))
    if unsure and not asks(turn) and not number and said.intent == "unknown":
        # "no sé todavía", "ni idea, vemos": no rush, and what to send when they know.
        return step(State.ASK_DATES, understood(ctx), replies.dates_unsure(ctx.check_in))
    if (kept := await kept_dates(turn, ctx)) is not None:
        return kept  # "Cambiar fechas", then "no, dejalo, está bien así"
    if turn.said.deny and BARE_NO_RE.match(turn.plain) and not (awaiting and ctx.nights):
        # "nop" to "¿para qué fechas?" answers nothing (unlike "no" to "¿te sirve del sáb al
        # lun?"): the guest may have misread or answered another chat, and a dropped booking
        # costs more than a question asked again.
        return step(State.ASK_DATES, understood(ctx), replies.bare_no(), _ask_again(ctx))
    if turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    priced = awaiting and ctx.nights and turn.intent == "prices" and not topics_of(turn)
    if priced and (totals := await offered_totals(turn, ctx)) is not None:
        return totals  # "¿cuánto sale?" to "¿te sirve del sáb al lun?": that stay's total
    if (aside := await answer_aside(turn, ctx, State.ASK_DATES, "dates")) is not None:
        aside = await _cabin_switched(turn, aside)  # "mejor la de 4": that one, when dated
        if ctx.check_in and not ctx.check_out:
            # The arrival is known: the question still open, not "pasame las fechas".
            again = replies.offer_departure(ctx.check_in, ctx.nights) if ctx.nights else None
            return dataclasses.replace(
                aside, replies=(*aside.replies[:-1], again or _ask_again(ctx))
            )
        return aside
    if ACK_RE.match(turn.plain):
        # "ok", "dale" to the question: asked again, and no miss (two offer a person, and
        # the "sí" that follows hands the chat off).
        return step(State.ASK_DATES, ctx, _ask_again(ctx))
    return missed(ctx, State.ASK_DATES, _ask_again(ctx))


async def _cabin_switched(turn: Turn, aside: Step) -> Step:
    """A cabin asked for while the stay is still incomplete ("quiero la del lago", then
    "mejor la de 4"): the one the stay goes to when it is complete."""
    if (cabin := await cabin_asked_for(turn)) is None:
        return aside
    return dataclasses.replace(aside, ctx=dataclasses.replace(aside.ctx, cabin=cabin.slug))


def _party_added(turn: Turn, ctx: Context) -> Turn:
    """Someone added to the party given in an earlier bubble, while the dates are asked
    ("somos 2" … "y mi hermana", "2 adultos" … "1 menor"): the whole party, as on the list
    (`handlers_party.party_changed`), so the search that follows is for all of them."""
    if who_comes_only(turn, ctx):
        # "somos 3" … "con mi hermana": who comes, the 3 kept (not the writer and her, 2).
        return dataclasses.replace(turn, said=dataclasses.replace(turn.said, guests=ctx.guests))
    if ctx.guests is None or turn.reply_id or turn.said.guests is not None:
        return turn
    if not (more := added_after(turn, ctx)) or MAYBE_RE.search(turn.plain) or hesitant(turn):
        return turn
    guests = min(ctx.guests + more, MAX_GUESTS_ASKED)
    return dataclasses.replace(turn, said=dataclasses.replace(turn.said, guests=guests))


def _arrival_in_month_of_departure(turn: Turn, ctx: Context) -> Turn:
    """ "del 10" … "al 13 de marzo": the arrival was a bare day, read as the next 10th to
    come; a departure more than a month after it, with its month written, puts the arrival
    in that month (or the one before), as "de marzo" alone does (`corrections`)."""
    said = turn.said
    if ctx.check_in is None or said.check_in or said.check_out is None:
        return turn
    if (said.check_out - ctx.check_in).days <= 31 or not _arrival_was_bare(turn, ctx):
        return turn
    if (arrival := arrival_before(said.check_out, ctx.check_in)) is None:
        return turn
    nights = (said.check_out - arrival).days
    moved = dataclasses.replace(said, check_in=arrival, nights=nights)
    return dataclasses.replace(turn, said=moved)


def _arrival_was_bare(turn: Turn, ctx: Context) -> bool:
    """The guest's message that gave the arrival named no month ("del 10"): read a day
    later, its date moves to another month (a month written keeps it)."""
    for text in reversed(ctx.history[:-1]):
        if parse(text, turn.today).check_in != ctx.check_in:
            continue
        later = parse(text, ctx.check_in + dt.timedelta(days=1)).check_in  # type: ignore[operator]
        return later is not None and later.month != ctx.check_in.month  # type: ignore[union-attr]
    return False


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
    if ctx.check_out and not ctx.check_in:
        return replies.ask_arrival(ctx.check_out)
    return replies.ask_dates(
        month=ctx.month, part=ctx.month_part, nights_wanted=ctx.nights, again=True
    )


async def on_ask_guests(turn: Turn, ctx: Context) -> Step:
    if hold_button(turn.reply_id):
        return await old_summary(turn, ctx, State.ASK_GUESTS, replies.guests_doubt())
    if turn.reply_id:
        return step(State.ASK_GUESTS, ctx, replies.stale_option(), replies.guests_doubt())
    said = turn.said
    if said.guests is None and (first := await first_cabin_party(turn, ctx)) is not None:
        # "4 y 4" to "decime cuántos van en la primera": the first cabin's 4.
        said = dataclasses.replace(said, guests=first)
        turn = dataclasses.replace(turn, said=said)
    bare = bool(BARE_NUMBER_RE.match(turn.plain))
    number = said.choice or _last_number(turn.plain)
    if said.guests is None and number and not says_stay(said) and bare:
        # A bare "4" (or "capaz 5") answers "¿cuántas personas?" ("la primera" does not).
        said = dataclasses.replace(said, guests=number)
        turn = dataclasses.replace(turn, said=said)
    if (answer := _head_count_answer(turn.plain)) is not None and (
        said.guests is None or answer[1]
    ):
        # "mmm 3", "la familia completa, 5", "entre 4 y 6": the count, the most of a range
        # ("entre 3 y 4" is no stay from the 3rd to the 4th: the question was people).
        said = dataclasses.replace(said, guests=answer[0], **_NO_STAY)
        turn = dataclasses.replace(turn, said=said)
    if said.guests is None and (pet := COUNT_AND_PET_RE.match(turn.plain)):
        # "2 y un perro": the 2 answers the question (the pet is answered on its own).
        said = dataclasses.replace(said, guests=_count_word(pet[1]))
        turn = dataclasses.replace(turn, said=said)
    if (split := await two_cabins(turn, ctx)) is not None:
        return split  # "¿y si alquilamos la de 4 y la de 6?" after "somos 10"
    if (fresh := fresh_stay(turn, ctx)) is not None:
        return await search_said(turn, fresh, wanted=ctx.cabin)
    if ANOTHER_STAY_RE.search(turn.plain):
        # "¿Y si alquilamos dos cabañas?": one at a time, the first one's head count now.
        return step(State.ASK_GUESTS, understood(ctx), replies.one_cabin_at_a_time())
    if (later := put_off(turn, ctx, State.ASK_GUESTS, "guests")) is not None:
        return later
    if hesitant(turn) and not asks(turn) and not number:
        # "no sé todavía cuántos somos": the price is per cabin, so the most they could be.
        return step(State.ASK_GUESTS, understood(ctx), replies.guests_unsure())
    if turn.said.deny and BARE_NO_RE.match(turn.plain):
        # "nop" to "¿cuántas personas?" is no head count and no goodbye either (see
        # `on_ask_dates`): asked again, with how to stop; "no gracias" still drops it.
        again = await _guests_again(turn, ctx)
        return step(State.ASK_GUESTS, understood(ctx), replies.bare_no(), again)
    if turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    if (aside := await answer_aside(turn, ctx, State.ASK_GUESTS, "guests")) is not None:
        return await _cabin_switched(turn, aside)
    if ACK_RE.match(turn.plain):
        return step(State.ASK_GUESTS, ctx, await _guests_again(turn, ctx))  # "ok": no miss
    return missed(ctx, State.ASK_GUESTS, await _guests_again(turn, ctx))


_NO_STAY: dict[str, object] = {
    "check_in": None,
    "check_out": None,
    "nights": None,
    "month": None,
    "month_part": None,
    "other_stay": None,
    "other_nights": None,
    "window": None,
    "extra_guests": None,
    "choice": None,
}


def _head_count_answer(words: str) -> tuple[int, bool] | None:
    """The head count a short answer to "¿cuántas personas?" gives (`HEAD_COUNT_ANSWER_RE`),
    and whether it was the top of a range ("entre 4 y 6" is 6: the cabin must sleep them
    all, and the price is per cabin). None when the message is more than that."""
    if (match := HEAD_COUNT_ANSWER_RE.match(words)) is None:
        return None
    low, high = _count_word(match[1] or match[3]), _count_word(match[2] or match[4])
    if not high:
        return (low, False) if 0 < low <= 30 else None
    return (high, True) if 0 < low < high <= 12 else None


def _count_word(word: str | None) -> int:
    if word is None:
        return 0
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


async def _guests_again(turn: Turn, ctx: Context) -> replies.Outbound:
    """The head count asked again. After a party no cabin sleeps ("somos 9", then "si las
    dos" or "solo una, la más grande") it is the first cabin's, with a split worked out:
    "¿cuántas personas serían en total?" would forget the nine just said."""
    if (split := await split_pending(turn, ctx)) is not None:
        return replies.too_many_again(*split)
    return replies.guests_doubt()
