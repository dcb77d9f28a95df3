"""What the NLU table tests share: ISO dates in the rows, and one stay assertion."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest

from bot.nlu import parse

# The columns of a stay row: (today, message, intent, check_in, check_out, guests).
STAY_COLUMNS = ("today", "text", "intent", "check_in", "check_out", "guests")
Row = tuple[date, str, str, str | None, str | None, int | None]
AV = "availability"


def d(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def assert_stay(
    today: date,
    text: str,
    intent: str,
    check_in: str | None,
    check_out: str | None,
    guests: int | None,
) -> None:
    """`parse(text, today)` reads the row's intent, dates (ISO strings) and head count."""
    got = parse(text, today)
    assert (got.intent, got.check_in, got.check_out, got.guests) == (
        intent,
        d(check_in),
        d(check_out),
        guests,
    )


# Rounds 18 on: a field the contract leaves open for that message is ANY, and an intent
# "!x" means anything but x. Their rows add the topic that must be among `topics`.
ANY = "any"
OpenRow = tuple[date, str, str, str | None, str | None, int | str | None, str | None]


def _day(iso: str | None) -> date | str | None:
    return ANY if iso == ANY else d(iso)


def check_open_row(row: OpenRow) -> None:
    today, text, intent, check_in, check_out, guests, topic = row
    got = parse(text, today)
    if intent.startswith("!"):
        assert got.intent != intent[1:], got.intent
        intent = ANY
    actual = (got.intent, got.check_in, got.check_out, got.guests)
    expected = (intent, _day(check_in), _day(check_out), guests)
    assert tuple(a if e == ANY else e for a, e in zip(actual, expected, strict=True)) == actual
    assert topic is None or topic in got.topics, got.topics


def table(rows: Sequence[tuple[Any, ...]]) -> pytest.MarkDecorator:
    """`@table(ROWS)` over a test taking `row`: one test a row, named by its day and the
    first 50 characters of its message."""
    return pytest.mark.parametrize("row", rows, ids=[f"{row[0]} {row[1][:50]}" for row in rows])
