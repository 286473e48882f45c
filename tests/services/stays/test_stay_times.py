"""The stay time and name rules through the services the window and the command line share."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontdesk.domain.commands import ChangeDates, CheckIn, CreateGrant, GrantStaffAccess, UpdateGrant
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.input_rules import BIDI_CONTROLS
from frontdesk.domain.model import UserKind
from tests.helpers import HOTEL, at

PAST = (at(14, 15), at(16, 11))  # over before NOW (10:00 on the 17th)
YEAR_ONE = (datetime(1, 1, 1, 15, tzinfo=UTC), datetime(1, 1, 2, 11, tzinfo=UTC))
YEAR_3000 = (datetime(3000, 1, 1, 15, tzinfo=HOTEL), datetime(3000, 1, 2, 11, tzinfo=HOTEL))
YEAR_9999 = (at(20, 15), datetime(9999, 12, 31, tzinfo=HOTEL))
LONG = (at(20, 15), at(20, 15) + timedelta(days=400))
DST_GAP = (datetime(2027, 3, 14, 2, 30, tzinfo=HOTEL), datetime(2027, 3, 15, 11, tzinfo=HOTEL))
BAD_TIMES = [PAST, YEAR_ONE, YEAR_3000, YEAR_9999, LONG, DST_GAP]
IDS = ["past", "year-1", "year-3000", "9999-12-31", "longer-than-a-year", "dst-gap"]


async def _grant_count(app) -> int:  # type: ignore[no-untyped-def]
    return len(await app.queries.grants(include_ended=True))


@pytest.mark.parametrize("times", BAD_TIMES, ids=IDS)
async def test_every_way_of_giving_times_refuses_bad_ones(app, times) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    before = await _grant_count(app)
    attempts = [
        app.desk.check_in(CheckIn(("Bob",), ("room-102",), *times)),
        app.desk.create_grant(CreateGrant("Cy", ("lobby",), *times, UserKind.GUEST)),
        app.desk.grant_staff_access(GrantStaffAccess("Maria", *times, ("housekeeping",))),
        app.desk.change_dates(ChangeDates(stay.reservation_key, *times)),
        app.desk.update_grant(UpdateGrant(grant_id, *times)),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidInput) as caught:
            await attempt
        assert caught.value.title and caught.value.hint and caught.value.status == 400
    assert await _grant_count(app) == before  # nothing half-written
    grant = (await app.queries.grants(reservation_key=stay.reservation_key))[0]
    assert (grant.starts_at, grant.ends_at) == (at(17, 15), at(19, 11))


async def test_a_stay_in_the_house_keeps_its_start_when_its_dates_change(app, clock) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 10), at(19, 11)))
    clock.advance(days=2)  # two days later, the guest stays one more night
    changed = await app.desk.change_dates(ChangeDates(stay.reservation_key, at(17, 10), at(20, 11)))
    assert changed.grants_updated[0].ends_at == at(20, 11)
    later = changed.grants_updated[0].access_grant_id
    assert (await app.desk.update_grant(UpdateGrant(later, None, at(21, 11)))).grants_updated
    moved = await app.desk.change_dates(ChangeDates(stay.reservation_key, at(18, 10), at(20, 11)))
    assert moved.grants_updated[0].starts_at == at(18, 10)  # a start before now, as typed
    with pytest.raises(InvalidInput, match="already over"):
        await app.desk.change_dates(ChangeDates(stay.reservation_key, at(17, 10), at(18, 11)))


async def test_a_walk_in_may_start_earlier_today(app) -> None:  # type: ignore[no-untyped-def]
    walk_in = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 0, 5), at(18, 11)))
    assert walk_in.grants_created[0].starts_at == at(17, 0, 5)


async def test_a_time_in_the_autumn_fold_is_stored_as_given(app, clock) -> None:  # type: ignore[no-untyped-def]
    first = datetime(2026, 11, 1, 1, 30, tzinfo=HOTEL)  # 01:30 PDT, then again as 01:30 PST
    second = first.replace(fold=1)
    clock.now = datetime(2026, 10, 31, 18, tzinfo=UTC)
    a = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), first, at(2, 11)))
    b = await app.desk.check_in(CheckIn(("Bob",), ("room-102",), second, at(2, 11)))
    shown = {g.user_name: g.starts_at.isoformat() for g in await app.queries.grants()}
    assert shown == {"Ann": "2026-11-01T01:30:00-07:00", "Bob": "2026-11-01T01:30:00-08:00"}
    assert a.view().grants_created[0].starts_at.isoformat() == shown["Ann"]
    assert b.view().grants_created[0].starts_at.isoformat() == shown["Bob"]


NAMES = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(sorted(BIDI_CONTROLS)),
        st.integers(0, 0x1F).map(chr),
        st.integers(0x7F, 0x9F).map(chr),
        st.integers(0xDC80, 0xDCFF).map(chr),
    ),
    min_size=1,
    max_size=250,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
async def test_any_name_is_stored_as_shown_or_refused_with_nothing_written(app, name: str) -> None:  # type: ignore[no-untyped-def]
    before = await _grant_count(app)
    try:
        stay = await app.desk.check_in(
            CheckIn((name,), ("room-105",), at(17, 15), at(18, 11), override_live=True)
        )
    except InvalidInput as error:
        assert error.title and error.hint
        assert await _grant_count(app) == before
        return
    stored = (await app.queries.grants(reservation_key=stay.reservation_key))[0].user_name
    assert stored == stay.grants_created[0].user_name
    assert stored == " ".join(name.split())  # white space made single, nothing else changed
    assert not any(ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs") for ch in stored)


async def test_staff_names_follow_the_same_rules(app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="invisible control characters"):
        await app.desk.grant_staff_access(
            GrantStaffAccess("Maria\u202e", at(17, 15), at(18, 11), ("housekeeping",))
        )
    with pytest.raises(InvalidInput, match="not valid text"):
        await app.desk.create_grant(
            CreateGrant("Ann\udcff", ("lobby",), at(17, 15), at(18, 11), UserKind.GUEST)
        )


async def test_property_door_and_code_names_follow_the_same_rules(app) -> None:  # type: ignore[no-untyped-def]
    for attempt in (
        app.property_setup.update_property(name="Harbor\u202eView"),
        app.property_setup.update_entrance("room-101", name="Room\x1b101"),
        app.codes.create("front-door-keypad", name="Ann\u2066"),
    ):
        with pytest.raises(InvalidInput, match="invisible control characters"):
            await attempt
    assert (await app.queries.property_info()).name == "Harbor View Hotel"
