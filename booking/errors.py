"""What can go wrong when booking, as one exception tree.

    BookingError
    ├── DatesUnavailable      the nights are taken (the EXCLUDE constraint said no)
    ├── InvalidStay           the stay breaks a rule (.reason says which)
    ├── CabinNotFound         no such accommodation
    ├── ReservationNotFound   no reservation with that code
    ├── InvalidTransition     the reservation's status does not allow that change
    └── InvalidCabin          an accommodation edit breaks a rule (.conflict: slug taken)

asyncpg's constraint errors never leave booking/: the repository edge turns
them into these.
"""

from __future__ import annotations


class BookingError(Exception):
    """Base of every booking error."""


class DatesUnavailable(BookingError):
    """The cabin is already held or booked for some of those nights."""

    def __init__(self, message: str = "Those dates are taken", *, cabin_id: int | None = None):
        super().__init__(message)
        self.cabin_id = cabin_id


class InvalidStay(BookingError):
    """A stay that no booking may have.

    `reason` is a stable string the bot switches on:
    "bad_range" (check-out not after check-in), "past" (check-in before today
    in the property's timezone), "too_long" (over the maximum stay),
    "min_nights" (shorter than the cabin's or season's minimum; see
    `.min_nights`), "capacity" (more guests than the cabin sleeps; see
    `.capacity`), "guests" (fewer than one guest), "inactive" (cabin not
    bookable).
    """

    def __init__(
        self,
        reason: str,
        message: str | None = None,
        *,
        min_nights: int | None = None,
        capacity: int | None = None,
        max_nights: int | None = None,
    ) -> None:
        super().__init__(message or reason)
        self.reason = reason
        self.min_nights = min_nights
        self.capacity = capacity
        self.max_nights = max_nights


class CabinNotFound(BookingError):
    def __init__(self, cabin_id: int) -> None:
        super().__init__(f"No accommodation with id {cabin_id}")
        self.cabin_id = cabin_id


class ReservationNotFound(BookingError):
    def __init__(self, code: str) -> None:
        super().__init__(f"No reservation with code {code!r}")
        self.code = code


class InvalidTransition(BookingError):
    """E.g. cancelling a stay that already expired, extending a confirmed one."""

    def __init__(self, code: str, status: str, wanted: str) -> None:
        super().__init__(f"Reservation {code} is {status}; it cannot become {wanted}")
        self.code = code
        self.status = status
        self.wanted = wanted


class InvalidCabin(BookingError):
    """An admin edit of a cabin that cannot be stored (overlapping seasons, slug taken)."""

    def __init__(self, message: str, *, conflict: bool = False) -> None:
        super().__init__(message)
        self.conflict = conflict
