"""Mercado Pago's HTTP API, and nothing else: preferences, payments, refunds, signatures.

    MercadoPagoError
    ├── MercadoPagoUnavailable   network error, timeout, 429 or 5xx: worth retrying later
    └── MercadoPagoRejected      any other 4xx: the request itself is wrong (.status, .body)
        └── PaymentNotFound      404 on a payment id

aiohttp's exceptions never leave this module. Amounts cross the boundary as
integer centavos: Mercado Pago speaks pesos as JSON numbers (`45000.0`), which
we convert through `Decimal(str(x))` so 0.1 + 0.2 never costs a centavo.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

# Transient failures are retried this many times in all, waiting BACKOFF * 2**n
# between tries: long enough to ride out a blip, short enough that a webhook is
# still answered well inside Mercado Pago's 22 s limit.
DEFAULT_ATTEMPTS = 3
DEFAULT_BACKOFF_SECONDS = 0.3
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=8, connect=3)


class MercadoPagoError(Exception):
    """Base of every Mercado Pago client error."""


class MercadoPagoUnavailable(MercadoPagoError):
    """Mercado Pago could not be reached or answered 429/5xx; try again later."""


class MercadoPagoRejected(MercadoPagoError):
    """Mercado Pago refused the request (4xx other than 429)."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"Mercado Pago answered {status}: {str(body)[:300]}")
        self.status = status
        self.body = body


class PaymentNotFound(MercadoPagoRejected):
    """No payment with that id (404)."""


@dataclass(frozen=True)
class Preference:
    id: str
    init_point: str


@dataclass(frozen=True)
class Payment:
    """The fields of `GET /v1/payments/{id}` we act on; `raw` keeps the whole answer."""

    id: str
    status: str
    status_detail: str | None
    amount_cents: int
    currency: str
    external_reference: str | None
    date_last_updated: dt.datetime | None
    raw: dict[str, Any] = field(hash=False, compare=False)
    # The refunds so far: a partial refund leaves the payment `approved`
    # (status_detail `partially_refunded`); `refunded` means all of it is back.
    refunded_cents: int = 0

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Payment:
        amount_cents = pesos_to_cents(body.get("transaction_amount") or 0)
        refunded_cents = pesos_to_cents(body.get("transaction_amount_refunded") or 0)
        if body.get("status") == "refunded":
            refunded_cents = max(refunded_cents, amount_cents)  # the total, if the field is absent
        return cls(
            id=str(body["id"]),
            status=str(body.get("status") or "unknown"),
            status_detail=body.get("status_detail"),
            amount_cents=amount_cents,
            currency=str(body.get("currency_id") or ""),
            external_reference=body.get("external_reference") or None,
            date_last_updated=parse_timestamp(body.get("date_last_updated")),
            raw=dict(body),
            refunded_cents=max(0, refunded_cents),
        )


