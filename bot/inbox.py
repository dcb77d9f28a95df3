"""The WhatsApp inbox worker: answer each guest's recorded messages in order.

Recording is `bot/recording.py` (the worker's `recorder`, which the webhook
calls). Processing (`InboxWorker`, an aiojobs job): a guest's messages are handled one
at a time in arrival order (`id`), safely across instances:
- a session-level advisory lock per guest is held while one message is
  handled, so two workers never answer the same guest at once; it is taken
  with the message (`inbox_claim`, sql/006_inbox_claim.sql) and released with
  its outcome, two round trips a message, or by closing the connection when
  the worker is cut off in between;
- before reading the guest's oldest pending message the claim must also get,
  for an instant, the guest's "arrival" lock that every recording transaction
  holds in shared mode until it commits. Ids are handed out at insert time, not
  at commit, so without it a later message could be seen (and answered) while
  an earlier one of the same guest is still being committed;
- a failing message is retried with exponential backoff and parked after
  `MAX_ATTEMPTS`, with an owner notice; the guest's later messages then go on.
  A failure that is an outage of a dependency (`OUTAGE`: PostgreSQL, Redis, the
  Graph API) is retried without counting for `OUTAGE_PATIENCE_SECONDS`, so a
  Redis restart or a Graph API hiccup of a few minutes is waited out, not parked.
Whatever is pending at start-up (a crash, a deploy) is picked up by the first
scan. Each message's replies are sent with keys `<wamid>:<index>`, so a retry
never sends a reply twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiojobs
import asyncpg
import redis.exceptions
from aiohttp import web

from appkeys import CONVERSATION, DB, REDIS, SCHEDULER, SETTINGS, WHATSAPP
from booking.db import DATABASE_DOWN, load_queries
from bot.messages import Inbound, Outbound, Text
from bot.payloads import to_inbound
from bot.recording import ARRIVAL_LOCK, Recorder
from bot.whatsapp import Sent, WhatsAppUnavailable, record_sent
from health.logs import mask_phone
from health.metrics import INBOX_PARKED, WHATSAPP_REPLY_LATENCY

log = logging.getLogger(__name__)
Q = load_queries("inbox")

Handler = Callable[[web.Application, Inbound], Awaitable[list[Outbound]]]

# Advisory lock namespaces (the two-int form, apart from booking's bigint keys);
# ARRIVAL_LOCK (0x0CAB_0003) is taken by every recording transaction.
GUEST_LOCK = 0x0CAB_0002
MAX_ATTEMPTS = 5
POLL_SECONDS = 0.5  # the nudge makes replies fast; polling covers other instances' arrivals
MESSAGE_TIMEOUT_SECONDS = 120.0  # one message's handling and replies; then it counts as failed
ACQUIRE_TIMEOUT_SECONDS = 5.0
STOP_GRACE_SECONDS = 2.0  # on shutdown, a message in hand gets this long to finish
# A dependency out of reach, not a bad message: the try is not counted for this long
# after the message arrived (see mark_failed), then it is, so it still parks in the end.
OUTAGE = (
    # DATABASE_DOWN without its bare OSError: a FileNotFoundError is a bug, not an outage,
    # and must park in a few tries rather than hold the guest's later messages for an hour.
    *(kind for kind in DATABASE_DOWN if kind is not OSError),
    ConnectionError,
    socket.gaierror,
    asyncpg.TooManyConnectionsError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    WhatsAppUnavailable,
)
OUTAGE_PATIENCE_SECONDS = 3600.0


def default_handler() -> Handler:
    """The conversation machine, imported when first needed (see `appkeys.CONVERSATION`)."""
    from bot.conversation import handle_message

    return handle_message


@dataclass(frozen=True)
class _Outcome:
    wamid: str
    parked: bool
    more: bool  # another message of this guest was already waiting
    error: str | None = None
    payload: dict[str, Any] | None = None
    age: float | None = None  # seconds from arrival to replies sent, when there were any


@dataclass
class _Turn:
    """What one message's handling sent: how many replies, and the last delivered
    one, whose row the statement that ends the turn marks as sent."""

    replies: int = 0
    last: Sent | None = None


class InboxWorker:
    """Answers recorded guest messages; `nudge(senders)` after recording for a fast reply.

    Guests named by a nudge are started at once (no scan); a poll every
    `poll_seconds` scans the inbox for everything else: messages recorded by
    other instances, retries that came due, whatever was left by a crash.
    """

    def __init__(
        self,
        app: web.Application,
        pool: asyncpg.Pool,
        *,
        concurrency: int,
        retry_seconds: float,
        poll_seconds: float = POLL_SECONDS,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self._app = app
        self._pool = pool  # the worker's own: see bot/web.py
        self.recorder = Recorder(app[DB], app[REDIS])
        self._concurrency = max(1, concurrency)
        self._retry_seconds = retry_seconds
        self._poll_seconds = poll_seconds
        self._max_attempts = max_attempts
        self._wake = asyncio.Event()
        self._wanted: dict[str, None] = {}  # guests to start, oldest first (an ordered set)
        self._active: dict[str, aiojobs.Job[None] | None] = {}
        self._again: set[str] = set()  # nudged while active: look once more before ending
        self._dispatcher: aiojobs.Job[None] | None = None
        self._stopping = False
        self._db_down = False

    def nudge(self, senders: frozenset[str] | set[str] = frozenset()) -> None:
        for sender in senders:
            if sender in self._active:
                self._again.add(sender)
            else:
                self._wanted[sender] = None
        self._wake.set()

    async def start(self) -> None:
        self._dispatcher = await self._app[SCHEDULER].spawn(self._run())

    async def stop(self) -> None:
        """Let the message in hand finish (briefly), then cancel what is left."""
        self._stopping = True
        self._wake.set()
        jobs = [job for job in (self._dispatcher, *self._active.values()) if job is not None]
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(STOP_GRACE_SECONDS):
                await asyncio.gather(*(job.wait() for job in jobs), return_exceptions=True)
        for job in jobs:
            with contextlib.suppress(Exception):
                await job.close()

    async def _run(self) -> None:
        # Scan at start (what a crash or a deploy left) and on each poll; a wake-up
        # (a nudge, a slot set free) only starts the guests already named, so a
        # burst of messages for guests being answered costs no scans.
        polled = True
        while not self._stopping:
            if not polled:
                try:
                    await asyncio.wait_for(self._wake.wait(), self._poll_seconds)
                except TimeoutError:
                    polled = True
            self._wake.clear()
            if self._stopping:
                return
            scan, polled = polled, False  # a failed scan waits for the next poll
            try:
                if scan and len(self._active) < self._concurrency:
                    await self._scan()
                    self._database_up()  # only a query says so: starting guests reads nothing
                await self._start_wanted()
            except Exception as exc:
                self._database_down(exc)

    def _database_down(self, exc: BaseException) -> None:
        # One line per outage, not a traceback per waiting guest: every guest the
        # worker starts meanwhile fails the same way, and healthz / dependency_up
        # already tell on-call. Their messages stay pending for when it is back.
        if not self._db_down:
            name = type(exc).__name__
            log.warning("inbox worker: database unreachable, messages wait (%s: %s)", name, exc)
        self._db_down = True

    def _database_up(self) -> None:
        if self._db_down:
            log.info("inbox worker: database reachable again")
        self._db_down = False

    async def _scan(self) -> None:
        rows = await self._pool.fetch(Q["due_senders"], self._concurrency * 2)
        for row in rows:
            if row["sender"] not in self._active:
                self._wanted[row["sender"]] = None

    async def _start_wanted(self) -> None:
        scheduler = self._app[SCHEDULER]
        while self._wanted and len(self._active) < self._concurrency and not self._stopping:
            sender = next(iter(self._wanted))
            del self._wanted[sender]
            if sender in self._active:
                continue
            self._active[sender] = None  # reserved before the await below
            self._active[sender] = await scheduler.spawn(self._guest(sender))

    async def _guest(self, sender: str) -> None:
        try:
            async with self._pool.acquire(timeout=ACQUIRE_TIMEOUT_SECONDS) as conn:
                while not self._stopping:
                    outcome = await self._one(conn, sender)
                    self._database_up()  # after a round trip: acquire may hand a stale one
                    if outcome is not None and outcome.parked:
                        await self._parked(sender, outcome)
                    if outcome is None or not outcome.more:
                        # Checked and cleared with no await in between: a nudge for this
                        # guest either lands in `_again` before, or finds it inactive after.
                        if sender not in self._again:
                            break
                        self._again.discard(sender)
        except DATABASE_DOWN as exc:
            self._database_down(exc)
        except Exception:
            log.exception("inbox worker failed for guest %s", mask_phone(sender))
        finally:
            self._active.pop(sender, None)
            self._again.discard(sender)
            if self._wanted:
                self._wake.set()  # a slot is free for a guest who is waiting

    async def _one(self, conn: asyncpg.Connection, sender: str) -> _Outcome | None:
        """Handle the guest's oldest pending message; None when there is nothing to do now.

        Two round trips: `claim` takes the guest's session-level lock with the
        message, and `mark_done` / `mark_failed` release it with the outcome.
        """
        locked = True  # maybe, from the moment the claim is sent
        try:
            row = await conn.fetchrow(Q["claim"], sender, GUEST_LOCK, ARRIVAL_LOCK)
            if row is None:
                # Another worker answers this guest, one of its messages is being
                # recorded (its commit nudges us), or nothing is due.
                locked = False
                return None
            outcome = await self._answer(conn, sender, row)
            locked = False
        finally:
            if locked:
                # Cancelled or cut off while holding it: the guest's lock must not go
                # back to the pool with the connection (see booking.db); closing the
                # session releases it, and the message stays pending for a retry.
                # A connection the server closed is already gone (asyncpg detached
                # it): terminate() would raise over the error that says why.
                with contextlib.suppress(asyncpg.InterfaceError):
                    conn.terminate()
        if outcome.age is not None:
            WHATSAPP_REPLY_LATENCY.observe(outcome.age)
        return outcome

    async def _answer(self, conn: asyncpg.Connection, sender: str, row: asyncpg.Record) -> _Outcome:
        """Run the message, then mark it done, or failed (parked after the last
        try), releasing the guest's lock in the same statement."""
        payload = json.loads(row["payload"])
        turn = _Turn()
        try:
            async with asyncio.timeout(MESSAGE_TIMEOUT_SECONDS):
                await self._handle(payload, turn)
        except Exception as exc:
            if turn.last is not None:  # went out before the failure: recorded all the same
                await record_sent(conn, turn.last)
            error = f"{type(exc).__name__}: {exc}"
            delay = self._retry_seconds * 2 ** row["attempts"]
            failed = await conn.fetchrow(
                Q["mark_failed"], row["id"], error, delay, self._max_attempts, GUEST_LOCK, sender,
                isinstance(exc, OUTAGE), OUTAGE_PATIENCE_SECONDS,
            )  # fmt: skip
            parked = failed["state"] == "parked"
            if failed["counted"]:
                log.warning(
                    "message %s from %s failed (try %d%s): %s",
                    row["event_id"],
                    mask_phone(sender),
                    failed["attempts"],
                    ", parked" if parked else "",
                    error,
                )
            else:
                log.info("message %s from %s waits for %s", row["event_id"], mask_phone(sender),
                         error)  # fmt: skip
            # A retry waits for its backoff: the poll picks the guest up then.
            return _Outcome(row["event_id"], parked, more=parked and row["more"],
                            error=error, payload=payload)  # fmt: skip
        last = turn.last.columns() if turn.last is not None else (None, None, None)
        done = await conn.fetchrow(Q["mark_done"], row["id"], GUEST_LOCK, sender, *last)
        age = done["age_seconds"] if turn.replies else None
        return _Outcome(row["event_id"], parked=False, more=row["more"], age=age)

    async def _handle(self, payload: dict[str, Any], turn: _Turn) -> None:
        """Run the conversation and deliver its replies in order (see
        `WhatsAppClient.deliver`); `turn.last` is the one left to record."""
        inbound = to_inbound(payload)
        handler = self._app.get(CONVERSATION) or default_handler()
        replies = await handler(self._app, inbound)
        turn.replies = len(replies)
        whatsapp = self._app[WHATSAPP]
        for index, reply in enumerate(replies):
            key = f"{inbound.wamid}:{index}"
            sent = await whatsapp.deliver(inbound.wa_id, reply, key, previous=turn.last)
            turn.last = sent  # the previous one, if any, was recorded by this claim

    async def _parked(self, sender: str, outcome: _Outcome) -> None:
        INBOX_PARKED.labels("whatsapp").inc()
        owner = self._app[SETTINGS].owner_whatsapp
        if not owner:
            return
        inbound = to_inbound(outcome.payload or {})
        # Owner-facing (not guest-facing) text: the owner needs the full number to call back.
        said = f': "{inbound.text[:200]}"' if inbound.text else f" ({inbound.type})"
        notice = Text(
            f"⚠️ No pude responder un mensaje de {inbound.profile_name or 'un huésped'} "
            f"(+{sender}){said}. Quedó apartado después de {self._max_attempts} intentos; "
            "escribile vos, por favor."
        )
        try:
            await self._app[WHATSAPP].send(owner, notice, key=f"parked:{outcome.wamid}")
        except Exception:
            log.exception("owner notice for a parked message failed")
