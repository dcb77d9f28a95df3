"""Questions answered from the cabins' own data, from any state.

An answer never moves the conversation: the guest asking about pets while
choosing a cabin is still choosing a cabin afterwards.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from booking.models import Cabin, Reservation, Status
from bot import replies
from bot.arrival import night_arrival
from bot.handlers import (
    Step,
    Turn,
    asks,
    named_cabin,
    named_cabins,
    plain,
    step,
    unaccented,
    understood,
)
from bot.handlers_choose import (
    COMPARE_RE,
    cabin_size_asked,
    followed_up,
    listed_at_place,
    listed_quotes,
    size_ranked_asked,
)
from bot.handlers_words import (
    GUARANTEE_RE,
    OTHERS_CARD_RE,
    PET_NOTE,
    RECEIPT_WANTED_RE,
    STAY_PRAISED_RE,
)
from bot.holder import asked_for_them, booked_for, stay_for_others
from bot.messages import Outbound, Text
from bot.nlu import parse
from bot.nlu_text import normalize
from bot.pet_size import SMALL, size_asked, verdict
from bot.session import Context
from bot.states import State

# NLU topic → what to look for in a cabin's amenities.
AMENITY_WORDS = {
    "pool": ("pileta", "piscina", "jacuzzi", "hidromasaje"),
    "grill": ("parrilla", "quincho", "asador"),
    "linens": ("ropa de cama", "toalla", "sabana"),
    "breakfast": ("desayuno",),
    "view": ("vista", "paisaje", "panoram"),  # "deck con vista al lago"
}
# Things a topic's words take in that are not it (a pool is not a jacuzzi): asked by that
# name (on plain text), looked up and named by it. (label, what the guest writes, what an
# amenity says).
AMENITY_KINDS = {
    "pool": (
        ("hidromasaje", re.compile(r"\bhidro(?:masajes?)?\b"), ("hidromasaje", "jacuzzi")),
        ("jacuzzi", re.compile(r"\bjacuzzis?\b"), ("jacuzzi", "hidromasaje")),
    ),
    # "la que tiene quincho": a roofed grill room, which a bare "parrilla" is not.
    "grill": (("quincho", re.compile(r"\bquinchos?\b"), ("quincho",)),),
}
# "¿Tienen calefacción?": one thing among the "amenities" words, looked up in each
# cabin's amenities. (label, what the guest writes, what an amenity says).
SPECIFIC_AMENITIES = (
    (
        "calefacción",
        r"calefac\w*|estufas?|hogar|chimeneas?|salamandras?|radiador\w*|losa radiante"
        r"|caloventor\w*",
        ("calefac", "estufa", "hogar", "salamandra", "radiador", "losa radiante", "caloventor"),
    ),
    ("aire acondicionado", r"aire(?: acondicionado)?", ("aire acondicionado", "split")),
    ("tele", r"tv|tele|television|netflix|smart", ("tv", "tele", "netflix")),
    ("lavarropas", r"lavarropas?", ("lavarropa",)),
    (
        "cocina",
        r"cocinas?|heladera|microondas?|vajilla|cafetera|horno|anafe|kitchenette|cocineta",
        ("cocina", "heladera", "microondas", "vajilla", "cafetera", "horno", "anafe", "kitchen"),
    ),
    ("cuna", r"cunas?", ("cuna",)),
    (
        "silla alta",
        r"sillas? altas?|sillitas? (?:alta|altas|de comer)|sillas? de comer|tronas?",
        ("silla alta", "sillita", "silla de comer", "trona"),
    ),
    ("bañera", r"baneras?", ("banera", "jacuzzi", "hidromasaje")),
    ("secador de pelo", r"secador\w*", ("secador",)),
    ("ventilador", r"ventilador\w*", ("ventilador",)),
    (
        "si son accesibles (rampa, sin escaleras)",
        r"silla de ruedas|sillas de ruedas|discapacitad\w*|discapacidad|accesib\w*"
        r"|movilidad reducida|rampas?|escaleras?|escalones|planta baja|muletas?|rodillas?"
        r"|baston|andador",
        ("accesib", "rampa", "silla de ruedas", "planta baja", "sin escalera", "una planta"),
    ),
    ("grupo electrógeno", r"grupo electrogeno|generador", ("electrogeno", "generador")),
)
# A need for access stated, not asked ("mi papá usa silla de ruedas"): answered all the same.
ACCESS_NEED_RE = re.compile(
    r"\b(?:silla de ruedas|sillas de ruedas|discapacitad\w*|discapacidad|movilidad reducida"
    r"|baston|andador|no (?:puede|pueden) subir"
    # "necesitaríamos algo sin escaleras", "problemas en las rodillas", "camina con muletas",
    # "le cuesta subir escaleras", "no camina bien" (session 20)
    r"|sin (?:escaleras?|escalones)|rodillas?|muletas?"
    r"|(?:le|les|me|nos) cuesta (?:subir|caminar|bajar)|no (?:camina|caminan|camino) bien)\b"
)
# How the guest asked to pay, for an answer about that very way.
PAY_WAYS = (
    # First: "¿aceptan transferencia o tarjeta en cuotas?" asks about the instalments.
    # ... and a tourist's English: "installments", "cash", "dollars".
    ("cuotas", re.compile(r"\bcuotas?\b|\bfinanc\w*|\bsin interes\b|\binstal?lments?\b")),
    ("efectivo", re.compile(r"\befectivo\b|\bcash\b")),
    ("dólares", re.compile(r"\bdolar(?:es)?\b|\busd\b|\bdollars?\b")),
    ("transferencia", re.compile(r"\btransfer\w*|\bcbu\b|\balias\b")),
    ("resto", re.compile(r"\b(?:resto|saldo|restante|lo que falta|lo demas)\b")),
    # "¿puedo pagar todo ahora?", "quiero pagar el total de una", "¿la mitad ahora?"
    (
        "todo",
        re.compile(
            r"\bpagar (?:todo|el total|la totalidad|completo|toda la estadia|la mitad|el 50)\b"
            r"|\b(?:todo|el total) (?:junto|de una|ahora|por adelantado|por anticipado)\b"
        ),
    ),
)
# "¿Hay que llevar toallas?", "¿llevamos sábanas?": asked as what to bring, not what it has.
_BRING_RE = re.compile(
    r"\b(?:hay que|tengo que|tenemos que|hace falta|necesito|necesitamos|debo|debemos"
    r"|conviene) (?:llevar|traer)\b|\b(?:llevo|llevamos|traigo|traemos)\b"
)
# Topics the NLU does not name but the cabins' house rules answer.
EXTRA_TOPICS = {
    "smoking": ("fumar", "fumo", "fuma", "cigarr", "pucho"),
    # "¿Cuánto sería en pesos chilenos?", "quanto custa em reais?": which currency.
    "currency": (
        "reais",
        "en reales",
        "pesos chilenos",
        "pesos uruguayos",
        "que moneda",
        "guaranies",
    ),
}
MAX_TOPICS = 3


# "¿Qué incluye el precio?", "¿qué está incluido en la tarifa?", "el total, ¿qué cubre?":
# what comes with the price (the cabin's amenities), not how much it is. On plain text.
_PRICE = r"(?:precio|precios|tarifa|tarifas|total|valor|costo)"
PRICE_INCLUDES_RE = re.compile(
    rf"\b(?:que|q) (?:incluye|incluyen|trae|cubre|entra)\b.*\b{_PRICE}\b"
    rf"|\b{_PRICE} (?:\w+ )?(?:incluye|incluyen|cubre)\b"
    rf"|\bincluid[oa]s? en (?:el|la|los|las) {_PRICE}\b"
    rf"|\b{_PRICE}\b.*\b(?:que|q) (?:incluye|incluyen|cubre|trae)\b"
)

# "incluye desayuno", "¿la tarifa incluye la ropa de cama?": one thing named right after
# the verb (on the raw text: "¿qué incluye? ¿tiene wifi?" names none), not "¿qué incluye
# el precio?" or "¿qué incluye la cabaña?".
INCLUDES_A_THING_RE = re.compile(
    r"(?<!\bque )(?<!\bq )\bincluy(?:e|en)\s+(?!(?:el |la |los |las )?(?:precio|tarifa|valor"
    r"|total|costo|cabana|estadia|alquiler|reserva)s?\b)\w"
)
_HOW_MUCH_RE = re.compile(r"\b(?:cuanto|cuanta|cuesta|cuestan|sale|salen|vale|valen)\b")


def topics_of(turn: Turn) -> tuple[str, ...]:
    found = tuple(turn.said.topics) or ((turn.said.topic,) if turn.said.topic else ())
    text = turn.plain
    if not found and PRICE_INCLUDES_RE.search(text):
        found = ("amenities",)  # "¿qué está incluido en el precio?"
    extra = tuple(t for t, words in EXTRA_TOPICS.items() if any(w in text for w in words))
    if "rules" in found and extra:
        # "¿se puede fumar?" is a house rule the cabins answer one by one.
        found = tuple(t for t in found if t != "rules") + extra
    if "cancellation" in found:
        # "¿si cancelo me devuelven la seña?" asks about the refund, not how to pay it.
        found = tuple(t for t in found if t != "payment")
    if (
        "amenities" in found
        and len(found) > 1
        and INCLUDES_A_THING_RE.search(unaccented(turn.msg.text or ""))
    ):
        # "¿El precio incluye desayuno?": a yes or no about that thing, not every amenity.
        found = tuple(t for t in found if t != "amenities")
    return tuple(dict.fromkeys(found or extra))[:MAX_TOPICS]


def wants_info(turn: Turn) -> bool:
    """A question about the cabins ("¿cuánto es la seña?" is one too: about paying)."""
    if turn.intent == "info":
        return True
    if PRICE_INCLUDES_RE.search(turn.plain) and not _HOW_MUCH_RE.search(turn.plain):
        return True  # "¿qué incluye el precio?": what comes with it, not how much
    topics = topics_of(turn)
    if turn.intent == "prices" and "payment" in topics:
        return True  # "¿tienen wifi? ¿cuánto es la seña?": the "cuánto" is the deposit's
    return bool(topics) and (turn.intent == "unknown" or topics == ("payment",))


async def about_a_cabin(turn: Turn, *, ask: bool = True) -> list[Outbound] | None:
    """ "¿Qué tiene la de Chapelco?": an otherwise unclear message that names a cabin. Two
    named and asked about ("me gusta la del lago pero también la del bosque, ¿cuál es más
    grande?"): those two side by side, not the first one's card alone. `ask`: the details
    end asking for the dates and party (not mid-booking)."""
    # "…la del bosque, ¿cuál es más grande?" reads as the capacity topic (session 23): the
    # biggest of every cabin, unless two are named, when those two are weighed here.
    sized = topics_of(turn) == ("capacity",) and cabin_size_asked(turn.plain) is not None
    if (turn.intent not in ("unknown", "greeting") and not sized) or not turn.msg.text:
        return None
    cabins = await turn.cabins()
    named = named_cabins(turn.msg.text, cabins)
    if len(named) >= 2 and (asks(turn) or COMPARE_RE.search(turn.plain)):
        return [replies.cabins_compared([(c, None) for c in named], ask_dates=ask)]
    if turn.intent != "unknown":
        return None
    cabin = named_cabin(turn.msg.text, cabins)
    return [replies.cabin_detail(cabin, ask=ask)] if cabin else None


async def answer_topics(
    turn: Turn, ctx: Context, state: State, topics: tuple[str, ...]
) -> list[Outbound]:
    """Only `topics` of the message answered, the rest of it answered by another handler
    ("¿tiene parrilla? llegamos tipo 11"): nothing when there are none. A question about
    every cabin is about the listed ones while a list is on screen."""
    if not topics:
        return []
    said = dataclasses.replace(turn.said, topic=topics[0], topics=topics)
    listed = state == State.CHOOSE_CABIN and bool(ctx.offers)
    return await answer_info(dataclasses.replace(turn, said=said), ctx, listed=listed)


async def answer_info(
    turn: Turn, ctx: Context, *, listed: bool = False, about: Sequence[Cabin] = ()
) -> list[Outbound]:
    """`listed`: a list of cabins is on screen, so a question about every cabin is about
    the listed ones ("¿y lavarropas?" while choosing between two); `about`: the cabins the
    question is about, when the guest pointed at them ("¿la otra tiene parrilla?")."""
    cabins = await turn.cabins()
    cabin = subject_of(turn, cabins) or next((c for c in cabins if c.slug == ctx.cabin), None)
    if listed:
        cabins = listed_cabins(cabins, ctx) or cabins
        if cabin is None and len(cabins) == 1:
            cabin = cabins[0]  # the only one listed: "la Quila tiene…", not "todas tienen…"
    if about:
        cabins, cabin = list(about), (about[0] if len(about) == 1 else None)
    topics = topics_of(turn)
    if set(topics) <= {"payment", "cancellation"} and GUARANTEE_RE.search(turn.plain):
        # "¿Hay que dejar depósito de garantía?", "¿me devuelven la garantía?": no cabin's
        # data has one, so the owner confirms (not the deposit's terms, nor cancelling).
        shown = [cabin] if cabin else cabins
        return [replies.amenity("depósito de garantía", [], shown, only=cabin)]
    if not topics:
        shown = [cabin] if cabin else cabins
        if (fuel := fuel_asked(turn.plain, shown, cabin)) is not None:
            return [fuel]
        if (specific := specific_answer(turn.plain, shown, cabin)) is not None:
            # "¿Es apto para silla de ruedas?", "¿tienen generador?": no topic, a known thing.
            return [specific]
        if (found_thing := looked_up(turn, shown, cabin)) is not None:
            return [found_thing]  # "¿Tienen ascensor?"
        return [replies.cabins_overview(shown)]
    # "Es para mis viejos" … "¿a qué hora entran?": the times speak of them, not of the guest.
    theirs = asked_for_them(turn.plain) or stay_for_others(ctx.history, ctx.holder, ctx.name)
    if not theirs and {"checkin", "checkout", "times"} & set(topics):
        # Paid, the holder is done with in the chat; the reservations still say whose.
        mine = await turn.active_reservations()
        theirs = bool(mine) and all(booked_for(r.guest_name, ctx.name) for r in mine)
    answers = [_answer(topic, cabins, cabin, turn, theirs=theirs) for topic in topics]
    late, hour = night_arrival(turn.plain) if _ARRIVAL_TOPICS & set(topics) else (False, None)
    if late:
        # "del 15 al 18 para 4, ¿y si llegamos tipo 11 de la noche?": the night's answer
        # (the keys arranged with the owner), not the check-in time alone. In words: the
        # list or summary that comes with it is still the step, no button hands it off.
        shown = [cabin] if cabin else cabins
        night = replies.night_arrival_noted(shown, hour.strftime("%H:%M") if hour else None)
        answers = [
            night if t in _ARRIVAL_TOPICS else a for t, a in zip(topics, answers, strict=True)
        ]
    if "payment" in topics and not (listed or ctx.hold or ctx.offers or ctx.check_in):
        # Paid, "¿el resto lo pago en efectivo?" is about the rest: the deposit's terms
        # ("por acá no puedo tomarla en efectivo") would speak of a payment already made.
        if (paid := _paid_stay(await turn.active_reservations())) is not None:
            way = _pay_way(turn)
            rest = replies.rest_after_deposit(paid, way)
            if RECEIPT_WANTED_RE.search(turn.plain):  # "¿me mandás el comprobante?"
                rest = replies.deposit_receipt(paid)
            answers = [rest if t == "payment" else a for t, a in zip(topics, answers, strict=True)]
    if (
        "pets" in topics
        and _notice_asked(cabin, cabins)
        and (mine := await turn.active_reservations())
    ):
        # "¿Podemos llevar al perro al final?" with a booking: the rule asks for notice,
        # so how to give it ("vamos con el perro" reaches the owner, bot/handlers_pet.py),
        # unless the pet the guest spoke of is in the booking's notes already.
        noted = any(r.notes and PET_NOTE in r.notes for r in mine)
        answers.append(replies.pet_in_notes() if noted else replies.pet_notice_how())
    # "¿A qué hora es el check in? ¿y el check out?": one answer says both.
    said: list[Outbound] = list({answer.body: answer for answer in answers}.values())
    if not late and (told := _told_after_answer(turn, ctx, topics)) is not None:
        return [told]  # "¿aceptan mascotas?" … "tenemos un perro chiquito"
    if asks_discount(turn):
        # "¿Me hacen descuento si pago en efectivo?": the discount asked for is answered
        # too, not only the way of paying.
        said.insert(0, replies.no_discounts(listed=False))
    if "payment" in topics and (way := _pay_way_insisted(turn, ctx)) is not None:
        # "no tengo Mercado Pago, solo transferencia" after asking for it: not the same
        # lines a second time, but that we heard, and who can arrange it.
        terms = [
            replies.payment_terms(turn.rules.deposit_percent, turn.rules.hold_ttl_minutes, asked=w)
            for w in (way, None)  # None: "no uso Mercado Pago" names no way itself
        ]
        return [replies.pay_way_insisted(way) if a in terms else a for a in said]
    if PRICE_INCLUDES_RE.search(turn.plain) and "amenities" in topics:
        # "¿Qué incluye el precio?": whom it is for, then what each cabin comes with.
        said.insert(0, replies.price_per_cabin())
    if listed and "payment" in topics and _HOW_MUCH_RE.search(turn.plain) and ctx.offers:
        # "¿Y cuánto es la seña?" under a list: the terms, then each listed stay's deposit
        # in pesos (the percent alone leaves the sum to the guest).
        quotes = await listed_quotes(turn, ctx)
        if about:
            # "¿Cuánto es la seña de la primera?": that row's, not every option's.
            quotes = [q for q in quotes if q.cabin in about] or quotes
        if quotes:
            said.append(replies.listed_totals(quotes))
    offered = any("hablar con una persona" in getattr(a, "body", "") for a in said)
    before = None if offered else _asked_once_more(turn, ctx, topics)
    if before is not None and topics == ("payment",) and not ctx.hold:
        # "¿Cómo pago?" right after the terms: not the same lines and "es todo lo que dice
        # la info" (there is a next step, not a person to ask), but how paying goes from
        # here: pick, held, the link.
        way = _pay_way(turn)
        if way is None:
            return [replies.how_paying_goes(listed=listed, summed_up=ctx.cabin is not None)]
    if before is not None:
        # "¿Aceptan perros?" … "es un labrador, ¿se puede?": the same lines again would read
        # as not listening; what we know is all we know, and who can say about their case.
        # Not when this answer is its own ("¿y con transferencia?" after "¿cómo se paga?"),
        # nor when it already offers a person.
        earlier = {_answer(t, cabins, cabin, before, theirs=theirs).body for t in topics}
        if any(answer.body in earlier for answer in said):
            said.append(replies.info_said_already())
    return said


def _pay_way(turn: Turn) -> str | None:
    """The way of paying the message names ("¿con transferencia?"), or None."""
    return next((name for name, pattern in PAY_WAYS if pattern.search(turn.plain)), None)


def _notice_asked(cabin: Cabin | None, cabins: Sequence[Cabin]) -> bool:
    """The pet rule of the cabin talked about (or of any) asks to be told beforehand."""
    rules = [c.house_rules.get("pets", "") for c in ([cabin] if cabin else cabins)]
    return any(re.search(r"\bavis", unaccented(rule)) for rule in rules)


def _paid_stay(mine: list[Reservation]) -> Reservation | None:
    """The soonest paid stay still ahead among the guest's bookings `mine`, when no hold of
    theirs waits for a deposit (with one, paying is about that hold)."""
    if any(r.status != Status.CONFIRMED for r in mine):
        return None
    return min(mine, key=lambda r: r.check_in, default=None)


# The topics a late arrival answers with the night's note (`night_arrival`).
_ARRIVAL_TOPICS = frozenset({"checkin", "times"})

# Ways of paying the deposit we cannot take, asked for again and again.
_INSISTED_WAYS = ("efectivo", "transferencia", "dólares")


def _pay_way_insisted(turn: Turn, ctx: Context) -> str | None:
    """The way of paying this message asks for, when one of the guest's two messages
    before asked for it too (and heard we cannot take it)."""
    way = _pay_way(turn)
    ways = dict(PAY_WAYS)
    before = ctx.history[:-1][-2:]
    if way is None and not turn.reply_id and _NO_MERCADO_PAGO_RE.search(turn.plain):
        # "no uso Mercado Pago" after "¿puedo transferir?": the same way, insisted on.
        asked = (n for t in reversed(before) for n, p in PAY_WAYS if p.search(plain(t)))
        return next((n for n in asked if n in _INSISTED_WAYS), None)
    if turn.reply_id or way not in _INSISTED_WAYS or ways["resto"].search(turn.plain):
        return None  # "¿el resto en efectivo?" is about the arrival: the terms say it
    pattern = ways[way]
    return way if any(pattern.search(plain(text)) for text in before) else None


# "No uso Mercado Pago", "no tengo mercadopago", "no me gusta MP": the link refused.
_NO_MERCADO_PAGO_RE = re.compile(
    r"\bno (?:uso|usamos|tengo|tenemos|manejo|manejamos|me gusta|quiero|confio en|tengo cuenta"
    r" (?:de|en)) (?:el )?(?:mercado ?pago|mp)\b"
)


def heard_just_before(turn: Turn, ctx: Context) -> frozenset[str]:
    """The topics the guest's previous message was about, when this one asks nothing: "del
    1 al 4 para 2 y el perro" after "¿aceptan mascotas?" tells us the party, and the pets
    line they just read is not said again."""
    before = None if asks(turn) else _previous_turn(turn, ctx)
    return frozenset(topics_of(before)) if before else frozenset()


def _previous_turn(turn: Turn, ctx: Context) -> Turn | None:
    """The guest's message before this one, as a turn of its own (None: there is none, or
    this turn carries it again, as `asked_again` turns do)."""
    if len(ctx.history) < 2 or ctx.history[-2] == turn.msg.text:
        return None
    return dataclasses.replace(
        turn, msg=dataclasses.replace(turn.msg, text=ctx.history[-2]),
        said=parse(ctx.history[-2], turn.today),
    )  # fmt: skip


def _told_after_answer(turn: Turn, ctx: Context, topics: tuple[str, ...]) -> Text | None:
    """The guest tells (asks nothing) of the pet their previous message asked about and we
    just answered ("¿aceptan mascotas?" … "tenemos un perro chiquito"): a nod, not the same
    rule again, which reads as if the second bubble was not read. Only pets: told after
    other answers, a statement often objects ("no tengo Mercado Pago"), with its own answer."""
    if turn.reply_id or asks(turn) or "?" in (turn.msg.text or ""):
        return None
    if topics != ("pets",) or "pets" not in heard_just_before(turn, ctx):
        return None  # "no tengo Mercado Pago" after the terms objects: its own answer
    if _PARTICULARS_RE.search(turn.plain):
        return None  # "tenemos un labrador": their case, which the rule may leave out
    return replies.told_after_answer()


# What makes a guest's case one the rule just read may not cover: a big dog, several pets.
_PARTICULARS_RE = re.compile(
    r"\b(?:grande|grandes|enorme|gigante|labrador|golden|ovejero|dogo|rottweiler|pitbull"
    r"|doberman|gran danes|mastin|husky|varios|varias|dos|tres|[2-9])\b"
)


# A big dog, or more than one pet, told without "?": a case the pets rule may not cover.
_BIG_PETS_RE = re.compile(
    r"\b(?:grande|grandes|enorme|gigante|labrador|golden|ovejero|dogo|rottweiler|pitbull"
    r"|doberman|gran danes|mastin|husky|varios|varias)\b"
    r"|\b(?:dos|tres|2|3) (?:perros|gatos|mascotas|perritos|gatitos)\b"
)


def _asked_once_more(turn: Turn, ctx: Context, topics: tuple[str, ...]) -> Turn | None:
    """The guest's previous message, when it asked about these same topics (a follow-up
    with the particulars of their case, which our info does not go into)."""
    if turn.reply_id:
        return None
    if not (asks(turn) or (topics == ("pets",) and _BIG_PETS_RE.search(turn.plain))):
        # "somos 2 y el perro" after "¿aceptan mascotas?" tells, asks nothing; "tengo un
        # perro grande, un labrador" tells what the rule may leave out (session 20)
        return None
    before = _previous_turn(turn, ctx)
    return before if before and set(topics) & set(topics_of(before)) else None


# "¿Hay un súper cerca?", "¿dónde queda la farmacia más cercana?": a place near the cabin,
# which its data does not have (not the cabin's own address, nor "¿cómo llego del centro?").
_NEARBY_RE = re.compile(
    r"\b(?:supermercados?|super|almacen\w*|farmacias?|hospital\w*|guardia|clinicas?|salita"
    r"|restaurant\w*|resto|restos|cajeros?|bancos?|estacion de servicio|nafta|ypf|panaderias?"
    r"|carnicerias?|verdulerias?|kioscos?|cervecerias?|heladerias?|bares|lavaderos?|gomerias?"
    r"|mecanicos?|chinos?|mercados?|proveedurias?|despensas?|comercios?)\b"
)


# Whether the area is safe or quiet: "¿es seguro el barrio?", "¿la zona es tranquila?",
# "¿es peligrosa la zona?". No cabin's data says (session 23: the address was the answer).
_AREA_RE = re.compile(
    r"\b(?:segur|tranquil|peligros|insegur)[oa]s? (?:el |la |los |las )?(?:barrios?|zonas?"
    r"|lugar|area|vecindario)\b"
    r"|\b(?:barrios?|zonas?|lugar|area|vecindario) (?:es |son |esta |estan )?(?:muy |re )?"
    r"(?:segur|tranquil|peligros|insegur)[oa]s?\b|\binseguridad\b"
)
# How far a place is: "¿está lejos del centro?", "¿a cuánto están del cerro?", "¿queda cerca
# del lago?", "¿cuántos km hay hasta el centro?", "¿a cuánto queda el muelle?" (the place
# after "de/hasta", or after the verb when the question opens with "a cuánto").
_NOT_PLACE_WORD = r"(?:el|la|los|las|y|o|que|para|con|en|a|de|del|es|esta|hay|si|me|nos|se)\b"
_PLACE = (
    r"(?P<place>(?:del|de la|de los|de las|hasta el|hasta la|al|a la)"
    rf" (?!{_NOT_PLACE_WORD})[a-z]+(?: (?!{_NOT_PLACE_WORD})[a-z]+)?)"
)
_DISTANCE_RE = re.compile(
    rf"\b(?:lejos|cerca|a cuant[oa]s?(?: \w+)?(?: (?:esta|estan|queda|quedan|estamos))?"
    rf"|(?:km|kms|kilometros|cuadras|minutos|metros) (?:hay|son|estan|esta|quedan|queda))"
    rf" {_PLACE}"
    r"|\ba cuant[oa]s?(?: (?:km|kms|kilometros|cuadras|minutos|metros))? (?:esta|queda|quedan"
    rf"|estan) (?P<subject>(?:el|la|los|las) [a-z]+(?: (?!{_NOT_PLACE_WORD})[a-z]+)?)"
)
# A distance the data gives: "estamos a 800 m del muelle" (a number and its unit, then the
# place within a few words).
_DISTANCE_GIVEN = r"\b\d+(?:[.,]\d+)? ?(?:m|mts|metros|km|kms|kilometros|cuadras|min|minutos)\b"
# Words of a place that say nothing of which ("la cabaña" is where they are asking from).
_PLACE_FILLER = frozenset(
    {"de", "del", "la", "las", "los", "el", "al", "a", "hasta", "aca", "cabana", "cabanas"}
)


def _distance_unknown(turn: Turn, shown: list[Cabin]) -> str | None:
    """The place asked how far it is, as written ("del centro"), when no cabin's address or
    directions give a distance to it; None when they do, or none is asked."""
    found = _DISTANCE_RE.search(turn.plain)
    if found is None:
        return None
    said = found["place"] or found["subject"]
    words = [w for w in said.split() if w not in _PLACE_FILLER and len(w) >= 3]
    if not words:
        return None
    known = " ".join(plain(f"{c.address} {c.house_rules.get('directions', '')}") for c in shown)
    for given in re.finditer(_DISTANCE_GIVEN, known):
        near = known[given.end() : given.end() + 40].split()[:4]
        if any(w in near for w in words):
            return None  # "estamos a 800 m del muelle": the data says it
    # said back as "del centro" / "de la playa", however it was asked ("hasta el centro")
    article, noun = (
        said.split(" ", 1)
        if said.startswith(("el ", "la ", "los ", "las "))
        else (said.removeprefix("hasta ").split(" ", 1))
    )
    of = {"el": "del", "al": "del", "la": "de la", "los": "de los", "las": "de las"}
    return f"{of.get(article, article)} {as_written(turn.msg.text or '', noun)}"


# Where the guest sets out from: "desde el aeropuerto", "desde la terminal de micros",
# "desde Bariloche", "del aeropuerto" (a hub after "del"; "del centro" is the town's).
# Up to three words, stopped by what follows a place ("hasta", "a la cabaña", "como").
_NOT_A_PLACE = (
    r"(?:hasta|a|al|como|para|y|o|e|en|por|que|cuanto|cuanta|cuantos|cuantas|hay|son|es|se"
    r"|me|nos|te|le|les|tarda|tardan|tardo|tardamos|queda|quedan|esta|estan|llego|llega"
    r"|llegamos|llegar|vamos|voy|ir|sale|salen|hago|hacemos|conviene|tomo|tomamos|tengo"
    r"|tenemos|hace|con|sin|mas|muy|lejos|cerca|remis|taxi|micro|colectivo|bus)"
)
_ORIGIN_RE = re.compile(
    r"\b(?:desde (?P<article>(?:el|la|los|las) )?(?!(?:aca|ahi|alli|alla|donde|cuando|que"
    r"|hoy|manana|ya|ahora|antes|dia|el|la|las|los)\b)"
    rf"(?P<place>[a-z]+(?: (?!{_NOT_A_PLACE}\b)[a-z0-9]+){{0,2}})"
    r"|(?:del|de la) (?P<hub>aeropuerto|terminal(?: de (?:micros|omnibus|buses|colectivos))?"
    r"|estacion de (?:micros|omnibus|tren)))"
)


def _origin_unknown(turn: Turn, shown: list[Cabin]) -> str | None:
    """The place the guest asks the way from, as written, when no cabin's directions
    mention it (they start from the town centre, say); None otherwise."""
    found = _ORIGIN_RE.search(turn.plain)
    if found is None:
        return None
    place = re.sub(r"(?: (?:de|del|la|las|los))+$", "", found["place"] or found["hub"])
    known = " ".join(plain(f"{c.address} {c.house_rules.get('directions', '')}") for c in shown)
    if any(w in known for w in place.split() if len(w) >= 4):
        # "¿cómo llego desde el centro?" (the directions start there), "desde San Martín"
        # (the town the address is in): what we have answers it.
        return None
    article = found["article"] or ("el " if found["hub"] == "aeropuerto" else "la ")
    words = f"{article if found['hub'] or found['article'] else ''}{place}"
    return as_written(turn.msg.text or "", words)


def as_written(text: str, words: str) -> str:
    """`words` (plain) in the guest's own spelling, accents kept, when found so."""
    lowered = text.lower()
    bare = unaccented(lowered)
    at = bare.find(words)
    return lowered[at : at + len(words)] if at >= 0 and len(bare) == len(lowered) else words


