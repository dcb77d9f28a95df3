"""Make one feed's imported stays match what the feed says, in one transaction.

The caller holds the feed row lock and the transaction; nothing here commits.
Order matters so that a feed never collides with itself:
1. stays absent from the feed (and not yet over) are released;
2. stays whose dates changed first leave their old nights, then take the new
   ones (so two stays swapping dates both succeed);
3. new stays are inserted — in one statement when nothing collides, else one
   by one, each in its own SAVEPOINT.
A move or insert refused by the EXCLUDE constraint (23P01) is a cross-channel
conflict: it is recorded (deduplicated) in `ical_conflicts` with the stay it
hit, never dropped, and the rest of the feed carries on. A moved stay that
cannot follow its event keeps no nights (the channel freed them) until the
conflict clears. Open conflicts that no longer happen are settled.
4. an event in conflict still blocks the nights of it that are free: each free
   run is a stay keyed `<uid>~free~<first night>` (a months-long Booking.com
   closure must not reopen because one guest stay sits inside it). They are
   set aside like moved stays before 2–3 and put back, moved or released after,
   so an unchanged conflict rewrites nothing; once the event imports whole,
   they are released.
Transparent stays (timed events shown as free, see sync/parse.py) are only
counted: they block nothing, so a stay imported before it turned transparent
is released like one that left the feed.
"""

from __future__ import annotations

import datetime as dt
import secrets

import asyncpg

from sync.models import (
    ImportedStay,
    NewConflict,
    Overlap,
    Reconciled,
    StoredStay,
)
from sync.store import Q

CODE_PREFIX = "ICS-"
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8  # 31**8 ≈ 8.5e11: clashes are near impossible and retried anyway.
CODE_ATTEMPTS = 3
FREE_PART = "~free~"  # external_uid of a conflicting event's free nights: <uid>~free~YYYYMMDD


def new_block_code() -> str:
    """Codes of imported blocks: distinct from guests' `CAB-` codes, never typed by anyone."""
    # One random draw per code (not one per character): a first import makes thousands.
    number = secrets.randbelow(len(CODE_ALPHABET) ** CODE_LENGTH)
    chars = []
    for _ in range(CODE_LENGTH):
        number, digit = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[digit])
    return CODE_PREFIX + "".join(chars)


class _Run:
    def __init__(self, conn: asyncpg.Connection, feed_id: int, cabin_id: int, source: str) -> None:
        self.conn, self.feed_id, self.cabin_id, self.source = conn, feed_id, cabin_id, source
        self.actor = f"ical:{source}"
        self.conflict_keys: list[ImportedStay] = []
        self.new_conflicts: list[NewConflict] = []

    async def conflict(self, stay: ImportedStay) -> None:
        self.conflict_keys.append(stay)
        row = await self.conn.fetchrow(
            Q["find_overlap"], self.cabin_id, stay.check_in, stay.check_out
        )
        overlap = Overlap(**dict(row)) if row else None
        conflict_id = await self.conn.fetchval(
            Q["record_conflict"],
            self.feed_id,
            self.cabin_id,
            stay.uid,
            stay.check_in,
            stay.check_out,
            stay.summary,
            overlap.id if overlap else None,
        )
        if conflict_id is not None:
            self.new_conflicts.append(NewConflict(conflict_id, stay, overlap))

    async def insert(self, stays: list[ImportedStay]) -> None:
        for attempt in range(CODE_ATTEMPTS):
            try:
                async with self.conn.transaction():
                    await self.conn.execute(
                        Q["insert_stays"],
                        self.cabin_id,
                        self.source,
                        self.feed_id,
                        [new_block_code() for _ in stays],
                        [stay.uid for stay in stays],
                        [stay.check_in for stay in stays],
                        [stay.check_out for stay in stays],
                        [_notes(self.source, stay) for stay in stays],
                        self.actor,
                    )
                return
            except asyncpg.UniqueViolationError as exc:
                if exc.constraint_name != "reservations_code_key" or attempt + 1 == CODE_ATTEMPTS:
                    raise


