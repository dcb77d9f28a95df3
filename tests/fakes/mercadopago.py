"""A local Mercado Pago speaking Checkout Pro's JSON: preferences, payments, search, refunds.

Tests start it with `aiohttp_server(fake.app)` and point MERCADOPAGO_API_BASE
at it. It records every request it gets, answers 503 to everything while
`down` is set, and lets a test create and change payments the way a guest
paying (or a bank reversing) would. It can also deliver a correctly signed
notification to our webhook, like Mercado Pago does.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from booking.mercadopago import sign_notification

ART = dt.timezone(dt.timedelta(hours=-3))


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


@dataclass
class FakeMercadoPago:
    token: str = "TEST-access-token"
    down: bool = False
    fail_next: int = 0  # the next N requests answer `fail_status`, then it recovers
    fail_status: int = 500
    requests: list[Recorded] = field(default_factory=list)
    preferences: dict[str, dict[str, Any]] = field(default_factory=dict)
    payments: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)  # by idempotency key
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1_310_000_001))

    @property
    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_post("/checkout/preferences", self._create_preference)
        app.router.add_get("/v1/payments/search", self._search)
        app.router.add_get("/v1/payments/{id}", self._get_payment)
        app.router.add_post("/v1/payments/{id}/refunds", self._refund)
        return app

    # ----------------------------------------------------------- test controls

    def add_payment(
        self,
        external_reference: str,
        status: str,
        amount: float,
        *,
        currency: str = "ARS",
        payment_id: str | None = None,
        status_detail: str | None = None,
    ) -> str:
        """A payment as Mercado Pago would hold it after a guest's attempt."""
        pid = payment_id or str(next(self._ids))
        now = dt.datetime.now(ART).isoformat(timespec="milliseconds")
        self.payments[pid] = {
            "id": int(pid),
            "status": status,
            "status_detail": status_detail or _detail(status),
            "transaction_amount": amount,
            "transaction_amount_refunded": 0,
            "refunds": [],
            "currency_id": currency,
            "external_reference": external_reference,
            "date_created": now,
            "date_last_updated": now,
            "date_approved": now if status == "approved" else None,
            "payment_method_id": "visa",
            "payment_type_id": "credit_card",
            "live_mode": False,
            "payer": {"email": "guest@example.com"},
        }
        return pid

    def set_status(self, payment_id: str, status: str) -> None:
        payment = self.payments[payment_id]
        payment["status"] = status
        payment["status_detail"] = _detail(status)
        if status == "refunded":
            payment["transaction_amount_refunded"] = payment["transaction_amount"]
        payment["date_last_updated"] = dt.datetime.now(ART).isoformat(timespec="milliseconds")

    def refund_part(self, payment_id: str, amount: float) -> None:
        """A refund of `amount` pesos, as from the seller's Mercado Pago account.

        Like Mercado Pago: the payment stays `approved` (`partially_refunded`)
        until the refunds add up to all of it, then it is `refunded`.
        """
        payment = self.payments[payment_id]
        refunded = round(payment["transaction_amount_refunded"] + amount, 2)
        payment["refunds"].append({"id": next(self._ids), "amount": amount, "status": "approved"})
        payment["transaction_amount_refunded"] = refunded
        if refunded >= payment["transaction_amount"]:
            self.set_status(payment_id, "refunded")
            return
        payment["status_detail"] = "partially_refunded"
        payment["date_last_updated"] = dt.datetime.now(ART).isoformat(timespec="milliseconds")

    def calls(self, method: str, path_prefix: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]

    async def notify(
        self,
        session: aiohttp.ClientSession,
        notification_url: str,
        payment_id: str,
        *,
        secret: str,
        action: str = "payment.updated",
        request_id: str | None = None,
    ) -> aiohttp.ClientResponse:
        """POST a signed `payment` notification the way Mercado Pago does."""
        request_id = request_id or str(uuid.uuid4())
        ts = str(int(dt.datetime.now().timestamp() * 1000))
        separator = "&" if "?" in notification_url else "?"
        url = f"{notification_url}{separator}data.id={payment_id}&type=payment"
        headers = {
            "x-signature": sign_notification(secret, payment_id, request_id, ts),
            "x-request-id": request_id,
        }
        async with session.post(
            url, json=notification_body(payment_id, action), headers=headers
        ) as r:
            await r.read()
            return r

    # --------------------------------------------------------------- handlers

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body = await request.json() if request.can_read_body else None
        self.requests.append(
            Recorded(request.method, request.path, dict(request.query), dict(request.headers), body)
        )
        if self.down:
            return web.json_response({"message": "service unavailable", "status": 503}, status=503)
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.json_response({"message": "try again", "status": self.fail_status},
                                     status=self.fail_status)  # fmt: skip
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"message": "invalid access token", "status": 401}, status=401)
        return await handler(request)

    async def _create_preference(self, request: web.Request) -> web.Response:
        body = await request.json()
        key = request.headers.get("X-Idempotency-Key")
        for pref in self.preferences.values():
            if key and pref["_idempotency_key"] == key:
                return web.json_response(_public(pref), status=201)
        pref_id = f"1234567-{uuid.uuid4()}"
        self.preferences[pref_id] = {
            **body,
            "id": pref_id,
            "init_point": f"https://www.mercadopago.com.ar/checkout/v1/redirect?pref_id={pref_id}",
            "sandbox_init_point": f"https://sandbox.mercadopago.com.ar/checkout/v1/redirect?pref_id={pref_id}",
            "collector_id": 1234567,
            "date_created": dt.datetime.now(ART).isoformat(timespec="milliseconds"),
            "_idempotency_key": key,
        }
        return web.json_response(_public(self.preferences[pref_id]), status=201)

    async def _get_payment(self, request: web.Request) -> web.Response:
        payment = self.payments.get(request.match_info["id"])
        if payment is None:
            return web.json_response(
                {"message": "Payment not found", "error": "not_found", "status": 404, "cause": []},
                status=404,
            )
        return web.json_response(payment)

    async def _search(self, request: web.Request) -> web.Response:
        reference = request.query.get("external_reference")
        results = [p for p in self.payments.values() if p["external_reference"] == reference]
        return web.json_response(
            {"paging": {"total": len(results), "limit": 30, "offset": 0}, "results": results}
        )

    async def _refund(self, request: web.Request) -> web.Response:
        key = request.headers.get("X-Idempotency-Key", "")
        if key in self.refunds:
            return web.json_response(self.refunds[key], status=201)
        payment = self.payments.get(request.match_info["id"])
        if payment is None:
            return web.json_response({"message": "Payment not found", "status": 404}, status=404)
        body = await request.json() if request.body_exists else {}  # (read before: cached)
        # No amount: what is left of the payment (all of it, unless partly refunded).
        left = round(payment["transaction_amount"] - payment["transaction_amount_refunded"], 2)
        amount = (body or {}).get("amount", left)
        refund = {
            "id": next(self._ids),
            "payment_id": payment["id"],
            "amount": amount,
            "status": "approved",
            "date_created": dt.datetime.now(ART).isoformat(timespec="milliseconds"),
        }
        self.refunds[key] = refund
        self.refund_part(str(payment["id"]), amount)
        return web.json_response(refund, status=201)


def notification_body(payment_id: str, action: str = "payment.updated") -> dict[str, Any]:
    return {
        "id": 12345678901,
        "live_mode": False,
        "type": "payment",
        "date_created": dt.datetime.now(ART).isoformat(timespec="seconds"),
        "user_id": 44444,
        "api_version": "v1",
        "action": action,
        "data": {"id": payment_id},
    }


def _public(pref: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in pref.items() if not k.startswith("_")}


def _detail(status: str) -> str:
    return {
        "approved": "accredited",
        "pending": "pending_waiting_payment",
        "in_process": "pending_contingency",
        "rejected": "cc_rejected_insufficient_amount",
        "cancelled": "expired",
        "refunded": "refunded",
        "charged_back": "settled",
    }.get(status, status)
