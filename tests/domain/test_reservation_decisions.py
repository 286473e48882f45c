"""The rule engine on its own: for any door sets, a joiner is a join, a superset or a switch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdesk.domain.errors import (
    EntranceChangeRequiresCleanup,
    JoinerEntranceSetConflict,
    ReservationKeyNotSupported,
    TimeFramesMustOverlap,
)
from frontdesk.domain.model import AccessGrant, CredentialKind, Entrance, Reservation, UserKind
from frontdesk.domain.reservations import GrantRequest, decide_grant, reservations_overridden_by

ROOMS = [f"r{i}" for i in range(6)]
COMMON = ["lobby", "gym"]
T0 = datetime(2026, 11, 17, 23, tzinfo=UTC)


def door(entrance_id: str, capable: bool) -> Entrance:
    return Entrance(
        entrance_id, entrance_id, entrance_id, "locks", capable, frozenset({CredentialKind.CARD}), True
    )


DOORS = {d: door(d, True) for d in ROOMS} | {d: door(d, False) for d in COMMON}


def stay(key: str, doors: frozenset[str], sequence: int = 1) -> Reservation:
    grant = AccessGrant("g1", "u1", "Ann", UserKind.GUEST, doors, T0, T0 + timedelta(days=2), key)
    return Reservation(key, doors, sequence, grants=[grant])


def request(doors: set[str], key: str | None = "k", start: datetime = T0) -> GrantRequest:
    return GrantRequest(UserKind.GUEST, frozenset(doors), start, start + timedelta(days=1), key)


door_sets = st.sets(st.sampled_from(ROOMS), min_size=1)
common_sets = st.sets(st.sampled_from(COMMON))


@given(door_sets, door_sets, common_sets)
def test_joiner_classification(established: set[str], asked: set[str], common: set[str]) -> None:
    reservation = stay("k", frozenset(established))
    if asked <= established:
        decision = decide_grant(request(asked | common), DOORS, reservation)
        assert decision.capable_doors == frozenset(asked) and not decision.establishes
        assert decision.standard_doors == frozenset(common)
    elif asked > established:
        with pytest.raises(JoinerEntranceSetConflict):
            decide_grant(request(asked | common), DOORS, reservation)
    else:
        with pytest.raises(EntranceChangeRequiresCleanup):
            decide_grant(request(asked | common), DOORS, reservation)


@given(st.sets(st.sampled_from(COMMON), min_size=1))
def test_a_key_on_common_doors_only_is_rule_1(common: set[str]) -> None:
    with pytest.raises(ReservationKeyNotSupported):
        decide_grant(request(common), DOORS, None)


@given(st.integers(min_value=-96, max_value=96))
def test_overlap_is_half_open(hours: int) -> None:
    reservation = stay("k", frozenset({"r1"}))  # T0 .. T0 + 48h
    start = T0 + timedelta(hours=hours)  # asks for start .. start + 24h
    overlaps = start < T0 + timedelta(days=2) and start + timedelta(days=1) > T0
    if overlaps:
        decide_grant(request({"r1"}, start=start), DOORS, reservation)
    else:
        with pytest.raises(TimeFramesMustOverlap):
            decide_grant(request({"r1"}, start=start), DOORS, reservation)


@given(door_sets, door_sets)
def test_override_takes_exactly_the_stays_sharing_a_door(old: set[str], new: set[str]) -> None:
    older = stay("old", frozenset(old), sequence=1)
    overridden = reservations_overridden_by(frozenset(new), "new", [older])
    assert (overridden == [older]) == bool(old & new)
    assert reservations_overridden_by(frozenset(new), "old", [older]) == []  # never itself
