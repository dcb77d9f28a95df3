"""Arrival hours in what guests write: "llegamos tipo 11 de la noche", "si llegamos tarde".

Read on plain text (`bot.handlers.plain`). `bot.handlers_status.early_or_late` answers an
hour asked alone; `bot.handlers_info.answer_info` reads a late arrival said beside other
things (the dates, other questions) so its check-in answer is the night's.
"""

from __future__ import annotations

import datetime as dt
import re

# An arrival before this hour is the night after the arrival day, not an early check-in.
NIGHT_ENDS = dt.time(6)
# From this hour on, an arrival is fine but the keys must be arranged with the owner
# (decided: 21:00 is still an ordinary evening arrival, 22:00 is late at night).
LATE_NIGHT = dt.time(22)


# Arriving late, with or without an hour: "si llegamos tarde, ¿hay problema?", "vamos a
# llegar de noche", "check in tarde". Not "llegamos a la tarde" (the afternoon: an hour).
# Not what reached the guest late ("me llegó tarde el link", "nos llegó de noche el
# mail"): a clitic before the verb makes it a thing arriving, not the guest.
NOT_RECEIVED = r"(?<!\bme )(?<!\bnos )(?<!\bte )(?<!\ble )(?<!\bles )"
ARRIVE_LATE_RE = re.compile(
    rf"\b{NOT_RECEIVED}(?:llegar|llego|llegamos|lleguemos|llegaremos|llegariamos|entrar"
    r"|entramos|ingresar|ingresamos|hacer el check ?in|check ?in)(?: a la cabana)?"
    r" (?:muy |bastante |re |medio |un poco |recien |mas )?"
    r"(?:tarde|tardisimo|de noche|a la noche|(?:a la|de) madrugada|a la medianoche)\b"
    r"|\b(?:late check ?in|llegada (?:tarde|tardia|nocturna|de noche)|ingreso (?:tarde|tardio"
    r"|nocturno|de noche)|check ?in (?:tardio|nocturno))\b"
)
# An arrival said with an hour anywhere in the message: "llegamos a la tarde, tipo 5".
ARRIVE_RE = re.compile(
    r"\b(?:llegar|llego|llegamos|lleguemos|llegaremos|llegariamos|entrar|entro|entramos"
    r"|ingresar|ingresamos|check ?in)\b"
)
# "tipo 11", "a las 11", "tipo 13:30", "a las 8 de la noche", "a la 1 de la madrugada":
# the hour the guest has in mind, and the part of the day said with it.
_HOUR_RE = re.compile(
    r"\b(?:tipo|a las|a la|tipo a las|como a las|sobre las|hasta las|a eso de las) (\d{1,2})"
    r"(?: (\d{2}))?(?: ?hs)?(?: de la (manana|madrugada|tarde|noche))?\b"
)
# "llegamos 16hs", "18 hs", "17h": an hour by its mark alone ("en 2 hs" is how long).
_HOUR_MARKED_RE = re.compile(
    r"(?<!\ben )\b(\d{1,2})(?: (\d{2}))? ?(?:hs|h)\b(?: de la (manana|madrugada|tarde|noche))?"
)


def said_hour(text: str, *, at_night: bool = False) -> dt.time | None:
    """The hour in `text` (plain), on a 24-hour clock. "de la tarde/noche" is after noon
    ("las 12 de la noche" is midnight). A bare 1 to 7 is after noon too: guests say "a
    las 3" for 15:00, and write "de la madrugada" when they mean the night. `at_night`
    (the guest said they arrive late): a bare 8 to 12 is the night too ("llegamos tarde,
    tipo 11" is 23:00), and "medianoche" is 00:00."""
    found = _HOUR_RE.search(text) or _HOUR_MARKED_RE.search(text)
    if found is None:
        return dt.time(0) if at_night and "medianoche" in text else None
    hour, minutes, part = int(found[1]), int(found[2] or 0), found[3]
    if part in ("tarde", "noche") and hour <= 12:
        hour = 0 if (hour, part) == (12, "noche") else (hour + 12) % 24
    elif part is None and 1 <= hour <= 7:
        hour += 12
    elif part is None and at_night and 8 <= hour <= 12:
        hour = (hour + 12) % 24
    if hour > 23 or minutes > 59:
        return None
    return dt.time(hour, minutes)


def night_arrival(text: str) -> tuple[bool, dt.time | None]:
    """Whether `text` (plain) says an arrival late at night, and its hour when said:
    late words alone ("si llegamos tarde", "de noche"), or an arrival at an hour from
    LATE_NIGHT to NIGHT_ENDS ("llegamos tipo 11 de la noche", "a las 2 de la mañana").
    "llegamos tarde, tipo 9" is 21:00, an ordinary evening (as `early_or_late` reads it)."""
    at_night = bool(ARRIVE_LATE_RE.search(text))
    hour = said_hour(text, at_night=at_night)
    if hour is None:
        return at_night, None
    if not (at_night or ARRIVE_RE.search(text)):
        return False, None  # an hour, not of arriving: "salimos de casa tipo 23"
    return not NIGHT_ENDS <= hour < LATE_NIGHT, hour
