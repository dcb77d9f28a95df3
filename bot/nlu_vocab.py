"""Word tables for bot.nlu: the Spanish vocabulary every other nlu module reads.

Months, weekdays, number words, ordinals, chat shorthand, common words the typo
matcher must leave alone and its correction targets, the nouns that follow a
number (units, people), and the words before a number or date that give it a
role (party size, day of month, start or end of a stay). Data only, no logic.
"""

from __future__ import annotations

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "enero ene",
            "febrero feb",
            "marzo mzo",
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
# These are also words ("el mar", "ago", "set") so they count only right after a day;
# "ab" is April cut to two letters ("del 10 al 13 de ab"), no word of its own.
_MONTH_ABBR_AFTER_DAY: dict[str, int] = {
    "mar": 3,
    "may": 5,
    "ago": 8,
    "sep": 9,
    "set": 9,
    "ab": 4,
}

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
        "para": "p xa pa pra",  # "pra": a slip, and Brazilians' "para"
        "con": "c",
        "despues": "dsp dps",
        "tambien": "tmb tb tmbn",
        "porfa": "xfa pls plis",
        "finde": "fds findesemana",
        "gracias": "grax grx grs gcias grac grasias",
        "hola": "ola hla hoal hols",
        "buenas": "bnas bns wenas guenas",
        "buenos": "bnos",
        "buenos dias": "bdias bdia buendia buendias",
        "bien": "bn",
        "bueno": "bno",
        "ok": "oki okis okey okay oka",
        "si": "sip sisi",
        "no": "nop nope",
        "manana": "maniana mnn mnna manna",
        "ano": "anio",  # "ñ" typed "ni", as "maniana": "el último finde del anio"
        "anos": "anios",
        "wifi": "wify wiffi wifii wiifi",
        "personas": "pers ppl prs prsn prsns prsnas psnas",
        "pasajeros": "psj psjs pasj pasjs",  # a travel agent's and a retiree's shorthand
        "noches": "noch nochs",  # "2 noch desde el 20": a length cut short
        "habitaciones": "hab habs recamaras",
        "dormitorios": "dorm",
        "ambientes": "amb",
        "numero": "nro num",
        "viernes": "vie vier",
        "sabado": "sab",
        "domingo": "dom",
        "lunes": "lun lune",
        "jueves": "jue juev",
        "martes": "mart",
        "miercoles": "mie mier mierc",
        "hs": "hr hrs h",
        "senora": "sra",
        "senor": "sr",
        "familia": "flia",
        "familias": "flias",
        "chicos": "chiques",
        "bebe": "bb",
        "ninos": "nines",
        "disponibilidad": "dispo disp",
        "telefono": "tel",
        "donde": "dnd",
        "ubicacion": "ubi",
        "transferencia": "transfe transf",
        "somos": "somo semos smos",
        "proximo": "prox",
        "cuando": "cdo",
        "desde": "dsd",
        "semana": "sem",
        "hablar": "ablar",  # a dropped h: "kiero ablar con alguien"
        "cuanto": "cnt",
        # Round 13: teenagers' single letters ("q alguien m atienda", "t aviso"), "pal"
        # ("para el"), "tranqui"; other Latin Americans' words for the pool, bedrooms.
        "me": "m",
        "te": "t",
        "para el": "pal",
        "o sea": "osea",
        "tranquilo": "tranqui",
        "pileta": "alberca",
        "piletas": "albercas",
        "habitacion": "recamara",
        "foto": "fotografia",
        "fotos": "fotografias",
        # Round 25: twins by their nicknames ("los mellis", "las mellicitas") are twins.
        "mellizos": "mellis mellicitos mellizitos",
        "mellizas": "mellicitas mellizitas",
        "gemelos": "gemelitos",
        "gemelas": "gemelitas",
    }.items()
    for short in shorts.split()
}
# A few English words of foreign tourists ("from dec 15 to 18 for 2 people"), read as their
# Spanish. Only words that are no Spanish word, so Spanish text is left untouched.
_ABBREVIATIONS |= {
    english: spanish
    for spanish, words in {
        "desde": "from",
        "al": "to",
        "para": "for",
        "y": "and",
        "de": "of",
        "si": "yes yeah yep",
        "porfa": "please",
        "noche": "night",
        "noches": "nights",
        "personas": "people persons",
        "familia": "family",
        "familias": "families",
        "huespedes": "guests",
        "adultos": "adults",
        "chicos": "kids children",
        "chico": "kid child",
        "bebe": "baby",
        "enero": "january jan",
        "febrero": "february",
        "marzo": "march",
        "abril": "april apr",
        "junio": "june",
        "julio": "july",
        "agosto": "august aug",
        "septiembre": "september",
        "octubre": "october",
        "noviembre": "november",
        "diciembre": "december dec",
        "hoy": "today tonight",
        "manana": "tomorrow",
        "finde": "weekend",
        "este": "this",
        "hasta": "until till",
        "semana": "week",
        "semanas": "weeks",
        # Session 21: "in a month for 3 nights", "in 10 days" (see the "in" rewrites).
        "mes": "month",
        "meses": "months",
        "dias": "days",
        "lunes": "monday",
        "martes": "tuesday",
        "miercoles": "wednesday",
        "jueves": "thursday",
        "viernes": "friday",
        "sabado": "saturday",
        "domingo": "sunday",
        # "uno", not the article "una": "for one" is one guest, "one week" still 7 nights.
        "uno": "one",
        "dos": "two",
        "tres": "three",
        "cuatro": "four",
        "cinco": "five",
        "seis": "six",
        "siete": "seven",
        "ocho": "eight",
        "nueve": "nine",
        "tarjeta": "card",  # "can I pay by credit card?"
        "efectivo": "cash",
        # Round 20: a list and a summary answered in English ("the first one please",
        # "yes, confirm", "ok paid!").
        "primera": "first",
        "segunda": "second",
        "tercera": "third",
        "confirmo": "confirm",
        "pague": "paid",
        # Session 19: "how do I pay?", "is breakfast included?", "any pets?".
        "pagar": "pay",
        "desayuno": "breakfast",
        "mascotas": "pets",
        "parrilla": "grill bbq barbecue",
        # Session 19 (h6): the rest of a tourist's whole journey in simple English: the
        # kids ("1 child"), "a family of 4", "option 2", a yes on the summary ("perfect"),
        # what the cabins have ("fireplace", "kitchen", "towels"), where they are ("far
        # from town", "near the lake"), a refund, arriving late.
        "con": "with",
        "opcion": "option",
        "numero": "number",
        "perfecto": "perfect",
        "genial": "great",
        "hogar": "fireplace",
        "cocina": "kitchen",
        "camas": "beds",
        "cama": "bed",
        "dormitorios": "bedrooms",
        "dormitorio": "bedroom",
        "toallas": "towels",
        "sabanas": "sheets",
        "lejos": "far",
        "centro": "town downtown",
        "cerca": "near close closer nearby",
        "lago": "lake",
        "credito": "credit",
        "tarjetas": "cards",
        "minimo": "minimum",
        "reembolso": "refund refunds refunded",
        "cancelacion": "cancellation",
        "politica": "policy",
        "llegar": "arrive",
        "llegamos": "arriving",
        "plata": "money",
        "mi": "my",
        "esposa": "wife",
        "marido": "husband",
        "novia": "girlfriend",
        "novio": "boyfriend",
        "pareja": "partner",
        "calefaccion": "heating",
        "estufa": "heater",
        "pileta": "pool",
        "lavarropas": "washer",
        "reembolsable": "refundable",
        "navidad": "christmas xmas",
        "grupo": "group party",
        "reserve": "booked",  # "reservé", accents gone: "I booked a cabin, I need to change…"
        "cambiar": "change",
        "fechas": "dates",
        "fecha": "date",
        "descuento": "discount",
        "agregar": "add",
        "mas": "more",
        "vista": "view",
        "diferencia": "difference",
        # Session 22: a tourist's first message: "we're 4 friends" (the apostrophe gone:
        # "were").
        "somos": "were",
        "amigos": "friends",
        "amigo": "friend",
    }.items()
    for english in words.split()
}
# Brazilian tourists' Portuguese, read the same way: only words that are no Spanish word
# ("olá" is already "hola"; "cachorro", their dog, is a pet word here too).
_ABBREVIATIONS |= {
    portuguese: spanish
    for spanish, words in {
        "gracias": "obrigado obrigada obrigadao brigado brigada",
        "muy": "muito muita",
        "buen": "bom",
        "buenas": "boa",
        "noche": "noite",
        "noches": "noites",
        "hola": "oi",
        "cuanto": "quanto",
        "cuesta": "custa",
        "precio": "preco",
        "cual": "qual",
        "tienen": "tem",
        "lugar": "vaga vagas",
        # Round 13: the months, numbers and words of a Brazilian asking for a stay in their
        # own words ("tem lugar para 4 pessoas de 10 a 15 de janeiro?").
        "enero": "janeiro",
        "febrero": "fevereiro",
        "mayo": "maio",
        "junio": "junho",
        "julio": "julho",
        "septiembre": "setembro",
        "octubre": "outubro",
        "noviembre": "novembro",
        "diciembre": "dezembro",
        "dos": "dois duas",
        "cuatro": "quatro",
        "siete": "sete",
        "ocho": "oito",
        "nueve": "nove",
        "diez": "dez",
        "un": "um",
        "una": "uma",
        "en": "em",
        "del": "do",
        "al": "ao",
        "por la": "pela",
        "manana": "amanha",
        "pareja": "casal",
        "chico": "crianca",
        "ano nuevo": "reveillon",
        "hablar": "falar",
        "con": "com",
        "persona": "pessoa",
        "dueno": "proprietario proprietaria dono",
        "llamar": "ligar",
        "prefiero": "prefiro",
        "donde": "onde",
        "queda": "fica",
        "direccion": "endereco",
        "entran": "cabem",
        "pagan": "pagam",
        "aire": "ar",
        "acondicionado": "condicionado",
        "transferencia": "pix",
        "sena": "sinal",
        "hice": "fiz",
        "hogar": "lareira",
        "parrilla": "churrasqueira",
        "asado": "churrasco",
        "ustedes": "voces",
        "alojamiento": "hospedagem",
        "habitacion": "quarto",
        "quisiera": "gostaria",
        "lejos": "longe",
        "toallas": "toalhas",
        "ropa": "roupa",
        "y": "e",
        "cuantas": "quantas",
        "cuantos": "quantos",
        "puede": "pode",
        "telefono": "telefone",
        "nuevo": "novo",
        "alguien": "alguem",
        "parejas": "casais",
        "fin": "fim",
        "personas": "pessoas",
        "quiero": "quero",
        "hacer": "fazer",
        "chicos": "criancas",
        "tarjeta": "cartao",
        "disponibilidad": "disponibilidade",
        "acepta": "aceita",
        "aceptan": "aceitam",
    }.items()
    for portuguese in words.split()
}

