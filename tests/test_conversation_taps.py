"""Buttons and list rows tapped on old messages, and WhatsApp's other message types.

Guests scroll up and tap a list row or a summary's button long after the
conversation moved on, tap the same button twice, and send audios, stickers,
photos, contact cards and template quick replies. Found by a probe of such
chats: each test below used to hold or cancel the wrong thing, or answer with
a dead end.
"""

from __future__ import annotations

import logging

import pytest

from appkeys import NOTIFIER
from booking import holds, jobs
from bot import replies as R
from bot.messages import Buttons, ListMessage
from bot.states import State
from tests.conversation_support import Guest, button_ids, ddmm, only, quiet_stay, rows, text_of


def stay(days_ahead: int = 40) -> str:
    start, end = quiet_stay(days_ahead=days_ahead)
    return f"del {ddmm(start)} al {ddmm(end)}"


async def reservations(db) -> list:
    return await db.fetch("SELECT code, accommodation_id, reservation_status FROM reservations")


async def summary_of(guest: Guest, people: int = 2, pick: int = 0, days_ahead: int = 40):
    """The list, then the summary of its `pick`-th cabin: (list rows, summary buttons' ids)."""
    listed = rows(await guest.say(f"{stay(days_ahead)} para {people}"))
    summary = await guest.tap(listed[pick].id, listed[pick].title)
    return listed, button_ids(summary)


async def held(guest: Guest, days_ahead: int = 40) -> tuple[str, list[str]]:
    """A hold placed from a summary: (its code, that summary's buttons' ids)."""
    _, ids = await summary_of(guest, days_ahead=days_ahead)
    await guest.tap(ids[0], "Confirmar")
    return (await guest.session()).ctx.hold, ids


# ---------------------------------------------------------------- old list rows


async def test_a_row_of_a_list_for_other_dates_never_shows_those_dates(guest, db):
    old = rows(await guest.say(f"{stay(40)} para 2"))
    await guest.say(f"mejor {stay(130)}")
    answer = await guest.tap(old[0].id, old[0].title)  # scrolled up to the first list
    start, end = quiet_stay(days_ahead=130)
    assert "Esa lista era para" in text_of(answer)
    assert await guest.state() == State.CHOOSE_CABIN
    session = await guest.session()
    assert (session.ctx.check_in, session.ctx.check_out) == (start, end)
    assert all(f"{start:%Y%m%d}" in r.id for r in rows(answer))  # the list of the new dates
    assert await reservations(db) == []


async def test_a_row_of_an_old_alternatives_list_is_not_taken_either(guest, app):
    other = Guest(app, wa_id="5492944222222", name="Otro")
    for _ in range(3):  # someone else holds every cabin: nearby dates are offered
        offer = await other.say(f"{stay(40)} para 2")
        await other.tap(button_ids(await other.tap(rows(offer)[0].id))[0])
    nearby_list = await guest.say(f"{stay(40)} para 2")
    assert "opciones cercanas" in text_of(nearby_list)
    nearby = rows(nearby_list)
    await guest.say(f"mejor {stay(100)}")
    answer = await guest.tap(nearby[0].id, nearby[0].title)
    assert "Esa lista era para" in text_of(answer)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_row_listed_before_the_head_count_grew_is_too_small_not_taken(guest):
    old = rows(await guest.say(f"{stay()} para 2"))
    await guest.say("somos 6 en realidad")
    answer = await guest.tap(old[0].id, old[0].title)  # Lago Lácar, for 2
    said = text_of(answer)
    assert "es para hasta 2 personas" in said
    assert "se ocupó" not in said
    assert [r.title for r in rows(answer)] == ["Cabaña Bosque de Quila"]


async def test_a_row_from_a_dropped_search_keeps_its_dates_and_asks_the_head_count(guest):
    old = rows(await guest.say(f"{stay()} para 2"))
    await guest.say("cancelar")
    answer = await guest.tap(old[0].id, old[0].title)
    start, end = quiet_stay()
    assert await guest.state() == State.ASK_GUESTS
    assert R.day(start) in text_of(answer) and "personas" in text_of(answer)
    assert (await guest.session()).ctx.check_out == end


async def test_the_row_of_the_cabin_already_held_sends_its_link_again(guest, db):
    listed, ids = await summary_of(guest)
    await guest.tap(ids[0], "Confirmar")
    code = (await guest.session()).ctx.hold
    answer = await guest.tap(listed[0].id, listed[0].title)
    said = text_of(answer)
    assert "ya la tenés guardada" in said and code in said and "http" in said
    assert "se ocupó" not in said
    assert await guest.state() == State.AWAIT_PAYMENT
    assert len(await reservations(db)) == 1


# ---------------------------------------------------------------- old summaries


