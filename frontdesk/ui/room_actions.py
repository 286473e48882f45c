"""What the desk does to a room rather than a stay: out of order and back (the Stay menu's
"Room out of order…", on the room selected on the Rooms screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.services.stays.views import OutOfOrderView, RackRow, RoomState
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.dialogs.out_of_order import BackInOrderDialog, OutOfOrderDialog
from frontdesk.ui.table_models import when


class RoomActions(QObject):
    """Opens the out-of-order dialogs; `report(status, notice)` and `fail(error)` as the window's."""

    def __init__(
        self,
        ctx: DeskContext,
        window: QWidget,
        report: Callable[[str, str], None],
        fail: Callable[[FrontDeskError], None],
    ) -> None:
        super().__init__(window)
        self.ctx, self.window, self._report, self._fail = ctx, window, report, fail
        self.dialog: WorkflowDialog | None = None  # the last one opened (tests drive it)

    def out_of_order(self, room: RackRow | None) -> WorkflowDialog | None:
        """Out of order for a room in order, back in order for one out of order."""
        if room is None:
            self._fail(
                InvalidInput(
                    self.tr("No room selected."),
                    self.tr("On the Rooms screen (Ctrl+2), pick the room's tile first."),
                )
            )
            return None
        if room.state is RoomState.OUT_OF_ORDER:
            dialog: WorkflowDialog = BackInOrderDialog(self.ctx, room, self.window)
            dialog.finished_with.connect(self._back)
        else:
            dialog = OutOfOrderDialog(self.ctx, room, self.ctx.app.clock(), self.window)
            dialog.finished_with.connect(self._out)
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _out(self, view: OutOfOrderView) -> None:
        self._report(
            self.tr("{room} is out of order until {until}.").format(
                room=view.room, until=when(view.until, self.ctx.time_zone)
            ),
            "",
        )

    def _back(self, view: OutOfOrderView) -> None:
        self._report(self.tr("{room} is back in order.").format(room=view.room), "")
