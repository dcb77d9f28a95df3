"""What every handler shares: the turn it reads, the step it returns, small helpers.

A handler is `async (turn, ctx) -> Step`. It may read the booking engine and
place or cancel reservations (that is its job), but it never sends a message
and never stores conversation state: the engine in `bot.conversation` saves
the step's state and context, then hands the replies back to be sent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import asyncpg
from aiohttp import web

from appkeys import DB, PAYMENTS, SETTINGS
from booking.catalog import list_cabins
from booking.models import BookingRules, Cabin, Reservation, Stay
from booking.reservations import active_reservations_for
from bot.handlers_words import A_NIGHT_RE, LATER_RE, PER_NIGHT_RE, PRICE_HINT_RE
from bot.messages import Inbound, Outbound
from bot.names import COMMON_FIRST_NAMES
from bot.nlu import Understanding, parse
from bot.replies import SECOND_GIVEN, given_names, hello, not_understood, nudge, without_cheer
from bot.session import Context
from bot.states import State
from settings import Settings

log = logging.getLogger(__name__)

MAX_GUESTS_ASKED = 40  # a bare number above this is not a head count


@dataclass(frozen=True)
class StartHandoff:
    """Effect: hand the guest to a person (the engine stores it and tells the owner).
    `problem`: something wrong at the cabin; `urgent`: the kind of emergency, if one."""

    problem: bool = False
    urgent: str | None = None


@dataclass(frozen=True)
class Step:
    state: State
    replies: tuple[Outbound, ...]
    ctx: Context
    effects: tuple[StartHandoff, ...] = ()


def step(state: State, ctx: Context, *replies: Outbound | list[Outbound]) -> Step:
    flat: list[Outbound] = []
    for reply in replies:
        flat.extend(reply if isinstance(reply, list) else [reply])
    return Step(state, tuple(flat), ctx)


def prepend(found: Step, *before: Outbound) -> Step:
    return dataclasses.replace(found, replies=(*before, *found.replies))


def prepend_no(found: Step, why: Outbound) -> Step:
    """`why` something the guest asked for is not possible ("no está libre"), then what is:
    the list that follows loses its "¡Buenas noticias!". A hello that opens `found` stays
    first ("hola, al final somos 4": "¡Hola!", then why the cabin won't do)."""
    said = tuple(without_cheer(r) for r in found.replies)
    at = 1 if said[:1] == (hello(found.ctx.name),) else 0
    return dataclasses.replace(found, replies=(*said[:at], why, *said[at:]))


@dataclass
class TurnReads:
    """What a turn has read from the database and may be asked for again. Mutable inside
    the frozen Turn, and shared by the copies `dataclasses.replace` makes of it (same guest,
    same message, same day)."""

    mine: list[Reservation] | None = None  # `Turn.active_reservations`, None: not read yet
    cabins: list[Cabin] | None = None  # `Turn.cabins`, None: not read yet


@dataclass(frozen=True)
class Turn:
    """One inbound message with everything a handler may need to answer it."""

    app: web.Application
    msg: Inbound
    said: Understanding
    today: dt.date
    rules: BookingRules
    # The cabins the previous reply answered about (`Context.asked`), for "esa".
    asked_before: tuple[str, ...] = ()
    reads: TurnReads = dataclasses.field(default_factory=TurnReads, repr=False, compare=False)

    @property
    def pool(self) -> asyncpg.Pool:
        return self.app[DB]

    @property
    def settings(self) -> Settings:
        return self.app[SETTINGS]

    @property
    def reply_id(self) -> str:
        return self.msg.reply_id or ""

    @functools.cached_property
    def plain(self) -> str:
        # Read ~30 times a turn by the handlers' checks: computed once.
        return plain(self.msg.text or "")

    @property
    def intent(self) -> str:
        return self.said.intent

    async def active_reservations(self) -> list[Reservation]:
        """The guest's holds and confirmed stays that have not ended, soonest first.
        Read once a turn, as several handlers ask; a handler that places, moves or cancels
        one calls `reservations_changed` after it, so the next call reads them afresh."""
        if self.reads.mine is None:
            self.reads.mine = await active_reservations_for(
                self.pool, self.msg.wa_id, today=self.today
            )
        return list(self.reads.mine)  # a copy: a caller's sort or append stays its own

    async def cabins(self) -> list[Cabin]:
        """The active cabins, read once a turn: a turn asks for them from several handlers
        (a cabin named? a question about one? the list, the pick, the summary), each a
        round trip. Kept no longer than the turn, so an owner's change is seen by the
        guest's next message on every instance, with nothing to invalidate."""
        if self.reads.cabins is None:
            self.reads.cabins = await list_cabins(self.pool)
        return list(self.reads.cabins)  # a copy: a caller's sort stays its own

    async def cabin_of(self, res: Reservation) -> Cabin | None:
        """The catalog cabin `res` is for; None when it is no longer in the catalog."""
        return next((c for c in await self.cabins() if c.id == res.accommodation_id), None)

    def reservations_changed(self) -> None:
        """The guest's reservations were just changed in this turn: read them again."""
        self.reads.mine = None


# Pure and asked of the same text many times a turn (each cabin's name by every check that
# looks for a name, the guest's message by most handlers): ~20 calls of each for a "hola".
@functools.lru_cache(maxsize=4096)
def unaccented(text: str) -> str:
    """Lowercase with the accents taken off, punctuation kept."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """Lowercase, no accents, single spaces: for the few literal commands we match."""
    return re.sub(r"[^a-z0-9ñ/]+", " ", unaccented(text)).strip()


@functools.lru_cache(maxsize=256)
def name_words(name: str) -> frozenset[str]:
    """The words that tell a cabin by name ("lago", "lacar"), not "cabaña" or "de"."""
    return frozenset(w for w in plain(name).split() if len(w) >= 4) - {"cabana", "casa"}


def clear_flow(ctx: Context) -> Context:
    """Forget the booking being built (not the guest's name or history)."""
    return dataclasses.replace(
        ctx, check_in=None, check_out=None, nights=None, month=None, month_part=None,
        guests=None, cabin=None, offers=(), cancel=None, misses=0, was=None,
    )  # fmt: skip


def absorb(ctx: Context, said: Understanding, *, awaiting_departure: bool = False) -> Context:
    """Merge what the guest just said about the stay into what we already knew.

    New dates replace old ones (a change of mind is honoured). When we just
    asked for the departure, a lone date after the arrival is the departure.
    """
    changes: dict[str, Any] = {}
    if said.check_in and said.check_out:
        changes.update(check_in=said.check_in, check_out=said.check_out, nights=None, month=None)
        # "entre el 10 y el 20, 3 noches": the window kept with its first stay; any other
        # dates leave it.
        window = said.window
        if window and not window[0] == said.check_in < said.check_out < window[1]:
            window = None  # a stay moved against the one on screen ("perdón, del 11"): none
        changes.update(window_end=window[1] if window else None)
    elif said.check_in:
        if awaiting_departure and ctx.check_in and said.check_in > ctx.check_in:
            changes.update(check_out=said.check_in)
        elif ctx.nights:
            out = said.check_in + dt.timedelta(days=ctx.nights)
            changes.update(check_in=said.check_in, check_out=out, month=None)
        elif ctx.check_out and ctx.check_in is None:
            # "hasta el 18" first, then "el 15": the arrival before the departure we have.
            arrival = arrival_before(ctx.check_out, said.check_in)
            changes.update(check_in=arrival or said.check_in, month=None)
            changes.update(check_out=ctx.check_out if arrival else None)
        else:
            changes.update(check_in=said.check_in, check_out=None, month=None)
    elif said.check_out:
        if ctx.check_in and said.check_out > ctx.check_in:
            changes.update(check_out=said.check_out)
        elif ctx.check_in is None:
            # "Hasta el 18" with no arrival yet: kept for when the arrival comes.
            changes.update(check_out=said.check_out, nights=None)
    elif said.nights:
        if ctx.check_in:
            out = ctx.check_in + dt.timedelta(days=said.nights)
            changes.update(check_out=out, nights=said.nights)
            # "2 o 3 noches entre el 1 y el 15", then "3 noches": still in the window.
            fits = ctx.window_end and out < ctx.window_end
            changes.update(window_end=ctx.window_end if fits else None)
        elif ctx.check_out:  # "hasta el 18", then "3 noches": back from the departure
            arrival = ctx.check_out - dt.timedelta(days=said.nights)
            changes.update(check_in=arrival, nights=said.nights)
        else:
            changes.update(nights=said.nights)
    if said.month and not (said.check_in or said.check_out):
        changes.update(month=said.month, check_in=None, check_out=None)
    if ("check_in" in changes or "check_out" in changes) and "window_end" not in changes:
        changes.update(window_end=None)  # a day said alone, or a month: no window now
    if "month" in changes:  # the part goes with its month: "a fines de enero", then "en marzo"
        changes.update(month_part=said.month_part if changes["month"] else None)
    if said.guests and 0 < said.guests <= MAX_GUESTS_ASKED:
        changes.update(guests=said.guests)
    elif said.extra_guests and ctx.guests:  # "somos uno más": added to the party we had
        # ... or taken from it ("somos uno menos"), never below one.
        changes.update(guests=max(1, min(ctx.guests + said.extra_guests, MAX_GUESTS_ASKED)))
    if not changes:
        return ctx
    return dataclasses.replace(ctx, misses=0, **changes)


def arrival_before(departure: dt.date, arrival: dt.date) -> dt.date | None:
    """The arrival for a departure said first: `arrival` when it falls in the month before
    the departure, else the same day of the departure's month (or the month before), as
    "el 15" after "hasta el 18 de marzo" means March 15, not the next 15th to come. Never
    before `arrival`, the NLU's next such day: earlier ones are past (or not what was said)."""
    for candidate in (
        arrival,
        _same_day(departure, arrival.day, 0),
        _same_day(departure, arrival.day, 1),
    ):
        if candidate and candidate >= arrival and 0 < (departure - candidate).days <= 31:
            return candidate
    return None


def _same_day(month_of: dt.date, day: int, back: int) -> dt.date | None:
    year, month = divmod(month_of.year * 12 + month_of.month - 1 - back, 12)
    try:
        return dt.date(year, month + 1, day)
    except ValueError:
        return None  # the 31st of a short month


# States in which a stay is being talked about (asked, listed, summed up or held).
STAY_IN_TALK = frozenset(
    {State.ASK_DATES, State.ASK_GUESTS, State.CHOOSE_CABIN, State.CONFIRM_HOLD,
     State.AWAIT_PAYMENT}
)  # fmt: skip


def in_month_of_talk(text: str, said: Understanding, ctx: Context, today: dt.date) -> Understanding:
    """Days given without a month belong to the month being talked about.

    With a March stay on screen, "¿y del 20 al 23?" means March, not the next 20th to
    come (December, in high season); the same after "en enero" or "Cambiar fechas" on
    a March stay (`ctx.month`). The message is read again as if today were the 1st of
    that month, and that reading wins when it lands in that month on the same days,
    not in the past ("el finde del 16" may become that month's weekend around the 16th).
    So a month the guest did write ("del 20 al 23 de abril"), "mañana" and "este finde"
    keep their own dates. Weekdays and weekends are read in the week of the stay
    (`in_week_of_talk`), and "la tercera semana" in its month (`_week_of_month`).
    """
    shifted = stay_shifted(text, said, ctx, today)
    if shifted is not said:
        return shifted
    said = in_week_of_talk(text, said, ctx, today)
    said = _week_of_month(text, said, ctx, today)
    said = _weekend_of_talk(text, said, ctx, today)
    month = ctx.month or (ctx.check_in.month if ctx.check_in else None)
    if not (month and said.check_in and said.check_in.month != month):
        return said
    years = (ctx.check_in.year,) if ctx.check_in else (today.year, today.year + 1)
    # "el finde del 26": the weekend around the 26th, whichever weekday the 26th is in each
    # month (read from today it may be Friday 25 to Sunday 27, in the month Friday 26 on).
    words = plain(text)
    number = _DAY_NUMBER_RE.search(words) if _WEEKEND_RE.search(words) else None
    for year in years:
        hinted = parse(text, dt.date(year, month, 1))
        if (
            hinted.check_in is not None
            and hinted.check_in >= today
            and hinted.check_in.month == month
            and (
                (
                    hinted.check_in.day == said.check_in.day
                    and _day_of(hinted.check_out) == _day_of(said.check_out)
                )
                # "el finde del 17": read alone, the 17th (or the weekend after it, the
                # 17th a weekday); in the month, the weekend around the 17th there
                or (number is not None and abs(hinted.check_in.day - int(number[0])) <= 6)
            )
        ):
            return hinted
    return said


_COUNT = r"(?P<n>una|un|otra|1|dos|2|tres|3)"
_COUNTS = {"una": 1, "un": 1, "otra": 1, "1": 1, "dos": 2, "2": 2, "tres": 3, "3": 3}
# "una noche más", "agregame un día", "sumale 2 noches", "una noche menos", "sacale una
# noche": the stay on screen made longer or shorter at its end.
_LONGER_RE = re.compile(
    rf"\b(?:(?:agreg|sum|añad|anad)\w* (?:(?:le|me|nos) )?{_COUNT} (?:noche|dia)s?"
    rf"|{_COUNT.replace('n>', 'm>')} (?:noche|dia)s? mas)\b"
)
_SHORTER_RE = re.compile(
    rf"\b(?:(?:sac|quit|rest)\w* (?:(?:le|me|nos) )?{_COUNT} (?:noche|dia)s?"
    rf"|{_COUNT.replace('n>', 'm>')} (?:noche|dia)s? menos)\b"
)
# "¿podemos llegar un día antes?", "entramos un día después": the arrival moved.
_ARRIVAL_MOVED_RE = re.compile(
    rf"\b(?:lleg|entr|ir|vamos|vayamos)\w* {_COUNT} dias? (?P<way>antes|despues)\b"
)
# "¿podemos pasarla una semana después?", "la corremos una semana", "¿se puede atrasar 2
# días?", "movela a la semana siguiente": the whole stay moved, its nights kept (the NLU
# reads "una semana" / "2 días" as a length). A verb of moving, a few words, then the span;
# "adelantar" or "antes" is earlier, anything else later.
_STAY_MOVED_RE = re.compile(
    r"\b(?P<verb>pas(?:ar|amos|emos|al)|corr(?:er|emos|amos|el)|muev|mov(?:er|emos|amos|el)"
    r"|adelant|atras|posterg|pospon)\w*(?: \w+){0,3}? "
    r"(?:(?P<n>una|un|1|dos|2|tres|3|4|5|6) (?P<unit>semana|dia)s?"
    r"(?: (?P<way>antes|despues|mas tarde|mas adelante))?"
    r"|(?:para |a )?la (?P<next>semana) (?:siguiente|que viene|de despues|despues))\b"
)
_SHIFT_COUNTS = {**_COUNTS, "4": 4, "5": 5, "6": 6}

_KEEP_RE = re.compile(r"\b(?:guard|esper|aguant|manten|banc)\w*")
# "No perdón, una noche más", "me equivoqué: 2 noches más": the change told just before is
# taken back and this one told instead (against the stay before it).
_TAKEN_BACK_RE = re.compile(
    r"^(?:no|nono|ups)?[ ,.!]*(?:perdon|perdona|disculpa|disculpame|me equivoque|quise decir"
    r"|mejor dicho)\b|\b(?:me equivoque|quise decir|mejor dicho)\b"
)


def _change_taken_back(words: str, ctx: Context) -> int:
    """The nights the guest's message before this one added to the stay's end (taken off:
    negative), when this one takes it back ("no perdón, una noche más"); else 0."""
    if len(ctx.history) < 2 or not _TAKEN_BACK_RE.search(words):
        return 0
    before = plain(ctx.history[-2])
    if _KEEP_RE.search(before) or stay_moved(before):
        return 0
    if found := _LONGER_RE.search(before):
        return _COUNTS[found["n"] or found["m"]]
    return -nights_fewer(before)


def nights_fewer(words: str) -> int:
    """ "Una noche menos", "sacale dos días" (plain text): the nights that come off the
    stay's end (0: none said)."""
    found = _SHORTER_RE.search(words)
    return _COUNTS[found["n"] or found["m"]] if found else 0


def stay_moved(words: str) -> int:
    """The days a whole stay is moved by ("pasarla una semana después": 7, "adelantarla 2
    días": -2) on plain text; 0 when none is said."""
    found = _STAY_MOVED_RE.search(words)
    if found is None:
        return 0
    if found["next"]:
        return 7
    days = _SHIFT_COUNTS[found["n"]] * (7 if found["unit"] == "semana" else 1)
    earlier = found["way"] == "antes" or found["verb"] == "adelant"
    return -days if earlier else days


def arrival_moved(text: str) -> bool:
    """ "¿Podemos llegar un día antes?": the arrival moved against the stay on screen."""
    return bool(_ARRIVAL_MOVED_RE.search(plain(text)))


def arrival_shift(words: str) -> int:
    """The days "¿podemos llegar un día antes?" / "entramos 2 días después" move the arrival
    by (plain text): negative for earlier, 0 when none is said."""
    found = _ARRIVAL_MOVED_RE.search(words)
    if found is None:
        return 0
    days = _COUNTS[found["n"]]
    return -days if found["way"] == "antes" else days


def stay_shifted(text: str, said: Understanding, ctx: Context, today: dt.date) -> Understanding:
    """A change told against the stay on screen, which the NLU reads as a new stay.

    "Una noche más" on a Monday-to-Thursday summary is Monday to Friday (read alone it is
    a one-night stay from the arrival); "¿y si llegamos un día antes?" moves the arrival;
    and a lone departure ("mejor hasta el 5", "¿y hasta el domingo?") is the first such
    day after the arrival on screen, not the next one from today. `said` itself when
    nothing of that is said (or there is no stay on screen).
    """
    if not (ctx.check_in and ctx.check_out) or said.check_in:
        return said
    words = plain(text)
    if _KEEP_RE.search(holds_on_first(text) or words):
        # "¿Me la guardás un día más?" asks about the hold, not for a one-night stay.
        relative = _LONGER_RE.search(words) and said.check_out is None
        return dataclasses.replace(said, nights=None) if relative else said
    check_in, check_out = ctx.check_in, ctx.check_out
    if moved := stay_moved(words):
        check_in += dt.timedelta(days=moved)
        check_out += dt.timedelta(days=moved)
    elif found := _LONGER_RE.search(words):
        check_out -= dt.timedelta(days=_change_taken_back(words, ctx))
        check_out += dt.timedelta(days=_COUNTS[found["n"] or found["m"]])
    elif fewer := nights_fewer(words):
        check_out -= dt.timedelta(days=_change_taken_back(words, ctx))
        check_out -= dt.timedelta(days=fewer)
    elif found := _ARRIVAL_MOVED_RE.search(words):
        days = _COUNTS[found["n"]] * (-1 if found["way"] == "antes" else 1)
        check_in += dt.timedelta(days=days)
    elif said.check_out and said.check_out <= check_in:
        hinted = parse(text, check_in + dt.timedelta(days=1))
        if hinted.check_in is not None or hinted.check_out is None:
            return said
        check_out = hinted.check_out
    else:
        return said
    if check_out <= check_in or check_in < today:
        return said
    nights = (check_out - check_in).days
    return dataclasses.replace(said, check_in=check_in, check_out=check_out, nights=nights)


# A weekday or a weekend named ("el miércoles", "del jueves al domingo", "el finde").
_WEEKDAY_RE = re.compile(
    r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana)s?\b"
)
_WEEKEND_RE = re.compile(r"\b(?:finde|fin de semana)\b")
_DAY_NUMBER_RE = re.compile(r"\b(?:[1-9]|[12]\d|3[01])\b")
# Said from today, not from the stay on screen: "mañana", "este sábado", "el finde que viene",
# "el otro finde" (the weekend after the stay: `handlers_search._weekend_after_stay`).
_FROM_TODAY_RE = re.compile(
    r"\b(?:hoy|manana|pasado|este|esta|estos|proxim[oa]s?|que viene|otro|siguiente"
    r"|semana que viene|dentro de)\b"
)


def in_week_of_talk(text: str, said: Understanding, ctx: Context, today: dt.date) -> Understanding:
    """Weekdays and weekends said while a stay is on screen belong to that stay's week.

    With Thursday to Sunday of Semana Santa on screen, "¿y si llegamos el miércoles?" is
    the Wednesday of that week (the day before), "del jueves al domingo" that Thursday to
    Sunday, and "¿y el finde?" that week's weekend, not the next ones from today. The
    message is read again as if today were the Monday of the stay's week, and that
    reading wins when its arrival falls in that week and is not in the past.
    """
    words = plain(text)
    if not (ctx.check_in and said.check_in and _WEEKDAY_RE.search(words)):
        return said
    if _FROM_TODAY_RE.search(words):
        return said
    monday = ctx.check_in - dt.timedelta(days=ctx.check_in.weekday())
    hinted = parse(text, monday)
    if (
        hinted.check_in is not None
        and monday <= hinted.check_in < monday + dt.timedelta(days=7)
        and hinted.check_in >= today
        and hinted.guests == said.guests
    ):
        return hinted
    return said


# "¿y la tercera semana?" after "la segunda semana de enero": a week of the month on screen.
_NTH_WEEK_RE = re.compile(
    # "la primer semana", "la tercer quincena": the short form before a feminine noun is
    # how many guests write it (the NLU reads both once the month is there).
    r"\b(?:primer|primera|segunda|tercer|tercera|cuarta|ultima|1ra|1era|2da|3ra|4ta)"
    r" (?:semana|quincena)\b"
    r"|\b(?:primer|segundo|tercer|cuarto|ultimo|1er|2do|3er|4to) (?:finde|fin de semana)\b"
)


def _week_of_month(text: str, said: Understanding, ctx: Context, today: dt.date) -> Understanding:
    """ "La tercera semana", "la segunda quincena", "el primer finde" without a month (which
    the NLU leaves unread): in the month of the stay on screen or being talked about, as
    if the guest had written it."""
    month = ctx.check_in.month if ctx.check_in else ctx.month
    if not month or said.month or not _NTH_WEEK_RE.search(plain(text)):
        return said
    if said.check_in and said.check_in.month == month:
        return said  # "el primer finde", read alone as this coming one: in the month already
    hinted = parse(f"{text.rstrip(' ?¿!.')} de {_MONTH_NAMES[month - 1]}", today)
    if hinted.check_in is None or hinted.check_in.month != month:
        return said
    return hinted


# "el del 8", "el de 15", "y el del 22?": a day standing for a weekend already talked about.
_THE_ONE_OF_DAY_RE = re.compile(r"^(?:y |bueno |dale )?(?:el |para el )?de(?:l)? (\d{1,2})$")
_WEEKEND_TALKED_RE = re.compile(r"\b(?:finde|fin de semana)( largo)?\b")


def _weekend_of_talk(text: str, said: Understanding, ctx: Context, today: dt.date) -> Understanding:
    """ "El del 8" right after "queríamos ir el finde largo de diciembre" (answered with
    "¿qué días de diciembre?"): that month's weekend (long, if so said) of the 8th, as if
    the guest had written "el finde largo del 8 de diciembre"; read alone it was an arrival
    on the 8th and the departure was asked."""
    month = ctx.month
    if not month or ctx.check_in or len(ctx.history) < 2 or said.check_out or said.nights:
        return said
    day = _THE_ONE_OF_DAY_RE.match(plain(text))
    weekend = _WEEKEND_TALKED_RE.search(plain(ctx.history[-2]))
    if day is None or weekend is None:
        return said
    long_weekend = " largo" if weekend[1] else ""
    hinted = parse(f"el finde{long_weekend} del {day[1]} de {_MONTH_NAMES[month - 1]}", today)
    if hinted.check_in is None or hinted.check_out is None:
        return said
    return dataclasses.replace(said, check_in=hinted.check_in, check_out=hinted.check_out)


_MONTH_NAMES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


def _day_of(date: dt.date | None) -> int | None:
    return date.day if date else None


def says_stay(said: Understanding) -> bool:
    """The message carries dates, nights, a month or a head count (or people added to it)."""
    stay = (said.check_in, said.check_out, said.nights, said.month, said.guests, said.extra_guests)
    return any(v is not None for v in stay)


def stay_of(ctx: Context) -> Stay | None:
    if ctx.check_in and ctx.check_out:
        return Stay(ctx.check_in, ctx.check_out)
    return None


async def cabin_by_slug(turn: Turn, slug: str | None) -> Cabin | None:
    if not slug:
        return None
    return next((c for c in await turn.cabins() if c.slug == slug), None)


# "la de 6", "la de cuatro": a cabin by how many it sleeps (a head count is "para 6").
_BY_CAPACITY_RE = re.compile(
    # "la d 4" too, and "la cabaña de 4" (not "una cabaña de 2 ambientes")
    # "esa de 6", "esta de 4": pointed at, as on the list
    r"\b(?:(?:la|una|el|uno|esa|ese|esta|este) d(?:e)?|la (?:cabana|casa) d(?:e)?"
    # a tourist's English: "the one for 4", "the cabin for 6"
    r"|the (?:one|cabin|house) for)"
    r" (\d{1,2}|dos|tres|cuatro|cinco|seis|ocho)\b"
    # not "una de 2 noches" nor "la de 6 de enero", but "la de 4 del 16 al 19" is the one for 4;
    # nor a child ("el de 2 años", "el de 2 duerme con nosotros")
    r"(?! (?:noches?|dias?|semanas?|de|anos|años|meses|duerme|duermen)\b| del\b(?! \d))"
)
_NUMBER_WORDS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "ocho": 8}


