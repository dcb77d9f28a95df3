"""Rows for bot.nlu, round 25: two blind held-out batches, the leftovers of round 24 and
what the batches and the probes around them found (README, Understanding).

- Held out, blind (`HELD_OUT`): 111 fresh messages written before reading the parser, every
  range form ("del X al Y", "X/Y al Z/W", "entrada/salida", "llegamos/nos vamos", "desde X N
  noches", "una semana a partir de", the finde, holidays, "para el 8 de diciembre"), parties
  in every form, typos, voseo questions, cancels, a person asked for, greetings and thanks:
  110/111 on the code before this round (the miss: "los mellis"), 111/111 after. A second
  blind batch (`HELD_OUT_2`, 40, written after the first fixes): 37/40 before the round,
  39/40 after the first fixes, 40/40 after the last one (the vehicle row below).
- Twins by their nickname: "los mellis", "las mellis", "mellicitos" are twins, two people,
  like "los mellizos" (round 20).
- "somos N con X" (round 8: X is among the N when X alone cannot be the whole party) now
  also when X is named without a number: members who alone fill the N cannot be among them
  with the writer, so they come on top ("somos 2 con los mellizos" = 4, "somos 2 con mis
  viejos" = 4, as "somos 2 con 2 chicos" = 4); fewer than the N are among them ("somos 3 con
  los mellizos" = 3, "somos 2 con mi bebé" = 2, round 24). Kids with no number after "somos
  2 con" ("somos 2 con los chicos") are at least two: the party is 2 plus an unknown number,
  so none is read and the bot asks ("somos 5 con los chicos" still counts them in).
- A pair of others as the whole party: "van mis viejos", "es para mis suegros", "mis viejos
  van a ir del 3 al 6" are 2 (the writer is not named among those going), with whoever is
  named beside them ("van mis viejos con mi tía" = 3); "van mis viejos, yo no puedo ir" is 2
  and no cancel (round 24). "voy con mis viejos", "mis viejos y yo" stay 3; "vamos con mis
  viejos" (how many "we" are is not told) and "vienen mis suegros a visitarnos" (visitors)
  count no one. "para mis abuelos y para mí" is 3, the mirror of "para mí y mis abuelos";
  "somos 3 adolescentes" counts the young writers, like "somos 3 pibes".
- "el feriado largo" is "el finde largo" (Friday to Monday, or around the holiday named);
  the plural "los feriados largos" is none in particular.
- Weekdays beside "la semana que viene / la próxima semana / la semana entrante" fall in the
  calendar week after this one: on a Wednesday "el jueves de la semana que viene" is eight
  days on, not tomorrow ("el jueves que viene" alone is still the next Thursday).
- "¿hay una persona?", "¿hay alguna persona ahí?" ask for a person, like "¿hay alguien?".
- Staying on until a time of the last day ("¿podemos quedarnos hasta más tarde / las 14 /
  el mediodía?") is checkout; a vehicle named before "¿la podemos dejar adentro?" parking.
- People dropped ("somos uno menos", "una persona menos") are a negative `extra_guests`
  (they read a party of one); the conversation takes them off the party, never below one.
- A family emoji counts its members ("👨‍👩‍👧‍👦" = 4), a couple with a heart ("👩‍❤️‍👨") is 2,
  and "pra" is "para" ("hay lugar pra 4?").
- A day listed twice ("el 2 y el 2", "tres y tres") is one date: it read a stay of a month
  (the second rolled to the next month); "el 20 y el 21" are still two nights. A range that
  ends on its own start ("del 8 al 8 de febrero") is the arrival alone, not a year's stay.
- Left alone: "el finde del 8 de diciembre" (a Tuesday holiday) is the weekend after it, 11
  to 13/12, by the rule for a Tuesday to Thursday (round 9); the NLU knows no fixed-date
  holidays but the named ones, and "el finde largo del 8" is 4 to 8/12. "desde navidad
  hasta año nuevo" reads Navidad's days (24 to 26/12), as round 20 left "entre navidad y año
  nuevo". "dos y dos" alone still reads the 2nd (a day), not a party of four ("2 + 2" and
  "somos dos y dos" are four).
"""

from __future__ import annotations

from datetime import date

from tests.nlu_support import ANY, AV, OpenRow, table
from tests.nlu_support import check_open_row as check

WED = date(2027, 1, 13)  # a Wednesday in the summer: "este finde" is 15 to 17 January
THU = date(2026, 12, 3)  # a Thursday before the holidays: "el finde largo del 8" is 4 to 8/12
FRI = date(2026, 11, 27)  # a Friday: "este finde" is today to Sunday the 29th
INFO = "info"
PRICES = "prices"
BOOK = "book"
CANCEL = "cancel"
HUMAN = "human"
GREETING = "greeting"
THANKS = "thanks"
NOT_CANCEL = "!cancel"

