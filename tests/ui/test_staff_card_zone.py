"""The Staff card dialog shows and reads its times on the hotel's clock, and says which zone, also
on a desk whose machine runs in another zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from frontdesk.ui.dialogs.staff_card import StaffCardDialog
from tests.ui.helpers import WAIT, open_window, shortcut


@pytest.fixture
def machine_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's own zone far from the hotel's (Qt reads TZ for its local time)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_staff_card_times_are_the_hotels_on_a_machine_in_another_zone(  # type: ignore[no-untyped-def]
    qtbot, qloop, desk_app, machine_in_tokyo
) -> None:
    window = open_window(qtbot, desk_app)
    zone = window.ctx.time_zone
    assert zone != "Asia/Tokyo"
    shortcut(qtbot, window, "Ctrl+Shift+K")
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StaffCardDialog), timeout=WAIT)
    staff = window.flows.dialog
    assert zone in staff.zone_note.text()
    # The card starts at 07:00 on the hotel's clock: the box shows 07:00, not Tokyo's hour then.
    assert staff.starts.text().endswith("07:00"), staff.starts.text()
    assert staff.ends.text().endswith("07:00"), staff.ends.text()
    # What the person changes is read on the same clock: two hours later by the arrow keys.
    staff.starts.setFocus()
    staff.starts.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(staff.starts, Qt.Key.Key_Up)
    qtbot.keyClick(staff.starts, Qt.Key.Key_Up)
    assert staff.starts.text().endswith("09:00"), staff.starts.text()
    staff.name.setText("Rosa Diaz")
    command = staff.command()
    starts = command.starts_at.astimezone(ZoneInfo(zone))
    assert (starts.hour, starts.minute) == (9, 0)
    assert staff.starts.text().startswith(starts.strftime("%a %d %b %Y")), staff.starts.text()
    staff.reject()
