"""Cancelling: the guest's active reservations → one picked → "¿seguro?" → cancelled.

Only reservations made from this WhatsApp number (reservations.guest_phone is
the wa_id as received) are listed or cancelled, whatever code is typed.
"""

from __future__ import annotations

import dataclasses
import re

from appkeys import NOTIFIER
from booking import holds
from booking.codes import looks_like_code, normalize_code
from booking.errors import InvalidTransition, ReservationNotFound
from booking.models import Reservation, Status
from booking.reservations import reservation_history
from bot import replies
from bot.handlers import (
    DOUBT_RE,
    Step,
    Turn,
    absorb,
    asks,
    clear_flow,
    defers,
    hesitant,
    link_is_demo,
    local_time,
    missed,
    name_words,
    payment_link,
    plain,
    says_stay,
    step,
    unaccented,
    understood,
)
from bot.handlers_hold import is_live, says_paid
from bot.handlers_info import answer_info, answer_prices, topics_of, wants_info
from bot.handlers_search import search
from bot.handlers_words import CHANGE_DATES_RE, LATER_RE, NOD_RE
from bot.nlu import parse
from bot.session import Context
from bot.states import State

RES_PREFIX = "res:"
# "mi reserva de airbnb", "la hice por booking", "reservamos desde despegar": a booking on a
# platform (not "por acá, no por airbnb"). Its nights come in by iCal, never the guest's
# number, so it is neither listed nor cancelled here (plain text).
_PLATFORMS = {
    "airbnb": "Airbnb",
    "air bnb": "Airbnb",
    "booking": "Booking.com",
    "booking com": "Booking.com",
    "despegar": "Despegar",
    "expedia": "Expedia",
}
_PLATFORM_RE = re.compile(
    r"(?<!\bno )\b(?:por|en|desde|de|con|via|x|a traves de) (?P<platform>airbnb|air bnb"
    r"|booking(?: com)?|despegar|expedia)\b"
)
# Made, not to be made: "mi reserva", "reservé", "la hicimos" (not "quiero reservar por acá
# y no por booking", "si reservo por airbnb…").
_MADE_RE = re.compile(
    r"\b(?:reserva|reservas|reservacion|reserve|reservamos|reservaron|hice|hicimos|saque"
    r"|sacamos)\b"
)
# The owner reads this reason in the notice about a cancelled paid stay.
GUEST_REASON = "la canceló el huésped por WhatsApp"

