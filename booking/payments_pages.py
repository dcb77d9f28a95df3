"""The few web pages a guest sees around a payment, in Spanish (voseo).

The page Mercado Pago returns the browser to after checkout (it never
confirms anything: only the fetched payment does), and in demo mode the local
checkout with "Pagar" and "Rechazar". Every value is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from booking.models import Reservation, Status
from booking.notices import pesos

_PAGE = """<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
 body {{ font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem;
        color: #1f2937; }}
 .card {{ border: 1px solid #e5e7eb; border-radius: .75rem; padding: 1.25rem; }}
 dl {{ display: grid; grid-template-columns: auto 1fr; gap: .35rem 1rem; }}
 dt {{ color: #6b7280; }} dd {{ margin: 0; }}
 .deposit {{ font-size: 1.4rem; font-weight: 700; }}
 button {{ font-size: 1rem; padding: .7rem 1.4rem; border-radius: .5rem; border: 0; cursor: pointer;
          margin-right: .5rem; }}
 .pay {{ background: #009ee3; color: white; }} .reject {{ background: #e5e7eb; }}
 .note {{ color: #6b7280; font-size: .85rem; }}
</style></head>
<body><div class="card">{body}</div></body></html>
"""


def _page(title: str, body: str) -> str:
    return _PAGE.format(title=escape(title), body=body)


def _stay(reservation: Reservation) -> str:
    nights = reservation.nights
    return f"""<dl>
 <dt>Reserva</dt><dd>{escape(reservation.code)}</dd>
 <dt>Alojamiento</dt><dd>{escape(reservation.cabin_name)}</dd>
 <dt>Ingreso</dt><dd>{reservation.check_in:%d/%m/%Y}</dd>
 <dt>Egreso</dt><dd>{reservation.check_out:%d/%m/%Y}</dd>
 <dt>Noches</dt><dd>{nights}</dd>
 <dt>Huéspedes</dt><dd>{reservation.guests}</dd>
 <dt>Total</dt><dd>{escape(pesos(reservation.total_cents))}</dd>
 <dt>Seña</dt><dd class="deposit">{escape(pesos(reservation.deposit_cents))}</dd>
</dl>"""


def demo_checkout(reservation: Reservation, action_url: str) -> str:
    return _page(
        f"Pagá la seña de {reservation.code}",
        f"""<h1>Pagá la seña 🏡</h1>
{_stay(reservation)}
<form method="post" action="{escape(action_url)}">
 <button class="pay" type="submit" name="action" value="pay">Pagar</button>
 <button class="reject" type="submit" name="action" value="reject">Rechazar</button>
</form>
<p class="note">Checkout de demostración: no se mueve plata. "Pagar" aprueba el pago y
"Rechazar" lo rechaza, como lo haría Mercado Pago.</p>""",
    )


def demo_result(reservation: Reservation, approved: bool, delivered: bool, retry_url: str) -> str:
    if not delivered:
        body = (
            "<h1>No pudimos avisarle al servidor 😕</h1>"
            f'<p>Probá de nuevo en un rato. <a href="{escape(retry_url)}">Volver al pago</a></p>'
        )
    elif approved and reservation.status == Status.CONFIRMED:
        body = (
            "<h1>¡Pago aprobado! 🎉</h1>"
            f"<p>Tu reserva <b>{escape(reservation.code)}</b> quedó confirmada. "
            "Te mandamos los detalles por WhatsApp.</p>"
        )
    elif approved:
        body = (
            "<h1>Recibimos tu pago</h1>"
            "<p>Lo estamos revisando y te escribimos por WhatsApp en un ratito.</p>"
        )
    else:
        body = (
            "<h1>El pago fue rechazado</h1>"
            f'<p>No se cobró nada. <a href="{escape(retry_url)}">Podés intentar de nuevo</a> '
            "mientras tu reserva siga en pie.</p>"
        )
    return _page("Resultado del pago", body + _stay(reservation))


def link_closed(reservation: Reservation) -> str:
    if reservation.status == Status.CONFIRMED:
        text = "Esta reserva ya está confirmada y paga. ¡Te esperamos! 🙌"
    else:
        text = "Este link de pago ya venció. Escribinos por WhatsApp y lo armamos de nuevo."
    return _page("Link de pago", f"<h1>{escape(reservation.code)}</h1><p>{text}</p>")


def not_found() -> str:
    return _page("Reserva no encontrada", "<h1>No encontramos esa reserva</h1>")


def checkout_return(result: str) -> str:
    texts = {
        "success": (
            "¡Gracias por tu pago!",
            "Estamos confirmando tu reserva con Mercado Pago; "
            "te avisamos por WhatsApp en un ratito.",
        ),
        "pending": (
            "Tu pago está pendiente",
            "Cuando Mercado Pago lo apruebe te avisamos por WhatsApp.",
        ),
    }
    title, text = texts.get(
        result,
        (
            "El pago no se completó",
            "Volvé a WhatsApp y podés intentar de nuevo mientras tu reserva siga en pie.",
        ),
    )
    return _page(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>")
