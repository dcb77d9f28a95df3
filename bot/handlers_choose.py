"""Which listed cabin the guest means when they do not tap a row.

By its number ("la 2"), by name ("la de Quila"), or by how it compares with
the others on the list ("la más barata", "la más grande", "la última", "la
otra", "la de arriba"). A list row id stands alone (cabin slug and dates), so everything here
reads the offers kept in the context, never the database rows behind them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from booking.models import Cabin, Quote, Stay
from booking.pricing import quote_stay
from bot import replies
from bot.handlers import Turn, asks, asks_per_night, named_cabin, named_cabins, plain
from bot.nlu_patterns import _TOLD_CHOICE_RE
from bot.session import Context

# A cabin picked by how it compares with the others listed ("la más barata",
# "quiero la más grande", "la última", "prefiero la otra"), on the plain text.
_BY_RANK_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|listo|mmm|no|mejor|y|entonces) )*"
    # "quisiera reservar la más chica", "nos gustaría alquilar la más grande" (round 28)
    r"(?:(?:(?:quiero|queremos|quisiera|quisieramos|me gustaria|nos gustaria)"
    r"(?: reservar| alquilar| tomar)?|reservo|reservamos|prefiero|preferimos|elijo|elegimos"
    r"|me quedo con|nos quedamos con|voy con|vamos con|dame|danos|reservame|mejor) )?"
    r"(?:la|el|con la|con el) (?:cabana )?"
    # without "más" too: "la chiquita", "la grande", "la económica" (session 20)
    r"(?:(?:mas )?(?P<cheap>[bv]arat[oa]|economic[oa])|mas (?P<dear>car[oa])"
    r"|(?:de )?(?:mas )?(?P<big>grande|amplia|espaciosa|capacidad)"
    r"|(?:mas )?(?P<small>chic[oa]|chiquit[oa]|pequen[oa]|peque)"
    r"|(?P<last>ultim[oa]|de abajo)|(?P<first>de arriba)|(?P<other>otr[oa])"
    r"|(?P<middle>del medio|de en medio))"
    r"(?: (?:porfa|por favor|gracias|entonces|mejor|dale|esa|va|ok|listo|ja(?:ja)+j?))*$"
)
# "mi señora dice que mejor la más grande", "dice mi novio que la más barata": a pick told
# for someone else in the chat is the pick all the same; the preface is the NLU's
# (nlu_patterns._TOLD_CHOICE_RE, which reads "mi marido dice que la primera" by row).
# The same in a tourist's simple English: "the cheapest one please", "ok the big one",
# "I'll take the other one" (on plain text: "I'll" is "i ll").
_BY_RANK_EN_RE = re.compile(
    r"^(?:(?:yes|ok|okay|great|perfect|so|then|i ll take|we ll take|i will take|we will take"
    r"|i want|we want|i d like|we d like|book|take|let s go with|lets go with|go with) )*"
    r"the (?:(?P<cheap>cheapest|cheaper)|(?P<dear>most expensive|dearest)"
    r"|(?P<big>biggest|bigger|largest|larger|big)|(?P<small>smallest|smaller|small)"
    r"|(?P<last>last)|(?P<first>top)|(?P<other>other)|(?P<middle>middle))"
    r"(?: (?:one|cabin|house|please|thanks|thank you|then))*$"
)


def _by_rank(words: str) -> re.Match[str] | None:
    if (told := _TOLD_CHOICE_RE.match(words)) is not None:
        words = words[told.end() :]
    return _BY_RANK_RE.match(words) or _BY_RANK_EN_RE.match(words)


# "¿no hay algo más barato?", "están caras": asking for cheaper, not picking.
CHEAPER_RE = re.compile(
    r"\b(?:algo|alguna|alguno|otra|otro|nada|opcion|opciones|cabana) (?:un poco |mas )?"
    r"(?:mas )?(?:[bv]arat|economic)\w*|\b(?:estan|esta|son|es|muy|re|medio|bastante) car[oa]s?\b"
    # a tourist's English: "do you have something cheaper?", "too expensive"
    r"|\b(?:something|anything|any) cheaper\b|\btoo expensive\b"
)
# "¿Cuál es más linda?", "¿cuál me recomendás?", "¿qué diferencia hay?": side by side.
COMPARE_RE = re.compile(
    r"\bcual(?:es)? (?:es|son|seria|esta|estan) (?:la |las )?(?:mas|mejor)\b"
    r"|\bcual (?:me |nos )?(?:recomend|aconsej|conviene|gusta|parece)\w*"
    r"|\bque (?:diferencia|tienen de distinto|cambia)\w*|\bdiferencias?\b"
    # A tourist's English: "what's the difference?", "which one is better?"
    r"|\bdifferences?\b|\bwhich (?:one )?is (?:the )?(?:better|best|nicer|bigger|cheapest|biggest"
    r"|nicest)\b|\bwhat(?: s| is) the (?:cheapest|biggest|best|nicest)\b"
)
# "¿La de 4 es más linda?", "¿la de 6 es mejor?", "¿la del lago o la de 4?": one cabin
# weighed against another, a comparison only when a cabin is named and it is asked.
_COMPARED_RE = re.compile(
    r"\b(?:es|son|sera|seria|esta|estan) (?:mas|menos) (?!car|barat|economic)\w+"
    r"|\b(?:es|son|sera|seria) (?:mejor|mejores|peor|igual|parecida)\b"
    r"|\bcompar\w*|\bvs\b|\bversus\b|\bo (?:la|el) (?:de|del|cabana)\b"
)
_ASKED_RE = re.compile(r"^(?:y |pero )?(?:cual|que|es|son|conviene|seria)\b")
# A pick said with its reason ("me quedo con la de 4, es más linda"): a pick, not a question.
_PICKS_RE = re.compile(
    r"\b(?:me quedo|nos quedamos|quiero|queremos|reserv\w*|elijo|elegimos|vamos con|voy con"
    r"|dame|danos|prefiero|preferimos)\b"
)
# The biggest or smallest cabin asked for: "¿cuál es la más grande?", "¿cuál tiene más
# lugar?", "¿qué cabaña es más amplia?", "la más chica ¿cuál es?" (a question: "quiero la
# más grande" picks it, `_BY_RANK_RE`; "¿la de 6 es más grande?" weighs one named).
_SIZE_RANK_RE = re.compile(
    r"\b(?:cual|cuales|que cabana|que casa)\b(?: \w+){0,5}? (?P<how>mas|mayor|menor|menos)"
    r" (?P<word>grandes?|amplias?|espaciosas?|lugar|espacio|capacidad|chic[oa]s?"
    r"|chiquit[oa]s?|pequen[oa]s?)\b"
    r"|\b(?:la|el) mas (?P<word2>grande|amplia|espaciosa|chic[oa]|chiquit[oa]|pequen[oa])"
    r" (?:cual|que)\b"
)
_SMALL_WORDS = ("chic", "chiquit", "pequen")


@functools.lru_cache(maxsize=1024)
def cabin_size_asked(words: str) -> bool | None:
    """True when the biggest cabin is asked for, False for the smallest, None for neither."""
    found = _SIZE_RANK_RE.search(words)
    if found is None:
        return None
    word = found["word"] or found["word2"]
    small = word.startswith(_SMALL_WORDS)
    if found["how"] in ("menor", "menos"):
        return small  # "menos lugar" is the smallest, "menos chica" the biggest
    return not small


def size_ranked_asked(turn: Turn, cabins: list[Cabin]) -> bool | None:
    """The biggest (True) or smallest (False) of the cabins asked for with none of `cabins`
    named; None otherwise: "la del lago o la del bosque, ¿cuál es más grande?" weighs those
    two (`handlers_info.about_a_cabin`), it ranks nothing."""
    big = cabin_size_asked(turn.plain)
    if big is None or named_cabins(turn.msg.text or "", cabins):
        return None
    return big


async def sizes_weighed(turn: Turn, ctx: Context) -> tuple[replies.Text, str | None] | None:
    """ "¿Cuál es la más grande?" with several cabins listed and none named: the biggest (or
    smallest) of them beside the others' sizes, and its slug ("dale" takes it next)."""
    big = None if turn.reply_id else size_ranked_asked(turn, await turn.cabins())
    if big is None:
        return None
    listed = [q.cabin for q in await listed_quotes(turn, ctx)]
    if len(listed) < 2:
        return None
    answer, alone = replies.sizes_ranked(listed, big=big, take=True)
    return answer, alone.slug if alone else None


