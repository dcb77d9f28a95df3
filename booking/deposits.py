"""Confirming a hold when its deposit is paid: once per payment, never two bookings.

Mercado Pago notifies the same payment many times, possibly at once, and
possibly after the hold expired. Each call locks the reservation row, then
claims the payment row (unique on provider + payment id): a second call with
the same payment id waits for the first and then finds its outcome recorded.

- live hold → `confirmed`.
- expired hold, nights still free → back to `confirmed` ("retaken"); the
  EXCLUDE constraint decides, so a rival who took the nights meanwhile wins.
- expired with the nights taken, or cancelled → the payment is marked
  `needs_refund` and the owner is told; the reservation stays as it was.
- already confirmed by another payment → "already_confirmed"; the second
  payment is marked `needs_refund` and the owner is told.

What the guest and the owner are told is queued in the transaction that settles
the payment (booking.guest_notices), so WhatsApp being down (or a crash) as the
payment lands only delays it, and a payment notified again queues nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import asyncpg

from booking import guest_notices, notices
from booking.errors import DatesUnavailable
from booking.models import Reservation, Status
from booking.notify import Notifier
from booking.repo import Connection, Q, fetch_reservation, transition
from health.metrics import RESERVATIONS

Outcome = Literal["confirmed", "already_confirmed", "retaken", "needs_refund"]
# payments.outcome values written here; a payment carrying one was already handled.
PAID_CONFIRMED, PAID_NEEDS_REFUND = "confirmed", "needs_refund"
# The audit event of a payment that cannot be applied: the bot reads it to tell the guest.
REFUND_NEEDED_EVENT = "payment_refund_needed"
ATTEMPTS = 3  # deadlocks against a simultaneous inserter: rare, and nothing is committed


@dataclass(frozen=True)
class ConfirmResult:
    outcome: Outcome
    reservation: Reservation
    # True when this payment id had been handled before: nothing changed now.
    replayed: bool = False


@dataclass(frozen=True)
class _Decision:
    result: ConfirmResult
    queued: tuple[str, ...] = ()  # the guest's and the owner's notices (booking.guest_notices)


async def confirm_deposit(
    pool: asyncpg.Pool,
    code: str,
    payment_id: str,
    amount_cents: int,
    notifier: Notifier | None = None,
    *,
    provider: str = "mercadopago",
    refund_hint: str | None = None,
    retry_base_seconds: float = guest_notices.RETRY_BASE_SECONDS,
) -> ConfirmResult:
    """Apply an approved deposit to reservation `code`. ReservationNotFound if unknown.

    Works whether or not the payments row exists yet; sets its reservation
    and outcome. Notices are queued with the outcome and tried after the commit.
    `refund_hint` ends the owner's notice of a payment to return (how to return it).
    """
    payment_id = str(payment_id)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            async with pool.acquire() as conn, conn.transaction():
                decision = await _decide(
                    conn, code, provider, payment_id, amount_cents, refund_hint
                )
            break
        except asyncpg.DeadlockDetectedError:
            if attempt == ATTEMPTS:
                raise
    result = decision.result
    if not result.replayed:
        # A second payment for a confirmed stay is, operationally, a refund to make.
        event = "needs_refund" if result.outcome == "already_confirmed" else result.outcome
        RESERVATIONS.labels(event).inc()
    notifier = notifier or Notifier()
    await guest_notices.deliver_due(pool, notifier, retry_base_seconds, keys=decision.queued)
    return result


async def _decide(
    conn: Connection,
    code: str,
    provider: str,
    payment_id: str,
    amount_cents: int,
    refund_hint: str | None = None,
) -> _Decision:
    current = await fetch_reservation(conn, code, lock=True)
    payment = await conn.fetchrow(
        Q["claim_payment"], provider, payment_id, current.id, amount_cents
    )
    if payment["outcome"] in (PAID_CONFIRMED, PAID_NEEDS_REFUND):
        replayed = _replayed_outcome(payment["outcome"], current)
        return _Decision(ConfirmResult(replayed, current, replayed=True))

    actor = f"payment:{provider}:{payment_id}"
    amount = notices.pesos(amount_cents)
    owner_text: str | None = None
    late = False  # paid after the hold lapsed, on nights taken meanwhile: the guest waits
    if current.status == Status.PRE_RESERVED:
        reservation = await transition(
            conn, current, Status.CONFIRMED, event="confirmed", actor=actor,
            reason=f"deposit of {amount} paid",
        )  # fmt: skip
        outcome: Outcome = "confirmed"
    elif current.status == Status.EXPIRED:
        try:
            async with conn.transaction():  # savepoint: a refusal leaves the rest intact
                reservation = await transition(
                    conn, current, Status.CONFIRMED, event="retaken", actor=actor,
                    reason=f"deposit of {amount} paid after the hold expired; nights still free",
                )  # fmt: skip
            outcome = "retaken"
        except DatesUnavailable:
            reservation, outcome = current, "needs_refund"
            owner_text = notices.late_payment_dates_taken(current, payment_id, amount_cents)
            late = True
    elif current.status == Status.CANCELLED:
        reservation, outcome = current, "needs_refund"
        owner_text = notices.payment_for_cancelled(current, payment_id, amount_cents)
    else:  # confirmed by an earlier payment (or an owner block)
        reservation, outcome = current, "already_confirmed"
        owner_text = notices.duplicate_payment(current, payment_id, amount_cents)

    refund = outcome in ("needs_refund", "already_confirmed")
    if refund:
        # Status unchanged, but the audit trail shows the payment and why it is returned.
        await conn.execute(
            Q["audit_note"], current.id, REFUND_NEEDED_EVENT, current.status.value, actor,
            f"deposit of {amount} cannot be applied; refund it",
        )  # fmt: skip
    settled = PAID_NEEDS_REFUND if refund else PAID_CONFIRMED
    await conn.execute(Q["settle_payment"], payment["id"], current.id, settled)

    queued: list[str] = []
    # The guest's notice first (it is what they wait for), keyed by the stay: it is
    # confirmed once, whichever payment and however many deliveries of it.
    if outcome in ("confirmed", "retaken"):
        told = await guest_notices.queue_guest(
            conn, reservation, f"confirmed:{reservation.code}", "payment_confirmed"
        )
        queued.extend([told] if told else [])
        key = guest_notices.owner_key(f"booking_confirmed:{reservation.code}")
        paid = {"amount_cents": amount_cents, "payment_id": payment_id}
        if await guest_notices.queue(conn, reservation.id, key, "booking_confirmed", paid):
            queued.append(key)
        if 0 < amount_cents < reservation.deposit_cents:
            owner_text = notices.short_payment(reservation, payment_id, amount_cents)
    if late:
        told = await guest_notices.queue_guest(
            conn, reservation, f"late:{reservation.code}", "late_payment_refused"
        )
        queued.extend([told] if told else [])
    if owner_text:
        if refund_hint:
            owner_text = f"{owner_text}\n{refund_hint}"
        key = f"deposit:{provider}:{payment_id}"
        queued.append(await guest_notices.queue_owner(conn, key, owner_text, reservation))
    return _Decision(ConfirmResult(outcome, reservation), tuple(queued))


def _replayed_outcome(payment_outcome: str, reservation: Reservation) -> Outcome:
    if payment_outcome == PAID_CONFIRMED:
        return "already_confirmed"
    # A refunded duplicate of a payment that confirmed the stay still reads as confirmed.
    if reservation.status == Status.CONFIRMED:
        return "already_confirmed"
    return "needs_refund"
