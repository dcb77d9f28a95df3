"""Mercado Pago's HTTP surface: the webhook, the admin payment and refund, the return page.

The webhook is verify → record → apply → 200:
- `x-signature` is checked first (401 and nothing stored when it fails);
- the notification is committed to `inbound_events` (PostgreSQL down, or not
  answering within RECORD_DEADLINE_SECONDS → 503, so Mercado Pago retries);
- the payment is then fetched and applied right away. If that cannot finish
  (Mercado Pago unreachable after retries) we still answer 200 — the
  notification is durably recorded — and the events job retries it with
  backoff. Mercado Pago's own retries are not needed for correctness, and
  reconciliation covers notifications that never arrive.

`setup(app)` adds the routes, the gateway (`app[PAYMENTS]`) and the jobs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiohttp import web

from appkeys import DB, HTTP, NOTIFIER, PAYMENTS, SCHEDULER, SETTINGS
from booking import payments_demo, payments_pages
from booking.db import DATABASE_DOWN, RECORD_DEADLINE_SECONDS, advisory_lock, within
from booking.mercadopago import MercadoPagoRejected, MercadoPagoUnavailable, verify_signature
from booking.payments import WEBHOOK_PATH, PaymentGateway, RefundMayRepeat
from health.auth import admin_required
from health.http import ApiError, OutageLog, bounded, read_json
from health.metrics import JOB_RUNS, WEBHOOK_SIGNATURE_FAILURES

log = logging.getLogger(__name__)

LINKS_LOCK_KEY = 0x0CAB_0051  # pg advisory lock keys: link retries + notification retries
RECONCILE_LOCK_KEY = 0x0CAB_0052  # and reconciliation (0x0CAB_0001 migrations, 0003 booking)
# Mercado Pago wants an answer within 22 s; we apply inline for at most this long.
INLINE_BUDGET_SECONDS = 12.0
MAX_KEY_LENGTH = 255  # a refund's Idempotency-Key from the caller (hashed before use)


async def webhook(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if "data.id" not in request.query and "topic" in request.query:
        # A legacy IPN (`?topic=payment&id=…`, `topic=merchant_order`): its
        # x-signature cannot be verified with our secret (Mercado Pago's docs),
        # so it is never acted on. Our preferences ask for signed Webhooks
        # (`source_news=webhooks`), which carry the same event; reconciliation
        # covers the rest. A 401 would only make Mercado Pago retry it for days
        # and count as a wrong secret (webhook_failing) when the owner turned
        # IPN on in the dashboard.
        return web.json_response({"status": "ignored"})
    # data.id is taken from the query string only: it is what the signature
    # covers. A body id could be swapped under a valid signature.
    data_id = request.query.get("data.id") or None
    request_id = request.headers.get("x-request-id") or None
    signature = request.headers.get("x-signature")
    if not verify_signature(settings.mercadopago_webhook_secret, signature, data_id, request_id):
        WEBHOOK_SIGNATURE_FAILURES.labels("mercadopago").inc()
        log.warning(
            "Mercado Pago webhook refused: invalid signature (check MERCADOPAGO_WEBHOOK_SECRET)"
        )
        raise ApiError(401, "invalid_signature", "Missing or wrong x-signature")
    try:
        body = await request.json()
    except ValueError:
        body = None
    body = body if isinstance(body, dict) else {}
    kind = request.query.get("type") or body.get("type") or request.query.get("topic")
    if kind != "payment" or not data_id:
        # merchant_order, topic-style IPN, tests from the dashboard: nothing we act on.
        return web.json_response({"status": "ignored"})

    gateway = request.app[PAYMENTS]
    ts = signature.split("ts=", 1)[-1].split(",", 1)[0] if signature else ""
    event_id = f"payment:{data_id}:{request_id or 'ts-' + ts}"
    payload = {"query": dict(request.query), "request_id": request_id, "body": body}
    try:
        # Within a few seconds or 503 (a PostgreSQL that hangs would hold Mercado Pago for
        # a minute): given up on, it may still commit; the retry is then a duplicate.
        row_id, state = await within(
            RECORD_DEADLINE_SECONDS, gateway.record_notification(event_id, kind, data_id, payload)
        )
    except DATABASE_DOWN as exc:
        log.warning("Mercado Pago notification not recorded, database unavailable: %s", exc)
        raise ApiError(503, "database_unavailable", "Cannot record the notification now") from None
    if state != "pending":
        return web.json_response({"status": "duplicate"})
    # Applied under the scheduler's shield: if it outlasts the budget (Mercado
    # Pago slow), we still answer in time and it finishes in the background.
    processing = request.app[SCHEDULER].shield(_process(gateway, row_id, data_id, event_id))
    try:
        outcome = await asyncio.wait_for(processing, INLINE_BUDGET_SECONDS)
    except TimeoutError:
        outcome = "background"
    return web.json_response({"status": "recorded", "processing": outcome})


async def _process(gateway: PaymentGateway, row_id: int, payment_id: str, event_id: str) -> str:
    try:
        return await gateway.process_event(row_id, payment_id)
    except Exception:
        # Recorded, so still a 200: the events job applies it later.
        log.exception("Mercado Pago notification %s not applied yet", event_id)
        return "retry"


@admin_required
async def refund(request: web.Request) -> web.Response:
    """Refund a payment through Mercado Pago (e.g. a late payment whose dates were taken)."""
    if not request.app[SETTINGS].mercadopago_refunds_enabled:
        raise ApiError(
            403, "refunds_disabled", "Refunds are turned off (MERCADOPAGO_REFUNDS_ENABLED)"
        )
    payment_id = request.match_info["payment_id"]
    amount_cents = None
    if request.can_read_body:
        body = await read_json(request)
        amount = body.get("amount_cents") if isinstance(body, dict) else None
        if amount is not None and (not isinstance(amount, int) or amount <= 0):
            raise ApiError(400, "invalid_amount", "amount_cents must be a positive integer")
        amount_cents = amount
    request_key = request.headers.get("Idempotency-Key")
    if request_key is not None and not 0 < len(request_key.strip()) <= MAX_KEY_LENGTH:
        raise ApiError(
            400, "invalid_idempotency_key", f"Idempotency-Key: 1 to {MAX_KEY_LENGTH} characters"
        )
    gateway = request.app[PAYMENTS]
    record = await gateway.payment_record(payment_id)
    if record is None:
        raise ApiError(404, "payment_not_found", f"No payment {payment_id}")
    if record["status"] != "approved":
        raise ApiError(409, "not_refundable", f"Payment {payment_id} is {record['status']}")
    left = record["amount_cents"] - record["refunded_cents"]
    if amount_cents is not None and amount_cents > left:
        raise ApiError(400, "invalid_amount", f"Only {left} centavos of it are left to refund")
    try:
        result = await gateway.refund(payment_id, amount_cents, request_key)
    except RefundMayRepeat as exc:
        raise ApiError(409, "refund_may_repeat", str(exc)) from None
    except MercadoPagoUnavailable:
        raise ApiError(503, "mercadopago_unavailable", "Mercado Pago is unreachable") from None
    except MercadoPagoRejected as exc:
        raise ApiError(502, "mercadopago_rejected", str(exc)) from None
    record = await gateway.payment_record(payment_id) or record
    return web.json_response(
        {
            **payment_json(record),
            "refund_id": result.get("id"),
            "refund_status": result.get("status"),
        }
    )


@admin_required
async def get_payment(request: web.Request) -> web.Response:
    """One payment as recorded: amounts (refunded included), status and what we did."""
    payment_id = request.match_info["payment_id"]
    record = await request.app[PAYMENTS].payment_record(payment_id)
    if record is None:
        raise ApiError(404, "payment_not_found", f"No payment {payment_id}")
    return web.json_response(payment_json(record))


def payment_json(record: Any) -> dict[str, Any]:
    return {
        "payment_id": record["provider_payment_id"],
        "reservation_code": record["reservation_code"],
        "status": record["status"],
        "status_detail": record["status_detail"],
        "amount_cents": record["amount_cents"],
        "refunded_cents": record["refunded_cents"],
        "currency": record["currency"],
        "outcome": record["outcome"],
        "updated_at": record["updated_at"].isoformat(),
    }


async def checkout_return(request: web.Request) -> web.Response:
    """Where Mercado Pago sends the browser back. Shows a message; never confirms anything."""
    page = payments_pages.checkout_return(request.query.get("result", ""))
    return web.Response(text=page, content_type="text/html", charset="utf-8")


# --------------------------------------------------------------------- jobs


async def _every(
    app: web.Application,
    stop: asyncio.Event,
    name: str,
    key: int,
    interval: float,
    work: Callable[[PaymentGateway], Awaitable[Any]],
) -> None:
    """Run `work` every `interval` seconds on the one instance holding advisory lock `key`."""
    outage = OutageLog(name, log)
    while True:
        # Wait first: at start-up there is nothing a round could have missed.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)
        if stop.is_set():
            return
        try:
            async with advisory_lock(app[DB], key) as held:
                if held:
                    await work(app[PAYMENTS])
            JOB_RUNS.labels(name, "ok" if held else "skipped").inc()
            outage.succeeded()
        except Exception as exc:
            # A database or Mercado Pago blip must not end the loop.
            JOB_RUNS.labels(name, "error").inc()
            outage.failed(exc)


async def _retries(gateway: PaymentGateway) -> None:
    await gateway.retry_pending_links()
    await gateway.process_due_events()


async def _payments(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    app[PAYMENTS] = PaymentGateway(settings, app[DB], app[HTTP], app[NOTIFIER])
    stop = asyncio.Event()
    fast = min(15, settings.job_expire_interval_seconds)
    jobs = [
        await app[SCHEDULER].spawn(
            _every(app, stop, "payment_retries", LINKS_LOCK_KEY, fast, _retries)
        ),
        await app[SCHEDULER].spawn(
            _every(
                app, stop, "payment_reconcile", RECONCILE_LOCK_KEY,
                settings.job_expire_interval_seconds, PaymentGateway.reconcile,
            )
        ),
    ]  # fmt: skip
    yield
    stop.set()
    for job in jobs:
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await job.wait(timeout=10)


def setup(app: web.Application) -> None:
    app.router.add_post(bounded(WEBHOOK_PATH), webhook)  # RECORD_DEADLINE_SECONDS, INLINE_BUDGET
    app.router.add_get("/api/v1/admin/payments/{payment_id}", get_payment)
    app.router.add_post("/api/v1/admin/payments/{payment_id}/refund", refund)
    app.router.add_get("/checkout/return/{code}", checkout_return)
    if app[SETTINGS].mercadopago_demo:
        app.router.add_routes(payments_demo.ROUTES)
    app.cleanup_ctx.append(_payments)
