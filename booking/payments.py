"""Deposits through Mercado Pago Checkout Pro: links, notifications, reconciliation, refunds.

The rules this module keeps:
- A payment is only ever acted on as fetched from Mercado Pago
  (`GET /v1/payments/{id}`), never from a notification body or a browser return.
- One row per payment (provider + payment id). Notifications arrive in any
  order, so the row never moves backwards: a status only replaces one of lower
  rank (approved then a stale "pending" stays approved).
- Confirmation goes through `booking.holds.confirm_deposit`, which is once per
  payment id however many deliveries race; the notices we add (flagged,
  failed, refunded, each partial refund) are claimed on the payment row before
  they are sent.
- Refunds: `refunded_cents` keeps Mercado Pago's `transaction_amount_refunded`.
  A partial refund leaves the payment `approved`, so at the same status a
  larger refunded total is news too; it changes only the amounts, never the
  outcome (booking already settled the approval: re-deciding it would read the
  payment as a second deposit).
- A notification is recorded in `inbound_events` before we answer 200; the
  webhook then applies it at once, and when that cannot finish (Mercado Pago
  unreachable) the events job retries it with backoff.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

import aiohttp
import asyncpg

from booking import guest_notices, holds
from booking.db import load_queries
from booking.errors import InvalidTransition, ReservationNotFound
from booking.mercadopago import (
    MercadoPagoClient,
    MercadoPagoError,
    Payment,
    PaymentNotFound,
    cents_to_pesos,
    mp_timestamp,
    pesos_to_cents,
)
from booking.models import Reservation, Status
from booking.notices import pesos
from booking.notify import Notifier
from health.metrics import INBOX_PARKED
from settings import Settings

log = logging.getLogger(__name__)
Q = load_queries("payments")

PROVIDER = "mercadopago"
WEBHOOK_PATH = "/api/v1/webhooks/mercadopago"
DEMO_API_PATH = "/demo/mp"
LINK_ATTEMPTS_INLINE = 2  # the guest is waiting for the bot's answer: one retry, then the job
# With backoff capped at 10 min, 300 tries last about two days, like Mercado Pago's own retries.
EVENT_MAX_ATTEMPTS = 300
NOT_FOUND_ATTEMPTS = 4
RETRY_CAP_SECONDS = 600
RECONCILE_BATCH = 50
LATE_RECONCILE_HOURS = 24  # a payment can still be approved (and lost) a day after the hold expired
LATE_RECONCILE_EVERY_MINUTES = 15

# Higher ranks win. A Mercado Pago payment only moves forward:
# pending → in_process/authorized → approved/rejected/cancelled → refunded/charged_back.
STATUS_RANK = {
    "pending": 0,
    "in_process": 1,
    "in_mediation": 1,
    "authorized": 2,
    "rejected": 3,
    "cancelled": 3,
    "approved": 3,
    "refunded": 4,
    "charged_back": 4,
}
# payments.outcome values set by booking.deposits: the approval was handled.
SETTLED_APPROVALS = ("confirmed", "needs_refund")


@dataclass(frozen=True)
class Applied:
    """What applying one fetched payment did (returned for logs and tests)."""

    payment_id: str
    status: str  # the row's status after applying: may be newer than the fetched one
    outcome: str | None
    changed: bool
    refunded_cents: int = 0  # the row's refunded total after applying


class PaymentGateway:
    """What the rest of the app uses: `link_for`, notifications, the periodic jobs, refunds."""

    def __init__(
        self,
        settings: Settings,
        pool: asyncpg.Pool,
        session: aiohttp.ClientSession,
        notifier: Notifier,
    ) -> None:
        self.settings = settings
        self.pool = pool
        self.notifier = notifier
        self.demo = settings.mercadopago_demo
        # In demo mode the local stand-in answers the payment fetch and search,
        # so everything after the checkout button is the production path.
        base = (
            settings.public_base_url + DEMO_API_PATH if self.demo else settings.mercadopago_api_base
        )
        self.client = MercadoPagoClient(session, base, settings.mercadopago_access_token)
        self.retry_base_seconds = float(min(15, settings.job_expire_interval_seconds))

    @property
    def notification_url(self) -> str:
        # `source_news=webhooks`: only Webhooks-style notifications (signed,
        # with data.id), not the legacy IPN ones for the same event.
        return f"{self.settings.public_base_url}{WEBHOOK_PATH}?source_news=webhooks"

    def demo_checkout_url(self, code: str) -> str:
        return f"{self.settings.public_base_url}/demo/checkout/{code}"

    # ------------------------------------------------------------------ links

    async def link_for(self, reservation: Reservation) -> str | None:
        """The deposit link for a hold; None when Mercado Pago is unreachable right now.

        On None the link is recorded as pending: the links job creates it,
        extends the hold once and sends `payment_link_ready(reservation=, url=)`, a
        durable guest notice queued with the link (booking.guest_notices).
        """
        async with self.pool.acquire() as conn:
            await conn.execute(Q["insert_link"], reservation.id, reservation.code)
            link = await conn.fetchrow(Q["link_by_code"], reservation.code)
        if link["state"] == "ready":
            return str(link["init_point"])
        if reservation.status != Status.PRE_RESERVED:
            return None
        if self.demo:
            url = self.demo_checkout_url(reservation.code)
            await self.pool.execute(
                Q["link_ready"], reservation.code, f"demo-{reservation.code}", url
            )
            return url
        _, url = await self._create_link(reservation, reservation.expires_at, LINK_ATTEMPTS_INLINE)
        return url

    async def _create_link(
        self,
        reservation: Reservation,
        expires_at: dt.datetime | None,
        attempts: int,
        *,
        tell_guest: bool = False,
    ) -> tuple[str | None, str | None]:
        """(url if this call stored the link, url); (None, None) when Mercado Pago failed.
        `tell_guest`: the link is made outside the guest's turn, so the guest's notice of it
        (`link:CODE`) is queued with it, once."""
        body = self.preference_body(reservation, expires_at)
        try:
            # X-Idempotency-Key = the code and the stay: a retry after a lost answer gets
            # the same preference back instead of a second one, while a hold moved to other
            # nights (holds.change_hold_dates, a new deposit) gets a new one.
            pref = await self.client.create_preference(
                body, preference_key(reservation), attempts=attempts
            )
        except MercadoPagoError as exc:
            await self.pool.execute(
                Q["link_failed"], reservation.code, self.retry_base_seconds, RETRY_CAP_SECONDS,
                str(exc)[:500],
            )  # fmt: skip
            log.warning("payment link for %s not created (%s)", reservation.code, exc)
            return None, None
        async with self.pool.acquire() as conn, conn.transaction():
            stored = await conn.fetchval(
                Q["link_ready"], reservation.code, pref.id, pref.init_point
            )
            if stored and tell_guest:
                await guest_notices.queue_guest(
                    conn, reservation, link_notice_key(reservation.code), "payment_link_ready",
                    {"url": pref.init_point},
                )  # fmt: skip
        if not stored:
            return None, pref.init_point  # a concurrent caller stored (and sent) it first
        return pref.init_point, pref.init_point

    def preference_body(
        self, reservation: Reservation, expires_at: dt.datetime | None
    ) -> dict[str, Any]:
        """Checkout Pro preference for the deposit (FORMATS.md, Mercado Pago)."""
        tz = self.settings.tz
        base = self.settings.public_base_url
        stay = f"{reservation.check_in:%d/%m/%Y} al {reservation.check_out:%d/%m/%Y}"
        body: dict[str, Any] = {
            "items": [
                {
                    "id": f"cabin-{reservation.accommodation_id}",
                    "title": f"Seña {reservation.cabin_name}",
                    "description": f"{reservation.cabin_name}, {stay} "
                    f"({reservation.nights} noches), reserva {reservation.code}",
                    "quantity": 1,
                    "currency_id": "ARS",
                    "unit_price": cents_to_pesos(reservation.deposit_cents),
                }
            ],
            "external_reference": reservation.code,
            "notification_url": self.notification_url,
            "back_urls": {
                result: f"{base}/checkout/return/{reservation.code}?result={result}"
                for result in ("success", "failure", "pending")
            },
            "auto_return": "approved",
            # Approved or rejected at once: no "pending" cash payments that
            # could be paid after the hold is gone.
            "binary_mode": True,
        }
        if expires_at is not None:
            # The link dies with the hold, in the property's offset (-03:00).
            body["expires"] = True
            body["expiration_date_from"] = mp_timestamp(dt.datetime.now(dt.UTC), tz)
            body["expiration_date_to"] = mp_timestamp(expires_at, tz)
        return body

    async def retry_pending_links(self) -> int:
        """Create the links Mercado Pago was down for; returns how many went out."""
        await self.pool.execute(Q["abandon_dead_links"])
        sent = 0
        for row in await self.pool.fetch(Q["due_links"], RECONCILE_BATCH):
            try:
                reservation = await holds.get_reservation(self.pool, row["code"])
            except ReservationNotFound:
                continue
            link = await self.pool.fetchrow(Q["link_by_code"], row["code"])
            ttl = self.settings.pre_reservation_ttl_minutes
            expires_at = reservation.expires_at
            if expires_at is not None and not link["hold_extended"]:
                # Our outage must not eat the guest's time: the link is made for
                # the extended expiry, and the hold extended (once) when it exists.
                expires_at = max(expires_at, dt.datetime.now(dt.UTC)) + dt.timedelta(minutes=ttl)
            url, _ = await self._create_link(reservation, expires_at, 1, tell_guest=True)
            if url is None:
                continue  # still down (next try later), or the guest already got it
            if await self.pool.fetchval(Q["claim_hold_extension"], reservation.code):
                try:
                    reservation = await holds.extend_hold(
                        self.pool, reservation.code, ttl, actor="system:payments"
                    )
                except InvalidTransition:
                    continue  # the hold ended meanwhile: the queued notice is skipped
            # Sent after the extension, so it reads the hold as extended.
            await guest_notices.deliver_due(
                self.pool, self.notifier, self.retry_base_seconds,
                key=link_notice_key(reservation.code),
            )  # fmt: skip
            sent += 1
        return sent

    # ---------------------------------------------------------- notifications

    async def record_notification(
        self, event_id: str, kind: str, payment_id: str, payload: dict[str, Any]
    ) -> tuple[int, str]:
        """Durably record a verified notification: (inbound_events id, state)."""
        row = await self.pool.fetchrow(
            Q["record_event"], event_id, kind, payment_id, json.dumps(payload)
        )
        return int(row["id"]), str(row["state"])

    async def process_event(self, event_row_id: int, payment_id: str) -> str:
        """Fetch the payment and apply it; 'done', 'ignored' or 'retry' (left pending)."""
        try:
            payment = await self.client.get_payment(payment_id)
        except PaymentNotFound:
            # A brand-new payment can 404 for a moment; ids that never exist
            # (the dashboard's "simulate" button) are parked after a few tries.
            state = await self._event_failed(event_row_id, "payment not found", NOT_FOUND_ATTEMPTS)
            return "retry" if state == "pending" else state
        except MercadoPagoError as exc:
            await self._event_failed(event_row_id, f"fetch failed: {exc}")
            return "retry"
        try:
            await self.apply_payment(payment)
        except Exception as exc:
            await self._event_failed(event_row_id, f"apply failed: {type(exc).__name__}: {exc}")
            raise
        await self.pool.execute(Q["finish_event"], event_row_id, "done", None)
        return "done"

    async def _event_failed(
        self, event_row_id: int, error: str, max_attempts: int = EVENT_MAX_ATTEMPTS
    ) -> str:
        state = await self.pool.fetchval(
            Q["fail_event"], event_row_id, error[:500], max_attempts,
            self.retry_base_seconds, RETRY_CAP_SECONDS,
        )  # fmt: skip
        if state == "parked":
            INBOX_PARKED.labels(PROVIDER).inc()
            log.error("mercadopago event %s parked: %s", event_row_id, error)
        else:
            log.warning("mercadopago event %s will be retried: %s", event_row_id, error)
        return str(state)

    async def process_due_events(self) -> int:
        """Retry notifications that could not be applied yet; returns how many finished."""
        finished = 0
        for row in await self.pool.fetch(Q["due_events"], 30.0, RECONCILE_BATCH):
            try:
                if await self.process_event(row["id"], row["sender"]) != "retry":
                    finished += 1
            except Exception:
                log.exception("mercadopago event %s failed", row["id"])
        return finished

    # ------------------------------------------------------------ apply a payment

    async def apply_payment(self, payment: Payment) -> Applied:
        """Record a fetched payment and do what its status calls for, once."""
        reservation = None
        if payment.external_reference:
            try:
                reservation = await holds.get_reservation(self.pool, payment.external_reference)
            except ReservationNotFound:
                log.warning("payment %s for unknown reference", payment.id)
        applied, row_id = await self._record(payment, reservation)
        if reservation is None:
            return applied
        if applied.status == "approved" and applied.outcome is None:
            await self._confirm(payment, reservation)
        elif applied.outcome == "flagged":
            told = await self._tell_guest_mismatch(payment, reservation)
            await self._notice_once(row_id, "flagged",
                                    self._flag_text(payment, reservation, told),
                                    reservation)  # fmt: skip
        elif applied.outcome == "failed":
            await self._payment_failed(row_id, reservation)
        elif applied.outcome in ("refunded", "charged_back"):
            # A confirmed stay whose confirming deposit this was is left with none behind it.
            unpaid = reservation.status == Status.CONFIRMED and not await self.pool.fetchval(
                Q["has_confirming_payment"], reservation.id
            )
            await self._notice_once(row_id, applied.outcome,
                                    self._reversal_text(payment, reservation, unpaid),
                                    reservation)  # fmt: skip
        if applied.status == "approved" and applied.refunded_cents > 0:
            # Keyed by the running total: each further partial refund is told once.
            await self._notice_once(row_id, f"partial_refund:{applied.refunded_cents}",
                                    self._partial_refund_text(payment, reservation,
                                                              applied.refunded_cents),
                                    reservation)  # fmt: skip
        return applied

    async def _record(
        self, payment: Payment, reservation: Reservation | None
    ) -> tuple[Applied, int]:
        """Upsert the payment row under its row lock, never moving it backwards."""
        outcome = self._outcome_for(payment, reservation)
        reservation_id = reservation.id if reservation else None
        values = (
            payment.status, payment.status_detail, payment.amount_cents, payment.currency,
        )  # fmt: skip
        raw = json.dumps(payment.raw)
        refunded = payment.refunded_cents
        async with self.pool.acquire() as conn, conn.transaction():
            inserted = await conn.fetchval(
                Q["insert_payment"], PROVIDER, payment.id, reservation_id, *values, outcome,
                raw, payment.date_last_updated, refunded,
            )  # fmt: skip
            row = await conn.fetchrow(Q["lock_payment"], PROVIDER, payment.id)
            if inserted is not None:
                return Applied(payment.id, payment.status, outcome, True, refunded), row["id"]
            before = row["refunded_cents"]
            if not _is_newer(payment, row["status"], row["date_last_updated"], before):
                return Applied(payment.id, row["status"], row["outcome"], False, before), row["id"]
            if payment.status == row["status"] or (
                payment.status == "approved" and row["outcome"] in SETTLED_APPROVALS
            ):
                # A further refund only, or an approval booking already applied.
                outcome = row["outcome"]
            await conn.execute(
                Q["update_payment"], row["id"], *values, outcome, raw,
                payment.date_last_updated, reservation_id, refunded,
            )  # fmt: skip
        refunded = max(refunded, row["refunded_cents"])
        return Applied(payment.id, payment.status, outcome, True, refunded), row["id"]

    @staticmethod
    def _outcome_for(payment: Payment, reservation: Reservation | None) -> str | None:
        if reservation is None:
            return "unmatched"
        if payment.status == "approved":
            # None = approved, confirmation pending (booking sets confirmed/needs_refund).
            matches = (
                payment.currency == "ARS" and payment.amount_cents >= reservation.deposit_cents
            )
            return None if matches else "flagged"
        if payment.status in ("rejected", "cancelled"):
            return "failed"
        if payment.status in ("refunded", "charged_back"):
            return payment.status
        return "noted"  # pending, in_process, authorized, in_mediation: wait for the next update

    async def _confirm(self, payment: Payment, reservation: Reservation) -> None:
        # booking.deposits tells the guest and the owner itself, after its commit
        # and only the first time for this payment id. Its owner notices on this
        # path all ask for a refund (a short payment never gets here: it is
        # flagged), so they get a line on how to refund.
        result = await holds.confirm_deposit(
            self.pool, reservation.code, payment.id, payment.amount_cents, self.notifier,
            refund_hint=self._refund_hint(payment.id),
            retry_base_seconds=self.retry_base_seconds,
        )  # fmt: skip
        log.info("payment %s for %s: %s", payment.id, reservation.code, result.outcome)

    def _refund_hint(self, payment_id: str) -> str:
        if self.settings.mercadopago_refunds_enabled:
            return (
                f"Devolución: POST /api/v1/admin/payments/{payment_id}/refund "
                "o desde tu cuenta de Mercado Pago."
            )
        return f"Devolvelo desde tu cuenta de Mercado Pago (pago {payment_id})."

    async def _payment_failed(self, row_id: int, reservation: Reservation) -> None:
        current = await holds.get_reservation(self.pool, reservation.code)
        if current.status in (Status.CONFIRMED, Status.CANCELLED):
            return  # another payment confirmed it, or it is gone: nothing to tell
        live = current.status == Status.PRE_RESERVED and (
            current.expires_at is None or current.expires_at > dt.datetime.now(dt.UTC)
        )
        # The same Checkout Pro link can be paid again while the hold lasts.
        url = await self.link_for(current) if live else None
        # Claimed on the payment and queued in one transaction (booking.guest_notices), keyed
        # by the link offered: two payments refused on one link are one message.
        async with self.pool.acquire() as conn, conn.transaction():
            if not await conn.fetchval(Q["claim_notice"], row_id, "failed"):
                return
            key = await guest_notices.queue_guest(
                conn, current, f"failed:{current.code}:{url or '-'}", "payment_failed",
                {"url": url},
            )  # fmt: skip
        if key is not None:
            await guest_notices.deliver_due(
                self.pool, self.notifier, self.retry_base_seconds, key=key
            )

    async def _notice_once(
        self, row_id: int, notice: str, text: str, reservation: Reservation
    ) -> None:
        """The owner's notice `notice` about payment row `row_id`, once: claimed on the
        payment and queued in one transaction (booking.guest_notices), then tried."""
        async with self.pool.acquire() as conn, conn.transaction():
            if not await conn.fetchval(Q["claim_notice"], row_id, notice):
                return
            key = await guest_notices.queue_owner(
                conn, f"payment:{row_id}:{notice}", text, reservation
            )
        await guest_notices.deliver_due(self.pool, self.notifier, self.retry_base_seconds, key=key)

    async def _tell_guest_mismatch(self, payment: Payment, reservation: Reservation) -> bool:
        """A WhatsApp guest whose hold a short or foreign-currency payment did not confirm
        is told so, once per payment (a durable notice keyed by the payment id, so the
        notification delivered again adds none and WhatsApp being down only delays it).
        A stay confirmed or cancelled meanwhile is the owner's alone to sort out."""
        if not guest_notices.reaches_guest(reservation) or reservation.status not in (
            Status.PRE_RESERVED, Status.EXPIRED,
        ):  # fmt: skip
            return False
        key = f"payment_mismatch:{payment.id}"
        details = {"amount_cents": payment.amount_cents, "currency": payment.currency}
        async with self.pool.acquire() as conn:
            await guest_notices.queue(conn, reservation.id, key, "payment_mismatch", details)
        await guest_notices.deliver_due(self.pool, self.notifier, self.retry_base_seconds, key=key)
        return True

    @staticmethod
    def _flag_text(payment: Payment, reservation: Reservation, guest_told: bool) -> str:
        told = (
            " Ya le avisé al huésped que no quedó confirmada, que no vuelva a pagar y que lo "
            "contactan por acá."
            if guest_told
            else ""
        )
        return (
            f"⚠️ El pago {payment.id} para {reservation.code} ({reservation.cabin_name}) es de "
            f"{pesos(payment.amount_cents)} {payment.currency or '?'}, pero la seña es "
            f"{pesos(reservation.deposit_cents)} ARS. No confirmé la reserva: sigue esperando "
            f"la seña y se libera sola si no llega.{told} Escribile al huésped; si no sigue, "
            f"devolvé el pago desde tu cuenta de Mercado Pago (pago {payment.id})."
        )

    @staticmethod
    def _partial_refund_text(payment: Payment, reservation: Reservation, refunded: int) -> str:
        return (
            f"ℹ️ Devolución parcial en Mercado Pago: del pago {payment.id} de "
            f"{pesos(payment.amount_cents)} para {reservation.code} ({reservation.cabin_name}, "
            f"{reservation.check_in:%d/%m} al {reservation.check_out:%d/%m}) ya se devolvieron "
            f"{pesos(refunded)} en total. La reserva no cambió: no tenés que hacer nada."
        )

    @staticmethod
    def _reversal_text(payment: Payment, reservation: Reservation, unpaid: bool) -> str:
        what = "fue devuelto" if payment.status == "refunded" else "tuvo un contracargo"
        return (
            f"ℹ️ El pago {payment.id} de {pesos(payment.amount_cents)} para {reservation.code} "
            f"({reservation.cabin_name}, {reservation.check_in:%d/%m} al "
            f"{reservation.check_out:%d/%m}) {what} en Mercado Pago. "
            f"{_after_reversal(reservation, unpaid)}"
        )

    # ---------------------------------------------------------- reconciliation

    async def reconcile(self) -> int:
        """Ask Mercado Pago about unpaid holds with a link; apply approved payments found."""
        applied = 0
        codes = await self.pool.fetch(
            Q["unpaid_with_link"], LATE_RECONCILE_HOURS, LATE_RECONCILE_EVERY_MINUTES,
            RECONCILE_BATCH,
        )  # fmt: skip
        for row in codes:
            code = row["code"]
            try:
                found = await self.client.search_payments(code)
            except MercadoPagoError as exc:
                log.warning("reconciliation stopped: %s", exc)
                break  # Mercado Pago is down; the next round tries again
            await self.pool.execute(Q["mark_reconciled"], code)
            for payment in found:
                if payment.status == "approved" and payment.external_reference == code:
                    await self.apply_payment(payment)
                    applied += 1
        return applied

    # ------------------------------------------------------------------ refunds

    async def refund(
        self, payment_id: str, amount_cents: int | None = None, request_key: str | None = None
    ) -> dict[str, Any]:
        """Refund a recorded payment. LookupError when we have no such payment;
        RefundMayRepeat when, without `request_key`, that amount was refunded before.

        `request_key` (the caller's Idempotency-Key) decides what is one refund: the same
        key is the same refund (a retry after a lost answer, a double click), a new key a
        new one, whatever the amount. Without it the key is the payment and the amount,
        so a double click is still one refund; and since that cannot tell a second refund
        of the same amount from a repeat, such a request is refused rather than silently
        taken as the first one (README, "Payments").

        The payment is then fetched and applied, so its row (and the answer)
        carry the new refunded total at once; the notification Mercado Pago
        sends later is a duplicate. Should that fetch fail, the notification
        records it.
        """
        row = await self.pool.fetchrow(Q["payment_by_provider_id"], PROVIDER, payment_id)
        if row is None:
            raise LookupError(payment_id)
        if request_key is not None:
            # Hashed: a key of any length the caller likes fits Mercado Pago's header.
            digest = hashlib.sha256(request_key.encode()).hexdigest()[:40]
            key = f"refund-{payment_id}-k-{digest}"
        else:
            if amount_cents is not None and amount_cents in _refund_amounts(row["refunds"]):
                raise RefundMayRepeat(payment_id, amount_cents)
            key = f"refund-{payment_id}" + (f"-{amount_cents}" if amount_cents is not None else "")
        result = await self.client.refund(payment_id, key, amount_cents)
        if amount_cents is None:
            await self.pool.execute(Q["set_outcome"], row["id"], "refund_requested")
        try:
            await self.apply_payment(await self.client.get_payment(payment_id))
        except MercadoPagoError as exc:
            log.warning("payment %s refunded; its new state comes with the notification (%s)",
                        payment_id, exc)  # fmt: skip
        return result

    async def payment_record(self, payment_id: str) -> asyncpg.Record | None:
        return await self.pool.fetchrow(Q["payment_by_provider_id"], PROVIDER, payment_id)


