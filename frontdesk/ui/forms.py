"""Form parts the dialogs share: a stay's dates and nights, and a room picker that works by typing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.words import say_plural
from frontdesk.ui.service_words import shown

DOORS_ROLE = Qt.ItemDataRole.UserRole + 10


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class StayDates(QWidget):
    """Arrival day and time, nights, departure day and time, in the property's zone.

    With a clock it also offers "Now": the guest at the counter gets a key that opens at once
    (the arrival becomes this minute; the nights and departure stay).
    """

    def __init__(
        self,
        zone: str,
        starts_at: datetime,
        ends_at: datetime,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(zone)
        self._clock = clock
        start, end = starts_at.astimezone(self._zone), ends_at.astimezone(self._zone)
        self.arrival = QDateEdit(qdate(start.date()))
        self.arrival.setCalendarPopup(True)
        self.arrival.setDisplayFormat("ddd dd MMM yyyy")
        self.arrival.setAccessibleName(self.tr("Arrival date"))
        self.arrival_time = QTimeEdit(QTime(start.hour, start.minute))
        self.arrival_time.setAccessibleName(self.tr("Arrival time"))
        self.nights = QSpinBox()
        self.nights.setRange(0, 365)
        self.nights.setAccessibleName(self.tr("Nights"))
        self.departure = QDateEdit(qdate(end.date()))
        self.departure.setCalendarPopup(True)
        self.departure.setDisplayFormat("ddd dd MMM yyyy")
        self.departure.setAccessibleName(self.tr("Departure date"))
        self.departure_time = QTimeEdit(QTime(end.hour, end.minute))
        self.departure_time.setAccessibleName(self.tr("Departure time"))
        self.nights.setValue(max(0, (end.date() - start.date()).days))
        self.nights.valueChanged.connect(self._nights_changed)
        self.nights.valueChanged.connect(self._nights_word)
        self._nights_word(self.nights.value())
        self.arrival.dateChanged.connect(self._nights_changed)
        self.departure.dateChanged.connect(self._departure_changed)

        arrival = QHBoxLayout()
        arrival.addWidget(self.arrival)
        arrival.addWidget(self.arrival_time)
        arrival.addWidget(self.nights)
        self.now_button: QPushButton | None = None
        if clock is not None:
            self.now_button = QPushButton(self.tr("No&w"))
            self.now_button.setAccessibleName(self.tr("Arrive now"))
            self.now_button.setToolTip(self.tr("The stay starts this minute, so the key opens at once."))
            self.now_button.setAutoDefault(False)  # Enter still confirms the dialog
            self.now_button.clicked.connect(self.arrive_now)
            arrival.addWidget(self.now_button)
        arrival.addStretch(1)
        departure = QHBoxLayout()
        departure.addWidget(self.departure)
        departure.addWidget(self.departure_time)
        departure.addStretch(1)
        arrival_label = QLabel(self.tr("&Arrival"))
        arrival_label.setBuddy(self.arrival)
        departure_label = QLabel(self.tr("D&eparture"))
        departure_label.setBuddy(self.departure)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(arrival_label, arrival)
        form.addRow(departure_label, departure)

    def arrive_now(self) -> None:
        """Arrival this minute; the departure keeps its day and time (the nights follow)."""
        if self._clock is None:
            return
        local = self._clock().astimezone(self._zone)
        departure = self.departure.date()
        self.arrival.setDate(qdate(local.date()))
        self.arrival_time.setTime(QTime(local.hour, local.minute))
        self.departure.setDate(departure)  # arrival's dateChanged moved it by the old nights
        self._departure_changed()

    def _nights_word(self, nights: int) -> None:
        """The suffix follows the number: 1 night, 2 nights."""
        self.nights.setSuffix(shown(say_plural(" night", " nights", n=nights)))

    def _nights_changed(self, *_: object) -> None:
        self.departure.blockSignals(True)
        self.departure.setDate(self.arrival.date().addDays(self.nights.value()))
        self.departure.blockSignals(False)

    def _departure_changed(self, *_: object) -> None:
        self.nights.blockSignals(True)
        self.nights.setValue(max(0, self.arrival.date().daysTo(self.departure.date())))
        self.nights.blockSignals(False)

    def _at(self, day: QDateEdit, at: QTimeEdit) -> datetime:
        d, t = day.date(), at.time()
        return datetime.combine(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()), self._zone)

    @property
    def starts_at(self) -> datetime:
        return self._at(self.arrival, self.arrival_time)

    @property
    def ends_at(self) -> datetime:
        return self._at(self.departure, self.departure_time)


@dataclass(frozen=True)
class RoomChoice:
    """A room offered in a picker: its name, its reservation doors and a word on its state."""

    name: str
    entrance_ids: tuple[str, ...]
    note: str = ""


class SelectOnFocusEdit(QLineEdit):
    """A search field whose old text is selected when the field gets the focus, so typing replaces
    it (the cursor at the end of the last guest's name made people type after it)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After a click, the press that follows would drop a selection made now: select once the
        # event is handled.
        QTimer.singleShot(0, self.selectAll)


class _FilterEdit(QLineEdit):
    """Enter picks the first matching room instead of pressing the dialog's default button."""

    picked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.picked.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)


class RoomPicker(QWidget):
    """Type part of a room's name and press Enter to tick it; Space ticks in the list too."""

    changed = Signal()

    def __init__(self, rooms: Iterable[RoomChoice], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = _FilterEdit()
        self.filter.setPlaceholderText(self.tr("Type a room number, Enter to tick it"))
        self.filter.setAccessibleName(self.tr("{name}: find a room").format(name=name))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setMinimumHeight(120)
        # A room's state is at the end of its line: wrap long lines rather than hide it sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for room in rooms:
            text = f"{room.name}  ·  {room.note}" if room.note else room.name
            item = QListWidgetItem(text)
            item.setData(DOORS_ROLE, list(room.entrance_ids))
            item.setData(Qt.ItemDataRole.UserRole, room.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenRooms")
        self.chosen.setWordWrap(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.picked.connect(self._pick_first)
        self.list.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.filter)
        self._update()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self.items():
            name = str(item.data(Qt.ItemDataRole.UserRole)).casefold()
            item.setHidden(bool(needle) and needle not in name)

    def _pick_first(self) -> None:
        visible = [i for i in self.items() if not i.isHidden()]
        if not visible:
            # Said where the eyes are, and the typed text kept to correct: "999" was met by silence.
            typed = self.filter.text().strip()
            self.chosen.setText(
                self.tr("No room “{typed}”. {chosen}").format(typed=typed, chosen=self._chosen())
            )
            self.filter.selectAll()
            return
        item = visible[0]
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self.filter.clear()

    def set_checked(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for item in self.items():
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if name in wanted else Qt.CheckState.Unchecked)

    def checked_names(self) -> list[str]:
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in self.items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def checked_doors(self) -> list[str]:
        doors: list[str] = []
        for item in self.items():
            if item.checkState() == Qt.CheckState.Checked:
                doors += item.data(DOORS_ROLE)
        return doors

    def _chosen(self) -> str:
        names = self.checked_names()
        chosen = self.tr("Chosen: {rooms}").format(rooms=", ".join(names))
        return chosen if names else self.tr("No room chosen yet.")

    def _update(self, *_: object) -> None:
        self.chosen.setText(self._chosen())
        self.changed.emit()


def after(start: datetime, days: int, at: time, zone: str) -> datetime:
    """The day `days` after `start` (in the zone) at a time of day."""
    local = start.astimezone(ZoneInfo(zone)).date() + timedelta(days=days)
    return datetime.combine(local, at, ZoneInfo(zone))