async def test_confirmar_on_the_summary_of_a_cabin_changed_since_holds_nothing(guest, db):
    _, first = await summary_of(guest, pick=0)  # Lago Lácar
    now = button_ids(await guest.say("mejor la 2"))  # Cerro Chapelco
    answer = await guest.tap(first[0], "Confirmar")
    said = text_of(answer)
    assert "resumen anterior" in said and "Cabaña Lago Lácar" in said
    assert "Cerro Chapelco" in only(answer, Buttons).body  # the summary of now, to confirm
    assert await guest.state() == State.CONFIRM_HOLD
    assert await reservations(db) == []
    await guest.tap(now[0], "Confirmar")
    (res,) = await reservations(db)
    assert res["accommodation_id"] == 2  # Chapelco, the one the guest chose last


async def test_confirmar_on_a_summary_for_dates_changed_since_holds_nothing(guest, db):
    _, first = await summary_of(guest)
    await guest.say(f"mejor {stay(130)}")
    answer = await guest.tap(first[0], "Confirmar")
    assert "resumen anterior" in text_of(answer)
    assert isinstance(answer[-1], ListMessage)  # the list of the new dates
    assert await guest.state() == State.CHOOSE_CABIN
    assert await reservations(db) == []


async def test_confirmar_on_a_summary_for_fewer_people_holds_nothing(guest, db):
    _, first = await summary_of(guest, people=2, pick=1)  # Chapelco for 2
    await guest.say("somos 4")
    answer = await guest.tap(first[0], "Confirmar")
    assert "resumen anterior" in text_of(answer)
    assert await reservations(db) == []


async def test_confirmar_twice_holds_once_and_sends_the_same_link(guest, db):
    code, ids = await held(guest)
    again = await guest.tap(ids[0], "Confirmar")
    assert code in text_of(again) and "http" in text_of(again)
    assert len(await reservations(db)) == 1


async def test_cancelar_on_the_summary_after_the_hold_asks_to_cancel_that_hold(guest, db):
    code, ids = await held(guest)
    asked = await guest.tap(ids[2], "Cancelar")
    assert await guest.state() == State.CONFIRM_CANCEL
    assert code in text_of(asked) and "http" not in text_of(asked)
    await guest.tap(button_ids(asked)[0], "Sí, cancelar")
    assert (await reservations(db))[0]["reservation_status"] == "cancelled"


async def test_cancelar_on_the_summary_of_a_lapsed_hold_says_there_is_nothing_to_cancel(guest, db):
    code, ids = await held(guest)
    # The deadline passed; the expiry job has not run yet.
    await db.execute("UPDATE reservations SET expires_at = now() - interval '1 minute'")
    answer = await guest.tap(ids[2], "Cancelar")
    assert "ya se había liberado" in text_of(answer) and code in text_of(answer)
    assert await guest.state() == State.IDLE


async def test_a_hold_past_its_deadline_is_not_said_to_be_kept(guest, db):
    await held(guest)
    await db.execute("UPDATE reservations SET expires_at = now() - interval '1 minute'")
    answer = text_of(await guest.say("el link?"))
    assert "guardada hasta" not in answer
    assert "se venció" in answer  # round 24: as the expiry notice says it


async def test_cambiar_fechas_on_the_summary_after_the_hold_asks_for_dates(guest, db):
    code, ids = await held(guest)
    answer = await guest.tap(ids[1], "Cambiar fechas")
    said = text_of(answer)
    assert await guest.state() == State.ASK_DATES
    assert code in said and "se libera sola" in said and "¿Cuándo querés venir?" in said
    assert (await reservations(db))[0]["reservation_status"] == "pre_reserved"


async def test_confirmar_on_an_old_summary_of_a_paid_stay_says_it_is_confirmed(app, guest, db):
    code, ids = await held(guest)
    res = await holds.get_reservation(db, code)
    await holds.confirm_deposit(db, code, "pay-1", res.deposit_cents, notifier=app[NOTIFIER])
    answer = text_of(await guest.tap(ids[0], "Confirmar"))
    assert "ya está confirmada" in answer and code in answer
    assert len(await reservations(db)) == 1


async def test_cancelar_on_an_old_summary_mid_booking_asks_about_the_paid_stay(app, guest, db):
    code, ids = await held(guest)
    res = await holds.get_reservation(db, code)
    await holds.confirm_deposit(db, code, "pay-1", res.deposit_cents, notifier=app[NOTIFIER])
    await guest.say("quiero reservar otra vez")
    assert await guest.state() == State.ASK_DATES
    asked = await guest.tap(ids[2], "Cancelar")
    # Not "lo dejamos acá", which reads as if the paid stay were cancelled.
    assert await guest.state() == State.CONFIRM_CANCEL
    assert code in text_of(asked) and "devolución" in text_of(asked)


async def test_confirmar_on_a_summary_dropped_before_is_checked_again_not_held(guest, db, caplog):
    _, ids = await summary_of(guest)
    await guest.tap(ids[2], "Cancelar")
    assert await guest.state() == State.IDLE
    with caplog.at_level(logging.ERROR, logger="bot.conversation"):
        answer = await guest.tap(ids[0], "Confirmar")
    assert "revisé de nuevo" in text_of(answer)
    assert await guest.state() == State.CONFIRM_HOLD
    assert isinstance(answer[-1], Buttons)
    assert await reservations(db) == []
    assert "not in the table" not in caplog.text


