"""Rule-based understanding of guest WhatsApp messages (Argentine Spanish).

``parse(text, today)`` turns one free-text message into an :class:`Understanding`:
the intent plus whatever stay data it carries (dates, nights, guests, a month,
info topics, a menu choice, yes/no). It is pure, standard-library only and
fast (well under a millisecond per message), because it runs on every inbound
message and its behaviour must be predictable and unit-testable. Every decision
is a small rule; the ones a reader could disagree with are explained where
they live.

Intent precedence (the first that applies wins)::

    human > cancel > info about an existing booking > book > prices
          > availability > info > thanks > greeting > unknown

* ``human`` and ``cancel`` first: a guest asking for a person or cancelling must
  never be swallowed by the booking flow, whatever else the message says. Asking
  to change an existing booking ("cambiar la fecha de mi reserva", "tengo una reserva
  del 20 al 23 y quiero agregar una persona", "reservé para 4 y al final somos 6") is
  ``human``; a bare "quiero cambiar las fechas" is ``availability`` (mid-booking nothing
  is booked yet; the handlers catch a paid stay by its text). Problems at the cabin and
  complaints ("me cobraron dos veces", "no es como en las fotos") and nobody answering
  ("nadie me contesta") are ``human`` too. "¿Hay alguien?" asks for a
  person, "¿hay alguien para recibirnos?" / "¿hay alguien en la cabaña cuando llegamos?"
  how arriving works (``info``, topic ``checkin``); "¿sos un bot?" is ``human`` (who asks
  doubts the machine: a person answering serves them, "no te entendí" would not), a bot
  addressed ("gracias bot") is not; an invoice ("¿me hacés factura A?") is ``human``,
  no topic answers it. A question about the cancellation policy ("¿si cancelo me
  devuelven la seña?", "si llueve y cancelo, ¿pierdo la seña?") is ``info`` with topic
  ``cancellation``, not ``cancel``, and so are its terms asked ("¿se puede cancelar sin
  cargo?", "¿hasta qué día se puede cancelar?"); "¿se puede cancelar?" alone cancels.
* A question about the guest's booking ("tengo una duda con la reserva") and a payment
  reported as made ("ya te pagué", "te transferí el sábado", "ya pude pagar"; not "no
  pude pagar") are ``info``, the latter with topic ``payment`` and no stay: the bot looks
  up their reservation. Asking which bookings they have ("mis reservas", "¿cuáles
  reservas me quedan?") is never ``book``.
* "Ya reservé del 15 al 18, ¿a qué hora es el check in?" is ``info``: the dates
  describe the guest's booking, the question is the point.
* ``book`` needs an explicit booking word ("reservar", "quiero hacer la reserva",
  "señar", "lo tomo", "la quiero", "quiero esa", "me la confirmás"); a bare "¿me
  confirmás?" or "confirmame" names nothing to book and is not one. ``prices`` needs a
  price word ("cuánto sale", "precio"); what booking costs is one ("¿cuánto sale
  reservar?"), what the price includes is not ("¿el precio incluye desayuno?": the topic).
  Both keep the dates and guests they found, so "cuánto sale del 15 al 18 para
  2" is ``prices`` with dates and guests filled in.
* ``availability`` is any stay data (dates, nights, guests, a month, "el finde")
  or an availability word ("hay lugar", "disponibilidad"), so "hola, ¿tienen
  lugar para 4 el finde?" is ``availability``, not ``greeting``.
* ``info`` needs a topic (see TOPICS) or a generic "info"/"información"/"¿cómo son las
  cabañas?". A month as the only stay data beside a question about a topic ("¿la pileta
  está abierta en octubre?") is ``info``: when the thing is asked about, no stay. A time
  asked on the one day of a stay the guest has ("llegamos el viernes tipo 23, ¿hay
  problema?") is ``info`` despite that day.
* ``thanks`` beats ``greeting`` ("hola, gracias" closes a conversation); a goodbye
  ("chau", "nos vemos", "hasta mañana") is ``thanks`` too, with ``farewell`` set so
  the bot says goodbye rather than "de nada". A date after "nos vemos", or after
  "hasta" alone or following a thanks or goodbye ("gracias, hasta el sábado"), asks
  for no stay; "hasta el domingo" alone is still a departure. A goodbye closing the message
  counts too ("ya reservamos! nos vemos el viernes"); a confirmation asked about ("¿cuándo
  llega la confirmación?") is ``info``, a booking already made.
* A message that is only a menu pick ("2", "la 2", "la segunda") is ``unknown``
  with ``choice`` set; a bare "sí"/"no" is ``unknown`` with ``affirm``/``deny``.
  "el 4" / "para el 4" / "el quince" alone are days (``availability``), with
  ``choice`` still set for a list of options.
* ``affirm``/``deny`` answer a confirmation ("¿Confirmo?", "¿Seguro?"), so a doubtful
  yes is no yes: a "no" beside a yes word wins ("claro que no"); a whole message of yes
  words is a yes ("bueno", "va", "metele", "¿cómo no?", but not "¿seguro?"); a yes that
  defers ("ok, después te aviso", "dale, lo pienso", "sí, después te confirmo") or adds a
  condition ("sí, pero para 3") is neither; "no, para el 20" / "no, somos 4" correct the
  stay and are no ``deny``; "la quiero" is ``book`` without ``affirm`` (at "¿seguro que
  cancelo?" it means keep it), and so is "no, la quiero": a "no" written apart and taken
  back by a want or a cancel order ("no, mejor cancelala") is no ``deny``.
* Foreign tourists' English: greetings, thanks, availability, prices, booking, a person
  and a few topics, and simple dates ("from dec 15 to 18 for 2", "this weekend", "tomorrow
  for 2 nights", "from friday to sunday", "we are 4") through word mappings; "next
  weekend" (this coming one or the one after?) gives no dates. A few words of Brazilian
  Portuguese the same way ("bom dia", "obrigado", "tem vaga?", "quanto custa?"). A wave
  "👋" alone is a hello; "hola, no era para vos" (the wrong chat) is ``unknown``.

Date conventions: day first; a date without a year is the first one on or after
``today``; a day without a month is this month if not past, else next month; in
a range a month or year named once applies to both ends; ``check_out`` is the
departure day; a length before a day named ends on it ("una semana antes del 20" = 13 → 20,
"dos noches antes de Navidad" = 22/12 → 24/12); a length in months is calendar months
("un mes desde el 1/2" leaves on 1/3; from 31/1 on the last day of February); "de 14 a
16" right after a date is a time of that day, not days, and so is one after a schedule's
word ("trabajo de 9 a 18", "¿abren de 8 a 20?") or with "hs" after it ("entre 14 y 16
hs"); a date with a year before 2000 ("nacimiento: 03/04/1990") is no stay (session 24).
Details live next to the code that implements them.

A month named apart from monthless days gives them its month ("enero 2027, del
10 al 15", "dos semanas en enero desde el 2", "del 10 al 15 del mes que viene").

Holidays by name are stays: Semana Santa (or "pascuas") is Holy Thursday in, Easter
Sunday out; Carnaval is Saturday in, Tuesday out (its Monday and Tuesday are 48 and
47 days before Easter); Navidad (or "Nochebuena") is 24/12 in, 26/12 out; Año Nuevo
and "fin de año" are 31/12 in, 2/1 out; Reyes (after "para", "de", "pasando"...: it is a
surname too) is 5/1 in, 7/1 out; "el finde largo de carnaval" is Carnaval. "Antes de
Navidad" (or of a day: "antes del 20, 3 noches") leaves on its first day; "después de
Navidad", "pasando Año Nuevo" arrive on the day its stay ends (26/12, 2/1); "el finde
antes de Carnaval" is the last whole weekend before it, "el finde después de Carnaval" the
first from the day its stay ends; "la noche de Año Nuevo" is one night (31/12 → 1/1).
The next one that has not started, unless a year is written; after a wish ("¡feliz
Navidad!", "felices pascuas") there is no stay. "La primera/segunda/tercera/cuarta/
última semana de marzo" is seven nights from the 1st/8th/15th/22nd, or the month's
last seven days; "la semana del 4 de enero" is seven nights from the 4th, like "una semana
desde el 4" ("la semana del 3 al 10" keeps its end). Days written win over the holiday or
week they fall in ("semana santa, del 24 al 28"), and without a month take the holiday's:
the start goes to the month (the holiday's, the one before or after) that puts it nearest
the holiday, the end rolls forward ("año nuevo, del 30 al 2" = 30/12 → 2/1). "El finde
largo de noviembre" gives the month only, even in November: a long weekend is a holiday's,
and the moved holidays' dates are set by decree each year ("este finde largo" is the coming
one); "el finde largo del 12" with the 12th a Monday is Friday to that Monday, the holiday,
and so is "el finde del 12" (a Monday named is a holiday's); "el finde del 14" with the
14th a Tuesday to Thursday is that week's Friday to Sunday, unless the 14th is a holiday on
a fixed date ("el finde del 8 de diciembre" on a Tuesday): then it is the long weekend the
holiday makes, as "el finde largo del 8" (session 18). "Para la semana que viene" is
a stay with no days (the bot asks which).
A holiday not named ("el próximo feriado", "para el feriado", "el feriado que viene") is the
next national holiday's long weekend (session 21): the free days in a row that hold it
(weekends, Ley 27.399's holidays with the movable ones moved by its rule, Holy Thursday, the
Monday or Friday a Tuesday or Thursday holiday bridges), in on the first (the Friday when
that is a Saturday) and out on the last; a Wednesday alone is that day, no departure. "El
próximo finde largo" / "el finde largo que viene" is the next such run of three days or more
("el finde largo" alone stays the coming Friday to Monday: the guest says it is long).
"En un mes", "dentro de 2 meses" (like "en 15 días") is the arrival that many calendar
months from today; "un mes y pico" is none. "Del año que viene" / "del próximo año" is next
year by its number ("la última semana del año que viene"), "de este año" this one's.
A range of days without a month whose end the arrival's month lacks ("del 27 al 31" on
27/11) is the next month's that has it (27/12 → 31/12). A date its month lacks ("31 de
abril", "30 de febrero", "29 de febrero" when the coming February has 28 days) gives no
dates: ``no_such_date`` and its month, and the bot says so and asks.
"A fin de mes" is this month and no days (the bot asks which), like "a fines de
diciembre"; after a payment ("te pago a fin de mes", "transfiero el mes que viene") a
month says when the guest pays, not when they stay, and so does a day ("te deposito el 5",
"el resto el 15"; session 24). The part of the month named is
``month_part`` (session 22): "a principios de marzo" ``early``, "a mediados de enero"
``mid``, "a fines de diciembre" / "los últimos días de enero" / "a fin de mes" ``late``
(the thirds: 1-10, 11-20, 21 on), a window and still no days, as CONTRACT §6 gives a
month alone; "a mediados de mes" / "a principios de mes" are next month's once that part
of this one is past. The bot says the window back and asks the days in it.
A day named as a holiday ("el feriado del 8", "el puente del 7", "el finde largo del 8
de febrero") is the long weekend it makes by the holidays' table: the free days in a row
around it (a movable holiday named by its date moves first: "el 12 de octubre" of 2027 is
Monday the 11th), Friday in when they start on a Saturday, out on the last (Carnaval's
Tuesday, the Sunday after a Friday holiday); a Wednesday alone is that day. Without a
month, "el feriado del 24" is the next 24th that is a holiday. A range whose two ends name
their weekdays ("del viernes 12 al domingo 14", "del 12 al 14 (vie a dom)") is the first
month ahead where both fall so (session 22).

Corrections take back what they name: "no somos 4, somos 3", "no era del 15, era del 16
al 19", "del 16 no, del 17 al 20", "en vez del 12 al 15, del 13 al 16", "es de diciembre,
no de enero, del 3 al 6". A lone "no, somos 4" / "no, del 16 al 19" is the correction itself.

Guests: people added to a party told before ("una persona más", "somos uno más", "se
suma uno más", "¿hay lugar para dos más?") are no party size: ``guests`` is None and
``extra_guests`` says how many (the conversation adds them to the party it has); with a
count beside them ("somos 4, se suma uno más") ``guests`` is the sum. Someone asked
about ("¿hay una persona de mantenimiento?") and a pet ("¿aceptan perros? tenemos uno
chiquito") count no one. Adding them by name ("quiero agregar una persona", "¿podemos
sumar 2?") is extra too; "agregar una persona a mi reserva" changes a booking (``human``).
People dropped ("somos uno menos", "una persona menos") are a negative ``extra_guests``
(round 25: they read a party of one); beside a count ("uno menos, somos 3") the count.
Units that share a party multiply it: "3 cabañas para 4 personas cada una" = 12, "2 parejas
con un nene cada una" = 6; a total stated ("seríamos 6 en total") counts kids named bare.
Kids named by their ages count one each ("mi marido y yo con nuestras hijas de 4 y 9" =
4); kids who cannot be the whole party are added to it ("somos 2 con 2 chicos" = 4, but
"somos 5 con 3 chicos" = 5), and kids with no count or ages beside a party ("somos
nosotros dos y los chicos") leave its size unknown.

Known limits: other holidays by name ("el 25 de mayo" as a long weekend) give no stay
beyond their date; vague periods ("a fines de diciembre") give at most a month and its part
("la primera/segunda quincena de enero" is its half month's nights: 1 → 16/1, 16/1 →
1/2; "el 2do finde de enero" its second Friday to Sunday; two days around a length at
least two nights shorter, "entre el 10 y el 20 de marzo, 3 noches", are a window: check_in
/ check_out its first such stay, 10/3 → 13/3, and ``window`` the days said, decided so in
session 24); a length in months with no start ("un mes", "todo enero") gives no dates;
"el finde largo del 8" with the 8th a Wednesday and no holiday run around it gives only
that day;
one weekday beside a day that does not fall on it ("el sábado 31") keeps the day if
neither this month nor the next has it so; "me voy el domingo" alone is read as a start,
not a departure; numbers of people written after their noun are counted only in
a form-like message that starts that way ("adultos: 2, menores: 1") or one labelled line
each ("Personas: 5\nVehículos: 2", see ``nlu_form``); "no quiero cancelar"
opening the message still cancels (without punctuation it cannot be told from "no, quiero
cancelar"), unless what follows says so ("no quiero cancelar todavía"); a "no" after other
words ("tranqui, no cancelamos", "por ahora no reservo") negates the word it precedes.

This module holds the contract (``Understanding``, ``INTENTS``, ``parse``, with
``normalize`` and ``TOPICS`` re-exported) and assembles the stay data; the rules
live in sibling modules, each depending only on those listed before it:
``nlu_vocab`` (word tables), ``nlu_patterns`` (keyword regexes, ``TOPICS``),
``nlu_text`` (normalisation, typo correction, canonical text), ``nlu_tokens``
(masking and tokens), ``nlu_dates`` (dates, ranges, weekends, nights),
``nlu_guests`` (party size) and ``nlu_intents`` (topics, yes/no, choices, intent).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.nlu_dates import (
    _add_months,
    _drop_echoes,
    _drop_taken_back,
    _ends_before,
    _find_months,
    _find_nights,
    _find_points,
    _give_holiday_month,
    _months_later,
    _night_of_holiday,
    _no_such_date,
    _nth_weekend,
    _one_night_of,
    _pick_range,
    _Point,
    _resolve_stay,
    _week_from,
    _weekend,
    _weekend_around,
    _weekend_holiday,
    _weekend_ordinal,
    _word_before,
)
from bot.nlu_form import form_fields
from bot.nlu_guests import _find_guests
from bot.nlu_intents import (
    WAVE,
    _affirm_deny,
    _asks_price,
    _cancel_kind,
    _choice,
    _decide_intent,
    _topics,
    _wants_booking,
    reports_problem,
    urgency,
)
from bot.nlu_patterns import (
    _AVAIL_RE,
    _CORRECTION_RE,
    _DAY_ANSWER_RE,
    _DEFERRAL_RE,
    _FAREWELL_RE,
    _GREETING_RE,
    _HOLD_UNTIL_RE,
    _MONTH_PART_RE,
    _NEXT_YEAR_RE,
    _PAID_REPORT_RE,
    _PAY_WHEN_RE,
    _RELATIVE_MONTH_RE,
    _RETRACTED_NO_RE,
    _SEE_YOU_AT_RE,
    _SEE_YOU_RE,
    _SLASH_DAYS_RE,
    _THIS_YEAR_RE,
    _WEEK_OF_MONTH_RE,
    BOOKED_ON_RE,
    LENGTH_NOT_WANTED_RE,
    PAST_STAY_RE,
    PAY_DAY_RE,
    STAY_OR_RE,
    TOPICS,
    WEATHER_DAY_RE,
)
from bot.nlu_text import _canonicalize, normalize
from bot.nlu_tokens import _mask_noise, _text_at, _Tok, _tokenize

__all__ = ["INTENTS", "TOPICS", "Understanding", "normalize", "parse"]

INTENTS: tuple[str, ...] = tuple(
    "greeting availability book prices info cancel human thanks unknown".split()
)


@dataclass(frozen=True, slots=True)
class Understanding:
    """What one message says. Fields the message does not mention are None/False/empty."""

    intent: str
    check_in: date | None = None
    check_out: date | None = None  # departure day: check_out - check_in == nights
    guests: int | None = None
    # People added to a party told before: "una persona más", "somos uno más", "se suma
    # uno más" = 1, "dos más" = 2 (guests None then; with a count beside it, "somos 4, se
    # suma uno más", guests is the sum, 5). The conversation adds them to the party it has.
    # Negative for people dropped: "somos uno menos" = -1.
    extra_guests: int | None = None
    nights: int | None = None  # stated ("3 noches", "una semana") or derived from the dates
    month: int | None = None  # a month named without days ("en enero"); only when no dates
    # The part of that month named ("a principios de marzo" "early", "a mediados de enero"
    # "mid", "a fines de diciembre" / "a fin de mes" "late"): a window, not days (session
    # 22). Only beside ``month``; the bot asks which days, its example in the window.
    month_part: str | None = None
    # That month's long weekend asked ("el finde largo de diciembre", "el feriado largo de
    # marzo"): only beside ``month``, as its days are set by decree (the bot names them).
    long_weekend: bool = False
    topic: str | None = None  # first info topic mentioned (see TOPICS)
    topics: tuple[str, ...] = ()  # every info topic mentioned, in order of appearance
    choice: int | None = None  # a picked option: "2", "la 2", "opción 2", "la segunda"
    affirm: bool = False  # "sí", "dale", "ok", "confirmo", "de una"
    deny: bool = False  # "no", "nop", "no gracias", "mejor no"
    greeted: bool = False  # the message contains a greeting (so the bot can greet back)
    farewell: bool = False  # a goodbye opens or closes it ("chau", "…, nos vemos")
    wished: bool = False  # a wish that closes the chat: "buen finde", "felices fiestas"
    problem: bool = False  # something wrong at the cabin, told: "no anda el wifi" (human)
    # An emergency told (human, and a problem): "gas", "fire", "injury", "flood",
    # "no_water", "locked_out", "robbery" or "other" ("no anda el calefón, es urgente").
    urgent: str | None = None
    paid: bool = False  # reports a payment made: "ya te pagué", "te transferí el sábado"
    # A date written that its month does not have: "31 de abril", "30 de febrero", "29 de
    # febrero" when the coming February has 28 days, as (day, month, year). No dates then,
    # and ``month`` is that month: the bot says so and asks which day (session 21).
    no_such_date: tuple[int, int, int] | None = None
    # The other of two stays told as alternatives ("del 10 al 13 o del 17 al 20", "el 10
    # por 2 o 3 noches": check_in/check_out are the first said, this the other), as
    # (arrival, departure). Session 23: the bot listed one and never said the other.
    other_stay: tuple[date, date] | None = None
    # The other of two lengths told with no arrival ("¿tienen lugar 2 o 3 noches?": nights
    # is 2, this 3; "2 o 3 noches entre el 1 y el 15": the window's other length).
    other_nights: int | None = None
    # Two days said around a shorter length ("entre el 10 y el 20 de marzo, 3 noches", "del
    # 10 al 20 queremos 4 noches", "alguna semana entre el 5 y el 25 de enero"): where the
    # stay may fall, as (first arrival, last departure). Decided so (session 24): nights is
    # the length said, and check_in/check_out the first stay of it in the window (10/3 →
    # 13/3), as "la segunda quincena de enero, una semana" reads; a reader that knows no
    # window quotes that stay, never the whole span. Only two days of the message itself,
    # joined "entre … y" / "del … al" / "desde … hasta", and a length at least two nights
    # shorter than them.
    window: tuple[date, date] | None = None
    text: str = ""  # normalize(text), for logging and debugging


# ---------------------------------------------------------------------------
# Stay data
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Stay:
    check_in: date | None = None
    check_out: date | None = None
    nights: int | None = None
    months: int | None = None  # a length in calendar months ("un mes desde el 1")
    guests: int | None = None
    extra_guests: int = 0
    month: int | None = None
    month_part: str | None = None
    long_weekend: bool = False  # the month's long weekend, its days cleared (below)
    weekend: bool = False
    no_such_date: tuple[int, int, int] | None = None
    window: tuple[date, date] | None = None  # see Understanding.window


def _find_stay(canon: str, today: date, booking_words: bool, raw: str = "") -> _Stay:
    if not booking_words and (see_you := _SEE_YOU_AT_RE.search(canon)):
        # "gracias, nos vemos el 15" / "nos vemos el sábado": a goodbye to a guest who
        # already booked; the date after it asks for no stay (what comes before still counts).
        canon = canon[: see_you.start()]
    canon = _HOLD_UNTIL_RE.sub(_without_when, canon)
    canon = BOOKED_ON_RE.sub(_without_when, canon)  # "reservé el martes": made, not a stay
    canon = PAST_STAY_RE.sub(_past_stay_out, canon)  # "fuimos del 3 al 10": had, not wanted
    canon = WEATHER_DAY_RE.sub(_without_when, canon)  # "mañana llueve?": the weather's
    canon = PAY_DAY_RE.sub(_without_when, canon)  # "te deposito el 5": paid, not a stay
    if " mes" in canon:  # a cheap guard: "la 1ra semana del mes que viene" by its name
        canon = _WEEK_OF_MONTH_RE.sub(lambda m: _month_written(m, today), canon)
    if " ano" in canon:  # a cheap guard: "del año que viene" written as the year it is
        canon = _NEXT_YEAR_RE.sub(f"de {today.year + 1}", canon)
        canon = _THIS_YEAR_RE.sub(f"de {today.year}", canon)
    if "/" in canon:  # a cheap guard: most messages have no slash
        canon = _SLASH_DAYS_RE.sub(_slash_days, canon)
    toks = _tokenize(_mask_noise(canon))
    if _bare_pair(toks):
        return _Stay()
    points, named, holidays = _find_points(toks)
    points = _drop_taken_back(toks, _drop_echoes(toks, points, today), raw)
    relative = _RELATIVE_MONTH_RE.search(canon)
    if relative and not _PAY_WHEN_RE.search(canon, 0, relative.start()):
        said = relative.group(0)
        delta = 0 if said.startswith(("este", "fin")) else 1
        if (last := _part_last_day(said)) is not None:  # "a mediados de mes"
            delta = 0 if today.day <= last else 1
        named.append(_add_months(today.year, today.month, delta)[::-1])
    if named:
        _give_month(points, named, bool(_EARLY_MONTH_RE.search(canon)))
    else:
        _give_holiday_month(points, holidays, today)
    no_such_date = _no_such_date(points, today)
    if no_such_date:  # "31 de abril": no dates; the month, and the bot says it has no 31
        points = []
        named = [(no_such_date[1], no_such_date[2])]
    months = [month for month, _ in named]
    nights = _find_nights(toks)
    points = _ends_before(toks, points, nights)
    stay = _Stay(nights=nights, months=None if nights else _find_months(toks))
    stay.no_such_date = no_such_date
    # Both ends, or a start and a stated length: "x 2" after the date can only be people.
    # "la semana del 14 x 2" is a week from the 14th (_week_from): a stay with its length.
    ranged = len(points) > 1 or bool(nights or stay.months)
    ranged = ranged or (len(points) == 1 and _week_from(toks, points[0], None))
    stay.guests, stay.extra_guests = _find_guests(toks, canon, ranged)
    # A pasted form's labelled lines ("Personas: 5\nVehículos: 2", "Noches: 3") say what
    # each number counts.
    form_guests, form_nights = form_fields(raw)
    stay.guests = form_guests or stay.guests
    stay.nights = stay.nights or form_nights
    weekend_at = next((i for i, t in enumerate(toks) if t.text == "finde"), None)
    stay.weekend = weekend_at is not None
    context = booking_words or bool(stay.guests or stay.nights or stay.months or stay.weekend)
    points = _keep_points(points, canon, context, len(toks))
    start, end, listed = _pick_range(toks, points)
    stay.check_in, stay.check_out = _resolve_stay(
        start, end, today, listed, stay.nights, stay.months
    )
    if stay.nights and start is not None and start.kind == "holiday" and stay.check_in:
        # "para año nuevo 3 noches": the holiday's arrival, the length stated its departure.
        stay.check_out = stay.check_in + timedelta(days=stay.nights)
    spanned = start is not None and start.vague and start.kind == "explicit"
    if spanned and stay.check_in and stay.check_out and stay.check_in < today < stay.check_out:
        stay.check_in = today  # "la última semana del mes" under way: what is left of it
    if spanned and stay.nights and stay.check_in and stay.check_out:
        # "la segunda quincena de enero, una semana": that many nights from the span's
        # start, not the whole half month (a span shorter than the nights keeps its end:
        # the stated length wins below).
        if (stay.check_out - stay.check_in).days > stay.nights:
            stay.check_out = stay.check_in + timedelta(days=stay.nights)
    spans = bool(stay.check_in and stay.check_out) and _window_said(toks, start, end)
    if spans and not LENGTH_NOT_WANTED_RE.search(canon):
        length = stay.nights or (7 if _week_somewhere(toks) else 0)
        if 0 < length < (stay.check_out - stay.check_in).days - 1:
            # "entre el 10 y el 20 de marzo, 3 noches": the first 3 nights in there. A span
            # one night longer than the length is a miscount, not a window ("del 15 al 18 x
            # 2 noches" stays the 15th to the 18th, as before).
            stay.window = (stay.check_in, stay.check_out)
            stay.nights, stay.check_out = length, stay.check_in + timedelta(days=length)
    if stay.nights is None and weekend_at is None and _one_night_of(toks, start, end):
        stay.nights = 1
    if stay.nights is None and start and start.kind == "holiday" and stay.check_in:
        if _night_of_holiday(toks, start.pos):  # "la noche de Año Nuevo": that one night
            stay.check_out = stay.check_in + timedelta(days=1)
    if start is not None and start.off and weekend_at is None and stay.check_out is None:
        # "el feriado del 8", "el puente del 7": the long weekend that holiday makes, as
        # "el finde largo del 8" (a Wednesday alone stays its day: the bot asks).
        if (day := stay.check_in) is not None:
            long_weekend = not _weekend_holiday(day)  # on a Saturday: Friday to Sunday
            stay.check_in, stay.check_out = _weekend_around(day, long_weekend, today, True)
        if stay.nights and stay.check_in:  # "el feriado del 8, 2 noches": from its arrival
            stay.check_out = stay.check_in + timedelta(days=stay.nights)
    if stay.nights is None and _week_from(toks, start, end):
        stay.nights = 7  # "la semana del 4 de enero": a week from the 4th
    if weekend_at is not None:
        apart = named[0] if len(set(months)) == 1 else None
        if not points and (nth := _nth_weekend(toks, weekend_at, today, apart)):
            stay.check_in, stay.check_out = nth  # "el primer finde de enero"
        _apply_weekend(stay, toks, weekend_at, today)
        # "el finde de diciembre": some weekend of that month, we cannot tell which. "El
        # finde largo de noviembre" even in November: a long weekend is a holiday's, and the
        # dates of the moved holidays are set by decree each year, so the coming Friday to
        # Monday is no answer: only the month, and the bot asks ("este finde largo" is the
        # coming one).
        other_month = stay.check_in and stay.check_in.month != months[0] if months else False
        long_weekend = _text_at(toks, weekend_at + 1) == "largo"
        this_one = _text_at(toks, weekend_at - 1) in ("este", "proximo")
        if months and not points and (other_month or (long_weekend and not this_one)):
            stay.check_in = stay.check_out = None
            stay.long_weekend = long_weekend
    _apply_nights(stay)
    if months and not stay.check_in and not stay.check_out and not _SEE_YOU_RE.search(canon):
        stay.month = months[0]
        if part := _MONTH_PART_RE.search(canon):
            stay.month_part = _MONTH_PARTS[part[1] or part[2]]
    else:
        stay.long_weekend = False
    return stay


# The words that open and close two days said as a span: "entre el 10 y el 20", "del 10 al
# 20", "desde el 10 hasta el 20" ("el 10 y el 20" alone may be two nights listed).
_WINDOW_ENDS = {"entre": ("y",), "del": ("al", "a"), "de": ("al", "a"), "desde": ("al", "hasta")}


def _window_said(toks: list[_Tok], start: _Point | None, end: _Point | None) -> bool:
    """Both ends are days written in the message and joined as a span."""
    if start is None or end is None or start.vague or end.vague:
        return False
    if start.kind != "explicit" or end.kind != "explicit" or end.pos <= start.pos:
        return False
    return _word_before(toks, end.pos) in _WINDOW_ENDS.get(_word_before(toks, start.pos), ())


def _week_somewhere(toks: list[_Tok]) -> bool:
    """ "alguna semana": a week's length, somewhere (read only beside a window)."""
    return any(
        t.text == "alguna" and _text_at(toks, i + 1) in ("semana", "semanita")
        for i, t in enumerate(toks)
    )