# Words close to key vocabulary that must never be "corrected" into it, plus
# frequent words, so the typo matcher leaves ordinary Spanish alone.
_COMMON_WORDS = frozenset(
    """
    a al algo alguien algun alguna algunas algunos alla alli ahi ahora aca asi aun aunque
    mananas mananitas manada
    abrir abren abre abierto abierta adentro afuera agua ahorro aire alto alta amigo amiga
    companero companera
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
    cancelala cancelalo cancelenla cancelenlo cancelemos cancelara cancelaria cancelase
    anulala anulalo anular anularla
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
    largo larga largos largas
    nieve nieves chino chinos china chinas hablas pasamelo pasamela pasame
    rinde rinden mueve mueves mueven moven domo domos mina minas genes
    """.split()
)

# Correction targets: key words whose typos matter ("diciembr", "disponibilida").
_FUZZY_TARGETS: tuple[str, ...] = tuple(
    """
    enero febrero marzo abril junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miercoles jueves viernes sabado domingo disponibilidad disponible
    disponibles reservar reserva reservame reservo reservamos cancelar cancelacion personas
    persona adultos menores
    noches semana gracias mascotas mascota estacionamiento cochera parrilla pileta piscina
    desayuno sabanas toallas ubicacion direccion huespedes operador humano precio precios
    tarifa tarifas cuanto cuesta buenas buenos tardes finde checkin checkout parejas pareja
    internet informacion habitaciones ingreso egreso calefaccion acondicionado
    feriado feriados largo navidad
    """.split()
)

