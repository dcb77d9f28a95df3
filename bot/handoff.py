"""Handing a guest to a person: the bot goes silent for that guest for a while.

The handoff is a Redis key with a TTL of HANDOFF_MINUTES, so it ends by itself
if nobody ends it; a sorted set indexes the live ones for the admin routes.
The owner (OWNER_WHATSAPP) gets the guest's number and last messages, the time
the bot takes over again, and how to end it sooner: the admin route, or
"bot +<number>" written from OWNER_WHATSAPP to the business number. Only that
number can do it: Meta signs every webhook, so the sender cannot be forged.

While it lasts the guest hears nothing at all, "menu" and "cancelar" included
(bot/conversation.md says why).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import time
import unicodedata
from typing import Any

import redis.asyncio as aioredis
from aiohttp import web

from appkeys import DB, REDIS, SETTINGS, WHATSAPP
from booking import holds
from booking.models import BookingRules
from bot import replies
from bot.messages import Inbound, Text
from bot.session import GuestKey, redis_key
from health.auth import admin_required
from health.http import ApiError
from health.logs import mask_phone
from settings import Settings

log = logging.getLogger(__name__)


def index_key(phone_number_id: str) -> str:
    return f"cabanas:handoffs:{phone_number_id}"


async def start(
    app: web.Application,
    guest: GuestKey,
    name: str | None,
    history: tuple[str, ...],
    wamid: str,
    *,
    problem: bool = False,
    urgent: str | None = None,
) -> None:
    """Silence the bot for the guest and tell the owner (flagged URGENTE for an emergency).
    Safe to repeat for one wamid."""
    redis, minutes = app[REDIS], app[SETTINGS].handoff_minutes
    now = time.time()
    record = {"wa_id": guest.wa_id, "name": name, "started_at": now, "until": now + minutes * 60}
    # The owner first: when WhatsApp is down the send raises, the turn fails and the inbox
    # retries it; the guest is not silenced yet, so the retried turn tells the owner
    # (the send is keyed by the wamid: once). Silenced first, the retry would say nothing.
    await _tell_owner(app, guest, name, history, f"handoff:{wamid}", record["until"],
                      problem=problem, urgent=urgent)  # fmt: skip
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(redis_key("handoff", guest), json.dumps(record), ex=minutes * 60)
        pipe.zadd(index_key(guest.phone_number_id), {guest.wa_id: record["until"]})
        await pipe.execute()
    log.info("handoff started for %s", mask_phone(guest.wa_id))


async def alert(
    app: web.Application, guest: GuestKey, name: str | None, history: tuple[str, ...],
    wamid: str, urgent: str,
) -> None:  # fmt: skip
    """An emergency told while a person already has the chat: the owner hears it again,
    flagged URGENTE, as the person may not be looking at it. Safe to repeat for one wamid."""
    raw = await app[REDIS].get(redis_key("handoff", guest))
    until = json.loads(raw)["until"] if raw else time.time()
    log.warning("urgent message during a handoff from %s", mask_phone(guest.wa_id))
    await _tell_owner(app, guest, name, history, f"urgent:{wamid}", until, urgent=urgent)


async def _tell_owner(
    app: web.Application, guest: GuestKey, name: str | None, history: tuple[str, ...],
    key: str, until_epoch: float, *, problem: bool = False, urgent: str | None = None,
) -> None:  # fmt: skip
    settings = app[SETTINGS]
    if settings.owner_whatsapp and WHATSAPP in app:
        mine = await _reservations_of(app, guest.wa_id)
        until = dt.datetime.fromtimestamp(until_epoch, BookingRules.from_settings(settings).tz)
        minutes = max(1, round((until_epoch - time.time()) / 60))
        notice = replies.owner_handoff(
            name, guest.wa_id, history, minutes, mine,
            until=until.time(), problem=problem, urgent=urgent,
        )  # fmt: skip
        sent = await app[WHATSAPP].send_owner(notice, key=key)
        if sent:
            # The owner may swipe-reply "bot" to this notice: it names this guest.
            ttl = max(60, round(until_epoch - time.time()))
            await app[REDIS].set(_notice_key(sent), guest.wa_id, ex=ttl)
    elif not settings.owner_whatsapp:
        log.warning("handoff requested but OWNER_WHATSAPP is not set")


async def _reservations_of(app: web.Application, wa_id: str) -> list[Any]:
    """The guest's live reservations, for the owner's notice; none if they cannot be read."""
    try:
        return await holds.active_reservations_for(app[DB], wa_id)
    except Exception:  # the handoff matters more than the detail
        log.exception("handoff: reservations of %s not read", mask_phone(wa_id))
        return []


async def end(redis: aioredis.Redis, guest: GuestKey) -> bool:
    """True when there was a live handoff to end."""
    async with redis.pipeline(transaction=True) as pipe:
        pipe.delete(redis_key("handoff", guest))
        pipe.zrem(index_key(guest.phone_number_id), guest.wa_id)
        deleted, _ = await pipe.execute()
    return bool(deleted)


# What the owner writes from OWNER_WHATSAPP. "bot +5492944111111", "Bot 549 2944 11-1111",
# "Bot+549…", "bot 2944111111", "bot 0294 15 411-1111", "bot: +549….", "Bto +549…" and
# "+549… bot" give that guest back to the bot; "bot" alone lists who is with a person
# (or gives back the only one). Typed in a hurry: a slip of one letter ("bto", "vot",
# "bott"), any punctuation, the number in any of the ways Argentines write it.
_BOT_WORD_RE = re.compile(r"bot+|bto|vot|boot|bor", re.IGNORECASE)
# A phone number with the separators people type; 7 to 15 digits are checked after.
_NUMBER_RE = re.compile(r"\+?\(?\d[\d\s().-]{5,26}\d")
# Argentine national numbers have 10 digits (area code and subscriber number): what is
# left of "549 2944 111111" (Meta's form), "54 2944 111111" or "0 2944 111111".
NATIONAL_DIGITS = 10
# A mobile dialled from inside Argentina: 0 + area code (2 to 4 digits) + 15 + number.
_LOCAL_MOBILE_AREA_LENGTHS = (2, 3, 4)


@dataclasses.dataclass(frozen=True)
class OwnerCommand:
    """`number`: the digits the owner typed (None: "bot" alone); `give_back`: the bot word
    was there (a number alone only earns the hint of how to write the command)."""

    number: str | None
    give_back: bool
    replying_to: str | None = None  # the wamid of our message the owner swipe-replied to


def _notice_key(wamid: str) -> str:
    """The guest a handoff notice to the owner was about, by the notice's wamid."""
    return f"cabanas:owner_notice:{wamid}"


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _same_number(a: str, b: str) -> bool:
    """Argentine mobiles come as 549… from Meta and are often written 54… (no 9)."""
    return _mobile(_digits(a)) == _mobile(_digits(b))


