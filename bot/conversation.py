"""The engine: lock and load → handle → save and unlock → return the replies.

`handle_message(app, msg)` is what the inbox worker calls for every guest
message, one at a time per guest. Handlers decide; only this module stores
the conversation (python-telegram-bot's ConversationHandler: handlers return
the next state, one engine keeps it). The worker sends what we return.

A retried message (same wamid) gets the replies it got the first time and
changes nothing, because the worker may run it again after a crash.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import asyncpg
import redis.exceptions
from aiohttp import web

from appkeys import REDIS, SETTINGS
from booking.models import BookingRules
from bot import handoff, replies
from bot.choices import day_talk, shown_in, talk_month, typed_choice
from bot.corrections import corrected_stay, said_again, star_corrected
from bot.handlers import (
    STAY_IN_TALK,
    StartHandoff,
    Step,
    Turn,
    capacity_not_party,
    in_month_of_talk,
    said_name,
    step,
)
from bot.handlers_doubt import asked_beside, person_if_not, with_person_offered
from bot.handlers_global import WORDS, english_noted, global_step, nudge_once
from bot.handlers_hold import paid_meanwhile
from bot.handlers_search import moved_stay, next_weekend_elided, one_night_asked
from bot.holder import said_holder
from bot.invoice import said_tax_id
from bot.messages import Inbound, Outbound
from bot.nlu import Understanding, parse
from bot.session import HISTORY_KEPT, Context, GuestKey, conversation
from bot.states import State, allowed, table
from health.logs import mask_phone

log = logging.getLogger(__name__)

# Failures of what we depend on: the worker retries the message later.
# Anything else is our bug: the guest gets an apology instead of silence.
TRANSIENT = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.TooManyConnectionsError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    redis.exceptions.LockError,
)


def guest_key(app: web.Application, wa_id: str) -> GuestKey:
    return GuestKey(app[SETTINGS].whatsapp_phone_number_id, wa_id)


async def handle_message(app: web.Application, msg: Inbound) -> list[Outbound]:
    guest = guest_key(app, msg.wa_id)
    async with conversation(app[REDIS], guest) as stored:
        session = stored.session
        if (replayed := session.replies_for(msg.wamid)) is not None:
            return list(replayed)
        ctx = _remember(session.ctx, msg)
        if (command := handoff.owner_command(app[SETTINGS], msg)) is not None:
            # The owner, from OWNER_WHATSAPP: "bot +549…" gives that guest back to the bot.
            done = (await handoff.run_owner_command(app, command),)
            stored.save(session.after(msg.wamid, session.state, ctx, done))
            return list(done)
        if session.state == State.IDLE and handoff.owner_acknowledges(app[SETTINGS], msg):
            # The owner's "ok", "gracias" or 👍, most often to a notice we sent: nothing to
            # answer (never the guest menu), nothing changes. Mid-flow (the owner trying the
            # bot as a guest) it is read like a guest's.
            stored.save(session.after(msg.wamid, session.state, ctx, ()))
            return []
        if stored.handed_off:
            # A person is talking to the guest: keep listening, say nothing. Except for an
            # emergency ("hay olor a gas", "se lastimó mi hijo"): the person may not be
            # looking, so the owner is told again as URGENTE and the guest gets the safety step.
            said = await _urgent(app, msg, ctx, guest)
            stored.save(session.after(msg.wamid, session.state, ctx, said))
            return list(said)
        result = await _run(app, msg, session.state, ctx)
        if result.effects and handoff.is_owner(app[SETTINGS], msg.wa_id):
            # "gracias bot", "bot" alone: the owner is the person a handoff calls, so the
            # owner's own chat is never handed off (nor the owner told about it).
            result = step(session.state, ctx, replies.owner_no_handoff())
        elif result.ctx.misses > ctx.misses and handoff.is_owner(app[SETTINGS], msg.wa_id):
            # Words the bot does not follow from the owner ("ok", "ya la llamé"): what this
            # number can do, not a guest's "no te entendí" menu.
            result = step(session.state, ctx, replies.owner_help())
        if not allowed(session.state, result.state):
            log.error("handler moved %s → %s, not in the table", session.state, result.state)
        for effect in result.effects:
            if isinstance(effect, StartHandoff):
                await handoff.start(
                    app, guest, result.ctx.name, result.ctx.history, msg.wamid,
                    problem=effect.problem, urgent=effect.urgent,
                )  # fmt: skip
        shown, rows = shown_in(result.replies)
        if not shown and result.state == session.state and not _has_words(msg):
            # A sticker or "??" answered with a nod: what was on screen (the menu, the list)
            # is still the last thing to pick from, so a "1" or "??" next is about it.
            shown, rows = ctx.shown, ctx.shown_rows
        ctx = result.ctx.replace(shown=shown, shown_rows=rows)
        stored.save(session.after(msg.wamid, result.state, ctx, result.replies))
    log.info(
        "conversation %s: %s → %s (%d replies)",
        mask_phone(msg.wa_id), session.state, result.state, len(result.replies),
    )  # fmt: skip
    return list(result.replies)


async def _urgent(
    app: web.Application, msg: Inbound, ctx: Context, guest: GuestKey
) -> tuple[Outbound, ...]:
    """During a handoff: the urgent reply to an emergency told, else nothing."""
    if msg.type != "text" or not msg.text or handoff.is_owner(app[SETTINGS], msg.wa_id):
        return ()
    urgent = parse(msg.text, BookingRules.from_settings(app[SETTINGS]).today()).urgent
    if urgent is None:
        return ()
    await handoff.alert(app, guest, ctx.name, ctx.history, msg.wamid, urgent)
    minutes = app[SETTINGS].handoff_minutes
    return (replies.handoff_started(ctx.name, minutes, problem=True, urgent=urgent),)


def _has_words(msg: Inbound) -> bool:
    """A tap, or a text or caption with a letter or digit in it."""
    return bool(msg.reply_id) or bool(WORDS.search(msg.text or ""))


def _remember(ctx: Context, msg: Inbound) -> Context:
    # A name the guest said ("soy Marta") wins over the WhatsApp profile name, and is kept
    # while the conversation lasts (a day in Redis); the profile name only fills a gap.
    name = said_name(msg.text if msg.type == "text" else None) or ctx.name or msg.profile_name
    history = ctx.history
    if msg.text and msg.type == "text":
        history = (*ctx.history, msg.text[:500])[-HISTORY_KEPT:]
    return ctx.replace(name=name, history=history)


# Ids of what we send guests to tap (bot/replies.py); a template quick reply whose
# payload is none of them was written by the owner, so its text is what counts.
OUR_REPLY_IDS = ("menu:", "pick:", "hold:", "cancel:", "res:")


def _readable(msg: Inbound) -> Inbound:
    if msg.type == "button" and msg.reply_id and not msg.reply_id.startswith(OUR_REPLY_IDS):
        return dataclasses.replace(msg, reply_id=None)
    return msg


async def _answered(turn: Turn, state: State, ctx: Context) -> Step:
    """What the global handlers or, failing them, the state's own handler make of a turn."""
    if state == State.AWAIT_PAYMENT and (paid := await paid_meanwhile(turn, ctx)) is not None:
        state, ctx = State.IDLE, paid  # paid, its notice still on the way: as if it came
    found = await global_step(turn, state, ctx)
    if found is None:
        found = await table()[state].handler(turn, ctx)
    return found


