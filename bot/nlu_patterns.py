"""Keyword patterns for bot.nlu, run on the canonical text.

Phrase rewrites to single tokens, the intent keywords (human, cancel, book,
prices, availability, info, thanks, greeting), the info topics (and ``TOPICS``),
party descriptions without numbers ("en pareja", "solo yo"), menu choices,
yes/no, and the few date phrases matched as text ("nos vemos en enero", "el mes
que viene", "mañana te confirmo"). Compiled patterns and the word sets beside
them; no functions.
"""

from __future__ import annotations

import re

from bot.handlers_words import WRITING_ABOUT
from bot.nlu_vocab import _MONTHS, _NUMBER_WORDS, _PET_WORDS
from bot.prefilter import Prefiltered, prefiltered

# Multi-word phrases rewritten to one token, so later rules see a single word.
_CANONICAL_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        # "los fines de semana largos de marzo", "feriados largos": the plural read as one
        # (session 24). First: the rewrites are one pass, the first to match a place wins.
        (r"\b(?:fines de semana|findes|feriados) largos\b", "finde largo"),
        (r"\bfin(?:es)? de semana\b", "finde"),
        (r"\bfindes\b", "finde"),
        # "el feriado largo" is what Argentines also call the long weekend (round 25).
        (r"\bferiado largo\b", "finde largo"),
        # "del vienes 4 al domingo 6": "vienes" is a known word (the verb), so no typo fix
        # reaches it; before a day or after a date's article it is Friday (session 22).
        (r"\b(el|del|al|de|este|proximo|desde|hasta) vienes\b", r"\1 viernes"),
        (r"\bvienes (\d{1,2})\b", r"viernes \1"),
        (r"\bpasado manana\b", "pasadomanana"),
        # "¿ay lugar?": "hay" with its silent "h" dropped, before what is asked (round 29;
        # "¡ay, qué lindo!" is a sigh).
        (
            r"\bay (lugar|lugares|disponibilidad|algo|cabanas?|pileta|wifi|parrilla|cochera"
            r"|estacionamiento|desayuno)\b",
            r"hay \1",
        ),
        # "los chicos, que son dos": the kids counted after them, "los 2 chicos" (round 29).
        (
            r"\b(los|las|mis|nuestros|nuestras) (chicos|chicas|nenes|nenas|hijos|hijas|ninos"
            r"|ninas|pibes|sobrinos|sobrinas) que son (\d|dos|tres|cuatro|cinco|seis)\b",
            r"\1 \3 \2",
        ),
        # "seríamos un total de 8": "en total", the party told (round 29).
        (r"\bun total de\b", "en total"),
        # "estaríamos yendo 3": the party going, like "somos 3" (not "4 noches").
        (
            r"\b(?:estariamos|estaremos|estamos|vamos a estar) yendo (\d+|dos|tres|cuatro|cinco"
            r"|seis|siete|ocho|nueve|diez)\b(?! (?:noches?|dias?|semanas?)\b)",
            r"somos \1",
        ),
        # "15 ingreso 18 egreso": each day before its label, as "ingreso 15 egreso 18"
        # (not "Huéspedes: 4, llegada: 22/12, salida: 26/12", labels first).
        (
            r"\b(\d{1,2}(?:/\d{1,2})?) (ingreso|entrada|llegada|checkin) (\d{1,2}(?:/\d{1,2})?)"
            r" (egreso|salida|checkout)\b(?! (?:el )?\d)",
            r"\2 \1 \4 \3",
        ),
        (r"\bmanana y pasado\b(?! manana)", "manana y pasadomanana"),
        (r"\b(?:check|chek|cheq|chec)\s?in\b", "checkin"),
        (r"\b(?:check|chek|cheq|chec)\s?out\b", "checkout"),
        (r"\bchekin\b", "checkin"),
        # "in 15 out 18", "In: 20 / Out: 23": the two labels together, each before its day
        # (English "in 2 days" has no "out" after it).
        (
            r"\bin (\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?) (?:- )?out"
            r" (\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?)\b",
            r"checkin \1 checkout \2",
        ),
        # ... and after their days: "15 (in) - 18 (out)" (not a count's: "pax 2 in 15 out 18").
        # The \b first: a branch that opens with a lookbehind keeps re from skipping ahead
        # to where a branch can start, and the whole alternation (_ANY_REWRITE_RE) cost
        # ~60 µs more a message (bench nlu).
        (
            r"\b(?<!pax )(?<!personas )(?<!adultos )(?<!huespedes )"
            r"(\d{1,2}(?:[/.-]\d{1,2})?) in (?:- )?(\d{1,2}(?:[/.-]\d{1,2})?) out\b",
            r"checkin \1 checkout \2",
        ),
        (r"\bchekout\b", "checkout"),
        (r"\bwi fi\b", "wifi"),
        (r"\bcafe da manha\b", "desayuno"),  # Brazilian tourists' breakfast
        # Argentina's winter school holidays are in July in every province: the month (not
        # once they are over: "las vacaciones de invierno ya pasaron, ¿tenés para el finde?").
        (
            r"\b(?:vacaciones|receso) (?:de invierno|invernal(?:es)?)\b"
            r"(?! (?:ya )?(?:pasaron|paso|terminaron|termino)\b)",
            "vacaciones de julio",
        ),
        # Their Christmas, "o natal" / "no natal" ("Natal" alone may be their city).
        (r"\b(?:o|no) natal\b", "navidad"),
        (r"\b(?:a )?que hs\b", "a que hora"),  # "q hr podemos entrar?" ("hr" reads "hs")
        (r"\ba partir del\b", "desde el"),
        (r"\ba partir de\b", "desde"),
        (r"\bnos (?:vamos a ir|vamos|iriamos|iremos|retiramos|volvemos)\b", "salida"),
        # One traveller says it in the singular: "llego el 15, me voy el 18" (round 25).
        (r"\bme (?:voy|iria|ire|retiro|vuelvo|volveria)( el)? (\d)", r"salida\1 \2"),
        # "capaz seamos 5", "si fuéramos 6": the party in a doubt or a condition.
        (r"\b(?:vamos a ser|seriamos|seremos|estamos siendo|seamos|fueramos|fuesemos)\b", "somos"),
        (r"\bwe (?:are|re|will be)\b", "somos"),  # English: "we are 4", "we're 2 adults"
        # English "we are a couple": two, like "en pareja" ("a couple of nights" is no party).
        (r"\b(?:a |the )?couple\b(?! of\b)", "en pareja"),
        # English "the first one" (its words read as "the primera uno"): the first option,
        # and "book the first one" picks it.
        (r"\bbook (?:the )?primera uno\b", "quiero la primera"),
        (r"\bbook (?:the )?segunda uno\b", "quiero la segunda"),
        (r"\bbook (?:the )?tercera uno\b", "quiero la tercera"),
        (r"\b(?:the )?primera uno\b", "la primera"),
        (r"\b(?:the )?segunda uno\b", "la segunda"),
        (r"\b(?:the )?tercera uno\b", "la tercera"),
        # Session 19 (h6), a tourist's English read word by word: "and a kid", "with a
        # baby" ("a" is no Spanish article), "next Friday" (the coming one, "el próximo
        # viernes": on a Friday not today), "looks good" / "sounds great" (a yes), "how
        # many bedrooms", "my money back" (a refund), "how long do I have?" (the hold).
        (r"\ba (chico|bebe)\b", r"un \1"),
        (r"\bnext (lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b", r"el proximo \1"),
        (r"\b(?:looks|sounds) (?:good|genial|perfecto|fine)\b", "perfecto"),
        (r"\bhow many\b", "cuantos"),
        (r"\bcancelacion politica\b", "politica de cancelacion"),
        # "we arrive late" is a late arrival ("late" alone is a late checkout).
        (r"\b(?:llegar|llegamos) late\b", "llegamos tarde"),
        (r"\b(?:mi |our |the )?plata back\b", "reembolso"),
        (r"\b(?:just |only )?me (?:y )?mi\b", "yo y mi"),  # "just me and my wife": two
        (r"\bnew years?(?: eve| day)?\b", "ano nuevo"),
        (r"\bcambiar (?:the|our|mi) fechas\b", "cambiar las fechas"),
        (r"\buno mas (?:person|persona)\b", "una persona mas"),  # "add one more person"
        (r"\bhow (?:do|del|can) (?:we|i) get there\b", "como llego"),
        (r"\bvista (?:de|al) the\b", "vista al"),  # "a view of the lake"
        (r"\ba semana\b(?! santa)", "una semana"),  # "a week from January 4"
        # Session 24: "we'll take it", "ok, I take it": the cabin offered, taken.
        (r"\b(?:ill|i will|well|we will|we|i) take (?:it|this one|that one)\b", "la tomo"),
        (r"\b(?:ill|i will|well|we will) take\b", "me quedo con"),  # "I'll take the first one"
        (r"\b(?:go ahead|lets (?:do|del) it|lets go)\b", "dale"),  # "del": Portuguese "do"
        (r"\bwhat(?:s| is) included\b", "que incluye"),
        (r"\bwashing machine\b", "lavarropas"),
        (r"\bhot water\b", "agua caliente"),
        (r"\bhow (?:long|much time) (?:del |do )?(?:i|we) (?:have|got)\b", "cuanto tiempo tengo"),
        # Session 21: "next long weekend", "the next holiday" (the holidays' table, as
        # "el próximo finde largo"), "in a month / in two weeks / in 10 days" (an arrival,
        # as "en un mes"); "a" is a Spanish word, so the article is read here.
        (r"\bnext long finde\b", "proximo finde largo"),
        (r"\blong finde\b", "finde largo"),
        (r"\b(?:the )?next holiday\b", "el proximo feriado"),
        (r"\bin (?:a|one|uno|un) mes\b", "en un mes"),
        (r"\bin (?:a|one|uno|una) semana\b", "en una semana"),
        (r"\bin (\d+|dos|tres|cuatro|cinco|seis|diez|quince) (meses|semanas|dias)\b", r"en \1 \2"),
        # Session 22: "there are 3 of us", "for the 4 of us" ("the 4" was the 4th).
        (
            r"\b(?:para )?(?:el |los |the )?(\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
            r" de us\b",
            r"somos \1",
        ),
        # English "next weekend" is this coming one or the one after: no dates, it asks.
        (r"\bnext finde\b", "next weekend"),
        # English "for a week" / "for a night" ("for" reads "para"): one week, one night.
        (r"\bpara a semana\b", "para una semana"),
        (r"\bpara a noche\b", "para una noche"),
        (r"\b(?:seria|es) para\b", "para"),
        (
            r"\blugar para (?:el |la |los |las |un |una |dos |tres |\d )?"
            r"(?:auto|autos|coche|coches|camionetas?|vehiculos?|motos?|motorhome)\b",
            "cochera",
        ),
        (r"\b(?:persona real|persona de verdad|persona humana|ser humano)\b", "humano"),
        # "¿sos una persona?" asks who answers; it counts no guest.
        (r"\b(?:sos|eres) (?:una )?persona\b", "sos humano"),
        # "¿sos un robot o una persona?": the same question, the other way round.
        (r"\b(?:robot|bot|maquina|contestador|automatico) o (?:una )?persona\b", "bot o humano"),
        (r"\b(?:una )?persona o (?:un |una )?(?:robot|bot|maquina|contestador)\b", "humano o bot"),
        (
            r"\b(?:hablar|hablo|hablando|hablamos|hablame|hablenme|comunicame|comunicarme|comunicar"
            r"|comunico|contactarme"
            r"|contactar|charlar|pasame|pasarme|derivame|derivarme|chatear|atienda|atiende"
            r"|atender|hable)(?: con)? (?:(?:una|alguna) )?persona\b",
            "hablar con humano",
        ),
        (r"\b(?:ayuda|atencion|asistencia) de (?:una |alguna )?persona\b", "hablar con humano"),
        # "¿me comunican con una persona?", "¿me ponés con alguna persona?": any verb of
        # putting through, with "con".
        (
            r"\b(?:comunic|contact|deriv|pas|pon|conect)\w* con (?:una |alguna )?persona\b",
            "hablar con humano",
        ),
        # "la mañana" is the morning, not tomorrow.
        (r"\b(?:la|esta|cada|una) manana\b", "la matinal"),
        (r"\bun par de\b", "2"),
        # Hesitations of a transcribed voice note ("seríamos eh cinco", "hasta el mmm
        # diez") stand between words that belong together.
        (r"\b(?:eh+|ehm+|emm+|mm+)\b ?", ""),
        # The one compound day written in words: "el treinta y uno de diciembre".
        # Voice typing and haste glue it ("treintaiuno", "treintayuno", "treinta i uno").
        (r"\btreinta ?[yi] ?uno\b", "31"),
        # "el treinta y un de diciembre", as it is said: a day, not a count of days.
        (r"\btreinta ?[yi] ?un de\b", "31 de"),
        (r"\b(?:esta noche|hoy a la noche|hoy por la noche)\b", "hoy"),
        # "gracias por la info": closing thanks, not a request for information; an adverb
        # may stand between ("gracias también por la info", "gracias igual x la info").
        (
            r"\b(?:gracias|agradezco|agradecemos|amable)"
            r" (?:(?:tambien|igual|de nuevo|otra vez|mucho) )?(?:por|x) (?:toda )?(?:la|tu|su|el)"
            r" (?:info|informacion|data|datos|respuesta|rta|ayuda|dato)\b",
            "gracias",
        ),
        # "¿cuántos sale una noche?": a slip of "cuánto" before a money verb.
        (
            r"\bcuant(?:os|as|a) (sale|salen|cuesta|cuestan|saldria|cobran|cobras|cobra)\b",
            r"cuanto \1",
        ),
        # "¿cuánto hay que señar?" asks the deposit amount (prices), it does not book.
        (
            r"\bcuanto (?:hay que|tengo que|tenemos que|debo|debemos|se debe|se tiene que)"
            r" senar\b",
            "cuanto es la sena",
        ),
        # "¿cuánto sale reservar?", "¿cuánto hay que pagar para reservar?": what booking
        # costs (the deposit), a price question, not a booking.
        (
            r"\bcuanto (?:(?:hay que|tengo que|tenemos que|debo|debemos|se) )?(?:(?:sale|cuesta"
            r"|es|seria|saldria|me sale|nos sale|paga|pago|pagamos|pagar|dejo|dejamos|dejar"
            r"|deja|poner|pone|abonar|transferir|depositar) )?"
            # ... the deposit named between ("¿cuánto hay que dejar de seña para reservar?").
            r"(?:(?:de |la |el |de la )?(?:sena|anticipo|adelanto|deposito) )?"
            r"(?:para |por )(?:reservar|senar)\b"
            r"|\bcuanto (?:sale|cuesta|seria|saldria) (?:reservar|senar)\b",
            "cuanto es la sena",
        ),
        # "hay lugar para estacionar": parking, not availability.
        (r"\blugar (?:para|donde) (?:estacionar|guardar el auto|dejar el auto)\b", "cochera"),
        # "¿dónde estaciono?" asks about parking, not where the cabins are.
        (
            r"\bdonde (?:se )?(?:estaciono|estacionamos|estaciona|estacionar|puedo estacionar"
            r"|podemos estacionar"
            r"|(?:dejo|dejamos|guardo|guardamos|dejar|guardar) (?:el|los) autos?)\b",
            "cochera",
        ),
        # "los vi en instagram", "vi su publicación en Facebook": where the guest found us,
        # no question about photos or wifi ("internet").
        (
            r"\b(?:vi|vimos|encontre|encontramos|conoci|conocimos|los vi|las vi|les vi|lo vi"
            r"|la vi|los vimos|las vimos|lo vimos|la vimos)(?: \w+){0,3}? (?:en|por) (?:instagram"
            r"|insta|facebook|face|tiktok|google|internet|la web|marketplace)\b",
            "vi en redes",
        ),
        # "no sé pagar por internet": paying online, no question about the wifi.
        (
            r"\b(?:pagar|pago|pagamos|pague|abonar|transferir|transferencia) (?:por|en|via|desde)"
            r" internet\b",
            "pagar online",
        ),
        # "ya reservamos": done (the past, like "ya reservé"), no booking asked for.
        (r"\bya (?:lo |la )?reservamos\b", "ya reserve"),
        # "¿hay una persona que me atienda?" asks for a person, it counts no guest.
        (r"\b(?:una|alguna) persona que (?:me|nos|te)\b", "alguien que me"),
    )
)

# One pass over the text finds every phrase; _rewrite then picks its replacement.
_ANY_REWRITE_RE = prefiltered("|".join(f"(?:{p.pattern})" for p, _ in _CANONICAL_REWRITES))

# Something wrong at the cabin, told during or after the stay ("no anda el wifi", "se
# cortó la luz", "perdí la llave", "nos olvidamos un cargador", "una vergüenza, quiero mi
# plata"): no topic answers it, a person must, and soon (``human``). Anchored on the thing
# that fails, so "no me anda el link" stays the payment link's trouble and "¿hay wifi?" /
# "¿tiene calefacción?" stay questions.
_FAULTY = (
    r"(?:wifi|internet|senal|luz|luces|agua|agua caliente|calefon|termotanque|calefaccion"
    r"|estufa|estufas|hogar|salamandra|aire|heladera|ducha|inodoro|canilla|tele|tv|televisor"
    r"|cocina|horno|anafe|microondas|puerta|llave|llaves|cerradura|porton|gas|lavarropas"
    r"|bomba|caldera|radiador|radiadores|enchufe|enchufes|cable|parrilla|jacuzzi|pileta"
    r"|bano|cadena|termostato|control)"
)
# The key not where it should be, or kept out ("la llave no está", "no encuentro las
# llaves", "no nos dejan entrar"): locked out, like "no podemos entrar" (round 29).
_KEY_MISSING = (
    r"\b(?:llave|llaves) no (?:esta|estan|estaba|estaban|aparece|aparecen)\b"
    r"|\bno (?:esta|estan|estaba|estaban|aparece|aparecen|encuentro|encontre|encontramos"
    r"|encuentra|encontraba) (?:la|las) (?:llave|llaves)\b"
    r"|\bno (?:nos|me) (?:dejan|dejaron|deja|dejo) (?:entrar|pasar)\b"
)
_BROKEN = (
    r"(?:anda|andan|funciona|funcionan|prende|prenden|enciende|encienden|calienta|calientan"
    r"|abre|abren|cierra|cierran|tira|sale|llega|llegan|enfria|enfrian|calefacciona|funca)"
)
PROBLEM_RE = prefiltered(
    rf"\bno (?:me |nos )?{_BROKEN}(?: \w+){{0,2}}? (?:el |la |los |las |mas )?{_FAULTY}\b"
    rf"|\b{_FAULTY} (?:ya )?no (?:me |nos )?{_BROKEN}\b"
    r"|\bse (?:nos |me )?(?:corto|cortaron|rompio|rompieron|quemo|quemaron|tapo|taparon"
    r"|inundo|trabo|trabaron|apago|apagaron|desbordo|rebalso|descompuso|descompusieron)\b"
    # A car broken on the way is no trouble at the cabin ("se rompió el auto, no vamos").
    r"(?! (?:el|la|mi|nuestro|nuestra) (?:auto|coche|camioneta|moto|micro|colectivo|vuelo)\b)"
    r"|\b(?:esta|estan|estaba|estaban|quedo|vino) (?:todo |toda |muy |re )?(?:roto|rota|rotos"
    r"|rotas|sucio|sucia|sucios|sucias|tapado|tapada|trabado|trabada|inundado|inundada)\b"
    r"|\b(?:hay una|tiene una|hay) (?:perdida|fuga|filtracion|gotera)\b|\bgotea\b"
    r"|\b(?:olor|olorcito|huele) a gas\b"
    r"|\b(?:perdi|perdimos|perdio|se (?:me|nos) (?:perdio|perdieron)) (?:la|las|el|los) "
    r"(?:llave|llaves|control|tarjeta)\b"
    r"|\bno (?:podemos|puedo|pudimos|pude) (?:entrar|abrir)(?! (?:el|al) (?:link|pago))\b"
    r"|\bnadie (?:nos|me) (?:abre|abrio|recibe|recibio|espera|esperaba)\b"
    r"|\b(?:nos|me) (?:quedamos|quede) (?:afuera|encerrad[oa]s?)\b"
    f"|{_KEY_MISSING}"
    r"|\b(?:me|nos) (?:olvide|olvidamos|deje|dejamos) (?:un|una|el|la|los|las|mi|mis|unos"
    r"|unas)\b(?! (?:reserva|sena|pago|link|codigo|numero|dia|fecha|horario|nombre|mail)\b)"
    r"|\bse (?:me|nos) (?:olvido|olvidaron|quedo|quedaron) (?:un|una|el|la|los|las|mi|mis)"
    r" (?!reserva|sena|pago|link)\w+ (?:en la cabana|alla|ahi)\b"
    r"|\b(?:verguenza|estafa|estafaron|estafadores|un asco|pesimo|pesima|quiero hacer un"
    r" reclamo|quiero (?:mi|la) plata|devuelvan (?:mi|la) plata|devolveme (?:mi|la) plata)\b"
    # "el agua sale fría", "la ducha sale helada".
    r"|\b(?:agua|ducha|canilla|calefon|termotanque) (?:sale|esta|viene|salia) (?:fria|helada"
    r"|congelada)\b"
    # Complaints: charged wrong, unhappy, a disaster, not as shown, no sleep for noise.
    # "los vecinos hacen mucho ruido", "no nos dejan dormir": noise told, not the rules asked.
    r"|\b(?:hacen|hace|estan haciendo|esta haciendo|no paran de hacer|no para de hacer)"
    r" (?:mucho|muchisimo|demasiado|tremendo|un) (?:ruido|quilombo|bardo|escandalo)\b"
    r"|\bno (?:nos|me) dejan dormir\b"
    r"|\b(?:me|nos) (?:cobraron|cobro|cobraste|debitaron) (?:de mas|mal|doble|dos veces"
    r"|demas)\b|\bcobro doble\b|\b(?:disconforme|desconforme|disconformes|indignad[oa]s?"
    r"|decepcionad[oa]s?)\b|\b(?:mala|malisima|pesima|horrible) atencion\b"
    r"|\b(?:es|fue|esto es|era) un desastre\b|\b(?:nada|no) (?:anda|funciona) nada\b"
    r"|\bnada (?:anda|funciona)\b|\bno (?:es|era|se parece)(?: para nada)? (?:como|a lo que"
    r" (?:se ve|muestran)) (?:en )?(?:las|la) fotos?\b"
    r"|\bno (?:podemos|pudimos|puedo|pude|se puede|dejan) dormir\b"
    # "llegamos y la cabaña no estaba lista / limpia".
    r"|\b(?:cabana|casa|lugar|depto|habitacion) no (?:esta|estaba|estaban|estan) (?:lista|limpia"
    r"|preparada|en condiciones)\b"
    r"|\b(?:pague|pagamos|transferi|transferimos|cobraron|debitaron|cobro) (?:\w+ )?(?:dos veces"
    r"|doble|de mas)\b"
    # Session 23: "hay / tenemos un problema con la calefacción" (the thing named, so "un
    # problema con las fechas" is no trouble at the cabin), "el calefón anda mal", "la ducha
    # pierde agua", "se terminó el gas de la garrafa", and damage told by the guests
    # ("rompimos una taza", "se manchó el sillón").
    r"|\b(?:hay|tenemos|tengo|tuvimos|tuve|hubo) (?:un |unos )?problemas? con"
    rf" (?:el |la |los |las )?{_FAULTY}\b"
    rf"|\b{_FAULTY} (?:anda|andan|funciona|funcionan|esta|estan)"
    r" (?:muy |re |medio |bastante )?mal\b"
    rf"|\b{_FAULTY} (?:pierde|pierden|chorrea|chorrean)\b"
    r"|\bse (?:nos |me )?(?:termino|terminaron|acabo|acabaron) (?:el |la |los |las )?(?:gas|garrafa"
    r"|lena|agua caliente|papel|papel higienico)\b"
    r"|\b(?:rompimos|rompi|quebramos|quebre|manchamos|manche|rayamos|raye) (?:un|una|el|la|los"
    r"|las|unos|unas) (?!chanchito\b)\w+"
    r"|\bse (?:nos |me )?(?:mancho|mancharon|quebro|quebraron|rajo|rajaron)\b"
    # Session 24: a strange noise told ("hay un ruido raro en el techo", "escuchamos ruidos
    # raros", "la heladera hace un ruido fuerte"), not noise asked about ("¿se puede hacer
    # ruido?", "¿hay mucho ruido en la zona?").
    r"|\b(?:hay|se escucha|se escuchan|se oye|se oyen|se siente|se sienten|escuchamos|escucho"
    r"|oimos|sentimos) (?:un |unos )?ruidos? (?:muy |re )?(?:raros?|extranos?|fuertes?|feos?"
    r"|rarisimos?)\b"
    rf"|\b(?:{_FAULTY}|techo|piso|ventana|ventanas|caneria|canos|motor) (?:hace|hacen)"
    r" (?:un |mucho |muchisimo |un poco de )?ruido\b"
)

