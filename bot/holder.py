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
# "mi mamá", "mis viejos", "mi suegra": who they are to the guest, before the name; or
# who was just spoken of ("a nombre de ella, Laura Gómez"). A relative clause after the
# relation ("mi mamá que vive en Neuquén, Marta Gómez") is about them, never their name:
# it runs to the next stop.
_RELATION_RE = re.compile(
    r"^\s*(?:(?:mis?|nuestr[oa]s?) (?:\w+)(?: (?:que|quien) (?!se\b)[^,.;:!?\n]*)?"
    r"|ella|él|ellos|ellas)"
    r"\s*[,:]?\s*(?:(?:que |quien )?se llaman?\s+)?",
    re.IGNORECASE,
)
# Words that end a name: what usually follows it ("…, su cel es", "… y su DNI").
_AFTER_NAME = frozenset(
    "su sus y e el la con que cel celular tel telefono whatsapp wsp numero nro dni de del "
    "por para es va porque pero quien quienes cual ella ellos ellas mi tu vos yo".split()
)
# Once the guest said the stay is for others ("es para mis viejos"): their names told.
_NAMED_RE = re.compile(
    r"\b(?:se llaman?|sus? nombres? (?:es|son)|el nombre es|los nombres son)\b", re.IGNORECASE
)
# "Es para mis viejos", "yo no voy", "a nombre de mi mamá": the stay is someone else's, and
# no name said yet (on plain text).
FOR_OTHERS_RE = re.compile(
    r"\b(?:es|son|seria|va a ser|la reserva es) (?:para|un regalo para|un regalo a) (?:mis|mi)"
    r" (?:viejos|padres|papas|suegros|abuelos|mama|papa|vieja|viejo|hijos?|hijas?|suegr[oa]"
    r"|abuel[oa]|herman[oa]s?|tios?|tias?)\b"
    r"|\byo no (?:voy|viajo|vengo)\b"
    r"|\ba nombre de (?:mi|mis) \w+$"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_PHONE_RE = re.compile(r"(?<![\d/])\+?\d[\d .-]{6,16}\d(?![\d/])")
MIN_PHONE_DIGITS = 8


def said_holder(text: str | None, *, said_before: tuple[str, ...] = ()) -> str | None:
    """ "Marta Gómez (2944 555 123)" when the message names whom the reservation is for,
    else None (a relation without a name, "a nombre de mi mamá", is no name to write).
    `said_before`: the guest's last messages; when they said the stay is someone else's
    (`told_for_others`), "se llaman Jorge y Marta Pérez" names them too."""
    if not text:
        return None
    anchor = _ANCHOR_RE.search(text)
    if anchor is None and (named := _NAMED_RE.search(text)) and told_for_others(said_before):
        anchor = named
    if anchor is None:
        return None
    rest = text[anchor.end() :]
    relation = _RELATION_RE.match(rest)
    if relation is not None:
        rest = rest[relation.end() :]
    words: list[str] = []
    tokens = [t[0] for t in re.finditer(r"\S+", rest)]
    for at, token in enumerate(tokens):
        word = token.strip(",.;:!?¡¿()")
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if words and word in ("y", "e") and following[:1].isupper():
            words.append(word)  # "Jorge y Marta Pérez": two names, one reservation
            continue
        two = "y" in words or "e" in words  # two people: a word more
        named = sum(w not in ("y", "e") for w in words)
        if not _WORD_RE.fullmatch(word) or plain(word) in _AFTER_NAME or named == 3 + two:
            break
        words.append(word[0].upper() + word[1:])
        if token[-1:] in ",.;:!?":
            break
    while words and words[-1] in ("y", "e"):
        words.pop()  # "Jorge y DNI …": the second name never came
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


# "¿A qué hora entran?", "¿pueden llegar a las 20?": asked of the people staying, not of
# the guest writing (on plain text).
_THEY_ARRIVE_RE = re.compile(
    r"\b(?:entran|llegan|ingresan|pueden (?:entrar|llegar|ingresar|ir)|se pueden instalar)\b"
)


def stay_for_others(history: tuple[str, ...], holder: str | None, chat_name: str | None) -> bool:
    """The stay talked about is someone else's: booked under another name, or the guest
    said lately that it is for others ("es para mis viejos")."""
    if booked_for(holder, chat_name) is not None:
        return True
    return told_for_others(history, last=6)


def told_for_others(history: tuple[str, ...], last: int = 4) -> bool:
    """The guest said in their last `last` messages that the stay is someone else's ("es
    para mis viejos", "yo no voy")."""
    return any(FOR_OTHERS_RE.search(plain(text)) for text in history[-last:])


def asked_for_them(text: str) -> bool:
    """The question speaks of the people staying in the third person ("¿a qué hora entran?")."""
    return bool(_THEY_ARRIVE_RE.search(text))
