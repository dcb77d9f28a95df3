"""Fresh intent table for bot.nlu: guest phrasing written apart from the other NLU tables.

Messages written the way Argentine guests type on WhatsApp (lowercase, no accents,
voseo, "q"/"x"/"disp", stretched letters, emojis), one intent at a time, and run
through the parser before any fix. Each table holds the rows that failed then and
were fixed with a general rule, guard rows that must keep their reading (marked),
and a sample of rows that already passed. DATES holds date edge cases (year
rollover, days already past, weekends, lengths), which all passed before this round.
Expectations follow CONTRACT §6; where it is silent, what the guest means.

Todays: THU = 2026-11-26 (Thursday), YE = 2026-12-30 (Wednesday, year end),
MON = 2027-03-01 (Monday).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlu_support import STAY_COLUMNS, assert_stay

THU = date(2026, 11, 26)
YE = date(2026, 12, 30)
MON = date(2027, 3, 1)

Row = tuple[date, str, str, str | None, str | None, int | None]

# (today, message, intent, check_in, check_out, guests)
# Greetings: "wenas" is "buenas"; "¿cómo andan?", "¿cómo están?", "¿qué onda?" greet, but
# "¿cómo está el clima?" (guard) asks about something else.
GREETINGS: list[Row] = [
    (THU, "wenas", "greeting", None, None, None),
    (THU, "wenas tardes", "greeting", None, None, None),
    (THU, "como andan?", "greeting", None, None, None),
    (THU, "hola, como andan?", "greeting", None, None, None),
    (THU, "que onda", "greeting", None, None, None),
    (THU, "como estan? todo bien por alla?", "greeting", None, None, None),
    (THU, "como esta el clima por alla?", "unknown", None, None, None),  # guard
    (THU, "holaaa", "greeting", None, None, None),
    (THU, "buen diaa", "greeting", None, None, None),
    (THU, "bnas tardes", "greeting", None, None, None),
    (THU, "ola q tal", "greeting", None, None, None),
    (THU, "bueeenas", "greeting", None, None, None),
    (THU, "holi 😊", "greeting", None, None, None),
    (THU, "buen día!! cómo están?", "greeting", None, None, None),
    (THU, "hola, una consulta", "greeting", None, None, None),
]

# Availability: "disp" is "dispo"; "lugares", "cupo", "¿están completos?" ask whether there is room.
AVAILABILITY: list[Row] = [
    (THU, "disp?", "availability", None, None, None),
    (THU, "disp para el 20/12?", "availability", "2026-12-20", None, None),
    (THU, "quedan lugares?", "availability", None, None, None),
    (THU, "hay lugares para el finde?", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "hay cupo?", "availability", None, None, None),
    (THU, "hay cupo para 4?", "availability", None, None, 4),
    (THU, "estan completos?", "availability", None, None, None),
    (THU, "tienen todo completo para enero?", "availability", None, None, None),
    (THU, "queda algo?", "availability", None, None, None),
    (THU, "estan todas ocupadas?", "availability", None, None, None),
    (
        THU,
        "se consigue algo para el finde largo?",
        "availability",
        "2026-11-27",
        "2026-11-30",
        None,
    ),
    (THU, "q tenes para fin de año?", "availability", "2026-12-31", "2027-01-02", None),
    (THU, "hay alguna disponible para 4 el finde?", "availability", "2026-11-27", "2026-11-29", 4),
    (
        YE,
        "buenas, tendrian lugar p 3 del 2 al 5 de enero?",
        "availability",
        "2027-01-02",
        "2027-01-05",
        3,
    ),
    (
        MON,
        "necesito alojamiento para 5, llegamos el 3 nos vamos el 7",
        "availability",
        "2027-03-03",
        "2027-03-07",
        5,
    ),
    (
        THU,
        "hola! queria consultar si tienen lugar del 28/12 al 2/1 para 4",
        "availability",
        "2026-12-28",
        "2027-01-02",
        4,
    ),
]

# Booking: any "reservar" with pronouns ("reservarmela", "me reservan"), "reservación",
# "agendame" / "me anotás" (not for a contact or payment detail), "me la guardás", "dejarla señada".
BOOKING: list[Row] = [
    (THU, "podes reservarmela?", "book", None, None, None),
    (THU, "pueden reservarnos?", "book", None, None, None),
    (THU, "me reservan el finde?", "book", "2026-11-27", "2026-11-29", None),
    (THU, "quiero hacer una reservacion", "book", None, None, None),
    (THU, "agendame del 5 al 8 de diciembre", "book", "2026-12-05", "2026-12-08", None),
    (THU, "me anotas para el finde?", "book", "2026-11-27", "2026-11-29", None),
    (THU, "anotame el alias y te transfiero", "info", None, None, None),  # guard
    (THU, "me la guardas?", "book", None, None, None),
    (THU, "quiero dejarla señada para el finde", "book", "2026-11-27", "2026-11-29", None),
    (THU, "reservamela porfa", "book", None, None, None),
    (THU, "dale la tomamos", "book", None, None, None),
    (THU, "la quiero señar", "book", None, None, None),
    (THU, "como hago para reservar?", "book", None, None, None),
    (YE, "dale, reservame la del 2 al 5", "book", "2027-01-02", "2027-01-05", None),
    (THU, "reservá para 2 del 5 al 7", "book", "2026-12-05", "2026-12-07", 2),
    (THU, "resevar para 4 personas", "book", None, None, 4),
    (THU, "gracias! reservo entonces", "book", None, None, None),
    (THU, "quiero reservar pero antes, tienen parrilla?", "book", None, None, None),
]

# Prices: "¿sale mucho?", "¿es muy caro?", "¿son caras?", "¿a cuánto la tenés?"; "la más
# barata" (guard) picks a cabin from a list and is no price question.
PRICES: list[Row] = [
    (THU, "sale mucho?", "prices", None, None, None),
    (THU, "sale caro?", "prices", None, None, None),
    (THU, "es muy caro?", "prices", None, None, None),
    (THU, "es muy costoso?", "prices", None, None, None),
    (THU, "son caras?", "prices", None, None, None),
    (THU, "a cuanto la tenes?", "prices", None, None, None),
    (THU, "la mas barata", "unknown", None, None, None),  # guard
    (THU, "a cuanto queda el centro?", "info", None, None, None),  # guard
    (THU, "a cuanto esta la noche?", "prices", None, None, None),
    (THU, "q precio tiene?", "prices", None, None, None),
    (THU, "valor por noche", "prices", None, None, None),
    (THU, "hola! cuanto sale la noche para 2?", "prices", None, None, 2),
    (THU, "cuanto me cobras 2 noches para 3?", "prices", None, None, 3),
    (THU, "me podes pasar la tarifa del finde largo?", "prices", "2026-11-27", "2026-11-30", None),
    (THU, "hacen descuento pagando en efectivo?", "prices", None, None, None),
    (THU, "info de precios", "prices", None, None, None),
    (THU, "cuanto hay que señar?", "prices", None, None, None),
    (
        THU,
        "hola, somos 4 adultos, hay disponibilidad del 10 al 12 de enero? cuanto sale?",
        "prices",
        "2027-01-10",
        "2027-01-12",
        4,
    ),
]

# Info: cleaning and hot water are amenities; "¿cómo es el acceso?", "ripio" and "¿cómo se hace
# para llegar?" are about getting there.
INFO: list[Row] = [
    (THU, "tienen servicio de limpieza?", "info", None, None, None),
    (THU, "tienen limpieza diaria?", "info", None, None, None),
    (THU, "hay agua caliente?", "info", None, None, None),
    (THU, "como es el acceso, es de ripio?", "info", None, None, None),
    (THU, "y como se hace para llegar?", "info", None, None, None),
    (THU, "a q hora hay q dejar la cabaña?", "info", None, None, None),
    (THU, "la pile es climatizada?", "info", None, None, None),
    (THU, "incluye ropa de cama?", "info", None, None, None),
    (THU, "si cancelo me devuelven la seña?", "info", None, None, None),
    (THU, "si no podemos ir, pierdo la seña?", "info", None, None, None),
    (THU, "a cuantos km del centro estan?", "info", None, None, None),
    (THU, "hay señal de celular?", "info", None, None, None),
    (THU, "se puede hacer late checkout?", "info", None, None, None),
    (THU, "cuantas noches minimo?", "info", None, None, None),
    (THU, "gracias! y tienen wifi?", "info", None, None, None),
    (THU, "hay lugar para estacionar?", "info", None, None, None),
    (THU, "el horario de salida cual es?", "info", None, None, None),
    (
        THU,
        "hola, ya reservé del 4 al 7, a que hora es el check in?",
        "info",
        "2026-12-04",
        "2026-12-07",
        None,
    ),
]

# Cancelling: "me bajo" / "nos tenemos que bajar" (not off a bus), "ya no vamos" (unless more
# of the plan follows), "se suspende el viaje", "no vamos a usar la reserva",
# "ya no necesitamos la cabaña".
CANCEL: list[Row] = [
    (THU, "me bajo", "cancel", None, None, None),
    (THU, "nos bajamos de la reserva", "cancel", None, None, None),
    (THU, "nos bajamos, perdon", "cancel", None, None, None),
    (THU, "me tengo que bajar de la reserva", "cancel", None, None, None),
    (THU, "nos bajamos en la terminal, queda lejos?", "info", None, None, None),  # guard
    (THU, "ya no vamos", "cancel", None, None, None),
    (THU, "ya no vamos a llevar el perro", "info", None, None, None),  # guard
    (THU, "al final no vamos con el perro", "info", None, None, None),  # guard
    (THU, "se suspende el viaje", "cancel", None, None, None),
    (THU, "se nos cayo el viaje", "cancel", None, None, None),
    (THU, "no vamos a usar la reserva", "cancel", None, None, None),
    (THU, "ya no necesitamos la cabaña", "cancel", None, None, None),
    (THU, "no vamos a poder ir", "cancel", None, None, None),
    (THU, "al final no vamos, cancelamos", "cancel", None, None, None),
    (THU, "kiero cancelar", "cancel", None, None, None),
    (THU, "cancelr la reserva", "cancel", None, None, None),
    (THU, "no vamos a poder ir, como hago con la seña?", "cancel", None, None, None),
    (
        THU,
        "buenas, no vamos a poder ir el finde, quiero cancelar",
        "cancel",
        "2026-11-27",
        "2026-11-29",
        None,
    ),
]

# A person: any mention of a bot or an automatic answer, "¿sos real?" / "¿sos una persona?"
# (no guest counted), asking for a phone or the owner's WhatsApp (not an account number).
HUMAN: list[Row] = [
    (THU, "es una respuesta automatica?", "human", None, None, None),
    (THU, "me contesta un contestador automatico", "human", None, None, None),
    (THU, "atendes vos o un bot?", "human", None, None, None),
    (THU, "esto es un chatbot?", "human", None, None, None),
    (THU, "sos real?", "human", None, None, None),
    (THU, "sos una persona?", "human", None, None, None),
    (THU, "me pasas un telefono?", "human", None, None, None),
    (THU, "tenes whatsapp del dueño?", "human", None, None, None),
    (THU, "me pasas el numero de cuenta?", "unknown", None, None, None),  # guard
    (THU, "tienen señal de telefono?", "info", None, None, None),  # guard
    (THU, "pasame con alguien", "human", None, None, None),
    (THU, "atencion al cliente", "human", None, None, None),
    (THU, "hay alguien ahi?", "human", None, None, None),
    (THU, "me comunico con el encargado?", "human", None, None, None),
    (THU, "me atiende una persona?", "human", None, None, None),
    (THU, "necesito cambiar la fecha de mi reserva", "human", None, None, None),
    (THU, "no entendes nada, pasame con un humano", "human", None, None, None),
]

# Goodbyes: "hasta mañana" alone or after a thanks or goodbye, and "gracias, hasta el sábado",
# close the chat and ask for no stay; "hasta el domingo" alone (guard) may answer "¿hasta cuándo?".
# "muchas gracia" is a thanks.
FAREWELLS: list[Row] = [
    (THU, "hasta mañana!", "thanks", None, None, None),
    (THU, "chau, hasta mañana", "thanks", None, None, None),
    (THU, "gracias, hasta el sabado!", "thanks", None, None, None),
    (THU, "hasta el domingo", "availability", None, "2026-11-29", None),  # guard
    (THU, "gracia", "thanks", None, None, None),
    (THU, "muchas gracia!", "thanks", None, None, None),
    (THU, "graciaaas", "thanks", None, None, None),
    (THU, "grcias", "thanks", None, None, None),
    (THU, "gracias x la info", "thanks", None, None, None),
    (THU, "buenas noches, gracias por todo", "thanks", None, None, None),
    (THU, "nos vemos el finde!", "thanks", None, None, None),
    (THU, "listo, nos vemos el 15!", "thanks", None, None, None),
    (THU, "gracias, despues te confirmo", "thanks", None, None, None),
]

# Date edge cases, passing before this round: year rollover, a day already past this month
# (next month), weekends ("finde largo" is Friday to Monday), lengths from a start.
DATES: list[Row] = [
    (YE, "del 2 al 5 de enero", "availability", "2027-01-02", "2027-01-05", None),
    (YE, "para año nuevo del 31 al 2", "availability", "2026-12-31", "2027-01-02", None),
    (YE, "hay lugar para año nuevo del 31 al 2?", "availability", "2026-12-31", "2027-01-02", None),
    (THU, "15/12 al 18/12", "availability", "2026-12-15", "2026-12-18", None),
    (MON, "15/12 al 18/12", "availability", "2027-12-15", "2027-12-18", None),
    (THU, "entrada el viernes salida el domingo", "availability", "2026-11-27", "2026-11-29", None),
    (YE, "llegamos el 3 nos vamos el 7", "availability", "2027-01-03", "2027-01-07", None),
    (THU, "desde el 10 por 4 noches", "availability", "2026-12-10", "2026-12-14", None),
    (YE, "desde el 10 por 4 noches", "availability", "2027-01-10", "2027-01-14", None),
    (THU, "una semana a partir del lunes", "availability", "2026-11-30", "2026-12-07", None),
    (YE, "una semana a partir del lunes", "availability", "2027-01-04", "2027-01-11", None),
    (THU, "pasado mañana 2 noches", "availability", "2026-11-28", "2026-11-30", None),
    (YE, "este finde", "availability", "2027-01-01", "2027-01-03", None),
    (THU, "el finde largo", "availability", "2026-11-27", "2026-11-30", None),
    (YE, "el finde largo", "availability", "2027-01-01", "2027-01-04", None),
    (THU, "del 25 al 28", "availability", "2026-12-25", "2026-12-28", None),
    (THU, "del 26 al 29", "availability", "2026-11-26", "2026-11-29", None),
    (THU, "del 28 al 2", "availability", "2026-11-28", "2026-12-02", None),
    (THU, "para el 31", "availability", "2026-12-31", None, None),
    (THU, "el 31 al 3", "availability", "2026-12-31", "2027-01-03", None),
    (YE, "del 29 al 2", "availability", "2027-01-29", "2027-02-02", None),
    (YE, "del 30 al 1", "availability", "2026-12-30", "2027-01-01", None),
    (MON, "del 5 al 8 de enero", "availability", "2028-01-05", "2028-01-08", None),
    (MON, "del 28 al 3", "availability", "2027-03-28", "2027-04-03", None),
    (MON, "para el 1", "availability", "2027-03-01", None, None),
    (MON, "del lunes al miercoles", "availability", "2027-03-01", "2027-03-03", None),
    (MON, "el lunes que viene", "availability", "2027-03-08", None, None),
    (THU, "el otro finde", "availability", "2026-12-04", "2026-12-06", None),
    (THU, "finde del 12 de diciembre", "availability", "2026-12-11", "2026-12-13", None),
    (MON, "el finde del 13", "availability", "2027-03-12", "2027-03-14", None),
    (YE, "el finde del 1 de enero", "availability", "2027-01-01", "2027-01-03", None),
    (THU, "desde el 27/12 por una semana", "availability", "2026-12-27", "2027-01-03", None),
    (YE, "llegamos el 31 y nos vamos el 2", "availability", "2026-12-31", "2027-01-02", None),
    (YE, "entre el 5 y el 10 de enero", "availability", "2027-01-05", "2027-01-10", None),
    (THU, "domingo a miercoles", "availability", "2026-11-29", "2026-12-02", None),
    (THU, "viernes y sabado", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "este sabado y domingo", "availability", "2026-11-28", "2026-11-29", None),
    (YE, "hoy y mañana", "availability", "2026-12-30", "2027-01-01", None),
    (YE, "mañana por 3 noches", "availability", "2026-12-31", "2027-01-03", None),
    (MON, "salida el 8, entrada el 5", "availability", "2027-03-05", "2027-03-08", None),
    (
        MON,
        "salimos el domingo, llegamos el jueves",
        "availability",
        "2027-03-04",
        "2027-03-07",
        None,
    ),
    (YE, "del martes 5 al sabado 9 de enero", "availability", "2027-01-05", "2027-01-09", None),
    (THU, "10 ene al 17 ene", "availability", "2027-01-10", "2027-01-17", None),
    (THU, "a partir del 10 de enero por 10 dias", "availability", "2027-01-10", "2027-01-20", None),
    (THU, "finde largo de diciembre", "availability", None, None, None),
    (MON, "llego el sabado y me voy el martes", "availability", "2027-03-06", "2027-03-09", None),
    (MON, "esta noche tienen algo?", "availability", "2027-03-01", None, None),
]

# What cancelling costs is a question about the policy (info), never prices, a booking
# or a cancellation.
CANCEL_COST: list[Row] = [
    (THU, "cobran algo por cancelar?", "info", None, None, None),
    (THU, "cuanto cuesta cancelar?", "info", None, None, None),
    (THU, "cuanto me cobran si cancelo?", "info", None, None, None),
    (THU, "si la cancelo me cobran algo?", "info", None, None, None),
    (THU, "cuanto sale cancelar la reserva?", "info", None, None, None),
    (THU, "hay penalidad?", "info", None, None, None),
    (THU, "es reembolsable la seña?", "info", None, None, None),  # passed before
    (THU, "hay multa si cancelo?", "info", None, None, None),  # passed before
    (THU, "cuanto sale la noche?", "prices", None, None, None),  # passed before
    (THU, "quiero cancelar la reserva", "cancel", None, None, None),  # passed before
]

# Off-topic or empty of intent, passing before this round.
UNKNOWN: list[Row] = [
    (THU, "jajaja", "unknown", None, None, None),
    (THU, "que lindo dia hoy", "unknown", None, None, None),
    (THU, "quien gano el partido?", "unknown", None, None, None),
    (THU, "perdon, me equivoque de numero", "unknown", None, None, None),
    (THU, "mañana te confirmo", "unknown", None, None, None),
    (THU, "el viernes te aviso", "unknown", None, None, None),
    (THU, "lo hablo con mi mujer y te digo", "unknown", None, None, None),
    (THU, "vendo bici rodado 26", "unknown", None, None, None),
]


@pytest.mark.parametrize(
    STAY_COLUMNS,
    GREETINGS
    + AVAILABILITY
    + BOOKING
    + PRICES
    + INFO
    + CANCEL
    + HUMAN
    + FAREWELLS
    + DATES
    + CANCEL_COST
    + UNKNOWN,
)
def test_fresh_intent(
    today: date,
    text: str,
    intent: str,
    check_in: str | None,
    check_out: str | None,
    guests: int | None,
) -> None:
    assert_stay(today, text, intent, check_in, check_out, guests)


def test_every_row_is_unique() -> None:
    rows = [
        (today, text)
        for today, text, *_ in GREETINGS
        + AVAILABILITY
        + BOOKING
        + PRICES
        + INFO
        + CANCEL
        + HUMAN
        + FAREWELLS
        + DATES
        + CANCEL_COST
        + UNKNOWN
    ]
    assert len(rows) == len(set(rows))
