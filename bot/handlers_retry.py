"""A hold that lapsed, booked again: "Reservar de nuevo", "sí", "la misma".

The expiry notice (replies.hold_expired) asks "¿Querés que lo intentemos de nuevo?".
The answer means that very cabin, dates and party: its summary again when it is
still free (nothing is held before "Confirmar"), else one line saying it was taken
and what is free on those dates. The hold is found by its code (the button carries
it) or by the guest's number, so it works after the chat was forgotten (a day in
Redis) too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import availability, holds
from booking.errors import InvalidStay, ReservationNotFound
from booking.models import Reservation, Status
from bot import replies
from bot.handlers import (
    Step,
    Turn,
    asks,
    hesitant,
    prepend_no,
    says_stay,
    stay_of,
    step,
    understood,
)
from bot.handlers_hold import is_live, payment_status, says_paid
from bot.handlers_search import PICK_PREFIX, pick, search
from bot.session import Context
from bot.states import State

# "la puedo volver a reservar?", "reservarla de nuevo", "la misma", "se me pasó": the
# lapsed hold, wanted again (on plain text). A bare "de nuevo" is not ("hola de nuevo").
_AGAIN_RE = re.compile(
    r"\bvolver a (?:reservar|intentar|pedir|sacar|guardar)(?:la|lo|mela|nosla)?\b"
    # "¿me la guardás de nuevo?", "¿nos la reservan otra vez?"
    r"|\b(?:me la|nos la|la) (?:guardas|guardan|reservas|reservan|podes guardar|podes reservar"
    r"|podrias guardar|pueden guardar) (?:de nuevo|otra vez)\b"
    r"|\b(?:reservar|reservarla|reservarlo|intentar|intentarlo|probar|probarlo|intentemos"
    r"|probemos|reservemos|reservamela|guardamela|pedirla|sacarla"
    # voseo: "reservala de nuevo", "guardala otra vez"
    r"|reservala|reservalo|guardala|guardalo|intentalo|probalo) (?:de nuevo|otra vez)\b"
    r"|\b(?:la|esa) misma\b|\bla de recien\b"
    # "la quiero igual", "la queremos de todas formas": the lapsed one, wanted still
    r"|\bla (?:quiero|queremos) (?:igual|de todas formas|de todos modos|si o si)\b"
    r"|\bse me (?:paso|vencio|fue|cayo)\b|\b(?:me|nos) (?:quede|quedamos) sin tiempo\b"
    r"|\bse (?:nos )?(?:paso|vencio) (?:el|la) (?:tiempo|hora|plazo)\b"
    # "perdón que tardé, ¿sigue libre la cabaña?": the one that lapsed, asked for again.
    r"|\b(?:sigue|seguira|sigue estando|todavia esta|aun esta|esta todavia|esta aun)"
    r" (?:libre|disponible)\b"
)
# A bare "sí" in a chat forgotten since counts for a hold that lapsed this recently: the
# notice was the last thing we asked (chats last a day in Redis, so well under that
# would never apply).
_FORGOTTEN_YES_WITHIN = dt.timedelta(days=3)


async def retry_tapped(turn: Turn, ctx: Context, rid: str) -> Step:
    """ "Reservar de nuevo" on an expiry notice (its id carries the code)."""
    code = rid.split(":", 2)[2] if rid.count(":") >= 2 else ""
    try:
        lapsed = await holds.get_reservation(turn.pool, code)
    except ReservationNotFound:
        return step(State.IDLE, understood(ctx), replies.stale_option(), replies.menu())
    if lapsed.guest_phone != turn.msg.wa_id:
        return step(State.IDLE, understood(ctx), replies.stale_option(), replies.menu())
    if lapsed.status != Status.EXPIRED:
        # Paid late and confirmed, still live, or cancelled: how it stands.
        ctx = dataclasses.replace(understood(ctx), hold=lapsed.code, pay_url=None)
        return await payment_status(turn, ctx, lapsed)
    return await book_again(turn, ctx, lapsed)


async def retry_typed(turn: Turn, ctx: Context) -> Step | None:
    """A typed answer to the expiry notice ("sí", "la misma", "¿la puedo volver a
    reservar?"), from idle; None when the message is not one or no hold lapsed."""
    said = turn.said
    if turn.reply_id or not turn.msg.text or said.deny or hesitant(turn):
        return None
    if says_stay(said):
        return None  # other dates or another head count: a new search
    if says_paid(turn):
        return None  # "se me pasó, ya lo pagué igual": about that payment (handlers_status)
    again = bool(_AGAIN_RE.search(turn.plain))
    # "Ok, chau", "dale gracias, chau": a goodbye with a nod in it, not a yes to booking again.
    yes = (
        said.affirm
        and not said.farewell
        and turn.intent in ("unknown", "greeting", "thanks")
        and not asks(turn)
    )
    if not (again or yes):
        return None
    lapsed = await _lapsed(turn, ctx)
    if lapsed is None:
        return None
    if not again and not _answers_the_notice(ctx, lapsed):
        return None
    return await book_again(turn, ctx, lapsed)


def _answers_the_notice(ctx: Context, lapsed: Reservation) -> bool:
    """A bare "sí" is about the lapsed hold when the notice was the last thing we asked:
    the chat still holds its stay and party (bot/notices.py keeps them), or the chat
    was forgotten since and the hold lapsed lately."""
    if stay_of(ctx) == lapsed.stay and ctx.guests == lapsed.guests and ctx.cabin is None:
        return True
    forgotten = len(ctx.history) <= 1 and stay_of(ctx) is None
    lately = lapsed.expires_at is not None and (
        dt.datetime.now(dt.UTC) - lapsed.expires_at < _FORGOTTEN_YES_WITHIN
    )
    return forgotten and lately


async def _lapsed(turn: Turn, ctx: Context) -> Reservation | None:
    if ctx.hold is not None:
        try:
            res = await holds.get_reservation(turn.pool, ctx.hold)
        except ReservationNotFound:
            res = None
        if res is not None and res.status == Status.EXPIRED:
            return res
    return await holds.lapsed_hold_for(turn.pool, turn.msg.wa_id, today=turn.today)


async def book_again(turn: Turn, ctx: Context, lapsed: Reservation) -> Step:
    """The lapsed hold's cabin, dates and party: its summary if still free, else why not
    and what is free. One the guest has held or paid again since is shown as it stands."""
    mine = await turn.active_reservations()
    redone = next(
        (
            r
            for r in mine
            if r.accommodation_id == lapsed.accommodation_id
            and r.stay == lapsed.stay
            and (r.status == Status.CONFIRMED or is_live(r))
        ),
        None,
    )
    if redone is not None:
        ctx = dataclasses.replace(understood(ctx), hold=redone.code, pay_url=None)
        return await payment_status(turn, ctx, redone)
    ctx = dataclasses.replace(
        understood(ctx), hold=None, pay_url=None, cabin=None, offers=(), nights=None,
        month=None, check_in=lapsed.check_in, check_out=lapsed.check_out, guests=lapsed.guests,
    )  # fmt: skip
    found = await search(turn, ctx)
    try:
        availability.validate_stay(turn.rules, lapsed.stay)
    except InvalidStay:
        return found  # too close or past by now: the search says why, nothing was "taken"
    cabin = await turn.cabin_of(lapsed)
    slug = cabin.slug if cabin else ""
    row = f"{PICK_PREFIX}{slug}:{lapsed.check_in:%Y%m%d}:{lapsed.check_out:%Y%m%d}"
    if found.state == State.CHOOSE_CABIN and row in found.ctx.offers:
        summed = await pick(turn, found.ctx, row)
        if summed.state == State.CONFIRM_HOLD:
            return dataclasses.replace(
                summed, replies=(replies.lapsed_still_free(lapsed), *summed.replies)
            )
    return prepend_no(found, replies.lapsed_taken(lapsed))