async def reconcile(
    conn: asyncpg.Connection,
    feed_id: int,
    cabin_id: int,
    source: str,
    stays: list[ImportedStay],
    today: dt.date,
) -> Reconciled:
    free = {stay.uid for stay in stays if stay.transparent}
    stays = [stay for stay in stays if not stay.transparent]
    run = _Run(conn, feed_id, cabin_id, source)
    stored: dict[str, StoredStay] = {}
    parts: dict[str, StoredStay] = {}
    for row in await conn.fetch(Q["feed_stays"], feed_id):
        stay = StoredStay(**dict(row))
        (parts if FREE_PART in stay.uid else stored)[stay.uid] = stay
    wanted = {stay.uid for stay in stays}
    # Free-night parts leave their nights (unaudited, like moves) until the
    # feed's events have been placed; _place_free_parts puts them back.
    current = [p for p in parts.values() if p.active and p.check_out > today]  # the past stays
    if current:
        await conn.execute(Q["vacate_stays"], [p.id for p in current])

    gone = [s for s in stored.values() if s.active and s.check_out > today and s.uid not in wanted]
    for reason, released in (
        ("no longer in the feed", [s for s in gone if s.uid not in free]),
        ("shown as free in the feed (TRANSP:TRANSPARENT)", [s for s in gone if s.uid in free]),
    ):
        if released:
            await conn.execute(
                Q["release_stays"],
                [s.id for s in released],
                [s.status for s in released],
                run.actor,
                reason,
            )

    unchanged = 0
    moves: list[tuple[StoredStay, ImportedStay]] = []
    new: list[ImportedStay] = []
    for stay in stays:
        old = stored.get(stay.uid)
        if old is None:
            new.append(stay)
        elif old.active and (old.check_in, old.check_out) == (stay.check_in, stay.check_out):
            unchanged += 1
        else:
            moves.append((old, stay))

    moved = await _move(run, moves)
    imported = await _insert(run, new)
    await _place_free_parts(run, parts, current)
    await conn.fetch(
        Q["clear_conflicts"],
        feed_id,
        [s.uid for s in run.conflict_keys],
        [s.check_in for s in run.conflict_keys],
        [s.check_out for s in run.conflict_keys],
        "cleared by sync: the event no longer overlaps another stay",
    )
    return Reconciled(
        imported=imported,
        moved=moved,
        released=len(gone),
        unchanged=unchanged,
        conflicts=len(run.conflict_keys),
        transparent=len(free),
        new_conflicts=tuple(run.new_conflicts),
    )


async def _move(run: _Run, moves: list[tuple[StoredStay, ImportedStay]]) -> int:
    if not moves:
        return 0
    await run.conn.execute(Q["vacate_stays"], [old.id for old, _ in moves if old.active])
    moved = 0
    stranded: list[StoredStay] = []
    for old, stay in moves:
        event = "moved" if old.active else "reinstated"
        try:
            async with run.conn.transaction():
                await run.conn.execute(
                    Q["move_stay"],
                    old.id,
                    stay.check_in,
                    stay.check_out,
                    event,
                    old.status,
                    run.actor,
                    f"iCal: {old.check_in}→{old.check_out} now {stay.check_in}→{stay.check_out}",
                )
            moved += 1
        except asyncpg.ExclusionViolationError:
            await run.conflict(stay)
            if old.active:
                stranded.append(old)
    if stranded:
        await run.conn.execute(
            Q["release_stays"],
            [old.id for old in stranded],
            [old.status for old in stranded],
            run.actor,
            "moved by the channel onto nights taken by another stay (see conflicts)",
        )
    return moved


async def _insert(run: _Run, stays: list[ImportedStay]) -> int:
    if not stays:
        return 0
    if len(stays) > 1:
        try:
            await run.insert(stays)
            return len(stays)
        except asyncpg.ExclusionViolationError:
            pass  # at least one collides: find which, one savepoint each
    inserted = 0
    for stay in stays:
        try:
            await run.insert([stay])
            inserted += 1
        except asyncpg.ExclusionViolationError:
            await run.conflict(stay)
    return inserted


async def _place_free_parts(
    run: _Run, parts: dict[str, StoredStay], vacated: list[StoredStay]
) -> None:
    """Block the free nights of each event in conflict; release vacated parts not needed."""
    wanted: list[ImportedStay] = []
    for stay in run.conflict_keys:
        busy = await run.conn.fetch(Q["busy_periods"], run.cabin_id, stay.check_in, stay.check_out)
        for check_in, check_out in _free_runs(
            stay, [(r["check_in"], r["check_out"]) for r in busy]
        ):
            uid = f"{stay.uid}{FREE_PART}{check_in:%Y%m%d}"
            wanted.append(ImportedStay(uid, check_in, check_out, stay.summary))
    keep: list[int] = []
    new: list[ImportedStay] = []
    moves: list[tuple[StoredStay, ImportedStay]] = []
    for part in wanted:
        old = parts.get(part.uid)
        if old is None:
            new.append(part)
        elif old.active and (old.check_in, old.check_out) == (part.check_in, part.check_out):
            keep.append(old.id)
        else:
            moves.append((old, part))  # audited: its nights changed (or it came back)
    await _move(run, moves)
    taken = {part.uid for part in wanted}
    release = [old for old in vacated if old.uid not in taken]
    if keep:
        await run.conn.execute(Q["restore_stays"], keep)
    if release:
        await run.conn.execute(
            Q["release_stays"], [p.id for p in release], [p.status for p in release], run.actor,
            "the event's nights are no longer in conflict",
        )  # fmt: skip
    await _insert(run, new)


def _free_runs(
    stay: ImportedStay, busy: list[tuple[dt.date, dt.date]]
) -> list[tuple[dt.date, dt.date]]:
    """The runs of [check_in, check_out) that no `busy` period (sorted by start) covers."""
    runs, cursor = [], stay.check_in
    for start, end in busy:
        if start > cursor:
            runs.append((cursor, min(start, stay.check_out)))
        cursor = max(cursor, end)
    if cursor < stay.check_out:
        runs.append((cursor, stay.check_out))
    return runs


def _notes(source: str, stay: ImportedStay) -> str:
    return f"iCal {source}: {stay.summary}" if stay.summary else f"iCal {source}"