# "cancelá la CAB-7KQ2", "cab 7kq2": a code the guest typed (ours start with CAB).
_CODE_RE = re.compile(r"\bcab([\s_-]?)([a-z0-9]{4,8})\b", re.IGNORECASE)
# "no la canceles", "no quiero cancelar": the cancel word is negated, so it means keep.
# Checked on the raw text, where "no, cancelala" (a comma between) stays a yes.
_NEGATED_CANCEL_RE = re.compile(
    r"\bno\s+(?:(?:me|la|lo|las|los|quiero|queremos|quisiera|queria|queriamos|quise|quisimos"
    r"|vamos|voy|iba|ibamos|a|hace|falta|hay|que|es|era|necesito|pense|pensaba)\s+){0,3}"
    r"(?:cancel|anul|dar de baja)"
)
# "¿Me devuelven la plata?", "¿y el reembolso?": about the deposit of what was cancelled.
_REFUND_RE = re.compile(r"\b(?:devuelv\w*|devolucion|reembols\w*|reintegr\w*)\b")
# "¿La seña es reintegrable en caso de cancelación?", "¿qué pasa si tengo que cancelar?",
# "si cancelo, ¿me devuelven algo?": the terms asked, a cancellation only imagined (plain).
_TERMS_ASKED_RE = re.compile(
    r"\ben caso de (?:que )?(?:cancel|anul|no (?:poder|podamos|pueda) ir)\w*"
    r"|\bque pasa (?:si|en caso)\b|\bpolitica\w* de cancel\w*|\bcondiciones de cancel\w*"
    r"|\bsi (?:la |lo |llego a |llegamos a |tengo que |tenemos que |hay que )?"
    r"(?:cancelo|cancelamos|cancelara|cancelaramos|cancelar)\b"
    r"|\b(?:es|son|sera) (?:reintegrable|reembolsable|devolvible)s?\b"
    # "¿y si al final no podemos ir, me devuelven la seña?": a case put, not the order.
    r"|\bsi (?:al final |finalmente |por (?:algo|alguna razon|cualquier cosa) )?no"
    r" (?:podemos|puedo|pudieramos|pudiera|podriamos|podria|llegamos a|llego a|vamos|voy)\b"
    r"|\bsi (?:surge|pasa|sale) algo\b|\bsi se (?:nos|me) complica\b"
)
# "¡No quise cancelar!", "me equivoqué": said right after a cancellation went through.
_CANCEL_REGRET_RE = re.compile(
    r"\bno (?:la |lo )?(?:queria|quise|queriamos|quisimos|quiero|queremos) cancelar"
    r"|\b(?:me equivoque|nos equivocamos|sin querer|me arrepenti|nos arrepentimos)\b"
)
# The reservation itself not wanted, written without a comma after the "no" ("no la quiero
# más", "ya no la necesitamos", "no la vamos a usar"); "no, la quiero" keeps it, and "no la
# quiero cancelar" / "no la quiero perder" are no such thing. On unaccented raw text.
_UNWANTED_RE = re.compile(
    r"\bno (?:la|lo) (?:quiero|queremos|necesito|necesitamos|(?:voy|vamos) a (?:usar|necesitar)"
    r"|usamos|uso)\b(?! (?:cancelar|anular|perder|dar de baja|bajar|soltar|largar))"
)
# "la dejo", "mantenela", "me arrepentí": the answer to "¿seguro?" is to keep it.
_KEEP_RE = re.compile(
    r"\b(?:(?:la|lo) (?:dejo|dejamos|mantengo|mantenemos|sigo|seguimos)|dejala|dejalo"
    r"|mantenela|mantenelo|mantener|mantenerla|me arrepenti|nos arrepentimos"
    r"|mejor (?:la|lo) (?:dejo|dejamos|mantengo|mantenemos)|no toques nada)\b"
    # "no, la quiero", "la queremos conservar": keep it ("la quiero cancelar" is no keep).
    r"|\b(?:la|lo) (?:quiero|queremos)\b(?! (?:cancelar|anular|dar de baja|bajar))"
    r"|\bconservar(?:la|lo)?\b"
)


# "¿Me la cancelás?", "¿la podés cancelar?": a question that is itself the order.
_CANCEL_REQUEST_RE = re.compile(
    r"^(?:(?:si|dale|ok|bueno|entonces) )*(?:me |nos )?(?:la|lo) (?:cancelas|cancelan"
    r"|podes cancelar|pueden cancelar|podrias cancelar|podrian cancelar)(?: porfa| por favor)?$"
    r"|^(?:(?:si|dale|ok|bueno|entonces) )*(?:me |nos )?(?:cancelamela|cancelanosla)$"
)


# "ninguna", "no, ninguna de las dos", "ninguna por ahora": keep them all.
_NONE_RE = re.compile(
    r"^(?:(?:no|nop|mejor|por ahora|ahora|gracias|al final) )*ningun[oa]s?"
    r"(?: (?:de las dos|de las tres|de ellas|de esas|por ahora|gracias|al final|nada))*$"
)


def cancel_button(rid: str) -> tuple[bool, str | None] | None:
    """("Sí, cancelar"?, the code it was asked about) for a "¿seguro?" button or a row
    of the list of reservations; the code is None for the bare ids of older messages."""
    for yes, prefix in ((True, replies.CANCEL_YES), (False, replies.CANCEL_NO)):
        if rid == prefix:
            return yes, None
        if rid.startswith(prefix + ":"):
            return yes, rid[len(prefix) + 1 :]
    if rid.startswith(RES_PREFIX):
        return True, rid[len(RES_PREFIX) :]
    return None


