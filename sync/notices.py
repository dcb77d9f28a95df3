"""What the owner reads on WhatsApp about an iCal conflict (a possible double booking).

Owner-facing, not guest-facing: Spanish (voseo), read on a phone. Each notice says
where and when, whose stay it collides with (name and full number, to call them),
what the system did (nothing cancelled) and the exact admin call that closes it.
"""

from __future__ import annotations

import datetime as dt

from sync.models import NewConflict

SOURCE_NAMES = {"airbnb": "Airbnb", "booking": "Booking.com", "other": "otro calendario"}
# How the colliding stay came in, as the owner calls it.
CHANNEL_NAMES = {
    "whatsapp": "por WhatsApp",
    "owner": "un bloqueo tuyo",
    "admin": "cargada a mano",
    "airbnb": "de Airbnb",
    "booking": "de Booking.com",
    "other": "de otro calendario",
}
STATUS_NAMES = {"pre_reserved": "esperando la seña", "confirmed": "confirmada"}
CONFLICTS_PATH = "/api/v1/admin/conflicts"


def _span(check_in: dt.date, check_out: dt.date) -> str:
    return f"del {check_in:%d/%m} al {check_out:%d/%m/%Y}"


def conflict_notice(cabin_name: str, source: str, conflict: NewConflict) -> str:
    stay, other = conflict.stay, conflict.overlap
    channel = SOURCE_NAMES.get(source, source)
    what = f" («{stay.summary}»)" if stay.summary else ""
    text = (
        f"⚠️ *Posible doble reserva* en {cabin_name}\n"
        f"{channel} ocupa {_span(stay.check_in, stay.check_out)}{what}"
    )
    if other is not None:
        how = CHANNEL_NAMES.get(other.channel, other.channel)
        state = STATUS_NAMES.get(other.status, other.status)
        who = ""
        if other.guest_phone:
            who = f" de {other.guest_name + ' ' if other.guest_name else ''}"
            who += f"(+{other.guest_phone.lstrip('+')})"
        text += (
            f" y se pisa con la reserva {other.code} ({state}, {how}, "
            f"{_span(other.check_in, other.check_out)}){who}."
        )
    else:
        text += ", noches que ya estaban ocupadas."
    return text + (
        "\nNo cancelé nada: esa reserva sigue en pie y las noches libres del evento quedaron "
        f"bloqueadas. Arreglalo en {channel} o con el huésped y después marcalo resuelto: "
        f"POST {CONFLICTS_PATH}/{conflict.id}/resolve"
        ' con {"resolution": "qué hiciste"}'
    )


def more_conflicts_notice(cabin_name: str, source: str, more: int) -> str:
    channel = SOURCE_NAMES.get(source, source)
    which = "otro conflicto" if more == 1 else f"otros {more} conflictos"
    return (
        f"⚠️ Y hay {which} de calendario en {cabin_name} con {channel}. "
        f"Miralos todos en GET {CONFLICTS_PATH}"
    )


def feed_failing_notice(
    cabin_name: str, source: str, feed_id: int, accommodation_id: int, hours: int
) -> str:
    """A channel's calendar unread for a while: what it puts at risk and how to fix it."""
    channel = SOURCE_NAMES.get(source, source)
    since = "hace más de 1 hora" if hours <= 1 else f"hace más de {hours} horas"
    return (
        f"⚠️ No puedo leer el calendario de {channel} de {cabin_name} {since}. Mientras "
        f"tanto, lo que se reserve en {channel} no se bloquea acá: puede haber doble reserva. "
        f"Revisá que el link de exportación de {channel} siga siendo el mismo; si cambió, "
        f'cargalo con PATCH /api/v1/admin/feeds/{feed_id} con {{"url": "el link nuevo"}}. '
        f"El detalle del error: GET /api/v1/admin/accommodations/{accommodation_id}/feeds"
    )


def feed_back_notice(cabin_name: str, source: str) -> str:
    channel = SOURCE_NAMES.get(source, source)
    return (
        f"✅ El calendario de {channel} de {cabin_name} se volvió a leer bien: lo que se "
        f"reserve en {channel} se bloquea acá otra vez. No tenés que hacer nada."
    )
