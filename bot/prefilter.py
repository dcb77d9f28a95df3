"""A compiled pattern that skips its scan when the text cannot match: `Prefiltered`.

Python's `re` tries every branch of an alternation at every position of the text. The
NLU's largest patterns (a person asked for, a price asked, a party told) have hundreds of
branches, and scanning a 50-character message with one of them cost ~100 µs, most of a
parse, for messages that hold none of their words. Every match of such a pattern holds at
least one of a few literal pieces ("hablar", "dueno", "bot", ...): if none is in the text,
no match can be, and a substring test costs a fraction of a microsecond.

The pieces are read from the pattern itself (its parse tree, `re._parser`), never written
by hand, so a new branch brings its own: a branch that holds no required literal (only a
class like `\\w+`, or an optional part) leaves the whole pattern unfiltered. The results are
those of the pattern: tests/test_prefilter.py checks them against the bare pattern on every
phrase of the NLU's tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

try:  # the parser of the standard library's `re` (private, stable since 3.11)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - another Python: no filter, same results
    _P = _C = None  # type: ignore[assignment]

_Needles = frozenset[str]


def required_pieces(regex: re.Pattern[str]) -> _Needles | None:
    """Literal pieces one of which every match of `regex` holds; None when no such set is
    known (a case-insensitive pattern, or a branch that requires no literal)."""
    if _P is None or regex.flags & re.IGNORECASE:
        return None
    found = _sequence(_P.parse(regex.pattern, regex.flags).data)
    if not found or "" in found:
        return None
    # A piece that holds another is redundant: "robot" is in any text "bot" must be in.
    kept = sorted(found, key=len)
    return frozenset(p for i, p in enumerate(kept) if not any(q in p for q in kept[:i]))


def _sequence(items: list[tuple[Any, Any]]) -> _Needles | None:
    """Every item of a sequence must match: the best of their sets (the one whose shortest
    piece is longest), counting adjacent literals as one piece."""
    best: _Needles | None = None

    def consider(pieces: _Needles | None) -> None:
        nonlocal best
        if pieces and (best is None or min(map(len, pieces)) > min(map(len, best))):
            best = pieces

    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        consider(_node(op, av))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _node(op: Any, av: Any) -> _Needles | None:
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(sub.data)
    if op is _C.BRANCH:
        pieces: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch.data)
            if not found:
                return None  # this branch can match without any known piece
            pieces |= found
        return frozenset(pieces)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(sub.data) if low >= 1 else None
    if op is _C.ATOMIC_GROUP:
        return _sequence(av.data)
    # Classes, any character, anchors, lookarounds (they consume nothing), back-references.
    return None


class Prefiltered:
    """`regex`, with a substring test first: no required piece in the text, no scan.
    Offers what the NLU uses of a compiled pattern, with the same results."""

    __slots__ = ("flags", "groupindex", "groups", "pattern", "pieces", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pieces = required_pieces(regex)
        self.pattern, self.flags = regex.pattern, regex.flags
        self.groups, self.groupindex = regex.groups, regex.groupindex

    def may_match(self, text: str) -> bool:
        """False only when no match can be (pos/endpos only narrow the text)."""
        pieces = self.pieces
        # map over the bound method: the loop stays in C (a generator costs ~4x as much)
        return pieces is None or any(map(text.__contains__, pieces))

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.search(text, *bounds) if self.may_match(text) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.match(text, *bounds) if self.may_match(text) else None

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.fullmatch(text, *bounds) if self.may_match(text) else None

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, *bounds) if self.may_match(text) else iter(())

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return self.regex.findall(text, *bounds) if self.may_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self.may_match(text) else text

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        return self.regex.subn(repl, text, count) if self.may_match(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.regex.split(text, maxsplit) if self.may_match(text) else [text]

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


def prefiltered(pattern: str, flags: int = 0) -> Prefiltered:
    """`re.compile(pattern, flags)`, prefiltered."""
    return Prefiltered(re.compile(pattern, flags))
