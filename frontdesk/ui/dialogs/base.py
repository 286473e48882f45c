"""The shape every workflow dialog shares: a form, an inline error, OK/Cancel, Ctrl+Enter to confirm."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from frontdesk.domain.errors import FrontDeskError, RoomOccupied
from frontdesk.domain.second_look import NeedsSecondLook
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.occupied import ask_override
from frontdesk.ui.dialogs.second_look import ask_to_force, may_force
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import Operation


class WorkflowDialog(QDialog):
    """Subclasses fill `self.body` and implement `work()`; `finished_with(result)` fires on success.

    Enter presses the confirm button (except inside multi-line fields), Ctrl+Enter confirms from
    anywhere, Escape cancels. A rule error stays in the dialog as title and hint; nothing typed is lost.
    """

    finished_with = Signal(object)
    # Check-in and move ask before taking a room from a stay over the same dates; they read
    # `override_stays` in work(). The others (group check-in too) show the refusal as it is.
    asks_to_override = False
    # Dialogs whose change can need a second look (the staff card) ask an administrator whether to
    # make it anyway; they read `force` in work().
    asks_to_force = False

    def __init__(self, ctx: DeskContext, title: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.operation: Operation | None = None
        # The stays the person said Override to, for the next submit only. A stay that took the
        # room meanwhile is not among them, so the services ask again instead of overriding it.
        self.override_stays: frozenset[str] = frozenset()
        # The administrator said Make it anyway, for the next submit only.
        self.force = False
        self.question: QMessageBox | None = None
        self.body = QVBoxLayout()
        self.error = ErrorBanner()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(confirm)
        self.ok_button.setAccessibleName(confirm.replace("&", ""))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def work(self) -> Callable[[], Awaitable[Any]]:
        """The service call to make, built from the form (raise FrontDeskError for a bad form)."""
        raise NotImplementedError

    def submit(self) -> None:
        if self.operation is not None and not self.operation.done:
            return  # already on its way: a second Enter must not check the guest in twice
        self.error.clear()
        try:
            work = self.work()
        except FrontDeskError as error:
            self.error.show_error(error)
            return
        self.operation = Operation(
            work, disable=[self.buttons], on_done=self._done, on_error=self._failed
        ).start()

    def _done(self, result: Any) -> None:
        self.finished_with.emit(result)
        self.accept()

    def _failed(self, error: FrontDeskError) -> None:
        self.override_stays = frozenset()
        self.force = False
        if isinstance(error, NeedsSecondLook) and self.asks_to_force and may_force(self.ctx.app):
            self.question = ask_to_force(self, error, self._force)
            return
        if isinstance(error, RoomOccupied) and self.asks_to_override:
            held = frozenset(str(s["reservation_key"]) for s in error.detail.get("occupied", []))
            self.question = ask_override(self, error, self.ctx.time_zone, lambda: self._override(held))
            return
        self.error.show_error(error)
        self.ok_button.setFocus()

    def _force(self) -> None:
        """The administrator said Make it anyway: submit the same form again, forced (audited)."""
        self.force = True
        self.submit()

    def _override(self, held: frozenset[str]) -> None:
        """The person said Override: submit the same form again, taking the room from those stays."""
        self.override_stays = held
        self.submit()
