"""A staff card: who, which door groups (housekeeping, maintenance...), valid from when to when.

Staff access never overrides a guest and is never overridden. Once the access exists the encode
dialog follows with one card.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from frontdesk.domain.cards import Shift
from frontdesk.domain.commands import GrantStaffAccess
from frontdesk.domain.errors import InvalidInput
from frontdesk.services.results import Change
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.forms import after

SHIFT_START = time(7, 0)


def to_qt(value: datetime, zone: str) -> QDateTime:
    local = value.astimezone(ZoneInfo(zone))
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone(zone.encode())
    )


def from_qt(value: QDateTime, zone: str) -> datetime:
    # A QDateTimeEdit hands back its moment in the machine's own zone, not the one it was given:
    # read the wall clock in the hotel's zone, or a desk in another zone shifts every time.
    local = value.toTimeZone(QTimeZone(zone.encode()))
    d, t = local.date(), local.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=ZoneInfo(zone))


class StaffCardDialog(WorkflowDialog):
    """Emits `finished_with(change)` once the staff access exists. A card for every door or for over
    a year needs a second look: an administrator is asked whether to make it anyway."""

    asks_to_force = True

    def __init__(
        self, ctx: DeskContext, now: datetime, groups: dict[str, list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Staff card"), self.tr("&Make the card"), parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Staff member's name"))
        self.groups: list[QCheckBox] = []
        groups_row = QHBoxLayout()
        for name, doors in sorted(groups.items()):
            box = QCheckBox(self.tr("{name} ({n} doors)").format(name=name, n=len(doors)))
            box.setProperty("group", name)
            box.setAccessibleName(self.tr("Door group {name}").format(name=name))
            self.groups.append(box)
            groups_row.addWidget(box)
        groups_row.addStretch(1)
        start = after(now, 0, SHIFT_START, ctx.time_zone)
        self.starts = QDateTimeEdit(to_qt(min(start, now), ctx.time_zone))
        self.starts.setAccessibleName(self.tr("Valid from"))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.ends = QDateTimeEdit(to_qt(after(now, 90, SHIFT_START, ctx.time_zone), ctx.time_zone))
        self.ends.setAccessibleName(self.tr("Valid until"))
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        for edit in (self.starts, self.ends):
            # Shown and read on the hotel's clock: left to itself a QDateTimeEdit shows the machine's.
            edit.setTimeZone(QTimeZone(ctx.time_zone.encode()))
        self.zone_note = QLabel(
            self.tr("Times are {zone} time: the property's zone.").format(zone=ctx.time_zone)
        )
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        groups_label = QLabel(self.tr("Door &groups"))
        if self.groups:
            groups_label.setBuddy(self.groups[0])
        form.addRow(groups_label, groups_row)
        from_label = QLabel(self.tr("Valid &from"))
        from_label.setBuddy(self.starts)
        form.addRow(from_label, self.starts)
        until_label = QLabel(self.tr("Valid &until"))
        until_label.setBuddy(self.ends)
        form.addRow(until_label, self.ends)
        form.addRow("", self.zone_note)
        # A shift: the card opens only on these days and hours, on the door's clock.
        self.on_shift = QCheckBox(self.tr("Only on a s&hift"))
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for n, day in enumerate(names):
            box = QCheckBox(day)
            box.setChecked(n < 5)
            box.setEnabled(False)
            self.days.append(box)
            days_row.addWidget(box)
        self.shift_from = QTimeEdit(QTime(7, 0))
        self.shift_until = QTimeEdit(QTime(15, 0))
        self.shift_from.setAccessibleName(self.tr("Shift starts"))
        self.shift_until.setAccessibleName(self.tr("Shift ends"))
        for edit in (self.shift_from, self.shift_until):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
            days_row.addWidget(edit)
        self.on_shift.toggled.connect(self._shift_toggled)
        form.addRow(self.on_shift, days_row)
        self.body.addLayout(form)
        self.resize(560, 300)
        self.name.setFocus()

    def command(self) -> GrantStaffAccess:
        return GrantStaffAccess(
            self.name.text().strip(),
            from_qt(self.starts.dateTime(), self.ctx.time_zone),
            from_qt(self.ends.dateTime(), self.ctx.time_zone),
            tuple(str(b.property("group")) for b in self.groups if b.isChecked()),
            force=self.force,
        )

    def _shift_toggled(self, on: bool) -> None:
        for widget in (*self.days, self.shift_from, self.shift_until):
            widget.setEnabled(on)

    def shift(self) -> Shift | None:
        """The shift the card is for, or None (the card opens at any time of its window)."""
        if not self.on_shift.isChecked():
            return None
        days = sum(1 << n for n, box in enumerate(self.days) if box.isChecked())
        start, end = self.shift_from.time(), self.shift_until.time()
        quarters = [t.hour() * 4 + t.minute() // 15 for t in (start, end)]
        return Shift(days, quarters[0], quarters[1] or 96)

    def work(self) -> Callable[[], Awaitable[Change]]:
        cmd = self.command()
        self.force = False  # for this submit only
        if self.on_shift.isChecked():
            if not any(box.isChecked() for box in self.days):
                raise InvalidInput(self.tr("No shift day chosen."), self.tr("Tick the days of the shift."))
            if self.shift_from.time() == self.shift_until.time():
                raise InvalidInput(
                    self.tr("The shift starts and ends at the same time."),
                    self.tr("Set when the shift ends."),
                )
        if not cmd.staff_name:
            raise InvalidInput(self.tr("No name given."), self.tr("Type the staff member's name."))
        if not cmd.door_groups:
            raise InvalidInput(self.tr("No door group chosen."), self.tr("Tick at least one door group."))
        if cmd.ends_at <= cmd.starts_at:
            raise InvalidInput(
                self.tr("The card would end before it starts."), self.tr("Set Valid until after Valid from.")
            )
        return lambda: self.ctx.app.desk.grant_staff_access(cmd)
