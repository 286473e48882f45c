"""A dangerous change at the window: an administrator is asked, in words that name the danger (No
the default), and Make it anyway does it, audited as `change.forced` like the command line's
--force; anyone else sees the refusal naming the role that can, never a command-line option."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.domain.audit import AuditFilter
from frontdesk.ui.dialogs.encode_cards import EncodeCardsDialog
from frontdesk.ui.dialogs.staff_card import StaffCardDialog
from tests.operator_fixtures import add_staff
from tests.ui.helpers import WAIT, open_window, shortcut
from tests.ui.test_sign_in import _sign_in


@pytest.fixture
def staff(desk_app: Any) -> None:
    """Ann (admin, 1), Max (manager, 2), Rita (receptionist, 3). Ask for it before `qloop`."""
    asyncio.run(add_staff(desk_app))


def _run(qtbot: Any, coro: Any) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=WAIT)
    return task.result()


def _forced_rows(qtbot: Any, desk_app: Any) -> list[Any]:
    return list(_run(qtbot, desk_app.audit.search(AuditFilter(action="change.forced"))))


def _master_key_dialog(qtbot: Any, window: Any) -> StaffCardDialog:
    """The staff card dialog, filled for the maintenance group: every door of the property."""
    shortcut(qtbot, window, "Ctrl+Shift+K")
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StaffCardDialog), timeout=WAIT)
    dialog: StaffCardDialog = window.flows.dialog
    dialog.name.setText("Rosa Diaz")
    next(b for b in dialog.groups if b.property("group") == "maintenance").setChecked(True)
    return dialog


def test_an_administrator_is_asked_and_can_make_a_staff_card_for_every_door(
    qtbot, staff, qloop, desk_app, secret_service
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "1", "ann-admin-pass-1")
    dialog = _master_key_dialog(qtbot, window)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
    question = dialog.question
    assert question is not None
    assert "a staff card for every door" in question.text()
    assert "--" not in question.text() + question.informativeText()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(question, Qt.Key.Key_Return)  # a stray Enter: No
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=WAIT)
    assert isinstance(window.flows.dialog, StaffCardDialog) and _forced_rows(qtbot, desk_app) == []

    dialog.submit()
    qtbot.waitUntil(lambda: dialog.question is not question and dialog.question.isVisible(), timeout=WAIT)
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    [forced] = _forced_rows(qtbot, desk_app)
    assert forced.operator == "Ann" and "a staff card for every door" in forced.sentence


def test_a_manager_sees_the_refusal_naming_the_administrator(qtbot, staff, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "2", "max-manager-pass-1")
    dialog = _master_key_dialog(qtbot, window)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.question is None
    assert dialog.error.title.text() == "This change needs a second look: a staff card for every door."
    hint = dialog.error.hint.text()
    assert "Only an administrator can make it anyway" in hint and "--force" not in hint
    assert _forced_rows(qtbot, desk_app) == []


def test_an_administrator_changes_the_time_zone_with_guests_in_house_after_the_question(
    qtbot, stays, staff, qloop, desk_app
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "1", "ann-admin-pass-1")
    window.go("settings")
    screen = window.settings
    qtbot.waitUntil(lambda: screen.time_zone.currentText() == "America/Los_Angeles", timeout=WAIT)
    screen.time_zone.lineEdit().selectAll()
    qtbot.keyClicks(screen.time_zone.lineEdit(), "Europe/Lisbon")
    screen.save_property()
    qtbot.waitUntil(lambda: screen.question is not None and screen.question.isVisible(), timeout=WAIT)
    question = screen.question
    assert question is not None and "2 stays are in house" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Property saved" in screen.message.text(), timeout=WAIT)
    assert _run(qtbot, desk_app.queries.property_info()).time_zone == "Europe/Lisbon"
    [forced] = _forced_rows(qtbot, desk_app)
    assert forced.operator == "Ann" and "2 stays are in house" in forced.sentence
