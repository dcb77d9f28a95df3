"""Rows for bot.nlu, round 13: a probe of generality on writers unlike the earlier rounds'.

504 messages written fresh for this round (none copied from rounds 1-12), by kinds of
writer the tables had few of: older people writing formally ("Estimados: …
Atentamente"), teenagers' shorthand ("q", "xq", "tmb", "pal", "m", "t"), voice typing (no
punctuation, numbers spelled out, "coma"), other Latin Americans ("habitación",
"reservación", "¿tienen cupo?", "el puente", "alberca", "recámaras"), Brazilians writing
Spanish or Portuguese, copy-pasted forms and messages full of emojis and line breaks. The
expected readings were set down by CONTRACT §6 and the README before the code was run.

First pass on the code before this round (c433c43): 314/376 on the rows worked on
(83.5%; 291/328 without the Brazilians), and 80/108 on a batch written after the first
fixes and held out. After the fixes for the 376, the held-out batch read 96/108: the best
estimate of unseen accuracy is about 85-89%. Its misses were then fixed too; now 375/376
and 108/108. Rows marked "fixed" failed before this round (the comment says what they
read); the others guard their reading.

The rules the misses called for, each general:

* "La primera/segunda (o última) quincena de enero" is the half month's nights: 1 → 16/1
  and 16/1 → 1/2, the halves summer rentals are let by (like the weeks of a month, which
  are their nights too); it was a month alone before.
* A day spelled out after its weekday is that date ("el jueves diez de diciembre y nos
  vamos el domingo trece"); days of work are no stay ("el wifi anda? tengo que trabajar
  2 días").
* A question voice typing left without "?" ("hola cuántas noches mínimo hay que quedarse
  en enero", "quería preguntar si…") asks like one with it.
* A pasted form's labelled lines give the party and the nights ("Personas: 5\\nVehículos:
  2" is five, "Noches: 3" three nights), whatever other numbers it carries.
* Portuguese words read as their Spanish (months, numbers, "pessoas", "casal", "amanhã",
  "natal", "réveillon", "falar", "onde fica", "churrasqueira", "lareira", "pix", "sinal",
  "vamos em 4"); teenagers' "m", "t", "pal", "osea", "tranqui"; "alberca", "recámaras",
  "parqueadero", "fotografías", "importe".
* Topics: beds and who fits are capacity ("¿las camas son cómodas?", "¿para cuántos es
  la más chica?"), firewood an amenity ("¿hay leña?": the amenities list says "hogar a
  leña"), stairs and "planta baja" generic info (the cabins' description says how they are
  laid out; no topic answers it better); arriving before noon is checkin, staying on
  ("permanecer") until a time checkout.
* Guests: someone to serve the writer is no guest ("que una persona me atienda"); "con mi
  nieto" is two; young people counting themselves ("somos 3 pibes y 2 pibas") are the
  party; a total stated wins ("somos 2 más, o sea 6 en total").
* Intents: a booking's state asked with its date ("¿la reserva del 12 está confirmada?")
  is info; thanks all the same ("re caro jaja, gracias igual") is thanks; "me comunica
  con el gerente" is human; an Airbnb cancelled on the guest is no cancel; "¿cuántas
  noches como mínimo debo reservar?" books nothing.

Leftovers decided: "¿tiene parrilla? vamos 4" is availability with 4 guests and the topic
grill: a party told is a stay being planned, and the search answers the question before
asking the dates (as round 12 decided for dates beside a question). "¿Cuántas noches
mínimo debo reservar para el finde largo?" is the same: a search with the topic answered.
"Sábado 10 y domingo 11" stays one night, out on Sunday (an earlier decision: those name
the weekend's days); the held-out row was written against it and corrected.
Known miss: "quanto fica 3 noites…?" (Portuguese "how much is it") reads no price.
"""

from __future__ import annotations

from datetime import date

from bot.nlu import parse
from tests.nlu_support import AV, d, table

FRI = date(2026, 11, 27)  # a Friday: "este finde" is today to Sunday the 29th
WED = date(2026, 10, 7)
BOOK, PRICES, INFO, CANCEL, HUMAN, THANKS = "book", "prices", "info", "cancel", "human", "thanks"
GREETING, UNKNOWN = "greeting", "unknown"
ANY = "any"  # the contract leaves this field open for that message

# (today, message, intent, check_in, check_out, guests, a topic it must name or None)
Row = tuple[date, str, str, str | None, str | None, int | str | None, str | None]

