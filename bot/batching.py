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
    """`await batcher(item)`: `run(items)` returns one result per item, in order."""

    def __init__(self, run: Callable[[list[Item]], Awaitable[list[Result]]]) -> None:
        self._run = run
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._flusher: asyncio.Future[None] | None = None  # referenced while it runs

    async def __call__(self, item: Item) -> Result:
        done: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        if self._flusher is None:
            self._flusher = asyncio.ensure_future(self._flush())
        # A caller that goes away (a cancelled request) cancels only its own future:
        # its item stays in the round trip, which runs in the flusher's task.
        return await done

    async def _flush(self) -> None:
        try:
            while self._waiting:
                group, self._waiting = self._waiting, []
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
                for (_, done), result in zip(group, results, strict=True):
                    if not done.done():
                        done.set_result(result)
        finally:
            self._flusher = None
