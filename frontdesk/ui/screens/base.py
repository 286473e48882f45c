"""What the main window expects of a screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from frontdesk.ui.context import DeskContext


class Screen(QWidget):
    """A page of the main window. `stay_opened(key)` asks the window to show that stay;
    `failed(error)` puts an error (title and hint) at the top of the window."""

    stay_opened = Signal(str)
    failed = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self) -> None:
        """Called when the screen is shown: load what it needs and put the focus where work starts."""

    def reload(self) -> None:
        """Called after a change anywhere and on F5, with the context already fresh."""

    def current_stay_key(self) -> str | None:
        """The stay the Stay menu's actions apply to, if this screen has one selected."""
        return None
