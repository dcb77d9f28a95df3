"""Booking's events → WhatsApp messages to the guest (or the owner) and conversation updates.

`make_notifier(app)` is what `create_app` wires as `app[NOTIFIER]`. Each
message is sent with a key made of the event and the reservation code, so a
job or webhook that fires twice still sends once. A failure to notify never
undoes the booking work: the guest's notices are durable (booking.guest_notices
calls these callbacks with the queue's `key` and retries while they raise), and
each reads the reservation as it is when sent, so one that waited out an outage
says nothing stale (no reminder for a hold paid meanwhile).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from redis.exceptions import LockError

from appkeys import DB, NOTIFIER, REDIS, SETTINGS, WHATSAPP
from booking import guest_notices
from booking.catalog import get_cabin
from booking.errors import CabinNotFound
from booking.models import Channel, Reservation, Status
from booking.notify import GuestUnreachable, Notifier
from bot import replies
from bot.choices import shown_in
from bot.conversation import guest_key
from bot.handlers import link_is_demo, payment_link
from bot.handlers_hold import paid_and_done
from bot.holder import booked_for
from bot.messages import Buttons, Outbound
from bot.session import Session, guest_lock, load, save
from bot.states import State
from bot.whatsapp import RE_ENGAGEMENT_CODE, WhatsAppRefused, keys_of, refused_owner_notices
from health.logs import mask_phone

log = logging.getLogger(__name__)

# Notices are not worth waiting long for a busy conversation: the message is
# sent anyway, only the conversation update is skipped.
NOTICE_LOCK_WAIT_SECONDS = 5


def make_notifier(app: web.Application) -> Notifier:
    """The Notifier whose callbacks talk to guests and the owner over WhatsApp."""

    async def hold_reminder(*, reservation: Reservation, key: str | None = None, **_: Any) -> None:
        lapsed = reservation.expires_at is not None and reservation.expires_at <= _now()
        if reservation.status != Status.PRE_RESERVED or lapsed:
            return  # paid, lapsed or cancelled before it could go: nothing to remind
        session = await _session(app, reservation)
        url = session.ctx.pay_url if session and session.ctx.hold == reservation.code else None
        demo = link_is_demo(app)
        if url is None:
            url, demo = await payment_link(app, reservation)
        left = _minutes_left(reservation)
        message = replies.hold_reminder(reservation, url, demo=demo, minutes_left=left)
        await _to_guest(app, reservation, message, _send_key(key, "reminder", reservation))

    async def hold_expired(*, reservation: Reservation, key: str | None = None, **_: Any) -> None:
        if reservation.status != Status.EXPIRED:
            return  # a late payment confirmed it (or it was cancelled) before it could go
        # Back to idle, keeping dates and guests so "Buscar de nuevo" searches them again.
        await _offer(
            app,
            reservation,
            replies.hold_expired(reservation),
            _send_key(key, "expired", reservation),
            lambda s: _drop_hold(s, keep_stay=True),
        )

    async def payment_confirmed(
        *, reservation: Reservation, key: str | None = None, **_: Any
    ) -> None:
        if reservation.status != Status.CONFIRMED:
            return  # cancelled before it could go: the guest got that notice instead
        try:
            cabin = await get_cabin(app[DB], reservation.accommodation_id)
        except CabinNotFound:
            cabin = None
        session = await _session(app, reservation)
        whom = booked_for(reservation.guest_name, session.ctx.name if session else None)
        message = replies.payment_confirmed(reservation, cabin, booked_for=whom)
        # Strict: the guest paid, so a refusal for good has the owner call (booking.guest_notices).
        send_key = _send_key(key, "confirmed", reservation)
        await _durable(_to_guest(app, reservation, message, send_key, strict=True))
        await _update(app, reservation, lambda s: _drop_hold(s, keep_stay=False))

    async def payment_failed(
        *, reservation: Reservation, url: str | None = None, key: str | None = None, **_: Any
    ) -> None:
        if reservation.status in (Status.CONFIRMED, Status.CANCELLED):
            return  # paid by another try, or gone, before it could go
        message = replies.payment_failed(reservation, url, demo=link_is_demo(app))
        called_alone = f"failed:{reservation.code}:{url or '-'}"  # the queue's key otherwise
        await _to_guest(app, reservation, message, f"notice:{key or called_alone}")

    async def payment_link_ready(
        *, reservation: Reservation, url: str, key: str | None = None, **_: Any
    ) -> None:
        if reservation.status != Status.PRE_RESERVED:
            return  # paid, lapsed or cancelled before it could go
        message = replies.link_ready(reservation, url, demo=link_is_demo(app))
        await _to_guest(app, reservation, message, _send_key(key, "link", reservation))

        def remember(session: Session) -> Session | None:
            if session.ctx.hold != reservation.code:
                return None
            return dataclasses.replace(session, ctx=dataclasses.replace(session.ctx, pay_url=url))

        await _update(app, reservation, remember)

    async def late_payment_refused(
        *, reservation: Reservation, key: str | None = None, **_: Any
    ) -> None:
        message = replies.late_payment_refund(reservation)
        send_key = _send_key(key, "late", reservation)
        await _durable(_offer(app, reservation, message, send_key, strict=True))

    async def cancelled_by_owner(
        *,
        reservation: Reservation,
        key: str,
        paid_cents: int = 0,
        refund_cents: int = 0,
        other_currency: bool = False,
        **_: Any,
    ) -> None:
        # Raises when WhatsApp is down: booking.guest_notices keeps the notice and retries;
        # GuestUnreachable when refused for good (days later, outside the 24-hour window):
        # the owner is asked to call.
        message = replies.cancelled_by_owner(
            reservation,
            paid_cents=paid_cents,
            refund_cents=refund_cents,
            other_currency=other_currency,
        )
        await _durable(
            _offer(
                app,
                reservation,
                message,
                f"notice:{key}",
                lambda s: _drop_hold(s, keep_stay=True),
                strict=True,
            )
        )

    async def payment_mismatch(
        *, reservation: Reservation, key: str, amount_cents: int, currency: str, **_: Any
    ) -> None:
        if reservation.status not in (Status.PRE_RESERVED, Status.EXPIRED):
            return  # confirmed by a right payment (or cancelled) meanwhile: nothing to fix
        live = reservation.status == Status.PRE_RESERVED
        message = replies.payment_mismatch(reservation, amount_cents, currency, live=live)
        await _durable(_offer(app, reservation, message, f"notice:{key}", strict=True))

    async def owner_notice(
        *, text: str, reservation: Reservation | None = None, key: str | None = None, **_: Any
    ) -> None:
        owner = app[SETTINGS].owner_whatsapp
        if not owner or WHATSAPP not in app:
            log.warning("owner notice not sent (no OWNER_WHATSAPP or no WhatsApp client): %s", text)
            return
        # Raises when WhatsApp is down: booking.guest_notices keeps the notice and retries;
        # the queue's key makes the send once-only across those tries. Outside the owner's
        # 24-hour window it goes as the owner's template (`send_owner`).
        notice_key = f"notice:{key}" if key else None
        await app[WHATSAPP].send_owner(replies.owner_notice(text, reservation), key=notice_key)

    async def booking_confirmed(
        *, reservation: Reservation, amount_cents: int, payment_id: str, **_: Any
    ) -> None:
        owner = app[SETTINGS].owner_whatsapp
        if not owner or WHATSAPP not in app:
            log.info("new booking %s not told (no OWNER_WHATSAPP)", reservation.code)
            return
        message = replies.owner_new_booking(reservation, amount_cents, payment_id)
        # Keyed by the code: a payment notified twice (or at once) is one message.
        await app[WHATSAPP].send_owner(message, key=f"owner:confirmed:{reservation.code}")

    return Notifier(
        hold_reminder=hold_reminder,
        hold_expired=hold_expired,
        payment_confirmed=payment_confirmed,
        payment_failed=payment_failed,
        payment_link_ready=payment_link_ready,
        late_payment_refused=late_payment_refused,
        owner_notice=owner_notice,
        booking_confirmed=booking_confirmed,
        cancelled_by_owner=cancelled_by_owner,
        payment_mismatch=payment_mismatch,
    )


async def window_closed(app: web.Application, wamids: tuple[str, ...]) -> None:
    """Meta most often accepts a free-form message outside the guest's 24-hour window and
    reports error 131047 later, as a "failed" status: for a durable guest notice
    (sent under "notice:" + its queue key) the owner is told to call, once."""
    keys = [k.removeprefix("notice:") for k in await keys_of(app[DB], wamids)]
    base = float(min(15, app[SETTINGS].job_expire_interval_seconds))
    await guest_notices.refused_after_sending(app[DB], app[NOTIFIER], base, keys)
    # The owner's own notices go again as the owner's template (`send_owner`); its key
    # makes a status delivered twice one template.
    owner = app[SETTINGS].owner_whatsapp
    if owner and WHATSAPP in app:
        for key, text in await refused_owner_notices(app[DB], wamids, owner):
            await app[WHATSAPP].send_owner_template(text, key)


def _send_key(key: str | None, kind: str, reservation: Reservation) -> str:
    """The WhatsApp key of a notice: "notice:" + its queue key (booking.guest_notices), which
    is what `window_closed` maps a later 131047 back by; the event and code when called
    without one."""
    return f"notice:{key or f'{kind}:{reservation.code}'}"


def _guest_of(reservation: Reservation) -> str | None:
    if reservation.channel != Channel.WHATSAPP or not reservation.guest_phone:
        return None
    return reservation.guest_phone


async def _durable(sending: Awaitable[None]) -> None:
    """A durable notice's send (booking.guest_notices): a refusal for good is raised as
    booking's GuestUnreachable, so the owner is told to call."""
    try:
        await sending
    except WhatsAppRefused as exc:
        outside = exc.code == RE_ENGAGEMENT_CODE
        raise GuestUnreachable(str(exc), outside_window=outside) from exc


