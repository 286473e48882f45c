"""The question before a lost card is cancelled, the same from the card list and from the stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def ask_to_cancel_card(parent: QWidget, question: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Open the question (`question` names the card and whose it is); `on_yes` runs only when the
    person chose to cancel. No is the default and Escape: a cancelled card stops for good."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Cancel a lost card"))
    box.setText(question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("&Cancel the card"))
    box.button(QMessageBox.StandardButton.No).setText(tr("&Keep it"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def answered(_: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
