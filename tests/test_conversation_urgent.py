"""An emergency at the cabin: the owner's notice says URGENTE first, the guest the safety step.

Real PostgreSQL and Redis, the demo cabins, and a fake Graph API where the owner's notices
land. A problem that can wait ("no anda el wifi") keeps its "2 h como mucho"; an emergency
("hay olor a gas", "se lastimó mi hijo") is never told how long the bot stays quiet, as it
reads like how long help may take.
"""

from __future__ import annotations

import pytest

from appkeys import REDIS, SETTINGS
from bot.session import GuestKey, redis_key
from bot.states import State
from tests.conversation_support import GUEST, OWNER_CLOUD, Guest, owner_app_fixture, text_of

app = owner_app_fixture("app")  # the owner's messages read at the fake Graph API


@pytest.mark.parametrize(
    "text, step, label",
    [
        ("hay olor a gas en la cocina!!", "llave de paso", "olor a gas"),
        ("se prendió fuego la estufa", "*100*", "fuego o humo"),
        ("mi hijo se cayó y se golpeó la cabeza", "*107*", "alguien lastimado"),
        ("se inundó el baño", "llave de paso del agua", "agua o inundación"),
        ("nos robaron, entraron a la cabaña", "*911*", "robo o intruso"),
        ("no hay agua", None, "se quedaron sin agua"),
        ("nos quedamos afuera, no podemos entrar", None, "no pueden entrar"),
    ],
)
async def test_an_emergency_flags_the_owner_and_gives_the_guest_the_safety_step_first(
    guest, graph, text, step, label
):
    fake, _ = graph
    said = text_of(await guest.say(text))
    assert await guest.state() == State.HANDOFF
    if step:
        assert said.startswith("⚠️") and step in said.split("\n\n")[0]
    assert "urgente" in said and "ahora mismo" in said
    assert "como mucho" not in said and "2 h" not in said
    (notice,) = fake.texts_to(OWNER_CLOUD)
    first_line = notice.split("\n")[0]
    assert first_line.startswith("🚨 *URGENTE*") and label in first_line
    assert text in notice and f"+{GUEST}" in notice.split("\n")[2]


async def test_a_problem_that_can_wait_keeps_the_usual_handoff(guest, graph):
    fake, _ = graph
    said = text_of(await guest.say("no anda el wifi"))
    assert "2 h como mucho" in said and "urgente" not in said
    (notice,) = fake.texts_to(OWNER_CLOUD)
    assert "URGENTE" not in notice and notice.startswith("🔧")


async def test_an_emergency_during_a_handoff_reaches_the_owner_again(guest, graph):
    # The bot is silent while a person has the chat, but the person may not be looking:
    # "hay olor a gas" then is forwarded as URGENTE and the guest hears what to do.
    fake, _ = graph
    await guest.say("quiero hablar con una persona")
    assert await guest.say("hola? sigue ahí alguien?") == []
    said = text_of(await guest.say("hay mucho olor a gas"))
    assert "llave de paso" in said and "urgente" in said
    notices = fake.texts_to(OWNER_CLOUD)
    assert len(notices) == 2 and notices[1].startswith("🚨 *URGENTE*")
    assert "hay mucho olor a gas" in notices[1]
    assert await guest.state() == State.HANDOFF
    assert await guest.say("gracias") == []  # and silent again after it
    key = GuestKey(guest.app[SETTINGS].whatsapp_phone_number_id, guest.wa_id)
    assert await guest.app[REDIS].exists(redis_key("handoff", key))


async def test_a_retried_emergency_during_a_handoff_alerts_once(app, graph):
    fake, _ = graph
    guest = Guest(app)
    await guest.say("quiero hablar con una persona")
    first = await guest.send("text", wamid="wamid.gas", text="se prendió fuego la cocina")
    again = await guest.send("text", wamid="wamid.gas", text="se prendió fuego la cocina")
    assert first == again and "*100*" in text_of(first)
    assert len(fake.texts_to(OWNER_CLOUD)) == 2


@pytest.mark.parametrize("text", ["¿se puede hacer fuego afuera?", "¿no hay agua?"])
async def test_questions_before_booking_are_no_emergency(guest, graph, text):
    fake, _ = graph
    said = text_of(await guest.say(text))
    assert "urgente" not in said and await guest.state() != State.HANDOFF
    assert fake.texts_to(OWNER_CLOUD) == []
