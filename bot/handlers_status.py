"""The guest's own reservations, asked about outside a booking in progress.

"¿Mi reserva está confirmada?", "ya pagué", "CAB-7KQ2", "me pasás el link de
pago": answered from PostgreSQL by the guest's WhatsApp number, so a guest
whose conversation was forgotten (it lasts a day in Redis) or whose hold has
just expired still gets a straight answer instead of the generic terms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from booking import holds
from booking.deposits import REFUND_NEEDED_EVENT
from booking.errors import ReservationNotFound
from booking.models import Cabin, Reservation, Status
from booking.reservations import reservation_history
from bot import replies
from bot.arrival import ARRIVE_LATE_RE, ARRIVE_RE, LATE_NIGHT, NIGHT_ENDS, said_hour
from bot.handlers import (
    Step,
    Turn,
    asks,
    local_time,
    named_cabin,
    payment_link,
    plain,
    says_stay,
    step,
    understood,
)
from bot.handlers_cancel import bare_codes, codes_typed, which_reservation
from bot.handlers_extend import LEAVE_EARLIER_RE, extra_nights
from bot.handlers_hold import paid_follow_up, says_paid
from bot.handlers_info import LUGGAGE_RE, PAY_WAYS, topics_of
from bot.handlers_party import count_said, more_people
from bot.handlers_words import (
    ANOTHER_STAY_RE,
    CABIN_MOVE_RE,
    DAYS_LEFT_RE,
    DEPOSIT_KEPT_RE,
    LINK_TROUBLE_RE,
    MY_RESERVATIONS_RE,
    PAY_FAILED_RE,
    RECEIPT_WANTED_RE,
    TIME_LEFT_RE,
    WHOSE_NAME_RE,
    WRITING_ABOUT,
)
from bot.holder import booked_for
from bot.nlu import parse
from bot.nlu_patterns import BOOKED_ON_RE
from bot.session import Context
from bot.states import State

MAX_SHOWN = 3  # reservations described in one answer

# Questions about a reservation the guest already has (on the plain text).
_STATUS_RE = re.compile(
    r"\b(?:mi|nuestra|la) reserva (?:esta|quedo|sigue|ya esta|fue|se confirmo|salio)\b"
    r"|\b(?:esta|quedo|estaria|quedaria) (?:todo |toda )?confirmad[ao]\b"
    r"|\b(?:esta|quedo) todo (?:en orden|listo)\b|\bse (?:confirmo|acredito)\b"
    r"|\b(?:mi|el|nuestro) codigo\b|\bcodigo de (?:mi |la |nuestra )?reserva\b"
    r"|\blink (?:de|para) (?:pago|pagar)\b"
    r"|\b(?:pasame|pasas|pasan|mandame|mandas|mandan|reenviame|reenvias|manda|pasa)"
    r"(?: de nuevo| otra vez)? el link\b"
    r"|\bcuanto (?:me|nos) (?:queda|quedan|falta|faltan)\b"
    r"|\bcuanto (?:queda|quedan|falta|faltan) (?:por |para )?pagar\b"
    r"|\bcuanto (?:es|seria|sale) (?:el|lo) (?:resto|saldo|que falta)\b"
    r"|\b(?:estado|datos) de (?:mi|la|nuestra) reserva\b"
    r"|\bque (?:paso|onda|hay|sucedio) con (?:mi|la|nuestra) reserva\b"
    r"|\b(?:ver|consultar|revisar|chequear) (?:mi|mis|nuestra|nuestras) reservas?\b"
    # "¿se venció?", "¿expiró la reserva?", "¿se me cayó la reserva?": the hold they had
    r"|\b(?:se )?(?:me |nos )?(?:vencio|expiro|caduco)\b"
    r"|\bse (?:me |nos )?cayo (?:la|mi|nuestra) reserva\b"
    # "ayer reservé pero no llegué a pagar, ¿sigue en pie?": the hold they had
    r"|\b(?:sigue|seguira|continua) (?:en pie|vigente|activa|guardada|reservada|valida)\b"
    r"|\bno (?:llegue|llegamos|alcance|alcanzamos|pude|pudimos) (?:a )?pagar\b"
    r"|\b(?:ayer|hoy|recien|hace un rato) (?:reserve|reservamos|hice la reserva)\b"
    # "¿en qué cabaña estoy?", "¿cuál es mi cabaña?", "¿qué cabaña reservé?": their own
    r"|\b(?:en )?(?:que|cual) cabana (?:estoy|estamos|me toca|nos toca|reserve|reservamos"
    r"|tengo|tenemos|era|es la mia|es la nuestra)\b"
    r"|\bcual (?:es|era) (?:mi|nuestra) cabana\b|\bque (?:fechas|dias) (?:reserve|reservamos)\b"
    # "¿y mi reserva?", "hola, ¿cómo va mi reserva?", "novedades de la reserva?": the whole
    # message names it and asks nothing else, so its state is the question.
    r"|^(?:(?:hola|buenas|buen dia|buenos dias|buenas tardes|buenas noches|che|perdon|disculpa"
    r"|y) )*(?:(?:como (?:va|anda|viene|esta|sigue)|novedades (?:de|con|sobre)"
    r"|que (?:hay|novedades|se sabe) (?:de|con)) )?(?:mi|la|nuestra) (?:reserva|reservacion)"
    r"(?: (?:como (?:va|anda|viene)|que onda|como viene))?$"
    r"|\b(?:esta|anda|va|salio|quedo) todo (?:ok|bien|en orden|listo|joya|perfecto) con"
    r" (?:mi|la|nuestra) reserva\b"
    # "¿me pasás el número de reserva?", "nro de reserva?", "el n° de la reserva": the code
    # by another name ("n°" reads "n").
    r"|\b(?:numero|nro|num|n) (?:de )?(?:(?:la|mi|nuestra) )?reserva\b"
    # "¿para qué fechas tengo la reserva?", "¿cuántas noches eran?", "¿qué días eran?",
    # "¿cuándo era que llegábamos?": the stay booked, asked back (in the past, or "tengo");
    # "¿qué días tenés libres?" is a search.
    r"|\b(?:que|q|cuales) (?:fechas|dias|noches) (?:eran|era|quedaron|habia|habiamos|habian"
    r"|reserve|reservamos|tengo|tenemos)\b"
    r"|\bpara (?:que|q|cuales?) (?:fechas?|dias?) (?:tengo|tenemos|tenia|teniamos|es|era|eran"
    r"|quedo|esta|estaba|hice|hicimos|habia|habiamos) (?:la |mi |nuestra )?reserva\b"
    # "¿para cuándo era?", "perdón, ¿para cuándo eran?", "¿para cuándo tenemos la reserva?":
    # the stay booked, asked back in the past (the whole message) or with the reservation
    r"|^(?:(?:y|che|hola|perdon|disculpa|una consulta|consulta|me olvide) )*(?:para )?cuando"
    r" (?:era|eran|seria|serian|tenia|teniamos)$"
    r"|\bpara cuando (?:era|eran|es|tengo|tenemos|tenia|teniamos|quedo|hice|hicimos)"
    r" (?:la|mi|nuestra) reserva\b"
    # "tengo dos reservas, ¿me pasás las fechas?": their dates, the reservations named first
    r"|\breservas?\b(?: \w+){0,4}? (?:me |nos )?(?:decis|pasas|recordas|decime|pasame"
    r"|recordame|dirias|pasarias|podes decirme|podes pasarme) (?:las|la) fechas?$"
    r"|\bcuantas noches (?:eran|era|reserve|reservamos|habia|habiamos|tengo|tenemos|quedaron)\b"
    r"|\bcuando (?:era|es) que (?:llegabamos|llegaba|llegamos|llego|entrabamos|entramos"
    r"|entraba|veniamos|venimos|ibamos)\b"
    r"|\b(?:fechas|dias|noches) de (?:la|mi|nuestra) reserva\b"
    # "¿cuál es mi reserva?", "código??", "¿q día entramos?", "¿cuándo salimos?", "¿el día
    # de salida cuál era?": few words about their own stay (the whole message, so "cuando
    # llegamos, ¿hay alguien?" stays a question about the arrival)
    r"|\bcual (?:es|era) (?:mi|nuestra) reserva\b|^(?:y |el |mi )*codigo$"
    r"|^(?:y |che |hola )*(?:(?:que|q|cual|en que) (?:dia|fecha)|cuando) (?:entramos|llegamos"
    r"|salimos|nos vamos|nos ibamos|llegabamos|entrabamos|ingresamos)$"
    r"|\bdia de (?:salida|llegada|entrada|ingreso) (?:cual|que dia) (?:era|es)\b"
    r"|\b(?:cual|que) (?:era|es) (?:el )?dia de (?:salida|llegada|entrada|ingreso)\b"
)
# "¿para cuántas personas era la reserva?", "¿cuántos éramos?": the party booked, asked back
_PARTY_ASKED_RE = re.compile(
    r"\bpara cuant[oa]s (?:personas )?(?:era|es|esta|estaba|quedo|hice|hicimos|reserve"
    r"|reservamos|tengo|tenemos|tenia|teniamos) (?:la|mi|nuestra) reserva\b"
    r"|\bcuant[oa]s (?:personas )?(?:eramos|reserve|reservamos|puse|pusimos|anote|anotamos)\b"
)
# "¿y ahora?", "¿y ahora qué hago?": after a notice (the hold expired, the payment landed),
# what stands with their reservation.
_WHAT_NOW_RE = re.compile(
    r"^(?:(?:y|listo|ok|bueno|perfecto|genial|ya esta|dale) )*"
    r"(?:ahora(?: que)?(?: (?:hago|hacemos|sigue|(?:tengo|tenemos|hay|debo) que hacer))?"
    r"|que (?:hago|hacemos|sigue|mas) ahora|que sigue|como (?:sigue|seguimos)"
    r"|que (?:mas )?(?:tengo|tenemos|hay|debo|debemos) que hacer(?: ahora)?"
    r"|cual es el (?:siguiente|proximo) paso)$"
)
# "¿todo listo entonces?", "¿está todo ok?", "¿entonces ya está todo?": asked (with "?")
# by a guest who has booked, whether anything is left to do; the whole message.
_ALL_SET_RE = re.compile(
    r"^(?:(?:y|entonces|ok|bueno|listo|genial|perfecto|dale|o sea) )*(?:"
    r"(?:ya )?(?:esta|estaria|estamos|quedo|queda|quedamos|quedaria) (?:ya )?todo"
    r"(?: (?:listo|ok|okey|bien|en orden|confirmado|hecho|joya|perfecto|correcto))?"
    # "¿todo bien?" alone is small talk: with no verb, only words of being done
    r"|(?:ya )?todo (?:ya )?(?:listo|ok|okey|en orden|confirmado|hecho|joya|perfecto|correcto)"
    # "¿ya está?", "¿listo?", "¿ya quedó?", "¿ya estamos?": the same, said shortest (session 20)
    r"|(?:ya )?(?:esta|estamos|quedo|quedamos|queda|listo|lista)"
    r"(?: (?:list[oa]|hech[oa]|confirmad[oa]|reservad[oa]))?"
    r")(?: (?:entonces|no|verdad|ya|asi|de mi parte|de nuestra parte))*$"
)
_LINK_WORD_RE = re.compile(r"\b(?:link|enlace|linc|lin)\b")
# "¿Me confirmás la reserva?" from a guest who has one: whether it is (with nothing booked,
# a booking to make, as before).
_CONFIRM_ASKED_RE = re.compile(
    r"\b(?:me|nos) (?:confirmas|confirman|confirmarias|confirmarian|(?:podes|podrias|pueden"
    r"|podrian) confirmar) (?:la|mi|nuestra|lo de la) reserva\b"
)
# A booking the guest says they made, then its confirmation asked for in any words
# ("reservé la semana pasada, ¿me confirmás?", "ya reservé, me la confirmás"): their own
# reservations' status, also when none is found (session 22: the menu). Not a booking asked
# for ("¿me reserva la de 4 y me confirmás?", "que me reserve"): no past before it.
_BOOKED_CONFIRM_RE = re.compile(
    r"(?:^|\b(?:ya|hola|buenas|buen dia|soy \w+|y|recien|que)\b ?)"
    r"(?:reserve|reservamos|hice la reserva|hicimos la reserva|hice una reserva"
    r"|hicimos una reserva)\b(?: \w+){0,6}?"
    r"(?: y)? (?:(?:me|nos) (?:la |lo )?(?:confirmas|confirman|confirmarias|confirmarian"
    r"|confirmes|confirmen|(?:podes|podrias|pueden|podrian) confirmar)|confirmame|confirmanos)\b"
)
# "quiero pagar la seña", "¿cómo pago la reserva?": paying the hold the guest had.
_PAY_WISH_RE = re.compile(
    r"\b(?:quiero|queremos|quisiera|necesito|como|donde|puedo) (?:hacer el )?"
    r"(?:pagar|pago|abonar|abono|senar)(?: (?:la|el) (?:sena|reserva|link|deposito))?\b"
    # "¿cómo hago para pagar la seña?", "¿cómo hacemos para abonar?"
    r"|\bcomo (?:hago|hacemos|puedo|podemos|tengo que|tenemos que|hay que) (?:para |a )?"
    r"(?:pagar|abonar|senar)\b"
    # "hola, la quiero confirmar" a day later: confirming a hold is paying its deposit
    r"|\b(?:la |lo )?(?:quiero|queremos|quisiera|quisieramos) confirmar(?:la)?(?: la reserva)?$"
    # "ya estoy, te pago ahora", "ahora la pago": about to pay, so what there is to pay.
    r"|\b(?:ahora|ya|enseguida) (?:te |la |lo )?(?:pago|pagamos|abono|abonamos)\b"
    r"|\b(?:te|la|lo) (?:pago|pagamos|abono|abonamos) (?:ahora|ya)\b"
    # "te paso el pago ahora", "ahí te mando la seña": the same, said with the money sent.
    r"|\b(?:te|les?) (?:paso|pasamos|mando|mandamos|hago|hacemos) (?:el pago|la sena"
    r"|la plata|el deposito)\b"
)
# "hola, tengo una reserva", "hice una reserva para marzo": the one they have, even with
# dates or a month said with it (which would otherwise start a search).
HAVE_BOOKING_RE = re.compile(
    r"^(?:(?:hola+|holis|holi|buenas+|buen dia|buenas tardes|buenas noches|che|soy \w+"
    r"|que tal|que onda"
    # small talk before it: "holaa, ¿cómo va? tengo una reserva", "buenas, ¿cómo andan?"
    r"|como (?:va|andas|andan|estas|estan|te va|les va)|todo bien|de nuevo|otra vez) )*(?:ya )?"
    r"(?:tengo|tenemos|hice|hicimos) (?:una|la|mi|nuestra) reserva\b(?! (?:mas|nueva|otra)\b)"
    # "tengo reserva para marzo", "tenemos reservada la del lago"
    r"|^(?:(?:hola+|buenas+|buen dia|buenas tardes|buenas noches|che|soy \w+) )*(?:ya )?"
    r"(?:tengo|tenemos) (?:reserva|reservad[ao]s?)\b"
)


# Asking to change a stay already booked (on the plain text): more nights, other
# dates, more or fewer people. The bot cannot move a reservation; a person can.
# Moving verbs, not "pasame" / "me pasás" (asking for something) nor "correo".
_MOVE = (
    r"(?:pas(?:ar|amos|emos|al)|corr(?:er|emos|amos|el)|muev|mov(?:er|emos|amos|el)"
    r"|adelant|atras|posterg|pospon|cambi(?:ar|amos|emos|al))"
)
_SHIFT = (
    r"(?:(?:una|un|\d+|dos|tres) (?:semanas?|dias?)"
    r"(?: (?:antes|despues|mas tarde|mas adelante|para atras|para adelante))?"
    r"|(?:para |a )?la (?:semana|quincena) (?:siguiente|que viene|anterior|de despues|despues)"
    r"|(?:al|para el) \d{1,2})\b"
)
_CHANGE_RE = re.compile(
    r"\b(?:cambiar|modificar|mover|correr|pasar|adelantar|atrasar|postergar|extender|alargar"
    r"|trasladar|reprogramar)(?:la|lo)? (?:(?:la|las|mi|mis|nuestra|nuestras|de) )?"
    r"(?:fechas?|reservas?|dias?|estadia)\b"
    r"|\b(?:agregar|agregarle|sumar|sumarle|extender|alargar)"
    r" (?:una|un|\d+|dos|tres) (?:noches?|dias?)\b"
    r"|\b(?:una|un|\d+|dos|tres) (?:noches?|dias?) (?:mas|extra|menos)\b"
    r"|\b(?:llegar|entrar|ir|venir|irnos|salir|quedarnos|quedarme)"
    r" (?:una|un|\d+|dos|tres) (?:noches?|dias?) (?:antes|despues|mas)\b"
    r"|\bsomos (?:uno|una|dos|tres|\d+) (?:mas|menos)\b"
    # "¿se puede cambiar para otra fecha?", "pasarla a otras fechas" (session 22)
    r"|\b(?:cambiar|cambiarla|cambiarlo|pasar|pasarla|pasarlo|mover|moverla|moverlo|correr"
    r"|correrla)(?: \w+){0,2}? (?:a|para) (?:otra|otras) (?:fechas?|semanas?)\b"
    r"|\b(?:se suma|se suman|viene|vienen|se agrega|se agregan) (?:uno|una|alguien|\d+|dos|tres)"
    r"(?: persona| personas)? mas\b"
    # The stay moved by a span or to a day: "¿podemos pasarla una semana después?", "la
    # corremos una semana", "¿se puede adelantar 2 días?", "movela a la semana siguiente",
    # "¿podemos cambiar al 16?" (a verb of moving, a few words, then where it goes).
    rf"|\b{_MOVE}\w*(?: \w+){{0,3}}? {_SHIFT}"
    r"|\b(?:ir|venir|llegar|irnos|venirnos) (?:una|un|\d+|dos|tres) semanas? (?:antes|despues)\b"
    # "¿puedo pasarla a abril?", "¿la podemos pasar para mayo?", "postergarla para junio":
    # the reservation (a pronoun) moved to a month, not a stay in that month searched
    r"|\b(?:(?:pasar|mover|correr|cambiar|postergar|adelantar|atrasar|reprogramar|trasladar)"
    r"(?:la|lo)|(?:la|lo) (?:(?:podemos|puedo|podriamos|podria|se puede|pueden|podes) )?"
    r"(?:pasar|mover|correr|cambiar|postergar|reprogramar|trasladar|pasamos|movemos|corremos"
    r"|cambiamos|postergamos|pasas|pasan|moves|mueven|cambias|cambian)"
    r"|pasala|movela|correla|cambiala|postergala)(?: \w+){0,2}? (?:a|para)"
    r" (?:(?:mediados|principios|fines|fin) de )?(?:enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b"
    # "¿podemos llegar el domingo en vez del lunes?": another day for the one booked
    # "¿se puede llegar hoy en vez de mañana?": the day booked, named by how far it is
    r"|\b(?:en vez|en lugar) de (?:manana|pasado manana|hoy)\b"
    r"|\b(?:en vez|en lugar) (?:del?|de la) (?:lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo|\d{1,2})\b"
)

# New dates or a cabin said as a correction ("mejor del 8 al 11", "al final vamos del 20 al 23",
# "perdón, era del 8 al 11", "me equivoqué, es del 2 al 5") or with a change asked about in
# so many words ("del 8 al 11, ¿se puede cambiar?"): the paid stay moved, not a new stay
# searched. On plain text, with dates, nights, a month or a cabin ("mejor la de 6").
_REDATED_RE = re.compile(
    r"^(?:(?:no|nono|ah|ay|uh|upa|uy|perdon|disculpa|disculpame|che|bueno|ok|igual|pero|y)"
    r" )*(?:mejor|al final|finalmente|en realidad|en verdad|me equivoque|nos equivocamos"
    r"|me confundi|nos confundimos|era|eran|corrijo|cambio)\b"
    r"|\b(?:se puede|se podra|podemos|puedo|podriamos|se podria|quiero|queremos|quisiera"
    r"|quisieramos) cambiar(?:la|lo)?\b|\bcambiar(?:la|lo)? (?:a|para|por)\b"
)


# Whom a paid reservation is under ("ponela a nombre de mi marido", "¿se puede cambiar el
# titular?"): a person changes that too (on plain text, with no stay said beside it).
_HOLDER_CHANGE_RE = re.compile(
    r"\ba nombre de\b|\b(?:el|la) titular\b|\bcambiar (?:el|de) (?:nombre|titular)\b"
)

# "quiero reservar para 4", "¿tienen lugar para 3?": a new stay asked for, not a change.
_NEW_BOOKING_RE = re.compile(r"\b(?:reserv|alquil|disponib|lugar|libre|otra|otro)\w*")

# "¿Tengo que pagar el resto ahora?": about their own balance only when they have a
# reservation; otherwise the general answer on payments (bot/handlers_info.py).
_BALANCE_RE = re.compile(
    r"\b(?:tengo|tenemos|hay) que pagar (?:el resto|el saldo|lo que falta|lo que queda)\b"
    r"|\b(?:cuando|como|donde) (?:se paga|pago|pagamos|abono|abonamos)"
    r" (?:el resto|el saldo|lo que falta|lo que queda)\b"
    # "¿cuánto tengo que pagar cuando llegue?", "¿qué pagamos al llegar?": the rest, too
    r"|\b(?:cuanto|que) (?:tengo que |tenemos que |hay que |me toca |nos toca )?"
    r"(?:pagar|pago|pagamos|abono|abonamos|abonar)"
    r" (?:cuando (?:llegue|lleguemos|llego|llegamos|vaya|vayamos)|al llegar|al ingresar"
    r"|en la cabana|alla)\b"
)

# "Tengo una duda con la reserva": about the one they have, then the question itself.
_QUESTION_ABOUT_IT_RE = re.compile(
    r"\b(?:duda|dudas|consulta|pregunta|problema|tema) (?:con|sobre|de|por) (?:la|mi|nuestra)"
    r" reserva\b"
    # "hola! te escribo x la reserva": the question is yet to come
    r"|" + WRITING_ABOUT + r"(?:lo de )?(?:la|mi|nuestra) reserva\b"
)
# "No me llegó el mail de confirmación", "¿me reenviás la confirmación?": the booking as
# it stands (a paid one is confirmed; the bot sends no mail, this chat is the record).
_CONFIRMATION_MISSING_RE = re.compile(
    r"\bno (?:me |nos )?(?:llego|llegaron|mandaron|enviaron|vino)(?: \w+){0,2}?"
    r" (?:mail|mails|email|correo|confirmacion|voucher)\b"
    # "pero no me llegó nada", "todavía no nos mandaron nada": nothing at all, after booking
    r"|\bno (?:me |nos )?(?:llego|mandaron|enviaron|mandaste|enviaste|vino) nada$"
    r"|\b(?:reenvias|reenviame|reenvian|mandas|mandame|mandan|pasas|pasame|enviame|envias)"
    r" (?:de nuevo |otra vez )?(?:la|el) (?:confirmacion|voucher|mail de confirmacion)\b"
)

# "¿Y mi plata?", "¿qué pasó con mi pago?": asked by someone who paid (on the plain text).
# How much was paid, or is still owed, asked: "¿cuánto pagué de seña?", "¿cuánto les
# transferí?", "¿cuánto me falta pagar?", "cuánto queda por pagar", "¿cuánto es lo que
# debo?", "¿de cuánto fue la seña?" (the reservation's deposit and balance answer it).
_PAID_VERB = (
    r"(?:pague|pagamos|abone|abonamos|deposite|depositamos|transferi|transferimos|di|dimos"
    r"|deje|dejamos|mande|mandamos|puse|pusimos)"
)
_HOW_MUCH_RE = re.compile(
    rf"\bcuanto (?:les |te |le )?{_PAID_VERB}\b"
    r"|\bcuanto (?:me |nos )?(?:falta|faltan|queda|quedan|resta|restan)"
    r"(?: (?:por |para )?(?:pagar|abonar|saldar))?\b"
    r"|\bcuanto (?:les |te |le )?(?:debo|debemos|debia|debiamos)\b"
    r"|\blo (?:que|q) (?:debo|debemos)\b"
    r"|\b(?:de )?cuanto (?:es|fue|era) (?:la sena|el saldo|el resto|lo que falta)\b"
)
# "¿Cuánto es la seña?": the terms, asked in the present by anyone (not what one paid).
_TERMS_ASKED_RE = re.compile(r"\bcuanto es\b")
_MY_MONEY_RE = re.compile(
    r"^(?:(?:y|che|hola|pero|ey) )*(?:mi|nuestra) (?:plata|guita|dinero|pago|sena)$"
    r"|^(?:y|che|pero) (?:la plata|la guita)$"
    r"|\b(?:donde (?:esta|quedo)|que (?:paso|pasa|onda) con) (?:mi|nuestra|la) (?:plata|guita"
    r"|dinero)\b"
)


# Arriving before the check-in time or leaving after the check-out time (plain text):
# "¿puedo llegar antes, tipo 11?", "check in temprano", "¿podemos irnos más tarde?".
# Not "llegar un día antes" (other dates: `_CHANGE_RE`, a person changes the booking).
_EARLY_RE = re.compile(
    r"\b(?:llegar|llego|llegamos|lleguemos|entrar|entro|entramos|ingresar|ingreso|ingresamos"
    r"|check ?in|hacer el check ?in)(?: a la cabana)? (?:un poco |un rato |bien )?"
    r"(?:antes|temprano|mas temprano|(?:a|por) la manana|al mediodia)\b(?! de (?:que|lo))"
    r"|\b(?:early check ?in|ingreso anticipado|entrada anticipada)\b"
    # "¿podemos dejar las valijas antes?": in before the time, if only the luggage
    r"|\bdejar (?:las valijas|el equipaje|los bolsos|las cosas|las maletas)"
    r"(?: \w+){0,2}? (?:antes|temprano|mas temprano)\b"
    # "¿podemos llegar a las 11?", "llegamos tipo 10": an hour, weighed against check-in
    r"|\b(?:llegar|llego|llegamos|lleguemos|entrar|entro|entramos|ingresar|ingresamos)"
    r"(?: a la cabana)? (?:tipo|a las|a la|tipo a las|como a las|sobre las|a eso de las)"
    r" \d{1,2}\b"
)
_LATE_RE = re.compile(
    r"\b(?:salir|salimos|irnos|irme|nos vamos|me voy|dejar la cabana|dejarla|dejamos la cabana"
    r"|entregar la cabana|entregarla|quedarnos|quedarme|check ?out|hacer el check ?out)"
    r"(?: de la cabana)? (?:un poco |un rato |bien )?"
    r"(?:mas tarde|tarde|(?:a|por) la (?:tarde|siesta)|(?:al|despues del) mediodia"
    r"|late|later)\b"  # a tourist's English: "can we check out late on sunday?"
    r"|\b(?:late check ?out|salida (?:tardia|mas tarde))\b"
    # "¿podemos dejar las valijas después del check out?": out after the time, if only the
    # luggage (as "dejar las valijas antes" is in before it)
    r"|\b(?:dejar|dejamos|dejo|guardar|guardamos) (?:las valijas|el equipaje|los bolsos|las cosas"
    r"|las maletas|las mochilas)(?: \w+){0,3}? (?:despues (?:del|de la|de) (?:check ?out|salida"
    r"|las \d{1,2}|hora)|hasta (?:la tarde|mas tarde|las \d{1,2}|el mediodia))\b"
    # "¿podemos quedarnos hasta las 12?", "¿nos podemos quedar hasta el mediodía?" (not
    # "hasta el domingo": other dates)
    r"|\b(?:quedarnos|quedarme|quedar|nos quedamos|me quedo) hasta (?:las \d{1,2}"
    r"|el mediodia|la tarde|la siesta|mas tarde)\b"
    # "¿podemos salir tipo 9?", "nos vamos a las 12": an hour, weighed against check-out
    r"|\b(?:salir|salimos|irnos|nos vamos|dejar la cabana|dejamos la cabana|entregar la cabana"
    r"|entregamos la cabana|hacer el check ?out)(?: de la cabana)?"
    r" (?:tipo|a las|tipo a las|como a las|sobre las|a eso de las) \d{1,2}\b"
)
# "¿A qué hora hay que dejar la cabaña? ¿se puede más tarde?": leaving named in one clause,
# "later" asked in another. Only with no arrival in the message ("la salida es a las 10?
# ¿podemos llegar más tarde?" is about arriving).
_LEAVING_RE = re.compile(
    r"\b(?:dejar la cabana|check ?out|salida|salir|entregar la cabana|el ultimo dia"
    # "¿nos podemos ir más tarde?": leaving ("ir" alone may be going to the cabin)
    r"|irnos|irme|nos (?:podemos |podriamos )?ir|me (?:puedo |podria )?ir)\b"
)
_LATER_ASKED_RE = re.compile(
    r"\b(?:se puede|podemos|puedo|podriamos|se podria|hay chance|es posible)"
    r"(?: (?:quedarnos|quedarme|un poco|un rato|ir|irnos|irme|salir))* mas tarde\b"
)
_ARRIVING_RE = re.compile(r"\b(?:llegar|llego|llegamos|lleguemos|entrar|entramos|ingres\w*)\b")


async def early_or_late(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Puedo llegar antes, tipo 11?", "¿check out tarde?": the cabin's time, and that
    it depends on the cabin being free then, which the owner confirms (a person is
    offered). About the guest's own cabin when they have a reservation."""
    said = turn.said
    if turn.reply_id or not turn.msg.text or (said.check_in and (said.check_out or said.nights)):
        return None  # "del 1 al 4 para 2, llegamos a las 20": the stay is what is asked
    late = bool(_LATE_RE.search(turn.plain)) or _leaving_later(turn.plain)
    at_night = not late and bool(ARRIVE_LATE_RE.search(turn.plain))
    said = said_hour(turn.plain, at_night=at_night)
    # The hour anywhere only in a message about nothing else: "llegamos el sábado tipo 11,
    # ¿hay lugar para 2?" is a search.
    loose = not (turn.said.check_in or turn.said.guests or turn.said.month)
    arrives = at_night or (said is not None and loose and bool(ARRIVE_RE.search(turn.plain)))
    if not (late or arrives or _EARLY_RE.search(turn.plain)):
        return None
    cabins = await turn.cabins()
    mine = await turn.active_reservations()
    booked = {r.accommodation_id for r in mine}
    shown = [c for c in cabins if c.id in booked] or [c for c in cabins if c.slug == ctx.cabin]
    hour = said.strftime("%H:%M") if said is not None else None
    shown = shown or cabins
    if not late and (
        (said is None and at_night) or (said is not None and not NIGHT_ENDS <= said < LATE_NIGHT)
    ):
        # "¿Puedo llegar a las 2 de la mañana?", "llegamos tarde, tipo 11": the night of the
        # arrival day, not early; the cabin is ready, someone has to hand over the keys.
        return step(State.IDLE, understood(ctx), replies.night_arrival(shown, hour))
    if said is not None and _within_hours(shown, said, late=late):
        # "¿Podemos llegar a las 16?" with check-in from 14:00: yes, nothing to ask anyone.
        return step(State.IDLE, understood(ctx), replies.on_time(shown, hour or "", late=late))
    luggage = bool(LUGGAGE_RE.search(turn.plain))  # "¿podemos dejar las valijas hasta las 13?"
    answer = replies.early_or_late(shown, late=late, hour=hour, luggage=luggage)
    return step(State.IDLE, understood(ctx), answer)


