"""Demo cabins for `make run` and `make chat`: San Martín de los Andes, Neuquén.

Seeded only into an empty database, so an owner's real data is never touched.
Prices are integer centavos; seasons cover the coming summer high season and
winter holidays, computed from today so the demo never goes stale.
"""

from __future__ import annotations

import datetime as dt
import json

import asyncpg

ADDRESS = "Av. Costanera 1450, San Martín de los Andes, Neuquén"
MAPS = "https://maps.google.com/?q=-40.1572,-71.3524"

CABINS = [
    {
        "slug": "lago-lacar",
        "name": "Cabaña Lago Lácar",
        "capacity": 2,
        "base": 65_000_00,
        "weekend": 80_000_00,
        "min_nights": 2,
        "description": "Cabaña para dos con vista al lago, hogar a leña y deck.",
        "amenities": ["wifi", "hogar a leña", "deck con vista al lago", "ropa de cama y toallas"],
    },
    {
        "slug": "cerro-chapelco",
        "name": "Cabaña Cerro Chapelco",
        "capacity": 4,
        "base": 95_000_00,
        "weekend": 115_000_00,
        "min_nights": 2,
        "description": "Dos dormitorios, living con hogar y parrilla propia.",
        "amenities": ["wifi", "parrilla", "hogar a leña", "cocina equipada", "smart TV"],
    },
    {
        "slug": "bosque-quila",
        "name": "Cabaña Bosque de Quila",
        "capacity": 6,
        "base": 140_000_00,
        "weekend": 165_000_00,
        "min_nights": 3,
        "description": "Tres dormitorios entre coihues, quincho y jardín cerrado.",
        "amenities": ["wifi", "quincho con parrilla", "jardín cerrado", "lavarropas", "cochera"],
    },
]

HOUSE_RULES = {
    "pets": "Aceptamos mascotas chicas y medianas con aviso previo 🐶 (no en la cama, porfa).",
    "wifi": "Hay wifi por fibra en todas las cabañas; la clave está en la heladera.",
    "parking": "Cada cabaña tiene su lugar de estacionamiento techado, gratis.",
    "smoking": "No se fuma dentro de las cabañas; afuera hay ceniceros.",
    "location": ADDRESS,
    "directions": "Desde el centro, tomá la Costanera hacia el lago; estamos a 800 m del muelle.",
}


def _seasons(today: dt.date) -> list[tuple[str, dt.date, dt.date, float, int]]:
    """(name, starts_on, ends_on, price multiplier, min nights) for the next year."""
    seasons = []
    for year in (today.year - 1, today.year, today.year + 1):
        summer = (
            "Temporada alta de verano",
            dt.date(year, 12, 15),
            dt.date(year + 1, 3, 1),
            1.4,
            3,
        )
        winter = (
            "Vacaciones de invierno",
            dt.date(year + 1, 7, 10),
            dt.date(year + 1, 8, 1),
            1.3,
            3,
        )
        for season in (summer, winter):
            if season[2] > today:
                seasons.append(season)
    return seasons


async def seed_demo(conn: asyncpg.Connection, today: dt.date | None = None) -> bool:
    """Insert the demo cabins when there are none; True when something was seeded."""
    today = today or dt.date.today()
    async with conn.transaction():
        if await conn.fetchval("SELECT EXISTS (SELECT 1 FROM accommodations)"):
            return False
        for cabin in CABINS:
            cabin_id = await conn.fetchval(
                """INSERT INTO accommodations (slug, name, capacity, base_price_cents,
                       weekend_price_cents, min_nights, description, address, maps_url,
                       amenities, house_rules)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)
                   RETURNING id""",
                cabin["slug"],
                cabin["name"],
                cabin["capacity"],
                cabin["base"],
                cabin["weekend"],
                cabin["min_nights"],
                cabin["description"],
                ADDRESS,
                MAPS,
                json.dumps(cabin["amenities"]),
                json.dumps(HOUSE_RULES),
            )
            for name, starts, ends, factor, min_nights in _seasons(today):
                await conn.execute(
                    """INSERT INTO seasons (accommodation_id, name, starts_on, ends_on,
                           nightly_price_cents, min_nights)
                       VALUES ($1, $2, $3, $4, $5, $6)""",
                    cabin_id,
                    name,
                    starts,
                    ends,
                    round(int(cabin["base"]) * factor, -2),
                    min_nights,
                )
    return True
