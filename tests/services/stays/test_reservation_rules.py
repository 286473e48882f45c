"""Every rule and error row of the reservation reference, through the services."""

from __future__ import annotations

import pytest

from frontdesk.domain.commands import CreateGrant, DeleteGrant, UpdateGrant
from frontdesk.domain.errors import (
    EntranceChangeRequiresCleanup,
    FrontDeskError,
    JoinerEntranceSetConflict,
    NotFound,
    ReservationKeyNotSupported,
    ReservationKeyRequired,
    StaffReservationKey,
    TimeFramesMustOverlap,
)
from frontdesk.domain.model import UserKind
from tests.helpers import at


def guest(name: str, *doors: str, key: str | None, start: int = 17, end: int = 19) -> CreateGrant:
    return CreateGrant(name, doors, at(start, 15), at(end, 11), UserKind.GUEST, key)


async def test_override_marks_the_earlier_reservation_at_once(app) -> None:
    first = await app.desk.create_grant(guest("Ann", "room-101", key="stay-1"))
    assert first.reservations_overridden == []
    second = await app.desk.create_grant(guest("Bob", "room-101", key="stay-2", start=19, end=21))
    assert [(o.reservation_key, o.overridden_by) for o in second.reservations_overridden] == [
        ("stay-1", "stay-2")
    ]
    assert second.grants_created[0].overrides == ("stay-1",)
    shown = {g.user_name: g.status for g in await app.queries.grants()}
    assert shown == {"Ann": "overridden", "Bob": "active"}


async def test_joiner_with_same_key_is_valid_alongside(app) -> None:
    await app.desk.create_grant(guest("Ann", "room-101", key="stay-1"))
    joined = await app.desk.create_grant(guest("Ann's son", "room-101", key="stay-1"))
    assert joined.reservations_overridden == []
    assert {g.status for g in await app.queries.grants(reservation_key="stay-1")} == {"active"}


async def test_staff_never_overrides_and_is_never_overridden(app) -> None:
    await app.desk.create_grant(guest("Ann", "room-101", key="stay-1"))
    staff = await app.desk.create_grant(
        CreateGrant("Maria (housekeeping)", ("room-101",), at(17, 8), at(30, 18), UserKind.STAFF)
    )
    assert staff.reservations_overridden == []
    later = await app.desk.create_grant(guest("Bob", "room-101", key="stay-2", start=19, end=21))
    assert [o.reservation_key for o in later.reservations_overridden] == ["stay-1"]
    shown = {g.user_name: g.status for g in await app.queries.grants()}
    assert shown["Maria (housekeeping)"] == "active"


async def test_staff_grant_with_a_key_is_refused(app) -> None:
    with pytest.raises(StaffReservationKey):
        await app.desk.create_grant(
            CreateGrant("Maria", ("room-101",), at(17, 8), at(18, 8), UserKind.STAFF, "k")
        )


async def test_mixed_grant_provisions_common_doors_as_standard_access(app) -> None:
    change = await app.desk.create_grant(guest("Ann", "room-101", "lobby", "gym", key="stay-1"))
    assert change.grants_created[0].entrance_ids == {"room-101", "lobby", "gym"}
    shown = await app.queries.reservation("stay-1")
    assert shown.entrance_ids == ("room-101",)  # the door set leaves common doors out
    # A joiner may add any common doors: they are left out of the subset check.
    joined = await app.desk.create_grant(guest("Ann's son", "room-101", "pool", "parking", key="stay-1"))
    assert joined.grants_created[0].entrance_ids == {"room-101", "pool", "parking"}
    # Another stay on the lobby overrides nobody there.
    other = await app.desk.create_grant(guest("Bob", "room-102", "lobby", key="stay-2"))
    assert other.reservations_overridden == []


async def test_rule_1_key_without_capable_entrance(app) -> None:
    with pytest.raises(ReservationKeyNotSupported) as caught:
        await app.desk.create_grant(guest("Ann", "lobby", "gym", key="stay-1"))
    assert (caught.value.status, caught.value.title) == (400, "reservation_key not supported.")
    assert await app.queries.grants() == []


async def test_rule_1b_guest_card_without_key_on_a_system_that_requires_one(app) -> None:
    with pytest.raises(ReservationKeyRequired) as caught:
        await app.desk.create_grant(guest("Ann", "room-101", key=None))
    assert (caught.value.status, caught.value.title) == (400, "reservation_key required for guest cards.")
    # Common doors alone need no key: standard access.
    change = await app.desk.create_grant(guest("Day guest", "pool", key=None))
    assert change.grants_created[0].reservation_key is None


