"""Round 27 of QA: the guest after a hold or a payment, and edge journeys (two
reservations, changes to a paid stay, a lapsed hold paid late, a handoff that ends, a
guest who comes back with "hola de nuevo").

Decided:
- A paid stay moved by a span or to a day ("¿podemos pasarla una semana después?", "la
  corremos una semana", "¿podemos cambiar al 16?"), someone more without a number ("viene
  mi hermano también") or the reservation put in another name names that stay and offers
  a person, as "una noche más" did; they were a search for 7 nights, "no te entendí" and
  "¿Para qué fechas querés venir?".
- A hold or summary moved by a span keeps its nights: "una semana" / "2 días" after a
  verb of moving is a shift, not a length (the hold had become 7 or 2 nights, at once).
- "Hola de nuevo!" from a guest with a paid stay ahead: "¡Hola de nuevo!", the stay, the
  menu; no "Soy el asistente". Small talk before "tengo una reserva" finds it.
- "Me llegó tarde el link" is the link arriving late, not the guest: after a lapsed hold
  it is named as for "ya pagué".
- A hello after a handoff that began on the summary shows that summary again.
- With two reservations, "la de marzo" on the cancel list picks the one of that month or
  lists only those; "una noche más" no longer guesses the soonest; "¿cuál era el código
  de la de mayo?" is that reservation, not a search for May.
- "Ok, chau" after the expiry notice is a goodbye, not a yes to booking again.
- A holder named once the hold is placed is acknowledged and told to the owner.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import NOTIFIER, REDIS
from booking import holds, jobs
from bot import handoff
from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    button_ids,
    ddmm,
    guest_key,
    hold_quiet_stay,
    paid_quiet_stay,
    pay_deposit,
    quiet_stay,
    rows,
    summed_up,
    text_of,
)

# ------------------------------------------------------------------ changing a paid stay


@pytest.mark.parametrize(
    "text",
    [
        "podemos pasarla una semana despues?",
        "la podemos correr una semana?",
        "se puede adelantar 2 dias?",
        "y si la movemos para la semana siguiente",
        "viene mi hermano tambien",
        "al final se suma mi cuñada",
    ],
)
async def test_a_paid_stay_moved_or_grown_is_that_stay_and_a_person(guest, db, text):
    # "¿Desde qué día serían las 7 noches?" (a new search for a week), or "no te entendí".
    code = await paid_quiet_stay(guest, db)
    await guest.say("gracias!")
    answer = await guest.say(text)
    said = text_of(answer)
    assert code in said and "Lago Lácar" in said, said
    assert R.MENU_HUMAN in button_ids(answer)
    assert await guest.state() == State.IDLE


async def test_a_week_later_without_a_paid_stay_is_still_searched(guest):
    said = text_of(await guest.say("tienen lugar una semana despues de semana santa?"))
    assert "ya está confirmada" not in said


@pytest.mark.parametrize(
    "text",
    [
        "la reserva ponela a nombre de mi marido juan perez",
        "se puede poner la reserva a nombre de mi hermana?",
    ],
)
async def test_a_paid_stay_put_in_another_name_is_that_stay_and_a_person(guest, db, text):
    # "¿Para qué fechas querés venir?": a new booking started from scratch.
    code = await paid_quiet_stay(guest, db)
    await guest.say("genial gracias")
    answer = await guest.say(text)
    said = text_of(answer)
    assert code in said and "Para qué fechas" not in said, said
    assert R.MENU_HUMAN in button_ids(answer)


# ------------------------------------------------------------------ coming back


@pytest.mark.parametrize(
    "text",
    ["holaa, cómo va? tengo una reserva", "buenas como andan, tenemos una reserva"],
)
async def test_a_hello_with_small_talk_before_my_reservation_finds_it(guest, db, text):
    # The whole welcome and menu, as to a stranger.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "Soy el asistente" not in said, said


@pytest.mark.parametrize("text", ["hola de nuevo!", "holaa", "buenas!! 👋"])
async def test_a_guest_with_a_paid_stay_is_greeted_as_one(guest, db, text):
    # "Soy el asistente de las cabañas…" days after booking, the stay not mentioned.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    answer = await guest.say(text)
    said = text_of(answer)
    assert "Soy el asistente" not in said and code in said and "Lago Lácar" in said, said
    assert R.MENU_AVAILABILITY in [r.id for r in answer[-1].rows]


async def test_a_first_hello_still_introduces_the_bot(guest):
    assert "Soy el asistente" in text_of(await guest.say("hola"))


# ------------------------------------------------------------------ a lapsed hold paid late


async def test_the_link_said_to_come_late_after_the_hold_lapsed_names_it(guest, db, app):
    # The payment terms and the late-arrival keys ("me llegó tarde" read as arriving late).
    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1",
        code,
    )
    await jobs.expire_holds(db, app[NOTIFIER])
    said = text_of(await guest.say("recien pague, me llego tarde el link"))
    assert code in said and "venció" in said and "llaves" not in said, said


# ------------------------------------------------------------------ after a handoff


async def test_a_hello_after_a_handoff_on_the_summary_shows_it_again(guest, app):
    # "¡Volví!" and the whole menu, the summary forgotten; "sí" then listed every cabin.
    await summed_up(guest)
    await guest.say("quiero hablar con alguien")
    assert await guest.say("hola? hay alguien?") == []
    await handoff.end(app[REDIS], guest_key(app))
    said = text_of(await guest.say("hola, sigo aca"))
    assert "Volví" in said and "Lago Lácar" in said and "Confirmar" in said, said
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ two reservations


async def _two_paid(guest, db, later: int = 110) -> tuple[str, str]:
    """Two paid stays: the quiet one for 2 and, weeks later, the cabin for 4."""
    first = await paid_quiet_stay(guest, db)
    start, end = quiet_stay(later)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    second = (await guest.session()).ctx.hold
    await pay_deposit(guest, db, second)
    return first, second


async def test_a_month_that_holds_both_reservations_keeps_the_cancel_list(guest, db):
    # "¿Qué días de marzo querés venir?": the cancel list dropped for a new search.
    first, second = await _two_paid(guest, db, later=60)
    a, b = await holds.get_reservation(db, first), await holds.get_reservation(db, second)
    assert a.check_in.month == b.check_in.month
    await guest.say("quiero cancelar una")
    month = R.MONTHS[a.check_in.month - 1]
    answer = await guest.say(f"la de {month}")
    said = text_of(answer)
    assert first in said and second in said and "Qué días" not in said, said
    assert await guest.state() == State.CHOOSE_CANCEL


async def test_a_month_that_holds_one_reservation_picks_it(guest, db):
    first, second = await _two_paid(guest, db, later=160)
    b = await holds.get_reservation(db, second)
    await guest.say("quiero cancelar una")
    said = text_of(await guest.say(f"la de {R.MONTHS[b.check_in.month - 1]}"))
    assert second in said and first not in said, said
    assert await guest.state() == State.CONFIRM_CANCEL


async def test_one_more_night_with_two_paid_stays_is_not_a_guess(guest, db):
    # The first stay was taken for it, silently ("Tu reserva … quedaría del …").
    first, second = await _two_paid(guest, db, later=160)
    await guest.forget()
    answer = await guest.say("y si agregamos una noche?")
    said = text_of(answer)
    assert first in said and second in said and "quedaría" not in said, said
    assert R.MENU_HUMAN in button_ids(answer)


async def test_one_more_night_in_the_cabin_named_is_that_stay(guest, db):
    first, second = await _two_paid(guest, db, later=160)
    await guest.forget()
    said = text_of(await guest.say("podemos sumar una noche mas en la de chapelco?"))
    assert second in said and first not in said and "quedaría" in said, said


# ------------------------------------------------------------------ a stay moved by a week


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("podemos pasarla una semana despues?", 7),
        ("la podemos correr una semana?", 7),
        ("y si la movemos a la semana siguiente", 7),
        ("se puede atrasar 2 dias?", 2),
    ],
)
async def test_a_hold_moved_by_a_span_keeps_its_nights(guest, db, text, days):
    # "una semana" was read as 7 nights: the 3-night hold became 01/03 to 08/03.
    code = await hold_quiet_stay(guest)
    before = await holds.get_reservation(db, code)
    said = text_of(await guest.say(text))
    after = await holds.get_reservation(db, code)
    shift = dt.timedelta(days=days)
    assert (after.check_in, after.check_out) == (
        before.check_in + shift,
        before.check_out + shift,
    ), said
    assert "3 noches" in said


async def test_a_summary_moved_a_week_later_keeps_its_nights(guest):
    await summed_up(guest)
    ctx = (await guest.session()).ctx
    start, end = ctx.check_in, ctx.check_out
    said = text_of(await guest.say("y si la pasamos una semana despues?"))
    week = dt.timedelta(days=7)
    assert ddmm(start + week).zfill(5) in said or f"{(start + week):%d/%m}" in said, said
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (start + week, end + week)


# ------------------------------------------------------------------ goodbyes


async def _lapsed(guest, db, app) -> str:
    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1",
        code,
    )
    await jobs.expire_holds(db, app[NOTIFIER])
    return code


@pytest.mark.parametrize("text", ["ok, chau", "dale gracias, chau!", "bueno, nos vemos 👋"])
async def test_a_goodbye_after_the_expiry_notice_books_nothing_again(guest, db, app, text):
    # The lapsed cabin summed up again, "¿Avanzamos?", to a guest saying goodbye.
    await _lapsed(guest, db, app)
    said = text_of(await guest.say(text))
    assert "Confirmar" not in said and "Chau" in said, said
    assert await guest.state() == State.IDLE


async def test_a_plain_yes_after_the_expiry_notice_still_books_again(guest, db, app):
    await _lapsed(guest, db, app)
    await guest.say("dale")
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ a name after the hold


@pytest.mark.parametrize(
    "text",
    [
        "la reserva ponela a nombre de mi marido juan perez",
        "a nombre de mi mamá, Marta Gómez",
    ],
)
async def test_a_holder_named_after_the_hold_is_noted(guest, text):
    # "¡Buenísimo! Pagá la seña…": the name not heard at all.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "¡Anotado!" in said and "a nombre de *" in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ which one, by its month


async def test_the_code_of_the_one_in_a_month_is_that_reservation(guest, db):
    # "¿Qué días de mayo querés venir?": a search, the question about the code lost.
    first, second = await _two_paid(guest, db, later=160)
    month = R.MONTHS[(await holds.get_reservation(db, second)).check_in.month - 1]
    said = text_of(await guest.say(f"cual era el codigo de la de {month}?"))
    assert second in said and first not in said and "Qué días" not in said, said
    assert await guest.state() == State.IDLE


async def test_the_code_of_the_one_in_a_month_while_a_hold_waits(guest, db):
    first = await paid_quiet_stay(guest, db)
    start, end = quiet_stay(160)
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 4")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    second = (await guest.session()).ctx.hold
    said = text_of(await guest.say(f"cual era el codigo de la de {R.MONTHS[start.month - 1]}?"))
    assert second in said and first not in said and "Qué días" not in said, said
    assert await guest.state() == State.AWAIT_PAYMENT