TWINS_AND_PAIRS: list[OpenRow] = [
    (WED, "somos 2 y los mellis", AV, None, None, 4, None),
    (WED, "mi marido, yo y las mellis", AV, None, None, 4, None),
    (WED, "vamos con mi señora y los mellicitos", AV, None, None, 4, None),
    (WED, "somos 2 con los mellizos", AV, None, None, 4, None),
    (WED, "somos dos con los mellis", AV, None, None, 4, None),
    (WED, "vamos 2 con las gemelas del 3 al 6 de febrero", AV, "2027-02-03", "2027-02-06", 4, None),
    (WED, "somos 2 con mis viejos", AV, None, None, 4, None),
    (WED, "somos 2 con los chicos", ANY, None, None, None, None),
    (WED, "seriamos 2 con mis hijos", ANY, None, None, None, None),
    # Fewer than the N: among them.
    (WED, "somos 3 con los mellizos", AV, None, None, 3, None),
    (WED, "somos 4 con mis suegros", AV, None, None, 4, None),
    (WED, "somos 2 con mi bebé", AV, None, None, 2, None),
    (WED, "somos 2 con mi hija", AV, None, None, 2, None),
    (WED, "somos 5 con los chicos", AV, None, None, 5, None),
    (WED, "somos 3 con los chicos", AV, None, None, 3, None),
    (WED, "somos 2 con 2 chicos", AV, None, None, 4, None),
]


@table(TWINS_AND_PAIRS)
def test_round25_twins_and_pairs_after_somos_n_con(row: OpenRow) -> None:
    check(row)


OTHERS_GO: list[OpenRow] = [
    (WED, "van mis viejos, yo no puedo ir", AV, None, None, 2, None),
    (WED, "van mis suegros, yo no puedo ir", NOT_CANCEL, None, None, 2, None),
    (WED, "van mis viejos", AV, None, None, 2, None),
    (WED, "es para mis viejos", AV, None, None, 2, None),
    (WED, "la cabaña seria para mis suegros del 3 al 6", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "viajan mis viejos del 3 al 6 de febrero", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "mis viejos van a ir del 3 al 6", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "viajan sus padres del 3 al 6 de febrero", AV, "2027-02-03", "2027-02-06", 2, None),
    (WED, "irian mis abuelos, yo no", AV, None, None, 2, None),
    (WED, "van mis viejos con mi tía", AV, None, None, 3, None),
    (WED, "van mis viejos y mi tía", AV, None, None, 3, None),
    # The writer among them, or a count told, or no party at all.
    (WED, "voy con mis viejos", AV, None, None, 3, None),
    (WED, "van mis viejos y yo", AV, None, None, 3, None),
    (WED, "van mis viejos, somos 4 en total", AV, None, None, 4, None),
    (WED, "vamos con mis viejos", ANY, None, None, None, None),
    (WED, "vienen mis suegros a visitarnos", ANY, None, None, None, None),
    (WED, "me la recomendaron mis viejos", ANY, None, None, None, None),
]


@table(OTHERS_GO)
def test_round25_a_pair_of_others_is_the_party(row: OpenRow) -> None:
    check(row)


# "el feriado largo" is the long weekend ("el finde largo": Friday to Monday, or the days
# around the holiday named).
LONG_WEEKEND: list[OpenRow] = [
    (THU, "tenes algo para el feriado largo? somos 2", AV, "2026-12-04", "2026-12-07", 2, None),
    (THU, "el feriado largo del 8, 4 personas", AV, "2026-12-04", "2026-12-08", 4, None),
    (WED, "feriado largo de carnaval, 2 adultos", AV, "2027-02-06", "2027-02-09", 2, None),
    (THU, "en el feriado largo hay lugar?", AV, "2026-12-04", "2026-12-07", None, None),
]


@table(LONG_WEEKEND)
def test_round25_feriado_largo_is_the_long_weekend(row: OpenRow) -> None:
    check(row)


# Weekdays of "la semana que viene" are in the calendar week after this one: said on a
# Wednesday, "el jueves de la semana que viene" is the 21st, not tomorrow.
NEXT_WEEK: list[OpenRow] = [
    (WED, "el jueves de la semana que viene", AV, "2027-01-21", None, None, None),
    (WED, "de jueves a domingo la semana que viene", AV, "2027-01-21", "2027-01-24", None, None),
    (
        WED,
        "la semana que viene de jueves a domingo, 2 personas",
        AV,
        "2027-01-21",
        "2027-01-24",
        2,
        None,
    ),
    (WED, "la semana entrante del viernes al lunes", AV, "2027-01-22", "2027-01-25", None, None),
    (WED, "el sabado de la proxima semana para 4", AV, "2027-01-23", None, 4, None),
    (WED, "la prox semana el viernes y sabado", AV, "2027-01-22", "2027-01-24", None, None),
    # Days that fall in next week anyway, and a Sunday (next week starts tomorrow).
    (
        WED,
        "del lunes al miercoles de la semana que viene",
        AV,
        "2027-01-18",
        "2027-01-20",
        None,
        None,
    ),
    (date(2027, 3, 7), "el jueves de la semana que viene", AV, "2027-03-11", None, None, None),
    (
        date(2027, 3, 7),
        "la semana que viene de lunes a viernes",
        AV,
        "2027-03-08",
        "2027-03-12",
        None,
        None,
    ),
    # No "semana": a weekday "que viene" is still the next one after today.
    (WED, "el jueves que viene", AV, "2027-01-14", None, None, None),
]


