"""How booking announces what happened, without knowing who listens.

`app.py` wires these callbacks to the bot's outbound messages; tests wire
them to lists. Booking never imports bot/.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

Callback = Callable[..., Awaitable[None]]


async def _log_only(event: str, **details: Any) -> None:
    log.info("booking event %s", event, extra={"fields": {"event": event}})


class GuestUnreachable(Exception):
    """A durable guest notice WhatsApp refused for good (booking.guest_notices tells the
    owner to call instead of retrying). `outside_window`: refused because the guest's
    last message is more than 24 hours old (Cloud API error 131047)."""

    def __init__(self, detail: str, *, outside_window: bool = False) -> None:
        super().__init__(detail)
        self.outside_window = outside_window


@dataclass
class Notifier:
    """One coroutine per event; each receives keyword arguments only."""

    # The guest's notices (reservation, key, ...) are delivered by booking.guest_notices,
    # which retries one while it raises; `key` names the change told, for a once-only send.
    hold_reminder: Callback = field(default=lambda **kw: _log_only("hold_reminder", **kw))
    hold_expired: Callback = field(default=lambda **kw: _log_only("hold_expired", **kw))
    payment_confirmed: Callback = field(default=lambda **kw: _log_only("payment_confirmed", **kw))
    payment_failed: Callback = field(default=lambda **kw: _log_only("payment_failed", **kw))
    payment_link_ready: Callback = field(default=lambda **kw: _log_only("payment_link_ready", **kw))
    # A deposit paid after its hold lapsed, on nights someone took meanwhile: it is
    # returned (the owner hears it through owner_notice), and the guest, who paid
    # and waits, hears it through this one.
    late_payment_refused: Callback = field(
        default=lambda **kw: _log_only("late_payment_refused", **kw)
    )
    # To the owner (text, reservation or None, key): delivered by booking.guest_notices,
    # which retries it while it raises; `key` names the event, for a once-only send.
    owner_notice: Callback = field(default=lambda **kw: _log_only("owner_notice", **kw))
    # A stay newly confirmed by its deposit (reservation, amount_cents, payment_id): the
    # owner hears of every booking, not only of the ones that go wrong. Via guest_notices.
    booking_confirmed: Callback = field(default=lambda **kw: _log_only("booking_confirmed", **kw))
    # The owner cancelled a WhatsApp guest's hold or stay (reservation, key, paid_cents,
    # refund_cents). Delivered by booking.guest_notices, which retries it while it raises.
    # A payment short of the deposit or not in pesos reached a WhatsApp guest's hold
    # (reservation, key, amount_cents, currency): not confirmed. Via booking.guest_notices.
    payment_mismatch: Callback = field(default=lambda **kw: _log_only("payment_mismatch", **kw))
    cancelled_by_owner: Callback = field(default=lambda **kw: _log_only("cancelled_by_owner", **kw))

    async def emit(self, event: str, **details: Any) -> None:
        """Call a callback, never letting a notification failure undo the booking work."""
        try:
            await getattr(self, event)(**details)
        except Exception:
            log.exception("notifier %s failed", event)
