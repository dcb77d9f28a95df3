"""Everything the bot says, in Argentine Spanish (voseo), and nothing else.

Warm and short, emojis sparingly. Never a database id, a field name or a
stack trace: guests see cabin names, dates like "lun 15/12", money like
"$ 45.000" and their reservation code. WhatsApp limits are enforced here:
button titles ≤ 20, row titles ≤ 24, row descriptions ≤ 72, ≤ 10 rows.

Dates carry no year: almost every stay is within the coming months. A stay far
ahead because its dates already passed this year ("del 10 al 15 de noviembre"
asked in late November is next November) gets one short line first, naming the
month and the year (`year_ahead`), when the guest gives those dates; the
handlers decide when (more than ~10 months ahead).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from booking.notices import pesos as money  # "$ 45.000", as the owner's notices show it
from bot.messages import Button, Buttons, ListMessage, Outbound, Row, Text
from bot.names import person_words

if TYPE_CHECKING:
    from booking.models import Cabin, Quote, Reservation, Stay

MAX_ROWS = 10
ROW_TITLE = 24
ROW_DESCRIPTION = 72
BUTTON_TITLE = 20

WEEKDAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip

# Stable ids of what the guest can tap; the handlers route on these.
MENU_AVAILABILITY = "menu:availability"
MENU_PRICES = "menu:prices"
MENU_INFO = "menu:info"
MENU_CANCEL = "menu:cancel"
MENU_HUMAN = "menu:human"
MENU_SHOW = "menu:show"
MENU_RETRY = "menu:retry"  # + ":" + the code of a hold that lapsed
HOLD_CONFIRM = "hold:confirm"
HOLD_CHANGE = "hold:change"
HOLD_CANCEL = "hold:cancel"
CANCEL_YES = "cancel:yes"
CANCEL_NO = "cancel:no"


# ------------------------------------------------------------------ formats


def day(date: dt.date) -> str:
    return f"{WEEKDAYS[date.weekday()]} {date:%d/%m}"


def span(check_in: dt.date, check_out: dt.date) -> str:
    return f"del {day(check_in)} al {day(check_out)}"


def short_span(check_in: dt.date, check_out: dt.date) -> str:
    return f"{day(check_in)} al {day(check_out)}"


def nights(n: int) -> str:
    return "1 noche" if n == 1 else f"{n} noches"


def people(n: int) -> str:
    return "1 persona" if n == 1 else f"{n} personas"


def clock(value: dt.time) -> str:
    return f"{value:%H:%M}"


def fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _hi(name: str | None) -> str:
    return f"¡Hola, {said}!" if (said := first_name(name)) else "¡Hola!"


# Given names that usually come in pairs ("María José", "Juan Pablo"): the pair is the
# name a guest goes by, where a first name followed by a surname ("Juan Pérez") is not.
COMPOUND_STARTS = frozenset({"maria", "juan", "jose", "ana", "luz", "luis", "miguel"})
SECOND_GIVEN = frozenset(
    {"jose", "josé", "laura", "pablo", "manuel", "cruz", "martin", "martín", "luis", "maria",
     "maría", "eugenia", "belen", "belén", "paz", "sol", "carlos", "florencia", "ignacio",
     "angel", "ángel", "emilia", "ines", "inés", "victoria", "cecilia", "fernanda", "elena",
     "teresa", "pilar", "luz", "gabriela", "alejandra", "agustina", "bautista", "esteban",
     "francisco", "antonio", "marcos", "pedro", "sebastian", "sebastián", "lourdes",
     "soledad", "celeste", "clara", "julia", "noel", "andres", "andrés", "ramon", "ramón"}
)  # fmt: skip


def given_names(words: Sequence[str]) -> int:
    """How many of `words` (a full name, in order) are the given name: 2 for "María José
    Pérez", else 1."""
    if len(words) >= 2 and _plain_word(words[0]) in COMPOUND_STARTS:
        return 2 if words[1].lower() in SECOND_GIVEN else 1
    return 1


def _plain_word(word: str) -> str:
    return word.lower().translate(str.maketrans("áéíóú", "aeiou"))


@functools.lru_cache(maxsize=1024)  # pure, and asked of the same profile name every turn
def first_name(name: str | None) -> str:
    words = person_words(name)  # no emojis, titles or businesses ("Turismo Sur")
    return " ".join(words[: given_names(words)])[:30]


def _list(body: str, button: str, rows: Iterable[Row], section: str = "Opciones") -> ListMessage:
    rows = tuple(rows)[:MAX_ROWS]
    return ListMessage(
        body=body, button=fit(button, BUTTON_TITLE), rows=rows, section_title=fit(section, 24)
    )


def _row(row_id: str, title: str, description: str = "") -> Row:
    return Row(row_id, fit(title, ROW_TITLE), fit(description, ROW_DESCRIPTION))


def _buttons(body: str, *buttons: tuple[str, str]) -> Buttons:
    return Buttons(body, tuple(Button(i, fit(t, BUTTON_TITLE)) for i, t in buttons[:3]))


# ------------------------------------------------------------------ menu and small talk


def menu(body: str = "¿En qué te puedo ayudar? Elegí una opción 👇") -> ListMessage:
    return _list(
        body,
        "Ver opciones",
        [
            _row(MENU_AVAILABILITY, "Consultar disponibilidad", "Fechas libres y precio total"),
            _row(MENU_PRICES, "Precios", "Cuánto sale la noche en cada cabaña"),
            _row(MENU_INFO, "Info de las cabañas", "Mascotas, wifi, horarios, cómo llegar"),
            _row(MENU_CANCEL, "Cancelar una reserva", "Ver y cancelar tus reservas"),
            _row(MENU_HUMAN, "Hablar con una persona", "Te escribe alguien del equipo"),
        ],
        "Menú",
    )


def greeting(name: str | None) -> list[Outbound]:
    # One message, the welcome as the menu's body: a guest who says "hola" sees
    # who they are talking to and what they can do in a single bubble.
    return [
        menu(
            f"{_hi(name)} 👋 Soy el asistente de las cabañas. Te ayudo a ver qué hay libre, "
            "cuánto sale y a reservar, todo por acá.\n\n¿En qué te puedo ayudar? "
            "Elegí una opción 👇"
        )
    ]


def _stays_named(confirmed: Sequence[Reservation]) -> tuple[str, bool]:
    """Up to three paid stays by code, cabin and dates; and whether it is one."""
    shown = confirmed[:3]
    stays = "; ".join(
        f"*{r.code}* ({r.cabin_name}, {span(r.check_in, r.check_out)})" for r in shown
    )
    return stays, len(shown) == 1


def greeting_booked(name: str | None, confirmed: Sequence[Reservation]) -> list[Outbound]:
    """ "Hola" (or "hola de nuevo!") from a guest with a paid stay ahead: greeted as one we
    know, their stay named, and the menu; no introduction of the bot."""
    who = f", {said}" if (said := first_name(name)) else ""
    stays, one = _stays_named(confirmed)
    which = (
        f"Tu reserva {stays} sigue confirmada ✅"
        if one
        else (f"Tus reservas {stays} siguen confirmadas ✅")
    )
    return [
        menu(f"¡Hola de nuevo{who}! 👋 {which}\n\n¿En qué te puedo ayudar? Elegí una opción 👇")
    ]


def go_ahead() -> Text:
    """ "Consulta", "¿te puedo preguntar algo?": the question is coming."""
    return Text("¡Claro! Decime 😊")


def what_to_change() -> Text:
    """ "Me equivoqué" mid-booking, with nothing else: the fix is awaited."""
    return Text(
        "¡No pasa nada! 🙂 Decime qué cambiamos: las fechas (por ejemplo *del 15/12 al "
        "18/12*) o cuántas personas son."
    )


def referred(*, pending: bool = False) -> Text:
    """ "Mi nieto me pasó este número": welcomed, and what the bot can do (`pending`: mid-
    booking, where the reminder of the step follows instead)."""
    if pending:
        return Text("¡Qué bueno que nos escribas! 😊")
    return Text(
        "¡Qué bueno que nos escribas! 😊 Te ayudo a ver qué hay libre, cuánto sale y a "
        "reservar. Contame: ¿para qué fechas y cuántas personas serían?"
    )


def offer_forgotten(guests: int | None) -> Text:
    """ "Ya lo pensé, la quiero" in a chat started over (a day without messages): what we
    showed is gone, so the stay is asked again, warmly."""
    who = "" if guests else " y cuántas personas son"
    return Text(
        "¡Genial! 🙌 Perdón, ya no tengo a mano lo que habíamos visto (la charla se borra "
        f"después de un día) 🙈 ¿Me pasás de nuevo las fechas{who}? Te lo busco al toque."
    )


def wrong_chat() -> Text:
    """ "Perdón, era para otro chat": nothing to answer, and no fuss."""
    return Text("¡No pasa nada! 😊")


def vendor() -> Text:
    """ "Vendo leña, ¿les interesa?": someone offering the owner something, not a guest."""
    return Text(
        "¡Gracias por escribir! 🙌 Por acá atiendo las reservas de las cabañas. Si querés "
        "ofrecerle algo al dueño, escribí *hablar con una persona* y se lo paso."
    )


def greeted_again(name: str | None = None) -> Text:
    """A second greeting right after the welcome: no second menu. `name`: one the guest
    just gave ("soy Marta"), greeted by it."""
    return Text(f"{_hi(name)} 😊 Contame qué necesitás, o elegí una opción del menú 👆")


def english_only(*, understood: bool = False) -> Text:
    """A guest writing in English: in English, once, what works (the NLU reads simple
    English dates and head counts) and how to reach a person. `understood`: the message
    was answered (in Spanish, just below), so only the language and the person are said."""
    if understood:
        return Text(
            "Sorry, I can only write in Spanish 🙂 I understood your message and my answer is "
            "below. If anything is unclear, write *talk to a person* and someone from the team "
            "will reply."
        )
    return Text(
        "Sorry, I can only write in Spanish 🙂 But I understand simple English: send your "
        "dates and how many you are (for example *15/12 to 18/12 for 2*) and I'll show you "
        "what's free, or write *talk to a person* and someone from the team will reply."
    )


STILL_HERE_MENU = (
    "¡Acá estoy! 🙂 Soy el asistente de las cabañas y te contesto al toque. ¿En qué te "
    "ayudo? Elegí una opción 👇"
)


def still_here_above() -> Text:
    """ "¿Hola??" with the menu still the last thing on screen: pointed at, not sent again."""
    return Text("¡Acá estoy! 🙂 Contame qué necesitás, o elegí una opción del menú 👆")


def still_here() -> Text:
    """ "Hola??", "¿me contestan?" mid-booking: before the reminder of where we were."""
    return Text("¡Acá estoy! 🙂")


def hello(name: str | None) -> Text:
    return Text(f"{_hi(name)} 👋")


def help_text(*, menu_too: bool = True) -> list[Outbound]:
    """How the bot works; `menu_too`: with the menu (not mid-booking, where the step's
    reminder follows instead)."""
    return [
        Text(
            "Te cuento cómo funciona 🙂\n"
            "• Para reservar, escribime las fechas y cuántos son, por ejemplo: "
            "*del 15/12 al 18/12 para 4*.\n"
            "• Podés preguntarme por precios, mascotas, wifi, horarios o cómo llegar.\n"
            "• *menú* te muestra las opciones, *cancelar* corta lo que estemos haciendo "
            "y *hablar con una persona* te comunica con alguien del equipo."
        ),
        *([menu()] if menu_too else []),
    ]


def thanks(name: str | None, *, farewell: bool = False, wished: bool = False) -> Text:
    """ "gracias" → "De nada"; "chau" → "Chau"; "felices fiestas" → "Igualmente"."""
    who = f", {first_name(name)}" if first_name(name) else ""
    said = "¡Igualmente" if wished else "¡Chau" if farewell else "¡De nada"
    return Text(f"{said}{who}! Cualquier cosa, acá estoy 😊")


def whose_name(res: Reservation, *, paid: bool) -> Text:
    """ "¿A nombre de quién quedó?": the name the reservation is under, and how to change
    it (a hold: the name told is passed on; a paid stay: a person)."""
    who = f"a nombre de *{res.guest_name}*" if res.guest_name else "a tu nombre"
    if paid:
        how = "Si hay que cambiarlo, escribí *hablar con una persona* y lo ajustan."
    else:
        how = (
            "Si tiene que ir a nombre de otra persona, decime su nombre completo (por ejemplo "
            "*a nombre de Juan Pérez*) y se lo paso al dueño."
        )
    return Text(f"Tu reserva *{res.code}* está {who} 📝 {how}")


def days_to_go(res: Reservation, today: dt.date) -> Text:
    """ "¿Cuántos días faltan?" to a paid stay: the count and the arrival day."""
    left = (res.check_in - today).days
    if left == 0:
        return Text(f"¡Es hoy! 🙌 Los esperamos en la *{res.cabin_name}* 🏡")
    count = "¡Falta 1 día!" if left == 1 else f"¡Faltan {left} días!"
    return Text(f"{count} 🙌 Los esperamos el {day(res.check_in)} en la *{res.cabin_name}* 🏡")


def hold_kept(res: Reservation) -> Text:
    """Back to the held cabin after looking at others for the same stay."""
    return Text(f"¡Dale, seguimos con la *{res.cabin_name}*! 👍")


def pet_notice_how() -> Text:
    """Under a pet rule that asks for notice, to a guest with a booking: how to give it."""
    return Text(
        "Si van con mascota, avisame por acá (por ejemplo *vamos con el perro*) y le aviso al "
        "dueño 🐾"
    )


def pet_in_notes() -> Text:
    """Under a pet rule that asks for notice, to a guest whose booking already carries the
    pet they spoke of in the chat (the owner reads it with the booking)."""
    return Text("Lo que me contaste de tu mascota ya quedó anotado en tu reserva para el dueño 🐾")


def see_you(name: str | None, check_in: dt.date, today: dt.date) -> Text:
    """ "Nos vemos el viernes" from a guest with a paid stay ahead: the arrival day said,
    so a guest who has it wrong notices."""
    who = f", {first_name(name)}" if first_name(name) else ""
    when = "hoy" if check_in == today else f"el {day(check_in)}"
    return Text(f"¡Nos vemos{who}! Los esperamos {when} 🏡 Cualquier cosa, acá estoy 😊")


def stay_praised(name: str | None) -> Text:
    """ "Gracias, la pasamos bárbaro", "nos encantó, volveremos": glad, and the way back."""
    who = f", {first_name(name)}" if first_name(name) else ""
    return Text(
        f"¡Qué lindo leer eso{who}! 🙌 Gracias por elegirnos. Cuando quieras volver, "
        "escribime por acá y te busco lugar 🏡"
    )


def review(name: str | None) -> Text:
    """ "Quiero dejar una reseña": thanks, and where it helps most."""
    who = f", {first_name(name)}" if first_name(name) else ""
    return Text(
        f"¡Gracias{who}! 🙌 Nos ayuda muchísimo. Si reservaste por Airbnb u otra plataforma, "
        "dejala ahí; y si querés contarle algo al dueño, escribí *hablar con una persona* y se lo "
        "paso."
    )


