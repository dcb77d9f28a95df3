"""Cancelling: the guest's active reservations → one picked → "¿seguro?" → cancelled.

Only reservations made from this WhatsApp number (reservations.guest_phone is
the wa_id as received) are listed or cancelled, whatever code is typed.
"""

from __future__ import annotations

import dataclasses

from appkeys import NOTIFIER
from booking import holds
from booking.codes import normalize_code
from booking.errors import InvalidTransition, ReservationNotFound
from booking.models import Reservation
from bot import replies
from bot.handlers import Step, Turn, absorb, clear_flow, miss, says_stay, step
from bot.handlers_booking import search
from bot.session import Context
from bot.states import State

RES_PREFIX = "res:"
GUEST_REASON = "cancelled by the guest over WhatsApp"


async def _mine(turn: Turn) -> list[Reservation]:
    return await holds.active_reservations_for(turn.pool, turn.msg.wa_id, today=turn.today)


async def start_cancel(turn: Turn, ctx: Context) -> Step:
    mine = (await _mine(turn))[: replies.MAX_ROWS]
    ctx = dataclasses.replace(clear_flow(ctx), name=ctx.name)
    if not mine:
        return step(State.IDLE, ctx, replies.no_reservations())
    if len(mine) == 1:
        return step(State.CONFIRM_CANCEL, dataclasses.replace(ctx, cancel=mine[0].code),
                    replies.ask_cancel(mine[0]))  # fmt: skip
    ctx = dataclasses.replace(ctx, offers=tuple(f"{RES_PREFIX}{r.code}" for r in mine))
    return step(State.CHOOSE_CANCEL, ctx, replies.cancel_list(mine))


def _typed_code(turn: Turn, mine: list[Reservation]) -> Reservation | None:
    words = (turn.msg.text or "").upper().replace("-", " ").split()
    joined = {normalize_code(" ".join(words[i : i + 2])) for i in range(len(words))}
    joined |= {normalize_code(w) for w in words}
    return next((r for r in mine if r.code in joined), None)


async def on_choose_cancel(turn: Turn, ctx: Context) -> Step:
    mine = await _mine(turn)
    chosen: Reservation | None = None
    if turn.reply_id.startswith(RES_PREFIX):
        code = turn.reply_id[len(RES_PREFIX) :]
        chosen = next((r for r in mine if r.code == code), None)
    elif turn.said.choice and 1 <= turn.said.choice <= len(ctx.offers):
        code = ctx.offers[turn.said.choice - 1][len(RES_PREFIX) :]
        chosen = next((r for r in mine if r.code == code), None)
    elif not turn.reply_id:
        chosen = _typed_code(turn, mine)
    if chosen is not None:
        ctx = dataclasses.replace(ctx, cancel=chosen.code, misses=0)
        return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(chosen))
    if not turn.reply_id and turn.said.deny:
        return step(State.IDLE, clear_flow(ctx), replies.kept(None))
    if not turn.reply_id and turn.intent in ("availability", "book") and says_stay(turn.said):
        return await search(turn, absorb(clear_flow(ctx), turn.said))
    if not mine:
        return step(State.IDLE, clear_flow(ctx), replies.no_reservations())
    ctx = miss(ctx)
    if ctx.misses >= 2:
        return step(State.CHOOSE_CANCEL, ctx, replies.not_understood(ctx.misses))
    return step(State.CHOOSE_CANCEL, ctx, replies.cancel_list(mine[: replies.MAX_ROWS]))


async def on_confirm_cancel(turn: Turn, ctx: Context) -> Step:
    rid = turn.reply_id
    yes = rid == replies.CANCEL_YES or (
        not rid and (turn.said.affirm or turn.intent == "cancel") and not turn.said.deny
    )
    no = rid == replies.CANCEL_NO or (not rid and turn.said.deny)
    mine = await _mine(turn)
    target = next((r for r in mine if r.code == ctx.cancel), None)
    if target is None:
        return step(State.IDLE, clear_flow(ctx), replies.no_reservations())
    if yes:
        return await _cancel(turn, ctx, target)
    if no:
        return step(State.IDLE, clear_flow(ctx), replies.kept(target))
    ctx = miss(ctx)
    if ctx.misses >= 2:
        return step(State.CONFIRM_CANCEL, ctx, replies.not_understood(ctx.misses))
    return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(target))


async def _cancel(turn: Turn, ctx: Context, target: Reservation) -> Step:
    try:
        # With the notifier, the owner hears about a cancelled paid stay (a deposit to return).
        done = await holds.cancel_reservation(
            turn.pool, target.code, GUEST_REASON, "guest", notifier=turn.app[NOTIFIER]
        )
    except (InvalidTransition, ReservationNotFound):
        return step(State.IDLE, clear_flow(ctx), replies.cannot_cancel())
    hold = None if ctx.hold == done.code else ctx.hold
    ctx = dataclasses.replace(clear_flow(ctx), hold=hold, pay_url=ctx.pay_url if hold else None)
    return step(State.IDLE, ctx, replies.cancelled(done))