# "¿Cuántos dormitorios tiene?", "¿cuántas habitaciones?": the rooms, not the head count.
_BATHROOMS_RE = re.compile(r"\bbanos?\b")
# "¿Quién nos da las llaves?", "where do I pick up the keys?": the handover (the owner's).
_KEYS_RE = re.compile(r"\b(?:llaves?|keys?)\b")
_ROOMS_RE = re.compile(r"\b(?:dormitorios?|habitacion(?:es)?|cuartos?|piezas?|ambientes?)\b")


# The beds ("¿las camas son matrimoniales?", "¿hay cuchetas?") and the phone's signal ("¿hay
# señal de celular?", "¿agarra señal el teléfono?"): asked beside what the data has (who
# fits, the wifi), and said not to be in it rather than answered by the nearest topic alone.
# "Ropa de cama" is the linens; "la señal del wifi" is the wifi.
_BEDS_RE = re.compile(
    r"(?<!ropa de )\bcamas?\b(?! (?:y )?(?:toallas|blancos))|\bcuchetas?\b|\bsommier\w*"
    r"|\bcolchon(?:es)?\b"
)
# Getting there, asked of what directions rarely say: the road ("¿es de ripio?", "¿hace
# falta 4x4?"), buses and cabs ("¿hay colectivo que llegue?", "¿hay remises?"), an electric
# car's charge. Said not to be in the data, before the address and directions, unless the
# directions do say it (the word asked is in them).
_ACCESS_UNKNOWN = (
    (
        re.compile(
            r"\b(?:ripio|asfalt\w*|de tierra|barro|4x4|cuatro por cuatro|auto (?:bajo|bajito"
            r"|normal|comun)|(?:mi )?auto es (?:bajo|bajito)|(?:como|que tal) (?:es |esta )?el"
            r" (?:camino|acceso)|el (?:camino|acceso) (?:es|esta))\b"
        ),
        "Cómo es el camino no lo tengo en la info",
    ),
    (
        re.compile(
            r"\b(?:colectivos?|bondis?|micros?|omnibus|transporte publico|remis(?:es)?|taxis?"
            r"|uber|cabify)\b"
        ),
        "Si llega transporte público o un remís no lo tengo en la info",
    ),
    (
        re.compile(r"\b(?:auto|coche|vehiculo)s? electricos?\b|\bcargadores?\b"),
        "Dónde cargar un auto eléctrico no lo tengo en la info",
    ),
)
LUGGAGE_RE = re.compile(r"\b(?:valijas?|bolsos?|equipajes?|maletas?|mochilas?)\b")
_PHONE_RE = re.compile(r"\b(?:celu|celus|celular(?:es)?|telefonos?|movil(?:es)?|[345]g|movistar)\b")


