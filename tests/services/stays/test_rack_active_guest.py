"""The rack and the move picker show the stay that holds the room now, not the overridden one (issue 9).

Bob is checked in over Marta for this afternoon: until his card is first used hers may still open,
so the room is flagged, but the guest the rack names is Bob.
"""

from __future__ import annotations

from datetime import timedelta

from frontdesk.domain.commands import CheckIn
from tests.conftest import NOW
from tests.helpers import at


async def test_the_rack_names_the_active_stay_after_an_override_for_later_today(app, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = NOW - timedelta(hours=20)  # Marta arrived yesterday: checked in back then
    marta = await app.desk.check_in(CheckIn(("Marta Ruiz",), ("room-110",), clock.now, at(19, 11)))
    clock.now = NOW
    bob = await app.desk.check_in(
        CheckIn(("Bob",), ("room-110",), at(17, 15), at(19, 11), override_live=True)
    )
    rack = {r.name: r for r in await app.queries.room_rack()}
    row = rack["Room 110"]
    assert (row.reservation_key, row.guest_names) == (bob.reservation_key, ("Bob",))
    assert row.state == "override_pending" and row.pending_keys == (marta.reservation_key,)
