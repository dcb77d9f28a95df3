"""Notices a guest must get even when WhatsApp is down at that moment.

Most notices ride on something Mercado Pago or the inbox retries anyway. A stay
the owner cancels through the admin API does not: the admin call happens once,
and failing it because WhatsApp is down would be wrong (the nights are already
free). So such a notice is a row in `guest_notices` (sql/010), written in the
transaction of the change it tells under a unique key: a retried admin call or
a notification delivered twice queues nothing new. It is delivered right after
the commit and, while delivery fails, by the booking jobs' loop with backoff.
The WhatsApp send carries the same key, so a try that sent and then crashed
before marking the row is not sent again.

The bot's other notices to a guest ride on it too, each queued in the transaction of the
change it tells, under a key naming that change: the payment that confirmed the stay
(`confirmed:CODE`, in booking.deposits), a payment that came too late (`late:CODE`),
the hold lapsed (`expired:CODE`) or due its reminder (`reminder:CODE:EXPIRY`, both in the
jobs' UPDATE itself, sql/queries/booking.sql), the link Mercado Pago was down for
(`link:CODE`), a payment refused (`failed:CODE:LINK`). So a crash or a WhatsApp outage
between the commit and the send only delays them, and a webhook delivered three times at
once is one message.

The owner's notices ride on the same queue (sql/012): `queue_owner` in the
transaction that decides the event when there is one (a deposit settled, a stay
cancelled), `tell_owner` after a claim of its own otherwise (an iCal conflict
inserted, a Redis key). Their key names the event, so a webhook delivered many
times, or at once, queues one notice; WhatsApp being down only delays it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

import asyncpg

from booking.db import load_queries
from booking.models import Channel, Reservation
from booking.notices import guest_unreachable
from booking.notify import GuestUnreachable, Notifier
from booking.repo import Connection, fetch_reservation

log = logging.getLogger(__name__)
Q = load_queries("notices")

RETRY_CAP_SECONDS = 600.0
# With backoff capped at 10 minutes, about a day of tries: WhatsApp's free-form window
# (24 h after the guest's last message) is over by then anyway.
MAX_ATTEMPTS = 150
BATCH = 50
RETRY_BASE_SECONDS = 15.0
# A notice being tried is left alone this long (a lease): longer than a send that spends
# the WhatsApp client's retries and timeouts (4 × 10 s), so the jobs' loop or another
# instance does not try it at the same time. Trying it twice at once would let the second
# try read the first's claim on the WhatsApp key as "sent" and mark the notice sent while
# the first one fails. A failed try sets the backoff itself.
LEASE_SECONDS = 120.0
OWNER_EVENT = "owner_notice"
# Guest notices whose loss matters enough that the owner is asked to call when WhatsApp
# refuses them for good (the guest paid, or lost the stay); a reminder, an expiry or a link
# refused is only logged: the guest, silent for a day, has let the hold go anyway.
MUST_REACH = ("cancelled_by_owner", "payment_mismatch", "payment_confirmed",
              "late_payment_refused")  # fmt: skip


def reaches_guest(reservation: Reservation) -> bool:
    """Only a guest who booked over WhatsApp can be written to."""
    return reservation.channel == Channel.WHATSAPP and bool(reservation.guest_phone)


async def paid_details(conn: Connection, reservation_id: int) -> dict[str, Any]:
    """What the guest paid for a reservation and what is still theirs to get back (a refund
    made already is not promised again), for the notice of a cancellation."""
    row = await conn.fetchrow(Q["paid_by_guest"], reservation_id)
    return {
        "paid_cents": int(row["paid_cents"]),
        "refund_cents": max(0, int(row["refund_cents"])),
        "other_currency": bool(row["other_currency"]),
    }


async def queue(
    conn: Connection, reservation_id: int, key: str, event: str, details: dict[str, Any]
) -> bool:
    """Queue a notice inside the caller's transaction; False when `key` was queued before."""
    row = await conn.fetchval(Q["queue_notice"], reservation_id, key, event, json.dumps(details))
    return row is not None


async def queue_guest(
    conn: Connection,
    reservation: Reservation,
    key: str,
    event: str,
    details: dict[str, Any] | None = None,
) -> str | None:
    """Queue a notice to the reservation's guest inside the caller's transaction, once per
    `key`; the key to deliver, or None when nobody can be written to (another channel)."""
    if not reaches_guest(reservation):
        return None
    await queue(conn, reservation.id, key, event, details or {})
    return key


def owner_key(key: str) -> str:
    return f"owner:{key}"


