"""Rows for bot.nlu, round 24: the previous rounds' leftovers, each a general rule (README,
Understanding).

- The writer left out of a party they describe ("mi hermana y su marido, yo no voy a ir"):
  an emphatic "yo" before the writer's own "no voy"/"no puedo" after others named as the
  party is no cancel; said alone, or after someone else dropped out, it still is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.nlu_support import ANY, AV, OpenRow
from tests.nlu_support import check_open_row as check

WED = date(2027, 1, 13)  # a Wednesday in the summer
CANCEL = "cancel"
NOT_CANCEL = "!cancel"

WRITER_OUT: list[OpenRow] = [
    (WED, "mi hermana y su marido, yo no voy a ir", AV, None, None, 2, None),
    (WED, "mis viejos y mi tía, yo no voy a poder ir", AV, None, None, 3, None),
    (WED, "van mis suegros, yo no puedo ir", NOT_CANCEL, None, None, ANY, None),
    (WED, "es para mi mamá y mi tía, yo no voy a viajar", NOT_CANCEL, None, None, ANY, None),
    (WED, "ellos dos nomás, yo no voy a ir", NOT_CANCEL, None, None, ANY, None),
    (WED, "mi hijo con la novia del 20 al 23, yo no voy", AV, "2027-01-20", "2027-01-23", 2, None),
    # Still cancels: the writer alone, or someone else dropped out too.
    (WED, "yo no voy a poder ir", CANCEL, None, None, None, None),
    (WED, "mi hermana no viene y yo no puedo ir", CANCEL, None, None, ANY, None),
    (WED, "no voy a poder ir, cancelá la reserva", CANCEL, None, None, None, None),
]


@pytest.mark.parametrize("row", WRITER_OUT, ids=[f"{row[0]} {row[1][:50]}" for row in WRITER_OUT])
def test_round24_writer_left_out(row: OpenRow) -> None:
    check(row)