def _mobile(digits: str) -> str:
    return "54" + digits[3:] if digits.startswith("549") else digits


def _national(digits: str) -> str:
    """The national number (the last 10 digits): how the owner may write a guest's number."""
    return digits[-NATIONAL_DIGITS:]


def _nationals(typed: str) -> set[str]:
    """The 10-digit national numbers `typed` (digits) may stand for: with or without 54,
    the 9, the trunk 0, or the 15 dialled after the area code ("0294 15 411-1111")."""
    digits = typed[2:] if typed.startswith("00") else typed
    if digits.startswith("54") and len(digits) >= 12:
        digits = digits[2:]
        if digits.startswith("9") and len(digits) in (11, 13):
            digits = digits[1:]
    digits = digits.removeprefix("0")
    if len(digits) == NATIONAL_DIGITS:
        return {digits}
    if len(digits) == NATIONAL_DIGITS + 2:
        return {
            digits[:k] + digits[k + 2 :]
            for k in _LOCAL_MOBILE_AREA_LENGTHS
            if digits[k : k + 2] == "15"
        }
    return set()


def _national_match(wa_id: str, typed: str) -> bool:
    """`typed` (digits) stands for `wa_id`'s national number, or is its last 7 to 9 digits
    (with or without the 15 a local mobile is dialled with)."""
    mine = _national(_digits(wa_id))
    if mine in _nationals(typed):
        return True
    short = typed[2:] if typed.startswith("15") and len(typed) > 8 else typed
    return 7 <= len(short) < NATIONAL_DIGITS and mine.endswith(short)


