"""The sign-in screen and the first administrator's dialog, made when `DeskLock` (ui/sign_in.py)
first needs one: most starts never lock, and their dialog widgets cost the window's start
some enum types PySide6 makes on first touch (docs/benchmarks.md "Cold start").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import Operation

if TYPE_CHECKING:  # the operators' domain is imported when an administrator is made, not at start
    from frontdesk.services.operators.views import SignedIn
    from frontdesk.ui.sign_in import DeskLock


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