def _leaving_later(words: str) -> bool:
    """ "¿Hasta qué hora es la salida? ¿se podría más tarde?": a late check-out asked."""
    return bool(
        _LATER_ASKED_RE.search(words)
        and _LEAVING_RE.search(words)
        and not _ARRIVING_RE.search(words)
    )


def _within_hours(cabins: list[Cabin], said: dt.time, *, late: bool) -> bool:
    """The hour said is at or after every check-in (before every check-out, leaving)."""
    if late:
        return all(said <= c.check_out_time for c in cabins)
    return all(said >= c.check_in_time for c in cabins)


async def change_of_booking(turn: Turn, ctx: Context) -> Step | None:
    """A step when a guest with a confirmed stay asks to change it, else None.

    "¿Podemos llegar un día antes?", "somos uno más": their reservation named, and a
    person offered (only a person can move it), never a new search from scratch.
    """
    if turn.reply_id or not turn.msg.text:
        return None
    if (more := await extra_nights(turn, ctx)) is not None:
        return more  # "¿podemos quedarnos una noche más?": whether it is free, and a person
    if WHOSE_NAME_RE.search(turn.plain):
        # "¿A nombre de quién quedó?" asks, changes nothing: the name, then how to change it.
        mine = await turn.active_reservations()
        if confirmed := [r for r in mine if r.status == Status.CONFIRMED]:
            named = [replies.whose_name(r, paid=True) for r in confirmed[:MAX_SHOWN]]
            return step(State.IDLE, understood(ctx), named)
    party = _party_only(turn)
    holder = bool(_HOLDER_CHANGE_RE.search(turn.plain)) and not says_stay(turn.said)
    moved = (
        _CHANGE_RE.search(turn.plain)
        or CABIN_MOVE_RE.search(turn.plain)
        or DEPOSIT_KEPT_RE.search(turn.plain)  # "que me guarden la seña para otra fecha"
        or LEAVE_EARLIER_RE.search(turn.plain)  # "nos volvemos un día antes": a night less
        or (_REDATED_RE.search(turn.plain) and await _dates_or_cabin(turn))  # "mejor del 8 al 11"
    )
    if not (party or holder or moved):
        return None
    mine = await turn.active_reservations()
    confirmed = [r for r in mine if r.status == Status.CONFIRMED]
    if not confirmed:
        return None  # nothing paid to change: a hold or a new stay is searched as usual
    hello = [replies.hello(ctx.name)] if turn.said.greeted else []
    # "y mi hermana con su marido": two more than booked, not a party of the two named.
    added = more_people(turn.plain, turn.msg.text or "") and not count_said(turn.plain)
    if party and not added and all(r.guests == turn.said.guests for r in confirmed):
        if not _change_offered(turn, ctx):
            return None  # "somos 2" as booked, out of the blue: a new stay, searched
        # "Somos 2 igual" right after the offer to change it: nothing to change, and the
        # guest hears so; other dates next are searched for that many.
        kept = dataclasses.replace(understood(ctx), guests=turn.said.guests)
        return step(State.IDLE, kept, hello, replies.booking_unchanged(confirmed))
    return step(State.IDLE, understood(ctx), hello, replies.change_needs_a_person(confirmed))


