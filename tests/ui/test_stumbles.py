"""The small stumbles a new user met, each as they met it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.ui.dialogs.stay_changes import ChangeDatesDialog
from tests.ui.helpers import WAIT, key, open_window, shortcut, type_text

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_i_then_ctrl_d_changes_the_first_guest_in_houses_dates(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    key(qtbot, Qt.Key.Key_I, ALT)
    today = window.today
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.in_house_view, timeout=WAIT)
    assert today.in_house_view.selectionModel().selectedRows(), "a row is selected, as it is shown"
    first = today.in_house_view.current_row()
    shortcut(qtbot, window, "Ctrl+D")
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, ChangeDatesDialog), timeout=WAIT)
    assert window.flows.dialog.stay.reservation_key == first.reservation_key
    assert not window.error.isVisible()


def test_alt_a_selects_the_first_arrival(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    key(qtbot, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.today.in_house_view, timeout=WAIT)
    key(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.today.arrivals_view, timeout=WAIT)
    assert window.today.current_stay_key() == stays["lucas"]
    assert window.today.arrivals_view.selectionModel().selectedRows()


def test_the_lockout_search_selects_its_old_text_so_typing_replaces_it(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+6")
    query = window.lockout.query
    qtbot.waitUntil(lambda: QApplication.focusWidget() is query, timeout=WAIT)
    type_text(qtbot, "Marta Silvaa")  # a typo: nobody found, the field keeps the text
    shortcut(qtbot, window, "Ctrl+1")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not query, timeout=WAIT)
    shortcut(qtbot, window, "Ctrl+6")  # back: the old text is selected, typing replaces it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is query, timeout=WAIT)
    qtbot.waitUntil(lambda: query.selectedText() == "Marta Silvaa", timeout=WAIT)
    type_text(qtbot, "Lee")
    assert query.text() == "Lee"