async def old_cancel_tap(
    turn: Turn, ctx: Context, state: State, *prompt: replies.Outbound
) -> Step | None:
    """A "¿seguro?" button or a row of a list of reservations, tapped on an old message.

    "Sí, cancelar" never cancels from here: it asks "¿seguro?" again about that very
    reservation. "No, mantener" says it stays. `prompt` is what the current state
    asks again afterwards."""
    tapped = cancel_button(turn.reply_id)
    if tapped is None or tapped[1] is None:
        return None
    yes, code = tapped
    mine = await _mine(turn)
    res = next((r for r in mine if r.code == code), None)
    if res is None:
        return step(state, understood(ctx), await _not_active(turn, code), *prompt)
    if yes:
        ctx = dataclasses.replace(clear_flow(ctx), cancel=res.code)
        return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(res))
    return step(state, understood(ctx), replies.kept(res), *prompt)


async def _not_active(turn: Turn, code: str) -> replies.Text:
    try:
        res = await holds.get_reservation(turn.pool, code)
    except ReservationNotFound:
        res = None
    if res is None or res.guest_phone != turn.msg.wa_id:
        return replies.code_gone(code)
    if res.status == Status.CANCELLED:
        return replies.already_cancelled(res)
    return replies.hold_lapsed(res) if res.status == Status.EXPIRED else replies.code_gone(code)


async def _mine(turn: Turn) -> list[Reservation]:
    return await turn.active_reservations()


async def cancel_terms(
    turn: Turn, ctx: Context, state: State, *prompt: replies.Outbound
) -> Step | None:
    """ "¿La seña es reintegrable en caso de cancelación?" with a reservation live: what
    cancelling it would cost and how to do it, and nothing asked ("¿seguro?") nor dropped.
    None when the message is no such question (a "¿me la cancelás?" is the order itself)."""
    if not (asks(turn) and _TERMS_ASKED_RE.search(turn.plain)):
        return None
    mine = await _mine(turn)
    res = next((r for r in mine if r.code == ctx.hold), mine[0] if len(mine) == 1 else None)
    if res is None:
        return None
    return step(state, understood(ctx), replies.cancel_terms(res), *prompt)


# "anulá todo", "cancelá las dos", "quiero cancelar ambas", "todas las reservas"
_EVERY_RE = re.compile(r"\b(?:todo|todas|ambas|las dos|las 2|las tres|las 3|los dos)\b")


async def start_cancel(turn: Turn, ctx: Context) -> Step:
    mine = (await _mine(turn))[: replies.MAX_ROWS]
    current = ctx.hold
    ctx = dataclasses.replace(clear_flow(ctx), name=ctx.name)
    typed = codes_typed(turn)
    if not mine and not typed and asks(turn) and "cancellation" in topics_of(turn):
        # "Si reservo y después no puedo ir, ¿me devuelven la seña?" before booking: the
        # terms asked, not "no encontré reservas activas" and the menu.
        return step(State.IDLE, ctx, await answer_info(turn, ctx))
    if not mine and not typed:
        lapsed = await holds.lapsed_hold_for(turn.pool, turn.msg.wa_id, today=turn.today)
        if lapsed is not None:
            # "Quiero cancelar la reserva" after the hold lapsed: that one, already let go
            # (not "no encontré reservas… ¿desde otro teléfono?" about a hold we placed).
            return step(State.IDLE, ctx, replies.hold_lapsed(lapsed))
    if not mine:
        return step(State.IDLE, ctx, replies.no_reservations(typed[0] if typed else None))
    # "cancelá la CAB-ZZZZ" with a code that is not theirs: say so before showing theirs.
    lost = typed and not set(typed) & {r.code for r in mine}
    before = [replies.code_not_found(typed[0], len(mine))] if lost else []
    # By code, cabin, date or place ("cancelar la primera" after "¿cuáles son mis reservas?").
    chosen = which_reservation(turn, mine, current)
    if chosen is None and len(mine) == 1:
        chosen = mine[0]
    if chosen is not None:
        asked = asks(turn)
        if asked:
            # "¿Puedo cancelar sin pagar?": what it costs, then "¿seguro?" (without the
            # refund said a second time under it).
            before.append(replies.cancel_refund_note(chosen))
        ctx = dataclasses.replace(ctx, cancel=chosen.code)
        sure = replies.ask_cancel(chosen, refund_said=asked)
        return step(State.CONFIRM_CANCEL, ctx, before, sure)
    ctx = dataclasses.replace(ctx, offers=tuple(f"{RES_PREFIX}{r.code}" for r in mine))
    every = bool(_EVERY_RE.search(turn.plain))  # "anulá todo": one at a time, said so
    return step(State.CHOOSE_CANCEL, ctx, before, replies.cancel_list(mine, every=every))


