"""Check in: guests, room(s) or suite, common doors, dates. One stay under one reservation key.

The keys section says how many cards to encode (the encode dialog follows the check-in, card after
card) and which keypad doors get a PIN (the guest's codes are made with the stay).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from frontdesk.domain.commands import CARD_ONLY, CheckIn
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.model import AccessMethod
from frontdesk.domain.stay_times import CHECK_IN_TIME, CHECK_OUT_TIME, arrival_on
from frontdesk.services.results import Change
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.forms import RoomPicker, StayDates, after, qdate

ARRIVAL_TIME = CHECK_IN_TIME  # the property's usual times, shared with the command line
DEPARTURE_TIME = CHECK_OUT_TIME


def guest_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class CheckInDialog(WorkflowDialog):
    """Emits `finished_with(change)` once the stay exists; rule errors stay in the dialog."""

    asks_to_override = True

    def __init__(self, ctx: DeskContext, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Check in"), self.tr("&Check in"), parent)
        self.guests = QPlainTextEdit()
        self.guests.setPlaceholderText(self.tr("One guest per line"))
        self.guests.setAccessibleName(self.tr("Guest names"))
        self.guests.setTabChangesFocus(True)
        self.guests.setFixedHeight(64)
        self.rooms = RoomPicker(ctx.room_choices(), self.tr("Rooms"))

        self.common: list[QCheckBox] = []
        common_row = QHBoxLayout()
        for door in ctx.common_doors():
            box = QCheckBox(door.name)
            box.setAccessibleName(self.tr("Common door {name}").format(name=door.name))
            box.setProperty("entrance_id", door.entrance_id)
            box.setChecked(door.entrance_id == "lobby")
            self.common.append(box)
            common_row.addWidget(box)
        common_row.addStretch(1)

        arrival = arrival_on(now.astimezone(ZoneInfo(ctx.time_zone)).date(), ctx.time_zone, now)  # now
        self.dates = StayDates(
            ctx.time_zone, arrival, after(now, 1, DEPARTURE_TIME, ctx.time_zone), clock=ctx.app.clock
        )
        self.reservation_key = QLineEdit()
        self.reservation_key.setPlaceholderText(self.tr("leave empty for a new key"))
        self.reservation_key.setAccessibleName(self.tr("Reservation key"))

        # Keys: cards to encode after the check-in, and PINs on the keypad doors.
        self.keys_box = QGroupBox(self.tr("Keys"))
        self.keys_form = QFormLayout(self.keys_box)
        self.cards = QSpinBox()
        self.cards.setRange(0, 10)
        self.cards.setValue(1)
        self.cards.setAccessibleName(self.tr("Number of cards"))
        cards_label = QLabel(self.tr("Card&s to encode"))
        cards_label.setBuddy(self.cards)
        self.keys_form.addRow(cards_label, self.cards)
        self.keypads: list[QCheckBox] = []
        keypad_row = QHBoxLayout()
        for door in ctx.keypad_doors():
            box = QCheckBox(door.name)
            box.setAccessibleName(self.tr("PIN for {name}").format(name=door.name))
            box.setProperty("entrance_id", door.entrance_id)
            self.keypads.append(box)
            keypad_row.addWidget(box)
        keypad_row.addStretch(1)
        if self.keypads:
            # A label whose buddy is a check box clicks it on Alt+P, so Alt+P then Space would tick
            # and untick the PIN: the buddy is the row, which only hands the focus to the first box.
            keypad_boxes = QWidget()
            keypad_boxes.setLayout(keypad_row)
            keypad_row.setContentsMargins(0, 0, 0, 0)
            keypad_boxes.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a label hands focus only to these
            keypad_boxes.setFocusProxy(self.keypads[0])
            pins_label = QLabel(self.tr("&PIN for keypads"))
            pins_label.setBuddy(keypad_boxes)
            self.keys_form.addRow(pins_label, keypad_boxes)
        self.guests.textChanged.connect(self._follow_guest_count)

        form = QFormLayout()
        guests_label = QLabel(self.tr("&Guests"))
        guests_label.setBuddy(self.guests)
        form.addRow(guests_label, self.guests)
        rooms_label = QLabel(self.tr("&Rooms"))
        rooms_label.setBuddy(self.rooms.filter)
        form.addRow(rooms_label, self.rooms)
        form.addRow(self.tr("Common doors"), common_row)
        form.addRow(self.dates)
        key_label = QLabel(self.tr("Reservation &key"))
        key_label.setBuddy(self.reservation_key)
        form.addRow(key_label, self.reservation_key)
        self.body.addLayout(form)
        self.body.addWidget(self.keys_box)
        self.resize(620, 560)
        self.guests.setFocus()

    def prefill(self, room: str, day: date, now: datetime) -> None:
        """A check-in started on a room and a night (the timeline): that room ticked, arriving that
        day (now if it is today), one night; the cursor in Guests."""
        starts = arrival_on(day, self.ctx.time_zone, now)
        self.rooms.set_checked([room])
        self.dates.arrival_time.setTime(QTime(starts.hour, starts.minute))
        self.dates.arrival.setDate(qdate(day))
        self.dates.nights.setValue(1)
        self.guests.setFocus()

    def _follow_guest_count(self) -> None:
        self.cards.setValue(max(1, len(guest_lines(self.guests.toPlainText()))))

    def command(self) -> CheckIn:
        doors = self.rooms.checked_doors()
        doors += [str(b.property("entrance_id")) for b in self.common if b.isChecked()]
        pins = [str(b.property("entrance_id")) for b in self.keypads if b.isChecked()]
        return CheckIn(
            guest_names=guest_lines(self.guests.toPlainText()),
            entrance_ids=tuple(doors + pins),
            starts_at=self.dates.starts_at,
            ends_at=self.dates.ends_at,
            reservation_key=self.reservation_key.text().strip() or None,
            access_methods=CARD_ONLY | {AccessMethod.PIN} if pins else CARD_ONLY,
            override_stays=self.override_stays,
        )

    def work(self) -> Callable[[], Awaitable[Change]]:
        cmd = self.command()
        if not cmd.entrance_ids:
            raise InvalidInput(
                self.tr("No room chosen."), self.tr("Type the room number under Rooms and press Enter.")
            )
        return lambda: self.ctx.app.desk.check_in(cmd)
