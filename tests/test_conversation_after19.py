"""Session 19, the after-booking sweep: what guests write once the booking flow's main steps
are done (a hold waiting for its deposit, a paid stay, a lapsed hold, a stay that is over),
and the replies that read wrong, contradicted the booking or dead-ended.

Decided:
- Another cabin instead of the held one ("mejor la otra cabaña", "mejor la de 4") searches
  the held stay and party again (or sums that cabin up); the hold is kept and said so,
  never swapped on a guess. Naming the held cabin again, or "volver", is the hold again.
  A second hold for the same stay with no group in the chat says how to drop the first.
- Paying asked after the deposit is paid is about the rest (its amount, and a person to
  arrange a way or an earlier payment), never the deposit's terms again.
- Something left at the cabin is handed to a person without "perdón por el problema"
  (round 9's test follows); praise in the same message is thanked first.
- A "garantía" (security deposit) is not in the cabins' data: said so, with a person.
- A goodbye from a guest with a paid stay ahead names the arrival day, so a guest who has
  it wrong notices.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. A quiet stay for 2 holds the Lago Lácar.
"""

from __future__ import annotations

import datetime as dt

import pytest

from appkeys import NOTIFIER
from booking import holds, jobs
from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    ddmm,
    hold_quiet_stay,
    paid_quiet_stay,
    pay_deposit,
    quiet_stay,
    rows,
    text_of,
    today,
)

# ---------------------------------------------------------- a hold waiting for its deposit


@pytest.mark.parametrize("text", ["listo, pagado 👍", "pagado!", "ya está, pagada ✅", "abonado"])
async def test_paid_said_in_one_word_is_a_payment_not_a_question(guest, text):
    # "listo, pagado 👍" got "Entrá al link y pagá la seña…", as if the guest asked how.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Todavía no me llegó la confirmación" in said and code in said, said
    assert "Entrá al link" not in said


@pytest.mark.parametrize(
    "text", ["mejor la otra cabaña", "prefiero otra cabaña", "mejor otra cabaña porfa",
             "podemos cambiar de cabaña?"],
)  # fmt: skip
async def test_another_cabin_instead_of_the_held_one_lists_the_others_for_the_stay(guest, text):
    # "Mejor la otra cabaña" got "¿Cuántas personas van a ser?": read as a second cabin
    # for a group, with the party the hold already says forgotten.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CHOOSE_CABIN, said
    assert "¿Cuántas personas" not in said and "2 personas" in said
    assert "Cerro Chapelco" in said and "Bosque de Quila" in said
    assert code in said and "sigue guardada" in said


@pytest.mark.parametrize(
    ("text", "cabin"),
    [("mejor la de 4", "Cerro Chapelco"), ("prefiero la del bosque", "Bosque de Quila"),
     ("mejor la de chapelco, se puede?", "Cerro Chapelco")],
)  # fmt: skip
async def test_another_cabin_named_instead_of_the_held_one_is_summed_up(guest, text, cabin):
    # "Mejor la de 4" got the hold and its link again, the wish unheard.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD, said
    assert f"*Cabaña {cabin}*" in said and "2 personas" in said
    assert code in said and "sigue guardada" in said


async def test_the_held_cabin_named_again_is_still_the_hold(guest):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("mejor la del lago"))
    assert await guest.state() == State.AWAIT_PAYMENT and code in said


@pytest.mark.parametrize(
    "text", ["se puede pagar con tarjeta de otra persona",
             "puedo pagar con la tarjeta de mi marido?", "la tarjeta no es mia, hay problema?",
             "puede pagar mi hermana con su tarjeta?"],
)  # fmt: skip
async def test_someone_elses_card_is_answered(guest, text):
    # The generic "Entrá al link y pagá la seña con tarjeta…", the question left open.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "cualquier tarjeta" in said and "a tu nombre" in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_someone_elses_card_asked_before_booking_is_answered_too(guest):
    said = text_of(await guest.say("se puede pagar con la tarjeta de otra persona?"))
    assert "cualquier tarjeta" in said, said


@pytest.mark.parametrize(
    "text", ["ya pagué, te mando el comprobante?", "ya pague, necesitan el comprobante?"]
)
async def test_paid_with_a_receipt_offered_says_none_is_needed(guest, text):
    # "Todavía no me llegó…": the question about the receipt left unanswered.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "no hace falta el comprobante" in said and "Todavía no me llegó" in said, said


# ------------------------------------------------------------------------- a paid stay


