"""The quick start: the main window with Today's real rows before the application is built.

Building the application (`services/bootstrap.py`) imports SQLAlchemy, the lock provider's HTTP
client, the keyring and the card reader's driver: several times as long as a whole bare Qt window.
When the database is a SQLite file that is current and needs nobody signed in, Today is read with
the standard library's sqlite3 (services/stays/today.py, store/quick_read.py) and shown in the real
main window at once; the application is built behind it and attached (`MainWindow.attach`), and the
first full load then shows the same rows again with the rest (rack, counts, sign-in banner).

Until then the window answers the keyboard and mouse (its lists scroll, select and sort; the
screens can be looked at) while the actions that need the application wait, and the status bar
says the database is still being opened. When the quick read cannot be sure (PostgreSQL,
migrations pending, operators who must sign in first, anything unusual) there is no quick window:
the desk starts the normal way.

The quick window runs on Qt's own loop first: asyncio, qasync and the desk's running
(ui/desk_loop.py) are imported on a worker thread after its first paint (`load_behind`), and the
desk moves to the qasync loop once they are there. Nothing the quick window does needs asyncio.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk.services.config import database_url
from frontdesk.services.stays.today import QuickToday, quick_today
from frontdesk.ui.main_window import MainWindow


def show_quick_today(window: MainWindow, quick: QuickToday) -> None:
    """Today's lists from the quick read, in a window still waiting for its application."""
    window.ctx.time_zone, window.ctx.property_name = quick.time_zone, quick.property_name
    window.setWindowTitle(f"FrontDesk — {quick.property_name}")
    window.today.show_today(quick.today)
    window.today_shown = True
    window.today.activate()  # the keyboard starts in the first list with rows, as after a full load


def open_quick_window(database: str | None, now: datetime | None = None) -> MainWindow | None:
    """The main window shown with Today, or None when the desk must start the normal way."""
    quick = quick_today(database_url(database), now or datetime.now(UTC))
    if quick is None:
        return None
    window = MainWindow(None)
    show_quick_today(window, quick)
    window.show()
    return window


class _LoadBehind(QObject):
    """Qt's own loop for the quick window while `load` runs on a worker thread after its first
    paint. Started before the paint, its imports would take turns with it for the interpreter lock."""

    loaded = Signal()  # emitted on the worker thread, delivered on the GUI thread (queued)

    def __init__(self, window: QWidget, load: Callable[[], None], paint_timeout_ms: int) -> None:
        super().__init__()
        self.window, self.load = window, load
        self.error: BaseException | None = None
        self.loop = QEventLoop()
        self.loaded.connect(self.loop.quit)
        self.worker: threading.Thread | None = None
        window.installEventFilter(self)
        # A platform that paints late or never must not hold the start.
        QTimer.singleShot(paint_timeout_ms, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.worker is None:
            QTimer.singleShot(0, self._start)  # once this paint is done
        return False

    def _start(self) -> None:
        if self.worker is not None:
            return
        self.window.removeEventFilter(self)
        self.worker = threading.Thread(target=self._load, name="frontdesk-start", daemon=True)
        self.worker.start()

    def _load(self) -> None:
        try:
            self.load()
        except BaseException as exc:  # raised again on the GUI thread, by load_behind
            self.error = exc
        finally:
            self.loaded.emit()


def load_behind(window: QWidget, load: Callable[[], None], paint_timeout_ms: int = 500) -> bool:
    """Run `load` (imports) behind the shown quick window, which answers the keyboard and mouse all
    the while (its lists scroll, select and sort; Quit closes it). False when it was closed meanwhile."""
    qt_app = QApplication.instance()
    phase = _LoadBehind(window, load, paint_timeout_ms)
    if isinstance(qt_app, QApplication):  # closed meanwhile: nothing more to wait for
        qt_app.lastWindowClosed.connect(phase.loop.quit)
    try:
        phase.loop.exec()
    finally:
        if isinstance(qt_app, QApplication):
            qt_app.lastWindowClosed.disconnect(phase.loop.quit)
        if phase.worker is not None:
            phase.worker.join()  # the import finishes before anything else imports or exits
    if phase.error is not None:
        raise phase.error
    return window.isVisible()
