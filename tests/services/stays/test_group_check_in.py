"""Group check-in through the services: every room in one transaction, all or nothing."""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import CheckIn
from frontdesk.domain.errors import FrontDeskError
from tests.helpers import at


async def test_a_bad_third_room_writes_nothing_and_the_error_names_it(app) -> None:  # type: ignore[no-untyped-def]
    """Rooms 1 and 2 are fine, room 3's guest name is too long: no stay, no grant, no audit line."""
    before = [a.action for a in await app.queries.audit()]
    published: list[object] = []
    app.tx.bus.subscribe(published.append)
    cmds = [
        CheckIn(("Hana Sato",), ("room-101", "lobby"), at(17, 15), at(19, 11)),
        CheckIn(("Ravi Patel",), ("room-102",), at(17, 15), at(19, 11)),
        CheckIn(("x" * 201,), ("room-103",), at(17, 15), at(19, 11)),
    ]
    with pytest.raises(FrontDeskError) as raised:
        await app.desk.check_in_group(cmds)
    assert raised.value.title == "The guest's name is too long."
    assert raised.value.detail["group_index"] == 2
    assert raised.value.detail["entrance_ids"] == ["room-103"]
    assert "room 3 of 3 (room-103)" in raised.value.hint
    assert await app.queries.grants() == []
    assert {r.reservation_key for r in await app.queries.room_rack()} == {None}
    assert [a.action for a in await app.queries.audit()] == before
    assert published == []


async def test_a_good_group_is_one_write_with_one_change_signal(app) -> None:  # type: ignore[no-untyped-def]
    published: list[object] = []
    app.tx.bus.subscribe(published.append)
    changes = await app.desk.check_in_group(
        [
            CheckIn(("Hana Sato", "Yuki Sato"), ("room-101",), at(17, 15), at(19, 11)),
            CheckIn(("Ravi Patel",), ("room-102",), at(17, 15), at(19, 11)),
        ]
    )
    assert len({c.reservation_key for c in changes}) == 2
    assert [len(c.grants_created) for c in changes] == [2, 1]
    assert len(published) == 1
    actions = [a.action for a in await app.queries.audit()]
    assert actions.count("stay.checked_in") == 2
