"""Inline messages: an error as a bold title with a hint under it, and a notice of what just happened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.domain.errors import FrontDeskError
from frontdesk.ui.service_words import shown


class ErrorBanner(QWidget):
    """Title and hint of the last error, shown in the window (never a traceback, never a popup)."""

    def __init__(self, parent: QWidget | None = None, *, closable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setObjectName("errorTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("errorHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.title)
        text.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(text, 1)
        self.close_button: QPushButton | None = None
        if closable:
            self.close_button = QPushButton(self.tr("Dismiss"))
            self.close_button.setAccessibleName(self.tr("Dismiss the error"))
            self.close_button.clicked.connect(self.clear)
            layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Error message"))
        self.hide()

    def show_error(self, error: FrontDeskError) -> None:
        title, hint = shown(error.title), shown(error.hint)
        self.title.setText(title)
        self.hint.setText(hint)
        self.setAccessibleDescription(f"{title} {hint}")
        self.show()

    def clear(self) -> None:
        self.title.clear()
        self.hint.clear()
        self.hide()


class NoticeBar(QWidget):
    """What the last operation changed that the receptionist must act on (e.g. cards to re-encode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("OK"))
        self.close_button.setAccessibleName(self.tr("Dismiss the notice"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Notice"))
        self.hide()

    def show_notice(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()