# "¿cuánto sale la más barata?": the cheapest of the list, asked about.
CHEAPEST_RE = re.compile(r"\b(?:la|el|lo) mas (?:barat|economic)\w*")
# "¿y la otra?", "¿y la otra cuánto sale?", "¿cuánto sale la otra?": asked about the
# other cabin of two listed, next to the one on the summary (never its price for the other).
OTHER_ASKED_RE = re.compile(
    r"^(?:y |pero |che )?(?:(?:cuanto|que precio) (?:sale|cuesta|es|tiene|vale) )?"
    r"(?:y )?(?:la otra|el otro)(?: cabana)?"
    r"(?: (?:cuanto|que precio) (?:sale|cuesta|es|tiene|vale)| que precio tiene| cuanto)?$"
)
# "reservame la más barata" / "quiero la más grande" with the stay: the pick is asked for.
RANKED_ASKED_RE = re.compile(
    r"\b(?:reserv\w*|quiero|queremos|dame|danos|prefiero|preferimos|elijo|elegimos"
    r"|me quedo con|nos quedamos con|vamos con|voy con)"
    r" (?:la|el) (?:cabana )?mas (?P<cheap>barat[oa]|economic[oa])\b"
)
# "prefiero otra", "la otra" with more than two listed: the guest wants to choose again.
ANOTHER_RE = re.compile(r"\b(?:la otra|las otras|otra cabana|otra opcion|otra)$")