async def queue_owner(
    conn: Connection, key: str, text: str, reservation: Reservation | None = None
) -> str:
    """Queue an owner notice (the `owner_notice` callback's `text`) inside the caller's
    transaction, once per `key`; returns the queue key to deliver."""
    queued = owner_key(key)
    res_id = reservation.id if reservation is not None else None
    await queue(conn, res_id, queued, OWNER_EVENT, {"text": text})
    return queued


async def tell_owner(
    pool: asyncpg.Pool,
    notifier: Notifier,
    key: str,
    text: str,
    reservation: Reservation | None = None,
    *,
    retry_base_seconds: float = RETRY_BASE_SECONDS,
) -> None:
    """Queue an owner notice once per `key` and try it now; the jobs retry it if it fails."""
    async with pool.acquire() as conn:
        queued = await queue_owner(conn, key, text, reservation)
    await deliver_due(pool, notifier, retry_base_seconds, key=queued)


async def deliver_due(
    pool: asyncpg.Pool,
    notifier: Notifier,
    retry_base_seconds: float,
    *,
    key: str | None = None,
    keys: Sequence[str] | None = None,
) -> int:
    """Try every notice that is due (or only the one under `key`, or those under `keys`)
    once; returns how many went out."""
    if key is not None:
        keys = [key]
    if keys is None:
        return await _deliver(pool, notifier, retry_base_seconds, None)
    sent = 0
    for start in range(0, len(keys), BATCH):
        sent += await _deliver(
            pool, notifier, retry_base_seconds, list(keys[start : start + BATCH])
        )
    return sent


async def _deliver(
    pool: asyncpg.Pool, notifier: Notifier, retry_base_seconds: float, keys: list[str] | None
) -> int:
    if keys == []:
        return 0
    rows = await pool.fetch(Q["claim_due_notices"], LEASE_SECONDS, BATCH, keys)
    sent = 0
    for row in rows:
        reservation = None
        try:
            if row["code"] is not None:
                async with pool.acquire() as conn:
                    reservation = await fetch_reservation(conn, row["code"])
            details = json.loads(row["details"])
            # Called directly, not through Notifier.emit (which swallows failures):
            # an exception here is what leaves the notice pending for the next try.
            await getattr(notifier, row["event"])(
                reservation=reservation, key=row["key"], **details
            )
        except GuestUnreachable as exc:
            # Retrying cannot help (the 24-hour window only opens when the guest writes):
            # the owner is told to call, once, and the notice is not tried again.
            assert reservation is not None  # only guest notices raise it
            await _tell_owner_unreachable(pool, notifier, retry_base_seconds, row, reservation, exc)
            continue
        except Exception as exc:
            state = await pool.fetchval(
                Q["notice_failed"], row["id"], f"{type(exc).__name__}: {exc}"[:500],
                MAX_ATTEMPTS, retry_base_seconds, RETRY_CAP_SECONDS,
            )  # fmt: skip
            level = logging.ERROR if state == "dropped" else logging.WARNING
            log.log(level, "notice %s not delivered (try %d, %s): %s",
                    row["key"], row["attempts"], state, exc)  # fmt: skip
            continue
        await pool.execute(Q["notice_sent"], row["id"])
        sent += 1
    return sent


async def refused_after_sending(
    pool: asyncpg.Pool, notifier: Notifier, retry_base_seconds: float, keys: list[str]
) -> None:
    """Notices sent (WhatsApp took them) that Meta then reported undeliverable because the
    guest's 24-hour window was closed: the owner is told to call, once per notice. Keys
    that are no guest notice (a reply, an owner notice) are ignored."""
    for key in keys:
        async with pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(Q["notice_refused_later"], key, list(MUST_REACH))
            if row is None:
                continue  # not a guest notice, or told already (a status delivered again)
            reservation = await fetch_reservation(conn, row["code"])
            text = guest_unreachable(reservation, row["event"], outside_window=True)
            queued = await queue_owner(conn, f"unreachable:{key}", text, reservation)
        log.warning("guest notice %s undeliverable: the guest's 24-hour window closed", key)
        await deliver_due(pool, notifier, retry_base_seconds, key=queued)


async def _tell_owner_unreachable(
    pool: asyncpg.Pool,
    notifier: Notifier,
    retry_base_seconds: float,
    row: asyncpg.Record,
    reservation: Reservation,
    exc: GuestUnreachable,
) -> None:
    log.warning("guest notice %s refused for good: %s", row["key"], exc)
    text = guest_unreachable(reservation, row["event"], outside_window=exc.outside_window)
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(Q["notice_unreachable"], row["id"], str(exc)[:500])
        key = await queue_owner(conn, f"unreachable:{row['key']}", text, reservation)
    await deliver_due(pool, notifier, retry_base_seconds, key=key)
