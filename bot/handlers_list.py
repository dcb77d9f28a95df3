"""The list of free cabins (choose_cabin): a cabin chosen → its summary.

A row tapped, a number, a name or a description ("la más barata", read by
bot/handlers_choose.py) picks; questions, doubts and changes of the stay or the
party are answered with the list kept.
"""

from __future__ import annotations

import dataclasses
import re

from booking.models import Quote
from bot import replies
from bot.handlers import (
    Step,
    Turn,
    asks,
    asks_per_night,
    clear_flow,
    hesitant,
    missed,
    named_cabin,
    plain,
    prepend,
    put_off,
    step,
    understood,
)
from bot.handlers_choose import (
    CHEAPER_RE,
    CHEAPEST_RE,
    advised,
    cheapest_of,
    compared_offers,
    described_offer,
    listed_at_place,
    listed_quotes,
    no_other_listed,
    offer_in,
    prices_weighed,
    ranked,
    sizes_weighed,
    unlisted_cabin,
)
from bot.handlers_info import (
    answer_aside,
    answer_info,
    answer_prices,
    asks_discount,
    feature_of,
    listed_cabins,
    no_discounts_first,
    same_question,
    topics_of,
    wants_info,
    with_feature,
)
from bot.handlers_party import party_changed, party_said_again
from bot.handlers_search import (
    PICK_PREFIX,
    fresh_stay,
    other_dates,
    pick,
    search,
    search_said,
    stay_changed,
)
from bot.handlers_summary import hold_button, old_summary
from bot.handlers_words import (
    ACK_RE,
    ADVISED_SAID_RE,
    BARE_NO_RE,
    BY_FEATURE_RE,
    CHANGE_DATES_RE,
    CONFIRM_RE,
    NONE_LISTED_RE,
    RECOMMEND_RE,
    THAT_ONE_RE,
)
from bot.session import Context
from bot.states import State


