"""Session 25, a fresh sweep of whole chats by guests who already have a reservation (a
hold waiting for its deposit, or a paid stay), about that reservation: asked back, paid,
moved, a second cabin beside it, the day before arriving, and a "hola" days later.

Decided:
- The dates of their own reservation asked back in few words ("¿para cuándo era?", "¿para
  qué fecha tenía la reserva?", "tengo dos reservas, ¿me decís las fechas?") are that
  reservation's status, never a new search ("¿Para qué fechas querés venir?") nor "no lo
  tengo en mi info".
- A paid stay moved to a month with the reservation as a pronoun ("¿puedo pasarla a
  abril?", "¿la podemos pasar para mayo?") is a change of that stay, answered as "quiero
  cambiar las fechas" is (a person sees it), not a search of that month.
- Another cabin for some people "las mismas fechas" ("y otra cabaña para mis viejos las
  mismas fechas") searches the dates of the guest's reservation for that party; only the
  head count is said, so the dates are not asked again.
- A paid guest saying they travel on their arrival day ("mañana viajamos") is told about
  their booking, with the rest of the message answered; no "¿hasta qué día te quedás?".
- Their code typed without "CAB-" ("M5YF", "reserva nro XBF3") is their reservation: only
  a word that is exactly the rest of one of the guest's own codes counts.
- Leaving before the booked day ("salimos una noche antes", "nos volvemos dos días antes")
  is a night less, a change a person makes; never a night added before the arrival.
- "Tengo la reserva para marzo", "tengo reserva en marzo": the booking they have, not a
  search of that month. "¿Para cuántas personas era?": the party booked, said first.
- "¿A quién le pedimos la llave?" is the key handover (the check-in topic). "No me llegó
  nada" after paying is their booking's status, as "no me llegó la confirmación" is.
- Every reservation cancelled at once ("anulá todo", "cancelá ambas"): the list says they
  go one at a time and how to ask for the next.
- A hold still waiting for its deposit is recalled when its guest writes again with the
  chat forgotten: "hola" names it and gives its link (as a paid stay is named), and "¿cómo
  hago para pagar la seña?" gives that hold's link, not the general terms.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. A quiet stay for 2 holds the Lago Lácar.
"""

from __future__ import annotations

import pytest

from bot.states import State
from tests.conversation_support import (
    hold_quiet_stay,
    paid_quiet_stay,
    paid_stay_from,
    quiet_stay,
    text_of,
)

# ------------------------------------------------------------- their dates, asked back


@pytest.mark.parametrize(
    "text",
    [
        "y para cuando era la reserva?",
        "perdon, para cuando eran?",
        "para que dias teniamos la reserva?",
        "hola! me recordas las fechas de mi reserva?",
    ],
)
async def test_the_dates_of_their_reservation_asked_back_are_its_status(guest, db, text):
    # "¿para qué fecha tenía la reserva?" asked "¿Para qué fechas querés venir?"; "¿para
    # cuándo era?" got "eso no lo tengo en mi info".
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    start, _ = quiet_stay()
    said = text_of(await guest.say(text))
    assert code in said and f"{start:%d/%m}" in said, said
    assert "querés venir" not in said and "no lo tengo" not in said
    assert await guest.state() == State.IDLE


async def test_two_reservations_and_their_dates_asked_names_both(guest, db):
    first = await paid_stay_from(guest, db, 15)
    second = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say("tengo 2 reservas, me pasas las fechas?"))
    assert first in said and second in said, said


# ----------------------------------------------------------------- a paid stay moved


@pytest.mark.parametrize(
    "text",
    [
        "la podemos pasar para mayo?",
        "se podria moverla a junio?",
        "hola, podriamos postergarla para abril?",
    ],
)
async def test_a_paid_stay_moved_to_a_month_is_a_change(guest, db, text):
    # "¿puedo pasarla a abril?" asked which days of April, as a new stay.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "Hablar con alguien" in said, said
    assert "Qué días de" not in said and await guest.state() == State.IDLE


# ------------------------------------------------------- a second cabin, the same dates


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("necesito otra cabaña para 4 personas, mismos dias", "Cerro Chapelco"),
        ("hola, quiero otra cabaña para mi hermana y su marido en las mismas fechas", "libres"),
    ],
)
async def test_another_cabin_for_a_party_the_same_dates_searches_them(guest, db, text, shown):
    # "y otra cabaña para mis viejos las mismas fechas": "¡Genial, para 2! ¿Para qué fechas?"
    await paid_quiet_stay(guest, db)
    await guest.forget()
    start, end = quiet_stay()
    said = text_of(await guest.say(text))
    assert "querés venir" not in said and shown in said, said
    assert f"{start:%d/%m}" in said and f"{end:%d/%m}" in said, said


# ------------------------------------------------------------------ the day before


@pytest.mark.parametrize(
    "text",
    ["mañana viajamos!! a que hora se puede entrar?", "buenas, viajamos mañana. como llego?"],
)
async def test_travelling_on_the_booked_day_is_their_booking(guest, db, text):
    # "mañana viajamos, ¿me pasás la dirección?": the address, then "Llegarías el dom …
    # ¿Hasta qué día te quedás?" as a new stay.
    code = await paid_stay_from(guest, db, 1)
    said = text_of(await guest.say(text))
    assert code in said and "Hasta qué día" not in said, said
    assert await guest.state() == State.IDLE


