"""Waiting for the deposit (await_payment): the link, the time left, "ya pagué".

The hold stays until it is paid, lapses or is cancelled; other dates searched
meanwhile leave it in place, and the guest is told so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from appkeys import NOTIFIER
from booking import holds
from booking.models import Reservation, Status
from bot import replies
from bot.handlers import (
    DOUBT_RE,
    MAX_GUESTS_ASKED,
    Step,
    Turn,
    asks,
    clear_flow,
    link_is_demo,
    local_time,
    payment_link,
    prepend,
    prepend_no,
    says_stay,
    step,
    understood,
)
from bot.handlers_cancel import which_reservation
from bot.handlers_hold import (
    RECEIPT_TYPES,
    current_hold,
    is_live,
    paid_follow_up,
    paid_said_before,
    payment_status,
    says_paid,
)
from bot.handlers_hold_dates import hold_dates_changed
from bot.handlers_info import (
    PAY_WAYS,
    answer_aside,
    answer_info,
    answers_beside,
    asks_discount,
    no_discounts_first,
    topics_of,
)
from bot.handlers_party import MAYBE_RE, count_said, more_people, party_said_again
from bot.handlers_search import (
    PICK_PREFIX,
    fresh_stay,
    other_dates,
    pick,
    rest_of_group,
    search,
    search_said,
)
from bot.handlers_status import about_my_booking, status_of_a_month, writes_about_it
from bot.handlers_summary import hold_button, stale_summary
from bot.handlers_swap import other_cabin_instead
from bot.handlers_words import (
    ANOTHER_STAY_RE,
    CARD_TROUBLE_RE,
    CHANGE_DATES_RE,
    FOR_SOMEONE_ELSE_RE,
    IF_UNPAID_RE,
    KEEP_LONGER_RE,
    LINK_PASSED_ON_RE,
    LINK_RE,
    LINK_TO_PASS_RE,
    LINK_TROUBLE_RE,
    LINK_WORKS_RE,
    MUST_I_RE,
    MY_RESERVATIONS_RE,
    NEXT_CABIN_RE,
    NO_CARD_RE,
    OTHERS_CARD_RE,
    PAY_FAILED_RE,
    PAY_LATER_RE,
    PAYING_NOW_RE,
    PAYING_SOON_RE,
    RECEIPT_RE,
    TIME_LEFT_RE,
    TRANSFER_SENT_RE,
    WHAT_HAPPENED_RE,
    WHOSE_NAME_RE,
)
from bot.holder import booked_for, said_holder
from bot.invoice import said_tax_id
from bot.nlu import parse
from bot.session import Context
from bot.states import State

_LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")


def _reaction(turn: Turn) -> bool:
    """Only emojis or signs, no question ("❤️", "😍🙌"): a reaction to what we said."""
    text = (turn.msg.text or "").strip()
    return bool(text) and "?" not in text and not _LETTER_OR_DIGIT_RE.search(text)


async def on_await_payment(turn: Turn, ctx: Context) -> Step:
    if (tapped := hold_button(turn.reply_id)) is not None:
        return await _summary_after_hold(turn, ctx, *tapped)
    if not turn.reply_id and KEEP_LONGER_RE.search(turn.plain):
        # Before the search: "¿me la podés guardar hasta mañana?" names a day, but no stay.
        held = await current_hold(turn, ctx)
        if held is not None and is_live(held):
            until = local_time(held.expires_at, turn.rules)
            url, demo = ctx.pay_url, link_is_demo(turn.app)
            no_card = bool(NO_CARD_RE.search(turn.plain))  # "no tengo tarjeta, ¿me la guardás…?"
            kept = replies.hold_not_extended(held, until, url, demo=demo, no_card=no_card)
            return step(State.AWAIT_PAYMENT, understood(ctx), kept)
    if not turn.reply_id and (TIME_LEFT_RE.search(turn.plain) or PAY_LATER_RE.search(turn.plain)):
        # Before the search: "¿me la guardan hasta mañana?", "mañana te la pago" name a day,
        # but no stay; paying later than the hold lasts gets until when it lasts.
        held = await current_hold(turn, ctx)
        if held is not None and is_live(held):
            return step(State.AWAIT_PAYMENT, understood(ctx), _time_left(turn, ctx, held))
    if not turn.reply_id and CHANGE_DATES_RE.search(turn.plain) and not says_stay(turn.said):
        # "me equivoqué de fechas", typed like "Cambiar fechas": other dates, the hold stays.
        return await _summary_after_hold(turn, ctx, "change", None)
    if (changed := await _party_changed(turn, ctx)) is not None:
        return changed
    if status_of_a_month(turn) and (mine := await about_my_booking(turn, ctx)) is not None:
        # "¿Cuál era el código de la de mayo?": that reservation, not a search for May.
        return dataclasses.replace(mine, state=State.AWAIT_PAYMENT, ctx=understood(ctx))
    if (fresh := fresh_stay(turn, ctx)) is not None:
        held = await current_hold(turn, ctx)
        if held is not None and is_live(held):
            # "Una noche más", "¿podemos quedarnos hasta el domingo?": the hold itself moved,
            # as its own nights hide its cabin from a search (bot.handlers_hold_dates).
            if (moved := await hold_dates_changed(turn, ctx, fresh, held)) is not None:
                return moved
        return await _hold_stays(turn, ctx, await search_said(turn, fresh))
    said = turn.said
    names_a_stay = any(v is not None for v in (said.check_in, said.guests, said.nights, said.month))
    if not turn.reply_id and (
        turn.intent == "availability" or (turn.intent == "book" and names_a_stay)
    ):
        found = await search(turn, dataclasses.replace(ctx, check_in=None, check_out=None))
        return await _hold_stays(turn, ctx, found)
    held = await current_hold(turn, ctx)
    if turn.reply_id.startswith(PICK_PREFIX):
        # A row of a list from before the hold: that cabin's summary, with the hold said
        # first (it stays until paid or let go), as when another cabin is asked for in
        # words (`other_cabin_instead`); a "Confirmar" next would hold both.
        picked = await pick(turn, ctx, turn.reply_id)
        if held is None or not is_live(held) or picked.state != State.CONFIRM_HOLD:
            return picked
        until = local_time(held.expires_at, turn.rules)
        return prepend(picked, replies.hold_stays_while_searching(held, until))
    if held is not None and (both := await _group_asked_for(turn, held)) is not None:
        # "¿Cuánto es en total lo de las dos?" with a group's cabins held: all added up
        # ("con las 2 cabañas" is no second cabin asked for: both are held).
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.group_total(both))
    another = not turn.reply_id and bool(ANOTHER_STAY_RE.search(turn.plain))
    next_one = not turn.reply_id and bool(NEXT_CABIN_RE.match(turn.plain))
    rest = await rest_of_group(turn, ctx, held.guests) if held and (another or next_one) else None
    if (instead := await other_cabin_instead(turn, ctx, held, rest)) is not None:
        return instead  # "mejor la otra cabaña", "mejor la de 4": the hold stays meanwhile
    if another or (rest and next_one):
        # A second cabin, for the same dates unless told otherwise; the hold stays. With a
        # group's first cabin held, "ahora la otra" is the second one too.
        until = local_time(held.expires_at, turn.rules) if held else None
        live = held is not None and is_live(held)
        kept = [replies.hold_stays_while_searching(held, until, second=True)] if live else []
        found = await search(turn, dataclasses.replace(ctx, guests=rest))
        return prepend(found, *kept, *([replies.rest_of_group(rest)] if rest else []))
    if held is None or not is_live(held) or turn.reply_id:
        return await payment_status(turn, ctx, held)  # paid, expired or gone: say so first
    if turn.msg.type in RECEIPT_TYPES and "?" not in (turn.msg.text or ""):
        # A photo or a PDF while the deposit is pending: the receipt, most likely.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        return step(
            State.AWAIT_PAYMENT, understood(ctx), replies.receipt_received(held, url, demo=demo)
        )
    if not turn.reply_id and WHOSE_NAME_RE.search(turn.plain):
        # "¿La reserva sale a nombre de quién?": the name, not "¡Buenísimo! Pagá la seña".
        said = replies.whose_name(held, paid=False)
        return step(State.AWAIT_PAYMENT, understood(ctx), said, replies.nudge("payment"))
    if not turn.reply_id and (tax_id := said_tax_id(turn.msg.text)) is not None:
        # "Mi cuit es …" once the hold is placed: the owner, who makes the invoice, gets it
        # now (the hold's notes were written when it was placed).
        notice = f"CUIT para la factura: {tax_id}"
        key = f"cuit:{held.code}:{tax_id}"
        await turn.app[NOTIFIER].emit("owner_notice", text=notice, reservation=held, key=key)
        noted = replies.tax_id_noted(tax_id)
        return step(State.AWAIT_PAYMENT, understood(ctx), noted, replies.nudge("payment"))
    if not turn.reply_id and (holder := said_holder(turn.msg.text, said_before=ctx.history)):
        # "Ponela a nombre de mi marido, Juan Pérez" once the hold is placed: the owner is
        # told whom to expect (the hold was written under the chat's name), as a CUIT is.
        notice = f"La reserva va a nombre de: {holder}"
        key = f"holder:{held.code}:{holder}"
        await turn.app[NOTIFIER].emit("owner_notice", text=notice, reservation=held, key=key)
        own = booked_for(holder, ctx.name) is None
        noted = replies.holder_noted(holder, own=own)
        return step(State.AWAIT_PAYMENT, understood(ctx), noted, replies.nudge("payment"))
    if paid_follow_up(turn, ctx):
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.paid_details_noted(held))
    if not turn.reply_id and TRANSFER_SENT_RE.search(turn.plain) and not asks(turn):
        # "ya transferí": the link's payment confirms itself, a transfer to an account never
        # reaches it, so "Mercado Pago tarda" would have the guest wait for nothing.
        until = local_time(held.expires_at, turn.rules)
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.transfer_not_seen(held, until))
    if says_paid(turn) and paid_said_before(turn, ctx):
        # "ya está pago" … "¿cuándo me confirman?": not the same thanks and link again.
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.payment_still_not_seen(held))
    if says_paid(turn):
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        # "Ya pagué, ¿te mando el comprobante?": that it is not needed, too.
        receipt = not turn.reply_id and bool(RECEIPT_RE.search(turn.plain))
        text = replies.payment_not_seen_yet(held, url, demo=demo, receipt=receipt)
        # "Ya pagué, ¿a qué hora entramos?": what else was asked is answered under it.
        return step(State.AWAIT_PAYMENT, understood(ctx), text, await answers_beside(turn, ctx))
    if not turn.reply_id and RECEIPT_RE.search(turn.plain):
        # "Te mando el comprobante": not needed, Mercado Pago tells us (not the payment
        # terms again, as if the guest had asked how to pay).
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        asked = asks(turn) or bool(MUST_I_RE.match(turn.plain))
        said = replies.receipt_received(held, url, demo=demo, asked=asked)
        return step(State.AWAIT_PAYMENT, understood(ctx), said)
    if TIME_LEFT_RE.search(turn.plain) or (asks(turn) and IF_UNPAID_RE.search(turn.plain)):
        # "¿y si no llego a pagar qué pasa?": until when it lasts, then it frees itself.
        return step(State.AWAIT_PAYMENT, understood(ctx), _time_left(turn, ctx, held))
    if PAY_FAILED_RE.search(turn.plain) or WHAT_HAPPENED_RE.match(turn.plain):
        return await payment_not_through(turn, ctx, held)
    soon = bool(PAYING_SOON_RE.search(turn.plain))  # "la pago en 10 minutos": until when
    if LINK_WORKS_RE.match(turn.plain) or PAYING_NOW_RE.search(turn.plain) or soon:
        # A short nudge with the link at hand, not the whole message about the hold again.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        until = local_time(held.expires_at, turn.rules) if soon else None
        said = replies.link_works(held, url, demo=demo, until=until)
        return step(State.AWAIT_PAYMENT, understood(ctx), said)
    about_it = MY_RESERVATIONS_RE.search(turn.plain) or writes_about_it(turn)
    if not turn.reply_id and about_it and not _REST_RE.search(turn.plain):
        # "¿Cuáles son mis reservas?" (read as "book"), "hola, te escribo por la reserva":
        # all of them, this one still waiting. "¿Cuánto me queda por pagar?" is the rest
        # (below), which the hold's status does not say.
        if (mine := await about_my_booking(turn, ctx)) is not None:
            return dataclasses.replace(mine, state=State.AWAIT_PAYMENT, ctx=understood(ctx))
    trouble = bool(LINK_TROUBLE_RE.search(turn.plain))
    passed = not turn.reply_id and not trouble and LINK_PASSED_ON_RE.search(turn.plain)
    if passed or (not turn.reply_id and not trouble and LINK_TO_PASS_RE.search(turn.plain)):
        # "Ya le pasé el link a mi mamá": someone else pays; we say when it lands, not how
        # to pay (which the guest does not need any more). Not passed yet ("le digo a mi
        # hijo que pague"): the link to pass on, too.
        until = local_time(held.expires_at, turn.rules)
        url, demo = (None, False) if passed else (ctx.pay_url, link_is_demo(turn.app))
        said = replies.link_passed_on(held, until, url=url, demo=demo)
        return step(State.AWAIT_PAYMENT, understood(ctx), said)
    if not turn.reply_id and FOR_SOMEONE_ELSE_RE.search(turn.plain) and not says_stay(turn.said):
        # "¿Puedo reservar para mi mamá?": another booking, whose dates are asked; the
        # guest's own hold stays (not "¡Buenísimo! Pagá la seña", a yes to nothing).
        until = local_time(held.expires_at, turn.rules)
        kept = replies.hold_stays_while_searching(held, until, second=True)
        return step(State.ASK_DATES, clear_flow(understood(ctx)), kept, replies.ask_dates())
    if turn.intent == "book" and not turn.reply_id:
        # "La quiero", "la tomo", "quiero reservarla" with a hold on screen: it is
        # theirs once the deposit is in, so the link, not a new search.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.link_works(held, url, demo=demo))
    nod = (turn.said.affirm or _reaction(turn)) and not LINK_RE.search(turn.plain)
    if turn.intent == "unknown" and nod:
        # 👍, ❤️, 😍: a nod or a reaction, answered alike (❤️ got the whole hold again);
        # "dale, ¿me mandás el link de nuevo?" asks for it (below), no nod.
        return step(State.AWAIT_PAYMENT, understood(ctx), replies.nudge("payment"))
    if trouble and not _OTHER_WAY_RE.search(turn.plain):
        # "No puedo pagar con tarjeta, quiero transferir": the transfer is the question
        # (answered below with the payment terms), not a card to try again.
        card = bool(CARD_TROUBLE_RE.search(turn.plain))
        shown = await payment_status(turn, ctx, held)
        return dataclasses.replace(shown, replies=(*shown.replies, replies.link_trouble(card=card)))
    if "cancellation" in topics_of(turn):
        # "¿si la cancelo me cobran algo?": about this very hold, which stays.
        note = replies.cancel_refund_note(held)
        return step(State.AWAIT_PAYMENT, understood(ctx), note, replies.nudge("payment"))
    if _asks_what_it_costs(turn):
        # "¿Cuánto sale?" with a hold: its total, the deposit now and the rest on arrival.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        if _REST_RE.search(turn.plain) and not re.search(r"\btotal\b", turn.plain):
            # "¿y el resto?" (maybe right after the total): that part, not the total again.
            return step(State.AWAIT_PAYMENT, understood(ctx), replies.balance_on_arrival(held))
        # "¿No me hacen una rebajita?": that there is none, first.
        first = no_discounts_first(turn)
        return step(
            State.AWAIT_PAYMENT, understood(ctx), first, replies.hold_price(held, url, demo=demo)
        )
    if asks_discount(turn) and not _asks_what_it_costs(turn):
        # "¿Hay descuento si pago todo ahora?": that there is none (and the way asked on),
        # not the hold and its link again as if nothing was asked.
        said = no_discounts_first(turn)
        return step(State.AWAIT_PAYMENT, understood(ctx), said, replies.nudge("payment"))
    if not turn.reply_id and OTHERS_CARD_RE.search(turn.plain):
        # "¿Puedo pagar con la tarjeta de mi marido?": yes, with the same link.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        said = replies.someone_elses_card(held, url, demo=demo)
        return step(State.AWAIT_PAYMENT, understood(ctx), said)
    if "payment" in topics_of(turn) and not any(way.search(turn.plain) for _, way in PAY_WAYS):
        # "¿Cómo pago?" with the link already sent: that link, not how booking works
        # ("cuando elegís la cabaña te la guardo…"), which they have done.
        url, demo = ctx.pay_url, link_is_demo(turn.app)
        no_card = bool(NO_CARD_RE.search(turn.plain))  # "¿cómo pago? no tengo tarjeta"
        said = replies.how_to_pay(held, url, demo=demo, no_card=no_card)
        return step(State.AWAIT_PAYMENT, understood(ctx), said)
    if LINK_RE.search(turn.plain) and (other := await _other_reservation(turn, held)):
        # "¿me mandás el link de la primera?" with two holds: that one's link.
        if other.status == Status.CONFIRMED:
            whom = booked_for(other.guest_name, ctx.name)
            done = replies.already_confirmed(other, booked_for=whom)
            return step(State.AWAIT_PAYMENT, understood(ctx), done)
        ctx = dataclasses.replace(understood(ctx), hold=other.code, pay_url=None)
        return await payment_status(turn, ctx, other)
    if LINK_RE.search(turn.plain):
        return await payment_status(turn, understood(ctx), held)  # "el link de pago?"
    if turn.intent not in ("unknown", "greeting", "prices"):
        if (aside := await answer_aside(turn, ctx, State.AWAIT_PAYMENT, "payment")) is not None:
            return aside
    if turn.intent == "greeting" and _greeted_before(turn, ctx):
        # "holaa" … "buenas tardes!": the hold and its link were just said; a hello back
        # and the short reminder, not the whole hold word for word again.
        return step(
            State.AWAIT_PAYMENT, understood(ctx), replies.hello(ctx.name), replies.nudge("payment")
        )
    return await payment_status(turn, ctx, held)


def _greeted_before(turn: Turn, ctx: Context) -> bool:
    """The guest's message before this one was a hello too (answered with the hold)."""
    before = ctx.history[-2] if len(ctx.history) > 1 else ""
    return bool(before) and parse(before, turn.today).intent == "greeting"


