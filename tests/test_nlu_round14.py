"""Rows for bot.nlu, round 14: short answers alone and fast-thumb typos.

The two kinds of text the earlier rounds had least of, 286 messages written fresh for this
round (none copied from rounds 1-13), with the expected reading set down by CONTRACT §6
and the README before the code was run:

* SHORT: answers typed mid-conversation, read alone as `parse` sees them ("el 15", "del
  10 al 12 mejor", "somos 3 al final", "no, 5", "dale, para 4", "3p", "2a+1n", "todo
  enero?", "cualquier finde de febrero", "la q viene"). First pass 111/112: these were
  already well covered.
* TYPOS: fast thumbs and autocorrect: a key hit beside the one meant ("diciembte",
  "persnas", "reservat", "rnero", "gebrero"), letters doubled or missing, words stuck
  together ("del15al18", "para4personas", "muchasgracias", "estefinde"), no space after
  a comma, "Diciembre" capitalised, autocorrect's "personal" for "personas". First pass
  145/174.

First pass on the code before this round (7bfea23): 256/286 (89.5%). After the fixes
281/286. HELD_OUT was written after the first fixes: its first 58 rows read 49/58 on
the code before the round and 57/58 after, but by the same hand that wrote the fixes, so
they overstate the gain (their misses were mostly of kinds the fixes target); its last 30,
typos of other kinds written blind to the fixes, read 30/30 before and after.
Rows marked "fixed" failed on the code before this round; the others guard their reading.
Six guards at the end of TYPOS came from auditing what the wider correction changes
("nieve" must not become "nueve", "domos" not "somos", "diario" not "dia rio").

The rules the misses called for, each general (bot/nlu_text.py, nlu_vocab.py, nlu_patterns.py):

* A first letter hit beside its key on a QWERTY keyboard ("rnero", "wnero", "gebrero",
  "xiciembre") is corrected when the rest of the word is exactly a key word, and only
  one key word is reachable that way.
* The words that carry a party are fuzzy targets too: number words, people, adults and
  children of 5+ letters, "somos", "lugar", "alguien", "hablar" ("cuatri", "cinoc",
  "somis", "lufar", "alguein"). A tie between targets of one meaning ("chicoa": chico,
  chica or chicos; "setiembre"/"septiembre") is no ambiguity.
* Two words typed without a space are split when both halves are known words, one is a
  key word of 4+ letters and the other is no verb ending or pronoun ("reservanos" stays
  whole); a word that splits more than one way is left alone.
* Between two days, a two-letter word one key away from "al" is "al" ("del 15 sl 18").
* After a count, autocorrect's "personal" / "perdonas" is "personas".
* "buen…" agreeing any way with the time of day is a hello ("buena tardes", "buenos
  tardes", "buen dias"); "buendia" is "buenos dias".

Known misses, left alone: "el primer finde de enero" gives no dates (the Friday needs
the year, settled later than the week-of-month rule runs; the bot asks); four-letter
slips ("oara 4", "bebw", "seia personas") are too short to correct without hitting real
words; "el 15 por 4 diaz" ("Díaz" is a surname); "parael 15" (neither half is a key
word).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse
from tests.nlu_support import AV, d, table

FRI = date(2026, 11, 27)  # a Friday: "el finde" is today to Sunday the 29th
JAN = date(2027, 1, 13)  # a Wednesday: "el finde" is 15/1 to 17/1
BOOK, PRICES, INFO, CANCEL, HUMAN, THANKS = "book", "prices", "info", "cancel", "human", "thanks"
GREETING, UNKNOWN = "greeting", "unknown"
ANY = "any"  # the contract leaves this field open for that message

# (today, message, intent, check_in, check_out, guests)
Row = tuple[date, str, str, str | None, str | None, int | str | None]

SHORT: list[Row] = [
    (FRI, "el 15", AV, "2026-12-15", None, None),
    (FRI, "4", UNKNOWN, None, None, None),
    (FRI, "del 10 al 12 mejor", AV, "2026-12-10", "2026-12-12", None),
    (FRI, "somos 3 al final", AV, None, None, 3),
    (FRI, "mejor el finde", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "no, 5", ANY, None, None, ANY),
    (FRI, "2 noches", AV, None, None, None),
    (FRI, "dale, para 4", AV, None, None, 4),
    (FRI, "el 20 pero hasta el 23", AV, "2026-12-20", "2026-12-23", None),
    (FRI, "x3", ANY, None, None, ANY),
    (FRI, "3p", AV, None, None, 3),
    (FRI, "2a+1n", AV, None, None, 3),
    (FRI, "2 adultos 1 menor", AV, None, None, 3),
    (FRI, "todo enero?", AV, None, None, None),
    (FRI, "cualquier finde de febrero", AV, None, None, None),
    (FRI, "la q viene", ANY, None, None, None),
    (FRI, "el 15 de dic", AV, "2026-12-15", None, None),
    (FRI, "el 15 x 3 noches", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "una semana", AV, None, None, None),
    (FRI, "15 al 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "15/12 al 18/12", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "15-18 dic", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "4 pax", AV, None, None, 4),
    (FRI, "cuatro", UNKNOWN, None, None, None),
    (FRI, "2 y 2 chicos", AV, None, None, 4),
    (FRI, "2 grandes y 2 chicos", AV, None, None, 4),
    (FRI, "3 adultos 2 nenes", AV, None, None, 5),
    (FRI, "somos 2 + 1 bebe", AV, None, None, 3),
    (FRI, "solo yo", AV, None, None, 1),
    (FRI, "yo solo", AV, None, None, 1),
    (FRI, "mejor del 12 al 14", AV, "2026-12-12", "2026-12-14", None),
    (FRI, "no, del 12 al 14", AV, "2026-12-12", "2026-12-14", None),
    (FRI, "uy no, somos 5", AV, None, None, 5),
    (FRI, "perdon, el 16", AV, "2026-12-16", None, None),
    (FRI, "perdón, quise decir el 16", AV, "2026-12-16", None, None),
    (FRI, "corrijo: 4 personas", AV, None, None, 4),
    (FRI, "al final seriamos 6", AV, None, None, 6),
    (FRI, "ahora somos 5", AV, None, None, 5),
    (FRI, "este finde", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "el sabado", AV, "2026-11-28", None, None),
    (FRI, "sabado y domingo", AV, "2026-11-28", "2026-11-29", None),
    (FRI, "de viernes a domingo", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "del viernes al lunes", AV, "2026-11-27", "2026-11-30", None),
    (FRI, "desde mañana 2 noches", AV, "2026-11-28", "2026-11-30", None),
    (FRI, "el 24 al 26", AV, "2026-12-24", "2026-12-26", None),
    (FRI, "2 noches desde el 5", AV, "2026-12-05", "2026-12-07", None),
    (FRI, "desde el 5, 2 noches", AV, "2026-12-05", "2026-12-07", None),
    (FRI, "entrada 5 salida 8", AV, "2026-12-05", "2026-12-08", None),
    (FRI, "ingreso 5/12 egreso 8/12", AV, "2026-12-05", "2026-12-08", None),
    (FRI, "el 5 hasta el 8", AV, "2026-12-05", "2026-12-08", None),
    (FRI, "5 al 8 para 2", AV, "2026-12-05", "2026-12-08", 2),
    (FRI, "del 2 al 6 de enero, 4", AV, "2027-01-02", "2027-01-06", ANY),
    (FRI, "2 al 6/1 somos 4", AV, "2027-01-02", "2027-01-06", 4),
    (FRI, "en enero", AV, None, None, None),
    (FRI, "febrero?", AV, None, None, None),
    (FRI, "primera quincena de enero", AV, "2027-01-01", "2027-01-16", None),
    (FRI, "segunda quincena de febrero", AV, "2027-02-16", "2027-03-01", None),
    (FRI, "la ultima semana de enero", AV, "2027-01-25", "2027-02-01", None),
    (FRI, "la semana del 4 de enero", AV, "2027-01-04", "2027-01-11", None),
    (FRI, "una semana desde el 10", AV, "2026-12-10", "2026-12-17", None),
    (FRI, "10 dias desde el 2 de enero", AV, "2027-01-02", "2027-01-12", None),
    (FRI, "tres noches", AV, None, None, None),
    (FRI, "x2 noches", AV, None, None, None),
    (FRI, "si, para 4", AV, None, None, 4),
    (FRI, "si somos 4", AV, None, None, 4),
    (FRI, "ok, del 15 al 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "joya, el 20", AV, "2026-12-20", None, None),
    (FRI, "listo, 2 adultos y un nene de 5", AV, None, None, 3),
    (FRI, "2 mayores y 1 menor", AV, None, None, 3),
    (FRI, "2 adultos + 2 menores", AV, None, None, 4),
    (FRI, "5 personas en total", AV, None, None, 5),
    (FRI, "6 en total", AV, None, None, 6),
    (FRI, "total 6", AV, None, None, 6),
    (FRI, "2 pax", AV, None, None, 2),
    (FRI, "6px", AV, None, None, 6),
    (FRI, "4 personas x 3 noches", AV, None, None, 4),
    (FRI, "para 4, 3 noches", AV, None, None, 4),
    (FRI, "3 noches para 2", AV, None, None, 2),
    (FRI, "el 20, 3 noches, 2 personas", AV, "2026-12-20", "2026-12-23", 2),
    (FRI, "20/12 3 noches 2 pers", AV, "2026-12-20", "2026-12-23", 2),
    (FRI, "8/12", AV, "2026-12-08", None, None),
    (FRI, "desde el 8", AV, "2026-12-08", None, None),
    (FRI, "hasta el 10", AV, None, "2026-12-10", None),
    (FRI, "todo el mes de enero", AV, None, None, None),
    (FRI, "todo febrero", AV, None, None, None),
    (FRI, "cualquier fecha de enero", AV, None, None, None),
    (FRI, "en febrero cualquier finde", AV, None, None, None),
    (FRI, "la semana q viene", AV, None, None, None),
    (FRI, "el mes q viene", AV, None, None, None),
    (FRI, "el 15 mejor", AV, "2026-12-15", None, None),
    (FRI, "mejor el 16 al 19", AV, "2026-12-16", "2026-12-19", None),
    (FRI, "y el 22?", AV, "2026-12-22", None, None),
    (FRI, "y del 22 al 25?", AV, "2026-12-22", "2026-12-25", None),
    (FRI, "y para 6?", AV, None, None, 6),
    (FRI, "y si somos 6?", AV, None, None, 6),
    (FRI, "y en enero?", AV, None, None, None),
    (FRI, "q tal del 3 al 6 de enero", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "3 al 6 ene", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "3-6 enero", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "del 3 al 6/1", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "30/12 al 2/1", AV, "2026-12-30", "2027-01-02", None),
    (FRI, "del 30 al 2", AV, "2026-11-30", "2026-12-02", None),
    (FRI, "del 28 al 30", AV, "2026-11-28", "2026-11-30", None),
    (JAN, "el 15", AV, "2027-01-15", None, None),
    (JAN, "mejor el finde", AV, "2027-01-15", "2027-01-17", None),
    (JAN, "del 10 al 12", AV, "2027-02-10", "2027-02-12", None),
    (JAN, "el 20 pero hasta el 23", AV, "2027-01-20", "2027-01-23", None),
    (JAN, "todo febrero?", AV, None, None, None),
    (JAN, "somos 3 al final", AV, None, None, 3),
    (JAN, "sabado", AV, "2027-01-16", None, None),
    (JAN, "del 20 al 23 mejor, somos 3", AV, "2027-01-20", "2027-01-23", 3),
]

TYPOS: list[Row] = [
    (FRI, "hola, hay disponivilidad para diciembte?", AV, None, None, None),
    (
        FRI,
        "tenes lugar del 15 al 18 de diciembte para 4 persnas",
        AV,
        "2026-12-15",
        "2026-12-18",
        4,
    ),
    (FRI, "el 15, 2 nohes", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "desde el 15 3 nohces", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "el 15 x 3 nocehs", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "el 15 por 3 noched", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "el 15 x 2 nochrs", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "el 15 x 2 nches", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "2 nochez desde el 15", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "el 15, una semaan", AV, "2026-12-15", "2026-12-22", None),
    (FRI, "el 15 una semna", AV, "2026-12-15", "2026-12-22", None),
    (FRI, "el 15 x 3 nnoches", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "quiero reservat una cabaan del 15 al 18", BOOK, "2026-12-15", "2026-12-18", None),
    (FRI, "quiero reservar la cabaan", BOOK, None, None, None),
    (FRI, "somos 4 persnas", AV, None, None, 4),
    (FRI, "para 4 peraonas", AV, None, None, 4),
    (FRI, "para 4 perosnas", AV, None, None, 4),
    (FRI, "para 4 personaas", AV, None, None, 4),
    (FRI, "4 persinas", AV, None, None, 4),
    (FRI, "5 perdonas", AV, None, None, 5),  # fixed
    (FRI, "4 persnoas", AV, None, None, 4),
    (FRI, "4 prsonas", AV, None, None, 4),
    (FRI, "4 pesonas", AV, None, None, 4),
    (FRI, "4 personal", AV, None, None, 4),  # fixed
    (FRI, "somos 4 personal", AV, None, None, 4),
    (FRI, "para 3 personal del 10 al 12", AV, "2026-12-10", "2026-12-12", 3),
    (FRI, "somos 4 personal, del 15 al 18", AV, "2026-12-15", "2026-12-18", 4),
    (FRI, "del15al18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del15al18dic", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "15al18dic", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "para4personas", AV, None, None, 4),
    (FRI, "para4", AV, None, None, 4),
    (FRI, "somos4", AV, None, None, 4),
    (FRI, "del 15 al 18,somos 4", AV, "2026-12-15", "2026-12-18", 4),
    (FRI, "hola,queria saber si hay lugar del 15 al 18,somos 4", AV, "2026-12-15", "2026-12-18", 4),
    (FRI, "hola,precio x noche?", PRICES, None, None, None),
    (FRI, "cuanto sale,somos 2", PRICES, None, None, 2),
    (FRI, "Hola quería reservar para el 15 de Diciembre", BOOK, "2026-12-15", None, None),
    (FRI, "Somos 4 Personas del 15 al 18 de Diciembre", AV, "2026-12-15", "2026-12-18", 4),
    (FRI, "Del 15 Al 18 De Diciembre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "PARA 4 PERSONAS", AV, None, None, 4),
    (FRI, "HOLA HAY LUGAR EL FINDE", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "del 15 al 18 de dicembre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 al 18 de diciebre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 al 18 de dciembre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 al 18 de diciemnre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 al 18 de dicienbre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 al 18 de diciembree", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 al 18 de diiembre", AV, "2026-12-15", "2026-12-18", None),
    (JAN, "del 20 al 23 de xiciembre", AV, "2027-12-20", "2027-12-23", None),  # fixed
    (FRI, "del 3 al 6 de enwro", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "del 3 al 6 de rnero", AV, "2027-01-03", "2027-01-06", None),  # fixed
    (FRI, "del 3 al 6 de enerp", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "del 3 al 6 de eneor", AV, "2027-01-03", "2027-01-06", None),
    (FRI, "del 3 al 6 de wnero", AV, "2027-01-03", "2027-01-06", None),  # fixed
    (FRI, "del 10 al 14 de febreo", AV, "2027-02-10", "2027-02-14", None),
    (FRI, "del 10 al 14 de febero", AV, "2027-02-10", "2027-02-14", None),
    (FRI, "del 10 al 14 de febrwro", AV, "2027-02-10", "2027-02-14", None),
    (FRI, "del 10 al 14 de fenrero", AV, "2027-02-10", "2027-02-14", None),
    (FRI, "del 10 al 14 de gebrero", AV, "2027-02-10", "2027-02-14", None),  # fixed
    (FRI, "del 5 al 8 de marzp", AV, "2027-03-05", "2027-03-08", None),
    (FRI, "del 5 al 8 de marxo", AV, "2027-03-05", "2027-03-08", None),
    (FRI, "del 5 al 8 de abirl", AV, "2027-04-05", "2027-04-08", None),
    (FRI, "del 5 al 8 de abrl", AV, "2027-04-05", "2027-04-08", None),
    (FRI, "del 1 al 4 de setiembr", AV, "2027-09-01", "2027-09-04", None),
    (FRI, "del 1 al 4 de septienbre", AV, "2027-09-01", "2027-09-04", None),
    (FRI, "del 20 al 23 de novienbre", AV, "2027-11-20", "2027-11-23", None),
    (FRI, "del 20 al 23 de octibre", AV, "2027-10-20", "2027-10-23", None),
    (FRI, "el vierens", AV, "2026-11-27", None, None),
    (FRI, "el viermes", AV, "2026-11-27", None, None),
    (FRI, "el sabafo", AV, "2026-11-28", None, None),
    (FRI, "el sabdo", AV, "2026-11-28", None, None),
    (FRI, "del viernes al domongo", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "del viernes al dimingo", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "del jueves al dpmingo", AV, "2026-12-03", "2026-12-06", None),
    (FRI, "del juevs al domingo", AV, "2026-12-03", "2026-12-06", None),
    (FRI, "este fimde", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "este finfe", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "el fin de semaan", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "el fin de semna", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "hay lugat para el finde?", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "hay lugra este finde", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "hay lufar?", AV, None, None, None),  # fixed
    (FRI, "tienen disponibilidaf para el 15?", AV, "2026-12-15", None, None),
    (FRI, "disponibilidsd del 15 al 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "dispinibilidad para enero", AV, None, None, None),
    (FRI, "disponibiliad?", AV, None, None, None),
    (FRI, "disponiblidad", AV, None, None, None),
    (FRI, "cuanto sale la noxhe", PRICES, None, None, None),
    (FRI, "cuanto salw por noche", PRICES, None, None, None),
    (FRI, "cuamto sale", PRICES, None, None, None),
    (FRI, "cuanto cuseta", PRICES, None, None, None),
    (FRI, "precip por noche", PRICES, None, None, None),
    (FRI, "precios x nocje", PRICES, None, None, None),
    (FRI, "qie precio tiene", PRICES, None, None, None),
    (FRI, "tarifaa?", PRICES, None, None, None),
    (FRI, "qiero reservar", BOOK, None, None, None),
    (FRI, "quieri reservar del 15 al 18", BOOK, "2026-12-15", "2026-12-18", None),
    (FRI, "quiero resevar", BOOK, None, None, None),
    (FRI, "quiero reservsr", BOOK, None, None, None),
    (FRI, "quiero reserbar para 4", BOOK, None, None, 4),
    (FRI, "quiero hacer una reseeva", BOOK, None, None, None),
    (FRI, "quiero reservvar", BOOK, None, None, None),
    (FRI, "quero reservar", BOOK, None, None, None),
    (FRI, "quiro reservar", BOOK, None, None, None),
    (FRI, "resrvar para el 15", BOOK, "2026-12-15", None, None),
    (FRI, "quiero reserva para el 15", BOOK, "2026-12-15", None, None),
    (FRI, "queria reservas del 15 al 18", BOOK, "2026-12-15", "2026-12-18", None),
    (FRI, "quiero cancelsr mi reserva", CANCEL, None, None, None),
    (FRI, "quiero cancwlar la reserva", CANCEL, None, None, None),
    (FRI, "kiero kancelar", CANCEL, None, None, None),
    (FRI, "queiro hablar con una persona", HUMAN, None, None, None),
    (FRI, "necesito hablar con alguein", HUMAN, None, None, None),  # fixed
    (FRI, "graciad", THANKS, None, None, None),
    (FRI, "muchas gracisa", THANKS, None, None, None),
    (FRI, "muchasgracias", THANKS, None, None, None),  # fixed
    (FRI, "holaa buen diaa", GREETING, None, None, None),
    (FRI, "buenaa tardes", GREETING, None, None, None),  # fixed
    (FRI, "buenastardes", GREETING, None, None, None),  # fixed
    (FRI, "buendia", GREETING, None, None, None),  # fixed
    (FRI, "tienen wifii?", INFO, None, None, None),
    (FRI, "tiene pilera?", INFO, None, None, None),
    (FRI, "aceptan mascoras?", INFO, None, None, None),
    (FRI, "tienen estacionamienyo?", INFO, None, None, None),
    (FRI, "somis 4", AV, None, None, 4),  # fixed
    (FRI, "sonos 4", AV, None, None, 4),  # fixed
    (FRI, "smos 4", AV, None, None, 4),
    (FRI, "somo 4", AV, None, None, 4),
    (FRI, "somoss 4", AV, None, None, 4),
    (FRI, "paraa 4", AV, None, None, 4),
    (FRI, "pata 4 personas", AV, None, None, 4),
    (FRI, "del 15 sl 18", AV, "2026-12-15", "2026-12-18", None),  # fixed
    (FRI, "dek 15 al 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "ddel 15 al 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "dell 15 al 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "el 15 all 18", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "del 15 ak 18", AV, "2026-12-15", "2026-12-18", None),  # fixed
    (FRI, "del 15 al 18 dw diciembre", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "2 noches dede el 15", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "2 noches desd el 15", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "2 noches dsde el 15", AV, "2026-12-15", "2026-12-17", None),
    (FRI, "2 adultod y 2 niños", AV, None, None, 4),
    (FRI, "2 adulyos y 1 nene", AV, None, None, 3),
    (FRI, "2 adultos y 2 nenws", AV, None, None, 4),
    (FRI, "2 adultos 2 chicoa", AV, None, None, 4),  # fixed
    (FRI, "2 adultos y 2 menorex", AV, None, None, 4),
    (FRI, "2 adultps y 2 menores", AV, None, None, 4),
    (FRI, "dos adultis", AV, None, None, 2),
    (FRI, "cuatri personas", AV, None, None, 4),  # fixed
    (FRI, "ciatro personas", AV, None, None, 4),  # fixed
    (FRI, "somos cinoc", AV, None, None, 5),  # fixed
    (FRI, "quierosaber si hay lugar", AV, None, None, None),
    (FRI, "holahay lugar para 4?", AV, None, None, 4),
    (FRI, "hay lugarpara 4", AV, None, None, 4),  # fixed
    (FRI, "cuantosale la noche", PRICES, None, None, None),  # fixed
    (FRI, "quieroreservar", BOOK, None, None, None),  # fixed
    (FRI, "el15", AV, "2026-12-15", None, None),
    (FRI, "15/12al18/12", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "15dic al 18dic", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "el 15 3noches", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "2adultos1niño", AV, None, None, 3),
    (FRI, "x3noches desde el 15", AV, "2026-12-15", "2026-12-18", None),
    (FRI, "estefinde", AV, "2026-11-27", "2026-11-29", None),  # fixed
    (FRI, "hay lugar elfinde?", AV, "2026-11-27", "2026-11-29", None),  # fixed
    (FRI, "Hay lugar el finde? Somos cuatro", AV, "2026-11-27", "2026-11-29", 4),
    (FRI, "disponibilidad parar el 15", AV, "2026-12-15", None, None),
    (FRI, "hay lugar del 15 al 18 de Diciembre para 2 personal", AV, "2026-12-15", "2026-12-18", 2),
    (FRI, "tienen cabañs para 4?", AV, None, None, 4),
    (FRI, "tienen cabanas libres el 15?", AV, "2026-12-15", None, None),
    (FRI, "busco cabala para 4", AV, None, None, 4),
    (FRI, "hay nieve en julio?", ANY, None, None, None),
    (FRI, "hay nieve? somos 2", ANY, None, None, 2),
    (FRI, "el diario dice que llueve el finde", ANY, "2026-11-27", "2026-11-29", None),
    (FRI, "si cancelaramos una semana antes que pasa?", INFO, None, None, None),
    (FRI, "tienen domos? somos 2", ANY, None, None, 2),
    (FRI, "no se mueve nada el 20?", ANY, "2026-12-20", None, None),
]

HELD_OUT: list[Row] = [
    (FRI, "el 18", AV, "2026-12-18", None, None),
    (FRI, "mejor 19 al 21", AV, "2026-12-19", "2026-12-21", None),
    (FRI, "somos 6 al final", AV, None, None, 6),
    (FRI, "no, 3 noches", AV, None, None, None),
    (FRI, "dale, del 8 al 11", AV, "2026-12-08", "2026-12-11", None),
    (FRI, "para 5 entonces", AV, None, None, 5),
    (FRI, "4 adultos 2 menores", AV, None, None, 6),
    (FRI, "3a+2n", AV, None, None, 5),
    (FRI, "5p", AV, None, None, 5),
    (FRI, "todo marzo?", AV, None, None, None),
    (FRI, "algun finde de marzo", AV, None, None, None),
    (FRI, "el domingo", AV, "2026-11-29", None, None),
    (FRI, "del 4 al 6 mejor, somos 2", AV, "2026-12-04", "2026-12-06", 2),
    (FRI, "hasta el 9", AV, None, "2026-12-09", None),
    (FRI, "dos noches", AV, None, None, None),
    (FRI, "el 12 pero hasta el 14", AV, "2026-12-12", "2026-12-14", None),
    (FRI, "somos 2 y un bebe", AV, None, None, 3),
    (FRI, "x 2 noches desde el 20", AV, "2026-12-20", "2026-12-22", None),
    (FRI, "hay dispinibilidad para el 20 de diciembte?", AV, "2026-12-20", None, None),
    (FRI, "quiero reservsr del 20 al 22 de enerp", BOOK, "2027-01-20", "2027-01-22", None),
    (FRI, "somos 5 perspnas", AV, None, None, 5),
    (FRI, "para 3 persomas", AV, None, None, 3),
    (FRI, "2 nocjes desde el 10", AV, "2026-12-10", "2026-12-12", None),
    (FRI, "del 10 al 13 de febrwro", AV, "2027-02-10", "2027-02-13", None),
    (FRI, "del 7 al 9 de marzi", AV, "2027-03-07", "2027-03-09", None),
    (FRI, "del 7 al 9 de agosro", AV, "2027-08-07", "2027-08-09", None),
    (FRI, "del 7 al 9 de julii", AV, "2027-07-07", "2027-07-09", None),
    (FRI, "cuanto sakle x noche", PRICES, None, None, None),
    (FRI, "cuantp cuesta", PRICES, None, None, None),
    (FRI, "preciio por noche para 4", PRICES, None, None, 4),
    (FRI, "quiero cancelat", CANCEL, None, None, None),
    (FRI, "necesito hablsr con alguien", HUMAN, None, None, None),  # fixed
    (FRI, "hola,hay lugar el 20,somos 3", AV, "2026-12-20", None, 3),
    (FRI, "del20al23", AV, "2026-12-20", "2026-12-23", None),
    (FRI, "20al23dic", AV, "2026-12-20", "2026-12-23", None),
    (FRI, "para3personas", AV, None, None, 3),
    (FRI, "somos3", AV, None, None, 3),
    (FRI, "del 20 sl 23", AV, "2026-12-20", "2026-12-23", None),  # fixed
    (FRI, "del 20 ql 23", AV, "2026-12-20", "2026-12-23", None),  # fixed
    (FRI, "graciaas", THANKS, None, None, None),
    (FRI, "muchas gracas", THANKS, None, None, None),
    (FRI, "buenos tardes, hay lugar?", AV, None, None, None),
    (FRI, "sabdo y domingo", AV, "2026-11-28", "2026-11-29", None),
    (FRI, "del vuernes al domingo", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "este fonde", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "tenes lugar el fin de semaba?", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "2 adultos y 3 nemes", AV, None, None, 5),
    (FRI, "2 adultoa 1 menor", AV, None, None, 3),
    (FRI, "4 personal x 2 noches", AV, None, None, 4),  # fixed
    (FRI, "Hola! Hay lugar para 4 el 20 de Diciembre?", AV, "2026-12-20", None, 4),
    (FRI, "cinci personas", AV, None, None, 5),  # fixed
    (FRI, "quieroreservar del 20 al 22", BOOK, "2026-12-20", "2026-12-22", None),  # fixed
    (FRI, "hayy lugar?", AV, None, None, None),
    (FRI, "tiene lugarpara el finde?", AV, "2026-11-27", "2026-11-29", None),
    (FRI, "elfinde hay lugar?", AV, "2026-11-27", "2026-11-29", None),  # fixed
    (FRI, "cuantocuesta", PRICES, None, None, None),  # fixed
    (FRI, "disponibilidad,para 2", AV, None, None, 2),
    (FRI, "hola tenes lugsr para el 12?", AV, "2026-12-12", None, None),
    (FRI, "necesitp una cabaña del 3 al 5 de enedo", AV, "2027-01-03", "2027-01-05", None),
    (FRI, "somos 2 adulyos y 2 chicps", AV, None, None, 4),
    (FRI, "hay disponibikidad el finde largo?", AV, ANY, ANY, None),
    (FRI, "del 27 al 30 de diciembrr", AV, "2026-12-27", "2026-12-30", None),
    (FRI, "x favor precio para 2 personss", PRICES, None, None, 2),
    (FRI, "cuantp sale la cabaña para 4 pesonas", PRICES, None, None, 4),
    (FRI, "tenés cabaña libre el vienres?", AV, "2026-11-27", None, None),
    (FRI, "del sabadp al lunes", AV, "2026-11-28", "2026-11-30", None),
    (FRI, "ls semana del 4 de enero", AV, "2027-01-04", "2027-01-11", None),
    (
        FRI,
        "quisiera resrrvar para el 8 de diciembre 3 nochws",
        BOOK,
        "2026-12-08",
        "2026-12-11",
        None,
    ),
    (FRI, "3 nocches", AV, None, None, None),
    (FRI, "el 5,3 noches,4 personas", AV, "2026-12-05", "2026-12-08", 4),
    (FRI, "del 5 al 8,para 4", AV, "2026-12-05", "2026-12-08", 4),
    (FRI, "Hola.Hay lugar el 5?", AV, "2026-12-05", None, None),
    (FRI, "Somos 4.Del 5 al 8", AV, "2026-12-05", "2026-12-08", 4),
    (FRI, "Buenas!Tienen lugar para 2?", AV, None, None, 2),
    (FRI, "grcias!!", THANKS, None, None, None),
    (FRI, "mil gracuas", THANKS, None, None, None),
    (FRI, "quiero hablar con un humsno", HUMAN, None, None, None),
    (FRI, "cancelat reserva", CANCEL, None, None, None),
    (FRI, "aceptan masotas?", INFO, None, None, None),
    (FRI, "tiene parrila?", INFO, None, None, None),
    (FRI, "somos 2 adultos y 1 bebé de 8 meaes", AV, None, None, 3),
    (FRI, "2adultos y 2 nenes", AV, None, None, 4),
    (FRI, "para 6 personasss", AV, None, None, 6),
    (FRI, "para 6 pers", AV, None, None, 6),
    (FRI, "para 6 prs", AV, None, None, 6),
    (FRI, "hay lugar del 2 al 4 de Enero para 2 Personas?", AV, "2027-01-02", "2027-01-04", 2),
    (FRI, "hay lugar del 2 al 4 de enero para 2 persona", AV, "2027-01-02", "2027-01-04", 2),
]
ALL = SHORT + TYPOS + HELD_OUT


def _day(iso: str | None) -> date | str | None:
    return ANY if iso == ANY else d(iso)


@table(ALL)
def test_round14(row: Row) -> None:
    today, text, intent, check_in, check_out, guests = row
    got = parse(text, today)
    actual = (got.intent, got.check_in, got.check_out, got.guests)
    expected = (intent, _day(check_in), _day(check_out), guests)
    assert tuple(a if e == ANY else e for a, e in zip(actual, expected, strict=True)) == actual


def test_fuzzy_targets_of_different_meaning_are_not_one_slip_apart() -> None:
    # A typo one edit from two key words of different meaning is refused; keep such
    # pairs out of the targets (months and the guest nouns of one class are one meaning).
    from bot.nlu_text import _MEANING, _TARGETS, _edit_distance

    allowed = {("junio", "julio"), ("buenas", "buenos")}  # refused ties, on purpose
    clashes = {
        (a, b)
        for i, a in enumerate(_TARGETS)
        for b in _TARGETS[i + 1 :]
        if _MEANING.get(a, a[:5]) != _MEANING.get(b, b[:5]) and _edit_distance(a, b, 1) <= 1
    }
    assert clashes <= allowed


@pytest.mark.parametrize(
    "text", ["que tengan buena noche", "gracias, que tengas buen dia", "que descanses!"]
)
def test_a_good_wish_closing_the_chat_is_a_goodbye(text: str) -> None:
    # Round 14 made "buena noche" a greeting; wished ("que tengan…"), it says goodbye.
    got = parse(text, date(2026, 11, 27))
    assert (got.intent, got.farewell) == (THANKS, True)


def test_good_evening_alone_is_still_a_hello() -> None:
    assert parse("buenas noches", date(2026, 11, 27)).intent == "greeting"
