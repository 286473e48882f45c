"""Starting the desk: the QApplication, the quick window with Today, then the asyncio loop.

The window with Today's rows is shown on Qt's own loop first (ui/start.py); asyncio, qasync and
the rest of the desk (ui/desk_loop.py) load on a worker thread behind it, and only then does the
desk run on the qasync loop, where the application is built off the GUI thread and attached.
"""

from __future__ import annotations

import os
import sys
from typing import cast

os.environ.setdefault("QT_API", "pyside6")  # qasync picks the first Qt binding it finds

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from frontdesk.services.logs import setup_logging
from frontdesk.ui.i18n import RESOURCES, apply_font, install_translation
from frontdesk.ui.start import load_behind, open_quick_window


def _load_the_rest() -> None:
    """What the desk needs after its first screen: the log file, asyncio, qasync and the desk's
    running (ui/desk_loop.py). On a worker thread behind the quick window."""
    setup_logging()
    import frontdesk.ui.desk_loop  # noqa: F401 - imported for what it loads


def prepare(qt_app: QApplication) -> None:
    """Names (for QSettings), the font size and the translation. The style sheet follows with the
    main window's widgets (`MainWindow`, i18n.apply_style_sheet)."""
    qt_app.setApplicationName("FrontDesk")
    qt_app.setOrganizationName("FrontDesk")
    apply_font(qt_app)
    qt_app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "frontdesk.svg")))
    install_translation(qt_app)


def run_gui(database: str | None = None) -> int:
    """The desk's window until it closes; the exit status."""
    # instance() is typed as a QCoreApplication; the desk only ever makes a QApplication.
    qt_app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    prepare(qt_app)
    # The desk closes its encoder, sync worker and provider before it quits, not Qt on its own.
    qt_app.setQuitOnLastWindowClosed(False)
    quick = open_quick_window(database)
    if quick is None:
        _load_the_rest()
    elif not load_behind(quick, _load_the_rest):
        return 0  # closed before the desk was built: nothing was opened that needs closing
    from frontdesk.ui.desk_loop import run_desk

    return run_desk(qt_app, database, quick)