# "¿Y si somos 4?", "¿para 4 cuánto sale?": a head count wondered about, not said.
_WHAT_IF_RE = re.compile(
    r"\b(?:y si|si (?:somos|fueramos|fuesemos|vamos|vinieran|viene)|cuanto|precio|sale)\b"
)


async def _party_changed(turn: Turn, ctx: Context) -> Step | None:
    """Only the head count said while the hold waits for its deposit ("ah no, al final
    somos 3"). Decided: when the held cabin sleeps them, the hold takes the new count (the
    price is per cabin and night, so nothing else changes) rather than a search for other
    cabins with the hold left behind; "¿y si somos 4?" only says it would fit. A cabin too
    small says so before the search for them (the hold stays, as on other dates)."""
    if turn.reply_id:
        return None
    turn = party_said_again(turn)  # "uh no, al final 5"
    said = turn.said
    added = more_people(turn.plain, turn.msg.text or "")
    if added and said.guests and not count_said(turn.plain):
        # "y mi hermana con su marido": two more, not a party of the two named.
        said = dataclasses.replace(said, guests=None)
    more = 0 if said.guests else added or (said.extra_guests or 0)
    if not (said.guests or more) or ANOTHER_STAY_RE.search(turn.plain):
        return None
    if says_stay(dataclasses.replace(said, guests=None, extra_guests=None)):
        return None
    held = await current_hold(turn, ctx)
    if held is None or not is_live(held):
        return None
    wondered = asks(turn) and bool(_WHAT_IF_RE.search(turn.plain))
    if more:
        # "Viene mi hermano también": one more than the hold's party ("capaz viene…" is a
        # maybe: said as wondered about, nothing changed).
        wondered = wondered or bool(DOUBT_RE.search(turn.plain) or MAYBE_RE.search(turn.plain))
        guests = min(held.guests + more, MAX_GUESTS_ASKED)
        turn = dataclasses.replace(turn, said=dataclasses.replace(said, guests=guests))
        said = turn.said
    cabin = await turn.cabin_of(held)
    if cabin is None:
        return None
    if said.guests > cabin.capacity:
        if (fresh := fresh_stay(turn, ctx)) is None:
            return None
        found = await _hold_stays(turn, ctx, await search_said(turn, fresh))
        return prepend_no(found, replies.cabin_not_listed(cabin, said.guests))
    if wondered:
        said_back = replies.hold_party_would_fit(held, cabin.capacity, said.guests)
        return step(State.AWAIT_PAYMENT, understood(ctx), said_back)
    before = held.guests
    # "¿Tiene calefacción? Vamos con mi vieja": the party told in passing, the question is
    # what was asked (and the hold's count is only said back when it changed).
    asked = await answer_info(turn, ctx) if asks(turn) and topics_of(turn) else []
    if said.guests != before:
        held = await holds.change_hold_guests(turn.pool, held.code, said.guests)
        turn.reservations_changed()
    ctx = dataclasses.replace(understood(ctx), guests=said.guests)
    if asked and said.guests == before:
        return step(State.AWAIT_PAYMENT, ctx, asked, replies.nudge("payment"))
    changed = replies.hold_party_changed(held, cabin.capacity, before)
    return step(State.AWAIT_PAYMENT, ctx, changed, asked)


