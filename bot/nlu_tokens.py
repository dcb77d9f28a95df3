"""Tokens for bot.nlu: canonical text -> numbers, dates, words and symbols.

Numbers that are neither dates nor guests (prices, times, phone numbers, long
numbers) are masked first, then the text is split into tokens; numeric dates
("15/12", "15-18/12", "2027-01-20") become date tokens and number words become
numbers. The date, nights and guest rules all read these tokens.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from bot.nlu_vocab import (
    _ADULT_NOUNS,
    _CHILD_NOUNS,
    _MONTHS,
    _NUMBER_WORDS,
    _TOTAL_NOUNS,
    _UNIT_WORDS,
)

# ---------------------------------------------------------------------------
# Masking numbers that are neither dates nor guests
# ---------------------------------------------------------------------------


_NOUN_ALT = "|".join(sorted(_UNIT_WORDS | _TOTAL_NOUNS | _ADULT_NOUNS | _CHILD_NOUNS))
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        # Prices: "$50000", "$ 50.000", "50 mil", "50k", "30000 pesos", "usd 100".
        (r"\$ (?:s )?\d[\d.]*(?: (?:mil|k|lucas))?", " xprice "),
        (r"\b\d[\d.]* ?(?:mil|k|lucas|pesos|dolares|usd|dls|euros|mangos|ars)\b", " xprice "),
        (r"\b(?:usd|ars|dls|eur|u s s) ?\d[\d.]*", " xprice "),
        (r"\b\d{1,3}(?:\.\d{3})+\b", " xprice "),
        # Hours between two times, "hs" after the last: "entre 14 y 16 hs", "de 9 a 18hs",
        # "20-21 hs" (a window of arrival, no days: "entre 14 y" read a departure).
        (
            r"\b(?:(?:de|desde) \d{1,2}(?:[:.]\d{2})? (?:a|hasta)"
            r"|entre (?:las )?\d{1,2}(?:[:.]\d{2})? y(?: las)?|\d{1,2}-)"
            r" ?\d{1,2}(?:[:.]\d{2})? ?(?:hs|horas)\b",
            " xtime ",
        ),
        # Times: "a las 14", "las 10:30", "14hs", "10 am", "14:30".
        (
            rf"\blas \d{{1,2}}(?!\d)(?:[:.]\d{{2}})?(?! (?:{_NOUN_ALT})\b)"
            r"(?: ?(?:hs|am|pm|horas))?",
            " xtime ",
        ),
        (r"\b\d{1,2}(?:[:.]\d{2})? ?(?:hs|am|pm)\b", " xtime "),
        (r"\b\d{1,2}:\d{2}\b", " xtime "),
    )
)
# A phone is a run of digits, spaces and dashes, but not one that starts or ends inside
# a date ("el 15/1 2944556677", "2944556677 15/1 al 18/1") nor swallows the count after
# it ("+54 9 294 455-6677 3 adultos": commas are gone by now, the 3 is people).
_PHONE_RE = re.compile(rf"(?<![\d/.-])\+? ?\d[\d -]{{6,}}\d(?!\d)(?![/.]\d)(?! (?:{_NOUN_ALT})\b)")
_LONG_NUMBER_RE = re.compile(r"\b\d{5,}\b")
_DIGIT_RE = re.compile(r"\d")


def _mask_phone(match: re.Match[str]) -> str:
    chunk = match.group(0)
    digits = sum(ch.isdigit() for ch in chunk)
    runs = re.findall(r"\d{3,}", chunk)
    # Dates never have a 3+ digit run other than a year.
    if digits >= 8 and any(not re.fullmatch(r"20\d\d", run) for run in runs):
        return " xphone "
    return chunk


def _mask_noise(text: str) -> str:
    if not _DIGIT_RE.search(text):
        return text
    for pattern, repl in _MASKS:
        text = pattern.sub(repl, text)
    text = _PHONE_RE.sub(_mask_phone, text)
    return _LONG_NUMBER_RE.sub(" xnum ", text)


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    kind: str  # "num" | "date" | "word" | "sym"
    text: str
    value: int = 0  # number value, or the day of a date
    month: int = 0  # date month
    year: int | None = None  # date year, if written
    used: bool = False  # already consumed by a date, nights or guests rule


_TOKEN_RE = re.compile(
    r"(?P<iy>20\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    # "15-18/12", not "15-12/18-12" (two dashed dates, a slash between them)
    r"|(?P<r1>\d{1,2})-(?P<r2>\d{1,2})/(?P<rm>\d{1,2})(?:/(?P<ry>\d{4}|\d{2}))?(?![\d-])"
    r"|(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\d)"
    r"|(?P<num>\d+)|(?P<word>[a-z]+)|(?P<sym>[-+$])"
)


def _year_from(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _last_century(year: str) -> bool:
    """A year written before 2000 ("1990", "85"): a birth date or a document's, no stay."""
    return int(year) < 2000 if len(year) == 4 else int(year) >= 50