def _part_last_day(said: str) -> int | None:
    """ "a principios de mes" (10), "a mediados de mes" (20): the last day of the part of
    this month named, which is next month's once that day is past (said on the 28th, "a
    mediados de mes" is no fortnight ago). None for "a fin de mes" (always this month's)
    and the other relative months."""
    if said.startswith("mediados"):
        return 20
    return 10 if said.startswith(("principio", "comienzo", "inicio")) else None


# The part of a month a guest names, as the window of days the conversation asks in: the
# thirds Argentines mean (principios 1-10, mediados 11-20, fines 21 to the end), as
# bot.handlers_search reads "a fines de abril" for the first free stays (from the 21st).
# A part is no stay: CONTRACT §6 gives a month alone no dates, and a part of one says no
# day and no length (unlike "la segunda quincena", a span of nights the guest names).
_MONTH_PARTS = {
    "principios": "early", "principio": "early", "comienzos": "early", "comienzo": "early",
    "inicios": "early", "inicio": "early", "primeros dias": "early",
    "mediados": "mid", "mitad": "mid",
    "fines": "late", "fin": "late", "finales": "late", "final": "late", "ultimos dias": "late",
}  # fmt: skip


_MONTH_WORDS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


def _month_written(match: re.Match[str], today: date) -> str:
    """ "semana del mes que viene" as "semana de diciembre de 2026" (this month's for "del
    mes"), so the week of a month is read (session 21: it gave the month alone)."""
    year, month = _add_months(today.year, today.month, 0 if match.group("this") else 1)
    return f"{match.group(1)} de {_MONTH_WORDS[month - 1]} de {year}"