@table(NEXT_WEEK)
def test_round25_weekdays_of_next_week(row: OpenRow) -> None:
    check(row)


# Parties: "para mis abuelos y para mí" is three, as "para mí y mis abuelos"; teenagers
# counting themselves ("somos 3 adolescentes") are the party, as "somos 3 pibes".
PARTIES: list[OpenRow] = [
    (WED, "para mis abuelos y para mi", AV, None, None, 3, None),
    (
        WED,
        "es para mis viejos y para mí, del 2 al 5 de febrero",
        AV,
        "2027-02-02",
        "2027-02-05",
        3,
        None,
    ),
    (WED, "para mis viejos y para mi hermana", AV, None, None, ANY, None),
    (WED, "somos 3 adolescentes", AV, None, None, 3, None),
    (WED, "vamos 4 adolescentes del 2 al 5 de febrero", AV, "2027-02-02", "2027-02-05", 4, None),
    (WED, "somos 2 adultos y 3 adolescentes", AV, None, None, 5, None),
    (WED, "tengo 2 adolescentes", ANY, None, None, None, None),
]


@table(PARTIES)
def test_round25_parties(row: OpenRow) -> None:
    check(row)


# "¿hay una persona?" / "¿hay alguna persona ahí?" asks whether anybody reads, like "¿hay
# alguien?" (`human`); a person asked about ("¿hay una persona de mantenimiento?") or
# counted ("¿hay lugar para una persona?") is not.
SOMEONE_THERE: list[OpenRow] = [
    (WED, "hay una persona?", HUMAN, None, None, None, None),
    (WED, "hay alguna persona ahi?", HUMAN, None, None, None, None),
    (WED, "no entiendo nada, hay una persona?", HUMAN, None, None, None, None),
    (WED, "hola, hay alguna persona? quiero reservar del 2 al 5", HUMAN, ANY, ANY, None, None),
    (WED, "hay una persona de mantenimiento?", "!human", None, None, None, None),
    (WED, "hay lugar para una persona?", AV, None, None, 1, None),
    (WED, "hay una persona para 2?", AV, None, None, 2, None),
    (WED, "si llegamos a las 23, hay una persona?", INFO, None, None, None, "checkin"),
]


@table(SOMEONE_THERE)
def test_round25_is_a_person_there(row: OpenRow) -> None:
    check(row)


# Staying on until a time of the last day is a late checkout: "¿podemos quedarnos hasta más
# tarde?", "hasta las 14", "hasta el mediodía"; "hasta el domingo" is the stay's end.
LATE_CHECKOUT: list[OpenRow] = [
    (WED, "podemos quedarnos hasta mas tarde el ultimo dia?", INFO, None, None, None, "checkout"),
    (WED, "podemos quedarnos hasta las 14?", INFO, None, None, None, "checkout"),
    (WED, "podriamos estar hasta el mediodia?", INFO, None, None, None, "checkout"),
    (WED, "se puede quedar hasta la tarde?", INFO, None, None, None, "checkout"),
    (WED, "nos podemos quedar hasta el domingo?", AV, None, "2027-01-17", None, None),
]


@table(LATE_CHECKOUT)
def test_round25_staying_on_is_a_late_checkout(row: OpenRow) -> None:
    check(row)


