"""What booking tells the owner (the `owner_notice` hook's text).

Owner-facing, not guest-facing: short Spanish lines the owner reads on
WhatsApp. Money is shown in whole pesos with dots for thousands, as in
Argentina ("$ 45.000").
"""

from __future__ import annotations

from booking.models import Reservation


def pesos(cents: int) -> str:
    """Integer centavos → "$ 45.000" (centavos shown only when there are some)."""
    whole, rest = divmod(cents, 100)
    text = f"$ {whole:,}".replace(",", ".")
    return f"{text},{rest:02d}" if rest else text


def _stay(reservation: Reservation) -> str:
    return (
        f"{reservation.code} ({reservation.cabin_name}, "
        f"{reservation.check_in:%d/%m} al {reservation.check_out:%d/%m})"
    )


def late_payment_dates_taken(reservation: Reservation, payment_id: str, amount_cents: int) -> str:
    return (
        f"⚠️ Llegó el pago {payment_id} de {pesos(amount_cents)} para {_stay(reservation)}, "
        f"pero la reserva estaba {_status(reservation)} y las fechas ya no están libres. "
        f"Devolvé el pago.{_guest_told(reservation)}"
    )


def payment_for_cancelled(reservation: Reservation, payment_id: str, amount_cents: int) -> str:
    return (
        f"⚠️ Llegó el pago {payment_id} de {pesos(amount_cents)} para {_stay(reservation)}, "
        "que estaba cancelada. No se reactivó: devolvé el pago. Escribile para "
        "coordinar la devolución."
    )


def duplicate_payment(reservation: Reservation, payment_id: str, amount_cents: int) -> str:
    return (
        f"⚠️ Llegó un segundo pago ({payment_id}, {pesos(amount_cents)}) para "
        f"{_stay(reservation)}, que ya estaba confirmada. Devolvelo."
    )


def short_payment(reservation: Reservation, payment_id: str, amount_cents: int) -> str:
    return (
        f"ℹ️ {_stay(reservation)} quedó confirmada con el pago {payment_id} de "
        f"{pesos(amount_cents)}, menos que la seña de {pesos(reservation.deposit_cents)}. "
        f"Al llegar cobrale {pesos(max(reservation.total_cents - amount_cents, 0))}."
    )


def confirmed_stay_cancelled(
    reservation: Reservation, actor: str, reason: str, deposit: tuple[str, int] | None = None
) -> str:
    """`deposit`: (payment id, amount) of the payment that confirmed it, to return. A guest
    who cancels a paid stay is told the team writes about the refund, so the owner is
    asked to, in as many words."""
    text = f"❌ Se canceló la reserva confirmada {_stay(reservation)}{_by(actor)}: {reason}."
    if deposit is not None:
        payment_id, amount_cents = deposit
        text += (
            f"\nTenía la seña paga: {pesos(amount_cents)} (pago {payment_id} de Mercado Pago). "
            "Escribile para coordinar la devolución"
        )
        text += ": le dije que lo contactan por acá." if actor == "guest" else "."
    return text + "\nLas noches quedaron libres."


def _by(actor: str) -> str:
    """Who cancelled, in the owner's words. The audit's actor ids ("guest",
    "admin:…", "system:…") are not shown; the guest's case needs no note, as the
    reason says so."""
    if actor.startswith("admin"):
        return " desde la administración"
    if actor.startswith("system"):
        return " automáticamente"
    return ""


def _guest_told(reservation: Reservation) -> str:
    """A WhatsApp guest got the bot's notice that the payment is returned to them."""
    if reservation.channel != "whatsapp" or not reservation.guest_phone:
        return ""
    return " Ya le avisé al huésped que se le devuelve."


def _status(reservation: Reservation) -> str:
    return {"expired": "vencida", "cancelled": "cancelada"}.get(reservation.status, "inactiva")


# What a durable guest notice told (its Notifier event), in the owner's words.
_UNREACHABLE_ABOUT = {
    "cancelled_by_owner": "que cancelaste la reserva",
    "payment_mismatch": "que su pago no confirmó la reserva",
    "payment_confirmed": "que su pago llegó y la reserva quedó confirmada",
    "late_payment_refused": "que su pago llegó tarde y se le devuelve",
}


def guest_unreachable(reservation: Reservation, event: str, *, outside_window: bool) -> str:
    """WhatsApp refused a notice the guest must get (most often days after their last
    message: only templates go then): the owner calls. Sent with the reservation, so the
    guest's name and full number follow."""
    what = _UNREACHABLE_ABOUT.get(event, "lo de la reserva")
    why = (
        "pasaron más de 24 h desde su último mensaje y WhatsApp no deja escribirle"
        if outside_window
        else "WhatsApp rechazó el mensaje"
    )
    return (
        f"⚠️ No pude avisarle al huésped {what} {_stay(reservation)}: {why}. "
        "Llamalo por teléfono, por favor."
    )
