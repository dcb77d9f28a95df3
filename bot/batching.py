"""Group commit: calls that arrive while one round trip is in flight share the next.

A lone call runs at once; under a burst, hundreds of round trips and commits
become a few. Each caller still waits for the round trip that holds its item
and gets its own result (or the round trip's error). Used by the recording of
webhook batches (bot/recording.py) and the claims of outbound messages
(bot/whatsapp.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batcher(Generic[Item, Result]):
    """`await batcher(item)`: `run(items)` returns one result per item, in order.

    With a `deadline`, a round trip still in flight after that many seconds (a
    database that hangs) fails its callers and those queued behind it with
    `stalled()`; until it ends, each new caller waits at most `deadline` itself.
    The items of callers that gave up stay queued and go in the next round trip
    all the same, whose results nobody waits for (`run` must be safe to repeat: the
    caller's client retries). One timer at a time, re-armed for the round trip in
    flight when it fires: a timer a request (asyncio.timeout) cost a lone webhook
    ~15 µs here, mostly the timer heap's comparisons.
    """

    def __init__(
        self,
        run: Callable[[list[Item]], Awaitable[list[Result]]],
        deadline: float | None = None,
        stalled: Callable[[], Exception] = TimeoutError,
    ) -> None:
        self._run = run
        self._deadline, self._stalled = deadline, stalled
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._group: list[tuple[Item, asyncio.Future[Result]]] = []  # in flight
        self._flusher: asyncio.Future[None] | None = None  # referenced while it runs
        self._stalling = False  # the round trip in flight outlasted the deadline
        self._started: float | None = None  # loop time the round trip in flight began
        self._watch: asyncio.TimerHandle | None = None

    async def __call__(self, item: Item) -> Result:
        done: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        if self._flusher is None:
            self._flusher = asyncio.ensure_future(self._flush())
        elif self._stalling:
            # A round trip stuck past the deadline: this caller waits its own deadline (the
            # round trip may end meanwhile, and its item go in the next one), no longer.
            try:
                return await asyncio.wait_for(done, self._deadline)
            except TimeoutError:
                raise self._stalled() from None
        # A caller that goes away (a cancelled request) cancels only its own future:
        # its item stays in the round trip, which runs in the flusher's task.
        return await done

    def _check_deadline(self) -> None:
        self._watch = None
        if self._started is None or self._stalling or self._deadline is None:
            return  # idle, or this round trip's callers were already failed
        loop = asyncio.get_running_loop()
        due = self._started + self._deadline
        if loop.time() < due:  # a later round trip than the one it was armed for
            self._watch = loop.call_at(due, self._check_deadline)
            return
        self._stalling = True
        for _, done in (*self._group, *self._waiting):
            if not done.done():
                done.set_exception(self._stalled())
                done.exception()  # retrieved: the caller may have gone away

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._waiting:
                group = self._group = self._waiting
                self._waiting = []
                if self._deadline is not None:
                    self._started = now = loop.time()
                    if self._watch is None:
                        self._watch = loop.call_at(now + self._deadline, self._check_deadline)
                try:
                    results = await self._run([item for item, _ in group])
                except Exception as exc:
                    for _, done in group:
                        if not done.done():
                            done.set_exception(exc)
                            done.exception()  # retrieved: the caller may have gone away
                    continue
                except BaseException:
                    for _, done in group:
                        done.cancel()
                    raise
                finally:
                    self._started = None
                    self._stalling = False
                for (_, done), result in zip(group, results, strict=True):
                    if not done.done():
                        done.set_result(result)
        finally:
            self._flusher = None
            self._group = []