async def _dates_or_cabin(turn: Turn) -> bool:
    """Dates, nights, a month or a cabin in the message ("mejor la de 6, ¿se puede?")."""
    said = turn.said
    if any(v is not None for v in (said.check_in, said.check_out, said.nights, said.month)):
        return True
    if topics_of(turn):
        return False  # "al final, ¿la de 6 tiene parrilla?" asks about it
    return named_cabin(turn.msg.text or "", await turn.cabins()) is not None


def _change_offered(turn: Turn, ctx: Context) -> bool:
    """The last reply offered a person for a change (`replies.change_needs_a_person`): its
    buttons on screen (other replies share them, "¿puedo llegar antes?" among them), after
    a change the guest asked for in the message before."""
    if tuple(i for i, _ in ctx.shown) != (replies.MENU_HUMAN, replies.MENU_SHOW):
        return False
    before = plain(ctx.history[-2]) if len(ctx.history) >= 2 else ""
    return bool(_CHANGE_RE.search(before)) or parse(before, turn.today).guests is not None


def _party_only(turn: Turn) -> bool:
    """ "Al final vamos a ser 3, ¿hay problema?": a head count with no stay, no month and no
    other cabin or reservation asked for; with a paid stay, it is about that one."""
    said = turn.said
    if said.guests is None and said.extra_guests is None:
        # "Viene mi hermano también", "se suma mi cuñada": someone more, with no number.
        return more_people(turn.plain, turn.msg.text or "") > 0 and not said.month
    if said.check_in or said.check_out or said.month or said.nights:
        return False
    return not (ANOTHER_STAY_RE.search(turn.plain) or _NEW_BOOKING_RE.search(turn.plain))


