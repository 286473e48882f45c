"""What the main window expects of a screen."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from frontdesk.domain.topics import Topic
from frontdesk.ui.context import DeskContext


class Screen(QWidget):
    """A page of the main window. `stay_opened(key)` asks the window to show that stay;
    `failed(error)` puts an error (title and hint) at the top of the window."""

    stay_opened = Signal(str)
    failed = Signal(object)

    #: What the screen shows of the desk: a change touching none of these leaves it alone.
    topics: ClassVar[frozenset[Topic]] = frozenset()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self) -> None:
        """Called when the screen is shown: load what it needs and put the focus where work starts."""

    def reload(self) -> None:
        """Load what the screen shows again (the context is already fresh)."""

    def on_change(self, topics: frozenset[Topic], *, visible: bool) -> None:
        """A finished operation touched `topics`. The screen in view reloads when it shows one of
        them; a hidden one loads when it is next shown (`activate`)."""
        if visible and not self.topics.isdisjoint(topics):
            self.reload()

    def current_stay_key(self) -> str | None:
        """The stay the Stay menu's actions apply to, if this screen has one selected."""
        return None
