"""A local Meta Graph API speaking the WhatsApp Cloud API's `/messages` JSON.

Tests start it with `aiohttp_server(fake.app)` and point WHATSAPP_API_BASE at
`server.make_url("/v26.0")`; benchmarks use `await fake.serve()`. It checks
every request the way Meta does (bearer token, message shape, at most 3 reply
buttons, title lengths, at most 10 list rows, the Argentine `54` form — a
`549…` recipient fails with error 131030), records what it accepted in `sent`,
and can be told to fail the next requests with 429 or 5xx, or that a number's
24-hour customer-service window is closed (free-form messages to it fail with
131047 "Re-engagement message", as Meta answers them).
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

RE_ENGAGEMENT = (
    "Message failed to send because more than 24 hours have passed since the customer "
    "last replied to this number."
)


class _Refused(Exception):
    def __init__(self, code: int, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def _require(condition: bool, message: str, code: int = 100) -> None:
    if not condition:
        raise _Refused(code, message)


def _check_text(text: Any, limit: int, what: str) -> None:
    _require(isinstance(text, str) and 0 < len(text) <= limit, f"{what} must be 1..{limit} chars")


def validate_message(payload: Any) -> None:
    """Raise `_Refused` like the Cloud API would for a malformed message."""
    _require(isinstance(payload, dict), "body must be a JSON object")
    _require(payload.get("messaging_product") == "whatsapp", "messaging_product must be whatsapp")
    to = payload.get("to")
    _require(isinstance(to, str) and to.isdigit() and 8 <= len(to) <= 15, "to must be digits")
    if to.startswith("549") and len(to) == 13:
        raise _Refused(131030, "Recipient phone number not in allowed list")
    kind = payload.get("type")
    if kind == "text":
        _check_text(payload.get("text", {}).get("body"), 4096, "text.body")
        return
    if kind == "template":
        _check_template(payload.get("template"))
        return
    _require(kind == "interactive", f"unsupported type {kind!r}")
    interactive = payload.get("interactive")
    _require(isinstance(interactive, dict), "interactive must be an object")
    _check_text(interactive.get("body", {}).get("text"), 4096, "interactive.body.text")
    action = interactive.get("action")
    _require(isinstance(action, dict), "interactive.action must be an object")
    if interactive.get("type") == "button":
        _check_text(interactive["body"]["text"], 1024, "interactive.body.text")
        buttons = action.get("buttons")
        _require(isinstance(buttons, list) and 1 <= len(buttons) <= 3, "1..3 buttons")
        for button in buttons:
            _require(button.get("type") == "reply", "button type must be reply")
            _check_text(button.get("reply", {}).get("id"), 256, "button id")
            _check_text(button.get("reply", {}).get("title"), 20, "button title")
        titles = [b["reply"]["title"] for b in buttons]
        _require(len(set(titles)) == len(titles), "button titles must be unique")
        return
    _require(interactive.get("type") == "list", "interactive.type must be button or list")
    _check_text(action.get("button"), 20, "list button")
    sections = action.get("sections")
    _require(isinstance(sections, list) and 1 <= len(sections) <= 10, "1..10 sections")
    rows = [row for section in sections for row in section.get("rows", [])]
    _require(1 <= len(rows) <= 10, "1..10 rows in all")
    for section in sections:
        if len(sections) > 1 or "title" in section:
            _check_text(section.get("title"), 24, "section title")
    for row in rows:
        _check_text(row.get("id"), 200, "row id")
        _check_text(row.get("title"), 24, "row title")
        if "description" in row:
            _check_text(row["description"], 72, "row description")


_TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,512}$")


def _check_template(template: Any) -> None:
    """A template message's shape; whether the template exists is the fake's `templates`."""
    _require(isinstance(template, dict), "template must be an object")
    _require(bool(_TEMPLATE_NAME.match(str(template.get("name", "")))), "template.name")
    language = template.get("language")
    _require(isinstance(language, dict) and isinstance(language.get("code"), str),
             "template.language.code is required")  # fmt: skip
    for component in template.get("components", []):
        for parameter in component.get("parameters", []):
            _require(parameter.get("type") == "text", "only text parameters here")
            text = parameter.get("text")
            _check_text(text, 1024, "template parameter")
            # Meta's own rule for a variable (error 132018).
            _require(
                not re.search(r"[\n\t]| {5,}", text),
                "Param text cannot have new-line/tab characters or more than 4 consecutive spaces",
                132018,
            )


def body_params(message: dict[str, Any]) -> list[str]:
    """The body variables of a template message the fake accepted."""
    components = message["template"].get("components", [])
    return [p["text"] for c in components if c["type"] == "body" for p in c["parameters"]]


@dataclass
class FakeGraphAPI:
    token: str = "test-access-token"
    sent: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, Any]] = field(default_factory=list)
    requests: int = 0
    # Called with each accepted message (benchmarks time replies with this).
    listeners: list[Callable[[dict[str, Any]], None]] = field(default_factory=list)
    # Numbers (as sent: 54…) whose last message is more than 24 h old: only templates go.
    window_closed: set[str] = field(default_factory=set)
    # Approved templates: name → (language, body variables). Any other is refused (132001).
    templates: dict[str, tuple[str, int]] = field(default_factory=dict)
    _failures: list[int | None] = field(default_factory=list)
    _delays: list[float] = field(default_factory=list)
    _late: list[float] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _arrived: asyncio.Condition | None = None
    _runner: web.AppRunner | None = None

    @property
    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/{version}/{phone_number_id}/messages", self._messages)
        return app

    # ------------------------------------------------------------- controls

    def fail_next(self, status: int, times: int = 1, after: int = 0) -> None:
        """Answer `times` requests with `status` (429, 500, 503, ...), once `after` more
        requests have been answered normally."""
        self._failures.extend([None] * after + [status] * times)

    def slow_next(self, seconds: float, times: int = 1) -> None:
        """Answer the next `times` requests only after `seconds` (client timeouts)."""
        self._delays.extend([seconds] * times)

    def answer_late_next(self, seconds: float, times: int = 1) -> None:
        """Accept the next `times` messages at once (they count as sent, and statuses
        may follow) but answer the sender only `seconds` later."""
        self._late.extend([seconds] * times)

    def texts_to(self, to: str) -> list[str]:
        return [m["text"]["body"] for m in self.sent if m["to"] == to and m["type"] == "text"]

    async def wait_for(self, count: int, seconds: float = 10.0) -> list[dict[str, Any]]:
        """Wait until at least `count` messages were accepted; return them all."""
        condition = self._condition()
        async with asyncio.timeout(seconds), condition:
            await condition.wait_for(lambda: len(self.sent) >= count)
        return list(self.sent)

    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Run on its own (benchmarks); returns the base URL with the API version."""
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses[0][1]
        return f"http://{host}:{bound}/v26.0"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ------------------------------------------------------------- handler

    def _condition(self) -> asyncio.Condition:
        if self._arrived is None:
            self._arrived = asyncio.Condition()
        return self._arrived

    async def _messages(self, request: web.Request) -> web.Response:
        self.requests += 1
        if self._delays:
            await asyncio.sleep(self._delays.pop(0))
        if self._failures and (status := self._failures.pop(0)) is not None:
            code = 130429 if status == 429 else 131016
            return self._error(_Refused(code, "Temporarily unavailable", status))
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return self._error(_Refused(190, "Invalid OAuth access token", 401))
        try:
            payload = await request.json()
            validate_message(payload)
        except _Refused as exc:
            self.refused.append({"error": exc.code, "message": exc.message})
            return self._error(exc)
        except ValueError:
            return self._error(_Refused(100, "Invalid JSON"))
        if payload["type"] == "template":
            template = payload["template"]
            approved = self.templates.get(template["name"])
            if approved is None or approved[0] != template["language"]["code"]:
                exc = _Refused(132001, "(#132001) Template name does not exist in the translation")
                self.refused.append({"error": exc.code, "message": exc.message})
                return self._error(exc)
            if len(body_params(payload)) != approved[1]:
                exc = _Refused(132000, "(#132000) Number of parameters does not match")
                self.refused.append({"error": exc.code, "message": exc.message})
                return self._error(exc)
        if payload["to"] in self.window_closed and payload.get("type") != "template":
            self.refused.append({"error": 131047, "message": "Re-engagement message"})
            return self._error(_Refused(131047, "(#131047) Re-engagement message"), RE_ENGAGEMENT)
        wamid = f"wamid.FAKE{next(self._ids):08d}"
        self.sent.append({**payload, "_wamid": wamid})
        for listener in self.listeners:
            listener(payload)
        condition = self._condition()
        async with condition:
            condition.notify_all()
        if self._late:
            await asyncio.sleep(self._late.pop(0))
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": payload["to"], "wa_id": payload["to"]}],
                "messages": [{"id": wamid}],
            }
        )

    @staticmethod
    def _error(exc: _Refused, details: str | None = None) -> web.Response:
        body = {
            "error": {
                "message": exc.message,
                "type": "OAuthException",
                "code": exc.code,
                "error_data": {"messaging_product": "whatsapp", "details": details or exc.message},
                "fbtrace_id": "AbCdEfGh123",
            }
        }
        return web.json_response(body, status=exc.status)
