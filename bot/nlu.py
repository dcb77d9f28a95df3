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
  to change an existing booking ("cambiar la fecha de mi reserva") is ``human``;
  a question about the cancellation policy ("¿si cancelo me devuelven la seña?")
  is ``info`` with topic ``cancellation``, not ``cancel``.
* "Ya reservé del 15 al 18, ¿a qué hora es el check in?" is ``info``: the dates
  describe the guest's booking, the question is the point.
* ``book`` needs an explicit booking word ("reservar", "quiero hacer la reserva",
  "señar", "lo tomo"); ``prices`` needs a price word ("cuánto sale", "precio").
  Both keep the dates and guests they found, so "cuánto sale del 15 al 18 para
  2" is ``prices`` with dates and guests filled in.
* ``availability`` is any stay data (dates, nights, guests, a month, "el finde")
  or an availability word ("hay lugar", "disponibilidad"), so "hola, ¿tienen
  lugar para 4 el finde?" is ``availability``, not ``greeting``.
* ``info`` needs a topic (see TOPICS) or a generic "info"/"información".
* ``thanks`` beats ``greeting`` ("hola, gracias" closes a conversation).
* A message that is only a menu pick ("2", "la 2", "la segunda") is ``unknown``
  with ``choice`` set; a bare "sí"/"no" is ``unknown`` with ``affirm``/``deny``.

Date conventions: day first; a date without a year is the first one on or after
``today``; a day without a month is this month if not past, else next month; in
a range a month or year named once applies to both ends; ``check_out`` is the
departure day. Details live next to the code that implements them.

A month named apart from monthless days gives them its month ("enero 2027, del
10 al 15", "dos semanas en enero desde el 2", "del 10 al 15 del mes que viene").

Known limits: holidays by name ("Navidad", "Semana Santa", "carnaval") give no
dates (asking for them is ``availability``, the bot asks the dates); vague
periods ("primera semana de enero", "primera quincena de enero", "a fines de
diciembre") give at most a month; "me voy el domingo" alone is read as a start,
not a departure; numbers of people written after their noun are counted only in
a form-like message that starts that way ("adultos: 2, menores: 1").
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

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
    nights: int | None = None  # stated ("3 noches", "una semana") or derived from the dates
    month: int | None = None  # a month named without days ("en enero"); only when no dates
    topic: str | None = None  # first info topic mentioned (see TOPICS)
    topics: tuple[str, ...] = ()  # every info topic mentioned, in order of appearance
    choice: int | None = None  # a picked option: "2", "la 2", "opción 2", "la segunda"
    affirm: bool = False  # "sí", "dale", "ok", "confirmo", "de una"
    deny: bool = False  # "no", "nop", "no gracias", "mejor no"
    greeted: bool = False  # the message contains a greeting (so the bot can greet back)
    text: str = ""  # normalize(text), for logging and debugging


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "enero ene",
            "febrero feb",
            "marzo",
            "abril abr",
            "mayo",
            "junio jun",
            "julio jul",
            "agosto",
            "septiembre setiembre sept",
            "octubre oct",
            "noviembre nov",
            "diciembre dic",
        ),
        start=1,
    )
    for name in names.split()
}  # abbreviations listed here are not ordinary words, so they can stand anywhere
# These are also words ("el mar", "ago", "set") so they count only right after a day.
_MONTH_ABBR_AFTER_DAY: dict[str, int] = {"mar": 3, "may": 5, "ago": 8, "sep": 9, "set": 9}

_WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate("lunes martes miercoles jueves viernes sabado domingo".split())
}

_NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    **{
        name: number
        for number, name in enumerate(
            """dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
            quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos
            veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho
            veintinueve treinta""".split(),
            start=2,
        )
    },
}
# "un"/"una" are mostly articles: they count as 1 only right before a noun.
_ARTICLES = frozenset({"un", "una"})

_ORDINALS: dict[str, int] = {
    name: number
    for number, pair in enumerate(
        ("primera primero", "segunda segundo", "tercera tercero", "cuarta cuarto", "quinta quinto"),
        start=1,
    )
    for name in pair.split()
}

# Chat shorthand -> canonical word(s). Applied to whole tokens only.
_ABBREVIATIONS: dict[str, str] = {
    short: full
    for full, shorts in {
        "que": "q",
        "porque": "xq pq porq",
        "por": "x",
        "de": "d",
        "para": "p xa pa",
        "con": "c",
        "despues": "dsp dps",
        "tambien": "tmb tb tmbn",
        "porfa": "xfa pls plis",
        "finde": "fds findesemana",
        "gracias": "grax grx grs",
        "hola": "ola",
        "bien": "bn",
        "bueno": "bno",
        "ok": "oki okis okey okay oka",
        "si": "sip sisi",
        "no": "nop nope",
        "manana": "maniana",
        "personas": "pers",
        "habitaciones": "hab habs",
        "dormitorios": "dorm",
        "ambientes": "amb",
        "numero": "nro num",
        "viernes": "vie vier",
        "sabado": "sab",
        "domingo": "dom",
        "lunes": "lun",
        "jueves": "jue juev",
        "martes": "mart",
        "miercoles": "mie mier mierc",
        "hs": "hr hrs h",
        "senora": "sra",
        "senor": "sr",
        "familia": "flia",
        "chicos": "chiques",
        "ninos": "nines",
        "disponibilidad": "dispo",
        "telefono": "tel",
        "donde": "dnd",
        "ubicacion": "ubi",
        "somos": "somo",
        "proximo": "prox",
        "cuando": "cdo",
        "desde": "dsd",
    }.items()
    for short in shorts.split()
}

# Words close to key vocabulary that must never be "corrected" into it, plus
# frequent words, so the typo matcher leaves ordinary Spanish alone.
_COMMON_WORDS = frozenset(
    """
    a al algo alguien algun alguna algunas algunos alla alli ahi ahora aca asi aun aunque
    abrir abren abre abierto abierta adentro afuera agua ahorro aire alto alta amigo amiga
    amigos amigas animo antes ante anio apenas aparte arriba atras auto autos ayer ayuda
    bajo bano banos barato bastante bebe bien bienvenido bienvenida bueno buena buenos
    cada cama camas cambio camino campo capaz cara caro casa casi centro cerca cero chau
    cierto cinco ciudad claro cocina como con contigo contra cosa cosas creo cual cuales
    cuando cuanta cuantas cuantos cuenta cuentan cuento cuesto cuestion cuidado
    dale dan dar de debe deben decir dejar del demas dentro desde despues dia dias dicen
    dice dijo donde dos durante
    el ella ellas ellos en encima entera entero entre era eran es esa esas ese eso esos
    esta estaba estamos estan estar este esto estos estoy estuve entonces entrar
    fecha fechas fin foto fotos fue fueron
    gente gracia grande grandes gusta gusto gustaria
    habia hace hacer hacemos hago hasta hay hola hora horas hoy
    igual ir
    junto juntos junta juntas junin julia julian julieta juan juana jujuy
    la las le les lejos leer lindo linda lo los luego lugar lugares luna lunas
    mal mama marco marcos marte martin mas mayor mayores me medio mejor menos menor
    mes meses mi mia mientras mis mismo mucho mucha muchas muchos muy
    nada nadie ni ninguno ninguna no noche nos nosotros nuestra nuestro nueva nuevo nunca
    o otra otro otras otros
    papa para parece parte pasa pasar pasado paleta pero persona personal personaje
    personajes personales pesado pesada pescado poco poca pocos pocas poder podemos
    podes podria porque por pregunta preguntar previo previa primero pronto puede pueden
    puedo pues
    que queda quedan quedar quiero quisiera queria queremos quien
    saber sabes sabia sabado salado salida salir se sea segun seguro semana sera si
    siempre sin sobre solo sola somos son soy su sus
    tal tambien tampoco tan tanto tarde tardes te tenemos tener tenes tengo tiempo tiene
    tienen tienes toda todas todo todos tu tus
    un una unas uno unos usted ustedes
    va vale vamos vas ver vez vienes viene vienen vida vos
    y ya yo
    abrir abril abriles entero entera enteros enteras enterado enterada eneros
    cancelar cancelo cancela cancelan cancelen cancelamos cancelado cancelada
    cancelacion cancelaciones cancelarla cancelarlo
    reservado reservada reservados reservadas reservas reservo reserva reservar
    mayoria marzo marcela marcelo mares mejores perdon perdona perdone perdonen precioso
    preciosa preciosos preciosas preciso precisa precisamos canto angosto angosta abrio
    dominio sabido sabida sacado reserve reservame reservalo reservala reservamos
    reservemos reserven reservaria reservariamos senar senamos anular anulo anula anulen
    anulacion premio premios gracioso graciosa graciosos graciosas perdonas dominga parejo
    reservaron reservaste reservaban cancelaron cancelaste
    sabados domingos lunes martes viernes jueves miercoles
    humana humanos humanas
    manzana mansion manera mangos
    """.split()
)