def _bare_pair(toks: list[_Tok]) -> bool:
    """Only two numbers joined by "y", the second not the day after the first ("5 y 5",
    "dos y dos", "3 y 2"): a head count told in two (adults and kids, or two cabins), which
    the conversation reads from what it asked (round 26), not the day or a range."""
    if len(toks) != 3 or toks[1].text not in ("y", "e") or toks[0].kind != "num":
        return False
    return toks[2].kind == "num" and toks[2].value != toks[0].value + 1


def _slash_days(match: re.Match[str]) -> str:
    """ "18/19/20 de diciembre": days in a row before their month, listed ("18, 19 y 20");
    "15/12 de diciembre" (not rising) is left as written (round 28)."""
    days = match.group(0).split("/")
    if any(int(later) <= int(day) for day, later in itertools.pairwise(days)):
        return match.group(0)
    return ", ".join(days[:-1]) + " y " + days[-1]


def _without_when(match: re.Match[str]) -> str:
    """The hold or deferral matched, without its time ("me la guardás hasta mañana")."""
    name = next(key for key, value in match.groupdict().items() if value is not None)
    start, end = match.span(name)
    return match.string[match.start() : start] + match.string[end : match.end()]


def _past_stay_out(match: re.Match[str]) -> str:
    """A past stay without its days and year, its month kept for the days told next."""
    start, end = match.span("when")
    return match.string[match.start() : start] + match["month"] + match.string[end : match.end()]


