"""Operators through the services: the "no administrator yet" mode, signing in, disabling."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from frontdesk.domain.commands import CheckOut
from frontdesk.domain.errors import Conflict, InvalidInput
from frontdesk.domain.operators import NotPermitted, NotSignedIn, Role, SignInRefused
from tests.operator_fixtures import NAMES, PASSWORDS, add_staff, sign_in


async def test_without_an_administrator_the_desk_works_without_signing_in(app) -> None:  # type: ignore[no-untyped-def]
    assert await app.operators.needs_first_admin()
    await app.operators.create("Rita", Role.RECEPTIONIST, "4711")  # a receptionist keeps the door open
    assert await app.operators.needs_first_admin()
    assert (await app.queries.audit(limit=5))[0].action == "operator.created"


async def test_the_first_administrator_closes_the_door_for_good(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    assert not await app.operators.needs_first_admin()
    with pytest.raises(NotSignedIn) as refused:
        await app.desk.check_out(CheckOut("any"))
    assert refused.value.status == 401 and "frontdesk login" in refused.value.hint
    with pytest.raises(NotSignedIn):
        await app.operators.create("Eve", Role.ADMIN, "eve-password-1")


async def test_a_disabled_administrator_does_not_reopen_the_door(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    await sign_in(app, Role.ADMIN)
    with pytest.raises(Conflict, match="last administrator"):
        await app.operators.disable("Ann")
    await app.operators.create("Bea", Role.ADMIN, "bea-admin-pass-1")
    await app.operators.disable("ann")  # names are one whatever their case
    assert not await app.operators.needs_first_admin()
    with pytest.raises(NotSignedIn):  # Ann was signed in: the next action stops her
        await app.operators.list()
    with pytest.raises(SignInRefused):
        await app.operators.sign_in("Ann", PASSWORDS[Role.ADMIN])


async def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    with pytest.raises(SignInRefused) as wrong:
        await app.operators.sign_in("Ann", "not-the-password")
    with pytest.raises(SignInRefused) as unknown:
        await app.operators.sign_in("Nobody", "not-the-password")
    assert wrong.value.to_dict() == unknown.value.to_dict()
    assert wrong.value.status == 401


async def test_a_refused_action_names_the_permission_and_the_role(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    await sign_in(app, Role.RECEPTIONIST)
    with pytest.raises(NotPermitted) as refused:
        await app.operators.list()
    assert refused.value.status == 403
    assert refused.value.title == "Not permitted: operators."
    assert "administrator" in refused.value.hint and NAMES[Role.RECEPTIONIST] in refused.value.hint


@pytest.mark.parametrize(
    ("secret", "why"),
    [
        ("123", "4 to 8 digits"),
        ("123456789", "4 to 8 digits"),
        ("short", "too short"),
        (" padded-password ", "too short"),
    ],
)
async def test_weak_secrets_are_refused(app, secret: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match=why):
        await app.operators.create("Ann", Role.ADMIN, secret)
    assert await app.operators.needs_first_admin()


async def test_only_argon2id_hashes_are_stored(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    with app.engines.read.connect() as conn:
        rows = conn.execute(text("SELECT name, secret_hash FROM operators")).all()
    assert {name for name, _ in rows} == set(NAMES.values())
    for _, hashed in rows:
        assert hashed.startswith("$argon2id$")
        assert not any(secret in hashed for secret in PASSWORDS.values())


async def test_a_login_session_ends_after_12_hours(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    signed_in, token = await app.operators.start_session("Rita", PASSWORDS[Role.RECEPTIONIST])
    assert token not in repr(signed_in)
    app.operators.sign_out()
    assert (await app.operators.resume(token)) is not None
    app.clock.now += timedelta(hours=12, minutes=1)
    app.operators.sign_out()
    assert (await app.operators.resume(token)) is None
    with pytest.raises(NotSignedIn):
        await app.desk.check_out(CheckOut("no-such-stay"))


async def test_a_session_running_out_mid_use_stops_the_next_action(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    _, token = await app.operators.start_session("Ann", PASSWORDS[Role.ADMIN])
    assert await app.operators.resume(token) is not None
    await app.operators.list()
    app.clock.now += timedelta(hours=13)
    with pytest.raises(NotSignedIn):
        await app.operators.list()
