"""The machine is one table, and bot/conversation.md draws exactly that table."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from bot import (
    handlers_ask,
    handlers_cancel,
    handlers_deposit,
    handlers_global,
    handlers_list,
    handlers_summary,
)
from bot.states import GLOBAL_GOES_TO, State, table

DIAGRAM = Path(__file__).resolve().parent.parent / "bot" / "conversation.md"
ARROW = re.compile(r"^\s*(\[\*\]|\w+)\s*-->\s*(\w+)\s*(?::.*)?$")


def diagram() -> tuple[set[str], set[tuple[str, str]]]:
    text = DIAGRAM.read_text()
    block = text.split("```mermaid", 1)[1].split("```", 1)[0]
    assert block.lstrip().startswith("stateDiagram-v2")
    edges = {(m[1], m[2]) for line in block.splitlines() if (m := ARROW.match(line))}
    states = {s for edge in edges for s in edge} - {"[*]", "global"}
    return states, edges


def test_every_state_has_a_handler_and_every_handler_a_state():
    routes = table()
    assert set(routes) == set(State)
    handlers = {
        obj
        for module in (
            handlers_ask,
            handlers_list,
            handlers_summary,
            handlers_deposit,
            handlers_cancel,
            handlers_global,
        )
        for name, obj in inspect.getmembers(module, inspect.iscoroutinefunction)
        if name.startswith("on_") and obj.__module__ == module.__name__
    }
    assert {route.handler for route in routes.values()} == handlers
    assert len(handlers) == len(State)  # one handler per state, none shared


def test_every_state_can_ask_again_or_is_left_at_once():
    for state, route in table().items():
        assert route.goes_to, state
        assert state in route.goes_to or state == State.HANDOFF


def test_state_values_are_the_stored_ones():
    # Stored in Redis: these strings must never change.
    assert [s.value for s in State] == [
        "idle", "ask_dates", "ask_guests", "choose_cabin", "confirm_hold",
        "await_payment", "choose_cancel", "confirm_cancel", "handoff",
    ]  # fmt: skip


def test_the_diagram_lists_exactly_the_states_and_transitions_of_the_table():
    states, edges = diagram()
    assert states == {s.value for s in State}
    table_edges = {(s.value, t.value) for s, r in table().items() for t in r.goes_to}
    drawn = {(a, b) for a, b in edges if a not in ("[*]", "global")}
    assert drawn == table_edges
    assert {b for a, b in edges if a == "global"} == {s.value for s in GLOBAL_GOES_TO}
    assert ("[*]", State.IDLE.value) in edges
