"""The party changes mid-booking: one more person, a baby, or two cabins for one group.

Decisions (also in the README, "Conversation (WhatsApp)"):
- One more person said for sure ("viene mi hermano también", "se suma una amiga",
  "somos uno más") searches again for the bigger party. Said as a maybe ("capaz viene
  mi hermano") changes nothing: the list (or summary) stays for the party we had, and
  the guest is told so and how to search for one more ("escribime *somos 3*"). We do
  not ask "¿Busco para 3?", because a typed "sí" on a list of one would pick it.
  Someone added in passing counts the same ("y un nene de 3", "ah, y una nena de 5", "y mi
  suegra también", "+1"): the whole message is "y"/"también" and the person (an age at
  most); "y el nene" needs "también" (the kid may be counted already), and asked ("¿y un
  nene de 3?") it adds no one.
- Babies count toward a cabin's capacity, as `replies.kids` already tells guests. A
  baby who sleeps with the parents or in a crib does not change that here: the cabin
  data has no rule for it, so the bot invents none; the owner may make an exception,
  and the guest is offered a person for it. The list on screen stays.
- A group too big for one cabin naming two ("¿y si alquilamos la de 4 y la de 6?") is
  shown both, biggest first, and booked one at a time (`replies.one_cabin_at_a_time`):
  the first one's summary when both are free on the dates, or the dates asked first.
"""

from __future__ import annotations

import dataclasses
import re

from booking import availability
from booking.errors import InvalidStay
from bot import replies
from bot.handlers import (
    DOUBT_RE,
    MAX_GUESTS_ASKED,
    Step,
    Turn,
    absorb,
    asks,
    named_cabins,
    plain,
    stay_of,
    step,
    understood,
)
from bot.handlers_search import PICK_PREFIX, pick, search, search_said
from bot.nlu import parse
from bot.session import Context
from bot.states import State

