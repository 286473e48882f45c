"""Changes to a stay in the house: add a guest (joiner), move room, change dates, check out."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.commands import AddGuest, CardsAtCheckOut, ChangeDates, CheckOut, MoveRoom
from frontdesk.domain.errors import InvalidInput
from frontdesk.services.results import Change
from frontdesk.ui.context import DeskContext, StayRef
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.forms import RoomPicker, StayDates
from frontdesk.ui.table_models import when


def stay_label(ctx: DeskContext, stay: StayRef) -> QLabel:
    rooms = ", ".join(ctx.rooms_of(stay.door_set))
    label = QLabel(
        f"<b>{', '.join(stay.guest_names)}</b> · {rooms} · {stay.reservation_key}<br>"
        f"{when(stay.starts_at, ctx.time_zone)} → {when(stay.ends_at, ctx.time_zone)}"
    )
    label.setObjectName("stayLabel")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(label.text().replace("<b>", "").replace("</b>", "").replace("<br>", " "))
    return label


class AddGuestDialog(WorkflowDialog):
    """A joiner on every door of the stay, or on some of them (e.g. not the suite's bedroom)."""

    def __init__(self, ctx: DeskContext, stay: StayRef, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add guest"), self.tr("&Add guest"), parent)
        self.stay = stay
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Guest name"))
        self.all_doors = QRadioButton(self.tr("All the stay's doors"))
        self.some_doors = QRadioButton(self.tr("Only these doors:"))
        self.all_doors.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_doors)
        group.addButton(self.some_doors)
        self.doors = QListWidget()
        self.doors.setAccessibleName(self.tr("Doors for the new guest"))
        for door in stay.door_set:
            item = QListWidgetItem(ctx.door_name(door))
            item.setData(Qt.ItemDataRole.UserRole, door)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.doors.addItem(item)
        self.doors.setEnabled(False)
        self.some_doors.toggled.connect(self.doors.setEnabled)
        self.doors.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(self.tr("Stay"), stay_label(ctx, stay))
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        doors = QVBoxLayout()
        doors.addWidget(self.all_doors)
        doors.addWidget(self.some_doors)
        doors.addWidget(self.doors)
        form.addRow(self.tr("Doors"), doors)
        self.body.addLayout(form)
        self.name.setFocus()

    def work(self) -> Callable[[], Awaitable[Change]]:
        name = self.name.text().strip()
        if not name:
            raise InvalidInput(self.tr("No guest named."), self.tr("Type the guest's name."))
        doors: tuple[str, ...] = ()
        if self.some_doors.isChecked():
            items = [self.doors.item(i) for i in range(self.doors.count())]
            doors = tuple(
                i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
            )
            if not doors:
                raise InvalidInput(
                    self.tr("No door chosen."), self.tr("Tick at least one door, or choose all.")
                )
        cmd = AddGuest(self.stay.reservation_key, name, doors)
        return lambda: self.ctx.app.desk.add_guest(cmd)


class MoveRoomDialog(WorkflowDialog):
    """One action: the stay's grants are cleared and reissued on the new room; says which cards to redo."""

    asks_to_override = True

    def __init__(self, ctx: DeskContext, stay: StayRef, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Move room"), self.tr("&Move"), parent)
        self.stay = stay
        current = set(ctx.rooms_of(stay.door_set))
        self.rooms = RoomPicker([c for c in ctx.room_choices() if c.name not in current], self.tr("New room"))
        form = QFormLayout()
        form.addRow(self.tr("Stay"), stay_label(ctx, stay))
        label = QLabel(self.tr("&New room"))
        label.setBuddy(self.rooms.filter)
        form.addRow(label, self.rooms)
        note = QLabel(self.tr("Cards already encoded for this stay will have to be encoded again."))
        note.setWordWrap(True)
        self.body.addLayout(form)
        self.body.addWidget(note)
        self.resize(660, 440)
        self.rooms.filter.setFocus()

    def work(self) -> Callable[[], Awaitable[Change]]:
        doors = tuple(self.rooms.checked_doors())
        if not doors:
            raise InvalidInput(
                self.tr("No room chosen."), self.tr("Type the new room's number and press Enter.")
            )
        cmd = MoveRoom(self.stay.reservation_key, doors, override_stays=self.override_stays)
        return lambda: self.ctx.app.desk.move_room(cmd)


class ChangeDatesDialog(WorkflowDialog):
    """New arrival and departure for every guest of the stay; PINs follow, issued cards get flagged."""

    def __init__(self, ctx: DeskContext, stay: StayRef, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change dates"), self.tr("C&hange dates"), parent)
        self.stay = stay
        self.dates = StayDates(ctx.time_zone, stay.starts_at, stay.ends_at)
        form = QFormLayout()
        form.addRow(self.tr("Stay"), stay_label(ctx, stay))
        form.addRow(self.dates)
        self.body.addLayout(form)
        self.dates.nights.setFocus()

    def work(self) -> Callable[[], Awaitable[Change]]:
        cmd = ChangeDates(self.stay.reservation_key, self.dates.starts_at, self.dates.ends_at)
        return lambda: self.ctx.app.desk.change_dates(cmd)


class CheckOutDialog(WorkflowDialog):
    """Asks once, and what happened to the key cards (handed back, or to be revoked: never
    silently nothing), then ends every grant of the stay."""

    def __init__(self, ctx: DeskContext, stay: StayRef, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Check out"), self.tr("Check &out"), parent)
        self.stay = stay
        question = QLabel(self.tr("Check out this stay? Its cards and PINs stop working now."))
        question.setWordWrap(True)
        self.collected = QRadioButton(self.tr("The key cards were &handed back"))
        self.revoke = QRadioButton(self.tr("&Revoke the key cards (not handed back)"))
        cards = QButtonGroup(self)
        for choice in (self.collected, self.revoke):
            cards.addButton(choice)  # neither is chosen until the receptionist says which
        self.body.addWidget(stay_label(ctx, stay))
        self.body.addWidget(question)
        self.body.addWidget(self.collected)
        self.body.addWidget(self.revoke)
        self.collected.setFocus()

    def work(self) -> Callable[[], Awaitable[Change]]:
        if not (self.collected.isChecked() or self.revoke.isChecked()):
            raise InvalidInput(
                self.tr("Say what happened to the key cards."),
                self.tr("Choose handed back, or revoke them if the guest kept them."),
            )
        cards = CardsAtCheckOut.COLLECTED if self.collected.isChecked() else CardsAtCheckOut.REVOKE
        cmd = CheckOut(self.stay.reservation_key, cards)
        return lambda: self.ctx.app.desk.check_out(cmd)