def named_cabin(text: str, cabins: list[Cabin]) -> Cabin | None:
    """A cabin the guest names by a distinctive word of its name ("la de Chapelco"), also
    misspelt ("la de kila", "chapleco"), or by its capacity when only one sleeps that many
    ("la de 6")."""
    words = set(plain(text).split())
    for cabin in cabins:
        distinctive = name_words(cabin.name)
        if distinctive & words:
            return cabin
    sounds = {_sound(w) for w in words if len(w) >= 4}
    for cabin in cabins:
        if any(_sounds_like(d, sounds) for d in name_words(cabin.name)):
            return cabin
    if found := _BY_CAPACITY_RE.search(plain(text)):
        size = int(found[1]) if found[1].isdigit() else _NUMBER_WORDS[found[1]]
        sized = [c for c in cabins if c.capacity == size]
        return sized[0] if len(sized) == 1 else None
    return None


# How a word sounds in Rioplatense Spanish, for names typed by ear ("kila" for Quila,
# "chapelko", "bosqe", "serro"): one spelling for each sound.
_SOUNDS = (
    ("ch", "X"),
    ("qu", "k"),
    ("q", "k"),
    ("ce", "se"),
    ("ci", "si"),
    ("c", "k"),
    ("z", "s"),
    ("v", "b"),
    ("ll", "y"),
    ("h", ""),
    ("w", "u"),
)


