"""Operators as the desk and the command line manage them: create, list, disable, sign in and out,
script tokens. Secrets arrive as arguments of these calls (read from stdin or a password field),
are hashed here, and are never logged, stored or returned.
"""

from __future__ import annotations

import builtins
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.audit import SIGN_IN_FAILED, SIGN_IN_LOCKED
from frontdesk.domain.errors import Conflict, NotFound
from frontdesk.domain.operators import (
    Operator,
    OperatorCreated,
    OperatorDisabled,
    Permission,
    Role,
    ScriptTokenIssued,
    SignInRefused,
    allows,
    check_operator_name,
    check_secret,
)
from frontdesk.domain.sign_in_limits import SignInLocked, lock_after, wait_words
from frontdesk.domain.words import say
from frontdesk.services.operators import secrets
from frontdesk.services.operators.guard import Guard
from frontdesk.services.operators.views import OperatorView, ScriptToken, SignedIn
from frontdesk.services.results import Change
from frontdesk.services.transactions import Transactions
from frontdesk.store.operator_repository import StoredOperator
from frontdesk.store.unit_of_work import UnitOfWork

DESK_SESSION = timedelta(hours=12)


def _view(uow: UnitOfWork, stored: StoredOperator) -> OperatorView:
    op = stored.operator
    zone = ZoneInfo(uow.desk.property().time_zone if uow.desk.has_property() else "UTC")
    return OperatorView(op.name, op.role, op.disabled, stored.secret_kind, stored.created_at.astimezone(zone))


