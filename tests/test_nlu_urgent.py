"""Emergencies told at the cabin (`Understanding.urgent`): the kind, and what is no emergency."""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu import parse

TODAY = date(2026, 11, 12)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("hay olor a gas en la cocina", "gas"),
        ("huele a gas!!", "gas"),
        ("creo que hay una pérdida de gas", "gas"),
        ("se prendió fuego la estufa", "fire"),
        ("hay humo en el living, no sé de dónde sale", "fire"),
        ("hay un incendio en el bosque cerca de la cabaña", "fire"),
        ("olor a quemado en el enchufe", "fire"),
        ("mi hijo se cayó de la escalera y se golpeó la cabeza", "injury"),
        ("mi marido se cortó la mano con un vidrio", "injury"),
        ("está sangrando mucho, hay guardia cerca?", "injury"),
        ("le picó una avispa y es alérgico", "injury"),
        ("se inundó el baño", "flood"),
        ("se rompió un caño y sale agua por todos lados", "flood"),
        ("no hay agua", "no_water"),
        ("estamos sin agua desde la mañana", "no_water"),
        ("nos quedamos afuera, no podemos entrar", "locked_out"),
        ("llegamos y nadie nos abre", "locked_out"),
        ("nos robaron el auto en la puerta de la cabaña", "robbery"),
        ("no anda el calefón y es urgente, tenemos un bebé", "other"),
    ],
)
def test_an_emergency_is_told_apart_and_goes_to_a_person(text, kind):
    said = parse(text, TODAY)
    assert (said.urgent, said.intent, said.problem) == (kind, "human", True)


@pytest.mark.parametrize(
    "text",
    [
        "no anda el wifi",  # a problem, for a person soon, not an emergency
        "se cortó la luz",
        "perdí la llave",
        "no hay agua caliente",
        "¿no hay agua?",  # asked before booking: what the cabin has
        "¿se puede hacer fuego afuera?",
        "¿cómo prendo el fuego del hogar?",
        "necesito una respuesta urgente, ¿tienen lugar el finde?",
        "me lastimé la rodilla, tengo que cancelar la reserva",  # why they cancel
    ],
)
def test_what_is_no_emergency(text):
    assert parse(text, TODAY).urgent is None