async def _lapsed_hold(turn: Turn, ctx: Context) -> Reservation | None:
    """The hold this conversation was about, when it has expired since; with no hold in
    the conversation (it lasts a day in Redis), the guest's latest lapsed one by number."""
    if ctx.hold is None:
        return await holds.lapsed_hold_for(turn.pool, turn.msg.wa_id, today=turn.today)
    try:
        res = await holds.get_reservation(turn.pool, ctx.hold)
    except ReservationNotFound:
        return None
    return res if res.status == Status.EXPIRED else None


async def _refund_owed(turn: Turn, res: Reservation) -> bool:
    """A deposit reached this reservation and could not be applied (its audit trail
    says so), so it is to be returned."""
    _, events = await reservation_history(turn.pool, res.code)
    return any(e.event == REFUND_NEEDED_EVENT for e in events)


def _search_again(ctx: Context, lapsed: Reservation) -> Context:
    """ "Buscar de nuevo" after a lapsed hold searches its stay and party again."""
    return dataclasses.replace(
        ctx, hold=None, pay_url=None, cabin=None, offers=(), misses=0, nights=None,
        month=None, check_in=lapsed.check_in, check_out=lapsed.check_out,
        guests=lapsed.guests,
    )  # fmt: skip


# "¿el saldo lo puedo pagar ahora / con tarjeta / por adelantado?": how the rest is paid.
_REST_WORD_RE = re.compile(r"\b(?:el resto|el saldo|lo que falta|lo que queda|lo restante)\b")
_EARLIER_RE = re.compile(r"\b(?:ahora|antes|adelantad\w*|anticipad\w*|mercado ?pago|tarjeta)\b")