@functools.lru_cache(maxsize=4096)
def _sound(word: str) -> str:
    for spelt, sound in _SOUNDS:
        word = word.replace(spelt, sound)
    return word


def _sounds_like(name: str, sounds: set[str]) -> bool:
    """A name word the guest typed by ear, or with one letter off, doubled, missing or two
    swapped in a long word ("chapleco", "bosuqe"). Short words must sound the same: one
    letter off "cerro" is "perro", "lago" is "largo"; and a plural is another word ("hay
    bosques cerca?")."""
    sound = _sound(name)
    if sound in sounds:
        return True
    if len(name) < 6:
        return False
    return any(w != sound + "s" and _one_edit(sound, w) for w in sounds)


def _one_edit(a: str, b: str) -> bool:
    """`b` is `a` with one letter changed, added, dropped, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )  # fmt: skip
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1 :]


def capacity_not_party(text: str, said: Understanding, ctx: Context) -> Understanding:
    """ "La de 6 personas" from a party already told (4): the cabin named by how many it
    sleeps, not a new head count (the NLU reads "6 personas" as the party, and the summary
    said 6). A party said outright ("somos 6", "al final somos 6") is still a change."""
    if not (ctx.guests and said.guests) or said.guests == ctx.guests:
        return said
    words = plain(text)
    found = _BY_CAPACITY_RE.search(words)
    if found is None or _PARTY_TOLD_RE.search(words):
        return said
    size = int(found[1]) if found[1].isdigit() else _NUMBER_WORDS[found[1]]
    if size != said.guests:
        return said
    dropped = dataclasses.replace(said, guests=None, extra_guests=None)
    stay = said.check_in or said.check_out or said.nights or said.month
    if said.intent == "availability" and said.topics and not stay and "?" in text:
        # "¿La de 6 personas tiene 2 baños?": the head count made it a search; without it,
        # a question about that cabin.
        dropped = dataclasses.replace(dropped, intent="info")
    return dropped


# "somos 6", "seríamos 6", "vamos a ser 6", "al final 6": the party itself, beside a cabin
# ("vamos con la de 6" is no party).
_PARTY_TOLD_RE = re.compile(
    r"\b(?:somos|seriamos|seremos|vamos a ser|vamos|venimos|vendriamos|al final)"
    r" (?:como |unos |en total )?(?:\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
)


def named_cabins(text: str, cabins: list[Cabin]) -> list[Cabin]:
    """Every cabin named in `text` ("la de 4 y la de 6", "Chapelco y Quila"), in order."""
    found: list[Cabin] = []
    # "me gusta la del lago pero también la del bosque": each cabin in its own clause
    splits = r",|\by\b|\be\b|\bmas\b|\bo\b|\bentre\b|\bcon\b|\bque\b|\bpero\b|\btambien\b"
    for part in re.split(splits, plain(text)):
        cabin = named_cabin(part, cabins)
        if cabin is not None and cabin not in found:
            found.append(cabin)
    return found


# "no sé", "capaz", "mmm", "a ver", "no estoy segura": a doubt, never a yes at a
# decision prompt, whatever yes word comes with it ("sí... no sé, capaz"). On plain text.
DOUBT_RE = re.compile(
    # "no sé usar Mercado Pago", "no sé cómo se paga": know-how missing, no doubt
    r"\b(?:no se(?! (?:preocup\w*|olvid\w*|hace|cobra\w*|paga\w*|devuelv\w*|usar|usa|manejar"
    r"|como (?:se |lo |la )?(?:pag|usa|abon|hace|funciona)\w*))|nose|ni idea"
    r"|no (?:lo )?(?:sabemos|sabria|sabriamos)|no lo se"
    r"|capaz|quizas?|tal vez|a lo mejor|puede ser|no (?:estoy|estamos) segur[oa]s?"
    r"|a ver|m{2,}|h+m+|ehm*|duda\w*)\b"
)


def asks(turn: Turn) -> bool:
    """The guest typed a question ("¿...?" or a lone "?"): it is answered, not acted on."""
    return not turn.reply_id and "?" in (turn.msg.text or "")


def hesitant(turn: Turn) -> bool:
    """A typed doubt: at a decision prompt it holds, cancels and drops nothing."""
    return not turn.reply_id and bool(DOUBT_RE.search(turn.plain))


def defers(turn: Turn) -> bool:
    return not turn.reply_id and bool(LATER_RE.search(turn.plain))


# "soy Marta", "me llamo Juan Pérez", "hola, habla Carla": the guest says their name, at the
# start of the message or after a greeting. After "soy" or "habla" a capitalised word is a
# name ("soy de Córdoba", "soy celíaca" are not), a lowercase one only as _lowercase_name
# says; after "me llamo" any word is.
_NAME_RE = re.compile(
    r"(?:^|[,.!¡]\s*|\b(?P<hello>hola+|holis|buenas|buen dia|buen día|buenos dias|buenos días"
    r"|buenas tardes|buenas noches)\W+)"
    r"(?:(?P<sure>me llamo|mi nombre es)|soy|habla|te habla|les habla|te escribe|les escribe)"
    r"\s+(?P<name>[^\W\d_]{2,30})\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {"de", "del", "la", "el", "los", "las", "un", "una", "yo", "nuevo", "nueva", "quien",
     "que", "ella", "otro", "otra", "muy", "tan", "mas", "más", "con", "por", "para",
     "su", "tu", "mi", "amigo", "amiga", "cliente", "huesped", "huésped", "dueño", "dueña",
     "ingles", "inglés", "español", "portugues", "portugués"}
)  # fmt: skip


# What guests say they are ("Soy Docente", "soy Jubilada", "Soy Alta de
# Palermo jaja"), capitalised or not: never taken as a name (plain, no accents).
_NOT_NAMES_SOY = frozenset(
    {"alta", "alto", "baja", "bajo", "docente", "jubilada", "jubilado", "celiaca", "celiaco",
     "vegana", "vegano", "vegetariana", "vegetariano", "estudiante", "medica", "medico",
     "abogada", "abogado", "enfermera", "enfermero", "maestra", "maestro", "profesora",
     "profesor", "socia", "socio", "argentina", "argentino", "extranjera", "extranjero",
     "turista", "mama", "papa", "madre", "padre", "abuela", "abuelo", "diabetica",
     "diabetico", "alergica", "alergico", "pensionada", "pensionado", "casada", "casado",
     "soltera", "soltero", "chilena", "chileno", "uruguaya", "uruguayo", "brasilera",
     "brasilero", "porteña", "porteño", "cordobesa", "cordobes", "rosarina", "rosarino",
     "mendocina", "mendocino", "tucumana", "tucumano", "fan", "hincha", "periodista",
     "ingeniera", "ingeniero", "contadora", "contador", "arquitecta", "arquitecto",
     "discapacitada", "discapacitado", "embarazada", "menor", "mayor", "grande", "chica",
     "chico", "joven", "vieja", "viejo", "gorda", "gordo", "flaca", "flaco", "linda", "lindo"}
)  # fmt: skip


# "…Saludos cordiales, Marta.", "Atentamente, Marta Gómez", "…Gracias!\nMarta": a name
# signed at the very end. After "gracias" only on a line of its own: "Gracias, Pablo" is
# as often the host thanked by name.
_NAMED = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{1,29}"
_SIGNED_RE = re.compile(
    r"(?:(?i:saludos(?: cordiales)?|cordiales saludos|un saludo|atentamente|cordialmente"
    r"|atte|att|slds)[.!]*\s*[,\n]|(?i:gracias)[.!]*\s*\n)"
    rf"\s*(?P<name>{_NAMED})(?:[ \t]+(?P<second>{_NAMED}))?[\s.!]*$"
)


def _signed_name(text: str) -> str | None:
    found = _SIGNED_RE.search(text)
    if found is None or plain(found["name"]) in _NOT_NAMES_SOY | _NOT_NAMES:
        return None
    words = [found["name"], found["second"]] if found["second"] else [found["name"]]
    return " ".join(words[: given_names(words)])


# Endings of what a guest says they are, not of a first name ("soy despistada", "soy
# consultora", "soy física"), for a lowercase word after a greeting that no list knows.
_DESCRIPTION_ENDINGS = (
    "ado", "ada", "ido", "ida", "ista", "ente", "ante", "oso", "osa", "ora", "dor", "ble",
    "ico", "ica", "ivo", "iva", "ion",
)  # fmt: skip


def _lowercase_name(found: re.Match[str], name: str) -> bool:
    """ "soy maria", "hola soy yamila!": a name typed in lowercase after "soy" / "habla"
    (session 23; capitalised was the rule). Taken when it is a common first name
    (COMMON_FIRST_NAMES), or when it follows a greeting and stands alone, the message
    ending or a comma after it ("hola soy yamila, una consulta"), and reads as no
    description ("hola soy re despistada", "hola soy consultora, …"). "soy de Córdoba",
    "soy yo", "soy el que reservó" stay no name (_NOT_NAMES)."""
    word = plain(name)
    if word in COMMON_FIRST_NAMES:
        return True
    if not found["hello"] or word.endswith(_DESCRIPTION_ENDINGS) or len(word) < 3:
        return False
    return re.match(r"\s*(?:$|[,.!?¿¡;:]|[^\w\s])", found.string[found.end() :]) is not None


def said_name(text: str | None) -> str | None:
    """The first name the guest gives for themself in `text`, title-cased, or None.

    After "soy", "Soy X de Y" is not taken ("Soy Alta de Palermo", "soy socia de…": as
    often a description as a name, and a name missed costs less than a wrong one), nor
    what a guest is ("Soy Docente"). Two given names are kept ("Soy María José")."""
    text = text or ""
    for found in _NAME_RE.finditer(text):
        name = found["name"]
        if name.lower() in _NOT_NAMES or not (
            found["sure"] or name[0].isupper() or _lowercase_name(found, name)
        ):
            continue
        said_soy = plain(text[found.start() : found.start("name")]).endswith("soy")
        rest = text[found.end() :]
        if plain(name) in _NOT_NAMES_SOY or (said_soy and re.match(r"\s+de[l]?\s", rest)):
            continue
        second = re.match(r"\s+([^\W\d_]{2,30})\b", rest)
        if second and not (found["sure"] or second[1][0].isupper()):
            second = second if name.islower() and plain(second[1]) in SECOND_GIVEN else None
        words = [name, second[1]] if second else []
        if len(words) == 2 and given_names(words) == 2:
            return " ".join(w[0].upper() + w[1:].lower() for w in words)
        return name[0].upper() + name[1:].lower()
    return _signed_name(text)


def miss(ctx: Context) -> Context:
    return dataclasses.replace(ctx, misses=ctx.misses + 1)


def understood(ctx: Context) -> Context:
    return dataclasses.replace(ctx, misses=0) if ctx.misses else ctx


# "Esperá, …", "uy espera mejor…" opening a message (lowercase, no accents, punctuation
# kept): a hold-on interjection before what follows, not "esperame un día más" (the hold).
_HOLD_ON_FIRST_RE = re.compile(
    r"^\W*(?:(?:ah|uh|eh|uy|ay|no|nono|no no|y|che)[ ,]+){0,2}"
    r"(?:espera|esperame|esperen|aguarda|aguardame|pera|para)"
    r"(?:[ ,]+(?:espera|para|pera))?(?:\s*[,.!…]+|\s+(?=mejor\b))"
)


# What follows a hold-on when it is a cabin chosen instead: "mejor la de 4", "prefiero la
# del lago", "cambiame a la otra" (plain text).
_OTHER_CHOICE_RE = re.compile(
    r"^(?:(?:no|mejor|entonces) )*(?:mejor|prefiero|preferimos|quiero|queremos|dame|danos"
    r"|vamos con|me quedo con|nos quedamos con|cambiame a|cambiala por|pasame a) (?:la|el) \w"
)


def holds_on_first(text: str) -> str | None:
    """The rest of a message that opens with a hold-on ("esperá, mejor una noche más": "mejor
    una noche más"), as plain text; None when it opens otherwise."""
    found = _HOLD_ON_FIRST_RE.match(unaccented(text.lower()))
    return plain(unaccented(text.lower())[found.end() :]) if found else None


def put_off(turn: Turn, ctx: Context, state: State, pending: str) -> Step | None:
    """ "Después te aviso", "esperá que le pregunto a mi marido": no question again, and
    nothing held or dropped. A question asked with it ("esperá, ¿tiene wifi?") is answered."""
    if not defers(turn) or asks(turn):
        return None
    rest = holds_on_first(turn.msg.text or "")
    if rest and (says_stay(turn.said) or _OTHER_CHOICE_RE.match(rest)):
        # "esperá, mejor una noche más", "nono, esperá, mejor la de 4": the stay or the
        # cabin corrected, no pause
        return None
    return step(state, understood(ctx), nudge(pending, later=True))


def missed(ctx: Context, state: State, *prompt: Outbound) -> Step:
    ctx = miss(ctx)
    if ctx.misses >= 2:
        return step(state, ctx, not_understood(ctx.misses))
    return step(state, ctx, *prompt)


def local_time(moment: dt.datetime | None, rules: BookingRules) -> dt.time | None:
    return moment.astimezone(rules.tz).time() if moment else None


def link_is_demo(app: web.Application) -> bool:
    return PAYMENTS not in app or app[SETTINGS].mercadopago_demo


async def payment_link(app: web.Application, reservation: Reservation) -> tuple[str | None, bool]:
    """(the deposit link or None while Mercado Pago is unreachable, whether it is a demo link)."""
    gateway = app.get(PAYMENTS)
    if gateway is None:
        # The payments package is not wired in this deployment: a clearly labelled demo link.
        base = app[SETTINGS].public_base_url
        return f"{base}/demo/checkout/{reservation.code}", True
    try:
        url = await gateway.link_for(reservation)
    except Exception:
        # The gateway retries on its own and fires payment_link_ready later.
        log.exception("payment link failed for a hold")
        url = None
    return url, link_is_demo(app)


def asks_per_night(turn: Turn) -> bool:
    """A night's price asked ("¿y por noche?", "x noche cuánto es?"), not the total."""
    if turn.reply_id:
        return False
    if A_NIGHT_RE.match(turn.plain):
        return True
    priced = turn.intent == "prices" or bool(PRICE_HINT_RE.search(turn.plain))
    return priced and bool(PER_NIGHT_RE.search(turn.plain))
