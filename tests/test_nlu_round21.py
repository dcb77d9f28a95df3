"""Rows for bot.nlu, round 21: the year's end, ordinal weeks, typos, glued numbers, mixed asks.

310 messages written fresh for this round (none copied from rounds 1-20), the reading set
down by CONTRACT §6 and the README before the code was run: stays across the year's end
("del 30/12 al 2/1", "para año nuevo 3 noches", "del 28 al 3"), years written ("15/12/26",
"15-12-2026"), ordinal weeks and weekends ("el segundo finde de enero", "la tercer semana
de febrero", "el último fin de semana de marzo"), misspelled months and weekdays
("dicembre", "febreo", "sabdo", "juebes"), numbers glued to words ("4personas", "3noches",
"x2 noches", "18al20"), "a partir del", "desde … por N días", "hasta el"; a question and a
search in one message, long and voice-typed ones, emojis between words; haggling, the
deposit asked, pets and arrival or departure times asked indirectly; parties with kids
and babies ("2 adultos + 2 menores", "somos 3 + un bebé"); cancels polite and angry, a
person asked for in many ways, complaints, thanks and questions about the town.

A part drawn at random before the first run (HELD_OUT, seed 21: 80 of 310) was counted
blind and never looked at while fixing. On the code before this round (1936390): WORK
218/230, HELD_OUT 75/80 (293/310, 94.5%). After fixing from WORK alone: WORK 230/230,
HELD_OUT still 75/80 (blind); its five misses were then fixed too. One expectation was
changed after the run: "este finde largo" said in Carnaval's week was written as Carnaval
(6 to 9 February), but the contract table (tests/test_nlu_contract.py) sets "el finde largo"
as Friday to Monday from every `today`, that week included, so the row follows it. The
rules, each general, are in the README (Round 21).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse
from tests.nlu_support import AV, d

WED = date(2027, 1, 13)  # a Wednesday in the summer: "el finde" is 15 to 17 January
THU = date(2026, 12, 3)  # a Thursday before the holidays
SUN = date(2027, 3, 7)  # a Sunday: "el finde que viene" is 12 to 14 March, Semana Santa 25-28
MON = date(2027, 2, 1)  # a Monday: Carnaval is 6 to 9 February
DEC = date(2026, 12, 20)  # a Sunday before Christmas: stays run into January
BOOK, PRICES, INFO, CANCEL, HUMAN, THANKS = "book", "prices", "info", "cancel", "human", "thanks"
GREETING = "greeting"
ANY = "any"  # the contract leaves this field open for that message
NOT_BOOK = "!book"  # any intent but a booking
NOT_CANCEL = "!cancel"  # any intent but a cancel

# (today, message, intent, check_in, check_out, guests, a topic it must name or None)
Row = tuple[date, str, str, str | None, str | None, int | str | None, str | None]

WORK: list[Row] = [
    (THU, "del 30/12 al 2/1 somos 4", AV, "2026-12-30", "2027-01-02", 4, None),
    (DEC, "tenes algo del 28 al 3? somos 2", AV, "2026-12-28", "2027-01-03", 2, None),
    (DEC, "del 29 de diciembre al 4 de enero para 5", AV, "2026-12-29", "2027-01-04", 5, None),
    (
        DEC,
        "quiero pasar fin de año con mi familia, somos 6, del 30 al 2",
        AV,
        "2026-12-30",
        "2027-01-02",
        6,
        None,
    ),
    (DEC, "llegamos el 31 y nos vamos el 3", AV, "2026-12-31", "2027-01-03", None, None),
    (DEC, "desde el 27/12 por 7 dias, 2 adultos", AV, "2026-12-27", "2027-01-03", 2, None),
    (DEC, "entre navidad y año nuevo, tenes algo para 3?", AV, ANY, ANY, 3, None),
    (THU, "del 26/12/26 al 2/1/27 para 2", AV, "2026-12-26", "2027-01-02", 2, None),
    (WED, "ingreso 05/02/2027 egreso 08/02/2027", AV, "2027-02-05", "2027-02-08", None, None),
    (THU, "dicembre del 20 al 23 para 2", AV, "2026-12-20", "2026-12-23", 2, None),
    (WED, "del 3 al 6 de febreo, somos 4", AV, "2027-02-03", "2027-02-06", 4, None),
    (WED, "10 al 14 de febero 2 adultos", AV, "2027-02-10", "2027-02-14", 2, None),
    (WED, "marzo del 5 al 8, 3 personas", AV, "2027-03-05", "2027-03-08", 3, None),
    (THU, "del 14 al 17 de diciembe", AV, "2026-12-14", "2026-12-17", None, None),
    (WED, "del miercoles 20 al domingo 24", AV, "2027-01-20", "2027-01-24", None, None),
    (WED, "de viernes a lunes somos 3", AV, "2027-01-15", "2027-01-18", 3, None),
    (WED, "del juebes al domingo", AV, "2027-01-14", "2027-01-17", None, None),
    (WED, "sabado y domingo, 4personas", AV, "2027-01-16", "2027-01-17", 4, None),
    (WED, "3noches desde el 20 para 2", AV, "2027-01-20", "2027-01-23", 2, None),
    (WED, "x2 noches a partir del viernes, somos 2", AV, "2027-01-15", "2027-01-17", 2, None),
    (WED, "para 4pax del 18 al 21", AV, "2027-01-18", "2027-01-21", 4, None),
    (WED, "somos 5personas, del 1 al 5/2", AV, "2027-02-01", "2027-02-05", 5, None),
    (WED, "2noches el finde, 2adultos", AV, "2027-01-15", "2027-01-17", 2, None),
    (WED, "del 18al20 para 3", AV, "2027-01-18", "2027-01-20", 3, None),
    (WED, "x 3 noches desde el 25", AV, "2027-01-25", "2027-01-28", None, None),
    (
        WED,
        "a partir del 22 por una semana, 2 adultos y 1 niño",
        AV,
        "2027-01-22",
        "2027-01-29",
        3,
        None,
    ),
    (WED, "a partir del 1 de febrero, 4 noches", AV, "2027-02-01", "2027-02-05", None, None),
    (WED, "desde el lunes por 4 dias somos 3", AV, "2027-01-18", "2027-01-22", 3, None),
    (WED, "de mañana hasta el sábado 2 personas", AV, "2027-01-14", "2027-01-16", 2, None),
    (THU, "el segundo finde de enero, somos 4", AV, "2027-01-08", "2027-01-10", 4, None),
    (WED, "el primer finde de febrero para 2", AV, "2027-02-05", "2027-02-07", 2, None),
    (WED, "la primera semana de febrero", AV, "2027-02-01", "2027-02-08", None, None),
    (WED, "la segunda semana de febrero, 2 adultos", AV, "2027-02-08", "2027-02-15", 2, None),
    (WED, "la tercer semana de febrero", AV, "2027-02-15", "2027-02-22", None, None),
    (WED, "el ultimo finde de enero", AV, "2027-01-29", "2027-01-31", None, None),
    (SUN, "el último fin de semana de marzo", AV, "2027-03-26", "2027-03-28", None, None),
    (WED, "2da semana de febrero para 4", AV, "2027-02-08", "2027-02-15", 4, None),
    (WED, "1er finde de febrero", AV, "2027-02-05", "2027-02-07", None, None),
    (THU, "primera quincena de enero, 2 personas", AV, ANY, ANY, 2, None),
    (WED, "la semana del 8 de febrero", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "el vierne llegamos, 2 noches", AV, "2027-01-15", "2027-01-17", None, None),
    (WED, "del jueves al sabado somos 2", AV, "2027-01-14", "2027-01-16", 2, None),
    (WED, "de viernes a domigo para 3", AV, "2027-01-15", "2027-01-17", 3, None),
    (WED, "el miercoles que viene 3 noches", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "sabado 16 al martes 19, 2 personas", AV, "2027-01-16", "2027-01-19", 2, None),
    (WED, "somos 3 + un bebé", AV, None, None, 4, None),
    (WED, "2 mayores y 3 chicos, el finde", AV, "2027-01-15", "2027-01-17", 5, None),
    (WED, "somos 2 + 2 chicos", AV, None, None, 4, None),
    (WED, "vamos 2 adultos con 2 chiquitos", AV, None, None, 4, None),
    (WED, "mi marido, yo y el bebé", AV, None, None, 3, None),
    (WED, "seriamos 3 grandes y un peque", AV, None, None, 4, None),
    (
        WED,
        "somos 2 adultos y 2 nenes de 3 y 6 años, del 10 al 15 de febrero",
        AV,
        "2027-02-10",
        "2027-02-15",
        4,
        None,
    ),
    (WED, "2 adultos y una bebé de 1 año, cuna tienen?", ANY, None, None, 3, None),
    (WED, "somos 4 (2 adultos y 2 chicos)", AV, None, None, 4, None),
    (WED, "para 2 y 1 menor", AV, None, None, 3, None),
    (WED, "somos 6 adultos y 4 chicos", AV, None, None, 10, None),
    (WED, "3 adultos 1 niño", AV, None, None, 4, None),
    (WED, "2 adultos + bebé", AV, None, None, 3, None),
    (WED, "somos 3 mas 2 chicos", AV, None, None, 5, None),
    (
        WED,
        "aceptan perros? queremos ir del 15 al 17 somos 2",
        AV,
        "2027-01-15",
        "2027-01-17",
        2,
        "pets",
    ),
    (
        WED,
        "cuanto sale del 18 al 21 para 3? tiene aire acondicionado?",
        PRICES,
        "2027-01-18",
        "2027-01-21",
        3,
        "amenities",
    ),
    (
        WED,
        (
            "Hola buenas tardes! Te escribo porque estamos organizando unas "
            "vacaciones con mi familia. Somos mi esposo, yo y nuestros dos hijos de "
            "8 y 11. Queríamos saber si tienen disponibilidad del 5 al 12 de "
            "febrero. Muchas gracias!"
        ),
        AV,
        "2027-02-05",
        "2027-02-12",
        4,
        None,
    ),
    (
        WED,
        (
            "hola! como estas? somos un grupo de amigas, 5 en total. Nos gustaría "
            "ir el finde del 22. Hay lugar? Gracias!!"
        ),
        AV,
        "2027-01-22",
        "2027-01-24",
        5,
        None,
    ),
    (
        WED,
        (
            "Hola. Queremos reservar para el 30 de enero, 3 noches. Somos 2 "
            "adultos. Cómo hago la seña?"
        ),
        BOOK,
        "2027-01-30",
        "2027-02-02",
        2,
        "payment",
    ),
    (
        WED,
        (
            "hola que tal queria saber si tienen lugar del 20 al 25 de enero para "
            "cuatro personas dos adultos y dos chicos gracias"
        ),
        AV,
        "2027-01-20",
        "2027-01-25",
        4,
        None,
    ),
    (
        WED,
        (
            "buenas queria consultar cuanto sale la cabaña para dos personas el fin "
            "de semana que viene"
        ),
        PRICES,
        "2027-01-15",
        "2027-01-17",
        2,
        None,
    ),
    (
        WED,
        ("hola mira somos tres adultos y queremos ir tres noches a partir del viernes veintidos"),
        AV,
        "2027-01-22",
        "2027-01-25",
        3,
        None,
    ),
    (
        WED,
        "si dale quiero reservar del dieciocho al veintiuno para dos",
        BOOK,
        "2027-01-18",
        "2027-01-21",
        2,
        None,
    ),
    (
        WED,
        ("hola queremos cancelar la reserva que teniamos para el finde porque se nos complico"),
        CANCEL,
        ANY,
        ANY,
        None,
        None,
    ),
    (WED, "somos 4 👨‍👩‍👧‍👦 del 1 al 4 de febrero ☀️", AV, "2027-02-01", "2027-02-04", 4, None),
    (WED, "quiero reservar 🥰 del 25 al 27 🙌 somos 2", BOOK, "2027-01-25", "2027-01-27", 2, None),
    (WED, "cuánto sale 💸 x noche para 2?", PRICES, None, None, 2, None),
    (WED, "el finde 🏡 para 3 🙏🙏", AV, "2027-01-15", "2027-01-17", 3, None),
    (WED, "gracias!! 😍😍 nos vemos el viernes", THANKS, None, None, None, None),
    (WED, "me hacés precio?", PRICES, None, None, None, None),
    (WED, "no me haces un descuento si vamos 5 noches?", PRICES, None, None, None, None),
    (WED, "hay algun descuento por pagar en efectivo?", PRICES, None, None, None, None),
    (WED, "si pago todo junto me lo dejás mas barato?", PRICES, None, None, None, None),
    (WED, "cuánto sale la seña?", ANY, None, None, None, "payment"),
    (WED, "de cuanto es la seña?", ANY, None, None, None, "payment"),
    (WED, "precio x noche para 2 personas en febrero?", PRICES, None, None, 2, None),
    (WED, "tarifa para 4 del 10 al 13", PRICES, "2027-02-10", "2027-02-13", 4, None),
    (WED, "cuanto me sale todo para 3 noches 2 personas", PRICES, None, None, 2, None),
    (WED, "cuánto cobran la noche?", PRICES, None, None, None, None),
    (WED, "tenés promo para jubilados?", PRICES, None, None, None, None),
    (WED, "puedo llevar a mi gato?", INFO, None, None, None, "pets"),
    (WED, "tenemos un labrador, se puede?", INFO, None, None, None, "pets"),
    (WED, "se aceptan mascotas chicas?", INFO, None, None, None, "pets"),
    (WED, "somos 2 + el perro, del 20 al 22", AV, "2027-01-20", "2027-01-22", 2, "pets"),
    (WED, "puede venir el firulais? jaja es un caniche", INFO, None, None, None, "pets"),
    (WED, "llevamos a la mascota", ANY, None, None, None, "pets"),
    (WED, "a partir de que hora podemos llegar?", INFO, None, None, None, "checkin"),
    (
        WED,
        "si llegamos a las 11 de la mañana ya podemos entrar?",
        INFO,
        None,
        None,
        None,
        "checkin",
    ),
    (WED, "hasta que hora nos podemos quedar el ultimo dia?", INFO, None, None, None, "checkout"),
    (WED, "el domingo hasta que hora tenemos la cabaña?", INFO, ANY, ANY, None, "checkout"),
    (WED, "llegamos tarde tipo 11 de la noche, hay problema?", INFO, None, None, None, "checkin"),
    (WED, "a que hora hay que dejar libre la cabaña?", INFO, None, None, None, "checkout"),
    (WED, "se puede hacer late checkout?", INFO, None, None, None, "checkout"),
    (WED, "podemos entrar mas temprano?", INFO, None, None, None, "checkin"),
    (WED, "a que hora nos reciben?", INFO, None, None, None, "checkin"),
    (WED, "el horario de salida cual es?", INFO, None, None, None, "checkout"),
    (WED, "necesito dar de baja mi reserva", CANCEL, None, None, None, None),
    (WED, "cancelen todo, es una vergüenza como atienden", CANCEL, None, None, None, None),
    (WED, "no vamos a poder ir, anulá la reserva por favor", CANCEL, None, None, None, None),
    (
        WED,
        "disculpá, surgió un imprevisto y no podemos viajar. Cómo cancelo?",
        CANCEL,
        None,
        None,
        None,
        None,
    ),
    (
        WED,
        "quisiera cambiar las fechas de mi reserva al 20 al 23",
        NOT_CANCEL,
        "2027-01-20",
        "2027-01-23",
        None,
        None,
    ),
    (WED, "podemos pasar la reserva para el finde siguiente?", NOT_CANCEL, ANY, ANY, None, None),
    (
        WED,
        "en vez del 15 al 17 podria ser del 22 al 24?",
        NOT_CANCEL,
        "2027-01-22",
        "2027-01-24",
        None,
        None,
    ),
    (WED, "me arrepentí, no quiero mas la reserva", CANCEL, None, None, None, None),
    (WED, "se puede cancelar sin perder la seña?", INFO, None, None, None, "cancellation"),
    (WED, "si cancelo una semana antes me devuelven algo?", INFO, None, None, None, "cancellation"),
    (WED, "borrá mi reserva", CANCEL, None, None, None, None),
    (WED, "somos 3 en vez de 4", NOT_CANCEL, None, None, 3, None),
    (WED, "quiero hablar con una persona", HUMAN, None, None, None, None),
    (WED, "me podes pasar con alguien de carne y hueso?", HUMAN, None, None, None, None),
    (WED, "hay algun encargado con quien hablar?", HUMAN, None, None, None, None),
    (WED, "me llaman por favor? 1155667788", HUMAN, None, None, None, None),
    (WED, "necesito hablar con el dueño", HUMAN, None, None, None, None),
    (WED, "atendeme alguien por favor!!!", HUMAN, None, None, None, None),
    (WED, "no quiero hablar con un bot", HUMAN, None, None, None, None),
    (WED, "pasame con un humano", HUMAN, None, None, None, None),
    (WED, "puedo hablar con la dueña?", HUMAN, None, None, None, None),
    (WED, "me comunico con recepcion?", HUMAN, None, None, None, None),
    (WED, "operador", HUMAN, None, None, None, None),
    (WED, "la cabaña estaba sucia cuando llegamos", HUMAN, None, None, None, None),
    (WED, "no hay agua caliente en la cabaña 3", HUMAN, None, None, None, None),
    (WED, "se cortó la luz", HUMAN, None, None, None, None),
    (WED, "gracias por todo, la pasamos genial!", THANKS, None, None, None, None),
    (WED, "que lindo lugar, volveremos!", NOT_BOOK, None, None, None, None),
    (WED, "qué se puede hacer en el pueblo?", NOT_BOOK, None, None, None, None),
    (WED, "hay supermercado cerca?", INFO, None, None, None, "location"),
    (WED, "a cuantos km estan del centro?", INFO, None, None, None, "location"),
    (WED, "cómo llego desde la terminal?", INFO, None, None, None, "location"),
    (WED, "me pasas la ubicacion?", INFO, None, None, None, "location"),
    (WED, "perfecto, muchas gracias! 🙌", THANKS, None, None, None, None),
    (WED, "ok lo hablo con mi marido y te aviso", NOT_BOOK, None, None, None, None),
    (WED, "chau, buen finde", THANKS, None, None, None, None),
    (WED, "hola buen día", GREETING, None, None, None, None),
    (WED, "buenas tardes!", GREETING, None, None, None, None),
    (WED, "holaa como andan", GREETING, None, None, None, None),
    (WED, "me cobraron de más en la transferencia", HUMAN, None, None, None, None),
    (WED, "los vecinos hacen mucho ruido", HUMAN, None, None, None, None),
    (WED, "el wifi no anda", HUMAN, None, None, None, None),
    (WED, "hay que llevar sábanas?", INFO, None, None, None, "linens"),
    (WED, "la pileta es climatizada?", INFO, None, None, None, "pool"),
    (WED, "tiene asador?", INFO, None, None, None, "grill"),
    (WED, "hay cochera techada?", INFO, None, None, None, "parking"),
    (WED, "se puede pagar con tarjeta?", INFO, None, None, None, "payment"),
    (WED, "aceptan mercado pago?", INFO, None, None, None, "payment"),
    (WED, "me pasas el cbu para la seña?", ANY, None, None, None, "payment"),
    (WED, "incluye desayuno?", INFO, None, None, None, "breakfast"),
    (WED, "hay minimo de noches?", INFO, None, None, None, "minimum_stay"),
    (WED, "se puede fumar adentro?", INFO, None, None, None, "rules"),
    (WED, "tiene vista al lago?", INFO, None, None, None, "view"),
    (WED, "hay tele y aire?", INFO, None, None, None, "amenities"),
    (WED, "tienen cuna para el bebé?", ANY, None, None, None, None),
    (WED, "20-23/1 2 pers", AV, "2027-01-20", "2027-01-23", 2, None),
    (WED, "del 20 al 23/01 para dos", AV, "2027-01-20", "2027-01-23", 2, None),
    (WED, "febrero 5 al 8", AV, "2027-02-05", "2027-02-08", None, None),
    (WED, "1ro al 4 de feb", AV, "2027-02-01", "2027-02-04", None, None),
    (WED, "del 1° al 4 de febrero", AV, "2027-02-01", "2027-02-04", None, None),
    (WED, "del primero al cuatro de febrero", AV, "2027-02-01", "2027-02-04", None, None),
    (WED, "check in 20/1 check out 23/1", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "llegada: 20/01 - salida: 23/01 - 2 adultos", AV, "2027-01-20", "2027-01-23", 2, None),
    (WED, "fecha: 20 al 23 de enero. personas: 3", AV, "2027-01-20", "2027-01-23", 3, None),
    (WED, "entrada 20 salida 23 cantidad 4", AV, "2027-01-20", "2027-01-23", 4, None),
    (WED, "tres noches, desde el veinte", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "3 noches entrando el 20", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "del 20 hasta el 23", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "el 20 entramos y el 23 salimos", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "del 20 al 23 inclusive", AV, "2027-01-20", ANY, None, None),
    (WED, "dos semanas desde el 20", AV, "2027-01-20", "2027-02-03", None, None),
    (WED, "una quincena en febrero", AV, None, None, None, None),
    (WED, "en febrero, 2 semanas", AV, None, None, None, None),
    (WED, "para fines de enero", AV, None, None, None, None),
    (WED, "desde el 27 de enero 1 semana", AV, "2027-01-27", "2027-02-03", None, None),
    (WED, "el 14 de feb (san valentin) una noche para 2", AV, "2027-02-14", "2027-02-15", 2, None),
    (
        WED,
        "llegamos el domingo y nos vamos el miercoles",
        AV,
        "2027-01-17",
        "2027-01-20",
        None,
        None,
    ),
    (WED, "finde del 29 de enero", AV, "2027-01-29", "2027-01-31", None, None),
    (WED, "viernes 29 a domingo 31", AV, "2027-01-29", "2027-01-31", None, None),
    (WED, "2 semanas a partir del 1ro de febrero", AV, "2027-02-01", "2027-02-15", None, None),
    (WED, "del 8 al 15 de febrero 2027", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "8.2 al 15.2", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "del 8 al 15 d febrero", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "del 8 al 15 del 2", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "el 25 de este mes 2 noches", AV, "2027-01-25", "2027-01-27", None, None),
    (WED, "el lunes 25 por 2 noches", AV, "2027-01-25", "2027-01-27", None, None),
    (DEC, "navidad, 2 noches, 4 adultos", AV, "2026-12-24", "2026-12-26", 4, None),
    (DEC, "pasar año nuevo en la cabaña, somos 2 parejas", AV, "2026-12-31", "2027-01-02", 4, None),
    (DEC, "del 30 al 1ro para 3", AV, "2026-12-30", "2027-01-01", 3, None),
    (DEC, "el primer finde del año", AV, ANY, ANY, None, None),
    (DEC, "desde el martes 29 hasta el sabado 2", AV, "2026-12-29", "2027-01-02", None, None),
    (DEC, "del 28-12 al 04-01", AV, "2026-12-28", "2027-01-04", None, None),
    (DEC, "tenés para mañana? somos 3", AV, "2026-12-21", None, 3, None),
    (DEC, "4 noches desde el 30", AV, "2026-12-30", "2027-01-03", None, None),
    (DEC, "del 27/12 al 3/1/27", AV, "2026-12-27", "2027-01-03", None, None),
    (DEC, "para reyes, 2 noches del 5 al 7 de enero", AV, "2027-01-05", "2027-01-07", None, None),
    (DEC, "queremos reservar para fin de año somos 4", BOOK, "2026-12-31", "2027-01-02", 4, None),
    (DEC, "cuanto sale año nuevo para 2?", PRICES, "2026-12-31", "2027-01-02", 2, None),
    (WED, "vamos 4 adultos", AV, None, None, 4, None),
    (WED, "seremos 7", AV, None, None, 7, None),
    (WED, "para 2 personas mayores", AV, None, None, 2, None),
    (WED, "somos yo y mi pareja", AV, None, None, 2, None),
    (WED, "voy sola", AV, None, None, 1, None),
    (WED, "2 parejas + 1 nene", AV, None, None, 5, None),
    (WED, "una familia de 5", AV, None, None, 5, None),
    (WED, "somos 4, dos adultos y dos chicos", AV, None, None, 4, None),
    (WED, "dos adultos, 2 niños (5 y 7 años)", AV, None, None, 4, None),
    (WED, "2 ad + 1 menor", AV, None, None, 3, None),
    (
        WED,
        "2 adultos y 2 chicos de 10 y 12 del 3 al 7 de febrero",
        AV,
        "2027-02-03",
        "2027-02-07",
        4,
        None,
    ),
    (
        WED,
        "confirmame la reserva del 20 al 23 para 2 porfa",
        BOOK,
        "2027-01-20",
        "2027-01-23",
        2,
        None,
    ),
    (WED, "queremos señar para el 5 al 8 de febrero", BOOK, "2027-02-05", "2027-02-08", None, None),
    (
        WED,
        "ya te transfiero la seña, del 20 al 23 para 2",
        BOOK,
        "2027-01-20",
        "2027-01-23",
        2,
        None,
    ),
    (
        WED,
        "hacemos la reserva! 4 personas, del 1 al 4 de feb",
        BOOK,
        "2027-02-01",
        "2027-02-04",
        4,
        None,
    ),
    (WED, "anotame para el 25 al 28, somos 3", BOOK, "2027-01-25", "2027-01-28", 3, None),
    (WED, "la tomo, del 20 al 23", BOOK, "2027-01-20", "2027-01-23", None, None),
    (WED, "ola tenes lugar para el 20", AV, "2027-01-20", None, None, None),
    (WED, "kiero reservar del 20 al 23", BOOK, "2027-01-20", "2027-01-23", None, None),
    (WED, "q precio tiene x noche?", PRICES, None, None, None, None),
    (WED, "aseptan perros", INFO, None, None, None, "pets"),
    (WED, "tenes lugar pal finde?", AV, "2027-01-15", "2027-01-17", None, None),
    (WED, "ay lugar del 20 al 22?", AV, "2027-01-20", "2027-01-22", None, None),
    (SUN, "para semana santa tenes algo? somos 2 flias", AV, "2027-03-25", "2027-03-28", ANY, None),
    (SUN, "el finde de pascuas para 4", AV, "2027-03-25", "2027-03-28", 4, None),
    (SUN, "el finde que viene para 2", AV, "2027-03-12", "2027-03-14", 2, None),
    (SUN, "del 12 al 14 de marzo", AV, "2027-03-12", "2027-03-14", None, None),
    (SUN, "a partir del jueves 11, 3 noches", AV, "2027-03-11", "2027-03-14", None, None),
    (MON, "este finde largo para 4", AV, "2027-02-05", "2027-02-08", 4, None),
    (MON, "del sabado al martes de carnaval", AV, "2027-02-06", "2027-02-09", None, None),
    (MON, "el 14 de febrero una noche", AV, "2027-02-14", "2027-02-15", None, None),
]

# Drawn at random before the first run (random.Random(21).sample(range(310), 80)), counted
# blind.
HELD_OUT: list[Row] = [
    (THU, "para año nuevo 3 noches, 2 personas", AV, "2026-12-31", "2027-01-03", 2, None),
    (DEC, "semana del 28/12, 4 personas", AV, "2026-12-28", "2027-01-04", 4, None),
    (THU, "15/12/26 al 18/12/26, somos 3", AV, "2026-12-15", "2026-12-18", 3, None),
    (
        THU,
        "desde el 15-12-2026 hasta el 20-12-2026 2 personas",
        AV,
        "2026-12-15",
        "2026-12-20",
        2,
        None,
    ),
    (
        THU,
        "del 31 de diciembre al 1 de enero, una noche nomas",
        AV,
        "2026-12-31",
        "2027-01-01",
        None,
        None,
    ),
    (WED, "del 20 al 25 de enro", AV, "2027-01-20", "2027-01-25", None, None),
    (WED, "del 5 al 8 de marso", AV, "2027-03-05", "2027-03-08", None, None),
    (WED, "el sabdo 16 una noche para 2", AV, "2027-01-16", "2027-01-17", 2, None),
    (WED, "hasta el 20, desde mañana, somos 2", AV, "2027-01-14", "2027-01-20", 2, None),
    (WED, "desde el 18 por 5 dias", AV, "2027-01-18", "2027-01-23", None, None),
    (WED, "desde hoy hasta el domingo", AV, "2027-01-13", "2027-01-17", None, None),
    (WED, "la última semana de enero, 3 personas", AV, ANY, ANY, 3, None),
    (WED, "el tercer fin de semana de febrero, somos 6", AV, "2027-02-19", "2027-02-21", 6, None),
    (WED, "lune 18 al juev 21", AV, "2027-01-18", "2027-01-21", None, None),
    (WED, "2 adultos + 2 menores del 20 al 23", AV, "2027-01-20", "2027-01-23", 4, None),
    (WED, "4 adultos, 2 niños y un bebe de 6 meses", AV, None, None, 7, None),
    (WED, "somos dos y un nene de 4 años", AV, None, None, 3, None),
    (WED, "dos matrimonios y un bebé", AV, None, None, 5, None),
    (
        WED,
        "tienen wifi? y lugar para el 20 al 23 para 2",
        AV,
        "2027-01-20",
        "2027-01-23",
        2,
        "wifi",
    ),
    (
        WED,
        ("hola buenas, tienen pileta? estamos buscando para el finde largo de carnaval para 4"),
        AV,
        "2027-02-06",
        "2027-02-09",
        4,
        "pool",
    ),
    (
        WED,
        "hay estacionamiento? vamos en auto del 25 al 28, somos 4",
        AV,
        "2027-01-25",
        "2027-01-28",
        4,
        "parking",
    ),
    (
        WED,
        "tienen parrilla? y disponibilidad para 6 del 2 al 5 de febrero",
        AV,
        "2027-02-02",
        "2027-02-05",
        6,
        "grill",
    ),
    (
        WED,
        (
            "Buen día. Vi la publicación en instagram. Quisiera consultar precio "
            "para 2 personas, del 20 al 24 de enero. Tienen desayuno incluido? "
            "Saludos"
        ),
        PRICES,
        "2027-01-20",
        "2027-01-24",
        2,
        "breakfast",
    ),
    (
        WED,
        (
            "buenas noches disculpa la hora. queria saber si tenes algo para la "
            "semana que viene, de lunes a viernes, somos una pareja con un nene "
            "chiquito"
        ),
        AV,
        "2027-01-18",
        "2027-01-22",
        3,
        None,
    ),
    (
        WED,
        ("hola necesito saber si aceptan mascotas porque vamos con un perro chiquito"),
        INFO,
        None,
        None,
        None,
        "pets",
    ),
    (
        WED,
        ("buen dia quisiera saber a que hora se puede entrar y a que hora hay que dejar la cabaña"),
        INFO,
        None,
        None,
        None,
        "checkin",
    ),
    (WED, "hola 😊 tenes lugar 🙏 para el 20 al 22 👫", AV, "2027-01-20", "2027-01-22", ANY, None),
    (WED, "aceptan 🐶?", INFO, None, None, None, "pets"),
    (WED, "hay 📶 wifi?", INFO, None, None, None, "wifi"),
    (WED, "está un poco caro, no hay algo mas barato?", PRICES, None, None, None, None),
    (WED, "que porcentaje hay que señar?", NOT_BOOK, None, None, None, "payment"),
    (WED, "me pasas los valores?", PRICES, None, None, None, None),
    (WED, "son pet friendly?", INFO, None, None, None, "pets"),
    (WED, "vamos con nuestra perrita, hay problema?", INFO, None, None, None, "pets"),
    (WED, "admiten animales?", INFO, None, None, None, "pets"),
    (WED, "lamentablemente vamos a tener que cancelar la reserva", CANCEL, None, None, None, None),
    (WED, "ya no vamos, devolveme la plata", CANCEL, None, None, None, None),
    (WED, "al final no viajamos, perdón", CANCEL, None, None, None, None),
    (WED, "tenés un número para llamar?", HUMAN, None, None, None, None),
    (WED, "hay alguien ahí?", HUMAN, None, None, None, None),
    (WED, "mil gracias, muy amables", THANKS, None, None, None, None),
    (WED, "hay restaurantes cerca?", INFO, None, None, None, "location"),
    (WED, "dónde quedan exactamente?", INFO, None, None, None, "location"),
    (WED, "buenísimo, después te confirmo", NOT_BOOK, None, None, None, None),
    (WED, "no funciona el aire", HUMAN, None, None, None, None),
    (WED, "cual es la clave del wifi?", INFO, None, None, None, "wifi"),
    (WED, "tienen ropa de cama y toallas?", INFO, None, None, None, "linens"),
    (WED, "cuantas personas entran por cabaña?", INFO, None, None, None, "capacity"),
    (WED, "tienen fotos de las cabañas?", INFO, None, None, None, "photos"),
    (WED, "para el 20/1 al 23/1", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "el 5/2 por 3 noches", AV, "2027-02-05", "2027-02-08", None, None),
    (WED, "5 feb 3 noches 2 pax", AV, "2027-02-05", "2027-02-08", 2, None),
    (WED, "ingresamos el 20 salimos el 23", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "del 20 de enero por 3 noches", AV, "2027-01-20", "2027-01-23", None, None),
    (WED, "20, 21 y 22 de enero", AV, "2027-01-20", ANY, None, None),
    (WED, "desde el 20 de enero al 3 de febrero", AV, "2027-01-20", "2027-02-03", None, None),
    (WED, "del 27 al 3/2", AV, "2027-01-27", "2027-02-03", None, None),
    (WED, "27/1 al 3/2 x 4", AV, "2027-01-27", "2027-02-03", 4, None),
    (WED, "8/2/2027 al 15/2/2027", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "8 al 15 feb", AV, "2027-02-08", "2027-02-15", None, None),
    (WED, "del 8 al 15 del mes que viene", AV, "2027-02-08", "2027-02-15", None, None),
    (DEC, "para el 24 y 25, somos 5", AV, "2026-12-24", ANY, 5, None),
    (DEC, "del 26 al 2 de enero", AV, "2026-12-26", "2027-01-02", None, None),
    (DEC, "del 2/1 al 6/1", AV, "2027-01-02", "2027-01-06", None, None),
    (DEC, "primera semana de enero", AV, "2027-01-01", "2027-01-08", None, None),
    (DEC, "hasta el 3 de enero desde el 29", AV, "2026-12-29", "2027-01-03", None, None),
    (DEC, "31/12 al 03/01, 2 adultos", AV, "2026-12-31", "2027-01-03", 2, None),
    (DEC, "una semana desde el 28", AV, "2026-12-28", "2027-01-04", None, None),
    (DEC, "feliz navidad!!", ANY, None, None, None, None),
    (WED, "somos un grupo de 8 amigos", AV, None, None, 8, None),
    (WED, "viajo solo del 20 al 22", AV, "2027-01-20", "2027-01-22", 1, None),
    (WED, "tres flias de 4", AV, None, None, 12, None),
    (WED, "cant. de personas: 5", AV, None, None, 5, None),
    (WED, "seriamos 4 mas un bebe de 8 meses", AV, None, None, 5, None),
    (WED, "dale, la reservo del 20 al 23 para 2", BOOK, "2027-01-20", "2027-01-23", 2, None),
    (WED, "me la guardás para el finde? somos 2", BOOK, "2027-01-15", "2027-01-17", 2, None),
    (WED, "quiero reservar pero no se las fechas todavia", BOOK, None, None, None, None),
    (WED, "hay disponivilidad para el finde?", AV, "2027-01-15", "2027-01-17", None, None),
    (WED, "xfa necesito lugar pa 4 el sabado", AV, "2027-01-16", None, 4, None),
    (MON, "para carnaval somos 6", AV, "2027-02-06", "2027-02-09", 6, None),
]


def _day(iso: str | None) -> date | str | None:
    return ANY if iso == ANY else d(iso)


def check(row: Row) -> None:
    today, text, intent, check_in, check_out, guests, topic = row
    got = parse(text, today)
    if intent.startswith("!"):
        assert got.intent != intent[1:], got.intent
        intent = ANY
    actual = (got.intent, got.check_in, got.check_out, got.guests)
    expected = (intent, _day(check_in), _day(check_out), guests)
    assert tuple(a if e == ANY else e for a, e in zip(actual, expected, strict=True)) == actual
    assert topic is None or topic in got.topics, got.topics


@pytest.mark.parametrize("row", WORK, ids=[f"{row[0]} {row[1][:50]}" for row in WORK])
def test_round21(row: Row) -> None:
    check(row)


@pytest.mark.parametrize("row", HELD_OUT, ids=[f"{row[0]} {row[1][:50]}" for row in HELD_OUT])
def test_round21_held_out(row: Row) -> None:
    check(row)
