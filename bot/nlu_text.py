"""Text normalisation for bot.nlu: raw message -> normalized -> canonical text.

``normalize`` lowercases, strips accents and punctuation, expands chat shorthand
and fixes typos of key words (stretched letters, a small edit distance against
the vocabulary); ``_canonicalize`` then rewrites multi-word phrases to single
tokens. The set of known words is built here from the vocabulary and every
keyword pattern, so that no word a pattern looks for is ever "corrected".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.nlu_patterns import (
    _AFFIRM_RE,
    _ANY_REWRITE_RE,
    _AVAIL_RE,
    _BOOK_RE,
    _CANCEL_RE,
    _CANONICAL_REWRITES,
    _COUPLE_RE,
    _DENY_RE,
    _FAREWELL_RE,
    _GREETING_RE,
    _HUMAN_RE,
    _NOT_YET_RE,
    _PRICE_RE,
    _SOLO_RE,
    _THANKS_RE,
    _TOPIC_PATTERNS,
    _WEEKEND_WISH_RE,
    _YES_ONLY_RE,
)
from bot.nlu_vocab import (
    _ABBREVIATIONS,
    _ADULT_NOUNS,
    _CHILD_NOUNS,
    _COMMON_WORDS,
    _COUPLE_NOUNS,
    _DAY_PREFIX,
    _FUZZY_TARGETS,
    _GROUP_NOUNS,
    _MONTH_ABBR_AFTER_DAY,
    _MONTHS,
    _NUMBER_WORDS,
    _ORDINALS,
    _TOTAL_NOUNS,
    _TOTAL_PREFIX,
    _UNIT_WORDS,
    _WEEKDAYS,
)

# (?<!\d): a match starts where the digits do, or a long digit run is scanned from
# every one of its digits (quadratic: 4,096 digits took 0.3 s).
# A bare "a" glued before a day is the range's "a", no ordinal ("del 15a 18" is 15 to 18,
# "la 2a" the second).
_ORDINAL_SUFFIX_RE = re.compile(
    r"(?<!\d)(\d+)(?:(?:ro|ero|er|do|da|to|ta|vo|va|mo|ma|no|na|o|a(?! ?\d)|st|nd|rd|th)\b|°)"
)
# "1er semana", "1era quincena", "1° semana de enero": the first week or half month (its
# last letter may be stretched: "1era semanaaa"). The suffix is dropped below, and a bare
# "1 semana" is a length (one week); for a 1 the suffix is all that tells the rank (2 to 4
# are ranks either way, see _week_of_month).
_FIRST_WEEK_RE = re.compile(r"(?<!\d)1(?:ra|era|er|ero|ro|a|o|°) ?(?=(?:semana|quincena)a*\b)")
# English "the 10th to the 14th" (the ordinal already a number): "el 10 al el 14" reads
# like "del 10 al 14".
_THE_DAY_RE = re.compile(r"\bthe (?=\d)")
_THOUSANDS_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")
# "15 / 12" is 15/12, but "20 al 23 / 2 pax" separates the party from the dates.
_SLASH_SPACES_RE = re.compile(
    r"(\d)\s*/\s*(?=\d)(?!\d{1,2} ?(?:pax|personas?|adultos|huespedes|px)\b)"
)
# Money emojis (💰 💵 💲 💸 🤑) stand for the price asked.
_MONEY_EMOJI_RE = re.compile("[\U0001f4b0\U0001f4b5\U0001f4b2\U0001f4b8\U0001f911]")
# Portuguese "how much does it come to" ("onde fica" stays "where is it"; "quanto fica
# longe" asks how far).
_HOW_MUCH_PT_RE = re.compile(r"\bquanto fica\b(?! (?:longe|perto|distante))")
# A couple's emojis (💑 👫 💏) stand for the party of two.
_COUPLE_EMOJI_RE = re.compile("[\U0001f491\U0001f46b\U0001f48f]")
# Pets' emojis (🐶 🐕 🐩 🦮 🐱 🐈) name the pet: "🐶 se puede?" asks about bringing it.
# People's silhouettes (👤 👥) stand for the people counted beside them: "👥 4", "2 👤".
_PEOPLE_EMOJI_RE = re.compile(
    "[\U0001f464\U0001f465]\\s*(\\d{1,2})\\b"
    # (not a range's last day: "del 15 al 18 👥")
    "|(?<![/.\\-])(?<!al )(?<!el )(?<!a )\\b(\\d{1,2})\\s*[\U0001f464\U0001f465](?!\\s*\\d)"
)
# A family emoji is its members (man, woman, girl, boy, each with a skin tone or not) joined
# by zero-width joiners: "👨‍👩‍👧‍👦" counts four, "👩‍👧" two (round 25).
_FAMILY_MEMBER = "[\U0001f466-\U0001f469\U0001f9d1][\U0001f3fb-\U0001f3ff]?"
_FAMILY_EMOJI_RE = re.compile(f"{_FAMILY_MEMBER}(?:\u200d{_FAMILY_MEMBER}){{1,3}}")
# Two people and a heart (or a kiss) between them, "👩‍❤️‍👨": a couple, like "💑".
_COUPLE_HEART_RE = re.compile(
    f"{_FAMILY_MEMBER}\u200d\u2764\ufe0f?\u200d(?:\U0001f48b\u200d)?{_FAMILY_MEMBER}"
)
_DOG_EMOJI_RE = re.compile("[\U0001f436\U0001f415\U0001f429\U0001f9ae]")
_CAT_EMOJI_RE = re.compile("[\U0001f431\U0001f408]")
# Hands pressed together (🙏), alone, is a thanks; beside words it is mostly "please".
_THANKS_EMOJI_ONLY_RE = re.compile("^[\\s\U0001f64f\U0001f3fb-\U0001f3ff\u2764\ufe0f]*\U0001f64f")
# An apostrophe inside a word is elision ("pa'l 31" is "pal", "pa'" the "pa"): the letters
# join, as chat writes them without it.
_ELISION_RE = re.compile(r"(?<=[a-z])['\u2019](?=[a-z])")
_JUNK_RE = re.compile(r"[^a-z0-9$+%/.:\-\s]")
_LOOSE_PUNCT_RE = re.compile(r"(?<!\d)[/.:]|[/.:](?!\d)")
# A dash survives only next to digits ("15-18", "15 - 18"): elsewhere it is a hyphen.
_LOOSE_DASH_RE = re.compile(r"-(?!\s?\d)|(?<!\d)(?<!\d\s)-")
# "4p", "6px" glued to a count: people ("a las 4p" is left to the time rules).
_COUNT_P_RE = re.compile(r"(?<![\d/.:$])(?<!las )\b(\d{1,2})(?:p|px)\b(?! ?/)")
# Glued shorthand: "2a 1n", "2a+1n" are adults and kids ("n" for niño), but without an
# adult count beside it "15/12 3n 2p" writes nights ("n" for noches). Not before a day or
# a slash ("del 15a 18" is "15 a 18").
_GLUED_N_RE = re.compile(r"(?<![\d/.:$])\b(\d{1,2})n\b(?!/)")
_GLUED_A_RE = re.compile(r"(?<![\d/.:$])\b(\d{1,2})a\b(?!/| ?\d{1,2}\b)")
# Voice typing writes the comma it hears: "las noches del 15 coma 16 y 17", "somos cuatro
# coma dos adultos…" (not "que coma", "se coma": to eat).
_SPOKEN_COMMA_RE = re.compile(r"(?<!\bque )(?<!\bse )(?<!\bno )\bcoma\b")
# A word said twice or more in a row (letters only: "2 2" may be a count and a day).
_REPEATED_WORD_RE = re.compile(r"\b(?!(?:si|no)\b)([a-z]+)(?: +\1\b)+")
# Square metres glued ("60 m2", "mts2", "m²" after the accents are stripped).
_SQUARE_METRES_RE = re.compile(r"(?<![a-z])(?:m|mt|mts|mtrs)2\b")
# "prox" reads "proximo"; before or after a feminine noun it is "proxima".
_PROXIMA_RE = re.compile(r"\bproximo(?= (?:semana|quincena)\b)|(?<=\bsemana )proximo\b")
# "este finde no, el otro": the weekend taken back gives way to the next one.
_OTHER_WEEKEND_RE = re.compile(
    r"\b(?:este|el) (?:finde|fin de semana) no (?:el )?(?:otro|siguiente)\b"
)
_SPACES_RE = re.compile(" {2,}")
_DIGIT_LETTER_RE = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_TRIPLE_RE = re.compile(r"(.)\1{2,}")
_DOUBLE_RE = re.compile(r"(.)\1+")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lowercase, accent-free, punctuation-free text with chat shorthand and typos fixed.

    Keeps what dates, prices and times need: ``/ . : -`` between digits and ``$``/``+``.
    """
    # Keycap digits glued ("1️⃣5️⃣") are one number, 15, not "1 5"; "🔟" is its own keycap.
    s = text.replace("\ufe0f\u20e3", "").replace("\u20e3", "").replace("\U0001f51f", " 10 ")
    s = _strip_accents(s).lower()
    # Dictation stutters ("para para el sabado sabado 16") say each word once; not across
    # a comma ("para mi, mi esposa"), nor a doubled yes or no ("si si me parece bien").
    s = _REPEATED_WORD_RE.sub(r"\1", s)
    s = _COUNT_P_RE.sub(r"\1 personas", s)
    s = _glued_party(s)
    if "1" in s:  # a cheap guard
        s = _FIRST_WEEK_RE.sub("primera ", s)
    s = _ORDINAL_SUFFIX_RE.sub(r"\1", s)  # "1ro", "2da", "1º", "10th" -> the number
    if "the " in s:
        s = _THE_DAY_RE.sub("el ", s)
    s = _THOUSANDS_COMMA_RE.sub(".", s)
    s = _SLASH_SPACES_RE.sub(r"\1/", s)
    s = _MONEY_EMOJI_RE.sub(" precio ", s)  # "💰 x noche?" asks the price
    s = _COUPLE_EMOJI_RE.sub(" en pareja ", s)  # "del 8 al 10 💑": the two of them
    s = _HOW_MUCH_PT_RE.sub("cuanto sale", s)  # Portuguese "quanto fica 3 noites?"
    s = _DOG_EMOJI_RE.sub(" perro ", _CAT_EMOJI_RE.sub(" gato ", s))
    if "\U0001f464" in s or "\U0001f465" in s:
        s = _PEOPLE_EMOJI_RE.sub(_people_emoji, s)
    if "\u200d" in s:  # a family emoji joins its members: "👨‍👩‍👧‍👦" is four people
        s = _FAMILY_EMOJI_RE.sub(_family_emoji, _COUPLE_HEART_RE.sub(" en pareja ", s))
    if "'" in s or "\u2019" in s:
        s = _ELISION_RE.sub("", s)
    s = _JUNK_RE.sub(" ", s)
    if not s.strip() and _THANKS_EMOJI_ONLY_RE.match(text):
        return "gracias"
    if "  " in s:  # "enero 8  - 12": a doubled space is one, so the dash stays a range
        s = _SPACES_RE.sub(" ", s)
    s = _LOOSE_PUNCT_RE.sub(" ", s)
    s = _LOOSE_DASH_RE.sub(" ", s)
    if "coma" in s:
        s = _SPOKEN_COMMA_RE.sub(" ", s)
    s = s.replace("$", " $ ").replace("+", " + ").replace("%", " porciento ")
    if "2" in s and _SQUARE_METRES_RE.search(s):  # "60 m2" is no "60 me 2"
        s = _SQUARE_METRES_RE.sub(" metros cuadrados ", s)
    s = _DIGIT_LETTER_RE.sub(" ", s)
    words = s.split()
    if _NUMBER_HALF_RE.search(s):  # "veinti cinco", "diez y seis": one number in two
        words = _join_number_halves(words)
    s = " ".join(_fix_short_numbers([w for w in map(_fix_word, words) if w]))
    if "proximo" in s:  # "la prox semana": the shorthand takes the noun's gender
        s = _PROXIMA_RE.sub("proxima", s)
    if "no el otro" in s or "no el siguiente" in s:
        s = _OTHER_WEEKEND_RE.sub("el otro finde", s)
    if not _DIGIT_RE.search(s):
        return s
    s = _SLIPPED_AL_RE.sub(_fix_slipped_al, s)
    s = _AUTOCORRECTED_PEOPLE_RE.sub(r"\1 personas", s)
    s = _SHORT_PARTY_RE.sub(_fix_short_party, s)
    return _SHORT_MONTH_TYPO_RE.sub(_fix_short_month, s)


