"""Holds, confirmations, cancellations, expiry and reminders on real PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from prometheus_client import REGISTRY

from booking import codes, holds, jobs
from booking.errors import (
    CabinNotFound,
    DatesUnavailable,
    InvalidStay,
    InvalidTransition,
    ReservationNotFound,
)
from booking.holds import (
    active_reservations_for,
    cancel_reservation,
    change_hold_dates,
    change_hold_guests,
    confirm_deposit,
    create_block,
    extend_hold,
    get_reservation,
    place_hold,
)
from booking.models import Channel, Guest, SeasonDraft, Status, Stay
from booking.notices import pesos
from booking.repo import insert_reservation
from booking.reservations import reservation_history
from tests.booking_support import (
    GUEST,
    OVERLAP_QUERY,
    RULES,
    RecordingNotifier,
    make_cabin,
    make_due,
    monday_after,
    stay,
)


def counter(event: str) -> float:
    return REGISTRY.get_sample_value("reservations_total", {"event": event}) or 0.0


async def events(db, code: str) -> list[tuple[str, str | None, str]]:
    _, history = await reservation_history(db, code)
    return [(e.event, e.from_status, e.to_status) for e in history]


# ------------------------------------------------------------------ holds


async def test_place_hold_takes_the_nights_at_the_quoted_price(db):
    cabin = await make_cabin(db, "a", base=100_000_00, weekend=130_000_00)
    held_before = counter("held")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 5, offset=2), GUEST, 3)  # Wed..Mon
    assert re.fullmatch(r"CAB-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}", hold.code)
    assert hold.status == Status.PRE_RESERVED and hold.channel == Channel.WHATSAPP
    assert (hold.guest_name, hold.guest_phone, hold.guests) == ("Lucía", "5492944111111", 3)
    assert hold.cabin_name == cabin.name
    assert hold.total_cents == 3 * 100_000_00 + 2 * 130_000_00
    assert hold.deposit_cents == 168_000_00
    now = dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=29) < hold.expires_at - now <= dt.timedelta(minutes=30)
    assert counter("held") == held_before + 1
    assert await events(db, hold.code) == [("held", None, "pre_reserved")]
    assert await get_reservation(db, hold.code) == hold


async def test_overlapping_hold_is_refused_and_back_to_back_is_fine(db):
    cabin = await make_cabin(db, "a")
    other = await make_cabin(db, "b")
    start = monday_after(30)
    await place_hold(db, RULES, cabin.id, stay(start, 4), GUEST, 2)
    with pytest.raises(DatesUnavailable):
        await place_hold(db, RULES, cabin.id, stay(start, 2, offset=3), GUEST, 2)
    await place_hold(db, RULES, cabin.id, stay(start, 2, offset=4), GUEST, 2)
    await place_hold(db, RULES, other.id, stay(start, 4), GUEST, 2)
    assert await db.fetch(OVERLAP_QUERY) == []


@pytest.mark.parametrize(
    ("check_in", "nights", "guests", "reason"),
    [
        (-1, 2, 2, "past"),
        (10, 31, 2, "too_long"),
        (10, 0, 2, "bad_range"),
        (10, -3, 2, "bad_range"),
        (10, 1, 2, "min_nights"),  # the cabin asks 2
        (10, 2, 5, "capacity"),
        (10, 2, 0, "guests"),
    ],
)
async def test_place_hold_checks_every_rule(db, check_in, nights, guests, reason):
    cabin = await make_cabin(db, "a", capacity=4, min_nights=2)
    start = RULES.today() + dt.timedelta(days=check_in)
    with pytest.raises(InvalidStay) as info:
        await place_hold(db, RULES, cabin.id, stay(start, nights), GUEST, guests)
    assert info.value.reason == reason
    assert await db.fetchval("SELECT count(*) FROM reservations") == 0


async def test_place_hold_season_minimum_and_inactive_and_unknown_cabin(db):
    start = monday_after(30)
    season = SeasonDraft("alta", start, start + dt.timedelta(days=10), 150_000_00, 5)
    cabin = await make_cabin(db, "a", seasons=(season,))
    with pytest.raises(InvalidStay) as info:
        await place_hold(db, RULES, cabin.id, stay(start, 4), GUEST, 2)
    assert info.value.reason == "min_nights" and info.value.min_nights == 5
    hold = await place_hold(db, RULES, cabin.id, stay(start, 5), GUEST, 2)
    assert hold.total_cents == 5 * 150_000_00
    closed = await make_cabin(db, "closed", active=False)
    with pytest.raises(InvalidStay) as info:
        await place_hold(db, RULES, closed.id, stay(start, 2), GUEST, 2)
    assert info.value.reason == "inactive"
    with pytest.raises(CabinNotFound):
        await place_hold(db, RULES, 424242, stay(start, 2), GUEST, 2)


def test_codes_avoid_ambiguous_characters():
    drawn = {codes.new_code() for _ in range(5000)}
    assert len(drawn) > 4900
    assert not any(set(code[4:]) & set("0O1IL") for code in drawn)
    assert codes.normalize_code(" cab 7kq2 ") == "CAB-7KQ2"
    assert codes.normalize_code("7kq2") == "CAB-7KQ2"
    assert codes.looks_like_code("cab-7kq2") and not codes.looks_like_code("CAB-0000")


async def test_a_code_clash_draws_a_new_code(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    first = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    drawn = iter([first.code, first.code, "CAB-FRESH"])
    async with db.acquire() as conn:
        second = await insert_reservation(
            conn,
            cabin_id=cabin.id,
            check_in=start + dt.timedelta(days=5),
            check_out=start + dt.timedelta(days=7),
            status=Status.PRE_RESERVED,
            channel=Channel.WHATSAPP,
            guest_name=None,
            guest_phone="549111",
            guests=1,
            total_cents=1,
            deposit_cents=0,
            ttl_minutes=30,
            notes=None,
            event="held",
            actor="guest",
            reason=None,
            draw_code=lambda length: next(drawn),
        )
    assert second.code == "CAB-FRESH"


async def test_get_reservation_by_typed_code_and_unknown(db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 2), GUEST, 2)
    assert (await get_reservation(db, hold.code.lower().replace("-", " "))).id == hold.id
    with pytest.raises(ReservationNotFound):
        await get_reservation(db, "CAB-ZZZZ")


async def test_owner_block_is_confirmed_without_price_or_expiry(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    block = await create_block(db, RULES, cabin.id, stay(start, 3), "pintura", "admin:owner")
    assert (block.status, block.channel, block.total_cents, block.expires_at) == (
        Status.CONFIRMED,
        Channel.OWNER,
        0,
        None,
    )
    assert block.notes == "pintura"
    with pytest.raises(DatesUnavailable):
        await place_hold(db, RULES, cabin.id, stay(start, 2, offset=2), GUEST, 2)
    with pytest.raises(DatesUnavailable):
        await create_block(db, RULES, cabin.id, stay(start, 1), "again", "admin:owner")
    _, history = await reservation_history(db, block.code)
    assert [(e.event, e.actor, e.reason) for e in history] == [
        ("blocked", "admin:owner", "pintura")
    ]


# ------------------------------------------------------------------ confirmation


async def test_confirm_deposit_confirms_a_live_hold_once(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    confirmed_before = counter("confirmed")
    result = await confirm_deposit(db, hold.code, "pay-1", hold.deposit_cents, notifier)
    assert result.outcome == "confirmed" and not result.replayed
    assert result.reservation.status == Status.CONFIRMED
    assert result.reservation.expires_at is None
    assert [d["reservation"].code for d in notifier.of("payment_confirmed")] == [hold.code]
    payment = await db.fetchrow("SELECT * FROM payments WHERE provider_payment_id = 'pay-1'")
    assert (payment["reservation_id"], payment["outcome"], payment["provider"]) == (
        hold.id,
        "confirmed",
        "mercadopago",
    )
    assert payment["amount_cents"] == hold.deposit_cents

    again = await confirm_deposit(db, hold.code, "pay-1", hold.deposit_cents, notifier)
    assert (again.outcome, again.replayed) == ("already_confirmed", True)
    assert len(notifier.calls) == 1
    assert counter("confirmed") == confirmed_before + 1
    assert await events(db, hold.code) == [
        ("held", None, "pre_reserved"),
        ("confirmed", "pre_reserved", "confirmed"),
    ]


async def test_confirm_uses_the_payment_row_the_webhook_recorded(db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await db.execute(
        """INSERT INTO payments (provider, provider_payment_id, status, status_detail,
               amount_cents, raw) VALUES ('mercadopago', '123456789', 'approved', 'accredited',
               $1, '{"id": 123456789}')""",
        hold.deposit_cents,
    )
    result = await confirm_deposit(db, hold.code, "123456789", hold.deposit_cents)
    assert result.outcome == "confirmed"
    rows = await db.fetch("SELECT * FROM payments")
    assert len(rows) == 1
    assert (rows[0]["reservation_id"], rows[0]["outcome"], rows[0]["status_detail"]) == (
        hold.id,
        "confirmed",
        "accredited",
    )


async def test_late_payment_with_free_dates_retakes_the_stay(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await make_due(db, hold.code)
    assert await jobs.expire_holds(db, notifier) == 1
    result = await confirm_deposit(db, hold.code, "late-1", hold.deposit_cents, notifier)
    assert result.outcome == "retaken"
    assert result.reservation.status == Status.CONFIRMED
    assert [name for name, _ in notifier.calls] == ["hold_expired", "payment_confirmed"]
    assert await events(db, hold.code) == [
        ("held", None, "pre_reserved"),
        ("expired", "pre_reserved", "expired"),
        ("retaken", "expired", "confirmed"),
    ]
    replay = await confirm_deposit(db, hold.code, "late-1", hold.deposit_cents, notifier)
    assert (replay.outcome, replay.replayed) == ("already_confirmed", True)


async def test_late_payment_with_taken_dates_needs_a_refund_and_never_double_books(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 3), GUEST, 2)
    await make_due(db, hold.code)
    await jobs.expire_holds(db, notifier)
    rival = await place_hold(db, RULES, cabin.id, stay(start, 2, offset=2), Guest("B", "5491"), 2)
    refunds_before = counter("needs_refund")

    result = await confirm_deposit(db, hold.code, "late-2", hold.deposit_cents, notifier)
    assert result.outcome == "needs_refund"
    assert result.reservation.status == Status.EXPIRED
    assert (await get_reservation(db, rival.code)).status == Status.PRE_RESERVED
    assert await db.fetch(OVERLAP_QUERY) == []
    payment = await db.fetchrow("SELECT * FROM payments WHERE provider_payment_id = 'late-2'")
    assert (payment["outcome"], payment["reservation_id"]) == ("needs_refund", hold.id)
    [notice] = notifier.of("owner_notice")
    assert hold.code in notice["text"] and "Devolvé el pago" in notice["text"]
    assert notice["reservation"].code == hold.code
    [told] = notifier.of("late_payment_refused")  # the guest, who paid and waits
    assert told["reservation"].code == hold.code
    assert not notifier.of("payment_confirmed")
    assert counter("needs_refund") == refunds_before + 1
    assert (await events(db, hold.code))[-1] == ("payment_refund_needed", "expired", "expired")

    replay = await confirm_deposit(db, hold.code, "late-2", hold.deposit_cents, notifier)
    assert (replay.outcome, replay.replayed) == ("needs_refund", True)
    assert len(notifier.of("owner_notice")) == 1
    assert len(notifier.of("late_payment_refused")) == 1


async def test_payment_for_a_cancelled_hold_is_not_applied(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await cancel_reservation(db, hold.code, "guest changed plans", "guest")
    result = await confirm_deposit(db, hold.code, "p-c", hold.deposit_cents, notifier)
    assert result.outcome == "needs_refund"
    assert (await get_reservation(db, hold.code)).status == Status.CANCELLED
    assert len(notifier.of("owner_notice")) == 1
    assert not notifier.of("late_payment_refused")  # they cancelled: the owner handles it


async def test_a_second_payment_for_a_confirmed_stay_is_flagged_for_refund(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await confirm_deposit(db, hold.code, "first", hold.deposit_cents, notifier)
    refunds_before = counter("needs_refund")
    second = await confirm_deposit(db, hold.code, "second", hold.deposit_cents, notifier)
    assert counter("needs_refund") == refunds_before + 1
    assert (second.outcome, second.replayed) == ("already_confirmed", False)
    outcomes = dict(await db.fetch("SELECT provider_payment_id, outcome FROM payments"))
    assert outcomes == {"first": "confirmed", "second": "needs_refund"}
    assert len(notifier.of("payment_confirmed")) == 1
    [notice] = notifier.of("owner_notice")
    assert "second" in notice["text"]
    replay = await confirm_deposit(db, hold.code, "second", hold.deposit_cents, notifier)
    assert (replay.outcome, replay.replayed) == ("already_confirmed", True)


async def test_a_short_payment_confirms_and_tells_the_owner(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    result = await confirm_deposit(db, hold.code, "short", hold.deposit_cents - 100, notifier)
    assert result.outcome == "confirmed"
    [notice] = notifier.of("owner_notice")
    # The next step: what to collect on arrival (the deposit's shortfall included).
    due = pesos(hold.total_cents - hold.deposit_cents + 100)
    assert f"Al llegar cobrale {due}" in notice["text"]


async def test_confirm_unknown_code(db):
    with pytest.raises(ReservationNotFound):
        await confirm_deposit(db, "CAB-NONE", "x", 100)
    assert await db.fetchval("SELECT count(*) FROM payments") == 0


# ------------------------------------------------------------------ cancel, extend, lookups


async def test_cancel_frees_the_nights_and_is_audited(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 3), GUEST, 2)
    cancelled = await cancel_reservation(db, hold.code, "no puede viajar", "guest")
    assert cancelled.status == Status.CANCELLED
    assert await place_hold(db, RULES, cabin.id, stay(start, 3), GUEST, 2)
    with pytest.raises(InvalidTransition):
        await cancel_reservation(db, hold.code, "again", "guest")
    _, history = await reservation_history(db, hold.code)
    assert [(e.event, e.from_status, e.to_status, e.actor, e.reason) for e in history][-1] == (
        "cancelled",
        "pre_reserved",
        "cancelled",
        "guest",
        "no puede viajar",
    )


async def test_cancelling_a_confirmed_stay_tells_the_owner(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await confirm_deposit(db, hold.code, "p", hold.deposit_cents)
    await cancel_reservation(db, hold.code, "enfermedad", "guest", notifier=notifier)
    [notice] = notifier.of("owner_notice")
    assert "enfermedad" in notice["text"]
    assert "guest" not in notice["text"]  # the audit's actor id is not for the owner


async def test_cancel_expired_is_refused(db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    await make_due(db, hold.code)
    await jobs.expire_holds(db, RecordingNotifier())
    with pytest.raises(InvalidTransition):
        await cancel_reservation(db, hold.code, "late", "guest")


async def test_extend_hold(db):
    cabin = await make_cabin(db, "a")
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    extended = await extend_hold(db, hold.code, 15)
    assert extended.expires_at - hold.expires_at == dt.timedelta(minutes=15)
    await make_due(db, hold.code, minutes_ago=5)  # due but not yet expired by the job
    revived = await extend_hold(db, hold.code, 10)
    remaining = revived.expires_at - dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=9) < remaining <= dt.timedelta(minutes=10)
    assert (await events(db, hold.code))[-1] == ("extended", "pre_reserved", "pre_reserved")
    await confirm_deposit(db, hold.code, "p", hold.deposit_cents)
    with pytest.raises(InvalidTransition):
        await extend_hold(db, hold.code, 10)
    with pytest.raises(ValueError):
        await extend_hold(db, hold.code, 0)


async def test_change_hold_guests(db):
    # Round 24: "al final somos 3" while the deposit is pending; the price stays.
    cabin = await make_cabin(db, "a", capacity=4)
    hold = await place_hold(db, RULES, cabin.id, stay(monday_after(30), 3), GUEST, 2)
    changed = await change_hold_guests(db, hold.code, 3)
    assert changed.guests == 3 and changed.total_cents == hold.total_cents
    assert changed.deposit_cents == hold.deposit_cents and changed.expires_at == hold.expires_at
    assert (await events(db, hold.code))[-1] == ("guests_changed", "pre_reserved", "pre_reserved")
    with pytest.raises(InvalidStay):
        await change_hold_guests(db, hold.code, 5)
    assert (await get_reservation(db, hold.code)).guests == 3
    await confirm_deposit(db, hold.code, "p", hold.deposit_cents)
    with pytest.raises(InvalidTransition):
        await change_hold_guests(db, hold.code, 2)


async def test_change_hold_dates_lengthens_in_place(db):
    # "¿Podemos quedarnos hasta el domingo?" while the deposit is pending: the hold's own
    # nights do not block it; the stay is repriced (Fri and Sat are weekend nights).
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 3), GUEST, 2)  # Mon–Thu
    longer = stay(start, 6)  # Mon–Sun: + Thu, Fri, Sat
    changed = await change_hold_dates(db, hold.code, longer.check_in, longer.check_out, rules=RULES)
    assert (changed.code, changed.check_in, changed.check_out) == (
        hold.code, longer.check_in, longer.check_out,
    )  # fmt: skip
    assert changed.total_cents == 4 * 100_000_00 + 2 * 120_000_00
    assert changed.deposit_cents == changed.total_cents * 30 // 100
    assert changed.expires_at == hold.expires_at and changed.status == Status.PRE_RESERVED
    assert changed.guests == 2
    assert (await events(db, hold.code))[-1] == ("dates_changed", "pre_reserved", "pre_reserved")
    assert await get_reservation(db, hold.code) == changed


async def test_change_hold_dates_moves_and_drops_the_old_link(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    await db.execute(
        "INSERT INTO payment_links (reservation_id, code, state, init_point) "
        "VALUES ($1, $2, 'ready', 'https://mp.example/old')",
        hold.id, hold.code,
    )  # fmt: skip
    moved = stay(start, 2, offset=-1)  # a day earlier: Sun–Tue
    changed = await change_hold_dates(db, hold.code, moved.check_in, moved.check_out, rules=RULES)
    assert (changed.check_in, changed.check_out) == (moved.check_in, moved.check_out)
    assert changed.total_cents == 2 * 100_000_00
    # The old link charged the old stay's deposit: gone, the next link_for makes a new one.
    assert await db.fetchval("SELECT count(*) FROM payment_links WHERE code = $1", hold.code) == 0


async def test_change_hold_dates_onto_taken_nights_changes_nothing(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    other = Guest("Otro", "5491100000000")
    await place_hold(db, RULES, cabin.id, stay(start, 2, offset=3), other, 2)
    before = counter("dates_changed")
    with pytest.raises(DatesUnavailable):
        await change_hold_dates(db, hold.code, start, start + dt.timedelta(days=4), rules=RULES)
    assert await get_reservation(db, hold.code) == hold
    assert (await events(db, hold.code))[-1][0] == "held"
    assert counter("dates_changed") == before
    with pytest.raises(InvalidStay) as caught:
        await change_hold_dates(db, hold.code, start, start, rules=RULES)
    assert caught.value.reason == "bad_range"
    with pytest.raises(InvalidStay) as caught:
        await change_hold_dates(db, hold.code, start, start + dt.timedelta(days=31), rules=RULES)
    assert caught.value.reason == "too_long"
    yesterday = RULES.today() - dt.timedelta(days=1)
    with pytest.raises(InvalidStay):
        await change_hold_dates(db, hold.code, yesterday, start, rules=RULES)
    assert await get_reservation(db, hold.code) == hold


async def test_change_hold_dates_respects_the_cabin_minimum(db):
    cabin = await make_cabin(db, "a", min_nights=2)
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    with pytest.raises(InvalidStay) as caught:
        await change_hold_dates(db, hold.code, start, start + dt.timedelta(days=1), rules=RULES)
    assert caught.value.reason == "min_nights"


async def test_change_hold_dates_only_on_a_pending_hold(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    hold = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    await confirm_deposit(db, hold.code, "p", hold.deposit_cents)
    with pytest.raises(InvalidTransition):
        await change_hold_dates(db, hold.code, start, start + dt.timedelta(days=3), rules=RULES)
    assert (await get_reservation(db, hold.code)).check_out == start + dt.timedelta(days=2)


async def test_active_reservations_for_a_guest(db):
    cabin = await make_cabin(db, "a")
    start = monday_after(30)
    me, other = GUEST, Guest("Otro", "5491100000000")
    held = await place_hold(db, RULES, cabin.id, stay(start, 2, offset=10), me, 2)
    paid = await place_hold(db, RULES, cabin.id, stay(start, 2), me, 2)
    await confirm_deposit(db, paid.code, "p", paid.deposit_cents)
    gone = await place_hold(db, RULES, cabin.id, stay(start, 2, offset=20), me, 2)
    await cancel_reservation(db, gone.code, "x", "guest")
    await place_hold(db, RULES, cabin.id, stay(start, 2, offset=30), other, 2)
    found = await active_reservations_for(db, me.phone)
    assert [(r.code, r.status) for r in found] == [
        (paid.code, Status.CONFIRMED),
        (held.code, Status.PRE_RESERVED),
    ]
    # A stay that has ended is not active any more.
    after_both = start + dt.timedelta(days=12)
    assert await active_reservations_for(db, me.phone, today=after_both) == []


# ------------------------------------------------------------------ jobs (one at a time)


async def test_expiry_job_expires_only_due_holds_and_tells_each_guest(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    start = monday_after(30)
    due = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    live = await place_hold(db, RULES, cabin.id, stay(start, 2, offset=5), GUEST, 2)
    await make_due(db, due.code)
    expired_before = counter("expired")
    assert await jobs.expire_holds(db, notifier) == 1
    assert await jobs.expire_holds(db, notifier) == 0
    assert (await get_reservation(db, due.code)).status == Status.EXPIRED
    assert (await get_reservation(db, live.code)).status == Status.PRE_RESERVED
    assert [d["reservation"].code for d in notifier.of("hold_expired")] == [due.code]
    assert counter("expired") == expired_before + 1
    # The freed nights can be held again.
    assert await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)


async def test_reminder_fires_once_before_expiry(db):
    cabin = await make_cabin(db, "a")
    notifier = RecordingNotifier()
    start = monday_after(30)
    soon = await place_hold(db, RULES, cabin.id, stay(start, 2), GUEST, 2)
    later = await place_hold(db, RULES, cabin.id, stay(start, 2, offset=5), GUEST, 2)
    await db.execute(
        "UPDATE reservations SET expires_at = now() + interval '8 minutes' WHERE code = $1",
        soon.code,
    )
    assert await jobs.remind_holds(db, RULES, notifier) == 1
    assert await jobs.remind_holds(db, RULES, notifier) == 0
    assert [d["reservation"].code for d in notifier.of("hold_reminder")] == [soon.code]
    # Extending gives the guest one new reminder before the new expiry.
    await extend_hold(db, soon.code, 1)
    assert await jobs.remind_holds(db, RULES, notifier) == 1
    no_reminders = dataclasses.replace(RULES, reminder_minutes=0)
    await db.execute("UPDATE reservations SET expires_at = now() + interval '1 minute'")
    assert await jobs.remind_holds(db, no_reminders, notifier) == 0
    assert later.code not in [d["reservation"].code for d in notifier.of("hold_reminder")]


def test_public_api_names():
    # The names other packages code against (CONTRACT §4 / the team brief).
    for name in (
        "place_hold",
        "confirm_deposit",
        "cancel_reservation",
        "active_reservations_for",
        "get_reservation",
        "extend_hold",
        "ConfirmResult",
    ):
        assert hasattr(holds, name)
    assert Stay(dt.date(2027, 1, 1), dt.date(2027, 1, 4)).nights == 3