# "no hay agua caliente", "no tenemos luz": a problem when told, but asked ("¿no hay wifi?",
# "¿no hay calefacción?") it is a guest before booking asking what the cabin has, which the
# topics answer: see nlu_intents._decide_intent (only without a "?").
MISSING_RE = prefiltered(
    rf"\bno (?:hay|tenemos|tengo) (?:mas |nada de |ni )?(?:\w+ ){{0,1}}?{_FAULTY}\b"
    rf"|\b(?:nos quedamos|me quede) sin {_FAULTY}\b"
    # "la ducha no tiene agua caliente", "la cabaña no tiene luz": the thing that lacks it.
    r"|\b(?:ducha|canilla|calefon|termotanque|bano|cabana|casa|cocina|anafe) no (?:tiene|tira"
    r"|da|larga) (?:mas )?(?:agua caliente|agua|gas|luz|presion)\b"
    # What the cabin should have and lacks: "no hay toallas en la cabaña", "no nos dejaron
    # sábanas"; nobody there ("llegamos y no hay nadie"); vermin ("hay cucarachas").
    r"|\bno (?:hay|habia|tenemos|tengo|nos dejaron|dejaron|pusieron|nos pusieron|encontramos)"
    r" (?:mas |ni )?(?:toallas|toallones|sabanas|papel|papel higienico|jabon|frazadas|almohadas"
    r"|acolchados?|vajilla|lena|garrafa|nadie|(?:la |las )?llaves?)\b"
    r"|\b(?:hay|vimos|encontramos|aparecieron|esta lleno de|hay muchas|hay muchos) (?:unas |unos )?"
    r"(?:cucarachas|ratas|ratones|raton|bichos|chinches|pulgas|alacranes|hormigas|moho|hongos)\b"
    # A bad smell told: "hay un olor feo en el baño", "tiene olor a humedad".
    r"|\b(?:hay|tiene|sale|hay un|tiene un|sale un|con) (?:olor|olorcito|baranda) (?:feo|raro"
    r"|horrible|espantoso|terrible|a podrido|a humedad|a cloaca|a quemado|a pis|a cigarrillo)\b"
)

# Problems that cannot wait (``Understanding.urgent``, see nlu_intents.urgency): the owner's
# notice says URGENTE and the guest hears the safety step first, not "in 2 hours at most".
# Each kind has its own advice (bot/replies.py). "¿Se puede hacer fuego?", "¿hay agua
# caliente?" and "¿cómo prendo el hogar?" match none of them.
_BODY = r"(?:mano|manos|dedo|dedos|pie|pies|brazo|pierna|cara|cabeza|rodilla|tobillo|espalda)"
URGENT_RES = (
    (
        "gas",
        re.compile(
            r"\b(?:olor|olorcito|huele|perdida|fuga|escape|pierde|sale|larga) (?:a |de )?gas\b"
            # "hay un olor raro como a gas", "huele mucho a gas", "olor fuerte a gas".
            r"|\b(?:olor|olorcito|huele)(?: (?!no\b)\w+){1,3} (?:a|de) gas\b"
            r"|\bmonoxido\b"
        ),
    ),
    (
        "fire",
        re.compile(
            r"\b(?:se (?:nos |me )?(?:prendio|prende|esta prendiendo) fuego|incendi\w*"
            r"|(?:hay|hubo|sale|salio|sale mucho|esta saliendo|lleno de|llena de|mucho) humo"
            r"|(?:hay|hubo|salen|salio|salieron|saltan|saltaron) (?:fuego|llamas|chispas)"
            r"|en llamas|se (?:esta|estan) quemando|olor a quemado|cortocircuito)\b"
        ),
    ),
    (
        "injury",
        re.compile(
            r"\b(?:se|me|nos) (?:lastim\w*|golpe\w*|quebr\w*|fractur\w*|desmay\w*"
            # "se descompuso mi papá", not "se descompuso la heladera" (a problem).
            rf"|descompus\w*(?! (?:el|la|los|las|mi|nuestro|nuestra) (?:{_FAULTY}|auto|coche"
            r"|camioneta|moto|heladera|lavarropas)\b)"
            r"|electrocut\w*|cayo (?:de|por)|caimos|cai (?:de|por)"
            rf"|(?:corto|corte|quemo|queme) (?:la|el|las|los) {_BODY}"
            rf"|(?:doblo|doble|torcio|torci) (?:la|el) {_BODY})\b"
            r"|\b(?:sangr\w+|no respira|ambulancia|herid[oa]s?|inconsciente|convulsion\w*"
            r"|infarto|ataque al corazon|intoxic\w*|accidente)\b"
            r"|\b(?:me|le|nos|les) (?:pico|mordio) (?:una|un) (?:abeja|avispa|arana|alacran"
            r"|escorpion|vibora|perro)\b"
            # Session 24: someone ill or cut, told ("mi hijo tiene fiebre alta", "se cortó con
            # un vidrio", "le cuesta respirar", "está vomitando"), not "se cortó la luz".
            r"|\b(?:tiene|tienen|tengo|con|le (?:subio|agarro|dio|volo)) (?:mucha |muy alta |re"
            r" alta |alta )?fiebre\b|\bfiebre (?:alta|de 39|de 40|muy alta)\b"
            r"|\b(?:se|me|le) (?:corto|corte)(?: (?:feo|mal|mucho|fuerte))? con (?:un|una|el|la"
            r"|los|las)\b"
            r"|\b(?:le|me|nos) cuesta respirar\b|\bno (?:puede|puedo) respirar\b"
            r"|\bse (?:esta )?ahog\w*|\bataque de (?:asma|panico|alergia)\b|\breaccion alergica\b"
            r"|\b(?:esta|estan|sigue|siguen|no para de) vomit\w*"
        ),
    ),
    (
        "flood",
        re.compile(
            r"\b(?:se (?:nos |me )?(?:inundo|inunda|esta inundando|rompio (?:un|el) cano)"
            r"|inundad[oa]s?|sale agua por todos lados|entra agua por (?:el techo|todos lados))\b"
        ),
    ),
    (
        "no_water",
        re.compile(r"\b(?:no (?:hay|tenemos|tengo|sale|nos sale) agua|sin agua)\b(?! caliente)"),
    ),
    (
        "locked_out",
        re.compile(
            r"\bno (?:podemos|puedo|pudimos|pude) (?:entrar|abrir la puerta|salir)"
            r"(?! (?:el|al) (?:link|pago))\b"
            r"|\bnadie (?:nos|me) (?:abre|abrio|recibe|recibio|espera|esperaba)\b"
            r"|\b(?:nos|me) (?:quedamos|quede) (?:afuera|encerrad[oa]s?)\b|\bencerrad[oa]s\b"
            f"|{_KEY_MISSING}"
            # "estamos afuera y no podemos entrar", "estoy afuera sin llave" (not "ya
            # dejamos las llaves, estamos afuera": a departure).
            r"|\b(?:estamos|estoy) afuera(?= (?:y no|sin|esperando|de la cabana)\b)"
            # A door shut on the key inside: "se nos cerró la puerta con la llave adentro",
            # "dejamos las llaves adentro y se cerró la puerta" (not "¿las dejamos adentro
            # al irnos?", a departure).
            r"|\bse (?:nos |me )?(?:cerro|trabo|cerraron|trabaron) la puerta\b"
            r"(?= con (?:la |las )?llaves? (?:adentro|dentro)\b)"
            r"|\b(?:llave|llaves) (?:adentro|dentro) y se (?:nos |me )?(?:cerro|trabo)\b"
            r"|\b(?:llave|llaves) (?:quedo|quedaron) (?:adentro|dentro|encerradas?)\b"
        ),
    ),
    (
        "robbery",
        re.compile(
            r"\b(?:nos|me) (?:robaron|entraron)\b|\bentraron a robar\b|\bladron\w*\b"
            r"|\b(?:alguien|un tipo|una persona) (?:queriendo|intentando|tratando de) entrar\b"
        ),
    ),
)
# "urgente", "es una emergencia" with a problem told: urgent, with no safety step of its own.
URGENT_WORDS_RE = prefiltered(r"\b(?:emergencia|urgente|urgencia)\b")

