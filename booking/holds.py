"""Holds, owner blocks, extensions and cancellations: everything that takes or frees nights.

The EXCLUDE constraint `no_overlap_reservations` is the guard against
double booking; there is no application lock. Two guests asking for the
same nights both INSERT; PostgreSQL lets exactly one in and the other is
told DatesUnavailable. The INSERT is `ON CONFLICT DO NOTHING` with the
constraint as its arbiter: a plain INSERT makes simultaneous inserters wait
on each other's uncommitted rows, PostgreSQL breaks each such cycle only
after `deadlock_timeout` (1 s), and 500 guests racing for one weekend took
minutes to settle; the speculative insert settles them in a fraction of a
second. 23P01 and 40P01 are still mapped (and a deadlock retried once) for
the paths that UPDATE a stay back to active.
"""

from __future__ import annotations

import datetime as dt

import asyncpg

from booking import guest_notices
from booking.availability import check_fit, validate_stay
from booking.catalog import get_cabin
from booking.deposits import ConfirmResult, confirm_deposit
from booking.errors import DatesUnavailable, InvalidStay, InvalidTransition
from booking.models import BookingRules, Channel, Guest, Reservation, Status, Stay
from booking.notices import confirmed_stay_cancelled
from booking.notify import Notifier
from booking.pricing import quote_stay
from booking.repo import Q, fetch_reservation, insert_reservation, reservation_from_row, transition
from booking.reservations import (
    active_reservations_for,
    get_reservation,
    lapsed_hold_for,
    latest_stay_for,
)
from health.metrics import RESERVATIONS

__all__ = [
    "ConfirmResult",
    "active_reservations_for",
    "cancel_reservation",
    "change_hold_dates",
    "change_hold_guests",
    "confirm_deposit",
    "create_block",
    "extend_hold",
    "get_reservation",
    "lapsed_hold_for",
    "latest_stay_for",
    "place_hold",
]

DEADLOCK_ATTEMPTS = 2  # the first try and one retry, as the runbook's contention notes ask


async def _insert_with_retry(pool: asyncpg.Pool, cabin_id: int, **fields: object) -> Reservation:
    for attempt in range(1, DEADLOCK_ATTEMPTS + 1):
        try:
            async with pool.acquire() as conn:
                return await insert_reservation(conn, cabin_id=cabin_id, **fields)  # type: ignore[arg-type]
        except asyncpg.DeadlockDetectedError:
            # Our rival may have been the one to give way; look again once.
            if attempt == DEADLOCK_ATTEMPTS:
                raise DatesUnavailable(cabin_id=cabin_id) from None
    raise AssertionError("unreachable")


async def place_hold(
    pool: asyncpg.Pool,
    rules: BookingRules,
    cabin_id: int,
    stay: Stay,
    guest: Guest,
    guests: int,
    *,
    channel: Channel = Channel.WHATSAPP,
    notes: str | None = None,
) -> Reservation:
    """Hold the nights as `pre_reserved` for `rules.hold_ttl_minutes` at today's price.

    Raises InvalidStay (the bot may pass anything), CabinNotFound, DatesUnavailable.
    """
    validate_stay(rules, stay)
    cabin = await get_cabin(pool, cabin_id)
    check_fit(cabin, stay, guests)
    quote = quote_stay(cabin, stay, rules.deposit_percent)
    reservation = await _insert_with_retry(
        pool,
        cabin_id,
        check_in=stay.check_in,
        check_out=stay.check_out,
        status=Status.PRE_RESERVED,
        channel=channel,
        guest_name=guest.name,
        guest_phone=guest.phone,
        guests=guests,
        total_cents=quote.total_cents,
        deposit_cents=quote.deposit_cents,
        ttl_minutes=rules.hold_ttl_minutes,
        notes=notes,
        event="held",
        actor="guest",
        reason=f"hold for {rules.hold_ttl_minutes} minutes via {channel.value}",
    )
    RESERVATIONS.labels("held").inc()
    return reservation


async def create_block(
    pool: asyncpg.Pool,
    rules: BookingRules,
    cabin_id: int,
    stay: Stay,
    reason: str,
    actor: str,
    *,
    channel: Channel = Channel.OWNER,
) -> Reservation:
    """Close nights for the owner's own use or a stay booked elsewhere (`confirmed`, no price)."""
    if stay.check_out <= stay.check_in:
        raise InvalidStay("bad_range", "check-out must be after check-in")
    if stay.check_out <= rules.today():
        raise InvalidStay("past", "the block ends in the past")
    await get_cabin(pool, cabin_id)  # CabinNotFound before touching reservations
    reservation = await _insert_with_retry(
        pool,
        cabin_id,
        check_in=stay.check_in,
        check_out=stay.check_out,
        status=Status.CONFIRMED,
        channel=channel,
        guest_name=None,
        guest_phone=None,
        guests=1,
        total_cents=0,
        deposit_cents=0,
        ttl_minutes=None,
        notes=reason,
        event="blocked",
        actor=actor,
        reason=reason,
    )
    RESERVATIONS.labels("blocked").inc()
    return reservation


