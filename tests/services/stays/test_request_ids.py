"""Request ids through the services: a repeated creating command returns its first result."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from frontdesk.domain.commands import AddGuest, CheckIn, CreateGrant
from frontdesk.domain.errors import Conflict, InvalidInput
from frontdesk.domain.model import AccessMethod, UserKind
from frontdesk.store.code_tables import OutboxRow
from tests.helpers import at

STAY = CheckIn(("Ann",), ("room-101", "lobby"), at(17, 15), at(19, 11))


async def _counts(app) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    """Grants, audit lines, PIN codes and outbox items."""
    grants = await app.queries.grants(include_ended=True)
    audit = await app.queries.audit(limit=10_000)
    codes = await app.tx.read(lambda uow, now: uow.codes.codes(include_removed=True))
    outbox = await app.tx.read(
        lambda uow, now: uow.session.scalar(select(func.count()).select_from(OutboxRow))
    )
    return len(grants), len(audit), len(codes), outbox


async def test_a_retried_check_in_returns_the_first_stay_and_writes_nothing(app) -> None:  # type: ignore[no-untyped-def]
    doors = ("room-101", "front-door-keypad", "back-door-keypad")
    pins = CheckIn(("Ann",), doors, at(17, 15), at(19, 11), None, frozenset(AccessMethod))
    first = await app.desk.check_in(pins, request_id="pms-1")
    before = await _counts(app)
    again = await app.desk.check_in(pins, request_id="pms-1")
    assert again.view() == first.view()  # same key, grants and PINs
    assert again.reservation_key == first.reservation_key
    assert await _counts(app) == before  # no grant, audit line or code (outbox) more
    assert first.codes_created  # the PINs were really there to repeat


async def test_add_guest_and_grants_create_share_the_helper(app) -> None:  # type: ignore[no-untyped-def]
    stay = await app.desk.check_in(STAY)
    joiner = AddGuest(stay.reservation_key, "Tom")
    first = await app.desk.add_guest(joiner, request_id="j-1")
    assert (await app.desk.add_guest(joiner, request_id="j-1")).view() == first.view()
    staff = CreateGrant("Eve", ("lobby",), at(17, 15), at(19, 11), UserKind.STAFF)
    made = await app.desk.create_grant(staff, request_id="g-1")
    before = await _counts(app)
    assert (await app.desk.create_grant(staff, request_id="g-1")).view() == made.view()
    assert await _counts(app) == before


async def test_the_same_id_for_another_command_is_refused_with_409(app) -> None:  # type: ignore[no-untyped-def]
    await app.desk.check_in(STAY, request_id="pms-2")
    other_room = CheckIn(("Ann",), ("room-102",), at(17, 15), at(19, 11))
    with pytest.raises(Conflict) as raised:
        await app.desk.check_in(other_room, request_id="pms-2")
    assert raised.value.status == 409 and "--request-id" in raised.value.hint
    with pytest.raises(Conflict):
        await app.desk.create_grant(
            CreateGrant("Eve", ("lobby",), at(17, 15), at(19, 11), UserKind.STAFF), request_id="pms-2"
        )
    assert len(await app.queries.grants()) == 1


async def test_a_failed_command_keeps_no_request_id(app) -> None:  # type: ignore[no-untyped-def]
    """The id is written in the creation's transaction: a refused check-in leaves it free."""
    bad = CheckIn(("x" * 201,), ("room-101",), at(17, 15), at(19, 11))
    with pytest.raises(InvalidInput):
        await app.desk.check_in(bad, request_id="pms-3")
    made = await app.desk.check_in(STAY, request_id="pms-3")
    assert len(made.grants_created) == 1