# Older people writing formally: full punctuation, "Ud.", "Estimados:", "Atentamente".
FORMAL: list[Row] = [
    (
        FRI,
        (
            "Buenos días. Quisiera saber si Ud. dispone de una cabaña para dos personas, "
            "desde el día 15 de diciembre hasta el día 20 de diciembre. Muchas gracias."
        ),
        AV,
        "2026-12-15",
        "2026-12-20",
        2,
        None,
    ),
    (
        FRI,
        (
            "Estimados: Les escribo para consultar disponibilidad para el mes de enero. "
            "Somos un matrimonio jubilado. Atentamente, Roberto."
        ),
        AV,
        None,
        None,
        2,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. ¿Podría Ud. indicarme el precio por noche de la cabaña para "
            "cuatro personas? Desde ya, muy agradecida."
        ),
        PRICES,
        None,
        None,
        4,
        None,
    ),
    (
        FRI,
        (
            "Señores: deseo efectuar una reserva del 3 al 10 de enero para dos adultos. "
            "Aguardo su respuesta."
        ),
        BOOK,
        "2027-01-03",
        "2027-01-10",
        2,
        None,
    ),
    (
        FRI,
        (
            "Buenas noches. Mi esposa y yo desearíamos alojarnos tres noches a partir "
            "del 8 de diciembre. ¿Tienen disponibilidad?"
        ),
        AV,
        "2026-12-08",
        "2026-12-11",
        2,
        None,
    ),
    (
        FRI,
        (
            "Estimado señor: ¿aceptan ustedes mascotas? Tenemos una perrita pequeña y "
            "muy tranquila. Saludos cordiales."
        ),
        INFO,
        None,
        None,
        None,
        "pets",
    ),
    (
        FRI,
        (
            "Buen día. Quisiera saber a qué hora se puede ingresar a la cabaña el día de "
            "llegada. Gracias."
        ),
        INFO,
        None,
        None,
        None,
        "checkin",
    ),
    (
        FRI,
        "Buenas tardes, ¿a qué hora debemos desocupar la cabaña el día de salida?",
        INFO,
        None,
        None,
        None,
        "checkout",
    ),
    (
        FRI,
        (
            "Estimados, ¿cuál es la forma de pago? ¿Aceptan tarjeta de crédito o debo "
            "abonar en efectivo?"
        ),
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (
        FRI,
        (
            "Buen día. Lamentablemente debo cancelar la reserva que hice para el 20 de "
            "diciembre, por un problema de salud. Atentamente."
        ),
        CANCEL,
        ANY,
        ANY,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Preferiría hablar por teléfono con el encargado o el dueño. "
            "¿Sería posible?"
        ),
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "Muchísimas gracias por su amabilidad. Que tenga Ud. un buen día.",
        THANKS,
        None,
        None,
        None,
        None,
    ),
    (FRI, "Buenos días, señora.", GREETING, None, None, None, None),
    (
        FRI,
        (
            "Buenas tardes. ¿Las cabañas cuentan con calefacción? Viajamos en julio y "
            "somos friolentos."
        ),
        INFO,
        None,
        None,
        None,
        "amenities",
    ),
    (
        FRI,
        "Estimados: ¿Las cabañas poseen ropa de cama y toallas, o debemos llevarlas?",
        INFO,
        None,
        None,
        None,
        "linens",
    ),
    (
        FRI,
        "Buenos días. Quisiera saber si el desayuno está incluido en la tarifa.",
        INFO,
        None,
        None,
        None,
        "breakfast",
    ),
    (
        FRI,
        (
            "Buen día. Somos dos matrimonios mayores, cuatro personas en total, y "
            "deseamos hospedarnos del 10 al 14 de febrero. ¿Habría lugar?"
        ),
        AV,
        "2027-02-10",
        "2027-02-14",
        4,
        None,
    ),
    (
        FRI,
        (
            "Señora, buenas tardes: le consulto si la cabaña tiene escaleras, pues mi "
            "marido tiene dificultad para caminar."
        ),
        INFO,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "Estimados, ¿a qué distancia se encuentran del centro del pueblo?",
        INFO,
        None,
        None,
        None,
        "location",
    ),
    (
        FRI,
        "Buenas tardes. ¿Disponen de estacionamiento cubierto para el automóvil?",
        INFO,
        None,
        None,
        None,
        "parking",
    ),
    (
        FRI,
        (
            "Buenos días. Quisiera confirmar la reserva de la cabaña para el 22 de "
            "diciembre, por cuatro noches, para dos personas. ¿Cómo debo proceder con la "
            "seña?"
        ),
        BOOK,
        "2026-12-22",
        "2026-12-26",
        2,
        None,
    ),
    (
        FRI,
        "Buen día. ¿Cuál es la estadía mínima en temporada alta?",
        INFO,
        None,
        None,
        None,
        "minimum_stay",
    ),
    (
        FRI,
        "Buenas tardes. ¿Se permite fumar dentro de las cabañas?",
        INFO,
        None,
        None,
        None,
        "rules",
    ),
    (
        FRI,
        (
            "Estimado: le escribo nuevamente porque no he recibido respuesta a mi "
            "consulta anterior. Agradecería que una persona me atienda."
        ),
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: HUMAN - - 1
    (
        FRI,
        "Buenas noches. ¿Tienen fotografías de las cabañas por dentro?",
        INFO,
        None,
        None,
        None,
        "photos",
    ),  # fixed, read: GREETING - - -
    (
        FRI,
        (
            "Buenos días. ¿Cuánto cuesta la semana completa, del 2 al 9 de enero, para "
            "tres personas?"
        ),
        PRICES,
        "2027-01-02",
        "2027-01-09",
        3,
        None,
    ),
    (
        FRI,
        ("Buenas tardes, quisiera saber si los niños menores de tres años abonan estadía."),
        INFO,
        None,
        None,
        None,
        "kids",
    ),
    (
        FRI,
        (
            "Estimados: Les informo que hemos realizado la transferencia de la seña. "
            "Adjunto el comprobante. Saludos."
        ),
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (
        FRI,
        (
            "Buen día, ¿tendrían disponibilidad para el fin de semana largo de "
            "diciembre? Seríamos dos."
        ),
        AV,
        None,
        None,
        2,
        None,
    ),
    (
        FRI,
        "Buenas tardes. Deseo reservar para Navidad, dos personas.",
        BOOK,
        "2026-12-24",
        "2026-12-26",
        2,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Mi nombre es Alicia Fernández. Tengo una reserva para el día "
            "18 de diciembre y quisiera saber si puedo llegar antes del mediodía."
        ),
        INFO,
        ANY,
        ANY,
        None,
        "checkin",
    ),  # fixed, read: AV 2026-12-18 - -
    (
        FRI,
        (
            "Estimados, buenas noches. Quisiéramos saber si tienen cupo para cinco "
            "personas en la segunda quincena de enero."
        ),
        AV,
        "2027-01-16",
        "2027-02-01",
        5,
        None,
    ),  # fixed, read: AV - - 5
    (
        FRI,
        ("Buen día. ¿Podría enviarme la dirección exacta y alguna indicación para llegar?"),
        INFO,
        None,
        None,
        None,
        "location",
    ),
    (
        FRI,
        "Buenas tardes. Agradezco mucho su atención. Lo pensaremos y le avisaremos.",
        THANKS,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "Muy buenas tardes. ¿Las cabañas tienen piscina climatizada?",
        INFO,
        None,
        None,
        None,
        "pool",
    ),
    (
        FRI,
        ("Estimada: ¿tienen servicio de internet? Necesito estar comunicado por trabajo."),
        INFO,
        None,
        None,
        None,
        "wifi",
    ),
    (
        FRI,
        (
            "Buenos días. Somos un grupo de seis jubilados que deseamos pasar una semana "
            "a partir del lunes 1 de febrero. ¿Es posible?"
        ),
        AV,
        "2027-02-01",
        "2027-02-08",
        6,
        None,
    ),
    (
        FRI,
        ("Buenas tardes. Quisiera anular la reservación efectuada a nombre de Martínez."),
        CANCEL,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        ("Señores, buenas tardes: ¿tienen ustedes alguna cabaña con vista a las montañas?"),
        INFO,
        None,
        None,
        None,
        "view",
    ),
    (
        FRI,
        ("Buenos días. Voy a viajar con mi nieto de ocho años. ¿Hay lugar del 5 al 9 de enero?"),
        AV,
        "2027-01-05",
        "2027-01-09",
        2,
        None,
    ),  # fixed, read: AV 2027-01-05 2027-01-09 -
    (
        FRI,
        "Estimados: necesito una factura a nombre de la empresa por la estadía.",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buenas noches. ¿Qué comodidades tiene la cabaña? ¿Cuenta con cocina "
            "completa y heladera?"
        ),
        INFO,
        None,
        None,
        None,
        "amenities",
    ),
    (
        FRI,
        "Buenas tardes. ¿Cuántos dormitorios tiene la cabaña más grande?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),
    (
        FRI,
        (
            "Estimado señor, disculpe la molestia. ¿La reserva del 12 de diciembre está "
            "confirmada? No recibí ningún correo."
        ),
        INFO,
        ANY,
        ANY,
        None,
        None,
    ),  # fixed, read: BOOK 2026-12-12 - -
    (
        FRI,
        "Buenos días. Quisiera saber el precio para dos personas en Semana Santa.",
        PRICES,
        "2027-03-25",
        "2027-03-28",
        2,
        None,
    ),
    (
        FRI,
        "Buenas tardes. ¿Hay parrilla en la cabaña? Vamos cuatro personas.",
        AV,
        None,
        None,
        4,
        "grill",
    ),
    (
        FRI,
        (
            "Buenas tardes. Le agradecería me informe si disponen de cuna para un bebé "
            "de diez meses."
        ),
        INFO,
        None,
        None,
        None,
        "amenities",
    ),
    (FRI, "Buen día. ¿Se puede pagar con tarjeta en cuotas?", INFO, None, None, None, "payment"),
    (
        FRI,
        "Muy amable, señora. Entonces quedamos así. Hasta luego.",
        THANKS,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buenos días. Solicito disponibilidad desde el 28/12/2026 hasta el "
            "02/01/2027 para 3 (tres) personas."
        ),
        AV,
        "2026-12-28",
        "2027-01-02",
        3,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Llegaríamos el martes 15 de diciembre y nos retiraríamos el "
            "sábado 19. Somos dos."
        ),
        AV,
        "2026-12-15",
        "2026-12-19",
        2,
        None,
    ),
    (
        FRI,
        (
            "Buen día. Estamos interesados en alquilar una cabaña por quince días en "
            "enero, para cuatro personas."
        ),
        AV,
        None,
        None,
        4,
        None,
    ),
    (
        FRI,
        (
            "Estimados: por la presente solicito información sobre las tarifas vigentes "
            "para el verano."
        ),
        PRICES,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Ayer hice una reserva y me equivoqué en la fecha de ingreso. "
            "¿Podrían modificarla?"
        ),
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buenas noches. Discúlpeme la hora. Quería saber si tienen lugar para esta "
            "noche, para dos personas."
        ),
        AV,
        "2026-11-27",
        None,
        2,
        None,
    ),
    (
        FRI,
        ("Buenos días, ¿sería tan amable de llamarme al 11 4567 8901? Deseo hacer una consulta."),
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Viajo solo, por trabajo, del 1 al 4 de diciembre. ¿Tienen "
            "algo disponible?"
        ),
        AV,
        "2026-12-01",
        "2026-12-04",
        1,
        None,
    ),
    (
        WED,
        ("Buenos días. Deseamos alojarnos el fin de semana largo de octubre. Somos tres adultos."),
        AV,
        None,
        None,
        3,
        None,
    ),
    (
        WED,
        (
            "Buenas tardes. ¿Tienen disponibilidad del viernes 16 al domingo 18 de "
            "octubre para dos personas?"
        ),
        AV,
        "2026-10-16",
        "2026-10-18",
        2,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Le escribo para saber si mantienen los precios publicados en "
            "la página para el mes de febrero."
        ),
        PRICES,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        (
            "Buen día. ¿Me podría informar si la cabaña se encuentra disponible la "
            "semana del 18 de enero? Seríamos tres."
        ),
        AV,
        "2027-01-18",
        "2027-01-25",
        3,
        None,
    ),
    (
        FRI,
        ("Le reitero mi consulta: ¿tienen lugar para el 2 de enero? Somos cuatro. Gracias."),
        AV,
        "2027-01-02",
        None,
        4,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes, señorita. ¿Sería tan amable de decirme cuánto sale la "
            "estadía de una semana para dos personas mayores?"
        ),
        PRICES,
        None,
        None,
        2,
        None,
    ),
    (
        FRI,
        "Buenos días. ¿La cabaña está en planta baja? Mi madre usa bastón.",
        INFO,
        None,
        None,
        None,
        None,
    ),  # fixed, read: GREETING - - -
    (
        FRI,
        "Estimado, ¿el complejo cuenta con personal de limpieza diaria?",
        INFO,
        None,
        None,
        None,
        "amenities",
    ),
    (
        FRI,
        "Buenas tardes. ¿Es posible abonar el saldo al momento del ingreso?",
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (FRI, "Buenos días. ¿Tienen algún descuento para jubilados?", PRICES, None, None, None, None),
    (
        FRI,
        (
            "Estimados: Habiendo leído las condiciones, deseo confirmar la reserva para "
            "los días 9, 10 y 11 de enero, dos personas."
        ),
        BOOK,
        "2027-01-09",
        ANY,
        2,
        None,
    ),
]