# The bot insulted or said to be useless ("bot de porquería", "bot inútil", "qué porquería
# de bot", "no sirve este bot", "sos un inútil"): fed up, a person serves them. A word of
# scorn beside the machine, either side; "no sirve/anda/funciona" beside it.
_SCORN = (
    r"(?:mierda|porqueria|cuarta|quinta|morondanga|miercoles|basura|bosta|garcha|verga"
    r"|poronga|cagada|desastre|mugre|inutil|inutiles|inservible|malo|malisimo|pesimo"
    r"|horrible|trucho|berreta|choto|pelotud[oa]|bolud[oa]|estupid[oa]|idiota|tarad[oa]"
    r"|imbecil|tont[oa]|lento|bobo)"
)
_MACHINE = r"(?:bot|robot|chatbot|contestador|asistente virtual)"
_MACHINE_SCORNED = (
    rf"\b{_MACHINE}(?: (?:de|tan|re|muy|mas|sos|es|un|una))* {_SCORN}\b"
    rf"|\b{_SCORN} (?:de |este |ese |el |del )*{_MACHINE}\b"
    rf"|\bno (?:sirve|sirven|servis|sirves|anda|funciona)(?: \w+){{0,2}}? {_MACHINE}\b"
    rf"|\b{_MACHINE}(?: que)? no (?:sirve|sirven|anda|funciona|entiende)\b"
    rf"|\bsos (?:un |una |re |muy |tan )*{_SCORN}\b"
)
MACHINE_SCORNED_RE = prefiltered(_MACHINE_SCORNED)
_HUMAN_RE = prefiltered(
    r"\b(?:hablar|hablo|comuni(?:c|qu)\w*|contactarme|contactar"
    r"|charlar|pasame|pasarme|pasas|pasan|derivame|derivarme|derivar|atienda|atender"
    r"|atiende|atiendan|atendeme|atendenos|atiendanme|chatear|consultar|hablando)\b(?: \w+){0,3}?"
    r" (?:alguien|humano|dueno|duena"
    r"|encargado|encargada|propietario|propietaria|responsable|administrador|administradora"
    r"|administracion|gerencia|secretaria|duenos|duenas"
    r"|operador|operadora|asesor|asesora|recepcion|gerente|anfitrion|anfitriona|agente)\b"
    r"|\b(?:humano|operador|operadora|asesor|asesora|atencion al cliente"
    r"|(?:sos|es) un (?:bot|robot|contestador)|sos una maquina"
    rf"|{_MACHINE_SCORNED}"
    r"|llamame|llamenme|llamarme|me (?:pueden|podes|puede|podrian|podrias) llamar"
    r"|me (?:llaman|llamas|llamarian|llamarias|llamaria)|que me (?:llame|llamen|llames)"
    # "¿te puedo llamar?", "¿puedo llamarlos?", "te llamo por teléfono": the guest calling
    # asks a person as much as being called (round 29).
    r"|(?:te|lo|la|los|las|le|les) (?:puedo|podemos|podria|podriamos) llamar"
    r"|(?:puedo|podemos|podria|podriamos) (?:llamarte|llamarlos|llamarlas|llamarle|llamarles"
    r"|llamar a alguien|llamar por telefono)|(?:te|los|les) llamo por telefono"
    r"|(?:persona|alguien) (?:que )?(?:me|nos) (?:pueda |puedan |puede |podria )?(?:atienda"
    r"|atiende|atender|ayude|ayuda|ayudar|responda|responde|responder|llame|llama|llamar)"
    # "¿hay algún encargado con quien hablar?": someone to talk to, asked.
    r"|con quien (?:hablo|hablar|comunicarme|comunicarnos|estoy hablando|hablamos"
    r"|(?:puedo|podemos|podria|podriamos"
    r"|tengo que|hay que) (?:hablar|comunicarme|comunicarnos|contactarme))|agente|^persona$"
    # "una persona por favor", "necesito una persona": the help line cut short (a party
    # of one is "para una persona", "somos uno").
    r"|^(?:(?:quiero|necesito|pido) )?(?:una|alguna) persona (?:por favor|porfa|xfa|plis)$"
    r"|^(?:quiero|necesito|pido) (?:una|alguna) persona(?:$| no )"
    # "no entiendo este sistema", "no te entiendo, bot": the machine failing them.
    r"|no (?:entiendo|entendemos) (?:este|el|como funciona (?:este|el)) (?:sistema|bot"
    r"|robot|chat|menu)"
    # "¿me pasás con la señora que atiende?": put through to someone, not the guest's own.
    r"|\bme (?:pasas|pasa|pasan|pasarias|pasaria|pasen|podes pasar|puede pasar|pueden pasar)"
    r" con (?!(?:mi|mis|nuestr[oa]s?)\b)(?:el|la|un|una) \w+"
    # "tengo un problema, ¿quién me ayuda?": help asked of whoever is there.
    r"|quien (?:me|nos) (?:ayuda|puede ayudar|atiende|puede atender|contesta)"
    # "¿me contesta una máquina?": who answers, doubted.
    r"|(?:contesta|contestas|responde|respondes|atiende|atendes|habla|hablo con|sos|es)"
    r" (?:una |la )?maquina\b"
    # Waiting told: "hace una hora que espero respuesta", "les escribí 3 veces y nada".
    r"|hace (?:\w+ ){1,2}?que (?:espero|estoy esperando|estamos esperando|escribo|te escribo"
    r"|les escribo)|(?:estoy|estamos) esperando (?:hace|desde|una respuesta|respuesta)"
    r"|(?:te|les|le) (?:escribi|mande|escribimos|mandamos)(?: \w+)? (?:veces|mensajes)"
    r"|sin respuesta|ninguna respuesta|no (?:hay|tengo|recibo|recibi) (?:ninguna )?respuesta"
    # "¿me podrías pasar con alguien?": put through, right before who ("pasar la noche
    # con alguien" is no request).
    r"|(?:pasar|pasarias|pasaria|pasen|pasarian) con (?:alguien|el dueno|la duena"
    r"|el encargado|la encargada)\b"
    r"|(?:hablar|hablo|hablando|hablamos) con (?:un |una |el )?(?:bot|robot|maquina"
    r"|contestador)|hablando con (?:una persona|un humano)"
    r"|(?:numero|telefono|celular|whatsapp|contacto) de (?:alguien|una persona|un humano)"
    r"|(?:numero|telefono|celular|whatsapp)(?: \w+){0,2} (?:(?:para|de) )?(?:llamar|llamo"
    r"|llamarte|llamarlos|comunicarme|contacto|hablar)"
    r"|contactame|contactenme|me (?:contactas|contactan|contacta)"
    # "nadie me contesta?", "hace una hora que escribo y nadie responde": unanswered, they
    # want someone; "solicito ser contactado por un representante".
    r"|nadie (?:me |nos )?(?:contesta|contestan|contesto|responde|responden|respondio|atiende"
    r"|atendio|lee)|no (?:me |nos )?(?:contestan|responden|atienden|contestas|respondes)"
    r"|ser contactad[oa]s?|que (?:me|nos) (?:contacte|contacten|contactes|comunique|comuniquen)"
    r"|representante|comuniquese|comuniquense"
    # "¿sos un bot?" in any form: "atendés vos o un bot?", "¿esto es un chatbot?",
    # "¿es una respuesta automática?", "¿sos real?", "¿sos una persona?". A bot addressed
    # ("gracias bot", "genial bot!") or a thing done by itself ("¿el pago es automático?")
    # asks for nobody.
    r"|(?:un|una|el|del|este|ese|esto|es|sos|eres|o|con|otro|puro|solo) (?:bot|robot"
    r"|chatbot)|^(?:bot|robot|chatbot)$"
    r"|(?:respuestas?|mensajes?|contestador|contestacion|atencion|sistema|chat|bot|robot)"
    r" automatic[oa]s?|^(?:esto )?(?:es|sos|son) (?:todo )?automatic[oa]s?$"
    r"|contestador|sos (?:una persona|real|humano|humana|de verdad)"
    # "¿me pasás un teléfono?", "¿tenés el whatsapp del dueño?": a way to reach a person,
    # not an account or booking number.
    r"|(?:pasas|pasame|pasan|pasarme|tenes|tienen|tendras|tendrias|dame|dan|das)"
    r" (?:(?:un|el|algun|otro|tu|su) )?(?:numero de )?(?:telefono|celular|whatsapp|contacto"
    r"|numero)(?! de (?:cuenta|reserva|cbu|tarjeta|confirmacion|operacion|transferencia"
    r"|personas|noches|habitacion|cabana))"
    r"|(?:numero|telefono|celular|whatsapp|contacto) (?:del?|de la) (?:dueno|duena|encargad[oa]"
    r"|propietari[oa]|responsable|administrador|administradora|anfitrion|anfitriona)"
    r"|(?:hablar|hablamos|comunicarme|comunico|comunicamos)(?: con \w+)? por"
    r" (?:telefono|llamada|whatsapp))\b"
    # "quiero hablar con Marta", "¿puedo hablar con la chica que me atendió?": someone
    # asked for by name or role; not the guest's own people ("con mi marido", "con los
    # chicos"), whom they consult before deciding.
    r"|\b(?:quiero|queremos|quisiera|queria|necesito|necesitaria|puedo|podria|podemos"
    r"|me gustaria) hablar con (?!(?:mi|mis|tu|tus|su|sus|nuestr[oa]s?|los|las|ellos|ellas"
    r"|nadie|el grupo|la familia|respecto|relacion)\b)\w+"
    # English: "can I talk to a person?" ("to" reads "al", "with" "con").
    r"|\b(?:talk|speak|chat) (?:al|to|with|con) (?:a |an |the )?(?:person|human|someone|somebody"
    r"|agent|owner|manager|real person)\b"
    # Session 24: "is this a bot?", "are you a robot?", "r u a bot" ("this" reads "este"),
    # "can someone call me", "human please" / "a real person!" as the whole message.
    r"|\b(?:is (?:este|this|it|that)|are you|r u|am i talking al) (?:a |an |just a )?(?:bot"
    r"|robot|chatbot|machine|real person|human|person)\b"
    r"|\b(?:call|phone) (?:me|us)\b|\bgive (?:me|us) a call\b"
    r"|^(?:a )?(?:real )?(?:human|person)(?: porfa| por favor| now)?$"
    # "basta de bot", "chau bot, que me atienda alguien": the machine sent away.
    rf"|\b(?:basta|suficiente|harto|harta|cansad[oa]|podrid[oa]) (?:de |del |con el |con )"
    rf"(?:este |el |un )?{_MACHINE}\b|^(?:chau|basta) {_MACHINE}\b"
    # "pasame con tu jefe", "quiero hablar con el jefe" (not "con mi jefe": the guest's own,
    # asked for days off).
    r"|\b(?:pasame|pasarme|pasas|pasan|hablar|comunicame|comunicarme|comunicas) con"
    r" (?:tu|su|el|la|al) (?:jefe|jefa)\b"
    # A complaint announced ("quiero reclamar", "tengo una queja"): the owner hears it (not
    # "no tengo quejas").
    r"|\b(?:quiero|quisiera|queria|necesito|voy a|vamos a|queremos) (?:reclamar|quejarme"
    r"|quejarnos|presentar un reclamo|dejar (?:un reclamo|una queja))\b"
    r"|(?<!\bno )\b(?:tengo|tenemos) (?:un |una )?(?:reclamo|queja)\b"
    # An invoice ("¿me hacés factura A?", "¿facturan?"): no topic answers it, the owner does.
    r"|\bfactur\w*"
    # Changing an existing booking is for a person: the bot only books and cancels.
    r"|\b(?:cambiar|modificar|mover|correr|pasar|postergar|reprogramar|adelantar|atrasar"
    r"|agregar|agregarle|sumar|sumarle)(?: \w+){0,3} (?:a )?(?:mi|la|nuestra) reserva\b"
    # A problem at the cabin (PROBLEM_RE): a person, at once.
    r"|" + PROBLEM_RE.pattern
)
# "¿hay alguien?", "¿hay alguien ahí?": is anybody reading (``human``). Not "¿hay alguien
# para recibirnos?" / "¿hay alguien en la cabaña?", nor "si llegamos a las 23, ¿hay
# alguien?": how arriving works, topic checkin (see _decide_intent).
_SOMEONE_THERE_RE = prefiltered(
    # "¿hay una persona?", "¿hay alguna persona ahí?" ask the same (round 25).
    r"\bhay (?:alguien|(?:una|alguna) persona)"
    r"(?=$| (?:ahi|alli|aca|ahora|atendiendo|disponible|conectad[oa]|en linea"
    r"|online|real|humano|del otro lado|leyendo|con quien|a quien|para (?:atender\w*|hablar"
    r"|ayudar\w*|responder\w*|contestar\w*|consultar|charlar))\b)"
)
# "hola, ¿hay alguien? quiero reservar": closed by punctuation (on the raw text, accents
# stripped) it asks the same, whatever follows.
_SOMEONE_THERE_RAW_RE = prefiltered(r"\bhay (?:alguien|(?:una|alguna) persona)\s*[?!.,;]")
_CANCEL_RE = prefiltered(
    r"\b(?:cancel\w*|anul\w*"
    r"|(?:dar(?:me|nos|la|lo|le)?|dame|danos|denme|doy|damos|das|dan|de|den|da|dale|denle"
    # "damela de baja", "dala de baja", "dénmela de baja": the booking as a pronoun.
    r"|dam(?:el|osl)[ao]s?|danosl[ao]s?|denmel[ao]s?|dal[ao]s?|darl[ao]s?)"
    r" de baja"
    r"|dar la baja"
    r"|baja (?:de|a) (?:la|mi|nuestra) reserva|desist\w*"
    # "borrá la reserva del 10", "eliminen mi reserva": struck out, like cancelled.
    r"|(?:borr|elimin)(?:a|ar|en|ame|anos|ala|enla|amela) (?:la|mi|nuestra|esa) reserva"
    r"|suspender (?:la |mi )?reserva|(?:dej\w*|quede|quedar) sin efecto"
    # "bajame la reserva", "bajen la reserva": taken down, like "dala de baja".
    r"|baj(?:a|en|ame|anos|enme|ala|enla|amela|ar|arme|arnos) (?:la|mi|nuestra|esa) reserva"
    # "bajala", "soltala nomás", "liberala", "borrala": the booking let go as a pronoun, and
    # "soltá la reserva", "liberen la cabaña" (session 23), but not a price brought down.
    r"|(?:baj|solt|liber|borr|elimin)(?:ala|enla|amela|enmela|anosla|arla)\b"
    r"(?! (?:un poco|de precio|el precio|algo|a \d))"
    r"|(?:solt|liber)(?:a|en|ame|enme|ar) (?:la|mi|nuestra|esa) (?:reserva|cabana)"
    # "no la voy a pagar", "no voy a pagar, dejala": the deposit refused, the hold let go
    # (not "no voy a pagar con tarjeta", "no la voy a pagar hoy": how or when).
    r"|no (?:la |lo )?(?:voy|vamos) a pagar(?:la|lo)?(?: (?:la sena|nada))?"
    r"(?=(?: (?:dejala|dejalo|olvidate|olvidala|mejor|al final|gracias|nomas|entonces"
    r"|borrala|bajala|cancelala|soltala|liberala))*$)"
    # "al final suspendemos", "suspendo el viaje": the writer calls the trip off (not
    # "suspendieron el vuelo", something cancelled on them).
    r"|suspend(?:o|emos|amos|an|ela|anla|er|erla|erlo)"
    r"(?! (?:el|la|los) (?:vuelo|micro|show|evento))"
    r"|no (?:vamos|voy) a (?:poder |llegar a )?(?:ir|viajar)|no (?:podemos|puedo) (?:ir|viajar)"
    # "me bajo", "nos tenemos que bajar de la reserva": dropping out, but not getting
    # off a bus ("nos bajamos en la terminal", "me bajo del micro").
    # The lookahead is the getting off's alone: "¿puedo cancelar en caso de que llueva?"
    # still has its cancel word.
    r"|(?:(?:me|nos) (?:(?:tengo|tenemos|quiero|queremos) que |(?:quiero|queremos) )?"
    r"baj(?:o|amos|ar)|bajarme|bajarnos)\b"
    r"(?! (?:en|del? (?:micro|colectivo|bondi|tren|auto|omnibus|avion|bus|ruta))))\b"
    # "ya no vamos", "al final no viajamos": going no more, unless more of the plan follows
    # ("ya no vamos a llevar el perro", "al final no vamos con el perro").
    r"|\b(?:ya|al final|finalmente|lamentablemente|entonces) no (?:vamos|voy|viajamos|viajo"
    r"|iremos|ire)\b(?! (?:a (?!ir\b|viajar\b|poder\b)|con|sin|en|por|para|el|la|los|las|solo"
    r"|todos|tantos|tan|muy))"
    # "no vamos más", "no viajamos más, perdón": going no more (session 24), closing the
    # message or before a word that closes it; not "no vamos más de 3 noches", "no vamos
    # más tarde de las 20".
    r"|\bno (?:vamos|voy|viajamos|viajo|iremos|ire) mas\b(?=$| (?:al final|entonces|perdon"
    r"|disculp\w*|sorry|lamentablemente|gracias|cancel\w*|anul\w*|chau)\b)"
    # "se suspende el viaje", "se nos cayó el viaje".
    r"|\b(?:suspend\w*|se (?:nos |me )?(?:cayo|cae|cancelo)) (?:el|la|mi|nuestro|nuestra)"
    r" (?:viaje|reserva|estadia|escapada|vacaciones)\b"
    # "no vamos a usar la reserva", "ya no necesitamos la cabaña".
    r"|\bno (?:(?:vamos|voy) a (?:poder )?|(?:podemos|puedo) )?(?:usar|necesitar|necesitamos"
    r"|necesito|ocupar|aprovechar|quiero|queremos)(?: mas)? (?:la|el|las|nuestra|mi)"
    r" (?:reserva|cabana|lugar"
    r"|estadia)\b"
)
# The deposit sent by bank transfer with the account's details asked for ("pasame el alias
# y te transfiero la seña", "¿me pasás el CBU que te deposito la seña?"): a transfer is
# asked for, not a yes to the link (bot.handlers_deposit answers who can arrange one).
_BANK_DETAILS_RE = prefiltered(r"\b(?:alias|cbu|cvu|datos bancarios|numero de cuenta)\b")
_DEPOSIT_SENT_RE = prefiltered(
    r"\b(?:(?:te|les|le) )?(?:hago|hacemos|dejo|dejamos|transfiero|transferimos|deposito"
    r"|depositamos|giro|giramos|mando|mandamos) la sena\b"
)
# Another stay cancelled on the guest ("se me canceló un alojamiento y necesito algo",
# "me cancelaron el otro hotel"): why they search, nothing of ours to cancel.
_CANCELLED_ELSEWHERE_RE = prefiltered(
    r"\b(?:se (?:me|nos) )?(?:cancelo|cancelaron|anularon)(?: (?:el|la))?"
    r" (?:un|una|otro|otra|el otro|la otra) (?:alojamiento|hotel|hostel|depto|departamento"
    r"|casa|cabana|lugar|reserva|alquiler|hospedaje)\b"
    r"|\b(?:me|nos) (?:cancelaron|anularon) (?:el|la) (?:alojamiento|hotel|hostel|depto"
    r"|departamento|alquiler|hospedaje|airbnb|posada|hosteria|camping)\b"
    r"|\bse (?:me|nos) (?:cayo|cancelo) (?:un|una|otro|otra) (?:\w+ )?(?:reserva|alquiler)\b"
    # "se me canceló el depto que tenía": a place of another kind ("la reserva" is ours).
    r"|\bse (?:me|nos) (?:cayo|cancelo) (?:el|la) (?:alojamiento|hotel|hostel|depto"
    r"|departamento|hospedaje|airbnb|casa|posada|hosteria)\b"
    r"|\b(?:reserva|alquiler|alojamiento) en otro (?:lado|lugar|sitio)\b"
)
# "tengo presupuesto de 250 mil, ¿alcanza?": whether it pays for the stay, a price asked.
_BUDGET_ENOUGH_RE = prefiltered(r"\b(?:alcanza|alcanzaria|me alcanza|nos alcanza|llego|llegamos)\b")
# "si reservamos directo, ¿sale menos?": the price of booking asked, no booking yet.
_IF_BOOKING_RE = prefiltered(r"\bsi (?:\w+ )?(?:reserv|alquil|cerr)\w*")
# A cancel word inside a question about the policy is an info question instead.
_CANCEL_HYPOTHETICAL_RE = prefiltered(
    r"(?:politicas? de|condiciones de|como es la|como son las|como funciona la"
    r"|(?:\bsi|que pasa si|y si|hasta cuando|hasta que (?:dia|fecha)"
    # "¿hasta cuántos días antes puedo cancelar?", "¿con cuánta anticipación se cancela?"
    r"|(?:hasta |con )?cuant[oa]s? (?:dias|horas|hs|semanas|tiempo)(?: de)? (?:antes"
    r"|anticipacion|antelacion)|con cuanta (?:anticipacion|antelacion))"
    r"(?: (?:llego a|llegamos a|tengo que|tenemos que"
    r"|hay que|necesito|necesitamos|quisiera|quisieramos|despues|se puede|puedo|podemos))?"
    # "¿cuántos días antes tengo que avisar para cancelar?": the notice asked.
    r"(?: (?:avisar|aviso|avisamos|avisarles|avisarte) (?:para|si))?)"
    # "si la cancelo, ¿me cobran?"; "si se suspende el viaje…", "si me cancelan el vuelo…"
    r"(?: (?:la|lo|las|los|se|me|nos|te))? $"
    # "si llueve y cancelo, ¿pierdo la seña?": the "if" opens a clause the cancel ends.
    # A yes word after it makes it "sí" ("si dale y cancelala" is an order).
    r"|\bsi(?! (?:si|dale|ok|claro|obvio|bueno|listo|porfa|perfecto|joya)\b)(?: \w+){1,3}"
    r" y (?:(?:la|lo|se|me|nos) )?$"
    # "¿cobran algo por cancelar?", "¿cuánto sale cancelar?": what cancelling costs.
    r"|\b(?:cobran|cobra|cobras|cuesta|sale|pagar|pago|multa|recargo|cargo)"
    r"(?: (?:algo|mucho|extra|la|el|una))? (?:por |para |si )?$"
)
# "¿se puede cancelar sin cargo?", "¿puedo cancelar hasta cuándo?", "¿cancelar con cuánta
# anticipación?", "¿se puede cancelar si no vamos?": the terms of cancelling asked right
# after the word, the policy (read from the end of the cancel word on).
_CANCEL_TERMS_AFTER_RE = prefiltered(
    r"(?: \w+){0,3}? (?:sin (?:cargo|costo|penalidad|perder|multa|recargo)|con cuanta"
    r" (?:anticipacion|antelacion)|hasta (?:cuando|que dia|que fecha|cuantos dias)"
    r"|con (?:cuantos|cuantas) (?:dias|horas|semanas)"
    # "¿se puede cancelar si no podemos ir?", "¿puedo cancelar en caso de que llueva?": a
    # condition asks what happens then ("si o si", "si, dale" are no condition).
    r"|(?:si(?! (?:o si|si|dale|ok|claro)\b)|en caso (?:de|que)) \w+)\b"
)
_CANCEL_IMPERATIVE_RE = prefiltered(
    r"(?:cancel|anul)(?:en|emos|ala|alo|alas|alos|enla|enlo|amela|amelo|ame|anos)\b"
)
_CANCEL_WANTED_RE = prefiltered(
    r"\b(?:quiero|queremos|quisiera|quisieramos|necesito|necesitamos|vamos a|voy a|tengo que"
    r"|tenemos que|hay que|deseo|deseamos)(?: \w+)? $"
)
# "si cancelala", "si, anulala", "si cancelar" (the bot's own "Sí, cancelar"): with no
# accent, "sí" reads as the hypothetical "si", but an order or a bare infinitive right
# after it is a yes ("si cancelo…", "si tengo que cancelar…" stay questions).
_BARE_SI_RE = prefiltered(r"(?:^|\s)si (la |lo |las |los )?$")
_CANCEL_ORDER_RE = prefiltered(
    r"(?:cancel|anul)(?:ar|a|en|emos|ala|alo|alas|alos|enla|enlo|amela|amelo)\b"
)
_REFUND_RE = prefiltered(
    r"\b(?:reintegro|reembolso|devolucion|devuelven|devuelve|reembolsable|reintegrable"
    r"|reintegran|reintegra|reembolsan|reembolsa|penalidad|penalidades|penalizacion"
    # "¿me devolvés la plata?", "¿nos la devolverían?": the voseo and the conditional.
    r"|devolves|devolveria|devolverian|devolveran|devolvera"
    # "¿pierdo la seña?": what cancelling costs.
    r"|(?:pierdo|perdemos|pierdes|perdes|se pierde) (?:la|lo) (?:sena|plata|pagado|abonado))\b"
)
# Month names, kept apart from a cabin's name ("la del lago", not "la del 15 de enero").
_MONTH_ALT = "|".join(_MONTHS)
# Days listed with slashes before their month: "18/19/20 de diciembre" is the nights of the
# 18th, 19th and 20th, not the 18th of a 19th month (see nlu._slash_days).
_SLASH_DAYS_RE = prefiltered(rf"\b\d{{1,2}}(?:/\d{{1,2}})+(?= (?:de )?(?:{_MONTH_ALT})\b)")
# What a hold asks to keep (session 24): the cabin, the dates, the weekend, a day ("bloqueame
# esas fechas", "separame el finde largo", "aseguranos el lugar para el 15"), not beds
# split ("¿me separás las camas?") nor a phone blocked ("se me bloqueó la app").
_HELD = (
    r"(?: (?:la|el|las|los|esa|esas|ese|esos|esta|estas|este|estos))?"
    r" (?:cabanas?|cabanita|casa|casita|depto|departamento|fechas?|dias|finde|lugar|semana"
    r"|noches|quincena)\b"
    r"|(?: (?:para|desde))? (?:el|del) \d"
)
_BOOK_RE = prefiltered(
    r"\b(?:reserv(?:ar|o|ame|amos|emos|en|alo|ala|arla|arlo|arlas|arlos|aria|ariamos"
    r"|amela|amelo|anosla|anoslo)"
    # Any imperative or infinitive with a pronoun: "reservarmela", "reservanos", "reservenme".
    r"|reserv(?:ar|a|e|en)(?:me|nos|te|le|les)(?:la|lo|las|los)?"
    # Spain's vosotros: "reservadla", "apartádnosla", "¿me la reserváis?".
    r"|(?:reserv|apart)ad(?:me|nos)?(?:la|lo|las|los)|(?:me|nos) (?:la |lo )?(?:reserv|apart)ais"
    # "¿me reservan el finde?", "¿nos reservás?": asking someone to book for us.
    r"|(?:me|nos) (?:la |lo |las |los )?reserv(?:a|as|an|arias|arian)"
    # "agendame del 5 al 8", "¿me anotás para el finde?": colloquial booking verbs, but
    # noting down a contact or payment detail ("anotame el alias") is no booking.
    r"|(?:agend|anot)(?:ame|anos|enme|enos|amela|anosla|ar|arme|arnos)"
    r"(?! (?:(?:el|tu|su|mi|un|los|tus) )?(?:alias|cbu|numero|telefono|celular|mail|correo"
    r"|direccion|datos?|nombre|cuenta)\b)"
    r"|(?:me|nos) (?:agend|anot)(?:as|an|a|arias|arian|o|amos)"
    r"(?! (?:(?:el|tu|su|mi|un|los|tus) )?(?:alias|cbu|numero|telefono|celular|mail|correo"
    r"|direccion|datos?|nombre|cuenta)\b)"
    # "¿me la guardás?": hold it for us.
    r"|(?:me|nos) (?:la|lo|las|los) guard(?:as|an|a|arias|arian)|guard(?:amela|amelo|anosla"
    r"|anoslo|enmela|enmelo|armela|arnosla|arla|arlo)"
    # "¿me podés guardar la cabaña?", "guardame el lugar": a cabin or the dates held.
    r"|guard(?:ar|ame|anos|enme|arme|arnos) (?:la|el|las) (?:cabana|cabanita|casa|depto"
    r"|departamento|lugar|lugarcito|fecha|fechas|reserva)"
    # Mexican "apartar" is to book: "quiero apartar la cabaña", "¿me la apartas?" (not
    # "apartado", a secluded place).
    r"|apart(?:ar|arla|arlo|arme|arnos|ame|amela|amelo|ala|alo|anos|anosla|enme|enmela"
    r"|emos)|(?:me|nos) (?:la |lo )?apart(?:as|an|a|aria|arias|arian)"
    # "confirmame la cabaña grande", "confirmanos la de 4": a cabin named, booked ("¿me
    # confirmás la reserva?" asks about one made).
    r"|confirm(?:ame|anos|enme|amos) (?:la|el) (?:cabana|casa|depto|departamento|de \w+"
    rf"|del (?!\d)(?!(?:{_MONTH_ALT})\b)[a-z]+)"
    # "dejarla señada": a deposit left is a booking.
    # ("¿cuánto hay que señar?" asks the deposit's terms, it pays none).
    r"|(?<!\bhay que )(?<!\btengo que )(?<!\btenemos que )sen(?:ar|amos|arla|arlo|ariamos)"
    r"|(?:dej\w*|quede|quedar) senad[oa]s?"
    # "¿cómo seño?" like "¿cómo señamos?" (a bare "seño" is also the teacher).
    r"|(?:como|donde) seno\b"
    # "quisiera dejarla reservada": left booked, like left with a deposit.
    r"|dej(?:ar|arla|arlo|amos|ame|anos|ala|alo|enla|enmela|amela) reservad[oa]s?"
    # "hago la seña ahora": the deposit paid now books ("¿cómo/cuándo hago la seña?" asks,
    # "te pago la seña el lunes" defers: see the payment rules).
    # "ya te transfiero la seña": the deposit sent, however it travels.
    r"|(?<!\bcomo )(?<!\bcuando )(?<!\bdonde )(?:(?:te|les|le) )?(?:hago|hacemos|dejo|dejamos"
    r"|transfiero|transferimos|deposito|depositamos|giro|giramos|mando|mandamos) la sena"
    r"(?! (?:el|la|manana|despues|mas adelante|cuando|si)\b)"
    # "listo, cerramos trato", "cerremos la reserva": a deal closed.
    r"|cerr(?:amos|emos) (?:trato|el trato|la reserva|la cabana)"
    # "la tomo", "la agarramos", Mexican "la apartamos": taken.
    r"|me la quedo|nos la quedamos|(?<!\bno )(?:la|lo) (?:tom|agarr|apart)(?:o|amos)"
    # "quiero esa", "nos quedamos con esa": the cabin just offered, taken like "la quiero".
    r"|(?<!\bno )(?:quiero|queremos|me quedo con|nos quedamos con|elijo|elegimos|vamos con"
    r"|voy con|cerramos con) (?:esa|esta)"
    r"(?: (?:cabana|misma|opcion))?(?! (?:fecha|fechas|semana|noche|finde|duda|pregunta"
    r"|consulta|info|foto|fotos)\b)"
    # "me quedo con la de 6", "vamos con la grande": one of the cabins offered, taken.
    # "cerramos con la de 4": the deal closed on one of them (round 28).
    r"|(?<!\bno )(?:me quedo con|nos quedamos con|elijo|elegimos|vamos con|voy con"
    r"|cerramos con|cerremos con) (?:la|el)"
    r" (?:de \d+|de (?:dos|tres|cuatro|cinco|seis|ocho)|grande|chica|mas \w+|primera|segunda"
    rf"|tercera|ultima|del (?!(?:{_MONTH_ALT})\b)[a-z]+|que (?:tiene|da|esta|mira))\b"
    # ... told by what it is ("nos quedamos con la económica", "elijo la familiar",
    # "agarramos la del lago"): an adjective's ending, not a thing ("con la duda") nor a
    # diminutive (a kid: "voy con la chiquita").
    r"|(?<!\bno )(?:me quedo con|nos quedamos con|elijo|elegimos|(?:tom|agarr)(?:o|amos))"
    r" la (?:[a-z]+(?:ica|al|ar|ul|ble|ior)|de \d+|del (?:lago|rio|bosque|fondo|medio|arroyo"
    r"|cerro|frente|costado|parque|jardin|muelle|deck))\b"
    # "la quiero", "la queremos!": the cabin offered, wanted; not "no la quiero", "no sé si
    # la quiero", nor before a verb ("la quiero ver", "lo quiero pensar").
    r"|(?<!\bno )(?<!\bse si )(?:la|lo) (?:quiero|queremos)"
    r"(?! \w+(?:ar|er|ir)(?:la|lo|las|los|me|nos|te)?\b)"
    # "me la confirmás?", "confirmámela": confirm it for us, like "me la guardás"; a bare
    # "¿me confirmás?" / "confirmame" names nothing to book (a payment? a time?).
    r"|(?:(?:me|nos) (?:la|lo) confirm(?:as|an|a|arias|arian)|confirm(?:amela|amelo|anosla"
    r"|anoslo|enmela|enmelo|ala|alo))\b(?! (?:si|que|cuando|como|donde|a que)\b)"
    # Session 24: held for the guest, "separame el finde", "bloqueame esas fechas", "¿me
    # guardás la cabaña del 20 al 23?", "quiero asegurar las fechas": a booking, with what
    # is held named (_HELD).
    r"|(?:(?:separ|bloque)(?:ame|anos|amela|anosla|enme|enmela|enos|arme|arnos|armela"
    r"|arnosla)|asegur(?:ar|ame|anos|amos|o)|(?:me|nos) (?:la |lo |las |los )?(?:separ|bloque"
    r"|guard)(?:as|an|a|arias|arian|aria|es|en))(?=" + _HELD + ")"
    # "nos quedamos con la cabaña del 8 al 11", "tomamos la cabaña", "vamos con la del 10
    # al 14" (the option offered by its dates), "nos quedamos con las fechas del 5 al 9".
    r"|(?<!\bno )(?:me quedo con|nos quedamos con|(?:tom|agarr)(?:o|amos)) (?:la|esa|esta)"
    r" (?:cabana|cabanita|casa|casita|depto|departamento)"
    r"|(?<!\bno )(?:me quedo con|nos quedamos con|elijo|elegimos|vamos con|voy con)"
    r" (?:la|las|esa|esas) (?:fechas? )?del \d+"
    # English ("to" reads "al", "for" "para"): "I want to book", "book for 2", "make a
    # reservation". Not "booking" alone: "lo vi en booking" names the website.
    r"|(?:al|to) (?:book|reserve)|make a (?:reservation|booking)|book (?:a|the|it|para)"
    # Session 24: "can I book…?", "how do I book?" ("do" reads "del"), "please reserve
    # jan 3 to 7" (and the formal "por favor reserve"), "a booking for 2 people" ("booking
    # para el 20" alone stays a search, round 15).
    r"|(?:i|we|porfa|por favor) (?:book|reserve)|\ba (?:new )?booking (?:para|desde))\b"
)
# "quiero hacer el booking": the English noun made, a booking; "lo vi en booking" names the
# website (round 28).
_BOOK_NOUN_RE = prefiltered(
    r"\b(?:reservas?|reservacion(?:es)?|(?:hacer|hago|hacemos|confirmar|confirmo)"
    r" (?:el |la |un |una )?booking)\b"
)
# Wanting to book, said: with it a booking noun books even beside a question about paying
# ("quiero hacer una reserva, ¿aceptan tarjeta?"); without it, "¿la reserva se puede
# hacer con tarjeta?" asks how to pay (see nlu_intents._wants_booking).
_WANT_RE = prefiltered(
    r"\b(?:quiero|queremos|quisiera|quisieramos|queria|queriamos|gustaria|necesito|necesitamos"
    r"|hacemos|hagamos|hago)\b"
)
# "mi reserva", "tengo una reserva": an existing booking, not a new one.
_EXISTING_BOOKING_RE = prefiltered(
    r"\b(?:mi|mis|nuestra|nuestras|tengo una|tenemos una|tengo|tenemos|ya tengo|ya tenemos"
    r"|ya hice|ya hicimos|hice una|hicimos una|hice la|hicimos la"
    r"|de la|de mi|de mis|politica de|numero de|codigo de) (?:\w+ )?(?:reservas?|reservacion)\b"
    # "¿qué reservas tengo?", "¿tengo reservas?": the guest's own, asked about.
    r"|\breservas? (?:tengo|tenemos)\b|^(?:y )?(?:tengo|tenemos) (?:alguna )?reservas?\b"
    # "¿cuáles reservas me quedan?", "¿me queda alguna reserva?": the ones left after
    # cancelling one, the guest's own.
    r"|\b(?:que|cual|cuales|cuantas) (?:son )?(?:las )?reservas? (?:me|nos|quedan?|siguen|sigue"
    r"|estan|hay a (?:mi|nuestro) nombre)\b"
    r"|\b(?:me|nos) (?:quedan?|sigue|siguen)(?: (?:activas?|en pie|vigentes?))?"
    r" (?:(?:alguna|algunas|otra|otras|mas) )?reservas?\b"
    r"|\breservas? (?:que )?(?:me|nos) (?:quedan?|siguen|sigue)\b"
    r"|\b(?:ya )?reserve\b|\bya reservamos\b"
    # "tengo reservado del 8 al 10, ¿se puede llevar perro?", "tenemos reservada la cabaña":
    # the participle, a booking held like "tengo una reserva".
    r"|\b(?:tengo|tenemos) (?:ya )?reservad[oa]s?\b"
    # "te escribo por la reserva", "les escribimos x la reserva", "consulto sobre mi
    # reserva": the one they have, written about ("¿cuánto pago por la reserva?" is none).
    r"|" + WRITING_ABOUT + r"(?:la|mi|nuestra) (?:reservas?|reservacion)\b"
    # "la reserva que tengo", "la reserva que hicimos": theirs, named after
    r"|\breservas? que (?:tengo|tenemos|hice|hicimos|ya tengo|ya tenemos)\b"
)
# A change to a booking the guest has: "tengo una reserva del 20 al 23 y quiero agregar una
# persona", "reservé del 5 al 8, ¿podemos pasarlo al 12?", "hice una reserva pero me
# equivoqué de fecha", "¿podemos llegar un día antes de lo que reservamos?". The bot only
# books and cancels, so a person changes it (``human``), like "cambiar mi reserva" in
# _HUMAN_RE. Both parts are searched apart (see nlu_intents.changes_booking): the
# booking named (_EXISTING_BOOKING_RE, or the ones here) and a change asked for. "Pasar"
# counts only toward a date ("pasar a buscar la llave" is no change).
_BOOKED_RE = prefiltered(
    r"\b(?:reservamos|reservaron|reserve|lo que reservamos|lo que reserve|reserva hecha"
    r"|(?:tengo|tenemos) reservad[oa])\b"
)
_BOOKING_CHANGE_RE = prefiltered(
    r"\b(?:agreg(?:ar|arle|arnos|o|amos|aria|ariamos)|sum(?:ar|arle|arnos|o|amos|aria"
    r"|ariamos)|cambiarla|cambiarlo|moverla|moverlo|correrla|correrlo|pasarla|pasarlo"
    r"|extend(?:er|erla|erlo)|alarg(?:ar|arla|arlo)|acort(?:ar|arla"
    r"|arlo)|adelant(?:ar|arla|arlo)|atras(?:ar|arla|arlo)|posterg(?:ar|arla|arlo)"
    r"|reprogram(?:ar|arla|arlo)|modific(?:ar|arla|arlo|o|amos)|me equivoque|nos equivocamos"
    r"|equivocad[oa]s?"
    # Moving it needs where to: "cambiar las fechas", "pasar para el otro finde" ("cambiar
    # la toalla", "pasar a buscar la llave" change no booking).
    r"|(?:cambi(?:ar|amos|emos|arias|arian)|mover|movemos|correr|corremos|pas(?:ar|amos))"
    r"(?= (?:para|al|a (?:otr|la semana|el)|la reserva|las fechas|la fecha|de fecha|el dia"
    r"|los dias|de dia|de cabana|la cabana|la cantidad))"
    r"|(?:un|una|dos|tres) (?:dia|dias|noche|noches) (?:antes|despues|mas)"
    # "hice la reserva para 2 pero vamos a ser 3" ("vamos a ser" reads "somos").
    r"|(?:pero|al final|finalmente)(?: al final| ahora| ya)? (?:somos|seremos|vamos|viajamos"
    r"|vendriamos|venimos) \w+)\b"
)
# Lengthening or cutting a stay is a change of a booking held: "queremos extender la estadía".
_STAY_CHANGE_RE = prefiltered(
    r"\b(?:extender|alargar|estirar|prolongar|acortar)(?:la|lo)? (?:(?:la|nuestra|mi)"
    r" )?(?:estadia|estancia|reserva)\b"
)
# What cancelling costs ("¿cuánto me cobran por cancelar?", "si la cancelo, ¿me cobran
# algo?") is a question about the policy, not about prices.
_CANCEL_COST_RE = prefiltered(
    r"\b(?:cuanto )?(?:me |nos |te )?(?:cobran|cobra|cobras|cuesta|sale|cargo|recargo)"
    r"(?: (?:algo|mucho|extra))? (?:(?:por|para|si) )?(?:la |lo )?(?:cancel|anul)\w*"
    r"|\b(?:si|cuando) (?:la |lo )?(?:cancel|anul)\w*(?: \w+)?? (?:me |nos |te )?"
    r"(?:cobran|cobra|cuesta|sale)\b"
)
_PRICE_RE = prefiltered(
    r"\b(?:precios?|tarifas?|valor(?:es)?|(?<!sin )costos?|cuestan?|costaria|importe"
    # "¿cobran en efectivo?", "¿me cobrás con tarjeta?": how to pay, the payment topic.
    r"|(?:cobran|cobras)(?! (?:en|con) (?:efectivo|tarjetas?|transferencia|dolares|pesos"
    r"|mercado ?pago|debito|credito|cripto|usd|qr)\b)"
    r"|cobrarian|presupuesto|cotiz\w*|descuent(?:o|os|ito|itos)|rebajita"
    r"|promo|promocion|promociones|ofert(?:a|as|ita|itas)"
    # English: "how much per night?", "what are your rates?".
    r"|how much|prices?|rates?|cost|per night)\b"
    r"|\b(?:sale|salen|saldria|esta) (?:la|por) noche\b|\bque (?:me |nos )?(?:sale|salen|saldria)\b"
    # "a cuánto la noche" is money; "a cuánto queda" stays a distance (see _asks_price).
    r"|\ba cuanto (?:(?:esta|estaria|sale|seria|me sale) )?(?:la|el|por) (?:noche|dia|semana"
    r"|persona|finde)\b|\ba cuanto (?:sale|salen|me sale|nos sale|cobran|me cobran)\b"
    r"|(?:^|(?<= ))\$(?! ?\d)"
    # "¿cuánta plata es?": the money, however named.
    r"|\bcuant[oa]s? (?:plata|dinero|guita|mangos|lucas)\b"
    # "¿a cuánto está la cabaña chica?": a cabin's price; "a cuánto está la cabaña del
    # centro?" stays a distance.
    r"|\ba cuanto (?:esta|estan|estaria|sale|salen) (?:la|el|las|los) (?:cabanas?|casas?"
    r"|deptos?|departamentos?|de \w+)\b(?!(?: \w+)? (?:del?|desde|hasta)\b)"
    r"|\bes por (?:noche|persona|dia)\b|\bpor noche o por persona\b"
    # "¿sale mucho?", "¿es muy caro?", "¿son caras?": how expensive. "La más barata" picks
    # a cabin from a list, so "más" is left out.
    r"|\b(?:sale|salen|saldria|es|son|seria|esta|estan|muy|re|tan|medio|bastante)"
    # ("¿es accesible?" asks about getting in, a ramp or stairs: not the price)
    r" (?:car[oa]s?|barat[oa]s?|costos[oa]s?|economic[oa]s?)\b"
    r"|\b(?:sale|salen|saldria) (?:mucho|poco)\b"
    # "si reservamos directo, ¿sale menos?": cheaper asked.
    r"|\b(?:sale|salen|saldria|queda|quedaria) (?:menos|mas barat[oa])\b"
    # "¿me lo dejás más barato?", "¿me hacés algo más barato?": haggling.
    r"|\b(?:me|nos) (?:lo|la|los|las) (?:dejas|dejan|dejarias|dejarian|haces|hacen|harias"
    r"|harian|pasas|pasan) (?:\w+ )?(?:mas )?barat[oa]s?\b"
    # "¿no hay algo más barato?", "¿tenés algo más económico?": a cheaper stay asked for.
    r"|\balgo (?:un poco |mas )+(?:barat[oa]|economic[oa])\b"
    # "¿me lo podés dejar en 80 mil?": a price offered.
    r"|\b(?:dejar|dejas|dejan|dejarias|dejarian)(?:lo|la|melo|mela)? (?:en|a) \$? ?\d+"
    r"(?: ?(?:mil|lucas|pesos|k))?\b"
    # "¿a cuánto la tenés?": "a cuánto" before a verb of selling asks the price.
    r"|\ba cuanto (?:(?:la|lo|las|los) )?(?:tenes|tienen|dejas|dejan|das|dan|pasas|pasan"
    r"|cobras|vendes|venden)\b"
)
# "¿el precio incluye desayuno?", "¿la limpieza está incluida en la tarifa?": what comes
# with the price, a question about that thing (its topic), not about money.
_PRICE_INCLUDES_RE = prefiltered(
    r"\b(?:precios?|tarifas?|valor(?:es)?) (?:ya )?(?:incluye|incluyen|cubre|tiene incluid[oa])\b"
    r"|\b(?:incluid[oa]s?|incluye|incluyen|esta|estan)(?: \w+){0,3}? en (?:el|la|los|las)"
    r" (?:precios?|tarifas?|valor(?:es)?)\b"
)
# A charge on top asked about a thing ("llevamos al perro, ¿cobran extra?", "¿la cochera
# se paga aparte?", "¿cobran por la ropa de cama?"): the thing's terms, its topic, not
# the cabins' prices (see nlu_intents._decide_intent).
_EXTRA_COST_RE = prefiltered(
    r"\b(?:cuanto )?(?:me |nos |te |les )?(?:cobran|cobras|cobra|se cobra|se cobran|se paga"
    r"|se pagan|pagan?|cuesta|tiene|tienen|hay|es|son)(?: algo| un| una)?"
    r" (?:extra|aparte|adicional|por separado|(?:costo|cargo) (?:extra|adicional|aparte)"
    r"|recargo|suplemento)\b"
    r"|\b(?:cobran|cobras|se cobra) (?:algo )?(?:por|x) (?:el|la|los|las|tener|llevar)\b"
    # Per thing, no article: "¿cobran x mascota?" (a topic must be named, see the caller).
    r"|\b(?:cobran|cobras|se cobra) (?:algo )?(?:por|x) (?:cada )?(?!noche|persona|dia)\w"
)
# "antes de reservar, ¿el wifi anda bien?": a question asked before booking, no booking.
_BEFORE_BOOKING_RE = prefiltered(
    r"\bantes de (?:hacer (?:la |una )?reserva|reservar\w*|senar|confirmar\w*"
    r"|pagar(?: la sena)?)\b"
)
# Whether they book, still to be told: "te aviso mañana si la tomamos", "te confirmo si la
# reservamos", "no sé si la tomamos": the booking words after that "si" are undecided.
_BOOKING_UNDECIDED_RE = prefiltered(
    r"\b(?:(?:te|les|le) (?:aviso|avisamos|confirmo|confirmamos|digo|decimos|cuento|contamos)"
    r"(?: \w+){0,2}?|no se|no sabemos|no se todavia) si(?: (?:la|lo|las|los|nos|me))? \w+"
)
# An amount per night or person: "120 mil x 3 noches?", "$90.000 la noche?", or the night
# said first ("¿la noche está $80.000?", "¿por persona sale 30 mil?").
_AMOUNT_PER_RE = prefiltered(
    r"(?:\$ ?\d[\d.]*|\b\d[\d.]* ?(?:mil|k|lucas|pesos|dolares|usd)"
    r"|\b(?:usd|ars|dls|eur|u s s) ?\d[\d.]*)(?: \w+){0,3}?"
    r" (?:noches?|personas?|dias?|semanas?|finde)\b"
    r"|\b(?:noche|persona|dia|semana|finde) (?:esta|sale|es|queda|seria|saldria|cuesta)(?: a)?"
    r" (?:\$ ?\d|\d[\d.]* ?(?:mil|k|lucas|pesos))"
    # A total reckoned at a price: "¿son 3 noches a 45000 = 135000?" (round 26).
    r"|\b(?:noches?|dias?|personas?) (?:a|x) (?:\$ ?\d|\d{1,3}(?:\.?\d{3})+\b"
    r"|\d[\d.]* ?(?:mil|k|lucas|pesos)\b)"
)
# A budget the guest has ("tenemos un presupuesto de 400.000") is no price asked, unlike
# "¿me pasás un presupuesto?".
_BUDGET_RE = prefiltered(
    r"\b(?:tengo|tenemos|con|contamos con|manejo|manejamos|nuestro|mi)(?: un)? presupuesto"
    # with its amount, which is no price asked either: "de 100 mil por noche"
    r"(?: (?:de )?(?:hasta )?(?:\$ ?)?\d[\d.]*(?: ?(?:mil|k|lucas|pesos))?"
    r"(?: (?:por|x|la) (?:noche|persona|dia))?)?"
    # "presupuesto para 4", "de 2 noches", "del 3 al 5": a quote asked for that stay.
    r"(?! (?:para|por|del?|x) (?:\d{1,2}|una?|dos|tres|cuatro|cinco|seis|el|la|las|los)\b)"
)
_CUANTO_RE = prefiltered(r"(?:\b(a|en) )?\bcuanto\b(?: (\w+))?(?: (\w+))?")
_CUANTO_NOT_PRICE = frozenset(
    """
    tiempo tarda tardo queda quedan km kilometros metros minutos cuadras dura antes mide miden
    """.split()
)
# A least or most asked with a bare "cuánto es" ("el mínimo de noches, ¿cuánto es?",
# "¿cuánto es la capacidad máxima?"): a count, not money ("¿cuánto sale…?" still is).
_MEASURE_ASKED_RE = prefiltered(r"\b(?:minimo|minima|minimos|maximo|maxima|capacidad)\b")
# A vehicle named: "hay lugar" beside it is room to park, not a stay.
_VEHICLE_RE = prefiltered(r"\b(?:autos?|coches?|camionetas?|vehiculos?|motos?|motorhome|trailer)\b")
_AVAIL_RE = prefiltered(
    # "¿a qué hora hay que dejar libre la cabaña?" frees the cabin, asks no room; "¿la
    # pileta es al aire libre?" is outdoors (round 29).
    r"\b(?:disponib\w*|(?<!\bdejar )(?<!\bdejarla )(?<!\bdejamos )(?<!\baire )libres?|vacantes?"
    r"|ocupad[oa]s?"
    r"|(?:hay|tienen|tenes|tendrian|tendran|tendria|tendras|tenian|queda|quedan|habra|habria"
    r"|tiene|tienes"
    r"|hubiera|algun|con) (?:algo|lugar|lugares|cabanas?|disponibilidad|algo libre)"
    r"|lugar para|lugares para|alquil(?:ar|o|amos|aria|ariamos|an|arla|arlas)|cupos?"
    # "estoy buscando cabaña", "necesito un lugar", "quería consultar por una cabaña".
    r"|(?:busco|buscando|buscamos|buscaba|buscabamos|necesito|necesitamos|necesitaria"
    r"|necesitariamos|precisamos|preciso|consultar por|consulta por|consultaba por"
    r"|consultarte por|consultarles por) (?:una |un |alguna |algun )?(?:cabanas?|lugar"
    r"|alojamiento|hospedaje|donde (?:quedarnos|dormir|parar|alojarnos))"
    # "¿están completos?", "¿tienen todo completo para enero?": asking whether it is full.
    r"|(?:esta|estan|estas|tienen|tenes|todo|todas|ya) (?:todo |todas |ya )?complet[oa]s?"
    # Holidays by name: we cannot date them, but the guest is asking for a stay.
    r"|(?:para|en) (?:semana santa|carnaval|navidad|ano nuevo|fin de ano|las fiestas|reyes"
    r"|vacaciones de invierno|las vacaciones|(?:las )?vacaciones de verano)"
    # A season, when the guest would come: "queremos ir en verano", "para el invierno somos
    # 4" (a question about the cabin in winter, "¿en invierno hay calefacción?", is none, nor
    # one with "vamos en invierno" as its reason, round 19).
    r"|(?:\bir|venir|viajar|iriamos|vendriamos|volver|reservar|alquilar|lugar"
    r"|disponibilidad) (?:en|para) (?:el )?(?:verano|invierno)\b"
    r"|^(?:y )?(?:en|para) (?:el )?(?:verano|invierno)(?: que viene)?"
    r"(?: (?:somos|para) \d+(?: personas)?)?$"
    # ... or alone, answering when: "vacaciones de invierno", "receso invernal".
    r"|^(?:y )?(?:las )?(?:vacaciones de invierno|receso (?:invernal|de invierno))$"
    # English: "do you have availability", "any vacancy", "cabins available", "next
    # weekend" (undated, see _CANONICAL_REWRITES).
    r"|availab\w*|vacanc\w*|next weekend"
    # "somos 3 familias": a party told without its size, the bot asks how many (round 29).
    r"|(?:somos|vamos|viajamos|iriamos|vendriamos) (?:\d|dos|tres|cuatro|cinco|seis)"
    r" (?:familias|grupos)\b"
    # "para la semana que viene", or alone: when the guest would come, a week too vague to
    # date (which days?), so a search with no dates and the bot asks. Not "hasta la semana
    # que viene" (a goodbye) nor "te confirmo la semana que viene" (when they answer).
    r"|^(?:y )?(?:para |en )?(?:la )?(?:semana que viene|proxima semana|semana proxima"
    r"|esta semana)"
    r"(?: (?:porfa|por favor|puede ser|seria|capaz))?$"
    r"|(?:para|durante|toda|ir|viajar|venir|escaparnos|vamos|iriamos|vendriamos|viajariamos)"
    r" (?:la )?(?:semana que viene|proxima semana|semana proxima)"
    # "la 2da semana", "la última quincena" alone: a part of a month told apart from it
    # (answering when, the month said before), a search the bot asks the days of (round 28).
    r"|^(?:y )?(?:para |en )?la (?:primera|segunda|tercera|cuarta|ultima|[1-4](?: ra| da)?)"
    r" (?:semana|quincena)$"
    r"|^(?:y )?(?:para |en )?el (?:segundo|tercer|tercero|cuarto|ultimo|[2-4](?: do| er)?)"
    r" finde$"
    # "quiero cambiar las fechas", "¿tienen otra fecha?": other dates for the stay talked
    # about, so a new search. Not ``human``: mid-booking nothing is booked yet, and the
    # handlers catch a paid stay by its text first (handlers_status.change_of_booking)
    # and the summary's "Cambiar fechas" (CHANGE_DATES_RE). Naming the booking ("cambiar
    # la fecha de mi reserva") is ``human`` (see _HUMAN_RE); "¿si cambio la fecha?" asks
    # what changing costs, so only a wish: the infinitive or "cambiemos".
    r"|(?:cambiar|cambiemos|modificar) (?:las |la )?fechas?|otras? fechas?)\b"
)
# "Tengo una duda con la reserva", "una consulta sobre mi reserva": a question about the
# booking the guest has, never a new one. ``info`` rather than ``human``: the bot answers
# questions about an own booking (status, payment, times), naming it and asking what the
# doubt is (bot/handlers_status.py); a person only when the guest asks for one.
_BOOKING_QUESTION_RE = prefiltered(
    r"\b(?:dudas?|consultas?|consultita|preguntas?|preguntita|problemas?|inconvenientes?|tema"
    r"|drama|lio) (?:con|sobre|de|por|acerca de|respecto de|respecto a|en)"
    r" (?:la|mi|nuestra|esta|esa) (?:reservas?|reservacion)\b"
    # "¿la reserva quedó confirmada?", "¿mi reserva ya está hecha?": its state, asked.
    r"|\b(?:la|mi|nuestra) (?:reserva|reservacion)(?: (?:del?|para el) \w+(?: de \w+)?)?"
    r" (?:ya )?(?:quedo|esta|sigue) (?:bien )?(?:confirmad[oa]"
    r"|hech[oa]|list[oa]|registrad[oa]|tomad[oa]|agendad[oa]|activ[oa]|en pie|ok)\b"
    # "¿ya está confirmada mi reservación?": the state first.
    r"|\b(?:esta|quedo|sigue) (?:bien )?confirmad[oa] (?:la|mi|nuestra) (?:reserva|reservacion)\b"
)
_CONFIRMATION_ASKED_RE = prefiltered(
    # "reservamos y pagamos la seña, ¿cuándo llega la confirmación?", "no nos llegó el
    # voucher", "¿cuándo me confirman la reserva?": the confirmation of a booking made.
    r"\b(?:cuando|como|a que hora|donde) (?:me |nos |les )?(?:llega|llegaria|va a llegar"
    r"|mandan|envian|van a mandar|van a enviar|recibo|recibimos)(?: la| el)?"
    r" (?:confirmacion|voucher)\b"
    r"|\bno (?:me |nos )?(?:llego|llega|llegaron) (?:la |el |ninguna |ningun )?(?:confirmacion"
    r"|voucher|mail de confirmacion)\b"
    r"|\bcuando (?:me |nos )?(?:confirman|confirmas|van a confirmar) (?:la|mi|nuestra) reserva\b"
    # "¿la reserva a mi nombre quedó confirmada?", "¿ya está confirmada la reserva?": the
    # state of a booking made, asked.
    r"|\b(?:quedo|quedaron|esta|estan|ya esta|ya quedo) confirmad[oa]s?\b"
)
# "Ya te pagué", "te transferí el sábado", "la seña la pagué el lunes", "ya está abonado": a
# payment the guest reports as made. ``info`` (topic payment) whatever booking words it
# carries, so the bot looks up the guest's own reservation and its payment
# (bot/handlers_status.py) instead of searching a stay; a day in it is when they paid,
# not a stay (bot.nlu.parse drops it). "cuando la pague", "que pague" are still to pay;
# "pagamos", "transferimos" are also present tense, so they count only after "ya", "recién"...
_PAID_REPORT_RE = prefiltered(
    # "todavía no pagué", "no te transferí" are no payment.
    # "que lo pague mi hijo" is still to pay, by someone else.
    r"(?<!cuando )(?<!apenas )(?<!que )(?<!no )(?<!no te )(?<!no les )(?<!no le )(?<!no lo )"
    r"(?<!no la )(?<!que lo )(?<!que la )\b(?:pague|transferi|abone|deposite)\b"
    # "ya pude pagar", "pude pagar recién", "logré hacer la transferencia": the payment went
    # through at last ("no pude pagar" did not).
    r"|(?<!no )\b(?:pude|pudimos|logre|logramos|acabo de|acabamos de|termine de|terminamos de)"
    r"(?: recien)? (?:(?:pagar|transferir|abonar|depositar|senar)(?:te|le|les|lo|la)?"
    r"|hacer (?:el|la) (?:pago|transferencia|deposito))\b"
    r"|\b(?:pago|transferencia|deposito|sena) (?:hech[oa]|realizad[oa]|enviad[oa]|efectuad[oa])\b"
    r"|\b(?:ya|recien|ayer|hoy|ahi) (?:te |les |le |lo |la )?(?:pagamos|transferimos|abonamos"
    r"|depositamos)\b"
    r"|\b(?:hice|hicimos|realice|realizamos|mande|mandamos|envie|enviamos) (?:el|la|los|las)"
    r" (?:pagos?|transferencias?|depositos?|comprobantes?|sena|plata)\b"
    r"|\b(?:esta|quedo) (?:pagad[oa]|pag[oa]|abonad[oa]|transferid[oa]|senad[oa])\b"
    # "pagado!!", "listo, pagada la seña", "ok abonado": the word alone opening the message
    r"|^(?:(?:listo|ok|ya|bueno|dale|genial|perfecto|seña|sena) )*(?:pagad[oa]|abonad[oa]"
    r"|senad[oa]|transferid[oa])(?: (?:la sena|el pago|todo|ya))?\b(?! (?:por|con|en|a)\b)"
)
# "hola, no era para vos, perdón", "mensaje equivocado": written to the wrong chat.
_WRONG_CHAT_RE = prefiltered(
    r"\b(?:no era para (?:vos|ustedes|usted|este (?:chat|numero))|mensaje equivocado"
    r"|(?:me )?equivoque de (?:chat|numero|contacto|persona)|(?:chat|numero) equivocado)\b"
)
# A check-in or check-out time moved: "late checkout", "early check in", "salir más tarde".
_TIME_SHIFT_RE = prefiltered(r"\b(?:late|early|mas tarde|mas temprano)\b")
# "¿hay problema?", "¿se puede?", "¿está bien?" asked without a "?" in a voice note.
_OK_ASKED_RE = prefiltered(
    r"\b(?:hay (?:algun |ningun )?(?:problema|drama|inconveniente)|se puede|esta bien"
    r"|pasa algo|es posible)\b"
)
# "info", or the cabins asked about as a whole: "¿cómo son las cabañas?", "contame de la
# cabaña", "¿qué tienen las cabañas?" (the bot shows them all).
# A question with no "?", as voice typing writes it: "hola cuántas noches mínimo hay que
# quedarse en enero", "quería preguntar si las cabañas tienen calefacción".
_ASKED_UNMARKED_RE = prefiltered(
    # "quisiera saber cuántas noches…", "le consulto si…": a question told, not marked.
    r"\b(?:saber|preguntar\w*|consultar\w*|consulto|pregunto) (?:si|cuant\w+|cual\w*|como"
    r"|donde|cuando|a que|hasta que|desde que)\b"
    # "llegamos el veinte tarde, hay alguien para recibirnos": asked, never told (round 25).
    r"|\bhay alguien (?:para|que|en)\b"
    r"|^(?:(?:hola|buenas|buen dia|buenos dias|buenas tardes|buenas noches|una (?:consulta"
    r"|pregunta)) )*(?:cuant\w+|cual\w*|que|como|donde|a que|hasta que|desde que)\b"
)
# Booking as an obligation asked about: "¿cuántas noches mínimo debo reservar?".
_OBLIGED_BOOKING_RE = prefiltered(
    r"\b(?:debo|debemos|hay que|tengo que|tenemos que|se debe|se deben|es obligatorio)"
    r" reservar\b"
)
# Thanks all the same, after a price or an answer that did not suit: "re caro, gracias
# igual", "no nos sirve, gracias de todas formas". A goodbye, whatever it remarks on.
_THANKS_ANYWAY_RE = prefiltered(
    r"\b(?:gracias (?:igual|de todas (?:formas|maneras)|de todos modos|lo mismo)"
    r"|igual (?:muchas |mil )?gracias)\b"
)
_INFO_GENERIC_RE = prefiltered(
    r"\b(?:info|informacion|informes|mas datos|detalles"
    # Getting about inside: "¿tiene escaleras?", "¿está en planta baja?" (the description
    # says how the cabin is laid out).
    r"|escaleras?|escalones|planta baja|planta alta|accesib\w*|silla de ruedas"
    r"|movilidad reducida"
    # Its size: "¿de cuántos m2 es la cabaña?", "¿cuánto mide?", "¿qué tamaño tiene?".
    r"|metros cuadrados|superficie|tamano|(?:cuanto|que) miden?"
    # "¿cuántos metros tiene la cabaña?", "¿de cuántos metros es?" (session 24); "¿a cuántos
    # metros está el lago?" is a distance (location).
    r"|(?<!\ba )cuantos (?:metros|mts)(?! (?:de|del|hasta|desde|al|a la|hay)\b)"
    r"|como (?:son|es) (?:las |la |el )?(?:cabanas?|casas?|lugar|complejo|departamentos?|deptos?)"
    r"|(?:contame|contanos|me contas|nos contas|contarme|contarnos|hablame|hablanos"
    r"|me hablas|me podes hablar|describime|mostrame|pasame info)(?: un poco| algo| mas)?"
    r" (?:de|del|sobre|acerca de) (?:las |la |el |tus |sus )?(?:cabanas?|lugar|complejo)"
    r"|que (?:tienen|tiene|ofrecen|ofrece) (?:las |la )?cabanas?"
    r"|(?:mostrame|muestrame|quiero ver|queremos ver) (?:las |la |tus |sus )?cabanas?$"
    # "¿la cabaña tiene escaleras?": something of the cabin no topic names.
    r"|(?:la|las|esa|esta) cabanas? (?:tiene|tienen|cuenta con|cuentan con)"
    # "¿tiene escaleras la cabaña?", "¿es tranquilo el lugar?".
    r"|(?:tiene|tienen) \w+ (?:la|las) cabanas?$"
    # A short question for a thing no topic names: "¿tienen ascensor?", "¿hay sauna?",
    # "¿cuentan con grupo electrógeno?" (the conversation looks it up in the amenities).
    r"|^(?:y |che |hola |buenas )?(?:tienen|tiene|cuentan con|cuenta con|hay|incluye|incluyen)"
    r" (?!(?:alguien|nadie|gente|problema|drama|chance|forma|manera|posibilidad|que|de|para"
    r"|en|mucho|mucha|poco|tanto|tiempo|(?:una |alguna )?personas?)\b)"
    r"(?:un |una |algun |alguna )?\w+(?: \w+){0,3}(?: por si(?: \w+){1,6})?$"
    r"|(?:lugar|zona|barrio|complejo|cabanas?) (?:es |son )?(?:muy |re )?(?:tranquil[oa]s?"
    r"|segur[oa]s?|silencios[oa]s?)|es (?:muy |re )?(?:tranquil[oa]|silencios[oa])"
    r" (?:el|la) (?:lugar|zona|barrio|complejo|cabana))\b"
)
_THANKS_RE = prefiltered(
    r"\b(?:gracias|agradezco|agradecemos|agradecido|agradecida|se agradece|thanks|thank you"
    r"|thx|tks|ty|tysm|thnx|tnx|thanx|thank u"
    r"|(?:muy|re|super|tan) amables?|buendeseo"
    # "muchas gracia": the dropped "s"; "me hace gracia" / "qué gracia" are no thanks.
    r"|(?<!que )(?<!hace )(?<!dio )gracia)\b"
)
# A goodbye closes the conversation like a thanks does ("chau", "nos vemos").
_FAREWELL_RE = prefiltered(
    r"^(?:(?:bueno|ok|listo|dale) )?(?:chau|chao|chauu|adios|bye|nos vemos|hasta luego"
    r"|hasta la vista"
    r"|hasta pronto|hasta la proxima|hasta manana|hasta pasadomanana|nos hablamos|buendeseo"
    r"|goodbye|see you|see ya|que (?:tengan|tengas|tenga|pasen|pases|pase) (?:un |una )?"
    r"(?:buen|buena|buenas|buenos|lindo|linda|lindas|lindos|feliz)|que (?:descanses|descansen))\b"
    # Or closing the message after something else: "ya reservamos! nos vemos el viernes",
    # "listo, gracias, nos vemos en enero" (a few words of when after it at most; "hasta
    # mañana" there may be a stay's end: "¿tienen lugar hasta mañana?").
    r"|\b(?:chau|chao|chauu|adios|bye|nos vemos|hasta luego|hasta pronto|hasta la proxima"
    r"|nos hablamos|goodbye|see you|see ya|que (?:tengan|tengas|tenga|pasen|pases|pase)"
    r" (?:un |una )?(?:buen|buena|buenas|buenos|lindo|linda|lindas|lindos|feliz)"
    r"|que (?:descanses|descansen))(?: \w+){0,4}$"
    # A sign-off closing a short message: "buenísimo, abrazo", "dale, saludos" ("saludos"
    # alone is a hello).
    r"|^(?!(?:hola|buenas|buen|buenos)\b)(?:\w+ ){1,3}(?:abrazo|abrazos|abrazote|saludos|slds"
    r"|besos|besitos|beso)$"
)
# "buen finde", "chau, feliz finde", "que tengan lindo finde": a wish that closes the
# chat, not a weekend asked for; only at the start, after a goodbye or thanks, or in
# "que tengas ...", so "pasar un lindo finde en la cabaña" still asks for the weekend.
# _canonicalize rewrites it to the token "buendeseo" (a thanks and a goodbye).
# Holiday wishes too ("felices fiestas", "feliz navidad", "feliz año"): a thanks-like
# goodbye, not a holiday asked for, nor a question about parties (topic "rules").
_WEEKEND_WISH_RE = prefiltered(
    r"(?:^|\b(?P<keep>(?:chau|chao|gracias(?: por (?:todo|tu ayuda|su ayuda|la ayuda))?"
    r"|saludos|abrazo|abrazos|besos|dale|bueno|listo|ok"
    r"|hola) )|\bque (?:tengas|tengan|tenga|pases|pasen|pase)(?: un| unas| una)? )"
    r"(?:muy )?(?:buen|buenisimo|feliz|felices|excelente|lindo|lindas|hermoso|gran|buenas)"
    r" (?:finde(?: largo)?|fiestas|navidad|nochebuena|ano nuevo|ano|fin de ano|pascuas?)\b"
)
# "¿cómo están?", "¿qué onda?" greet; "¿cómo está el clima?" asks about something else.
_GREETING_RE = prefiltered(
    # Any agreement of "buen…" with the time of day: fast thumbs and autocorrect mix
    # them ("buena tardes", "buenos tardes", "buen dias").
    r"\b(?:hola|holis|holi|buenas|buen(?:os|as|a)? (?:dias?|tardes?|noches?)|que tal"
    # "bn dia", "bn tardes": "bn" is read "bien" (session 24).
    r"|^(?:hola )?bien (?:dias?|tardes|noches)$"
    r"|(?:como (?:estas|esta|estan|andas|anda|andan|va|van|les va|te va|le va)|que onda)"
    # "¿qué onda esa?", "qué onda la 2", "¿cómo va mi reserva?": a question about something
    # named, not a hello.
    # ... nor "¿cómo va a estar el clima?", "¿cómo va a ser la entrada?" (session 24).
    r"(?! (?:el|la|los|las|lo|con|esa|ese|esta|este|eso|esto|esas|esos|aquella|aquel|mi|mis"
    r"|nuestra|nuestro|nuestras|nuestros|a)\b)"
    r"|hey|saludos|hello|hi|good (?:morning|afternoon|evening))\b"
)

