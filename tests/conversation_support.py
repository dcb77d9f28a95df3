"""A guest talking to the real conversation engine, and checks every reply must pass."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

import pytest
from aiohttp import web

from appkeys import NOTIFIER, REDIS, SETTINGS
from booking.models import BookingRules
from bot.conversation import handle_message
from bot.messages import Buttons, Inbound, ListMessage, Outbound, Text
from bot.session import GuestKey, load, redis_key
from bot.states import State

GUEST = "5492944111111"  # an Argentine mobile as Meta sends it
OWNER = "5492944999999"
OWNER_CLOUD = "542944999999"  # what the Cloud API is sent for OWNER (549 → 54)
_ids = itertools.count(1)

# What a guest must never read: internals, placeholders, English field names.
FORBIDDEN = re.compile(
    r"None|null|Traceback|Exception|Error|check_in|check_out|_cents|accommodation|"
    r"reservation_status|guest_phone|wa_id|\{|\}|pre_reserved|\bid\b"
)


async def app_logging_queries(
    settings: Any, db: Any, aiohttp_client: Any, monkeypatch: Any, queries: list[str]
) -> web.Application:
    """The whole app with demo cabins, every connection of its pools logging each query
    it sends into `queries` (asyncpg's own query logger): for tests that count reads."""
    import asyncpg

    from app import create_app
    from booking import db as booking_db
    from booking.demo import seed_demo

    real = asyncpg.create_pool

    def logged(*args: Any, **kwargs: Any) -> Any:
        async def init(conn: asyncpg.Connection) -> None:
            conn.add_query_logger(lambda record: queries.append(record.query))

        return real(*args, init=init, **kwargs)

    monkeypatch.setattr(booking_db.asyncpg, "create_pool", logged)
    async with db.acquire() as conn:
        await seed_demo(conn)
    client = await aiohttp_client(create_app(settings))
    return client.server.app


async def owner_app(
    settings: Any, db: Any, graph: Any, aiohttp_client: Any, **overrides: Any
) -> Any:
    """A test client of the demo-seeded app with OWNER set and replies going to the fake
    Graph API (`graph` fixture), so the owner's messages can be read there too."""
    from app import create_app
    from booking.demo import seed_demo

    async with db.acquire() as conn:
        await seed_demo(conn)
    live = settings.model_copy(
        update={
            "whatsapp_access_token": graph[0].token,
            "whatsapp_api_base": graph[1],
            "owner_whatsapp": OWNER,
            **overrides,
        }
    )
    return await aiohttp_client(create_app(live))


def owner_app_fixture(name: str) -> Any:
    """A fixture named `name` giving the app of `owner_app`, for a test file's own use:
    `app = owner_app_fixture("app")` (the files that read the owner's messages)."""

    @pytest.fixture(name=name)
    async def served(settings: Any, db: Any, graph: Any, aiohttp_client: Any) -> Any:
        client = await owner_app(settings, db, graph, aiohttp_client)
        return client.server.app

    return served


def today() -> dt.date:
    return BookingRules().today()


def quiet_stay(days_ahead: int = 40, nights: int = 3) -> tuple[dt.date, dt.date]:
    """A Monday-to-Thursday stay outside the demo's seasons (so prices are the base ones)."""
    start = today() + dt.timedelta(days=days_ahead)
    while True:
        start += dt.timedelta(days=(7 - start.weekday()) % 7)
        end = start + dt.timedelta(days=nights)
        if not any(_in_season(start + dt.timedelta(days=i)) for i in range(nights)):
            return start, end
        start += dt.timedelta(days=7)


def _in_season(day: dt.date) -> bool:
    for year in (day.year - 1, day.year):
        if dt.date(year, 12, 15) <= day < dt.date(year + 1, 3, 1):
            return True
        if dt.date(year + 1, 7, 10) <= day < dt.date(year + 1, 8, 1):
            return True
    return False


def ddmm(day: dt.date) -> str:
    return f"{day.day}/{day.month}"


def text_of(replies: list[Outbound]) -> str:
    """Everything the guest reads in these replies, as one string."""
    parts: list[str] = []
    for reply in replies:
        if isinstance(reply, Text):
            parts.append(reply.body)
        elif isinstance(reply, Buttons):
            parts.append(reply.body)
            parts += [b.title for b in reply.buttons]
        else:
            parts += [reply.body, reply.button, reply.section_title]
            parts += [f"{r.title} {r.description}" for r in reply.rows]
    return "\n".join(parts)


def check_reply(reply: Outbound) -> None:
    """WhatsApp's limits and our own rules for what a guest may read."""
    visible = text_of([reply])
    assert not FORBIDDEN.search(visible), f"internal detail in reply: {visible!r}"
    if isinstance(reply, Text):
        assert 0 < len(reply.body) <= 4096
    elif isinstance(reply, Buttons):
        assert 0 < len(reply.body) <= 1024
        assert 1 <= len(reply.buttons) <= 3
        assert all(len(b.title) <= 20 and len(b.id) <= 256 for b in reply.buttons)
        assert len({b.id for b in reply.buttons}) == len(reply.buttons)
    else:
        assert 1 <= len(reply.rows) <= 10
        assert len(reply.button) <= 20 and len(reply.section_title) <= 24
        for row in reply.rows:
            assert len(row.title) <= 24 and len(row.description) <= 72 and len(row.id) <= 200
        assert len({r.id for r in reply.rows}) == len(reply.rows)


class Guest:
    """Sends messages as one guest straight into `handle_message`, checking every reply."""

    def __init__(self, app: web.Application, wa_id: str = GUEST, name: str | None = "Lucía"):
        self.app, self.wa_id, self.name = app, wa_id, name
        self.heard: list[Outbound] = []

    async def send(
        self, kind: str = "text", wamid: str | None = None, **fields: Any
    ) -> list[Outbound]:
        msg = Inbound(
            wamid=wamid or f"wamid.test.{next(_ids)}",
            wa_id=self.wa_id,
            type=kind,
            timestamp=dt.datetime.now(dt.UTC),
            profile_name=self.name,
            **fields,
        )
        replies = await handle_message(self.app, msg)
        for reply in replies:
            check_reply(reply)
        self.heard += replies
        return replies

    async def say(self, text: str, **fields: Any) -> list[Outbound]:
        return await self.send("text", text=text, **fields)

    async def tap(self, reply_id: str, title: str = "opción") -> list[Outbound]:
        return await self.send("interactive", text=title, reply_id=reply_id)

    async def state(self) -> State:
        return (await self.session()).state

    async def session(self) -> Any:
        return await load(self.app[REDIS], guest_key(self.app, self.wa_id))

    async def forget(self) -> None:
        """The conversation expired (a day in Redis); the reservations are still there."""
        await self.app[REDIS].delete(redis_key("conv", guest_key(self.app, self.wa_id)))


def guest_key(app: web.Application, wa_id: str = GUEST) -> GuestKey:
    return GuestKey(app[SETTINGS].whatsapp_phone_number_id, wa_id)


async def handed_off(app: web.Application, wa_id: str = GUEST) -> bool:
    """The bot is silent for this guest: a person has the conversation."""
    return bool(await app[REDIS].exists(redis_key("handoff", guest_key(app, wa_id))))


def only(replies: list[Outbound], kind: type) -> Any:
    found = [r for r in replies if isinstance(r, kind)]
    assert len(found) == 1, f"expected one {kind.__name__} in {replies!r}"
    return found[0]


def button_ids(replies: list[Outbound]) -> list[str]:
    return [b.id for b in only(replies, Buttons).buttons]


def rows(replies: list[Outbound]) -> list[Any]:
    return list(only(replies, ListMessage).rows)


async def summed_up(guest: Guest, guests: int = 2, at: int = 0) -> None:
    """A quiet stay for `guests` listed and its row `at` picked: the guest on the summary."""
    start, end = quiet_stay()
    offer = await guest.say(f"del {ddmm(start)} al {ddmm(end)} para {guests}")
    await guest.tap(rows(offer)[at].id, rows(offer)[at].title)
    assert await guest.state() == State.CONFIRM_HOLD


async def hold_quiet_stay(guest: Guest, guests: int = 2) -> str:
    """A quiet stay listed, its first cabin picked and confirmed: the hold's code."""
    from bot import replies

    await summed_up(guest, guests)
    await guest.tap(replies.HOLD_CONFIRM, "Confirmar")
    assert await guest.state() == State.AWAIT_PAYMENT
    return (await guest.session()).ctx.hold


async def held(client: Any) -> tuple[Guest, str, int]:
    """`hold_quiet_stay` in the app behind a test client: the guest, the code, the deposit."""
    from appkeys import DB
    from booking import holds

    guest = Guest(client.server.app)
    code = await hold_quiet_stay(guest)
    deposit = (await holds.get_reservation(client.server.app[DB], code)).deposit_cents
    return guest, code, deposit


async def pay_deposit(guest: Guest, db: Any, code: str) -> None:
    """The deposit of hold `code` paid in full, told through the app's notifier."""
    from booking import holds

    res = await holds.get_reservation(db, code)
    await holds.confirm_deposit(
        db, code, f"pay-{code}", res.deposit_cents, notifier=guest.app[NOTIFIER]
    )


async def paid_quiet_stay(guest: Guest, db: Any) -> str:
    """`hold_quiet_stay` with its deposit paid: the confirmed reservation's code."""
    code = await hold_quiet_stay(guest)
    await pay_deposit(guest, db, code)
    return code


async def paid_stay_from(guest: Guest, db: Any, days: int) -> str:
    """A paid stay of 3 nights whose arrival is `days` from today (negative: the guests
    are there), the conversation since forgotten: the reservation's code."""
    code = await hold_quiet_stay(guest)
    first = today() + dt.timedelta(days=days)
    await db.execute(
        "UPDATE reservations SET check_in = $2, check_out = $3 WHERE code = $1",
        code, first, first + dt.timedelta(days=3),
    )  # fmt: skip
    await pay_deposit(guest, db, code)
    await guest.forget()
    return code


async def urgent_told(guest: Guest, db: Any, graph: Any, text: str, label: str) -> str:
    """`text` told by a guest at the cabin (a paid stay that began yesterday): the chat is
    handed to a person, the guest hears it is urgent, and the owner gets one 🚨 *URGENTE*
    notice whose first line names `label`. What the guest was told, for the caller's own
    checks."""
    fake, _ = graph
    await paid_stay_from(guest, db, -1)
    before = len(fake.texts_to(OWNER_CLOUD))  # the paid deposit's notice
    said = text_of(await guest.say(text))
    assert await guest.state() == State.HANDOFF, said
    assert "urgente" in said, said
    (notice,) = fake.texts_to(OWNER_CLOUD)[before:]
    assert notice.startswith("🚨 *URGENTE*") and label in notice.split("\n")[0], notice
    return said


_LAPSED_AND_TOLD = (
    "SELECT count(*) FROM guest_notices g JOIN reservations r ON r.id = g.reservation_id"
    " WHERE r.code = $1 AND r.reservation_status = 'expired' AND g.event = 'hold_expired'"
    " AND g.state = 'sent'"
)


async def lapse(app: web.Application, db: Any, code: str) -> None:
    """Hold `code`'s time run out and the expiry job run: expired, and the guest told.

    The app's own jobs loop may expire it a moment before the call here (it runs on its
    own timer: a loaded fresh-clone run saw it get there first, and the call found 0), so
    the count the call returns says nothing; the hold expired once and its notice sent is
    what the tests go on from."""
    from booking import jobs
    from tests.payments_helpers import wait_for

    await db.execute(
        "UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code
    )
    await jobs.expire_holds(db, app[NOTIFIER])
    assert await wait_for(lambda: db.fetchval(_LAPSED_AND_TOLD, code)) == 1
