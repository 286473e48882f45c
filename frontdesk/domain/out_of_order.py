"""Rooms out of order: a space the desk must not give to a guest until a set time, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.errors import Conflict
from frontdesk.domain.words import say


@dataclass(frozen=True)
class OutOfOrder:
    """A space taken out of service from `since` until `until` (half-open), for `reason`."""

    space_id: str
    reason: str
    since: datetime
    until: datetime

    def in_effect(self, now: datetime) -> bool:
        return self.since <= now < self.until

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        """Whether a stay from `starts_at` to `ends_at` would fall in the time the room is out."""
        return self.since < ends_at and starts_at < self.until


class RoomOutOfOrder(Conflict):
    """A check-in or move would put guests in a room that is out of order for (part of) their dates.

    `detail["out_of_order"]` names each such room, its reason and until when, so the GUI can say it
    in its own words."""

    title = say("Room is out of order.")
    hint = say("Pick another room, or put the room back in order first if it is ready.")


class RoomHoldsAStay(Conflict):
    """A room cannot be taken out of order while a stay holds it for part of that time."""

    title = say("Room holds a stay in that time.")
    hint = say("Move the guests to another room or change the dates first, or choose an earlier 'until'.")
