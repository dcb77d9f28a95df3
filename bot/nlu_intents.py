"""Intent and topic detection for bot.nlu, on the canonical text.

Info topics in order of appearance, cancelling versus asking about the
cancellation policy, price and booking questions, menu choices, yes/no, and
``_decide_intent``, which applies the intent precedence documented in bot.nlu.
"""

from __future__ import annotations

import re

from bot.nlu_patterns import (
    _AFFIRM_RE,
    _AMOUNT_PER_RE,
    _ASKED_UNMARKED_RE,
    _AVAIL_RE,
    _BANK_DETAILS_RE,
    _BARE_SI_RE,
    _BEFORE_BOOKING_RE,
    _BOOK_NOUN_RE,
    _BOOK_RE,
    _BOOKED_RE,
    _BOOKING_CHANGE_RE,
    _BOOKING_QUESTION_RE,
    _BOOKING_UNDECIDED_RE,
    _BUDGET_ENOUGH_RE,
    _BUDGET_RE,
    _CANCEL_COST_RE,
    _CANCEL_HYPOTHETICAL_RE,
    _CANCEL_IMPERATIVE_RE,
    _CANCEL_ORDER_RE,
    _CANCEL_RE,
    _CANCEL_TERMS_AFTER_RE,
    _CANCEL_WANTED_RE,
    _CANCELLED_ELSEWHERE_RE,
    _CHOICE_RE,
    _CONDITIONAL_SI_RE,
    _CONFIRM_ASKED_RE,
    _CONFIRMATION_ASKED_RE,
    _CUANTO_NOT_PRICE,
    _CUANTO_RE,
    _DENY_RE,
    _DEPOSIT_SENT_RE,
    _EMOJI_NO_RE,
    _EMOJI_YES_RE,
    _EXISTING_BOOKING_RE,
    _EXTRA_COST_RE,
    _FAREWELL_RE,
    _FILLERS_ONLY_RE,
    _GREETING_RE,
    _HUMAN_RE,
    _IF_BOOKING_RE,
    _INFO_GENERIC_RE,
    _INLINE_CHOICE_RE,
    _LATER_CONDITION_RE,
    _MEASURE_ASKED_RE,
    _NOT_YET_RE,
    _OBLIGED_BOOKING_RE,
    _OK_ASKED_RE,
    _OTHERS_NAMED_RE,
    _PAID_REPORT_RE,
    _PRICE_INCLUDES_RE,
    _PRICE_RE,
    _RAW_NO_RE,
    _RAW_SI_RE,
    _REFUND_RE,
    _REFUSAL_FIRST_RE,
    _REFUSAL_LAST_RE,
    _SETTLED_CHOICE_RE,
    _SOMEONE_THERE_RAW_RE,
    _SOMEONE_THERE_RE,
    _STAY_CHANGE_RE,
    _THANKS_ANYWAY_RE,
    _THANKS_RE,
    _TIME_SHIFT_RE,
    _TOLD_CHOICE_RE,
    _TOPIC_PATTERNS,
    _VEHICLE_RE,
    _WANT_RE,
    _WRITER_NOT_GOING_RE,
    _WRONG_CHAT_RE,
    _YES_AND_ASK_RE,
    _YES_BUT_RE,
    _YES_ONLY_RE,
    COMPLAINT_ONLY_RE,
    MISSING_RE,
    PROBLEM_RE,
    URGENT_RES,
    URGENT_WORDS_RE,
)
from bot.nlu_text import _strip_accents
from bot.nlu_vocab import _NUMBER_WORDS, _ORDINALS

# A waving hand alone ("👋") says hello on WhatsApp.
WAVE = "\U0001f44b"