# "a principios de enero": the first days of the month named (see _give_month).
_EARLY_MONTH_RE = re.compile(r"\b(?:principios?|comienzos?|inicios?|primeros dias) de\b")


def _give_month(
    points: list[_Point], named: list[tuple[int, int | None]], early: bool = False
) -> None:
    """ "enero 2027, del 10 al 15", "dos semanas en enero desde el 2": a month named
    apart from monthless days applies to them (the end of a range, which _inherit
    then shares with the start). Two different months named: too vague, left alone.
    """
    if not named or len({month for month, _ in named}) > 1:
        return
    targets = [p for p in points[:2] if p.kind == "explicit" and p.month is None]
    if any(p.kind == "explicit" and p.month is not None for p in points[:2]):
        # "el bebé nació en marzo… del 9 al 12 de enero": the range names its own month,
        # which its start shares; a month said elsewhere is about something else.
        return
    if len(targets) == 2 and targets[0].day > targets[1].day and not early:
        # "diciembre, del 28 al 2", "a fines de diciembre, tipo 28 al 2": the days wrap
        # into the next month, so the month named is the start's, and the end rolls on
        # past it (round 26; it read 28/12 → 2/12 of the next year, or ignored the month).
        # "a principios de enero, del 30 al 3" names the end's month instead.
        targets[0].month, targets[0].year = named[0]
    elif targets:
        targets[-1].month, targets[-1].year = named[0]


