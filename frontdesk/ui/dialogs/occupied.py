"""The question before a check-in or move takes a room from a stay whose dates overlap (issue 9).

The services refuse with RoomOccupied and name the stays in its detail; this words the question
from it ("Room 110 is held by Marta Ruiz until Wed 19 Nov 11:00. Override?"). Cancel is the default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.domain.errors import RoomOccupied
from frontdesk.ui.table_models import when


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def question_text(error: RoomOccupied, zone: str) -> str:
    """One sentence per stay that holds a room, then "Override?"."""
    lines: list[str] = []
    for held in error.detail.get("occupied", []):
        held_map: dict[str, Any] = held
        until = when(datetime.fromisoformat(str(held_map["ends_at"])), zone)
        lines.append(
            tr("{rooms} is held by {guests} until {until}.").format(
                rooms=", ".join(held_map.get("rooms", [])),
                guests=", ".join(held_map.get("guest_names", [])),
                until=until,
            )
        )
    return " ".join([*lines, tr("Override?")])


def ask_override(parent: QWidget, error: RoomOccupied, zone: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Open the question (window-modal, not blocking the loop); `on_yes` runs only on Override."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Room is occupied"))
    box.setAccessibleName(tr("Room is occupied"))
    box.setText(question_text(error, zone))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("&Override"))
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Cancel"))
    # A stray Enter must not take a room from a guest who is in it: Cancel is the default.
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered(result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
