"""Taking a room out of order (a reason and until when) and putting it back in order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.stay_times import CHECK_IN_TIME
from frontdesk.services.stays.views import OutOfOrderView, RackRow
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.forms import after, qdate
from frontdesk.ui.table_models import when


class OutOfOrderDialog(WorkflowDialog):
    """Emits `finished_with(OutOfOrderView)`; a room a stay holds is refused in the dialog."""

    def __init__(self, ctx: DeskContext, room: RackRow, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Room out of order"), self.tr("&Set out of order"), parent)
        self.room = room
        self._zone = ZoneInfo(ctx.time_zone)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. leaking tap, repainting"))
        self.reason.setMaxLength(200)
        ready = after(now, 1, CHECK_IN_TIME, ctx.time_zone)  # by default: ready for tomorrow's arrivals
        self.until_day = QDateEdit(qdate(ready.date()))
        self.until_day.setCalendarPopup(True)
        self.until_day.setDisplayFormat("ddd dd MMM yyyy")
        self.until_day.setAccessibleName(self.tr("Out of order until (date)"))
        self.until_time = QTimeEdit(QTime(ready.hour, ready.minute))
        self.until_time.setAccessibleName(self.tr("Out of order until (time)"))
        until = QHBoxLayout()
        until.addWidget(self.until_day)
        until.addWidget(self.until_time)
        until.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Room"), QLabel(f"<b>{room.name}</b>"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        until_label = QLabel(self.tr("&Until"))
        until_label.setBuddy(self.until_day)
        form.addRow(until_label, until)
        self.body.addLayout(form)
        self.reason.setFocus()

    @property
    def until(self) -> datetime:
        d, t = self.until_day.date(), self.until_time.time()
        return datetime.combine(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()), self._zone)

    def work(self) -> Callable[[], Awaitable[OutOfOrderView]]:
        reason, until = self.reason.text(), self.until
        if not reason.strip():
            raise InvalidInput(self.tr("No reason given."), self.tr("Say why the room is out of order."))
        return lambda: self.ctx.app.desk.set_out_of_order(self.room.space_id, reason, until)


class BackInOrderDialog(WorkflowDialog):
    """Asks before putting a room out of order back in service; emits `finished_with(view)`."""

    def __init__(self, ctx: DeskContext, room: RackRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Room back in order"), self.tr("&Back in order"), parent)
        self.room = room
        text = self.tr("{room} is out of order until {until}: {reason}.").format(
            room=room.name,
            until=when(room.out_of_order_until, ctx.time_zone),
            reason=room.out_of_order_reason or "",
        )
        label = QLabel(text + "\n" + self.tr("Put it back in order now? Guests can then be checked in."))
        label.setWordWrap(True)
        self.body.addWidget(label)
        self.ok_button.setFocus()

    def work(self) -> Callable[[], Awaitable[OutOfOrderView]]:
        return lambda: self.ctx.app.desk.back_in_order(self.room.space_id)