# Session 24: how a thing works, or more of it, asked of what the data only lists.
_NOT_A_THING = frozenset(
    {"payment", "cancellation", "checkin", "checkout", "times", "location", "directions",
     "pets", "kids", "photos", "currency", "rules", "capacity", "minimum_stay"}
)  # fmt: skip
_HOW_TO_RE = re.compile(
    r"\bcomo (?:se |lo |la )?(?:prende|prendo|prendemos|enciende|enciendo|encendemos|usa|uso"
    r"|usamos|funciona|funcionan|anda|andan|regula|regulo|pone|pongo|activa|activo|maneja"
    r"|manejo|calienta|hace (?:andar|funcionar)|hago (?:andar|funcionar))\b"
)
_LINENS = (
    r"(?:toallas|toallones|sabanas|frazadas|mantas|almohadas|acolchados?|lena|ropa de cama"
    r"|juegos? de sabanas|papel higienico|rollos de papel)"
)
_MORE_OF_RE = re.compile(
    rf"\b(?:mas|otr[oa]s|unas? (?:\w+ )?mas) {_LINENS}\b"
    rf"|\b{_LINENS} (?:extras?|de mas|adicional(?:es)?|de repuesto|de sobra|mas)\b"
)


def _answer(
    topic: str, cabins: list[Cabin], cabin: Cabin | None, turn: Turn, *, theirs: bool = False
) -> Text:
    answer = _answer_topic(topic, cabins, cabin, turn, theirs=theirs)
    words = turn.plain
    if topic == "capacity" and _BEDS_RE.search(words):
        return replies.beside_what_we_know("Cómo son las camas no lo tengo en la info", answer)
    if topic == "wifi" and "senal" in words and _PHONE_RE.search(words) and "wifi" not in words:
        return replies.beside_what_we_know("La señal del celular no la tengo en la info", answer)
    if topic in ("checkin", "checkout") and LUGGAGE_RE.search(words):
        # "¿podemos dejar las valijas?": the times are known, keeping luggage is not.
        return replies.beside_what_we_know(
            "Si se puede dejar el equipaje antes de entrar o después de salir no lo tengo en"
            " la info",
            answer,
        )
    if topic not in _NOT_A_THING and _HOW_TO_RE.search(words):
        # "¿Cómo se prende el hogar?" at the cabin: the data says it has one, not how.
        return replies.beside_what_we_know("Cómo se usa o se prende no lo tengo en la info", answer)
    if topic not in _NOT_A_THING and _MORE_OF_RE.search(words):
        # "Necesitamos más toallas", "¿hay sábanas extra?": the data says what comes with
        # the cabin, not whether there are more to give.
        return replies.beside_what_we_know("Si hay más (o extra) no lo tengo en la info", answer)
    if topic in ("location", "directions", "parking"):
        for pattern, unknown in _ACCESS_UNKNOWN:
            found = pattern.search(words)
            if found is not None and found[0] not in plain(answer.body):
                return replies.beside_what_we_know(unknown, answer)
    return answer