async def _to_guest(
    app: web.Application,
    reservation: Reservation,
    message: Outbound,
    key: str,
    *,
    strict: bool = False,
) -> None:
    to = _guest_of(reservation)
    if to is None:
        return
    if WHATSAPP not in app:
        log.warning("no WhatsApp client: notice for %s not sent", mask_phone(to))
        return
    await app[WHATSAPP].send(to, message, key=key, strict=strict)


async def _offer(
    app: web.Application,
    reservation: Reservation,
    message: Buttons,
    key: str,
    change: Callable[[Session], Session | None] | None = None,
    *,
    strict: bool = False,
) -> None:
    """Send a notice with buttons and remember them, as a turn remembers its reply's, so a
    typed "1" or "Reservar de nuevo" answers it (bot.choices); `change` as in `_update`.

    Sent while holding the guest's lock: the guest's next message is handled only after
    the notice's options are stored, and no turn can store its own over them meanwhile.
    """
    wa_id = _guest_of(reservation)
    if wa_id is None or WHATSAPP not in app:
        await _to_guest(app, reservation, message, key, strict=strict)
        if change is not None:
            await _update(app, reservation, change)
        return
    guest, redis = guest_key(app, wa_id), app[REDIS]
    try:
        async with guest_lock(redis, guest, wait=NOTICE_LOCK_WAIT_SECONDS):
            await app[WHATSAPP].send(wa_id, message, key=key, strict=strict)
            session = await load(redis, guest)
            if session.state == State.HANDOFF:
                return  # a person is in charge: what the guest types is theirs to read
            if change is not None and session.ctx.hold == reservation.code:
                session = change(session) or session
            await save(redis, guest, _showing(session, message))
    except LockError:
        # A long turn holds the chat: the notice goes anyway, unremembered (as before).
        log.warning("notice for %s sent without updating the conversation", mask_phone(wa_id))
        await _to_guest(app, reservation, message, key, strict=strict)


