"""Operators at the window: the first administrator, the sign-in screen, switching operator in two
key presses, the idle lock that keeps open dialogs, and a refused action's dialog."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.domain.operators import Role
from tests.operator_fixtures import PASSWORDS, add_staff
from tests.ui.helpers import WAIT, open_window


@pytest.fixture
def staff(desk_app: Any) -> None:
    """Ann (admin), Max (manager), Rita (receptionist, PIN 4711). Ask for it before `qloop`."""
    asyncio.run(add_staff(desk_app))


def _sign_in(qtbot: Any, window: Any, number: str, secret: str) -> None:
    page = window.desk_lock.page
    # The lock hands the keyboard back to the window (a hidden dialog had it): the window system
    # does that a moment later, so wait for it as a person would see the screen come up.
    qtbot.waitUntil(lambda: page.names.count() == 3 and QApplication.activeWindow() is window, timeout=WAIT)
    page.names.setFocus()
    qtbot.keyClick(page.names, number)  # the operator's number moves on to the password
    qtbot.waitUntil(page.secret.hasFocus, timeout=WAIT)
    qtbot.keyClicks(page.secret, secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.desk_lock.locked, timeout=WAIT)


def test_without_operators_the_desk_opens_with_a_banner_and_asks_for_an_administrator(
    qtbot, qloop, desk_app
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    lock = window.desk_lock
    assert lock.banner.isVisible() and not lock.locked
    assert window.check_in_action.isEnabled()
    dialog = lock.ask_first_admin()
    qtbot.keyClicks(dialog.name, "Ann")
    qtbot.keyClicks(dialog.secret, "ann-admin-pass-1")
    qtbot.keyClicks(dialog.again, "ann-admin-pass-1")
    dialog.create_admin()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert not lock.banner.isVisible()
    assert lock.who.text() == "Signed in: Ann (administrator)"
    assert desk_app.operators.guard.actor_name() == "Ann"


def test_with_operators_the_window_opens_on_the_sign_in_screen(qtbot, staff, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    lock = window.desk_lock
    assert lock.locked and lock.stack.currentWidget() is lock.page
    assert not window.check_in_action.isEnabled()  # no shortcut reaches the desk behind the lock
    page = lock.page
    qtbot.waitUntil(lambda: page.names.count() == 3, timeout=WAIT)
    assert [page.names.item(i).text() for i in range(3)] == ["1  Ann", "2  Max", "3  Rita"]
    page.names.setCurrentRow(2)
    qtbot.keyClicks(page.secret, "0000")
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT)
    assert page.error.title.text() == "Sign-in refused."
    assert lock.locked and page.secret.text() == ""
    _sign_in(qtbot, window, "3", PASSWORDS[Role.RECEPTIONIST])
    assert lock.stack.currentIndex() == 0 and window.check_in_action.isEnabled()
    assert lock.who.text() == "Signed in: Rita (receptionist)"


def test_switching_operator_takes_two_key_presses(qtbot, staff, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "3", PASSWORDS[Role.RECEPTIONIST])
    window.today.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F12)  # 1: switch operator
    assert window.desk_lock.locked
    qtbot.waitUntil(lambda: window.desk_lock.page.names.count() == 3, timeout=WAIT)
    qtbot.keyClick(window.desk_lock.page.names, "1")  # 2: Ann; the password field has the focus
    qtbot.keyClicks(QApplication.focusWidget(), PASSWORDS[Role.ADMIN])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.desk_lock.locked, timeout=WAIT)
    assert window.desk_lock.who.text() == "Signed in: Ann (administrator)"
    assert desk_app.operators.guard.actor_name() == "Ann"  # what the audit records


def test_the_idle_lock_keeps_open_dialogs(qtbot, staff, qloop, desk_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FRONTDESK_IDLE_LOCK_MINUTES", "0.01")  # 0.6 s
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "3", PASSWORDS[Role.RECEPTIONIST])
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Marta Ruiz")
    qtbot.waitUntil(lambda: window.desk_lock.locked, timeout=WAIT)
    assert not dialog.isVisible()  # hidden behind the lock, not closed
    assert desk_app.operators.guard.actor_name() is None
    _sign_in(qtbot, window, "3", PASSWORDS[Role.RECEPTIONIST])
    assert dialog.isVisible() and dialog.guests.toPlainText() == "Marta Ruiz"


def test_a_refused_action_shows_a_dialog_with_its_title_and_hint(qtbot, staff, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "3", PASSWORDS[Role.RECEPTIONIST])
    window.go("activity")  # the audit log is a manager's

    def refusal() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: refusal() is not None, timeout=WAIT)
    box = refusal()
    assert box is not None
    assert box.text() == "Not permitted: reports."
    assert "Ask a manager" in box.informativeText()
    assert "frontdesk" not in box.informativeText()  # no command-line hint in the window
    box.close()
    assert not window.desk_lock.locked  # a refusal does not sign anyone out
