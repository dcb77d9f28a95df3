"""What the NLU table tests share: ISO dates in the rows, and one stay assertion."""

from __future__ import annotations

from datetime import date

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
