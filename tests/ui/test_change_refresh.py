"""The window reloads what an operation changed, once, from the desk's change signal: not the whole
window, and not screens that are hidden."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta
from typing import Any

from frontdesk.domain.commands import CheckIn
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT, open_window, refreshed


def count_reads(app: Any, *names: str) -> Counter[str]:
    """Count the calls of these query methods from now on."""
    calls: Counter[str] = Counter()
    for name in names:
        # The activity's rows come from the audit service's search; the other lists from the queries.
        owner, method = (app.audit, "search") if name == "audit" else (app.queries, name)
        real = getattr(owner, method)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls[_name] += 1
            return _real(*args, **kwargs)

        setattr(owner, method, counted)
    return calls


def check_in(qtbot: Any, window: Any, desk_app: Any, name: str, room: str) -> None:
    start = AFTERNOON + timedelta(hours=1)
    done = asyncio.ensure_future(
        desk_app.desk.check_in(CheckIn((name,), (room,), start, start + timedelta(days=2)))
    )
    qtbot.waitUntil(done.done, timeout=WAIT)
    done.result()
    refreshed(qtbot, window)


def test_a_check_in_reloads_today_and_the_rack_once_and_not_the_doors(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    calls = count_reads(desk_app, "today", "room_rack", "entrances", "property_info", "audit")
    check_in(qtbot, window, desk_app, "Nora Quinn", "room-204")

    assert (calls["today"], calls["room_rack"]) == (1, 1)
    assert calls["entrances"] == calls["property_info"] == 0  # the doors did not change
    assert calls["audit"] == 0  # the activity log is not on screen
    assert "Nora Quinn" in {n for r in window.rooms.model.rows for n in r.guest_names}


def test_the_screen_in_view_reloads_when_it_shows_what_changed(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("activity")
    qtbot.waitUntil(
        lambda: window.activity.operation is not None and window.activity.operation.done, timeout=WAIT
    )
    calls = count_reads(desk_app, "audit")
    check_in(qtbot, window, desk_app, "Nora Quinn", "room-204")
    qtbot.waitUntil(lambda: calls["audit"] == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: window.activity.operation.done, timeout=WAIT)
    assert "stay.checked_in" in {
        window.activity.model.row_at(i).action for i in range(window.activity.model.rowCount())
    }


def test_a_new_door_reloads_the_doors_everywhere(qtbot, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    calls = count_reads(desk_app, "entrances", "today")
    added = asyncio.ensure_future(
        desk_app.property_setup.add_entrance(
            "room-999", "Room 999", "room-999", "Room 999", "guest_room", "card-locks", True, ("card",)
        )
    )
    qtbot.waitUntil(added.done, timeout=WAIT)
    added.result()
    refreshed(qtbot, window)
    assert calls["entrances"] == 1 and calls["today"] == 1
    assert "room-999" in {e.entrance_id for e in window.ctx.entrances}