_TOPIC_PATTERNS: tuple[tuple[str, Prefiltered], ...] = tuple(
    (topic, prefiltered(pattern))
    for topic, pattern in (
        (
            "pets",
            r"\b(?:mascotas?|perr[oa]s?|perrit[oa]s?|cachorr[oa]s?|gat[oa]s?|gatit[oa]s?"
            r"|pet ?friendly|animal(?:es|itos?)?|dogs?|pets?|cats?"
            # A breed alone: "tenemos un ovejero alemán grande, ¿se puede?".
            rf"|{'|'.join(sorted(_PET_WORDS))})\b",
        ),
        ("wifi", r"\b(?:wifi|internet|conexion|senal|fibra optica|fibra|starlink|megas)\b"),
        (
            "checkin",
            r"\bcheckin\b(?! (?:el |del |dia )?\d)|\bcheckin (?:\d{1,2}(?: ?hs|:\d\d)|a las)\b"
            # Luggage left before going in or after going out: "¿podemos dejar las valijas?",
            # "¿nos guardan los bolsos?" (round 25): the times, and the owner for the rest.
            r"|\b(?:dejar|dejamos|dejo|guardar|guardan|guardas|guardamos|guardo|guarden)"
            r"(?: \w+){0,2}? (?:las |los |el |la |nuestras |nuestros |mis )?(?:valijas?|bolsos?"
            r"|equipajes?|maletas?|mochilas?)\b"
            # "early" like "late"; "hs" is hours ("hs de entrada?").
            r"|\b(?:(?:hora|horario)s?|hs) de (?:entrada|ingreso|llegada)\b|\bearly\b"
            # The arrival named, then its time asked: "¿el ingreso es a partir de qué hora?".
            r"|\b(?:ingreso|entrada|checkin|llegada) (?:es |seria )?(?:a partir de|desde|a)"
            r" que hora\b"
            # "¿qué hora es la entrada?": the "a" left out.
            r"|\bque hora (?:es|seria) (?:la |el )?(?:entrada|ingreso|checkin|llegada)\b"
            r"|\b(?:a|desde|hasta) que hora\b(?: \w+){0,5}? (?:entrar|ingresar|ingreso|entrada"
            r"|llegar|llegada|llegamos|llego|entramos|entra|entran|ingresamos|ingresan|entregan"
            r"|entregas"
            r"|reciben|recibis|lista|listas|ocupar|esperan|esperas"
            # "¿a qué hora puedo ir?": allowed to come ("¿a qué hora nos tenemos que ir?"
            # is the departure).
            r"|(?:puedo|podemos|podria|podriamos|se puede|pueden) (?:ir|venir|caer))\b"
            # "¿se puede hacer el ingreso a esa hora?": the check-in itself asked about.
            r"|\b(?:hacer|hacemos|hago) el (?:ingreso|checkin)\b"
            r"|\b(?:cuando|que dia) (?:podemos|puedo|se puede) (?:entrar|ingresar"
            # "¿cuándo podemos ocupar la cabaña?": moving in.
            r"|ocupar|ocuparla|instalarnos)\b"
            # "si llegamos a las 11, ¿ya podemos entrar?": getting in asked, but not with a
            # thing ("¿podemos entrar con el perro / el auto?": its own topic).
            r"|\bya (?:podemos|puedo|se puede|podriamos|podria|nos dejan|me dejan)"
            r" (?:entrar|ingresar|ocupar la cabana)\b(?! (?:con|en|al|a la)\b)"
            # Who lets the guests in: "¿hay alguien para recibirnos?", "¿quién nos da las
            # llaves?", "¿hay alguien en la cabaña cuando llegamos?".
            r"|\b(?:alguien|quien|nadie|persona)(?: \w+){0,3}? (?:recibir\w*|reciba|reciban"
            r"|recibe|reciben|entreg\w* (?:la|las) llaves?|da (?:la|las) llaves?"
            r"|abr(?:a|e|ir|irnos))\b"
            # "¿nos pueden esperar?", "¿me esperan?": someone there when they arrive.
            r"|\b(?:nos|me) (?:pueden |podes |podrian |podrias |van a )?esper(?:ar|an|as|en)\b"
            r"|\b(?:hay|habra|habria|estara|esta) (?:alguien|gente|una persona|alguna persona)"
            r" (?:en (?:la cabana|el complejo|el lugar|el predio|la recepcion|la casa)|cuando"
            r"|al llegar|a la llegada|a la noche|de noche|las 24)\b"
            r"|\b(?:retir\w*|busc\w*|dan|entregan|dejan) (?:la|las) llaves?\b"
            # "¿a quién le pedimos la llave?": whom the key is asked of
            r"|\b(?:pedimos|pido|pedir|pedirle|pedirles) (?:la|las) llaves?\b"
            # Arrived and asking: "llegamos!! ¿dónde están las llaves?" ("no encuentro las
            # llaves" is a guest locked out, see URGENT).
            r"|\bdonde (?:estan|esta|estarian|quedan|queda|dejaron|dejan) (?:la|las) llaves?\b"
            # A tourist's English: "where do I pick up the keys?", "who gives us the key?".
            r"|\bthe keys?\b"
            # "¿cómo es el tema de la llave?", "¿cómo hacemos con las llaves?".
            r"|\b(?:tema|entrega|retiro|como (?:es|hacemos|hago|funciona)\w*)(?: \w+){0,2}?"
            r" (?:la|las) llaves?\b"
            # An hour asked to get in: "¿se puede entrar a las 12hs?" (round 29).
            r"|\b(?:se puede|podemos|puedo|podriamos|podria|nos dejan|me dejan) (?:llegar|entrar"
            r"|ingresar) (?:a las|tipo|tipo las|desde las|a eso de las) \d"
            # An early arrival: "¿se puede llegar antes de las 14?", "¿podemos entrar más
            # temprano?".
            r"|\b(?:llegar|entrar|ingresar|llegamos|entramos|ingresamos|llego|entro|llegan|entran"
            r"|ingresan|llega|entra)"
            # ... "¿podemos llegar a la mañana temprano?".
            r" (?:un poco |bien |(?:a la|de|por la) (?:manana|matinal) )?"
            r"(?:antes (?:de (?:las|la hora|hora|xtime)|del mediodia"
            r"|del horario)"
            # "¿se puede llegar antes?" alone (not "antes del 15", a day).
            r"|antes(?! (?:de|del|que)\b)"
            r"|mas temprano|temprano)\b"
            # A late arrival: "llegamos tarde", "llegaríamos tipo 23 hs, ¿hay problema?" (a
            # late hour: "llegamos a las 14" only answers "¿a qué hora llegan?").
            # Someone else's ("mis viejos llegan tipo 20 hs"), booked for them. Not what
            # reached the guest ("me llegó tarde el link"): see arrival.NOT_RECEIVED.
            r"|\b(?<!\bme )(?<!\bnos )(?<!\bte )(?<!\ble )(?<!\bles )"
            r"(?:llegamos|llegariamos|llegaremos|llego|llegaria|llegar|llegada|llegando"
            r"|entramos|ingresamos|ingresariamos|arribamos|llegan|llegarian|llegaran|llega"
            r"|entran|ingresan)\b(?: \w+){0,4}? (?:tarde|tardisimo"
            r"|de noche|(?:a|de) la noche|de madrugada|(?:a|de) la madrugada|medianoche"
            r"|(?:tipo|a las"
            r"|tipo a las|como a las|pasadas las|despues de las) (?:19|2[0-3])|(?:19|2[0-3]) hs)\b",
        ),
        (
            "checkout",
            r"\bcheckout\b(?! (?:el |del |dia )?\d)|\bcheckout (?:\d{1,2}(?: ?hs|:\d\d)|a las)\b"
            # The key left on leaving: "¿dónde dejamos la llave al irnos?", "¿qué hacemos con
            # las llaves cuando nos vamos?" ("¿nos dejan la llave?" is the arrival's handover).
            # Asked, not told: "ya dejamos las llaves en la mesa" asks nothing.
            # ("¿dónde nos van a dejar la llave?" is the arrival's).
            r"|\b(?:donde|a quien)(?: \w+){0,2}? (?:(?:hay que|tenemos que|tengo que|debemos"
            r"|podemos|puedo) (?:dejar|devolver|entregar)|dejamos|dejo|devolvemos|devuelvo"
            r"|entregamos|entrego) (?:la|las) llaves?\b"
            r"|\bllaves?\b(?: \w+){0,5}? (?:al (?:irnos|irme|salir|retirarnos|partir"
            r"|dejar la cabana)|cuando (?:nos vamos|me voy|salimos|salgo|nos vayamos|me vaya"
            r"|salgamos|nos retiremos|salida))\b"  # "nos vamos" reads "salida"
            r"|\b(?:(?:hora|horario)s?|hs) de (?:salida|egreso)\b|\blate\b"
            r"|\b(?:salida|egreso|checkout) (?:es |seria )?(?:hasta|a) que hora\b"
            r"|\bque hora (?:es|seria) (?:la |el )?(?:salida|egreso|checkout)\b"
            r"|\b(?:a|hasta) que hora\b(?: \w+){0,5}? (?:dejar|salir|irnos|irse|irme|salida"
            r"|egreso|desocupar|liberar|entregar|entregamos|devolver|devolvemos|dejamos|permanecer"
            r"|quedar|quedarnos|quedarse|quedarme|sale|salimos|salgo"
            r"|(?:tenemos|tengo|hay) que ir)\b"
            # "¿hasta qué hora tenemos la cabaña?": how long it is ours ("¿a qué hora
            # tenemos la cabaña?" is the arrival).
            r"|\bhasta que hora (?:\w+ ){0,2}?(?:tenemos|tengo|usamos|podemos usar|disponemos de)"
            r" (?:la|el) (?:cabana|casa|depto|departamento|lugar)\b"
            # "el día que nos vamos, ¿hasta qué hora podemos estar?".
            r"|\bhasta que hora (?:\w+ ){0,2}?(?:podemos|puedo|se puede|pueden) estar\b"
            # A late departure: "¿podemos salir más tarde el domingo?", "¿nos podemos
            # quedar un rato más?" ("nos vamos" reads "salida").
            r"|\b(?:salir|salida|irnos|irse|irme|desocupar|dejar la cabana|entregar la cabana"
            r"|quedarnos|quedarse|quedar"
            # The pronoun before the modal: "¿nos podemos ir más tarde?", "¿me puedo ir…?".
            r"|(?:podemos|podriamos|puedo|podria|pueden|podran) ir"
            r")(?: un poco| un rato| bien)? (?:mas tarde"
            r"|despues de (?:las|la hora|hora|xtime)|un rato mas|unas horas mas)\b"
            # Staying on until a time of the last day: "¿podemos quedarnos hasta más tarde / la
            # tarde / las 14?" (round 25; "quedarnos hasta el domingo" is a stay's end).
            r"|\b(?:quedarnos|quedarse|quedarme|quedar|estar) hasta (?:mas tarde|la tarde"
            r"|el mediodia|la noche|las \d{1,2})\b"
            # The cabin left at a time: "¿la cabaña la podemos dejar a las 12?", "¿la
            # entregamos tipo 11?" (round 26; a vehicle named is parking, see below).
            r"|\b(?:la cabana |la casa |la )(?:\w+ ){0,2}?(?:dejar|dejamos|dejo|entregar"
            r"|entregamos|entrego|desocupar|desocupamos|liberar|liberamos)(?: la cabana| la casa)?"
            r" (?:a las|tipo|tipo las|como a las|al mediodia|a eso de las) ?(?:\d|mediodia|$)"
            r"|\b(?:dejar|dejamos|dejo|entregar|entregamos|entrego|desocupar|desocupamos|liberar"
            r"|liberamos) la (?:cabana|casa) (?:a las|tipo|tipo las|como a las|al mediodia"
            r"|a eso de las) ?(?:\d|mediodia|$)",
        ),
        (
            "location",
            # "¿cómo se hace para llegar?", "¿cómo es el acceso, es de ripio?": getting there.
            # "¿a dónde te transfiero?" asks where to pay, not where the cabin is.
            r"\b(?:donde(?! (?:te |les |le |se )?(?:transf|pag|deposit|abon))"
            # ... nor where to put something at the cabin: "¿dónde tiramos la basura?",
            # "¿dónde dejo las toallas?" (not in the data: a person, never the address).
            r"(?! (?:se |la |lo |las |los )?(?:tira|tiramos|tiro|tirar|deja|dejamos|dejo|dejar"
            r"|pone|ponemos|pongo|poner|guarda|guardamos|guardo|guardar|cuelga|colgamos"
            r"|tiende|tendemos|separa|separamos|reciclamos)\b)"
            # "¿dónde retiro las llaves?", "where do I pick up the keys?": the keys' handover
            # (check-in), not where the cabins are.
            r"(?!(?: \w+){1,4} (?:llaves?|keys?)\b)"
            # ... but after a hello only the way asked ("¿cómo va el camino para llegar?"),
            # not the arrival told ("¿cómo va? El jueves llegamos", session 22).
            r"|ubicacion|ubicad[oa]s?|direccion"
            r"|como (?!(?:va|vas|andas|andan|anda|estas|estan|(?:te|les|le) va)\b)"
            r"(?:\w+ ){0,3}?(?:llego|llegar|se llega|llegamos|llegan)"
            r"|como (?:va|vas|andas|andan|anda|estas|estan|(?:te|les|le) va)"
            r" (?:\w+ ){0,3}?(?:llegar|se llega)"
            r"|acceso|ripio|asfalto|asfaltado|camino de tierra"
            # "¿el camino es de tierra?", "¿la calle está asfaltada?".
            r"|(?:camino|calle|calles|ruta) (?:es |esta |son |estan )?(?:de )?(?:tierra"
            r"|asfaltad[oa]s?|pavimentad[oa]s?)"
            r"|mapa|maps|lejos|cerca|distancia|a cuanto (?:esta|estan|queda|quedan)"
            r"|a cuant[oa]s (?:cuadras|km|kms|kilometros|metros|minutos|horas)"
            # "¿qué hay para hacer en la zona?", "¿es buena zona?"; not days spent "en la
            # zona" (session 20: "pasar unos días en la zona" got the address)
            r"|(?<!en la )zona|(?:que|como|donde|para) (?:\w+ ){0,3}?en la zona"
            r"|barrio|where(?!(?: \w+){1,5} (?:keys?|park)\b)|located|address|location"
            # "¿km?", "¿están a 5 km?"; not the trip told ("venimos de Rosario, son como 400 km",
            # "estamos a 250 km": session 25, it answered the address and the way from there).
            r"|(?<!\d )km|(?:esta|estan|queda|quedan|es|son) (?:a )?\d+ kms?|a \d+ kms? hay"
            # "¿se puede llegar en micro?", "¿hay colectivo?": getting there without a car.
            r"|(?:se puede|podemos|puedo|como) (?:llegar|ir) en (?:micro|colectivo|bondi|omnibus"
            r"|bus|tren|avion|remis|taxi|transporte publico)"
            r"|hay (?:micros?|colectivos?|bondis?|transporte publico)"
            # "¿llega el colectivo hasta ahí?", "¿pasa algún bondi?", "¿el micro llega hasta
            # las cabañas?" (session 24); not a time told ("llega el micro a las 23").
            r"|(?:llega|llegan|pasa|pasan|entra|entran) (?:el |los |un |algun )?(?:micros?"
            r"|colectivos?|bondis?|omnibus|bus|buses|tren)(?! (?:a las|tipo|como a|temprano|tarde"
            r"|\d))|(?:micros?|colectivos?|bondis?|omnibus|bus|tren) (?:llega|llegan|pasa|pasan"
            r"|entra|entran) (?:hasta|por|cerca)"
            # "¿se llega con auto normal?", "¿hace falta 4x4?", "¿se puede ir caminando?".
            r"|(?:se llega|se puede llegar|llegar|llega|se entra) (?:con|en) (?:auto|coche"
            r"|camioneta)|4x4|traccion|terminal|aeropuerto"
            r"|(?:ir|llegar|se llega|llego|llegamos|voy|vamos|estan|esta|queda|quedan)(?: \w+)?"
            r" (?:caminando|a pie)"
            # "¿cuánto hay del centro a las cabañas?", "¿cuánto queda del centro?".
            # ... not before a day: "¿cuánto está del 2 al 5?" is a stay's price (round 29).
            r"|cuanto (?:queda|quedan|esta|estan|hay) (?:del|de la|desde|hasta|de aca|de ahi)"
            r"(?! (?:el )?\d)"
            r"|centric[oa]s?|afueras|(?:estan|esta|queda|quedan) en el centro)\b"
            r"|\ba (?!las? )(?:\w+ ){1,2}?(?:horas?|hs|min|minutos|cuadras?|metros|kilometros|kms?)"
            r" (?:de|del|desde|al|a la|hasta)\b"
            r"|\b(?:min|minutos|cuadras?|metros|kilometros|kms?) (?:del|de la|al|a la)\b",
        ),
        (
            "parking",
            r"\b(?:cocheras?|estacionamiento|estacionar|garage|garaje|parking|parqueadero|parqueo"
            r"|aparcamiento|aparcar)\b"  # Spain's words
            # A tourist's English: "is it safe to park?", "where can we park the car?".
            r"|\b(?:to|al|we|i|you|safe) park\b"
            # "¿se puede dejar la camioneta adentro?", "¿el auto queda adentro?", "vamos
            # con 2 autos".
            r"|\b(?:dejar|dejo|dejamos|guardar|guardo|guardamos|meter|entrar|estacion\w*)"
            r"(?: con)? (?:el|la|los|las|mi|nuestro|nuestra) (?:autos?|coches?|camionetas?"
            r"|vehiculos?|motos?|motorhome|trailer)\b"
            r"|\b(?:autos?|coches?|camionetas?|vehiculos?|motos?) (?:queda|quedan|entra|entran"
            r"|adentro)\b|\b(?:\d|dos|tres|cuatro) (?:autos|coches|camionetas|vehiculos|motos)\b"
            # The vehicle named first: "y el auto, ¿dónde lo dejo?", "la camioneta ¿la
            # podemos dejar adentro?" (round 25: the modal between).
            r"|\b(?:autos?|coches?|camionetas?|vehiculos?|motos?)(?: \w+){0,2}? (?:lo|la|los|las)"
            r"(?: (?:podemos|puedo|podriamos|podria|pueden|podes|se puede))?"
            r" (?:dejo|dejamos|guardo|guardamos|meto|metemos|estaciono|estacionamos|pongo"
            r"|ponemos|dejar|guardar|meter|estacionar|poner|entrar)\b",
        ),
        ("pool", r"\b(?:piletas?|piscinas?|pile|jacuzzi|hidromasaje)\b"),
        (
            "grill",
            r"\b(?:parrillas?|parrillero|asador|asado|quincho|fogonero|asadit[oa]s?|parri"
            r"|parrillitas?|fogon|fogones|fogatas?|(?:hacer|prender) (?:un )?fuego"
            # ... not in the fireplace: "¿se puede hacer fuego en el hogar?" (heating's)
            r"(?! (?:en|con) (?:el |la )?(?:hogar|estufa|salamandra|chimenea))"
            r"|barbacoas?|brasero)\b",  # Spain's and Mexico's words for it
        ),
        (
            "linens",
            r"\b(?:sabanas|toallas|toallones|ropa de cama|ropa blanca|blanqueria|acolchados?"
            r"|frazadas"
            # "¿hay que llevar algo?", "¿qué tenemos que llevar?": what the cabin provides.
            r"|(?:hay que|tenemos que|tengo que|conviene|debemos|necesitamos) (?:llevar|traer)"
            r"(?: algo)?$|que (?:hay que|tenemos que|tengo que|conviene|debemos) (?:llevar|traer)$"
            r"|^que (?:llevamos|traemos|llevo|traigo)$)\b",
        ),
        ("breakfast", r"\b(?:desayunos?|desayunar)\b"),
        (
            "amenities",
            r"\b(?:aire acondicionado|aire(?! libre)|calefaccion|calefactor|estufa|hogar"
            r"|salamandra|tv|tele|television|netflix|cocina|heladera|microondas|lavarropas|vajilla|incluye"
            # Said in the singular: "¿y lavarropa?", "¿hay microonda?".
            r"|lavarropa|microonda|chimenea"
            r"|servicios|comodidades|equipad[oa]s?|equipamiento|secador|cafetera|ventilador"
            r"|cuna|banera|agua caliente|limpieza|mucama|servicio de \w+"
            r"|horno|anafe|plancha|split|tostadora|pava electrica|freezer|lavavajillas"
            r"|kitchenette|losa radiante|radiador(?:es)?|caloventor(?:es)?|lena"
            # Outdoor space: "¿tiene patio atrás?", "¿tiene parque?".
            r"|patio|patios|jardin|parque|parquizad[oa]|deck|galeria|balcon|terraza|solarium"
            r"|reposeras|hamacas?|juegos (?:para )?(?:los )?(?:chicos|ninos|nenes|infantiles)"
            r"|plaza de juegos|juegos de mesa"
            # Games asked after outright: "¿hay juegos?", "¿tienen juegos?".
            r"|(?:hay|tiene|tienen) juegos)\b",
        ),
        (
            # What the cabin looks out on: "¿tiene vista al lago?", "¿qué vista tiene?", "¿se
            # ve el lago desde la cabaña?" (the cabins' amenities say it: "deck con vista al
            # lago"). Not "hasta la vista", "a simple vista", "punto de vista".
            "view",
            r"\b(?:vistas? (?:al|a la|a los|a las|del|de la|hacia|panoramicas?|lindas?"
            r"|hermosas?|abiertas?)|(?:que|tiene|tienen|tendra|con|buena|linda|hermosa|la|las"
            r"|mejor|mas|alguna|buenas|lindas|linda)"
            r" vistas?(?! (?:de|del) (?:mi|tu|su|los|las))|paisajes?"
            # "¿qué se ve desde el deck?" ("la casa da al mar", told, asks nothing).
            r"|(?:que|se) (?:ve|ven) desde"
            r"|(?:se ve|se ven|se puede ver|se llega a ver|ves|vemos) (?:el|la|los|las) (?:lago"
            r"|rio|mar|cerro|cerros|montana|montanas|bosque|cordillera|volcan|playa|valle))\b"
            r"(?<!hasta la vista)",
        ),
        (
            "capacity",
            r"\b(?:capacidad|cuantas personas|cuantos (?:dormitorios|ambientes|cuartos|banos"
            r"|camas|habitaciones)|cuantas (?:camas|habitaciones)|maximo de personas"
            r"|(?:\d+|un|una|dos|tres|cuatro) (?:habitacion|habitaciones|dormitorios?|ambientes?"
            r"|cuartos?|camas?|banos?)|cama matrimonial|camas? (?:(?:son|es) )?(?:matrimoniales?"
            r"|individuales?|simples|dobles)|(?:que|tipo de) camas|cuchetas?|sommier\w*"
            # Round 13: the beds however asked ("¿las camas son cómodas?"), and who fits
            # ("¿para cuántos es la más chica?", "¿cuántos entran?").
            r"|camas|colchon(?:es)?|para cuant[oa]s (?:es|son|entran|va|van)"
            r"|cuant[oa]s (?:entran|caben|duermen)"
            # "seremos 10, ¿entran en una cabaña?": whether the party fits in one.
            r"|(?:entran|entramos|caben|cabemos)(?: todos| \d+| dos| tres| cuatro| cinco| seis"
            r"| siete| ocho| nueve| diez)?(?: personas)? en (?:una|un|la|el|las) (?:sola )?"
            r"(?:cabanas?|casas?|depto|departamento|unidad)"
            # "¿entran 6 en la cabaña grande?", "¿caben 8?": who fits, asked with a number.
            # After a greeting or "una consulta" too ("buenas, una consulta, ¿entran 6?").
            r"|^(?:(?:y|hola|buenas|buen dia|buenos dias|buenas tardes|buenas noches|che"
            r"|consulta|una consulta|otra consulta|pregunta|una pregunta) ){0,3}"
            r"(?:entran|caben|cabemos|duermen) (?:\d+|dos|tres|cuatro"
            r"|cinco|seis|siete|ocho|nueve|diez)\b"
            # ... of people: "¿entran 2 autos?" asks of the parking (session 22).
            r"(?! (?:autos?|coches?|carros?|camionetas?|vehiculos?|motos?|trafics?)\b)"
            # Session 23: the biggest or smallest asked ("¿cuál tiene más lugar?", "¿qué
            # cabaña es más amplia?", "la más grande ¿cuál es?"), as handlers_choose reads it.
            r"|(?:cual|cuales|que cabana|que casa)(?: \w+){0,5}? (?:mas|mayor|menor|menos)"
            r" (?:grandes?|amplias?|espaciosas?|lugar|espacio|capacidad|chic[oa]s?"
            r"|chiquit[oa]s?|pequen[oa]s?)"
            r"|(?:la|el) mas (?:grande|amplia|espaciosa|chic[oa]|chiquit[oa]|pequen[oa])"
            r" (?:cual|que)"
            # Session 23: one bed asked of ("¿la cama es king?", "¿es de 2 plazas?").
            r"|cama (?:es |son )?(?:king|queen|doble|grande|de (?:dos|2|una|1) plazas?)"
            r"|(?:king|queen) size|de (?:dos|2) plazas)\b",
        ),
        (
            "payment",
            r"\b(?:formas? de pago|medios? de pago|como (?:se )?pag\w*|tarjetas?|credito"
            r"|debito|mercado ?pago|transfer\w*|transf(?:ier|ir)\w*|efectivo|cuotas?|cbu|alias"
            r"|comprobante|financ\w*|dolares|dolar|usd|cripto\w*|usdt|bitcoin"
            r"|(?:con|por|aceptan|acepta|aceptas|tienen|tenes) modo|visa|mastercard|amex"
            r"|(?:con|tarjeta) (?:naranja|master|cabal|maestro)"
            r"|pag(?:ar|o|a|amos|arla|arlo|ue)|abonar|sena|adelantado|deposit\w*"
            # "¿qué porcentaje hay que señar?": the deposit's terms asked.
            r"|(?:hay|tengo|tenemos) que senar"
            r"|pagad[oa]s?|abon(?:e|ado|ada))\b"
            # "¿se abona al ingreso?", "¿aceptan cheque / Ualá / QR?", a security deposit.
            r"|\b(?:abona|abonan|abonamos|abono|cheques?|uala|brubank|qr|cuenta dni"
            r"|garantia|datos bancarios|cuenta bancaria|billeteras?)\b",
        ),
        ("photos", r"\b(?:fotos?|imagenes|videos?|instagram)\b"),
        (
            "kids",
            r"\b(?:aceptan|admiten|reciben|apt[oa]s? para|se puede ir con|pueden ir) (?:ninos"
            r"|chicos|menores|bebes|nenes|criaturas)\b"
            # Whether kids count or pay: "¿los chicos pagan?", "¿el bebé de 1 año cuenta?",
            # "¿cobran a los menores?", "¿hasta qué edad no pagan?".
            r"|\b(?:ninos|ninas|chicos|chicas|menores|bebes?|bebas?|bebit[oa]s?|nenes?|nenas?"
            r"|criaturas|peques|hij[oa]s?)(?: (?:de|menores de|mayores de) (?:\w+ )?(?:anos?"
            r"|meses))? (?:no )?(?:pagan?|abonan?|cuentan?|se cobran?|se cuentan?|ocupan? lugar"
            r"|ocupan? cama|se pagan?|tienen? cargo|tienen? costo)\b"
            r"|\b(?:cobran|cobras|se cobra|se paga|pagan|cuenta|cuentan) (?:a |por )?"
            r"(?:los|las|el|la) (?:ninos|chicos|menores|bebes?|nenes|criaturas)\b"
            r"|\b(?:hasta|desde|a partir de) que edad\b",
        ),
        (
            "minimum_stay",
            r"\b(?:minimo|minima|minimos|estadia minima)\b"
            # "¿se puede ir una sola noche?", "¿alquilan por 1 noche nomás?": the shortest
            # stay asked about, the rule rather than a search.
            r"|\b(?:se puede|se pueden|puedo|podemos|aceptan|alquilan|toman|hacen)(?: \w+){0,2}?"
            r" (?:(?:una|1) sola noche|solo (?:una|1) noche|(?:una|1) noche (?:sola|nomas"
            r"|solamente))\b"
            # ... said first: "¿una sola noche se puede?", "1 noche nomás aceptan?" (round 25).
            r"|\b(?:(?:una|1) sola noche|solo (?:una|1) noche|(?:una|1) noche (?:sola|nomas"
            r"|solamente)) (?:se puede|se pueden|puedo|podemos|aceptan|alquilan|toman|hacen"
            r"|es posible|esta permitido)\b"
            # ... or a night alone closing the question: "¿se puede ir x 1 noche?".
            r"|^(?:y )?(?:se puede|se pueden|puedo|podemos|aceptan|alquilan|toman)(?: \w+)?"
            r" (?:por|x) (?:una|1) noche$",
        ),
        (
            "rules",
            # Parties at the cabin, not "las fiestas" / "fiestas de fin de año": the
            # Christmas holidays, a time (a stay asked for, not the house rules).
            r"\b(?:fumar|fumo|fumamos|fumadores|(?<!las )fiesta(?:s(?! de fin de ano"
            r"| navidenas| de navidad))?|ruidos?|reglas|normas|visitas|silencio"
            r"|musica|parlantes?|jodas?"
            # Who may come and what may be held: "¿pueden venir a visitarnos?", "¿podemos
            # hacer una despedida de soltera?".
            r"|visit(?:ar|arnos|arlos|antes)|despedidas?|eventos?|festejos?"
            # "¿hay horario de descanso?": quiet hours.
            r"|horarios? de descanso|reglamentos?)\b"
            # Visitors for a meal or an afternoon: "si caen 3 amigos a tomar mate".
            r"|\b(?:vienen|viene|caen|pasan|vendrian)(?: \w+){1,2}? a (?:comer|cenar|almorzar"
            r"|merendar|visitarnos|vernos|saludar|pasar el dia|tomar)\b",
        ),
    )
)
TOPICS: tuple[str, ...] = (*(t for t, _ in _TOPIC_PATTERNS), "cancellation")

