"""A budget the guest gives ("tenemos un presupuesto de 300 mil", "hasta 100 lucas"), in
pesos. Whether it is per night or for the whole stay guests rarely say, so the reply that
uses it (`replies.budget_note`) reads it as the stay's total first and, when nothing fits
that way, tells what fits a night of it.
"""

from __future__ import annotations

import re

from bot.handlers import plain

# The amount after a budget word: "presupuesto de $300.000", "hasta 100 lucas", "no más de
# 250 mil", "máximo 200k", "tenemos 300 mil para gastar". On plain text ("$" and "." are
# gone: "300.000" reads "300 000"), so an amount is digits with an optional thousands group.
_BUDGET_RE = re.compile(
    r"\b(?:presupuesto|presu|hasta|no mas de|maximo|como maximo|tope|tope de|gastar)"
    r"(?: (?:de|es|seria|sería|era|unos|unas|alrededor de|aprox|como))*"
    r" (?P<amount>\d{1,3}(?: \d{3})+|\d+)(?: ?(?P<unit>mil|k|lucas|luca|pesos))?\b"
    r"(?! ?(?:noches?|dias?|personas?|pax|hs|de (?:enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|setiembre|octubre|noviembre|diciembre)))"
)
_SPENDING_RE = re.compile(
    r"\b(?:tenemos|tengo|contamos con) (?P<amount>\d{1,3}(?: \d{3})+|\d+)"
    r" ?(?P<unit>mil|k|lucas|luca)\b(?: (?:para gastar|de presupuesto|en total|nomas))"
)
_THOUSANDS = ("mil", "k", "lucas", "luca")
PER_NIGHT_RE = re.compile(r"\b(?:por|x|la) noche\b")


def said_budget(text: str) -> int | None:
    """The budget in pesos, or None. A bare number needs to look like money: with a unit
    of thousands, or 10.000 and more ("hasta 5" is no budget, "hasta el 5" a date)."""
    words = plain(text)
    found = _BUDGET_RE.search(words) or _SPENDING_RE.search(words)
    if found is None:
        return None
    amount = int(found["amount"].replace(" ", ""))
    if found["unit"] in _THOUSANDS:
        amount *= 1000
    return amount if amount >= 10_000 else None