# "¿la otra tiene parrilla?", "y el otro, ¿acepta perros?", "¿las otras tienen wifi?": the
# listed cabins other than the one on the summary (not "otra cosa", "la otra semana").
_OTHERS_RE = re.compile(
    r"\b(?:la otra|el otro|las otras|los otros)\b(?! (?:cosa|pregunta|consulta|duda|fecha"
    r"|semana|noche|vez|persona|gente|parte))"
)


# "¿la primera tiene parrilla?", "y la 2, ¿acepta perros?", "¿la última tiene wifi?": a row
# of the list by its place (not "la primera semana", "la segunda noche").
_BY_PLACE_RE = re.compile(
    r"\b(?:la|el) (?P<at>primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|ultim[oa]|[1-9])\b"
    r"(?! (?:semana|quincena|noche|vez|fecha|de|del)\b)"
)
_PLACES = {"primer": 1, "segund": 2, "tercer": 3, "cuart": 4}
# "y la primera?", "mejor la segunda": only the place, at the summary.
_ONLY_PLACE_RE = re.compile(
    r"^(?:(?:y|mejor|prefiero|quiero|dame|entonces|mmm|no) )*(?:la|el) (?:primer[oa]|segund[oa]"
    r"|tercer[oa]|cuart[oa]|ultim[oa]|[1-9])(?: (?:opcion|cabana|de la lista))?$"
)


def says_place(text: str) -> bool:
    """The message points at a listed offer by its place ("la primera", "la 2")."""
    return _BY_PLACE_RE.search(text) is not None


def listed_at_place(text: str, offers: tuple[str, ...]) -> str | None:
    """The listed offer a message points at by its place ("la primera", "la 2")."""
    found = _BY_PLACE_RE.search(text)
    if found is None or not offers:
        return None
    at = found["at"]
    index = len(offers) if at.startswith("ultim") else int(at) if at.isdigit() else _PLACES[at[:-1]]
    return offers[index - 1] if 1 <= index <= len(offers) else None


def followed_up(turn: Turn) -> tuple[str, ...]:
    """The cabins the previous answer was about (`Turn.asked_before`), when this question
    points at no cabin of its own: "¿la Quila tiene pileta?" then "¿y wifi?" is still
    about the Quila, not about the cabin on screen. The caller checks for a name."""
    if turn.reply_id or _OTHERS_RE.search(turn.plain) or _BY_PLACE_RE.search(turn.plain):
        return ()
    return turn.asked_before