class OperatorService:
    """Operator use cases; every one but signing in needs the `operators` permission."""

    def __init__(self, tx: Transactions, guard: Guard) -> None:
        self._tx = tx
        self.guard = guard

    async def needs_first_admin(self) -> bool:
        """True while the desk is in its "no administrator yet" mode."""
        return await self.guard.open_mode()

    async def create(self, name: str, role: Role, secret: str) -> OperatorView:
        await self.guard.require(Permission.OPERATORS)
        clean = check_operator_name(name)
        kind = check_secret(secret)
        hashed = await self._tx.blocking(secrets.hash_secret, secret)

        def add(uow: UnitOfWork, now: datetime) -> Change:
            if uow.operators.get(clean) is not None:
                raise Conflict(
                    say("An operator with this name exists."),
                    say("Choose another name."),
                    detail={"name": clean},
                )
            uow.operators.add(Operator(clean, role), hashed, kind, now)
            return Change(events=[OperatorCreated(clean, role.value)])

        await self._tx.write(add)
        if role is Role.ADMIN:
            self.guard.close_door()
        return await self._tx.read(lambda uow, now: _view(uow, self._get(uow, clean)))

    async def list(self) -> list[OperatorView]:
        await self.guard.require(Permission.OPERATORS)
        return await self._tx.read(lambda uow, now: [_view(uow, s) for s in uow.operators.all()])

    async def names(self) -> builtins.list[str]:
        """Who may sign in at this desk (the sign-in screen offers them); no permission needed."""
        return await self._tx.read(
            lambda uow, now: [s.operator.name for s in uow.operators.all() if not s.operator.disabled]
        )

    async def disable(self, name: str) -> OperatorView:
        await self.guard.require(Permission.OPERATORS)

        def off(uow: UnitOfWork, now: datetime) -> Change:
            stored = self._get(uow, name)
            enabled_admins = [
                s for s in uow.operators.all() if s.operator.role is Role.ADMIN and not s.operator.disabled
            ]
            if enabled_admins == [stored]:
                raise Conflict(
                    say("The last administrator cannot be disabled."),
                    say("Create another administrator first (frontdesk operators create NAME --role admin)."),
                )
            uow.operators.disable(stored.operator.name)
            return Change(events=[OperatorDisabled(stored.operator.name)])

        await self._tx.write(off)
        return await self._tx.read(lambda uow, now: _view(uow, self._get(uow, name)))

    async def sign_in(self, name: str, secret: str) -> SignedIn:
        """The desk now acts for this operator (the GUI's sign-in and operator switch)."""
        operator = await self._check(name, secret)
        self.guard.act_as(operator)
        return SignedIn(operator.name, operator.role, None)

    def sign_out(self) -> None:
        self.guard.forget()

    def may(self, permission: Permission) -> bool:
        """Whether the operator signed in at this desk has `permission` (everyone has, while no
        administrator exists). For wording a question only: the services check again when they act."""
        operator = self.guard.operator
        if operator is None:
            return not self.guard.closed
        return allows(operator.role, permission)

    async def start_session(self, name: str, secret: str) -> tuple[SignedIn, str]:
        """`frontdesk login`: a token valid 12 hours (the caller keeps it in the keyring)."""
        operator = await self._check(name, secret)
        token = secrets.new_token()

        def add(uow: UnitOfWork, now: datetime) -> datetime:
            uow.operators.add_session(
                secrets.token_hash(token), operator.name, "desk", now, now + DESK_SESSION
            )
            return now + DESK_SESSION

        expires = await self._tx.write(add, publish=False)
        zone = await self._zone()
        return SignedIn(operator.name, operator.role, expires.astimezone(zone)), token

    async def resume(self, token: str) -> SignedIn | None:
        """Act for the operator a saved or given token stands for; None when it is not valid."""

        def look(uow: UnitOfWork, now: datetime) -> tuple[Operator | None, datetime | None]:
            operator = uow.operators.session_operator(secrets.token_hash(token), now)
            return operator, uow.operators.session_expiry(secrets.token_hash(token))

        operator, expires = await self._tx.read(look)
        if operator is None:
            return None
        self.guard.act_as(operator, expires)
        return SignedIn(operator.name, operator.role, expires)

    async def end_session(self, token: str) -> None:
        await self._tx.write(
            lambda uow, now: uow.operators.end_session(secrets.token_hash(token)), publish=False
        )
        self.guard.forget()

    async def script_token(self, name: str) -> ScriptToken:
        await self.guard.require(Permission.OPERATORS)
        token = secrets.new_token()

        def add(uow: UnitOfWork, now: datetime) -> tuple[Change, Operator]:
            stored = self._get(uow, name)
            if stored.operator.disabled:
                raise Conflict(
                    say("This operator is disabled."), say("Create a new operator for the script.")
                )
            uow.operators.add_session(secrets.token_hash(token), stored.operator.name, "script", now, None)
            change = Change(events=[ScriptTokenIssued(stored.operator.name)])
            uow.record(*change.events)
            return change, stored.operator

        _, operator = await self._tx.write(add)
        return ScriptToken(operator.name, operator.role, token)

    async def require_signed_in(self) -> None:
        """401 once an administrator exists and nobody is signed in; what every command checks first."""
        await self.guard.require()

    # --- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _get(uow: UnitOfWork, name: str) -> StoredOperator:
        stored = uow.operators.get(name)
        if stored is None:
            raise NotFound(
                say("No such operator."), say("See 'frontdesk operators list'."), detail={"name": name[:64]}
            )
        return stored

    async def _check(self, name: str, secret: str) -> Operator:
        """The operator NAME with SECRET; SignInRefused, or SignInLocked after too many failures
        in a row (domain/sign_in_limits.py; each failure and each lock is an audit row)."""
        stored, now = await self._tx.read(lambda uow, now: (uow.operators.get(name), now))
        if stored is not None and stored.sign_in_locked_until and stored.sign_in_locked_until > now:
            # Not even the password is looked at while the wait lasts, and the wait does not grow.
            raise SignInLocked(stored.operator.name, stored.sign_in_locked_until, now, stored.failed_sign_ins)
        good = await self._tx.blocking(secrets.verify_secret, stored.secret_hash if stored else None, secret)
        if stored is None or not good or stored.operator.disabled:
            if stored is not None and not stored.operator.disabled:
                failures, until, at = await self._tx.write(
                    lambda uow, now: self._count_failure(uow, now, stored.operator.name)
                )
                if until is not None:
                    raise SignInLocked(stored.operator.name, until, at, failures)
            raise SignInRefused()
        if stored.failed_sign_ins or stored.sign_in_locked_until:
            await self._tx.write(
                lambda uow, now: uow.operators.reset_sign_in_failures(stored.operator.name), publish=False
            )
        if secrets.needs_rehash(stored.secret_hash):
            hashed = await self._tx.blocking(secrets.hash_secret, secret)
            await self._tx.write(
                lambda uow, now: uow.operators.set_secret_hash(stored.operator.name, hashed), publish=False
            )
        return stored.operator

    @staticmethod
    def _count_failure(uow: UnitOfWork, now: datetime, name: str) -> tuple[int, datetime | None, datetime]:
        """One more failure for NAME, audited (never with the secret), and the lock when it is one
        too many: (failures in a row, locked until or None, now)."""
        failures = uow.operators.count_failed_sign_in(name)
        uow.record_refused(
            SIGN_IN_FAILED,
            f"A sign-in as {name} failed: wrong password or PIN ({failures} in a row)",
            {"operator": name, "failures": failures},
            subject=name,
        )
        wait = lock_after(failures)
        if wait is None:
            return failures, None, now
        until = now + wait
        uow.operators.lock_sign_in(name, until)
        uow.record_refused(
            SIGN_IN_LOCKED,
            f"Sign-in as {name} waits {wait_words(wait)} after {failures} failed sign-ins in a row",
            {"operator": name, "failures": failures, "seconds": int(wait.total_seconds())},
            subject=name,
        )
        return failures, until, now

    async def _zone(self) -> ZoneInfo:
        name = await self._tx.read(
            lambda uow, now: uow.desk.property().time_zone if uow.desk.has_property() else "UTC"
        )
        return ZoneInfo(name)