def is_owner(settings: Settings, wa_id: str) -> bool:
    """The message comes from OWNER_WHATSAPP (written with or without the 9)."""
    return bool(settings.owner_whatsapp) and _same_number(wa_id, settings.owner_whatsapp or "")


def owner_command(settings: Settings, msg: Inbound) -> OwnerCommand | None:
    """What the owner asked with "bot +549…" (or "bot" alone, or a bare number), else None:
    anything else from the owner is a chat like a guest's (the owner may try the bot)."""
    owner = settings.owner_whatsapp
    if not owner or msg.type != "text" or not msg.text or not _same_number(msg.wa_id, owner):
        return None
    text = msg.text.strip()
    numbers = [n for n in _NUMBER_RE.findall(text) if 7 <= len(_digits(n)) <= 15]
    rest = _NUMBER_RE.sub(" ", text)
    words = re.findall(r"[^\W\d_]+", rest)
    bot_words = [w for w in words if _BOT_WORD_RE.fullmatch(w)]
    if len(numbers) == 1 and (bot_words or not words):
        # "bot +549…", "+549… bot", or the number alone (answered with how to write it).
        return OwnerCommand(_digits(numbers[0]), give_back=bool(bot_words))
    if not numbers and words and len(words) == len(bot_words):
        # "bot", "Bot?", "bto.", maybe as a reply to one guest's handoff notice.
        return OwnerCommand(None, give_back=True, replying_to=msg.context_wamid)
    return None


# The owner's "ok", "gracias", "dale, listo", "👍": most often an answer to a notice we sent.
_OWNER_ACK_RE = re.compile(
    r"^(?:(?:ok|oka|okey|oki|okis|dale|listo|genial|perfecto|joya|buenisimo|barbaro|bien|bueno"
    r"|de una|entendido|gracias|grax|graciass|muchas|mil|thx|recibido|visto|hecho|ya|si|sisi"
    r"|va|top|ahi|voy|lo|la|vi|veo)\s*)+$"
)


