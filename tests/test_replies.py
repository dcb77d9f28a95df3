"""The bot's Spanish: formats, WhatsApp limits and Argentine voseo."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
from pathlib import Path

import pytest

from booking.models import Cabin, Channel, Quote, Reservation, Season, Status, Stay
from booking.pricing import quote_stay
from bot import replies as R
from bot.messages import Buttons, ListMessage, Outbound, Text
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
        R.thanks("Lucía", farewell=True), R.thanks("Lucía", wished=True), R.review("Lucía"),
        R.ask_dates(again=True),
        R.ask_dates(month=3, again=True), R.ask_dates(nights_wanted=1, again=True),
        R.choose_prompt(1), R.choose_prompt(3), R.cabin_not_listed(c, 6),
        R.cabin_not_listed(c, 2), R.cheapest_listed(quote_stay(c, Stay(dt.date(2026, 10, 5),
        dt.date(2026, 10, 8)), 30)), R.payment_not_seen_yet(res, "https://mp/x", demo=True),
        R.payment_not_seen_yet(res, None, demo=False), *R.hold_gone(res, says_paid=True),
        *R.no_reservations("CAB-7KQ2"), R.code_not_found("CAB-ZZZZ", 1),
        R.code_not_found("CAB-ZZZZ", 2), R.cancel_list([res], again=True),
        R.cancel_list([res, confirmed], every=True),
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


# ------------------------------------------------------------------ copy review table
#
# Every public builder, rendered with realistic data, against the house style:
# Argentine voseo, no English, nothing internal, WhatsApp's limits, short texts.
# "link" (Mercado Pago Argentina's own word, and the guests') and "wifi" (in the
# RAE dictionary) are Spanish here; "menú" with its accent is too.

TUTEO = re.compile(
    # (with the accent where voseo has none: "avisame" is voseo, "avísame" is not)
    r"\b(quieres|puedes|tienes|necesitas|escr[ií]beme|dime|avísame|mira|haz|ven|sabes|"
    r"eres|est[aá]s segur[oa]|cu[eé]ntame|envíame|mándame|pásame|pregúntame|"
    r"llámame|prefieres|elige|vosotros|usted)\b",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(ok|okay|hi|hello|thanks|please|sorry|check-?in|check-?out|online|demo|booking|"
    r"cancel|error|email|mail|ticket|status|pending|hold|button|menu|weekend|free|deposit)\b",
    re.IGNORECASE,
)
INTERNAL = re.compile(r"None|null|\{|\}|_|\bid=|\bid\b|Traceback")
REPEATED = re.compile(r"([!?.,;:])\1|[!?]{2,}|\s[,.;:]")
URL = re.compile(r"https?://\S+")
# Names, not English: the platform a guest booked on ("por Booking.com", session 24).
BRANDS = re.compile(r"\bBooking\.com\b")
LONG_TEXT = 600


def _copy_table() -> list[tuple[str, object]]:
    c, res = cabin(), reservation()
    c2 = dataclasses.replace(
        cabin("Cabaña Chapelco", "chapelco", 6), id=8,
        house_rules={"pets": "No se aceptan mascotas.", "smoking": "No se fuma."},
        seasons=(Season(1, "verano", dt.date(2026, 12, 15), dt.date(2027, 3, 1), 140_000_00, 4),),
    )  # fmt: skip
    bare = dataclasses.replace(c, address="", maps_url="", house_rules={}, amenities=())
    paid = dataclasses.replace(reservation(Status.CONFIRMED), code="CAB-9PXZ")
    d1, d2, d3 = dt.date(2026, 10, 5), dt.date(2026, 10, 8), dt.date(2026, 10, 11)
    q, q2 = (quote_stay(x, Stay(d1, d2), 30) for x in (c, c2))
    url, nine = "https://mp/x?pref_id=1", dt.time(9)
    return [
        ("menu", R.menu()), ("greeting", R.greeting("Lucía Fernández")),
        ("greeting", R.greeting(None)), ("hello", R.hello("Lucía")), ("help_text", R.help_text()),
        ("help_text", R.help_text(menu_too=False)),
        ("thanks", R.thanks("Lucía")), ("thanks", R.thanks(None, farewell=True)),
        ("review", R.review("Lucía")),
        ("deposit_receipt", R.deposit_receipt(paid)),
        ("fine", R.fine()), ("no_hurry", R.no_hurry()),
        ("email_not_needed", R.email_not_needed()), ("not_understood", R.not_understood(1)),
        ("not_understood", R.not_understood(2)), ("emoji_ack", R.emoji_ack()),
        ("waved_back", R.waved_back()),
        ("stale_option", R.stale_option()), ("oops", R.oops()), ("flow_dropped", R.flow_dropped()),
        *[("media", R.media(k, p)) for k in ("audio", "sticker", "contacts", "image", "poll")
          for p in (None, *R.NUDGES)],
        ("stale_summary", R.stale_summary("Cabaña Lago Lácar", d1, d2)),
        ("stale_summary", R.stale_summary(None, None, None)),
        ("stale_list", R.stale_list((d1, d2), (d1, dt.date(2026, 10, 10)))),
        ("ask_dates", R.ask_dates()), ("ask_dates", R.ask_dates(guests=4, month=1)),
        ("ask_dates", R.ask_dates(nights_wanted=1)), ("ask_dates", R.ask_dates(nights_wanted=5)),
        ("ask_dates", R.ask_dates(again=True)), ("ask_dates", R.ask_dates(month=3, again=True)),
        ("ask_dates", R.ask_dates(nights_wanted=2, again=True)),
        ("ask_dates", R.ask_dates(guests=2, month=1, part="late")),
        ("ask_dates", R.ask_dates(month=3, part="early", nights_wanted=3)),
        ("ask_dates", R.ask_dates(month=1, part="mid", again=True)),
        ("ask_departure", R.ask_departure(d1)), ("ask_guests", R.ask_guests(d1, d2)),
        ("ask_arrival", R.ask_arrival(d2)), ("ask_arrival", R.ask_arrival(d2, guests=2)),
        ("ask_guests", R.ask_guests(d1, d2, split_of=8)),
        ("ask_guests", R.ask_guests(d1, d2, cabin=c.name)),
        ("ask_guests", R.ask_guests(d1, d2, window_end=d2 + dt.timedelta(days=7))),
        ("window_list", R.window_list([q, q2], 4, (d1, d2 + dt.timedelta(days=7)))),
        ("window_full", R.window_full((d1, d2), 3, 4, [q, q2])),
        ("window_full", R.window_full((d1, d2), 1, 2, [])),
        *[("invalid_stay", R.invalid_stay(r, max_nights=30, min_nights=m))
          for r in ("past", "too_long", "min_nights", "bad_range") for m in (None, 3)],
        ("too_many_guests", R.too_many_guests(6)), ("guests_doubt", R.guests_doubt()),
        ("year_ahead", R.year_ahead(dt.date(2027, 11, 10))),
        ("no_such_date", R.no_such_date(29, 2, 2027)),
        ("no_such_date", R.no_such_date(31, 4, 2027)),
        ("days_swapped", R.days_swapped(dt.date(2026, 12, 18), dt.date(2027, 1, 15),
                                        dt.date(2027, 1, 15), dt.date(2027, 1, 18))),
        ("stay_too_short", R.stay_too_short(d1, dt.date(2026, 10, 6), 2, dt.date(2026, 10, 7))),
        ("stay_too_short", R.stay_too_short(d1, d2 - dt.timedelta(days=1), 3, d2)),
        ("stay_too_short",
         R.stay_too_short(d1, d1 + dt.timedelta(days=1), 2, d2, tonight=True)),
        ("next_free", R.next_free([q, q2], 2)), ("next_free", R.next_free([q, q2], 2, 10)),
        ("next_free", R.next_free([q, q2], 2, 9)), ("when_free_ask", R.when_free_ask()),
        ("when_free_ask", R.when_free_ask(3)), ("recommendation", R.recommendation(q, [q2], 2)),
        ("recommendation", R.recommendation(q2, [], None)),
        ("min_nights_for_party", R.min_nights_for_party([c2], 5, 3)),
        ("one_cabin_at_a_time", R.one_cabin_at_a_time()),
        ("one_cabin_at_a_time", R.one_cabin_at_a_time(4)),
        ("min_nights_for_party", R.min_nights_for_party([c, c2], 2, 4)),
        ("min_nights_for_party", R.min_nights_for_party([c, c2], 4, 3, (d1, d2), d2)),
        ("min_nights_for_party", R.min_nights_for_party([c2], 5, 3, (d1, d2))),
        ("dates_again", R.dates_again([q, q2], 4)),
        ("cabin_list", R.cabin_list([q, q2], 4)), ("alternatives", R.alternatives([q, q2])),
        ("too_short_and_taken", R.too_short_and_taken(d1, d1 + dt.timedelta(days=2), 3, [q, q2])),
        ("nothing_free", R.nothing_free()), ("choose_prompt", R.choose_prompt(0)),
        ("choose_prompt", R.choose_prompt(1)), ("choose_prompt", R.choose_prompt(3)),
        ("choose_help", R.choose_help(1)), ("choose_help", R.choose_help(3)),
        ("which_listed", R.which_listed(3)),
        ("what_to_change", R.what_to_change()),
        ("cabin_not_listed", R.cabin_not_listed(c, 6)),
        ("cabin_not_listed", R.cabin_not_listed(c, 2)),
        ("cheapest_listed", R.cheapest_listed(q)), ("listed_totals", R.listed_totals([q, q2])),
        ("listed_nightly", R.listed_nightly([q, q2])),
        ("without_cheer", R.without_cheer(R.cabin_list([q, q2], 4))),
        ("no_other_free", R.no_other_free(c.name, 5)),
        ("no_other_free", R.no_other_free(c.name, None, summary=True)),
        ("cheapest_listed", R.cheapest_listed(q, listed=1, guests=6)),
        ("cheapest_listed", R.cheapest_listed(q, listed=1, dearer_weekend=True)),
        ("cheapest_listed", R.cheapest_listed(q, listed=3, dearer_weekend=True)),
        ("cheapest_listed", R.cheapest_listed(q, listed=1, summed_up=True)),
        ("no_longer_free", R.no_longer_free()), ("summary", R.summary(q, 3, 30, 30)),
        ("summary", R.summary(q, 3, 30, 30, party=True)),
        ("cheaper_fits_now", R.cheaper_fits_now(q2, 1)),
        ("still_here", R.still_here()), ("menu", R.menu(R.STILL_HERE_MENU)),
        ("english_only", R.english_only()), ("english_only", R.english_only(understood=True)),
        ("bare_no", R.bare_no()), ("wrong_chat", R.wrong_chat()),
        ("vendor", R.vendor()), ("kids_noted", R.kids_noted(4)),
        ("info_said_already", R.info_said_already()),
        ("budget_note", R.budget_note(300_000, [q, q2])),
        ("budget_note", R.budget_note(1_000, [q, q2])),
        ("budget_note", R.budget_note(10_000_000, [q, q2], per_night=True)),
        ("how_paying_goes", R.how_paying_goes(listed=True, summed_up=False)),
        ("how_paying_goes", R.how_paying_goes(listed=False, summed_up=True)),
        ("how_paying_goes", R.how_paying_goes(listed=False, summed_up=False)),
        ("referred", R.referred()), ("referred", R.referred(pending=True)),
        ("offer_forgotten", R.offer_forgotten(None)), ("offer_forgotten", R.offer_forgotten(2)),
        ("offer_departure", R.offer_departure(d1, 3, guests=2)),
        ("cancel_terms", R.cancel_terms(res)), ("cancel_terms", R.cancel_terms(paid)),
        ("how_to_pay", R.how_to_pay(res, "https://mp.test/x", demo=False)),
        ("how_to_pay", R.how_to_pay(res, None, demo=True)),
        ("balance_on_arrival", R.balance_on_arrival(res)),
        ("other_holds_too", R.other_holds_too([(res, nine)], same_stay=True)),
        ("group_total", R.group_total([res, paid])), ("pet_noted", R.pet_noted(paid)),
        ("leaving_time", R.leaving_time([c])), ("leaving_time", R.leaving_time([c, c2])),
        ("balance_on_arrival",
         R.balance_on_arrival(dataclasses.replace(res, deposit_cents=res.total_cents))),
        ("how_to_pay", R.how_to_pay(res, "https://mp.test/x", demo=False, no_card=True)),
        ("listed_totals", R.listed_totals([q, quote_stay(c, Stay(d2, d3), 30)])),
        ("listed_nightly", R.listed_nightly([q, quote_stay(c, Stay(d2, d3), 30)])),
        ("summary_total", R.summary_total(q, 30, R.summary_key("lago", d1, d2, 2))),
        ("summary_help", R.summary_help(R.summary_key("lago", d1, d2, 2), 30)),
        ("nightly_price", R.nightly_price(q)),
        ("nightly_price", R.nightly_price(quote_stay(c, Stay(d1, dt.date(2026, 10, 12)), 30))),
        ("ask_new_dates", R.ask_new_dates()),
        *[("hold_placed", R.hold_placed(res, u, demo=d, until=nine, minutes=30))
          for u in (None, url) for d in (True, False)],
        ("dates_taken", R.dates_taken()),
        *[("payment_pending", R.payment_pending(res, u, demo=True, until=t))
          for u in (None, url) for t in (None, nine)],
        ("payment_not_seen_yet", R.payment_not_seen_yet(res, url, demo=True)),
        ("payment_not_seen_yet", R.payment_not_seen_yet(res, None, demo=False)),
        ("payment_still_not_seen", R.payment_still_not_seen(res)),
        ("transfer_not_seen", R.transfer_not_seen(res, dt.time(18, 30))),
        ("transfer_not_seen", R.transfer_not_seen(res, None)),
        ("already_confirmed", R.already_confirmed(paid)),
        ("confirmed_status", R.confirmed_status(paid)),
        ("on_the_road", R.on_the_road(paid, c, dt.time(12, 30), early=True)),
        ("on_the_road", R.on_the_road(paid, c, None, early=False)),
        ("on_the_road_another_day", R.on_the_road_another_day(paid)),
        ("on_the_road_staying", R.on_the_road_staying(paid)),
        ("on_the_road_unbooked", R.on_the_road_unbooked()),
        ("lost_on_the_way", R.lost_on_the_way(c)),
        ("departure_as_booked", R.departure_as_booked(paid, c)),
        ("arrived_welcome", R.arrived_welcome(paid, c, "Lucía", early=True)),
        ("arrived_welcome", R.arrived_welcome(paid, c, None, early=False)),
        ("arrived_another_day", R.arrived_another_day(paid)),
        ("local_tips", R.local_tips([c])),
        ("social_pages", R.social_pages([c])),
        ("arrival_day_booked", R.arrival_day_booked(paid, c, None)),
        ("arrival_day_booked", R.arrival_day_booked(paid, c, dt.time(11))),
        ("arrival_day_booked", R.arrival_day_booked(paid, c, dt.time(23))),
        ("arrival_another_day", R.arrival_another_day(paid)),
        ("leaving_noted", R.leaving_noted(paid, c, "Lucía")),
        ("leaving_noted", R.leaving_noted(paid, c, None)),
        ("deposit_and_balance", R.deposit_and_balance(paid)),
        ("deposit_and_balance", R.deposit_and_balance(paid, staying=True)),
        ("confirmed_status", R.confirmed_status(paid, staying=True)),
        ("already_confirmed", R.already_confirmed(paid, booked_for="Marta Gómez")),
        ("confirmed_status", R.confirmed_status(paid, booked_for="Marta Gómez")),
        ("hold_placed", R.hold_placed(res, "https://x.test/p", demo=False, until=nine,
                                      minutes=30, booked_for="Marta Gómez")),
        ("change_needs_a_person", R.change_needs_a_person([paid])),
        ("tell_me_your_question", R.tell_me_your_question()),
        ("change_needs_a_person", R.change_needs_a_person([paid, paid])),
        ("greeting_booked", R.greeting_booked("Lucía", [paid])),
        ("greeting_booked", R.greeting_booked(None, [paid, paid])),
        ("booking_unchanged", R.booking_unchanged([paid])),
        *[("extra_night_free", R.extra_night_free(paid, x, Stay(d1, x.check_out), 65_000_00))
          for x in (Stay(d2, d2 + dt.timedelta(days=1)), Stay(d2, d2 + dt.timedelta(days=2)))],
        ("extra_night_taken", R.extra_night_taken(paid, Stay(d2, d2 + dt.timedelta(days=1)))),
        ("advice_needs_party", R.advice_needs_party()),
        ("rest_of_group", R.rest_of_group(2)), ("rest_of_group", R.rest_of_group(1)),
        ("cabins_compared", R.cabins_compared([(c, q), (c, None)])),
        ("price_compared", R.price_compared(q, q2, dearer=True, free=True, room=None)),
        ("price_compared", R.price_compared(q2, q, dearer=None, free=False, room=None)),
        ("price_compared", R.price_compared(q, q, dearer=False, free=True, room=2)),
        *[("prices_ranked", R.prices_ranked(a, [q, q2], dearer=d, take=t))
          for a in (q, q2) for d in (True, False, None) for t in (True, False)],
        ("prices_ranked", R.prices_ranked(q, [q, q2], dearer=None, nightly=True)),
        ("same_price", R.same_price(q, 2)), ("same_price", R.same_price(q, 3)),
        ("booking_unchanged", R.booking_unchanged([paid, paid])),
        ("paid_but_nothing_pending", R.paid_but_nothing_pending()),
        ("paid_details_noted", R.paid_details_noted(None)),
        ("paid_details_noted", R.paid_details_noted(res)),
        ("hold_gone", R.hold_gone(res)), ("hold_gone", R.hold_gone(res, says_paid=True)),
        ("link_trouble", R.link_trouble()),
        ("link_works", R.link_works(res, url, demo=True)),
        ("link_trouble", R.link_trouble(card=True)),
        *[("time_left", R.time_left(res, t, m, u, demo=True))
          for t, m, u in ((nine, 25, url), (None, None, None), (nine, 1, None))],
        ("hold_price", R.hold_price(res, url, demo=True)),
        ("hold_price", R.hold_price(res, None, demo=False)),
        ("link_works", R.link_works(res, None, demo=False)),
        ("link_works", R.link_works(res, url, demo=False, until=dt.time(18, 30))),
        ("pay_soon_confirm_first", R.pay_soon_confirm_first(30)),
        *[("confirm_when_ready", R.confirm_when_ready(a)) for a in (0, 1)],
        *[("choose_help", R.choose_help(n, again=a)) for n in (1, 3) for a in (1, 2)],
        ("link_passed_on", R.link_passed_on(res, dt.time(10, 45))),
        ("link_passed_on", R.link_passed_on(res, None)),
        ("link_passed_on", R.link_passed_on(res, dt.time(10, 45), url=url, demo=True)),
        ("hold_reminder", R.hold_reminder(res, url, demo=True, minutes_left=10)),
        ("hold_reminder", R.hold_reminder(res, None, demo=False, minutes_left=1)),
        ("hold_expired", R.hold_expired(res)), ("payment_confirmed", R.payment_confirmed(paid, c)),
        ("payment_confirmed", R.payment_confirmed(paid, None)),
        ("payment_confirmed", R.payment_confirmed(paid, c, booked_for="Marta Gómez")),
        ("payment_failed", R.payment_failed(res, None, demo=False)),
        ("payment_failed", R.payment_failed(res, url, demo=True)),
        ("link_ready", R.link_ready(res, url, demo=True)),
        ("link_ready", R.link_ready(res, url, demo=False)),
        ("no_reservations", R.no_reservations()),
        ("no_reservations", R.no_reservations("CAB-7KQ2")),
        ("platform_reservation", R.platform_reservation("Airbnb", cancel=True)),
        ("platform_reservation", R.platform_reservation("Booking.com", cancel=False)),
        ("code_not_found", R.code_not_found("CAB-ZZZZ", 1)),
        ("code_not_found", R.code_not_found("CAB-ZZZZ", 2)),
        ("cancel_list", R.cancel_list([res, paid])),
        ("cancel_list", R.cancel_list([res], again=True)),
        ("cancel_list", R.cancel_list([res, paid], month=3)),
        ("ask_cancel", R.ask_cancel(res)), ("ask_cancel", R.ask_cancel(paid)),
        ("ask_cancel", R.ask_cancel(paid, again=True)), ("nothing_held", R.nothing_held()),
        ("summary_checked", R.summary_checked()), ("code_gone", R.code_gone("CAB-7KQ2")),
        ("already_cancelled", R.already_cancelled(res)), ("hold_lapsed", R.hold_lapsed(res)),
        ("already_held", R.already_held(res)),
        ("hold_stays_while_searching", R.hold_stays_while_searching(res, nine)),
        ("hold_stays_while_searching", R.hold_stays_while_searching(res, None)),
        ("hold_stays_while_searching", R.hold_stays_while_searching(res, nine, second=True)),
        ("hold_party_changed", R.hold_party_changed(res, 4, res.guests + 1)),
        ("hold_party_changed", R.hold_party_changed(res, 4, res.guests)),
        ("hold_party_would_fit", R.hold_party_would_fit(res, 4, 3)),
        ("hold_dates_changed", R.hold_dates_changed(res, nine, url, demo=False)),
        ("hold_dates_changed", R.hold_dates_changed(res, None, url, demo=True)),
        ("hold_dates_changed", R.hold_dates_changed(res, nine, None, demo=False)),
        ("hold_dates_taken", R.hold_dates_taken(res, d1, d2)),
        ("dates_reversed", R.dates_reversed(d2, d1)),
        ("weekday_mismatch", R.weekday_mismatch([(d1, 4)])),
        ("weekday_mismatch", R.weekday_mismatch([(d1, 4), (d2, 6)])),
        ("reservations_not_cancelled", R.reservations_not_cancelled([res])),
        ("reservations_not_cancelled", R.reservations_not_cancelled([res, paid])),
        ("receipt_received", R.receipt_received(res, url, demo=True)),
        ("receipt_received", R.receipt_received(res, None, demo=False)),
        ("receipt_received", R.receipt_received(res, url, demo=True, asked=True)),
        ("nothing_cancelled", R.nothing_cancelled()), ("cancelled", R.cancelled(res)),
        ("cancelled", R.cancelled(paid, paid=True)),
        ("cancel_refund_note", R.cancel_refund_note(res)),
        ("cancel_refund_note", R.cancel_refund_note(paid)), ("kept", R.kept(res)),
        *[(f, getattr(R, f)(res, paid=p)) for f in ("refund_after_cancel", "cancel_regret")
          for p in (True, False)],
        ("kept", R.kept(None)), ("cannot_cancel", R.cannot_cancel()),
        *[("kept_unpaid", R.kept_unpaid(res, u, demo=d, until=t))
          for u, d, t in ((url, True, nine), (url, False, None), (None, False, nine))],
        ("other_holds_too", R.other_holds_too([(res, nine)])),
        ("other_holds_too", R.other_holds_too([(res, nine), (paid, None)])),
        ("change_dates_by_person", R.change_dates_by_person()),
        *[("nudge", R.nudge(k, later=True)) for k in ("confirm", "cancel", "dates")],
        *[("info", R.info(t, [c, c2, bare], one))
          for t in ("pets", "wifi", "parking", "smoking", "checkin", "amenities", "location", None)
          for one in (None, c, bare)],
        ("info", R.info("pets", [], None)),
        ("amenity", R.amenity("pileta", [], [c])),
        ("amenity", R.amenity("pileta", [], [c], only=c)),
        ("amenity", R.amenity("parrilla", [(c, "parrilla")], [c], only=c)),
        ("amenity", R.amenity("parrilla", [(c, "parrilla"), (c2, "parrilla")], [c, c2])),
        ("amenity", R.amenity("parrilla", [(c, "parrilla a leña"), (c2, "parrilla")], [c, c2])),
        ("amenity", R.amenity("parrilla", [(c, "parrilla")], [c, c2])),
        ("amenity", R.amenity("toallas", [(c, "toallas")], [c], only=c, bring=True)),
        ("fuel_not_listed", R.fuel_not_listed("leña", [(c, "hogar a leña")], [c], only=c)),
        ("fuel_not_listed", R.fuel_not_listed("leña", [(c, "hogar a leña")], [c, c2], only=None)),
        ("fuel_not_listed",
         R.fuel_not_listed("leña", [(c, "hogar a leña"), (c2, "estufa a leña")], [c, c2],
                           only=None)),
        ("pets_by_size", R.pets_by_size([c], [False], "big")),
        ("pets_by_size", R.pets_by_size([c], [False], "big", breed="labrador")),
        ("pets_by_size", R.pets_by_size([c], [True], "small", kind="mascotas")),
        ("pets_by_size", R.pets_by_size([c, c2], [None, False], "medium", kind="gatos")),
        ("pets_by_size", R.pets_by_size([bare], [None], "big")),
        ("directions_from", R.directions_from("el aeropuerto", [c])),
        ("directions_from", R.directions_from("la terminal", [c, bare])),
        ("rule_detail", R.rule_detail("wifi", [c], "anda bien")),
        ("rule_detail", R.rule_detail("wifi", [c, c2], "qué velocidad tiene")),
        ("rule_detail", R.rule_detail("parking", [c], "entra una camioneta")),
        ("capacities", R.capacities([c, c2])),
        *[("payment_terms", R.payment_terms(30, 30, asked=a))
          for a in (None, "cuotas", "efectivo", "dólares", "transferencia", "resto", "todo")],
        ("minimum_stay", R.minimum_stay([c])), ("minimum_stay", R.minimum_stay([c, c2])),
        ("cancellation_policy", R.cancellation_policy()), ("photos", R.photos()),
        ("house_rule", R.house_rule("pets", [c, c2])), ("house_rule", R.house_rule("parking", [c])),
        ("house_rules", R.house_rules([c, c2])),
        ("house_rules", R.house_rules([c], noise_asked=True)),
        ("house_rules", R.house_rules([bare])),
        ("prices_in_pesos", R.prices_in_pesos()),
        ("kids", R.kids()), ("cabins_overview", R.cabins_overview([c, c2])),
        ("cabin_detail", R.cabin_detail(c)), ("cabin_detail", R.cabin_detail(bare)),
        ("cabin_detail, no ask", R.cabin_detail(c, ask=False)),
        ("location_thanks", R.location_thanks(c)), ("location_thanks", R.location_thanks(None)),
        ("location_thanks", R.location_thanks(bare)), ("price_ranges", R.price_ranges([c, c2])),
        ("price_ranges", R.price_ranges([c], ask=False)),
        ("prices_for_parties", R.prices_for_parties([(2, c), (6, c2)])),
        *[("nudge", R.nudge(k)) for k in (*R.NUDGES, "otra")],
        ("handoff_started", R.handoff_started("Lucía", 120)),
        ("handoff_started", R.handoff_started(None, 45)),
        ("handoff_started", R.handoff_started("Lucía", 120, problem=True)),
        *[("handoff_started", R.handoff_started("Lucía", 120, problem=True, urgent=kind))
          for kind in R.URGENT_LABELS],
        ("owner_handoff", R.owner_handoff("Lucía", "5492944111111", ("no anda el wifi",), 120,
                                          problem=True)),
        ("owner_handoff", R.owner_handoff(None, "5492944111111", ("hay olor a gas",), 120,
                                          problem=True, urgent="gas")),
        ("welcome_back", R.welcome_back("Lucía")), ("welcome_back", R.welcome_back(None)),
        ("owner_handoff", R.owner_handoff("Lucía", "5492944111111", ("hola", "una persona"), 120)),
        ("owner_handoff", R.owner_handoff(None, "5492944111111", (), 30)),
        ("owner_handoff", R.owner_handoff("Lucía", "5492944111111", ("hola",), 90, [res, paid])),
        ("owner_handoff", R.owner_handoff("Lucía", "5492944111111", ("hola",), 90,
                                          until=dt.time(16, 30))),
        ("owner_gave_back", R.owner_gave_back("Lucía", "5492944111111", was_handed_off=True)),
        ("paid_before_cancelling", R.paid_before_cancelling(res)),
        ("none_listed", R.none_listed(2)), ("none_listed", R.none_listed(None)),
        ("payment_not_through", R.payment_not_through(res, "https://mp.test/x", demo=False,
                                                      until=dt.time(16, 30))),
        ("payment_not_through", R.payment_not_through(res, None, demo=True, until=None)),
        ("paid_before_cancelling", R.paid_before_cancelling(paid)),
        ("owner_gave_back", R.owner_gave_back(None, "5492944111111", was_handed_off=False)),
        ("owner_notice", R.owner_notice("Se canceló una reserva confirmada.", res)),
        ("owner_notice", R.owner_notice("Llegó un pago de más.", None)),
        ("owner_new_booking", R.owner_new_booking(paid, paid.deposit_cents, "9001")),
        ("owner_gave_back", R.owner_gave_back(None, "5492944111112", was_handed_off=False,
                                              live=[("Lucía", "5492944111111")])),
        ("owner_handoffs", R.owner_handoffs([])),
        ("owner_handoffs", R.owner_handoffs([("Lucía", "5492944111111"), (None, "59899111")])),
        ("owner_command_hint", R.owner_command_hint("2944111111")),
        ("owner_help", R.owner_help()),
        ("lapsed_still_free", R.lapsed_still_free(res)), ("lapsed_taken", R.lapsed_taken(res)),
        ("maybe_more_guests", R.maybe_more_guests(2)),
        ("maybe_more_guests", R.maybe_more_guests(4, summary=True)),
        ("babies_count", R.babies_count(3, [c])), ("babies_count", R.babies_count(5, [])),
        ("two_cabins", R.two_cabins(c2, 6, c, 4, free=True)),
        ("two_cabins", R.two_cabins(c2, 6, c, None, free=False)),
        ("two_cabins_too_small", R.two_cabins_too_small(12, 10)),
        ("two_cabins_priced", R.two_cabins_priced(q2, 6, q, 2)),
        ("two_cabins_priced", R.two_cabins_priced(q2, 6, q, None)),
        *[("early_or_late", R.early_or_late([c, c2], late=late, hour=h))
          for late in (False, True) for h in (None, "11:00")],
        *[("early_or_late", R.early_or_late([c], late=late, luggage=True))
          for late in (False, True)],
        *[("on_time", R.on_time([c, c2], "16:00", late=late)) for late in (False, True)],
        ("night_arrival", R.night_arrival([c, c2], "02:00")),
        ("night_arrival, no hour", R.night_arrival([c], None)),
        ("night_arrival_noted", R.night_arrival_noted([c, c2], "23:00")),
        ("night_arrival_noted, no hour", R.night_arrival_noted([c], None)),
        ("go_ahead", R.go_ahead()),
        ("greeted_again", R.greeted_again()),
        ("greeted_again named", R.greeted_again("Marta")),
        ("told_after_answer", R.told_after_answer()),
        ("party_kept", R.party_kept(3)),
        ("kids_counted", R.kids_counted(4)),
        ("still_here_above", R.still_here_above()),
        ("price_per_cabin", R.price_per_cabin()),
        ("price_per_cabin_up_to", R.price_per_cabin_up_to([c])),
        ("price_per_cabin_up_to", R.price_per_cabin_up_to([c, c2])),
        ("price_seasons", R.price_seasons([c, c2], dt.date(2026, 11, 1))),
        ("price_seasons", R.price_seasons([c], dt.date(2026, 11, 1))),
        ("price_by_party", R.price_by_party([c, c2], [2, 4], c)),
        ("price_by_party", R.price_by_party([c, c2], [2], None)),
        ("kids_pay_nothing_apart", R.kids_pay_nothing_apart()),
        ("season_asked", R.season_asked([c, c2], [c, c2], dt.date(2026, 11, 1), (d1, d2))),
        ("season_asked", R.season_asked([c, c2], [], dt.date(2026, 11, 1), None)),
        ("month_in_seasons", R.month_in_seasons([c, c2], 1, dt.date(2026, 11, 1))),
        ("weather_unknown", R.weather_unknown()),
        ("sizes_ranked", R.sizes_ranked([c, c2], big=True, take=True)[0]),
        ("sizes_ranked", R.sizes_ranked([c, c2], big=False)[0]),
        ("beside_what_we_know", R.beside_what_we_know("Cómo son las camas no lo tengo en la info",
                                                      R.capacities([c, c2]))),
        ("month_in_seasons", R.month_in_seasons([c], 3, dt.date(2026, 11, 1), ask_dates=False)),
        ("fee_not_in_our_info", R.fee_not_in_our_info("limpieza")),
        ("fee_not_in_our_info", R.fee_not_in_our_info(None)),
        ("keys_not_in_our_info", R.keys_not_in_our_info([c, c2])),
        ("amenity_detail", R.amenity_detail("pileta", "está climatizada", [], [c, c2])),
        ("amenity_detail", R.amenity_detail("parrilla", "es techada", [c], [c, c2])),
        ("amenity_detail", R.amenity_detail("parrilla", "es techada", [c, c2], [c, c2])),
        ("keys_not_in_our_info", R.keys_not_in_our_info([c], leaving=True)),
        ("no_discounts", R.no_discounts()),
        ("unknown_question", R.unknown_question()),
        ("not_in_our_info", R.not_in_our_info()),
        ("picture_question", R.picture_question("image")),
        ("owner_no_handoff", R.owner_no_handoff()),
        ("late_payment_refund", R.late_payment_refund(res)),
        ("cancelled_by_owner", R.cancelled_by_owner(res, paid_cents=0, refund_cents=0)),
        ("payment_mismatch", R.payment_mismatch(res, 500000, "ARS", live=True)),
        ("payment_mismatch", R.payment_mismatch(res, 5000, "USD", live=True)),
        ("payment_mismatch", R.payment_mismatch(res, 500000, "ARS", live=False)),
        ("cancelled_by_owner", R.cancelled_by_owner(paid, paid_cents=900000, refund_cents=900000)),
        ("cancelled_by_owner", R.cancelled_by_owner(paid, paid_cents=900000, refund_cents=400000)),
        ("cancelled_by_owner", R.cancelled_by_owner(paid, paid_cents=900000, refund_cents=0)),
        ("cancelled_by_owner",
         R.cancelled_by_owner(res, paid_cents=0, refund_cents=0, other_currency=True)),
        ("lapsed_hold_paid", R.lapsed_hold_paid(res)),
        ("hold_not_extended",
         R.hold_not_extended(res, dt.time(18, 30), "https://mp.test/x", demo=False)),
        ("hold_not_extended", R.hold_not_extended(res, None, None, demo=True)),
        ("nearby", R.nearby([c])), ("nearby", R.nearby([bare])),
        ("cancel_help", R.cancel_help(res)), ("cancel_help", R.cancel_help(paid)),
        ("recommend_before_dates", R.recommend_before_dates(c, 2)),
        ("guests_unsure", R.guests_unsure()),
        ("dates_unsure", R.dates_unsure()),
        ("dates_unsure", R.dates_unsure(dt.date(2026, 12, 15))),
        ("same_cabin_as_last_time", R.same_cabin_as_last_time(c.name)),
        ("no_stay_before", R.no_stay_before()),
        ("offer_departure", R.offer_departure(dt.date(2026, 3, 12), 3)),
        ("which_one", R.which_one(c, [c2, c])),
        ("another_cabin_same_dates", R.another_cabin_same_dates()),
        ("other_or_confirm", R.other_or_confirm(c, c2, two_listed=True)),
        ("other_or_confirm", R.other_or_confirm(c, c2, two_listed=False)),
        ("other_or_confirm", R.other_or_confirm(c, None, two_listed=False)),
        ("cabin_not_for_new_stay",
         R.cabin_not_for_new_stay(c, dt.date(2026, 3, 2), dt.date(2026, 3, 4), None)),
        ("cabin_not_for_new_stay",
         R.cabin_not_for_new_stay(c, dt.date(2026, 3, 2), dt.date(2026, 3, 4), 3)),
        *[("ack_again", R.ack_again(n)) for n in range(3)],
        ("split_asked", R.split_asked(6)),
        ("too_many_again", R.too_many_again(7, 6)), ("too_many_again", R.too_many_again(13, 6)),
        ("cabins_together", R.cabins_together([c, c2])),
        ("cabins_together", R.cabins_together([c, bare])),
        ("stay_praised", R.stay_praised("Lucía")), ("stay_praised", R.stay_praised(None)),
        ("holder_noted", R.holder_noted("Marta Gómez (2944 555 123)")),
        ("holder_noted", R.holder_noted("Carlos Pérez", own=True)),
        ("tax_id_noted", R.tax_id_noted("20-12345678-6")),
        ("holder_asked", R.holder_asked()),
        ("invoice_later", R.invoice_later()),
        ("same_dates_as_last_time", R.same_dates_as_last_time(d1, d2, d1, d2)),
        ("no_dates_before", R.no_dates_before()),
        ("pay_way_insisted", R.pay_way_insisted("transferencia")),
        ("no_discounts", R.no_discounts(listed=False)),
        ("summary_deposit",
         R.summary_deposit(q, 30, R.summary_key("lago", d1, d2, 2), 30)),
        *[("summary_deposit",
           R.summary_deposit(q, 30, R.summary_key("lago", d1, d2, 2), 30, no_card=n, longer=g))
          for n, g in ((True, False), (False, True), (True, True))],
        ("hold_not_extended",
         R.hold_not_extended(res, dt.time(18, 30), "https://mp.test/x", demo=False, no_card=True)),
        ("time_left", R.time_left(res, None, 20, None, demo=False, no_card=True)),
        ("info", R.info("checkin", [c], None, theirs=True)),
        *[("machine_answer", R.machine_answer(mid_booking=m)) for m in (True, False)],
        *[("person_if_needed", R.person_if_needed(mid_booking=m)) for m in (True, False)],
        ("payment_not_seen_yet", R.payment_not_seen_yet(res, url, demo=False, receipt=True)),
        ("someone_elses_card", R.someone_elses_card(res, url, demo=True)),
        ("someone_elses_card", R.someone_elses_card(None, None, demo=False)),
        *[("rest_after_deposit", R.rest_after_deposit(paid, w))
          for w in (None, "resto", "efectivo", "transferencia", "dólares", "todo", "cuotas")],
        ("rest_after_deposit",
         R.rest_after_deposit(dataclasses.replace(paid, deposit_cents=paid.total_cents), None)),
        ("pet_notice_how", R.pet_notice_how()),
        ("pet_in_notes", R.pet_in_notes()),
        ("hold_kept", R.hold_kept(res)),
        *[("days_to_go", R.days_to_go(paid, paid.check_in - dt.timedelta(days=n)))
          for n in (0, 1, 30)],
        *[("whose_name", R.whose_name(r, paid=p))
          for r in (res, dataclasses.replace(res, guest_name=None)) for p in (True, False)],
        ("see_you", R.see_you("Lucía", d1, d1)), ("see_you", R.see_you(None, d2, d1)),
        ("other_nights", R.other_nights(2, 3)),
        ("area_unknown", R.area_unknown()),
        ("distance_unknown", R.distance_unknown("del centro", [c])),
        *[("other_stay", R.other_stay((d1, d2), (d1, d2 + dt.timedelta(days=1)), f))
          for f in (None, 0, 1, 3)],
        *[("handoff_started", R.handoff_started(n, 120, problem=True, left_behind=True, praised=p))
          for n in ("Lucía", None) for p in (True, False)],
    ]  # fmt: skip


COPY_TABLE = _copy_table()
NOT_MESSAGES = {"day", "span", "short_span", "nights", "people", "clock", "fit", "first_name",
                "pick_id", "summary_key", "status_word", "money", "given_names",
                "short_name"}  # fmt: skip


def test_copy_table_renders_every_public_builder():
    public = {
        name
        for name, f in inspect.getmembers(R, inspect.isfunction)
        if f.__module__ == R.__name__ and not name.startswith("_")
    }
    assert public - NOT_MESSAGES - {name for name, _ in COPY_TABLE} == set()


def _parts(message: Outbound) -> list[str]:
    if isinstance(message, Text):
        return [message.body]
    if isinstance(message, Buttons):
        return [message.body, *(b.title for b in message.buttons)]
    return [message.body, message.button, message.section_title,
            *(part for r in message.rows for part in (r.title, r.description))]  # fmt: skip


# Written in English on purpose: the answer to a guest who writes English.
ENGLISH_ON_PURPOSE = {"english_only"}


@pytest.mark.parametrize(
    ("name", "built"), COPY_TABLE, ids=[f"{n}-{i}" for i, (n, _) in enumerate(COPY_TABLE)]
)
def test_copy_is_short_argentine_spanish_within_whatsapp_limits(name, built):
    for message in built if isinstance(built, list) else [built]:
        for part in _parts(message):
            words = BRANDS.sub("Marca", URL.sub("", part))
            assert not TUTEO.search(words), (TUTEO.search(words), part)
            if name not in ENGLISH_ON_PURPOSE:
                assert not ENGLISH.search(words), (ENGLISH.search(words), part)
            assert not INTERNAL.search(words), (INTERNAL.search(words), part)
            assert not REPEATED.search(words), (REPEATED.search(words), part)
        if isinstance(message, Buttons):
            assert 0 < len(message.body) <= 1024 and 1 <= len(message.buttons) <= 3
            # Button labels are ours: one cut short by `fit` needs rewording.
            assert all(0 < len(b.title) <= 20 for b in message.buttons)
            assert not any(b.title.endswith("…") for b in message.buttons)
        elif isinstance(message, ListMessage):
            assert 0 < len(message.body) <= 1024 and 1 <= len(message.rows) <= 10
            assert len(message.button) <= 20 and len(message.section_title) <= 24
            assert all(len(r.title) <= 24 and len(r.description) <= 72 for r in message.rows)
        elif "•" not in message.body:  # a list of cabins or messages may run longer
            assert 0 < len(message.body) <= LONG_TEXT, message.body