async def test_rule_2_door_set_is_fixed_once_established(app) -> None:
    await app.desk.create_grant(guest("Ann", "room-101", key="stay-1"))
    with pytest.raises(EntranceChangeRequiresCleanup) as caught:
        await app.desk.create_grant(guest("Ann", "room-102", key="stay-1"))
    assert (caught.value.status, caught.value.title) == (409, "Reservation entrance change requires cleanup.")
    # Partly overlapping sets are a switch too, not a subset or superset.
    await app.desk.create_grant(guest("Cy", "suite-401-entry", key="stay-3"))
    with pytest.raises(EntranceChangeRequiresCleanup):
        await app.desk.create_grant(guest("Cy", "suite-401-bedroom", key="stay-3"))


async def test_rule_2_cleanup_then_reissue_with_new_doors(app) -> None:
    first = await app.desk.create_grant(guest("Ann", "room-101", key="stay-1"))
    await app.desk.delete_grant(DeleteGrant(first.grants_created[0].access_grant_id))
    moved = await app.desk.create_grant(guest("Ann", "room-102", key="stay-1"))
    assert (await app.queries.reservation("stay-1")).entrance_ids == ("room-102",)
    assert moved.grants_created[0].entrance_ids == {"room-102"}


async def test_rule_3_joiner_subset_allowed_superset_refused(app) -> None:
    await app.desk.create_grant(guest("Cy", "suite-401-entry", "suite-401-bedroom", key="suite-stay"))
    nanny = await app.desk.create_grant(guest("Nanny", "suite-401-entry", key="suite-stay"))
    assert nanny.grants_created[0].entrance_ids == {"suite-401-entry"}
    await app.desk.create_grant(guest("Dee", "room-201", key="stay-2"))
    with pytest.raises(JoinerEntranceSetConflict) as caught:
        await app.desk.create_grant(guest("Dee's friend", "room-201", "room-202", key="stay-2"))
    assert (caught.value.status, caught.value.title) == (409, "Reservation joiner entrance set conflict.")


async def test_rule_4_time_frames_must_overlap(app) -> None:
    await app.desk.create_grant(guest("Ann", "room-101", key="stay-1", start=17, end=19))
    with pytest.raises(TimeFramesMustOverlap) as caught:
        await app.desk.create_grant(guest("Ann again", "room-101", key="stay-1", start=20, end=22))
    assert (caught.value.status, caught.value.title) == (409, "Reservation time frames must overlap.")
    # Back-to-back is not overlap: checkout at 11:00, next start at 11:00 the same day.
    with pytest.raises(TimeFramesMustOverlap):
        await app.desk.create_grant(
            CreateGrant("Ann", ("room-101",), at(19, 11), at(20, 11), UserKind.GUEST, "stay-1")
        )


async def test_rule_4_applies_to_updates_too(app) -> None:
    await app.desk.create_grant(guest("Ann", "room-101", key="stay-1", start=17, end=19))
    joiner = await app.desk.create_grant(guest("Tom", "room-101", key="stay-1", start=18, end=19))
    grant_id = joiner.grants_created[0].access_grant_id
    with pytest.raises(TimeFramesMustOverlap):
        await app.desk.update_grant(UpdateGrant(grant_id, starts_at=at(20, 15), ends_at=at(21, 11)))
    updated = await app.desk.update_grant(UpdateGrant(grant_id, ends_at=at(18, 20)))
    assert updated.grants_updated[0].ends_at == at(18, 20)


async def test_errors_carry_a_hint_and_leave_nothing_behind(app) -> None:
    for bad in (
        guest("Ann", "room-999", key="stay-1"),
        guest("", "room-101", key="stay-1"),
        CreateGrant("Ann", ("room-101",), at(19, 15), at(17, 11), UserKind.GUEST, "stay-1"),
    ):
        with pytest.raises(FrontDeskError) as caught:
            await app.desk.create_grant(bad)
        assert caught.value.title and caught.value.hint
    with pytest.raises(NotFound):
        await app.desk.create_grant(guest("Ann", "room-999", key="stay-1"))
    assert await app.queries.grants(include_ended=True) == []
    assert [a.action for a in await app.queries.audit()] == ["property.created"]


async def test_every_change_is_audited_with_the_workstation(app) -> None:
    await app.desk.create_grant(guest("Ann", "room-101", key="stay-1"))
    await app.desk.create_grant(guest("Bob", "room-101", key="stay-2", start=19, end=21))
    entries = await app.queries.audit()
    actions = [a.action for a in reversed(entries)]
    assert actions == [
        "property.created",
        "reservation.established",
        "access.granted",
        "reservation.overridden",
        "reservation.established",
        "access.granted",
    ]
    assert {a.workstation for a in entries} == {"test-desk"}
    overridden = next(a for a in entries if a.action == "reservation.overridden")
    assert overridden.details["overridden_by"] == "stay-2"