_WHO = (
    r"(?:hermano|hermana|hermanito|hermanita|amigo|amiga|primo|prima|novio|novia|pareja"
    r"|marido|esposo|esposa|cunado|cunada|mama|papa|vieja|viejo|madre|padre|suegro|suegra"
    r"|hijo|hija|nene|nena|sobrino|sobrina|abuelo|abuela|tio|tia|companero|companera"
    r"|bebe|beba|persona|chico|chica|nino|nina|menor)"
)
# The plural of a `_WHO` ("menores", not "menors").
_WHOS = rf"(?:{_WHO}s|menores)"
_COMES = r"(?:viene|vendria|venga|se suma|se sumaria|se sume|se agrega|se anota|se prende)"
# One more person (on plain text): "viene mi hermano también", "mi mamá se suma",
# "se suma alguien más", "somos uno más".
_ONE_MORE_RE = re.compile(
    rf"\b{_COMES}(?: tambien)? (?:mi|un|una|el|la|otro|otra|nuestro|nuestra) {_WHO}\b"
    rf"|\b(?:mi|nuestro|nuestra|otro|otra) {_WHO} (?:tambien )?{_COMES}\b"
    rf"|\b{_COMES} (?:alguien|uno|una|otro|otra|otra persona) mas\b"
    r"|\bsomos (?:uno|una|1) mas\b"
)
# Several more: "se suman dos más", "vienen mis dos hermanos", "somos 2 más".
_SEVERAL_MORE_RE = re.compile(
    r"\b(?:vienen|vendrian|se suman|se sumarian|se agregan|se anotan|se prenden|somos)"
    r"(?: tambien)? (?:mis |nuestros |nuestras |unos |unas |otros |otras )?"
    rf"(dos|tres|cuatro|[2-9]) (?:mas|{_WHOS}|amigos|amigas|personas)\b"
)
_NUMBERS = {"dos": 2, "tres": 3, "cuatro": 4, "un": 1, "una": 1, "uno": 1}
# Someone added to the party with "y" or "también" and nothing else, as an afterthought
# ("y un nene de 3", "ah, y una nena de 5", "y mi suegra también", "también mi hermano"):
# one more (on plain text). "el/la" only with "también": "y el nene" may be one we had.
_AFTERTHOUGHT = r"^(?:(?:ah|ahh|uh|ay|ojo|bueno|perdon|pero|cierto|upa|me olvide) )*"
_ONE = rf"(?:un|una|1|mi|otro|otra|nuestro|nuestra) {_WHO}"
_AGE = r"(?: de \d{1,2}(?: anos| anitos| meses)?)?"
_AND_ONE_RE = re.compile(
    rf"{_AFTERTHOUGHT}(?:y (?:tambien )?{_ONE}(?: mas)?{_AGE}(?: tambien)?"
    rf"|(?:y )?tambien (?:{_ONE}|(?:el|la) {_WHO}){_AGE}"
    rf"|(?:y )?(?:{_ONE}|(?:el|la) {_WHO}){_AGE} tambien)"
    r"(?: (?:viene|va|se suma))?$"
)
# "y mis dos hijos", "y 2 nenes de 3 y 5": several more said the same way.
_AND_SEVERAL_RE = re.compile(
    rf"{_AFTERTHOUGHT}y (?:tambien )?(?:mis |nuestros |nuestras )?(dos|tres|cuatro|[2-9])"
    rf" {_WHOS}(?: de \d{{1,2}}(?: y \d{{1,2}})?(?: anos)?)?(?: tambien)?$"
)
# Two more named as a pair, as an afterthought: someone and whoever comes with them ("y mi
# hermana con su marido", "también viene mi hermano con su novia"), or a pair by one word
# ("y se suman mis viejos"). Decided: with a party known, they join it (2 + 2 = 4); the
# opening "y" / "también" / "se suman" is what adds them (plain text; "?" asks, no one).
_PAIR = r"(?:viejos|suegros|papas|padres|abuelos|tios)"
_COMES_TOO = (
    r"(?:viene|vienen|vendria|vendrian|se suma|se suman|se sumarian|se agrega|se agregan"
    r"|se prende|se prenden)"
)
_AND_A_PAIR_RE = re.compile(
    rf"{_AFTERTHOUGHT}(?:y |tambien |y tambien )(?:{_COMES_TOO} )?(?:tambien )?"
    rf"(?:(?:{_ONE}|(?:el|la) {_WHO}) con (?:su|el|la|mi) {_WHO}|(?:mis|nuestros) {_PAIR})"
    rf"(?: tambien)?(?: {_COMES_TOO})?(?: tambien)?$"
)
# "+1", "+2 😊", "+1 persona", "+ 1 nene de 5" alone (on the raw text): that many more, as
# chats write it.
_PLUS_RE = re.compile(
    r"^\s*\+\s?([1-9])(?!\d)\s*(?:personas?|m[aá]s|(?:ni[ñn]|chic|hij|adult)[oa]s?|nen[ea]s?"
    r"|beb[ée]s?|menor(?:es)?)?(?: de \d{1,2}(?: a[ñn]os| meses)?)?[^\w?]*$",
    re.IGNORECASE,
)
# Only kids or babies, counted ("1 menor", "2 nenes de 3 y 5", "un bebé"): said right after
# a head count of adults ("2 adultos"), they come on top of it (plain text).
_KIDS_ONLY_RE = re.compile(
    r"^(?:y )?(?:(\d)|(un|una|uno|dos|tres|cuatro)) (?:menor|menores|nene|nenes|nena|nenas"
    r"|chico|chicos|chica|chicas|nino|ninos|nina|ninas|bebe|bebes|beba|hijo|hijos|hija|hijas)"
    r"(?: de \d{1,2}(?:(?:,| y) \d{1,2})*(?: anos| anitos| meses)?)?$"
)
_ADULTS_RE = re.compile(r"\b(?:adultos|adultas|mayores|grandes)\b")
# Said as a possibility, not a fact: "capaz", "a lo mejor", "vendría", "si viene".
MAYBE_RE = re.compile(
    r"\b(?:vendria|vendrian|se sumaria|se sumarian|podria venir|puede que|si viene|si se suma)\b"
)
# A baby who shares the parents' room or bed, or sleeps in a crib (on plain text).
_BABY_RE = re.compile(r"\b(?:bebe|beba|bebito|bebita|bebes|recien nacido)\b")
_SHARES_RE = re.compile(
    r"\b(?:duerme|dormiria|dormira|va a dormir|duerma) (?:con nosotros|con sus padres"
    r"|con los padres|en (?:la|nuestra) cama|en (?:su|la|el|una) (?:cuna|moises|practicuna))\b"
    r"|\bcolecho\b|\bno (?:ocupa|cuenta|necesita) (?:lugar|cama|como persona)\b|\bno cuenta\b"
    r"|\b(?:llevamos|traemos|lleva) (?:su |la |una )?(?:cuna|practicuna|moises)\b"
)


