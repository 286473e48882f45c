"""An inline error: the title in bold, the hint under it. Used inside dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from frontdesk.domain.errors import FrontDeskError


class ErrorBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("errorTitle")
        self.title.setStyleSheet("font-weight: bold; color: #a40000;")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("errorHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.setAccessibleName("Error message")
        self.hide()

    def show_error(self, error: FrontDeskError) -> None:
        self.title.setText(error.title)
        self.hint.setText(error.hint)
        self.show()

    def clear(self) -> None:
        self.title.clear()
        self.hint.clear()
        self.hide()