@pytest.mark.parametrize(
    ("text", "way"),
    [("el resto lo pago en efectivo?", "en efectivo"),
     ("lo que falta se puede pagar por transferencia?", "por transferencia"),
     ("como pago el resto?", None), ("se puede pagar con transferencia?", "por transferencia")],
)  # fmt: skip
async def test_paying_asked_after_the_deposit_is_about_the_rest(guest, db, text, way):
    # "La seña se paga con Mercado Pago: por acá no puedo tomarla en efectivo", to a guest
    # whose deposit is paid.
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert "no puedo tomarla" not in said and "Para reservar" not in said, said
    assert "$ 136.500" in said and "al llegar" in said.lower() and code in said
    assert way is None or ("ya está paga" in said and f"pagar {way}" in said)


@pytest.mark.parametrize(
    "text", ["todo listo entonces?", "esta todo ok?", "quedo todo bien?", "entonces ya esta todo?"],
)  # fmt: skip
async def test_all_set_asked_after_paying_is_the_stay_confirmed(guest, db, text):
    # "Mmm, eso no lo tengo en mi info 🤔" to a guest asking whether the booking is done.
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert code in said and "confirmada" in said, said
    assert "no lo tengo en mi info" not in said


async def test_all_set_asked_while_the_deposit_is_pending_is_not_confirmed(guest):
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say("todo listo entonces?"))
    assert code in said and "confirmada ✅" not in said, said


@pytest.mark.parametrize("text", ["nos vemos el viernes", "nos vemos!! chau", "hasta pronto"])
async def test_a_goodbye_with_a_paid_stay_ahead_names_its_arrival(guest, db, text):
    # "¡Chau, Lucía! Cualquier cosa, acá estoy": the stay (a Monday) never said, so a
    # guest who had the day wrong was not told.
    await paid_quiet_stay(guest, db)
    res = (await holds.active_reservations_for(db, guest.wa_id, today=today()))[0]
    said = text_of(await guest.say(text))
    assert f"{res.check_in:%d/%m}" in said and "esperamos" in said, said


@pytest.mark.parametrize("text", ["podemos llevar al perro al final?", "se puede ir con mascota?"])
async def test_a_pet_asked_about_with_a_paid_stay_says_how_to_give_notice(guest, db, text):
    # The rule alone ("con aviso previo"): the guest left asking how to give that notice.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert "aviso previo" in said and "vamos con el perro" in said, said


# ------------------------------------------------------------------------- a lapsed hold


async def _lapsed(guest, db, app) -> str:
    code = await hold_quiet_stay(guest)
    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await jobs.expire_holds(db, app[NOTIFIER])
    return code


@pytest.mark.parametrize(
    "text", ["me la guardas de nuevo?", "me la podes volver a guardar?",
             "guardamela otra vez porfa"],
)  # fmt: skip
async def test_the_lapsed_hold_asked_to_be_kept_again_is_summed_up_again(guest, db, app, text):
    # "¡Buenas noticias! … tengo libres:" and all three cabins, the lapsed one not named.
    await _lapsed(guest, db, app)
    said = text_of(await guest.say(text))
    assert await guest.state() == State.CONFIRM_HOLD, said
    assert "*Cabaña Lago Lácar*" in said and "sigue libre" in said


# ------------------------------------------------------------------ after the stay is over


async def _stayed(guest, db) -> str:
    code = await hold_quiet_stay(guest)
    first, last = today() - dt.timedelta(days=6), today() - dt.timedelta(days=3)
    await db.execute(
        "UPDATE reservations SET check_in = $2, check_out = $3 WHERE code = $1", code, first, last
    )
    await pay_deposit(guest, db, code)
    await guest.forget()
    return code


@pytest.mark.parametrize(
    "text", ["me olvide un cargador", "nos olvidamos una campera en la cabaña",
             "creo que me deje los anteojos"],
)  # fmt: skip
async def test_something_left_at_the_cabin_is_no_problem_to_apologise_for(guest, db, text):
    # "Uy, perdón por el problema 🙏": nothing went wrong on our side.
    await _stayed(guest, db)
    said = text_of(await guest.say(text))
    assert "perdón por el problema" not in said and "alguien del equipo" in said, said
    assert "se fije" in said
    assert await guest.state() == State.HANDOFF


async def test_a_stay_praised_with_something_left_thanks_first(guest, db):
    await _stayed(guest, db)
    said = text_of(await guest.say("la pasamos genial, me olvide un cargador en la mesita"))
    assert "perdón por el problema" not in said and "Qué lindo" in said, said
    assert "se fije" in said


async def test_a_real_problem_at_the_cabin_still_gets_the_apology(guest, db):
    await _stayed(guest, db)
    said = text_of(await guest.say("no anda el wifi"))
    assert "perdón por el problema" in said