def _answer_topic(
    topic: str, cabins: list[Cabin], cabin: Cabin | None, turn: Turn, *, theirs: bool = False
) -> Text:
    shown = [cabin] if cabin else cabins
    if topic in ("location", "directions") and _NEARBY_RE.search(turn.plain):
        return replies.nearby(shown)
    if topic in ("location", "directions") and _AREA_RE.search(turn.plain):
        return replies.area_unknown()  # "¿es seguro el barrio?": not in the data
    if topic in ("location", "directions") and (far := _distance_unknown(turn, shown)):
        return replies.distance_unknown(far, shown)  # "¿está lejos del centro?"
    if topic in ("location", "directions") and (place := _origin_unknown(turn, shown)):
        # "¿Cómo llego desde el aeropuerto?": the data's directions start elsewhere.
        return replies.directions_from(place, shown)
    if topic not in replies.HOUSE_RULE_TOPICS and any(topic in c.house_rules for c in shown):
        return replies.house_rule(topic, shown)  # an owner's own entry answers first
    if topic in ("amenities", "linens") and (fuel := fuel_asked(turn.plain, shown, cabin)):
        return fuel  # "¿hay leña?" with "hogar a leña": a fireplace is no firewood
    if topic in AMENITY_WORDS:
        label, words = amenity_asked(topic, turn.plain)
        found = _with_amenity(shown, words)
        bring = _asked_to_bring(turn.msg.text or "", words)
        return replies.amenity(label, found, shown, only=cabin, bring=bring)
    if topic == "amenities" and (specific := specific_answer(turn.plain, shown, cabin)):
        return specific
    if topic == "amenities" and (found_thing := looked_up(turn, shown, cabin)) is not None:
        return found_thing  # "¿tienen deck?": which cabins list it, not every amenity
    if topic == "capacity" and _BATHROOMS_RE.search(turn.plain):
        # "¿Tiene 2 baños?": no cabin's data counts them (not "hasta 6 personas" instead);
        # the owner confirms.
        return replies.amenity("cuántos baños tiene", [], shown, only=cabin)
    if topic == "capacity" and _ROOMS_RE.search(turn.plain):
        # "¿Cuántos dormitorios tiene?": the cabin's own description says how it is laid out.
        return replies.cabin_detail(cabin) if cabin else replies.cabins_overview(cabins)
    big = size_ranked_asked(turn, cabins) if topic == "capacity" and len(shown) > 1 else None
    if big is not None:
        return replies.sizes_ranked(shown, big=big)[0]  # "¿cuál es la más grande?"
    if topic == "capacity":
        return replies.capacities([cabin] if cabin else cabins)
    if topic == "payment" and OTHERS_CARD_RE.search(turn.plain):
        return replies.someone_elses_card(None, None, demo=False)
    if topic == "payment":
        way = _pay_way(turn)
        return replies.payment_terms(
            turn.rules.deposit_percent, turn.rules.hold_ttl_minutes, asked=way
        )
    if topic == "minimum_stay":
        return replies.minimum_stay(shown)
    if topic == "cancellation":
        return replies.cancellation_policy()
    if topic == "checkout" and _KEYS_RE.search(turn.plain):
        # "¿Dónde dejamos la llave al irnos?": the hour is known, where the keys go is not.
        return replies.keys_not_in_our_info(shown, leaving=True)
    if topic == "checkout" and not {"checkin", "times"} & set(topics_of(turn)):
        # "¿Y el check out?": the leaving time, not the entering one said again with it.
        return replies.leaving_time(shown)
    if topic == "checkin" and _KEYS_RE.search(turn.plain) and not night_arrival(turn.plain)[0]:
        # "¿Dónde retiro las llaves?": the hours are known, the handover is not (the owner's).
        return replies.keys_not_in_our_info(shown)
    if topic == "photos":
        return replies.photos()
    if topic == "currency":
        return replies.prices_in_pesos()
    if topic == "rules":
        return replies.house_rules(shown, noise_asked=_noise_unlisted(turn, shown))
    if topic == "kids":
        return replies.kids()
    if topic == "pets" and (sized := size_asked(turn.plain)) is not None:
        # "¿Aceptan perros grandes?", "tengo un labrador": the size asked, from the rule.
        size, breed = sized
        verdicts = [verdict(c.house_rules.get("pets", ""), size) for c in shown]
        kind = next((k for k, r in _PET_KINDS if r.search(turn.plain)), "perros")
        return replies.pets_by_size(shown, verdicts, size, breed=breed, kind=kind)
    if topic == "pets" and _CAT_RE.search(turn.plain):
        # "¿se puede llevar un gato?": a cat is a small pet; a yes when every rule shown
        # takes small ones (otherwise the rules as they are, said by the owner's words).
        verdicts = [verdict(c.house_rules.get("pets", ""), SMALL) for c in shown]
        if verdicts and all(verdicts):
            return replies.pets_by_size(shown, verdicts, SMALL, kind="gatos")
    return replies.info(topic, cabins, cabin, theirs=theirs)