# What a number word counts or follows when it tells a party or a length ("somos trs",
# "tre noches", "para dso personas", "tes parejas", "doz meses"): there a short unknown
# word is a number misspelled.
_NUMBER_BEFORE = _TOTAL_PREFIX | {"seriamos", "x", "por"}
_NUMBER_AFTER = (
    _TOTAL_NOUNS
    | _ADULT_NOUNS
    | _CHILD_NOUNS
    | _COUPLE_NOUNS
    | _GROUP_NOUNS
    | {"noche", "noches", "dias", "semanas", "meses", "pax"}
)
# A party's opening that wants a number right after it ("somos cuarto", "vamos sis").
_PARTY_OPENINGS = frozenset({"somos", "seriamos", "vamos"})
# Up to six letters: a five-letter slip may have dropped one ("cuato noches").
_SHORT_NUMBERS = tuple(name for name in _NUMBER_WORDS if 3 <= len(name) <= 6)
# The days of a month in words, for a slip in a day's place ("del die al quince").
_DAY_NUMBERS = tuple(name for name in _NUMBER_WORDS if len(name) >= 3)
# Where a word stands for a day of the month: "del X al", "desde el X hasta", "al X de
# enero", "el X de marzo" (see _day_slot).
_DAY_OPENERS = frozenset({"del", "al", "el", "desde", "hasta"})
_RANGE_WORDS = frozenset({"al", "hasta", "a"})
# The months a 3- or 4-letter slip may stand for: the short names, one letter away
# ("eneo", "abri", "mrzo", "myo"), which _fuzzy leaves alone (5 letters at least).
_SLIP_MONTHS = tuple(name for name in _MONTHS if 4 <= len(name) <= 6)
# Where a word stands for a month: after "de"/"en" that follow a day or a part of the
# calendar ("la semana de abil", "el primero de eero", "dos semanas en eneo"; "la hija de
# juli" is a name) or open the message ("en eneo, el segundo finde"), or right after or
# before a day ("10 myao", "abri del 1 al 5").
_MONTH_BEFORE = frozenset({"de", "en"})
_CALENDAR_WORDS = frozenset(
    """semana semanas quincena quincenas mes meses finde findes feriado fin dias noches
    principios comienzos inicios mediados mitad fines finales primero primera primer
    segunda segundo tercera tercer tercero cuarta ultima ultimo vacaciones""".split()
)


