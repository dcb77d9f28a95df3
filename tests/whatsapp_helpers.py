"""Cloud API webhook bodies as Meta sends them, a signed-post helper and an echo handler.

Built here independently of bot/ (by hand, from FORMATS.md), so the tests do
not check our parser against itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.messages import Button, Buttons, Inbound, ListMessage, Outbound, Row, Text

WEBHOOK = "/api/v1/webhooks/whatsapp"
GUEST = "5492944111111"  # as Meta sends an Argentine mobile: 549 + area + number
GUEST_CLOUD = "542944111111"  # what we must send to
PHONE_NUMBER_ID = "100000000000001"
_ids = itertools.count(1)


def wamid() -> str:
    return f"wamid.HBgNNTQ5Mjk0NDExMTExMRUCABIYFjNFQjA{next(_ids):06d}"


def text_message(body: str, sender: str = GUEST, message_id: str | None = None) -> dict[str, Any]:
    return {
        "from": sender,
        "id": message_id or wamid(),
        "timestamp": str(int(time.time())),
        "type": "text",
        "text": {"body": body},
    }


def button_reply(reply_id: str, title: str, context_id: str, sender: str = GUEST) -> dict[str, Any]:
    return {
        "context": {"from": "5492944000000", "id": context_id},
        "from": sender,
        "id": wamid(),
        "timestamp": str(int(time.time())),
        "type": "interactive",
        "interactive": {"type": "button_reply", "button_reply": {"id": reply_id, "title": title}},
    }


def value(
    messages: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "5492944000000", "phone_number_id": PHONE_NUMBER_ID},
    }
    if messages is not None:
        senders = dict.fromkeys(m["from"] for m in messages if "from" in m)
        body["contacts"] = [
            {"profile": {"name": (names or {}).get(s, "Lucía")}, "wa_id": s} for s in senders
        ]
        body["messages"] = messages
    if statuses is not None:
        body["statuses"] = statuses
    return body


def batch(*values: dict[str, Any], entries: int = 1) -> dict[str, Any]:
    """A webhook body; with `entries` > 1 the values are spread over that many entries."""
    changes = [{"field": "messages", "value": v} for v in values]
    per = max(1, -(-len(changes) // entries))
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {"id": f"10293847566{i}", "changes": changes[i * per : (i + 1) * per]}
            for i in range(entries)
        ],
    }


# A "failed" status's error when the recipient's 24-hour window was closed, as Meta sends it.
WINDOW_CLOSED_ERROR = {
    "code": 131047,
    "title": "Re-engagement message",
    "message": "Re-engagement message",
    "error_data": {"details": "Message failed to send because more than 24 hours have "
                              "passed since the customer last replied to this number."},
}  # fmt: skip


def status(message_id: str, state: str, recipient: str = GUEST, **extra: Any) -> dict[str, Any]:
    return {
        "id": message_id,
        "status": state,
        "timestamp": str(int(time.time())),
        "recipient_id": recipient,
        **extra,
    }


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def post_signed(
    client: Any, body: dict[str, Any] | bytes, secret: str = "wa-test-secret"
) -> Any:
    # Meta sends escaped unicode; we sign exactly the bytes we send.
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return await client.post(
        WEBHOOK,
        data=raw,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(raw, secret)},
    )


# ---------------------------------------------------------------- handlers

Handler = Callable[[web.Application, Inbound], Awaitable[list[Outbound]]]


class EchoHandler:
    """A stand-in conversation: answers every message with what it understood.

    "botones" → three reply buttons; "lista" → a list; anything else → "eco: …".
    Records the order and overlap of the calls it gets.
    """

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.calls: list[Inbound] = []
        self.running = 0  # calls in progress, all guests
        self.max_running = 0
        self._running_for: dict[str, int] = {}
        self.max_running_for: dict[str, int] = {}  # per guest: must stay 1

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.calls.append(msg)
        guest = msg.wa_id
        self.running += 1
        self._running_for[guest] = self._running_for.get(guest, 0) + 1
        self.max_running = max(self.max_running, self.running)
        self.max_running_for[guest] = max(
            self.max_running_for.get(guest, 0), self._running_for[guest]
        )
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
        finally:
            self.running -= 1
            self._running_for[guest] -= 1
        if msg.text == "botones":
            return [
                Buttons(
                    "¿Confirmamos?",
                    (
                        Button("yes", "Confirmar"),
                        Button("dates", "Cambiar fechas"),
                        Button("no", "Cancelar"),
                    ),
                )
            ]
        if msg.text == "lista":
            rows = tuple(Row(f"cabin:{i}", f"Cabaña {i}", f"Para {i} personas") for i in (2, 4, 6))
            return [ListMessage("Estas están libres:", "Ver cabañas", rows)]
        if msg.reply_id:
            return [Text(f"elegiste {msg.reply_id}")]
        return [Text(f"eco: {msg.text or msg.type} ({msg.profile_name})")]


class FailingHandler:
    """Fails for messages whose text is in `poison`; echoes the others."""

    def __init__(self, poison: set[str]) -> None:
        self.poison = poison
        self.calls: list[str] = []

    async def __call__(self, app: web.Application, msg: Inbound) -> list[Outbound]:
        self.calls.append(msg.text or "")
        if msg.text in self.poison:
            raise RuntimeError(f"cannot handle {msg.text!r}")
        return [Text(f"eco: {msg.text}")]


# ---------------------------------------------------------------- app set-up


async def start_graph(aiohttp_server: Any) -> tuple[Any, str]:
    """A fake Graph API on a test server; returns (fake, WHATSAPP_API_BASE)."""
    from tests.fakes.graph_api import FakeGraphAPI

    fake = FakeGraphAPI()
    server = await aiohttp_server(fake.app)
    return fake, str(server.make_url("/v26.0")).rstrip("/")


def live(settings: Any, api_base: str, **overrides: Any) -> Any:
    """Settings with Cloud API credentials pointing at the fake Graph API."""
    values = {
        "whatsapp_access_token": "test-access-token",
        "whatsapp_api_base": api_base,
        "inbox_retry_seconds": 0.01,
        **overrides,
    }
    return settings.model_copy(update=values)


async def start_app(aiohttp_client: Any, settings: Any, handler: Handler) -> Any:
    """Our app with `handler` answering guests (dependency injection via the AppKey)."""
    from app import create_app
    from appkeys import CONVERSATION

    app = create_app(settings)
    app[CONVERSATION] = handler
    return await aiohttp_client(app)
