"""A hold waiting for its deposit, as it stands: the link again, confirmed, or gone.

Shared by every step that meets a hold (a row of a held cabin tapped again, the
deposit, a retry, cancelling, the router): whether it is still live, and what the
guest says about paying it. Below the search, so the search may show it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from booking import holds
from booking.errors import ReservationNotFound
from booking.models import Reservation, Status
from bot import replies
from bot.handlers import Step, Turn, clear_flow, link_is_demo, local_time, payment_link, plain, step
from bot.handlers_words import PAID_MORE_RE, PAID_RE
from bot.holder import booked_for
from bot.nlu import parse
from bot.session import Context
from bot.states import State

RECEIPT_TYPES = frozenset({"image", "document"})  # what a receipt of the deposit comes as


async def payment_status(turn: Turn, ctx: Context, held: Reservation | None) -> Step:
    """Where the guest's hold stands: the link again, confirmed, or gone."""
    if held is None:
        return step(State.IDLE, clear_flow(ctx), replies.menu())
    if held.status == Status.CONFIRMED:
        whom = booked_for(held.guest_name, ctx.name)  # "a nombre de mi mamá"
        return step(State.IDLE, clear_flow(ctx), replies.already_confirmed(held, booked_for=whom))
    if not is_live(held):
        paid = says_paid(turn) or turn.msg.type in RECEIPT_TYPES
        if not paid and held.status in (Status.EXPIRED, Status.PRE_RESERVED):
            # It lapsed (before its expiry notice changed the chat): said so as that notice
            # does, with "Reservar de nuevo", and the chat as the notice leaves it (the stay
            # and party kept), so a "sí" next books the same again (`retry_typed`); not
            # "venció o se canceló" and the menu.
            hello = [replies.hello(ctx.name)] if turn.intent == "greeting" else []
            kept = dataclasses.replace(ctx, hold=None, pay_url=None, cabin=None, offers=())
            return step(State.IDLE, kept, hello, replies.hold_expired(held))
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


async def current_hold(turn: Turn, ctx: Context) -> Reservation | None:
    try:
        return await holds.get_reservation(turn.pool, ctx.hold or "")
    except ReservationNotFound:
        return None


def paid_and_done(ctx: Context) -> Context:
    """The chat once its hold is paid: the booking done, and so are whom it was for and
    its CUIT; the guest's next booking is their own unless they say otherwise."""
    return dataclasses.replace(clear_flow(ctx), hold=None, pay_url=None, holder=None, tax_id=None)


async def paid_meanwhile(turn: Turn, ctx: Context) -> Context | None:
    """The chat as the payment notice leaves it (`paid_and_done`), when the hold it waits
    on was paid and that notice has not reached the chat yet, else None.

    The deposit is credited first and the notice, which moves the chat to idle, follows:
    from the webhook's own delivery, or from the jobs' loop or another instance when one of
    them claimed it first (booking.guest_notices). A message in between ("ahora somos 4")
    is about a paid stay, not a hold still waiting for its deposit."""
    held = await current_hold(turn, ctx) if ctx.hold else None
    if held is None or held.status != Status.CONFIRMED:
        return None
    return paid_and_done(ctx)


def is_live(held: Reservation) -> bool:
    """A hold still waiting for its deposit (the expiry job may not have run yet)."""
    if held.status != Status.PRE_RESERVED:
        return False
    return held.expires_at is None or held.expires_at > dt.datetime.now(dt.UTC)


def says_paid(turn: Turn) -> bool:
    """The guest says they paid ("ya te pagué", "te transferí el sábado": the NLU's
    `paid`) or asks whether their payment arrived ("¿llegó la plata?")."""
    return turn.said.paid or bool(PAID_RE.search(turn.plain))


def paid_said_before(turn: Turn, ctx: Context) -> bool:
    """The guest's previous message already said they paid (or asked whether it arrived)
    and heard "todavía no me llegó": the same words again would read as not listening."""
    if len(ctx.history) < 2:
        return False
    before = ctx.history[-2]
    return bool(PAID_RE.search(plain(before))) or parse(before, turn.today).paid


def paid_follow_up(turn: Turn, ctx: Context) -> bool:
    """ "la hice ayer" right after "ya te pagué": more about that payment."""
    if turn.reply_id or len(ctx.history) < 2:
        return False
    return bool(PAID_RE.search(plain(ctx.history[-2]))) and bool(PAID_MORE_RE.search(turn.plain))
