"""The quick start (ui/start.py): the real window with Today's rows before the application is
built, the same rows after the full load; the normal start when operators must sign in first; and
screens other than Today built when first shown (ui/lazy_screens.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from frontdesk.ui.desk_loop import open_desk
from frontdesk.ui.lazy_screens import PendingScreen
from frontdesk.ui.screens.activity import ActivityScreen
from frontdesk.ui.start import open_quick_window
from tests.operator_fixtures import add_staff
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window


def _rows(window: Any) -> list[list[str]]:
    return [[r.reservation_key for r in view.model().sourceModel().rows] for view in window.today.views()]


def test_the_quick_window_shows_todays_rows_and_the_full_load_the_same(  # type: ignore[no-untyped-def]
    qtbot, stays, qloop, desk_app, db_url
) -> None:
    window = open_quick_window(db_url, AFTERNOON)
    assert window is not None
    qtbot.addWidget(window)
    quick = _rows(window)
    assert window.isVisible() and window.today_shown and not window.loaded
    assert quick == [[stays["lucas"]], [stays["marta"], stays["lee"]], []]  # arrivals, in house, departures
    assert window.windowTitle() == "FrontDesk — Harbor View Hotel"
    assert not window.check_in_action.isEnabled()  # the actions wait for the application,
    assert not window.nav.isEnabled()  # and so do the other screens (they are built with it)
    assert window.statusBar().currentMessage() == "Opening the database…"

    window.attach(desk_app)
    window.refresh()
    qtbot.waitUntil(lambda: window.loaded, timeout=WAIT)

    assert _rows(window) == quick
    assert window.check_in_action.isEnabled() and window.nav.isEnabled()
    assert window.rooms.model.rowCount() > 0  # and the rest of the first load: the room rack


def test_with_operators_there_is_no_quick_window_and_the_sign_in_screen_comes_first(  # type: ignore[no-untyped-def]
    qtbot, stays, qloop, desk_app, db_url
) -> None:
    task = asyncio.ensure_future(add_staff(desk_app))
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert open_quick_window(db_url, AFTERNOON) is None

    windows: list[Any] = []
    opening = asyncio.ensure_future(open_desk(db_url, windows))
    qtbot.waitUntil(lambda: bool(windows) and windows[0].loaded, timeout=WAIT)
    window = windows[0]
    qtbot.addWidget(window)
    lock = window.desk_lock
    assert lock.locked and lock.stack.currentWidget() is lock.page
    qtbot.waitUntil(opening.done, timeout=WAIT)
    closing = asyncio.ensure_future(opening.result().aclose())
    qtbot.waitUntil(closing.done, timeout=WAIT)


def test_a_screen_is_built_when_first_shown_with_its_data(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    assert isinstance(window.screens["activity"], PendingScreen)  # not made at start

    window.nav.setFocus()
    window.go("activity")

    screen = window.screens["activity"]
    assert isinstance(screen, ActivityScreen) and window.current_screen() is screen
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=WAIT)
    sentences = " ".join(str(row) for row in screen.model.rows)
    assert "Marta Silva" in sentences  # the check-ins made before the window opened


def test_the_window_start_reaches_the_window_without_the_command_line_parser() -> None:
    # `frontdesk` and `frontdesk --database URL` open the window: the parser would import every
    # command and with them SQLAlchemy before the quick start could show Today.
    import subprocess
    import sys

    probe = (
        "import sys; import frontdesk.ui.app as ui_app; "
        "seen = lambda name: name in sys.modules; "
        "ui_app.run_gui = lambda db: print(db, seen('sqlalchemy'), seen('frontdesk.cli.main')) or 0; "
        "from frontdesk.launcher import main; sys.exit(main(['--database', 'sqlite:///desk.db']))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["sqlite:///desk.db", "False", "False"]


def test_the_window_opens_before_the_event_classes_and_the_dialogs_forms_load() -> None:
    # Making the domain's ~60 event dataclasses, the audit's sentences and the dialogs' form widgets
    # was about a third of the window's own start; none of them is on Today's first screen.
    import subprocess
    import sys

    probe = (
        "import sys; import frontdesk.ui.app; "
        "print(*(m in sys.modules for m in ('frontdesk.domain.events', 'frontdesk.domain.audit', "
        "'frontdesk.ui.forms')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
