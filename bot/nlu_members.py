"""Parties told as a list of their members, with no total: one pass over the tokens.

"mi hermano, su mujer, mi esposa y yo" is 4, "abuela, mamá, papá y 2 nenes" 5, "una pareja
con su hijo" 3, "mi hermana con su marido y sus 2 hijos y nosotros 2" 6, "para mí y mis 2
nietos" 3. The commas are gone by now, so a list is a run of members next to each other
or joined by one "y"/"con"/"más"/"+"; it takes two members or more. Each member counts
one ("yo", "mi/su/la/un(a) <relative>", a bare "abuela"/"mamá" inside a list), two ("mis
viejos", "sus suegros", "una pareja", "un matrimonio") or its number ("2 nenes", "sus 2
hijos", "nosotros 2"); a pet listed counts no one ("yo y mi perro" is 1). Kids with no
number ("y los chicos") leave the run uncounted: we cannot know how many. A run right after
"lo hablo con"/"lo charlo con" is people consulted, not coming.
"""

from __future__ import annotations

from bot.nlu_tokens import _Tok
from bot.nlu_vocab import _ADULT_NOUNS, _CHILD_NOUNS, _TOTAL_NOUNS

# One person each after "mi", "su", "la", "un"...: relatives, partners, friends, kids.
_ONE_NOUNS = frozenset(
    """
    pareja novio novia esposo esposa marido mujer senora companero companera compa amigo amiga
    hijo hija hermano hermana mama papa madre padre vieja viejo suegro suegra abuelo abuela
    tio tia primo prima cunado cunada sobrino sobrina nieto nieta nuera yerno ahijado ahijada
    bebe beba bebito bebita nene nena nino nina hijito hijita
    """.split()
)
# A pet listed with its people ("yo y mi perro", "mi novia, yo y el perro") is a member
# who counts no one: the run still tells the party.
_PETS = frozenset("perro perra perrito perrita gato gata gatito gatita mascota".split())
# Said bare inside a list ("abuela, mamá, papá y 2 nenes"): one each.
_BARE_NOUNS = frozenset("abuela abuelo mama papa suegra suegro bebe beba".split())
# Two each after "mis", "sus", "los": "mis viejos", "sus suegros".
_PAIR_NOUNS = frozenset(
    "viejos padres papas suegros abuelos tios mellizos mellizas gemelos gemelas".split()
)
# Said bare inside a list, with no "mis"/"los" ("abuelos con 2 nietos", "2 adultos,
# mellizos de 4 y un bebé"): a pair is two, triplets three (round 25).
_BARE_GROUPS = {
    **dict.fromkeys("abuelos mellizos mellizas gemelos gemelas".split(), 2),
    **dict.fromkeys("trillizos trillizas".split(), 3),
}
_ONE_DETS = frozenset("mi su tu nuestro nuestra el la un una".split())
_MANY_DETS = frozenset("mis sus tus nuestros nuestras los las".split())
# People counted by a number before them ("2 nenes", "sus 2 hijos", "3 amigos", "2 papás
# y 3 hijos", "2 abuelos y 3 nietos": a list of two members or more, so "2 papas" alone is
# no party).
_COUNTED_NOUNS = (
    _TOTAL_NOUNS
    | _ADULT_NOUNS
    | _CHILD_NOUNS
    | frozenset(
        """
        hermanos hermanas primos primas sobrinos sobrinas tios tias padres papas mamas
        abuelos abuelas suegros
        """.split()
    )
)
_COUPLES = frozenset("parejas matrimonios".split())
# Kids or relatives with no number: the run cannot be counted.
_UNCOUNTED = _CHILD_NOUNS | frozenset("hermanos hermanas primos primas sobrinos sobrinas".split())
_JOINERS = frozenset("y con mas +".split())
_AGE_UNITS = frozenset("ano anos mes meses".split())
_CONSULT = frozenset(
    """
    charlo charlamos hablo hablamos consulto consultamos comento veo vemos arreglo decido
    decidimos pregunto preguntamos hablar charlar consultar preguntar ver
    """.split()
)
# Words that make a following "ella" an object, not someone coming: "con ella", "a ella".
_OBJECT_BEFORE = frozenset("con a de por para que sin".split())
_UNKNOWN = -1
_STARTERS = (
    _ONE_DETS | _MANY_DETS | _BARE_NOUNS | _BARE_GROUPS.keys() | {"yo", "nosotros", "nosotras"}
)


def _pronoun_opens(toks: list[_Tok], i: int) -> bool:
    """A bare "ella"/"él" opening a list is one member ("vamos ella, su marido, mi marido y
    yo"), but not right after the relative it stands for ("mi hermana, ella y su marido")
    nor as an object ("hablé con ella"). Only before another member: "el" is also "the"."""
    if toks[i].text not in ("ella", "el") or _text(toks, i + 1) not in ("su", "mi", "y"):
        return False
    before = _text(toks, i - 1) if i else ""
    return before not in _ONE_NOUNS | _BARE_NOUNS | _OBJECT_BEFORE


