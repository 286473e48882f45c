"""The small stumbles a new user met, each as they met it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.ui.dialogs.stay_changes import ChangeDatesDialog
from tests.ui.cards_helpers import pin_stay, wait_for
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


def test_an_error_floats_over_the_screen_and_goes_when_the_screen_changes(
    qtbot, stays, qloop, desk_app
) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.domain.errors import InvalidInput

    window = open_window(qtbot, desk_app)
    window.go("rooms")
    before = window.stack.geometry()
    window.show_error(InvalidInput("No stay selected.", "Pick a stay in the list first."))
    window.notice.show_notice("Encode cards for the new room.")
    qtbot.waitUntil(window.error.isVisible, timeout=WAIT)
    assert window.stack.geometry() == before  # nothing moved under the pointer
    assert window.error.geometry().bottom() <= window.page.height()
    assert not window.error.geometry().intersects(window.notice.geometry())
    shortcut(qtbot, window, "Ctrl+1")
    assert not window.error.isVisible()
    assert window.notice.isVisible()  # a notice says what to do next: it stays until OK


def test_typing_a_room_that_does_not_exist_says_so(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    dialog.rooms.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rooms.filter, timeout=WAIT)
    type_text(qtbot, "999")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.rooms.chosen.text() == "No room “999”. No room chosen yet."
    assert dialog.rooms.filter.text() == "999" and dialog.rooms.filter.selectedText() == "999"
    type_text(qtbot, "204")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.rooms.chosen.text() == "Chosen: Room 204"


def test_the_status_of_search_hits_and_of_rooms_to_pick_is_in_sight(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    search = window.flows.search()
    qtbot.waitUntil(search.isVisible, timeout=WAIT)
    op = search.search_now("Lee")
    qtbot.waitUntil(lambda: op.done, timeout=WAIT)
    table = search.results
    status = table.horizontalHeader()
    assert table.model().headerData(5, Qt.Orientation.Horizontal) == "Status"
    assert status.sectionViewportPosition(5) + 70 <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    search.reject()

    dialog = window.open_check_in()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    rooms = dialog.rooms.list
    suite = next(i for i in dialog.rooms.items() if i.text().startswith("Suite 401"))
    assert "occupied" in suite.text()
    assert rooms.visualItemRect(suite).right() <= rooms.viewport().width()
    assert rooms.horizontalScrollBar().maximum() == 0


@pytest.fixture
def marta(desk_app):  # type: ignore[no-untyped-def]
    return pin_stay(desk_app)


def test_offline_is_said_in_words_and_stands_out(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    provider = wait_for(qtbot, desk_app.sync.provider())
    provider.set_outage(True)
    wait_for(qtbot, window.lockout.show_stay(marta).task)
    wait_for(qtbot, window.lockout.pull_backup().task)  # a change that cannot reach the provider
    wait_for(qtbot, desk_app.sync.run_once())
    wait_for(qtbot, window.sync_status.refresh())
    label = window.sync_status
    assert label.text().startswith("Offline") and "cannot be reached" in label.text()
    assert "simulated_outage" not in label.text()  # the reason code goes to the log, not the desk
    assert "font-weight: bold" in label.styleSheet() and "#c62828" in label.styleSheet()
    provider.set_outage(False)
    wait_for(qtbot, desk_app.sync.run_once())
    wait_for(qtbot, label.refresh())
    assert label.state == "online" and label.styleSheet() == ""


def test_an_exceptions_name_never_reaches_the_sync_strip() -> None:
    from frontdesk.ui.sync_status import plain_failure

    assert plain_failure("ConnectError: [Errno 111] Connection refused") == "the lock provider did not answer"
    assert plain_failure("The lock provider cannot be reached. (ConnectError)") == (
        "The lock provider cannot be reached."
    )


def test_a_sync_run_that_fails_with_the_provider_reachable_is_not_called_offline(  # type: ignore[no-untyped-def]
    qtbot, desk_app, qloop, monkeypatch
) -> None:
    from frontdesk.services.codes.provider_errors import ProviderUnreachable

    window = open_window(qtbot, desk_app)
    label = window.sync_status
    failures: list[Exception] = [RuntimeError("UNIQUE constraint failed"), ProviderUnreachable()]

    async def failing_run() -> None:  # what each run of the worker meets, in turn
        raise failures[0]

    monkeypatch.setattr(desk_app.sync, "run_once", failing_run)
    label.start_worker(interval=0.05)
    qtbot.waitUntil(lambda: label.text().startswith("Sync failed"), timeout=WAIT)
    assert label.text() == "Sync failed: Unexpected error." and label.state == "offline"  # red, not "Offline"
    assert "UNIQUE" not in label.text() + label.toolTip()
    failures[0] = failures[1]
    qtbot.waitUntil(lambda: label.text().startswith("Offline"), timeout=WAIT)
    assert label.text() == "Offline · last failure: The lock provider cannot be reached."
    assert "internet connection" in label.toolTip()  # the hint says what to do
    wait_for(qtbot, label.stop_worker())