def codes_typed(turn: Turn) -> list[str]:
    """Every reservation code written in the message, normalised ("cab 7kq2" → "CAB-7KQ2").
    Only our codes' letters count, and one glued to "cab" needs a digit or capitals:
    "caballo" and "cabanas" are words, not CAB-ALLO and CAB-ANAS."""
    codes = []
    for found in _CODE_RE.finditer(turn.msg.text or ""):
        code = normalize_code(found[2])
        glued = not found[1]
        if not looks_like_code(code):
            continue
        if glued and not any(ch.isdigit() for ch in found[2]) and not found[0].isupper():
            continue
        codes.append(code)
    return codes


# A word that may be one of our codes typed without its "CAB-" ("M77W", "nro xbf3"): 4 to
# 8 letters and digits, with a digit in it or written in capitals.
_BARE_WORD_RE = re.compile(r"\b[0-9A-Za-z]{4,8}\b")


async def bare_codes(turn: Turn) -> list[str]:
    """The guest's own reservation codes typed without "CAB-" ("la reserva M77W", "m77w"
    alone): only a word that is exactly the rest of one of their codes counts."""
    words = {
        normalize_code(w)
        for w in _BARE_WORD_RE.findall(turn.msg.text or "")
        if any(ch.isdigit() for ch in w) or w.isupper()
    }
    words = {w for w in words if looks_like_code(w)}
    if not words:
        return []
    return [r.code for r in await turn.active_reservations() if r.code in words]


def _typed_code(turn: Turn, mine: list[Reservation]) -> Reservation | None:
    words = (turn.msg.text or "").upper().replace("-", " ").split()
    joined = {normalize_code(" ".join(words[i : i + 2])) for i in range(len(words))}
    joined |= {normalize_code(w) for w in words}
    return next((r for r in mine if r.code in joined), None)


def _described(turn: Turn, mine: list[Reservation]) -> Reservation | None:
    """ "la de Chapelco", "la del 5 de abril", "la de marzo": the only reservation of that
    cabin, date or month."""
    words = set(turn.plain.split())
    by_name = [r for r in mine if name_words(r.cabin_name) & words]
    day = turn.said.check_in
    by_date = [r for r in mine if day is not None and r.check_in <= day < r.check_out]
    for found in (by_name, by_date, in_month_said(turn, mine)):
        if len(found) == 1:
            return found[0]
    return None


def in_month_said(turn: Turn, mine: list[Reservation]) -> list[Reservation]:
    """The reservations that start in the month the message names and nothing more ("la
    de marzo"; not "del 3 al 6 de marzo", a stay)."""
    said = turn.said
    if said.month is None or said.check_in or said.guests or said.nights:
        return []
    return [r for r in mine if r.check_in.month == said.month]