# Which pet a size was asked of ("¿aceptan gatos grandes?"); a breed or none: dogs.
_CAT_RE = re.compile(r"\bgat(?:o|os|a|as|ito|itos|ita|itas)\b")
_PET_KINDS = (
    ("gatos", _CAT_RE),
    ("mascotas", re.compile(r"\bmascotas?\b")),
)


# "¿Se puede hacer ruido?", "¿se pueden hacer fiestas?", "¿a qué hora hay silencio?".
_NOISE_RE = re.compile(
    r"\b(?:ruido\w*|musica|parlantes?|fiestas?|fiestita|joda|silencio|volumen)\b"
)


def _noise_unlisted(turn: Turn, shown: list[Cabin]) -> bool:
    """Noise, music or a party asked about, and no rule of these cabins speaks of it."""
    if not _NOISE_RE.search(turn.plain):
        return False
    return not any(_NOISE_RE.search(plain(r)) for c in shown for r in c.house_rules.values())


def subject_of(turn: Turn, cabins: list[Cabin]) -> Cabin | None:
    """The one cabin a question is about: named ("¿la Quila tiene pileta?"), or the one the
    previous question named when this one names none ("¿y wifi?" right after)."""
    if (named := named_cabin(turn.msg.text or "", cabins)) is not None:
        return named
    slugs = followed_up(turn)
    return next((c for c in cabins if c.slug == slugs[0]), None) if len(slugs) == 1 else None