def _keep_points(points: list[_Point], canon: str, context: bool, size: int) -> list[_Point]:
    """Drop weekday/"hoy"/"mañana" mentions that are not about the stay.

    A bare "el viernes" usually answers "¿cuándo llegan?", so weekdays and "mañana"
    count unless the message defers ("mañana te confirmo", "el viernes te aviso");
    "hoy" needs booking context or a very short message ("hoy estuve viendo la
    página" is no check-in).
    """
    if context or len(points) > 1:
        return points
    deferring = bool(_DEFERRAL_RE.search(canon))
    return [
        p
        for p in points
        if not p.weak
        or (not deferring and (p.kind != "relative" or p.offset or p.months or size <= 3))
    ]


def _apply_weekend(stay: _Stay, toks: list[_Tok], at: int, today: date) -> None:
    long_weekend = _text_at(toks, at + 1) == "largo"
    side = _text_at(toks, at + 2 if long_weekend else at + 1)  # "el finde antes de ..."
    if stay.check_in is None and stay.check_out is None:
        if _weekend_ordinal(toks, at) not in (None, 1):
            # "el segundo finde", "el último finde" with no month (answering when, the month
            # said before): not the coming weekend, which it read (round 28); the bot asks.
            return
        stay.check_in, stay.check_out = _weekend(today, long_weekend)
        if _text_at(toks, at - 1) == "otro" or "siguiente" in (
            _text_at(toks, at - 1),
            _text_at(toks, at + 1),
        ):
            # "el otro finde", "el finde siguiente": the one after the coming weekend.
            stay.check_in += timedelta(days=7)
            stay.check_out += timedelta(days=7)
    elif stay.check_in and stay.check_out is None and side in ("despues", "pasando"):
        # "el finde después de Carnaval": the first weekend from the day its stay ends.
        friday = stay.check_in + timedelta(days=(4 - stay.check_in.weekday()) % 7)
        stay.check_in, stay.check_out = friday, friday + timedelta(days=2)
    elif stay.check_in and stay.check_out is None:
        # "el finde del 14", "el finde largo del 12": the weekend that day names.
        of_day = _text_at(toks, at + (2 if long_weekend else 1)) in ("del", "de")
        stay.check_in, stay.check_out = _weekend_around(stay.check_in, long_weekend, today, of_day)
    elif stay.check_out and stay.check_in is None and side == "antes":
        # "el finde antes de Carnaval": the last whole weekend before its first day.
        sunday = stay.check_out - timedelta(days=(stay.check_out.weekday() + 1) % 7)
        if max(sunday - timedelta(days=2), today) < sunday:
            stay.check_in, stay.check_out = max(sunday - timedelta(days=2), today), sunday
    elif stay.check_out and stay.check_in is None:
        # "el finde hasta el lunes": the weekend that ends there, or the last one before it
        # (session 21: it asked for the arrival).
        stay.check_in, stay.check_out = _weekend_ending(stay.check_out, today)
    elif stay.check_in and stay.check_out and _weekend_days_listed(toks, at, stay):
        # "el finde del 12 y 13": the weekend those days name, Friday to Sunday.
        stay.check_in, stay.check_out = _weekend_around(stay.check_in, long_weekend, today, True)
    if stay.nights and stay.check_in:  # "el finde, 3 noches": the nights decide departure
        stay.check_out = stay.check_in + timedelta(days=stay.nights)


