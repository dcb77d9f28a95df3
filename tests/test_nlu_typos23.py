"""Session 23 (h1): how real guests mistype, swept.

A scratch sweep took 1,500 phrases with dates or a party from the NLU tables and wrote
each of them 30-odd ways a guest does on WhatsApp: no accents, all lowercase or capitals,
stretched letters, a month or number word with a letter dropped, doubled, swapped or
respelled (b/v, s/c/z, ll/y), chat shorthand, no space or two around the numbers, emojis
between the words, punctuation dropped or doubled. Each reading was compared with the
phrase's own. Most families already read the same; these did not, and now do:

- a number word misspelled where a day of the month stands ("del die al quince", "al
  cico de enero", "hasta el sei", "trenita"), and "el treinta y un de diciembre";
- a short month one letter off where a month stands ("la semana de abil", "en eero",
  "10 myao", "abri del 1 al 5", "de mallo");
- a party's number misspelled beside couples, families or months ("tes parejas", "doz
  meses", "familia de cuato"), or autocorrected into a real word ("somos cuarto", "sis
  pax");
- "para el 12, no el 13" in capitals, with an emoji after the comma, or "no el13";
- two spaces around a range's dash ("enero 8  - 12"), "del 22 - 12 al 26 - 12";
- a pasted form's label misspelled, singular or stretched ("Adulos: 2", "Noche: 4",
  "Niñossss: 2"), an emoji after its colon;
- "la 1era semanaaa de enero".

Left as they are, being ambiguous: "juio" (junio or julio), "maro"/"mazo" (marzo or
mayo), "trec" (tres or trece), "oce" (once or doce), "doc" (dos or doce).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

SAT = date(2026, 11, 28)  # a Saturday
# (today, message, check_in, check_out, guests), the days as ISO strings.
Row = tuple[date, str, str | None, str | None, int | None]


# A number word misspelled where a day of the month stands ("del die al quince", "al cico
# de enero"): only numbers are near there.
DAY_SLOT_ROWS: list[Row] = [
    (SAT, "del die al quince de enero", "2027-01-10", "2027-01-15", None),
    (
        SAT,
        "hay lugar del diz al doce de diciembre para dos adultos y dos chicos",
        "2026-12-10",
        "2026-12-12",
        4,
    ),
    (SAT, "somos seis del deiz al quince de enero", "2027-01-10", "2027-01-15", 6),
    (SAT, "del primero al cico de enero", "2027-01-01", "2027-01-05", None),
    (
        SAT,
        "queremos del dos al siee de febrero somos dos adultos y tres ninos",
        "2027-02-02",
        "2027-02-07",
        5,
    ),
    (SAT, "del dos al sei de enero", "2027-01-02", "2027-01-06", None),
    (SAT, "del uno al cnico de marzo", "2027-03-01", "2027-03-05", None),
    (SAT, "desde el dos hasta el sei somos tres", "2026-12-02", "2026-12-06", 3),
    (SAT, "desde el dos hasta el sis somos tres", "2026-12-02", "2026-12-06", 3),
    (
        SAT,
        "si dale reservamos para el deiz de enero cuatro noches somos tres",
        "2027-01-10",
        "2027-01-14",
        3,
    ),
    (SAT, "tienen lugar para el trenita y uno de diciembre", "2026-12-31", None, None),
    (SAT, "del veintiocho al trenita de diciembre", "2026-12-28", "2026-12-30", None),
    (SAT, "el treinta y un de diciembre", "2026-12-31", None, None),
    (SAT, "del ds al siete de enero", "2027-01-02", "2027-01-07", None),
    (SAT, "vamos del veintiocho de diciembre al ds de enero", "2026-12-28", "2027-01-02", None),
    (SAT, "EL TREINTA Y UN DE DICIEMBRE SOMOS 4", "2026-12-31", None, 4),
]

# A short month misspelled by one letter (3 or 4 letters, too short for the fuzzy match)
# where a month stands: after "de"/"en", beside a day; "ll" for "y".
MONTH_SLOT_ROWS: list[Row] = [
    (SAT, "la tercer semana de abil", "2027-04-15", "2027-04-22", None),
    (SAT, "para el primero de eero por tres noches", "2027-01-01", "2027-01-04", None),
    (SAT, "dos semanas en eneo desde el 2", "2027-01-02", "2027-01-16", None),
    (SAT, "10 myao", "2027-05-10", None, None),
    (SAT, "del 21 al 23 de mallo para 2", "2027-05-21", "2027-05-23", 2),
    (SAT, "feriado del 1 de mallo", "2027-04-30", "2027-05-02", None),
    (
        SAT,
        "hola, para la primera semana de mrzo tienen algo? somos 3",
        "2027-03-01",
        "2027-03-08",
        3,
    ),
    (SAT, "abri del 1 al 5", "2027-04-01", "2027-04-05", None),
    (SAT, "para ener del diez al veinte", "2027-01-10", "2027-01-20", None),
    (SAT, "en eneo, el segundo finde", "2027-01-08", "2027-01-10", None),
]

# A party's number misspelled: beside couples, groups and months too; autocorrect's real
# word ("cuarto", "sis") after "somos"/"para" or before a count.
PARTY_ROWS: list[Row] = [
    (SAT, "somos cuarto", None, None, 4),
    (SAT, "vamos cuarto personas", None, None, 4),
    (SAT, "para cuarto del primero al cinco de febrero", "2027-02-01", "2027-02-05", 4),
    (SAT, "sis pax", None, None, 6),
    (SAT, "somos sis adultos", None, None, 6),
    (SAT, "cuanto sale la cabana grande para sis", None, None, 6),
    (SAT, "tes parejas y un bebe", None, None, 7),
    (SAT, "tre parejas", None, None, 6),
    (SAT, "doz meses desde el 1 de enero", "2027-01-01", "2027-03-01", None),
    (SAT, "ds noches desde el 5 de enero", "2027-01-05", "2027-01-07", None),
    (SAT, "del diez al veinte de enero para una familia de cuato", "2027-01-10", "2027-01-20", 4),
    (SAT, "del 2 al 5 para una familia de cuarto", "2026-12-02", "2026-12-05", 4),
]

# "para el 12, no el 13" in capitals, with an emoji after the comma, or the day glued.
COMMA_NO_ROWS: list[Row] = [
    (SAT, "PARA EL 12, NO EL 13", "2026-12-12", None, None),
    (SAT, "para el 12, 🙏 no el 13", "2026-12-12", None, None),
    (SAT, "para el 12, no el13", "2026-12-12", None, None),
    (SAT, "QUERIA EL 20, NO EL 21", "2026-12-20", None, None),
    (SAT, "Para El 5, No El 6 🙏", "2026-12-05", None, None),
]

# Doubled spaces around a dash; "D - M al D - M".
SPACES_ROWS: list[Row] = [
    (SAT, "enero  8  -  12 somos 5", "2027-01-08", "2027-01-12", 5),
    (SAT, "enero 8  - 12", "2027-01-08", "2027-01-12", None),
    (SAT, "hay algo del 22 - 12 al 26 - 12", "2026-12-22", "2026-12-26", None),
    (SAT, "del 3 - 1 al 7 - 1 somos 2", "2027-01-03", "2027-01-07", 2),
]

# A pasted form's label misspelled, singular or stretched; an emoji after the colon.
FORM_ROWS: list[Row] = [
    (SAT, "Llegada: 23/12\nNoche: 4\nAdulos: 2\nNiñossss: 2", "2026-12-23", "2026-12-27", 4),
    (SAT, "Llegada: 23/12\nNoches: 4\nAdultos: 2\nNiños: 🤗 2", "2026-12-23", "2026-12-27", 4),
    (
        SAT,
        "Nombre: Andrea\nLlegada: lunes 30/11\nSalida: jueves 3/12\n"
        "Cantidad de adultos: 2\nCantidad de niños: 😅 1",
        "2026-11-30",
        "2026-12-03",
        3,
    ),
    (SAT, "Ingreso: 2/1\nNoches: 👉 3\nPersonas: 4", "2027-01-02", "2027-01-05", 4),
]

# "1era semanaaa": the first week with its noun stretched.
STRETCH_ROWS: list[Row] = [
    (SAT, "hay lugar la 1era semanaaaa de enero?", "2027-01-01", "2027-01-08", None),
    (SAT, "1er semanaaa de marzo somos 2", "2027-03-01", "2027-03-08", 2),
]


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


ROWS = [
    *DAY_SLOT_ROWS,
    *MONTH_SLOT_ROWS,
    *PARTY_ROWS,
    *COMMA_NO_ROWS,
    *SPACES_ROWS,
    *FORM_ROWS,
    *STRETCH_ROWS,
]


@pytest.mark.parametrize("row", ROWS, ids=[row[1][:50] for row in ROWS])
def test_a_mistyped_message_reads_as_the_guest_meant(row: Row) -> None:
    today, text, check_in, check_out, guests = row
    said = parse_fresh(text, today)
    assert (said.check_in, said.check_out, said.guests) == (_day(check_in), _day(check_out), guests)