# The blind batch, written before reading the parser (see the docstring): 110/111 before.
HELD_OUT: list[OpenRow] = [
    (
        WED,
        "hola! tienen lugar del 20 al 25 de enero para 4?",
        AV,
        "2027-01-20",
        "2027-01-25",
        4,
        None,
    ),
    (
        WED,
        "disponibilidad 3/2 al 7/2 somos 2 adultos y 3 nenes",
        AV,
        "2027-02-03",
        "2027-02-07",
        5,
        None,
    ),
    (WED, "entrada 14/2 salida 18/2, 2 personas", AV, "2027-02-14", "2027-02-18", 2, None),
    (
        WED,
        "caemos el viernes 22 y volvemos el lunes 25",
        AV,
        "2027-01-22",
        "2027-01-25",
        None,
        None,
    ),
    (
        WED,
        "desde el 1 de febrero 5 noches para una pareja",
        AV,
        "2027-02-01",
        "2027-02-06",
        2,
        None,
    ),
    (
        WED,
        "una semana a partir del 10 de febrero, somos 4",
        AV,
        "2027-02-10",
        "2027-02-17",
        4,
        None,
    ),
    (WED, "tenes algo para este finde? somos tres", AV, "2027-01-15", "2027-01-17", 3, None),
    (
        THU,
        "para el finde largo del 8 de diciembre hay algo?",
        AV,
        "2026-12-04",
        "2026-12-08",
        None,
        None,
    ),
    (THU, "para el 8 de diciembre tenes disponible?", AV, "2026-12-08", None, None, None),
    (WED, "q tal! del 2 al 9 de marzo x 6 pax", AV, "2027-03-02", "2027-03-09", 6, None),
    (
        WED,
        "necesito cabaña del 28/1 al 2/2 para mi señora, yo y los 2 chicos",
        AV,
        "2027-01-28",
        "2027-02-02",
        4,
        None,
    ),
    (
        WED,
        "buenas, quisiera saber si hay disponibilidad para carnaval, somos 5",
        AV,
        "2027-02-06",
        "2027-02-09",
        5,
        None,
    ),
    (
        WED,
        "semana santa tienen algo? vamos con mi señora y los chicos",
        AV,
        "2027-03-25",
        "2027-03-28",
        None,
        None,
    ),
    (
        WED,
        "del 15 al 18 de febrero, dos adultos y un bebe",
        AV,
        "2027-02-15",
        "2027-02-18",
        3,
        None,
    ),
    (
        WED,
        "hola buen dia!! 🙌 hay lugar para el 5 de febrero 3 noches? somos cuatro",
        AV,
        "2027-02-05",
        "2027-02-08",
        4,
        None,
    ),
    (
        WED,
        "llegariamos el 30 de enero y nos iriamos el 3 de febrero",
        AV,
        "2027-01-30",
        "2027-02-03",
        None,
        None,
    ),
    (WED, "ingreso 20/1 egreso 24/1 para 2", AV, "2027-01-20", "2027-01-24", 2, None),
    (WED, "disponible del 10 al 15?? somos 2 matrimonios", AV, "2027-02-10", "2027-02-15", 4, None),
    (
        WED,
        "tienen cabaña p/ 3 desde el lunes 1/2 x una semana?",
        AV,
        "2027-02-01",
        "2027-02-08",
        3,
        None,
    ),
    (
        WED,
        "estamos buscando para la segunda quincena de febrero, 2 familias de 4",
        AV,
        "2027-02-16",
        "2027-03-01",
        8,
        None,
    ),
    (WED, "el finde que viene tenes lugar para 2 parejas?", AV, ANY, ANY, 4, None),
    (
        WED,
        "hay algo para mañana x 2 noches? somos 3 adultos",
        AV,
        "2027-01-14",
        "2027-01-16",
        3,
        None,
    ),
    (WED, "pasado mañana hasta el domingo, una pareja", AV, "2027-01-15", "2027-01-17", 2, None),
    (WED, "del 27/01 al 03/02 para 5 personas", AV, "2027-01-27", "2027-02-03", 5, None),
    (
        WED,
        "hola, buscamos algo del 6 al 13 de marzo para 2 adultos y 2 menores",
        AV,
        "2027-03-06",
        "2027-03-13",
        4,
        None,
    ),
    (
        WED,
        "quiero reservar del 3 al 6 de febrero para 2",
        BOOK,
        "2027-02-03",
        "2027-02-06",
        2,
        None,
    ),
    (WED, "dale, la reservamos! del 20 al 23 somos 4", BOOK, "2027-01-20", "2027-01-23", 4, None),
    (
        WED,
        "cuanto sale la cabaña del 18 al 21 para 2 personas?",
        PRICES,
        "2027-01-18",
        "2027-01-21",
        2,
        None,
    ),
    (WED, "q precio x noche tienen para 4 personas?", PRICES, None, None, 4, None),
    (THU, "tienen disponibilidad para navidad? somos 6", AV, "2026-12-24", "2026-12-26", 6, None),
    (
        THU,
        "para año nuevo hay lugar? somos 2 parejas y un nene",
        AV,
        "2026-12-31",
        "2027-01-02",
        5,
        None,
    ),
    (
        THU,
        "del 29 de diciembre al 3 de enero, familia de 5",
        AV,
        "2026-12-29",
        "2027-01-03",
        5,
        None,
    ),
    (THU, "del 30/12 al 2/1 para 3", AV, "2026-12-30", "2027-01-02", 3, None),
    (
        THU,
        "llegamos el 26 y nos vamos el 30, somos 2 y los mellis",
        AV,
        "2026-12-26",
        "2026-12-30",
        4,
        None,
    ),
    (
        THU,
        "hay lugar el fin de semana del 12? somos 4 amigos",
        AV,
        "2026-12-11",
        "2026-12-13",
        4,
        None,
    ),
    (
        THU,
        "del 18 al 21 de diciembre, vamos mi mujer, mi suegra y yo",
        AV,
        "2026-12-18",
        "2026-12-21",
        3,
        None,
    ),
    (THU, "una semana desde el 26/12 para 4 personas", AV, "2026-12-26", "2027-01-02", 4, None),
    (THU, "enero del 5 al 12, somos 7", AV, "2027-01-05", "2027-01-12", 7, None),
    (THU, "hola tenes lugar en enero? somos 4", AV, None, None, 4, None),
    (THU, "4 noches desde el 10, 2 adultos", AV, "2026-12-10", "2026-12-14", 2, None),
    (THU, "mañana y pasado, una pareja", AV, "2026-12-04", ANY, 2, None),
    (THU, "para el sabado 12 una noche, somos 2", AV, "2026-12-12", "2026-12-13", 2, None),
    (
        THU,
        "del viernes 11 al domingo 13 para seis personas",
        AV,
        "2026-12-11",
        "2026-12-13",
        6,
        None,
    ),
    (THU, "tendrian para 8 personas del 2 al 6 de enero?", AV, "2027-01-02", "2027-01-06", 8, None),
    (
        THU,
        (
            "Buenas noches. Consulto disponibilidad para el período 04/01/2027 al 11/01/2027,"
            " 2 adultos."
        ),
        AV,
        "2027-01-04",
        "2027-01-11",
        2,
        None,
    ),
    (
        THU,
        "hola!!! somos un grupo de 10 amigos, del 14 al 17 de febrero",
        AV,
        "2027-02-14",
        "2027-02-17",
        10,
        None,
    ),
    (THU, "tenes para 2 con un perro del 19 al 22?", AV, "2026-12-19", "2026-12-22", 2, None),
    (THU, "disponibilidad 15-12 al 20-12 p 4", AV, "2026-12-15", "2026-12-20", 4, None),
    (
        THU,
        "vamos mi marido, yo y nuestros 3 hijos del 2 al 9 de enero",
        AV,
        "2027-01-02",
        "2027-01-09",
        5,
        None,
    ),
    (
        THU,
        "con mi señora y los chicos, del 20 al 27 de enero",
        AV,
        "2027-01-20",
        "2027-01-27",
        None,
        None,
    ),
    (WED, "seriamos cinco adultos nomas", AV, None, None, 5, None),
    (WED, "seriamos 3 adultos y 1 niña de 4 años", AV, None, None, 4, None),
    (WED, "vamos con mi mujer y mis 2 hijos", AV, None, None, 4, None),
    (WED, "seria para una pareja nomas 😊", AV, None, None, 2, None),
    (WED, "somos una familia de cuatro", AV, None, None, 4, None),
    (WED, "2 adultos + 2 chicos de 5 y 8", AV, None, None, 4, None),
    (WED, "voy yo solo, sin nadie", AV, None, None, 1, None),
    (WED, "seremos 6 en total, 4 grandes y 2 chicos", AV, None, None, 6, None),
    (WED, "vamos mi hermana, mi cuñado, sus 2 nenas, mi marido y yo", AV, None, None, 6, None),
    (WED, "con mis viejos y mi hermano, 4 en total", AV, None, None, 4, None),
    (WED, "vamos tres parejitas", AV, None, None, 6, None),
    (WED, "somos 2 mas 1 bebe de meses", AV, None, None, 3, None),
    (WED, "se puede llevar mascota? tenemos una perrita chiquita", INFO, None, None, None, "pets"),
    (WED, "se aceptan perritos??", INFO, None, None, None, "pets"),
    (WED, "tienen wifi?? necesito trabajar", INFO, None, None, None, "wifi"),
    (WED, "a que hora se puede hacer el chekin?", INFO, None, None, None, "checkin"),
    (
        WED,
        "hasta que hora hay que dejar la cabaña el ultimo dia",
        INFO,
        None,
        None,
        None,
        "checkout",
    ),
    (WED, "donde quedan exactamente? estan cerca del centro?", INFO, None, None, None, "location"),
    (WED, "tiene cochera o estacionamiento?", INFO, None, None, None, "parking"),
    (WED, "me pasas la ubicacion porfa", INFO, None, None, None, "location"),
    (WED, "cuanto sale la nochecita en la cabaña grande?", PRICES, None, None, None, None),
    (WED, "q precio tienen para febrero?", PRICES, None, None, None, None),
    (WED, "aceptan mercado pago o solo efectivo?", INFO, None, None, None, "payment"),
    (WED, "la pileta la tienen climatizada?", INFO, None, None, None, "pool"),
    (WED, "hay ropa de cama y toallas?", INFO, None, None, None, "linens"),
    (WED, "tiene parri la cabaña?", INFO, None, None, None, "grill"),
    (WED, "que tal anda el wifi alla? tengo que hacer zoom", INFO, None, None, None, "wifi"),
    (WED, "podemos ir con el gato?", INFO, None, None, None, "pets"),
    (WED, "como hago para llegar desde la terminal de micros?", INFO, None, None, None, "location"),
    (WED, "hay lugar para dejar el auto adentro?", INFO, None, None, None, "parking"),
    (WED, "necesito cancelar la reserva del 20", CANCEL, ANY, ANY, None, None),
    (WED, "hola, al final no vamos a poder ir, quiero cancelar", CANCEL, None, None, None, None),
    (WED, "cancelame la reserva porfa 🙏", CANCEL, None, None, None, None),
    (WED, "lamentablemente tenemos que suspender el viaje", CANCEL, None, None, None, None),
    (WED, "anulá la reserva x favor", CANCEL, None, None, None, None),
    (WED, "quiero hablar con una persona de verdad porfa", HUMAN, None, None, None, None),
    (WED, "me podes pasar con el dueño?", HUMAN, None, None, None, None),
    (WED, "necesito hablar con alguien ya, es urgentee", HUMAN, None, None, None, None),
    (
        WED,
        "hay alguien ahi? necesito que me atienda una persona real",
        HUMAN,
        None,
        None,
        None,
        None,
    ),
    (WED, "me llamas al celu?", HUMAN, None, None, None, None),
    (WED, "holaaaa buenas tardes 😊", GREETING, None, None, None, None),
    (WED, "buen diaaa como andan", GREETING, None, None, None, None),
    (WED, "hola como va? todo bien?", GREETING, None, None, None, None),
    (WED, "muchisimaaas graciaaas 🙌🙌", THANKS, None, None, None, None),
    (WED, "genial, mil gracias por todo!", THANKS, None, None, None, None),
    (WED, "graciass, saludos", THANKS, None, None, None, None),
    (
        WED,
        "hola, tenes disponibilida del 12 al 15 de febreo p 2 personas y cuanto sale?",
        PRICES,
        "2027-02-12",
        "2027-02-15",
        2,
        None,
    ),
    (
        WED,
        "buenas!! aceptan mascotas? seriamos 2 y un perro del 1 al 4 de marzo",
        AV,
        "2027-03-01",
        "2027-03-04",
        2,
        "pets",
    ),
    (WED, "kiero reservar para el finde, somos 2", BOOK, "2027-01-15", "2027-01-17", 2, None),
    (
        WED,
        "disponibilidad dl 8 al 11 d febrero, 4 personas",
        AV,
        "2027-02-08",
        "2027-02-11",
        4,
        None,
    ),
    (WED, "hola tenes libre dle 20 al 22?", AV, "2027-01-20", "2027-01-22", None, None),
    (
        WED,
        "para el 14 de febrero, san valentin, una noche para 2",
        AV,
        "2027-02-14",
        "2027-02-15",
        2,
        None,
    ),
    (WED, "tenes para 4 desde el 24 de enero 1 semana?", AV, "2027-01-24", "2027-01-31", 4, None),
    (
        WED,
        "hay disponibilidad la primer semana de marzo?",
        AV,
        "2027-03-01",
        "2027-03-08",
        None,
        None,
    ),
    (WED, "iriamos yo y mi señora", AV, None, None, 2, None),
    (WED, "somos mi esposo y yo con nuestro bebé", AV, None, None, 3, None),
    (WED, "dos adultos, tres niños", AV, None, None, 5, None),
    (WED, "para 2 adultos y 3 nenes del 1 al 5/2", AV, "2027-02-01", "2027-02-05", 5, None),
    (WED, "para el feriado del 24 de marzo tienen algo?", AV, "2027-03-24", ANY, None, None),
    (
        WED,
        "el finde largo de carnaval, 2 adultos y 1 nena",
        AV,
        "2027-02-06",
        "2027-02-09",
        3,
        None,
    ),
    (WED, "1 semana a partir del lunes, somos 3", AV, "2027-01-18", "2027-01-25", 3, None),
]


