"""Codes: per keypad lock, its codes with state and problems in words, and the backup pool's health."""

from __future__ import annotations

import pytest

from tests.ui.cards_helpers import pin_stay, wait_for
from tests.ui.helpers import WAIT, open_window, shortcut


@pytest.fixture
def marta(desk_app) -> str:  # type: ignore[no-untyped-def]
    return pin_stay(desk_app)


def column(screen, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [screen.table.item(r, n).text() for r in range(screen.table.rowCount())]


def test_codes_of_a_lock_with_errors_in_words_and_the_pool_health(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+5")
    screen = window.codes
    qtbot.waitUntil(lambda: screen.codes != [], timeout=WAIT)
    assert screen.locks.currentItem().text() == "Front door keypad"
    guest = next(c for c in screen.codes if not c.is_backup)
    assert guest.name == "Marta Silva"
    assert "Backup pool: 5 of 5 ready on the lock" in screen.pool.text()
    pins = column(screen, 0)
    assert pins.count("•••• (backup pool)") == 5  # nobody sees a backup PIN before a lockout
    assert guest.code in pins
    assert column(screen, 4).count("in sync") == 6

    # The provider reports a problem on Marta's code and on one pool code.
    provider = wait_for(qtbot, desk_app.sync.provider())
    provider.add_code_error(guest.access_code_id, "failed_to_set_on_device")
    pool_code = next(c for c in screen.codes if c.is_backup)
    provider.add_code_warning(pool_code.access_code_id, "some_new_warning_nobody_knows")
    desk_app.clock.advance(minutes=1)
    wait_for(qtbot, desk_app.sync.run_once())
    operation = screen.load()
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    problems = " ".join(column(screen, 5))
    assert "Error:" in problems and "Warning:" in problems
    # The cell keeps to the kind and title (it fits the screen in every language); its tooltip adds
    # what to do and the provider's own reason code, an unknown one too.
    tips = " ".join(screen.table.item(r, 5).toolTip() for r in range(screen.table.rowCount()))
    assert "[failed_to_set_on_device]" in tips and "[failed_to_set_on_device]" not in problems
    assert "[some_new_warning_nobody_knows]" in tips  # an unknown code is kept and shown


def test_an_empty_pool_is_called_out(qtbot, desk_app, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("codes")
    qtbot.waitUntil(lambda: window.codes.operation is not None and window.codes.operation.done, timeout=WAIT)
    assert "0 of 5 ready" in window.codes.pool.text()
    assert "no backup PIN can be given" in window.codes.pool.text()


def test_a_lock_keeping_the_providers_pool_says_so(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    provider = wait_for(qtbot, desk_app.sync.provider())
    props = provider._devices["front-door-keypad"]["properties"]
    props["supports_backup_access_code_pool"] = props["backup_access_code_pool_enabled"] = True
    wait_for(qtbot, desk_app.sync.run_once())  # the desk learns it and takes its own backups off the lock
    window = open_window(qtbot, desk_app)
    window.go("codes")
    screen = window.codes
    qtbot.waitUntil(lambda: "kept by the lock provider" in screen.pool.text(), timeout=WAIT)
    assert "0 of 5" not in screen.pool.text()  # no false alarm about the desk's (absent) pool


def test_a_new_code_on_an_offline_lock_reads_the_typed_times_in_the_locks_zone(
    qtbot, desk_app, qloop
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate, Qt, QTime

    wait_for(qtbot, desk_app.sync.run_once())  # the desk learns the cottage's time slots
    wait_for(qtbot, desk_app.property_setup.update_entrance("cottage-1", time_zone="Europe/Paris"))
    window = open_window(qtbot, desk_app)
    window.go("codes")
    screen = window.codes
    qtbot.waitUntil(lambda: screen.locks.count() == 3, timeout=WAIT)
    names = [screen.locks.item(i).text() for i in range(screen.locks.count())]
    screen.locks.setCurrentRow(names.index("Cottage 1 keypad"))
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.code_dialog is not None, timeout=WAIT)
    dialog = screen.code_dialog
    assert "Europe/Paris" in dialog.zone_note.text() and "the lock's own zone" in dialog.zone_note.text()
    dialog.name.setText("Ann Lee")
    dialog.start_day.setDate(QDate(2026, 11, 18))
    dialog.start_time.setTime(QTime(16, 0))
    dialog.end_day.setDate(QDate(2026, 11, 20))
    dialog.end_time.setTime(QTime(10, 0))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is not None and dialog.operation.done, timeout=WAIT)
    assert dialog.error.title.text() == "", dialog.error.title.text()  # Paris 16:00 fits the lock's 4pm slot
    made = next(c for c in wait_for(qtbot, desk_app.codes.list("cottage-1")) if c.name == "Ann Lee")
    assert made.starts_at == datetime(2026, 11, 18, 16, tzinfo=ZoneInfo("Europe/Paris"))

    screen.locks.setCurrentRow(names.index("Front door keypad"))  # an online lock: property time
    screen.new_code()
    qtbot.waitUntil(lambda: screen.code_dialog is not dialog, timeout=WAIT)
    assert "America/Los_Angeles" in screen.code_dialog.zone_note.text()
    assert "property's zone" in screen.code_dialog.zone_note.text()


def test_a_sync_alert_can_be_dismissed_on_the_codes_screen(qtbot, desk_app, qloop) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from PySide6.QtCore import Qt

    provider = wait_for(qtbot, desk_app.sync.provider())
    wait_for(qtbot, desk_app.sync.run_once())
    provider.set_outage(True)
    now = desk_app.clock()
    wait_for(
        qtbot,
        desk_app.codes.create(
            "front-door-keypad", name="Ann Lee", starts_at=now, ends_at=now + timedelta(days=2)
        ),
    )
    for _ in range(12):  # the desk keeps trying; after 8 attempts it raises an alert
        desk_app.clock.advance(minutes=6)
        wait_for(qtbot, desk_app.sync.run_once())
    window = open_window(qtbot, desk_app)
    window.go("codes")
    screen = window.codes
    qtbot.waitUntil(lambda: any(a.kind == "create_delayed" for a in screen.alerts), timeout=WAIT)
    row = next(i for i, a in enumerate(screen.alerts) if a.kind == "create_delayed")
    delayed = screen.alerts[row]
    assert "has not reached the lock yet" in screen.alert_list.item(row).text()
    screen.alert_list.setCurrentRow(row)
    qtbot.mouseClick(screen.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: delayed.alert_id not in {a.alert_id for a in screen.alerts}, timeout=WAIT)
    assert len(screen.alerts) == len({a.alert_id for a in screen.alerts})
    assert wait_for(qtbot, desk_app.sync.status()).pending == 1  # the change is still retried
