"""Session 23, the lead's own probes: whole chats whose replies were wrong.

Real PostgreSQL and Redis, demo cabins: Lago Lácar for 2, Cerro Chapelco for 4, Bosque de
Quila for 6. The demo's seasons: "Temporada alta de verano", nights 15/12 → 28/02, and
"Vacaciones de invierno", nights 10/07 → 31/07.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot import nlu_dates
from bot import replies as R
from bot.states import State
from tests.conversation_support import Guest, ddmm, hold_quiet_stay, quiet_stay, text_of


def _stay() -> str:
    """A quiet stay the three demo cabins are free on: "del 1/3 al 4/3"."""
    check_in, check_out = quiet_stay(nights=3)
    return f"del {ddmm(check_in)} al {ddmm(check_out)}"


# ------------------------------------------- "¿en enero sube?": a month's price compared

# Whether a month's nights cost more (or the same) is answered for that month, from the
# seasons in the cabins' data; it asked which days of January, and the question was lost.
WHOLE_SEASON = [
    "en enero sube?",
    "y en enero sube el precio?",
    "en enero es mas caro?",
    "los precios de enero son mas altos??",
    "febrero sale mas caro? 🤔",
    "en febrero aumentan los precios?",
    "los precios de enero son iguales?",
    "en enero es temporada alta?",
]


@pytest.mark.parametrize("text", WHOLE_SEASON)
async def test_a_month_inside_a_season_is_said_so(app, text: str) -> None:
    guest = Guest(app)
    answer = text_of(await guest.say(text))
    month = "enero" if "enero" in text else "febrero"
    assert f"Todo {month} cae en *Temporada alta de verano*" in answer, answer
    assert "(noches del 15 de diciembre al 28 de febrero)" in answer  # the season's own
    assert "$ 91.000" in answer  # the season's night, by cabin
    assert "Qué días" not in answer
    assert await guest.state() == State.IDLE


@pytest.mark.parametrize(
    "text", ["aumenta en diciembre?", "en diciembre es mas caro?", "diciembre es temporada alta?"]
)
async def test_a_month_partly_in_a_season_gives_the_nights_that_are(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert (
        "En diciembre, las noches del 15 al 31 de diciembre caen en *Temporada alta de verano*"
        " y salen más" in answer
    ), answer


@pytest.mark.parametrize(
    "text", ["en marzo es mas caro?", "en marzo sube?", "marzo es temporada alta?"]
)
async def test_a_month_outside_every_season_is_the_usual_price(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Marzo no cae en ninguna temporada" in answer, answer


async def test_a_month_compared_with_the_cabins_listed_goes_back_to_the_list(app) -> None:
    guest = Guest(app)
    await guest.say("hola, tienen lugar del 2 al 5 de marzo para 2?")
    assert await guest.state() == State.CHOOSE_CABIN
    answer = text_of(await guest.say("y en enero es mas caro?"))
    assert "Todo enero cae en *Temporada alta de verano*" in answer, answer
    assert "Pasame las fechas" not in answer  # the list on screen is what comes next
    assert await guest.state() == State.CHOOSE_CABIN  # the list stays where it was


@pytest.mark.parametrize(
    "text", ["queremos ir en enero", "cuanto sale en enero?", "tienen lugar en enero?"]
)
async def test_a_month_wanted_still_asks_for_its_days(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Qué días de enero" in answer, answer
    assert "cae en" not in answer


# --------------------------------- the beds and the phone signal, which no data describes

# "¿Las camas son matrimoniales?" got each cabin's size alone, as if the beds were answered.
BEDS = [
    "las camas son matrimoniales?",
    "que tipo de camas tienen?",
    "hay cuchetas? 🛏️",
    "cuantas camas tiene la de 4?",
    "la cama es king o queen?",
]


@pytest.mark.parametrize("text", BEDS)
async def test_the_beds_asked_are_said_not_to_be_in_the_data(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Cómo son las camas no lo tengo en la info" in answer, answer
    assert "hablar con una persona" in answer
    assert "hasta 4 personas" in answer  # what the data does say: who fits


@pytest.mark.parametrize("text", ["cuantas personas entran en la de 4?", "hay ropa de cama?"])
async def test_who_fits_and_the_linens_are_no_beds_question(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "camas no lo tengo" not in answer, answer


# "¿Hay señal de celular?" got the wifi alone, as if the phone's signal were answered.
SIGNAL = [
    "hay señal de celular?",
    "llega la señal del celu?",
    "agarra señal el telefono alla?",
    "hay senal de movil",
    "tiene señal 4g?",
]


@pytest.mark.parametrize("text", SIGNAL)
async def test_the_phone_signal_is_said_not_to_be_in_the_data_beside_the_wifi(
    app, text: str
) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "La señal del celular no la tengo en la info" in answer, answer
    assert "wifi" in answer  # what the data does say


@pytest.mark.parametrize("text", ["anda bien la señal del wifi?", "hay señal de wifi?"])
async def test_the_wifi_s_signal_is_the_wifi(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "celular" not in answer and "wifi" in answer, answer


# ------------------------------------------ "¿cuál tiene más lugar?": the cabins by size

# The biggest (or smallest) cabin asked for: "no lo tengo en mi info", or every cabin side
# by side, when the data has how many each sleeps.
BIGGEST = [
    "cual es la mas grande?",
    "cual tiene mas lugar?",
    "cual es mas espaciosa?",
    "que cabaña es mas amplia??",
    "la mas grande cual es?",
    "cual tiene mas espacio 🤔",
]


@pytest.mark.parametrize("text", BIGGEST)
async def test_the_biggest_listed_cabin_is_named_and_dale_takes_it(app, text: str) -> None:
    guest = Guest(app)
    await guest.say(f"hola, para 2 {_stay()}")
    answer = text_of(await guest.say(text))
    assert "La más grande es la *Cabaña Bosque de Quila*" in answer, answer
    assert "hasta 6 personas" in answer and "hasta 2 personas" in answer  # the others too
    assert await guest.state() == State.CHOOSE_CABIN
    summary = text_of(await guest.say("dale"))
    assert "Bosque de Quila" in summary and await guest.state() == State.CONFIRM_HOLD


@pytest.mark.parametrize("text", ["cual es la mas chica?", "cual tiene menos lugar?"])
async def test_the_smallest_listed_cabin_is_named(app, text: str) -> None:
    guest = Guest(app)
    await guest.say(f"hola, para 2 {_stay()}")
    answer = text_of(await guest.say(text))
    assert "La más chica es la *Cabaña Lago Lácar*" in answer, answer


@pytest.mark.parametrize("text", [*BIGGEST[:4], "cual de las cabañas es la mas grande?"])
async def test_the_biggest_cabin_asked_first_is_named(app, text: str) -> None:
    guest = Guest(app)
    answer = text_of(await guest.say(text))
    assert "La más grande es la *Cabaña Bosque de Quila*" in answer, answer
    assert await guest.state() == State.IDLE


async def test_the_biggest_wanted_is_still_a_pick(app) -> None:
    guest = Guest(app)
    await guest.say(f"hola, para 2 {_stay()}")
    await guest.say("quiero la mas grande")
    assert await guest.state() == State.CONFIRM_HOLD


# ------------------------------------ getting there: the road, buses, an electric car's charge

# "¿El camino es de ripio?", "¿hay colectivo que llegue?" got the address and directions as
# if answered; the data says neither, so that comes first, with the owner to ask.
ACCESS = [
    ("el camino es de ripio?", "Cómo es el camino"),
    ("se llega en auto normal o hace falta 4x4?", "Cómo es el camino"),
    ("que tal esta el acceso? mi auto es bajito", "Cómo es el camino"),
    ("hay colectivo que llegue?", "Si llega transporte público o un remís"),
    ("se puede llegar en bondi desde el centro?", "Si llega transporte público o un remís"),
    ("se puede ir en remis desde la terminal?", "Si llega transporte público o un remís"),
    ("hay donde cargar el auto electrico?", "Dónde cargar un auto eléctrico"),
]


@pytest.mark.parametrize(("text", "unknown"), ACCESS)
async def test_what_the_directions_do_not_say_is_said_first(app, text: str, unknown: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert f"{unknown} no lo tengo en la info" in answer, answer
    assert "hablar con una persona" in answer and "Av. Costanera 1450" in answer
    assert answer.index(unknown) < answer.index("Av. Costanera 1450")  # said first


@pytest.mark.parametrize("text", ["como llego?", "donde quedan?", "me pasas la direccion"])
async def test_the_way_there_asked_is_the_directions_alone(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Av. Costanera 1450" in answer and "no lo tengo" not in answer, answer


# ------------------------------------------------------- the weather, which no data says

# "¿Hace frío en marzo?" asked which days of March, "¿va a hacer calor el finde?" searched the
# weekend: the weather asked is said not to be known here, with the owner, and nothing else.
WEATHER = [
    "hace frio en marzo?",
    "como es el clima en julio?",
    "llueve mucho en abril?",
    "que temperatura hace en enero??",
    "hay mucho viento?",
    "va a hacer calor el finde?",
    "nieva en agosto? ❄️",
]


@pytest.mark.parametrize("text", WEATHER)
async def test_the_weather_asked_is_said_not_to_be_known_here(app, text: str) -> None:
    guest = Guest(app)
    answer = text_of(await guest.say(text))
    assert "Del clima no tengo info por acá" in answer, answer
    assert "hablar con una persona" in answer and "Qué días" not in answer
    assert await guest.state() == State.IDLE


async def test_the_weather_asked_mid_booking_keeps_the_step(app) -> None:
    guest = Guest(app)
    await guest.say(f"hola, tienen lugar {_stay()}?")
    assert await guest.state() == State.ASK_GUESTS
    answer = text_of(await guest.say("y en esa fecha hace frio?"))
    assert "Del clima no tengo info por acá" in answer, answer
    assert "cuántas personas" in answer  # and where we were
    assert await guest.state() == State.ASK_GUESTS


@pytest.mark.parametrize(
    "text", ["hace frio en la cabaña?", "tienen lugar el finde? va a hacer calor?"]
)
async def test_heating_and_a_stay_asked_are_not_the_weather(app, text: str) -> None:
    answer = text_of(await Guest(app).say(text))
    assert "Del clima" not in answer, answer


# ------------------------------- "me equivoqué de fechas, era del 2 al 5" with a hold waiting

# A correction of the held stay's dates searched the new ones and kept the hold on the
# wrong nights ("sigue guardada… escribí cancelar reserva"); a word for moving it did not
# come with it. A correction moves the hold, as "¿la podemos correr al 2?" does.
CORRECTED = [
    "uy me equivoque de fechas, era del {a} al {b}",
    "perdon me confundi, en realidad es del {a} al {b}",
    "quise decir del {a} al {b} 🙈",
    "ay no, era del {a} al {b}",
]


@pytest.mark.parametrize("text", CORRECTED)
async def test_a_waiting_hold_s_dates_corrected_move_it(app, db, text: str) -> None:
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    start, end = quiet_stay(nights=3)
    later = (start + dt.timedelta(days=1), end + dt.timedelta(days=1))
    answer = text_of(await guest.say(text.format(a=ddmm(later[0]), b=ddmm(later[1]))))
    assert f"Cambié tu reserva *{code}*" in answer, answer
    stay = await db.fetchrow("SELECT check_in, check_out FROM reservations WHERE code = $1", code)
    assert (stay["check_in"], stay["check_out"]) == later
    assert await guest.state() == State.AWAIT_PAYMENT


async def test_another_stay_told_with_a_hold_waiting_is_still_a_search(app, db) -> None:
    guest = Guest(app)
    code = await hold_quiet_stay(guest)
    start, _ = quiet_stay(nights=3)
    other = (start + dt.timedelta(days=20), start + dt.timedelta(days=23))
    await guest.say(f"y para otra escapada del {ddmm(other[0])} al {ddmm(other[1])}?")
    stay = await db.fetchval("SELECT check_in FROM reservations WHERE code = $1", code)
    assert stay == start  # the hold untouched


# ----------------------------------------- "el finde largo de diciembre": which days it is

# "El finde largo de <mes>" stays that month alone (round 6's decision, held by the NLU
# tables), and the bot asked "¿qué días de diciembre?" with a made-up example. The month's
# long weekends, from the holidays table, are now the example to take.


def _months_ahead() -> list[tuple[int, int]]:
    first = today_of_app()
    return [((first.month - 1 + k) % 12 + 1, first.year + (first.month - 1 + k) // 12)
            for k in range(1, 12)]  # fmt: skip


def today_of_app() -> dt.date:
    from tests.conversation_support import today

    return today()


async def test_a_month_s_long_weekend_asked_is_offered_by_its_days(app) -> None:
    month, year = next(m for m in _months_ahead() if nlu_dates.long_weekends_in(*m[::-1]))
    arrival, departure = nlu_dates.long_weekends_in(year, month)[0]
    name = R.MONTHS[month - 1]
    for text in (
        f"queria consultar para el finde largo de {name}",
        f"hay lugar el finde largo de {name}? somos 2",
        # Session 24: read from the NLU, so its other words for it count too.
        f"tienen algo para el feriado largo de {name}?",
        f"fines de semana largos de {name.upper()} hay lugar?",
    ):
        guest = Guest(app)
        answer = text_of(await guest.say(text))
        assert f"de {name} " in answer and "finde" in answer, answer
        assert f"del {R.day(arrival)} al {R.day(departure)}" in answer, answer
        # The example the guest can send back books that very stay.
        example = answer.split("*")[1]
        said = text_of(await guest.say(example))
        assert f"del {R.day(arrival)} al {R.day(departure)}" in said.replace("Del", "del"), said


async def test_a_month_without_a_long_weekend_says_so(app) -> None:
    month, _year = next(m for m in _months_ahead() if not nlu_dates.long_weekends_in(*m[::-1]))
    name = R.MONTHS[month - 1]
    answer = text_of(await Guest(app).say(f"tienen para el finde largo de {name}?"))
    assert f"En {name} no me queda ningún finde largo" in answer, answer
