"""Opening the workflow dialogs and reporting what they did. The main window owns one of these.

Each stay action first reads the stay fresh from the database (off the GUI thread), so a dialog
never works on a stale copy, then opens its dialog; on success the window hears what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.services.results import Change
from frontdesk.ui.change_text import describe
from frontdesk.ui.context import DeskContext, StayRef
from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.group_checkin import GroupCheckInDialog
from frontdesk.ui.dialogs.search import SearchDialog
from frontdesk.ui.dialogs.stay_changes import (
    AddGuestDialog,
    ChangeDatesDialog,
    CheckOutDialog,
    MoveRoomDialog,
)
from frontdesk.ui.dialogs.stay_details import StayDetailsDialog
from frontdesk.ui.operations import Operation

STAY_DIALOGS: dict[str, type[QDialog]] = {
    "add_guest": AddGuestDialog,
    "move_room": MoveRoomDialog,
    "change_dates": ChangeDatesDialog,
    "check_out": CheckOutDialog,
}


class Workflows(QObject):
    """`report(status, notice)` tells the window what happened; `changed()` asks it to reload."""

    def __init__(
        self,
        ctx: DeskContext,
        window: QWidget,
        report: Callable[[str, str], None],
        fail: Callable[[FrontDeskError], None],
        changed: Callable[[], Any],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._report = report
        self._fail = fail
        self._changed = changed
        self.dialog: QDialog | None = None  # the last dialog opened (tests drive it)
        self.operation: Operation | None = None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    # --- new stays -----------------------------------------------------------------------------

    def check_in(self) -> CheckInDialog:
        dialog = CheckInDialog(self.ctx, self.ctx.app.clock(), self.window)
        dialog.finished_with.connect(lambda change: self._done("check_in", change))
        self._open(dialog)
        return dialog

    def group_check_in(self) -> GroupCheckInDialog:
        dialog = GroupCheckInDialog(self.ctx, self.ctx.app.clock(), self.window)
        dialog.finished_with.connect(self._group_done)
        self._open(dialog)
        return dialog

    def _group_done(self, changes: list[Change]) -> None:
        keys = ", ".join(c.reservation_key or "" for c in changes)
        notices = [describe("check_in", c, [])[1] for c in changes]
        self._report(
            self.tr("Checked in {n} room(s): {keys}.").format(n=len(changes), keys=keys),
            " ".join(n for n in notices if n),
        )
        self._changed()

    # --- finding and opening stays -------------------------------------------------------------

    def search(self) -> SearchDialog:
        dialog = SearchDialog(self.ctx, self.window)
        dialog.chosen.connect(self.open_stay)
        self._open(dialog)
        return dialog

    def _with_stay(
        self, key: str | None, then: Callable[[StayRef, dict[str, Any]], None]
    ) -> Operation | None:
        if not key:
            self._fail(
                InvalidInput(
                    self.tr("No stay selected."),
                    self.tr("Pick a stay in a list, or press F3 to find one by name, room or key."),
                )
            )
            return None
        self.operation = Operation(
            lambda: self.ctx.app.queries.reservation(key),
            on_done=lambda r: then(StayRef.from_reservation(r), r),
            on_error=self._fail,
        ).start()
        return self.operation

    def open_stay(self, key: str | None) -> Operation | None:
        def show(stay: StayRef, reservation: dict[str, Any]) -> None:
            dialog = StayDetailsDialog(self.ctx, stay, reservation, self.window)
            dialog.action_requested.connect(lambda name, s: self._stay_dialog(name, s))
            self._open(dialog)

        return self._with_stay(key, show)

    def stay_action(self, name: str, key: str | None) -> Operation | None:
        return self._with_stay(key, lambda stay, _: self._stay_dialog(name, stay))

    def _stay_dialog(self, name: str, stay: StayRef) -> None:
        if stay.status == "ended":
            self._fail(
                InvalidInput(
                    self.tr("This stay is checked out."), self.tr("Check the guest in as a new stay.")
                )
            )
            return
        dialog = STAY_DIALOGS[name](self.ctx, stay, self.window)  # type: ignore[call-arg]
        dialog.finished_with.connect(lambda change: self._done(name, change))  # type: ignore[attr-defined]
        self._open(dialog)

    def _done(self, action: str, change: Change) -> None:
        doors = [d for g in change.grants_created for d in sorted(g.entrance_ids)]
        rooms = [r for r in self.ctx.rooms_of(doors) if r in {c.name for c in self.ctx.room_choices()}]
        status, notice = describe(action, change, rooms)
        self._report(status, notice)
        self._changed()
