"""The stays' views: aware datetimes already on the property's clock, enums, and the command line's
JSON made from them in one place."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from frontdesk.cli.json_out import to_json
from frontdesk.domain.commands import CheckIn
from frontdesk.domain.model import AccessMethod, ReservationStatus, UserKind
from frontdesk.services.stays.views import GrantState, RoomState, SearchMatch
from tests.conftest import NOW

HOTEL = ZoneInfo("America/Los_Angeles")  # the demo property's zone


async def test_views_carry_times_in_the_property_zone_and_enums(app) -> None:  # type: ignore[no-untyped-def]
    first = await app.desk.check_in(
        CheckIn(("Ann",), ("room-101", "lobby"), NOW - timedelta(hours=20), NOW + timedelta(hours=20))
    )
    await app.desk.check_in(
        CheckIn(
            ("Bob",), ("room-101",), NOW - timedelta(hours=1), NOW + timedelta(hours=30), override_live=True
        )
    )

    stay = await app.queries.reservation(first.reservation_key)
    assert stay.status is ReservationStatus.OVERRIDDEN
    [grant] = stay.grants
    assert (grant.status, grant.kind) == (GrantState.OVERRIDDEN, UserKind.GUEST)
    assert grant.access_methods == frozenset({AccessMethod.CARD})
    assert grant.entrance_ids == ("lobby", "room-101")
    for value in (grant.starts_at, grant.ends_at, grant.created_at, stay.overridden_at):
        assert value is not None and value.tzinfo == HOTEL
    assert grant.starts_at == NOW - timedelta(hours=20)  # the same instant, shown on the hotel's clock

    rack = {r.name: r for r in await app.queries.room_rack()}
    assert rack["Room 101"].state is RoomState.OVERRIDE_PENDING
    assert rack["Room 101"].ends_at is not None and rack["Room 101"].ends_at.tzinfo == HOTEL
    [hit] = await app.queries.search("ann")
    assert (hit.status, hit.matched, hit.starts_at.tzinfo) == (
        GrantState.OVERRIDDEN,
        SearchMatch.GUEST,
        HOTEL,
    )
    [entry] = await app.queries.audit(limit=1)
    assert entry.at.tzinfo == HOTEL


async def test_a_change_prints_as_the_command_line_always_printed_it(app) -> None:  # type: ignore[no-untyped-def]
    change = await app.desk.check_in(
        CheckIn(("Ann",), ("room-101",), NOW - timedelta(hours=1), NOW + timedelta(hours=20))
    )
    printed = to_json(change.view())
    assert list(printed) == [
        "reservation_key",
        "grants_created",
        "grants_updated",
        "grants_ended",
        "reservations_overridden",
        "cards_to_reencode",
        "pin_codes",
        "overridden_by",  # issue 9: set when another desk took the rooms right after the commit
    ]
    assert printed["overridden_by"] is None
    [grant] = printed["grants_created"]
    assert list(grant) == [
        "access_grant_id",
        "user_name",
        "user_identity_id",
        "kind",
        "entrance_ids",
        "starts_at",
        "ends_at",
        "reservation_key",
        "access_methods",
        "status",
        "overrides_reservation_keys",
        "overridden_by",
        "created_at",
        "ended_at",
        "ended_reason",
    ]
    assert (grant["kind"], grant["status"], grant["access_methods"]) == ("guest", "active", ["card"])
    assert grant["starts_at"] == (NOW - timedelta(hours=1)).astimezone(HOTEL).isoformat()
