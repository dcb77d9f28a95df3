"""A guest asking whether they are talking to a machine ("¿sos un bot?", "¿hablo con una
máquina?"): an honest yes and a way to a person, with the booking step kept. Asking for a
person outright ("quiero hablar con una persona") is still a handoff (bot.handlers_global).
"""

from __future__ import annotations

import dataclasses
import re

from bot import replies
from bot.handlers import Step, Turn, plain, step, understood
from bot.nlu import parse
from bot.nlu_patterns import MACHINE_SCORNED_RE
from bot.session import Context
from bot.states import State

# What the guest doubts: a machine named, or a person doubted ("¿sos real?"). On
# `turn.plain`.
_DOUBT_RE = re.compile(
    r"\b(?:bot|robot|chatbot|bots|maquina|contestador|ia|inteligencia artificial"
    r"|asistente virtual|automatic[oa]s?)\b"
    r"|\bsos (?:una persona|real|humano|humana|de verdad|de carne)\b"
    r"|\bcon quien (?:estoy hablando|hablo|hablamos)\b"
)
# Asked of the bot itself, whatever bot.nlu made of it ("¿es usted una persona?" reads as a
# party of one, "¿sos una IA?" as nothing): "sos"/"es usted" with what it may be, or
# talking with a person or a program doubted. On `turn.plain`.
_ADDRESSED_RE = re.compile(
    r"\b(?:sos|eres|es usted|usted es)(?: vos)? (?:un |una )?(?:bot|robot|chatbot|maquina|ia"
    r"|inteligencia artificial|chat ?gpt|programa|persona|humano|humana|real|de verdad)\b"
    r"|\b(?:hablando|hablo|hablamos|escribiendo) con (?:una persona|un humano|alguien real"
    r"|una ia|un programa)\b"
    r"|\b(?:el chat|esto|este chat) es automatico\b|\bes automatico (?:el chat|esto)\b"
    r"|\b(?:me|nos) (?:responde|contesta|atiende|escribe) alguien real\b"
)
# A person asked for outright ("¿me pasás con alguien?", "prefiero hablar con una
# persona"): that is a handoff, even beside a doubt.
_ASKS_PERSON_RE = re.compile(
    r"\b(?:hablar|pasame|pasas|pasar|pasen|pasarme|comunicame|comunicarme|comunicar"
    r"|comuniques|derivame|derivarme|llamame|llamenme|contactame|quiero|necesito|prefiero"
    r"|pido|dame|atendeme)\b(?: \w+){0,3}? (?:persona|alguien|humano|humana|dueno|duena"
    r"|encargad[oa]|operador[a]?|asesor[a]?|gente)\b"
)
# Fed up or kept waiting ("bot de mierda", "no entiendo este bot", "hace una hora que
# espero"): not a question about what answers; a person serves them (bot.nlu's `human`).
_FED_UP_RE = re.compile(
    r"\b(?:mierda|inutil|no sirve|no entiendo|no me entiende|no entendes|no entienden|harto"
    r"|harta|basta|espero|esperando|nadie|no contesta|no responde)\b"
)


def machine_doubted(turn: Turn, state: State, ctx: Context, pending: str | None) -> Step | None:
    """ "¿Sos un bot?" (read as `human` by bot.nlu): yes, an automatic assistant, a person
    offered, and whatever was pending still pending; None for anything else."""
    text, said = turn.plain, turn.said
    if turn.reply_id or state == State.HANDOFF or said.check_in or said.month:
        return None
    doubted = (turn.intent == "human" and _DOUBT_RE.search(text)) or _asked_of_it(turn)
    if not doubted or _ASKS_PERSON_RE.search(text) or _FED_UP_RE.search(text):
        return None
    if MACHINE_SCORNED_RE.search(text):  # "bot de porquería", "sos un inútil": fed up
        return None
    if pending is None:
        return step(State.IDLE, understood(ctx), replies.machine_answer(mid_booking=False))
    said = replies.machine_answer(mid_booking=True)
    return step(state, understood(ctx), said, replies.nudge(pending))