# Teenagers: "q", "xq", "tmb", "bn", "nd", "dsp", "finde", "re", "posta", "pal", "m", "t".
TEENS: list[Row] = [
    (FRI, "hla q onda, hay lugar el finde? somos 5", AV, "2026-11-27", "2026-11-29", 5, None),
    (FRI, "bn, y cuanto sale x noche?", PRICES, None, None, None, None),
    (FRI, "re lindo el lugar, tienen pile?", INFO, None, None, None, "pool"),
    (FRI, "xq no me contestan?? hace 2 hs q escribo", HUMAN, None, None, None, None),
    (FRI, "tmb kiero saber si tiene wifi xq tengo q trabajar", INFO, None, None, None, "wifi"),
    (FRI, "posta q aceptan perros? tengo un caniche", INFO, None, None, None, "pets"),
    (FRI, "el finde del 12 somos 4 amigos, hay lugar?", AV, "2026-12-11", "2026-12-13", 4, None),
    (FRI, "q precio tiene la cabaña x 2 noches para 3?", PRICES, None, None, 3, None),
    (
        FRI,
        "hola!! kiero reservar del 8 al 11 d dic, somos 2",
        BOOK,
        "2026-12-08",
        "2026-12-11",
        2,
        None,
    ),
    (FRI, "tienen lugar pa 6 en enero? xfa", AV, None, None, 6, None),
    (FRI, "bueno grax!! bss", THANKS, None, None, None, None),
    (FRI, "cancelame la reserva xfa, no vamos a poder ir", CANCEL, None, None, None, None),
    (FRI, "dsp del 20 de dic tienen algo? x 3 noches, 2 pers", AV, ANY, ANY, 2, None),
    (FRI, "oka, la quiero! como t pago?", BOOK, None, None, None, "payment"),
    (FRI, "hay lugar mñn x 1 noche? somos 2", AV, "2026-11-28", "2026-11-29", 2, None),
    (FRI, "q onda la del lago? tiene parri?", INFO, None, None, None, "grill"),
    (FRI, "toy viendo x insta, tienen fotos d adentro?", INFO, None, None, None, "photos"),
    (
        FRI,
        "somos 3 pibes y 2 pibas, finde del 4 de dic, cuanto nos sale?",
        PRICES,
        "2026-12-04",
        "2026-12-06",
        5,
        None,
    ),  # fixed, read: PRICES 2026-12-04 2026-12-06 -
    (
        FRI,
        "re caro jaja, nd gracias igual",
        THANKS,
        None,
        None,
        None,
        None,
    ),  # fixed, read: PRICES - - -
    (FRI, "hay descuento x semana?", PRICES, None, None, None, None),
    (
        FRI,
        "mi vieja me dijo q les escriba, quiere reservar pa navidad, son 4",
        BOOK,
        "2026-12-24",
        "2026-12-26",
        4,
        None,
    ),
    (FRI, "holaa, xfa pasame el cbu q ya t transfiero", INFO, None, None, None, "payment"),
    (FRI, "ya t transferi la seña, t mando el comprobante", INFO, None, None, None, "payment"),
    (FRI, "hay q llevar toallas o nd?", INFO, None, None, None, "linens"),
    (
        FRI,
        "tenes algo pa este finde? sorry x la hr jaja",
        AV,
        "2026-11-27",
        "2026-11-29",
        None,
        None,
    ),
    (FRI, "bnas, cuantas personas entran en la mas grande?", INFO, None, None, None, "capacity"),
    (FRI, "se puede hacer joda? es el cumple de mi amiga", INFO, None, None, None, "rules"),
    (FRI, "tiene aire? xq en enero se muere d calor", INFO, None, None, None, "amenities"),
    (
        FRI,
        "x favor q alguien m atienda, es urgente",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "dale genial, mil gracias, nos vemos el 8!!", THANKS, None, None, None, None),
    (FRI, "tmb somos 2 mas, osea 6 en total", AV, None, None, 6, None),  # fixed, read: AV - - 8
    (
        FRI,
        "hay lugar del 2 al 5 d enero? vamos 3 + mi perro",
        AV,
        "2027-01-02",
        "2027-01-05",
        3,
        "pets",
    ),
    (FRI, "q dias tienen libres en dic?", AV, None, None, None, None),
    (FRI, "holi, tenes lugar el 31? pa 4", AV, "2026-12-31", None, 4, None),
    (
        FRI,
        "weno, reservame la de 4 del 15 al 18 d enero",
        BOOK,
        "2027-01-15",
        "2027-01-18",
        ANY,
        None,
    ),
    (FRI, "ah ok, y el check in a q hr es?", INFO, None, None, None, "checkin"),
    (FRI, "me re sirve, lo tomo", BOOK, None, None, None, None),
    (FRI, "ya reserve x booking, como hago el check in?", INFO, None, None, None, "checkin"),
    (FRI, "tmb tienen cochera? vamos en auto", INFO, None, None, None, "parking"),
    (FRI, "finde q viene: 2 noches, 4 pers, cuanto?", PRICES, ANY, ANY, 4, None),
    (FRI, "bro hay lugar pa 8?", AV, None, None, 8, None),
    (
        FRI,
        "nos cancelaron el airbnb y necesitamos algo pa mañana, 3 pers",
        AV,
        "2026-11-28",
        None,
        3,
        None,
    ),  # fixed, read: CANCEL 2026-11-28 - 3
    (
        FRI,
        "che, la cabaña tiene camas matrimoniales o cuchetas?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),
    (FRI, "tiene leña el hogar o hay q llevar?", INFO, None, None, None, "amenities"),
    (FRI, "bnas noches, me decis el alias?", INFO, None, None, None, "payment"),
    (FRI, "sos un bot? jaja", HUMAN, None, None, None, None),
    (FRI, "okk gracias!! 🙌", THANKS, None, None, None, None),
    (FRI, "hay lugar x 2 noches a partir del 26? somos 2", AV, "2026-12-26", "2026-12-28", 2, None),
    (FRI, "q tal, puedo ir con mi novia el finde del 19?", AV, "2026-12-18", "2026-12-20", 2, None),
    (
        FRI,
        "toy con mi hermano y 2 amigos, 4 en total, del 10 al 13 d dic",
        AV,
        "2026-12-10",
        "2026-12-13",
        4,
        None,
    ),
    (FRI, "cuanto sale la noche en enero? somos 2 y un bebe", PRICES, None, None, 3, None),
    (
        FRI,
        "hla, tienen lugar pal 24? somos 3 y un bb",
        AV,
        "2026-12-24",
        None,
        4,
        None,
    ),  # fixed, read: AV - - 4
    (FRI, "q hr es el checkout?", INFO, None, None, None, "checkout"),
    (FRI, "tenes el numero d alguien q me atienda?", HUMAN, None, None, None, None),
    (FRI, "nah ya fue, gracias igual", THANKS, None, None, None, None),
    (FRI, "cuanto sale x persona x noche?", PRICES, None, None, None, None),
    (
        FRI,
        "pa cuantos es la cabaña mas chica?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "hay lugar d 28 a 2? somos 5", AV, "2026-11-28", "2026-12-02", 5, None),
    (FRI, "me re cope, reservo ya", BOOK, None, None, None, None),
    (
        FRI,
        "q onda el lugar, es tranqui?",
        INFO,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
]

# Voice typing: no punctuation, numbers spelled out, "coma", "punto", run-on sentences.
VOICE: list[Row] = [
    (
        FRI,
        (
            "hola buenas tardes quería saber si tienen disponibilidad del quince al "
            "dieciocho de diciembre para cuatro personas"
        ),
        AV,
        "2026-12-15",
        "2026-12-18",
        4,
        None,
    ),
    (
        FRI,
        (
            "hola si mira te hablo porque queremos ir con mi esposa y mis dos hijos del "
            "dos al siete de enero coma cuánto nos saldría"
        ),
        PRICES,
        "2027-01-02",
        "2027-01-07",
        4,
        None,
    ),
    (
        FRI,
        (
            "buen día quería consultar si aceptan mascotas porque tenemos un perro "
            "grande punto gracias"
        ),
        INFO,
        None,
        None,
        None,
        "pets",
    ),
    (
        FRI,
        (
            "hola necesito una cabaña para el veintitrés de diciembre por tres noches "
            "somos dos adultos y un niño"
        ),
        AV,
        "2026-12-23",
        "2026-12-26",
        3,
        None,
    ),
    (
        FRI,
        (
            "hola buenas quería reservar la cabaña del veintiocho de diciembre al dos de "
            "enero para seis personas"
        ),
        BOOK,
        "2026-12-28",
        "2027-01-02",
        6,
        None,
    ),
    (
        FRI,
        (
            "hola qué tal mira vamos a ser cinco personas y queremos ir el fin de semana "
            "del doce de diciembre tienen lugar"
        ),
        AV,
        "2026-12-11",
        "2026-12-13",
        5,
        None,
    ),
    (
        FRI,
        ("buenas noches te consulto a qué hora es la entrada y a qué hora hay que dejar la cabaña"),
        INFO,
        None,
        None,
        None,
        "checkin",
    ),
    (
        FRI,
        ("hola quería saber cuánto sale una semana en enero para dos personas signo de pregunta"),
        PRICES,
        None,
        None,
        2,
        None,
    ),
    (
        FRI,
        ("hola buenas te hablo para cancelar la reserva que teníamos para el once de diciembre"),
        CANCEL,
        ANY,
        ANY,
        None,
        None,
    ),
    (
        FRI,
        "hola el wifi anda bien porque tengo que trabajar dos días desde la cabaña",
        INFO,
        None,
        None,
        None,
        "wifi",
    ),  # fixed, read: AV - - - wifi
    (
        FRI,
        "hola sí quería saber si hay lugar para mañana a la noche somos tres",
        AV,
        "2026-11-28",
        None,
        3,
        None,
    ),
    (
        FRI,
        (
            "hola buen día llegamos el jueves diez de diciembre y nos vamos el domingo "
            "trece somos cuatro adultos"
        ),
        AV,
        "2026-12-10",
        "2026-12-13",
        4,
        None,
    ),  # fixed, read: AV 2026-12-03 2026-12-10 4
    (
        FRI,
        "buenas tardes tienen pileta y parrilla y si aceptan perros gracias",
        INFO,
        None,
        None,
        None,
        "pool",
    ),
    (
        FRI,
        ("hola mi nombre es carlos quería saber si me puede llamar una persona al celular"),
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: HUMAN - - 1
    (FRI, "hola dale perfecto muchas gracias nos vemos el viernes", THANKS, None, None, None, None),
    (
        FRI,
        ("hola buenas tardes queremos ir del primero al cinco de enero somos dos parejas"),
        AV,
        "2027-01-01",
        "2027-01-05",
        4,
        None,
    ),
    (
        FRI,
        (
            "hola quería saber dónde quedan exactamente las cabañas y cómo se llega "
            "desde la terminal"
        ),
        INFO,
        None,
        None,
        None,
        "location",
    ),
    (
        FRI,
        "hola cuántas noches mínimo hay que quedarse en enero",
        INFO,
        None,
        None,
        None,
        "minimum_stay",
    ),  # fixed, read: AV - - - minimum_stay
    (
        FRI,
        "hola te mandé la transferencia de la seña recién avisame si te llegó",
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (FRI, "hola quiero hablar con el dueño por favor", HUMAN, None, None, None, None),
    (
        FRI,
        (
            "hola qué tal quería saber el precio de la cabaña para dos personas del "
            "veinte al veintidós de diciembre"
        ),
        PRICES,
        "2026-12-20",
        "2026-12-22",
        2,
        None,
    ),
    (
        FRI,
        ("buenas quería saber si tienen lugar para el fin de semana largo de carnaval somos seis"),
        AV,
        "2027-02-06",
        "2027-02-09",
        6,
        None,
    ),
    (FRI, "hola sí está bien reservame esa por favor", BOOK, None, None, None, None),
    (
        FRI,
        (
            "hola tengo una reserva para el diez y quería saber si podemos llegar más "
            "temprano tipo once de la mañana"
        ),
        INFO,
        ANY,
        ANY,
        None,
        "checkin",
    ),
    (
        FRI,
        (
            "hola buenas noches quería preguntar si las cabañas tienen calefacción "
            "porque vamos en julio"
        ),
        INFO,
        None,
        None,
        None,
        "amenities",
    ),  # fixed, read: AV - - - amenities
    (
        FRI,
        (
            "hola mira somos dos adultos y tres chicos de cinco ocho y doce años "
            "queremos ir del nueve al catorce de enero"
        ),
        AV,
        "2027-01-09",
        "2027-01-14",
        5,
        None,
    ),
    (
        FRI,
        "hola quería saber si se puede pagar con mercado pago o transferencia",
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (FRI, "hola una pregunta el desayuno está incluido", INFO, None, None, None, "breakfast"),
    (
        FRI,
        (
            "hola buenas necesito alojamiento para dos personas desde el treinta de "
            "diciembre hasta el tres de enero"
        ),
        AV,
        "2026-12-30",
        "2027-01-03",
        2,
        None,
    ),
    (FRI, "hola cuánto sale la noche", PRICES, None, None, None, None),
    (
        FRI,
        ("hola buen día nos quedamos sin lugar donde estábamos tienen algo para hoy somos cuatro"),
        AV,
        "2026-11-27",
        None,
        4,
        None,
    ),
    (
        FRI,
        ("hola quería saber si hay lugar para el cuatro de diciembre por dos noches para dos"),
        AV,
        "2026-12-04",
        "2026-12-06",
        2,
        None,
    ),
    (
        FRI,
        "hola tienen fotos de la cabaña grande me las podés mandar",
        INFO,
        None,
        None,
        None,
        "photos",
    ),
    (FRI, "gracias chau", THANKS, None, None, None, None),
    (
        FRI,
        "hola buenas tardes el agua caliente no funciona y estamos en la cabaña tres",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "hola quiero reservar para el veinticuatro de diciembre dos noches somos dos",
        BOOK,
        "2026-12-24",
        "2026-12-26",
        2,
        None,
    ),
    (
        FRI,
        "hola queremos ir una semana a partir del diez de enero somos tres",
        AV,
        "2027-01-10",
        "2027-01-17",
        3,
        None,
    ),
    (
        FRI,
        "hola está incluida la ropa de cama o hay que llevar sábanas",
        INFO,
        None,
        None,
        None,
        "linens",
    ),
    (
        FRI,
        (
            "hola mira te cuento que somos un grupo de ocho amigos y queremos ir del "
            "once al catorce de febrero hay lugar para todos"
        ),
        AV,
        "2027-02-11",
        "2027-02-14",
        8,
        None,
    ),
    (FRI, "hola hasta qué edad los chicos no pagan", INFO, None, None, None, "kids"),
    (FRI, "hola buenas a qué distancia está el lago", INFO, None, None, None, "location"),
    (
        FRI,
        "hola quería saber si podemos hacer fuego afuera o hay parrilla",
        INFO,
        None,
        None,
        None,
        "grill",
    ),
    (
        FRI,
        ("hola cuánto sería para cuatro personas del dieciocho al veintiuno de diciembre"),
        PRICES,
        "2026-12-18",
        "2026-12-21",
        4,
        None,
    ),
    (
        FRI,
        "hola buenas noches cuál es la política de cancelación",
        INFO,
        None,
        None,
        None,
        "cancellation",
    ),
    (FRI, "hola sí somos cuatro", AV, None, None, 4, None),
    (FRI, "hola del diez al quince de enero", AV, "2027-01-10", "2027-01-15", None, None),
    (FRI, "el diez de enero", AV, "2027-01-10", None, None, None),
    (
        FRI,
        "hola la cabaña tiene estacionamiento adentro para la camioneta",
        INFO,
        None,
        None,
        None,
        "parking",
    ),
    (
        FRI,
        ("hola quería saber si es tranquilo para ir con abuelos que no pueden subir escaleras"),
        INFO,
        None,
        None,
        None,
        None,
    ),  # fixed, read: GREETING - - -
    (FRI, "hola cuántas camas tiene la cabaña de cuatro", INFO, None, None, None, "capacity"),
    (
        FRI,
        "hola tienen lugar para el treinta y uno de diciembre somos dos",
        AV,
        "2026-12-31",
        None,
        2,
        None,
    ),
    (
        FRI,
        (
            "hola queríamos ir del veintiséis al treinta de diciembre coma somos cuatro "
            "coma cuánto sale"
        ),
        PRICES,
        "2026-12-26",
        "2026-12-30",
        4,
        None,
    ),
    (
        FRI,
        "hola una consulta tengo que trabajar tres días allá hay buena señal",
        INFO,
        None,
        None,
        None,
        "wifi",
    ),  # fixed, read: AV - - - wifi
    (
        FRI,
        ("hola buenas quería saber si la segunda quincena de enero tienen algo para dos"),
        AV,
        "2027-01-16",
        "2027-02-01",
        2,
        None,
    ),  # fixed, read: AV - - 2
    (
        FRI,
        (
            "hola buenas tardes quería saber si tienen disponible la primera quincena de "
            "febrero para una familia de cuatro"
        ),
        AV,
        "2027-02-01",
        "2027-02-16",
        4,
        None,
    ),  # fixed, read: AV - - 4
    (
        FRI,
        (
            "buenas tardes quería saber si hay lugar desde el lunes hasta el jueves para "
            "dos personas"
        ),
        AV,
        "2026-11-30",
        "2026-12-03",
        2,
        None,
    ),
    (
        FRI,
        (
            "hola buenas te escribo porque me interesa la cabaña para el finde largo del "
            "ocho de diciembre"
        ),
        AV,
        ANY,
        ANY,
        None,
        None,
    ),
    (
        FRI,
        "hola qué tal te quería preguntar si hay micro desde buenos aires hasta ahí",
        INFO,
        None,
        None,
        None,
        "location",
    ),
    (
        FRI,
        (
            "hola buen día quería saber si tienen disponibilidad para dos noches el "
            "sábado y el domingo somos dos"
        ),
        AV,
        "2026-11-28",
        "2026-11-30",
        2,
        None,
    ),
    (
        FRI,
        (
            "hola buenas sí te escribía porque vamos a ir con mi señora los primeros "
            "días de enero y quería saber precio"
        ),
        PRICES,
        None,
        None,
        2,
        None,
    ),
    (FRI, "hola sí perdón me equivoqué son cinco no cuatro", AV, None, None, 5, None),
    (
        FRI,
        "hola quiero cambiar la fecha de mi reserva al doce de diciembre",
        HUMAN,
        ANY,
        ANY,
        None,
        None,
    ),
    (
        FRI,
        (
            "hola buenas tardes mira llegamos el veinte pero capaz llegamos tarde tipo "
            "once de la noche hay alguien para recibirnos"
        ),
        INFO,
        ANY,
        ANY,
        None,
        "checkin",
    ),
]

# Other Latin Americans: tú/usted, "habitación", "reservación", "cupo", "puente", "alberca".
LATAM: list[Row] = [
    (
        FRI,
        ("Hola, ¿tienen habitación disponible para 2 personas del 15 al 20 de diciembre?"),
        AV,
        "2026-12-15",
        "2026-12-20",
        2,
        None,
    ),
    (
        FRI,
        "Buenas, quisiera hacer una reservación para 4 personas del 2 al 6 de enero.",
        BOOK,
        "2027-01-02",
        "2027-01-06",
        4,
        None,
    ),
    (FRI, "¿Tienen cupo para el puente de diciembre? Somos 3.", AV, None, None, 3, None),
    (FRI, "Hola, ¿me puedes decir cuánto cuesta la noche?", PRICES, None, None, None, None),
    (
        FRI,
        (
            "Hola, quiero alquilar una cabaña para mi familia, somos 5, del 28 de "
            "diciembre al 3 de enero. ¿Qué precio tiene?"
        ),
        PRICES,
        "2026-12-28",
        "2027-01-03",
        5,
        None,
    ),
    (FRI, "¿Aceptan mascotas? Viajo con mi perrito.", INFO, None, None, None, "pets"),
    (FRI, "¿Tienes alojamiento para el puente? Somos dos", AV, ANY, ANY, 2, None),
    (
        FRI,
        "Buenas tardes, ¿cuál es la tarifa por noche para una pareja?",
        PRICES,
        None,
        None,
        2,
        None,
    ),
    (
        FRI,
        "Quisiera reservar una habitación doble para el 10 de enero, 3 noches.",
        BOOK,
        "2027-01-10",
        "2027-01-13",
        ANY,
        None,
    ),
    (FRI, "¿Me podrías enviar la ubicación por favor?", INFO, None, None, None, "location"),
    (FRI, "Hola, ¿a qué hora es el check-in y el check-out?", INFO, None, None, None, "checkin"),
    (FRI, "Necesito cancelar mi reservación, por favor.", CANCEL, None, None, None, None),
    (FRI, "¿Hay estacionamiento gratuito?", INFO, None, None, None, "parking"),
    (
        FRI,
        "¿La alberca está climatizada?",
        INFO,
        None,
        None,
        None,
        "pool",
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "¿Tienen asador?", INFO, None, None, None, "grill"),
    (FRI, "Muchas gracias, muy amable.", THANKS, None, None, None, None),
    (FRI, "¿Puedo hablar con alguien de recepción?", HUMAN, None, None, None, None),
    (
        FRI,
        "Hola, ¿tienen disponibilidad este fin de semana para 4 adultos?",
        AV,
        "2026-11-27",
        "2026-11-29",
        4,
        None,
    ),
    (FRI, "Quisiera saber si el hospedaje incluye desayuno.", INFO, None, None, None, "breakfast"),
    (
        FRI,
        ("¿Cuánto me cobran por dos noches, para tres personas, llegando el 18 de diciembre?"),
        PRICES,
        "2026-12-18",
        "2026-12-20",
        3,
        None,
    ),
    (FRI, "Hola, ¿cómo puedo pagar? ¿Aceptan PayPal?", INFO, None, None, None, "payment"),
    (FRI, "¿Ustedes tienen wifi en las habitaciones?", INFO, None, None, None, "wifi"),
    (FRI, "Buenos días, ¿me regala información de las cabañas?", INFO, None, None, None, None),
    (
        FRI,
        "Hola, buenas, ¿hay cupo del 5 al 8 de febrero para 2 adultos y 1 niño?",
        AV,
        "2027-02-05",
        "2027-02-08",
        3,
        None,
    ),
    (
        FRI,
        "¿Tú me puedes ayudar con una reservación para Año Nuevo? Somos 6.",
        BOOK,
        "2026-12-31",
        "2027-01-02",
        6,
        None,
    ),
    (
        FRI,
        "Hola, ¿cuántas recámaras tiene la cabaña?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),  # fixed, read: GREETING - - -
    (FRI, "Oye, ¿la cabaña tiene aire acondicionado?", INFO, None, None, None, "amenities"),
    (FRI, "Qué pena, entonces no. Gracias de todas formas.", THANKS, None, None, None, None),
    (
        FRI,
        "Hola, ¿está disponible para el 24 de diciembre? Somos una familia de 4.",
        AV,
        "2026-12-24",
        None,
        4,
        None,
    ),
    (FRI, "¿Cuál es el costo por persona?", PRICES, None, None, None, None),
    (
        FRI,
        "Hola, ¿cuántos kilómetros hay del aeropuerto a las cabañas?",
        INFO,
        None,
        None,
        None,
        "location",
    ),
    (FRI, "Buen día, somos una pareja con un bebé, ¿tienen cuna?", AV, None, None, 3, "amenities"),
    (
        FRI,
        "Quiero alquilar desde el 20 hasta el 27 de enero. ¿Está libre?",
        AV,
        "2027-01-20",
        "2027-01-27",
        None,
        None,
    ),
    (
        FRI,
        "¿Ya está confirmada mi reservación?",
        INFO,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "Disculpe, ¿puedo llevar a mi gato?", INFO, None, None, None, "pets"),
    (FRI, "¿Tienen lugar para el próximo puente? Vamos 2 parejas.", AV, ANY, ANY, 4, None),
    (FRI, "Hola, ¿a cuánto está del centro?", INFO, None, None, None, "location"),
    (
        FRI,
        "Necesito hospedaje para 10 personas, ¿tienen cabañas grandes?",
        AV,
        None,
        None,
        10,
        None,
    ),
    (FRI, "¿Puedo pagar en dólares?", INFO, None, None, None, "payment"),
    (FRI, "Hola, ¿tienen habitaciones libres para mañana?", AV, "2026-11-28", None, None, None),
    (FRI, "¿Se admiten niños?", INFO, None, None, None, "kids"),
    (FRI, "Buenas noches, ¿tienen toallas o tengo que llevar?", INFO, None, None, None, "linens"),
    (FRI, "Quiero hacer una queja, la habitación estaba sucia.", HUMAN, None, None, None, None),
    (
        FRI,
        "Hola, me gustaría reservar del 3 al 5 de diciembre para mí y mi esposo.",
        BOOK,
        "2026-12-03",
        "2026-12-05",
        2,
        None,
    ),
    (FRI, "¿Cuál es la estancia mínima?", INFO, None, None, None, "minimum_stay"),
    (FRI, "¿Tienen vista al mar?", INFO, None, None, None, "view"),
    (FRI, "Saludos, ¿pueden mandarme fotos de las habitaciones?", INFO, None, None, None, "photos"),
    (FRI, "Hola, ¿se puede hacer fiesta? Es un cumpleaños.", INFO, None, None, None, "rules"),
    (
        FRI,
        "Buenas tardes, ¿tienen disponibilidad para Semana Santa para 2 adultos?",
        AV,
        "2027-03-25",
        "2027-03-28",
        2,
        None,
    ),
    (
        FRI,
        "Hola, quiero saber los precios para el puente del 8 de diciembre, somos 4.",
        PRICES,
        ANY,
        ANY,
        4,
        None,
    ),
    (FRI, "¿El precio es por persona o por cabaña?", PRICES, None, None, None, None),
    (
        FRI,
        "Buenas, ¿tienen algo para tres noches desde el viernes? Somos 2.",
        AV,
        "2026-11-27",
        "2026-11-30",
        2,
        None,
    ),
    (
        FRI,
        ("¿Tienen lugar del 30 de diciembre al 2 de enero para 3 personas y una mascota?"),
        AV,
        "2026-12-30",
        "2027-01-02",
        3,
        "pets",
    ),
    (
        FRI,
        "¿Cuánto cuesta la cabaña por una semana en temporada baja?",
        PRICES,
        None,
        None,
        None,
        None,
    ),
    (FRI, "Hola, disculpa, ¿el hospedaje es pet friendly?", INFO, None, None, None, "pets"),
    (FRI, "Hola, ¿cuentan con servicio de lavandería?", INFO, None, None, None, "amenities"),
    (
        FRI,
        "Quiero reservar para 2 personas el 15 de diciembre, salgo el 17.",
        BOOK,
        "2026-12-15",
        "2026-12-17",
        2,
        None,
    ),
    (
        FRI,
        "Hola, ¿podrías decirme si está libre del 6 al 9 de diciembre?",
        AV,
        "2026-12-06",
        "2026-12-09",
        None,
        None,
    ),
    (FRI, "Buenas, ¿hay señal de celular?", INFO, None, None, None, "wifi"),
    (FRI, "Hola, ¿el alojamiento tiene cocina equipada?", INFO, None, None, None, "amenities"),
]

# Brazilians writing Spanish, or Portuguese ("tem lugar para 4 pessoas de 10 a 15 de janeiro?").
BRAZIL: list[Row] = [
    (
        FRI,
        "Olá, tem lugar para 4 pessoas de 10 a 15 de janeiro?",
        AV,
        "2027-01-10",
        "2027-01-15",
        4,
        None,
    ),  # fixed, read: AV 2026-12-10 2026-12-15 4
    (FRI, "Oi, boa tarde! Quanto custa a diária para 2 pessoas?", PRICES, None, None, 2, None),
    (
        FRI,
        (
            "Bom dia, gostaria de reservar uma cabana de 5 a 9 de fevereiro para dois "
            "adultos e uma criança"
        ),
        BOOK,
        "2027-02-05",
        "2027-02-09",
        3,
        None,
    ),  # fixed, read: BOOK 2026-12-05 2026-12-09 -
    (FRI, "Vocês aceitam cachorro?", INFO, None, None, None, "pets"),
    (FRI, "Tem wifi na cabana?", INFO, None, None, None, "wifi"),
    (FRI, "Obrigado pela informação!", THANKS, None, None, None, None),  # fixed, read: INFO - - -
    (
        FRI,
        (
            "Oi, somos 3 casais, 6 pessoas, queremos ir do dia 20 ao dia 25 de dezembro. "
            "Tem disponibilidade?"
        ),
        AV,
        "2026-12-20",
        "2026-12-25",
        6,
        None,
    ),
    (
        FRI,
        "Qual o preço para o réveillon? Somos 4",
        PRICES,
        "2026-12-31",
        "2027-01-02",
        4,
        None,
    ),  # fixed, read: PRICES - - 4
    (FRI, "Boa noite, posso pagar com cartão de crédito?", INFO, None, None, None, "payment"),
    (FRI, "Tem estacionamento?", INFO, None, None, None, "parking"),
    (FRI, "Tem piscina?", INFO, None, None, None, "pool"),
    (FRI, "Oi, quero cancelar minha reserva", CANCEL, None, None, None, None),
    (
        FRI,
        "Queria falar com uma pessoa, por favor",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "Hola, tengo una duda, la cabaña tem churrasqueira?",
        INFO,
        None,
        None,
        None,
        "grill",
    ),  # fixed, read: INFO - - -
    (
        FRI,
        "Olá! Precisamos de hospedagem para 2 noites, 15 e 16 de janeiro, somos 2",
        AV,
        "2027-01-15",
        "2027-01-17",
        2,
        None,
    ),  # fixed, read: AV - - 2
    (
        FRI,
        "Bom dia, quero reservar para 4 pessoas, de 3 a 7 de março",
        BOOK,
        "2027-03-03",
        "2027-03-07",
        4,
        None,
    ),  # fixed, read: BOOK 2026-12-03 2026-12-07 4
    (
        FRI,
        "Oi! Vocês têm café da manhã?",
        INFO,
        None,
        None,
        None,
        "breakfast",
    ),  # fixed, read: GREETING - - -
    (FRI, "Qual é o horário de check-in?", INFO, None, None, None, "checkin"),
    (
        FRI,
        "Onde fica a cabana? É longe do centro?",
        INFO,
        None,
        None,
        None,
        "location",
    ),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "Quantas pessoas cabem na cabana maior?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "Muito obrigada, tchau!", THANKS, None, None, None, None),
    (
        FRI,
        "Olá, tudo bem? Tem vaga para o carnaval? Somos 5 amigos",
        AV,
        "2027-02-06",
        "2027-02-09",
        5,
        None,
    ),
    (
        FRI,
        ("Hola, somos brasileños, queremos ir de 2 a 6 de enero, cuatro personas, cuanto custa?"),
        PRICES,
        "2027-01-02",
        "2027-01-06",
        4,
        None,
    ),
    (
        FRI,
        "Boa tarde, tem lugar para este fim de semana? Dois adultos",
        AV,
        "2026-11-27",
        "2026-11-29",
        2,
        None,
    ),  # fixed, read: AV 2026-11-27 2026-11-29 -
    (FRI, "Oi, tudo bem?", GREETING, None, None, None, None),
    (FRI, "Tem fotos da cabana?", INFO, None, None, None, "photos"),
    (FRI, "Aceitam pix?", INFO, None, None, None, "payment"),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "Pode me passar o endereço?",
        INFO,
        None,
        None,
        None,
        "location",
    ),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "Gostaria de falar com o proprietário",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        (
            "Bom dia! Vocês têm disponibilidade de 28 de dezembro a 4 de janeiro para 2 "
            "adultos e 2 crianças?"
        ),
        AV,
        "2026-12-28",
        "2027-01-04",
        4,
        None,
    ),  # fixed, read: AV - - 4
    (FRI, "A roupa de cama e toalhas estão incluídas?", INFO, None, None, None, "linens"),
    (FRI, "Crianças pagam?", INFO, None, None, None, "kids"),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "Hola! Quiero reservar. Somos dos pessoas, del 12 al 14 de dezembro",
        BOOK,
        "2026-12-12",
        "2026-12-14",
        2,
        None,
    ),
    (
        FRI,
        "tem ar condicionado?",
        INFO,
        None,
        None,
        None,
        "amenities",
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "valeu, obrigado!", THANKS, None, None, None, None),
    (
        FRI,
        "Oi, vamos em 4, de 8 a 11 de janeiro",
        AV,
        "2027-01-08",
        "2027-01-11",
        4,
        None,
    ),  # fixed, read: AV 2026-12-08 2026-12-11 -
    (
        FRI,
        "Olá, ja fiz o pix do sinal",
        INFO,
        None,
        None,
        None,
        "payment",
    ),  # fixed, read: GREETING - - -
    (
        FRI,
        "Tem vaga amanhã para duas pessoas?",
        AV,
        "2026-11-28",
        None,
        2,
        None,
    ),  # fixed, read: AV - - -
    (
        FRI,
        "Hola buenas, tenemos uma reserva para dia 10, a que hora podemos entrar?",
        INFO,
        ANY,
        ANY,
        None,
        "checkin",
    ),
    (
        FRI,
        "Olá, quanto é a diária em fevereiro para um casal?",
        PRICES,
        None,
        None,
        2,
        None,
    ),  # fixed, read: PRICES - - -
    (FRI, "Bom dia, somos uma família de cinco pessoas", AV, None, None, 5, None),
    (FRI, "Qual o mínimo de noites?", INFO, None, None, None, "minimum_stay"),
    (FRI, "Preciso cancelar a reserva de janeiro, por favor", CANCEL, None, None, None, None),
    (
        FRI,
        "Oi, a cabana tem lareira?",
        INFO,
        None,
        None,
        None,
        "amenities",
    ),  # fixed, read: GREETING - - -
    (
        FRI,
        "Bom dia, tem disponibilidade para o natal? Somos um casal",
        AV,
        "2026-12-24",
        "2026-12-26",
        2,
        None,
    ),  # fixed, read: AV - - -
    (
        FRI,
        "Oi, pode me ligar? Prefiro falar por telefone",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: GREETING - - -
    (FRI, "quantas noites no mínimo?", INFO, None, None, None, "minimum_stay"),
]

# Copy-pasted forms: one "Label: value" a line.
FORMS: list[Row] = [
    (
        FRI,
        (
            "Nombre: Juan Pérez\nFecha de ingreso: 15/12\nFecha de egreso: "
            "18/12\nCantidad de personas: 4"
        ),
        AV,
        "2026-12-15",
        "2026-12-18",
        4,
        None,
    ),
    (
        FRI,
        (
            "Nombre y apellido: María López\nDNI: 28.456.789\nCheck in: "
            "03/01/2027\nCheck out: 07/01/2027\nAdultos: 2\nMenores: 1"
        ),
        AV,
        "2027-01-03",
        "2027-01-07",
        3,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Carlos Gómez\nTeléfono: 11 3456 7890\nLlegada: 20 de "
            "diciembre\nSalida: 23 de diciembre\nPersonas: 2\nMascotas: sí, un perro"
        ),
        AV,
        "2026-12-20",
        "2026-12-23",
        2,
        "pets",
    ),  # fixed, read: AV 2026-12-20 2026-12-23 - pets
    (
        FRI,
        "RESERVA\nNombre: Laura Díaz\nDesde: 10/01\nHasta: 17/01\nHuéspedes: 5",
        BOOK,
        "2027-01-10",
        "2027-01-17",
        5,
        None,
    ),
    (
        FRI,
        (
            "Fecha de ingreso: 26/12/2026\nFecha de egreso: 02/01/2027\nCantidad de "
            "adultos: 4\nCantidad de menores: 2\nCabaña: la grande"
        ),
        AV,
        "2026-12-26",
        "2027-01-02",
        6,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Ricardo\nEmail: ricardo@gmail.com\nFecha: 5 al 8 de "
            "febrero\nCantidad de personas: 3\nConsulta: tienen parrilla?"
        ),
        AV,
        "2027-02-05",
        "2027-02-08",
        3,
        "grill",
    ),
    (FRI, "Check-in: 12/12\nCheck-out: 14/12\nPax: 2", AV, "2026-12-12", "2026-12-14", 2, None),
    (
        FRI,
        "Ingreso: 30/11\nEgreso: 3/12\nPersonas: 2 adultos",
        AV,
        "2026-11-30",
        "2026-12-03",
        2,
        None,
    ),
    (
        FRI,
        (
            "Nombre completo: Ana María Ruiz\nCelular: 351 555 1234\nFecha de llegada: "
            "24/12\nNoches: 3\nCantidad de huéspedes: 4"
        ),
        AV,
        "2026-12-24",
        "2026-12-27",
        4,
        None,
    ),  # fixed, read: AV 2026-12-24 - 4
    (
        FRI,
        (
            "Solicitud de reserva\n- Entrada: 08/01/27\n- Salida: 12/01/27\n- Adultos: "
            "2\n- Niños: 2 (3 y 6 años)"
        ),
        BOOK,
        "2027-01-08",
        "2027-01-12",
        4,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Pedro\nApellido: Sosa\nDNI: 30123456\nDía de llegada: sábado "
            "5/12\nDía de salida: martes 8/12\nPersonas: 6"
        ),
        AV,
        "2026-12-05",
        "2026-12-08",
        6,
        None,
    ),
    (
        FRI,
        (
            "Fecha de ingreso: 15 de enero\nFecha de egreso: 22 de enero\nCantidad de "
            "personas: dos\nObservaciones: llegamos tarde, tipo 23 hs"
        ),
        AV,
        "2027-01-15",
        "2027-01-22",
        2,
        "checkin",
    ),
    (
        FRI,
        ("Nombre: Lucía\nFecha de ingreso: 31/12\nFecha de egreso: 01/01\nCantidad de personas: 2"),
        AV,
        "2026-12-31",
        "2027-01-01",
        2,
        None,
    ),
    (
        FRI,
        ("Nombre: Familia Romero\nIngreso: 2/1\nEgreso: 9/1\nAdultos: 2\nMenores: 3\nMascota: no"),
        AV,
        "2027-01-02",
        "2027-01-09",
        5,
        None,
    ),
    (
        FRI,
        (
            "Datos para la reserva:\nNombre: Sergio Álvarez\nDNI: 25.678.901\nFechas: "
            "del 18/12 al 21/12\nPersonas: 4\nForma de pago: transferencia"
        ),
        BOOK,
        "2026-12-18",
        "2026-12-21",
        4,
        "payment",
    ),
    (
        FRI,
        "Desde: 27/11\nHasta: 29/11\nCantidad: 2 personas",
        AV,
        "2026-11-27",
        "2026-11-29",
        2,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Marta\nFecha de ingreso: 10/12\nCantidad de noches: 4\nCantidad de "
            "personas: 2 adultos mayores"
        ),
        AV,
        "2026-12-10",
        "2026-12-14",
        2,
        None,
    ),  # fixed, read: AV 2026-12-10 - 2
    (FRI, "ingreso 14/2 egreso 16/2 personas 2", AV, "2027-02-14", "2027-02-16", 2, None),
    (
        FRI,
        (
            "Fecha de ingreso: 03/01\nFecha de egreso: 06/01\nCantidad de personas: 4 (2 "
            "adultos y 2 niños)"
        ),
        AV,
        "2027-01-03",
        "2027-01-06",
        4,
        None,
    ),
    (
        FRI,
        (
            "Nombre: José\nFecha de entrada: 20/01/2027\nFecha de salida: 25/01/2027\nN° "
            "de personas: 3"
        ),
        AV,
        "2027-01-20",
        "2027-01-25",
        3,
        None,
    ),
    (
        FRI,
        "Check in 19/12 - Check out 22/12 - 2 adultos + 1 menor",
        AV,
        "2026-12-19",
        "2026-12-22",
        3,
        None,
    ),
    (
        FRI,
        "Fecha: 11/12 al 13/12\nPersonas: 5\nVehículos: 2",
        AV,
        "2026-12-11",
        "2026-12-13",
        5,
        None,
    ),  # fixed, read: AV 2026-12-11 2026-12-13 - parking
    (
        FRI,
        ("Nombre: Valeria\nCantidad de personas: 3\nFecha tentativa: segunda quincena de enero"),
        AV,
        "2027-01-16",
        "2027-02-01",
        3,
        None,
    ),  # fixed, read: AV - - 3
    (
        FRI,
        (
            "Nombre: Gustavo Ríos\nEdad: 45\nFecha de ingreso: 5/1\nFecha de egreso: "
            "10/1\nPersonas: 2"
        ),
        AV,
        "2027-01-05",
        "2027-01-10",
        2,
        None,
    ),
    (
        FRI,
        ("Huéspedes: 4\nLlegada: 22/12\nSalida: 26/12\nHorario estimado de llegada: 18 hs"),
        AV,
        "2026-12-22",
        "2026-12-26",
        4,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Inés\nTel: 2944 123456\nFechas: 7 al 10 de diciembre\nPersonas: "
            "2\nConsulta: ¿cuánto sale en total?"
        ),
        PRICES,
        "2026-12-07",
        "2026-12-10",
        2,
        None,
    ),
    (
        FRI,
        (
            "Fecha de ingreso: 2/12\nFecha de egreso: 5/12\nCantidad de personas: "
            "2\nQuiero reservar la cabaña del bosque"
        ),
        BOOK,
        "2026-12-02",
        "2026-12-05",
        2,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Hernán\nFecha de ingreso: 18-12-2026\nFecha de egreso: "
            "21-12-2026\nCantidad de personas: 7"
        ),
        AV,
        "2026-12-18",
        "2026-12-21",
        7,
        None,
    ),
    (
        FRI,
        "Adultos: 2\nNiños: 0\nDesde el 12 hasta el 15 de diciembre",
        AV,
        "2026-12-12",
        "2026-12-15",
        2,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Graciela\nCódigo postal: 1425\nFecha de llegada: 4/12\nFecha de "
            "salida: 6/12\nPersonas: 2"
        ),
        AV,
        "2026-12-04",
        "2026-12-06",
        2,
        None,
    ),
]