# ------------------------------------------------------------- a waiting hold recalled


@pytest.mark.parametrize("text", ["buenas tardes", "hola de nuevo!"])
async def test_a_hello_recalls_the_hold_waiting_for_its_deposit(guest, text):
    # "hola" a while after holding (the chat forgotten): the bot's introduction and the
    # menu, as to a stranger; a paid stay was already named.
    code = await hold_quiet_stay(guest)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "guardada hasta" in said and "checkout" in said, said
    assert "Soy el asistente" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


@pytest.mark.parametrize("text", ["como hacemos para pagar?", "como hago para abonar la reserva"])
async def test_how_to_pay_with_a_hold_waiting_gives_its_link(guest, text):
    # "hola, ¿cómo hago para pagar la seña?": the general terms, no word of their hold.
    code = await hold_quiet_stay(guest)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "checkout" in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------------------ the code typed without "CAB-"


@pytest.mark.parametrize("text", ["{bare}", "reserva n° {bare}", "codigo {bare} ✅"])
async def test_their_code_typed_without_its_prefix_is_their_reservation(guest, db, text):
    # "reserva nro XBF3" asked "¿Para qué fechas querés venir?"; "M5YF" alone, "no te
    # entendí". Only the guest's own code counts, so any word of our letters may be one.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text.format(bare=code.removeprefix("CAB-"))))
    assert code in said and "confirmada" in said, said
    assert "querés venir" not in said and "no te entendí" not in said


# --------------------------------------------------------- leaving before the booked day


@pytest.mark.parametrize(
    "text", ["salimos una noche antes, hay problema?", "al final nos volvemos dos dias antes"]
)
async def test_leaving_earlier_is_no_extra_night_before(guest, db, text):
    # "nos vamos a tener que ir un día antes": "la noche del dom 28/02 está libre … quedaría
    # del dom 28/02 al jue 04/03, con $ 91.000 más", a night added before the arrival.
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "más" not in said and "Hablar con alguien" in said, said


# ------------------------------------------------------- "tengo la reserva para marzo"


@pytest.mark.parametrize(
    "text", ["buenas, tenemos la reserva para {month}", "hola! tengo reserva en {month}"]
)
async def test_the_reservation_they_have_with_its_month_is_no_search(guest, db, text):
    # "hola, soy Lucía, tengo la reserva para marzo": "¿Qué días de marzo querés venir?"
    from bot.replies import MONTHS

    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    start, _ = quiet_stay()
    said = text_of(await guest.say(text.format(month=MONTHS[start.month - 1])))
    assert code in said and "querés venir" not in said, said


# ----------------------------------------------------------------- the day before


async def test_being_there_tomorrow_is_their_booking(guest, db):
    # "mañana estamos ahí 🙌 ¿algo que tengamos que llevar?": "Llegarías el dom … ¿Hasta
    # qué día te quedás?", a new stay.
    code = await paid_stay_from(guest, db, 1)
    said = text_of(await guest.say("buenas! mañana estamos por alla, que tenemos que llevar?"))
    assert code in said and "Hasta qué día" not in said, said


async def test_arriving_on_another_day_than_tomorrow_is_a_change(guest, db):
    # "¿se puede llegar hoy en vez de mañana?": "Por una sola noche no puedo", a new stay.
    code = await paid_stay_from(guest, db, 1)
    said = text_of(await guest.say("podriamos llegar pasado mañana en vez de mañana?"))
    assert code in said and "Hablar con alguien" in said and "noche no puedo" not in said, said


# ------------------------------------------------------------ their party asked back


@pytest.mark.parametrize("text", ["cuantos eramos en la reserva?", "para cuantos era la reserva?"])
async def test_their_party_asked_back_is_said(guest, db, text):
    # "¿para cuántas personas era la reserva?": every cabin's capacity and "¿Para qué
    # fechas querés venir?".
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "2 personas" in said and "querés venir" not in said, said


async def test_whom_to_ask_for_the_key_is_the_handover(guest, db):
    # "cuando llegamos, ¿a quién le pedimos la llave?": "eso no lo tengo en mi info".
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("a quien le pido las llaves cuando lleguemos?"))
    assert "entrega de llaves" in said and "no lo tengo" not in said, said


# ----------------------------------------------------------- all of them cancelled


@pytest.mark.parametrize("text", ["quiero cancelar ambas reservas", "cancelame todas porfa"])
async def test_cancelling_every_reservation_says_they_go_one_at_a_time(guest, db, text):
    # "anulá todo", "cancelá las dos": "¿Qué reserva querés cancelar?", as if one was asked.
    from bot import replies as R

    first = await paid_stay_from(guest, db, 15)
    second = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert "de a una" in said and first in said and second in said, said
    await guest.tap(f"res:{first}", "primera")
    await guest.tap(R.CANCEL_YES, "Sí, cancelar")
    said = text_of(await guest.say("cancelar"))
    assert second in said and await guest.state() == State.CONFIRM_CANCEL, said


@pytest.mark.parametrize("text", ["todavia no me mandaron nada", "y no me llego nada 😕"])
async def test_nothing_received_after_paying_is_the_booking(guest, db, text):
    # "PERO NO ME LLEGO NADA" a day after paying: "Perdón, no te entendí bien".
    code = await paid_quiet_stay(guest, db)
    await guest.forget()
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said and "no te entendí" not in said, said
