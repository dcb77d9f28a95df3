"""POST /api/v1/webhooks/mercadopago: signatures, every status, exactly once, out of order."""

from __future__ import annotations

import asyncio

from prometheus_client import REGISTRY

from app import create_app
from booking import jobs
from booking.notify import Notifier
from embedded import free_port
from tests import payments_helpers
from tests.conftest import make_settings
from tests.payments_helpers import OTHER_GUEST, WEBHOOK, Env, hold, signed_post

env = payments_helpers.env  # shared fixtures
fake_mp = payments_helpers.fake_mp


def signature_failures() -> float:
    value = REGISTRY.get_sample_value(
        "webhook_signature_failures_total", {"provider": "mercadopago"}
    )
    return value or 0.0


async def stored(env: Env) -> tuple[int, int]:
    events = await env.db.fetchval("SELECT count(*) FROM inbound_events")
    payments = await env.db.fetchval("SELECT count(*) FROM payments")
    return events, payments


async def confirmations(env: Env, code: str) -> int:
    return await env.db.fetchval(
        """SELECT count(*) FROM reservation_events e JOIN reservations r ON r.id = e.reservation_id
           WHERE r.code = $1 AND e.to_status = 'confirmed'""",
        code,
    )


async def expire(env: Env, code: str) -> None:
    await env.db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await jobs.expire_holds(env.db, Notifier())
    assert await env.status(code) == "expired"


# ------------------------------------------------------------------ signatures


