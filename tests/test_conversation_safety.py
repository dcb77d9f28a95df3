"""Decision prompts never act on a message that is not a clear answer.

At the summary (Confirmar), at "¿Seguro que cancelo?", at the list of reservations
to cancel, at a list of one cabin and while a hold waits for its deposit: a question
is answered before anything is held, cancelled or dropped; a doubt ("no sé", "capaz",
"mmm") or a "hold on" ("esperá que le pregunto a mi marido") never acts; and a clear
answer ("la quiero", "ninguna") is not ignored.

Each test is a short chat through the real engine (real PostgreSQL and Redis, demo
cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de Quila for 6).
"""

from __future__ import annotations

import pytest

from booking import holds
from booking.catalog import list_cabins
from booking.models import BookingRules, Guest, Stay
from bot.states import State
from tests.conversation_support import GUEST, ddmm, quiet_stay, rows, text_of


async def _statuses(db) -> list[str]:
    found = await db.fetch("SELECT reservation_status::text AS s FROM reservations ORDER BY code")
    return [r["s"] for r in found]


async def _summary(guest) -> None:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    assert await guest.state() == State.CONFIRM_HOLD


async def _hold(guest) -> str:
    await _summary(guest)
    summary = guest.heard[-1]
    confirm = next(b for b in summary.buttons if b.title == "Confirmar")
    await guest.tap(confirm.id, confirm.title)
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


async def _asked_to_cancel(guest) -> str:
    code = await _hold(guest)
    await guest.say("quiero cancelar la reserva")
    assert await guest.state() == State.CONFIRM_CANCEL
    return code


async def _two_to_cancel(guest, db) -> None:
    start, end = quiet_stay()
    for cabin in (await list_cabins(db))[:2]:
        await holds.place_hold(
            db, BookingRules(), cabin.id, Stay(start, end), Guest("Lucía", GUEST), 2
        )
    await guest.say("quiero cancelar una reserva")
    assert await guest.state() == State.CHOOSE_CANCEL


async def _list_of_one(guest) -> None:
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 6")
    assert len(rows(offer)) == 1
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ the summary


@pytest.mark.parametrize(
    "text",
    [
        "ok y cuanto es la seña?",
        "si la reservo ahora me la guardan?",
        "dale, y el resto cuando se paga?",
        "ahh ok, y que incluye?",
        "confirmar?",
        "sí... no sé, capaz",
        "dale pero no estoy segura",
        "mmm dale, a ver",
    ],
)
async def test_a_question_or_a_doubt_at_the_summary_holds_nothing(guest, db, text):
    await _summary(guest)
    answer = text_of(await guest.say(text))
    assert await _statuses(db) == []
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Te guardé" not in answer


async def test_a_question_with_a_yes_at_the_summary_is_answered(guest, db):
    await _summary(guest)
    answer = text_of(await guest.say("dale, y el resto cuando se paga?"))
    assert "al llegar" in answer
    assert "Confirmar" in answer  # and asked again


@pytest.mark.parametrize(
    "text",
    [
        "esperá que le pregunto a mi marido",
        "dale pero consulto con mi señora",
        "dale, dame un minuto",
        "ya vuelvo",
        "confirmo mañana",
        "te confirmo en un rato",
    ],
)
async def test_hold_on_at_the_summary_keeps_it_without_a_miss(guest, db, text):
    await _summary(guest)
    answer = text_of(await guest.say(text))
    assert await _statuses(db) == []
    assert await guest.state() == State.CONFIRM_HOLD
    assert "sin apuro" in answer
    assert (await guest.session()).ctx.misses == 0


async def test_what_if_i_cannot_go_at_the_summary_answers_and_keeps_it(guest, db):
    await _summary(guest)
    answer = text_of(await guest.say("y si la confirmo y despues no puedo ir?"))
    assert "lo dejamos acá" not in answer
    assert "cancelar" in answer  # the cancellation policy
    assert await guest.state() == State.CONFIRM_HOLD
    assert (await guest.session()).ctx.cabin is not None


@pytest.mark.parametrize("text", ["dale confirmá", "si", "¿me la confirmás?", "sí, reservala"])
async def test_a_clear_yes_at_the_summary_still_holds(guest, db, text):
    await _summary(guest)
    await guest.say(text)
    assert await _statuses(db) == ["pre_reserved"]
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ "¿seguro que cancelo?"


@pytest.mark.parametrize(
    "text",
    [
        "no sé si cancelar",
        "puedo cambiar la fecha en vez de cancelar?",
        "la cancelo mañana",
        "ok y ahora que?",
        "sí? no sé",
        "me conviene cancelar?",
        "cancelar? mmm",
        "capaz si, cancelala",
        "esperá que le pregunto a mi marido",
    ],
)
async def test_a_doubt_or_a_question_at_are_you_sure_cancels_nothing(guest, db, text):
    await _asked_to_cancel(guest)
    answer = text_of(await guest.say(text))
    assert await _statuses(db) == ["pre_reserved"]
    assert "cancelé" not in answer
    assert await guest.state() == State.CONFIRM_CANCEL