def _fix_short_numbers(words: list[str]) -> list[str]:
    """Number words and months misspelled into words too short for _fuzzy, read by the
    place they stand in (round 30 widened the places):

    - beside what a number counts ("3 noches", "personas", "parejas") or a party's
      opening ("somos", "para"): a number word one edit away ("trs", "tre", "dso",
      "ocoh", "cuato"); after "somos" or before a count noun also a real word that is a
      number word with two letters swapped or one dropped ("somos cuarto", "sis
      adultos": autocorrect's pick);
    - in a day's place ("del die al quince", "al cnico de enero", "hasta el sei"): a
      number word one edit away, only numbers considered ("cnico" is no "chico" there);
    - in a month's place (after "de"/"en" that follow a day or a part of the calendar:
      "la semana de abil", "dos semanas en eneo"; beside a day: "10 myao", "abri del 1
      al 5"): a month one edit away, same first letter.

    Only when a single number (or month) is that close."""
    for i, word in enumerate(words):
        if not 2 <= len(word) <= 7 or word in _COMMON_WORDS or not word.isalpha():
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        of_group = before == "de" and i >= 2 and words[i - 2] in _GROUP_NOUNS  # "familia de"
        if word in _KNOWN:
            if (
                before in _PARTY_OPENINGS
                or after in _NUMBER_AFTER
                or of_group
                or (before == "para" and after != "de")
                or _day_slot(words, i)
            ):
                words[i] = _number_reshuffled(word) or word
            continue
        counted = before in _NUMBER_BEFORE or after in _NUMBER_AFTER or of_group
        found = None
        if counted and len(word) <= 5:
            found = _one_close(word, _SHORT_NUMBERS, _NUMBER_WORDS)
        if found is None and _day_slot(words, i):
            found = _one_close(word, _DAY_NUMBERS, _NUMBER_WORDS)
        if (
            found is None
            and 3 <= len(word) <= 4
            and (
                before.isdigit()
                or after == "del"
                or after[:1].isdigit()
                or (before in _MONTH_BEFORE and (i == 1 or _names_a_day(words[i - 2])))
            )
        ):
            found = _one_close(word, _SLIP_MONTHS, _MONTHS)
            found = found if found and found[0] == word[0] else None
        words[i] = found or word
    return words


