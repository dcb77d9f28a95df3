"""Rows for bot.nlu, round 24: the previous rounds' leftovers, each a general rule (README,
Understanding).

- The writer left out of a party they describe ("mi hermana y su marido, yo no voy a ir"):
  an emphatic "yo" before the writer's own "no voy"/"no puedo" after others named as the
  party is no cancel; said alone, or after someone else dropped out, it still is one.
- The bot scorned ("bot de porquería", "bot inútil", "qué porquería de bot", "no sirve este
  bot", "sos un inútil"): a word of scorn beside the machine, either side, or "no sirve /
  anda / funciona" beside it, wants a person (`human`), as "bot de mierda" did; the same
  words about the cabin ("la ducha es una porquería") or a neutral "bot de WhatsApp" do not.
- Babies (checked, no change): a baby is a guest like any other (README: babies count toward
  a cabin's capacity; CONTRACT §6 sums "N adultos y M bebés"), and "somos N con X" counts X
  among the N when X alone cannot be the whole party (round 8: "somos 2 con 2 chicos" = 4,
  "somos 5 con 3 chicos" = 5). So "somos 2 con mi bebé" is the writer and the baby, 2, as
  "somos 2 con el nene" is; adults counted apart ("2 adultos y un bebé", "somos 2 adultos
  con mi bebé") or the baby added ("somos 2 y el bebé", "somos 2 más el bebé") make 3.
  These rows pin that reading (they passed before this round).
"""

from __future__ import annotations

from datetime import date

from tests.nlu_support import ANY, AV, OpenRow, table
from tests.nlu_support import check_open_row as check

WED = date(2027, 1, 13)  # a Wednesday in the summer
CANCEL = "cancel"
HUMAN = "human"
NOT_HUMAN = "!human"
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


@table(WRITER_OUT)
def test_round24_writer_left_out(row: OpenRow) -> None:
    check(row)


SCORNED: list[OpenRow] = [
    (WED, "bot de porquería", HUMAN, None, None, None, None),
    (WED, "bot inútil", HUMAN, None, None, None, None),
    (WED, "no sirve este bot", HUMAN, None, None, None, None),
    (WED, "que bot de cuarta", HUMAN, None, None, None, None),
    (WED, "qué porquería de bot", HUMAN, None, None, None, None),
    (WED, "este robot es un desastre", HUMAN, None, None, None, None),
    (WED, "sos un inútil", HUMAN, None, None, None, None),
    (WED, "bot pelotudo no me entendés nada", HUMAN, None, None, None, None),
    (WED, "el contestador no anda", HUMAN, None, None, None, None),
    (WED, "robot inservible", HUMAN, None, None, None, None),
    # Not the bot scorned.
    (WED, "la ducha es una porquería", NOT_HUMAN, None, None, None, None),
    (WED, "es un bot de whatsapp?", ANY, None, None, None, None),
    (WED, "que malo, lo siento", NOT_HUMAN, None, None, None, None),
    (WED, "el wifi no sirve", NOT_HUMAN, None, None, None, None),
]


@table(SCORNED)
def test_round24_bot_scorned(row: OpenRow) -> None:
    check(row)


BABIES: list[OpenRow] = [
    (WED, "somos 2 con mi bebé", AV, None, None, 2, None),
    (WED, "somos 2 con mi bebé de 6 meses", AV, None, None, 2, None),
    (WED, "somos dos con la beba", AV, None, None, 2, None),
    (WED, "somos 3 con el bebé", AV, None, None, 3, None),
    (WED, "somos 2 con 2 bebés", AV, None, None, 4, None),
    (WED, "2 adultos y un bebé", AV, None, None, 3, None),
    (WED, "somos 2 adultos con mi bebé", AV, None, None, 3, None),
    (WED, "somos 2 y el bebé", AV, None, None, 3, None),
    (WED, "somos 2 más el bebé", AV, None, None, 3, None),
]


@table(BABIES)
def test_round24_babies_counted_as_guests(row: OpenRow) -> None:
    check(row)
