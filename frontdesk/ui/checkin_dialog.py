"""Check in: guests, rooms, common doors, dates. Goes through DeskService.check_in."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.commands import CheckIn
from frontdesk.domain.errors import FrontDeskError
from frontdesk.services.bootstrap import App
from frontdesk.services.results import Change
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import Operation

ROOM_ID_ROLE = 256


class CheckInDialog(QDialog):
    """Emits `checked_in(change)` when the stay was created; rule errors stay in the dialog."""

    checked_in = Signal(object)

    def __init__(
        self,
        app: App,
        entrances: list[dict[str, Any]],
        time_zone: str,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check in")
        self._app = app
        self._zone = ZoneInfo(time_zone)
        self.operation: Operation | None = None

        self.guests = QPlainTextEdit()
        self.guests.setPlaceholderText("One guest per line")
        self.guests.setAccessibleName("Guest names")
        self.guests.setTabChangesFocus(True)
        self.guests.setFixedHeight(70)

        self.rooms = QListWidget()
        self.rooms.setAccessibleName("Rooms")
        self.rooms.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        by_space: dict[str, list[dict[str, Any]]] = {}
        for e in entrances:
            if e["can_belong_to_reservation"]:
                by_space.setdefault(e["space"], []).append(e)
        for space, doors in by_space.items():
            item = QListWidgetItem(space)
            item.setData(ROOM_ID_ROLE, [d["entrance_id"] for d in doors])
            self.rooms.addItem(item)

        self.common: list[QCheckBox] = []
        common_box = QHBoxLayout()
        for e in entrances:
            if not e["can_belong_to_reservation"] and "card" in e["credential_kinds"]:
                box = QCheckBox(e["name"])
                box.setProperty("entrance_id", e["entrance_id"])
                box.setChecked(e["entrance_id"] == "lobby")
                self.common.append(box)
                common_box.addWidget(box)

        local = now.astimezone(self._zone)
        self.arrival = QDateEdit(QDate(local.year, local.month, local.day))
        self.arrival.setCalendarPopup(True)
        self.arrival.setAccessibleName("Arrival date")
        self.arrival_time = QTimeEdit(QTime(15, 0))
        self.arrival_time.setAccessibleName("Arrival time")
        tomorrow = local + timedelta(days=1)
        self.departure = QDateEdit(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.departure.setCalendarPopup(True)
        self.departure.setAccessibleName("Departure date")
        self.departure_time = QTimeEdit(QTime(11, 0))
        self.departure_time.setAccessibleName("Departure time")
        self.reservation_key = QLineEdit()
        self.reservation_key.setPlaceholderText("leave empty for a new key")
        self.reservation_key.setAccessibleName("Reservation key")

        self.error = ErrorBanner()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Check in")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Guests", self.guests)
        form.addRow("&Rooms", self.rooms)
        form.addRow("Common doors", common_box)
        arrival = QHBoxLayout()
        arrival.addWidget(self.arrival)
        arrival.addWidget(self.arrival_time)
        departure = QHBoxLayout()
        departure.addWidget(self.departure)
        departure.addWidget(self.departure_time)
        form.addRow("&Arrival", arrival)
        form.addRow("&Departure", departure)
        form.addRow("Reservation &key", self.reservation_key)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _when(self, day: QDateEdit, at: QTimeEdit) -> datetime:
        d, t = day.date(), at.time()
        return datetime.combine(
            datetime(d.year(), d.month(), d.day()).date(), time(t.hour(), t.minute()), self._zone
        )

    def command(self) -> CheckIn:
        names = tuple(line.strip() for line in self.guests.toPlainText().splitlines() if line.strip())
        doors: list[str] = []
        for item in self.rooms.selectedItems():
            doors += item.data(ROOM_ID_ROLE)
        doors += [str(b.property("entrance_id")) for b in self.common if b.isChecked()]
        return CheckIn(
            guest_names=names,
            entrance_ids=tuple(doors),
            starts_at=self._when(self.arrival, self.arrival_time),
            ends_at=self._when(self.departure, self.departure_time),
            reservation_key=self.reservation_key.text().strip() or None,
        )

    def submit(self) -> None:
        self.error.clear()
        cmd = self.command()
        self.operation = Operation(
            lambda: self._app.desk.check_in(cmd),
            disable=[self.buttons],
            on_done=self._done,
            on_error=self._failed,
        ).start()

    def _done(self, change: Change) -> None:
        self.checked_in.emit(change)
        self.accept()

    def _failed(self, error: FrontDeskError) -> None:
        self.error.show_error(error)