# One companion plus the writer: "con mi novia", "mi señora y yo", "yo y mi mamá".
_COMPANION = (
    r"(?:pareja|novi[oa]|polol[oa]|espos[oa]|marido|mujer|senora|senor|compa|companer[oa]"
    r"|amig[oa]"
    r"|hij[oa]|herman[oa]|mama|papa|madre|padre|vieja|viejo|suegr[oa]|primo|prima"
    r"|nuera|yerno|cunad[oa]|ti[oa])"
)
_CHILD_ONE = r"(?:bebe|beba|bebit[oa]|nene|nena|hij[oa]|nin[oa]|chic[oa]|sobrin[oa]|niet[oa])"
# A plural group of kids named without a count ("mis 2 hijos", "los chicos").
_KIDS_GROUP = (
    r"(?:mis|los|las|nuestros|nuestras) (?:\w+ )?(?:hij[oa]s|chic[oa]s|nen[ea]s|nin[oa]s"
    r"|niet[oa]s|criaturas|peques)"
)
# One small person named by a pet name ("mi nena", "la peque", "mi gorda", "la bebota"):
# after "con mi/la" one member whatever their age (round 23).
_LITTLE_ONE = (
    r"(?:nen[ea]|nenit[oa]|peque|pequen[oa]|gord[oa]|gordit[oa]|gordi|chiquit[oa]"
    r"|bebot[ea]|bebe|beba|bebit[oa]|hijit[oa]|enan[oa]|pichon|principe|princesa)"
)
# "…, yo no voy", "yo me quedo en casa": the writer said after a partner is not coming, so no
# couple is made with them ("mi hermana y su marido, yo no voy" is 2).
_WRITER_OUT = (
    r"(?! no(?:$| (?:voy|viajo|vengo|ire|iria|puedo|estoy|van|va|viajan|viaja|es|son)\b)"
    r"| me quedo (?:en casa|aca)\b)"
)
# Others named as the party ("mi hermana y su marido", "van mis viejos", "ellos"): before
# "yo no voy (a ir)" the writer leaves themself out of that party; it cancels nothing.
_OTHERS_NAMED_RE = prefiltered(
    rf"\b(?:(?:mis?|su|sus|tus?|nuestr[oa]s?|el|la|los|las) (?:{_COMPANION}s?|{_CHILD_ONE}s?"
    r"|viejos|padres|abuel[oa]s?|amig[oa]s|chic[oa]s|familia)"
    r"|ellos|ellas|van|viajan|vienen|viaja|va|viene)\b"
)
# The writer's own "no voy/puedo (ir)" right after an emphatic "yo" (on `_CANCEL_RE`'s match).
_WRITER_NOT_GOING_RE = prefiltered(r"no (?:voy|puedo)\b")
_COUPLE_RE = prefiltered(
    # "de luna de miel", "viaje de bodas", "recién casados": a couple.
    rf"\b(?:en pareja|luna de miel|viaje de bodas|recien casad[oa]s"
    rf"|con mi (?:{_COMPANION}|niet[oa]|sobrin[oa]|{_LITTLE_ONE})"
    # "voy sola con la nena", "viajo con el nene", "con la nena" answering who comes: the
    # writer and the one kid.
    rf"|(?:^|(?:voy|viajo|vengo|yo|ire|iria)(?: sol[oa])? )con (?:la|el) (?:{_LITTLE_ONE}"
    rf"|{_CHILD_ONE})"
    rf"|(?:mi|su|con la|con el) {_COMPANION}(?: y)? yo\b{_WRITER_OUT}"
    rf"|yo(?: y)? mi {_COMPANION}|para mi (?:y )?(?:para )?mi {_COMPANION}"
    # "mi esposa, mis 2 hijos y yo": the kids are counted apart.
    rf"|mi {_COMPANION}(?= (?:y )?(?:{_KIDS_GROUP}|(?:el|la|mi) {_CHILD_ONE})"
    rf" y yo\b{_WRITER_OUT})"
    # "con mis 2 hijos y mi señora": the writer, the kids (counted apart) and a partner.
    rf"|(?<=con ){_KIDS_GROUP} y (?:con )?mi {_COMPANION}"
    # ... and with a bare count and their ages: "con 2 chicos de 10 y 12 y mi marido".
    r"|(?<=con )\d{1,2} (?:hij[oa]s|chic[oa]s|nen[ea]s|nin[oa]s|pibes|gurises)"
    rf"(?: de \d{{1,2}}(?: (?:y )?\d{{1,2}})*(?: anos)?)? y (?:con )?mi {_COMPANION}"
    r"|nosotros dos|(?:vamos|somos|iriamos|viajamos) (?:los|las) dos"
    # "los 2 solitos", "las dos solas": the writer and one other (round 15).
    r"|(?:los|las) (?:dos|2) (?:solos|solas|solitos|solitas|nomas|juntos)"
    # "para mi esposa y para mí" (the mirror of "para mí y mi esposa").
    rf"|para mi {_COMPANION} y (?:para )?mi(?! (?:{_COMPANION}|{_CHILD_ONE}|\w+s)\b)"
    # ... or after the stay's days: "del 9 al 12/12 pareja + bebé".
    r"|(?:^|(?<=\d )|(?<=\d, ))(?:somos )?(?:un )?(?:matrimonio|pareja)(?= (?:y|con|mas|\+) )"
    r"|somos (?:un )?matrimonio"
    # "pareja" alone answers "¿cuántos son?"; "somos pareja", "cabaña para pareja".
    r"|^pareja$|(?:somos|vamos|viajamos|para) pareja"
    # ... or closing a message of stay data: "el 2 de febrero, una noche sola, pareja".
    r"|(?<!\bmi )(?<!\bsu )(?<!\btu )(?<!\bla )(?<!\botra )(?<!\bde )(?<!\bcon )\bpareja$"
    # Asked for someone else: "es para mi hermana, ella y su marido".
    r"|(?:ella|el) y su (?:pareja|novi[oa]|espos[oa]|marido|mujer))\b"
)
# Two companions plus the writer: "mis viejos y yo", "voy con mis viejos".
_PARENTS_RE = prefiltered(
    r"\b(?:mis (?:viejos|padres|papas)|mis suegros)(?: y)? yo\b(?! no\b)"
    r"|\byo y mis (?:viejos|padres|papas)\b"
    r"|\b(?:voy|viajo|yo) (?:con|y) mis (?:viejos|padres|papas|suegros|abuelos)\b"
    # "para mis abuelos y para mí" (the mirror of "para mí y mis abuelos", round 25).
    r"|\bpara mis (?:viejos|padres|papas|suegros|abuelos) y (?:para )?mi"
    rf"(?! (?:{_COMPANION}|{_CHILD_ONE}|\w+s)\b)"
    # "con mis viejos" alone answers "¿quiénes van?": the writer and them.
    r"|^con mis (?:viejos|padres|papas|suegros|abuelos)$"
)
# One more member of a party already counted: "mi esposa, mi hija y yo" (the first one),
# "con mi esposa y mi hija", "mi mujer y yo con el bebe", "con mi hermano y su novia";
# "y mis suegros" (group "pair") is two. Also what follows a count: "vamos 2 y mi suegra".
_MEMBER = (
    rf"(?:mi (?:bebe|nene|nena|sobrin[oa]|niet[oa]|{_COMPANION})|su {_COMPANION}"
    rf"|(?:el|la|nuestro|nuestra|su) {_CHILD_ONE}"
    r"|(?:mis|los) (?P<pair>suegros|viejos|padres|abuelos|tios)"
    # Twins are two, triplets three: "mi marido, yo y nuestros mellizos", and with no
    # article after a count ("2 adultos y mellizos de 4", "una pareja con trillizos").
    r"|(?:(?:mis|los|nuestros|nuestras|las) )?(?P<twins>mellizos|mellizas|gemelos|gemelas)"
    r"|(?:(?:mis|los|nuestros|nuestras|las) )?(?P<triplets>trillizos|trillizas)"
    # "2 adultos, 2 nenes y la abuela", "mi novia y un amigo".
    r"|(?:el|la) (?:abuel[oa]|suegr[oa]|ti[oa]|ninera)|un amigo|una amiga"
    # A baby often goes without article: "somos 2 + bebé", "mi novia y yo y bebé".
    r"|bebe|beba|bebito|bebita)"
)
_MEMBER_PLAIN = (
    _MEMBER.replace("?P<pair>", "?:").replace("?P<twins>", "?:").replace("?P<triplets>", "?:")
)
# At the very start only when a list follows ("mi esposa, mi hija y yo"), so "mi
# hermana me la recomendó, voy con mi novio" does not count the sister.
# Right after another member too, the comma gone: "con mi esposa, mi suegra y mi hija".
_AFTER_MEMBER = "|".join(
    f"(?<={word} )"
    for word in (_COMPANION + "|" + _CHILD_ONE).replace("(?:", "").replace(")", "").split("|")
)
_EXTRA_COMPANION_RE = prefiltered(
    rf"(?:^(?={_MEMBER_PLAIN} (?:y |mi |mis |yo\b|con |nosotros ))|{_AFTER_MEMBER}"
    # First of a list closed by the writer: "…, mi mamá, mi hermana y yo".
    rf"|\b(?=mi {_COMPANION} mi {_COMPANION} y yo\b)"
    r"|(?:\b(?:y|con|mas|vamos|viajamos|iriamos|vendriamos|somos|viene|vienen|suma|suman"
    r"|agrega|une)|\+) )"
    rf"{_MEMBER}\b"
)
# A count followed by more people: "vamos 2 y mi suegra", "2 adultos + el nene".
_COUNTED_NOUN = (
    r"(?:adultos|personas|grandes|mayores|pax|parejas|matrimonios|amigos|amigas|nenes|nenas"
    r"|chicos|chicas|ninos|ninas|menores|hijos|hijas)"
)
_NUMBER_ALT = "|".join(name for name in _NUMBER_WORDS if name not in ("un", "una", "uno"))
_COUNT_PLUS_RE = prefiltered(
    rf"(?:\b(?:somos|vamos|viajamos|para|iriamos|vendriamos|nosotros) (?:\d+|{_NUMBER_ALT})"
    # (?<!\d): a count starts where its digits do (else a digit run is scanned quadratically)
    rf"(?: {_COUNTED_NOUN})?|(?:(?<!\d)\d+|{_NUMBER_ALT}) {_COUNTED_NOUN}"
    # "una pareja y su hija", "un matrimonio y la abuela": one couple, then who comes.
    r"|\b(?:una pareja|un matrimonio))"
    # "somos 2 y vamos con el bebé", "somos 3 y viene mi suegra": after a verb of going.
    # "vamos 4 y después se suma mi hermana": someone joining later comes too.
    rf"(?= (?:y|mas|\+)(?: (?:despues|tambien|ademas|capaz))?(?: (?:vamos|viajamos|venimos"
    r"|llevamos|va|viene|se suma|se nos suma|se agrega|se nos une|se une))?(?: con)?"
    rf" {_MEMBER_PLAIN}\b)"
    # "2 adultos con mellizos", "una pareja con trillizos": a count told by its noun, or a
    # couple, then who comes with them (a bare "somos 2 con ..." is _COUNT_WITH_RE's).
    rf"|(?:(?:(?<!\d)\d+|\b(?:{_NUMBER_ALT})) {_COUNTED_NOUN}|\b(?:una pareja|un matrimonio))"
    rf"(?= con {_MEMBER_PLAIN}\b)"
)
# A count, then who comes with it: "somos 2 con los mellizos", "vamos 2 con mis viejos". Whether
# they are among the count depends on how many they are (round 25, nlu_guests._party_size).
_COUNT_WITH_RE = prefiltered(
    rf"\b(?:somos|seriamos|seremos|vamos|viajamos|iriamos|vendriamos|para)"
    rf" (?:\d{{1,2}}|{_NUMBER_ALT}) (?=con )"
)
# ... kids named with no number right after that "con": at least two of them.
_WITH_UNCOUNTED_KIDS_RE = prefiltered(
    r"con (?:los|las|mis|nuestros|nuestras) (?:hijos|hijas|chicos|chicas|nenes|nenas|ninos"
    r"|ninas|nietos|nietas|peques)\b"
)
# A pair of others going, the writer not named among them (round 25): "van mis viejos", "es
# para mis suegros", "mis viejos van a ir". Not visitors: "vienen mis suegros a visitarnos".
_OTHERS_PAIR = r"(?:mis|sus) (?:viejos|padres|papas|suegros|abuelos)"
_GO_OTHERS = r"(?:van|viajan|vienen|irian|iran|vendrian|vendran|viajarian)"
_OTHERS_PAIR_RE = prefiltered(
    rf"\b(?:(?:{_GO_OTHERS}|para) {_OTHERS_PAIR}|{_OTHERS_PAIR} {_GO_OTHERS})\b"
    r"(?! a (?:visitar\w*|vernos|verme|comer|cenar|almorzar|merendar|saludar|tomar)\b)"
)
# The writer with their numbered kids: "yo y mis 2 hijos", "voy con mis 3 nenes".
_WRITER_WITH_KIDS_RE = prefiltered(
    rf"\b(?:yo|voy|viajo|ire|iria|voy a (?:estar|ir|viajar)|estare|estaria|vengo|vendria)"
    rf"(?: sol[oa])? (?:y|con|mas) (?:{_KIDS_GROUP}"
    # "yo y mis 2 amigas": counted friends come with the writer too (round 15).
    rf"|mis (?:\d+|{_NUMBER_ALT}) (?:amig[oa]s|companer[oa]s))\b"
)
# "lo charlo con mi señora": someone consulted, not someone coming.
_CONSULT_BEFORE_RE = prefiltered(
    r"\b(?:charlo|charlamos|hablo|hablamos|consulto|consultamos|comento|veo|vemos|arreglo"
    r"|decido|decidimos|pregunto|preguntamos|hablar|charlar|consultar|preguntar|ver) $"
)
# "yo solito", "voy solita": the diminutive is the same one person.
_SOLO_RE = prefiltered(
    r"\b(?:solo yo|yo solit[oa]|voy solit[oa]|viajo solit[oa]|solito yo|solita yo"
    r"|yo solo|yo sola|voy solo|voy sola|viajo solo|viajo sola|para mi solo"
    r"|para mi sola|soy yo solo|soy yo sola|solo para mi|seria solo yo|estaria solo"
    r"|estaria sola|persona sola|estoy solo|estoy sola|vengo solo|vengo sola)\b"
    # One other person going alone (round 26): "va mi vieja sola", "mi mamá viaja solita".
    rf"|\b(?:(?:va|viaja|viene|iria|ira|vendria|viajaria|para) (?:mi|su) {_COMPANION}"
    rf"|(?:mi|su) {_COMPANION} (?:va|viaja|viene|iria|ira|vendria|viajaria))"
    r" (?:sol[oa]|solit[oa])\b"
)
_UNCOUNTED_KIDS_RE = prefiltered(
    r"\b(?:mis|los|las|con|y) (?:hijos|hijas|chicos|chicas|nenes|nenas|ninos|ninas|nietos)\b"
)
# Kids without a count added to a counted party: "somos nosotros dos y los chicos", "somos
# 4 más los nenes" (but "somos 5 con los chicos" counts them in).
_UNCOUNTED_KIDS_ADDED_RE = prefiltered(
    r"(?:\b(?:y|mas)|\+) (?:los|las|mis|nuestros|nuestras) (?:hijos|hijas|chicos|chicas|nenes"
    r"|nenas|ninos|ninas|nietos|nietas|peques)\b"
)
_FAMILY_TYPE_RE = prefiltered(r"\bfamilia tipo\b")