async def on_choose_cabin(turn: Turn, ctx: Context) -> Step:
    turn = party_said_again(turn)  # "uh no, al final 5": a head count like "somos 5"
    if turn.reply_id.startswith(PICK_PREFIX):
        return await pick(turn, ctx, turn.reply_id)
    if hold_button(turn.reply_id):
        # The summary of a cabin or dates the guest has changed since: the list of now.
        listed = await search(turn, ctx)
        if listed.state != State.CHOOSE_CABIN:
            return listed
        return await old_summary(turn, ctx, State.CHOOSE_CABIN, *listed.replies)
    if turn.reply_id:
        return prepend(await search(turn, ctx), replies.stale_option())  # the list of now
    if turn.said.choice and 1 <= turn.said.choice <= len(ctx.offers):
        return await pick(turn, ctx, ctx.offers[turn.said.choice - 1])
    if (sized := await _sized_for_party(turn, ctx)) is not None:
        return await pick(turn, ctx, sized)  # "quiero la cabaña para 4" from a party of 4
    placed = listed_at_place(turn.plain, ctx.offers)
    booked = turn.intent == "book" and not asks(turn)
    if placed and (booked or _ASKED_TO_TAKE_RE.search(turn.plain)) and not hesitant(turn):
        # "reservame la 1", "quiero reservar la 2", "¿me guardás la primera?" (a request,
        # not a question): that row's summary (nothing held yet).
        return await pick(turn, ctx, placed)
    if ADVISED_SAID_RE.match(turn.plain) and (advised := _advised_offer(ctx)) is not None:
        return await pick(turn, ctx, advised)  # "la que me recomendaste", after we did
    if (advice := await _recommend(turn, ctx)) is not None:
        return advice  # before the search: "para una pareja" is the head count we have
    if (party := await party_changed(turn, ctx, State.CHOOSE_CABIN)) is not None:
        return party  # "viene mi hermano también", "el bebé duerme con nosotros"
    if (fresh := fresh_stay(turn, ctx)) is not None:
        # "la primera pero para 3", "la 2 pero del 2 al 5": the row pointed at, summed up
        # for the new stay when it is free and fits (said why not when it does not).
        # A row is "la 2"; "para el 2" is a day (round24's "la podemos pasar para el 2?").
        placed = (
            listed_at_place(turn.plain, ctx.offers) if _ROW_SAID_RE.search(turn.plain) else None
        )
        wanted = placed.split(":")[1] if placed else None
        return await search_said(turn, fresh, wanted=wanted)
    if NONE_LISTED_RE.match(turn.plain) or CHANGE_DATES_RE.search(turn.plain):
        # "cambiemos las fechas", "otras fechas" (the summary's button typed under the list;
        # with the new dates in it, `fresh_stay` above already searched them).
        # None of these: other dates for the same party (a "no" from there drops it all),
        # read in the month of the list ("¿y del 8 al 11?" after a March list is March).
        ctx = dataclasses.replace(other_dates(understood(ctx)), offers=())
        return step(State.ASK_DATES, ctx, replies.none_listed(ctx.guests))
    about_it = bool(topics_of(turn)) and turn.intent != "prices"
    if about_it and (picked := await _pick_and_answer(turn, ctx)) is not None:
        # "la más barata, ¿tiene wifi?": the rank in a clause of its own is a pick, and the
        # question is about the cabin (not "¿cuál sale menos?", weighed below)
        return picked
    if (again := await same_question(turn, ctx, State.CHOOSE_CABIN, "choose")) is not None:
        return again  # "¿la 1 tiene parrilla?" … "¿y la de Quila?": not a pick
    if not asks_discount(turn) and (weighed := await prices_weighed(turn, ctx)) is not None:
        # "¿Cuál sale menos?", "¿la de 6 es más cara?": an answer, not a pick; "dale" takes it.
        ctx = dataclasses.replace(understood(ctx), cabin=weighed[1])
        return step(State.CHOOSE_CABIN, ctx, weighed[0])
    if (sized := await sizes_weighed(turn, ctx)) is not None:
        # "¿Cuál es la más grande?": an answer, not a pick; "dale" takes it.
        return step(State.CHOOSE_CABIN, dataclasses.replace(understood(ctx), cabin=sized[1]),
                    sized[0])  # fmt: skip
    if (compared := await compared_offers(turn, ctx)) is not None:
        # Before a cabin named is taken as picked: "¿la de 4 es más linda?" asks.
        return step(State.CHOOSE_CABIN, understood(ctx), compared, replies.nudge("choose"))
    if (picked := await _pick_and_answer(turn, ctx)) is not None:
        return picked  # "Me quedo con la del lago. ¿Cómo se abona la seña?"
    if (chosen := await described_offer(turn, ctx)) is not None:
        return await pick(turn, ctx, chosen)
    if (only_one := await no_other_listed(turn, ctx)) is not None:
        return step(State.CHOOSE_CABIN, understood(ctx), only_one)  # "la otra" of one listed
    if (by_feature := await _by_feature(turn, ctx)) is not None:
        return by_feature
    if (unlisted := await unlisted_cabin(turn, ctx)) is not None:
        return step(State.CHOOSE_CABIN, understood(ctx), unlisted, replies.nudge("choose"))
    if (later := put_off(turn, ctx, State.CHOOSE_CABIN, "choose")) is not None:
        return later
    if len(ctx.offers) == 1 and not asks(turn) and not hesitant(turn):
        # "dale", "la quiero", "reservala", "esa" to a list of one: its summary (nothing is
        # held before "Confirmar"). With a question ("dale, ¿acepta perros?") it is
        # answered first, and with a doubt ("dale, capaz") nothing is picked.
        said = turn.said
        if said.affirm or ((turn.intent == "book" or _takes(turn)) and not said.deny):
            return await pick(turn, ctx, ctx.offers[0])
    if (advised := _advised_offer(ctx)) is not None and not asks(turn) and not hesitant(turn):
        # "dale esa", "esa" after a recommendation: the cabin recommended.
        if (turn.said.affirm or _takes(turn)) and not turn.said.deny:
            return await pick(turn, ctx, advised)
    if (unlisted := await _unlisted_taken(turn, ctx)) is not None:
        return step(State.CHOOSE_CABIN, understood(ctx), unlisted, replies.nudge("choose"))
    if CHEAPER_RE.search(turn.plain) and (listed := await listed_quotes(turn, ctx)):
        # The cheapest singled out: "dale" or "esa" next takes it (`_advised_offer`).
        ctx = _singled_out(ctx, [min(listed, key=lambda q: q.total_cents)])
        return step(State.CHOOSE_CABIN, understood(ctx), cheapest_of(listed, ctx.guests))
    if turn.said.deny and BARE_NO_RE.match(turn.plain) and len(ctx.offers) > 1:
        # "nop" under a list of several asks nothing it answers (see `on_ask_guests`):
        # the list stays, with how to stop; "no gracias" still drops it.
        prompt = replies.choose_prompt(len(ctx.offers))
        return step(State.CHOOSE_CABIN, understood(ctx), replies.bare_no(), prompt)
    if turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.flow_dropped())
    if not turn.reply_id and asks_per_night(turn) and (listed := await listed_quotes(turn, ctx)):
        # "¿Y por noche?": the list shows totals; what a night costs in each is the answer.
        # "¿Cuánto sale x noche la de 4?": that one's, and "dale" next takes it.
        cabin = named_cabin(turn.msg.text or "", [q.cabin for q in listed])
        placed = listed_at_place(turn.plain, ctx.offers)  # "¿cuánto sale la primera x noche?"
        slug = cabin.slug if cabin else placed.split(":")[1] if placed else None
        quoted = [q for q in listed if slug is None or q.cabin.slug == slug]
        return step(
            State.CHOOSE_CABIN,
            understood(_singled_out(ctx, quoted)),
            replies.listed_nightly(quoted),
            replies.nudge("choose"),
        )
    topics = topics_of(turn)
    if turn.intent == "prices" and "payment" not in topics and (totals := await _totals(turn, ctx)):
        text, quoted = totals
        # "¿xq tan caro la de 4? ¿q incluye?": what was asked about it, then its total for
        # the dates listed (not nightly ranges and "pasame fechas", the dates on screen).
        asked = await answer_info(turn, ctx, listed=True) if topics else []
        ctx = _singled_out(ctx, quoted)
        # "¿Hay descuento para jubilados?": said first that there are none to give.
        first = no_discounts_first(turn)
        return step(
            State.CHOOSE_CABIN, understood(ctx), first, asked, text, replies.nudge("choose")
        )
    if (aside := await answer_aside(turn, ctx, State.CHOOSE_CABIN, "choose")) is not None:
        return aside
    yes = turn.said.affirm or turn.intent == "book"
    if yes and len(ctx.offers) > 1 and not turn.said.deny and not ACK_RE.match(turn.plain):
        # "confirmo!!", "sí dale reservame" with nothing picked: which one, not a miss
        # (a miss here and one more word offered a person).
        return step(State.CHOOSE_CABIN, understood(ctx), replies.which_listed(len(ctx.offers)))
    if PUZZLED_RE.match(turn.msg.text or "") or ACK_RE.match(turn.plain):
        # "?", "mmm" or "ok" under the list: what the list is for, not a miss (two misses offer
        # a person, and the "ok" that follows would hand the chat off).
        again = _puzzled_before(ctx)  # "ok" after "ok": not the same help word for word
        return step(State.CHOOSE_CABIN, ctx, replies.choose_help(len(ctx.offers), again=again))
    return missed(ctx, State.CHOOSE_CABIN, replies.choose_prompt(len(ctx.offers)))


