"""The Activity screen's kind filter and its "When" column read in the desk's language."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from frontdesk.domain.action_words import ACTION_WORDS
from frontdesk.domain.audit import ACTION_NAMES, REFUSED_ACTIONS
from tests.ui import spanish_desk
from tests.ui.helpers import WAIT, open_window

desk_in_spanish = spanish_desk.desk_in_spanish  # a fixture


def _activity(qtbot: Any, desk_app: Any) -> Any:
    window = open_window(qtbot, desk_app)
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    return screen


def _kinds(screen: Any) -> list[str]:
    return [screen.action.itemText(i) for i in range(1, screen.action.count())]


def _column(screen: Any, column: int) -> list[str]:
    return [str(screen.model.index(r, column).data()) for r in range(screen.model.rowCount())]


def test_every_action_has_words_for_the_filter() -> None:
    assert set(ACTION_WORDS) == {*ACTION_NAMES.values(), *REFUSED_ACTIONS}


def test_the_kind_filter_and_the_times_read_spanish(qtbot, stays, qloop, desk_app, desk_in_spanish) -> None:  # type: ignore[no-untyped-def]
    screen = _activity(qtbot, desk_app)
    kinds = _kinds(screen)
    assert "Estancia: check-in" in kinds and "Tarjeta: codificada" in kinds and "PIN: solicitado" in kinds
    assert "Stay: checked in" not in kinds
    assert kinds == sorted(kinds, key=str.casefold)  # in the order of the words shown
    screen.action.setCurrentIndex(screen.action.findText("Estancia: check-in"))
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    assert sorted(_column(screen, 1)) == [
        "Ann Lee y Tom Lee hicieron el check-in en Suite 401 bedroom, Suite 401 entry (gui-test)",
        "Lucas Martin hizo el check-in en Room 203 (gui-test)",
        "Marta Silva hizo el check-in en Lobby, Room 102 (gui-test)",
    ]
    # Two stays were made at 20:00 on Monday 16 November (hotel time), the third at 16:00 the next day.
    assert set(_column(screen, 0)) == {"lun 16 nov 20:00", "mar 17 nov 16:00"}


def test_the_times_read_like_the_other_screens_in_english(qtbot, stays, qloop, desk_app) -> None:  # type: ignore[no-untyped-def]
    screen = _activity(qtbot, desk_app)
    times = _column(screen, 0)
    assert "Mon 16 Nov 20:00" in times
    assert all(re.fullmatch(r"[A-Z][a-z]{2} \d\d [A-Z][a-z]{2} \d\d:\d\d", t) for t in times), times


@pytest.fixture
def room_305_repainted(desk_app: Any) -> None:
    """Room 305 out of order until 18:30 UTC on Friday 20 November (ask for it before `qloop`)."""
    until = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)  # 10:30 at the hotel (Pacific time)
    asyncio.run(desk_app.desk.set_out_of_order("room-305", "Repainting", until))


def test_a_sentence_names_the_room_and_says_its_time_on_the_hotel_clock(
    qtbot, room_305_repainted, qloop, desk_app, desk_in_spanish
) -> None:  # type: ignore[no-untyped-def]
    screen = _activity(qtbot, desk_app)
    sentences = [s for s in _column(screen, 1) if "fuera de servicio" in s]
    assert sentences == ["Room 305 se puso fuera de servicio hasta vie 20 nov 10:30 (Repainting) (gui-test)"]
    # The stored sentence (the command line's, `frontdesk audit`) stays unambiguous, in UTC.
    stored = [r.sentence for r in screen.model.rows if r.action == "room.out_of_order"]
    assert stored == ["room-305 was set out of order until 2026-11-20 18:30 UTC (Repainting) (gui-test)"]
