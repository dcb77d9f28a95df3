"""A guest coming back for "las mismas fechas que el año pasado": the dates of their last
stay (found by their number), a year on, searched; said so, with the old and new days."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import holds
from bot import replies
from bot.handlers import Step, Turn, step, understood
from bot.handlers_search import after_hello, search
from bot.handlers_words import ANOTHER_STAY_RE
from bot.session import Context
from bot.states import State

# "las mismas fechas que el año pasado", "los mismos días de la otra vez".
_SAME_DATES_RE = re.compile(
    r"\b(?:(?:las )?mismas fechas|(?:la )?misma fecha|(?:los )?mismos dias|(?:la )?misma semana"
    r"|(?:el )?mismo finde|(?:el )?mismo fin de semana)\b"
)


def _a_year_on(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # the 29th of February
        return day.replace(year=day.year + years, day=28)


async def same_dates_as_before(turn: Turn, ctx: Context) -> Step | None:
    """The guest's last stay (ended) moved on whole years until it is ahead, and searched;
    None unless the message asks for the same dates with no dates of its own."""
    said = turn.said
    if turn.reply_id or said.check_in or said.month or ctx.check_in or ctx.hold:
        return None
    if not _SAME_DATES_RE.search(turn.plain) or ANOTHER_STAY_RE.search(turn.plain):
        return None
    last = await holds.latest_stay_for(turn.pool, turn.msg.wa_id)
    if last is None or last.check_out > turn.today:
        note = replies.no_dates_before()
        return step(State.ASK_DATES, understood(ctx), note)
    years = 1
    while _a_year_on(last.check_in, years) <= turn.today:
        years += 1
    check_in = _a_year_on(last.check_in, years)
    check_out = check_in + (last.check_out - last.check_in)
    guests = said.guests or ctx.guests
    found = await search(
        turn,
        dataclasses.replace(understood(ctx), check_in=check_in, check_out=check_out, guests=guests),
    )
    note = replies.same_dates_as_last_time(last.check_in, last.check_out, check_in, check_out)
    return after_hello(found, note)