@pytest.mark.parametrize(
    "text", ["gracias por todo!! volvemos seguro", "mil gracias, volvemos el año que viene",
             "gracias! seguro volvemos 🙌"],
)  # fmt: skip
async def test_thanks_with_coming_back_is_a_stay_praised(guest, db, text):
    # "¡De nada, Lucía!", the coming back unheard.
    await _stayed(guest, db)
    said = text_of(await guest.say(text))
    assert "Cuando quieras volver" in said, said


# ------------------------------------------------------- second pass: longer exchanges


async def test_the_held_cabin_named_again_from_the_other_cabins_is_the_hold(guest):
    # "No, mejor me quedo con la del lago" got "La Cabaña Lago Lácar no está libre para
    # esas fechas": it was missing from the list because of the guest's own hold.
    code = await hold_quiet_stay(guest)
    await guest.say("mejor la otra cabaña")
    said = text_of(await guest.say("no, mejor me quedo con la del lago"))
    assert await guest.state() == State.AWAIT_PAYMENT, said
    assert code in said and "no está libre" not in said and "seguimos con la" in said


async def test_going_back_from_the_other_cabins_is_the_hold(guest):
    # "volver" from that list asked for new dates ("¿Cuándo querés venir?").
    code = await hold_quiet_stay(guest)
    await guest.say("mejor la otra")
    said = text_of(await guest.say("volver"))
    assert await guest.state() == State.AWAIT_PAYMENT, said
    assert code in said and "¿Cuándo querés venir?" not in said


async def test_a_question_about_the_held_cabin_on_the_list_is_answered(guest):
    await hold_quiet_stay(guest)
    await guest.say("mejor la otra cabaña")
    await guest.say("la del lago tiene parrilla?")
    assert await guest.state() == State.CHOOSE_CABIN


async def test_the_other_cabin_held_instead_says_how_to_drop_the_first(guest):
    # "Cada cabaña se confirma con su seña: acordate de pagar esa también", to a guest who
    # wanted the other cabin instead of the first.
    first = await hold_quiet_stay(guest)
    await guest.say("mejor la de 6")
    said = text_of(await guest.tap(R.HOLD_CONFIRM, "Confirmar"))
    assert await guest.state() == State.AWAIT_PAYMENT
    assert first in said and "cancelar reserva" in said and "pagar esa también" not in said


@pytest.mark.parametrize(
    ("first", "split", "second"),
    [("somos 9", "5 y 4", "ahora la otra"),
     ("2 cabañas para 2 cada una", None, "y la otra cabaña para 2")],
)  # fmt: skip
async def test_a_group_holding_two_cabins_is_still_told_to_pay_both(guest, first, split, second):
    start, end = quiet_stay()
    listed = await guest.say(f"{first} del {ddmm(start)} al {ddmm(end)}")
    if split:
        listed = await guest.say(split)
    await guest.tap(rows(listed)[0].id, rows(listed)[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    listed = await guest.say(second)
    await guest.tap(rows(listed)[0].id, rows(listed)[0].title)
    said = text_of(await guest.tap(R.HOLD_CONFIRM, "Confirmar"))
    assert "pagar esa también" in said, said


@pytest.mark.parametrize(
    "text", ["me podes esperar hasta la noche?", "nos esperan hasta mañana?"]
)  # fmt: skip
async def test_waiting_longer_for_the_deposit_is_the_hold_not_extended(guest, text):
    # "Podés entrar desde las 14:00…": read as the arrival hour.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert code in said and "no puedo extenderla" in said, said


@pytest.mark.parametrize(
    "text", ["y si no llego a pagar que pasa?", "que pasa si no pago a tiempo?"]
)  # fmt: skip
async def test_what_if_unpaid_says_until_when_and_that_it_frees_itself(guest, text):
    # The generic "Entrá al link y pagá la seña…".
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert code in said and "se libera" in said and "Entrá al link" not in said, said


@pytest.mark.parametrize(
    "text", ["la reserva sale a nombre de quien?", "con que nombre figura la reserva?"]
)  # fmt: skip
async def test_whose_name_a_hold_is_under_is_said(guest, text):
    # "¡Buenísimo! 🙌 Pagá la seña…", the question unheard.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert code in said and "a nombre de *Lucía*" in said and "Buenísimo" not in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_whose_name_a_paid_stay_is_under_is_said(guest, db):
    # "Los cambios… los ve alguien del equipo": a change offered to a guest who only asked.
    code = await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("a nombre de quien quedo?"))
    assert code in said and "a nombre de *Lucía*" in said and "Los cambios" not in said, said


@pytest.mark.parametrize(
    "text", ["nos podemos ir mas tarde el ultimo dia?", "me puedo ir mas tarde el domingo?"]
)  # fmt: skip
async def test_leaving_later_asked_with_ir_is_a_late_check_out(guest, db, text):
    # "La salida es hasta las 10:00 🕑", the "later?" unanswered.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert "10:00" in said and "dueño" in said, said


async def test_a_tax_id_after_paying_reaches_the_owner(guest, db, app):
    # "Perdón, no te entendí bien 🤔" and the menu.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("mi cuit es 20-12345678-6"))
    assert "20-12345678-6" in said and "no te entendí" not in said, said
    assert await guest.state() == State.IDLE


@pytest.mark.parametrize(
    "text", ["hay que dejar deposito de garantia?", "me devuelven la garantia?"]
)  # fmt: skip
async def test_a_security_deposit_asked_is_not_the_booking_deposit(guest, db, text):
    # The rest of the stay, or "Podés cancelar cuando quieras…", to a question about a
    # security deposit the cabins' data does not have.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert "no figura depósito de garantía" in said, said
    assert "cancelar" not in said.lower() and "restantes" not in said


async def test_a_security_deposit_asked_after_the_stay_is_not_cancelling(guest, db):
    await _stayed(guest, db)
    said = text_of(await guest.say("me devuelven la garantia?"))
    assert "no figura depósito de garantía" in said and "cancelar" not in said.lower(), said


async def test_the_deposit_asked_after_paying_says_its_amount(guest, db):
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("cuanto era la seña que pague?"))
    assert "$ 58.500" in said, said


