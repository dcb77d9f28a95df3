"""booking.mercadopago: the signature manifest, money conversion, and error translation."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import aiohttp
import pytest

from booking.mercadopago import (
    MercadoPagoClient,
    MercadoPagoRejected,
    MercadoPagoUnavailable,
    PaymentNotFound,
    cents_to_pesos,
    pesos_to_cents,
    signature_manifest,
    verify_signature,
)
from embedded import free_port
from tests import payments_helpers

fake_mp = payments_helpers.fake_mp  # shared fixture


def v1(secret: str, manifest: str) -> str:
    return hmac.new(secret.encode(), manifest.encode(), hashlib.sha256).hexdigest()


@pytest.mark.parametrize(
    ("data_id", "request_id", "ts", "manifest"),
    [
        ("123456", "abc-1", "1704908010", "id:123456;request-id:abc-1;ts:1704908010;"),
        # Alphanumeric ids are lowercased (Mercado Pago's rule); others are kept as sent.
        ("ORD01ABC", "r", "1", "id:ord01abc;request-id:r;ts:1;"),
        ("AB-12", "r", "1", "id:AB-12;request-id:r;ts:1;"),
        # An absent part is left out entirely.
        (None, "r", "1", "request-id:r;ts:1;"),
        ("9", None, "1", "id:9;ts:1;"),
        # ts is opaque: milliseconds or seconds, used exactly as sent.
        ("9", "r", "1742505638683", "id:9;request-id:r;ts:1742505638683;"),
    ],
)
def test_signature_manifest(data_id, request_id, ts, manifest):
    assert signature_manifest(data_id, request_id, ts) == manifest


def test_verify_signature():
    manifest = "id:123456;request-id:abc-1;ts:1704908010;"
    good = f"ts=1704908010,v1={v1('s3cret', manifest)}"
    assert verify_signature("s3cret", good, "123456", "abc-1")
    assert verify_signature("s3cret", good.replace(",", ", "), "123456", "abc-1")  # spaces
    assert not verify_signature("other", good, "123456", "abc-1")
    assert not verify_signature("s3cret", good, "123457", "abc-1")  # another data.id
    assert not verify_signature("s3cret", good, "123456", "abc-2")  # another request id
    assert not verify_signature(
        "s3cret", good.replace("1704908010", "1704908011", 1), "123456", "abc-1"
    )
    assert not verify_signature("s3cret", None, "123456", "abc-1")
    assert not verify_signature("s3cret", "", "123456", "abc-1")
    assert not verify_signature("s3cret", "v1=" + v1("s3cret", manifest), "123456", "abc-1")
    assert not verify_signature("s3cret", "garbage", "123456", "abc-1")


@pytest.mark.parametrize(
    ("pesos", "cents"),
    [
        (45000.0, 4_500_000),
        (45000, 4_500_000),
        (0.1 + 0.2, 30),
        (1234.56, 123_456),
        ("99.99", 9_999),
    ],
)
def test_pesos_to_cents(pesos, cents):
    assert pesos_to_cents(pesos) == cents


def test_cents_to_pesos_is_a_float_for_unit_price():
    assert cents_to_pesos(4_500_000) == 45000.0
    assert isinstance(cents_to_pesos(4_500_000), float)
    assert cents_to_pesos(123_456) == 1234.56


@pytest.fixture
async def session() -> Any:
    async with aiohttp.ClientSession() as s:
        yield s


async def test_transient_errors_are_retried(fake_mp, session):
    fake, base = fake_mp
    pid = fake.add_payment("CAB-AAAA", "approved", 100.5)
    client = MercadoPagoClient(session, base, fake.token, attempts=3, backoff_seconds=0.01)
    fake.fail_next, fake.fail_status = 2, 429
    payment = await client.get_payment(pid)
    assert (payment.id, payment.status, payment.amount_cents, payment.currency) == (
        pid,
        "approved",
        10050,
        "ARS",
    )
    assert payment.external_reference == "CAB-AAAA"
    assert payment.date_last_updated is not None
    assert len(fake.calls("GET", f"/v1/payments/{pid}")) == 3


async def test_errors_are_translated(fake_mp, session):
    fake, base = fake_mp
    client = MercadoPagoClient(session, base, fake.token, attempts=2, backoff_seconds=0.01)
    fake.fail_next, fake.fail_status = 5, 500
    with pytest.raises(MercadoPagoUnavailable):
        await client.get_payment("1")
    fake.fail_next = 0
    with pytest.raises(PaymentNotFound):
        await client.get_payment("404404")
    unauthorized = MercadoPagoClient(session, base, "wrong-token", attempts=1)
    with pytest.raises(MercadoPagoRejected) as rejected:
        await unauthorized.search_payments("CAB-AAAA")
    assert rejected.value.status == 401
    nowhere = MercadoPagoClient(session, f"http://127.0.0.1:{free_port()}", "t", attempts=2,
                                backoff_seconds=0.01)  # fmt: skip
    with pytest.raises(MercadoPagoUnavailable):
        await nowhere.create_preference({"items": []}, "CAB-AAAA")


async def test_search_and_refund(fake_mp, session):
    fake, base = fake_mp
    client = MercadoPagoClient(session, base, fake.token)
    first = fake.add_payment("CAB-BBBB", "rejected", 10.0)
    second = fake.add_payment("CAB-BBBB", "approved", 10.0)
    fake.add_payment("CAB-CCCC", "approved", 10.0)
    found = await client.search_payments("CAB-BBBB")
    assert {p.id for p in found} == {first, second}
    refund = await client.refund(second, "refund-key")
    assert refund["status"] == "approved"
    [call] = fake.calls("POST", f"/v1/payments/{second}/refunds")
    assert call.headers["X-Idempotency-Key"] == "refund-key"
    assert (await client.get_payment(second)).status == "refunded"