_CHOICE_RE = prefiltered(
    # "uh no mejor la 1", "jaja ok dale la 2": a few fillers before it (session 22)
    r"^(?:(?:si|ok|dale|bueno|listo|mejor|no|ah|perdon|uh|ay|uy|nah|na|mmm|jaja|jajaja) ){0,3}"
    r"(?:(?:quiero|queremos|prefiero|preferimos|elijo|elegimos|me quedo con|nos quedamos con"
    r"|voy con|vamos con) )?"
    r"(?:(?:la|el|con la|con el|esa|esta) )?"
    r"(?:(?:opcion|numero|cabana|alternativa) )?"
    r"(\d{1,2}|primera|primero|segunda|segundo|tercera|tercero|cuarta|cuarto|quinta|quinto"
    r"|uno|dos|tres|cuatro|cinco|seis)"
    # "la primera que pusiste", "la 2 de la lista", "la tercera q me pasaste" (session 23)
    r"(?: opcion)?(?: (?:de la lista|(?:que|q) (?:me |nos )?(?:pusiste|pasaste|mandaste"
    r"|mostraste)))?"
    r"(?: (?:porfa|por favor|gracias|entonces))?(?: ja(?:ja)+j?)?$"
)
# "mi marido dice que la primera", "dice que sí, la 2", "dicen los chicos que la segunda":
# a pick told for someone else in the chat (two write from one phone); what follows is read
# as the pick (`_choice`), and by handlers_choose for a rank ("la más grande").
_TOLD_CHOICE_RE = prefiltered(
    r"^(?:(?:si|ok|dale|bueno|listo|y|entonces|jaja) )*"
    r"(?:(?:mi|mis|los|las|el|la) \w+ (?:dice|dicen|quiere|quieren|prefiere|prefieren|vota"
    r"|votan|elige|eligen|eligio|eligieron)|dice(?:n)?(?: (?:mi|mis|los|las|el|la) \w+)?)"
    r"(?: que)?(?: (?:si|mejor))* "
)
_INLINE_CHOICE_RE = prefiltered(r"\b(?:opcion|alternativa|numero|cabana) (\d{1,2})\b")
# "nah, la primera está bien", "la 2 me sirve": a listed option settled on. Feminine only
# (the cabin, the option): "el 5 me sirve" answers "¿qué día llegan?" with a day.
_SETTLED_CHOICE_RE = prefiltered(
    r"^(?:(?:si|ok|dale|bueno|listo|mejor|no|ah|nah|na|mmm|uh|ay|entonces) ){0,2}"
    r"la (?:(?:opcion|cabana) )?([1-9]|primera|segunda|tercera|cuarta|quinta)"
    r"(?: (?:esta bien|me sirve|nos sirve|me gusta|nos gusta|nomas|dale|porfa|entonces))+$"
)
# "el 4", "para el 4", "el primero", "el dos" alone answer "¿qué día llegan?": CONTRACT §6
# reads "el 20" as a day of the month, so these are days too, whatever their size. The
# choice is still reported, so a list of options ("el 2" = the second row) keeps working:
# the pick states look at the choice before the dates. "la 2" / "2" / "opción 2" are
# choices only: cabins and options are feminine, and a bare number has no day marker.
_DAY_ANSWER_RE = prefiltered(
    r"^(?:(?:si|ok|dale|bueno|listo|mejor|no|y) )?(?:para |desde )?el (?:dia )?"
    r"(?:\d{1,2}|primero|dos|tres|cuatro|cinco|seis)$"
)