def asked_about(turn: Turn, ctx: Context, cabins: list[Cabin]) -> Context:
    """`ctx` remembering the cabin this question was about, for a "¿y wifi?" next turn."""
    subject = subject_of(turn, cabins)
    return dataclasses.replace(ctx, asked=(subject.slug,)) if subject else ctx


def _asked_to_bring(text: str, words: tuple[str, ...]) -> bool:
    """ "¿Hay que llevar toallas?": the bringing asked about this very thing, in its own
    clause; "llevamos un perro chico, ¿tiene parrilla?" asks what the cabin has."""
    clauses = (plain(c) for c in re.split(r"[,.;:?!¿¡\n]+", text))
    # "¿Hay que llevar algo?", "¿qué hay que llevar?": bringing asked of nothing named.
    return any(
        _BRING_RE.search(c) and (any(w in c for w in words) or _ANYTHING_RE.search(c))
        for c in clauses
    )


_ANYTHING_RE = re.compile(
    r"\b(?:algo|que (?:hay|tengo|tenemos|hace falta)|que (?:llevo|llevamos))\b"
)


# "¿y la de Quila?", "y la 2?", "¿y el otro?": only a cabin, after a question.
_AND_THAT_ONE_RE = re.compile(r"^(?:y|e|y en|y para) (?:la|el|las|los)(?: \w+){1,4}$")


def asked_again(turn: Turn, ctx: Context) -> Turn | None:
    """ "¿Tiene parrilla?" … "¿y la de Quila?": the previous question, as a turn to answer
    again about the cabin this message points at (the caller finds which). None when this
    message asks something of its own, or the previous one was no question about cabins."""
    if turn.reply_id or topics_of(turn) or turn.intent == "prices" or len(ctx.history) < 2:
        return None
    if not _AND_THAT_ONE_RE.match(turn.plain):
        return None
    previous = ctx.history[-2]
    said = parse(previous, turn.today)
    again = dataclasses.replace(turn, msg=dataclasses.replace(turn.msg, text=previous), said=said)
    return again if wants_info(again) and topics_of(again) else None


async def same_question(turn: Turn, ctx: Context, state: State, pending: str | None) -> Step | None:
    """ "¿Tiene parrilla?" … "¿y la de Quila?" (or "¿y la 2?" on a list): the previous
    question answered about the cabin named, which becomes the one talked about."""
    if (again := asked_again(turn, ctx)) is None:
        return None
    cabins = await turn.cabins()
    placed = (listed_at_place(turn.plain, ctx.offers) or "::").split(":")[1]
    cabin = named_cabin(turn.msg.text or "", cabins) or next(
        (c for c in cabins if c.slug == placed), None
    )
    listed = state == State.CHOOSE_CABIN
    if cabin is None or (listed and not any(o.split(":")[1] == cabin.slug for o in ctx.offers)):
        return None
    answer = await answer_info(again, ctx, listed=listed, about=[cabin])
    ctx = dataclasses.replace(understood(ctx), asked=(cabin.slug,))
    if listed:
        ctx = dataclasses.replace(ctx, cabin=cabin.slug)  # "dale, esa" next takes it
    return step(state, ctx, answer, [replies.nudge(pending)] if pending else [])


def cabins_on_screen(
    state: State, ctx: Context, cabins: list[Cabin], *, idle_cabin: bool = False
) -> list[Cabin]:
    """The cabins the guest is looking at: the summary's or the hold's (with `idle_cabin`,
    also the one last talked about with no flow open), the list's rows, or every cabin."""
    held = (State.CONFIRM_HOLD, State.AWAIT_PAYMENT, *((State.IDLE,) if idle_cabin else ()))
    if state in held and ctx.cabin:
        shown = [c for c in cabins if c.slug == ctx.cabin]
    elif state == State.CHOOSE_CABIN:
        shown = listed_cabins(cabins, ctx)
    else:
        shown = []
    return shown or cabins


def listed_cabins(cabins: list[Cabin], ctx: Context) -> list[Cabin]:
    """The cabins of the list on screen, in its order."""
    slugs = dict.fromkeys(o.split(":")[1] for o in ctx.offers if o.count(":") >= 1)
    by_slug = {c.slug: c for c in cabins}
    return [by_slug[s] for s in slugs if s in by_slug]


def feature_of(turn: Turn) -> tuple[str, tuple[str, ...]] | None:
    """The amenity a message names ("la que tiene lavarropas"): (label, words to find)."""
    for topic in topics_of(turn):
        if topic in AMENITY_WORDS:
            return amenity_asked(topic, turn.plain)
        if topic == "amenities" and (specific := _specific_amenity(turn.plain)) is not None:
            return specific
    return None


def with_feature(
    cabins: list[Cabin], feature: tuple[str, tuple[str, ...]], only: Cabin | None = None
) -> tuple[list[tuple[Cabin, str]], Text]:
    """Which of `cabins` have the feature, and the answer that says so."""
    label, words = feature
    found = _with_amenity(cabins, words)
    return found, replies.amenity(label, found, cabins, only=only)


# "¿Tienen ascensor?", "¿hay sauna?", "¿la cabaña tiene mesa de ping pong?": the thing
# asked for, up to four words, before a purpose ("por si se corta la luz").
_THING_ASKED_RE = re.compile(
    r"^(?:(?:y|che|hola|buenas|buen dia|una consulta|consulta|pregunta|otra cosa),? )*"
    r"(?:(?:la|las|esa|esta) (?:cabanas?|casas?) |ustedes |el complejo "
    # a cabin by its name: "¿la de Chapelco tiene patio cerrado?" (session 20)
    r"|(?:la|el) (?:cabana |casa )?(?:de|del|d) [a-z]+ )?"
    r"(?:tienen|tiene|tenes|cuentan con|cuenta con|hay|incluye|incluyen|viene con|vienen con)"
    r" (?:un |una |unos |unas |el |la |los |las |algun |alguna )?"
    r"((?:[a-zñ]+ ){0,3}?[a-zñ]+)"
    # "¿tiene patio cerrado la de Chapelco?", "¿hay pileta en la del lago?": which cabin
    r"(?: (?:(?:en )?(?:la|el) (?:cabana |casa )?(?:de|del|d) [a-z]+"
    r"|por si|para|en (?:la|las|el) (?:cabanas?|casas?|complejo|lugar)"
    # "¿hay nieve en esa época?", "¿hay mosquitos en verano?": when, not the thing.
    r"|en (?:esa|esta|esas|estas) (?:epoca|fechas?|temporada)|en (?:invierno|verano|otono"
    r"|primavera|vacaciones|temporada|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|setiembre|octubre|noviembre|diciembre)|por (?:ahi|la zona|alla))\b[^?]*)?"
    r" ?[?]"
)
# Words that name no thing: "¿tienen algo?", "¿hay lugar?" (asked elsewhere anyway).
_VAGUE = frozenset(
    "algo algun alguna alguno lugar lugares disponibilidad disponible disponibles libre libres"
    " cabana cabanas casa info informacion"
    " todo eso esto tiempo idea precio precios fotos servicios comodidades equipamiento"
    " cosas incluido incluye amenities equipada equipadas".split()
)


