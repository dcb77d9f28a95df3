"""Session 20, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6.
"""

from __future__ import annotations

import pytest

from bot import replies as R
from bot.states import State
from tests.conversation_support import (
    Guest,
    button_ids,
    ddmm,
    hold_quiet_stay,
    quiet_stay,
    rows,
    text_of,
)

# --------------------------------------- a row of the old list tapped while a hold waits


async def _held_from_a_list(guest: Guest) -> tuple[list, str]:
    """Two people list a quiet stay and hold its first cabin: (the list's rows, the code)."""
    check_in, check_out = quiet_stay(nights=3)
    listed = rows(await guest.say(f"del {ddmm(check_in)} al {ddmm(check_out)} para 2"))
    await guest.tap(listed[0].id, listed[0].title)
    await guest.tap(R.HOLD_CONFIRM, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return listed, (await guest.session()).ctx.hold


async def test_another_row_of_the_old_list_says_the_hold_stays_before_its_summary(guest):
    # Holding the first cabin, the guest taps the second row of the list above it. The
    # summary of that cabin came alone, so a "Confirmar" next held two cabins for the
    # same nights with no word about the first until after.
    listed, code = await _held_from_a_list(guest)
    said = await guest.tap(listed[1].id, listed[1].title)
    assert code in text_of(said) and "cancelar reserva" in text_of(said)
    assert listed[1].title in text_of(said)  # and that cabin summed up
    assert any(i.startswith(R.HOLD_CONFIRM) for i in button_ids(said))
    assert await guest.state() == State.CONFIRM_HOLD


async def test_the_held_cabin_s_own_row_tapped_again_is_the_hold_and_its_link(guest):
    # Its own hold takes those nights, so the row used to read as taken or as a new summary.
    listed, code = await _held_from_a_list(guest)
    said = text_of(await guest.tap(listed[0].id, listed[0].title))
    assert code in said and "checkout" in said  # the hold's link again
    assert "no está libre" not in said and "Te resumo" not in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------- a row tapped after "menu": the cabin is kept too


async def test_a_row_tapped_after_the_menu_keeps_its_cabin_for_the_head_count(guest):
    # "menu" drops the flow (and the party). A row of the list above, tapped next, asked
    # the head count for its dates, then listed every cabin: the one tapped was forgotten.
    check_in, check_out = quiet_stay(nights=2)
    listed = rows(await guest.say(f"del {ddmm(check_in)} al {ddmm(check_out)} para 2"))
    chosen = next(r for r in listed if "Chapelco" in r.title)
    await guest.say("menu")
    asked = text_of(await guest.tap(chosen.id, chosen.title))
    assert "Cuántas personas" in asked
    said = await guest.say("somos 2")
    assert await guest.state() == State.CONFIRM_HOLD
    assert "Cerro Chapelco" in text_of(said) and "2 personas" in text_of(said)


# ------------------------------------------- a photo whose caption asks about the photo


async def test_a_photo_asking_about_itself_mid_list_says_we_cannot_see_it(guest):
    # "¿Es así la cabaña?" under a photo got "eso no lo tengo en mi info": the guest
    # asked about the picture, which the bot cannot see.
    check_in, check_out = quiet_stay(nights=2)
    await guest.say(f"del {ddmm(check_in)} al {ddmm(check_out)} para 3")
    said = text_of(await guest.send("image", text="es asi la cabaña?"))
    assert "la foto" in said and "no puedo ver" in said
    assert "no lo tengo en mi info" not in said
    assert await guest.state() == State.CHOOSE_CABIN


async def test_a_photo_with_an_unclear_caption_at_the_start_is_no_miss(guest):
    said = text_of(await guest.send("image", text="mira esto q lindo"))
    assert "la foto" in said and "no te entendí" not in said.lower()
    said = text_of(await guest.send("video", text="esta es la cabaña de la foto??"))
    assert "el video" in said


async def test_a_caption_with_a_stay_is_read_as_one(guest):
    check_in, check_out = quiet_stay(nights=2)
    await guest.send("image", text=f"hola! tienen esta del {ddmm(check_in)} al {ddmm(check_out)}?")
    assert await guest.state() == State.ASK_GUESTS


# ----------------------------------------- "¿tienen lugar este finde?" is no thing to look up


@pytest.mark.parametrize(
    "opener",
    ["tienen lugar este finde? somos 7",
     "hay disponibilidad este finde?? somos 4 adultos y 3 nenes",
     "Tienen lugar para el finde? Vamos 4 adultos y 3 chicos"],
)  # fmt: skip
async def test_room_asked_for_beside_the_party_is_no_amenity(guest, opener):
    # "¿Tienen lugar este finde?" was looked up as an amenity: "En la info de las cabañas
    # no figura lugar este finde 🤔" before the answer about the party.
    said = text_of(await guest.say(opener))
    assert "no figura" not in said
    assert "cuántos van en la primera" in said  # 7 sleep in no cabin: split, first cabin


# ---------------------------------------------- "2 parejas con 3 nenes" is no couple each


@pytest.mark.parametrize(
    "party", ["somos 2 parejas con 3 nenes", "vamos dos parejas y 3 chicos", "2 parejas + 3 nenes"]
)
async def test_couples_with_kids_are_not_split_a_couple_a_cabin(guest, party):
    # Seven people: "parejas" read as "a couple in each cabin" made the first cabin's
    # party 2 ("¡Genial, para 2 personas!"; "primero la de 2 personas").
    said = text_of(await guest.say(party))
    assert "para 2 personas" not in said and "primero la de 2" not in said
    assert "cuántos van en la primera" in said


async def test_only_couples_still_get_a_couple_a_cabin(guest):
    check_in, check_out = quiet_stay(nights=3)
    said = text_of(await guest.say(f"somos 4 parejas, del {ddmm(check_in)} al {ddmm(check_out)}"))
    assert "primero la de 2 personas" in said


# ------------------------------------------------------- more minutes asked to pay the hold


@pytest.mark.parametrize(
    "asked",
    ["me das 10 min mas? estoy por pagar", "nos dan media hora mas porfa?",
     "necesito un poco mas de tiempo, me podés esperar?", "me das unos 15 minutos?"],
)  # fmt: skip
async def test_more_minutes_asked_for_the_hold_get_until_when_it_lasts(guest, asked):
    # "¿Me das 10 min más?" got how to pay with the link, and not a word about the time:
    # the guest asked whether the hold lasts, and until when it does.
    code = await hold_quiet_stay(guest)
    said = text_of(await guest.say(asked))
    assert code in said and "queda guardada hasta las" in said
    assert "no puedo extenderla" in said
    assert await guest.state() == State.AWAIT_PAYMENT


# ------------------------------------------- "lo antes posible": no day in mind, the first free


@pytest.mark.parametrize(
    "when",
    ["lo antes posible", "cuando tengas", "lo primero que tengas libre", "cualquier fecha",
     "me da igual la fecha", "la proxima fecha que tengas", "lo mas pronto posible 🙏"],
)  # fmt: skip
async def test_no_day_in_mind_gets_the_first_free_stays(guest, when):
    # Asked for dates, "lo antes posible" got the dates asked again and "cuando tengas" a
    # "no te estoy entendiendo", though "¿para cuándo tienen lugar?" lists the first free.
    await guest.say("quiero reservar para 2")
    assert await guest.state() == State.ASK_DATES
    said = await guest.say(when)
    assert "lo primero que tengo libre" in text_of(said)
    assert await guest.state() == State.CHOOSE_CABIN


async def test_any_weekend_of_a_month_gets_the_first_free_stays_that_month(guest):
    await guest.say("quiero reservar para 2")
    said = text_of(await guest.say("cualquier finde de marzo"))
    assert "En marzo, para 2 personas" in said


# ------------------------------------------------------------ the keys, answered once


@pytest.mark.parametrize("asked", ["quien nos da las llaves?", "como hacemos con las llaves?"])
async def test_the_keys_are_answered_once(guest, asked):
    # Two sweeps each added an answer about the keys; merged, the guest read both ("no
    # figura en mi info" and "se coordina con el dueño") one under the other.
    said = text_of(await guest.say(asked))
    assert said.count("llaves") == 1 and "14:00" in said
