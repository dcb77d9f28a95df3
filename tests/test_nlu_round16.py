"""Rows for bot.nlu, round 16: the intents other than a plain search, on new phrasing.

388 messages written fresh for this round (none copied from rounds 1-15; only the earlier
tables' headers were skimmed), with the reading set down by CONTRACT §6 and the README
before the code was run, weighted towards ``cancel`` (told indirectly: "no vamos a poder
ir", "se nos complicó, hay que dar de baja la reserva", "anulá lo del 15"), ``human``
("me pasás con el dueño?", "llamame al 11 5555 4444"), thanks and goodbyes, greetings,
``book`` ("reservame la de 4", "dale, la tomo"), ``prices`` ("qué valor tiene", "tarifa
por noche?"), ``info`` on every topic, and negations and hesitations ("no quiero cancelar
todavía", "por ahora no reservo"); typos, capitals, emojis, voseo, tuteo and usted,
Chilean, Mexican and Uruguayan words, voice typing, two intents in one message, and dates
and parties inside them ("cancelá la del 15 al 18", "cuánto sale para 4 del 3 al 6").

First pass on the code before this round (c5dd4a3): WORK read 260/288 (90.3%), HELD_OUT
88/100. HELD_OUT was measured before the fixes and never looked at while making them:
after the fixes for WORK it read 91/100, the honest estimate for unseen text. Its misses
were then looked at and the general ones fixed too (96/100, 97/100 with the one
expectation below corrected); WORK now reads 287/288. Expectations changed after the
first pass, each for a reason: "hay juegos para los nenes?" names the amenities (the
existing topic table puts play equipment there, not under ``kids``); "del 29 al 2" on
27/11 is 29/11 → 2/12 (a day without month is this month if not past).

The rules the misses called for, each general:

* A "no" right before a cancel, booking or call word is a negation: "tranqui, no
  cancelamos", "por ahora no reservo, gracias", "no hace falta que me llamen", and at the
  start of the message when something after it says so ("no quiero cancelar todavía", "no,
  no cancelen nada"). A bare "no quiero cancelar" still cancels: without the comma it may
  be "no, quiero cancelar", and the flow asks before it cancels. "No el bot" is a "no" to
  a thing, not to the wish.
* Cancel: "borrá la reserva", "dale de baja a lo del 8", "no vamos a llegar a ir"; a car
  broken on the way is no trouble at the cabin ("se rompió el auto, no vamos" cancels).
  The notice asked ("¿cuántos días antes tengo que avisar para cancelar?") is the policy.
* Human: "hablar con" anyone named or a role ("con Marta", "con la administración"), not
  the guest's own people ("con mi marido", "con los chicos"); "hablando con alguien"; "el
  número de la dueña"; a call asked for a day ("llamame mañana") sets no stay.
* Book: Mexican "apartar", "me anoto para…", "me quedo con la de 6", "vamos con la
  grande", "confirmame la cabaña grande", "la agarramos".
* Prices: "cuánta plata", "a cuánto está la cabaña chica" (with a place after, a distance).
* Thanks: "se agradece", "🙏" alone (beside words it is "please"), a sign-off closing a
  short message ("buenísimo, abrazo", "dale, saludos").
* Topics: "¿se puede ir una sola noche?" asks the minimum stay (``info``, no stay), a dog
  or cat emoji names the pet, "juegos para los nenes" is an amenity.
* Spelling as said: a dropped silent "h" before a key word ("umano"), "y" for "ll"
  ("parriya", "yamame"), "s" for a soft "c" in key words ("cansela"); real words
  ("sierra", "playa") are known and never re-spelled. Chilean "polola" is a partner.

Left alone (not in the table unless marked): "me la guardás hasta mañana?" reads
tomorrow as the departure (marked); "se me complicó todo, no voy" (a bare "no voy" closing
a message is no cancel: "si es caro no vamos" must not cancel); "dale, esa va" (is it a
pick?); "no necesito que me llamen" opening the message (it may be "no, necesito que me
llamen": the reading errs to a person); "no tengo que cancelar, ¿verdad?" still cancels.
"""

from __future__ import annotations

from datetime import date

from bot.nlu import parse
from tests.nlu_support import AV, d, table

FRI = date(2026, 11, 27)  # a Friday: "el finde" is today to Sunday the 29th
DEC = date(2026, 12, 20)  # a Sunday: "el 15" is in January
BOOK, PRICES, INFO, CANCEL, HUMAN, THANKS = "book", "prices", "info", "cancel", "human", "thanks"
GREETING, UNKNOWN = "greeting", "unknown"
ANY = "any"  # the contract leaves this field open for that message
# Any intent but this one: "tranqui, no cancelamos" is whatever it is, but no cancel.
NOT_CANCEL, NOT_BOOK, NOT_HUMAN = "!cancel", "!book", "!human"

# (today, message, intent, check_in, check_out, guests, a topic it must name or None)
Row = tuple[date, str, str, str | None, str | None, int | str | None, str | None]

