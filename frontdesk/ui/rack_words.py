"""What a room's tile says: its floor, its state as a receptionist names it, colour, icon and words.

The rack's RoomState says who holds the room; the desk reads more into it at a glance: a stay that
starts today is an arrival, one that ends today is due out, a stay past its end is overdue, and a
room with cards to re-encode or a PIN problem needs attention whatever its state. Every word here
goes through the translation system (`tr`).
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from frontdesk.services.stays.views import RackRow, RoomState
from frontdesk.ui.dates import local_format

_WORDS: dict[str, str] = {}


def tr(text: str) -> str:
    """Translated once per text until `forget_words` (each reload): a 2,000-tile rack asks for the
    same few words thousands of times, and each translation lookup costs a call into Qt."""
    word = _WORDS.get(text)
    if word is None:
        word = _WORDS[text] = QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""
    return word


def forget_words() -> None:
    """After a language change (and on every reload): translate the words afresh."""
    _WORDS.clear()


class TileState(enum.Enum):
    """A room's state on its tile (more precise than RoomState: today's arrivals and departures)."""

    FREE = "free"
    ARRIVING = "arriving"
    RESERVED = "reserved"
    IN_HOUSE = "in_house"
    DUE_OUT = "due_out"  # leaves today
    OVERDUE = "overdue"  # past its end, not checked out
    OVERRIDE_PENDING = "override_pending"
    OUT_OF_ORDER = "out_of_order"


# Background, text colour and icon per state: the icon and the word carry it for who sees no colour.
TILE_LOOK: dict[TileState, tuple[str, str, str]] = {
    TileState.FREE: ("#ffffff", "#1b5e20", "○"),
    TileState.ARRIVING: ("#e3f5e1", "#1b5e20", "→"),
    TileState.RESERVED: ("#f1f1f1", "#37474f", "◔"),
    TileState.IN_HOUSE: ("#dcecfb", "#0d47a1", "●"),
    TileState.DUE_OUT: ("#e6dcf5", "#4a148c", "←"),
    TileState.OVERDUE: ("#f3d9f0", "#880e4f", "⌛"),
    TileState.OVERRIDE_PENDING: ("#fff1c2", "#6d4c00", "⇄"),
    TileState.OUT_OF_ORDER: ("#d0d0d0", "#212121", "✖"),
}
ATTENTION_COLOUR = "#c62828"


def state_word(state: TileState) -> str:
    return {
        TileState.FREE: tr("Free"),
        TileState.ARRIVING: tr("Arriving"),
        TileState.RESERVED: tr("Reserved"),
        TileState.IN_HOUSE: tr("In house"),
        TileState.DUE_OUT: tr("Due out"),
        TileState.OVERDUE: tr("Overdue"),
        TileState.OVERRIDE_PENDING: tr("Override pending"),
        TileState.OUT_OF_ORDER: tr("Out of order"),
    }[state]


def tile_state(row: RackRow, today: date, zone: ZoneInfo) -> TileState:
    if row.state is RoomState.OUT_OF_ORDER:
        return TileState.OUT_OF_ORDER
    if row.state is RoomState.OVERRIDE_PENDING:
        return TileState.OVERRIDE_PENDING
    if row.state is RoomState.DUE_OUT:
        return TileState.OVERDUE
    if row.state is RoomState.RESERVED:
        starts = row.starts_at.astimezone(zone).date() if row.starts_at else None
        return TileState.ARRIVING if starts == today else TileState.RESERVED
    if row.state is RoomState.OCCUPIED:
        ends = row.ends_at.astimezone(zone).date() if row.ends_at else None
        return TileState.DUE_OUT if ends == today else TileState.IN_HOUSE
    return TileState.FREE


def nights_text(row: RackRow, today: date, zone: ZoneInfo) -> str:
    """'2 nights left' for a stay in house, '3 nights' for one to come, 'leaves today'."""
    if row.ends_at is None or row.reservation_key is None:
        return ""
    ends = row.ends_at.astimezone(zone).date()
    starts = row.starts_at.astimezone(zone).date() if row.starts_at else today
    if row.state is RoomState.RESERVED:
        n = (ends - starts).days
        return tr("1 night") if n == 1 else tr("{n} nights").format(n=n)
    if row.state is RoomState.DUE_OUT:
        return tr("was due {time}").format(time=local_format(row.ends_at.astimezone(zone), "%a %H:%M"))
    n = (ends - today).days
    if n <= 0:
        return tr("leaves today") if n == 0 else tr("was due out")
    return tr("1 night left") if n == 1 else tr("{n} nights left").format(n=n)


def attention_words(row: RackRow) -> list[str]:
    """Short words for the tile: cards to re-encode, a PIN problem."""
    out = []
    if row.cards_to_reencode:
        n = len(row.cards_to_reencode)
        out.append(tr("↻ re-encode 1 card") if n == 1 else tr("↻ re-encode {n} cards").format(n=n))
    if row.pin_problems:
        out.append(tr("⚠ PIN problem"))
    return out


_NUMBER = re.compile(r"(\d+)")


OTHER_ROOMS, OTHER_SPACES = 9_999, 10_000


def floor_of(row: RackRow) -> tuple[int, str]:
    """The tile's group: (order, label)."""
    number = floor_number(row.name, row.kind)
    return number, floor_label(number)