# "la primera", "la segunda", "la última", "la otra": one of the guest's reservations by
# the order they were made in (on plain text).
_BY_ORDER_RE = re.compile(
    r"\b(?:la|el|de la|de el|del) (?:reserva )?(?P<nth>primera|primer|segunda|tercera|ultima"
    r"|otra|anterior)\b"
)
_NTH = {"primera": 0, "primer": 0, "segunda": 1, "tercera": 2, "ultima": -1}


def which_reservation(
    turn: Turn, mine: list[Reservation], current: str | None = None
) -> Reservation | None:
    """The one of `mine` the guest names: by code, cabin ("la de Chapelco") or date, or by
    the order they were made in ("la primera", "la otra" next to `current`)."""
    if turn.reply_id:
        return None
    typed = codes_typed(turn)
    if (found := next((r for r in mine if r.code in typed), None)) is not None:
        return found
    if (found := _typed_code(turn, mine) or _described(turn, mine)) is not None:
        return found
    said = _BY_ORDER_RE.search(turn.plain)
    if said is None or len(mine) < 2:
        return None
    made = sorted(mine, key=lambda r: (r.created_at, r.id))
    if said["nth"] in ("otra", "anterior"):
        others = [r for r in made if r.code != current]
        return others[-1] if current and len(others) == len(made) - 1 and others else None
    nth = _NTH[said["nth"]]
    return made[nth] if nth < len(made) else None


def negated_cancel(turn: Turn) -> bool:
    return bool(_NEGATED_CANCEL_RE.search(unaccented(turn.msg.text or "")))


async def _question(turn: Turn, ctx: Context) -> list[replies.Outbound] | None:
    """A question asked while choosing what to cancel: answered, the choice stays open."""
    if asks(turn) and turn.intent == "cancel" and not topics_of(turn):
        return [replies.cancellation_policy()]  # "¿cuánto me cobran por cancelar?"
    if turn.reply_id or not (wants_info(turn) or turn.intent == "prices"):
        return None
    if turn.intent == "prices" and not topics_of(turn):
        return await answer_prices(turn, ctx)
    return await answer_info(turn, ctx)


async def on_choose_cancel(turn: Turn, ctx: Context) -> Step:
    mine = await _mine(turn)
    chosen: Reservation | None = None
    if turn.reply_id and not turn.reply_id.startswith(RES_PREFIX):
        # Another message's button (a summary, an old "¿seguro?"): the list of now.
        listed = replies.cancel_list(mine[: replies.MAX_ROWS], again=True)
        if not mine:
            return step(State.IDLE, clear_flow(ctx), replies.no_reservations())
        found = await old_cancel_tap(turn, ctx, State.CHOOSE_CANCEL, listed)
        return found or step(State.CHOOSE_CANCEL, ctx, replies.stale_option(), listed)
    if turn.reply_id.startswith(RES_PREFIX):
        code = turn.reply_id[len(RES_PREFIX) :]
        chosen = next((r for r in mine if r.code == code), None)
        if chosen is None and mine:
            # Cancelled (or expired) since the list was sent.
            gone = await _not_active(turn, code)
            listed = replies.cancel_list(mine[: replies.MAX_ROWS], again=True)
            return step(State.CHOOSE_CANCEL, understood(ctx), gone, listed)
    elif turn.said.choice and 1 <= turn.said.choice <= len(ctx.offers):
        code = ctx.offers[turn.said.choice - 1][len(RES_PREFIX) :]
        chosen = next((r for r in mine if r.code == code), None)
    elif not turn.reply_id:
        chosen = _typed_code(turn, mine) or _described(turn, mine)
    if chosen is not None:
        ctx = dataclasses.replace(ctx, cancel=chosen.code, misses=0)
        return step(State.CONFIRM_CANCEL, ctx, replies.ask_cancel(chosen))
    if not turn.reply_id and (turn.said.deny or negated_cancel(turn) or _NONE_RE.match(turn.plain)):
        return step(State.IDLE, clear_flow(ctx), replies.kept(None))
    if not turn.reply_id and len(those := in_month_said(turn, mine)) > 1:
        # "La de marzo" with two in March: still which one, those two listed (numbered
        # as shown), rather than a search for March.
        ctx = dataclasses.replace(
            understood(ctx), offers=tuple(f"{RES_PREFIX}{r.code}" for r in those)
        )
        shown = those[: replies.MAX_ROWS]
        return step(State.CHOOSE_CANCEL, ctx, replies.cancel_list(shown, month=turn.said.month))
    if not turn.reply_id and turn.intent in ("availability", "book") and says_stay(turn.said):
        return await search(turn, absorb(clear_flow(ctx), turn.said))
    if not mine:
        return step(State.IDLE, clear_flow(ctx), replies.no_reservations())
    listed = mine[: replies.MAX_ROWS]
    if (answer := await _question(turn, ctx)) is not None:
        return step(State.CHOOSE_CANCEL, understood(ctx), answer, replies.nudge("cancel"))
    if typed := codes_typed(turn):
        # A code that is not one of theirs: say so, and show the ones that are.
        lost = replies.code_not_found(typed[0], len(listed))
        return step(State.CHOOSE_CANCEL, understood(ctx), lost, replies.cancel_list(listed))
    if not turn.reply_id and turn.intent == "cancel":
        # "cancelar reserva" again: which one is still the question, not a miss.
        return step(State.CHOOSE_CANCEL, understood(ctx), replies.cancel_list(listed))
    return missed(ctx, State.CHOOSE_CANCEL, replies.cancel_list(listed, again=True))


