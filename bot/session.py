"""Conversation state in Redis: one versioned JSON document per guest, under a per-guest lock.

Modelled on aiogram's FSM storage: a small frozen key (our phone number id +
the guest's wa_id) from which one function builds every Redis key; the lock is
taken before the state is read, so two messages of one guest never interleave.
A turn (`conversation()`) is two round trips: lock + read, then save + unlock.
Losing Redis loses a conversation, never a booking (PostgreSQL holds those).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from redis.commands.core import AsyncScript
from redis.exceptions import LockError, NoScriptError

from bot.batching import Batcher
from bot.messages import Button, Buttons, ListMessage, Outbound, Row, Text
from bot.states import State

log = logging.getLogger(__name__)

# Bumped only when a stored field changes meaning: a field added with a default needs no
# bump, as `Context.from_json` fills what an older document lacks and skips what it does
# not know (a worker of the previous release reading a newer document), and a bump would
# start over every conversation in Redis.
SCHEMA_VERSION = 1
TTL_SECONDS = 24 * 3600  # a conversation idle for a day starts over
LOCK_TIMEOUT_SECONDS = 60  # auto-release if a worker dies while holding it
LOCK_WAIT_SECONDS = 20
LOCK_RETRY_SECONDS = 0.05  # how often a busy lock is tried again
SEEN_KEPT = 8  # wamids whose replies we remember, so a retried message replays them
HISTORY_KEPT = 8  # the guest's last messages, handed to a person on handoff


@dataclass(frozen=True)
class GuestKey:
    phone_number_id: str  # our WhatsApp business number (one deployment may serve several)
    wa_id: str  # the guest, exactly as Meta sends it


def redis_key(kind: str, guest: GuestKey) -> str:
    """Every per-guest Redis key: conversation, lock, handoff."""
    return f"cabanas:{kind}:{guest.phone_number_id}:{guest.wa_id}"


@dataclass(frozen=True)
class Context:
    """What the bot remembers about the guest between turns."""

    name: str | None = None  # WhatsApp profile name
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    nights: int | None = None  # "5 noches" said before the arrival day
    month: int | None = None  # "en enero" said before the days
    # The part of that month said with it ("a fines de enero": "late"; see
    # Understanding.month_part): the days are asked in that window. Set with `month`.
    month_part: str | None = None
    guests: int | None = None
    cabin: str | None = None  # slug of the cabin being talked about
    offers: tuple[str, ...] = ()  # ids of the rows last listed, for "la 2"
    hold: str | None = None  # code of the hold placed in this chat
    pay_url: str | None = None
    cancel: str | None = None  # code the guest picked for cancellation
    misses: int = 0  # consecutive messages not understood
    history: tuple[str, ...] = ()
    # Slugs of the cabins the last reply answered about, other than the one summed up
    # ("¿la otra tiene parrilla?"): what "esa" means next. Lives one turn (bot.conversation).
    asked: tuple[str, ...] = ()
    # (id, title) of the list rows or buttons of the last reply, and whether they were a
    # list's rows: a typed "2" or "precios" picks from them as a tap would (bot.choices).
    shown: tuple[tuple[str, str], ...] = ()
    shown_rows: bool = False
    # The guest was told once that the bot writes Spanish only (`replies.english_only`).
    english_noted: bool = False
    # The step's reminder (a `replies.NUDGES` key) ended the last reply, or was left out of
    # it as already said: an "ok", "gracias" or "chau" next is not told it once more.
    nudged: str | None = None
    # Whom the reservation is for when it is not the guest ("a nombre de mi mamá, Marta
    # Gómez, su cel es …"): the name (and number) the hold is placed under (bot.holder).
    holder: str | None = None
    # A CUIT sent for the invoice ("mi cuit es 20-12345678-6"), noted on the hold (bot.invoice).
    tax_id: str | None = None
    # The departure of the stay the last reply refused as too short (the reply says it back,
    # so "¿y si nos quedamos una noche más?" next makes that stay longer). Lives one turn.
    refused_out: dt.date | None = None
    # The summary's row (`replies.pick_id` form) before the guest last changed its stay on
    # the summary ("mejor 2 noches"): what "no, mejor como estaba" goes back to
    # (bot.handlers_summary). Forgotten with the flow.
    was: str | None = None
    # The last departure of the window a stay of `check_out - check_in` nights may fall in
    # ("entre el 10 y el 20 de marzo, 3 noches": check_in the 10th, check_out the 13th, this
    # the 20th; `Understanding.window`). Set and dropped with the dates (`handlers.absorb`).
    window_end: dt.date | None = None

    def replace(self, **changes: Any) -> Context:
        """`dataclasses.replace(self, **changes)` at a sixth of the cost (~0.7 µs, not
        ~4.6: no getattr per field and no frozen `__init__`), for the few replaces
        every turn makes (bot.conversation). No field has a validator to skip."""
        unknown = changes.keys() - _CONTEXT_FIELD_SET
        if unknown:
            raise TypeError(f"Context has no field {', '.join(sorted(unknown))}")
        new = object.__new__(Context)
        new.__dict__.update(self.__dict__, **changes)
        return new

    def to_json(self) -> dict[str, Any]:
        # Field by field rather than dataclasses.asdict, which deep-copies every
        # value: this runs on every turn, and all the values are immutable.
        data = {name: getattr(self, name) for name in _CONTEXT_FIELDS}
        for name in _DATE_FIELDS:
            if data[name] is not None:
                data[name] = data[name].isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Context:
        values = {k: v for k, v in data.items() if k in _CONTEXT_FIELDS}
        for name in _DATE_FIELDS:
            if values.get(name):
                values[name] = dt.date.fromisoformat(values[name])
        for name in ("offers", "history", "asked"):
            values[name] = tuple(values.get(name) or ())
        values["shown"] = tuple((str(i), str(t)) for i, t in values.get("shown") or ())
        return cls(**values)


_CONTEXT_FIELDS = tuple(f.name for f in dataclasses.fields(Context))
_DATE_FIELDS = ("check_in", "check_out", "refused_out", "window_end")
_CONTEXT_FIELD_SET = frozenset(_CONTEXT_FIELDS)


@dataclass(frozen=True)
class Session:
    state: State = State.IDLE
    ctx: Context = field(default_factory=Context)
    # (wamid, replies) of the last messages handled: a retry replays, never re-runs.
    seen: tuple[tuple[str, tuple[Outbound, ...]], ...] = ()

    def replies_for(self, wamid: str) -> tuple[Outbound, ...] | None:
        for seen_wamid, replies in self.seen:
            if seen_wamid == wamid:
                return replies
        return None

    def after(
        self, wamid: str, state: State, ctx: Context, replies: tuple[Outbound, ...]
    ) -> Session:
        seen = ((wamid, replies), *self.seen)[:SEEN_KEPT]
        return Session(state=state, ctx=ctx, seen=seen)


@contextlib.asynccontextmanager
async def guest_lock(
    redis: aioredis.Redis, guest: GuestKey, wait: float = LOCK_WAIT_SECONDS
) -> AsyncIterator[None]:
    """Hold the guest's lock; raises LockError when it cannot be taken in `wait` seconds."""
    lock = redis.lock(redis_key("lock", guest), timeout=LOCK_TIMEOUT_SECONDS, blocking_timeout=wait)
    if not await lock.acquire():
        raise LockError(f"conversation lock busy for {guest.phone_number_id}")
    try:
        yield
    finally:
        try:
            await lock.release()
        except LockError:
            # The timeout passed while we worked: someone else may hold it now.
            log.warning("conversation lock expired before release")


