"""Changing the property and its doors after set-up: each rule, each error, one audit line per change,
and nothing half-written when a change is refused."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from frontdesk.domain.commands import CheckIn, CheckOut
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.model import CredentialKind, ReservationStatus
from frontdesk.services.property.views import DoorView
from frontdesk.services.stays.views import AuditEntryView
from tests.conftest import NOW


async def _fails(status: int, work: Any) -> FrontDeskError:
    with pytest.raises(FrontDeskError) as caught:
        await work
    assert caught.value.status == status
    assert caught.value.title and caught.value.hint
    return caught.value


async def _audit(app, action: str) -> list[AuditEntryView]:  # type: ignore[no-untyped-def]
    return await app.queries.audit(action=action)


async def _door(app, entrance_id: str) -> DoorView:  # type: ignore[no-untyped-def]
    return {d.entrance_id: d for d in (await app.property_setup.show()).entrances}[entrance_id]


def _room(**changes: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "entrance_id": "room-501",
        "name": "Room 501",
        "space_id": "room-501",
        "space_name": "Room 501",
        "space_kind": "guest_room",
        "lock_system_id": "card-locks",
        "can_belong_to_reservation": True,
        "credential_kinds": ["card"],
    }
    return args | changes


async def test_the_property_gets_a_new_name_and_time_zone_with_an_audit_line(app) -> None:  # type: ignore[no-untyped-def]
    result = await app.property_setup.update_property("Harbor View Inn", "Europe/Lisbon")
    assert result.changed == ("name", "time_zone")
    info = await app.queries.property_info()
    assert (info.name, info.time_zone) == ("Harbor View Inn", "Europe/Lisbon")
    [line] = await _audit(app, "property.updated")
    assert line.subject == "harbor-view"
    assert line.details["changes"]["time_zone"] == {"from": "America/Los_Angeles", "to": "Europe/Lisbon"}


async def test_an_unknown_time_zone_is_refused_and_nothing_changes(app) -> None:  # type: ignore[no-untyped-def]
    error = await _fails(400, app.property_setup.update_property("Renamed", "Mars/Olympus_Mons"))
    assert error.title == "Unknown time zone."
    assert "IANA" in error.hint
    info = await app.queries.property_info()
    assert (info.name, info.time_zone) == ("Harbor View Hotel", "America/Los_Angeles")
    assert await _audit(app, "property.updated") == []
    await _fails(400, app.property_setup.update_property(None, None))
    await _fails(400, app.property_setup.update_property("  ", None))


async def test_a_new_door_in_a_new_space_gets_the_next_lock_number(app) -> None:  # type: ignore[no-untyped-def]
    highest = max(d.lock_number for d in (await app.property_setup.show()).entrances)
    door = await app.property_setup.add_entrance(**_room())
    assert door.lock_number == highest + 1 and door.space_created is True
    listed = {d.entrance_id: d for d in await app.queries.entrances()}
    assert listed["room-501"].space == "Room 501" and listed["room-501"].credential_kinds == (
        CredentialKind.CARD,
    )
    [line] = await _audit(app, "door.added")
    assert line.details["entrance_id"] == "room-501"
    assert line.subject == "room-501"  # the audit line is about the door
    assert line.details["lock_number"] == highest + 1
    # A second door in the same (now existing) space: no new space, the number after.
    bath = await app.property_setup.add_entrance(
        **_room(entrance_id="room-501-bath", name="Room 501 bathroom", space_name=None, space_kind=None)
    )
    assert bath.lock_number == highest + 2 and bath.space_created is False
    assert bath.space == "Room 501"
    # A guest can be checked in to the new room at once.
    change = await app.desk.check_in(
        CheckIn(("Ann",), ("room-501",), NOW - timedelta(hours=1), NOW + timedelta(hours=20))
    )
    assert change.reservation_key


@pytest.mark.parametrize(
    ("changes", "status", "title"),
    [
        ({"entrance_id": "Room 501"}, 400, "Invalid entrance id."),
        ({"entrance_id": "room_501"}, 400, "Invalid entrance id."),
        ({"space_id": "Room-501"}, 400, "Invalid space id."),
        ({"entrance_id": "room-101"}, 409, "A door with this id already exists."),
        ({"lock_system_id": "no-such-locks"}, 404, "Lock system not found."),
        ({"credential_kinds": []}, 400, "A door must take at least one credential."),
        ({"credential_kinds": ["face"]}, 400, "Unknown credential kind."),
        ({"credential_kinds": ["online_pin"]}, 400, "A PIN door needs its device id."),
        ({"credential_kinds": ["offline_pin"]}, 400, "A PIN door needs its device id."),
        ({"time_zone": "Nowhere/City"}, 400, "Unknown door time zone."),
        ({"space_kind": "castle"}, 400, "Unknown space kind."),
        ({"name": ""}, 400, "The door name cannot be empty."),
    ],
)
async def test_adding_a_door_refuses_bad_input_and_writes_nothing(app, changes, status, title) -> None:  # type: ignore[no-untyped-def]
    before = await app.property_setup.show()
    error = await _fails(status, app.property_setup.add_entrance(**_room(**changes)))
    assert error.title == title
    after = await app.property_setup.show()
    assert after.spaces == before.spaces  # the new space was not kept either
    assert after.entrances == before.entrances
    assert await _audit(app, "door.added") == []


async def test_a_pin_door_with_its_device_id_is_added(app) -> None:  # type: ignore[no-untyped-def]
    door = await app.property_setup.add_entrance(
        "side-door-keypad",
        "Side door keypad",
        "entry-side",
        "Side entry",
        "common",
        "keypads",
        False,
        ["online_pin"],
        device_id="side-door-keypad",
        time_zone="America/Denver",
    )
    assert door.device_id == "side-door-keypad" and door.time_zone == "America/Denver"
    assert door.space_kind == "common"


async def test_a_door_is_renamed_and_its_lock_number_stays(app) -> None:  # type: ignore[no-untyped-def]
    before = await _door(app, "pool")
    result = await app.property_setup.update_entrance(
        "pool", name="Rooftop pool", credential_kinds=["card", "online_pin"], device_id="pool-keypad"
    )
    assert result.changed == ("credential_kinds", "device_id", "name")
    after = await _door(app, "pool")
    assert after.name == "Rooftop pool" and after.lock_number == before.lock_number
    assert after.credential_kinds == (CredentialKind.CARD, CredentialKind.ONLINE_PIN)
    [line] = await _audit(app, "door.updated")
    assert line.details["entrance_id"] == "pool"
    assert line.details["changes"]["name"] == {"from": "Pool", "to": "Rooftop pool"}
    # Nothing new: no change, no audit line.
    again = await app.property_setup.update_entrance("pool", name="Rooftop pool")
    assert again.changed == ()
    assert len(await _audit(app, "door.updated")) == 1


async def test_updating_refuses_unknown_doors_and_pin_without_device(app) -> None:  # type: ignore[no-untyped-def]
    error = await _fails(404, app.property_setup.update_entrance("room-999", name="X"))
    assert error.title == "Door not found."
    error = await _fails(400, app.property_setup.update_entrance("gym", credential_kinds=["offline_pin"]))
    assert error.title == "A PIN door needs its device id."
    error = await _fails(400, app.property_setup.update_entrance("front-door-keypad", device_id=""))
    assert error.title == "A PIN door needs its device id."
    assert (await _door(app, "gym")).credential_kinds == (CredentialKind.CARD,)
    assert await _audit(app, "door.updated") == []


async def test_a_door_in_a_live_stay_keeps_reservations_and_cards(app) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(
        CheckIn(("Ann",), ("room-101",), NOW - timedelta(hours=1), NOW + timedelta(hours=30))
    )
    for change in (
        {"can_belong_to_reservation": False},
        {"credential_kinds": ["online_pin"], "device_id": "room-101-keypad"},
    ):
        error = await _fails(409, app.property_setup.update_entrance("room-101", **change))
        assert error.title == "Door is in use by a stay."
        assert error.detail["reservation_keys"] == [stay.reservation_key]
    door = await _door(app, "room-101")
    assert door.can_belong_to_reservation is True and door.credential_kinds == (CredentialKind.CARD,)
    assert await _audit(app, "door.updated") == []
    # Harmless changes stay possible while the guest is in.
    await app.property_setup.update_entrance("room-101", name="Room 101 (sea view)")
    await app.property_setup.update_entrance(
        "room-101", credential_kinds=["card", "online_pin"], device_id="k1"
    )
    # Once the guest has left, the door may change.
    await app.desk.check_out(CheckOut(stay.reservation_key))
    done = await app.property_setup.update_entrance("room-101", can_belong_to_reservation=False)
    assert done.can_belong_to_reservation is False


async def test_an_overridden_stay_still_protects_its_door(app, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = NOW - timedelta(hours=20)  # Ann arrived yesterday: checked in back then
    first = await app.desk.check_in(
        CheckIn(("Ann",), ("room-102",), NOW - timedelta(hours=20), NOW + timedelta(hours=30))
    )
    clock.now = NOW
    second = await app.desk.check_in(
        CheckIn(
            ("Bob",), ("room-102",), NOW - timedelta(hours=1), NOW + timedelta(hours=30), override_live=True
        )
    )
    await app.desk.check_out(CheckOut(second.reservation_key))
    # Bob has left; Ann's stay was overridden but is still live, and her card still knows the door.
    assert (await app.queries.reservation(first.reservation_key)).status is ReservationStatus.OVERRIDDEN
    error = await _fails(
        409, app.property_setup.update_entrance("room-102", credential_kinds=["offline_pin"], device_id="x")
    )
    assert error.detail["reservation_keys"] == [first.reservation_key]
