"""Outbound WhatsApp: the Cloud API client and the local demo transport.

`WhatsAppClient.send(to, message, key)` turns an `Outbound` into the Cloud API
JSON (FORMATS.md), records it in `outbound_messages` under `key` (a key is sent
at most once, across retries and instances) and delivers it: to
`POST {WHATSAPP_API_BASE}/{phone_number_id}/messages`, or — in demo mode, with
no access token — to a Redis list per guest that `make chat` reads.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

import aiohttp
import asyncpg
import redis.asyncio as aioredis

from booking.db import load_queries
from bot.batching import Batcher
from bot.messages import Buttons, ListMessage, Outbound, Template, Text
from health.logs import mask_phone
from health.metrics import WHATSAPP_MESSAGES, WHATSAPP_SEND_FAILURES
from settings import Settings

log = logging.getLogger(__name__)
Q = load_queries("whatsapp")

DEMO_OUTBOX_TTL_SECONDS = 24 * 3600
# Graph API error codes that mean "later", even when the HTTP status is 400:
# 4 / 80007 / 130429 rate limits, 131056 the per-user pair rate limit,
# 131000 / 131016 "something went wrong" / service unavailable.
TRANSIENT_GRAPH_CODES = frozenset({4, 80007, 130429, 131056, 131000, 131016})


async def read_demo_outbox(redis: aioredis.Redis, to: str, wait: float) -> list[dict[str, Any]]:
    """Take what the demo transport sent to `to`, waiting up to `wait` seconds for the first."""
    key = demo_outbox_key(to)
    items = await redis.lpop(key, 100) or []
    if not items and wait > 0:
        popped = await redis.blpop([key], timeout=wait)
        if popped:
            items = [popped[1], *(await redis.lpop(key, 100) or [])]
    return [json.loads(item) for item in items]


class WhatsAppUnavailable(Exception):
    """The Cloud API kept failing transiently (429, 5xx, timeouts) after every retry."""


# The recipient's 24-hour customer-service window is closed: only templates reach them.
RE_ENGAGEMENT_CODE = 131047


class WhatsAppRefused(Exception):
    """Meta refused the message for good (`send(..., strict=True)` only); `code` is the
    Graph API error code (131047: outside the 24-hour window), None when it had none."""

    def __init__(self, code: int | None, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def demo_outbox_key(to: str) -> str:
    """The Redis list the console chat reads for one guest."""
    return f"demo:outbox:{cloud_number(to)}"


def cloud_number(wa_id: str) -> str:
    """The `to` the Cloud API accepts for a guest's `wa_id`.

    Argentine mobile numbers arrive in webhooks as 549 + area + number, but a
    send to that form fails with error 131030 (recipient not in the allowed
    list): Meta registers them as 54 + area + number, so the 9 is dropped.
    """
    digits = "".join(ch for ch in wa_id if ch.isdigit())
    if digits.startswith("549") and len(digits) == 13:
        return "54" + digits[3:]
    return digits


def _joins_previous(ch: str) -> bool:
    """A character that belongs to the one before it: a combining accent, a
    variation selector, an emoji skin tone, or a zero-width joiner."""
    return bool(
        unicodedata.combining(ch)
        or ch in "\u200d\ufe0e\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
    )


def fit(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when cut.

    Meta refuses titles over their limits, so we cut, but never between a
    character and what belongs to it (accents, skin tones, joined emoji).
    """
    text = unicodedata.normalize("NFC", text.strip())
    if len(text) <= limit:
        return text
    end = limit - 1
    while end > 0 and (_joins_previous(text[end]) or text[end - 1] == "\u200d"):
        end -= 1
    return text[:end].rstrip() + "…"


def _unique_titles(titles: list[str], limit: int) -> list[str]:
    """Meta refuses two reply buttons with the same title: cutting long titles can
    make them equal, so number the clashes."""
    if len(set(titles)) == len(titles):
        return titles
    return [
        title if titles.count(title) == 1 else fit(title, limit - 3) + f" {n}"
        for n, title in enumerate(titles, start=1)
    ]


# A template's body variable: Meta refuses one with a line break, a tab or more than four
# spaces in a row (error 132018), and a body over 1,024 characters with its fixed text.
TEMPLATE_PARAM_LIMIT = 900
_TEMPLATE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_TEMPLATE_SPACES = re.compile(r"[\t ]{2,}|\t")


