"""Session 25 (h1): stays and parties as misspelled, voice-typed and older guests write them.

About 620 messages were written before reading the NLU's tables, from how people type with
one finger, dictate, or learned to spell long ago: months and weekdays misspelled
("disiembre", "febreo", "marso", "enro", "savado", "domigo"), number words with typos
("cutro", "sinco", "dies"), "x" for "por", "q", "xq", "pers", "psjs", "adul", capitals,
stretched letters, emojis between words, run-ons with no punctuation, and the leftovers of
session 24. Each was read with ``parse_fresh`` on Saturday 28/11/2026 and compared with
what a person reads. The typo machinery (bot/nlu_text.py) already read most of them; the
misreads fell in these families, each fixed by a general rule and tested with variants:

- a silent "h" added before a month ("henero", "habril", "hagosto", "hoctubre"): the
  month was dropped and the days rolled to December;
- "b" for "v" (and back) in a word the NLU knows ("nabidad", "año nuebo"), and "s" for a
  soft "c" in a word of the calendar ("quinsena");
- April cut to "ab" after a day ("del 10 al 13 de ab");
- a number word in two halves, as dictation and the old spelling write it ("veinti dos",
  "veinte y cinco", "diez y seis", "dieci ocho");
- "psj" / "psjs" / "pasj" for "pasajeros";
- a couple and a bare count after "+" or "más" ("pareja + 1", "una pareja más 2");
- twins and triplets with no article ("2 adultos y mellizos de 4", "con trillizos"),
  "abuelos" with no article opening a list ("abuelos con 2 nietos"), and singles beside
  couples ("3 parejas y 2 solteros");
- the nights named after "noches" with no "del" ("4 noches: 15, 16, 17 y 18");
- another kid told by age alone ("1 chico de 12 y otro de 8"), and three days or more
  in a row after "noches" with no "y" ("noches 15 16 17 18");
- a single traveller's departure ("me voy el 18", "me vuelvo el 14"), so the day the trip
  starts ("salgo de Córdoba el 14 a la noche, llego el 15") is no arrival, and that trip
  day's month carries to the arrival a day or two later.

Left: "de sábado a lunes" on a Saturday is today (as the contract reads it, well
spelled or not), "esta noche" has no departure (the bot asks how many nights), "el fide"
(too short to tell from other words), "del 8 al 11 de hebrero" ("h" for "f"), "para do
personas", kids as separate emojis ("2 👧👦"), "3 adltos 2 niñs" (a kid's noun cut to
four letters), and "las noches 30 31 y 1" with no month (30/11, as "las noches del 30 31 y
1" read before).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

SAT = date(2026, 11, 28)  # a Saturday
# (message, check_in, check_out, guests), the days as ISO strings; read on SAT.
Row = tuple[str, str | None, str | None, int | None]

# A silent "h" before a month: before, the month was dropped ("del 5 al 8" in December).
H_ADDED_ROWS: list[Row] = [
    ("del 5 al 8 de henero", "2027-01-05", "2027-01-08", None),
    ("del 3 al 6 de henero somos dos adultos", "2027-01-03", "2027-01-06", 2),
    ("del 5 al 8 de habril", "2027-04-05", "2027-04-08", None),
    ("del 7 al 9 de habril somos 3", "2027-04-07", "2027-04-09", 3),
    ("del 14 al 17 de hagosto", "2027-08-14", "2027-08-17", None),
    ("del 10 al 12 de hoctubre para 4", "2027-10-10", "2027-10-12", 4),
    ("del 5 al 8 de hagosto", "2027-08-05", "2027-08-08", None),
    ("del 5 al 8 de hoctubre", "2027-10-05", "2027-10-08", None),
]

# "b" and "v" sound alike, and so do "s" and a soft "c": a word respelled into one the NLU
# knows ("nabidad", "nuebo", "quinsena"). Before: no stay.
SOUND_ROWS: list[Row] = [
    ("para nabidad somos 3", "2026-12-24", "2026-12-26", 3),
    ("para la nabidad somos 4", "2026-12-24", "2026-12-26", 4),
    ("para año nuebo somos 6", "2026-12-31", "2027-01-02", 6),
    ("año nuebo para 5", "2026-12-31", "2027-01-02", 5),
    ("primera quinsena de enero", "2027-01-01", "2027-01-16", None),
    ("la segunda quinsena de enero", "2027-01-16", "2027-02-01", None),
    ("la primera quinsena de marzo", "2027-03-01", "2027-03-16", None),
    ("para nabidad", "2026-12-24", "2026-12-26", None),
    ("para año nuebo", "2026-12-31", "2027-01-02", None),
    ("para la navida", "2026-12-24", "2026-12-26", None),
    ("la primer quinsena de febrero", "2027-02-01", "2027-02-16", None),
    ("la primera quinsena de febreo", "2027-02-01", "2027-02-16", None),
]

# April as "ab" after a day. Before: the days in December.
APRIL_ROWS: list[Row] = [
    ("del 10 al 13 de ab", "2027-04-10", "2027-04-13", None),
    ("del 10 al 13 de ab somos 2", "2027-04-10", "2027-04-13", 2),
    ("del 2 al 4 de ab para 2", "2027-04-02", "2027-04-04", 2),
    ("20 al 25 ab", "2027-04-20", "2027-04-25", None),
    ("del 5 al 8 de ab", "2027-04-05", "2027-04-08", None),
    ("del 1 al 4 de ab para 3", "2027-04-01", "2027-04-04", 3),
    ("del 20 al 25 de ab", "2027-04-20", "2027-04-25", None),
]

# A number word in two halves. Before: "veinti" read "veinte" and the unit dropped or
# taken for another day ("del veinte y dos al veinte y seis de enero" was 20/12 to 2/1).
HALVES_ROWS: list[Row] = [
    ("del veinti dos al veinti seis de enero", "2027-01-22", "2027-01-26", None),
    ("del veinte y dos al veinte y seis de enero", "2027-01-22", "2027-01-26", None),
    ("del veinte y cinco al veintinueve de enero", "2027-01-25", "2027-01-29", None),
    ("del 20 al veinte y cinco", "2026-12-20", "2026-12-25", None),
    ("del diez y seis al diez y nueve de enero", "2027-01-16", "2027-01-19", None),
    ("del dieci ocho al veinti dos de enero", "2027-01-18", "2027-01-22", None),
    ("del veinte y ocho de diciembre al dos de enero", "2026-12-28", "2027-01-02", None),
    ("somos veinti dos", None, None, 22),
    ("somos veinti uno", None, None, 21),
    ("somos dieci seis", None, None, 16),
    ("diez y ocho personas", None, None, 18),
    ("del veinte al veinti cinco de enero", "2027-01-20", "2027-01-25", None),
    ("del veinte al veinte y cinco de enero", "2027-01-20", "2027-01-25", None),
]

# Travellers' shorthand. Before: no party.
PASSENGER_ROWS: list[Row] = [
    ("5 psjs", None, None, 5),
    ("5 pasj", None, None, 5),
    ("3 psj", None, None, 3),
    ("5 psj", None, None, 5),
]

# A couple and a bare count after "+" or "más". Before: 2 (the couple alone).
COUPLE_PLUS_ROWS: list[Row] = [
    ("pareja + 1", None, None, 3),
    ("pareja +1", None, None, 3),
    ("pareja + 2", None, None, 4),
    ("pareja mas 2", None, None, 4),
    ("una pareja mas 1", None, None, 3),
    ("somos una pareja mas 2", None, None, 4),
    ("matrimonio +1", None, None, 3),
    ("un matrimonio + 1", None, None, 3),
    ("2 parejas mas 1", None, None, 5),
    ("somos pareja + 2", None, None, 4),
    ("pareja + 1 del 10 al 12", "2026-12-10", "2026-12-12", 3),
    ("del 10 al 12 pareja + 1", "2026-12-10", "2026-12-12", 3),
]

# Twins and triplets with no article, bare "abuelos", singles beside couples. Before: the
# adults or couples alone ("3 parejas y 2 solteros" was 6), or no party.
GROUPS_ROWS: list[Row] = [
    ("2 adultos y mellizos de 4", None, None, 4),
    ("2 adultos y mellizos", None, None, 4),
    ("dos adultos y trillizos", None, None, 5),
    ("mi esposa y yo con mellizos de 3", None, None, 4),
    ("2 adultos y gemelos de 6", None, None, 4),
    ("somos una pareja con mellizos", None, None, 4),
    ("2 adultos con mellizos de 5 años", None, None, 4),
    ("dos adultos y gemelas", None, None, 4),
    ("dos adultos con mellizos", None, None, 4),
    ("una pareja con trillizos de 2", None, None, 5),
    ("una pareja y trillizos", None, None, 5),
    ("mi marido y yo con gemelas de 3", None, None, 4),
    ("2 adultos, mellizos de 4 y un bebe", None, None, 5),
    ("mis trillizos y yo", None, None, 4),
    ("abuelos con 2 nietos", None, None, 4),
    ("abuelos con 3 nietos", None, None, 5),
    ("abuelos y 2 nietos", None, None, 4),
    ("abuelos con 1 nieta", None, None, 3),
    ("abuelos y 3 nietos del 5 al 9 de enero", "2027-01-05", "2027-01-09", 5),
    ("3 parejas y 2 solteros", None, None, 8),
    ("dos parejas y un soltero", None, None, 5),
    ("2 parejas y 1 soltero", None, None, 5),
    ("dos parejas mas 2 solteras", None, None, 6),
    ("una pareja y 2 solteros", None, None, 4),
    ("4 parejas y 1 soltero", None, None, 9),
    ("2 parejas y una soltera", None, None, 5),
    ("3 parejas y 2 solteros del 10 al 14 de enero", "2027-01-10", "2027-01-14", 8),
    ("3 parejas y 2 solteras", None, None, 8),
]

# The nights named after "noches". Before: a length and no days.
NIGHTS_NAMED_ROWS: list[Row] = [
    ("4 noches: 15, 16, 17 y 18", "2026-12-15", "2026-12-19", None),
    ("4 noches 15 16 17 y 18", "2026-12-15", "2026-12-19", None),
    ("las noches 15, 16 y 17", "2026-12-15", "2026-12-18", None),
    ("las noches 15, 16 y 17 somos 4", "2026-12-15", "2026-12-18", 4),
    ("noches: 8, 9 y 10", "2026-12-08", "2026-12-11", None),
]

# One traveller's departure, and the day the trip starts. Before: the trip's day was the
# arrival ("salgo de Córdoba el 14 …" in 14, out 15) or the departure a month away.
TRIP_ROWS: list[Row] = [
    (
        "salgo de Córdoba el 14 a la noche, llego el 15, me voy el 18",
        "2026-12-15",
        "2026-12-18",
        None,
    ),
    (
        "salgo el 14 a la noche desde mendoza llego el 15 y me voy el 18",
        "2026-12-15",
        "2026-12-18",
        None,
    ),
    ("viajo el 19 a la noche llego el 20 y me voy el 23", "2026-12-20", "2026-12-23", None),
    (
        "viajo el 9 de noche desde rosario, llego el 10 y me vuelvo el 14",
        "2026-12-10",
        "2026-12-14",
        None,
    ),
    ("me voy el 15", None, "2026-12-15", None),  # as "nos vamos el 15"
    ("me voy el 15 por 3 noches", "2026-12-15", "2026-12-18", None),  # the trip starts (lead25)
    (
        "partimos el 2 de enero de noche, llegamos el 3 y nos volvemos el 8",
        "2027-01-03",
        "2027-01-08",
        None,
    ),
    (
        "salgo de tucuman el 2 de febrero, llego el 3 y me vuelvo el 7",
        "2027-02-03",
        "2027-02-07",
        None,
    ),
]

# Another kid told by age alone after one counted: "1 chico de 12 y otro de 8". Before: the
# second kid was not counted.
ANOTHER_ROWS: list[Row] = [
    ("somos 2 adultos y 1 chico de 12 y otro de 8", None, None, 4),
    ("2 adultos un nene de 5 y otro de 3", None, None, 4),
    ("2 adultos, una nena de 4 y otra de 7 y otra de 9", None, None, 5),
    ("2 adultos y 1 nene de 5 años y otro de 3 años", None, None, 4),
    ("2 adultos, un nene de 6 y otro de 2", None, None, 4),
    ("somos 3 adultos, una nena de 10 y otra de 4", None, None, 5),
    ("dos adultos una nena de 4 y otra de 7 años", None, None, 4),
    ("mi señora y yo, un nene de 8 y otro de 5", None, None, 4),
]

# Three days or more in a row after "noches", with no "y". Before: no stay.
NIGHTS_RUN_ROWS: list[Row] = [
    ("noches 15 16 17 18", "2026-12-15", "2026-12-19", None),
    ("las noches 15 16 17", "2026-12-15", "2026-12-18", None),
    ("noches 15 16 17 18 somos 4", "2026-12-15", "2026-12-19", 4),
    ("noches 20 21 22", "2026-12-20", "2026-12-23", None),
]

# Beside the families: read right before too, and kept so by the rules above ("pareja + 3
# noches" is a length; twins told again after the kids' count add no one; a sum that
# happened to be right, "beinte y dos"; lists and trips with a month or "del" already).
NEAR_ROWS: list[Row] = [
    ("llegamos el 28 de ab y nos vamos el 2 de mayo", "2027-04-28", "2027-05-02", None),
    ("somos beinte y dos", None, None, 22),
    ("para 6 pasj", None, None, 6),
    ("pareja + 3 noches", None, None, 2),
    ("2 adultos, 2 niños de 4 años (mellizos)", None, None, 4),
    ("2 adultos 2 nenes mellizos", None, None, 4),
    ("somos 3 con los mellizos", None, None, 3),
    ("somos 2 con los mellizos", None, None, 4),
    ("5 noches: 2, 3, 4, 5 y 6 de enero", "2027-01-02", "2027-01-07", None),
    ("5 noches 3 4 5 6 y 7 de enero", "2027-01-03", "2027-01-08", None),
    ("las noches del 20, 21, 22 y 23", "2026-12-20", "2026-12-24", None),
    ("llego el 20 y me vuelvo el 24", "2026-12-20", "2026-12-24", None),
    ("2 adultos y 1 nene de 5", None, None, 3),
    ("2 adultos y 2 nenes de 5 y 3", None, None, 4),
    ("2 noches 4 5 personas", None, None, 5),
    ("noches 8 9 10 de enero", "2027-01-08", "2027-01-11", None),
]

# Read right before this session's rules and still read right: misspelled months and
# weekdays, number words with typos, "x" and "q", "pers", capitals, stretched letters,
# emojis between words and run-ons with no punctuation (regression guards).
ALREADY_RIGHT_ROWS: list[Row] = [
    ("del 10 al 15 de disiembre somos 4", "2026-12-10", "2026-12-15", 4),
    ("del 3 al 7 de febreo para 2", "2027-02-03", "2027-02-07", 2),
    ("del 20 al 25 de marso 5 personas", "2027-03-20", "2027-03-25", 5),
    ("del 12 al 16 de setiembre somos 3", "2027-09-12", "2027-09-16", 3),
    ("del 1 al 5 de nobiembre 2 adultos", "2027-11-01", "2027-11-05", 2),
    ("del 4 al 9 de enro somos 6", "2027-01-04", "2027-01-09", 6),
    ("del 4 al 9 de enro", "2027-01-04", "2027-01-09", None),
    ("15 de disiembre al 20 de disiembre", "2026-12-15", "2026-12-20", None),
    ("del 2 al 6 de febrro", "2027-02-02", "2027-02-06", None),
    ("del 2 al 6 de febero", "2027-02-02", "2027-02-06", None),
    ("del 2 al 6 de febreto", "2027-02-02", "2027-02-06", None),
    ("del 10 al 14 de dicienbre", "2026-12-10", "2026-12-14", None),
    ("del 10 al 14 de diciebre", "2026-12-10", "2026-12-14", None),
    ("del 10 al 14 de dicimbre", "2026-12-10", "2026-12-14", None),
    ("del 10 al 14 de disienbre", "2026-12-10", "2026-12-14", None),
    ("del 10 al 14 de dciembre", "2026-12-10", "2026-12-14", None),
    ("del 10 al 14 de diceimbre", "2026-12-10", "2026-12-14", None),
    ("del 10 al 14 de diciembe", "2026-12-10", "2026-12-14", None),
    ("del 5 al 8 de enerp", "2027-01-05", "2027-01-08", None),
    ("del 5 al 8 de ennero", "2027-01-05", "2027-01-08", None),
    ("del 5 al 8 de eneo", "2027-01-05", "2027-01-08", None),
    ("del 5 al 8 de eenero", "2027-01-05", "2027-01-08", None),
    ("del 5 al 8 de marzzo", "2027-03-05", "2027-03-08", None),
    ("del 5 al 8 de marso", "2027-03-05", "2027-03-08", None),
    ("del 5 al 8 de mrzo", "2027-03-05", "2027-03-08", None),
    ("del 5 al 8 de abrl", "2027-04-05", "2027-04-08", None),
    ("del 5 al 8 de abirl", "2027-04-05", "2027-04-08", None),
    ("del 5 al 8 de avril", "2027-04-05", "2027-04-08", None),
    ("del 5 al 8 de mayp", "2027-05-05", "2027-05-08", None),
    ("del 5 al 8 de majo", "2027-05-05", "2027-05-08", None),
    ("del 5 al 8 de juno", "2027-06-05", "2027-06-08", None),
    ("del 5 al 8 de junio", "2027-06-05", "2027-06-08", None),
    ("del 5 al 8 de jullio", "2027-07-05", "2027-07-08", None),
    ("del 5 al 8 de julo", "2027-07-05", "2027-07-08", None),
    ("del 5 al 8 de agosot", "2027-08-05", "2027-08-08", None),
    ("del 5 al 8 de agsto", "2027-08-05", "2027-08-08", None),
    ("del 5 al 8 de ajosto", "2027-08-05", "2027-08-08", None),
    ("del 5 al 8 de septiembe", "2027-09-05", "2027-09-08", None),
    ("del 5 al 8 de setienbre", "2027-09-05", "2027-09-08", None),
    ("del 5 al 8 de octure", "2027-10-05", "2027-10-08", None),
    ("del 5 al 8 de otubre", "2027-10-05", "2027-10-08", None),
    ("del 5 al 8 de octubr", "2027-10-05", "2027-10-08", None),
    ("del 5 al 8 de noviebre", "2027-11-05", "2027-11-08", None),
    ("del 5 al 8 de nobienbre", "2027-11-05", "2027-11-08", None),
    ("del 5 al 8 de novienbre", "2027-11-05", "2027-11-08", None),
    ("del 10 al 13 de abr", "2027-04-10", "2027-04-13", None),
    ("del 10 al 13 de dic", "2026-12-10", "2026-12-13", None),
    ("del 10 al 13 de ene", "2027-01-10", "2027-01-13", None),
    ("del 10 al 13 de feb", "2027-02-10", "2027-02-13", None),
    ("del 10 al 13 de sep", "2027-09-10", "2027-09-13", None),
    ("del 10 al 13 de set", "2027-09-10", "2027-09-13", None),
    ("del 10 al 13 de nov", "2027-11-10", "2027-11-13", None),
    ("del 10 al 13 de ago", "2027-08-10", "2027-08-13", None),
    ("del 10 al 13 de jul", "2027-07-10", "2027-07-13", None),
    ("del 10 al 13 de jun", "2027-06-10", "2027-06-13", None),
    ("del 10 al 13 de oct", "2027-10-10", "2027-10-13", None),
    ("del 10 al 13 de mar", "2027-03-10", "2027-03-13", None),
    ("DEL 10 AL 15 DE DISIEMBRE SOMOS 4", "2026-12-10", "2026-12-15", 4),
    ("DEL 10 AL 15 DE ENERO SOMOS CUATRO", "2027-01-10", "2027-01-15", 4),
    ("QUIERO RESERVAR DEL 3 AL 8 DE FEBRERO PARA 5 PERSONAS", "2027-02-03", "2027-02-08", 5),
    ("desde el sabado 5 de disiembre hasta el miercoles 9 somos 2", "2026-12-05", "2026-12-09", 2),
    ("el savado 5 al martes 8", "2026-12-05", "2026-12-08", None),
    ("del vierne 4 al domigo 6", "2026-12-04", "2026-12-06", None),
    ("del viernes 4 al domigo 6 somos 4", "2026-12-04", "2026-12-06", 4),
    ("del vienes 4 al domingo 6", "2026-12-04", "2026-12-06", None),
    ("del jueves 3 al lune 7", "2026-12-03", "2026-12-07", None),
    ("del juebes 3 al lunes 7", "2026-12-03", "2026-12-07", None),
    ("del miercole 9 al sabado 12", "2026-12-09", "2026-12-12", None),
    ("del mierkoles 9 al savado 12", "2026-12-09", "2026-12-12", None),
    ("del savado 12 al domingo 13", "2026-12-12", "2026-12-13", None),
    ("llegamos el savado 5 y nos vamos el domigo 6", "2026-12-05", "2026-12-06", None),
    ("llegamos el vierne 4 a la tarde nos vamos el domigo 6", "2026-12-04", "2026-12-06", None),
    ("este vierne al domigo somos 2", "2026-12-04", "2026-12-06", 2),
    ("el vierne que viene hasta el domigo", "2026-12-04", "2026-12-06", None),
    ("del lunes 7 al viernes 11 de disiembre", "2026-12-07", "2026-12-11", None),
    ("de viernes a domingo somos 4", "2026-12-04", "2026-12-06", 4),
    ("de vierne a domigo somos 4", "2026-12-04", "2026-12-06", 4),
    ("del sabado 5 al domingo 6", "2026-12-05", "2026-12-06", None),
    ("somos cutro", None, None, 4),
    ("somos sinco", None, None, 5),
    ("somos sinco personas", None, None, 5),
    ("somos seis", None, None, 6),
    ("somos sies", None, None, 6),
    ("somos ceis", None, None, 6),
    ("somos siette", None, None, 7),
    ("somos ocho", None, None, 8),
    ("somos dos personas y tres chicos", None, None, 5),
    ("dos personas y tres chicos", None, None, 5),
    ("cuatro adultos dos nenes", None, None, 6),
    ("cuatro adultos y dos nenes", None, None, 6),
    ("cutro adultos y dos nenes", None, None, 6),
    ("cuatro adultos dos menores", None, None, 6),
    ("dos adultos tres menores", None, None, 5),
    ("2 adul 3 menores", None, None, 5),
    ("2 adul y 2 menores", None, None, 4),
    ("3 adul 1 menor", None, None, 4),
    ("4 pers", None, None, 4),
    ("para 4 pers", None, None, 4),
    ("somos 4 pers", None, None, 4),
    ("para 5 psjs", None, None, 5),
    ("somos 6 pers del 10 al 14 de enero", "2027-01-10", "2027-01-14", 6),
    ("2 adultos + 2 menores", None, None, 4),
    ("2 mayores y 2 menores", None, None, 4),
    ("dos mayores y un menor", None, None, 3),
    ("somos tres adultos y un nene", None, None, 4),
    ("tres adultos y una nena", None, None, 4),
    ("tres adultos y una nena de 5", None, None, 4),
    ("sinco adultos", None, None, 5),
    ("dos aldultos", None, None, 2),
    ("dos adutos", None, None, 2),
    ("dos adultoss", None, None, 2),
    ("2 adulto y 1 niño", None, None, 3),
    ("dos adultos y dos niñios", None, None, 4),
    ("dos adultos y dos ninos", None, None, 4),
    ("dos adultos y dos ninios", None, None, 4),
    ("dos adultos y dos chicoss", None, None, 4),
    ("dos adultos y dos hijos", None, None, 4),
    ("dos adultos y dos nenas", None, None, 4),
    ("dos adultos y dos bebes", None, None, 4),
    ("somos cutro personas", None, None, 4),
    ("somos quatro", None, None, 4),
    ("somos 4 perosnas", None, None, 4),
    ("somos 4 presonas", None, None, 4),
    ("somos 4 personsa", None, None, 4),
    ("somos 4 peronas", None, None, 4),
    ("para 4 persona", None, None, 4),
    ("para cuatro persona", None, None, 4),
    ("para tre personas", None, None, 3),
    ("para tres personsa", None, None, 3),
    ("para dos personas", None, None, 2),
    ("para dso personas", None, None, 2),
    ("somos trez", None, None, 3),
    ("somos nueve", None, None, 9),
    ("somos nuebe", None, None, 9),
    ("somos dies", None, None, 10),
    ("somos diez", None, None, 10),
    ("somos onse", None, None, 11),
    ("somos dose", None, None, 12),
    (
        (
            "hola buenas tardes queria saber si tienen disponible del 10 al 15 de enero somos "
            "cinco personas dos adultos y tres niños"
        ),
        "2027-01-10",
        "2027-01-15",
        5,
    ),
    (
        (
            "hola buen dia queria consultar disponibilidad para el 20 de diciembre al 27 de "
            "diciembre somos dos adultos y dos chicos gracias"
        ),
        "2026-12-20",
        "2026-12-27",
        4,
    ),
    (
        "buenas noches quisiera saber precio para cuatro personas del cinco al diez de enero",
        "2027-01-05",
        "2027-01-10",
        4,
    ),
    (
        (
            "hola queria saber si hay lugar desde el 3 de enero hasta el 10 de enero para mi "
            "esposa y yo y mis dos nietos"
        ),
        "2027-01-03",
        "2027-01-10",
        4,
    ),
    (
        "hola buenas queria saber si tienen cabaña para el 15 de enero por una semana somos dos",
        "2027-01-15",
        "2027-01-22",
        2,
    ),
    (
        (
            "hola buenas tardes mi nombre es carlos queria saber si tienen lugar del 8 al 12 de "
            "febrero somos mi señora yo y nuestra hija"
        ),
        "2027-02-08",
        "2027-02-12",
        3,
    ),
    (
        (
            "buenas tardes le escribo para consultar por una cabaña para 2 personas del 2 al 5 "
            "de enero muchas gracias"
        ),
        "2027-01-02",
        "2027-01-05",
        2,
    ),
    (
        (
            "buen dia señora quisiera reservar una cabaña para el mes de enero del 10 al 20 "
            "somos 2 jubilados"
        ),
        "2027-01-10",
        "2027-01-20",
        2,
    ),
    ("hola mi marido y yo queremos ir del 5 al 10 de marzo", "2027-03-05", "2027-03-10", 2),
    ("hola mi marido y yo queremos ir del cinco al diez de marzo", "2027-03-05", "2027-03-10", 2),
    (
        (
            "hola buenas tardes quiero saber si tienen disponible para dos personas desde el "
            "dia 12 de diciembre hasta el dia 16 de diciembre"
        ),
        "2026-12-12",
        "2026-12-16",
        2,
    ),
    (
        (
            "hola buenas tardes quiero saber si tienen disponible para dos personas desde el "
            "dia doce de diciembre hasta el dia dieciseis de diciembre"
        ),
        "2026-12-12",
        "2026-12-16",
        2,
    ),
    (
        "hola q tal queria saber si tenes lugar x 3 noches desde el 14 de diciembre somos 4",
        "2026-12-14",
        "2026-12-17",
        4,
    ),
    (
        "hola q tal queria saber si tenes lugar x 3 noches desde el 14 somos 4",
        "2026-12-14",
        "2026-12-17",
        4,
    ),
    (
        "hola xq no me contestan quiero reservar del 10 al 12 de diciembre para 2",
        "2026-12-10",
        "2026-12-12",
        2,
    ),
    ("q precio tiene x noche para 4 pers", None, None, 4),
    ("q disponibilidad tienen x 2 noches del 10 de enero para 3", "2027-01-10", "2027-01-12", 3),
    ("x 4 noches desde el 5 de enero", "2027-01-05", "2027-01-09", None),
    ("x una semana desde el 2 de enero somos 5", "2027-01-02", "2027-01-09", 5),
    ("para 2 x 3 noches desde el 10", "2026-12-10", "2026-12-13", 2),
    ("hay lugar x el finde somos 2", "2026-12-04", "2026-12-06", 2),
    ("q tenes para 2 adul y 3 menores del 3 al 7 de enero", "2027-01-03", "2027-01-07", 5),
    ("hola!!! queremos ir del 10 al 15 de eneroooo somos 4", "2027-01-10", "2027-01-15", 4),
    ("holaaaa somos cuatrooo", None, None, 4),
    ("somos cincooo del 2 al 5 de enero", "2027-01-02", "2027-01-05", 5),
    ("del 10 al 15 de diciembreeee", "2026-12-10", "2026-12-15", None),
    ("del 10 al 15 de diciiiembre", "2026-12-10", "2026-12-15", None),
    ("del 10 al 15 de ENEROOO", "2027-01-10", "2027-01-15", None),
    ("somos dosss", None, None, 2),
    ("somos 2 adultosss y 2 nenesss", None, None, 4),
    ("del 10 🌞 al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("del 10 al 15 de enero 🏖️ somos 4 👨\u200d👩\u200d👧\u200d👦", "2027-01-10", "2027-01-15", 4),
    ("somos 4 😊 del 5 al 8 de febrero 🙏", "2027-02-05", "2027-02-08", 4),
    (
        "hola 👋 queria saber 🤔 si hay lugar del 3 🗓️ al 6 de enero para 2 🙏🙏",
        "2027-01-03",
        "2027-01-06",
        2,
    ),
    ("somos 🙂 cinco", None, None, 5),
    ("dos 👨 adultos y tres 👶 niños", None, None, 5),
    ("llegamos el 10 😍 nos vamos el 15", "2026-12-10", "2026-12-15", None),
    ("3 noches: 10, 11 y 12 de enero", "2027-01-10", "2027-01-13", None),
    ("las noches del 10, 11 y 12 de enero", "2027-01-10", "2027-01-13", None),
    ("las noches del 15 16 y 17", "2026-12-15", "2026-12-18", None),
    ("una pareja + 1 nene", None, None, 3),
    ("pareja mas un nene", None, None, 3),
    ("una pareja y un nene", None, None, 3),
    ("pareja + 2 chicos", None, None, 4),
    ("2 adultos y 2 mellizos", None, None, 4),
    ("2 parejas", None, None, 4),
    ("somos 2 parejas y un nene", None, None, 5),
    ("tres parejas", None, None, 6),
    ("somos 3 parejas", None, None, 6),
    ("2 parejas y 3 amigos", None, None, 7),
    ("una pareja y 2 amigas", None, None, 4),
    ("dos matrimonios", None, None, 4),
    ("dos matrimonios y 3 chicos", None, None, 7),
    (
        "salimos de rosario el 9 a la noche llegamos el 10 y nos vamos el 14",
        "2026-12-10",
        "2026-12-14",
        None,
    ),
    (
        "viajamos el 14 de noche llegamos el 15 temprano nos volvemos el 20",
        "2026-12-15",
        "2026-12-20",
        None,
    ),
    (
        "salimos el 14 de buenos aires y llegamos el 15, nos quedamos hasta el 18",
        "2026-12-15",
        "2026-12-18",
        None,
    ),
    ("llego el 15 me voy el 18", "2026-12-15", "2026-12-18", None),
    ("entro el 15 salgo el 18", "2026-12-15", "2026-12-18", None),
    ("ingreso el 15 egreso el 18", "2026-12-15", "2026-12-18", None),
    ("ingresamos el 3 de enero y salimos el 8", "2027-01-03", "2027-01-08", None),
    ("querria reservar para el 24 de diciembre asta el 27", "2026-12-24", "2026-12-27", None),
    ("desde el 24 asta el 27 de diciembre", "2026-12-24", "2026-12-27", None),
    ("desde el 24 hasta el 27 de disiembre", "2026-12-24", "2026-12-27", None),
    ("dede el 24 hasta el 27", "2026-12-24", "2026-12-27", None),
    ("dsd el 24 hst el 27", "2026-12-24", "2026-12-27", None),
    ("del 24 hasta 27 diciembre", "2026-12-24", "2026-12-27", None),
    ("24 al 27 diciembre 4 personas", "2026-12-24", "2026-12-27", 4),
    ("24 al 27 dic 4 pers", "2026-12-24", "2026-12-27", 4),
    ("el 24 al 27 de dic somos 4", "2026-12-24", "2026-12-27", 4),
    ("del beinte al beinticinco de enero", "2027-01-20", "2027-01-25", None),
    ("del veinte al veinticinco de enero", "2027-01-20", "2027-01-25", None),
    ("del dies al quinse de enero", "2027-01-10", "2027-01-15", None),
    ("del diez al quince de enero", "2027-01-10", "2027-01-15", None),
    ("del dos al siete de febrero", "2027-02-02", "2027-02-07", None),
    ("del dos al siete de febreo", "2027-02-02", "2027-02-07", None),
    ("del primero al siete de marzo", "2027-03-01", "2027-03-07", None),
    ("del primero al sinco de enero", "2027-01-01", "2027-01-05", None),
    ("del once al catorce de diciembre", "2026-12-11", "2026-12-14", None),
    ("del onse al catorse de diciembre", "2026-12-11", "2026-12-14", None),
    ("del dose al dieciseis de enero", "2027-01-12", "2027-01-16", None),
    ("del trece al diesisiete de enero", "2027-01-13", "2027-01-17", None),
    ("del diesiocho al beintidos de enero", "2027-01-18", "2027-01-22", None),
    ("del dieciocho al veintidos de enero", "2027-01-18", "2027-01-22", None),
    ("del 30 de diciembre al 2 de enero", "2026-12-30", "2027-01-02", None),
    ("del 30 de disiembre al 2 de enro", "2026-12-30", "2027-01-02", None),
    ("somos 4 del 30 de dic al 2 de ene", "2026-12-30", "2027-01-02", 4),
    (
        "hola buenas tardes somos 2 personas queremos ir del 15 al 20 de enero cuanto sale",
        "2027-01-15",
        "2027-01-20",
        2,
    ),
    (
        "HOLA BUENAS TARDES SOMOS 2 PERSONAS QUEREMOS IR DEL 15 AL 20 DE ENERO CUANTO SALE",
        "2027-01-15",
        "2027-01-20",
        2,
    ),
    (
        "Hola Buenas Tardes Somos 2 Personas Queremos Ir Del 15 Al 20 De Enero",
        "2027-01-15",
        "2027-01-20",
        2,
    ),
    (
        (
            "hola buenas tardes somos dos matrimonios mayores queriamos saber si tienen lugar "
            "del 10 al 17 de marzo"
        ),
        "2027-03-10",
        "2027-03-17",
        4,
    ),
    ("somos un matrimonio", None, None, 2),
    ("somos un matrimonio con 2 hijos", None, None, 4),
    ("somos matrimonio y 3 hijos", None, None, 5),
    ("un matrimonio y una nena", None, None, 3),
    ("mi señora y yo", None, None, 2),
    ("mi señora y yo del 5 al 9 de marzo", "2027-03-05", "2027-03-09", 2),
    ("mi esposo y yo y mi nieta", None, None, 3),
    ("yo y mi esposa", None, None, 2),
    ("yo mi señora y mis 2 hijos", None, None, 4),
    ("yo mi señora y 2 hijos", None, None, 4),
    ("mi señora yo y mis tres hijos", None, None, 5),
    ("somos yo mi esposa y mis 3 nietos", None, None, 5),
    ("para una persona", None, None, 1),
    ("para 1 persona del 5 al 8", "2026-12-05", "2026-12-08", 1),
    ("somos 2 adultos mayores", None, None, 2),
    ("dos adultos mayores", None, None, 2),
    ("2 personas mayores", None, None, 2),
    ("dos personas mayores del 10 al 15 de marzo", "2027-03-10", "2027-03-15", 2),
    ("somos 2 adultos mas 2 chicos", None, None, 4),
    ("2 adultos mas 2 chicos", None, None, 4),
    ("2 adultos mas dos chicos", None, None, 4),
    ("2 grandes y 2 chicos", None, None, 4),
    ("dos grandes y tres chicos", None, None, 5),
    ("2 grandes 3 chicos", None, None, 5),
    ("4 mayores 2 menores", None, None, 6),
    ("cuatro mayores", None, None, 4),
    ("adultos 2 menores 2", None, None, 4),
    ("adultos: 2 menores: 2", None, None, 4),
    ("adultos 2 niños 1", None, None, 3),
    ("2 adultos, 1 niño de 5 y 1 bebe", None, None, 4),
    ("cant de personas 4", None, None, 4),
    ("cantidad de personas: 5", None, None, 5),
    ("cant personas 4", None, None, 4),
    ("cant pers 4", None, None, 4),
    ("personas 4", None, None, 4),
    ("pax 4", None, None, 4),
    ("4 pax", None, None, 4),
    ("somos 4 del 10 al 15", "2026-12-10", "2026-12-15", 4),
    ("somo 4 del 10 al 15", "2026-12-10", "2026-12-15", 4),
    ("somis 4", None, None, 4),
    ("somso 4", None, None, 4),
    ("somoa 4", None, None, 4),
    ("sonos 4", None, None, 4),
    ("somos 4 perdonas", None, None, 4),
    ("somos 4 personas del 10 al 15 de enero", "2027-01-10", "2027-01-15", 4),
    ("somos 4personas", None, None, 4),
    ("somos4", None, None, 4),
    ("del 10al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("del 10 al15 de enero", "2027-01-10", "2027-01-15", None),
    ("del10 al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("del 10 al 15 de enero somos4", "2027-01-10", "2027-01-15", 4),
    ("del 10 al 15 de enero.somos 4", "2027-01-10", "2027-01-15", 4),
    ("del 10 al 15 de enero,somos 4", "2027-01-10", "2027-01-15", 4),
    (
        "quiero reservar para el dia 10 de enero hasta el dia 15 somos 4 personas",
        "2027-01-10",
        "2027-01-15",
        4,
    ),
    (
        "quiero reservar para el dia 10 de enero hasta el 15 de enero",
        "2027-01-10",
        "2027-01-15",
        None,
    ),
    ("el dia diez de enero hasta el quince", "2027-01-10", "2027-01-15", None),
    ("entrando el 10 saliendo el 15", "2026-12-10", "2026-12-15", None),
    ("entrada el 10 salida el 15", "2026-12-10", "2026-12-15", None),
    ("entrada 10 de enero salida 15 de enero", "2027-01-10", "2027-01-15", None),
    ("entrada 10/1 salida 15/1", "2027-01-10", "2027-01-15", None),
    ("10/1 al 15/1", "2027-01-10", "2027-01-15", None),
    ("10-1 al 15-1", "2027-01-10", "2027-01-15", None),
    ("10 de enero 5 noches", "2027-01-10", "2027-01-15", None),
    ("5 noches a partir del 10 de enero", "2027-01-10", "2027-01-15", None),
    ("sinco noches desde el 10 de enero", "2027-01-10", "2027-01-15", None),
    ("cinco noches desde el 10 de enero", "2027-01-10", "2027-01-15", None),
    ("tres noches desde el dies de enero", "2027-01-10", "2027-01-13", None),
    ("tres noshes desde el 10 de enero", "2027-01-10", "2027-01-13", None),
    ("tres noches desde el 10 de enro", "2027-01-10", "2027-01-13", None),
    ("3 noche desde el 10", "2026-12-10", "2026-12-13", None),
    ("3 nochs desde el 10", "2026-12-10", "2026-12-13", None),
    ("3 nohes desde el 10", "2026-12-10", "2026-12-13", None),
    ("una semana desde el 3 de enero", "2027-01-03", "2027-01-10", None),
    ("una semna desde el 3 de enero", "2027-01-03", "2027-01-10", None),
    ("una semana desde el 3 de enro", "2027-01-03", "2027-01-10", None),
    ("1 semana a partir del 3 de enero", "2027-01-03", "2027-01-10", None),
    ("dos semanas desde el 3 de enero", "2027-01-03", "2027-01-17", None),
    ("2 semanas desde el 3 de enero", "2027-01-03", "2027-01-17", None),
    ("la primera quincena de enero", "2027-01-01", "2027-01-16", None),
    ("la segunda quincena de enero", "2027-01-16", "2027-02-01", None),
    ("para navidad somos 3", "2026-12-24", "2026-12-26", 3),
    ("para año nuevo somos 6", "2026-12-31", "2027-01-02", 6),
    ("el fin de semana", "2026-12-04", "2026-12-06", None),
    ("el fin de semana q viene", "2026-12-04", "2026-12-06", None),
    ("el fin de semna", "2026-12-04", "2026-12-06", None),
    ("el fin de smana que viene", "2026-12-04", "2026-12-06", None),
    ("el finde q viene somos 2", "2026-12-04", "2026-12-06", 2),
    ("el finde somos 2", "2026-12-04", "2026-12-06", 2),
    ("el fin de sem somos 2", "2026-12-04", "2026-12-06", 2),
    ("mañana x 2 noches", "2026-11-29", "2026-12-01", None),
    ("manana x 2 noches", "2026-11-29", "2026-12-01", None),
    ("mañna x 2 noches", "2026-11-29", "2026-12-01", None),
    ("desde mañana hasta el martes", "2026-11-29", "2026-12-01", None),
    ("hoy x 1 noche", "2026-11-28", "2026-11-29", None),
    ("pasado mañana x 3 noches", "2026-11-30", "2026-12-03", None),
    ("del 10 al 15 d enero", "2027-01-10", "2027-01-15", None),
    ("del 10 al 15 de enero del 2027", "2027-01-10", "2027-01-15", None),
    ("del 10 al 15 de enero del 27", "2027-01-10", "2027-01-15", None),
    ("del 10 al 15 de enero 2027", "2027-01-10", "2027-01-15", None),
    ("del 10 al 15 de enero de 2027 para 4", "2027-01-10", "2027-01-15", 4),
    ("del 10 al 15 enero", "2027-01-10", "2027-01-15", None),
    ("10 al 15 enero", "2027-01-10", "2027-01-15", None),
    ("10 al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("10 a 15 de enero", "2027-01-10", "2027-01-15", None),
    ("del 10 a 15 de enero", "2027-01-10", "2027-01-15", None),
    ("de 10 a 15 de enero", "2027-01-10", "2027-01-15", None),
    ("10 hasta 15 de enero", "2027-01-10", "2027-01-15", None),
    ("entre el 10 y el 15 de enero", "2027-01-10", "2027-01-15", None),
    ("entre el 10 y 15 de enero", "2027-01-10", "2027-01-15", None),
    ("dal 10 al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("del 10 all 15 de enero", "2027-01-10", "2027-01-15", None),
    ("del 10 asta el 15 de enero", "2027-01-10", "2027-01-15", None),
    ("dl 10 al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("desd el 10 al 15 de enero", "2027-01-10", "2027-01-15", None),
    ("apartir del 10 de enero x 5 noches", "2027-01-10", "2027-01-15", None),
    ("a partir del 10 de enero por 5 noches", "2027-01-10", "2027-01-15", None),
    ("apartir del 10 de enero 5 noches", "2027-01-10", "2027-01-15", None),
    (
        "hola queria saber presio x noche del 10 al 15 de enero para 2",
        "2027-01-10",
        "2027-01-15",
        2,
    ),
    ("cuanto sale x noche para 2", None, None, 2),
    ("cuanto cuesta x noche para 2 pers", None, None, 2),
    ("cuanto sale la cabaña para cuatro personas", None, None, 4),
    ("cuanto sale la cabaña para cutro personas", None, None, 4),
    ("cuanto sale la cabaña para 4 personas del 10 al 15 de enero", "2027-01-10", "2027-01-15", 4),
    ("para 2 personas 3 noches desde el 10 de enero", "2027-01-10", "2027-01-13", 2),
    ("tienen lugar para 2 del 10 al 15 de enero", "2027-01-10", "2027-01-15", 2),
    ("tienen lugar para 2 del 10 al 15 de enero?", "2027-01-10", "2027-01-15", 2),
    ("tienen lugar para 2 del 10 al 15 de enero?? gracias", "2027-01-10", "2027-01-15", 2),
    ("tiene lugar pa 2 del 10 al 15", "2026-12-10", "2026-12-15", 2),
    ("pa 4 personas", None, None, 4),
    ("somos 4 personitas", None, None, 4),
    ("somos 2 abuelos y 3 nietos", None, None, 5),
    ("dos abuelos y tres nietos", None, None, 5),
    ("los abuelos y 2 nietos", None, None, 4),
    ("somos 2 abuelos con 2 nietos del 5 al 10 de enero", "2027-01-05", "2027-01-10", 4),
    ("yo y mis 2 nietos", None, None, 3),
    ("somos 4 adultos y 2 niños de 3 y 6 años", None, None, 6),
    ("somos cuatro adultos y dos niños de tres y seis años", None, None, 6),
    ("4 adultos y 2 niños (3 y 6 años)", None, None, 6),
    ("2 adultos 2 niños de 8 y 10", None, None, 4),
    ("2 adultos con 2 niños de 8 y 10 del 5 al 10 de enero", "2027-01-05", "2027-01-10", 4),
    ("dos adultos y un niño de 10 años", None, None, 3),
    ("2 adultos y 1 niño de 10 años del 10 al 15 de enero", "2027-01-10", "2027-01-15", 3),
    ("2 adultos y 3 menores de 10 12 y 15 años", None, None, 5),
    ("2 adultos 3 chicos de 10, 12 y 15", None, None, 5),
    (
        (
            "buenas tardes mi nombre es rosa tengo 70 años y queria saber si tienen una cabaña "
            "para mi y mi hermana del 10 al 15 de marzo"
        ),
        "2027-03-10",
        "2027-03-15",
        2,
    ),
    (
        "hola soy jubilado queria saber precio para 2 personas por 7 dias desde el 1 de marzo",
        "2027-03-01",
        "2027-03-08",
        2,
    ),
    (
        "hola buenas noches somos un grupo de 8 amigos queremos ir del 2 al 6 de enero",
        "2027-01-02",
        "2027-01-06",
        8,
    ),
    (
        (
            "hola buenas tardes consulto por disponibilidad del dia 20 al dia 25 de enero para "
            "2 adultos y 1 menor de 12 años"
        ),
        "2027-01-20",
        "2027-01-25",
        3,
    ),
    (
        "buen dia queria saber si tienen disponibilidad para la semana del 10 de enero somos 2",
        "2027-01-10",
        "2027-01-17",
        2,
    ),
    (
        "hola buenas tengo una consulta para el mes de febrero del 14 al 21 seriamos 3 adultos",
        "2027-02-14",
        "2027-02-21",
        3,
    ),
    (
        "hola buen dia somos una familia de 5 queremos ir en enero del 3 al 10",
        "2027-01-03",
        "2027-01-10",
        5,
    ),
    (
        (
            "HOLA BUEN DIA QUISIERA SABER DISPONIBILIDAD DEL 3 AL 10 DE ENERO PARA UNA FAMILIA "
            "DE CINCO"
        ),
        "2027-01-03",
        "2027-01-10",
        5,
    ),
    (
        "Hola. Buen día. Quisiera saber disponibilidad del 3 al 10 de Enero. Somos 5. Gracias.",
        "2027-01-03",
        "2027-01-10",
        5,
    ),
    (
        (
            "hola buenas tardes disculpe la molestia queria saber si tienen cabaña libre desde "
            "el sabado 5 de diciembre hasta el martes 8 para dos personas mayores"
        ),
        "2026-12-05",
        "2026-12-08",
        2,
    ),
    (
        "hola queria saber si tienen lugar el 15 16 y 17 de enero somos 4",
        "2027-01-15",
        "2027-01-18",
        4,
    ),
    ("las noches del 15 16 y 17 de enero somos 2", "2027-01-15", "2027-01-18", 2),
    ("3 noches 10 11 y 12 de enero", "2027-01-10", "2027-01-13", None),
    ("2 noches: 24 y 25 de diciembre", "2026-12-24", "2026-12-26", None),
    ("pareja +2 nenes", None, None, 4),
    ("una pareja + un bebe", None, None, 3),
    ("matrimonio + 2 hijos", None, None, 4),
    ("2 adultos + 1", None, None, 3),
    ("pareja mas 3 chicos", None, None, 5),
    ("4 parejas", None, None, 8),
    ("mi esposa y yo con los mellizos", None, None, 4),
    (
        "salimos de cordoba el 9 a la noche y llegamos el 10 a la mañana, nos vamos el 14",
        "2026-12-10",
        "2026-12-14",
        None,
    ),
    (
        "viajamos el 14 y llegamos el 15 a la mañana nos vamos el 18",
        "2026-12-15",
        "2026-12-18",
        None,
    ),
    ("del 5 al 8 de abril", "2027-04-05", "2027-04-08", None),
    ("del 20 al 25 de dicbre", "2026-12-20", "2026-12-25", None),
    ("del 20 al 25 de sept", "2027-09-20", "2027-09-25", None),
    ("somos dies y seis", None, None, 16),
    ("somos diez y seis", None, None, 16),
    ("abuela con 2 nietos", None, None, 3),
    ("abuela y 2 nietos", None, None, 3),
    ("yo con mis 2 nietos", None, None, 3),
    ("5 pasajeros", None, None, 5),
    ("somos 4 pasageros", None, None, 4),
    ("4 personas adultas", None, None, 4),
    ("dos personas adultas y un menor", None, None, 3),
    ("2 pers adultas", None, None, 2),
]


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


@pytest.mark.parametrize(
    ("text", "check_in", "check_out", "guests"),
    H_ADDED_ROWS
    + SOUND_ROWS
    + APRIL_ROWS
    + HALVES_ROWS
    + PASSENGER_ROWS
    + COUPLE_PLUS_ROWS
    + GROUPS_ROWS
    + NIGHTS_NAMED_ROWS
    + TRIP_ROWS
    + ANOTHER_ROWS
    + NIGHTS_RUN_ROWS
    + NEAR_ROWS
    + ALREADY_RIGHT_ROWS,
)
def test_spelling_read_as_a_person_reads_it(
    text: str, check_in: str | None, check_out: str | None, guests: int | None
) -> None:
    got = parse_fresh(text, SAT)
    assert (got.check_in, got.check_out, got.guests) == (_day(check_in), _day(check_out), guests)