@table(HELD_OUT)
def test_round25_held_out(row: OpenRow) -> None:
    check(row)


# The second blind batch, written after the first fixes: 37/40 on the code before the round,
# 39/40 after the first fixes (the miss: a vehicle "¿la podemos dejar adentro?", then read).
HELD_OUT_2: list[OpenRow] = [
    (
        FRI,
        "hay lugar este finde para 2? llegariamos hoy a la noche",
        AV,
        "2026-11-27",
        "2026-11-29",
        2,
        None,
    ),
    (
        FRI,
        "del 4 al 8 de diciembre, 2 adultos y 2 chicos, cuanto sale?",
        PRICES,
        "2026-12-04",
        "2026-12-08",
        4,
        None,
    ),
    (
        FRI,
        "entrando el 19/12 y saliendo el 22/12 somos tres",
        AV,
        "2026-12-19",
        "2026-12-22",
        3,
        None,
    ),
    (
        FRI,
        "llegamos el lunes 7 y nos vamos el miercoles 9, una pareja y un bebe",
        AV,
        "2026-12-07",
        "2026-12-09",
        3,
        None,
    ),
    (
        FRI,
        "desde el 10 de diciembre 4 noches para mi y mi señora",
        AV,
        "2026-12-10",
        "2026-12-14",
        2,
        None,
    ),
    (
        FRI,
        "una semana a partir del 2 de enero, somos 2 matrimonios y 3 chicos",
        AV,
        "2027-01-02",
        "2027-01-09",
        7,
        None,
    ),
    (
        FRI,
        "el finde del 12 de diciembre tenes algo para 4?",
        AV,
        "2026-12-11",
        "2026-12-13",
        4,
        None,
    ),
    (FRI, "para el 8 de diciembre, 2 noches", AV, "2026-12-08", "2026-12-10", None, None),
    (
        FRI,
        "tenes del 26/12 al 1/1? vamos mi hermana, su novio y yo",
        AV,
        "2026-12-26",
        "2027-01-01",
        3,
        None,
    ),
    (
        FRI,
        "van mis suegros con mi cuñada, del 14 al 18 de diciembre",
        AV,
        "2026-12-14",
        "2026-12-18",
        3,
        None,
    ),
    (
        FRI,
        "somos dos con las mellizas, del 2 al 6 de enero",
        AV,
        "2027-01-02",
        "2027-01-06",
        4,
        None,
    ),
    (FRI, "navidad tienen algo? seriamos 3 flias de 4", AV, "2026-12-24", "2026-12-26", 12, None),
    (FRI, "el sabado de la semana que viene una noche", AV, "2026-12-05", "2026-12-06", None, None),
    (FRI, "del martes 1 al viernes 4 para 2", AV, "2026-12-01", "2026-12-04", 2, None),
    (FRI, "la primer quincena de enero somos 5", AV, "2027-01-01", "2027-01-16", 5, None),
    (
        FRI,
        "4 adultos, 1 nene de 8 y un bebe, del 3 al 10/1",
        AV,
        "2027-01-03",
        "2027-01-10",
        6,
        None,
    ),
    (
        FRI,
        "mi viejo, mi vieja, mi hermano y yo, para año nuevo",
        AV,
        "2026-12-31",
        "2027-01-02",
        4,
        None,
    ),
    (FRI, "mañana x 2 noches, somos 2 y el perrito", AV, "2026-11-28", "2026-11-30", 2, None),
    (FRI, "seriamos 4 personas mas 2 bebes", AV, None, None, 6, None),
    (FRI, "el feriado largo de diciembre somos 2", AV, ANY, ANY, 2, None),
    (WED, "se puede ir con un perro grande? es re bueno jaja", INFO, None, None, None, "pets"),
    (WED, "el wifi llega bien a todas las cabañas?", INFO, None, None, None, "wifi"),
    (WED, "a partir de que hora se puede ingresar?", INFO, None, None, None, "checkin"),
    (WED, "el ultimo dia hasta que hora nos podemos quedar?", INFO, None, None, None, "checkout"),
    (WED, "como es el camino para llegar? es de ripio?", INFO, None, None, None, "location"),
    (WED, "la camioneta la podemos dejar adentro?", INFO, None, None, None, "parking"),
    (WED, "que valor tiene la cabaña para 2 por noche?", PRICES, None, None, 2, None),
    (WED, "me decis el precio para 5 noches?", PRICES, None, None, None, None),
    (
        WED,
        "hola, necesito cancelar mi reserva, surgio algo en el trabajo",
        CANCEL,
        None,
        None,
        None,
        None,
    ),
    (WED, "no vamos a poder ir al final, cancelen por favor", CANCEL, None, None, None, None),
    (WED, "me comunicas con alguien que me explique bien?", HUMAN, None, None, None, None),
    (WED, "hay alguna persona que me pueda responder?", HUMAN, None, None, None, None),
    (WED, "buenaaas 👋", GREETING, None, None, None, None),
    (WED, "hola buenas noches!! como estan?", GREETING, None, None, None, None),
    (WED, "muchas gracias por responder tan rapido!", THANKS, None, None, None, None),
    (WED, "genial!! gracias, despues te confirmo", THANKS, None, None, None, None),
    (
        WED,
        "hola tenes algo del 8 al 12 de febreo p/ 3? con mascota 🐶",
        AV,
        "2027-02-08",
        "2027-02-12",
        3,
        "pets",
    ),
    (
        WED,
        "kiero reservar dl 1 al 4 d marzo para 2 adultos",
        BOOK,
        "2027-03-01",
        "2027-03-04",
        2,
        None,
    ),
    (
        WED,
        "holaaa cuanto sale del 20 al 22 para una pareja?? 🙏",
        PRICES,
        "2027-01-20",
        "2027-01-22",
        2,
        None,
    ),
    (
        WED,
        "van mis papas y mis tios, del 5 al 9 de febrero",
        AV,
        "2027-02-05",
        "2027-02-09",
        4,
        None,
    ),
]