async def _run(app: web.Application, msg: Inbound, state: State, ctx: Context) -> Step:
    msg = _readable(msg)
    rules = BookingRules.from_settings(app[SETTINGS])
    today = rules.today()
    if msg.type == "text" and msg.text and (meant := star_corrected(msg.text, ctx, today)):
        # "*16" right after "del 15 al 18": read as the message the guest meant to send.
        msg = dataclasses.replace(msg, text=meant)
    # Captions of photos count as text; a media message without one is answered globally.
    said = parse(msg.text, today) if msg.text else Understanding("unknown")
    typed = typed_choice(msg.text, ctx, understood=said.intent != "unknown") if msg.text else None
    if typed is not None and msg.text and (talk := day_talk(msg.text, ctx, today)) is not None:
        # "el 1" under the menu after dates were talked about: the 1st, in their month.
        typed = None
        if (month := talk_month(talk)) and not (ctx.check_in or ctx.month):
            said = in_month_of_talk(msg.text, said, ctx.replace(month=month), today)
    if msg.type == "text" and typed is not None:
        # "2" or "precios" typed under the list or buttons that offer it: the tap it stands for.
        msg = dataclasses.replace(msg, type="interactive", reply_id=typed[0], text=typed[1])
        said = parse(typed[1], today)
    if msg.text:
        said = said_again(msg.text, said, today)  # "del 20 al 23, ah no perdón, del 21 al 24"
        said = one_night_asked(msg.text, said, today)  # "¿hay lugar para esta noche?"
    if msg.text and state in STAY_IN_TALK:
        # A stay just refused as too short is the one on screen: "una noche más" lengthens it.
        shown = ctx.replace(check_out=ctx.refused_out) if ctx.refused_out else ctx
        said = in_month_of_talk(msg.text, said, shown, today)
        said = corrected_stay(msg.text, said, ctx, today)  # "perdón, quise decir el 16"
        said = moved_stay(msg.text, said, ctx)  # "¿podemos cambiar al 16?": same nights
        said = next_weekend_elided(msg.text, said, ctx)  # "¿y el que viene?" on a weekend
        said = capacity_not_party(msg.text, said, ctx)  # "la de 6 personas" from 4
    # "es para mis viejos" said lately: "se llaman Jorge y Marta Pérez" names them.
    if msg.type == "text" and (holder := said_holder(msg.text, said_before=ctx.history)):
        ctx = ctx.replace(holder=holder)  # "a nombre de mi mamá, Marta Gómez"
    if msg.type == "text" and (tax_id := said_tax_id(msg.text)) is not None:
        ctx = ctx.replace(tax_id=tax_id)  # "mi cuit es 20-12345678-6"
    # What the last reply was about lives one turn: the handler reads it from the turn and
    # sets it again only when this reply is about another cabin too.
    turn = Turn(app=app, msg=msg, said=said, today=today, rules=rules, asked_before=ctx.asked)
    refused_out = ctx.refused_out
    ctx = ctx.replace(asked=(), refused_out=None)
    try:
        if (asked := person_if_not(turn)) is not None:
            # "¿Se puede? sino hablo con el dueño": the question answered, a person offered.
            found = with_person_offered(await _answered(asked, state, ctx))
        else:
            found = await _answered(turn, state, ctx)
        if (rest := asked_beside(turn, found)) is not None:
            # "¿sos un bot? quiero saber precios": the honest answer, then the rest answered.
            more = await _answered(rest, found.state, found.ctx)
            honest = replies.machine_answer(mid_booking=True)
            found = dataclasses.replace(more, replies=(honest, *more.replies))
        return nudge_once(
            turn, state, ctx, english_noted(turn, _refusal_kept(ctx, refused_out, found))
        )
    except TRANSIENT:
        raise
    except Exception:
        log.exception("conversation handler failed in state %s", state)
        return step(state, ctx, replies.oops())


def _refusal_kept(before: Context, refused_out: dt.date | None, found: Step) -> Step:
    """The stay refused as too short (`Context.refused_out`) stays on screen while its offer
    waits, a question answered in between ("¿tienen wifi?"): the same arrival, no departure
    and the same nights offered. Anything else the guest says about the stay moves on."""
    after = found.ctx
    if refused_out is None or after.refused_out is not None:
        return found
    waiting = (
        found.state is State.ASK_DATES
        and after.check_in == before.check_in
        and after.check_out is None
        and after.nights == before.nights
    )
    return (
        dataclasses.replace(found, ctx=after.replace(refused_out=refused_out)) if waiting else found
    )
