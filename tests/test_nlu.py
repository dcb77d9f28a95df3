"""Table tests for bot.nlu: real-looking Argentine WhatsApp messages, exact expectations.

Three fixed "todays" exercise the rollovers:
THU = 2026-11-26 (a Thursday), MON = 2026-12-28 (year end), SAT = 2027-02-27
(a Saturday at the end of a non-leap February).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import INTENTS, TOPICS, Understanding, normalize, parse
from tests.nlu_support import STAY_COLUMNS, assert_stay

THU = date(2026, 11, 26)
MON = date(2026, 12, 28)
SAT = date(2027, 2, 27)


# (today, message, intent, check_in, check_out, guests)
STAYS: list[tuple[date, str, str, str | None, str | None, int | None]] = [
    # --- day-first numeric and written dates -----------------------------------------
    (THU, "15/12", "availability", "2026-12-15", None, None),
    (THU, "para el 15-12", "availability", "2026-12-15", None, None),
    (THU, "el 15/12/26", "availability", "2026-12-15", None, None),
    (THU, "15/12/2026", "availability", "2026-12-15", None, None),
    (THU, "el 15 dic", "availability", "2026-12-15", None, None),
    (THU, "15 de diciembre", "availability", "2026-12-15", None, None),
    (THU, "el 15 de diciembre de 2027", "availability", "2027-12-15", None, None),
    (THU, "10 de setiembre", "availability", "2027-09-10", None, None),
    (THU, "10 de septiembre", "availability", "2027-09-10", None, None),
    (THU, "10 sept.", "availability", "2027-09-10", None, None),
    (THU, "10 set", "availability", "2027-09-10", None, None),
    (THU, "3 ene", "availability", "2027-01-03", None, None),
    (THU, "3 ene.", "availability", "2027-01-03", None, None),
    (THU, "el 8 de feb", "availability", "2027-02-08", None, None),
    (THU, "el 8 mar", "availability", "2027-03-08", None, None),
    (THU, "12 abr", "availability", "2027-04-12", None, None),
    (THU, "el 20 de may", "availability", "2027-05-20", None, None),
    (THU, "el 9 jul", "availability", "2027-07-09", None, None),
    (THU, "el 15 ago", "availability", "2027-08-15", None, None),
    (THU, "12 oct", "availability", "2027-10-12", None, None),
    (THU, "30 nov", "availability", "2026-11-30", None, None),
    (THU, "el 1ro de enero", "availability", "2027-01-01", None, None),
    (THU, "el 1° de enero", "availability", "2027-01-01", None, None),
    (THU, "el primero de enero", "availability", "2027-01-01", None, None),
    (THU, "el 26 de noviembre", "availability", "2026-11-26", None, None),
    (THU, "el 25 de noviembre", "availability", "2027-11-25", None, None),
    (THU, "15.12 al 18.12", "availability", "2026-12-15", "2026-12-18", None),
    # --- a day without month: this month if not past, else next month ----------------
    (THU, "para el 28", "availability", "2026-11-28", None, None),
    (THU, "el 26", "availability", "2026-11-26", None, None),
    (THU, "el 15", "availability", "2026-12-15", None, None),
    (THU, "el dia 3", "availability", "2026-12-03", None, None),
    (THU, "el 31", "availability", "2026-12-31", None, None),
    (MON, "el 30", "availability", "2026-12-30", None, None),
    (MON, "el 15", "availability", "2027-01-15", None, None),
    (SAT, "el 28", "availability", "2027-02-28", None, None),
    (SAT, "el 30", "availability", "2027-03-30", None, None),
    # --- no year: the first such date on or after today -------------------------------
    (MON, "el 29/12", "availability", "2026-12-29", None, None),
    (MON, "el 20/12", "availability", "2027-12-20", None, None),
    (MON, "2/1", "availability", "2027-01-02", None, None),
    # Session 21: the coming February (2027) has no 29th: no date (no_such_date, the
    # bot says so), not 29/2/2028, fifteen months away.
    (SAT, "29/2", "availability", None, None, None),
    (SAT, "el 27 de febrero", "availability", "2027-02-27", None, None),
    # --- ranges -----------------------------------------------------------------------
    (THU, "del 15 al 18", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "del 28 al 30", "availability", "2026-11-28", "2026-11-30", None),
    (THU, "del 29 al 2", "availability", "2026-11-29", "2026-12-02", None),
    (THU, "del 20 al 25", "availability", "2026-12-20", "2026-12-25", None),
    (THU, "15/12 al 18/12", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "15 al 18/12", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "15-18/12", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "15/12-18/12", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "entre el 15 y el 18 de dic", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "entre el 15 y 18 de diciembre", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "desde el 15 hasta el 18", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "entrada 15/12 salida 18/12", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "ingreso 15/12 egreso 18/12", "availability", "2026-12-15", "2026-12-18", None),
    (
        THU,
        "ingreso el 22 de diciembre, egreso el 26",
        "availability",
        "2026-12-22",
        "2026-12-26",
        None,
    ),
    (THU, "llegamos el 15 y nos vamos el 18", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "check in 15 check out 18", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "checkin el 15/12 checkout el 18/12", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "15-18 de enero", "availability", "2027-01-15", "2027-01-18", None),
    (THU, "15 - 18 de enero", "availability", "2027-01-15", "2027-01-18", None),
    (THU, "del 15 al 18 dic", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "de 15 a 18 de diciembre", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "del 15 al 18 de diciembre", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "diciembre del 20 al 27", "availability", "2026-12-20", "2026-12-27", None),
    (THU, "en enero del 3 al 10", "availability", "2027-01-03", "2027-01-10", None),
    (THU, "del 28 al 2 de diciembre", "availability", "2026-11-28", "2026-12-02", None),
    (THU, "del 30/12 al 2/1", "availability", "2026-12-30", "2027-01-02", None),
    (THU, "del 28/12 al 3/1/27", "availability", "2026-12-28", "2027-01-03", None),
    (THU, "del 15 de diciembre al 2 de enero", "availability", "2026-12-15", "2027-01-02", None),
    (THU, "del 27 de diciembre al 3", "availability", "2026-12-27", "2027-01-03", None),
    (THU, "15/12/2026 al 18/12/2026", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "del 15 al 18 de diciembre de 2027", "availability", "2027-12-15", "2027-12-18", None),
    (THU, "15 dic 26 al 18 dic 26", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "del 1ro al 5 de febrero", "availability", "2027-02-01", "2027-02-05", None),
    (THU, "el 15 o el 16 de diciembre", "availability", "2026-12-15", None, None),
    (THU, "hasta el 18", "availability", None, "2026-12-18", None),
    (MON, "del 15 al 18", "availability", "2027-01-15", "2027-01-18", None),
    (MON, "del 30/12 al 2/1", "availability", "2026-12-30", "2027-01-02", None),
    (MON, "del 30 al 2", "availability", "2026-12-30", "2027-01-02", None),
    (MON, "del 26 al 28 de diciembre", "availability", "2027-12-26", "2027-12-28", None),
    (MON, "del 29 de diciembre al 4 de enero", "availability", "2026-12-29", "2027-01-04", None),
    (MON, "del 28 al 2 de enero", "availability", "2026-12-28", "2027-01-02", None),
    (SAT, "del 28/2 al 3/3", "availability", "2027-02-28", "2027-03-03", None),
    (SAT, "del 27 al 1", "availability", "2027-02-27", "2027-03-01", None),
    (SAT, "del 28 al 2 de marzo", "availability", "2027-02-28", "2027-03-02", None),
    (SAT, "del 20 al 25 de febrero", "availability", "2028-02-20", "2028-02-25", None),
    (SAT, "del 10 al 15", "availability", "2027-03-10", "2027-03-15", None),
    (SAT, "del 30/12 al 2/1", "availability", "2027-12-30", "2028-01-02", None),
    # --- nights and weeks from a start ------------------------------------------------
    (THU, "desde el 3 de enero 5 noches", "availability", "2027-01-03", "2027-01-08", None),
    (THU, "una semana a partir del 10/1", "availability", "2027-01-10", "2027-01-17", None),
    (THU, "4 noches desde el viernes", "availability", "2026-11-27", "2026-12-01", None),
    (THU, "el 20/12 por 3 noches", "availability", "2026-12-20", "2026-12-23", None),
    (THU, "2 semanas desde el 2 de enero", "availability", "2027-01-02", "2027-01-16", None),
    (THU, "5 noches hasta el 20", "availability", "2026-12-15", "2026-12-20", None),
    (THU, "desde hoy 3 noches", "availability", "2026-11-26", "2026-11-29", None),
    (THU, "pasado mañana por 2 noches", "availability", "2026-11-28", "2026-11-30", None),
    (THU, "una noche el 5/12", "availability", "2026-12-05", "2026-12-06", None),
    (THU, "tres noches a partir del 2 de enero", "availability", "2027-01-02", "2027-01-05", None),
    (THU, "un par de noches desde el 10/12", "availability", "2026-12-10", "2026-12-12", None),
    # --- relative days and weekdays (THU is a Thursday) -------------------------------
    (THU, "para mañana", "availability", "2026-11-27", None, None),
    (THU, "hay lugar para hoy?", "availability", "2026-11-26", None, None),
    (THU, "hoy", "availability", "2026-11-26", None, None),
    (THU, "pasado mañana", "availability", "2026-11-28", None, None),
    (THU, "el viernes", "availability", "2026-11-27", None, None),
    (THU, "el jueves", "availability", "2026-11-26", None, None),
    (THU, "el proximo jueves", "availability", "2026-12-03", None, None),
    (THU, "el lunes", "availability", "2026-11-30", None, None),
    (THU, "el sábado 12 de diciembre", "availability", "2026-12-12", None, None),
    (THU, "del viernes al domingo", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "del viernes al lunes", "availability", "2026-11-27", "2026-11-30", None),
    (THU, "del sabado al sabado", "availability", "2026-11-28", "2026-12-05", None),
    (
        THU,
        "llegamos el sabado y nos vamos el martes",
        "availability",
        "2026-11-28",
        "2026-12-01",
        None,
    ),
    (MON, "el viernes", "availability", "2027-01-01", None, None),
    (SAT, "mañana", "availability", "2027-02-28", None, None),
    (SAT, "el sábado", "availability", "2027-02-27", None, None),
    (SAT, "del viernes al domingo", "availability", "2027-03-05", "2027-03-07", None),
    # --- weekends ---------------------------------------------------------------------
    (THU, "este finde", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "el fin de semana", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "el finde largo", "availability", "2026-11-27", "2026-11-30", None),
    (THU, "el fin de semana largo", "availability", "2026-11-27", "2026-11-30", None),
    (THU, "el finde del 12 de diciembre", "availability", "2026-12-11", "2026-12-13", None),
    (THU, "el finde 3 noches", "availability", "2026-11-27", "2026-11-30", None),
    (MON, "este finde", "availability", "2027-01-01", "2027-01-03", None),
    (SAT, "este finde", "availability", "2027-03-05", "2027-03-07", None),
    (SAT, "el finde largo", "availability", "2027-03-05", "2027-03-08", None),
    (date(2026, 11, 27), "este finde", "availability", "2026-11-27", "2026-11-29", None),
    (date(2026, 11, 29), "el finde", "availability", "2026-12-04", "2026-12-06", None),
    # "el otro finde", "el finde siguiente": the weekend after the coming one.
    (THU, "y el otro finde?", "availability", "2026-12-04", "2026-12-06", None),
    (THU, "el finde siguiente para 2", "availability", "2026-12-04", "2026-12-06", 2),
    # --- guests -----------------------------------------------------------------------
    (THU, "para 4", "availability", None, None, 4),
    (THU, "somos 3", "availability", None, None, 3),
    (THU, "somos tres", "availability", None, None, 3),
    (THU, "para dos", "availability", None, None, 2),
    (THU, "4 personas", "availability", None, None, 4),
    (THU, "diez personas", "availability", None, None, 10),
    (THU, "una persona", "availability", None, None, 1),
    (THU, "6 pax", "availability", None, None, 6),
    (THU, "5 huéspedes", "availability", None, None, 5),
    (THU, "5 huespedes", "availability", None, None, 5),
    (THU, "3 adultos", "availability", None, None, 3),
    (THU, "4 personas mayores", "availability", None, None, 4),
    (THU, "2 adultos y 2 niños", "availability", None, None, 4),
    (THU, "2 adultos y 3 chicos", "availability", None, None, 5),
    (THU, "dos adultos y dos menores", "availability", None, None, 4),
    (THU, "2 adultos + 1 bebé", "availability", None, None, 3),
    (THU, "somos 2 adultos y 2 nenes", "availability", None, None, 4),
    (THU, "somos 6 adultos y 1 bebe", "availability", None, None, 7),
    (THU, "somos 4 (2 adultos y 2 chicos de 8 y 10 años)", "availability", None, None, 4),
    (THU, "somos 5 con 3 chicos", "availability", None, None, 5),
    (THU, "4 personas y un bebé", "availability", None, None, 5),
    (THU, "en pareja", "availability", None, None, 2),
    (THU, "una pareja", "availability", None, None, 2),
    (THU, "voy con mi pareja", "availability", None, None, 2),
    (THU, "mi señora y yo", "availability", None, None, 2),
    (THU, "vamos los dos", "availability", None, None, 2),
    (THU, "solo yo", "availability", None, None, 1),
    (THU, "voy solo", "availability", None, None, 1),
    (THU, "viajo sola", "availability", None, None, 1),
    (THU, "somos 2 parejas", "availability", None, None, 4),
    (THU, "dos parejas y un bebé", "availability", None, None, 5),
    (THU, "una pareja con 2 hijos", "availability", None, None, 4),
    (THU, "con mi esposa y mis 2 hijos", "availability", None, None, 4),
    (THU, "con mi esposa y mi hija", "availability", None, None, 3),
    (THU, "familia de 5", "availability", None, None, 5),
    (THU, "somos una familia de 4", "availability", None, None, 4),
    (THU, "somos un grupo de 8 amigos", "availability", None, None, 8),
    (THU, "vamos a ser 6", "availability", None, None, 6),
    (THU, "seríamos 7", "availability", None, None, 7),
    (THU, "4pax", "availability", None, None, 4),
    # --- numbers that are not guests --------------------------------------------------
    (THU, "tienen 2 habitaciones?", "info", None, None, None),
    (THU, "2 habitaciones para 4 personas", "availability", None, None, 4),
    (THU, "tenemos 2 perros, somos 4", "availability", None, None, 4),
    (THU, "a las 14 llegamos, somos 3", "availability", None, None, 3),
    (THU, "llegamos 14hs", "unknown", None, None, None),
    (THU, "llegamos a las 14", "unknown", None, None, None),
    (THU, "mi número es 11 1234-5678, somos 3", "availability", None, None, 3),
    (THU, "me pasaron $50000 por 2 noches", "availability", None, None, None),
    (THU, "50 mil para 2?", "availability", None, None, 2),
    (THU, "me dijeron 50 mil", "unknown", None, None, None),
    (THU, "el 10% de descuento", "prices", None, None, None),
    (THU, "entre 4 y 5 personas", "availability", None, None, 5),
    (THU, "un nene de 3", "unknown", None, None, None),
    # --- whole messages ---------------------------------------------------------------
    (
        THU,
        "Hola! tienen lugar para 4 el finde?",
        "availability",
        "2026-11-27",
        "2026-11-29",
        4,
    ),
    (
        THU,
        "Buenas! Tienen disponibilidad del 15 al 18 de diciembre para 2 adultos y 1 niño?",
        "availability",
        "2026-12-15",
        "2026-12-18",
        3,
    ),
    (
        THU,
        "Hola buenas tardes! Queria saber si tienen disponibilidad para el fin de semana "
        "largo, somos 2 adultos y 2 nenes",
        "availability",
        "2026-11-27",
        "2026-11-30",
        4,
    ),
    (
        THU,
        "tenés lugar del 15 al 18 de enero? somos 4",
        "availability",
        "2027-01-15",
        "2027-01-18",
        4,
    ),
    (
        THU,
        "Hola!! 😊 queríamos saber si tienen lugar del 2 al 6 de enero, somos 3 adultos",
        "availability",
        "2027-01-02",
        "2027-01-06",
        3,
    ),
    (
        THU,
        "tienen cabaña para 6 personas del 8 al 12 de febrero? tenemos un perro",
        "availability",
        "2027-02-08",
        "2027-02-12",
        6,
    ),
    (
        THU,
        "Hola! Tienen algo libre para el 20/12? Somos una pareja con un bebé",
        "availability",
        "2026-12-20",
        None,
        3,
    ),
    (
        THU,
        "llegamos a las 14hs el 15/12, somos 4 personas y nos vamos el 18",
        "availability",
        "2026-12-15",
        "2026-12-18",
        4,
    ),
    (
        THU,
        "del 5 al 10 de enero, llegamos a eso de las 18",
        "availability",
        "2027-01-05",
        "2027-01-10",
        None,
    ),
    (THU, "cuanto sale del 15 al 18 para 2", "prices", "2026-12-15", "2026-12-18", 2),
    (
        THU,
        "Cuanto sale la cabaña para 4, del 3 al 7 de enero??",
        "prices",
        "2027-01-03",
        "2027-01-07",
        4,
    ),
    (THU, "precio x noche para 2 pax?", "prices", None, None, 2),
    (THU, "Buen día, cuánto cuesta la noche para 2 personas?", "prices", None, None, 2),
    (
        THU,
        "Quisiera reservar la cabaña del 3/1 al 10/1 para 5 personas",
        "book",
        "2027-01-03",
        "2027-01-10",
        5,
    ),
    (
        THU,
        "hola quiero reservar para el 31/12 hasta el 2/1 somos 2",
        "book",
        "2026-12-31",
        "2027-01-02",
        2,
    ),
    (THU, "dale, reservame del 15 al 18", "book", "2026-12-15", "2026-12-18", None),
    (THU, "sí, del 16 al 19", "availability", "2026-12-16", "2026-12-19", None),
    (THU, "no, mejor del 16 al 20", "availability", "2026-12-16", "2026-12-20", None),
    # --- typos ------------------------------------------------------------------------
    (THU, "15 de dicienbre al 18", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "del 15 al 18 de diciembr", "availability", "2026-12-15", "2026-12-18", None),
    (THU, "el 3 de febreo", "availability", "2027-02-03", None, None),
    (THU, "el 3 de ferbero", "availability", "2027-02-03", None, None),
    (THU, "del 2 al 5 de eneroo", "availability", "2027-01-02", "2027-01-05", None),
    (THU, "somos 4 presonas", "availability", None, None, 4),
    # --- more range shapes ------------------------------------------------------------
    (THU, "3-6 enero", "availability", "2027-01-03", "2027-01-06", None),
    (THU, "Enero 3 al 6", "availability", "2027-01-03", "2027-01-06", None),
    (THU, "del vie 11 al dom 13", "availability", "2026-12-11", "2026-12-13", None),
    (
        THU,
        "llegaríamos el viernes 11 y nos iríamos el domingo 13",
        "availability",
        "2026-12-11",
        "2026-12-13",
        None,
    ),
    (THU, "el lunes 14", "availability", "2026-12-14", None, None),
    (THU, "salida el 18, entrada el 15", "availability", "2026-12-15", "2026-12-18", None),
    (
        THU,
        "hasta el 2 de enero desde el 28 de diciembre",
        "availability",
        "2026-12-28",
        "2027-01-02",
        None,
    ),
    (THU, "2027-01-20", "availability", "2027-01-20", None, None),
    (THU, "7 días desde el 2 de enero", "availability", "2027-01-02", "2027-01-09", None),
    (THU, "hay algo para esta noche?", "availability", "2026-11-26", None, None),
    (THU, "el finde que viene", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "fin de semana largo de diciembre", "availability", None, None, None),
    # Consecutive days joined by "y" are the nights; "sábado y domingo" is one night.
    (THU, "el 24 y 25 de diciembre", "availability", "2026-12-24", "2026-12-26", None),
    (THU, "este viernes y sábado", "availability", "2026-11-27", "2026-11-29", None),
    (THU, "viernes, sábado y domingo", "availability", "2026-11-27", "2026-11-30", None),
    (THU, "sábado y domingo", "availability", "2026-11-28", "2026-11-29", None),
    (THU, "el 15 y el 18", "availability", "2026-12-15", "2026-12-18", None),
    # --- more party shapes ------------------------------------------------------------
    (THU, "somos 2 matrimonios", "availability", None, None, 4),
    (THU, "somos mi mujer, yo y 3 chicos", "availability", None, None, 5),
    (THU, "yo, mi esposa y mis 3 hijos", "availability", None, None, 5),
    (THU, "mis viejos y yo", "availability", None, None, 3),
    (THU, "mi mamá y yo", "availability", None, None, 2),
    (THU, "yo y mi hermana", "availability", None, None, 2),
    (THU, "con mi esposa y los chicos", "unknown", None, None, None),
    (THU, "2 adultos, 1 adolescente y 1 bebé de 6 meses", "availability", None, None, 4),
    (THU, "somos 4 y un perro", "availability", None, None, 4),
    (THU, "tenemos 2 nenes de 3 y 5", "unknown", None, None, None),
    (THU, "2 nenes y 2 adultos", "availability", None, None, 4),
    (THU, "somos 2 + 1 bebé", "availability", None, None, 3),
    (THU, "somos 10, 6 adultos y 4 menores", "availability", None, None, 10),
    (THU, "familia tipo", "availability", None, None, 4),
    (THU, "somos 60", "unknown", None, None, None),
    # --- deferrals and times are not stay dates ---------------------------------------
    (THU, "mañana te confirmo", "unknown", None, None, None),
    (THU, "el viernes te aviso", "unknown", None, None, None),
    (THU, "hoy estuve viendo la página, hermosas las cabañas", "unknown", None, None, None),
    (THU, "a las 10 de la mañana llegamos", "unknown", None, None, None),
]


@pytest.mark.parametrize(STAY_COLUMNS, STAYS)
def test_stay(
    today: date,
    text: str,
    intent: str,
    check_in: str | None,
    check_out: str | None,
    guests: int | None,
) -> None:
    assert_stay(today, text, intent, check_in, check_out, guests)


# (message, intent, topic) with today = THU
INTENT_CASES: list[tuple[str, str, str | None]] = [
    # greetings
    ("hola", "greeting", None),
    ("holaaa", "greeting", None),
    ("Holaa!!", "greeting", None),
    ("buenas", "greeting", None),
    ("buenasss", "greeting", None),
    ("buen dia", "greeting", None),
    ("Buen día!", "greeting", None),
    ("buenas tardes", "greeting", None),
    ("buenas noches", "greeting", None),
    ("que tal, como va?", "greeting", None),
    ("hola que tal", "greeting", None),
    ("👋", "greeting", None),  # round 9: a wave alone says hello (the bot greets back)
    # thanks
    ("gracias", "thanks", None),
    ("graciasss", "thanks", None),
    ("genial gracias", "thanks", None),
    ("mil gracias!!", "thanks", None),
    ("muchas gracias, nos vemos", "thanks", None),
    ("hola, gracias por responder", "thanks", None),
    ("ok grax", "thanks", None),
    ("te agradezco", "thanks", None),
    # goodbyes close the conversation like a thanks
    ("chau", "thanks", None),
    ("nos vemos", "thanks", None),
    ("bueno, hasta luego", "thanks", None),
    ("reservamela", "book", None),
    # human
    ("quiero hablar con una persona", "human", None),
    ("puedo hablar con alguien?", "human", None),
    ("quiero hablar con el dueño", "human", None),
    ("me comunicas con un humano?", "human", None),
    ("operador", "human", None),
    ("pasame con un asesor", "human", None),
    ("sos un bot?", "human", None),
    ("llamame porfa", "human", None),
    ("prefiero hablar por telefono", "human", None),
    ("no entiendo nada, quiero que me atienda una persona", "human", None),
    ("quiero modificar la reserva", "human", None),
    ("quiero cambiar la fecha de mi reserva", "human", None),
    ("hola, hablar con una persona real, necesito cancelar", "human", None),
    # cancel
    ("necesito cancelar mi reserva", "cancel", None),
    ("quiero cancelar", "cancel", None),
    ("quiero anular la reserva", "cancel", None),
    ("me quiero dar de baja", "cancel", None),
    ("cancelo la reserva del 15 al 18", "cancel", None),
    ("no vamos a poder ir, cancelamos", "cancel", None),
    ("cancelar", "cancel", None),
    ("puedo cancelar mi reserva?", "cancel", None),
    ("quiero saber si puedo cancelar", "info", "cancellation"),
    # cancellation policy questions are info
    ("cual es la politica de cancelacion?", "info", "cancellation"),
    ("si cancelo me devuelven la seña?", "info", "cancellation"),
    ("que pasa si cancelo?", "info", "cancellation"),
    # book
    ("quiero reservar", "book", None),
    ("como hago para reservar?", "book", None),
    ("quiero hacer una reserva", "book", None),
    ("confirmo la reserva", "book", None),
    ("reservame la cabaña", "book", None),
    ("como hago para señar?", "book", None),
    ("quiero reservar, cuanto sale?", "book", None),
    ("dale, lo tomo", "book", None),
    ("RESERVAR 15/12 AL 18/12 2 PERSONAS", "book", None),
    # prices
    ("cuanto sale?", "prices", None),
    ("cuánto cuesta la noche?", "prices", None),
    ("precio?", "prices", None),
    ("me pasás las tarifas", "prices", None),
    ("que valor tiene por noche?", "prices", None),
    ("cuanto es la seña?", "prices", "payment"),
    ("hola, me pasas precios?", "prices", None),
    ("xq tan caro? cuanto cuesta en enero?", "prices", None),
    ("y cuanto me cobran por el perro?", "prices", "pets"),
    ("hay descuento por semana?", "prices", None),
    ("es x noche o x persona?", "prices", None),
    ("cuanto hay que dejar de seña?", "prices", "payment"),
    # availability without dates
    ("tienen lugar?", "availability", None),
    ("hay disponibilidad?", "availability", None),
    ("tenes algo libre?", "availability", None),
    ("disponibilida?", "availability", None),
    ("esta disponible la cabaña?", "availability", None),
    ("hola, tienen lugar?", "availability", None),
    ("en enero", "availability", None),
    ("tienen lugar en marzo?", "availability", None),
    # info topics
    ("aceptan mascotas?", "info", "pets"),
    ("se puede llevar al perro", "info", "pets"),
    ("son pet friendly?", "info", "pets"),
    ("tienen wifi", "info", "wifi"),
    ("hay wi-fi?", "info", "wifi"),
    ("tienen internet?", "info", "wifi"),
    ("a que hora es el check in", "info", "checkin"),
    ("a qué hora se puede entrar?", "info", "checkin"),
    ("horario de ingreso?", "info", "checkin"),
    ("hasta que hora hay que dejar la cabaña", "info", "checkout"),
    ("a que hora es el checkout?", "info", "checkout"),
    ("check out hasta las 10?", "info", "checkout"),
    ("donde quedan", "info", "location"),
    ("dónde están ubicados?", "info", "location"),
    ("me pasas la direccion", "info", "location"),
    ("a cuanto queda del centro?", "info", "location"),
    ("tienen cochera?", "info", "parking"),
    ("tienen estacionamiento", "info", "parking"),
    ("hay lugar para el auto?", "info", "parking"),
    ("dónde estaciono?", "info", "parking"),
    ("donde dejamos el auto?", "info", "parking"),
    ("tiene parrilla", "info", "grill"),
    ("hay asador?", "info", "grill"),
    ("hay pileta", "info", "pool"),
    ("tienen piscina climatizada?", "info", "pool"),
    ("la cabaña tiene aire acondicionado?", "info", "amenities"),
    ("tiene calefaccion?", "info", "amenities"),
    ("hay que llevar sabanas?", "info", "linens"),
    ("incluye ropa de cama?", "info", "amenities"),
    ("tienen toallas?", "info", "linens"),
    ("incluye desayuno?", "info", "amenities"),
    ("sirven desayuno?", "info", "breakfast"),
    ("cuantas personas entran?", "info", "capacity"),
    ("tiene 2 dormitorios?", "info", "capacity"),
    ("se puede pagar con tarjeta?", "info", "payment"),
    ("aceptan mercado pago?", "info", "payment"),
    ("tienen fotos?", "info", "photos"),
    ("aceptan niños?", "info", "kids"),
    ("se puede fumar?", "info", "rules"),
    ("cuántas noches mínimo?", "info", "minimum_stay"),
    ("se paga todo por adelantado?", "info", "payment"),
    ("cuanto hay de distancia al centro?", "info", "location"),
    ("ya reservamos, a que hora podemos entrar?", "info", "checkin"),
    ("Hola, quería info", "info", None),
    (
        "ya tengo una reserva del 15 al 18, a que hora es el check in?",
        "info",
        "checkin",
    ),
    ("aceptan mascotas? somos 2", "availability", "pets"),
    # unknown
    ("jajaja", "unknown", None),
    ("listo", "unknown", None),
    ("vamos a mar del plata", "unknown", None),
    ("que lindo lugar, precioso", "unknown", None),
    ("el nro de reserva es 45821", "unknown", None),
]


@pytest.mark.parametrize(("text", "intent", "topic"), INTENT_CASES)
def test_intent_and_topic(text: str, intent: str, topic: str | None) -> None:
    got = parse(text, THU)
    assert (got.intent, got.topic) == (intent, topic)


# (message, nights, month) with today = THU
NIGHTS_AND_MONTHS: list[tuple[str, int | None, int | None]] = [
    ("3 noches", 3, None),
    ("una noche", 1, None),
    ("dos noches", 2, None),
    ("una semana", 7, None),
    ("2 semanas", 14, None),
    ("un par de noches", 2, None),
    ("una semana en enero", 7, 1),
    ("en enero", None, 1),
    ("para febrero", None, 2),
    ("en setiembre?", None, 9),
    ("tienen lugar en dic?", None, 12),
    ("precio para 2 personas 3 noches en enero?", 3, 1),
    ("del 15 al 18 de diciembre", 3, None),
    ("buenas noches", None, None),
    ("vamos a mar del plata", None, None),
    ("para el finde largo de diciembre", None, 12),
    ("por 5 días", 5, None),
    ("3 dias 2 noches", 2, None),
    ("hace 2 días les escribí", None, None),
    ("en 3 días vamos", None, None),
]


@pytest.mark.parametrize(("text", "nights", "month"), NIGHTS_AND_MONTHS)
def test_nights_and_month(text: str, nights: int | None, month: int | None) -> None:
    got = parse(text, THU)
    assert (got.nights, got.month) == (nights, month)


# (message, choice, affirm, deny)
REPLIES: list[tuple[str, int | None, bool, bool]] = [
    ("2", 2, False, False),
    ("la 2", 2, False, False),
    ("la 2 porfa", 2, False, False),
    ("opcion 3", 3, False, False),
    ("opción 1", 1, False, False),
    ("la segunda", 2, False, False),
    ("la primera", 1, False, False),
    ("me quedo con la 1", 1, False, False),
    ("si, la 2", 2, True, False),
    ("me gusta la opcion 2, cuanto sale?", 2, False, False),
    ("me interesa la cabaña 3", 3, False, False),
    ("quiero confirmar", None, True, False),
    ("si", None, True, False),
    ("sí", None, True, False),
    ("siii", None, True, False),
    ("Sí!", None, True, False),
    ("dale", None, True, False),
    ("daleee", None, True, False),
    ("ok", None, True, False),
    ("okey", None, True, False),
    ("confirmo", None, True, False),
    ("de una", None, True, False),
    ("perfecto, confirmo", None, True, False),
    ("de acuerdo", None, True, False),
    ("confirmar", None, True, False),
    ("👍", None, True, False),
    ("👍🏻", None, True, False),
    ("✅", None, True, False),
    ("🙏", None, False, False),
    ("mejor la 1", 1, False, False),
    ("no, la 2", 2, False, False),
    ("no", None, False, True),
    ("nop", None, False, True),
    ("noo", None, False, True),
    ("no gracias", None, False, True),
    ("no, mejor no", None, False, True),
    ("creo que no", None, False, True),
    ("por ahora no", None, False, True),
    ("no me sirve", None, False, True),
    ("no tienen lugar?", None, False, False),
    ("no se", None, False, False),
    ("si tienen lugar avisame", None, False, False),
    ("mañana te confirmo", None, False, False),
    ("de una semana", None, False, False),
    ("15", None, False, False),
]


@pytest.mark.parametrize(("text", "choice", "affirm", "deny"), REPLIES)
def test_replies(text: str, choice: int | None, affirm: bool, deny: bool) -> None:
    got = parse(text, THU)
    assert (got.choice, got.affirm, got.deny) == (choice, affirm, deny)


NORMALIZED: list[tuple[str, str]] = [
    ("¡Hólá! ¿Cómo están?", "hola como estan"),
    ("holaaa", "hola"),
    ("Graciasss!!! 🙏🙏", "gracias"),
    ("buenasss", "buenas"),
    ("q onda, xq no me contestan?", "que onda porque no me contestan"),
    ("pq x noche?", "porque por noche"),
    ("dsp te confirmo", "despues te confirmo"),
    ("Tenés lugar?", "tenes lugar"),
    ("MAÑANA", "manana"),
    ("15/12 al 18/12", "15/12 al 18/12"),
    ("15 / 12", "15/12"),
    ("15 - 18 de enero", "15 - 18 de enero"),
    ("del 15 al 18 de dic.", "del 15 al 18 de dic"),
    ("wi-fi", "wi fi"),
    ("4pax", "4 pax"),
    ("14hs", "14 hs"),
    ("el 1ro de enero", "el 1 de enero"),
    ("$50.000", "$ 50.000"),
    ("disponibilida", "disponibilidad"),
    ("dicienbre", "diciembre"),
    ("diciembr", "diciembre"),
    ("febreo", "febrero"),
    # ordinary words stay untouched by the typo matcher
    ("junto", "junto"),
    ("entero", "entero"),
    ("mayor", "mayor"),
    ("cuando", "cuando"),
    ("cuenta", "cuenta"),
    ("precioso", "precioso"),
    ("vienes", "vienes"),
    ("abrir", "abrir"),
    ("mejores", "mejores"),
    ("perdona", "perdona"),
    ("", ""),
    ("   ", ""),
]


@pytest.mark.parametrize(("text", "expected"), NORMALIZED)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_understanding_is_frozen_and_complete() -> None:
    got = parse("hola", THU)
    assert isinstance(got, Understanding)
    with pytest.raises(AttributeError):
        got.intent = "book"  # type: ignore[misc]
    assert got.intent in INTENTS
    assert "pets" in TOPICS and "cancellation" in TOPICS
    assert got.text == "hola"
    assert got.greeted


def test_a_goodbye_is_flagged_so_the_bot_says_goodbye() -> None:
    assert parse("chau!", THU).farewell and parse("bueno, nos vemos", THU).farewell
    assert not parse("gracias", THU).farewell
    assert not parse("hola, hasta cuándo hay lugar?", THU).farewell


def test_topics_lists_every_topic_in_order() -> None:
    got = parse("tienen wifi y pileta? aceptan perros?", THU)
    assert got.topics == ("wifi", "pool", "pets")
    assert got.topic == "wifi"


def test_every_intent_is_reachable() -> None:
    seen = {parse(text, THU).intent for _, text, *_ in STAYS} | {i for _, i, _ in INTENT_CASES}
    assert seen == set(INTENTS)


def test_check_out_is_always_after_check_in() -> None:
    for today, text, *_ in STAYS:
        got = parse(text, today)
        if got.check_in and got.check_out:
            assert got.check_out > got.check_in, text
            assert got.nights == (got.check_out - got.check_in).days, text


def test_a_short_message_is_understood_once_per_day():
    # bot.nlu caches short messages ("hola", "sí", "1"): most guests send the same ones.
    from bot.nlu import parse_fresh

    today = date(2026, 11, 27)
    assert parse("hola", today) is parse("hola", today)
    assert parse("hola", today) == parse_fresh("hola", today)
    tomorrow = parse("llegamos mañana", today)
    assert tomorrow.check_in == date(2026, 11, 28)
    assert parse("llegamos mañana", date(2026, 12, 1)).check_in == date(2026, 12, 2)
    long = "hola, somos 4 y queremos ir del 15 al 18 de diciembre, ¿tienen lugar?"
    assert parse(long, today) == parse_fresh(long, today)
    assert parse(long, today) is not parse(long, today)  # a long message is parsed each time


@pytest.mark.parametrize(
    "text",
    [
        "pasame el alias y te transfiero la seña",
        "me pasás el CBU que te deposito la seña?",
        "mandame los datos bancarios y hago la seña",
        "cual es el alias? asi te giro la seña",
    ],
)
def test_the_account_asked_for_with_the_deposit_is_a_transfer_asked_not_a_yes(text):
    # "ya te transfiero la seña" books (round 21); with the bank details asked for, the guest
    # wants to transfer rather than pay the link: the payment terms, not a hold.
    said = parse(text, date(2026, 11, 27))
    assert said.intent != "book" and said.topic == "payment"
    assert parse("ya te transfiero la seña", date(2026, 11, 27)).intent == "book"