# A "no" right before a cancel, booking or call word ("no cancelamos", "no quiero reservar",
# "no hace falta que me llamen"), looked for in the 60 characters before it. Not "si no"
# ("si no, cancelo": the other way round). Group 1: words that cannot be a "no," answering
# something first ("no hace falta que", "no pienso").
_NEGATED_RE = re.compile(
    r"(?<!\bsi )\bno (?:(hace falta|es necesario|pienso|pensamos)(?: que)? |(?:quiero|queremos"
    r"|quisiera|voy a|vamos a|necesito|necesitamos)(?: que)? )?(?:(?:me|nos|la|lo|te|le|les) )?$"
)
# After the word, what makes a "no" opening the message a negation ("no quiero cancelar
# todavía", "no cancelen nada"): without it "no quiero cancelar" may be "no, quiero
# cancelar" typed without the comma, and it cancels (the flow asks before it does).
_NEGATION_TAIL_RE = re.compile(
    r"(?: \w+){0,3}? (?:todavia|aun|nada|por ahora|nunca|ni|solo|sino|nomas"
    # "no quiero cancelar, quiero cambiar la fecha": another wish told instead (session 22)
    r"|cambiar\w*|pasarla|moverla|mover|postergar\w*|posponer\w*)\b"
)
# "en vez de cancelar", "en lugar de reservar", "sin cancelarla": the word is what the
# guest does not want, right before it (session 22: "¿se puede cambiar la fecha en vez de
# cancelar?" asked "¿Seguro que querés cancelar?").
_INSTEAD_OF_RE = re.compile(r"\b(?:en vez de|en lugar de|sin) (?:(?:me|nos|la|lo) )?$")

# An order with its pronoun attached ("bajala", "cancelenla", "soltamela"): Spanish negates
# an order otherwise ("no la bajes"), so a "no" before it answers something else ("mejor no,
# bajala", session 23). Not an infinitive ("no quiero cancelarla" stays negated).
_ENCLITIC_ORDER_RE = re.compile(r"\w+(?:ala|alo|enla|enlo|amela|amelo|enmela|anosla)")

_NOT_A_VERB = frozenset("el la los las un una del al o con es sos solo otro puro".split())


def _negated(canon: str, start: int, end: int) -> bool:
    """Whether the key word at canon[start:end] is said not to be wanted."""
    word = canon[start:end].split(" ", 1)[0]
    if word in _NOT_A_VERB:
        return False  # "atendeme vos, no el bot": a "no" to a thing, not to the wish
    if _ENCLITIC_ORDER_RE.fullmatch(word):
        return False
    if _INSTEAD_OF_RE.search(canon, max(0, start - 20), start):
        return True
    negation = _NEGATED_RE.search(canon, max(0, start - 60), start)
    if negation is None:
        return False
    if negation.start() > 0 or negation.group(1):
        return True  # "tranqui, no cancelamos", "no hace falta que me llamen"
    return bool(_NEGATION_TAIL_RE.match(canon, end))


def _complaint_only(canon: str) -> bool:
    """Nothing wrong told but anger or money asked back (see COMPLAINT_ONLY_RE)."""
    rest = COMPLAINT_ONLY_RE.sub(" ", canon)
    return not (PROBLEM_RE.search(rest) or any(p.search(rest) for _, p in URGENT_RES))


def _asks_for_person(canon: str, beyond_complaint: bool = False) -> bool:
    """A person asked for, unless said not to be needed ("no hace falta que me llamen").
    ``beyond_complaint``: a complaint ("es una vergüenza") counts for no ask of its own."""
    told = [m.span() for m in PROBLEM_RE.finditer(canon)] if beyond_complaint else []
    return any(
        not _negated(canon, m.start(), m.end())
        and not any(start < m.end() and m.start() < end for start, end in told)
        for m in _HUMAN_RE.finditer(canon)
    )


# Photos the guest has seen ("estuve mirando las fotos", "vi en instagram la del lago"): told,
# not asked for; the question is whatever comes with them (round 28).
_PHOTOS_SEEN_RE = re.compile(
    r"\b(?:vi|vimos|vio|mire|miramos|mirando|viendo|mirado|visto|segun|por|en|de)"
    r" (?:las |la |tus |sus |unas |el |su |tu )?(?:fotos?|imagenes|videos?|instagram)\b"
)


