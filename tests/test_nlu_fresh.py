"""Fresh table tests for bot.nlu: guest phrasing written apart from the other NLU tables.

The messages were written the way Argentine guests type on WhatsApp (no accents,
"x"/"q"/"dsd"/"pers", number words, emojis, companions instead of numbers) and run
through the parser before any fix; FIXED holds the ones that failed then and were
fixed with a general rule, PASSING a sample of the ones that already worked.
Expectations follow CONTRACT §6.

Todays: THU = 2026-11-26 (Thursday), WED = 2027-02-10 (Wednesday),
YE = 2026-12-30 (Wednesday, year end).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse

THU = date(2026, 11, 26)
WED = date(2027, 2, 10)
YE = date(2026, 12, 30)

Row = tuple[date, str, str, str | None, str | None, int | None]

# (today, message, intent, check_in, check_out, guests)
FIXED: list[Row] = [
    # "una quincena" is 15 nights; "2da semana" (ordinal, suffix dropped) is no length.
    (THU, "una quincena desde el 1 de enero", "availability", "2027-01-01", "2027-01-16", None),
    (WED, "una quincena desde el 1", "availability", "2027-03-01", "2027-03-16", None),
    (
        WED,
        "una quincena a partir del 15 de marzo",
        "availability",
        "2027-03-15",
        "2027-03-30",
        None,
    ),
    (YE, "quincena desde el 2 de enero", "availability", "2027-01-02", "2027-01-17", None),
    (YE, "por 2 quincenas desde el 1/2", "availability", "2027-02-01", "2027-03-03", None),
    (THU, "2da semana de enero", "availability", None, None, None),
    # "x N" / "por N" after a place, a people noun, a length or a complete range.
    (THU, "cabaña x 4", "availability", None, None, 4),
    (THU, "lugar por 2?", "availability", None, None, 2),
    (THU, "personas x 4", "availability", None, None, 4),
    (THU, "adultos x 2 menores x 1", "availability", None, None, 3),
    (
        THU,
        "necesito cabaña x 4 del 18 al 21 de diciembre",
        "availability",
        "2026-12-18",
        "2026-12-21",
        4,
    ),
    (WED, "del 12 al 14 de febrero x 2", "availability", "2027-02-12", "2027-02-14", 2),
    (YE, "del 5 al 8 x 2", "availability", "2027-01-05", "2027-01-08", 2),
    (THU, "2 noches x 4 el finde", "availability", "2026-11-27", "2026-11-29", 4),
]

# Companions listed beside a couple or a count: one each ("mis suegros" two), the writer
# with numbered kids, a singular kid with an article; consulted people and pets are no one.
COMPANIONS: list[Row] = [
    (THU, "vamos 2 y mi suegra", "availability", None, None, 3),
    (THU, "vamos 2 y mi suegra el finde", "availability", "2026-11-27", "2026-11-29", 3),
    (
        YE,
        "del sabado al martes, vamos 2 y mi suegra",
        "availability",
        "2027-01-02",
        "2027-01-05",
        3,
    ),
    (THU, "somos 4 y mi suegra", "availability", None, None, 5),
    (THU, "2 adultos y mi mama", "availability", None, None, 3),
    (THU, "vamos 2 adultos + el nene", "availability", None, None, 3),
    (THU, "somos 2 parejas y mi mama", "availability", None, None, 5),
    (THU, "para 2 y mis suegros", "availability", None, None, 4),
    (THU, "vamos 2 y mi perro", "availability", None, None, 2),
    (THU, "yo y mis 2 hijos, del 10 al 12 de enero", "availability", "2027-01-10", "2027-01-12", 3),
    (THU, "soy yo con mis 3 hijos", "availability", None, None, 4),
    (THU, "voy con mis 2 hijos", "availability", None, None, 3),
    (THU, "voy sola con mis 2 nenes", "availability", None, None, 3),
    (THU, "voy con mis viejos", "availability", None, None, 3),
    (THU, "vamos mi mujer, yo y el nene", "availability", None, None, 3),
    (THU, "mi mujer y yo con el bebe", "availability", None, None, 3),
    (THU, "vamos con mi esposa y la beba", "availability", None, None, 3),
    (THU, "mi señora, el nene y yo", "availability", None, None, 3),
    (THU, "mi esposa, mi hija y yo", "availability", None, None, 3),
    (THU, "vamos mi esposa, mis 2 hijos y yo", "availability", None, None, 4),
    (THU, "viajo con mi esposa, mi suegra y mi hija", "availability", None, None, 4),
    (THU, "vamos con mi hermano y su novia", "availability", None, None, 3),
    (THU, "vamos con mi señora y mis suegros", "availability", None, None, 4),
    (THU, "con mi novia y con mi hermana", "availability", None, None, 3),
    (
        THU,
        "desde el 27 de diciembre al 3 de enero para mi, mi esposa y mis dos hijos",
        "availability",
        "2026-12-27",
        "2027-01-03",
        4,
    ),
    # A baby without article is a member; a bare count joined to counted kids is the adults.
    (THU, "somos 2 + bebe", "availability", None, None, 3),
    (THU, "mi novia y yo y bebe", "availability", None, None, 3),
    (THU, "2 y 2 chicos", "availability", None, None, 4),
    (THU, "somos 3 + 1 nene, del 7 al 10/12", "availability", "2026-12-07", "2026-12-10", 4),
    (THU, "2 adultos, 1 nene de 8 y un bebe", "availability", None, None, 4),
    # Not members: someone consulted or recommending, kids without a count.
    (THU, "lo hablo con mi mama, vamos con mi novio", "availability", None, None, 2),
    (THU, "mi hermana me la recomendo, voy con mi novio", "availability", None, None, 2),
    (THU, "voy con mis hijos", "unknown", None, None, None),
    (THU, "mi esposa, los chicos y yo", "unknown", None, None, None),
]

# A weekend wished, not asked for: a goodbye ("thanks"), no dates. Asked for, it still counts.
FAREWELLS: list[Row] = [
    (THU, "chau, buen finde", "thanks", None, None, None),
    (THU, "buen finde!", "thanks", None, None, None),
    (THU, "que tengas buen finde, gracias", "thanks", None, None, None),
    (THU, "feliz finde!!", "thanks", None, None, None),
    (THU, "gracias! buen fin de semana largo", "thanks", None, None, None),
    (THU, "que pasen un lindo finde 🙌", "thanks", None, None, None),
    (
        THU,
        "queremos pasar un lindo finde con mi novia, tienen lugar?",
        "availability",
        "2026-11-27",
        "2026-11-29",
        2,
    ),
    # "anular" in any form cancels ("anulame", "anulenla"), even next to "la reserva".
    (THU, "anulame la reserva xfa", "cancel", None, None, None),
    (WED, "anulenla porfa, no vamos", "cancel", None, None, None),
]

# Ambiguous or not people: these must stay unread.
NOT_GUESTS: list[Row] = [
    (WED, "el 20 x 3", "availability", "2027-02-20", None, None),
    (THU, "del 15 al 18 x 2 noches", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "del 3 al 5 x 2 cabañas", "availability", "2026-12-03", "2026-12-05", None),
]

PASSING: list[Row] = []


def d(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


@pytest.mark.parametrize(
    ("today", "text", "intent", "check_in", "check_out", "guests"),
    FIXED + COMPANIONS + FAREWELLS + NOT_GUESTS + PASSING,
)
def test_fresh(
    today: date,
    text: str,
    intent: str,
    check_in: str | None,
    check_out: str | None,
    guests: int | None,
) -> None:
    got = parse(text, today)
    assert (got.intent, got.check_in, got.check_out, got.guests) == (
        intent,
        d(check_in),
        d(check_out),
        guests,
    )
