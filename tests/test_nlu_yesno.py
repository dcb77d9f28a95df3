"""Yes/no replies at a confirmation prompt, for bot.nlu (``affirm``, ``deny``, intent).

The conversation reads ``affirm``/``deny`` to confirm a hold, accept the one listed
cabin and confirm a cancellation ("¿Seguro?"), so a false "yes" can hold or cancel
something. Messages written the way Argentine guests answer on WhatsApp, run through
the parser before any fix: rows that failed then and were fixed with a general rule,
and a sample of rows that already passed (marked). Today is 2026-11-26 (Thursday).

Decisions where the reading is arguable:
* A whole message of yes words is a yes, even words that start many other messages
  ("bueno", "va", "seguro", "metele"), but not asked back ("¿seguro?").
* A yes that defers ("ok, después te aviso", "dale, lo pienso", "sí, después te
  confirmo", "ya te confirmo") or adds a condition ("sí, pero para 3") is not a yes;
  a bare "sí, te confirmo" is.
* "no, está bien" is a no: every prompt it answers asks to go ahead.
* "no, para el 20", "no, somos 4": a "no" that brings the corrected stay is no refusal.
* "no la quiero" / "ya no la quiero" is a no (at "¿Seguro que cancelo?" that keeps the
  booking: a missed cancel is cheaper than a wrong one).
* "la quiero", "me la confirmás?" are ``book`` like "la tomo" / "me la guardás", not a
  yes (at "¿Seguro que cancelo?", "la quiero" means keep it). A bare "¿me confirmás?" /
  "confirmame" names nothing to book and stays ``unknown``.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse

THU = date(2026, 11, 26)

Row = tuple[str, str, bool, bool]

# (message, intent, affirm, deny)

# Yes: a yes word, alone or with fillers ("bueno, esa", "metele nomás", "¿cómo no?").
YES: list[Row] = [
    ("dale", "unknown", True, False),  # passed before
    ("va", "unknown", True, False),
    ("sip", "unknown", True, False),  # passed before
    ("ok", "unknown", True, False),  # passed before
    ("okis", "unknown", True, False),  # passed before
    ("si si", "unknown", True, False),  # passed before
    ("claro que si", "unknown", True, False),  # passed before
    ("adelante", "unknown", True, False),
    ("hagamoslo", "unknown", True, False),
    ("bueno", "unknown", True, False),
    ("bueno, esa", "unknown", True, False),
    ("Bueno!", "unknown", True, False),
    ("sipi", "unknown", True, False),
    ("siiii obvio", "unknown", True, False),  # passed before
    ("oka", "unknown", True, False),  # passed before
    ("oquei", "unknown", True, False),
    ("ok perfecto", "unknown", True, False),  # passed before
    ("perfecto, dale", "unknown", True, False),  # passed before
    ("joyita", "unknown", True, False),
    ("de 10", "unknown", True, False),
    ("de diez", "unknown", True, False),
    ("impecable", "unknown", True, False),
    ("dale nomas", "unknown", True, False),  # passed before
    ("va que va", "unknown", True, False),
    ("va, dale", "unknown", True, False),
    ("metele", "unknown", True, False),
    ("metele nomas", "unknown", True, False),
    ("mandale", "unknown", True, False),
    ("mandale nomas", "unknown", True, False),
    ("adelante!", "unknown", True, False),
    ("hagamoslo!", "unknown", True, False),
    ("hagámoslo", "unknown", True, False),
    ("hagamos eso", "unknown", True, False),
    ("confirmado", "unknown", True, False),  # passed before
    ("seguro", "unknown", True, False),
    ("desde ya", "unknown", True, False),
    ("me parece perfecto", "unknown", True, False),
    ("me sirve", "unknown", True, False),  # passed before
    ("me viene bien", "unknown", True, False),
    ("nos viene bien", "unknown", True, False),
    ("trato hecho", "unknown", True, False),
    ("sin problema", "unknown", True, False),
    ("no hay problema", "unknown", True, False),
    ("como no", "unknown", True, False),
    ("por que no", "unknown", True, False),
    ("avancemos", "unknown", True, False),
    ("avanzamos", "unknown", True, False),
    ("cerramos", "unknown", True, False),
    ("si señor", "unknown", True, False),  # passed before
    ("sisisi", "unknown", True, False),
    ("re si", "unknown", True, False),  # passed before
    ("listo!", "unknown", True, False),  # passed before
    ("ok listo", "unknown", True, False),  # passed before
    ("si quiero", "unknown", True, False),
    ("sí, la quiero", "book", True, False),
    ("sii", "unknown", True, False),  # passed before
    ("siiii dale!!", "unknown", True, False),  # passed before
    ("bueno, dale, gracias", "thanks", True, False),  # passed before
    ("bueno, va", "unknown", True, False),
    ("adelante nomas", "unknown", True, False),
    ("si, hagamoslo", "unknown", True, False),  # passed before
    ("vamos!", "unknown", True, False),
    ("nos viene perfecto", "unknown", True, False),
    ("ok?", "unknown", True, False),  # passed before
]

# A yes that defers or hedges is no yes yet (and no no).
DEFERS: list[Row] = [
    ("ok despues te aviso", "unknown", False, False),
    ("ok lo pienso", "unknown", False, False),
    ("dale, lo consulto y te digo", "unknown", False, False),
    ("si, despues te confirmo", "unknown", False, False),
    ("bueno, despues te aviso", "unknown", False, False),  # passed before
    ("dale, mañana te confirmo", "unknown", False, False),
    ("listo, lo hablo y te digo", "unknown", False, False),
    ("ok dejame pensarlo", "unknown", False, False),
    ("perfecto, cualquier cosa te escribo", "unknown", False, False),
    ("genial, lo consulto", "unknown", False, False),
    ("dale, voy a ver", "unknown", False, False),
    ("ok, veo y te aviso", "unknown", False, False),
    ("si, pero dejame consultarlo", "unknown", False, False),
    ("ok, lo charlo con mi señora", "unknown", False, False),
    ("bueno lo voy a pensar", "unknown", False, False),  # passed before
    ("dale, ya te confirmo", "unknown", False, False),
    ("si, en un rato te confirmo", "unknown", False, False),
    ("dale te aviso", "unknown", False, False),
    ("ok gracias, lo vemos y te decimos", "thanks", False, False),
    ("listo, te confirmo a la noche", "unknown", False, False),
    ("si, ahi te confirmo", "unknown", False, False),
    ("ok, lo vemos", "unknown", False, False),
    ("dale dejame ver", "unknown", False, False),
    ("bueno, cualquier cosa te aviso", "unknown", False, False),  # passed before
    ("perfecto, lo pensamos", "unknown", False, False),
    ("si despues te digo", "unknown", False, False),
    ("ok mas tarde te confirmo", "unknown", False, False),
    ("ok, despues te confirmo", "unknown", False, False),
    ("dale, lo hablo con mi marido y te aviso", "unknown", False, False),
    ("listo, despues te escribo", "unknown", False, False),
    ("ok lo voy a pensar", "unknown", False, False),
    ("bueno, dejame ver y te digo", "unknown", False, False),  # passed before
    ("genial, mañana te aviso", "unknown", False, False),
    ("si, ahora te aviso", "unknown", False, False),
    ("ok gracias, lo consulto", "thanks", False, False),
    ("dale, lo pienso y te escribo", "unknown", False, False),
    ("ok, en un rato te confirmo", "unknown", False, False),
    ("dale, vemos y te aviso", "unknown", False, False),
]

# Unsure, conditional or asked back: neither.
UNSURE: list[Row] = [
    # Guards: a yes word that starts another message, or fillers alone, is no yes.
    ("bueno, una pregunta", "unknown", False, False),  # guard
    ("va a haber lugar?", "unknown", False, False),  # guard
    ("entonces", "unknown", False, False),  # guard
    ("seguro?", "unknown", False, False),  # guard
    ("no hay problema con el perro?", "info", False, False),  # guard
    ("si, te digo que si", "unknown", True, False),  # guard: "te digo que sí" says yes
    ("si, lo veo bien", "unknown", True, False),  # guard: "lo veo bien" defers nothing
    ("no estoy seguro", "unknown", False, False),  # passed before
    ("tal vez", "unknown", False, False),  # passed before
    ("no se, lo pienso", "unknown", False, False),  # passed before
]

# No: plain, strong ("ni ahí"), "forget it" ("dejalo"), a yes word negated.
NO: list[Row] = [
    ("no", "unknown", False, True),  # passed before
    ("todavia no", "unknown", False, True),  # passed before
    ("ni ahi", "unknown", False, True),
    ("dejalo", "unknown", False, True),
    ("no, esta bien", "unknown", False, True),  # passed before
    ("no me convence", "unknown", False, True),
    ("nah", "unknown", False, True),  # passed before
    ("naa", "unknown", False, True),
    ("noup", "unknown", False, True),
    ("no no", "unknown", False, True),
    ("no gracias igual", "thanks", False, True),  # passed before
    ("mejor no, gracias", "thanks", False, True),
    ("no quiero", "unknown", False, True),
    ("no la quiero", "unknown", False, True),
    ("ya no", "unknown", False, True),
    ("dejá", "unknown", False, True),
    ("deja nomas", "unknown", False, True),
    ("dejalo así", "unknown", False, True),
    ("dejalo, gracias", "thanks", False, True),
    ("olvidate", "unknown", False, True),
    ("olvidalo", "unknown", False, True),
    ("mejor lo dejamos", "unknown", False, True),
    ("mejor dejemoslo", "unknown", False, True),
    ("ni en pedo", "unknown", False, True),
    ("ni loco", "unknown", False, True),
    ("ni loca", "unknown", False, True),
    ("de ninguna manera", "unknown", False, True),
    ("obvio que no", "unknown", False, True),
    ("claro que no", "unknown", False, True),
    ("seguro que no", "unknown", False, True),
    ("aun no", "unknown", False, True),
    ("todavía no, gracias", "thanks", False, True),
    ("por el momento no", "unknown", False, True),
    ("no me copa", "unknown", False, True),
    ("no me gusta", "unknown", False, True),  # passed before
    ("no nos sirve", "unknown", False, True),  # passed before
    ("no confirmo", "unknown", False, True),
    ("paso", "unknown", False, True),
    ("paso, gracias", "thanks", False, True),
    ("no, dejá", "unknown", False, True),  # passed before
    ("nones", "unknown", False, True),
    ("nono", "unknown", False, True),
    ("no no no", "unknown", False, True),
    ("👎", "unknown", False, True),
    ("no hace falta", "unknown", False, True),
    ("no, gracias igual", "thanks", False, True),  # passed before
    ("no no, gracias", "thanks", False, True),
    ("no, mejor lo dejamos", "unknown", False, True),  # passed before
    ("ni ahí", "unknown", False, True),
    ("no me convence mucho", "unknown", False, True),
    ("no quiero, gracias", "thanks", False, True),
    ("❌", "unknown", False, True),
    ("claro que no!", "unknown", False, True),
    ("aún no", "unknown", False, True),
    ("no confirmo todavia", "unknown", False, True),
]

# (message, intent, affirm, deny, guests, check_in): replies that carry stay data or book.
StayRow = tuple[str, str, bool, bool, int | None, str | None]
STAY: list[StayRow] = [
    ("si pero para 3", "availability", False, False, 3, None),
    ("no, para el 20", "availability", False, False, None, "2026-12-20"),
    ("no, somos 4", "availability", False, False, 4, None),
    ("si, somos 4", "availability", True, False, 4, None),  # passed before
    ("dale, para 2", "availability", True, False, 2, None),  # passed before
    ("quiero otra cabaña tambien para mis viejos, son 2", "availability", False, False, 2, None),
    ("son 2", "availability", False, False, 2, None),
    ("son 4 adultos", "availability", False, False, 4, None),  # passed before
    ("seriamos 3", "availability", False, False, 3, None),  # passed before
    ("vamos a ser 4", "availability", False, False, 4, None),  # passed before
    ("somos unos 5", "availability", False, False, 5, None),
    ("son 2 noches", "availability", False, False, None, None),  # passed before
    ("me confirmas?", "unknown", False, False, None, None),  # passed before
    ("confirmame", "unknown", False, False, None, None),  # passed before
    ("confirmamela porfa", "book", False, False, None, None),
    ("me la confirmas?", "book", False, False, None, None),
    ("la quiero", "book", False, False, None, None),
    ("la queremos!", "book", False, False, None, None),
    ("la tomo", "book", False, False, None, None),  # passed before
    ("dale, la tomo", "book", True, False, None, None),  # passed before
    ("me confirmas si hay lugar?", "availability", False, False, None, None),  # passed before
    ("me confirmas el precio?", "prices", False, False, None, None),  # passed before
    ("la quiero ver", "unknown", False, False, None, None),  # passed before
    ("lo quiero pensar", "unknown", False, False, None, None),  # guard
    ("no se si la quiero", "unknown", False, False, None, None),  # guard
    ("no la tomo", "unknown", False, True, None, None),  # was book
    ("la quiero para el 20", "book", False, False, None, "2026-12-20"),
    ("son 45", "unknown", False, False, None, None),  # guard: money or minutes, not 45 people
    ("si pero del 10 al 12", "availability", False, False, None, "2026-12-10"),
    ("dale pero somos 5", "availability", False, False, 5, None),
    ("no, del 3 al 5 de enero", "availability", False, False, None, "2027-01-03"),
    ("no, seriamos 6", "availability", False, False, 6, None),
    ("nop, para 3", "availability", False, False, 3, None),  # passed before
    ("la reserva es para mi hermana, son 3", "book", False, False, 3, None),
    ("seriamos unos 4", "availability", False, False, 4, None),
    ("bueno, la tomo", "book", False, False, None, None),  # passed before
    ("si, la queremos", "book", True, False, None, None),
    ("no, el 20 no puedo", "availability", False, True, None, "2026-12-20"),  # passed before
]


# "Sí" typed without its accent before an order to cancel is a yes to cancelling (at
# "¿Seguro que cancelo?" and anywhere else); "si" before a hypothetical is a policy
# question, and no yes.
CANCEL_ORDERS: list[Row] = [
    ("si cancelala", "cancel", True, False),
    ("si, cancelala nomas", "cancel", True, False),
    ("si anulala porfa", "cancel", True, False),
    ("Sí, cancelar", "cancel", True, False),
    ("si cancelar", "cancel", True, False),
    ("si cancelo me devuelven la seña?", "info", False, False),  # passed before
    ("si tengo que cancelar que pasa", "info", False, False),
    ("si cancelara con tiempo me devuelven algo?", "info", False, False),
    ("si cancelaria, que pasa con la seña?", "info", False, False),
    ("y si cancelamos?", "info", False, False),  # passed before
    ("sí, la cancelo", "cancel", True, False),  # passed before
    ("si, la cancelo nomas", "cancel", True, False),  # passed before
    ("si la cancelo me devuelven la seña?", "info", False, False),
    ("si lo cancelo?", "info", False, False),
]
# "Ok, esperá", "dale, ya vuelvo": hold on, not a yes (a yes at "¿Seguro que cancelo?"
# cancels).
HOLD_ON: list[Row] = [
    ("dale, esperá", "unknown", False, False),
    ("ok espera un toque", "unknown", False, False),
    ("si, ahora vuelvo", "unknown", False, False),
    ("ok ya vuelvo", "unknown", False, False),
    ("si un momento", "unknown", False, False),
    ("ok para", "unknown", False, False),
    ("ok, para mi esta bien", "unknown", True, False),  # passed before
]
# A bare "si" opening a question is "if" ("si cambio la fecha?"), not a yes.
QUESTIONS_WITH_SI: list[Row] = [
    ("si cambio la fecha?", "unknown", False, False),
    ("si dale?", "unknown", False, False),
    ("si, ¿cuánto es la seña?", "prices", True, False),  # passed before
    ("si?", "unknown", True, False),  # passed before: "yes?" alone
]


@pytest.mark.parametrize(
    ("text", "intent", "affirm", "deny"),
    YES + DEFERS + UNSURE + NO + CANCEL_ORDERS + HOLD_ON + QUESTIONS_WITH_SI,
)
def test_yes_no(text: str, intent: str, affirm: bool, deny: bool) -> None:
    got = parse(text, THU)
    assert (got.intent, got.affirm, got.deny) == (intent, affirm, deny)


@pytest.mark.parametrize(("text", "intent", "affirm", "deny", "guests", "check_in"), STAY)
def test_yes_no_with_stay(
    text: str, intent: str, affirm: bool, deny: bool, guests: int | None, check_in: str | None
) -> None:
    got = parse(text, THU)
    day = got.check_in.isoformat() if got.check_in else None
    assert (got.intent, got.affirm, got.deny, got.guests, day) == (
        intent,
        affirm,
        deny,
        guests,
        check_in,
    )