# "¿Tienen lugar este finde?", "¿hay disponibilidad en enero?", "¿tienen algo libre para
# el 10?": a stay asked for, whatever words follow (never a thing to look up).
_ROOM_FOR_A_STAY = frozenset(
    "lugar lugares disponibilidad disponible disponibles libre libres cupo cupos vacante"
    " vacantes espacio algo alguna alguna"
    # "somos 14, ¿tienen para todos?", "¿tienen para 6?": room for the party (round 25: it
    # was "no figura para todos").
    " para".split()
)


def looked_up(turn: Turn, shown: list[Cabin], cabin: Cabin | None) -> Text | None:
    """ "¿Tienen ascensor?", "¿hay deck?": the thing looked up in the cabins' amenities in
    the guest's own words; which list it, or that none does (the owner confirms)."""
    if (thing := thing_asked(turn.msg.text or "")) is None:
        return None
    if plain(thing).split()[0] in _ROOM_FOR_A_STAY:
        # "¿tienen algo este finde?", "¿tenés disponible para el 12?": room asked for, and
        # what follows the word is when (it was "no figura algo este finde").
        return None
    # A vague word misspelt ("¿tienen dispinibilidad?") is still vague: read as the NLU
    # reads it (only the few words of a "¿tienen X?" question get here).
    words = tuple(
        w
        for w in plain(thing).split()
        if len(w) >= 4 and w not in _VAGUE and normalize(w) not in _VAGUE
    )
    if not words:
        return None
    return replies.amenity(thing, _with_amenity(shown, words), shown, only=cabin)


def thing_asked(text: str) -> str | None:
    """The thing a short "¿tienen X?" question asks for, as the guest wrote it (accents
    kept), or None. Only the first question of the message, and only a short one."""
    # The question's own sentence: "Somos un matrimonio mayor, vamos en abril. ¿La cabaña
    # tiene escaleras?" asks about stairs whatever came before it; failing that, its last
    # clause ("del 12 al 16 de abril, ¿tienen deck?").
    sentence = re.split(r"[.!\n¡¿]+", text.strip().split("?")[0])[-1].strip()
    found = _thing_in(sentence)
    if found is None and "," in sentence:
        found = _thing_in(sentence.rsplit(",", 1)[1].strip())
    return found


def _thing_in(question: str) -> str | None:
    first = question + "?"
    lowered = first.lower()
    bare = unaccented(lowered)
    if len(bare) != len(lowered) or len(first) > 80:
        return None
    squeezed = re.sub(r"[¿¡!.]+", "", bare).strip()
    found = _THING_ASKED_RE.match(re.sub(r"\s+", " ", squeezed))
    if found is None:
        return None
    # The same words in the guest's own spelling (unaccented keeps every letter's place).
    at = bare.find(found[1])
    return lowered[at : at + len(found[1])] if at >= 0 else found[1]


# What an amenity runs on: "hogar a leña", "cocina a gas", "parrilla a carbón": the fuel,
# which the amenity does not say comes with the cabin. Fuels only: "acceso a playa" is no
# such thing.
_RUNS_ON_RE = re.compile(r"\ba (lena|gas|carbon|pellets?|garrafa|kerosene|querosen)\b")


def fuel_asked(text: str, shown: list[Cabin], cabin: Cabin | None) -> Text | None:
    """ "¿Hay leña?", "¿la leña está incluida?" when the cabins' amenities name firewood
    only as what the fireplace burns ("hogar a leña"): the fireplace, and that the data
    does not say the firewood is provided (the owner confirms). Never "Tienen leña". None
    when the message names no such fuel, or asks what the thing runs on ("¿el hogar es a
    leña?", answered as the fireplace). `text` is plain."""
    fuels: dict[str, list[tuple[Cabin, str]]] = {}
    for c in [cabin] if cabin else shown:
        for amenity in c.amenities:
            for fuel in _RUNS_ON_RE.findall(plain(amenity)):
                fuels.setdefault(fuel, []).append((c, amenity))
    for fuel, found in fuels.items():
        stem = fuel.removesuffix("s") if fuel.startswith("pellet") else fuel  # "pellet" too
        asked = re.search(rf"\b{stem}s?\b", text)
        if asked and not re.search(rf"\ba {stem}s?\b", text):
            word = next(w for w in found[0][1].split() if plain(w).startswith(stem))
            return replies.fuel_not_listed(word, found, shown, only=cabin)
    return None


def _with_amenity(cabins: list[Cabin], words: tuple[str, ...]) -> list[tuple[Cabin, str]]:
    """Each cabin that lists one of `words`, with the amenity as the owner wrote it."""
    found = []
    for c in cabins:
        listed = next((a for a in c.amenities if any(w in plain(a) for w in words)), None)
        if listed is not None:
            found.append((c, listed))
    return found


def _specific_amenity(text: str) -> tuple[str, tuple[str, ...]] | None:
    return next(iter(_specific_amenities(text)), None)


