"""Operators for the tests: an administrator (made first, which ends the "no administrator yet"
mode), a manager and a receptionist, each with a password the tests know."""

from __future__ import annotations

from frontdesk.domain.operators import Role
from frontdesk.services.bootstrap import App

PASSWORDS = {
    Role.ADMIN: "ann-admin-pass-1",
    Role.MANAGER: "max-manager-pass-1",
    Role.RECEPTIONIST: "4711",  # a PIN: 4 to 8 digits
}
NAMES = {Role.ADMIN: "Ann", Role.MANAGER: "Max", Role.RECEPTIONIST: "Rita"}


async def add_staff(app: App) -> None:
    """The three operators, made as the administrator; nobody is signed in afterwards."""
    await app.operators.create(NAMES[Role.ADMIN], Role.ADMIN, PASSWORDS[Role.ADMIN])
    await app.operators.sign_in(NAMES[Role.ADMIN], PASSWORDS[Role.ADMIN])
    for role in (Role.MANAGER, Role.RECEPTIONIST):
        await app.operators.create(NAMES[role], role, PASSWORDS[role])
    app.operators.sign_out()


async def sign_in(app: App, role: Role) -> None:
    await app.operators.sign_in(NAMES[role], PASSWORDS[role])