async def _other_reservation(turn: Turn, held: Reservation) -> Reservation | None:
    """Another of the guest's reservations than the hold talked about, named in the
    message (code, cabin, "la primera", "la otra"), if one is."""
    mine = await turn.active_reservations()
    if len(mine) < 2:
        return None
    other = which_reservation(turn, mine, held.code)
    return other if other is not None and other.code != held.code else None


async def _hold_stays(turn: Turn, ctx: Context, found: Step) -> Step:
    """Other dates searched while the hold waits for its deposit: it stays held until
    its time (as on "Cambiar fechas"), said before the search's answer."""
    held = await current_hold(turn, ctx)
    if held is None or not is_live(held) or found.state == State.AWAIT_PAYMENT:
        return found
    until = local_time(held.expires_at, turn.rules)
    return prepend(found, replies.hold_stays_while_searching(held, until))


# "las dos", "ambas", "todo junto": the price asked of every cabin the group holds.
_BOTH_RE = re.compile(r"\b(?:las|los) (?:dos|2|tres|3)\b|\bamb[ao]s\b|\btodo junto\b")


async def _group_asked_for(turn: Turn, held: Reservation) -> list[Reservation] | None:
    """The guest's live or paid reservations for the held stay when the price or the
    deposit is asked of them all ("¿y la seña de las dos?"); None with only this one."""
    if not _BOTH_RE.search(turn.plain) or LINK_RE.search(turn.plain):
        return None
    if not (_asks_what_it_costs(turn) or "payment" in topics_of(turn)):
        return None
    mine = await turn.active_reservations()
    same = [r for r in mine if r.stay == held.stay and (r.status == Status.CONFIRMED or is_live(r))]
    return sorted(same, key=lambda r: r.created_at) if len(same) > 1 else None