def _weekend_ending(departure: date, today: date) -> tuple[date | None, date]:
    """The weekend a departure ends: from the last Friday before it, out on it when that is
    the Saturday to Monday after (a long weekend's Monday), else on that Friday's Sunday;
    under way, from today. No arrival when that weekend is over."""
    friday = departure - timedelta(days=(departure.weekday() - 4) % 7 or 7)
    sunday = friday + timedelta(days=2)
    end = departure if (departure - friday).days <= 3 else sunday
    arrival = max(friday, today)
    return (arrival, end) if arrival < end else (None, departure)


def _weekend_days_listed(toks: list[_Tok], at: int, stay: _Stay) -> bool:
    """ "finde del 12 y 13" with the 12th a Saturday: its days, not two nights of it."""
    of = at + (2 if _text_at(toks, at + 1) == "largo" else 1)
    return (
        _text_at(toks, of) in ("del", "de")
        and _text_at(toks, of + 2) == "y"
        and stay.check_in is not None
        and stay.check_in.weekday() == 5
        and stay.check_out == stay.check_in + timedelta(days=2)
    )


def _apply_nights(stay: _Stay) -> None:
    """Complete the missing end from a stated length, then derive the length.

    A length in months is calendar months: "un mes desde el 1/2" leaves on 1/3.
    """
    if stay.months and stay.check_in and not stay.check_out:
        stay.check_out = _months_later(stay.check_in, stay.months)
    elif stay.months and stay.check_out and not stay.check_in:
        stay.check_in = _months_later(stay.check_out, -stay.months)
    if stay.nights and stay.check_in and not stay.check_out:
        stay.check_out = stay.check_in + timedelta(days=stay.nights)
    elif stay.nights and stay.check_out and not stay.check_in:
        stay.check_in = stay.check_out - timedelta(days=stay.nights)
    if stay.check_in and stay.check_out:
        stay.nights = (stay.check_out - stay.check_in).days