def pesos_to_cents(amount: float | int | str) -> int:
    return int((Decimal(str(amount)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cents_to_pesos(cents: int) -> float:
    """Mercado Pago's `unit_price`: a JSON number in pesos, e.g. 4500000 → 45000.0."""
    return float(Decimal(cents) / 100)


def parse_timestamp(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def mp_timestamp(moment: dt.datetime, tz: dt.tzinfo) -> str:
    """Mercado Pago's date format, with milliseconds and offset: 2026-11-26T12:30:00.000-03:00."""
    return moment.astimezone(tz).isoformat(timespec="milliseconds")


# ------------------------------------------------------------- notifications


def signature_manifest(data_id: str | None, request_id: str | None, ts: str | None) -> str:
    """The string Mercado Pago signs: `id:{data.id};request-id:{x-request-id};ts:{ts};`.

    Per Mercado Pago's docs, `data.id` comes from the query string (never the
    body) and is lowercased when alphanumeric; a part whose value is absent is
    left out entirely; `ts` is used exactly as sent.
    """
    parts = []
    if data_id:
        parts.append(f"id:{data_id.lower() if data_id.isalnum() else data_id};")
    if request_id:
        parts.append(f"request-id:{request_id};")
    if ts:
        parts.append(f"ts:{ts};")
    return "".join(parts)


def sign_notification(secret: str, data_id: str | None, request_id: str | None, ts: str) -> str:
    """The `x-signature` header value Mercado Pago would send (used by the demo checkout)."""
    manifest = signature_manifest(data_id, request_id, ts)
    digest = hmac.new(secret.encode(), manifest.encode(), hashlib.sha256).hexdigest()
    return f"ts={ts},v1={digest}"


def verify_signature(
    secret: str, header: str | None, data_id: str | None, request_id: str | None
) -> bool:
    """Check `x-signature: ts=…,v1=…` in constant time; False when missing or malformed."""
    if not header:
        return False
    fields: dict[str, str] = {}
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if sep:
            fields[key.strip()] = value.strip()
    ts, received = fields.get("ts"), fields.get("v1")
    if not ts or not received:
        return False
    manifest = signature_manifest(data_id, request_id, ts)
    expected = hmac.new(secret.encode(), manifest.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), received.lower().encode())


# -------------------------------------------------------------------- client


class MercadoPagoClient:
    """A thin async client over one shared `aiohttp.ClientSession`."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        access_token: str | None,
        *,
        attempts: int = DEFAULT_ATTEMPTS,
        backoff_seconds: float = DEFAULT_BACKOFF_SECONDS,
    ) -> None:
        self._session = session
        self._base = base_url.rstrip("/")
        self._token = access_token
        self._attempts = max(1, attempts)
        self._backoff = backoff_seconds

    async def create_preference(
        self, body: Mapping[str, Any], idempotency_key: str, *, attempts: int | None = None
    ) -> Preference:
        # The idempotency key makes a retried POST return the same preference
        # instead of creating a second one.
        answer = await self._request(
            "POST",
            "/checkout/preferences",
            json=body,
            headers={"X-Idempotency-Key": idempotency_key},
            attempts=attempts,
        )
        return Preference(id=str(answer["id"]), init_point=str(answer["init_point"]))

    async def get_payment(self, payment_id: str) -> Payment:
        try:
            answer = await self._request("GET", f"/v1/payments/{payment_id}")
        except MercadoPagoRejected as exc:
            if exc.status == 404:
                raise PaymentNotFound(exc.status, exc.body) from None
            raise
        return Payment.from_json(answer)

    async def search_payments(self, external_reference: str) -> list[Payment]:
        answer = await self._request(
            "GET",
            "/v1/payments/search",
            params={
                "external_reference": external_reference,
                "sort": "date_created",
                "criteria": "desc",
            },
        )
        return [Payment.from_json(item) for item in answer.get("results") or []]

    async def refund(
        self, payment_id: str, idempotency_key: str, amount_cents: int | None = None
    ) -> dict[str, Any]:
        """Refund a payment, in full unless `amount_cents` is given."""
        body = {} if amount_cents is None else {"amount": cents_to_pesos(amount_cents)}
        result: dict[str, Any] = await self._request(
            "POST",
            f"/v1/payments/{payment_id}/refunds",
            json=body,
            headers={"X-Idempotency-Key": idempotency_key},
        )
        return result

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        attempts: int | None = None,
    ) -> Any:
        all_headers = {"Accept": "application/json", **(headers or {})}
        if self._token:
            all_headers["Authorization"] = f"Bearer {self._token}"
        tries = attempts or self._attempts
        for attempt in range(tries):
            try:
                return await self._once(method, path, json, params, all_headers)
            except MercadoPagoUnavailable as exc:
                if attempt + 1 >= tries:
                    raise
                log.warning("mercadopago %s %s failed (%s); retrying", method, path, exc)
                await asyncio.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")

    async def _once(
        self,
        method: str,
        path: str,
        json: Any,
        params: Mapping[str, str] | None,
        headers: Mapping[str, str],
    ) -> Any:
        try:
            async with self._session.request(
                method,
                self._base + path,
                json=json,
                params=params,
                headers=headers,
                timeout=REQUEST_TIMEOUT,
            ) as response:
                try:
                    body = await response.json(content_type=None)
                except ValueError:
                    body = None
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise MercadoPagoUnavailable(f"{type(exc).__name__}: {exc}") from None
        if status == 429 or status >= 500:
            raise MercadoPagoUnavailable(f"HTTP {status}")
        if status >= 400:
            raise MercadoPagoRejected(status, body)
        if not isinstance(body, dict):
            raise MercadoPagoUnavailable(f"HTTP {status} without a JSON object")
        return body