def _rest_paid_how(turn: Turn) -> str | None:
    """The way (a `PAY_WAYS` name, "todo" for sooner or by card) the rest is asked to be
    paid in, or None when only the amount or the day is asked."""
    way = next((n for n, p in PAY_WAYS if n != "resto" and p.search(turn.plain)), None)
    return way or ("todo" if _EARLIER_RE.search(turn.plain) else None)


async def days_to_go(turn: Turn, ctx: Context) -> Step | None:
    """ "¿Cuántos días faltan?" from a guest with a paid stay ahead: the count and the day
    (None with none: a question we cannot place, answered as before)."""
    if turn.reply_id or not DAYS_LEFT_RE.search(turn.plain):
        return None
    mine = await turn.active_reservations()
    ahead = [r for r in mine if r.status == Status.CONFIRMED and r.check_in >= turn.today]
    if not ahead:
        return None
    res = min(ahead, key=lambda r: r.check_in)
    return step(State.IDLE, understood(ctx), replies.days_to_go(res, turn.today))


def status_of_a_month(turn: Turn) -> bool:
    """ "¿Cuál era el código de la de mayo?": a question about a reservation of theirs
    with a month that says which one, not a stay asked for (no days, no head count)."""
    said = turn.said
    if said.month is None or said.check_in or said.guests or said.nights or turn.reply_id:
        return False
    return bool(_STATUS_RE.search(turn.plain))