async def cancel_reservation(
    pool: asyncpg.Pool,
    code: str,
    reason: str,
    actor: str,
    *,
    notifier: Notifier | None = None,
    tell_guest: bool = False,
) -> Reservation:
    """Free the nights of a hold or a confirmed stay. InvalidTransition when already inactive.

    A cancelled confirmed stay may mean a deposit to return, so the owner
    hears about it when a notifier is given. `tell_guest` (the owner cancelled it):
    a WhatsApp guest's notice is queued in the same transaction
    (booking.guest_notices), once per cancellation; the caller delivers it.
    """
    async with pool.acquire() as conn, conn.transaction():
        current = await fetch_reservation(conn, code, lock=True)
        if not current.is_active:
            raise InvalidTransition(current.code, current.status, Status.CANCELLED)
        cancelled = await transition(
            conn, current, Status.CANCELLED, event="cancelled", actor=actor, reason=reason
        )
        paid = await conn.fetchrow(Q["paid_deposit"], current.id)
        if tell_guest and guest_notices.reaches_guest(cancelled):
            await guest_notices.queue(
                conn, cancelled.id, f"cancelled_by_owner:{cancelled.code}", "cancelled_by_owner",
                await guest_notices.paid_details(conn, cancelled.id),
            )  # fmt: skip
        owner_key = None
        if notifier is not None and current.status == Status.CONFIRMED:
            # Queued with the cancellation: a stay is cancelled once, so is the notice.
            deposit = (paid["provider_payment_id"], paid["amount_cents"]) if paid else None
            text = confirmed_stay_cancelled(cancelled, actor, reason, deposit)
            owner_key = await guest_notices.queue_owner(
                conn, f"cancelled:{cancelled.code}", text, cancelled
            )
    RESERVATIONS.labels("cancelled").inc()
    if notifier is not None and owner_key is not None:
        await guest_notices.deliver_due(
            pool, notifier, guest_notices.RETRY_BASE_SECONDS, key=owner_key
        )
    return cancelled


async def extend_hold(
    pool: asyncpg.Pool, code: str, minutes: int, *, actor: str = "guest"
) -> Reservation:
    """Push a live hold's expiry `minutes` past max(expiry, now); reminded again later."""
    if minutes < 1:
        raise ValueError("minutes must be positive")
    async with pool.acquire() as conn, conn.transaction():
        current = await fetch_reservation(conn, code, lock=True)
        if current.status != Status.PRE_RESERVED:
            raise InvalidTransition(current.code, current.status, "extended")
        row = await conn.fetchrow(Q["extend_hold"], current.id, minutes, actor)
    return reservation_from_row(row)


async def change_hold_guests(
    pool: asyncpg.Pool, code: str, guests: int, *, actor: str = "guest"
) -> Reservation:
    """Another head count on a hold still waiting for its deposit. The price is per cabin
    and night, so only the party changes; the cabin must still sleep everyone."""
    async with pool.acquire() as conn, conn.transaction():
        current = await fetch_reservation(conn, code, lock=True)
        if current.status != Status.PRE_RESERVED:
            raise InvalidTransition(current.code, current.status, "guests changed")
        cabin = await get_cabin(conn, current.accommodation_id)
        if not 1 <= guests <= cabin.capacity:
            raise InvalidStay(
                "capacity", f"{cabin.name} sleeps at most {cabin.capacity}", capacity=cabin.capacity
            )
        row = await conn.fetchrow(Q["set_hold_guests"], current.id, guests, actor, current.guests)
    return reservation_from_row(row)


async def change_hold_dates(
    pool: asyncpg.Pool,
    code: str,
    check_in: dt.date,
    check_out: dt.date,
    *,
    rules: BookingRules,
    actor: str = "guest",
) -> Reservation:
    """Other nights for a hold still waiting for its deposit (longer, shorter or moved),
    in place: same cabin, party and expiry, repriced at today's prices like place_hold.

    The row is updated under the EXCLUDE constraint, so nights taken by any *other*
    reservation raise DatesUnavailable and nothing changes; the hold's own nights never
    conflict with themselves, which is why its cabin stays offerable to its guest.
    The deposit link made for the old stay is dropped in the same transaction: the
    next `link_for` makes one for the new deposit (a link for the old amount would
    charge the wrong deposit). Raises InvalidStay, InvalidTransition, DatesUnavailable.
    """
    stay = Stay(check_in, check_out)
    validate_stay(rules, stay)
    async with pool.acquire() as conn, conn.transaction():
        current = await fetch_reservation(conn, code, lock=True)
        if current.status != Status.PRE_RESERVED:
            raise InvalidTransition(current.code, current.status, "dates changed")
        cabin = await get_cabin(conn, current.accommodation_id)
        check_fit(cabin, stay, current.guests)
        quote = quote_stay(cabin, stay, rules.deposit_percent)
        reason = (
            f"dates changed from {current.check_in:%Y-%m-%d}/{current.check_out:%Y-%m-%d} "
            f"to {check_in:%Y-%m-%d}/{check_out:%Y-%m-%d}"
        )
        try:
            row = await conn.fetchrow(
                Q["set_hold_dates"], current.id, check_in, check_out, quote.total_cents,
                quote.deposit_cents, actor, reason,
            )  # fmt: skip
        except asyncpg.ExclusionViolationError:
            raise DatesUnavailable(cabin_id=current.accommodation_id) from None
        await conn.execute(Q["drop_hold_link"], current.id)
    RESERVATIONS.labels("dates_changed").inc()
    return reservation_from_row(row)