# The tens a number word opens, written apart from its unit: "veinti cinco", "dieci seis"
# (voice typing splits them) or the old "veinte y cinco", "diez y seis" (round 25).
_NUMBER_HALF_RE = re.compile(r"\b(?:[bv]eint[ei]|die[csz]i|die[sz]) ")
_TENS_GLUED = {"veinti": "veinti", "beinti": "veinti", "dieci": "dieci", "diesi": "dieci"}
_TENS_WITH_Y = {"veinte": "veinti", "diez": "dieci"}
_UNITS_AFTER = {
    "veinti": frozenset("uno dos tres cuatro cinco seis siete ocho nueve".split()),
    "dieci": frozenset("seis siete ocho nueve".split()),
}


def _join_number_halves(words: list[str]) -> list[str]:
    """A number word written in two halves made one ("veinti cinco", "veinte y cinco",
    "diez y seis": 25, 25, 16), when the second half is a unit the first can take; "el
    veinte, dos noches" has no "y" and no "veinti", so it stays two numbers."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        tens = _TENS_GLUED.get(word)
        step = 1
        if tens is None and i + 2 < len(words) and words[i + 1] == "y":
            tens = _TENS_WITH_Y.get(_fix_word(word))
            step = 2
        unit = _fix_word(words[i + step]) if tens and i + step < len(words) else ""
        if tens and unit in ("un", "una"):
            unit = "uno"
        if tens and unit in _UNITS_AFTER[tens]:
            out.append(tens + unit)
            i += step + 1
            continue
        out.append(word)
        i += 1
    return out


def _names_a_day(word: str) -> bool:
    return word in _CALENDAR_WORDS or word in _NUMBER_WORDS or word.isdigit()


def _one_close(word: str, names: tuple[str, ...], meaning: dict[str, int]) -> str | None:
    """The one name (by meaning) of ``names`` one edit from ``word``, or None."""
    close = {
        meaning[name]: name
        for name in names
        if abs(len(name) - len(word)) <= 1 and _edit_distance(word, name, 1) <= 1
    }
    return close.popitem()[1] if len(close) == 1 else None


def _number_reshuffled(word: str) -> str | None:
    """The number word a real word is with two neighbouring letters swapped or one letter
    dropped ("cuarto": cuatro, "sis": seis), or None."""
    swaps = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}
    found = {
        name
        for name in _SHORT_NUMBERS
        if name in swaps
        or (
            len(name) == len(word) + 1
            and any(name[:k] + name[k + 1 :] == word for k in range(len(name)))
        )
    }
    return found.pop() if len(found) == 1 else None


def _day_slot(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` stands where a day of the month does: "del X al", "desde el X
    hasta", "al X de enero", "el X de marzo", "hasta el X"."""
    before = words[i - 1] if i else ""
    if before not in _DAY_OPENERS:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    if after in ("de", "del"):
        return i + 2 < len(words) and words[i + 2] in _MONTHS
    if after in _RANGE_WORDS:
        return before != "al"
    return before == "el" and i >= 2 and words[i - 2] in ("desde", "hasta")


def _people_emoji(match: re.Match[str]) -> str:
    return f" {match.group(1) or match.group(2)} personas "


def _family_emoji(match: re.Match[str]) -> str:
    return f" {match.group(0).count(chr(0x200D)) + 1} personas "


def _glued_party(s: str) -> str:
    if not _GLUED_N_RE.search(s):
        return s
    if _GLUED_A_RE.search(s) or "adult" in s or "+" in s:
        return _GLUED_N_RE.sub(r"\1 menores", _GLUED_A_RE.sub(r"\1 adultos", s))
    return _GLUED_N_RE.sub(r"\1 noches", s)