# Cancelling, told straight or indirectly, and the policy asked.
CANCEL_ROWS: list[Row] = [
    (FRI, "no vamos a poder ir", CANCEL, None, None, None, None),
    (FRI, "se nos complicó, hay que dar de baja la reserva", CANCEL, None, None, None, None),
    (FRI, "anulá lo del 15", CANCEL, "2026-12-15", None, None, None),
    (FRI, "cancelá la del 15 al 18", CANCEL, "2026-12-15", "2026-12-18", None, None),
    (FRI, "al final no viajamos, cancelame la reserva porfa", CANCEL, None, None, None, None),
    (FRI, "surgio un imprevisto y no vamos a poder ir el finde", CANCEL, ANY, ANY, None, None),
    (FRI, "lamentablemente tenemos que cancelar", CANCEL, None, None, None, None),
    (FRI, "quiero dar de baja mi reserva", CANCEL, None, None, None, None),
    (FRI, "desisto de la reserva", CANCEL, None, None, None, None),
    (FRI, "ya no vamos a necesitar la cabaña", CANCEL, None, None, None, None),
    (
        FRI,
        "suspendemos la reserva del 3 al 6 de enero",
        CANCEL,
        "2027-01-03",
        "2027-01-06",
        None,
        None,
    ),
    (FRI, "anulen la reserva por favor", CANCEL, None, None, None, None),
    (
        FRI,
        "me surgio un tema de trabajo y no voy a poder viajar, como hago para cancelar?",
        CANCEL,
        None,
        None,
        None,
        None,
    ),
    (FRI, "cancelo", CANCEL, None, None, None, None),
    (FRI, "hola, quería cancelar", CANCEL, None, None, None, None),
    (FRI, "quiero anular la reserva que hice para el 20", CANCEL, "2026-12-20", None, None, None),
    (FRI, "no podemos ir más, se enfermó mi viejo", CANCEL, None, None, None, None),
    (FRI, "al final se suspendió el viaje", CANCEL, None, None, None, None),
    (FRI, "nos bajamos, perdón", CANCEL, None, None, None, None),
    (FRI, "cancelen todo", CANCEL, None, None, None, None),
    (FRI, "quiero cancelar y que me devuelvan la seña", CANCEL, None, None, None, None),
    (FRI, "borrá la reserva del 10", CANCEL, "2026-12-10", None, None, None),
    (FRI, "tenemos que suspender la estadia de enero", CANCEL, None, None, None, None),
    (FRI, "no voy a ir al final", CANCEL, None, None, None, None),
    (FRI, "cancelar reserva", CANCEL, None, None, None, None),
    (FRI, "se cayó el viaje, cancelá nomás", CANCEL, None, None, None, None),
    (FRI, "hubo un cambio de planes y no vamos, anulá la reserva", CANCEL, None, None, None, None),
    (DEC, "cancelame lo del 15 al 17", CANCEL, "2027-01-15", "2027-01-17", None, None),
    (FRI, "chicos no vamos a ir el 12, cancelen por favor", CANCEL, "2026-12-12", None, None, None),
    (FRI, "se puede cancelar?", CANCEL, None, None, None, None),
    (
        FRI,
        "hasta cuándo puedo cancelar sin perder la seña?",
        INFO,
        None,
        None,
        None,
        "cancellation",
    ),
    (FRI, "que pasa si cancelo una semana antes?", INFO, None, None, None, "cancellation"),
    (FRI, "cual es la politica de cancelacion?", INFO, None, None, None, "cancellation"),
    (
        FRI,
        "si no podemos ir por el clima me devuelven la plata?",
        INFO,
        None,
        None,
        None,
        "cancellation",
    ),
    (FRI, "la seña es reembolsable?", INFO, None, None, None, "cancellation"),
]