def template_param(text: str) -> str:
    """`text` as a template's body variable: its lines joined with " · ", runs of spaces
    and tabs made one, cut to TEMPLATE_PARAM_LIMIT."""
    flat = _TEMPLATE_SPACES.sub(" ", _TEMPLATE_BREAKS.sub(" · ", text.strip()))
    return fit(flat, TEMPLATE_PARAM_LIMIT)


def message_text(message: Outbound) -> str:
    """What a message says, without its buttons or rows."""
    if isinstance(message, Text):
        return message.body
    if isinstance(message, Template):
        return " ".join(message.params)
    return message.body


def cloud_payload(to: str, message: Outbound) -> dict[str, Any]:
    """The Cloud API request body for one message, within Meta's length limits."""
    base: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": cloud_number(to),
    }
    if isinstance(message, Text):
        return base | {
            "type": "text",
            "text": {"preview_url": False, "body": fit(message.body, 4096)},
        }
    if isinstance(message, Buttons):
        chosen = message.buttons[:3]  # Meta refuses more than 3 reply buttons
        titles = _unique_titles([fit(b.title, 20) for b in chosen], 20)
        buttons = [
            {"type": "reply", "reply": {"id": b.id[:256], "title": title}}
            for b, title in zip(chosen, titles, strict=True)
        ]
        interactive = {
            "type": "button",
            "body": {"text": fit(message.body, 1024)},
            "action": {"buttons": buttons},
        }
        return base | {"type": "interactive", "interactive": interactive}
    if isinstance(message, ListMessage):
        rows = []
        for row in message.rows[:10]:  # at most 10 rows in all sections together
            item = {"id": row.id[:200], "title": fit(row.title, 24)}
            if row.description:
                item["description"] = fit(row.description, 72)
            rows.append(item)
        interactive = {
            "type": "list",
            "body": {"text": fit(message.body, 4096)},
            "action": {
                "button": fit(message.button, 20),
                "sections": [{"title": fit(message.section_title, 24), "rows": rows}],
            },
        }
        return base | {"type": "interactive", "interactive": interactive}
    if isinstance(message, Template):
        parameters = [{"type": "text", "text": template_param(p)} for p in message.params]
        template = {
            "name": message.name,
            "language": {"code": message.language},
            "components": [{"type": "body", "parameters": parameters}],
        }
        return base | {"type": "template", "template": template}
    raise TypeError(f"not an outbound message: {message!r}")


def metric_type(message: Outbound) -> str:
    if isinstance(message, Buttons):
        return "button"
    if isinstance(message, ListMessage):
        return "list"
    if isinstance(message, Template):
        return "template"
    return "text"


class _Permanent(Exception):
    def __init__(self, status: int, detail: str, code: int | None = None) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status, self.code = status, code

    @property
    def unauthorized(self) -> bool:
        """Meta refuses us, not this message: an expired or revoked access token (190),
        or an app without the permission to send (10, 200-299)."""
        code = self.code or 0
        return self.status in (401, 403) or code in (10, 190) or 200 <= code <= 299


class _Transient(Exception):
    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


# What `deliver` claims: key, number, type, body, and the turn's previous delivered
# message to record as sent (id, status, wamid; NULLs when none).
_Claim = tuple[str, str, str, str, int | None, str | None, str | None]


