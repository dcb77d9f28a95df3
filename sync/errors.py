"""What can go wrong while syncing iCal feeds.

A `FeedError` means "this fetch tells us nothing": the feed's reservations
are left exactly as they were and the reason is recorded on the feed row.
Client-library errors (aiohttp, icalendar) are translated into these inside
`sync.fetch` and `sync.parse` and never leak upward.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base of every iCal sync error."""


class FeedError(SyncError):
    """A fetch or parse failed; `reason` is a short stable code for the admin and logs."""

    reason = "error"

    def __str__(self) -> str:
        detail = super().__str__()
        return f"{self.reason}: {detail}" if detail else self.reason


class FeedRefused(FeedError):
    """The URL is not one we fetch: wrong scheme, or a private address (SSRF guard)."""

    reason = "refused"


class FeedUnavailable(FeedError):
    """Network error or an HTTP status other than 200/304."""

    reason = "unavailable"


class FeedTimeout(FeedUnavailable):
    reason = "timeout"


class FeedTooLarge(FeedError):
    reason = "too_large"


class FeedTruncated(FeedError):
    """The body ended before its Content-Length (or the chunked stream broke)."""

    reason = "truncated"


class FeedUnparsable(FeedError):
    reason = "unparsable"


class FeedNotFound(SyncError):
    pass


class FeedExists(SyncError):
    """The cabin already has a feed with this URL."""


class ConflictNotFound(SyncError):
    pass


class ConflictAlreadyResolved(SyncError):
    pass
