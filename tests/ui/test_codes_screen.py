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
    assert "Error:" in problems and "[failed_to_set_on_device]" in problems
    assert "[some_new_warning_nobody_knows]" in problems  # an unknown code is kept and shown
    assert "Warning:" in problems


def test_an_empty_pool_is_called_out(qtbot, desk_app, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("codes")
    qtbot.waitUntil(lambda: window.codes.operation is not None and window.codes.operation.done, timeout=WAIT)
    assert "0 of 5 ready" in window.codes.pool.text()
    assert "no backup PIN can be given" in window.codes.pool.text()
