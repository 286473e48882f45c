"""One helper to run a service call from the GUI (after Anki's CollectionOp).

It disables what must wait, shows a busy cursor and status, awaits the coroutine on the qasync
loop (the database work itself runs on the database thread), and turns every failure into a
title and a hint for the person. A traceback never reaches the screen: unexpected errors are
logged with it and shown as a plain message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from frontdesk.domain.errors import UNEXPECTED, FrontDeskError
from frontdesk.ui.service_words import shown

if TYPE_CHECKING:  # imported with the desk's loop, after the quick window is shown (ui/start.py)
    import asyncio

log = logging.getLogger(__name__)
T = TypeVar("T")
_RUNNING: set[asyncio.Task[None]] = set()  # asyncio keeps only weak references to tasks


def as_frontdesk_error(exc: BaseException) -> FrontDeskError:
    """The error as the person sees it: ours as they are, anything else logged and made plain."""
    if isinstance(exc, FrontDeskError):
        return exc
    log.error("unexpected error in an operation", exc_info=exc)
    return UNEXPECTED


def show_error(parent: QWidget | None, error: FrontDeskError) -> None:
    """A message box, for when there is no window to hold an inline error (e.g. at start)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("FrontDesk")
    box.setText(shown(error.title))
    box.setInformativeText(shown(error.hint))
    box.setAccessibleName("Error")
    box.open()


class Operation:
    """Run `work` and call `on_done(result)` or `on_error(error)`; widgets are disabled meanwhile."""

    def __init__(
        self,
        work: Callable[[], Awaitable[T]],
        *,
        disable: Iterable[QWidget] = (),
        on_done: Callable[[T], Any] | None = None,
        on_error: Callable[[FrontDeskError], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._work = work
        self._disable = list(disable)
        self._on_done = on_done
        self._on_error = on_error or (lambda e: show_error(parent, e))
        self.task: asyncio.Task[None] | None = None

    def start(self) -> Operation:
        import asyncio  # loaded by then: operations run on the desk's loop (ui/desk_loop.py)

        self.task = asyncio.ensure_future(self._run())
        _RUNNING.add(self.task)
        self.task.add_done_callback(_RUNNING.discard)
        return self

    @property
    def done(self) -> bool:
        return self.task is not None and self.task.done()

    async def _run(self) -> None:
        for widget in self._disable:
            widget.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            result = await self._work()
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            self._enable()
            self._on_error(as_frontdesk_error(exc))
            return
        QApplication.restoreOverrideCursor()
        self._enable()
        if self._on_done is not None:
            self._on_done(result)

    def _enable(self) -> None:
        for widget in self._disable:
            widget.setEnabled(True)
