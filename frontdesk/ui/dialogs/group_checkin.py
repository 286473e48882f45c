"""Group check-in: several rooms at once, each its own stay (own key), sharing the dates.

All rooms are checked in together, in one transaction (`DeskService.check_in_group`); then the
cards of every room are encoded in one go. If a room fails (say a name is too long), nothing is
checked in: the error names the room, its row says "failed", and after a fix the group goes again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.domain.commands import CheckIn
from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.domain.stay_times import arrival_on
from frontdesk.services.results import Change
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.dialogs.checkin import DEPARTURE_TIME
from frontdesk.ui.forms import DOORS_ROLE, RoomPicker, StayDates, after
from frontdesk.ui.service_words import shown

ROOM, GUESTS, RESULT = 0, 1, 2


class GroupCheckInDialog(WorkflowDialog):
    """Emits `finished_with(list[Change])` when every room is checked in."""

    def __init__(self, ctx: DeskContext, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Group check-in"), self.tr("&Check in all"), parent)
        self.changes: dict[str, Change] = {}  # room name -> its stay, once checked in
        self.rooms = RoomPicker(ctx.room_choices(), self.tr("Rooms of the group"))
        self.rooms.changed.connect(self._sync_rows)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Guests per room"))
        self.table.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Guests (comma between names)"), ""])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(GUESTS, 260)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.common: list[QCheckBox] = []
        common_row = QHBoxLayout()
        for door in ctx.common_doors():
            box = QCheckBox(door.name)
            box.setProperty("entrance_id", door.entrance_id)
            box.setChecked(door.entrance_id == "lobby")
            self.common.append(box)
            common_row.addWidget(box)
        common_row.addStretch(1)
        # A group at the counter today starts now, so its keys open at once (as a single check-in).
        today = now.astimezone(ZoneInfo(ctx.time_zone)).date()
        self.dates = StayDates(
            ctx.time_zone,
            arrival_on(today, ctx.time_zone, now),
            after(now, 1, DEPARTURE_TIME, ctx.time_zone),
            clock=ctx.app.clock,
        )
        form = QFormLayout()
        rooms_label = QLabel(self.tr("&Rooms"))
        rooms_label.setBuddy(self.rooms.filter)
        form.addRow(rooms_label, self.rooms)
        guests_label = QLabel(self.tr("&Guests"))
        guests_label.setBuddy(self.table)
        form.addRow(guests_label, self.table)
        form.addRow(self.tr("Common doors"), common_row)
        form.addRow(self.dates)
        self.cards = QSpinBox()
        self.cards.setRange(0, 10)
        self.cards.setValue(1)
        self.cards.setAccessibleName(self.tr("Cards per room"))
        cards_label = QLabel(self.tr("Card&s per room"))
        cards_label.setBuddy(self.cards)
        form.addRow(cards_label, self.cards)
        self.body.addLayout(form)
        self.resize(680, 640)
        self.rooms.filter.setFocus()

    def _sync_rows(self) -> None:
        """One row per ticked room, keeping names already typed."""
        typed = {self._text(r, ROOM): self._text(r, GUESTS) for r in range(self.table.rowCount())}
        chosen = [i for i in self.rooms.items() if i.checkState() == Qt.CheckState.Checked]
        self.table.setRowCount(len(chosen))
        for row, item in enumerate(chosen):
            name = str(item.data(Qt.ItemDataRole.UserRole))
            room = QTableWidgetItem(name)
            room.setFlags(room.flags() & ~Qt.ItemFlag.ItemIsEditable)
            room.setData(DOORS_ROLE, item.data(DOORS_ROLE))
            self.table.setItem(row, ROOM, room)
            self.table.setItem(row, GUESTS, QTableWidgetItem(typed.get(name, "")))
            result = QTableWidgetItem(self._result(name))
            result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, RESULT, result)
        if chosen and not self.table.currentIndex().isValid():
            self.table.setCurrentCell(0, GUESTS)

    def _result(self, room: str) -> str:
        change = self.changes.get(room)
        return self.tr("✓ {key}").format(key=change.reservation_key) if change else ""

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _doors(self, row: int) -> tuple[str, ...]:
        item = self.table.item(row, ROOM)
        return tuple(item.data(DOORS_ROLE) or ()) if item is not None else ()

    def _show_result(self, row: int, text: str) -> None:
        item = self.table.item(row, RESULT)
        if item is not None:
            item.setText(text)

    def _room_error(self, jobs: list[tuple[int, str, CheckIn]], error: FrontDeskError) -> FrontDeskError:
        """Mark the rows (none was checked in) and name the failed room in the error's title."""
        index = error.detail.get("group_index")
        for position, (row, _, _) in enumerate(jobs):
            self._show_result(row, self.tr("failed") if position == index else "")
        if not isinstance(index, int) or not 0 <= index < len(jobs):
            return error  # not one room's fault (the database, say): shown as it is
        room = jobs[index][1]
        return FrontDeskError(
            self.tr("{room}: {title}").format(room=room, title=shown(error.title)),
            shown(error.hint),  # the service's hint already says nothing was checked in, and why
            status=error.status,
            detail=error.detail,
        )

    def work(self) -> Callable[[], Awaitable[list[Change]]]:
        if self.table.rowCount() == 0:
            raise InvalidInput(
                self.tr("No room chosen."), self.tr("Type each room's number under Rooms, Enter after each.")
            )
        common = [str(b.property("entrance_id")) for b in self.common if b.isChecked()]
        jobs: list[tuple[int, str, CheckIn]] = []
        for row in range(self.table.rowCount()):
            room = self._text(row, ROOM)
            names = tuple(n.strip() for n in self._text(row, GUESTS).split(",") if n.strip())
            if not names:
                raise InvalidInput(
                    self.tr("No guest named for {room}.").format(room=room),
                    self.tr("Type at least one name in the Guests column, or untick the room."),
                )
            doors = self._doors(row) + tuple(common)
            jobs.append((row, room, CheckIn(names, doors, self.dates.starts_at, self.dates.ends_at)))

        async def run() -> list[Change]:
            for row, _, _ in jobs:
                self._show_result(row, self.tr("checking in…"))
            try:
                changes = await self.ctx.app.desk.check_in_group([cmd for _, _, cmd in jobs])
            except FrontDeskError as error:
                raise self._room_error(jobs, error) from error
            for (row, room, _), change in zip(jobs, changes, strict=True):
                self.changes[room] = change
                self._show_result(row, self._result(room))
            return changes

        return run