@functools.cache  # immutable; bot.handlers_doubt.asked_beside compares every turn's reply to it
def machine_answer(*, mid_booking: bool) -> Outbound:
    """ "¿Sos un bot?", "¿sos una persona?": the honest answer (worded for either question)
    and how to reach a person. Mid-booking the way
    is said in words, so a "sí" next still answers the step (not the offer)."""
    body = (
        "Te cuento: soy el asistente automático de las cabañas 🙂 Te ayudo con fechas, "
        "precios, reservas y dudas de la estadía, a cualquier hora."
    )
    if mid_booking:
        return Text(f"{body} Si preferís hablar con una persona, escribí *hablar con una persona*.")
    return _buttons(
        f"{body} Si preferís hablar con una persona, tocá *Hablar con alguien* 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def person_if_needed(*, mid_booking: bool) -> Outbound:
    """Under the answer to a question said with "si no, hablo con el dueño": the person
    offered, not handed over (the guest may not need one). Mid-booking the way is said in
    words, so a "sí" next still answers the step."""
    if mid_booking:
        return Text(
            "Y si igual preferís hablarlo con una persona, escribí *hablar con una persona*."
        )
    return _buttons(
        "Y si igual preferís hablarlo con una persona del equipo, tocá *Hablar con alguien* 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def fine() -> Text:
    return Text("¡Dale! Cualquier cosa, escribime por acá 😊")


def email_not_needed() -> Text:
    """An email address given unasked: not needed, and where the payment's receipt goes."""
    return Text(
        "¡Gracias! 🙂 Por ahora no hace falta: la reserva se arregla toda por acá, y el "
        "comprobante del pago te lo manda Mercado Pago a tu correo."
    )


def no_hurry() -> Text:
    """ "Después te escribo", "estoy manejando" with nothing under way: it waits."""
    return Text("¡Dale, sin apuro! 🙂 Escribime cuando puedas y seguimos por acá.")


def not_understood(misses: int) -> list[Outbound]:
    if misses >= 2:
        return [
            _buttons(
                "Perdón, no te estoy entendiendo 😅 ¿Querés que te comunique con una persona?",
                (MENU_HUMAN, "Hablar con alguien"),
                (MENU_SHOW, "Ver el menú"),
            )
        ]
    return [
        Text(
            "Perdón, no te entendí bien 🤔 Podés escribirme fechas y cantidad de personas "
            "(por ejemplo *del 15/12 al 18/12 para 4*) o elegir una opción:"
        ),
        menu("Estas son las cosas en las que te puedo ayudar 👇"),
    ]


WHAT_CAN_I_DO = "¿Sí? 🙂 Contame qué necesitás, o elegí una opción 👇"


def emoji_ack() -> Text:
    return Text("😊 Cualquier cosa que necesites, escribime por acá.")


def waved_back() -> Text:
    """👋 right after the goodbye was said: waved back, not welcomed as a new chat."""
    return Text("👋😊")


# A nod back to a nod, varied: the reminder of the step was said just before.
ACKS_AGAIN = ("👍", "¡Dale! 🙂", "😊")


def ack_again(turn_number: int) -> Text:
    """ "ok", "gracias" or 👍 right after the step's reminder: a nod, not the reminder again."""
    return Text(ACKS_AGAIN[turn_number % len(ACKS_AGAIN)])


def stale_option() -> Text:
    return Text("Esa opción ya no está vigente 🙈 Sigamos desde acá:")


def oops() -> Text:
    return Text("Uy, tuve un problemita de mi lado 😓 ¿Me lo escribís de nuevo en un momento?")


def bare_no() -> Text:
    """A bare "no" to a question it cannot answer (how many, which dates): the booking is
    kept, and how to drop it if that is what the guest meant (the question follows)."""
    return Text(
        "Mmm, no sé bien a qué me decís que no 🙂 Si preferís dejarlo acá, escribime "
        "*cancelar*, sin problema. Si no, seguimos:"
    )


def flow_dropped() -> list[Outbound]:
    return [Text("Listo, lo dejamos acá 👌"), menu("¿Querés hacer otra cosa?")]


def media(kind: str, pending: str | None = None) -> Text:
    """An audio, photo, sticker, contact... we cannot read; mid-flow, where we were."""
    if kind in ("audio", "voice"):
        text = (
            "¡Gracias por el audio! 🙏 Todavía no puedo escucharlos. ¿Me lo escribís en un mensaje?"
        )
    elif kind == "sticker":
        # A sticker is an emoji: no need to ask for it in writing.
        text = "😊" if pending else "😊 Cualquier cosa que necesites, escribime por acá."
    elif kind == "contacts":
        text = (
            "¡Gracias por el contacto! 🙏 Por ahora no puedo guardarlo; "
            "si necesitás algo, escribímelo por acá."
        )
    elif kind in ("image", "video", "document"):
        text = "¡Gracias! 🙏 Por ahora solo leo mensajes de texto. ¿Me lo escribís?"
    else:
        text = "Uy, ese tipo de mensaje no lo puedo ver 🙈 ¿Me lo escribís?"
    return Text(f"{text}\n{NUDGES[pending]}" if pending in NUDGES else text)


_PICTURE_WORDS = {"image": "la foto", "video": "el video", "document": "el archivo"}


def picture_question(kind: str) -> Text:
    """A photo (video, file) whose caption asks something about it ("¿es así la
    cabaña?"): the bot cannot see it, so it cannot tell; a person can."""
    what = _PICTURE_WORDS.get(kind, "eso")
    return Text(
        f"¡Gracias por mandarme {what}! 🙏 Todavía no puedo verlo, así que no sé qué "
        "muestra. Contame con palabras qué querés saber, o escribí *hablar con una persona* "
        "y te responde alguien del equipo."
    )


def stale_summary(cabin: str | None, check_in: dt.date | None, check_out: dt.date | None) -> Text:
    """ "Confirmar" tapped on a summary the guest has since changed: nothing is held."""
    what = f" (*{cabin}*, {span(check_in, check_out)})" if cabin and check_in and check_out else ""
    return Text(
        f"Ese botón es de un resumen anterior{what} 🙈 Para no guardarte algo que ya "
        "cambiaste, no lo tomo. Sigamos con lo de ahora 👇"
    )


def stale_list(old: tuple[dt.date, dt.date], new: tuple[dt.date, dt.date]) -> Text:
    """A row of a list sent for other dates than the ones the guest asked for since."""
    return Text(
        f"Esa lista era para {span(*old)}, pero después me pediste {span(*new)} 🙂 "
        "Para no confundirnos, sigo con las fechas nuevas 👇"
    )


# ------------------------------------------------------------------ dates and guests


def _party_lead(guests: int | None, first: bool) -> str:
    """A head count the guest just gave, said back; `first`: the first cabin's of a party
    split in two ("5 y 5" after "la más grande es para 6"), with the other one promised."""
    if not guests:
        return ""
    if first:
        return (
            f"¡Genial, la primera cabaña para {people(guests)}! La otra la buscamos después, "
            "para las mismas fechas. "
        )
    return f"¡Genial, para {people(guests)}! "


def ask_dates(
    *,
    guests: int | None = None,
    month: int | None = None,
    part: str | None = None,
    nights_wanted: int | None = None,
    again: bool = False,
    first: bool = False,
    long_weekends: Sequence[tuple[dt.date, dt.date]] | None = None,
) -> Text:
    """`first`: `guests` is the first cabin's of a split party (`_party_lead`). `part`: the
    part of `month` the guest named ("a fines de enero": "late"), said back, and the
    example's days in it. `long_weekends`: "el finde largo de diciembre" was said, and these
    are that month's still to come (none: the month has none left)."""
    if again:
        return _ask_dates_again(month, nights_wanted, part)
    lead = _party_lead(guests, first)
    if month and long_weekends is not None:
        return Text(lead + _long_weekends_said(month, long_weekends))
    if nights_wanted == 1:
        return Text(f"{lead}¿Para qué noche sería? 📅 Decime el día de llegada.")
    if nights_wanted:
        # "en abril, tipo 3 noches": the month said back, so the guest sees it was heard.
        of = f" de {_month_window(month, part)}" if month else ""
        return Text(f"{lead}¿Desde qué día{of} serían las {nights(nights_wanted)}? 📅")
    if month:
        first_day, last_day = _PART_EXAMPLE.get(part or "", (10, 14))
        return Text(
            f"{lead}¿Qué días de {_month_window(month, part)} querés venir? 📅 "
            f"Por ejemplo: *del {first_day} al {last_day} de {MONTHS[month - 1]}*."
        )
    return Text(
        f"{lead}¿Para qué fechas querés venir? 📅 Escribime la llegada y la salida, "
        "por ejemplo: *del 15/12 al 18/12*."
    )


def _long_weekends_said(month: int, stays: Sequence[tuple[dt.date, dt.date]]) -> str:
    """ "El finde largo de diciembre es del vie 04/12 al mar 08/12 …", with the words that
    book it as the example; "En marzo no hay finde largo …" when the month has none left."""
    name = MONTHS[month - 1]
    if not stays:
        return (
            f"En {name} no me queda ningún finde largo 🤔 ¿Qué días querés venir? 📅 "
            f"Por ejemplo: *del 10 al 14 de {name}*."
        )

    def words(arrival: dt.date, departure: dt.date) -> str:
        if arrival.month == departure.month:
            return f"*del {arrival.day} al {departure.day} de {MONTHS[departure.month - 1]}*"
        return f"*del {arrival.day} de {name} al {departure.day} de {MONTHS[departure.month - 1]}*"

    spans = " y ".join(f"del {day(a)} al {day(b)}" for a, b in stays)
    if len(stays) == 1:
        return (
            f"El finde largo de {name} es {spans} 📅 Si es ese, escribime {words(*stays[0])}; "
            "si no, decime qué días querés venir."
        )
    return (
        f"Los findes largos de {name} son {spans} 📅 Escribime cuál, por ejemplo "
        f"{words(*stays[0])}."
    )


# The part of a month a guest named (bot.nlu: Understanding.month_part), said back, and an
# example stay inside it (principios: days 1-10, mediados 11-20, fines 21 on).
_PART_WORDS = {"early": "principios de", "mid": "mediados de", "late": "fines de"}
_PART_EXAMPLE = {"early": (3, 6), "mid": (14, 17), "late": (24, 27)}


def _month_window(month: int, part: str | None) -> str:
    """ "enero", or "fines de enero" when the guest named that part of it."""
    words = _PART_WORDS.get(part or "")
    return f"{words} {MONTHS[month - 1]}" if words else MONTHS[month - 1]


def _ask_dates_again(month: int | None, nights_wanted: int | None, part: str | None) -> Text:
    """Asked a second time: shorter, and not the same words as the first time."""
    first_day, last_day = _PART_EXAMPLE.get(part or "", (10, 14))
    if nights_wanted:
        example = f"el {first_day} de {MONTHS[month - 1]}" if month else "el 15/12"
        return Text(
            f"Decime el día de llegada (por ejemplo *{example}*) y te busco lugar "
            f"para {nights(nights_wanted)} 📅"
        )
    if month:
        name = MONTHS[month - 1]
        return Text(
            f"Decime el día de llegada y el de salida, por ejemplo *del {first_day} al "
            f"{last_day} de {name}* 🙂"
        )
    return Text(
        "Para buscarte lugar necesito el día de llegada y el de salida 🙂 "
        "Por ejemplo: *del 15/12 al 18/12* o *el finde del 20*."
    )


def ask_departure(check_in: dt.date, *, guests: int | None = None, first: bool = False) -> Text:
    """`guests`: a head count the guest just gave, said back (`first`: `_party_lead`)."""
    lead = _party_lead(guests, first)
    return Text(
        f"{lead}Llegarías el {day(check_in)} 👍 ¿Hasta qué día te quedás? "
        "Podés decirme la fecha de salida o cuántas noches."
    )


def ask_arrival(check_out: dt.date, *, guests: int | None = None, first: bool = False) -> Text:
    """The departure said first ("hasta el 18"): kept, and the arrival asked."""
    lead = _party_lead(guests, first)
    return Text(
        f"{lead}Te irías el {day(check_out)} 👍 ¿Qué día llegarían? Podés decirme la fecha "
        "de llegada o cuántas noches."
    )


def offer_departure(
    check_in: dt.date, nights_offered: int, *, guests: int | None = None, first: bool = False
) -> Text:
    """After a question, the stay offered when the one asked was too short, again
    (`guests`: a head count the guest just gave, said back; `first`: `_party_lead`)."""
    lead = _party_lead(guests, first)
    out = check_in + dt.timedelta(days=nights_offered)
    return Text(f"{lead}¿Te sirve {span(check_in, out)}? Decime *dale*, u otro día de salida 🙂")


def ask_guests(
    check_in: dt.date,
    check_out: dt.date,
    *,
    split_of: int | None = None,
    cabin: str = "",
    window_end: dt.date | None = None,
) -> Text:
    """`split_of`: the party too big for one cabin, told just before ("somos 8"): the
    head count asked is the first cabin's. `cabin`: the one the guest asked for with
    the dates ("reservame la del lago del 1 al 4"), said back so the guest sees it kept.
    `window_end`: the nights are somewhere from `check_in` to that day ("entre el 10 y el
    20, 3 noches"), said as such."""
    n = (check_out - check_in).days
    if window_end is not None and not (cabin or split_of):
        return Text(
            f"Perfecto, {nights(n)} entre el {day(check_in)} y el {day(window_end)}. "
            "¿Cuántas personas van a ser? 👥"
        )
    if cabin and not split_of:
        return Text(
            f"Perfecto, la *{cabin}* {span(check_in, check_out)} ({nights(n)}). "
            "¿Cuántas personas van a ser? 👥"
        )
    if split_of:
        return Text(
            f"Perfecto, {span(check_in, check_out)} ({nights(n)}). Como son {split_of}, "
            "¿cuántos van en la primera cabaña? 👥"
        )
    return Text(
        f"Perfecto, {span(check_in, check_out)} ({nights(n)}). ¿Cuántas personas van a ser? 👥"
    )


def year_ahead(check_in: dt.date) -> Text:
    """Before the list or question about a stay far ahead, because this year's dates passed."""
    return Text(
        f"Ojo: esas fechas de este año ya pasaron, así que te las busco en "
        f"*{MONTHS[check_in.month - 1]} de {check_in.year}* 📅"
    )


def no_such_date(day: int, month: int, year: int) -> Text:
    """Before asking for the days of a month the guest named with a day it does not have
    ("31 de abril", "29 de febrero" in a common year); February's year said, since
    whether it has a 29th depends on it."""
    length = calendar.monthrange(year, month)[1]
    name = f"{MONTHS[month - 1]} de {year}" if month == 2 else MONTHS[month - 1]
    return Text(f"Ojo: {name} tiene {length} días, así que no hay {day} 🙂")


def other_stay(
    first: tuple[dt.date, dt.date], other: tuple[dt.date, dt.date], free: int | None
) -> Text:
    """Before the answer for two stays told as alternatives ("del 10 al 13 o del 17 al
    20", "2 o 3 noches"): which is shown first, and how the other stands (``free``: how
    many cabins are free then; None when the head count is still to come)."""
    shown = f"te muestro primero {span(*first)} ({nights((first[1] - first[0]).days)})"
    typed = f"*del {other[0]:%d/%m} al {other[1]:%d/%m}*"
    other_said = f"{span(*other)} ({nights((other[1] - other[0]).days)})"
    if free is None:
        rest = f"Después, si querés, vemos {other_said}: escribime {typed}."
    elif free == 0:
        rest = f"{other_said.capitalize()} no me queda nada libre para ustedes 😕"
    else:
        cabins = "1 cabaña libre" if free == 1 else f"{free} cabañas libres"
        rest = f"{other_said.capitalize()} tengo {cabins}: escribime {typed} y te las muestro."
    return Text(f"Me pasaste dos opciones: {shown}. {rest}")


def other_nights(first: int, other: int) -> Text:
    """Before the arrival asked for two lengths told with no day ("¿tienen lugar 2 o 3
    noches?"): the first is searched, and how to have the other."""
    return Text(
        f"Me pasaste dos opciones: busco primero {nights(first)}; si al final son "
        f"{nights(other)}, escribime *{nights(other)}* y lo cambio 🙂"
    )


def days_swapped(
    check_in: dt.date, check_out: dt.date, meant_in: dt.date, meant_out: dt.date
) -> Text:
    """Before the list for "del 18 al 15 de enero" (18/12 → 15/01): the stay read, and how
    to ask for the one with the days the other way round."""
    asked = f"del {meant_in.day} al {meant_out.day} de {MONTHS[meant_out.month - 1]}"
    return Text(
        f"Ojo: lo leí {span(check_in, check_out)}, {nights((check_out - check_in).days)} 📅 "
        f"Si querías *{asked}*, escribímelo así y te lo busco."
    )


def stay_too_short(
    check_in: dt.date,
    check_out: dt.date,
    min_nights: int,
    offer_out: dt.date,
    *,
    tonight: bool = False,
) -> Text:
    """The stay understood, the minimum it breaks, and the shortest stay from that arrival
    that meets it (a "dale" takes it). `tonight`: the one night is tonight ("¿hay lugar
    para esta noche?"), which the guest never said as "1 noche"."""
    offer = f"¿Te sirve {span(check_in, offer_out)}? Decime *dale*, u otro día de salida."
    if tonight:
        return Text(
            f"Por una sola noche no puedo 😕 La estadía mínima es de {nights(min_nights)}. " + offer
        )
    n = (check_out - check_in).days
    has = f"es {nights(n)}" if n == 1 else f"son {nights(n)}"
    return Text(
        f"{span(check_in, check_out).capitalize()} {has}, y para esas fechas la estadía "
        f"mínima es de {nights(min_nights)} 🙏 " + offer
    )


def invalid_stay(reason: str, *, max_nights: int, min_nights: int | None = None) -> Text:
    if reason == "past":
        return Text("Esa fecha ya pasó 😅 ¿Para cuándo querés venir?")
    if reason == "too_long":
        return Text(
            f"Por acá puedo reservar estadías de hasta {nights(max_nights)}. "
            "¿Probamos con menos noches? Si necesitás algo más largo, escribí "
            "*hablar con una persona*."
        )
    if reason == "min_nights":
        if min_nights:
            return Text(
                f"Para esas fechas la estadía mínima es de {nights(min_nights)} 🙏 "
                "¿Te quedás un poco más? Decime hasta qué día."
            )
        return Text("Para esas fechas hace falta quedarse algunas noches más 🙏 ¿Hasta qué día?")
    return Text(
        "Mmm, la salida tiene que ser después de la llegada 🤔 ¿Me pasás las fechas de nuevo? "
        "Por ejemplo: *del 15/12 al 18/12*."
    )


def min_nights_for_party(
    fitting: Sequence[Cabin],
    guests: int,
    min_nights: int,
    stay: tuple[dt.date, dt.date] | None = None,
    offer_out: dt.date | None = None,
) -> Text:
    """Only some cabins sleep this many, and they ask for more nights than the stay has.
    `stay`: the dates understood, said first (a holiday named has no dates written);
    `offer_out`: the departure of the shortest stay that qualifies (a "dale" takes it)."""
    names = " o la ".join(f"*{c.name}* (hasta {people(c.capacity)})" for c in fitting)
    which = "la que va es la" if len(fitting) == 1 else "van la"
    asks = "pide" if len(fitting) == 1 else "piden"
    if stay is not None:
        n = (stay[1] - stay[0]).days
        has = f"es {nights(n)}" if n == 1 else f"son {nights(n)}"
        offer = (
            f"¿Te sirve {span(stay[0], offer_out)}? Decime *dale*, u otro día de salida."
            if offer_out
            else "¿Se quedan un poco más? Decime hasta qué día."
        )
        return Text(
            f"{span(*stay).capitalize()} {has}. Para {people(guests)} {which} {names}, y "
            f"para esas fechas {asks} mínimo {nights(min_nights)} 🙏 {offer}"
        )
    return Text(
        f"Para {people(guests)} {which} {names}, y para esas fechas {asks} "
        f"mínimo {nights(min_nights)} 🙏 ¿Se quedan un poco más? Decime hasta qué día, "
        "o pasame otras fechas."
    )


def too_many_guests(largest: int) -> Text:
    return Text(
        f"Nuestra cabaña más grande es para {people(largest)} 😕 Si se reparten en dos "
        "cabañas, las reservamos de a una: decime cuántos van en la primera. Si no, escribí "
        "*hablar con una persona* y lo vemos."
    )


def cabins_together(cabins: Sequence[Cabin]) -> Text:
    """ "¿Tienen 2 cabañas juntas?" from a group: where the cabins are, as their addresses
    say (the data has no closer layout than that)."""
    places = {c.address for c in cabins if c.address}
    if len(places) == 1 and all(c.address for c in cabins):
        return Text(f"Las cabañas están todas en el mismo lugar 🏡 📍 {places.pop()}")
    return Text(
        "No todas las cabañas están en la misma dirección 🤔 Si necesitan estar cerca, "
        "escribí *hablar con una persona* y te dicen cuáles les convienen."
    )


def too_many_again(total: int, largest: int) -> Text:
    """The party too big for one cabin said again ("4 adultos y 3 chicos en la primera"
    after "decime cuántos van en la primera"): a split worked out, not the same words."""
    cabins = -(-total // largest)
    first = -(-total // cabins)
    rest = "en la otra" if cabins == 2 else "en las otras"
    return Text(
        f"Son {total} en total, así que van en {cabins} cabañas (en una entran hasta "
        f"{largest}) 🙂 Por ejemplo, {first} en la primera y {total - first} {rest}. "
        f"¿Cuántos van en la primera? Escribime solo ese número, por ejemplo *{first}*."
    )


def holder_noted(holder: str, *, own: bool = False) -> Text:
    """Whom the reservation is for, when it is someone else: noted for the hold. `own`:
    the guest's own name ("a nombre de Carlos Pérez" from Carlos), no one else's."""
    if own:
        return Text(f"¡Anotado! 📝 La reserva va a tu nombre: *{holder}*.")
    return Text(
        f"¡Anotado! 📝 La reserva va a nombre de *{holder}*, así el dueño sabe a quién "
        "esperar. El link y los avisos te llegan a vos por acá."
    )


def holder_asked() -> Text:
    """ "Es para mis viejos", no name said: whose name the reservation goes under."""
    return Text(
        "¡Qué lindo! 🙌 Pasame el nombre (y si querés, el celular) de quien va a estar a "
        "cargo, así la reserva va a su nombre y el dueño sabe a quién esperar."
    )


def tax_id_noted(tax_id: str) -> Text:
    """A CUIT sent mid-booking: noted on the hold for the owner, who makes the invoice."""
    return Text(
        f"¡Anotado! 🧾 El CUIT *{tax_id}* va con la reserva, así el dueño te hace la factura "
        "con esos datos."
    )


def invoice_later() -> Text:
    """An invoice asked for with the stay: who makes it, once the booking is done."""
    return Text(
        "🧾 La factura la hace el dueño: cuando tengas la reserva, escribí *hablar con una "
        "persona* y le pasás los datos (CUIT y razón social)."
    )


def split_asked(largest: int) -> Text:
    """A party too big for one cabin that asked for two itself: straight to the split."""
    return Text(
        f"¡Dale! Las reservamos de a una (la más grande es para {people(largest)}). "
        "¿Cuántos van en la primera? Cuando la confirmes, escribime *otra cabaña* y buscamos "
        "la segunda para las mismas fechas 🙂"
    )


def one_cabin_at_a_time(first: int | None = None) -> Text:
    """A party that wants two cabins: booked one after the other, same dates."""
    then = (
        "Cuando la confirmes, escribime *otra cabaña* y buscamos la segunda para las mismas "
        "fechas 🙂"
    )
    if first:
        return Text(f"Las reservamos de a una: primero la de {people(first)} 👇 {then}")
    return Text(f"¡Dale! Las reservamos de a una. ¿Cuántos van en la primera? {then}")


def guests_unsure() -> Text:
    """ "No sé todavía cuántos somos": the price is per cabin, so the most they could be."""
    return Text(
        "¡Sin problema! 🙂 El precio es por cabaña, no por persona: decime cuántos serían "
        "como máximo y te muestro las que les entran."
    )


def dates_unsure(arrival: dt.date | None = None) -> Text:
    """ "No sé todavía" to "¿para qué fechas?": no rush, and what to send when they know
    (the departure only, when the arrival is known)."""
    if arrival is not None:
        return Text(
            "¡Tranqui, no hay apuro! 🙂 Cuando sepas hasta qué día se quedan, escribime la "
            "salida o cuántas noches (por ejemplo *3 noches*) y te muestro lo que hay libre."
        )
    return Text(
        "¡Tranqui, no hay apuro! 🙂 Cuando tengan las fechas, escribime el día de llegada y "
        "el de salida (por ejemplo *del 15/12 al 18/12*) y te muestro lo que hay libre. "
        "Si querés ir viendo, escribime *precios* y te paso los precios por noche."
    )


def another_cabin_same_dates() -> Text:
    """ "Quiero otra cabaña para las mismas fechas" with a stay booked: searched for them."""
    return Text("¡Dale! Te busco otra cabaña para las mismas fechas 🏡")


def rest_of_group(rest: int) -> Text:
    """ "Otra cabaña" after the first of a group too big for one: for those still to book."""
    who = "la persona que falta" if rest == 1 else f"las {rest} personas que faltan"
    return Text(f"¡Dale! Ahora la segunda, para {who}, mismas fechas 🏡")


def guests_doubt() -> Text:
    return Text("¿Cuántas personas serían en total? Decime un número, por ejemplo *4* 🙂")


# ------------------------------------------------------------------ cabins


CHEER = "¡Buenas noticias! 🙌 "


def cabin_list(quotes: Sequence[Quote], guests: int) -> ListMessage:
    first = quotes[0]
    body = (
        f"{CHEER}{span(first.stay.check_in, first.stay.check_out).capitalize()} "
        f"({nights(first.nights)}), para {people(guests)}, tengo libres:\n"
        "Elegí una para ver el detalle 👇"
    )
    rows = [
        _row(
            pick_id(q),
            q.cabin.name,
            f"{nights(q.nights)} · {money(q.total_cents)} · hasta {q.cabin.capacity}",
        )
        for q in quotes
    ]
    return _list(body, "Ver cabañas", rows, "Cabañas libres")


def without_cheer(reply: Outbound) -> Outbound:
    """The list of free cabins right after a "no" ("La X no está libre…"): no "¡Buenas
    noticias!" next to bad news, but "estas sí" (what is free)."""
    if not isinstance(reply, ListMessage) or not reply.body.startswith(CHEER):
        return reply
    body = reply.body.removeprefix(CHEER).replace("tengo libres:", "sí tengo libres estas:", 1)
    return dataclasses.replace(reply, body=body)


def _dated_rows(quotes: Sequence[Quote]) -> list[Row]:
    """One row per offer of other dates: the cabin, its dates and total."""
    return [
        _row(
            pick_id(q),
            q.cabin.name,
            f"{short_span(q.stay.check_in, q.stay.check_out)} · {money(q.total_cents)}",
        )
        for q in quotes
    ]


def alternatives(quotes: Sequence[Quote]) -> ListMessage:
    return _list(
        "Para esas fechas no me queda nada libre 😕 Pero mirá estas opciones cercanas 👇",
        "Ver opciones",
        _dated_rows(quotes),
        "Fechas cercanas",
    )


def too_short_and_taken(
    check_in: dt.date, check_out: dt.date, min_nights: int, quotes: Sequence[Quote]
) -> ListMessage:
    """A stay under the minimum whose longer stay from that arrival is taken too: the
    rule, and free stays that meet it nearby (never a "¿te sirve…?" that is not free)."""
    n = (check_out - check_in).days
    has = f"es {nights(n)}" if n == 1 else f"son {nights(n)}"
    body = (
        f"{span(check_in, check_out).capitalize()} {has}, y para esas fechas la estadía "
        f"mínima es de {nights(min_nights)} 🙏 Desde ese día no me queda libre, pero mirá "
        "estas opciones cercanas 👇"
    )
    return _list(body, "Ver opciones", _dated_rows(quotes), "Fechas cercanas")


def next_free(quotes: Sequence[Quote], guests: int, month: int | None = None) -> ListMessage:
    """ "¿Para cuándo tienen lugar?": the first free stays, earliest first. `month`: the
    month asked about ("¿y para marzo?"), said, or said to be full when they fall later."""
    body = (
        f"Para {people(guests)}, lo primero que tengo libre es esto 👇 Si preferís otras "
        "fechas o un mes en especial, decímelo."
    )
    if month and quotes:
        name = MONTHS[month - 1]
        lead = (
            f"En {name}, para {people(guests)}"
            if quotes[0].stay.check_in.month == month
            else f"En {name} no me queda lugar 😕 Para {people(guests)}"
        )
        body = f"{lead}, lo primero que tengo libre es esto 👇 Si preferís otros días, decímelos."
    return _list(body, "Ver fechas", _dated_rows(quotes), "Fechas libres")


def window_list(
    quotes: Sequence[Quote], guests: int, window: tuple[dt.date, dt.date]
) -> ListMessage:
    """ "Entre el 10 y el 20 de marzo, 3 noches": each cabin's first free stay of those
    nights in there, earliest first; other days in there are a message away."""
    body = (
        f"{CHEER}Entre el {day(window[0])} y el {day(window[1])}, para "
        f"{nights(quotes[0].nights)} y {people(guests)}, esto es lo primero que tengo libre "
        "en cada cabaña 👇 Si preferís otros días dentro de esas fechas, decímelos."
    )
    return _list(body, "Ver fechas", _dated_rows(quotes), "Fechas libres")


def window_full(
    window: tuple[dt.date, dt.date], n: int, guests: int, nearest: Sequence[Quote]
) -> Outbound:
    """Nothing of `n` nights free inside the window: said so, and the stays of that length
    nearest to it (none: other dates asked for)."""
    lead = (
        f"Entre el {day(window[0])} y el {day(window[1])} no me queda lugar para "
        f"{people(guests)} por {nights(n)} 😕"
    )
    if not nearest:
        return Text(f"{lead} ¿Probamos con otras fechas?")
    body = f"{lead} Lo más cerca que tengo es esto 👇"
    return _list(body, "Ver opciones", _dated_rows(nearest), "Fechas cercanas")


def dates_again(quotes: Sequence[Quote], guests: int) -> ListMessage:
    """ "Atrás" from the summary of one of several dates offered: those dates again."""
    body = (
        f"Estas son las fechas que te había pasado, para {people(guests)} 👇 Si preferís "
        "otras, decímelas."
    )
    return _list(body, "Ver fechas", _dated_rows(quotes), "Fechas libres")


def when_free_ask(month: int | None = None) -> Text:
    """ "¿Para cuándo tienen lugar?" before we know the head count: a month will do."""
    if month:
        return Text(f"¡Dale! 🙂 ¿Cuántos son? Así te paso lo primero libre en {MONTHS[month - 1]}.")
    return Text(
        "¡Te busco lo primero libre! 🙂 ¿Para qué mes lo pensás, y cuántos son? "
        "No hace falta que tengas el día."
    )


def nothing_free() -> Text:
    return Text(
        "Uy, para esas fechas está todo ocupado y no encontré opciones cercanas 😕 "
        "¿Probamos con otras fechas?"
    )


def none_listed(guests: int | None) -> Text:
    """ "Ninguna" to the list of cabins: other dates for the same party, or leave it."""
    who = f" para {people(guests)}" if guests else ""
    return Text(
        f"¡Dale! ¿Probamos con otras fechas? 📅 Pasame la llegada y la salida y me fijo qué hay"
        f"{who}. Si preferís dejarlo acá, escribí *menú*."
    )


def choose_prompt(listed: int = 0) -> Text:
    if listed == 1:
        return Text(
            "Por ahora tengo esa sola libre 🙂 Escribime *1* o *dale* y te paso el resumen."
        )
    numbers = f" (del 1 al {listed})" if listed > 1 else ""
    return Text(
        f"Elegí una cabaña de la lista tocando *Ver cabañas*, o escribime su número{numbers} 🙂"
    )


def which_listed(listed: int) -> Text:
    """ "Confirmo", "sí, dale, reservame" under a list of several, nothing picked yet."""
    return Text(
        f"¡Dale! 🙌 ¿Cuál de las {listed} querés? Escribime su número (del 1 al {listed}) o su "
        "nombre, o tocá *Ver cabañas*, y te paso el resumen para confirmar."
    )


def choose_help(listed: int = 0, *, again: int = 0) -> Text:
    """ "?" or "mmm" under the list: what it is and what to do, nothing held yet.
    `again`: how many such messages came right before, answered with this; said shorter
    and otherwise each time, so an "ok" after an "ok" is not the same text word for word."""
    if again:
        numbers = " (1)" if listed == 1 else f" (del 1 al {listed})" if listed > 1 else ""
        if again % 2:
            return Text(f"¿Cuál te gusta? 🙂 Escribime su número{numbers} y te paso el resumen.")
        return Text("Sin apuro 🙂 Cuando elijas una de la lista, te paso el resumen con el total.")
    if listed == 1:
        return Text(
            "Es lo que tengo libre 🙂 Si te interesa, escribime *dale* y te paso el resumen "
            "con el total; todavía no se reserva nada."
        )
    return Text(
        "Es lo que tengo libre 🙂 Abrí la lista, elegí una opción y te paso el resumen con "
        "el total; todavía no se reserva nada."
    )


def recommendation(chosen: Quote, others: Sequence[Quote], guests: int | None) -> Text:
    """ "¿Cuál me recomendás?" at a list: the smallest listed cabin that fits (the
    cheapest among those), with the way to take it; the others named, not described."""
    cabin = chosen.cabin
    who = f"Para {people(guests)}" if guests else "Para ustedes"
    cheapest = all(chosen.total_cents <= q.total_cents for q in others)
    if not others:  # what there is: "la justa" would be a stretch for 2 in a cabin for 6
        why = "la única que tengo libre para esas fechas"
    elif guests and cabin.capacity - guests >= 2:
        why = "la más chica de las que tengo libres" + (" y la más económica" if cheapest else "")
    else:
        why = "la justa para ustedes" + (" y la más económica" if cheapest else "")
    lines = [
        f"{who} te recomiendo la *{cabin.name}* 👌 {cabin.description} Es {why}: "
        f"{money(chosen.total_cents)} en total."
    ]
    if others:
        names = " y la ".join(
            f"*{q.cabin.name}* (hasta {people(q.cabin.capacity)})" for q in others
        )
        lines.append(f"También tenés la {names}.")
    lines.append("Si te gusta, escribime *esa* y te paso el resumen 🙂")
    return Text(" ".join(lines))


def advice_needs_party() -> Text:
    """ "¿Cuál me recomendás?" before the head count: it depends on how many they are."""
    return Text(
        "Depende de cuántos sean 🙂 ¿Cuántas personas van? Con eso te digo cuál les conviene."
    )


def recommend_before_dates(cabin: Cabin, guests: int) -> Text:
    """ "¿Cuál me recomendás para una pareja?" with no dates yet: one cabin, and the dates."""
    return Text(
        f"Para {people(guests)} te recomiendo la *{cabin.name}* 👌 {cabin.description} "
        "¿Para qué fechas la querés? 📅 Pasame la llegada y la salida y te digo cuánto sale "
        "y qué más hay libre."
    )


def cabin_not_for_new_stay(
    cabin: Cabin, check_in: dt.date, check_out: dt.date, min_nights: int | None
) -> Text:
    """The cabin on the summary cannot take the stay the guest changed it to."""
    if min_nights:
        return Text(
            f"La *{cabin.name}* pide al menos {nights(min_nights)} para esas fechas, así que "
            f"{span(check_in, check_out)} no te la puedo ofrecer 😕"
        )
    return Text(f"La *{cabin.name}* no está libre {span(check_in, check_out)} 😕")


def cabin_not_listed(cabin: Cabin, guests: int | None) -> Text:
    if guests and cabin.capacity < guests:
        return Text(
            f"La *{cabin.name}* es para hasta {people(cabin.capacity)}, así que para "
            f"{people(guests)} no te la puedo ofrecer 😕"
        )
    return Text(f"La *{cabin.name}* no está libre para esas fechas 😕")


def no_other_free(name: str, guests: int | None, *, summary: bool = False) -> Text:
    """ "No, mejor la otra" with one cabin free for the stay: there is no other; other
    dates or another head count may give one (`summary`: its "Confirmar" is on screen)."""
    who = f"Para {people(guests)}, en" if guests else "En"
    take = "tocá *Confirmar*" if summary else "escribime *dale* y te paso el resumen"
    return Text(
        f"{who} esas fechas la única libre es la *{name}* 😕 Si te sirve, {take}; si no, "
        "pasame otras fechas o decime cuántos son y me fijo qué hay 📅"
    )


def cheapest_listed(
    quote: Quote,
    *,
    listed: int = 2,
    guests: int | None = None,
    dearer_weekend: bool = False,
    summed_up: bool = False,
) -> Text:
    """ "¿Algo más barato?" with a list on screen. `listed`: how many cabins it shows;
    `dearer_weekend`: the stay has Friday or Saturday nights, which cost more; `summed_up`:
    its summary is on screen already (no "te paso el resumen")."""
    total = money(quote.total_cents)
    weekdays = (
        "Los viernes y sábados la noche sale más: si pueden venir entre semana, "
        "pasame esas fechas y me fijo 📅"
    )
    if listed == 1:
        who = f"Para {people(guests)}, en" if guests else "En"
        head = f"{who} esas fechas la única libre es la *{quote.cabin.name}*: {total} en total 😕"
        if summed_up:
            other = (
                weekdays if dearer_weekend else "Si te sirven otras fechas, pasámelas y me fijo 📅"
            )
            return Text(f"{head} {other}")
        if dearer_weekend:
            return Text(
                f"{head} {weekdays} Si te sirve esta, escribime *dale* y te paso el resumen."
            )
        return Text(
            f"{head} Si te sirve, escribime *dale* y te paso el resumen; si no, pasame "
            "otras fechas y me fijo 📅"
        )
    head = f"Para esas fechas la más económica es la *{quote.cabin.name}*: {total} en total 💰"
    if dearer_weekend:
        return Text(f"{head} {weekdays}")
    return Text(f"{head} Si te sirven otras fechas, pasámelas y me fijo 📅")


def listed_totals(quotes: Sequence[Quote]) -> Text:
    """ "¿Cuánto sale?" with a list on screen. Options on other dates (one cabin free on
    several nearby stays) each say their own dates: one heading would misdate all but one."""
    first = quotes[0]
    if len({q.stay for q in quotes}) > 1:
        lines = [
            f"• *{q.cabin.name}*, {span(q.stay.check_in, q.stay.check_out)} ({nights(q.nights)}):"
            f" {money(q.total_cents)} en total (seña {money(q.deposit_cents)})"
            for q in quotes
        ]
        return Text("\n".join(["Lo que sale cada opción 💰", *lines]))
    lines = [
        f"• *{q.cabin.name}*: {money(q.total_cents)} en total (seña {money(q.deposit_cents)})"
        for q in quotes
    ]
    head = (
        f"{span(first.stay.check_in, first.stay.check_out).capitalize()} ({nights(first.nights)}):"
    )
    return Text("\n".join([f"{head} 💰", *lines]))


def nightly_price(quote: Quote) -> Text:
    """ "¿Y por noche?" on the summary: what a night of that stay costs."""
    prices = sorted({price for _, price in quote.per_night})
    total = f"{money(quote.total_cents)} en total por {nights(quote.nights)}"
    if len(prices) == 1:
        return Text(
            f"En la *{quote.cabin.name}* la noche sale {money(prices[0])} en esas fechas "
            f"({total}) 💰"
        )
    return Text(
        f"En la *{quote.cabin.name}* la noche sale entre {money(prices[0])} y "
        f"{money(prices[-1])} en esas fechas (viernes, sábados y temporada alta salen más): "
        f"{total} 💰"
    )


def _a_night(q: Quote) -> str:
    """ "$ 95.000 la noche", or "entre $ 95.000 y $ 115.000 la noche" over a weekend."""
    prices = sorted({price for _, price in q.per_night})
    if len(prices) == 1:
        return f"{money(prices[0])} la noche"
    return f"entre {money(prices[0])} y {money(prices[-1])} la noche"


def budget_note(budget: int, quotes: Sequence[Quote], *, per_night: bool = False) -> Text:
    """A budget given with a stay (`budget` in pesos; `quotes` the listed ones): which
    cabins it pays for. Read as the whole stay's unless the guest said "por noche"; when no
    total fits it, what fits a night of it is said too (guests rarely say which they mean)."""
    amount = money(budget * 100)

    def night_max(q: Quote) -> int:
        return max(price for _, price in q.per_night)

    if per_night:
        fits = [q for q in quotes if night_max(q) <= budget * 100]
        unit = "la noche"
    else:
        fits = [q for q in quotes if q.total_cents <= budget * 100]
        unit = "en total"
    names = " y ".join(f"la *{q.cabin.name}*" for q in fits)
    if fits and len(fits) == len(quotes) and len(quotes) > 1:
        return Text(f"Con {amount} {unit} te alcanza para cualquiera de la lista 👌")
    if fits:
        return Text(f"Con {amount} {unit} te alcanza para {names} 👌")
    cheapest = min(quotes, key=lambda q: q.total_cents)
    said = (
        f"Con {amount} {unit} no me alcanza para esas fechas 😕 La más económica es la "
        f"*{cheapest.cabin.name}*: {money(cheapest.total_cents)} en total ({_a_night(cheapest)})."
    )
    by_night = [q for q in quotes if night_max(q) <= budget * 100]
    if not per_night and by_night:
        night_names = " y ".join(f"la *{q.cabin.name}*" for q in by_night)
        verb = "te entran" if len(by_night) > 1 else "te entra"
        said += f" Si eran {amount} por noche, {verb} {night_names}."
    return Text(said)


def listed_nightly(quotes: Sequence[Quote]) -> Text:
    """ "¿Y por noche?" with a list on screen: what a night costs in each listed cabin (and
    on which dates, when the options are other stays)."""
    lines = []
    dated = len({q.stay for q in quotes}) > 1
    for q in quotes:
        night = _a_night(q)
        when = f", {span(q.stay.check_in, q.stay.check_out)}" if dated else ""
        lines.append(f"• *{q.cabin.name}*{when}: {night} ({money(q.total_cents)} en total)")
    return Text(("Por noche 💰\n" if dated else "En esas fechas 💰\n") + "\n".join(lines))


def no_longer_free() -> Text:
    return Text("Uy, esa justo se ocupó 😕 Te muestro lo que queda:")


def pick_id(quote: Quote) -> str:
    """A row id that stands alone (cabin slug and dates), so an old list still works."""
    return f"pick:{quote.cabin.slug}:{quote.stay.check_in:%Y%m%d}:{quote.stay.check_out:%Y%m%d}"


def summary(
    quote: Quote,
    guests: int,
    deposit_percent: int,
    hold_minutes: int,
    *,
    again: bool = False,
    changed: bool = False,
    party: bool = False,
) -> Buttons:
    """`again`: the guest dropped it by mistake and asked for it back; `changed`: the same
    cabin quoted again for the stay the guest just changed ("mejor 4 noches"); `party`: for
    the head count the guest just changed ("somos 3 al final")."""
    lead = (
        "¡Sin problema! Acá la tenés de nuevo 📝"
        if again
        else f"¡Dale! Para {people(guests)} la *{quote.cabin.name}* te queda así 📝"
        if party
        else f"¡Dale! La *{quote.cabin.name}* está libre, te queda así 📝"
        if changed
        else "Te resumo 📝"
    )
    body = (
        f"{lead}\n"
        f"🏡 *{quote.cabin.name}*\n"
        f"📅 {span(quote.stay.check_in, quote.stay.check_out)} ({nights(quote.nights)})\n"
        f"👥 {people(guests)}\n"
        f"💰 Total: *{money(quote.total_cents)}*\n"
        f"Seña para reservar ({deposit_percent} %): *{money(quote.deposit_cents)}*\n\n"
        f"Si confirmás, te la guardo {hold_minutes} minutos mientras pagás la seña. ¿Avanzamos?"
    )
    key = summary_key(quote.cabin.slug, quote.stay.check_in, quote.stay.check_out, guests)
    return _buttons(
        body,
        (f"{HOLD_CONFIRM}:{key}", "Confirmar"),
        (f"{HOLD_CHANGE}:{key}", "Cambiar fechas"),
        (f"{HOLD_CANCEL}:{key}", "Cancelar"),
    )


def cheaper_fits_now(quote: Quote, at: int) -> Text:
    """Fewer people on a summary: a cheaper cabin listed (row `at`) now sleeps them."""
    return Text(
        f"Ojo: para esas fechas también está libre la *{quote.cabin.name}*, que sale menos "
        f"({money(quote.total_cents)} en total). Si la preferís, escribime *la {at}* 🙂"
    )


def summary_key(slug: str, check_in: dt.date, check_out: dt.date, guests: int) -> str:
    """What a summary is about, carried in its buttons' ids: a tap on an old summary
    (the guest changed cabin, dates or head count since) can be told from the current one."""
    return f"{slug}:{check_in:%Y%m%d}:{check_out:%Y%m%d}:{guests}"


def summary_total(quote: Quote, deposit_percent: int, key: str) -> Buttons:
    """ "¿Cuánto sale en total?" on the summary: the answer in one line, and its buttons."""
    return _summary_buttons(
        f"Son *{money(quote.total_cents)}* en total por {nights(quote.nights)} 💰 Para "
        f"reservar pagás ahora la seña de *{money(quote.deposit_cents)}* ({deposit_percent} %) "
        "y el resto al llegar. ¿Te la guardo?",
        key,
    )


# What Mercado Pago's link takes besides a card (the link's means, as `payment_terms` says).
NO_CARD_WAYS = (
    "Sin tarjeta también se puede 🙂 Con el link pagás la seña con dinero en cuenta de "
    "Mercado Pago, o se lo pasás a alguien de confianza para que la pague."
)


def summary_deposit(
    quote: Quote,
    deposit_percent: int,
    key: str,
    hold_minutes: int,
    *,
    no_card: bool = False,
    longer: bool = False,
) -> Buttons:
    """ "¿Cómo es el tema de la seña?" on the summary: this stay's figures and how to pay.
    `no_card` ("no tengo tarjeta"): what else the link takes; `longer` ("¿me la guardás
    hasta mañana?"): that it is held only while the deposit is paid, and who can do more."""
    rest = quote.total_cents - quote.deposit_cents
    how = (
        f"Sin tarjeta también se puede 🙂 La seña ({deposit_percent} %) es "
        f"*{money(quote.deposit_cents)}* y se paga con el link de Mercado Pago: con dinero en "
        "cuenta, o se lo pasás a alguien de confianza para que la pague."
        if no_card
        else f"La seña es el {deposit_percent} %: *{money(quote.deposit_cents)}* ahora, con "
        "Mercado Pago (tarjeta de crédito, débito o dinero en cuenta) 💳"
    )
    if longer:
        return _summary_buttons(
            f"Tanto tiempo no te la puedo guardar 🙏 Si tocás *Confirmar*, te la guardo "
            f"{hold_minutes} minutos mientras pagás la seña; si no llega, se libera. {how} "
            f"Los *{money(rest)}* que faltan se pagan al llegar. Si necesitás más tiempo, "
            "escribí *hablar con una persona*.",
            key,
        )
    return _summary_buttons(
        f"{how} Los *{money(rest)}* que faltan se pagan al llegar. Si tocás *Confirmar*, te "
        f"guardo la cabaña {hold_minutes} minutos y te paso el link para pagar la seña.",
        key,
    )


def summary_help(key: str, hold_minutes: int) -> Buttons:
    """ "ayuda" on the summary: what its buttons do, with them at hand (nothing is dropped)."""
    return _summary_buttons(
        "Te cuento 🙂 Todavía no te guardé nada; con el resumen podés:\n"
        f"• *Confirmar*: te guardo la cabaña {hold_minutes} minutos y te paso el link para "
        "pagar la seña.\n"
        "• *Cambiar fechas*: buscamos otros días.\n"
        "• *Cancelar*: lo dejamos acá.\n"
        "También podés preguntarme lo que quieras o escribir *hablar con una persona*.",
        key,
    )


def _summary_buttons(body: str, key: str) -> Buttons:
    """The summary's own buttons (same ids) under another text about the same summary."""
    return _buttons(
        body,
        (f"{HOLD_CONFIRM}:{key}", "Confirmar"),
        (f"{HOLD_CHANGE}:{key}", "Cambiar fechas"),
        (f"{HOLD_CANCEL}:{key}", "Cancelar"),
    )


def ask_new_dates() -> Text:
    return Text("Dale, cambiemos las fechas 📅 ¿Cuándo querés venir?")


# ------------------------------------------------------------------ holds and payments


def hold_placed(
    res: Reservation,
    url: str | None,
    *,
    demo: bool,
    until: dt.time,
    minutes: int,
    booked_for: str | None = None,
) -> list[Outbound]:
    under = f" a nombre de *{booked_for}*" if booked_for else ""
    head = (
        f"¡Listo! Te guardé la *{res.cabin_name}* {span(res.check_in, res.check_out)}{under} 🙌\n"
        f"Tu código de reserva es *{res.code}*."
    )
    if url is None:
        return [
            Text(
                f"{head}\nTe mando el link para pagar la seña de {money(res.deposit_cents)} "
                f"en un ratito ⏳ La reserva queda guardada hasta las {clock(until)}."
            )
        ]
    label = "🧪 Link de prueba (no se cobra nada):\n" if demo else ""
    return [
        Text(
            f"{head}\nPara confirmarla, pagá la seña de *{money(res.deposit_cents)}* acá:\n"
            f"{label}{url}\n\n"
            f"Tenés {minutes} minutos (hasta las {clock(until)}); después la cabaña se libera."
        )
    ]


def dates_taken() -> Text:
    return Text(
        "Uy, justo alguien reservó esas fechas hace un instante 😕 Perdón. Te muestro otras:"
    )


def payment_pending(
    res: Reservation, url: str | None, *, demo: bool, until: dt.time | None
) -> Text:
    when = f" hasta las {clock(until)}" if until else ""
    if url is None:
        return Text(
            f"Tu reserva *{res.code}* está guardada{when}. El link de pago te llega en un ratito ⏳"
        )
    label = "🧪 (link de prueba) " if demo else ""
    return Text(
        f"Tu reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
        f"está guardada{when}. Para confirmarla, pagá la seña de {money(res.deposit_cents)} "
        f"acá: {label}{url}"
    )


def payment_not_seen_yet(
    res: Reservation, url: str | None, *, demo: bool, receipt: bool = False
) -> Text:
    """ "Ya pagué" while the deposit is not credited yet; `receipt`: a receipt was offered
    or asked about with it, which Mercado Pago's notice makes unnecessary."""
    link = f"\nSi todavía no pagaste, el link es: {'🧪 (link de prueba) ' if demo else ''}{url}"
    no_receipt = "Tranqui, no hace falta el comprobante. " if receipt else ""
    return Text(
        f"¡Gracias! 🙌 {no_receipt}Todavía no me llegó la confirmación del pago de *{res.code}*. "
        "A veces Mercado Pago tarda unos minutos: apenas se acredite te aviso por acá ✅"
        + (link if url else "")
    )


def transfer_not_seen(res: Reservation, until: dt.time | None) -> Buttons:
    """ "Ya transferí" while the hold waits: a payment through the link is confirmed by
    itself; a transfer to an account is not seen here, so a person checks it."""
    when = f" hasta las {clock(until)}" if until else ""
    return _buttons(
        f"¡Gracias! 🙌 Todavía no me llegó la confirmación del pago de *{res.code}*. Si "
        f"pagaste con el link de Mercado Pago, apenas se acredite te aviso por acá ✅ Una "
        f"transferencia a una cuenta, en cambio, no me llega a mí: para que la revisen y te "
        f"confirmen la reserva, tocá *Hablar con alguien* 👇 Mientras tanto sigue "
        f"guardada{when}.",
        (MENU_HUMAN, "Hablar con alguien"),
    )


def payment_still_not_seen(res: Reservation) -> Text:
    """The payment said (or asked about) again while it has not arrived: shorter, nothing
    for the guest to do, and a person if it is taking long."""
    return Text(
        f"Todavía no se acreditó la seña de *{res.code}* 🙏 No tenés que hacer nada más: "
        "apenas Mercado Pago me avise, te escribo por acá. Si pagaste hace rato y no "
        "aparece, escribí *hablar con una persona* y lo revisan con vos."
    )


def payment_not_through(
    res: Reservation, url: str | None, *, demo: bool, until: dt.time | None
) -> Text:
    """ "No me salió el pago", "¿qué pasó?" while the hold waits for its deposit."""
    when = f" hasta las {clock(until)}" if until else ""
    link = (
        f" Podés intentar de nuevo desde el mismo link, con otra tarjeta o con dinero en "
        f"cuenta: {'🧪 (link de prueba) ' if demo else ''}{url}"
        if url
        else " En un ratito te mando el link para intentar de nuevo."
    )
    return Text(
        f"El pago de la seña de *{res.code}* no se acreditó 😕 La reserva sigue guardada{when}."
        f"{link}\nSi sigue sin pasar, escribí *hablar con una persona* y te ayudan."
    )


def already_confirmed(res: Reservation, *, booked_for: str | None = None) -> Text:
    # Booked for someone else ("a nombre de mi mamá"): it is them we expect, not the guest.
    if booked_for:
        return Text(
            f"La reserva *{res.code}* a nombre de *{booked_for}* ya está confirmada ✅ "
            f"¡Esperamos a {booked_for} {span(res.check_in, res.check_out)}!"
        )
    return Text(
        f"Tu reserva *{res.code}* ya está confirmada ✅ ¡Te esperamos "
        f"{span(res.check_in, res.check_out)}!"
    )


def deposit_and_balance(res: Reservation, *, staying: bool = False) -> Text:
    """ "¿Cuánto pagué de seña?", "¿cuánto me falta pagar?" once the deposit is paid: the
    deposit and what is left, from the reservation. `staying`: the rest was due on arrival,
    and whether it was paid is between the guest and the owner."""
    balance = res.total_cents - res.deposit_cents
    head = (
        f"De tu reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
        f"pagaste {money(res.deposit_cents)} de seña ✅"
    )
    if balance <= 0:
        return Text(f"{head} Ya está todo pago, no queda nada pendiente 🙂")
    if staying:
        rest = (
            f"El resto, {money(balance)} (el total es {money(res.total_cents)}), se paga en la "
            "cabaña: si ya lo arreglaron con el dueño, no queda nada pendiente 🙂"
        )
    else:
        rest = (
            f"Quedan los {money(balance)} restantes, que se pagan al llegar (el total es "
            f"{money(res.total_cents)}) 👍"
        )
    return Text(f"{head} {rest}")


def confirmed_status(
    res: Reservation, *, booked_for: str | None = None, staying: bool = False, party: bool = False
) -> Text:
    """`staying`: the stay has begun, so no "al llegar" nor "te esperamos" (whether the
    rest was paid on arrival is between the guest and the owner); `party`: the head count
    was asked ("¿para cuántas personas era?"), so it is said first."""
    if party:
        who = "1 persona" if res.guests == 1 else f"{res.guests} personas"
        said = confirmed_status(res, booked_for=booked_for, staying=staying)
        return Text(f"Es para *{who}* 👥 {said.body}")
    balance = res.total_cents - res.deposit_cents
    rest = f" Al llegar se pagan los {money(balance)} restantes." if balance > 0 else ""
    if staying:
        return Text(
            f"Tu reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
            "está confirmada ✅ ¡Que disfruten la estadía! 🏡"
        )
    if booked_for:
        return Text(
            f"La reserva *{res.code}* a nombre de *{booked_for}* ({res.cabin_name}, "
            f"{span(res.check_in, res.check_out)}) está confirmada ✅{rest} "
            f"¡Esperamos a {booked_for}!"
        )
    return Text(
        f"Tu reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
        f"está confirmada ✅{rest} ¡Te esperamos!"
    )


def tell_me_your_question() -> Text:
    return Text("Contame tu duda y te ayudo 🙂")


def paid_but_nothing_pending() -> list[Outbound]:
    # A deposit paid after the hold expired reaches the owner as a late payment.
    return [
        Text(
            "No veo ninguna reserva pendiente de pago con este número 🤔 Si pagaste la seña "
            "de una reserva que se venció, no te preocupes: cuando Mercado Pago lo acredite "
            "te aviso por acá o te escribe alguien del equipo 🙏"
        ),
        menu("¿Querés que busquemos lugar de nuevo?"),
    ]


def paid_details_noted(res: Reservation | None) -> Text:
    """ "La hice ayer" after "ya te pagué": the guest adds detail, we do not repeat ourselves."""
    if res is None:
        return Text(
            "¡Gracias por el dato! 🙏 Igual con este número no encuentro ninguna reserva, ni "
            "pendiente ni confirmada. Si tenés el código (empieza con *CAB-*), pasámelo y la "
            "busco; si la hiciste desde otro teléfono, escribí *hablar con una persona* y lo "
            "revisan con el comprobante."
        )
    return Text(
        f"¡Gracias por el dato! 🙏 El pago de *{res.code}* todavía no me figura acreditado; a "
        "veces Mercado Pago demora. Apenas llegue te aviso por acá ✅ Si pasa un buen rato y "
        "nada, escribí *hablar con una persona* y lo revisan con el comprobante."
    )


def hold_gone(res: Reservation, *, says_paid: bool = False) -> list[Outbound]:
    # A deposit paid after the hold expired reaches the owner as a late payment.
    paid = (
        " Si llegaste a pagar la seña, no te preocupes: cuando Mercado Pago lo acredite "
        "te aviso por acá o te escribe alguien del equipo 🙏"
        if says_paid
        else ""
    )
    return [
        Text(f"La reserva *{res.code}* ya no está vigente (venció o se canceló).{paid}"),
        menu("¿Querés que busquemos de nuevo?"),
    ]


def link_trouble(*, card: bool = False) -> Text:
    if card:
        return Text(
            "Si Mercado Pago no te toma la tarjeta, probá con otra tarjeta o con dinero en "
            "cuenta desde el mismo link 🙏 Si sigue sin pasar, escribí *hablar con una persona* "
            "y te ayudan con el pago."
        )
    return Text(
        "Si el link no te anda, probá abrirlo desde el navegador del celu 🙏 Si sigue fallando, "
        "escribí *hablar con una persona* y te ayudan con el pago."
    )


def time_left(
    res: Reservation,
    until: dt.time | None,
    minutes: int | None,
    url: str | None,
    *,
    demo: bool,
    no_card: bool = False,
) -> Text:
    """ "¿Cuánto falta para que venza?" while the deposit is pending. `no_card` ("mañana
    te la pago, no tengo tarjeta"): what else the link takes."""
    when = f" hasta las {clock(until)}" if until else ""
    left = (
        f" (quedan {minutes} minutos)"
        if minutes and minutes > 1
        else (" (queda menos de un minuto)" if minutes else "")
    )
    link = f"\nEl link para pagarla: {'🧪 (link de prueba) ' if demo else ''}{url}" if url else ""
    ways = f" {NO_CARD_WAYS}" if no_card else ""
    return Text(
        f"Tu reserva *{res.code}* queda guardada{when}{left} ⏳ Si para entonces no llega la "
        f"seña, la cabaña se libera.{ways}{link}"
    )


def hold_not_extended(
    res: Reservation, until: dt.time | None, url: str | None, *, demo: bool, no_card: bool = False
) -> Buttons:
    """ "¿Me la guardás hasta mañana?": until when it is held, and that only a person
    could give more time. `no_card` ("no tengo tarjeta, ¿me la guardás…?"): what else the
    link takes, since that may be why they asked."""
    when = f" hasta las {clock(until)}" if until else ""
    link = f"\nEl link para pagarla: {'🧪 (link de prueba) ' if demo else ''}{url}" if url else ""
    ways = f" {NO_CARD_WAYS}" if no_card else ""
    return _buttons(
        f"Tu reserva *{res.code}* queda guardada{when} ⏳ y yo no puedo extenderla 🙏 Si para "
        f"entonces no llega la seña, la cabaña se libera.{ways} Si necesitás más tiempo, te "
        f"comunico con alguien del equipo.{link}",
        (MENU_HUMAN, "Hablar con alguien"),
    )


def hold_price(res: Reservation, url: str | None, *, demo: bool) -> Text:
    """ "¿Cuánto sale?" while the deposit is pending: the total, now and on arrival."""
    rest = res.total_cents - res.deposit_cents
    label = "🧪 (link de prueba) " if demo else ""
    link = f"\nEl link de Mercado Pago para la seña: {label}{url}" if url else ""
    later = f" y los {money(rest)} restantes, al llegar" if rest > 0 else ""
    return Text(
        f"La *{res.cabin_name}* {span(res.check_in, res.check_out)} sale "
        f"{money(res.total_cents)} en total 💰 Ahora pagás la seña de "
        f"{money(res.deposit_cents)}{later}.{link}"
    )


def pet_noted(res: Reservation) -> Text:
    """ "Vamos con el perro" from a guest with a booking: the owner was told."""
    return Text(
        f"¡Anotado! 🐶 Le avisé al dueño que van con mascota (reserva *{res.code}*, "
        f"{res.cabin_name}). Si necesita algo más, te escriben por acá."
    )


def group_total(held: Sequence[Reservation]) -> Text:
    """ "¿Cuánto es lo de las dos?" with a group's cabins held for one stay: each one, then
    the sum of totals and deposits (each deposit is paid with its own reservation's link)."""
    first = held[0]
    lines = "\n".join(
        f"• *{r.cabin_name}* ({r.code}): {money(r.total_cents)}, seña "
        f"{money(r.deposit_cents)}{' ✅ ya paga' if r.status == 'confirmed' else ''}"
        for r in held
    )
    total = sum(r.total_cents for r in held)
    deposits = sum(r.deposit_cents for r in held)
    count = "las dos" if len(held) == 2 else f"las {len(held)}"
    later = f" y los {money(total - deposits)} restantes, al llegar" if total > deposits else ""
    return Text(
        f"Entre {count} cabañas, {span(first.check_in, first.check_out)}: 💰\n{lines}\n"
        f"En total, *{money(total)}*: las señas suman {money(deposits)} (cada una se paga con "
        f"el link de su reserva){later}."
    )


def balance_on_arrival(res: Reservation) -> Text:
    """ "¿Y el resto?" while the deposit is pending: what is left and when it is paid."""
    rest = res.total_cents - res.deposit_cents
    if rest <= 0:
        return Text(f"Con la seña de {money(res.deposit_cents)} por Mercado Pago queda todo pago.")
    return Text(
        f"Los {money(rest)} restantes, al llegar a la cabaña 👍 Ahora solo la seña de "
        f"{money(res.deposit_cents)} con Mercado Pago."
    )


def link_works(
    res: Reservation, url: str | None, *, demo: bool, until: dt.time | None = None
) -> Text:
    """ "¡Ahora sí!" while the deposit is pending: short, with the link at hand. `until`:
    paying soon said ahead ("la pago en 10 minutos"), so until when it is held."""
    link = f"\nPor si lo necesitás: {'🧪 (link de prueba) ' if demo else ''}{url}" if url else ""
    held = f" Te la guardo hasta las {clock(until)} ⏳" if until else ""
    return Text(
        f"¡Buenísimo! 🙌{held} Pagá la seña de {money(res.deposit_cents)} desde ahí y apenas "
        f"se acredite te aviso por acá ✅{link}"
    )


def confirm_when_ready(again: int = 0) -> Text:
    """ "Ok" to an answer given on the summary: nothing held yet, and how to hold it; said
    otherwise (shorter) to an "ok" after that one."""
    if again:
        return Text("Acá estoy 🙂 Cuando lo decidas, escribime *confirmo*.")
    return Text(
        "¡Genial! 🙂 Todavía no te guardé nada: cuando lo decidas, tocá *Confirmar* en el "
        "resumen o escribime *confirmo*."
    )


def pay_soon_confirm_first(minutes: int) -> Text:
    """ "La pago en 10 minutos" on the summary: nothing is held yet, so "Confirmar" first;
    the link comes with it, and the hold's minutes to pay."""
    return Text(
        "¡Dale! 🙂 Primero tocá *Confirmar* así te la guardo: ahí te mando el link y tenés "
        f"{minutes} minutos para pagar la seña."
    )


def link_passed_on(
    res: Reservation, until: dt.time | None, *, url: str | None = None, demo: bool = False
) -> Text:
    """ "Ya le pasé el link a mi mamá": someone else pays; we tell the guest when it lands.
    With `url` (not passed on yet: "le digo a mi hijo que pague"), the link to pass on."""
    when = f" hasta las {clock(until)}" if until else ""
    if url:
        return Text(
            f"¡Dale! 🙌 Pasale este link para pagar la seña de {money(res.deposit_cents)}:\n"
            f"{'🧪 (link de prueba) ' if demo else ''}{url}\n"
            f"Apenas se acredite te aviso por acá y la reserva queda confirmada ✅ Está "
            f"guardada{when}."
        )
    return Text(
        f"¡Perfecto! 🙌 Apenas se acredite la seña de *{res.code}* te aviso por acá y queda "
        f"confirmada ✅ La reserva sigue guardada{when}; si hay algún problema con el link, "
        "avisame."
    )


def how_to_pay(res: Reservation, url: str | None, *, demo: bool, no_card: bool = False) -> Text:
    """ "¿Cómo pago?" with the hold placed: the link it was sent, and what it takes. With
    no card ("no tengo tarjeta"): the other ways the same link takes."""
    link = f"\n{'🧪 (link de prueba) ' if demo else ''}{url}" if url else ""
    if no_card:
        return Text(
            f"Sin tarjeta también se puede 🙂 Con el link pagás la seña de "
            f"{money(res.deposit_cents)} con dinero en cuenta de Mercado Pago, o se lo pasás "
            f"a alguien de confianza para que la pague. Apenas se acredite te aviso por acá ✅"
            f"{link}"
        )
    where = "Entrá al link" if url else "Entrá al link de Mercado Pago que te mandé"
    return Text(
        f"{where} y pagá la seña de {money(res.deposit_cents)} con tarjeta de crédito, débito "
        f"o dinero en cuenta de Mercado Pago 💳 Apenas se acredite te aviso por acá ✅ El resto "
        f"se paga al llegar.{link}"
    )


def someone_elses_card(res: Reservation | None, url: str | None, *, demo: bool) -> Text:
    """ "¿Puedo pagar con la tarjeta de mi marido?": yes; the link takes any card, and the
    reservation stays under the guest's name (it is the chat's, not the card's)."""
    link = f"\n{'🧪 (link de prueba) ' if demo else ''}{url}" if url else ""
    deposit = f"la seña de {money(res.deposit_cents)}" if res else "la seña"
    return Text(
        f"Sí, se puede 🙂 Con el link de Mercado Pago {deposit} se paga con cualquier tarjeta, "
        f"aunque no esté a tu nombre; la reserva queda a tu nombre igual.{link}"
    )


def hold_reminder(res: Reservation, url: str | None, *, demo: bool, minutes_left: int) -> Text:
    link = f"\n{'🧪 (link de prueba) ' if demo else ''}{url}" if url else ""
    return Text(
        f"⏰ Te recuerdo que tu reserva *{res.code}* en {res.cabin_name} se libera en "
        f"{minutes_left} minutos si no se paga la seña de {money(res.deposit_cents)}.{link}"
    )


def hold_expired(res: Reservation) -> Buttons:
    # "Reservar de nuevo" carries the code: the same cabin, dates and party, summed up
    # again if still free (bot/handlers_retry.py); "Ver cabañas libres" lists those dates.
    return _buttons(
        f"La reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
        "se venció porque no llegó el pago de la seña 😕 ¿Querés que lo intentemos de nuevo?",
        (f"{MENU_RETRY}:{res.code}", "Reservar de nuevo"),
        (MENU_AVAILABILITY, "Ver cabañas libres"),
        (MENU_SHOW, "Ver el menú"),
    )


def lapsed_still_free(res: Reservation) -> Text:
    """The lapsed hold asked for again, and its cabin is still free: the summary follows."""
    return Text(f"¡Dale! La *{res.cabin_name}* sigue libre para esas fechas 🙌")


def lapsed_taken(res: Reservation) -> Text:
    """The lapsed hold asked for again, but its cabin was taken meanwhile."""
    return Text(
        f"Uy, la *{res.cabin_name}* se ocupó para {span(res.check_in, res.check_out)} "
        "mientras tanto 😕"
    )


def maybe_more_guests(guests: int, *, summary: bool = False) -> Text:
    """ "Capaz viene mi hermano": the search stays for `guests` until it is sure."""
    what = "El resumen es" if summary else "Por ahora la lista es"
    more = guests + 1
    return Text(
        f"{what} para {people(guests)} 🙂 Si al final se suma, escribime *somos {more}* "
        f"y busco para {people(more)}."
    )


def kids_noted(guests: int) -> Text:
    """ "Los chicos tienen 3 y 7" on a list or summary: heard, and the count it is for."""
    return Text(
        f"¡Gracias por contarme! 🙂 Para la capacidad contamos a todos, chicos incluidos, así "
        f"que lo que te mostré es para {people(guests)}."
    )


def kids_counted(guests: int) -> Text:
    """The head count said again with who the kids are, before anything was listed ("somos
    4" … "2 adultos y 2 chicos"): heard, and whom the search is for."""
    return Text(
        f"¡Gracias por contarme! 🙂 Para la capacidad contamos a todos, chicos incluidos: "
        f"busco para {people(guests)}."
    )


def party_kept(guests: int) -> Text:
    """Who comes, told after the head count ("bah 3" … "con mi hermana"): heard, and the
    count what was shown is for."""
    return Text(f"¡Perfecto! 🙂 Lo que te mostré ya es para {people(guests)}.")


def babies_count(guests: int, left_out: Sequence[Cabin]) -> Buttons:
    """A baby who sleeps with the parents (or in a crib) still counts toward a cabin's
    capacity; only the owner can make an exception, so a person is offered."""
    which = " y ".join(f"la *{c.name}* (hasta {people(c.capacity)})" for c in left_out)
    too_small = f", así que {which} no entra para {people(guests)}" if which else ""
    return _buttons(
        f"Para la capacidad contamos a los bebés también 👶{too_small}. Si querés, el dueño "
        "lo puede ver: tocá *Hablar con alguien* y te escriben por acá. Si no, seguimos con "
        "lo que te mostré 👆",
        (MENU_HUMAN, "Hablar con alguien"),
    )


def two_cabins(
    first: Cabin, first_guests: int, second: Cabin, second_guests: int | None, *, free: bool
) -> Text:
    """A party split between two cabins the guest named (`free`: both are free on the
    dates asked; without dates yet, they come next). Booked one at a time."""
    both = (
        f"la *{first.name}* (hasta {people(first.capacity)}) y la *{second.name}* "
        f"(hasta {people(second.capacity)})"
    )
    if free:
        lead = f"¡Buenísimo! Están libres {both} 🙌"
    else:
        lead = f"¡Dale! Entre {both} entran hasta {people(first.capacity + second.capacity)} 🙌"
    rest = f" para {people(second_guests)}" if second_guests else ""
    return Text(
        f"{lead} Las reservamos de a una: primero la *{first.name}* para {people(first_guests)}. "
        f"Cuando la confirmes, escribime *otra cabaña* y buscamos la segunda{rest}, "
        "mismas fechas."
    )


def two_cabins_priced(
    first: Quote, first_guests: int, second: Quote, second_guests: int | None
) -> Text:
    """ "¿Cuánto sería la seña de las dos?" for a party split between two free cabins: what
    each costs for the stay and both together; "dale las dos" books them one at a time."""

    def line(q: Quote, guests: int | None) -> str:
        who = f" ({people(guests)})" if guests else ""
        return f"• *{q.cabin.name}*{who}: {money(q.total_cents)} (seña {money(q.deposit_cents)})"

    total = first.total_cents + second.total_cents
    deposit = first.deposit_cents + second.deposit_cents
    return Text(
        "\n".join(
            [
                f"Las dos, {span(first.stay.check_in, first.stay.check_out)} "
                f"({nights(first.nights)}) 💰",
                line(first, first_guests),
                line(second, second_guests),
                f"En total {money(total)}, con una seña de {money(deposit)}. Si les sirve, "
                "escribime *dale las dos* y las reservamos de a una 🙂",
            ]
        )
    )


def two_cabins_too_small(total: int, room: int) -> Text:
    return Text(
        f"Entre esas dos cabañas entran hasta {people(room)}, y son {total} 😕 Decime cuántos "
        "van en la primera, o escribí *hablar con una persona* y lo vemos."
    )


def early_or_late(
    cabins: Sequence[Cabin], *, late: bool, hour: str | None = None, luggage: bool = False
) -> Buttons:
    """Arriving before the check-in time or leaving after the check-out time: the times,
    and that it depends on the cabin being free then, which the owner confirms.
    `luggage`: only the bags are to be left then ("¿podemos dejar las valijas después de
    las 10?"), which the owner confirms all the same."""
    if late:
        times = sorted({clock(c.check_out_time) for c in cabins})
        head = f"La salida es hasta las {' o '.join(times)} 🕑"
        ask = f"Quedarse más tarde{f' (hasta las {hour})' if hour else ''}"
        when = "la cabaña siga libre ese día"
    else:
        times = sorted({clock(c.check_in_time) for c in cabins})
        head = f"El ingreso es desde las {' o '.join(times)} 🕑"
        ask = f"Llegar antes{f' (a las {hour})' if hour else ''}"
        when = "la cabaña esté libre esa mañana"
    if luggage:
        ask = "Dejar el equipaje " + ("después" if late else "antes")
        when = "haya dónde guardarlo ese día"
    return _buttons(
        f"{head} {ask} depende de que {when}, y eso lo confirma el dueño. Si querés, tocá "
        "*Hablar con alguien* y lo consultan por acá 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def on_time(cabins: Sequence[Cabin], hour: str, *, late: bool) -> Text:
    """ "¿Podemos llegar a las 16?" with check-in from 14:00: that hour is fine."""
    if late:
        times = sorted({clock(c.check_out_time) for c in cabins})
        return Text(
            f"¡Sí! La salida es hasta las {' o '.join(times)}, así que a las {hour} está bien 👍"
        )
    times = sorted({clock(c.check_in_time) for c in cabins})
    return Text(
        f"¡Sí! El ingreso es desde las {' o '.join(times)}, así que a las {hour} está bien 👍"
    )


def on_the_road(res: Reservation, cabin: Cabin, eta: dt.time | None, *, early: bool) -> Buttons:
    """ "Estamos llegando en una hora" on the day the stay starts: welcomed, the check-in
    hour, and (`early`: the time they say puts them there before it) that arriving earlier
    is the owner's to confirm."""
    since = clock(cabin.check_in_time)
    head = f"¡Buen viaje! 🚗 Los esperamos en la *{res.cabin_name}*."
    if early and eta is not None:
        body = (
            f"{head} Llegarían tipo {clock(eta)}, y el ingreso es desde las {since} 🕑 Entrar "
            "antes depende de que la cabaña esté lista, y eso lo confirma el dueño: tocá "
            "*Hablar con alguien* y lo consultan por acá 👇"
        )
    else:
        body = (
            f"{head} El ingreso es desde las {since} 🕑 Si necesitan algo para la llegada, "
            "tocá *Hablar con alguien* 👇"
        )
    return _buttons(body, (MENU_HUMAN, "Hablar con alguien"), (MENU_SHOW, "Ver el menú"))


def on_the_road_another_day(res: Reservation) -> Buttons:
    """ "Ya estamos en camino" when the guest's booking starts another day: that day, and a
    person in case the dates are not what they thought."""
    return _buttons(
        f"Ojo 👀 Tu reserva *{res.code}* ({res.cabin_name}) es "
        f"{span(res.check_in, res.check_out)}. Si viajan hoy y hay algo que revisar con las "
        "fechas, tocá *Hablar con alguien* y lo revisan con el dueño 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def arrival_day_booked(res: Reservation, cabin: Cabin, hour: dt.time | None) -> Text:
    """ "Llegamos mañana tipo 15hs" on the booked arrival day: the booking confirmed, the
    check-in hour, and (an hour said before it) that arriving earlier is the owner's."""
    since = clock(cabin.check_in_time)
    head = (
        f"¡Los esperamos! 🙌 Tu reserva *{res.code}* ({res.cabin_name}, "
        f"{span(res.check_in, res.check_out)}) está confirmada ✅"
    )
    if hour is not None and dt.time(6) <= hour < cabin.check_in_time:
        return Text(
            f"{head} El ingreso es desde las {since} 🕑 Llegar antes (a las {clock(hour)}) "
            "depende de que la cabaña esté lista, y eso lo confirma el dueño: escribí "
            "*hablar con una persona* y lo consultan."
        )
    if hour is not None and (hour >= dt.time(20) or hour < dt.time(6)):
        return Text(
            f"{head} El ingreso es desde las {since} 🕑 Para llegar tan tarde (a las "
            f"{clock(hour)}) hay que coordinar la entrega de llaves con el dueño: escribí "
            "*hablar con una persona* y lo arreglan."
        )
    return Text(f"{head} El ingreso es desde las {since} 🕑")


def arrival_another_day(res: Reservation) -> Buttons:
    """ "Llegamos mañana en vez de hoy" from a paid guest: the booked days, and a person,
    as a paid stay is moved by hand."""
    return _buttons(
        f"Ojo 👀 Tu reserva *{res.code}* ({res.cabin_name}) es "
        f"{span(res.check_in, res.check_out)}. Si cambian las fechas de llegada, lo ve alguien "
        "del equipo con el dueño: tocá *Hablar con alguien* y te escriben por acá 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def on_the_road_staying(res: Reservation) -> Text:
    """On the way back to the cabin during the stay: nothing to arrange."""
    return Text(f"¡Dale! 🚗 Cualquier cosa de la *{res.cabin_name}*, escribime por acá 🙂")


def leaving_noted(res: Reservation, cabin: Cabin, name: str | None) -> Text:
    """ "Nos vamos mañana temprano" from a guest staying: the check-out hour of that day."""
    hi = f", {first_name(name)}" if name else ""
    return Text(
        f"¡Gracias por avisar{hi}! 🙌 El {day(res.check_out)} la salida es hasta las "
        f"{clock(cabin.check_out_time)} 🕑 ¡Buen viaje de vuelta! 🚗"
    )


def lost_on_the_way(cabin: Cabin) -> Buttons:
    """ "No encontramos la cabaña", "estamos perdidos": how to get there from the cabin's
    data, and a person (the owner knows the way) one tap away, not handed the chat."""
    return _buttons(
        f"¡Tranqui, ya los ubico! 🙂 Para llegar a la *{cabin.name}*:\n{_where(cabin)}\n"
        "Si igual no la encuentran, tocá *Hablar con alguien* y el dueño los guía 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def arrived_welcome(res: Reservation, cabin: Cabin, name: str | None, *, early: bool) -> Text:
    """ "Ya llegamos", "estamos en la puerta" on the arrival day: welcomed with what they
    need from the data (the check-in hour, the balance, the wifi line, the way out).
    `early`: before the check-in hour, whether the cabin is ready is the owner's to say."""
    hi = f", {first_name(name)}" if first_name(name) else ""
    lines = [
        f"¡Bienvenidos a la *{res.cabin_name}*{hi}! 🙌 Tu reserva *{res.code}* "
        f"({span(res.check_in, res.check_out)}) está confirmada ✅",
        f"🕑 El ingreso es desde las {clock(cabin.check_in_time)}"
        + (
            ": si la cabaña todavía no está lista, escribí *hablar con una persona* y lo "
            "consultan con el dueño."
            if early
            else "."
        ),
    ]
    if (rest := res.total_cents - res.deposit_cents) > 0:
        lines.append(f"💰 El saldo de {money(rest)} se paga al llegar.")
    if wifi := cabin.house_rules.get("wifi"):
        lines.append(f"📶 {wifi}")
    lines.append(
        f"🚪 La salida es el {day(res.check_out)} hasta las {clock(cabin.check_out_time)}. "
        "¡Que lo disfruten! Cualquier cosa, escribime por acá 🙂"
    )
    return Text("\n".join(lines))


def arrived_another_day(res: Reservation) -> Buttons:
    """ "Ya llegamos" when the paid stay starts another day: that day, and a person (they may
    have the dates wrong, or want to come in early)."""
    return _buttons(
        f"Ojo 👀 Tu reserva *{res.code}* ({res.cabin_name}) es "
        f"{span(res.check_in, res.check_out)}. Si ya están allá o hay algo que revisar con las "
        "fechas, tocá *Hablar con alguien* y lo revisan con el dueño 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def local_tips(cabins: Sequence[Cabin]) -> Text:
    """ "¿Dónde podemos comer?", "¿qué nos recomendás hacer?": the owner's own tips when the
    data has them (house rule "tips"), else said not to be there and the owner offered."""
    known = [c for c in cabins if c.house_rules.get("tips")]
    if known:
        return Text(_same_or_each(known, lambda c: c.house_rules["tips"]))
    return Text(
        "Recomendaciones de la zona (dónde comer, qué hacer) no tengo en la info 🙏 Si querés, "
        "escribí *hablar con una persona* y te recomienda el dueño, que la conoce bien 🙂"
    )


def social_pages(cabins: Sequence[Cabin]) -> Text:
    """ "¿Tienen Instagram / página web?": the owner's line when the data has one (house
    rule "social" or "web"), else said not to be there and the owner offered."""
    keys = ("social", "web")
    known = [c for c in cabins if any(c.house_rules.get(k) for k in keys)]
    if known:
        return Text(
            _same_or_each(
                known, lambda c: " ".join(c.house_rules[k] for k in keys if c.house_rules.get(k))
            )
        )
    return Text(
        "El Instagram o la página de las cabañas no los tengo en la info 🤔 Te los pasa el "
        "dueño si escribís *hablar con una persona* 🙂"
    )


def departure_as_booked(res: Reservation, cabin: Cabin) -> Text:
    """ "¿Podemos quedarnos hasta el lunes?" when the paid stay ends that Monday: it does."""
    return Text(
        f"¡Sí! 🙂 Tu reserva *{res.code}* ya es hasta el {day(res.check_out)}: la salida es "
        f"hasta las {clock(cabin.check_out_time)} 🕑"
    )


def on_the_road_unbooked() -> Buttons:
    """On the way, with no confirmed booking at this number (booked by someone else, or
    with another phone): a person looks it up, never a guess."""
    return _buttons(
        "¡Buen viaje! 🚗 No encuentro una reserva confirmada a este número 🤔 Si la hizo otra "
        "persona o con otro teléfono, tocá *Hablar con alguien* y lo revisan 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def night_arrival(cabins: Sequence[Cabin], hour: str | None) -> Buttons:
    """ "¿Puedo llegar a las 2 de la mañana?", "si llegamos tarde, ¿hay problema?": the
    cabin is ready (check-in time passed), but someone has to hand over the keys at that
    hour, which the owner arranges."""
    times = sorted({clock(c.check_in_time) for c in cabins})
    late = f"Para llegar tan tarde (a las {hour})" if hour else "Si llegan de noche,"
    return _buttons(
        f"El ingreso es desde las {' o '.join(times)}, así que la cabaña ya va a estar lista 👍 "
        f"{late} hay que coordinar la entrega de llaves con el dueño: tocá *Hablar con "
        "alguien* y lo arreglan por acá 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def night_arrival_noted(cabins: Sequence[Cabin], hour: str | None) -> Text:
    """A late arrival said beside the dates or the list ("del 15 al 18 para 4, ¿y si
    llegamos tipo 11 de la noche?"): `night_arrival` in words, no buttons, because the
    list (or summary) that comes with it is what the guest answers next."""
    times = sorted({clock(c.check_in_time) for c in cabins})
    late = f"Para llegar tan tarde (a las {hour})" if hour else "Si llegan de noche,"
    return Text(
        f"El ingreso es desde las {' o '.join(times)}, así que la cabaña ya va a estar lista 👍 "
        f"{late} hay que coordinar la entrega de llaves con el dueño: cuando tengas la "
        "reserva, escribí *hablar con una persona* y lo arreglan por acá."
    )


def _search_or_person(body: str) -> Buttons:
    return _buttons(
        body, (MENU_AVAILABILITY, "Buscar de nuevo"), (MENU_HUMAN, "Hablar con alguien")
    )


def late_payment_refund(res: Reservation) -> Buttons:
    """The deposit arrived after the hold lapsed, and someone else took those nights."""
    return _search_or_person(
        f"Llegó tu pago de la seña de *{res.code}* 🙏 pero la reserva ya se había vencido y, "
        f"mientras tanto, otra persona reservó la {res.cabin_name} "
        f"{span(res.check_in, res.check_out)} 😕 Ya le avisé al equipo para que te devuelvan "
        "el pago. ¿Querés que busquemos otra cabaña u otras fechas?"
    )


def cancelled_by_owner(
    res: Reservation, *, paid_cents: int, refund_cents: int, other_currency: bool = False
) -> Buttons:
    """The owner cancelled the guest's hold or stay. What the guest paid is returned whole:
    the cancellation was ours, not the guest's (README, "Booking engine"). The owner's
    reason is not passed on: it is written for the owner's records."""
    if refund_cents > 0 or other_currency:
        if other_currency:
            what = "lo que pagaste"  # an amount in another currency: no peso figure to give
        elif refund_cents >= paid_cents:
            what = f"todo lo que pagaste de seña ({money(refund_cents)})"
        else:
            what = f"lo que falta devolverte de la seña ({money(refund_cents)})"
        money_line = (
            f"Como la cancelación fue de nuestra parte, te devolvemos {what} por Mercado Pago, "
            "y alguien del equipo te escribe por acá para confirmártelo."
        )
    elif paid_cents > 0:
        money_line = "La seña que pagaste ya te la devolvimos por Mercado Pago."
    else:
        money_line = "Como todavía no habías pagado la seña, no se te cobró nada."
    return _search_or_person(
        f"Te escribimos para avisarte que tuvimos que cancelar tu reserva *{res.code}* "
        f"({res.cabin_name}, {span(res.check_in, res.check_out)}) 😕 {money_line} "
        "Perdón por el inconveniente 🙏 ¿Querés que busquemos otra cabaña u otras fechas?"
    )


def payment_mismatch(res: Reservation, amount_cents: int, currency: str, *, live: bool) -> Buttons:
    """A payment short of the deposit, or not in pesos, did not confirm the hold. The guest
    is not asked to pay again (two payments to untangle): a person sorts it out, completing
    the deposit or returning the payment (README, "Payments")."""
    if currency and currency != "ARS":
        paid = money(amount_cents).replace("$", currency)
        why = f"pero la seña se paga en pesos ({money(res.deposit_cents)})"
    else:
        paid = money(amount_cents)
        why = f"pero la seña es de {money(res.deposit_cents)}"
    got = f"Recibimos tu pago de {paid} para la reserva *{res.code}* 🙏 {why},"
    if live:
        return _buttons(
            f"{got} así que todavía no la pude confirmar 😕 No vuelvas a pagar: ya le avisé al "
            "equipo y te escriben por acá para completar la seña o devolverte el pago. Si "
            "querés resolverlo ya, tocá *Hablar con alguien*.",
            (MENU_HUMAN, "Hablar con alguien"),
        )
    return _search_or_person(
        f"{got} así que no pude confirmar la reserva, que además ya se venció 😕 Ya le avisé "
        "al equipo para que te devuelvan el pago. ¿Querés que busquemos otra cabaña u otras "
        "fechas?"
    )


def lapsed_hold_paid(res: Reservation) -> Buttons:
    """ "Ya pagué" about a hold that lapsed, before the payment is seen."""
    return _search_or_person(
        f"Tu reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
        "se venció antes de que llegara el pago de la seña 😕 Si ya pagaste, cuando Mercado "
        "Pago lo acredite te aviso por acá: si esas fechas siguen libres queda confirmada, y si "
        "no, te devolvemos el pago. ¿Querés que busquemos lugar mientras tanto?",
    )


def payment_confirmed(
    res: Reservation, cabin: Cabin | None, *, booked_for: str | None = None
) -> Text:
    which = f"La reserva *{res.code}* a nombre de *{booked_for}*" if booked_for else None
    lines = [
        f"¡Pago recibido! 🎉 {which or f'Tu reserva *{res.code}*'} está confirmada.",
        f"🏡 {res.cabin_name}",
        f"📅 {span(res.check_in, res.check_out)}",
    ]
    if cabin is not None:
        lines.append(
            f"🔑 Ingreso desde las {clock(cabin.check_in_time)}, "
            f"salida hasta las {clock(cabin.check_out_time)}"
        )
        if cabin.address:
            lines.append(f"📍 {cabin.address}")
        if cabin.maps_url:
            lines.append(cabin.maps_url)
    if booked_for:
        # The guest is not the one travelling: the details are theirs to pass on.
        lines.append(f"Pasale estos datos a {booked_for} 😊 Cualquier cosa, escribime por acá.")
    else:
        lines.append("¡Te esperamos! Cualquier cosa, escribime por acá 😊")
    return Text("\n".join(lines))


def payment_failed(res: Reservation, url: str | None, *, demo: bool) -> Text:
    retry = (
        f" Podés intentar de nuevo acá: {'🧪 (link de prueba) ' if demo else ''}{url}"
        if url
        else " En un ratito te mando un link nuevo."
    )
    return Text(f"El pago de la seña de tu reserva *{res.code}* no se pudo acreditar 😕{retry}")


def link_ready(res: Reservation, url: str, *, demo: bool) -> Text:
    label = "🧪 Link de prueba (no se cobra nada):\n" if demo else ""
    return Text(
        f"¡Acá está el link para pagar la seña de tu reserva *{res.code}* "
        f"({money(res.deposit_cents)}):\n{label}{url}"
    )


# ------------------------------------------------------------------ cancellation


def no_reservations(code: str | None = None) -> list[Outbound]:
    which = f"la reserva *{code}*" if code else "reservas activas"
    return [
        Text(
            f"No encontré {which} con este número 🤔 Si la hiciste desde otro teléfono, "
            "escribí *hablar con una persona* y lo vemos."
        ),
        menu("¿Te ayudo con otra cosa?"),
    ]


def platform_reservation(platform: str, *, cancel: bool) -> Text:
    """A reservation the guest made on Airbnb, Booking.com or another platform: its nights
    reach us by the calendar, not the guest, so it is seen, changed and cancelled there, on
    its terms. `cancel`: a cancellation or a change was asked for."""
    if cancel:
        return Text(
            f"Las reservas hechas por {platform} se cancelan o se cambian desde {platform}, "
            "con sus condiciones 📲 Acá solo veo las que se hacen por este chat. Si necesitás "
            "algo del dueño, escribí *hablar con una persona*."
        )
    return Text(
        f"¡Ah, por {platform}! 🙌 Esa reserva la ves y la manejás desde {platform}: ahí se "
        "cambia o se cancela, con sus condiciones. Si tenés una consulta de la cabaña o "
        "necesitás algo del dueño, escribime por acá 🙂"
    )


def change_needs_a_person(confirmed: Sequence[Reservation]) -> Buttons:
    """A guest asks to change a paid stay (dates, nights, people): a person does that."""
    stays, one = _stays_named(confirmed)
    which = (
        f"Tu reserva {stays} ya está confirmada"
        if one
        else (f"Tus reservas {stays} ya están confirmadas")
    )
    return _buttons(
        f"{which} ✅ Los cambios (fechas, noches, personas, cabaña o a nombre de quién está) "
        "los ve "
        "alguien del equipo, así te confirman si hay lugar y la diferencia de precio. Tocá "
        "*Hablar con alguien* y te escriben por acá 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def _extra(extra: Stay) -> str:
    if extra.nights == 1:
        return f"la noche del {day(extra.check_in)}"
    return f"esas {extra.nights} noches ({span(extra.check_in, extra.check_out)})"


def extra_night_free(res: Reservation, extra: Stay, longer: Stay, cost_cents: int) -> Buttons:
    """An extra night asked for on a paid stay, free: the owner adjusts the booking."""
    return _buttons(
        f"¡Buena noticia! La *{res.cabin_name}* está libre {_extra(extra)} 🙌 Tu reserva "
        f"*{res.code}* quedaría {span(longer.check_in, longer.check_out)}, con "
        f"{money(cost_cents)} más. Eso lo ajusta a mano alguien del equipo (te pasa cómo "
        "pagar la diferencia): tocá *Hablar con alguien* y te escriben por acá 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def extra_night_taken(res: Reservation, extra: Stay) -> Buttons:
    """An extra night asked for on a paid stay, taken: said, a person offered anyway."""
    return _buttons(
        f"Uy, la *{res.cabin_name}* ya está ocupada {_extra(extra)} 😕, así que no puedo "
        f"sumarla a tu reserva *{res.code}*. Si querés ver otra opción con alguien del equipo, "
        "tocá *Hablar con alguien* 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def booking_unchanged(confirmed: Sequence[Reservation]) -> Text:
    """ "Somos 2 igual" after the offer to change a paid stay for 2: nothing to change."""
    shown = confirmed[:3]
    stays = "; ".join(
        f"*{r.code}* ({r.cabin_name}, {span(r.check_in, r.check_out)})" for r in shown
    )
    which = "Tu reserva" if len(shown) == 1 else "Tus reservas"
    already = "ya es" if len(shown) == 1 else "ya son"
    stays_as = "queda como está" if len(shown) == 1 else "quedan como están"
    return Text(
        f"¡Perfecto! {which} {stays} {already} para {people(shown[0].guests)}, así que "
        f"{stays_as} ✅ Si buscás otra estadía, pasame las fechas 📅"
    )


def code_not_found(code: str, yours: int) -> Text:
    which = "Esta es la que tenés" if yours == 1 else "Estas son las que tenés"
    return Text(f"No encontré la reserva *{code}* entre las de este número 🤔 {which}:")


def cancel_list(
    reservations: Sequence[Reservation],
    *,
    again: bool = False,
    month: int | None = None,
    every: bool = False,
) -> ListMessage:
    """The guest's reservations to cancel one of; `month`: only those of the month they
    named ("la de marzo" with two in March); `every`: all of them were asked for ("anulá
    todo", "cancelá las dos"), and they are cancelled one at a time."""
    rows = [
        _row(
            f"res:{r.code}",
            r.cabin_name,
            f"{short_span(r.check_in, r.check_out)} · {r.code} · {status_word(r.status)}",
        )
        for r in reservations
    ]
    body = (
        f"Decime cuál: tocá *Ver reservas*, o escribime el número (del 1 al {len(rows)}) "
        "o el código 🙂"
        if again
        else "¿Qué reserva querés cancelar? 👇"
    )
    if every:
        body = (
            f"Tenés {len(rows)} reservas 🙂 Las cancelamos de a una: elegí la primera 👇 "
            "y después escribime *cancelar* para la siguiente."
        )
    if month is not None:
        body = (
            f"En {MONTHS[month - 1]} tenés {len(rows)} reservas 🙂 ¿Cuál querés cancelar? "
            "Tocá *Ver reservas*, o escribime el número o el código."
        )
    return _list(body, "Ver reservas", rows, "Tus reservas")


def status_word(status: str) -> str:
    return {"pre_reserved": "sin pagar", "confirmed": "confirmada"}.get(status, "")


def ask_cancel(res: Reservation, *, again: bool = False, refund_said: bool = False) -> Buttons:
    """`refund_said`: the refund was just answered (`cancel_refund_note`), not said twice."""
    extra = (
        "\nComo ya pagaste la seña, alguien del equipo te va a escribir para ver la devolución."
        if res.status == "confirmed" and not refund_said
        else ""
    )
    body = (
        f"¿Cancelo la reserva *{res.code}* o la dejamos como está? Tocá un botón 👇"
        if again
        else f"¿Seguro que querés cancelar la reserva *{res.code}* en {res.cabin_name}, "
        f"{span(res.check_in, res.check_out)}?{extra}"
    )
    # The code rides in the ids: "Sí, cancelar" on the question about another
    # reservation must never cancel the one asked about now.
    return _buttons(
        body,
        (f"{CANCEL_YES}:{res.code}", "Sí, cancelar"),
        (f"{CANCEL_NO}:{res.code}", "No, mantener"),
    )


def cancel_help(res: Reservation) -> Buttons:
    """ "ayuda" at "¿Seguro que querés cancelar?": what each button does, with them at hand
    (nothing is cancelled or dropped)."""
    paid = (
        " Como ya pagaste la seña, alguien del equipo te escribe para ver la devolución."
        if res.status == "confirmed"
        else ""
    )
    return _buttons(
        f"Te cuento 🙂 Todavía no cancelé nada. Sobre la reserva *{res.code}* "
        f"({res.cabin_name}, {span(res.check_in, res.check_out)}):\n"
        f"• *Sí, cancelar*: la cancelo y la cabaña se libera.{paid}\n"
        "• *No, mantener*: queda como está.\n"
        "Si preferís hablarlo, escribí *hablar con una persona*.",
        (f"{CANCEL_YES}:{res.code}", "Sí, cancelar"),
        (f"{CANCEL_NO}:{res.code}", "No, mantener"),
    )


def nothing_held() -> Text:
    return Text(
        "Ese resumen no quedó guardado (no llegó a confirmarse o ya se liberó), así que no "
        "hay nada que cancelar 👍"
    )


def summary_checked() -> Text:
    return Text("Ese resumen es de hace un rato, así que revisé de nuevo la disponibilidad 👇")


def code_gone(code: str) -> Text:
    return Text(f"La reserva *{code}* ya no está activa, así que no hay nada que hacer con ella 👍")


def already_cancelled(res: Reservation) -> Text:
    return Text(f"La reserva *{res.code}* ya está cancelada ✅ No hace falta hacer nada más.")


def hold_lapsed(res: Reservation) -> Text:
    """ "Cancelar" tapped for a hold that is no longer there."""
    return Text(
        f"La reserva *{res.code}* ya se había liberado (no llegó la seña a tiempo), así que "
        "no hace falta cancelar nada 👍"
    )


def already_held(res: Reservation) -> Text:
    return Text(f"¡Esa ya la tenés guardada! 🙌 Es tu reserva *{res.code}*.")


def hold_stays_while_searching(
    res: Reservation, until: dt.time | None, *, second: bool = False
) -> Text:
    """Other dates searched while a hold waits for its deposit. `second`: a second cabin
    asked for on purpose ("otra cabaña"), so the first is kept, not offered to be let go."""
    when = f" hasta las {clock(until)}" if until else ""
    if second:
        return Text(
            f"Tu reserva *{res.code}* ({res.cabin_name}) sigue guardada{when} 👍 Acordate de "
            "pagar su seña para confirmarla."
        )
    return Text(
        f"Tu reserva *{res.code}* ({res.cabin_name}) sigue guardada{when}; si no pagás la "
        "seña, se libera sola. Si la querés soltar ya, escribí *cancelar reserva*."
    )


def hold_party_changed(res: Reservation, capacity: int, before: int) -> Text:
    """Another head count said while the hold waits for its deposit, and the held cabin
    sleeps them: the hold now says so; the price is per cabin, so it stays."""
    if res.guests == before:
        return Text(f"Tu reserva *{res.code}* ya es para {people(res.guests)} 👍")
    return Text(
        f"¡Listo! Tu reserva *{res.code}* ahora es para {people(res.guests)} 👍 La "
        f"*{res.cabin_name}* es para hasta {people(capacity)} y el precio es por cabaña, así "
        f"que no cambia: la seña sigue siendo de {money(res.deposit_cents)}."
    )


def hold_party_would_fit(res: Reservation, capacity: int, guests: int) -> Text:
    """ "¿Y si somos 4?" with a hold whose cabin sleeps them: yes, same price, and how to
    change the hold (a question changes nothing)."""
    return Text(
        f"La *{res.cabin_name}* es para hasta {people(capacity)}, así que para "
        f"{people(guests)} también te sirve, y al mismo precio (es por cabaña) 👍 Si al "
        f"final son {guests}, escribime *somos {guests}* y cambio tu reserva *{res.code}*."
    )


def hold_dates_changed(
    res: Reservation, until: dt.time | None, url: str | None, *, demo: bool
) -> Text:
    """A hold waiting for its deposit moved or made longer on the guest's word: its new
    stay, price and deposit, and the link for the new deposit (the old one was for the
    old amount); without a link yet (Mercado Pago down) it is said to come later."""
    when = f" Sigue guardada hasta las {clock(until)}." if until else ""
    head = (
        f"¡Listo! Cambié tu reserva *{res.code}* ({res.cabin_name}): "
        f"{span(res.check_in, res.check_out)} ({nights(res.nights)}) 🙌 "
        f"Total {money(res.total_cents)}, seña {money(res.deposit_cents)}.{when}"
    )
    if url is None:
        return Text(f"{head}\nEl link para pagar la seña nueva te lo mando en un ratito.")
    label = "🧪 Link de prueba (no se cobra nada):\n" if demo else ""
    return Text(f"{head}\nPagá la seña nueva con este link (no el de antes):\n{label}{url}")


def hold_dates_taken(res: Reservation, check_in: dt.date, check_out: dt.date) -> Text:
    """Other nights asked for a hold whose cabin is taken on some of them: the hold stays
    as it was (said before the list of what is free then)."""
    return Text(
        f"La *{res.cabin_name}* no está libre {span(check_in, check_out)}, así que tu reserva "
        f"*{res.code}* sigue como estaba ({short_span(res.check_in, res.check_out)})."
    )


_WEEKDAY_WORDS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def weekday_mismatch(wrong: Sequence[tuple[dt.date, int]]) -> Text:
    """Days named with a weekday they are not ("el viernes 6" on a Saturday): which weekday
    each is, before what was searched for those day numbers."""
    parts = [
        f"el {date:%d/%m} cae {_WEEKDAY_WORDS[date.weekday()]}, no {_WEEKDAY_WORDS[said]}"
        for date, said in wrong
    ]
    told = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])}, y {parts[-1]}"
    return Text(
        f"Ojo 👀: {told}. Tomé las fechas por el número de día; si era otro, decime cuál 🙂"
    )


def dates_reversed(check_in: dt.date, check_out: dt.date) -> Text:
    """A departure written before the arrival ("del 20/3 al 15/3"): both days said back,
    and the stay the other way round offered (a "dale" takes it)."""
    first, last = sorted((check_in, check_out))
    return Text(
        f"Mmm, me quedó la salida ({day(check_out)}) antes que la llegada ({day(check_in)}) 🤔 "
        f"¿Es {span(first, last)}? Decime *dale*, o pasame las fechas de nuevo 🙂"
    )


def reservations_not_cancelled(kept: Sequence[Reservation]) -> Text:
    """A typed "cancelar" dropped the search, not the guest's reservation(s), which stand."""
    if len(kept) == 1:
        res = kept[0]
        return Text(
            f"Tu reserva *{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)}) "
            "sigue en pie, no la toqué. Si la querés cancelar, escribí *cancelar reserva*."
        )
    codes = ", ".join(f"*{res.code}*" for res in kept)
    return Text(
        f"Tus reservas ({codes}) siguen en pie, no toqué ninguna. Si querés cancelar alguna, "
        "escribí *cancelar reserva*."
    )


def other_holds_too(
    others: Sequence[tuple[Reservation, dt.time | None]], *, same_stay: bool = False
) -> Text:
    """A second hold placed while the first still waits for its deposit: both stand.
    `same_stay`: they are all for this stay (a group's cabins, booked one at a time), so
    each deposit is to be paid, not the other hold dropped."""
    lines = [
        f"*{res.code}* ({res.cabin_name}, {span(res.check_in, res.check_out)})"
        + (f" hasta las {clock(until)}" if until else "")
        for res, until in others
    ]
    many = len(lines) > 1
    them = "las" if many else "la"
    kept = "siguen guardadas tus reservas" if many else "sigue guardada tu reserva"
    if same_stay:
        return Text(
            f"Ojo: también {kept} {' y '.join(lines)} 👀 Cada cabaña se confirma con su "
            f"seña: acordate de pagar {'esas también' if many else 'esa también'}."
        )
    return Text(
        f"Ojo: también {kept} {' y '.join(lines)} 👀 Si no {them} vas a usar, escribí "
        f"*cancelar reserva* y {them} "
        f"suelto (sin la seña, se {'liberan solas' if many else 'libera sola'})."
    )


def receipt_received(res: Reservation, url: str | None, *, demo: bool, asked: bool = False) -> Text:
    """A photo or file sent while the deposit is pending: most likely the receipt. Asked
    ("¿tengo que mandar comprobante?"), nothing was sent: no thanks for it."""
    link = f"\nSi todavía no pagaste, el link es: {'🧪 (link de prueba) ' if demo else ''}{url}"
    news = f"penas Mercado Pago acredite la seña de *{res.code}* te aviso por acá ✅"
    if asked:
        said = f"Tranqui, no hace falta el comprobante 🙂 A{news}"
    else:
        said = (
            "¡Gracias! 🙌 No puedo abrir imágenes ni archivos, pero no hace falta el "
            f"comprobante: a{news}"
        )
    return Text(said + (link if url else ""))


def nothing_cancelled() -> Text:
    return Text("¡Tranqui, no cancelo nada! 👍 Cualquier cosa, escribime por acá.")


def cancelled(res: Reservation, *, paid: bool = False) -> Text:
    if paid:
        return Text(
            f"Listo, cancelé la reserva *{res.code}* ✅ Ya le avisé al equipo: te van a escribir "
            f"por acá para ver la devolución de la seña de {money(res.deposit_cents)} 🙏"
        )
    return Text(
        f"Listo, cancelé la reserva *{res.code}* ✅ ¡Ojalá te podamos recibir en otra ocasión!"
    )


def cancel_refund_note(res: Reservation) -> Text:
    """ "¿Me devuelven la seña?" asked about the reservation being cancelled."""
    if res.status == "confirmed":
        return Text(
            f"Ya pagaste la seña de {money(res.deposit_cents)}: si cancelás, le aviso al equipo "
            "y te escriben por acá para ver la devolución 🙏"
        )
    return Text("Esta reserva todavía no tiene la seña paga, así que cancelarla no tiene costo 🙂")


def cancel_terms(res: Reservation) -> Text:
    """ "¿La seña es reintegrable si cancelo?" with a reservation live: what cancelling it
    costs now, and how; nothing is cancelled."""
    how = f"Si algún día la tenés que cancelar, escribime *cancelar reserva* (es la *{res.code}*)."
    if res.status == "confirmed":
        return Text(
            f"Si cancelás, le aviso al equipo y te escriben por acá para ver la devolución de la "
            f"seña ({money(res.deposit_cents)}) 🙏 {how}"
        )
    return Text(
        "Mientras no pagues la seña, cancelarla no tiene costo 🙂 Si ya la pagaste y cancelás, "
        f"alguien del equipo te escribe por acá para ver la devolución. {how}"
    )


def paid_before_cancelling(res: Reservation) -> Text:
    """ "Pero ya pagué la seña" while asked "¿seguro que cancelo?"."""
    if res.status == "confirmed":
        return cancel_refund_note(res)
    # A deposit that lands after the cancellation reaches the owner as one to refund.
    return Text(
        f"Todavía no me figura acreditada la seña de *{res.code}* (a veces Mercado Pago demora "
        "unos minutos) 🙏 Si la cancelás y el pago llega igual, le aviso al equipo y te "
        "escriben por acá para la devolución. Si preferís esperar, tocá *No, mantener* y te "
        "aviso apenas se acredite."
    )


def refund_after_cancel(res: Reservation, *, paid: bool) -> Text:
    """ "¿Me devuelven la seña?" right after cancelling: about that very reservation."""
    if paid:
        return Text(
            # No "Sí": the same words answer "¿me la devuelven?" and "¿cuándo?".
            f"Ya le avisé al equipo que cancelaste la *{res.code}* con la seña de "
            f"{money(res.deposit_cents)} paga 🙏 Te van a escribir por acá para coordinar "
            "cuándo y cómo te hacen la devolución. Si querés hablarlo ya, escribí "
            "*hablar con una persona*."
        )
    return Text(
        f"La reserva *{res.code}* no tenía la seña paga, así que no se te cobró nada y no hay "
        "nada que devolver 🙂"
    )


def cancel_regret(res: Reservation, *, paid: bool) -> Text:
    """ "¡No quise cancelar!" once the cancellation went through."""
    if paid:
        return Text(
            f"Uy 😕 La reserva *{res.code}* ya quedó cancelada y por acá no la puedo "
            "recuperar. Escribí *hablar con una persona* y el equipo lo ve con vos, "
            "que ya sabe lo de tu seña 🙏"
        )
    return Text(
        f"Uy 😕 La reserva *{res.code}* ya quedó cancelada y no la puedo deshacer, pero me "
        "fijo si esas fechas siguen libres 👇"
    )


def change_dates_by_person() -> Text:
    """ "¿Puedo cambiar la fecha en vez de cancelar?" while asked "¿seguro?"."""
    return Text(
        "Para cambiar las fechas de una reserva escribí *hablar con una persona* y el equipo "
        "lo ve con vos 🙂 Mientras tanto no cancelo nada."
    )


def kept(res: Reservation | None) -> Text:
    code = f" *{res.code}*" if res else ""
    return Text(f"¡Perfecto! Tu reserva{code} sigue en pie 👍")


def kept_unpaid(res: Reservation, url: str | None, *, demo: bool, until: dt.time | None) -> Text:
    """ "No, mantener" for a hold still waiting for its deposit: the link and until when."""
    when = f" hasta las {clock(until)}" if until else ""
    if url is None:
        return Text(
            f"¡Perfecto! Tu reserva *{res.code}* sigue en pie 👍 Queda guardada{when}; "
            "el link para pagar la seña te llega en un ratito ⏳"
        )
    label = "🧪 (link de prueba) " if demo else ""
    return Text(
        f"¡Perfecto! Tu reserva *{res.code}* sigue en pie 👍 Queda guardada{when}: para "
        f"confirmarla, pagá la seña de {money(res.deposit_cents)} acá: {label}{url}"
    )


def cannot_cancel() -> Text:
    return Text(
        "No pude cancelar esa reserva por acá 😕 Escribí *hablar con una persona* y lo resolvemos."
    )


# ------------------------------------------------------------------ information

TOPIC_FALLBACK = {
    "pets": "Sobre mascotas, consultalo con el equipo: escribí *hablar con una persona*.",
    "wifi": "Sobre el wifi, consultalo con el equipo: escribí *hablar con una persona*.",
    "parking": "Sobre el auto, consultalo con el equipo: escribí *hablar con una persona*.",
    "smoking": "No se fuma dentro de las cabañas.",
}


def info(
    topic: str | None, cabins: Sequence[Cabin], cabin: Cabin | None, *, theirs: bool = False
) -> Text:
    """Answer from the cabin's data; with no cabin in mind, from all of them. `theirs`:
    the stay is for others (the guest's parents, say), so the times speak of them."""
    shown = [cabin] if cabin is not None else list(cabins)
    if not shown:
        return Text("Ahora mismo no tengo cabañas publicadas 😕 Escribí *hablar con una persona*.")
    if topic in ("checkin", "checkout", "times"):
        return Text(_same_or_each(shown, lambda c: _times(c, theirs=theirs)))
    if topic == "amenities":
        return Text(_same_or_each(shown, _includes))
    if topic in ("location", "directions"):
        return Text(_same_or_each(shown, _where))
    if topic in ("pets", "wifi", "parking", "smoking"):
        return Text(
            _same_or_each(shown, lambda c: c.house_rules.get(topic) or TOPIC_FALLBACK[topic])
        )
    return cabins_overview(shown)


AMENITY_NAMES = {
    "pool": "pileta",
    "grill": "parrilla",
    "linens": "ropa de cama y toallas",
    "breakfast": "desayuno",
    "view": "vista",
}


def amenity_detail(
    thing: str, detail: str, having: Sequence[Cabin], asked: Sequence[Cabin]
) -> Text:
    """ "¿Tiene pileta?" … "¿y está climatizada?": what the data says of `thing` again, and
    that the `detail` asked ("está climatizada") is not in it; the owner confirms."""
    confirm = "Si querés confirmarlo, escribí *hablar con una persona* 🙏"
    if not having:
        where = f"de la *{asked[0].name}*" if len(asked) == 1 else "de las cabañas"
        return Text(
            f"En la info {where} no figura {thing}, así que tampoco te sé decir si {detail} 🤔 "
            f"{confirm}"
        )
    if len(having) == len(asked) and len(asked) > 1:
        who = "Todas tienen"
    else:
        who = " y ".join(f"la *{c.name}*" for c in having)
        who = f"{who[0].upper()}{who[1:]} {'tiene' if len(having) == 1 else 'tienen'}"
    return Text(f"{who} {thing}, pero la info no dice si {detail} 🤔 {confirm}")


# A house rule's thing as a follow-up names it: "Del wifi sé esto: …".
_RULE_THING_NAMES = {"wifi": "wifi", "parking": "estacionamiento"}


def rule_detail(rule: str, cabins: Sequence[Cabin], detail: str) -> Text:
    """ "¿Hay wifi?" … "¿es rápido?": what the cabins' rule says of the thing again, and that
    the `detail` asked ("es rápido", "qué velocidad tiene") is not in it; the owner confirms."""
    name = _RULE_THING_NAMES.get(rule, rule)
    said = _same_or_each(cabins, lambda c: c.house_rules.get(rule) or TOPIC_FALLBACK[rule])
    joined = "si " if not detail.startswith(("qué", "cuánt", "cómo")) else ""
    return Text(
        f"Del {name} sé esto: {said}\nPero la info no dice {joined}{detail} 🤔 Si querés "
        "confirmarlo, escribí *hablar con una persona* 🙏"
    )


def amenity(
    thing: str,
    found: Sequence[tuple[Cabin, str]],
    asked: Sequence[Cabin],
    *,
    only: Cabin | None = None,
    bring: bool = False,
) -> Text:
    """Which of the cabins asked about list `thing`, in the owner's own words. A cabin
    whose data does not list it is not said to lack it: the owner confirms (said once).
    `bring`: asked as "¿hay que llevar toallas?", where a "¡Sí!" would read "bring them"."""
    if not found:
        # The two cabins of a list named ("¿el total incluye ropa de cama?" under it).
        where = "de las cabañas"
        if only is not None:
            where = f"de la *{only.name}*"
        elif len(asked) == 2:
            where = "de la " + " y la ".join(f"*{c.name}*" for c in asked)
        return Text(
            f"En la info {where} no figura {thing} 🤔 Si querés confirmarlo, "
            "escribí *hablar con una persona*."
        )
    yes = "No hace falta llevar eso 🙌" if bring else "¡Sí!"
    if only is not None:
        return Text(f"{yes} La *{only.name}* tiene {found[0][1]}" + ("" if bring else " 🙌"))
    said = {listed for _, listed in found}
    if len(found) == len(asked):
        if len(said) == 1:
            return Text(f"{yes} Todas tienen {found[0][1]}" + ("" if bring else " 🙌"))
        head = yes if bring else f"{yes} 🙌"
        return Text(f"{head}\n" + "\n".join(f"• *{c.name}*: {listed}" for c, listed in found))
    having = {c.id for c, _ in found}
    lacking = " y la ".join(f"*{c.name}*" for c in asked if c.id not in having)
    missing = (
        f"De la {lacking} no lo tengo en la info: te lo confirma el dueño si escribís "
        "*hablar con una persona* 🙂"
    )
    if len(found) == 1:
        cabin, listed = found[0]
        detail = "" if listed.lower() == thing.lower() else f" ({listed})"
        return Text(f"La que tiene {thing} es la *{cabin.name}*{detail} 🙌 {missing}")
    lines = [f"• *{c.name}*: {listed}" for c, listed in found]
    return Text(f"Tienen {thing}:\n" + "\n".join(lines) + f"\n{missing}")


def fuel_not_listed(
    fuel: str, found: Sequence[tuple[Cabin, str]], asked: Sequence[Cabin], *, only: Cabin | None
) -> Text:
    """ "¿Hay leña?" when the data says "hogar a leña": the cabins with the thing that burns
    it, and that the data does not say the `fuel` itself comes with the cabin."""
    said = {listed for _, listed in found}
    if only is not None:
        head = f"La *{only.name}* tiene {found[0][1]}"
    elif len(found) == len(asked) > 1 and len(said) == 1:
        head = f"Todas tienen {found[0][1]}"
    elif len(said) == 1:
        who = " y la ".join(f"*{c.name}*" for c, _ in found)
        head = f"La {who} {'tiene' if len(found) == 1 else 'tienen'} {found[0][1]}"
    else:
        head = "\n".join(f"• *{c.name}*: {listed}" for c, listed in found)
    return Text(
        f"{head}, pero la info no dice si la cabaña trae {fuel} o hay que llevar 🤔 "
        "Te lo confirma el dueño si escribís *hablar con una persona* 🙂"
    )


def sizes_ranked(
    cabins: Sequence[Cabin], *, big: bool, take: bool = False
) -> tuple[Text, Cabin | None]:
    """ "¿Cuál es la más grande?" (`big`) or "¿cuál es la más chica?": that cabin, with its
    own description, then how many each other one sleeps; with the cabin when it is one
    alone (several of the same size are named together). `take`: a list is on screen and
    "dale" takes it next."""
    ranked = sorted(cabins, key=lambda c: c.capacity, reverse=big)
    edge = ranked[0].capacity
    asked = [c for c in ranked if c.capacity == edge]
    word = "grande" if big else "chica"
    if len(asked) == 1:
        lead = f"La más {word} es la *{asked[0].name}*, para hasta {people(edge)} 🏡"
        if asked[0].description:
            lead += f" {asked[0].description}"
    else:
        names = " y la ".join(f"*{c.name}*" for c in asked)
        lead = f"Las más {word}s son la {names}: para hasta {people(edge)} cada una 🏡"
    lines = [lead, *(f"• *{c.name}*: hasta {people(c.capacity)}" for c in ranked[len(asked) :])]
    if take and len(asked) == 1:
        lines.append("Si te sirve esa, escribime *dale* y te paso el resumen.")
    return Text("\n".join(lines)), asked[0] if len(asked) == 1 else None


def capacities(cabins: Sequence[Cabin]) -> Text:
    lines = [f"• *{c.name}*: hasta {people(c.capacity)}" for c in cabins]
    return Text("Capacidad de cada cabaña 👥\n" + "\n".join(lines))


def payment_terms(deposit_percent: int, hold_minutes: int, *, asked: str | None = None) -> Text:
    """How to pay; `asked` is the way the guest asked about (cuotas, efectivo, transferencia,
    resto, todo)."""
    if asked == "cuotas":
        # Instalments are whatever Mercado Pago's checkout offers for the guest's card, and
        # interest-free ones depend on it: we say so rather than promise them.
        return Text(
            f"La seña del {deposit_percent} % se paga con el link de Mercado Pago 💳 Las cuotas "
            "las pone Mercado Pago: al pagar ves las que te ofrece para tu tarjeta y si tienen "
            "interés (cuotas sin interés no te las puedo prometer 🙏). El resto se paga al llegar."
        )
    deposit = (
        f"La seña del {deposit_percent} % se paga con Mercado Pago "
        "(tarjeta de crédito, débito o dinero en cuenta) 💳"
    )
    if asked in ("efectivo", "transferencia", "dólares"):
        way = _paid_by(asked)
        return Text(
            f"{deposit}: por acá no puedo tomarla {way} 🙏 El resto se paga al llegar; "
            f"si lo querés pagar {way}, escribí *hablar con una persona* y lo coordinan."
        )
    if asked == "resto":
        return Text(f"{deposit} para reservar, y el resto se paga al llegar a la cabaña 🙂")
    if asked == "todo":
        return Text(
            f"{deposit}: por acá se paga la seña para reservar, y el resto al llegar 🙂 Si "
            "preferís pagar otra parte ahora, escribí *hablar con una persona* y lo coordinan."
        )
    return Text(
        f"Para reservar se paga una seña del {deposit_percent} % con Mercado Pago "
        "(tarjeta de crédito, débito o dinero en cuenta) 💳 y el resto, al llegar. "
        f"Cuando elegís la cabaña te la guardo {hold_minutes} minutos mientras pagás."
    )


def rest_after_deposit(res: Reservation, way: str | None) -> Text:
    """How to pay, asked once the deposit is paid: what is left and when, and a way of
    paying it (`way`, as in `payment_terms`) arranged with the owner."""
    done = f"La seña de {money(res.deposit_cents)} de *{res.code}* ya está paga ✅"
    rest = res.total_cents - res.deposit_cents
    if rest <= 0:
        return Text(f"{done} Con eso queda todo pago 🙌")
    if way in ("efectivo", "transferencia", "dólares"):
        how = (
            f"si los querés pagar {_paid_by(way)}, escribí *hablar con una persona* y lo coordinan."
        )
    elif way in ("todo", "cuotas"):
        how = "si los querés pagar antes o de otra forma, escribí *hablar con una persona*."
    else:
        how = "cómo pagarlos lo coordinás con el dueño (escribí *hablar con una persona*)."
    return Text(f"{done} Los {money(rest)} restantes se pagan al llegar a la cabaña; {how}")


def deposit_receipt(res: Reservation) -> Text:
    """A paid guest asks us for the deposit's receipt: Mercado Pago sent it."""
    return Text(
        f"El comprobante de la seña de *{res.code}* ({money(res.deposit_cents)}) te lo mandó "
        "Mercado Pago a tu correo cuando pagaste, y también lo ves en tu cuenta de Mercado Pago, "
        "en *Actividad* 🧾 Si necesitás factura, escribí *hablar con una persona*."
    )


def pay_way_insisted(way: str) -> Text:
    """A way of paying the deposit we cannot take, asked for again: heard, and who can."""
    return Text(
        f"Entiendo 🙏 Por acá la seña solo la puedo cobrar con el link de Mercado Pago, que "
        f"también acepta débito; el resto se paga al llegar. Si necesitás pagar la seña sí o "
        f"sí {_paid_by(way)}, escribí *hablar con una persona* y el dueño lo coordina con vos."
    )


def _paid_by(way: str) -> str:
    """ "en efectivo", "en dólares", but "por transferencia"."""
    return f"por {way}" if way == "transferencia" else f"en {way}"


def minimum_stay(cabins: Sequence[Cabin]) -> Text:
    def least(c: Cabin) -> str:
        text = nights(c.min_nights)
        longer = sorted(
            {(s.min_nights, s.name) for s in c.seasons if (s.min_nights or 0) > c.min_nights}
        )
        if longer:
            names = " y ".join(dict.fromkeys(name for _, name in longer))
            text += f" ({longer[-1][0]} en {names})"
        return text

    text = _same_or_each(cabins, least)
    if text.startswith("•"):
        return Text(f"La estadía mínima 📅\n{text}")
    return Text(f"La estadía mínima es de {text} 📅")


def cancellation_policy() -> Text:
    return Text(
        "Podés cancelar cuando quieras escribiendo *cancelar reserva*. Si ya pagaste la seña, "
        "alguien del equipo te contacta para ver la devolución 🙂"
    )


def prices_in_pesos() -> Text:
    """ "¿Cuánto sería en reais / pesos chilenos?": the currency we charge in."""
    return Text(
        "Los precios son en pesos argentinos 🇦🇷 No tengo la conversión a otras monedas: "
        "si pagás con una tarjeta de afuera, el cambio lo hace tu banco."
    )


def photos() -> Text:
    return Text("¡Las fotos te las manda alguien del equipo! Escribí *hablar con una persona* 📸")


ASK_THE_TEAM = "Eso consultalo con el equipo: escribí *hablar con una persona* 🙂"
HOUSE_RULE_TOPICS = ("pets", "wifi", "parking", "smoking", "location", "directions")
RULE_LINES = ("pets", "smoking", "parking")


def how_paying_goes(*, listed: bool, summed_up: bool) -> Text:
    """ "¿Cómo pago?" right after the terms were said: the steps from where the guest is."""
    if summed_up:
        first = "Tocá *Confirmar* en el resumen y te la guardo"
    elif listed:
        first = "Es así: elegís la cabaña, confirmás el resumen y te la guardo"
    else:
        first = "Es así: me pasás fechas y cuántos son, elegís la cabaña y te la guardo"
    return Text(
        f"{first}: ahí mismo te mando el link de Mercado Pago para pagar la seña 💳 "
        "Pagás desde el celu y te confirmo la reserva apenas se acredita."
    )


# How a pet's size reads in "Perros grandes no": by the pet the guest named.
_PET_SIZES = {
    "small": ("chico", "chicos", "chicas"),
    "medium": ("mediano", "medianos", "medianas"),
    "big": ("grande", "grandes", "grandes"),
}


def pets_by_size(
    cabins: Sequence[Cabin],
    verdicts: Sequence[bool | None],
    size: str,
    *,
    breed: str | None = None,
    kind: str = "perros",
) -> Text:
    """ "¿Aceptan perros grandes?", "tengo un labrador": the size asked answered from each
    cabin's pets rule (`verdicts`: True takes it, False does not, None the rule is silent on
    sizes), the rule itself after it."""
    one, male, female = _PET_SIZES[size]
    what = f"{kind} {female if kind == 'mascotas' else male} no, perdón 🙏"
    if breed:
        what = f"un {breed} es un perro {one}, y {what}"  # "tengo un labrador"

    def said(c: Cabin, taken: bool | None) -> str:
        rule = c.house_rules.get("pets") or TOPIC_FALLBACK["pets"]
        if "pets" not in c.house_rules:
            return rule
        if taken is None:
            return (
                f"{rule} Del tamaño no dice nada: te lo confirma el dueño si escribís "
                "*hablar con una persona* 🙂"
            )
        if taken:
            return f"¡Sí! {rule}"
        return (
            f"{what[0].upper()}{what[1:]} {rule} Si querés consultarlo igual, escribí "
            "*hablar con una persona*."
        )

    answers = [said(c, v) for c, v in zip(cabins, verdicts, strict=True)]
    if len(set(answers)) == 1:
        return Text(answers[0])
    return Text("\n".join(f"• *{c.name}*: {a}" for c, a in zip(cabins, answers, strict=True)))


def told_after_answer() -> Text:
    """The guest tells of the pet they just asked about ("¿aceptan mascotas?" … "tenemos un
    perro chiquito"): heard, without the pets rule again."""
    return Text("¡Genial, gracias por avisar! 🐶")


def info_said_already() -> Text:
    """After the same answer asked for again with the guest's particulars: all we know."""
    return Text(
        "Es todo lo que dice la info de las cabañas 🙏 Para ese detalle, escribí *hablar con "
        "una persona* y te lo confirman."
    )


def beside_what_we_know(unknown: str, known: Text) -> Text:
    """A question no cabin's data answers ("¿las camas son matrimoniales?", "¿hay señal de
    celular?"), said first with the owner to confirm it, then the nearest thing the data
    does say (who fits, the wifi)."""
    return Text(
        f"{unknown} 🤔 Te lo confirma el dueño si escribís *hablar con una persona*.\n{known.body}"
    )


def house_rule(key: str, cabins: Sequence[Cabin]) -> Text:
    return Text(_same_or_each(cabins, lambda c: c.house_rules.get(key) or ASK_THE_TEAM))


def house_rules(cabins: Sequence[Cabin], *, noise_asked: bool = False) -> Text:
    """The cabins' rules. `noise_asked`: the guest asked about noise, music or a party and
    no rule speaks of it; the owner confirms that, said first."""

    def rules_of(c: Cabin) -> str:
        return " ".join(c.house_rules[k] for k in RULE_LINES if c.house_rules.get(k))

    text = _same_or_each(cabins, rules_of)
    rules = f"Las reglas de la casa 🏡\n{text}" if text.strip() else TOPIC_FALLBACK["smoking"]
    if noise_asked:
        rules = (
            "Sobre ruido, música y fiestas no tengo nada en la info 🤔 Confirmalo con el "
            f"dueño: escribí *hablar con una persona*.\n{rules}"
        )
    return Text(rules)


def kids() -> Text:
    return Text(
        "Si viajan chicos 🧒 contalos en la cantidad de personas (bebés incluidos), "
        "así te ofrezco una cabaña donde estén cómodos."
    )


def cabins_overview(cabins: Sequence[Cabin]) -> Text:
    lines = ["Estas son nuestras cabañas 🏡"]
    lines += [f"• *{c.name}* (hasta {people(c.capacity)}): {c.description}" for c in cabins]
    lines.append(
        "Preguntame lo que quieras: mascotas, wifi, horarios, estacionamiento o cómo llegar 🙂"
    )
    return Text("\n".join(lines))


def cabins_compared(
    compared: Sequence[tuple[Cabin, Quote | None]], *, ask_dates: bool = False
) -> Text:
    """ "¿La de 4 es más linda?", "¿qué diferencia hay?": each cabin in a line, how many it
    sleeps, its total for the dates listed (else its price from a night) and what it has.
    `ask_dates`: no stay known yet, so the dates and party are asked for after them."""
    lines = ["Te las comparo 👇"]
    for cabin, quote in compared:
        if quote is not None:
            price = f"{money(quote.total_cents)} por {nights(quote.nights)}"
        else:
            price = (
                f"desde {money(min(cabin.base_price_cents, cabin.weekend_price_cents))} la noche"
            )
        has = f" Tiene {', '.join(cabin.amenities)}." if cabin.amenities else ""
        lines.append(
            f"• *{cabin.name}* (hasta {people(cabin.capacity)}, {price}): {cabin.description}{has}"
        )
    if ask_dates:
        lines.append("Pasame fechas y cantidad de personas y te digo cuál está libre 😉")
    return Text("\n".join(lines))


def price_compared(
    asked: Quote, other: Quote, *, dearer: bool | None, free: bool, room: int | None
) -> Text:
    """ "¿La de 6 es más cara?" on a summary: both totals for the same dates (`dearer`: the
    guest asked whether `asked` costs more, False: less, None: how much). Not `free` on
    those dates, or too small for the party (`room`: its capacity then): said too."""
    gap = asked.total_cents - other.total_cents
    if gap == 0:
        lead = f"Salen lo mismo: {money(asked.total_cents)} por {nights(asked.nights)} cada una"
    else:
        more = gap > 0
        answer = "" if dearer is None else ("Sí, " if dearer == more else "No, ")
        lead = (
            f"{answer}la *{asked.cabin.name}* sale {money(asked.total_cents)} por "
            f"{nights(asked.nights)}: {money(abs(gap))} {'más' if more else 'menos'} que la "
            f"*{other.cabin.name}* ({money(other.total_cents)}), mismas fechas"
        )
    note = ""
    if room is not None:
        note = f" Ojo: la *{asked.cabin.name}* es para hasta {people(room)}."
    elif not free:
        note = f" Ojo: la *{asked.cabin.name}* no está libre esas fechas."
    return Text(f"{lead[0].upper()}{lead[1:]} 💰{note}")


def same_cabin_as_last_time(cabin: str) -> Text:
    return Text(f"¡Qué lindo que vuelvas! 🙌 La última vez estuviste en la *{cabin}*: busco esa.")


def same_dates_as_last_time(
    before_in: dt.date, before_out: dt.date, check_in: dt.date, check_out: dt.date
) -> Text:
    """ "Las mismas fechas que el año pasado": the stay found, and the one searched."""
    return Text(
        f"¡Qué lindo que vuelvas! 🙌 La última vez estuviste {span(before_in, before_out)}; "
        f"te busco {span(check_in, check_out)}."
    )


def no_dates_before() -> Text:
    return Text(
        "No encuentro una estadía anterior con este número 🤔 ¿Me pasás las fechas? Por "
        "ejemplo: *del 15/12 al 18/12*."
    )


def no_stay_before() -> Text:
    return Text(
        "No encuentro una estadía anterior con este número 🤔 Si me decís qué cabaña era, "
        "te la busco; si no, te muestro todas las libres."
    )


def prices_ranked(
    asked: Quote,
    listed: Sequence[Quote],
    *,
    dearer: bool | None,
    take: bool = True,
    nightly: bool = False,
) -> Text:
    """ "¿La de 6 es más cara?" (`dearer` True; False: "¿…sale menos?") or, with None,
    "¿cuál sale menos?" answered by `asked`: where it stands among the cabins `listed`, with
    the others' totals for the same dates, cheapest first; with `take`, "dale" next takes it.
    `nightly` ("¿cuánto sale por noche la más barata?"): a night's price before the totals."""
    ranked = sorted(listed, key=lambda q: q.total_cents)
    total = f"{money(asked.total_cents)} por {nights(asked.nights)}"
    if nightly:
        total = f"{_a_night(asked)} ({total})"
    # Options on other dates (one cabin free on several nearby stays) say their dates.
    dated = len({q.stay for q in listed}) > 1
    name = f"*{asked.cabin.name}*"
    if dated:
        name += f" {span(asked.stay.check_in, asked.stay.check_out)}"
    if asked.total_cents == ranked[0].total_cents:
        where = "la que sale menos"
        answer = "" if dearer is None else ("No, " if dearer else "Sí, ")
    elif asked.total_cents == ranked[-1].total_cents:
        where = "la más cara"
        answer = "" if dearer is None else ("Sí, " if dearer else "No, ")
    else:
        where, answer = "", ""
    if not where:
        lead = f"La {name} está en el medio: {total}"
    elif answer:
        lead = f"{answer}la {name} es {where}: {total}"
    else:
        lead = f"{where[0].upper()}{where[1:]} es la {name}: {total}"
    others = [
        f"• *{q.cabin.name}*"
        + (f" {span(q.stay.check_in, q.stay.check_out)}" if dated else "")
        + f": {_a_night(q) if nightly else money(q.total_cents)}"
        for q in ranked
        if q is not asked
    ]
    if take:  # on a list; on a summary "dale" confirms the summary's cabin
        others.append("Si te sirve esa, escribime *dale* y te paso el resumen.")
    return Text(f"{lead} 💰\n" + "\n".join(others))


def same_price(quote: Quote, listed: int) -> Text:
    """ "¿Cuál sale menos?" when every listed option costs the same (one cabin free on
    several nearby stays, or cabins priced alike): no cheapest to single out."""
    count = {2: "dos", 3: "tres"}.get(listed, str(listed))
    every = f"Las {count} opciones salen"
    return Text(
        f"{every} lo mismo: {money(quote.total_cents)} por {nights(quote.nights)} 💰 "
        "Elegí la que te quede mejor de la lista 🙂"
    )


def cabin_detail(c: Cabin, *, ask: bool = True) -> Text:
    """A cabin's details; `ask`: ending with what to send to know if it is free (not mid-
    booking, where the step's own reminder follows and says what is still missing)."""
    lines = [
        f"🏡 *{c.name}* (hasta {people(c.capacity)})",
        c.description,
        "Incluye: " + ", ".join(c.amenities) + "." if c.amenities else "",
        f"Desde {money(min(c.base_price_cents, c.weekend_price_cents))} la noche.",
        "Pasame fechas y cantidad de personas y te digo si está libre 😉" if ask else "",
    ]
    return Text("\n".join(line for line in lines if line))


def _includes(c: Cabin) -> str:
    if not c.amenities:
        return "No tengo cargado qué incluye 🤔 Escribí *hablar con una persona* y te cuentan."
    return "Incluye: " + ", ".join(c.amenities) + "."


def leaving_time(cabins: Sequence[Cabin]) -> Text:
    """ "¿Y el check out?" asked alone: the leaving time only."""
    return Text(
        _same_or_each(cabins, lambda c: f"La salida es hasta las {clock(c.check_out_time)} 🕑")
    )


def _times(c: Cabin, *, theirs: bool = False) -> str:
    who = "Pueden" if theirs else "Podés"
    return (
        f"{who} entrar desde las {clock(c.check_in_time)} y dejar la cabaña "
        f"hasta las {clock(c.check_out_time)} 🕑"
    )


def nearby(cabins: Sequence[Cabin]) -> Text:
    """ "¿Hay un súper cerca?": places around the cabin are not in its data; where it is,
    so the map shows what is near, and a person who knows the area."""
    place = next((c for c in cabins if c.address or c.maps_url), None)
    where = ""
    if place is not None:
        at = f"Estamos en {place.address}" if place.address else "Acá está la cabaña"
        where = (
            f" {at}; en el mapa ves qué hay cerca: {place.maps_url}"
            if place.maps_url
            else f" {at}."
        )
    return Text(
        f"De comercios y lugares de la zona no tengo info por acá 🙏{where}\n"
        "Si querés una recomendación, escribí *hablar con una persona* y te cuentan 🙂"
    )


def _where(c: Cabin) -> str:
    parts = [
        f"📍 {c.address}" if c.address else "",
        c.house_rules.get("directions", ""),
        c.maps_url,
    ]
    return (
        "\n".join(p for p in parts if p)
        or "Escribí *hablar con una persona* y te pasan la ubicación."
    )


def _same_or_each(cabins: Sequence[Cabin], say) -> str:  # type: ignore[no-untyped-def]
    answers = [say(c) for c in cabins]
    if len(set(answers)) == 1:
        return answers[0]
    return "\n".join(f"• *{c.name}*: {a}" for c, a in zip(cabins, answers, strict=True))


def directions_from(place: str, cabins: Sequence[Cabin]) -> Text:
    """ "¿Cómo llego desde el aeropuerto?" when the data's directions start elsewhere: that
    we have none from there, what we have, and the owner for the trip."""
    return Text(
        f"Cómo llegar desde {place} no lo tengo en la info 🙏 Lo que sí tengo:\n"
        f"{_same_or_each(cabins, _where)}\n"
        f"Para el viaje desde {place}, te lo cuenta el dueño si escribís *hablar con una "
        "persona* 🙂"
    )


def weather_unknown() -> Text:
    """ "¿Hace frío en marzo?", "¿va a hacer calor el finde?": no cabin's data says; said so,
    and the owner, who lives there (session 23: it asked the days, or searched)."""
    return Text(
        "Del clima no tengo info por acá 🙏 Si querés saber cómo suele estar en esa época, "
        "escribí *hablar con una persona* y te cuenta el dueño, que lo conoce bien 🙂"
    )


def area_unknown() -> Text:
    """ "¿Es seguro el barrio?", "¿la zona es tranquila?": no cabin's data says; said so,
    and the owner, who knows the area (session 23: the address was the answer)."""
    return Text(
        "Cómo es la zona (si es segura, si es tranquila) no lo tengo a mano 🙏 Si querés, "
        "escribí *hablar con una persona* y te lo cuenta el dueño, que la conoce bien 🙂"
    )


def distance_unknown(place: str, cabins: Sequence[Cabin]) -> Text:
    """ "¿Está lejos del centro?", "¿a cuánto están del cerro?": a distance the data does not
    give; said so, where the cabins are (the map shows the rest), and the owner."""
    return Text(
        f"A qué distancia están {place} no lo tengo a mano 🙏 Lo que sí tengo:\n"
        f"{_same_or_each(cabins, _where)}\n"
        "Si querés el dato justo, escribí *hablar con una persona* y te lo cuenta el dueño 🙂"
    )


def location_thanks(cabin: Cabin | None) -> Text:
    where = f"\nPara llegar a las cabañas:\n{_where(cabin)}" if cabin is not None else ""
    return Text(f"¡Gracias por la ubicación! 📍{where}")


def prices_for_parties(parties: Sequence[tuple[int, Cabin]]) -> Text:
    """ "¿Cuánto sale para 2? ¿Y para 6?": for each party, the nightly prices of the
    cabin that fits it best."""
    lines = ["Estos son los precios por noche 💰"]
    for guests, c in parties:
        line = f"• Para {people(guests)}, la *{c.name}*: {money(c.base_price_cents)}"
        if c.weekend_price_cents != c.base_price_cents:
            line += f"; viernes y sábado {money(c.weekend_price_cents)}"
        season_prices = sorted({s.nightly_price_cents for s in c.seasons})
        if season_prices:
            line += f"; en temporada alta hasta {money(season_prices[-1])}"
        lines.append(line)
    return Text("\n".join(lines))


def price_per_cabin() -> Text:
    """ "¿Es por persona o por cabaña?": by the cabin (pricing has no per-person part)."""
    return Text("El precio es por cabaña y por noche, no por persona 🙂")


def kids_pay_nothing_apart() -> Text:
    """ "¿Los nenes pagan?": pricing is by the cabin, so children pay nothing apart; they
    count toward how many the cabin takes (babies too)."""
    return Text(
        "El precio es por cabaña y por noche, no por persona 🙂 Los chicos no pagan aparte; "
        "eso sí, cuentan para la capacidad de la cabaña (bebés incluidos) 🧒"
    )


def price_per_cabin_up_to(cabins: Sequence[Cabin]) -> Text:
    """ "¿Cuánto cobran por persona extra?" with cabins on screen: by the cabin, and how many
    each one takes (one more person costs nothing while the cabin fits them)."""
    if len(cabins) == 1:
        fits = f"La *{cabins[0].name}* es para hasta {people(cabins[0].capacity)}."
    else:
        fits = "\n".join(f"• *{c.name}*: hasta {people(c.capacity)}" for c in cabins)
    return Text(
        "El precio es por cabaña y por noche, no por persona 🙂 Mientras entren, una "
        f"persona más no cambia el precio.\n{fits}"
    )


def price_by_party(cabins: Sequence[Cabin], parties: Sequence[int], cheaper: Cabin | None) -> Text:
    """ "¿Vale lo mismo para 2 que para 4?", "si vamos 2 sale menos?": by the cabin, so the
    same cabin costs the same for any party it takes; `cheaper`, a smaller cabin for the
    smaller party that does cost less a night."""
    if len(parties) > 1:
        same = f"La misma cabaña sale lo mismo para {parties[0]} que para {people(parties[-1])}"
    else:
        same = f"Siendo {people(parties[0])}, la misma cabaña sale lo mismo"
    lines = [f"El precio es por cabaña y por noche, no por persona 🙂 {same}."]
    if cheaper is not None:
        lines.append(
            f"Para {people(parties[0])} hay una más chica, la *{cheaper.name}* (hasta "
            f"{people(cheaper.capacity)}), que sale menos: {money(cheaper.base_price_cents)} la "
            f"noche. Si van a ser {parties[0]}, decímelo y te digo si está libre 😉"
        )
    elif len(cabins) > 1:
        lines += [f"• *{c.name}*: hasta {people(c.capacity)}" for c in cabins]
    return Text("\n".join(lines))


def _in_words(date: dt.date) -> str:
    return f"{date.day} de {MONTHS[date.month - 1]}"


def _days_in_words(first: dt.date, last: dt.date) -> str:
    """ "del 15 de diciembre al 28 de febrero", "del 10 al 31 de julio"."""
    if first.month == last.month:
        return f"del {first.day} al {_in_words(last)}"
    return f"del {_in_words(first)} al {_in_words(last)}"


def price_seasons(cabins: Sequence[Cabin], today: dt.date) -> Text:
    """ "¿Por qué varía el precio?", "¿qué es temporada alta?": what the cabins' own data
    says makes a night cost more: Friday and Saturday, and each coming season by name with
    its nights in words (a season's end day is its first night at the usual price)."""
    lines = ["El precio por noche cambia según la fecha 📅"]
    if any(c.weekend_price_cents != c.base_price_cents for c in cabins):
        lines.append("• Los viernes y sábados la noche sale más.")
    seasons: dict[str, tuple[dt.date, dt.date]] = {}
    for s in sorted((s for c in cabins for s in c.seasons), key=lambda s: s.starts_on):
        if s.ends_on > today and s.name not in seasons:
            seasons[s.name] = (s.starts_on, s.ends_on - dt.timedelta(days=1))
    for name, (first, last) in seasons.items():
        lines.append(f"• *{name}*: noches {_days_in_words(first, last)}.")
    if seasons:
        lines.append("Fuera de esas fechas rige el precio común 🙂")
    else:
        lines.append(
            "No tengo temporadas cargadas en la info 🤔 Si querés confirmarlo, escribí "
            "*hablar con una persona*."
        )
    return Text("\n".join(lines))


def season_asked(
    cabins: Sequence[Cabin],
    priced: Sequence[Cabin],
    today: dt.date,
    stay: tuple[dt.date, dt.date] | None,
) -> Text:
    """ "¿Tienen lugar en temporada alta?", "¿y en temporada baja cuánto sale?": each coming
    season's nights (`price_seasons`); for `priced` cabins the night out of season and in
    each season; and whether the stay on screen falls in one (the data names the seasons,
    "alta" or "baja" is the guest's word for in or out of them)."""
    lines = [price_seasons(cabins, today).body]
    if priced:
        lines.append("Lo que sale la noche en cada una 💰")
    for c in priced:
        line = f"• *{c.name}*: {money(c.base_price_cents)} fuera de temporada"
        if c.weekend_price_cents != c.base_price_cents:
            line += f" (viernes y sábado {money(c.weekend_price_cents)})"
        ahead = sorted((s for s in c.seasons if s.ends_on > today), key=lambda s: s.starts_on)
        coming = {s.name: s for s in reversed(ahead)}  # each season's next nights
        for s in sorted(coming.values(), key=lambda s: s.starts_on):
            line += f"; {s.name}, {money(s.nightly_price_cents)}"
        lines.append(line)
    if stay is not None:
        nights_of = [stay[0] + dt.timedelta(days=i) for i in range((stay[1] - stay[0]).days)]
        names = list(
            dict.fromkeys(
                s.name for c in cabins for s in c.seasons for n in nights_of if s.covers(n)
            )
        )
        where = f"caen en *{' y '.join(names)}*" if names else "son fuera de temporada"
        lines.append(f"Las fechas que estás mirando ({span(*stay)}) {where}.")
        lines.append("Si querés otras fechas, pasámelas y te digo qué queda libre 📅")
    return Text("\n".join(lines))


def month_in_seasons(
    cabins: Sequence[Cabin], month: int, today: dt.date, *, ask_dates: bool = True
) -> Text:
    """ "¿En enero sube?", "¿en marzo es temporada alta?", "¿los precios de febrero son
    iguales?": the month's nights (its next coming, whole) against the seasons in the
    cabins' data, then each cabin's night in that month. Whether a season costs more or
    less is read from the prices, never assumed from its name. `ask_dates`: nothing else
    under way, so the dates are asked for the exact total."""
    year = today.year if month >= today.month else today.year + 1
    first = dt.date(year, month, 1)
    month_nights = calendar.monthrange(year, month)[1]
    end = first + dt.timedelta(days=month_nights)  # the first night after the month
    name_of_month = MONTHS[month - 1]
    # Each season name's nights in the month (cabins may spell one season with other
    # days), and its own first and last night from the season that covers its earliest.
    # Said in the order of their earliest night in the month (then the cabins' order).
    covered: dict[str, set[dt.date]] = {}
    spans: dict[str, tuple[tuple[dt.date, int], dt.date, dt.date]] = {}  # (order, first, last)
    for index, s in enumerate(s for c in cabins for s in c.seasons):
        start, stop = max(s.starts_on, first), min(s.ends_on, end)
        if start >= stop:
            continue
        days = covered.setdefault(s.name, set())
        days.update(start + dt.timedelta(days=i) for i in range((stop - start).days))
        if s.name not in spans or (start, index) < spans[s.name][0]:
            spans[s.name] = ((start, index), s.starts_on, s.ends_on - dt.timedelta(days=1))
    lines = []
    for name, days in sorted(covered.items(), key=lambda item: spans[item[0]][0]):
        more = _season_direction(cabins, name)
        if len(days) == month_nights:
            costs = f"la noche {more[0]}" if more else "la noche tiene otro precio"
            season = f"*{name}* (noches {_days_in_words(*spans[name][1:])})"
            lines.append(f"Todo {name_of_month} cae en {season}, así que {costs} 📅")
        else:
            during = _days_in_words(min(days), max(days))
            costs = more[1] if more else "tienen otro precio"
            lines.append(
                f"En {name_of_month}, las noches {during} caen en *{name}* y {costs}; "
                "el resto del mes rige el precio común 📅"
            )
    if not lines:
        lines.append(
            f"{name_of_month.capitalize()} no cae en ninguna temporada: rige el precio común 🙂"
        )
    lines.append("Lo que sale la noche en cada una 💰")
    for c in cabins:
        in_month = {s.name: s for s in c.seasons if s.starts_on < end and s.ends_on > first}
        usual = money(c.base_price_cents)
        if c.weekend_price_cents != c.base_price_cents:
            usual += f" (viernes y sábado {money(c.weekend_price_cents)})"
        if not in_month:
            lines.append(f"• *{c.name}*: {usual}")
            continue
        priced = "; ".join(f"{money(s.nightly_price_cents)} en {s.name}" for s in in_month.values())
        lines.append(f"• *{c.name}*: {priced}; fuera de temporada {usual}")
    if ask_dates:
        lines.append("Pasame las fechas y cuántos son y te digo el total exacto 😉")
    return Text("\n".join(lines))


def _season_direction(cabins: Sequence[Cabin], name: str) -> tuple[str, str] | None:
    """How the season `name`'s night compares with the usual one, by the cabins' prices, as
    (a night, nights) "sale más …" / "salen más …"; None when the cabins differ."""
    pairs = [(s.nightly_price_cents, c.base_price_cents) for c in cabins for s in c.seasons
             if s.name == name]  # fmt: skip
    if pairs and all(season > usual for season, usual in pairs):
        return "sale más que fuera de temporada", "salen más que fuera de temporada"
    if pairs and all(season < usual for season, usual in pairs):
        return "sale menos que fuera de temporada", "salen menos que fuera de temporada"
    return None


def fee_not_in_our_info(thing: str | None) -> Text:
    """ "¿Cobran limpieza aparte?", "¿es con IVA?", "¿el precio es final?": no such charge in
    the cabins' data. The total quoted is what the booking charges; the owner confirms the
    rest (never "no hay", never invented)."""
    charge = f"un cargo aparte por {thing}" if thing else "otro cargo aparte"
    return Text(
        f"El total que te paso es por la cabaña y las noches; {charge} no figura en mi info "
        "🤔 Si querés, escribí *hablar con una persona* y se lo consultamos al dueño."
    )


def keys_not_in_our_info(cabins: Sequence[Cabin], *, leaving: bool = False) -> Text:
    """ "¿Dónde retiro las llaves?": the hours the data has; how the keys are handed over
    it does not say, so the owner is asked. `leaving`: "¿dónde dejamos la llave al irnos?",
    the check-out hour and where the keys are left."""
    if leaving:
        hours = {clock(c.check_out_time) for c in cabins}
        since = f"La salida es hasta las {hours.pop()} 🕑 " if len(hours) == 1 else ""
        what = "Dónde dejar las llaves al irse"
    else:
        hours = {clock(c.check_in_time) for c in cabins}
        since = f"El ingreso es desde las {hours.pop()} 🕑 " if len(hours) == 1 else ""
        what = "Cómo es la entrega de llaves"
    return Text(
        f"{since}{what} no figura en mi info 🤔 Si querés, escribí "
        "*hablar con una persona* y te lo confirman."
    )


def no_discounts(*, listed: bool = True) -> Text:
    """ "¿Hacen descuento?": the bot quotes the owner's prices, nothing it could bargain
    (`listed`: the prices follow)."""
    these = "los precios son estos 👇" if listed else "el precio es el mismo para todos 🙏"
    return Text(
        f"Por acá no manejo descuentos ni promos: {these} Si querés "
        "consultarle algo especial al dueño, escribí *hablar con una persona* 🙂"
    )


_NOT_IN_OUR_INFO = "Mmm, eso no lo tengo en mi info 🤔"


def unknown_question() -> Buttons:
    """A question the bot cannot place: said plainly, and a person offered at once (a
    "no te entendí" would ask the guest to rephrase something that was clear)."""
    return _buttons(
        f"{_NOT_IN_OUR_INFO} Te ayudo con fechas, precios, reservas y lo "
        "típico de las cabañas (mascotas, wifi, horarios, cómo llegar). Para lo demás, "
        "tocá *Hablar con alguien* y te responde alguien del equipo 👇",
        (MENU_HUMAN, "Hablar con alguien"),
        (MENU_SHOW, "Ver el menú"),
    )


def not_in_our_info() -> Text:
    """A question the bot cannot answer mid-booking (the booking's reminder follows)."""
    return Text(
        f"{_NOT_IN_OUR_INFO} Si querés, escribí *hablar con una persona* y te responde "
        "alguien del equipo."
    )


def price_ranges(cabins: Sequence[Cabin], *, ask: bool = True) -> Text:
    """Nightly prices; `ask`: end asking for dates (not when the dates are asked next)."""
    lines = ["Estos son los precios por noche 💰"]
    for c in cabins:
        line = f"• *{c.name}* (hasta {people(c.capacity)}): {money(c.base_price_cents)}"
        if c.weekend_price_cents != c.base_price_cents:
            line += f"; viernes y sábado {money(c.weekend_price_cents)}"
        season_prices = sorted({s.nightly_price_cents for s in c.seasons})
        if season_prices:
            line += f"; en temporada alta hasta {money(season_prices[-1])}"
        lines.append(line)
    if ask:
        lines.append("Pasame fechas y cantidad de personas y te digo el total exacto 😉")
    return Text("\n".join(lines))


NUDGES = {
    "dates": "Cuando quieras, pasame las fechas y seguimos 📅",
    "guests": "Cuando quieras, decime cuántas personas son y seguimos 👥",
    "choose": "Cuando quieras, elegí una cabaña de la lista y seguimos 🏡",
    "confirm": "Cuando quieras, tocá *Confirmar* y te la guardo 👍",
    "payment": "Tu reserva sigue guardada; cuando pagues la seña queda confirmada 👍",
    "cancel": "Cuando quieras, seguimos con la cancelación.",
}


def short_name(cabin: Cabin) -> str:
    """How a guest can name the cabin in a few words: "la de Chapelco", "la de Quila"."""
    words = [w for w in cabin.name.split() if len(w) >= 4 and w.lower() not in ("cabaña", "casa")]
    return f"la de {words[-1]}" if words else f"la {cabin.name}"


def other_or_confirm(on_screen: Cabin, other: Cabin | None, *, two_listed: bool) -> Text:
    """After answering about another cabin than the one summed up: which one "Confirmar"
    holds, and how to see the other's summary (`other`: listed, so it can be shown)."""
    keep = f"tocá *Confirmar* y te guardo la *{on_screen.name}*"
    if other is None:
        return Text(f"Si seguís con la del resumen, {keep} 👍")
    say = "la otra" if two_listed else short_name(other)
    return Text(
        f"Si preferís la *{other.name}*, escribime *{say}* y te paso su resumen; si no, {keep} 👍"
    )


def which_one(on_screen: Cabin, others: Sequence[Cabin]) -> Text:
    """ "Dale, esa" after a question about several other cabins: which one, by name."""
    names = " o ".join(f"*{short_name(c)}*" for c in others)
    return Text(
        f"¿Cuál querés? 🙂 Escribime {names} y te paso su resumen; para la "
        f"*{on_screen.name}*, tocá *Confirmar*."
    )


def nudge(pending: str, *, later: bool = False) -> Text:
    """After answering a question mid-flow: a reminder of what we were doing.
    `later`: the guest said "después te aviso", so no hurry, and what stands meanwhile."""
    if later and pending == "cancel":
        return Text(
            "¡Dale, sin apuro! 🙂 No cancelo nada hasta que me lo confirmes: cuando lo "
            "decidas, tocá *Sí, cancelar* o *No, mantener*."
        )
    if later and pending == "confirm":
        return Text(
            "¡Dale, sin apuro! 🙂 Todavía no te guardé nada: cuando lo decidas, tocá "
            "*Confirmar* en el resumen o escribime *confirmo*."
        )
    if later:
        return Text("¡Dale, sin apuro! 🙂 Cuando lo tengas, escribime por acá y seguimos.")
    return Text(NUDGES.get(pending, "¿Te ayudo con algo más? 🙂"))


# ------------------------------------------------------------------ handoff


# What to do at once, before anyone answers, for each kind of emergency the NLU tells apart
# (`Understanding.urgent`). Argentina's numbers: 100 firefighters, 107 medical emergencies
# (SAME), 911 police and, in most provinces, every emergency.
SAFETY_STEPS = {
    "gas": (
        "Si hay olor a gas: cerrá la llave de paso, abrí las ventanas y no prendas fuego, "
        "luces ni nada eléctrico. Si el olor es fuerte, salgan de la cabaña y llamá a los "
        "bomberos al *100*."
    ),
    "fire": (
        "Si hay fuego o mucho humo, salgan todos de la cabaña ya y llamá a los bomberos al "
        "*100* (o al *911*)."
    ),
    "injury": "Si es grave, llamá ya al *107* (emergencias médicas) o al *911*.",
    "flood": (
        "Si podés, cerrá la llave de paso del agua y no toques enchufes ni aparatos donde "
        "haya agua."
    ),
    "robbery": "Si están en peligro, llamá ya al *911*.",
}
# The owner's notice names the kind first thing.
URGENT_LABELS = {
    "gas": "olor a gas",
    "fire": "fuego o humo",
    "injury": "alguien lastimado",
    "flood": "agua o inundación",
    "no_water": "se quedaron sin agua",
    "locked_out": "no pueden entrar (o salir)",
    "robbery": "robo o intruso",
    "other": "lo marca como urgente",
}


def handoff_started(
    name: str | None,
    minutes: int,
    *,
    problem: bool = False,
    urgent: str | None = None,
    left_behind: bool = False,
    praised: bool = False,
) -> Text:
    """`problem`: something is wrong at the cabin ("no anda el wifi"), so sorry rather than
    "¡Dale!"; `urgent`: an emergency (a key of URGENT_LABELS): the owner was told right
    now as urgent, the safety step comes first, and no "2 h como mucho" (that is only
    when the bot speaks again, and reads like how long help may take). `left_behind`:
    something forgotten at the cabin, nothing we did wrong, so no "perdón"; `praised`: the
    stay was praised in the same message, thanked first."""
    who = f", {first_name(name)}" if first_name(name) else ""
    hours = f"{minutes // 60} h" if minutes % 60 == 0 and minutes >= 60 else f"{minutes} minutos"
    if left_behind and not urgent:
        first = f"¡Qué lindo leer eso{who}! 🙌 " if praised else f"¡Uh{who}! "
        return Text(
            f"{first}Ya le aviso a alguien del equipo para que se fije si quedó en la cabaña "
            f"y te escriba por acá 🙏 Mientras tanto me quedo en silencio (por {hours} como "
            "mucho)."
        )
    if urgent:
        safety = SAFETY_STEPS.get(urgent)
        first = f"⚠️ {safety}\n\n" if safety else ""
        # Someone hurt or a robbery is no fault of the cabin's: sorry for it, not "perdón".
        sorry = "Lo siento mucho" if urgent in ("injury", "robbery") else "Perdón por esto"
        return Text(
            f"{first}{sorry}{who} 🙏 Ya le avisé ahora mismo a alguien del equipo, como "
            "*urgente* 🚨, para que te escriba o te llame enseguida. Mientras tanto yo no "
            "escribo, para no pisarnos."
        )
    if not problem:
        return Text(
            f"¡Dale{who}! Ya le aviso a alguien del equipo para que te escriba por acá 🙋 "
            f"Mientras tanto me quedo en silencio (por {hours} como mucho)."
        )
    return Text(
        f"Uy, perdón por el problema{who} 🙏 Ya le aviso a alguien del equipo para que te "
        f"escriba por acá lo antes posible. Mientras tanto me quedo en silencio "
        f"(por {hours} como mucho)."
    )


def welcome_back(name: str | None) -> Text:
    who = f", {first_name(name)}" if first_name(name) else ""
    return Text(f"¡Volví{who}! Sigo yo por acá para ayudarte 🤖")


# ------------------------------------------------------------------ to the owner (not a guest)


# What the owner writes to the business number to give a guest back to the bot.
GIVE_BACK_WORD = "bot"


def owner_handoff(
    name: str | None,
    wa_id: str,
    history: Sequence[str],
    minutes: int,
    reservations: Sequence[Reservation] = (),
    *,
    until: dt.time | None = None,
    problem: bool = False,
    urgent: str | None = None,
) -> Text:
    """`until`: the local time the handoff ends by itself (HANDOFF_MINUTES from now);
    `problem`: something wrong at the cabin; `urgent`: an emergency (URGENT_LABELS)."""
    last = "\n".join(f"• {fit(m, 200)}" for m in history[-5:]) or "• (sin mensajes de texto)"
    booked = "".join(
        f"\n• {r.code}: {r.cabin_name}, {span(r.check_in, r.check_out)}, "
        f"{r.guests} pers. ({status_word(r.status) or 'activa'})"
        for r in reservations[:5]
    )
    theirs = f"Sus reservas:{booked}\n" if booked else "No tiene reservas activas.\n"
    silent = (
        f"El bot no le responde hasta las {clock(until)} ({minutes} min)"
        if until
        else f"El bot no le responde durante {minutes} minutos"
    )
    who = f"{name or 'Un huésped'} (+{wa_id})"
    if urgent:
        # First thing on the owner's screen: it cannot wait, what it is, whom to call.
        head = (
            f"🚨 *URGENTE* 🚨 {URGENT_LABELS.get(urgent, URGENT_LABELS['other'])}\n"
            f"{who} escribió: «{fit(history[-1], 200) if history else '(sin texto)'}»\n"
            f"Escribile o llamá ya: +{wa_id}\n"
        )
    elif problem:
        head = f"🔧 {who} avisa un problema en la cabaña.\n"
    else:
        head = f"🙋 {who} quiere hablar con una persona.\n"
    return Text(
        f"{head}"
        f"{theirs}"
        f"Últimos mensajes:\n{last}\n"
        f"{silent}. Para que vuelva a atenderlo antes, respondé a este mensaje con "
        f"*{GIVE_BACK_WORD}* o escribí *{GIVE_BACK_WORD} +{wa_id}*"
    )


def owner_gave_back(
    name: str | None,
    wa_id: str,
    *,
    was_handed_off: bool,
    live: Sequence[tuple[str | None, str]] = (),
) -> Text:
    """To the owner, after "bot +549…": the bot answers that guest again (or already did).
    `live`: who is with a person now (name, number), listed when the number matched none
    of them, in case it was mistyped."""
    who = f"{name} (+{wa_id})" if name else _as_typed(wa_id)
    if was_handed_off:
        return Text(f"✅ Listo: el bot vuelve a atender a {who}.")
    if not live:
        return Text(f"👍 {who} no estaba hablando con una persona: el bot ya lo atiende.")
    return Text(
        f"🤔 {who} no estaba hablando con una persona. Los que sí están ahora:\n"
        f"{_give_back_lines(live)}"
    )


def _as_typed(number: str) -> str:
    """A number the owner typed: "+" only before an international one (54…)."""
    return f"+{number}" if number.startswith("54") else number


def _give_back_lines(live: Sequence[tuple[str | None, str]]) -> str:
    return "\n".join(
        f"• {name or 'Sin nombre'} (+{wa_id}): *{GIVE_BACK_WORD} +{wa_id}*" for name, wa_id in live
    )


def owner_handoffs(live: Sequence[tuple[str | None, str]]) -> Text:
    """To the owner, after "bot" alone with none or several guests with a person."""
    if not live:
        return Text("👍 Ahora nadie está hablando con una persona: el bot atiende a todos.")
    return Text(
        "¿A quién vuelve a atender el bot? Respondé con el que corresponda:\n"
        f"{_give_back_lines(live)}"
    )


def owner_command_hint(number: str) -> Text:
    """To the owner, who sent a number alone: what to write for the bot to take it back."""
    return Text(
        f"Si querés que el bot vuelva a atender a ese número, escribí *{GIVE_BACK_WORD} "
        f"{_as_typed(number)}* (así, con la palabra {GIVE_BACK_WORD} adelante)."
    )


def owner_help() -> Text:
    """To the owner, when the bot did not understand them: what this number can do."""
    return Text(
        "🤖 Este es el número del dueño. Desde acá podés escribirme:\n"
        f"• *{GIVE_BACK_WORD} +<número>*: vuelvo a atender a un huésped que pasé a una persona\n"
        f"• *{GIVE_BACK_WORD}*: te digo quiénes están hablando con una persona\n"
        "Si me escribís como un huésped (fechas, personas), te contesto como a un huésped: "
        "sirve para probarme."
    )


def owner_no_handoff() -> Text:
    """To the owner, who asked for a person (or wrote "gracias bot") from their own number."""
    return Text(
        "👍 Este es el número del dueño, así que no te paso con una persona. Para que el bot "
        f"vuelva a atender a un huésped, escribí *{GIVE_BACK_WORD} +<su número>*."
    )


def _guest_line(res: Reservation) -> str:
    """Whom to write to: name and full number (the owner calls or writes them)."""
    if not res.guest_phone:
        return ""
    who = f"{res.guest_name} " if res.guest_name else ""
    return f"\nHuésped: {who}(+{res.guest_phone.lstrip('+')})"


def owner_new_booking(res: Reservation, amount_cents: int, payment_id: str) -> Text:
    """To the owner: a stay confirmed by its deposit. Nothing to do but know it; the
    balance is what the guest pays on arrival (the bot told them so)."""
    people = "1 persona" if res.guests == 1 else f"{res.guests} personas"
    balance = max(res.total_cents - amount_cents, 0)
    rest = f" Resta cobrar {money(balance)} al llegar." if balance else ""
    return Text(
        f"✅ *Nueva reserva confirmada* {res.code}\n"
        f"{res.cabin_name}, {span(res.check_in, res.check_out)}, {people}."
        f"{_guest_line(res)}\n"
        f"Seña pagada: {money(amount_cents)} (Mercado Pago, pago {payment_id}).{rest}"
        + (f"\n{res.notes}" if res.notes else "")  # the CUIT for the invoice, a pet told
    )


def owner_notice(text: str, res: Reservation | None) -> Text:
    """Booking's notice to the owner, with the stay (unless the text already names it) and
    whom to write to. Texts that open with their own sign (⚠️, ℹ️) get no second one."""
    about = ""
    if res is not None and res.code not in text:
        about = f"\nReserva {res.code}: {res.cabin_name}, {span(res.check_in, res.check_out)}"
    if res is not None:
        about += _guest_line(res)  # a refund, a late payment: whom to write to
    sign = "" if text[:1] in ("⚠", "ℹ", "✅", "❌") else "🔔 "
    return Text(f"{sign}{text}{about}")
