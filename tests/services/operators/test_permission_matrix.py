"""Every row of the permission matrix through the services: the least role that has the permission
gets past the check (the action then gives its own answer), the role below it gets a 403 naming the
permission and the role, and nobody signed in gets a 401."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest

from frontdesk.domain.commands import CheckOut, GrantStaffAccess, MoveRoom
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.operators import LEAST_ROLE, NotPermitted, NotSignedIn, Permission, Role
from frontdesk.services.bootstrap import App
from tests.helpers import at
from tests.operator_fixtures import add_staff, sign_in

Action = Callable[[App], Awaitable[Any]]


class _NoPrompts:
    """Card actions here stop before a card is asked for."""

    def place_card(self, reader: str | None) -> None: ...
    def put_card_back(self, card: Any) -> None: ...
    def card_ready(self, card: Any) -> None: ...


# One service call per permission (FORCE is tested with the dangerous changes).
ACTIONS: dict[Permission, Action] = {
    Permission.STAYS: lambda app: app.desk.check_out(CheckOut("no-such-stay")),
    Permission.GUEST_CARDS: lambda app: app.cards.cancel(999_999),
    Permission.GUEST_PINS: lambda app: app.codes.delete("no-such-code"),
    Permission.LOCKOUT: lambda app: app.lockout.lookup("no-such-stay"),
    Permission.READ_CARD: lambda app: app.cards.read(timeout=0.05),
    Permission.STAFF_CARDS: lambda app: app.desk.grant_staff_access(
        GrantStaffAccess("Bob", at(18, 8), at(18, 17), ("no-such-group",), ())
    ),
    Permission.OVERRIDE: lambda app: app.desk.move_room(
        MoveRoom("no-such-stay", ("room-101",), override_live=True)
    ),
    Permission.OPEN_ENDED_PINS: lambda app: app.codes.create(
        "no-such-lock", code="4321", starts_at=at(18, 8)
    ),
    Permission.DOOR_EDITS: lambda app: app.property_setup.update_entrance("no-such-door", name="Door"),
    Permission.REPLACE_LOCK: lambda app: app.codes.replace_device(
        "no-such-lock", "no-such-lock", apply=False
    ),
    Permission.REPORTS: lambda app: app.queries.audit(limit=5),
    Permission.OPERATORS: lambda app: app.operators.list(),
    Permission.KEY_ROTATION: lambda app: app.cards.rotate_key(timedelta(days=30)),
    Permission.PROVIDER: lambda app: app.settings.set_provider("", None, None),
    Permission.PROPERTY_SETTINGS: lambda app: app.property_setup.update_property(name="Hotel Test"),
    Permission.ENCODERS: lambda app: app.cards.choose_encoder("simulated"),
    Permission.EMERGENCY_CARDS: lambda app: app.cards.encode_emergency("", _NoPrompts()),  # no reason: 400
    Permission.ROOM_BLOCKING: lambda app: app.cards.encode_room_block((), "leak", _NoPrompts()),  # no door
}


def test_every_permission_but_force_has_an_action_here() -> None:
    assert set(ACTIONS) == set(Permission) - {Permission.FORCE}


async def _outcome(app: App, permission: Permission) -> FrontDeskError | None:
    try:
        await ACTIONS[permission](app)
    except FrontDeskError as error:
        return error
    return None


@pytest.mark.parametrize("permission", list(ACTIONS), ids=lambda p: p.value)
async def test_the_least_role_passes_the_check(app: App, secret_service: Any, permission: Permission) -> None:
    await add_staff(app)
    await sign_in(app, LEAST_ROLE[permission])
    outcome = await _outcome(app, permission)
    assert outcome is None or outcome.status not in (401, 403), outcome.to_dict()


@pytest.mark.parametrize(
    "permission", [p for p in ACTIONS if LEAST_ROLE[p] is not Role.RECEPTIONIST], ids=lambda p: p.value
)
async def test_the_role_below_is_refused(app: App, permission: Permission) -> None:
    await add_staff(app)
    below = list(Role)[LEAST_ROLE[permission].rank - 1]
    await sign_in(app, below)
    outcome = await _outcome(app, permission)
    assert isinstance(outcome, NotPermitted), outcome
    assert outcome.status == 403
    assert outcome.title == f"Not permitted: {permission.value}."
    assert f"Ask a {LEAST_ROLE[permission].label}" in outcome.hint


@pytest.mark.parametrize("permission", list(ACTIONS), ids=lambda p: p.value)
async def test_nobody_signed_in_is_refused(app: App, permission: Permission) -> None:
    await add_staff(app)
    outcome = await _outcome(app, permission)
    assert isinstance(outcome, NotSignedIn), outcome
    assert outcome.status == 401 and "frontdesk login" in outcome.hint


@pytest.mark.parametrize("permission", list(ACTIONS), ids=lambda p: p.value)
async def test_without_an_administrator_every_action_passes(
    app: App, secret_service: Any, permission: Permission
) -> None:
    outcome = await _outcome(app, permission)
    assert outcome is None or outcome.status not in (401, 403), outcome.to_dict()


async def test_a_refused_action_is_in_the_audit_as_refused(app: App, secret_service: Any) -> None:
    await add_staff(app)
    await sign_in(app, Role.RECEPTIONIST)
    assert isinstance(await _outcome(app, Permission.KEY_ROTATION), NotPermitted)
    app.operators.sign_out()
    await sign_in(app, Role.ADMIN)
    [row] = [r for r in await app.queries.audit(limit=20) if r.outcome == "refused"]
    assert row.action == "permission.refused" and row.details["permission"] == "key-rotation"
    assert row.operator == "Rita"  # who tried it
    assert "Rita (receptionist) was refused: key-rotation" in row.sentence