def _puzzled_before(ctx: Context) -> int:
    """How many of the guest's messages right before this one were "ok", "?" or "mmm"
    too (each answered with the list's help)."""
    count = 0
    for said in reversed(ctx.history[:-1]):
        if not (PUZZLED_RE.match(said) or ACK_RE.match(plain(said))):
            break
        count += 1
    return count


# "?", "¿?", "mmm", "ehh", "no entiendo": the guest is unsure what to do (on the raw text).
PUZZLED_RE = re.compile(
    r"^\s*(?:[¿?]+|(?:m{2,}|e+h+|e+m+|h+m+|no entiendo|no entend[ií]|c[oó]mo es)\W*)\s*$",
    re.IGNORECASE,
)


# "me quedo con la del lago", "quiero la de 4": a listed cabin picked, in a sentence of its
# own (the message may ask something else in another one). On plain text.
_PICK_SAID_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|entonces|mejor|perfecto|listo|genial) )*"
    r"(?:me quedo con|nos quedamos con|quiero|queremos|elijo|elegimos|prefiero|preferimos"
    r"|vamos con|voy con|reservame|reservanos|dame|danos|guardame|guardanos|separame"
    r"|separanos|apartame|apartanos|agarro|agarramos|tomo|tomamos) (?:la|el) "
)


_ROW_SAID_RE = re.compile(r"\bla (?:primera|segunda|tercera|cuarta|ultima|[1-9])\b")


