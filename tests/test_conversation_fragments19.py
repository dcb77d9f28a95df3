"""Session 19: fragmented guests, one thought split over several quick messages.

On WhatsApp many guests write "hola" / "buenas tardes" / "quería consultar" / "si tienen
lugar" / "para el finde largo" / "somos 4", or "del 15" / "al 18", or "para 4" / "bah 5
con el bebe", each bubble its own webhook, often before the bot answered the one before.

Decided: the bot answers every bubble (a guest who stops after any of them has an answer
to it), but it never asks again for what an earlier bubble gave, and what a bubble adds
to or corrects in the one before it is read against that one, not alone:
- someone added to the party while the dates are asked ("para 2 adultos" / "y 2 niños",
  "2 adultos" / "1 menor", "+ 1 nene de 5") joins the party, as on the list;
- a number after a correction word ("bah 5 con el bebe", "perdón 3") right after a head
  count corrects that head count, also under a list whose rows it could number;
- a greeting (or "soy Marta") while the welcome is the last thing the bot said gets the
  short hello, never the welcome and the menu again, however many hellos come;
- "quería averiguar por las cabañas", "te consulto" announce the question ("¡Claro!
  Decime"), never "no te entendí" and the menu again;
- a departure whose month is written ("al 13 de marzo") after an arrival written as a
  bare day ("del 10") puts the arrival in that month, as "de marzo" alone did;
- the party already listed, said again with its breakdown ("2 adultos y 2 nenes", "uno es
  bebé"), is heard, not the same list searched again or "elegí una cabaña";
- who comes, told after the count ("bah 3" … "con mi hermana"), keeps the count (the NLU
  alone reads the writer and the sister, 2); a number, "solo" or "al final" change it;
- "ah no perdón", "uy no", "no no" mid-booking announce a fix: what to change is asked and
  nothing is dropped (a "no" dropped the search, and the days after it lost their month);
- a pet told right after the pets rule ("¿aceptan mascotas?" … "tenemos un perro
  chiquito") gets a nod, not the rule again (a big dog, several pets: the rule again);
- a cabin named while the dates are asked gets its details and the step's reminder once,
  not "pasame fechas y cantidad de personas" above "pasame las fechas".
Not merged: bubbles are not held back to be read together (every answer would wait for a
silence, and a retried webhook must replay its own replies); each is read with the ones
before it, which the conversation keeps (`Context.history`).

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import replies as R
from bot.messages import ListMessage
from bot.states import State
from tests.conversation_support import ddmm, quiet_stay, rows, text_of, today

MONTHS = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre").split()  # fmt: skip


def _stay() -> str:
    start, end = quiet_stay()
    return f"del {ddmm(start)} al {ddmm(end)}"


# ------------------------------------------------------------------ the party in pieces


@pytest.mark.parametrize(
    ("first", "then", "party"),
    [
        ("para 2 adultos", "y 2 niños", 4),
        ("2 adultos", "1 menor", 3),
        ("somos 2 adultos", "y 2 menores", 4),
        ("somos 2", "+ 1 nene de 5", 3),
        ("somos 2", "y mi hermana", 3),
        ("para 3", "y un bebé", 4),
    ],
)
async def test_someone_added_while_the_dates_are_asked_joins_the_party(guest, first, then, party):
    # "y 2 niños" to "¿para qué fechas?" got "necesito el día de llegada", the kids lost:
    # the list that followed was for the adults alone.
    await guest.say("hola")
    await guest.say(first)
    assert await guest.state() == State.ASK_DATES
    said = text_of(await guest.say(then))
    assert (await guest.session()).ctx.guests == party
    assert f"{party} personas" in said and "necesito" not in said
    listed = text_of(await guest.say(_stay()))
    assert f"para {party} personas" in listed and "cuántas personas" not in listed


@pytest.mark.parametrize(
    ("first", "then", "party"),
    [("para 4", "bah 5 con el bebe", 5), ("para 2", "bah, 3", 3), ("somos 4", "no, 5", 5)],
)
async def test_a_head_count_corrected_while_the_dates_are_asked(guest, first, then, party):
    await guest.say(first)
    said = text_of(await guest.say(then))
    assert (await guest.session()).ctx.guests == party
    assert f"{party} personas" in said


@pytest.mark.parametrize("then", ["perdón 3", "perdon, 3", "bah 3", "3 perdón"])
async def test_a_corrected_head_count_under_a_list_of_three_is_not_its_third_row(guest, then):
    # "perdón 3" right after "para 2" picked the third cabin of the list (the Quila, for 2)
    # and showed its summary: the 3 corrects the head count the guest had just sent.
    await guest.say(_stay())
    assert len(rows(await guest.say("para 2"))) == 3
    said = text_of(await guest.say(then))
    assert await guest.state() == State.CHOOSE_CABIN
    assert (await guest.session()).ctx.guests == 3 and "para 3 personas" in said


async def test_a_number_corrected_after_the_dates_near_the_party_is_the_party(guest):
    # "perdón 5" under a list of two for 4, right after "del 10 al 13": no row, no day near
    # it; it got "elegí una cabaña de la lista".
    ahead = 40
    while True:  # days far from 5, so "perdón 5" cannot be one of them mistyped
        start, end = quiet_stay(days_ahead=ahead)
        if min(abs(start.day - 5), abs(end.day - 5)) > 2:
            break
        ahead += 7
    await guest.say("somos 4")
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    said = text_of(await guest.say("perdón 5"))
    assert (await guest.session()).ctx.guests == 5 and "para 5 personas" in said


@pytest.mark.parametrize("then", ["y 1 bebe", "y 1 nene de 2"])
async def test_one_more_written_as_a_digit_on_the_list(guest, then):
    # "y 1 bebe" got "elegí una cabaña de la lista", where "y un bebé" searched for 3.
    await guest.say(f"{_stay()} para 2")
    said = text_of(await guest.say(then))
    assert (await guest.session()).ctx.guests == 3 and "para 3 personas" in said


async def test_a_row_said_after_the_list_is_still_a_row(guest):
    # Only a head count sent just before is corrected: after a question, "perdón, la 3"
    # and "3" still pick.
    await guest.say(f"{_stay()} para 2")
    await guest.say("tienen parrilla?")
    await guest.say("perdón, la 3")
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------------------------------------ hellos in pieces


@pytest.mark.parametrize("burst", [["hola", "buenas", "hola"], ["hola", "hola", "hola", "holaa"]])
async def test_one_welcome_however_many_hellos(guest, burst):
    # The third "hola" got the whole welcome and menu again.
    first = await guest.say(burst[0])
    assert any(isinstance(r, ListMessage) for r in first)
    for hello in burst[1:]:
        replies = await guest.say(hello)
        assert not any(isinstance(r, ListMessage) for r in replies)
        assert "Soy el asistente" not in text_of(replies)


async def test_a_name_right_after_the_welcome_is_a_short_hello(guest):
    # "soy Marta" after the welcome got the welcome and the whole menu again.
    await guest.say("hola")
    replies = await guest.say("soy Marta")
    said = text_of(replies)
    assert "Marta" in said and "Soy el asistente" not in said
    assert not any(isinstance(r, ListMessage) for r in replies)


@pytest.mark.parametrize(
    "text",
    ["Quería averiguar por las cabañas", "te consulto", "queria averiguar", "les consulto",
     "quería averiguar sobre las cabañas"],
)  # fmt: skip
async def test_a_question_announced_is_invited(guest, text):
    # "Quería averiguar por las cabañas" got "no te entendí" and the menu a second time.
    await guest.say("hola")
    replies = await guest.say(text)
    assert text_of(replies) == R.go_ahead().body


# ------------------------------------------------------------------ dates in pieces


async def test_a_departure_with_its_month_puts_a_bare_arrival_in_that_month(guest):
    # "del 10" (read as the next 10th) then "al 13 de marzo" was 90 nights: "hasta 30
    # noches"; the month written with the departure is the arrival's too.
    month = (today().month + 3) % 12 + 1
    await guest.say("para 4")
    await guest.say("del 10")
    said = text_of(await guest.say(f"al 13 de {MONTHS[month - 1]}"))
    ctx = (await guest.session()).ctx
    assert (ctx.check_in.month, ctx.check_in.day) == (month, 10)
    assert (ctx.check_out - ctx.check_in).days == 3
    assert "30 noches" not in said


async def test_an_arrival_with_its_month_is_kept(guest):
    # Written with its month, the arrival is what was said: no month is borrowed.
    month = (today().month + 3) % 12 + 1
    arrival = dt.date(today().year + (month < today().month), month, 10)
    await guest.say(f"del 10 de {MONTHS[month - 1]}")
    await guest.say(f"al 13 de {MONTHS[month % 12]}")
    assert (await guest.session()).ctx.check_in == arrival


# ------------------------------------------------------------------ the party said again


@pytest.mark.parametrize(
    ("count", "again"),
    [("somos 4", "2 adultos y 2 nenes"), ("para 4", "somos 2 adultos y 2 chicos de 5 y 8"),
     ("somos 4", "uno es bebé"), ("somos 3", "uno es un bebe")],
)  # fmt: skip
async def test_the_party_listed_told_again_in_detail_is_heard(guest, count, again):
    # "2 adultos y 2 nenes" after "somos 4" got the same list again; "uno es bebé" got
    # "elegí una cabaña de la lista" as if nothing had been said.
    await guest.say(_stay())
    await guest.say(count)
    replies = await guest.say(again)
    said = text_of(replies)
    assert not any(isinstance(r, ListMessage) for r in replies)
    assert R.kids_noted(int(count[-1])).body in said


# ------------------------------------------------------------------ told after asked


@pytest.mark.parametrize(
    ("asked", "told"),
    [("aceptan mascotas?", "tenemos un perro chiquito"),
     ("se puede ir con perro?", "es un caniche"), ("aceptan mascotas?", "llevamos una gata")],
)  # fmt: skip
async def test_a_pet_told_right_after_the_rule_is_not_the_rule_again(guest, asked, told):
    # "¿Aceptan mascotas?" then "tenemos un perro chiquito" got the same pets line twice,
    # word for word, as if the second bubble had not been read.
    await guest.say("hola")
    rule = text_of(await guest.say(asked))
    said = text_of(await guest.say(told))
    assert rule not in said and said == R.told_after_answer().body


async def test_a_pet_asked_about_again_still_gets_the_rule(guest):
    # A question is answered (round 19's "es un labrador, ¿se puede?" adds that it is all
    # our info says).
    await guest.say("aceptan mascotas?")
    rule = text_of(await guest.say("aceptan mascotas?"))
    assert "mascotas" in rule


async def test_a_big_dog_told_after_the_rule_is_not_nodded_at(guest):
    # "Es un labrador" may be what the rule leaves out: no "¡Genial!" to it.
    await guest.say("aceptan mascotas?")
    said = text_of(await guest.say("tenemos un labrador grande"))
    assert said != R.told_after_answer().body


# ------------------------------------------------------------------ a cabin in between


@pytest.mark.parametrize("first", ["quiero reservar", "para 2"])
async def test_a_cabin_named_while_the_dates_are_asked_asks_for_them_once(guest, first):
    # "la del lago" to "¿para qué fechas?" got its details ending "Pasame fechas y cantidad
    # de personas…" and, below, "Cuando quieras, pasame las fechas": asked twice, and the
    # head count asked again after "para 2".
    await guest.say(first)
    said = text_of(await guest.say("la del lago"))
    assert "Lago Lácar" in said and said.lower().count("pasame") == 1
    assert "cantidad de personas" not in said


# ------------------------------------------------------------------ a slip announced


@pytest.mark.parametrize(
    "slip", ["ah no perdon", "uy no", "no no perdón", "ay no, perdón", "no no"]
)
async def test_a_slip_announced_mid_booking_drops_nothing(guest, slip):
    # "ah no perdon" to "¿cuántas personas?" dropped the search ("Listo, lo dejamos acá"),
    # and the days that came next ("del 11 al 14") lost the month of the ones corrected.
    ahead = 40
    while (start_end := quiet_stay(days_ahead=ahead))[1].day > 27:  # the day after exists
        ahead += 7
    start, end = start_end
    await guest.say(f"del {ddmm(start)} al {ddmm(end)}")
    assert await guest.state() == State.ASK_GUESTS
    said = text_of(await guest.say(slip))
    assert said == R.what_to_change().body
    assert await guest.state() == State.ASK_GUESTS
    await guest.say(f"del {start.day + 1} al {end.day + 1}")
    ctx = (await guest.session()).ctx
    assert ctx.check_in == start + dt.timedelta(days=1)


async def test_a_head_count_corrected_twice_in_a_row(guest):
    # "perdon 3" then "no 4": the second corrects the count the first one gave, it is not
    # a row of the list.
    await guest.say(_stay())
    await guest.say("somos 2")
    await guest.say("perdon 3")
    said = text_of(await guest.say("no 4"))
    assert (await guest.session()).ctx.guests == 4 and "para 4 personas" in said


# ------------------------------------------------------------------ who, after how many


@pytest.mark.parametrize("who", ["con mi hermana", "con mi marido", "con mi hermana y mi cuñado"])
async def test_who_comes_after_the_count_keeps_the_count(guest, who):
    # "bah 3" then "con mi hermana" (who the third is) was read as a party of 2 (the writer
    # and the sister), and the list went back to 2 right after the 3 was searched.
    await guest.say(f"{_stay()} para 2")
    await guest.say("bah 3")
    replies = await guest.say(who)
    assert (await guest.session()).ctx.guests == 3
    assert not any(isinstance(r, ListMessage) for r in replies)
    assert R.party_kept(3).body in text_of(replies)


async def test_who_comes_while_the_dates_are_asked_keeps_the_count(guest):
    await guest.say("somos 3")
    said = text_of(await guest.say("con mi hermana"))
    assert (await guest.session()).ctx.guests == 3 and "3 personas" in said


async def test_a_smaller_party_said_outright_still_changes_it(guest):
    # "Al final voy solo con mi hermana" says the new count in words: searched for 2.
    await guest.say(f"{_stay()} para 3")
    said = text_of(await guest.say("al final voy solo con mi hermana"))
    assert (await guest.session()).ctx.guests == 2 and "para 2 personas" in said


@pytest.mark.parametrize(
    ("count", "again"), [("somos 4", "2 adultos y 2 chicos"), ("para 5", "3 grandes y 2 nenes")]
)
async def test_the_party_told_again_in_detail_before_the_dates_is_heard(guest, count, again):
    # "somos 4" … "2 adultos y 2 chicos" got "¡Genial, para 4 personas! ¿Para qué fechas…"
    # a second time, word for word.
    first = text_of(await guest.say(count))
    said = text_of(await guest.say(again))
    assert said != first and R.kids_counted(int(count[-1])).body in said
    assert "¿Para qué fechas" in said and await guest.state() == State.ASK_DATES
