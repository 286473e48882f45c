"""Replace lock on the Codes screen: the dialog shows what will happen first, then the screen says
which guests keep their PIN and which must be told a new one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drivers.simulated.provider_state import default_devices
from tests.ui.cards_helpers import pin_stay, wait_for
from tests.ui.helpers import WAIT, open_window

OLD, NEW = "front-door-keypad", "front-door-keypad-after-reset"


@pytest.fixture
def marta(desk_app) -> str:  # type: ignore[no-untyped-def]
    return pin_stay(desk_app)


def test_replace_a_reset_lock_from_the_codes_screen(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    sim = wait_for(qtbot, desk_app.sync.provider())
    data = next(d for d in default_devices("America/Los_Angeles") if d["device_id"] == OLD)
    sim.add_device({**data, "device_id": NEW, "display_name": "Smart Device"})
    wait_for(qtbot, desk_app.codes.devices())  # the desk hears of the new device
    pin = next(c.code for c in wait_for(qtbot, desk_app.codes.list(OLD)) if c.name == "Marta Silva")

    window = open_window(qtbot, desk_app)
    window.go("codes")
    screen = window.codes
    qtbot.waitUntil(lambda: screen.codes != [], timeout=WAIT)
    assert screen.locks.currentItem().text() == "Front door keypad"
    qtbot.mouseClick(screen.replace_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    dialog.new_device.setCurrentIndex(dialog.new_device.findData(NEW))  # the device that appeared
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.new_device_id == NEW, timeout=WAIT)
    preview = dialog.what_happens.text()
    assert "Marta Silva keeps the same PIN on Front door keypad." in preview
    assert "Front door keypad now uses the new lock." in preview
    assert wait_for(qtbot, desk_app.codes.list(NEW)) == []  # nothing happened before the button

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.replaced.isVisible(), timeout=WAIT)
    said = screen.replaced.text()
    assert said.startswith("Lock replaced.")
    assert "Marta Silva keeps the same PIN on Front door keypad." in said
    assert pin not in said  # a kept PIN is not shown again: nothing to tell the guest
    moved = [c for c in wait_for(qtbot, desk_app.codes.list(NEW)) if c.name == "Marta Silva"]
    assert [c.code for c in moved] == [pin]
    qtbot.waitUntil(lambda: screen.device_id() == NEW, timeout=WAIT)