# "la de 4", "la del lago", "la primera porfa", "dale la 2": a listed cabin pointed at and
# nothing else, as a sentence of its own beside a question ("la de 4, ¿tiene parrilla?",
# "la del bosque. tiene wifi?"): a pick, the question answered with its summary. On plain
# text; which cabin it is, `named_cabin` or `listed_at_place` says.
_BARE_PICK_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|entonces|mejor|perfecto|listo|genial) )*(?:la|el) (?:cabana )?"
    r"(?:(?:de|del|d) )?\w+(?: (?:porfa|por favor|entonces|plis|please))?$"
)


# "¿Me guardás la primera?", "¿nos reservás la 2?", "¿me la podés separar?": a request
# put as a question (on plain text).
_ASKED_TO_TAKE_RE = re.compile(
    r"\b(?:me|nos) (?:guardas|guardarias|reservas|reservarias|das|dejas|separas|apartas)\b"
    r"|\b(?:guardame|guardanos|separame|separanos|apartame|apartanos)\b"
    r"|\b(?:podes|podrias) (?:guardarme|guardarnos|reservarme|reservarnos|separarme"
    r"|separarnos)\b"
)


async def pick_said(turn: Turn, ctx: Context, sentence: str) -> str | None:
    """The listed offer one clause of a message takes, when that clause is a pick and
    nothing else ("la segunda", "me quedo con la del lago", "la más barata")."""
    words = plain(sentence)
    if not (_PICK_SAID_RE.match(words) or _BARE_PICK_RE.match(words) or ranked(words)):
        return None
    return await offer_in(turn, ctx, sentence)


async def _pick_and_answer(turn: Turn, ctx: Context) -> Step | None:
    """A pick said in one sentence and a question in another ("Me quedo con la del lago.
    ¿Cómo se abona la seña?"): the question answered, then the summary of that cabin
    (nothing is held before "Confirmar"). A question about the cabin itself ("¿la del
    lago tiene wifi?") picks nothing: the pick must be a sentence that asks nothing."""
    if turn.reply_id or not asks(turn) or hesitant(turn) or turn.said.deny:
        return None
    # "me quedo con la del lago, ¿tiene parrilla?" reads as booking: its topics are asked too.
    info = wants_info(turn) or (turn.intent == "book" and bool(topics_of(turn)))
    if not (info or turn.intent == "prices"):
        return None
    # A comma ends a clause too: "guardame la del lago, ¿tiene parrilla?" written without
    # the "¿" ("guardame la del lago, tiene parrilla?") is a pick and then a question.
    sentences = re.split(r"(?<=[.!?,;])\s+|¿|\n", turn.msg.text or "")
    cabins = await turn.cabins()
    for sentence in sentences:
        if "?" in sentence:
            continue
        if THAT_ONE_RE.match(plain(sentence)) and (advised := _advised_offer(ctx)):
            offer: str | None = advised  # "ok esa. ¿Se puede pagar en dos veces?"
        elif _PICK_SAID_RE.match(words := plain(sentence)):
            # "quiero la del medio, ¿tiene hogar?": by name, row or rank
            offer = await offer_in(turn, ctx, sentence)
        elif len(sentences) > 1 and (_BARE_PICK_RE.match(words) or ranked(words)):
            # "la de 4, ¿tiene parrilla?", "la más barata. tiene wifi?": only a listed
            # cabin, the question apart
            if (offer := await offer_in(turn, ctx, sentence)) is None:
                continue
        else:
            continue
        if offer is None:
            return None
        # the question answered of the cabin taken ("la primera. ¿tiene ropa de cama?")
        taken = [c for c in cabins if c.slug == offer.split(":")[1]]
        answer = (
            await answer_info(turn, ctx, listed=True, about=taken)
            if info
            else await answer_prices(turn, ctx)
        )
        return prepend(await pick(turn, ctx, offer), *answer)
    return None