def _valid_day_month(day: int, month: int) -> bool:
    # 2028 is a leap year, so 29/2 is accepted here and resolved to a real year later.
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2028, month)[1]


_AGES_AHEAD_RE = re.compile(r" ?(?:anos|ano|anitos|meses)\b")
_MONTH_AHEAD_RE = re.compile(rf" (?:de )?(?:{'|'.join(_MONTHS)})\b")
_MONTH_BEHIND_RE = re.compile(rf"(?:^|\s)(?:{'|'.join(_MONTHS)}) $")


# A slash date only month-first can be ("12/15", "12/28"), with no month word after it: a
# foreigner's month/day. Then every slash date of the message is month/day ("12/28 a 1/2"
# is 28/12 to 2/1): one writer keeps one order. Day-first stays the rule otherwise (§6).
_MONTH_FIRST_RE = re.compile(
    rf"(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\d/])(?!{_MONTH_AHEAD_RE.pattern})"
)


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    month_first = "/" in text and _MONTH_FIRST_RE.search(text) is not None
    for m in _TOKEN_RE.finditer(text):
        if m.group("iy") or m.group("r1") or m.group("d"):
            toks += _date_tokens(m, text, month_first)
        elif m.group("num"):
            toks.append(_Tok("num", m.group("num"), int(m.group("num"))))
        elif m.group("word") in _NUMBER_WORDS:
            toks.append(_Tok("num", m.group("word"), _NUMBER_WORDS[m.group("word")]))
        elif m.group("word"):
            toks.append(_Tok("word", m.group("word")))
        else:
            toks.append(_Tok("sym", m.group("sym")))
    return toks


def _date_tokens(m: re.Match[str], text: str, month_first: bool = False) -> list[_Tok]:
    """Tokens for a numeric date match: a date, two dates, or plain numbers."""
    if m.group("iy"):  # ISO "2027-01-20"
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        return [_Tok("date", m.group(0), day, month, year)] if _valid_day_month(day, month) else []
    if m.group("r1"):  # "15-18/12": two days sharing a month
        month, year = int(m.group("rm")), _year_from(m.group("ry"))
        first, second = int(m.group("r1")), int(m.group("r2"))
        if not (_valid_day_month(first, month) and _valid_day_month(second, month)):
            return []
        return [
            _Tok("date", m.group(0), first, month, year),
            _Tok("sym", "-"),
            _Tok("date", m.group(0), second, month, year),
        ]
    day, month = int(m.group("d")), int(m.group("m"))
    if m.group("y") and _last_century(m.group("y")):
        return []  # "nacimiento: 03/04/1990", "fecha de nac. 12/05/85": a birth date, no stay
    if not m.group("y") and _AGES_AHEAD_RE.match(text, m.end()):
        # "2 nenes (5/7 años)", "de 3-5 años": two ages, no date.
        return [_Tok("num", m.group("d"), day), _Tok("sym", "-"), _Tok("num", m.group("m"), month)]
    if month_first and m.group("sep") == "/":
        day, month = month, day
    day_range = [_Tok("num", m.group("d"), day), _Tok("sym", "-"), _Tok("num", m.group("m"), month)]
    dashed = m.group("sep") == "-" and not m.group("y")
    # "3-6 enero" and "ene 2-5" are day ranges even though 3-6 could be 3 June.
    if dashed and (
        _MONTH_AHEAD_RE.match(text, m.end())
        or _MONTH_BEHIND_RE.search(text, max(0, m.start() - 12), m.start())
    ):
        return day_range
    # "31/11", "30/2": kept as written, a day its month does not have, which bot.nlu_dates
    # reads as none (no_such_date: the bot says so, session 21); "15-18" is a day range.
    if _valid_day_month(day, month) or (not dashed and 1 <= month <= 12 and 1 <= day <= 31):
        return [_Tok("date", m.group(0), day, month, _year_from(m.group("y")))]
    return day_range if dashed else []


def _text_at(toks: list[_Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""