# Children told of ("los chicos tienen 3 y 7", "el más chico duerme con nosotros", "mi hija
# tiene 5 años"): no one more, so nothing to search again (on plain text).
_KIDS_RE = re.compile(
    r"\b(?:chic[oa]s|nen[ea]s?|hij[oa]s?|nin[oa]s?|menores|guri(?:ses|sa|sas)?|pibes"
    r"|criaturas|niet[oa]s?|mas chic[oa]|mas grande|bebes?|bebas?)\b"
)
_KIDS_TOLD_RE = re.compile(
    r"\b(?:tiene|tienen) (?:\d{1,2}|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    r"|diez)\b|\b\d{1,2} (?:y \d{1,2} )?(?:anos|anitos|meses)\b|\bson (?:chiquit|chic|grand)\w*"
    # "uno es bebé", "dos son chicos", "la más chica es bebé": who among them is a kid.
    r"|\b(?:uno|una|dos|tres|el mas chico|la mas chica) (?:es|son) (?:un |una )?(?:bebe|beba"
    r"|bebes|nene|nena|nenes|chico|chica|chicos|menor|menores)\b"
)


# "uh no, al final 5", "en realidad seríamos 3": a new head count the NLU reads no party in
# (a bare number after the change word), on a list or a summary (plain text).
_PARTY_AGAIN_RE = re.compile(
    r"^(?:(?:uh|uy|ah|ay|no|bueno|perdon|pero|y) )*(?:al final|en realidad|finalmente)"
    r" (?:(?:somos|seriamos|seremos|vamos|vendriamos|van a ser|seria) )?"
    r"(?P<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)(?: personas?)?$"
)
_COUNT_WORDS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                "nueve": 9, "diez": 10}  # fmt: skip


def party_said_again(turn: Turn) -> Turn:
    """The turn with the head count of "al final 5" read in (unchanged otherwise)."""
    if turn.reply_id or turn.said.guests is not None:
        return turn
    if (found := _PARTY_AGAIN_RE.match(turn.plain)) is None:
        return turn
    n = found["n"]
    guests = int(n) if n.isdigit() else _COUNT_WORDS[n]
    if not 0 < guests <= MAX_GUESTS_ASKED:
        return turn
    return dataclasses.replace(turn, said=dataclasses.replace(turn.said, guests=guests))


def more_people(text: str, raw: str = "") -> int:
    """How many people a message adds to the party ("viene mi hermano también": 1, "y un
    nene de 3": 1, "+2": 2). `text` is the plain text, `raw` the message as typed (the
    "+" and the "?" live there: "¿y un nene de 3?" asks, it adds no one)."""
    if found := _SEVERAL_MORE_RE.search(text):
        return int(found[1]) if found[1].isdigit() else _NUMBERS[found[1]]
    if found := _PLUS_RE.match(raw):
        return int(found[1])
    if "?" not in raw and _AND_A_PAIR_RE.match(text):
        return 2
    if "?" not in raw and (found := _AND_SEVERAL_RE.match(text)):
        return int(found[1]) if found[1].isdigit() else _NUMBERS[found[1]]
    added = "?" not in raw and bool(_AND_ONE_RE.match(text))
    return 1 if added or _ONE_MORE_RE.search(text) else 0


# A number, or words that change the count ("solo", "al final", "somos"): a party said
# outright, not only who comes (plain text).
_COUNT_SAID_RE = re.compile(
    r"\d|\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|solo|sola|solos|solas"
    r"|al final|en realidad|nada mas|somos|seremos|seriamos|ahora|menos|mas)\b"
)


def count_said(text: str) -> bool:
    """A number, or words that change the count, in the plain text: a party said outright
    ("somos 3"), not only who comes ("y mi hermana con su marido")."""
    return bool(_COUNT_SAID_RE.search(text))


def told_again_in_detail(turn: Turn, ctx: Context) -> bool:
    """The head count we have, said again with who the kids are ("somos 4" … "2 adultos y
    2 chicos"): nothing new to search or ask."""
    said = turn.said.guests
    if said is None or said != ctx.guests or turn.reply_id or "?" in (turn.msg.text or ""):
        return False
    return bool(_KIDS_RE.search(turn.plain)) and not _dates_said(turn)


