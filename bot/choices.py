"""Lists and buttons answered by typing: "1", "la 2", "opción 3", "el primero", "precios".

On WhatsApp many guests type the number or the title of an option instead of tapping it.
The engine remembers the options of its last reply (`Context.shown`); a message that only
points at one of them is then handled as the tap it stands for.

Decisions:
- A number or a place ("2", "la 2", "opción 2", "el primero", "2️⃣") picks from a list's
  rows only. Under buttons a number is a head count or a day ("¿cuántos son?" → "2"), and
  on a summary "la 2" is the second cabin listed (bot.handlers_choose).
- A title typed whole ("Ver el menú", "consultar disponibilidad") picks from rows or
  buttons; its first word alone ("consultar") only when nothing else was understood.
  With a "?" nothing is picked ("¿confirmar?" asks, and a question never holds).
- "el 1" picks the first row unless dates were talked about in the conversation (the stay
  being built, or an earlier message with a date, a month or nights): then it is the 1st,
  in the month talked about ("en enero", the menu, "el 1" is January 1st). "1", "la 1"
  and "opción 1" always pick: only the article of a day ("el") makes the doubt.
- Rows the handlers keep as offers (cabins listed, reservations to cancel) are theirs to
  read: they already take "la 2" and a cabin's name, with more to it (questions about a
  row, stale rows).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.handlers import plain
from bot.messages import Buttons, ListMessage, Outbound
from bot.nlu import Understanding, parse
from bot.session import Context

_PLACES = {
    "primer": 1, "primera": 1, "primero": 1, "segunda": 2, "segundo": 2, "tercer": 3,
    "tercera": 3, "tercero": 3, "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
}  # fmt: skip
# The whole message points at a place: "2", "la 2", "opción 2", "quiero la segunda",
# "el primero", "la última opción", "nro 3".
_PLACE_RE = re.compile(
    r"^(?:(?:y|bueno|dale|quiero|elijo|dame|mejor|la|el|opcion|numero|nro|n|num) )*"
    r"(?P<at>[1-9]|10|ultim[oa]|" + "|".join(_PLACES) + r")(?: opcion)?$"
)


def shown_in(replies: Sequence[Outbound]) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The options of the last list or buttons among these replies, and whether they were
    a list's rows; none when the reply offered nothing to tap."""
    for reply in reversed(replies):
        if isinstance(reply, ListMessage):
            return tuple((r.id, r.title) for r in reply.rows), True
        if isinstance(reply, Buttons):
            return tuple((b.id, b.title) for b in reply.buttons), False
    return (), False


def typed_choice(text: str, ctx: Context, *, understood: bool) -> tuple[str, str] | None:
    """(id, title) of the option shown that this typed message picks, else None."""
    mine = [(i, t) for i, t in ctx.shown if i not in ctx.offers]
    if not mine or len(mine) != len(ctx.shown) or "?" in text:
        return None  # "¿confirmar?" asks what it does: a question holds nothing
    said = plain(text)
    if ctx.shown_rows and (found := _PLACE_RE.match(said)):
        at = found["at"]
        index = len(mine) if at.startswith("ultim") else int(at) if at.isdigit() else _PLACES[at]
        return mine[index - 1] if 1 <= index <= len(mine) else None
    titled = [(i, t) for i, t in mine if plain(t) == said]
    if not titled and not understood and len(said) >= 5 and " " not in said:
        titled = [(i, t) for i, t in mine if plain(t).split()[0] == said]
    return titled[0] if len(titled) == 1 else None


# "el 1", "y el 3": a place in a list, or a day of the month.
_DAY_LIKE_RE = re.compile(r"^(?:y )?el (?:[1-9]|[12]\d|3[01])$")
# The guest's earlier messages read for dates: the last few are what "el 1" follows.
_TALK_READ = 4


def day_talk(text: str, ctx: Context, today: dt.date) -> Understanding | None:
    """For "el 1" typed under a list: the latest reading of the conversation with a date, a
    month or nights in it (the stay being built, or an earlier message), else None."""
    if not ctx.shown_rows or not _DAY_LIKE_RE.match(plain(text)):
        return None
    if ctx.check_in or ctx.check_out or ctx.month or ctx.nights:
        return Understanding(
            "availability", check_in=ctx.check_in, check_out=ctx.check_out, month=ctx.month
        )
    for earlier in reversed(ctx.history[:-1][-_TALK_READ:]):  # the last one is `text` itself
        said = parse(earlier, today)
        if said.check_in or said.check_out or said.month or said.nights:
            return said
    return None


def talk_month(talk: Understanding) -> int | None:
    """The month a stay talked about is in ("en enero", "del 1/3 al 4/3"), if one."""
    day = talk.check_in or talk.check_out
    return talk.month or (day.month if day else None)