def preference_key(reservation: Reservation) -> str:
    """The X-Idempotency-Key of a hold's deposit preference: one per code and stay."""
    return f"{reservation.code}:{reservation.check_in:%Y%m%d}-{reservation.check_out:%Y%m%d}"


def link_notice_key(code: str) -> str:
    """The guest notice of a deposit link made by the links job (booking.guest_notices)."""
    return f"link:{code}"


class RefundMayRepeat(Exception):
    """A refund of this amount was made before and the caller sent no Idempotency-Key:
    it may be a repeat of that one, so nothing is refunded."""

    def __init__(self, payment_id: str, amount_cents: int) -> None:
        super().__init__(
            f"A refund of {amount_cents} centavos of payment {payment_id} was already made. "
            "To make another of the same amount, send an Idempotency-Key header "
            "(a new value for each refund; the same value again is the same refund)."
        )


def _refund_amounts(refunds: Any) -> set[int]:
    """The amounts (centavos) of the refunds Mercado Pago listed on the payment as last
    fetched (`refunds[].amount`, pesos), made here or from its dashboard. Without the
    list nothing is known, and a repeat falls back on the key (payment + amount)."""
    if isinstance(refunds, str):
        refunds = json.loads(refunds)
    if not isinstance(refunds, list):
        return set()
    return {
        pesos_to_cents(r["amount"])
        for r in refunds
        if isinstance(r, dict)
        and isinstance(r.get("amount"), int | float | str)
        and r.get("status") != "rejected"  # a refund refused moved no money
    }


