"""One change signal per finished operation: what it names, and that nothing is announced twice or
for work that was rolled back."""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import CheckIn, CheckOut
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.events import AccessGranted, GuestCheckedIn, Topic
from frontdesk.domain.model import AccessMethod
from frontdesk.services.changes import DeskChanged
from tests.helpers import at
from tests.services.codes.conftest import Desk, stay
from tests.services.codes.conftest import desk as desk  # fixture

PIN = frozenset({AccessMethod.CARD, AccessMethod.PIN})


def listen(app) -> list[DeskChanged]:  # type: ignore[no-untyped-def]
    heard: list[DeskChanged] = []
    app.changes.subscribe(heard.append)
    return heard


async def test_a_check_in_with_pins_is_announced_once_with_stays_codes_and_audit(desk: Desk) -> None:
    heard = listen(desk.app)
    start, end = stay(desk.clock)
    await desk.app.desk.check_in(
        CheckIn(("Ann", "Tom"), ("room-101", "front-door-keypad"), start, end, None, PIN)
    )
    assert len(heard) == 1
    (change,) = heard
    assert {Topic.STAYS, Topic.CODES, Topic.AUDIT} <= change.topics
    assert [type(e) for e in change.events if isinstance(e, (AccessGranted, GuestCheckedIn))] == [
        AccessGranted,
        AccessGranted,
        GuestCheckedIn,
    ]


async def test_a_refused_operation_announces_nothing(app) -> None:  # type: ignore[no-untyped-def]
    heard = listen(app)
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    await app.desk.check_out(CheckOut(stay.reservation_key))
    heard.clear()
    with pytest.raises(FrontDeskError):
        await app.desk.check_out(CheckOut(stay.reservation_key))  # already checked out
    assert heard == []


async def test_a_sync_run_is_announced_once_however_many_codes_it_moves(desk: Desk) -> None:
    start, end = stay(desk.clock)
    for n in range(5):
        await desk.app.desk.check_in(
            CheckIn(
                (f"Guest {n}",), ("room-101", "front-door-keypad"), start, end, None, PIN, override_live=True
            )
        )
    heard = listen(desk.app)
    await desk.app.sync.run_once()
    assert len(heard) == 1
    assert {Topic.CODES, Topic.SYNC} <= heard[0].topics


async def test_a_failing_listener_does_not_undo_or_stop_the_others(app) -> None:  # type: ignore[no-untyped-def]
    def broken(_: DeskChanged) -> None:
        raise RuntimeError("a screen that crashed")

    app.changes.subscribe(broken)
    heard = listen(app)
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    assert len(heard) == 1
    assert (await app.queries.reservation(stay.reservation_key)) is not None
