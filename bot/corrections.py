"""A guest correcting what they just wrote, the WhatsApp way.

"*16" right after "del 15 al 18 de marzo" is a typo fixed: the 15 was meant to be a 16;
"perdón, quise decir el 16" with the 15th to the 18th on screen moves the end nearest to
the 16th, not a new arrival with the departure forgotten; "me equivoqué, es en febrero"
(or "de marzo", the last bubble of "del 15" … "al 18" … "de marzo") keeps the days and
changes their month.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from difflib import SequenceMatcher

from bot.handlers import plain
from bot.handlers_words import ARRIVAL_RE
from bot.nlu import Understanding, parse
from bot.session import Context

# "*16" or "16*": the number of the previous message the guest meant.
_STAR_RE = re.compile(r"^\s*\*\s*(\d{1,2})\s*$|^\s*(\d{1,2})\s*\*\s*$")
# "*abril" after "de abirl": the word the guest meant.
_STAR_WORD_RE = re.compile(r"^\s*\*\s*([^\W\d_]{3,})\s*$|^\s*([^\W\d_]{3,})\s*\*\s*$")
_LETTERS_RE = re.compile(r"[^\W\d_]{3,}")
# "del 20 al 23, ah no perdón, del 21 al 24": what follows the last of these replaces what
# came before it (on the lowercased text, so positions are the message's own).
_SAID_AGAIN_RE = re.compile(
    r"\b(?:perd[oó]n|mejor dicho|quise decir|quer[ií]a decir|digo|me equivoqu[eé])\b"
)
# A number the star may replace: a day or a head count, never the month of "15/3".
_NUMBER_RE = re.compile(r"(?<![\d/])(\d{1,2})(?=(?:/\d{1,2}(?:/\d{2,4})?)?(?![\d/]))")
_BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,2})\s*$")
# "perdón", "quise decir", "me equivoqué", "no no, ...": what follows replaces something said.
CORRECTION_RE = re.compile(
    r"\b(?:perdon|perdona|disculpa|disculpame|quise decir|quisimos decir|queria decir"
    r"|me equivoque|nos equivocamos|me confundi|me exprese mal|error mio|corrijo|digo)\b"
    r"|^no no\b"
)
# "no, 5", "5 perdón", "perdón, eran 5", "bah 5 con el bebe": only a number, said again (on
# plain text); who it makes the number ("con el bebé", "contando a mi hermana") may follow.
_NUMBER_SAID_AGAIN_RE = re.compile(
    r"^(?:(?:no|perdon|perdona|digo|quise decir|me equivoque|eran|bah|ah no|uy no|ay no) )+"
    r"(\d{1,2})(?: (?:personas|con|contando|incluyendo|sumando) .*)?$"
    r"|^(\d{1,2})(?: (?:perdon|perdona|digo|me equivoque))+$"
)
# How far from a number of the previous message "no, 5" may be and still correct it.
_NEAR_NUMBER = 2
# A bubble that is only a month, the end of "del 15 al 18" written in two: "de marzo".
_MONTH_TAIL_RE = re.compile(r"^(?:de|del mes de) [a-z]+$")
# "el 2" in a correction: a day ("perdón, el 2"), whatever the NLU makes of it alone.
_DAY_RE = re.compile(r"\bel ([1-9]|[12]\d|3[01])$")
# Further from both ends than this, a corrected day is a new arrival for the same nights.
_NEAR_DAYS = 7
# "perdón, del 16", "me equivoqué, desde el 16": the day corrected is the arrival, whichever
# end is nearer ("llegamos", "entramos": `ARRIVAL_RE`).
_FROM_DAY_RE = re.compile(r"\b(?:del|desde(?: el)?|a partir del) (?:[1-9]|[12]\d|3[01])\b")


# "perdón, una pregunta", "perdón la molestia": "perdón" as a courtesy, nothing corrected.
_COURTESY_RE = re.compile(r"\b(?:pregunt\w*|consult\w*|molest\w*|jode|joda|hora)\b")


def corrects(text: str | None) -> bool:
    """The message corrects what the guest said before ("perdón, el 16", "*16"), or ends
    it ("de marzo" after "del 15"): the day in it is not an answer to what we asked."""
    if not text:
        return False
    words = plain(text)
    return bool(_STAR_RE.match(text) or _MONTH_TAIL_RE.match(words) or _correcting(text, words))


def _correcting(text: str, words: str) -> bool:
    """`words`: `text` as `plain` gives it."""
    if "?" in text or _COURTESY_RE.search(words):
        return False  # "perdón, ¿el 20 tienen lugar?" asks; it corrects nothing
    return bool(CORRECTION_RE.search(words))


def star_corrected(text: str, ctx: Context, today: dt.date) -> str | None:
    """ "*16" after "del 15 al 18 de marzo": "del 16 al 18 de marzo", the message the guest
    meant (the nearest number is the one mistyped), and "no, 5" or "5 perdón" the same way
    when a number of it is that near; None when it is neither or the previous message has
    no number. A bare "4" that answered "¿cuántas personas?" and
    is starred ("*3") stays a head count, not a row of the list now on screen."""
    if len(ctx.history) < 2:
        return None
    if (word := _STAR_WORD_RE.match(text)) is not None:
        return _word_corrected(ctx.history[-2], word[1] or word[2])
    found = _STAR_RE.match(text)
    if found is not None:
        meant = int(found[1] or found[2])
    elif (said := _NUMBER_SAID_AGAIN_RE.match(plain(text))) is not None:
        meant = int(said[1] or said[2])
        if _head_count_corrected(ctx.history[-2], meant, ctx, today):
            # "para 2" … "perdón 3": the head count just sent, even under a list of three.
            return f"perdón, somos {meant}"
        if meant <= len(ctx.shown):
            return None  # "no, 2" under a list of three may be its second row
    else:
        return None
    before = ctx.history[-2]
    if (bare := _BARE_NUMBER_RE.match(before)) and ctx.guests == int(bare[1]):
        return f"perdón, somos {meant}"
    numbers = list(_NUMBER_RE.finditer(before))
    if not numbers:
        return None
    # On a tie ("del 1/3 al 4/3 para 4", "*5") the later one: the head count comes last.
    typo = min(reversed(numbers), key=lambda n: abs(int(n[1]) - meant))
    if found is None and abs(int(typo[1]) - meant) > _NEAR_NUMBER:
        if ctx.guests is not None and abs(ctx.guests - meant) <= _NEAR_NUMBER:
            # "perdón 5" under the list for 4 of "del 10 al 13": no row, no day near it;
            # the head count we have is the number it corrects.
            return f"perdón, somos {meant}"
        return None  # "no, 5" after "del 12 al 15": not a slip of the finger on either
    # Said as a correction, so a day is not taken for the departure we asked about.
    return f"perdón, {before[: typo.start(1)]}{meant}{before[typo.end(1) :]}"


def _head_count_corrected(before: str, meant: int, ctx: Context, today: dt.date) -> bool:
    """`before` (the guest's previous message) gave the head count we have, and `meant`,
    said again right after it, is nearer that count than any day in it ("para 2" …
    "perdón 3", "del 10 al 13 para 2" … "bah 3"): the count is what it corrects."""
    if ctx.guests is None:
        return False
    if (again := _NUMBER_SAID_AGAIN_RE.match(plain(before))) is not None:
        return int(again[1] or again[2]) == ctx.guests  # "perdón 3" … "no 4"
    said = parse(before, today)
    if said.guests != ctx.guests:
        return False
    numbers = [int(n[1]) for n in _NUMBER_RE.finditer(before)]
    if not (said.check_in or said.check_out or said.nights) or not numbers:
        return True
    # On a tie the later number, as below: the head count comes last.
    return min(reversed(numbers), key=lambda n: abs(n - meant)) == ctx.guests


def _word_corrected(before: str, meant: str) -> str | None:
    """`before` with its word most like `meant` replaced by it ("abirl" by "abril")."""
    close = [
        (SequenceMatcher(None, w[0].lower(), meant.lower()).ratio(), w)
        for w in _LETTERS_RE.finditer(before)
    ]
    ratio, typo = max(close, key=lambda c: c[0], default=(0.0, None))
    if typo is None or ratio < 0.6 or typo[0].lower() == meant.lower():
        return None
    return f"{before[: typo.start()]}{meant}{before[typo.end() :]}"


def said_again(text: str, said: Understanding, today: dt.date) -> Understanding:
    """ "Del 20 al 23 de abril, ah no perdón, del 21 al 24": the dates after the last
    correction in the message, read in the month of the ones before when it names none."""
    if said.check_in is None:
        return said
    marks = list(_SAID_AGAIN_RE.finditer(text.lower()))
    if not marks or marks[-1].start() == 0:
        return said
    tail = text[marks[-1].end() :]
    again = parse(tail, today)
    if again.check_in is None or parse(text[: marks[-1].start()], today).check_in is None:
        return said  # no dates after the correction, or none before it to correct
    if not again.month:
        first = said.check_in.replace(day=1)
        in_month = parse(tail, first)
        if in_month.check_in and in_month.check_in.month == first.month:
            again = in_month if in_month.check_in >= today else again
    check_out = again.check_out
    if check_out is None and said.check_out is not None:
        check_out = again.check_in + (said.check_out - said.check_in)  # the same nights
    if check_out is None or check_out <= again.check_in:
        return said
    nights = (check_out - again.check_in).days
    return dataclasses.replace(said, check_in=again.check_in, check_out=check_out, nights=nights)


def corrected_stay(text: str, said: Understanding, ctx: Context, today: dt.date) -> Understanding:
    """The stay the guest means when correcting the one on screen; `said` otherwise."""
    if not ctx.check_in or said.check_out or said.nights:
        return said
    words = plain(text)
    correcting = _correcting(text, words)
    if correcting and not (said.check_in or said.month) and (day := _DAY_RE.search(words)):
        # "perdón, el 2": a day of the stay's month (read alone, "el 2" is no date).
        said = _with_day(said, ctx.check_in, int(day[1]), today)
    if said.month and not said.check_in and (correcting or _MONTH_TAIL_RE.match(words)):
        return _in_month(said, ctx, said.month, today)
    if correcting and said.check_in and ctx.check_out:
        arrival = bool(_FROM_DAY_RE.search(words) or ARRIVAL_RE.search(words))
        return _day_corrected(said, ctx, said.check_in, today, arrival=arrival)
    return said


def _with_day(said: Understanding, near: dt.date, day: int, today: dt.date) -> Understanding:
    """`said` with the `day` of `near`'s month as its arrival (of the next month when that
    day is past or does not exist)."""
    for ahead in range(3):
        month = (near.month + ahead - 1) % 12 + 1
        year = near.year + (near.month + ahead - 1) // 12
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date >= today:
            return dataclasses.replace(said, check_in=date, intent="availability")
    return said


def _in_month(said: Understanding, ctx: Context, month: int, today: dt.date) -> Understanding:
    """The same days in `month` ("me equivoqué, es en febrero"), the first time they come;
    with only the arrival known ("para el 15" … "de marzo"), that arrival."""
    assert ctx.check_in
    for year in (today.year, today.year + 1):
        try:
            arrival = dt.date(year, month, ctx.check_in.day)
        except ValueError:
            return said  # "del 30 al 2" moved to February: no such day, the month is asked
        if arrival >= today and ctx.check_out is None:
            return dataclasses.replace(said, check_in=arrival, month=None)
        if arrival >= today and ctx.check_out is not None:
            out = arrival + (ctx.check_out - ctx.check_in)
            nights = (out - arrival).days
            return dataclasses.replace(
                said, check_in=arrival, check_out=out, nights=nights, month=None
            )
    return said


def _day_corrected(
    said: Understanding, ctx: Context, day: dt.date, today: dt.date, *, arrival: bool = False
) -> Understanding:
    """ "Quise decir el 16" with the 15th to the 18th on screen: the end nearest to the
    16th moves (the arrival here); a day far from both is the arrival of as many nights.
    ``arrival``: the guest said it is the arrival ("perdón, del 16"): on or after the
    departure it is the arrival of as many nights (not the departure, the end nearest)."""
    assert ctx.check_in and ctx.check_out
    from_in, from_out = abs((day - ctx.check_in).days), abs((day - ctx.check_out).days)
    if min(from_in, from_out) > _NEAR_DAYS or (arrival and day >= ctx.check_out):
        check_in, check_out = day, day + (ctx.check_out - ctx.check_in)
    elif from_in <= from_out and day < ctx.check_out:
        check_in, check_out = day, ctx.check_out
    elif day > ctx.check_in:
        check_in, check_out = ctx.check_in, day
    else:
        return said
    if check_in < today:
        return said
    nights = (check_out - check_in).days
    return dataclasses.replace(said, check_in=check_in, check_out=check_out, nights=nights)
