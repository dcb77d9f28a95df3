"""Session 20: dates in real conversations, end to end.

A sweep of about 150 messages and short journeys about *when* (holidays and long weekends,
relative days, ranges across months and the new year, past dates, today, stays too long or
too short, corrections, a month or a season alone), through the NLU and the whole engine.
The defects it found, each pinned here:

- "el último finde del año", "el primer fin de semana del año (que viene)", "el último
  finde del mes", "de 2027": the first or last weekend of a year or of the month is the
  first weekend of January or the last one of December (of this month), as "el último
  finde de diciembre" already was. It read nothing, or the coming weekend.
- "para las fiestas", "¿tienen lugar en las fiestas?": the Christmas holidays, a stay asked
  for, no longer the house rules about parties and noise.
- "¿y si nos quedamos una noche más?" after a stay refused as too short: that stay made
  longer (31/12 → 02/01 asked, 03/01 now), not one night from the arrival.
- "no perdón, del 16" on the 10th to the 15th: an arrival (the "del" says so), the nights
  kept; it moved the departure to the 16th, the end nearest.
- "mejor llegamos el 11" on the 10th to the 13th: the arrival moved, the departure kept
  (as "¿podemos llegar un día antes?" does); it asked "¿hasta qué día te quedás?" again.

Decided: an arrival said with a verb of arriving against the stay on screen keeps its
departure when that is still after it, else its nights; "mejor del 12" keeps the nights, as
decided in round 21 (the stay moved).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu import parse_fresh
from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, text_of, today

SAT = dt.date(2026, 11, 28)  # a Saturday: Friday 27/11 gone, 25/12 and 1/1/2027 Fridays
D = dt.date

# ------------------------------------------------------- first and last weekends, by name


@pytest.mark.parametrize(
    ("text", "today", "check_in", "check_out"),
    [
        ("el ultimo finde del año", SAT, D(2026, 12, 25), D(2026, 12, 27)),
        ("el último fin de semana del año 🎉", SAT, D(2026, 12, 25), D(2026, 12, 27)),
        ("ultimo finde del ano para 2", SAT, D(2026, 12, 25), D(2026, 12, 27)),
        ("el ultimo finde del anio", SAT, D(2026, 12, 25), D(2026, 12, 27)),
        ("el primer finde del anio", SAT, D(2027, 1, 1), D(2027, 1, 3)),
        ("El Ultimo Fin De Semana De Este Año", SAT, D(2026, 12, 25), D(2026, 12, 27)),
        ("el primer finde del año", SAT, D(2027, 1, 1), D(2027, 1, 3)),
        ("el primer fin de semana del año que viene", SAT, D(2027, 1, 1), D(2027, 1, 3)),
        ("el 2do finde del año", SAT, D(2027, 1, 8), D(2027, 1, 10)),
        ("el ultimo finde del año que viene", SAT, D(2027, 12, 31), D(2028, 1, 2)),
        ("el primer finde de 2027", SAT, D(2027, 1, 1), D(2027, 1, 3)),
        ("el ultimo fin de semana del 2027", SAT, D(2027, 12, 31), D(2028, 1, 2)),
        ("el ultimo finde del mes", D(2026, 11, 10), D(2026, 11, 27), D(2026, 11, 29)),
        ("el último fin de semana del mes", D(2026, 12, 10), D(2026, 12, 25), D(2026, 12, 27)),
        # Under way, on its Saturday: what is left of it, as "el finde del 28" reads.
        ("el ultimo finde del mes", SAT, SAT, D(2026, 11, 29)),
        # Weeks the same way: "la última semana de diciembre", "la primera de enero".
        ("la ultima semana del año", SAT, D(2026, 12, 25), D(2027, 1, 1)),
        ("la primera semana del año", SAT, D(2027, 1, 1), D(2027, 1, 8)),
    ],
)
def test_first_and_last_weekend_of_a_year_or_month(text, today, check_in, check_out):
    said = parse_fresh(text, today)
    assert (said.intent, said.check_in, said.check_out) == (
        "availability",
        check_in,
        check_out,
    ), said


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        ("el anteultimo finde del año", D(2026, 12, 18), D(2026, 12, 20)),
        ("el penúltimo fin de semana de enero", D(2027, 1, 22), D(2027, 1, 24)),
        ("anteultimo finde de febrero x 2", D(2027, 2, 19), D(2027, 2, 21)),
    ],
)
def test_the_weekend_before_the_last(text, check_in, check_out):
    # "anteúltimo" read as the coming weekend (4/12).
    said = parse_fresh(text, SAT)
    assert (said.check_in, said.check_out) == (check_in, check_out), said


# ------------------------------------------------------- a holiday and a departure told


@pytest.mark.parametrize(
    ("text", "check_in", "check_out"),
    [
        # The holiday's arrival and the departure written: it dropped the arrival.
        ("desde navidad hasta el 28", D(2026, 12, 24), D(2026, 12, 28)),
        ("para Navidad hasta el 27, somos 2", D(2026, 12, 24), D(2026, 12, 27)),
        ("para año nuevo, nos vamos el 3", D(2026, 12, 31), D(2027, 1, 3)),
        ("desde ano nuevo hasta el 5", D(2026, 12, 31), D(2027, 1, 5)),
        ("semana santa hasta el lunes", D(2027, 3, 25), D(2027, 3, 29)),
        # Two holidays as a range: from the first to the second's departure, as "Navidad y
        # Año Nuevo" (it was Navidad alone).
        ("desde navidad hasta año nuevo", D(2026, 12, 24), D(2027, 1, 2)),
        ("de Navidad hasta Año Nuevo 🎄", D(2026, 12, 24), D(2027, 1, 2)),
    ],
)
def test_a_holiday_with_a_departure(text, check_in, check_out):
    said = parse_fresh(text, SAT)
    assert (said.check_in, said.check_out) == (check_in, check_out), said


def test_days_written_beside_a_holiday_still_win():
    said = parse_fresh("semana santa, del 24 al 27", SAT)
    assert (said.check_in, said.check_out) == (D(2027, 3, 24), D(2027, 3, 27)), said


def test_a_weekend_of_a_month_named_still_wins():
    # "en enero, el último finde del mes": the month named, not this one.
    said = parse_fresh("en enero, el ultimo finde del mes", SAT)
    assert (said.check_in, said.check_out) == (D(2027, 1, 29), D(2027, 1, 31))


async def test_the_last_weekend_of_the_year_is_searched(guest):
    # In high season it may be refused as too short (two nights), but the stay said back
    # is that weekend's, Friday to Sunday; it was "¿Para qué fechas querés venir?".
    said = text_of(await guest.say("hola! el ultimo finde del año para 2, tienen algo?"))
    year = today().year
    friday = dt.date(year, 12, 31) - dt.timedelta(days=(dt.date(year, 12, 31).weekday() - 4) % 7)
    if friday < today():
        year += 1
        friday = dt.date(year, 12, 31)
        friday -= dt.timedelta(days=(friday.weekday() - 4) % 7)
    sunday = friday + dt.timedelta(days=2)
    assert f"vie {friday:%d/%m}" in said and f"dom {sunday:%d/%m}" in said, said
    assert (await guest.session()).ctx.check_in == friday, said


# ------------------------------------------------------------------------ "las fiestas"


@pytest.mark.parametrize(
    "text",
    [
        "hola! para las fiestas tienen algo? somos 2",
        "tienen disponibilidad en las fiestas? somos 2",
        "somos 2, para las fiestas",
        "Para Las Fiestas somos 2 🎄",
        "x las fiestas tienen lugar? somos 2",
        "durante las fiestas hay lugar?? somos 2",
    ],
)
async def test_the_holidays_are_a_time_not_the_house_rules(guest, text):
    said = text_of(await guest.say(text))
    assert "fiestas no tengo nada" not in said and "reglas de la casa" not in said, said
    assert await guest.state() == State.ASK_DATES, said


async def test_parties_at_the_cabin_are_still_the_rules(guest):
    said = text_of(await guest.say("se pueden hacer fiestas en la cabaña?"))
    assert "fiestas" in said, said


# ----------------------------------------------- one more night on a stay refused as short


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("y si nos quedamos una noche mas?", 1),
        ("bueno, una noche más entonces", 1),
        ("agregame un dia", 1),
        ("y si nos quedamos 2 noches mas??", 2),
        ("sumale dos noches 🙏", 2),
    ],
)
async def test_more_nights_lengthen_the_stay_refused_as_short(guest, text, more):
    # 31/12 → 02/01 is 2 nights in the demo's high season (3 at least); the reply offers
    # 31/12 → 03/01. "Una noche más" is the stay said, made longer: it read 31/12 → 01/01.
    refused = text_of(await guest.say("para año nuevo somos 2"))
    ctx = (await guest.session()).ctx
    assert "mínima" in refused and ctx.check_out is None, refused
    arrival = ctx.check_in
    said = text_of(await guest.say(text))
    ctx = (await guest.session()).ctx
    assert await guest.state() == State.CHOOSE_CABIN, said
    assert ctx.check_in == arrival, said
    assert ctx.check_out == arrival + dt.timedelta(days=2 + more), said


async def test_one_more_night_still_too_short_offers_again(guest):
    # 16 → 17 of December, one night where three are asked: one more is still two.
    refused = text_of(await guest.say("somos 2, del 16 al 17 de diciembre"))
    assert "mínima" in refused, refused
    said = text_of(await guest.say("una noche mas"))
    assert "son 2 noches" in said and "mínima es de 3 noches" in said, said
    ctx = (await guest.session()).ctx
    assert ctx.check_in is not None and ctx.check_in.day == 16, said


async def test_the_refused_stay_waits_through_a_question(guest):
    # A question in between ("¿tienen wifi?") leaves the offer waiting, and the stay refused
    # on screen: "una noche más" after it is still that stay made longer.
    await guest.say("para año nuevo somos 2")
    arrival = (await guest.session()).ctx.check_in
    await guest.say("tienen wifi?")
    said = text_of(await guest.say("bueno y si nos quedamos una noche mas?"))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (arrival, arrival + dt.timedelta(days=3)), said


async def test_the_refused_stay_is_forgotten_with_a_new_arrival(guest):
    # Another arrival said: the refused departure is no longer on screen.
    await guest.say("para año nuevo somos 2")
    said = text_of(await guest.say("mejor llegamos el 29"))
    ctx = (await guest.session()).ctx
    assert ctx.check_in is not None and ctx.check_in.day == 29, said
    assert ctx.refused_out is None, said


@pytest.mark.parametrize("text", ["y si llegamos un dia antes?", "¿podemos llegar un día antes?"])
async def test_an_earlier_arrival_on_a_stay_refused_as_short(guest, text):
    # 31/12 → 02/01 refused: a day earlier is 30/12 → 02/01, three nights, the rule met.
    await guest.say("para año nuevo somos 2")
    arrival = (await guest.session()).ctx.check_in
    said = text_of(await guest.say(text))
    ctx = (await guest.session()).ctx
    day = dt.timedelta(days=1)
    assert (ctx.check_in, ctx.check_out) == (arrival - day, arrival + 2 * day), said


# ---------------------------------------------------------- arrivals corrected or moved


def _early_in_month_stay() -> tuple[dt.date, dt.date]:
    """A quiet Monday-to-Thursday stay that starts before the 20th (its days and the days
    after it are of one month)."""
    ahead = 40
    while True:
        start, end = quiet_stay(days_ahead=ahead)
        if start.day <= 20:
            return start, end
        ahead += 7


@pytest.mark.parametrize(
    "text",
    [
        "no perdon, del {day}",
        "perdón, desde el {day}",
        "me equivoque, llegamos el {day}",
        "perdon entramos el {day} 🙏",
    ],
)
async def test_an_arrival_corrected_after_the_departure_keeps_the_nights(guest, text):
    start, end = _early_in_month_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    arrival = end + dt.timedelta(days=1)
    said = text_of(await guest.say(text.format(day=arrival.day)))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (arrival, arrival + (end - start)), said


@pytest.mark.parametrize(
    "text",
    [
        "mejor llegamos el {day}",
        "y si llegamos el {day}?",
        "mmm entramos el {day} mejor",
        "llegariamos el {day}",
    ],
)
async def test_a_new_arrival_keeps_the_departure_on_screen(guest, text):
    start, end = _early_in_month_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    arrival = start + dt.timedelta(days=1)
    said = text_of(await guest.say(text.format(day=arrival.day)))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (arrival, end), said
    assert await guest.state() == State.CHOOSE_CABIN, said


async def test_a_new_arrival_after_the_departure_keeps_the_nights(guest):
    start, end = _early_in_month_stay()
    await guest.say(f"del {ddmm(start)} al {ddmm(end)} para 2")
    arrival = end + dt.timedelta(days=2)
    said = text_of(await guest.say(f"y si llegamos el {arrival.day}?"))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in, ctx.check_out) == (arrival, arrival + (end - start)), said


# ------------------------------------------------------ "en 15 días" after the head count


@pytest.mark.parametrize(
    ("text", "days", "guests"),
    [
        ("para 2, en 15 dias", 15, 2),
        ("somos 2, en 15 días", 15, 2),
        ("para 2 en 15 dias 🙂", 15, 2),
        ("somos 4 personas en 10 dias", 10, 4),
        ("Para 3 En Dos Semanas", 14, 3),
    ],
)
def test_in_so_many_days_after_the_party(text, days, guests):
    # "en 15 días" opening the message was the arrival; after the head count it was lost
    # (and the bot asked "¿Para qué fechas querés venir?").
    said = parse_fresh(text, SAT)
    assert (said.check_in, said.guests) == (SAT + dt.timedelta(days=days), guests), said


@pytest.mark.parametrize("text", ["somos 2 y te confirmo en 3 dias", "para 2, te aviso en 2 dias"])
def test_a_delay_after_the_party_is_no_arrival(text):
    assert parse_fresh(text, SAT).check_in is None


# ---------------------------------------------------- "para 2, finde del 9": the party kept


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("para 2, finde del 9 de julio", 2),
        ("somos 4, finde del 12", 4),
        ("Somos 3 finde largo del 9 de julio 🙌", 3),
        ("para 5, el finde", 5),
    ],
)
def test_a_party_before_the_weekend_is_kept(text, guests):
    # The comma gone, "2 finde" read as two weekends: the head count was lost.
    said = parse_fresh(text, SAT)
    assert said.guests == guests and said.check_in is not None, said


def test_a_weekend_counted_is_still_a_length():
    said = parse_fresh("un finde en enero", SAT)
    assert said.guests is None, said


@pytest.mark.parametrize("text", ["mejor del lunes {day}", "y desde el {day}?", "mejor del {day}"])
async def test_a_new_arrival_after_a_refusal_is_no_departure(guest, text):
    # "para 2, finde del 9 de julio" refused as too short (winter: 3 nights at least), then
    # "mejor del jueves 8": it read a departure a month on, 30 nights from the 9th. One
    # night is refused in every season (two at least): the 2nd of the stay is a Tuesday.
    start, _ = _early_in_month_stay()
    start += dt.timedelta(days=1)
    await guest.say(f"para 2, del {ddmm(start)} al {ddmm(start + dt.timedelta(days=1))}")
    assert (await guest.session()).ctx.check_out is None
    arrival = start - dt.timedelta(days=1)
    said = text_of(await guest.say(text.format(day=arrival.day)))
    ctx = (await guest.session()).ctx
    assert ctx.check_in == arrival, said
    assert ctx.check_out is None or (ctx.check_out - ctx.check_in).days <= 3, said


# ------------------------------------------------------------------------ a season alone


@pytest.mark.parametrize(
    "text",
    [
        "hola, queremos ir en verano",
        "Queremos Ir En Verano 🏖️",
        "en el verano",
        "tienen lugar para el invierno?",
        "para el verano somos 4",
    ],
)
async def test_a_season_is_a_stay_asked_for(guest, text):
    # It was the menu (or "no te entendí"): the season is when the guest would come, so the
    # bot asks the days, as for "para las fiestas".
    said = text_of(await guest.say(text))
    assert await guest.state() == State.ASK_DATES, said
    assert "fechas" in said or "día" in said, said


async def test_a_question_about_the_cabin_in_winter_is_answered(guest):
    said = text_of(await guest.say("en invierno hay calefaccion?"))
    assert await guest.state() == State.IDLE, said