def _text(toks: list[_Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""


def _member_at(toks: list[_Tok], i: int, opening: bool = False) -> tuple[int, int]:
    """(people, tokens taken) for a member starting at i; (0, 0) when none, and people
    _UNKNOWN for kids with no number ("los chicos"). ``opening``: the first of a list."""
    text = toks[i].text
    if opening and _pronoun_opens(toks, i):
        return 1, 1
    if text not in _STARTERS and toks[i].kind != "num":
        return 0, 0  # most words start no member: leave before looking further
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    after = toks[i + 2].text if i + 2 < len(toks) else ""
    if text == "yo":
        # "es para mis viejos, yo no voy", "yo me quedo en casa": the writer left out.
        out = nxt == "no" or (nxt == "me" and after == "quedo" and _text(toks, i + 3) == "en")
        return (0, 0) if out else (1, 1)
    if text in ("nosotros", "nosotras"):
        num = toks[i + 1] if i + 1 < len(toks) else None
        if num is not None and num.kind == "num" and not num.used and 2 <= num.value <= 20:
            return num.value, 2
        return 0, 0
    if text == "mi" and i and toks[i - 1].text in ("para", "a") and nxt == "y":
        return 1, 1  # "para mí y mis 2 nietos": the writer
    if text in ("una", "un") and nxt in ("pareja", "matrimonio"):
        return 2, 2
    if text in _ONE_DETS and nxt in _ONE_NOUNS:
        return 1, 2
    if text in _ONE_DETS and nxt in _PETS:
        return 0, 2
    if text in _MANY_DETS:
        if nxt in _PAIR_NOUNS:
            return 2, 2
        if nxt in _BARE_GROUPS:
            return _BARE_GROUPS[nxt], 2  # "mis trillizos"
        num = toks[i + 1] if i + 1 < len(toks) else None
        if num is not None and num.kind == "num" and not num.used and after in _COUNTED_NOUNS:
            return num.value, 3
        if nxt in _UNCOUNTED:
            return _UNKNOWN, 2
        return 0, 0
    tok = toks[i]
    if tok.kind == "num" and not tok.used and 1 <= tok.value <= 20 and text not in ("un", "una"):
        if nxt in _COUPLES:
            return 2 * tok.value, 2
        if nxt in _COUNTED_NOUNS:
            return tok.value, 2
        return 0, 0
    if text in _BARE_NOUNS:
        return 1, 1
    if text in _BARE_GROUPS:
        return _BARE_GROUPS[text], 1
    return 0, 0


def _past_age(toks: list[_Tok], i: int) -> tuple[int, int]:
    """Past the ages said after a member ("mi hijo de 15", "la nena de 4 años", "mis hijos
    de 15 y 17", "mis 3 hijas de 5, 7 y 9"): (where the list goes on, how many ages). "Mi
    pareja, mi hijo de 15 y yo" is 3; an age is no member ("de 15 y 17 y yo": two ages,
    then the writer), but a number before people is ("de 15 y 2 nenes")."""
    if _text(toks, i) != "de":
        return i, 0
    k, ages = i + 1, 0
    while k < len(toks) and ages < 10:
        num = toks[k]
        if num.kind != "num" or not 0 < num.value < 100:
            break
        if ages and _text(toks, k + 1) in _COUNTED_NOUNS | _COUPLES:
            break  # "… de 15 y 2 nenes": that 2 counts people
        ages += 1
        k += 2 if _text(toks, k + 1) in _AGE_UNITS else 1
        if _text(toks, k) == "y" and _is_age(toks, k + 1):
            k += 1
    return (k, ages) if ages else (i, 0)


def _is_age(toks: list[_Tok], k: int) -> bool:
    """An age goes on the list: a number (not of people) after "y" ("de 15 y 17")."""
    num = toks[k] if 0 <= k < len(toks) else None
    if num is None or num.kind != "num" or not 0 < num.value < 100:
        return False
    return _text(toks, k + 1) not in _COUNTED_NOUNS | _COUPLES


def listed_members(toks: list[_Tok]) -> tuple[int | None, int | None]:
    """The people of the largest list of two members or more (or None), and the number
    of a "nosotros N" in it: that count is one member of the list, not the party's total
    ("mi hermana con su marido y sus 2 hijos y nosotros 2" is 6)."""
    best: int | None = None
    best_us: int | None = None
    i = 0
    while i < len(toks):
        people, taken = _member_at(toks, i, opening=True)
        if not taken:
            i += 1
            continue
        start = i
        total, members, unknown, us = 0, 0, False, None
        while taken:
            noun = toks[i + taken - 1].text
            after, ages = _past_age(toks, i + taken)
            if people == _UNKNOWN and ages >= 2:
                people = ages  # "mis hijos de 8 y 10": as many as the ages told
            unknown = unknown or people == _UNKNOWN
            if toks[i].text in ("nosotros", "nosotras"):
                us = people
            total += max(people, 0)
            members += 1
            i = after
            j = i + 1 if i < len(toks) and toks[i].text in _JOINERS else i
            people, taken = _member_at(toks, j) if j < len(toks) else (0, 0)
            if taken and toks[j].text in ("el", "la") and _text(toks, j + 1) == noun:
                people, taken = 0, 0  # "un bebé, ¿el bebé paga?": the same one named again
            if taken and j == i and toks[j].text in _BARE_GROUPS and noun in _CHILD_NOUNS:
                people, taken = 0, 0  # "2 niños de 4 (mellizos)": the kids told again
            if taken:
                i = j
        consulted = any(toks[k].text in _CONSULT for k in range(max(start - 2, 0), start))
        if members >= 2 and not unknown and not consulted and 1 <= total <= 50:
            if best is None or total > best:
                best, best_us = total, us
    return best, best_us
