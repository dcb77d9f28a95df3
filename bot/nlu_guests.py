"""Guest counts for bot.nlu: the party size from the tokens and the canonical text.

Numbers with a person noun ("2 adultos y 3 chicos"), a party prefix ("somos 4",
"para 4", "son 2", "somos unos 5", "familia de 5"), groups ("2 familias de 4"),
form-like messages ("adultos: 2, menores: 1"), "x 4" after a place, length or people noun, and
parties described without numbers ("en pareja", "mis viejos y yo", "solo yo",
"familia tipo"), with the members listed beside them ("mi esposa, mi hija y yo",
"mi mujer y yo con el bebé", "vamos 2 y mi suegra", "yo y mis 2 hijos", "yo y 3 amigos").
A bare count joined to the one just read adds to it ("somos 5 y 4", "2 + 2", "2 adultos
y 2"); after "o" the larger counts ("somos 4 o 5", like "entre 4 y 5 personas").

Not the party: people added to a party told before ("una persona más", "somos uno más",
"se suma uno más": the extra, see _more_people), someone asked about ("¿hay una persona de
mantenimiento?") and a pet ("aceptan perros? tenemos uno chiquito").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlu_dates import _day_before_party, _is_noun_after, _month_at
from bot.nlu_members import listed_members
from bot.nlu_patterns import (
    _CONSULT_BEFORE_RE,
    _COUNT_PLUS_RE,
    _COUNT_WITH_RE,
    _COUPLE_RE,
    _EXTRA_COMPANION_RE,
    _FAMILY_TYPE_RE,
    _OTHERS_PAIR_RE,
    _PARENTS_RE,
    _SOLO_RE,
    _UNCOUNTED_KIDS_ADDED_RE,
    _UNCOUNTED_KIDS_RE,
    _WITH_UNCOUNTED_KIDS_RE,
    _WRITER_WITH_KIDS_RE,
)
from bot.nlu_tokens import _text_at, _Tok
from bot.nlu_vocab import (
    _ADULT_NOUNS,
    _ARTICLES,
    _CHILD_NOUNS,
    _COUPLE_NOUNS,
    _DAY_PREFIX,
    _FIT_VERBS,
    _FRIEND_NOUNS,
    _PER_PARTY_WORDS,
    _PET_WORDS,
    _SIZE_NOUNS,
    _TOTAL_NOUNS,
    _TOTAL_PREFIX,
    _UNIT_WORDS,
    _WEEKDAYS,
)

_RELATIVE_DAYS = frozenset({"hoy", "manana", "pasadomanana"})
# Adults by age, not friends: "2 adultos" counts the people named beside it.
_ADULTS_COUNTED = _ADULT_NOUNS - _FRIEND_NOUNS
_PEOPLE_NOUNS = _TOTAL_NOUNS | _ADULT_NOUNS | _CHILD_NOUNS
# Who may come along after "más": "somos 4 más el bebé", "2 más mi suegra" join a count.
_MEMBER_WORDS = (
    _PEOPLE_NOUNS
    | _PET_WORDS
    | frozenset(
        """
        yo pareja novio novia esposo esposa marido mujer senora senor suegro suegra suegros
        mama papa madre padre vieja viejo viejos abuelo abuela abuelos hermano hermana primo
        prima tio tia amigo amiga cunado cunada sobrino sobrina nieto nieta
        """.split()
    )
)
_POSSESSIVES = frozenset("mi mis su sus tu tus nuestro nuestra nuestros nuestras".split())
# Before a bare "uno más" / "dos más": joining or being ("somos uno más", "se suma uno más",
# "¿hay lugar para uno más?", "¿podemos traer a uno más?").
_MORE_VERBS = frozenset(
    """
    somos son suma sumamos suman sumo sumaria sumarian sumar agrega agregamos agregan agrego
    agregar viene vienen vendria vendrian venimos va van vamos ir traer traemos traigo llevar
    llevamos llevo entra entran entramos entrar caben cabe cabemos para a hay habria es seria
    """.split()
)
# Adding people names no party, only who joins it: "quiero agregar una persona", "¿podemos
# sumar 2 adultos?" (with "más" or not).
_ADD_VERBS = frozenset(
    "agregar agrego agregamos agregan agregaria agregariamos sumar sumo sumamos sumaria".split()
)
# Someone asked about, not coming: "¿hay una persona de mantenimiento?", "¿tienen una
# persona de limpieza?".
_ASKED_ABOUT_BEFORE = frozenset("hay habra habria tienen tiene tenes tendran tendrian".split())
_SERVICE_AFTER = frozenset(
    """
    mantenimiento limpieza seguridad guardia recepcion turno contacto confianza atencion
    servicio administracion encargado encargada responsable
    """.split()
)
_SERVE_VERBS = frozenset(
    "llamar llame llamen llama atienda atiendan atender atiende conteste responda".split()
)
# Before a pet's count: "tenemos uno chiquito", "es uno grande", "llevamos uno chiquito".
_HAVE_VERBS = frozenset("tenemos tengo llevamos llevo traemos traigo es son".split())
# Units a party is split into: "3 cabañas para 4 personas cada una", "2 parejas con un nene
# cada una" (see _each_factor).
_EACH_UNITS = frozenset(
    """
    cabana cabanas cabanita cabanitas habitacion habitaciones dormitorio dormitorios cuarto
    cuartos depto deptos departamento departamentos casa casas pareja parejas matrimonio
    matrimonios familia familias grupo grupos auto autos
    """.split()
)


_VEHICLES = frozenset(
    "auto autos coche coches camioneta camionetas vehiculo vehiculos moto motos".split()
)


@dataclass(slots=True)
class _GuestCounts:
    total: int = 0
    adults: int = 0
    children: int = 0
    couples: int = 0  # people coming as couples: 2 per couple
    solo: int = 0
    children_added: bool = False  # "4 personas y un bebé": the children come on top


def _noun_category(toks: list[_Tok], i: int) -> str | None:
    """Category of the noun after the number at i ("sola"/"solo" may sit in between)."""
    j = i + 2 if _text_at(toks, i + 1) in ("sola", "solo", "mas") else i + 1
    word = _text_at(toks, j)
    if word in _TOTAL_NOUNS:
        return "total"
    if word in _ADULT_NOUNS:
        return "adults"
    if word in _CHILD_NOUNS:
        return "children"
    if word in _COUPLE_NOUNS and not _day_before_party(toks, i):
        return "couples"
    return None


def _adults_before_kids(toks: list[_Tok], i: int) -> bool:
    """ "2 y 2 chicos", "somos 3 + 1 nene": a bare count joined to a count of kids is
    the adults; not a day ("el 2 y 3 chicos") nor an age ("un nene de 8 y un bebé")."""
    prev = _text_at(toks, i - 1)
    if _text_at(toks, i + 1) not in ("y", "mas", "+") or prev == "de" or prev in _DAY_PREFIX:
        return False
    kids = toks[i + 2] if i + 2 < len(toks) else None
    return (
        kids is not None
        and kids.kind == "num"
        and not kids.used
        and _noun_category(toks, i + 2) == "children"
        and toks[i].text not in _ARTICLES
    )


def _per_category(toks: list[_Tok], i: int, ranged: bool) -> str | None:
    """ "x 4" / "por 4" counting people: "personas x 4", "adultos x 2" (that noun's
    group), "cabaña x 4", "lugar por 2", "2 noches x 4", "del 12 al 14 x 2" (the
    whole party: after a place, a length or a complete range nothing else is left
    for the number to be), "x 4" alone. "el 20 x 3" stays unread: 3 nights or 3 people.
    """
    if _text_at(toks, i - 1) != "por" or toks[i].text in _ARTICLES:
        return None
    # "adultos x 2 menores x 1": the noun after names the next group, not this number.
    if _is_noun_after(toks, i) and _text_at(toks, i + 2) != "por":
        return None
    before = _text_at(toks, i - 2)
    if before == "largo" and _text_at(toks, i - 3) == "finde":
        before = "finde"  # "el finde largo x 4"
    if category := _noun_category(toks, i - 3):
        return category if category != "couples" else None
    if before in _PER_PARTY_WORDS:
        return "total"
    if ranged and i >= 2 and _ends_date(toks[i - 2]) and not _month_at(toks, i + 1):
        return "total"
    # "cuánto sale x 2 del 15 al 18": a complete range right after leaves only people.
    if ranged and _text_at(toks, i + 1) in ("del", "desde") and i + 2 < len(toks):
        if _ends_date(toks[i + 2]):
            return "total"
    # A message that is only "x 4": the party size, the shorthand of "cabaña x 4".
    if i == 1 and len(toks) == 2:
        return "total"
    return None


def _ends_date(tok: _Tok) -> bool:
    """The token is a date: a day read ("del 12 al 14"), a weekday or "mañana" ("del
    viernes al domingo x 2")."""
    return tok.used or tok.text in _WEEKDAYS or tok.text in _RELATIVE_DAYS


def _more_people(toks: list[_Tok]) -> int:
    """People added to a party told before, their numbers marked used: "una persona más",
    "dos adultos más", "somos uno más", "se suma uno más", "¿hay lugar para uno más?";
    negative for people dropped ("somos uno menos", "una persona menos").

    A bare "uno más" needs a verb of joining or being before it ("quiero ver una más"
    asks for another option); a count joined to another ("somos 4 y uno más", "2 más
    2 chicos", "4 más el bebé") is the party itself, and "más o menos" is "about".
    """
    extra = 0
    for i, t in enumerate(toks):
        if t.kind != "num" or t.used or not 1 <= t.value <= 20:
            continue
        noun = _text_at(toks, i + 1) in _PEOPLE_NOUNS
        at = i + 2 if noun else i + 1
        if _text_at(toks, at) == "menos" and (noun or _more_after_verb(toks, i)):
            # "somos uno menos", "una persona menos": one fewer than the party we had, no
            # party of one (round 25); not "menos de 5".
            if _text_at(toks, at + 1) not in ("de", "que"):
                extra -= t.value
                t.used = True
            continue
        added = noun and _text_at(toks, i - 1) in _ADD_VERBS  # "agregar una persona"
        if not added and (_text_at(toks, at) != "mas" or not (noun or _more_after_verb(toks, i))):
            continue
        if _text_at(toks, at) == "mas" and _joins_a_count(toks, at + 1):
            continue
        extra += t.value
        t.used = True
    return extra


def _more_after_verb(toks: list[_Tok], i: int) -> bool:
    """A bare "uno más" alone or after a verb of joining or being ("somos", "se suma",
    "lugar para", "traer a")."""
    return i == 0 or _text_at(toks, i - 1) in _MORE_VERBS


def _joins_a_count(toks: list[_Tok], j: int) -> bool:
    """What follows "N más" at j makes it a sum or a comparison, not people added: a
    number, a member ("más el bebé", "más mi suegra"), "más o menos", "más de 10"."""
    after = toks[j] if j < len(toks) else None
    if after is None:
        return False
    if after.kind == "num" or after.text in _MEMBER_WORDS or after.text in _POSSESSIVES:
        return True
    if after.text in ("o", "de", "del", "que", "y"):
        return True
    return after.text in ("el", "la", "los", "las", "al") and _text_at(toks, j + 1) in _MEMBER_WORDS


# People dropping by, not staying: "vienen 2 amigos a comer", "pasan 3 a visitarnos".
_VISIT_VERBS = frozenset("vienen viene vendrian pasan caen".split())
_VISIT_ERRANDS = frozenset(
    "comer cenar almorzar merendar visitarnos visitar vernos saludar pasar tomar".split()
)


def _not_the_party(toks: list[_Tok], i: int) -> bool:
    """Someone asked about ("¿hay una persona de mantenimiento?") or a pet ("aceptan
    perros? tenemos uno chiquito"): a count that is no member of the party. Also the
    vehicles counted before ("vamos con 2 autos, ¿hay lugar para los dos?"), and visitors
    for a meal or an afternoon ("si vienen dos amigos a comer un asado")."""
    if _text_at(toks, i - 1) in _VISIT_VERBS:
        k = i + 2 if _text_at(toks, i + 1) in _PEOPLE_NOUNS | _FRIEND_NOUNS else i + 1
        if _text_at(toks, k) == "a" and _text_at(toks, k + 1) in _VISIT_ERRANDS:
            return True
    if _text_at(toks, i - 1) in ("los", "las") and any(
        toks[k].kind == "num" and toks[k].value == toks[i].value and
        _text_at(toks, k + 1) in _VEHICLES
        for k in range(max(i - 12, 0), i - 1)
    ):  # fmt: skip
        return True
    noun = _text_at(toks, i + 1)
    if (
        noun in _PEOPLE_NOUNS
        and toks[i].text in _ARTICLES
        and _text_at(toks, i + 2) == "que"
        and _text_at(toks, i + 3) in ("me", "nos", "te", "le", "les")
    ):
        return True  # "hablé con una chica que me dijo…": someone met, not coming
    if noun in _TOTAL_NOUNS and toks[i].text in _ARTICLES:
        if _text_at(toks, i - 1) in _ASKED_ABOUT_BEFORE:
            return True
        after = _text_at(toks, i + 2)
        # Someone to serve the writer: "que una persona me atienda", "me puede llamar una
        # persona al celular".
        if after in ("me", "nos") or _text_at(toks, i - 1) in _SERVE_VERBS:
            return True
        # "necesito una persona, no entiendo esto": a person asked for (a party of one
        # is "para una persona").
        if _text_at(toks, i - 1) in ("necesito", "necesitamos", "pido", "pedimos"):
            return True
        if after in _SERVICE_AFTER or (
            after in ("de", "del") and _text_at(toks, i + 3) in _SERVICE_AFTER
        ):
            return True
    if noun not in _SIZE_NOUNS or _text_at(toks, i - 1) not in _HAVE_VERBS:
        return False
    # The nearest pet named before, with no person or party word in between.
    for k in range(i - 2, max(i - 10, -1), -1):
        word = toks[k].text
        if word in _PET_WORDS:
            return True
        if word in _PEOPLE_NOUNS or word in _TOTAL_PREFIX or toks[k].used:
            return False
    return False


_CABIN_WORDS = frozenset("cabana cabanita casa casita".split())
_CABINS_SEEN = frozenset("cabanas cabanitas casas casitas".split())


def _names_a_cabin(toks: list[_Tok], i: int) -> bool:
    """ "la cabaña para 6", "la cabañita de 4", "la de 6 (personas)": the number at i is
    the size of a cabin pointed at with the article; so is the catalog's seen ("vi que
    tienen una cabaña para 6", "cabañas de hasta 6 personas", session 25)."""
    prev = _text_at(toks, i - 1)
    if prev == "hasta" and _text_at(toks, i - 2) in ("para", "de"):
        i, prev = i - 1, _text_at(toks, i - 2)
    if prev not in ("para", "de"):
        return False
    if _text_at(toks, i - 2) in ("la", "esa"):
        return prev == "de"  # "la de 6"; "la para 6" is no way to say it
    noun = _text_at(toks, i - 2)
    if noun in _CABINS_SEEN:
        return True
    return noun in _CABIN_WORDS and _text_at(toks, i - 3) in ("la", "esa", "una")


def _cabin_sizes(toks: list[_Tok]) -> frozenset[int]:
    """The numbers that size a cabin pointed at ("¿tienen la cabaña para 6 libre? somos
    5"), when the party is told beside them; alone ("la cabaña para 4 está libre?") the
    size is the party."""
    sizes = [i for i, t in enumerate(toks) if t.kind == "num" and _names_a_cabin(toks, i)]
    if not sizes:
        return frozenset()
    told = any(
        t.kind == "num"
        and not t.used
        and i not in sizes
        and (_is_party_size(toks, i) or _noun_category(toks, i) is not None)
        for i, t in enumerate(toks)
    )
    return frozenset(sizes) if told else frozenset()


def _count_guest_tokens(toks: list[_Tok], counts: _GuestCounts, ranged: bool) -> None:
    """Numbers with a person noun ("2 adultos") or a party prefix ("somos 4", "para 4")."""
    noun_first = _noun_first_layout(toks)
    last: tuple[int, str] | None = None  # the previous number counted, and its category
    chain = 0  # that count with the bare numbers joined to it ("2 + 2 + 2")
    sizes = _cabin_sizes(toks)
    for i, t in enumerate(toks):
        if t.kind != "num" or t.used or not 1 <= t.value <= 50 or i in sizes:
            continue
        if _not_the_party(toks, i) or _denied_count(toks, i):
            continue
        if _groups_of(toks, i, counts):
            continue
        factor = _each_factor(toks, i)
        if noun_first:
            category = _noun_category(toks, i - 2)  # "adultos: 2": the noun before the number
        else:
            category = (
                _per_category(toks, i, ranged)
                or _noun_category(toks, i)
                or ("total" if _is_party_size(toks, i) else None)
                or ("adults" if _adults_before_kids(toks, i) or _leading_sum(toks, i) else None)
            )
        if category is None and last and _bare_more(toks, i, last[0]):
            # "somos 5 y 4", "somos 2 + 2": more of the same group; "somos 4 o 5": the larger.
            field = last[1]
            either = _text_at(toks, i - 1) == "o"
            chain = max(chain, t.value) if either else chain + t.value
            if field == "total":
                # A sum told beside the total is its breakdown: "4 personas (2+2)" is 4,
                # "6 pax (2+2+2)" 6 (session 24: it read 6 and 10).
                counts.total = max(counts.total, chain)
            else:
                before = counts.adults
                counts.adults = max(before, t.value) if either else before + t.value
            t.used = True
            last = (i, field)
            continue
        joiner = _text_at(toks, i - 1)
        if _text_at(toks, i + 1) in _FRIEND_NOUNS and joiner in ("y", "con", "mas", "+"):
            # "yo y 3 amigos", "voy con 2 amigas": the writer and them ("mi novio y yo + 2
            # amigos" already counts the writer in the couple).
            if _text_at(toks, i - 2) in ("yo", "voy", "viajo") and _text_at(toks, i - 3) != "y":
                counts.solo = 1
            elif joiner == "con":
                continue  # "vamos con 2 amigos": the writer's party is not counted
            elif last and last == (i - 2, "total"):
                counts.adults += chain  # "somos 2 y 2 amigos": they join the 2 (session 24)
        value = t.value * factor
        if category in ("total", "adults"):
            last, chain = (i, category), value
        if category == "total":
            counts.total = max(counts.total, value)
        elif category == "adults":
            counts.adults += value
        elif category == "children":
            counts.children += value + _another_of_age(toks, i)
            if _text_at(toks, i - 1) in ("y", "mas", "+") and (counts.total or counts.adults):
                counts.children_added = True
        elif category == "couples":
            counts.couples += 2 * t.value
        else:
            continue
        t.used = True


def _another_of_age(toks: list[_Tok], i: int) -> int:
    """Kids told after the one counted at i by their ages alone: "1 chico de 12 y otro de
    8", "una nena de 4 y otra de 7 y otra de 9" (one each); their ages are marked used."""
    k = i + 2  # past the noun
    more = 0
    while more < 10 and _text_at(toks, k) == "de" and k + 1 < len(toks):
        if toks[k + 1].kind != "num" or not 0 <= toks[k + 1].value <= 17:
            break
        toks[k + 1].used = True
        k += 3 if _text_at(toks, k + 2) in _AGE_UNITS else 2
        if _text_at(toks, k) != "y" or _text_at(toks, k + 1) not in ("otro", "otra"):
            break
        more += 1
        k += 2
    if more and toks[k - 1].text in ("otro", "otra"):
        more -= 1  # "... y otro" with no age after it: told without one, not counted here
    return more


def _each_factor(toks: list[_Tok], i: int) -> int:
    """How many units share the count at i: "3 cabañas para 4 personas cada una" is 12,
    "2 parejas con un nene cada una" two kids (6 in all), "2 cabañas, 4 en cada una" 8.

    The count must be followed (after its noun) by "cada una/uno", "en cada una" or "por
    cabaña", and the units counted a few words before or after it; else the count stands
    alone.
    """
    j = i + 2 if _is_noun_after(toks, i) else i + 1
    if _text_at(toks, j) in ("en", "por") and _text_at(toks, j + 1) == "cada":
        j += 1
    each = _text_at(toks, j) == "cada" and _text_at(toks, j + 1) in ("una", "uno")
    each = each or (_text_at(toks, j) in ("por", "cada") and _text_at(toks, j + 1) in _EACH_UNITS)
    if not each:
        return 1
    # The units before the count, else just after it ("4 por cabaña, 2 cabañas").
    for k in (*range(i - 1, max(i - 6, -1), -1), *range(j + 2, min(j + 5, len(toks)))):
        units = toks[k]
        if units.kind == "num" and _text_at(toks, k + 1) in _EACH_UNITS:
            return units.value if 2 <= units.value <= 10 else 1
    return 1


def _denied_count(toks: list[_Tok], i: int) -> bool:
    """ "no somos 4, somos 3", "no es para 6, es para 4": the count the guest takes back.

    Only with another count after it: the commas are gone, and a lone "no, somos 4"
    answers a question with the party size.
    """
    negated = _text_at(toks, i - 1) in _TOTAL_PREFIX and (
        _text_at(toks, i - 2) == "no"
        or (_text_at(toks, i - 2) == "es" and _text_at(toks, i - 3) == "no")
    )
    return negated and any(
        t.kind == "num" and (_is_party_size(toks, j) or _noun_category(toks, j) is not None)
        for j, t in enumerate(toks[i + 1 :], start=i + 1)
    )


def _bare_more(toks: list[_Tok], i: int, previous: int) -> bool:
    """A bare number joined to the party count just read: "somos 5 y 4", "2 + 2",
    "somos 4 o 5" (not "somos 4 y 5 noches", "para 2 y el 5 de enero").

    Also after a count of adults with its noun: "2 adultos y 2", "para 4 adultos y 1".
    Naming the adults says the bare number that follows is someone else (kids, left
    unsaid), so they add up; "4 personas y 2" stays 4, as "personas" is everyone.
    """
    after_adults = previous == i - 3 and _noun_category(toks, previous) == "adults"
    if after_adults and _text_at(toks, i + 1) in ("al", "a", "hasta", "o"):
        # "2 adultos y 2 al 5": the start of a range of days; "2 adultos y 3 o 4
        # chicos": the first of two counts for the kids' noun, which reads the larger.
        return False
    return (
        (previous == i - 2 or after_adults)
        and _text_at(toks, i - 1) in ("y", "+", "mas", "o")
        and toks[i].text not in _ARTICLES
        and not _is_noun_after(toks, i)
        and not _month_at(toks, i + 1)
    )


def _leading_sum(toks: list[_Tok], i: int) -> bool:
    """ "2 + 2" opening a message or after a family's or group's name ("familia 2+3", "grupo
    2+2"): two bare counts added, the first of them here. Before pets ("2 + 2 perros", "2 y
    un perro", "2 + perro") the count is the people, the pets no one (session 24)."""
    if i != 0 and _text_at(toks, i - 1) not in ("familia", "grupo"):
        return False
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    if nxt is None or _is_noun_after(toks, i):
        return False
    joiner = _text_at(toks, i + 1)
    pet_at = i + 3 if nxt.kind == "num" or nxt.text in _ARTICLES else i + 2
    if joiner in ("+", "y", "mas") and _text_at(toks, pet_at) in _PET_WORDS:
        return True
    return (
        joiner == "+"
        and nxt.kind == "num"
        and not nxt.used
        and (not _is_noun_after(toks, i + 2) or _noun_category(toks, i + 2) is not None)
    )


def _groups_of(toks: list[_Tok], i: int, counts: _GuestCounts) -> bool:
    """ "2 familias de 4", "dos grupos de 3": groups times their size."""
    if _text_at(toks, i + 1) not in ("familias", "grupos") or _text_at(toks, i + 2) != "de":
        return False
    size = toks[i + 3] if i + 3 < len(toks) else None
    if size is None or size.kind != "num" or size.used or not 1 <= size.value <= 20:
        return False
    if _is_noun_after(toks, i + 3) and _noun_category(toks, i + 3) is None:
        return False  # "2 familias de 3 autos"? not people
    counts.total = max(counts.total, toks[i].value * size.value)
    toks[i].used = size.used = True
    return True


def _noun_first_layout(toks: list[_Tok]) -> bool:
    """A form-like message, "adultos: 2, menores: 1", names each group before its number.

    True when the first person noun comes before every number and is followed by
    one (so "2 adultos 2 niños" and "los adultos somos 2" are not this layout).
    """
    for i, t in enumerate(toks):
        if t.kind == "num" and not t.used:
            return False
        if t.kind == "word" and _noun_category(toks, i - 1) in ("total", "adults", "children"):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            return (
                nxt is not None
                and nxt.kind == "num"
                and not nxt.used
                and _text_at(toks, i + 2) not in _UNIT_WORDS
                and not _own_noun_after(toks, i + 1)
                # "con los chicos, 5 en total": the whole party, no label's number
                and (_text_at(toks, i + 2), _text_at(toks, i + 3)) != ("en", "total")
            )
    return False


def _own_noun_after(toks: list[_Tok], i: int) -> bool:
    """ "personas: 2 adultos + 1 menor": the number at i carries its own noun, so the
    label before it is a heading, not the group it counts. In a form ("adultos: 2
    menores: 1") the noun after a number is the next label, followed by its number."""
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    return _noun_category(toks, i) is not None and (nxt is None or nxt.kind != "num")


# Returning guests tell their party with the verb of coming back: "volvemos los 4".
_RETURN_VERBS = frozenset("volvemos volveriamos venimos vendriamos serian".split())


def _going_to(toks: list[_Tok], k: int) -> bool:
    """ "vamos a ir" / "van a ir" ending at k: the party's verb, as "vamos"."""
    return (
        _text_at(toks, k) == "ir"
        and _text_at(toks, k - 1) == "a"
        and _text_at(toks, k - 2) in ("vamos", "van")
    )


def _is_party_size(toks: list[_Tok], i: int) -> bool:
    """A bare number that counts people: "somos 4", "para 4", "familia de 5", "6 en total"."""
    if toks[i].text in _ARTICLES or _is_noun_after(toks, i):
        return False
    if _month_at(toks, i + 1) and not toks[i + 1].used:
        # "para 4 de enero" is a day; in "somos 4 dic 15 al 18" the month went to the
        # days after it, so the 4 is the party.
        return False
    prev = _text_at(toks, i - 1)
    family = prev == "de" and _text_at(toks, i - 2) in ("familia", "grupo")
    in_total = _text_at(toks, i + 1) == "en" and _text_at(toks, i + 2) == "total"
    # "vamos los 4", "somos las tres", "volvemos los 4", "somos los mismos 4", "vamos a ir
    # los 3": the whole party.
    k = i - 3 if prev in ("mismos", "mismas") else i - 2
    whole = _text_at(toks, k + 1) in ("los", "las") and (
        _text_at(toks, k) in _TOTAL_PREFIX | _FIT_VERBS | _RETURN_VERBS or _going_to(toks, k)
    )
    # "¿entramos 4?", "¿caben 6 en la grande?": the party asked to fit (an unused number:
    # "entramos el 4" / "entramos 4 de enero" are days, taken before).
    fits = prev in _FIT_VERBS
    # "vamos con mis viejos, o sea 3": the sum the writer makes of the list.
    summed = (prev == "sea" and _text_at(toks, i - 2) == "o") or prev == "osea"
    # "somos unos 5", "seríamos como 6": an approximate party size is still the party; "somos
    # muchos, 9" (the comma gone) tells it after the guess (round 28).
    about = (
        prev in ("unos", "unas", "como", "aprox", "muchos", "muchas", "bastantes", "varios")
        and _text_at(toks, i - 2) in _TOTAL_PREFIX
    )
    # "es para mi hermana, van 2 del 8 al 11": who goes ("van 2 noches" has its noun).
    goes = prev == "van" and toks[i].value <= 20 and _text_at(toks, i - 2) not in ("ya", "me")
    if prev in ("son", "serian") and toks[i].value > 20:
        return False  # "son 45" is more likely money or minutes than a party of 45
    # "vamos em 4" (a Brazilian's "we go as four"): the party, with no noun after it.
    going_as = prev == "en" and _text_at(toks, i - 2) in ("vamos", "viajamos", "vamo")
    return (
        prev in _TOTAL_PREFIX
        or prev == "serian"  # "es para mis tíos, serían 2": the party of others
        or _going_to(toks, i - 1)  # "vamos a ir 4"
        or family
        or in_total
        or whole
        or about
        or going_as
        or fits
        or summed
        or goes
    )


def _couple_match(canon: str) -> re.Match[str] | None:
    for match in _COUPLE_RE.finditer(canon):
        start = match.start()
        if canon.endswith("con ", 0, start):  # "con mis 2 hijos y mi señora"
            start -= len("con ")
        elif not match.group(0).startswith("con "):
            return match
        if not _CONSULT_BEFORE_RE.search(canon[:start]):  # "lo charlo con mi señora"
            return match
    return None


def _extra_members(canon: str, couple: re.Match[str] | None, start: int = 0) -> int:
    """People listed beside a couple (outside its match) or after ``start``: one each,
    two for "mis suegros"/"mis viejos"; "lo charlo con mi hermana" is no member."""
    extra = 0
    for m in _EXTRA_COMPANION_RE.finditer(canon, start):
        if couple and couple.start() < m.end() and m.start() < couple.end():
            continue
        if m.group(0).startswith("con ") and _CONSULT_BEFORE_RE.search(canon[: m.start()]):
            continue
        named = m.group(0).split()
        if (
            len(named) > 1
            and named[-2] in ("el", "la")
            and f" {named[-1]} " in f" {canon[: m.start()]}"
        ):
            continue  # "mi marido, yo y una nena, ¿la nena paga?": the same one again
        extra += 3 if m.group("triplets") else 2 if m.group("pair") or m.group("twins") else 1
    return extra


def _find_guests(toks: list[_Tok], canon: str, ranged: bool = False) -> tuple[int | None, int]:
    """(party size, people added): "para 4", "somos 2 adultos y 3 chicos", "en pareja",
    "familia de 5"; "una persona más" is no party but one added (None, 1), and "somos 4,
    se suma uno más" the party with them (5, 1).

    ``ranged``: the message already gives both ends of the stay (or a start and its
    length), so a trailing "x 2" can only count people.
    """
    free = [i for i, t in enumerate(toks) if not t.used]
    extra = _more_people(toks)
    added = [i for i in free if toks[i].used]
    guests = _party_size(toks, canon, ranged)
    counted = [i for i in free if toks[i].used and i not in added]
    # People dropped beside a count ("uno menos, somos 3") leave it as told: what is left;
    # so does a count told after the addition ("se suma uno más, somos 7": 7, round 28).
    if extra > 0 and guests and not (added and counted and min(counted) > max(added)):
        guests = guests + extra if guests + extra <= 50 else None
    return guests, extra


# A total stated outright counts everyone, kids left uncounted included.
# So does a place asked for a count ("¿tienen cabaña para 6? vamos con mis suegros y los
# chicos"), unless the kids are added to it ("¿lugar para 4 y los chicos?").
_IN_TOTAL_RE = re.compile(
    r"\b(?:(?:en total|total|en todo|todos juntos|contando a todos)\b"
    r"|(?:cabanas?|casas?|lugar|algo|espacio) para (?:\d+|dos|tres|cuatro|cinco|seis|siete"
    r"|ocho|nueve|diez)\b(?! (?:personas )?(?:y|mas|con|\+)(?: |$)))"
)
_KIDS_PLURAL = frozenset(
    "hijos hijas chicos chicas nenes nenas ninos ninas nietos nietas peques criaturas pibes"
    " pibas gurises".split()
)
# Young people counting themselves ("chicos", "pibas" are guys and girls there, not kids;
# "somos 3 adolescentes" travel on their own, round 25), or counted by who writes for them
# ("es para mis sobrinos, son 3 chicos de 17, 19 y 21", session 25).
_WE_YOUNG_RE = re.compile(
    r"\b(?:somos|vamos|viajamos|son|serian) \w+"
    r" (?:pibes|pibas|chicos|chicas|chiques|adolescentes)\b"
)
_AGE_UNITS = frozenset("ano anos anito anitos mes meses".split())


def _kids_by_ages(toks: list[_Tok]) -> int:
    """Kids counted by the ages listed after them, those numbers marked used: "con
    nuestras hijas de 4 y 9" (2), "los chicos de 5, 8 y 12 años" (3), "los chicos que
    tienen 4 y 7" (2). Only a list joined by "y" and with no count before the noun ("2
    hijos de 5 y 7" counts them already)."""
    kids = 0
    for i, t in enumerate(toks):
        if t.text not in _KIDS_PLURAL or (i and toks[i - 1].kind == "num"):
            continue
        if _text_at(toks, i + 1) == "de":
            k = i + 2
        elif _text_at(toks, i + 1) == "que" and _text_at(toks, i + 2) in ("tienen", "son", "de"):
            k = i + 3
        else:
            continue
        ages: list[_Tok] = []
        joined = False
        while k < len(toks) and len(ages) < 10:
            age = toks[k]
            if age.kind != "num" or age.used or age.text in _ARTICLES or not 0 <= age.value <= 17:
                break
            ages.append(age)
            k += 2 if _text_at(toks, k + 1) in _AGE_UNITS else 1
            if _text_at(toks, k) == "y":
                joined, k = True, k + 1
        if len(ages) >= 2 and joined:
            for age in ages:
                age.used = True
            kids += len(ages)
    return kids


def _bare_count_after_couple(toks: list[_Tok]) -> int:
    """The people a bare number adds after a couple and a "+" or "más" ("pareja + 1",
    "una pareja más 2", "matrimonio +1"): a count no noun names and nothing else read."""
    for i, t in enumerate(toks):
        if t.text not in ("pareja", "matrimonio", "parejas", "matrimonios"):
            continue
        if _text_at(toks, i + 1) not in ("+", "mas") or i + 2 >= len(toks):
            continue
        count = toks[i + 2]
        if count.kind == "num" and not count.used and 1 <= count.value <= 6:
            if not _text_at(toks, i + 3) or not _is_noun_after(toks, i + 2):
                count.used = True
                return count.value
    return 0


def _party_size(toks: list[_Tok], canon: str, ranged: bool) -> int | None:
    # Before the counting below marks the numbers it reads as used.
    listed, listed_us = listed_members(toks)
    counts = _GuestCounts(children=_kids_by_ages(toks))
    _count_guest_tokens(toks, counts, ranged)
    if parents := _PARENTS_RE.search(canon):
        # "voy con mis viejos" is three; "somos mi señora, yo y mis suegros", "voy con mis
        # viejos y mi hermana": who is listed beside them comes too.
        counts.couples = max(counts.couples, 3) + _extra_members(canon, parents)
    elif (
        not (counts.total or counts.adults or counts.couples)
        and ("mis " in canon or "sus " in canon)  # a cheap look before the pattern
        and (others := _OTHERS_PAIR_RE.search(canon))
    ):
        # "van mis viejos", "es para mis suegros": the pair is the party, the writer not
        # named in it; "van mis viejos con mi tía": who is listed beside them comes too.
        counts.couples = 2 + _extra_members(canon, others)
    elif couple := _couple_match(canon):
        # "con mi esposa y mi hija": one more; "yo y mi hermana" is the couple itself.
        named = max(counts.couples, 2) + _extra_members(canon, couple)
        # "mi hermana y yo…, 2 adultos 3 chicos": the adults counted are those named.
        if not any(t.text in _ADULTS_COUNTED for t in toks) or counts.adults < named:
            counts.couples = named
    elif plus := _COUNT_PLUS_RE.search(canon):
        # "vamos 2 y mi suegra": the count, then who comes on top of it.
        extra = _extra_members(canon, None, plus.end())
        if counts.total:
            counts.total += extra
        elif counts.adults:
            counts.adults += extra
        elif counts.couples:  # "somos 2 parejas y mi mamá"
            counts.couples += extra
    elif (
        counts.total
        and not counts.children
        and " con " in canon
        and (with_ := _COUNT_WITH_RE.search(canon))
    ):
        # "somos N con X" (round 8, 25): X is among the N unless X alone fills them, for the
        # writer is among them too: "somos 2 con los mellizos" is 4, as "somos 2 con 2
        # chicos"; "somos 3 con los mellizos" 3. Kids with no number are two or more.
        named = _extra_members(canon, None, with_.end())
        if _WITH_UNCOUNTED_KIDS_RE.match(canon, with_.end()):
            if counts.total <= 2:
                return None  # "somos 2 con los chicos": 2 and how many more?
        elif named >= counts.total:
            counts.total += named
    elif _WRITER_WITH_KIDS_RE.search(canon):
        counts.solo = 1  # "yo y mis 2 hijos", "voy con mis 3 nenes": the writer and the kids
    if counts.couples and (bare := _bare_count_after_couple(toks)):
        counts.couples += bare  # "pareja + 1", "un matrimonio más 2": the couple and them
    if _SOLO_RE.search(canon) and not counts.couples:
        # "voy sola con mi hija": the pair named already holds the writer.
        counts.solo = 1
    if _FAMILY_TYPE_RE.search(canon):  # Argentine "familia tipo": two adults, two kids
        counts.total = max(counts.total, 4)
    parts = counts.adults + counts.couples + counts.solo
    # "mi señora y yo con los chicos", "somos nosotros dos y los chicos": kids without a
    # count, we cannot know how many.
    uncounted_kids = not counts.children and bool(
        _UNCOUNTED_KIDS_ADDED_RE.search(canon)
        or (not counts.total and _UNCOUNTED_KIDS_RE.search(canon))
    )
    if uncounted_kids and counts.total and _IN_TOTAL_RE.search(canon):
        return counts.total  # "mis viejos y mis hijos, seríamos 6 en total": all told
    if uncounted_kids and (parts or counts.total):
        return None
    if parts:
        guests = max(counts.total, parts + counts.children)
    elif counts.children:
        # "somos 5 con 3 chicos" includes them; "somos 4 y 2 bebés" adds them, and so does
        # "somos 2 con 2 chicos" (the kids cannot be the whole party); "tenemos 2 nenes"
        # says nothing about the adults.
        if not counts.total:
            # "somos 3 pibes y 2 pibas", "vamos 4 chicas": the young writers themselves.
            return counts.children if _WE_YOUNG_RE.search(canon) else listed
        if counts.children_added or counts.children >= counts.total:
            guests = counts.total + counts.children
        else:
            guests = counts.total
    else:
        guests = counts.total
    if listed and (not counts.total or counts.total == listed_us):
        # "mi hermano, su mujer, mi esposa y yo": every member listed, no total told.
        guests = max(guests, listed)
    return guests if 1 <= guests <= 50 else None