async def test_the_lapsed_hold_wanted_still_is_summed_up_again(guest, db, app):
    await _lapsed(guest, db, app)
    said = text_of(await guest.say("la quiero igual"))
    assert await guest.state() == State.CONFIRM_HOLD and "sigue libre" in said, said


async def test_see_you_next_time_after_the_stay_is_praise(guest, db):
    await _stayed(guest, db)
    said = text_of(await guest.say("gracias por todo, nos vemos la proxima!"))
    assert "Cuando quieras volver" in said, said


# ------------------------------------------------------------------------- third pass


@pytest.mark.parametrize("text", ["ya casi, estoy cargando la tarjeta", "estoy pagando"])
async def test_paying_this_very_moment_gets_the_short_nod(guest, text):
    # "Entrá al link y pagá la seña…" to a guest already paying.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Entrá al link" not in said and "te aviso" in said, said


async def test_a_discount_asked_while_the_deposit_waits_is_answered(guest):
    # The hold and its link again, the discount unheard.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("hay descuento si pago todo ahora?"))
    assert "descuentos" in said, said
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_the_balance_asked_to_be_paid_now_says_who_arranges_it(guest, db):
    # "Al llegar se pagan los $ 136.500 restantes": when, but not whether it can be now.
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say("puedo pagar el saldo ahora por mercado pago?"))
    assert "$ 136.500" in said and "hablar con una persona" in said, said


@pytest.mark.parametrize("text", ["cuantos dias faltan? 😍", "cuanto falta para el viaje??"])
async def test_days_to_go_to_a_paid_stay_are_counted(guest, db, text):
    # "Mmm, eso no lo tengo en mi info 🤔" to a guest counting the days.
    await paid_quiet_stay(guest, db)
    res = (await holds.active_reservations_for(db, guest.wa_id, today=today()))[0]
    said = text_of(await guest.say(text))
    assert f"Faltan {(res.check_in - today()).days} días" in said, said


async def test_running_out_of_time_after_a_lapse_is_the_lapsed_hold(guest, db, app):
    # "¡Hola, Lucía! Soy el asistente…": the welcome, the lapsed hold not named.
    await _lapsed(guest, db, app)
    said = text_of(await guest.say("hola? me quede sin tiempo"))
    assert "Cabaña Lago Lácar" in said and "Soy el asistente" not in said, said


@pytest.mark.parametrize(
    "text", ["hola, queriamos agradecer, todo hermoso", "la cabaña estaba impecable, gracias"]
)  # fmt: skip
async def test_a_stay_praised_with_a_hello_or_as_it_was_is_thanked_warmly(guest, db, text):
    # The welcome and menu, or "¡De nada!".
    await _stayed(guest, db)
    said = text_of(await guest.say(text))
    assert "Qué lindo leer eso" in said and "Soy el asistente" not in said, said


@pytest.mark.parametrize("text", ["hay que llevar algo?", "que hay que llevar?"])
async def test_what_to_bring_asked_of_nothing_named_is_not_a_yes(guest, db, text):
    # "¡Sí! La Cabaña Lago Lácar tiene ropa de cama y toallas": "sí" to "do we bring
    # anything?" reads "bring it".
    await paid_quiet_stay(guest, db)
    said = text_of(await guest.say(text))
    assert "¡Sí!" not in said and "No hace falta llevar" in said, said