def _showing(session: Session, message: Buttons) -> Session:
    """The notice's buttons as the options on screen. A number picks one only when no
    question of the conversation is pending (idle): under "¿cuántos son?" a "2" that
    follows a notice is still the head count."""
    shown, _ = shown_in((message,))
    numbered = session.state == State.IDLE
    ctx = dataclasses.replace(session.ctx, shown=shown, shown_rows=numbered)
    return dataclasses.replace(session, ctx=ctx)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _minutes_left(reservation: Reservation) -> int:
    if reservation.expires_at is None:
        return 0
    seconds = (reservation.expires_at - dt.datetime.now(dt.UTC)).total_seconds()
    return max(1, round(seconds / 60))


def _drop_hold(session: Session, *, keep_stay: bool) -> Session:
    """Forget the hold; a guest who was only waiting to pay goes back to idle."""
    if session.state != State.AWAIT_PAYMENT:
        # Already doing something else (a new search, a question): keep that going.
        ctx = dataclasses.replace(session.ctx, hold=None, pay_url=None)
        return dataclasses.replace(session, ctx=ctx)
    ctx = session.ctx
    if keep_stay:
        ctx = dataclasses.replace(ctx, hold=None, pay_url=None, cabin=None, offers=(), misses=0)
    else:
        ctx = paid_and_done(ctx)
    return dataclasses.replace(session, state=State.IDLE, ctx=ctx)


async def _session(app: web.Application, reservation: Reservation) -> Session | None:
    wa_id = _guest_of(reservation)
    return await load(app[REDIS], guest_key(app, wa_id)) if wa_id else None


async def _update(
    app: web.Application, reservation: Reservation, change: Callable[[Session], Session | None]
) -> None:
    """Apply `change` to the guest's conversation if it is about this reservation."""
    wa_id = _guest_of(reservation)
    if wa_id is None:
        return
    guest, redis = guest_key(app, wa_id), app[REDIS]
    async with guest_lock(redis, guest, wait=NOTICE_LOCK_WAIT_SECONDS):
        session = await load(redis, guest)
        if session.ctx.hold != reservation.code:
            return  # the guest moved on to something else; leave that conversation alone
        if session.state == State.HANDOFF:
            return  # a person is in charge
        updated = change(session)
        if updated is not None:
            await save(redis, guest, updated)
