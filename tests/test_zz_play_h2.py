"""Scratch: play conversations and print (not committed)."""
import os
import pytest
from bot import replies as R
from tests.conversation_support import Guest, ddmm, quiet_stay, rows, text_of

SCRIPT = os.environ.get("PLAY", "/tmp/h2play/script.txt")


async def test_play(app, db):
    start, end = quiet_stay()
    import pathlib
    blocks = pathlib.Path(SCRIPT).read_text().split("\n===\n")
    for n, block in enumerate(blocks):
        g = Guest(app, wa_id=f"54929441{n:05d}")
        start, end = quiet_stay(days_ahead=100 + 14 * n)
        print(f"\n######## persona {n}")
        for line in block.strip().splitlines():
            line = line.replace("{S}", ddmm(start)).replace("{E}", ddmm(end))
            if line.startswith("#"):
                continue
            if line.startswith("TAP "):
                arg = line[4:]
                if arg.startswith("row"):
                    r = [x for x in g.heard if hasattr(x, "rows")][-1].rows[int(arg[3:])]
                    rep = await g.tap(r.id, r.title)
                else:
                    rep = await g.tap(getattr(R, arg), arg)
                print(f"\n>> [tap {arg}]")
            elif line.startswith("SEND "):
                rep = await g.send(line[5:])
                print(f"\n>> [{line[5:]}]")
            elif line == "EXPIRE":
                from appkeys import NOTIFIER
                from booking.jobs import expire_holds
                code = (await g.session()).ctx.hold
                await db.execute("UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE code = $1", code)
                await expire_holds(db, app[NOTIFIER])
                print(f"\n>> [hold {code} expired]   [{(await g.state()).name}]")
                continue
            elif line == "FORGET":
                await g.forget(); continue
            else:
                rep = await g.say(line)
                print(f"\n>> {line}")
            print(f"   [{(await g.state()).name}]")
            for r in rep:
                t = text_of([r])
                print("   << " + t.replace("\n", "\n      "))
