"""Round 12 of QA: questions about paying and the cabins, as guests write them.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import pytest

from tests.conversation_support import ddmm, hold_quiet_stay, quiet_stay, text_of

# ------------------------------------------------------------------ instalments


@pytest.mark.parametrize(
    "text",
    ["se puede pagar en cuotas?", "aceptan tarjeta en 3 cuotas?", "cuotas sin interes?"],
)
async def test_instalments_asked_get_what_mercado_pago_offers(guest, text):
    # The general terms, which say nothing of instalments.
    said = text_of(await guest.say(text))
    assert "cuotas" in said and "Mercado Pago" in said
    # Interest-free instalments are Mercado Pago's and the card's to offer, not promised.
    assert "no te las puedo prometer" in said


async def test_instalments_asked_on_the_list_keep_the_list(guest):
    start, end = quiet_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    said = text_of(await guest.say("se puede en 6 cuotas?"))
    assert "cuotas" in said and "elegí una cabaña" in said


async def test_instalments_asked_while_the_deposit_is_pending(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("puedo pagar la seña en cuotas?"))
    assert "cuotas" in said and "sigue guardada" in said


async def test_dollars_asked_are_no_general_terms(guest):
    # The general terms, with no word on dollars.
    said = text_of(await guest.say("aceptan dolares?"))
    assert "en dólares" in said and "hablar con una persona" in said


# ------------------------------------------------------------------ what the question is about


async def test_an_extra_charge_for_the_dog_is_the_pet_rule_not_the_prices(guest):
    # The price list of every cabin.
    said = text_of(await guest.say("llevamos al perro, cobran extra?"))
    assert "mascotas" in said and "$" not in said


async def test_a_month_beside_a_question_asks_no_dates(guest):
    # The pool answered, then "¿qué días de octubre?" as if a stay had been asked for.
    said = text_of(await guest.say("la piscina esta abierta en octubre?"))
    assert "pileta" in said and "octubre" not in said
