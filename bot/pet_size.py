"""A pet's size, asked or told ("¿aceptan perros grandes?", "tengo un labrador"), read
against the sizes the cabin's pets rule names ("Aceptamos mascotas chicas y medianas"). The
rule is the owner's own words: a size it takes is a yes, a size it leaves out or refuses is
a no, and a rule that names no size gives no verdict (the owner confirms).
"""

from __future__ import annotations

import re

from bot.handlers import unaccented

SMALL, MEDIUM, BIG = "small", "medium", "big"

_SIZE_WORDS = (
    (SMALL, r"chic[oa]s?|chiquit[oa]s?|pequen[oa]s?|petis[oa]s?|mini"),
    (MEDIUM, r"median[oa]s?"),
    (BIG, r"grandes?|grandot[oa]s?|enormes?|gigantes?"),
)
_PET = r"(?:perr[oa]s?|perrit[oa]s?|mascotas?|cachorr[oa]s?|gat[oa]s?|gatit[oa]s?)"
# On plain text: the size said of the pet ("perros grandes", "mi perro es de raza grande",
# "un perro bastante grande", "de gran tamaño", "raza mediana"), never a size said of
# something else ("somos una familia grande, ¿aceptan perros?").
_SIZE_ASKED_RE = re.compile(
    rf"\b(?:{_PET}(?: (?:es|son|de|muy|bien|re|bastante|raza|tamano|un poco))*"
    r"|raza|tamano|(?:de|un|una) tamano) "
    r"(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _SIZE_WORDS) + r")\b"
    # "de gran tamaño", "perros de tamaño grande"
    r"|\b(?:de (?P<big2>gran|grande)|de (?P<small2>pequeno|chico)|de (?P<medium2>mediano))"
    r" tamano\b"
    # "un perrote"
    r"|\b(?P<big3>perrot[ea]s?)\b"
)
# Breeds whose size is not in doubt; others (a bulldog, a terrier) give no size.
_BREEDS = (
    (
        BIG,
        r"labrador(?:es)?|golden(?:s)?|ovejer[oa]s?|pastor(?:es)? (?:aleman|belga)\w*|dogos?"
        r"|rottweiler\w*|doberman\w*|gran danes|mastin(?:es)?|husky|huskies|san bernardo"
        r"|akitas?|malamutes?|boyero\w*|terranova",
    ),
    (MEDIUM, r"beagles?|cocker\w*|border collie"),
    (
        SMALL,
        r"caniche\w*|chihuahua\w*|yorkshire\w*|yorki\w*|salchicha\w*|maltes\w*|pug|pugs"
        r"|bichon\w*|pekines\w*|pomerania\w*",
    ),
)
_ACCENTED = {
    "gran danes": "gran danés",
    "pastor aleman": "pastor alemán",
    "mastin": "mastín",
    "pekines": "pekinés",
    "maltes": "maltés",
}
_BREED_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{size}>{words})" for size, words in _BREEDS) + r")\b"
)
# In the owner's rule (accents off, punctuation kept): a clause that leaves a size out.
_RULE_SIZES = tuple((size, re.compile(rf"\b(?:{words})\b")) for size, words in _SIZE_WORDS)
_LEFT_OUT_RE = re.compile(r"\b(?:no|salvo|excepto|menos|sin|prohibid\w*)\b")
# A rule that takes no pets at all ("No se aceptan mascotas"): no size is taken.
_REFUSED_RE = re.compile(
    r"\bno (?:se )?(?:aceptan?|aceptamos|permiten?|permitimos|admiten?|admitimos)"
    r"(?: \w+)? (?:mascotas|animales|perros)\b|\bsin mascotas\b"
)


def size_asked(text: str) -> tuple[str, str | None] | None:
    """(size, breed as written in plain text or None) the message says of a pet, or None."""
    if (found := _SIZE_ASKED_RE.search(text)) is not None:
        groups = {k for k, v in found.groupdict().items() if v}
        size = next(s for s in (SMALL, MEDIUM, BIG) if any(g.startswith(s) for g in groups))
        return size, None
    if (breed := _BREED_RE.search(text)) is not None:
        size = next(s for s in (SMALL, MEDIUM, BIG) if breed[s])
        return size, _ACCENTED.get(breed[0], breed[0])
    return None


def verdict(rule: str, size: str) -> bool | None:
    """Whether the pets `rule` takes a pet of `size`: True, False, or None when the rule
    names no size at all."""
    taken: set[str] = set()
    left_out: set[str] = set()
    for clause in re.split(r"[.;,()\n]+", unaccented(rule)):
        for name, pattern in _RULE_SIZES:
            if (at := pattern.search(clause)) is None:
                continue
            refused = _LEFT_OUT_RE.search(clause[: at.start()])
            (left_out if refused else taken).add(name)
    if size in left_out:
        return False
    if size in taken:
        return True
    if taken or left_out:
        # The sizes it takes listed, this one not among them ("chicas y medianas"); or
        # only some left out, and this one not ("salvo perros grandes"); both: unsaid.
        return None if taken and left_out else not taken
    return False if _REFUSED_RE.search(unaccented(rule)) else None