# Correction targets: key words whose typos matter ("diciembr", "disponibilida").
_FUZZY_TARGETS: tuple[str, ...] = tuple(
    """
    enero febrero marzo abril junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miercoles jueves viernes sabado domingo disponibilidad disponible
    disponibles reservar reserva cancelar cancelacion personas persona adultos menores
    noches semana gracias mascotas mascota estacionamiento cochera parrilla pileta piscina
    desayuno sabanas toallas ubicacion direccion huespedes operador humano precio precios
    tarifa tarifas cuanto cuesta buenas buenos tardes finde checkin checkout parejas pareja
    internet informacion habitaciones ingreso egreso
    """.split()
)

# Nouns that make a preceding number something other than a day or a guest count.
_UNIT_WORDS = frozenset(
    """
    noche noches dia dias semana semanas mes meses hs hora horas minutos min km kilometros
    metros cuadras mil k lucas pesos dolares usd habitacion habitaciones dormitorio
    dormitorios ambiente ambientes cabana cabanas cama camas bano banos auto autos coche
    coches camioneta perro perros perra perras perrito perritos mascota mascotas gato gatos
    estrellas ano anos plazas piso pisos veces porciento cuotas xtime xprice xphone xnum
    """.split()
)

_TOTAL_NOUNS = frozenset(
    "persona personas pax huesped huespedes pasajero pasajeros integrantes almas".split()
)
_ADULT_NOUNS = frozenset("adulto adultos adulta adultas mayor mayores grandes".split())
_CHILD_NOUNS = frozenset(
    """
    nino ninos nina ninas chico chicos chica chicas menor menores bebe bebes nene nenes nena
    nenas hijo hijos hija hijas criatura criaturas chiquito chiquitos chiquita chiquitas
    peques adolescente adolescentes nieto nietos nieta nietas
    """.split()
)
_COUPLE_NOUNS = frozenset({"pareja", "parejas", "matrimonio", "matrimonios"})
_NOUNS_AFTER_NUMBERS = _UNIT_WORDS | _TOTAL_NOUNS | _ADULT_NOUNS | _CHILD_NOUNS | _COUPLE_NOUNS

# Words right before a number that make it a guest count ("somos 4", "para 4").
_TOTAL_PREFIX = frozenset(
    """
    somos para vamos viajamos iriamos vendriamos nosotros total personas pax huespedes
    """.split()
)

