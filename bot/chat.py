"""`make chat`: talk to the running bot as a guest, through the real webhook path.

Each line typed becomes a Cloud API webhook (the JSON Meta sends), signed
with WHATSAPP_APP_SECRET and posted to the server. The bot's replies, which in
demo mode go to the local transport, are read back over HTTP and printed;
reply buttons and list rows appear numbered, and typing a number answers with
the `button_reply` / `list_reply` that tapping it on a phone would send.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.webhook import PATH as WEBHOOK_PATH
from bot.webhook import signature_header
from settings import Settings

DEFAULT_WA_ID = "5492944111111"  # Argentine mobiles reach webhooks as 549 + area + number
DEFAULT_NAME = "Lucía"
BUSINESS_NUMBER = "5492944000000"
OUTBOX_PATH = "/api/v1/demo/whatsapp/outbox/{wa_id}"
FIRST_REPLY_SECONDS = 15.0
QUIT = {"/quit", "/salir", "/exit"}


# ------------------------------------------------------------ formats


@dataclass(frozen=True)
class Choice:
    kind: str  # "button" or "list"
    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class Rendered:
    wamid: str
    text: str  # what to print
    choices: tuple[Choice, ...] = ()


def render(item: dict[str, Any]) -> Rendered:
    """A message the bot sent (Cloud API request JSON plus its `id`) as console text."""
    wamid = str(item.get("id", ""))
    if item.get("type") == "text":
        return Rendered(wamid, item["text"]["body"])
    interactive = item.get("interactive", {})
    body = interactive.get("body", {}).get("text", "")
    action = interactive.get("action", {})
    lines = [body]
    choices: list[Choice] = []
    if interactive.get("type") == "button":
        for button in action.get("buttons", []):
            reply = button["reply"]
            choices.append(Choice("button", reply["id"], reply["title"]))
    elif interactive.get("type") == "list":
        lines.append(f"  [{action.get('button', '')}]")
        for section in action.get("sections", []):
            for row in section.get("rows", []):
                choices.append(Choice("list", row["id"], row["title"], row.get("description")))
    else:
        return Rendered(wamid, json.dumps(item, ensure_ascii=False))
    for number, choice in enumerate(choices, start=1):
        extra = f" — {choice.description}" if choice.description else ""
        lines.append(f"  {number}. {choice.title}{extra}")
    return Rendered(wamid, "\n".join(lines), tuple(choices))


def text_message(wa_id: str, body: str) -> dict[str, Any]:
    return {**_envelope(wa_id), "type": "text", "text": {"body": body}}


def choice_message(wa_id: str, choice: Choice, context_wamid: str) -> dict[str, Any]:
    """What WhatsApp sends when the guest taps a reply button or a list row."""
    if choice.kind == "button":
        answer = {"type": "button_reply", "button_reply": {"id": choice.id, "title": choice.title}}
    else:
        row = {"id": choice.id, "title": choice.title}
        if choice.description:
            row["description"] = choice.description
        answer = {"type": "list_reply", "list_reply": row}
    return {
        **_envelope(wa_id),
        "context": {"from": BUSINESS_NUMBER, "id": context_wamid},
        "type": "interactive",
        "interactive": answer,
    }


def webhook_body(message: dict[str, Any], name: str, phone_number_id: str) -> dict[str, Any]:
    """The whole webhook, as Meta wraps one message."""
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": BUSINESS_NUMBER, "phone_number_id": phone_number_id},
        "contacts": [{"profile": {"name": name}, "wa_id": message["from"]}],
        "messages": [message],
    }
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "0", "changes": [{"field": "messages", "value": value}]}],
    }


_sequence = itertools.count(1)


def _envelope(wa_id: str) -> dict[str, Any]:
    return {
        "from": wa_id,
        "id": f"wamid.chat.{uuid.uuid4().hex}{next(_sequence)}",
        "timestamp": str(int(time.time())),
    }


# ------------------------------------------------------------ session


@dataclass
class ChatSession:
    """One guest talking to the server at `base_url` (tests drive this directly)."""

    http: aiohttp.ClientSession
    base_url: str
    settings: Settings
    wa_id: str = DEFAULT_WA_ID
    name: str = DEFAULT_NAME
    choices: tuple[Choice, ...] = ()
    _choices_of: str = ""
    _posted: list[dict[str, Any]] = field(default_factory=list)

    def message_for(self, line: str) -> dict[str, Any]:
        """A number picks one of the last offered choices; anything else is text."""
        text = line.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.choices):
            return choice_message(self.wa_id, self.choices[int(text) - 1], self._choices_of)
        return text_message(self.wa_id, text)

    async def say(self, line: str) -> int:
        """Post what the guest typed as a signed webhook; returns the HTTP status."""
        message = self.message_for(line)
        raw = json.dumps(
            webhook_body(message, self.name, self.settings.whatsapp_phone_number_id)
        ).encode()  # ASCII-escaped, like Meta: the signature covers these exact bytes
        headers = {
            "Content-Type": "application/json",
            "X-Hub-Signature-256": signature_header(raw, self.settings.whatsapp_app_secret),
        }
        async with self.http.post(self.base_url + WEBHOOK_PATH, data=raw, headers=headers) as r:
            self._posted.append(message)
            return r.status

    async def replies(self, wait: float = 1.0) -> list[Rendered]:
        """The bot's new messages to this guest, waiting up to `wait` s for the first."""
        url = self.base_url + OUTBOX_PATH.format(wa_id=self.wa_id)
        async with self.http.get(url, params={"wait": str(wait)}) as response:
            response.raise_for_status()
            items = (await response.json())["messages"]
        rendered = [render(item) for item in items]
        for message in rendered:
            if message.choices:
                self.choices, self._choices_of = message.choices, message.wamid
        return rendered


