"""Room rack, search, activity and settings screens, and errors shown in the window."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from frontdesk.ui.operations import Operation
from tests.ui.helpers import WAIT, open_window


def test_the_rack_filters_by_state_and_by_typed_text(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("rooms")
    screen = window.rooms
    screen.as_table.setChecked(True)  # the rack as a table (tests/ui/test_rack_tiles.py: the tiles)
    shown = lambda: [screen.filter_model.index(r, 0).data() for r in range(screen.filter_model.rowCount())]  # noqa: E731
    assert shown()[:3] == ["Room 101", "Room 102", "Room 103"]  # by floor, natural order
    assert set(shown()[-7:]) == {"Cottage 1", "Gym", "Lobby", "Parking", "Pool", "Front entry", "Back entry"}
    screen.state.setCurrentIndex(screen.state.findData("occupied"))
    assert shown() == ["Room 102", "Suite 401"]
    screen.state.setCurrentIndex(screen.state.findData("reserved"))
    assert shown() == ["Room 203"]
    screen.state.setCurrentIndex(0)
    qtbot.keyClicks(screen.search, "lucas")
    assert shown() == ["Room 203"]
    assert "1 shown" in screen.summary.text()


def test_search_finds_by_guest_room_and_key(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    search = window.flows.search()
    for text, expected in (
        ("tom", stays["lee"]),
        ("Suite 401", stays["lee"]),
        (stays["lucas"][-4:], stays["lucas"]),
    ):
        op = search.search_now(text)
        qtbot.waitUntil(lambda op=op: op.done, timeout=WAIT)
        assert [h.reservation_key for h in search.model.rows] == [expected], text
    op = search.search_now("nobody here")
    qtbot.waitUntil(lambda: op.done, timeout=WAIT)
    assert search.model.rowCount() == 0 and search.summary.text() == "No stay matches."


def test_activity_lists_the_audit_log_and_filters_it(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    actions = {row.action for row in screen.model.rows}
    assert {"stay.checked_in", "property.created"} <= actions
    qtbot.keyClicks(screen.guest, "Lucas")
    qtbot.waitUntil(lambda: not screen._guest_pause.isActive() and screen.loaded, timeout=WAIT)
    assert screen.model.rowCount() >= 1
    assert not [r for r in screen.model.rows if "Marta" in r.sentence]
    screen.guest.clear()
    qtbot.waitUntil(lambda: not screen._guest_pause.isActive() and screen.loaded, timeout=WAIT)
    screen.action.setCurrentIndex(screen.action.findData("stay.checked_in"))
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    assert {row.action for row in screen.model.rows} == {"stay.checked_in"}
    assert screen.model.rowCount() == 3


def test_settings_show_the_doors_and_save_the_provider_choice(qtbot, qloop, desk_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = open_window(qtbot, desk_app)
    window.go("settings")
    screen = window.settings
    qtbot.waitUntil(lambda: screen.provider.count() > 0 and screen.encoder.count() > 0, timeout=WAIT)
    doors = screen.doors_table
    rows = {
        doors.item(r, 1).text(): [doors.item(r, c).text() for c in range(5)] for r in range(doors.rowCount())
    }
    assert rows["Front door keypad"][2:4] == ["no (common door)", "online PIN"]
    assert rows["Room 101"][2] == "yes"

    screen.provider.setCurrentIndex(screen.provider.findData("simulated"))
    screen.endpoint.setText("not a web address")
    screen.save_provider()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=WAIT)
    assert window.error.title.text() == "The provider endpoint is not a web address."
    screen.endpoint.setText("https://locks.example.test")
    screen.save_provider()
    qtbot.waitUntil(lambda: "saved" in screen.message.text(), timeout=WAIT)
    assert "simulated" in screen.provider_source.text()

    screen.encoder.setCurrentIndex(screen.encoder.findData("simulated"))
    screen.save_encoder()
    qtbot.waitUntil(lambda: "encodes with" in screen.message.text(), timeout=WAIT)
    from drivers.simulated.encoder import SimulatedEncoder
    from frontdesk.ui.screens.settings import workstation_encoder

    assert workstation_encoder() == "simulated"  # remembered for this workstation
    assert isinstance(desk_app.cards.virtual_cards(), SimulatedEncoder)  # and in use at once


def test_an_unexpected_error_shows_a_plain_title_and_hint_never_a_traceback(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)

    async def broken() -> None:
        raise KeyError("room-999")

    op = Operation(broken, on_error=window.show_error).start()
    qtbot.waitUntil(lambda: op.done, timeout=WAIT)
    assert window.error.isVisible()
    assert window.error.title.text() == "Unexpected error."
    assert "Traceback" not in window.error.hint.text() and "room-999" not in window.error.hint.text()
    window.stay_action("check_out")  # nothing selected: says so, in the window
    assert window.error.title.text() == "No stay selected."


def test_every_control_in_the_main_dialogs_has_an_accessible_name(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    window = open_window(qtbot, desk_app)
    for dialog in (window.flows.check_in(), window.flows.group_check_in(), window.flows.search()):
        unnamed = [
            type(w).__name__
            for kind in (QLineEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox, QComboBox)
            for w in dialog.findChildren(kind)
            if not w.accessibleName()
            and w.isVisibleTo(dialog)
            and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox, QAbstractItemView))
        ]
        buttons = [
            b
            for b in dialog.findChildren(QAbstractButton)
            if b.isVisibleTo(dialog) and not (b.accessibleName() or b.text())
        ]
        assert not unnamed and not buttons, (dialog.windowTitle(), unnamed, buttons)
        dialog.reject()