async def _recommend(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Cuál me recomendás (para una pareja)?": the smallest listed cabin that fits the
    party, the cheapest among those; it becomes the cabin talked about, so "esa" takes it."""
    advice = RECOMMEND_RE.search(turn.plain) or ADVISED_SAID_RE.match(turn.plain)
    if turn.reply_id or not advice or turn.intent == "prices":
        return None
    fresh = fresh_stay(turn, ctx)
    if fresh is not None and stay_changed(ctx, fresh):
        return None  # "¿y para 4 cuál me recomendás?": a new search first
    listed = await listed_quotes(turn, ctx)
    chosen = advised(listed, ctx.guests)
    if chosen is None:
        return None
    others = [q for q in listed if q.cabin.slug != chosen.cabin.slug]
    ctx = dataclasses.replace(understood(ctx), cabin=chosen.cabin.slug)
    return step(State.CHOOSE_CABIN, ctx, replies.recommendation(chosen, others, ctx.guests))


async def _unlisted_taken(turn: Turn, ctx: Context) -> replies.Text | None:
    """ "Dale, reservame esa" right after a question about a cabin the list leaves out
    (`answer_aside` said why): why again, not "elegí una de la lista" alone."""
    asked = turn.asked_before
    if len(asked) != 1 or any(o.split(":")[1] == asked[0] for o in ctx.offers):
        return None
    if asks(turn) or hesitant(turn) or turn.said.deny:
        return None
    if not (turn.intent == "book" or _takes(turn) or turn.said.affirm):
        return None
    cabin = next((c for c in await turn.cabins() if c.slug == asked[0]), None)
    return replies.cabin_not_listed(cabin, ctx.guests) if cabin else None


def _takes(turn: Turn) -> bool:
    """ "Reservamela", "esa", "la quiero": the guest takes the cabin being talked about."""
    return bool(CONFIRM_RE.search(turn.plain) or THAT_ONE_RE.match(turn.plain))


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
    listed = listed_cabins(await turn.cabins(), ctx)
    found, answer = with_feature(listed, feature)
    if len(found) == 1:
        offer = next(o for o in ctx.offers if o.split(":")[1] == found[0][0].slug)
        return await pick(turn, ctx, offer)
    return step(State.CHOOSE_CABIN, understood(ctx), answer, replies.nudge("choose"))


# "Ok, quiero la cabaña para 4", "me quedo con la para 4" (plain text).
_FOR_PARTY_RE = re.compile(
    r"\b(?:la|esa|esta) (?:cabana |casa )?para (\d{1,2}|dos|tres|cuatro|cinco|seis|ocho)\b"
    r"(?! (?:noches?|dias?|semanas?)\b)"
)
_SIZES = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "ocho": 8}


async def _sized_for_party(turn: Turn, ctx: Context) -> str | None:
    """ "Quiero la cabaña para 4" under a list for 4: the listed cabin that sleeps just
    that many, when one does (it re-listed the same cabins, as a head count told again).
    A number that is not the party ("la cabaña para 6" from 4) is left to the rest."""
    found = _FOR_PARTY_RE.search(turn.plain)
    if found is None or asks(turn) or hesitant(turn) or turn.said.check_in:
        return None
    size = int(found[1]) if found[1].isdigit() else _SIZES[found[1]]
    if size != ctx.guests or turn.said.guests not in (None, size):
        return None
    sized = [q for q in await listed_quotes(turn, ctx) if q.cabin.capacity == size]
    return replies.pick_id(sized[0]) if len(sized) == 1 else None


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
    if cabin is None and len(turn.asked_before) == 1 and _THAT_ONE_RE.search(turn.plain):
        # "¿La de Chapelco tiene pileta?" … "¿cuánto sale esa?": the one just asked about.
        cabin = next((q.cabin for q in listed if q.cabin.slug == turn.asked_before[0]), None)
    placed = None if cabin else listed_at_place(turn.plain, ctx.offers)
    if placed is not None:
        # "¿Cuánto sale la segunda?", "¿y la 3 cuánto?": that row, as the list shows it.
        quoted = [q for q in listed if replies.pick_id(q) == placed]
    else:
        quoted = [q for q in listed if cabin is None or q.cabin.slug == cabin.slug]
    quoted = quoted or listed
    return replies.listed_totals(quoted), quoted


_THAT_ONE_RE = re.compile(r"\b(?:esa|esta|esa cabana|esta cabana|la misma)\b")


def _singled_out(ctx: Context, quoted: list[Quote]) -> Context:
    """An answer about one listed cabin (the cheapest, the price of the one named) makes
    it the cabin talked about, as a recommendation does: "dale", "esa", "reservámela"
    next take it (`_advised_offer`). An answer about several singles out none."""
    return dataclasses.replace(ctx, cabin=quoted[0].cabin.slug if len(quoted) == 1 else None)