def owner_acknowledges(settings: Settings, msg: Inbound) -> bool:
    """An acknowledgement from the owner: words of an "ok" or "gracias" only, or emojis only."""
    if msg.type != "text" or not msg.text or not is_owner(settings, msg.wa_id):
        return False
    text = unicodedata.normalize("NFKD", msg.text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = " ".join(re.findall(r"[^\W\d_]+", text))
    return not re.search(r"\d", text) and (not words or bool(_OWNER_ACK_RE.match(words)))


async def run_owner_command(app: web.Application, command: OwnerCommand) -> Text:
    if command.number is None and command.replying_to:
        # "bot" swipe-replied to a handoff notice: that notice's guest.
        wa_id = await app[REDIS].get(_notice_key(command.replying_to))
        if wa_id:
            return await give_back(app, wa_id.decode() if isinstance(wa_id, bytes) else wa_id)
    if command.number is None:
        return await give_back_the_only_one(app)
    if not command.give_back:
        return replies.owner_command_hint(command.number)
    return await give_back(app, command.number)


async def give_back(app: web.Application, number: str) -> Text:
    """End the handoff of the guest the owner named, however the number was written."""
    redis, phone_number_id = app[REDIS], app[SETTINGS].whatsapp_phone_number_id
    mobile = _mobile(number)
    spellings = dict.fromkeys([number, "549" + mobile[2:] if mobile.startswith("54") else number])
    for wa_id in spellings:
        guest = GuestKey(phone_number_id, wa_id)
        raw = await redis.get(redis_key("handoff", guest))
        if raw and await end(redis, guest):
            log.info("handoff ended by the owner for %s", mask_phone(wa_id))
            name = json.loads(raw).get("name")
            return replies.owner_gave_back(name, wa_id, was_handed_off=True)
    # Written another way ("bot 2944111111", "bot 0294 15 411-1111"): the guest handed off
    # whose national number it is, if exactly one is.
    live = await active(redis, phone_number_id)
    same = [h for h in live if _national_match(h["wa_id"], number)]
    if len(same) == 1 and await end(redis, GuestKey(phone_number_id, same[0]["wa_id"])):
        log.info("handoff ended by the owner for %s", mask_phone(same[0]["wa_id"]))
        return replies.owner_gave_back(same[0]["name"], same[0]["wa_id"], was_handed_off=True)
    # Nobody by that number: maybe a typo, so whoever is with a person is listed with the
    # exact command (a "no estaba" alone would leave a mistyped guest silenced).
    return replies.owner_gave_back(None, number, was_handed_off=False, live=_named(live))


async def give_back_the_only_one(app: web.Application) -> Text:
    """ "bot" alone: the one guest with a person goes back to the bot; with several, the
    owner picks (each listed with its command); with none, says so."""
    redis, phone_number_id = app[REDIS], app[SETTINGS].whatsapp_phone_number_id
    live = await active(redis, phone_number_id)
    if len(live) == 1 and await end(redis, GuestKey(phone_number_id, live[0]["wa_id"])):
        log.info("handoff ended by the owner for %s", mask_phone(live[0]["wa_id"]))
        return replies.owner_gave_back(live[0]["name"], live[0]["wa_id"], was_handed_off=True)
    return replies.owner_handoffs(_named(live))


def _named(live: list[dict[str, Any]]) -> list[tuple[str | None, str]]:
    return [(h["name"], h["wa_id"]) for h in live]


async def active(redis: aioredis.Redis, phone_number_id: str) -> list[dict[str, Any]]:
    index = index_key(phone_number_id)
    now = time.time()
    await redis.zremrangebyscore(index, "-inf", now)
    wa_ids = await redis.zrangebyscore(index, now, "+inf")
    if not wa_ids:
        return []
    keys = [redis_key("handoff", GuestKey(phone_number_id, w)) for w in wa_ids]
    found = []
    for raw in await redis.mget(keys):
        if raw:
            record = json.loads(raw)
            found.append(
                {
                    "wa_id": record["wa_id"],
                    "name": record.get("name"),
                    "started_at": _iso(record["started_at"]),
                    "until": _iso(record["until"]),
                }
            )
    return found


def _iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat(timespec="seconds")


@admin_required
async def list_handoffs(request: web.Request) -> web.Response:
    app = request.app
    items = await active(app[REDIS], app[SETTINGS].whatsapp_phone_number_id)
    return web.json_response({"items": items})


@admin_required
async def end_handoff(request: web.Request) -> web.Response:
    app = request.app
    wa_id = request.match_info["wa_id"]
    guest = GuestKey(app[SETTINGS].whatsapp_phone_number_id, wa_id)
    if not await end(app[REDIS], guest):
        raise ApiError(404, "not_found", "No live handoff for that number")
    log.info("handoff ended by admin for %s", mask_phone(wa_id))
    return web.json_response({"wa_id": wa_id, "ended": True})


def setup(app: web.Application) -> None:
    app.router.add_get("/api/v1/admin/handoffs", list_handoffs)
    app.router.add_delete("/api/v1/admin/handoffs/{wa_id}", end_handoff)
