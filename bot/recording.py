"""Recording webhook batches in the inbox, durably and once, with group commit.

Every message and status of a batch goes into `inbound_events` with `INSERT …
ON CONFLICT DO NOTHING` on its id (the wamid; `status:<wamid>:<status>`), so
Meta's at-least-once deliveries are handled once. Statuses are applied to our
`outbound_messages` in the same transaction (no reply, nothing to order).

Group commit (bot/batching.py): while one INSERT is in flight, batches
arriving from other requests wait and then go together in the next one, in
arrival order. Each request still answers only after the commit that holds its
rows; a lone request is inserted at once. Under a burst this turns hundreds of
round trips and commits into a few. A round trip that PostgreSQL leaves
unanswered for RECORD_DEADLINE_SECONDS fails its requests (DatabaseStalled, the
webhook's 503) without waiting for asyncpg's own timeouts (a minute).
"""

from __future__ import annotations

import asyncio
import functools
import json
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import redis.asyncio as aioredis

from booking.db import RECORD_DEADLINE_SECONDS, DatabaseStalled, load_queries, within
from bot.batching import Batcher
from bot.payloads import StoredPayload, WebhookBatch, stored, stored_payload
from bot.whatsapp import RE_ENGAGEMENT_CODE, apply_statuses
from health.metrics import WHATSAPP_MESSAGES, WHATSAPP_SEND_FAILURES

Q = load_queries("inbox")

# The shared per-guest "arrival" lock namespace (see bot/inbox.py and inbox.sql).
ARRIVAL_LOCK = 0x0CAB_0003
ACQUIRE_TIMEOUT_SECONDS = 5.0
REDIS_CHECK_SECONDS = 1.0
# A ping that succeeded this recently vouches for Redis: under load the webhook
# pings about ten times a second instead of once per few requests.
REDIS_FRESH_SECONDS = 0.1
_STATUS_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


@dataclass(frozen=True)
class Recorded:
    messages: int  # new messages (duplicates excluded)
    statuses: int  # new statuses
    senders: frozenset[str] = frozenset()  # guests with a message in the batch
    # The new messages as recorded, by wamid: the worker of this process answers them
    # from here rather than parsing its payload again (bot/inbox.py, `nudge`).
    fresh: dict[str, StoredPayload] = field(default_factory=dict)
    # Our messages Meta accepted and then could not deliver because the recipient's
    # 24-hour window was closed (a new "failed" status with error 131047).
    window_closed: tuple[str, ...] = ()


@dataclass
class _Rows:
    """One batch flattened into the INSERT's columns."""

    event_ids: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    senders: list[str | None] = field(default_factory=list)
    payloads: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    message_types: dict[str, str] = field(default_factory=dict)  # wamid → metric type
    stored: dict[str, StoredPayload] = field(default_factory=dict)  # wamid → what is stored
    statuses: bool = False

    def args(self) -> tuple[Any, ...]:
        message_senders = [
            s for s, k in zip(self.senders, self.kinds, strict=True) if k == "message"
        ]
        return (
            ARRIVAL_LOCK,
            message_senders,
            self.event_ids,
            self.kinds,
            self.senders,
            self.payloads,
            self.states,
        )


def flatten(batch: WebhookBatch) -> _Rows:
    rows = _Rows()
    seen: set[str] = set()
    for entry in batch.entry:
        for change in entry.changes:
            value = change.value
            for message in value.messages:
                if message.id in seen:
                    continue
                seen.add(message.id)
                rows.message_types[message.id] = message.metric_type
                rows.event_ids.append(message.id)
                rows.kinds.append("message")
                rows.senders.append(message.from_)
                kept = rows.stored[message.id] = stored(message, value)
                rows.payloads.append(stored_payload(kept))
                rows.states.append("pending")
            for status in value.statuses:
                event_id = f"status:{status.id}:{status.status}"
                if event_id in seen:
                    continue
                seen.add(event_id)
                rows.statuses = True
                rows.event_ids.append(event_id)
                rows.kinds.append("status")
                rows.senders.append(status.recipient_id)
                rows.payloads.append(status.model_dump_json(by_alias=True, exclude_unset=True))
                rows.states.append("done")
    return rows