@table(HELD_OUT_2)
def test_round25_held_out_second_batch(row: OpenRow) -> None:
    check(row)


# A vehicle named first, then a modal before the verb: "la camioneta, ¿la podemos dejar
# adentro?" asks parking, like "el auto, ¿dónde lo dejo?".
VEHICLE_FIRST: list[OpenRow] = [
    (WED, "el auto lo puedo dejar en la puerta?", INFO, None, None, None, "parking"),
    (WED, "la moto la podemos guardar?", INFO, None, None, None, "parking"),
    (WED, "y la camioneta? la podriamos meter adentro?", INFO, None, None, None, "parking"),
]


@table(VEHICLE_FIRST)
def test_round25_vehicle_named_first_is_parking(row: OpenRow) -> None:
    check(row)


# A day listed twice ("el 2 y el 2", "tres y tres") is one date, not a stay of a month; the
# one that names its month gives it ("el 20 y el 20 de febrero"). Different days listed are
# still nights ("el 20 y el 21" is out on the 22nd).
SAME_DAY_TWICE: list[OpenRow] = [
    (WED, "el 2 y el 2", AV, "2027-02-02", None, None, None),
    (WED, "tres y tres", ANY, ANY, None, None, None),
    (WED, "el 20 y el 20 de febrero", AV, "2027-02-20", None, None, None),
    (WED, "el 20 de febrero y el 20", AV, "2027-02-20", None, None, None),
    (WED, "el 20 y 20 de febrero somos 2", AV, "2027-02-20", None, 2, None),
    (WED, "el 20 y el 21 de febrero", AV, "2027-02-20", "2027-02-22", None, None),
    (WED, "el 20 de enero y el 20 de febrero", AV, "2027-01-20", "2027-02-20", None, None),
    # A range that ends on the day it starts is a slip: the arrival alone (it read a stay of
    # a month, or of a year with the month written).
    (WED, "del 8 al 8 de febrero", AV, "2027-02-08", None, None, None),
    (WED, "del 20 al 20", AV, "2027-01-20", None, None, None),
    (WED, "del 20/2 al 20/2 para 2", AV, "2027-02-20", None, 2, None),
    (WED, "del 8 de febrero al 8 de marzo", AV, "2027-02-08", "2027-03-08", None, None),
    (WED, "del 20/1 al 20/2", AV, "2027-01-20", "2027-02-20", None, None),
]


