"""Feeds and conflicts in PostgreSQL: one small typed wrapper per named query."""

from __future__ import annotations

import datetime as dt

import asyncpg

from booking.db import load_queries
from sync.errors import ConflictAlreadyResolved, ConflictNotFound, FeedExists, FeedNotFound
from sync.models import Conflict, Feed

Q = load_queries("ical")
Executor = asyncpg.Pool | asyncpg.Connection


async def list_active_feeds(db: Executor) -> list[Feed]:
    return [Feed.from_record(row) for row in await db.fetch(Q["list_active_feeds"])]


async def list_cabin_feeds(db: Executor, cabin_id: int) -> list[Feed]:
    return [Feed.from_record(row) for row in await db.fetch(Q["list_cabin_feeds"], cabin_id)]


async def get_feed(db: Executor, feed_id: int) -> Feed:
    row = await db.fetchrow(Q["get_feed"], feed_id)
    if row is None:
        raise FeedNotFound(feed_id)
    return Feed.from_record(row)


async def cabin_exists(db: Executor, cabin_id: int) -> bool:
    return bool(await db.fetchval(Q["cabin_exists"], cabin_id))


async def create_feed(db: Executor, cabin_id: int, source: str, url: str) -> Feed:
    try:
        return Feed.from_record(await db.fetchrow(Q["create_feed"], cabin_id, source, url))
    except asyncpg.UniqueViolationError:
        raise FeedExists(url) from None


async def update_feed(db: Executor, feed_id: int, url: str | None, active: bool | None) -> Feed:
    try:
        row = await db.fetchrow(Q["update_feed"], feed_id, url, active)
    except asyncpg.UniqueViolationError:
        raise FeedExists(url) from None
    if row is None:
        raise FeedNotFound(feed_id)
    return Feed.from_record(row)


async def delete_feed(pool: asyncpg.Pool, feed_id: int, today: dt.date, actor: str) -> None:
    """Delete a feed and release the future nights its imports still block."""
    async with pool.acquire() as conn, conn.transaction():
        if await conn.fetchrow(Q["lock_feed"], feed_id) is None:
            raise FeedNotFound(feed_id)
        await conn.execute(Q["release_feed_stays"], feed_id, today, actor)
        await conn.execute(Q["delete_feed"], feed_id)


async def mark_failure(db: Executor, feed_id: int, error: str) -> None:
    await db.execute(Q["mark_failure"], feed_id, error[:500])


async def list_conflicts(db: Executor, state: str, cabin_id: int | None) -> list[Conflict]:
    rows = await db.fetch(Q["list_conflicts"], state, cabin_id)
    return [Conflict.from_record(row) for row in rows]


async def resolve_conflict(pool: asyncpg.Pool, conflict_id: int, resolution: str) -> Conflict:
    async with pool.acquire() as conn, conn.transaction():
        if await conn.fetchval(Q["resolve_conflict"], conflict_id, resolution) is None:
            if await conn.fetchrow(Q["get_conflict"], conflict_id) is None:
                raise ConflictNotFound(conflict_id)
            raise ConflictAlreadyResolved(conflict_id)
        return Conflict.from_record(await conn.fetchrow(Q["get_conflict"], conflict_id))