async def test_asking_if_cancelling_pays_off_is_answered_with_what_it_costs(guest, db):
    await _asked_to_cancel(guest)
    answer = text_of(await guest.say("me conviene cancelar?"))
    assert "no tiene costo" in answer
    assert "Sí, cancelar" in answer


async def test_changing_dates_instead_of_cancelling_points_to_a_person(guest, db):
    await _asked_to_cancel(guest)
    answer = text_of(await guest.say("puedo cambiar la fecha en vez de cancelar?"))
    assert "hablar con una persona" in answer
    assert "Sí, cancelar" in answer


async def test_cancel_tomorrow_at_are_you_sure_is_no_hurry(guest, db):
    await _asked_to_cancel(guest)
    answer = text_of(await guest.say("la cancelo mañana"))
    assert "sin apuro" in answer


@pytest.mark.parametrize("text", ["sí, cancelala", "si", "dale cancelá", "¿me la cancelás?"])
async def test_a_clear_yes_at_are_you_sure_still_cancels(guest, db, text):
    await _asked_to_cancel(guest)
    await guest.say(text)
    assert await _statuses(db) == ["cancelled"]
    assert await guest.state() == State.IDLE


# ------------------------------------------------------------------ which one to cancel


@pytest.mark.parametrize("text", ["ninguna", "ninguna por ahora", "no, ninguna de las dos"])
async def test_none_of_them_keeps_both(guest, db, text):
    await _two_to_cancel(guest, db)
    answer = text_of(await guest.say(text))
    assert "sigue en pie" in answer or "siguen en pie" in answer
    assert await guest.state() == State.IDLE
    assert await _statuses(db) == ["pre_reserved", "pre_reserved"]


async def test_what_cancelling_costs_is_answered_while_choosing_which(guest, db):
    await _two_to_cancel(guest, db)
    answer = text_of(await guest.say("cuánto me cobran por cancelar?"))
    assert "devolución" in answer or "no tiene costo" in answer
    assert await guest.state() == State.CHOOSE_CANCEL


# ------------------------------------------------------------------ a list of one


@pytest.mark.parametrize("text", ["la quiero", "reservala", "esa", "esa me sirve"])
async def test_taking_the_only_cabin_listed_shows_its_summary(guest, db, text):
    await _list_of_one(guest)
    await guest.say(text)
    assert await guest.state() == State.CONFIRM_HOLD
    assert await _statuses(db) == []


async def test_a_yes_with_a_question_to_a_list_of_one_answers_it(guest, db):
    await _list_of_one(guest)
    answer = text_of(await guest.say("dale, y acepta perros?"))
    assert "mascotas" in answer.lower()
    assert await _statuses(db) == []


@pytest.mark.parametrize("text", ["jaja dale no sé", "ok y cuanto es la seña?", "dale, capaz"])
async def test_a_doubtful_or_asking_yes_to_a_list_of_one_picks_nothing(guest, db, text):
    await _list_of_one(guest)
    await guest.say(text)
    assert await guest.state() == State.CHOOSE_CABIN


# ------------------------------------------------------------------ waiting for the deposit


async def test_asking_what_cancelling_costs_while_the_hold_waits_is_answered(guest, db):
    code = await _hold(guest)
    answer = text_of(await guest.say("si la cancelo me cobran algo?"))
    assert "no tiene costo" in answer
    assert code in answer or "sigue guardada" in answer
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_asking_how_long_the_hold_lasts_does_not_search_again(guest, db):
    await _hold(guest)
    answer = text_of(await guest.say("me la guardan hasta mañana?"))
    assert await guest.state() == State.AWAIT_PAYMENT
    assert "Buenas noticias" not in answer


@pytest.mark.parametrize("text", ["puedo cancelar sin pagar?", "me parece caro, lo cancelo?"])
async def test_a_question_about_cancelling_the_hold_says_what_it_costs_first(guest, db, text):
    await _hold(guest)
    answer = text_of(await guest.say(text))
    assert "no tiene costo" in answer
    assert await _statuses(db) == ["pre_reserved"]


async def test_not_sure_whether_to_cancel_mid_booking_drops_nothing(guest, db):
    await _summary(guest)
    answer = text_of(await guest.say("no sé si cancelar"))
    assert "lo dejamos acá" not in answer
    assert await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize("text", ["no, la quiero", "la quiero", "no, la queremos conservar"])
async def test_i_want_it_at_are_you_sure_keeps_it(guest, db, text):
    await _asked_to_cancel(guest)
    answer = text_of(await guest.say(text))
    assert await _statuses(db) == ["pre_reserved"]
    assert "cancelé" not in answer
    assert await guest.state() != State.CONFIRM_CANCEL  # kept: not asked again
