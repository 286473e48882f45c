"""The window's second look at a dangerous change (domain/second_look.py): an administrator is asked
whether to make it anyway, naming the danger, No the default; anyone else sees the refusal, whose
hint names the role that can (the services' wording, never a command-line option).

Yes sends the same change again with `force`, which the services audit as `change.forced`, as they
do for the command line's --force.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.domain.operators import Permission
from frontdesk.domain.second_look import NeedsSecondLook
from frontdesk.services.bootstrap import App


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def may_force(app: App) -> bool:
    """Whether the signed-in operator may make a dangerous change anyway (an administrator)."""
    return app.operators.may(Permission.FORCE)


def ask_to_force(parent: QWidget, error: NeedsSecondLook, on_yes: Callable[[], None]) -> QMessageBox:
    """Open the question (window-modal, not blocking the loop); `on_yes` runs only on Make it anyway."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("This change needs a second look"))
    box.setAccessibleName(tr("This change needs a second look"))
    box.setText(tr("This change is dangerous: {reason}.").format(reason=error.reason))
    box.setInformativeText(
        tr("{advice} Make it anyway? It is recorded in the audit as forced, under your name.").format(
            advice=error.advice
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("&Make it anyway"))
    box.button(QMessageBox.StandardButton.No).setText(tr("&No"))
    # A stray Enter must not hand out a master key: No is the default.
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def answered(_: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
