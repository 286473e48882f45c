"""Lockout: the PINs and cards on one screen, a backup PIN by keyboard, also with the internet down."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from frontdesk.ui.screens.lockout import LockoutScreen
from tests.ui.cards_helpers import pin_stay, wait_for
from tests.ui.helpers import WAIT, key, open_window, shortcut, type_text

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def marta(desk_app) -> str:  # type: ignore[no-untyped-def]
    """Marta in 102 with a PIN on both keypads (ask for it before `qloop`)."""
    return pin_stay(desk_app)


def guest_pin(screen: LockoutScreen) -> str:
    return next(c.code for c in screen.view.codes if not c.is_backup)  # type: ignore[union-attr]


def test_lockout_to_a_backup_pin_on_screen_by_keyboard_alone(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)

    shortcut(qtbot, window, "Ctrl+6")  # the Lockout screen, cursor in the guest field
    screen = window.lockout
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.query, timeout=WAIT)
    type_text(qtbot, "marta")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.pull_button, timeout=WAIT)
    assert screen.summary.text().startswith("Marta Silva")
    original = guest_pin(screen)
    assert screen.codes.rowCount() == 2  # the same PIN on both keypads
    assert screen.codes.item(0, 2).text().startswith("Works now: active on the lock until")
    assert screen.cards.rowCount() == 0  # no card encoded for this stay yet

    key(qtbot, Qt.Key.Key_B, ALT)  # Pull a backup PIN
    qtbot.waitUntil(lambda: screen.backup_pin.text() != "", timeout=WAIT)
    backup = screen.backup_pin.text()
    assert re.fullmatch(r"\d{4,8}", backup) and backup != original
    assert QGuiApplication.clipboard().text() == backup
    door = {"front-door-keypad": "Front door keypad", "back-door-keypad": "Back door keypad"}
    replaced = door[screen.view.backup.device_id]  # the selected (first) code's door
    other = next(name for name in door.values() if name != replaced)
    assert f"{replaced}: {backup} until" in screen.message.toPlainText()
    assert f"{other}: {original} until" in screen.message.toPlainText()
    assert replaced in screen.backup_note.text()
    assert "copied to the clipboard" in screen.backup_note.text()
    # The desk now knows the guest holds the backup: the lockout service says so too.
    view = wait_for(qtbot, desk_app.lockout.lookup(screen.view.reservation_key))
    assert backup in view.message


def test_the_backup_pin_stays_on_screen_when_the_stay_reloads(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    """Handing out a backup changes the stay, and every change reloads the screen in view: the PIN
    the receptionist is reading out must not vanish with that reload."""
    window = open_window(qtbot, desk_app)
    screen = window.lockout
    wait_for(qtbot, screen.show_stay(marta).task)
    window.go("lockout")
    wait_for(qtbot, screen.pull_backup().task)
    backup = screen.backup_pin.text()
    assert backup.isdigit()
    screen.reload()
    wait_for(qtbot, screen.operation.task)
    assert screen.backup_pin.text() == backup
    assert "copied to the clipboard" in screen.backup_note.text()
    # Another guest on screen: the backup was not theirs, so it goes.
    screen.query.setText("Nobody")
    wait_for(qtbot, screen.show_stay("R-NOBODY").task)
    assert screen.backup_pin.text() == "" and screen.backup_note.text() == ""


def test_backup_pin_with_the_internet_down_and_the_sync_state_says_offline(
    qtbot, desk_app, marta, qloop
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    provider = wait_for(qtbot, desk_app.sync.provider())
    provider.set_outage(True)
    wait_for(qtbot, window.lockout.show_stay(marta).task)
    window.go("lockout")
    wait_for(qtbot, window.lockout.pull_backup().task)
    backup = window.lockout.backup_pin.text()
    assert backup.isdigit()

    wait_for(qtbot, desk_app.sync.run_once())  # the update of the backup's end cannot be sent
    wait_for(qtbot, window.sync_status.refresh())
    text = window.sync_status.text()
    assert text.startswith("Offline") and re.search(r"\d+ changes? waiting", text)
    assert "last failure:" in text and "Traceback" not in text
    assert window.sync_status.state == "offline"

    provider.set_outage(False)
    desk_app.clock.advance(minutes=10)
    wait_for(qtbot, desk_app.sync.run_until_idle())
    wait_for(qtbot, window.sync_status.refresh())
    assert window.sync_status.text().startswith("Online · nothing waiting")


def test_an_unknown_guest_shows_a_title_and_a_hint(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("lockout")
    window.lockout.query.setText("nobody-like-this")
    operation = window.lockout.look_up()
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    assert window.error.isVisible()
    assert window.error.title.text() and window.error.hint.text()
    assert "Traceback" not in window.error.title.text() + window.error.hint.text()


def test_the_background_sync_loop_keeps_the_status_bar_current(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    provider = wait_for(qtbot, desk_app.sync.provider())
    provider.set_outage(True)
    window.sync_status.start_worker(interval=0.05)
    qtbot.waitUntil(lambda: window.sync_status.state == "offline", timeout=WAIT)
    assert "Traceback" not in window.sync_status.text()
    provider.set_outage(False)
    desk_app.clock.advance(minutes=10)
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("Online"), timeout=WAIT)
    wait_for(qtbot, window.sync_status.stop_worker())
    assert window.sync_status._worker is None


def test_each_state_and_problem_reads_as_one_plain_sentence(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    provider = wait_for(qtbot, desk_app.sync.provider())
    codes = wait_for(qtbot, desk_app.codes.list("front-door-keypad"))
    front = next(c for c in codes if c.name == "Marta Silva")
    provider.add_code_error(front.access_code_id, "failed_to_set_on_device")
    desk_app.clock.advance(minutes=1)
    wait_for(qtbot, desk_app.sync.run_once())
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+6")
    screen = window.lockout
    type_text(qtbot, "marta")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.view is not None and screen.codes.rowCount() == 2, timeout=WAIT)
    rows = {screen.codes.item(r, 0).text(): r for r in range(2)}
    back, failed = rows["Back door keypad"], rows["Front door keypad"]
    works = screen.codes.item(back, 2).text()
    assert works.startswith("Works now: active on the lock until") and works.endswith(".")
    assert works.lower().count("works now") == 1 and "·" not in works  # the verdict once, no list
    broken = screen.codes.item(failed, 2).text()
    assert broken == "Does not work now: failed on the lock — the code could not be put on the lock."
    problem = screen.codes.item(failed, 3).text()
    # Each problem one sentence in the desk's words (the error, then the provider's delay warning).
    assert problem.startswith("The code could not be put on the lock. ") and "[" not in problem
    assert "[failed_to_set_on_device]" in screen.codes.item(failed, 3).toolTip()  # kept for support
    assert screen.codes.item(back, 3).text() == ""
