"""Round 24 of QA: guests played end to end (typos, no accents, voseo, changes of mind).

Decided:
- A departure written before the arrival ("del 20/3 al 15/3", "del 10 de marzo al 8 de
  marzo") was read a year on and refused as "hasta 30 noches". It is said back as such
  (both days) and the stay the other way round is offered: "dale" takes it, other dates
  replace it. A stay over New Year ("del 30/12 al 2/1") is still one.
- Only the head count changed while the hold waits for its deposit ("ah no, al final
  somos 3"): the held cabin sleeping them, the hold takes the new count (the price is per
  cabin and night, nothing else changes) instead of a search for other cabins with the
  hold left behind. "¿Y si somos 4?" only says it would fit, at the same price, and how to
  change it. A cabin too small says so ("es para hasta 2 personas") before the list for
  them, which drops its "¡Buenas noticias!"; the hold stays, as on other dates. One more
  said on a hold ("viene mi hermano también", "uh no, al final 4") is the same, counted
  from the hold's party; as a maybe ("capaz viene mi hermano") it only says it would fit.
- A typed "cancelar" mid-search drops the search, as before, and a guest with a live hold or
  a paid stay hears that it stands and how to cancel it ("escribí *cancelar reserva*"):
  they may have meant it, and saying so costs one line, not a question for everyone.
- A bare nod ("ok 👍", "bueno", 👍) right after "¿Cancelo la reserva o la dejamos como
  está?" (the question asked again after a doubt, a "later" or another question) cancels
  nothing: it answers neither way, and cancelling frees the nights for others. The buttons
  are shown again. A nod right after the guest's own request ("cancelar" → "¿Seguro?" →
  "ok") and a clear yes ("sí, cancelala") still cancel.
- "Buenas! una consulta" mid-booking (a list, the summary, the link sent) gets the hello
  and "¡Claro! Decime 😊", as "una consulta" alone did; with the link sent it got the whole
  hold and its link again. Opening the chat it is still the welcome with the menu.
- A follow-up whose answer already offers a person ("¿se puede con transferencia?" after
  "¿y el resto cómo lo pago?") does not get "Es todo lo que dice la info… hablar con una
  persona" as well: a person offered once per reply.
- A stay moved to a day ("¿podemos cambiar al 16?", "¿se puede correr al 22?", "¿la
  pasamos para el 20?") keeps its nights from that day. "Al 16" was read as the departure
  (a stay of 1 night, or of 7), "para el 20" as an arrival with the departure asked again.
  Searched like other new dates: a hold stays as it is, and "hasta el 20" is still the
  departure.
- A day named with a weekday it is not ("llegamos el viernes 6 de marzo" when the 6th is a
  Saturday) is said before the answer ("el 06/03 cae sábado, no viernes"); the day number
  is what is searched, as before, and the guest can correct it. Not guessed either way.
- "¿Cómo hago para reservar?" / "¿cómo la reservo?" on the summary gets what its buttons do
  (as "no sé qué tocar" does), not the same summary again; on the list, what to tap; with
  nothing on screen, the dates asked as before.
- A hold that lapsed without its expiry notice reaching the chat (the job not run yet, or
  the notice delayed or refused) answered "ya no está vigente (venció o se canceló)" and
  the menu. It now says it lapsed as that notice does, with "Reservar de nuevo", and
  leaves the chat as the notice would (stay and party kept), so a "dale" next sums the
  same stay up again.
- A nod before the head count ("ah ok, entonces 4", "dale, 4") answers "¿Cuántas personas
  van a ser?" like a bare "4" (it was asked again, "Decime un número").
- Only a month asked about on a stay's list or summary ("¿y para marzo?", "y en abril?",
  often after nothing was free) lists the first free stays of as many nights in that month
  (or says it is full and what follows), instead of "¿Qué días de marzo querés venir?".

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import DB
from booking import holds
from booking.models import BookingRules, Stay
from bot import replies as R
from bot.messages import Buttons, ListMessage
from bot.states import State
from tests.conversation_support import (
    ddmm,
    hold_quiet_stay,
    only,
    paid_quiet_stay,
    quiet_stay,
    rows,
    summed_up,
    text_of,
)

# ------------------------------------------------------------------ departure before arrival


def _reversed_stay() -> tuple[dt.date, dt.date]:
    start, end = quiet_stay(nights=4)
    return start, end


@pytest.mark.parametrize(
    "written",
    [
        "del {out} al {inn} somos 2",
        "hola, quiero reservar del {out} al {inn} para 2",
        "llegamos el {out} y nos vamos el {inn}, somos 2",
    ],
)
async def test_a_departure_before_the_arrival_is_said_so_and_dale_takes_it_reversed(guest, written):
    # Read as a stay of ~360 nights: "Por acá puedo reservar estadías de hasta 30 noches".
    start, end = _reversed_stay()
    said = text_of(await guest.say(written.format(out=ddmm(end), inn=ddmm(start))))
    assert "30 noches" not in said
    assert "antes que la llegada" in said and R.span(start, end) in said
    assert await guest.state() == State.ASK_DATES
    listed = await guest.say("dale")
    assert await guest.state() == State.CHOOSE_CABIN
    assert all(r.id.endswith(f"{start:%Y%m%d}:{end:%Y%m%d}") for r in rows(listed))


async def test_other_dates_after_a_reversed_stay_replace_it(guest):
    start, end = _reversed_stay()
    await guest.say(f"del {ddmm(end)} al {ddmm(start)}")
    later = end + dt.timedelta(days=7)
    said = text_of(await guest.say(f"no, del {ddmm(end)} al {ddmm(later)}"))
    assert R.span(end, later) in said
    assert (await guest.session()).ctx.check_out == later


async def test_a_stay_over_new_year_is_still_one(guest):
    year = BookingRules().today().year
    said = text_of(await guest.say("del 30/12 al 2/1 para 2"))
    assert "antes que la llegada" not in said
    assert R.span(dt.date(year, 12, 30), dt.date(year + 1, 1, 2)) in said.replace("Del ", "del ")


# ------------------------------------------------------------------ the party changed on a hold


async def _held_in(guest, row: int) -> str:
    start, end = quiet_stay()
    listed = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    await guest.tap(rows(listed)[row].id)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


@pytest.mark.parametrize(
    "text", ["ah no, al final somos 3", "se puede cambiar a 3 personas?", "perdon, vamos 3"]
)
async def test_a_new_head_count_the_held_cabin_sleeps_changes_the_hold(app, guest, text):
    # The hold was kept for 2 and every cabin listed again for 3, as if the guest wanted
    # another one (the held Cerro Chapelco sleeps 4).
    code = await _held_in(guest, 1)
    replies = await guest.say(text)
    said = text_of(replies)
    assert code in said and "3 personas" in said and "no cambia" in said
    assert not any(isinstance(r, ListMessage) for r in replies)
    assert await guest.state() == State.AWAIT_PAYMENT
    res = await holds.get_reservation(app[DB], code)
    assert res.guests == 3 and res.status == "pre_reserved"
    assert (await guest.session()).ctx.guests == 3


@pytest.mark.parametrize("text", ["y si somos 4?", "y para 4 cuanto sale?"])
async def test_a_head_count_wondered_about_on_a_hold_changes_nothing(app, guest, text):
    code = await _held_in(guest, 1)
    said = text_of(await guest.say(text))
    assert "también te sirve" in said and "*somos 4*" in said
    assert (await holds.get_reservation(app[DB], code)).guests == 2
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_a_head_count_the_held_cabin_cannot_sleep_says_so_before_the_list(app, guest):
    code = await _held_in(guest, 0)  # Lago Lácar, for 2
    replies = await guest.say("ah no, al final somos 3")
    said = text_of(replies)
    assert "es para hasta 2 personas" in said and code in said
    assert "Buenas noticias" not in only(replies, ListMessage).body
    assert await guest.state() == State.CHOOSE_CABIN
    assert (await holds.get_reservation(app[DB], code)).guests == 2


async def test_the_held_party_said_again_is_acknowledged(app, guest):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("somos 2"))
    assert f"*{code}* ya es para 2 personas" in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------------------ "¿y para marzo?"


def _month_after(day: dt.date) -> dt.date:
    nxt = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return nxt


@pytest.mark.parametrize(
    "asked", ["y para {m}?", "y en {m}?", "para {m} tenes?", "y para {m} q tal tienen algo libre"]
)
async def test_a_month_asked_on_the_list_lists_its_first_free_stays(guest, asked):
    # "¿Qué días de abril querés venir?" was asked back instead.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    month = _month_after(end)
    listed = await guest.say(asked.format(m=R.MONTHS[month.month - 1]))
    assert await guest.state() == State.CHOOSE_CABIN
    body = only(listed, ListMessage).body
    assert f"En {R.MONTHS[month.month - 1]}" in body
    for row in rows(listed):
        check_in, check_out = (
            dt.datetime.strptime(p, "%Y%m%d").date() for p in row.id.split(":")[2:]
        )
        assert check_in.month == month.month and (check_out - check_in) == end - start


async def test_a_month_asked_after_nothing_was_free_lists_what_is(guest, db):
    start, end = quiet_stay()
    for cabin_id in await db.fetchval("SELECT array_agg(id) FROM accommodations"):
        await holds.create_block(db, BookingRules(), cabin_id, Stay(start, end), "owner", "t")
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    month = _month_after(end)
    listed = await guest.say(f"y para {R.MONTHS[month.month - 1]}??")
    assert await guest.state() == State.CHOOSE_CABIN
    assert all(f"/{month.month:02d}" in r.description for r in rows(listed))


async def test_part_of_a_month_asked_is_not_its_first_free_stays(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    month = _month_after(end)
    said = text_of(await guest.say(f"y el finde largo de {R.MONTHS[month.month - 1]}?"))
    assert "lo primero que tengo libre" not in said


async def test_a_month_correction_still_keeps_the_days(guest):
    start, end = quiet_stay()
    await guest.say(f"del {start.day} al {end.day} de {R.MONTHS[start.month % 12]} para 4")
    said = text_of(await guest.say(f"me equivoque, es en {R.MONTHS[start.month - 1]}"))
    assert R.span(start, end) in said.replace("Del ", "del ")


# ------------------------------------------------------------------ "cancelar" with a booking


async def test_cancelar_mid_search_with_a_hold_says_the_hold_stands(app, guest):
    # "Listo, lo dejamos acá" and the menu only: the guest who meant the hold was not told.
    code = await hold_quiet_stay(guest)
    start, end = quiet_stay(days_ahead=80)
    await guest.say(f"y del {ddmm(start)} al {ddmm(end)}?")
    assert await guest.state() == State.CHOOSE_CABIN
    said = text_of(await guest.say("cancelar"))
    assert "lo dejamos acá" in said and code in said and "*cancelar reserva*" in said
    assert await guest.state() == State.IDLE
    assert (await holds.get_reservation(app[DB], code)).status == "pre_reserved"


async def test_cancelar_mid_search_with_a_paid_stay_says_it_stands(app, guest, db):
    code = await paid_quiet_stay(guest, db)
    await guest.say("quiero ver otras fechas")
    said = text_of(await guest.say("cancelar"))
    assert "lo dejamos acá" in said and code in said and "sigue en pie" in said
    assert (await holds.get_reservation(app[DB], code)).status == "confirmed"


async def test_cancelar_mid_search_with_no_booking_is_unchanged(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("cancelar"))
    assert "lo dejamos acá" in said and "sigue en pie" not in said


# ------------------------------------------------------------------ a nod at "¿cancelo o no?"


@pytest.mark.parametrize(
    "detour", ["mmm no se", "esperá que le pregunto a mi marido", "y se puede cambiar de fecha?"]
)
@pytest.mark.parametrize("nod", ["ok 👍", "bueno", "👍", "listo"])
async def test_a_nod_after_the_cancel_question_was_asked_again_cancels_nothing(
    app, guest, detour, nod
):
    # "ok 👍" to "¿Cancelo la reserva o la dejamos como está? Tocá un botón" cancelled it.
    code = await hold_quiet_stay(guest)
    await guest.say("cancelar")
    assert await guest.state() == State.CONFIRM_CANCEL
    await guest.say(detour)
    said = text_of(await guest.say(nod))
    assert "cancelé" not in said and code in said
    assert await guest.state() == State.CONFIRM_CANCEL
    assert (await holds.get_reservation(app[DB], code)).status == "pre_reserved"


@pytest.mark.parametrize("yes", ["ok", "si, cancelala", "dale"])
async def test_a_yes_right_after_the_cancel_question_still_cancels(app, guest, yes):
    code = await hold_quiet_stay(guest)
    await guest.say("cancelar")
    await guest.say(yes)
    assert (await holds.get_reservation(app[DB], code)).status == "cancelled"


async def test_a_clear_yes_after_a_doubt_still_cancels(app, guest):
    code = await hold_quiet_stay(guest)
    await guest.say("cancelar")
    await guest.say("mmm no se")
    await guest.say("si, cancelala")
    assert (await holds.get_reservation(app[DB], code)).status == "cancelled"


# ------------------------------------------------------------------ "buenas! una consulta"


@pytest.mark.parametrize(
    "text", ["buenas! una consulta", "hola, una pregunta", "buen dia, tengo una duda"]
)
async def test_a_hello_and_a_question_announced_mid_booking_is_invited(guest, text):
    # With the link sent: "¡Hola!" and the whole hold and link again, as if asked for.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "¡Claro! Decime" in said and "¡Hola, Lucía!" in said and code not in said
    assert await guest.state() == State.AWAIT_PAYMENT
    assert "mascotas" in text_of(await guest.say("aceptan perros?"))


async def test_a_hello_and_a_question_announced_on_the_summary_keeps_it(guest):
    await summed_up(guest)
    said = text_of(await guest.say("buenas, una consulta"))
    assert "¡Claro! Decime" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_a_hello_and_a_question_announced_opening_the_chat_is_still_the_welcome(guest):
    assert rows(await guest.say("hola, una consulta"))


# ------------------------------------------------------------------ a person offered once


async def test_a_follow_up_whose_answer_offers_a_person_offers_it_once(guest):
    # "¿y el resto cómo lo pago?" then "¿se puede con transferencia?": the transfer answer
    # (which offers a person) and "Es todo lo que dice la info… hablar con una persona".
    await hold_quiet_stay(guest)
    await guest.say("y el resto como lo pago?")
    said = text_of(await guest.say("se puede con transferencia?"))
    assert "transferencia" in said
    assert said.count("hablar con una persona") == 1
    assert "Es todo lo que dice" not in said


# ------------------------------------------------------------------ "¿podemos cambiar al 16?"


@pytest.mark.parametrize(
    "text", ["podemos cambiar al {d}?", "se puede correr al {d}?", "la podemos pasar para el {d}?"]
)
async def test_a_stay_moved_to_a_day_keeps_its_nights(guest, text):
    # "al 16" was read as the departure: "Del 15 al 16 es 1 noche…" or a week-long stay.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    moved = start + dt.timedelta(days=1)
    listed = await guest.say(text.format(d=moved.day))
    check_in, check_out = moved, moved + (end - start)
    assert R.span(check_in, check_out) in text_of(listed).replace("Del ", "del ")
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_held_stay_moved_lists_the_new_dates_and_keeps_the_hold(app, guest):
    code = await hold_quiet_stay(guest)
    ctx = (await guest.session()).ctx
    res = await holds.get_reservation(app[DB], code)
    start, end = res.check_in, res.check_out
    moved = start + dt.timedelta(days=1)
    said = text_of(await guest.say(f"podemos cambiar al {moved.day}?"))
    assert R.span(moved, moved + (end - start)) in said.replace("Del ", "del ")
    assert code in said and ctx.hold == code
    assert (await holds.get_reservation(app[DB], code)).status == "pre_reserved"


async def test_the_departure_changed_is_still_the_departure(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    later = end + dt.timedelta(days=1)
    said = text_of(await guest.say(f"mejor hasta el {later.day}"))
    assert R.span(start, later) in said.replace("Del ", "del ")


@pytest.mark.parametrize(
    ("text", "guests"), [("viene mi hermano tambien", 3), ("uh no, al final 4", 4)]
)
async def test_one_more_said_on_a_hold_changes_its_party(app, guest, text, guests):
    # The hold's status and link again: "viene mi hermano" was not heard at all.
    code = await _held_in(guest, 1)  # Cerro Chapelco, for 4
    said = text_of(await guest.say(text))
    assert f"ahora es para {guests} personas" in said
    assert (await holds.get_reservation(app[DB], code)).guests == guests


async def test_one_more_as_a_maybe_on_a_hold_changes_nothing(app, guest):
    code = await _held_in(guest, 1)
    said = text_of(await guest.say("capaz viene mi hermano"))
    assert "también te sirve" in said and "*somos 3*" in said
    assert (await holds.get_reservation(app[DB], code)).guests == 2


# ------------------------------------------------------------------ "el viernes 6" on a Saturday


def _named_wrong(day: dt.date) -> str:
    names = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
    return names[(day.weekday() - 1) % 7]


async def test_a_day_named_with_the_wrong_weekday_is_said_before_the_list(guest):
    # "el viernes 6 de marzo" when the 6th is a Saturday was searched with no word.
    start, end = quiet_stay()
    text = f"llegamos el {_named_wrong(start)} {start.day} y nos vamos el {end.day}, somos 2"
    replies = await guest.say(text.replace(f" {end.day},", f" {end.day}/{end.month},"))
    said = text_of(replies)
    weekday = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    assert f"el {start:%d/%m} cae {weekday[start.weekday()]}" in said
    assert rows(replies)


async def test_days_named_with_their_weekday_get_no_note(guest):
    start, end = quiet_stay()
    names = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
    first, last = names[start.weekday()], names[end.weekday()]
    said = text_of(await guest.say(f"del {first} {ddmm(start)} al {last} {ddmm(end)} para 2"))
    assert "Ojo" not in said


# ------------------------------------------------------------------ "¿cómo hago para reservar?"


@pytest.mark.parametrize(
    "text", ["como hago para reservar?", "y como la reservo?", "como seria para confirmarla?"]
)
async def test_how_to_book_on_the_summary_says_what_its_buttons_do(guest, text):
    # The same summary again, as if the guest had not seen it.
    await summed_up(guest)
    said = text_of(await guest.say(text))
    assert "Todavía no te guardé nada" in said and "*Confirmar*" in said
    assert await guest.state() == State.CONFIRM_HOLD


async def test_how_to_book_with_nothing_on_screen_still_asks_the_dates(guest):
    said = text_of(await guest.say("como hago para reservar?"))
    assert "¿Para qué fechas" in said


# ------------------------------------------------------------------ the hold lapsed, chat not told


async def _lapsed_unannounced(guest, db) -> str:
    """A hold that lapsed without its expiry notice reaching the chat (delayed or refused)."""
    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute',"
        " reservation_status = 'expired' WHERE code = $1",
        code,
    )
    assert await guest.state() == State.AWAIT_PAYMENT
    return code


@pytest.mark.parametrize("text", ["hola, perdon, ahora la pago", "me pasas el link?", "hola"])
async def test_a_hold_that_lapsed_unannounced_is_said_lapsed_with_book_again(guest, db, text):
    # "La reserva … ya no está vigente (venció o se canceló)" and the menu.
    code = await _lapsed_unannounced(guest, db)
    replies = await guest.say(text)
    said = text_of(replies)
    assert code in said and "se venció" in said and "venció o se canceló" not in said
    assert f"menu:retry:{code}" in [
        b.id for r in replies if isinstance(r, Buttons) for b in r.buttons
    ]


async def test_yes_after_a_hold_lapsed_unannounced_sums_the_same_stay_up_again(guest, db):
    await _lapsed_unannounced(guest, db)
    await guest.say("ahora la pago")
    said = text_of(await guest.say("dale"))
    assert "sigue libre" in said and await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ "ah ok, entonces 4"


@pytest.mark.parametrize("text", ["ah ok, entonces 4", "dale, 4", "bueno 4", "ok entonces cuatro"])
async def test_a_nod_before_the_head_count_is_still_the_head_count(guest, text):
    # "¿Cuántas personas serían en total? Decime un número": the number was not heard.
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert await guest.state() == State.ASK_GUESTS
    listed = await guest.say(text)
    assert "para 4 personas" in text_of(listed) and rows(listed)