async def cabins_asked_about(turn: Turn, ctx: Context) -> list[Cabin]:
    """The cabins a question on the summary points at, other than the one summed up:
    one named ("¿y la del lago tiene wifi?", "¿la de 6 tiene parrilla?"), or "la otra" /
    "las otras" among those listed, or the ones the previous question was about ("¿y
    pileta?" next, `followed_up`). Empty when it is about the one on screen."""
    cabins = await turn.cabins()
    by_slug = {c.slug: c for c in cabins}
    named = named_cabin(turn.msg.text or "", cabins)
    if named is None and (placed := listed_at_place(turn.plain, ctx.offers)) is not None:
        named = by_slug.get(placed.split(":")[1])
    if named is not None:
        return [named] if named.slug != ctx.cabin else []
    if not _OTHERS_RE.search(turn.plain):
        return [by_slug[s] for s in followed_up(turn) if s in by_slug and s != ctx.cabin]
    slugs = dict.fromkeys(o.split(":")[1] for o in ctx.offers if o.count(":") >= 1)
    return [by_slug[s] for s in slugs if s in by_slug and s != ctx.cabin]


# "¿otra no hay?", "¿no tenés alguna otra?", "¿no hay algo más?": asking for more options.
_NO_OTHER_RE = re.compile(
    r"\b(?:otra|otras)(?: cabana| opcion)? no (?:hay|tenes|tienen)\b"
    r"|\bno (?:hay|tenes|tienen|tendras|tendrian) (?:otra|otras|alguna otra|algo mas|alguna mas)\b"
)


async def no_other_listed(
    turn: Turn, ctx: Context, *, summary: bool = False
) -> replies.Text | None:
    """ "No, mejor la otra", "¿no hay otra?" with one cabin listed: there is no other (not
    the same list again, nor "lo dejamos acá" for the "no")."""
    if turn.reply_id or len(ctx.offers) != 1:
        return None
    ranked = _by_rank(turn.plain)
    if not (
        (ranked and ranked["other"])
        or OTHER_ASKED_RE.match(turn.plain)
        or ANOTHER_RE.search(turn.plain)
        or _NO_OTHER_RE.search(turn.plain)
    ):
        return None
    cabin = next((c for c in await turn.cabins() if c.slug == ctx.offers[0].split(":")[1]), None)
    if cabin is None:
        return None
    return replies.no_other_free(cabin.name, ctx.guests, summary=summary)


def parse_pick(row_id: str) -> tuple[str, Stay] | None:
    try:
        _, slug, start, end = row_id.split(":")
        stay = Stay(
            dt.datetime.strptime(start, "%Y%m%d").date(), dt.datetime.strptime(end, "%Y%m%d").date()
        )
    except ValueError:
        return None
    return slug, stay


async def described_offer(turn: Turn, ctx: Context) -> str | None:
    """A listed cabin named ("la de Quila") or ranked ("la más barata", "la otra")."""
    if turn.reply_id:
        return None
    if turn.intent in ("info", "prices"):
        # "¿la de Quila tiene parrilla?" is a question, not a pick; but a whole message
        # like "la más barata" is a pick, whatever the NLU makes of "barata".
        return await _ranked_offer(turn, ctx)
    return (
        await _named_offer(turn, ctx)
        or await _ranked_offer(turn, ctx)
        or await _priced_offer(turn, ctx)
    )


# "la de 285 mil", "esa de $285.000", "la de 95 lucas": a listed cabin by its price (the
# total the list shows, or a night of it). On plain text: "$" is gone, "285.000" is "285 000".
_PRICED_RE = re.compile(
    r"\b(?:la|el|esa|ese|esta|este) de (?P<n>\d{1,3}(?: \d{3})+|\d{2,6})"
    r"(?: ?(?P<k>mil|k|lucas|luquitas))?\b"
)


async def _priced_offer(turn: Turn, ctx: Context) -> str | None:
    found = _PRICED_RE.search(turn.plain)
    if found is None or not ctx.offers:
        return None
    amount = int(found["n"].replace(" ", ""))
    if found["k"] or amount < 1000:
        amount *= 1000  # "la de 285": nobody quotes a cabin in pesos under a thousand
    cents = amount * 100
    listed = await listed_quotes(turn, ctx)
    priced = [
        q for q in listed if q.total_cents == cents or any(p == cents for _, p in q.per_night)
    ]
    return replies.pick_id(priced[0]) if len(priced) == 1 else None


