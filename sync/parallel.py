"""Parse big feeds on several cores: icalendar in worker processes, one chunk each.

icalendar 7 spends ~20 µs per content line, so a 2,000-event feed (~13k lines)
takes ~250 ms of one core, and a thread does not help (the GIL). A big feed is
therefore cut into WORKERS chunks, each a complete VCALENDAR, and every chunk
is parsed by `Calendar.from_ical` + `sync.parse.read_events` in a process of a
persistent pool; the stays come back and `merge_overlaps` runs over the union.

How the feed is cut (component boundary detection, not property parsing —
every property is still parsed by icalendar, nothing here reads a value):
- the text is searched for the content lines `BEGIN:VEVENT` and `END:VEVENT`
  as they stand after unfolding (a raw line equal to one of them, not followed
  by a folded continuation); they must alternate. The text itself is left
  folded: it is only cut where a line break is not a fold, so icalendar
  unfolds each chunk into the very lines it would have read from the feed;
- each VEVENT block is grouped by its raw `UID` line, and the groups are split
  in order of first appearance into WORKERS runs of about the same size, so
  all events of one UID (a recurring event and its RECURRENCE-ID overrides)
  land in the same chunk, and the chunks list the groups in feed order;
- everything outside the VEVENT blocks (the VCALENDAR header and footer,
  VTIMEZONE and any other component) is copied into every chunk, in place.
- inside a VEVENT with no nested component, content lines (and their folded
  continuations) whose property is not in `sync.parse.READ_PROPERTIES` are
  dropped before parsing (DESCRIPTION, LOCATION, ATTENDEE, DTSTAMP, X-…),
  ~10 % of the parse on an Airbnb feed: nothing reads them, and icalendar
  keeps a malformed VEVENT property as an error of that event (which
  `sync.parse` ignores unless it is a date property) rather than failing the
  feed. A VEVENT that has, or might have, a nested component (VALARM, whose
  errors do fail the feed) is handed over whole.

The result must equal the plain path's (`sync.parse.parse_feed` on the whole
feed), and this is checked rather than assumed: each chunk reports how many
VEVENTs it parsed and the UIDs it grouped them under, and unless the counts
match the blocks sent and no UID turns up in two chunks (e.g. a UID folded two
ways), or if any chunk fails (an unparsable feed, a broken worker), the feed
is parsed again the plain way, which also gives the canonical error.

Small feeds (≤ PARALLEL_MIN_EVENTS events and ≤ PARALLEL_MIN_BYTES) stay on a
thread: shipping them to a process costs more than it saves.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import logging
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from aiohttp import web

from sync.errors import FeedUnparsable
from sync.models import ImportedStay
from sync.parse import (
    HORIZON_DAYS,
    READ_PROPERTIES,
    merge_overlaps,
    parse_feed,
    read_calendar,
    read_events,
)

log = logging.getLogger(__name__)

WORKERS = 2  # processes, and chunks per big feed (fewer on fewer cores)
PARALLEL_MIN_EVENTS = 300
PARALLEL_MIN_BYTES = 100_000

# A raw line `BEGIN:VEVENT` / `END:VEVENT` that is a whole content line: it
# follows a line break and is not followed by a folded continuation. Upper
# case only (as every channel writes them): a feed that spells them otherwise
# does not split cleanly, which the check below notices.
_BOUNDARY = re.compile(r"\n(BEGIN|END):VEVENT\r?(?=\n(?!(?:\r?\n)*[ \t]))")
_UID_LINE = re.compile(r"\nUID[;:][^\r\n]*")
# A line that may begin a nested component once unfolded (icalendar strips
# leading white space other than a fold's from a property name): over-eager
# on purpose, it only decides whether unread lines may be dropped.
_MAYBE_BEGIN = re.compile(r"\n(?:[^\S \t]\s*)?[Bb]")
# A content line (with its folded continuations) of a property we never read.
_UNREAD = re.compile(
    r"^(?!(?:BEGIN|END|" + "|".join(map(re.escape, READ_PROPERTIES)) + r")[;:])"
    r"[A-Z0-9-]+[;:][^\n]*\n(?:(?:\r?\n)*[ \t][^\n]*\n)*",
    re.IGNORECASE | re.MULTILINE,
)

Piece = tuple[bool, str]  # (slim: only top-level VEVENTs without subcomponents, text)


@dataclass(frozen=True, slots=True)
class Chunk:
    pieces: list[Piece]
    events: int  # VEVENT blocks in it


def is_big(body: bytes) -> bool:
    return len(body) > PARALLEL_MIN_BYTES or body.count(b"BEGIN:VEVENT") > PARALLEL_MIN_EVENTS


def split_feed(body: bytes, parts: int = WORKERS) -> list[Chunk] | None:
    """`parts` chunks of the feed, or None when it has no clean VEVENT boundaries to cut at."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = body.decode("utf-8-sig", "replace")  # what icalendar does
    blocks: list[tuple[int, int]] = []  # [start, end) of each VEVENT, line break included
    begin = -1
    for match in _BOUNDARY.finditer(text):
        if (match[1] == "BEGIN") != (begin < 0):
            return None  # nested, or END without BEGIN: icalendar will say
        if begin < 0:
            begin = match.start() + 1
        else:
            blocks.append((begin, match.end() + 1))
            begin = -1
    if begin >= 0:
        return None

    keys: list[str] = []
    sizes: dict[str, int] = {}  # UID line → bytes, in order of first appearance
    for start, end in blocks:
        uid = _UID_LINE.search(text, start, end)
        key = uid[0].strip() if uid else ""
        keys.append(key)
        sizes[key] = sizes.get(key, 0) + end - start
    if len(sizes) < parts:
        return None
    chunk_of: dict[str, int] = {}
    share, done = sum(sizes.values()) / parts, 0
    for key, size in sizes.items():
        chunk_of[key] = min(int(done // share), parts - 1)
        done += size

    pieces: list[list[Piece]] = [[] for _ in range(parts)]
    runs: list[list[str]] = [[] for _ in range(parts)]  # slimmable blocks not yet a piece
    counts = [0] * parts
    position = 0

    def flush(index: int) -> None:
        if runs[index]:
            pieces[index].append((True, "".join(runs[index])))
            runs[index].clear()

    for (start, end), key in zip(blocks, keys, strict=True):
        if start > position:  # outside any VEVENT: every chunk gets it
            for index in range(parts):
                flush(index)
                pieces[index].append((False, text[position:start]))
        index = chunk_of[key]
        counts[index] += 1
        if _MAYBE_BEGIN.search(text, start, end - 1) is None:
            runs[index].append(text[start:end])
        else:
            flush(index)
            pieces[index].append((False, text[start:end]))
        position = end
    for index in range(parts):
        flush(index)
        pieces[index].append((False, text[position:]))
    return [Chunk(p, n) for p, n in zip(pieces, counts, strict=True)]


# What a worker sends back: compact, as pickling dataclasses and dates costs ~5 ms a chunk.
Row = tuple[str, int, int, str, bool]  # uid, check-in/check-out ordinals, summary, transparent


def parse_chunk(
    pieces: list[Piece], tz: ZoneInfo, today: dt.date, horizon_days: int = HORIZON_DAYS
) -> tuple[list[Row], int, frozenset[str]]:
    """In a worker: one chunk through icalendar and the parse rules (FeedEvents, compacted)."""
    text = "".join(_UNREAD.sub("", piece) if slim else piece for slim, piece in pieces)
    found = read_events(read_calendar(text), tz, today, horizon_days)
    rows = [
        (
            stay.uid,
            stay.check_in.toordinal(),
            stay.check_out.toordinal(),
            stay.summary,
            stay.transparent,
        )
        for stay in found.stays
    ]
    return rows, found.events, found.keys


def _warm_up() -> int:
    """In a worker: run the parse once (TZID, DATE, RRULE) so the first feed finds it loaded."""
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cabanas//warm-up//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Madrid:20270208T140000\r\n"
        "DTEND;TZID=Europe/Madrid:20270209T100000\r\nDESCRIPTION:x\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20270210\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    chunks = split_feed(body.encode())
    assert chunks is not None
    return sum(len(parse_chunk(c.pieces, ZoneInfo("UTC"), dt.date(2027, 1, 1))[0]) for c in chunks)


def _exit_with_parent() -> None:
    """In a worker (the pool's initializer): end the process as soon as the app's is gone.

    A worker's parent is the forkserver, not the app, so neither PR_SET_PDEATHSIG
    nor watching os.getppid() would notice the app dying; and the forkserver only
    exits once every worker has (each keeps its "alive" pipe open). After a
    `kill -9` of the app they would all stay, blocked on the call queue, for good.
    multiprocessing's parent sentinel is the pipe from the app itself: it reads
    as ready when the app exits, however it exits, on every platform.
    """
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_when_gone, args=(parent,), daemon=True).start()


def _exit_when_gone(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # waits on the sentinel
    os._exit(1)  # no cleanup to run: nobody is left to read a result


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class ParsePool:
    """WORKERS processes that parse chunks of big feeds; `parse` is `parse_feed`, off the loop.

    With one CPU there are no processes: a big feed is slimmed (see above) and
    parsed whole on a thread.

    The processes are forked from a forkserver that imported `sync.parse` once:
    not plain fork, which would copy the running event loop's threads and
    locks; and not spawn, where every worker would import icalendar again.
    A pool broken by a dead worker is replaced; meanwhile feeds parse on a thread.
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = min(WORKERS, _cpus()) if workers is None else workers
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._warming: asyncio.Future[None] | None = None

    def start(self) -> None:
        """Create the processes in the background (the app does not wait for them)."""
        if self.workers < 2:
            return  # one core: processes would only add memory
        if multiprocessing.current_process().daemon:
            return  # a daemonic process (e.g. a bench's server) may not have children
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", "sync.parse"])
        executor = concurrent.futures.ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_exit_with_parent
        )
        self._executor = executor
        self._warming = asyncio.ensure_future(asyncio.to_thread(self._warm_up, executor))

    def _warm_up(self, executor: concurrent.futures.ProcessPoolExecutor) -> None:
        try:
            # Submitted together, so each starts its own process (none is idle yet).
            futures = [executor.submit(_warm_up) for _ in range(self.workers)]
            for future in futures:
                future.result()
        except Exception:
            log.warning("iCal parse workers did not start", exc_info=True)

    async def started(self) -> None:
        """Wait until every worker has started (benchmarks; the app never waits)."""
        if self._warming is not None:
            await asyncio.shield(self._warming)

    async def close(self) -> None:
        warming, executor = self._warming, self._executor
        self._warming = self._executor = None
        if warming is not None:
            await warming
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)

    async def parse(
        self, body: bytes, tz: ZoneInfo, today: dt.date, horizon_days: int = HORIZON_DAYS
    ) -> list[ImportedStay]:
        """The stays of `body`, exactly as `parse_feed` gives them (or raises)."""
        if not is_big(body):
            return await asyncio.to_thread(parse_feed, body, tz, today, horizon_days)
        executor = self._executor
        # Without processes (one core, or not started) a big feed is still slimmed, on a thread.
        parts = self.workers if executor is not None else 1
        chunks = await asyncio.to_thread(split_feed, body, parts)
        if chunks is None:
            return await asyncio.to_thread(parse_feed, body, tz, today, horizon_days)
        try:
            if executor is None:
                results = [
                    await asyncio.to_thread(parse_chunk, chunks[0].pieces, tz, today, horizon_days)
                ]
            else:
                results = await self._in_processes(executor, chunks, tz, today, horizon_days)
        except FeedUnparsable:
            results = None  # the plain parse gives the canonical error
        except concurrent.futures.BrokenExecutor:
            log.warning("iCal parse workers died; restarting them", exc_info=True)
            await self._restart(executor)
            results = None
        if results is None or not _clean(chunks, results):
            return await asyncio.to_thread(parse_feed, body, tz, today, horizon_days)
        day = dt.date.fromordinal
        return merge_overlaps(
            [
                ImportedStay(uid, day(check_in), day(check_out), summary, transparent)
                for rows, _, _ in results
                for uid, check_in, check_out, summary, transparent in rows
            ]
        )

    async def _in_processes(
        self,
        executor: concurrent.futures.ProcessPoolExecutor,
        chunks: list[Chunk],
        tz: ZoneInfo,
        today: dt.date,
        horizon_days: int,
    ) -> list[tuple[list[Row], int, frozenset[str]]]:
        loop = asyncio.get_running_loop()
        return await asyncio.gather(
            *(
                loop.run_in_executor(executor, parse_chunk, c.pieces, tz, today, horizon_days)
                for c in chunks
            )
        )

    async def _restart(self, broken: concurrent.futures.ProcessPoolExecutor) -> None:
        if self._executor is not broken:
            return  # another feed did it
        broken.shutdown(wait=False, cancel_futures=True)
        self.start()


def _clean(chunks: list[Chunk], results: list[tuple[list[Row], int, frozenset[str]]]) -> bool:
    """Every VEVENT parsed once, and no UID group split between chunks."""
    seen: set[str] = set()
    for chunk, (_, events, keys) in zip(chunks, results, strict=True):
        if events != chunk.events or not seen.isdisjoint(keys):
            return False
        seen |= keys
    return True


PARSE_POOL = web.AppKey("ical_parse_pool", ParsePool)