async def on_confirm_cancel(turn: Turn, ctx: Context) -> Step:
    rid = turn.reply_id
    tapped = cancel_button(rid)
    # "no la quiero más", "ya no la necesitamos": the reservation not wanted, a yes to
    # cancelling it, though the NLU reads a "no" (session 23: it was kept).
    unwanted = not rid and bool(_UNWANTED_RE.search(unaccented(turn.msg.text or "")))
    keep = (
        not rid
        and not unwanted
        and (turn.said.deny or negated_cancel(turn) or bool(_KEEP_RE.search(turn.plain)))
    )
    # Only a clear typed yes cancels: a question ("¿me conviene cancelar?", "ok y ahora
    # qué?") is answered and asked again, unless it is the order itself ("¿me la
    # cancelás?"); a doubt ("no sé si cancelar", "capaz") or "la cancelo mañana" never.
    asks_first = asks(turn) and (
        "cancellation" in topics_of(turn) or not _CANCEL_REQUEST_RE.search(turn.plain)
    )
    yes = bool(tapped and tapped[0]) or (
        not rid
        and not keep
        and not asks_first
        and not hesitant(turn)
        and not defers(turn)
        and (turn.said.affirm or turn.intent == "cancel" or unwanted)
    )
    no = bool(tapped and not tapped[0]) or keep
    nod_to_the_question_again = yes and not rid and _nod_after_a_detour(turn, ctx)
    yes = yes and not nod_to_the_question_again
    mine = await _mine(turn)
    target = next((r for r in mine if r.code == ctx.cancel), None)
    if target is None:
        if tapped and tapped[1] == ctx.cancel and ctx.cancel:
            # Tapped twice, or it expired meanwhile: say how it stands.
            gone = await _not_active(turn, ctx.cancel)
            return step(State.IDLE, clear_flow(ctx), gone, replies.menu("¿Te ayudo con otra cosa?"))
        return step(State.IDLE, clear_flow(ctx), replies.no_reservations())
    if tapped and tapped[1] not in (None, target.code):
        # A button of the question about another reservation: never cancel this one by it.
        again = replies.ask_cancel(target, again=True)
        found = await old_cancel_tap(turn, ctx, State.CONFIRM_CANCEL, again)
        if found is not None:
            return found
    if rid and tapped is None:
        # Another message's button: the question of now, without counting a miss.
        return step(State.CONFIRM_CANCEL, ctx, replies.stale_option(), replies.ask_cancel(target))
    if not rid and says_paid(turn):
        # "pero ya pagué la seña", "ya pagué, ¿me devuelven?": never a yes. What happens
        # to that deposit if it is cancelled, then the question again.
        note = replies.paid_before_cancelling(target)
        return step(
            State.CONFIRM_CANCEL, understood(ctx), note, replies.ask_cancel(target, again=True)
        )
    if yes:
        return await _cancel(turn, ctx, target)
    if no:
        if is_live(target):
            return await _kept_unpaid(turn, ctx, target)
        return step(State.IDLE, clear_flow(ctx), replies.kept(target))
    if nod_to_the_question_again:
        # "ok 👍" to "¿Cancelo la reserva o la dejamos como está?" (asked again after a
        # doubt or a question) answers neither: the buttons again, nothing cancelled.
        return step(State.CONFIRM_CANCEL, understood(ctx), replies.ask_cancel(target, again=True))
    if not rid and CHANGE_DATES_RE.search(turn.plain):
        # "¿Puedo cambiar la fecha en vez de cancelar?": a person changes dates.
        note = replies.change_dates_by_person()
        return step(State.CONFIRM_CANCEL, understood(ctx), note, replies.ask_cancel(target))
    if not rid and ("cancellation" in topics_of(turn) or (asks(turn) and turn.intent == "cancel")):
        # "¿me devuelven la seña?", "¿me conviene cancelar?" about this very reservation;
        # then the question again, short (the note said the refund: not twice).
        note = replies.cancel_refund_note(target)
        again = replies.ask_cancel(target, again=True)
        return step(State.CONFIRM_CANCEL, understood(ctx), note, again)
    if defers(turn) and not asks(turn):
        # "la cancelo mañana", "esperá que le pregunto a mi marido": nothing cancelled.
        return step(State.CONFIRM_CANCEL, understood(ctx), replies.nudge("cancel", later=True))
    if (answer := await _question(turn, ctx)) is not None:
        return step(State.CONFIRM_CANCEL, understood(ctx), answer, replies.ask_cancel(target))
    return missed(ctx, State.CONFIRM_CANCEL, replies.ask_cancel(target, again=True))


