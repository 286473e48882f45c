"""Errors every layer shows the same way: an HTTP-style status, a title and a hint.

The titles of the reservation rules are part of the contract (README.md, "The rules the desk
enforces"): the GUI, the command line and the logs print them word for word.
"""

from __future__ import annotations

from typing import Any

from frontdesk.domain.words import say


class FrontDeskError(Exception):
    """An error a person can act on: `title` says what went wrong, `hint` how to fix it."""

    status: int = 400
    title: str = say("Something went wrong.")
    hint: str = say("Try again; if it keeps happening, ask your IT contact.")

    def __init__(
        self,
        title: str | None = None,
        hint: str | None = None,
        *,
        status: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        if title is not None:
            self.title = title
        if hint is not None:
            self.hint = hint
        if status is not None:
            self.status = status
        self.detail = dict(detail or {})
        super().__init__(self.title)

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"status": self.status, "title": self.title, "hint": self.hint}
        if self.detail:
            body["detail"] = self.detail
        return body


class InvalidInput(FrontDeskError):
    status = 400


class NotFound(FrontDeskError):
    status = 404


class Conflict(FrontDeskError):
    status = 409


class Unavailable(FrontDeskError):
    """A part outside the program (reader, keyring, provider, database) cannot be used now."""

    status = 503


# What the GUI and the command line show for a failure nobody foresaw (its traceback goes to the log).
UNEXPECTED = FrontDeskError(
    say("Unexpected error."),
    say(
        "Nothing half-written was kept. Try again; if it happens again, send the log file to your IT contact."
    ),
    status=500,
)


# --- The reservation rules (reference: reservations-override-joiner) -------------------------


class ReservationKeyNotSupported(InvalidInput):
    title = say("reservation_key not supported.")
    hint = say("Remove the reservation key, or include at least one door that takes part in reservations.")


class ReservationKeyRequired(InvalidInput):
    title = say("reservation_key required for guest cards.")
    hint = say(
        "Give a reservation key when issuing guest access to these doors (check-in makes one for you)."
    )


class EntranceChangeRequiresCleanup(Conflict):
    title = say("Reservation entrance change requires cleanup.")
    hint = say(
        "Use 'move room' (frontdesk reservations move KEY --entrance ...), or delete the "
        "reservation's grants first and then issue them again with the new doors."
    )


class JoinerEntranceSetConflict(Conflict):
    title = say("Reservation joiner entrance set conflict.")
    hint = say(
        "A guest added to a stay may get the same doors or fewer; to add a room, move the reservation."
    )


class TimeFramesMustOverlap(Conflict):
    title = say("Reservation time frames must overlap.")
    hint = say("Change the dates so they overlap the stay, or use a new reservation key for a separate stay.")


class StaffReservationKey(InvalidInput):
    title = say("Staff access never carries a reservation key.")
    hint = say("Leave out the reservation key for staff; staff cards neither override nor get overridden.")


class RoomOccupied(Conflict):
    """A check-in or move would take a room from a stay whose dates overlap the new ones.

    `detail["occupied"]` names each such stay (key, guests, rooms, until when) so the GUI can ask
    first, in its own words; the command line takes the room with `--override`.
    """

    title = say("Room is occupied.")
    hint = say(
        "Another stay holds this room for these dates; check the room, or pass --override to take it over."
    )