# Lots of emojis and line breaks.
EMOJIS: list[Row] = [
    (
        FRI,
        "Holaaa 👋😊\n¿Tienen lugar para el finde? 🏡\nSomos 4 🙌",
        AV,
        "2026-11-27",
        "2026-11-29",
        4,
        None,
    ),
    (FRI, "🔥🔥 del 15 al 18 de enero 🔥🔥 2 personas ❤️", AV, "2027-01-15", "2027-01-18", 2, None),
    (
        FRI,
        "Hola!!\n\nQueríamos saber\n\nsi aceptan perros 🐶🐶\n\nGracias!!",
        INFO,
        None,
        None,
        None,
        "pets",
    ),
    (FRI, "💰¿Cuánto sale?💰", PRICES, None, None, None, None),
    (FRI, "👨‍👩‍👧‍👦 somos 4, del 2 al 5 de enero ☀️", AV, "2027-01-02", "2027-01-05", 4, None),
    (FRI, "Gracias!!! 🙏🙏🙏😍", THANKS, None, None, None, None),
    (
        FRI,
        "Hola 😊\nQuiero reservar 📅\n10/12 al 13/12\n👫 2 personas",
        BOOK,
        "2026-12-10",
        "2026-12-13",
        2,
        None,
    ),
    (FRI, "❌ cancelar reserva ❌", CANCEL, None, None, None, None),
    (FRI, "🏊‍♀️ tienen pileta? 🏊‍♂️", INFO, None, None, None, "pool"),
    (FRI, "wifi? 📶", INFO, None, None, None, "wifi"),
    (
        FRI,
        (
            "Hola!! 🙋‍♀️\nMi marido y yo 👫\ny nuestros 3 hijos 👦👧👶\nqueremos ir\ndel "
            "27/12\nal 2/1 🎉"
        ),
        AV,
        "2026-12-27",
        "2027-01-02",
        5,
        None,
    ),
    (FRI, "😡😡😡 nadie contesta!!!", HUMAN, None, None, None, None),
    (FRI, "Dale!! 👍 Lo tomamos 🙌", BOOK, None, None, None, None),
    (FRI, "📍¿Dónde están ubicados?", INFO, None, None, None, "location"),
    (FRI, "🚗 ¿tienen cochera?", INFO, None, None, None, "parking"),
    (
        FRI,
        "Buenas! 🌞\n\n2 adultos\n1 nene de 6\n\n👉 del 8 al 12 de enero\n\n¿precio? 💸",
        PRICES,
        "2027-01-08",
        "2027-01-12",
        3,
        None,
    ),
    (FRI, "🥩🔥 ¿hay parrilla? 🔥🥩", INFO, None, None, None, "grill"),
    (FRI, "Hola 🌲🏔️ ¿la cabaña tiene vista a la montaña? 😍", INFO, None, None, None, "view"),
    (FRI, "🙏 Necesito hablar con alguien 🙏", HUMAN, None, None, None, None),
    (FRI, "Chau!! 👋👋 Gracias por todo 💕", THANKS, None, None, None, None),
    (FRI, "👋 Hola", GREETING, None, None, None, None),
    (FRI, "Hola 😊 hay lugar para mañana?? 🤞 Somos 2 👫", AV, "2026-11-28", None, 2, None),
    (
        FRI,
        "Holaa ☀️☀️\n\n¿Tienen lugar en Navidad? 🎄🎅\n\nSomos 6 👨‍👩‍👧‍👦👵👴",
        AV,
        "2026-12-24",
        "2026-12-26",
        6,
        None,
    ),
    (FRI, "💳 ¿aceptan tarjeta?", INFO, None, None, None, "payment"),
    (
        FRI,
        "Hola!!!!!\nQuería consultar\nprecio\npara 2\nen diciembre\ngracias!!",
        PRICES,
        None,
        None,
        2,
        None,
    ),
    (FRI, "Ya transferí 💸✅ te mando el comprobante 📄", INFO, None, None, None, "payment"),
    (FRI, "¿A qué hora es el check in? ⏰", INFO, None, None, None, "checkin"),
    (FRI, "🛏️ ¿cuántas camas tiene? 🛏️", INFO, None, None, None, "capacity"),
    (
        FRI,
        "Hola ✨\n3 noches ✨\ndesde el 20 de diciembre ✨\n2 personas ✨",
        AV,
        "2026-12-20",
        "2026-12-23",
        2,
        None,
    ),
    (
        FRI,
        "🎂 es el cumple de mi novio, queremos ir el sábado 12 de diciembre 1 noche 🥂",
        AV,
        "2026-12-12",
        "2026-12-13",
        ANY,
        None,
    ),
    (FRI, "📸 ¿me pasás fotos?", INFO, None, None, None, "photos"),
    (FRI, "Hola!\n¿Tienen desayuno? ☕🥐", INFO, None, None, None, "breakfast"),
    (FRI, "Ok 👌", UNKNOWN, None, None, None, None),
    (FRI, "👍", UNKNOWN, None, None, None, None),
    (FRI, "💧 no hay agua caliente en la cabaña 🥶", HUMAN, None, None, None, None),
    (
        FRI,
        "Hola!! 🏡🌲\n\n¿Qué incluye la cabaña?\n¿Ropa de cama? ¿Toallas?\n\nGracias 😊",
        INFO,
        None,
        None,
        None,
        "linens",
    ),
    (
        FRI,
        "🐕 + 👫 = ¿hay lugar del 4 al 6 de diciembre?",
        AV,
        "2026-12-04",
        "2026-12-06",
        ANY,
        None,
    ),
    (FRI, "👶 ¿Tienen cuna? 👶", INFO, None, None, None, "amenities"),
    (FRI, "Buen día ☀️ ¿mínimo de noches en enero? 🤔", INFO, None, None, None, "minimum_stay"),
    (
        FRI,
        "Hola!\nSomos 2\nDel 14\nAl 17\nDe diciembre\n🙏",
        AV,
        "2026-12-14",
        "2026-12-17",
        2,
        None,
    ),
]

