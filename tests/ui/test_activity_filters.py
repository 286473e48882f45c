"""The Activity screen's filters (operator, room, guest, kind in words) find rows through the
services' typed query, and a failed verification is shown to whoever looks at the screen."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from frontdesk.domain.operators import Role
from tests.operator_fixtures import NAMES, add_staff, sign_in
from tests.ui.conftest import check_in
from tests.ui.helpers import WAIT, open_window
from tests.ui.test_sign_in import _sign_in


def _activity(qtbot: Any, desk_app: Any) -> Any:
    window = open_window(qtbot, desk_app)
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    return screen


def _choose(qtbot: Any, screen: Any, combo: QComboBox, words: str) -> None:
    index = combo.findText(words)
    assert index > 0, f"{words!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)


def _sentences(screen: Any) -> list[str]:
    return [str(screen.model.index(r, 1).data()) for r in range(screen.model.rowCount())]


def test_the_guest_filter_finds_every_row_about_the_guests_stay(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    screen = _activity(qtbot, desk_app)
    qtbot.keyClicks(screen.guest, "marta")
    qtbot.waitUntil(lambda: not screen._guest_pause.isActive() and screen.loaded, timeout=WAIT)
    sentences = _sentences(screen)
    assert "Marta Silva checked in to Lobby, Room 102 (gui-test)" in sentences
    # Rows about her stay that do not name her are hers too: the room taken for it.
    assert any(s.startswith("Room 102 taken for a stay") for s in sentences), sentences
    assert not [s for s in sentences if "Lucas" in s or "Lee" in s]


def test_the_room_filter_offers_rooms_by_name(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    screen = _activity(qtbot, desk_app)
    _choose(qtbot, screen, screen.room, "Room 203")
    sentences = _sentences(screen)
    assert "Lucas Martin checked in to Room 203 (gui-test)" in sentences
    assert not [s for s in sentences if "Marta" in s or "Lee" in s]


def test_the_kind_filter_reads_as_words(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    screen = _activity(qtbot, desk_app)
    kinds = [screen.action.itemText(i) for i in range(screen.action.count())]
    assert "Stay: checked in" in kinds and "Card: encoded" in kinds
    assert not [k for k in kinds if "." in k or "_" in k or k[:1].islower()]  # no stable names, no classes
    _choose(qtbot, screen, screen.action, "Stay: checked in")
    assert sorted(_sentences(screen)) == [
        "Ann Lee and Tom Lee checked in to Suite 401 bedroom, Suite 401 entry (gui-test)",
        "Lucas Martin checked in to Room 203 (gui-test)",
        "Marta Silva checked in to Lobby, Room 102 (gui-test)",
    ]


@pytest.fixture
def staff(desk_app: Any) -> None:
    """Ann (admin), Max (manager), Rita (receptionist). Ask for it before `qloop`."""
    asyncio.run(add_staff(desk_app))


@pytest.fixture
def max_checked_in(desk_app: Any, staff: None) -> None:
    """Max, signed in, checked Eva Brandt in; nobody is signed in afterwards."""
    asyncio.run(sign_in(desk_app, Role.MANAGER))
    check_in(desk_app, ("Eva Brandt",), ("room-104",), 1, 30)
    desk_app.operators.sign_out()


def test_the_operator_filter_shows_what_one_operator_did(
    qtbot, stays, max_checked_in, desk_app, qloop
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "1", "ann-admin-pass-1")
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    _choose(qtbot, screen, screen.operator, NAMES[Role.MANAGER])
    rows = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    assert rows and {r.operator for r in rows} == {"Max"}
    assert "Eva Brandt checked in to Room 104 by Max (gui-test)" in _sentences(screen)


def test_a_deleted_row_is_shown_in_red_even_to_an_operator_who_may_not_read_the_audit(
    qtbot, stays, staff, desk_app, qloop, db_url
) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
        db.execute("DELETE FROM audit_log WHERE audit_id = 4")
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "3", "4711")  # Rita, a receptionist: no `reports`
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    assert screen.chain_warning.isVisible()
    assert "Audit row 4 was deleted." in screen.chain_warning.text()
    assert screen.model.rowCount() == 0


def test_a_refused_read_is_audited_once_not_again_at_every_change_it_causes(
    qtbot, stays, staff, desk_app, qloop, db_url
) -> None:  # type: ignore[no-untyped-def]
    """The refusal is an audit row, and a new audit row is a change the screen hears: the screen must
    not ask again (and be refused, and hear it again) while the same receptionist is signed in."""
    window = open_window(qtbot, desk_app)
    _sign_in(qtbot, window, "3", "4711")  # Rita, a receptionist: no `reports`
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    qtbot.wait(1500)  # long enough for dozens of reload rounds, were they happening
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
        query = "SELECT COUNT(*) FROM audit_log WHERE action = 'permission.refused'"
        refused = db.execute(query).fetchone()[0]
    assert refused == 1
    assert screen.model.rowCount() == 0