# ------------------------------------------------------------ console


async def run_chat(
    settings: Settings,
    *,
    lines: AsyncIterator[str] | None = None,
    out: Callable[[str], None] = print,
    base_url: str | None = None,
    ask_identity: bool = True,
) -> int:
    """The interactive console; `lines`/`out`/`base_url` let a test drive it."""
    if not settings.whatsapp_demo:
        out("make chat needs the server in demo mode (no WHATSAPP_ACCESS_TOKEN): with real")
        out("credentials the bot's replies would go to Meta, not to this console.")
        return 2
    base_url = base_url or f"http://localhost:{settings.port}"
    lines = lines or _stdin_lines()
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        if not await _server_up(http, base_url):
            out(f"No server at {base_url}. Start it in another terminal with `make run`.")
            return 1
        name, wa_id = DEFAULT_NAME, DEFAULT_WA_ID
        if ask_identity:
            out(f"Your name [{DEFAULT_NAME}]:")
            name = (await anext(lines, "")).strip() or DEFAULT_NAME
            out(f"Your WhatsApp number [{DEFAULT_WA_ID}]:")
            wa_id = "".join(c for c in await anext(lines, "") if c.isdigit()) or DEFAULT_WA_ID
        session = ChatSession(http, base_url, settings, wa_id=wa_id, name=name)
        await session.replies(wait=0)  # forget replies from an earlier chat
        out(f"Chatting as {name} (+{wa_id}). Numbers pick a choice; /quit leaves.")
        arrived = asyncio.Event()
        printer = asyncio.create_task(_print_replies(session, out, arrived))
        try:
            async for line in lines:
                if line.strip() in QUIT:
                    break
                if not line.strip():
                    continue
                arrived.clear()
                status = await session.say(line)
                if status != 200:
                    out(f"(the server answered {status}; is it the same WHATSAPP_APP_SECRET?)")
                    continue
                try:
                    await asyncio.wait_for(arrived.wait(), FIRST_REPLY_SECONDS)
                    await asyncio.sleep(0.3)  # let a burst of replies print before the prompt
                except TimeoutError:
                    out("(no reply yet)")
        finally:
            printer.cancel()
            await asyncio.gather(printer, return_exceptions=True)
    return 0


async def _server_up(http: aiohttp.ClientSession, base_url: str) -> bool:
    try:
        async with http.get(base_url + "/api/v1/livez") as response:
            return response.status == 200
    except aiohttp.ClientError:
        return False


async def _print_replies(
    session: ChatSession, out: Callable[[str], None], arrived: asyncio.Event
) -> None:
    """Print whatever the bot sends, also later on (reminders, payment confirmations)."""
    while True:
        try:
            replies = await session.replies(wait=1.0)
        except aiohttp.ClientError as exc:
            out(f"(cannot read replies: {exc})")
            await asyncio.sleep(2)
            continue
        for reply in replies:
            out("Bot: " + reply.text.replace("\n", "\n     "))
        if replies:
            arrived.set()


async def _stdin_lines() -> AsyncIterator[str]:
    """Lines typed on the console, without a thread (so Ctrl-C never waits for Enter)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def readable() -> None:
        line = sys.stdin.readline()
        queue.put_nowait(line.rstrip("\n") if line else None)

    loop.add_reader(sys.stdin.fileno(), readable)
    try:
        while (line := await queue.get()) is not None:
            yield line
    finally:
        loop.remove_reader(sys.stdin.fileno())
