"""A PIN code on the chosen lock, with a name and typed start and end.

The times are read in the zone `CodeService.typed_time_zone` names for the lock, as `codes create`
reads them at the command line: an offline (time-slot) lock's own zone, since it counts its slots
in its wall time (a Paris cottage's 16:00 is Paris 16:00), else the property's. The dialog says
which zone it used, so nobody types Paris times into a Los Angeles form by mistake."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.stay_times import CHECK_IN_TIME, CHECK_OUT_TIME
from frontdesk.services.codes.views import CodeView
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.forms import after, qdate


class NewCodeDialog(WorkflowDialog):
    """Emits `finished_with(CodeView)`; `zone` is the zone the typed times are read in."""

    def __init__(
        self,
        ctx: DeskContext,
        device_id: str,
        door: str,
        zone: str,
        lock_zone: bool,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx, self.tr("New PIN code on {door}").format(door=door), self.tr("&Create code"), parent
        )
        self.device_id = device_id
        self.zone = zone
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Guest name"))
        self.name.setMaxLength(100)
        start = after(now, 0, CHECK_IN_TIME, zone)
        end = after(now, 2, CHECK_OUT_TIME, zone)
        self.start_day, self.start_time = self._when(
            start, self.tr("Valid from (date)"), self.tr("Valid from (time)")
        )
        self.end_day, self.end_time = self._when(
            end, self.tr("Valid until (date)"), self.tr("Valid until (time)")
        )
        if lock_zone:
            said = self.tr(
                "Times are {zone} time: the lock's own zone (an offline lock counts its time slots in it)."
            )
        else:
            said = self.tr("Times are {zone} time: the property's zone.")
        self.zone_note = QLabel(said.format(zone=zone))
        self.zone_note.setObjectName("typedZone")
        self.zone_note.setWordWrap(True)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        for text, day, clock in (
            (self.tr("&From"), self.start_day, self.start_time),
            (self.tr("&Until"), self.end_day, self.end_time),
        ):
            row = QHBoxLayout()
            row.addWidget(day)
            row.addWidget(clock)
            row.addStretch(1)
            label = QLabel(text)
            label.setBuddy(day)
            form.addRow(label, row)
        self.body.addLayout(form)
        self.body.addWidget(self.zone_note)
        self.name.setFocus()

    @staticmethod
    def _when(value: datetime, day_name: str, time_name: str) -> tuple[QDateEdit, QTimeEdit]:
        day = QDateEdit(qdate(value.date()))
        day.setCalendarPopup(True)
        day.setDisplayFormat("ddd dd MMM yyyy")
        day.setAccessibleName(day_name)
        clock = QTimeEdit(QTime(value.hour, value.minute))
        clock.setAccessibleName(time_name)
        return day, clock

    def _typed(self, day: QDateEdit, clock: QTimeEdit) -> datetime:
        d, t = day.date(), clock.time()
        return datetime.combine(
            date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()), ZoneInfo(self.zone)
        )

    def work(self) -> Callable[[], Awaitable[CodeView]]:
        name = self.name.text().strip()
        if not name:
            raise InvalidInput(self.tr("No name given."), self.tr("Type the guest's name for the code."))
        starts = self._typed(self.start_day, self.start_time)
        ends = self._typed(self.end_day, self.end_time)
        return lambda: self.ctx.app.codes.create(self.device_id, name=name, starts_at=starts, ends_at=ends)