class WhatsAppClient:
    """`app[WHATSAPP]`: send replies to guests (and notices to the owner)."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        settings: Settings,
        pool: asyncpg.Pool,
        redis: aioredis.Redis | None = None,
        *,
        tries: int = 4,
        backoff_seconds: float = 0.5,
        request_timeout: float = 10.0,
    ) -> None:
        self._session, self._settings, self._pool, self._redis = session, settings, pool, redis
        self._tries, self._backoff = tries, backoff_seconds
        self._timeout = aiohttp.ClientTimeout(total=request_timeout)
        self._url = f"{settings.whatsapp_api_base}/{settings.whatsapp_phone_number_id}/messages"
        self.demo = settings.whatsapp_demo
        # Replies of guests answered at once claim their keys in one round trip.
        self._claims: Batcher[_Claim, int | None] = Batcher(self._claim_sends)

    async def send(
        self, to: str, message: Outbound, key: str | None = None, *, strict: bool = False
    ) -> str | None:
        """Send once per `key`; return the message's wamid.

        None when Meta refused it for good (a 4xx: logged and counted, the
        caller goes on; `strict`: raises `WhatsAppRefused` instead, for a caller
        that must act on it) or when `key` was already sent by an earlier try that
        had no wamid. Raises `WhatsAppUnavailable` after the retries for 429,
        5xx and timeouts are spent, leaving the key free for a later try.
        """
        key = key or f"auto:{uuid.uuid4().hex}"
        sent = await self.deliver(to, message, key, strict=strict)
        if sent is None:
            return await self._pool.fetchval(Q["wamid_for_key"], key)
        await record_sent(self._pool, sent)
        return sent.wamid

    async def send_owner(self, message: Outbound, key: str | None = None) -> str | None:
        """`send` to OWNER_WHATSAPP, once per `key`. Outside the owner's 24-hour window
        Meta refuses a free-form message (131047): it goes again as the approved
        template WHATSAPP_OWNER_TEMPLATE, under `key` + ":template" (README, "What the
        owner hears"). None when it could not go (logged and counted), as `send`."""
        owner = self._settings.owner_whatsapp
        if not owner:
            log.warning("owner notice not sent: OWNER_WHATSAPP is not set")
            return None
        key = key or f"auto:{uuid.uuid4().hex}"
        try:
            if (wamid := await self.send(owner, message, key, strict=True)) is not None:
                return wamid
        except WhatsAppRefused as exc:
            if exc.code != RE_ENGAGEMENT_CODE:
                return None  # logged and counted by `deliver`
        else:
            # Sent before under `key`, with no wamid: refused for the window on an earlier
            # try whose template WhatsApp could not take then (the notice was retried).
            if not await self._pool.fetchval(Q["refused_for_window"], key):
                return None
        return await self.send_owner_template(message_text(message), key)

    async def send_owner_template(self, text: str, key: str) -> str | None:
        """The owner notice `text`, first sent under `key` and refused for the 24-hour
        window (at once or in a later "failed" status), as the owner's template."""
        name = self._settings.whatsapp_owner_template
        if not name:
            log.error(
                "owner notice %s not delivered: the owner's 24-hour window is closed and "
                "WHATSAPP_OWNER_TEMPLATE is not set", key,
            )  # fmt: skip
            return None
        template = Template(name, self._settings.whatsapp_owner_template_language, (text,))
        assert self._settings.owner_whatsapp
        return await self.send(self._settings.owner_whatsapp, template, f"{key}:template")

    async def deliver(
        self,
        to: str,
        message: Outbound,
        key: str,
        previous: Sent | None = None,
        *,
        strict: bool = False,
    ) -> Sent | None:
        """`send` for a turn's replies, one round trip fewer each: the returned
        `Sent` is not recorded yet (its row says `sending`, which a retry of the key
        also skips); the caller passes it as `previous` to the next `deliver`,
        whose claim records it, and the last one to the statement that ends the
        turn (the inbox's done_many). None: nothing to record (the key was sent
        before, or Meta refused the message — recorded and counted here).
        """
        payload = cloud_payload(to, message)
        kind = metric_type(message)
        body = json.dumps(payload, ensure_ascii=False)
        # No connection is held during the request: a slow Graph API must not
        # starve the pool the webhook needs.
        before = previous.columns() if previous is not None else (None, None, None)
        row_id = await self._claims((key, cloud_number(to), kind, body, *before))
        if row_id is None:
            log.info("reply %s already sent; skipping", key)
            return None
        try:
            if self.demo:
                wamid, status = await self._deliver_demo(to, payload), "demo"
            else:
                wamid, status = await self._post_with_retries(body.encode()), "sent"
        except _Permanent as exc:
            await self._pool.execute(Q["mark_failed"], row_id, "rejected", str(exc)[:2000])
            if exc.unauthorized:
                # Not this message: every reply to every guest fails the same way.
                WHATSAPP_SEND_FAILURES.labels("unauthorized").inc()
                log.error(
                    "WhatsApp refused our access token (check WHATSAPP_ACCESS_TOKEN): "
                    "a %s message to %s not sent: %s", kind, mask_phone(to), exc,
                )  # fmt: skip
            else:
                WHATSAPP_SEND_FAILURES.labels("rejected").inc()
                log.error("WhatsApp refused a %s message to %s: %s", kind, mask_phone(to), exc)
            if strict:
                raise WhatsAppRefused(exc.code, str(exc)) from exc
            return None
        except Exception as exc:
            await self._pool.execute(Q["mark_failed"], row_id, "unsent", str(exc)[:2000])
            WHATSAPP_SEND_FAILURES.labels("unavailable").inc()
            log.warning("WhatsApp unavailable for %s: %s", mask_phone(to), exc)
            raise WhatsAppUnavailable(str(exc)) from exc
        WHATSAPP_MESSAGES.labels("out", kind).inc()
        return Sent(row_id, status, wamid)

    async def _claim_sends(self, claims: list[_Claim]) -> list[int | None]:
        columns = [list(column) for column in zip(*claims, strict=True)]
        rows = await self._pool.fetch(Q["claim_sends"], *columns)
        claimed = {row["n"]: row["row_id"] for row in rows}
        return [claimed.get(n) for n in range(1, len(claims) + 1)]

    async def _deliver_demo(self, to: str, payload: dict[str, Any]) -> str:
        assert self._redis is not None, "the demo transport needs Redis"
        wamid = f"wamid.demo.{uuid.uuid4().hex}"
        item = json.dumps({"id": wamid, **payload}, ensure_ascii=False)
        outbox = demo_outbox_key(to)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.rpush(outbox, item)
            pipe.expire(outbox, DEMO_OUTBOX_TTL_SECONDS)
            await pipe.execute()
        return wamid

    async def _post_with_retries(self, body: bytes) -> str:
        for attempt in range(1, self._tries + 1):
            try:
                return await self._post(body)
            except _Transient as exc:
                if attempt == self._tries:
                    raise
                delay = self._backoff * 2 ** (attempt - 1) * random.uniform(0.8, 1.2)
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, 30.0))
                log.info(
                    "WhatsApp transient failure (%s), try %d in %.2fs", exc, attempt + 1, delay
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def _post(self, body: bytes) -> str:
        """POST one message's JSON, the very text recorded with its key (serialised once)."""
        headers = {
            "Authorization": f"Bearer {self._settings.whatsapp_access_token}",
            "Content-Type": "application/json",
        }
        try:
            async with self._session.post(
                self._url, data=body, headers=headers, timeout=self._timeout
            ) as response:
                text = await response.text()
                status = response.status
                retry_after = response.headers.get("Retry-After")
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _Transient(f"{type(exc).__name__}: {exc}") from exc
        try:
            body = json.loads(text)
        except ValueError:
            body = {"raw": text[:200]}
        if 200 <= status < 300:
            try:
                return str(body["messages"][0]["id"])
            except (KeyError, IndexError, TypeError):
                raise _Transient(f"unexpected answer: {str(body)[:200]}") from None
        error = body.get("error", {}) if isinstance(body, dict) else {}
        code = error.get("code") if isinstance(error, dict) else None
        detail = (
            f"code {code}: {error.get('message', '')}" if isinstance(error, dict) else str(body)
        )
        if status == 429 or status >= 500 or code in TRANSIENT_GRAPH_CODES:
            after = float(retry_after) if retry_after and retry_after.isdigit() else None
            raise _Transient(f"HTTP {status} {detail}", after)
        raise _Permanent(status, detail, code if isinstance(code, int) else None)


@dataclass(frozen=True)
class Sent:
    """A delivered message whose row still says `sending` (see `deliver`)."""

    row_id: int
    status: str  # "sent", or "demo" for the demo transport
    wamid: str

    def columns(self) -> tuple[int, str, str]:
        """The (id, status, wamid) that mark_sent, claim_sends and done_many take."""
        return self.row_id, self.status, self.wamid


async def keys_of(db: asyncpg.Pool, wamids: tuple[str, ...]) -> list[str]:
    """The keys our messages with these wamids were sent under."""
    return [row["key"] for row in await db.fetch(Q["keys_of_wamids"], list(wamids))]


async def refused_owner_notices(
    db: asyncpg.Pool, wamids: tuple[str, ...], owner: str
) -> list[tuple[str, str]]:
    """(key, text) of our free-form messages to `owner` among `wamids`: what to send
    again as the owner's template when Meta reports them failed for the 24-hour window."""
    found = []
    for row in await db.fetch(Q["sent_to_number"], list(wamids), cloud_number(owner)):
        payload = json.loads(row["body"])
        text = payload.get("text", {}).get("body") or payload.get("interactive", {}).get(
            "body", {}
        ).get("text")
        if text:
            found.append((row["key"], text))
    return found


async def record_sent(db: asyncpg.Pool | asyncpg.Connection, sent: Sent) -> None:
    """Record a delivered message as sent (`deliver` leaves that to the caller)."""
    await db.execute(Q["mark_sent"], *sent.columns())


async def apply_statuses(
    conn: asyncpg.Connection, statuses: dict[str, tuple[str, str | None]]
) -> None:
    """Record Meta's delivery statuses ({wamid: (status, error)}) on our sent messages."""
    if not statuses:
        return
    wamids = list(statuses)
    await conn.execute(
        Q["apply_statuses"],
        wamids,
        [statuses[w][0] for w in wamids],
        [statuses[w][1] for w in wamids],
    )