# "del 15 sl 18", "15 ak 18": between two days, a two-letter word with one key hit
# beside the one meant is the range's "al".
_SLIPPED_AL_RE = re.compile(r"\b(\d{1,2}) ([a-z]{2}) (?=\d{1,2}\b)")


def _fix_slipped_al(match: re.Match[str]) -> str:
    first, second = match.group(2)
    slipped = (first == "a" and second in _NEIGHBOURS["l"]) or (
        second == "l" and first in _NEIGHBOURS["a"]
    )
    return f"{match.group(1)} al " if slipped else match.group(0)


# Autocorrect turns a mistyped "personas" into a real word one letter away ("4
# personal", "5 perdonas"); after a count it can only be the people.
_AUTOCORRECTED_PEOPLE_RE = re.compile(r"\b(\d{1,2}) (?:personal|perdonas|personales)\b")
# Party shorthand after a count: "2ad + 2men", "2 adul y 1 mnr" (adults and minors).
_SHORT_PARTY_RE = re.compile(r"\b(\d{1,2}) (?:(ad|adul|adt|adts)|men|mnr|mnrs)\b")


def _fix_short_party(match: re.Match[str]) -> str:
    return f"{match.group(1)} {'adultos' if match.group(2) else 'menores'}"


# Right after a day ("del 3 al 7 de enro", "10 al 12 de agos") an unknown short word
# can only be a month, so a cut-off month ("agos", "novi", "setiem") or a 4-letter
# typo one edit from a month name, both too short for _fuzzy, is read as that month.
_DIGIT_RE = re.compile(r"\d")
_SHORT_MONTH_TYPO_RE = re.compile(r"\b(\d{1,2} (?:de |del )?)([a-z]{3,7})\b")
_FULL_MONTHS = tuple(name for name in _MONTHS if len(name) > 4)


def _fix_short_month(match: re.Match[str]) -> str:
    word = match.group(2)
    if word in _KNOWN or word in _MONTHS:
        return match.group(0)
    close = {_MONTHS[m] for m in _FULL_MONTHS if m.startswith(word)}
    if not close and len(word) == 4:
        close = {
            _MONTHS[m] for m in _FULL_MONTHS if m[0] == word[0] and _edit_distance(word, m, 1) <= 1
        }
    if len(close) != 1:
        return match.group(0)
    month = close.pop()
    return match.group(1) + next(m for m in _FULL_MONTHS if _MONTHS[m] == month)


@lru_cache(maxsize=8192)
def _fix_word(word: str) -> str:
    if not word.isalpha():
        return word
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _KNOWN:
        return word
    if "ll" in word and (respelled := word.replace("ll", "y")) in _LL_TARGETS:
        return respelled  # "mallo": "ll" and "y" sound alike, and "malo" is no month
    word = _unstretch(word)
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _KNOWN:
        return word
    if "k" in word:  # chat spelling: "kiero", "kuanto", "ke" (Spanish has few k words)
        for respelled in (word.replace("k", "qu"), word.replace("k", "c")):
            if respelled in _KNOWN or respelled in _ABBREVIATIONS:
                return _fix_word(respelled)
            if (number := _SESEO_NUMBERS.get(_seseo(respelled))) is not None:
                return number  # "sinko": "k" for "c" and "s" for a soft "c" at once
    if "x" in word:  # chat spelling of "ch": "noxes", "noxe", "muxas gracias"
        respelled = word.replace("x", "ch")
        if respelled in _KNOWN or respelled in _ABBREVIATIONS:
            return _fix_word(respelled)
    if (respelled := _SESEO_NUMBERS.get(_seseo(word))) is not None:
        return respelled  # "dies", "onse", "dose", "trez": a number spelled as it sounds
    if (said := _spelled_as_said(word)) is not None:
        return said
    if (small := _diminutive(word)) is not None:
        # "trenita" is "treinta" with two letters swapped, no small train.
        close = _closest(word)
        return close if close in _NUMBER_WORDS else small
    return _fuzzy(word) or _split_glued(word) or word


def _spelled_as_said(word: str) -> str | None:
    """A key word written as it sounds, or None: a silent "h" dropped ("umano",
    "uespedes") or added ("henero", "habril", "hoctubre"), "y" for "ll" ("parriya",
    "yamame"), "b" for "v" and back ("nabidad", "año nuebo", "bamos"), "s" for a soft
    "c" ("cansela", "quinsena").

    Only exact re-spellings into a key word (or, for "y", "b" and "v", any known word), so
    real words ("sierra", "playa") are never touched: they are known and return earlier.
    """
    if word[0] in "aeiou" and "h" + word in _TARGET_SET:
        return "h" + word
    if word[0] == "h" and word[1:] in _H_ADDED:
        return word[1:]
    if "y" in word and (respelled := word.replace("y", "ll")) in _KNOWN:
        return respelled
    if "b" in word and (respelled := word.replace("b", "v")) in _KNOWN:
        return respelled
    if "v" in word and (respelled := word.replace("v", "b")) in _KNOWN:
        return respelled
    return _SESEO_KEYS.get(_seseo(word))


