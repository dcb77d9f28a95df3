"""HTTP surface of iCal sync: the export feed, sync-now, feeds and conflicts admin."""

from __future__ import annotations

import hashlib
import ipaddress
from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from appkeys import DB, SETTINGS
from health.auth import admin_actor, admin_required
from health.http import ApiError, parse_body, path_id, query_int, read_json
from sync import engine, store
from sync.errors import (
    ConflictAlreadyResolved,
    ConflictNotFound,
    FeedExists,
    FeedNotFound,
    FeedRefused,
)
from sync.export import ExportStay, build_calendar, channel_for_token, export_urls
from sync.guard import check_scheme, public_address
from sync.models import Feed
from sync.store import Q

NOT_FOUND = ApiError(404, "not_found", "No such calendar")
# Malformed bodies are 400 across the API (the project's standard).
INVALID_BODY = 400


# ---------------------------------------------------------------- bodies


def _feed_url(value: str) -> str:
    value = value.strip()
    # Calendar apps hand out webcal:// links; they are plain HTTPS underneath.
    if value.lower().startswith("webcal://"):
        value = "https://" + value[len("webcal://") :]
    try:
        check_scheme(value)
    except FeedRefused as exc:
        raise ValueError(str(exc)) from None
    return value


class FeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: Literal["airbnb", "booking", "other"]
    url: str = Field(min_length=8, max_length=2000)

    _url = field_validator("url")(_feed_url)


