"""What guests say mid-booking: the patterns the booking handlers route on.

Each is matched on `turn.plain` (lowercase, no accents; see `bot.handlers.plain`) unless
its comment says otherwise. The step handlers (`bot/handlers_search.py`, `_ask`, `_list`,
`_summary`, `_deposit`) decide what to do with them.
"""

from __future__ import annotations

import re

# "¿Me la confirmás?", "confirmame", "la quiero": typed instead of tapping "Confirmar".
CONFIRM_RE = re.compile(
    r"\bme (?:la |lo )?(?:confirmas|confirman|guardas|guardan|reservas|reservan|apartas)\b"
    r"|\b(?:confirmame|confirmamela|confirmala|guardamela|guardala|reservamela|apartamela)\b"
    # "no la quiero" is no want (session 23: "nah dejalo, no la quiero" held the cabin).
    r"|(?<!no )\b(?:la|lo) (?:quiero|queremos|tomo|tomamos|reservo|reservamos)\b"
    r"|(?<!no )\b(?:quiero|queremos|vamos con|me quedo con|nos quedamos con) esa\b"
)
# "Muy amable. Confirmo.", "nos encantó 😍 confirmo", "bueno, confirmo entonces": a yes
# said last, in a sentence (or after an emoji) of its own. On one clause (`_last_clause`).
FINAL_YES_RE = re.compile(
    # "perdón, te decía que confirmo": the yes said again after an aside.
    r"^(?:(?:si|dale|ok|bueno|perfecto|listo|entonces|asi que|y|perdon|disculpa|te decia que"
    r"|te digo que|como te decia|les decia que) )*"
    r"(?:confirmo|confirmamos|(?:la|lo) confirmo|(?:la|lo) confirmamos"
    # "gracias, quiero confirmar", "obrigado, quero confirmar": thanks, then the yes.
    r"|(?:la |lo )?(?:quiero|queremos|quero|queria|queriamos) (?:confirmar|reservar)(?:la|lo)?)"
    r"(?: (?:entonces|nomas|igual|la reserva|porfa|por favor))?$"
)
# "esa", "esa me sirve", "va esa": the only cabin listed, taken.
# "Gracias, la pasamos bárbaro", "nos encantó todo, volveremos": a stay praised (after it,
# or a returning guest's last one), thanked warmly rather than with "¡De nada!".
STAY_PRAISED_RE = re.compile(
    r"\b(?:la|lo)? ?pas(?:amos|e|aron|aste) (?:re |muy |super |de )?"
    r"(?:barbaro|genial|bien|hermoso|espectacular|increible|10|diez|barbaros|lindo|buenisimo|rebien)\b"
    r"|\bnos (?:re |super )?encant(?:o|aron)\b|\bme (?:re |super )?encant(?:o|aron)\b"
    r"|\b(?:volveremos|vamos a volver|queremos volver|seguro volvemos|ya estamos volviendo)\b"
    # "volvemos seguro", "volvemos el año que viene": coming back said as a promise
    r"|\bvolvemos (?:seguro|pronto|sin dudas?|el ano que viene|el proximo ano|otra vez)\b"
    r"|\bnos vemos (?:la proxima|el ano que viene|el proximo ano|la proxima temporada)\b"
    # "la cabaña estaba impecable", "estuvo todo hermoso"
    r"|\b(?:estaba|estuvo|quedo) (?:todo )?(?:re |muy |super )?(?:impecable|hermos[oa]|genial"
    r"|barbaro|divin[oa]|perfect[oa]|excelente|espectacular|buenisim[oa]|lindisim[oa])\b"
    r"|\b(?:hermoso|hermosa|precioso|preciosa|lindisimo|lindisima|divino|divina) "
    r"(?:lugar|cabana|todo|estadia)\b"
    r"|\btodo (?:re |muy |super )?(?:excelente|impecable|hermoso|genial|barbaro|divino|perfecto)\b"
    r"|\b(?:excelente|muy buena|buenisima|impecable) atencion\b|\b(?:10|diez) puntos\b"
)
# "ok", "dale", "listo", "genial": an acknowledgement, not a request (whole message, plain).
ACK_RE = re.compile(
    r"^(?:(?:ok|oka|okey|oki|okis|dale|listo|genial|perfecto|joya|buenisimo|barbaro|bien"
    r"|bueno|de una|entendido|ah|ahh) ?)+$"
)
# A bare nod ("ok", "bueno", "perfecto", "listo"): heard, without the "dale"/"sí" of a yes.
NOD_RE = re.compile(
    r"^(?:(?:ok|oka|okey|oki|okis|listo|genial|perfecto|joya|buenisimo|barbaro|bien|bueno"
    r"|entendido|ah|ahh) ?)+$"
)
THAT_ONE_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|listo|perfecto|entonces) )*(?:va |vamos con |me quedo con )?"
    r"(?:(?:esa|esta)(?: misma| nomas| esta bien| me sirve| nos sirve)?|me sirve"
    # "la única que hay", "esa única", "la única que tenés" (session 20)
    r"|nos sirve|(?:la|esa) unica(?: que (?:hay|tenes|tienen|queda|quedan|tengas))?)"
    r"(?: (?:porfa|por favor|dale|entonces|gracias))?$"
)
# "ok, después te aviso", "lo pienso", "dejame consultarlo": not now, and not a yes.
LATER_RE = re.compile(
    r"\b(?:despues|luego|mas tarde|manana|en un rato) te (?:aviso|digo|confirmo|escribo)\b"
    r"|\bte (?:aviso|confirmo|escribo) (?:despues|luego|mas tarde|manana|en un rato"
    r"|a la (?:tarde|noche|manana))\b"
    # "no puedo escribir mucho, estoy manejando", "ahora no puedo hablar" (session 21)
    r"|\bno (?:puedo|podemos) (?:hablar|escribir|contestar|responder)\b"
    r"|\b(?:estoy|voy|vamos|estamos) manejando\b"
    r"|\bte (?:aviso|escribo)$"  # not a bare "te confirmo": "sí, te confirmo" is a yes
    # ... not once it is done: "ya lo charlamos, la queremos" (round 25; "charlamos" is past too)
    r"|\b(?<!ya )(?:lo|la) (?:pienso|pensamos|consulto|consultamos|charlo|charlamos|hablo"
    r"|hablamos)\b"
    r"|\b(?:lo|la) (?:voy|vamos) a (?:pensar|consultar|charlar|hablar)\b"
    r"|\bdejame (?:pensarlo|pensar|consultarlo|consultar|verlo|ver)\b"
    # "confirmo mañana", "la cancelo después": the answer comes later, "mañana" is no stay
    r"|\b(?:confirmo|confirmamos|aviso|avisamos|digo|decimos|reservo|reservamos|cancelo"
    r"|cancelamos) (?:manana|despues|luego|mas tarde|en un rato|a la (?:tarde|noche))\b"
    # hold on: "esperá que le pregunto a mi marido", "dame un minuto", "ya vuelvo"
    r"|\b(?:espera|esperame|esperen|aguarda|aguardame)\b"
    r"|\b(?:un|dame un|dame|danos un) (?:minuto|minutito|momento|momentito|segundo|seg|toque)\b"
    r"|\b(?:ya|ahora|ahi|enseguida) (?:vuelvo|volvemos|te escribo|te digo)\b"
    r"|\b(?:le|les) (?:pregunto|preguntamos|consulto|consultamos)\b"
    r"|\bconsulto (?:con|a|primero|antes)\b|\bpregunto (?:a|con|primero|antes)\b"
    r"|\b(?:lo|la) (?:veo|vemos) con\b"
)
# "Me equivoqué", "la quería", "no quise cancelar": the summary just dropped, wanted after all.
REGRET_RE = re.compile(
    r"\b(?:me equivoque|nos equivocamos|sin querer|me arrepenti|nos arrepentimos"
    r"|(?<!no )(?:la|lo) (?:quiero|queremos|queria|queriamos)"
    r"|no (?:queria|quise|queriamos|quisimos) cancelar)\b"
)
# "ninguna", "ninguna de esas", "no me convence ninguna": none of the cabins listed.
NONE_LISTED_RE = re.compile(
    r"^(?:(?:no|nop|mmm|mejor|por ahora|al final|la verdad|gracias|pero) )*ningun[oa]s?"
    r"(?: (?:de (?:esas|estas|ellas|las \w+)|(?:me|nos) (?:sirve|convence|gusta|cierra)"
    r"|por ahora|gracias|al final))*$"
    r"|^(?:(?:no|la verdad|mmm) )*no (?:me|nos) (?:sirve|convence|gusta|cierra|copa) ninguna"
    r"(?: de (?:esas|estas|ellas|las \w+))?$"
)
# "¿y por noche?", "¿cuánto la noche?": the price of a night, next to a summary's total.
A_NIGHT_RE = re.compile(
    r"^(?:y )?(?:cuanto (?:sale |es |seria |cuesta )?|precio )?(?:por|la|cada|x) noche$"
)
# "¿Cuánto sale por noche la más barata?", "x noche cuánto es?", "la noche cuánto sale?":
# a night's price asked anywhere in a price question (plain text; `asks_per_night`).
PER_NIGHT_RE = re.compile(
    r"\b(?:por|x|cada) noche\b|\b(?:sale|cuesta|es|esta|seria|vale) la noche\b|^(?:y )?la noche\b"
)
# "¿y la noche para 2?": a price asked along with a head count (read as availability).
PRICE_HINT_RE = re.compile(r"\b(?:cuanto|precios?|cuesta)\b|\b(?:la|por|cada|x) noche\b")
# Typed instead of tapping "Cambiar fechas" on the summary.
CHANGE_DATES_RE = re.compile(
    r"\b(?:cambiar|cambio|cambiemos|cambiamos|modificar|otras?) (?:las |la |de )?fechas?\b"
    # "me equivoqué de fechas", "nos equivocamos con los días"
    r"|\bequivo\w* (?:de|con|en) (?:las |los |la |el )?(?:fechas?|dias?)\b"
    # A tourist's English: "change dates", "I want to change the dates", "wrong dates".
    r"|\b(?:change|modify) (?:the |our |my )?dates?\b|\bwrong dates?\b"
)
# "ya transferí", "te hice la transferencia", "deposité en la cuenta", "te pasé la plata al
# alias": the deposit said sent by bank transfer, which never reaches Mercado Pago's notice
# (session 23). Not "¿puedo transferir?" (a way asked) nor "te transfiero" (still to do).
TRANSFER_SENT_RE = re.compile(
    r"\b(?:transferi|transferimos|deposite|depositamos)\b"
    r"|\b(?:hice|hicimos|mande|mandamos|envie|enviamos) (?:la|una|el) (?:transferencia|deposito)\b"
    r"|\b(?:te |les )?(?:pase|pasamos|mande|mandamos) (?:la plata|el dinero|la sena) (?:al|por)"
    r" (?:alias|cbu|cvu|transferencia|la cuenta|tu cuenta)\b"
)
# The deposit kept for another stay ("que me guarden la seña para otra fecha", "¿me queda la
# seña a favor?", "¿puedo usar la seña para otro finde?"): a change of the paid stay, not a
# cancel (session 23).
DEPOSIT_KEPT_RE = re.compile(
    r"\bsena a favor\b"
    r"|\b(?:guard\w*|usar|uso|usamos|pasar|pasen|pasan|mantener|mantienen|mantengan|reservar)"
    r" (?:la|mi|nuestra) sena\b"
    r"|\bsena (?:para|en|a) (?:otra|otras|otro|otros) (?:fechas?|momento|vez|finde|fines"
    r"|mes|temporada|dias?)\b"
)
# "ya pagué", "listo, ya transferí": the deposit is paid as far as the guest knows.
PAID_RE = re.compile(
    r"\bya (?:te |lo |la )?(?:pague|pagamos|abone|abonamos|transferi|transferimos"
    r"|deposite|hice el pago|hicimos el pago|esta pag[oa]d?[oa]?|realice el pago)\b"
    r"|\b(?:pago|sena) (?:hech[oa]|realizad[oa]|enviad[oa]|abonad[oa])\b"
    r"|\b(?:te )?(?:mande|envie|paso) (?:el )?comprobante\b"
    # "ahí te mandé la captura", "les envié el recibo" (session 21)
    r"|\b(?:te|les) (?:mande|envie|pase) (?:el |la |una )?(?:comprobante|captura|recibo)\b"
    # "la pagué ayer", but not "cuando la pague" (that one is still to be paid)
    r"|(?<!cuando )(?<!apenas )(?<!que )\b(?:te la|te lo|la|lo)"
    r" (?:pague|pagamos|abone|abonamos|transferi|transferimos)\b"
    r"|\bpague la sena\b"
    # "¿llegó la plata?", "¿recibieron el pago?": asked by someone who paid
    r"|\b(?:les |te )?llego (?:la plata|el pago|mi pago|la sena|la transferencia|el deposito)\b"
    r"|\b(?:recibieron|recibiste|vieron|viste) (?:la plata|el pago|mi pago|la sena"
    r"|la transferencia)\b"
    # "¿me llegó la confirmación?", "¿cuándo me confirman?": asked by someone who paid, too
    r"|\b(?:me |nos )?(?:llego|llega|llegaria) (?:la|alguna|una) confirmacion\b"
    r"|\b(?:cuando|ya) (?:me |nos )?(?:confirman|confirmas|confirmaron|confirmaste"
    r"|van a confirmar)\b"
    # "listo, pagado 👍", "abonado", "seña pagada": the payment said in a word
    r"|^(?:(?:listo|ok|okey|dale|bueno|ya|joya|perfecto|genial|ahi|esta|todo|la sena|sena) )*"
    r"(?:pagad[oa]|abonad[oa]|senad[oa]|transferid[oa])(?: (?:ya|listo|todo|entonces))?$"
)
# "¿puedo pagar con la tarjeta de mi marido?", "la tarjeta no es mía": a card in someone
# else's name ("tarjeta de crédito" is no one's).
OTHERS_CARD_RE = re.compile(
    r"\btarjeta (?:de|del|de la) (?:otra persona|otro|otra|un amigo|una amiga|un familiar"
    r"|un tercero|mi (?!banco)\w+|mis \w+)\b"
    r"|\btarjeta (?:que )?no (?:es|sea) (?:mia|nuestra)\b|\btarjeta a nombre de (?:otr\w+|mi \w+)\b"
    r"|\bpued\w* pagar(?:la|lo)? (?:mi|otra|otro|un|una) \w+(?: \w+)? con (?:su|la|una) tarjeta\b"
    # "¿puedo pagar con la cuenta de mi marido?", "con el mercado pago de mi hermana"
    # (session 23): someone else's account, as their card.
    r"|\b(?:cuenta|mercado ?pago|mp|home ?banking) (?:de|del|de la) (?:otra persona|otro|otra"
    r"|un amigo|una amiga|un familiar|mi (?!banco)\w+|mis \w+)\b"
)
# "la hice ayer", "fue hoy a la mañana": more about a payment the guest just said was made.
PAID_MORE_RE = re.compile(
    r"\b(?:la|lo) (?:hice|hicimos|hizo|mande|mandamos|envie|enviamos)\b"
    r"|\b(?:fue|pague|pagamos|pagaron|transferi|transferimos) (?:ayer|hoy|anoche|recien"
    r"|hace|esta manana|esta tarde|a la manana|a la tarde|el)\b"
    r"|^(?:ayer|hoy|anoche|recien|hace un rato|hace (?:un|una|dos|\d+) \w+|esta manana"
    r"|esta tarde|con tarjeta|con debito|por mercado ?pago)$"
)
# "no me anda el link", "me da error": the link again, and a person if it keeps failing.
LINK_TROUBLE_RE = re.compile(
    # "a mi mamá no le anda": whoever pays, the same trouble.
    r"\bno (?:me |nos |le |les |te )?(?:anda|funciona|abre|carga|deja|acepta|toma|pasa|sale)\b"
    r"|\bno (?:puedo|pude|podemos|pudimos) (?:pagar|abrir|entrar)\b"
    r"|\b(?:da|tira|me da|me tira|sale|aparece) (?:un )?error\b|\brechaz\w*"
    # "me rebotó la tarjeta", "tarjeta declinada", "fondos insuficientes": refused too.
    r"|\brebot\w*|\bdeclin\w*|\bfondos insuficientes\b"
    # A tourist's English: "the link doesn't work", "it's not loading", "I can't pay".
    r"|\b(?:doesn t|doesnt|does not|isn t|isnt|is not|not|won t|wont|can t|cant|cannot)"
    r" (?:work|working|open|opening|load|loading|pay)\b"
)
# "ya le pasé el link a mi mamá", "se lo mandé a mi marido", "lo paga mi papá": someone else
# pays the deposit. Past tense only: "¿le paso el link a mi mamá?" asks whether they can.
LINK_PASSED_ON_RE = re.compile(
    # "le pasé el link", "se lo mandé": the link, not "le pasé los datos de mi mamá".
    r"\b(?:le|les) (?:pase|mande|reenvie|envie|comparti|pasamos|mandamos|reenviamos|enviamos"
    r"|compartimos) (?:el|este|ese|tu|su) (?:link|enlace)\b"
    r"|\bse (?:lo|la|los) (?:pase|mande|reenvie|envie|comparti|pasamos|mandamos|reenviamos"
    r"|enviamos|compartimos)\b"
    r"|\b(?:pase|mande|reenvie|envie|comparti|pasamos|mandamos|reenviamos|enviamos) (?:el|los)"
    r" (?:link|links|enlace)(?: de pago)? (?:a|para) \w+"
    r"|\b(?:lo|la) (?:paga|pagan|va a pagar|van a pagar|abona|va a abonar) (?:mi|mis|su|sus"
    r"|nuestr[oa]s?) \w+"
    r"|\b(?:mi|mis|su|sus) \w+ (?:lo |la )?(?:paga|pagan|va a pagar|van a pagar|abona)\b"
    r"|^(?:(?:y|ya|bueno|listo|dale) )*(?:paga|va a pagar|abona) (?:mi|mis|su|sus) \w+"
)
# "le paso el link a mi mamá", "le digo a mi hijo q pague él": someone else will pay, and
# needs the link to do it.
LINK_TO_PASS_RE = re.compile(
    r"\b(?:le|les) (?:paso|mando|reenvio|envio|comparto|(?:voy|vamos) a (?:pasar|mandar"
    r"|reenviar|enviar|compartir)) (?:el|este|ese|tu|su) (?:link|enlace)\b"
    r"|\bse (?:lo|la) (?:paso|mando|reenvio|envio|comparto|(?:voy|vamos) a (?:pasar|mandar"
    r"|reenviar|enviar|compartir))\b"
    r"|\b(?:le|les) (?:digo|pido|dije|pedi|(?:voy|vamos) a (?:decir|pedir))(?: a (?:mi|mis|su|sus)"
    r" \w+)? (?:que|q) (?:me |nos )?(?:lo |la )?(?:pague|paguen|abone|abonen)\b"
)
# "no tengo tarjeta", "sin tarjeta": Mercado Pago takes money in the account too.
NO_CARD_RE = re.compile(r"\b(?:no (?:tengo|tenemos|uso|usamos) (?:\w+ )?tarjetas?|sin tarjetas?)\b")
# "Quiero otra cabaña también", "una segunda reserva": another stay besides the hold.
ANOTHER_STAY_RE = re.compile(
    r"\b(?:otra|una segunda|segunda) (?:cabana|reserva)\b|\b(?:dos|2) cabanas\b"
    # "¿y si alquilamos 2?", "podemos reservar dos" after "la más grande es para 6"
    r"|\b(?:alquil|reserv|agarr|tom)\w* (?:las )?(?:dos|2)$"
    # "¿y la otra para los otros 4?", "la de los demás" once a group's first cabin is held
    r"|\b(?:la|una) (?:otra|segunda)(?: cabana)? (?:para|pa) (?:los|las|el resto)\b"
    r"|^(?:(?:y|ahora|bueno|listo|dale) )*(?:la de|para|pa) (?:los|las) (?:otros|otras|demas"
    r"|restantes)\b"
)
# "otra reserva para otras fechas", "en otra fecha", "para otros días": a second stay, not
# a second cabin for the same one.
OTHER_DATES_RE = re.compile(r"\b(?:otras fechas|otra fecha|otros dias|otro dia)\b")
# A booking for someone else: "quiero reservar para una amiga", "mi hermana quiere
# reservar", "le quiero reservar a mi suegra". Not "quiero reservarla para mi mamá" (the
# cabin on screen) nor "la reserva es para mi mamá" (whose it is).
_OTHERS = (
    r"(?:amig\w*|mama|mami|papa|padres|viejos|vieja|viejo|herman\w*|hij[oa]s?|suegr\w*"
    r"|prim[oa]s?|tia|tio|tios|abuel\w*|vecin\w*|companer\w*|cunad\w*|novi[oa]|jefe|jefa"
    r"|familia|conocid\w*|sobrin\w*)"
)
FOR_SOMEONE_ELSE_RE = re.compile(
    r"\b(?:reservar|reservo|reservarle|reservale|alquilar|alquilarle)\b(?: \w+){0,3}? (?:para|a)"
    rf" (?:mi|mis|una|un|unos|unas|nuestra|nuestro|nuestros|nuestras) {_OTHERS}\b"
    rf"|\b(?:mi|mis|una|un) {_OTHERS} (?:tambien )?(?:quiere|quieren|quisiera|quisieran"
    r"|necesita|necesitan) (?:reservar|alquilar)\b"
    r"|\b(?:le|les) (?:quiero|queremos|quisiera|puedo|podemos) (?:reservar|alquilar)\b"
)
# "mejor la otra", "prefiero otra cabaña", "cambiamos de cabaña", "otra en vez de esta";
# not "mejor otra fecha" (other dates) nor "la otra para los otros 4" (a group's second).
SWAP_CABIN_RE = re.compile(
    r"\b(?:mejor|prefiero|preferimos|prefeririamos|preferiria)\b(?: \w+){0,3}? "
    r"(?:la |una )?otra(?! (?:fecha|semana|vez|dia|noche|finde|persona|para|pa)\b)"
    r"|\bcambi\w* (?:de|la) cabana\b|\bcambi\w* (?:a|por) (?:la|una) otra\b"
    r"|\botra (?:cabana )?en (?:vez|lugar) de\b"
)
# "¿se puede cambiar a la cabaña de 4?", "¿nos podemos pasar a la de 6?", "quiero cambiar
# de cabaña": the booked cabin swapped for another. "Pasar a la cabaña" is going in, so
# "pasar" needs the other cabin named ("a la de…", "a otra").
CABIN_MOVE_RE = re.compile(
    r"\b(?:cambi|mud)\w* (?:a|por) (?:la|otra|una) (?:cabana|de|del|otra)\b"
    r"|\bpas\w* (?:a|por) (?:la|otra|una) (?:de|del|otra)\b"
    r"|\b(?:cambi|mud)\w* (?:de|la) cabana\b"
)
# "ahora la otra", "¿y la segunda?", "vamos con la otra": the next cabin, whole message.
# A second cabin only while a group's first one is held (`handlers_deposit`); elsewhere
# "la otra" is a row of the list or the cabin not on the summary.
NEXT_CABIN_RE = re.compile(
    r"^(?:(?:y|ahora|bueno|listo|dale|ok|joya|perfecto|genial) )*"
    r"(?:(?:vamos|seguimos|sigamos|pasemos) (?:con|a) )?la (?:otra|segunda)(?: cabana)?"
    r"(?: ahora)?$"
)
# "4", "cuatro", "y 3": a bare number answers "¿cuántas personas?" or "¿cuántas noches?";
# "la primera" (a choice by its place) does not.
BARE_NUMBER_RE = re.compile(
    # "ah ok, entonces 4", "dale, 3": a nod before the number is still a bare number.
    r"^(?:(?:ah|ahh|ok|oka|okey|oki|dale|bueno|bien|perfecto|listo|joya|genial|entonces|si"
    r"|claro|ya) )*"
    r"(?:y |somos |son |seriamos |seremos |serian |como |unas? |unos |capaz |quizas |tal vez "
    r"|maximo |como mucho |calculo )?"
    r"(?:\d{1,2}|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)$"
)
_COUNT = r"(\d{1,2}|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
# To "¿cuántas personas?", a number wrapped in fillers ("mmm 3", "por ahora 2", "la familia
# completa, 5", "5 contando al bebe", "4 aprox") or a range ("entre 4 y 6", "3 o 4",
# "seriamos 3 capaz 4"), and nothing else: groups 1 and 3 the number, 2 and 4 a range's top.
HEAD_COUNT_ANSWER_RE = re.compile(
    r"^(?:(?:ah|ok|dale|bueno|bien|entonces|si|ya|m{2,}|e+m+|eh+|este|y|no se|no se todavia"
    r"|todavia no se|por ahora|x ahora|en principio|por el momento|creo que|calculo que"
    r"|(?:la|toda la) familia(?: completa| entera)?|somos|son|seriamos|seremos|serian|unos"
    r"|unas|como|capaz|quizas|tal vez|maximo|como mucho|calculo"
    # "ok, solo 6", "al final 6": the whole party (after a split, back to what one fits)
    r"|solo|solamente|al final) )*"
    # "y" joins a range only after "entre": "2 y 3" may be 2 adults and 3 kids
    r"(?:entre "
    + _COUNT
    + r" y "
    + _COUNT
    + r"|"
    + _COUNT
    + r"(?: (?:o|o capaz|capaz|quizas|o quizas|tal vez|o tal vez) "
    + _COUNT
    + r")?)"
    r"(?: (?:personas|mas o menos|aprox|aproximadamente|creo|por ahora|maximo|como mucho"
    r"|nomas|nada mas|solamente|solo|y listo|contando (?:al|a la|a los|a las|a mis?|a) \w+))*$"
)
# "2 y un perro", "3 y la perrita", "4 con 2 gatos": the head count, and a pet beside it.
COUNT_AND_PET_RE = re.compile(
    r"^" + _COUNT + r" (?:(?:y|con|mas) )?(?:(?:un|una|el|la|mi|los|las|mis|nuestro|nuestra"
    r"|\d|dos|tres) )?(?:perr\w*|gat\w*|mascotas?|cachorr\w*)$"
)
# "no", "nop", "nope", "nah", "no no": a no and nothing else. To a question that is not a
# yes/no one ("¿cuántas personas?", "¿para qué fechas?") it is no answer: nothing is dropped
# on it ("no gracias", "no, dejalo", "no por ahora" still say to stop).
BARE_NO_RE = re.compile(r"^(?:n[oa]+|nop+e?|noup|nou|nah+|nel)(?: (?:n[oa]+|nop+e?))*$")
LINK_RE = re.compile(r"\b(?:link|links|enlace|url)\b")
# "te escribo por", "les escribimos x", "consulto sobre", "vengo de nuevo por": the guest
# writing about what they name next. A fragment, not a pattern: the NLU's existing booking
# (nlu_patterns._EXISTING_BOOKING_RE) and the status handler's question about it
# (handlers_status._QUESTION_ABOUT_IT_RE) end it with the booking each reads.
WRITING_ABOUT = (
    r"\b(?:escrib(?:o|imos|ir)|habl(?:o|amos|ar)|consult(?:o|amos|ar)|pregunt(?:o|amos|ar)"
    r"|vengo|venimos) (?:de nuevo |otra vez )?(?:por|x|sobre|acerca de|por el tema de) "
)
# "¿cuáles son mis reservas?", "¿qué reservas tengo?": every one of them, not the last hold.
MY_RESERVATIONS_RE = re.compile(
    r"\b(?:mis|nuestras) reservas\b|\b(?:que|cuales|cuantas) reservas (?:tengo|tenemos)\b"
    r"|\b(?:tengo|tenemos) alguna reservas?\b|^(?:y )?(?:tengo|tenemos) reservas?$"
    # "¿cuáles reservas me quedan?" (after cancelling one), "¿me queda alguna reserva?"
    r"|\b(?:que|cuales|cuantas) reservas (?:me|nos) (?:quedan?|siguen)\b"
    r"|\b(?:me|nos) (?:quedan?|siguen) (?:alguna |otras? )?reservas?\b"
)
# "ok ahora pago", "lo intento de nuevo", "voy a pagar": about to pay, nothing to answer.
PAYING_NOW_RE = re.compile(
    r"\b(?:ahora|ahi|ya|enseguida|en un rato) (?:te |la |lo )?(?:pago|pagamos|abono|intento)\b"
    r"|\b(?:lo|la) (?:intento|intentamos|pruebo|probamos) (?:de nuevo|otra vez)\b"
    r"|\b(?:voy|vamos) a (?:pagar|intentar|probar)(?: de nuevo| otra vez)?$"
    # "ya casi, estoy cargando la tarjeta", "estoy pagando": paying this very moment
    r"|\b(?:estoy|estamos) (?:pagando|abonando|cargando (?:la tarjeta|los datos|la sena)"
    r"|en eso)\b"
)
# "la pago en 10 minutos", "ahora te la pago", "en un rato pago": paying within the hold,
# said ahead (the hold's time is the answer; on the summary, "Confirmar" first).
_SOON = (
    r"(?:ahora|ahorita|ya|ya mismo|enseguida|en seguida|al toque|en un (?:rato|ratito|toque"
    r"|momento|minuto|segundo)|en (?:unos|un par de|\d+|dos|cinco|diez|quince|veinte)"
    r" (?:minutos|minutitos|mins?))"
)
_PAY = r"(?:(?:te|la|lo|se) ){0,2}(?:pago|pagamos|abono|abonamos)"
PAYING_SOON_RE = re.compile(
    rf"\b{_PAY} (?:la sena |el deposito |la reserva )?{_SOON}\b|\b{_SOON} {_PAY}\b"
    rf"|\b(?:voy|vamos) a pagar(?:la|lo)? (?:la sena )?{_SOON}\b"
)
# "¿cuánto falta para que venza?", "¿hasta qué hora tengo?": how long the hold lasts.
TIME_LEFT_RE = re.compile(
    r"\bcuanto (?:tiempo )?(?:me |nos )?(?:falta|queda|quedan|tengo|tenemos) (?:para|hasta)"
    r" (?:que )?(?:(?:se )?ven[cz]|expir|se libere|se libera|pagar)"
    r"|\bcuanto tiempo (?:me |nos )?(?:queda|quedan|tengo|tenemos)\b"
    r"|\bhasta (?:que hora|cuando) (?:tengo|tenemos|me la guardas|la guardas|esta guardada|vale)\b"
    # A tourist's English: "how long do I have?", "when does it expire?"
    r"|\bhow (?:long|much time) (?:do )?(?:i|we) (?:have|got)\b|\bwhen does (?:it|the \w+) expire\b"
    r"|\b(?:a que hora|cuando) (?:se )?(?:vence|expira|se libera|caduca)\b"
    # "¿me la guardan hasta mañana?": how long the hold lasts, not a new stay
    r"|\b(?:me|nos) (?:la|lo) (?:guardan|guardas|mantienen|mantenes|tienen|tenes|reservan)"
    r" hasta\b"
)
# "¿cuántos días faltan? 😍": counting down to a paid stay.
DAYS_LEFT_RE = re.compile(
    r"\bcuantos dias (?:faltan|quedan|nos faltan|me faltan)\b"
    r"|\bcuanto (?:falta|queda|nos falta) para (?:el viaje|las vacaciones|llegar|ir|irnos"
    r"|vernos|la estadia|la escapada)\b|^(?:y )?cuanto falta$"
)
# "¿Hay que dejar depósito de garantía?", "¿me devuelven la garantía?": a security deposit.
GUARANTEE_RE = re.compile(r"\bgarantia\b|\bdeposito (?:por|de|para) (?:danos|roturas)\b")
# "¿a nombre de quién quedó?", "¿con qué nombre figura la reserva?": whose name it is under.
WHOSE_NAME_RE = re.compile(
    r"\ba nombre de quien\b|\b(?:a|con|bajo) que nombre\b"
    r"|\bque nombre (?:figura|tiene|quedo|sale|aparece|va|esta)\b|\bquien figura\b"
)
# "¿y si no llego a pagar qué pasa?", "¿qué pasa si no pago a tiempo?": what happens when
# the hold lapses (answered with how long it lasts, and that it frees itself).
IF_UNPAID_RE = re.compile(
    r"\bsi no (?:(?:llego|llegamos|alcanzo|alcanzamos|llegara|llegaramos) a |puedo |podemos )?"
    r"(?:pagar|pago|pagamos|abono|abonamos|senar|sena)\w*\b"
)
# "¿me la podés guardar hasta mañana?", "¿no me la guardan un día más?", "¿puedo pagar el
# lunes?": more time than the hold has. The bot cannot give it (a person may).
KEEP_LONGER_RE = re.compile(
    r"\b(?:me|nos) (?:la|lo) (?:podes|podrias|pueden|podrian|puede|podria|guardas|guardan"
    r"|guardarias|guardarian|mantenes|mantienen|dejas|dejan|reservas|reservan|tenes|tienen)"
    r"(?: (?:guardar|mantener|reservar|tener|dejar|extender|estirar))?"
    r" (?:hasta(?! (?:que hora|cuando))|un (?:dia|rato|poco|par de (?:horas|dias)) mas"
    r"|mas tiempo|(?:unas|un par de) horas mas)"
    r"|\b(?:extender|estirar|alargar|ampliar|prorrogar|extenderme|estirarme)"
    r" (?:la reserva|el plazo|la sena|el tiempo|el vencimiento)\b"
    r"|\bmas tiempo para (?:pagar|la sena|abonar|senar)\b"
    # "¿me das 10 min más?", "¿nos dan media hora?", "necesito un rato más": more minutes.
    r"|\b(?:me|nos) (?:das|dan|darias|darian|podes dar|pueden dar|podrias dar|podrian dar"
    r"|regalas|regalan) (?:un poco (?:mas )?de tiempo|mas tiempo|un rato|un ratito|media hora"
    r"|una hora|(?:unos |un par de )?(?:\d+|cinco|diez|quince|veinte) ?(?:min|mins|minutos"
    r"|minutitos|hs|horas?))"
    r"|\b(?:necesito|necesitamos|preciso) (?:un poco (?:mas )?de tiempo|mas tiempo|un rato mas"
    r"|unos minutos mas)\b"
    # "¿me podés esperar hasta la noche?", "¿nos esperan hasta mañana para pagar?"
    r"|\b(?:me|nos) (?:podes |podrias |pueden |podrian )?(?:esperar|esperas|esperan)"
    r" (?:hasta|un (?:dia|rato|poco)|mas)\b"
    r"|\b(?:puedo|podemos|podria|podriamos) (?:pagar|abonar|pagarla|senar|pagar la sena)"
    r" (?:manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|mas tarde|despues|otro dia|la semana que viene)\b"
)
# "no me salió el pago", "¿qué pasó con el pago?": a payment tried that did not go through
# (Mercado Pago rejected it, or it never finished). "no pude pagar" is LINK_TROUBLE_RE.
PAY_FAILED_RE = re.compile(
    r"\bno (?:me |nos |se )?(?:salio|paso|entro|impacto|acredito|proceso|completo|hizo)"
    r" (?:el pago|mi pago|la sena|el cobro)\b"
    r"|\bno se pudo (?:pagar|hacer el pago|completar el pago|acreditar)\b"
    r"|\bel pago no (?:salio|paso|entro|anduvo|se hizo|se acredito|se completo)\b"
    r"|\b(?:fallo|reboto) (?:el pago|la sena|mi pago)\b"
    r"|\bque (?:paso|onda|sucedio) con (?:el|mi) pago\b"
)
# "¿qué pasó?" while a deposit is awaited: about the payment (e.g. after "no se pudo acreditar").
WHAT_HAPPENED_RE = re.compile(r"^(?:(?:y|pero|che|ey|hola) )*(?:que paso|que sucedio|que onda)$")
# "No me toma la tarjeta": with link trouble, Mercado Pago refused the card.
CARD_TROUBLE_RE = re.compile(
    r"\btarjeta\b|\brechaz\w*|\brebot\w*|\bdeclin\w*|\bfondos insuficientes\b"
)
# "ahora sí", "ahí anduvo", "ya abre": the link works now (after trouble, or not).
LINK_WORKS_RE = re.compile(
    r"^(?:(?:ah+|ok|bueno|listo|dale|genial|joya) )*(?:ahora|ahi|ya) (?:si|anda|anduvo|funciona"
    r"|funciono|abre|abrio|carga|cargo|entre|entro|pude|me (?:anda|anduvo|abre|abrio|deja|dejo))"
    r"(?: (?:anda|anduvo|funciona|funciono|abre|abrio|carga|cargo|el link|gracias|perfecto))*$"
)
# "volver", "atrás", "para atrás", "quiero volver": one step back (the whole message).
BACK_RE = re.compile(
    r"^(?:(?:no|ok|bueno|dale|mejor|perdon|uh|ups|che|quiero|queremos) )*"
    r"(?:(?:(?:volver|volve|volvamos|ir|vamos|un paso) )?(?:para |pa )?atras"
    r"|volver|volve|volvamos|(?:volver al )?paso anterior)(?: (?:porfa|por favor))?$"
)
# "ver cabañas" (the list's button, typed), "mostrame la lista de nuevo": the list again.
LIST_AGAIN_RE = re.compile(
    r"^(?:ver |mostrame |pasame |mandame )?(?:las )?cabanas(?: de nuevo| otra vez)?$"
    r"|\b(?:ver|mostrame|mostra|pasame|mandame|dame|volver a|volve a) (?:de nuevo |otra vez )?"
    r"(?:la|las) (?:lista|cabanas libres|opciones de cabanas)\b"
    r"|\bla lista (?:de nuevo|otra vez)\b"
)
# "¿me repetís?", "no me llegó la lista", "¿me la mandás de nuevo?": at the list, the list
# again (at the summary the same words are answered with the summary, see on_confirm_hold).
REPEAT_RE = re.compile(
    r"\b(?:me |nos )?(?:lo |la |las )?(?:repetis|repetime|repeti|repetinos|reenvias|reenviame"
    r"|reenviamela)\b"
    r"|\b(?:me |nos )?(?:la |las |lo )?(?:mandas|mandan|pasas|pasan|enviamela|mandamela"
    r"|pasamela) (?:de nuevo|otra vez)\b"
    r"|\bno (?:me |nos )?(?:llego|llegaron|aparece|aparecen|veo|vi|carga|abre) (?:la lista"
    r"|las opciones|el mensaje|las cabanas|nada)\b"
)
# "y el fin de semana siguiente?", "¿y el otro finde?": the weekend after the one on screen.
NEXT_WEEKEND_RE = re.compile(
    r"\b(?:otro|siguiente) (?:finde|fin de semana)\b"
    r"|\b(?:finde|fin de semana) (?:siguiente|que sigue|de despues)\b"
)
# "¿Podemos cambiar al 16?", "¿la pasamos para el 20?": the stay moved to start that day.
MOVED_TO_RE = re.compile(
    r"\b(?:cambiar|cambiarla|cambiamos|cambiala|pasar|pasarla|pasamos|pasala|mover|moverla"
    r"|movemos|movela|correr|correrla|corremos|correla|adelantar|adelantarla|adelantamos"
    r"|atrasar|atrasarla|atrasamos|postergar|postergarla|posponer|posponerla)"
    r"(?: (?:la reserva|las fechas|la fecha|la estadia|todo|toda la estadia))?"
    r" (?:al|para el|a el)\b"
)
# "mejor del 12", "¿y desde el 14?", "a partir del 20 entonces": only a new arrival, said
# briefly with a stay on screen (plain text; `moved_stay` keeps the nights).
STARTS_MOVED_RE = re.compile(
    r"^(?:(?:y|e|mejor|entonces|bueno|ok|dale|o|mmm|che|y si|que tal|capaz|quizas|no) )*"
    r"(?:del|desde el|a partir del|arrancando el)\b"
)
# "llegamos el 16", "¿y si llegaríamos el miércoles?": the day said is an arrival.
ARRIVAL_RE = re.compile(
    r"\b(?:llego|llegamos|llegaria|llegariamos|llegaremos|llegar|llegando|llegada"
    r"|entramos|entrariamos|ingresamos|ingresariamos)\b"
)
# "nos vamos el 20", "hasta el 20", "salimos el 20": the day said is a departure.
DEPARTURE_RE = re.compile(
    r"\b(?:hasta|nos vamos|nos iriamos|salimos|saldriamos|salida|dejamos|volvemos)\b"
)
# "¿Para cuándo tienen lugar?", "¿qué fechas tienen libres?": no day in mind yet.
WHEN_FREE_RE = re.compile(
    r"\b(?:para )?cuando (?:tienen|tenes|tendrian|tendrias|hay|habria) (?:lugar|algo|libre"
    r"|disponib\w*)|\bque fechas (?:tienen|tenes|hay) (?:libres?|disponibles?)\b"
    r"|\bproxima fecha (?:libre|disponible)\b|\bcuando (?:hay|tienen) disponibilidad\b"
    # "¿q días tienen libres en marzo?", "¿cuáles fechas les quedan disponibles?", "¿qué
    # findes hay libres?": which days, asked with the chat's "q" as well
    r"|\b(?:que|q|k|cuales) (?:fechas|dias|noches|fines de semana|findes)"
    r" (?:(?:tienen|tenes|tendrian|hay|habria|quedan|estan|(?:les|te) quedan) )+"
    r"(?:libres?|disponibles?)\b"
    # No day in mind, to "¿para qué fechas?": "lo antes posible", "cuando tengas", "lo
    # primero que tengas", "cualquier fecha / finde (de marzo)", "me da igual la fecha".
    r"|\blo (?:antes|mas pronto|mas rapido) (?:posible|que (?:se pueda|puedas|tengas|haya))\b"
    r"|^(?:y |bueno |no se,? )?cuando (?:tengas|tengan|haya|se pueda)"
    r"(?: (?:lugar|algo|libre|disponible))?"
    # ... with a month or a length after it: "cuando tengan libre en febrero, 5 noches"
    r"(?:$| (?:en|para|de) [a-z]+\b(?! \d{1,2}\b(?! noches?\b))| \d+ noches?\b"
    r"| (?:una|un|dos|tres|cuatro|cinco|seis|siete) (?:noches?|semanas?)\b)"
    r"|\blo (?:primero|proximo) que (?:tengas|tengan|haya|este libre|quede libre)\b"
    r"|\b(?:la )?(?:primera|proxima) (?:fecha|noche|finde|fin de semana)"
    r" (?:libre|disponible|que (?:tengas|tengan|haya))\b"
    r"|\bcualquier (?:fecha|dia|finde|fin de semana)\b"
    r"|\b(?:me|nos) (?:da|dan) (?:igual|lo mismo) (?:la fecha|las fechas|el dia|cuando)\b"
    # "las fechas q tengas libres", "lo que haya", "cuando haya disponibilidad" (session 23)
    r"|\b(?:las|los) (?:fechas|dias|noches) (?:que|q) (?:tengas|tengan|haya|esten|queden)"
    r"(?: libres?| disponibles?)?$"
    r"|^(?:(?:y|bueno|dale|ok|no se) )*lo (?:que|q) (?:tengas|tengan|haya)"
    r"(?: libre| disponible)?$|\bcuando (?:haya|tengas|tengan) disponibilidad\b"
)
# "la que tiene lavarropas", "quiero la con parrilla": a listed cabin by what it has.
BY_FEATURE_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|entonces|mejor) )*(?:(?:quiero|queremos|prefiero|preferimos"
    r"|elijo|elegimos|me quedo con|nos quedamos con|vamos con|dame|reservame) )?"
    # "la q tiene", "la k tiene": "que" as typed in a hurry
    r"(?:la|el) (?:(?:que|q|k) (?:tiene|tenga|trae)|con)\b"
)
# "¿cuál me recomendás?", "¿cuál nos conviene?": advice among the listed cabins.
# "No sé cuál elegir", "cualquiera", "ayudame a elegir", "¿cuál elijo?": the guest leaves
# the choice to us, which is asking for advice too.
RECOMMEND_RE = re.compile(
    r"\b(?:recomend|recomiend|aconsej|recommend)\w*|\bcual (?:me |nos )?conviene\b"
    # (not "no sé cuál tocar": lost on the screen, `WHAT_TO_DO_RE`)
    r"|\bno (?:se|sabemos|sabria|sabriamos|se bien) (?:cual|que cabana)\b"
    r"(?! (?:tocar|apretar|poner|boton)\b)"
    r"|\bcual (?:elijo|elegimos|agarro|agarramos|tomo|tomamos|me quedo|nos quedamos)\b"
    r"|\b(?:ayudame|ayudanos) a elegir\b|^(?:(?:y|no se|bueno|mmm) )*cualquiera\b"
    # "me da igual", "la que vos digas", "elegí vos", "la que sea" (session 23): the same.
    r"|^(?:(?:y|no se|bueno|mmm|ok|dale|la verdad|a mi|a nosotros) )*(?:me|nos) da (?:igual"
    r"|lo mismo)\b|\b(?:la|cualquiera) (?:que|q) (?:vos )?(?:digas|quieras|elijas"
    r"|te parezca|recomiendes)\b|^(?:(?:y|bueno|dale|ok) )*la (?:que|q) sea$"
    r"|\b(?:elegi|elegila|elegime|decidi|decidilo|decidime) vos\b"
    # "dale la mejor", "¿cuál es la mejor?", "la más linda": the best, which is ours to say
    r"|^(?:(?:y|bueno|dale|ok|entonces) )*(?:cual (?:es|seria) )?la (?:mejor|mas linda"
    r"|mas bonita|mas linda de todas|mejor de todas)$"
)
# "la que me recomendaste", "la q me dijiste", "la recomendada": the cabin we singled out.
ADVISED_SAID_RE = re.compile(
    r"^(?:(?:si|ok|dale|bueno|listo|entonces|perfecto|vamos con|quiero|me quedo con) )*"
    r"(?:(?:la|esa) (?:que|q) (?:me |nos )?(?:recomendaste|recomendas|dijiste|sugeriste"
    r"|aconsejaste|nombraste|mencionaste)(?: vos)?|la recomendada)"
    r"(?: (?:porfa|por favor|entonces|dale|nomas))?$"
)
# "¿hay lugar para esta noche?", "¿tienen algo para hoy?", "mañana a la noche": a night
# asked for, not an arrival ("llegamos hoy", "desde hoy" leave the departure open).
TONIGHT_RE = re.compile(r"\b(?:esta|hoy (?:a|por) la|manana (?:a|por) la) noche\b|\bhoy\b")
# ...said asking for a place ("¿hay lugar…?", "¿tienen algo…?", "para hoy"), not "hoy pago".
A_PLACE_ASKED_RE = re.compile(
    r"\b(?:lugar|algo|disponib\w*|libres?|cabanas?|tienen|tenes|tendrian|hay|habria"
    r"|reserv\w*|alquil\w*|dormir|quedarnos|quedarme)\b"
    r"|\bpara (?:hoy|esta noche|manana a la noche)\b"
)
ARRIVING_RE = re.compile(
    r"\b(?:lleg\w+|desde|a partir de|salimos|salgo|entramos|entro|ingres\w+|arranc\w+)\b"
)
# "te mando el comprobante", "¿les paso el comprobante?", "¿a dónde mando el recibo?": a
# receipt about to be sent (a sent one, "te mandé el comprobante", is `PAID_RE`).
RECEIPT_RE = re.compile(
    r"\b(?:comprobantes?|recibos?|captura (?:del|de la) (?:pago|transferencia))\b"
)
# "¿me mandás el comprobante?", "necesito un recibo del pago", "¿me pasan la factura de la
# seña?": a receipt the guest wants from us (not one they send: `RECEIPT_RE`).
RECEIPT_WANTED_RE = re.compile(
    r"\b(?:me|nos) (?:mand|pas|envi|d|podes mandar|podes pasar|podrias mandar|podrian mandar"
    r"|pueden mandar|pueden pasar)\w* (?:el |un |los |algun )?(?:comprobantes?|recibos?)\b"
    r"|\b(?:necesito|necesitamos|quiero|queria|quisiera) (?:el |un |algun )?"
    r"(?:comprobantes?|recibos?)\b"
    r"|\b(?:hay|tienen|dan|me dan|mandan) (?:algun |un )?(?:comprobantes?|recibos?)\b"
)
# "tengo que mandar comprobante", "hace falta el recibo": a question with no "?" (on
# WhatsApp the mark is often left out), asked before anything was sent.
MUST_I_RE = re.compile(
    r"(?:y |pero )?(?:tengo que|tenemos que|hay que|hace falta|es necesario|necesit\w+"
    r"|precis\w+|debo|debemos|deberia|deberiamos)\b"
)
# "pago a la noche", "mañana te la pago", "la pago después": later than a hold lasts.
PAY_LATER_RE = re.compile(
    # Not what is left to pay later ("¿cuánto me queda por pagar después?", "lo que falta
    # pagar mañana"): the rest, paid on arrival (session 23).
    r"\b(?:(?:(?:te|la|lo|se) ){0,2}(?:pago|pagamos|abono|abonamos)"
    r"|(?<!\bpor )(?<!\bqueda )(?<!\bfalta )(?<!\bresta )pagar(?:la|lo|te)?)"
    r" (?:hoy|a la noche|a la tarde|mas tarde|despues|luego|manana|el lunes|el martes|el miercoles"
    r"|el jueves|el viernes|el sabado|el domingo|cuando cobre|cuando cobremos|a fin de mes)\b"
    r"|\b(?:hoy|despues|luego|mas tarde|manana|a la noche|a la tarde) (?:(?:te|la|lo|se) ){0,2}"
    r"(?:pago|pagamos|abono|abonamos)\b"
    # a tourist's English: "I will pay tomorrow", "can I pay it later?"
    r"|\bpay (?:it |the deposit )?(?:later|tomorrow|tonight)\b"
)

# How a hold's notes start the pet the guest spoke of (handlers_summary._notes).
PET_NOTE = "🐶 Mascota, dicho en el chat"
# A pet named (plain text): "somos 6 y un perrito", "vamos con el gato", "¿aceptan mascotas?".
PET_RE = re.compile(
    r"\b(?:perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|cachorr[oa]s?|caniche"
    r"|labrador|golden|bulldog)\b"
)