_DIMINUTIVE_TAILS = ("citas", "citos", "cita", "cito", "itas", "itos", "ita", "ito")
_DIMINUTIVE_ENDS = ("", "a", "o", "e", "as", "os", "es")


def _diminutive(word: str) -> str | None:
    """A thing the cabin has, said small, or None: "cunita", "parrillita", "pilecita",
    "estufita", "asadito" read as the word they come from.

    Argentines shrink nouns out of habit, not size, and the topics match whole words.
    Only a word the topic patterns name (see _TOPIC_WORDS) is returned, and only when one
    base fits, so verbs in "-ita" ("necesita", "visita") are never rewritten.
    """
    bases = {
        word[: -len(tail)] + end
        for tail in _DIMINUTIVE_TAILS
        if word.endswith(tail) and len(word) - len(tail) >= 3
        for end in _DIMINUTIVE_ENDS
    }
    found = sorted(bases & _TOPIC_WORDS)  # "parrilla" before "parrillas"
    if not found or any(f not in (found[0], found[0] + "s") for f in found):
        return None  # no base, or two different words
    return found[0]


def _seseo(word: str) -> str:
    """A word as Latin American Spanish says it: "z" and soft "c" sound like "s"."""
    return word.replace("z", "s").replace("ce", "se").replace("ci", "si")


# Number words keyed by their sound: s, z and soft c are one sound, so "dies", "onse",
# "dose", "seiz", "trez" are misspelled numbers (too short for the edit-distance match).
_SESEO_NUMBERS = {_seseo(name): name for name in _NUMBER_WORDS if len(name) >= 4}
# The long ones by their sound's initial, for a slip beside the sound ("disiciete").
_SESEO_LONG_NUMBERS: dict[str, tuple[tuple[str, str], ...]] = {
    initial: tuple((key, name) for key, name in _SESEO_NUMBERS.items() if key[0] == initial)
    for initial in {key[0] for key, name in _SESEO_NUMBERS.items() if len(name) >= 7}
}


def _split_glued(word: str) -> str | None:
    """Two words typed without the space between ("muchasgracias", "estefinde"), or None.

    Both halves must be known words and one of them a key word (a fuzzy target, month,
    weekday), so "espero" never becomes "es pero"; a word that splits
    more than one way is left alone. Only words of 6 to 30 letters are tried (linear).
    """
    if not 6 <= len(word) <= 30:
        return None
    splits = [
        (word[:i], word[i:])
        for i in range(2, len(word) - 1)
        if word[:i] in _KNOWN
        and word[i:] in _KNOWN
        and (word[:i] in _KEY_WORDS or word[i:] in _KEY_WORDS)
        and word[i:] not in _VERB_TAILS
    ]
    if not splits:
        return _split_glued_three(word)
    return " ".join(splits[0]) if len(splits) == 1 else None


# Short words a message glues on both sides of a key word when typed without spaces.
_GLUE_WORDS = frozenset("a al de del el en la las los para por hasta desde con y".split())


def _split_glued_three(word: str) -> str | None:
    """A key word with a short word glued on each side ("demarzopara" in
    "del3al6demarzopara2", digits already split off), or None. Only the glue words
    above may surround it, so a real word is never cut in three; two ways is none."""
    splits = [
        (head, word[len(head) : -len(tail)], tail)
        for head in _GLUE_WORDS
        if word.startswith(head)
        for tail in _GLUE_WORDS
        if word.endswith(tail) and word[len(head) : -len(tail)] in _KEY_WORDS
    ]
    return " ".join(splits[0]) if len(splits) == 1 else None


def _unstretch(word: str) -> str:
    """Undo stretched letters ("holaaa", "graciass") when that yields a known word."""
    if _TRIPLE_RE.search(word):
        two = _TRIPLE_RE.sub(r"\1\1", word)
        if two in _KNOWN:
            return two
        word = _TRIPLE_RE.sub(r"\1", word)
        if word in _KNOWN or word in _ABBREVIATIONS:
            return word
    if _DOUBLE_RE.search(word):
        one = _DOUBLE_RE.sub(r"\1", word)
        if one in _KNOWN or one in _ABBREVIATIONS:
            return one
    return word


def _fuzzy(word: str) -> str | None:
    """Closest key word within a small edit distance, or None.

    Only for words of 5+ letters, with the same first letter (typos rarely hit the
    first letter), and 1 edit (2 for words of 8+ letters). This keeps "dicienbre" ->
    "diciembre" without turning "junto" into "junio" (common words are in _KNOWN and
    never reach this point). A tie between forms of one word ("personsa": persona or
    personas) takes the plural; a tie between different words is refused.
    """
    if len(word) < 5:
        return None
    found = _closest(word)
    if found is None and word[0] in "bv":
        # b and v sound the same: "biernes", "bacaciones" miss their first letter.
        found = _closest(("v" if word[0] == "b" else "b") + word[1:])
    if found is None:
        found = _first_key_slip(word)
    if found is None and len(word) >= 7:
        found = _sounded_number_slip(word) or _letters_swapped(word)
    return found


def _letters_swapped(word: str) -> str | None:
    """A key word of 7+ letters with two of its letters swapped across another ("pajeras":
    parejas), or None: the same letters, the same first and last, one key word only (an
    adjacent swap is one edit already, see _closest) (round 29)."""
    found = {
        target
        for target in _TARGETS_BY_LETTERS.get("".join(sorted(word)), ())
        if target[0] == word[0] and target[-1] == word[-1]
    }
    if len({_MEANING.get(t, t[:5]) for t in found}) != 1:
        return None
    return max(found, key=len)


