"""What works from every state, run before the state's own handler, and the idle state.

Like aiogram's global "cancel" filter: "menu", "ayuda", "cancelar", "hablar
con una persona", taps on the menu, audios, photos and locations are handled
the same wherever the guest is, so there is never a dead end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import holds
from booking.errors import ReservationNotFound
from booking.models import Reservation, Status
from bot import replies
from bot.arrival import said_hour
from bot.handlers import (
    StartHandoff,
    Step,
    Turn,
    absorb,
    asks,
    clear_flow,
    defers,
    hesitant,
    miss,
    plain,
    prepend,
    said_name,
    says_stay,
    stay_of,
    step,
    unaccented,
    understood,
)
from bot.handlers_again import same_dates_as_before
from bot.handlers_amenity import amenity_follow_up
from bot.handlers_cancel import (
    after_cancelling,
    cancel_terms,
    negated_cancel,
    old_cancel_tap,
    platform_booked,
    start_cancel,
)
from bot.handlers_choose import CHEAPER_RE
from bot.handlers_doubt import machine_doubted
from bot.handlers_extend import extra_nights
from bot.handlers_hold import is_live, payment_status
from bot.handlers_info import (
    about_a_cabin,
    answer_info,
    answer_location,
    answer_prices,
    answer_topics,
    asked_about,
    same_question,
    topics_of,
    wants_info,
)
from bot.handlers_list import pick_said
from bot.handlers_party import two_cabins
from bot.handlers_pet import pet_told, tax_id_told
from bot.handlers_retry import retry_tapped, retry_typed
from bot.handlers_road import arrival_told, leaving_told, on_the_road
from bot.handlers_search import (
    PICK_PREFIX,
    advice_without_party,
    after_hello,
    another_cabin,
    asks_same_cabin,
    pick,
    same_cabin_as_before,
    search,
    search_said,
    step_back,
    wanted_before_dates,
)
from bot.handlers_status import (
    HAVE_BOOKING_RE,
    about_my_booking,
    change_of_booking,
    days_to_go,
    early_or_late,
    status_of_a_month,
)
from bot.handlers_stay import lost_or_arrived, social_asked, tips_asked
from bot.handlers_summary import (
    confirm,
    dropped,
    hold_button,
    parse_summary,
    reservation_of,
    stale_summary,
    stay_resumed,
    summary_left,
    summary_of,
    take_back,
)
from bot.handlers_swap import own_hold_again
from bot.handlers_terms import price_terms
from bot.handlers_words import (
    ACK_RE,
    BARE_NUMBER_RE,
    CHANGE_DATES_RE,
    DEPOSIT_KEPT_RE,
    GUARANTEE_RE,
    LINK_RE,
    LINK_TROUBLE_RE,
    RECOMMEND_RE,
    STAY_PRAISED_RE,
    TIME_LEFT_RE,
)
from bot.holder import FOR_OTHERS_RE, booked_for, said_holder
from bot.invoice import said_tax_id
from bot.nlu import parse
from bot.nlu_patterns import PROBLEM_RE
from bot.nlu_vocab import _NUMBER_WORDS as NUMBER_WORDS
from bot.session import Context
from bot.states import State

# Above this a bare number is hardly a party for a cabin (a day? a price?): not guessed.
MAX_BARE_PARTY = 20

# "quiero dejar una reseña", "les dejo mi opinión", "¿cómo los califico?": a review offered.
REVIEW_RE = re.compile(
    r"\b(?:dejar|dejarles|dejarte|dejo|dejamos|escribir|escribirles|hacer|hacerles|poner"
    r"|subir|mandar|mandarles) (?:una |un |mi |nuestra |nuestro )?(?:buena |linda )?"
    r"(?:resena|review|calificacion|valoracion|opinion)\b"
    r"|\b(?:calificarlos|calificarte|puntuarlos|dejarles estrellas)\b"
)

# "Consulta", "te hago una pregunta", "quería consultar algo": the question itself comes in
# the next message, so it is invited, not "no te entendí" (whole plain message).
ABOUT_TO_ASK_RE = re.compile(
    r"^(?:(?:che|disculpa|disculpe|disculpen|perdon|hola|buenas|buen dia|buenas tardes"
    r"|buenas noches) )*"
    r"(?:(?:(?:una|te hago una|les hago una|le hago una|tengo una|tenia una|tengo otra|otra"
    r"|quiero hacer una|quisiera hacer una|queria hacer una|hago una|puedo hacer una"
    r"|te puedo hacer una|les puedo hacer una|una pequena|una rapida|una sola|una ultima"
    r"|ultima) )?(?:consulta|consultita|pregunta|preguntita|duda|dudita)s?"
    r"(?: rapida| cortita| corta| mas| nomas)?"
    r"|(?:queria|quisiera|quiero|necesito|necesitaba|queriamos) (?:consultar|consultarte"
    r"|consultarles|saber|preguntar|preguntarte|preguntarles|hacer una consulta"
    r"|hacerte una consulta|hacerles una consulta|averiguar)(?: algo| una cosa| unas cosas"
    r"| algo mas| (?:por|sobre) las cabanas)?"
    r"|(?:te|les|le) (?:consulto|pregunto|hago una consulta)(?: algo| una cosa)?"
    r"|(?:puedo|te puedo|les puedo) (?:consultar|consultarte|consultarles|preguntar"
    r"|preguntarte|preguntarles|hacer una consulta)(?: algo| una cosa)?)$"
)

# Whole-message commands (after lowercasing and removing accents and punctuation).
MENU_WORDS = re.compile(
    r"^(?:(?:ver|mostrame|pasame|quiero ver|volver al) )?(?:el )?(?:menu|menues|inicio|opciones)$"
    r"|^(?:volver|empezar|empezar de nuevo|arrancar de nuevo|start)$"
)
HELP_WORDS = re.compile(
    r"^(?:ayuda|help|ayudame|necesito ayuda|como funciona|como funciona esto|como es esto"
    r"|que (?:es|hace|haces|hacen) esto|que (?:haces|hacen)|quien sos|quien habla|que sos)$"
)
# "perdón, no entendí, ¿qué tengo que hacer?", "¿cómo sigo?": lost at a step, not a question
# for our info (on plain text).
WHAT_TO_DO_RE = re.compile(
    r"\bno (?:entendi|entiendo|entendimos|te entendi|te entiendo)(?! (?:la|el|lo|los|las|que|por)"
    r"\b)|\bque (?:tengo|tenemos|debo|debemos|hay) que hacer\b|\bque (?:hago|hacemos)(?: ahora)?$"
    r"|\bcomo (?:sigo|seguimos|continuo|continuamos)\b"
    # "ok perfecto. ¿cómo sigue?", "¿cuál es el próximo paso?", "¿y ahora qué sigue?"
    # (session 23: "eso no lo tengo en mi info" on the summary).
    r"|\bcomo sigue(?: esto| la cosa| ahora)?$|\b(?:y )?(?:ahora )?que sigue(?: ahora)?$"
    r"|\b(?:cual es el|cual seria el|y el) (?:siguiente|proximo) paso\b"
    # "no sé qué tocar", "no sé cómo seguir", "¿qué toco?": lost, not hesitating.
    r"|\bno se (?:que|como|donde|cual) (?:tocar|apretar|hacer|poner|seguir|elegir)\b"
    r"|\bque (?:toco|aprieto|pongo)\b"
    # "¿cómo hago para reservar?", "¿cómo la reservo?": how this step goes on, not the
    # step shown again as if the guest had not seen it (paying has its own answer).
    r"|\bcomo (?:hago|hacemos|tengo que hacer|seria) (?:para|pa) (?:reservar|reservarla"
    r"|confirmar|confirmarla|seguir|avanzar|guardarla)\b|\bcomo (?:la )?(?:reservo|reservamos"
    r"|confirmo|confirmamos)\b|\bcomo se (?:reserva|confirma)\b"
)
# "nada, solo miraba", "estaba chusmeando": nothing needed now (on plain text).
JUST_LOOKING_RE = re.compile(
    r"\b(?:solo|nomas|solamente|estaba|estabamos) (?:miraba|mirabamos|mirando|chusmeaba"
    r"|chusmeando|curioseaba|curioseando|averiguaba|averiguando|consultaba|preguntaba)\b"
    r"|^(?:no )?nada(?: (?:por ahora|gracias|mas|nomas))*$"
)
# "me equivoqué", "uy perdón, me confundí": a correction announced, not yet said (plain).
MISTAKE_ONLY_RE = re.compile(
    r"^(?:(?:uy|ay|ups|upa|uh|ah|perdon|perdona|disculpa|no) )*"
    r"(?:me equivoque|me confundi|nos equivocamos|nos confundimos|me equivoque yo"
    r"|escribi mal|puse mal)(?: (?:perdon|disculpa|jaja\w*))*$"
    # "ah no, perdón", "uy no", "no no": the slip noticed, what was meant still to come
    # (a bare "no" answers the question; "no gracias" drops the booking).
    r"|^(?:(?:ah|ahh|uh|uy|ay|ups|upa) )+no(?: no)*(?: (?:perdon|perdona|perdoname|disculpa))*$"
    r"|^no no(?: no)*(?: (?:perdon|perdona|perdoname|disculpa))*$"
    r"|^no (?:perdon|perdona|perdoname|disculpa)$"
)
# "perdón, era para otro chat", "sorry me equivoqué de chat", "no era para vos", "mensaje
# equivocado": a message meant for someone else. "¡No pasa nada!" and where we were; read on
# plain text, on short messages only (a long one with "era para otra persona" says more).
# "Me equivoqué de número" is left out: mid-booking it is as often a digit mistyped.
_OTHER_CHAT = r"(?:chat|conversacion|contacto|grupo|persona|whatsapp|wsp|wpp)"
WRONG_CHAT_RE = re.compile(
    rf"\b(?:equivoq|confund)\w* (?:de|con|en) (?:(?:el|la|un|una|este|esta) )?{_OTHER_CHAT}\b"
    rf"|\b(?:era|iba|lo mande|la mande|lo escribi|te lo mande) (?:para|a|en|por) (?:otr[oa]"
    rf"|el otro|la otra|un|una|mi) (?:\w+ )?(?:{_OTHER_CHAT}|numero)\b"
    r"|\bno (?:era|iba) (?:para|a) (?:vos|ustedes|usted|aca|este chat|esta conversacion"
    r"|este numero|ti)\b"
    rf"|\b(?:{_OTHER_CHAT}|mensaje|numero) equivocad[oa]\b"
    r"|\bnada que ver (?:el|ese|este) (?:mensaje|audio)\b"
    r"|^(?:(?:perdon|sorry|disculpa|uy|ups) )*ignor\w*(?: (?:el|ese|este|mi) mensaje| eso"
    r"| lo anterior)?$"
)
WRONG_CHAT_MAX_WORDS = 10


# "Vendo leña, ¿les interesa?", "ofrecemos servicio de limpieza", "fabricamos blanquería
# para cabañas": someone selling to the owner, not a guest (round 25: "vendo leña" got the
# fireplace's firewood answer). First person only: "¿venden leña?" is a guest asking.
VENDOR_RE = re.compile(
    r"\b(?:vendo|vendemos|distribuyo|distribuimos|fabrico|fabricamos|revendo)\b"
    r"|\b(?:ofrezco|ofrecemos|brindo|brindamos|presto|prestamos) (?:mis |nuestros |el |los )?"
    r"(?:servicios?|productos?)\b"
    r"|\b(?:somos|soy de) (?:una )?(?:empresa|agencia|distribuidora|proveedora?)\b"
)


def _not_booking(turn: Turn, state: State) -> bool:
    """Nothing of a stay asked ("somos una empresa, buscamos alojamiento para 4" books)."""
    return state not in BOOKING_FLOW and turn.intent not in ("availability", "book", "prices")


# "mi nieto me pasó este número", "me recomendaron las cabañas", "los vi en Instagram": how
# the guest found us, told before asking anything (plain text).
# Told in the past ("me pasó", "me pasaron"): "¿me pasás el número de reserva?" asks.
REFERRED_RE = re.compile(
    r"\b(?:me|nos) (?:pas(?:o|aron|aste)|dio|dieron|recomend\w*|compart(?:io|ieron|iste)"
    r"|mand(?:o|aron|aste)) (?:este|el|tu|su|sus)"
    r" (?:numero|contacto|whatsapp|wsp|wpp|dato|datos)\b"
    r"|\b(?:me|nos) (?:recomendaron|recomendo|hablaron|hablo) (?:de )?(?:ustedes|las cabanas"
    r"|este lugar|sus cabanas)\b"
    r"|\b(?:los|las|te) (?:vi|vimos|encontre|encontramos|conoci|conocimos) (?:en|por) (?:instagram"
    r"|insta|ig|facebook|face|fb|google|maps|booking|airbnb|marketplace|tiktok|la web)\b"
    r"|\bvi (?:su|tu|el) (?:publicacion|anuncio|aviso|post|perfil)\b"
)
SILENT_TYPES = frozenset({"reaction", "unsupported_silent", "system"})
WORDS = re.compile(r"[^\W_]")  # a letter or a digit, in any script
WAVE = "\U0001f44b"  # 👋
BOOKING_FLOW = frozenset(
    {State.ASK_DATES, State.ASK_GUESTS, State.CHOOSE_CABIN, State.CONFIRM_HOLD}
)
# What a guest in the middle of something is reminded of after an aside (replies.nudge).
PENDING = {
    State.ASK_DATES: "dates",
    State.ASK_GUESTS: "guests",
    State.CHOOSE_CABIN: "choose",
    State.CONFIRM_HOLD: "confirm",
    State.AWAIT_PAYMENT: "payment",
    State.CHOOSE_CANCEL: "cancel",
    State.CONFIRM_CANCEL: "cancel",
}
# Where the bot is waiting for an answer it cannot read in an emoji.
QUESTIONS = frozenset({State.ASK_DATES, State.ASK_GUESTS, State.CHOOSE_CABIN})
# Types whose words we read (a caption makes a photo one of them too).
READABLE = frozenset({"text", "interactive", "button"})
# What may carry a caption: its words are read, but what it shows we cannot see.
PICTURES = frozenset({"image", "video", "document"})


# The guest waiting for an answer: "???", "hola??", "holaaa", "¿me contestan?", "¿hay alguien?",
# "¿siguen ahí?". Matched on the unaccented text, "?" kept.
# Only the whole message: "ya pagué, ¿me contestan?" is about the payment.
_PING_RE = re.compile(
    r"^[¿\s]*(?:(?:hola+|alo+|ey+|hello+|buenas)\s*)?\?{2,}[?!\s]*$"
    r"|^[¿\s]*(?:hola+|alo+)\s*\?+[?!\s]*$|^\s*hola{3,}[!.\s]*$"
    r"|^[¿\s]*(?:(?:hola+|buenas|che)[,!.\s]*)?¿?(?:"
    r"(?:alguien )?(?:me|nos) (?:contesta|contestan|responde|responden|atiende|atienden|leen)"
    r"|hay alguien(?: ahi| por ahi)?|(?:estan|estas|siguen|seguis) (?:ahi|por ahi)"
    r")[?!.\s]*$"
)


# "Do you speak English?", "¿hablan inglés?", or a message in English the NLU could not
# read ("could you help me", "I need information"): the bot writes Spanish only.
_ENGLISH_ASKED_RE = re.compile(
    r"\bspeak english\b|\bin english\b|\benglish please\b|\bhabl\w* (?:en )?ingles\b"
    r"|\b(?:dont|don t|do not|cant|can t|cannot) (?:speak|understand) spanish\b"
)
_ENGLISH_WORDS_RE = re.compile(
    r"\b(?:you|your|the|please|could|would|help|need|what|how|is|are|there|have|any|with"
    r"|about|this|that|my|our|we|i|can|do|does|want|know|information)\b"
)


# Words that are English and not Spanish (nor the English Argentines write in Spanish:
# "ok", "wifi", "check in", "sorry", "link"), and Spanish words a message in English lacks.
_ENGLISH_ONLY_WORDS = frozenset(
    "hi hello from to for people persons adults adult kids children child night nights weekend "
    "book booking want would like need available availability cabin cabins price prices how "
    "much many we are is the and please thanks thank you your my our i can could do does have "
    "has there any with about this that what when where which dog dogs pet pets of on at it "
    "be will just room stay dates date until arrive arriving leave leaving yes cost costs "
    "free pay reservation reserve bring allowed included".split()
)
_SPANISH_WORDS = frozenset(
    "de del la el los las para que en con y por quiero queremos somos hola al personas noches "
    "una un es hay tienen me te nos mi cuanto cabana cabanas gracias si dias desde hasta buenas "
    "buen dia son seria serian sale precio lugar libre perro mascota".split()
)


# English the steps read themselves ("how long do I have?", "the link doesn't work", "can
# you send the link again?", "I want to change the dates", "do you have something
# cheaper?"): no intent in the NLU, yet no
# English the bot cannot read where that step is pending.
_READ_BY_THE_STEPS: dict[State, tuple[re.Pattern[str], ...]] = {
    State.AWAIT_PAYMENT: (TIME_LEFT_RE, LINK_TROUBLE_RE, LINK_RE, CHANGE_DATES_RE),
    State.CONFIRM_HOLD: (CHANGE_DATES_RE, CHEAPER_RE),
    State.CHOOSE_CABIN: (CHANGE_DATES_RE, CHEAPER_RE),
}


def written_in_english(words: str) -> bool:
    """The plain message is in English: more of its words are English-only than Spanish,
    and at least two ("hi, from 1/3 to 4/3 for 2 people"; not "sorry, el 16")."""
    tokens = set(words.split())
    english = len(tokens & _ENGLISH_ONLY_WORDS)
    return english >= 2 and english > len(tokens & _SPANISH_WORDS)


def english_noted(turn: Turn, found: Step) -> Step:
    """An English message the bot did answer (dates, a question it knows) gets the note
    that it writes Spanish only before the answer, once per conversation."""
    typed = turn.msg.type == "text" and not turn.reply_id
    if found.ctx.english_noted or not typed or not found.replies:
        return found
    if not written_in_english(turn.plain):
        return found
    ctx = dataclasses.replace(found.ctx, english_noted=True)
    note = replies.english_only(understood=True)
    at = 1 if found.replies[0] == replies.hello(ctx.name) else 0  # after "¡Hola, Ann! 👋"
    return dataclasses.replace(
        found, ctx=ctx, replies=(*found.replies[:at], note, *found.replies[at:])
    )


def nudge_once(turn: Turn, state: State, before: Context, found: Step) -> Step:
    """The step's reminder ("Tu reserva sigue guardada…") said once: an acknowledgement
    right after it ("ok", "gracias", "chau", 👍) gets its own words, or a short nod, rather
    than the reminder again and again; a question still gets it after its answer."""
    pending = PENDING.get(found.state)
    reminder = replies.nudge(pending) if pending else None
    if reminder is None or not found.replies or found.replies[-1] != reminder:
        return dataclasses.replace(found, ctx=dataclasses.replace(found.ctx, nudged=None))
    ctx = dataclasses.replace(found.ctx, nudged=pending)
    if before.nudged != pending or found.state != state or not _acknowledges(turn):
        return dataclasses.replace(found, ctx=ctx)
    said = found.replies[:-1] or (replies.ack_again(len(ctx.history)),)
    return dataclasses.replace(found, ctx=ctx, replies=said)


def _acknowledges(turn: Turn) -> bool:
    """Thanks, a goodbye, "ok" or an emoji: nothing asked, nothing new said."""
    if turn.reply_id or asks(turn) or says_stay(turn.said):
        return False
    if turn.msg.type != "text":
        return turn.msg.type in ("sticker", "reaction")
    text = turn.msg.text or ""
    return turn.intent == "thanks" or not WORDS.search(text) or bool(ACK_RE.match(turn.plain))


def _english(turn: Turn, state: State, ctx: Context) -> Step | None:
    """English the bot cannot answer: said in English that it writes Spanish only, what it
    still understands, and how to reach a person; whatever was pending stays pending."""
    if turn.reply_id or turn.intent not in ("unknown", "greeting"):
        return None
    asked = bool(_ENGLISH_ASKED_RE.search(turn.plain))
    if not asked and (turn.intent != "unknown" or says_stay(turn.said)):
        return None
    if not asked and len(set(_ENGLISH_WORDS_RE.findall(turn.plain))) < 3:
        return None
    if not asked and any(p.search(turn.plain) for p in _READ_BY_THE_STEPS.get(state, ())):
        return None  # "how long do I have?": the step answers it, in Spanish
    nudge = [replies.nudge(PENDING[state])] if state in PENDING else []
    stays = state if state in PENDING else State.IDLE
    noted = dataclasses.replace(understood(ctx), english_noted=True)
    return step(stays, noted, replies.english_only(), nudge)


def _what_to_do(turn: Turn, state: State, ctx: Context) -> Step | None:
    """ "No entendí, ¿qué tengo que hacer?" at a step: what it asks, in other words (not "eso
    no lo tengo en mi info", as if it were a question about the cabins)."""
    if not WHAT_TO_DO_RE.search(turn.plain) or turn.said.topic or says_stay(turn.said):
        return None
    if turn.intent == "prices":
        return None  # "no entiendo bien, ¿precio por noche?": the price is the question
    if state == State.CHOOSE_CABIN and RECOMMEND_RE.search(turn.plain):
        return None  # "no sé cuál elegir" under the list: advice (bot.handlers_list)
    shown: replies.Outbound
    if state == State.CONFIRM_HOLD and (key := summary_of(ctx)) is not None:
        shown = replies.summary_help(key, turn.rules.hold_ttl_minutes)
    elif state == State.CHOOSE_CABIN:
        shown = replies.choose_help(len(ctx.offers))
    elif state == State.ASK_GUESTS:
        shown = replies.guests_doubt()
    elif state == State.ASK_DATES and ctx.check_in and not ctx.check_out:
        shown = replies.ask_departure(ctx.check_in)
    elif state == State.ASK_DATES:
        shown = replies.ask_dates(
            month=ctx.month, part=ctx.month_part, nights_wanted=ctx.nights, again=True
        )
    else:
        return None  # the payment and cancel steps answer "¿y ahora?" themselves
    return step(state, understood(ctx), shown)


# The weather asked: "¿hace frío en marzo?", "¿cómo es el clima en julio?", "¿llueve mucho
# en abril?", "¿va a hacer calor el finde?". No data says it (it asked which days of March,
# or searched the weekend). Not the cabin's heating ("¿hace frío en la cabaña?"), and not
# beside a stay asked for ("¿tienen lugar el finde? ¿va a hacer calor?": the search).
_WEATHER_RE = re.compile(
    r"\b(?:clima|pronostico|temperaturas?)\b"
    r"|(?<!\bsi )\b(?:hace|hara|hacia|va a hacer|suele hacer|hizo)"
    r" (?:mucho |tanto |poco |re |demasiado )?"
    r"(?:frio|calor|fresco)\b"
    # ("¿y si llueve?" asks what there is to do then: the unanswered question's reply.)
    r"|(?<!\bsi )\b(?:llueve|llovera|va a llover|llovio|nieva|nevara|va a nevar|nevo)\b"
    r"|\b(?:hay|corre|sopla) (?:mucho |tanto |poco )?viento\b"
)
_INDOORS_RE = re.compile(
    r"\b(?:cabanas?|casas?|adentro|dentro|calefa\w*|estufas?|hogar|salamandras?|aire)\b"
)
_STAY_ASKED_RE = re.compile(
    r"\b(?:lugar|disponib\w*|libres?|reserv\w*|alquil\w*|precios?|cuanto|tarifas?)\b"
)


def _weather(turn: Turn, state: State, ctx: Context, pending: str | None) -> Step | None:
    words = turn.plain
    if not _WEATHER_RE.search(words) or _INDOORS_RE.search(words):
        return None
    if _STAY_ASKED_RE.search(words):
        return None  # a stay asked for too: the search answers it
    return step(state, understood(ctx), replies.weather_unknown(), nudge_for(pending))


def _ping(turn: Turn, state: State, ctx: Context) -> Step | None:
    """ "Hola??", "¿me contestan?" after the bot has answered: "¡Acá estoy!" and where we
    were (the menu when nothing is pending), never the welcome again nor a person at once;
    "¿hay alguien?" as the first message is a hello (the menu offers a person)."""
    text = unaccented(turn.msg.text or "")
    if turn.reply_id or not _PING_RE.search(text) or says_stay(turn.said) or turn.said.urgent:
        return None
    if len(ctx.history) <= 1:
        if "alguien" not in text and "contest" not in text and "respond" not in text:
            return None  # "hola?" opening the chat: the greeting, as any hello
        return step(State.IDLE, understood(ctx), replies.greeting(ctx.name))
    if state == State.AWAIT_PAYMENT:
        return None  # the payment state answers with the link, which is what they wait for
    if state in PENDING:
        return step(state, understood(ctx), replies.still_here(), replies.nudge(PENDING[state]))
    if _menu_on_screen(ctx):
        return step(State.IDLE, understood(ctx), replies.still_here_above())  # no second menu
    return step(State.IDLE, understood(ctx), replies.menu(replies.STILL_HERE_MENU))


# A yes closing a message that says more ("a nombre de Marta Gómez, confirmo").
_YES_AFTER_RE = re.compile(
    r"\b(?:confirmo|confirmamos|confirmala|confirmamela|reservala|reservamela|guardamela"
    r"|la reservo|la reservamos|la tomo|la tomamos|avancemos|avanza|dale)$"
    # "bueno, la tomo. a nombre de Carlos Gómez", "confirmo! a nombre de …": the yes said
    # first, whose name after it (session 23: noted, and "tocá Confirmar" again).
    r"|^(?:(?:si|bueno|dale|ok|listo|perfecto|joya|genial) )*(?:confirmo|confirmamos"
    r"|confirmala|confirmamela|reservala|reservamela|guardamela|la reservo|la reservamos"
    r"|la tomo|la tomamos)(?: (?:entonces|nomas|porfa))? (?:a nombre|ponela|ponele|que quede)\b"
)


def nudge_for(pending: str | None) -> list[replies.Outbound]:
    """What we were doing, said again after an aside (nothing when nothing was pending)."""
    return [replies.nudge(pending)] if pending else []


# The topics an arrival or departure hour answers itself (`early_or_late`).
_HOUR_TOPICS = frozenset({"checkin", "checkout", "times"})


async def _other_questions(turn: Turn, ctx: Context, state: State) -> list[replies.Outbound]:
    """The answers to what else a message about the arrival hour asks ("¿tiene parrilla?
    ¿hay que llevar toallas?"), the hour's own topics left to `early_or_late`."""
    others = tuple(t for t in topics_of(turn) if t not in _HOUR_TOPICS)
    return await answer_topics(turn, ctx, state, others)


async def global_step(turn: Turn, state: State, ctx: Context) -> Step | None:
    """A step when the message is one of the global ones, else None (the state decides)."""
    rid = turn.reply_id
    if rid.startswith("menu:"):
        return await menu_choice(turn, ctx, rid, state)
    if state not in (State.CHOOSE_CANCEL, State.CONFIRM_CANCEL):
        # "Sí, cancelar" or a reservation row from an old message: asked again, never done.
        nudge = [replies.nudge(PENDING[state])] if state in PENDING else []
        if (found := await old_cancel_tap(turn, ctx, state, *nudge)) is not None:
            return found
    if rid:
        return None  # buttons and rows belong to the state that sent them
    kind = turn.msg.type
    pending = PENDING.get(state)
    if kind == "reaction" and state == State.CONFIRM_HOLD:
        # A 👍 on the summary reads as "yes" to the guest, but nothing is held until
        # "Confirmar": silence would leave them believing it is theirs.
        return step(state, ctx, replies.nudge("confirm"))
    if kind in SILENT_TYPES:
        return step(state, ctx)
    if kind == "location":
        nudge = [replies.nudge(pending)] if pending else []
        return step(state, ctx, await answer_location(turn), nudge)
    if kind not in READABLE and not (turn.msg.text or "").strip():
        if state == State.AWAIT_PAYMENT and kind in ("image", "document"):
            return None  # a receipt, most likely: the payment state answers it
        # Audio, photo, sticker, contact card, or a type we do not know: never a "miss".
        return step(state, ctx, replies.media(kind, pending))
    text = turn.msg.text or ""
    if state in QUESTIONS and text.strip() and not WORDS.search(text) and "?" not in text:
        one_listed = state == State.CHOOSE_CABIN and len(ctx.offers) == 1
        # "¿Te sirve del lun al mié? Decime dale" after a stay too short: 👍 is that dale.
        offered = state == State.ASK_DATES and ctx.check_in and not ctx.check_out and ctx.nights
        if not ((one_listed or offered) and turn.said.affirm):  # 👍 to a list of one picks it
            # 👍 or 🙏 while we wait for dates, a head count or a pick: like a sticker,
            # a nod and where we were, never "no te estoy entendiendo".
            return step(state, ctx, replies.media("sticker", pending))
    words = turn.plain
    if WRONG_CHAT_RE.search(words) and len(words.split()) <= WRONG_CHAT_MAX_WORDS:
        # Meant for another chat: no answer to its words (the list prompt, "no te entendí"),
        # and whatever was pending stays so.
        nudge = [replies.nudge(pending)] if pending else []
        return step(state, understood(ctx), replies.wrong_chat(), nudge)
    if VENDOR_RE.search(words) and not says_stay(turn.said) and _not_booking(turn, state):
        # Selling to the owner: thanked, and the way to the owner (never a guest's answer).
        return step(state, understood(ctx), replies.vendor(), nudge_for(pending))
    if _EMAIL_RE.search(text) and _only_an_email(turn):
        # "mi mail es …, por si necesitan": thanked and told it is not needed, never a miss.
        return step(state, understood(ctx), replies.email_not_needed(), nudge_for(pending))
    if REFERRED_RE.search(words) and not says_stay(turn.said) and "?" not in text:
        # How they found us, and nothing asked yet: welcomed, not "no te entendí" + menu.
        if len(ctx.history) <= 1 and state == State.IDLE:
            return step(State.IDLE, understood(ctx), replies.greeting(ctx.name))  # the opener
        welcome = replies.referred(pending=pending is not None)
        return step(state, understood(ctx), welcome, nudge_for(pending))
    if state in BOOKING_FLOW and not _new_stay_data(turn, ctx):
        # "a nombre de mi mamá, Marta Gómez", "mi cuit es …": noted for the hold, never read
        # as a yes, nor the summary again, nor a person called for the invoice.
        named = ctx.holder and said_holder(text, said_before=ctx.history)
        # "A nombre de Carlos Pérez" from Carlos himself: his own name, no one else's.
        own = ctx.holder is not None and booked_for(ctx.holder, ctx.name) is None
        noted = [replies.holder_noted(ctx.holder, own=own)] if named else []
        if not noted and not ctx.holder and FOR_OTHERS_RE.search(words) and not said_tax_id(text):
            # "Yo no voy, es para mis viejos": whose name the reservation goes under, asked.
            return step(state, understood(ctx), replies.holder_asked(), nudge_for(pending))
        if ctx.tax_id and said_tax_id(text):
            noted.append(replies.tax_id_noted(ctx.tax_id))
        if noted and state == State.CONFIRM_HOLD and _YES_AFTER_RE.search(turn.plain):
            # "…, cuit 20-12345678-6, y confirmo": noted, and the yes held too.
            held = await confirm(turn, understood(ctx))
            return dataclasses.replace(held, replies=(*noted, *held.replies))
        if noted and state == State.CHOOSE_CABIN:
            # "la segunda, a nombre de Juan Pérez": the name noted and the row taken.
            clause = re.split(r"[,;.]|\ba nombre\b", text, maxsplit=1)[0]
            if (offer := await pick_said(turn, ctx, clause)) is not None:
                return prepend(await pick(turn, understood(ctx), offer), *noted)
        if noted:
            return step(state, understood(ctx), noted, nudge_for(pending))
    if (kept := await own_hold_again(turn, state, ctx)) is not None:
        return kept  # "no, mejor me quedo con la del lago" after "mejor la otra cabaña"
    if (back := await step_back(turn, state, ctx)) is not None:
        return back  # "volver" or "atrás" mid-booking: one step back, not the menu
    if MENU_WORDS.match(words):
        return step(State.IDLE, clear_flow(ctx), replies.menu())
    if HELP_WORDS.match(words):
        if state == State.CONFIRM_HOLD and (key := summary_of(ctx)) is not None:
            # On the summary: what its buttons do, and the summary stays pending.
            shown = replies.summary_help(key, turn.rules.hold_ttl_minutes)
            return step(state, understood(ctx), shown)
        if state == State.CONFIRM_CANCEL and (asked := await _cancel_asked(turn, ctx)):
            # At "¿Seguro que querés cancelar?": what its buttons do, and it stays asked.
            return step(state, understood(ctx), replies.cancel_help(asked))
        if pending is not None and state in (
            State.ASK_DATES,
            State.ASK_GUESTS,
            State.AWAIT_PAYMENT,
        ):
            # Asked a question or with the link sent: how it works, and the step stays
            # (the dates said are kept, and "3" next is the head count, not the menu's
            # third option). On the list the menu comes too (round 4): its rows still work.
            return step(
                state, understood(ctx), replies.help_text(menu_too=False), nudge_for(pending)
            )
        return step(State.IDLE, understood(ctx), replies.help_text())
    if (lost := _what_to_do(turn, state, ctx)) is not None:
        return lost  # "perdón, no entendí, ¿qué tengo que hacer?": what this step wants
    if (ping := _ping(turn, state, ctx)) is not None:
        return ping  # "hola??", "¿me contestan?": here, and where we were
    if (english := _english(turn, state, ctx)) is not None:
        return english  # "Do you speak English?": Spanish only, and what still works
    if (doubt := machine_doubted(turn, state, ctx, pending)) is not None:
        return doubt  # "¿sos un bot?": yes, a person offered, and the step kept
    if (terms := await price_terms(turn, state, ctx, pending)) is not None:
        return terms  # "¿xq varía?", "¿cobran limpieza aparte?": the price's terms, at any step
    if (weather := _weather(turn, state, ctx, pending)) is not None:
        return weather  # "¿hace frío en marzo?": not in the data, and where we were
    if not turn.reply_id and (tips_asked(turn) or social_asked(turn)):
        # "¿Dónde podemos comer?", "¿qué nos recomendás hacer el sábado?" (no day to
        # search), "¿tienen Instagram?" (not the photos): the owner's line, else the owner.
        cabins = await turn.cabins()
        said = replies.local_tips(cabins) if tips_asked(turn) else replies.social_pages(cabins)
        return step(state, understood(ctx), said, nudge_for(pending))
    if (detail := await amenity_follow_up(turn, state, ctx, pending)) is not None:
        return detail  # "¿tiene pileta?" … "¿y está climatizada?": about the pool
    if turn.intent == "human" and state == State.IDLE:
        if (more := await extra_nights(turn, ctx)) is not None:
            return more  # "quiero agregar una noche" to a paid stay: is it free, and a person
        if not _PERSON_NAMED_RE.search(turn.plain) and (
            change := await change_of_booking(turn, ctx)
        ):
            # "¿Se puede mover la reserva a otro finde?": read as a person's job, it handed
            # the chat over in silence; the paid stay named and a person offered, as
            # "quiero cambiar las fechas" gets (no person asked for in so many words).
            return change
    if turn.intent == "human" and (billed := await _invoice_with_a_stay(turn, state, ctx)):
        return billed  # "una cabaña del 3 al 6 para 4, necesitamos factura A": both answered
    if turn.intent == "human" or _yes_to_a_person(turn, ctx):
        return handoff(turn, ctx)
    calm = turn.intent in ("unknown", "thanks", "greeting") and negated_cancel(turn)
    if calm and state not in (State.CHOOSE_CANCEL, State.CONFIRM_CANCEL):
        # "tranqui, no cancelamos", "no quiero cancelar nada, solo preguntar": no cancel in
        # the NLU, and the guest hears that nothing is cancelled all the same.
        nudge = [replies.nudge(pending)] if pending else []
        return step(state, understood(ctx), replies.nothing_cancelled(), nudge)
    if state == State.IDLE and DEPOSIT_KEPT_RE.search(turn.plain):
        # "¿Puedo cancelar y que me guarden la seña para otra fecha?": the paid stay moved,
        # which a person does; no "¿seguro que querés cancelar?" (session 23).
        if (change := await change_of_booking(turn, ctx)) is not None:
            return change
    imagined = state == State.IDLE and turn.intent != "cancel" and asks(turn)
    imagined = imagined and not GUARANTEE_RE.search(turn.plain)  # a security deposit asked
    if imagined and "cancellation" in topics_of(turn):
        # "¿Si cancelo me devuelven la plata?" read as a question about the rules, from a
        # guest with a reservation: what cancelling that one costs (by its code), not the
        # general "si ya pagaste la seña…" to someone whose deposit we hold.
        if (terms := await cancel_terms(turn, ctx, state)) is not None:
            return terms
    if (pet := await pet_told(turn, ctx, state)) is not None:
        return pet  # "vamos con el perro" with a booking: the notice the rules ask for
    if (tax_id := await tax_id_told(turn, ctx, state)) is not None:
        return tax_id  # "mi cuit es …" once paid: to the owner, who makes the invoice
    if (platform := await platform_booked(turn, ctx, state)) is not None:
        return platform  # "quiero cancelar mi reserva de airbnb": cancelled there, not here
    if turn.intent == "cancel" and state not in (State.CHOOSE_CANCEL, State.CONFIRM_CANCEL):
        if state == State.IDLE and (back := await take_back(turn, ctx)) is not None:
            return back  # "¡no quería cancelar!" right after dropping the summary
        if state == State.IDLE and (after := await after_cancelling(turn, ctx)) is not None:
            return after  # "¡no quise cancelar!" once the cancellation went through
        if negated_cancel(turn):
            # "no la canceles", "no quiero cancelar nada": nothing to start.
            nudge = [replies.nudge(pending)] if pending else []
            return step(state, understood(ctx), replies.nothing_cancelled(), nudge)
        if state in BOOKING_FLOW and "reserva" not in words:
            if asks(turn):
                # "¿Y si la confirmo y después no puedo ir?": the policy; the booking stays.
                policy = replies.cancellation_policy()
                return step(state, understood(ctx), policy, replies.nudge(PENDING[state]))
            if hesitant(turn):
                # "no sé si cancelar": nothing dropped while the guest makes up their mind.
                return step(state, understood(ctx), replies.nudge(PENDING[state], later=True))
            # Mid-booking, "cancelar" drops what we were doing; it cancels no reservation,
            # and a guest who has one hears so (and how to cancel it), as they may have
            # meant it: decided rather than asking which, one message more for everyone.
            mine = await turn.active_reservations()
            kept = [r for r in mine if r.status == Status.CONFIRMED or is_live(r)]
            said = replies.flow_dropped()
            if kept:
                said = [said[0], replies.reservations_not_cancelled(kept), *said[1:]]
            return step(State.IDLE, dropped(ctx), said)
        if (terms := await cancel_terms(turn, ctx, state, *nudge_for(pending))) is not None:
            return terms  # "¿la seña es reintegrable en caso de cancelación?": answered only
        return await start_cancel(turn, ctx)
    if state not in BOOKING_FLOW and (road := await on_the_road(turn, ctx)) is not None:
        return road  # "estamos llegando en una hora": their booking's day and hour
    if state not in BOOKING_FLOW and (there := await lost_or_arrived(turn, ctx)) is not None:
        return there  # "no encontramos la cabaña", "ya llegamos": the way, or the welcome
    if state not in BOOKING_FLOW and (leaving := await leaving_told(turn, ctx)) is not None:
        return leaving  # "nos vamos mañana temprano" while staying: no new search
    if state not in BOOKING_FLOW and (arriving := await arrival_told(turn, ctx)) is not None:
        # "llegamos mañana tipo 15hs" from a paid guest: their booking, never a new search.
        res, same_day = arriving
        if not same_day:
            return step(State.IDLE, understood(ctx), replies.arrival_another_day(res))
        cabin = await turn.cabin_of(res)
        if cabin is not None:
            others = await _other_questions(turn, ctx, state)
            welcome = replies.arrival_day_booked(res, cabin, said_hour(words))
            return step(State.IDLE, understood(ctx), *others, welcome)
    if (times := await early_or_late(turn, ctx)) is not None:
        # "¿Puedo llegar antes, tipo 11?": the time, and a person confirms; from any
        # state, and whatever was pending is still pending.
        nudge = [replies.nudge(pending)] if pending else []
        stays = State.IDLE if state == State.HANDOFF else state
        # "¿Tiene parrilla? ¿hay que llevar toallas? ¿a qué hora se entra? llegamos tipo
        # 11": the other questions of the message answered too, not only the hour.
        others = await _other_questions(turn, ctx, state)
        said = (*others, *times.replies, *nudge)
        return dataclasses.replace(times, state=stays, replies=said)
    if REVIEW_RE.search(words) and not turn.said.check_in:
        # "Quiero dejar una reseña": where to leave it; a person hears anything else.
        nudge = [replies.nudge(pending)] if pending else []
        return step(state, understood(ctx), replies.review(ctx.name), nudge)
    if state in BOOKING_FLOW and MISTAKE_ONLY_RE.match(words):
        # "uy, me equivoqué" and nothing else: the change is coming; nothing is dropped.
        return step(state, understood(ctx), replies.what_to_change())
    if ABOUT_TO_ASK_RE.match(words) and (not turn.said.greeted or state in PENDING):
        # "Consulta", "¿te puedo preguntar algo?": invited; whatever was pending stays so.
        # With a hello mid-booking ("buenas! una consulta" with the link sent): the hello
        # said back and the invitation, not the step's reminder as if that were asked.
        hello = [replies.hello(ctx.name)] if turn.said.greeted else []
        return step(state, understood(ctx), *hello, replies.go_ahead())
    if _only_a_name(turn):
        # "soy Marta", "hola, habla Carla": greeted by that name (the engine keeps it).
        if state in PENDING:
            return step(state, ctx, replies.hello(ctx.name), replies.nudge(PENDING[state]))
        if state == State.IDLE and _greeted_just_before(turn, ctx):
            # "hola" … "soy Marta": the welcome and its menu are just above.
            return step(State.IDLE, understood(ctx), replies.greeted_again(ctx.name))
        return step(State.IDLE, understood(ctx), replies.greeting(ctx.name))
    return None


_INVOICE_RE = re.compile(r"\bfactur\w*")


async def _invoice_with_a_stay(turn: Turn, state: State, ctx: Context) -> Step | None:
    """An invoice asked for with the stay to book: the search goes on (a person only for
    the invoice would leave the booking waiting for hours), and the guest hears who makes
    invoices and how to reach them. None for an invoice asked alone (a person, as before)."""
    if state not in (State.IDLE, State.ASK_DATES, State.ASK_GUESTS):
        return None
    if not _INVOICE_RE.search(turn.plain) or not says_stay(turn.said):
        return None
    said = dataclasses.replace(turn.said, intent="availability")
    found = await search_said(dataclasses.replace(turn, said=said), absorb(understood(ctx), said))
    return dataclasses.replace(found, replies=(*found.replies, replies.invoice_later()))


async def _cancel_asked(turn: Turn, ctx: Context) -> Reservation | None:
    """The guest's live reservation that "¿Seguro que querés cancelar?" is about."""
    mine = await turn.active_reservations()
    return next((r for r in mine if r.code == ctx.cancel), None)


def _new_stay_data(turn: Turn, ctx: Context) -> bool:
    """The message says something of the stay the flow does not have already. "Es para
    mis viejos, yo no voy" on a summary for 2 tells the party it has (2 since round 25 of
    the NLU): whose stay it is, asked below, not the summary again."""
    said = turn.said
    if not says_stay(said):
        return False
    others = (said.check_in, said.check_out, said.nights, said.month, said.extra_guests)
    return said.guests != ctx.guests or any(v is not None for v in others)


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _only_an_email(turn: Turn) -> bool:
    """The message gives an email address and asks or says nothing else we could act on."""
    return (
        turn.intent in ("unknown", "greeting", "thanks")
        and not says_stay(turn.said)
        and not asks(turn)
        and not turn.said.topic
    )


def _only_a_name(turn: Turn) -> bool:
    """The message gives the guest's name and asks or says nothing else we could act on."""
    return (
        said_name(turn.msg.text) is not None
        and turn.intent in ("greeting", "unknown")
        and not says_stay(turn.said)
        and not asks(turn)
    )


def _yes_to_a_person(turn: Turn, ctx: Context) -> bool:
    """A typed "sí" right after two misses, whose answer in every state is "¿Querés que te
    comunique con una persona?" (replies.not_understood): that offer, never the state's own
    yes (which at "¿seguro?" would cancel, and at the summary would hold)."""
    said = turn.said
    # The last reply's first button was a person's ("Hablar con alguien"): "sí" is that one.
    offered = bool(ctx.shown) and ctx.shown[0][0] == replies.MENU_HUMAN and not ctx.shown_rows
    return (
        (ctx.misses >= 2 or offered)
        and said.affirm
        and not said.deny
        # "buenísimo, nos vemos!": a goodbye to the answer, not a yes to a person
        and not said.farewell
        and turn.intent in ("unknown", "greeting", "thanks")
        and not says_stay(said)
        and not asks(turn)
        and not hesitant(turn)
        # "ok perfecto, entonces confirmo", "bueno, reservala": the summary's own yes, said
        # in words, when the last answer also offered a person (it handed off, nothing held)
        and not (offered and ctx.misses < 2 and _CONFIRM_WORD_RE.search(turn.plain))
        # "perfecto, gracias!" under an answer that offered a person: the guest closing the
        # chat, not asking for the owner; "sí, gracias" / "dale, gracias" still say yes.
        and not (
            offered
            and ctx.misses < 2
            and turn.intent == "thanks"
            and not _PLAIN_YES_RE.search(turn.plain)
        )
    )


_CONFIRM_WORD_RE = re.compile(r"\b(?:confirm|reserv|guard)\w*")
_PLAIN_YES_RE = re.compile(r"\b(?:si+|sip|dale|porfa|por favor|plis|de una|obvio|claro)\b")


# "me olvidé un cargador", "nos dejamos la campera", "se me quedó el celu": a thing left at
# the cabin (bot.nlu_patterns.PROBLEM_RE reads it as a problem: a person must look).
# Its clause only: "…un cargador y no anda el wifi" still tells a fault.
_LEFT_BEHIND_RE = re.compile(
    r"\b(?:(?:me|nos) (?:olvide|olvidamos|deje|dejamos)|se (?:me|nos) (?:olvido|olvidaron"
    r"|quedo|quedaron))(?: (?!y\b|pero\b|ademas\b|tambien\b)\w+){1,6}"
)


def left_behind(words: str) -> bool:
    """Something left at the cabin is the only trouble told: no fault of the cabin's (no
    other problem is read once those words are taken out). Keys left inside are the
    guest locked out, not a thing to look for."""
    found = _LEFT_BEHIND_RE.search(words)
    if found is None or re.search(r"\bllaves?\b", found.group()):
        return False
    return not PROBLEM_RE.search(_LEFT_BEHIND_RE.sub(" ", words))


def handoff(turn: Turn, ctx: Context) -> Step:
    minutes = turn.settings.handoff_minutes
    # "no anda el wifi", "perdí la llave": the guest is told we are sorry and on it; an
    # emergency ("hay olor a gas", "se lastimó mi hijo"): the safety step and "urgente".
    problem = turn.msg.type == "text" and turn.said.problem
    urgent = turn.said.urgent if problem else None
    left = problem and left_behind(turn.plain)  # "me olvidé un cargador": no "perdón"
    praised = left and bool(STAY_PRAISED_RE.search(turn.plain))
    text = replies.handoff_started(
        ctx.name, minutes, problem=problem, urgent=urgent, left_behind=left, praised=praised
    )
    effect = StartHandoff(problem=problem, urgent=urgent)
    return Step(State.HANDOFF, (text,), understood(ctx), effects=(effect,))


async def menu_choice(turn: Turn, ctx: Context, rid: str, state: State = State.IDLE) -> Step:
    ctx = understood(ctx)
    # Prices or info tapped on an old menu mid-booking: answered, and the booking stays.
    stay, nudge = (state, [replies.nudge(PENDING[state])]) if state in PENDING else (State.IDLE, [])
    if rid == replies.MENU_AVAILABILITY:
        return await search(turn, ctx)
    if rid == replies.MENU_PRICES:
        return step(stay, ctx, await answer_prices(turn, ctx, ask=not nudge), nudge)
    if rid == replies.MENU_INFO:
        return step(stay, ctx, await answer_info(turn, ctx), nudge)
    if rid == replies.MENU_CANCEL:
        return await start_cancel(turn, ctx)
    if rid == replies.MENU_HUMAN:
        return handoff(turn, ctx)
    if rid.startswith(replies.MENU_RETRY + ":"):
        return await retry_tapped(turn, ctx, rid)  # "Reservar de nuevo" on an expiry notice
    return step(State.IDLE, ctx, replies.menu())


def _bare_head_count(turn: Turn, ctx: Context) -> Turn:
    """A bare "2" with nothing on screen to pick from (after the prices, which end "pasame
    fechas y cantidad de personas"): most likely how many they are, for a quote. The reply
    says "para 2 personas", so a guest who meant something else sees it and says so."""
    if ctx.shown or turn.said.guests is not None or not BARE_NUMBER_RE.match(turn.plain):
        return turn
    last = turn.plain.rsplit(" ", 1)[-1]
    number = int(last) if last.isdigit() else NUMBER_WORDS.get(last)
    if not number or number > MAX_BARE_PARTY:
        return turn
    return dataclasses.replace(turn, said=dataclasses.replace(turn.said, guests=number))


def _greeted_just_before(turn: Turn, ctx: Context) -> bool:
    """The welcome and its menu are the last thing the bot said that mattered: the guest's
    message before this one was a greeting answered with them, or a run of bubbles that
    said nothing but hellos, a name or "consulta" ("hola" … "buenas" … "hola") began with
    one (its welcome is just above, whatever short answers came after it)."""
    if len(ctx.history) < 2:
        return False
    if _menu_on_screen(ctx) and parse(ctx.history[-2], turn.today).intent == "greeting":
        return True
    opened = False
    for text in reversed(ctx.history[:-1]):
        said = parse(text, turn.today)
        if said.intent == "greeting" and not says_stay(said):
            opened = True
        elif said_name(text) or ABOUT_TO_ASK_RE.match(plain(text)):
            opened = False
        else:
            break
    return opened


def _waved_after_goodbye(turn: Turn, ctx: Context) -> bool:
    """👋 (emojis only) right after the guest said goodbye: the wave is the goodbye's, not
    a new chat's hello, which would get the welcome and the menu."""
    if len(ctx.history) < 2 or WORDS.search(turn.msg.text or ""):
        return False
    return parse(ctx.history[-2], turn.today).farewell


def _menu_on_screen(ctx: Context) -> bool:
    """The last reply was the menu (its options are what a typed "1" would pick)."""
    return any(option == replies.MENU_AVAILABILITY for option, _ in ctx.shown)


# "ya lo pensé", "lo hablé con mi marido", "la quiero", "lo que me pasaste ayer": what the
# guest points at was shown in a chat we no longer have (plain text).
_LOST_OFFER_RE = re.compile(
    r"\b(?:ya )?lo (?:pense|pensamos|hable|hablamos|charlamos|consulte|decidimos|decidi)\b"
    r"|\b(?:la|lo) (?:quiero|queremos|tomo|tomamos|reservo|reservamos)\b"
    r"|\blo que (?:me|nos) (?:pasaste|mostraste|ofreciste|mandaste)\b|\b(?:la|lo) de ayer\b"
)


async def _points_at_a_lost_offer(turn: Turn, ctx: Context) -> bool:
    """The first message of a fresh chat points at something shown before ("la quiero"),
    with no stay in it and nothing of ours to point at (no hold, offer or stay known, and
    no live reservation of theirs, which "la quiero" may be about)."""
    if turn.reply_id or len(ctx.history) > 1 or says_stay(turn.said) or asks(turn):
        return False
    if ctx.hold or ctx.offers or ctx.cabin or ctx.check_in or ctx.month:
        return False
    if not (_LOST_OFFER_RE.search(turn.plain) and turn.intent in ("book", "unknown", "greeting")):
        return False
    return not await turn.active_reservations()


# Someone to talk to named in so many words: "hablar con alguien para mover la reserva",
# "que me llame el dueño". Without them, a change the NLU reads as a person's job ("¿se puede
# mover la reserva?") is that change, answered (session 23).
_PERSON_NAMED_RE = re.compile(
    r"\b(?:persona|alguien|humano|dueno|duena|encargad[oa]|operador[a]?|asesor[a]?|agente"
    r"|hablar|llam\w*|comunic\w*|contact\w*|atiend\w*|atencion)\b"
)


async def on_idle(turn: Turn, ctx: Context) -> Step:
    said = turn.said
    if turn.reply_id.startswith(PICK_PREFIX):
        return await pick(turn, ctx, turn.reply_id)  # a list from before the state moved on
    if (tapped := hold_button(turn.reply_id)) is not None:
        return await _old_summary_when_idle(turn, ctx, *tapped)
    if turn.reply_id:
        return step(State.IDLE, ctx, replies.stale_option(), replies.menu())
    if (back := await take_back(turn, ctx)) is not None:
        return back  # "¡uy no, me equivoqué!" right after dropping the summary
    if (after := await after_cancelling(turn, ctx)) is not None:
        return after  # "¿me devuelven la seña?" about the reservation just cancelled
    if (again := await retry_typed(turn, ctx)) is not None:
        return again  # "sí", "la misma" to the expiry notice: that cabin, dates and party
    if (change := await change_of_booking(turn, ctx)) is not None:
        return change  # "¿podemos llegar un día antes?" with a paid stay: that stay, not a new one
    if (other := await another_cabin(turn, ctx)) is not None:
        return other  # "quiero otra cabaña para las mismas fechas" after booking one
    if (same := await same_dates_as_before(turn, ctx)) is not None:
        return same  # "las mismas fechas que el año pasado": that stay, a year on
    turn = _bare_head_count(turn, ctx)
    said = turn.said
    if await _points_at_a_lost_offer(turn, ctx):
        # "Ya lo pensé, la quiero" the day after, the chat (and what we showed) forgotten:
        # said so, warmly, rather than a cold "¿para qué fechas querés venir?".
        return step(State.ASK_DATES, understood(ctx), replies.offer_forgotten(ctx.guests))
    # "¿Cuánto sale una noche?" asks the price of a night, not for a one-night stay.
    price_of_a_night = turn.intent == "prices" and not (said.check_in or said.guests or said.month)
    wants_stay = turn.intent in ("availability", "book") or (
        turn.intent in ("prices", "unknown", "greeting")
        and says_stay(said)
        and not price_of_a_night
    )
    if (countdown := await days_to_go(turn, ctx)) is not None:
        return countdown  # "¿cuántos días faltan? 😍" with a paid stay ahead
    # Unless a stay is asked for, the guest's own booking first: "tengo una duda con la
    # reserva" (read as "book") is about the one they have.
    if (
        not (wants_stay and says_stay(said))
        or HAVE_BOOKING_RE.search(turn.plain)
        or status_of_a_month(turn)  # "¿cuál era el código de la de mayo?"
    ):
        if (mine := await about_my_booking(turn, ctx)) is not None:
            return mine
    if wants_stay and (split := await two_cabins(turn, absorb(understood(ctx), said))):
        return split  # "somos 10, ¿podemos alquilar la de 4 y la de 6?"
    # "Hola! queremos volver, la misma cabaña de la otra vez": a stay asked for, dates or not.
    back = asks_same_cabin(turn) and turn.intent in ("greeting", "unknown")
    if wants_stay or back:
        ctx = await _same_party(turn, ctx)
        last = await same_cabin_as_before(turn)  # "la misma cabaña de la otra vez"
        wanted = last.cabin.slug if last else _pointed_at(turn)
        found = await search_said(turn, absorb(understood(ctx), said), wanted=wanted)
        if last is not None and last.ended:
            return after_hello(found, replies.same_cabin_as_last_time(last.cabin.name))
        if last is None and asks_same_cabin(turn):
            return after_hello(found, replies.no_stay_before())
        return found
    if (again := await same_question(turn, ctx, State.IDLE, None)) is not None:
        return again  # "¿la del lago tiene wifi?" … "¿y la de Quila?"
    # "Hola, ¿aceptan perros?": the hello said back before the answer.
    hello = [replies.hello(ctx.name)] if said.greeted and len(ctx.history) <= 1 else []
    if topics_of(turn) == ("capacity",) and (pair := await about_a_cabin(turn)) is not None:
        return step(State.IDLE, understood(ctx), hello, pair)  # two named: "¿cuál es más grande?"
    if wants_info(turn):
        asked = await _about_own_cabin(turn, ctx)
        answer = await answer_info(turn, asked)
        # "¿y wifi?" next is about the cabin this question named, if it named one.
        ctx = asked_about(turn, understood(ctx), await turn.cabins())
        return step(State.IDLE, ctx, hello, answer)
    if turn.intent == "prices":
        if stay_of(ctx) is not None and ctx.guests:
            return await search(turn, understood(ctx))  # the dates we were talking about: a quote
        asked = await answer_info(turn, ctx) if topics_of(turn) else []  # "¿wifi? ¿cuánto sale?"
        prices = await answer_prices(turn, ctx)
        # "¿Cuánto sale la del lago?": "la quiero del 5 al 8" next is about it.
        ctx = asked_about(turn, understood(ctx), await turn.cabins())
        return step(State.IDLE, ctx, hello, asked, prices)
    if (advice := await advice_without_party(turn, ctx)) is not None:
        return advice  # "¿cuál me recomendás?": it depends on how many they are
    if (wanted := await wanted_before_dates(turn, ctx)) is not None:
        return wanted  # "quiero la del lago": its details, and the dates for it
    if (detail := await about_a_cabin(turn)) is not None:
        return step(State.IDLE, understood(ctx), hello, detail)
    if turn.intent == "greeting" and STAY_PRAISED_RE.search(turn.plain):
        # "Hola, queríamos agradecer, todo hermoso": the praise, not the welcome and menu.
        return step(State.IDLE, understood(ctx), replies.stay_praised(ctx.name))
    if turn.intent == "greeting":
        if _waved_after_goodbye(turn, ctx):
            return step(State.IDLE, understood(ctx), replies.waved_back())  # "chau" … 👋
        if _greeted_just_before(turn, ctx):
            # "hola" … "buenas tardes": one welcome and menu is enough; a short hello back.
            return step(State.IDLE, understood(ctx), replies.greeted_again())
        if (waiting := await _hold_waiting(turn)) is not None:
            # "hola" a while after holding, the chat forgotten: that hold and its link, as a
            # paid stay is named, not the introduction to a stranger.
            ctx = dataclasses.replace(understood(ctx), hold=waiting.code, pay_url=None)
            return await payment_status(turn, ctx, waiting)
        return step(State.IDLE, understood(ctx), await _welcome(turn, ctx))
    if STAY_PRAISED_RE.search(turn.plain) and turn.intent in ("thanks", "unknown", "greeting"):
        # "gracias, la pasamos bárbaro" after a stay: glad, not a bare "¡De nada!" (nor,
        # without a "gracias", "no te entendí").
        return step(State.IDLE, understood(ctx), replies.stay_praised(ctx.name))
    if turn.intent == "thanks":
        bye = replies.thanks(ctx.name, farewell=said.farewell, wished=said.wished)
        if said.farewell and not said.wished and (arrival := await _paid_arrival(turn)):
            bye = replies.see_you(ctx.name, arrival, turn.today)  # "nos vemos el viernes"
        return step(State.IDLE, understood(ctx), bye)
    if defers(turn) and not asks(turn):
        # "después te escribo", "dame un minuto", "estoy manejando": no "no te entendí"
        return step(State.IDLE, understood(ctx), replies.no_hurry())
    if said.affirm and stay_of(ctx) is not None:
        # "sí" to "¿lo intentamos de nuevo?" after a hold expired: search the same stay.
        return await search(turn, understood(ctx))
    if said.deny or JUST_LOOKING_RE.search(turn.plain):
        return step(State.IDLE, understood(ctx), replies.fine())
    text = turn.msg.text or ""
    answered_before = len(ctx.history) > 1  # the first message of a chat gets the menu
    if said.affirm and answered_before and (ACK_RE.match(turn.plain) or not WORDS.search(text)):
        # "ok", "dale", 👍 after an answer: a nod back, not the whole menu again.
        return step(State.IDLE, understood(ctx), replies.emoji_ack())
    if said.affirm:
        return step(State.IDLE, understood(ctx), replies.menu())
    if text.strip() and not WORDS.search(text):
        # Only emojis or signs: a wave says hello, "?" asks what we do, the rest is a reaction.
        if WAVE in text:
            return step(State.IDLE, understood(ctx), await _welcome(turn, ctx))
        if "?" not in text:
            return step(State.IDLE, understood(ctx), replies.emoji_ack())
        ctx = miss(ctx)
        if ctx.misses < 2:
            return step(State.IDLE, ctx, replies.menu(replies.WHAT_CAN_I_DO))
    if turn.msg.type in PICTURES:
        # "¿Es así la cabaña?" under a photo: about what we cannot see, not a miss.
        return step(State.IDLE, understood(ctx), replies.picture_question(turn.msg.type))
    ctx = miss(ctx)
    if asks(turn) and WORDS.search(text) and ctx.misses < 2:
        # "¿Y si llueve?", "¿se puede pescar?": a clear question we have no answer for.
        return step(State.IDLE, ctx, replies.unknown_question())
    return step(State.IDLE, ctx, replies.not_understood(ctx.misses))


# "mismas personas", "somos los mismos": the party of the booking just talked about
# (not "los mismos días").
SAME_PARTY_RE = re.compile(
    r"\b(?:mism[oa]s? (?:personas|cantidad|grupo|gente)"
    r"|(?:somos )?(?:los|las) mism[oa]s(?! (?:dias|fechas|noches))|mismo grupo|misma gente)\b"
)


async def _paid_arrival(turn: Turn) -> dt.date | None:
    """The arrival day of the guest's next paid stay, when it is still to come."""
    mine = await turn.active_reservations()
    ahead = [r.check_in for r in mine if r.status == Status.CONFIRMED and r.check_in >= turn.today]
    return min(ahead, default=None)


async def _same_party(turn: Turn, ctx: Context) -> Context:
    """ "Quisiera del 8 al 11, mismas personas" after cancelling (or after a hold that
    lapsed): the head count of that reservation, not asked again."""
    if ctx.guests or turn.said.guests or not SAME_PARTY_RE.search(turn.plain):
        return ctx
    for code in (ctx.cancel, ctx.hold):
        if code:
            try:
                res = await holds.get_reservation(turn.pool, code)
            except ReservationNotFound:
                continue
            if res.guest_phone == turn.msg.wa_id:
                return dataclasses.replace(ctx, guests=res.guests)
    return ctx


async def _about_own_cabin(turn: Turn, ctx: Context) -> Context:
    """A guest with a stay booked asking "¿hay toallas?", "¿a qué hora entro?": about
    the cabin they booked (when all their reservations are in one), not every cabin."""
    if ctx.cabin or not topics_of(turn):
        return ctx
    mine = await turn.active_reservations()
    booked = {r.accommodation_id for r in mine}
    if len(booked) != 1:
        return ctx
    cabin = next((c for c in await turn.cabins() if c.id in booked), None)
    return dataclasses.replace(ctx, cabin=cabin.slug) if cabin else ctx


async def _old_summary_when_idle(turn: Turn, ctx: Context, action: str, key: str | None) -> Step:
    """A summary's button tapped with nothing in progress (the flow was dropped, the
    hold expired or was paid): its reservation as it stands, or the summary checked again."""
    ctx = understood(ctx)
    about = parse_summary(key)
    if action == "change":
        ctx = dataclasses.replace(ctx, check_in=None, check_out=None, nights=None, cabin=None)
        return step(State.ASK_DATES, ctx, replies.ask_new_dates())
    if about is None:
        return step(State.IDLE, ctx, replies.stale_option(), replies.menu())
    slug, stay, guests = about
    res = await reservation_of(turn, key)
    if res is not None and action == "cancel":
        ctx = dataclasses.replace(clear_flow(ctx), cancel=res.code)
        return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(res))
    if res is not None:
        ctx = dataclasses.replace(ctx, hold=res.code, pay_url=None)
        return await payment_status(turn, ctx, res)  # the link again, or "ya está confirmada"
    if action == "cancel":
        return step(
            State.IDLE, ctx, replies.nothing_held(), replies.menu("¿Te ayudo con otra cosa?")
        )
    now = stay_of(ctx)
    if now is not None and now != stay:
        # The guest asked for other dates since: nothing is offered for the old ones.
        return step(State.IDLE, ctx, await stale_summary(turn, key), replies.menu())
    # Nothing was held (or it lapsed): the same cabin checked again, and a fresh summary.
    ctx = dataclasses.replace(ctx, guests=guests, check_in=stay.check_in, check_out=stay.check_out)
    row = f"{PICK_PREFIX}{slug}:{stay.check_in:%Y%m%d}:{stay.check_out:%Y%m%d}"
    found = await pick(turn, ctx, row)
    return dataclasses.replace(found, replies=(replies.summary_checked(), *found.replies))


