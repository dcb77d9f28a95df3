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


async def test_a_round_trip_past_its_deadline_fails_its_callers_and_new_ones_at_once():
    # A database that hangs: the webhook must answer 503 in time, not when asyncpg gives
    # up. The items are not dropped: they go in the next round trip (the sender retries,
    # and the recording is idempotent), whose results nobody waits for.
    trips = RoundTrips()
    batcher = Batcher(trips, deadline=0.2, stalled=lambda: TimeoutError("stalled"))
    loop = asyncio.get_running_loop()
    started = loop.time()
    first = asyncio.ensure_future(batcher(1))
    await settle()
    queued = asyncio.ensure_future(batcher(2))
    with pytest.raises(TimeoutError, match="stalled"):
        await first
    with pytest.raises(TimeoutError, match="stalled"):
        await queued
    assert 0.2 <= loop.time() - started < 0.5
    stuck = loop.time()
    with pytest.raises(TimeoutError, match="stalled"):
        await batcher(3)  # while it is still stuck: its own deadline, no longer
    assert 0.2 <= loop.time() - stuck < 0.5
    late = asyncio.ensure_future(batcher(4))
    await settle()
    trips.go.set()  # the database answers again while that one waits
    assert await late == 40
    assert trips.groups == [[1], [2, 3, 4]]
    assert await batcher(5) == 50  # over: round trips answer as usual


async def test_without_a_stall_the_deadline_changes_nothing():
    trips = RoundTrips()
    trips.go.set()
    batcher = Batcher(trips, deadline=0.05)
    assert await asyncio.gather(*(batcher(n) for n in range(5))) == [0, 10, 20, 30, 40]
    await asyncio.sleep(0.1)  # the timers of the round trips that ended fire nothing
    assert await batcher(7) == 70
