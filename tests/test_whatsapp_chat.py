"""The console chat: rendering, number → reply mapping, and a whole chat against a real server."""

from __future__ import annotations

from app import create_app
from appkeys import CONVERSATION
from bot.chat import ChatSession, Choice, choice_message, render, run_chat
from bot.messages import Button, Buttons, ListMessage, Row, Text
from bot.whatsapp import cloud_payload
from embedded import free_port
from tests.whatsapp_helpers import GUEST, EchoHandler


def sent(message, wamid: str = "wamid.ours1") -> dict:
    """What the demo transport stores: the Cloud API request plus its id."""
    return {"id": wamid, **cloud_payload(GUEST, message)}


def test_render_text():
    assert render(sent(Text("hola 👋"))).text == "hola 👋"
    assert render(sent(Text("hola"))).choices == ()


def test_render_buttons_as_numbered_choices():
    message = Buttons("¿Confirmamos?", (Button("yes", "Confirmar"), Button("no", "Cancelar")))
    rendered = render(sent(message))
    assert rendered.text == "¿Confirmamos?\n  1. Confirmar\n  2. Cancelar"
    assert rendered.choices == (
        Choice("button", "yes", "Confirmar"),
        Choice("button", "no", "Cancelar"),
    )


def test_render_list_rows_as_numbered_choices():
    rows = (Row("cabin:1", "Cabaña Lago", "$ 180.000 total"), Row("cabin:2", "Cabaña Bosque"))
    rendered = render(sent(ListMessage("Estas están libres:", "Ver cabañas", rows)))
    assert rendered.text.splitlines() == [
        "Estas están libres:",
        "  [Ver cabañas]",
        "  1. Cabaña Lago — $ 180.000 total",
        "  2. Cabaña Bosque",
    ]
    assert rendered.choices[0] == Choice("list", "cabin:1", "Cabaña Lago", "$ 180.000 total")


def test_a_number_answers_like_tapping_the_choice():
    button = choice_message(GUEST, Choice("button", "yes", "Confirmar"), "wamid.prompt")
    assert button["type"] == "interactive"
    assert button["interactive"] == {
        "type": "button_reply",
        "button_reply": {"id": "yes", "title": "Confirmar"},
    }
    assert button["context"]["id"] == "wamid.prompt"
    assert button["from"] == GUEST
    row = choice_message(GUEST, Choice("list", "cabin:1", "Lago", "2 personas"), "wamid.list")
    assert row["interactive"] == {
        "type": "list_reply",
        "list_reply": {"id": "cabin:1", "title": "Lago", "description": "2 personas"},
    }


def test_numbers_out_of_range_and_words_are_plain_text(settings):
    session = ChatSession(http=None, base_url="", settings=settings)  # type: ignore[arg-type]
    session.choices = (Choice("button", "yes", "Confirmar"),)
    assert session.message_for("1")["type"] == "interactive"
    assert session.message_for("2")["type"] == "text"
    assert session.message_for("2")["text"] == {"body": "2"}
    assert session.message_for("hola")["text"] == {"body": "hola"}


async def _scripted(*lines: str):
    for line in lines:
        yield line


async def test_a_whole_chat_through_the_signed_webhook(aiohttp_server, settings):
    assert settings.whatsapp_demo  # no access token: replies go to the demo transport
    app = create_app(settings)
    app[CONVERSATION] = EchoHandler()
    server = await aiohttp_server(app)
    printed: list[str] = []
    code = await run_chat(
        settings,
        lines=_scripted("Martín", "", "hola", "botones", "2", "lista", "3", "/quit"),
        out=printed.append,
        base_url=str(server.make_url("")).rstrip("/"),
    )
    assert code == 0
    bot = [line for line in printed if line.startswith("Bot: ")]
    assert bot[0] == "Bot: eco: hola (Martín)"
    assert bot[1].splitlines()[0] == "Bot: ¿Confirmamos?"
    assert "2. Cambiar fechas" in bot[1]
    assert bot[2] == "Bot: elegiste dates"  # "2" answered with the button_reply
    assert "3. Cabaña 6 — Para 6 personas" in bot[3]
    assert bot[4] == "Bot: elegiste cabin:6"  # "3" answered with the list_reply
    assert len(bot) == 5


async def test_chat_says_so_when_the_server_is_not_running(settings):
    printed: list[str] = []
    base_url = f"http://127.0.0.1:{free_port()}"
    code = await run_chat(settings, lines=_scripted(), out=printed.append, base_url=base_url)
    assert code == 1
    assert "make run" in printed[0]


async def test_chat_refuses_when_the_bot_would_answer_through_meta(settings):
    printed: list[str] = []
    live = settings.model_copy(update={"whatsapp_access_token": "real-token"})
    assert await run_chat(live, lines=_scripted(), out=printed.append) == 2
    assert "demo mode" in printed[0]
