"""The bot's own message types, shared by transport (webhook, worker, outbound
client, console chat) and conversation (state machine, replies).

Inbound messages are normalised from the Cloud API payload into `Inbound`;
the conversation returns `Outbound` values and never sends anything itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Inbound:
    """One guest message, whatever its WhatsApp type."""

    wamid: str
    wa_id: str  # as Meta sends it: Argentine numbers arrive as 549 + 10 digits
    type: str  # text, interactive, button, audio, image, sticker, location, video, document, ...
    timestamp: dt.datetime
    profile_name: str | None = None
    text: str | None = None  # text body; a reply's title; a template button's text; a caption
    reply_id: str | None = None  # button_reply / list_reply id, or a template button payload
    latitude: float | None = None
    longitude: float | None = None
    context_wamid: str | None = None  # the message of ours that a button/list reply answers


@dataclass(frozen=True)
class Text:
    body: str  # ≤ 4096 chars


@dataclass(frozen=True)
class Button:
    id: str  # ≤ 256 chars
    title: str  # ≤ 20 chars


@dataclass(frozen=True)
class Buttons:
    body: str  # ≤ 1024 chars
    buttons: tuple[Button, ...]  # 1..3


@dataclass(frozen=True)
class Row:
    id: str  # ≤ 200 chars
    title: str  # ≤ 24 chars
    description: str = ""  # ≤ 72 chars


@dataclass(frozen=True)
class ListMessage:
    body: str
    button: str  # ≤ 20 chars: the label that opens the list
    rows: tuple[Row, ...]  # 1..10 in all
    section_title: str = "Opciones"  # ≤ 24 chars


@dataclass(frozen=True)
class Template:
    """An approved message template: the only kind Meta delivers outside the
    recipient's 24-hour window. Used for the owner's notices (bot/whatsapp.py)."""

    name: str
    language: str  # the template's approved locale, e.g. "es_AR"
    params: tuple[str, ...]  # the body's {{1}}, {{2}}, ... in order


Outbound = Text | Buttons | ListMessage | Template