# Leftovers of rounds 11 and 12, decided here (see the module docstring).
LEFTOVERS: list[Row] = [
    (FRI, "¿tiene parrilla? vamos 4", AV, None, None, 4, "grill"),
    (
        FRI,
        "el wifi anda? tengo que trabajar 2 días",
        INFO,
        None,
        None,
        None,
        "wifi",
    ),  # fixed, read: AV - - - wifi
    (
        FRI,
        "la segunda quincena de enero",
        AV,
        "2027-01-16",
        "2027-02-01",
        None,
        None,
    ),  # fixed, read: AV - - -
    (
        FRI,
        "la primera quincena de enero",
        AV,
        "2027-01-01",
        "2027-01-16",
        None,
        None,
    ),  # fixed, read: AV - - -
    (FRI, "¿hay leña para el hogar?", INFO, None, None, None, "amenities"),
    (
        FRI,
        "¿las camas son cómodas?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "¿tiene escaleras?", INFO, None, None, None, None),  # fixed, read: UNKNOWN - - -
]

# Held out: written after the fixes above, measured once (96/108), then fixed.
HELD_OUT: list[Row] = [
    (
        FRI,
        (
            "Distinguidos señores: Me dirijo a Uds. a fin de solicitar disponibilidad "
            "para el período comprendido entre el 4 y el 8 de enero, para dos personas."
        ),
        AV,
        "2027-01-04",
        "2027-01-08",
        2,
        None,
    ),
    (
        FRI,
        (
            "Buenas tardes. Soy jubilada y viajo con mi hermana. ¿Hacen algún precio "
            "especial para personas mayores?"
        ),
        PRICES,
        None,
        None,
        2,
        None,
    ),
    (
        FRI,
        "Estimados: ¿Podrían indicarme si la cabaña cuenta con televisión por cable?",
        INFO,
        None,
        None,
        None,
        "amenities",
    ),
    (
        FRI,
        "Buenos días. Deseo saber si aceptan el pago mediante cheque.",
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (
        FRI,
        (
            "Muy buenos días. Quisiera reservar la cabaña para cuatro personas del 27 al "
            "30 de diciembre. Quedo a la espera de los datos para abonar la seña."
        ),
        BOOK,
        "2026-12-27",
        "2026-12-30",
        4,
        None,
    ),
    (
        FRI,
        "Buenas tardes. Le ruego me comunique con el responsable del complejo.",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: GREETING - - -
    (
        FRI,
        (
            "Estimada señora: con motivo de un viaje familiar, necesitamos alojamiento "
            "para ocho personas durante la primera semana de febrero."
        ),
        AV,
        "2027-02-01",
        "2027-02-08",
        8,
        None,
    ),
    (
        FRI,
        (
            "Buenas noches. Lamento informarle que no podremos viajar. Le solicito la "
            "cancelación de la reserva."
        ),
        CANCEL,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "Buen día. ¿El complejo se encuentra lejos de la ruta?",
        INFO,
        None,
        None,
        None,
        "location",
    ),
    (FRI, "Le agradezco infinitamente. Saludos a toda la familia.", THANKS, None, None, None, None),
    (
        FRI,
        "Buenas tardes. ¿Tienen las cabañas ropa blanca incluida?",
        INFO,
        None,
        None,
        None,
        "linens",
    ),
    (
        FRI,
        "Buenos días. ¿Hasta qué hora podemos permanecer en la cabaña el último día?",
        INFO,
        None,
        None,
        None,
        "checkout",
    ),  # fixed, read: GREETING - - -
    (
        FRI,
        ("Estimados, ¿cuántas noches como mínimo debo reservar para el fin de semana largo?"),
        AV,
        ANY,
        ANY,
        None,
        "minimum_stay",
    ),  # fixed, read: BOOK 2026-11-27 2026-11-30 - minimum_stay
    (
        FRI,
        (
            "Buenas tardes. Quisiera saber el importe total por cinco noches a partir "
            "del 2 de enero, dos adultos."
        ),
        PRICES,
        "2027-01-02",
        "2027-01-07",
        2,
        None,
    ),  # fixed, read: AV 2027-01-02 2027-01-07 2
    (FRI, "Buen día. ¿Podría hablar con el propietario?", HUMAN, None, None, None, None),
    (
        FRI,
        "Buenas tardes. ¿Cuentan con rampa o la cabaña tiene escalones?",
        INFO,
        None,
        None,
        None,
        None,
    ),
    (
        WED,
        (
            "Buenos días. ¿Tienen disponibilidad para el sábado 10 y domingo 11 de "
            "octubre? Somos un matrimonio."
        ),
        AV,
        "2026-10-10",
        "2026-10-11",
        2,
        None,
    ),
    (
        FRI,
        ("Estimados: Les envío el comprobante de la transferencia realizada hoy por la seña."),
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (
        FRI,
        "hla tienen lugar pal finde q viene? somos 6 pibes",
        AV,
        ANY,
        ANY,
        6,
        None,
    ),  # fixed, read: AV 2026-11-27 2026-11-29 -
    (FRI, "q onda, cuanto sale x noche la d 4?", PRICES, None, None, ANY, None),
    (FRI, "posta no aceptan mascotas? 😭", INFO, None, None, None, "pets"),
    (FRI, "dsp t paso los datos, grax", THANKS, None, None, None, None),
    (FRI, "tenes algo pa 2 el 19 y 20? xfa", AV, "2026-12-19", "2026-12-21", 2, None),
    (FRI, "bn, reservame del 3 al 6 d enero pa 4", BOOK, "2027-01-03", "2027-01-06", 4, None),
    (FRI, "tiene wifi bn? xq tengo clases online", INFO, None, None, None, "wifi"),
    (FRI, "re q si, lo tomamos", BOOK, None, None, None, None),
    (FRI, "q hr podemos entrar?", INFO, None, None, None, "checkin"),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "somos 4 pibas, hay lugar el finde del 11?",
        AV,
        "2026-12-11",
        "2026-12-13",
        4,
        None,
    ),  # fixed, read: AV 2026-12-11 2026-12-13 -
    (FRI, "hay pile climatizada o nd?", INFO, None, None, None, "pool"),
    (
        FRI,
        "alguien q m responda xfa!!!",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "tmb kiero saber si puedo llevar el parlante jaja", INFO, None, None, None, "rules"),
    (FRI, "cancelen la reserva xfa, no vamos", CANCEL, None, None, None, None),
    (FRI, "ya pague la seña x mp", INFO, None, None, None, "payment"),
    (FRI, "hay lugar x 3 noches dsd el 5 d enero? 2 pers", AV, "2027-01-05", "2027-01-08", 2, None),
    (
        FRI,
        "cuantos entran en la cabaña grande?",
        INFO,
        None,
        None,
        None,
        "capacity",
    ),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        (
            "hola buenas tardes te quería consultar si tenés disponible del tres al seis "
            "de enero para tres personas coma dos adultos y un nene"
        ),
        AV,
        "2027-01-03",
        "2027-01-06",
        3,
        None,
    ),
    (
        FRI,
        (
            "hola buen día quería saber el precio de la cabaña para el fin de semana del "
            "dieciocho de diciembre somos dos"
        ),
        PRICES,
        "2026-12-18",
        "2026-12-20",
        2,
        None,
    ),
    (
        FRI,
        ("hola sí quería saber si se puede llevar perro porque tenemos una perrita chiquita"),
        INFO,
        None,
        None,
        None,
        "pets",
    ),
    (
        FRI,
        (
            "hola buenas noches quería reservar para el veintinueve de diciembre tres "
            "noches para cuatro personas"
        ),
        BOOK,
        "2026-12-29",
        "2027-01-01",
        4,
        None,
    ),
    (
        FRI,
        "hola mira nos quedamos sin gas en la cabaña y hace mucho frío",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (FRI, "hola quería saber cómo llegar desde el centro", INFO, None, None, None, "location"),
    (
        FRI,
        (
            "hola buenas tardes te hablo porque quería saber si hay lugar para el jueves "
            "veinticuatro de diciembre hasta el domingo veintisiete somos cinco"
        ),
        AV,
        "2026-12-24",
        "2026-12-27",
        5,
        None,
    ),  # fixed, read: AV 2026-12-03 2026-12-24 5
    (
        FRI,
        "hola muchas gracias por la información después te confirmo",
        THANKS,
        None,
        None,
        None,
        None,
    ),
    (
        FRI,
        "hola buenas cuánto sale la semana del diez de enero para cuatro personas",
        PRICES,
        "2027-01-10",
        "2027-01-17",
        4,
        None,
    ),
    (
        FRI,
        "hola quería saber si tienen cochera techada porque vamos con la camioneta",
        INFO,
        None,
        None,
        None,
        "parking",
    ),
    (FRI, "hola buenas tenés cuna para el bebé", INFO, None, None, None, "amenities"),
    (FRI, "hola quiero cancelar la reserva por favor", CANCEL, None, None, None, None),
    (
        FRI,
        "hola buenas tardes quería preguntar si hay que llevar toallas",
        INFO,
        None,
        None,
        None,
        "linens",
    ),
    (
        FRI,
        "hola tienen algo para pasado mañana para dos personas una noche",
        AV,
        "2026-11-29",
        "2026-11-30",
        2,
        None,
    ),
    (
        FRI,
        "hola qué tal quería saber la forma de pago si es con tarjeta o transferencia",
        INFO,
        None,
        None,
        None,
        "payment",
    ),
    (
        FRI,
        "hola buenas me podés mandar fotos de adentro de la cabaña",
        INFO,
        None,
        None,
        None,
        "photos",
    ),
    (
        FRI,
        "hola hasta qué hora hay que dejar la cabaña el domingo",
        INFO,
        ANY,
        ANY,
        None,
        "checkout",
    ),  # fixed, read: AV 2026-11-29 - - checkout
    (
        FRI,
        (
            "hola buen día quería saber si la primera quincena de enero tienen para una "
            "familia de cinco"
        ),
        AV,
        "2027-01-01",
        "2027-01-16",
        5,
        None,
    ),  # fixed, read: AV - - 5
    (
        FRI,
        ("Buenas, ¿tienen habitaciones para una familia de 5 del 20 al 23 de diciembre?"),
        AV,
        "2026-12-20",
        "2026-12-23",
        5,
        None,
    ),
    (
        FRI,
        ("Hola, quiero hacer una reservación para el 8 de enero por una semana, somos 2."),
        BOOK,
        "2027-01-08",
        "2027-01-15",
        2,
        None,
    ),
    (FRI, "¿Cuánto vale la noche en la cabaña para 4?", PRICES, None, None, 4, None),
    (FRI, "¿Me puedes compartir la dirección del alojamiento?", INFO, None, None, None, "location"),
    (FRI, "Oye, ¿tienen cupo para este puente? Somos 3 amigos.", AV, ANY, ANY, 3, None),
    (FRI, "¿Tienen piscina para niños?", INFO, None, None, None, "pool"),
    (FRI, "Quiero anular mi reservación.", CANCEL, None, None, None, None),
    (FRI, "¿Aceptan perritos pequeños?", INFO, None, None, None, "pets"),
    (
        FRI,
        "¿Me comunica con el gerente, por favor?",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: UNKNOWN - - -
    (FRI, "Mil gracias, muy amables.", THANKS, None, None, None, None),
    (
        FRI,
        "¿Incluye el desayuno en el precio?",
        INFO,
        None,
        None,
        None,
        "breakfast",
    ),  # fixed, read: PRICES - - - amenities/breakfast
    (FRI, "¿Hay parqueadero?", INFO, None, None, None, "parking"),  # fixed, read: UNKNOWN - - -
    (FRI, "Buenas noches, ¿cuál es el horario de entrada?", INFO, None, None, None, "checkin"),
    (
        FRI,
        ("Hola, ¿tienen disponibilidad del 26 al 29 de diciembre para 2 adultos y 2 niños?"),
        AV,
        "2026-12-26",
        "2026-12-29",
        4,
        None,
    ),
    (FRI, "Hola, ¿tienen fotos de la recámara?", INFO, None, None, None, "photos"),
    (FRI, "¿Cuántas camas hay en cada habitación?", INFO, None, None, None, "capacity"),
    (FRI, "Hola, ¿qué tan lejos está el lago?", INFO, None, None, None, "location"),
    (
        FRI,
        "Oi, boa noite! Tem vaga de 2 a 5 de fevereiro para 3 pessoas?",
        AV,
        "2027-02-02",
        "2027-02-05",
        3,
        None,
    ),  # fixed, read: AV 2026-12-02 2026-12-05 3
    (
        FRI,
        "Quanto custa a diária para quatro pessoas em janeiro?",
        PRICES,
        None,
        None,
        4,
        None,
    ),  # fixed, read: PRICES - - -
    (FRI, "Vocês aceitam cartão?", INFO, None, None, None, "payment"),
    (
        FRI,
        "Bom dia, quero reservar de 20 a 24 de janeiro, somos dois adultos",
        BOOK,
        "2027-01-20",
        "2027-01-24",
        2,
        None,
    ),  # fixed, read: BOOK 2026-12-20 2026-12-24 -
    (FRI, "A cabana tem wifi e estacionamento?", INFO, None, None, None, "wifi"),
    (FRI, "Obrigado, até logo!", THANKS, None, None, None, None),
    (FRI, "Olá, podemos levar nosso cachorro?", INFO, None, None, None, "pets"),
    (
        FRI,
        "Oi, tem lugar para o ano novo? Somos 4 pessoas",
        AV,
        "2026-12-31",
        "2027-01-02",
        4,
        None,
    ),  # fixed, read: AV - - 4
    (
        FRI,
        ("Bom dia, somos um casal com uma criança, tem disponibilidade de 10 a 14 de fevereiro?"),
        AV,
        "2027-02-10",
        "2027-02-14",
        3,
        None,
    ),  # fixed, read: AV 2026-12-10 2026-12-14 -
    (FRI, "Tem piscina aquecida?", INFO, None, None, None, "pool"),
    (
        FRI,
        "Qual o endereço das cabanas?",
        INFO,
        None,
        None,
        None,
        "location",
    ),  # fixed, read: UNKNOWN - - -
    (
        FRI,
        "Oi, preciso falar com alguém, por favor",
        HUMAN,
        None,
        None,
        None,
        None,
    ),  # fixed, read: GREETING - - -
    (FRI, "Boa tarde! Quantas noites mínimo?", INFO, None, None, None, "minimum_stay"),
    (
        FRI,
        "hola, queremos ir de 6 a 10 de dezembro, dois casais",
        AV,
        "2026-12-06",
        "2026-12-10",
        4,
        None,
    ),  # fixed, read: AV 2026-12-06 2026-12-10 -
    (
        FRI,
        (
            "Nombre: Daniel Torres\nFecha de ingreso: 9/1\nFecha de egreso: "
            "12/1\nCantidad de personas: 4\nMascotas: no"
        ),
        AV,
        "2027-01-09",
        "2027-01-12",
        4,
        None,
    ),  # fixed, read: AV 2027-01-09 2027-01-12 - pets
    (
        FRI,
        "Llegada: 23/12\nNoches: 4\nAdultos: 2\nNiños: 2",
        AV,
        "2026-12-23",
        "2026-12-27",
        4,
        None,
    ),  # fixed, read: AV 2026-12-23 - 6
    (
        FRI,
        ("Nombre: Sofía\nDNI: 33.222.111\nIngreso: 16/01\nEgreso: 20/01\nPax: 3\nAuto: sí"),
        AV,
        "2027-01-16",
        "2027-01-20",
        3,
        None,
    ),  # fixed, read: AV 2027-01-16 2027-01-20 -
    (
        FRI,
        ("Fecha desde: 5/2\nFecha hasta: 8/2\nHuéspedes: 6\nComentarios: tienen parrilla?"),
        AV,
        "2027-02-05",
        "2027-02-08",
        6,
        "grill",
    ),
    (
        FRI,
        (
            "Reserva a nombre de: Pablo Núñez\nCheck in: 20/12\nCheck out: "
            "22/12\nPersonas: 2\nHora de llegada: 22 hs"
        ),
        BOOK,
        "2026-12-20",
        "2026-12-22",
        2,
        None,
    ),  # fixed, read: BOOK 2026-12-20 2026-12-22 - checkin
    (
        FRI,
        "Apellido: Gómez\nCantidad de pasajeros: 5\nDesde el 2 al 7 de enero",
        AV,
        "2027-01-02",
        "2027-01-07",
        5,
        None,
    ),
    (
        FRI,
        (
            "Fecha de ingreso: 10/12\nFecha de egreso: 12/12\nCantidad de personas: "
            "3\nTeléfono: 299 4123456"
        ),
        AV,
        "2026-12-10",
        "2026-12-12",
        3,
        None,
    ),
    (
        FRI,
        (
            "Nombre: Andrea\nLlegada: lunes 30/11\nSalida: jueves 3/12\nCantidad de "
            "adultos: 2\nCantidad de niños: 1"
        ),
        AV,
        "2026-11-30",
        "2026-12-03",
        3,
        None,
    ),
    (
        FRI,
        "Holaaa 😊😊\n\nSomos 3 👭👩\n\nDel 4 al 7 de enero 🙏",
        AV,
        "2027-01-04",
        "2027-01-07",
        3,
        None,
    ),
    (FRI, "🐶🐶 aceptan mascotas? 🐶🐶", INFO, None, None, None, "pets"),
    (
        FRI,
        "Hola!! ❤️ Queremos reservar!! 🎉\n15/1 al 20/1\n2 adultos 👫",
        BOOK,
        "2027-01-15",
        "2027-01-20",
        2,
        None,
    ),
    (FRI, "💸💸 cuánto sale la noche? 💸💸", PRICES, None, None, None, None),
    (FRI, "Gracias!! 😘😘 Nos vemos 👋", THANKS, None, None, None, None),
    (FRI, "🔥 ¿Tienen parrilla? 🔥\n👨‍👩‍👧 somos 3", AV, None, None, 3, "grill"),
    (FRI, "Hola 😊\n¿Wifi? 📶\n¿Cochera? 🚗", INFO, None, None, None, "wifi"),
    (FRI, "😢 tengo que cancelar la reserva 😢", CANCEL, None, None, None, None),
    (FRI, "⏰ ¿Hasta qué hora es el check out?", INFO, None, None, None, "checkout"),
    (
        FRI,
        "Holaa!!\nPara mañana\n2 personas\n1 noche\n🙏🙏",
        AV,
        "2026-11-28",
        "2026-11-29",
        2,
        None,
    ),
    (FRI, "🆘 no podemos entrar a la cabaña, no hay nadie 🆘", HUMAN, None, None, None, None),
    (
        FRI,
        "Buen día 🌞 ¿tienen lugar en Año Nuevo? 🥂🎆 Somos 2",
        AV,
        "2026-12-31",
        "2027-01-02",
        2,
        None,
    ),
    (FRI, "📍📍 ¿ubicación? 📍📍", INFO, None, None, None, "location"),
    (FRI, "Hola 👋\n\n¿Las camas son matrimoniales? 🛏️", INFO, None, None, None, "capacity"),
    (FRI, "✅ Listo, ya les transferí la seña 💰", INFO, None, None, None, "payment"),
    (
        FRI,
        "Hola! 🌲 ¿Hay leña o hay que llevar? 🪵",
        INFO,
        None,
        None,
        None,
        "amenities",
    ),  # fixed, read: GREETING - - -
]

ALL = FORMAL + TEENS + VOICE + LATAM + BRAZIL + FORMS + EMOJIS + LEFTOVERS + HELD_OUT


def _day(iso: str | None) -> date | str | None:
    return ANY if iso == ANY else d(iso)


@table(ALL)
def test_round13(row: Row) -> None:
    today, text, intent, check_in, check_out, guests, topic = row
    got = parse(text, today)
    actual = (got.intent, got.check_in, got.check_out, got.guests)
    expected = (intent, _day(check_in), _day(check_out), guests)
    assert tuple(a if e == ANY else e for a, e in zip(actual, expected, strict=True)) == actual
    assert topic is None or topic in got.topics, got.topics


def test_form_lines_say_what_each_number_counts() -> None:
    # One labelled line alone is an answer, read by the ordinary rules.
    assert parse("personas: 4", FRI).guests == 4
    form = parse("Fecha: 11/12 al 13/12\nPersonas: 5\nVehículos: 2", FRI)
    assert (form.guests, form.check_out) == (5, d("2026-12-13"))
    kids = parse("Ingreso: 2/1\nEgreso: 9/1\nAdultos: 2\nMenores: 3", FRI)
    assert kids.guests == 5


def test_natal_is_christmas_only_as_the_holiday() -> None:
    # "o natal" / "no natal" is a Brazilian's Christmas; Natal alone may be their city.
    christmas = parse("tem lugar para o natal? somos 2", FRI)
    assert (christmas.check_in, christmas.check_out) == (d("2026-12-24"), d("2026-12-26"))
    city = parse("somos de Natal, vamos del 3 al 5", FRI)
    assert (city.check_in, city.check_out) == (d("2026-12-03"), d("2026-12-05"))