def who_comes_only(turn: Turn, ctx: Context) -> bool:
    """Who comes, told after the head count ("bah 3" … "con mi hermana"): the NLU counts the
    writer and those named (2), which is no new head count when it is not above the one the
    guest gave; a number or "solo", "al final" still change it."""
    said, raw = turn.said.guests, turn.msg.text or ""
    if said is None or ctx.guests is None or said > ctx.guests or turn.reply_id:
        return False
    if more_people(turn.plain, raw):
        return False  # "y mi hermana con su marido": two more, not who the two are
    return not (_COUNT_SAID_RE.search(turn.plain) or _dates_said(turn) or "?" in raw)


def added_after(turn: Turn, ctx: Context) -> int:
    """How many people this message adds to the party given before: `more_people`, or kids
    counted alone ("1 menor") right after the guest counted the adults ("2 adultos"), which
    is the rest of the party said in two bubbles (after "somos 4" they may be among the 4)."""
    raw = turn.msg.text or ""
    if more := more_people(turn.plain, raw):
        return more
    if "?" in raw or len(ctx.history) < 2 or (kids := _KIDS_ONLY_RE.match(turn.plain)) is None:
        return 0
    if not _ADULTS_RE.search(plain(ctx.history[-2])):
        return 0
    return int(kids[1]) if kids[1] else _NUMBERS[kids[2]]


async def party_changed(turn: Turn, ctx: Context, state: State) -> Step | None:
    """On a list or a summary: one more person (searched again, or told how when it is
    a maybe), or a baby sleeping with the parents (they count; a person may decide)."""
    if turn.reply_id or not turn.msg.text or ctx.guests is None:
        return None
    text = turn.plain
    if _BABY_RE.search(text) and _SHARES_RE.search(text):
        cabins = await turn.cabins()
        left_out = [c for c in cabins if ctx.guests - 1 <= c.capacity < ctx.guests]
        return step(state, understood(ctx), replies.babies_count(ctx.guests, left_out))
    if who_comes_only(turn, ctx):
        # "bah 3" … "con mi hermana": who the third is, not a party of 2.
        pending = "confirm" if state == State.CONFIRM_HOLD else "choose"
        return step(state, understood(ctx), replies.party_kept(ctx.guests), replies.nudge(pending))
    more = added_after(turn, ctx) or (turn.said.extra_guests or 0)
    said = turn.said.guests
    told = _KIDS_TOLD_RE.search(text) or _SHARES_RE.search(text)
    if not more and told_again_in_detail(turn, ctx):
        # "2 adultos y 2 nenes" after "somos 4": the party listed, told in detail; heard,
        # not the same list searched again.
        told = True
        said = None
    if not more and said is None and _KIDS_RE.search(text) and told and "?" not in turn.msg.text:
        # "Los chicos tienen 3 y 7": the list (or summary) already counts them; said so,
        # instead of "elegí una cabaña de la lista" as if nothing had been told.
        pending = "confirm" if state == State.CONFIRM_HOLD else "choose"
        return step(state, understood(ctx), replies.kids_noted(ctx.guests), replies.nudge(pending))
    if not more or (said is not None and (said > ctx.guests or more < 0)):
        return None  # "viene mi hermano, somos 3", "uno menos, somos 3": the number said wins
    if more > 0 and (DOUBT_RE.search(text) or MAYBE_RE.search(text)):
        shown = replies.maybe_more_guests(ctx.guests, summary=state == State.CONFIRM_HOLD)
        return step(state, understood(ctx), shown)
    # "somos uno menos" (NLU round 25: a negative extra): searched again for fewer.
    bigger = max(1, min(ctx.guests + more, MAX_GUESTS_ASKED))
    without = dataclasses.replace(turn.said, guests=None)  # "somos uno más" is not 1
    fresh = dataclasses.replace(absorb(ctx, without), guests=bigger)
    return await search_said(turn, fresh)


def _dates_said(turn: Turn) -> bool:
    said = turn.said
    return any(v is not None for v in (said.check_in, said.check_out, said.nights, said.month))


def _party_said_before(turn: Turn, ctx: Context) -> int | None:
    """The head count the guest gave earlier in the chat ("somos 10"), which the
    search forgets when no cabin is that big."""
    for text in reversed(ctx.history[:-1]):
        guests = parse(text, turn.today).guests
        if guests and 0 < guests <= MAX_GUESTS_ASKED:
            return guests
    return None


