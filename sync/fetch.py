"""Fetch one feed: conditional GET with a timeout, a size cap and the SSRF guard.

Only a complete body counts: a Content-Length the body does not reach, a
broken chunked stream, a body over the cap or a timeout all raise a
`FeedError`, so the caller changes nothing. Redirects are followed by hand
(at most `MAX_REDIRECTS`) so that every hop passes the SSRF guard again.
The body comes back as UTF-8 whatever charset the host declared (sync/charset.py).
"""

from __future__ import annotations

import asyncio
from urllib.parse import urljoin

import aiohttp

from sync.charset import to_utf8
from sync.errors import (
    FeedError,
    FeedRefused,
    FeedTimeout,
    FeedTooLarge,
    FeedTruncated,
    FeedUnavailable,
)
from sync.guard import check_url
from sync.models import Fetched

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
ACCEPT = "text/calendar, text/plain;q=0.8, */*;q=0.5"


async def fetch_feed(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool = False,
    timeout_seconds: float = 20.0,
    max_bytes: int = 5 * 1024 * 1024,
) -> Fetched:
    """GET `url`; 304 → `Fetched(body=None)`; anything incomplete → FeedError."""
    headers = {"Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(timeout_seconds):
            return await _get(session, url, headers, allow_private, max_bytes)
    except TimeoutError:
        raise FeedTimeout(f"no complete answer within {timeout_seconds:g} s") from None


async def _get(
    session: aiohttp.ClientSession,
    url: str,
    headers: dict[str, str],
    allow_private: bool,
    max_bytes: int,
) -> Fetched:
    for _ in range(MAX_REDIRECTS + 1):
        await check_url(url, allow_private)
        try:
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308):
                    location = response.headers.get("Location")
                    if not location:
                        raise FeedUnavailable(f"HTTP {response.status} without Location")
                    url = urljoin(url, location)
                    continue
                if response.status == 304:
                    return Fetched(None, None, None)
                if response.status != 200:
                    raise FeedUnavailable(f"HTTP {response.status}")
                body = to_utf8(await _read_capped(response, max_bytes), response.charset)
                return Fetched(
                    body, response.headers.get("ETag"), response.headers.get("Last-Modified")
                )
        except FeedError:
            raise
        except aiohttp.ClientPayloadError as exc:
            raise FeedTruncated(_describe(exc)) from None
        except aiohttp.ClientConnectorError as exc:
            # The connect-time guard (GuardedResolver) surfaces as a DNS error.
            if "non-public" in str(exc):
                raise FeedRefused(_describe(exc)) from None
            raise FeedUnavailable(_describe(exc)) from None
        except (aiohttp.ClientError, OSError) as exc:
            raise FeedUnavailable(_describe(exc)) from None
    raise FeedUnavailable(f"more than {MAX_REDIRECTS} redirects")


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    declared = response.content_length
    if declared is not None and declared > max_bytes:
        raise FeedTooLarge(f"Content-Length {declared} exceeds {max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise FeedTooLarge(f"body exceeds {max_bytes} bytes")
        chunks.append(chunk)
    # aiohttp already fails a short body; this also covers servers that close
    # cleanly early. With Content-Encoding the header counts compressed bytes.
    encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
    if declared is not None and not encoded and size != declared:
        raise FeedTruncated(f"got {size} of {declared} bytes")
    return b"".join(chunks)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