def _nod_after_a_detour(turn: Turn, ctx: Context) -> bool:
    """A bare nod ("ok", "bueno", "listo", 👍) right after a doubt ("mmm no sé"), a "later"
    or a question other than the request to cancel: the question was asked again as an
    either-or ("¿Cancelo la reserva o la dejamos como está?"), which a nod answers
    neither way. Decided: cancelling frees the nights for others, so there only a clear
    yes or the button does it; a nod right after the request ("¿Seguro?" "ok") still does."""
    if not (NOD_RE.match(turn.plain) or (not turn.plain and turn.said.affirm)):
        return False
    before = ctx.history[-2] if len(ctx.history) > 1 else ""
    words = plain(before)
    if DOUBT_RE.search(words) or LATER_RE.search(words):
        return True
    return "?" in before and parse(before, turn.today).intent != "cancel"


async def _kept_unpaid(turn: Turn, ctx: Context, target: Reservation) -> Step:
    """Kept, but still waiting for its deposit: without the link and its time, "sigue en
    pie" reads as if it were booked. Back at the payment step, where "ya pagué", "¿hasta
    qué hora tengo?" or "la pago en 10 minutos" are about this hold."""
    url, demo = ctx.pay_url, link_is_demo(turn.app)
    if ctx.hold != target.code or url is None:
        url, demo = await payment_link(turn.app, target)
    until = local_time(target.expires_at, turn.rules)
    ctx = dataclasses.replace(clear_flow(ctx), hold=target.code, pay_url=url)
    return step(State.AWAIT_PAYMENT, ctx, replies.kept_unpaid(target, url, demo=demo, until=until))


