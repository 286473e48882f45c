"""Starting the desk: a QApplication on the qasync loop, the database opened off the GUI thread."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TYPE_CHECKING, cast

os.environ.setdefault("QT_API", "pyside6")  # qasync picks the first Qt binding it finds

import qasync
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from frontdesk.domain.errors import FrontDeskError
from frontdesk.ui.i18n import RESOURCES, apply_font, install_translation
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.operations import as_frontdesk_error, show_error
from frontdesk.ui.start import first_paint, open_quick_window

if TYPE_CHECKING:  # the application is built off the GUI thread, after the window is shown
    from frontdesk.services.bootstrap import App


def prepare(qt_app: QApplication) -> None:
    """Names (for QSettings), the font size and the translation. The style sheet follows with the
    main window's widgets (`MainWindow`, i18n.apply_style_sheet)."""
    qt_app.setApplicationName("FrontDesk")
    qt_app.setOrganizationName("FrontDesk")
    apply_font(qt_app)
    qt_app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "frontdesk.svg")))
    install_translation(qt_app)


def _build_app(database: str | None) -> App:
    # Imported here, on the worker thread: SQLAlchemy, Alembic (when migrating), the keyring and
    # the services load while the GUI thread already shows Today (ui/start.py).
    from frontdesk.services.bootstrap import bootstrap

    return bootstrap(database)


async def open_desk(database: str | None, window_holder: list[MainWindow]) -> App | None:
    """The desk's window and its application. On the quick start the window with Today's rows is
    shown first and the application attached when built; otherwise the window follows the build."""
    window = open_quick_window(database)
    if window is not None:
        window_holder.append(window)
        await first_paint(window)
    try:
        app = await asyncio.to_thread(_build_app, database)
    except Exception as exc:
        if window is not None:
            window.close()
        error: FrontDeskError = as_frontdesk_error(exc)
        show_error(None, error)
        return None
    if window is None:
        window = MainWindow(app)
        window_holder.append(window)
        window.show()
    else:
        window.attach(app)
    window.refresh()
    return app


async def cancel_open_work(grace: float = 5.0) -> None:
    """Cancel what dialogs still have running (say an encode waiting for a card) while the loop is
    alive, so each records its outcome (a card in progress is recorded as not issued)."""
    current = asyncio.current_task()
    pending = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=grace)


async def apply_encoder_choice(app: App) -> None:
    """The reader chosen in this workstation's settings, unless FRONTDESK_ENCODER says otherwise."""
    from frontdesk.services.cards.slot import encoder_choice
    from frontdesk.ui.screens.settings import workstation_encoder

    saved = workstation_encoder()
    if saved and encoder_choice(saved) == saved:
        try:
            await app.cards.use_saved_encoder(saved)
        except FrontDeskError as error:  # a driver that went away: keep the default, say why
            show_error(None, error)


def run_gui(database: str | None = None) -> int:
    # instance() is typed as a QCoreApplication; the desk only ever makes a QApplication.
    qt_app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    prepare(qt_app)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    windows: list[MainWindow] = []

    async def main() -> int:
        closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def close() -> None:
            if not closed.done():
                closed.set_result(None)

        qt_app.aboutToQuit.connect(close)
        # Qt must not stop the loop when the window closes: the encoder, the sync worker and the
        # provider are closed on the loop first, then main() returns.
        qt_app.setQuitOnLastWindowClosed(False)
        qt_app.lastWindowClosed.connect(close)
        app = await open_desk(database, windows)
        if app is None:
            return 1
        await apply_encoder_choice(app)
        windows[0].sync_status.start_worker()  # PIN changes reach the locks while the desk is open
        app.live.start()  # other desks' changes refresh this window as its own do (services/live.py)
        try:
            await closed
        finally:
            await cancel_open_work()
            await windows[0].sync_status.stop_worker()
            await app.aclose()  # the encoder's device thread, the provider's connection, the database
        return 0

    with loop:
        return loop.run_until_complete(main())
