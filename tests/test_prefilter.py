"""bot/prefilter.py: the pieces every match must hold, and the same results as the bare
pattern on every phrase of the NLU's tables (session 22)."""

from __future__ import annotations

import ast
import datetime as dt
import functools
import re
from pathlib import Path

import pytest

from bot import nlu_patterns
from bot.nlu import parse_fresh
from bot.nlu_text import _canonicalize, normalize
from bot.prefilter import Prefiltered, prefiltered, required_pieces

# ------------------------------------------------------------------ the pieces


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"\bhola\b", {"hola"}),
        # A sequence: the set whose shortest piece is longest (" con " is shorter).
        (r"\b(?:hablar|llamame) con \w+", {"hablar", "llamame"}),
        (r"\b(?:si|no) quiero \w+", {" quiero "}),
        (r"\b(?:hablar|llamame)\b", {"hablar", "llamame"}),
        (r"(?:dueno|duena) (?:ya )?", {"duen"}),  # re factors the branches' common start
        (r"(?:bot|robot|chatbot)", {"bot"}),  # "robot" holds "bot": one is enough
        (r"x{2,}y", {"x"}),  # a repeat at least once holds its piece
        (r"(?:reserva)+", {"reserva"}),
        (r"^persona$|agente", {"persona", "agente"}),
        (r"(?<!no )tengo|quiero(?= algo)", {"tengo", "quiero"}),  # lookarounds consume nothing
        (r"(?>atomic)x", {"atomic"}),
    ],
)
def test_the_pieces_every_match_holds(pattern: str, pieces: set[str]) -> None:
    assert required_pieces(re.compile(pattern)) == pieces


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # no literal at all
        r"hola|\d+",  # a branch that needs none
        r"(?:hola)?",  # an optional part needs nothing
        r"(?:hola)*chau?|\bsi\b|[abc]",  # the class branch
        r"(?i)hola",  # case-insensitive: a piece could be written in capitals
    ],
)
def test_no_pieces_when_a_match_may_hold_none(pattern: str) -> None:
    assert required_pieces(re.compile(pattern)) is None


def test_a_case_insensitive_part_is_left_out() -> None:
    assert required_pieces(re.compile(r"(?i:hola) che")) == {" che"}


def test_a_pattern_with_no_pieces_runs_as_it_is() -> None:
    bare = prefiltered(r"\d+ noches")
    assert bare.pieces == {" noches"}
    anything = prefiltered(r"\d+|noches")
    assert anything.pieces is None
    assert anything.search("3") is not None


def test_every_method_answers_as_the_pattern_does() -> None:
    regex = re.compile(r"\b(?:hablar|llamar) con (\w+)")
    wrapped = Prefiltered(regex)
    for text in ("quiero hablar con marta y llamar con juan", "hola, ¿tienen lugar?", ""):
        assert _spans(wrapped.search(text)) == _spans(regex.search(text))
        assert _spans(wrapped.match(text)) == _spans(regex.match(text))
        assert _spans(wrapped.fullmatch(text)) == _spans(regex.fullmatch(text))
        assert [m.span() for m in wrapped.finditer(text)] == [
            m.span() for m in regex.finditer(text)
        ]
        assert wrapped.findall(text) == regex.findall(text)
        assert wrapped.sub("X", text) == regex.sub("X", text)
        assert wrapped.subn(r"<\1>", text) == regex.subn(r"<\1>", text)
        assert _spans(wrapped.search(text, 5)) == _spans(regex.search(text, 5))
    assert (wrapped.pattern, wrapped.flags, wrapped.groups) == (
        regex.pattern,
        regex.flags,
        regex.groups,
    )


def test_a_text_without_the_pieces_is_not_scanned() -> None:
    class Counting:
        """A pattern that counts its scans (the bare pattern's results otherwise)."""

        def __init__(self, regex: re.Pattern[str]) -> None:
            self.regex, self.scans = regex, 0
            self.pattern, self.flags = regex.pattern, regex.flags
            self.groups, self.groupindex = regex.groups, regex.groupindex

        def search(self, text: str, *bounds: int) -> re.Match[str] | None:
            self.scans += 1
            return self.regex.search(text, *bounds)

    counting = Counting(re.compile(r"\bhablar con (?:alguien|el dueno)\b"))
    wrapped = Prefiltered(counting)  # type: ignore[arg-type]
    assert wrapped.search("tienen lugar del 15 al 18 para 4") is None
    assert counting.scans == 0
    assert wrapped.search("quiero hablar con alguien") is not None
    assert counting.scans == 1


# ------------------------------------------------------------------ the NLU's patterns


def _spans(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def _phrases() -> list[str]:
    """Every phrase written in the NLU's test tables (string constants with a space)."""
    found: set[str] = set()
    for path in sorted(Path(__file__).parent.glob("test_nlu*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if " " in text.strip() and "\n" not in text and len(text) <= 300:
                    found.add(text)
    return sorted(found)


PHRASES = _phrases()


@functools.cache
def _texts() -> tuple[str, ...]:
    """Each phrase as the NLU reads it (canonical text) and as written (lowercase)."""
    return tuple(
        text for phrase in PHRASES for text in (_canonicalize(normalize(phrase)), phrase.lower())
    )


WRAPPED = [
    *((name, v) for name, v in vars(nlu_patterns).items() if isinstance(v, Prefiltered)),
    *((f"topic {topic}", p) for topic, p in nlu_patterns._TOPIC_PATTERNS),
]


def test_the_tables_are_read() -> None:
    assert len(PHRASES) > 5000
    assert len(WRAPPED) > 30
    # and nearly all wrapped patterns are filtered at all (the point of wrapping them): the
    # few without pieces are a class of digits or emojis (`_CHOICE_RE`, `_EMOJI_YES_RE`)
    unfiltered = {name for name, p in WRAPPED if p.pieces is None}
    assert unfiltered == {"_CHOICE_RE", "_EMOJI_YES_RE", "_EMOJI_NO_RE"}


@pytest.mark.parametrize(("name", "wrapped"), WRAPPED, ids=[name for name, _ in WRAPPED])
def test_same_matches_as_the_bare_pattern_on_every_phrase(name: str, wrapped: Prefiltered) -> None:
    for text in _texts():
        assert [m.span() for m in wrapped.finditer(text)] == [
            m.span() for m in wrapped.regex.finditer(text)
        ], (name, text)


def test_a_parse_reads_the_same_through_the_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole parse, with the filter and with every pattern scanning, on a sample of
    the tables: the same understanding."""
    today = dt.date(2026, 11, 28)
    sample = PHRASES[::25]
    filtered = [parse_fresh(text, today) for text in sample]
    monkeypatch.setattr(Prefiltered, "may_match", lambda self, text: True)
    assert [parse_fresh(text, today) for text in sample] == filtered