# Guests repeat themselves word for word: "hola", "sí", "dale", "gracias", "1", "menu"
# are most of the short messages a bot gets, from every guest. `parse` is pure and its
# answer immutable, so a short message's answer is kept per (text, today). A long
# message is rarely sent twice, and is parsed every time. `bench nlu` measures
# `parse_fresh`, never the cache.
SHORT_CACHED = 40  # characters


def parse(text: str, today: date) -> Understanding:
    """Understand one guest message; ``today`` anchors every relative or partial date."""
    if len(text) <= SHORT_CACHED:
        return _parse_short(text, today)
    return parse_fresh(text, today)


# A reservation code (booking.codes: "CAB-7KQ2", typed "cab 7kq2"), with a digit in it: no
# party, day or night count ("me pasás el link de CAB-P5V7?" is no party of 5).
_RESERVATION_CODE_RE = re.compile(r"\bcab[\s_-]?(?=[a-z]*[2-9])[2-9a-z]{4,8}\b", re.IGNORECASE)


def _alternatives(found: re.Match[str]) -> tuple[str, str]:
    """The message told with the first of two alternatives, and with the other (see
    STAY_OR_RE): "del 10 al 13 o del 17 al 20 de dic" is "del 10 al 13 de dic" and "del 17
    al 20 de dic", the words around them kept for both."""
    text = found.string
    name = next(key for key, value in found.groupdict().items() if value is not None)
    first, other = found.group(name), found.group(name[:-1] + "2")
    if name.startswith("day") and not other.startswith("el "):
        other = "el " + other  # "el 10 o 11"
    if name == "range1" and found["month"]:
        other += found["month"]  # "del 10 al 13 de enero o del 17 al 20": both in January
    before, after = text[: found.start()], text[found.end() :]
    return before + first + after, before + other + after


