"""The permission check every service makes before it acts: who is signed in, and may they?

Until the property's first administrator exists the desk is in its "no administrator yet" mode:
nobody signs in and every check passes (the desk says so on every start). Once an administrator
exists, and for good (operators are disabled, never deleted), a check with nobody signed in is a
401 and a check the operator's role does not pass is a 403 naming the permission and the role that
has it. The check reads the operator again each time, so a disabled operator stops at the next
action on every desk. The services call it, never the widgets: the GUI and the command line
cannot differ.
"""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.audit import PERMISSION_REFUSED
from frontdesk.domain.operators import NotPermitted, NotSignedIn, Operator, Permission, require
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

NO_ADMIN_TITLE = "No administrator exists yet: anyone at this computer can do anything at this desk."
NO_ADMIN_HINT = "Create the first one: frontdesk operators create NAME --role admin --password-stdin"


class Guard:
    """Who this desk (or this command) acts for, and the checks against the permission matrix."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx
        self._operator: Operator | None = None
        self._expires_at: datetime | None = None
        self._closed = False  # an administrator exists: never reopened in this process either

    @property
    def operator(self) -> Operator | None:
        return self._operator

    @property
    def closed(self) -> bool:
        """An administrator is known to exist (the "no administrator yet" mode is over)."""
        return self._closed

    def actor_name(self) -> str | None:
        """The signed-in operator's name, for the audit (Transactions.actor)."""
        return self._operator.name if self._operator is not None else None

    def act_as(self, operator: Operator, expires_at: datetime | None = None) -> None:
        self._operator, self._expires_at = operator, expires_at

    def forget(self) -> None:
        self._operator, self._expires_at = None, None

    def close_door(self) -> None:
        self._closed = True

    def database_emptied(self) -> None:
        """After `demo --reset` (an administrator's): no operators are left, nobody is signed in."""
        self._closed = False
        self.forget()

    async def open_mode(self) -> bool:
        """True while no administrator exists (the desk works without signing in)."""
        if not self._closed:
            self._closed = await self._tx.read(lambda uow, now: uow.operators.admin_exists())
        return not self._closed

    async def require(self, permission: Permission | None = None) -> Operator | None:
        """The operator allowed to act (None in the "no administrator yet" mode); else 401 or 403.
        Without a permission it only checks that someone is signed in (what every read needs)."""
        closed, current = await self._tx.read(self._look)
        if not closed:
            return None
        self._closed = True
        if current is None:
            self.forget()
            raise NotSignedIn()
        if permission is not None:
            try:
                require(current, permission)
            except NotPermitted:
                # The audit says what was tried and refused, and by whom (outcome "refused").
                await self._tx.record_refusal(
                    PERMISSION_REFUSED,
                    f"{current.name} ({current.role.value}) was refused: {permission.value}",
                    {"permission": permission.value, "role": current.role.value},
                )
                raise
        return current

    def _look(self, uow: UnitOfWork, now: datetime) -> tuple[bool, Operator | None]:
        closed = self._closed or uow.operators.admin_exists()
        if not closed or self._operator is None:
            return closed, None
        if self._expires_at is not None and self._expires_at <= now:
            return True, None
        stored = uow.operators.get(self._operator.name)
        if stored is None or stored.operator.disabled:
            return True, None
        return True, stored.operator
