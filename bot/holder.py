"""Whom the reservation is for, when the guest books for someone else: "a nombre de mi
mamá, Marta Gómez, su cel es 2944 555 123". The name (and number) go on the hold, so the
owner knows whom to expect; the chat, the link and the notices stay with the guest."""

from __future__ import annotations

import re

from bot.handlers import plain
from bot.invoice import said_tax_id

# Where the holder's name follows ("a nombre de", "el titular es", "la reserva es para").
_ANCHOR_RE = re.compile(
    r"\ba nombre de\b|\b(?:el|la) titular (?:es|va a ser|seria|sera)\b"
    r"|\b(?:la reserva|reservala|reservalo|ponela|ponelo) (?:es |va )?(?:a nombre |para )(?:de )?",
    re.IGNORECASE,
)
# "mi mamá", "mis viejos", "mi suegra": who they are to the guest, before the name.
_RELATION_RE = re.compile(
    r"^\s*(?:mis?|nuestr[oa]s?) (?:\w+)(?: (?:que|quien) \w+)?\s*[,:]?\s*", re.IGNORECASE
)
# Words that end a name: what usually follows it ("…, su cel es", "… y su DNI").
_AFTER_NAME = frozenset(
    "su sus y e el la con que cel celular tel telefono whatsapp wsp numero nro dni de del "
    "por para es va porque pero quien quienes cual ella ellos ellas mi tu vos yo".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_PHONE_RE = re.compile(r"(?<![\d/])\+?\d[\d .-]{6,16}\d(?![\d/])")
MIN_PHONE_DIGITS = 8


def said_holder(text: str | None) -> str | None:
    """ "Marta Gómez (2944 555 123)" when the message names whom the reservation is for,
    else None (a relation without a name, "a nombre de mi mamá", is no name to write)."""
    if not text or (anchor := _ANCHOR_RE.search(text)) is None:
        return None
    rest = text[anchor.end() :]
    relation = _RELATION_RE.match(rest)
    if relation is not None:
        rest = rest[relation.end() :]
    words: list[str] = []
    for found in re.finditer(r"\S+", rest):
        word = found[0].strip(",.;:!?¡¿()")
        if not _WORD_RE.fullmatch(word) or plain(word) in _AFTER_NAME or len(words) == 3:
            break
        words.append(word[0].upper() + word[1:])
        if found[0][-1:] in ",.;:!?":
            break
    if not words:
        return None
    name = " ".join(words)
    phone = next(
        (
            p.strip()
            for p in _PHONE_RE.findall(text)
            if sum(c.isdigit() for c in p) >= MIN_PHONE_DIGITS
            and said_tax_id(p) is None  # "…, cuit 27-23456789-1": no phone number
        ),
        None,
    )
    return f"{name} ({phone})" if phone else name


def booked_for(guest_name: str | None, chat_name: str | None) -> str | None:
    """The name a reservation is under when it is not the chat's guest ("Marta Gómez", its
    number left out), so what we say about the stay speaks of them; None for the guest's
    own (the same name, or the same first name once the guest told us their full one)."""
    if not guest_name:
        return None
    name = re.sub(r"\s*\([^)]*\)$", "", guest_name).strip()
    mine = (chat_name or "").split()
    if not name or (mine and plain(name.split()[0]) == plain(mine[0])):
        return None
    return name