def _sounded_number_slip(word: str) -> str | None:
    """A long number word spelled as it sounds and slipped once ("disiciete": "s" for the
    soft "c", "c" for the "s" and an "e" dropped), or None: one edit from a number word's
    sound (see _seseo), and only one number word that close (round 29)."""
    sound = _seseo(word)
    found = {
        name
        for key, name in _SESEO_LONG_NUMBERS.get(sound[0], ())
        if abs(len(key) - len(sound)) <= 1 and _edit_distance(sound, key, 1) <= 1
    }
    return found.pop() if len(found) == 1 else None


# QWERTY neighbours: a fast thumb hits the key beside the one meant.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _row_index, _row in enumerate(_KEY_ROWS):
    for _col, _key in enumerate(_row):
        _near = _row[max(_col - 1, 0) : _col] + _row[_col + 1 : _col + 2]
        for _other in (_row_index - 1, _row_index + 1):
            if 0 <= _other < len(_KEY_ROWS):
                _near += _KEY_ROWS[_other][max(_col - 1, 0) : _col + 2]
        _NEIGHBOURS[_key] = _near


def _first_key_slip(word: str) -> str | None:
    """A key word whose first letter was hit beside ("rnero", "gebrero"), else None.

    The slip is the word's one edit, so the rest must match exactly; more than one
    key word reachable that way is refused.
    """
    found = {
        near + word[1:] for near in _NEIGHBOURS.get(word[0], "") if near + word[1:] in _TARGET_SET
    }
    return found.pop() if len(found) == 1 else None


def _closest(word: str) -> str | None:
    limit = 1 if len(word) < 8 else 2
    scored = [
        (_edit_distance(word, target, limit), target)
        for target in _TARGETS_BY_INITIAL.get(word[0], ())
        if abs(len(target) - len(word)) <= limit
    ]
    best_dist = min((dist for dist, _ in scored), default=limit + 1)
    if best_dist > limit:
        return None
    best = sorted((t for dist, t in scored if dist == best_dist), key=len)
    if len({_MEANING.get(t, t[:5]) for t in best}) > 1:
        return None
    return best[-1]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau (optimal string alignment) distance, giving up past ``limit``."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


_KNOWN: frozenset[str] = frozenset(
    _COMMON_WORDS
    | set(_MONTHS)
    | set(_MONTH_ABBR_AFTER_DAY)
    | set(_WEEKDAYS)
    | set(_NUMBER_WORDS)
    | set(_ORDINALS)
    | set(_ABBREVIATIONS.values())
    | set(_FUZZY_TARGETS)
    | _UNIT_WORDS
    | _TOTAL_NOUNS
    | _ADULT_NOUNS
    | _CHILD_NOUNS
    | _COUPLE_NOUNS
    | _TOTAL_PREFIX
    | _DAY_PREFIX
    | {
        word
        for pattern in (
            _HUMAN_RE,
            _CANCEL_RE,
            _BOOK_RE,
            _PRICE_RE,
            _AVAIL_RE,
            _THANKS_RE,
            _FAREWELL_RE,
            _GREETING_RE,
            _COUPLE_RE,
            _SOLO_RE,
            _AFFIRM_RE,
            _DENY_RE,
            _YES_ONLY_RE,
            _NOT_YET_RE,
            *(p for _, p in _TOPIC_PATTERNS),
            *(p for p, _ in _CANONICAL_REWRITES),
        )
        for word in re.findall(r"[a-z]{2,}", pattern.pattern)
    }
)
# The nouns the topic patterns name, 4+ letters ("cuna", "estufa", "parrilla"): what a
# diminutive may stand for (see _diminutive).
_TOPIC_WORDS: frozenset[str] = frozenset(
    word
    for _, pattern in _TOPIC_PATTERNS
    for word in re.findall(r"[a-z]{4,}", pattern.pattern)
    if word in _KNOWN and word != "visa"  # "visita" is a visit, not the card
)
# Besides the listed targets, the words that carry a party or a stay's length are
# worth correcting too ("cuatri", "cinoc", "chicoa", "somis"): the 5+ letter words
# of those classes, none of them one edit from another (checked in the tests).
_TARGETS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *_FUZZY_TARGETS,
            *(
                w
                for w in (*_NUMBER_WORDS, *_TOTAL_NOUNS, *_ADULT_NOUNS, *_CHILD_NOUNS)
                if len(w) >= 5
            ),
            # "mañan", "paramañana": tomorrow is a stay's day, worth a slip too (round 18).
            *"somos lugar alguien hablar manana".split(),
        )
    )
)
_TARGET_SET = frozenset(_TARGETS)
# The months and key words a "ll" written for a "y" may stand for ("mallo", "sallo").
_LL_TARGETS = frozenset(w for w in (*_TARGETS, *_MONTHS) if "y" in w)
# Key words by their sound (see _seseo), for the ones whose "c" or "z" a guest may write
# as "s": the fuzzy targets, the calendar's words and the forms of "cancelar" ("cansela",
# "canselar").
_SESEO_KEYS: dict[str, str] = {
    _seseo(w): w
    for w in (
        *_TARGETS,
        *sorted(_CALENDAR_WORDS),  # "quinsena", "prinsipios"
        *(k for k in sorted(_KNOWN) if k.startswith("cancel")),
    )
    if _seseo(w) != w and _seseo(w) not in _KNOWN
}
# Months and key words an older hand writes with a silent "h" before ("henero", "hoctubre").
_H_ADDED = frozenset(w for w in (*_TARGETS, *_MONTHS) if len(w) >= 4 and w[0] in "aeiou")
# A verb's own ending or pronoun ("reservanos", "cancelaramos") is no second word.
_VERB_TAILS = frozenset("me te se nos os lo la los las le les mos amos emos imos".split())
# Long key words only: "comodos" is no "como dos", "verano" no "ver ano", "diario"
# no "dia rio".
_KEY_WORDS: frozenset[str] = frozenset(w for w in (*_TARGETS, *_MONTHS, *_WEEKDAYS) if len(w) >= 4)
# Targets that mean the same to the reader: a tie between them ("chicoa": chico,
# chica or chicos, all children) is no ambiguity.
_MEANING: dict[str, str] = {
    **{name: f"month {number}" for name, number in _MONTHS.items()},
    **{w: "child" for w in _CHILD_NOUNS},
    **{w: "adult" for w in _ADULT_NOUNS},
    **{w: "total" for w in _TOTAL_NOUNS},
}
_TARGETS_BY_LETTERS: dict[str, tuple[str, ...]] = {}
for _target in _TARGETS:
    if len(_target) >= 7:
        _key = "".join(sorted(_target))
        _TARGETS_BY_LETTERS[_key] = (*_TARGETS_BY_LETTERS.get(_key, ()), _target)