async def _named_offer(turn: Turn, ctx: Context) -> str | None:
    cabin = named_cabin(turn.msg.text or "", await turn.cabins())
    if cabin is None:
        return None
    return next((o for o in ctx.offers if o.split(":")[1] == cabin.slug), None)


async def unlisted_cabin(turn: Turn, ctx: Context) -> replies.Text | None:
    """ "Quiero la de Lago Lácar" when it is not in the list: why it is not there."""
    if turn.reply_id or turn.intent in ("info", "prices") or not ctx.offers:
        return None
    cabin = named_cabin(turn.msg.text or "", await turn.cabins())
    if cabin is None or any(o.split(":")[1] == cabin.slug for o in ctx.offers):
        return None
    return replies.cabin_not_listed(cabin, ctx.guests)


async def _ranked_offer(turn: Turn, ctx: Context) -> str | None:
    if OTHER_ASKED_RE.match(turn.plain) and ctx.offers:
        others = [o for o in ctx.offers if o.split(":")[1] != ctx.cabin]
        return others[0] if ctx.cabin and len(others) == 1 else None
    found = _by_rank(turn.plain)
    if found is None or not ctx.offers:
        return None
    if found["last"]:
        return ctx.offers[-1]
    if found["first"]:
        return ctx.offers[0]  # "la de arriba": the first row as the list shows it
    if found["middle"]:
        # "la del medio" of three (or five) rows; of an even count there is no middle one.
        return ctx.offers[len(ctx.offers) // 2] if len(ctx.offers) % 2 else None
    if found["other"]:
        # "la otra" only means something next to the one on the summary, out of two.
        others = [o for o in ctx.offers if o.split(":")[1] != ctx.cabin]
        return others[0] if ctx.cabin and len(others) == 1 else None
    listed = await listed_quotes(turn, ctx)
    if not listed:
        return None
    by_price = sorted(listed, key=lambda q: q.total_cents)
    by_size = sorted(listed, key=lambda q: q.cabin.capacity)
    chosen = (
        by_price[0] if found["cheap"] else
        by_price[-1] if found["dear"] else
        by_size[-1] if found["big"] else
        by_size[0]
    )  # fmt: skip
    return replies.pick_id(chosen)


def ranked(words: str) -> bool:
    """ "la más barata", "la del medio", "la última": a listed cabin by its rank (plain)."""
    return _by_rank(words) is not None


async def offer_in(turn: Turn, ctx: Context, sentence: str) -> str | None:
    """The listed offer one sentence of the message points at: by name or size ("la del
    lago", "la de 4"), by its row ("la 2", "la primera") or by its rank ("la del medio",
    "la más barata")."""
    cabin = named_cabin(sentence, await turn.cabins())
    if cabin is not None:
        return next((o for o in ctx.offers if o.split(":")[1] == cabin.slug), None)
    if (placed := listed_at_place(plain(sentence), ctx.offers)) is not None:
        return placed
    alone = dataclasses.replace(turn, msg=dataclasses.replace(turn.msg, text=sentence))
    return await _ranked_offer(alone, ctx)


async def listed_quotes(turn: Turn, ctx: Context) -> list[Quote]:
    """What each listed offer costs, from the cabins' prices (no availability check)."""
    cabins: dict[str, Cabin] = {c.slug: c for c in await turn.cabins()}
    quotes = []
    for offer in ctx.offers:
        parsed = parse_pick(offer)
        if parsed is not None and parsed[0] in cabins:
            quotes.append(quote_stay(cabins[parsed[0]], parsed[1], turn.rules.deposit_percent))
    return quotes


async def other_listed(turn: Turn, ctx: Context) -> str | None:
    """Another cabin of the list the summary came from."""
    choice = turn.said.choice
    if choice and 1 <= choice <= len(ctx.offers):
        return ctx.offers[choice - 1]
    if not turn.reply_id and _ONLY_PLACE_RE.match(turn.plain):
        return listed_at_place(turn.plain, ctx.offers)  # "y la primera?"
    return await described_offer(turn, ctx)


async def compared_offers(turn: Turn, ctx: Context) -> replies.Text | None:
    """ "¿Cuál es más linda?", "¿la de 4 es más linda?", "¿qué diferencia hay entre la de 4
    y la de 6?" with cabins on offer: those side by side (how many each sleeps, the total
    for the dates listed, what each has), never another summary. Two named: those two;
    one named: it and the one on the summary, or the others listed; none: every one listed."""
    if turn.reply_id or turn.intent == "prices" or _PICKS_RE.search(turn.plain):
        return None
    cabins = await turn.cabins()
    named = named_cabins(turn.msg.text or "", cabins)
    asked = asks(turn) or bool(_ASKED_RE.match(turn.plain))
    compares = COMPARE_RE.search(turn.plain) or (
        named and asked and _COMPARED_RE.search(turn.plain)
    )
    if not compares:
        return None
    by_slug = {c.slug: c for c in cabins}
    listed = [
        by_slug[s] for s in dict.fromkeys(o.split(":")[1] for o in ctx.offers) if s in by_slug
    ]
    shown = named
    if len(named) == 1 and ctx.cabin in by_slug and ctx.cabin != named[0].slug:
        shown = [by_slug[ctx.cabin], named[0]]  # the one on the summary, and the one named
    elif len(named) == 1:
        shown = named + [c for c in listed if c != named[0]]
    shown = shown or listed
    if len(shown) < 2:
        return None
    totals = {q.cabin.slug: q for q in await listed_quotes(turn, ctx)}
    return replies.cabins_compared([(c, totals.get(c.slug)) for c in shown])


# "¿La de 6 es más cara?", "¿la del lago sale menos?", "¿cuánto más sale la de 6?": one
# cabin's price weighed against another's ("dear": asked whether it costs more).
_PRICE_COMPARED_RE = re.compile(
    # "varata": b and v are one sound, and often typed one for the other.
    r"\b(?:mas|menos) (?P<adj>car[oa]s?|[bv]arat[oa]s?|economic[oa]s?)\b"
    r"|\b(?:sale|salen|saldria|cuesta|cuestan|costaria|vale|valen) (?P<verb>mas|menos)\b"
    r"|\bcuanto (?P<how>mas|menos) (?:sale|cuesta|vale|car[oa]|barat[oa])"
    r"|\bdiferencia de precio\b"
)


async def price_compared(turn: Turn, ctx: Context) -> tuple[replies.Text, str | None] | None:
    """ "¿La de 6 es más cara?" on a summary: that cabin's total for the same dates next to
    the summary's cabin, not its own summary (and the cabin asked about, for "dale, esa").
    Two named: the first weighed against the second."""
    found = None if turn.reply_id else _PRICE_COMPARED_RE.search(turn.plain)
    # "¿Y la de Quila cuánto sale?" asks the same of one cabin named: not this summary's total.
    priced = not turn.reply_id and turn.intent == "prices"
    if (found is None and not priced) or _PICKS_RE.search(turn.plain):
        return None
    if not (ctx.check_in and ctx.check_out):
        return None
    cabins = await turn.cabins()
    named = named_cabins(turn.msg.text or "", cabins)
    by_slug = {c.slug: c for c in cabins}
    if len(named) == 1 and ctx.cabin in by_slug and named[0].slug != ctx.cabin:
        named = [named[0], by_slug[ctx.cabin]]
    if len(named) < 2:
        return None
    stay = Stay(ctx.check_in, ctx.check_out)
    asked, other = (quote_stay(c, stay, turn.rules.deposit_percent) for c in named[:2])
    word = (found["adj"] or found["verb"] or found["how"] or "") if found else ""
    dearer = None if (found and found["how"]) or not word else word.startswith(("car", "mas"))
    listed = {o.split(":")[1] for o in ctx.offers if ":" in o}
    # Every free cabin that fits was listed: one not listed is taken, or too small.
    free = asked.cabin.slug in listed or asked.cabin.slug == ctx.cabin
    small = ctx.guests is not None and asked.cabin.capacity < ctx.guests
    room = asked.cabin.capacity if small else None
    said = replies.price_compared(asked, other, dearer=dearer, free=free, room=room)
    return said, (asked.cabin.slug if asked.cabin.slug != ctx.cabin else None)


# A question opened by its word, typed without "?" ("cual sale menos", "cuanto sale la mas
# barata").
# ... or closed by it: "la más barata cuál es", "y la más económica cuál sería" (session 22).
_QUESTION_WORD_RE = re.compile(
    r"^(?:y )?(?:cual|cuales|cuanto|cuanta)\b"
    r"|\b(?:cual|cuales) (?:es|seria|son|serian|sale|conviene)(?: (?:ja)+j?)?$"
)


async def prices_weighed(
    turn: Turn, ctx: Context, *, summary: bool = False
) -> tuple[replies.Text, str | None] | None:
    """ "¿Cuál sale menos?", "¿cuál es la más cara?", "¿la de 6 es más cara?" with several
    cabins listed: the one asked about (the cheapest or dearest, or the one named) weighed
    against every other listed, totals for the same dates, and its slug (what "dale, esa"
    takes next). Two named, or one of two listed, is `price_compared`'s; one named that is
    not listed is `unlisted_cabin`'s."""
    if turn.reply_id or _PICKS_RE.search(turn.plain) or CHEAPER_RE.search(turn.plain):
        return None  # "¿no hay algo más barato?" wants cheaper than these (`cheapest_of`)
    found = _PRICE_COMPARED_RE.search(turn.plain)
    if found is None or not (asks(turn) or _QUESTION_WORD_RE.search(turn.plain)):
        return None  # "cuánto sale la más barata", typed without "?", asks all the same
    listed = await listed_quotes(turn, ctx)
    if len(listed) < 2:
        return None
    word = found["adj"] or found["verb"] or ""
    dearer = word.startswith(("car", "mas")) if word else None
    named = named_cabins(turn.msg.text or "", await turn.cabins())
    by_slug = {q.cabin.slug: q for q in listed}
    if any(c.slug not in by_slug for c in named):
        return None
    if len(named) > 1 or (named and len(listed) == 2):
        # "¿La de 6 es más cara que la de 4?", or one of two listed: against the other.
        asked = by_slug[named[0].slug]
        other = (
            by_slug[named[1].slug] if len(named) > 1 else next(q for q in listed if q is not asked)
        )
        said = replies.price_compared(asked, other, dearer=dearer, free=True, room=None)
        return said, asked.cabin.slug
    if named and found["how"]:
        # "¿Cuánto más sale la de 6?": against the cheapest listed (the next, if it is that).
        asked = by_slug[named[0].slug]
        ranked = sorted((q for q in listed if q is not asked), key=lambda q: q.total_cents)
        said = replies.price_compared(asked, ranked[0], dearer=None, free=True, room=None)
        return said, asked.cabin.slug
    if named:
        asked = by_slug[named[0].slug]
        said = replies.prices_ranked(asked, listed, dearer=dearer, take=not summary)
        return said, asked.cabin.slug
    if dearer is None:
        return None  # "¿qué diferencia de precio hay?": every total (`_totals`)
    if len({q.total_cents for q in listed}) == 1:
        return replies.same_price(listed[0], len(listed)), None  # none to single out
    ranked = sorted(listed, key=lambda q: q.total_cents)
    asked = ranked[-1] if dearer else ranked[0]
    nightly = asks_per_night(turn)  # "¿cuánto sale por noche la más barata?"
    said = replies.prices_ranked(asked, listed, dearer=None, take=not summary, nightly=nightly)
    return said, asked.cabin.slug


def advised(listed: list[Quote], guests: int | None) -> Quote | None:
    """The listed stay to recommend: the smallest cabin that fits the party, the cheapest
    among those (a couple is not sent to the cabin for 6)."""
    fitting = [q for q in listed if q.cabin.capacity >= (guests or 1)] or listed
    return min(fitting, key=lambda q: (q.cabin.capacity, q.total_cents)) if fitting else None


def cheapest_of(listed: list[Quote], guests: int | None, *, summary: bool = False) -> replies.Text:
    """ "¿Algo más barato?": the cheapest listed cabin, said to fit the stay asked for
    (the only one listed is said to be the only one; weekdays are suggested only when
    the stay has Friday or Saturday nights, which cost more). `summary`: on the summary,
    whose cabin needs no "te paso el resumen"."""
    cheapest = min(listed, key=lambda q: q.total_cents)
    cabin = cheapest.cabin
    dearer = cabin.weekend_price_cents > cabin.base_price_cents and any(
        night.weekday() in (4, 5) for night, _ in cheapest.per_night
    )
    return replies.cheapest_listed(
        cheapest, listed=len(listed), guests=guests, dearer_weekend=dearer, summed_up=summary
    )
