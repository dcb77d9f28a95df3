"""Group commit (bot/batching.py): who shares a round trip, and what each caller gets."""

from __future__ import annotations

import asyncio

import pytest

from bot.batching import Batcher


class RoundTrips:
    """A stand-in for a database round trip: held open until `go` is set."""

    def __init__(self) -> None:
        self.groups: list[list[int]] = []
        self.go = asyncio.Event()
        self.fail_with: Exception | None = None

    async def __call__(self, items: list[int]) -> list[int]:
        self.groups.append(items)
        await self.go.wait()
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error
        return [item * 10 for item in items]


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_a_lone_call_goes_at_once_and_calls_during_its_round_trip_share_the_next():
    trips = RoundTrips()
    batcher = Batcher(trips)
    first = asyncio.ensure_future(batcher(1))
    await settle()
    assert trips.groups == [[1]]  # nobody waited for company
    others = [asyncio.ensure_future(batcher(n)) for n in (2, 3, 4)]
    await settle()
    assert trips.groups == [[1]]  # they wait for the round trip in flight
    trips.go.set()
    assert await first == 10
    assert await asyncio.gather(*others) == [20, 30, 40]  # each its own result
    assert trips.groups == [[1], [2, 3, 4]]  # in arrival order, one round trip


async def test_an_error_reaches_every_caller_of_its_round_trip_and_only_them():
    trips = RoundTrips()
    batcher = Batcher(trips)
    trips.fail_with = ConnectionRefusedError("database down")
    failed = [asyncio.ensure_future(batcher(n)) for n in (1, 2)]
    await settle()
    trips.go.set()
    for call in failed:
        with pytest.raises(ConnectionRefusedError):
            await call
    assert await batcher(3) == 30  # the next round trip is not poisoned


async def test_a_caller_that_goes_away_does_not_cancel_the_others_round_trip():
    trips = RoundTrips()
    batcher = Batcher(trips)
    leaving, staying = asyncio.ensure_future(batcher(1)), asyncio.ensure_future(batcher(2))
    await settle()
    leaving.cancel()
    await settle()
    trips.go.set()
    assert await staying == 20
    assert trips.groups == [[1, 2]]  # the one who left is still in the round trip
    with pytest.raises(asyncio.CancelledError):
        await leaving
