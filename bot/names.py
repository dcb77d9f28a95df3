"""The words of a WhatsApp profile name we may greet a guest by.

Profile names are whatever people typed: "🌸 Lucía 🌸", "LUCIA GOMEZ", "Dr. Pablo Ruiz",
"~ Mari ~", or a business ("Turismo Sur", "Inmobiliaria Patagonia"). A greeting reads
naturally only with a person's name, written as names are written; anything else is better
left out ("¡Hola!") than echoed ("¡Hola, Turismo!", "¡Hola, 🌸!").
"""

from __future__ import annotations

import re
import unicodedata

# The letters of a word, once emojis and decorations around it are dropped: "💕Flor💕",
# "~Mari~", "Dr." ("'" and "-" stay inside names: "D'Angelo", "Ana-Laura").
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# Titles before a name, never the name itself.
_TITLES = frozenset(
    {"dr", "dra", "sr", "sra", "srta", "lic", "ing", "prof", "profe", "arq", "cr", "cra",
     "don", "dona", "doc", "mr", "mrs", "ms"}
)  # fmt: skip
# Words that make a profile name a business, a group or a place, not a person: a guest
# writing from "Turismo Sur" is greeted without a name.
_NOT_PEOPLE = frozenset(
    {"turismo", "tur", "tours", "tour", "travel", "viajes", "agencia", "inmobiliaria",
     "propiedades", "cabanas", "cabana", "hotel", "hostel", "hosteria", "apart", "alquiler",
     "alquileres", "servicios", "transporte", "transportes", "remis", "taxi", "empresa",
     "consultora", "estudio", "sa", "srl", "sas", "ltda", "tienda", "shop", "store", "ventas",
     "club", "asociacion", "fundacion", "escuela", "colegio", "instituto", "municipalidad",
     "kiosco", "ferreteria", "restaurante", "restaurant", "cafe", "panaderia", "distribuidora",
     "comercial", "construcciones", "seguros", "automotores", "eventos", "excursiones",
     "lodge", "resort", "spa", "posada", "complejo", "familia", "flia", "casa", "grupo",
     "inversiones", "negocios", "oficina", "administracion", "hogar", "outlet",
     "catering", "peluqueria", "estetica", "farmacia", "veterinaria", "taller", "clinica"}
)  # fmt: skip


# A profile name opening with an article is a nickname ("El Tano", "La Colo").
_ARTICLES = frozenset({"el", "la", "los", "las", "lo"})


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _as_written(word: str) -> str:
    # "LUCIA" and "lucia" are typed that way, not names written that way; "McKenzie" is.
    if word.isupper() or word.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


def person_words(name: str | None) -> list[str]:
    """The words of `name` a greeting may use, in order and written as names are; empty
    when it is no person's name (a business, only emojis or initials)."""
    words = [found[0] for part in (name or "").split() if (found := _WORD.search(part))]
    if any(_plain(w) in _NOT_PEOPLE for w in words):
        return []
    while words and _plain(words[0]) in _TITLES:
        words = words[1:]
    if words and _plain(words[0]) in _ARTICLES:
        return []  # "El Negro", "La Flaca": a nickname, not "¡Hola, El!"
    if not words or len(words[0]) < 2:
        return []  # "J. P." or "." : no name to say
    return [_as_written(w) for w in words]


# Common Argentine first names (plain: lowercase, no accents). "soy maria" typed in lowercase
# is a name when the word is one of these (bot.handlers.said_name); a name missing here is
# still taken capitalised, after "me llamo", or alone after a greeting ("hola soy yamila!").
COMMON_FIRST_NAMES = frozenset(
    """
    maria ana laura lucia sofia valentina camila martina agustina florencia julieta carolina
    gabriela natalia paula daniela micaela victoria romina silvina andrea claudia patricia
    marta susana graciela silvia monica veronica mariana luciana juliana cecilia alejandra
    lorena vanesa soledad celeste belen milagros rocio jesica jessica erica angelica
    guadalupe josefina catalina emilia isabel ines elena beatriz norma alicia rosa carmen
    mercedes noelia melina pamela yanina marcela viviana adriana sandra stella flor mari
    nadia sabrina eugenia antonella delfina candela abril pilar clara julia lourdes dora
    flora aurora
    juan jose carlos luis jorge pablo martin diego javier alejandro fernando sergio daniel
    marcelo gustavo ricardo roberto eduardo miguel pedro mario hector oscar raul ruben
    sebastian matias nicolas lucas santiago facundo federico gonzalo ignacio joaquin tomas
    agustin franco bruno emiliano leandro maximiliano ezequiel cristian damian hernan
    mauricio claudio esteban francisco andres manuel antonio marcos gabriel rodrigo walter
    dario hugo alberto enrique guillermo horacio alfredo mariano leonardo emanuel julian
    fabian adrian ramon nestor victor cesar rafael lautaro thiago benjamin bautista valentin
    """.split()
)