def _asks_what_it_costs(turn: Turn) -> bool:
    if turn.reply_id or LINK_RE.search(turn.plain):
        return False
    topics = topics_of(turn)
    return (
        (turn.intent == "prices" and not topics)
        or (topics == ("payment",) and bool(re.search(r"\bcuanto\b", turn.plain)))
        # "volveme a pasar el total": the total and the deposit, not only the link
        or (not topics and bool(re.search(r"\b(?:el|del) total\b", turn.plain)))
        # "¿y el resto cuándo?", "¿el saldo?": what is left, paid on arrival
        or (
            set(topics) <= {"payment"}
            and bool(_REST_RE.search(turn.plain))
            and not _PAY_HOW_RE.search(turn.plain)
        )
    )


# A way of paying the deposit other than the link, named with the trouble.
_OTHER_WAY_RE = re.compile(
    r"\b(?:transfer\w*|cbu|alias|efectivo|dolar(?:es)?|usd|cash|dollars?)\b"  # and English
)
_REST_RE = re.compile(
    r"\b(?:el resto|el saldo|lo que falta|lo restante|lo demas)\b"
    # "¿cuánto me queda por pagar después?", "¿cuánto falta pagar?" (session 23)
    r"|\bcuanto (?:me |nos )?(?:queda|quedaria|falta|faltaria|resta) (?:por |para |a |de )?pagar\b"
)
# "¿el resto en efectivo?": how to pay it, which the payment terms answer.
_PAY_HOW_RE = re.compile(
    r"\b(?:efectivo|transfer\w*|tarjeta|cuotas|mercado ?pago|cbu|alias|cash|card)\b"
)