async def load(redis: aioredis.Redis, guest: GuestKey) -> Session:
    return parse_session(await redis.get(redis_key("conv", guest)))


def parse_session(raw: bytes | str | None) -> Session:
    """The stored document as a `Session`; a new one when missing or unreadable."""
    if not raw:
        return Session()
    try:
        data = json.loads(raw)
        if data.get("v") != SCHEMA_VERSION:
            # An older shape: start over rather than guess (the TTL is only a day anyway).
            return Session()
        return Session(
            state=State(data["state"]),
            ctx=Context.from_json(data["ctx"]),
            seen=tuple(
                (wamid, tuple(outbound_from_json(r) for r in replies))
                for wamid, replies in data.get("seen", [])
            ),
        )
    except (ValueError, KeyError, TypeError):
        log.warning("unreadable conversation state; starting over")
        return Session()


async def save(redis: aioredis.Redis, guest: GuestKey, session: Session) -> None:
    await redis.set(redis_key("conv", guest), session_document(session), ex=TTL_SECONDS)


def session_document(session: Session) -> str:
    document = {
        "v": SCHEMA_VERSION,
        "state": session.state.value,
        "ctx": session.ctx.to_json(),
        "seen": [
            [wamid, [outbound_to_json(r) for r in replies]] for wamid, replies in session.seen
        ],
        "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    return json.dumps(document, ensure_ascii=False)


# ------------------------------------------------------------ a turn in two round trips

# A turn used to be five round trips (lock, read, handoff check, write, unlock).
# These two scripts make it two, with the same keys and the same lock protocol
# as `guest_lock` (redis-py's Lock: our random token as the value, released
# only by its owner), so either kind of holder excludes the other.
# The lock already holding our own token counts as taken: a command re-sent after a
# dropped connection (the client retries once) may find its first try's lock.
_OPEN_SCRIPT = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
        or redis.call('GET', KEYS[1]) == ARGV[1] then
    return {1, redis.call('GET', KEYS[2]), redis.call('EXISTS', KEYS[3])}
end
return {0}
"""
# ARGV[2] == '': nothing to save. The save happens even if our lock expired (as
# a plain SET after the lock would), but only the owner's token releases it.
_CLOSE_SCRIPT = """
if ARGV[2] ~= '' then
    redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
end
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('DEL', KEYS[1])
    return 1
end
return 0
"""

_Call = tuple[AsyncScript, list[str], list[Any]]  # a script, its keys and its arguments


class _Turns:
    """The two scripts of a turn for one Redis client, sent in pipelines: the turns of
    different guests that open (or close) at the same moment share one round trip
    (bot.batching). Each command runs on its own in Redis, as if sent alone; a lone
    call is sent at once."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis
        self.open = redis.register_script(_OPEN_SCRIPT)
        self.close = redis.register_script(_CLOSE_SCRIPT)
        self._calls: Batcher[_Call, Any] = Batcher(self._send)

    async def __call__(self, script: AsyncScript, keys: list[str], args: list[Any]) -> Any:
        result = await self._calls((script, keys, args))
        if isinstance(result, Exception):  # this command's own error, not the round trip's
            raise result
        return result

    async def _send(self, calls: list[_Call]) -> list[Any]:
        if len(calls) == 1:
            script, keys, args = calls[0]
            return [await script(keys=keys, args=args)]
        pipe = self._redis.pipeline(transaction=False)
        for script, keys, args in calls:
            pipe.evalsha(script.sha, len(keys), *keys, *args)
        results = await pipe.execute(raise_on_error=False)
        for index, result in enumerate(results):
            if isinstance(result, NoScriptError):
                # Redis restarted (or was flushed) since: the script object loads itself.
                script, keys, args = calls[index]
                results[index] = await script(keys=keys, args=args)
        return results


def _turns_for(redis: aioredis.Redis) -> _Turns:
    # Kept on the client itself, so it goes with it: a module-level map keyed by the client
    # (even a weak one) held every client for good, as the scripts refer back to it.
    found: _Turns | None = getattr(redis, "_cabanas_turns", None)
    if found is None:
        found = redis._cabanas_turns = _Turns(redis)  # type: ignore[attr-defined]
    return found


@dataclass
class OpenConversation:
    """A guest's conversation while its lock is held: what was stored, whether a
    person has the chat (bot/handoff.py), and what to store when it closes."""

    session: Session
    handed_off: bool
    to_save: Session | None = None

    def save(self, session: Session) -> None:
        """Stored when the block ends normally, in the same round trip as the unlock."""
        self.to_save = session


@contextlib.asynccontextmanager
async def conversation(
    redis: aioredis.Redis, guest: GuestKey, wait: float = LOCK_WAIT_SECONDS
) -> AsyncIterator[OpenConversation]:
    """Lock the guest's conversation and read it; save (if asked) and unlock at the end.

    Raises LockError when the lock cannot be taken in `wait` seconds. When the
    block raises, nothing is saved and the lock is released.
    """
    turns = _turns_for(redis)
    keys = [redis_key("lock", guest), redis_key("conv", guest), redis_key("handoff", guest)]
    token = secrets.token_hex(16)
    deadline = time.monotonic() + wait
    while True:
        opened = await turns(turns.open, keys, [token, LOCK_TIMEOUT_SECONDS * 1000])
        if opened[0] == 1:
            break
        if time.monotonic() >= deadline:
            raise LockError(f"conversation lock busy for {guest.phone_number_id}")
        await asyncio.sleep(LOCK_RETRY_SECONDS)
    current = OpenConversation(session=parse_session(opened[1]), handed_off=bool(opened[2]))
    document = ""
    try:
        yield current
        if current.to_save is not None:
            document = session_document(current.to_save)
    finally:
        released = await turns(turns.close, keys, [token, document, TTL_SECONDS])
        if not released:
            # The timeout passed while we worked: someone else may hold it now.
            log.warning("conversation lock expired before release")


def outbound_to_json(message: Outbound) -> dict[str, Any]:
    if isinstance(message, Text):
        return {"t": "text", "body": message.body}
    if isinstance(message, Buttons):
        return {
            "t": "buttons",
            "body": message.body,
            "buttons": [[b.id, b.title] for b in message.buttons],
        }
    return {
        "t": "list",
        "body": message.body,
        "button": message.button,
        "section": message.section_title,
        "rows": [[r.id, r.title, r.description] for r in message.rows],
    }


def outbound_from_json(data: dict[str, Any]) -> Outbound:
    if data["t"] == "text":
        return Text(data["body"])
    if data["t"] == "buttons":
        return Buttons(data["body"], tuple(Button(i, t) for i, t in data["buttons"]))
    return ListMessage(
        body=data["body"],
        button=data["button"],
        rows=tuple(Row(i, t, d) for i, t, d in data["rows"]),
        section_title=data["section"],
    )
