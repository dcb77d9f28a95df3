"""Round 13 of QA: guests who type their answer to the bot's own lists and buttons,
returning guests and groups in several cabins, each finding a short chat here.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. Dates are computed from today (quiet weeks outside the seasons), so the tests
hold on any day.
"""

from __future__ import annotations

import json

import pytest

from bot.session import Context, Session, parse_session, session_document
from bot.states import State
from tests.conversation_support import (
    Guest,
    ddmm,
    handed_off,
    hold_quiet_stay,
    paid_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)


async def _summary_of_the_first(guest, party: int = 4) -> None:
    """A quiet stay listed for `party`, and the first cabin's summary on screen."""
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {party}")
    await guest.tap(rows(offer)[0].id, rows(offer)[0].title)


# ------------------------------------------------------------------ the receipt, asked about


@pytest.mark.parametrize(
    "text",
    ["¿Tengo que mandar comprobante?", "hay que mandar el comprobante", "les mando el recibo?"],
)
async def test_asking_whether_to_send_the_receipt_gets_no_thanks(guest, text):
    # "¡Gracias! 🙌 No puedo abrir imágenes…" to a guest who sent nothing.
    await hold_quiet_stay(guest)
    said = text_of(await guest.say(text))
    assert "Gracias" not in said and "imágenes" not in said
    assert said.startswith("Tranqui, no hace falta") and "Mercado Pago" in said


async def test_a_receipt_announced_is_still_thanked(guest):
    await hold_quiet_stay(guest)
    said = text_of(await guest.say("te mando el comprobante"))
    assert said.startswith("¡Gracias!")
