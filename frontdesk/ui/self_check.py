"""The window part of `frontdesk self-test`: the desk's main window opened and closed offscreen."""

from __future__ import annotations

import os

from frontdesk.services.bootstrap import App


def open_and_close_window(app: App) -> str:
    """Build the real main window (style sheet, translation), show it offscreen, close it.

    Offscreen so the check runs the same with or without a screen (a server, CI, a remote shell);
    it still loads Qt, its plugins and fonts, which is what an install can get wrong.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from frontdesk.ui.app import prepare
    from frontdesk.ui.main_window import MainWindow

    # The offscreen platform warns about window hints it cannot honour: noise in a check's output.
    previous = qInstallMessageHandler(lambda *_: None)
    try:
        existing = QApplication.instance()
        qt_app = existing or QApplication(["frontdesk"])
        if existing is None:  # a host application (tests) keeps its own style and translation
            prepare(qt_app)  # type: ignore[arg-type]
        window = MainWindow(app)
        window.show()
        for key in list(window.screens):  # every screen, though the desk makes them on first show:
            window.built_screen(key)  # a module missing from an install shows here, not mid-shift
        qt_app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the window did not show")
        size = window.size()
        window.close()
        window.deleteLater()
        qt_app.processEvents()
    finally:
        qInstallMessageHandler(previous)
    families = len(QFontDatabase.families())
    return f"opened and closed offscreen ({size.width()}x{size.height()}, {families} font families)"