async def test_confirmar_after_the_expiry_notice_offers_the_summary_again(app, guest, db):
    _, ids = await held(guest)
    await db.execute("UPDATE reservations SET expires_at = now() - interval '1 minute'")
    await jobs.expire_holds(db, app[NOTIFIER])
    answer = await guest.tap(ids[0], "Confirmar")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "revisé de nuevo" in text_of(answer)
    assert [r["reservation_status"] for r in await reservations(db)] == ["expired"]


# ---------------------------------------------------------------- old "¿seguro?" buttons


async def test_si_cancelar_from_the_question_about_another_reservation_cancels_nothing(guest, db):
    first, _ = await held(guest, days_ahead=40)
    second, _ = await held(guest, days_ahead=130)
    about_first = await guest.say(f"cancelar la {first}")
    await guest.say("no")
    await guest.say(f"cancelar la {second}")
    assert (await guest.session()).ctx.cancel == second
    answer = await guest.tap(button_ids(about_first)[0], "Sí, cancelar")
    # Asked again about the reservation that button was about; nothing cancelled.
    assert first in only(answer, Buttons).body
    assert await guest.state() == State.CONFIRM_CANCEL
    statuses = {r["code"]: r["reservation_status"] for r in await reservations(db)}
    assert statuses == {first: "pre_reserved", second: "pre_reserved"}


async def test_si_cancelar_tapped_twice_says_it_is_already_cancelled(guest):
    code, _ = await held(guest)
    asked = await guest.say("cancelar reserva")
    await guest.tap(button_ids(asked)[0], "Sí, cancelar")
    again = text_of(await guest.tap(button_ids(asked)[0], "Sí, cancelar"))
    assert "ya está cancelada" in again and code in again
    row = text_of(await guest.tap(f"res:{code}", "Cabaña Lago Lácar"))
    assert "ya está cancelada" in row


async def test_old_buttons_while_choosing_what_to_cancel_are_not_misses(guest):
    await held(guest, days_ahead=40)
    _, ids = await summary_of(guest, days_ahead=130)
    await guest.tap(ids[0], "Confirmar")
    await guest.say("cancelar reserva")
    assert await guest.state() == State.CHOOSE_CANCEL
    for _ in range(3):
        answer = await guest.tap(ids[0], "Confirmar")
        assert "no te estoy entendiendo" not in text_of(answer)
        assert isinstance(answer[-1], ListMessage)
    assert await guest.state() == State.CHOOSE_CANCEL


# ---------------------------------------------------------------- menus and other types


async def test_a_menu_row_mid_booking_answers_and_keeps_the_list(guest):
    await guest.say(f"{stay()} para 2")
    prices = await guest.tap(R.MENU_PRICES, "Precios")
    assert "$ 65.000" in text_of(prices) and "elegí una cabaña" in text_of(prices)
    assert await guest.state() == State.CHOOSE_CABIN
    summary = await guest.say("la 1")
    assert "Cabaña Lago Lácar" in only(summary, Buttons).body


@pytest.mark.parametrize("kind", ["contacts", "unsupported", "order", "a_type_meta_adds_later"])
async def test_messages_we_cannot_read_never_end_in_not_understood(guest, kind):
    await guest.say(f"{stay()} para 2")
    for _ in range(3):
        answer = await guest.send(kind)
        said = text_of(answer)
        assert "no te estoy entendiendo" not in said and "no te entendí" not in said
        assert "elegí una cabaña" in said  # where we were
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_sticker_is_not_asked_to_be_written(guest):
    await guest.say("quiero reservar")
    (answer,) = await guest.send("sticker")
    assert "escrib" not in answer.body and "pasame las fechas" in answer.body


async def test_a_location_mid_booking_reminds_where_we_were(guest):
    await guest.say("quiero reservar")
    answer = text_of(await guest.send("location", latitude=-40.15, longitude=-71.35))
    assert "Costanera" in answer and "pasame las fechas" in answer
    assert await guest.state() == State.ASK_DATES


@pytest.mark.parametrize(("kind", "caption"), [("image", None), ("document", "comprobante")])
async def test_a_photo_or_pdf_while_paying_is_taken_as_the_receipt(guest, kind, caption):
    code, _ = await held(guest)
    answer = text_of(await guest.send(kind, text=caption))
    assert code in answer and "Mercado Pago" in answer and "te aviso" in answer
    assert "solo leo mensajes de texto" not in answer
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_template_quick_reply_with_the_owners_payload_is_read_by_its_text(guest):
    answer = await guest.send("button", text="Quiero reservar", reply_id="OWNER_BOOK")
    assert "no está vigente" not in text_of(answer)
    assert await guest.state() == State.ASK_DATES
