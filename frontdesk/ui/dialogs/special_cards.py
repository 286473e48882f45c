"""The cards that are not a guest's or a staff member's: a one-shot card for a contractor's visit,
an emergency card (every door, double-locked rooms too) and the room-blocking and unblocking cards.

Each dialog asks what the card is for; the encode dialog (encode_cards.py) then writes it. One-shot
cards are staff access first (services: grant_staff_access), the others belong to no grant.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from frontdesk.domain.commands import GrantStaffAccess
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.model import CredentialKind
from frontdesk.services.cards.lock_cards import BLOCK_HOURS, EMERGENCY_HOURS
from frontdesk.services.results import Change
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.dialogs.staff_card import from_qt, to_qt

ONE_SHOT_HOURS = 4


class DoorChecklist(QListWidget):
    """The property's card doors, each with a tick box; `chosen()` gives the ticked entrance ids."""

    def __init__(self, ctx: DeskContext, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        for e in ctx.entrances:
            if e.takes(CredentialKind.CARD):
                item = QListWidgetItem(e.name)
                item.setData(Qt.ItemDataRole.UserRole, e.entrance_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.addItem(item)

    def tick(self, entrance_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == entrance_id:
                self.item(row).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> tuple[str, ...]:
        items = [self.item(r) for r in range(self.count())]
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )


def _labelled(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


class OneShotCardDialog(WorkflowDialog):
    """Emits `finished_with(change)` once the visit's staff access exists; its card follows."""

    def __init__(self, ctx: DeskContext, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("One-shot card"), self.tr("&Make the card"), parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Who the visit is for"))
        self.doors = DoorChecklist(ctx, self.tr("Doors the card opens once"))
        self.starts = QDateTimeEdit(to_qt(now, ctx.time_zone))
        self.starts.setAccessibleName(self.tr("Valid from"))
        self.starts.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.ends = QDateTimeEdit(to_qt(now + timedelta(hours=ONE_SHOT_HOURS), ctx.time_zone))
        self.ends.setAccessibleName(self.tr("Valid until"))
        self.ends.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        for edit in (self.starts, self.ends):
            edit.setTimeZone(QTimeZone(ctx.time_zone.encode()))  # the hotel's clock, not the machine's
        note = QLabel(self.tr("The card opens each ticked door once, between these times."))
        note.setWordWrap(True)
        form = QFormLayout()
        _labelled(form, self.tr("&Name"), self.name)
        _labelled(form, self.tr("&Doors"), self.doors)
        _labelled(form, self.tr("Valid &from"), self.starts)
        _labelled(form, self.tr("Valid &until"), self.ends)
        self.body.addWidget(note)
        self.body.addLayout(form)
        self.resize(520, 460)
        self.name.setFocus()

    def command(self) -> GrantStaffAccess:
        return GrantStaffAccess(
            self.name.text().strip(),
            from_qt(self.starts.dateTime(), self.ctx.time_zone),
            from_qt(self.ends.dateTime(), self.ctx.time_zone),
            entrance_ids=self.doors.chosen(),
        )

    def work(self) -> Callable[[], Awaitable[Change]]:
        cmd = self.command()
        if not cmd.staff_name:
            raise InvalidInput(self.tr("No name given."), self.tr("Type who the visit is for."))
        if not cmd.entrance_ids:
            raise InvalidInput(self.tr("No door chosen."), self.tr("Tick the doors the card opens."))
        if cmd.ends_at <= cmd.starts_at:
            raise InvalidInput(
                self.tr("The card would end before it starts."), self.tr("Set Valid until after Valid from.")
            )
        return lambda: self.ctx.app.desk.grant_staff_access(cmd)


class LockCardDialog(WorkflowDialog):
    """An emergency card (`action` "emergency"), a room-blocking ("block") or unblocking
    ("unblock") card. Emits `finished_with(order)`, a dict of what to encode (reason, hours, doors);
    the encode dialog then makes the card through the card service."""

    def __init__(
        self, ctx: DeskContext, action: str, parent: QWidget | None = None, room: str | None = None
    ) -> None:
        titles = {
            "emergency": self.tr("Emergency card"),
            "block": self.tr("Block a room"),
            "unblock": self.tr("Unblock a room"),
        }
        super().__init__(ctx, titles[action], self.tr("&Make the card"), parent)
        self.action = action
        notes = {
            "emergency": self.tr(
                "Opens every door of the property, also rooms double-locked from inside, until it "
                "expires. The reason goes into the audit."
            ),
            "block": self.tr(
                "Used at a door, the door refuses guest cards until an unblocking card is used there. "
                "Staff and emergency cards still open."
            ),
            "unblock": self.tr("Used at a blocked door, the door takes guest cards again."),
        }
        note = QLabel(notes[action])
        note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.hours = QDoubleSpinBox()
        self.hours.setAccessibleName(self.tr("Valid for, in hours"))
        self.hours.setDecimals(1)
        self.hours.setRange(0.5, 24.0 if action == "emergency" else 168.0)
        self.hours.setValue(EMERGENCY_HOURS if action == "emergency" else BLOCK_HOURS)
        form = QFormLayout()
        _labelled(form, self.tr("&Reason"), self.reason)
        _labelled(form, self.tr("Valid for (&hours)"), self.hours)
        self.doors: DoorChecklist | None = None
        if action != "emergency":
            self.doors = DoorChecklist(ctx, self.tr("Doors"))
            if room is not None:
                self.doors.tick(room)
            _labelled(form, self.tr("&Doors"), self.doors)
        self.body.addWidget(note)
        self.body.addLayout(form)
        self.resize(520, 420 if self.doors is not None else 220)
        self.reason.setFocus()

    def order(self) -> dict[str, Any]:
        doors = self.doors.chosen() if self.doors is not None else ()
        return {"reason": self.reason.text().strip(), "hours": self.hours.value(), "doors": doors}

    def work(self) -> Callable[[], Awaitable[dict[str, Any]]]:
        order = self.order()
        if not order["reason"]:
            raise InvalidInput(self.tr("No reason given."), self.tr("Say why the card is needed."))
        if self.doors is not None and not order["doors"]:
            raise InvalidInput(self.tr("No door chosen."), self.tr("Tick the doors the card is for."))

        async def ready() -> dict[str, Any]:
            return order

        return ready