# Nouns that make a preceding number something other than a day or a guest count. Weights
# and lengths too (session 25: "llegamos el 3 ... perros de hasta 10 kg" left on the 10th).
_UNIT_WORDS = frozenset(
    """
    noche noches dia dias semana semanas mes meses hs hora horas minutos min km kilometros
    metros cuadras mil k lucas pesos dolares usd habitacion habitaciones dormitorio
    dormitorios ambiente ambientes cabana cabanas cama camas bano banos auto autos coche
    coches camioneta camionetas vehiculo vehiculos moto motos motorhome perro perros perra
    perras perrito perritos mascota mascotas gato gatos
    quincena quincenas nochecita nochecitas semanita semanitas finde
    estrellas ano anos plazas piso pisos veces porciento cuotas xtime xprice xphone xnum
    kg kgs kilo kilos kilogramos kms mts cm litros lts gramos
    """.split()
)

_TOTAL_NOUNS = frozenset(
    "persona personas personitas pax huesped huespedes pasajero pasajeros integrantes almas".split()
)
# Friends are adults of the party ("somos 4 amigos y 2 chicos"), but only as its
# subject: "vamos con 2 amigos" leaves the writer and the rest uncounted.
_FRIEND_NOUNS = frozenset("amigos amigas amigues companeros companeras".split())
# Singles come beside couples ("3 parejas y 2 solteros"): adults, one each.
_ADULT_NOUNS = (
    frozenset(
        """adulto adultos adulta adultas mayor mayores grandes joven jovenes soltero solteros
        soltera solteras""".split()
    )
    | _FRIEND_NOUNS
)
_CHILD_NOUNS = frozenset(
    """
    nino ninos nina ninas chico chicos chica chicas menor menores bebe bebes beba bebas bebito
    bebitos bebita nene nenes nena
    nenas hijo hijos hija hijas criatura criaturas chiquito chiquitos chiquita chiquitas
    peque peques adolescente adolescentes nieto nietos nieta nietas
    pibe pibes piba pibas pibito pibitos pibita pibitas guri gurises gurisa gurisas
    botija botijas chamaco chamacos chamaca chamacas guagua guaguas crio crios infante infantes
    """.split()
)
_COUPLE_NOUNS = frozenset({"pareja", "parejas", "matrimonio", "matrimonios"})
# Pets by kind or breed: "tenemos uno chiquito" after one of these is the pet, not a kid.
_PET_WORDS = frozenset(
    """
    perro perros perra perras perrito perritos perrita perritas perrote cachorro cachorros
    cachorra cachorras cachorrito cachorrita mascota mascotas gato gatos gata gatas gatito
    gatitos gatita gatitas caniche caniches labrador labradores golden ovejero ovejeros
    bulldog beagle collie salchicha chihuahua yorkshire schnauzer pitbull rottweiler dogo
    galgo husky cocker maltes pug terrier bichon pekines michi michis
    goldens bulldogs beagles collies salchichas chihuahuas yorkshires schnauzers pitbulls
    rottweilers dogos galgos huskies cockers malteses pugs terriers bichones
    """.split()
)
# Size words that are also people ("somos 2 grandes", "uno chiquito"): after a pet named,
# "tenemos uno chiquito" is the pet.
_SIZE_NOUNS = frozenset("chiquito chiquita chiquitos chiquitas grande grandes".split())
# Groups counted ("2 familias de 4"): after "el martes 2 familias" the 2 is no day.
_GROUP_NOUNS = frozenset("familia familias grupo grupos".split())
# Pets by any name count no one: "somos 2 y 2 caniches", "2 y 1 golden" (session 24).
_NOUNS_AFTER_NUMBERS = (
    _UNIT_WORDS
    | _PET_WORDS
    | _TOTAL_NOUNS
    | _ADULT_NOUNS
    | _CHILD_NOUNS
    | _COUPLE_NOUNS
    | _GROUP_NOUNS
)