class Recorder:
    """`app[INBOX].recorder`: what the webhook calls before answering 200."""

    def __init__(self, pool: asyncpg.Pool, redis: aioredis.Redis) -> None:
        self._pool, self._redis = pool, redis
        self._grouped: Batcher[_Rows, set[str]] = Batcher(
            self._insert, RECORD_DEADLINE_SECONDS, _stalled
        )
        self._ping: asyncio.Future[None] | None = None
        self._answered_at = float("-inf")  # loop time of the last successful ping

    async def redis_reachable(self) -> None:
        """Raise unless Redis answered a ping in the last REDIS_FRESH_SECONDS or
        answers one now. Concurrent callers share one ping in flight (it started
        at most a moment before they asked)."""
        loop = asyncio.get_running_loop()
        if loop.time() - self._answered_at < REDIS_FRESH_SECONDS:
            return
        if self._ping is None or self._ping.done():
            self._ping = asyncio.ensure_future(self._ping_once())
            # Retrieved here so that no caller going away leaves it "never retrieved".
            self._ping.add_done_callback(lambda f: f.cancelled() or f.exception())
        await asyncio.shield(self._ping)

    async def _ping_once(self) -> None:
        started = asyncio.get_running_loop().time()
        await asyncio.wait_for(self._redis.ping(), REDIS_CHECK_SECONDS)
        self._answered_at = started

    async def record(self, batch: WebhookBatch) -> Recorded:
        """Record the batch; return once it is committed (raises when it could not be)."""
        rows = flatten(batch)
        if not rows.event_ids:
            return Recorded(0, 0)
        # Within RECORD_DEADLINE_SECONDS or DatabaseStalled (the webhook's 503): on a
        # PostgreSQL that hangs, asyncpg would hold the request for a minute. What is
        # given up on may still commit when PostgreSQL answers again; Meta's retry is
        # then a duplicate (ids are unique), and the messages are counted and answered
        # once all the same (the inbox's poll finds them without the request's nudge).
        if rows.statuses:
            # Rare and applied in the same transaction: recorded on its own.
            new, statuses = await within(
                RECORD_DEADLINE_SECONDS, self._record_with_statuses(batch, rows)
            )
        else:
            # The batcher keeps the deadline (one watch timer, not one a request).
            new, statuses = await self._grouped(rows), {}
        failed = sum(1 for status, _ in statuses.values() if status == "failed")
        if failed:
            WHATSAPP_SEND_FAILURES.labels("delivery_failed").inc(failed)
        return Recorded(
            messages=sum(1 for wamid in rows.message_types if wamid in new),
            statuses=len(statuses),
            senders=frozenset(s for s, k in zip(rows.senders, rows.kinds, strict=True)
                              if k == "message" and s),
            fresh={w: p for w, p in rows.stored.items() if w in new},
            window_closed=tuple(w for w, (status, error) in statuses.items()
                                if status == "failed" and _window_closed(error)),
        )  # fmt: skip

    async def _record_with_statuses(
        self, batch: WebhookBatch, rows: _Rows
    ) -> tuple[set[str], dict[str, tuple[str, str | None]]]:
        async with self._pool.acquire(timeout=ACQUIRE_TIMEOUT_SECONDS) as conn:
            async with conn.transaction():
                inserted = await conn.fetch(Q["record_events"], *rows.args())
                new = {row["event_id"] for row in inserted}
                statuses = newest_statuses(batch, new)
                if statuses:
                    # Serialised with the recording of those sends (sql/007).
                    await conn.execute(Q["lock_statuses"], list(statuses))
                await apply_statuses(conn, statuses)
        _count_received(rows, new)
        return new, statuses

    async def _insert(self, batches: list[_Rows]) -> list[set[str]]:
        """One INSERT for the batches of a group (`self._grouped`, messages only): each
        gets the ids it recorded. A wamid carried by two batches counts for the first only."""
        owners: dict[str, int] = {}
        payloads: list[str] = []
        for index, rows in enumerate(batches):
            for event_id in rows.event_ids:
                owners.setdefault(event_id, index)
            payloads += rows.payloads
        async with self._pool.acquire(timeout=ACQUIRE_TIMEOUT_SECONDS) as conn:
            inserted = await conn.fetch(
                Q["record_messages"], ARRIVAL_LOCK, "[" + ",".join(payloads) + "]"
            )
        new: list[set[str]] = [set() for _ in batches]
        for row in inserted:
            new[owners[row["event_id"]]].add(row["event_id"])
        for rows, recorded in zip(batches, new, strict=True):
            _count_received(rows, recorded)
        return new


def _stalled() -> DatabaseStalled:
    return DatabaseStalled(f"PostgreSQL did not answer within {RECORD_DEADLINE_SECONDS:g} s")


def _count_received(rows: _Rows, new: set[str]) -> None:
    """Count the new messages where they are committed, not in the webhook's request:
    a request that gave up (DatabaseStalled) does not take its count with it."""
    for wamid, kind in rows.message_types.items():
        if wamid in new:
            _received(kind).inc()


@functools.cache
def _received(kind: str) -> Any:
    """`whatsapp_messages_total{direction="in",type=kind}`'s child: `labels()` costs
    every message a few µs; the types are a closed set (bot.payloads.KNOWN_TYPES)."""
    return WHATSAPP_MESSAGES.labels("in", kind)


def _window_closed(error: str | None) -> bool:
    """Whether a failed status's errors (as recorded: JSON) hold Meta's 131047."""
    if not error:
        return False
    try:
        errors = json.loads(error)
    except ValueError:  # cut at 2000 characters: look for the code as text
        return '"code": 131047' in error
    return any(isinstance(e, dict) and e.get("code") == RE_ENGAGEMENT_CODE for e in errors)


def newest_statuses(batch: WebhookBatch, new: set[str]) -> dict[str, tuple[str, str | None]]:
    """{wamid: (status, error)} for the new statuses, the furthest one per wamid."""
    found: dict[str, tuple[str, str | None]] = {}
    for entry in batch.entry:
        for change in entry.changes:
            for status in change.value.statuses:
                if f"status:{status.id}:{status.status}" not in new:
                    continue
                if status.status not in _STATUS_RANK:
                    continue
                current = found.get(status.id)
                if current and _STATUS_RANK[current[0]] >= _STATUS_RANK[status.status]:
                    continue
                errors = status.errors
                error = json.dumps(errors, ensure_ascii=False)[:2000] if errors else None
                found[status.id] = (status.status, error)
    return found