def _asked_of_it(turn: Turn) -> bool:
    """ "¿Sos una persona?" asked ("?", or nothing after it but "o un bot"); "sos una
    persona muy amable" is a compliment, not a question."""
    text = turn.plain
    found = _ADDRESSED_RE.search(text)
    if found is None:
        return False
    rest = text[found.end() :]
    return "?" in (turn.msg.text or "") or not rest or rest.startswith(" o ")


# Where a message splits into clauses: "hola, ¿sos un bot? quiero saber precios".
_CLAUSES_RE = re.compile(r"[,.;:?!¿¡\n]+")
# What a clause with nothing else to ask is: a greeting or a filler ("hola", "che", "buenas").
_NOTHING_ASKED = ("unknown", "greeting", "thanks", "human")


def asked_beside(turn: Turn, found: Step) -> Turn | None:
    """ "Hola, ¿sos un bot? quiero saber precios": when the step found is the honest answer
    and the message asks something else too (prices, dates, a topic), that rest as a turn of
    its own, to be answered after; None otherwise."""
    honest = (replies.machine_answer(mid_booking=False), replies.machine_answer(mid_booking=True))
    if not found.replies or found.replies[0] not in honest:
        return None
    text = turn.msg.text or ""
    kept = [c.strip() for c in _CLAUSES_RE.split(text) if c.strip()]
    rest = [c for c in kept if not _doubt_or_greeting(c, turn)]
    if not rest:
        return None
    again = ", ".join(rest)
    said = parse(again, turn.today)
    if said.intent in _NOTHING_ASKED and not said.topics and not said.check_in:
        return None
    msg = dataclasses.replace(turn.msg, text=again)
    return dataclasses.replace(turn, msg=msg, said=said)


def _doubt_or_greeting(clause: str, turn: Turn) -> bool:
    """A clause of the doubt itself ("¿sos un bot?") or a bare greeting ("hola")."""
    words = plain(clause)
    if _DOUBT_RE.search(words) or _ADDRESSED_RE.search(words):
        return True
    return parse(clause, turn.today).intent == "greeting"


# "…, ¿se puede? sino hablo con el dueño", "o si no consulto con alguien", "cualquier cosa
# hablo con una persona": a person as the fallback of a question, not asked for now. On the
# message lowercased (accents kept, so its offsets are the message's).
_PERSON_IF_NOT_RE = re.compile(
    r"[\s,;]*\b(?:o )?(?:sino|si no|caso contrario|de lo contrario|cualquier cosa|en todo caso"
    r"|de [uú]ltima)\b[\s,]*(?:\w+ ){0,3}?(?:hablo|hablamos|consulto|consultamos|pregunto"
    r"|preguntamos|me comunico|nos comunicamos|llamo|llamamos|escribo|me pas[aá]s|pasame)\b"
    r"(?: \w+){0,3}? (?:due[nñ][oa]s?|persona|alguien|encargad[oa]|humano|propietari[oa]|gente)\b"
)


def person_if_not(turn: Turn) -> Turn | None:
    """ "El perro es un labrador, ¿se puede? sino hablo con el dueño": the question before
    the person said as a fallback, as a turn of its own (answered, then a person offered:
    `replies.person_if_needed`); None when there is no such fallback or nothing else is
    asked (then the person is what the message asks for)."""
    text = turn.msg.text or ""
    if turn.reply_id or not _PERSON_WORD_RE.search(text.lower()):
        return None
    found = _PERSON_IF_NOT_RE.search(text.lower())
    if found is None or not (rest := text[: found.start()].strip(" ,;")):
        return None
    said = parse(rest, turn.today)
    if said.intent in _NOTHING_ASKED and not said.topics:
        return None
    msg = dataclasses.replace(turn.msg, text=rest)
    return dataclasses.replace(turn, msg=msg, said=said)


_PERSON_WORD_RE = re.compile(r"due[nñ]|persona|alguien|encargad|humano|propietari|gente")


def with_person_offered(found: Step) -> Step:
    """`found`, with a person offered under it unless one of its replies already does."""
    for reply in found.replies:
        buttons = getattr(reply, "buttons", ())
        if any(b.id == replies.MENU_HUMAN for b in buttons) or "hablar con" in (
            getattr(reply, "body", "").lower()
        ):
            return found
    offer = replies.person_if_needed(mid_booking=found.state != State.IDLE)
    return dataclasses.replace(found, replies=(*found.replies, offer))