# "las dos", "las 2 cabañas", "ambas", "dale con las dos": both cabins wanted (plain text);
# "¿y si nos dividimos en 2 cabañas?" too, while no cabin of the group is held yet.
BOTH_RE = re.compile(
    r"\b(?:las (?:dos|2)(?: cabanas)?|ambas(?: cabanas)?|(?:en|con) (?:dos|2) cabanas)\b"
    r"(?! (?:personas|noches))"
)
# "las dos grandes", "las 2 más grandes": the two largest cabins, named by their size (the
# "dos" is how many cabins, not people). On plain text.
_TWO_LARGEST_RE = re.compile(
    r"\blas (?:dos|2) (?:mas )?(?:grandes|amplias)\b|\blas (?:dos|2) de mas (?:capacidad|lugar)\b"
)


async def two_cabins(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Y si alquilamos la de 4 y la de 6?" (or "las dos más grandes") for a group too big
    for one cabin: both shown, biggest first, and booked one at a time."""
    if turn.reply_id or not turn.msg.text:
        return None
    asked = ctx
    cabins = await turn.cabins()
    named = named_cabins(turn.plain, cabins)
    by_size = len(named) != 2 and bool(_TWO_LARGEST_RE.search(turn.plain))
    if by_size:
        named = sorted(cabins, key=lambda c: c.capacity, reverse=True)[:2]
    # "las dos grandes": the NLU's party of 2 is the cabins' count ("somos 9, las dos
    # grandes" still says the group); else the group said before.
    said = None if by_size and turn.said.guests == 2 else turn.said.guests
    total = said or _party_said_before(turn, ctx)
    if by_size and not total:
        return None  # no group too big was said: "las dos grandes" alone picks nothing here
    if not (named or ctx.hold) and len(cabins) >= 2 and total and BOTH_RE.search(turn.plain):
        # "Dale, las dos" to "decime cuántos van en la primera" (a party no cabin sleeps):
        # the two that sleep the most, as if named ("¿Cuántas personas?" was asked back).
        if total > max(c.capacity for c in cabins):
            named = sorted(cabins, key=lambda c: c.capacity, reverse=True)[:2]
    if len(named) != 2:
        return None
    first, second = sorted(named, key=lambda c: c.capacity, reverse=True)
    if total and total <= first.capacity:
        return None  # "para 4, ¿la de 4 o la de 6?": one cabin will do, the search answers
    if total and total > first.capacity + second.capacity:
        return step(
            State.ASK_GUESTS,
            understood(ctx),
            replies.two_cabins_too_small(total, first.capacity + second.capacity),
        )
    first_guests = min(first.capacity, total) if total else first.capacity
    second_guests = total - first_guests if total and total > first_guests else None
    ctx = dataclasses.replace(understood(ctx), guests=first_guests, cabin=first.slug, offers=())
    stay = stay_of(ctx)
    if stay is None:
        # The dates next; the first cabin is remembered for its summary (`ctx.cabin`).
        shown = replies.two_cabins(first, first_guests, second, second_guests, free=False)
        return step(State.ASK_DATES, ctx, shown, replies.ask_dates())
    try:
        quotes = await availability.find_available(turn.pool, turn.rules, stay, 1)
    except InvalidStay:
        return await search(turn, ctx)  # the search says what is wrong with the dates
    free = {q.cabin.slug for q in quotes}
    if {first.slug, second.slug} <= free:
        if turn.intent == "prices" and asks(turn) and not turn.said.affirm:
            # "¿Cuánto sería la seña de las dos?": both priced, nothing picked yet ("dale
            # las dos" next takes them, as before the question).
            by_slug = {q.cabin.slug: q for q in quotes}
            priced = replies.two_cabins_priced(
                by_slug[first.slug], first_guests, by_slug[second.slug], second_guests
            )
            kept = dataclasses.replace(understood(asked), guests=None, offers=())
            return step(State.ASK_GUESTS, kept, priced)
        shown = replies.two_cabins(first, first_guests, second, second_guests, free=True)
        row = f"{PICK_PREFIX}{first.slug}:{stay.check_in:%Y%m%d}:{stay.check_out:%Y%m%d}"
        summed = await pick(turn, ctx, row)
        return dataclasses.replace(summed, replies=(shown, *summed.replies))
    # One of them is taken: which, and what is free for the first group.
    taken = [replies.cabin_not_listed(c, None) for c in (first, second) if c.slug not in free]
    found = await search(turn, ctx)
    return dataclasses.replace(
        found, replies=(*taken, replies.one_cabin_at_a_time(first_guests), *found.replies)
    )
