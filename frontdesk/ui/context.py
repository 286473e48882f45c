"""What every screen and dialog needs to know about the desk, loaded once and refreshed after changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from frontdesk.domain.model import CredentialKind, ReservationStatus
from frontdesk.services.stays.views import EntranceView, RackRow, ReservationView, RoomState
from frontdesk.ui.table_models import state_text, when

if TYPE_CHECKING:  # the window is made before the application on the quick start (ui/start.py)
    from frontdesk.services.bootstrap import App
    from frontdesk.ui.forms import RoomChoice


@dataclass(frozen=True)
class StayRef:
    """A stay as the workflow dialogs need it, read fresh from the database when a dialog opens."""

    reservation_key: str
    status: ReservationStatus
    door_set: tuple[str, ...]
    guest_names: tuple[str, ...]
    starts_at: datetime
    ends_at: datetime
    grant_doors: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_reservation(cls, r: ReservationView) -> StayRef:
        live = r.live_grants or r.grants
        return cls(
            r.reservation_key,
            r.status,
            r.entrance_ids,
            tuple(g.user_name for g in live),
            min(g.starts_at for g in live),
            max(g.ends_at for g in live),
            tuple(g.entrance_ids for g in live),
        )


@dataclass
class DeskContext:
    """The application's services plus the property's doors and the last room rack read."""

    app: App
    time_zone: str = "UTC"
    property_name: str = ""
    entrances: list[EntranceView] = field(default_factory=list)
    rack: list[RackRow] = field(default_factory=list)

    def space_of(self, entrance_id: str) -> str:
        for e in self.entrances:
            if e.entrance_id == entrance_id:
                return e.space
        return entrance_id

    def rooms_of(self, entrance_ids: tuple[str, ...] | list[str]) -> list[str]:
        """The spaces (rooms) these doors belong to, in order, each once."""
        return list(dict.fromkeys(self.space_of(d) for d in entrance_ids))

    def door_name(self, entrance_id: str) -> str:
        """A door's name; a space's (a suite's) when the id is a space's; else the id itself."""
        for e in self.entrances:
            if e.entrance_id == entrance_id:
                return e.name
        for space in self.rack:
            if space.space_id == entrance_id:
                return space.name
        return entrance_id

    def room_choices(self) -> list[RoomChoice]:
        """Spaces with reservation doors, each with a word on who is in it now."""
        # The dialogs' form widgets load with the first dialog, not with the window (ui/start.py).
        from frontdesk.ui.forms import RoomChoice

        doors: dict[str, list[str]] = {}
        names: dict[str, str] = {}
        for e in self.entrances:
            if e.can_belong_to_reservation:
                doors.setdefault(e.space_id, []).append(e.entrance_id)
                names[e.space_id] = e.space
        states = {r.space_id: r for r in self.rack}
        out = []
        for space_id in sorted(doors, key=lambda s: names[s]):
            rack = states.get(space_id)
            note = ""
            if rack is not None and rack.state is not RoomState.FREE:
                # The state and until when first: on a narrow list the names are what gets cut.
                note = state_text(rack.state)
                if rack.ends_at is not None:
                    note += f" → {when(rack.ends_at, self.time_zone)}"
                if rack.guest_names:
                    note += f": {', '.join(rack.guest_names)}"
                if rack.out_of_order_reason is not None:
                    note = f"{state_text(rack.state)}: {rack.out_of_order_reason}"
                    note += f" → {when(rack.out_of_order_until, self.time_zone)}"
            out.append(RoomChoice(names[space_id], tuple(sorted(doors[space_id])), note))
        return out

    def common_doors(self) -> list[EntranceView]:
        """Card doors outside reservations that a guest may also get (lobby, gym, pool...)."""
        return [e for e in self.entrances if not e.can_belong_to_reservation and e.takes(CredentialKind.CARD)]

    def keypad_doors(self) -> list[EntranceView]:
        """Doors that open with a PIN (online or offline keypads), in the order the property lists them."""
        return [
            e
            for e in self.entrances
            if e.takes(CredentialKind.ONLINE_PIN) or e.takes(CredentialKind.OFFLINE_PIN)
        ]