def _time_left(turn: Turn, ctx: Context, held: Reservation) -> replies.Text:
    until = local_time(held.expires_at, turn.rules)
    left = None
    if held.expires_at is not None:
        left = max(1, int((held.expires_at - dt.datetime.now(dt.UTC)).total_seconds() // 60))
    no_card = bool(NO_CARD_RE.search(turn.plain))  # "mañana te la pago, no tengo tarjeta"
    demo = link_is_demo(turn.app)
    return replies.time_left(held, until, left, ctx.pay_url, demo=demo, no_card=no_card)


async def _summary_after_hold(turn: Turn, ctx: Context, action: str, about: str | None) -> Step:
    """A button of the summary tapped once the hold is placed (or gone)."""
    held = await current_hold(turn, ctx)
    if held is None:
        return await payment_status(turn, ctx, held)
    this_one = about is None or about == await _key_of(turn, held)
    if action == "change":
        # Other dates: the hold is left to expire (or be cancelled), and we search again.
        until = local_time(held.expires_at, turn.rules)
        kept = [replies.hold_stays_while_searching(held, until)] if is_live(held) else []
        ctx = other_dates(ctx)
        return step(State.ASK_DATES, ctx, kept, replies.ask_new_dates())
    if action == "cancel" and this_one:
        if is_live(held) or held.status == Status.CONFIRMED:
            ctx = dataclasses.replace(clear_flow(ctx), cancel=held.code)
            return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(held))
        cancelled = held.status == Status.CANCELLED
        gone = replies.already_cancelled(held) if cancelled else replies.hold_lapsed(held)
        ctx = dataclasses.replace(clear_flow(ctx), hold=None, pay_url=None)
        return step(State.IDLE, ctx, gone, replies.menu("¿Te ayudo con otra cosa?"))
    shown = await payment_status(turn, ctx, held)
    if this_one:
        return shown  # "Confirmar" again: the same hold and its link, never a second one
    return prepend(shown, await stale_summary(turn, about))


async def _key_of(turn: Turn, held: Reservation) -> str | None:
    """The key of the summary this reservation was confirmed from."""
    cabin = await turn.cabin_of(held)
    if cabin is None:
        return None
    return replies.summary_key(cabin.slug, held.check_in, held.check_out, held.guests)


async def payment_not_through(turn: Turn, ctx: Context, held: Reservation) -> Step:
    """ "No me salió el pago" with the hold still live: the deposit is not in, and the
    same link works again until the hold expires."""
    url, demo = ctx.pay_url, link_is_demo(turn.app)
    if url is None:
        url, demo = await payment_link(turn.app, held)
    ctx = dataclasses.replace(understood(ctx), hold=held.code, pay_url=url)
    until = local_time(held.expires_at, turn.rules)
    return step(
        State.AWAIT_PAYMENT, ctx, replies.payment_not_through(held, url, demo=demo, until=until)
    )
