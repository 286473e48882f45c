"""Who is at the desk: the sign-in screen, the operator switch, the idle lock and the banner of a
property that has no administrator yet.

`DeskLock` wraps the window's central widget in a stack of two pages, the desk and the sign-in
screen. Locking (at start once operators exist, after the idle time, or on "Switch operator")
hides the window's open dialogs without closing them, turns the window's shortcuts off and shows
the sign-in screen; signing in brings all of it back as it was. Switching is two key presses: F12,
then the operator's number in the list (then the password or PIN). The permission checks are in
the services; this only decides whom the desk acts for.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import Operation

if TYPE_CHECKING:  # the operators' domain is imported when an administrator is made, not at start
    from frontdesk.services.operators.views import SignedIn
    from frontdesk.ui.main_window import MainWindow

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


class SignInPage(QWidget):
    """The operators by number, a password or PIN field, and the refusal's title and hint."""

    def __init__(self, lock: DeskLock) -> None:
        super().__init__()
        self.setObjectName("signInPage")
        self._lock = lock
        heading = QLabel(self.tr("Sign in to FrontDesk"))
        heading.setObjectName("signInHeading")
        self.names = QListWidget()
        self.names.setObjectName("operatorNames")
        self.names.setAccessibleName(self.tr("Operators: press an operator's number"))
        self.names.installEventFilter(self)
        self.secret = QLineEdit()
        self.secret.setObjectName("operatorSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password or PIN"))
        self.secret.setPlaceholderText(self.tr("Password or PIN"))
        self.secret.returnPressed.connect(self.submit)
        self.error = ErrorBanner()
        self.button = QPushButton(self.tr("Sign in"))
        self.button.clicked.connect(self.submit)
        box = QVBoxLayout()
        box.addWidget(heading)
        box.addWidget(self.names)
        box.addWidget(self.secret)
        box.addWidget(self.error)
        box.addWidget(self.button)
        panel = QWidget()
        panel.setLayout(box)
        panel.setMaximumWidth(420)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel)
        outer.addStretch(1)
        self.operation: Operation | None = None

    def show_names(self, names: list[str]) -> None:
        current = self.names.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.names.clear()
        for number, name in enumerate(names, start=1):
            item = QListWidgetItem(f"{number}  {name}" if number < 10 else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.names.addItem(item)
            if name == keep:
                self.names.setCurrentItem(item)
        if self.names.currentItem() is None and self.names.count():
            self.names.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A digit picks the operator with that number and moves on to the password: the second key
        # press of an operator switch.
        if watched is self.names and event.type() == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            if text.isdigit() and 1 <= int(text) <= self.names.count():
                self.names.setCurrentRow(int(text) - 1)
                self.secret.setFocus()
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> str | None:
        item = self.names.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def submit(self) -> None:
        name, secret = self.chosen(), self.secret.text()
        self.secret.clear()  # the secret lives no longer than this call
        if name is None:
            return
        ops = self._lock.window.app.operators
        self.operation = Operation(
            lambda: ops.sign_in(name, secret),
            disable=[self.button, self.secret, self.names],
            on_done=self._lock.signed_in,
            on_error=self._refused,
        ).start()

    def _refused(self, error: FrontDeskError) -> None:
        self.error.show_error(error)
        self.secret.setFocus()


class FirstAdminDialog(QDialog):
    """The first start of a property without operators: make its first administrator."""

    def __init__(self, lock: DeskLock) -> None:
        super().__init__(lock.window)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Create the first administrator"))
        self._lock = lock
        self.name = QLineEdit()
        self.name.setObjectName("adminName")
        self.secret = QLineEdit()
        self.secret.setObjectName("adminSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("adminSecretAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorBanner()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password or PIN"), self.secret)
        form.addRow(self.tr("Again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create_admin)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Until an administrator exists, anyone at this computer can do anything."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.operation: Operation | None = None

    def create_admin(self) -> None:
        name, secret, again = self.name.text(), self.secret.text(), self.again.text()
        self.secret.clear()
        self.again.clear()
        if secret != again:
            self.error.show_error(InvalidInput(self.tr("The two entries differ."), self.tr("Type it twice.")))
            return
        from frontdesk.domain.operators import Role  # here: the window starts without the operators' domain

        ops = self._lock.window.app.operators

        async def work() -> SignedIn:
            await ops.create(name, Role.ADMIN, secret)
            return await ops.sign_in(name, secret)

        self.operation = Operation(
            work, disable=[self], on_done=self._made, on_error=self.error.show_error
        ).start()

    def _made(self, signed: SignedIn) -> None:
        self._lock.signed_in(signed)
        self.accept()


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
