"""Bad input in the check-in dialog: the services' title and hint in the dialog, nothing checked in;
a check-in arriving today starts now (to the minute), which is what is stored."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window, refreshed


def _check_in(qtbot, window, name: str, arrival: date | None = None, at: QTime | None = None):  # type: ignore[no-untyped-def]
    dialog = window.open_check_in()
    dialog.guests.setPlainText(name)  # as pasted: typed keys cannot carry control characters
    dialog.rooms.set_checked(["Room 204"])
    if arrival is not None:
        dialog.dates.arrival.setDate(QDate(arrival.year, arrival.month, arrival.day))
        dialog.dates.nights.setValue(3)
    if at is not None:
        dialog.dates.arrival_time.setTime(at)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.parametrize(
    ("name", "arrival", "at", "title"),
    [
        ("Ann\u202eeeL", None, None, "The name has invisible control characters."),
        ("Ann\x07Lee", None, None, "The name has invisible control characters."),
        ("Ann Lee", date(2027, 3, 14), QTime(2, 30), "The start time does not exist in its time zone."),
        ("Ann Lee", date(3000, 1, 1), None, "The start date is out of range."),
    ],
    ids=["bidi", "control", "dst-gap", "year-3000"],
)
def test_bad_input_shows_title_and_hint_in_the_dialog(
    qtbot, qloop, desk_app, name, arrival, at, title
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = _check_in(qtbot, window, name, arrival, at)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == title
    assert dialog.error.hint.text() and "Traceback" not in dialog.error.hint.text()
    assert dialog.isVisible() and window.today.in_house.rowCount() == 0


def test_a_check_in_arriving_today_starts_now_to_the_minute(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    desk_app.clock.now = AFTERNOON + timedelta(minutes=7, seconds=42)
    window = open_window(qtbot, desk_app)
    dialog = _check_in(qtbot, window, "Ann Lee")
    qtbot.waitUntil(lambda: window.today.in_house.rowCount() == 1, timeout=WAIT)
    refreshed(qtbot, window)  # the reload after the change is over before the window closes
    now = (AFTERNOON + timedelta(minutes=7)).astimezone(dialog.dates.starts_at.tzinfo)
    assert dialog.dates.starts_at == now
    key = window.today.in_house.row_at(0).reservation_key
    stored = desk_app.tx.read_now(
        lambda uow, _: [g.starts_at for g in uow.desk.require_reservation(key).grants]
    )
    assert stored == [now]