_TARGETS_BY_INITIAL: dict[str, tuple[str, ...]] = {
    initial: tuple(t for t in _TARGETS if t[0] == initial) for initial in {t[0] for t in _TARGETS}
}


# ---------------------------------------------------------------------------
# Canonical text
# ---------------------------------------------------------------------------


def _canonicalize(norm: str) -> str:
    if ("vamos" in norm or " voy " in norm or "iria" in norm) and (
        trip := _TRIP_START_RE.search(norm)
    ):
        if not _ARRIVAL_TOLD_RE.search(norm):
            norm = f"{norm[: trip.start()]}llegamos{norm[trip.end() :]}"
    canon = _ANY_REWRITE_RE.sub(_rewrite, norm).strip()  # a dropped "eh" may end it
    # "del 15 12 al 18 12", "del 22 - 12 al 26 - 12": days and months written with spaces,
    # both ends alike (a dash there joins a date's parts, no range's ends).
    canon = _SPACED_RANGE_RE.sub(r"\1/\2 \3 \4/\5", canon)
    # A Brazilian's "7 de março" (accents gone: "marco", a Spanish word) after a day is March.
    canon = _MARCO_RE.sub(r"\1 de marzo", canon)
    if _WISHED_RE.search(canon):  # a cheap look before the wish pattern
        canon = _WEEKEND_WISH_RE.sub(_wish, canon)
    return canon


# "nos vamos el 20 por 3 noches", "me voy el 5 de enero una semana": a day the trip starts
# with its length after it, when no arrival is told, is the arrival; the rewrites read "nos
# vamos el 18" alone as a departure (the answer to "¿hasta qué día?", or after "llegamos
# el 15"). Before, 3 nights back from the 20th (round 25).
_TRIP_START_RE = re.compile(
    r"\b(?:nos (?:vamos(?: a ir)?|iriamos|iremos)|me (?:voy(?: a ir)?|iria|ire))"
    r"(?: de (?:vacaciones|viaje|paseo)| para alla)?"
    r"(?= (?:el )?\d{1,2}\b(?:(?! (?:y|hasta|al|a|o) )[ a-z0-9/]){0,40}?"
    r" (?:por )?(?:\d{1,2}|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince)"
    r" (?:noches?|semanas?|dias)\b)"
)
_ARRIVAL_TOLD_RE = re.compile(
    r"\b(?:lleg[a-z]*|entrada|entramos|ingres[a-z]*|checkin|desde|del \d|de \d{1,2} a)\b"
)
_SPACED_RANGE_RE = re.compile(
    r"\b([12]\d|3[01]|0?[1-9]) (?:- )?(1[0-2]|0?[1-9]) (al|a|hasta el|hasta)"
    r" ([12]\d|3[01]|0?[1-9]) (?:- )?(1[0-2]|0?[1-9])\b(?![/.:-]?\d)"
)
_MARCO_RE = re.compile(r"\b(\d{1,2}) de marco\b")
_WISHED_RE = re.compile(r"finde|fiestas|navidad|nochebuena|\bano\b|pascua")


def _wish(match: re.Match[str]) -> str:
    return (match.group("keep") or "") + "buendeseo"


def _rewrite(match: re.Match[str]) -> str:
    for pattern, repl in _CANONICAL_REWRITES:
        if (found := pattern.fullmatch(match.group(0))) is not None:
            return found.expand(repl)  # a group kept: "cuantos sale" is "cuanto sale"
    return match.group(0)
