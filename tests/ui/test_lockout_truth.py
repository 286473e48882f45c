"""Lockout on screen: an unmatched search leaves nothing behind, and "Get the guest in now"."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from frontdesk.domain.commands import CheckIn
from frontdesk.domain.model import AccessMethod
from frontdesk.services.bootstrap import App
from frontdesk.ui.dialogs.encode_cards import EncodeCardsDialog
from frontdesk.ui.dialogs.pin_slip import slip_from_view
from tests.ui.cards_helpers import pin_stay, wait_for
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window


@pytest.fixture
def marta(desk_app) -> str:  # type: ignore[no-untyped-def]
    return pin_stay(desk_app)


def tonight_stay(app: App) -> str:
    """Kai in 103 with a card and a PIN on the front keypad, from 20:00 tonight (now is 16:00)."""
    methods = frozenset({AccessMethod.CARD, AccessMethod.PIN})
    start = AFTERNOON + timedelta(hours=4)
    cmd = CheckIn(
        ("Kai Moana",), ("room-103", "front-door-keypad"), start, start + timedelta(days=2), None, methods
    )

    async def make() -> str:
        await app.sync.run_once()  # learn the doors
        change = await app.desk.check_in(cmd)
        for _ in range(3):  # the backup pools fill
            app.clock.advance(minutes=5)  # type: ignore[attr-defined]
            await app.sync.run_until_idle()
        return str(change.reservation_key)

    return asyncio.run(make())


@pytest.fixture
def kai(desk_app) -> str:  # type: ignore[no-untyped-def]
    """Ask for it before `qloop`: the stay is made on its own loop."""
    return tonight_stay(desk_app)


def test_an_unmatched_search_clears_the_screen_and_names_no_command(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("lockout")
    screen = window.lockout
    shown = screen.show_stay(marta)
    qtbot.waitUntil(lambda: shown.done, timeout=WAIT)
    assert screen.codes.rowCount() == 2 and screen.pull_button.isEnabled()

    screen.query.setText("nobody-like-this")
    operation = screen.look_up()
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    assert screen.view is None and screen.codes.rowCount() == 0 and screen.cards.rowCount() == 0
    assert screen.message.toPlainText() == ""
    for button in (screen.pull_button, screen.let_in_button, screen.copy_button, screen.slip_button):
        assert not button.isEnabled()
    assert window.error.isVisible()
    shown_error = window.error.title.text() + " " + window.error.hint.text()
    assert "frontdesk " not in shown_error and "Traceback" not in shown_error


def test_get_the_guest_in_now_gives_a_working_backup_and_asks_for_the_card(
    qtbot, desk_app, kai, qloop
) -> None:  # type: ignore[no-untyped-def]
    key = kai
    window = open_window(qtbot, desk_app)
    window.go("lockout")
    screen = window.lockout
    shown = screen.show_stay(key)
    qtbot.waitUntil(lambda: shown.done, timeout=WAIT)
    assert "Does not work now: not programmed yet" in screen.codes.item(0, 2).text()
    own_pin = screen.codes.item(0, 1).text()
    assert own_pin not in screen.message.toPlainText()
    assert screen.let_in_button.isEnabled()

    operation = screen.let_in_now()
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    backup = screen.backup_pin.text()
    assert backup.isdigit() and backup != own_pin
    assert f"Front door keypad: {backup} until" in screen.message.toPlainText()
    note = screen.backup_note.text()
    assert "The stay now starts now." in note and "Re-encode the key cards" in note
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    dialog = window.flows.dialog
    assert "frontdesk " not in window.error.hint.text()
    dialog.reject()


def test_a_pin_that_failed_on_the_lock_is_not_on_the_slip(qtbot, desk_app, marta, qloop) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    view = wait_for(qtbot, desk_app.lockout.lookup(marta))
    front = next(c for c in view.codes if not c.is_backup and c.device_id == "front-door-keypad")
    provider = wait_for(qtbot, desk_app.sync.provider())
    provider.add_code_error(front.access_code_id, "failed_to_set_on_device")
    wait_for(qtbot, desk_app.sync.run_once())

    view = wait_for(qtbot, desk_app.lockout.lookup(marta))
    slip = slip_from_view(window.ctx, view)
    assert [line.door for line in slip.lines] == ["Back door keypad"]  # the back door's PIN still works