# Words right before a bare number that make it a day of the month.
_DAY_PREFIX = frozenset(
    """
    el del al desde hasta entre dia entrada salida ingreso egreso checkin checkout llegamos
    llego llegaria llegariamos llegando ingresamos ingresariamos entramos entrariamos
    salimos saldriamos volvemos partimos
    """.split()
)
_START_MARKERS = frozenset(
    """
    para del desde entre entrada ingreso checkin llegamos llego llegaria llegariamos llegando
    ingresamos ingresariamos entramos entrariamos
    """.split()
)
_END_MARKERS = frozenset(
    "al hasta salida egreso checkout salimos saldriamos volvemos partimos".split()
)
# Tokens that may sit between the dates of a list ("viernes, sábado y domingo").
_LIST_GLUE = frozenset({"y", "el", "los", "la", "las", "dia", "dias", "noche", "noches"})
# Words skipped when looking back from a date for its start/end marker.
_MARKER_FILLER = frozenset({"el", "la", "dia", "los", "las"})


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_ORDINAL_SUFFIX_RE = re.compile(r"(\d+)(?:(?:ro|ero|er|do|da|to|ta|vo|va|mo|ma|no|na|o|a)\b|°)")
_THOUSANDS_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SLASH_SPACES_RE = re.compile(r"(\d)\s*/\s*(?=\d)")
_JUNK_RE = re.compile(r"[^a-z0-9$+%/.:\-\s]")
_LOOSE_PUNCT_RE = re.compile(r"(?<!\d)[/.:]|[/.:](?!\d)")
# A dash survives only next to digits ("15-18", "15 - 18"): elsewhere it is a hyphen.
_LOOSE_DASH_RE = re.compile(r"-(?!\s?\d)|(?<!\d)(?<!\d\s)-")
_DIGIT_LETTER_RE = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_TRIPLE_RE = re.compile(r"(.)\1{2,}")
_DOUBLE_RE = re.compile(r"(.)\1+")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lowercase, accent-free, punctuation-free text with chat shorthand and typos fixed.

    Keeps what dates, prices and times need: ``/ . : -`` between digits and ``$``/``+``.
    """
    s = _strip_accents(text).lower()
    s = _ORDINAL_SUFFIX_RE.sub(r"\1", s)  # "1ro", "2da", "1º" -> the number
    s = _THOUSANDS_COMMA_RE.sub(".", s)
    s = _SLASH_SPACES_RE.sub(r"\1/", s)
    s = _JUNK_RE.sub(" ", s)
    s = _LOOSE_PUNCT_RE.sub(" ", s)
    s = _LOOSE_DASH_RE.sub(" ", s)
    s = s.replace("$", " $ ").replace("+", " + ").replace("%", " porciento ")
    s = _DIGIT_LETTER_RE.sub(" ", s)
    return " ".join(filter(None, (_fix_word(w) for w in s.split())))


@lru_cache(maxsize=8192)
def _fix_word(word: str) -> str:
    if not word.isalpha():
        return word
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _KNOWN:
        return word
    word = _unstretch(word)
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _KNOWN:
        return word
    return _fuzzy(word) or word


def _unstretch(word: str) -> str:
    """Undo stretched letters ("holaaa", "graciass") when that yields a known word."""
    if _TRIPLE_RE.search(word):
        two = _TRIPLE_RE.sub(r"\1\1", word)
        if two in _KNOWN:
            return two
        word = _TRIPLE_RE.sub(r"\1", word)
        if word in _KNOWN or word in _ABBREVIATIONS:
            return word
    if _DOUBLE_RE.search(word):
        one = _DOUBLE_RE.sub(r"\1", word)
        if one in _KNOWN or one in _ABBREVIATIONS:
            return one
    return word


def _fuzzy(word: str) -> str | None:
    """Closest key word within a small edit distance, or None.

    Only for words of 5+ letters, with the same first letter (typos rarely hit the
    first letter), and 1 edit (2 for words of 8+ letters). This keeps "dicienbre" ->
    "diciembre" without turning "junto" into "junio" (common words are in _KNOWN and
    never reach this point). A tie between forms of one word ("personsa": persona or
    personas) takes the plural; a tie between different words is refused.
    """
    if len(word) < 5:
        return None
    limit = 1 if len(word) < 8 else 2
    scored = [
        (_edit_distance(word, target, limit), target)
        for target in _TARGETS_BY_INITIAL.get(word[0], ())
        if abs(len(target) - len(word)) <= limit
    ]
    best_dist = min((dist for dist, _ in scored), default=limit + 1)
    if best_dist > limit:
        return None
    best = sorted((t for dist, t in scored if dist == best_dist), key=len)
    if len({t[:5] for t in best}) > 1:
        return None
    return best[-1]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau (optimal string alignment) distance, giving up past ``limit``."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# ---------------------------------------------------------------------------
# Keyword patterns (run on the canonical text)
# ---------------------------------------------------------------------------

# Multi-word phrases rewritten to one token, so later rules see a single word.
_CANONICAL_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\bfin(?:es)? de semana\b", "finde"),
        (r"\bfindes\b", "finde"),
        (r"\bpasado manana\b", "pasadomanana"),
        (r"\bmanana y pasado\b(?! manana)", "manana y pasadomanana"),
        (r"\b(?:check|chek|cheq|chec)\s?in\b", "checkin"),
        (r"\b(?:check|chek|cheq|chec)\s?out\b", "checkout"),
        (r"\bchekin\b", "checkin"),
        (r"\bchekout\b", "checkout"),
        (r"\bwi fi\b", "wifi"),
        (r"\ba partir del\b", "desde el"),
        (r"\ba partir de\b", "desde"),
        (r"\bnos (?:vamos a ir|vamos|iriamos|iremos|retiramos|volvemos)\b", "salida"),
        (r"\b(?:vamos a ser|seriamos|seremos|estamos siendo)\b", "somos"),
        (r"\b(?:seria|es) para\b", "para"),
        (
            r"\blugar para (?:el |la |los |las |un |una |dos |tres |\d )?"
            r"(?:auto|autos|coche|coches|camioneta|vehiculo|moto|motorhome)\b",
            "cochera",
        ),
        (r"\b(?:persona real|persona de verdad|persona humana|ser humano)\b", "humano"),
        (
            r"\b(?:hablar|hablo|comunicarme|comunicar|contactarme|contactar|charlar|pasame|"
            r"pasarme|derivame|derivarme|chatear|atienda|atiende|atender|hable)"
            r"(?: con)? (?:una|alguna) persona\b",
            "hablar con humano",
        ),
        # "la mañana" is the morning, not tomorrow.
        (r"\b(?:la|esta|cada|una) manana\b", "la matinal"),
        (r"\bun par de\b", "2"),
        (r"\b(?:esta noche|hoy a la noche|hoy por la noche)\b", "hoy"),
    )
)

# One pass over the text finds every phrase; _rewrite then picks its replacement.
_ANY_REWRITE_RE = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _CANONICAL_REWRITES))

_HUMAN_RE = re.compile(
    r"\b(?:hablar|hablo|comunicarme|comunicar|comunicame|comunicas|contactarme|contactar"
    r"|charlar|pasame|pasarme|pasas|pasan|derivame|derivarme|derivar|atienda|atender"
    r"|atiende|chatear|consultar)\b(?: \w+){0,3}? (?:alguien|humano|dueno|duena|encargado"
    r"|encargada|propietario|propietaria|responsable|administrador|administradora"
    r"|operador|operadora|asesor|asesora|recepcion|gerente|anfitrion|anfitriona)\b"
    r"|\b(?:humano|operador|operadora|asesor|asesora|atencion al cliente|hay alguien"
    r"|(?:sos|es) un (?:bot|robot|contestador)|sos una maquina|(?:bot|robot) de mierda"
    r"|llamame|llamenme|llamarme|me (?:pueden|podes|puede|podrian|podrias) llamar"
    r"|contactame|contactenme|me (?:contactas|contactan|contacta)"
    r"|hablar por (?:telefono|llamada|whatsapp))\b"
    # Changing an existing booking is for a person: the bot only books and cancels.
    r"|\b(?:cambiar|modificar|mover|correr|pasar|postergar|reprogramar|adelantar|atrasar)"
    r"(?: \w+){0,3} (?:mi|la|nuestra) reserva\b"
)
_CANCEL_RE = re.compile(
    r"\b(?:cancel\w*|anul(?:ar|o|a|an|en|amos|arla|arlo|acion)|dar(?:me|nos)? de baja"
    r"|doy de baja|damos de baja|dar la baja|suspender (?:la |mi )?reserva"
    r"|no (?:vamos|voy) a (?:poder )?(?:ir|viajar)|no (?:podemos|puedo) (?:ir|viajar))\b"
)
# A cancel word inside a question about the policy is an info question instead.
_CANCEL_HYPOTHETICAL_RE = re.compile(
    r"(?:politicas? de|condiciones de|como es la|como son las|como funciona la"
    r"|(?:\bsi|que pasa si|y si|hasta cuando)(?: (?:llego a|llegamos a|tengo que|tenemos que"
    r"|hay que|necesito|necesitamos|quisiera|quisieramos|despues|se puede|puedo|podemos))?) $"
)
_REFUND_RE = re.compile(r"\b(?:reintegro|reembolso|devolucion|devuelven|devuelve)\b")
_BOOK_RE = re.compile(
    r"\b(?:reserv(?:ar|o|ame|amos|emos|en|alo|ala|arla|arlo|arlas|arlos|aria|ariamos)"
    r"|sen(?:ar|amos|arla|arlo|ariamos)|me la quedo|nos la quedamos|(?:la|lo) tom(?:o|amos))\b"
)
_BOOK_NOUN_RE = re.compile(r"\breservas?\b")
# "mi reserva", "tengo una reserva": an existing booking, not a new one.
_EXISTING_BOOKING_RE = re.compile(
    r"\b(?:mi|nuestra|tengo una|tenemos una|ya tengo|ya tenemos|ya hice|ya hicimos"
    r"|de la|de mi|politica de|numero de|codigo de) (?:\w+ )?reservas?\b"
    r"|\b(?:ya )?reserve\b|\bya reservamos\b"
)
_PRICE_RE = re.compile(
    r"\b(?:precios?|tarifas?|valor(?:es)?|costos?|cuestan?|costaria|cobran|cobras"
    r"|cobrarian|presupuesto|cotizacion|cotizar|cotizame|cotizan|cotiza|descuentos?"
    r"|promo|promocion|promociones|ofertas?)\b"
    r"|\b(?:sale|salen|saldria|esta) (?:la|por) noche\b"
    r"|\bes por (?:noche|persona|dia)\b|\bpor noche o por persona\b"
)
# An amount per night or person: "120 mil x 3 noches?", "$90.000 la noche?".
_AMOUNT_PER_RE = re.compile(
    r"(?:\$ ?\d[\d.]*|\b\d[\d.]* ?(?:mil|k|lucas|pesos|dolares|usd))(?: \w+){0,3}?"
    r" (?:noches?|personas?|dias?)\b"
)
_CUANTO_RE = re.compile(r"(?:\b(a|en) )?\bcuanto\b(?: (\w+))?(?: (\w+))?")
_CUANTO_NOT_PRICE = frozenset(
    "tiempo tarda tardo queda quedan km kilometros metros minutos cuadras dura antes".split()
)
_AVAIL_RE = re.compile(
    r"\b(?:disponib\w*|libres?|vacantes?|ocupad[oa]s?"
    r"|(?:hay|tienen|tenes|tendrian|tendras|tenian|queda|quedan|habra|habria|tiene|tienes"
    r"|hubiera|algun|con) (?:algo|lugar|cabanas?|disponibilidad|algo libre)"
    r"|lugar para|alquil(?:ar|o|amos|aria|ariamos|an|arla|arlas)"
    # Holidays by name: we cannot date them, but the guest is asking for a stay.
    r"|(?:para|en) (?:semana santa|carnaval|navidad|ano nuevo|las fiestas|reyes"
    r"|vacaciones de invierno|las vacaciones))\b"
)
_INFO_GENERIC_RE = re.compile(r"\b(?:info|informacion|informes|mas datos|detalles)\b")
_THANKS_RE = re.compile(
    r"\b(?:gracias|agradezco|agradecemos|agradecido|agradecida|thanks|thank you|thx|tks)\b"
)
_GREETING_RE = re.compile(
    r"\b(?:hola|holis|holi|buenas|buen dia|buenos dias|buenas tardes|buenas noches|que tal"
    r"|como estas|como esta|como va|como andas|hey|saludos|hello|hi)\b"
)

_TOPIC_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern))
    for topic, pattern in (
        (
            "pets",
            r"\b(?:mascotas?|perr[oa]s?|perrit[oa]s?|cachorr[oa]s?|gat[oa]s?|gatit[oa]s?"
            r"|pet ?friendly|animal(?:es|itos?)?|caniche)\b",
        ),
        ("wifi", r"\b(?:wifi|internet|conexion|senal)\b"),
        (
            "checkin",
            r"\bcheckin\b(?! (?:el |del |dia )?\d)|\bcheckin (?:\d{1,2}(?: ?hs|:\d\d)|a las)\b"
            r"|\b(?:hora|horario)s? de (?:entrada|ingreso|llegada)\b"
            r"|\b(?:a|desde|hasta) que hora\b(?: \w+){0,5}? (?:entrar|ingresar|ingreso|entrada"
            r"|llegar|llegada|llegamos|llego)\b"
            r"|\bcuando (?:podemos|puedo|se puede) (?:entrar|ingresar)\b",
        ),
        (
            "checkout",
            r"\bcheckout\b(?! (?:el |del |dia )?\d)|\bcheckout (?:\d{1,2}(?: ?hs|:\d\d)|a las)\b"
            r"|\b(?:hora|horario)s? de (?:salida|egreso)\b|\blate\b"
            r"|\b(?:a|hasta) que hora\b(?: \w+){0,5}? (?:dejar|salir|irnos|irse|irme|salida"
            r"|egreso|desocupar|liberar|entregar|quedarnos|quedarse|quedarme)\b",
        ),
        (
            "location",
            r"\b(?:donde|ubicacion|ubicad[oa]s?|direccion|como (?:llego|llegar|se llega"
            r"|llegamos)|mapa|maps|lejos|cerca|distancia|a cuanto (?:esta|estan|queda|quedan)"
            r"|zona|barrio|km)\b"
            r"|\ba (?!las? )(?:\w+ ){1,2}?(?:horas?|hs|min|minutos|cuadras?|metros|kilometros|kms?)"
            r" (?:de|del|desde|al|a la|hasta)\b"
            r"|\b(?:min|minutos|cuadras?|metros|kilometros|kms?) (?:del|de la|al|a la)\b",
        ),
        ("parking", r"\b(?:cocheras?|estacionamiento|estacionar|garage|garaje|parking)\b"),
        ("pool", r"\b(?:piletas?|piscinas?|pile|jacuzzi|hidromasaje)\b"),
        ("grill", r"\b(?:parrillas?|parrillero|asador|asado|quincho|fogonero)\b"),
        (
            "linens",
            r"\b(?:sabanas|toallas|toallones|ropa de cama|ropa blanca|blanqueria|acolchados?"
            r"|frazadas)\b",
        ),
        ("breakfast", r"\b(?:desayunos?|desayunar)\b"),
        (
            "amenities",
            r"\b(?:aire acondicionado|aire|calefaccion|calefactor|estufa|hogar|salamandra|tv"
            r"|tele|television|netflix|cocina|heladera|microondas|lavarropas|vajilla|incluye"
            r"|servicios|comodidades|equipad[oa]s?|equipamiento|secador|cafetera|ventilador"
            r"|cuna|banera)\b",
        ),
        (
            "capacity",
            r"\b(?:capacidad|cuantas personas|cuantos (?:dormitorios|ambientes|cuartos|banos"
            r"|camas|habitaciones)|cuantas (?:camas|habitaciones)|maximo de personas"
            r"|(?:\d+|un|una|dos|tres|cuatro) (?:habitacion|habitaciones|dormitorios?|ambientes?"
            r"|cuartos?|camas?|banos?)|cama matrimonial|camas? (?:matrimoniales|individuales"
            r"|simples)|cuchetas?)\b",
        ),
        (
            "payment",
            r"\b(?:formas? de pago|medios? de pago|como (?:se )?pag\w*|tarjetas?|credito"
            r"|debito|mercado ?pago|transfer\w*|efectivo|cuotas|cbu|alias|comprobante"
            r"|pag(?:ar|o|a|amos|arla|arlo|ue)|abonar|sena|adelantado|deposit\w*)\b",
        ),
        ("photos", r"\b(?:fotos?|imagenes|videos?|instagram)\b"),
        (
            "kids",
            r"\b(?:aceptan|admiten|reciben|apt[oa]s? para|se puede ir con|pueden ir) (?:ninos"
            r"|chicos|menores|bebes|nenes|criaturas)\b",
        ),
        ("minimum_stay", r"\b(?:minimo|minima|minimos|estadia minima)\b"),
        ("rules", r"\b(?:fumar|fumo|fumamos|fumadores|fiestas?|ruidos?|reglas|normas|visitas)\b"),
    )
)
TOPICS: tuple[str, ...] = (*(t for t, _ in _TOPIC_PATTERNS), "cancellation")

# One companion plus the writer: "con mi novia", "mi señora y yo", "yo y mi mamá".
_COMPANION = (
    r"(?:pareja|novi[oa]|espos[oa]|marido|mujer|senora|senor|compa|companer[oa]|amig[oa]"
    r"|hij[oa]|herman[oa]|mama|papa|madre|padre|vieja|viejo|suegr[oa]|primo|prima)"
)
_COUPLE_RE = re.compile(
    rf"\b(?:en pareja|con mi {_COMPANION}|(?:mi|con la|con el) {_COMPANION}(?: y)? yo"
    rf"|yo(?: y)? mi {_COMPANION}"
    r"|nosotros dos|(?:vamos|somos|iriamos|viajamos) (?:los|las) dos"
    r"|^(?:somos )?(?:un )?(?:matrimonio|pareja)(?= (?:y|con|mas|\+) )|somos (?:un )?matrimonio)\b"
)
# Two companions plus the writer: "mis viejos y yo".
_PARENTS_RE = re.compile(
    r"\b(?:mis (?:viejos|padres)|mis suegros)(?: y)? yo\b|\byo y mis (?:viejos|padres)\b"
)
_EXTRA_COMPANION_RE = re.compile(
    r"\b(?:y|vamos|viajamos|iriamos|vendriamos|somos) mi (?:bebe|nene|nena|sobrin[oa]|niet[oa]"
    rf"|{_COMPANION})\b"
)
# "lo charlo con mi señora": someone consulted, not someone coming.
_CONSULT_BEFORE_RE = re.compile(
    r"\b(?:charlo|charlamos|hablo|hablamos|consulto|consultamos|comento|veo|vemos|arreglo"
    r"|decido|decidimos|pregunto|preguntamos|hablar|charlar|consultar|preguntar|ver) $"
)
_SOLO_RE = re.compile(
    r"\b(?:solo yo|yo solo|yo sola|voy solo|voy sola|viajo solo|viajo sola|para mi solo"
    r"|para mi sola|soy yo solo|soy yo sola|solo para mi|seria solo yo|estaria solo"
    r"|estaria sola|persona sola)\b"
)
_UNCOUNTED_KIDS_RE = re.compile(
    r"\b(?:mis|los|las|con|y) (?:hijos|hijas|chicos|chicas|nenes|nenas|ninos|ninas|nietos)\b"
)
_FAMILY_TYPE_RE = re.compile(r"\bfamilia tipo\b")

_CHOICE_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|listo) )?"
    r"(?:(?:quiero|queremos|prefiero|preferimos|elijo|elegimos|me quedo con|nos quedamos con"
    r"|voy con|vamos con) )?"
    r"(?:(?:la|el|con la|con el) )?"
    r"(?:(?:opcion|numero|cabana|alternativa) )?"
    r"(\d{1,2}|primera|primero|segunda|segundo|tercera|tercero|cuarta|cuarto|quinta|quinto"
    r"|uno|dos|tres|cuatro|cinco|seis)"
    r"(?: (?:porfa|por favor|gracias|entonces))?$"
)
_INLINE_CHOICE_RE = re.compile(r"\b(?:opcion|alternativa|numero|cabana) (\d{1,2})\b")

_AFFIRM_RE = re.compile(
    r"^(?:(?:bueno|ah|ah bueno|ok|hola) )?"
    r"(?:si|dale|ok|confirmo|confirmado|confirmamos|perfecto|listo|joya|genial|buenisimo"
    r"|barbaro|claro|obvio|afirmativo|correcto|exacto|de acuerdo|esta bien|me parece bien"
    r"|por supuesto|me sirve|nos sirve|vale|hecho|excelente|re si"
    r"|de una(?! (?:semana|noche|persona|cabana|pareja|vez)))\b"
    r"|\b(?:confirmo|confirmamos) (?:la reserva|las fechas|que si)\b|\b(?:me|nos) sirve\b"
    r"|^(?:quiero|queremos) confirmar\b"
)
# "si" followed by a verb is usually "if" ("si tienen lugar avisame").
_CONDITIONAL_SI_RE = re.compile(
    r"^si (?:tienen|tenes|tiene|hay|es|son|puedo|podes|pueden|podemos|se|me|te|nos|le|les"
    r"|llego|llegamos|queda|quedan|esta|estan|tuvieran|hubiera|no|cancelo|cancelamos|van"
    r"|vamos|quiero|queremos)\b"
)
_RAW_SI_RE = re.compile(r"^\W*s[ií]+\s*[,.!;]|^\W*sí")
_DENY_RE = re.compile(
    r"^(?:(?:bueno|ah|ok|hola) )?(?:no|negativo|nah|para nada|mejor no|todavia no"
    r"|por ahora no|ahora no|nada)$"
    r"|^(?:(?:bueno|ah|ok) )?(?:no|negativo|nah) (?:gracias|mejor|por ahora|todavia"
    r"|era|esta bien|nada|che|perdon|disculpa)\b"
    r"|^no (?:me|nos) (?:sirve|interesa|conviene|gusta|cierra)\b"
    r"|\b(?:creo que|mejor|todavia|por ahora|ahora|asi que|entonces) no$"
)
_RAW_NO_RE = re.compile(r"^\W*no+\s*[,.!;]")

# "nos vemos en enero": a goodbye, not a month to book.
_SEE_YOU_RE = re.compile(rf"\bnos vemos (?:en |el |para |a )?(?:mes de )?(?:{'|'.join(_MONTHS)})\b")
_RELATIVE_MONTH_RE = re.compile(
    r"\b(?:este mes|mes que viene|proximo mes|mes proximo|siguiente mes|mes siguiente)\b"
)

_DEFERRAL_RE = re.compile(
    r"\b(?:te|les|le|lo|los) (?:confirmo|confirmamos|aviso|avisamos|escribo|escribimos|digo"
    r"|decimos|llamo|contesto|respondo|mando|paso|cuento|charlo|consulto|veo|pienso)\b"
    r"|\b(?:hablamos|seguimos hablando|vuelvo a escribir|vuelvo a consultar)\b"
)

_KNOWN: frozenset[str] = frozenset(
    _COMMON_WORDS
    | set(_MONTHS)
    | set(_MONTH_ABBR_AFTER_DAY)
    | set(_WEEKDAYS)
    | set(_NUMBER_WORDS)
    | set(_ORDINALS)
    | set(_ABBREVIATIONS.values())
    | set(_FUZZY_TARGETS)
    | _UNIT_WORDS
    | _TOTAL_NOUNS
    | _ADULT_NOUNS
    | _CHILD_NOUNS
    | _COUPLE_NOUNS
    | _TOTAL_PREFIX
    | _DAY_PREFIX
    | {
        word
        for pattern in (
            _HUMAN_RE,
            _CANCEL_RE,
            _BOOK_RE,
            _PRICE_RE,
            _AVAIL_RE,
            _THANKS_RE,
            _GREETING_RE,
            _COUPLE_RE,
            _SOLO_RE,
            _AFFIRM_RE,
            _DENY_RE,
            *(p for _, p in _TOPIC_PATTERNS),
            *(p for p, _ in _CANONICAL_REWRITES),
        )
        for word in re.findall(r"[a-z]{2,}", pattern.pattern)
    }
)
_TARGETS_BY_INITIAL: dict[str, tuple[str, ...]] = {
    initial: tuple(t for t in _FUZZY_TARGETS if t[0] == initial)
    for initial in {t[0] for t in _FUZZY_TARGETS}
}


# ---------------------------------------------------------------------------
# Masking numbers that are neither dates nor guests
# ---------------------------------------------------------------------------

_NOUN_ALT = "|".join(sorted(_UNIT_WORDS | _TOTAL_NOUNS | _ADULT_NOUNS | _CHILD_NOUNS))
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        # Prices: "$50000", "$ 50.000", "50 mil", "50k", "30000 pesos", "usd 100".
        (r"\$ (?:s )?\d[\d.]*(?: (?:mil|k|lucas))?", " xprice "),
        (r"\b\d[\d.]* ?(?:mil|k|lucas|pesos|dolares|usd|dls|euros|mangos|ars)\b", " xprice "),
        (r"\b(?:usd|ars|dls|eur|u s s) ?\d[\d.]*", " xprice "),
        (r"\b\d{1,3}(?:\.\d{3})+\b", " xprice "),
        # Times: "a las 14", "las 10:30", "14hs", "10 am", "14:30".
        (
            rf"\blas \d{{1,2}}(?!\d)(?:[:.]\d{{2}})?(?! (?:{_NOUN_ALT})\b)"
            r"(?: ?(?:hs|am|pm|horas))?",
            " xtime ",
        ),
        (r"\b\d{1,2}(?:[:.]\d{2})? ?(?:hs|am|pm)\b", " xtime "),
        (r"\b\d{1,2}:\d{2}\b", " xtime "),
    )
)
_PHONE_RE = re.compile(r"\+? ?\d[\d -]{6,}\d")
_LONG_NUMBER_RE = re.compile(r"\b\d{5,}\b")
_DIGIT_RE = re.compile(r"\d")


def _mask_phone(match: re.Match[str]) -> str:
    chunk = match.group(0)
    digits = sum(ch.isdigit() for ch in chunk)
    runs = re.findall(r"\d{3,}", chunk)
    # Dates never have a 3+ digit run other than a year.
    if digits >= 8 and any(not re.fullmatch(r"20\d\d", run) for run in runs):
        return " xphone "
    return chunk


def _mask_noise(text: str) -> str:
    if not _DIGIT_RE.search(text):
        return text
    for pattern, repl in _MASKS:
        text = pattern.sub(repl, text)
    text = _PHONE_RE.sub(_mask_phone, text)
    return _LONG_NUMBER_RE.sub(" xnum ", text)


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    kind: str  # "num" | "date" | "word" | "sym"
    text: str
    value: int = 0  # number value, or the day of a date
    month: int = 0  # date month
    year: int | None = None  # date year, if written
    used: bool = False  # already consumed by a date, nights or guests rule


_TOKEN_RE = re.compile(
    r"(?P<iy>20\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    r"|(?P<r1>\d{1,2})-(?P<r2>\d{1,2})/(?P<rm>\d{1,2})(?:/(?P<ry>\d{4}|\d{2}))?(?!\d)"
    r"|(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\d)"
    r"|(?P<num>\d+)|(?P<word>[a-z]+)|(?P<sym>[-+$])"
)


def _year_from(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _valid_day_month(day: int, month: int) -> bool:
    # 2028 is a leap year, so 29/2 is accepted here and resolved to a real year later.
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2028, month)[1]


_MONTH_AHEAD_RE = re.compile(rf" (?:de )?(?:{'|'.join(_MONTHS)})\b")


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group("iy") or m.group("r1") or m.group("d"):
            toks += _date_tokens(m, text)
        elif m.group("num"):
            toks.append(_Tok("num", m.group("num"), int(m.group("num"))))
        elif m.group("word") in _NUMBER_WORDS:
            toks.append(_Tok("num", m.group("word"), _NUMBER_WORDS[m.group("word")]))
        elif m.group("word"):
            toks.append(_Tok("word", m.group("word")))
        else:
            toks.append(_Tok("sym", m.group("sym")))
    return toks


def _date_tokens(m: re.Match[str], text: str) -> list[_Tok]:
    """Tokens for a numeric date match: a date, two dates, or plain numbers."""
    if m.group("iy"):  # ISO "2027-01-20"
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        return [_Tok("date", m.group(0), day, month, year)] if _valid_day_month(day, month) else []
    if m.group("r1"):  # "15-18/12": two days sharing a month
        month, year = int(m.group("rm")), _year_from(m.group("ry"))
        first, second = int(m.group("r1")), int(m.group("r2"))
        if not (_valid_day_month(first, month) and _valid_day_month(second, month)):
            return []
        return [
            _Tok("date", m.group(0), first, month, year),
            _Tok("sym", "-"),
            _Tok("date", m.group(0), second, month, year),
        ]
    day, month = int(m.group("d")), int(m.group("m"))
    day_range = [_Tok("num", m.group("d"), day), _Tok("sym", "-"), _Tok("num", m.group("m"), month)]
    dashed = m.group("sep") == "-" and not m.group("y")
    # "3-6 enero" is a day range even though 3-6 could be 3 June.
    if dashed and _MONTH_AHEAD_RE.match(text, m.end()):
        return day_range
    if _valid_day_month(day, month):
        return [_Tok("date", m.group(0), day, month, _year_from(m.group("y")))]
    return day_range if dashed else []  # "15-18": a day range


def _text_at(toks: list[_Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Point:
    """One date mention, possibly partial, before it is resolved against today."""

    pos: int
    kind: str  # "explicit" | "weekday" | "relative"
    day: int = 0
    month: int | None = None
    year: int | None = None
    offset: int = 0  # days from today ("relative") or weekday number ("weekday")
    strict: bool = False  # weekday must be after today ("el próximo viernes")
    role: str | None = None  # "start" | "end" from a nearby marker ("del", "hasta", ...)
    weak: bool = False  # "hoy", "mañana", weekdays: dates only with other booking context


def _day_at(toks: list[_Tok], i: int) -> int | None:
    """The day-of-month a token can be: digits 1..31 or a number word ("quince")."""
    if not 0 <= i < len(toks):
        return None
    t = toks[i]
    if t.used:
        return None
    if t.kind == "num" and 1 <= t.value <= 31 and t.text not in ("un", "una", "uno"):
        return t.value
    if t.kind == "word" and t.text == "primero":
        return 1
    return None


def _month_at(toks: list[_Tok], i: int) -> int | None:
    if not 0 <= i < len(toks) or toks[i].kind != "word":
        return None
    word = toks[i].text
    if word in _MONTHS:
        return _MONTHS[word]
    if word in _MONTH_ABBR_AFTER_DAY:
        before = i - 2 if _text_at(toks, i - 1) == "de" else i - 1
        if before >= 0 and toks[before].kind == "num":
            return _MONTH_ABBR_AFTER_DAY[word]
    return None


def _is_noun_after(toks: list[_Tok], i: int) -> bool:
    """True when the token after position i is a unit or person noun ("4 noches", "2 chicos")."""
    return _text_at(toks, i + 1) in _NOUNS_AFTER_NUMBERS


def _year_after(toks: list[_Tok], i: int) -> tuple[int | None, int]:
    """A year written at position i ("2026", "de 2026", "del 26"); returns (year, next index)."""
    j = i + 1 if _text_at(toks, i) in ("de", "del") else i
    if j < len(toks) and toks[j].kind == "num" and not toks[j].text.isalpha():
        value = toks[j].value
        if 2000 <= value <= 2099:
            return value, j + 1
        if len(toks[j].text) == 2 and 24 <= value <= 40 and not _is_noun_after(toks, j):
            return 2000 + value, j + 1
    return None, i


def _mark(toks: list[_Tok], start: int, stop: int) -> None:
    for k in range(start, min(stop, len(toks))):
        toks[k].used = True


def _find_points(toks: list[_Tok]) -> tuple[list[_Point], list[tuple[int, int | None]]]:
    """Date mentions in text order, and months (with a year, if written) named without a day."""
    points: list[_Point] = []
    months: list[tuple[int, int | None]] = []
    i = 0
    while i < len(toks):
        step = (
            _explicit_date(toks, i, points)
            or _day_then_month(toks, i, points)
            or _day_dash_day_month(toks, i, points)
            or _month_then_days(toks, i, points)
            or _bare_day(toks, i, points)
            or _relative_day(toks, i, points)
            or _weekday(toks, i, points)
        )
        if step:
            i = step
            continue
        month = _month_at(toks, i)
        if month and toks[i].text not in _MONTH_ABBR_AFTER_DAY:
            months.append((month, _year_after(toks, i + 1)[0]))
        i += 1
    for point in points:
        point.role = _role_before(toks, point.pos)
        if point.role:
            point.weak = False
    return points, months


def _explicit_date(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "15/12", "15-12-26", "15/12/2026" (+ an optional year after it)."""
    t = toks[i]
    if t.kind != "date" or t.used:
        return 0
    year, nxt = (t.year, i + 1) if t.year else _year_after(toks, i + 1)
    points.append(_Point(i, "explicit", t.value, t.month, year))
    _mark(toks, i, nxt)
    return nxt


