"""GUI fixtures: the desk's window on a qasync loop inside pytest-qt's offscreen QApplication."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import qasync

from frontdesk.services.bootstrap import App, bootstrap
from frontdesk.services.clock import FixedClock

# 16:00 at the hotel: a stay starting at 15:00 today is in house.
AFTERNOON = datetime(2026, 11, 18, 0, 0, tzinfo=UTC)


@pytest.fixture
def desk_app(db_url: str) -> Iterator[App]:
    app = bootstrap(db_url, clock=FixedClock(AFTERNOON), workstation="gui-test")
    asyncio.run(app.setup.create_demo())
    yield app
    app.close()


@pytest.fixture
def qloop(qapp, qtbot, desk_app):  # type: ignore[no-untyped-def]
    """asyncio on Qt's own loop: coroutines run whenever qtbot lets Qt process events."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    # What a test left running (a dialog waiting for a card) is cancelled while the loop still
    # turns, as the desk does when its window closes (ui/desk_loop.py cancel_open_work).
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=10_000)
    # The loop pretends to be running for as long as the QApplication lives; end that pretence so
    # the next test starts clean (qasync does the same when the application quits).
    asyncio.events._set_running_loop(None)
    loop._after_run_forever()
    loop._QEventLoop__is_running = False
    loop.close()
    asyncio.set_event_loop(None)


def check_in(app: App, guests: tuple[str, ...], doors: tuple[str, ...], start_h: float, end_h: float) -> str:
    """A stay made through the service before the window opens (hours from AFTERNOON)."""
    from datetime import timedelta

    from frontdesk.domain.commands import CheckIn

    cmd = CheckIn(guests, doors, AFTERNOON + timedelta(hours=start_h), AFTERNOON + timedelta(hours=end_h))
    clock = app.clock
    assert isinstance(clock, FixedClock)
    now, clock.now = clock.now, min(clock.now, cmd.starts_at)  # a stay from yesterday was made then
    try:
        return str(asyncio.run(app.desk.check_in(cmd)).reservation_key)
    finally:
        clock.now = now


@pytest.fixture
def stays(desk_app: App) -> dict[str, str]:
    """Marta in 102 (in house), the Lees in the 401 suite (in house), Lucas arriving in 203 tonight.

    Ask for it before `qloop` in a test's arguments: it runs the services on its own loop first.
    """
    return {
        "marta": check_in(desk_app, ("Marta Silva",), ("room-102", "lobby"), -20, 60),
        "lee": check_in(desk_app, ("Ann Lee", "Tom Lee"), ("suite-401-entry", "suite-401-bedroom"), -20, 40),
        "lucas": check_in(desk_app, ("Lucas Martin",), ("room-203",), 3, 40),
    }