async def _hold_waiting(turn: Turn) -> Reservation | None:
    """The guest's soonest hold still waiting for its deposit, if any."""
    return next((r for r in await turn.active_reservations() if is_live(r)), None)


async def _welcome(turn: Turn, ctx: Context) -> list[replies.Outbound]:
    """The welcome for a hello: a guest with a paid stay ahead ("hola de nuevo!" days
    later, the chat forgotten) is greeted as one we know, with that stay; anyone else
    hears who we are and what we do."""
    mine = await turn.active_reservations()
    confirmed = [r for r in mine if r.status == Status.CONFIRMED]
    if confirmed:
        return replies.greeting_booked(ctx.name, confirmed)
    return replies.greeting(ctx.name)


async def on_handoff_over(turn: Turn, ctx: Context) -> Step:
    """The person is done (or the handoff timed out): greet back, then answer as from idle;
    a yes to the summary the guest had on screen when the handoff began shows it again."""
    pending = await summary_left(turn, ctx) or await stay_resumed(turn, ctx)
    if pending is not None:  # "¿Seguimos?": the list or summary the guest was on
        return dataclasses.replace(
            pending, replies=(replies.welcome_back(ctx.name), *pending.replies)
        )
    answered = await on_idle(turn, ctx)
    if turn.intent == "greeting" and not says_stay(turn.said):
        # "¡Volví!" already greets: the menu follows without a second "¡Hola!".
        return step(answered.state, answered.ctx, replies.welcome_back(ctx.name), replies.menu())
    return dataclasses.replace(
        answered, replies=(replies.welcome_back(ctx.name), *answered.replies)
    )


# "La quiero del 5 al 8", "reservamela para el finde": the cabin just talked about, taken
# (on plain text; "la" is the cabin the last answer was about).
_THAT_CABIN_RE = re.compile(
    r"\b(?:la|esa) (?:quiero|queremos|reservo|reservamos|tomo|tomamos|alquilo|alquilamos)\b"
    r"|\b(?:quiero|queremos) (?:esa|reservarla|alquilarla)\b"
    r"|\b(?:reservala|reservamela|reservanosla)\b|\bme la (?:reservas|reservan|guardas)\b"
)


def _pointed_at(turn: Turn) -> str | None:
    """The slug of the one cabin the previous answer was about ("¿cuánto sale la del
    lago?"), when this message takes it without naming it ("la quiero del 5 al 8")."""
    if turn.reply_id or len(turn.asked_before) != 1 or not _THAT_CABIN_RE.search(turn.plain):
        return None
    return turn.asked_before[0]
