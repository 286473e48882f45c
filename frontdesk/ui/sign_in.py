"""Who is at the desk: the sign-in screen, the operator switch, the idle lock and the banner of a
property that has no administrator yet.

`DeskLock` wraps the window's central widget in a stack of two pages, the desk and the sign-in
screen. Locking (at start once operators exist, after the idle time, or on "Switch operator")
hides the window's open dialogs without closing them, turns the window's shortcuts off and shows
the sign-in screen; signing in brings all of it back as it was. Switching is two key presses: F12,
then the operator's number in the list (then the password or PIN). The permission checks are in
the services; this only decides whom the desk acts for. The sign-in screen and the first
administrator's dialog (ui/sign_in_page.py) are imported when first shown.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError
from frontdesk.ui.operations import Operation

if TYPE_CHECKING:  # the operators' domain is imported when an administrator is made, not at start
    from frontdesk.services.operators.views import SignedIn
    from frontdesk.ui.main_window import MainWindow
    from frontdesk.ui.sign_in_page import FirstAdminDialog, SignInPage

IDLE_ENV = "FRONTDESK_IDLE_LOCK_MINUTES"
DEFAULT_IDLE_MINUTES = 5.0
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


def idle_minutes() -> float:
    """FRONTDESK_IDLE_LOCK_MINUTES (0 turns the idle lock off), else 5 minutes."""
    try:
        value = float(os.environ.get(IDLE_ENV, "").strip() or DEFAULT_IDLE_MINUTES)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(value, 0.0)


class DeskLock(QObject):
    """Locks and unlocks the window for the operators; see the module's docstring."""

    def __init__(self, window: MainWindow, desk: QWidget, idle_lock_minutes: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.needs_sign_in = False
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._page: SignInPage | None = None  # made when first needed: most starts never lock
        self.banner = QWidget()
        self.banner.setObjectName("noAdminBanner")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self.banner)
        row.addWidget(
            QLabel(self.tr("No administrator exists yet: anyone at this computer can do anything.")), 1
        )
        self.create_button = QPushButton(self.tr("Create the first administrator…"))
        self.create_button.clicked.connect(self.ask_first_admin)
        row.addWidget(self.create_button)
        self.banner.hide()
        # The desk goes into the lock's stack before the window has a central widget: taking it out
        # of a window and setting it again made Qt polish every widget twice at start.
        self.stack = QStackedWidget()
        self.stack.addWidget(desk)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        window.setCentralWidget(holder)
        self.who = QLabel()
        self.who.setObjectName("signedIn")
        window.statusBar().addPermanentWidget(self.who)
        self.switch_action = QAction(self.tr("S&witch operator"), window)
        self.switch_action.setObjectName("switchOperator")
        self.switch_action.setShortcut(QKeySequence("F12"))
        self.switch_action.triggered.connect(self.lock)
        window.addAction(self.switch_action)
        minutes = idle_minutes() if idle_lock_minutes is None else idle_lock_minutes
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(minutes * 60_000))
        self.idle.timeout.connect(self.lock)
        self._idle_on = minutes > 0
        self.first_admin: FirstAdminDialog | None = None
        # The whole application's events are watched only once the idle time runs (someone signed
        # in): a Python filter on every event costs each event, and its first call alone makes
        # PySide6 build some 170 enum types (a tenth of a second) right in a starting window's path.
        self._watching = False
        window.destroyed.connect(lambda *_: self._forget_filter())

    @property
    def page(self) -> SignInPage:
        """The sign-in screen, made (behind the desk in the window) the first time it is wanted."""
        if self._page is None:
            from frontdesk.ui.sign_in_page import SignInPage  # here: most starts never lock

            self._page = SignInPage(self)
            self.stack.addWidget(self._page)
        return self._page

    def _forget_filter(self) -> None:
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)

    async def check(self) -> None:
        """Before the first load is shown: does this desk need someone signed in?"""
        self.needs_sign_in = not await self.window.app.operators.needs_first_admin()

    def settle(self) -> None:
        """After the first load: the sign-in screen, or the desk with the "no administrator" banner."""
        if self.needs_sign_in:
            self.lock()
        else:
            self.banner.show()
            self.who.setText(self.tr("No administrator yet"))

    def ask_first_admin(self) -> FirstAdminDialog:
        from frontdesk.ui.sign_in_page import FirstAdminDialog

        self.first_admin = FirstAdminDialog(self)
        self.first_admin.open()
        return self.first_admin

    def lock(self) -> None:
        """Hide the desk and its dialogs (kept as they are) and ask who is there."""
        if self.locked or not self.needs_sign_in:
            return
        self.locked = True
        self.idle.stop()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and self._owned(w)]
        for widget in self._hidden:
            widget.hide()
        self._disabled = [a for a in self.window.actions() if a.isEnabled() and a is not self.switch_action]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.window.app.operators.sign_out()
        self.who.setText(self.tr("Locked"))
        self.stack.setCurrentWidget(self.page)
        self.page.error.clear()
        self.window.activateWindow()  # the hidden dialog had the keyboard: the sign-in screen takes it
        self.page.names.setFocus()
        Operation(self.window.app.operators.names, on_done=self.page.show_names).start()

    def _owned(self, widget: QWidget) -> bool:
        """A window of this desk's (a dialog opened from it, or from one of its dialogs)."""
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return False

    def signed_in(self, signed: SignedIn) -> None:
        self.needs_sign_in = True
        self.banner.hide()
        self.who.setText(
            self.tr("Signed in: {name} ({role})").format(name=signed.name, role=signed.role.label)
        )
        if self.locked:
            self.locked = False
            self.stack.setCurrentIndex(0)
            self.window.menuBar().setEnabled(True)
            for action in self._disabled:
                action.setEnabled(True)
            for widget in self._hidden:
                widget.show()
                widget.activateWindow()  # back where the person was, with what they had typed
            self._hidden, self._disabled = [], []
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self._idle_on and self.needs_sign_in and not self.locked:
            self.idle.start()
            qt_app = QApplication.instance()
            if qt_app is not None and not self._watching:
                qt_app.installEventFilter(self)
                self._watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked and self.idle.isActive():
            self.idle.start()  # any key or mouse use at the desk starts the idle time again
        return False

    def refused(self, error: FrontDeskError) -> None:
        """What a refused action does: 401 locks the desk (the operator was disabled or signed out)."""
        if error.status == 401:
            self.lock()