@table(SAME_DAY_TWICE)
def test_round25_a_day_listed_twice_is_one_date(row: OpenRow) -> None:
    check(row)


# A family emoji is its members ("👨‍👩‍👧‍👦" four, "👩‍👧" two), a couple with a heart
# ("👩‍❤️‍👨") two, like "💑"; "pra" is "para" (a slip, and Brazilians' word).
EMOJI_AND_SLIPS: list[OpenRow] = [
    (WED, "📅 10/2 al 15/2 👨‍👩‍👧‍👦", AV, "2027-02-10", "2027-02-15", 4, None),
    (WED, "del 10 al 15 de febrero para 👨‍👩‍👧", AV, "2027-02-10", "2027-02-15", 3, None),
    (WED, "somos 👩‍👧 del 3 al 5 de febrero", AV, "2027-02-03", "2027-02-05", 2, None),
    (WED, "👨🏻‍👩🏻‍👦🏻‍👦🏻 tienen lugar el finde?", AV, "2027-01-15", "2027-01-17", 4, None),
    (WED, "👩‍❤️‍👨 del 3 al 5 de febrero", AV, "2027-02-03", "2027-02-05", 2, None),
    (WED, "👨‍💻 del 3 al 5 de febrero", AV, "2027-02-03", "2027-02-05", None, None),
    (WED, "hay lugar pra 4?", AV, None, None, 4, None),
    (WED, "tem vaga pra 2 pessoas?", AV, None, None, 2, None),
]


@table(EMOJI_AND_SLIPS)
def test_round25_family_emoji_and_pra(row: OpenRow) -> None:
    check(row)


def test_round25_people_dropped_are_a_negative_extra() -> None:
    # "somos uno menos" read a party of one: it is one fewer than the party told before
    # (the conversation takes them off it, never below one); beside a count, the count.
    from bot.nlu import parse_fresh

    for text, guests, extra in [
        ("somos uno menos", None, -1),
        ("al final una persona menos", None, -1),
        ("somos 2 menos", None, -2),
        ("uno menos, somos 3", 3, -1),
        ("somos 4 mas o menos", 4, None),
        ("somos uno mas", None, 1),
    ]:
        got = parse_fresh(text, WED)
        assert (got.guests, got.extra_guests) == (guests, extra), text
