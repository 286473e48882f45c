"""The desk on its asyncio loop (qasync): the application built behind the window, attached, the
sync worker and the other desks' changes started, and everything closed in order at the end.

Imported after the quick window is shown (ui/app.py, ui/start.py): asyncio and qasync are a
sixth of the window's start and nothing on Today's first screen needs them.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import qasync
from PySide6.QtWidgets import QApplication

from frontdesk.domain.errors import FrontDeskError
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.operations import as_frontdesk_error, show_error

if TYPE_CHECKING:  # the application is built off the GUI thread, after the window is shown
    from frontdesk.services.bootstrap import App


def _build_app(database: str | None) -> App:
    # Imported here, on the worker thread: SQLAlchemy, Alembic (when migrating), the keyring and
    # the services load while the GUI thread already shows Today (ui/start.py).
    from frontdesk.services.bootstrap import bootstrap

    return bootstrap(database)


async def open_desk(
    database: str | None, window_holder: list[MainWindow], quick: MainWindow | None = None
) -> App | None:
    """The desk's application and its window. `quick` is the window already showing Today's rows
    (ui/start.py): the application is attached to it once built. Without one the window follows
    the build (PostgreSQL, pending migrations, operators who must sign in first)."""
    window = quick
    if window is not None:
        window_holder.append(window)
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


def run_desk(qt_app: QApplication, database: str | None, quick: MainWindow | None) -> int:
    """Run the desk on a qasync loop until its window closes; the exit status."""
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
        app = await open_desk(database, windows, quick)
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