def parse_fresh(text: str, today: date) -> Understanding:
    """`parse` without the cache of short messages."""
    if "cab" in text.lower():  # a cheap guard: most messages name no code
        text = _RESERVATION_CODE_RE.sub(" ", text)
    norm = normalize(text)
    if retracted := _RETRACTED_NO_RE.match(text.lower()):
        text = text[retracted.end() :]  # "no, la quiero": what they want is the answer
    canon = _canonicalize(normalize(text) if retracted else norm)
    affirm, deny = _affirm_deny(canon, text)
    greeted = bool(_GREETING_RE.search(canon)) or WAVE in text
    choice, only_choice = _choice(canon)
    if only_choice and not _DAY_ANSWER_RE.match(canon):
        return Understanding("unknown", choice=choice, affirm=affirm, greeted=greeted, text=norm)
    wants_cancel, cancel_policy_at = _cancel_kind(canon, text)
    topics = _topics(canon, cancel_policy_at)
    question = "?" in text
    booking_words = bool(
        _AVAIL_RE.search(canon) or _wants_booking(canon) or _asks_price(canon, question)
    )
    # "te transferí el sábado": the day they paid, no stay asked for.
    paid = bool(_PAID_REPORT_RE.search(canon))
    other = None
    if not paid and " o " in canon and (alternatives := STAY_OR_RE.search(canon)):
        canon, other_canon = _alternatives(alternatives)
        other = _find_stay(other_canon, today, booking_words, text)
    stay = _Stay() if paid else _find_stay(canon, today, booking_words, text)
    other_stay = other_nights = None
    if other and other.check_in and other.check_out and stay.check_out:
        other_stay = (other.check_in, other.check_out)
        other_stay = None if other_stay == (stay.check_in, stay.check_out) else other_stay
    elif other and not stay.check_in and other.nights != stay.nights:
        other_nights = other.nights
    if other and stay.window and other.window == stay.window and other.nights != stay.nights:
        other_stay, other_nights = None, other.nights  # "2 o 3 noches entre el 1 y el 15"
    has_stay_data = any(
        value is not None
        for value in (stay.check_in, stay.check_out, stay.nights, stay.guests, stay.month)
    ) or bool(stay.extra_guests)  # "somos uno más": the party grows, a search again
    if deny and has_stay_data and _CORRECTION_RE.match(canon):
        deny = False  # "no, para el 20": the stay corrected, not a refusal
    problem = reports_problem(canon, question)
    urgent = urgency(canon, question=question, problem=problem, wants_cancel=wants_cancel)
    intent = _decide_intent(
        canon,
        wants_cancel=wants_cancel,
        has_stay_data=has_stay_data,
        topics=topics,
        question=question,
        raw=text,
        for_a_person=problem or urgent is not None,
        one_day=(stay.check_in is None) != (stay.check_out is None)
        and not (stay.guests or stay.nights or stay.month or stay.extra_guests),
        month_only=stay.month is not None and not (stay.guests or stay.nights or stay.extra_guests),
        # A month beside the length is still no stay ("¿se puede 1 noche sola en enero?").
        nights_only=bool(stay.nights) and not (stay.check_in or stay.check_out or stay.guests),
    )
    if choice is None and not has_stay_data and _BREAK_RE.search(text):
        choice = _choice_said_last(text)  # "uh cara jaja. la 1 entonces"
    return Understanding(
        intent=intent,
        check_in=stay.check_in,
        check_out=stay.check_out,
        guests=stay.guests,
        extra_guests=stay.extra_guests or None,
        nights=stay.nights,
        month=stay.month,
        month_part=stay.month_part,
        long_weekend=stay.long_weekend and not stay.month_part,
        topic=topics[0] if topics else None,
        topics=topics,
        choice=choice,
        affirm=affirm,
        deny=deny,
        greeted=greeted,
        farewell=bool(_FAREWELL_RE.search(canon)),
        wished="buendeseo" in canon,  # _canonicalize's token for a wish
        problem=problem or urgent is not None,
        urgent=urgent,
        paid=paid,
        other_stay=other_stay,
        other_nights=other_nights,
        window=stay.window,
        no_such_date=stay.no_such_date,
        text=norm,
    )


# Where one sentence ends and the next begins: "uh cara jaja. la 1 entonces", "re caras 😅
# la primera", a new line. An emoji (any character from U+2600 on) is one as well.
_BREAK_CHARS = frozenset(".!?…\n")
_BREAK_RE = re.compile("[.!?…\n\u2600-\U0010ffff]")
_LAST_SENTENCE_MAX = 40  # characters: a pick said last is short


def _breaks(char: str) -> bool:
    return char in _BREAK_CHARS or char >= "\u2600"


def _choice_said_last(text: str) -> int | None:
    """A row picked in the last sentence of a message after a remark ("uh cara jaja. la 1
    entonces", "mmm q lindas todas!! la 2 porfa"): that sentence alone is a pick (as
    `_choice` reads a whole message). None when it is no pick, or the message has one
    sentence. Called only when the message says no stay (then a number is its own)."""
    end = len(text)
    while end and (text[end - 1].isspace() or _breaks(text[end - 1])):
        end -= 1
    start = end
    while start and not _breaks(text[start - 1]) and end - start <= _LAST_SENTENCE_MAX:
        start -= 1
    if not start or not _breaks(text[start - 1]) or not text[:start].strip(" .!?…\n"):
        return None
    canon = _canonicalize(normalize(text[start:end]))
    choice, only_choice = _choice(canon)
    return choice if only_choice and not _DAY_ANSWER_RE.match(canon) else None


_parse_short = functools.lru_cache(maxsize=4096)(parse_fresh)
