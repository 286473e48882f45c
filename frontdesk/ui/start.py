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
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

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


class _FirstPaint(QObject):
    """Resolves a future when the watched window first paints."""

    def __init__(self, window: QWidget, painted: asyncio.Future[None]) -> None:
        super().__init__(window)
        self.painted = painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted.done():
            self.painted.set_result(None)
        return False


async def first_paint(window: QWidget, timeout: float = 0.5) -> None:
    """Wait until the window has painted once (at most `timeout`: a platform that paints later or
    never must not hold the start). The application is built after it, off this thread: started
    before, its imports would take turns with the window's first paint."""
    painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    watcher = _FirstPaint(window, painted)
    try:
        await asyncio.wait_for(asyncio.shield(painted), timeout)
    except TimeoutError:
        pass
    finally:
        window.removeEventFilter(watcher)
        watcher.deleteLater()
