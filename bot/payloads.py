"""Pydantic models of the WhatsApp Cloud API webhook batch (FORMATS.md).

Lenient on purpose: Meta adds fields without notice, so every model ignores
what it does not know and keeps it (`extra="allow"`) for the stored payload.
Only what we rely on is required: a message's `id`, `from`, `type` and
`timestamp`; a status's `id` and `status`. An unknown message type (reaction,
order, unsupported, ...) is still a valid message and is recorded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.messages import Inbound

# Message types we label metrics with; anything else counts as "other" so a
# new Meta type cannot blow up the label cardinality.
KNOWN_TYPES = frozenset(
    {
        "text",
        "interactive",
        "button",
        "audio",
        "image",
        "sticker",
        "location",
        "video",
        "document",
        "contacts",
        "reaction",
        "order",
        "system",
        "unsupported",
    }
)


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class TextBody(_Lenient):
    body: str = ""


class Reply(_Lenient):
    id: str = ""
    title: str = ""
    description: str | None = None


class Interactive(_Lenient):
    type: str = ""
    button_reply: Reply | None = None
    list_reply: Reply | None = None


class TemplateButton(_Lenient):
    payload: str | None = None
    text: str | None = None


class Media(_Lenient):
    id: str | None = None
    mime_type: str | None = None
    caption: str | None = None


class Location(_Lenient):
    latitude: float | None = None
    longitude: float | None = None
    name: str | None = None
    address: str | None = None


class Context(_Lenient):
    id: str | None = None
    from_: str | None = Field(None, alias="from")


class Message(_Lenient):
    id: str = Field(min_length=1)
    from_: str = Field(alias="from", min_length=1)
    timestamp: str
    type: str = "unknown"
    text: TextBody | None = None
    interactive: Interactive | None = None
    button: TemplateButton | None = None
    audio: Media | None = None
    image: Media | None = None
    video: Media | None = None
    document: Media | None = None
    sticker: Media | None = None
    location: Location | None = None
    context: Context | None = None

    @property
    def metric_type(self) -> str:
        return self.type if self.type in KNOWN_TYPES else "other"


class Profile(_Lenient):
    name: str | None = None


class Contact(_Lenient):
    wa_id: str | None = None
    profile: Profile | None = None


class Metadata(_Lenient):
    phone_number_id: str | None = None
    display_phone_number: str | None = None


class Status(_Lenient):
    id: str = Field(min_length=1)
    status: str = Field(min_length=1)
    timestamp: str | None = None
    recipient_id: str | None = None
    errors: list[dict[str, Any]] | None = None


class Value(_Lenient):
    messaging_product: str | None = None
    metadata: Metadata | None = None
    # default_factory, not `= []`: pydantic deep-copies a mutable default on every parse.
    contacts: list[Contact] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)
    statuses: list[Status] = Field(default_factory=list)


class Change(_Lenient):
    field: str | None = None
    value: Value


class Entry(_Lenient):
    id: str | None = None
    changes: list[Change] = Field(default_factory=list)


class WebhookBatch(_Lenient):
    object: str | None = None
    entry: list[Entry]


# ------------------------------------------------------------ normalising


class StoredPayload(BaseModel):
    """What the inbox keeps for one message (`inbound_events.payload`): the message
    as Meta sent it, plus the sender's profile name and the number it was sent to."""

    message: Message
    profile_name: str | None = None
    phone_number_id: str | None = None


def stored(message: Message, value: Value) -> StoredPayload:
    """What the inbox keeps for `message` of `value` (not validated again: its parts are)."""
    names = {c.wa_id: c.profile.name for c in value.contacts if c.wa_id and c.profile}
    return StoredPayload.model_construct(
        message=message,
        profile_name=names.get(message.from_),
        phone_number_id=value.metadata.phone_number_id if value.metadata else None,
    )


def stored_payload(kept: StoredPayload) -> str:
    """`kept` as the JSON text the inbox stores, by pydantic's serializer (~1 µs, against
    ~5 µs for `model_dump` and `json.dumps`: every recorded message pays it)."""
    return kept.model_dump_json(by_alias=True, exclude_unset=True)


def _timestamp(raw: str) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(int(raw), dt.UTC)
    except (TypeError, ValueError, OverflowError):
        return dt.datetime.now(dt.UTC)


def to_inbound(payload: str | dict[str, Any] | StoredPayload) -> Inbound:
    """The `Inbound` the conversation sees, from a payload made by `stored_payload`
    (its JSON text as PostgreSQL returns it, or the decoded object), or from the
    `StoredPayload` itself when the process that recorded it answers it (no parse)."""
    if isinstance(payload, StoredPayload):
        stored = payload
    elif isinstance(payload, str):
        stored = StoredPayload.model_validate_json(payload)
    else:
        stored = StoredPayload.model_validate(payload)
    msg = stored.message
    text = reply_id = None
    if msg.text is not None:
        text = msg.text.body
    elif msg.interactive is not None:
        reply = msg.interactive.button_reply or msg.interactive.list_reply
        if reply is not None:
            text, reply_id = reply.title, reply.id
    elif msg.button is not None:
        text, reply_id = msg.button.text, msg.button.payload
    else:
        media = msg.image or msg.video or msg.document
        text = media.caption if media is not None else None
    location = msg.location
    return Inbound(
        wamid=msg.id,
        wa_id=msg.from_,
        type=msg.type,
        timestamp=_timestamp(msg.timestamp),
        profile_name=stored.profile_name,
        text=text,
        reply_id=reply_id,
        latitude=location.latitude if location else None,
        longitude=location.longitude if location else None,
        context_wamid=msg.context.id if msg.context else None,
    )