_AFFIRM_RE = prefiltered(
    r"^(?:(?:bueno|ah|ah bueno|ok|hola) )?"
    r"(?:si|dale|ok|confirmo|confirmado|confirmamos|confirmar|perfecto|listo|joya|genial|buenisimo"
    r"|barbaro|claro|obvio|afirmativo|correcto|exacto|de acuerdo|esta bien|me parece bien"
    r"|por supuesto|me sirve|nos sirve|vale|hecho|excelente|re si|trato hecho"
    r"|me parece (?:perfecto|genial|excelente|barbaro|joya|buenisimo|muy bien|re bien)"
    r"|(?:me|nos) viene(?:n)? (?:bien|perfecto|joya|barbaro|genial)"
    r"|de una(?! (?:semana|noche|persona|cabana|pareja|vez)))\b"
    r"|\b(?:confirmo|confirmamos) (?:la reserva|las fechas|que si)\b|\b(?:me|nos) sirve\b"
    r"|^(?:quiero|queremos) confirmar\b"
)
# A whole message of yes words: "bueno", "bueno, esa", "va", "sipi", "metele nomás",
# "hagámoslo", "de 10", "sin problema", "¿cómo no?". Words that start many other
# messages ("bueno, una pregunta", "va a haber lugar?") count only alone like this.
_YES_ONLY_RE = prefiltered(
    r"^(?:(?:si|sip|sipi|sis|sisi|sisisi|dale|ok|okis|oki|okey|oka|okay|oquei|va|bueno|listo"
    r"|joya|joyita|genial|perfecto|buenisimo|barbaro|excelente|impecable|obvio|claro|seguro"
    r"|segurisimo|adelante|metele|mandale|hagamoslo|hagamos eso|avancemos|avanzamos|avanza"
    # "va, cerramos así", "cerrala nomás": the deal closed (session 23)
    r"|cerramos asi|cerrala asi|cerremos asi|cerrala|cerremos|cerremosla"
    r"|cerramos|cerrado|de una|de 10|de diez|de acuerdo|hecho|trato hecho|desde ya|por supuesto"
    r"|confirmo|confirmado|vamos|vamos con esa|sin problemas?|no hay problema|como no"
    r"|por que no|quiero|queremos|esta bien|re si"
    # fillers (see _FILLERS_ONLY_RE)
    r"|nomas|entonces|esa|ese|eso|esa misma|esta|porfa|por favor|che|gracias|genio|amigo"
    # "bueno ahora sí, confirmo", "ahí sí, dale": a yes after a wait (session 20)
    r"|amiga|que va|que si|ahora|ahi)(?: |$))+$"
)
# ... but it must hold a yes word: "esa, gracias" or "entonces" alone is no yes.
_FILLERS_ONLY_RE = prefiltered(
    r"^(?:(?:nomas|entonces|esa|ese|eso|esa misma|esta|porfa|por favor|che|gracias|genio|amigo"
    r"|amiga|que va|que si|ahora|ahi)(?: |$))+$"
)
# A yes that defers ("ok, después te aviso", "dale, lo consulto y te digo", "sí, después te
# confirmo", "ok, lo pienso") accepts nothing yet. A bare "te confirmo" ("sí, te confirmo")
# is a yes; with a time ("te confirmo a la noche", "ya te confirmo") it is a promise.
_NOT_YET_RE = prefiltered(
    r"\b(?:te|les|le) (?:aviso|avisamos|digo|decimos|escribo|escribimos|cuento|contamos"
    r"|contesto|contestamos|respondo|respondemos)\b(?! que si\b)"
    r"|\b(?:despues|luego|mas tarde|manana|pasadomanana|en un rato|al rato|ya|ahi|en breve"
    r"|cualquier cosa|hoy|a la noche|a la tarde) (?:te|les|le) (?:confirmo|confirmamos)\b"
    # "confirmo mañana", "lo confirmamos más tarde": when they will confirm, not a yes.
    r"|\b(?:confirmo|confirmamos|confirmaria|confirmariamos) (?:manana|pasadomanana|despues"
    r"|luego|mas tarde|en un rato|al rato|a la noche|a la tarde|esta noche|el (?:lunes|martes"
    r"|miercoles|jueves|viernes|sabado|domingo))\b"
    r"|\b(?:te|les|le) (?:confirmo|confirmamos) (?:despues|luego|mas tarde|manana|pasadomanana"
    r"|en un rato|al rato|en breve|hoy|a la noche|a la tarde|la matinal|cuando|el \w+|antes)\b"
    r"|\b(?:lo|la) (?:pienso|pensamos|consulto|consultamos|charlo|charlamos|hablo|hablamos"
    r"|converso|conversamos|evaluo|evaluamos|veo|vemos)\b(?! bien)"
    r"|\b(?:(?:lo|la) )?(?:voy|vamos) a (?:ver|pensar|consultar|charlar|hablar|evaluar)"
    r"|\b(?:dejame|dejanos|deja que) (?:pensar|ver|consultar|chequear|charlar|hablar|evaluar)"
    r"|\b(?:tengo|tenemos) que (?:pensar|ver|consultar|chequear|charlar|hablar|evaluar)"
    r"|\b(?:pensarlo|verlo|consultarlo|charlarlo|hablarlo|evaluarlo)\b"
    r"|\b(?:veo|vemos) y (?:te|les|le)\b|\b(?:despues|luego) (?:vemos|veo|hablamos)\b"
    r"|\bhablamos\b|\bseguimos hablando\b"
    # "ok, esperá", "dale, ya vuelvo": hold on, not yes.
    r"|\b(?:espera|esperame|esperen|aguanta|aguantame)\b(?! (?:que|a que|el|la)\b)"
    r"|\bpara(?: para)?$"
    r"|\bun (?:momento|segundo|toque|minuto|seg)\b"
    r"|\b(?:ya|ahora|ahi|enseguida) (?:vuelvo|volvemos|te sigo)\b"
)
# "sí, pero para 3", "dale, pero ¿cuánto es la seña?": a condition or a question first.
# "sí... no sé, capaz", "dale, tal vez": a yes taken back by doubt.
_YES_BUT_RE = prefiltered(
    r"\bpero\b|\b(?:no se|no sabemos|no sabria|capaz|quizas|quiza|tal vez|a lo mejor"
    r"|puede ser|no estoy segur[oa]|no estamos segur[oa]s|ni idea)\b"
)
# "ok y cuánto es la seña?", "dale, y el resto cuándo se paga?": yes words, then "y" and a
# question (only with a "?" in the message): the guest moves on to ask, accepting nothing.
_YES_AND_ASK_RE = prefiltered(
    r"^(?:(?:ah|bueno|ok|okey|oka|dale|si|listo|perfecto|genial|joya|barbaro|buenisimo|va"
    r"|claro|entiendo|entendido|ya veo) )+y \w"
)
# "¿confirmar?", "¿confirmo?", "¿confirmado?": a confirmation word asked back is a question.
_CONFIRM_ASKED_RE = prefiltered(
    r"^(?:(?:y|entonces|ok|ah) )?(?:(?:lo|la|te|les) )?(?:confirmar|confirmo|confirmamos"
    r"|confirmado|confirmada|confirmarlo|confirmarla|confirmamos entonces|confirmo entonces)$"
)
# "si" followed by a verb is usually "if" ("si tienen lugar avisame").
_CONDITIONAL_SI_RE = prefiltered(
    r"^si (?:tienen|tenes|tiene|hay|es|son|puedo|podes|pueden|podemos|se|me|te|nos|le|les"
    r"|llego|llegamos|queda|quedan|esta|estan|tuvieran|hubiera|no|cancelo|cancelamos|van"
    r"|vamos|quiero|queremos|tengo|tenemos|necesito|necesitamos|cancelan|cancelara"
    r"|cancelaramos|cancelaria|cancelariamos|cancelase|llegara|llegaramos"
    # "si llega la plata confirmo", "si me haces descuento": a condition on what others do.
    r"|llega|llegan|aceptan|acepta|incluye|incluyen|confirmas|confirman|haces|hacen|das|dan"
    r"|bajas|bajan|respetan|respetas|mantienen|mantenes)\b"
)
# A second "si" after the yes: "sí, si me confirmás que hay cochera", "dale, si llega a
# tiempo la plata": the yes hangs on a condition, like "sí, pero...".
# Only with a verb of what the bot or the money does, so "sí, si me sirve" stays a yes.
_LATER_CONDITION_RE = prefiltered(
    r"(?<=\w) si (?:me |nos |te )?(?:confirmas|confirman|haces|hacen|das|dan|aseguras|aseguran"
    r"|garantizas|garantizan|llega|llegan|hay|tienen|tenes|aceptan|acepta|incluye|incluyen"
    r"|bajas|bajan|respetan|respetas|mantienen|mantenes|podes|pueden)\b"
)
_RAW_SI_RE = prefiltered(r"^\W*s[ií]+\s*[,.!;]|^\W*sí")
_DENY_RE = prefiltered(
    # Leading no words may stack before the refusal: "no no, dejala", "naa, dejalo". At
    # most three: a longer "no no no no" is a "no" and its fillers, and an unbounded stack
    # could be split against the fillers in n ways ("no " * 1,000 was quadratic).
    r"^(?:(?:bueno|ah|ok|hola|mmm|mm|uh|eh) )?(?:(?:no|nop|nah|naa|na) ){0,3}"
    r"(?:no|nop|nope|noup|no(?:no)+|nones|nah|naa|na"
    r"|negativo|para nada|mejor no|todavia no|aun no|por ahora no|ahora no|por el momento no"
    r"|de momento no|no por ahora|no todavia|nada|ya no|paso|no hace falta"
    r"|(?:ya )?no (?:la |lo )?(?:quiero|queremos|tomo|tomamos)|no confirmo|no confirmamos"
    # "dejalo", "dejá nomás", "olvidate", "mejor lo dejamos": forget it.
    r"|(?:mejor )?(?:deja|dejalo|dejala|dejemos|dejemoslo|dejemosla|lo dejamos|la dejamos"
    r"|olvidate|olvidalo|olvidala))"
    r"(?: (?:gracias|igual|nomas|asi|che|entonces|por ahora|mejor|perdon|disculpa|muchas"
    r"|mil|ahi|no))*$"
    r"|^(?:(?:bueno|ah|ok) )?(?:no|negativo|nah) (?:gracias|mejor|por ahora|todavia"
    r"|era|esta bien|nada|che|perdon|disculpa|confirmo|confirmamos)\b"
    # "ninguna", "ninguno por ahora", "ninguna de las dos": none of the options offered.
    r"|^(?:(?:bueno|ah|ok|mmm|mm|eh) )?(?:ningun|ninguna|ninguno)(?: de (?:las|los) \w+)?"
    r"(?: (?:gracias|igual|nomas|che|entonces|por ahora|perdon|disculpa|por el momento))*$"
    r"|^no (?:me|nos) (?:sirve|interesa|conviene|gusta|cierra|convence|copa|parece|viene)\b"
    r"|^no (?:me|nos) termina de (?:convencer|cerrar)\b"
    # "ni ahí", "ni en pedo", "de ninguna manera": a strong no, whatever follows.
    r"|^(?:ni ahi|ni en pedo|ni loco|ni loca|ni a palos|ni por asomo|de ninguna manera)\b"
    # "claro que no", "obvio que no": a yes word that says no.
    r"|\b(?:claro|obvio|seguro|por supuesto) que no\b"
    r"|\b(?:creo que|mejor|todavia|por ahora|ahora|asi que|entonces) no$"
)
# A refusal said last, after another one or a reason (session 23): "nah dejalo, no la
# quiero", "mejor no, la dejo", "dejala, no la vamos a tomar", "uh cara, no nos convence".
# Only in a message with no question (see bot.nlu_intents._affirm_deny).
_REFUSAL_LAST_RE = prefiltered(
    r"\b(?:no (?:la|lo|las|los) (?:quiero|queremos|necesito|necesitamos|tomo|tomamos)"
    r"|no (?:la|lo) (?:voy|vamos) a (?:tomar|reservar|necesitar|usar|pagar)"
    r"|no (?:me|nos) (?:convence|convencio|sirve|interesa|cierra|copa)"
    r"|(?:la|lo) (?:dejo|dejamos))"
    r"(?: (?:mas|gracias|nomas|igual|entonces|por ahora|al final|che|mejor|mil|muchas))*$"
)
# A "no" and a forget-it opening the message, whatever reason follows: "nah olvidate, es
# muy cara", "no no dejala, no nos convence" (no question in it either).
_REFUSAL_FIRST_RE = prefiltered(
    r"^(?:(?:no|nah|naa|na|mejor) ){1,3}(?:olvidate|olvidalo|olvidala|dejalo|dejala"
    r"|dejemoslo|dejemosla)\b"
)
# "no, para el 20", "no, somos 4", "no, mejor del 10 al 12": a "no" that corrects the stay
# just offered (see bot.nlu.parse: only when stay data follows) is no refusal.
# "una noche más", "agregar 2 noches", "el mínimo es 3 noches": a length that changes a stay
# or tells a rule, never the nights wanted inside two days said (`Understanding.window`).
LENGTH_NOT_WANTED_RE = prefiltered(
    r"\b(?:noches?|nochecitas?|dias?|semanas?) (?:mas|menos|extras?)\b"
    r"|\b(?:agreg|sum|alarg|extend)\w* (?:\w+ ){0,2}(?:noches?|dias?|semanas?)\b"
    r"|\b(?:minim|maxim)[oa]s?\b"
)
_CORRECTION_RE = prefiltered(
    r"^(?:no|nop|nah)(?: (?:mejor|perdon|disculpa|che|era|es|seria|son))?"
    r" (?:para|del|el|desde|hasta|somos|seriamos|mejor|en|x|\d)\b(?!.* no\b)"
)
# A thumbs-up, OK hand or check mark alone is a WhatsApp "sí" (skin tones allowed).
_EMOJI_YES_RE = prefiltered(
    "^\\s*(?:[\U0001f44d\U0001f44c\u2705\u2714\U0001f197\ufe0f\U0001f3fb-\U0001f3ff])+\\s*$"
)
_RAW_NO_RE = prefiltered(r"^\W*(?:no+\s+)*no+\s*[,.!;]")
# "no, la quiero", "no, mejor cancelala", "no no, cancelala nomás": a "no" written apart
# (a comma, "!") and then taken back by what the guest does want: that want or order is
# the answer, so the leading "no" is dropped before reading (see bot.nlu.parse). At
# "¿Seguro que cancelo?" "no, la quiero" keeps the booking; at "¿Confirmo?" it takes it;
# never a refusal that drops it. Without the comma ("no la quiero") it stays a no.
_RETRACTED_NO_RE = prefiltered(
    r"^\W*(?:(?:no+|nah|naa)\s+)*(?:no+|nah|naa)\s*[,.!;]+\s*"
    r"(?=(?:(?:mejor|s[ií]|dale|entonces|bueno|che)\W+)*(?:(?:la|lo) (?:quiero|queremos)\b"
    r"|cancel|anul))"
)
# A thumbs-down or a cross alone is a WhatsApp "no".
_EMOJI_NO_RE = prefiltered("^\\s*(?:[\U0001f44e\u274c\u2716\ufe0f\U0001f3fb-\U0001f3ff])+\\s*$")

