"""SSRF guard for feed URLs.

Feed URLs are typed in by admins, and a sync fetches them from inside our
network, so a URL must never reach loopback, private, link-local or reserved
addresses (cloud metadata at 169.254.169.254, the database, Redis) unless
`ICAL_ALLOW_PRIVATE_URLS` is on (tests and demos serve feeds locally).

Two layers: `check_url` resolves the host before each request (and before
each redirect hop) for a clear error, and `GuardedResolver` re-checks every
address the connector is about to dial, so a DNS answer that changes between
the check and the connection (rebinding) is refused too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from sync.errors import FeedRefused

SCHEMES = ("http", "https")


def public_address(address: str) -> bool:
    """True for a globally routable unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_scheme(url: str) -> tuple[str, int]:
    """The (host, port) of an http(s) URL, or FeedRefused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FeedRefused(f"malformed URL ({exc})") from None
    if parts.scheme.lower() not in SCHEMES:
        raise FeedRefused(f"scheme {parts.scheme or '(none)'!r} is not http or https")
    if not parts.hostname:
        raise FeedRefused("URL has no host")
    return parts.hostname, port or (443 if parts.scheme.lower() == "https" else 80)


async def check_url(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs and, unless allowed, hosts resolving to non-public addresses."""
    host, port = check_scheme(url)
    if allow_private:
        return
    try:
        ipaddress.ip_address(host)
        addresses = [host]
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except OSError as exc:
            raise FeedRefused(f"cannot resolve {host} ({exc})") from None
        addresses = [str(info[4][0]) for info in infos]
    blocked = [address for address in addresses if not public_address(address)]
    if blocked or not addresses:
        raise FeedRefused(f"{host} resolves to a non-public address ({', '.join(blocked)})")


class GuardedResolver(AbstractResolver):
    """aiohttp resolver that drops non-public addresses (the connect-time SSRF check)."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = DefaultResolver()
        self._allow_private = allow_private

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if self._allow_private:
            return results
        kept = [result for result in results if public_address(result["host"])]
        if not kept:
            raise OSError(f"{host} resolves only to non-public addresses")
        return kept

    async def close(self) -> None:
        await self._inner.close()


def session_kwargs(allow_private: bool) -> dict[str, Any]:
    """Connector settings for the feed session (guarded DNS, no proxy from the environment)."""
    from aiohttp import TCPConnector

    return {
        "connector": TCPConnector(resolver=GuardedResolver(allow_private), limit=32),
        "trust_env": False,
    }
