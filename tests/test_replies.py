"""The bot's Spanish: formats, WhatsApp limits and Argentine voseo."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from booking.models import Cabin, Channel, Quote, Reservation, Status, Stay
from booking.pricing import quote_stay
from bot import replies as R
from tests.conversation_support import check_reply, text_of

SOURCE = (Path(__file__).resolve().parent.parent / "bot" / "replies.py").read_text()


def cabin(name: str = "Cabaña Lago Lácar", slug: str = "lago-lacar", capacity: int = 4) -> Cabin:
    return Cabin(
        id=7, slug=slug, name=name, capacity=capacity, base_price_cents=95_000_00,
        weekend_price_cents=115_000_00, min_nights=2, check_in_time=dt.time(14),
        check_out_time=dt.time(10), description="Dos dormitorios.", address="Costanera 1450",
        maps_url="https://maps.google.com/?q=1,2", amenities=("wifi", "parrilla"),
        house_rules={"pets": "Aceptamos mascotas.", "wifi": "Hay wifi."}, active=True,
    )  # fmt: skip


def reservation(status: Status = Status.PRE_RESERVED) -> Reservation:
    return Reservation(
        id=991, code="CAB-7KQ2", accommodation_id=7, cabin_name="Cabaña Lago Lácar",
        check_in=dt.date(2026, 12, 14), check_out=dt.date(2026, 12, 17), status=status,
        channel=Channel.WHATSAPP, guest_name="Lucía", guest_phone="5492944111111", guests=2,
        total_cents=285_000_00, deposit_cents=85_500_00,
        expires_at=dt.datetime(2026, 12, 1, 17, 30, tzinfo=dt.UTC),
        created_at=dt.datetime(2026, 12, 1, 17, 0, tzinfo=dt.UTC),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "$ 0"), (45_000_00, "$ 45.000"), (1_234_567_00, "$ 1.234.567"), (99_950, "$ 999,50")],
)
def test_money(cents, text):
    assert R.money(cents) == text


def test_dates_are_short_spanish_weekdays():
    assert R.day(dt.date(2026, 12, 14)) == "lun 14/12"
    assert R.day(dt.date(2026, 12, 19)) == "sáb 19/12"
    assert R.span(dt.date(2026, 12, 14), dt.date(2026, 12, 17)) == "del lun 14/12 al jue 17/12"
    assert R.nights(1) == "1 noche" and R.people(1) == "1 persona"


def test_cabin_list_keeps_within_whatsapp_limits():
    stay = Stay(dt.date(2026, 10, 5), dt.date(2026, 10, 9))
    quotes = [
        quote_stay(cabin(f"Cabaña Extraordinariamente Larga {i}", f"c{i}"), stay, 30)
        for i in range(14)
    ]
    message = R.cabin_list(quotes, 4)
    check_reply(message)
    assert len(message.rows) == 10
    assert message.rows[0].title == "Cabaña Extraordinariame…"
    assert message.rows[0].description == "4 noches · $ 380.000 · hasta 4"
    assert message.rows[0].id == "pick:c0:20261005:20261009"


def test_alternatives_show_their_own_dates():
    stay = Stay(dt.date(2026, 10, 6), dt.date(2026, 10, 9))
    message = R.alternatives([quote_stay(cabin(), stay, 30)])
    check_reply(message)
    assert message.rows[0].description == "mar 06/10 al vie 09/10 · $ 285.000"


def test_summary_has_three_short_buttons_and_everything_the_guest_needs():
    quote: Quote = quote_stay(cabin(), Stay(dt.date(2026, 10, 5), dt.date(2026, 10, 8)), 30)
    message = R.summary(quote, 3, 30, 30)
    check_reply(message)
    assert [b.title for b in message.buttons] == ["Confirmar", "Cambiar fechas", "Cancelar"]
    for expected in ("Cabaña Lago Lácar", "lun 05/10", "jue 08/10", "3 noches", "3 personas",
                     "$ 285.000", "$ 85.500", "30 minutos"):  # fmt: skip
        assert expected in message.body


def test_hold_messages_label_a_demo_link_and_say_when_no_link_yet():
    res = reservation()
    demo = R.hold_placed(res, "http://x/demo/checkout/CAB-7KQ2", demo=True,
                         until=dt.time(14, 30), minutes=30)  # fmt: skip
    assert "prueba" in text_of(demo) and "CAB-7KQ2" in text_of(demo) and "14:30" in text_of(demo)
    real = R.hold_placed(res, "https://mp/x", demo=False, until=dt.time(14, 30), minutes=30)
    assert "prueba" not in text_of(real)
    later = R.hold_placed(res, None, demo=False, until=dt.time(14, 30), minutes=30)
    assert "en un ratito" in text_of(later)


def test_every_reply_builder_passes_the_guest_checks():
    res, c = reservation(), cabin()
    confirmed = dataclasses.replace(reservation(Status.CONFIRMED), code="CAB-9PXZ")
    built = [
        *R.greeting("Lucía Fernández"), *R.greeting(None), R.menu(), *R.help_text(),
        *R.not_understood(1), *R.not_understood(2), R.media("audio"), R.media("image"),
        R.ask_dates(), R.ask_dates(guests=4, month=1), R.ask_dates(nights_wanted=5),
        R.ask_departure(dt.date(2026, 1, 5)),
        R.ask_guests(dt.date(2026, 1, 5), dt.date(2026, 1, 8)),
        R.invalid_stay("past", max_nights=30), R.invalid_stay("too_long", max_nights=30),
        R.invalid_stay("min_nights", max_nights=30, min_nights=3),
        R.invalid_stay("bad_range", max_nights=30), R.too_many_guests(6), R.nothing_free(),
        *R.hold_placed(res, "https://mp/x", demo=False, until=dt.time(9), minutes=30),
        R.payment_pending(res, "https://mp/x", demo=False, until=dt.time(9)),
        R.already_confirmed(confirmed), *R.hold_gone(res),
        R.hold_reminder(res, "https://mp/x", demo=True, minutes_left=10), R.hold_expired(res),
        R.payment_confirmed(confirmed, c), R.payment_confirmed(confirmed, None),
        R.payment_failed(res, None, demo=False), R.link_ready(res, "https://mp/x", demo=False),
        *R.no_reservations(), R.cancel_list([res, confirmed]), R.ask_cancel(res),
        R.ask_cancel(confirmed), R.cancelled(res), R.kept(res), R.kept(None), R.cannot_cancel(),
        R.info("pets", [c], None), R.info("checkin", [c], c), R.info("amenities", [c], None),
        R.info("location", [c], None), R.info(None, [c], None), R.price_ranges([c]),
        R.location_thanks(c), R.handoff_started("Lucía", 120), R.welcome_back(None),
        R.thanks("Lucía"), R.oops(), R.stale_option(), *R.flow_dropped(),
        R.thanks("Lucía", farewell=True), R.ask_dates(again=True),
        R.ask_dates(month=3, again=True), R.ask_dates(nights_wanted=1, again=True),
        R.choose_prompt(1), R.choose_prompt(3), R.cabin_not_listed(c, 6),
        R.cabin_not_listed(c, 2), R.cheapest_listed(quote_stay(c, Stay(dt.date(2026, 10, 5),
        dt.date(2026, 10, 8)), 30)), R.payment_not_seen_yet(res, "https://mp/x", demo=True),
        R.payment_not_seen_yet(res, None, demo=False), *R.hold_gone(res, says_paid=True),
        *R.no_reservations("CAB-7KQ2"), R.code_not_found("CAB-ZZZZ", 1),
        R.code_not_found("CAB-ZZZZ", 2), R.cancel_list([res], again=True),
        R.ask_cancel(confirmed, again=True), R.cancelled(confirmed, paid=True),
        R.cancel_refund_note(res), R.cancel_refund_note(confirmed), R.nothing_cancelled(),
        R.confirmed_status(confirmed), *R.paid_but_nothing_pending(), R.emoji_ack(),
        R.link_trouble(), R.minimum_stay([c]), R.amenity("pileta", [], [c]),
        R.amenity("parrilla", [(c, "parrilla")], [c], only=c),
        R.payment_terms(30, 30, asked="efectivo"), R.payment_terms(30, 30, asked="resto"),
        R.listed_totals([quote_stay(c, Stay(dt.date(2026, 10, 5), dt.date(2026, 10, 8)), 30)]),
    ]  # fmt: skip
    for message in built:
        check_reply(message)


# Spanish from Spain or neutral Latin American (tú) instead of Argentine voseo.
TU_FORMS = re.compile(
    r"\b(puedes|quieres|tienes|eres|dime|cuéntame|envíame|mándame|avísame|escríbeme|"
    r"haz|prefieres|necesitas|vosotros|usted)\b",
    re.IGNORECASE,
)


def test_replies_speak_argentine_voseo():
    strings = re.findall(r'"([^"\n]*)"', SOURCE)
    spanish = " ".join(strings)
    assert not TU_FORMS.search(spanish), TU_FORMS.search(spanish)
    for vos in ("querés", "podés", "tenés", "escribí", "elegí", "pagá", "tocá", "decime"):
        assert vos in SOURCE.lower(), vos


def test_voseo_spot_checks_in_built_messages():
    assert "querés" in R.ask_dates().body
    assert "Podés" in text_of(R.help_text()) or "podés" in text_of(R.help_text())
    assert "Tenés" in text_of(R.hold_placed(reservation(), "https://x", demo=False,
                                            until=dt.time(9), minutes=30))  # fmt: skip


def test_first_name_is_used_and_odd_names_are_safe():
    assert R.greeting("Lucía Fernández")[0].body.startswith("¡Hola, Lucía!")
    assert R.greeting("   ")[0].body.startswith("¡Hola!")
    assert R.greeting(None)[0].body.startswith("¡Hola!")


def test_asking_again_is_shorter_and_not_the_first_question():
    for first, again in (
        (R.ask_dates(guests=2), R.ask_dates(guests=2, again=True)),
        (R.ask_dates(month=3), R.ask_dates(month=3, again=True)),
        (R.ask_dates(nights_wanted=3), R.ask_dates(nights_wanted=3, again=True)),
    ):
        assert again.body != first.body and "Genial" not in again.body
    assert "marzo" in R.ask_dates(month=3, again=True).body
    assert "3 noches" in R.ask_dates(nights_wanted=3, again=True).body