# "nos vemos en enero": a goodbye, not a month to book.
# "hasta mañana!", "gracias, hasta el sábado": a goodbye too, whose date asks for no stay.
# Only alone or after a thanks/goodbye: "hasta el domingo" alone may answer "¿hasta cuándo?".
_SEE_YOU_AT_RE = prefiltered(
    r"\bnos vemos\b|^hasta (?:manana|pasadomanana)\b"
    r"|\b(?:gracias|chau|chao|saludos|abrazo|besos) hasta (?:manana|pasadomanana|el \w+"
    r"|la semana que viene)\b"
)
_SEE_YOU_RE = prefiltered(
    rf"\bnos vemos (?:en |el |para |a )?(?:mes de )?(?:{'|'.join(_MONTHS)})\b"
)
# "este mes", "el mes que viene"; "a fin de mes" is the end of this one (the days are
# vague, so only the month: the bot asks which), "a fines del mes que viene" the next's.
_RELATIVE_MONTH_RE = prefiltered(
    r"\b(?:este mes|mes que viene|proximo mes|mes proximo|siguiente mes|mes siguiente"
    # "dentro de un mes": the month that comes (round 15) when no day is read from it ("un
    # mes y pico"); "dentro de un mes" alone is the same day next month (session 21).
    r"|dentro de un mes"
    # "a mediados de mes", "a principios de mes": this month's part, as "a fin de mes"
    # (session 22; the next month's when that part is past, see bot.nlu._find_stay).
    r"|(?:fin(?:es)?|finales|mediados|principios?|comienzos?|inicios?) del? mes"
    r"(?! (?:que viene|proximo|siguiente)\b))\b"
)
# "a principios de marzo", "a mediados de enero", "a fines de diciembre", "a fin de mes",
# "los últimos días del mes que viene": the part of the month named (its word), read only
# when the month is all the stay data (bot.nlu: Understanding.month_part).
_PARTS = (
    r"(principios?|comienzos?|inicios?|primeros dias|mediados|mitad|fines|finales?|fin"
    r"|ultimos dias)"
)
_MONTH_PART_RE = prefiltered(
    rf"\b{_PARTS} (?:de|del)(?: mes de)? (?:este |el )?(?:mes\b|(?:{'|'.join(_MONTHS)})\b)"
    # "en enero a mediados", "enero, para fines": the part after its month.
    rf"|\b(?:{'|'.join(_MONTHS)}) (?:a|para|por|hacia) {_PARTS}\b"
)
# "el 10 de marzo del año que viene", "la última semana del año próximo": next year's, by
# its number (in January "febrero del año que viene" is not this February); "de este año"
# this year's. Not "fin de año que viene": that is the holiday's (the next one).
_NEXT_YEAR_RE = prefiltered(
    r"(?<!\bfin )\bdel? (?:ano (?:que viene|proximo|siguiente|entrante)"
    r"|(?:proximo|siguiente) ano)\b"
)
# "la primera semana del mes que viene", "la segunda quincena del mes": a week or half of
# next month or this one, written as that month and year (see bot.nlu._find_stay).
_WEEK_OF_MONTH_RE = prefiltered(
    r"\b(semana|quincena) (?:del (?:mes (?:que viene|proximo|siguiente|entrante)"
    r"|(?:proximo|siguiente) mes)|(?P<this>del mes|de este mes))\b"
    r"(?! (?:que viene|proximo|siguiente|entrante)\b)"
)
_THIS_YEAR_RE = prefiltered(r"(?<!\bfin )\bde este ano\b")
# "te pago a fin de mes", "transfiero la seña el mes que viene": when the guest pays, no
# month to stay in (read on the text before the month).
_PAY_WHEN_RE = prefiltered(
    r"\b(?:pago|pagamos|pagaria|pagariamos|transfiero|transferimos|deposito|depositamos"
    r"|abono|abonamos|seno|senamos)(?: \w+){0,3} $"
)

# A time that is a deadline or when the guest acts, not a day of the stay: "¿me la guardás
# hasta mañana?", "guardamela hasta el lunes que te transfiero", "bancame hasta mañana",
# "me la reservás hasta mañana que te pago?" (a hold asked with what the guest will do by
# then), "te escribo el lunes para reservar". The group "when" is cut before the dates are
# read; "reservame hasta el domingo" alone may still be a departure.
_WHEN_TIME = (
    r"(?:manana|pasadomanana|hoy|esta noche|la noche|la tarde"
    r"|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))"
)
# A part of the day after the time: "hoy a la tarde", "mañana a primera hora".
_WHEN_TAIL = (
    r"(?: (?:a la|por la) (?:manana|tarde|noche)| a primera hora| temprano| sin falta| mismo)?"
)
# Paying a deposit: "hacemos la seña", "te giro el anticipo", "te hago la transferencia".
_PAY_DEPOSIT = (
    r"(?:hago|hacemos|hacer|pago|pagamos|pagar|transfiero|transferimos|transferir|deposito"
    r"|depositamos|depositar|giro|giramos|girar|mando|mandamos|mandar|abono|abonamos|abonar"
    r"|dejo|dejamos|dejar|paso|pasamos|pasar|envio|enviamos|enviar)(?: te| les| le)? (?:el|la|los)"
    r" (?:sena|anticipo|adelanto|deposito"
    r"|transferencia|pago)"
)
# Anger or money back demanded, with nothing broken: beside a cancel ("ya no vamos,
# devolveme la plata", "cancelen todo, es una vergüenza") it is the cancel's reason.
COMPLAINT_ONLY_RE = prefiltered(
    r"\b(?:verguenza|estafa|estafaron|estafadores|un asco|pesimo|pesima|quiero (?:mi|la) plata"
    r"|devuelvan (?:mi|la) plata|devolveme (?:mi|la) plata)\b"
)
_HOLD_UNTIL_RE = prefiltered(
    r"\b(?:guard(?:a|as|an|ame|anos|ar|arme|arnos|amela|anosla|arla|arlo|armela|arnosla"
    r"|arias|arian|enme|enmela)|esper(?:ar|arme|arnos|ame|anos|as|an|arias)"
    r"|banc(?:ame|anos|as|an|ar|arme|arnos))(?: \w+){0,4}? (?P<when>hasta " + _WHEN_TIME + r")\b"
    r"|\b(?:reserv|apart)\w*(?: \w+){0,4}? (?P<when2>hasta " + _WHEN_TIME + r")"
    r" (?=que |asi |y te |para que )"
    r"|\b(?:te|les|le) (?:confirmo|confirmamos|aviso|avisamos|escribo|escribimos|digo"
    r"|decimos|llamo|contesto|respondo|paso|cuento)(?P<when3> " + _WHEN_TIME + r")\b"
    # ... and said first: "mañana te transfiero la seña", "el lunes te confirmo".
    r"|(?P<when4>\b" + _WHEN_TIME + _WHEN_TAIL + r") (?=(?:te|les|le) (?:confirmo|confirmamos"
    r"|aviso|avisamos|escribo|escribimos|digo|decimos|llamo|contesto|respondo|paso|cuento|pago"
    r"|pagamos|transfiero|transferimos|deposito|depositamos|mando|mandamos|giro|giramos|hago"
    r"|hacemos|abono|abonamos)\b)"
    # A deposit's day, the time after it: "hacemos la seña hoy", "te hago la seña hoy a la
    # tarde" (a payment's day is no stay; the deposit still books).
    r"|\b" + _PAY_DEPOSIT + r"(?: de la sena)?(?P<when5> " + _WHEN_TIME + _WHEN_TAIL + r")\b"
    # ... and said first: "el miércoles hago la seña", "hoy a la noche te paso la seña".
    r"|(?P<when6>\b" + _WHEN_TIME + _WHEN_TAIL + r") (?=(?:te |les |le )?" + _PAY_DEPOSIT + r"\b)"
)

_DEFERRAL_RE = prefiltered(
    r"\b(?:te|les|le|lo|los) (?:confirmo|confirmamos|aviso|avisamos|escribo|escribimos|digo"
    r"|decimos|llamo|contesto|respondo|mando|paso|cuento|charlo|consulto|veo|pienso)\b"
    r"|\b(?:hablamos|seguimos hablando|vuelvo a escribir|vuelvo a consultar)\b"
    # "llamame mañana a la tarde": when to call, not when to stay.
    r"|\b(?:llamame|llamenme|llamarme|llamanos|me llamas|me llaman|me llamen|nos llaman)\b"
    # "confirmo mañana", "la cancelo mañana", "pago el lunes": when the guest will act.
    r"|\b(?:confirmo|confirmamos|cancelo|cancelamos|pago|pagamos|transfiero|transferimos"
    r"|seno|senamos|abono|abonamos|deposito|depositamos) (?:manana|pasadomanana|hoy"
    r"|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
    # "¿puedo pagar el anticipo mañana?", "transferir la seña el lunes": a payment's day.
    r"|\b(?:pagar|pago|pagamos|transferir|transfiero|transferimos|depositar|abonar|hacer"
    r"|hago|hacemos|mandar|mando|mandamos)"
    r" (?:el|la|los) (?:sena|anticipo|adelanto|deposito|saldo|resto|transferencia|pago)"
    r" (?:manana|pasadomanana|hoy|el (?:lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo))\b"
)
# The day a payment is made, written as a day of the month (session 24): "te deposito el 5",
# "el saldo te lo transfiero el 10", "te paso 20 mil y el resto el 15", "la seña te la paso
# el 3". The group "when" is cut before the dates are read, as a weekday's is ignored ("te
# pago el lunes", _DEFERRAL_RE): "te pago el 15 y llegamos el 20" arrives on the 20th. Only
# pay words and pronouns between the verb and the day ("si llego el 15, ¿cuánto pago?"
# keeps its day), none that starts a range ("pago el 15 y 16") or a clause of its own ("te
# transfiero la seña, el 15 llegamos": the comma is gone), and no price asked ("¿cuánto
# pago el 15?"). A day said first ("el 15 te transfiero") is left a day: "el 15, te
# transfiero" answers when they come.
_PAY_VERB = (
    r"(?:pago|pagamos|pagaria|pagariamos|transfiero|transferimos|deposito|depositamos|abono"
    r"|abonamos|giro|giramos)"
)
_PAY_NOUN = r"(?:sena|saldo|resto|anticipo|adelanto|diferencia)"
_HAND_VERB = r"(?:paso|pasamos|mando|mandamos|hago|hacemos|dejo|dejamos)"
_PAY_DAY = rf"el \d{{1,2}}(?:/\d{{1,2}}(?:/\d{{2,4}})?)?(?: de (?:{_MONTH_ALT}))?"
PAY_DAY_RE = prefiltered(
    rf"(?<!cuanto )\b(?:{_PAY_VERB}|(?:el|la) {_PAY_NOUN})"
    rf"(?: (?:te|les|le|lo|la|los|el|ya|total|{_PAY_NOUN}|{_PAY_VERB}|{_HAND_VERB})){{0,4}}?"
    rf" (?P<when>{_PAY_DAY})\b(?! (?:al?|hasta|y|o) (?:el )?\d)"
    r"(?! (?:llegamos|llego|llegariamos|llegaria|entramos|ingresamos|vamos|vamo|estamos"
    r"|salimos|nos vemos)\b)"
)
# A booking already made, told with the day it was made: "hice la reserva el lunes",
# "reservé el martes", "la reserva la hice el 25", "ya reservamos el miércoles". That day
# is in the past and no arrival (session 23): the group ``when`` is dropped. "Reservé
# para el martes" and "reservamos el martes" (we book it) keep their day; so does a day
# with its month ("reservé el 15 de enero" may be the stay booked).
# The weather on a day ("mañana llueve?", "hace calor hoy", "¿cómo va a estar el clima el
# domingo?"), session 24: the day is the weather's, no stay. Only the day right before the
# weather word opening the message, or after the heat or the forecast with a few filler
# words between, so "mañana llegamos, ¿llueve por allá?" keeps its arrival, and "el diario
# dice que llueve el finde" the weekend (round 14: maybe the guest's stay).
_WEATHER = (
    r"(?:llueve|llover|lluvia|llueva|lloviendo|nieva|nevar|nevando|nieve|hace (?:mucho |re |muy "
    r"|bastante )?(?:frio|calor|fresco)|hara (?:frio|calor)|(?:el )?clima|pronostico|temperatura"
    r"|hay (?:viento|sol))"
)
_WEATHER_DAY = (
    r"(?:manana|hoy|pasado manana|pasadomanana|(?:el|este) (?:lunes|martes|miercoles|jueves"
    r"|viernes|sabado|domingo|finde))"
)
_WEATHER_FILLER = (
    r"(?: (?:por|para|alla|aca|ahi|alli|mucho|muy|re|va|a|estar|esta|en|la|zona|hay|que|hace))"
)
WEATHER_DAY_RE = prefiltered(
    rf"^(?:(?:y|che|hola) )?(?P<when>{_WEATHER_DAY}) (?=(?:va a |no )?{_WEATHER}\b)"
    r"|\b(?:hace (?:mucho |re |muy |bastante )?(?:frio|calor|fresco)|hara (?:frio|calor)"
    rf"|(?:el )?clima|pronostico|temperatura){_WEATHER_FILLER}{{0,4}} (?P<when2>{_WEATHER_DAY})\b"
)
BOOKED_ON_RE = prefiltered(
    r"(?:(?<!me )(?<!que )(?<!se )(?<!lo )(?<!la )\breserve(?: (?:la|una) reserva)?"
    r"|\bya reservamos|\b(?:hice|hicimos|realice|realizamos|saque|sacamos) (?:la|una|mi|nuestra)"
    r" reserva(?:cion)?|\bla reserva la (?:hice|hicimos|saque|sacamos|realice|realizamos))"
    r"(?P<when> (?:(?:el|este) )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"(?: pasado)?| el \d{1,2}(?! de)(?: pasado)?)\b"
)
# A stay already had, told before the one wanted (session 25, h4): "el año pasado fuimos del
# 10 al 15 de enero, este año queremos del 12 al 19", "la vez pasada estuvimos del 15 al 18.
# Ahora queríamos del 20 al 23". The past range (group ``when``) is dropped when a day
# follows it, its last month kept ("fuimos del 2 al 9 de enero, ahora del 3 al 10"); alone
# ("fuimos del 3 al 10 y nos encantó") it is still read. A gerund after the verb
# ("estuvimos viendo del 15 al 18") is a plan, not a stay.
_PAST_STAY_MONTH = (
    r"(?: de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre"
    r"|noviembre|diciembre))?"
)
_PAST_STAY_DAY = r"\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?"  # "del 2/2 al 6/2" too
PAST_STAY_RE = prefiltered(
    r"\b(?:fuimos|estuvimos|vinimos|viajamos|nos quedamos|nos hospedamos|pasamos|fui|estuve|vine)"
    r"(?: (?!\w+(?:ando|iendo)\b)[a-z]+){0,5}?"
    rf" (?P<when>(?:del|desde el) {_PAST_STAY_DAY}{_PAST_STAY_MONTH} (?:al|hasta el)"
    rf" {_PAST_STAY_DAY}(?P<month>{_PAST_STAY_MONTH})(?: del? (?:20\d\d|este ano|ano pasado))?)\b"
    r"(?=.*\b(?:del|el|desde) \d)"
)
# Two stays told as alternatives (session 23): "del 10 al 13 o del 17 al 20", "por 2 o 3
# noches", "del 10 al 12 o 13", "llegamos el 10 o el 11". Groups in pairs, the first said
# and the other (see nlu._alternatives); "para 2 o 3 personas" is no stay.
_ALT_DAY = r"\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?"
_ALT_COUNT = r"(?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
STAY_OR_RE = prefiltered(
    rf"\b(?P<range1>(?:del? )?{_ALT_DAY} al? {_ALT_DAY}(?P<month> de (?:{_MONTH_ALT}))?) o"
    rf" (?P<range2>(?:del? )?{_ALT_DAY} al? {_ALT_DAY})\b"
    rf"|\b(?P<nights1>{_ALT_COUNT}) o (?P<nights2>{_ALT_COUNT})(?= (?:noches|dias)\b)"
    r"|(?<=\bal )(?P<end1>\d{1,2}) o (?P<end2>\d{1,2})\b(?! (?:personas|pax|adultos|huespedes))"
    r"|\b(?P<day1>el \d{1,2}) o (?P<day2>(?:el )?\d{1,2})\b"
    r"(?! (?:personas|pax|adultos|huespedes|noches|dias))"
)