def _photos_asked(canon: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first mention of photos that is not one the guest says they have seen."""
    seen = [m.span() for m in _PHOTOS_SEEN_RE.finditer(canon)]
    return next(
        (m for m in pattern.finditer(canon) if not any(a <= m.start() < b for a, b in seen)),
        None,
    )


def _topics(canon: str, cancel_policy_at: int | None) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for topic, pattern in _TOPIC_PATTERNS:
        match = pattern.search(canon)
        if match and topic == "photos" and _PHOTOS_SEEN_RE.search(canon):
            match = _photos_asked(canon, pattern)
        if match:
            found.append((match.start(), topic))
    if cancel_policy_at is not None:
        found.append((cancel_policy_at, "cancellation"))
    return tuple(topic for _, topic in sorted(found))


def _writer_left_out(before: str, match: re.Match[str]) -> bool:
    """ "Mi hermana y su marido, yo no voy a ir": an emphatic "yo" before the writer's own
    "no voy"/"no puedo", after others named as the party (none of them said not to come:
    "mi hermana no viene y yo no puedo ir" still calls it off)."""
    if not before.endswith("yo ") or not _WRITER_NOT_GOING_RE.match(match[0]):
        return False
    others = before[:-3]
    return bool(_OTHERS_NAMED_RE.search(others)) and " no " not in f" {others}"


def _cancel_kind(canon: str, raw: str = "") -> tuple[bool, int | None]:
    """(wants to cancel, where a question about the cancellation policy starts, if any).

    A leading "si" written as a yes ("sí, la cancelo", "si, cancelala") is no "if".
    """
    written_yes = bool(_RAW_SI_RE.match(raw.lower().lstrip()))
    wants = False
    refund = _REFUND_RE.search(canon)
    policy_at = refund.start() if refund else None
    elsewhere = [(m.start(), m.end()) for m in _CANCELLED_ELSEWHERE_RE.finditer(canon)]
    for match in _CANCEL_RE.finditer(canon):
        if any(start <= match.start() < end for start, end in elsewhere):
            continue
        if _negated(canon, match.start(), match.end()):
            continue  # "tranqui, no cancelamos", "no quiero cancelar todavía"
        before = canon[: match.start()]
        if _writer_left_out(before, match):
            continue  # "mi hermana y su marido, yo no voy a ir": the party told, no cancel
        bare_si = _BARE_SI_RE.search(before)  # group 1: a pronoun ("si la cancelo")
        ordered = bare_si and not bare_si[1] and _CANCEL_ORDER_RE.match(canon, match.start())
        # "¿se puede cancelar sin cargo?" asks the terms; "cancelala sin cargo" and "quiero
        # cancelar sin cargo" still cancel (an order, a want: the flow tells the terms).
        terms = (
            "?" in raw
            and not _CANCEL_IMPERATIVE_RE.match(canon, match.start())
            and not _CANCEL_WANTED_RE.search(before)
            and _CANCEL_TERMS_AFTER_RE.match(canon, match.end())
        )
        asked = _CANCEL_HYPOTHETICAL_RE.search(before) or terms
        if asked and not ((bare_si and written_yes) or ordered):
            policy_at = min(match.start(), policy_at if policy_at is not None else len(canon))
        else:
            wants = True
    return wants, policy_at


# After "cuánto queda": a stay or a party, so what it comes to (not how far it is).
_STAY_AFTER_QUEDA = frozenset("para por x una un todo total cada dos tres cuatro".split())


# A day right after ("… del 2 al 5", "… desde el 20"): the start of a stay, no place.
_DAY_NEXT_RE = re.compile(r" (?:el )?\d")


def _asks_price(canon: str, question: bool = False) -> bool:
    if question and _BUDGET_RE.search(canon) and _BUDGET_ENOUGH_RE.search(canon):
        return True
    canon = _BUDGET_RE.sub(" ", _PRICE_INCLUDES_RE.sub(" ", _CANCEL_COST_RE.sub(" ", canon)))
    # An amount per night asked about ("120 mil x 3 noches?") questions the price;
    # stated ("me pasaron $50000 por 2 noches") it may just be reporting a quote.
    if _PRICE_RE.search(canon) or (question and _AMOUNT_PER_RE.search(canon)):
        return True
    for match in _CUANTO_RE.finditer(canon):
        # "a cuánto queda", "cuánto tiempo", "cuanto antes" are not about money.
        after, then = match.group(2), match.group(3)
        if after == "hay" and then in ("de", "del", "desde", "hasta"):  # "cuánto hay de acá a..."
            continue
        # "cuánto está del centro" is a distance; "cuánto está del 2 al 5" a stay's price.
        if (
            after in ("esta", "estan")
            and then in ("del", "desde")
            and not _DAY_NEXT_RE.match(canon, match.end())
        ):
            continue
        # "el mínimo de noches, ¿cuánto es?" counts nights ("la seña mínima" is money).
        if after in ("es", "son") and _MEASURE_ASKED_RE.search(canon) and "sena" not in canon:
            continue
        if match.group(1) != "a" and after not in _CUANTO_NOT_PRICE:
            return True
        # "¿cuánto queda por 3 noches?", "¿en cuánto queda todo?": what a stay comes to;
        # "cuánto queda el centro", "a cuánto queda" ask a distance.
        queda = after in ("queda", "quedan") and match.group(1) != "a"
        if queda and (then in _STAY_AFTER_QUEDA or then.isdigit()):
            return True
    return False


def _wants_booking(canon: str, topics: tuple[str, ...] = (), question: bool = False) -> bool:
    canon = _BEFORE_BOOKING_RE.sub(" ", canon)
    if " si " in canon:  # cheap look before the pattern
        canon = _BOOKING_UNDECIDED_RE.sub(" ", canon)
    canon = _CANCELLED_ELSEWHERE_RE.sub(" ", canon)  # "se me cayó una reserva en otro lado"
    if _BANK_DETAILS_RE.search(canon):
        canon = _DEPOSIT_SENT_RE.sub(" ", canon)  # "pasame el alias y te transfiero la seña"
    if "minimum_stay" in topics and _OBLIGED_BOOKING_RE.search(canon):
        return False  # "¿cuántas noches como mínimo debo reservar?": the rule asked
    if any(not _negated(canon, m.start(), m.end()) for m in _BOOK_RE.finditer(canon)):
        return True  # not "por ahora no reservo", "no quiero reservar todavía"
    if question and "payment" in topics and not _WANT_RE.search(canon):
        return False  # "¿la reserva se puede hacer con tarjeta?": how to pay
    return bool(_BOOK_NOUN_RE.search(canon)) and not _EXISTING_BOOKING_RE.search(canon)


def _wants_to_book(canon: str) -> bool:
    """A want said before a booking word: "quiero reservar", "queremos hacer la reserva"."""
    want = _WANT_RE.search(canon)
    return bool(want and _wants_booking(canon[want.end() :]))


def _choice(canon: str) -> tuple[int | None, bool]:
    """(option number, whether the whole message is just that choice)."""
    match = _CHOICE_RE.match(canon)
    if match is None and (told := _TOLD_CHOICE_RE.match(canon)) is not None:
        match = _CHOICE_RE.match(canon[told.end() :])  # "mi marido dice que la primera"
    if match:
        raw = match.group(1)
        value = int(raw) if raw.isdigit() else _ORDINALS.get(raw) or _NUMBER_WORDS[raw]
        if 1 <= value <= 10:  # "el 15" alone is a day, not a menu option
            return value, True
    if settled := _SETTLED_CHOICE_RE.match(canon):
        raw = settled.group(1)
        return (int(raw) if raw.isdigit() else _ORDINALS[raw]), True
    inline = _INLINE_CHOICE_RE.search(canon)
    if inline and 1 <= int(inline.group(1)) <= 10:
        return int(inline.group(1)), False
    return None, False


def _affirm_deny(canon: str, raw: str) -> tuple[bool, bool]:
    """(yes, no) to the question just asked; a "no" wins over a yes word beside it.

    A whole message of yes words is a yes ("bueno", "va", "metele", "¿cómo no?") unless
    asked back ("¿seguro?"); a yes that defers ("ok, después te aviso", "dale, lo
    pienso") or adds a condition ("sí, pero para 3") is not one yet.
    """
    raw_start = _strip_accents(raw).lower().lstrip()
    deny = bool(_DENY_RE.search(canon) or _RAW_NO_RE.match(raw_start) or _EMOJI_NO_RE.match(raw))
    if not deny and "?" not in raw:
        deny = bool(_REFUSAL_LAST_RE.search(canon) or _REFUSAL_FIRST_RE.match(canon))
    if deny:
        return False, True
    if _EMOJI_YES_RE.match(raw):
        return True, False
    if _YES_ONLY_RE.match(canon) and not _FILLERS_ONLY_RE.match(canon) and "?" not in raw:
        affirm = True
    elif canon.startswith("si ") and (
        _CONDITIONAL_SI_RE.match(canon) or raw.rstrip().endswith("?")
    ):
        # "si llego tarde…", "si la cancelo, ¿me cobran?": "if", unless written "sí" or "si,".
        affirm = bool(_RAW_SI_RE.match(raw.lower().lstrip()))
    else:
        affirm = bool(_AFFIRM_RE.search(canon))
    if affirm and (
        _NOT_YET_RE.search(canon) or _YES_BUT_RE.search(canon) or _LATER_CONDITION_RE.search(canon)
    ):
        affirm = False
    if affirm and "?" in raw and (_YES_AND_ASK_RE.match(canon) or _CONFIRM_ASKED_RE.match(canon)):
        affirm = False  # "ok y cuánto es la seña?", "¿confirmar?": a question, no yes
    return affirm, False


def changes_booking(canon: str) -> bool:
    """A change asked to a booking the guest holds ("tengo una reserva del 20 al 23 y
    quiero agregar una persona", "¿podemos llegar un día antes de lo que reservamos?").

    Two searches, not one pattern with a gap between them, so the time stays linear.
    """
    if _STAY_CHANGE_RE.search(canon):
        return True
    booked = _EXISTING_BOOKING_RE.search(canon) or _BOOKED_RE.search(canon)
    return bool(booked and _BOOKING_CHANGE_RE.search(canon))


def reports_problem(canon: str, question: bool) -> bool:
    """Something wrong at the cabin, told ("no anda el wifi", "no hay agua caliente"); "¿no
    hay wifi?" asked is a question about what the cabin has (see MISSING_RE)."""
    if PROBLEM_RE.search(canon):
        return True
    # Asked from the cabin, or with someone asked to come, the lack is told: "estamos en la
    # cabaña y no hay agua caliente, ¿alguien puede venir?" (round 29).
    return bool(MISSING_RE.search(canon) and (not question or _AT_THE_CABIN_RE.search(canon)))


_AT_THE_CABIN_RE = re.compile(
    r"\b(?:estamos|estoy) (?:en la cabana|aca|aqui|adentro)\b"
    r"|\b(?:alguien|quien) (?:\w+ )?(?:puede|podria|pueden) venir\b"
    r"|\b(?:pueden|podes|podrian|puede|podria) (?:venir|mandar a alguien)\b"
)


def urgency(canon: str, *, question: bool, problem: bool, wants_cancel: bool) -> str | None:
    """The kind of emergency told (a key of URGENT_RES), or None. "No hay agua" asked ("¿no
    hay agua?") is a question, like any missing thing; someone hurt beside a cancellation
    ("me lastimé, tengo que cancelar") explains the cancellation; "urgente" counts only with
    a problem told ("no anda el calefón, es urgente")."""
    for kind, pattern in URGENT_RES:
        if (kind == "no_water" and question) or (kind == "injury" and wants_cancel):
            continue
        if pattern.search(canon):
            return kind
    return "other" if problem and URGENT_WORDS_RE.search(canon) else None


def _decide_intent(
    canon: str,
    *,
    wants_cancel: bool,
    has_stay_data: bool,
    topics: tuple[str, ...],
    question: bool,
    raw: str = "",
    for_a_person: bool = False,
    one_day: bool = False,
    month_only: bool = False,
    nights_only: bool = False,
) -> str:
    """`for_a_person`: a problem or an emergency told (`reports_problem`, `urgency`),
    decided once by the caller; `month_only`: the only stay data is a month named;
    `nights_only`: the only stay data is a length (and a month, maybe)."""
    if wants_cancel and for_a_person and _complaint_only(canon):
        # "cancelen todo, es una vergüenza", "ya no vamos, devolveme la plata": the cancel
        # is the point, the anger or the money asked back its reason.
        if not (_asks_for_person(canon, beyond_complaint=True) or changes_booking(canon)):
            return "cancel"
    if for_a_person or _asks_for_person(canon) or changes_booking(canon):
        return "human"
    someone_there = _SOMEONE_THERE_RE.search(canon) or _SOMEONE_THERE_RAW_RE.search(
        _strip_accents(raw).lower()
    )
    if someone_there and "checkin" not in topics:
        return "human"
    if wants_cancel:
        return "cancel"
    if _CANCEL_COST_RE.search(canon):
        return "info"  # "¿cuánto sale cancelar la reserva?": the policy, not a booking
    # "Ya tengo una reserva del 15 al 18, ¿a qué hora es el check in?": the dates
    # describe the guest's booking, the question is the point.
    if topics and _EXISTING_BOOKING_RE.search(canon):
        return "info"
    # "Tengo una duda con la reserva", "ya te pagué la seña": about the booking they have.
    if _BOOKING_QUESTION_RE.search(canon) or _PAID_REPORT_RE.search(canon):
        return "info"
    # "Reservamos y pagamos la seña, ¿cuándo llega la confirmación?": a booking made (the
    # present "reservamos" is past here); "quiero reservar…, ¿cuándo llega la
    # confirmación?" still books.
    if _CONFIRMATION_ASKED_RE.search(canon) and not _wants_to_book(canon):
        return "info"
    if not question and not has_stay_data and _THANKS_ANYWAY_RE.search(canon):
        return "thanks"  # "re caro jaja, gracias igual": a price remarked, no price asked
    if _wants_booking(canon, topics, question):
        # "si reservamos directo, ¿sale menos?": what booking would cost, asked.
        if not (
            _IF_BOOKING_RE.search(canon)
            and not _wants_to_book(canon)
            and _asks_price(canon, question)
        ):
            return "book"
    if _asks_price(canon, question):
        # "llevamos al perro, ¿cobran extra?": a charge on top of a thing named asks its
        # terms (the topic's answer), unless the price is asked besides ("¿cuánto sale la
        # noche? ¿cobran extra por el perro?").
        things = set(topics) - {"payment", "cancellation"}
        extra = _EXTRA_COST_RE.search(canon)
        if things and extra and not _asks_price(_EXTRA_COST_RE.sub(" ", canon), question):
            return "info"
        return "prices"
    times = "checkin" in topics or "checkout" in topics
    asked = question or bool(_ASKED_UNMARKED_RE.search(canon))
    # A time shifted ("quisiera hacer late checkout el 23", "queremos salir más tarde el
    # domingo") is asked for, like a question.
    shifted = times and one_day and _TIME_SHIFT_RE.search(canon)
    if one_day and times and (asked or shifted or _OK_ASKED_RE.search(canon)):
        # "llegamos el viernes tipo 23, ¿hay problema?", "¿hasta qué hora podemos quedarnos
        # el domingo?": the time asked about, on a day of a stay the guest already has (a
        # single day: no length, no party, no search asked for).
        if not _AVAIL_RE.search(canon):
            return "info"
    if nights_only and "minimum_stay" in topics and asked and not _AVAIL_RE.search(canon):
        return "info"  # "¿se puede ir una sola noche?": the shortest stay, the rule asked
    # "y el mínimo en enero": a follow-up opening with "y" asks, marked or not (round 26).
    if month_only and topics and (asked or canon.startswith("y ")) and not _AVAIL_RE.search(canon):
        # "¿la pileta está abierta en octubre?", "¿el mínimo de noches para enero?": a month
        # with no days is when the thing asked about, no stay to search.
        return "info"
    if not has_stay_data and "parking" in topics and _VEHICLE_RE.search(canon):
        # "vamos con 2 autos, ¿hay lugar para los dos?", "llevamos 3 motos, ¿hay lugar?":
        # room for the vehicles, not a stay.
        return "info"
    if has_stay_data or _AVAIL_RE.search(canon):
        return "availability"
    if topics or _INFO_GENERIC_RE.search(canon):
        return "info"
    if _THANKS_RE.search(canon) or _FAREWELL_RE.search(canon):
        return "thanks"
    if _WRONG_CHAT_RE.search(canon):
        return "unknown"  # "hola, no era para vos, perdón"
    if _GREETING_RE.search(canon) or WAVE in raw:
        return "greeting"
    return "unknown"