def _specific_amenities(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every known thing the message names, in the table's order."""
    return [
        (label, words)
        for label, asked, words in SPECIFIC_AMENITIES
        if re.search(rf"\b(?:{asked})\b", text)
    ]


def specific_answer(text: str, shown: list[Cabin], cabin: Cabin | None) -> Text | None:
    """ "¿Hay calefacción y está en planta baja?": each known thing named answered, in one
    message (the first alone when only one is named)."""
    looked = [(label, _with_amenity(shown, words)) for label, words in _specific_amenities(text)]
    answers = [replies.amenity(label, found, shown, only=cabin) for label, found in looked if found]
    if missing := [label for label, found in looked if not found]:
        # "¿tienen cuna y silla alta?": "no figura cuna ni silla alta", said once.
        answers.append(replies.amenity(" ni ".join(missing), [], shown, only=cabin))
    if len(answers) <= 1:
        return answers[0] if answers else None
    return Text("\n".join(a.body for a in answers))


# "¿Hacen descuento por semana?", "¿me hacen precio si vamos 10 días?", "¿tienen promo?".
_DISCOUNT_RE = re.compile(
    # Diminutives too: "¿no hay algún descuentito?", "¿una rebajita?".
    r"\b(?:descuent(?:o|os|ito|itos)|promos?|promito|promociones?|ofert(?:a|as|ita|itas)"
    r"|rebaj(?:a|as|ita|itas)|bonificacion\w*"
    r"|(?:me|nos|le|les) (?:hacen|haces|haria|harian|harias|podes hacer|pueden hacer)"
    r" (?:un |algun )?(?:precio|rebajita|descuentito)|precio especial|mejor precio"
    # A price seen elsewhere: "en Booking está a $150.000, ¿me la dejan a ese precio?".
    r"|(?:a|por|en) ese precio|(?:al|el) mismo precio|(?:igualan|igualas|iguala|igualar|mejoran"
    r"|mejoras|mejorar) (?:el |ese )?precio"
    r"|(?:me|nos) (?:la|lo) (?:dejan|dejas|deja|dejarian|dejarias|podes dejar|pueden dejar)"
    r" (?:a|en) (?:ese|\$|\d)"
    # Cheaper elsewhere said ("en Airbnb está más barato"): a price to match asked for.
    r"|(?:airbnb|booking|despegar|mercado libre|otro lado|otra pagina|otra web)(?: \w+){0,3}"
    r" (?:mas barat[oa]s?|menos|mas economic[oa]s?))\b"
)
# Haggling: "¿no me lo dejás más barato?", "¿me bajás un poco el precio?", "¿se puede
# regatear?": a discount asked for, not the cheapest cabin ranked.
HAGGLE_RE = re.compile(
    r"\b(?:me|nos) (?:(?:lo|la|los|las) )?(?:dejas|dejan|deja|dejarias|dejarian|podes dejar"
    r"|pueden dejar|podrias dejar|podrian dejar|haces|hacen)(?: \w+){0,2}? (?:mas )?"
    r"(?:barat\w*|economic\w*|a menos|en menos|mas bajo)\b"
    r"|\b(?:bajas|bajan|bajarias|bajarian|podes bajar|pueden bajar|podrias bajar|rebajas"
    r"|rebajan|bajame|bajanos)(?: \w+){0,3}? (?:el precio|la tarifa|un poco|algo|un poquito)\b"
    r"|\bregate\w*"
)
# "¿El precio es por persona o por cabaña?", "¿cobran por persona?", "¿cuánto por persona
# extra?".
PER_PERSON_RE = re.compile(
    r"\b(?:por persona|por cabeza|por pax|x persona|c/u|cada uno|por cabana|por la cabana"
    r"|personas? (?:extra|adicional|adicionales|de mas))\b"
)


def asks_discount(turn: Turn) -> bool:
    """ "¿Hacen descuento?", "¿me hacen precio?", "¿me lo dejás más barato?": a discount
    asked for."""
    words = turn.plain
    return not turn.reply_id and bool(_DISCOUNT_RE.search(words) or HAGGLE_RE.search(words))


def amenity_asked(topic: str, text: str) -> tuple[str, tuple[str, ...]]:
    """(label, words to find) for an amenity topic, by the very thing asked when it has a
    name of its own: "¿tienen hidromasaje?" is no pool, and the answer says hidromasaje."""
    for label, pattern, words in AMENITY_KINDS.get(topic, ()):
        others = [w for w in AMENITY_WORDS[topic] if w not in words]
        if pattern.search(text) and not any(w in text for w in others):
            return label, words  # "¿pileta o jacuzzi?" asks the pool too: the topic's own
    return replies.AMENITY_NAMES[topic], AMENITY_WORDS[topic]


# Ways of paying a discount may be asked on ("¿hay descuento si pago en efectivo?").
_WAYS_ASKED_ON = ("cuotas", "efectivo", "dólares", "transferencia")


def no_discounts_first(turn: Turn) -> list[Outbound]:
    """Before a price: that there are no discounts, when one was asked for, and what we
    say of the way of paying it was asked on ("¿y si te transfiero?"), not left unheard."""
    if not asks_discount(turn):
        return []
    way = next((n for n, p in PAY_WAYS if n in _WAYS_ASKED_ON and p.search(turn.plain)), None)
    said: list[Outbound] = [replies.no_discounts(listed=way is None)]  # "👇": the price next
    if way is not None:
        rules = turn.rules
        said.append(replies.payment_terms(rules.deposit_percent, rules.hold_ttl_minutes, asked=way))
    return said


_BARE_PRICE_WORDS = 4  # "y cuánto sale eso?": a follow-up, no subject of its own


# "¿Qué precio tiene la cabaña más grande?", "¿cuánto sale la más barata?": one cabin by
# how it ranks among all of them (a list on screen has its own: bot.handlers_choose).
_RANKED_RE = re.compile(
    r"\b(?:la|el) (?:cabana |casa )?(?:mas (?:(?P<big>grande|amplia|espaciosa)"
    r"|(?P<small>chic[oa]|chiquit[oa]|pequen[oa])|(?P<cheap>[bv]arat[oa]|economic[oa])"
    r"|(?P<dear>car[oa]))|(?P<biggest>grande|chica|chiquita)(?! (?:que|de|del|con)\b))"
)


def ranked_cabin(words: str, cabins: list[Cabin]) -> Cabin | None:
    """The cabin a superlative points at on plain text ("la más grande": the one that
    sleeps most), or None (none said, or two rank alike)."""
    found = _RANKED_RE.search(words)
    if found is None or not cabins:
        return None
    alone = found["biggest"]
    if found["big"] or alone == "grande":
        key, pick = (lambda c: c.capacity), max
    elif found["small"] or alone in ("chica", "chiquita"):
        key, pick = (lambda c: c.capacity), min
    elif found["cheap"]:
        key, pick = (lambda c: c.base_price_cents), min
    else:
        key, pick = (lambda c: c.base_price_cents), max
    best = pick(key(c) for c in cabins)
    ranked = [c for c in cabins if key(c) == best]
    return ranked[0] if len(ranked) == 1 else None


async def answer_prices(turn: Turn, ctx: Context, *, ask: bool = True) -> list[Outbound]:
    """Price ranges per cabin (with dates, the booking search quotes instead), after the
    answer to what was asked about them: per person or per cabin, a discount. `ask`: end
    asking for dates and party (not mid-booking, where the step's own reminder follows)."""
    cabins = await turn.cabins()
    cabin = named_cabin(turn.msg.text or "", cabins) or ranked_cabin(turn.plain, cabins)
    if cabin is None and len(turn.plain.split()) <= _BARE_PRICE_WORDS:
        # "¿Precio?", "¿y cuánto sale?" right after questions about one cabin: its price.
        cabin = subject_of(turn, cabins)
    before: list[Outbound] = []
    if PER_PERSON_RE.search(turn.plain):
        before.append(replies.price_per_cabin())
    if _DISCOUNT_RE.search(turn.plain) or HAGGLE_RE.search(turn.plain):
        before.append(replies.no_discounts())
    return [*before, replies.price_ranges([cabin] if cabin else cabins, ask=ask)]


async def answer_location(turn: Turn) -> list[Outbound]:
    cabins = await turn.cabins()
    return [replies.location_thanks(cabins[0] if cabins else None)]


# What a word on paying answers itself (the payment, the receipt, a refund, the deposit),
# so the rest of the message's topics are what is left to answer beside it.
_PAYMENT_TOPICS = frozenset({"payment", "cancellation"})


async def answers_beside(turn: Turn, ctx: Context) -> list[Outbound]:
    """The answers to a message's questions other than paying ("ya pagué, ¿cómo llego?",
    "¿a qué hora es el check out y cuánto es la seña?": the way there, the time), or
    nothing when it asks only about paying."""
    rest = tuple(t for t in topics_of(turn) if t not in _PAYMENT_TOPICS)
    if not rest or not asks(turn):
        return []
    said = dataclasses.replace(turn.said, topics=rest, topic=rest[0])
    return await answer_info(dataclasses.replace(turn, said=said), ctx)


async def answer_aside(turn: Turn, ctx: Context, state: State, pending: str) -> Step | None:
    """Questions mid-flow are answered, then the guest is reminded where we were."""
    if wants_info(turn):
        listed = state == State.CHOOSE_CABIN  # about the cabins on the list, not all
        # "¿la primera tiene parrilla?": that row of the list
        placed = (listed_at_place(turn.plain, ctx.offers) or "::") if listed else "::"
        cabins = await turn.cabins()
        about = [c for c in cabins if c.slug == placed.split(":")[1]]
        answer = await answer_info(turn, ctx, listed=listed, about=about)
        pointed = about[0] if about else named_cabin(turn.msg.text or "", cabins)
        if listed and pointed and any(o.split(":")[1] == pointed.slug for o in ctx.offers):
            # "¿la 2 tiene parrilla?" singles that cabin out: "dale, esa" next takes it.
            ctx = dataclasses.replace(ctx, cabin=pointed.slug)
        if state != State.CONFIRM_HOLD:  # on a summary, `asked` is about other cabins only
            ctx = asked_about(turn, ctx, cabins)
        if listed and pointed and not any(o.split(":")[1] == pointed.slug for o in ctx.offers):
            # "¿La del lago tiene parrilla?" when the list leaves it out: answered, and why
            # it is not there, before the guest's "dale, esa" looks for it.
            answer = [*answer, replies.cabin_not_listed(pointed, ctx.guests)]
        return step(state, understood(ctx), answer, replies.nudge(pending))
    if (detail := await about_a_cabin(turn, ask=False)) is not None:
        return step(state, understood(ctx), detail, replies.nudge(pending))
    if turn.intent == "prices":
        # "¿Tienen wifi? ¿Cuánto sale?": the other questions too, not only the prices.
        asked = await answer_info(turn, ctx) if topics_of(turn) else []
        prices = await answer_prices(turn, ctx, ask=False)  # the reminder asks
        return step(state, understood(ctx), asked, prices, replies.nudge(pending))
    if turn.intent == "thanks":
        bye = replies.thanks(ctx.name, farewell=turn.said.farewell, wished=turn.said.wished)
        if STAY_PRAISED_RE.search(turn.plain):
            bye = replies.stay_praised(ctx.name)  # "gracias, la otra vez la pasamos bárbaro"
        return step(state, understood(ctx), bye, replies.nudge(pending))
    if turn.intent == "greeting":
        return step(state, understood(ctx), replies.hello(ctx.name), replies.nudge(pending))
    if _unanswerable(turn):
        # "¿Y si llueve?" on the summary: said plainly, and where we were (not the summary
        # or the list again, as if nothing had been asked).
        if turn.msg.type in ("image", "video", "document"):  # "¿es así?" under a photo
            unknown = replies.picture_question(turn.msg.type)
        else:
            unknown = replies.not_in_our_info()
        return step(state, understood(ctx), unknown, replies.nudge(pending))
    return None


def _unanswerable(turn: Turn) -> bool:
    """A clear question nothing else took: several words, no number (a pick, a party, a
    day: "¿la 2?"), no stay, nothing about a cabin we could answer."""
    words = turn.plain.split()
    return (
        turn.intent == "unknown"
        and asks(turn)
        and len(words) >= 3
        and not any(ch.isdigit() for ch in turn.plain)
        and not topics_of(turn)
        and turn.said.check_in is None
        and turn.said.guests is None
    )