# Words before "x N" / "por N" that make N the party size: a place to stay ("cabaña x 4",
# "lugar por 2") or a length, whose own number is already taken ("2 noches x 4").
_PER_PARTY_WORDS = frozenset(
    """
    cabana cabanas cabanita depto departamento casa casita alojamiento lugar algo
    noche noches semana semanas finde
    """.split()
)

# Words right before a number that make it a guest count ("somos 4", "para 4").
# "cantidad 4" / "cant: 4" heads a form's count of people (a count of nights or days names
# its noun: "cantidad de noches: 3").
_TOTAL_PREFIX = frozenset(
    """
    somos son para vamos viajamos iriamos vendriamos nosotros total personas pax huespedes
    estamos cantidad cant
    """.split()
)

# "¿Entramos 4?", "¿cabemos los 5?": the guest's own party asked to fit, not a day (an
# arrival reads "entramos el 4", "entramos 4 de enero", "entramos 4 al 6"). "¿Entran 5?"
# asks a cabin's capacity, no party of the guest's (round 15).
_FIT_VERBS = frozenset("entramos entrariamos cabemos cabriamos".split())

# Words right before a bare number that make it a day of the month.
_DAY_PREFIX = frozenset(
    """
    el del al desde hasta entre dia entrada salida ingreso egreso checkin checkout llegada
    llegamos regreso regresamos llego llegaria llegariamos llegando ingresamos ingresariamos
    entramos entrariamos entro entrando ingresando salimos saldriamos volvemos partimos salgo
    saliendo egresamos egresando
    """.split()
)
_START_MARKERS = frozenset(
    """
    para del desde entre entrada ingreso checkin llegada llegamos llego llegaria llegariamos
    llegando ingresamos ingresariamos entramos entrariamos entro entrando ingresando
    """.split()
)
_END_MARKERS = frozenset(
    """
    al hasta salida egreso checkout salimos saldriamos volvemos regreso regresamos partimos salgo
    saliendo egresamos egresando
    """.split()
)
# Tokens that may sit between the dates of a list ("viernes, sábado y domingo").
# "para" too: "para hoy y para mañana" lists the nights like "hoy y mañana".
_LIST_GLUE = frozenset({"y", "el", "los", "la", "las", "dia", "dias", "noche", "noches", "para"})
# Words skipped when looking back from a date for its start/end marker.
_MARKER_FILLER = frozenset({"el", "la", "dia", "los", "las"})

# Holidays by name -> the key bot.nlu_dates computes their stay from. Phrases are matched
# as whole token sequences of the canonical text ("año" is "ano" there).
_HOLIDAY_NAMES: dict[tuple[str, ...], str] = {
    ("semana", "santa"): "semana_santa",
    ("pascua",): "semana_santa",
    ("pascuas",): "semana_santa",
    ("carnaval",): "carnaval",
    ("carnavales",): "carnaval",
    ("navidad",): "navidad",
    ("nochebuena",): "navidad",
    ("ano", "nuevo"): "ano_nuevo",
    ("fin", "de", "ano"): "fin_de_ano",
    ("reyes",): "reyes",
}
# Words before a holiday that make it a wish, not a stay ("¡feliz Navidad!").
_WISHES = frozenset(
    "feliz felices buena buenas buen linda lindas hermosa hermosas prospero bendecida".split()
)
# "la primera/segunda/tercera/cuarta/última semana (o quincena) de marzo".
_WEEK_ORDINALS: dict[str, int] = {
    "primera": 1, "primer": 1, "segunda": 2, "tercera": 3, "tercer": 3, "cuarta": 4,
    "ultima": -1, "ultimo": -1,
}  # fmt: skip
