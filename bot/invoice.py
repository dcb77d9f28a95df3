"""A CUIT (or CUIL) sent for the invoice: "mi cuit es 20-12345678-3". Noted on the hold, so
the owner, who makes the invoices, has it with the booking; the booking goes on."""

from __future__ import annotations

import re

# Eleven digits as 2-8-1 (dashes, dots or spaces between) or run together, opening with a
# CUIT/CUIL prefix (20, 23, 24, 27: people; 30, 33, 34: companies).
_TAX_ID_RE = re.compile(r"(?<![\d/])((?:2[0347]|3[034]))[- .]?(\d{8})[- .]?(\d)(?![\d/])")
_NAMED_RE = re.compile(r"\bcui[tl]\b", re.IGNORECASE)
_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def said_tax_id(text: str | None) -> str | None:
    """ "20-12345678-3" when the message carries a CUIT, else None. Unnamed, the number
    must pass the CUIT check digit (so a phone number is no CUIT); named ("mi cuit es …"),
    a typo in it is still the guest's CUIT, for the owner to check."""
    if not text:
        return None
    named = bool(_NAMED_RE.search(text))
    for found in _TAX_ID_RE.finditer(text):
        digits = "".join(found.groups())
        if named or _check_digit_ok(digits):
            return f"{found[1]}-{found[2]}-{found[3]}"
    return None


def _check_digit_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:10], _WEIGHTS, strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[10])  # 10: no valid CUIT
