"""The WhatsApp inbox worker: answer each guest's recorded messages in order.

Recording is `bot/recording.py` (the worker's `recorder`, which the webhook
calls). Processing (`InboxWorker`, an aiojobs job): a guest's messages are handled one
at a time in arrival order (`id`), safely across instances:
- a session-level advisory lock per guest is held while one message is
  handled, so two workers never answer the same guest at once; it is taken
  with the message (`inbox_claim`, sql/006_inbox_claim.sql) and released with
  its outcome, or by closing the connection when the worker is cut off in
  between. The claims and the outcomes of many guests share round trips
  (`inbox_claim_many`, `inbox_done_many`, sql/009_inbox_batches.sql);
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
import logging
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiojobs
import asyncpg
import redis.exceptions
from aiohttp import web

from appkeys import CONVERSATION, DB, NOTIFIER, REDIS, SCHEDULER, SETTINGS, WHATSAPP
from booking import guest_notices
from booking.db import DATABASE_DOWN, load_queries
from bot.messages import Inbound, Outbound
from bot.payloads import StoredPayload, to_inbound
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
# Messages this process recorded, kept parsed for its own answer (`nudge`); the oldest
# go past this many (a burst for guests another instance answers, or a long backlog),
# and those are parsed from their stored payload like any other.
FRESH_KEPT = 5000
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
class _Claimed:
    """A guest's oldest pending message, claimed: the lane holds the guest's lock."""

    sender: str
    id: int
    event_id: str
    payload: str  # JSON text: bot.payloads.StoredPayload
    attempts: int
    more: bool  # another message of this guest was already waiting
    lane: int  # the lane connection (its generation) that holds the lock


@dataclass
class _Turn:
    """What one message's handling sent: how many replies, and the last delivered
    one, whose row the statement that ends the turn marks as sent."""

    replies: int = 0
    last: Sent | None = None


@dataclass(frozen=True)
class _Finished:
    claimed: _Claimed
    turn: _Turn
    error: Exception | None  # None: handled, to mark done


class InboxWorker:
    """Answers recorded guest messages; `nudge(senders)` after recording for a fast reply.

    Guests named by a nudge are claimed at once (no scan); a poll every
    `poll_seconds` scans the inbox for everything else: messages recorded by
    other instances, retries that came due, whatever was left by a crash.

    One dispatcher owns the worker's one connection, the "lane": it scans,
    claims the next message of every guest waiting for a slot in one statement
    (`claim_many`), and marks every message handled since its last round trip
    done in one (`done_many`). The guests' locks are that session's, so a lost
    lane loses them all at once: what it had claimed stays pending and is
    answered again (replies are keyed, so none goes out twice). Batching is
    what makes the worker cheap under load: one by one, a message cost two
    round trips of its own (README, Benchmarks).
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
        message_timeout: float = MESSAGE_TIMEOUT_SECONDS,
    ) -> None:
        self._app = app
        self._pool = pool  # the worker's own, for the lane: see bot/web.py
        self.recorder = Recorder(app[DB], app[REDIS])
        self._concurrency = max(1, concurrency)
        self._retry_seconds = retry_seconds
        self._poll_seconds = poll_seconds
        self._max_attempts = max_attempts
        self._message_timeout = message_timeout
        self._wake = asyncio.Event()
        self._wanted: dict[str, None] = {}  # guests to claim, oldest first (an ordered set)
        # Claimed (or being claimed): the task answering the guest's message. Plain
        # tasks, not scheduler jobs (~3 µs less a message): `stop` ends them.
        self._active: dict[str, asyncio.Task[None] | None] = {}
        self._again: set[str] = set()  # nudged while active: look once more after
        self._finished: list[_Finished] = []  # handled, waiting for the lane
        self._running = 0  # handlers running
        # When each running handler started (loop time), for the dispatcher's check of
        # overdue ones (`_cancel_overdue`): one check a second, not a timer a message.
        self._started: dict[str, float] = {}
        self._overdue: set[str] = set()  # guests whose handler was cancelled for it
        self._next_overdue_check = 0.0
        self._lane: asyncpg.Connection | None = None
        self._generation = 0  # of the lane: a new connection holds none of the old locks
        self._dispatcher: aiojobs.Job[None] | None = None
        self._stopping = False
        self._db_down = False
        # wamid → the message as this process recorded it (`nudge`), in arrival order.
        self._fresh: dict[str, StoredPayload] = {}

    def nudge(
        self,
        senders: frozenset[str] | set[str] = frozenset(),
        fresh: dict[str, StoredPayload] | None = None,
    ) -> None:
        """Claim these guests' next messages soon. `fresh`: the messages just recorded
        here, parsed, so that answering one does not parse its stored payload again
        (~8 µs a message, ~15 under load); the claim still decides what is answered."""
        if fresh:
            self._fresh.update(fresh)
            while len(self._fresh) > FRESH_KEPT:
                del self._fresh[next(iter(self._fresh))]
        for sender in senders:
            if sender in self._active:
                self._again.add(sender)
            else:
                self._wanted[sender] = None
        self._wake.set()

    async def start(self) -> None:
        self._dispatcher = await self._app[SCHEDULER].spawn(self._run())

    async def stop(self) -> None:
        """Let the messages in hand finish (briefly) and be marked, then cancel
        what is left; its messages stay pending for the next start."""
        self._stopping = True
        self._wake.set()
        handlers = [task for task in self._active.values() if task is not None]
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(STOP_GRACE_SECONDS):
                if handlers:  # asyncio.wait, not gather: the timeout must not cancel them here
                    await asyncio.wait(handlers)
                if self._dispatcher is not None:  # it marks what they did, then returns
                    await asyncio.gather(self._dispatcher.wait(), return_exceptions=True)
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        if self._dispatcher is not None:
            with contextlib.suppress(Exception):
                await self._dispatcher.close()
        await self._drop_lane()

    async def _run(self) -> None:
        # Scan at start (what a crash or a deploy left) and on each poll; a wake-up
        # (a nudge, a message handled) only claims the guests already named, so a
        # burst of messages for guests being answered costs no scans.
        polled = True
        while True:
            if self._stopping and not self._running and not self._finished:
                return
            if not polled and not self._wake.is_set():  # (wait_for costs a task)
                try:
                    await asyncio.wait_for(self._wake.wait(), self._poll_seconds)
                except TimeoutError:
                    polled = True
            self._wake.clear()
            self._cancel_overdue()
            if self._stopping and not self._running and not self._finished:
                return
            scan, polled = polled, False  # a failed scan waits for the next poll
            try:
                if self._finished:
                    await self._mark(await self._lane_connection())
                if self._stopping:
                    continue
                if scan and len(self._active) < self._concurrency:
                    await self._scan(await self._lane_connection())
                if self._wanted and len(self._active) < self._concurrency:
                    await self._claim(await self._lane_connection())
            except Exception as exc:
                await self._lane_lost(exc)

    def _cancel_overdue(self) -> None:
        """Cancel the handlers running for over `message_timeout`: their messages count
        as failed (`_answer`). Checked about once a second (the dispatcher wakes at
        least every poll), so a handler may run up to a second over."""
        now = asyncio.get_running_loop().time()
        if now < self._next_overdue_check:
            return
        self._next_overdue_check = now + 1.0
        for sender, started in self._started.items():
            task = self._active.get(sender)
            if now - started >= self._message_timeout and task is not None and not task.done():
                self._overdue.add(sender)
                task.cancel()

    async def _lane_connection(self) -> asyncpg.Connection:
        if not self._lane_open():
            await self._drop_lane()
            self._lane = await self._pool.acquire(timeout=ACQUIRE_TIMEOUT_SECONDS)
            self._generation += 1
        return self._lane

    def _lane_open(self) -> bool:
        try:
            return self._lane is not None and not self._lane.is_closed()
        except asyncpg.InterfaceError:  # closed: asyncpg detached it from the pool
            return False

    async def _drop_lane(self) -> None:
        """Close the lane, which releases every lock it holds (a lock must never go
        back to the pool with its connection: see booking.db)."""
        lane, self._lane = self._lane, None
        if lane is not None:
            # A connection the server closed is already gone (asyncpg detached it).
            with contextlib.suppress(asyncpg.InterfaceError):
                lane.terminate()
            with contextlib.suppress(Exception):
                await self._pool.release(lane)

    async def _lane_lost(self, exc: Exception) -> None:
        if isinstance(exc, DATABASE_DOWN):
            self._database_down(exc)
        else:
            log.exception("inbox worker: the lane failed, its messages wait", exc_info=exc)
        await self._drop_lane()
        # Its guests' locks went with it: what was handled is answered again later
        # (no reply twice), what is still running is forgotten when it ends, and the
        # guests waiting are found by the next scan.
        for finished in self._finished:
            self._active.pop(finished.claimed.sender, None)
        self._finished.clear()
        self._wanted.clear()

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

    async def _scan(self, lane: asyncpg.Connection) -> None:
        rows = await lane.fetch(Q["due_senders"], self._concurrency * 2)
        self._database_up()
        for row in rows:
            if row["sender"] not in self._active:
                self._wanted[row["sender"]] = None

    async def _claim(self, lane: asyncpg.Connection) -> None:
        """Claim the next message of every guest waiting for a free slot, in one
        round trip, and start answering each."""
        senders: list[str] = []
        while self._wanted and len(self._active) < self._concurrency:
            sender = next(iter(self._wanted))
            del self._wanted[sender]
            if sender not in self._active:
                self._active[sender] = None  # reserved: a nudge now goes to _again
                senders.append(sender)
        if not senders:
            return
        try:
            rows = await lane.fetch(Q["claim_many"], senders, GUEST_LOCK, ARRIVAL_LOCK)
        except BaseException:
            for sender in senders:  # the lane is dropped: no lock outlives this
                self._active.pop(sender, None)
            raise
        self._database_up()
        claimed = {row["sender"]: row for row in rows}
        loop = asyncio.get_running_loop()
        for sender in senders:
            if (row := claimed.get(sender)) is None:
                # Another worker answers this guest, one of its messages is being
                # recorded (its commit nudges us), or nothing is due.
                self._release(sender, more=False)
                continue
            message = _Claimed(sender, row["id"], row["event_id"], row["payload"],
                               row["attempts"], row["more"], self._generation)  # fmt: skip
            self._running += 1
            self._started[sender] = loop.time()
            self._active[sender] = loop.create_task(self._answer(message))

    def _release(self, sender: str, *, more: bool) -> None:
        """The guest's lock is released: claim its next message when one is waiting."""
        self._active.pop(sender, None)
        if (more or sender in self._again) and not self._stopping:
            self._wanted[sender] = None
            self._wake.set()
        self._again.discard(sender)

    async def _answer(self, message: _Claimed) -> None:
        """Run the message; the dispatcher marks it done or failed (see `_mark`)."""
        turn = _Turn()
        error: Exception | None = None
        try:
            try:
                await self._handle(message, turn)
            except asyncio.CancelledError:
                if message.sender not in self._overdue:
                    raise  # stopping
                task = asyncio.current_task()
                assert task is not None
                task.uncancel()
                error = TimeoutError(f"not answered in {self._message_timeout:g} s")
            except Exception as exc:
                error = exc
            if message.lane == self._generation:
                self._finished.append(_Finished(message, turn, error))
            else:
                self._active.pop(message.sender, None)  # its lock went with that lane
        finally:
            self._started.pop(message.sender, None)
            self._overdue.discard(message.sender)
            self._running -= 1
            self._wake.set()

    async def _mark(self, lane: asyncpg.Connection) -> None:
        """Mark what was handled since the last round trip: every success done in
        one statement, releasing the guests' locks; each failure on its own."""
        finished = self._finished[:]
        taken = len(finished)  # handlers append while this awaits: those wait for the next
        for f in finished:
            if f.claimed.lane != self._generation:  # its lock went with an older lane
                self._active.pop(f.claimed.sender, None)
        finished = [f for f in finished if f.claimed.lane == self._generation]
        done = [f for f in finished if f.error is None]
        if done:
            last = [f.turn.last.columns() if f.turn.last else (None, None, None) for f in done]
            rows = await lane.fetch(
                Q["done_many"],
                [f.claimed.id for f in done],
                [f.claimed.sender for f in done],
                GUEST_LOCK,
                *(list(column) for column in zip(*last, strict=True)),
            )
            self._database_up()
            ages = {row["id"]: row["age_seconds"] for row in rows}
            for f in done:
                if f.turn.replies and ages.get(f.claimed.id) is not None:
                    WHATSAPP_REPLY_LATENCY.observe(ages[f.claimed.id])
        more = {f.claimed.sender: f.claimed.more for f in done}
        for f in finished:
            if f.error is not None:
                more[f.claimed.sender] = await self._failed(lane, f)
        del self._finished[:taken]
        for sender, waiting in more.items():
            self._release(sender, more=waiting)

    async def _failed(self, lane: asyncpg.Connection, finished: _Finished) -> bool:
        """Mark a failed message for a retry, or parked after the last try,
        releasing the guest's lock; True when the guest's next message can go on."""
        message, exc = finished.claimed, finished.error
        assert exc is not None
        if finished.turn.last is not None:  # went out before the failure: recorded all the same
            await record_sent(lane, finished.turn.last)
        error = f"{type(exc).__name__}: {exc}"
        delay = self._retry_seconds * 2**message.attempts
        failed = await lane.fetchrow(
            Q["mark_failed"], message.id, error, delay, self._max_attempts, GUEST_LOCK,
            message.sender, isinstance(exc, OUTAGE), OUTAGE_PATIENCE_SECONDS,
        )  # fmt: skip
        self._database_up()
        parked = failed["state"] == "parked"
        sender = mask_phone(message.sender)
        if failed["counted"]:
            log.warning(
                "message %s from %s failed (try %d%s): %s",
                message.event_id,
                sender,
                failed["attempts"],
                ", parked" if parked else "",
                error,
            )
        else:
            log.info("message %s from %s waits for %s", message.event_id, sender, error)
        if parked:
            INBOX_PARKED.labels("whatsapp").inc()
            await self._app[SCHEDULER].spawn(self._parked(message))
        # A retry waits for its backoff: the poll picks the guest up then.
        return parked and message.more

    async def _handle(self, message: _Claimed, turn: _Turn) -> None:
        """Run the conversation and deliver its replies in order (see
        `WhatsAppClient.deliver`); `turn.last` is the one left to record."""
        inbound = to_inbound(self._fresh.pop(message.event_id, None) or message.payload)
        handler = self._app.get(CONVERSATION) or default_handler()
        replies = await handler(self._app, inbound)
        turn.replies = len(replies)
        whatsapp = self._app[WHATSAPP]
        for index, reply in enumerate(replies):
            key = f"{inbound.wamid}:{index}"
            sent = await whatsapp.deliver(inbound.wa_id, reply, key, previous=turn.last)
            turn.last = sent  # the previous one, if any, was recorded by this claim

    async def _parked(self, message: _Claimed) -> None:
        owner = self._app[SETTINGS].owner_whatsapp
        if not owner:
            return
        inbound = to_inbound(message.payload)
        # Owner-facing (not guest-facing) text: the owner needs the full number to call back.
        said = f': "{inbound.text[:200]}"' if inbound.text else f" ({inbound.type})"
        notice = (
            f"⚠️ No pude responder un mensaje de {inbound.profile_name or 'un huésped'} "
            f"(+{message.sender}){said}. Quedó apartado después de {self._max_attempts} intentos; "
            "escribile vos, por favor."
        )
        # Durable (booking.guest_notices): a message parks most often because WhatsApp or
        # the database is having a bad moment, when a plain send would be lost too.
        try:
            await guest_notices.tell_owner(
                self._app[DB], self._app[NOTIFIER], f"parked:{message.event_id}", notice
            )
        except Exception:
            log.exception("owner notice for a parked message failed")
