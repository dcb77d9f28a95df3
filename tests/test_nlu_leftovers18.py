"""Rows for bot.nlu, session 18: leftovers the conversation QA noticed and left alone
(README, Understanding).

- Text typed without spaces: "del3al6demarzopara2" read December. The digits were already
  split from the letters; the word left between them, "demarzopara", is three words glued
  (a short word on each side of a key word), which the two-way split of round 14 could not
  cut. A key word with a glue word ("de", "del", "al", "para", "hasta"…) on each side is now
  cut in three; only those glue words may surround it, so a real word is never cut.
- "El finde del 8 de diciembre" with the 8th a Tuesday (a national holiday) read the
  weekend after it, 11 → 13 (round 9's rule for a Tuesday to Thursday). Decided: a weekend
  named by a holiday on a fixed date (Ley 27.399's "inamovibles": 1/1, 24/3, 2/4, 1/5,
  25/5, 20/6, 9/7, 8/12, 25/12) that falls on a Tuesday or a Thursday is the long weekend
  that holiday makes, as "el finde largo del 8" already reads (round 19: Friday to a
  Tuesday, a Thursday to Sunday; the Monday or Friday between is the bridge). A guest who
  names a weekend by the holiday means the days off around it, not the next weekend. Any
  other Tuesday or Thursday ("el finde del 10 de diciembre") keeps round 9's reading, and a
  Wednesday holiday too (no bridge joins it to a weekend).
"""

from __future__ import annotations

from datetime import date

from tests.nlu_support import AV, OpenRow, table
from tests.nlu_support import check_open_row as check

FRI = date(2026, 11, 27)  # 8/12/2026 is a Tuesday, 25/5/2027 a Tuesday, 24/3/2027 a Wednesday

GLUED: list[OpenRow] = [
    (FRI, "del3al6demarzopara2", AV, "2027-03-03", "2027-03-06", 2, None),
    (FRI, "del15al18deeneropara4", AV, "2027-01-15", "2027-01-18", 4, None),
    (FRI, "Del3Al6DeMarzoPara2", AV, "2027-03-03", "2027-03-06", 2, None),
    (FRI, "hola!del 3 al 6 demarzopara 2 personas", AV, "2027-03-03", "2027-03-06", 2, None),
    # Guards: the two-way splits of round 14 and words that are not glued.
    (FRI, "del 3 al 6 demarzo para 2", AV, "2027-03-03", "2027-03-06", 2, None),
    (FRI, "del 3 al 6 de marzo para 2", AV, "2027-03-03", "2027-03-06", 2, None),
    (FRI, "estefinde somos 2", AV, "2026-11-27", "2026-11-29", 2, None),
]


@table(GLUED)
def test_words_glued_around_a_month_are_split(row: OpenRow) -> None:
    check(row)


HOLIDAY_WEEKENDS: list[OpenRow] = [
    # Tuesday holidays: Friday to it (the Monday between is the bridge).
    (FRI, "el finde del 8 de diciembre", AV, "2026-12-04", "2026-12-08", None, None),
    (FRI, "el finde del 8 de diciembre para 4", AV, "2026-12-04", "2026-12-08", 4, None),
    (FRI, "el fin de semana del 8 de diciembre", AV, "2026-12-04", "2026-12-08", None, None),
    (FRI, "el finde del 25 de mayo", AV, "2027-05-21", "2027-05-25", None, None),
    # A Thursday holiday: from it to Sunday (the Friday between is the bridge).
    (FRI, "el finde del 1 de abril", AV, "2027-04-02", "2027-04-04", None, None),  # no holiday
    (FRI, "el finde del 1 de mayo", AV, "2027-04-30", "2027-05-02", None, None),  # a Saturday
    (date(2027, 1, 1), "el finde del 20 de junio", AV, "2027-06-18", "2027-06-20", None, None),
    (date(2028, 1, 2), "el finde del 25 de mayo", AV, "2028-05-25", "2028-05-28", None, None),
    # Said as long, as before (round 19).
    (FRI, "el finde largo del 8 de diciembre", AV, "2026-12-04", "2026-12-08", None, None),
    # Guards: a Tuesday or Thursday that is no holiday, and a Wednesday holiday.
    (FRI, "el finde del 10 de diciembre", AV, "2026-12-11", "2026-12-13", None, None),
    (FRI, "el finde del 15 de diciembre", AV, "2026-12-18", "2026-12-20", None, None),
    (FRI, "el finde del 24 de marzo", AV, "2027-03-26", "2027-03-28", None, None),
]


@table(HOLIDAY_WEEKENDS)
def test_a_weekend_named_by_a_holiday_is_its_long_weekend(row: OpenRow) -> None:
    check(row)