@functools.lru_cache(maxsize=65_536)
def floor_number(name: str, kind: str = "guest_room") -> int:
    """Rooms by floor from their number (Room 204 and Suite 201 on floor 2; a four-digit 1204 on
    floor 12); then rooms without a number, then common areas and units. Cached: names stay."""
    if kind in ("common", "unit"):
        return OTHER_SPACES
    found = _NUMBER.search(name)
    if found is None or int(found.group(1)) < 100:
        return OTHER_ROOMS
    return int(found.group(1)) // 100


def floor_label(number: int) -> str:
    if number == OTHER_SPACES:
        return tr("Other spaces")
    if number == OTHER_ROOMS:
        return tr("Other rooms")
    return tr("Floor {n}").format(n=number)


@functools.lru_cache(maxsize=65_536)
def rack_order(name: str, kind: str = "guest_room") -> tuple[int, tuple[Any, ...]]:
    """Floor by floor, then the natural order of names (Room 9 before Room 10). Cached: a reload
    of 2,000 rooms sorts by keys already made."""
    natural = tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold()) for part in re.split(r"(\d+)", name)
    )
    return floor_number(name, kind), natural


@dataclass(frozen=True)
class TileText:
    """Everything painted on one tile, worked out once per reload, when the tile is first painted."""

    state: TileState
    title: str  # the room's name
    state_line: str  # icon and word
    guest: str
    nights: str
    attention: tuple[str, ...]
    doors: int

    @property
    def searchable(self) -> str:
        return " ".join([self.state_line, *self.attention, self.nights]).casefold()


def tile_text(row: RackRow, now: datetime, zone: ZoneInfo) -> TileText:
    today = now.astimezone(zone).date()
    state = tile_state(row, today, zone)
    guest = row.guest_names[0] if row.guest_names else ""
    if len(row.guest_names) > 1:
        guest = tr("{name} +{more}").format(name=guest, more=len(row.guest_names) - 1)
    if state is TileState.OUT_OF_ORDER:
        guest = row.out_of_order_reason or ""
    return TileText(
        state,
        row.name,
        f"{TILE_LOOK[state][2]} {state_word(state)}",
        guest,
        nights_text(row, today, zone) if state is not TileState.OUT_OF_ORDER else _until(row, zone),
        tuple(attention_words(row)),
        len(row.entrance_ids),
    )


def _until(row: RackRow, zone: ZoneInfo) -> str:
    if row.out_of_order_until is None:
        return ""
    return tr("until {when}").format(when=local_format(row.out_of_order_until.astimezone(zone), "%a %d"))
