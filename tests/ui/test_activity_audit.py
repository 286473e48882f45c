"""The Activity screen reads as sentences and shows a failed audit verification prominently."""

from __future__ import annotations

import sqlite3

from tests.ui.helpers import WAIT, open_window


def test_activity_shows_sentences_and_a_broken_chain_in_red(qtbot, stays, qloop, desk_app, db_url) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    sentences = [screen.model.index(r, 1).data() for r in range(screen.model.rowCount())]
    assert "Lucas Martin checked in to Room 203 (gui-test)" in sentences
    assert screen.chain_warning.isHidden()

    # Someone edits a row with a database tool: the next look at the Activity screen says so.
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
        db.execute("UPDATE audit_log SET summary = 'nothing happened' WHERE audit_id = 3")
    screen.loaded = False
    screen.reload()
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    assert screen.chain_warning.isVisible()
    assert "Audit row 3 was changed after it was written." in screen.chain_warning.text()
