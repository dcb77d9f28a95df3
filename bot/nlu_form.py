"""Copy-pasted forms: one field a line, its label, a colon and its value.

Guests paste what another site or a friend's template asked for ("Nombre: …\\nFecha de
ingreso: 15/12\\nCantidad de personas: 4\\nVehículos: 2"). Read as running text, the
number after a label is ambiguous ("personas 2 mascotas…" looks like two pets); read a
line at a time, the label says what the number counts. Only the party and the nights are
taken from labels; dates are found by the ordinary rules. Depends only on ``nlu_text``
and ``nlu_vocab``.
"""

from __future__ import annotations

import re

from bot.nlu_text import _fix_word, _strip_accents
from bot.nlu_vocab import _NUMBER_WORDS

# "Cantidad de personas: 4", "N° de huéspedes: 3", "- Adultos: 2", "Noches: 3", "Niños: 😅 1"
# (an emoji or other mark between the colon and the value).
_FIELD_RE = re.compile(
    r"^[ \t\-*•·>]*(?:(?:cantidad|cant|total|n|nro|numero|no)\.? de |cantidad |n[°º] de )?"
    r"(?P<label>[a-z]{2,12})(?: \(?\w+\)?)?[ \t]*:[^\w\n]*(?P<value>\d{1,2}|[a-z]+)\b",
    re.MULTILINE,
)
_TOTAL_LABELS = frozenset("personas huespedes pax pasajeros integrantes".split())
_KID_LABELS = frozenset("menores ninos chicos nenes bebes".split())
_ADULT_LABELS = frozenset({"adultos", "mayores"})
# A label typed by hand may be misspelled or singular ("Adulos: 2", "Ninossss: 1",
# "Noche: 3"): read through the typo fixer, then by its plural (round 30).
_LABELS = _TOTAL_LABELS | _KID_LABELS | _ADULT_LABELS | {"noches"}


def _label(word: str) -> str | None:
    if word in _LABELS:
        return word
    fixed = _fix_word(word)
    if fixed in _LABELS:
        return fixed
    return (
        fixed + "s" if fixed + "s" in _LABELS else fixed + "es" if fixed + "es" in _LABELS else None
    )


def form_fields(text: str) -> tuple[int | None, int | None]:
    """(guests, nights) from a form's labelled lines, None for what no line gives.

    Two lines at least, so a reply "personas: 4" alone is left to the ordinary rules. A
    total line wins; else adults and kids are summed ("Adultos: 2\\nMenores: 1" = 3).
    """
    if text.count("\n") < 1 or ":" not in text:
        return None, None
    total = adults = kids = nights = None
    for match in _FIELD_RE.finditer(_strip_accents(text).lower()):
        value = match.group("value")
        number = int(value) if value.isdigit() else _NUMBER_WORDS.get(value)
        if number is None:
            continue
        label = _label(match.group("label"))
        if label is None:
            continue
        if label == "noches":
            nights = nights or number
        elif label in _TOTAL_LABELS:
            total = total or number
        elif label in _KID_LABELS:
            kids = (kids or 0) + number
        else:
            adults = (adults or 0) + number
    guests = total or ((adults or 0) + (kids or 0) if adults else None)
    return (guests if guests and guests <= 50 else None), (nights if nights else None)