def _day_then_month(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "15 de diciembre", "15 dic", "1ro de enero 2027"."""
    day = _day_at(toks, i)
    if day is None:
        return 0
    j = i + 2 if _text_at(toks, i + 1) == "de" else i + 1
    month = _month_at(toks, j)
    if month is None or not _valid_day_month(day, month):
        return 0
    year, nxt = _year_after(toks, j + 1)
    points.append(_Point(i, "explicit", day, month, year))
    _mark(toks, i, nxt)
    return nxt


def _day_dash_day_month(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "15-18 de enero", "15 - 18 ene": a day range that shares one month."""
    first = _day_at(toks, i)
    if first is None or _text_at(toks, i + 1) != "-":
        return 0
    second = _day_at(toks, i + 2)
    if second is None:
        return 0
    j = i + 4 if _text_at(toks, i + 3) == "de" else i + 3
    month = _month_at(toks, j)
    if month is None:
        return 0
    year, nxt = _year_after(toks, j + 1)
    points.append(_Point(i, "explicit", first, month, year))
    points.append(_Point(i + 2, "explicit", second, month, year))
    _mark(toks, i, nxt)
    return nxt


def _month_then_days(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """ "diciembre del 20 al 27", "en enero del 3 al 10", "enero 15"."""
    month = _month_at(toks, i)
    if month is None or toks[i].text in _MONTH_ABBR_AFTER_DAY:
        return 0
    j = i + 2 if _text_at(toks, i + 1) in ("del", "el", "de") else i + 1
    day = _day_at(toks, j)
    if day is None or _is_noun_after(toks, j) or not _valid_day_month(day, month):
        return 0
    points.append(_Point(j, "explicit", day, month))
    _mark(toks, i, j + 1)
    k = j + 1
    if _text_at(toks, k) in ("al", "a", "hasta", "-", "y"):
        k2 = k + 2 if _text_at(toks, k + 1) == "el" else k + 1
        second = _day_at(toks, k2)
        if second is not None and not _is_noun_after(toks, k2):
            points.append(_Point(k2, "explicit", second, month))
            _mark(toks, k, k2 + 1)
            return k2 + 1
    return k


def _bare_day(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    """A day without month, recognised only by its context ("el 15", "15 al 18")."""
    day = _day_at(toks, i)
    if day is None or _is_noun_after(toks, i):
        return 0
    prev, nxt = _text_at(toks, i - 1), _text_at(toks, i + 1)
    if toks[i].text.isalpha() and not _word_day_ok(toks, i, points):
        return 0
    # What follows a connector must look like a day too: "entre 4 y 5 personas" is not.
    if nxt in ("al", "a", "hasta", "-", "y", "o"):
        k = i + 3 if _text_at(toks, i + 2) == "el" else i + 2
        if k < len(toks) and toks[k].kind == "num" and _is_noun_after(toks, k):
            return 0
    if prev in _DAY_PREFIX:
        ok = True
    elif prev in ("a", "y", "-", "o"):
        ok = bool(points) and i - points[-1].pos <= 3
    else:
        ok = prev not in ("para", "somos", "vamos", "nosotros") and _starts_day_range(toks, i)
    if not ok:
        return 0
    points.append(_Point(i, "explicit", day))
    toks[i].used = True
    return i + 1


def _word_day_ok(toks: list[_Tok], i: int, points: list[_Point]) -> bool:
    """A day written as a word ("quince", "primero") needs a date-like context.

    "el día quince", "del veinte al veintitrés", "del primero al cinco": after "día",
    at the start of a range, or as the end of a range that just started. Elsewhere a
    number word is far more often a count ("del dos", "somos dos").
    """
    prev = _text_at(toks, i - 1)
    if prev == "dia":
        return True
    if prev in ("al", "a", "hasta", "y"):
        return bool(points) and i - points[-1].pos <= 3
    if prev not in ("del", "desde", "entre") or _text_at(toks, i + 1) not in (
        "al",
        "a",
        "hasta",
        "y",
    ):
        return False
    k = i + 3 if _text_at(toks, i + 2) == "el" else i + 2
    if k < len(toks) and toks[k].kind == "date":
        return True
    return _day_at(toks, k) is not None and not _is_noun_after(toks, k)


def _starts_day_range(toks: list[_Tok], i: int) -> bool:
    """ "15 al 18", "de 15 a 18", "15 y 16 de enero": a day followed by another day."""
    nxt = _text_at(toks, i + 1)
    if _day_at(toks, i + 1) is not None and not toks[i + 1].text.isalpha():
        # "15, 16 y 17 de dic": a list of days that ends in a range or a month.
        return not _is_noun_after(toks, i + 1) and _starts_day_range(toks, i + 1)
    if nxt not in ("al", "a", "hasta", "-", "y"):
        return False
    k = i + 3 if _text_at(toks, i + 2) == "el" else i + 2
    if k < len(toks) and toks[k].kind == "date":
        return True
    if _day_at(toks, k) is None or toks[k].text.isalpha():
        return False
    if nxt == "y":  # "2 y 3" is too vague on its own: require the month after
        return _month_at(toks, k + 2 if _text_at(toks, k + 1) == "de" else k + 1) is not None
    return True


def _relative_day(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    offsets = {"hoy": 0, "manana": 1, "pasadomanana": 2}
    word = toks[i].text
    if toks[i].kind != "word" or word not in offsets:
        return 0
    points.append(_Point(i, "relative", offset=offsets[word], weak=True))
    return i + 1


def _weekday(toks: list[_Tok], i: int, points: list[_Point]) -> int:
    word = toks[i].text
    if toks[i].kind != "word" or word not in _WEEKDAYS:
        return 0
    # "el sábado 12 (de diciembre)": the explicit day that follows wins.
    nxt = i + 1
    if nxt < len(toks) and toks[nxt].kind == "date":
        return nxt
    day = _day_at(toks, nxt)
    if day is not None and not toks[nxt].text.isalpha() and not _is_noun_after(toks, nxt):
        j = nxt + 2 if _text_at(toks, nxt + 1) == "de" else nxt + 1
        if _month_at(toks, j) is None:
            points.append(_Point(nxt, "explicit", day))
            toks[nxt].used = True
            return nxt + 1
        return nxt
    strict = _text_at(toks, i - 1) in ("proximo", "proxima") or (
        _text_at(toks, i + 1) == "que" and _text_at(toks, i + 2) == "viene"
    )
    points.append(_Point(i, "weekday", offset=_WEEKDAYS[word], strict=strict, weak=True))
    return i + 1


def _word_before(toks: list[_Tok], pos: int) -> str:
    """The nearest word before a date, skipping articles ("desde el", "hasta el dia")."""
    k = pos - 1
    while k > 0 and pos - k < 3 and _text_at(toks, k) in _MARKER_FILLER:
        k -= 1
    return _text_at(toks, k)


def _role_before(toks: list[_Tok], pos: int) -> str | None:
    """ "start"/"end" from the marker before a date ("desde el", "hasta el", "al")."""
    word = _word_before(toks, pos)
    if word in _START_MARKERS:
        return "start"
    return "end" if word in _END_MARKERS else None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def _inherit(start: _Point, end: _Point) -> None:
    """A month or year named once applies to both ends of a range.

    If that would put the start after the end ("del 28 al 2 de diciembre"), the
    start takes the month (or year) before: 28/11 -> 2/12.
    """
    if start.month is None and end.month is not None:
        start.month, start.year = end.month, end.year
        if start.day > end.day:
            year, month = _add_months(start.year or 2000, start.month, -1)
            start.month, start.year = month, (year if start.year else None)
    elif start.year is None and end.year is not None and start.month is not None:
        start.year = end.year
        if (start.month, start.day) > (end.month or 0, end.day):
            start.year -= 1


def _first_on_or_after(point: _Point, floor: date) -> date | None:
    """The first date matching a partial explicit point that is >= floor."""
    if point.month is not None and point.year is not None:
        return _safe_date(point.year, point.month, point.day)
    if point.month is not None:
        for year in range(floor.year, floor.year + 5):  # 5 years always includes a 29/2
            found = _safe_date(year, point.month, point.day)
            if found and found >= floor:
                return found
        return None
    for delta in range(0, 13):
        year, month = _add_months(floor.year, floor.month, delta)
        found = _safe_date(year, month, point.day)
        if found and found >= floor:
            return found
    return None


def _resolve(point: _Point, floor: date, today: date) -> date | None:
    """Resolve a point to the first matching date on or after ``floor``."""
    if point.kind == "relative":
        return today + timedelta(days=point.offset)
    if point.kind == "weekday":
        ahead = (point.offset - floor.weekday()) % 7
        if ahead == 0 and point.strict and floor == today:
            ahead = 7
        return floor + timedelta(days=ahead)
    return _first_on_or_after(point, floor)


def _pick_range(toks: list[_Tok], points: list[_Point]) -> tuple[_Point | None, _Point | None, int]:
    """Start and end mentions, plus how many dates were listed with "y" (else 0).

    Normally the first two dates, swapped if markers say so ("salida el 18, entrada el
    15"). A list joined by "y" ("viernes y sábado", "el 24 y 25 de diciembre") may name
    the nights, see _resolve_stay; "entre el 15 y el 18" is a range.
    """
    if not points:
        return None, None, 0
    first = points[0]
    if len(points) == 1:
        return (None, first, 0) if first.role == "end" else (first, None, 0)
    second = points[1]
    # "el 15 o el 16": alternatives, not a range; keep the first.
    if any(t.text == "o" for t in toks[first.pos + 1 : second.pos]):
        return first, None, 0
    if first.role == "end" and second.role == "start":
        first, second = second, first
    listed = [first]
    for point in points[1:]:
        between = {t.text for t in toks[listed[-1].pos + 1 : point.pos]}
        if not between <= _LIST_GLUE or point.role:
            break
        listed.append(point)
    joined_by_y = any(t.text == "y" for t in toks[first.pos + 1 : listed[-1].pos])
    if len(listed) > 1 and joined_by_y and _word_before(toks, first.pos) != "entre":
        return first, listed[-1], len(listed)
    return first, second, 0


def _resolve_stay(
    start: _Point | None, end: _Point | None, today: date, listed: int
) -> tuple[date | None, date | None]:
    if start and end and start.kind == end.kind == "explicit":
        _inherit(start, end)
    check_in = _resolve(start, today, today) if start else None
    if end is None:
        return check_in, None
    if check_in is None:
        return None, _resolve(end, today, today)
    # The end rolls forward (month, then year) until it is after the start.
    check_out = _resolve(end, check_in + timedelta(days=1), today)
    if check_out is None or check_out <= check_in:
        return check_in, None
    # Consecutive listed days are the nights ("viernes y sábado": out on Sunday), except
    # "sábado y domingo", which names the weekend days: one night, out on Sunday.
    consecutive = listed > 1 and (check_out - check_in).days == listed - 1
    saturday_sunday = check_in.weekday() == 5 and listed == 2 and start.kind == "weekday"
    if consecutive and not saturday_sunday:
        check_out += timedelta(days=1)
    return check_in, check_out


def _weekend(today: date, long_weekend: bool) -> tuple[date, date]:
    """ "Este finde" / "el fin de semana": the upcoming Friday to Sunday.

    From Monday to Friday that is this week's Friday (today, on a Friday). On
    Saturday or Sunday this weekend's Friday is already past and the guest is
    in the middle of it, so we offer the next full weekend (next Friday) rather
    than a one-night stay starting today. A long weekend ("finde largo") runs
    Friday to Monday, the usual Argentine holiday weekend.
    """
    friday = today + timedelta(days=(4 - today.weekday()) % 7)
    return friday, friday + timedelta(days=3 if long_weekend else 2)


def _weekend_around(day: date, long_weekend: bool) -> tuple[date, date | None]:
    """ "El finde del 12": the Friday-Sunday weekend containing that day."""
    if day.weekday() < 4:
        return day, None
    friday = day - timedelta(days=day.weekday() - 4)
    return friday, friday + timedelta(days=3 if long_weekend else 2)


# ---------------------------------------------------------------------------
# Nights and guests
# ---------------------------------------------------------------------------


def _find_nights(toks: list[_Tok]) -> int | None:
    """ "3 noches", "una noche", "una semana" (7), "2 semanas" (14), "un par de noches".

    "N días" also counts as N nights: renting by the day means by the night here
    ("precio por día"), and it is only used when no nights or weeks are given.
    """
    for units in ({"noche": 1, "noches": 1, "semana": 7, "semanas": 7}, {"dia": 1, "dias": 1}):
        for i, t in enumerate(toks):
            per_unit = units.get(_text_at(toks, i + 1))
            if not per_unit or t.kind != "num" or t.used or not 1 <= t.value <= 60:
                continue
            # "hace 2 días", "en 3 días", "cada 2 semanas" are not the stay's length.
            if _text_at(toks, i - 1) in ("hace", "en", "dentro", "cada"):
                continue
            t.used = True
            return t.value * per_unit
    return None


@dataclass(slots=True)
class _GuestCounts:
    total: int = 0
    adults: int = 0
    children: int = 0
    couples: int = 0  # people coming as couples: 2 per couple
    solo: int = 0
    children_added: bool = False  # "4 personas y un bebé": the children come on top


def _noun_category(toks: list[_Tok], i: int) -> str | None:
    """Category of the noun after the number at i ("sola"/"solo" may sit in between)."""
    j = i + 2 if _text_at(toks, i + 1) in ("sola", "solo", "mas") else i + 1
    word = _text_at(toks, j)
    if word in _TOTAL_NOUNS:
        return "total"
    if word in _ADULT_NOUNS:
        return "adults"
    if word in _CHILD_NOUNS:
        return "children"
    if word in _COUPLE_NOUNS:
        return "couples"
    return None


def _count_guest_tokens(toks: list[_Tok], counts: _GuestCounts) -> None:
    """Numbers with a person noun ("2 adultos") or a party prefix ("somos 4", "para 4")."""
    noun_first = _noun_first_layout(toks)
    for i, t in enumerate(toks):
        if t.kind != "num" or t.used or not 1 <= t.value <= 50:
            continue
        if _groups_of(toks, i, counts):
            continue
        if noun_first:
            category = _noun_category(toks, i - 2)  # "adultos: 2": the noun before the number
        else:
            category = _noun_category(toks, i) or ("total" if _is_party_size(toks, i) else None)
        if category == "total":
            counts.total = max(counts.total, t.value)
        elif category == "adults":
            counts.adults += t.value
        elif category == "children":
            counts.children += t.value
            if _text_at(toks, i - 1) in ("y", "mas", "+") and (counts.total or counts.adults):
                counts.children_added = True
        elif category == "couples":
            counts.couples += 2 * t.value
        else:
            continue
        t.used = True


def _groups_of(toks: list[_Tok], i: int, counts: _GuestCounts) -> bool:
    """ "2 familias de 4", "dos grupos de 3": groups times their size."""
    if _text_at(toks, i + 1) not in ("familias", "grupos") or _text_at(toks, i + 2) != "de":
        return False
    size = toks[i + 3] if i + 3 < len(toks) else None
    if size is None or size.kind != "num" or size.used or not 1 <= size.value <= 20:
        return False
    if _is_noun_after(toks, i + 3) and _noun_category(toks, i + 3) is None:
        return False  # "2 familias de 3 autos"? not people
    counts.total = max(counts.total, toks[i].value * size.value)
    toks[i].used = size.used = True
    return True


def _noun_first_layout(toks: list[_Tok]) -> bool:
    """A form-like message, "adultos: 2, menores: 1", names each group before its number.

    True when the first person noun comes before every number and is followed by
    one (so "2 adultos 2 niños" and "los adultos somos 2" are not this layout).
    """
    for i, t in enumerate(toks):
        if t.kind == "num" and not t.used:
            return False
        if t.kind == "word" and _noun_category(toks, i - 1) in ("total", "adults", "children"):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            return (
                nxt is not None
                and nxt.kind == "num"
                and not nxt.used
                and _text_at(toks, i + 2) not in _UNIT_WORDS
            )
    return False


def _is_party_size(toks: list[_Tok], i: int) -> bool:
    """A bare number that counts people: "somos 4", "para 4", "familia de 5", "6 en total"."""
    if toks[i].text in _ARTICLES or _is_noun_after(toks, i) or _month_at(toks, i + 1):
        return False
    prev = _text_at(toks, i - 1)
    family = prev == "de" and _text_at(toks, i - 2) in ("familia", "grupo")
    in_total = _text_at(toks, i + 1) == "en" and _text_at(toks, i + 2) == "total"
    return prev in _TOTAL_PREFIX or family or in_total


def _couple_match(canon: str) -> re.Match[str] | None:
    for match in _COUPLE_RE.finditer(canon):
        if not (
            match.group(0).startswith("con ") and _CONSULT_BEFORE_RE.search(canon[: match.start()])
        ):
            return match
    return None


def _find_guests(toks: list[_Tok], canon: str) -> int | None:
    """Party size: "para 4", "somos 2 adultos y 3 chicos", "en pareja", "familia de 5"."""
    counts = _GuestCounts()
    _count_guest_tokens(toks, counts)
    if _PARENTS_RE.search(canon):
        counts.couples = max(counts.couples, 3)
    elif couple := _couple_match(canon):
        extra = sum(
            1
            for m in _EXTRA_COMPANION_RE.finditer(canon)
            if m.start() >= couple.end() or m.end() <= couple.start()
        )  # "con mi esposa y mi hija": one more; "yo y mi hermana" is the couple itself
        counts.couples = max(counts.couples, 2) + extra
    if _SOLO_RE.search(canon):
        counts.solo = 1
    if _FAMILY_TYPE_RE.search(canon):  # Argentine "familia tipo": two adults, two kids
        counts.total = max(counts.total, 4)
    parts = counts.adults + counts.couples + counts.solo
    if parts:
        guests = max(counts.total, parts + counts.children)
        if not counts.total and not counts.children and _UNCOUNTED_KIDS_RE.search(canon):
            return None  # "mi señora y yo con los chicos": we cannot know how many
    elif counts.children:
        # "somos 5 con 3 chicos" includes them; "somos 4 y 2 bebés" adds them;
        # "tenemos 2 nenes" says nothing about the adults.
        if not counts.total:
            return None
        if counts.children_added:
            guests = counts.total + counts.children
        else:
            guests = max(counts.total, counts.children)
    else:
        guests = counts.total
    return guests if 1 <= guests <= 50 else None


# ---------------------------------------------------------------------------
# Intent, topics, yes/no, choices
# ---------------------------------------------------------------------------


def _canonicalize(norm: str) -> str:
    return _ANY_REWRITE_RE.sub(_rewrite, norm)


def _rewrite(match: re.Match[str]) -> str:
    for pattern, repl in _CANONICAL_REWRITES:
        if pattern.fullmatch(match.group(0)):
            return repl
    return match.group(0)


def _topics(canon: str, cancel_policy_at: int | None) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for topic, pattern in _TOPIC_PATTERNS:
        match = pattern.search(canon)
        if match:
            found.append((match.start(), topic))
    if cancel_policy_at is not None:
        found.append((cancel_policy_at, "cancellation"))
    return tuple(topic for _, topic in sorted(found))


def _cancel_kind(canon: str) -> tuple[bool, int | None]:
    """(wants to cancel, where a question about the cancellation policy starts, if any)."""
    wants = False
    refund = _REFUND_RE.search(canon)
    policy_at = refund.start() if refund else None
    for match in _CANCEL_RE.finditer(canon):
        if _CANCEL_HYPOTHETICAL_RE.search(canon[: match.start()]):
            policy_at = min(match.start(), policy_at if policy_at is not None else len(canon))
        else:
            wants = True
    return wants, policy_at


def _asks_price(canon: str, question: bool = False) -> bool:
    # An amount per night asked about ("120 mil x 3 noches?") questions the price;
    # stated ("me pasaron $50000 por 2 noches") it may just be reporting a quote.
    if _PRICE_RE.search(canon) or (question and _AMOUNT_PER_RE.search(canon)):
        return True
    for match in _CUANTO_RE.finditer(canon):
        # "a cuánto queda", "cuánto tiempo", "cuanto antes" are not about money.
        after, then = match.group(2), match.group(3)
        if after == "hay" and then in ("de", "desde", "hasta"):  # "cuánto hay de acá a..."
            continue
        if match.group(1) != "a" and after not in _CUANTO_NOT_PRICE:
            return True
    return False


def _wants_booking(canon: str) -> bool:
    if _BOOK_RE.search(canon):
        return True
    return bool(_BOOK_NOUN_RE.search(canon)) and not _EXISTING_BOOKING_RE.search(canon)


def _choice(canon: str) -> tuple[int | None, bool]:
    """(option number, whether the whole message is just that choice)."""
    match = _CHOICE_RE.match(canon)
    if match:
        raw = match.group(1)
        value = int(raw) if raw.isdigit() else _ORDINALS.get(raw) or _NUMBER_WORDS[raw]
        if 1 <= value <= 10:  # "el 15" alone is a day, not a menu option
            return value, True
    inline = _INLINE_CHOICE_RE.search(canon)
    if inline and 1 <= int(inline.group(1)) <= 10:
        return int(inline.group(1)), False
    return None, False


def _affirm_deny(canon: str, raw: str) -> tuple[bool, bool]:
    raw_start = _strip_accents(raw).lower().lstrip()
    deny = bool(_DENY_RE.search(canon) or _RAW_NO_RE.match(raw_start))
    if deny:
        return False, True
    if canon.startswith("si ") and _CONDITIONAL_SI_RE.match(canon):
        affirm = bool(_RAW_SI_RE.match(raw.lower().lstrip()))
    else:
        affirm = bool(_AFFIRM_RE.search(canon))
    return affirm, False


def _decide_intent(
    canon: str,
    *,
    wants_cancel: bool,
    has_stay_data: bool,
    topics: tuple[str, ...],
    question: bool,
) -> str:
    if _HUMAN_RE.search(canon):
        return "human"
    if wants_cancel:
        return "cancel"
    # "Ya tengo una reserva del 15 al 18, ¿a qué hora es el check in?": the dates
    # describe the guest's booking, the question is the point.
    if topics and _EXISTING_BOOKING_RE.search(canon):
        return "info"
    if _wants_booking(canon):
        return "book"
    if _asks_price(canon, question):
        return "prices"
    if has_stay_data or _AVAIL_RE.search(canon):
        return "availability"
    if topics or _INFO_GENERIC_RE.search(canon):
        return "info"
    if _THANKS_RE.search(canon):
        return "thanks"
    if _GREETING_RE.search(canon):
        return "greeting"
    return "unknown"


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Stay:
    check_in: date | None = None
    check_out: date | None = None
    nights: int | None = None
    guests: int | None = None
    month: int | None = None
    weekend: bool = False


def _find_stay(canon: str, today: date, booking_words: bool) -> _Stay:
    toks = _tokenize(_mask_noise(canon))
    points, named = _find_points(toks)
    if relative := _RELATIVE_MONTH_RE.search(canon):
        delta = 0 if relative.group(0).startswith("este") else 1
        named.append(_add_months(today.year, today.month, delta)[::-1])
    _give_month(points, named)
    months = [month for month, _ in named]
    stay = _Stay(nights=_find_nights(toks), guests=_find_guests(toks, canon))
    weekend_at = next((i for i, t in enumerate(toks) if t.text == "finde"), None)
    stay.weekend = weekend_at is not None
    context = booking_words or bool(stay.guests or stay.nights or stay.weekend)
    points = _keep_points(points, canon, context, len(toks))
    start, end, listed = _pick_range(toks, points)
    stay.check_in, stay.check_out = _resolve_stay(start, end, today, listed)
    if weekend_at is not None:
        _apply_weekend(stay, toks, weekend_at, today)
        # "el finde largo de diciembre": some weekend of that month, we cannot tell which.
        if months and stay.check_in and stay.check_in.month != months[0] and not points:
            stay.check_in = stay.check_out = None
    _apply_nights(stay)
    if months and not stay.check_in and not stay.check_out and not _SEE_YOU_RE.search(canon):
        stay.month = months[0]
    return stay


def _give_month(points: list[_Point], named: list[tuple[int, int | None]]) -> None:
    """ "enero 2027, del 10 al 15", "dos semanas en enero desde el 2": a month named
    apart from monthless days applies to them (the end of a range, which _inherit
    then shares with the start). Two different months named: too vague, left alone.
    """
    if not named or len({month for month, _ in named}) > 1:
        return
    targets = [p for p in points[:2] if p.kind == "explicit" and p.month is None]
    if targets:
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
        if not p.weak or (not deferring and (p.kind != "relative" or p.offset or size <= 3))
    ]


def _apply_weekend(stay: _Stay, toks: list[_Tok], at: int, today: date) -> None:
    long_weekend = _text_at(toks, at + 1) == "largo"
    if stay.check_in is None and stay.check_out is None:
        stay.check_in, stay.check_out = _weekend(today, long_weekend)
    elif stay.check_in and stay.check_out is None:
        stay.check_in, stay.check_out = _weekend_around(stay.check_in, long_weekend)
    if stay.nights and stay.check_in:  # "el finde, 3 noches": the nights decide departure
        stay.check_out = stay.check_in + timedelta(days=stay.nights)


def _apply_nights(stay: _Stay) -> None:
    """Complete the missing end from a stated length, then derive the length."""
    if stay.nights and stay.check_in and not stay.check_out:
        stay.check_out = stay.check_in + timedelta(days=stay.nights)
    elif stay.nights and stay.check_out and not stay.check_in:
        stay.check_in = stay.check_out - timedelta(days=stay.nights)
    if stay.check_in and stay.check_out:
        stay.nights = (stay.check_out - stay.check_in).days


def parse(text: str, today: date) -> Understanding:
    """Understand one guest message; ``today`` anchors every relative or partial date."""
    norm = normalize(text)
    canon = _canonicalize(norm)
    affirm, deny = _affirm_deny(canon, text)
    greeted = bool(_GREETING_RE.search(canon))
    choice, only_choice = _choice(canon)
    if only_choice:
        return Understanding("unknown", choice=choice, affirm=affirm, greeted=greeted, text=norm)
    wants_cancel, cancel_policy_at = _cancel_kind(canon)
    topics = _topics(canon, cancel_policy_at)
    question = "?" in text
    booking_words = bool(
        _AVAIL_RE.search(canon) or _wants_booking(canon) or _asks_price(canon, question)
    )
    stay = _find_stay(canon, today, booking_words)
    has_stay_data = any(
        value is not None
        for value in (stay.check_in, stay.check_out, stay.nights, stay.guests, stay.month)
    )
    intent = _decide_intent(
        canon,
        wants_cancel=wants_cancel,
        has_stay_data=has_stay_data,
        topics=topics,
        question=question,
    )
    return Understanding(
        intent=intent,
        check_in=stay.check_in,
        check_out=stay.check_out,
        guests=stay.guests,
        nights=stay.nights,
        month=stay.month,
        topic=topics[0] if topics else None,
        topics=topics,
        choice=choice,
        affirm=affirm,
        deny=deny,
        greeted=greeted,
        text=norm,
    )