async def test_good_signature_is_recorded_and_applied(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    response = await env.notify(pid)
    assert response.status == 200
    event = await env.db.fetchrow("SELECT provider, kind, sender, state FROM inbound_events")
    assert dict(event) == {
        "provider": "mercadopago",
        "kind": "payment",
        "sender": pid,
        "state": "done",
    }
    assert env.fake.calls("GET", f"/v1/payments/{pid}")


async def test_bad_signature_is_refused_and_nothing_stored(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    before = signature_failures()
    response = await env.notify(pid, secret="not-the-secret")
    assert response.status == 401
    assert (await response.json())["error"] == "invalid_signature"
    assert signature_failures() == before + 1
    assert await stored(env) == (0, 0)
    assert await env.status(reservation.code) == "pre_reserved"


async def test_missing_signature_is_refused(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    before = signature_failures()
    response = await env.notify(pid, signature="")
    assert response.status == 401
    assert signature_failures() == before + 1
    assert await stored(env) == (0, 0)
    malformed = await env.notify(pid, signature="ts=123")  # no v1
    assert malformed.status == 401
    assert signature_failures() == before + 2


async def test_valid_signature_replayed_with_another_data_id_is_refused(env: Env):
    reservation = await env.hold()
    cheap = env.pay(reservation, "rejected")
    approved = env.pay(reservation)
    before = signature_failures()
    # A genuine signature for the rejected payment, the query pointing at the approved one.
    response = await env.notify(approved, sign_id=cheap, request_id="req-1")
    assert response.status == 401
    assert signature_failures() == before + 1
    assert await stored(env) == (0, 0)
    assert await env.status(reservation.code) == "pre_reserved"


async def test_signature_over_the_query_id_not_the_body(env: Env):
    """The body's data.id is not signed, so it is never used."""
    reservation = await env.hold()
    pid = env.pay(reservation)
    response = await env.client.post(
        "/api/v1/webhooks/mercadopago?type=payment",  # no data.id in the query
        json={"type": "payment", "data": {"id": pid}},
        headers={"x-signature": "ts=1,v1=00", "x-request-id": "r"},
    )
    assert response.status == 401
    assert await stored(env) == (0, 0)


async def test_unknown_types_are_answered_and_ignored(env: Env):
    response = await env.notify("987654", kind="merchant_order")
    assert response.status == 200
    assert (await response.json())["status"] == "ignored"
    assert await stored(env) == (0, 0)


async def test_legacy_ipn_is_answered_200_and_never_acted_on(env: Env):
    """IPN (`?topic=…&id=…`) carries an x-signature our secret cannot verify: 200, ignored."""
    reservation = await env.hold()
    pid = env.pay(reservation)
    before = signature_failures()
    ipns = [
        (f"topic=payment&id={pid}", {"resource": pid, "topic": "payment"}),
        (
            "topic=merchant_order&id=8814513957",
            {
                "resource": "https://api.mercadolibre.com/merchant_orders/8814513957",
                "topic": "merchant_order",
            },
        ),
    ]
    for query, body in ipns:
        response = await env.client.post(
            f"{WEBHOOK}?{query}",
            json=body,
            headers={"x-signature": "ts=1704908010,v1=" + "ab" * 32, "x-request-id": "r-1"},
        )
        assert response.status == 200
        assert (await response.json())["status"] == "ignored"
    assert signature_failures() == before  # not a wrong secret: no webhook_failing alert
    assert await stored(env) == (0, 0)
    assert env.fake.calls("GET", "/v1/payments") == []  # unsigned: nothing fetched
    assert await env.status(reservation.code) == "pre_reserved"
    # The signed Webhook for the same payment is what confirms it.
    assert (await env.notify(pid)).status == 200
    assert await env.status(reservation.code) == "confirmed"


async def test_unknown_payment_id_is_retried_a_few_times_then_parked(env: Env):
    response = await env.notify("123456")  # the dashboard's "simulate" id
    assert response.status == 200
    event = await env.db.fetchrow("SELECT state, attempts, last_error FROM inbound_events")
    assert (event["state"], event["attempts"]) == ("pending", 1)
    assert "not found" in event["last_error"]
    # It may be a brand-new payment that 404s for a moment: tried again, then parked.
    env.fake.add_payment("CAB-ZZZZ", "approved", 10.0, payment_id="777")
    await env.notify("777")
    for _ in range(3):
        await env.db.execute("UPDATE inbound_events SET next_attempt_at = now()")
        await env.gateway.process_due_events()
    states = await env.db.fetch("SELECT sender, state FROM inbound_events ORDER BY id")
    assert [(r["sender"], r["state"]) for r in states] == [("123456", "parked"), ("777", "done")]
    assert len(env.fake.calls("GET", "/v1/payments/123456")) == 4
    # A payment for no reservation of ours is recorded as such and acted on never.
    assert (await env.payment_row("777"))["outcome"] == "unmatched"
    assert env.notices.events == []


# ---------------------------------------------------------------- statuses


async def test_approved_confirms_once_with_one_notice(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    assert (await env.notify(pid, action="payment.created")).status == 200
    assert await env.status(reservation.code) == "confirmed"
    [confirmed] = env.notices.of("payment_confirmed")
    assert confirmed["reservation"].code == reservation.code
    assert confirmed["reservation"].status == "confirmed"
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"], row["amount_cents"], row["currency"]) == (
        "approved",
        "confirmed",
        reservation.deposit_cents,
        "ARS",
    )
    assert row["reservation_id"] == reservation.id
    # Mercado Pago sends payment.updated too, and retries: nothing more happens.
    for _ in range(3):
        assert (await env.notify(pid)).status == 200
    assert len(env.notices.of("payment_confirmed")) == 1
    assert await confirmations(env, reservation.code) == 1
    assert env.notices.of("owner_notice") == []


async def test_same_payment_notified_five_times_at_once_has_one_effect(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    responses = await asyncio.gather(*(env.notify(pid) for _ in range(5)))
    assert [r.status for r in responses] == [200] * 5
    assert await env.db.fetchval("SELECT count(*) FROM payments") == 1
    assert await confirmations(env, reservation.code) == 1
    assert len(env.notices.of("payment_confirmed")) == 1
    assert env.notices.of("owner_notice") == []
    # The owner hears of the new booking once, with the payment and its amount.
    [told] = env.notices.of("booking_confirmed")
    assert (told["payment_id"], told["amount_cents"]) == (pid, reservation.deposit_cents)
    assert await env.status(reservation.code) == "confirmed"


async def test_pending_then_approved_confirms(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation, "pending")
    assert (await env.notify(pid, action="payment.created")).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("pending", "noted")
    assert await env.status(reservation.code) == "pre_reserved"
    assert env.notices.events == []

    env.fake.set_status(pid, "approved")
    assert (await env.notify(pid)).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("approved", "confirmed")
    assert await env.status(reservation.code) == "confirmed"
    assert len(env.notices.of("payment_confirmed")) == 1


async def test_approved_then_a_stale_pending_stays_confirmed(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    assert (await env.notify(pid)).status == 200
    # An old "pending" state shows up late (out-of-order delivery).
    env.fake.set_status(pid, "pending")
    assert (await env.notify(pid)).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("approved", "confirmed")
    assert await env.status(reservation.code) == "confirmed"
    assert len(env.notices.of("payment_confirmed")) == 1
    assert env.notices.of("payment_failed") == []


async def test_in_process_is_noted(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation, "in_process")
    assert (await env.notify(pid)).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("in_process", "noted")
    assert await env.status(reservation.code) == "pre_reserved"
    assert env.notices.events == []


async def test_rejected_tells_the_guest_with_the_link_once(env: Env):
    reservation = await env.hold()
    url = await env.gateway.link_for(reservation)
    pid = env.pay(reservation, "rejected")
    for _ in range(3):
        assert (await env.notify(pid)).status == 200
    [failed] = env.notices.of("payment_failed")
    assert failed["url"] == url
    assert failed["reservation"].code == reservation.code
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("rejected", "failed")
    assert await env.status(reservation.code) == "pre_reserved"

    # A second attempt with another card is approved: the stay is confirmed.
    second = env.pay(reservation)
    assert (await env.notify(second)).status == 200
    assert await env.status(reservation.code) == "confirmed"
    assert len(env.notices.of("payment_confirmed")) == 1


async def test_cancelled_after_the_hold_expired_offers_no_link(env: Env):
    reservation = await env.hold()
    await env.gateway.link_for(reservation)
    pid = env.pay(reservation, "cancelled")
    await expire(env, reservation.code)
    assert (await env.notify(pid)).status == 200
    [failed] = env.notices.of("payment_failed")
    assert failed["url"] is None
    assert (await env.payment_row(pid))["outcome"] == "failed"


async def test_rejected_after_the_stay_was_confirmed_says_nothing(env: Env):
    reservation = await env.hold()
    assert (await env.notify(env.pay(reservation))).status == 200
    late_reject = env.pay(reservation, "rejected")
    assert (await env.notify(late_reject)).status == 200
    assert env.notices.of("payment_failed") == []
    assert await env.status(reservation.code) == "confirmed"


async def test_refunded_and_charged_back_are_recorded_and_the_owner_told(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    assert (await env.notify(pid)).status == 200
    env.fake.set_status(pid, "refunded")
    for _ in range(2):
        assert (await env.notify(pid)).status == 200
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("refunded", "refunded")
    [notice] = env.notices.of("owner_notice")
    assert pid in notice["text"] and "devuelto" in notice["text"]
    assert notice["reservation"].code == reservation.code

    other = await env.hold(days_ahead=60)
    chargeback = env.pay(other)
    assert (await env.notify(chargeback)).status == 200
    env.fake.set_status(chargeback, "charged_back")
    assert (await env.notify(chargeback)).status == 200
    assert (await env.payment_row(chargeback))["status"] == "charged_back"
    assert "contracargo" in env.notices.of("owner_notice")[-1]["text"]
    # The stay is still booked without its deposit: the owner decides, and is told how.
    assert "sigue confirmada" in env.notices.of("owner_notice")[-1]["text"]
    assert f"/api/v1/reservations/{other.code}/cancel" in env.notices.of("owner_notice")[-1]["text"]
    assert len(env.notices.of("owner_notice")) == 2
    # A stale "approved" after the refund does not move the payment back.
    env.fake.set_status(pid, "approved")
    assert (await env.notify(pid)).status == 200
    assert (await env.payment_row(pid))["status"] == "refunded"


async def test_amount_below_the_deposit_is_flagged_not_confirmed(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation, amount=reservation.deposit_cents / 100 - 1)
    for _ in range(2):
        assert (await env.notify(pid)).status == 200
    assert await env.status(reservation.code) == "pre_reserved"
    row = await env.payment_row(pid)
    assert (row["status"], row["outcome"]) == ("approved", "flagged")
    [notice] = env.notices.of("owner_notice")
    assert pid in notice["text"] and reservation.code in notice["text"]
    # What happens to the stay and what the owner does about it.
    assert "se libera sola" in notice["text"] and "Escribile" in notice["text"]
    assert env.notices.of("payment_confirmed") == env.notices.of("booking_confirmed") == []


async def test_currency_other_than_ars_is_flagged_not_confirmed(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation, currency="USD")
    assert (await env.notify(pid)).status == 200
    assert await env.status(reservation.code) == "pre_reserved"
    assert (await env.payment_row(pid))["outcome"] == "flagged"
    assert "USD" in env.notices.of("owner_notice")[0]["text"]
    assert env.notices.of("payment_confirmed") == []


async def test_more_than_the_deposit_confirms(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation, amount=reservation.deposit_cents / 100 + 500)
    assert (await env.notify(pid)).status == 200
    assert await env.status(reservation.code) == "confirmed"


async def test_a_second_approved_payment_for_a_confirmed_stay_is_sent_back(env: Env):
    reservation = await env.hold()
    assert (await env.notify(env.pay(reservation))).status == 200
    twice = env.pay(reservation)  # the guest paid again from another tab
    for _ in range(2):
        assert (await env.notify(twice)).status == 200
    assert len(env.notices.of("payment_confirmed")) == 1
    assert (await env.payment_row(twice))["outcome"] == "needs_refund"
    [notice] = env.notices.of("owner_notice")
    assert twice in notice["text"] and "Mercado Pago" in notice["text"]
    # The owner returns it: the stay keeps the first payment, and the notice says so.
    env.fake.set_status(twice, "refunded")
    assert (await env.notify(twice)).status == 200
    refunded = env.notices.of("owner_notice")[-1]["text"]
    assert "devuelto" in refunded and "La reserva no cambió" in refunded


# ------------------------------------------------------------ late payments


async def test_late_payment_with_the_dates_still_free_confirms(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    await expire(env, reservation.code)
    assert (await env.notify(pid)).status == 200
    assert await env.status(reservation.code) == "confirmed"
    [confirmed] = env.notices.of("payment_confirmed")
    assert confirmed["reservation"].status == "confirmed"
    assert (await env.payment_row(pid))["outcome"] == "confirmed"


async def test_late_payment_with_the_dates_taken_needs_a_refund(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    await expire(env, reservation.code)
    rival = await hold(env.db, env.settings, guest=OTHER_GUEST)  # same cabin, same nights
    for _ in range(2):
        assert (await env.notify(pid)).status == 200
    assert await env.status(reservation.code) == "expired"
    assert await env.status(rival.code) == "pre_reserved"
    assert (await env.payment_row(pid))["outcome"] == "needs_refund"
    assert env.notices.of("payment_confirmed") == []
    [notice] = env.notices.of("owner_notice")
    # What to refund: the payment, the amount and where.
    assert pid in notice["text"] and reservation.code in notice["text"]
    assert "Devolvé el pago" in notice["text"] and "Mercado Pago" in notice["text"]
    assert notice["reservation"].code == reservation.code
    # The guest got the bot's notice of it (late_payment_refused): the owner knows that.
    assert "Ya le avisé al huésped" in notice["text"]
    assert len(env.notices.of("late_payment_refused")) == 1


# --------------------------------------------------------- outages


async def test_mercado_pago_down_at_fetch_is_recorded_and_applied_later(env: Env):
    reservation = await env.hold()
    pid = env.pay(reservation)
    env.fake.down = True
    response = await env.notify(pid)
    assert response.status == 200  # durably recorded: Mercado Pago need not retry
    event = await env.db.fetchrow("SELECT state, attempts, last_error FROM inbound_events")
    assert event["state"] == "pending" and event["attempts"] == 1 and event["last_error"]
    assert await env.status(reservation.code) == "pre_reserved"

    env.fake.down = False
    await env.db.execute("UPDATE inbound_events SET next_attempt_at = now()")
    assert await env.gateway.process_due_events() == 1
    assert await env.status(reservation.code) == "confirmed"
    assert await env.db.fetchval("SELECT state FROM inbound_events") == "done"
    assert len(env.notices.of("payment_confirmed")) == 1


async def test_postgres_down_answers_503(aiohttp_client, redis_url, fake_mp):
    fake, base = fake_mp
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    settings = make_settings(
        database_url=nowhere,
        redis_url=redis_url,
        mercadopago_access_token=fake.token,
        mercadopago_api_base=base,
        job_expire_interval_seconds=3600,
    )
    client = await aiohttp_client(create_app(settings))
    fake.add_payment("CAB-XXXX", "approved", 100.0, payment_id="555")
    response = await signed_post(client, "555")
    assert response.status == 503
    assert (await response.json())["error"] == "database_unavailable"