async def payments_of(pool: asyncpg.Pool, reservation_id: int) -> list[asyncpg.Record]:
    """Every payment recorded for a reservation, oldest first (the admin's detail view)."""
    return await pool.fetch(Q["payments_for_reservation"], reservation_id)


def _after_reversal(reservation: Reservation, unpaid: bool) -> str:
    """A refunded or charged-back deposit leaves the stay as it was; when it was the one
    that confirmed the stay, the stay is booked with nothing paid, which only the owner can
    decide about."""
    if not unpaid:
        return "La reserva no cambió: no tenés que hacer nada."
    return (
        "La reserva sigue confirmada aunque ya no tiene la seña: si no la vas a respetar, "
        f"cancelala con POST /api/v1/reservations/{reservation.code}/cancel."
    )


def _is_newer(
    payment: Payment, status: str, last_updated: dt.datetime | None, refunded_cents: int
) -> bool:
    new_rank, old_rank = STATUS_RANK.get(payment.status, 0), STATUS_RANK.get(status, 0)
    if new_rank != old_rank:
        return new_rank > old_rank
    if payment.status == status:
        # A (further) partial refund keeps the status; anything else is a duplicate.
        return payment.refunded_cents > refunded_cents
    # Same rank, different status (e.g. rejected vs cancelled): the later update wins.
    return bool(
        payment.date_last_updated and last_updated and payment.date_last_updated > last_updated
    )
