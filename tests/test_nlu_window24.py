"""Session 24 (h4): nights said inside two wider days, a window for a shorter stay.

"entre el 10 y el 20 de marzo, 3 noches", "del 10 al 20 de marzo queremos 4 noches", "alguna
semana entre el 5 y el 25 de enero": the two days are where the stay may fall, not the stay.
`Understanding.window` is (first arrival, last departure), and check_in/check_out the first
stay of that length in it (as "la segunda quincena de enero, una semana" already reads). Only
two days of the message itself, joined "entre … y" or "del … al", with a length shorter than
the span: "del 10 al 13, 3 noches", a length alone ("1 noche más") or one day are no window.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse_fresh

D = date
SAT = D(2026, 11, 28)  # a Saturday; March and January are next year's


@pytest.mark.parametrize(
    ("text", "window", "check_out"),
    [
        ("entre el 10 y el 20 de marzo, 3 noches", (D(2027, 3, 10), D(2027, 3, 20)), 13),
        ("Entre el 10 y el 20 de Marzo 3 noches 🙏", (D(2027, 3, 10), D(2027, 3, 20)), 13),
        ("3 noches entre el 10 y el 20 de marzo", (D(2027, 3, 10), D(2027, 3, 20)), 13),
        ("3 noches en algún momento del 10 al 20 de marzo", (D(2027, 3, 10), D(2027, 3, 20)), 13),
        ("3 noches en algun momento del 10 al 20 de marzo", (D(2027, 3, 10), D(2027, 3, 20)), 13),
        (
            "del 10 al 20 de marzo queremos 4 noches, lo que tengan",
            (D(2027, 3, 10), D(2027, 3, 20)),
            14,
        ),
        ("desde el 10 hasta el 20 de marzo x 4 noches", (D(2027, 3, 10), D(2027, 3, 20)), 14),
        ("alguna semana entre el 5 y el 25 de enero", (D(2027, 1, 5), D(2027, 1, 25)), 12),
        ("una semana entre el 1 y el 20 de enero para 4", (D(2027, 1, 1), D(2027, 1, 20)), 8),
        ("entre el 5 y el 15 de marzo, dos noches", (D(2027, 3, 5), D(2027, 3, 15)), 7),
        ("entre el 5 y el 15 de marzo, dos nochecitas", (D(2027, 3, 5), D(2027, 3, 15)), 7),
    ],
)
def test_nights_inside_two_wider_days_are_a_window(text, window, check_out):
    said = parse_fresh(text, SAT)
    assert said.window == window, said
    assert said.check_in == window[0] and said.check_out == window[0].replace(day=check_out)
    assert said.nights == check_out - window[0].day


def test_two_lengths_in_a_window_are_the_first_and_the_other():
    said = parse_fresh("2 o 3 noches entre el 1 y el 15 de febrero", SAT)
    assert said.window == (D(2027, 2, 1), D(2027, 2, 15)), said
    assert (said.check_in, said.check_out, said.nights) == (D(2027, 2, 1), D(2027, 2, 3), 2)
    assert said.other_nights == 3 and said.other_stay is None, said


@pytest.mark.parametrize(
    "text",
    [
        "del 10 al 13 de marzo, 3 noches",  # the span is the length
        "del 10 al 20 de marzo",  # no length: the span is the stay
        "del 10 al 12 de marzo, 3 noches",  # a length longer than the span
        "no perdón, 1 noche más",  # a length alone
        "el 10 de marzo 3 noches",  # one day
        "el 10 y el 20 de marzo, 3 noches",  # no "entre"
        "la segunda quincena de enero, una semana",  # a span named, no two days
        "el 10 por 2 o 3 noches",
        # a length that changes the stay or tells a rule
        "del 10 al 20 de marzo una noche mas",
        "del 10 al 20 de marzo, 2 noches más 🙏",
        "tengo reserva del 10 al 20 de marzo, quiero agregar 2 noches",
        "del 10 al 20 de marzo, el minimo es 3 noches?",
        "entre el 10 y el 20 de marzo, la estadia minima es de 2 noches?",
    ],
)
def test_no_window_without_two_days_said_around_a_shorter_length(text):
    assert parse_fresh(text, SAT).window is None


def test_a_span_one_night_longer_than_the_length_is_a_miscount_not_a_window():
    said = parse_fresh("del 15 al 18 de marzo x 2 noches", SAT)
    assert said.window is None and (said.check_in, said.check_out) == (
        D(2027, 3, 15),
        D(2027, 3, 18),
    )
