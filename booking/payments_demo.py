"""Demo mode (no Mercado Pago credentials): a local checkout and a local Mercado Pago stand-in.

The whole loop is real except the money. "Pagar" / "Rechazar" on
`/demo/checkout/{code}` store a demo payment and POST a correctly signed
notification to our own public webhook URL over HTTP; the webhook then
fetches the payment from `/demo/mp/v1/payments/{id}` (the client's base URL
in demo mode), exactly as it would from api.mercadopago.com. These routes are
only registered in demo mode: with real credentials nothing here exists.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from typing import Any

import aiohttp
import asyncpg
from aiohttp import web

from appkeys import DB, HTTP, SCHEDULER, SETTINGS
from booking import holds, payments_pages
from booking.errors import ReservationNotFound
from booking.mercadopago import cents_to_pesos, mp_timestamp, sign_notification
from booking.models import Status
from booking.payments import DEMO_API_PATH, WEBHOOK_PATH, Q

log = logging.getLogger(__name__)
ROUTES = web.RouteTableDef()

_DETAIL = {"approved": "accredited", "rejected": "cc_rejected_other_reason"}


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


@ROUTES.get("/demo/checkout/{code}")
async def checkout_page(request: web.Request) -> web.Response:
    try:
        reservation = await holds.get_reservation(request.app[DB], request.match_info["code"])
    except ReservationNotFound:
        return _html(payments_pages.not_found(), 404)
    if not _payable(reservation):
        return _html(payments_pages.link_closed(reservation))
    return _html(payments_pages.demo_checkout(reservation, request.path))


@ROUTES.post("/demo/checkout/{code}")
async def checkout_submit(request: web.Request) -> web.Response:
    pool = request.app[DB]
    try:
        reservation = await holds.get_reservation(pool, request.match_info["code"])
    except ReservationNotFound:
        return _html(payments_pages.not_found(), 404)
    if not _payable(reservation):
        # Like a real preference, the link expires with the hold.
        return _html(payments_pages.link_closed(reservation))
    form = await request.post()
    status = "approved" if form.get("action") == "pay" else "rejected"
    row = await pool.fetchrow(
        Q["insert_demo_payment"], reservation.code, status, _DETAIL[status],
        reservation.deposit_cents, "ARS",
    )  # fmt: skip
    delivered = await deliver_notification(request.app, str(row["id"]), "payment.created")
    reservation = await holds.get_reservation(pool, reservation.code)
    page = payments_pages.demo_result(reservation, status == "approved", delivered, request.path)
    return _html(page)


def _payable(reservation: Any) -> bool:
    return reservation.status == Status.PRE_RESERVED and (
        reservation.expires_at is None or reservation.expires_at > dt.datetime.now(dt.UTC)
    )


async def deliver_notification(app: web.Application, payment_id: str, action: str) -> bool:
    """POST a signed notification to our own public webhook URL, as Mercado Pago does."""
    settings = app[SETTINGS]
    request_id = str(uuid.uuid4())
    ts = str(int(time.time() * 1000))
    url = (
        f"{settings.public_base_url}{WEBHOOK_PATH}"
        f"?source_news=webhooks&data.id={payment_id}&type=payment"
    )
    body = {
        "id": int(time.time() * 1000),
        "live_mode": False,
        "type": "payment",
        "date_created": mp_timestamp(dt.datetime.now(dt.UTC), settings.tz),
        "user_id": 0,
        "api_version": "v1",
        "action": action,
        "data": {"id": payment_id},
    }
    headers = {
        "x-signature": sign_notification(
            settings.mercadopago_webhook_secret, payment_id, request_id, ts
        ),
        "x-request-id": request_id,
    }
    try:
        async with app[HTTP].post(url, json=body, headers=headers) as response:
            await response.read()
            ok = response.status in (200, 201)
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("demo notification to %s failed: %s", url, exc)
        return False
    if not ok:
        log.warning("demo notification to %s answered %s", url, response.status)
    return ok


# ------------------------------------------------- the local Mercado Pago stand-in


def _payment_json(row: asyncpg.Record, tz: dt.tzinfo) -> dict[str, Any]:
    """A demo payment in the shape of `GET /v1/payments/{id}`."""
    updated = mp_timestamp(row["updated_at"], tz)
    return {
        "id": row["id"],
        "status": row["status"],
        "status_detail": row["status_detail"],
        "transaction_amount": cents_to_pesos(row["amount_cents"]),
        "currency_id": row["currency"],
        "external_reference": row["external_reference"],
        "date_created": mp_timestamp(row["created_at"], tz),
        "date_last_updated": updated,
        "date_approved": updated if row["status"] in ("approved", "refunded") else None,
        "payment_method_id": "account_money",
        "payment_type_id": "account_money",
        "live_mode": False,
    }


@ROUTES.get(DEMO_API_PATH + "/v1/payments/search")
async def mp_search(request: web.Request) -> web.Response:
    tz = request.app[SETTINGS].tz
    rows = await request.app[DB].fetch(
        Q["demo_payments_for"], request.query.get("external_reference", "")
    )
    results = [_payment_json(row, tz) for row in rows]
    return web.json_response(
        {"paging": {"total": len(results), "limit": 30, "offset": 0}, "results": results}
    )


def _payment_id(request: web.Request) -> int:
    try:
        return int(request.match_info["id"])
    except ValueError:
        raise web.HTTPNotFound() from None


@ROUTES.get(DEMO_API_PATH + "/v1/payments/{id}")
async def mp_payment(request: web.Request) -> web.Response:
    row = await request.app[DB].fetchrow(Q["demo_payment"], _payment_id(request))
    if row is None:
        return web.json_response(
            {"message": "Payment not found", "error": "not_found", "status": 404}, status=404
        )
    return web.json_response(_payment_json(row, request.app[SETTINGS].tz))


@ROUTES.post(DEMO_API_PATH + "/v1/payments/{id}/refunds")
async def mp_refund(request: web.Request) -> web.Response:
    row = await request.app[DB].fetchrow(Q["refund_demo_payment"], _payment_id(request))
    if row is None:
        return web.json_response(
            {"message": "Payment cannot be refunded", "error": "bad_request", "status": 400},
            status=400,
        )
    # Mercado Pago tells us about the refund with a notification of its own, later.
    await request.app[SCHEDULER].spawn(
        deliver_notification(request.app, str(row["id"]), "payment.updated")
    )
    return web.json_response(
        {
            "id": int(time.time() * 1000),
            "payment_id": row["id"],
            "amount": cents_to_pesos(row["amount_cents"]),
            "status": "approved",
        },
        status=201,
    )