async def _cancel(turn: Turn, ctx: Context, target: Reservation) -> Step:
    try:
        # With the notifier, the owner hears about a cancelled paid stay (a deposit to return).
        done = await holds.cancel_reservation(
            turn.pool, target.code, GUEST_REASON, "guest", notifier=turn.app[NOTIFIER]
        )
        turn.reservations_changed()
    except (InvalidTransition, ReservationNotFound):
        return step(State.IDLE, clear_flow(ctx), replies.cannot_cancel())
    hold = None if ctx.hold == done.code else ctx.hold
    # The code stays as `cancel` in idle: "¿me devuelven la seña?" or "¡no quise cancelar!"
    # right after is about this very reservation (see `just_cancelled`).
    ctx = dataclasses.replace(
        clear_flow(ctx), hold=hold, pay_url=ctx.pay_url if hold else None, cancel=done.code
    )
    return step(State.IDLE, ctx, replies.cancelled(done, paid=target.status == Status.CONFIRMED))


async def just_cancelled(turn: Turn, ctx: Context) -> tuple[Reservation, bool] | None:
    """(the reservation this guest cancelled in this chat, whether its deposit was paid),
    while nothing else has started since; else None."""
    if not ctx.cancel:
        return None
    try:
        res, events = await reservation_history(turn.pool, ctx.cancel)
    except ReservationNotFound:
        return None
    if res.status != Status.CANCELLED or res.guest_phone != turn.msg.wa_id:
        return None
    paid = any(e.event == "cancelled" and e.from_status == Status.CONFIRMED for e in events)
    return res, paid


async def after_cancelling(turn: Turn, ctx: Context) -> Step | None:
    """Right after a cancellation, in idle: "¿me devuelven la seña?" is about the one just
    cancelled (the team was told), and "¡no quise cancelar!" cannot be undone by the bot."""
    if turn.reply_id or not ctx.cancel:
        return None
    asks_refund = "cancellation" in topics_of(turn) or bool(_REFUND_RE.search(turn.plain))
    regrets = bool(_CANCEL_REGRET_RE.search(turn.plain))
    if not (asks_refund or regrets):
        return None
    found = await just_cancelled(turn, ctx)
    if found is None:
        return None
    res, paid = found
    if regrets:
        text = replies.cancel_regret(res, paid=paid)
        if paid:
            return step(State.IDLE, understood(ctx), text)
        # Nothing was paid: the same stay searched again, it may well still be free.
        again = dataclasses.replace(
            clear_flow(ctx), check_in=res.check_in, check_out=res.check_out, guests=res.guests
        )
        found_again = await search(turn, again)
        return dataclasses.replace(found_again, replies=(text, *found_again.replies))
    return step(State.IDLE, understood(ctx), replies.refund_after_cancel(res, paid=paid))


async def platform_booked(turn: Turn, ctx: Context, state: State) -> Step | None:
    """ "Quiero cancelar mi reserva de airbnb", "la hice por booking" from a guest with no
    reservation made here: where that one is cancelled or changed (it got "no encontré
    reservas" or "no lo tengo en mi info"). A question about the cabin is answered as any
    ("reservé por airbnb, ¿a qué hora se entra?"), and a guest with a reservation of ours
    goes on to it."""
    if state != State.IDLE or says_stay(turn.said):
        return None
    found = _PLATFORM_RE.search(turn.plain)
    if found is None or not _MADE_RE.search(turn.plain):
        return None
    cancel = turn.intent == "cancel" or bool(CHANGE_DATES_RE.search(turn.plain))
    if not cancel and (topics_of(turn) or turn.intent in ("prices", "human")):
        return None
    if await turn.active_reservations():
        return None
    said = replies.platform_reservation(_PLATFORMS[found["platform"]], cancel=cancel)
    return step(State.IDLE, understood(ctx), said)
