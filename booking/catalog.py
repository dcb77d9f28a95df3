"""The cabins: what the bot offers and what the owner edits from the admin API."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

import asyncpg

from booking.errors import CabinNotFound, InvalidCabin
from booking.models import Cabin, SeasonDraft
from booking.repo import Q, cabin_from_row

# Columns an admin may set, in the order of `insert_cabin` / `update_cabin` parameters.
CABIN_FIELDS = (
    "slug",
    "name",
    "capacity",
    "base_price_cents",
    "weekend_price_cents",
    "min_nights",
    "check_in_time",
    "check_out_time",
    "description",
    "address",
    "maps_url",
    "amenities",
    "house_rules",
    "active",
)
_JSON_FIELDS = ("amenities", "house_rules")


async def list_cabins(pool: asyncpg.Pool, active_only: bool = True) -> list[Cabin]:
    rows = await pool.fetch(Q["cabins"], active_only)
    return [cabin_from_row(row) for row in rows]


async def get_cabin(pool: asyncpg.Pool, cabin_id: int) -> Cabin:
    row = await pool.fetchrow(Q["cabin_by_id"], cabin_id)
    if row is None:
        raise CabinNotFound(cabin_id)
    return cabin_from_row(row)


def _params(values: Mapping[str, Any]) -> list[Any]:
    params = []
    for name in CABIN_FIELDS:
        value = values.get(name)
        if name in _JSON_FIELDS and value is not None:
            value = json.dumps(value, ensure_ascii=False)
        params.append(value)
    return params


async def create_cabin(
    pool: asyncpg.Pool, values: Mapping[str, Any], seasons: Sequence[SeasonDraft] = ()
) -> Cabin:
    """Insert a cabin and its seasons. `values` holds CABIN_FIELDS (defaults where absent)."""
    defaults: dict[str, Any] = {
        "weekend_price_cents": values.get("base_price_cents"),
        "min_nights": 1,
        # The usual Patagonian cabin times; the schema has the same defaults.
        "check_in_time": dt.time(14, 0),
        "check_out_time": dt.time(10, 0),
        "description": "",
        "address": "",
        "maps_url": "",
        "amenities": [],
        "house_rules": {},
        "active": True,
    }
    merged = {**defaults, **{k: v for k, v in values.items() if v is not None}}
    async with pool.acquire() as conn, conn.transaction():
        try:
            cabin_id = await conn.fetchval(Q["insert_cabin"], *_params(merged))
            await _replace_seasons(conn, cabin_id, seasons)
        except asyncpg.UniqueViolationError:
            raise InvalidCabin(f"slug {merged['slug']!r} is taken", conflict=True) from None
    return await get_cabin(pool, cabin_id)


async def update_cabin(
    pool: asyncpg.Pool,
    cabin_id: int,
    changes: Mapping[str, Any],
    seasons: Sequence[SeasonDraft] | None = None,
) -> Cabin:
    """Change the given fields; `seasons`, when given, replaces the cabin's seasons."""
    async with pool.acquire() as conn, conn.transaction():
        try:
            updated = await conn.fetchval(Q["update_cabin"], cabin_id, *_params(changes))
        except asyncpg.UniqueViolationError:
            raise InvalidCabin(f"slug {changes.get('slug')!r} is taken", conflict=True) from None
        if updated is None:
            raise CabinNotFound(cabin_id)
        if seasons is not None:
            await conn.execute(Q["delete_seasons"], cabin_id)
            await _replace_seasons(conn, cabin_id, seasons)
    return await get_cabin(pool, cabin_id)


async def _replace_seasons(
    conn: asyncpg.Connection, cabin_id: int, seasons: Sequence[SeasonDraft]
) -> None:
    for season in seasons:
        try:
            async with conn.transaction():  # savepoint: name the bad season, keep the rest
                await conn.execute(
                    Q["insert_season"],
                    cabin_id, season.name, season.starts_on, season.ends_on,
                    season.nightly_price_cents, season.min_nights,
                )  # fmt: skip
        except asyncpg.ExclusionViolationError:
            raise InvalidCabin(f"season {season.name!r} overlaps another season") from None
        except asyncpg.CheckViolationError:
            raise InvalidCabin(f"season {season.name!r} must end after it starts") from None