class FeedPatch(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    url: str | None = Field(None, min_length=8, max_length=2000)
    active: bool | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else _feed_url(value)


class ResolveIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    resolution: str = Field(min_length=1, max_length=500)


def _refuse_private_literal(request: web.Request, url: str) -> None:
    """A loopback or private IP literal is refused at once; hostnames are checked at fetch time."""
    if request.app[SETTINGS].ical_allow_private_urls:
        return
    host, _ = check_scheme(url)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        literal_private = host.lower() == "localhost"
    else:
        literal_private = not public_address(host)
    if literal_private:
        raise ApiError(
            INVALID_BODY, "invalid_body", "url: private and loopback addresses are not allowed"
        )


def _feed_json(feed: Feed) -> dict[str, Any]:
    return {
        "id": feed.id,
        "accommodation_id": feed.accommodation_id,
        "source": feed.source,
        "url": feed.url,
        "active": feed.active,
        "status": feed.status,
        "last_attempt_at": feed.last_attempt_at.isoformat() if feed.last_attempt_at else None,
        "last_success_at": feed.last_success_at.isoformat() if feed.last_success_at else None,
        "last_error": feed.last_error,
        "created_at": feed.created_at.isoformat(),
    }


async def _export_urls(request: web.Request, cabin_id: int) -> dict[str, str]:
    row = await request.app[DB].fetchrow(Q["export_cabin"], cabin_id)
    if row is None:
        raise ApiError(404, "not_found", "No such accommodation")
    base = request.app[SETTINGS].public_base_url
    return export_urls(base, cabin_id, row["ical_export_token"])


# ---------------------------------------------------------------- export


async def export_calendar(request: web.Request) -> web.StreamResponse:
    cabin_id = path_id(request, "accommodation_id", NOT_FOUND.detail)
    pool = request.app[DB]
    cabin = await pool.fetchrow(Q["export_cabin"], cabin_id)
    token = request.query.get("token", "")
    channel = channel_for_token(cabin["ical_export_token"], cabin_id, token) if cabin else None
    if channel is None:
        raise NOT_FOUND
    rows = await pool.fetch(
        Q["export_stays"], cabin_id, engine.property_today(request.app), channel
    )
    body = build_calendar(cabin["name"], [ExportStay(**dict(row)) for row in rows])
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if etag in request.headers.get("If-None-Match", ""):
        return web.Response(status=304, headers=headers)
    return web.Response(
        body=body, headers={**headers, "Content-Type": "text/calendar; charset=utf-8"}
    )


# ---------------------------------------------------------------- admin


@admin_required
async def sync_now(request: web.Request) -> web.Response:
    results = await engine.sync_all(request.app)
    return web.json_response({"results": [result.as_json() for result in results]})


@admin_required
async def list_feeds(request: web.Request) -> web.Response:
    cabin_id = path_id(request, "accommodation_id", "No such accommodation")
    urls = await _export_urls(request, cabin_id)
    feeds = await store.list_cabin_feeds(request.app[DB], cabin_id)
    return web.json_response({"items": [_feed_json(f) for f in feeds], "export_urls": urls})


@admin_required
async def create_feed(request: web.Request) -> web.Response:
    cabin_id = path_id(request, "accommodation_id", "No such accommodation")
    body = parse_body(FeedIn, await read_json(request), INVALID_BODY)
    _refuse_private_literal(request, body.url)
    urls = await _export_urls(request, cabin_id)
    try:
        feed = await store.create_feed(request.app[DB], cabin_id, body.source, body.url)
    except FeedExists:
        raise ApiError(409, "feed_exists", "This cabin already has a feed with that URL") from None
    return web.json_response({**_feed_json(feed), "export_urls": urls}, status=201)


@admin_required
async def update_feed(request: web.Request) -> web.Response:
    feed_id = path_id(request, "feed_id", "No such feed")
    body = parse_body(FeedPatch, await read_json(request), INVALID_BODY)
    if body.url is None and body.active is None:
        raise ApiError(INVALID_BODY, "invalid_body", "send url and/or active")
    if body.url is not None:
        _refuse_private_literal(request, body.url)
    try:
        feed = await store.update_feed(request.app[DB], feed_id, body.url, body.active)
    except FeedNotFound:
        raise ApiError(404, "not_found", "No such feed") from None
    except FeedExists:
        raise ApiError(409, "feed_exists", "This cabin already has a feed with that URL") from None
    urls = await _export_urls(request, feed.accommodation_id)
    return web.json_response({**_feed_json(feed), "export_urls": urls})


@admin_required
async def delete_feed(request: web.Request) -> web.Response:
    feed_id = path_id(request, "feed_id", "No such feed")
    today = engine.property_today(request.app)
    try:
        await store.delete_feed(request.app[DB], feed_id, today, admin_actor(request))
    except FeedNotFound:
        raise ApiError(404, "not_found", "No such feed") from None
    return web.Response(status=204)


@admin_required
async def list_conflicts(request: web.Request) -> web.Response:
    state = request.query.get("status", "open")
    if state not in ("open", "resolved", "all"):
        raise ApiError(400, "invalid_query", "status must be open, resolved or all")
    cabin = query_int(request.query, "accommodation_id", None)
    conflicts = await store.list_conflicts(request.app[DB], state, cabin)
    return web.json_response({"items": [c.as_json() for c in conflicts]})


@admin_required
async def resolve_conflict(request: web.Request) -> web.Response:
    conflict_id = path_id(request, "conflict_id", "No such conflict")
    body = parse_body(ResolveIn, await read_json(request), INVALID_BODY)
    try:
        conflict = await store.resolve_conflict(request.app[DB], conflict_id, body.resolution)
    except ConflictNotFound:
        raise ApiError(404, "not_found", "No such conflict") from None
    except ConflictAlreadyResolved:
        raise ApiError(409, "already_resolved", "This conflict is already resolved") from None
    return web.json_response(conflict.as_json())


def add_routes(app: web.Application) -> None:
    router = app.router
    router.add_get(r"/api/v1/ical/{accommodation_id:\d+}.ics", export_calendar)
    router.add_post("/api/v1/ical/sync", sync_now)
    router.add_get(r"/api/v1/admin/accommodations/{accommodation_id:\d+}/feeds", list_feeds)
    router.add_post(r"/api/v1/admin/accommodations/{accommodation_id:\d+}/feeds", create_feed)
    router.add_patch(r"/api/v1/admin/feeds/{feed_id:\d+}", update_feed)
    router.add_delete(r"/api/v1/admin/feeds/{feed_id:\d+}", delete_feed)
    router.add_get("/api/v1/admin/conflicts", list_conflicts)
    router.add_post(r"/api/v1/admin/conflicts/{conflict_id:\d+}/resolve", resolve_conflict)
