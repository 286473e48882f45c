"""The sign-in screen after too many wrong PINs: it says, in words, how long sign-in waits for that
operator, refuses even the right PIN meanwhile, and lets the operator in once the wait is over."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.operator_fixtures import add_staff
from tests.ui.helpers import WAIT, open_window


@pytest.fixture
def staff(desk_app: Any) -> None:
    """Ann (admin, 1), Max (manager, 2), Rita (receptionist, 3, PIN 4711). Ask for it before `qloop`."""
    asyncio.run(add_staff(desk_app))


def _try(qtbot: Any, page: Any, secret: str) -> str:
    """Type a PIN for the chosen operator and press Enter; the refusal's title, or "" when let in."""
    page.operation = None
    qtbot.keyClicks(page.secret, secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.operation is not None and page.operation.done, timeout=WAIT)
    return str(page.error.title.text()) if page.error.isVisible() else ""


def test_the_sign_in_screen_says_how_long_to_wait(qtbot, staff, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    page = window.desk_lock.page
    qtbot.waitUntil(lambda: page.names.count() == 3 and QApplication.activeWindow() is window, timeout=WAIT)
    page.names.setFocus()
    qtbot.keyClick(page.names, "3")  # Rita
    for _ in range(4):
        assert _try(qtbot, page, "0000") == "Sign-in refused."
    assert _try(qtbot, page, "0000") == "Too many failed sign-ins for Rita: try again in 30 seconds."
    assert "doubles the wait" in page.error.hint.text() and "frontdesk" not in page.error.hint.text()
    assert _try(qtbot, page, "4711") == "Too many failed sign-ins for Rita: try again in 30 seconds."
    assert window.desk_lock.locked

    desk_app.clock.now += timedelta(seconds=30)
    _try(qtbot, page, "4711")
    qtbot.waitUntil(lambda: not window.desk_lock.locked, timeout=WAIT)
