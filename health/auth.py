"""Admin authentication: HS256 JWTs with `exp`, signed with JWT_SECRET.

PyJWT verifies the signature with a constant-time comparison and checks
`exp`; we insist on both the algorithm and the claim being present.
"""

from __future__ import annotations

import functools
import time
import warnings
from collections.abc import Awaitable, Callable

import jwt
from aiohttp import web

from appkeys import SETTINGS
from health.http import ApiError

ALGORITHM = "HS256"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def mint_admin_token(secret: str, subject: str = "admin", ttl_seconds: int = 12 * 3600) -> str:
    now = int(time.time())
    claims = {"sub": subject, "role": "admin", "iat": now, "exp": now + ttl_seconds}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_admin_token(secret: str, token: str) -> dict[str, object]:
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.ExpiredSignatureError:
        raise ApiError(401, "token_expired", "The admin token has expired") from None
    except jwt.InvalidTokenError:
        raise ApiError(401, "invalid_token", "The admin token is not valid") from None
    if claims.get("role") != "admin":
        # Ours and valid, so who it is is known: not allowed (403), not unauthenticated.
        raise ApiError(403, "forbidden", "The token does not grant admin access")
    return claims


def admin_actor(request: web.Request) -> str:
    """Who did it, for audit rows: `admin:<sub>` of the token `admin_required` checked."""
    return f"admin:{request['admin'].get('sub', 'admin')}"


def admin_required(handler: Handler) -> Handler:
    """The one guard for admin routes: 401 on a missing, malformed, forged or expired
    token, 403 on a valid one without the admin role."""

    @functools.wraps(handler)
    async def guarded(request: web.Request) -> web.StreamResponse:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "missing_token", "Send an admin token as 'Authorization: Bearer …'")
        claims = verify_admin_token(request.app[SETTINGS].jwt_secret, token.strip())
        # Handlers read `request["admin"]`; aiohttp 3.14 warns on str request keys
        # (an error under the test suite's warnings-as-errors), so set it quietly.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", web.NotAppKeyWarning)
            request["admin"] = claims
        return await handler(request)

    return guarded