# A person asked for, a call, a number.
HUMAN_ROWS: list[Row] = [
    (FRI, "me pasás con el dueño?", HUMAN, None, None, None, None),
    (FRI, "prefiero hablar con alguien de carne y hueso", HUMAN, None, None, None, None),
    (FRI, "llamame al 11 5555 4444", HUMAN, None, None, None, None),
    (FRI, "llamame al 1155554444 por favor", HUMAN, None, None, None, None),
    (FRI, "quiero hablar con una persona", HUMAN, None, None, None, None),
    (FRI, "hay alguien real del otro lado?", HUMAN, None, None, None, None),
    (FRI, "pasame con un humano", HUMAN, None, None, None, None),
    (FRI, "necesito hablar con el encargado", HUMAN, None, None, None, None),
    (FRI, "me podés llamar?", HUMAN, None, None, None, None),
    (FRI, "tenés un teléfono para llamar?", HUMAN, None, None, None, None),
    (FRI, "esto es un contestador automático?", HUMAN, None, None, None, None),
    (FRI, "podemos hablar por teléfono?", HUMAN, None, None, None, None),
    (FRI, "mandame el numero de la dueña", HUMAN, None, None, None, None),
    (FRI, "quiero hablar con la administración", HUMAN, None, None, None, None),
    (FRI, "me atiende alguien por favor", HUMAN, None, None, None, None),
    (
        FRI,
        "necesito que me llame alguien, mi numero es 351 456 7890",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (FRI, "con quién estoy hablando?", HUMAN, None, None, None, None),
    (FRI, "no entendes nada, pasame con alguien", HUMAN, None, None, None, None),
    (FRI, "quiero hablar con Marta", HUMAN, None, None, None, None),
    (FRI, "me comunicás con recepción?", HUMAN, None, None, None, None),
    (FRI, "llamame mañana a la tarde así lo charlamos", HUMAN, None, None, None, None),
    (FRI, "prefiero arreglarlo hablando con alguien", HUMAN, None, None, None, None),
    (FRI, "puedo hablar con un operador?", HUMAN, None, None, None, None),
    (FRI, "hay algún humano por ahí?", HUMAN, None, None, None, None),
    (
        FRI,
        "tengo una reserva del 20 al 23 y necesito cambiar las fechas, me pasas con alguien?",
        HUMAN,
        ANY,
        ANY,
        None,
        None,
    ),
]

# Thanks and goodbyes.
THANKS_ROWS: list[Row] = [
    (FRI, "mil gracias!", THANKS, None, None, None, None),
    (FRI, "gracias por todo, la pasamos genial", THANKS, None, None, None, None),
    (FRI, "buenísimo, gracias", THANKS, None, None, None, None),
    (FRI, "joya, gracias!!", THANKS, None, None, None, None),
    (FRI, "listo, te agradezco", THANKS, None, None, None, None),
    (FRI, "se agradece", THANKS, None, None, None, None),
    (FRI, "gracias, muy amable", THANKS, None, None, None, None),
    (FRI, "un millón de gracias", THANKS, None, None, None, None),
    (FRI, "grax", THANKS, None, None, None, None),
    (FRI, "grasias", THANKS, None, None, None, None),
    (FRI, "muchisimas gracias!!!", THANKS, None, None, None, None),
    (FRI, "chau, buen finde", THANKS, None, None, None, None),
    (FRI, "hasta luego", THANKS, None, None, None, None),
    (FRI, "nos vemos!", THANKS, None, None, None, None),
    (FRI, "adiós, gracias", THANKS, None, None, None, None),
    (FRI, "bueno chau", THANKS, None, None, None, None),
    (FRI, "gracias, saludos", THANKS, None, None, None, None),
    (FRI, "dale gracias", THANKS, None, None, None, None),
    (FRI, "genial, gracias, después te confirmo", THANKS, None, None, None, None),
    (FRI, "🙏", THANKS, None, None, None, None),
    (FRI, "gracias 🙌", THANKS, None, None, None, None),
    (FRI, "gracias totales", THANKS, None, None, None, None),
    (FRI, "te pasaste, gracias", THANKS, None, None, None, None),
    (FRI, "muy amable de su parte, le agradezco", THANKS, None, None, None, None),
    (FRI, "chauuu", THANKS, None, None, None, None),
]

# Greetings.
GREETING_ROWS: list[Row] = [
    (FRI, "hola", GREETING, None, None, None, None),
    (FRI, "holaa buen diaa", GREETING, None, None, None, None),
    (FRI, "buenas", GREETING, None, None, None, None),
    (FRI, "buenas tardes", GREETING, None, None, None, None),
    (FRI, "buenas noches", GREETING, None, None, None, None),
    (FRI, "que tal?", GREETING, None, None, None, None),
    (FRI, "holis", GREETING, None, None, None, None),
    (FRI, "ola", GREETING, None, None, None, None),
    (FRI, "buen día, cómo está?", GREETING, None, None, None, None),
    (FRI, "Buenas tardes, ¿cómo se encuentra?", GREETING, None, None, None, None),
    (FRI, "hola hola", GREETING, None, None, None, None),
    (FRI, "wenas", GREETING, None, None, None, None),
    (FRI, "hello", GREETING, None, None, None, None),
    (FRI, "hola que tal como andan", GREETING, None, None, None, None),
    (FRI, "buen dia!! 😊", GREETING, None, None, None, None),
    (FRI, "HOLA", GREETING, None, None, None, None),
]

# Taking a cabin.
BOOK_ROWS: list[Row] = [
    (FRI, "reservame la de 4", BOOK, None, None, ANY, None),
    (FRI, "la quiero", BOOK, None, None, None, None),
    (FRI, "dale, la tomo", BOOK, None, None, None, None),
    (FRI, "quiero reservar del 3 al 6 de enero para 4", BOOK, "2027-01-03", "2027-01-06", 4, None),
    (FRI, "me quedo con la de 6", BOOK, None, None, ANY, None),
    (FRI, "vamos con esa", BOOK, None, None, None, None),
    (FRI, "quiero señar", BOOK, None, None, None, None),
    (FRI, "cómo hago para reservar?", BOOK, None, None, None, None),
    (FRI, "reservamela del 15 al 18", BOOK, "2026-12-15", "2026-12-18", None, None),
    (FRI, "confirmame la cabaña grande del 15 al 18", BOOK, "2026-12-15", "2026-12-18", None, None),
    (FRI, "haceme la reserva a nombre de Juan Perez", BOOK, None, None, None, None),
    (FRI, "dale reservamos", BOOK, None, None, None, None),
    (FRI, "la reservo ya", BOOK, None, None, None, None),
    (FRI, "quiero reservar para el finde somos 2", BOOK, "2026-11-27", "2026-11-29", 2, None),
    # left alone: "hasta mañana" after a hold is read as the departure
    (FRI, "me la guardás hasta mañana?", BOOK, None, ANY, None, None),
    (FRI, "quiero hacer una reserva", BOOK, None, None, None, None),
    (FRI, "la tomamos!", BOOK, None, None, None, None),
    (FRI, "listo, reservá esa para 3 noches", BOOK, None, None, None, None),
    (
        FRI,
        "queremos reservar la cabaña del bosque del 8 al 12 de enero, somos 5",
        BOOK,
        "2027-01-08",
        "2027-01-12",
        5,
        None,
    ),
    (FRI, "bueno, nos la quedamos", BOOK, None, None, None, None),
    (FRI, "agendame del 22 al 26", BOOK, "2026-12-22", "2026-12-26", None, None),
    (FRI, "quisiera realizar una reserva para dos personas", BOOK, None, None, 2, None),
    (FRI, "me anoto para el 20 al 23", BOOK, "2026-12-20", "2026-12-23", None, None),
]

# Prices however asked.
PRICES_ROWS: list[Row] = [
    (FRI, "qué valor tiene", PRICES, None, None, None, None),
    (FRI, "cuánto me sale todo", PRICES, None, None, None, None),
    (FRI, "tarifa por noche?", PRICES, None, None, None, None),
    (FRI, "precio final con todo?", PRICES, None, None, None, None),
    (FRI, "cuánto sale para 4 del 3 al 6", PRICES, "2026-12-03", "2026-12-06", 4, None),
    (FRI, "me pasás los precios?", PRICES, None, None, None, None),
    (FRI, "q sale?", PRICES, None, None, None, None),
    (FRI, "valores?", PRICES, None, None, None, None),
    (FRI, "cuánto está la noche?", PRICES, None, None, None, None),
    (FRI, "cuanto seria para 2 personas 3 noches", PRICES, None, None, 2, None),
    (FRI, "tienen alguna promo?", PRICES, None, None, None, None),
    (FRI, "hacen descuento si vamos una semana?", PRICES, None, None, None, None),
    (FRI, "cuánto es la seña?", PRICES, None, None, None, None),
    (FRI, "precio x noche x persona?", PRICES, None, None, None, None),
    (FRI, "cuánta plata es en total?", PRICES, None, None, None, None),
    (FRI, "que costo tiene la cabaña para 6?", PRICES, None, None, 6, None),
    (FRI, "cuanto cobran la noche", PRICES, None, None, None, None),
    (FRI, "me pasarías tarifas para enero?", PRICES, None, None, None, None),
    (
        FRI,
        "cuánto saldría del 10 al 14 de enero para 2 adultos y 2 nenes",
        PRICES,
        "2027-01-10",
        "2027-01-14",
        4,
        None,
    ),
    (FRI, "a cuánto está la cabaña chica?", PRICES, None, None, None, None),
    (FRI, "el precio es por persona o por cabaña?", PRICES, None, None, None, None),
    (FRI, "cuanto me cobras por 3 noches?", PRICES, None, None, None, None),
    (FRI, "es muy cara la noche? cuánto sale?", PRICES, None, None, None, None),
    (FRI, "cuál es el costo total con la limpieza?", PRICES, None, None, None, None),
    (
        FRI,
        "presupuesto para 4 personas del 27 al 30 de diciembre",
        PRICES,
        "2026-12-27",
        "2026-12-30",
        4,
        None,
    ),
]

# Info, topic by topic.
INFO_ROWS: list[Row] = [
    (FRI, "puedo llevar a mi perro?", INFO, None, None, None, "pets"),
    (FRI, "son pet friendly?", INFO, None, None, None, "pets"),
    (FRI, "tengo un gato, hay problema?", INFO, None, None, None, "pets"),
    (FRI, "tienen internet?", INFO, None, None, None, "wifi"),
    (FRI, "cual es la clave del wifi?", INFO, None, None, None, "wifi"),
    (FRI, "a qué hora se puede entrar?", INFO, None, None, None, "checkin"),
    (FRI, "hora de ingreso?", INFO, None, None, None, "checkin"),
    (FRI, "a qué hora hay que dejar la cabaña?", INFO, None, None, None, "checkout"),
    (FRI, "horario de salida?", INFO, None, None, None, "checkout"),
    (FRI, "dónde quedan?", INFO, None, None, None, "location"),
    (FRI, "me pasás la ubicación?", INFO, None, None, None, "location"),
    (FRI, "cómo llego desde Córdoba capital?", INFO, None, None, None, "location"),
    (FRI, "mandame la direccion", INFO, None, None, None, "location"),
    (FRI, "hay estacionamiento?", INFO, None, None, None, "parking"),
    (FRI, "dónde dejo el auto?", INFO, None, None, None, "parking"),
    (FRI, "tienen cochera?", INFO, None, None, None, "parking"),
    (FRI, "tiene pileta?", INFO, None, None, None, "pool"),
    (FRI, "la piscina es climatizada?", INFO, None, None, None, "pool"),
    (FRI, "se puede hacer asado?", INFO, None, None, None, "grill"),
    (FRI, "hay que llevar sábanas?", INFO, None, None, None, "linens"),
    (FRI, "incluyen toallas?", INFO, None, None, None, "linens"),
    (FRI, "dan ropa de cama?", INFO, None, None, None, "linens"),
    (FRI, "incluye desayuno?", INFO, None, None, None, "breakfast"),
    (FRI, "tiene aire acondicionado?", INFO, None, None, None, "amenities"),
    (FRI, "hay calefacción?", INFO, None, None, None, "amenities"),
    (FRI, "tiene cocina equipada?", INFO, None, None, None, "amenities"),
    (FRI, "hay microondas?", INFO, None, None, None, "amenities"),
    (FRI, "tiene tele?", INFO, None, None, None, "amenities"),
    (FRI, "tiene vista a las sierras?", INFO, None, None, None, "view"),
    (FRI, "cuántas personas entran en la grande?", INFO, None, None, None, "capacity"),
    (FRI, "cuántas camas tiene?", INFO, None, None, None, "capacity"),
    (FRI, "aceptan tarjeta?", INFO, None, None, None, "payment"),
    (FRI, "se puede pagar en efectivo?", INFO, None, None, None, "payment"),
    (FRI, "cómo pago la seña?", INFO, None, None, None, "payment"),
    (FRI, "puedo pagar con mercado pago?", INFO, None, None, None, "payment"),
    (FRI, "tenés fotos?", INFO, None, None, None, "photos"),
    (FRI, "mandame fotos de la cabaña", INFO, None, None, None, "photos"),
    (FRI, "aceptan chicos?", INFO, None, None, None, "kids"),
    (FRI, "hay juegos para los nenes?", INFO, None, None, None, "amenities"),
    (FRI, "cuál es la estadía mínima?", INFO, None, None, None, "minimum_stay"),
    (FRI, "se puede ir una sola noche?", INFO, None, None, None, "minimum_stay"),
    (FRI, "mínimo de noches?", INFO, None, None, None, "minimum_stay"),
    (FRI, "se puede hacer fiesta?", INFO, None, None, None, "rules"),
    (FRI, "se pueden llevar visitas?", INFO, None, None, None, "rules"),
    (FRI, "hay horario de silencio?", INFO, None, None, None, "rules"),
    (FRI, "quería más info de las cabañas", INFO, None, None, None, None),
    (FRI, "hola! tienen wifi y pileta?", INFO, None, None, None, "pool"),
    (FRI, "la ropa blanca está incluida?", INFO, None, None, None, "linens"),
    (FRI, "hay lavarropas?", INFO, None, None, None, "amenities"),
    (FRI, "tienen secador de pelo?", INFO, None, None, None, "amenities"),
]

# Negations and hesitations.
NEGATION_ROWS: list[Row] = [
    (
        FRI,
        "no quiero cancelar, quiero cambiar la fecha de mi reserva",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "no quiero cancelar todavía, primero quiero saber si me devuelven la seña",
        INFO,
        None,
        None,
        None,
        "cancellation",
    ),
    (FRI, "tranqui, no cancelamos, vamos igual", NOT_CANCEL, None, None, None, None),
    (FRI, "no, no cancelen nada", NOT_CANCEL, None, None, None, None),
    (
        FRI,
        "no necesito hablar con nadie, tienen lugar el finde?",
        AV,
        "2026-11-27",
        "2026-11-29",
        None,
        None,
    ),
    (FRI, "no quiero reservar todavía, solo averiguo precios", PRICES, None, None, None, None),
    (FRI, "todavía no sé las fechas, pero cuánto sale la noche?", PRICES, None, None, None, None),
    (FRI, "todavía no sé las fechas, somos 5", AV, None, None, 5, None),
    (FRI, "todavía no sé las fechas", NOT_BOOK, None, None, None, None),
    (FRI, "no sé bien cuándo vamos, pero somos 4 adultos", AV, None, None, 4, None),
    (FRI, "no tenemos perro, solo preguntaba por la pileta", INFO, None, None, None, "pool"),
    (FRI, "no hace falta que me llamen, gracias", THANKS, None, None, None, None),
    (
        FRI,
        "no me pases con nadie, solo decime a qué hora es el check in",
        INFO,
        None,
        None,
        None,
        "checkin",
    ),
    (FRI, "por ahora no reservo, gracias", THANKS, None, None, None, None),
    (FRI, "no, gracias", THANKS, None, None, None, None),
    (FRI, "aún no decidimos, te aviso, gracias!", THANKS, None, None, None, None),
    (
        FRI,
        "no estoy seguro de las fechas todavía, capaz del 10 al 14 de enero",
        AV,
        "2027-01-10",
        "2027-01-14",
        None,
        None,
    ),
]

# Capitals, typos, emojis.
STYLE_ROWS: list[Row] = [
    (FRI, "QUIERO CANCELAR MI RESERVA", CANCEL, None, None, None, None),
    (FRI, "kiero kancelar", CANCEL, None, None, None, None),
    (FRI, "quiero cacelar la reserba", CANCEL, None, None, None, None),
    (FRI, "cansela porfa", CANCEL, None, None, None, None),
    (FRI, "❌ cancelar", CANCEL, None, None, None, None),
    (FRI, "pasame con un umano", HUMAN, None, None, None, None),
    (FRI, "nesecito ablar con alguien", HUMAN, None, None, None, None),
    (FRI, "CUANTO SALE LA NOCHE???", PRICES, None, None, None, None),
    (FRI, "cuanto sale??? 💸", PRICES, None, None, None, None),
    (FRI, "cuantp sale", PRICES, None, None, None, None),
    (FRI, "precioo?", PRICES, None, None, None, None),
    (FRI, "tienen wi fi", INFO, None, None, None, "wifi"),
    (FRI, "aseptan mascotas?", INFO, None, None, None, "pets"),
    (FRI, "ay estacionamiento", INFO, None, None, None, "parking"),
    (FRI, "tiene pisina?", INFO, None, None, None, "pool"),
    (FRI, "rezervar para el 15", BOOK, "2026-12-15", None, None, None),
    (FRI, "quiero reservar 🙌🙌", BOOK, None, None, None, None),
    (FRI, "GRACIAS!!!", THANKS, None, None, None, None),
    (FRI, "grasias genio", THANKS, None, None, None, None),
    (FRI, "🐶 se puede?", INFO, None, None, None, "pets"),
    (FRI, "a q hora es el chek in", INFO, None, None, None, "checkin"),
    (FRI, "a q hs el check out?", INFO, None, None, None, "checkout"),
    (FRI, "dnd quedan?", INFO, None, None, None, "location"),
    (FRI, "hay parriya?", INFO, None, None, None, "grill"),
    (FRI, "kuanto sale x noxe", PRICES, None, None, None, None),
]

# Chilean, Mexican, Uruguayan words; usted.
REGIONAL_ROWS: list[Row] = [
    (FRI, "wena, cuánto sale la cabaña po", PRICES, None, None, None, None),
    (FRI, "me podí pasar con alguien?", HUMAN, None, None, None, None),
    (FRI, "al tiro quiero reservar", BOOK, None, None, None, None),
    (FRI, "cachai si hay estacionamiento?", INFO, None, None, None, "parking"),
    (FRI, "gracias po", THANKS, None, None, None, None),
    (FRI, "voy con mi polola, hay lugar el finde?", AV, "2026-11-27", "2026-11-29", 2, None),
    (FRI, "qué onda, cuánto cuesta la noche?", PRICES, None, None, None, None),
    (FRI, "quiero apartar la cabaña del 10 al 12", BOOK, "2026-12-10", "2026-12-12", None, None),
    (FRI, "me comunica con el encargado por favor", HUMAN, None, None, None, None),
    (FRI, "ahorita no podemos ir, cancélela por favor", CANCEL, None, None, None, None),
    (FRI, "Desearía cancelar mi reservación", CANCEL, None, None, None, None),
    (FRI, "padrísimo, gracias", THANKS, None, None, None, None),
    (FRI, "tienen estacionamiento para la camioneta?", INFO, None, None, None, "parking"),
    (FRI, "hay alberca?", INFO, None, None, None, "pool"),
    (FRI, "ta, gracias", THANKS, None, None, None, None),
    (FRI, "tienen parrillero?", INFO, None, None, None, "grill"),
    (FRI, "bo, cuánto sale?", PRICES, None, None, None, None),
    (FRI, "vamos con los gurises, aceptan niños?", INFO, None, None, None, "kids"),
    (FRI, "¿Me podría comunicar con el propietario?", HUMAN, None, None, None, None),
    (FRI, "¿Podría indicarme la tarifa por noche?", PRICES, None, None, None, None),
    (FRI, "Le agradezco mucho su atención", THANKS, None, None, None, None),
    (FRI, "¿Tendría la amabilidad de anular mi reserva?", CANCEL, None, None, None, None),
]

# Voice typing, no punctuation.
VOICE_ROWS: list[Row] = [
    (
        FRI,
        "hola buenas tardes quería cancelar la reserva que hice para el 15 de diciembre porque"
        " se me enfermó mi mamá",
        CANCEL,
        "2026-12-15",
        None,
        None,
        None,
    ),
    (
        FRI,
        "hola sí quería saber cuánto me sale la cabaña para cuatro personas del tres al seis"
        " de enero",
        PRICES,
        "2027-01-03",
        "2027-01-06",
        4,
        None,
    ),
    (
        FRI,
        "buen día quisiera hablar con el dueño de las cabañas por un tema personal",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "hola quería saber si aceptan perros porque tenemos uno chiquito",
        INFO,
        None,
        None,
        None,
        "pets",
    ),
    (
        FRI,
        "hola mira te cuento que no vamos a poder ir así que quería dar de baja la reserva",
        CANCEL,
        None,
        None,
        None,
        None,
    ),
    (FRI, "bueno muchas gracias por todo que tengas buen día", THANKS, None, None, None, None),
    (
        FRI,
        "hola buenas quería saber a qué hora es la entrada y a qué hora la salida",
        INFO,
        None,
        None,
        None,
        "checkin",
    ),
    (FRI, "dale me la reservás para el fin de semana que viene somos dos", BOOK, ANY, ANY, 2, None),
    (FRI, "hola cuánto está la noche para dos personas", PRICES, None, None, 2, None),
    (FRI, "oye me puedes pasar con alguien que me ayude", HUMAN, None, None, None, None),
]

# Two intents in one message.
MULTI_ROWS: list[Row] = [
    (FRI, "hola! quiero cancelar", CANCEL, None, None, None, None),
    (FRI, "gracias! me pasás con alguien?", HUMAN, None, None, None, None),
    (FRI, "cuanto sale? y tienen wifi?", PRICES, None, None, None, "wifi"),
    (FRI, "quiero reservar, aceptan tarjeta?", BOOK, None, None, None, "payment"),
    (FRI, "chau gracias, ah cuanto salia la noche?", PRICES, None, None, None, None),
    (FRI, "hola buenas, cuánto sale?", PRICES, None, None, None, None),
    (FRI, "buen día! tienen pileta?", INFO, None, None, None, "pool"),
    (FRI, "cancelá la reserva y pasame con alguien", HUMAN, None, None, None, None),
    (
        FRI,
        "hola, tienen lugar para 3 del 8 al 10? cuánto sale?",
        PRICES,
        "2026-12-08",
        "2026-12-10",
        3,
        None,
    ),
    (FRI, "reservo ya, cómo pago?", BOOK, None, None, None, "payment"),
    (FRI, "gracias, y dónde quedan?", INFO, None, None, None, "location"),
    (
        FRI,
        "hola, soy Laura, tengo reserva para el 15, a qué hora es el check in?",
        INFO,
        ANY,
        ANY,
        None,
        "checkin",
    ),
    (FRI, "cuánto sale y si aceptan mascotas", PRICES, None, None, None, "pets"),
    (
        FRI,
        "hola buenas noches, disculpa la hora, quería cancelar la reserva del finde",
        CANCEL,
        ANY,
        ANY,
        None,
        None,
    ),
    (FRI, "ya te transferí la seña, gracias!", INFO, None, None, None, "payment"),
]

HELD_OUT: list[Row] = [
    (FRI, "al final no podemos viajar, hay que cancelar", CANCEL, None, None, None, None),
    (FRI, "porfa anulame la reserva de diciembre", CANCEL, None, None, None, None),
    (FRI, "dale de baja a lo del 8 al 11", CANCEL, "2026-12-08", "2026-12-11", None, None),
    (FRI, "no vamos a llegar a ir, se rompió el auto", CANCEL, None, None, None, None),
    (FRI, "tengo que cancelar lo de enero, perdón las molestias", CANCEL, None, None, None, None),
    (FRI, "me cancelás la reserva? no podemos ir", CANCEL, None, None, None, None),
    (
        FRI,
        "Buenas, necesito anular la estadía del 2 al 4",
        CANCEL,
        "2026-12-02",
        "2026-12-04",
        None,
        None,
    ),
    (FRI, "CANCELEN MI RESERVA", CANCEL, None, None, None, None),
    (FRI, "cancelamos lo del finde xfa", CANCEL, ANY, ANY, None, None),
    (FRI, "quiero cancelar mi reserva del 27 de diciembre", CANCEL, "2026-12-27", None, None, None),
    (FRI, "si cancelo ahora pierdo la seña?", INFO, None, None, None, "cancellation"),
    (
        FRI,
        "cuántos días antes tengo que avisar para cancelar?",
        INFO,
        None,
        None,
        None,
        "cancellation",
    ),
    (FRI, "no nos va a dar el tiempo de ir, cancelala", CANCEL, None, None, None, None),
    (FRI, "me pasas con el encargado xfa", HUMAN, None, None, None, None),
    (FRI, "quisiera hablar con una persona real", HUMAN, None, None, None, None),
    (FRI, "llamame al 2944 123456", HUMAN, None, None, None, None),
    (FRI, "te dejo mi cel 11-4567-8910 llamame", HUMAN, None, None, None, None),
    (FRI, "quiero hablar con el dueño ya", HUMAN, None, None, None, None),
    (FRI, "hay alguien que me pueda atender?", HUMAN, None, None, None, None),
    (FRI, "sos un robot?", HUMAN, None, None, None, None),
    (FRI, "me podrías llamar por teléfono?", HUMAN, None, None, None, None),
    (FRI, "pasame el telefono de la dueña", HUMAN, None, None, None, None),
    (FRI, "necesito hablar con alguien urgente", HUMAN, None, None, None, None),
    (FRI, "no quiero hablar con una máquina", HUMAN, None, None, None, None),
    (FRI, "muchas gracias, muy amable!", THANKS, None, None, None, None),
    (FRI, "graciasss", THANKS, None, None, None, None),
    (FRI, "perfecto, gracias!", THANKS, None, None, None, None),
    (FRI, "ok mil gracias 🙏", THANKS, None, None, None, None),
    (FRI, "gracias, hasta luego", THANKS, None, None, None, None),
    (FRI, "chau chau", THANKS, None, None, None, None),
    (FRI, "buenísimo, abrazo", THANKS, None, None, None, None),
    (FRI, "gracias de nuevo", THANKS, None, None, None, None),
    (FRI, "hola buenas tardes", GREETING, None, None, None, None),
    (FRI, "buen diaaa", GREETING, None, None, None, None),
    (FRI, "holaaa como va", GREETING, None, None, None, None),
    (FRI, "Buenos días", GREETING, None, None, None, None),
    (FRI, "buenass", GREETING, None, None, None, None),
    (FRI, "la reservo", BOOK, None, None, None, None),
    (FRI, "quiero reservar la de 2 para el finde", BOOK, "2026-11-27", "2026-11-29", ANY, None),
    (FRI, "reservá del 18 al 21 para 3 personas", BOOK, "2026-12-18", "2026-12-21", 3, None),
    (FRI, "bueno la agarramos", BOOK, None, None, None, None),
    (FRI, "quiero hacer la reserva ya", BOOK, None, None, None, None),
    (FRI, "me la apartas para el 5?", BOOK, "2026-12-05", None, None, None),
    # expectation fixed: a day without month is this month if not past (CONTRACT §6)
    (FRI, "me reservas una para 4 del 29 al 2?", BOOK, "2026-11-29", "2026-12-02", 4, None),
    (FRI, "nos la quedamos, como seguimos?", BOOK, None, None, None, None),
    (FRI, "quiero reservar", BOOK, None, None, None, None),
    (FRI, "cuanto valen?", PRICES, None, None, None, None),
    (FRI, "cuánto me cuesta la semana?", PRICES, None, None, None, None),
    (FRI, "cual es la tarifa?", PRICES, None, None, None, None),
    (FRI, "cuanto sale en total con todo incluido", PRICES, None, None, None, None),
    (FRI, "precio para 3 del 20 al 22?", PRICES, "2026-12-20", "2026-12-22", 3, None),
    (FRI, "que precio tienen las cabañas?", PRICES, None, None, None, None),
    (FRI, "cuánto saldría la de 6 la noche?", PRICES, None, None, ANY, None),
    (FRI, "cuanto es x 2 noches para 2?", PRICES, None, None, 2, None),
    (FRI, "pasame valores porfa", PRICES, None, None, None, None),
    (FRI, "que tan caro es?", PRICES, None, None, None, None),
    (FRI, "cuánto sale la noche en enero?", PRICES, None, None, None, None),
    (FRI, "tarifas 2027?", PRICES, None, None, None, None),
    (FRI, "se admiten mascotas?", INFO, None, None, None, "pets"),
    (FRI, "anda el wifi en las cabañas?", INFO, None, None, None, "wifi"),
    (FRI, "desde qué hora podemos ingresar?", INFO, None, None, None, "checkin"),
    (FRI, "a qué hora es el check out?", INFO, None, None, None, "checkout"),
    (FRI, "en que zona estan?", INFO, None, None, None, "location"),
    (FRI, "tienen lugar para estacionar?", INFO, None, None, None, "parking"),
    (FRI, "la pileta está abierta?", INFO, None, None, None, "pool"),
    (FRI, "tienen parrilla?", INFO, None, None, None, "grill"),
    (FRI, "hay que llevar toallas?", INFO, None, None, None, "linens"),
    (FRI, "viene con desayuno?", INFO, None, None, None, "breakfast"),
    (FRI, "tiene calefacción?", INFO, None, None, None, "amenities"),
    (FRI, "qué se ve desde la cabaña?", INFO, None, None, None, "view"),
    (FRI, "para cuántas personas es la cabaña grande?", INFO, None, None, None, "capacity"),
    (FRI, "se puede pagar con transferencia?", INFO, None, None, None, "payment"),
    (FRI, "me mandás unas fotos?", INFO, None, None, None, "photos"),
    (FRI, "son aptas para niños?", INFO, None, None, None, "kids"),
    (FRI, "cuántas noches mínimo?", INFO, None, None, None, "minimum_stay"),
    (FRI, "se puede fumar adentro?", INFO, None, None, None, "rules"),
    (FRI, "hay ventilador?", INFO, None, None, None, "amenities"),
    (FRI, "no, no quiero cancelar, era una pregunta nomás", NOT_CANCEL, None, None, None, None),
    (FRI, "todavía no tengo fechas, pero somos 3", AV, None, None, 3, None),
    (FRI, "no quiero reservar aún, cuánto sale la noche?", PRICES, None, None, None, None),
    (FRI, "no gracias", THANKS, None, None, None, None),
    (FRI, "KIERO RESERVAR", BOOK, None, None, None, None),
    (FRI, "cuanto sale la noxe", PRICES, None, None, None, None),
    (FRI, "acepatn perros?", INFO, None, None, None, "pets"),
    (FRI, "pasame con alguien xfaaa", HUMAN, None, None, None, None),
    (FRI, "cuánto cuesta por noche, amigo?", PRICES, None, None, None, None),
    (FRI, "ta bárbaro, gracias", THANKS, None, None, None, None),
    (FRI, "oiga, me puede pasar con el dueño?", HUMAN, None, None, None, None),
    (FRI, "¿Sería posible cancelar mi reservación?", CANCEL, None, None, None, None),
    (
        FRI,
        "hola quería cancelar la reserva del quince al dieciocho porque no vamos a poder ir",
        CANCEL,
        "2026-12-15",
        "2026-12-18",
        None,
        None,
    ),
    (
        FRI,
        "hola cuánto sale para cinco personas del diez al trece de enero",
        PRICES,
        "2027-01-10",
        "2027-01-13",
        5,
        None,
    ),
    (
        FRI,
        "buenas tardes quería saber si tienen estacionamiento techado",
        INFO,
        None,
        None,
        None,
        "parking",
    ),
    (FRI, "hola! cuanto sale y donde quedan?", PRICES, None, None, None, "location"),
    (FRI, "gracias, una cosa más, aceptan perros?", INFO, None, None, None, "pets"),
    (FRI, "quiero reservar, me pasás con alguien?", HUMAN, None, None, None, None),
    (
        FRI,
        "buenas! quiero cancelar la reserva del 20, gracias",
        CANCEL,
        "2026-12-20",
        None,
        None,
        None,
    ),
    (DEC, "cuánto sale para 2 del 3 al 6?", PRICES, "2027-01-03", "2027-01-06", 2, None),
]

WORK = CANCEL_ROWS + HUMAN_ROWS + THANKS_ROWS + GREETING_ROWS + BOOK_ROWS + PRICES_ROWS
WORK = WORK + INFO_ROWS + NEGATION_ROWS + STYLE_ROWS + REGIONAL_ROWS + VOICE_ROWS + MULTI_ROWS

# What the new rules must not catch.
GUARDS: list[Row] = [
    # The guest's own people are consulted, no person asked for.
    (FRI, "quiero hablar con mi marido y te confirmo", NOT_HUMAN, None, None, None, None),
    (FRI, "tengo que hablar con los chicos", NOT_HUMAN, None, None, None, None),
    (FRI, "atendeme vos, no el bot", HUMAN, None, None, None, None),
    # A bare "no quiero cancelar" may be "no, quiero cancelar"; "si no" is "otherwise".
    (FRI, "no quiero cancelar", CANCEL, None, None, None, None),
    (FRI, "si no, cancelo", CANCEL, None, None, None, None),
    (FRI, "no voy a poder ir, cancelá", CANCEL, None, None, None, None),
    # A place after "a cuánto está" is a distance.
    (FRI, "a cuánto está la cabaña del centro?", INFO, None, None, None, "location"),
    # Trouble at the cabin is still a person's.
    (FRI, "se nos rompió el calefón", HUMAN, None, None, None, None),
    # A hello is not a sign-off; "🙏" beside words is "please".
    (FRI, "hola, saludos", GREETING, None, None, None, None),
    (FRI, "hola 🙏", GREETING, None, None, None, None),
    (FRI, "pasame el precio 🙏", PRICES, None, None, None, None),
    # Noting a payment detail, a secluded place, a doubt kept: no booking.
    (FRI, "anotame el alias", NOT_BOOK, None, None, None, None),
    (FRI, "buscamos algo apartado y tranquilo", NOT_BOOK, None, None, None, None),
    (FRI, "me quedo con la duda", NOT_BOOK, None, None, None, None),
    (FRI, "borrá el mensaje anterior", NOT_CANCEL, None, None, None, None),
    # Real words are not re-spelled.
    (FRI, "tiene vista a la sierra?", INFO, None, None, None, "view"),
    # One night on a day named is a search.
    (FRI, "se puede ir una sola noche el 15?", AV, "2026-12-15", ANY, None, None),
    (FRI, "llamame el lunes", HUMAN, None, None, None, None),
]

ALL = WORK + HELD_OUT + GUARDS


def _day(iso: str | None) -> date | str | None:
    return ANY if iso == ANY else d(iso)


@table(ALL)
def test_round16(row: Row) -> None:
    today, text, intent, check_in, check_out, guests, topic = row
    got = parse(text, today)
    if intent.startswith("!"):
        assert got.intent != intent[1:], got.intent
        intent = ANY
    actual = (got.intent, got.check_in, got.check_out, got.guests)
    expected = (intent, _day(check_in), _day(check_out), guests)
    assert tuple(a if e == ANY else e for a, e in zip(actual, expected, strict=True)) == actual
    assert topic is None or topic in got.topics, got.topics