def writes_about_it(turn: Turn) -> bool:
    """ "Hola, te escribo por la reserva", "consulta sobre la reserva que hice", "¿está
    confirmada mi reserva?": the guest's booking named as what the message is about, and
    no question about the cabins in it."""
    about = (
        _QUESTION_ABOUT_IT_RE.search(turn.plain)
        or _CONFIRMATION_MISSING_RE.search(turn.plain)
        # not the link asked for: the hold's handler gives the link it holds
        or (_STATUS_RE.search(turn.plain) and not _LINK_WORD_RE.search(turn.plain))
    )
    return bool(about) and not set(topics_of(turn)) - {"payment"}


async def about_my_booking(turn: Turn, ctx: Context) -> Step | None:
    """A step when the message asks about the guest's own reservations, else None."""
    if turn.reply_id or not turn.msg.text:
        return None
    typed = codes_typed(turn) or await bare_codes(turn)  # "CAB-M77W", "la reserva m77w"
    more = paid_follow_up(turn, ctx)  # "la hice ayer" after "ya te pagué"
    paid = more or says_paid(turn) or bool(_MY_MONEY_RE.search(turn.plain))
    time_left = bool(TIME_LEFT_RE.search(turn.plain))
    doubt = bool(_QUESTION_ABOUT_IT_RE.search(turn.plain))
    missing = bool(_CONFIRMATION_MISSING_RE.search(turn.plain))  # "no me llegó el mail"
    balance = bool(_BALANCE_RE.search(turn.plain))
    # "no me salió el pago"; "el link no anda" (a day later, the chat forgotten: the link
    # of their reservation, paid, pending or lapsed, as there is no other)
    failed = bool(PAY_FAILED_RE.search(turn.plain)) or bool(
        _LINK_WORD_RE.search(turn.plain) and LINK_TROUBLE_RE.search(turn.plain)
    )
    status = missing or bool(
        _STATUS_RE.search(turn.plain)
        or _BOOKED_CONFIRM_RE.search(turn.plain)
        or MY_RESERVATIONS_RE.search(turn.plain)
        or HAVE_BOOKING_RE.search(turn.plain)
        # "hice la reserva el lunes", "reservé el martes": told with the day it was made
        or BOOKED_ON_RE.search(turn.plain)
    )
    what_now = bool(_WHAT_NOW_RE.match(turn.plain)) or (
        asks(turn) and bool(_ALL_SET_RE.match(turn.plain))
    )
    to_pay = bool(_PAY_WISH_RE.search(turn.plain)) and not says_stay(turn.said)
    what_now = what_now or bool(_CONFIRM_ASKED_RE.search(turn.plain))
    receipt = bool(RECEIPT_WANTED_RE.search(turn.plain))  # "¿me dan algún recibo?"
    how_much = bool(_HOW_MUCH_RE.search(turn.plain))  # the deposit paid, the balance owed
    asked = typed or paid or time_left or doubt or failed or status or what_now or to_pay
    party = bool(_PARTY_ASKED_RE.search(turn.plain))  # "¿para cuántas personas era?"
    asked = asked or receipt or how_much or party
    if not (asked or balance):
        return None
    if set(topics_of(turn)) - {"payment", *(("capacity",) if party else ())}:
        return None  # "ya reservé, ¿a qué hora es el check-in?": the question is the point
    mine = await turn.active_reservations()
    if not mine and balance and not asked:
        return None  # a general question on when the rest is paid
    hello = [replies.hello(ctx.name)] if turn.said.greeted else []
    ctx = understood(ctx)
    if not mine and (more or paid) and (lapsed := await _lapsed_hold(turn, ctx)):
        # "Ya pagué", "¿y mi plata?" with only a lapsed hold: that code, and what became of
        # the payment (returned when someone took the nights meanwhile, see
        # booking/deposits.py; else confirmed when it lands, if the nights are still free).
        owed = await _refund_owed(turn, lapsed)
        told = replies.late_payment_refund(lapsed) if owed else replies.lapsed_hold_paid(lapsed)
        return step(State.IDLE, _search_again(ctx, lapsed), hello, told)
    if not mine and not (more or paid) and (lapsed := await _lapsed_hold(turn, ctx)):
        # The hold we were talking about expired (maybe while a person had the chat):
        # say so, and "Buscar de nuevo" searches the same stay, rather than "no encontré".
        # Its stay and party are remembered for that search (a forgotten chat had neither).
        return step(State.IDLE, _search_again(ctx, lapsed), hello, replies.hold_expired(lapsed))
    if (
        not mine
        and (what_now or to_pay or (how_much and _TERMS_ASKED_RE.search(turn.plain)))
        and not (typed or paid or time_left or doubt or failed or status)
    ):
        # "¿y ahora?", "¿cómo pago?", "¿cuánto es la seña?" with nothing booked: not about a
        # reservation (the deposit's terms answer the last; "¿cuánto pagué?" is one's own)
        return None
    if not mine:
        if more:
            return step(State.IDLE, ctx, hello, replies.paid_details_noted(None))
        if paid:
            return step(State.IDLE, ctx, hello, replies.paid_but_nothing_pending())
        return step(State.IDLE, ctx, hello, replies.no_reservations(typed[0] if typed else None))
    named = [r for r in mine if r.code in typed]
    lost = [replies.code_not_found(typed[0], len(mine))] if typed and not named else []
    if not typed and len(mine) > 1 and (which := which_reservation(turn, mine, ctx.hold)):
        named = [which]  # "¿me pasás el link de la primera?", "la de Chapelco"
    # What is confirmed first: "¿está todo?" is answered with the good news, then the rest.
    shown = sorted(named or mine, key=lambda r: r.status != Status.CONFIRMED)[:MAX_SHOWN]
    answers, links = [], {}
    for res in shown:
        rest = balance or bool(_REST_WORD_RE.search(turn.plain))
        if res.status == Status.CONFIRMED and rest and (way := _rest_paid_how(turn)):
            # "¿Puedo pagar el saldo ahora por Mercado Pago?": the rest, and who arranges
            # paying it that way (not only when it is due).
            answers.append(replies.rest_after_deposit(res, way))
            continue
        if res.status == Status.CONFIRMED and receipt:
            answers.append(replies.deposit_receipt(res))  # "hola, ¿me dan algún recibo?"
            continue
        if res.status == Status.CONFIRMED and how_much:
            # "¿Cuánto pagué de seña?", "¿cuánto me falta?": both amounts, from the booking.
            staying = res.check_in <= turn.today < res.check_out
            answers.append(replies.deposit_and_balance(res, staying=staying))
            continue
        if res.status == Status.CONFIRMED:
            whom = booked_for(res.guest_name, ctx.name)  # "a nombre de mi mamá"
            staying = res.check_in <= turn.today < res.check_out
            answers.append(
                replies.confirmed_status(res, booked_for=whom, staying=staying, party=party)
            )
            continue
        url, demo = await payment_link(turn.app, res)
        links[res.code] = url
        if failed and not paid:
            until = local_time(res.expires_at, turn.rules)
            answers.append(replies.payment_not_through(res, url, demo=demo, until=until))
        elif more:
            answers.append(replies.paid_details_noted(res))
        elif paid:
            answers.append(replies.payment_not_seen_yet(res, url, demo=demo))
        elif time_left and res.expires_at is not None:
            until = local_time(res.expires_at, turn.rules)
            left = (res.expires_at - dt.datetime.now(dt.UTC)).total_seconds() // 60
            answers.append(replies.time_left(res, until, max(1, int(left)), url, demo=demo))
        else:
            until = local_time(res.expires_at, turn.rules)
            answers.append(replies.payment_pending(res, url, demo=demo, until=until))
    if doubt:
        answers.append(replies.tell_me_your_question())
    if len(links) == 1:
        # One hold waiting for its deposit: the conversation goes back to waiting for it.
        ((code, url),) = links.items()
        ctx = dataclasses.replace(ctx, hold=code, pay_url=url)
        return step(State.AWAIT_PAYMENT, ctx, hello, lost, answers)
    return step(State.IDLE, ctx, hello, lost, answers)
